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
