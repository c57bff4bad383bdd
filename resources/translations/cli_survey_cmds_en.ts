<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>survei kepuasan masyarakat (Permen PANRB 14/2017)</source>
        <translation>community satisfaction survey (Permen PANRB 14/2017)</translation>
    </message>
    <message>
        <source>simpan satu tanggapan survei (tanpa nama)</source>
        <translation>store one survey response (anonymous)</translation>
    </message>
    <message>
        <source>kode layanan</source>
        <translation>service code</translation>
    </message>
    <message>
        <source>sembilan jawaban U1…U9, masing-masing 1–4 (- bila tidak dijawab)</source>
        <translation>nine answers U1…U9, each 1–4 (- when not answered)</translation>
    </message>
    <message>
        <source>tanggal survei (bawaan: hari ini)</source>
        <translation>survey date (default: today)</translation>
    </message>
    <message>
        <source>screen: diisi warga di layar; interview: dibacakan petugas</source>
        <translation>screen: the citizen answered on the screen; interview: the officer read it aloud</translation>
    </message>
    <message>
        <source>usia dalam tahun (disimpan sebagai kelompok usia)</source>
        <translation>age in years (stored as an age band)</translation>
    </message>
    <message>
        <source>saran dan masukan</source>
        <translation>suggestions and feedback</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>IKM satu periode: JSON, PDF atau CSV</source>
        <translation>the IKM of a period: JSON, PDF or CSV</translation>
    </message>
    <message>
        <source>hanya satu layanan</source>
        <translation>one service only</translation>
    </message>
    <message>
        <source>jumlah orang yang dilayani pada periode (bawaan: permohonan di loket ini)</source>
        <translation>number of people served in the period (default: applications at this desk)</translation>
    </message>
    <message>
        <source>tulis laporan ke berkas</source>
        <translation>write the report to a file</translation>
    </message>
    <message>
        <source>Layanan tidak dikenal: {id}. Lihat daftar dengan: mpp-assist services</source>
        <translation>Unknown service: {id}. See the list with: mpp-assist services</translation>
    </message>
    <message>
        <source>Usia harus berupa angka tahun, misalnya 34: {value}</source>
        <translation>Age must be a number of years, for example 34: {value}</translation>
    </message>
    <message>
        <source>Tanggapan survei tidak disimpan:</source>
        <translation>Survey response not stored:</translation>
    </message>
    <message>
        <source>Tanggapan survei tersimpan tanpa nama dan menunggu dikirim.</source>
        <translation>Survey response stored anonymously and waiting to be sent.</translation>
    </message>
    <message>
        <source>Tanggal --from harus sebelum atau sama dengan --to.</source>
        <translation>The --from date must be before or the same as --to.</translation>
    </message>
    <message>
        <source>--population tidak boleh negatif.</source>
        <translation>--population cannot be negative.</translation>
    </message>
    <message>
        <source>Berkas laporan harus berakhiran .pdf atau .csv: {path}</source>
        <translation>The report file must end in .pdf or .csv: {path}</translation>
    </message>
    <message>
        <source>Laporan survei ditulis ke {path}</source>
        <translation>Survey report written to {path}</translation>
    </message>
    <message>
        <source>Survei {start} s.d. {end}: {n} responden, sampel minimum {required}.</source>
        <translation>Survey {start} to {end}: {n} respondents, minimum sample {required}.</translation>
    </message>
    <message>
        <source>IKM belum dapat dihitung: ada unsur yang belum dijawab.</source>
        <translation>The IKM cannot be computed yet: an element has no answers.</translation>
    </message>
    <message>
        <source>IKM {ikm}: mutu {mutu}, kinerja {kinerja}.</source>
        <translation>IKM {ikm}: grade {mutu}, performance {kinerja}.</translation>
    </message>
    <message>
        <source>Unsur terendah: {keys}</source>
        <translation>Lowest elements: {keys}</translation>
    </message>
</context>
</TS>
