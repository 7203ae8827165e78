"""Statements across articles: the reports of one statement grouped into one (pure, no disk).

A report is an attributed quote. Reports of one speaker whose normalised words are equal
are one *variant* (case, ё/е, quotation marks, dashes and punctuation do not count).
Variants of one speaker are grouped longest first: a variant joins the group whose head
(its most complete version) contains it, and otherwise heads a group of its own.

"Contains" is what reprints do to words: the shorter version's words are found in the
longer in order (words compared by their first ``STEM`` letters, so `записались` and
`записалось` match), except phrases moved as a whole (`с понедельника, 18 января`), function
words (`к`/`для`), and a few words at its edges (a lead-in, a cue's tail; no numbers). A
word of its own inside it (`18`/`25 января`, `нет`/`есть`, `записались`/`привились`), a
negation the longer has in the middle, or too few shared words make it another statement.
The thresholds are chosen on labelled pairs (``evaluation.pairs``). Candidate heads come
from an index of word pairs, so a variant is compared with the few heads it shares words
with, not with all of its speaker's.
"""
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from difflib import Match, SequenceMatcher
from typing import Dict, Iterable, List, Optional, Set, Tuple

from pipeline.lexicons.statements import ABBREVIATIONS, FUNCTION_WORDS, NEGATIONS

WORD = re.compile(r"\w+")
STEM = 5             # letters of a word that are compared
MIN_RUN = 2          # a phrase moved as a whole: at least this many words in a row
CONTAINED = 0.8      # share of the shorter version's words that the longer must have
EDGE_WORDS = 4       # words at the shorter version's edges the longer may lack
MIN_WORDS = 3        # a shorter version of fewer words joins only an identical one
CANDIDATES = 8       # heads checked per variant: those sharing the most word pairs
LATEST = date.max
FUNCTION_KEYS = frozenset(w[:STEM] for w in FUNCTION_WORDS)
NEGATION_KEYS = frozenset(w[:STEM] for w in NEGATIONS)

Words = Tuple[str, ...]
VariantKey = Tuple[str, Words]   # speaker key, normalised words


def normal_words(text: str) -> Words:
    """The words of a statement as reprints keep them: lower case, ё as е, no punctuation."""
    return tuple(WORD.findall(text.lower().replace("ё", "е")))


def match_keys(words: Words) -> Words:
    """Words as they are compared: abbreviations expanded, the first ``STEM`` letters."""
    return tuple(ABBREVIATIONS.get(w, w)[:STEM] for w in words)


def speaker_key(entity_id: Optional[str], key: Optional[str], speaker: Optional[str]) -> Optional[str]:
    """Who said it: the run-wide entity, else the within-article key, else the name as written."""
    if entity_id or key:
        return entity_id or key
    return f"name:{speaker.lower()}" if speaker else None


def report_order(said_on: Optional[date], published: Optional[date], doc_id: str, quote_id: int) -> tuple:
    """Earliest first: by the day it was said, else the day it was published, else by doc_id."""
    return (said_on or published or LATEST, published or LATEST, doc_id, quote_id)


def shingles(keys: Words) -> Set[Words]:
    if len(keys) <= MIN_RUN:
        return {keys}
    return {keys[i:i + MIN_RUN] for i in range(len(keys) - MIN_RUN + 1)}


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
    for start, end in _gaps(covered, len(short)):
        moved = _moved(short[start:end], rest)
        own = [w for k, w in enumerate(short[start:end]) if k not in moved and w not in FUNCTION_KEYS]
        if own and first <= start and end <= last:
            return None
        lacking += own
    return lacking


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


@dataclass
class Variant:
    """The reports of one speaker with the same normalised words."""
    speaker_key: str
    words: Words
    keys: Words           # match_keys(words)
    first: tuple          # report_order of its earliest report
    text: str             # that report's text as written
    speaker: str          # and its speaker as written
    said_on: Optional[date]
    published: Optional[date]
    n_quotes: int = 0
    doc_ids: Set[str] = field(default_factory=set)


class Collector:
    """Reports in, variants out: memory grows with distinct variants (and their doc ids)."""

    def __init__(self):
        self.variants: Dict[VariantKey, Variant] = {}

    def add(self, key: str, text: str, speaker: str, said_on, published, doc_id: str, quote_id: int) -> None:
        words = normal_words(text)
        order = report_order(said_on, published, doc_id, quote_id)
        variant = self.variants.get((key, words))
        if variant is None:
            variant = self.variants[(key, words)] = Variant(key, words, match_keys(words), order, text, speaker,
                                                              said_on, published)
        elif order < variant.first:
            variant.first, variant.text, variant.speaker = order, text, speaker
            variant.said_on, variant.published = said_on, published
        variant.n_quotes += 1
        variant.doc_ids.add(doc_id)


@dataclass
class Statement:
    """One statement: its variants, the first (longest) one its head."""
    variants: List[Variant]

    @property
    def head(self) -> Variant:
        return self.variants[0]

    @property
    def first(self) -> Variant:
        return min(self.variants, key=lambda v: v.first)

    @property
    def statement_id(self) -> str:
        first = self.first
        return statement_id(first.speaker_key, first.words)


def statement_id(key: str, words: Words) -> str:
    return hashlib.sha1(f"{key}\n{' '.join(words)}".encode("utf-8")).hexdigest()[:16]


def group_speaker(variants: Iterable[Variant]) -> List[Statement]:
    """One speaker's variants grouped, longest first (the result does not depend on their order)."""
    statements: List[Statement] = []
    index: Dict[Words, List[int]] = defaultdict(list)
    for variant in sorted(variants, key=lambda v: (-len(v.words), v.words)):
        keys = shingles(variant.keys)
        home = _home(variant.keys, keys, index, statements)
        if home is None:
            for key in keys:
                index[key].append(len(statements))
            statements.append(Statement([variant]))
        else:
            statements[home].variants.append(variant)
    return statements


def _home(variant: Words, keys: Set[Words], index, statements: List[Statement]) -> Optional[int]:
    """The statement whose head contains ``variant`` best (the earliest-made on a tie), if any."""
    shared = Counter(i for key in keys for i in index.get(key, ()))
    best, best_score = None, 0.0
    for i, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:CANDIDATES]:
        score = containment(variant, statements[i].head.keys)
        if score is not None and (score > best_score or (score == best_score and i < best)):
            best, best_score = i, score
    return best


def group(variants: Iterable[Variant]) -> List[Statement]:
    """Every speaker's statements."""
    by_speaker: Dict[str, List[Variant]] = defaultdict(list)
    for variant in variants:
        by_speaker[variant.speaker_key].append(variant)
    return [s for key in sorted(by_speaker) for s in group_speaker(by_speaker[key])]


def statement_ids(statements: Iterable[Statement]) -> Dict[VariantKey, str]:
    """(speaker key, normalised words) → statement_id, for every variant."""
    return {(v.speaker_key, v.words): s.statement_id for s in statements for v in s.variants}


def statement_row(statement: Statement, names: Dict[str, str]) -> dict:
    """A row of the statements table; ``names``: entity_id → the run-wide name."""
    first, head = statement.first, statement.head
    doc_ids = sorted(set().union(*(v.doc_ids for v in statement.variants)))
    return {"statement_id": statement.statement_id, "speaker": names.get(first.speaker_key, first.speaker),
            "speaker_entity_id": first.speaker_key if first.speaker_key in names else None,
            "text": head.text, "first_said_on": first.said_on, "first_published": first.published,
            "first_doc_id": first.first[2], "n_quotes": sum(v.n_quotes for v in statement.variants),
            "n_docs": len(doc_ids), "doc_ids": doc_ids}
