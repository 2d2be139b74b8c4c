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


def test_a_foreign_envoys_post_keeps_its_state_and_seat():
    text = ("Gubernur menerima Konsul Jenderal Jepang di Makassar, Kenji Morimura, dan Atase Pertanian Kedutaan "
            "Besar Amerika Serikat di Jakarta, Michael Thompson, di Palu.")
    found = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert found == {"Kenji Morimura": ["Konsul Jenderal Jepang di Makassar"],
                     "Michael Thompson": ["Atase Pertanian Kedutaan Besar Amerika Serikat di Jakarta"]}
    assert "Kota Makassar" not in {p.name for p in extract_text(text).places}


def test_deputy_envoys_charges_d_affaires_and_honorary_consuls_are_posts():
    found = posts("Acara dihadiri Wakil Duta Besar Inggris untuk Indonesia, Thomas Blakeley, Kuasa Usaha Ad Interim "
                  "Kedutaan Besar Belanda, Pieter van Dijk, dan Konsul Kehormatan Prancis di Kupang, Pierre Lemaire.")
    assert found == {"Thomas Blakeley": ["Wakil Duta Besar Inggris untuk Indonesia"],
                     "Pieter van Dijk": ["Kuasa Usaha Ad Interim Kedutaan Besar Belanda"],
                     "Pierre Lemaire": ["Konsul Kehormatan Prancis di Kupang"]}


def test_a_foreign_envoys_post_names_the_state_by_its_short_form_too():
    found = posts("Wali Kota Palu menerima kunjungan Konsul Jenderal RRT di Surabaya, Li Wenhai, Senin (24/2/2025).")
    assert found == {"Li Wenhai": ["Konsul Jenderal RRT di Surabaya"]}
