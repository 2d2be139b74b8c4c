from pipeline.extract import extract_text


def facts(text):
    return extract_text(text, published="2024-05-01")


def orgs(text):
    return [o.name for o in facts(text).organizations]


def test_university_short_forms_name_the_university():
    names = orgs("Kerja Sama Kampus\nDosen Unpad dan peneliti UGM hadir bersama Rektor Unhas, Lestari Wulan.")
    assert {"Unpad", "UGM", "Unhas"} <= set(names)


def test_university_short_form_is_an_alias_of_its_full_name():
    f = facts("Wisuda\nUniversitas Brawijaya menggelar wisuda. Rektor UB, Ari Santoso, menyerahkan ijazah.")
    ub = [o for o in f.organizations if o.name == "Universitas Brawijaya"]
    assert ub and "UB" in ub[0].aliases
    assert not any(o.name == "UB" for o in f.organizations)


def test_university_named_after_a_person_leaves_the_person_a_name():
    f = facts("Rapat\nMenteri Koordinator Bidang Perekonomian Airlangga Hartarto membuka rapat di Jakarta.")
    assert "Airlangga Hartarto" in [p.name for p in f.persons]


def test_short_form_glued_to_a_term_by_a_slash_is_no_university():
    assert orgs("Pelatihan\nPeserta belajar desain UI/UX untuk aplikasi pelayanan publik di Balai Kota.") == []


def test_registered_short_form_after_dan_ends_a_university_name():
    names = orgs("Riset\nTim dari Universitas Lambung Mangkurat dan ITS meneliti banjir rob.")
    assert "Universitas Lambung Mangkurat" in names


def test_a_school_committee_keeps_its_numbered_school_and_its_holder():
    from pipeline.extract import extract_text
    f = extract_text("Ketua Komite MTsN 1 Kota Bima, Zainal Arifin, dan Ketua Komite SMA Negeri 2 Palu, Rudi Lamba, "
                     "hadir.", published="2025-03-01")
    titles = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert titles == {"Zainal Arifin": ["Ketua Komite MTsN 1 Kota Bima"],
                      "Rudi Lamba": ["Ketua Komite SMA Negeri 2 Palu"]}
    assert {"Komite MTsN 1 Kota Bima", "Komite SMA Negeri 2 Palu"} <= {o.name for o in f.organizations}


def test_a_student_executive_body_is_named_with_its_campus():
    from pipeline.extract import extract_text
    f = extract_text("Ketua Badan Eksekutif Mahasiswa (BEM) Unkhair, Rizki Mahmud, berharap beasiswa tepat "
                     "sasaran.", published="2025-03-01")
    assert ("Badan Eksekutif Mahasiswa Unkhair", "association") in {(o.name, o.kind) for o in f.organizations}
