"""A one-word holder after a body named by its seat is not part of the body's name."""
from pipeline.extract import extract_text


def test_a_one_word_holder_after_a_seat_ends_the_sentence():
    f = extract_text("Hadir Kepala Lapas Poso Yusran.", published="2025-03-10")
    assert {p.name: [t.text for t in p.titles] for p in f.persons} == {"Yusran": ["Kepala Lapas Poso"]}
    assert [o.name for o in f.organizations] == ["Lapas Poso"]


def test_a_one_word_holder_before_a_second_official():
    f = extract_text("Hadir pula Kepala Rutan Palu Hasrul dan Camat Dolo Andi Tenri.", published="2025-03-10")
    assert {p.name: [t.text for t in p.titles] for p in f.persons}["Hasrul"] == ["Kepala Rutan Palu"]


def test_a_company_name_goes_on_after_its_region():
    f = extract_text("Hadir Direktur PT Sinar Jaya Sulteng Perkasa, Andi Mappaseng.", published="2025-03-10")
    assert [o.name for o in f.organizations] == ["PT Sinar Jaya Sulteng Perkasa"]


def _posts(text):
    f = extract_text(text, published="2025-03-10")
    return {p.name: [t.text for t in p.titles] for p in f.persons}


def test_a_one_word_holder_after_a_health_centre_named_by_its_seat_before_a_speech_verb():
    text = "Kepala Puskesmas Tinombo Hadijah mengatakan layanan posyandu lansia digelar setiap bulan."
    assert _posts(text).get("Hadijah") == ["Kepala Puskesmas Tinombo"]


def test_a_one_word_holder_after_a_numbered_school_and_its_seat():
    text = "Kepala SMP Negeri 3 Mepanga Yuliana menjelaskan jumlah siswa tahun ini bertambah."
    f = extract_text(text, published="2025-03-10")
    assert {p.name: [t.text for t in p.titles] for p in f.persons}.get("Yuliana") == ["Kepala SMP Negeri 3 Mepanga"]
    assert [o.name for o in f.organizations] == ["SMP Negeri 3 Mepanga"]


def test_the_units_a_seat_lies_in_between_commas_before_the_holder():
    text = "Kepala Puskesmas Tomini, Kecamatan Tomini, Rosmini, menyampaikan jadwal imunisasi."
    assert _posts(text).get("Rosmini") == ["Kepala Puskesmas Tomini"]
