<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Queue</name>
    <message>
        <source>Server antrean tidak bisa dihubungi. Loket ini memakai antrean sendiri (nomor {prefix}…) sampai server kembali; nomornya lalu digabung ke antrean bersama.</source>
        <translation>The queue server cannot be reached. This desk runs its own queue (numbers {prefix}…) until the server is back; those numbers then join the shared queue.</translation>
    </message>
</context>
</TS>
