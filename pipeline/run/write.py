"""Write: each batch's rows into the tables, in input order — computed articles' rows as
the workers returned them, carried-over articles' rows copied from the previous output."""
import logging
from typing import Dict, Iterable, List, Optional

import pyarrow as pa

from pipeline.io.writers import TableWriter
from pipeline.run.plan import CARRY, FRESH, PER_ARTICLE_TABLES, Planned, PreviousOutput
from pipeline.run.progress import Progress, RunSummary

log = logging.getLogger("pipeline")


def write_batches(results: Iterable[List[Dict[str, pa.Table]]], planned: List[Planned], previous: PreviousOutput,
                  writer: TableWriter, summary: RunSummary, progress: Progress) -> None:
    """``planned`` grows as the backend takes batches; ``results`` come in the same order."""
    for computed in results:
        batch = planned.pop(0)
        computed = iter(computed)
        for raw, action in zip(batch.raws, batch.actions):
            if action == CARRY:
                for name in PER_ARTICLE_TABLES:
                    writer.add_table(name, previous.article(name, raw.doc_id))
                summary.carried += 1
            else:
                write_article(writer, next(computed), summary, previous if action != FRESH else None, raw.doc_id)
                summary.entities_recomputed += action in (FRESH, "entities")
        progress.tick(summary)


def write_article(writer: TableWriter, article: Dict[str, pa.Table], summary: RunSummary,
                  previous: Optional[PreviousOutput], doc_id: str) -> None:
    """A computed article's rows; a recomputed one's unchanged tables come from ``previous``."""
    doc = article["documents"].select(["path", "status", "error"]).to_pylist()[0]
    for name in PER_ARTICLE_TABLES:
        if name in article:
            writer.add_table(name, article[name])
        elif doc["status"] == "ok":
            writer.add_table(name, previous.article(name, doc_id))
    if previous is not None:
        summary.resumed += 1
    else:
        summary.processed += 1
    if doc["status"] != "ok":
        summary.errors += 1
        log.warning("%s: %s", doc["path"], doc["error"])
