"""Compute: what a worker does with a batch of jobs, on any backend.

A worker keeps its models for its lifetime and loads each on first use: a batch of
unchanged articles recomputed from the quotes or dates stage loads no neural tagger.
Each article's rows go back as Arrow tables, in the order of the jobs. The stages are
imported by the workers, not by the run's process: they import them side by side while
the run reads the previous output.
"""
import functools
import gc
from dataclasses import replace
from typing import Dict, List

import pyarrow as pa

from pipeline import tables
from pipeline.models import load_models, morph_analyzer, morph_forms, pin_blas_threads
from pipeline.records import Article, DateMention, Document, Mention, RawArticle, Sentence, Token
from pipeline.run.plan import KEPT, Job, Resume, Stored
from pipeline.version import pipeline_version

GC_THRESHOLD = 50_000
Tables = Dict[str, pa.Table]   # one article's rows of each per-article table


@functools.lru_cache(maxsize=1)
def init_worker() -> None:
    """Once per process that computes (a worker, or the run's own process with one worker):
    one BLAS thread, so every mode gives the same numbers and the cores go to the workers;
    the cyclic garbage collector runs less often (the stages make millions of small acyclic
    objects, and a collection every 700 of them cost 8% of a run)."""
    pin_blas_threads()
    gc.set_threshold(GC_THRESHOLD, 20, 100)
    stages()
    morph_analyzer()   # every stage needs morphology; the neural taggers load when a stage asks


def stages():
    """The stages' module, imported in the worker."""
    from pipeline import process

    return process


@functools.lru_cache(maxsize=1)
def lemmatizer():
    from pipeline.stages.tokens import make_lemmatizer

    return make_lemmatizer(morph_forms)


def work(jobs: List[Job]) -> List[Tables]:
    """One batch: fresh articles through every stage (tagged together), stored ones from
    their stage on."""
    init_worker()
    raws = [job for job in jobs if isinstance(job, RawArticle)]
    fresh = iter(stages().process_batch(raws, load_models(), lemmatizer()) if raws else ())
    resumed = iter(resume_batch([job for job in jobs if isinstance(job, Resume)]))
    return Packed(article_tables(next(fresh)) if isinstance(job, RawArticle) else next(resumed) for job in jobs)


class Packed(list):
    """A batch's per-article tables that travel back as one table per name: a small Arrow
    table pickles at a fixed cost of about half a millisecond, sixteen articles' rows in one
    at little more. They arrive as the same list of per-article tables (slices of the one)."""

    def __reduce__(self):
        layout = [[(name, table.num_rows) for name, table in article.items()] for article in self]
        names = {name: None for article in self for name in article}
        try:
            packed = {name: pa.concat_tables([a[name] for a in self if name in a]) for name in names}
        except pa.ArrowInvalid:   # tables that do not concatenate (never with the declared schemas) go one by one
            return list, (list(self),)
        return _unpacked, (packed, layout)


def _unpacked(packed: Dict[str, pa.Table], layout: List[List[tuple]]) -> List[Tables]:
    offsets, out = dict.fromkeys(packed, 0), []
    for article in layout:
        out.append({name: packed[name].slice(offsets[name], rows) for name, rows in article})
        for name, rows in article:
            offsets[name] += rows
    return out


RECORDS = (("sentences", Sentence), ("tokens", Token), ("mentions", Mention), ("dates", DateMention))


def resume_batch(jobs: List[Resume]) -> List[Tables]:
    """Stored articles recomputed from their stages (no tagger runs: the NER spans are
    stored with the document). A failure becomes that article's error row."""
    messages = Messages()   # each message decoded once: the batch's jobs share it
    gc.disable()   # a batch makes a million small acyclic objects: the young generations are collected once, after it
    try:
        return [resumed(job, messages) for job in jobs]
    finally:
        gc.enable()
        gc.collect(1)


class Messages:
    """The stored messages of a batch, each decoded to a table and to records once."""

    def __init__(self):
        self.tables: Dict[int, pa.Table] = {}
        self.records: Dict[int, list] = {}

    def rows(self, stored: Stored) -> pa.Table:
        return self._table(stored).slice(stored.start, stored.length)

    def records_of(self, cls, stored: Stored) -> list:
        if id(stored.message) not in self.records:   # one conversion for the whole batch: no per-article overhead
            self.records[id(stored.message)] = tables.records_from_table(cls, self._table(stored))
        return self.records[id(stored.message)][stored.start:stored.start + stored.length]

    def _table(self, stored: Stored) -> pa.Table:
        if id(stored.message) not in self.tables:
            self.tables[id(stored.message)] = tables.from_ipc(stored.message)
        return self.tables[id(stored.message)]


def resumed(job: Resume, messages: Messages) -> Tables:
    try:
        row = messages.rows(job.stored["documents"]).to_pylist()[0]
        doc = tables.document_from_row(row)
        records = {name: messages.records_of(cls, job.stored[name]) if name in job.stored else []
                   for name, cls in RECORDS}
        article = stages().resume(job.stage, doc, records["sentences"], records["tokens"], records["mentions"], records["dates"])
        # the usual case: the documents row comes out as stored, so the writer copies it (with its run-wide marks)
        as_stored = article.document == doc and row["pipeline_version"] == pipeline_version()
        return article_tables(article, [n for n in tables.RECORD_TABLES if n not in KEPT[job.stage]],   # the writer copies the rest
                              document=not as_stored)
    except Exception as exc:   # one bad stored article must not stop the run
        error = f"recompute from {job.stage} failed: {type(exc).__name__}: {exc}"
        return article_tables(Article(Document(job.doc_id, job.path, "", status="error", error=error)))


def article_tables(article: Article, only=tables.RECORD_TABLES, document: bool = True) -> Tables:
    """One article's rows as Arrow tables; a failure to convert gives an error row instead."""
    try:
        return tables.article_tables(article, only, document)
    except Exception as exc:
        doc = replace(article.document, status="error", error=f"tables failed: {type(exc).__name__}: {exc}")
        return tables.article_tables(Article(doc))


def lost_job(job: Job) -> Tables:
    """The rows of an article whose worker died computing it, twice: its error row."""
    error = "the worker computing this article was lost twice (killed or crashed); the article is left out"
    return article_tables(Article(Document(job.doc_id, job.path, "", status="error", error=error)))
