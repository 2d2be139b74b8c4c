"""A unit named with the body it belongs to is of that body's kind."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_commission_of_an_association_is_an_association():
    os_ = orgs("Rapat pleno\nKetua Komisi Dakwah Majelis Ulama Indonesia, Hasan Basri, menyampaikan pandangan.\n")
    assert os_["Komisi Dakwah Majelis Ulama Indonesia"].kind == "association"


def test_hospital_of_a_ministry_is_government():
    os_ = orgs("Rapat koordinasi\nDirektur Rumah Sakit Khusus Bedah Kementerian Pertahanan membuka rapat.\n")
    assert os_["Rumah Sakit Khusus Bedah Kementerian Pertahanan"].kind == "government"


def test_unit_of_a_government_body_stays_government():
    os_ = orgs("Audiensi\nKepala Bidang Pelayanan Dinas Kesehatan Kota Bekasi hadir.\n")
    assert os_["Bidang Pelayanan Dinas Kesehatan Kota Bekasi"].kind == "government"


def test_division_of_a_bank_is_a_company():
    os_ = orgs("Rapat kerja\nKepala Divisi Umum Bank NTT, Yohanes Lado, membuka rapat di Kupang.\n")
    assert os_["Divisi Umum Bank NTT"].kind == "company"


def test_field_of_a_company_is_a_company():
    os_ = orgs("Kunjungan\nBidang Pemasaran PT Semen Tonasa menerima tamu dari Makassar.\n")
    assert os_["Bidang Pemasaran PT Semen Tonasa"].kind == "company"


def test_a_section_or_directorate_of_a_company_is_a_company():
    os_ = orgs("Kunjungan\nBagian Humas PT Bank Maluku menerima kunjungan mahasiswa di Ambon.\n")
    assert os_["Bagian Humas PT Bank Maluku"].kind == "company"
    os_ = orgs("Kunjungan\nDirektorat Operasi PT Pelabuhan Teluk Ambon menerima kunjungan pelajar.\n")
    assert os_["Direktorat Operasi PT Pelabuhan Teluk Ambon"].kind == "company"


def test_a_secretariat_of_a_company_is_a_company_and_names_it():
    os_ = orgs("Kunjungan\nSekretariat PT Bank Sulselbar menerima kunjungan pelajar dari Parepare.\n")
    assert os_["Sekretariat PT Bank Sulselbar"].kind == "company"
    assert "PT Bank Sulselbar" in os_


def test_a_unit_keeps_its_company_s_legal_form_and_branch():
    os_ = orgs("Rapat\nUnit Layanan PT PLN (Persero) UP3 Kupang menggelar rapat di Oebobo.\n")
    assert os_["Unit Layanan PT PLN (Persero) UP3 Kupang"].kind == "company"
    assert all(not o.aliases or "Persero" not in o.aliases for o in os_.values())


def test_the_press_desk_of_a_company_is_a_company():
    os_ = orgs("Tiang listrik ditertibkan\nPetugas menertibkan tiang di Oebobo.\n\n(Humas PLN UP3 Atambua)\n")
    assert os_["Humas PLN UP3 Atambua"].kind == "company"
    os_ = orgs("Patroli\nPetugas berpatroli di Oebobo.\n\n(Humas Polres Belu)\n")
    assert os_["Humas Polres Belu"].kind == "government"
