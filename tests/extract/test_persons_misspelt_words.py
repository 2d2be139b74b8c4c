from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def test_misspelt_region_after_a_title_is_no_part_of_the_name():
    ps = persons("Warga Kabupaten Sukoharjo hadir. Kabag Humas Pemkab Sukoharja Bambang Wijaya menjelaskan acara itu.")
    assert list(ps) == ["Bambang Wijaya"]
    assert [t.text for t in ps["Bambang Wijaya"].titles] == ["Kabag Humas Pemkab Sukoharjo"]  # the title reads the region rightly
    ps = persons("Gubernur Sumsel hadir. Acara dibuka Asisten II Setda Pemprov Sumsl Ahmad Rizali, S.H.")
    assert list(ps) == ["Ahmad Rizali"]


def test_misspelt_title_head_opens_no_name():
    ps = persons("Bupati Lombok Barat membuka acara. Usai rapat, Bupat Suryadi Jaya langsung meninjau lokasi banjir.")
    assert "Bupat Suryadi Jaya" not in ps


def test_misspelt_body_head_after_a_title_is_the_body():
    ps = persons("Majelis Ulama hadir. Ketua Mejelis Taklim Nurul Huda ikut membaca doa.")
    assert ps == {}


def test_a_name_one_letter_off_a_region_the_text_does_not_write_stays():
    ps = persons("Kepala Desa Temiang Kamsar membuka rapat di balai desa.")
    assert list(ps) == ["Kamsar"]
