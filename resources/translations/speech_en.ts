<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Speech</name>
    <message>
        <source>Program espeak-ng tidak ditemukan.</source>
        <translation>The espeak-ng program was not found.</translation>
    </message>
    <message>
        <source>Sintesis suara terlalu lama dan dihentikan.</source>
        <translation>Speech synthesis took too long and was stopped.</translation>
    </message>
    <message>
        <source>espeak-ng gagal membuat suara: {detail}</source>
        <translation>espeak-ng could not make the speech: {detail}</translation>
    </message>
    <message>
        <source>Mesin suara pyttsx3 tidak tersedia.</source>
        <translation>The pyttsx3 speech engine is not available.</translation>
    </message>
    <message>
        <source>Mesin suara tidak menghasilkan suara.</source>
        <translation>The speech engine produced no sound.</translation>
    </message>
    <message>
        <source>Tidak ada suara Bahasa Indonesia di komputer ini, jadi teks tidak dibacakan. Pasang suara Indonesia (Linux: paket espeak-ng; Windows: Pengaturan &gt; Waktu &amp; bahasa &gt; Ucapan &gt; Tambah suara &gt; Bahasa Indonesia).</source>
        <translation>This computer has no Indonesian voice, so text is not read aloud. Install an Indonesian voice (Linux: the espeak-ng package; Windows: Settings &gt; Time &amp; language &gt; Speech &gt; Add voices &gt; Indonesian).</translation>
    </message>
    <message>
        <source>Tidak ada suara untuk bahasa {lang}.</source>
        <translation>There is no voice for the language {lang}.</translation>
    </message>
    <message>
        <source>Suara: {voice} ({engine})</source>
        <translation>Voice: {voice} ({engine})</translation>
    </message>
    <message>
        <source>Suara tidak bisa diputar: komputer ini tidak punya pengeras suara atau headset yang bisa dipakai. Periksa kabel dan pengaturan suara komputer.</source>
        <translation>Sound cannot be played: this computer has no speaker or headset that can be used. Check the cables and the computer&apos;s sound settings.</translation>
    </message>
</context>
</TS>
