"""A body's branch or regional office written after it is part of its name; regional acronyms of national
agencies name their offices."""
import pytest

from pipeline.extract import extract_text


def org_names(text):
    return [o.name for o in extract_text(text).organizations]


@pytest.mark.parametrize("text, name", [
    ("BPJS Kesehatan Cabang Palu menggelar rapat koordinasi di aula pada Senin.", "BPJS Kesehatan Cabang Palu"),
    ("Kepala LLDikti Wilayah XI, Budi Santoso, mengatakan hal itu.", "LLDikti Wilayah XI"),
    ("BNNP Kalimantan Timur menggelar rapat koordinasi di aula pada Senin.", "BNNP Kalimantan Timur"),
])
def test_branches_and_regional_offices(text, name):
    assert name in org_names(text)


def test_a_regional_acronym_and_its_long_form_are_one_office():
    facts = extract_text("Badan Narkotika Nasional Provinsi Kalimantan Timur (BNNP Kaltim) menggelar razia.")
    assert [(o.name, o.aliases) for o in facts.organizations] == [
        ("Badan Narkotika Nasional Provinsi Kalimantan Timur", ["BNNP Kaltim"])]


def test_a_body_whose_name_holds_a_post_word_stays_whole():
    assert org_names("Badan Pengelola Keuangan Haji menggelar rapat kerja.") == ["Badan Pengelola Keuangan Haji"]


def test_a_registered_portfolio_holding_a_post_word_stays_in_the_name():
    names = org_names("Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Donggala menggelar rapat.")
    assert "Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Donggala" in names


def test_a_rank_after_a_police_post_ends_its_place():
    facts = extract_text("Pada Selasa, anggota Polsek Loura Brigpol Teofilus Markus Bili menyambangi warga.")
    assert [o.name for o in facts.organizations] == ["Polsek Loura"]
    assert [p.name for p in facts.persons] == ["Teofilus Markus Bili"]


def test_an_offices_class_does_not_make_it_another_office():
    facts = extract_text("Tim bertandang ke Lapas Kelas IIB Amuntai, Kamis. Kepala Lapas Amuntai menerima mereka.")
    assert [(o.name, o.aliases) for o in facts.organizations] == [("Lapas Kelas IIB Amuntai", ["Lapas Amuntai"])]


def test_a_companys_branch_office_written_with_kantor_is_part_of_its_name():
    from pipeline.extract import extract_text as _extract
    names = {o.name for o in _extract("Panen dihadiri perwakilan Perum Bulog Kantor Cabang Palu dan Bank Sulteng "
                                      "Cabang Sigi.").organizations}
    assert "Perum Bulog Kantor Cabang Palu" in names
    assert "Kantor Cabang Palu" not in names
    names = {o.name for o in _extract("Hadir perwakilan PT PLN (Persero) Kantor Wilayah Sulawesi Utara, Tengah dan "
                                      "Gorontalo.").organizations}
    assert "PT PLN (Persero) Kantor Wilayah Sulawesi Utara, Tengah dan Gorontalo" in names


def test_a_regional_office_written_after_the_bodys_bracket_is_part_of_its_name():
    orgs = {o.name: o for o in extract_text(
        "Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Perwakilan Sulawesi Tengah menggelar rapat. "
        "Bank Indonesia (BI) Perwakilan Provinsi Maluku Utara mencatat inflasi. Bank Indonesia Perwakilan "
        "Provinsi Maluku Utara juga hadir.").organizations}
    assert "Badan Kependudukan dan Keluarga Berencana Nasional Perwakilan Sulawesi Tengah" in orgs
    assert [n for n in orgs if n.startswith("Bank Indonesia")] == ["Bank Indonesia Perwakilan Provinsi Maluku Utara"]


@pytest.mark.parametrize("text, name", [
    ("PT Pelabuhan Indonesia (Persero) Regional 4 Ambon menggelar rapat pada Senin.",
     "PT Pelabuhan Indonesia (Persero) Regional 4 Ambon"),
    ("PT Angkasa Pura (Persero) Cabang 2 Kupang menggelar rapat pada Senin.", "PT Angkasa Pura (Persero) Cabang 2 Kupang"),
])
def test_a_state_company_numbered_branch(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text, name", [
    ("Perum Bulog Kanwil Sulteng menyalurkan beras pada Senin.", "Perum Bulog Kanwil Sulteng"),
    ("Perum Bulog Kancab Palu menyalurkan beras pada Senin.", "Perum Bulog Kancab Palu"),
    ("Petugas PLN UP3 Luwuk memadamkan listrik pada Senin.", "PLN UP3 Luwuk"),
    ("Manajer PLN ULP Ampana, Budi Santoso, hadir.", "PLN ULP Ampana"),
    ("PT PLN (Persero) UP3 Gorontalo memadamkan listrik pada Senin.", "PT PLN (Persero) UP3 Gorontalo"),
    ("Telkom Witel Sulteng memperbaiki jaringan pada Senin.", "Telkom Witel Sulteng"),
    ("Bank Sulteng KCP Ampana menyalurkan kredit pada Senin.", "Bank Sulteng KCP Ampana"),
])
def test_a_branch_office_short_form_after_a_company(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text, name", [
    ("Kepala KPPBC Tipe Madya Pabean C Ternate, Budi Hartono, hadir.", "KPPBC Tipe Madya Pabean C Ternate"),
    ("KPPBC TMP C Ambon menggelar operasi pada Senin.", "KPPBC TMP C Ambon"),
    ("KSOP Kelas II Ambon menggelar operasi pada Senin.", "KSOP Kelas II Ambon"),
])
def test_a_regional_office_type_before_its_seat(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text, name", [
    ("Balai Taman Nasional Lore Lindu menggelar patroli hutan pada Senin.", "Balai Taman Nasional Lore Lindu"),
    ("Kepala Balai Besar Taman Nasional Komodo, Budi Sapta, hadir.", "Balai Besar Taman Nasional Komodo"),
])
def test_the_office_of_a_named_area(text, name):
    assert name in org_names(text)


def _orgs(text):
    return {o.name: o.aliases for o in extract_text(text, published="2025-03-01").organizations}


def test_a_regional_bank_named_with_its_province_keeps_the_whole_province():
    found = _orgs("Pemkab menandatangani nota dengan PT Bank Pembangunan Daerah Sulawesi Tengah (Bank Sulteng) "
                  "tentang kas daerah. Direktur Utama Bank Sulteng, Yusuf Lamba, hadir.")
    assert found.get("PT Bank Pembangunan Daerah Sulawesi Tengah") == ["Bank Sulteng"]


def test_a_branch_named_with_and_without_its_branch_word_is_one():
    found = _orgs("PT Jasa Raharja Cabang Nusa Tenggara Timur menyerahkan santunan. Kepala PT Jasa Raharja Cabang "
                  "NTT, Jhon Manafe, hadir. Bank Lestari Cabang Ende menyalurkan kredit. Pimpinan Bank Lestari "
                  "Ende, Frans Bata, hadir.")
    assert found.get("PT Jasa Raharja Cabang Nusa Tenggara Timur") == ["PT Jasa Raharja Cabang NTT"]
    assert "Bank Lestari Ende" not in found


def test_a_branch_after_a_banks_bracket_joins_its_name():
    found = _orgs("PT Bank Pembangunan Daerah Nusa Tenggara Timur (Bank NTT) Cabang Ende menyalurkan kredit.")
    assert "PT Bank Pembangunan Daerah Nusa Tenggara Timur Cabang Ende" in found


def test_a_listed_companys_branch_after_tbk_joins_its_name():
    found = _orgs("Kartu dibagikan bersama PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Sengkang pada Senin.")
    assert "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Sengkang" in found
    assert "Kantor Cabang Sengkang" not in found


@pytest.mark.parametrize("text, name", [
    ("Balai Pemasyarakatan (Bapas) Kelas II Ambon mendampingi klien anak pada Rabu.", "Balai Pemasyarakatan Kelas II Ambon"),
    ("Lembaga Pembinaan Khusus Anak (LPKA) Kelas II Kupang menggelar pentas seni.",
     "Lembaga Pembinaan Khusus Anak Kelas II Kupang"),
    ("Ketua Pengadilan Negeri Kelas IB Ende, Yohanes Woda, mengatakan hal itu.", "Pengadilan Negeri Kelas IB Ende"),
    ("Ketua Pengadilan Negeri Makassar Kelas IA Khusus, Lalu Suryadi, hadir. Pengadilan Negeri Makassar menggelar "
     "sidang.", "Pengadilan Negeri Makassar Kelas IA Khusus"),
])
def test_an_office_class_after_the_bracket_or_around_a_courts_seat(text, name):
    assert name in org_names(text)


def test_a_court_written_short_is_the_court_named_in_full():
    found = _orgs("Ketua Pengadilan Negeri Mamuju, Ahmad Syarifuddin, melantik panitera di PN Mamuju pada Jumat.")
    assert found == {"Pengadilan Negeri Mamuju": ["PN Mamuju"]}


def test_an_immigration_office_with_and_without_its_class_is_one():
    found = _orgs("Kantor Imigrasi Kelas II TPI Bima menggelar sosialisasi. Kepala Kantor Imigrasi Bima, Lalu Ahmad "
                  "Suhaimi, hadir.")
    assert found == {"Kantor Imigrasi Kelas II TPI Bima": ["Kantor Imigrasi Bima"]}


@pytest.mark.parametrize("text, name, aliases", [
    ("Balai Besar Pengawas Obat dan Makanan (BBPOM) di Mataram menguji takjil. Kepala BBPOM di Mataram, Yosef "
     "Dwi, hadir.", "Balai Besar Pengawas Obat dan Makanan di Mataram", ["Balai Besar Pengawas Obat dan Makanan",
                                                                      "BBPOM di Mataram"]),
    ("Loka POM di Kabupaten Poso melakukan inspeksi di pasar pada Selasa.", "Loka POM di Kabupaten Poso", []),
])
def test_a_food_and_drug_office_is_named_with_di_and_its_seat(text, name, aliases):
    assert _orgs(text) == {name: aliases}


def test_the_premises_of_a_national_body_in_a_province_are_its_provincial_office():
    found = _orgs("Kepala Badan Pusat Statistik Provinsi Maluku, Maritje Lewerissa, merilis data inflasi di Kantor "
                  "BPS Maluku pada Senin.")
    assert "Badan Pusat Statistik Provinsi Maluku" in found and "BPS Maluku" not in found


def test_a_tax_office_type_after_the_bracket():
    found = _orgs("Kantor Pelayanan Pajak (KPP) Pratama Palu menggelar sosialisasi. Kepala KPP Pratama Palu, Irwan "
                  "Syahputra, hadir.")
    assert list(found) == ["Kantor Pelayanan Pajak Pratama Palu"]


def test_a_quarantine_office_named_by_its_field_alone_is_the_one_named_in_full():
    found = _orgs("Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo melepas ekspor jagung. Kepala Balai "
                  "Karantina Gorontalo, Yusuf Panigoro, hadir.")
    assert found == {"Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo": ["Balai Karantina Gorontalo"]}


def test_a_seized_goods_store_is_a_body_of_its_seat():
    facts = extract_text("Kepala Rumah Penyimpanan Benda Sitaan Negara (Rupbasan) Kelas I Palu, Andi Rahmat, menerima "
                         "barang sitaan pada Rabu.", published="2025-03-01")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [
        ("Andi Rahmat", ["Kepala Rumah Penyimpanan Benda Sitaan Negara Kelas I Palu"])]
    assert [o.name for o in facts.organizations] == ["Rumah Penyimpanan Benda Sitaan Negara Kelas I Palu"]


def test_a_branch_office_written_short_or_in_full_is_one():
    found = _orgs("Perum Bulog Kantor Wilayah Sulawesi Tengah menggelar operasi pasar. Pemimpin Wilayah Perum Bulog "
                  "Kanwil Sulteng, Rahmat, hadir. Kepala Perum Bulog Kantor Cabang Poso, Andi, hadir. Gudang Bulog "
                  "Cabang Poso penuh.")
    assert "Perum Bulog Kanwil Sulteng" in found["Perum Bulog Kantor Wilayah Sulawesi Tengah"]
    assert "Bulog Cabang Poso" in found["Perum Bulog Kantor Cabang Poso"]
    assert len(found) == 2


def test_a_bank_two_provinces_own_is_named_with_both():
    found = _orgs("Sebanyak 25 UMKM binaan PT Bank Pembangunan Daerah Maluku dan Maluku Utara (Bank Maluku Malut) "
                  "tampil dalam pameran di Ambon.")
    assert found == {"PT Bank Pembangunan Daerah Maluku dan Maluku Utara": ["Bank Maluku Malut"]}
    places = [p.name for p in extract_text("Judul\nPT Bank Pembangunan Daerah Maluku dan Maluku Utara menyalurkan "
                                           "kredit.").places]
    assert "Maluku Utara" not in places


def test_perwakilan_before_a_national_body_and_a_province_names_its_office():
    names = org_names("PRAYA - Harganas ke-31 diselenggarakan oleh Perwakilan BKKBN Provinsi NTB bersama Perwakilan "
                      "Dinas Kesehatan Kota Mataram dan Perwakilan Kejaksaan Tinggi.")
    assert "Perwakilan BKKBN Provinsi NTB" in names
    assert "Dinas Kesehatan Kota Mataram" in names and "Kejaksaan Tinggi" in names


def test_a_committee_keeps_the_ordinal_of_the_event_it_runs():
    facts = extract_text("SINJAI - Ketua Panitia HUT RI ke-79 Kabupaten Sinjai, Haris Tamrin, dan Ketua Panitia Hari "
                         "Jadi Sinjai ke-461, Yusran Latif, menyampaikan hal itu.")
    assert {p.name: [t.text for t in p.titles] for p in facts.persons} == {
        "Haris Tamrin": ["Ketua Panitia HUT RI ke-79 Kabupaten Sinjai"],
        "Yusran Latif": ["Ketua Panitia Hari Jadi Sinjai ke-461"]}


def test_regional_unit_of_two_provinces():
    from pipeline.extract import extract_text
    f = extract_text("Rapat\nPT PLN (Persero) UIW Maluku dan Maluku Utara menggelar rapat di Ambon.\n")
    assert [o.name for o in f.organizations] == ["PT PLN (Persero) UIW Maluku dan Maluku Utara"]
    assert "Maluku Utara" not in [p.name for p in f.places]


def test_unit_named_by_an_island_s_part_and_numbered_office_with_its_seat():
    from pipeline.extract import extract_text
    f = extract_text("Bakti sosial\nPT PLN (Persero) UP3 Sumba Bagian Timur dan PT Pegadaian Kantor Wilayah VI Kupang "
                     "menggelar bakti sosial di Waingapu.\n")
    names = [o.name for o in f.organizations]
    assert "PT PLN (Persero) UP3 Sumba Bagian Timur" in names
    assert "PT Pegadaian Kantor Wilayah VI Kupang" in names


def test_post_of_a_company_unit_written_by_its_code_alone():
    from pipeline.extract import extract_text
    found = {p.name: [t.text for t in p.titles] for p in extract_text(
        "Jaringan pulih\nGeneral Manager Witel Papua Barat, Yakob Mandacan, dan Manager UP3 Flores Bagian Barat, "
        "Benediktus Jehaut, meninjau lokasi.\n").persons}
    assert found == {"Yakob Mandacan": ["General Manager Witel Papua Barat"],
                     "Benediktus Jehaut": ["Manager UP3 Flores Bagian Barat"]}


def test_company_short_name_with_its_unit_written_in_full():
    from pipeline.extract import extract_text
    f = extract_text("Penertiban\nPLN Unit Pelaksana Pelayanan Pelanggan Atambua menertibkan tiang listrik.\n")
    assert [(o.name, o.kind) for o in f.organizations] == [("PLN Unit Pelaksana Pelayanan Pelanggan Atambua", "company")]
