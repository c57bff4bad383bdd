<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Survey</name>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Kurang baik</source>
        <translation>Not quite good</translation>
    </message>
    <message>
        <source>Tidak baik</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Saran terlalu panjang: paling banyak {max} huruf.</source>
        <translation>Suggestion too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Saran memuat karakter kendali yang tidak boleh disimpan.</source>
        <translation>The suggestion contains control characters that cannot be stored.</translation>
    </message>
    <message>
        <source>Saran tidak boleh memuat nomor panjang (NIK, KK atau telepon): survei ini tanpa nama.</source>
        <translation>The suggestion may not contain long numbers (NIK, KK or phone): this survey is anonymous.</translation>
    </message>
    <message>
        <source>Tanggal tidak ada atau salah tulis: {text}. Tulis TTTT-BB-HH, misalnya 2026-08-17.</source>
        <translation>The date does not exist or is mistyped: {text}. Write YYYY-MM-DD, for example 2026-08-17.</translation>
    </message>
    <message>
        <source>Kode layanan tidak sah.</source>
        <translation>Invalid service code.</translation>
    </message>
    <message>
        <source>Kode loket tidak sah.</source>
        <translation>Invalid desk code.</translation>
    </message>
    <message>
        <source>Cara pengisian harus screen (di layar) atau interview (wawancara), bukan {mode}.</source>
        <translation>The mode must be screen or interview, not {mode}.</translation>
    </message>
    <message>
        <source>Tanggal survei tidak sah.</source>
        <translation>Invalid survey date.</translation>
    </message>
    <message>
        <source>Tanggal survei tidak boleh di masa depan: {day}.</source>
        <translation>The survey date cannot be in the future: {day}.</translation>
    </message>
    <message>
        <source>Jawaban harus berupa daftar sembilan nilai.</source>
        <translation>The answers must be a list of nine values.</translation>
    </message>
    <message>
        <source>Harus ada {n} jawaban (U1 sampai U9), bukan {count}.</source>
        <translation>There must be {n} answers (U1 to U9), not {count}.</translation>
    </message>
    <message>
        <source>Jawaban {code} ({name}) harus 1, 2, 3 atau 4, bukan {value}.</source>
        <translation>Answer {code} ({name}) must be 1, 2, 3 or 4, not {value}.</translation>
    </message>
    <message>
        <source>Belum ada pertanyaan yang dijawab.</source>
        <translation>No question has been answered.</translation>
    </message>
    <message>
        <source>Isian profil tidak dikenal: {field}.</source>
        <translation>Unknown profile field: {field}.</translation>
    </message>
    <message>
        <source>{label}: pilihan tidak dikenal ({value}). Pilih salah satu: {choices}.</source>
        <translation>{label}: unknown choice ({value}). Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Saran harus berupa teks.</source>
        <translation>The suggestion must be text.</translation>
    </message>
    <message>
        <source>Nomor tanggapan bukan UUID.</source>
        <translation>The response id is not a UUID.</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
        <translation>How well do the service&apos;s requirements suit the kind of service?</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation>Somewhat unsuitable</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation>Very suitable</translation>
    </message>
    <message>
        <source>Sistem, mekanisme, dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <source>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</source>
        <translation>How easy is the service procedure at this unit?</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation>Somewhat difficult</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</source>
        <translation>How fast was the service delivered?</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation>Somewhat slow</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Cost/fee</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</source>
        <translation>How fair is the cost or fee of the service?</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation>Fairly expensive</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation>Cheap</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Service product specification</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
        <translation>How well does what you received match what the service standard promises?</translation>
    </message>
    <message>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
        <translation>How competent and capable were the staff?</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation>Somewhat incompetent</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Perilaku pelaksana</source>
        <translation>Staff behaviour</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
        <translation>How polite and friendly were the staff?</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation>Somewhat impolite and unfriendly</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?</source>
        <translation>How are complaints from service users handled?</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>There is none</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>There is one but it does not work</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation>It works, but not fully</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</source>
        <translation>How good are the facilities and infrastructure?</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>di bawah 20 tahun</source>
        <translation>under 20 years</translation>
    </message>
    <message>
        <source>20–29 tahun</source>
        <translation>20–29 years</translation>
    </message>
    <message>
        <source>30–39 tahun</source>
        <translation>30–39 years</translation>
    </message>
    <message>
        <source>40–49 tahun</source>
        <translation>40–49 years</translation>
    </message>
    <message>
        <source>50–59 tahun</source>
        <translation>50–59 years</translation>
    </message>
    <message>
        <source>60 tahun ke atas</source>
        <translation>60 years and over</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>Junior high school (SMP)</translation>
    </message>
    <message>
        <source>SMA</source>
        <translation>Senior high school (SMA)</translation>
    </message>
    <message>
        <source>S1</source>
        <translation>Bachelor (S1)</translation>
    </message>
    <message>
        <source>S2</source>
        <translation>Master (S2)</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>Civil servant (PNS)</translation>
    </message>
    <message>
        <source>TNI</source>
        <translation>Armed forces (TNI)</translation>
    </message>
    <message>
        <source>POLRI</source>
        <translation>Police (POLRI)</translation>
    </message>
    <message>
        <source>Swasta</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <source>Wirausaha</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Survei kepuasan masyarakat. Ada {n} pertanyaan singkat tentang pelayanan hari ini. Survei ini tanpa nama dan boleh dilewati. Jawaban Anda tidak dilihat petugas.</source>
        <translation>Community satisfaction survey. There are {n} short questions about today&apos;s service. The survey is anonymous and you may skip it. The officer does not see your answers.</translation>
    </message>
    <message>
        <source>Pertanyaan {number} dari {count}: {name}.</source>
        <translation>Question {number} of {count}: {name}.</translation>
    </message>
    <message>
        <source>Sentuh jawaban Anda, atau tekan angkanya.</source>
        <translation>Touch your answer, or press its number.</translation>
    </message>
    <message>
        <source>{number}: {answer}.</source>
        <translation>{number}: {answer}.</translation>
    </message>
    <message>
        <source>Jawaban Anda: {answer}.</source>
        <translation>Your answer: {answer}.</translation>
    </message>
    <message>
        <source>Terima kasih. Jawaban Anda sudah disimpan tanpa nama.</source>
        <translation>Thank you. Your answers have been stored anonymously.</translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat (Permen PANRB 14/2017)</source>
        <translation>Community Satisfaction Survey (Permen PANRB 14/2017)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Cara</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Jumlah nilai per unsur</source>
        <translation>Sum of values per element</translation>
    </message>
    <message>
        <source>Responden per unsur</source>
        <translation>Respondents per element</translation>
    </message>
    <message>
        <source>NRR per unsur</source>
        <translation>NRR per element</translation>
    </message>
    <message>
        <source>NRR tertimbang per unsur</source>
        <translation>Weighted NRR per element</translation>
    </message>
    <message>
        <source>Mutu pelayanan</source>
        <translation>Service quality grade</translation>
    </message>
    <message>
        <source>Kinerja unit pelayanan</source>
        <translation>Service unit performance</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Sampel minimum</source>
        <translation>Minimum sample</translation>
    </message>
    <message>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Unsur terendah</source>
        <translation>Lowest elements</translation>
    </message>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions and feedback</translation>
    </message>
    <message>
        <source>batas Baik</source>
        <translation>Good threshold</translation>
    </message>
    <message>
        <source>NRR per unsur (skala 1–4)</source>
        <translation>NRR per element (scale 1–4)</translation>
    </message>
    <message>
        <source>Laporan Survei Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Survey Report</translation>
    </message>
    <message>
        <source>Dihitung menurut Permen PANRB 14/2017: NRR per unsur = jumlah nilai / jumlah responden unsur itu; IKM = jumlah (NRR × 1/9) × 25. Sampel minimum dari tabel Krejcie dan Morgan.</source>
        <translation>Computed as Permen PANRB 14/2017 prescribes: NRR per element = sum of values / respondents to that element; IKM = sum (NRR × 1/9) × 25. Minimum sample from the Krejcie and Morgan table.</translation>
    </message>
    <message>
        <source>Per layanan</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Tidak ada saran pada periode ini.</source>
        <translation>No suggestions in this period.</translation>
    </message>
    <message>
        <source>Dibuat {when} oleh MPP Assist. Tanpa data pribadi.</source>
        <translation>Made {when} by MPP Assist. No personal data.</translation>
    </message>
    <message>
        <source>Belum ada responden pada periode ini.</source>
        <translation>No respondents in this period yet.</translation>
    </message>
    <message>
        <source>Responden: {n} dari sampel minimum {required} (populasi {population}).</source>
        <translation>Respondents: {n} of a minimum sample of {required} (population {population}).</translation>
    </message>
    <message>
        <source>Sampel belum cukup: kurang {missing} responden.</source>
        <translation>Sample not yet sufficient: {missing} respondents short.</translation>
    </message>
    <message>
        <source>IKM {ikm} — mutu {mutu}, kinerja {kinerja}.</source>
        <translation>IKM {ikm} — grade {mutu}, performance {kinerja}.</translation>
    </message>
    <message>
        <source>IKM belum dapat dihitung: ada unsur yang belum dijawab.</source>
        <translation>The IKM cannot be computed yet: an element has no answers.</translation>
    </message>
    <message>
        <source>Unsur terendah (diperbaiki lebih dulu): {lowest}.</source>
        <translation>Lowest elements (improve these first): {lowest}.</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Konversi</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Profil responden</source>
        <translation>Respondent profile</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>tidak diisi</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>di layar pemohon</source>
        <translation>on the applicant&apos;s screen</translation>
    </message>
    <message>
        <source>wawancara petugas</source>
        <translation>interview by the officer</translation>
    </message>
    <message>
        <source>Cara pengisian</source>
        <translation>How answered</translation>
    </message>
</context>
</TS>
