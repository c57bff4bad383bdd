<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>jejak audit: periksa atau tampilkan</source>
        <translation>audit trail: verify or show</translation>
    </message>
    <message>
        <source>periksa rantai hash jejak audit</source>
        <translation>verify the audit trail&apos;s hash chain</translation>
    </message>
    <message>
        <source>tampilkan jejak audit</source>
        <translation>show the audit trail</translation>
    </message>
    <message>
        <source>hanya untuk satu permohonan</source>
        <translation>only for one application</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>hapus permohonan yang sudah dikonfirmasi dan lewat masa simpan</source>
        <translation>delete confirmed applications past their retention period</translation>
    </message>
    <message>
        <source>masa simpan dalam hari (bawaan: pengaturan, 30)</source>
        <translation>retention period in days (default: the setting, 30)</translation>
    </message>
    <message>
        <source>semua data tentang satu orang (NIK) ke sebuah berkas</source>
        <translation>everything about one person (NIK) to a file</translation>
    </message>
    <message>
        <source>berkas JSON tujuan</source>
        <translation>JSON file to write</translation>
    </message>
    <message>
        <source>akun petugas di komputer ini</source>
        <translation>officer accounts on this computer</translation>
    </message>
    <message>
        <source>daftar petugas</source>
        <translation>list officers</translation>
    </message>
    <message>
        <source>tambah petugas (khusus admin)</source>
        <translation>add an officer (admins only)</translation>
    </message>
    <message>
        <source>peran petugas</source>
        <translation>the officer&apos;s role</translation>
    </message>
    <message>
        <source>baca kata sandi/PIN dari masukan standar</source>
        <translation>read the password/PIN from standard input</translation>
    </message>
    <message>
        <source>ganti kata sandi/PIN petugas</source>
        <translation>change an officer&apos;s password/PIN</translation>
    </message>
    <message>
        <source>hapus petugas (khusus admin)</source>
        <translation>remove an officer (admins only)</translation>
    </message>
    <message>
        <source>Jejak audit utuh: {n} catatan diperiksa.</source>
        <translation>Audit trail intact: {n} entries checked.</translation>
    </message>
    <message>
        <source>Jejak audit RUSAK pada catatan nomor {seq}: {reason}</source>
        <translation>Audit trail BROKEN at entry {seq}: {reason}</translation>
    </message>
    <message>
        <source>Masa simpan paling sedikit 1 hari.</source>
        <translation>The retention period must be at least 1 day.</translation>
    </message>
    <message>
        <source>{n} permohonan yang sudah dikonfirmasi dihapus dari komputer ini.</source>
        <translation>{n} confirmed application(s) deleted from this computer.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis: {path} ({error})</source>
        <translation>Cannot write the file: {path} ({error})</translation>
    </message>
    <message>
        <source>{apps} permohonan dan {drafts} draf tentang NIK ini ditulis ke {path}.</source>
        <translation>{apps} application(s) and {drafts} draft(s) about this NIK written to {path}.</translation>
    </message>
    <message>
        <source>Kata sandi/PIN baru: </source>
        <translation>New password/PIN: </translation>
    </message>
    <message>
        <source>Ulangi kata sandi/PIN: </source>
        <translation>Repeat the password/PIN: </translation>
    </message>
    <message>
        <source>Kedua kata sandi/PIN tidak sama.</source>
        <translation>The two passwords/PINs differ.</translation>
    </message>
    <message>
        <source>Belum ada petugas di komputer ini.</source>
        <translation>There are no officers on this computer yet.</translation>
    </message>
    <message>
        <source>Petugas {name} ditambahkan dengan peran {role}.</source>
        <translation>Officer {name} added with the role {role}.</translation>
    </message>
    <message>
        <source>Kata sandi/PIN petugas {name} diganti.</source>
        <translation>The password/PIN of officer {name} was changed.</translation>
    </message>
    <message>
        <source>Petugas {name} dihapus.</source>
        <translation>Officer {name} removed.</translation>
    </message>
</context>
</TS>
