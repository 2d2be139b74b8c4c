"""Posts, people and spells from releases about one kabupaten over several years, run through the pipeline into
a real DuckDB file (tests/fixtures/kabupaten_timeline: who held what is in its README and people.tsv)."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate.linkage import pairwise
from pipeline.runs import run_pipeline
from pipeline.store.db import open_store
from pipeline.store.people import rebuild_people
from pipeline.store.query import run_query, run_query_table

TIMELINE = Path(__file__).resolve().parents[1] / "fixtures" / "kabupaten_timeline"


@pytest.fixture(scope="module")
def timeline_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("timeline")
    corpus = root / "corpus"
    corpus.mkdir()
    for path in TIMELINE.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    db = root / "warta.duckdb"
    summary = run_pipeline(corpus, db, workers=1)
    assert summary.new == 9 and summary.rejected == 0
    return db


def holders(db: Path, post: str) -> list[tuple]:
    return [tuple(r.values()) for r in run_query_table(db, """
        SELECT person, acting, marker, first_seen::VARCHAR, last_seen::VARCHAR, documents
        FROM office_holders WHERE post = $post ORDER BY first_seen""", {"post": post}).to_pylist()]


def test_office_holders_columns_come_first(timeline_db):
    con = duckdb.connect(str(timeline_db), read_only=True)
    try:
        cols = [r[0] for r in con.execute("DESCRIBE office_holders").fetchall()]
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE office_holders)").fetchall())
    finally:
        con.close()
    assert cols[:12] == ["post_key", "post", "head", "organization", "region_code", "person_id", "person",
                         "acting", "marker", "first_seen", "last_seen", "documents"]
    assert types["acting"] == "BOOLEAN" and types["first_seen"] == "DATE" and types["last_seen"] == "DATE"


def test_bupati_holders_in_date_order_with_the_acting_spell_and_without_the_former_mention(timeline_db):
    assert holders(timeline_db, "Bupati Ende") == [
        ("Yosef Ardianus Woda", False, None, "2019-03-12", "2021-09-20", 3),  # not extended by "mantan Bupati" 2025
        ("Agustinus Lena Bhara", True, "Pj.", "2023-02-15", "2024-08-19", 4),  # one release drops "Pj."
        ("Maria Goreti Nggadhi", False, None, "2025-03-03", "2025-06-10", 2),
    ]
    row = run_query(timeline_db, "SELECT DISTINCT head, organization, region_code FROM office_holders "
                                 "WHERE post = 'Bupati Ende'").to_dict("records")
    assert row == [{"head": "Bupati", "organization": "Pemerintah Kabupaten Ende", "region_code": "53.08"}]


def test_dinas_heads_in_date_order(timeline_db):
    assert holders(timeline_db, "Kepala Dinas Kesehatan Kabupaten Ende") == [
        ("Fransiska Wonga Rera", False, None, "2019-03-12", "2020-07-08", 2),
        ("Kornelis Bata", True, "Plt.", "2023-02-15", "2023-02-15", 1),
        ("Hendrikus Mosa Dhae", False, None, "2023-11-06", "2025-06-10", 3),
    ]
    assert [h[0] for h in holders(timeline_db, "Kepala Dinas Pendidikan Kabupaten Ende")] == [
        "Petrus Kanisius Ghale", "Maria Yasinta Ndoi"]
    # "Sekda Ende" and "Sekretaris Daerah Kabupaten Ende" are one post
    assert holders(timeline_db, "Sekretaris Daerah Kabupaten Ende") == [
        ("Laurensius Pati Soge", False, None, "2019-03-12", "2025-03-03", 4)]


def test_former_and_office_mentions_are_kept_but_marked(timeline_db):
    rows = run_query(timeline_db, """
        SELECT p.name, t.status FROM person_titles t JOIN persons p USING (document_id, person_id)
        WHERE t.status IS NOT NULL""").to_dict("records")
    assert rows == [{"name": "Yosef Ardianus Woda", "status": "former"}]


def test_one_person_id_per_human(timeline_db):
    gold = {}
    with (TIMELINE / "people.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            gold[(row["file"], row["name"])] = row["human"]
    linked = run_query(timeline_db, """
        SELECT d.source, pd.name, pd.person_id FROM people_documents pd JOIN documents d USING (document_id)
    """).itertuples(index=False)
    predicted = {(Path(source).name, name): person for source, name, person in linked}
    assert set(predicted) == set(gold), "the extractors found other persons than people.tsv lists"
    scores = pairwise(gold, predicted)
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0), scores
    # a misspelt name still finds the person it is close to
    assert CliRunner().invoke(app, ["report", "person", "Yosep Wodda", "--db", str(timeline_db)]).exit_code == 0
    ridwan = run_query(timeline_db, "SELECT count(*) AS n FROM people WHERE name = 'Muhammad Ridwan'")
    assert ridwan["n"][0] == 2  # one name, two regions, two humans
    woda = run_query(timeline_db, "SELECT aliases, documents FROM people WHERE name = 'Yosef Ardianus Woda'")
    assert sorted(woda["aliases"][0]) == ["Yosef A. Woda", "Yosef Woda"] and woda["documents"][0] == 4


def test_rebuilding_people_is_idempotent(timeline_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(timeline_db, db)
    before = run_query_table(db, "SELECT * FROM people ORDER BY person_id").to_pylist()
    con = open_store(db)
    try:
        rebuild_people(con)
    finally:
        con.close()
    assert run_query_table(db, "SELECT * FROM people ORDER BY person_id").to_pylist() == before


def test_officials_use_the_titles_region(timeline_db):
    rows = run_query(timeline_db, """
        SELECT o.region_code, o.province, f.province AS document_province
        FROM officials o JOIN document_facets f USING (document_id)
        WHERE o.person = 'Bambang Irianto Wicaksono'""").to_dict("records")
    assert rows == [{"region_code": "35", "province": "Jawa Timur", "document_province": "Nusa Tenggara Timur"}]


def test_cli_officeholders_and_person(timeline_db):
    runner = CliRunner()
    result = runner.invoke(app, ["report", "officeholders", "--region", "Ende", "--post", "Bupati",
                                 "--db", str(timeline_db), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["person"], r["marker"]) for r in rows] == [
        ("Yosef Ardianus Woda", None), ("Agustinus Lena Bhara", "Pj."), ("Maria Goreti Nggadhi", None)]
    # a kabupaten code takes in its kecamatan's posts; Sikka's are elsewhere
    result = runner.invoke(app, ["report", "officeholders", "--region", "53.08", "--db", str(timeline_db),
                                 "-f", "json"])
    posts = {json.loads(line)["post"] for line in result.stdout.splitlines()}
    assert "Camat Ende Selatan" in posts and not any("Sikka" in p for p in posts)

    result = runner.invoke(app, ["report", "person", "Yosef Woda", "--db", str(timeline_db), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["person"] for r in rows} == {"Yosef Ardianus Woda"} and len({r["document_id"] for r in rows}) == 4
    assert [r["status"] for r in rows] == [None, None, None, "former"]


@pytest.mark.parametrize("args,message", [
    (["officeholders", "--region", "Endeh"], "did you mean Kabupaten Ende (53.08)"),
    (["person", "Yohanes Tibo"], "no person named 'Yohanes Tibo'"),
    (["officials", "--province", "Nusa Tengara"], "is not a province code"),
])
def test_cli_unknown_region_or_name_is_an_error_with_close_matches(timeline_db, args, message):
    result = CliRunner().invoke(app, ["report", *args, "--db", str(timeline_db)])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_a_run_links_people_once_at_its_end(tmp_path, monkeypatch):
    """Loads inside a run defer the people rebuild to the run's end; a load on its own rebuilds at once."""
    from pipeline.store import people

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(TIMELINE.glob("*.txt"))[:3]:
        shutil.copy(path, corpus / path.name)
    db = tmp_path / "w.duckdb"
    open_store(db).close()  # the new store's migrations are not counted
    calls = []
    real = people.rebuild_people
    monkeypatch.setattr(people, "rebuild_people", lambda con: calls.append(1) or real(con))
    run_pipeline(corpus, db, workers=1, batch_size=1)
    assert len(calls) == 1
    assert run_query(db, "SELECT count(*) AS n FROM people WHERE name = 'Yosef Ardianus Woda'")["n"][0] == 1
