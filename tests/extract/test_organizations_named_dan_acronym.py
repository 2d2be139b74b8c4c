from pipeline.extract import extract_text


def orgs(text):
    return [o.name for o in extract_text(text, published="2024-05-01").organizations]


def test_acronym_after_dan_is_a_second_body_not_part_of_a_company_name():
    names = orgs("Penghargaan\nPiagam diserahkan oleh PT Sentosa Abadi dan BPJS kepada pemerintah daerah.")
    assert "PT Sentosa Abadi" in names
    assert not any("dan BPJS" in n for n in names)


def test_words_after_dan_still_continue_a_proper_name():
    names = orgs("Wisuda\nYayasan Pendidikan dan Dakwah Nurul Fajar menggelar wisuda santri.")
    assert "Yayasan Pendidikan dan Dakwah Nurul Fajar" in names
