"""A bracket after a name that ends in a place holds the place's short form, not the body's."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_place_short_form_in_brackets_is_no_alias_of_a_unit():
    os_ = orgs("Pagi itu Satlantas Polres Tanjung Jabung Barat (Tanjabbar) menggelar apel. "
               "Kapolres Tanjabbar AKBP Rudi Hartono memimpin apel itu.")
    assert os_["Satlantas Polres Tanjung Jabung Barat"].aliases == []


def test_place_short_form_in_brackets_is_no_alias_of_a_regional_body():
    os_ = orgs("Pekan lalu Ketua Tim Penggerak PKK Provinsi Papua Barat Daya (PBD) menilai lomba di tingkat "
               "Provinsi PBD.")
    assert os_["Tim Penggerak PKK Provinsi Papua Barat Daya"].aliases == []


def test_acronym_of_a_body_after_its_place_stays_an_alias():
    os_ = orgs("Dinas Kesehatan Kabupaten Sikka (Dinkes Sikka) menggelar vaksinasi.")
    assert os_["Dinas Kesehatan Kabupaten Sikka"].aliases == ["Dinkes Sikka"]


def test_a_two_word_short_form_opening_with_a_registered_acronym_is_the_bodys():
    os_ = orgs("MAMUJU - Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda Litbang) Provinsi "
               "Sulawesi Barat menggelar lokakarya RKPD, Selasa (4/3/2025).")
    assert list(os_) == ["Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Provinsi Sulawesi Barat"]
    assert os_[list(os_)[0]].acronym == "Bappeda Litbang"


def test_a_registered_short_form_inside_its_own_bodys_bracket_stays_its_alias():
    text = "Universitas Pertahanan Republik Indonesia (Unhan RI) menggelar seminar di Bogor."
    [org] = extract_text(text).organizations
    assert "Unhan" in org.aliases
