<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Argparse</name>
    <message>
        <source>penggunaan: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argumen posisi</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>pilihan</source>
        <translation>options</translation>
    </message>
    <message>
        <source>tampilkan bantuan ini lalu keluar</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: kesalahan: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argumen berikut wajib diisi: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>argumen tidak dikenal: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>argumen %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>nilai %(type)s tidak sah: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>perlu satu nilai</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>paling banyak satu nilai</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>perlu paling sedikit satu nilai</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>pilihan tidak jelas: %(option)s bisa berarti %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>tidak boleh bersama argumen %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>nilai %r diabaikan</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>salah satu argumen %s wajib diisi</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>tidak bisa membuka &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>tampilkan nomor versi lalu keluar</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>perlu %s nilai</source>
        <translation>expected %s argument</translation>
    </message>
</context>
</TS>
