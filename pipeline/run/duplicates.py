"""Near-duplicate articles, over the run: ``documents.duplicate_of`` names the original of
an article crawled twice or reprinted whole (``stages.duplicates``), read one part file at
a time; only distinct articles keep a signature."""
from pipeline.run.passes import RunTables, mapped
from pipeline.stages.duplicates import DuplicateIndex, body

COLUMNS = ["doc_id", "published", "text", "boilerplate", "status"]


def mark_duplicates(run: RunTables) -> None:
    index = DuplicateIndex()
    for part in run.parts("documents", columns=COLUMNS):
        for doc_id, published, text, boilerplate, status in zip(*(part[c].to_pylist() for c in COLUMNS)):
            if status == "ok" and text and text.strip():
                index.add(doc_id, published, body(text, boilerplate))
    for _ in run.fill("documents", "duplicate_of", mapped("doc_id", index.duplicate_of())):
        pass
