"""The three neural stages alone, on the pipeline's own batches: natasha's morphology
tagger, syntax parser and NER tagger (their own ``map``, one BLAS thread) over exactly the
pieces ``pipeline run --workers 1`` gives them, in one process. Prints the seconds spent inside the three taggers — the floor
that the pipeline's time per character is compared with.

    python benchmarks/neural_only.py FOLDER
"""
import sys
import time
from pathlib import Path

from pipeline.io.readers import read_folder
from pipeline.models import load_models, pin_blas_threads
from pipeline.process import ingest_all
from pipeline.run import BATCH_SIZE
from pipeline.run.plan import batches
from pipeline.stages import entities, tokens


def tagger_inputs(docs):
    """(word lists for morphology and syntax, texts for NER) of one batch, as the stages cut them."""
    words = [[t[2] for t in tokens.split_tokens(s)] for d in docs for s in tokens.split_sentences(d)]
    pieces = [chunk for w in words for chunk in tokens._chunks(w)]
    texts = [piece for d in docs for _, piece in entities.text_pieces(d.text)]
    return pieces, texts


def main(folder: str) -> None:
    pin_blas_threads()   # as the pipeline's workers: (b) and (n) at the same thread count
    models = load_models()
    spent = {"morph": 0.0, "syntax": 0.0, "ner": 0.0}
    for raws in batches(read_folder(Path(folder)), BATCH_SIZE):
        docs = [d for d in ingest_all(raws) if d.status == "ok"]
        pieces, texts = tagger_inputs(docs)
        for name, tagger, items in (("morph", models.morph_tagger, pieces), ("syntax", models.syntax_parser, pieces),
                                    ("ner", models.ner_tagger, texts)):
            started = time.perf_counter()
            list(tagger.map(items))
            spent[name] += time.perf_counter() - started
    print(" ".join(f"{k}={v:.1f}" for k, v in spent.items()), f"total={sum(spent.values()):.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
