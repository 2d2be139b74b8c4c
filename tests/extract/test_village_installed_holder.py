"""An installation names the holder after the post and "yang dilantik/diangkat/dikukuhkan" and a copula
("Penjabat Kepala Desa X yang dilantik yaitu Nama"): the name after the copula holds that post."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, name, title", [
    ("Penjabat Kepala Desa Ogotua yang dilantik yaitu Ridwan Lamato, S.Sos., menggantikan kepala desa yang "
     "mengundurkan diri.",
     "Ridwan Lamato", "Penjabat Kepala Desa Ogotua"),
    ("Pada kesempatan itu Camat Ampana Kota mengukuhkan perangkat desa. Kepala Dusun III yang diangkat adalah "
     "Marten Lolo.",
     "Marten Lolo", "Kepala Dusun III"),
])
def test_the_installed_holder_after_a_copula_holds_the_post(text, name, title):
    assert persons(text).get(name) == [title]
