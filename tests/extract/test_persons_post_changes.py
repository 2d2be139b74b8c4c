"""A release on installations and rotations gives a person the post held before, from now on, or again after an
acting term ("yang sebelumnya menjabat", "kini bertugas sebagai", "dirotasi menjadi"), and names outgoing, former
and permanent holders after their post ("Camat X yang lama, Budi")."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, name, titles", [
    ("Bupati Banggai melantik Drs. Hamdan Lasali sebagai Kepala Bagian Umum Setda Kabupaten Banggai, yang "
     "sebelumnya menjabat Camat Luwuk, Senin (3/2/2025).",
     "Hamdan Lasali", ["Kepala Bagian Umum Setda Kabupaten Banggai", "Camat Luwuk"]),
    ("Gubernur melantik Yosef Tukan sebagai Penjabat Bupati Lembata. Yosef yang sebelumnya menjabat Kepala Dinas "
     "Sosial Provinsi NTT berjanji bekerja keras.",
     "Yosef Tukan", ["Penjabat Bupati Lembata", "Kepala Dinas Sosial Provinsi NTT"]),
    ("Pejabat yang dilantik antara lain Ir. Marten Sakka, Kepala Dinas Pertanian yang sebelumnya Kepala Bidang "
     "Hortikultura, Senin (3/2/2025).",
     "Marten Sakka", ["Kepala Dinas Pertanian", "Kepala Bidang Hortikultura"]),
    ("Serah terima jabatan Kepala Dinas Perikanan Kabupaten Wajo dari Andi Baso Tenri kepada Rusdi Pawellangi "
     "berlangsung di Sengkang. Andi Baso Tenri kini menjabat Asisten Administrasi Umum Setda Kabupaten Wajo.",
     "Andi Baso Tenri", ["Kepala Dinas Perikanan Kabupaten Wajo", "Asisten Administrasi Umum Setda Kabupaten Wajo"]),
    ("Kepala Bidang Anggaran BPKAD, Muhammad Said Pabeta, dirotasi menjadi Kepala Bidang Aset pada badan yang sama.",
     "Muhammad Said Pabeta", ["Kepala Bidang Anggaran BPKAD", "Kepala Bidang Aset"]),
    ("Plt. Kepala Dinas Perhubungan Kabupaten Sikka, Yance Moa, kembali bertugas sebagai Sekretaris Dinas "
     "Perhubungan Kabupaten Sikka.",
     "Yance Moa", ["Plt. Kepala Dinas Perhubungan Kabupaten Sikka", "Sekretaris Dinas Perhubungan Kabupaten Sikka"]),
    ("Salah satunya Ahmad Jumain, S.E., yang semula Kepala Bagian Hukum Setda Dompu kini menjadi Camat Woja.",
     "Ahmad Jumain", ["Kepala Bagian Hukum Setda Dompu", "Camat Woja"]),
    ("Ketiganya yakni Ir. Rusli Maddusila, M.T. yang dilantik sebagai Kepala Dinas Perhubungan Kota Palu, serta "
     "dr. Yusuf Pakaya sebagai Kepala Dinas Kesehatan Kota Palu.",
     "Rusli Maddusila", ["Kepala Dinas Perhubungan Kota Palu"]),
])
def test_the_post_held_before_or_after_is_the_persons_too(text, name, titles):
    assert persons(text).get(name) == titles


@pytest.mark.parametrize("text, expected", [
    ("Ramli menggantikan Kepala Desa Tolai sebelumnya, Anwar Lamato, yang meninggal dunia.",
     {"Anwar Lamato": ["Kepala Desa Tolai"]}),
    ("Bupati mengakhiri tugas Plt. Camat Lembor setelah melantik Camat Lembor definitif, Marianus Jelahut, S.STP.",
     {"Marianus Jelahut": ["Camat Lembor"]}),
    ("Polsek Bungku Tengah menggelar lepas sambut Kapolsek Bungku Tengah yang lama, Iptu Sudirman Lanusu, kepada "
     "Kapolsek baru, Iptu Rahmat Tompo, S.H., di Mapolsek Bungku Tengah.",
     {"Sudirman Lanusu": ["Kapolsek Bungku Tengah"], "Rahmat Tompo": ["Kapolsek Bungku Tengah"]}),
])
def test_outgoing_former_and_permanent_holders_after_their_post(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles


def test_a_list_of_names_each_before_its_post():
    # a last name that is also a word ("Bulu") does not let the next post's holder be read after the comma
    text = ("Mereka masing-masing Andi Baso Tenri sebagai Kepala Dinas Pendidikan, Hj. Sitti Rahmah Lanti sebagai "
            "Kepala Dinas Kesehatan, Muhammad Arsyad Bulu sebagai Kepala Dinas Sosial, dan Ir. Rusdi Tahir sebagai "
            "Kepala Dinas Pertanian.")
    got = persons(text)
    assert got.get("Sitti Rahmah Lanti") == ["Kepala Dinas Kesehatan"]
    assert got.get("Muhammad Arsyad Bulu") == ["Kepala Dinas Sosial"]


@pytest.mark.parametrize("text, expected", [
    ("Bupati Sigi melantik Yusran Lamato dan Rudi Tandi masing-masing sebagai Kepala Dinas Sosial dan Kepala Dinas "
     "Perhubungan Kabupaten Sigi.",
     {"Yusran Lamato": ["Kepala Dinas Sosial"], "Rudi Tandi": ["Kepala Dinas Perhubungan Kabupaten Sigi"]}),
    ("Bupati Sigi melantik Drs. Budi Lasimpo, M.Si., Ir. Yusran Tandi, dan Rudi Lamato, S.E. masing-masing sebagai "
     "Kepala Dinas Sosial, Kepala Dinas Pertanian, dan Kepala Dinas Perhubungan.",
     {"Budi Lasimpo": ["Kepala Dinas Sosial"], "Yusran Tandi": ["Kepala Dinas Pertanian"],
      "Rudi Lamato": ["Kepala Dinas Perhubungan"]}),
])
def test_names_and_posts_paired_respectively(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles


@pytest.mark.parametrize("text, name, title", [
    ("Sebelum dilantik, Mansur Latuconsina merupakan Penjabat Sekda Kabupaten Seram Bagian Barat.",
     "Mansur Latuconsina", "Penjabat Sekda Kabupaten Seram Bagian Barat"),
    ("Blasius Wonda, yang selama dua pekan bertindak sebagai Pelaksana Harian Bupati Keerom, menyerahkan laporan.",
     "Blasius Wonda", "Pelaksana Harian Bupati Keerom"),
    ("Yakobus Kogoya yang selama tiga bulan terakhir menjabat Penjabat Kepala Kampung Arso, hadir.",
     "Yakobus Kogoya", "Penjabat Kepala Kampung Arso"),
])
def test_a_post_after_merupakan_or_after_how_long_it_was_held(text, name, title):
    assert persons(text).get(name) == [title]


def test_a_lowercase_duty_after_yang_bertindak_sebagai_is_no_post():
    text = "Kepala BPBD Sigi, Rusli Tombolotutu, yang bertindak sebagai pembina apel mengatakan hal itu."
    assert persons(text).get("Rusli Tombolotutu") == ["Kepala BPBD Sigi"]


def test_the_late_holder_after_a_post_and_a_comma():
    ps = persons("Pemerintah berduka atas wafatnya Sekretaris Dinas Kesehatan Kabupaten Ende, almarhum Yohanes Bata, "
                 "pada Senin.")
    assert ps["Yohanes Bata"] == ["Sekretaris Dinas Kesehatan Kabupaten Ende"]
