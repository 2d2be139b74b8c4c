"""Village and kecamatan posts written with their address, and the village-government portfolio."""
from tests.extract.readers import titles_by_person


def test_village_head_then_kecamatan_between_commas_then_holder():
    got = titles_by_person("Pelantikan Kepala Desa\nBupati Majene melantik Kepala Desa Ulidang, Kecamatan "
                           "Tammerodo Sendana, Suardi Nur, di aula kantor bupati.")
    assert got.get("Suardi Nur") == ["Kepala Desa Ulidang"]


def test_desa_closing_the_portfolio_before_a_comma_and_the_holder():
    got = titles_by_person("Kunjungan Dinas PMD\nKunjungan itu diikuti Kabid Pemerintahan Desa, Muhlis Arsyad, "
                           "dan Lurah Banggae, Syarifah Ummi.")
    assert got.get("Muhlis Arsyad") == ["Kabid Pemerintahan Desa"]


def test_desa_closing_the_portfolio_before_the_kecamatan():
    got = titles_by_person("Monitoring Dana Desa\nHadir Kasi Pemerintahan Desa Kecamatan Dolo, Muhlis Arsyad.")
    assert got.get("Muhlis Arsyad") == ["Kasi Pemerintahan Desa Kecamatan Dolo"]


def test_a_post_in_brackets_after_the_name_runs_to_the_closing_bracket():
    got = titles_by_person("Sosialisasi Adminduk\nKegiatan itu juga dihadiri Yohanis Pasang (Kepala Seksi Identitas "
                           "Penduduk) dan para operator desa.")
    assert got.get("Yohanis Pasang") == ["Kepala Seksi Identitas Penduduk"]


def test_kecamatan_post_then_its_kabupaten_with_level_word_then_holder():
    text = ("Musrenbang Kecamatan\nCamat Palolo Kabupaten Sigi Jefri Lasamba membuka musrenbang. Hadir pula Kepala "
            "Desa Bora Kecamatan Sigi Biromaru Kabupaten Sigi Yusran Lamaka.")
    got = titles_by_person(text)
    assert got.get("Jefri Lasamba") == ["Camat Palolo Kabupaten Sigi"]
    assert got.get("Yusran Lamaka") == ["Kepala Desa Bora Kecamatan Sigi Biromaru Kabupaten Sigi"]
