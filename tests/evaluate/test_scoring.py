"""The scorer follows the contract's Scoring section: normalization, fuzzy names, one-to-one matching."""
from __future__ import annotations

from pipeline.evaluate.scoring import aggregate, match_one_to_one, norm, norm_place, score_document

EMPTY = {"persons": [], "organizations": [], "places": [], "venues": [], "dates": [], "themes": [], "topics": [],
         "representations": [], "main_event": None}


def facts(**keys):
    return {**EMPTY, **keys}


def test_norm_folds_case_punctuation_honorifics_degrees_and_ri():
    assert norm("Prof. Dr. H. Andi Prasetyo, S.Psi, M.Sc.") == "andi prasetyo"
    assert norm("Drs. Haili Yoga, M. Si") == "haili yoga m"
    assert norm("Kementerian Perindustrian RI") == "kementerian perindustrian"
    assert norm_place("Provinsi Sulawesi Tengah") == "sulawesi tengah"
    assert norm_place("Kota Padang") == norm_place("Padang")


def test_fuzzy_names_match_at_ninety_percent():
    m = match_one_to_one(["Musta'in Ahmad"], ["Mustain Ahmad"], lambda g, p: 1.0 if norm(g)[:5] == norm(p)[:5] else 0)
    assert m.counts.tp == 1
    result = score_document(facts(persons=[{"name": "Abdul Kahar Latjare", "titles": []}]),
                            facts(persons=[{"name": "Abdul Kahar Latjar", "titles": []}]))
    assert result["persons"].counts.tp == 1
    result = score_document(facts(persons=[{"name": "Rangga", "titles": []}]),
                            facts(persons=[{"name": "Rudi Dewanto", "titles": []}]))
    assert (result["persons"].counts.tp, result["persons"].counts.fp, result["persons"].counts.fn) == (0, 1, 1)


def test_organization_listed_twice_costs_precision():
    gold = facts(organizations=[{"name": "Direktorat Jenderal Pajak", "aliases": ["DJP"], "kind": "government"}])
    merged = facts(organizations=[{"name": "Direktorat Jenderal Pajak", "aliases": ["DJP"], "kind": "government"}])
    split = facts(organizations=[{"name": "Direktorat Jenderal Pajak", "aliases": [], "kind": "government"},
                                 {"name": "DJP", "aliases": [], "kind": "government"}])
    assert score_document(gold, merged)["organizations"].counts.fp == 0
    counts = score_document(gold, split)["organizations"].counts
    assert counts.tp == 1 and counts.fp == 1


def test_dates_need_same_start_and_end():
    gold = facts(dates=[{"text": "12-13 Juni 2024", "start": "2024-06-12", "end": "2024-06-13"}])
    wrong_end = facts(dates=[{"text": "12-13 Juni 2024", "start": "2024-06-12", "end": "2024-06-12"}])
    right = facts(dates=[{"text": "12-13 Juni 2024", "start": "2024-06-12", "end": "2024-06-13"}])
    assert score_document(gold, wrong_end)["dates"].counts.tp == 0
    assert score_document(gold, right)["dates"].counts.tp == 1


def test_topics_and_main_event_fields():
    gold = facts(topics=["pertanian", "pangan"],
                 main_event={"name": "Rapat Kerja", "start": "2024-01-02", "end": "2024-01-02",
                             "place": "Kabupaten Poso", "venue": None, "organizer": "Dinas Pertanian"})
    pred = facts(topics=["pertanian"],
                 main_event={"name": "Rapat Kerja", "start": "2024-01-02", "end": "2024-01-03",
                             "place": "Poso", "venue": None, "organizer": "Dinas Pertanian"})
    result = score_document(gold, pred)
    assert result["topics_top1"] is True
    assert result["topics"].counts.tp == 1 and result["topics"].counts.fn == 1
    assert result["main_event"] == {"present": True, "name": True, "start": True, "end": False, "place": True,
                                    "venue": True, "organizer": True}
    report = aggregate([result])
    assert report.event_accuracy["end"] == 0.0 and report.topics_top1 == 1.0
    assert 0 < report.macro_f1 < 1
