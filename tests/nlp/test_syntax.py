"""warta_syntax parses only the main event's sentences and stores offsets into the document text."""
from __future__ import annotations

import pytest

from pipeline.extract.registry import build_nlp
from pipeline.nlp.stanza_adapter import stanza_dir
from pipeline.settings import Settings
from pipeline.nlp.syntax import KEY, has_depparse, syntax_of

pytestmark = pytest.mark.skipif(
    not any((stanza_dir() / "id" / "pos").glob("*.pt")), reason="no stanza models in models/stanza-id"
)

TITLE = "Dinas Sosial Gelar Bazar Murah"
TEXT = (
    f"{TITLE}\n\n"
    "BITUNG – Harga beras di pasar tradisional naik tipis pekan ini. "
    "Dinas Sosial Kota Bitung menggelar Bazar Murah Ramadan di halaman Kantor Wali Kota Bitung, Senin (3/3/2025). "
    "Warga antusias membeli kebutuhan pokok."
)


def _doc(enabled: bool):
    nlp = build_nlp(settings=Settings(syntax=enabled))
    assert nlp.get_pipe("warta_syntax").enabled is enabled  # the setting reaches the component's config
    doc = nlp.make_doc(TEXT)
    doc.user_data["warta.text"] = TEXT
    doc._.title = TITLE
    return nlp(doc)


@pytest.fixture(scope="module")
def parsed():
    return _doc(True)


def test_off_by_default_stores_nothing(monkeypatch):
    monkeypatch.setenv("WARTA_SYNTAX", "1")  # an override read by the entry points only, never by components
    assert build_nlp().get_pipe("warta_syntax").enabled is False
    assert KEY not in _doc(False).user_data


def test_only_the_event_sentence_is_parsed(parsed):
    parse = syntax_of(parsed)
    assert parse is not None
    start = TEXT.index("Dinas Sosial Kota Bitung menggelar")
    assert len(parse.sentences) == 1
    s, e = parse.sentences[0]
    assert s == start and TEXT[s:e].rstrip().endswith("(3/3/2025).")
    assert all(s <= w.start < w.end <= e for w in parse.words)
    assert not any(w.text == "beras" or w.text == "antusias" for w in parse.words)


def test_offsets_point_at_the_words(parsed):
    parse = syntax_of(parsed)
    for w in parse.words:
        written = TEXT[w.start:w.end]
        assert w.text == written or w.text in written  # a multi-word token shares its token's span
    verb = parse.words[parse.word_at(TEXT.index("menggelar"))]
    assert verb.text == "menggelar" and verb.upos == "VERB"


def test_deprels_only_with_a_depparse_model(parsed):
    parse = syntax_of(parsed)
    assert parse.has_deps == has_depparse()
    if not parse.has_deps:
        assert all(w.head == -1 and w.deprel == "" for w in parse.words)
