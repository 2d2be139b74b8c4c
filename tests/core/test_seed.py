"""On the seed release, `warta extract` gives every gold fact (all nine keys and main_event)."""
from __future__ import annotations

import json

from pipeline.evaluate.scoring import EVENT_FIELDS, score_document
from pipeline.extract.run import extract_document
from pipeline.normalize.document import make_document
from tests.conftest import CORPUS_GOLD, SEED


def test_seed_gives_every_gold_fact():
    gold = json.loads((CORPUS_GOLD / "sulteng-rakor-perindag-2024.json").read_text(encoding="utf-8"))
    assert gold["text"] == SEED.read_text(encoding="utf-8")
    pred = extract_document(make_document(gold["text"], str(SEED))).to_json()
    scores = score_document(gold["gold"], pred)
    for key in ("persons", "person_titles", "organizations", "places", "venues", "dates", "themes", "topics",
                "representations"):
        assert scores[key].missed == [], f"{key}: missed {scores[key].missed}"
    assert scores["topics_top1"]
    for field in EVENT_FIELDS:
        assert scores["main_event"][field], f"main_event.{field}: {pred['main_event']}"


def test_seed_places_carry_kemendagri_codes():
    pred = extract_document(make_document(SEED.read_text(encoding="utf-8"), str(SEED))).to_json()
    codes = {p["name"]: p["code"] for p in pred["places"]}
    assert codes.get("Sulawesi Tengah") == "72"
    assert codes.get("Kabupaten Poso") == "72.02"
    assert codes.get("Kabupaten Morowali Utara", "").startswith("72.")
