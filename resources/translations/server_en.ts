<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Queue</name>
    <message>
        <source>Nomor antrean tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan. Tunggu sebentar.</source>
        <translation>Too many requests. Please wait a moment.</translation>
    </message>
    <message>
        <source>Layanan {service} tidak dikenal.</source>
        <translation>Unknown service {service}.</translation>
    </message>
    <message>
        <source>Nomor antrean ini milik MPP lain.</source>
        <translation>This queue number belongs to another MPP.</translation>
    </message>
    <message>
        <source>Loket {desk} bukan loket MPP Anda.</source>
        <translation>Desk {desk} is not a desk of your MPP.</translation>
    </message>
    <message>
        <source>Nomor ini belum dipanggil.</source>
        <translation>This number has not been called.</translation>
    </message>
    <message>
        <source>Nomor ini sudah dipanggil.</source>
        <translation>This number has already been called.</translation>
    </message>
    <message>
        <source>Nomor ini sudah selesai.</source>
        <translation>This number is finished.</translation>
    </message>
    <message>
        <source>Pilih loket atau layanan tujuan.</source>
        <translation>Choose a desk or service to send it to.</translation>
    </message>
    <message>
        <source>Status nomor antrean tidak dikenal: {state}</source>
        <translation>Unknown queue number state: {state}</translation>
    </message>
    <message>
        <source>Nomor antrean lokal bertabrakan dengan nomor lain.</source>
        <translation>A local queue number clashes with another number.</translation>
    </message>
    <message>
        <source>Periode laporan tidak benar (paling lama satu tahun).</source>
        <translation>The report period is wrong (one year at most).</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Dipanggil</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Panggilan sebelumnya</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Belum ada panggilan</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Nyalakan suara</source>
        <translation>Turn sound on</translation>
    </message>
    <message>
        <source>Suara menyala</source>
        <translation>Sound is on</translation>
    </message>
    <message>
        <source>Nomor antrean Anda</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Orang di depan Anda</source>
        <translation>People ahead of you</translation>
    </message>
    <message>
        <source>Halaman ini diperbarui sendiri setiap 30 detik.</source>
        <translation>This page updates itself every 30 seconds.</translation>
    </message>
    <message>
        <source>Halaman ini tidak memuat nama, NIK, atau nomor telepon.</source>
        <translation>This page holds no name, NIK or phone number.</translation>
    </message>
    <message>
        <source>Nomor antrean tidak ditemukan</source>
        <translation>Queue number not found</translation>
    </message>
    <message>
        <source>Periksa lagi kode QR pada karcis antrean, atau tanyakan petugas.</source>
        <translation>Check the QR code on your queue ticket again, or ask an officer.</translation>
    </message>
    <message>
        <source>Menunggu dipanggil</source>
        <translation>Waiting to be called</translation>
    </message>
    <message>
        <source>Sedang dipanggil: silakan ke loket {desk}</source>
        <translation>Being called: please go to desk {desk}</translation>
    </message>
    <message>
        <source>Sudah dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Terlewat: tanyakan petugas</source>
        <translation>Missed: ask an officer</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Sesi tidak berlaku atau sudah habis. Silakan masuk lagi.</source>
        <translation>The session is invalid or has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Perangkat {fingerprint} belum dipercaya server ini. Minta admin menjalankan: mpp-assist server trust-device {key} --desk {desk}</source>
        <translation>Device {fingerprint} is not trusted by this server yet. Ask the admin to run: mpp-assist server trust-device {key} --desk {desk}</translation>
    </message>
    <message>
        <source>Perangkat ini dipercaya untuk loket {trusted}, bukan untuk loket {desk}.</source>
        <translation>This device is trusted for desk {trusted}, not for desk {desk}.</translation>
    </message>
    <message>
        <source>Tanda tangan perangkat pada permohonan ini tidak sah.</source>
        <translation>The device signature on this application is not valid.</translation>
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
        <source>Permohonan ini tidak bisa disimpan. Kirim ulang.</source>
        <translation>This application could not be stored. Send it again.</translation>
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
        <source>Kode lacak tidak sesuai dengan permohonan ini.</source>
        <translation>The tracking code does not belong to this application.</translation>
    </message>
    <message>
        <source>Lampiran {id} tidak cocok dengan jawaban permohonan (SHA-256 atau ukuran).</source>
        <translation>Attachment {id} does not match the application&apos;s answers (SHA-256 or size).</translation>
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
    <message>
        <source>Isi permintaan terlalu besar: paling banyak {kb} KB.</source>
        <translation>Request body too large: at most {kb} KB.</translation>
    </message>
    <message>
        <source>Alamat ini tidak ada di server.</source>
        <translation>This address does not exist on the server.</translation>
    </message>
    <message>
        <source>Metode ini tidak dipakai di alamat ini.</source>
        <translation>This method is not used at this address.</translation>
    </message>
    <message>
        <source>Permintaan tidak bisa dibaca.</source>
        <translation>The request could not be read.</translation>
    </message>
    <message>
        <source>wajib ada</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>tidak dikenal dalam protokol</source>
        <translation>is not part of the protocol</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>terlalu pendek (paling sedikit {min_length} karakter)</source>
        <translation>is too short (at least {min_length} characters)</translation>
    </message>
    <message>
        <source>terlalu panjang (paling banyak {max_length} karakter)</source>
        <translation>is too long (at most {max_length} characters)</translation>
    </message>
    <message>
        <source>bentuknya tidak sesuai protokol</source>
        <translation>does not have the form the protocol requires</translation>
    </message>
    <message>
        <source>harus bilangan bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>harus angka</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>harus true atau false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>harus berupa objek JSON</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>harus berupa daftar</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>paling kecil {ge}</source>
        <translation>must be at least {ge}</translation>
    </message>
    <message>
        <source>harus lebih dari {gt}</source>
        <translation>must be more than {gt}</translation>
    </message>
    <message>
        <source>paling besar {le}</source>
        <translation>must be at most {le}</translation>
    </message>
    <message>
        <source>harus kurang dari {lt}</source>
        <translation>must be less than {lt}</translation>
    </message>
    <message>
        <source>bukan UUID yang sah</source>
        <translation>is not a valid UUID</translation>
    </message>
    <message>
        <source>bukan salah satu nilai yang dikenal</source>
        <translation>is not one of the known values</translation>
    </message>
    <message>
        <source>berisi karakter NUL</source>
        <translation>contains a NUL character</translation>
    </message>
    <message>
        <source>Permintaan tidak sesuai protokol: {first}</source>
        <translation>The request does not follow the protocol: {first}</translation>
    </message>
    <message>
        <source>Permintaan tidak sesuai protokol ({count} masalah): {first}</source>
        <translation>The request does not follow the protocol ({count} problems): {first}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan di server. Coba lagi nanti.</source>
        <translation>Something went wrong on the server. Try again later.</translation>
    </message>
    <message>
        <source>Tanggapan survei tidak sah: {why}</source>
        <translation>Invalid survey response: {why}</translation>
    </message>
    <message>
        <source>Tanggapan survei ini sudah diterima dengan isi berbeda.</source>
        <translation>This survey response was already received with different content.</translation>
    </message>
    <message>
        <source>Tanggal awal harus sebelum tanggal akhir.</source>
        <translation>The start date must be before the end date.</translation>
    </message>
    <message>
        <source>Mal Pelayanan Publik</source>
        <translation>Public Service Mall</translation>
    </message>
    <message>
        <source>Zona waktu server tidak dikenal di {where}: {value} (pilih WIB, WITA atau WIT)</source>
        <translation>Unknown server time zone in {where}: {value} (choose WIB, WITA or WIT)</translation>
    </message>
    <message>
        <source>Alamat publik di {where} harus diawali https:// atau http://</source>
        <translation>The public address in {where} must start with https:// or http://</translation>
    </message>
    <message>
        <source>Tanggal di {where} harus YYYY-MM-DD atau kosong: {value}</source>
        <translation>The date in {where} must be YYYY-MM-DD or empty: {value}</translation>
    </message>
    <message>
        <source>mpp_names di {where} harus berisi kode MPP → nama (teks, paling panjang {max} karakter)</source>
        <translation>mpp_names in {where} must map MPP codes to names (text, at most {max} characters)</translation>
    </message>
    <message>
        <source>Berkas konfigurasi server tidak bisa dibaca: {path} ({error})</source>
        <translation>The server configuration file cannot be read: {path} ({error})</translation>
    </message>
    <message>
        <source>Berkas konfigurasi server terlalu besar: {path}</source>
        <translation>The server configuration file is too large: {path}</translation>
    </message>
    <message>
        <source>Berkas konfigurasi server harus berisi objek JSON: {path}</source>
        <translation>The server configuration file must hold a JSON object: {path}</translation>
    </message>
    <message>
        <source>Kunci tidak dikenal di {path}: {keys}</source>
        <translation>Unknown keys in {path}: {keys}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Berkas sudah diperiksa</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Sedang diproses</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Permohonan Anda sudah masuk dan menunggu diperiksa petugas.</source>
        <translation>Your application has arrived and is waiting to be checked by an officer.</translation>
    </message>
    <message>
        <source>Petugas sudah memeriksa berkas Anda. Permohonan diteruskan ke instansi penerbit.</source>
        <translation>An officer has checked your documents. The application has been passed to the issuing agency.</translation>
    </message>
    <message>
        <source>Dokumen Anda sedang dibuat oleh instansi penerbit.</source>
        <translation>The issuing agency is making your document.</translation>
    </message>
    <message>
        <source>Dokumen Anda sudah jadi.</source>
        <translation>Your document is ready.</translation>
    </message>
    <message>
        <source>Dokumen sudah diambil. Layanan ini sudah selesai.</source>
        <translation>The document has been collected. This service is complete.</translation>
    </message>
    <message>
        <source>Permohonan Anda tidak bisa diproses.</source>
        <translation>Your application cannot be processed.</translation>
    </message>
    <message>
        <source>Belum ada yang perlu Anda lakukan. Simpan bukti pendaftaran ini.</source>
        <translation>Nothing to do yet. Keep this proof of registration.</translation>
    </message>
    <message>
        <source>Belum ada yang perlu Anda lakukan. Tunggu sampai status berubah menjadi Siap diambil.</source>
        <translation>Nothing to do yet. Wait until the status changes to Ready for pickup.</translation>
    </message>
    <message>
        <source>Dokumen siap diambil di loket {desk}, bawa bukti pendaftaran ini dan KTP-el atau Kartu Keluarga asli.</source>
        <translation>Collect the document at desk {desk}; bring this proof of registration and your original KTP-el or family card.</translation>
    </message>
    <message>
        <source>Tidak ada lagi yang perlu Anda lakukan.</source>
        <translation>There is nothing more you need to do.</translation>
    </message>
    <message>
        <source>Datang ke loket {desk} dengan bukti pendaftaran ini untuk memperbaiki permohonan atau bertanya.</source>
        <translation>Come to desk {desk} with this proof of registration to correct the application or ask questions.</translation>
    </message>
    <message>
        <source>Status permohonan</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>Cek status layanan Mal Pelayanan Publik</source>
        <translation>Public Service Mall status check</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Rincian permohonan</source>
        <translation>Application details</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Atas nama</source>
        <translation>In the name of</translation>
    </message>
    <message>
        <source>Kode lacak</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Nomor registrasi</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Tanggal daftar</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status sekarang</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>Yang perlu Anda lakukan</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Perkiraan selesai</source>
        <translation>Estimated completion</translation>
    </message>
    <message>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Bacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Halaman ini tidak menampilkan NIK, alamat, atau nomor telepon Anda. Jangan bagikan kode lacak kepada orang yang tidak Anda percayai.</source>
        <translation>This page does not show your NIK, address or phone number. Do not share the tracking code with anyone you do not trust.</translation>
    </message>
    <message>
        <source>Cek status dengan kode lacak</source>
        <translation>Check the status with a tracking code</translation>
    </message>
    <message>
        <source>Kode lacak tercetak di bawah kode QR pada bukti pendaftaran: 16 huruf dan angka.</source>
        <translation>The tracking code is printed under the QR code on the proof of registration: 16 letters and digits.</translation>
    </message>
    <message>
        <source>Contoh: 7K3M-Q9XZ-4TNB-H2RW. Huruf besar atau kecil sama saja.</source>
        <translation>Example: 7K3M-Q9XZ-4TNB-H2RW. Upper or lower case does not matter.</translation>
    </message>
    <message>
        <source>Cek status</source>
        <translation>Check status</translation>
    </message>
    <message>
        <source>Kode lacak tidak ditemukan</source>
        <translation>Tracking code not found</translation>
    </message>
    <message>
        <source>Periksa lagi kode pada bukti pendaftaran dan ketik ulang. Jika tetap tidak ditemukan, tanyakan di loket dengan membawa bukti pendaftaran. Data baru muncul di sini setelah loket mengirimnya, biasanya pada hari yang sama.</source>
        <translation>Check the code on the proof of registration and type it again. If it is still not found, ask at the desk and bring the proof of registration. An application appears here once the desk has sent it, usually on the same day.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Cek kode lain</source>
        <translation>Check another code</translation>
    </message>
    <message>
        <source>Langsung ke isi</source>
        <translation>Skip to content</translation>
    </message>
    <message>
        <source>Loket {desk}</source>
        <translation>Desk {desk}</translation>
    </message>
    <message>
        <source>{date} (hari yang sama)</source>
        <translation>{date} (the same day)</translation>
    </message>
    <message>
        <source>{date} (1 hari kerja sejak tanggal daftar)</source>
        <translation>{date} (1 working day after the date submitted)</translation>
    </message>
    <message>
        <source>{date} ({days} hari kerja sejak tanggal daftar)</source>
        <translation>{date} ({days} working days after the date submitted)</translation>
    </message>
    <message>
        <source>— perkiraan, hari libur tahun itu belum pasti</source>
        <translation>— an estimate: that year&apos;s holidays are not yet final</translation>
    </message>
    <message>
        <source>Tunggu {seconds} detik, lalu coba lagi.</source>
        <translation>Wait {seconds} seconds, then try again.</translation>
    </message>
</context>
</TS>
