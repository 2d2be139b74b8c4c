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
