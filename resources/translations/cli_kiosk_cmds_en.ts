<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>jendela ambil nomor antrean (layar sentuh di pintu masuk), layar penuh</source>
        <translation>the queue ticket window (touch screen at the entrance), full screen</translation>
    </message>
</context>
</TS>
