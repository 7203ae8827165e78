"""Statements across articles: the reports of one statement grouped into one (pure, no disk).

A report is an attributed quote. Reports of one speaker whose normalised words are equal
are one *variant* (case, ё/е, quotation marks, dashes and punctuation do not count).
Variants of one speaker are grouped longest first: a variant joins the group whose head
(its most complete version) contains it (``stages.reprints``), and otherwise heads a group
of its own. Candidate heads come from an index of word pairs, so a variant is compared
with the few heads it shares words with, not with all of its speaker's. Memory grows with
distinct variants, not with reports.
"""
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterable, List, Optional, Set, Tuple

from pipeline.stages.reprints import MIN_RUN, Words, containment, match_keys, normal_words

CANDIDATES = 8       # heads checked per variant: those sharing the most word pairs
LATEST = date.max

VariantKey = Tuple[str, Words]   # speaker key, normalised words


def speaker_key(entity_id: Optional[str], key: Optional[str], speaker: Optional[str]) -> Optional[str]:
    """Who said it: the run-wide entity, else the within-article key, else the name as written."""
    if entity_id or key:
        return entity_id or key
    return f"name:{speaker.lower()}" if speaker else None


def report_order(said_on: Optional[date], published: Optional[date], doc_id: str, quote_id: int) -> tuple:
    """Earliest first: by the day it was said, else the day it was published, else by doc_id."""
    return (said_on or published or LATEST, published or LATEST, doc_id, quote_id)


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


def shingles(keys: Words) -> Set[Words]:
    if len(keys) <= MIN_RUN:
        return {keys}
    return {keys[i:i + MIN_RUN] for i in range(len(keys) - MIN_RUN + 1)}


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
