<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>bacakan teks (angka, tanggal dan rupiah dibaca ala Indonesia)</source>
        <translation>read text aloud (numbers, dates and rupiah read the Indonesian way)</translation>
    </message>
    <message>
        <source>teks yang dibacakan (- untuk masukan standar)</source>
        <translation>the text to read (- for standard input)</translation>
    </message>
    <message>
        <source>tulis suara ke berkas WAV, bukan diputar</source>
        <translation>write the speech to a WAV file instead of playing it</translation>
    </message>
    <message>
        <source>bahasa suara: id (bawaan) atau en</source>
        <translation>speech language: id (default) or en</translation>
    </message>
    <message>
        <source>kecepatan (kata per menit)</source>
        <translation>speed (words per minute)</translation>
    </message>
    <message>
        <source>mesin suara</source>
        <translation>speech engine</translation>
    </message>
    <message>
        <source>tampilkan suara yang dipakai, lalu keluar</source>
        <translation>show the voice that would be used, then exit</translation>
    </message>
    <message>
        <source>Kecepatan harus antara {low} dan {high} kata per menit.</source>
        <translation>Speed must be between {low} and {high} words per minute.</translation>
    </message>
    <message>
        <source>Tidak ada teks untuk dibacakan.</source>
        <translation>There is no text to read aloud.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis: {path} ({error})</source>
        <translation>Cannot write the file: {path} ({error})</translation>
    </message>
    <message>
        <source>Suara ditulis ke {path}</source>
        <translation>Speech written to {path}</translation>
    </message>
    <message>
        <source>Tidak ada pemutar suara. Pakai --to FILE.wav untuk menyimpannya.</source>
        <translation>There is no sound player. Use --to FILE.wav to save it.</translation>
    </message>
</context>
</TS>
