"""Where a local post's unit ends and its holder's name begins when no comma separates them: the kecamatan or
village of the release's own kabupaten (misspelt, with a digit for a numeral, or with a word in lowercase), and
the unit's short name after a short head such as "Kadis"."""
from tests.extract.readers import titles_by_person as persons


def test_a_misspelt_kecamatan_of_the_releases_kabupaten_closes_the_camats_post():
    text = ("Bupati Kampar membuka pelatihan petani sawit di Bangkinang.\n"
            "Turut hadir Camat Tapung Hilr Joni Saputra, Kepala Dinas Pertanian, Rudi Hartono, dan warga.")
    ps = persons(text)
    assert ps.get("Joni Saputra") == ["Camat Tapung Hilr"]


def test_a_village_written_with_a_digit_for_its_numeral():
    text = ("Bupati Mandailing Natal meninjau pasar di Kecamatan Natal.\n"
            "Ia didampingi Lurah Pasar 2 Natal Rudi Hartono dan sejumlah pedagang.")
    assert persons(text).get("Rudi Hartono") == ["Lurah Pasar 2 Natal"]


def test_a_village_with_a_word_in_lowercase_as_the_register_spells_it_otherwise():
    text = ("Bupati Kampar menyerahkan bantuan bibit di Kecamatan Gunung Sahilan.\n"
            "Bantuan diterima Kepala Desa Suka makmur Bapak Joni Saputra bersama kelompok tani.")
    assert persons(text).get("Joni Saputra") == ["Kepala Desa Suka makmur"]


def test_a_holders_initial_is_not_taken_for_a_misspelt_village():
    text = ("Bupati Kampar menyerahkan bantuan bibit di Kecamatan Tambang.\n"
            "Bantuan diterima Kepala Desa Sungai Pinang M Yusuf bersama kelompok tani.")
    assert persons(text).get("M Yusuf") == ["Kepala Desa Sungai Pinang"]


def test_the_word_after_kadis_is_the_dinas_short_name():
    text = ("Bupati Kampar membuka pameran produk UMKM di Bangkinang.\n"
            "Hadir Kadis Kopdag Rudi Hartono, Kepala Bapenda Joni Saputra, dan para pelaku usaha.")
    assert persons(text).get("Rudi Hartono") == ["Kadis Kopdag"]


def test_a_name_that_opens_like_a_persons_stays_the_name_after_a_bare_kadis():
    text = ("Bupati Kampar membuka pameran produk UMKM di Bangkinang.\n"
            "Hadir pula Kadis Muhammad Rizal Fahmi bersama para pelaku usaha.")
    assert "Muhammad Rizal Fahmi" in persons(text)
