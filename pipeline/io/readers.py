"""Find article files under an input folder and read them. The only reader of input.

Plain text and HTML files are one article each; a JSON Lines file holds one article per
line. Reading never raises: a file or line that cannot be read becomes a RawArticle with
an ``error``.
"""
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from pipeline.records import RawArticle

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024          # one article; larger files are dumps, not articles
MAX_LINE_BYTES = 5 * 1024 * 1024     # one JSON line
JSON_META = ("title", "published", "author", "url")


def find_articles(root: Path) -> Iterator[Path]:
    """Every article file under ``root``, sorted; a symlink loop is followed only once."""
    seen = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES):
                yield Path(folder) / name


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def read_article(path: Path, root: Path) -> RawArticle:
    """One text or HTML file; a failure becomes the record's ``error``."""
    doc_id, rel = doc_id_for(path, root), path.relative_to(root).as_posix()
    fmt = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return RawArticle(doc_id, rel, error=f"file too large: {size} bytes (limit {MAX_BYTES} for one article)",
                              meta=(("format", fmt),))
        return RawArticle(doc_id, rel, data=path.read_bytes(), meta=(("format", fmt),))
    except OSError as exc:
        return RawArticle(doc_id, rel, error=f"cannot read file: {exc.strerror or exc}", meta=(("format", fmt),))


def parse_json_line(line: bytes, number: int, stem: str, rel: str) -> RawArticle:
    """One JSON Lines record: ``text`` required; ``id``, title, published, author, url optional."""
    fallback = f"{stem}/{number}"
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return RawArticle(fallback, f"{rel}#{number}", error=f"malformed JSON on line {number}: {exc}")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return RawArticle(fallback, f"{rel}#{number}", error=f"line {number} has no 'text' string")
    doc_id = f"{stem}/{record['id']}" if record.get("id") not in (None, "") else fallback
    meta = tuple((k, record[k]) for k in JSON_META if record.get(k) not in (None, ""))
    return RawArticle(doc_id, f"{rel}#{number}", text=record["text"], meta=(("format", "jsonl"),) + meta)


def read_jsonl(path: Path, root: Path) -> Iterator[RawArticle]:
    rel, stem = path.relative_to(root).as_posix(), doc_id_for(path, root)
    try:
        with path.open("rb") as lines:
            for number, line in enumerate(lines, 1):
                if len(line) > MAX_LINE_BYTES:
                    yield RawArticle(f"{stem}/{number}", f"{rel}#{number}", error=f"line {number} too large: {len(line)} bytes")
                elif line.strip():
                    yield parse_json_line(line, number, stem, rel)
    except OSError as exc:
        yield RawArticle(stem, rel, error=f"cannot read file: {exc.strerror or exc}")


def count_articles(root: Path) -> int:
    """How many articles a folder holds (JSON Lines files counted by their lines)."""
    total = 0
    for path in find_articles(Path(root)):
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_folder(root: Path) -> Iterator[RawArticle]:
    """Every article under ``root``; a doc_id met twice (`a.txt` and `a.html`) keeps its suffix."""
    root, seen = Path(root), set()
    for path in find_articles(root):
        records = read_jsonl(path, root) if path.suffix.lower() in JSONL_SUFFIXES else [read_article(path, root)]
        for raw in records:
            if raw.doc_id in seen:
                raw = replace(raw, doc_id=raw.path)
            seen.add(raw.doc_id)
            yield raw
