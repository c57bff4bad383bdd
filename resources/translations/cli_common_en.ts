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
        <source>Berkas tidak bisa dibaca: {path} ({error})</source>
        <translation>File cannot be read: {path} ({error})</translation>
    </message>
    <message>
        <source>Berkas {path} bukan JSON yang benar: baris {line}, kolom {col}: {msg}</source>
        <translation>File {path} is not valid JSON: line {line}, column {col}: {msg}</translation>
    </message>
</context>
</TS>
