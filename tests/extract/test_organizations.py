"""Organizations: long names, nesting, acronyms and aliases, typos, generic plurals, credits."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_long_name_with_dan_and_jurisdiction_stops_before_name():
    os_ = orgs("Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat, Andi Ilham, hadir.")
    assert list(os_) == ["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"]
    assert os_["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"].jurisdiction == "Sulawesi Barat"


def test_acronym_typo_and_full_name_merge_into_one_with_aliases():
    text = ("Dinas Perindustran dan Perdagangan Provinsi Sulawesi Barat menggelar rapat. "
            "Disperindag Sulbar mengundang pelaku usaha.")
    os_ = orgs(text)
    assert list(os_) == ["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"]
    aliases = os_["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"].aliases
    assert "Disperindag Sulbar" in aliases
    assert "Dinas Perindustran dan Perdagangan Provinsi Sulawesi Barat" in aliases


def test_unit_inside_a_ministry_is_its_own_organization():
    os_ = orgs("Materi dari Biro Perencanaan Kemeterian Perdagangan RI disampaikan secara daring.")
    assert "Biro Perencanaan Kementerian Perdagangan RI" in os_
    assert "Kementerian Perdagangan RI" in os_
    assert "Kemeterian Perdagangan RI" in os_["Kementerian Perdagangan RI"].aliases


def test_definition_in_brackets_is_an_alias():
    os_ = orgs("Direktorat Jenderal Pajak (DJP) bekerja sama dengan pemerintah daerah. DJP berharap banyak.")
    assert os_["Direktorat Jenderal Pajak"].aliases == ["DJP"]


def test_regional_office_forms_are_one_organization():
    text = ("Kakanwil Kemenag Prov. Jawa Timur Ahmad hadir. Kantor Wilayah Kementerian Agama Provinsi Jawa Timur "
            "menyiapkan acara.")
    assert list(orgs(text)) == ["Kantor Wilayah Kementerian Agama Provinsi Jawa Timur"]


def test_generic_plurals_are_not_organizations():
    text = ("Rapat diikuti Kepala Dinas Pertanian Kabupaten/Kota se-Provinsi Jambi, Pemerintah Kabupaten/Kota "
            "dan OPD terkait.")
    assert orgs(text) == {}


def test_uppercase_dateline_is_not_an_organization():
    assert orgs("SEMARANG – Warga memadati alun-alun kota pada Minggu pagi.") == {}


def test_kinds():
    os_ = orgs("Mahasiswa Universitas Tadulako magang di PT. Sinar Palu Jaya bersama Kadin Sulteng.")
    assert os_["Universitas Tadulako"].kind == "education"
    assert os_["PT. Sinar Palu Jaya"].kind == "company"
    assert os_["Kadin Sulteng"].kind == "association"


def test_credit_lines():
    os_ = orgs("MAMUJU, HUMAS – Bupati meresmikan pasar.\n(Rel/Diskominfo)")
    assert {"HUMAS", "Diskominfo"} <= set(os_)


def test_position_portfolio_is_not_a_unit():
    assert "Bidang Perekonomian dan Pembangunan" not in orgs(
        "Asisten II Bidang Perekonomian dan Pembangunan Rudi hadir.")


def test_named_body_after_its_acronym():
    os_ = orgs("Ketua Kelompok Tani (Poktan) Harapan Jaya Desa Tinggede menerima bantuan.")
    assert any(name.startswith("Kelompok Tani Harapan Jaya") for name in os_)


def test_word_inside_a_multiword_head_is_not_its_own_body():
    os_ = orgs("Ketua TP PKK Kabupaten Sigi membuka lomba.")
    assert list(os_) == ["TP PKK Kabupaten Sigi"]


def test_acronym_at_sentence_end_has_no_dot():
    assert "PKK" in orgs("Para kader aktif di PKK. Mereka hadir.")


def test_regional_acronyms_with_place():
    os_ = orgs("Rapat digelar di Setdakab Donggala bersama DPRK Aceh Besar.")
    assert set(os_) == {"Setdakab Donggala", "DPRK Aceh Besar"}


def test_word_of_a_multiword_position_continues_a_body():
    os_ = orgs("Direktorat Pendidik dan Tenaga Kependidikan hadir bersama Balai Guru Penggerak Provinsi Jambi.")
    assert {"Direktorat Pendidik dan Tenaga Kependidikan", "Balai Guru Penggerak Provinsi Jambi"} <= set(os_)
