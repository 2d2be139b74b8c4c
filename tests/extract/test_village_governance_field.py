"""After a post's head, "Pemerintahan" is the field a section serves (governance), not a region's government:
"Kasi Pemerintahan Kecamatan X" and "Kaur Pemerintahan Desa Y" name no "Pemerintahan Kecamatan X" body."""
import pytest

from pipeline.extract import extract_text


def orgs(text):
    return {o.name for o in extract_text(text, published="2024-08-20").organizations}


@pytest.mark.parametrize("text, wrong", [
    ("Camat Lage, Yusman Tojang, didampingi Kasi Pemerintahan Kecamatan Lage, Irwan, meninjau Desa Sepe.",
     "Pemerintahan Kecamatan Lage"),
    ("Laporan dibacakan Kaur Pemerintahan Desa Sepe, Marlina, di hadapan anggota BPD.",
     "Pemerintahan Desa Sepe"),
])
def test_a_sections_governance_field_is_no_government(text, wrong):
    assert wrong not in orgs(text)


def test_a_government_written_pemerintahan_is_still_one():
    assert "Pemerintahan Kabupaten Poso" in orgs(
        "Nota kesepakatan ditandatangani Pemerintahan Kabupaten Poso dan Universitas Tadulako.")
