"""A ministry without regional offices named with a region is that region's dinas of its portfolio."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_ministry_short_form_with_a_region_is_the_regional_dinas():
    os_ = orgs("Kepala Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara, Wiranto Lasido, membuka rapat. "
               "Rapat berlangsung di aula Kominfo Sultra pada Senin.")
    assert set(os_) == {"Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara"}
    assert "Kominfo Sultra" in os_["Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara"].aliases


def test_ministry_short_form_alone_is_the_ministry():
    os_ = orgs("Kominfo menggelar pelatihan literasi digital bagi guru di Kota Kendari.")
    assert os_["Kominfo"].key == "kementerian komunikasi dan informatika"


def test_dinas_short_form_names_the_body_over_the_ministry_form():
    os_ = orgs("Kominfo Sultra menggelar rapat bersama Diskominfo Sultra di Kendari.")
    assert set(os_) == {"Diskominfo Sultra"}
    assert os_["Diskominfo Sultra"].aliases == ["Kominfo Sultra"]
