<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Attestation</name>
    <message>
        <source>tanda tangan</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>cap jempol</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>dikenali dari KTP-el-nya</source>
        <translation>was identified by their KTP-el</translation>
    </message>
    <message>
        <source>dikenal secara pribadi oleh petugas</source>
        <translation>is personally known to the officer</translation>
    </message>
    <message>
        <source>Isi permohonan telah dibacakan dan dibenarkan oleh pemohon.</source>
        <translation>The application was read to the applicant, who confirmed it.</translation>
    </message>
    <message>
        <source>Pemohon tidak membaca sendiri: bacakan seluruh isi permohonan (Bacakan semua), lalu centang &quot;Isi permohonan telah dibacakan dan dibenarkan oleh pemohon&quot; sebelum mengirim.</source>
        <translation>The applicant does not read for themselves: read the whole application aloud (Read all), then tick &quot;The application was read to the applicant, who confirmed it&quot; before submitting.</translation>
    </message>
    <message>
        <source>Saya, {officer}, petugas yang menyaksikan, menyatakan bahwa pemohon {applicant} {identified}; bahwa isi permohonan ini telah dibacakan dan dijelaskan kepadanya; dan bahwa cap jempol ini dibubuhkan di hadapan saya (KUHPerdata Pasal 1874).</source>
        <translation>I, {officer}, the witnessing officer, declare that the applicant {applicant} {identified}; that this application was read and explained to them; and that this thumbprint was made in my presence (Civil Code art. 1874).</translation>
    </message>
    <message>
        <source>Pilih bagaimana pemohon dikenali: dari KTP-el atau dikenal petugas.</source>
        <translation>Choose how the applicant was identified: by their KTP-el, or known to the officer.</translation>
    </message>
    <message>
        <source>Cap jempol hanya sah bila isi permohonan sudah dibacakan kepada pemohon.</source>
        <translation>A thumbprint counts only when the application was read to the applicant.</translation>
    </message>
    <message>
        <source>Cap jempol hanya sah bila dibubuhkan di hadapan petugas.</source>
        <translation>A thumbprint counts only when made in the officer&apos;s presence.</translation>
    </message>
    <message>
        <source>Tulis nama lengkap petugas yang menyaksikan cap jempol.</source>
        <translation>Write the full name of the officer who witnessed the thumbprint.</translation>
    </message>
    <message>
        <source>Cara pengesahan tidak dikenal: {mode}</source>
        <translation>Unknown way of signing: {mode}</translation>
    </message>
    <message>
        <source>Tanda tangan masih kosong. Minta pemohon menandatangani di kotak.</source>
        <translation>The signature is still empty. Ask the applicant to sign in the box.</translation>
    </message>
    <message>
        <source>Isi pernyataan petugas untuk cap jempol.</source>
        <translation>Fill in the officer&apos;s statement for the thumbprint.</translation>
    </message>
    <message>
        <source>Catatan pengesahan pemohon rusak.</source>
        <translation>The applicant&apos;s signing record is damaged.</translation>
    </message>
</context>
<context>
    <name>ReadBack</name>
    <message>
        <source>{n} data</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Biaya layanan</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <source>Bagian {title}.</source>
        <translation>Section {title}.</translation>
    </message>
    <message>
        <source>Saya bacakan isi permohonan {service}. Dengarkan baik-baik; bila ada yang salah, katakan kepada petugas.</source>
        <translation>I will read out the application for {service}. Listen carefully; if anything is wrong, tell the officer.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Ukuran kotak tanda tangan tidak masuk akal.</source>
        <translation>The signature box size makes no sense.</translation>
    </message>
    <message>
        <source>Tanda tangan masih kosong. Minta pemohon menandatangani di kotak.</source>
        <translation>The signature is still empty. Ask the applicant to sign in the box.</translation>
    </message>
    <message>
        <source>Tanda tangan terlalu banyak goresan (paling banyak {n}). Tekan Ulangi.</source>
        <translation>The signature has too many strokes (at most {n}). Press Redo.</translation>
    </message>
    <message>
        <source>Tanda tangan terlalu panjang. Tekan Ulangi dan tanda tangani lagi.</source>
        <translation>The signature is too long. Press Redo and sign again.</translation>
    </message>
    <message>
        <source>Ada goresan di luar kotak tanda tangan.</source>
        <translation>Part of the signature is outside the box.</translation>
    </message>
    <message>
        <source>Tekanan pena tidak terbaca.</source>
        <translation>The pen pressure cannot be read.</translation>
    </message>
    <message>
        <source>Urutan waktu goresan tidak terbaca. Tekan Ulangi.</source>
        <translation>The strokes&apos; timing cannot be read. Press Redo.</translation>
    </message>
    <message>
        <source>Tanda tangan terlalu kecil. Tekan Ulangi dan tanda tangani lagi.</source>
        <translation>The signature is too small. Press Redo and sign again.</translation>
    </message>
    <message>
        <source>Data tanda tangan rusak.</source>
        <translation>The signature data is damaged.</translation>
    </message>
</context>
</TS>
