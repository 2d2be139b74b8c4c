"""An airport or a port named after a sultan or a hero inside a company's unit keeps its patron's honorific."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text


def test_sultan_after_bandara_in_a_company_name():
    text = ("Posko Angkutan Lebaran Dibuka di Ternate\n"
            "TERNATE, (4/3/2025) - PT Angkasa Pura Indonesia Bandara Sultan Babullah Ternate membuka posko angkutan "
            "Lebaran. General Manager PT Angkasa Pura Indonesia Bandara Sultan Babullah, Rudi Tomagola, menyebut "
            "penumpang naik.")
    facts = extract_text(text)
    names = [o.name for o in facts.organizations]
    assert any(n.startswith("PT Angkasa Pura Indonesia Bandara Sultan Babullah") for n in names)
    assert not any(n.endswith("Bandara Sultan") for n in names)
    assert "Babullah" not in [p.name for p in facts.persons]
