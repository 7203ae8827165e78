"""A batch run: walk the input, process articles in batches (in worker processes), carry
over unchanged articles from the previous output, link entities run-wide, write tables.
The only module that schedules work."""
import logging
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import tables
from pipeline.io import readers, writers
from pipeline.models import load_models, pin_blas_threads
from pipeline.process import process_batch
from pipeline.records import Article, RawArticle
from pipeline.stages import linking
from pipeline.stages.ingest import content_sha256
from pipeline.stages.tokens import make_lemmatizer
from pipeline.version import pipeline_version

log = logging.getLogger("pipeline")
BATCH_SIZE = 16
PER_ARTICLE_TABLES = ("documents", "sentences", "tokens", "mentions", "dates", "quotes")


@dataclass
class RunSummary:
    processed: int = 0
    carried: int = 0
    errors: int = 0
    seconds: float = 0.0

    def __str__(self):
        return (f"{self.processed} articles processed, {self.carried} unchanged and carried over, "
                f"{self.errors} with errors, in {self.seconds:.1f} s")


def batches(items, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# ------------------------------------------------------------------ workers

_WORKER = {}


def init_worker() -> None:
    """Load the models once per worker process."""
    pin_blas_threads()
    models = load_models()
    _WORKER.update(models=models, lemmatize=make_lemmatizer(models.morph_vocab))


def work(raws: List[RawArticle]) -> List[Article]:
    if not _WORKER:
        init_worker()
    return process_batch(raws, _WORKER["models"], _WORKER["lemmatize"])


def processed_batches(raw_batches, workers: int) -> Iterator[List[Article]]:
    """Articles of each batch, in input order; at most 2 batches per worker in flight."""
    if workers <= 1:
        yield from map(work, raw_batches)
        return
    with ProcessPoolExecutor(workers, initializer=init_worker) as pool:
        pending = []   # futures, or [] for a batch with nothing to compute (no worker started)
        for batch in raw_batches:
            pending.append(pool.submit(work, batch) if batch else [])
            if len(pending) >= 2 * workers:
                yield _result(pending.pop(0))
        for item in pending:
            yield _result(item)


def _result(item) -> List[Article]:
    return item if isinstance(item, list) else item.result()


# ------------------------------------------------------------------ carry-over

class PreviousOutput:
    """The last complete output: which articles it holds, under which content and version."""

    def __init__(self, out: Path):
        self.out, self.tables = Path(out), {}
        self.index: Dict[str, str] = {}
        docs = self.out / "documents"
        if docs.is_dir():
            try:
                table = pq.read_table(docs, columns=["doc_id", "sha256", "pipeline_version", "status"])
                for doc_id, sha, version, status in zip(*(table[c].to_pylist() for c in table.column_names)):
                    if status == "ok" and version == pipeline_version():
                        self.index[doc_id] = sha
            except Exception as exc:   # an unreadable previous output only costs a full run
                log.warning("previous output not reusable: %s", exc)

    def unchanged(self, raw: RawArticle) -> bool:
        return raw.error is None and self.index.get(raw.doc_id) == content_sha256(raw)

    def rows(self, name: str, doc_ids: List[str]) -> pa.Table:
        if name not in self.tables:
            self.tables[name] = writers.read_table(self.out, name)
        table = self.tables[name]
        return table.filter(pc.is_in(table["doc_id"], pa.array(doc_ids)))


# ------------------------------------------------------------------ tables

def article_rows(article: Article):
    """Rows of one article; a failure to convert gives an error row instead."""
    try:
        rows = tables.article_rows(article)
        for name in PER_ARTICLE_TABLES:
            tables.to_table(name, rows[name])   # validates types before anything is written
        return rows, article
    except Exception as exc:
        doc = replace(article.document, status="error", error=f"tables failed: {type(exc).__name__}: {exc}")
        article = Article(doc)
        return tables.article_rows(article), article


def link_entities(writer: writers.TableWriter) -> None:
    """Run-wide entity ids: read back mention keys, link, rewrite mentions and quotes with ids."""
    writer.close()
    keys = []
    for part in writer.part_files("mentions"):
        t = pq.read_table(part, columns=["doc_id", "text", "entity_key"])
        keys += [dict(zip(("doc_id", "text", "entity_key"), r)) for r in zip(*(c.to_pylist() for c in t.columns))]
    ids, entity_rows = linking.entity_rows(keys)
    _rewrite(writer, "mentions", "entity_key", "entity_id", ids)
    _rewrite(writer, "quotes", "speaker_key", "speaker_entity_id", ids)
    writer.write_table("entities", tables.to_table("entities", entity_rows))


def _rewrite(writer, name: str, key_column: str, id_column: str, ids: Dict[str, str]) -> None:
    for part in writer.part_files(name):
        table = pq.read_table(part, schema=tables.schemas.TABLES[name])
        values = [ids.get(k) if k else None for k in table[key_column].to_pylist()]
        index = table.schema.get_field_index(id_column)
        table = table.set_column(index, table.schema.field(id_column), pa.array(values, pa.string()))
        pq.write_table(table, part)


# ------------------------------------------------------------------ the run

class Progress:
    """A log line every few seconds: articles done, rate."""

    def __init__(self, every: float = 10.0):
        self.started = self.last = time.monotonic()
        self.every = every

    def tick(self, summary: RunSummary) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            done = summary.processed + summary.carried
            log.info("%d articles (%.1f/s), %d errors", done, done / (now - self.started), summary.errors)
            self.last = now


def _write_article(writer, rows) -> None:
    for name in PER_ARTICLE_TABLES:
        writer.add(name, rows[name])


def run(input_dir: Path, out: Path, workers: Optional[int] = None, incremental: bool = True) -> RunSummary:
    pin_blas_threads()
    started, summary, progress = time.monotonic(), RunSummary(), Progress()
    workers = workers or os.cpu_count() or 1
    writers.remove_leftovers(out)
    previous = PreviousOutput(out if incremental else Path("/nonexistent"))
    writer = writers.TableWriter(out)
    plans = []

    def fresh_batches():
        for batch in batches(readers.read_folder(input_dir), BATCH_SIZE):
            keep = [previous.unchanged(raw) for raw in batch]
            plans.append((batch, keep))
            yield [raw for raw, k in zip(batch, keep) if not k]

    try:
        for articles in processed_batches(fresh_batches(), workers):
            batch, keep = plans.pop(0)
            by_id = {a.document.doc_id: a for a in articles}
            carried = previous_rows(previous, [raw.doc_id for raw, k in zip(batch, keep) if k])
            for raw, k in zip(batch, keep):
                if k:
                    _write_article(writer, carried[raw.doc_id])
                    summary.carried += 1
                    continue
                rows, article = article_rows(by_id[raw.doc_id])
                _write_article(writer, rows)
                summary.processed += 1
                if article.document.status != "ok":
                    summary.errors += 1
                    log.warning("%s: %s", article.document.path, article.document.error)
            progress.tick(summary)
        link_entities(writer)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    summary.seconds = time.monotonic() - started
    return summary


def previous_rows(previous: PreviousOutput, doc_ids: List[str]) -> Dict[str, Dict[str, List[dict]]]:
    """Each carried article's rows in every per-article table, from the previous output."""
    rows = {doc_id: {name: [] for name in PER_ARTICLE_TABLES} for doc_id in doc_ids}
    if doc_ids:
        for name in PER_ARTICLE_TABLES:
            for row in previous.rows(name, doc_ids).to_pylist():
                rows[row["doc_id"]][name].append(row)
    return rows
