"""Parquet output: each table a dataset folder ``OUT/<table>/part-*.parquet``.

A run writes a new version folder beside OUT (``.OUT.v-<id>``) and, when complete, points
the symlink OUT at it with one atomic rename; a run killed at any moment leaves the
previous complete output readable, and leftovers of killed runs are removed by the next.
"""
import os
import shutil
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schemas

CHUNK_ROWS = 50_000
CHUNK_BYTES = 32 * 2**20   # documents carry whole texts: bound the buffer by size too
COMPACT_SEGMENTS = 256     # buffered tables are merged into one at this count


class TableWriter:
    """Buffers Arrow tables per table (an article's rows, or slices carried over from a
    previous output) and writes them to part files in bounded chunks, in the order added."""

    def __init__(self, out: Path, tables=tuple(schemas.TABLES)):
        self.out = Path(out)
        self.folder = self.out.parent / f".{self.out.name}.v-{uuid.uuid4().hex[:12]}"
        self.parts: Dict[str, int] = {name: 0 for name in tables}
        self.segments: Dict[str, List[pa.Table]] = {name: [] for name in tables}
        self.sizes: Dict[str, List[int]] = {name: [0, 0] for name in tables}   # rows, bytes
        self.committed = False
        for name in tables:
            (self.folder / name).mkdir(parents=True, exist_ok=True)

    def add_table(self, name: str, table: pa.Table) -> None:
        segments = self.segments[name]
        segments.append(table)
        size = self.sizes[name]
        size[0] += table.num_rows
        size[1] += table.nbytes
        if size[0] >= CHUNK_ROWS or size[1] >= CHUNK_BYTES:
            self.flush(name)
        elif len(segments) >= COMPACT_SEGMENTS:   # many one-article tables cost far more than their rows
            self.segments[name] = [_merged(name, segments).combine_chunks()]

    def flush(self, name: str) -> None:
        segments, self.segments[name], self.sizes[name] = self.segments[name], [], [0, 0]
        if segments or self.parts[name] == 0:
            self.write_table(name, _merged(name, segments))

    def write_table(self, name: str, table: pa.Table) -> None:
        pq.write_table(table, self.folder / name / f"part-{self.parts[name]:05d}.parquet")
        self.parts[name] += 1

    def copy_part(self, name: str, path: Path) -> bool:
        """A stored part file as this table's next part, byte for byte (no decoding and
        encoding); only where nothing is buffered before it (False: add its rows instead)."""
        if self.segments[name]:
            return False
        shutil.copyfile(path, self.folder / name / f"part-{self.parts[name]:05d}.parquet")
        self.parts[name] += 1
        return True

    def part_files(self, name: str) -> List[Path]:
        return part_files(self.folder / name)

    def close(self, skip=()) -> None:
        for name in self.segments:
            if name not in skip:
                self.flush(name)

    def commit(self) -> None:
        """Point OUT at the finished folder atomically, then remove the previous version
        (only a version folder this pipeline made; a user's own folder is never deleted)."""
        self.close()
        previous = os.path.realpath(self.out) if self.out.is_symlink() else None
        if self.out.exists() and not self.out.is_symlink():
            check_output(self.out)
            legacy = self.out.parent / f".{self.out.name}.v-legacy-{uuid.uuid4().hex[:8]}"
            self.out.rename(legacy)
            previous = str(legacy)
        link = self.out.parent / f".{self.out.name}.link-{uuid.uuid4().hex[:8]}"
        link.symlink_to(self.folder.name)
        os.replace(link, self.out)
        self.committed = True
        if previous and _is_version_folder(Path(previous), self.out) and Path(previous) != self.folder.resolve():
            shutil.rmtree(previous, ignore_errors=True)

    def abort(self) -> None:
        if not self.committed:
            shutil.rmtree(self.folder, ignore_errors=True)


class OutputRefused(ValueError):
    """OUT is someone else's folder or a file: the run does not start."""


def check_output(out: Path) -> None:
    """OUT must be new, empty, or an earlier output of this pipeline: never someone's folder."""
    out = Path(out)
    if out.is_dir() and not out.is_symlink() and not (out / "documents").is_dir() and any(out.iterdir()):
        raise OutputRefused(f"{out} exists and is not a pipeline output; choose another --out")
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"{out} exists and is not a folder")


def _is_version_folder(path: Path, out: Path) -> bool:
    return path.parent.resolve() == out.parent.resolve() and path.name.startswith(f".{out.name}.v-")


def remove_leftovers(out: Path) -> None:
    """Version folders and links of killed runs (anything but what OUT points at). A run
    killed while turning a plain OUT folder into a link left it as `.OUT.v-legacy-*`: it
    is put back. Nothing is removed while OUT is missing or points nowhere."""
    out = Path(out)
    legacy = sorted(out.parent.glob(f".{out.name}.v-legacy-*"))
    if not out.exists() and not out.is_symlink() and legacy:
        legacy[-1].rename(out)
    if not out.exists():
        return
    current = os.path.realpath(out)
    for path in out.parent.glob(f".{out.name}.*"):
        if str(path.resolve()) != current and path.name.startswith((f".{out.name}.v-", f".{out.name}.link-")):
            if path.is_symlink() or path.is_file():
                path.unlink(missing_ok=True)
            else:
                shutil.rmtree(path, ignore_errors=True)



def part_files(folder: Path) -> List[Path]:
    return sorted(Path(folder).glob("*.parquet"))


def read_part(path: Path, columns: Optional[Sequence[str]] = None, name: Optional[str] = None) -> pa.Table:
    """One part file (read as a file, not a dataset: no pyarrow.dataset import, which costs
    a short rerun a fifth of a second); with ``name``, cast to that table's schema."""
    table = pq.ParquetFile(path).read(columns=list(columns) if columns else None)
    return _declared(table, name) if name and columns is None else table


def _declared(table: pa.Table, name: str) -> pa.Table:
    """The table with its declared schema (a cast to the same schema still costs: nested
    columns are copied)."""
    schema = schemas.TABLES[name]
    return table if table.schema.equals(schema, check_metadata=True) else table.cast(schema)


def _merged(name: str, segments: List[pa.Table]) -> pa.Table:
    """Buffered tables as one, with the table's declared schema."""
    return pa.concat_tables([_declared(t, name) for t in segments]) if segments else schemas.empty(name)
