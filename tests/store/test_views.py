"""Each analyst view returns the rows the hand-made facts imply."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.store.query import connect_read_only


def rows(db, sql, params=None):
    """Python values (dates, None) rather than pandas ones, through the read-only connection."""
    con = connect_read_only(db)
    try:
        cur = con.execute(sql, params or [])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def test_document_facets_place_documents(store_db, doc_ids):
    got = {r["document_id"]: r for r in rows(store_db, "SELECT * FROM document_facets")}
    a, b, c, d = (got[doc_ids[k]] for k in "abcd")
    assert (a["province_code"], a["province"], a["kabupaten_kota"]) == ("72", "Sulawesi Tengah", "Kabupaten Poso")
    assert (b["province_code"], b["kabupaten_kota_code"], b["kabupaten_kota"]) == ("33", "33.74", "Kota Semarang")
    assert (c["province_code"], c["kabupaten_kota"]) == ("72", "Kota Palu")
    assert c["month"] == date(2024, 7, 1) and a["year"] == 2024 and a["main_topic"] == "perindustrian"
    assert d["province_code"] is None and d["year"] is None and d["main_topic"] is None


def test_officials(store_db, doc_ids):
    got = {r["person"]: r for r in rows(store_db, "SELECT * FROM officials")}
    assert set(got) == {"Mira Yuliastuti", "Abdul Kahar Latjare", "Budi Santoso"}
    mira = got["Mira Yuliastuti"]
    assert mira["is_acting"] and mira["acting"] == "Plh." and mira["region"] == "Sulawesi Tengah"
    assert mira["organization"].startswith("Dinas Perindustrian") and mira["date"] == date(2024, 6, 12)
    assert got["Abdul Kahar Latjare"]["region"] == "Kabupaten Poso"
    assert got["Abdul Kahar Latjare"]["province"] == "Sulawesi Tengah"
    budi = got["Budi Santoso"]  # no jurisdiction in the title: the document's province
    assert (budi["province_code"], budi["province"], budi["is_acting"]) == ("33", "Jawa Tengah", False)
    text = rows(store_db, "SELECT text FROM documents WHERE document_id = ?", [doc_ids["a"]])[0]["text"]
    assert text[mira["start_char"]:mira["end_char"]].startswith("Plh. Kepala Dinas")


def test_events(store_db, doc_ids):
    got = {r["document_id"]: r for r in rows(store_db, "SELECT * FROM events")}
    assert set(got) == {doc_ids["a"], doc_ids["b"]}
    rakor = got[doc_ids["a"]]
    assert (rakor["province"], rakor["kabupaten_kota"], rakor["venue"]) == \
        ("Sulawesi Tengah", "Kabupaten Poso", "Torau Resort")
    assert (rakor["start_date"], rakor["end_date"]) == (date(2024, 6, 12), date(2024, 6, 13))
    training = got[doc_ids["b"]]  # no place of its own: the document's; one day: end = start
    assert (training["province_code"], training["kabupaten_kota"]) == ("33", "Kota Semarang")
    assert training["end_date"] == training["start_date"] == date(2024, 7, 3)


def test_event_roles(store_db):
    got = rows(store_db, "SELECT * FROM event_roles")
    assert [(r["event"], r["role"], r["name"], r["province"]) for r in got] == [
        ("Rapat Koordinasi Perindustrian dan Perdagangan", "opened_by", "Abdul Kahar Latjare", "Sulawesi Tengah")]


def test_organization_activity(store_db):
    got = {(r["organization_key"], r["month"]): r for r in rows(store_db, "SELECT * FROM organization_activity")}
    assert set(got) == {("disperindag-72 @72", date(2024, 6, 1)), ("disperindag-72 @72", date(2024, 7, 1)),
                        ("kemenperin", date(2024, 7, 1))}
    june = got[("disperindag-72 @72", date(2024, 6, 1))]
    assert (june["documents"], june["events_organized"], june["province_code"]) == (1, 1, "72")
    assert got[("disperindag-72 @72", date(2024, 7, 1))]["events_organized"] == 0
    # organizer written as the acronym, in capitals: still counted
    assert got[("kemenperin", date(2024, 7, 1))]["events_organized"] == 1


def test_topic_trends(store_db):
    got = {(r["topic"], r["province_code"], r["month"]): (r["documents"], r["primary_documents"])
           for r in rows(store_db, "SELECT * FROM topic_trends")}
    assert got == {
        ("perindustrian", "72", date(2024, 6, 1)): (1, 1),
        ("perdagangan", "72", date(2024, 6, 1)): (1, 0),
        ("perdagangan", "72", date(2024, 7, 1)): (1, 1),
        ("perindustrian", "33", date(2024, 7, 1)): (1, 1),
    }


def test_representation_network(store_db):
    got = rows(store_db, "SELECT * FROM representation_network")
    assert len(got) == 1
    edge = got[0]
    assert (edge["principal"], edge["representative"], edge["times"], edge["documents"]) == \
        ("Bupati Poso", "Abdul Kahar Latjare", 2, 2)
    assert list(edge["relations"]) == ["diwakili", "mewakili"]
    assert (edge["first_date"], edge["last_date"]) == (date(2024, 6, 12), date(2024, 7, 20))


def test_places_by_province(store_db):
    got = {r["province_code"]: r for r in rows(store_db, "SELECT * FROM places_by_province")}
    assert (got["72"]["places"], got["72"]["documents"], got["72"]["province"]) == (3, 2, "Sulawesi Tengah")
    assert (got["33"]["places"], got["33"]["province"]) == (1, "Jawa Tengah")


def test_mentions_point_into_the_text(store_db):
    got = rows(store_db, """
        SELECT m.kind, m.text, substr(d.text, m.start_char + 1, m.end_char - m.start_char) AS surface
        FROM mentions m JOIN documents d USING (document_id) WHERE m.kind IN ('person', 'place', 'venue')""")
    assert got and all(r["surface"] == r["text"] for r in got)


@pytest.mark.parametrize("view", ["theme_labels", "document_main_theme"])
def test_theme_views_empty_before_discovery(store_db, view):
    assert rows(store_db, f"SELECT count(*) AS n FROM {view}")[0]["n"] == 0


def test_undated_document_takes_its_main_event_month(tmp_path):
    from pipeline.extract.facts import Event, Facts
    from pipeline.normalize.document import make_document
    from pipeline.store.db import open_store
    from pipeline.store.load import load_facts, register_documents

    doc = make_document("Apel siaga bencana\n\n" + "Apel kesiapsiagaan digelar di halaman kantor. " * 5,
                        "undated.txt", published=None)
    doc.published = None  # whatever the text suggests: this release has no publication date
    facts = Facts(doc.id, doc.source, "test+0")
    facts.main_event = Event("Apel Kesiapsiagaan", start="2023-11-02", place_code="32.05")
    con = open_store(tmp_path / "u.duckdb")
    try:
        register_documents(con, [doc], version="test+0")
        load_facts(con, [facts])
    finally:
        con.close()
    got = rows(tmp_path / "u.duckdb", "SELECT year, month, province, kabupaten_kota FROM document_facets")
    assert got == [{"year": 2023, "month": date(2023, 11, 1), "province": "Jawa Barat",
                    "kabupaten_kota": "Kabupaten Garut"}]


def test_organization_keys_count_as_the_report_does(store_db):
    from pipeline.store.reports import run_report

    report = run_report(store_db, "organizations")
    by_report = list(zip(report["organization"], report["documents"]))
    by_name = rows(store_db, "SELECT name, count(DISTINCT document_id) AS n FROM organizations GROUP BY 1 "
                             "ORDER BY n DESC, name")
    # the same Disperindag written two ways: counted by name it is split in two
    assert [(r["name"], r["n"]) for r in by_name] != by_report
    by_key = rows(store_db, "SELECT organization, count(DISTINCT document_id) AS n FROM organization_keys "
                            "GROUP BY 1 ORDER BY n DESC, organization")
    assert [(r["organization"], r["n"]) for r in by_key] == by_report
    keys = {r["name"]: r["organization_key"] for r in rows(store_db, "SELECT * FROM organization_keys")}
    assert keys["Disperindag Sulteng"] == keys[
        "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"] == "disperindag-72 @72"
