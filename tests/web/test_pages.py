"""The explorer's pages over a store the pipeline built: what each page shows, its downloads, its errors."""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import textwrap
import time

import pytest

from tests.web.conftest import PERSON, PERSON_KEY, SIGI, document_id_of


def table_rows(html: str, list_name: str) -> int:
    """Rows of the HTML table of one list (its <section id="list-NAME">)."""
    section = re.search(rf'<section class="listing" id="list-{list_name}">(.*?)</section>', html, re.S)
    assert section, f"no list {list_name}"
    body = re.search(r"<tbody>(.*?)</tbody>", section.group(1), re.S)
    if body:
        return body.group(1).count("<tr>")
    return section.group(1).count("<li>")  # search results are a list of links


def downloads_match(client, page: str, list_name: str, download_base: str) -> int:
    html = client.get(page).text
    shown = table_rows(html, list_name)
    sep = "&" if "?" in download_base else "?"
    query = download_base.split("?", 1)[1] if "?" in download_base else ""
    base = download_base.split("?", 1)[0]
    as_json = client.get(f"{base}.json" + (f"?{query}" if query else ""))
    as_csv = client.get(f"{base}.csv" + (f"?{query}" if query else ""))
    assert as_json.status_code == as_csv.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    csv_rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(as_json.json()) == len(csv_rows) == shown, (page, list_name, sep)
    return shown


def test_search_json_finds_an_official_by_name_and_by_title(client, person_url):
    for q in ("samsul", "Bupati Sigi"):
        hits = client.get("/search.json", params={"q": q}).json()
        people = [h for h in hits if h["kind"] == "person"]
        assert {"kind", "id", "label", "url"} == set(hits[0])
        assert [p["label"] for p in people] == [PERSON], q
        assert people[0]["url"] == person_url == f"/persons/{people[0]['id']}"
    assert re.fullmatch(r"/persons/p[0-9a-f]{12}", person_url)  # one of `people`, linked across documents
    kinds = {h["kind"] for h in client.get("/search.json", params={"q": "sigi"}).json()}
    assert {"person", "place", "organization", "document"} <= kinds
    assert "event" in {h["kind"] for h in client.get("/search.json", params={"q": "biromaru"}).json()}
    assert client.get("/search.json", params={"q": "zzzz-nothing"}).json() == []


def test_every_search_result_opens(client):
    hits = client.get("/search.json", params={"q": "sigi"}).json() + \
        client.get("/search.json", params={"q": "biromaru"}).json()
    assert len(hits) >= 6
    for hit in hits:
        assert client.get(hit["url"]).status_code == 200, hit


def test_search_page_lists_results_with_links(client, person_url):
    html = client.get("/search", params={"q": "samsul"}).text
    assert f'href="{person_url}"' in html
    assert downloads_match(client, "/search?q=samsul", "results", "/search?q=samsul") >= 1


def test_person_page_shows_posts_as_a_timeline_with_the_acting_spell(client, person_url):
    r = client.get(person_url)
    assert r.status_code == 200
    html = r.text
    posts = client.get(f"{person_url}/posts.json").json()
    assert [(p["post"], p["acting"], p["marker"]) for p in posts] == [
        ("Bupati Sigi", True, "Plt."), ("Bupati Sigi", False, None)]  # an acting spell, then the post
    assert posts[0]["first_seen"] == "2023-03-14" and posts[1]["first_seen"] == "2024-02-08"
    assert html.count('<g class="spell acting">') == 1 and html.count('<g class="spell">') == 1
    assert table_rows(html, "documents") == 2
    assert downloads_match(client, person_url, "posts", f"{person_url}/posts") == 2
    assert downloads_match(client, person_url, "organizations", f"{person_url}/organizations") >= 1
    # the same person by the key of their name (persons grouped by name): the same posts
    assert client.get(f"/persons/{PERSON_KEY}/posts.json").json() == posts


def test_document_page_highlights_every_stored_span_by_kind(client, web_db):
    import duckdb

    doc = document_id_of(client, "sigi-bupati-resmikan-pasar-2024.txt")
    html = client.get(f"/documents/{doc}").text
    con = duckdb.connect(str(web_db), read_only=True)
    try:
        text, = con.execute("SELECT text FROM documents WHERE document_id = ?", [doc]).fetchone()
        mentions = con.execute("SELECT kind, fact_id, start_char, end_char FROM mentions WHERE document_id = ?",
                               [doc]).fetchall()
    finally:
        con.close()
    assert mentions
    article = re.search(r'<article class="release" id="text">(.*?)</article>', html, re.S).group(1)
    marked = re.findall(r'<mark class="k-(\w+)" title="([^"]*)"><a href="#fact-\w+-\d+">(.*?)</a></mark>', article)
    covered = {}
    for kind, title, _ in marked:
        for fact in title.split(", "):
            covered.setdefault(fact, kind)
    for kind, fact_id, start, end in mentions:
        assert f"{kind} #{fact_id}" in covered, (kind, fact_id, text[start:end])
    assert f'<mark class="k-person" title="person #0' in article
    assert re.sub(r"<[^>]+>", "", article).replace("&amp;", "&") == text.replace("&", "&")  # whole text, in order
    for kind in ("person", "organization", "place", "date", "event"):
        assert f'id="fact-{kind}-0"' in html  # the facts listed beside, the targets of the highlights
    assert 'class="legend"' in html and "sigi-bupati-resmikan-pasar-2024.txt" in html
    facts = client.get(f"/documents/{doc}/facts.json").json()
    assert {"kind": "person", "label": PERSON} in [{"kind": f["kind"], "label": f["label"]} for f in facts]
    assert len(client.get(f"/documents/{doc}/mentions.json").json()) == len(mentions)


def test_a_release_with_a_script_element_shows_it_as_text(client):
    doc = document_id_of(client, "sigi-diskominfo-pelatihan-keamanan-situs-2024.txt")
    for url in (f"/documents/{doc}", "/search?q=sisipan", "/", f"/regions/{SIGI}"):
        html = client.get(url).text
        assert "<script" not in html.lower(), url
    html = client.get(f"/documents/{doc}").text
    assert "&lt;script&gt;alert(&#39;warta&#39;)&lt;/script&gt;" in html
    assert "Tangkal Sisipan &lt;script&gt; pada Situs" in html


def test_region_page_has_officials_events_topics_and_children(client):
    r = client.get(f"/regions/{SIGI}")
    assert r.status_code == 200
    html = r.text
    assert "<h1>Kabupaten Sigi</h1>" in html and 'href="/regions/72"' in html
    officials = client.get(f"/regions/{SIGI}/officials.json").json()
    assert {(o["person"], o["post"], o["acting"]) for o in officials} >= {
        (PERSON, "Bupati Sigi", True), (PERSON, "Bupati Sigi", False)}
    events = client.get(f"/regions/{SIGI}/events.json").json()
    assert {e["name"] for e in events} >= {"peresmian Pasar Rakyat Biromaru", "Pelatihan Keamanan Situs Web"}
    assert all(e["region_code"].startswith(SIGI) for e in events)
    assert 'class="chart heatmap"' in html and client.get(f"/regions/{SIGI}/topic_months.json").json()
    children = client.get(f"/regions/{SIGI}/children.json").json()
    assert any(c["code"].startswith(SIGI + ".") for c in children)
    province = client.get("/regions/72/children.json").json()
    assert {c["code"] for c in province} >= {"72.02", "72.10"}
    for name in ("officials", "events", "topics", "children"):
        downloads_match(client, f"/regions/{SIGI}", name, f"/regions/{SIGI}/{name}")


def test_events_filter_by_region_dates_topic_and_kind(client):
    every = client.get("/events.json").json()
    sigi = client.get("/events.json", params={"region": SIGI}).json()
    assert 0 < len(sigi) < len(every)
    assert all(e["region_code"].startswith(SIGI) for e in sigi)
    in_2024 = client.get("/events.json", params={"region": SIGI, "since": "2024-01-01", "until": "2024-12-31"}).json()
    assert {e["date"][:4] for e in in_2024} == {"2024"} and len(in_2024) < len(sigi)
    kind = client.get("/events.json", params={"kind": "pelatihan"}).json()
    assert kind and {e["kind"] for e in kind} == {"pelatihan"}
    topic = client.get("/events.json").json()
    topics = client.get(f"/regions/{SIGI}/topics.json").json()
    with_topic = client.get("/events.json", params={"topic": topics[0]["topic"]}).json()
    assert 0 < len(with_topic) <= len(topic)
    assert downloads_match(client, f"/events?region={SIGI}&since=2024-01-01", "events",
                           f"/events?region={SIGI}&since=2024-01-01") == 2


def test_event_page_shows_roles_place_venue_organizer_and_dates(client):
    event = next(e for e in client.get("/events.json", params={"region": SIGI}).json()
                 if e["name"] == "Sosialisasi Percepatan Penurunan Stunting")
    html = client.get(f"/events/{event['event_id']}").text
    for shown in ("2023-03-14", "Aula Kantor Camat Dolo", "Pemerintah Kabupaten Sigi", 'href="/regions/72.10"',
                  "Kabupaten Sigi</a>", "Sulawesi Tengah</a>"):
        assert shown in html, shown
    roles = client.get(f"/events/{event['event_id']}/roles.json").json()
    assert {"role": "organizer", "name": "Pemerintah Kabupaten Sigi", "person_id": None} in roles
    assert downloads_match(client, f"/events/{event['event_id']}", "roles", f"/events/{event['event_id']}/roles") == 1
    rakor = next(e for e in client.get("/events.json", params={"kind": "rapat koordinasi"}).json()
                 if e["is_main"])
    roles = client.get(f"/events/{rakor['event_id']}/roles.json").json()
    assert {"role": "opened_by", "name": "Gubernur Sulawesi Tengah", "person_id": None} in roles  # a post: no link


def test_bad_input_gets_a_clear_page_and_no_stack_trace(client):
    cases = {
        "/persons/nobody-at-all": (404, "no person with the key"),
        "/persons/p000000000000": (404, "no person with the key"),
        "/documents/d000000000000000": (404, "no document d000000000000000"),
        "/regions/not-a-code": (400, "is not a Kemendagri code"),
        "/regions/99.99": (404, "no region with the code 99.99"),
        "/events?since=2024-02-30": (400, "is not a date"),
        "/events.json?region=x": (400, "is not a Kemendagri code"),
        "/no/such/page": (404, "nothing at /no/such/page"),
        "/sql?q=select+1": (404, "nothing at /sql"),  # no SQL page unless --sql
    }
    for url, (status, message) in cases.items():
        r = client.get(url)
        assert r.status_code == status, url
        assert message in r.text.replace("&#39;", "'"), url
        assert "Traceback" not in r.text


def test_sql_page_only_with_the_flag_and_behind_the_read_only_guard(web_db):
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    with TestClient(create_app(web_db, allow_sql=True, hold=0)) as c:
        r = c.get("/sql", params={"q": "select count(*) AS n from documents"})
        assert r.status_code == 200 and c.get("/sql.json", params={"q": "select 4 AS n"}).json() == [{"n": 4}]
        for statement in ("delete from documents", "select * from read_csv('/etc/passwd')",
                          "select 1; drop table documents", "set enable_external_access = true"):
            r = c.get("/sql", params={"q": statement})
            assert r.status_code == 400, statement
        assert c.get("/sql.json", params={"q": "select count(*) AS n from documents"}).json()[0]["n"] == 4


def test_person_page_reads_the_spells_of_office_holders(web_db, tmp_path, person_url):
    """The person page and the region page show the spells of the view `office_holders` as it is."""
    import shutil

    import duckdb
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    db = tmp_path / "with-spells.duckdb"
    shutil.copy(web_db, db)
    con = duckdb.connect(str(db))
    con.execute("""CREATE OR REPLACE VIEW office_holders AS
        SELECT 'bupati@72.10' AS post_key, 'Bupati Sigi' AS post, 'Bupati' AS head, NULL AS organization,
               '72.10' AS region_code, (SELECT person_id FROM people WHERE name = 'Samsul Hadi Wiranata') AS person_id,
               'Samsul Hadi Wiranata' AS person, false AS acting,
               NULL AS marker, DATE '2021-05-01' AS first_seen, DATE '2024-02-08' AS last_seen, 5 AS documents""")
    con.close()
    with TestClient(create_app(db, hold=0)) as c:
        html = c.get(person_url).text
        assert "spells from <code>office_holders</code>" in html
        assert c.get(f"{person_url}/posts.json").json() == [{
            "post": "Bupati Sigi", "organization": None, "region_code": "72.10", "acting": False, "marker": None,
            "first_seen": "2021-05-01", "last_seen": "2024-02-08", "documents": 5}]
        assert [o["first_seen"] for o in c.get(f"/regions/{SIGI}/officials.json").json()] == ["2021-05-01"]


WRITER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])          # the write lock, as `warta run` holds it
    print("locked", flush=True)
    sys.stdin.readline()
    con.close()
""")


def test_pages_answer_busy_while_another_process_writes(web_db, client, person_url):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(web_db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        r = client.get(person_url)
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
        assert "Busy, retry in a few seconds" in r.text and "Traceback" not in r.text
        j = client.get("/events.json")
        assert j.status_code == 503 and j.json()["error"].startswith("Busy")
    finally:
        writer.communicate("\n", timeout=30)
    assert client.get(person_url).status_code == 200


def test_the_store_is_released_when_the_pages_are_idle(web_db):
    """A writer can open the file once no page was asked for `hold` seconds."""
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    app = create_app(web_db, hold=0.2)
    store = app.state.explorer.store
    with TestClient(app) as c:
        assert c.get("/").status_code == 200
        assert store.is_open
        deadline = time.monotonic() + 5
        while store.is_open and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not store.is_open
        writer = subprocess.run([sys.executable, "-c", "import duckdb,sys; duckdb.connect(sys.argv[1]).close()",
                                 str(web_db)], capture_output=True, text=True, timeout=60)
        assert writer.returncode == 0, writer.stderr


def test_serve_refuses_a_missing_database(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(tmp_path / "none.duckdb")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "no warta database" in r.stderr


@pytest.mark.parametrize("url", ["/", "/regions", "/events", f"/persons/{PERSON_KEY}", f"/regions/{SIGI}",
                                 "/regions/72"])
def test_pages_render(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<link rel="stylesheet" href="/static/warta.css">' in r.text
    assert client.get("/static/warta.css").status_code == 200


def test_only_web_addresses_become_source_links(web_db, tmp_path, client):
    import shutil

    import duckdb
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    doc = document_id_of(client, "sigi-bupati-resmikan-pasar-2024.txt")
    other = document_id_of(client, "sigi-diskominfo-pelatihan-keamanan-situs-2024.txt")
    db = tmp_path / "urls.duckdb"
    shutil.copy(web_db, db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET url = 'javascript:alert(1)' WHERE document_id = ?", [doc])
    con.execute("UPDATE documents SET url = 'https://sigikab.example/berita/1' WHERE document_id = ?", [other])
    con.close()
    with TestClient(create_app(db, hold=0)) as c:
        html = c.get(f"/documents/{doc}").text
        assert "<code>javascript:alert(1)</code>" in html and 'href="javascript:' not in html
        assert '<a href="https://sigikab.example/berita/1" rel="noopener noreferrer">' in c.get(f"/documents/{other}").text
