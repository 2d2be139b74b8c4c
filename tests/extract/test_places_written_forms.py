"""Places as releases write them: misspelt cues, doubled names, streets named after heroes, hamlet cues, local
namesakes of far regions, countries written long and short."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def _places_and_kinds(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in extract_text(text).places]


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


def test_a_cue_misspelt_by_one_letter_names_the_region_of_the_register():
    places = _places("Banjir Surut\nAir mulai surut di Kecamatam Wanaraya dan warga Kebupaten Barito Kuala "
                     "kembali ke rumah.")
    assert {"Kecamatan Wanaraya", "Kabupaten Barito Kuala"} <= set(places)


def test_a_misspelt_cue_before_a_name_outside_the_register_is_no_place():
    places = _places("Program Baru\nPemerintah meluncurkan program Kecamatam Sehat Sejahtera tahun ini.")
    assert not any("Sehat" in p for p in places)


def test_a_village_name_doubled_in_lowercase_is_read_whole():
    places = _places("Banjir Surut\nWarga Desa Kola-kola, Kecamatan Banawa Tengah, kembali ke rumah. Bantuan juga "
                     "tiba di Desa Obel-obel, Kecamatan Sambelia.")
    assert {"Desa Kola-kola", "Desa Obel-obel"} <= set(places)


def test_a_hyphen_before_another_word_still_ends_the_name():
    places = _places("Kerja Bakti\nWarga Desa Sukamaju-berbenah bersama aparat desa.")
    assert not any(p.startswith("Desa Sukamaju-") for p in places)


def test_a_street_named_with_shortened_titles_runs_to_the_heros_name():
    places = _places("Perbaikan Drainase\nPetugas membersihkan saluran di Jl. Ir. H. Djuanda dan Jalan KH. Ahmad "
                     "Dahlan, lalu pindah ke Jalan P. Diponegoro.")
    assert {"Jl. Ir. H. Djuanda", "Jalan KH. Ahmad Dahlan", "Jalan P. Diponegoro"} <= set(places)


def test_a_street_at_a_sentences_end_takes_no_word_of_the_next_sentence():
    places = _places("Kerja Bakti\nWarga bergotong royong di Jalan Sudirman. Kemudian petugas pulang.")
    assert "Jalan Sudirman" in places


def test_a_hamlet_written_with_dsn_is_a_dusun():
    places = _places("Pohon Tumbang\nSebuah pohon tumbang menimpa rumah warga di Dsn. Sidomukti RT 01 RW 04.")
    assert "Dusun Sidomukti" in places


def test_a_grumbul_is_a_hamlet_not_a_facility():
    text = "Banjir Bandang\nAir merendam rumah di Grumbul Karangsari, Desa Sidareja, Senin (3/2)."
    assert "Grumbul Karangsari" in _places(text)
    assert "Grumbul Karangsari" not in _venues(text)


def test_a_far_kabupatens_name_is_the_village_of_that_name_in_the_documents_province():
    places = _places_and_kinds("Uji Coba Bus Listrik\nJakarta Pusat - Rombongan menaiki bus listrik dari Manggarai menuju "
                     "Tanah Abang pada Senin pagi.")
    assert ("Manggarai", "desa") in places
    assert not any(name == "Kabupaten Manggarai" for name, _ in places)


def test_a_far_kabupaten_named_with_its_cue_stays():
    places = _places_and_kinds("Studi Banding\nJakarta Pusat - Rombongan dari Kabupaten Manggarai tiba di Tanah Abang.")
    assert ("Kabupaten Manggarai", "kabupaten") in places


def test_a_country_written_long_and_short_is_one_place_by_its_short_name():
    places = _places("Kerja Sama Dagang\nPemerintah menjajaki kerja sama dengan Republik Ceko di bidang energi. "
                     "Delegasi dari Ceko tiba pekan lalu dan juga mengunjungi Brunei Darussalam serta Brunei.")
    assert places.count("Ceko") == 1 and "Republik Ceko" not in places
    assert "Brunei" in places and "Brunei Darussalam" not in places


def test_a_country_named_by_its_form_of_state_is_that_country():
    places = _places_and_kinds("Kerja Sama Pertahanan\nMenteri bertolak ke Seoul, Republik Korea, lalu membahas "
                               "kerja sama dengan Republik Yunani dan Kerajaan Norwegia.")
    assert {("Republik Korea", "negara"), ("Republik Yunani", "negara"), ("Kerajaan Norwegia", "negara")} <= set(places)


def test_a_post_accredited_to_a_state_keeps_the_state_and_lists_no_place():
    facts = extract_text("Sambutan Dubes\nHadir Duta Besar RI untuk Kerajaan Norwegia, Sumarno Adiwijoyo, di KBRI.")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [
        ("Sumarno Adiwijoyo", ["Duta Besar RI untuk Kerajaan Norwegia"])]
    assert not [p for p in facts.places if "Norwegia" in p.name]


def test_a_street_named_after_a_river_a_mountain_or_a_lake():
    got = {p.name for p in extract_text("Perbaikan Drainase\nPetugas membersihkan saluran di Jalan Sungai Lariang, "
                                        "Jalan Gunung Tinombala dan Jalan Danau Lindu, Kelurahan Besusu Barat.")
           .places}
    assert {"Jalan Sungai Lariang", "Jalan Gunung Tinombala", "Jalan Danau Lindu"} <= got


def test_an_abbreviated_given_name_inside_a_street_a_hall_or_a_persons_name():
    facts = extract_text("Audiensi DPRD\nAudiensi digelar di Gedung Moch. Lamadjido, Jalan Moh. Yamin, Kota Palu, "
                         "Selasa (11/2/2025). Bantuan diserahkan Kepala Dinas Sosial Kabupaten Sigi, Andi Muh. Rasyid "
                         "Lamarauna.")
    assert "Jalan Moh. Yamin" in {p.name for p in facts.places}
    assert "Gedung Moch. Lamadjido" in {v.name for v in facts.venues}
    assert "Andi Muh. Rasyid Lamarauna" in {p.name for p in facts.persons}


def test_a_region_whose_name_repeats_a_word_written_with_a_hyphen():
    facts = extract_text("Rapat Koordinasi\nBanjir melanda Kabupaten Tojo Una-Una. Pemerintah Kabupaten Tojo Una-Una "
                         "membuka posko.")
    assert "72.09" in {p.code for p in facts.places}
    assert "Pemerintah Kabupaten Tojo Una-Una" in {o.name for o in facts.organizations}


def test_a_roman_numeral_in_a_place_name_keeps_its_capitals():
    assert "Dusun II" in {p.name for p in extract_text("Sambang Warga\nSambang dilaksanakan di Dusun II Desa Maku, "
                                                        "Kecamatan Dolo, Kabupaten Sigi.").places}


def test_a_hall_named_after_a_person_with_a_title():
    facts = extract_text("Rapat Kerja\nRapat digelar di Aula H. Lamarauna Tondo, Kamis (6/3/2025). Seminar digelar di "
                         "Gedung Prof. Mattalitti. Di gedung itu, H. Ahmad Rizal memberi sambutan.")
    assert {"Aula H. Lamarauna Tondo", "Gedung Prof. Mattalitti"} <= {v.name for v in facts.venues}
    assert {p.name for p in facts.persons} == {"Ahmad Rizal"}


def test_a_road_segment_named_by_its_two_ends_keeps_the_second_end_whole():
    text = ("Dinas PUPR Kabupaten Boalemo meninjau pengaspalan jalan desa.\n"
            "Wakil Bupati melanjutkan kunjungan ke ruas jalan Tabongo - Kotaraja yang sedang ditimbun.")
    assert "jalan Tabongo - Kotaraja" in _places(text)
