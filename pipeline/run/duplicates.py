"""Near-duplicate articles, over the run: ``documents.duplicate_of`` names the original of
an article crawled twice or reprinted whole (``stages.duplicates``), read one part file at
a time; only distinct articles keep a signature."""
from pipeline.run.passes import RunTables, mapped
from pipeline.stages.duplicates import DuplicateIndex, body

COLUMNS = ["doc_id", "published", "text", "boilerplate", "status"]
BATCH = 64


def mark_duplicates(run: RunTables) -> None:
    index = DuplicateIndex()
    for part in run.parts("documents", columns=COLUMNS):
        for batch in part.to_batches(max_chunksize=BATCH):   # texts as Python strings a few at a time
            for doc_id, published, text, boilerplate, status in zip(*(batch[c].to_pylist() for c in COLUMNS)):
                if status == "ok" and text and text.strip():
                    index.add(doc_id, published, body(text, boilerplate))
    for _ in run.fill("documents", "duplicate_of", mapped("doc_id", index.duplicate_of())):
        pass
