"""Local offices written in lowercase ("di aula kantor camat X", "di kantor desa Y"): the office of a local post or
unit, named by the place it serves."""
from pipeline.extract import extract_text


def venues(text):
    return [v.name for v in extract_text(text, published="2025-03-01").venues]


def test_a_hall_of_a_camats_office_in_lowercase_is_a_venue():
    assert venues("Bupati membuka Musrenbang di aula kantor camat Banawa, Selasa (4/3/2025).") \
        == ["Aula Kantor Camat Banawa"]


def test_a_room_of_a_village_office_in_lowercase_is_a_venue():
    assert venues("Rapat digelar di ruang rapat kantor desa Ganti, Selasa (4/3/2025).") \
        == ["Ruang Rapat Kantor Desa Ganti"]


def test_a_village_heads_office_in_lowercase_is_a_venue():
    assert venues("Bantuan diserahkan di kantor lurah Kabonga Besar, Selasa (4/3/2025).") \
        == ["Kantor Lurah Kabonga Besar"]


def test_an_unnamed_village_office_is_no_venue():
    assert venues("Warga datang ke kantor desa untuk mengurus KTP pada Selasa (4/3/2025).") == []


def test_a_regents_office_in_lowercase_keeps_the_region_it_serves():
    assert venues("Upacara digelar di halaman kantor bupati Luwu, Senin (17/2/2025).") == ["Kantor Bupati Luwu"]


def test_a_mayors_office_in_lowercase_written_in_two_words():
    assert venues("Rapat digelar di ruang rapat kantor wali kota Palopo, Senin (17/2/2025).") \
        == ["Ruang Rapat Kantor Wali Kota Palopo"]


def test_a_village_hall_of_a_kelurahan_is_a_venue():
    assert venues("Lurah membuka rapat warga di Balai Kelurahan Talise, Senin (30/6/2025).") \
        == ["Balai Kelurahan Talise"]


def test_a_side_of_the_grounds_is_no_landmark():
    assert venues("Dinas Sosial menggelar apel pagi di halaman belakang Kantor Dinas Sosial Kabupaten Sigi, "
                  "Senin (30/6/2025).") == ["Kantor Dinas Sosial Kabupaten Sigi"]
    assert venues("Camat menggelar senam di halaman samping Gedung Serbaguna Kecamatan Marawola, Jumat (4/7/2025).") \
        == ["Gedung Serbaguna Kecamatan Marawola"]
    assert venues("Warga berjualan di belakang Gedung Serbaguna Kecamatan Marawola, Jumat (4/7/2025).") == []
