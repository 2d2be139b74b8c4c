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


def test_consulting_firm_keeps_its_trade_in_its_name():
    os_ = orgs("Judul\nPekerjaan diawasi CV Lariang Konsultan Utama, sedangkan PT Towua Rekayasa Konsultan "
               "menjadi konsultan perencana.")
    assert "CV Lariang Konsultan Utama" in os_
    assert "PT Towua Rekayasa Konsultan" in os_


def test_field_of_a_transfer_fund_is_no_unit():
    os_ = orgs("Judul\nRuang kelas dibangun dengan DAK Fisik Bidang Pendidikan, sedangkan jalan desa dari "
               "Dana Alokasi Khusus (DAK) Penugasan Bidang Jalan tahun 2025.")
    assert not any(n.startswith("Bidang") for n in os_)


def test_river_basin_units_are_named_whole():
    os_ = orgs("Judul\nKepala UPTD Pengelolaan Jalan dan Jembatan Wilayah Bima, Arman Ladja, hadir bersama "
               "Kepala Bidang Pelaksanaan Jaringan Sumber Air BWS Nusa Tenggara I, Lalu Wirapati.")
    assert "UPTD Pengelolaan Jalan dan Jembatan Wilayah Bima" in os_
    assert "Bidang Pelaksanaan Jaringan Sumber Air BWS Nusa Tenggara I" in os_


def test_slashed_portfolio_words_stay_in_the_name():
    os_ = orgs("Judul\nLelang paket jalan berlangsung di Unit Kerja Pengadaan Barang/Jasa Setda Kabupaten Buol.")
    assert "Unit Kerja Pengadaan Barang/Jasa Setda Kabupaten Buol" in os_
