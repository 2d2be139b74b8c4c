"""Bodies nested in a university: a study programme (Program Studi, Prodi) is a unit of its faculty, and the research
and community-service institute is the campus's whether or not its name says "kepada"."""
import pytest

from pipeline.extract import extract_text


@pytest.mark.parametrize("name", [
    "Lembaga Penelitian dan Pengabdian Masyarakat Universitas Alkhairaat",
    "Lembaga Penelitian dan Pengabdian pada Masyarakat Universitas Alkhairaat",
])
def test_research_institute_of_a_university(name):
    text = f"KKN dilepas di Sigi.\nKetua {name}, Dr. Salma Lamusu, M.Pd. mengatakan program berfokus pada stunting.\n"
    orgs = {o.name: o.kind for o in extract_text(text).organizations}
    assert orgs.get(name) == "education"
