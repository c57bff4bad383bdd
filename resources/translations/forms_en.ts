<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Catalogue</name>
    <message>
        <source>katalog dari server terlalu besar: {size} KB (paling besar {max} KB)</source>
        <translation>catalogue from the server too large: {size} KB (at most {max} KB)</translation>
    </message>
    <message>
        <source>katalog dari server bersarang terlalu dalam</source>
        <translation>catalogue from the server nested too deeply</translation>
    </message>
    <message>
        <source>katalog dari server bukan JSON berisi daftar &apos;services&apos;</source>
        <translation>catalogue from the server is not JSON with a &apos;services&apos; list</translation>
    </message>
    <message>
        <source>definisi bersarang terlalu dalam</source>
        <translation>definition nested too deeply</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>&apos;{name}&apos; wajib ada</source>
        <translation>&apos;{name}&apos; is required</translation>
    </message>
    <message>
        <source>kunci tidak dikenal: {names}</source>
        <translation>unknown key: {names}</translation>
    </message>
    <message>
        <source>harus bertipe {type}</source>
        <translation>must be of type {type}</translation>
    </message>
    <message>
        <source>{value!r} tidak dikenal; pilih salah satu: {choices}</source>
        <translation>{value!r} is not known; choose one of: {choices}</translation>
    </message>
    <message>
        <source>harus teks, atau objek {{&quot;id&quot;: …, &quot;en&quot;: …}} tanpa teks kosong</source>
        <translation>must be text, or an object {{&quot;id&quot;: …, &quot;en&quot;: …}} with no empty text</translation>
    </message>
    <message>
        <source>{value!r} tidak sesuai pola {pattern}</source>
        <translation>{value!r} does not match the pattern {pattern}</translation>
    </message>
    <message>
        <source>tidak boleh kosong</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>paling kecil {min}</source>
        <translation>must be at least {min}</translation>
    </message>
    <message>
        <source>&apos;fields&apos; hanya untuk isian bertipe repeat</source>
        <translation>&apos;fields&apos; is only for fields of type repeat</translation>
    </message>
    <message>
        <source>id bagian &apos;{id}&apos; dipakai dua kali</source>
        <translation>section id &apos;{id}&apos; is used twice</translation>
    </message>
    <message>
        <source>id isian &apos;{id}&apos; dipakai dua kali</source>
        <translation>field id &apos;{id}&apos; is used twice</translation>
    </message>
    <message>
        <source>id persyaratan &apos;{id}&apos; dipakai dua kali</source>
        <translation>requirement id &apos;{id}&apos; is used twice</translation>
    </message>
    <message>
        <source>nilai pilihan &apos;{value}&apos; dipakai dua kali</source>
        <translation>choice value &apos;{value}&apos; is used twice</translation>
    </message>
    <message>
        <source>&apos;choices&apos; hanya untuk select_one/select_many</source>
        <translation>&apos;choices&apos; is only for select_one/select_many</translation>
    </message>
    <message>
        <source>hasil perhitungan bertipe {got}, padahal isian ini bertipe {want}</source>
        <translation>the calculation gives {got}, but this field is {want}</translation>
    </message>
    <message>
        <source>isian &apos;{name}&apos; tidak dikenal</source>
        <translation>unknown field &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>isian &apos;{name}&apos; bertipe {got}, padahal isian ini bertipe {want}</source>
        <translation>field &apos;{name}&apos; is {got}, but this field is {want}</translation>
    </message>
    <message>
        <source>&apos;when&apos; hanya bersama &apos;field&apos;, di luar kelompok berulang</source>
        <translation>&apos;when&apos; only together with &apos;field&apos;, outside a repeat group</translation>
    </message>
    <message>
        <source>isian &apos;{name}&apos; bertipe {got}, padahal yang diperlukan {want}</source>
        <translation>field &apos;{name}&apos; is {got}, but {want} is needed</translation>
    </message>
    <message>
        <source>isian jenis kelamin &apos;{name}&apos; harus punya pilihan &apos;L&apos; dan &apos;P&apos;</source>
        <translation>sex field &apos;{name}&apos; must have the choices &apos;L&apos; and &apos;P&apos;</translation>
    </message>
    <message>
        <source>&apos;checks&apos; hanya untuk nik (birth_date, sex) dan postcode (village)</source>
        <translation>&apos;checks&apos; is only for nik (birth_date, sex) and postcode (village)</translation>
    </message>
    <message>
        <source>istilah &apos;{term}&apos; tidak ada di glossary</source>
        <translation>term &apos;{term}&apos; is not in the glossary</translation>
    </message>
    <message>
        <source>&apos;min&apos; lebih besar dari &apos;max&apos;</source>
        <translation>&apos;min&apos; is greater than &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;min_count&apos; lebih besar dari &apos;max_count&apos;</source>
        <translation>&apos;min_count&apos; is greater than &apos;max_count&apos;</translation>
    </message>
    <message>
        <source>nilai bawaan &apos;{value}&apos; tidak ada di pilihan</source>
        <translation>default value &apos;{value}&apos; is not one of the choices</translation>
    </message>
    <message>
        <source>nilai bawaan {value!r} tidak sesuai untuk isian bertipe {type}</source>
        <translation>default value {value!r} does not suit a field of type {type}</translation>
    </message>
    <message>
        <source>&apos;unique&apos; hanya untuk isian di dalam repeat</source>
        <translation>&apos;unique&apos; is only for fields inside a repeat</translation>
    </message>
    <message>
        <source>repeat di dalam repeat belum didukung</source>
        <translation>a repeat inside a repeat is not supported</translation>
    </message>
    <message>
        <source>perhitungan &apos;{id}&apos; bergantung pada dirinya sendiri</source>
        <translation>calculation &apos;{id}&apos; depends on itself</translation>
    </message>
    <message>
        <source>berkas terlalu besar: {size} KB (paling besar {max} KB)</source>
        <translation>file too large: {size} KB (at most {max} KB)</translation>
    </message>
    <message>
        <source>JSON bersarang terlalu dalam</source>
        <translation>JSON nested too deeply</translation>
    </message>
    <message>
        <source>berkas tidak bisa dibaca: {error}</source>
        <translation>the file cannot be read: {error}</translation>
    </message>
    <message>
        <source>bukan JSON yang benar: baris {line}, kolom {col}: {msg}</source>
        <translation>not valid JSON: line {line}, column {col}: {msg}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>ekspresi terlalu panjang (paling banyak {n} huruf)</source>
        <translation>expression too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>tanda &apos;{char}&apos; tidak dikenal</source>
        <translation>unknown character &apos;{char}&apos;</translation>
    </message>
    <message>
        <source>ekspresi terlalu panjang (paling banyak {n} bagian)</source>
        <translation>expression too long (at most {n} parts)</translation>
    </message>
    <message>
        <source>&apos;{want}&apos; diharapkan, tetapi ada {got}</source>
        <translation>expected &apos;{want}&apos; but found {got}</translation>
    </message>
    <message>
        <source>ekspresi kosong</source>
        <translation>empty expression</translation>
    </message>
    <message>
        <source>{got} tidak diharapkan di sini</source>
        <translation>{got} is not expected here</translation>
    </message>
    <message>
        <source>ekspresi terlalu bersarang (paling banyak {n} tingkat)</source>
        <translation>expression nested too deeply (at most {n} levels)</translation>
    </message>
    <message>
        <source>akhir ekspresi</source>
        <translation>end of expression</translation>
    </message>
    <message>
        <source>ekspresi harus berupa teks</source>
        <translation>an expression must be text</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; tidak bisa dipakai untuk {left}</source>
        <translation>&apos;{op}&apos; cannot be used on {left}</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; tidak bisa dipakai antara {left} dan {right}</source>
        <translation>&apos;{op}&apos; cannot be used between {left} and {right}</translation>
    </message>
    <message>
        <source>&apos;.&apos; hanya bisa dipakai dalam syarat isian</source>
        <translation>&apos;.&apos; can only be used in a field&apos;s constraint</translation>
    </message>
    <message>
        <source>isian &apos;{name}&apos; tidak dikenal</source>
        <translation>unknown field &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>fungsi &apos;{name}&apos; tidak dikenal (yang ada: {names})</source>
        <translation>unknown function &apos;{name}&apos; (known: {names})</translation>
    </message>
    <message>
        <source>fungsi &apos;{name}&apos; perlu {n} argumen, bukan {got}</source>
        <translation>function &apos;{name}&apos; takes {n} arguments, not {got}</translation>
    </message>
    <message>
        <source>fungsi &apos;{name}&apos; tidak menerima {type}</source>
        <translation>function &apos;{name}&apos; does not accept {type}</translation>
    </message>
    <message>
        <source>pola regex salah: {error}</source>
        <translation>bad regex pattern: {error}</translation>
    </message>
    <message>
        <source>pola regex tidak boleh memakai rujukan balik (\1)</source>
        <translation>a regex pattern may not use back-references (\1)</translation>
    </message>
    <message>
        <source>pola regex bisa sangat lambat (pengulangan di dalam pengulangan, atau terlalu banyak pengulangan); sederhanakan polanya, atau pakai ++ / (?&gt;…) agar tidak mundur</source>
        <translation>the regex pattern could be very slow (a repeat inside a repeat, or too many repeats); simplify it, or use ++ / (?&gt;…) so it never backtracks</translation>
    </message>
    <message>
        <source>pola regex terlalu panjang (paling banyak {n} huruf)</source>
        <translation>the regex pattern is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>pola regex harus ditulis langsung sebagai teks dalam tanda kutip</source>
        <translation>the regex pattern must be written out as quoted text</translation>
    </message>
    <message>
        <source>tanggal harus ditulis YYYY-MM-DD</source>
        <translation>a date must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ekspresi ini menghasilkan {got}, padahal yang diperlukan {want}</source>
        <translation>this expression gives {got}, but {want} is needed</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Isi {label_mid}</source>
        <translation>Enter {label_mid}</translation>
    </message>
    <message>
        <source>Pilih {label_mid}</source>
        <translation>Choose {label_mid}</translation>
    </message>
    <message>
        <source>Lampirkan {label_mid}</source>
        <translation>Attach {label_mid}</translation>
    </message>
    <message>
        <source>Jawaban untuk {label_mid} tidak bisa dibaca. Isi lagi</source>
        <translation>The answer for {label_mid} cannot be read. Enter it again</translation>
    </message>
    <message>
        <source>Isian {field} tidak ada di formulir ini dan diabaikan</source>
        <translation>Field {field} is not on this form and is ignored</translation>
    </message>
    <message>
        <source>{label} paling banyak {max} huruf</source>
        <translation>{label} must be {max} characters or fewer</translation>
    </message>
    <message>
        <source>Periksa {label_mid}</source>
        <translation>Check {label_mid}</translation>
    </message>
    <message>
        <source>Masukkan {label_mid} dengan angka bulat, misalnya 3</source>
        <translation>Enter {label_mid} as a whole number, for example 3</translation>
    </message>
    <message>
        <source>Masukkan {label_mid} dengan angka, misalnya 2,5</source>
        <translation>Enter {label_mid} as a number, for example 2.5</translation>
    </message>
    <message>
        <source>{label} paling sedikit {min}</source>
        <translation>{label} must be at least {min}</translation>
    </message>
    <message>
        <source>{label} paling banyak {max}</source>
        <translation>{label} must be at most {max}</translation>
    </message>
    <message>
        <source>Pilih ya atau tidak untuk {label_mid}</source>
        <translation>Choose yes or no for {label_mid}</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu untuk {label_mid}</source>
        <translation>Choose at least one for {label_mid}</translation>
    </message>
    <message>
        <source>{label} berisi karakter tersembunyi atau karakter kendali (biasanya terbawa saat menyalin teks). Ketik ulang isinya.</source>
        <translation>{label} contains hidden or control characters (usually carried over when copying text). Type it again.</translation>
    </message>
    <message>
        <source>Pilih salah satu pilihan yang ada untuk {label_mid}</source>
        <translation>Choose one of the listed options for {label_mid}</translation>
    </message>
    <message>
        <source>Pilih paling sedikit {min} untuk {label_mid}</source>
        <translation>Choose at least {min} for {label_mid}</translation>
    </message>
    <message>
        <source>Pilih paling banyak {max} untuk {label_mid}</source>
        <translation>Choose at most {max} for {label_mid}</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit {min} data untuk {label_mid}</source>
        <translation>Add at least {min} entries for {label_mid}</translation>
    </message>
    <message>
        <source>{label} paling banyak {max} data</source>
        <translation>{label} can have at most {max} entries</translation>
    </message>
    <message>
        <source>{label} sama dengan {other}. Periksa lagi: setiap orang dicatat sekali</source>
        <translation>{label} is the same as {other}. Check again: each person is listed once</translation>
    </message>
    <message>
        <source>Masukkan {label_mid} dengan hari, bulan dan tahun, misalnya 17 8 1945 atau 17 Agustus 1945</source>
        <translation>Enter {label_mid} as day, month and year, for example 17 8 1945 or 17 August 1945</translation>
    </message>
    <message>
        <source>{label} harus berisi hari, bulan dan tahun</source>
        <translation>{label} must include a day, month and year</translation>
    </message>
    <message>
        <source>{label}: tahun harus 4 angka, misalnya 1945</source>
        <translation>{label}: the year must have 4 digits, for example 1945</translation>
    </message>
    <message>
        <source>{label}: tanggal itu tidak ada, bulan {month} hanya sampai tanggal {days}</source>
        <translation>{label}: that date does not exist, {month} has only {days} days</translation>
    </message>
    <message>
        <source>{label}: tanggal itu tidak ada, bulan hanya 1 sampai 12</source>
        <translation>{label}: that date does not exist, the month must be 1 to 12</translation>
    </message>
    <message>
        <source>{label} harus di masa lalu</source>
        <translation>{label} must be in the past</translation>
    </message>
    <message>
        <source>{label} harus hari ini atau sesudahnya</source>
        <translation>{label} must be today or later</translation>
    </message>
    <message>
        <source>NIK hanya berisi angka. Hapus huruf atau tanda lain</source>
        <translation>A NIK has digits only. Remove letters or other signs</translation>
    </message>
    <message>
        <source>Masukkan NIK 16 angka (sekarang {count} angka)</source>
        <translation>Enter a 16-digit NIK (now {count} digits)</translation>
    </message>
    <message>
        <source>Angka ke-7 sampai ke-12 NIK harus tanggal lahir (HHBBTT, perempuan: tanggal + 40). Periksa NIK ini</source>
        <translation>Digits 7 to 12 of a NIK must be the date of birth (DDMMYY, women: day + 40). Check this NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK membuat umur di luar 0 sampai 110 tahun. Periksa NIK ini</source>
        <translation>The date of birth in this NIK gives an age outside 0 to 110 years. Check this NIK</translation>
    </message>
    <message>
        <source>Empat angka terakhir NIK tidak boleh 0000. Periksa NIK ini</source>
        <translation>The last four digits of a NIK cannot be 0000. Check this NIK</translation>
    </message>
    <message>
        <source>Kode wilayah {code} pada NIK tidak ada di daftar Kemendagri. Periksa lagi; jika sesuai KTP, lanjutkan</source>
        <translation>Region code {code} in the NIK is not in the Ministry of Home Affairs list. Check again; if it matches the card, continue</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}). Periksa tanggal lahir atau NIK</source>
        <translation>The date of birth does not match the NIK (the NIK says {date}). Check the date of birth or the NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak cocok dengan NIK (NIK menunjukkan {sex}). Periksa jenis kelamin atau NIK</source>
        <translation>The sex does not match the NIK (the NIK says {sex}). Check the sex or the NIK</translation>
    </message>
    <message>
        <source>Nomor KK hanya berisi angka. Hapus huruf atau tanda lain</source>
        <translation>A family card number has digits only. Remove letters or other signs</translation>
    </message>
    <message>
        <source>Masukkan nomor KK 16 angka (sekarang {count} angka)</source>
        <translation>Enter a 16-digit family card number (now {count} digits)</translation>
    </message>
    <message>
        <source>Angka ke-7 sampai ke-12 nomor KK harus tanggal terbit (HHBBTT). Periksa nomor KK ini</source>
        <translation>Digits 7 to 12 of a family card number must be its issue date (DDMMYY). Check this number</translation>
    </message>
    <message>
        <source>Empat angka terakhir nomor KK tidak boleh 0000. Periksa nomor ini</source>
        <translation>The last four digits of a family card number cannot be 0000. Check this number</translation>
    </message>
    <message>
        <source>Kode wilayah {code} pada nomor KK tidak ada di daftar Kemendagri. Periksa lagi; jika sesuai KK, lanjutkan</source>
        <translation>Region code {code} in the family card number is not in the Ministry of Home Affairs list. Check again; if it matches the card, continue</translation>
    </message>
    <message>
        <source>NPWP hanya berisi angka, titik dan tanda hubung</source>
        <translation>A tax number (NPWP) has only digits, dots and dashes</translation>
    </message>
    <message>
        <source>Masukkan NPWP 15 atau 16 angka (sekarang {count} angka)</source>
        <translation>Enter a 15- or 16-digit tax number (NPWP) (now {count} digits)</translation>
    </message>
    <message>
        <source>NPWP ini tidak benar: angka pemeriksanya tidak cocok. Salin lagi dari kartu NPWP</source>
        <translation>This tax number (NPWP) is wrong: its check digit does not match. Copy it again from the NPWP card</translation>
    </message>
    <message>
        <source>NPWP 16 angka ini bukan NIK yang benar. Salin lagi dari kartu NPWP</source>
        <translation>This 16-digit tax number (NPWP) is not a valid NIK. Copy it again from the NPWP card</translation>
    </message>
    <message>
        <source>Masukkan nomor telepon Indonesia, misalnya 0812-3456-7890 atau (021) 5551234</source>
        <translation>Enter an Indonesian phone number, for example 0812-3456-7890 or (021) 5551234</translation>
    </message>
    <message>
        <source>Masukkan alamat email seperti nama@contoh.co.id</source>
        <translation>Enter an email address like name@example.co.id</translation>
    </message>
    <message>
        <source>Masukkan kode pos 5 angka</source>
        <translation>Enter a 5-digit postcode</translation>
    </message>
    <message>
        <source>Kode pos desa/kelurahan yang dipilih adalah {expected}. Periksa lagi; jika benar, lanjutkan</source>
        <translation>The chosen village&apos;s postcode is {expected}. Check again; if this is right, continue</translation>
    </message>
    <message>
        <source>Masukkan NIB 13 angka (sekarang {count} angka)</source>
        <translation>Enter a 13-digit business number (NIB) (now {count} digits)</translation>
    </message>
    <message>
        <source>{label} berisi angka atau tanda yang jarang ada pada nama. Periksa lagi; jika benar, lanjutkan</source>
        <translation>{label} has digits or signs that names rarely have. Check again; if it is right, continue</translation>
    </message>
    <message>
        <source>Pilih {label_mid} dari daftar wilayah</source>
        <translation>Choose {label_mid} from the list of regions</translation>
    </message>
    <message>
        <source>Lampiran untuk {label_mid} tidak bisa dibaca. Pindai lagi</source>
        <translation>The attachment for {label_mid} cannot be read. Scan it again</translation>
    </message>
    <message>
        <source>Lampiran untuk {label_mid} terlalu besar ({size} MB); paling besar {max} MB. Pindai lebih kecil</source>
        <translation>The attachment for {label_mid} is too large ({size} MB); at most {max} MB. Scan it smaller</translation>
    </message>
    <message>
        <source>Lampiran untuk {label_mid} harus berupa {kinds}. Pilih berkas lain</source>
        <translation>The attachment for {label_mid} must be {kinds}. Choose another file</translation>
    </message>
    <message>
        <source>{label} Isi jawabannya.</source>
        <translation>{label} Enter an answer.</translation>
    </message>
    <message>
        <source>{label} Pilih salah satu.</source>
        <translation>{label} Choose one.</translation>
    </message>
    <message>
        <source>{label} Pilih ya atau tidak.</source>
        <translation>{label} Choose yes or no.</translation>
    </message>
    <message>
        <source>{label} Pilih paling sedikit satu.</source>
        <translation>{label} Choose at least one.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Tidak diisi</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>{n} data</source>
        <translation>{n} entries</translation>
    </message>
</context>
</TS>
