from pipeline.extract import extract_text


def persons(text):
    return {p["name"]: p["titles"] for p in extract_text(text, published="2024-05-01").to_json()["persons"]}


def test_hyphen_joined_posts_give_each_holder_its_post():
    got = persons("Berita\nAcara dihadiri Gubernur Jawa Barat Dedi Mulyadi-Wakil Gubernur Jawa Barat Erwan Setiawan "
                  "di Bandung.")
    assert got.get("Dedi Mulyadi") == ["Gubernur Jawa Barat"]
    assert got.get("Erwan Setiawan") == ["Wakil Gubernur Jawa Barat"]


def test_bin_joins_the_fathers_name():
    got = persons("Berita\nDari Brunei Darussalam, Muhammad Najib bin Noorashid memaparkan hasil penelitiannya "
                  "tentang bahasa Melayu.")
    assert "Muhammad Najib bin Noorashid" in got


def test_later_mention_without_bin_is_the_same_person():
    got = persons("Berita\nDari Brunei Darussalam, Muhammad Najib bin Noorashid memaparkan hasil penelitiannya "
                  "tentang bahasa Melayu. Menanggapi hal itu, Najib Noorashid menyambut baik gagasan tersebut.")
    assert "Muhammad Najib bin Noorashid" in got and "Najib Noorashid" not in got
