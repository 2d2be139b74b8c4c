"""Posts written in English, as releases on international meetings write foreign counterparts' posts."""
import pytest

from pipeline.extract import extract_text
from pipeline.extract.english_titles import find_english


def _titles(text: str) -> dict[str, list[str]]:
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


@pytest.mark.parametrize("text, name, title", [
    ("Hal itu penting,” ujar Rudi Hartono, Treasurer of Australia. Hasilnya baik.", "Rudi Hartono",
     "Treasurer of Australia"),
    ("Wamenkeu bertemu Dean of ADBI, Rudi Hartono, di Tokyo.", "Rudi Hartono", "Dean of ADBI"),
    # an acronym closes the body before the holder's name
    ("Menkeu bertemu Managing Director of IMF Kristalina Georgieva; President of the European Investment Bank, "
     "Nadia Calvino.", "Nadia Calvino", "President of the European Investment Bank"),
    # the holder's honorific closes the body
    ("Delegasi dipimpin oleh Director of Pacific Multi Country Office UNOPS Ms. Nadira Kazmi. Rapat berjalan baik.",
     "Nadira Kazmi", "Director of Pacific Multi Country Office UNOPS"),
])
def test_an_english_post_and_its_holder(text, name, title):
    assert title in _titles(text)[name]


def test_the_words_after_an_acronym_that_name_a_body_stay_in_it_and_name_nobody():
    titles = _titles("Wamenhan menerima Regional Managing Director US-ASEAN Business Council, Brian Keller, di "
                     "kantornya.")
    assert titles.get("Brian Keller") == ["Regional Managing Director US-ASEAN Business Council"]
    assert "Business Council" not in titles


def test_after_an_english_post_only_a_name_the_model_reads_is_a_person():
    titles = _titles("Pertemuan dihadiri Capt Andrew T. Hale, Deputy Commodore of Destroyer Squadron SEVEN, United "
                     "States. Latihan berjalan baik.")
    assert "United States" not in titles
    assert titles.get("Andrew T. Hale") == ["Deputy Commodore of Destroyer Squadron SEVEN"]


def test_the_body_of_an_english_post_is_what_follows_of():
    person = extract_text("Hal itu penting,” ujar Rudi Hartono, Treasurer of Australia. Hasilnya baik.").persons[0]
    assert person.titles[0].organization == "Australia"


@pytest.mark.parametrize("text, name, title", [
    # no "of": the body's bracketed acronym closes it, then a comma, a dash or nothing, then the holder
    ("Menkeu bertemu Managing Director Pacific Finance Corporation (PFC), Oumar Ndiaye; dan Menteri Keuangan Jepang.",
     "Oumar Ndiaye", "Managing Director Pacific Finance Corporation (PFC)"),
    ("Wamenkeu bertemu Chief Investment Officer Nordic Green Investment Bank (NGIB) - Lee Sang Woo, dan delegasi.",
     "Lee Sang Woo", "Chief Investment Officer Nordic Green Investment Bank (NGIB)"),
    ("Wamenhan menerima Chief Executive The Global Institute for Maritime Studies (GIMS), Dr. Peter Lang, di Jakarta.",
     "Peter Lang", "Chief Executive The Global Institute for Maritime Studies (GIMS)"),
    ("Menkeu bertemu CEO Borneo Growth Corporation (BGC), Rizal Mahmud, di Washington.", "Rizal Mahmud",
     "CEO Borneo Growth Corporation (BGC)"),
    # a form of address before the holder
    ("Wamenhan menerima Managing Director Pacific Trade Council (PTC), Ambassador John Miller, di kantornya.",
     "John Miller", "Managing Director Pacific Trade Council (PTC)"),
    # the holder's honorific closes a body written in Indonesian
    ("Narasumber lain adalah Founder Komunitas Literasi Nusantara Prof. Dr. Hendra Wijaya, dan pakar lain.",
     "Hendra Wijaya", "Founder Komunitas Literasi Nusantara"),
    # an English word of body names closes the body before the holder's initials
    ("Hadir pula Chairman The Surabaya Strategy Group R. T. Wibowo, dan tokoh masyarakat.", "R. T. Wibowo",
     "Chairman The Surabaya Strategy Group"),
    # the post's acronym, then the body it serves after "of", then the holder's rank
    ("Menhan menerima Chief of Naval Staff (CNS) of The Royal Thai Navy Admiral Somchai Rattana, di Jakarta.",
     "Somchai Rattana", "Chief of Naval Staff (CNS) of The Royal Thai Navy"),
])
def test_an_english_post_whose_body_follows_the_head_directly(text, name, title):
    assert title in _titles(text)[name]


def test_after_a_closed_english_body_a_place_or_an_english_body_names_nobody():
    titles = _titles("Rapat dihadiri Director Asia Pacific Research Centre (APRC), Singapore. Rapat berjalan baik.")
    assert "Singapore" not in titles
    titles = _titles("Materi disampaikan Head of Research (HoR), Strategic Studies Institute. Rapat berjalan baik.")
    assert not any("Institute" in n for n in titles)


def test_a_name_right_after_an_english_head_is_no_body():
    titles = _titles("Hadir President Rudi Hartono, Ketua Umum Persatuan Petani, dalam acara itu.")
    assert not any("Rudi Hartono" in t for ts in titles.values() for t in ts if t.startswith("President"))


def test_a_body_word_inside_an_indonesian_name_does_not_close_the_body():
    text = "Hadir President Director PT Bank Sentosa Rudi Hartono dalam peluncuran itu."
    assert not any(m.text.endswith("Bank") for m in find_english(text))


def test_an_english_body_written_before_the_post_in_a_list_is_part_of_it():
    titles = _titles("Menkeu bertemu Menteri Keuangan Jepang, Taro Suzuki; dan Nordic Development Bank Vice President for "
                     "South Asia, Priya Raman.")
    assert "Nordic Development Bank Vice President for South Asia" in titles["Priya Raman"]
    # after a capitalized verb of a headline the words are no list item's body
    assert [m.text for m in find_english("Menkeu Bertemu Nordic Growth Bank President of Asia\nIsi berita.")] == \
        ["President of Asia"]


def test_a_name_opening_with_an_initial_after_an_english_post_is_its_holder():
    titles = _titles("Hadir pula Chairman The Bandung Research Group S. K. Lim, dan tokoh lain.")
    assert titles.get("S. K. Lim") == ["Chairman The Bandung Research Group"]


def test_posts_of_development_agencies_and_a_body_closed_by_its_noun():
    found = {p.name: [t.text for t in p.titles] for p in extract_text(
        "Rapat dihadiri Chief Representative JICA Indonesia Office, Takehiro Kanemura, Resident Representative "
        "UNDP Indonesia, Norio Shimazaki, dan Program Manager KOICA, Choi Eun-ji, di Kantor Gubernur.").persons}
    assert found == {"Takehiro Kanemura": ["Chief Representative JICA Indonesia Office"],
                     "Norio Shimazaki": ["Resident Representative UNDP Indonesia"],
                     "Choi Eun-ji": ["Program Manager KOICA"]}


def test_a_counsellor_of_an_embassy_is_a_post():
    found = {p.name: [t.text for t in p.titles] for p in extract_text(
        "Bantuan diserahkan oleh Konselor Ekonomi Kedutaan Besar RRT, Liu Wenjie, kepada Bupati Sigi.").persons}
    assert found == {"Liu Wenjie": ["Konselor Ekonomi Kedutaan Besar RRT"]}


def test_english_posts_of_state_companies():
    found = {p.name: [t.text for t in p.titles] for p in extract_text(
        "Stok aman\nCorporate Secretary Bank Sulselbar, Rahmi Lanto, dan Unit Manager Communication, Relation & CSR "
        "PT Pertamina Patra Niaga Regional Sulawesi, Fadli Lasambo, meninjau Integrated Terminal Parepare. Sales Area "
        "Manager Retail Sulteng PT Pertamina Patra Niaga, Yusran Lamadi, turut hadir.").persons}
    assert found["Rahmi Lanto"] == ["Corporate Secretary Bank Sulselbar"]
    assert found["Fadli Lasambo"] == ["Unit Manager Communication, Relation & CSR PT Pertamina Patra Niaga Regional Sulawesi"]
    assert found["Yusran Lamadi"] == ["Sales Area Manager Retail Sulteng PT Pertamina Patra Niaga"]


@pytest.mark.parametrize("title", ["Executive Vice President Sustainable Development PT Bumi Tembaga Papua",
                                   "Vice President Community Development PT Bumi Tembaga Papua",
                                   "Site Manager PT Bumi Tembaga Papua", "Plant Manager PT Bumi Tembaga Papua"])
def test_a_mining_firms_english_post_is_named_with_its_field_and_company(title):
    assert _titles(f"Bantuan diserahkan oleh {title}, Markus Wenda, kepada warga Timika.")["Markus Wenda"] == [title]


def test_an_english_head_keeps_its_of_body_though_the_head_opens_company_posts():
    found = _titles("Hadir pula Vice President of the Asian Development Bank, Ahmad Saidi, di Jayapura.")
    assert found["Ahmad Saidi"] == ["Vice President of the Asian Development Bank"]
