"""A short head's lone word before a comma and the next post is the holder, not the unit's seat; a head of
several words written in lowercase before a name is a position."""
from tests.extract.readers import titles_by_person as persons


def test_a_lone_word_after_a_short_head_before_the_next_post_is_the_holder():
    text = ("Bupati Banggai menghadiri peringatan Isra Mikraj di masjid raya.\n"
            "Hadir Kepala Kejaksaan Negeri Banggai diwakili Kasubsi Marlianto, Sekretaris Daerah Banggai, dan tokoh "
            "masyarakat.")
    assert persons(text).get("Marlianto") == ["Kasubsi"]


def test_a_unit_seat_before_a_comma_and_a_rank_stays_in_the_post():
    text = ("Peringatan Hari Armada digelar di pelabuhan.\n"
            "Hadir Danposal Tanjungbatu, Letda Laut Rahmat Hidayat, dan para nelayan.")
    assert persons(text).get("Rahmat Hidayat") == ["Danposal Tanjungbatu"]


def test_a_lowercase_head_of_two_words_before_a_name():
    text = ("Sidang sengketa hasil pemilu berlanjut di Mahkamah Konstitusi.\n"
            "Oleh kuasa hukum Darmaji Wicaksono, dalil pemohon itu disebut keliru.")
    assert persons(text).get("Darmaji Wicaksono") == ["kuasa hukum"]


def test_the_party_after_a_lowercase_head_belongs_to_the_post():
    text = ("Sidang sengketa hasil pemilu berlanjut di Mahkamah Konstitusi.\n"
            "Di Panel 2, kuasa hukum Termohon Darmaji Wicaksono membantah seluruh dalil.")
    assert persons(text).get("Darmaji Wicaksono") == ["kuasa hukum Termohon"]


def test_a_rank_word_before_a_degree_is_the_last_word_of_the_name():
    text = ("Rapat koordinasi dokumen perjalanan digelar tiga hari.\n"
            "\"Pesertanya 40 orang,\" tutup H Fendi Laksamana ST, di hotel itu.")
    assert "Fendi Laksamana" in persons(text)


def test_an_unknown_short_form_then_its_region_after_a_portfolio_stays_in_the_post():
    from pipeline.extract.titles import find
    from pipeline.resolve.tokens import tokenize

    text = "Hadir juga Kepala Bidang Kebudayaan Disbudparpora Kabupaten Banggai Rosmaini, tokoh adat dan warga."
    assert [m.text for m in find(text, tokenize(text), {})] == [
        "Kepala Bidang Kebudayaan Disbudparpora Kabupaten Banggai"]


def test_holder_named_in_brackets_after_the_post():
    got = persons("Pelatihan Digital\nPelatihan dibuka oleh Wali Kota Palu (Bapak H. Hadianto Rasyid, SE) di aula "
                  "balai kota. Wakil Menteri Pertahanan (Wamenhan) Budi Santoso juga hadir.")
    assert got.get("Hadianto Rasyid") == ["Wali Kota Palu"]
    assert "Wamenhan" not in got


def test_the_post_a_person_is_installed_in_is_that_persons_post():
    text = ("Bupati Sumbawa melantik 30 pejabat administrator di pendopo.\n"
            "Di antara mereka, Rudi Hartawan, S.STP dilantik sebagai Kepala Bagian Umum Sekretariat Daerah "
            "Kabupaten Sumbawa, sedangkan Nurul Hidayah ditunjuk sebagai Plt. Kepala Dinas Sosial.")
    got = persons(text)
    assert got.get("Rudi Hartawan") == ["Kepala Bagian Umum Sekretariat Daerah Kabupaten Sumbawa"]
    assert got.get("Nurul Hidayah") == ["Plt. Kepala Dinas Sosial"]


def test_the_post_one_is_officially_installed_in_is_that_persons_post():
    got = persons("Rudi Hartawan resmi dilantik sebagai Anggota DPRD Kabupaten Sumbawa, menggantikan Yusuf Lamato.")
    assert got.get("Rudi Hartawan") == ["Anggota DPRD Kabupaten Sumbawa"]


def test_the_seat_or_group_a_member_comes_from_sits_between_the_post_and_the_name():
    text = ("Panitia seleksi jabatan pimpinan tinggi pratama Kabupaten Bima memulai tahapan wawancara.\n"
            "Anggota Panitia Seleksi dari unsur akademisi, Prof. Dr. Rahmat Hidayat, M.Pd, menegaskan proses "
            "transparan. Anggota DPRD Bima dari Fraksi Nasdem, Rudi Lamadjido, turut memantau.")
    got = persons(text)
    assert got.get("Rahmat Hidayat") == ["Anggota Panitia Seleksi"]
    assert got.get("Rudi Lamadjido") == ["Anggota DPRD Bima"]


def test_a_programme_holder_and_a_village_midwife_are_posts():
    text = ("Dinas Kesehatan Kabupaten Donggala memperkuat pelacakan kontak tuberkulosis.\n"
            "Pengelola Program TBC Dinas Kesehatan Donggala, Ahmad Lasandara, S.Kep, menjelaskan pelacakan. "
            "Bidan Desa Labuan Toposo, Nurjanah Rauf, A.Md.Keb, mengatakan warga kini lebih terbuka.")
    got = persons(text)
    assert got.get("Ahmad Lasandara") == ["Pengelola Program TBC Dinas Kesehatan Donggala"]
    assert got.get("Nurjanah Rauf") == ["Bidan Desa Labuan Toposo"]


def test_a_village_or_programme_companion_is_a_post():
    text = ("Dinas Sosial Kabupaten Sigi menyalurkan bantuan sosial di Kecamatan Dolo.\n"
            "Pendamping Desa, Amir Sulaiman, menjelaskan jadwal penyaluran. Menurut Pendamping PKH Kecamatan Dolo, "
            "Siti Rahma, bantuan sudah disalurkan.")
    got = persons(text)
    assert got.get("Amir Sulaiman") == ["Pendamping Desa"]
    assert got.get("Siti Rahma") == ["Pendamping PKH Kecamatan Dolo"]


def test_the_post_after_mewakili_is_the_principals_not_the_next_names():
    text = ("Madrasah Ibtidaiyah Negeri 1 Bantaeng menggelar wisuda tahfidz.\n"
            "Mewakili Kakankemenag, Syamsuddin Tiro berharap wisudawan melanjutkan hafalan. Mewakili Bupati, Sekda "
            "Bantaeng Muhammad Arfan membuka acara.")
    got = persons(text)
    assert got.get("Syamsuddin Tiro") == []
    assert got.get("Muhammad Arfan") == ["Sekda Bantaeng"]


def test_mid_sentence_the_name_after_mewakili_and_the_post_is_the_principals():
    text = ("Dinas Kesehatan Kabupaten Buol membuka pekan imunisasi di puskesmas.\n"
            "Acara dibuka Asisten I Setda Buol, Yunus Lahay, yang mewakili Pj Bupati Buol, Dr. Darmawan Saleh, "
            "dan disaksikan para camat.")
    assert persons(text).get("Darmawan Saleh") == ["Pj. Bupati Buol"]


def test_a_school_supervisor_is_a_post():
    text = ("Madrasah Ibtidaiyah Negeri 2 Bantaeng menggelar wisuda tahfidz di halaman madrasah.\n"
            "Kegiatan dihadiri Kasubbag Tata Usaha, H. Syamsul Tiro, Pengawas Madrasah, Dra. Hj. Nurbaya Rani, "
            "serta para orang tua siswa.")
    assert persons(text).get("Nurbaya Rani") == ["Pengawas Madrasah"]


def test_a_lowercase_post_after_a_comma_closed_by_the_sentence_stop():
    text = ("Bimtek penyusunan RPJMDes digelar di Donggala.\n"
            "Narasumber berasal dari Universitas Tadulako, yakni Dr. Irwan Sabara, M.Si., dosen Fakultas Ekonomi "
            "dan Bisnis Universitas Tadulako.")
    assert persons(text).get("Irwan Sabara") == ["dosen Fakultas Ekonomi dan Bisnis Universitas Tadulako"]


def test_a_person_after_diketuai_chairs_the_body_named_before():
    text = ("Dinas Pertanian menyerahkan bantuan bibit jagung.\n"
            "Bantuan diterima Kelompok Tani Sinar Harapan yang diketuai Ahmad Lamato dan Kelompok Wanita Tani "
            "Melati, diketuai oleh Maria Tefa.")
    ps = persons(text)
    assert ps.get("Ahmad Lamato") == ["Ketua Kelompok Tani Sinar Harapan"]
    assert ps.get("Maria Tefa") == ["Ketua Kelompok Wanita Tani Melati"]
