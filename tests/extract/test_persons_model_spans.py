"""Persons where the model reads a person span that is a degree or an English body: the span is set by hand."""
import re

from pipeline.extract import extract_text
from pipeline.extract.entities import StatisticalEntities
from pipeline.extract.facts import Mention
from pipeline.nlp.state import add_mention
from pipeline.resolve.tokens import doc_text


def test_a_degree_written_with_a_space_is_no_person(monkeypatch):
    # the model's person span runs from a degree written "M. SI" over the line break into the next name
    def tagged(doc, _tagged, _source):
        text = doc_text(doc)
        m = re.search(r"M\. SI\nSiti Rahayu Putri", text)
        add_mention(doc, Mention(m.start(), m.end(), m.group(0), kind="ner", source="ner", data={"label": "PER"}))

    monkeypatch.setattr(StatisticalEntities, "_add_entities", staticmethod(tagged))
    names = [p.name for p in extract_text(
        "Judul berita\nRapat dihadiri lima orang secara luring, yaitu :\nAndi Wijaya (Provinsi Jambi)\n"
        "Rina Sari, S.E., M.M.\nDewi lestari, M. SI\nSiti Rahayu Putri, S.ST\nSelesai.").persons]
    assert "M. SI" not in names
    assert "Siti Rahayu Putri" in names


def test_an_english_phrase_the_model_closes_with_a_body_word_is_no_person(monkeypatch):
    # the model reads "Maritime Diplomacy Forum" as a person; a name read there stops before "Forum"
    def tagged(doc, _tagged, _source):
        text = doc_text(doc)
        for m in re.finditer(r"Maritime Diplomacy Forum", text):
            add_mention(doc, Mention(m.start(), m.end(), m.group(0), kind="ner", source="ner", data={"label": "PER"}))

    monkeypatch.setattr(StatisticalEntities, "_add_entities", staticmethod(tagged))
    names = [p.name for p in extract_text(
        "Judul berita\nKementerian Luar Negeri menyelenggarakan kegiatan Maritime Diplomacy Forum on Ocean "
        "Security di Jakarta, Senin. Kegiatan itu dihadiri para duta besar.").persons]
    assert names == []


def test_haji_closing_words_is_the_pilgrimage_not_a_name(monkeypatch):
    # the model reads "Manasik Haji" as a person; "Haji" opens a pilgrim's name, it never closes one
    def tagged(doc, _tagged, _source):
        text = doc_text(doc)
        for m in re.finditer(r"Manasik Haji", text):
            add_mention(doc, Mention(m.start(), m.end(), m.group(0), kind="ner", source="ner", data={"label": "PER"}))

    monkeypatch.setattr(StatisticalEntities, "_add_entities", staticmethod(tagged))
    names = [p.name for p in extract_text(
        "Judul berita\nKantor Kemenag menggelar acara. Bimbingan Manasik Haji Kota Langsa dibuka Wali Kota Langsa. "
        "Peserta Manasik Haji berjumlah 300 orang.").persons]
    assert names == []


def test_a_quoted_name_of_an_event_is_no_person(monkeypatch):
    # the model reads the quoted name of an event as a person
    def tagged(doc, _tagged, _source):
        text = doc_text(doc)
        for m in re.finditer(r"Cahaya Hati Pelita Nusantara", text):
            add_mention(doc, Mention(m.start(), m.end(), m.group(0), kind="ner", source="ner", data={"label": "PER"}))

    monkeypatch.setattr(StatisticalEntities, "_add_entities", staticmethod(tagged))
    names = [p.name for p in extract_text(
        "Judul berita\nWarga Kota Kendari menghadiri acara kebangsaan “Cahaya Hati Pelita Nusantara: Doa Bersama” di "
        "Masjid Raya, Jumat. Acara itu diikuti ribuan warga.").persons]
    assert names == []
