"""One word read after a post is a name when the text gives it as a holder's name elsewhere, or when a comma sets
it off after a pair of heads; the model's place reading of it does not drop it."""
from pipeline.extract import extract_text


def test_first_of_a_pair_of_heads_after_a_comma_is_a_name():
    facts = extract_text("Rapat Koordinasi\nAcara ini dihadiri Ketua dan Sekum PWI, Lalonggasu dan Halidin serta para "
                         "wartawan.")
    ps = {p.name: [t.text for t in p.titles] for p in facts.persons}
    assert "Lalonggasu" in ps and "Halidin" in ps


def test_a_name_given_after_a_full_post_is_a_name_after_a_bare_post():
    facts = extract_text("Rapat Koordinasi\nTurut hadir Sekretaris Dinas Pertanian Kota Kendari, Sanggula, dan para "
                         "penyuluh.\nSeperti dijelaskan oleh Kepala Dinas Pertanian Kota Kendari yang diwakili "
                         "Sekretaris, Sanggula, program ini berjalan.")
    reps = {(r.principal, r.representative) for r in facts.representations}
    assert ("Kepala Dinas Pertanian Kota Kendari", "Sanggula") in reps


def test_a_bare_post_then_an_unknown_word_is_still_no_name():
    facts = extract_text("Rapat Koordinasi\nSeperti dijelaskan oleh Kepala Dinas Pertanian yang diwakili "
                         "Sekretaris, Panitia, program ini berjalan.")
    assert "Panitia" not in {p.name for p in facts.persons}


def test_a_region_the_register_knows_after_a_pair_of_heads_stays_a_place():
    facts = extract_text("Rapat Koordinasi\nAcara ini dihadiri Ketua dan Sekum PWI, Poasia dan Halidin serta para "
                         "wartawan.")
    assert "Poasia" not in {p.name for p in facts.persons}
