"""Organizations: an open-ended name (company, foundation) after a post ends where its holder's name begins."""
from pipeline.extract import extract_text


def facts(text):
    return extract_text(text)


def test_company_and_foundation_after_a_post_stop_before_the_holder():
    f = facts("Pelatihan Usaha Dibuka\nTurut hadir Direktur PT Cahaya Lestari Agus Salim Harahap, Camat Tebing Rudi "
              "Hartono dan warga. Acara itu dihadiri Ketua Pembina Yayasan Cahaya Bangsa Hendra Wijaya Kusuma, dan "
              "Romo Petrus.")
    names = {o.name for o in f.organizations}
    assert "PT Cahaya Lestari" in names and "Yayasan Cahaya Bangsa" in names
    persons = {p.name for p in f.persons}
    assert "Agus Salim Harahap" in persons and "Hendra Wijaya Kusuma" in persons


def test_an_initial_before_the_holder_is_not_the_company_s():
    f = facts("Pelatihan Usaha Dibuka\nSementara itu Direktur Utama PT Bumi Makmur Sentosa I Made Sudarsana "
              "menyampaikan terima kasih.")
    assert "PT Bumi Makmur Sentosa" in {o.name for o in f.organizations}


def test_without_a_post_the_company_keeps_its_words():
    f = facts("Kunjungan Tim\nTim meninjau lokasi PT Putra Mekongga Sejahtera, PT Akar Mas Indonesia dan lahan warga.")
    assert "PT Putra Mekongga Sejahtera" in {o.name for o in f.organizations}
