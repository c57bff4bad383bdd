<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>cetak formulir kertas resmi sebuah permohonan (PDF)</source>
        <translation>print an application&apos;s official paper form (PDF)</translation>
    </message>
    <message>
        <source>nomor permohonan atau nomor tanda terima</source>
        <translation>application id or receipt number</translation>
    </message>
    <message>
        <source>daftar formulir yang dimiliki permohonan</source>
        <translation>list the forms the application has</translation>
    </message>
    <message>
        <source>kode formulir, misalnya F-1.01 (bawaan: yang pertama)</source>
        <translation>form code, e.g. F-1.01 (default: the first)</translation>
    </message>
    <message>
        <source>kertas: a4 atau f4 (folio)</source>
        <translation>paper: a4 or f4 (folio)</translation>
    </message>
    <message>
        <source>huruf besar (paling kecil 16 pt)</source>
        <translation>large print (nothing below 16 pt)</translation>
    </message>
    <message>
        <source>berkas PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>cetak ke pencetak sistem (CUPS); tanpa nama: yang di pengaturan</source>
        <translation>print on a system printer (CUPS); no name: the one in the settings</translation>
    </message>
    <message>
        <source>keluaran JSON (dengan --list)</source>
        <translation>JSON output (with --list)</translation>
    </message>
    <message>
        <source>Pilih tujuan formulir: -o FILE.pdf atau --print (atau --list).</source>
        <translation>Choose where the form goes: -o FILE.pdf or --print (or --list).</translation>
    </message>
    <message>
        <source>pencetak {printer} (tugas {job})</source>
        <translation>printer {printer} (job {job})</translation>
    </message>
    <message>
        <source>utama</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Formulir {code} permohonan {number} ditulis ke {path}</source>
        <translation>Form {code} of application {number} written to {path}</translation>
    </message>
    <message>
        <source>pengganti: {items}</source>
        <translation>stands in for: {items}</translation>
    </message>
    <message>
        <source>bila tidak ada: {items}</source>
        <translation>if missing: {items}</translation>
    </message>
</context>
</TS>
