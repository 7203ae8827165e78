"""Offsets for hand-labelled gold: a labeller writes spans as text, this fills start/end.

    python scripts/gold_offsets.py ARTICLE.txt DRAFT.json OUT.json

The draft is a gold file (seeds/GUIDELINES.md) whose quotes and dates may leave out
``start``/``end``. A span is found by:
- ``text``: the exact substring; ``after`` (optional) is a snippet that occurs before it,
  the search starts at that snippet's first occurrence (``nth``: take the n-th match, 1-based);
- or ``from`` and ``to``: the span starts at the first occurrence of ``from`` (after
  ``after``) and ends at the end of the first ``to`` that ends at or after ``from``'s end — for long quotes.
A quote's source phrase is ``source_text`` (exact); it is looked up nearest to the quote
(``source_after`` to pin it). The tool writes ``text``, ``start``, ``end`` (and
``source_start``/``source_end``) and fails loudly on anything it cannot find.
"""
import json
import sys
from pathlib import Path


class SpanError(ValueError):
    pass


def find_all(text: str, needle: str, start: int = 0):
    at = text.find(needle, start)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def anchor(text: str, after) -> int:
    if not after:
        return 0
    at = text.find(after)
    if at < 0:
        raise SpanError(f"'after' snippet not found: {after!r}")
    return at


def locate(text: str, item: dict) -> tuple:
    """(start, end) of an item's span."""
    origin = anchor(text, item.get("after"))
    if "from" in item:
        start = text.find(item["from"], origin)
        if start < 0:
            raise SpanError(f"'from' not found: {item['from']!r}")
        end = text.find(item["to"], max(start, start + len(item["from"]) - len(item["to"])))
        if end < 0:
            raise SpanError(f"'to' not found after 'from': {item['to']!r}")
        return start, end + len(item["to"])
    needle = item["text"]
    hits = list(find_all(text, needle, origin))
    nth = item.get("nth", 1)
    if len(hits) < nth:
        raise SpanError(f"text not found ({len(hits)} matches, nth={nth}): {needle[:80]!r}")
    return hits[nth - 1], hits[nth - 1] + len(needle)


def locate_source(text: str, quote: dict) -> tuple:
    """The source phrase's occurrence nearest to the quote."""
    needle = quote["source_text"]
    hits = list(find_all(text, needle, anchor(text, quote.get("source_after"))))
    if not hits:
        raise SpanError(f"source_text not found: {needle!r}")
    words = [h for h in hits if _word_bounded(text, h, h + len(needle))]
    hits = words or hits   # `он` the pronoun, not the end of `Воронин`
    middle = (quote["start"] + quote["end"]) / 2
    best = min(hits, key=lambda h: min(abs(h - quote["start"]), abs(h - quote["end"]), abs(h - middle)))
    return best, best + len(needle)


def _word_bounded(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def fill(text: str, gold: dict) -> dict:
    errors = []
    for kind in ("quotes", "dates"):
        for item in gold.get(kind, []):
            try:
                if item.get("start") is None or item.get("end") is None:
                    item["start"], item["end"] = locate(text, item)
                item["text"] = text[item["start"]:item["end"]]
                for key in ("from", "to", "after", "nth"):
                    item.pop(key, None)
                if kind == "quotes" and item.get("source_text") and item.get("source_start") is None:
                    item["source_start"], item["source_end"] = locate_source(text, item)
                if kind == "quotes" and item.get("source_text"):
                    item.pop("source_after", None)
                    if text[item["source_start"]:item["source_end"]] != item["source_text"]:
                        raise SpanError(f"source offsets do not match source_text: {item['source_text']!r}")
            except (SpanError, KeyError) as exc:
                errors.append(f"{kind}: {exc}")
    if errors:
        raise SpanError("\n".join(errors))
    for kind in ("quotes", "dates"):
        gold.get(kind, []).sort(key=lambda item: item["start"])
    return gold


def main(argv) -> int:
    article, draft, out = map(Path, argv)
    text = article.read_bytes().decode("utf-8")   # no newline translation: offsets as the pipeline reads
    try:
        gold = fill(text, json.loads(draft.read_text(encoding="utf-8")))
    except SpanError as exc:
        print(exc, file=sys.stderr)
        return 1
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: {len(gold.get('quotes', []))} quotes, {len(gold.get('dates', []))} dates")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
