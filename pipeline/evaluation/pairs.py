"""Labelled pairs: statements (the same statement or not) and articles (a near-duplicate or
not), labelled blind (tests/data/statement_pairs.jsonl, article_pairs.jsonl).

Each pair goes once, by a hash of the articles it comes from, to the tune part (thresholds
are chosen on it) or the validation part (only reported); pairs from one pair of articles
stay together. Precision and recall are of "same" (or "duplicate").

    python -m pipeline.evaluation.pairs [--statements FILE] [--articles FILE] [--errors]
"""
import argparse
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Tuple

from pipeline.stages import duplicates
from pipeline.stages.reprints import normal_words, same_text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
FOLDERS = {"corpora": ROOT.parent / "shared" / "corpora", "written_articles": DATA / "written_articles"}
ARTICLE = re.compile(r"([^/\s#()]+)\.(?:json|txt|html?)\b")


def load_pairs(path: Path) -> List[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def article_of(source: str) -> str:
    """The article a labelled item comes from (for a written re-report, the one it was written from)."""
    found = ARTICLE.findall(source or "")
    return found[-1] if found else (source or "")


def source_of(item) -> str:
    """A statement pair's item names its source; an article pair's item is a path."""
    return item if isinstance(item, str) else item.get("source", "")


def part(pair: dict) -> str:
    """``tune`` or ``validation``, by a hash of the pair's two articles."""
    names = sorted(article_of(source_of(pair[side])) for side in ("a", "b"))
    return "tune" if hashlib.sha1("|".join(names).encode("utf-8")).digest()[0] % 2 == 0 else "validation"


def same_speaker(a: str, b: str) -> bool:
    return normal_words(a or "") == normal_words(b or "")


def statements_same(pair: dict) -> bool:
    """The pipeline's rule on a labelled pair (the speaker as the labeller named them)."""
    a, b = pair["a"], pair["b"]
    return same_speaker(a["speaker"], b["speaker"]) and same_text(a["text"], b["text"])


def article_path(path: str) -> Path:
    """A pair's article: ``corpora/...`` under ../shared/corpora, ``written_articles/...`` beside the pairs."""
    folder, _, rest = path.partition("/")
    return FOLDERS[folder] / rest if folder in FOLDERS else Path(path)


@functools.lru_cache(maxsize=None)
def article_shingles(path: str):
    """The shingle hashes of an article's body, read and ingested as a run reads it."""
    from pipeline.io.readers import read_article
    from pipeline.process import ingest_all

    file = article_path(path)
    doc, = ingest_all([read_article(file, file.parent)])
    return duplicates.shingle_hashes(duplicates.body(doc.text, doc.boilerplate))


def articles_duplicate(pair: dict) -> bool:
    """The pipeline's rule on a labelled article pair."""
    return duplicates.jaccard(article_shingles(pair["a"]), article_shingles(pair["b"])) >= duplicates.SIMILAR


def scores(pairs: Iterable[dict], predict: Callable[[dict], bool], label: str = "same") -> Dict[str, float]:
    tp = fp = fn = n = 0
    for pair in pairs:
        guess, gold = predict(pair), bool(pair[label])
        tp, fp, fn, n = tp + (guess and gold), fp + (guess and not gold), fn + (gold and not guess), n + 1
    return {"n": n, "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def by_part(pairs: List[dict], predict: Callable[[dict], bool], label: str = "same") -> Dict[str, Dict[str, float]]:
    return {name: scores([p for p in pairs if part(p) == name], predict, label) for name in ("tune", "validation")}


def errors(pairs: List[dict], predict: Callable[[dict], bool], label: str = "same") -> List[Tuple[str, dict]]:
    return [("missed" if p[label] else "spurious", p) for p in pairs if predict(p) != bool(p[label])]


def format_scores(name: str, parts: Dict[str, Dict[str, float]]) -> str:
    return "\n".join(f"{name:<11} {part_name:<10} n={s['n']:<4} positives={s['positives']:<4} "
                     f"P={s['precision']:.3f} R={s['recall']:.3f} (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
                     for part_name, s in parts.items())


def main(argv=None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--statements", type=Path, default=DATA / "statement_pairs.jsonl")
    args.add_argument("--articles", type=Path, default=DATA / "article_pairs.jsonl")
    args.add_argument("--errors", action="store_true", help="list the tune part's wrong pairs")
    a = args.parse_args(argv)
    for name, path, predict, label in (("statements", a.statements, statements_same, "same"),
                                       ("articles", a.articles, articles_duplicate, "duplicate")):
        if path.exists():
            pairs = load_pairs(path)
            print(format_scores(name, by_part(pairs, predict, label)))
            if a.errors:
                for kind, p in errors([p for p in pairs if part(p) == "tune"], predict, label):
                    print(f"  {kind}: {json.dumps(p, ensure_ascii=False)[:600]}")


if __name__ == "__main__":
    main()
