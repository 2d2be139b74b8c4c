"""A given name that is also a word of bodies' names ("Agung" of "Mahkamah Agung") opens a person's name."""
from tests.extract.readers import titles_by_person as persons


def test_agung_opens_a_name_and_bodies_keep_it():
    ps = persons("Rapat Koordinasi\nKepala Kejaksaan Negeri Poso Agung Wibisono hadir bersama tokoh pemuda Agung "
                 "Saputra. Keduanya pernah mengikuti pelatihan di Mahkamah Agung.")
    assert ps.get("Agung Wibisono") == ["Kepala Kejaksaan Negeri Poso"]
    assert "Agung Saputra" in ps
