"""Near-duplicate articles, over the run: ``documents.duplicate_of`` names the original of
an article crawled twice or reprinted whole (``stages.duplicates``), read one part file at
a time; only distinct articles keep a signature."""
from pipeline.run.passes import RunTables, mapped
from pipeline.stages.duplicates import DuplicateIndex, body
from pipeline.stages.reprints import normal_words

COLUMNS = ["doc_id", "published", "text", "boilerplate", "status"]
BATCH = 64


def mark_duplicates(run: RunTables) -> None:
    known = previous_duplicates(run)
    if known is not None:   # the same texts as the last output (a rerun from a later stage)
        for _ in run.fill("documents", "duplicate_of", mapped("doc_id", known)):
            pass
        return
    index = DuplicateIndex()
    for part in run.parts("documents", columns=COLUMNS):
        for batch in part.to_batches(max_chunksize=BATCH):   # texts as Python strings a few at a time
            for doc_id, published, text, boilerplate, status in zip(*(batch[c].to_pylist() for c in COLUMNS)):
                text = body(text or "", boilerplate) if status == "ok" else ""
                if normal_words(text):   # an article with no words in its body is nobody's duplicate
                    index.add(doc_id, published, text)
    for _ in run.fill("documents", "duplicate_of", mapped("doc_id", index.duplicate_of())):
        pass


def previous_duplicates(run: RunTables):
    """The last output's duplicate_of mapping when this run's articles are exactly its
    articles with the same content (only hashes are read, no texts); else None."""
    try:
        now = _signature(run.parts("documents", columns=SIGNATURE))
        before = _signature(run.previous_parts("documents", SIGNATURE))
        if not now or now != before:
            return None
        return {d: o for part in run.previous_parts("documents", ["doc_id", "duplicate_of"])
                for d, o in zip(part["doc_id"].to_pylist(), part["duplicate_of"].to_pylist()) if o}
    except Exception:   # an older output without the columns: compute afresh
        return None


SIGNATURE = ["doc_id", "sha256", "status", "pipeline_version"]


def _signature(parts) -> dict:
    """doc_id → (content hash, the versions that shape its text) of every article read."""
    return {d: (s, _text_versions(v)) for part in parts
            for d, s, st, v in zip(*(part[c].to_pylist() for c in SIGNATURE)) if st == "ok"}


def _text_versions(version: str) -> str:
    return ";".join(p for p in (version or "").split(";") if p.startswith(("schema=", "ingest=")))
