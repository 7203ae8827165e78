"""Find article files under an input folder and read their bytes. The only reader of input."""
import os
from pathlib import Path
from typing import Iterator

from pipeline.records import RawArticle

SUFFIXES = (".txt",)
MAX_BYTES = 64 * 1024 * 1024


def find_articles(root: Path) -> Iterator[Path]:
    """Every article file under ``root``, sorted, following no symlinked directories twice."""
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
    """Read one file's bytes; a failure becomes the record's ``error``, never an exception."""
    doc_id, rel = doc_id_for(path, root), path.relative_to(root).as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return RawArticle(doc_id, rel, error=f"file too large: {size} bytes (limit {MAX_BYTES})")
        return RawArticle(doc_id, rel, data=path.read_bytes())
    except OSError as exc:
        return RawArticle(doc_id, rel, error=f"cannot read file: {exc.strerror or exc}")


def read_folder(root: Path) -> Iterator[RawArticle]:
    root = Path(root)
    for path in find_articles(root):
        yield read_article(path, root)
