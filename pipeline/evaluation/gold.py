"""Scores against hand-labelled gold, exactly as seeds/GUIDELINES.md § Scoring defines them."""
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import pandas as pd

from pipeline.evaluation.tokens import score_tokens


def jaccard(a: Tuple[int, int], b: Tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def pair_spans(system: List[dict], gold: List[dict], threshold: float = 0.5, prefer=None) -> List[Tuple[int, int]]:
    """One-to-one pairs (system index, gold index), greedily by descending overlap; equal
    overlaps (two gold statements on one span) are decided by ``prefer(system, gold)``."""
    prefer = prefer or (lambda s, g: 0)
    scored = sorted(((jaccard((s["start"], s["end"]), (g["start"], g["end"])), prefer(s, g), -i, -j)
                     for i, s in enumerate(system) for j, g in enumerate(gold)), reverse=True)
    scored = [(score, -i, -j) for score, _, i, j in scored]
    used_s, used_g, pairs = set(), set(), []
    for score, i, j in scored:
        if score < threshold:
            break
        if i not in used_s and j not in used_g:
            used_s.add(i), used_g.add(j), pairs.append((i, j))
    return pairs


def _words(name: str) -> List[str]:
    return name.lower().replace("ё", "е").split()


def speaker_matches(system: Optional[str], gold: Optional[str], gold_type: str = "PER") -> bool:
    """Whether the system's speaker names the gold's; a gold statement whose speaker the text
    never gives (``null``) is matched by none."""
    if not isinstance(system, str) or not system or not isinstance(gold, str) or not gold:
        return False
    if gold_type != "PER":
        a, b = " ".join(_words(system)), " ".join(_words(gold))
        return a in b or b in a
    s, g = _words(system), _words(gold)
    if not s or not g:
        return False
    if len(s) >= 2 and len(g) >= 2:
        return s[0] == g[0] and s[-1] == g[-1]
    return s[-1] == g[-1]


def value_matches(system: Optional[str], gold: str) -> bool:
    """`X` in gold matches any character; a system value may add a time to a gold day."""
    if not isinstance(system, str) or not system:
        return False
    if "T" in system and "T" not in gold and "/" not in system:
        system = system.split("T")[0]
    return len(system) == len(gold) and all(g == "X" or g == s for s, g in zip(system, gold))


@dataclass
class Counts:
    tp: int = 0
    n_system: int = 0
    n_gold: int = 0

    @property
    def p(self):
        return self.tp / self.n_system if self.n_system else 0.0

    @property
    def r(self):
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self):
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self):
        return self.hit / self.total if self.total else 0.0


@dataclass
class Report:
    quotes: Counts = field(default_factory=Counts)
    who: Counts = field(default_factory=Counts)
    attribution: Ratio = field(default_factory=Ratio)
    when: Ratio = field(default_factory=Ratio)
    sources: Counts = field(default_factory=Counts)      # source phrases of paired statements, Jaccard ≥ 0.5
    source_kinds: Ratio = field(default_factory=Ratio)
    every_source_kind: Ratio = field(default_factory=Ratio)   # every statement paired, optional and speakerless too
    dates: Counts = field(default_factory=Counts)
    date_values: Ratio = field(default_factory=Ratio)
    persons: Counts = field(default_factory=Counts)
    places: Ratio = field(default_factory=Ratio)
    published: Ratio = field(default_factory=Ratio)
    content_tokens: Counts = field(default_factory=Counts)   # word by word, every statement (evaluation.tokens)
    source_tokens: Counts = field(default_factory=Counts)
    sentences: Counts = field(default_factory=Counts)        # sentences holding a statement
    articles: Dict[str, dict] = field(default_factory=dict)


def _same_statement(s: dict, g: dict) -> tuple:
    """Of two gold statements on one span (a person's words and the outlet relaying them),
    the one whose speaker the system gives, then the required one."""
    return speaker_matches(s.get("speaker"), g["speaker"], g.get("speaker_type", "PER")), not g.get("optional")


def score_quotes(system: List[dict], gold: List[dict], report: Report) -> dict:
    pairs = pair_spans(system, gold, prefer=_same_statement)
    paired_optional = sum(1 for _, j in pairs if gold[j].get("optional"))
    required = [g for g in gold if not g.get("optional")]
    detail = {"missed": [], "spurious": [], "misattributed": [], "when": []}
    n_system = len(system) - paired_optional
    report.quotes.n_system += n_system
    report.who.n_system += n_system
    report.quotes.n_gold += len(required)
    report.who.n_gold += len(required)
    paired_s, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[j], system[i]
        if g.get("optional"):
            continue
        right = speaker_matches(s["speaker"], g["speaker"], g.get("speaker_type", "PER"))
        report.quotes.tp += 1
        report.who.tp += right
        report.attribution.total += 1
        report.attribution.hit += right
        if not right:
            detail["misattributed"].append(f'{s["speaker"]!r} for {g["speaker"]!r}: {g["text"][:70]}')
        if g.get("when"):
            report.when.total += 1
            hit = value_matches(s.get("when_value"), g["when"])
            report.when.hit += hit
            if not hit:
                detail["when"].append(f'{s.get("when_value")!r} for {g["when"]!r}: {g["text"][:70]}')
        score_source(s, g, report)
    detail["missed"] = [f'{g["speaker"]}: {g["text"][:80]}' for j, g in enumerate(gold)
                        if j not in paired_g and not g.get("optional")]
    detail["spurious"] = [f'{s["speaker"]} [{s["attribution"]}]: {s["text"][:80]}'
                          for i, s in enumerate(system) if i not in paired_s]
    return detail


def score_source(system: dict, gold: dict, report: Report) -> None:
    """The phrase naming the source of a paired statement, and its kind."""
    found = system.get("source_start") is not None and not pd.isna(system.get("source_start"))
    labelled = gold.get("source_start") is not None
    report.sources.n_system += found
    report.sources.n_gold += labelled
    if found and labelled:
        report.sources.tp += jaccard((int(system["source_start"]), int(system["source_end"])),
                                     (gold["source_start"], gold["source_end"])) >= 0.5
        report.source_kinds.total += 1
        report.source_kinds.hit += system.get("source_kind") == gold.get("source_kind")


# Date families GUIDELINES makes optional (durations, periods counted back, seasons, decades
# and centuries, quarters, times of day) and sets, which it does not list: neither rewarded
# nor punished, so one the gold does not label is not a false positive.
OPTIONAL_DATE_RULES = frozenset({"duration", "after", "ago", "season", "decade", "century", "quarter", "set", "time"})


def optional_date(row: dict) -> bool:
    rule = row.get("rule")
    return isinstance(rule, str) and rule.split(":")[0] in OPTIONAL_DATE_RULES


def score_dates(system: List[dict], gold: List[dict], report: Report) -> None:
    pairs = pair_spans(system, gold)
    paired = {i for i, _ in pairs}
    excused = sum(1 for _, j in pairs if gold[j].get("optional"))
    excused += sum(1 for i, row in enumerate(system) if i not in paired and optional_date(row))
    report.dates.n_system += len(system) - excused
    report.dates.n_gold += sum(1 for g in gold if not g.get("optional"))
    for i, j in pairs:
        if not gold[j].get("optional"):
            report.dates.tp += 1
            report.date_values.total += 1
            report.date_values.hit += value_matches(system[i]["value"], gold[j]["value"])


def score_persons(system_names: List[str], gold_names: List[str], report: Report) -> None:
    found = sum(1 for g in gold_names if any(speaker_matches(s, g) for s in system_names))
    report.persons.tp += found
    report.persons.n_gold += len(gold_names)
    report.persons.n_system += len(system_names)


def _records(df: pd.DataFrame, doc_id: str) -> List[dict]:
    return df[df["doc_id"] == doc_id].to_dict("records") if len(df) else []


def load_output(output: Path) -> Dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(Path(output) / name)
            for name in ("documents", "quotes", "dates", "mentions", "entities", "sentences")}


def evaluate(output: Path, gold_dir: Path, stems: Optional[Iterable[str]] = None) -> Report:
    """Scores of an output against a folder of gold files (or those of ``stems`` only)."""
    out, report = load_output(output), Report()
    stems = None if stems is None else set(stems)
    docs = out["documents"].assign(stem=lambda d: d["path"].map(lambda p: Path(p).stem))
    names = out["mentions"].merge(out["entities"][["entity_id", "name", "type"]], on="entity_id",
                                  suffixes=("", "_entity"))
    quotes = out["quotes"][out["quotes"]["speaker"].fillna("") != ""]
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        if stems is not None and gold_path.stem not in stems:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        match = docs[docs["stem"] == gold_path.stem]
        if match.empty:
            report.articles[gold_path.stem] = {"error": "no such document in the output"}
            continue
        doc = match.iloc[0]
        detail = score_quotes(_records(quotes, doc["doc_id"]), gold.get("quotes", []), report)
        sentences = [(s["start"], s["end"]) for s in _records(out["sentences"], doc["doc_id"])]
        score_tokens(doc["text"], sentences, _records(out["quotes"], doc["doc_id"]), gold.get("quotes", []), report)
        score_every_source_kind(_records(out["quotes"], doc["doc_id"]), gold.get("quotes", []), report)
        if "dates" in gold:          # gold that labels statements only (sentence sets) scores no dates or names
            score_dates(_records(out["dates"], doc["doc_id"]), gold["dates"], report)
        doc_names = names[names["doc_id"] == doc["doc_id"]]
        if "persons" in gold:
            persons = sorted(set(doc_names[doc_names["type"] == "PER"]["name"]))
            score_persons(persons, gold["persons"], report)
        all_names = {n.lower() for n in doc_names["name"]}
        for place in gold.get("locations", []):
            report.places.total += 1
            report.places.hit += place.lower() in all_names
        if not gold.get("published_optional"):
            report.published.total += 1
            published = doc["published"]
            system_published = None if pd.isna(published) else str(pd.Timestamp(published).date())
            report.published.hit += system_published == gold.get("published")
        report.articles[gold_path.stem] = detail
    return report


def score_every_source_kind(system: List[dict], gold: List[dict], report: Report) -> None:
    """Source kinds over every statement, as a count of anonymous sourcing needs them: system
    quotes with no speaker and optional gold statements (media, anonymous, collective) take part."""
    for i, j in pair_spans(system, gold):
        if gold[j].get("source_kind"):
            report.every_source_kind.total += 1
            report.every_source_kind.hit += system[i].get("source_kind") == gold[j]["source_kind"]


def format_report(report: Report, details: bool = False) -> str:
    def prf(name, c):
        return f"{name:<22} P {c.p:.3f}  R {c.r:.3f}  F1 {c.f1:.3f}   ({c.tp} of {c.n_system} system, {c.n_gold} gold)"

    def ratio(name, r):
        return f"{name:<22} {r.value:.3f}   ({r.hit} / {r.total})"

    lines = [
        prf("quote spans", report.quotes), prf("who-said-what", report.who),
        ratio("attribution accuracy", report.attribution),
        *([ratio("when accuracy", report.when)] if report.when.total else []),
        *([prf("source phrases", report.sources), ratio("source kind accuracy", report.source_kinds),
           ratio("kind, every statement", report.every_source_kind)]
          if report.sources.n_gold else []),   # gold without source phrases (the seeds) scores none
        *([prf("date spans", report.dates), ratio("date value accuracy", report.date_values)]
          if report.dates.n_gold or report.dates.n_system else []),   # sentence sets label no dates, names
        *([prf("persons", report.persons)] if report.persons.n_gold or report.persons.n_system else []),
        *([ratio("places recall", report.places)] if report.places.total else []),
        *([ratio("published accuracy", report.published)] if report.published.total else []),
        *([prf("content words", report.content_tokens), prf("source words", report.source_tokens),
           prf("statement sentences", report.sentences)] if report.sources.n_gold else []),
    ]
    if details:
        for stem, detail in report.articles.items():
            lines.append(f"\n== {stem}")
            for kind, items in detail.items():
                for item in items if isinstance(items, list) else [items]:
                    lines.append(f"  {kind}: {item}")
    return "\n".join(lines)


def split_part(stem: str) -> str:
    """The labelled corpus's part for an article, fixed once by a hash of its file name."""
    return "validation" if int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def agreement(first: Path, second: Path) -> Counts:
    """Who-said-what agreement of two labellers over the articles both labelled: the
    second's required statements scored against the first's gold (optional ones ignored
    when paired, as for a system)."""
    report = Report()
    for path in sorted(Path(second).glob("*.json")):
        other = Path(first) / path.name
        if other.exists():
            theirs = json.loads(path.read_text(encoding="utf-8"))["quotes"]
            system = [dict(q, attribution="") for q in theirs if not q.get("optional")]
            score_quotes(system, json.loads(other.read_text(encoding="utf-8"))["quotes"], report)
    return report.who
