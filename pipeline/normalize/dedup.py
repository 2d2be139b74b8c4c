"""Near-duplicate keys: MinHash signatures of word shingles, and LSH band keys to find candidates.

A release reposted by a local outlet with another lead or byline keeps most of its 5-word shingles, so the
estimated Jaccard similarity of the two signatures stays high while two different releases share few.
Band keys let the store find candidates with one join instead of comparing every pair; a candidate counts
as a near-duplicate when its estimated similarity reaches THRESHOLD.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable

import numpy as np
from datasketch import MinHash

from pipeline.normalize.hashing import fold

SHINGLE = 5  # words per shingle
NUM_PERM = 120
BANDS = 40  # 40 bands x 3 rows: a pair at 0.5 similarity is a candidate with p = 0.995, at 0.1 with p = 0.04
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5  # estimated Jaccard similarity at which a candidate is a near-duplicate
SEED = 7


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = fold(text).split()
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (fits a DuckDB BIGINT)."""
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(sig[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


class NearDupIndex:
    """Finds the closest earlier document for each new text.

    `lookup(probes)` gives stored candidates: probes are (band, key) pairs, the answer maps a document id to
    its signature. Without a lookup the index is in memory only.
    """

    def __init__(self, lookup: Callable[[list[tuple[int, int]]], dict[str, np.ndarray]] | None = None,
                 threshold: float = THRESHOLD):
        self.lookup = lookup
        self.threshold = threshold
        self.buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
        self.signatures: dict[str, np.ndarray] = {}

    def match(self, sig: np.ndarray, keys: list[int] | None = None) -> tuple[str, float] | None:
        """(original id, similarity) of the most similar known document at or above the threshold."""
        probes = list(enumerate(keys or band_keys(sig)))
        candidates = {doc_id: self.signatures[doc_id] for p in probes for doc_id in self.buckets.get(p, ())}
        if self.lookup is not None:
            candidates.update(self.lookup(probes))
        best = max(((similarity(sig, other), doc_id) for doc_id, other in candidates.items()), default=None)
        if best and best[0] >= self.threshold:
            return best[1], best[0]
        return None

    def add(self, doc_id: str, sig: np.ndarray, keys: Iterable[int] | None = None) -> None:
        self.signatures[doc_id] = sig
        for probe in enumerate(keys or band_keys(sig)):
            self.buckets[probe].append(doc_id)
