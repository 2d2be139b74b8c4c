"""Persons: a body written right before a scholar's or a clergyman's name is the position the person holds."""
from pipeline.extract import extract_text


def titles(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_a_body_before_a_clergyman_or_a_scholar_is_the_post():
    got = titles("Silaturahmi Natal\nDalam kesempatan itu, Majelis Agama Kristen Kota Palu, Pendeta Yosafat Lamba "
                 "mengungkapkan harapannya. Hadir pula narasumber dari DPP APKASI Dr. Mutiara Lasimpo.")
    assert got.get("Yosafat Lamba") == ["Majelis Agama Kristen Kota Palu"]


def test_a_body_inside_a_rank_or_a_longer_phrase_is_no_post():
    got = titles("Latihan Bersama\nLatihan dibuka Marsekal Muda TNI Dr. Budi Lamba di Palu. Ketua lkatan Alumni "
                 "Universitas Tadulako Dr. Ani Lasimpo turut hadir.")
    assert got.get("Budi Lamba") in (None, []) or "TNI" not in got["Budi Lamba"]
    assert "Universitas Tadulako" not in (got.get("Ani Lasimpo") or [])


def test_a_government_body_before_a_name_is_a_post_written_short_not_a_seat():
    got = titles("Seleksi Pejabat\nSementara itu BKPSDM Prof. Budi Lamba menjelaskan tahapan seleksi di Palu.")
    assert "BKPSDM" not in (got.get("Budi Lamba") or [])
