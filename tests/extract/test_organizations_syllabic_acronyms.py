"""Organizations: a one-word acronym built of a unit's syllable (Dis-, Pus-) and known portfolio short forms."""
from pipeline.extract import extract_text
from pipeline.resolve import agencies


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_composed_acronym_reads_its_unit_and_portfolios():
    rb = agencies.composed_body("Dishubkominfo")
    assert rb is not None and rb.unit == "Dinas"
    assert rb.portfolio == "Perhubungan, Komunikasi dan Informatika"
    assert agencies.composed_body("Pusdiklat").name == "Pusat Pendidikan dan Pelatihan"


def test_words_that_do_not_split_into_short_forms_are_no_bodies():
    for w in ("Diskusi", "Disiplin", "Pustaka", "Pusaka", "Distrik", "Disela"):
        assert agencies.composed_body(w) is None


def test_unlisted_dinas_acronym_with_its_region_and_a_unit_of_it():
    os_ = orgs("Judul\nTampak hadir Kepala Seksi Sejarah Disparbudpora Kabupaten Sleman Sarinah dan warga.")
    assert "Disparbudpora Kabupaten Sleman" in os_
    assert "Seksi Sejarah Disparbudpora Kabupaten Sleman" in os_


def test_pusat_acronym_takes_its_field_and_joins_its_full_name():
    os_ = orgs("Judul\nPeserta belajar di Pusat Pendidikan dan Pelatihan Arsip Nasional tahun ini.\n"
               "Kepala Pusdiklat AN, Budi Santosa, membuka kelas.")
    assert "Pusat Pendidikan dan Pelatihan Arsip Nasional" in os_
    assert "Pusdiklat AN" in os_["Pusat Pendidikan dan Pelatihan Arsip Nasional"].aliases


def test_bare_pusat_acronym_without_a_field_is_generic():
    os_ = orgs("Judul\nSetiap daerah perlu memiliki Pusdiklat terakreditasi tahun depan.")
    assert not any(n.startswith("Pusdiklat") for n in os_)
