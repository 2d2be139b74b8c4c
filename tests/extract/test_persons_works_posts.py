"""Posts of public-works releases: the commitment-making and technical officers of a project."""
from tests.extract.readers import titles_by_person


def test_project_officers_written_short_hold_their_posts():
    found = titles_by_person("Judul\nPPK Irigasi dan Rawa, Yakob Talimbo, ST, menjelaskan saluran sepanjang 2 km. "
                             "PPTK, Nurlela Ladjoni, menambahkan pekerjaan rampung Juni.")
    assert found["Yakob Talimbo"] == ["PPK Irigasi dan Rawa"]
    assert found["Nurlela Ladjoni"] == ["PPTK"]


def test_election_committee_short_form_stays_a_body_of_its_chair():
    found = titles_by_person("Judul\nKetua PPK Kecamatan Dolo, Amir Tombolotutu, membuka rapat pleno.")
    assert found["Amir Tombolotutu"] == ["Ketua PPK Kecamatan Dolo"]


def test_budget_holder_of_a_project_holds_the_post():
    found = titles_by_person("Judul\nBerita acara ditandatangani Ir. Salma Lasimpo selaku Kuasa Pengguna Anggaran "
                             "Dinas PUPR Kabupaten Buol.")
    assert found["Salma Lasimpo"] == ["Kuasa Pengguna Anggaran Dinas PUPR Kabupaten Buol"]
