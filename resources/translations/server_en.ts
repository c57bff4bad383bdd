<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Server</name>
    <message>
        <source>Sesi tidak berlaku atau sudah habis. Silakan masuk lagi.</source>
        <translation>The session is invalid or has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.</source>
        <translation>Too many wrong attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Layanan tidak dikenal: {id}</source>
        <translation>Unknown service: {id}</translation>
    </message>
    <message>
        <source>Ada jawaban yang perlu diperbaiki ({count})</source>
        <translation>Some answers need correcting ({count})</translation>
    </message>
    <message>
        <source>Nomor pelacakan ini sudah dipakai permohonan lain.</source>
        <translation>This tracking code is already used by another application.</translation>
    </message>
    <message>
        <source>Permohonan ini sudah diterima dengan isi yang berbeda. Kirim sebagai perbaikan.</source>
        <translation>This application was already received with different content. Send it as a correction.</translation>
    </message>
    <message>
        <source>Perbaikan ini mengganti versi {old}, padahal versi terbaru di server {current}.</source>
        <translation>This correction replaces version {old}, but the latest version on the server is {current}.</translation>
    </message>
    <message>
        <source>Tidak ada versi sebelumnya untuk diperbaiki.</source>
        <translation>There is no earlier version to correct.</translation>
    </message>
    <message>
        <source>Lampiran ini sudah diterima dengan isi lain.</source>
        <translation>This attachment was already received with other content.</translation>
    </message>
    <message>
        <source>Potongan harus mulai dari bait {received}.</source>
        <translation>The piece must start at byte {received}.</translation>
    </message>
    <message>
        <source>Isi lampiran tidak cocok dengan SHA-256-nya. Kirim ulang dari awal.</source>
        <translation>The attachment does not match its SHA-256. Send it again from the start.</translation>
    </message>
    <message>
        <source>X-Content-SHA256 harus 64 angka heksadesimal.</source>
        <translation>X-Content-SHA256 must be 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Content-Range harus berbentuk bytes AWAL-AKHIR/TOTAL.</source>
        <translation>Content-Range must look like bytes START-END/TOTAL.</translation>
    </message>
    <message>
        <source>Content-Range tidak masuk akal.</source>
        <translation>Content-Range does not make sense.</translation>
    </message>
    <message>
        <source>Lampiran terlalu besar: paling banyak {mb} MB.</source>
        <translation>Attachment too large: at most {mb} MB.</translation>
    </message>
    <message>
        <source>Potongan terlalu besar: kirim paling banyak 8 MB sekali.</source>
        <translation>Piece too large: send at most 8 MB at a time.</translation>
    </message>
    <message>
        <source>Panjang isi tidak sama dengan Content-Range.</source>
        <translation>The body length differs from Content-Range.</translation>
    </message>
    <message>
        <source>Lampiran kosong.</source>
        <translation>The attachment is empty.</translation>
    </message>
</context>
</TS>