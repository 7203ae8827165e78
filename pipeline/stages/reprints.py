"""What reprints do to a statement's words, and what they do not (pure).

Two versions of one speaker's words are one statement when the shorter version's words
are found in the longer, in order (words compared by their first ``STEM`` letters, so
`записались` and `записалось` match; abbreviations expanded), except phrases moved as a
whole (`с понедельника, 18 января`), function words (`к`/`для`), and a few words at its
edges (a lead-in, a cue's tail; no numbers; where the longer has other words there, as a
retelling that names the subject, only in a version long enough to tell). A word of its
own inside it (`18`/`25 января`, `нет`/`есть`, `записались`/`привились`), a negation the
longer has in the middle, or too few shared words make it another statement. The thresholds are chosen on labelled
pairs (``evaluation.pairs``).
"""
import functools
import re
from difflib import Match, SequenceMatcher
from typing import List, Optional, Set, Tuple

from pipeline.lexicons.statements import ABBREVIATIONS, FUNCTION_WORDS, NEGATIONS

WORD = re.compile(r"\w+")
STEM = 5             # letters of a word that are compared
MIN_RUN = 2          # a phrase moved as a whole: at least this many words in a row
CONTAINED = 0.8      # share of the shorter version's words that the longer must have
EDGE_WORDS = 4       # words at the shorter version's edges the longer may lack
MIN_WORDS = 3        # a shorter version of fewer words joins only an identical one
REPLACED_EDGE_MIN_WORDS = 12  # a shorter version whose edge words replace the longer's (a retold subject)
                              # needs this many words: the strictest value that keeps the tune part's recall
FUNCTION_KEYS = frozenset(w[:STEM] for w in FUNCTION_WORDS)
NEGATION_KEYS = frozenset(w[:STEM] for w in NEGATIONS)

Words = Tuple[str, ...]


@functools.lru_cache(maxsize=1 << 16)   # the statements pass asks twice per quote (to group, then to write ids)
def normal_words(text: str) -> Words:
    """The words of a statement as reprints keep them: lower case, ё as е, no punctuation."""
    return tuple(WORD.findall(text.lower().replace("ё", "е")))


def match_keys(words: Words) -> Words:
    """Words as they are compared: abbreviations expanded, the first ``STEM`` letters."""
    return tuple(ABBREVIATIONS.get(w, w)[:STEM] for w in words)


def containment(a: Words, b: Words) -> Optional[float]:
    """The share of the shorter version's words the longer has, if it contains it (None if not)."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return 1.0
    if len(short) < MIN_WORDS:
        return None
    blocks = [b for b in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks() if b.size]
    if not blocks or _negation_dropped(long, blocks):
        return None
    lacking = _lacking(short, long, blocks)
    if lacking is None or len(lacking) > EDGE_WORDS or any(any(c.isdigit() for c in w) for w in lacking):
        return None
    score = 1 - len(lacking) / len(short)
    return score if score >= CONTAINED else None


def same_statement(a: Words, b: Words) -> bool:
    """Two versions (``match_keys``) of one speaker's words are one statement."""
    return containment(a, b) is not None


def same_text(a: str, b: str) -> bool:
    """``same_statement`` on two texts as written."""
    return same_statement(match_keys(normal_words(a)), match_keys(normal_words(b)))


def _negation_dropped(long: Words, blocks: List[Match]) -> bool:
    return any(NEGATION_KEYS & set(long[x.b + x.size:y.b]) for x, y in zip(blocks, blocks[1:]))


def _lacking(short: Words, long: Words, blocks: List[Match]) -> Optional[List[str]]:
    """The shorter version's words the longer lacks (moved phrases and function words are
    not lacking); None if one lies inside it, between words the two share."""
    covered = {i for b in blocks for i in range(b.a, b.a + b.size)}
    used = {j for b in blocks for j in range(b.b, b.b + b.size)}
    rest = [w if j not in used else None for j, w in enumerate(long)]
    first, last, lacking = blocks[0].a, blocks[-1].a + blocks[-1].size, []
    replaced = (_says(long[:blocks[0].b]), _says(long[blocks[-1].b + blocks[-1].size:]))
    for start, end in _gaps(covered, len(short)):
        moved = _moved(short[start:end], rest)
        own = [w for k, w in enumerate(short[start:end]) if k not in moved and w not in FUNCTION_KEYS]
        inside = first <= start and end <= last
        if own and (inside or (replaced[end > last] and len(short) < REPLACED_EDGE_MIN_WORDS)):
            return None
        lacking += own
    return lacking


def _says(words: Words) -> bool:
    """Whether ``words`` hold more than function words."""
    return any(w not in FUNCTION_KEYS for w in words)


def _gaps(covered: Set[int], n: int) -> List[Tuple[int, int]]:
    """Runs of positions in range(n) not in ``covered``."""
    gaps, start = [], None
    for i in range(n + 1):
        if i < n and i not in covered:
            start = i if start is None else start
        elif start is not None:
            gaps.append((start, i))
            start = None
    return gaps


def _moved(segment: Words, rest: List[Optional[str]]) -> Set[int]:
    """Positions of ``segment`` found elsewhere in the longer version, in runs of ``MIN_RUN``."""
    blocks = SequenceMatcher(None, segment, rest, autojunk=False).get_matching_blocks()
    return {i for b in blocks if b.size >= MIN_RUN for i in range(b.a, b.a + b.size)}
