"""A body named in full and short, its region written short ('Sulteng', 'Malut', 'NTB'), is one organization."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o.aliases for o in extract_text(text).organizations}


def test_initials_with_the_region_short_form_name_the_body_in_full():
    os_ = orgs("Ketua Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tengah Hasan Rianto menerima mahasiswa. "
               "Menurut Hasan, DPRD Sulteng akan menindaklanjuti aspirasi itu.")
    assert os_ == {"Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tengah": ["DPRD Sulteng"]}


def test_a_region_short_form_inside_the_name_is_the_region():
    os_ = orgs("Kanwil Kemenag NTB menggelar rapat. Kepala Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara "
               "Barat Ahmad Rusli membukanya. Biro Hukum Setda Provinsi Maluku Utara dan Biro Hukum Setda Malut hadir.")
    assert "Kanwil Kemenag NTB" in os_["Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara Barat"]
    assert "Biro Hukum Setda Malut" in os_["Biro Hukum Setda Provinsi Maluku Utara"]
    assert "Kanwil Kemenag NTB" not in os_ and "Biro Hukum Setda Malut" not in os_


def test_a_unit_defined_in_a_bracket_then_written_short_with_its_body_short():
    os_ = orgs("Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinas Kesehatan Kabupaten Banggai menggelar rapat. "
               "Bidang P2P Dinkes Banggai menyiapkan vaksin.")
    full = "Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Banggai"
    assert "Bidang P2P Dinkes Banggai" in os_[full]
    assert "Bidang P2P Dinkes Banggai" not in os_


def test_a_representative_office_is_the_regional_office_its_short_form_names():
    os_ = {o.name: o for o in extract_text(
        "Judul\nHadir Kepala Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah, Ardi Putra. Deputi Kepala "
        "Perwakilan BI Sulteng, Rudi Amir, memaparkan data.").organizations}
    assert list(os_) == ["Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah"]
    assert "BI Sulteng" in os_["Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah"].aliases


def test_a_short_form_after_negara_anggota_is_the_international_body_not_the_region():
    facts = extract_text("Gubernur Gorontalo menghadiri forum ekonomi halal negara anggota OKI di Jeddah, Selasa "
                         "(25/2/2025). Sekretaris Jenderal OKI, Hamid Basri, membuka forum.", published="2025-03-01")
    assert "OKI" in {o.name for o in facts.organizations}
    assert "Kabupaten Ogan Komering Ilir" not in {p.name for p in facts.places}


def test_the_same_short_form_after_a_regional_post_stays_the_region():
    facts = extract_text("Bupati OKI, Hamid Basri, meresmikan pasar di Kayuagung, Selasa (25/2/2025). Pemkab OKI "
                         "menyiapkan anggaran bagi warga OKI.", published="2025-03-01")
    assert "OKI" not in {o.name for o in facts.organizations}


def test_a_headline_names_the_regional_body_by_its_bare_short_form():
    os_ = orgs("Baznas Salurkan Zakat Fitrah\n\nLIMBOTO - Baznas Kabupaten Gorontalo menyalurkan zakat fitrah kepada "
               "4.000 mustahik, Senin (24/3/2025).")
    assert os_ == {"Baznas Kabupaten Gorontalo": ["Baznas"]}
    os_ = orgs("MUI Gelar Halaqah Ulama\n\nPALU - MUI Provinsi Sulawesi Tengah menggelar halaqah ulama di Palu, "
               "Senin (24/3/2025).")
    assert os_ == {"MUI Provinsi Sulawesi Tengah": ["MUI"]}
    # in running text the national body stays apart from its regional office
    os_ = orgs("Baznas menetapkan nilai zakat fitrah tahun ini. Baznas Kabupaten Gorontalo menyalurkannya kepada "
               "4.000 mustahik, Senin (24/3/2025).")
    assert set(os_) == {"Baznas", "Baznas Kabupaten Gorontalo"}
