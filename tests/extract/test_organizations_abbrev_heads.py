"""Organizations: abbreviated regional heads written with a dot or in capitals, and units named with their
regional government."""
import pytest

from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_dotted_regional_government_takes_its_place():
    os_ = orgs("Judul\nPaduan suara Pemprov. Sulteng tampil, disusul rombongan Pemkab. Agam.")
    assert "Pemprov. Sulteng" in os_
    assert "Pemkab. Agam" in os_


def test_dot_before_a_non_place_is_a_full_stop():
    os_ = orgs("Judul\nProgram itu dijalankan oleh Pemkab. Apabila warga setuju, program berlanjut.")
    assert not any(n.startswith("Pemkab") for n in os_)


def test_secretariat_named_with_its_regional_government():
    os_ = orgs("Judul\nAsisten II Setda Pemkot Palu membuka rapat bersama Biro Umum Setprov. Sulteng.")
    assert "Setda Pemkot Palu" in os_
    assert "Pemkot Palu" in os_
    assert "Setprov. Sulteng" in os_


def test_military_base_acronym_in_capitals_alone_is_a_body():
    os_ = orgs("Judul\nApel dihadiri unsur TNI, LANUD, LANAL dan POLRES KENDARI.")
    assert {"LANUD", "LANAL", "POLRES KENDARI"} <= set(os_)


def test_body_that_runs_into_the_person_after_it_is_cut_back():
    os_ = orgs("Judul\nKetua Koperasi Nelayan Bahari Jaya Rustam hadir. Menurut Rustam, Koperasi Nelayan Bahari Jaya "
               "sudah berdiri sejak lama.")
    assert "Koperasi Nelayan Bahari Jaya" in os_
    assert not any("Rustam" in n for n in os_)


def test_named_group_whose_name_is_not_repeated_keeps_it():
    os_ = orgs("Judul\nKetua Kelompok Wanita Tani Melati Indah hadir. Kelompok Wanita Tani mendapat bibit.")
    assert "Kelompok Wanita Tani Melati Indah" in os_


def test_title_case_headline_verb_is_not_part_of_the_body():
    os_ = orgs("Dinas Ketahanan Pangan Percepat Penyaluran Bantuan Benih\n"
               "Dinas Ketahanan Pangan Kabupaten Garut menyalurkan bantuan benih kepada petani.")
    assert "Dinas Ketahanan Pangan Kabupaten Garut" in os_
    assert not any("Percepat" in n or "Percepat" in " ".join(o.aliases) for n, o in os_.items())


def test_public_works_units_keep_their_portfolio():
    os_ = orgs("Judul\nDinas PUPR Kota Balikpapan yang diwakili Bidang Cipta Karya dan Bidang Bina Konstruksi turut datang.")
    assert {"Bidang Cipta Karya", "Bidang Bina Konstruksi"} <= set(os_)


def test_party_chapter_ends_with_its_region_before_the_chairman():
    os_ = orgs("Judul\nKetua DPW PKB Jawa Tengah Yusuf Chudlori dan Ketua DPD Partai Golkar Kabupaten Garut "
               "Dadang Kurniawan menghadiri acara.")
    assert "DPW PKB Jawa Tengah" in os_
    assert "DPD Partai Golkar Kabupaten Garut" in os_


def test_dinas_named_with_a_ministry_acronym_is_the_regional_dinas():
    os_ = orgs("Judul\nKepala Dinas Kominfo Kota Palu membuka rapat. Diskominfo Kota Palu menyiapkan aplikasi.")
    assert len([n for n in os_ if "ominfo" in n]) == 1


def test_public_relations_desk_in_the_opening_dateline():
    os_ = orgs("Judul\nPalu – Humas Polda Sulteng, Polisi mengamankan dua pelaku pencurian.")
    assert "Humas Polda Sulteng" in os_


def test_acronym_after_comma_dan_is_the_next_body():
    os_ = orgs("Judul\nKepala Bidang Bina Marga, dan PPK Jalan Lingkar hadir dalam rapat.")
    assert "Bidang Bina Marga" in os_


def test_registered_portfolio_written_partly_in_lowercase():
    os_ = orgs("Judul\nWarga meminta Dinas Lingkungan hidup agar mengangkut sampah lebih sering.")
    assert "Dinas Lingkungan hidup" in os_


def test_regional_government_with_its_acronym_before_the_place():
    os_ = orgs("Judul\nPemerintah Kota (Pemkot) Palu meraih penghargaan. Pemkot Palu bersyukur.")
    assert "Pemerintah Kota Palu" in os_
    assert "Pemkot Palu" in os_["Pemerintah Kota Palu"].aliases


def test_a_plan_named_after_the_government_is_no_body():
    os_ = orgs("Judul\nRencana Kerja Pemerintah Daerah (RKPD) Kabupaten Garut dibahas dalam musrenbang.")
    assert not any(n.startswith("Pemerintah Daerah") for n in os_)


def test_national_companies_and_associations_without_a_legal_form():
    os_ = orgs("Judul\nPelatihan didukung Telkomsel, Jasa Marga dan Muhammadiyah bagi pelaku usaha.")
    assert os_["Telkomsel"].kind == "company"
    assert os_["Jasa Marga"].kind == "company"
    assert os_["Muhammadiyah"].kind == "association"


def test_office_of_a_regional_body_is_that_body():
    os_ = orgs("Judul\nRapat digelar di Kantor Pemkab Sigi, lalu di Kantor Kemenag Kota Palu.")
    assert "Pemkab Sigi" in os_
    assert not any(n.startswith("Kantor Pemkab") for n in os_)
    assert "Kantor Kemenag Kota Palu" in os_


def test_dan_before_another_national_body_joins_two_bodies():
    os_ = orgs("Judul\nKementerian Pertahanan dan TNI menggelar apel bersama Kementerian Koperasi dan UKM.")
    assert {"Kementerian Pertahanan", "TNI", "Kementerian Koperasi dan UKM"} <= set(os_)


def test_title_case_headline_field_of_work_is_no_unit():
    os_ = orgs("Indonesia dan Jepang Perkuat Kerja Sama Di Bidang Maritim\nKedua negara menandatangani nota.")
    assert not any(n.startswith("Bidang") for n in os_)
    os_ = orgs("Judul\nStaf pada Bidang Cipta Karya menyusun laporan.")
    assert "Bidang Cipta Karya" in os_


def test_body_that_defines_its_acronym_is_written_in_full():
    os_ = orgs("Judul\nPresiden World Bank Group (WBG) hadir. Group diskusi digelar bersama World Bank.")
    assert "World Bank Group" in os_


@pytest.mark.parametrize("text, name", [
    ("DINAS Kesehatan Kota Kendari menggelar rapat koordinasi.", "DINAS Kesehatan Kota Kendari"),
    ("PEMERINTAH Kabupaten Sleman menggelar rapat koordinasi.", "PEMERINTAH Kabupaten Sleman"),
])
def test_a_head_in_capitals_before_ordinary_case_opens_a_body(text, name):
    assert [o.name for o in extract_text(text).organizations] == [name]


@pytest.mark.parametrize("text, names", [
    ("Rapat pleno digelar KPU Kota Serang di aula kantor.", ["KPU Kota Serang"]),
    ("Dinas Pertanian Kabupaten Seruyan menyalurkan benih padi.", ["Dinas Pertanian Kabupaten Seruyan"]),
    ("Rapat diikuti Dinas Kesehatan se-Kabupaten Sleman.", []),
    ("Kepala Badan Pertanahan Nasional Kabupaten dan Kota mengikuti pertemuan lewat Zoom.",
     ["Badan Pertanahan Nasional"]),
])
def test_a_region_that_begins_with_se_is_one_region(text, names):
    assert [o.name for o in extract_text(text).organizations] == names


def test_desa_inside_a_portfolio_is_not_a_village_before_the_kabupaten():
    text = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sleman menggelar rapat koordinasi."
    assert [(o.name, o.region_code) for o in extract_text(text).organizations] == [
        ("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sleman", "34.04")]


def test_dinas_written_with_the_rest_of_its_acronym():
    os_ = orgs("Judul\nSekretaris Dinas Kominfotik Kabupaten Lingga Budi Harsono membuka pelatihan. "
               "Peserta dari Dinas Dukcapil Kabupaten Lingga juga hadir.")
    names = set(os_) | {a for o in os_.values() for a in o.aliases}
    assert "Dinas Kominfotik Kabupaten Lingga" in names
    assert "Dinas Dukcapil Kabupaten Lingga" in names


def test_technical_unit_written_in_title_case_is_a_body():
    os_ = orgs("Judul\nCamat meminta Uptd Pengelolaan Sampah Kecamatan Cibodas menambah armada.")
    assert "Uptd Pengelolaan Sampah Kecamatan Cibodas" in os_


def test_prosecutor_office_named_by_its_seat():
    os_ = orgs("Judul\nKepala Kejaksaan Lingga diwakili Kasi Intel hadir. Tim terdiri dari Kejaksaan dan Inspektorat.")
    assert "Kejaksaan Lingga" in os_
    assert "Kejaksaan" not in os_


def test_short_heads_of_subunits_open_a_unit():
    text = ("Rapat Anggaran\nHadir Kepala Subbag Umum dan Kepegawaian Dinas Kesehatan Kabupaten Sigi, Rahma Lamato, "
            "serta Staf Subbid Perencanaan Bappeda Sulteng, Dewi Tandi. Operator Subag. Keuangan mencatat hasilnya.")
    facts = extract_text(text)
    assert {"Subbag Umum dan Kepegawaian Dinas Kesehatan Kabupaten Sigi", "Subbid Perencanaan Bappeda Sulteng"} <= \
        {o.name for o in facts.organizations}
    assert {p.name for p in facts.persons} == {"Rahma Lamato", "Dewi Tandi"}
