"""A post "dijabat oleh" a person is that person's post ("Jabatan Pj. Kepala Desa X dijabat oleh Nama")."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, name, title", [
    ("Jabatan Pj. Kepala Desa Uekuli dijabat oleh Rusdin Lapasere, S.Sos., mulai Senin (8/1/2024).",
     "Rusdin Lapasere", "Pj. Kepala Desa Uekuli"),
    ("Sementara itu, Kepala Dusun II kini dijabat oleh Yohanis Bara yang dilantik pekan lalu.",
     "Yohanis Bara", "Kepala Dusun II"),
])
def test_the_person_a_post_is_held_by_holds_it(text, name, title):
    assert persons(text).get(name) == [title]
