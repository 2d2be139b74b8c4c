"""Short Indonesian press releases served by the test site (written for these tests)."""

RELEASES = {
    "disdik-banjar-pelatihan-guru": {
        "title": "Disdik Banjar Latih 120 Guru SD Menyusun Asesmen Diagnostik",
        "date": "2024-07-15",
        "paragraphs": [
            "Martapura, 15 Juli 2024 – Dinas Pendidikan Kabupaten Banjar menggelar pelatihan penyusunan asesmen "
            "diagnostik bagi 120 guru sekolah dasar di Aula Barakat, Martapura, Senin (15/7/2024).",
            "Kepala Dinas Pendidikan Kabupaten Banjar, Liana Penny, mengatakan pelatihan ini membantu guru "
            "mengenali kemampuan awal murid sebelum pembelajaran dimulai sehingga materi dapat disesuaikan "
            "dengan kebutuhan setiap kelas.",
            "Pelatihan berlangsung selama tiga hari dengan narasumber dari Balai Guru Penggerak Provinsi "
            "Kalimantan Selatan. Para peserta berlatih menyusun soal, menganalisis hasil, dan merancang tindak "
            "lanjut bagi murid yang tertinggal.",
            "Ia berharap setiap sekolah segera menerapkan asesmen diagnostik pada awal tahun ajaran baru dan "
            "melaporkan hasilnya kepada pengawas sekolah di kecamatan masing-masing paling lambat akhir Agustus.",
            "Selain pelatihan, Dinas Pendidikan juga menyiapkan pendampingan daring bagi guru yang mengalami "
            "kesulitan. Pengawas sekolah akan mengunjungi satuan pendidikan secara bergiliran untuk memastikan "
            "hasil asesmen benar-benar dipakai dalam menyusun rencana pembelajaran.",
        ],
    },
    "dinkes-sleman-imunisasi-polio": {
        "title": "Dinkes Sleman Targetkan 95 Persen Anak Terima Imunisasi Polio",
        "date": "2024-07-22",
        "paragraphs": [
            "Sleman, 22 Juli 2024 – Dinas Kesehatan Kabupaten Sleman memulai Pekan Imunisasi Nasional polio "
            "tahap kedua di seluruh puskesmas dan posyandu mulai Senin (22/7/2024).",
            "Kepala Dinas Kesehatan Kabupaten Sleman, Cahya Purnama, menyampaikan bahwa sasaran imunisasi adalah "
            "anak usia nol sampai tujuh tahun dengan target cakupan sedikitnya 95 persen.",
            "Petugas kesehatan juga akan mendatangi sekolah dan pendidikan anak usia dini agar tidak ada anak "
            "yang terlewat. Orang tua diimbau membawa buku kesehatan ibu dan anak saat datang ke posyandu.",
            "Menurut Cahya, vaksin polio tetes aman dan telah digunakan bertahun-tahun. Warga yang memiliki "
            "pertanyaan dapat menghubungi puskesmas terdekat atau layanan pengaduan Dinas Kesehatan.",
        ],
    },
    "dkp-maluku-bantuan-kapal": {
        "title": "DKP Maluku Serahkan 25 Unit Kapal kepada Nelayan Kecil",
        "date": "2024-08-05",
        "paragraphs": [
            "Ambon, 5 Agustus 2024 – Dinas Kelautan dan Perikanan Provinsi Maluku menyerahkan 25 unit kapal "
            "motor beserta alat tangkap kepada kelompok nelayan kecil di Pelabuhan Perikanan Nusantara Ambon.",
            "Sekretaris Dinas Kelautan dan Perikanan Provinsi Maluku, Erawan Asikin, menjelaskan bahwa bantuan "
            "diberikan kepada kelompok yang telah terdaftar dan memiliki kartu pelaku usaha kelautan dan perikanan.",
            "Setiap kapal berukuran tiga gros ton dan dilengkapi mesin tempel, jaring insang, serta alat keselamatan. "
            "Penerima bantuan berasal dari Kabupaten Seram Bagian Barat, Maluku Tengah, dan Kota Ambon.",
            "Erawan meminta para nelayan merawat kapal dengan baik dan melaporkan hasil tangkapan secara rutin "
            "agar pemerintah dapat menilai manfaat bantuan bagi pendapatan keluarga nelayan.",
        ],
    },
    "diskominfo-sumbar-literasi-digital": {
        "title": "Diskominfo Sumbar Gelar Literasi Digital untuk Pelajar SMA",
        "date": "2024-08-12",
        "paragraphs": [
            "Padang, 12 Agustus 2024 – Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat "
            "menggelar kegiatan literasi digital bagi 300 pelajar sekolah menengah atas di Kota Padang.",
            "Kegiatan bertema \"Cakap Digital, Aman Bermedia Sosial\" ini membahas cara mengenali berita bohong, "
            "menjaga data pribadi, dan menggunakan media sosial secara bertanggung jawab.",
            "Kepala Bidang Informasi dan Komunikasi Publik, Yuni Elfira, mengatakan pelajar merupakan kelompok "
            "yang paling banyak menggunakan internet sehingga perlu dibekali kemampuan memilah informasi.",
            "Para peserta juga diajak mempraktikkan pemeriksaan fakta sederhana terhadap unggahan yang sedang "
            "ramai dibicarakan dan membuat konten positif tentang daerah masing-masing.",
        ],
    },
    "dishub-malang-uji-emisi": {
        "title": "Dishub Kota Malang Gelar Uji Emisi Gratis bagi Kendaraan Pribadi",
        "date": "2024-09-02",
        "paragraphs": [
            "Malang, 2 September 2024 – Dinas Perhubungan Kota Malang bersama Dinas Lingkungan Hidup menggelar "
            "uji emisi gratis bagi kendaraan pribadi di halaman Balai Kota Malang.",
            "Kepala Dinas Perhubungan Kota Malang, Widjaja Saleh Putra, mengatakan uji emisi bertujuan mengetahui "
            "kelayakan kendaraan sekaligus mengurangi polusi udara di pusat kota yang semakin padat.",
            "Sebanyak 450 kendaraan roda empat dan roda dua mengikuti pengujian. Pemilik kendaraan yang belum "
            "lulus uji diberi rekomendasi perawatan mesin dan dapat mengulang pengujian tanpa biaya.",
            "Kegiatan serupa akan digelar setiap bulan di kecamatan yang berbeda sehingga semakin banyak warga "
            "dapat memeriksakan kendaraannya secara berkala.",
        ],
    },
    "bpbd-lumajang-simulasi-erupsi": {
        "title": "BPBD Lumajang Gelar Simulasi Evakuasi Erupsi Semeru",
        "date": "2024-09-10",
        "paragraphs": [
            "Lumajang, 10 September 2024 – Badan Penanggulangan Bencana Daerah Kabupaten Lumajang menggelar "
            "simulasi evakuasi erupsi Gunung Semeru bersama warga Desa Supiturang, Kecamatan Pronojiwo.",
            "Kepala Pelaksana BPBD Kabupaten Lumajang, Patria Dwi Hastiadi, mengatakan simulasi melatih warga "
            "mengenali tanda peringatan dini dan menuju titik kumpul melalui jalur evakuasi yang telah ditetapkan.",
            "Simulasi melibatkan TNI, Polri, relawan, dan tenaga kesehatan. Warga lanjut usia, anak-anak, dan "
            "penyandang disabilitas dievakuasi lebih dahulu menggunakan kendaraan yang telah disiapkan.",
            "Patria berharap kegiatan ini rutin dilakukan agar warga tidak panik ketika status gunung meningkat "
            "dan seluruh keluarga mengetahui tempat pengungsian terdekat.",
        ],
    },
}


def body_text(slug: str) -> str:
    return "\n\n".join(RELEASES[slug]["paragraphs"])


def repost_paragraphs(slug: str) -> list[str]:
    """The same release as a local outlet reposts it: its own lead sentence, a byline, the rest as is."""
    paragraphs = list(RELEASES[slug]["paragraphs"])
    paragraphs[0] = ("MARTAPURA, Kabar Banua – Sebanyak 120 guru sekolah dasar di Kabupaten Banjar mengikuti "
                     "pelatihan asesmen diagnostik yang digelar dinas pendidikan setempat pekan ini.")
    return ["Laporan: Rahmat Hidayat | Editor: Siti Aminah"] + paragraphs
