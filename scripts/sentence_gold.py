"""Gold files for short texts labelled in JSON lines (the UD Russian PUD sentence set, the
written challenge passages).

    python scripts/sentence_gold.py SENTENCES_DIR LABELS.jsonl [...] --out tests/sentences
    python scripts/sentence_gold.py - LABELS.jsonl [...] --out tests/challenge

Each label line is ``{"doc_id": "pud_n01001011", "quotes": [...]}`` (with ``"text"``, the
passage itself, when there is no SENTENCES_DIR): quotes as in a gold
file, their spans given as text (``text``, ``nth``; ``source_text``) and filled in by
``gold_offsets.fill``. Every sentence is written with its gold, statements or not, into the
part its file name hashes to (``tune/`` or ``validation/``, each with ``articles/`` and
``gold/``). Only statements are labelled: the gold has no ``persons``, ``dates`` or
``locations`` keys and says ``published_optional``, so those are not scored.
"""
import argparse
import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from pipeline.evaluation.gold import split_part   # noqa: E402
from gold_offsets import SpanError, fill   # noqa: E402


def convert(text: str, label: dict) -> dict:
    gold = {"doc_id": label["doc_id"], "file": f"{label['doc_id']}.txt", "published": None,
            "published_optional": True, "author": None, "quotes": [dict(q) for q in label["quotes"]]}
    return fill(text, gold)


def main(argv) -> int:
    args = argparse.ArgumentParser()
    args.add_argument("sentences", type=Path)
    args.add_argument("labels", type=Path, nargs="+")
    args.add_argument("--out", type=Path, required=True)
    a = args.parse_args(argv)
    failures = 0
    for labels in a.labels:
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            if "text" in label:
                text = label["text"] + "\n"
            else:
                text = (a.sentences / f"{label['doc_id']}.txt").read_bytes().decode("utf-8")
            try:
                gold = convert(text, label)
            except SpanError as exc:
                print(f"{label['doc_id']}: {exc}", file=sys.stderr)
                failures += 1
                continue
            part = a.out / split_part(label["doc_id"])
            (part / "articles").mkdir(parents=True, exist_ok=True)
            (part / "gold").mkdir(parents=True, exist_ok=True)
            (part / "articles" / f"{label['doc_id']}.txt").write_bytes(text.encode("utf-8"))
            (part / "gold" / f"{label['doc_id']}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
