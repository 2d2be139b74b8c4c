"""Posts written in English, as releases on international meetings write foreign counterparts' posts."""
import pytest

from pipeline.extract import extract_text


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
    ("Delegasi dipimpin oleh Director of Pacific Multi Country Office UNOPS Ms. Samina Kadwani. Rapat berjalan baik.",
     "Samina Kadwani", "Director of Pacific Multi Country Office UNOPS"),
])
def test_an_english_post_and_its_holder(text, name, title):
    assert title in _titles(text)[name]


def test_the_words_after_an_acronym_that_name_a_body_stay_in_it_and_name_nobody():
    titles = _titles("Wamenhan menerima Regional Managing Director US-ASEAN Business Council, Brian Keller, di "
                     "kantornya.")
    assert titles.get("Brian Keller") == ["Regional Managing Director US-ASEAN Business Council"]
    assert "Business Council" not in titles


def test_after_an_english_post_only_a_name_the_model_reads_is_a_person():
    titles = _titles("Pertemuan dihadiri Capt Matthew B. Cox, Deputy Commodore of Destroyer Squadron SEVEN, United "
                     "States. Latihan berjalan baik.")
    assert "United States" not in titles
    assert titles.get("Matthew B. Cox") == ["Deputy Commodore of Destroyer Squadron SEVEN"]


def test_the_body_of_an_english_post_is_what_follows_of():
    person = extract_text("Hal itu penting,” ujar Rudi Hartono, Treasurer of Australia. Hasilnya baik.").persons[0]
    assert person.titles[0].organization == "Australia"
