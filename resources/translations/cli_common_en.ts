<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>Berkas {path} terlalu besar: paling banyak {mb} MB.</source>
        <translation>The file {path} is too large: at most {mb} MB.</translation>
    </message>
    <message>
        <source>{path} bukan berkas biasa (folder, perangkat atau pipa). Pilih berkas JSON.</source>
        <translation>{path} is not a plain file (a folder, a device or a pipe). Choose a JSON file.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca: {path} ({error})</source>
        <translation>File cannot be read: {path} ({error})</translation>
    </message>
    <message>
        <source>Berkas {path} bukan JSON yang benar: {problem}</source>
        <translation>The file {path} is not valid JSON: {problem}</translation>
    </message>
</context>
</TS>
