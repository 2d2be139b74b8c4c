"""A handover of a post names its outgoing and its new holder: both take the post."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, expected", [
    ("Bupati Sigi menghadiri serah terima jabatan (sertijab) Kepala Dinas Pendidikan dari Rahmat Lasimpo kepada "
     "Yusran Tandiabang di Sigi, Senin (3/2/2025).",
     {"Rahmat Lasimpo": ["Kepala Dinas Pendidikan"], "Yusran Tandiabang": ["Kepala Dinas Pendidikan"]}),
    ("Acara pisah sambut Kepala Kantor Kementerian Agama Kabupaten Donggala dari H. Abdul Rahim Lamato kepada "
     "Drs. Yusuf Paliba, M.Pd berlangsung khidmat.",
     {"Abdul Rahim Lamato": ["Kepala Kantor Kementerian Agama Kabupaten Donggala"],
      "Yusuf Paliba": ["Kepala Kantor Kementerian Agama Kabupaten Donggala"]}),
    # the new holder's own titled mention names his post
    ("Bupati Sigi menghadiri serah terima jabatan Kepala Dinas Pendidikan dari Rahmat Lasimpo kepada Yusran "
     "Tandiabang di Sigi. Dalam sambutannya, Kadis Pendidikan Yusran berjanji melanjutkan program sekolah gratis.",
     {"Rahmat Lasimpo": ["Kepala Dinas Pendidikan"], "Yusran Tandiabang": ["Kadis Pendidikan"]}),
])
def test_the_outgoing_and_the_new_holder_both_take_the_post(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles


def test_a_post_handed_over_in_the_passive():
    text = ("Dalam upacara itu, jabatan Kapolsek Wotu diserahterimakan dari Iptu Rudi Lamanepa kepada Ipda Yosef "
            "Tandi di Mapolres Luwu Timur.")
    got = persons(text)
    assert got.get("Rudi Lamanepa") == ["Kapolsek Wotu"]
    assert got.get("Yosef Tandi") == ["Kapolsek Wotu"]


def test_the_successor_takes_the_post_of_the_one_replaced():
    text = ("Kapolda memimpin sertijab di Palu. Kapolres Banggai AKBP Arman Sameaputty digantikan oleh AKBP Rudi "
            "Hartanto Siregar, yang sebelumnya menjabat Kasubdit II Ditreskrimsus Polda Sulteng.")
    got = persons(text)
    assert got.get("Arman Sameaputty") == ["Kapolres Banggai"]
    assert got.get("Rudi Hartanto Siregar") == ["Kapolres Banggai", "Kasubdit II Ditreskrimsus Polda Sulteng"]


def test_a_passive_handover_opening_the_sentence():
    text = ("Upacara digelar pagi tadi. Jabatan Kepala Dinas Pendidikan Kabupaten Sigi diserahterimakan dari "
            "Hasanudin Lamarauna kepada Rahmat Tondei.")
    got = persons(text)
    assert got.get("Hasanudin Lamarauna") == ["Kepala Dinas Pendidikan Kabupaten Sigi"]
    assert got.get("Rahmat Tondei") == ["Kepala Dinas Pendidikan Kabupaten Sigi"]
