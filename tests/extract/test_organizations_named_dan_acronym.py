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


def test_a_facility_and_its_name_after_dan_is_a_second_site():
    names = orgs("Bupati meninjau Rumah Sakit Umum Daerah Tobelo dan Pelabuhan Dufa-Dufa, Senin.")
    assert "Rumah Sakit Umum Daerah Tobelo" in names
    assert not any("Pelabuhan" in n for n in names)
    names = orgs("Camat meninjau Puskesmas Lage dan Terminal Kasiguncu kemarin.")
    assert "Puskesmas Lage" in names and not any("Terminal" in n for n in names)


def test_a_region_after_a_facility_word_keeps_a_portfolio_whole():
    assert "Dinas Kebersihan dan Pasar Kota Palu" in orgs("Dinas Kebersihan dan Pasar Kota Palu menggelar rapat.")
