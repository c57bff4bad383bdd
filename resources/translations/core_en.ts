<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>"wizard" harus "prefill" atau "skip".</source>
        <translation>"wizard" must be "prefill" or "skip".</translation>
    </message>
    <message>
        <source>"settings" harus objek JSON {…}.</source>
        <translation>"settings" must be a JSON object {…}.</translation>
    </message>
    <message>
        <source>pengaturan "{name}" tidak dikenal.</source>
        <translation>unknown setting "{name}".</translation>
    </message>
    <message>
        <source>nilai "{name}" tidak sah: {value!r}.</source>
        <translation>invalid value for "{name}": {value!r}.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>bukan berkas SQLite</source>
        <translation>not an SQLite file</translation>
    </message>
    <message>
        <source>berkas terpotong</source>
        <translation>the file is truncated</translation>
    </message>
    <message>
        <source>Basis data {path} rusak ({problem}) sehingga tidak dibuka. Berkas dibiarkan apa adanya untuk pemulihan: jangan dihapus, hubungi admin.</source>
        <translation>The database {path} is damaged ({problem}), so it was not opened. The file is left exactly as it is for recovery: do not delete it; contact an admin.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak bisa dibuka: {error}</source>
        <translation>The database {path} cannot be opened: {error}</translation>
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