from pipeline.extract import extract_text


def persons(text):
    return {p["name"]: p["titles"] for p in extract_text(text, published="2024-05-01").to_json()["persons"]}


def test_hyphen_joined_posts_give_each_holder_its_post():
    got = persons("Berita\nAcara dihadiri Gubernur Jawa Barat Hendra Kusuma-Wakil Gubernur Jawa Barat Bambang Riyadi "
                  "di Bandung.")
    assert got.get("Hendra Kusuma") == ["Gubernur Jawa Barat"]
    assert got.get("Bambang Riyadi") == ["Wakil Gubernur Jawa Barat"]


def test_bin_joins_the_fathers_name():
    got = persons("Berita\nDari Kuala Lumpur, Ahmad Faisal bin Rahmatullah menyampaikan kajian "
                  "tentang sastra lisan.")
    assert "Ahmad Faisal bin Rahmatullah" in got


def test_later_mention_without_bin_is_the_same_person():
    got = persons("Berita\nDari Kuala Lumpur, Ahmad Faisal bin Rahmatullah menyampaikan kajian "
                  "tentang sastra lisan. Menanggapi hal itu, Faisal Rahmatullah menyambut baik gagasan tersebut.")
    assert "Ahmad Faisal bin Rahmatullah" in got and "Faisal Rahmatullah" not in got


def test_two_whole_posts_then_two_holders_in_the_same_order():
    got = persons("Bantuan Sosial Disalurkan\nKepala Dinas Sosial dan Kepala Dinas Kesehatan Provinsi Gorontalo, "
                  "Yusran Katili dan Merry Hulukati, menyerahkan bantuan kepada warga.")
    assert got.get("Yusran Katili") == ["Kepala Dinas Sosial"]
    assert got.get("Merry Hulukati") == ["Kepala Dinas Kesehatan Provinsi Gorontalo"]


def test_two_camat_then_two_holders():
    got = persons("Gotong Royong\nCamat Dolo dan Camat Kulawi, Yusran Katili dan Merry Hulukati, memimpin kerja bakti.")
    assert got.get("Yusran Katili") == ["Camat Dolo"]
    assert got.get("Merry Hulukati") == ["Camat Kulawi"]
