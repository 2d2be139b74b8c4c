"""Reports list regions with their figures: "Kecamatan A (47 kasus), B (39 kasus) dan C", "Kecamatan A 24 persen, B
21 persen". One cue still names every item of the list; an item after a figure is a region of the same kabupaten."""
from __future__ import annotations

from pipeline.extract.run import extract_text


def names(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_bracketed_counts_between_listed_kecamatan():
    found = names("Dinas Kesehatan Kabupaten Bima mencatat kasus terbanyak di Kecamatan Woha (47 kasus), "
                  "Bolo (39 kasus), Monta (28 kasus) dan Sape (22 kasus).")
    assert {"Kecamatan Bolo", "Kecamatan Monta", "Kecamatan Sape"} <= set(found)


def test_percentages_between_listed_kecamatan():
    found = names("Prevalensi stunting di Kabupaten Bima tertinggi di Kecamatan Woha sebesar 24 persen, "
                  "Bolo 21,5 persen dan Sape 17 persen.")
    assert {"Kecamatan Bolo", "Kecamatan Sape"} <= set(found)


def test_a_figure_does_not_make_the_next_town_a_kecamatan():
    found = names("Tim Dinas Sosial Kabupaten Sigi bergerak ke Kecamatan Dolo 2 kali, Palu dan Donggala.")
    assert "Kota Palu" in found and "Kecamatan Palu" not in found


def test_kecamatan_in_brackets_after_their_kabupaten():
    # weather warnings list the kecamatan concerned in brackets after each kabupaten
    found = names("Hujan lebat berpotensi terjadi di Kabupaten Lombok Barat (Gunungsari, Lingsar, Narmada) dan "
                  "Lombok Tengah (Praya, Jonggat dan Kopang).")
    assert {"Kecamatan Gunungsari", "Kecamatan Narmada", "Kecamatan Praya", "Kecamatan Kopang"} <= set(found)


def test_a_short_form_in_brackets_after_a_kabupaten_names_no_kecamatan():
    found = names("Bantuan disalurkan ke Kabupaten Lombok Tengah (Loteng) dan Kabupaten Sigi (Sigi Biromaru).")
    assert "Kabupaten Lombok Tengah" in found and "Kecamatan Sigi Biromaru" in found
    assert not any(n.startswith("Kecamatan Loteng") for n in found)


def test_a_region_before_its_amount_in_a_title_case_release():
    text = ("Penyaluran KUR Capai Rp5 Triliun\nMATARAM - Kabupaten Lombok Timur menyerap Rp1,24 triliun, diikuti "
            "Lombok Tengah Rp980 miliar dan Bima Rp. 710 miliar.")
    found = names(text)
    assert "Kabupaten Lombok Tengah" in found and any("Bima" in n for n in found)


def test_figures_after_a_colon_and_items_between_semicolons():
    found = names("Dinas Kesehatan Kabupaten Bima mencatat Kecamatan Woha: 47 kasus, Bolo: 39 kasus dan Sape: 22 kasus.")
    assert {"Kecamatan Bolo", "Kecamatan Sape"} <= set(found)
    found = names("Dinas Kesehatan Kabupaten Bima mencatat Kecamatan Woha 47 kasus; Bolo 39 kasus; dan Sape 22 kasus.")
    assert {"Kecamatan Bolo", "Kecamatan Sape"} <= set(found)


def test_listed_villages_share_the_first_ones_kecamatan_and_are_no_persons():
    # "Naru" and "Keli" are village names in several kabupaten and the model reads them as persons
    found = names("Bantuan disalurkan kepada warga terdampak banjir di Desa Talabiu 120 KK, Naru 90 KK dan Keli 40 KK.")
    assert {"Desa Talabiu", "Desa Naru", "Desa Keli"} <= set(found)
    found = names("Pengecekan air bersih dilakukan di Desa Talabiu, Naru dan Dadibou.")
    assert {"Desa Naru", "Desa Dadibou"} <= set(found)
