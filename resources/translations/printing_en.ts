<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Printing</name>
    <message>
        <source>Perintah {tool} (CUPS) tidak ada di komputer ini. Pasang CUPS atau cetak lewat dialog cetak.</source>
        <translation>The {tool} command (CUPS) is not on this computer. Install CUPS or print from the print dialog.</translation>
    </message>
    <message>
        <source>Berkas yang akan dicetak tidak ada: {path}</source>
        <translation>The file to print does not exist: {path}</translation>
    </message>
    <message>
        <source>Pencetak tidak menjawab: {error}</source>
        <translation>The printer does not answer: {error}</translation>
    </message>
    <message>
        <source>Tidak bisa mencetak ke {printer}: {error}</source>
        <translation>Cannot print to {printer}: {error}</translation>
    </message>
    <message>
        <source>pencetak utama</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <source>Alamat pencetak termal belum diisi di pengaturan.</source>
        <translation>The thermal printer&apos;s address is not set in the settings.</translation>
    </message>
    <message>
        <source>Tulis pencetak USB sebagai vendor:produk heksadesimal, misalnya 0416:5011.</source>
        <translation>Write the USB printer as vendor:product in hexadecimal, for example 0416:5011.</translation>
    </message>
    <message>
        <source>Pencetakan USB memerlukan pyusb dan libusb.</source>
        <translation>USB printing needs pyusb and libusb.</translation>
    </message>
    <message>
        <source>Pencetak termal tidak bisa dihubungi: {error}</source>
        <translation>Cannot reach the thermal printer: {error}</translation>
    </message>
    <message>
        <source>Belum ada pencetak termal yang dipilih di pengaturan.</source>
        <translation>No thermal printer is chosen in the settings.</translation>
    </message>
    <message>
        <source>Pencetakan terputus: {error}. Cetak ulang tanda terima ini.</source>
        <translation>Printing was interrupted: {error}. Print this receipt again.</translation>
    </message>
    <message>
        <source>Pencetakan karcis terputus: {error}</source>
        <translation>Printing the ticket was cut off: {error}</translation>
    </message>
</context>
</TS>
