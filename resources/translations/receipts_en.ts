<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Receipt</name>
    <message>
        <source>asli sudah diperlihatkan</source>
        <translation>original seen</translation>
    </message>
    <message>
        <source>fotokopi diterima</source>
        <translation>copy received</translation>
    </message>
    <message>
        <source>diganti SPTJM (surat pernyataan)</source>
        <translation>replaced by a sworn statement (SPTJM)</translation>
    </message>
    <message>
        <source>masih harus dibawa</source>
        <translation>still to bring</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>diganti SPTJM {form} (surat pernyataan)</source>
        <translation>replaced by sworn statement {form} (SPTJM)</translation>
    </message>
    <message>
        <source>Asli sudah diperlihatkan</source>
        <translation>Original seen</translation>
    </message>
    <message>
        <source>Fotokopi diterima</source>
        <translation>Copy received</translation>
    </message>
    <message>
        <source>Diganti SPTJM (surat pernyataan)</source>
        <translation>Replaced by a sworn statement (SPTJM)</translation>
    </message>
    <message>
        <source>Masih harus dibawa</source>
        <translation>Still to bring</translation>
    </message>
    <message>
        <source>Saat datang pada janji temu, bawa</source>
        <translation>At the appointment, bring</translation>
    </message>
    <message>
        <source>Dasar hukum: {basis}.</source>
        <translation>Legal basis: {basis}.</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tanggal daftar</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>{date} ({days} hari kerja)</source>
        <translation>{date} ({days} working days)</translation>
    </message>
    <message>
        <source>{date} (1 hari kerja)</source>
        <translation>{date} (1 working day)</translation>
    </message>
    <message>
        <source>{date} (hari yang sama)</source>
        <translation>{date} (same day)</translation>
    </message>
    <message>
        <source>— perkiraan, hari libur tahun itu belum pasti</source>
        <translation>— an estimate: that year&apos;s holidays are not yet final</translation>
    </message>
    <message>
        <source>Tanda terima ini.</source>
        <translation>This receipt.</translation>
    </message>
    <message>
        <source>Kartu identitas asli pemohon (KTP-el atau Kartu Keluarga).</source>
        <translation>The applicant&apos;s original identity card (KTP-el or family card).</translation>
    </message>
    <message>
        <source>Dokumen yang belum lengkap: {items}.</source>
        <translation>Documents still missing: {items}.</translation>
    </message>
    <message>
        <source>Nomor registrasi resmi</source>
        <translation>Official registration number</translation>
    </message>
    <message>
        <source>menyusul setelah data terkirim</source>
        <translation>follows once the application is sent</translation>
    </message>
    <message>
        <source>Mal Pelayanan Publik</source>
        <translation>Public Service Mall</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Pindai kode QR di atas, atau tanya di loket dengan nomor tanda terima.</source>
        <translation>Scan the QR code above, or ask at the desk with the receipt number.</translation>
    </message>
    <message>
        <source>Data pribadi dilindungi UU No. 27/2022.</source>
        <translation>Personal data is protected under Law No. 27/2022.</translation>
    </message>
    <message>
        <source>Pindai kode QR atau buka alamat ini. Bisa juga bertanya di loket dengan nomor tanda terima.</source>
        <translation>Scan the QR code or open this address. You can also ask at the desk with the receipt number.</translation>
    </message>
    <message>
        <source>TANDA TERIMA PENDAFTARAN</source>
        <translation>APPLICATION RECEIPT</translation>
    </message>
    <message>
        <source>Tidak dipungut biaya</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>CETAK ULANG {when}</source>
        <translation>REPRINT {when}</translation>
    </message>
    <message>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Kode lacak</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Perkiraan selesai</source>
        <translation>Expected ready</translation>
    </message>
    <message>
        <source>Saat mengambil hasil, bawa</source>
        <translation>When you collect the result, bring</translation>
    </message>
    <message>
        <source>Cek status</source>
        <translation>Check the status</translation>
    </message>
    <message>
        <source>Data pribadi Anda hanya dipakai untuk layanan ini dan dilindungi menurut UU No. 27/2022 tentang Pelindungan Data Pribadi.</source>
        <translation>Your personal data is used only for this service and is protected under Law No. 27/2022 on Personal Data Protection.</translation>
    </message>
    <message>
        <source>Tanda tangan pemohon</source>
        <translation>Applicant&apos;s signature</translation>
    </message>
    <message>
        <source>Cap jempol pada formulir, disaksikan oleh {officer}.</source>
        <translation>Thumbprint on the form, witnessed by {officer}.</translation>
    </message>
    <message>
        <source>halaman {page}/{pages}</source>
        <translation>page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>terkirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Laporan harian loket</source>
        <translation>Daily desk report</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>{total} permohonan: {sent} terkirim, {waiting} menunggu, {correction} perlu perbaikan.</source>
        <translation>{total} applications: {sent} sent, {waiting} waiting, {correction} need correction.</translation>
    </message>
    <message>
        <source>Per layanan</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Tidak ada permohonan pada hari ini.</source>
        <translation>No applications on this day.</translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Antrean dan janji waktu layanan</source>
        <translation>Queue and promised service times</translation>
    </message>
    <message>
        <source>Dibuat {when} oleh MPP Assist. Tanpa data pribadi.</source>
        <translation>Made {when} by MPP Assist. No personal data.</translation>
    </message>
    <message>
        <source>Laporan waktu layanan</source>
        <translation>Service time report</translation>
    </message>
    <message>
        <source>{tickets} karcis: {served} dilayani, {no_shows} tidak hadir. {applications} permohonan; selesai tepat waktu: {share}.</source>
        <translation>{tickets} tickets: {served} served, {no_shows} no-shows. {applications} applications; finished on time: {share}.</translation>
    </message>
    <message>
        <source>Karcis</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Tunggu (mnt) median / p90</source>
        <translation>Wait (min) median / p90</translation>
    </message>
    <message>
        <source>Layanan (mnt) median / p90</source>
        <translation>Service (min) median / p90</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Selesai tepat waktu</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <source>Permohonan selesai dalam janji layanan</source>
        <translation>Applications finished within the promised time</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Waktu tunggu (menit)</source>
        <translation>Waiting time (minutes)</translation>
    </message>
    <message>
        <source>Tidak ada karcis atau permohonan pada periode ini.</source>
        <translation>No tickets or applications in this period.</translation>
    </message>
    <message>
        <source>Tepat waktu dihitung dari permohonan yang sudah selesai atau sudah lewat batas waktunya. Dibuat {when} oleh MPP Assist. Tanpa data pribadi.</source>
        <translation>On time counts applications that are finished or past their due date. Made {when} by MPP Assist. No personal data.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>Tidak ada orang di depan Anda</source>
        <translation>Nobody is ahead of you</translation>
    </message>
    <message>
        <source>{n} orang di depan Anda</source>
        <translation>{n} people ahead of you</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Jalur prioritas</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <source>Diambil {when}</source>
        <translation>Taken {when}</translation>
    </message>
    <message>
        <source>Pindai untuk melihat giliran Anda</source>
        <translation>Scan to see your turn</translation>
    </message>
    <message>
        <source>Dengarkan panggilan nomor Anda. Karcis ini tanpa data pribadi.</source>
        <translation>Listen for your number to be called. This ticket holds no personal data.</translation>
    </message>
</context>
</TS>
