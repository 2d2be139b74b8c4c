"""Functional posts (Perawat, Dokter Spesialis), adat posts (Ondoafi, Mosalaki), a neighbourhood's numbered post
(Ketua RT 02/RW 01 Kelurahan X) and a unit's portfolio listed with commas before "pada" and its body."""
from tests.extract.readers import titles_by_person as persons


def test_nurse_and_specialist_posts():
    text = ("Tenaga Kesehatan Berprestasi\n"
            "SUMBAWA - Perawat Ahli Pertama RSUD Sumbawa, Agustina Kewa, A.Md.Kep., meraih penghargaan. Dokter "
            "Spesialis Anak RSUD Sumbawa, dr. Rini Hapsari, Sp.A., menjadi juri.")
    ps = persons(text)
    assert ps.get("Agustina Kewa") == ["Perawat Ahli Pertama RSUD Sumbawa"]
    assert ps.get("Rini Hapsari") == ["Dokter Spesialis Anak RSUD Sumbawa"]


def test_adat_leaders_named_by_their_village():
    text = ("Penyambutan Tamu\n"
            "JAYAPURA - Ondoafi Kampung Sereh, Yance Wamai, menyambut tamu. Mosalaki Wolotopo, Yohanes Wara, "
            "juga hadir.")
    ps = persons(text)
    assert ps.get("Yance Wamai") == ["Ondoafi Kampung Sereh"]
    assert ps.get("Yohanes Wara") == ["Mosalaki Wolotopo"]


def test_neighbourhood_heads_keep_their_numbers():
    text = ("Gotong Royong\n"
            "PARIGI - Ketua RT 02/RW 01 Kelurahan Kampal, Ahmad Rizal, memimpin gotong royong. Ketua RT 03, Budi "
            "Lamasi, juga hadir.")
    ps = persons(text)
    assert ps.get("Ahmad Rizal") == ["Ketua RT 02/RW 01 Kelurahan Kampal"]
    assert ps.get("Budi Lamasi") == ["Ketua RT 03"]


def test_portfolio_listed_with_commas_before_pada():
    text = ("Dialog Kebangsaan\n"
            "JAYAPURA - Kepala Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa pada Badan Kesbangpol "
            "Provinsi Papua, Elisa Mandowen, menjadi pemateri.")
    assert persons(text).get("Elisa Mandowen") == [
        "Kepala Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa pada Badan Kesbangpol Provinsi Papua"]


def test_honorary_programme_posts_of_a_heads_wife():
    text = ("Pekan Imunisasi Anak\n"
            "SIGI - Ketua TP PKK Kabupaten Sigi yang juga Bunda PAUD Kabupaten Sigi, Ny. Hasnah Lamarauna, membuka "
            "kegiatan itu. Bunda Literasi Kota Palu, Hj. Rosmiati Lasimpo, turut hadir.")
    ps = persons(text)
    assert ps.get("Hasnah Lamarauna") == ["Ketua TP PKK Kabupaten Sigi", "Bunda PAUD Kabupaten Sigi"]
    assert ps.get("Rosmiati Lasimpo") == ["Bunda Literasi Kota Palu"]


def test_the_spouse_of_a_post_holder_does_not_hold_the_post():
    text = ("Berbagi Takjil\n"
            "KUPANG - Istri Wali Kota Kupang yang juga Ketua TP PKK Kota Kupang, Ny. Mariana Lanudu, membagikan "
            "takjil. Istri Wakil Wali Kota Kupang, Ny. Yuliana Bessie, turut hadir.")
    ps = persons(text)
    assert ps.get("Mariana Lanudu") == ["Ketua TP PKK Kota Kupang"]
    assert ps.get("Yuliana Bessie") == []


def test_a_harbour_master_is_a_post_named_by_its_port_or_office():
    text = ("Pelayaran Ditunda\n"
            "KUPANG - Syahbandar Pelabuhan Tenau Kupang, Yusuf Bani, mengatakan kapal ditunda. Menurut Syahbandar "
            "UPP Kelas II Kalabahi, La Ode Marhaban, cuaca membaik besok.")
    ps = persons(text)
    assert ps.get("Yusuf Bani") == ["Syahbandar Pelabuhan Tenau Kupang"]
    assert ps.get("La Ode Marhaban") == ["Syahbandar UPP Kelas II Kalabahi"]
