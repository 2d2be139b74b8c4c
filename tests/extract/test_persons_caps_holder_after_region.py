"""A holder's name written in capitals after a post whose body is closed by its region is the holder's, not more of
the body."""
from tests.extract.readers import titles_by_person as persons


def test_a_name_in_capitals_after_the_bodys_region_is_the_holder():
    ps = persons("Rapat Koordinasi\nKepala Bappeda Kabupaten Poso NELWAN TAMPAKE menjelaskan rencana pembangunan, "
                 "sedangkan Plt Kepala Dinas Kesehatan Kabupaten Donggala WIWIK SARAMPA melaporkan capaian imunisasi.")
    assert ps.get("Nelwan Tampake") == ["Kepala Bappeda Kabupaten Poso"]
    assert ps.get("Wiwik Sarampa") == ["Plt. Kepala Dinas Kesehatan Kabupaten Donggala"]


def test_a_registered_acronym_after_the_region_is_still_a_body():
    ps = persons("Rapat Koordinasi\nKepala Dinas Kesehatan Kabupaten Poso UPTD Puskesmas Tentena, Rina Lamadu, hadir.")
    assert "Rina Lamadu" in ps
