<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Applications</name>
    <message>
        <source>Sudah ada permohonan {service} yang belum selesai untuk NIK ini (tanda terima {receipt}) — lanjutkan?</source>
        <translation>There is already an unfinished {service} application for this NIK (receipt {receipt}) — continue?</translation>
    </message>
    <message>
        <source>Lampiran {name} tidak bisa disimpan: {error}</source>
        <translation>Attachment {name} could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>DeskSetup</name>
    <message>
        <source>Berkas prasetel {path} tidak dipakai: {problem}</source>
        <translation>Preset file {path} not used: {problem}</translation>
    </message>
    <message>
        <source>berkas terlalu besar (paling besar 64 KB).</source>
        <translation>the file is too large (at most 64 KB).</translation>
    </message>
    <message>
        <source>bukan JSON yang sah ({error}).</source>
        <translation>not valid JSON ({error}).</translation>
    </message>
    <message>
        <source>isinya harus objek JSON {…}.</source>
        <translation>its content must be a JSON object {…}.</translation>
    </message>
    <message>
        <source>kunci tidak dikenal: {keys}.</source>
        <translation>unknown keys: {keys}.</translation>
    </message>
    <message>
        <source>&quot;wizard&quot; harus &quot;prefill&quot; atau &quot;skip&quot;.</source>
        <translation>&quot;wizard&quot; must be &quot;prefill&quot; or &quot;skip&quot;.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; harus objek JSON {…}.</source>
        <translation>&quot;settings&quot; must be a JSON object {…}.</translation>
    </message>
    <message>
        <source>pengaturan &quot;{name}&quot; tidak dikenal.</source>
        <translation>unknown setting &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>nilai &quot;{name}&quot; tidak sah: {value!r}.</source>
        <translation>invalid value for &quot;{name}&quot;: {value!r}.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>kalender libur: harus objek JSON</source>
        <translation>holiday calendar: expected a JSON object</translation>
    </message>
    <message>
        <source>kalender libur: &apos;year&apos; harus tahun antara 2000 dan 2100</source>
        <translation>holiday calendar: &apos;year&apos; must be a year between 2000 and 2100</translation>
    </message>
    <message>
        <source>kalender libur: &apos;days&apos; harus daftar</source>
        <translation>holiday calendar: &apos;days&apos; must be a list</translation>
    </message>
    <message>
        <source>{where}: harus objek</source>
        <translation>{where}: expected an object</translation>
    </message>
    <message>
        <source>{where}.date: bukan tanggal TTTT-BB-HH: {value!r}</source>
        <translation>{where}.date: not a date YYYY-MM-DD: {value!r}</translation>
    </message>
    <message>
        <source>{where}.date: {day} tidak di tahun {year}</source>
        <translation>{where}.date: {day} is not in {year}</translation>
    </message>
    <message>
        <source>{where}.kind: {kind!r} bukan salah satu dari {kinds}</source>
        <translation>{where}.kind: {kind!r} is not one of {kinds}</translation>
    </message>
    <message>
        <source>{where}.name: harus teks atau {{&apos;id&apos;: …, &apos;en&apos;: …}}</source>
        <translation>{where}.name: expected text or {{&apos;id&apos;: …, &apos;en&apos;: …}}</translation>
    </message>
    <message>
        <source>kalender libur terlalu besar</source>
        <translation>holiday calendar too large</translation>
    </message>
    <message>
        <source>kalender libur bersarang terlalu dalam</source>
        <translation>holiday calendar nested too deeply</translation>
    </message>
    <message>
        <source>kalender libur bukan JSON berisi daftar &apos;years&apos;</source>
        <translation>holiday calendar is not JSON with a &apos;years&apos; list</translation>
    </message>
    <message>
        <source>tahun {year} ada dua kali</source>
        <translation>year {year} appears twice</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>Bukan teks UTF-8 (byte ke-{at} tidak sah).</source>
        <translation>Not UTF-8 text (byte {at} is invalid).</translation>
    </message>
    <message>
        <source>Bukan JSON yang sah (baris {line}, kolom {column}).</source>
        <translation>Not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Bertingkat terlalu dalam (paling banyak {depth} tingkat).</source>
        <translation>Nested too deep (at most {depth} levels).</translation>
    </message>
    <message>
        <source>{field}: NaN dan Infinity bukan angka JSON.</source>
        <translation>{field}: NaN and Infinity are not JSON numbers.</translation>
    </message>
    <message>
        <source>{field}: angka terlalu besar.</source>
        <translation>{field}: the number is too large.</translation>
    </message>
    <message>
        <source>{field}: nama ini muncul dua kali.</source>
        <translation>{field}: this name appears twice.</translation>
    </message>
    <message>
        <source>{field}: teks berisi karakter yang tidak sah (surrogate tunggal).</source>
        <translation>{field}: the text holds an invalid character (a lone surrogate).</translation>
    </message>
    <message>
        <source>Bukan JSON yang sah ({count} masalah): {first}</source>
        <translation>Not valid JSON ({count} problems): {first}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Versi baru MPP Assist tersedia: {latest} (terpasang {current}). Beri tahu admin.</source>
        <translation>A new version of MPP Assist is available: {latest} (installed {current}). Tell your admin.</translation>
    </message>
    <message>
        <source>Unduh: {url}</source>
        <translation>Download: {url}</translation>
    </message>
</context>
</TS>
