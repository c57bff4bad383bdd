<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>baca KTP-el atau Kartu Keluarga dari foto, pindaian atau halaman PDF</source>
        <translation>read a KTP-el or family card (KK) from a photo, a scan or a PDF page</translation>
    </message>
    <message>
        <source>berkas gambar (JPG, PNG) atau PDF</source>
        <translation>image file (JPG, PNG) or PDF</translation>
    </message>
    <message>
        <source>jenis dokumen: ktp, kk, atau auto (dikenali sendiri)</source>
        <translation>document kind: ktp, kk, or auto (recognised by itself)</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>Pembaca dokumen tidak terpasang ({error}); pasang ulang MPP Assist.</source>
        <translation>The document reader is not installed ({error}); reinstall MPP Assist.</translation>
    </message>
    <message>
        <source>Gambar terlalu besar untuk dibaca di komputer ini.</source>
        <translation>The picture is too large to read on this computer.</translation>
    </message>
    <message>
        <source>KTP-el</source>
        <translation>KTP-el</translation>
    </message>
    <message>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <source>Dokumen: {name}</source>
        <translation>Document: {name}</translation>
    </message>
    <message>
        <source>Anggota keluarga {n}:</source>
        <translation>Family member {n}:</translation>
    </message>
    <message>
        <source>(tidak terbaca)</source>
        <translation>(not read)</translation>
    </message>
</context>
</TS>
