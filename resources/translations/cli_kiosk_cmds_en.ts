<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>jendela ambil nomor antrean (layar sentuh di pintu masuk), layar penuh</source>
        <translation>the queue ticket window (touch screen at the entrance), full screen</translation>
    </message>
    <message>
        <source>layar aula untuk TV: nomor yang dipanggil, dibacakan dengan bunyi bel, layar penuh</source>
        <translation>hall display for a TV: the number being called, read aloud with a chime, full screen</translation>
    </message>
    <message>
        <source>layar ke-N (0 yang pertama; bawaan: layar utama)</source>
        <translation>screen number N (0 is the first; default: the primary screen)</translation>
    </message>
</context>
</TS>
