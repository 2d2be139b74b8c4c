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
