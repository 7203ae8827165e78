"""Plan: what each input article needs, judged against the previous output.

`fresh` (new or changed content: every stage), `carry` (unchanged: its stored rows are
copied), or a stage name (unchanged content, but that stage's version changed or `--from`
asked for it: recomputed from the stored rows of earlier stages). Stored rows are read
one part file at a time (runs meet articles in the order they were written), so memory
does not grow with the size of the output.
"""
import itertools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple, Union

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import schemas
from pipeline.io.writers import part_files, read_part
from pipeline.records import RawArticle, content_sha256
from pipeline.tables import to_ipc
from pipeline.version import first_stale_stage

log = logging.getLogger("pipeline")
PER_ARTICLE_TABLES = ("documents", "sentences", "tokens", "mentions", "dates", "quotes")
FRESH, CARRY = "fresh", "carry"
# The stored tables a recomputation from a stage leaves as they are: the worker reads them,
# the writer copies them from the previous output (they never travel back).
KEPT = {"entities": ("sentences", "tokens"), "dates": ("sentences", "tokens", "mentions"),
        "quotes": ("sentences", "tokens", "mentions", "dates")}
LOADED_PARTS = 3   # part files kept per table: the planner reads ahead of the writer


@dataclass(frozen=True)
class Stored:
    """An article's stored rows of a table: rows ``start:start + length`` of an Arrow IPC
    message that holds the rows of every article of its batch (a pickled slice would carry
    its whole parent table; a message per article cost more to make than to send). Jobs
    that share a message share the bytes object, which pickle sends once; a batch re-sent
    job by job after a worker died sends it with each job (more data, only in a rescue)."""
    message: bytes
    start: int
    length: int


@dataclass(frozen=True)
class Resume:
    """A stored article to recompute from ``stage`` on, with its stored rows."""
    doc_id: str
    path: str
    stage: str
    stored: Dict[str, Stored]


Job = Union[RawArticle, Resume]


def batches(items, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class PreviousOutput:
    """The last complete output: which articles it holds, under which content and versions."""

    def __init__(self, out: Optional[Path], forced: Optional[str] = None):
        self.out, self.forced = Path(out) if out else None, forced
        self.index: Dict[str, tuple] = {}
        self.where: Dict[str, Dict[str, tuple]] = {}   # table → doc_id → (part, first row, rows)
        self.loaded: Dict[str, Dict[int, pa.Table]] = {}   # table → part number → its table
        self.files: Dict[str, List[Path]] = {}
        self.lengths: Dict[str, List[int]] = {}   # table → each part file's row count
        if self.out is not None and (self.out / "documents").is_dir():
            try:
                for part in part_files(self.out / "documents"):
                    table = read_part(part, columns=["doc_id", "sha256", "pipeline_version", "status"])
                    for doc_id, sha, version, status in zip(*(table[c].to_pylist() for c in table.column_names)):
                        if status == "ok":
                            self.index[doc_id] = (sha, version)
            except Exception as exc:   # an unreadable previous output only costs a full run
                log.warning("previous output not reusable: %s", exc)

    def action(self, raw: RawArticle) -> str:
        """FRESH, CARRY, or the stage to recompute from."""
        entry = self.index.get(raw.doc_id)
        if raw.error or entry is None or entry[0] != content_sha256(raw):
            return FRESH
        stale = first_stale_stage(entry[1], self.forced)
        if stale is None:
            return CARRY
        return FRESH if stale in ("ingest", "tokens") else stale

    def jobs(self, raws: List[RawArticle], actions: List[str]) -> List[Job]:
        """What a worker gets for each article of a batch that is not carried over: a fresh
        article itself; a stored one with its rows of the tables its stage reads."""
        jobs = [raw if action == FRESH else Resume(raw.doc_id, raw.path, action, {})
                for raw, action in zip(raws, actions) if action != CARRY]
        resumed = [job for job in jobs if isinstance(job, Resume)]
        for name in ("documents", *KEPT["quotes"]):
            readers = [job for job in resumed if name == "documents" or name in KEPT[job.stage]]
            for job, rows in zip(readers, self.stored(name, [job.doc_id for job in readers]) if readers else ()):
                job.stored[name] = rows
        return jobs

    def stored(self, name: str, doc_ids: List[str]) -> List[Stored]:
        """The articles' stored rows of a table, in one message (an article's rows are
        contiguous, in one part; articles written one after another are read as one slice)."""
        runs, lengths = [], []
        for doc_id in doc_ids:
            number, start, length = self.locate(name, doc_id)
            lengths.append(length)
            if number is None:
                continue
            if runs and runs[-1][0] == number and runs[-1][1] + runs[-1][2] == start:
                runs[-1][2] += length
            else:
                runs.append([number, start, length])
        table = pa.concat_tables([self.rows(name, *run) for run in runs]) if runs else schemas.empty(name)
        message, starts = to_ipc(table), itertools.accumulate(lengths, initial=0)
        return [Stored(message, start, length) for start, length in zip(starts, lengths)]

    def locate(self, name: str, doc_id: str) -> Tuple[Optional[int], int, int]:
        """(part number, first row, row count) of an article's stored rows of a table;
        (None, 0, 0) where it has none."""
        if name not in self.where:
            self.files[name], self.where[name], self.lengths[name] = part_files(self.out / name), {}, []
            for number, path in enumerate(self.files[name]):
                ids = read_part(path, columns=["doc_id"])["doc_id"]
                self.where[name].update((d, (number, *run)) for d, run in _runs(ids).items())
                self.lengths[name].append(len(ids))
        return self.where[name].get(doc_id, (None, 0, 0))

    def rows(self, name: str, number: int, start: int, length: int) -> pa.Table:
        """Rows of a stored part file, read once for the articles that follow in it."""
        loaded = self.loaded.setdefault(name, {})
        if number not in loaded:
            if len(loaded) >= LOADED_PARTS:
                del loaded[min(loaded)]   # runs meet articles in the order they were written
            loaded[number] = read_part(self.files[name][number], name=name)
        return loaded[number].slice(start, length)

    def whole_part(self, name: str, number: int, start: int, end: int) -> Optional[Path]:
        """The part file when rows ``start:end`` are all of it and it has the declared schema
        (then it can be copied as a file), else None."""
        if start != 0 or end != self.lengths[name][number]:
            return None
        path = self.files[name][number]
        return path if pq.read_schema(path).equals(schemas.TABLES[name], check_metadata=False) else None


def _runs(doc_ids: pa.ChunkedArray) -> Dict[str, tuple]:
    """doc_id → (first row, row count) of each contiguous run."""
    if len(doc_ids) == 0:
        return {}
    encoded = pc.run_end_encode(doc_ids.combine_chunks())
    runs, start = {}, 0
    for doc_id, end in zip(encoded.values.to_pylist(), encoded.run_ends.to_pylist()):
        runs[doc_id] = (start, end - start)
        start = end
    return runs


@dataclass
class Planned:
    """A batch of input articles, what each needs, and the jobs sent to a worker."""
    raws: List[RawArticle]
    actions: List[str]

    def jobs(self, previous: PreviousOutput) -> List[Job]:
        return previous.jobs(self.raws, self.actions)


def plan_batches(raws: Iterator[RawArticle], previous: PreviousOutput, size: int) -> Iterator[Planned]:
    """The input in batches, each article with its action."""
    for batch in batches(raws, size):
        yield Planned(batch, [previous.action(raw) for raw in batch])
