"""A ministry without regional offices named with a region is that region's dinas of its portfolio."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_ministry_short_form_with_a_region_is_the_regional_dinas():
    os_ = orgs("Rapat kerja itu dibuka Wiranto Lasido, pimpinan Dinas Komunikasi dan Informatika Provinsi Maluku Utara. "
               "Rapat berlangsung di aula Kominfo Malut pada Senin.")
    name = "Dinas Komunikasi dan Informatika Provinsi Maluku Utara"
    assert set(os_) == {name}
    assert "Kominfo Malut" in os_[name].aliases


def test_ministry_short_form_alone_is_the_ministry():
    os_ = orgs("Kominfo menggelar pelatihan literasi digital bagi guru di Kota Kendari.")
    assert os_["Kominfo"].key == "kementerian komunikasi dan informatika"


def test_dinas_short_form_names_the_body_over_the_ministry_form():
    os_ = orgs("Kominfo Malut menggelar rapat bersama Diskominfo Malut di Ternate.")
    assert set(os_) == {"Diskominfo Malut"}
    assert os_["Diskominfo Malut"].aliases == ["Kominfo Malut"]


def test_ministry_short_form_after_a_dinas_post_is_no_ministry():
    os_ = orgs("Kadis Kominfo Rahmat Lasadi dan Sekdis Kemensos Yuliana Pakaya membuka pelatihan di Kota Palu. "
               "Kabid Kominfo Arman Tolala ikut hadir.")
    assert not {"Kominfo", "Kemensos"} & set(os_)


def test_ministry_short_form_after_a_minister_stays_the_ministry():
    os_ = orgs("Menteri Kominfo Rahmat Lasadi membuka pelatihan di Kota Palu.")
    assert os_["Kominfo"].key == "kementerian komunikasi dan informatika"
