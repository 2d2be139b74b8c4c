"""A bracket of the head's short form and the body's short form ("(Kanwil DJPb)") defines the body: the region after
it is the body's."""
import pytest

from pipeline.extract import extract_text


@pytest.mark.parametrize("text,name", [
    ("Rapat kerja\nKepala Kantor Wilayah Direktorat Jenderal Perbendaharaan (Kanwil DJPb) Provinsi Maluku Utara, "
     "Andi Saputra, membuka rapat di Ternate.\n",
     "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Maluku Utara"),
    ("Sosialisasi\nKantor Wilayah Direktorat Jenderal Perbendaharaan (Kanwil DJPb) Sulawesi Tengah menggelar "
     "sosialisasi di Palu.\n", "Kantor Wilayah Direktorat Jenderal Perbendaharaan Sulawesi Tengah"),
])
def test_region_after_a_head_and_short_form_bracket_is_the_body_s(text, name):
    names = {o.name for o in extract_text(text).organizations}
    assert name in names


@pytest.mark.parametrize("text,name", [
    ("Sosialisasi pajak\nKantor Wilayah Direktorat Jenderal Pajak (DJP) Suluttenggomalut menggelar sosialisasi di "
     "Palu.\n", "Kantor Wilayah Direktorat Jenderal Pajak Suluttenggomalut"),
    ("Lelang negara\nKantor Wilayah Direktorat Jenderal Kekayaan Negara (DJKN) Sulselbartra menggelar lelang di "
     "Makassar.\n", "Kantor Wilayah Direktorat Jenderal Kekayaan Negara Sulselbartra"),
    ("Rapat kerja\nKantor Wilayah Direktorat Jenderal Pajak (DJP) Nusa Tenggara menggelar rapat di Mataram.\n",
     "Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara"),
])
def test_area_of_merged_provinces_after_the_bracket_is_the_body_s(text, name):
    names = {o.name for o in extract_text(text).organizations}
    assert name in names
