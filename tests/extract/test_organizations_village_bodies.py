"""A village's own bodies carry their proper names (a BUMDes, a Karang Taruna, a Koperasi Desa Merah Putih), as do
its private schools and madrasahs."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name for o in extract_text(text, published="2025-03-01").organizations}


def test_a_village_enterprise_keeps_its_name():
    assert "BUMDes Ganti Sejahtera" in orgs("Hadir pengurus BUMDes Ganti Sejahtera pada acara itu.")


def test_a_youth_organization_keeps_its_name_and_village():
    assert "Karang Taruna Tunas Harapan Desa Ganti" in orgs(
        "Hadir pengurus Karang Taruna Tunas Harapan Desa Ganti pada acara itu.")


def test_a_youth_organization_of_a_kabupaten_keeps_its_region():
    assert "Karang Taruna Kabupaten Donggala" in orgs("Ketua Karang Taruna Kabupaten Donggala, Rudi Hartono, hadir.")


def test_a_merah_putih_cooperative_is_named_whole_with_its_village():
    assert "Koperasi Desa Merah Putih Desa Ganti" in orgs(
        "Camat meresmikan Koperasi Desa Merah Putih Desa Ganti pada Senin (3/3/2025).")


def test_private_madrasahs_and_integrated_islamic_schools_are_named_heads():
    found = orgs("Juara diraih MIS Alkhairaat Tanjung Batu, MTsS DDI Labuan dan SDIT Al Fahmi.")
    assert {"MIS Alkhairaat Tanjung Batu", "MTsS DDI Labuan", "SDIT Al Fahmi"} <= found
