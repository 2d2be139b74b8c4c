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
