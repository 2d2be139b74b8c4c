"""After a word of a running pair ("pasangan", "paslon", "nomor urut"), two names joined by a dash are two persons."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, names", [
    ("Pasangan nomor urut 1, Yohanes Palisungan–Daud Sampeang memperoleh 41.230 suara.",
     ["Yohanes Palisungan", "Daud Sampeang"]),
    ("Pasangan Andreas Limbong - Petrus Paembonan unggul di Kecamatan Sesean.", ["Andreas Limbong", "Petrus Paembonan"]),
    ("Pasangan Markus Tandilolo-Simon Rantelino ditetapkan sebagai pemenang.", ["Markus Tandilolo", "Simon Rantelino"]),
])
def test_a_running_pair_joined_by_a_dash(text, names):
    assert sorted(persons(text)) == sorted(names)


def test_a_hyphenated_name_outside_a_pair_stays_one():
    assert list(persons("Kepala Desa Tolai, Ramli Masiga-Lamarauna hadir.")) == ["Ramli Masiga-Lamarauna"]
