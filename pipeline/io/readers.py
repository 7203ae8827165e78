"""Find article files under an input folder and read them. The only reader of input.

Plain text and HTML files are one article each; a JSON Lines file holds one article per
line. Reading never raises and never hangs: only regular files are read (``io.files``),
each to a bound; a file or line that cannot be read becomes a RawArticle with an
``error``. Hidden files and folders (``.git``, ``.DS_Store``) are skipped and counted.
File names of any bytes get a printable, lossless ``path`` and ``doc_id`` (``io.names``).
"""
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Iterator, List, Optional, Set

from pipeline.io.files import Refused, bounded_lines, megabytes, open_regular, read_bounded
from pipeline.io.names import printable
from pipeline.records import RawArticle

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024          # one article; larger files are dumps, not articles
MAX_LINE_BYTES = 5 * 1024 * 1024     # one JSON line
JSON_META = ("title", "published", "author", "url")
UTF8_BOM = b"\xef\xbb\xbf"


def find_articles(root: Path, hidden: Optional[List[str]] = None) -> Iterator[Path]:
    """Every article file under ``root``, sorted; a symlink loop is followed only once.
    Hidden files and folders are not entered, and their paths are added to ``hidden``."""
    seen = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = _visible(dirs, folder, root, hidden)
        for name in _visible(files, folder, root, hidden):
            if name.lower().endswith(SUFFIXES):
                yield Path(folder) / name


def _visible(names: List[str], folder: str, root: Path, hidden: Optional[List[str]]) -> List[str]:
    """``names`` sorted, without hidden ones (noted in ``hidden``)."""
    for name in names:
        if name.startswith(".") and hidden is not None:
            hidden.append(rel_path(Path(folder) / name, root))
    return sorted(name for name in names if not name.startswith("."))


def rel_path(path: Path, root: Path) -> str:
    return printable(path.relative_to(root).as_posix())


def doc_id_for(path: Path, root: Path) -> str:
    return printable(path.relative_to(root).with_suffix("").as_posix())


def read_article(path: Path, root: Path) -> RawArticle:
    """One text or HTML file; a refusal or failure becomes the record's ``error``."""
    doc_id, rel = doc_id_for(path, root), rel_path(path, root)
    meta = (("format", "html" if path.suffix.lower() in HTML_SUFFIXES else "text"),)
    try:
        return RawArticle(doc_id, rel, data=read_bounded(path, MAX_BYTES), meta=meta)
    except Refused as exc:
        return RawArticle(doc_id, rel, error=str(exc), meta=meta)
    except OSError as exc:
        return RawArticle(doc_id, rel, error=f"cannot read file: {exc.strerror or exc}", meta=meta)


def parse_json_line(line: bytes, number: int, stem: str, rel: str) -> RawArticle:
    """One JSON Lines record: ``text`` required; ``id``, title, published, author, url optional."""
    fallback, where = f"{stem}/{number}", f"{rel}#{number}"
    try:
        record = json.loads(_without_boms(line))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return RawArticle(fallback, where, error=f"malformed JSON on line {number}: {exc}")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return RawArticle(fallback, where, error=f"line {number} has no 'text' string")
    if not _valid_unicode(record):
        return RawArticle(fallback, where, error=f"line {number} holds a lone surrogate: not valid Unicode text")
    wrong = [k for k in JSON_META if record.get(k) not in (None, "") and not isinstance(record[k], (str, int, float))]
    if wrong or isinstance(record.get("id"), (list, dict)):
        return RawArticle(fallback, where, error=f"line {number}: {(wrong or ['id'])[0]!r} is not a string")
    doc_id = f"{stem}/{printable(str(record['id']))}" if record.get("id") not in (None, "") else fallback
    meta = tuple((k, str(record[k])) for k in JSON_META if record.get(k) not in (None, ""))
    return RawArticle(doc_id, where, text=record["text"], meta=(("format", "jsonl"),) + meta)


def _without_boms(line: bytes) -> bytes:
    while line.startswith(UTF8_BOM):
        line = line[len(UTF8_BOM):]
    return line


def _valid_unicode(record: dict) -> bool:
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def read_jsonl(path: Path, root: Path) -> Iterator[RawArticle]:
    """A JSON Lines file, line by line, each line read to at most its limit."""
    rel, stem = rel_path(path, root), doc_id_for(path, root)
    try:
        with open_regular(path) as lines:
            for number, line, too_long in bounded_lines(lines, MAX_LINE_BYTES):
                if too_long:
                    yield RawArticle(f"{stem}/{number}", f"{rel}#{number}",
                                     error=f"line {number} over {megabytes(MAX_LINE_BYTES)}: too large for one article")
                elif line.strip():
                    yield parse_json_line(line, number, stem, rel)
    except Refused as exc:
        yield RawArticle(stem, rel, error=str(exc))
    except OSError as exc:
        yield RawArticle(stem, rel, error=f"cannot read file: {exc.strerror or exc}")


def count_articles(root: Path) -> int:
    """How many articles a folder holds (JSON Lines files counted by their lines)."""
    total = 0
    for path in find_articles(Path(root)):
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open_regular(path) as f:
                    total += sum(1 for _, line, too_long in bounded_lines(f, MAX_LINE_BYTES) if too_long or line.strip())
            except (Refused, OSError):
                total += 1
        else:
            total += 1
    return total


def read_folder(root: Path, hidden: Optional[List[str]] = None) -> Iterator[RawArticle]:
    """Every article under ``root``; a doc_id met twice (`a.txt` and `a.html`) keeps its
    suffix. Hidden files and folders skipped are added to ``hidden``."""
    root, seen = Path(root), set()
    for path in find_articles(root, hidden):
        records = read_jsonl(path, root) if path.suffix.lower() in JSONL_SUFFIXES else [read_article(path, root)]
        for raw in records:
            raw = replace(raw, doc_id=_unique(raw, seen))
            seen.add(raw.doc_id)
            yield raw


def _unique(raw: RawArticle, seen: Set[str]) -> str:
    """The record's doc_id, or its path if taken, or its path numbered (`a.txt~2`)."""
    if raw.doc_id not in seen:
        return raw.doc_id
    candidate, number = raw.path, 1
    while candidate in seen:
        number += 1
        candidate = f"{raw.path}~{number}"
    return candidate
