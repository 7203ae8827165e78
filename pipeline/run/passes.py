"""Run-wide passes: steps over the whole run's tables after every article is written
(entity linking, near-duplicate articles, statements across articles).

A pass reads the per-article tables one part file at a time, so its memory grows with
what it keeps (distinct entities, distinct statements), not with the number of rows, and
writes back by rewriting part files or writing a run-wide table. Passes run in order,
each after the tables of the ones before it are final.
"""
from typing import Callable, Dict, Iterator, List, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schemas, tables
from pipeline.io.writers import TableWriter, part_files, read_part


class RunTables:
    """The run's tables as a pass sees them: read part by part, rewrite, add a table."""

    def __init__(self, writer: TableWriter, previous=None, same_mentions: bool = False):
        self.writer, self.previous = writer, previous   # previous: the last output (run.plan.PreviousOutput)
        self.same_mentions = same_mentions              # every mention is the last output's (a later-stage rerun)

    def previous_parts(self, name: str, columns: Sequence[str]) -> Iterator[pa.Table]:
        """The last output's part files of a table (none without one)."""
        if self.previous is not None and self.previous.out is not None:
            for part in part_files(self.previous.out / name):
                yield read_part(part, columns, name)

    def parts(self, name: str, columns: Optional[Sequence[str]] = None) -> Iterator[pa.Table]:
        for part in self.writer.part_files(name):
            yield read_part(part, columns, name)

    def fill(self, name: str, column: str, values: Callable[[pa.Table], List]) -> Iterator[pa.Table]:
        """Set ``column`` of each part file of a table to ``values(part)`` (a part that holds
        them already is left unwritten); yields each part."""
        for path in self.writer.part_files(name):
            table = read_part(path, name=name)
            index = table.schema.get_field_index(column)
            field = table.schema.field(column)
            filled = pa.array(values(table), field.type)
            if not table.column(index).equals(pa.chunked_array([filled])):   # a part copied with its values is left as it is
                table = table.set_column(index, field, filled)
                pq.write_table(table, path)
            yield table

    def copy_previous(self, name: str) -> None:
        """The last output's table as it was (a run-wide table the pass would make again)."""
        copy_table(self.previous.out, self.writer, name)

    def write(self, name: str, rows: List[dict]) -> None:
        self.writer.write_table(name, tables.to_table(name, rows))


Pass = Callable[[RunTables], None]


def run_passes(writer: TableWriter, passes: Sequence[Pass], run_wide: Sequence[str], previous=None,
               same_mentions: bool = False) -> None:
    """Close the per-article tables, then run each pass; ``run_wide`` are the tables the
    passes write themselves."""
    writer.close(skip=tuple(run_wide))
    run_tables = RunTables(writer, previous, same_mentions)
    for run_pass in passes:
        run_pass(run_tables)


def mapped(key_column: str, ids: Dict[str, str]) -> Callable[[pa.Table], List]:
    """Values for ``RunTables.fill``: each row's key looked up in ``ids`` (None if absent)."""
    return lambda table: [ids.get(k) if k else None for k in table[key_column].to_pylist()]


def carry_run_wide(previous, writer: TableWriter, run_wide: Sequence[str]) -> None:
    """Every article carried over unchanged and none gone: the passes would give what they
    gave last time, and the carried rows already hold their ids, so the previous run-wide
    tables are copied part by part instead."""
    writer.close(skip=tuple(run_wide))
    for name in run_wide:
        copy_table(previous.out, writer, name)


def copy_table(previous_out, writer: TableWriter, name: str) -> None:
    """A table of the last output copied part by part, as files where the schema is the one
    declared (an empty table if it had none)."""
    parts = part_files(previous_out / name)
    for part in parts:
        if not (pq.read_schema(part).equals(schemas.TABLES[name], check_metadata=False) and writer.copy_part(name, part)):
            writer.write_table(name, read_part(part, name=name))
    if not parts:
        writer.write_table(name, tables.to_table(name, []))
