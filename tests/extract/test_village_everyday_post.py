"""An acting holder's own post is told with "yang sehari-hari menjabat (sebagai)": that post is the person's too."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, name, titles", [
    ("Penjabat Kepala Desa Ogotua, Ridwan Lamato, S.Sos., yang sehari-hari menjabat sebagai Sekretaris Camat "
     "Tinombo, menyerahkan bantuan kepada warga, Senin (8/1/2024).",
     "Ridwan Lamato", ["Sekretaris Camat Tinombo", "Penjabat Kepala Desa Ogotua"]),
    ("Upacara dipimpin Hendra Paliling yang sehari-harinya bertugas sebagai Kepala Seksi Pemerintahan "
     "Kecamatan Ampana Kota.",
     "Hendra Paliling", ["Kepala Seksi Pemerintahan Kecamatan Ampana Kota"]),
])
def test_the_everyday_post_of_an_acting_holder_is_his(text, name, titles):
    assert sorted(persons(text).get(name) or []) == sorted(titles)
