"""After a post and a comma, capitals with a dot before a name ("KT. Wirasena") are the holder's initials, not the
end of the post, whatever the model reads."""
from tests.extract.readers import titles_by_person as persons


def test_capital_initials_after_post_and_comma_open_the_name():
    ps = persons("Rapat Koordinasi\nHadir Kepala Badan Standardisasi Nasional, KT. Wirasena, dalam acara itu.")
    assert ps.get("KT. Wirasena") == ["Kepala Badan Standardisasi Nasional"]


def test_capital_initials_in_a_list_of_speakers():
    ps = persons("Rapat Koordinasi\nSelain Kepala Lembaga Ilmu Pengetahuan, TR. Hardono, hadir pula para peneliti.")
    assert ps.get("TR. Hardono") == ["Kepala Lembaga Ilmu Pengetahuan"]
