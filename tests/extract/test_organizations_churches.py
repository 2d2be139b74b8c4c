"""Church synods and councils are registered bodies: their names run over "di", and their posts have holders."""
from pipeline.extract import extract_text


def test_a_synod_named_with_di_is_one_body_and_its_chair_a_post():
    f = extract_text("KUPANG - Ketua Sinode Gereja Masehi Injili di Timor (GMIT), Pdt. Yohanes Bere, membuka "
                     "persidangan di Soe pada Senin (3/3/2025).")
    orgs = {o.name: o for o in f.organizations}
    assert "Gereja Masehi Injili di Timor" in orgs and "GMIT" in orgs["Gereja Masehi Injili di Timor"].aliases
    assert {p.name: [t.text for t in p.titles] for p in f.persons} == {
        "Yohanes Bere": ["Ketua Sinode Gereja Masehi Injili di Timor"]}
    assert "Timor" not in {p.name for p in f.places}


def test_a_bishop_is_a_post_monsignor_a_form_of_address_and_a_parish_a_body():
    f = extract_text("RUTENG - Uskup Agung Ende Mgr. Yohanes Bere memberkati gereja baru. Pastor Paroki Santa Maria, "
                     "Romo Andreas Lado, mendampingi umat di Ruteng pada Minggu (2/3/2025).")
    persons = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert persons.get("Yohanes Bere") == ["Uskup Agung Ende"]
    assert "Mgr" not in persons and "Paroki Santa Maria" not in persons
    assert "Paroki Santa Maria" in {o.name for o in f.organizations}


def test_faith_councils_keep_their_own_names_and_their_regional_chapters():
    # PHDI is the Parisada; the PGI has regional chapters written "Wilayah X"
    f = extract_text("MATARAM - Parisada Hindu Dharma Indonesia (PHDI) Provinsi NTB menggelar Dharma Santi di Mataram, "
                     "Sabtu (12/4/2025). Ketua PHDI NTB, Ida Bagus Sindu Putra, memberikan sambutan.")
    assert [o.name for o in f.organizations] == ["Parisada Hindu Dharma Indonesia Provinsi NTB"]
    f = extract_text("JAYAPURA - Persekutuan Gereja-gereja di Indonesia (PGI) Wilayah Papua menggelar konsultasi "
                     "gereja di Jayapura, Rabu (3/9/2025).")
    assert [o.name for o in f.organizations] == ["Persekutuan Gereja-gereja di Indonesia Wilayah Papua"]
