"""Protected and zoned areas are places named with their head."""
from __future__ import annotations

from pipeline.extract import extract_text


def _extract(text: str):
    facts = extract_text(text)
    return [p.name for p in facts.places], [v.name for v in facts.venues]


def test_protected_areas_are_places_named_with_their_head():
    places, venues = _extract("Patroli Hutan\nPetugas berpatroli di perbatasan Cagar Alam Gunung Sibela Utara "
                              "sejak pagi. Warga desa penyangga Taman Nasional Lorentz mendukung patroli.")
    assert {"Cagar Alam Gunung Sibela Utara", "Taman Nasional Lorentz"} <= set(places)
    assert not any(v.startswith("Taman") for v in venues)


def test_a_special_economic_zone_keeps_its_acronym_and_hides_the_kecamatan_inside():
    places, _ = _extract("Investasi Tumbuh\nPara investor menanamkan modal di kawasan Kawasan Ekonomi Khusus "
                         "(KEK) Sei Mangkei dan KEK Mandalika tahun ini.")
    assert {"Kawasan Ekonomi Khusus (KEK) Sei Mangkei", "KEK Mandalika"} <= set(places)
    assert "Kecamatan Sei Mangkei" not in places


def test_an_area_where_something_happens_is_its_venue():
    places, venues = _extract("Tanam Pohon\nBupati menanam seribu pohon di Taman Hutan Raya Sultan Adam, "
                              "Kabupaten Banjar, Senin (5/2).")
    assert "Taman Hutan Raya Sultan Adam" in venues
    assert "Taman Hutan Raya Sultan Adam" not in places


def test_a_kind_of_area_without_a_name_is_no_place():
    places, _ = _extract("Konservasi\nPengelolaan Taman Nasional Indonesia dibahas dalam rapat kerja.")
    assert not any(p.startswith("Taman") for p in places)


def test_an_area_written_before_its_region_and_a_day_is_where_it_happens():
    places, venues = _extract("Tanam Pohon\nBupati menanam pohon di Hutan Lindung Sungai Wain, Kota Balikpapan, "
                              "Senin (5/2).")
    assert "Hutan Lindung Sungai Wain" in venues
    assert "Hutan Lindung Sungai Wain" not in places


def test_a_beach_is_a_place_like_a_river_or_a_bay():
    places, venues = _extract("Bersih Pantai\nPalu – Ratusan warga membersihkan sampah di Pantai Talise dan Sungai "
                              "Palu, Sabtu (1/3/2025). Aksi serupa digelar di Sungai Poso dan Pantai Marina.")
    assert {"Pantai Talise", "Sungai Palu", "Sungai Poso", "Pantai Marina"} <= set(places)
    assert venues == [] and "Sungai Pantai Marina" not in places
    places, _ = _extract("Banjir\nBupati meninjau Kecamatan Pantai Cermin, Kabupaten Serdang Bedagai.")
    assert "Kecamatan Pantai Cermin" in places


def test_a_headline_verb_after_an_area_name_ends_the_area_and_its_office():
    facts = extract_text("Balai Taman Nasional Manusela Gelar Aksi Bersih Pantai\nMASOHI - Petugas membersihkan "
                         "pantai di Desa Sawai, Minggu (16/3/2025).")
    assert "Balai Taman Nasional Manusela" in {o.name for o in facts.organizations}
    assert not any("Gelar" in p.name for p in facts.places)
    places, _ = _extract("Warga Taman Nasional Aketajawe Lolobata Tanam 1.000 Pohon\nSOFIFI - Warga menanam pohon.")
    assert "Taman Nasional Aketajawe Lolobata" in places


def test_a_list_after_a_unit_cue_inside_a_body_name_is_no_crash():
    places, venues = _extract("Kegiatan yang digelar Dinas Lingkungan Hidup dan Persampahan Kota Tual ini "
                              "berlangsung di Lapangan Merdeka.")
    assert places == ["Kota Tual"]
