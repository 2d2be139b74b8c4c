"""Near-duplicate keys, and near-duplicates found across runs through the signatures kept in DuckDB."""
import sys
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "sources"))
from releases import RELEASES, body_text, repost_paragraphs  # noqa: E402

from pipeline.normalize.dedup import (  # noqa: E402
    BANDS, NearDupIndex, band_keys, from_bytes, shingles, signature, similarity, to_bytes,
)
from pipeline.runs import run_pipeline  # noqa: E402

FIRST, SECOND = list(RELEASES)[:2]


def release(slug: str) -> str:
    return RELEASES[slug]["title"] + "\n\n" + body_text(slug)


def repost(slug: str) -> str:
    return "Ratusan Guru SD di Banjar Belajar Asesmen Diagnostik\n\n" + "\n\n".join(repost_paragraphs(slug))


def test_shingles_ignore_case_and_punctuation():
    assert shingles("Kepala Dinas, Liana Penny, membuka acara.") == shingles("kepala dinas liana penny membuka ACARA")
    assert shingles("") == set() and len(shingles("satu dua")) == 1


def test_repost_is_near_and_other_release_is_not():
    original = signature(release(FIRST))
    assert similarity(original, signature(repost(FIRST))) >= 0.5
    assert similarity(original, signature(release(SECOND))) < 0.1


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["dinas", "kabupaten", "rapat", "warga", "desa", "bantuan", "guru"]), min_size=1,
                max_size=60))
def test_signature_round_trip_and_self_similarity(words):
    sig = signature(" ".join(words))
    assert similarity(sig, from_bytes(to_bytes(sig))) == 1.0
    assert len(band_keys(sig)) == BANDS


def test_index_finds_the_original():
    index = NearDupIndex()
    index.add("d1", signature(release(FIRST)))
    index.add("d2", signature(release(SECOND)))
    match = index.match(signature(repost(FIRST)))
    assert match is not None and match[0] == "d1"
    assert index.match(signature(RELEASES[list(RELEASES)[2]]["title"] + " " + body_text(list(RELEASES)[2]))) is None


def test_near_duplicate_in_a_later_run_is_linked_to_the_original(tmp_path):
    db = tmp_path / "warta.duckdb"
    (tmp_path / "dinas").mkdir()
    (tmp_path / "lokal").mkdir()
    (tmp_path / "dinas" / "rilis.txt").write_text(release(FIRST))
    (tmp_path / "lokal" / "repost.txt").write_text(repost(FIRST))
    first = run_pipeline(tmp_path / "dinas", db)
    later = run_pipeline(tmp_path / "lokal", db)
    assert (first.new, later.new, later.duplicates, later.near_duplicates) == (1, 0, 1, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        sources = con.execute("SELECT source FROM document_sources ORDER BY source").fetchall()
        assert [Path(s).name for (s,) in sources] == ["rilis.txt", "repost.txt"]
    again = run_pipeline(tmp_path / "lokal", db)
    assert (again.new, again.duplicates, again.unchanged) == (0, 0, 1)


def test_threshold_zero_turns_detection_off(tmp_path):
    db = tmp_path / "warta.duckdb"
    (tmp_path / "rilis.txt").write_text(release(FIRST))
    (tmp_path / "repost.txt").write_text(repost(FIRST))
    summary = run_pipeline(tmp_path, db, near_dup_threshold=0)
    assert (summary.new, summary.near_duplicates) == (2, 0)


def test_signature_is_datasketch_minhash():
    """Stored signatures stay comparable with those computed by datasketch before it was dropped."""
    import numpy as np
    import pytest

    datasketch = pytest.importorskip("datasketch")
    from pipeline.normalize.dedup import NUM_PERM, SEED

    for text in ("", "satu", release(FIRST), repost(FIRST)):
        minhash = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED)
        minhash.update_batch(list(shingles(text)))
        assert (signature(text) == minhash.hashvalues.astype(np.uint64)).all()


def test_deduper_finds_near_duplicates_in_the_batch_and_in_the_store(tmp_path):
    from pipeline.normalize.document import make_document
    from pipeline.store.db import open_store
    from pipeline.store.signatures import Deduper, save_signatures

    original, same_batch = make_document(release(FIRST), "a.txt"), make_document(repost(FIRST), "b.txt")
    other = make_document(release(SECOND), "c.txt")
    con = open_store(tmp_path / "warta.duckdb")
    try:
        deduper = Deduper(con)
        keep, links, _ = deduper.split([original, same_batch, other], set())
        assert [d.id for d in keep] == [original.id, other.id]
        assert [(x["document_id"], x["original_id"]) for x in links] == [(same_batch.id, original.id)]
        deduper.commit()
        assert not deduper.index.signatures and not deduper.pending  # memory holds one batch at most
        later = make_document(repost(FIRST) + "\n\nDibaca 120 kali.", "d.txt")
        keep, links, _ = deduper.split([later], set())
        assert keep == [] and links[0]["original_id"] == original.id
        deduper.commit()
        assert con.execute("SELECT count(*) FROM document_bands").fetchone()[0] == 2 * BANDS
        sig = signature(original.text)
        save_signatures(con, [(original.id, sig, band_keys(sig))])  # saving again adds nothing
        assert con.execute("SELECT count(*) FROM document_bands").fetchone()[0] == 2 * BANDS
    finally:
        con.close()
