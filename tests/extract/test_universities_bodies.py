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


@pytest.mark.parametrize("text,unit", [
    ("Visitasi berlangsung di Ternate.\nKetua Program Studi Agribisnis Fakultas Pertanian Universitas Khairun, "
     "Dr. Nurlela Hasan, M.Si. memaparkan kurikulum.\n",
     "Program Studi Agribisnis Fakultas Pertanian Universitas Khairun"),
    ("Lomba digelar di Makassar.\nTim mahasiswa Prodi Teknik Sipil Universitas Negeri Makassar meraih juara pertama.\n",
     "Prodi Teknik Sipil Universitas Negeri Makassar"),
])
def test_study_programme_is_a_unit(text, unit):
    orgs = {o.name: o.kind for o in extract_text(text).organizations}
    assert orgs.get(unit) == "education"


def test_study_programme_of_a_degree_level_is_no_unit():
    text = "Wisuda digelar di Kupang.\nLulusan Program Studi Diploma IV dan Magister Terapan Politeknik Negeri Kupang hadir.\n"
    orgs = [o.name for o in extract_text(text).organizations]
    assert orgs == ["Politeknik Negeri Kupang"]
