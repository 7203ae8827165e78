"""Stage 6: records to rows, rows to pyarrow tables with the declared schemas."""
from dataclasses import fields
from functools import partial
from operator import attrgetter
from typing import Dict, Iterable, List

import pyarrow as pa

from pipeline import schemas
from pipeline.records import Article, Document
from pipeline.version import pipeline_version


def document_row(article: Article) -> dict:
    doc = article.document
    row = {name: getattr(doc, name, None) for name in schemas.DOCUMENTS.names}
    row.update(n_chars=doc.n_chars, pipeline_version=pipeline_version(),
               boilerplate=[list(span) for span in doc.boilerplate],
               ner_spans=[{"start": s, "end": e, "type": t} for s, e, t in doc.ner_spans])
    return row


def field_names(cls) -> List[str]:
    """A record class's fields (a dataclass, or a named tuple)."""
    return list(cls._fields) if hasattr(cls, "_fields") else [f.name for f in fields(cls)]


def records_from_rows(cls, rows: List[dict]) -> list:
    """Stored rows back to records (the tables carry every field a later stage reads)."""
    names = field_names(cls)
    return [cls(**{name: row[name] for name in names if name in row}) for row in rows]


def records_from_table(cls, table: pa.Table) -> list:
    """A stored table back to records, column by column (no row dictionaries)."""
    every, present = field_names(cls), set(table.column_names)
    names = [name for name in every if name in present]
    columns = [table.column(name).to_pylist() for name in names]
    if len(names) < len(every):
        return [cls(**dict(zip(names, values))) for values in zip(*columns)]
    if hasattr(cls, "_make"):   # a named tuple: tuple.__new__ is what ``_make`` calls, without its checks
        return list(map(partial(tuple.__new__, cls), zip(*columns)))
    return [cls(*values) for values in zip(*columns)]


def document_from_row(row: dict) -> Document:
    doc, = records_from_rows(Document, [{**row, "boilerplate": tuple(tuple(s) for s in row.get("boilerplate") or ()),
                                         "ner_spans": tuple((s["start"], s["end"], s["type"]) for s in row.get("ner_spans") or ())}])
    return doc


def records_table(name: str, records) -> pa.Table:
    """Records straight to a table: one column per schema field, read off the records."""
    schema = schemas.TABLES[name]
    if not records:
        return schemas.empty(name)
    names = [f.name for f in schema]
    values = zip(*map(attrgetter(*names), records)) if len(names) > 1 else [[getattr(r, names[0]) for r in records]]
    return pa.Table.from_pydict(dict(zip(names, map(list, values))), schema=schema)


RECORD_TABLES = ("sentences", "tokens", "mentions", "dates", "quotes")


def article_tables(article: Article, only: Iterable[str] = RECORD_TABLES, document: bool = True) -> Dict[str, pa.Table]:
    """The per-article tables of one article (entities are made later, over the whole run):
    those of ``only``, and documents unless ``document`` is False."""
    tables = {"documents": to_table("documents", [document_row(article)])} if document else {}
    tables.update((name, records_table(name, getattr(article, name))) for name in only)
    return tables


def to_table(name: str, rows: Iterable[dict]) -> pa.Table:
    schema = schemas.TABLES[name]
    rows = list(rows)
    if not rows:
        return schemas.empty(name)
    columns = {field.name: [row.get(field.name) for row in rows] for field in schema}
    return pa.Table.from_pydict(columns, schema=schema)


def to_ipc(table: pa.Table) -> bytes:
    """A table as Arrow IPC stream bytes (what travels to a worker)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as stream:
        stream.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()
