"""Places abroad written bare: states, regions and university towns that releases name without their country."""
from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract.readers import places_found


def _places(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract_text(text).places}


def test_foreign_states_and_towns_in_a_list():
    found = _places("Para penerima beasiswa akan belajar di Leiden dan Groningen, lalu magang di Texas dan Florida.")
    assert {"Leiden", "Groningen", "Texas", "Florida"} <= set(found)
    assert found["Texas"] == "other"


def test_world_regions_written_bare():
    found = _places("Delegasi membahas kerja sama maritim dengan negara-negara di Pasifik dan kawasan Skandinavia.")
    assert found.get("Pasifik") == "other"
    assert found.get("Skandinavia") == "other"


def test_number_word_is_not_the_peruvian_capital():
    assert _places("Rapat koordinasi di Lima OPD berlangsung tertib.") == {}


def test_languages_after_berbahasa_or_a_list_opener():
    found = _places("Pelatihan Guru\nPeserta dilatih berbahasa Jepang dan Korea. Bahasa asing seperti Jerman dan "
                    "Belanda juga diajarkan. Sepuluh guru kemudian dikirim ke Malaysia.")
    assert "Malaysia" in found
    assert not {"Jepang", "Jerman", "Belanda"} & set(found)


def test_a_town_abroad_after_its_level_word():
    found = places_found("KENDARI - Pemkot Kendari menerima delegasi Kota Davao, Filipina, dan Kota Osaka, Senin "
                         "(3/3/2025). Wali Kota Osaka, Hiroshi Tanaka, hadir.")
    names = [n for n, _, _ in found]
    assert ("Davao", "kota", None) in found
    assert ("Osaka", "kota", None) in found
    assert "Filipina" in names
