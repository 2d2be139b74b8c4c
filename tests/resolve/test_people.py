"""People across documents: name agreement, context, clusters, and the linker's pairwise figures on labelled
records (tests/fixtures/people_linkage)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate.linkage import pairwise, predicted_clusters, read_records
from pipeline.resolve.people import Record, link, name_agreement, region_agreement

LINKAGE = Path(__file__).resolve().parents[1] / "fixtures" / "people_linkage"


@pytest.mark.parametrize("a,b,level", [
    ("Yosef Ardianus Woda", "Yosef Ardianus Woda", "exact"),
    ("Yosef A. Woda", "Yosef Ardianus Woda", "variant"),
    ("Fransisca W. Rera", "Fransiska Wonga Rera", "variant"),
    ("Djoko Soeharto", "Joko Suharto", "variant"),
    ("Muhamad Yusuf", "Muhammad Yusuf", "variant"),
    ("Yosef Woda", "Yosef Ardianus Woda", "ends"),
    ("Budi Santoso", "Budi Santoso Wibowo", "partial"),
    ("Yentji Sunur", "Eliaser Yentji Sunur", "partial"),  # first name dropped: context must decide
    ("Ola Langoday", "Thomas Ola Langoday", "partial"),
    ("Thomas Langoday", "Thomas Ola Sunur", None),
    ("Maria Goreti Nggadhi", "Maria Yasinta Ndoi", None),
    ("Yosef", "Yosef Ardianus Woda", None),
])
def test_name_agreement(a, b, level):
    assert name_agreement(a, b) == level


def test_region_agreement():
    assert region_agreement({"53.08.04"}, {"53.08"}) == "same"
    assert region_agreement({"53.08"}, {"53"}) == "within"
    assert region_agreement({"53.08"}, {"53.07"}) == "conflict"
    assert region_agreement(set(), {"53.07"}) is None


def test_a_common_name_in_two_regions_is_two_people():
    a = Record("d1", 0, "Muhammad Ridwan", frozenset({"53.08.04"}))
    b = Record("d2", 0, "Muhammad Ridwan", frozenset({"53.07"}))
    c = Record("d3", 0, "Muhammad Ridwan", frozenset({"53.08"}))
    clusters = link([a, b, c])
    assert sorted(sorted(r.document_id for r in cl.records) for cl in clusters) == [["d1", "d3"], ["d2"]]


def test_two_persons_of_one_document_are_never_merged():
    a = Record("d1", 0, "Siti Aminah", frozenset({"35.24"}))
    b = Record("d1", 1, "Siti Aminah", frozenset({"35.24"}))
    assert len(link([a, b])) == 2


def test_linker_figures_on_labelled_records():
    records, gold = read_records(LINKAGE / "records.tsv")
    scores = pairwise(gold, predicted_clusters(records))
    assert scores["gold_pairs"] == 28
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.9, scores


def test_no_false_links_among_the_corpus_persons():
    records, gold = read_records(LINKAGE / "corpus_records.tsv")
    scores = pairwise(gold, predicted_clusters(records))
    assert scores["records"] > 100 and scores["fp"] == 0, scores
