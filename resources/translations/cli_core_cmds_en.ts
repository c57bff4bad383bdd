<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>daftar layanan yang tersedia</source>
        <translation>list the available services</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>definisi formulir sebuah layanan</source>
        <translation>a service&apos;s form definition</translation>
    </message>
    <message>
        <source>definisi formulir sebagai JSON</source>
        <translation>the form definition as JSON</translation>
    </message>
    <message>
        <source>contoh berkas jawaban yang lengkap</source>
        <translation>a complete example answers file</translation>
    </message>
    <message>
        <source>periksa dan simpan permohonan dari berkas jawaban</source>
        <translation>check and store an application from an answers file</translation>
    </message>
    <message>
        <source>berkas jawaban JSON</source>
        <translation>JSON answers file</translation>
    </message>
    <message>
        <source>simpan juga bila NIK ini masih punya permohonan layanan ini</source>
        <translation>store it even though this NIK still has an open application for this service</translation>
    </message>
    <message>
        <source>Layanan tidak dikenal: {id}. Lihat daftar dengan: mpp-assist services</source>
        <translation>Unknown service: {id}. See the list with: mpp-assist services</translation>
    </message>
    <message>
        <source>Basis data tidak bisa dibuka: {error}</source>
        <translation>The database cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Berkas jawaban harus berisi objek JSON (nomor isian → jawaban), bukan {kind}.</source>
        <translation>The answers file must hold a JSON object (field id → answer), not {kind}.</translation>
    </message>
    <message>
        <source>Peringatan: isian ini tidak ada di formulir {service} dan tidak disimpan: {keys}</source>
        <translation>Warning: these fields are not on the {service} form and were not stored: {keys}</translation>
    </message>
    <message>
        <source>Sudah ada permohonan {service} yang belum selesai untuk NIK ini (tanda terima {receipt}), jadi tidak disimpan lagi. Bila memang permohonan baru, ulangi dengan --again.</source>
        <translation>This NIK already has an open {service} application (receipt {receipt}), so nothing was stored again. If it really is a new application, run it again with --again.</translation>
    </message>
    <message>
        <source>Permohonan tersimpan dan menunggu dikirim.</source>
        <translation>Application saved and waiting to be sent.</translation>
    </message>
    <message>
        <source>Nomor permohonan: {id}</source>
        <translation>Application id: {id}</translation>
    </message>
    <message>
        <source>Nomor tanda terima: {number}</source>
        <translation>Receipt number: {number}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>menunggu dikirim</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>sedang dikirim</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>terkirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>perlu perbaikan</source>
        <translation>needs correction</translation>
    </message>
</context>
</TS>
