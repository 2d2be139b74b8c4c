"""Persons: a profession written in lowercase before a name set off by a comma is the person's position, and a
news outlet named after a role of the press is an organization."""
from pipeline.extract import extract_text


def facts(text):
    return extract_text(text)


def titles(f):
    return {p.name: [t.text for t in p.titles] for p in f.persons}


def test_a_profession_and_its_field_before_a_comma_is_the_position():
    f = facts("Dialog Kebijakan Publik\nDialog di Palu menghadirkan pengamat kebijakan publik, Yusuf Lamba, dan "
              "praktisi pemasaran digital, Sarah Mokodompit, sebagai narasumber.")
    got = titles(f)
    assert got.get("Yusuf Lamba") == ["pengamat kebijakan publik"]
    assert got.get("Sarah Mokodompit") == ["praktisi pemasaran digital"]
    details = {p.name: p.titles[0] for p in f.persons if p.titles}
    assert details["Yusuf Lamba"].organization is None  # a field in lowercase names no body


def test_a_press_role_names_its_outlet():
    f = facts("Pelatihan Jurnalistik\nMateri dibawakan jurnalis senior Harian Tompotika, Rina Lasimpo, dan "
              "wartawan Suara Banggai, Andi Pasau. Hadir pula wartawan Kota Luwuk, Budi Lamba.")
    got = titles(f)
    assert got.get("Rina Lasimpo") == ["jurnalis senior Harian Tompotika"]
    assert got.get("Andi Pasau") == ["wartawan Suara Banggai"]
    orgs = {o.name: o.kind for o in f.organizations}
    assert orgs.get("Harian Tompotika") == "company" and orgs.get("Suara Banggai") == "company"
    assert not any("Luwuk" in n for n in orgs)  # where a writer works is no outlet


def test_a_profession_not_closed_by_a_comma_and_a_name_is_no_position():
    f = facts("Pameran UMKM\nPara pengamat kebijakan menilai pameran di Luwuk, Banggai, berjalan baik.")
    assert not any(p.titles for p in f.persons)


def test_a_profession_opening_a_sentence_is_the_position():
    f = facts("Turnamen Voli Antarkecamatan\nTurnamen digelar di GOR Lasinrang. Pelatih tim voli putri Pinrang, "
              "Syamsuddin Latief, mengatakan timnya siap.\nDokter spesialis anak RSUD Anutapura Palu, "
              "dr. Ketut Sri Wulandari, Sp.A, memberikan penyuluhan.")
    got = titles(f)
    assert got.get("Syamsuddin Latief") == ["Pelatih tim voli putri Pinrang"]
    assert got.get("Ketut Sri Wulandari") == ["Dokter spesialis anak RSUD Anutapura Palu"]
