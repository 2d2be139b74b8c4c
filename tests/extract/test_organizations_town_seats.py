"""Courts and offices seated in a town that is no region: the town is the seat, written rightly, and the holder's
name after it is no part of the body's name."""
from pipeline.extract import extract_text


def _facts(text: str):
    f = extract_text(text, published="2025-03-10")
    return {p.name: [t.text for t in p.titles] for p in f.persons}, sorted(o.name for o in f.organizations)


def test_a_courts_town_is_no_misspelt_region():
    persons, orgs = _facts("Ketua Pengadilan Negeri Labuha Marten Sahetapy membuka sosialisasi hukum bagi warga.")
    assert persons == {"Marten Sahetapy": ["Ketua Pengadilan Negeri Labuha"]}
    assert orgs == ["Pengadilan Negeri Labuha"]


def test_a_courts_kecamatan_seat_stays_before_its_holder():
    persons, orgs = _facts("Ketua Pengadilan Agama Tilamuta Hasna Mointi menerima kunjungan tim evaluasi.")
    assert persons == {"Hasna Mointi": ["Ketua Pengadilan Agama Tilamuta"]}
    assert orgs == ["Pengadilan Agama Tilamuta"]


def test_an_offices_town_seat_ends_its_name_before_the_holder():
    persons, orgs = _facts("Kepala Rutan Kelas IIB Ampana Yohanis Tongkoli membuka sosialisasi hukum bagi warga "
                           "binaan. Kepala Lapas Saumlaki Markus Batlayeri membuka pelatihan kerja.")
    assert persons == {"Yohanis Tongkoli": ["Kepala Rutan Kelas IIB Ampana"],
                       "Markus Batlayeri": ["Kepala Lapas Saumlaki"]}
    assert orgs == ["Lapas Saumlaki", "Rutan Kelas IIB Ampana"]
