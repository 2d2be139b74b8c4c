"""Offices named with "di" and their seat: embassies, consulates and Badan POM technical units."""
from pipeline.extract import extract_text


def posts(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_an_ambassadors_and_a_consuls_post_keep_their_seat_and_holder():
    found = posts("Duta Besar RI di Wellington, Rudi Hartono, menerima pelajar asal Kendari. Konsul Jenderal RI "
                  "di Kuching, Andi Lolo, menyambut rombongan dari Palu.")
    assert found == {"Rudi Hartono": ["Duta Besar RI di Wellington"],
                     "Andi Lolo": ["Konsul Jenderal RI di Kuching"]}


def test_a_food_and_drug_offices_head_keeps_the_seat_and_holder():
    found = posts("Kepala Balai POM di Kendari, Rina Wati, memimpin pengawasan takjil di Pasar Sentral.")
    assert found == {"Rina Wati": ["Kepala Balai POM di Kendari"]}


def test_any_other_post_before_di_is_where_it_was_said():
    found = posts("Kepala Dinas Kesehatan Kota Kendari, Rina Wati, di Kendari, Senin (3/3/2025), mengatakan stok "
                  "vaksin cukup.")
    assert found == {"Rina Wati": ["Kepala Dinas Kesehatan Kota Kendari"]}
