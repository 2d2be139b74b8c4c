from pipeline.extract import extract_text


def names(text):
    return [o.name.lower() for o in extract_text(text, published="2024-05-01").organizations]


def test_body_named_in_a_capitals_credit_line_is_found():
    text = "Bantuan Beras\nWarga menerima bantuan beras di balai desa pada hari Senin pagi.\n® DISKOMINFO KOTA PALU"
    assert "diskominfo kota palu" in names(text)


def test_body_named_in_a_capitals_headline_is_found():
    text = ("PEMERINTAH KABUPATEN SOLOK KUNJUNGI KOTA PADANG\n"
            "Rombongan tiba pada pagi hari dan disambut warga di halaman balai kota.")
    assert "pemerintah kabupaten solok" in names(text)


def test_capitals_headline_words_after_a_school_head_are_no_school_name():
    text = "88 KEPALA SMP DAN SMA NEGERI HADIRI RAPAT KERJA\nRapat berlangsung di aula sekolah selama dua hari."
    assert not any(n.startswith("sma negeri") for n in names(text))
