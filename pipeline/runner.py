"""A batch run: walk the input, process articles in batches, link entities, write tables."""
import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, Iterator, List

from pipeline import tables
from pipeline.io import readers, writers
from pipeline.models import load_models, pin_blas_threads
from pipeline.process import process_batch
from pipeline.records import Article
from pipeline.stages import linking
from pipeline.stages.tokens import make_lemmatizer

log = logging.getLogger("pipeline")
BATCH_SIZE = 16


@dataclass
class RunSummary:
    processed: int = 0
    errors: int = 0
    seconds: float = 0.0

    def __str__(self):
        return f"{self.processed} articles processed, {self.errors} with errors, in {self.seconds:.1f} s"


def batches(items, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def link_and_finish(mentions: List[dict], quotes: List[dict]):
    """Run-wide entity ids on mentions and quote speakers; the entities table."""
    ids, entity_rows = linking.entity_rows(mentions)
    for m in mentions:
        m["entity_id"] = ids[m["entity_key"]]
    for q in quotes:
        q["speaker_entity_id"] = ids.get(q.get("speaker_key"))
    return entity_rows


def article_tables(article):
    """Rows of one article written to its tables; a failure writes an error row instead."""
    try:
        rows = tables.article_rows(article)
        built = {name: tables.to_table(name, rows[name]) for name in ("documents", "sentences", "tokens", "dates")}
    except Exception as exc:
        doc = replace(article.document, status="error", error=f"tables failed: {type(exc).__name__}: {exc}")
        article = Article(doc)
        rows = tables.article_rows(article)
        built = {"documents": tables.to_table("documents", rows["documents"])}
    return rows, built, article


def run(input_dir: Path, out: Path) -> RunSummary:
    pin_blas_threads()
    started, summary = time.monotonic(), RunSummary()
    models = load_models()
    lemmatize = make_lemmatizer(models.morph_vocab)
    writer = writers.TableWriter(out)
    held: Dict[str, List[dict]] = {"mentions": [], "quotes": []}
    try:
        for raws in batches(readers.read_folder(input_dir), BATCH_SIZE):
            for article in process_batch(raws, models, lemmatize):
                rows, built, article = article_tables(article)
                for name, table in built.items():
                    writer.write(name, table)
                held["mentions"] += rows["mentions"]
                held["quotes"] += rows["quotes"]
                summary.processed += 1
                if article.document.status != "ok":
                    summary.errors += 1
                    log.warning("%s: %s", article.document.path, article.document.error)
        entity_rows = link_and_finish(held["mentions"], held["quotes"])
        writer.write("mentions", tables.to_table("mentions", held["mentions"]))
        writer.write("quotes", tables.to_table("quotes", held["quotes"]))
        writer.write("entities", tables.to_table("entities", entity_rows))
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    summary.seconds = time.monotonic() - started
    return summary
