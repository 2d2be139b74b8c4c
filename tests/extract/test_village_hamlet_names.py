"""A hamlet's own name may open with a word that is a place's cue elsewhere ("Dusun Kampung Baru", "Dusun Sungai
Lemo"): the whole is the hamlet, not a village of that name somewhere else."""
from pipeline.extract import extract_text


def places(text):
    return {p.name: p.code for p in extract_text(text, published="2024-05-10").places}


def test_a_hamlet_named_kampung_is_the_hamlet():
    found = places("Warga Gotong Royong Bersihkan Saluran\n\nWarga memperbaiki saluran air di Dusun Kampung Baru, "
                   "Desa Sumberjo, Kecamatan Wonomulyo, Kabupaten Polewali Mandar, Sabtu (4/5/2024).")
    assert "Dusun Kampung Baru" in found and "Kampung Baru" not in found


def test_a_hamlet_named_for_a_river_is_the_hamlet():
    found = places("Jembatan Gantung Rampung\n\nJembatan gantung di Dusun Sungai Lemo, Desa Tambarana, "
                   "Kecamatan Poso Pesisir, rampung dikerjakan warga.")
    assert "Dusun Sungai Lemo" in found and "Sungai Lemo" not in found
