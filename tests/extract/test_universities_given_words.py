"""A given name that is also a day or month word (Hari, Agus, Juli) inside a name read back from "sebagai" stays in it."""
import pytest

from pipeline.extract import extract_text


@pytest.mark.parametrize("name", ["Bambang Hari Kusumo", "Rudi Agus Salindeho"])
def test_name_before_sebagai_keeps_a_given_day_word(name):
    text = f"MATARAM - Prof. Dr. Ir. {name}, M.Sc. resmi dilantik sebagai Rektor Universitas Mataram periode 2024-2028."
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {name: ["Rektor Universitas Mataram"]}
