"""A region that closes the name of an event, an election or a public work is a place of the release: such a
name is no organization or title ("JPO Ciroyom", "Porprov Jabar", "PON XX Papua")."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_province_in_a_sports_week():
    assert "Jawa Barat" in _places("Medali\nAtlet kota menyabet emas pada Porprov Jabar 2022 di GOR Pajajaran.")


def test_edition_number_between_event_and_province():
    assert "Papua" in _places("Atlet\nPara atlet bersiap menghadapi PON XX Papua tahun depan.")


def test_city_of_a_disembarkation():
    assert "Kota Medan" in _places("Jamaah\nKloter 12 mendarat di Debarkasi Medan pada Sabtu sore.")


def test_village_named_by_a_footbridge():
    found = _places("Proyek\nPemerintah Kota Bandung memastikan pembangunan JPO Ciroyom ditargetkan selesai pada "
                    "Desember 2023 di Kota Bandung.")
    assert "Ciroyom" in found


def test_body_heads_still_keep_the_region_out():
    assert _places("Rapat\nKepala Dinas Kesehatan Kabupaten Wajo membuka rapat di aula.") == set()
