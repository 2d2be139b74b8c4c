"""Bodies abroad as releases on foreign guests and visits name them: a company, a police force, a university."""
import pytest

from pipeline.extract import extract_text


def test_a_body_before_a_comma_and_its_country_is_no_town():
    facts = extract_text("Bupati menerima rombongan investor dari Tsingshan Holding Group, Tiongkok, di Bungku.")
    assert "Tsingshan Holding Group" not in {p.name for p in facts.places}
    assert "Tsingshan Holding Group" in {o.name for o in facts.organizations}


def test_a_foreign_police_force_and_a_malay_university_are_bodies():
    facts = extract_text("Pelatihan diselenggarakan oleh Australian Federal Police (AFP) di Jayapura. Sebanyak 20 "
                         "mahasiswa belajar di Universiti Kebangsaan Malaysia (UKM), Bangi, Malaysia.")
    assert {"Australian Federal Police", "Universiti Kebangsaan Malaysia"} <= {o.name for o in facts.organizations}
    assert "Australian Federal Police" not in {p.name for p in facts.persons}


def test_a_foreign_missions_seat_after_di_is_part_of_its_name_not_a_place():
    facts = extract_text("Bantuan alat kesehatan diserahkan melalui Kedutaan Besar RRT di Jakarta kepada Pemkab "
                         "Donggala, Senin (24/2/2025), di Kantor Bupati Donggala. Konsulat Jenderal Jepang di "
                         "Makassar turut hadir.")
    orgs = {o.name for o in facts.organizations}
    assert {"Kedutaan Besar RRT di Jakarta", "Konsulat Jenderal Jepang di Makassar"} <= orgs
    assert not {"DKI Jakarta", "Kota Makassar"} & {p.name for p in facts.places}


@pytest.mark.parametrize("party", ["Delegasi", "Rombongan"])
def test_a_party_sent_is_no_word_of_the_english_body_that_sends_it(party):
    found = extract_text(f"Kunjungan Kerja Sama\nGubernur Sulawesi Tengah pada hari ini menerima kunjungan {party} United "
                         "Nations Office for Project Services (UNOPS) yang membahas kerja sama pembangunan di Palu, "
                         "Selasa (21/10/2025).", published="2025-10-21")
    names = {o.name for o in found.organizations}
    assert "United Nations Office for Project Services" in names
    assert not any(n.startswith(party) for n in names)


def test_a_sentence_heavy_with_names_is_no_title_case_headline():
    found = extract_text("Kerja Sama Pembangunan\nSekda Provinsi Gorontalo Sofian Ibrahim menerima Courtesy Call Delegasi "
                         "United Nations Office for Project Services (UNOPS) pada hari ini bertempat di rumah jabatan gubernur, Selasa "
                         "(21/10/2025).", published="2025-10-21")
    assert "United Nations Office for Project Services" in {o.name for o in found.organizations}


def test_a_word_of_a_company_post_s_field_stays_in_an_english_body_s_name():
    found = extract_text("Gubernur Gorontalo pada hari ini menerima kunjungan delegasi Asia Pacific Business Council "
                         "(APBC) di kantor gubernur.")
    assert "Asia Pacific Business Council" in {o.name for o in found.organizations}


@pytest.mark.parametrize("name", ["Shandong Lumeng Technology Co., Ltd", "Golden Palm Resources Pte. Ltd.",
                                  "Sinar Borneo Sdn Bhd"])
def test_a_foreign_company_closes_with_its_legal_form(name):
    facts = extract_text(f"Investor asal luar negeri, {name}, berkomitmen menanamkan modal di Kabupaten Pohuwato.")
    assert name in {o.name for o in facts.organizations}
    assert not {"Ltd", "Bhd"} & {p.name for p in facts.persons}
