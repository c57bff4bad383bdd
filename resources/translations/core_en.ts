<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Store</name>
    <message>
        <source>bukan berkas SQLite</source>
        <translation>not an SQLite file</translation>
    </message>
    <message>
        <source>berkas terpotong</source>
        <translation>the file is truncated</translation>
    </message>
    <message>
        <source>Basis data {path} rusak ({problem}) sehingga tidak dibuka. Berkas dibiarkan apa adanya untuk pemulihan: jangan dihapus, hubungi admin.</source>
        <translation>The database {path} is damaged ({problem}), so it was not opened. The file is left exactly as it is for recovery: do not delete it; contact an admin.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak bisa dibuka: {error}</source>
        <translation>The database {path} cannot be opened: {error}</translation>
    </message>
</context>
</TS>