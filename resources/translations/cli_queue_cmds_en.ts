<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Cli</name>
    <message>
        <source>antrean MPP: ambil nomor, panggil, lihat keadaan</source>
        <translation>the MPP queue: take a number, call, see the state</translation>
    </message>
    <message>
        <source>ambil nomor antrean untuk sebuah layanan</source>
        <translation>take a queue number for a service</translation>
    </message>
    <message>
        <source>jalur prioritas: lansia, disabilitas, ibu hamil, anak kecil</source>
        <translation>priority lane: elderly, disabilities, pregnant women, small children</translation>
    </message>
    <message>
        <source>cetak karcis ke pencetak sistem (CUPS)</source>
        <translation>print the ticket on a system printer (CUPS)</translation>
    </message>
    <message>
        <source>simpan karcis sebagai PDF</source>
        <translation>save the ticket as a PDF</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>panggil nomor berikutnya ke loket ini</source>
        <translation>call the next number to this desk</translation>
    </message>
    <message>
        <source>loket yang memanggil (bawaan: loket ini)</source>
        <translation>the calling desk (default: this desk)</translation>
    </message>
    <message>
        <source>keadaan antrean: panggilan terakhir dan yang menunggu</source>
        <translation>queue state: the latest calls and who is waiting</translation>
    </message>
    <message>
        <source>server: tempatkan loket di lantai sebuah MPP dan layanannya</source>
        <translation>server: put a desk on an MPP&apos;s floor, with the services it calls</translation>
    </message>
    <message>
        <source>basis data server</source>
        <translation>server database</translation>
    </message>
    <message>
        <source>kode MPP (bawaan: default)</source>
        <translation>MPP code (default: default)</translation>
    </message>
    <message>
        <source>layanan yang dipanggil loket ini (kosong: semua)</source>
        <translation>services this desk calls (empty: all)</translation>
    </message>
    <message>
        <source>server: aturan antrean sebuah MPP (JSON)</source>
        <translation>server: an MPP&apos;s queue rules (JSON)</translation>
    </message>
    <message>
        <source>aturan baru; tanpa berkas: tampilkan</source>
        <translation>new rules; without a file: show them</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>berkas PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>sla: waktu tunggu, waktu layanan dan ketepatan janji layanan</source>
        <translation>sla: waiting time, service time and promised times kept</translation>
    </message>
    <message>
        <source>awal periode</source>
        <translation>first day of the period</translation>
    </message>
    <message>
        <source>akhir periode</source>
        <translation>last day of the period</translation>
    </message>
    <message>
        <source>baca langsung basis data server</source>
        <translation>read the server database directly</translation>
    </message>
    <message>
        <source>argumen ini wajib: -o/--output</source>
        <translation>this argument is required: -o/--output</translation>
    </message>
    <message>
        <source>Belum masuk ke server sebagai {user}. Masuk dulu: mpp-assist login</source>
        <translation>Not signed in to the server as {user}. Sign in first: mpp-assist login</translation>
    </message>
    <message>
        <source>Layanan tidak dikenal: {id}. Lihat daftarnya: mpp-assist services</source>
        <translation>Unknown service: {id}. See the list: mpp-assist services</translation>
    </message>
    <message>
        <source>Nomor {number} untuk {service}; {ahead} orang di depan.</source>
        <translation>Number {number} for {service}; {ahead} people ahead.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Dipanggil: {number} ke loket {desk}</source>
        <translation>Called: {number} to desk {desk}</translation>
    </message>
    <message>
        <source>Menunggu: {n}</source>
        <translation>Waiting: {n}</translation>
    </message>
    <message>
        <source>{number} → loket {desk}</source>
        <translation>{number} → desk {desk}</translation>
    </message>
    <message>
        <source>Loket {desk} di MPP {mpp}: {services}</source>
        <translation>Desk {desk} on MPP {mpp}: {services}</translation>
    </message>
    <message>
        <source>semua layanan</source>
        <translation>every service</translation>
    </message>
    <message>
        <source>Aturan antrean salah: {error}</source>
        <translation>Wrong queue rules: {error}</translation>
    </message>
    <message>
        <source>Berikan {flag} YYYY-MM-DD.</source>
        <translation>Give {flag} YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Tanggal salah: {value}. Tulis tahun-bulan-hari, misalnya 2026-03-17.</source>
        <translation>Wrong date: {value}. Write year-month-day, for example 2026-03-17.</translation>
    </message>
    <message>
        <source>--to tidak boleh sebelum --from.</source>
        <translation>--to must not be before --from.</translation>
    </message>
    <message>
        <source>Alamat server belum diatur. Isi di Pengaturan atau pakai --db.</source>
        <translation>No server address is set. Set it in Settings or use --db.</translation>
    </message>
    <message>
        <source>Laporan ditulis ke {path}</source>
        <translation>Report written to {path}</translation>
    </message>
    <message>
        <source>Bagian server belum terpasang: pip install mpp-assist[server]</source>
        <translation>The server part is not installed: pip install mpp-assist[server]</translation>
    </message>
    <message>
        <source>Basis data server tidak bisa dibuka: {error}</source>
        <translation>The server database cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Periode {start} s.d. {end}</source>
        <translation>Period {start} to {end}</translation>
    </message>
    <message>
        <source>layanan | karcis | dilayani | tidak hadir | tunggu med/p90 (mnt) | layanan med/p90 (mnt) | tepat waktu</source>
        <translation>service | tickets | served | no-shows | wait med/p90 (min) | service med/p90 (min) | on time</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
