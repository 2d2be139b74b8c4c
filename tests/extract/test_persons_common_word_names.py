"""Persons: a name made of dictionary words, set off by commas after its post, is the holder's name."""
from pipeline.extract import extract_text


def titles(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_a_name_of_dictionary_words_between_commas_after_a_post_is_the_holder():
    got = titles("Panen Raya Jagung\nSIGI - Camat Dolo Selatan, Indah Putri, menghadiri panen raya jagung di Desa "
                 "Pesaku, Sabtu (8/3/2025).")
    assert got.get("Indah Putri") == ["Camat Dolo Selatan"]


def test_words_of_a_unit_without_a_closing_comma_stay_no_name():
    got = titles("Rapat Teknis\nKepala Bidang Tata Ruang, menjelaskan rencana kerja tahun ini di Palu.")
    assert "Tata Ruang" not in got


def test_the_model_s_shorter_span_does_not_cut_a_name_set_off_by_commas():
    got = titles("Panen Raya Jagung\nSIGI - Camat Dolo Selatan, Putri Indah Sari, menghadiri panen raya jagung di Desa "
                 "Pesaku, Sabtu (8/3/2025).")
    assert got.get("Putri Indah Sari") == ["Camat Dolo Selatan"]


def test_an_interim_replacement_is_no_name():
    text = ("DPRD Kabupaten Sikka menggelar rapat paripurna pengucapan sumpah Anggota DPRD Pengganti Antarwaktu (PAW), "
            "Senin (3/2/2025).")
    assert [p.name for p in extract_text(text).persons] == []
