"""A regional post written bare (its region implied) before "selaku" and a second post is held by the name after."""
import pipeline.extract  # noqa: F401  (registers the components)
from tests.extract.readers import titles_by_person


def test_bare_sekda_selaku_a_second_post():
    text = ("Rapat Tim Anggaran di Kabupaten Majene\n"
            "MAJENE, (4/3/2025) - Sekda selaku Ketua Tim Anggaran Pemerintah Daerah, Hasrul Mandeng, S.Sos, memimpin "
            "rapat pembahasan anggaran perubahan di ruang rapat kantor bupati.")
    assert titles_by_person(text)["Hasrul Mandeng"] == ["Sekda", "Ketua Tim Anggaran Pemerintah Daerah"]


def test_bare_bupati_selaku_a_second_post():
    text = ("Satgas Pangan Pantau Harga Beras di Pasar Sentral Polewali\n"
            "POLEWALI, (4/3/2025) - Bupati selaku Ketua Satgas Pangan, Amran Kaharu, memantau harga beras di Pasar "
            "Sentral Polewali.")
    assert titles_by_person(text)["Amran Kaharu"] == ["Bupati", "Ketua Satgas Pangan"]
