"""Where a local post's unit ends and its holder's name begins when no comma separates them: the kecamatan or
village of the release's own kabupaten (misspelt, with a digit for a numeral, or with a word in lowercase), and
the unit's short name after a short head such as "Kadis"."""
from tests.extract.readers import titles_by_person as persons


def test_a_misspelt_kecamatan_of_the_releases_kabupaten_closes_the_camats_post():
    text = ("Bupati Banggai membuka pelatihan petani sawit di Luwuk.\n"
            "Turut hadir Camat Luwuk Timr Joni Saputra, Kepala Dinas Pertanian, Rudi Hartono, dan warga.")
    ps = persons(text)
    assert ps.get("Joni Saputra") == ["Camat Luwuk Timr"]


def test_a_village_written_with_a_digit_for_its_numeral():
    text = ("Bupati Banggai meninjau pasar di Kecamatan Bunta.\n"
            "Ia didampingi Lurah Bunta 2 Rudi Hartono dan sejumlah pedagang.")
    assert persons(text).get("Rudi Hartono") == ["Lurah Bunta 2"]


def test_a_village_with_a_word_in_lowercase_as_the_register_spells_it_otherwise():
    text = ("Bupati Banggai menyerahkan bantuan bibit di Kecamatan Toili.\n"
            "Bantuan diterima Kepala Desa Tirta kencana Bapak Joni Saputra bersama kelompok tani.")
    assert persons(text).get("Joni Saputra") == ["Kepala Desa Tirta kencana"]


def test_a_holders_initial_is_not_taken_for_a_misspelt_village():
    text = ("Bupati Banggai menyerahkan bantuan bibit di Kecamatan Toili.\n"
            "Bantuan diterima Kepala Desa Rusa Kencana M Yusuf bersama kelompok tani.")
    assert persons(text).get("M Yusuf") == ["Kepala Desa Rusa Kencana"]


def test_the_word_after_kadis_is_the_dinas_short_name():
    text = ("Bupati Banggai membuka pameran produk UMKM di Luwuk.\n"
            "Hadir Kadis Kopdag Rudi Hartono, Kepala Bapenda Joni Saputra, dan para pelaku usaha.")
    assert persons(text).get("Rudi Hartono") == ["Kadis Kopdag"]


def test_a_name_that_opens_like_a_persons_stays_the_name_after_a_bare_kadis():
    text = ("Bupati Banggai membuka pameran produk UMKM di Luwuk.\n"
            "Hadir pula Kadis Muhammad Rizal Fahmi bersama para pelaku usaha.")
    assert "Muhammad Rizal Fahmi" in persons(text)


def test_one_word_village_of_the_releases_kabupaten_ends_a_village_post_before_a_stop_or_dan():
    text = ("Bupati Banggai meninjau jalan tani di Kecamatan Batui.\n"
            "Turut hadir Rudi Hartono selaku Lurah Tolando dan Joni Saputra selaku Kepala Desa Kayowa.")
    ps = persons(text)
    assert ps.get("Rudi Hartono") == ["Lurah Tolando"]
    assert ps.get("Joni Saputra") == ["Kepala Desa Kayowa"]


def test_a_title_of_nobility_opens_a_name_read_back_from_selaku():
    text = ("Bupati Lombok Tengah membuka musyawarah desa di Praya.\n"
            "Hadir pula Lalu Rudi Hartono selaku Camat Praya Barat dan tokoh masyarakat.")
    assert persons(text).get("Lalu Rudi Hartono") == ["Camat Praya Barat"]


def test_an_ampersand_after_a_units_short_name_joins_its_portfolio_words():
    text = "Bupati Banggai membuka rapat di Luwuk.\nKabag TU & Umum, Rudi Hartono, mencatat hasil rapat."
    assert persons(text).get("Rudi Hartono") == ["Kabag TU & Umum"]
