"""A batch run: walk the input, process articles in batches (in worker processes), carry
over unchanged articles from the previous output, link entities run-wide, write tables.
The only module that schedules work."""
import logging
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import backends, tables
from pipeline.io import readers, writers
from pipeline.models import load_models, pin_blas_threads
from pipeline.process import process_batch, resume
from pipeline.records import Article, DateMention, Mention, RawArticle, Sentence, Token
from pipeline.stages import linking
from pipeline.stages.ingest import content_sha256
from pipeline.stages.tokens import make_lemmatizer
from pipeline.version import first_stale_stage

log = logging.getLogger("pipeline")
BATCH_SIZE = 16
PER_ARTICLE_TABLES = ("documents", "sentences", "tokens", "mentions", "dates", "quotes")


@dataclass
class RunSummary:
    processed: int = 0
    carried: int = 0
    resumed: int = 0
    errors: int = 0
    seconds: float = 0.0

    def __str__(self):
        resumed = f"{self.resumed} recomputed from a later stage, " if self.resumed else ""
        return (f"{self.processed} articles processed, {self.carried} unchanged and carried over, {resumed}"
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


def init_models() -> None:
    """Load the models once per process."""
    if not _WORKER:
        models = load_models()
        _WORKER.update(models=models, lemmatize=make_lemmatizer(models.morph_vocab))


def init_worker() -> None:
    """A worker process: one BLAS thread (the machine's cores go to the other workers)."""
    pin_blas_threads()
    init_models()


def work(raws: List[RawArticle]) -> List[Article]:
    if not _WORKER:
        init_worker()
    return process_batch(raws, _WORKER["models"], _WORKER["lemmatize"])


# ------------------------------------------------------------------ carry-over

class PreviousOutput:
    """The last complete output: which articles it holds, under which content and versions."""

    def __init__(self, out: Path, forced: Optional[str] = None):
        self.out, self.forced, self.tables = Path(out), forced, {}
        self.index: Dict[str, tuple] = {}
        docs = self.out / "documents"
        if docs.is_dir():
            try:
                table = pq.read_table(docs, columns=["doc_id", "sha256", "pipeline_version", "status"])
                for doc_id, sha, version, status in zip(*(table[c].to_pylist() for c in table.column_names)):
                    if status == "ok":
                        self.index[doc_id] = (sha, version)
            except Exception as exc:   # an unreadable previous output only costs a full run
                log.warning("previous output not reusable: %s", exc)

    def action(self, raw: RawArticle) -> str:
        """'carry' (unchanged), 'fresh' (compute all), or the stage to recompute from."""
        entry = self.index.get(raw.doc_id)
        if raw.error or entry is None or entry[0] != content_sha256(raw):
            return "fresh"
        stale = first_stale_stage(entry[1], self.forced)
        if stale is None:
            return "carry"
        return "fresh" if stale in ("ingest", "tokens") else stale

    def article(self, name: str, doc_id: str) -> pa.Table:
        """One article's stored rows of a table (rows of an article are contiguous)."""
        if name not in self.tables:
            table = writers.read_table(self.out, name)
            self.tables[name] = (table, _runs(table["doc_id"].to_pylist()))
        table, runs = self.tables[name]
        start, length = runs.get(doc_id, (0, 0))
        return table.slice(start, length)


def _runs(doc_ids: List[str]) -> Dict[str, tuple]:
    """doc_id → (first row, row count) of each contiguous run."""
    runs, start = {}, 0
    for i in range(1, len(doc_ids) + 1):
        if i == len(doc_ids) or doc_ids[i] != doc_ids[start]:
            runs[doc_ids[start]] = (start, i - start)
            start = i
    return runs


def resume_article(stage: str, rows: Dict[str, List[dict]]) -> Article:
    """An unchanged article recomputed from ``stage`` on, from its stored rows."""
    doc = tables.document_from_row(rows["documents"][0])
    records = {name: tables.records_from_rows(cls, rows[name])
               for name, cls in (("sentences", Sentence), ("tokens", Token), ("mentions", Mention), ("dates", DateMention))}
    models = None
    if stage == "entities":
        init_models()
        models = _WORKER["models"]
    return resume(stage, doc, records["sentences"], records["tokens"], records["mentions"], records["dates"], models)


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
    writer.close(skip=("entities",))
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
    """A progress bar with articles/s and ETA on a terminal; a log line every few seconds
    otherwise (files and logs stay readable)."""

    def __init__(self, total: Optional[int] = None, every: float = 10.0):
        self.started = self.last = time.monotonic()
        self.every, self.done, self.bar = every, 0, None
        if sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="art", smoothing=0.1)

    def tick(self, summary: RunSummary) -> None:
        done = summary.processed + summary.carried + summary.resumed
        if self.bar is not None:
            self.bar.update(done - self.done)
            self.bar.set_postfix(errors=summary.errors)
        elif time.monotonic() - self.last >= self.every:
            rate = done / (time.monotonic() - self.started)
            log.info("%d articles (%.1f/s), %d errors", done, rate, summary.errors)
            self.last = time.monotonic()
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write_article(writer, rows) -> None:
    for name in PER_ARTICLE_TABLES:
        writer.add(name, rows[name])


def run(input_dir: Path, out: Path, workers: Optional[int] = None, incremental: bool = True,
        dask: Optional[str] = None, from_stage: Optional[str] = None) -> RunSummary:
    started, summary = time.monotonic(), RunSummary()
    progress = Progress(readers.count_articles(input_dir) if sys.stderr.isatty() else None)
    workers = workers or os.cpu_count() or 1
    writers.check_output(out)
    writers.remove_leftovers(out)
    previous = PreviousOutput(out if incremental else Path("/nonexistent"), forced=from_stage)
    writer = writers.TableWriter(out)
    plans = []

    def fresh_batches():
        for batch in batches(readers.read_folder(input_dir), BATCH_SIZE):
            actions = [previous.action(raw) for raw in batch]
            plans.append((batch, actions))
            yield [raw for raw, action in zip(batch, actions) if action == "fresh"]

    backend = backends.dask(dask, workers) if dask else backends.local(workers)
    try:
        with backend as (submit, slots):
            _consume(backends.run_batches(work, fresh_batches(), submit, slots), plans, previous, writer, summary, progress)
        progress.close()
        link_entities(writer)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    summary.seconds = time.monotonic() - started
    return summary


def _consume(results, plans, previous, writer, summary, progress) -> None:
    """Write each batch's rows in input order: fresh, carried-over and resumed articles'."""
    for articles in results:
        batch, actions = plans.pop(0)
        by_id = {a.document.doc_id: a for a in articles}
        for raw, action in zip(batch, actions):
            if action == "carry":
                for name in PER_ARTICLE_TABLES:
                    writer.add_table(name, previous.article(name, raw.doc_id))
                summary.carried += 1
            elif action == "fresh":
                _write_fresh(writer, by_id[raw.doc_id], summary)
            else:
                _write_fresh(writer, _resumed(previous, raw, action), summary)
                summary.processed, summary.resumed = summary.processed - 1, summary.resumed + 1
        progress.tick(summary)


def _resumed(previous: PreviousOutput, raw: RawArticle, stage: str) -> Article:
    """An article recomputed from ``stage``; a failure becomes its error row."""
    try:
        stored = {name: previous.article(name, raw.doc_id).to_pylist() for name in PER_ARTICLE_TABLES}
        return resume_article(stage, stored)
    except Exception as exc:   # one bad stored article must not stop the run
        from pipeline.records import Document
        error = f"recompute from {stage} failed: {type(exc).__name__}: {exc}"
        return Article(Document(raw.doc_id, raw.path, "", status="error", error=error))


def _write_fresh(writer, article: Article, summary: RunSummary) -> None:
    rows, article = article_rows(article)
    _write_article(writer, rows)
    summary.processed += 1
    if article.document.status != "ok":
        summary.errors += 1
        log.warning("%s: %s", article.document.path, article.document.error)
