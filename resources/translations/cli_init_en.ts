<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>MPP Assist: membantu petugas mengisi permohonan layanan untuk warga.</source>
        <translation>MPP Assist: helps officers fill in service applications for citizens.</translation>
    </message>
    <message>
        <source>bahasa: id (bawaan) atau en</source>
        <translation>language: id (default) or en</translation>
    </message>
</context>
</TS>
