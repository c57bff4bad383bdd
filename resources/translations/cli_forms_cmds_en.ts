<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>periksa berkas definisi formulir (skema, isian, ekspresi)</source>
        <translation>check a form definition file (schema, fields, expressions)</translation>
    </message>
    <message>
        <source>Periksa berkas definisi formulir dan tampilkan setiap masalah beserta letaknya.</source>
        <translation>Check a form definition file and list every problem with its location.</translation>
    </message>
    <message>
        <source>periksa juga berkas jawaban terhadap definisi ini</source>
        <translation>also check an answers file against this definition</translation>
    </message>
    <message>
        <source>{count} masalah ditemukan di {path}.</source>
        <translation>{count} problem(s) found in {path}.</translation>
    </message>
    <message>
        <source>Benar: {id} versi {version}, {sections} bagian, {fields} isian, {reqs} persyaratan.</source>
        <translation>Valid: {id} version {version}, {sections} sections, {fields} fields, {reqs} requirements.</translation>
    </message>
    <message>
        <source>Berkas jawaban harus berisi objek JSON (isian → jawaban).</source>
        <translation>The answers file must hold a JSON object (field → answer).</translation>
    </message>
    <message>
        <source>galat</source>
        <translation>error</translation>
    </message>
    <message>
        <source>peringatan</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Jawaban {path} bisa diterima.</source>
        <translation>The answers in {path} are acceptable.</translation>
    </message>
</context>
</TS>
