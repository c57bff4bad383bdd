<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>PaperForm</name>
    <message>
        <source>Formulir {code} tidak ada untuk permohonan ini. Yang ada: {codes}.</source>
        <translation>Form {code} does not exist for this application. It has: {codes}.</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Demikian surat pernyataan ini saya buat dengan sebenar-benarnya. Apabila di kemudian hari pernyataan ini ternyata tidak benar, saya bersedia diproses secara hukum sesuai dengan peraturan perundang-undangan, dan dokumen yang diterbitkan berdasarkan pernyataan ini menjadi tidak sah.</source>
        <translation>I make this statement truthfully. Should it later prove untrue, I accept legal proceedings under the law, and any document issued on the strength of it becomes invalid.</translation>
    </message>
    <message>
        <source>LAMPIRAN: ISI PERMOHONAN YANG DINYATAKAN BENAR</source>
        <translation>ANNEX: THE APPLICATION DECLARED TRUE</translation>
    </message>
    <message>
        <source>DATA LAIN DARI PERMOHONAN</source>
        <translation>OTHER DATA IN THE APPLICATION</translation>
    </message>
    <message>
        <source>Mal Pelayanan Publik</source>
        <translation>Public Service Mall</translation>
    </message>
    <message>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Petugas yang melayani</source>
        <translation>Serving officer</translation>
    </message>
    <message>
        <source>Pemohon tidak membaca sendiri: isi formulir ini dibacakan kepada pemohon oleh petugas.</source>
        <translation>The applicant does not read for themselves: this form was read to the applicant by the officer.</translation>
    </message>
    <message>
        <source>Meterai Rp10.000</source>
        <translation>Rp10,000 duty stamp</translation>
    </message>
    <message>
        <source>cap jempol</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Acknowledged,</translation>
    </message>
    <message>
        <source>Saksi {n}</source>
        <translation>Witness {n}</translation>
    </message>
    <message>
        <source>halaman {page}/{pages}</source>
        <translation>page {page}/{pages}</translation>
    </message>
</context>
</TS>
