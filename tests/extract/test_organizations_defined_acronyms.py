"""A release that spells a registered acronym out as another thing does not name the registered body."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_acronym_spelled_as_a_programme_is_not_the_red_cross():
    os_ = orgs("Pemerintah membuka Program Magang Indonesia (PMI) bagi lulusan baru. "
               "Peserta PMI bertambah pesat tahun ini.")
    assert not any("PMI" in (o.name, *o.aliases) or o.name.startswith("Palang Merah") for o in os_.values())


def test_acronym_spelled_as_the_body_stays():
    os_ = orgs("Relawan Palang Merah Indonesia (PMI) Kota Bogor membantu korban banjir. PMI juga membuka posko.")
    assert "PMI" in os_["Palang Merah Indonesia Kota Bogor"].aliases


def test_untuk_inside_a_name_that_its_acronym_spells():
    found = {o.name: o.aliases for o in extract_text(
        "Rapat Tahunan\nKegiatan diselenggarakan Dewan Nasional Pelestarian untuk Warisan Alam (DNPWA) di Palu.",
        published="2024-05-01").organizations}
    assert found.get("Dewan Nasional Pelestarian untuk Warisan Alam") == ["DNPWA"]


def test_for_after_an_english_head_when_the_acronym_spells_the_run():
    found = {o.name: o.aliases for o in extract_text(
        "Kunjungan\nMenteri menerima delegasi Pacific Institute for Coastal Resilience Studies (PICRS) di Jakarta.",
        published="2024-05-01").organizations}
    assert found.get("Pacific Institute for Coastal Resilience Studies") == ["PICRS"]


def test_a_regions_number_after_the_bracket_completes_the_name():
    found = {o.name for o in extract_text(
        "Rapat Teknis\nBalai Wilayah Sungai (BWS) Sulawesi IV hadir bersama warga. Kepala Badan Pengelola Dana Desa "
        "(BPDD) Budi Santoso, Gubernur Sulteng dan warga hadir.", published="2024-05-01").organizations}
    assert "Balai Wilayah Sungai Sulawesi IV" in found
    assert not any("Budi Santoso" in n for n in found)


def test_a_bracket_before_a_region_names_that_regions_body_only():
    found = {o.name: o.aliases for o in extract_text(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sigi membuka posko di Desa Kotapulu. Bantuan juga "
        "diserahkan BPBD Provinsi Sulawesi Tengah kepada warga. BPBD terus memantau debit air.",
        published="2025-03-01").organizations}
    assert "BPBD Provinsi Sulawesi Tengah" in found
    assert "BPBD" in found["Badan Penanggulangan Bencana Daerah Kabupaten Sigi"]
    assert "BPBD Provinsi Sulawesi Tengah" not in found["Badan Penanggulangan Bencana Daerah Kabupaten Sigi"]


def test_the_words_after_a_qualifier_of_a_longer_short_form_spell_the_shorter_one():
    os_ = orgs("Wakil Bupati melepas 20 Calon Pekerja Migran Indonesia (CPMI) asal Kabupaten Sikka. "
               "Para calon PMI tersebut akan bekerja di Jepang.")
    assert not any("PMI" in (o.name, *o.aliases) or o.name.startswith("Palang Merah") for o in os_.values())


def test_a_short_form_used_for_the_land_tax_is_no_body():
    os_ = orgs("Pajak Daerah\nBapenda Kabupaten Sigi mengimbau wajib pajak membayar PBB-P2 sebelum jatuh tempo. "
               "Realisasi PBB naik dibanding tahun lalu.")
    assert not any(o.name in ("PBB", "Perserikatan Bangsa-Bangsa") for o in os_.values())


def test_the_same_short_form_with_the_body_named_stays_the_body():
    os_ = orgs("Surat Presiden\nPresiden menyurati Perserikatan Bangsa-Bangsa (PBB) soal iklim. Sekjen PBB menyoroti "
               "pajak karbon.")
    assert "Perserikatan Bangsa-Bangsa" in os_
