"""Near-duplicate articles: the same article crawled twice or reprinted whole (pure, no disk).

Each article's body (its text without the boilerplate spans ingest marked) becomes the set
of its word 5-grams, hashed (32 bits, stable across runs). An article whose Jaccard
similarity with an earlier distinct one reaches ``SIMILAR`` (chosen on labelled article
pairs, ``evaluation.pairs``) joins its group. Candidates come from a MinHash of the set
(``BANDS`` × ``ROWS`` values, banded for locality-sensitive lookup), so an article is
compared only with the few distinct ones that share a band; the comparison itself is
exact. Only distinct articles keep their set (4 bytes a word), so memory grows with
distinct articles. The first of a group (earliest published, then doc_id) is the
original; the others are its duplicates.
"""
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Tuple

import numpy as np

from pipeline.stages.reprints import normal_words

SHINGLE = 5
SIMILAR = 0.49             # Jaccard similarity of two bodies' 5-gram sets: midway between the tune part's
                           # most similar pair labelled distinct (0.465) and least similar duplicate above it (0.517)
BANDS, ROWS = 40, 3        # a pair 0.5 similar shares a band with probability 0.995, 0.2 similar 0.27
_RNG = np.random.default_rng(15)
_A = _RNG.integers(0, 2**64, BANDS * ROWS, dtype=np.uint64, endpoint=False) | np.uint64(1)   # multiply-add-shift:
_B = _RNG.integers(0, 2**64, BANDS * ROWS, dtype=np.uint64, endpoint=False)                  # (a·x + b mod 2⁶⁴) >> 32
CHUNK = 2048               # shingles permuted at a time
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x85EBCA77C2B2AE63,
                 0x27D4EB2F165667C5], dtype=np.uint64)


def body(text: str, boilerplate) -> str:
    """The text without its boilerplate spans ((start, end), ...)."""
    pieces, last = [], 0
    for start, end in sorted(boilerplate or ()):
        pieces.append(text[last:start])
        last = max(last, end)
    return "\n".join(pieces + [text[last:]])


def shingle_hashes(text: str) -> np.ndarray:
    """The sorted distinct 32-bit hashes of the text's word 5-grams (each word hashed once,
    a 5-gram's hash a fixed mix of its words' hashes)."""
    words = normal_words(text)
    hashed = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), np.uint64, len(words))
    hashed = np.concatenate([hashed, np.zeros(max(0, SHINGLE - len(hashed)), np.uint64)])
    n = len(hashed) - SHINGLE + 1
    mixed = hashed[:n] * _MIX[0]
    for i in range(1, SHINGLE):
        mixed += hashed[i:i + n] * _MIX[i]
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity of two sorted sets of shingle hashes."""
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared) if len(a) + len(b) else 1.0


def bands(hashes: np.ndarray) -> List[int]:
    """One lookup key per band of the set's MinHash: the band's number and its values."""
    minimum = np.full(len(_A), np.iinfo(np.uint64).max, np.uint64)
    for start in range(0, len(hashes), CHUNK):   # a bounded buffer, whatever the article's length
        permuted = hashes[start:start + CHUNK].astype(np.uint64)[:, None] * _A[None, :]
        permuted += _B[None, :]
        np.minimum(minimum, (permuted >> np.uint64(32)).min(axis=0), out=minimum)
    minimum = minimum.astype(np.uint32)
    return [int.from_bytes(minimum[b * ROWS:(b + 1) * ROWS].tobytes(), "little") << 8 | b for b in range(BANDS)]


@dataclass
class Group:
    shingles: np.ndarray
    members: List[Tuple[tuple, str]] = field(default_factory=list)   # (order, doc_id)


class DuplicateIndex:
    """Articles in, groups of near-duplicates out."""

    def __init__(self):
        self.groups: List[Group] = []
        self.buckets: Dict[int, List[int]] = {}

    def add(self, doc_id: str, published: Optional[date], text: str) -> None:
        shingles = shingle_hashes(text)
        keys = bands(shingles)
        home = self._home(shingles, keys)
        if home is None:
            home = len(self.groups)
            self.groups.append(Group(shingles))
            for key in keys:
                self.buckets.setdefault(key, []).append(home)
        self.groups[home].members.append(((published or date.max, doc_id), doc_id))

    def _home(self, shingles: np.ndarray, keys: List[int]) -> Optional[int]:
        """The most similar earlier distinct article's group, if similar enough (the first on a tie)."""
        candidates = sorted({g for key in keys for g in self.buckets.get(key, ())})
        scored = [(jaccard(shingles, self.groups[g].shingles), -g) for g in candidates]
        best = max(scored, default=(0.0, 0))
        return -best[1] if best[0] >= SIMILAR else None

    def duplicate_of(self) -> Dict[str, str]:
        """doc_id → the original's doc_id, for every article that duplicates an earlier one."""
        found = {}
        for group in self.groups:
            members = sorted(group.members)
            found.update((doc_id, members[0][1]) for _, doc_id in members[1:])
        return found
