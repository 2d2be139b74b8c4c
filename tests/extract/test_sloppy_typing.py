"""Regional sites publish releases typed in haste: paragraphs in capitals, stray HTML entities, glued punctuation.
The facts are those of the tidy text, and their offsets point into the text as given."""
import time

from pipeline.extract import extract_text


def test_a_paragraph_in_capitals_is_read_in_time():
    text = ("BUPATI BOALEMO TINJAU LOKASI BANJIR DI KECAMATAN PAGUYAMAN\n"
            "TILAMUTA - BUPATI BOALEMO RAHMAT DUNGGIO MENINJAU LOKASI BANJIR DI DESA BANGGA, KECAMATAN PAGUYAMAN "
            "PANTAI, SELASA (4/3/2025). DALAM KUNJUNGAN ITU BUPATI DIDAMPINGI KEPALA PELAKSANA BPBD BOALEMO, "
            "YUSUF MONOARFA.\nRahmat Dunggio meminta warga tetap waspada.\n")
    extract_text("Bupati Boalemo hadir.", published="2025-03-04")  # tables loaded before the clock starts
    start = time.perf_counter()
    extract_text(text, published="2025-03-04")
    assert time.perf_counter() - start < 5


def _persons(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text, published="2025-03-03").persons}


def test_html_entities_left_in_the_text_read_as_their_characters():
    text = ("Pemkab Pohuwato Gelar Rakor Kesiapsiagaan\n"
            "MARISA, 3 Maret 2025 &ndash; Rakor dipimpin Sekretaris Daerah Pohuwato&nbsp;Iskandar&nbsp;Datau. "
            "Kepala Dinas Perumahan &amp; Kawasan Permukiman Pohuwato, Ridwan Abas, memaparkan rencana aksi.\n")
    f = extract_text(text, published="2025-03-03")
    persons = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert persons["Iskandar Datau"] == ["Sekretaris Daerah Pohuwato"]
    assert persons["Ridwan Abas"] == ["Kepala Dinas Perumahan & Kawasan Permukiman Pohuwato"]
    assert "Kawasan Permukiman Pohuwato" not in [p.name for p in f.places]
    start, end = next(p for p in f.persons if p.name == "Iskandar Datau").spans[0]
    assert text[start:end] == "Iskandar&nbsp;Datau"


def test_names_typed_with_double_spaces_are_written_with_one():
    persons = _persons("Rapat Evaluasi Imunisasi\nPalu - Rapat dibuka Sekretaris Dinas Kesehatan Sigi  Rahmat  Hidayat "
                       "dan Kepala Dinas  Sosial Sigi,  Nur  Aini.\n")
    assert persons == {"Rahmat Hidayat": ["Sekretaris Dinas Kesehatan Sigi"], "Nur Aini": ["Kepala Dinas Sosial Sigi"]}


def test_entity_replacement_keeps_the_length_of_the_text():
    from pipeline.normalize.text import plain_entities
    text = "&quot;Siap&quot;, kata Kadis PUPR &amp; Bina Marga&nbsp;Sigi &ndash; R&D"
    out = plain_entities(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == '"Siap" , kata Kadis PUPR & Bina Marga Sigi – R&D'


def test_a_dateline_typed_without_spaces_gives_its_date_and_the_post_after_it():
    f = extract_text("Rapat Paripurna DPRD Sikka\nMaumere,7 Maret 2025-Ketua DPRD Sikka Stefanus Sumandi memimpin "
                     "rapat paripurna.\n", published="2025-03-08")
    assert [(d.text, d.start) for d in f.dates] == [("7 Maret 2025", "2025-03-07")]
    assert {p.name: [t.text for t in p.titles] for p in f.persons} == {"Stefanus Sumandi": ["Ketua DPRD Sikka"]}


def test_a_decimal_comma_opens_no_date():
    f = extract_text("Harga Cabai Turun\nPalu - Harga cabai turun 2,5 Maret ini kata pedagang, Senin (3/3/2025).\n",
                     published="2025-03-03")
    assert [d.text for d in f.dates] == ["Senin (3/3/2025)"]


def test_a_short_head_typed_with_a_letter_dropped_or_swapped_is_the_head():
    persons = _persons("Pelatihan Kewirausahaan Pemuda\nSUMBAWA BESAR, 6 Maret 2025 – Wakil Bupti Sumbawa Mohamad Ansori "
                       "membuka pelatihan. Hadir pula Ketau DPRD Sumbawa Abdul Rafiq dan Kepla Puskesmas Unter Iwes, "
                       "Siti Aminah.\n")
    assert persons == {"Mohamad Ansori": ["Wakil Bupati Sumbawa"], "Abdul Rafiq": ["Ketua DPRD Sumbawa"],
                       "Siti Aminah": ["Kepala Puskesmas Unter Iwes"]}


def test_a_holder_written_in_capitals_after_the_post_takes_it():
    persons = _persons("Walikota Kupang Lantik Pejabat\nKUPANG – Walikota Kupang, YOSEF LEKAN, melantik 25 pejabat, "
                       "Rabu (12/3/2025). Sekda Kota Kupang FRANSISKUS NDOEN membacakan surat keputusan.\n")
    assert persons == {"Yosef Lekan": ["Walikota Kupang"], "Fransiskus Ndoen": ["Sekda Kota Kupang"]}


def test_words_in_capitals_after_a_post_in_a_line_of_capitals_are_no_holder():
    persons = _persons("BUPATI BOALEMO TINJAU BANJIR\nTILAMUTA - BUPATI BOALEMO MENINJAU LOKASI BANJIR DI DESA BANGGA, "
                       "SELASA (4/3/2025).\n")
    assert persons == {}


def test_a_one_word_head_in_lowercase_before_its_region_and_a_name_is_a_title():
    persons = _persons("Peresmian Puskesmas Depapre\nSENTANI – Peresmian dihadiri bupati Jayapura Yunus Wonda dan camat "
                       "Depapre Markus Yoku, Senin (3/3/2025).\n")
    assert {n: [t.lower() for t in ts] for n, ts in persons.items()} == {
        "Yunus Wonda": ["bupati jayapura"], "Markus Yoku": ["camat depapre"]}


def test_a_one_word_head_in_lowercase_without_a_name_is_no_title():
    assert _persons("Rapat Stunting\nPalu – Menurut bupati Sigi, rapat itu penting bagi warga Desa Kalukubula.\n") == {}


def test_a_date_typed_with_double_spaces_or_an_entity_is_written_with_one_space():
    f = extract_text("Festival Teluk Tomini\nParigi – Festival dibuka Senin  (10/3/2025) dan berlangsung 11&ndash;13 Maret 2025.\n",
                     published="2025-03-10")
    assert [d.text for d in f.dates] == ["Senin (10/3/2025)", "11– 13 Maret 2025"]


def test_characters_that_show_nothing_leave_words_whole():
    text = ("Rapat Stunting\nPalu – Bupati Sigi Moha\u00admad\u200bIrwan membuka rapat di Desa Kalu\u00adku\u00adbula, "
            "Senin (3/3/2025).\n")
    f = extract_text(text, published="2025-03-03")
    assert {p.name: [t.text for t in p.titles] for p in f.persons} == {"Mohamad Irwan": ["Bupati Sigi"]}
    assert "Desa Kalukubula" in [p.name for p in f.places]
    start, end = f.persons[0].spans[0]
    assert text[start:end] == "Moha\u00admad\u200bIrwan"
    place = next(p for p in f.places if p.name == "Desa Kalukubula")
    assert [text[s:e] for s, e in place.spans] == ["Desa Kalu\u00adku\u00adbula"]


def test_an_invisible_character_before_a_word_keeps_the_word_in_place():
    text = "Rapat Stunting\nPalu – Bupati Sigi Mohamad Irwan membuka rapat, \u200bSenin (3/3/2025).\n"
    f = extract_text(text, published="2025-03-03")
    assert [(d.text, text[d.span[0]:d.span[1]]) for d in f.dates] == [("Senin (3/3/2025)", "Senin (3/3/2025)")]
