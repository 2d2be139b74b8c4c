"""Weather and disaster releases: the waters, islands and mountains their warnings name."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_capitalized_perairan_before_an_island_or_a_strait_names_that_place():
    names = _places("Peringatan Dini Gelombang\nOmbak setinggi tiga meter diprakirakan melanda Perairan Pulau Wetar "
                    "dan Perairan Selat Ombai hingga Kamis.")
    assert {"Pulau Wetar", "Selat Ombai"} <= set(names)


def test_a_landform_name_keeps_a_doubled_word_with_its_lowercase_half():
    names = _places("Erupsi Berlanjut\nWarga di kaki Gunung Batu-batu diminta menjauh dari kawah, sementara "
                    "Sungai Api-api meluap di hilir.")
    assert {"Gunung Batu-batu", "Sungai Api-api"} <= set(names)


def test_a_title_case_headline_names_a_doubled_landform_as_the_body_writes_it():
    names = _places("Gunung Batu-batu Kembali Meletus, Warga Mengungsi\nAbu tebal dari Gunung Batu-batu menutupi "
                    "atap rumah warga.")
    assert names == ["Gunung Batu-batu"]


def test_named_waters_are_a_place_and_no_venue():
    facts = extract_text("Gelombang Tinggi Diprakirakan\nOmbak hingga tiga meter berpeluang terjadi di Perairan "
                         "Sangkarang Utara pada Sabtu (7/12/2024).")
    assert "Perairan Sangkarang Utara" in [p.name for p in facts.places]
    assert facts.venues == []


def test_the_waters_of_a_region_named_on_its_own_name_that_region():
    names = _places("Patroli Laut\nKapal patroli menyisir Perairan Kepulauan Aru dan Perairan Indonesia bagian "
                    "timur.")
    assert {"Kabupaten Kepulauan Aru", "Indonesia"} <= set(names)
    assert not any(n.startswith("Perairan") for n in names)


def test_a_town_written_with_kota_is_the_kecamatan_of_its_dateline():
    facts = extract_text("Pengungsi Bertambah\nLARANTUKA – Warga dari lereng gunung mengungsi ke Kota Larantuka "
                         "dan Kecamatan Titehena, Kabupaten Flores Timur, sejak Senin (4/11/2024).")
    towns = [p for p in facts.places if p.name == "Larantuka"]
    assert len(towns) == 1 and towns[0].kind == "kecamatan"


def test_an_archipelago_the_register_does_not_know_is_a_place():
    got = {p.name for p in extract_text("Peringatan Dini\nGelombang tinggi berpotensi terjadi di perairan Kepulauan "
                                        "Lucipara dan Kepulauan Sula hingga Minggu.").places}
    assert {"Kepulauan Lucipara", "Kabupaten Kepulauan Sula"} <= got
