<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>tulis tanda terima sebuah permohonan ke berkas PDF</source>
        <translation>write an application&apos;s receipt to a PDF file</translation>
    </message>
    <message>
        <source>nomor permohonan atau nomor tanda terima</source>
        <translation>application id or receipt number</translation>
    </message>
    <message>
        <source>kertas (bawaan: pengaturan loket)</source>
        <translation>paper (default: the desk&apos;s setting)</translation>
    </message>
    <message>
        <source>huruf besar (paling kecil 16 pt)</source>
        <translation>large print (nothing below 16 pt)</translation>
    </message>
    <message>
        <source>bahasa tanda terima: id, en atau both</source>
        <translation>receipt language: id, en or both</translation>
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
        <source>cetak langsung ke pencetak termal ESC/POS di pengaturan</source>
        <translation>print straight to the ESC/POS thermal printer in the settings</translation>
    </message>
    <message>
        <source>laporan harian loket (PDF dengan grafik)</source>
        <translation>daily desk report (PDF with a chart)</translation>
    </message>
    <message>
        <source>tanggal laporan (bawaan: hari ini)</source>
        <translation>report date (default: today)</translation>
    </message>
    <message>
        <source>{path} adalah folder; berikan nama berkas PDF</source>
        <translation>{path} is a folder; give a PDF file name</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis: {path} ({error})</source>
        <translation>Cannot write the file: {path} ({error})</translation>
    </message>
    <message>
        <source>Pilih tujuan tanda terima: -o FILE.pdf, --print atau --escpos.</source>
        <translation>Choose where the receipt goes: -o FILE.pdf, --print or --escpos.</translation>
    </message>
    <message>
        <source>Layanan {id} dari permohonan ini tidak ada di katalog.</source>
        <translation>This application&apos;s service {id} is not in the catalogue.</translation>
    </message>
    <message>
        <source>pencetak termal</source>
        <translation>the thermal printer</translation>
    </message>
    <message>
        <source>Tanda terima {number} dicetak ulang ke {path}</source>
        <translation>Receipt {number} reprinted to {path}</translation>
    </message>
    <message>
        <source>Tanda terima {number} ditulis ke {path}</source>
        <translation>Receipt {number} written to {path}</translation>
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
        <source>Tanggal salah: {value}. Tulis tahun-bulan-hari, misalnya 2026-03-17.</source>
        <translation>Wrong date: {value}. Write year-month-day, for example 2026-03-17.</translation>
    </message>
    <message>
        <source>Laporan {day} ditulis ke {path}</source>
        <translation>Report for {day} written to {path}</translation>
    </message>
</context>
</TS>
