<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Store</name>
    <message>
        <source>Basis data {path} tidak bisa dibuka: {error}</source>
        <translation>The database {path} cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Basis data {path} rusak ({problem}) sehingga tidak dibuka. Berkas dibiarkan apa adanya untuk pemulihan: jangan dihapus, hubungi admin.</source>
        <translation>The database {path} is damaged ({problem}), so it was not opened. The file is left exactly as it is for recovery: do not delete it; contact an admin.</translation>
    </message>
    <message>
        <source>bukan berkas SQLite</source>
        <translation>not an SQLite file</translation>
    </message>
    <message>
        <source>berkas terpotong</source>
        <translation>the file is truncated</translation>
    </message>
    <message>
        <source>Basis data {path} kosong atau hilang, padahal sudah dipakai sejak {since} (tanda: {marker}). Tidak dibuat baru agar data tidak tertimpa. Pulihkan dari cadangan; hanya jika memang ingin mulai dari kosong, hapus berkas tanda itu. Hubungi admin.</source>
        <translation>The database {path} is empty or missing, although it has been in use since {since} (marker: {marker}). A new one was not made, so that nothing is overwritten. Restore it from a backup; only if you really want to start from nothing, delete that marker file. Contact an admin.</translation>
    </message>
    <message>
        <source>Permohonan {receipt} ({id}) tidak bisa dibuka (datanya rusak) dan disisihkan sejak {when}. Data disimpan apa adanya; permohonan lain tetap berjalan. Hubungi admin untuk memulihkannya dari cadangan.</source>
        <translation>Application {receipt} ({id}) cannot be opened (its data is damaged) and has been set aside since {when}. Its data is kept exactly as it is; all other applications carry on. Contact an admin to restore it from a backup.</translation>
    </message>
</context>
</TS>
