<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Audit</name>
    <message>
        <source>(rincian tidak bisa dibuka)</source>
        <translation>(details cannot be opened)</translation>
    </message>
    <message>
        <source>Catatan nomor {seq} sampai {last} hilang (dihapus).</source>
        <translation>Entries {seq} to {last} are missing (removed).</translation>
    </message>
    <message>
        <source>Catatan nomor {seq} tidak tersambung ke catatan sebelumnya.</source>
        <translation>Entry {seq} does not link to the entry before it.</translation>
    </message>
    <message>
        <source>Catatan nomor {seq} telah diubah.</source>
        <translation>Entry {seq} has been changed.</translation>
    </message>
    <message>
        <source>Catatan terakhir (nomor {seq} sampai {last}) hilang (dihapus).</source>
        <translation>The last entries ({seq} to {last}) are missing (removed).</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>pemohon sendiri</source>
        <translation>the applicant</translation>
    </message>
    <message>
        <source>orang tua (pemohon anak, Pasal 25)</source>
        <translation>a parent (child applicant, Article 25)</translation>
    </message>
    <message>
        <source>wali (penyandang disabilitas, Pasal 26)</source>
        <translation>a guardian (person with a disability, Article 26)</translation>
    </message>
    <message>
        <source>tanda tangan pada tanda terima</source>
        <translation>signature on the receipt</translation>
    </message>
    <message>
        <source>cap jempol</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>lisan setelah pemberitahuan dibacakan, disaksikan petugas</source>
        <translation>spoken after the notice was read aloud, witnessed by the officer</translation>
    </message>
    <message>
        <source>Versi pemberitahuan privasi tidak dikenal: {v}</source>
        <translation>Unknown privacy notice version: {v}</translation>
    </message>
    <message>
        <source>pemohon membaca sendiri</source>
        <translation>the applicant reads for themselves</translation>
    </message>
    <message>
        <source>dibacakan kepada pemohon</source>
        <translation>read to the applicant</translation>
    </message>
    <message>
        <source>Pemberi persetujuan tidak dikenal: {v}</source>
        <translation>Unknown giver of consent: {v}</translation>
    </message>
    <message>
        <source>Cara persetujuan tidak dikenal: {v}</source>
        <translation>Unknown way of giving consent: {v}</translation>
    </message>
    <message>
        <source>Tulis nama orang yang memberi persetujuan.</source>
        <translation>Enter the name of the person giving consent.</translation>
    </message>
    <message>
        <source>Tulis juga nama pemohon yang diwakili.</source>
        <translation>Also enter the name of the applicant they act for.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Brankas kunci sistem (keyring) tidak tersedia, jadi basis data terenkripsi tidak bisa dibuka. {detail}</source>
        <translation>The system keyring is not available, so the encrypted database cannot be opened. {detail}</translation>
    </message>
    <message>
        <source>Aplikasi terkunci. Masuk dengan nama petugas dan kata sandi/PIN (untuk baris perintah: MPP_ASSIST_OFFICER dan MPP_ASSIST_PASSWORD).</source>
        <translation>The app is locked. Sign in with an officer name and password/PIN (on the command line: MPP_ASSIST_OFFICER and MPP_ASSIST_PASSWORD).</translation>
    </message>
    <message>
        <source>Petugas {name} tidak terdaftar di komputer ini.</source>
        <translation>Officer {name} is not registered on this computer.</translation>
    </message>
    <message>
        <source>Nama petugas atau kata sandi/PIN salah. Sisa percobaan: {n}.</source>
        <translation>Wrong officer name or password/PIN. Attempts left: {n}.</translation>
    </message>
    <message>
        <source>Akun {name} dikunci karena terlalu banyak percobaan salah. Coba lagi setelah {time}.</source>
        <translation>The account {name} is locked after too many wrong attempts. Try again after {time}.</translation>
    </message>
    <message>
        <source>Tindakan ini hanya untuk petugas dengan peran {role}.</source>
        <translation>Only officers with the role {role} may do this.</translation>
    </message>
    <message>
        <source>Kunci di brankas kunci tidak cocok dengan basis data ini. Berkas tidak diubah; hubungi admin untuk pemulihan.</source>
        <translation>The key in the keyring does not match this database. The file was not changed; contact an admin for recovery.</translation>
    </message>
    <message>
        <source>Daftar petugas {path} rusak ({error}). Berkas tidak diubah.</source>
        <translation>The officer list {path} is damaged ({error}). The file was not changed.</translation>
    </message>
    <message>
        <source>Kunci petugas {name} tidak ada di brankas kunci (keyring) pengguna komputer ini. Data tidak diubah; masuk sebagai pengguna komputer yang biasa, atau hubungi admin.</source>
        <translation>The key of officer {name} is not in this computer user&apos;s keyring. No data was changed; sign in to the computer as the usual user, or contact an admin.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>Petugas {name} sudah terdaftar.</source>
        <translation>Officer {name} is already registered.</translation>
    </message>
    <message>
        <source>Admin terakhir tidak bisa dihapus.</source>
        <translation>The last admin cannot be removed.</translation>
    </message>
    <message>
        <source>Nama petugas hanya boleh huruf kecil, angka, titik, garis bawah atau tanda hubung (paling banyak 32).</source>
        <translation>An officer name may contain only lower-case letters, digits, dots, underscores or hyphens (at most 32).</translation>
    </message>
    <message>
        <source>Kata sandi/PIN minimal {n} karakter.</source>
        <translation>The password/PIN needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Komputer ini sudah punya daftar petugas.</source>
        <translation>This computer already has a list of officers.</translation>
    </message>
    <message>
        <source>Lampiran {name} terlalu besar ({size} MB); paling besar {max} MB.</source>
        <translation>The attachment {name} is too large ({size} MB); at most {max} MB.</translation>
    </message>
    <message>
        <source>lampiran</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>Nomor permohonan tidak sah: {id}</source>
        <translation>Invalid application id: {id}</translation>
    </message>
    <message>
        <source>Lokasi berkas di luar folder lampiran ditolak: {path}</source>
        <translation>A file location outside the attachments folder was refused: {path}</translation>
    </message>
    <message>
        <source>NIK harus 16 angka: {nik}</source>
        <translation>A NIK must be 16 digits: {nik}</translation>
    </message>
    <message>
        <source>Berkas ekspor tidak boleh di dalam folder data aplikasi ({home}); pilih folder lain.</source>
        <translation>The export file may not be inside the app&apos;s data folder ({home}); choose another folder.</translation>
    </message>
    <message>
        <source>Perbaikan oleh petugas perlu persetujuan supervisor: minta supervisor memasukkan nama dan kata sandi/PIN-nya.</source>
        <translation>A correction by an officer needs a supervisor&apos;s approval: ask a supervisor to enter their name and password/PIN.</translation>
    </message>
</context>
</TS>
