"""A numbered list under a label that also opens credit lines ("Narasumber:") lists officials with their posts."""
from pipeline.extract import extract_text

TEXT = ("Ternate - Pemerintah Provinsi Maluku Utara menggelar rapat koordinasi ketertiban umum di Kota Ternate, "
        "Senin (3/3/2025).\n\nNarasumber:\n1. Kasat Pol PP Provinsi Maluku Utara, Jufri Abdulgani\n"
        "2. Kepala Bappeda Halmahera Barat, Rustam Hasan\n\nRapat berlangsung lancar.")


def test_a_numbered_list_under_a_credit_label_keeps_posts():
    titles = {p.name: [t.text for t in p.titles] for p in extract_text(TEXT, published="2025-03-03").persons}
    assert titles["Jufri Abdulgani"] == ["Kasat Pol PP Provinsi Maluku Utara"]
    assert titles["Rustam Hasan"] == ["Kepala Bappeda Halmahera Barat"]


def test_a_credit_line_names_its_person():
    f = extract_text(TEXT + "\n\nNarasumber: Budi Santoso", published="2025-03-03")
    assert "Budi Santoso" in {p.name for p in f.persons}
