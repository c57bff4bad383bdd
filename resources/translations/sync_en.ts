<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Sync</name>
    <message>
        <source>Kunci tanda tangan perangkat tidak bisa dibaca dari keyring: {error}</source>
        <translation>The device signing key cannot be read from the keyring: {error}</translation>
    </message>
    <message>
        <source>Berkas {path} bukan bundel MPP Assist yang utuh.</source>
        <translation>The file {path} is not a whole MPP Assist bundle.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>Bundel {path} dibuat MPP Assist versi lama, tanpa tanda loket asal. Perbarui aplikasi di laptop asalnya lalu ekspor ulang.</source>
        <translation>Bundle {path} was made by an older MPP Assist, without the desk it came from. Update the app on the laptop that made it and export again.</translation>
    </message>
    <message>
        <source>Bundel {path} meminta pengaturan kunci (scrypt) di atas batas MPP Assist, jadi tidak dibuka: bundel ini tidak dibuat aplikasi ini atau telah diubah.</source>
        <translation>Bundle {path} asks for key settings (scrypt) above MPP Assist&apos;s limit, so it was not opened: this app did not make it, or it has been changed.</translation>
    </message>
    <message>
        <source>Tanda tangan bundel {path} tidak sah: isinya telah diubah atau rusak.</source>
        <translation>The signature of bundle {path} is not valid: its content was changed or damaged.</translation>
    </message>
    <message>
        <source>Kata sandi bundel salah.</source>
        <translation>Wrong bundle password.</translation>
    </message>
    <message>
        <source>Bundel {path} telah diubah atau rusak: kata sandinya benar, isinya tidak utuh.</source>
        <translation>Bundle {path} has been changed or damaged: the password is right, but its contents are not intact.</translation>
    </message>
    <message>
        <source>Bundel berisi permohonan yang rusak.</source>
        <translation>The bundle holds a damaged application.</translation>
    </message>
    <message>
        <source>Alamat server harus diawali http:// atau https://: {url}</source>
        <translation>The server address must start with http:// or https://: {url}</translation>
    </message>
    <message>
        <source>Sambungan aman (TLS) ke server gagal: sertifikat tidak dipercaya. Periksa alamat atau berkas CA. ({error})</source>
        <translation>The secure (TLS) connection to the server failed: the certificate is not trusted. Check the address or the CA file. ({error})</translation>
    </message>
    <message>
        <source>Alamat server tidak benar: {url}</source>
        <translation>The server address is not valid: {url}</translation>
    </message>
    <message>
        <source>Server tidak menjawab tepat waktu.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Server tidak bisa dihubungi. Periksa jaringan.</source>
        <translation>The server cannot be reached. Check the network.</translation>
    </message>
    <message>
        <source>Sesi habis atau belum masuk. Silakan masuk lagi.</source>
        <translation>The session expired or you are not logged in. Please log in again.</translation>
    </message>
    <message>
        <source>Server sedang sibuk atau bermasalah (HTTP {status}). Dicoba lagi nanti.</source>
        <translation>The server is busy or has a problem (HTTP {status}). Will try again later.</translation>
    </message>
    <message>
        <source>Alamat ini bukan server MPP Assist (HTTP 404). Periksa alamat server.</source>
        <translation>This address is not an MPP Assist server (HTTP 404). Check the server address.</translation>
    </message>
    <message>
        <source>Jawaban server tidak bisa dibaca. Periksa alamat server.</source>
        <translation>The server&apos;s answer cannot be read. Check the server address.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Tidak ada penyimpanan kunci sistem (keyring) yang bisa dipakai, jadi token tidak disimpan. Pasang atau aktifkan keyring sistem operasi.</source>
        <translation>No usable system keyring, so the token was not kept. Install or enable the operating system&apos;s keyring.</translation>
    </message>
    <message>
        <source>Token tidak bisa disimpan di keyring: {error}</source>
        <translation>The token cannot be kept in the keyring: {error}</translation>
    </message>
    <message>
        <source>Server lokal tidak bisa dijalankan. Lihat {log}</source>
        <translation>The local server cannot start. See {log}</translation>
    </message>
    <message>
        <source>Pengiriman dihentikan.</source>
        <translation>Sending stopped.</translation>
    </message>
    <message>
        <source>{sent} terkirim, {fix} perlu perbaikan, {left} menunggu.</source>
        <translation>{sent} sent, {fix} need correction, {left} waiting.</translation>
    </message>
    <message>
        <source>Katalog layanan dari server ditolak: {why}</source>
        <translation>The service catalogue from the server was refused: {why}</translation>
    </message>
    <message>
        <source>terlalu besar</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>bukan JSON katalog</source>
        <translation>not a catalogue JSON</translation>
    </message>
    <message>
        <source>definisi tidak sah</source>
        <translation>invalid definition</translation>
    </message>
    <message>
        <source>Berkas lampiran {name} tidak ada lagi. Pindai ulang.</source>
        <translation>The attachment file {name} is gone. Scan it again.</translation>
    </message>
    <message>
        <source>Berkas lampiran {name} berubah. Pindai ulang.</source>
        <translation>The attachment file {name} changed. Scan it again.</translation>
    </message>
    <message>
        <source>Kalender libur dari server ditolak: {why}</source>
        <translation>Holiday calendar from the server refused: {why}</translation>
    </message>
    <message>
        <source>Alamat server belum diatur. Isi di Pengaturan atau pakai --backend.</source>
        <translation>No server address set. Fill it in Settings or use --backend.</translation>
    </message>
    <message>
        <source>Belum masuk ke server sebagai {user}.</source>
        <translation>Not signed in to the server as {user}.</translation>
    </message>
    <message>
        <source>{count} permohonan belum terkirim (batas {limit}). Cari sambungan internet, atau minta admin mengirimnya lewat bundel.</source>
        <translation>{count} applications are unsent (limit {limit}). Find an internet connection, or ask the admin to send them by bundle.</translation>
    </message>
    <message>
        <source>Ada permohonan yang belum terkirim sejak {days} hari (batas {limit}). Cari sambungan internet, atau minta admin mengirimnya lewat bundel.</source>
        <translation>An application has been unsent for {days} days (limit {limit}). Find an internet connection, or ask the admin to send them by bundle.</translation>
    </message>
    <message>
        <source>Alasan dari server rusak di disk dan tidak bisa dibaca. Kirim lagi.</source>
        <translation>The server&apos;s reasons are damaged on disk and cannot be read. Send it again.</translation>
    </message>
</context>
</TS>
