"""Many kecamatan are named "Kota X" (the old town of a kabupaten): after "Kecamatan", "Kota" is part of the
name, not the kind of another region."""
from __future__ import annotations

from tests.extract.readers import places_found as places


def test_a_kecamatan_named_kota_x_is_one_place():
    found = places("Kegiatan dipusatkan di Kecamatan Kota Jantho, Kabupaten Aceh Besar, Senin lalu.")
    assert ("Kecamatan Kota Jantho", "kecamatan", "11.06.15") in found
    assert not any(name == "Kecamatan Kota" for name, _, _ in found)


def test_a_kecamatan_named_kota_alone_is_still_found():
    assert ("Kecamatan Kota", "kecamatan", "35.71.02") in places("Rapat digelar di Kecamatan Kota Kabupaten Kediri.")


def test_the_city_prefix_still_names_a_kota():
    assert places("Wali Kota Kendari membuka acara di Kota Kendari.") == [("Kota Kendari", "kota", "74.71")]


def test_kecamatan_as_a_level_before_a_kota_is_not_a_kecamatan():
    found = places("Rapat koordinasi pelayanan tingkat Kecamatan Kota Serang digelar Senin.")
    assert not any(kind == "kecamatan" for _, kind, _ in found)


def test_a_kecamatan_list_never_runs_across_a_line_break():
    found = places("Wali Kota hadir di Kecamatan Bantargebang\nKOTA BEKASI - Selasa, 22 November 2022\nWarga hadir.")
    assert ("Kota Bekasi", "kota", "32.75") in found
    assert not any(name == "Kecamatan Kota" for name, _, _ in found)


def test_a_kecamatan_list_after_a_comma_and_dan_is_still_read():
    found = places("Bantuan disalurkan ke Kecamatan Talun, Sragi dan Wonokerto, Kabupaten Pekalongan.")
    assert {"Kecamatan Talun", "Kecamatan Sragi", "Kecamatan Wonokerto"} <= {name for name, _, _ in found}


def test_a_body_of_a_kecamatan_named_kota_x_is_that_kecamatans_body():
    from pipeline.extract import extract_text

    facts = extract_text("Penyuluh agama ditempatkan di KUA Kecamatan Kota Masohi dan KUA Kecamatan Amahai.\n"
                         "Kepala KUA Kecamatan Kota Masohi, Jafar Umarella, menyambut para penyuluh.")
    assert {o.name for o in facts.organizations} == {"KUA Kecamatan Kota Masohi", "KUA Kecamatan Amahai"}
    assert [[t.text for t in p.titles] for p in facts.persons if p.name == "Jafar Umarella"] == [
        ["Kepala KUA Kecamatan Kota Masohi"]]


def test_a_village_named_kota_x_is_one_place():
    found = places("Bupati meninjau saluran di Kelurahan Kota Uneng, Kecamatan Alok, Kabupaten Sikka, Senin lalu.")
    assert ("Kelurahan Kota Uneng", "desa", "53.07.05.1009") in found
    assert not any(name == "Kota Uneng" or kind == "kota" for name, kind, _ in found)
