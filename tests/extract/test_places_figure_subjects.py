"""The region a statistic, a budget or a plan is of is a place of the release, not where its event is held."""
from __future__ import annotations

from pipeline.extract import extract_text


def test_the_region_after_a_figures_short_form_is_a_place():
    text = ("Sulteng – Indeks Pembangunan Manusia (IPM) Kabupaten Ngada naik, NTP Sulawesi Barat turun, dan APBD "
            "Kabupaten Sikka disahkan. Dinas Kehutanan (Dishut) Provinsi Maluku hadir.")
    names = {p.name for p in extract_text(text).places}
    assert {"Kabupaten Ngada", "Sulawesi Barat", "Kabupaten Sikka"} <= names
    assert "Maluku" not in names  # a body's jurisdiction after its short form stays in the body


def test_the_region_of_a_plan_is_not_where_its_forum_is_held():
    title = "Konsultasi Publik Ranwal RKPD 2026"
    text = (f"{title}\nSALAKAN – Untuk menyiapkan RKPD Kabupaten Banggai Kepulauan Tahun 2026, Bappeda "
            "mengundang perangkat daerah ke forum konsultasi publik Ranwal RKPD di Aula Bappeda, "
            "Salakan, Kamis (13/2/2025).")
    facts = extract_text(text, title=title)
    assert "Kabupaten Banggai Kepulauan" in {p.name for p in facts.places}
    assert facts.main_event.place == "Salakan"
