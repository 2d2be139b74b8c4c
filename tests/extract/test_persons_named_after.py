import pytest

from pipeline.extract import extract_text


def names(text):
    return sorted(p.name for p in extract_text(text).persons)


@pytest.mark.parametrize("text", [
    "Rombongan meninjau Patung Ir. Soekarno Menunggang Kuda di halaman gedung itu.",
    "Rombongan tiba di Pangkalan Udara (Lanud) Sultan Hasanuddin menjelang siang.",
    "Ia meminta Syahbandar Pelabuhan Yos Sudarso Ambon menunda izin berlayar.",
])
def test_a_name_after_a_statue_church_or_airbase_names_the_place(text):
    assert names(text) == []


def test_the_name_of_a_person_taking_part_stays():
    assert names("Renovasi gereja itu diresmikan Pendeta Yosua Simanjuntak, Minggu (5/1).") == ["Yosua Simanjuntak"]


def test_a_hyphen_between_two_posts_ends_the_first_holder_s_name():
    text = "Program Presiden Budi Santoso-Wakil Presiden Andi Rahman berjalan baik."
    assert "Budi Santoso" in names(text)


@pytest.mark.parametrize("text", [
    "Komandan menyapa prajurit Yon Armed 12 Kostrad di markas.",
    "Tim menguji Meriam 30 mm Marcello Ferrante 30 RC buatan Italia.",
])
def test_a_number_right_after_a_model_read_name_makes_it_a_unit_or_a_product(text):
    assert names(text) == []


def test_a_phone_number_after_an_addressed_name_keeps_the_person():
    assert names("Informasi lebih lanjut hubungi Sdri. Rena 0811-1111-2486.") == ["Rena"]


def test_an_age_after_a_name_keeps_the_person():
    assert names("Seorang warga, Suparman Hadiwijoyo 56 tahun, menemukan ular di kebunnya.") == ["Suparman Hadiwijoyo"]


@pytest.mark.parametrize("text, expected", [
    ("Dirjen Perhubungan Udara Tinjau Bandara Sultan Hasanuddin\n\nMAROS - Direktur Jenderal Perhubungan Udara "
     "Kementerian Perhubungan, Ir. Dharma Putra Wiratama, M.T., meninjau kesiapan Bandara Internasional Sultan "
     "Hasanuddin di Kabupaten Maros, Sabtu (22/3/2025).", ["Dharma Putra Wiratama"]),
    ("MAUMERE - Kepala Unit Penyelenggara Bandar Udara (UPBU) Kelas III Gewayantana, Marselinus Da Gomez, "
     "mengatakan penerbangan itu dijadwalkan tiga kali seminggu.", ["Marselinus Da Gomez"]),
])
def test_a_qualifier_or_a_post_before_an_airport_keeps_its_patron_from_being_a_person(text, expected):
    assert names(text) == expected


def test_a_post_that_takes_the_airport_in_keeps_its_holder():
    assert names("Kepala Bandara Kelas II Budi Santoso mengatakan landasan pacu aman.") == ["Budi Santoso"]
