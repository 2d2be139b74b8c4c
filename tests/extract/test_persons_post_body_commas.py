"""Holders written after a post, its body set off by commas (invented sentences)."""
from tests.extract.readers import titles_by_person


def test_registered_short_form_between_commas_is_the_body_not_the_holder():
    # "Kepala Biro X, Kemendikdasmen, Nama": the acronym after the comma is the body the post sits in
    ps = titles_by_person("Selaras dengan itu, Kepala Biro Umum, Kemendikdasmen, Rina Kartika, turut memberi apresiasi.")
    assert ps["Rina Kartika"] == ["Kepala Biro Umum"]


def test_comma_after_the_posts_short_form_sets_off_the_body():
    # "Kepala Biro X (BX), Kementerian Y, Nama": the comma after the bracket sets the body off, then the holder
    ps = titles_by_person("Hadir pula Kepala Biro Umum (BU), Kementerian Pertanian, Rina Kartika, dalam acara itu.")
    assert ps["Rina Kartika"] == ["Kepala Biro Umum"]
