"""Near-duplicate keys: MinHash signatures of word shingles, and LSH band keys to find candidates.

A release reposted by a local outlet with another lead or byline keeps most of its 5-word shingles, so the
estimated Jaccard similarity of the two signatures stays high while two different releases share few.
Band keys let the store find candidates with one join instead of comparing every pair; a candidate counts
as a near-duplicate when its estimated similarity reaches THRESHOLD.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

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


# MinHash as datasketch 2.x computes it (scheme "affine32", sha1_hash32), in a few lines of numpy: the same
# values bit for bit, so stored signatures stay comparable, without datasketch's slow import.
_PERMUTATIONS = np.random.RandomState(SEED)
_A = _PERMUTATIONS.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _PERMUTATIONS.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
_EMPTY = np.full(NUM_PERM, (1 << 32) - 1, dtype=np.uint64)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer (uint32 arithmetic wraps, as intended)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> np.ndarray:
    grams = shingles(text)
    if not grams:
        return _EMPTY.copy()
    hashed = np.frombuffer(b"".join(hashlib.sha1(g).digest()[:4] for g in grams), dtype="<u4").astype(np.uint32)
    return (_fmix32(hashed)[:, None] * _A + _B).min(axis=0).astype(np.uint64)


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
    """Finds the closest known document for each new text among the documents added to it and the
    `candidates` a caller passes in (e.g. stored documents sharing a band key, looked up per batch)."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
        self.signatures: dict[str, np.ndarray] = {}

    def match(self, sig: np.ndarray, keys: list[int] | None = None,
              candidates: dict[str, np.ndarray] | None = None) -> tuple[str, float] | None:
        """(original id, similarity) of the most similar known document at or above the threshold."""
        probes = enumerate(keys or band_keys(sig))
        found = {doc_id: self.signatures[doc_id] for p in probes for doc_id in self.buckets.get(p, ())}
        found.update(candidates or {})
        best = max(((similarity(sig, other), doc_id) for doc_id, other in found.items()), default=None)
        if best and best[0] >= self.threshold:
            return best[1], best[0]
        return None

    def add(self, doc_id: str, sig: np.ndarray, keys: Iterable[int] | None = None) -> None:
        self.signatures[doc_id] = sig
        for probe in enumerate(keys or band_keys(sig)):
            self.buckets[probe].append(doc_id)

    def clear(self) -> None:
        self.buckets.clear()
        self.signatures.clear()
