"""Places: in a title-case headline, a verb written bare right after a village's cue word names no village."""
from tests.extract.readers import places_found


def test_a_headline_verb_after_desa_names_no_village():
    names = [p[0] for p in places_found(
        "Pemdes Sidole Gelar Musyawarah Desa Bahas Rancangan Perdes APBDes\nSIDOLE - Pemerintah Desa Sidole, "
        "Kecamatan Ampibabo, menggelar musyawarah desa, Senin (3/3/2025).")]
    assert not any("Bahas" in n for n in names)
    assert "Desa Sidole" in names


def test_a_village_named_in_the_headline_keeps_its_name():
    names = [p[0] for p in places_found(
        "Penyaluran BLT-DD di Desa Lemo Berjalan Lancar\nPenyaluran di Desa Lemo, Kecamatan Ampibabo, lancar.")]
    assert "Desa Lemo" in names
