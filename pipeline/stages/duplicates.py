"""Near-duplicate articles: the same article crawled twice or reprinted whole (pure, no disk).

Each article's body (its text without the boilerplate spans ingest marked) becomes a
MinHash signature of its word 5-grams (``PERMUTATIONS`` values, stable across runs: crc32
and fixed permutations); the first ``BANDS`` × ``ROWS`` values are banded for
locality-sensitive lookup, so an article is compared only with the few that share a band.
An article whose estimated Jaccard similarity with an earlier distinct one reaches
``SIMILAR`` (chosen on labelled article pairs, ``evaluation.pairs``) joins its group; only
distinct articles keep a signature, so memory grows with distinct articles. The first of a
group (earliest published, then doc_id) is the original; the others are its duplicates.
"""
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Tuple

import numpy as np

from pipeline.stages.reprints import normal_words

SHINGLE = 5
PERMUTATIONS = 256         # the estimate's standard error: at most 0.03
BANDS, ROWS = 32, 3        # a pair 0.5 similar shares a band with probability 0.99, 0.1 similar 0.03
SIMILAR = 0.5              # estimated Jaccard similarity of two bodies' shingles
_MASK = np.uint64(0xFFFFFFFF)
_RNG = np.random.default_rng(15)
_A = _RNG.integers(1, 2**32, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**32, PERMUTATIONS, dtype=np.uint64)


def shingle_hashes(text: str) -> np.ndarray:
    words = normal_words(text)
    grams = [" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), np.uint64, len(grams)))


def signature(text: str) -> np.ndarray:
    """The minimum of each permuted hash over the text's shingles (uint32 values)."""
    hashes = shingle_hashes(text)
    return ((hashes[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(16) & _MASK).min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(a == b))


def body(text: str, boilerplate) -> str:
    """The text without its boilerplate spans ((start, end), ...)."""
    pieces, last = [], 0
    for start, end in sorted(boilerplate or ()):
        pieces.append(text[last:start])
        last = max(last, end)
    return "\n".join(pieces + [text[last:]])


def bands(sig: np.ndarray) -> List[int]:
    """One lookup key per band: the band's number and its values."""
    return [int.from_bytes(sig[b * ROWS:(b + 1) * ROWS].tobytes(), "little") << 8 | b for b in range(BANDS)]


@dataclass
class Group:
    signature: np.ndarray
    members: List[Tuple[tuple, str]] = field(default_factory=list)   # (order, doc_id)


class DuplicateIndex:
    """Articles in, groups of near-duplicates out."""

    def __init__(self):
        self.groups: List[Group] = []
        self.buckets: Dict[int, List[int]] = {}

    def add(self, doc_id: str, published: Optional[date], text: str) -> None:
        sig = signature(text)
        keys = bands(sig)
        home = self._home(sig, keys)
        if home is None:
            home = len(self.groups)
            self.groups.append(Group(sig))
            for key in keys:
                self.buckets.setdefault(key, []).append(home)
        self.groups[home].members.append(((published or date.max, doc_id), doc_id))

    def _home(self, sig: np.ndarray, keys) -> Optional[int]:
        candidates = sorted({g for key in keys for g in self.buckets.get(key, ())})
        scored = [(similarity(sig, self.groups[g].signature), -g) for g in candidates]
        best = max(scored, default=(0.0, 0))
        return -best[1] if best[0] >= SIMILAR else None

    def duplicate_of(self) -> Dict[str, str]:
        """doc_id → the original's doc_id, for every article that duplicates an earlier one."""
        found = {}
        for group in self.groups:
            members = sorted(group.members)
            found.update((doc_id, members[0][1]) for _, doc_id in members[1:])
        return found
