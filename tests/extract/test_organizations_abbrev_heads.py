"""Organizations: abbreviated regional heads written with a dot or in capitals, and units named with their
regional government."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_dotted_regional_government_takes_its_place():
    os_ = orgs("Judul\nPaduan suara Pemprov. Sulteng tampil, disusul rombongan Pemkab. Agam.")
    assert "Pemprov. Sulteng" in os_
    assert "Pemkab. Agam" in os_


def test_dot_before_a_non_place_is_a_full_stop():
    os_ = orgs("Judul\nProgram itu dijalankan oleh Pemkab. Apabila warga setuju, program berlanjut.")
    assert not any(n.startswith("Pemkab") for n in os_)


def test_secretariat_named_with_its_regional_government():
    os_ = orgs("Judul\nAsisten II Setda Pemkot Palu membuka rapat bersama Biro Umum Setprov. Sulteng.")
    assert "Setda Pemkot Palu" in os_
    assert "Pemkot Palu" in os_
    assert "Setprov. Sulteng" in os_


def test_military_base_acronym_in_capitals_alone_is_a_body():
    os_ = orgs("Judul\nApel dihadiri unsur TNI, LANUD, LANAL dan POLRES KENDARI.")
    assert {"LANUD", "LANAL", "POLRES KENDARI"} <= set(os_)
