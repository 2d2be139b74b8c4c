"""A model's body that runs from a post over the name after it, and stops where the list item ends ("serta",
"dan", a comma), holds the post's unit only: the name is the holder's."""
from pipeline.extract.facts import Mention
from pipeline.extract.persons import _closes_title_body


def _case(text, post, name):
    t0 = text.index(post)
    n0 = text.index(name)
    title = {"text": post, "start": t0, "end": t0 + len(post)}
    person = Mention(n0, n0 + len(name), name, kind="person", data={"name": name, "title": title,
                                                                   "outer": [n0, n0 + len(name)]})
    body_start = t0 + len(post.split()[0]) + 1
    body = Mention(body_start, n0 + len(name), text[body_start:n0 + len(name)], kind="ner", data={"label": "ORG"})
    return body, person


def test_body_ending_at_the_name_before_serta_closes_the_post():
    text = "Hadir Pembimbing Kemasyarakatan Ahli Utama Sukarjono serta para Kepala Lapas."
    body, person = _case(text, "Pembimbing Kemasyarakatan Ahli Utama", "Sukarjono")
    assert _closes_title_body(text, body, person)


def test_body_ending_at_the_name_before_dan_closes_the_post():
    text = "Hadir Penyuluh Agama Ahli Madya Warsono dan para penghulu se-Kabupaten Demak."
    body, person = _case(text, "Penyuluh Agama Ahli Madya", "Warsono")
    assert _closes_title_body(text, body, person)


def test_body_going_on_into_the_clause_does_not():
    text = "Hadir Kepala Dinas Pertanian Sukamaju menyerahkan bantuan."
    body, person = _case(text, "Kepala Dinas Pertanian", "Sukamaju")
    assert not _closes_title_body(text, body, person)
