<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang MPP Assist</source>
        <translation>About MPP Assist</translation>
    </message>
    <message>
        <source>MPP Assist {version}. Lisensi MIT.</source>
        <translation>MPP Assist {version}. MIT licence.</translation>
    </message>
    <message>
        <source>Asisten pengisian permohonan untuk loket Mal Pelayanan Publik.</source>
        <translation>An application-filling assistant for Public Service Mall (MPP) desks.</translation>
    </message>
    <message>
        <source>Sumber data dan lisensi</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Data wilayah: {decree}.</source>
        <translation>Region data: {decree}.</translation>
    </message>
    <message>
        <source>Sumber data wilayah: {source}.</source>
        <translation>Region data source: {source}.</translation>
    </message>
    <message>
        <source>Arsip kode wilayah lama: {years}. Dibangun {built}.</source>
        <translation>Archived region codes: {years}. Built {built}.</translation>
    </message>
    <message>
        <source>Huruf DejaVu Sans (dijadikan bagian tanda terima PDF): lisensi Bitstream Vera dan Arev, bebas dipakai dan disebarkan. Lihat resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>DejaVu Sans font (embedded in receipt PDFs): Bitstream Vera and Arev licence, free to use and redistribute. See resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <source>Ikon: Material Design Icons 6.9.96 (Pictogrammers), lisensi Apache 2.0; hurufnya lisensi SIL Open Font License 1.1. Lihat resources/icons/mdi/README.md.</source>
        <translation>Icons: Material Design Icons 6.9.96 (Pictogrammers), Apache License 2.0; the font under the SIL Open Font License 1.1. See resources/icons/mdi/README.md.</translation>
    </message>
    <message>
        <source>Kalender hari libur nasional dan cuti bersama (perkiraan tanggal selesai):</source>
        <translation>National holidays and collective leave calendar (estimated completion dates):</translation>
    </message>
</context>
<context>
    <name>AntrianPage</name>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Belum ada nomor dipanggil</source>
        <translation>No number called yet</translation>
    </message>
    <message>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Panggil nomor berikutnya ke loket ini (F6)</source>
        <translation>Call the next number to this desk (F6)</translation>
    </message>
    <message>
        <source>Panggil ulang</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Umumkan nomor ini sekali lagi</source>
        <translation>Announce this number once more</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Pemohon tidak datang: nomornya kembali ke antrean sekali</source>
        <translation>The applicant did not come: the number goes back in line once</translation>
    </message>
    <message>
        <source>Alihkan…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Mulai permohonan</source>
        <translation>Start the application</translation>
    </message>
    <message>
        <source>Buka layanan nomor ini; permohonannya terhubung ke nomor</source>
        <translation>Open this number&apos;s service; the application is linked to the number</translation>
    </message>
    <message>
        <source>Buka layar aula</source>
        <translation>Open hall display</translation>
    </message>
    <message>
        <source>Tampilkan nomor yang dipanggil di layar TV aula, dengan suara</source>
        <translation>Show the number being called on the hall&apos;s TV, with sound</translation>
    </message>
    <message>
        <source>Ambil nomor di loket</source>
        <translation>Issue a number at the desk</translation>
    </message>
    <message>
        <source>Layanan untuk nomor baru</source>
        <translation>Service for the new number</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Untuk lansia, penyandang disabilitas, ibu hamil, dan yang membawa anak kecil</source>
        <translation>For older people, people with disabilities, pregnant women and people with small children</translation>
    </message>
    <message>
        <source>Ambil nomor</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>Buat nomor antrean untuk layanan ini</source>
        <translation>Make a queue number for this service</translation>
    </message>
    <message>
        <source>Cetak karcis</source>
        <translation>Print the ticket</translation>
    </message>
    <message>
        <source>Antrean tidak bisa dipakai: {error}</source>
        <translation>The queue cannot be used: {error}</translation>
    </message>
    <message>
        <source>Alihkan nomor ini ke loket atau layanan lain</source>
        <translation>Transfer this number to another desk or service</translation>
    </message>
    <message>
        <source>Layar aula dibuka. Tekan F11 di layar itu untuk layar penuh.</source>
        <translation>Hall display opened. Press F11 on it for full screen.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>Tidak ada nomor yang menunggu untuk loket ini.</source>
        <translation>No number is waiting for this desk.</translation>
    </message>
    <message>
        <source>Nomor dipanggil: {number}</source>
        <translation>Number called: {number}</translation>
    </message>
    <message>
        <source>Nomor {number} dipanggil.</source>
        <translation>Number {number} called.</translation>
    </message>
    <message>
        <source>Nomor {number} dilewati lagi: pemohon tidak datang, nomornya tidak dipanggil lagi.</source>
        <translation>Number {number} skipped again: the applicant did not come, the number will not be called again.</translation>
    </message>
    <message>
        <source>Nomor {number} dilewati; kembali ke antrean sekali lagi.</source>
        <translation>Number {number} skipped; it goes back in line once more.</translation>
    </message>
    <message>
        <source>Nomor {number} dialihkan.</source>
        <translation>Number {number} transferred.</translation>
    </message>
    <message>
        <source>Nomor baru: {number} ({n} orang di depannya).</source>
        <translation>New number: {number} ({n} people ahead).</translation>
    </message>
    <message>
        <source>Karcis {number} tidak tercetak: {error}</source>
        <translation>Ticket {number} was not printed: {error}</translation>
    </message>
    <message>
        <source>Nomor antrean {number}</source>
        <translation>Queue number {number}</translation>
    </message>
    <message>
        <source>Silakan ke loket {desk}</source>
        <translation>Please come to desk {desk}</translation>
    </message>
    <message>
        <source>prioritas</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>diambil {time}</source>
        <translation>taken {time}</translation>
    </message>
    <message>
        <source>Tekan Panggil berikutnya (F6) untuk memanggil nomor pertama.</source>
        <translation>Press Call next (F6) to call the first number.</translation>
    </message>
    <message>
        <source>Loket ini bekerja tanpa server: antreannya milik loket ini sendiri.</source>
        <translation>This desk works without a server: its queue is its own.</translation>
    </message>
    <message>
        <source>Terhubung ke antrean bersama MPP.</source>
        <translation>Connected to the MPP&apos;s shared queue.</translation>
    </message>
    <message>
        <source>Menunggu: {n}.</source>
        <translation>Waiting: {n}.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Ukuran tulisan dan warna</source>
        <translation>Text size and colours</translation>
    </message>
    <message>
        <source>Pilih yang nyaman dibaca. Perubahan langsung terlihat; Ctrl+= dan Ctrl+- juga bisa dipakai.</source>
        <translation>Choose what is comfortable to read. Changes show at once; Ctrl+= and Ctrl+- work too.</translation>
    </message>
    <message>
        <source>Ikuti sistem operasi</source>
        <translation>Follow the operating system</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Kontras tinggi: hitam di atas putih</source>
        <translation>High contrast: black on white</translation>
    </message>
    <message>
        <source>Kontras tinggi: putih di atas hitam</source>
        <translation>High contrast: white on black</translation>
    </message>
    <message>
        <source>Ukuran tulisan</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Warna</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Kontras tinggi untuk penglihatan kurang</source>
        <translation>High contrast for low vision</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Layar pemohon</source>
        <translation>Applicant display</translation>
    </message>
    <message>
        <source>Bacakan untuk pemohon</source>
        <translation>Read aloud for the applicant</translation>
    </message>
    <message>
        <source>Bacakan isi layar ini</source>
        <translation>Read this screen aloud</translation>
    </message>
    <message>
        <source>Kembali ke petugas (Esc)</source>
        <translation>Back to the officer (Esc)</translation>
    </message>
    <message>
        <source>Tutup layar penuh dan kembali ke formulir petugas</source>
        <translation>Leave full screen and go back to the officer&apos;s form</translation>
    </message>
    <message>
        <source>Pilihan: {choices}</source>
        <translation>Choices: {choices}</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Selamat datang. Silakan menunggu petugas.</source>
        <translation>Welcome. Please wait for the officer.</translation>
    </message>
    <message>
        <source>Diisi: {answer}</source>
        <translation>Entered: {answer}</translation>
    </message>
    <message>
        <source>Belum ditandai</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <source>Dokumen yang diperlukan</source>
        <translation>Documents needed</translation>
    </message>
    <message>
        <source>Ringkasan jawaban</source>
        <translation>Summary of answers</translation>
    </message>
    <message>
        <source>Sudah diisi</source>
        <translation>Answered so far</translation>
    </message>
</context>
<context>
    <name>ApplicantWordPanel</name>
    <message>
        <source>Persetujuan pemohon</source>
        <translation>The applicant&apos;s agreement</translation>
    </message>
    <message>
        <source>Pemohon membaca sendiri isi permohonan</source>
        <translation>The applicant reads the application themselves</translation>
    </message>
    <message>
        <source>Bacakan semua</source>
        <translation>Read everything aloud</translation>
    </message>
    <message>
        <source>Bacakan seluruh isian dan biayanya kepada pemohon</source>
        <translation>Read every answer and the fee aloud to the applicant</translation>
    </message>
    <message>
        <source>Tanda tangan di kertas</source>
        <translation>Signs on paper</translation>
    </message>
    <message>
        <source>Tanda tangan di layar</source>
        <translation>Signs on the screen</translation>
    </message>
    <message>
        <source>Cap jempol</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Hapus tanda tangan</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>Kotak tanda tangan</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>Pemohon menandatangani di sini; Delete menghapus</source>
        <translation>The applicant signs here; Delete clears it</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <source>Isinya sudah saya bacakan dan jelaskan kepada pemohon</source>
        <translation>I have read and explained the content to the applicant</translation>
    </message>
    <message>
        <source>Cap jempol dibubuhkan di hadapan saya</source>
        <translation>The thumbprint was made in my presence</translation>
    </message>
    <message>
        <source>Nama lengkap petugas saksi</source>
        <translation>Full name of the witnessing officer</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>MPP Assist tidak bisa dibuka: {error}</source>
        <translation>MPP Assist cannot open: {error}</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In process</translation>
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
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>Permohonan di loket ini</source>
        <translation>Applications at this desk</translation>
    </message>
    <message>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nomor resmi</source>
        <translation>Official number</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Daftar permohonan</source>
        <translation>Application list</translation>
    </message>
    <message>
        <source>Cari NIK, nomor KK, nomor tanda terima, telepon, atau nama</source>
        <translation>Search a NIK, KK number, receipt number, phone or name</translation>
    </message>
    <message>
        <source>Cari permohonan</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <source>Perlu tindakan</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <source>Kemajuan pengiriman</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Kirim permohonan yang menunggu sekarang juga</source>
        <translation>Send the waiting applications right now</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cetak ulang tanda terima permohonan yang dipilih (Ctrl+P)</source>
        <translation>Reprint the receipt of the selected application (Ctrl+P)</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Buka jawaban permohonan yang ditolak server, perbaiki, lalu kirim lagi</source>
        <translation>Open the answers of the application the server refused, correct them, then send it again</translation>
    </message>
    <message>
        <source>Masuk lagi ke server</source>
        <translation>Log in to the server again</translation>
    </message>
    <message>
        <source>Masuk lagi; antrean tidak berubah</source>
        <translation>Log in again; the queue is unchanged</translation>
    </message>
    <message>
        <source>Laporan harian</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Simpan laporan harian loket hari ini sebagai PDF (khusus supervisor)</source>
        <translation>Save today&apos;s desk report as a PDF (supervisors only)</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Kembali ke daftar layanan (Escape)</source>
        <translation>Back to the service list (Escape)</translation>
    </message>
    <message>
        <source>Status layanan</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Semua keadaan</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 hari terakhir</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{n} permohonan</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang cocok.</source>
        <translation>No application matches.</translation>
    </message>
    <message>
        <source>Belum ada permohonan di loket ini.</source>
        <translation>No applications at this desk yet.</translation>
    </message>
    <message>
        <source>Dibuat: {time}</source>
        <translation>Made: {time}</translation>
    </message>
    <message>
        <source>Tanda terima dicetak: {n} kali</source>
        <translation>Receipt printed: {n} times</translation>
    </message>
    <message>
        <source>Riwayat:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Rincian permohonan</source>
        <translation>Application details</translation>
    </message>
    <message>
        <source>Pilih dulu permohonan yang tanda terimanya mau dicetak ulang.</source>
        <translation>First select the application whose receipt you want to reprint.</translation>
    </message>
    <message>
        <source>Simpan laporan harian</source>
        <translation>Save the daily report</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Laporan tidak bisa disimpan ke {path}: {error}</source>
        <translation>The report could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>Laporan harian disimpan ke {path}</source>
        <translation>Daily report saved to {path}</translation>
    </message>
    <message>
        <source>Terakhir berhasil sinkron: {time}</source>
        <translation>Last successful sync: {time}</translation>
    </message>
    <message>
        <source>Belum pernah berhasil sinkron.</source>
        <translation>Never synced successfully yet.</translation>
    </message>
    <message>
        <source>Sedang mengirim…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Semua permohonan sudah terkirim.</source>
        <translation>All applications have been sent.</translation>
    </message>
    <message>
        <source>Pengiriman berhenti selama loket terkunci.</source>
        <translation>Sending is paused while the desk is locked.</translation>
    </message>
    <message>
        <source>Loket ini bekerja tanpa server (alamat server kosong di Pengaturan). Permohonan tetap tersimpan di komputer ini dan tidak dikirim.</source>
        <translation>This desk works without a server (the server address in Settings is empty). Applications stay saved on this computer and are not sent.</translation>
    </message>
    <message>
        <source>Server tidak bisa dihubungi: {error} Permohonan tetap tersimpan dan akan terkirim sendiri begitu server bisa dihubungi.</source>
        <translation>The server cannot be reached: {error} Applications stay saved and will be sent by themselves as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>Pengaturan server salah: {error} Periksa alamat server di Pengaturan.</source>
        <translation>The server settings are wrong: {error} Check the server address in Settings.</translation>
    </message>
    <message>
        <source>Perlu masuk lagi ke server: {error} Tekan “Masuk lagi ke server” di halaman Permohonan. Permohonan tetap tersimpan.</source>
        <translation>You need to log in to the server again: {error} Press “Log in to the server again” on the Applications page. The applications stay saved.</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: {error} Permohonan tetap tersimpan.</source>
        <translation>Sync failed: {error} Applications stay saved.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Persetujuan supervisor</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>Perbaikan ini perlu disetujui supervisor. Supervisor memasukkan nama dan kata sandi/PIN-nya sendiri; petugas yang masuk tidak berganti.</source>
        <translation>This correction needs a supervisor&apos;s approval. The supervisor enters their own name and password/PIN; the signed-in officer does not change.</translation>
    </message>
    <message>
        <source>Nama supervisor</source>
        <translation>Supervisor name</translation>
    </message>
    <message>
        <source>Kata sandi/PIN</source>
        <translation>Password/PIN</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>{name}: pilih berkas</source>
        <translation>{name}: choose file</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>{name}: hapus lampiran</source>
        <translation>{name}: remove attachment</translation>
    </message>
    <message>
        <source>Belum ada berkas</source>
        <translation>No file yet</translation>
    </message>
    <message>
        <source>Pindaian atau foto ({patterns})</source>
        <translation>Scan or photo ({patterns})</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Periksa jawaban sebelum mengirim</source>
        <translation>Check your answers before sending</translation>
    </message>
    <message>
        <source>Kirim permohonan</source>
        <translation>Send application</translation>
    </message>
    <message>
        <source>Simpan permohonan dan antrekan untuk dikirim, lalu tampilkan tanda terima</source>
        <translation>Store the application, queue it for sending, then show the receipt</translation>
    </message>
    <message>
        <source>Dokumen persyaratan</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Belum ditandai</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ubah {label}</source>
        <translation>Change {label}</translation>
    </message>
    <message>
        <source>Permohonan yang belum selesai</source>
        <translation>An unfinished application</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lihat permohonan itu</source>
        <translation>See that application</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ConfirmReadingDialog</name>
    <message>
        <source>Hasil baca</source>
        <translation>What was read</translation>
    </message>
    <message>
        <source>Kurang yakin terbaca: periksa</source>
        <translation>Not read with certainty: check it</translation>
    </message>
    <message>
        <source>KTP-el</source>
        <translation>KTP-el (ID card)</translation>
    </message>
    <message>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <source>Periksa hasil baca {kind}</source>
        <translation>Check what was read from the {kind}</translation>
    </message>
    <message>
        <source>Bandingkan setiap isian dengan potongan dokumennya. Perbaiki yang salah; isian yang kurang yakin terbaca harus dicentang &quot;Sudah dicek&quot; dulu.</source>
        <translation>Compare each value with the part of the document it was read from. Correct what is wrong; values read without certainty must be ticked &quot;Checked&quot; first.</translation>
    </message>
    <message>
        <source>Sudah dicek</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>{field}: sudah dicek</source>
        <translation>{field}: checked</translation>
    </message>
    <message>
        <source>Pakai untuk formulir</source>
        <translation>Use for the form</translation>
    </message>
    <message>
        <source>Bacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Bacakan hasil baca untuk pemohon (Shift+F8)</source>
        <translation>Read what was read aloud to the applicant (Shift+F8)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum dicek: {fields}</source>
        <translation>Not checked yet: {fields}</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Pemberitahuan privasi</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Isi pemberitahuan privasi</source>
        <translation>Text of the privacy notice</translation>
    </message>
    <message>
        <source>Versi pemberitahuan: {v}</source>
        <translation>Notice version: {v}</translation>
    </message>
    <message>
        <source>Bacakan pemberitahuan</source>
        <translation>Read the notice aloud</translation>
    </message>
    <message>
        <source>Ya, pemohon membaca sendiri isi permohonan</source>
        <translation>Yes, the applicant reads the application themselves</translation>
    </message>
    <message>
        <source>Tidak, isi permohonan dibacakan kepada pemohon</source>
        <translation>No, the application is read out to the applicant</translation>
    </message>
    <message>
        <source>Nama yang memberi persetujuan</source>
        <translation>Name of the person giving consent</translation>
    </message>
    <message>
        <source>Nama pemohon yang diwakili</source>
        <translation>Name of the applicant they act for</translation>
    </message>
    <message>
        <source>Saya sudah membacakan pemberitahuan dan menyaksikan persetujuan lisan</source>
        <translation>I read the notice aloud and witnessed the spoken consent</translation>
    </message>
    <message>
        <source>Setuju, lanjut mengisi</source>
        <translation>Agree and continue</translation>
    </message>
    <message>
        <source>Tidak setuju</source>
        <translation>Do not agree</translation>
    </message>
    <message>
        <source>Yang memberi persetujuan</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Cara persetujuan</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <source>Pemohon membaca sendiri?</source>
        <translation>Does the applicant read it themselves?</translation>
    </message>
    <message>
        <source>Persetujuan lisan: bacakan pemberitahuan dan centang bahwa Anda menyaksikannya.</source>
        <translation>Spoken consent: read the notice aloud and tick that you witnessed it.</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <source>Server menolak permohonan ini tanpa alasan.</source>
        <translation>The server refused this application without giving a reason.</translation>
    </message>
    <message>
        <source>Permohonan ini tidak perlu diperbaiki.</source>
        <translation>This application does not need correcting.</translation>
    </message>
    <message>
        <source>Layanan {service} tidak ada lagi di katalog; permohonan ini tidak bisa diperbaiki.</source>
        <translation>Service {service} is no longer in the catalogue; this application cannot be corrected.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan bisa dilanjutkan.</source>
        <translation>An unexpected error happened. You can go on working.</translation>
    </message>
    <message>
        <source>Isian yang sudah diketik aman: setiap jawaban tersimpan sebagai draf, dan permohonan yang sudah dikirim tersimpan di komputer ini. Bila ini terulang, berikan berkas catatan ini kepada admin: {log}</source>
        <translation>What has been typed is safe: every answer is saved as a draft, and submitted applications are stored on this computer. If this happens again, give this log file to the admin: {log}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Tanggal</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tanggal, misalnya 17</source>
        <translation>Day, for example 17</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Bulan: angka atau nama, misalnya 8 atau Agustus</source>
        <translation>Month: a number or a name, for example 8 or August</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tahun 4 angka, misalnya 1945</source>
        <translation>Year in 4 digits, for example 1945</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>selesai tepat waktu</source>
        <translation>finished on time</translation>
    </message>
    <message>
        <source>selesai terlambat</source>
        <translation>finished late</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>masih dalam waktu</source>
        <translation>within time</translation>
    </message>
    <message>
        <source>Batas waktu layanan: {day} ({state})</source>
        <translation>Promised by: {day} ({state})</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>MPP dan loket</source>
        <translation>MPP and desk</translation>
    </message>
    <message>
        <source>Nama MPP dan kode loket dicetak di setiap tanda terima.</source>
        <translation>The MPP name and desk code are printed on every receipt.</translation>
    </message>
    <message>
        <source>Nama MPP</source>
        <translation>MPP name</translation>
    </message>
    <message>
        <source>Misalnya MPP Kota Bogor</source>
        <translation>For example MPP Kota Bogor</translation>
    </message>
    <message>
        <source>Kode loket</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <source>Misalnya LOKET-07</source>
        <translation>For example LOKET-07</translation>
    </message>
    <message>
        <source>Isi nama MPP.</source>
        <translation>Enter the MPP name.</translation>
    </message>
    <message>
        <source>Isi kode loket dengan huruf, angka atau tanda hubung, misalnya LOKET-07.</source>
        <translation>Enter the desk code with letters, digits or hyphens, for example LOKET-07.</translation>
    </message>
</context>
<context>
    <name>DeskProtection</name>
    <message>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Sembunyikan data pemohon sampai petugas memasukkan PIN (Ctrl+L)</source>
        <translation>Hide applicant data until the officer enters a PIN (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Server dan pencetak</source>
        <translation>Server and printer</translation>
    </message>
    <message>
        <source>kosong: hanya luring</source>
        <translation>empty: offline only</translation>
    </message>
    <message>
        <source>Alamat server harus diawali https://, misalnya https://mpp.contoh.go.id</source>
        <translation>The server address must start with https://, for example https://mpp.contoh.go.id</translation>
    </message>
    <message>
        <source>Alamat lacak harus diawali https://, misalnya https://lacak.contoh.go.id</source>
        <translation>The tracking address must start with https://, for example https://lacak.contoh.go.id</translation>
    </message>
    <message>
        <source>Ini alamat contoh: kode QR di tanda terima tidak akan terbuka. Tanyakan admin MPP.</source>
        <translation>This is an example address: the QR code on receipts will not open. Ask the MPP admin.</translation>
    </message>
    <message>
        <source>Pencetak sistem (driver terpasang)</source>
        <translation>System printer (driver installed)</translation>
    </message>
    <message>
        <source>Pencetak termal jaringan (ESC/POS)</source>
        <translation>Network thermal printer (ESC/POS)</translation>
    </message>
    <message>
        <source>Pencetak termal USB (ESC/POS)</source>
        <translation>USB thermal printer (ESC/POS)</translation>
    </message>
    <message>
        <source>Pencetak utama sistem</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>Pencetak lain (ketik namanya)</source>
        <translation>Another printer (type its name)</translation>
    </message>
    <message>
        <source>Cetak percobaan</source>
        <translation>Print a test</translation>
    </message>
    <message>
        <source>Cetak percobaan terkirim ke {printer}.</source>
        <translation>Test print sent to {printer}.</translation>
    </message>
    <message>
        <source>Cetak percobaan gagal: {error}</source>
        <translation>Test print failed: {error}</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Kosongkan untuk bekerja hanya luring</source>
        <translation>Leave empty to work offline only</translation>
    </message>
    <message>
        <source>Alamat lacak untuk pemohon</source>
        <translation>Tracking address for applicants</translation>
    </message>
    <message>
        <source>Dibuka pemohon dari kode QR tanda terima: &lt;alamat&gt;/lacak/&lt;kode&gt;</source>
        <translation>Opened by applicants from the receipt&apos;s QR code: &lt;address&gt;/lacak/&lt;code&gt;</translation>
    </message>
    <message>
        <source>Jenis pencetak</source>
        <translation>Printer type</translation>
    </message>
    <message>
        <source>Pencetak</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Antrean cetak sistem operasi</source>
        <translation>The operating system&apos;s print queue</translation>
    </message>
    <message>
        <source>Nama pencetak lain</source>
        <translation>Other printer&apos;s name</translation>
    </message>
    <message>
        <source>Nama antrean cetak yang tidak ada di daftar</source>
        <translation>The name of a print queue that is not in the list</translation>
    </message>
    <message>
        <source>Alamat pencetak termal</source>
        <translation>Thermal printer address</translation>
    </message>
    <message>
        <source>Nama host atau alamat IP</source>
        <translation>Host name or IP address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Biasanya 9100</source>
        <translation>Usually 9100</translation>
    </message>
    <message>
        <source>Hanya admin yang bisa mengubah server dan pencetak komputer ini. Minta admin masuk untuk mengubahnya.</source>
        <translation>Only an admin can change this computer&apos;s server and printer. Ask an admin to sign in to change them.</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Daftar permohonan dan pengirimannya ke server (Ctrl+Shift+P)</source>
        <translation>The application list and sending to the server (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Perbaikan tersimpan; permohonan {receipt} menunggu dikirim.</source>
        <translation>Correction saved; application {receipt} is waiting to be sent.</translation>
    </message>
    <message>
        <source>Cetak ulang tanda terima</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tanpa server</source>
        <translation>No server</translation>
    </message>
    <message>
        <source>Mengirim permohonan…</source>
        <translation>Sending applications…</translation>
    </message>
    <message>
        <source>Semua terkirim</source>
        <translation>All sent</translation>
    </message>
    <message>
        <source>Sebagian terkirim</source>
        <translation>Partly sent</translation>
    </message>
    <message>
        <source>Server tidak bisa dihubungi</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>Pengaturan server salah</source>
        <translation>Server settings wrong</translation>
    </message>
    <message>
        <source>Perlu masuk lagi ke server</source>
        <translation>Log in to the server again</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>{count} menunggu</source>
        <translation>{count} waiting</translation>
    </message>
</context>
<context>
    <name>DisplaySurvey</name>
    <message>
        <source>Survei kepuasan masyarakat</source>
        <translation>Public satisfaction survey</translation>
    </message>
</context>
<context>
    <name>DocumentDrops</name>
    <message>
        <source>Foto atau PDF ({patterns})</source>
        <translation>Photo or PDF ({patterns})</translation>
    </message>
    <message>
        <source>Dokumen tidak terbaca</source>
        <translation>Document could not be read</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Letakkan satu berkas saja: satu foto atau PDF KTP-el atau Kartu Keluarga.</source>
        <translation>Drop one file only: one photo or PDF of a KTP-el or Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Berkas ini tidak ada di komputer ini. Simpan dulu ke komputer, lalu letakkan di sini.</source>
        <translation>This file is not on this computer. Save it to the computer first, then drop it here.</translation>
    </message>
    <message>
        <source>{name} bukan foto atau PDF. Letakkan foto KTP-el atau Kartu Keluarga (JPG atau PNG) atau PDF hasil pindaian.</source>
        <translation>{name} is not a photo or a PDF. Drop a photo of a KTP-el or Kartu Keluarga (JPG or PNG) or a scanned PDF.</translation>
    </message>
    <message>
        <source>Berkas tidak dipakai</source>
        <translation>File not used</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Golongan darah</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kel/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kode wilayah desa</source>
        <translation>Village region code</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Kewarganegaraan</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Hubungan keluarga</source>
        <translation>Relationship in the family</translation>
    </message>
    <message>
        <source>Nama ayah</source>
        <translation>Father&apos;s name</translation>
    </message>
    <message>
        <source>Nama ibu</source>
        <translation>Mother&apos;s name</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Pilih foto KTP-el atau Kartu Keluarga</source>
        <translation>Choose a photo of a KTP-el or family card</translation>
    </message>
    <message>
        <source>Membaca dokumen… (beberapa detik)</source>
        <translation>Reading the document… (a few seconds)</translation>
    </message>
    <message>
        <source>Foto tidak bisa dibaca: {error}</source>
        <translation>The photo cannot be read: {error}</translation>
    </message>
    <message>
        <source>Dokumen terbaca. Periksa setiap isian.</source>
        <translation>Document read. Check every value.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Siap melayani</source>
        <translation>Ready to serve</translation>
    </message>
    <message>
        <source>Loket siap. Semua pilihan ini bisa diubah nanti di Pengaturan (Ctrl+,).</source>
        <translation>The desk is ready. Every choice here can be changed later in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>hanya luring</source>
        <translation>offline only</translation>
    </message>
    <message>
        <source>Kode QR membuka: {url}/lacak/…</source>
        <translation>QR code opens: {url}/lacak/…</translation>
    </message>
    <message>
        <source>Kode QR: alamat lacak belum diisi (tanyakan admin MPP)</source>
        <translation>QR code: no tracking address yet (ask the MPP admin)</translation>
    </message>
    <message>
        <source>MPP: {mpp} · Loket {desk}</source>
        <translation>MPP: {mpp} · Desk {desk}</translation>
    </message>
    <message>
        <source>Petugas: {officer}</source>
        <translation>Officer: {officer}</translation>
    </message>
    <message>
        <source>Kertas tanda terima: {layout}</source>
        <translation>Receipt paper: {layout}</translation>
    </message>
    <message>
        <source>Suara: {speech}</source>
        <translation>Speech: {speech}</translation>
    </message>
    <message>
        <source>terdengar</source>
        <translation>heard</translation>
    </message>
    <message>
        <source>tidak terdengar</source>
        <translation>not heard</translation>
    </message>
    <message>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Tulisan {size} · {theme}</source>
        <translation>Text {size} · {theme}</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Ada masalah</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <source>Pindah ke isian ini</source>
        <translation>Go to this question</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>pencetak utama</source>
        <translation>the default printer</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>MPP Assist: persiapan loket</source>
        <translation>MPP Assist: desk set-up</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Langkah {n} dari {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
</context>
<context>
    <name>FormFlow</name>
    <message>
        <source>Jawaban belum tersimpan ke disk: {error}. Jangan tutup aplikasi.</source>
        <translation>Answers are not saved to disk yet: {error}. Do not close the app.</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Permohonan belum tersimpan: {error}. Jawaban masih ada; coba kirim lagi.</source>
        <translation>The application is not stored yet: {error}. The answers are still here; try sending again.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (Escape)</source>
        <translation>Previous page (Escape)</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Halaman berikutnya (Enter)</source>
        <translation>Next page (Enter)</translation>
    </message>
</context>
<context>
    <name>HallWindow</name>
    <message>
        <source>Layar antrean</source>
        <translation>Queue display</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Menunggu panggilan pertama</source>
        <translation>Waiting for the first call</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Server antrean tidak bisa dihubungi. Layar ini terus mencoba lagi.</source>
        <translation>The queue server cannot be reached. This display keeps trying.</translation>
    </message>
    <message>
        <source>Server antrean menolak: {error}. Layar ini terus mencoba lagi.</source>
        <translation>The queue server refused: {error}. This display keeps trying.</translation>
    </message>
    <message>
        <source>Layar antrean bermasalah: {error}. Layar ini terus mencoba lagi.</source>
        <translation>The queue display has a problem: {error}. This display keeps trying.</translation>
    </message>
    <message>
        <source>Alamat server antrean belum diatur. Atur di Pengaturan &gt; Server dan pencetak.</source>
        <translation>No queue server address is set. Set it in Settings &gt; Server and printer.</translation>
    </message>
    <message>
        <source>Silakan ke loket {desk}</source>
        <translation>Please go to desk {desk}</translation>
    </message>
    <message>
        <source>loket {desk}</source>
        <translation>desk {desk}</translation>
    </message>
    <message>
        <source>Nomor antrean {number}, {desk}</source>
        <translation>Queue number {number}, {desk}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Pindah ke isian berikutnya / sebelumnya</source>
        <translation>Go to the next / previous field</translation>
    </message>
    <message>
        <source>Lanjut ke halaman berikutnya, atau tekan tombol yang sedang dipilih</source>
        <translation>Continue to the next page, or press the selected button</translation>
    </message>
    <message>
        <source>Kembali ke halaman sebelumnya (jawaban tetap tersimpan)</source>
        <translation>Back to the previous page (answers are kept)</translation>
    </message>
    <message>
        <source>Spasi</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Pilih atau batalkan pilihan</source>
        <translation>Select or clear a choice</translation>
    </message>
    <message>
        <source>Panah atas/bawah</source>
        <translation>Up/down arrows</translation>
    </message>
    <message>
        <source>Pindah di antara pilihan</source>
        <translation>Move between choices</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Tombol pintas</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Semua pekerjaan bisa dilakukan dengan papan ketik saja.</source>
        <translation>Everything can be done with the keyboard alone.</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Arti istilah</source>
        <translation>Meaning of terms</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tentang MPP Assist</source>
        <translation>About MPP Assist</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <source>dibuka</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>diperbaiki</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>tanda terima dicetak</source>
        <translation>receipt printed</translation>
    </message>
    <message>
        <source>tanda terima dicetak ulang</source>
        <translation>receipt reprinted</translation>
    </message>
    <message>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>diekspor</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>persetujuan dicatat</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>persetujuan dicatat ({giver}, {method}; {reads})</source>
        <translation>consent recorded ({giver}, {method}; {reads})</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Pilihan: {choices}</source>
        <translation>Choices: {choices}</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Diisi: {answer}</source>
        <translation>Entered: {answer}</translation>
    </message>
    <message>
        <source>Layar pemohon</source>
        <translation>Applicant display</translation>
    </message>
    <message>
        <source>Tampilkan atau tutup layar untuk pemohon (Ctrl+Shift+L)</source>
        <translation>Show or close the display for the applicant (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Tombol pintas dan arti istilah (F1)</source>
        <translation>Keyboard shortcuts and the meaning of terms (F1)</translation>
    </message>
    <message>
        <source>Tampilan dan suara</source>
        <translation>Display and speech</translation>
    </message>
    <message>
        <source>Ikuti sistem operasi</source>
        <translation>Follow the operating system</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Kontras tinggi: hitam di atas putih</source>
        <translation>High contrast: black on white</translation>
    </message>
    <message>
        <source>Kontras tinggi: putih di atas hitam</source>
        <translation>High contrast: white on black</translation>
    </message>
    <message>
        <source> kata/menit</source>
        <translation> words/minute</translation>
    </message>
    <message>
        <source>Otomatis (suara Indonesia terbaik)</source>
        <translation>Automatic (the best Indonesian voice)</translation>
    </message>
    <message>
        <source>Memeriksa suara…</source>
        <translation>Checking the voice…</translation>
    </message>
    <message>
        <source>Bunyi dua nada, lalu nomornya diucapkan</source>
        <translation>Two tones, then the number is said</translation>
    </message>
    <message>
        <source>Tampilkan layar untuk pemohon</source>
        <translation>Show the display for the applicant</translation>
    </message>
    <message>
        <source>Otomatis: layar kedua bila ada, selain itu di samping formulir</source>
        <translation>Automatic: the second screen if there is one, otherwise beside the form</translation>
    </message>
    <message>
        <source>Jendela di layar kedua</source>
        <translation>A window on the second screen</translation>
    </message>
    <message>
        <source>Panel di samping formulir</source>
        <translation>A panel beside the form</translation>
    </message>
    <message>
        <source>Layar penuh, diputar ke pemohon (Esc kembali)</source>
        <translation>Full screen, turned to the applicant (Esc goes back)</translation>
    </message>
    <message>
        <source>Ukuran tulisan</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Ctrl+= memperbesar, Ctrl+- memperkecil</source>
        <translation>Ctrl+= larger, Ctrl+- smaller</translation>
    </message>
    <message>
        <source>Warna</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Kontras tinggi untuk penglihatan kurang</source>
        <translation>High contrast for low vision</translation>
    </message>
    <message>
        <source>Kecepatan suara</source>
        <translation>Speaking speed</translation>
    </message>
    <message>
        <source>Kata per menit</source>
        <translation>Words per minute</translation>
    </message>
    <message>
        <source>Suara Bahasa Indonesia</source>
        <translation>Indonesian voice</translation>
    </message>
    <message>
        <source>Suara yang membacakan</source>
        <translation>The voice that reads aloud</translation>
    </message>
    <message>
        <source>Keadaan suara</source>
        <translation>Speech status</translation>
    </message>
    <message>
        <source>Bunyi sebelum panggilan</source>
        <translation>Chime before a call</translation>
    </message>
    <message>
        <source>Panggilan antrean di loket ini dan di layar aula</source>
        <translation>Queue calls at this desk and on the hall display</translation>
    </message>
    <message>
        <source>Layar yang menghadap pemohon</source>
        <translation>The screen facing the applicant</translation>
    </message>
    <message>
        <source>Letak layar pemohon</source>
        <translation>Where the applicant display goes</translation>
    </message>
    <message>
        <source>Dengan satu layar, panel di samping tidak menutupi isian</source>
        <translation>With one screen, a panel beside the form never covers what is typed</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ambil nomor antrean</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Silakan pilih layanan</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <source>Prioritas: lansia, disabilitas, ibu hamil, membawa anak kecil</source>
        <translation>Priority: elderly, disabled, pregnant, with small children</translation>
    </message>
    <message>
        <source>Ambil nomor untuk {service}</source>
        <translation>Take a number for {service}</translation>
    </message>
    <message>
        <source>Pilih layanan {group}: {services}</source>
        <translation>Choose a {group} service: {services}</translation>
    </message>
    <message>
        <source>{group}: silakan pilih layanan</source>
        <translation>{group}: please choose a service</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Kembali ke daftar kelompok layanan</source>
        <translation>Back to the service groups</translation>
    </message>
    <message>
        <source>Prioritas dipilih: sekarang pilih layanannya</source>
        <translation>Priority chosen: now choose the service</translation>
    </message>
    <message>
        <source>Maaf, nomor tidak bisa diambil sekarang: {error}. Silakan ke petugas.</source>
        <translation>Sorry, a number cannot be taken now: {error}. Please go to an officer.</translation>
    </message>
    <message>
        <source>Tidak ada orang di depan Anda.</source>
        <translation>Nobody is ahead of you.</translation>
    </message>
    <message>
        <source>{n} orang di depan Anda.</source>
        <translation>{n} people ahead of you.</translation>
    </message>
    <message>
        <source>Ambil karcis Anda.</source>
        <translation>Take your ticket.</translation>
    </message>
    <message>
        <source>Karcis tidak tercetak: ingat nomor ini.</source>
        <translation>The ticket did not print: remember this number.</translation>
    </message>
    <message>
        <source>Nomor antrean Anda: {number}</source>
        <translation>Your queue number: {number}</translation>
    </message>
    <message>
        <source>Nomor antrean Anda {number}. {ahead} Dengarkan panggilan nomor Anda.</source>
        <translation>Your queue number is {number}. {ahead} Listen for your number to be called.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk lagi ke server</source>
        <translation>Log in to the server again</translation>
    </message>
    <message>
        <source>Sesi ke server habis. Masukkan kata sandi server Anda.</source>
        <translation>Your server session has ended. Enter your server password.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum bisa masuk: {error}</source>
        <translation>Could not log in: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MPP Assist</source>
        <translation>MPP Assist</translation>
    </message>
    <message>
        <source>Pemohon baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <source>Hapus semua data pemohon ini dari layar dan mulai lagi (Ctrl+N)</source>
        <translation>Clear everything about this applicant from the screen and start again (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>{mpp} · Loket {desk} · Petugas {officer}</source>
        <translation>{mpp} · Desk {desk} · Officer {officer}</translation>
    </message>
    <message>
        <source>Loket {desk} · Petugas {officer}</source>
        <translation>Desk {desk} · Officer {officer}</translation>
    </message>
    <message>
        <source>Loket {desk}</source>
        <translation>Desk {desk}</translation>
    </message>
    <message>
        <source>Pembaca KTP-el/KK tidak terpasang di komputer ini. Ketik datanya dari kartu.</source>
        <translation>The KTP-el/KK reader is not installed on this computer. Type the details from the card.</translation>
    </message>
    <message>
        <source>Baca KTP-el / KK</source>
        <translation>Read KTP-el / KK</translation>
    </message>
    <message>
        <source>Data {name} dan {n} anggota keluarga sudah dibaca. Pilih layanannya.</source>
        <translation>The details of {name} and {n} family members have been read. Choose the service.</translation>
    </message>
    <message>
        <source>Data {name} sudah dibaca. Pilih layanannya.</source>
        <translation>The details of {name} have been read. Choose the service.</translation>
    </message>
    <message>
        <source>Draf tidak bisa dilanjutkan</source>
        <translation>The draft cannot be resumed</translation>
    </message>
    <message>
        <source>Layanan {service} tidak ada lagi di katalog.</source>
        <translation>The service {service} is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Isian pemohon ini belum dikirim. Hapus isiannya dan mulai pemohon baru?</source>
        <translation>This applicant&apos;s answers have not been sent. Delete them and start a new applicant?</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Masuk dengan nama petugas dan kata sandi atau PIN (minimal 6 karakter). Data pemohon di komputer ini hanya bisa dibuka dengan kata sandi petugas.</source>
        <translation>Sign in with the officer name and a password or PIN (at least 6 characters). Applicant data on this computer can only be opened with an officer&apos;s password.</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Huruf kecil, angka, titik atau tanda hubung</source>
        <translation>Lower-case letters, digits, dots or hyphens</translation>
    </message>
    <message>
        <source>Kata sandi/PIN</source>
        <translation>Password/PIN</translation>
    </message>
    <message>
        <source>Ulangi kata sandi/PIN</source>
        <translation>Repeat password/PIN</translation>
    </message>
    <message>
        <source>Hanya untuk petugas baru</source>
        <translation>Only for a new officer</translation>
    </message>
    <message>
        <source>Kata sandi/PIN dan ulangannya tidak sama.</source>
        <translation>The password/PIN and its repeat differ.</translation>
    </message>
    <message>
        <source>Tekan Lanjut lagi untuk melanjutkan tanpa server.</source>
        <translation>Press Next again to go on without the server.</translation>
    </message>
    <message>
        <source>Belum masuk ke server: {error} Bisa masuk nanti lewat Pengaturan.</source>
        <translation>Not signed in to the server yet: {error} You can sign in later.</translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message>
        <source>Formulir kertas</source>
        <translation>Paper forms</translation>
    </message>
    <message>
        <source>Permohonan nomor {number}. Pilih formulir, kertas dan ukuran huruf; formulir terisi jawaban permohonan ini.</source>
        <translation>Application number {number}. Choose the form, paper and text size; the form is filled in with this application&apos;s answers.</translation>
    </message>
    <message>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>pengganti: {items}</source>
        <translation>in place of: {items}</translation>
    </message>
    <message>
        <source>bila tidak ada: {items}</source>
        <translation>if missing: {items}</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Huruf besar</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Formulir dengan huruf besar, untuk penglihatan kurang</source>
        <translation>The form in large print, for poor eyesight</translation>
    </message>
    <message>
        <source>Cetak formulir</source>
        <translation>Print form</translation>
    </message>
    <message>
        <source>Buka jendela cetak (Ctrl+P)</source>
        <translation>Open the print dialog (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan formulir sebagai berkas PDF</source>
        <translation>Save the form as a PDF file</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pencetak utama</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <source>Pencetak (CUPS)</source>
        <translation>Printer (CUPS)</translation>
    </message>
    <message>
        <source>Cetak ke pencetak</source>
        <translation>Print to printer</translation>
    </message>
    <message>
        <source>Kirim formulir langsung ke pencetak yang dipilih</source>
        <translation>Send the form straight to the chosen printer</translation>
    </message>
    <message>
        <source>Menyiapkan formulir…</source>
        <translation>Preparing the form…</translation>
    </message>
    <message>
        <source>Formulir siap dicetak.</source>
        <translation>The form is ready to print.</translation>
    </message>
    <message>
        <source>Pratinjau formulir</source>
        <translation>Form preview</translation>
    </message>
    <message>
        <source>Simpan formulir</source>
        <translation>Save form</translation>
    </message>
    <message>
        <source>Formulir tidak bisa dibuat: {error}</source>
        <translation>The form could not be made: {error}</translation>
    </message>
    <message>
        <source>Formulir {code} permohonan {number}</source>
        <translation>Form {code} of application {number}</translation>
    </message>
    <message>
        <source>Formulir {code} dikirim ke pencetak.</source>
        <translation>Form {code} sent to the printer.</translation>
    </message>
    <message>
        <source>Mengirim formulir {code} ke pencetak…</source>
        <translation>Sending form {code} to the printer…</translation>
    </message>
    <message>
        <source>Formulir tidak tercetak: {error}</source>
        <translation>The form was not printed: {error}</translation>
    </message>
    <message>
        <source>Formulir {code} dikirim ke {printer} (tugas {job}).</source>
        <translation>Form {code} sent to {printer} (job {job}).</translation>
    </message>
    <message>
        <source>pencetak utama</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Formulir {code} disimpan: {path}</source>
        <translation>Form {code} saved: {path}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Perbaiki di halaman Permohonan, lalu kirim lagi</source>
        <translation>Correct it on the Applications page, then send it again</translation>
    </message>
    <message>
        <source>Tidak perlu tindakan: terkirim sendiri saat server bisa dihubungi</source>
        <translation>Nothing to do: it is sent by itself when the server can be reached</translation>
    </message>
    <message>
        <source>Serahkan dokumennya kepada pemohon</source>
        <translation>Hand the document to the applicant</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Jelaskan alasannya; ajukan permohonan baru bila perlu</source>
        <translation>Explain the reason; make a new application if needed</translation>
    </message>
    <message>
        <source>Tunggu proses di kantor layanan</source>
        <translation>Wait for the service office to process it</translation>
    </message>
    <message>
        <source>Data pemohon {name}: {n} permohonan.</source>
        <translation>Applicant {name}: {n} applications.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Kembali ke hasil pencarian</source>
        <translation>Back to the search results</translation>
    </message>
    <message>
        <source>Kembali ke hasil pencarian (Escape)</source>
        <translation>Back to the search results (Escape)</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Layanan baru untuk pemohon ini</source>
        <translation>New service for this applicant</translation>
    </message>
    <message>
        <source>Pilih layanan; data yang sudah diketahui diisi otomatis dan tetap bisa diubah</source>
        <translation>Choose a service; what is already known is filled in and can still be changed</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cetak ulang tanda terima permohonan yang dipilih</source>
        <translation>Reprint the receipt of the selected application</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Buka jawaban permohonan yang dipilih, yang ditolak server, untuk diperbaiki</source>
        <translation>Open the answers of the selected application the server refused, to correct them</translation>
    </message>
    <message>
        <source>Permohonan di loket ini</source>
        <translation>Applications at this desk</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Nomor resmi</source>
        <translation>Official number</translation>
    </message>
    <message>
        <source>Status layanan</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Yang perlu dilakukan</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Permohonan pemohon ini</source>
        <translation>This applicant&apos;s applications</translation>
    </message>
    <message>
        <source>Keluarga (dari KK)</source>
        <translation>Family (from the family card)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Pemohon tanpa nama</source>
        <translation>Applicant without a name</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>Kunjungan terakhir {time}</source>
        <translation>Last visit {time}</translation>
    </message>
    <message>
        <source>Dari permohonan {service} {receipt} ({time}).</source>
        <translation>From the {service} application {receipt} ({time}).</translation>
    </message>
    <message>
        <source>Belum ada data keluarga: belum ada permohonan dengan KK di loket ini.</source>
        <translation>No family known yet: no application with a family card at this desk.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Daftar permohonan dan pengirimannya ke server (Ctrl+Shift+P)</source>
        <translation>The applications and their sending to the server (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pilih layanan untuk permohonan baru</source>
        <translation>Choose a service for a new application</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tampilan, suara, server dan pencetak (Ctrl+,)</source>
        <translation>Display, speech, server and printer (Ctrl+,)</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Tombol pintas dan arti istilah (F1)</source>
        <translation>Shortcuts and what the terms mean (F1)</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan harian, survei kepuasan (SKM) dan waktu layanan</source>
        <translation>Daily report, satisfaction survey (SKM) and service times</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Cari pemohon yang pernah datang: NIK, KK, nomor tanda terima, telepon atau nama</source>
        <translation>Find an applicant who came before: NIK, family card, receipt number, phone or name</translation>
    </message>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Panggil nomor antrean berikutnya dan layani pemohonnya (F6 memanggil)</source>
        <translation>Call the next queue number and serve them (F6 calls)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Pencetak dan tanda terima</source>
        <translation>Printer and receipts</translation>
    </message>
    <message>
        <source>Pilih kertas tanda terima dan pencetaknya, lalu cetak percobaan.</source>
        <translation>Choose the receipt paper and its printer, then print a test.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Kertas struk 80 mm</source>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <source>Kertas struk 58 mm</source>
        <translation>58 mm receipt roll</translation>
    </message>
    <message>
        <source>Pencetak sistem (driver terpasang)</source>
        <translation>System printer (driver installed)</translation>
    </message>
    <message>
        <source>Pencetak termal jaringan (ESC/POS)</source>
        <translation>Network thermal printer (ESC/POS)</translation>
    </message>
    <message>
        <source>Pencetak utama sistem</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Jenis pencetak</source>
        <translation>Printer type</translation>
    </message>
    <message>
        <source>Pencetak</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Antrean cetak sistem operasi</source>
        <translation>The operating system&apos;s print queue</translation>
    </message>
    <message>
        <source>Alamat pencetak termal</source>
        <translation>Thermal printer address</translation>
    </message>
    <message>
        <source>Nama host atau alamat IP</source>
        <translation>Host name or IP address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Biasanya 9100</source>
        <translation>Usually 9100</translation>
    </message>
    <message>
        <source>Cetak percobaan</source>
        <translation>Print a test</translation>
    </message>
    <message>
        <source>Isi alamat pencetak termal.</source>
        <translation>Enter the thermal printer&apos;s address.</translation>
    </message>
    <message>
        <source>Mengirim cetak percobaan…</source>
        <translation>Sending the test print…</translation>
    </message>
    <message>
        <source>Cetak percobaan gagal: {error}</source>
        <translation>Test print failed: {error}</translation>
    </message>
    <message>
        <source>Cetak percobaan terkirim ke {printer}. Periksa kertasnya.</source>
        <translation>Test print sent to {printer}. Check the paper.</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Tentang Anda (boleh dilewati)</source>
        <translation>About you (you may skip this)</translation>
    </message>
    <message>
        <source>Pilih bila Anda mau. Tidak ada nama atau NIK yang dicatat.</source>
        <translation>Choose if you wish. No name or NIK is recorded.</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Pertanyaan {number} dari {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
    <message>
        <source>Tekan {key}</source>
        <translation>Press {key}</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Permohonan tersimpan</source>
        <translation>Application stored</translation>
    </message>
    <message>
        <source>Cetak ulang tanda terima</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Nomor tanda terima: {number}</source>
        <translation>Receipt number: {number}</translation>
    </message>
    <message>
        <source>Permohonan sudah disimpan di komputer ini dan menunggu dikirim. Permohonan terkirim sendiri begitu ada sambungan ke server.</source>
        <translation>The application is saved on this computer and waiting to be sent. It is sent by itself as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>Permohonan sudah disimpan di komputer ini. Loket ini bekerja tanpa server.</source>
        <translation>The application is saved on this computer. This desk works without a server.</translation>
    </message>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Buka jendela cetak (Ctrl+P)</source>
        <translation>Open the print window (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan tanda terima sebagai berkas PDF</source>
        <translation>Save the receipt as a PDF file</translation>
    </message>
    <message>
        <source>Formulir kertas</source>
        <translation>Paper forms</translation>
    </message>
    <message>
        <source>Cetak formulir resmi permohonan ini, terisi jawabannya (A4 atau F4)</source>
        <translation>Print this application&apos;s official forms, filled in with its answers (A4 or F4)</translation>
    </message>
    <message>
        <source>Pemohon baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <source>Hapus semua data pemohon ini dari layar dan mulai lagi</source>
        <translation>Clear everything about this applicant from the screen and start again</translation>
    </message>
    <message>
        <source>Layanan lain untuk pemohon ini</source>
        <translation>Another service for this applicant</translation>
    </message>
    <message>
        <source>Pilih layanan berikutnya; data pemohon ini diisi otomatis, tidak ditanya lagi</source>
        <translation>Choose the next service; this applicant&apos;s details are filled in, not asked again</translation>
    </message>
    <message>
        <source>Minta penilaian (SKM)</source>
        <translation>Ask for a rating (SKM)</translation>
    </message>
    <message>
        <source>Survei kepuasan di layar pemohon; pemohon boleh melewatinya</source>
        <translation>Satisfaction survey on the applicant display; the applicant may skip it</translation>
    </message>
    <message>
        <source>Huruf besar</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Tanda terima dengan huruf besar, untuk penglihatan kurang</source>
        <translation>A receipt in large print, for poor eyesight</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Bahasa Inggris</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Dua bahasa</source>
        <translation>Both languages</translation>
    </message>
    <message>
        <source>Bahasa tanda terima</source>
        <translation>Receipt language</translation>
    </message>
    <message>
        <source>Tanda terima belum bisa dibuat di versi ini.</source>
        <translation>This version cannot make receipts yet.</translation>
    </message>
    <message>
        <source>Tanda terima tidak bisa dibuat: {error}. Permohonan tetap tersimpan.</source>
        <translation>The receipt could not be made: {error}. The application is still stored.</translation>
    </message>
    <message>
        <source>Tanda terima nomor {number}</source>
        <translation>Receipt number {number}</translation>
    </message>
    <message>
        <source>Tanda terima dikirim ke pencetak.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Tanda terima disimpan: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Menyiapkan tanda terima…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <source>Pratinjau tanda terima</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <source>Pratinjau tidak bisa ditampilkan: {error}</source>
        <translation>The preview cannot be shown: {error}</translation>
    </message>
    <message>
        <source>Halaman {n} dari {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>PDF tidak bisa disimpan ke {path}: {error}</source>
        <translation>The PDF could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>Tanda terima siap dicetak.</source>
        <translation>The receipt is ready to print.</translation>
    </message>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>{name}: cari nama wilayah</source>
        <translation>{name}: search for a region by name</translation>
    </message>
    <message>
        <source>Ketik paling sedikit 2 huruf, lalu pilih dari daftar dengan panah dan Enter</source>
        <translation>Type at least 2 letters, then choose from the list with the arrow keys and Enter</translation>
    </message>
    <message>
        <source>Ketik nama desa/kelurahan, misalnya Cibadak</source>
        <translation>Type a village name, for example Cibadak</translation>
    </message>
    <message>
        <source>Ketik namanya</source>
        <translation>Type its name</translation>
    </message>
    <message>
        <source>Hasil pencarian wilayah</source>
        <translation>Region search results</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Kecamatan/distrik</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>{count} wilayah ditemukan</source>
        <translation>{count} regions found</translation>
    </message>
    <message>
        <source>Tidak ada wilayah dengan nama itu</source>
        <translation>No region has that name</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Terpilih: {path}</source>
        <translation>Chosen: {path}</translation>
    </message>
    <message>
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Tambah {item}</source>
        <translation>Add {item}</translation>
    </message>
    <message>
        <source>Hapus {item}</source>
        <translation>Remove {item}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan harian loket</source>
        <translation>The desk&apos;s daily report</translation>
    </message>
    <message>
        <source>Permohonan hari ini dan waktu layanannya. Untuk penyelia.</source>
        <translation>Today&apos;s applications and their service times. For supervisors.</translation>
    </message>
    <message>
        <source>Simpan laporan harian (PDF)</source>
        <translation>Save the daily report (PDF)</translation>
    </message>
    <message>
        <source>Survei kepuasan masyarakat (SKM)</source>
        <translation>Public satisfaction survey (SKM)</translation>
    </message>
    <message>
        <source>Nilai indeks kepuasan dari jawaban pemohon di loket ini, dihitung sesuai peraturan.</source>
        <translation>The satisfaction index from the answers of applicants at this desk, calculated as the regulation prescribes.</translation>
    </message>
    <message>
        <source>Waktu layanan dan janji layanan</source>
        <translation>Service times and promised times</translation>
    </message>
    <message>
        <source>Waktu tunggu dan waktu layanan tiap layanan, yang tidak hadir, dan permohonan yang selesai dalam jangka waktu yang dijanjikan. Dari server MPP.</source>
        <translation>Waiting and service time for each service, no-shows, and applications finished within their promised time. From the MPP&apos;s server.</translation>
    </message>
    <message>
        <source>Simpan laporan waktu layanan (PDF)</source>
        <translation>Save service-times report (PDF)</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Laporan ini dibuat dari server MPP. Atur alamat server dan masuk dulu di Pengaturan.</source>
        <translation>This report comes from the MPP&apos;s server. Set the server address and sign in first, in Settings.</translation>
    </message>
    <message>
        <source>Mengambil laporan waktu layanan dari server …</source>
        <translation>Fetching the service-times report from the server…</translation>
    </message>
    <message>
        <source>Laporan waktu layanan belum bisa dibuat: {error}</source>
        <translation>The service-times report could not be made yet: {error}</translation>
    </message>
    <message>
        <source>Laporan waktu layanan disimpan ke {path}</source>
        <translation>Service-times report saved to {path}</translation>
    </message>
    <message>
        <source>Simpan laporan survei (PDF)</source>
        <translation>Save the survey report (PDF)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tanggal awal harus sebelum tanggal akhir.</source>
        <translation>The start date must be before the end date.</translation>
    </message>
    <message>
        <source>Laporan tidak bisa disimpan ke {path}: {error}</source>
        <translation>The report could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>Laporan survei disimpan ke {path}</source>
        <translation>Survey report saved to {path}</translation>
    </message>
</context>
<context>
    <name>Requirement</name>
    <message>
        <source>Diganti SPTJM {form} (surat pernyataan)</source>
        <translation>Replaced by a sworn statement (SPTJM {form})</translation>
    </message>
    <message>
        <source>Asli sudah dilihat</source>
        <translation>Original seen</translation>
    </message>
    <message>
        <source>Salinan diterima</source>
        <translation>Copy received</translation>
    </message>
    <message>
        <source>Diganti SPTJM (surat pernyataan)</source>
        <translation>Replaced by a sworn statement (SPTJM)</translation>
    </message>
    <message>
        <source>Belum dibawa (menyusul)</source>
        <translation>Not brought yet (to follow)</translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>Dokumen persyaratan</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Tandai setiap dokumen yang dibawa pemohon. Boleh dilewati dan diisi nanti.</source>
        <translation>Mark each document the applicant brought. You may skip this and do it later.</translation>
    </message>
    <message>
        <source>Hanya untuk sebagian permohonan</source>
        <translation>Only for some applications</translation>
    </message>
    <message>
        <source>Diperlukan tergantung jawaban di formulir. Halaman periksa jawaban menunjukkan mana yang berlaku.</source>
        <translation>Needed depending on the answers in the form. The check answers page shows which apply.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Pemohon</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Cari pemohon yang pernah datang ke loket ini: NIK, nomor KK, nomor tanda terima atau nomor resmi, telepon, atau nama.</source>
        <translation>Find an applicant who came to this desk before: NIK, family card number, receipt or official number, phone, or name.</translation>
    </message>
    <message>
        <source>NIK, nomor KK, nomor tanda terima, telepon, atau nama</source>
        <translation>NIK, family card number, receipt number, phone, or name</translation>
    </message>
    <message>
        <source>Cari pemohon</source>
        <translation>Find an applicant</translation>
    </message>
    <message>
        <source>Pemohon yang cocok</source>
        <translation>Matching applicants</translation>
    </message>
    <message>
        <source>Buka data pemohon</source>
        <translation>Open applicant</translation>
    </message>
    <message>
        <source>Permohonan dan keluarga pemohon ini (Enter)</source>
        <translation>This applicant&apos;s applications and family (Enter)</translation>
    </message>
    <message>
        <source>Tampilkan lagi</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Tampilkan pemohon berikutnya yang cocok</source>
        <translation>Show the next matching applicants</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kunjungan terakhir</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Ketik untuk mencari. Nama boleh dengan ejaan lain (Muhamad, Mohammad).</source>
        <translation>Type to search. A name may be spelt another way (Muhamad, Mohammad).</translation>
    </message>
    <message>
        <source>Tidak ada pemohon yang cocok dengan “{text}”.</source>
        <translation>No applicant matches “{text}”.</translation>
    </message>
    <message>
        <source>{shown} dari {total} pemohon yang cocok dengan “{text}”.</source>
        <translation>{shown} of {total} applicants matching “{text}”.</translation>
    </message>
    <message>
        <source>{total} pemohon cocok dengan “{text}”.</source>
        <translation>{total} applicants match “{text}”.</translation>
    </message>
</context>
<context>
    <name>ScrollingBody</name>
    <message>
        <source>Isi halaman</source>
        <translation>Page content</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>{service} — bagian {n} dari {total}</source>
        <translation>{service} — part {n} of {total}</translation>
    </message>
    <message>
        <source>(tidak wajib)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Dari dokumen: dibaca dari KTP-el/KK pemohon. Periksa bersama pemohon; ubah bila salah.</source>
        <translation>From the document: read from the applicant&apos;s KTP-el/KK. Check it with the applicant; change it if it is wrong.</translation>
    </message>
    <message>
        <source>Diisi otomatis dari permohonan sebelumnya. Periksa bersama pemohon; ubah bila salah.</source>
        <translation>Filled in from an earlier application. Check it with the applicant; change it if wrong.</translation>
    </message>
    <message>
        <source>Diisi otomatis dari jawaban lain. Ubah bila salah.</source>
        <translation>Filled in from another answer. Change it if wrong.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sambungan ke server</source>
        <translation>Connection to the server</translation>
    </message>
    <message>
        <source>Permohonan dikirim ke server MPP bila ada jaringan. Laptop jemput bola yang bekerja tanpa jaringan bisa memilih &quot;Hanya luring&quot; dan mengirim data nanti.</source>
        <translation>Applications are sent to the MPP server when there is a network. Outreach laptops working without a network can choose &quot;Offline only&quot; and send data later.</translation>
    </message>
    <message>
        <source>Tersambung ke server MPP</source>
        <translation>Connected to the MPP server</translation>
    </message>
    <message>
        <source>Hanya luring (tanpa server), untuk layanan jemput bola</source>
        <translation>Offline only (no server), for outreach</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Diberikan oleh admin MPP, diawali https://</source>
        <translation>Given by the MPP admin, starting with https://</translation>
    </message>
    <message>
        <source>Alamat lacak untuk pemohon</source>
        <translation>Tracking address for applicants</translation>
    </message>
    <message>
        <source>Dibuka pemohon dari kode QR tanda terima. Periksa sambungan mengisinya dari server; kosong: alamat server.</source>
        <translation>Opened by applicants from the receipt&apos;s QR code. Check connection fills it in from the server; empty: the server&apos;s address.</translation>
    </message>
    <message>
        <source>Periksa sambungan</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <source>Isi alamat server, atau pilih &quot;Hanya luring&quot;.</source>
        <translation>Enter the server address, or choose &quot;Offline only&quot;.</translation>
    </message>
    <message>
        <source>Alamat server harus diawali https://, misalnya https://mpp.contoh.go.id</source>
        <translation>The server address must start with https://, for example https://mpp.contoh.go.id</translation>
    </message>
    <message>
        <source>Memeriksa sambungan…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>Server menjawab (versi {version}).</source>
        <translation>The server answered (version {version}).</translation>
    </message>
    <message>
        <source>Alamat lacak harus diawali https://, misalnya https://lacak.contoh.go.id</source>
        <translation>The tracking address must start with https://, for example https://lacak.contoh.go.id</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>Hari itu juga</source>
        <translation>The same day</translation>
    </message>
    <message>
        <source>{n} dokumen</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>Tanpa dokumen</source>
        <translation>No documents</translation>
    </message>
</context>
<context>
    <name>ServiceChooser</name>
    <message>
        <source>Pilih layanan</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Layanan apa yang diajukan pemohon ini?</source>
        <translation>Which service is this applicant applying for?</translation>
    </message>
    <message>
        <source>Ketik untuk menyaring layanan</source>
        <translation>Type to narrow the services</translation>
    </message>
    <message>
        <source>Saring layanan</source>
        <translation>Narrow the services</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Pilih layanan</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Layanan apa yang dibutuhkan pemohon?</source>
        <translation>Which service does the applicant need?</translation>
    </message>
    <message>
        <source>Lanjutkan draf</source>
        <translation>Resume draft</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Baca KTP-el / KK dari foto</source>
        <translation>Read a KTP-el / KK from a photo</translation>
    </message>
    <message>
        <source>Data pemohon dibaca dari foto kartunya, lalu diperiksa satu per satu (Ctrl+D)</source>
        <translation>The applicant&apos;s details are read from a photo of their card, then checked one by one (Ctrl+D)</translation>
    </message>
    <message>
        <source>Cari layanan</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Ketik nama layanan untuk menyaring daftar</source>
        <translation>Type a service name to filter the list</translation>
    </message>
    <message>
        <source>Daftar layanan</source>
        <translation>List of services</translation>
    </message>
    <message>
        <source>Tekan Enter untuk memilih layanan</source>
        <translation>Press Enter to choose a service</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Ada permohonan {service} yang belum selesai (terakhir disimpan {time}).</source>
        <translation>There is an unfinished {service} application (last saved {time}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa di layar petugas</source>
        <translation>Language on the officer&apos;s screen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Kertas struk 80 mm</source>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <source>Kertas struk 58 mm</source>
        <translation>58 mm receipt roll</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Nama MPP</source>
        <translation>MPP name</translation>
    </message>
    <message>
        <source>Dicetak di tanda terima</source>
        <translation>Printed on receipts</translation>
    </message>
    <message>
        <source>Kode loket</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <source>Dicetak di tanda terima dan nomornya</source>
        <translation>Printed on receipts and in their numbers</translation>
    </message>
    <message>
        <source>Kertas tanda terima</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Bahasa Inggris</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Dua bahasa</source>
        <translation>Both languages</translation>
    </message>
    <message>
        <source>Bahasa tanda terima</source>
        <translation>Receipt language</translation>
    </message>
    <message>
        <source>Bisa diubah untuk satu tanda terima di halamannya</source>
        <translation>Can be changed for one receipt on its page</translation>
    </message>
    <message>
        <source>Huruf besar</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Huruf besar untuk penglihatan kurang</source>
        <translation>Large print for poor eyesight</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>MPP Assist: masuk</source>
        <translation>MPP Assist: sign in</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Masukkan nama petugas dan kata sandi atau PIN.</source>
        <translation>Enter the officer name and password or PIN.</translation>
    </message>
</context>
<context>
    <name>SpeechPage</name>
    <message>
        <source>Pemeriksaan suara</source>
        <translation>Speech check</translation>
    </message>
    <message>
        <source>Aplikasi bisa membacakan isian untuk pemohon. Tekan &quot;Putar contoh suara&quot; lalu jawab apakah suaranya terdengar.</source>
        <translation>The app can read answers aloud for the applicant. Press &quot;Play a sample&quot; and say whether you heard it.</translation>
    </message>
    <message>
        <source>Putar contoh suara</source>
        <translation>Play a sample</translation>
    </message>
    <message>
        <source>Ya, suaranya terdengar jelas</source>
        <translation>Yes, I heard it clearly</translation>
    </message>
    <message>
        <source>Tidak terdengar</source>
        <translation>I heard nothing</translation>
    </message>
    <message>
        <source>Periksa pengeras suara dan volumenya, lalu putar lagi. Bila masih tidak terdengar, minta admin memasang suara Bahasa Indonesia (Linux: paket espeak-ng; Windows: Pengaturan &gt; Waktu &amp; bahasa &gt; Ucapan &gt; Tambah suara). Aplikasi tetap bisa dipakai tanpa suara.</source>
        <translation>Check the speakers and the volume, then play it again. If you still hear nothing, ask the admin to install an Indonesian voice (Linux: the espeak-ng package; Windows: Settings &gt; Time &amp; language &gt; Speech &gt; Add voices). The app works without speech too.</translation>
    </message>
    <message>
        <source>Membacakan contoh…</source>
        <translation>Reading the sample…</translation>
    </message>
    <message>
        <source>Contoh selesai dibacakan. Apakah terdengar?</source>
        <translation>The sample has been read. Did you hear it?</translation>
    </message>
    <message>
        <source>Suara tidak bisa diputar.</source>
        <translation>Speech could not be played.</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>dipilih</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>tidak dipilih</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>Pilihan: {choices}</source>
        <translation>Choices: {choices}</translation>
    </message>
    <message>
        <source>Isian: {value}</source>
        <translation>Entered: {value}</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Bacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Bacakan pertanyaan ini (F8)</source>
        <translation>Read this question aloud (F8)</translation>
    </message>
    <message>
        <source>Bacakan halaman</source>
        <translation>Read the page</translation>
    </message>
    <message>
        <source>Bacakan seluruh halaman (Shift+F8)</source>
        <translation>Read the whole page aloud (Shift+F8)</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Ulangi bacaan terakhir (F9)</source>
        <translation>Repeat the last reading (F9)</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Hentikan suara (F10)</source>
        <translation>Stop speaking (F10)</translation>
    </message>
    <message>
        <source>Tidak ada suara</source>
        <translation>No sound</translation>
    </message>
    <message>
        <source>Belum ada yang dibacakan.</source>
        <translation>Nothing has been read aloud yet.</translation>
    </message>
    <message>
        <source>Belum ada bacaan</source>
        <translation>Nothing read yet</translation>
    </message>
    <message>
        <source>Tidak ada teks untuk dibacakan.</source>
        <translation>There is no text to read aloud.</translation>
    </message>
    <message>
        <source>Tidak ada teks</source>
        <translation>No text</translation>
    </message>
    <message>
        <source>Menyiapkan suara…</source>
        <translation>Preparing speech…</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Membacakan…</source>
        <translation>Reading aloud…</translation>
    </message>
    <message>
        <source>Suara gagal</source>
        <translation>Speech failed</translation>
    </message>
    <message>
        <source>Bacakan pertanyaan</source>
        <translation>Read the question aloud</translation>
    </message>
    <message>
        <source>Ulangi bacaan</source>
        <translation>Repeat the reading</translation>
    </message>
    <message>
        <source>Hentikan suara</source>
        <translation>Stop speaking</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Langkah {n} dari {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <source>Pemohon: {summary}</source>
        <translation>Applicant: {summary}</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Survei kepuasan masyarakat</source>
        <translation>Public satisfaction survey</translation>
    </message>
    <message>
        <source>Petugas membacakan pertanyaan dan mengisi jawaban (wawancara)</source>
        <translation>The officer reads the questions and enters the answers (interview)</translation>
    </message>
    <message>
        <source>Mulai survei</source>
        <translation>Start the survey</translation>
    </message>
    <message>
        <source>Lewati survei</source>
        <translation>Skip the survey</translation>
    </message>
    <message>
        <source>Saran untuk pelayanan ini (boleh kosong)</source>
        <translation>Suggestions for this service (optional)</translation>
    </message>
    <message>
        <source>Simpan jawaban</source>
        <translation>Save the answers</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lewati pertanyaan ini</source>
        <translation>Skip this question</translation>
    </message>
    <message>
        <source>Bacakan lagi</source>
        <translation>Read again</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Huruf lebih besar</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Perbesar tulisan (Ctrl+=)</source>
        <translation>Make text larger (Ctrl+=)</translation>
    </message>
    <message>
        <source>Huruf lebih kecil</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Perkecil tulisan (Ctrl+-)</source>
        <translation>Make text smaller (Ctrl+-)</translation>
    </message>
    <message>
        <source>Huruf normal</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Tulisan ukuran normal, 100 % (Ctrl+0)</source>
        <translation>Normal text size, 100 % (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Alihkan nomor {number}</source>
        <translation>Transfer number {number}</translation>
    </message>
    <message>
        <source>Nomornya tetap, begitu juga tempatnya di antrean.</source>
        <translation>It keeps its number and its place in line.</translation>
    </message>
    <message>
        <source>misalnya LOKET-03</source>
        <translation>for example LOKET-03</translation>
    </message>
    <message>
        <source>Ke loket (boleh kosong)</source>
        <translation>To desk (may be left empty)</translation>
    </message>
    <message>
        <source>Hanya loket ini yang bisa memanggilnya</source>
        <translation>Only this desk can call it</translation>
    </message>
    <message>
        <source>Layanan yang sama</source>
        <translation>The same service</translation>
    </message>
    <message>
        <source>Ke layanan</source>
        <translation>To service</translation>
    </message>
    <message>
        <source>Alihkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih loket atau layanan tujuan.</source>
        <translation>Choose a desk or a service to transfer it to.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Aplikasi terkunci</source>
        <translation>The app is locked</translation>
    </message>
    <message>
        <source>Data pemohon disembunyikan. Masukkan kata sandi atau PIN untuk membuka.</source>
        <translation>Applicant data is hidden. Enter your password or PIN to unlock.</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Kata sandi atau PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Kata sandi/PIN</source>
        <translation>Password/PIN</translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sembunyikan pemberitahuan versi baru</source>
        <translation>Hide the new-version notice</translation>
    </message>
</context>
</TS>
