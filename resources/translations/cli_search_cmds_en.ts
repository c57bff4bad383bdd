<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>daftar permohonan di komputer ini</source>
        <translation>list the applications on this computer</translation>
    </message>
    <message>
        <source>NIK/KK, telepon, nomor tanda terima/resmi, atau nama</source>
        <translation>NIK/KK, phone, receipt/official number, or name</translation>
    </message>
    <message>
        <source>hanya status ini (boleh diulang)</source>
        <translation>only this state (may be repeated)</translation>
    </message>
    <message>
        <source>hanya layanan ini</source>
        <translation>only this service</translation>
    </message>
    <message>
        <source>dibuat sejak tanggal ini</source>
        <translation>made on or after this date</translation>
    </message>
    <message>
        <source>dibuat sampai tanggal ini</source>
        <translation>made on or before this date</translation>
    </message>
    <message>
        <source>hanya yang perlu ditindak</source>
        <translation>only those that need action</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>cari pemohon dan permohonannya</source>
        <translation>find applicants and their applications</translation>
    </message>
    <message>
        <source>paling banyak sekian orang</source>
        <translation>at most this many people</translation>
    </message>
    <message>
        <source>Tanggal harus berbentuk TTTT-BB-HH, mis. 2026-12-03: {text}</source>
        <translation>A date must look like YYYY-MM-DD, e.g. 2026-12-03: {text}</translation>
    </message>
    <message>
        <source>Tidak ada yang bisa dicari dalam: {query}</source>
        <translation>Nothing to search for in: {query}</translation>
    </message>
    <message>
        <source>Belum ada permohonan.</source>
        <translation>No applications yet.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok.</source>
        <translation>Nothing matches.</translation>
    </message>
    <message>
        <source>Tidak ada pemohon yang cocok.</source>
        <translation>No applicant matches.</translation>
    </message>
    <message>
        <source>kunjungan terakhir: {when}</source>
        <translation>last visit: {when}</translation>
    </message>
    <message>
        <source>{shown} dari {total} orang ditampilkan; persempit pencarian.</source>
        <translation>{shown} of {total} people shown; narrow the search.</translation>
    </message>
</context>
</TS>
