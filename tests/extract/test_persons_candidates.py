"""A candidate's post: "calon" before the post is part of its text (the candidate holds no office), also for the
second post of a pair, and a ballot number between the post and the name is no part of it."""
import pytest

from pipeline.extract import extract_text


def titles(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


@pytest.mark.parametrize("text, name, title", [
    ("Calon Bupati Buol, Rahmat Lamaluta, menggelar kampanye di Desa Lakea, Selasa.", "Rahmat Lamaluta",
     "Calon Bupati Buol"),
    ("Calon Wali Kota Palopo nomor urut 1, Andi Baso Rahim, berdialog dengan pedagang, Senin.", "Andi Baso Rahim",
     "Calon Wali Kota Palopo"),
    ("Pasangan calon Bupati dan Wakil Bupati Sikka, Yosef Bata dan Maria Dua, menyerahkan berkas, Rabu.",
     "Maria Dua", "calon Wakil Bupati Sikka"),
    ("Pasangan calon Bupati dan Wakil Bupati Sikka, Yosef Bata dan Maria Dua, menyerahkan berkas, Rabu.",
     "Yosef Bata", "calon Bupati Sikka"),
])
def test_a_candidate_post_keeps_its_word(text, name, title):
    assert titles(text)[name] == [title]
