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
    <message>
        <source>Permohonan tidak ditemukan: {id}. Lihat daftarnya: mpp-assist list</source>
        <translation>Application not found: {id}. See the list: mpp-assist list</translation>
    </message>
    <message>
        <source>… dan {n} lainnya</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>{id} terlalu pendek (1 permohonan cocok): ketik paling sedikit 6 karakter.</source>
        <translation>{id} is too short (1 application matches): type at least 6 characters.</translation>
    </message>
    <message>
        <source>{id} cocok dengan {n} permohonan: ketik lebih banyak karakter.</source>
        <translation>{id} matches {n} applications: type more characters.</translation>
    </message>
</context>
</TS>
