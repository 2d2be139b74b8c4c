"""A kecamatan or village of the release's kabupaten written bare right after a facility and a comma ("di Gedung
Daerah, Bangkinang Kota") is the town the facility stands in: the address names it as a locative would."""
from __future__ import annotations

from pipeline.extract.run import extract_text


def places(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.kind, p.code) for p in extract_text(text).places]


def test_a_kecamatan_after_a_building_and_a_comma_is_a_place():
    found = places("Bupati Kampar membuka lomba masak di Gedung Daerah, Bangkinang Kota.")
    assert ("Bangkinang Kota", "kecamatan", "14.01.01") in found


def test_the_kabupaten_may_be_named_only_in_the_venue():
    found = places("Rapat koordinasi berlangsung di Aula Kantor Bupati Mandailing Natal, Panyabungan, Senin.")
    assert ("Panyabungan", "kecamatan", "12.13.01") in found


def test_a_postfix_head_closes_the_facility_too():
    found = places("Pelatihan bagi kader posyandu Kabupaten Kampar diadakan di Sahira Hotel, Bangkinang.")
    assert ("Bangkinang", "kecamatan", "14.01.15") in found


def test_a_name_after_a_comma_without_a_facility_before_it_needs_a_locative():
    found = places("Bupati Kampar meninjau sekolah itu, Bangkinang Kota juga dikunjungi.")
    assert ("Bangkinang Kota", "kecamatan", "14.01.01") not in found


def test_a_name_between_two_facilities_is_one_more_facility():
    found = places("Petugas Kota Bandung memeriksa sinyal di Terminal Leuwipanjang, Cicaheum, Stasiun Kiaracondong "
                   "serta Bandara Husein Sastranegara.")
    assert all(name != "Cicaheum" for name, _, _ in found)
