"""A batch run: walk the input, process articles in batches (in worker processes), carry
over unchanged articles from the previous output, link entities run-wide, write tables.
The only module that schedules work."""
import logging
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Union

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import backends, schemas, tables
from pipeline.io import readers, writers
from pipeline.models import load_models, pin_blas_threads
from pipeline.process import process_batch, resume
from pipeline.records import Article, DateMention, Document, Mention, RawArticle, Sentence, Token
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


@dataclass(frozen=True)
class Resume:
    """A stored article to recompute from ``stage`` on; its stored rows travel as Arrow IPC
    bytes (a pickled slice would carry its whole parent table)."""
    doc_id: str
    path: str
    stage: str
    stored: Dict[str, bytes]


Job = Union[RawArticle, Resume]
Tables = Dict[str, pa.Table]   # one article's rows of each per-article table


def work(jobs: List[Job]) -> List[Tables]:
    """One batch on a worker: fresh articles through every stage (tagged together), stored
    ones from their stage on; each article's rows as Arrow tables, in the order of ``jobs``."""
    if not _WORKER:
        init_worker()
    raws = [job for job in jobs if isinstance(job, RawArticle)]
    fresh = iter(process_batch(raws, _WORKER["models"], _WORKER["lemmatize"]) if raws else ())
    return [article_tables(next(fresh) if isinstance(job, RawArticle) else _resumed(job)) for job in jobs]


def to_ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as stream:
        stream.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


# ------------------------------------------------------------------ carry-over

class PreviousOutput:
    """The last complete output: which articles it holds, under which content and versions.
    Stored rows are read one part file at a time (runs meet articles in the order they were
    written), so memory does not grow with the size of the output."""

    def __init__(self, out: Path, forced: Optional[str] = None):
        self.out, self.forced = Path(out), forced
        self.index: Dict[str, tuple] = {}
        self.where: Dict[str, Dict[str, tuple]] = {}   # table → doc_id → (part, first row, rows)
        self.loaded: Dict[str, tuple] = {}             # table → (part, its table)
        self.files: Dict[str, List[Path]] = {}
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

    def resume_job(self, raw: RawArticle, stage: str) -> Resume:
        stored = {name: to_ipc(self.article(name, raw.doc_id)) for name in PER_ARTICLE_TABLES}
        return Resume(raw.doc_id, raw.path, stage, stored)

    def article(self, name: str, doc_id: str) -> pa.Table:
        """One article's stored rows of a table (an article's rows are contiguous, in one part)."""
        if name not in self.where:
            self.files[name] = sorted((self.out / name).glob("*.parquet"))
            self.where[name] = {}
            for number, path in enumerate(self.files[name]):
                ids = pq.read_table(path, columns=["doc_id"])["doc_id"].to_pylist()
                self.where[name].update((d, (number, *run)) for d, run in _runs(ids).items())
        number, start, length = self.where[name].get(doc_id, (None, 0, 0))
        if number is None:
            return schemas.TABLES[name].empty_table()
        if self.loaded.get(name, (None,))[0] != number:
            self.loaded[name] = (number, pq.read_table(self.files[name][number], schema=schemas.TABLES[name]))
        return self.loaded[name][1].slice(start, length)


def _runs(doc_ids: List[str]) -> Dict[str, tuple]:
    """doc_id → (first row, row count) of each contiguous run."""
    runs, start = {}, 0
    for i in range(1, len(doc_ids) + 1):
        if i == len(doc_ids) or doc_ids[i] != doc_ids[start]:
            runs[doc_ids[start]] = (start, i - start)
            start = i
    return runs


def resume_article(stage: str, rows: Dict[str, List[dict]]) -> Article:
    """An unchanged article recomputed from ``stage``, from its stored rows."""
    doc = tables.document_from_row(rows["documents"][0])
    records = {name: tables.records_from_rows(cls, rows[name])
               for name, cls in (("sentences", Sentence), ("tokens", Token), ("mentions", Mention), ("dates", DateMention))}
    models = None
    if stage == "entities":
        init_models()
        models = _WORKER["models"]
    return resume(stage, doc, records["sentences"], records["tokens"], records["mentions"], records["dates"], models)


def _resumed(job: Resume) -> Article:
    """A stored article recomputed from its stage; a failure becomes its error row."""
    try:
        return resume_article(job.stage, {name: from_ipc(data).to_pylist() for name, data in job.stored.items()})
    except Exception as exc:   # one bad stored article must not stop the run
        error = f"recompute from {job.stage} failed: {type(exc).__name__}: {exc}"
        return Article(Document(job.doc_id, job.path, "", status="error", error=error))


# ------------------------------------------------------------------ tables

def article_tables(article: Article) -> Tables:
    """One article's rows as Arrow tables; a failure to convert gives an error row instead."""
    try:
        return tables.article_tables(article)
    except Exception as exc:
        doc = replace(article.document, status="error", error=f"tables failed: {type(exc).__name__}: {exc}")
        return tables.article_tables(Article(doc))


def link_entities(writer: writers.TableWriter) -> None:
    """Run-wide entity ids, one part file at a time (memory grows with the number of
    distinct entities, not of mentions): sum each key's mentions and aliases, link the keys,
    write the ids into mentions and quotes, and count each entity's documents."""
    writer.close(skip=("entities",))
    stats: Dict[str, linking.KeyStats] = {}
    for part in writer.part_files("mentions"):
        grouped = pq.read_table(part, columns=["text", "entity_key"]).group_by("entity_key").aggregate(
            [("text", "distinct"), ("text", "count")])
        for key, aliases, count in zip(*(grouped[c].to_pylist() for c in ("entity_key", "text_distinct", "text_count"))):
            st = stats.setdefault(key, linking.KeyStats())
            st.aliases.update(aliases)
            st.n_mentions += count
    linked = linking.link(stats)
    ids = {key: entity[0] for key, entity in linked.items()}
    n_docs: Dict[str, int] = {}
    for table in _rewrite(writer, "mentions", "entity_key", "entity_id", ids):
        grouped = table.group_by("entity_id").aggregate([("doc_id", "count_distinct")])
        for eid, count in zip(grouped["entity_id"].to_pylist(), grouped["doc_id_count_distinct"].to_pylist()):
            if eid is not None:   # an article's rows lie in one part: per-part counts add up
                n_docs[eid] = n_docs.get(eid, 0) + count
    for _ in _rewrite(writer, "quotes", "speaker_key", "speaker_entity_id", ids):
        pass
    writer.write_table("entities", tables.to_table("entities", linking.entity_rows(stats, linked, n_docs)))


def _rewrite(writer, name: str, key_column: str, id_column: str, ids: Dict[str, str]) -> Iterator[pa.Table]:
    """Each part file of a table with ``id_column`` filled from ``key_column``; yields each rewritten part."""
    for part in writer.part_files(name):
        table = pq.read_table(part, schema=tables.schemas.TABLES[name])
        values = [ids.get(k) if k else None for k in table[key_column].to_pylist()]
        index = table.schema.get_field_index(id_column)
        table = table.set_column(index, table.schema.field(id_column), pa.array(values, pa.string()))
        pq.write_table(table, part)
        yield table


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

    def job_batches():
        for batch in batches(readers.read_folder(input_dir), BATCH_SIZE):
            actions = [previous.action(raw) for raw in batch]
            plans.append((batch, actions))
            yield [raw if action == "fresh" else previous.resume_job(raw, action)
                   for raw, action in zip(batch, actions) if action != "carry"]

    backend = backends.dask(dask, workers) if dask else backends.local(workers)
    try:
        with backend as (submit, slots):
            _consume(backends.run_batches(work, job_batches(), submit, slots), plans, previous, writer, summary, progress)
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
    for computed in results:
        batch, actions = plans.pop(0)
        computed = iter(computed)
        for raw, action in zip(batch, actions):
            if action == "carry":
                for name in PER_ARTICLE_TABLES:
                    writer.add_table(name, previous.article(name, raw.doc_id))
                summary.carried += 1
                continue
            _write_computed(writer, next(computed), summary)
            if action != "fresh":
                summary.processed, summary.resumed = summary.processed - 1, summary.resumed + 1
        progress.tick(summary)


def _write_computed(writer, article: Tables, summary: RunSummary) -> None:
    for name in PER_ARTICLE_TABLES:
        writer.add_table(name, article[name])
    summary.processed += 1
    doc = article["documents"].select(["path", "status", "error"]).to_pylist()[0]
    if doc["status"] != "ok":
        summary.errors += 1
        log.warning("%s: %s", doc["path"], doc["error"])
