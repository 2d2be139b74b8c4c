"""A polytechnic's deputy director is a post of its own (Wakil Direktur), whose "Bidang" is the portfolio."""
from pipeline.extract import extract_text


def test_deputy_director_of_a_polytechnic():
    text = ("Wisuda berlangsung di Kupang.\nWakil Direktur Bidang Kemahasiswaan Politeknik Negeri Kupang, "
            "Dr. Marta Nenobais, S.Pt., M.Sc. membacakan nama lulusan terbaik.\n")
    f = extract_text(text)
    persons = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert persons == {"Marta Nenobais": ["Wakil Direktur Bidang Kemahasiswaan Politeknik Negeri Kupang"]}
    assert [o.name for o in f.organizations] == ["Politeknik Negeri Kupang"]
