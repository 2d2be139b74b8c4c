"""Athletes named in a sports release: a surname that is a month's word ("Ramadhan"), a short middle name
("Andi Muh. Fauzan"), a surname no dictionary knows past the model's span, and a trophy named after a post."""
from pipeline.extract import extract_text


def names(text):
    return [p.name for p in extract_text(text, published="2025-03-01").persons]


def test_a_month_word_closing_a_name_set_off_by_commas_is_the_surname():
    found = names("Emas disumbangkan atlet atletik asal Polewali Mandar, Fadli Ramadhan, pada nomor 100 meter.")
    assert "Fadli Ramadhan" in found
    assert names("Tarhib Ramadhan dan pawai obor digelar di Kota Palu.") == []


def test_a_short_middle_name_stays_in_the_athlete_s_name():
    assert "Andi Muh. Fauzan" in names("Tambahan emas datang dari cabor dayung melalui Andi Muh. Fauzan dan "
                                       "Sitti Rahmawati.")


def test_a_surname_past_the_model_s_span_is_read():
    assert "Safira Umasugi" in names("Atlet para-atletik Safira Umasugi asal Halmahera Barat diharapkan "
                                     "menyumbang emas.")


def test_a_trophy_named_after_a_post_is_no_person():
    f = extract_text("Bupati Sinjai, Ratnawati Arif, membuka Turnamen Sepak Bola Bupati Cup II Tahun 2025 di "
                     "Stadion Sinjai Bersatu, Kamis (3/7/2025).", published="2025-03-01")
    assert [p.name for p in f.persons] == ["Ratnawati Arif"]
    assert f.main_event.name == "Turnamen Sepak Bola Bupati Cup II Tahun 2025"
