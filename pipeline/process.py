"""The stages wired together for a batch of articles: records in, Articles out.

Nothing here touches the disk; errors in one article become that article's error.
"""
import importlib
import signal
import threading
from contextlib import contextmanager
from dataclasses import replace
from typing import List, Sequence

from pipeline.records import Article, Document, RawArticle

# a rule stage (entities, dates, quotes) taking longer on one article is a bug (a loop, a
# regular expression gone exponential): the article records it as its error and the batch goes on
STAGE_SECONDS = 120.0


class StageTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise StageTimeout in the block after ``seconds``; where no timer signal can be had
    (not the main thread, no SIGALRM), no limit."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise StageTimeout(f"over {seconds:g} s on this article")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def stage(name: str):
    """A stage's module, imported on first use: a rerun from quotes never compiles the date
    rules nor loads what only the taggers' stages need."""
    return importlib.import_module(f"pipeline.stages.{name}")


def _failed(doc: Document, stage: str, exc: BaseException) -> Document:
    reason = f"{stage} failed: {type(exc).__name__}: {exc}"
    return replace(doc, status="error", error=reason)


def ingest_all(raws: Sequence[RawArticle]) -> List[Document]:
    docs = []
    for raw in raws:
        try:
            docs.append(stage("ingest").ingest(raw, stage("names").is_person_name))
        except Exception as exc:   # a bad article must never stop the batch
            docs.append(_failed(Document(raw.doc_id, raw.path, ""), "ingest", exc))
    return docs


def analyze_one(doc: Document, sents, toks, mentions=(), found_dates=(), start: str = "entities") -> Article:
    """Entities, dates and quotes of one article, from stage ``start`` on (earlier stages'
    results given; the NER tagger's spans are on the document); a failing stage keeps what
    earlier ones found."""
    found = {"entities": tuple(mentions), "dates": tuple(found_dates), "quotes": ()}
    steps = (("entities", lambda: stage("entities").make_mentions(doc, toks, doc.ner_spans)),
             ("dates", lambda: stage("dates").extract_dates(doc, toks)),
             ("quotes", lambda: stage("quotes").extract_quotes(doc, sents, toks, found["entities"], found["dates"])))
    names = [name for name, _ in steps]
    for name, step in steps[names.index(start):]:
        try:
            with time_limit(STAGE_SECONDS):
                found[name] = tuple(step())
        except Exception as exc:   # record the failure; the article keeps its other rows
            doc = _failed(doc, name, exc)
            break
    return Article(doc, tuple(sents), tuple(toks), found["entities"], found["dates"], found["quotes"])


def resume(stage: str, doc: Document, sents, toks, mentions, found_dates) -> Article:
    """Recompute one stored article from ``stage`` (entities, dates or quotes) on, reusing the
    stored sentences and tokens (with their syntax), the stored NER spans and the stored
    results of earlier stages: no tagger runs."""
    return analyze_one(doc, sents, toks, mentions, found_dates, start=stage)


def analyze_batch(docs: Sequence[Document], models, lemmatize) -> List[Article]:
    """Tag all documents together (the taggers run on one batch), then analyze each."""
    analyzed = stage("tokens").analyze(docs, models, lemmatize)
    spans = stage("entities").ner_spans(docs, models, [toks for _, toks in analyzed])
    return [analyze_one(replace(doc, ner_spans=tuple(doc_spans)), sents, toks)
            for doc, (sents, toks), doc_spans in zip(docs, analyzed, spans, strict=True)]


def process_batch(raws: Sequence[RawArticle], models, lemmatize) -> List[Article]:
    docs = ingest_all(raws)
    ok = [d for d in docs if d.status == "ok"]
    try:
        results = analyze_batch(ok, models, lemmatize)
    except Exception:   # find the article that breaks the batch by running each alone
        results = [_analyze_alone(d, models, lemmatize) for d in ok]
    by_id = {a.document.doc_id: a for a in results}
    return [by_id.get(d.doc_id, Article(d)) for d in docs]


def _analyze_alone(doc: Document, models, lemmatize) -> Article:
    try:
        return analyze_batch([doc], models, lemmatize)[0]
    except Exception as exc:
        return Article(_failed(doc, "analysis", exc))
