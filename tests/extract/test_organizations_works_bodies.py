"""Organizations in releases on public works: road units, office addresses, contractors and funds."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_street_address_after_a_body_is_no_portfolio():
    os_ = orgs("Judul\nRapat digelar di Aula Dinas Perhubungan, Jalan Sis Aljufri Nomor 5, Palu, Senin (3/3/2025).")
    assert "Dinas Perhubungan" in os_
    assert not any("Jalan" in n for n in os_)


def test_roads_and_bridges_unit_keeps_its_numbered_area_and_body():
    os_ = orgs("Judul\nUPTD Jalan dan Jembatan Wilayah III merapikan bahu jalan.\n"
               "Bidang Jalan dan Jembatan Dinas PUPR Donggala menyiapkan alat berat.")
    assert "UPTD Jalan dan Jembatan Wilayah III" in os_
    assert "Bidang Jalan dan Jembatan Dinas PUPR Donggala" in os_
