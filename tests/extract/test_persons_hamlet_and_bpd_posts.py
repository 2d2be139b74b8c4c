"""Posts of a hamlet, a neighbourhood and a village council: the unit's name comes between the head and the
holder, without a comma too."""
from pipeline.extract import extract_text


def posts(text):
    f = extract_text(text, published="2025-03-10")
    return {p.name: [t.text for t in p.titles] for p in f.persons}


def test_village_council_chair_named_with_the_village_before_the_holder():
    text = "Penyaluran disaksikan Ketua BPD Ogotion Hamzah Toana dan pendamping desa."
    assert posts(text).get("Hamzah Toana") == ["Ketua BPD Ogotion"]


def test_hamlet_head_with_the_hamlet_before_the_holder():
    text = "Kepala Dusun Sumber Makmur Ahmad Lasale mengatakan jalan tani sudah bisa dilalui."
    assert posts(text).get("Ahmad Lasale") == ["Kepala Dusun Sumber Makmur"]


def test_hamlet_head_short_form_with_a_number():
    text = "Kadus II Markus mengajak warga membawa balita ke posyandu."
    assert posts(text).get("Markus") == ["Kadus II"]


def test_neighbourhood_head_before_a_noble_given_name():
    text = "Kepala Lingkungan Karang Indah Lalu Wirahadi menyebut sepuluh lingkungan ikut lomba kebersihan."
    assert posts(text).get("Lalu Wirahadi") == ["Kepala Lingkungan Karang Indah"]


def test_hamlet_of_a_village_with_its_kecamatan_between_commas():
    text = "Kepala Dusun III Desa Tibu, Kecamatan Tinombo, Samsudin, mengajak warga ikut posyandu."
    assert posts(text).get("Samsudin") == ["Kepala Dusun III Desa Tibu"]


def test_village_council_member_with_the_village_is_no_person():
    text = "Pelantikan disaksikan Camat Jailolo Ahmad Soleman dan anggota BPD Gam Lamo di Kabupaten Halmahera Barat."
    assert "Gam Lamo" not in posts(text)


def test_neighbourhood_chair_with_its_hamlet_and_village_between_commas():
    text = "Ketua RT 01 Dusun Lemo, Desa Mapilli, Kecamatan Mapilli, Baharuddin, mengajak warga ikut kerja bakti."
    got = posts(text)
    assert got.get("Baharuddin") == ["Ketua RT 01 Dusun Lemo"] and "Lemo" not in got
