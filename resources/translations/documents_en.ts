<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>DocumentSpoken</name>
    <message>
        <source>Saya bacakan yang terbaca dari KTP-el. Dengarkan baik-baik; bila ada yang salah, katakan kepada petugas.</source>
        <translation>I will read out what was read from the KTP-el. Please listen carefully; if anything is wrong, tell the officer.</translation>
    </message>
    <message>
        <source>Saya bacakan yang terbaca dari Kartu Keluarga. Dengarkan baik-baik; bila ada yang salah, katakan kepada petugas.</source>
        <translation>I will read out what was read from the Kartu Keluarga. Please listen carefully; if anything is wrong, tell the officer.</translation>
    </message>
    <message>
        <source>Warga Negara Indonesia</source>
        <translation>Indonesian citizen</translation>
    </message>
    <message>
        <source>Warga Negara Asing</source>
        <translation>Foreign citizen</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Anggota keluarga {n}.</source>
        <translation>Family member {n}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Pembaca dokumen (OCR) belum terpasang di komputer ini; pasang ulang MPP Assist.</source>
        <translation>The document reader (OCR) is not installed on this computer; reinstall MPP Assist.</translation>
    </message>
    <message>
        <source>Pembaca dokumen gagal membaca gambar ini ({error}).</source>
        <translation>The document reader failed on this picture ({error}).</translation>
    </message>
    <message>
        <source>NIK yang terbaca tidak sah; periksa keenam belas angkanya.</source>
        <translation>The NIK read is not valid; check all sixteen digits.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak cocok dengan NIK.</source>
        <translation>The date of birth does not match the NIK.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak cocok dengan NIK.</source>
        <translation>The sex does not match the NIK.</translation>
    </message>
    <message>
        <source>Nomor KK yang terbaca tidak sah; periksa keenam belas angkanya.</source>
        <translation>The family card number read is not valid; check all sixteen digits.</translation>
    </message>
    <message>
        <source>Nama wilayah ini tidak ditemukan di data wilayah Kemendagri.</source>
        <translation>This region name was not found in the Kemendagri region data.</translation>
    </message>
    <message>
        <source>Kode pos tidak cocok dengan desa/kelurahan.</source>
        <translation>The postcode does not match the village.</translation>
    </message>
    <message>
        <source>Kode wilayah NIK berbeda dengan kecamatan yang terbaca.</source>
        <translation>The NIK&apos;s region code differs from the district read.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar ({mb} MB); paling besar 30 MB.</source>
        <translation>The file is too large ({mb} MB); at most 30 MB.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas gambar.</source>
        <translation>{path} is a folder, not an image file.</translation>
    </message>
    <message>
        <source>{path} bukan berkas biasa (perangkat atau pipa), bukan gambar.</source>
        <translation>{path} is not a plain file (a device or a pipe), not a picture.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca: {path} ({error})</source>
        <translation>The file cannot be read: {path} ({error})</translation>
    </message>
    <message>
        <source>Gambar terlalu besar ({w}×{h} piksel); paling besar 50 megapiksel.</source>
        <translation>The picture is too large ({w}×{h} pixels); at most 50 megapixels.</translation>
    </message>
    <message>
        <source>Gambar terlalu besar untuk dibuka dengan aman.</source>
        <translation>The picture is too large to open safely.</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar atau PDF yang bisa dibaca.</source>
        <translation>This file is not a readable picture or PDF.</translation>
    </message>
    <message>
        <source>Gambar rusak atau terpotong dan tidak bisa dibaca.</source>
        <translation>The picture is damaged or cut off and cannot be read.</translation>
    </message>
    <message>
        <source>Berkas PDF rusak dan tidak bisa dibaca.</source>
        <translation>The PDF file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak berisi halaman.</source>
        <translation>The PDF file has no pages.</translation>
    </message>
    <message>
        <source>Halaman PDF berukuran tidak wajar.</source>
        <translation>The PDF page has an unreasonable size.</translation>
    </message>
    <message>
        <source>Gambar terlalu kecil ({w}×{h} piksel); foto ulang lebih dekat atau pindai minimal 150 dpi.</source>
        <translation>The picture is too small ({w}×{h} pixels); take it again closer or scan at 150 dpi or more.</translation>
    </message>
    <message>
        <source>Gambar ini tidak terbaca sebagai KTP-el. Foto ulang lebih terang dan tajam.</source>
        <translation>This picture does not read as a KTP-el. Take it again, brighter and sharper.</translation>
    </message>
    <message>
        <source>Gambar ini tidak terbaca sebagai Kartu Keluarga. Foto ulang lebih terang dan tajam.</source>
        <translation>This picture does not read as a family card (KK). Take it again, brighter and sharper.</translation>
    </message>
    <message>
        <source>Gambar ini tidak terbaca sebagai KTP-el atau Kartu Keluarga. Foto ulang lebih terang dan tajam.</source>
        <translation>This picture does not read as a KTP-el or family card (KK). Take it again, brighter and sharper.</translation>
    </message>
</context>
</TS>
