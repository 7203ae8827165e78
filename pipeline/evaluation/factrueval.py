"""factRuEval-2016 as gold: texts, named-entity spans and normal-form rows.

Each object of ``.objects`` is typed Person → PER, Org → ORG, Location / LocOrg → LOC, and
spans from its earliest span's start to its latest span's end (naeval's
``FactruObject.start/stop``: min start, max stop); nested objects are kept.
"""
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

Span = Tuple[int, int, str]          # start, end, type
GOLD_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    spans: tuple                     # (start, end, type), PER / LOC / ORG


def _fields(line: str) -> List[str]:
    return line.split("#", 1)[0].split()


def parse_spans(lines: Sequence[str]) -> Dict[str, Tuple[int, int]]:
    """span id → (start, end) from `.spans` lines: `id type start length first_token n_tokens`."""
    rows = [f for f in map(_fields, lines) if len(f) >= 4]
    return {f[0]: (int(f[2]), int(f[2]) + int(f[3])) for f in rows}


def parse_objects(lines: Sequence[str], spans: Dict[str, Tuple[int, int]]) -> List[Span]:
    """Gold spans from `.objects` lines `id Type span_id ...`: earliest start to latest end."""
    gold = []
    for fields in map(_fields, lines):
        if len(fields) >= 3 and fields[1] in GOLD_TYPES:
            bounds = [spans[i] for i in fields[2:]]
            gold.append((min(b[0] for b in bounds), max(b[1] for b in bounds), GOLD_TYPES[fields[1]]))
    return gold


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def read_lines(path: Path) -> List[str]:
    return read_text(path).splitlines() if path.exists() else []


def load_devset(devset_dir) -> List[GoldDoc]:
    docs = []
    for txt in sorted(Path(devset_dir).glob("*.txt")):
        spans = parse_spans(read_lines(txt.with_suffix(".spans")))
        gold = parse_objects(read_lines(txt.with_suffix(".objects")), spans)
        docs.append(GoldDoc(txt.stem, read_text(txt), tuple(gold)))
    return docs


def load_normal_gold(path) -> List[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
