<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>kirim permohonan yang menunggu ke server</source>
        <translation>send waiting applications to the server</translation>
    </message>
    <message>
        <source>alamat server (bawaan: dari pengaturan)</source>
        <translation>server address (default: from the settings)</translation>
    </message>
    <message>
        <source>masuk ke server; token disimpan di keyring sistem</source>
        <translation>log in to the server; the token is kept in the system keyring</translation>
    </message>
    <message>
        <source>alamat server</source>
        <translation>server address</translation>
    </message>
    <message>
        <source>baca kata sandi dari masukan standar</source>
        <translation>read the password from standard input</translation>
    </message>
    <message>
        <source>keluar: token dicabut di server dan dihapus di sini</source>
        <translation>sign out: the token is revoked on the server and removed here</translation>
    </message>
    <message>
        <source>simpan permohonan yang belum terkirim ke bundel</source>
        <translation>save unsent applications to a bundle</translation>
    </message>
    <message>
        <source>baca kata sandi bundel dari masukan standar</source>
        <translation>read the bundle password from standard input</translation>
    </message>
    <message>
        <source>kirim isi bundel ke server</source>
        <translation>upload a bundle&apos;s contents to the server</translation>
    </message>
    <message>
        <source>kunci perangkat ini, untuk admin server (mpp-assist server trust-device)</source>
        <translation>this device&apos;s key, for the server admin (mpp-assist server trust-device)</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>Ulangi: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>Kedua isian tidak sama.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Kata sandi kosong.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>terkirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>perlu perbaikan</source>
        <translation>needs correction</translation>
    </message>
    <message>
        <source>… {message} Mencoba lagi.</source>
        <translation>… {message} Trying again.</translation>
    </message>
    <message>
        <source>{sent} terkirim, {fix} perlu perbaikan, {left} masih menunggu.</source>
        <translation>{sent} sent, {fix} need correction, {left} still waiting.</translation>
    </message>
    <message>
        <source>Kata sandi: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>{error} Masuk tanpa jaringan hanya bisa setelah sekali masuk online.</source>
        <translation>{error} Offline login only works after one online login.</translation>
    </message>
    <message>
        <source>Masuk sebagai {user} (loket {desk}). Token disimpan di keyring sistem.</source>
        <translation>Logged in as {user} (desk {desk}). The token is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Masuk tanpa jaringan sebagai {user}. Kirim data setelah tersambung lagi.</source>
        <translation>Logged in offline as {user}. Sync once you are connected again.</translation>
    </message>
    <message>
        <source>Belum masuk ke server; tidak ada yang perlu dikeluarkan.</source>
        <translation>Not signed in to a server; nothing to sign out of.</translation>
    </message>
    <message>
        <source>{user} sudah keluar. Token dicabut di server dan dihapus dari perangkat ini.</source>
        <translation>{user} is signed out. The token was revoked on the server and removed from this device.</translation>
    </message>
    <message>
        <source>{user} sudah keluar di perangkat ini. Server tidak terjangkau: token di server berlaku sampai habis masanya.</source>
        <translation>{user} is signed out on this device. The server could not be reached: its copy of the token stays valid until it expires.</translation>
    </message>
    <message>
        <source>Kata sandi bundel: </source>
        <translation>Bundle password: </translation>
    </message>
    <message>
        <source>Kata sandi bundel minimal 8 karakter.</source>
        <translation>The bundle password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Bundel tidak bisa ditulis: {error}</source>
        <translation>The bundle cannot be written: {error}</translation>
    </message>
    <message>
        <source>{count} permohonan disimpan ke {file}.</source>
        <translation>{count} applications saved to {file}.</translation>
    </message>
    <message>
        <source>Alamat server belum diatur. Pakai --backend URL.</source>
        <translation>No server address set. Use --backend URL.</translation>
    </message>
    <message>
        <source>Belum masuk ke server. Masuk dulu: mpp-assist login</source>
        <translation>Not logged in to the server. Log in first: mpp-assist login</translation>
    </message>
    <message>
        <source>{error} Jalankan lagi nanti; yang sudah terkirim tidak akan ganda.</source>
        <translation>{error} Run it again later; what was already sent will not be doubled.</translation>
    </message>
    <message>
        <source>Bundel ditandatangani perangkat {signer}.</source>
        <translation>Bundle signed by device {signer}.</translation>
    </message>
    <message>
        <source>{created} permohonan baru, {old} sudah ada di server, {bad} ditolak.</source>
        <translation>{created} new applications, {old} already on the server, {bad} refused.</translation>
    </message>
    <message>
        <source>Kunci perangkat: {key}</source>
        <translation>Device key: {key}</translation>
    </message>
    <message>
        <source>Sidik jari: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Di server, admin menjalankan: mpp-assist server trust-device {key} --desk {desk}</source>
        <translation>On the server, the admin runs: mpp-assist server trust-device {key} --desk {desk}</translation>
    </message>
    <message>
        <source>KODE_LOKET</source>
        <translation>DESK_CODE</translation>
    </message>
</context>
</TS>
