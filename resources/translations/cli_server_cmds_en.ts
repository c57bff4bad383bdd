<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>menjalankan dan mengelola server rujukan</source>
        <translation>run and administer the reference server</translation>
    </message>
    <message>
        <source>alamat yang didengarkan</source>
        <translation>address to listen on</translation>
    </message>
    <message>
        <source>port yang didengarkan</source>
        <translation>port to listen on</translation>
    </message>
    <message>
        <source>basis data: sqlite:///BERKAS (bawaan) atau postgresql+psycopg://…</source>
        <translation>database: sqlite:///FILE (default) or postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>buat akun petugas demo (hanya untuk server lokal)</source>
        <translation>create the demo officer account (local server only)</translation>
    </message>
    <message>
        <source>masa berlaku token dalam detik</source>
        <translation>token lifetime in seconds</translation>
    </message>
    <message>
        <source>folder definisi layanan yang diterbitkan (versi lebih baru menggantikan bawaan)</source>
        <translation>folder of service definitions to publish (a newer version replaces the shipped one)</translation>
    </message>
    <message>
        <source>folder kalender libur &lt;tahun&gt;.json yang menggantikan tahun bawaan (bawaan: &lt;data&gt;/holidays)</source>
        <translation>folder of holiday calendars &lt;year&gt;.json replacing the bundled years (default: &lt;data&gt;/holidays)</translation>
    </message>
    <message>
        <source>basis data server</source>
        <translation>server database</translation>
    </message>
    <message>
        <source>tambah atau perbarui akun petugas</source>
        <translation>add or update an officer account</translation>
    </message>
    <message>
        <source>kode loket</source>
        <translation>desk code</translation>
    </message>
    <message>
        <source>baca kata sandi dari masukan standar</source>
        <translation>read the password from standard input</translation>
    </message>
    <message>
        <source>daftar permohonan di server</source>
        <translation>list the applications on the server</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>percayai perangkat loket untuk bundel (kunci dari: mpp-assist device-key)</source>
        <translation>trust a desk device for bundles (key from: mpp-assist device-key)</translation>
    </message>
    <message>
        <source>kode loket perangkat itu</source>
        <translation>that device&apos;s desk code</translation>
    </message>
    <message>
        <source>cabut kepercayaan perangkat loket</source>
        <translation>stop trusting a desk device</translation>
    </message>
    <message>
        <source>daftar perangkat loket yang dipercaya</source>
        <translation>list trusted desk devices</translation>
    </message>
    <message>
        <source>cetak dokumen OpenAPI protokol sinkronisasi</source>
        <translation>print the OpenAPI document of the sync protocol</translation>
    </message>
    <message>
        <source>ubah status permohonan (back office)</source>
        <translation>change an application&apos;s status (back office)</translation>
    </message>
    <message>
        <source>nomor registrasi resmi</source>
        <translation>official registration number</translation>
    </message>
    <message>
        <source>alasan (wajib untuk rejected)</source>
        <translation>reason (required for rejected)</translation>
    </message>
    <message>
        <source>Server belum terpasang ({error}). Pasang dengan: pip install &apos;mpp-assist[server]&apos;</source>
        <translation>The server is not installed ({error}). Install it with: pip install &apos;mpp-assist[server]&apos;</translation>
    </message>
    <message>
        <source>Basis data server tidak bisa dibuka: {error}</source>
        <translation>The server database cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Kata sandi: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Folder definisi tidak ada: {path}</source>
        <translation>Definitions folder does not exist: {path}</translation>
    </message>
    <message>
        <source>Definisi {name} tidak diterbitkan: {error}</source>
        <translation>Definition {name} is not published: {error}</translation>
    </message>
    <message>
        <source>Server berjalan di http://{host}:{port}/api/v1</source>
        <translation>Server running at http://{host}:{port}/api/v1</translation>
    </message>
    <message>
        <source>Server tidak bisa dijalankan: {error}</source>
        <translation>The server cannot start: {error}</translation>
    </message>
    <message>
        <source>Akun {username} untuk loket {desk} disimpan.</source>
        <translation>Account {username} for desk {desk} saved.</translation>
    </message>
    <message>
        <source>Belum ada permohonan di server.</source>
        <translation>No applications on the server yet.</translation>
    </message>
    <message>
        <source>Status rejected memerlukan --reason yang menjelaskan alasannya.</source>
        <translation>Status rejected needs a --reason explaining why.</translation>
    </message>
    <message>
        <source>Tidak ada permohonan bernomor {number} di server.</source>
        <translation>No application numbered {number} on the server.</translation>
    </message>
    <message>
        <source>Itu bukan kunci perangkat. Salin keluaran mpp-assist device-key di loketnya.</source>
        <translation>That is not a device key. Copy the output of mpp-assist device-key on that desk.</translation>
    </message>
    <message>
        <source>Perangkat {fingerprint} dipercaya untuk loket {desk}.</source>
        <translation>Device {fingerprint} is trusted for desk {desk}.</translation>
    </message>
    <message>
        <source>Tidak ada perangkat {device} di daftar.</source>
        <translation>No device {device} in the list.</translation>
    </message>
    <message>
        <source>Perangkat {fingerprint} tidak dipercaya lagi.</source>
        <translation>Device {fingerprint} is no longer trusted.</translation>
    </message>
    <message>
        <source>Belum ada perangkat yang dipercaya.</source>
        <translation>No trusted devices yet.</translation>
    </message>
</context>
</TS>
