"""A school's own posts before a holder's name: homeroom teacher, accompanying teacher, data operator."""
import pipeline.extract  # noqa: F401  (registers the components)
from tests.extract.readers import titles_by_person


def test_wali_kelas_of_a_school_is_a_post():
    text = ("Siswi SD Negeri 2 Tolitoli Juara Lomba Pidato\n"
            "TOLITOLI, (4/3/2025) - Wali Kelas V SD Negeri 2 Tolitoli, Marlina Lasaka, S.Pd., mengaku bangga atas "
            "prestasi muridnya dalam lomba pidato tingkat kabupaten.")
    assert titles_by_person(text)["Marlina Lasaka"] == ["Wali Kelas V SD Negeri 2 Tolitoli"]


def test_operator_of_a_school_is_a_post():
    text = ("Pendataan Siswa Baru di Kabupaten Gorontalo Utara\n"
            "KWANDANG, (4/3/2025) - Operator Dapodik SMP Negeri 1 Kwandang, Rizal Hulopi, menyebut pendataan siswa "
            "baru rampung pekan ini. Operator Sekolah SD Negeri 4 Kwandang, Nurain Mohi, menyampaikan hal serupa.")
    titles = titles_by_person(text)
    assert titles["Rizal Hulopi"] == ["Operator Dapodik SMP Negeri 1 Kwandang"]
    assert titles["Nurain Mohi"] == ["Operator Sekolah SD Negeri 4 Kwandang"]
