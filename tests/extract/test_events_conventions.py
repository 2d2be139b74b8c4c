"""Conventions of Indonesian releases for the main event's name and organizer, on sentences written for the tests."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from pipeline.extract.event_phrases import find_candidates, lexicon, scan_name_end


def _event(text: str, title: str):
    event = extract_text(text, title=title).main_event
    assert event is not None
    return event


def test_a_titled_object_of_an_organizing_verb_is_the_event():
    title = "Dinas Perikanan Ngobrol Santai Dengan Nelayan"
    text = (f"{title}\n\nSelasa, 12 Maret 2024 Dinas Perikanan Kabupaten Jepara menggelar kegiatan dengan tajuk "
            "NGOBROL SANTAI BERSAMA NELAYAN PESISIR di Balai Nelayan Desa Ujungbatu. Diskusi berlangsung hangat. "
            "Nelayan menyampaikan keluhan soal harga solar.")
    event = _event(text, title)
    assert event.name == "NGOBROL SANTAI BERSAMA NELAYAN PESISIR"
    assert event.organizer == "Dinas Perikanan Kabupaten Jepara"


def test_a_quoted_title_after_bertajuk_is_the_name():
    text = "Dinas Pariwisata mengadakan acara bertajuk \"Festival Kopi Lereng Merapi\" di alun-alun kota."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "Festival Kopi Lereng Merapi" in names


def test_participants_after_bersama_end_a_specific_name():
    lex = lexicon()
    text = "menggelar Rapat Evaluasi Program Sanitasi bersama seluruh Kepala Puskesmas se-Kabupaten Gowa."
    start = text.index("Rapat") + len("Rapat")
    assert text[text.index("Rapat"):scan_name_end(text, start, lex, set())] == "Rapat Evaluasi Program Sanitasi"


def test_a_bare_cue_keeps_who_it_is_held_with():
    lex = lexicon()
    text = "menggelar Rapat Koordinasi bersama seluruh Lurah se-Kota Palopo di aula kantor."
    start = text.index("Rapat Koordinasi") + len("Rapat Koordinasi")
    assert text[text.index("Rapat"):scan_name_end(text, start, lex, set())] == \
        "Rapat Koordinasi bersama seluruh Lurah se-Kota Palopo"


def test_an_organizer_written_with_a_typo_is_still_the_organizer():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "Dinas Pendidkan dan Kebudayaan Kabupaten Wajo menyelenggarakan Rapat Persiapan Pekan Olahraga Pelajar."
    org = Organization(name="Dinas Pendidikan dan Kebudayaan Kabupaten Wajo", spans=[(200, 240)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[org])
    reader = RoleReader(text, facts, lexicon())
    assert reader.first_org_in(0, text.index("menyelenggarakan")) is org
    # a different body written as the subject is not read as the one it resembles least
    other = "Tim Penggerak PKK Desa Siwa menyelenggarakan Lomba Masak."
    reader = RoleReader(other, facts, lexicon())
    assert reader.first_org_in(0, other.index("menyelenggarakan")) is None
