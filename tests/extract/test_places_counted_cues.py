"""A count or a quantifier before a level word makes it a count noun ("Tiga Kecamatan Sumbawa", "12 kecamatan
Gowa"): the name after it is the region holding them, not one of that level; a route's stops are places."""
from __future__ import annotations

from pipeline.extract.run import extract_text


def places(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract_text(text).places}


def test_a_counted_level_word_in_a_headline_names_the_region_holding_them():
    found = places("Sidang Isbat Nikah di Tiga Kecamatan Sumbawa\n\nPengadilan Agama menggelar sidang isbat nikah di "
                   "Kantor Camat Lape, Rabu (5/3/2025).")
    assert "Kecamatan Sumbawa" not in found and found.get("Kabupaten Sumbawa") == "kabupaten"


def test_a_counted_level_word_in_lowercase_names_the_region_holding_them():
    found = places("Pemkab menyalurkan beras di tiga kecamatan Mamuju, Rabu (5/3/2025).")
    assert "Kecamatan Mamuju" not in found and "Kabupaten Mamuju" in found


def test_a_number_after_a_neighbourhood_word_leaves_the_village_named():
    found = places("Warga RT 02 Desa Bebanga, Kecamatan Kalukku, bergotong royong membersihkan saluran air.")
    assert "Desa Bebanga" in found


def test_the_stops_of_a_route_joined_by_dashes_are_places():
    found = places("Tour Sepeda Lombok Timur\n\nSELONG - Balap sepeda di Kabupaten Lombok Timur digelar Sabtu "
                   "(15/3/2025). Etape pertama menempuh rute Selong – Masbagik – Aikmel sejauh 85 kilometer.")
    assert "Masbagik" in found and "Aikmel" in found
