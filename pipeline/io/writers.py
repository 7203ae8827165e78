"""Parquet output: each table a dataset folder ``OUT/<table>/part-*.parquet``.

A run writes into a fresh staging folder beside OUT and swaps it in at the end, so a run
killed midway leaves the previous complete output in place.
"""
import shutil
import uuid
from pathlib import Path
from typing import Dict, List

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schemas


class TableWriter:
    """Streams row chunks of every table into part files inside a staging folder."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.staging = self.out.parent / f".{self.out.name}.staging-{uuid.uuid4().hex[:8]}"
        self.parts: Dict[str, int] = {name: 0 for name in schemas.TABLES}
        for name in schemas.TABLES:
            (self.staging / name).mkdir(parents=True, exist_ok=True)

    def write(self, name: str, table: pa.Table) -> None:
        if table.num_rows == 0 and self.parts[name] > 0:
            return
        path = self.staging / name / f"part-{self.parts[name]:05d}.parquet"
        pq.write_table(table, path)
        self.parts[name] += 1

    def commit(self) -> None:
        """Write empty tables where nothing was written, then swap the staging folder in."""
        for name, schema in schemas.TABLES.items():
            if self.parts[name] == 0:
                self.write(name, schema.empty_table())
        old = self.out.parent / f".{self.out.name}.old-{uuid.uuid4().hex[:8]}"
        if self.out.exists():
            self.out.rename(old)
        self.staging.rename(self.out)
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def read_table(out: Path, name: str) -> pa.Table:
    folder = Path(out) / name
    files = sorted(folder.glob("*.parquet"))
    if not files:
        return schemas.TABLES[name].empty_table()
    return pa.concat_tables([pq.read_table(f, schema=schemas.TABLES[name]) for f in files])
