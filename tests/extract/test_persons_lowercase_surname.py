"""A name whose last word is written in lowercase, a typo, read where a strong anchor follows (invented sentences)."""
from tests.extract.readers import titles_by_person


def test_lowercase_surname_before_a_role_word():
    ps = titles_by_person("Dalam acara itu, Hendra wijoyo sebagai Asisten Daerah II menyampaikan sambutan Wali Kota.")
    assert ps.get("Hendra Wijoyo") == ["Asisten Daerah II"]


def test_lowercase_surname_before_degrees_in_a_list():
    text = ("Rapat Koordinasi Persandian\n"
            "Rapat digelar di ruang rapat dinas pada hari Senin.\n"
            "Rapat dihadiri peserta sebagai berikut.\n"
            "Rina Kartika, S.E., M.M.\n"
            "Sinta permai, M. Si\n"
            "Dewi Anggraini, S.ST\n")
    assert "Sinta Permai" in titles_by_person(text)


def test_word_of_running_text_before_a_role_word_is_no_surname():
    ps = titles_by_person("Pada rapat itu, Budi datang sebagai Ketua RT 05 Desa Sukamaju.")
    assert not any(name.startswith("Budi ") for name in ps)
