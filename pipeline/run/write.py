"""Write: each batch's rows into the tables, in input order — computed articles' rows as
the workers returned them, carried-over articles' rows copied from the previous output."""
import logging
from typing import Dict, Iterable, List

import pyarrow as pa

from pipeline.io.writers import TableWriter
from pipeline.run.plan import CARRY, FRESH, PER_ARTICLE_TABLES, Planned, PreviousOutput
from pipeline.run.progress import Progress, RunSummary

log = logging.getLogger("pipeline")


def write_batches(results: Iterable[List[Dict[str, pa.Table]]], planned: List[Planned], previous: PreviousOutput,
                  writer: TableWriter, summary: RunSummary, progress: Progress) -> None:
    """``planned`` grows as the backend takes batches; ``results`` come in the same order."""
    stored = StoredRows(writer, previous)
    for computed in results:
        batch = planned.pop(0)
        computed = iter(computed)
        for raw, action in zip(batch.raws, batch.actions):
            if action == CARRY:
                for name in PER_ARTICLE_TABLES:
                    stored.add(name, raw.doc_id)
                summary.carried += 1
            else:
                ok = write_article(stored, next(computed), summary, action != FRESH, raw.doc_id)
                # mentions that may differ from the stored ones: new ones, recomputed ones, or
                # a stored article's dropped because its recomputation failed
                summary.entities_recomputed += int(ok if action == FRESH else action == "entities" or not ok)
        progress.tick(summary)
    stored.close()


def write_article(stored: "StoredRows", article: Dict[str, pa.Table], summary: RunSummary,
                  resumed: bool, doc_id: str) -> bool:
    """A computed article's rows; a recomputed one's unchanged tables are its stored rows.
    False where the article became an error row."""
    doc = article["documents"].select(["path", "status", "error"]).to_pylist()[0] if "documents" in article \
        else {"status": "ok"}   # a recomputed article whose documents row is as stored
    for name in PER_ARTICLE_TABLES:
        if name in article:
            stored.add_computed(name, article[name])
        elif doc["status"] == "ok":
            stored.add(name, doc_id)
    if resumed:
        summary.resumed += 1
    else:
        summary.processed += 1
    if doc["status"] != "ok":
        summary.errors += 1
        log.warning("%s: %s", doc["path"], doc["error"])
        return False
    return True


class StoredRows:
    """Stored rows into the writer, an article at a time, in order; a run of articles that
    covers a whole part file of the previous output is copied as the file (a rerun from a
    later stage, or of unchanged articles, re-encodes none of the tables it keeps)."""

    def __init__(self, writer: TableWriter, previous: PreviousOutput):
        self.writer, self.previous = writer, previous
        self.pending: Dict[str, list] = {}   # table → [part number, first row, end row], not yet added

    def add(self, name: str, doc_id: str) -> None:
        number, start, length = self.previous.locate(name, doc_id)
        if number is None:
            return
        run = self.pending.get(name)
        if run is not None and run[0] == number and run[2] == start:
            run[2] += length
        else:
            self.release(name)
            run = self.pending[name] = [number, start, start + length]
        path = self.previous.whole_part(name, *run)
        if path is not None and self.writer.copy_part(name, path):
            del self.pending[name]

    def add_computed(self, name: str, table: pa.Table) -> None:
        self.release(name)   # stored rows before it go first
        self.writer.add_table(name, table)

    def release(self, name: str) -> None:
        """The pending run's rows into the writer's buffer."""
        run = self.pending.pop(name, None)
        if run is not None:
            number, start, end = run
            self.writer.add_table(name, self.previous.rows(name, number, start, end - start))

    def close(self) -> None:
        for name in list(self.pending):
            self.release(name)
