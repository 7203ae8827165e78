"""Statements across articles, over the run: every attributed quote's statement.

Runs after entity linking (speakers are grouped by the run's entities). Reads the quotes
one part file at a time into variants (one per speaker and normalised words: memory grows
with distinct statements, not with reports), groups them (``stages.statements``), writes
``quotes.statement_id`` and the statements table.
"""
from typing import Dict, List

import pyarrow as pa

from pipeline.run.passes import RunTables
from pipeline.stages import statements
from pipeline.stages.reprints import normal_words

QUOTE_COLUMNS = ["doc_id", "quote_id", "text", "speaker", "speaker_key", "speaker_entity_id", "said_on"]


def group_statements(run: RunTables) -> None:
    grouped = statements.group(_collect(run).variants.values())
    ids = statements.statement_ids(grouped)
    for _ in run.fill("quotes", "statement_id", lambda part: _ids_of(part, ids)):
        pass
    names = _entity_names(run)
    run.write("statements", [statements.statement_row(s, names) for s in grouped])


def _collect(run: RunTables) -> statements.Collector:
    """Every attributed quote of the run, part by part, into variants."""
    published, collector = _published(run), statements.Collector()
    for part in run.parts("quotes", columns=QUOTE_COLUMNS):
        for doc_id, quote_id, text, speaker, key, entity_id, said_on in _rows(part, QUOTE_COLUMNS):
            key = statements.speaker_key(entity_id, key, speaker)
            if key is not None and speaker is not None:
                collector.add(key, text, speaker, said_on, published.get(doc_id), doc_id, quote_id)
    return collector


def _rows(part: pa.Table, columns: List[str]):
    return zip(*(part[c].to_pylist() for c in columns))


def _ids_of(part: pa.Table, ids: Dict[statements.VariantKey, str]) -> List:
    values = []
    for text, speaker, key, entity_id in _rows(part, ["text", "speaker", "speaker_key", "speaker_entity_id"]):
        key = statements.speaker_key(entity_id, key, speaker)
        values.append(ids.get((key, normal_words(text))) if speaker is not None else None)
    return values


def _published(run: RunTables) -> Dict[str, object]:
    """doc_id → publication date, for articles that have one."""
    found = {}
    for part in run.parts("documents", columns=["doc_id", "published"]):
        found.update((d, p) for d, p in _rows(part, ["doc_id", "published"]) if p is not None)
    return found


def _entity_names(run: RunTables) -> Dict[str, str]:
    names = {}
    for part in run.parts("entities", columns=["entity_id", "name"]):
        names.update(_rows(part, ["entity_id", "name"]))
    return names
