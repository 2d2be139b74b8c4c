"""A closing credit's desk written with its body and then the writer's initials: the initials are no part of it."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_writer_initials_after_a_desk_are_dropped():
    os_ = orgs("KPU menggelar rapat\nKPU menyampaikan laporan keuangan di Jakarta. (Hupmas KPU Rdn/Foto: Ika/ed Bim)\n")
    assert "Hupmas KPU" in os_
    assert not any(n.endswith("Rdn") for n in os_)


def test_desk_ending_in_a_place_keeps_it():
    os_ = orgs("Bupati membuka acara\nBupati Sikka membuka acara di aula. (Humas Setda Sikka/Andi)\n")
    assert "Humas Setda Sikka" in os_
