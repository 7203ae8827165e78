"""Stage 6: records to rows, rows to pyarrow tables with the declared schemas."""
from dataclasses import fields
from typing import Dict, Iterable, List

import pyarrow as pa

from pipeline import schemas
from pipeline.records import Article, Document
from pipeline.version import pipeline_version


def document_row(article: Article) -> dict:
    doc = article.document
    row = {name: getattr(doc, name, None) for name in schemas.DOCUMENTS.names}
    row.update(n_chars=doc.n_chars, pipeline_version=pipeline_version(),
               boilerplate=[list(span) for span in doc.boilerplate])
    return row


def records_from_rows(cls, rows: List[dict]) -> list:
    """Stored rows back to records (the tables carry every field a later stage reads)."""
    names = [f.name for f in fields(cls)]
    return [cls(**{name: row[name] for name in names if name in row}) for row in rows]


def document_from_row(row: dict) -> Document:
    doc, = records_from_rows(Document, [{**row, "boilerplate": tuple(tuple(s) for s in row.get("boilerplate") or ())}])
    return doc


def as_rows(records) -> List[dict]:
    """Flat records to dicts (``dataclasses.asdict`` deep-copies and is ten times slower)."""
    if not records:
        return []
    names = [f.name for f in fields(records[0])]
    return [{name: getattr(r, name) for name in names} for r in records]


def article_rows(article: Article) -> Dict[str, List[dict]]:
    """Rows of every per-article table (entities are made later, over the whole run)."""
    return {
        "documents": [document_row(article)],
        "sentences": as_rows(article.sentences),
        "tokens": as_rows(article.tokens),
        "mentions": as_rows(article.mentions),
        "dates": as_rows(article.dates),
        "quotes": as_rows(article.quotes),
    }


def to_table(name: str, rows: Iterable[dict]) -> pa.Table:
    schema = schemas.TABLES[name]
    rows = list(rows)
    if not rows:
        return schema.empty_table()
    columns = {field.name: [row.get(field.name) for row in rows] for field in schema}
    return pa.Table.from_pydict(columns, schema=schema)
