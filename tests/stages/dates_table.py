"""The dates gold table (tests/data/dates_gold.jsonl) scored: value accuracy and span exactness.

Each row is one expression in one sentence. Where the sentence comes from a corpus article
that is beside the checkout (../shared/corpora), the whole article is read, so that years
from the article's other dates count; otherwise the sentence alone. The row's `published`
is the publication date (the table tests dates, not ingest); a BSNLP article's crawl-date
header line bounds the years of its dates, as in a run.

    python -m tests.stages.dates_table [tune|validation] [--errors]
"""
import json
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from pipeline.evaluation.gold import value_matches
from pipeline.records import Document
from pipeline.stages.ingest import crawl_date, split_lines

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCE_FOLDERS = {"bsnlp covid-19": CORPORA / "bsnlp-2021-ru" / "raw" / "covid-19",
                  "factrueval devset": CORPORA / "factrueval-2016" / "devset",
                  "seed": ROOT / "seeds" / "articles"}


def load_rows(part: Optional[str] = None) -> List[dict]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if part is None or r["part"] == part]


def article_of(row: dict) -> Optional[Tuple[str, int]]:
    """(article text, offset of the row's sentence in it), or None when not at hand."""
    for prefix, folder in SOURCE_FOLDERS.items():
        if row["source"].startswith(prefix + " "):
            path = folder / row["source"][len(prefix) + 1:]
            text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
            at = text.find(row["text"])
            return (text, at) if at >= 0 else None
    return None


@dataclass
class Case:
    row: dict
    doc_key: Tuple[str, Optional[str]]
    offset: int


def build_documents(rows: List[dict]) -> Tuple[List[Document], List[Case]]:
    """One document per (article, published); rows without an article are their sentence."""
    docs: Dict[Tuple[str, Optional[str]], Document] = {}
    cases = []
    for i, row in enumerate(rows):
        found = article_of(row)
        text, offset = found if found else (row["text"], 0)
        key = (row["source"] if found else f"row {i}", row["published"])
        if key not in docs:
            published = date.fromisoformat(row["published"]) if row["published"] else None
            crawled = crawl_date(split_lines(text)) if found else None
            docs[key] = Document(str(len(docs)), key[0], text, published=published, crawled=crawled)
        cases.append(Case(row, key, offset))
    return [trimmed(doc, cases) for doc in docs.values()], cases


AFTER_LAST_ROW = 1500   # characters of an article kept after its last row: enough for years that follow


def trimmed(doc: Document, cases: List[Case]) -> Document:
    """The article up to a little after its last labelled row (tagging all of it is slow)."""
    ends = [c.offset + c.row["start"] + len(c.row["expr"]) for c in cases if c.doc_key[0] == doc.path]
    return replace(doc, text=doc.text[:max(ends) + AFTER_LAST_ROW])


@dataclass
class Score:
    right: int = 0
    total: int = 0
    exact: int = 0
    spans: int = 0
    errors: List[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def exactness(self) -> float:
        return self.exact / self.spans if self.spans else 0.0


def judge(case: Case, found: list, score: Score) -> None:
    row = case.row
    start = case.offset + row["start"]
    end = start + len(row["expr"])
    hits = sorted((d for d in found if d.start < end and start < d.end),
                  key=lambda d: -(min(end, d.end) - max(start, d.start)))
    hit = hits[0] if hits else None
    right = hit is None if row["value"] is None else hit is not None and value_matches(hit.value, row["value"])
    score.total += 1
    score.right += right
    if row["value"] is not None:
        score.spans += 1
        score.exact += hit is not None and (hit.start, hit.end) == (start, end)
    if not right or (row["value"] is not None and hit and (hit.start, hit.end) != (start, end)):
        got = f"{hit.text!r} {hit.value} [{getattr(hit, 'rule', '')}]" if hit else "nothing"
        score.errors.append(f"{'VALUE' if not right else 'span '} {row['form']:<14} {row['expr']!r} → "
                            f"{row['value']} | got {got} | {row['text'][:110]!r}")


def score_table(rows: List[dict], models, lemmatizer) -> Dict[str, Score]:
    """The scores of each part of the table (`tune`, `validation`)."""
    from pipeline.stages.dates import extract_dates
    from pipeline.stages.tokens import analyze

    documents, cases = build_documents(rows)
    analyzed = analyze(documents, models, lemmatizer)
    found = {(d.path, d.published.isoformat() if d.published else None): extract_dates(d, tokens)
             for d, (_, tokens) in zip(documents, analyzed)}
    scores: Dict[str, Score] = {}
    for case in cases:
        judge(case, found[case.doc_key], scores.setdefault(case.row["part"], Score()))
    return scores


def main(argv: List[str]) -> None:
    from pipeline.models import load_models, morph_forms
    from pipeline.stages.tokens import make_lemmatizer

    parts = [a for a in argv if not a.startswith("--")] or ["tune", "validation"]
    models, lemmatizer = load_models(), make_lemmatizer(morph_forms)
    scores = score_table(load_rows(), models, lemmatizer)
    for part in parts:
        score = scores[part]
        print(f"{part:<11} value accuracy {score.accuracy:.3f} ({score.right}/{score.total})  "
              f"span exactness {score.exactness:.3f} ({score.exact}/{score.spans})")
        if "--errors" in argv and part == "tune":
            print("\n".join(score.errors))


if __name__ == "__main__":
    main(sys.argv[1:])
