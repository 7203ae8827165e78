"""One pyarrow schema per output table, declared once."""
import pyarrow as pa

SCHEMA_VERSION = "8"


def _schema(*fields):
    return pa.schema(list(fields), metadata={"schema_version": SCHEMA_VERSION})


def _f(name, type_, nullable=True):
    return pa.field(name, type_, nullable=nullable)


def _list(type_):
    """A list column, its items named as Parquet names them (`element`): a table read back
    has the declared schema, and needs no cast."""
    return pa.list_(pa.field("element", type_))


_STR, _INT, _BOOL, _DATE = pa.string(), pa.int64(), pa.bool_(), pa.date32()
_SPAN = (_f("start", _INT, False), _f("end", _INT, False), _f("text", _STR, False))

DOCUMENTS = _schema(
    _f("doc_id", _STR, False), _f("path", _STR, False), _f("title", _STR), _f("author", _STR),
    _f("published", _DATE), _f("published_source", _STR), _f("text", _STR), _f("n_chars", _INT), _f("sha256", _STR),
    _f("encoding", _STR), _f("format", _STR), _f("url", _STR), _f("status", _STR, False), _f("error", _STR),
    _f("pipeline_version", _STR), _f("boilerplate", _list(_list(_INT))),
    _f("ner_spans", _list(pa.struct([_f("start", _INT), _f("end", _INT), _f("type", _STR)]))),
    _f("duplicate_of", _STR),
    _f("crawled", _DATE),
)
SENTENCES = _schema(_f("doc_id", _STR, False), _f("sentence_id", _INT, False), *_SPAN)
TOKENS = _schema(
    _f("doc_id", _STR, False), _f("sentence_id", _INT, False), _f("token_id", _INT, False), *_SPAN,
    _f("lemma", _STR), _f("pos", _STR), _f("feats", _STR), _f("head_id", _INT), _f("rel", _STR),
)
MENTIONS = _schema(
    _f("doc_id", _STR, False), _f("mention_id", _INT, False), *_SPAN, _f("type", _STR, False),
    _f("normal", _STR), _f("entity_id", _STR), _f("entity_key", _STR),
)
ENTITIES = _schema(
    _f("entity_id", _STR, False), _f("type", _STR, False), _f("name", _STR, False),
    _f("aliases", _list(_STR)), _f("n_mentions", _INT), _f("n_docs", _INT),
)
DATES = _schema(
    _f("doc_id", _STR, False), _f("date_id", _INT, False), *_SPAN, _f("value", _STR, False),
    _f("date_start", _DATE), _f("date_end", _DATE), _f("relative", _BOOL),
    _f("kind", _STR), _f("mod", _STR), _f("rule", _STR), _f("anchor", _STR),
)
QUOTES = _schema(
    _f("doc_id", _STR, False), _f("quote_id", _INT, False), *_SPAN, _f("kind", _STR, False),
    _f("cue", _STR), _f("cue_start", _INT), _f("cue_end", _INT), _f("speaker", _STR),
    _f("speaker_type", _STR), _f("speaker_entity_id", _STR), _f("attribution", _STR),
    _f("when_value", _STR), _f("said_on", _DATE), _f("said_on_source", _STR),
    _f("speaker_start", _INT), _f("speaker_end", _INT), _f("speaker_key", _STR),
    _f("source_start", _INT), _f("source_end", _INT), _f("source_text", _STR), _f("source_kind", _STR),
    _f("statement_id", _STR),
)
STATEMENTS = _schema(
    _f("statement_id", _STR, False), _f("speaker", _STR), _f("speaker_entity_id", _STR), _f("text", _STR, False),
    _f("first_said_on", _DATE), _f("first_published", _DATE), _f("first_doc_id", _STR, False),
    _f("n_quotes", _INT), _f("n_docs", _INT), _f("doc_ids", _list(_STR)),
)

TABLES = {
    "documents": DOCUMENTS, "sentences": SENTENCES, "tokens": TOKENS, "mentions": MENTIONS,
    "entities": ENTITIES, "dates": DATES, "quotes": QUOTES,
    "statements": STATEMENTS,
}


def empty(name: str) -> pa.Table:
    """A table with no rows (``Schema.empty_table`` imports pandas: a fifth of a second of a
    short run)."""
    return pa.Table.from_batches([], schema=TABLES[name])
