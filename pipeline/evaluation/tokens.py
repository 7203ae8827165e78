"""Statements scored word by word, as corpora labelled sentence by sentence score them
(PARC style: every word is the content of a statement, its source, or neither): content
words, source words (from ``source_start``/``source_end``), and sentences that hold a
statement. Every statement counts here, optional gold and speakerless rows alike: such
corpora label unnamed sources and borderline cues too."""
import re
from typing import Iterable, List, Sequence, Set, Tuple

WORD = re.compile(r"\w+")
Span = Tuple[int, int]


def covered(words: Sequence[Span], spans: Iterable[Span]) -> Set[Span]:
    """The words that lie inside any of the spans."""
    spans = sorted(spans)
    return {w for w in words if any(a <= w[0] and w[1] <= b for a, b in spans)}


def touched(units: Sequence[Span], spans: Iterable[Span]) -> Set[Span]:
    """The units (sentences) that overlap any of the spans."""
    spans = list(spans)
    return {u for u in units if any(a < u[1] and u[0] < b for a, b in spans)}


def content_spans(quotes: List[dict]) -> List[Span]:
    return [(q["start"], q["end"]) for q in quotes]


def source_spans(quotes: List[dict]) -> List[Span]:
    return [(int(q["source_start"]), int(q["source_end"])) for q in quotes
            if q.get("source_start") is not None and q["source_start"] == q["source_start"]]   # NaN is no span


def score_tokens(text: str, sentences: Sequence[Span], system: List[dict], gold: List[dict], report) -> None:
    """Adds one article's content-word, source-word and statement-sentence counts to the report."""
    words = [m.span() for m in WORD.finditer(text)]
    for counts, of, units, match in ((report.content_tokens, content_spans, words, covered),
                                     (report.source_tokens, source_spans, words, covered),
                                     (report.sentences, content_spans, sentences, touched)):
        found, wanted = match(units, of(system)), match(units, of(gold))
        counts.tp += len(found & wanted)
        counts.n_system += len(found)
        counts.n_gold += len(wanted)
