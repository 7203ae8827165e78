"""NER and normal forms on factRuEval-2016: plain natasha side by side with the pipeline.

    python -m pipeline.evaluation.ner [--devset DIR] [--normal-gold FILE] [--show-errors]

Table 1, NER on the devset, per type (PER, LOC, ORG) and over all types:
  natasha   Doc.segment + Doc.tag_ner, spans as natasha gives them;
  pipeline  the mentions of ``process.process_batch``.
Gold: each object of ``.objects`` typed Person → PER, Org → ORG, Location / LocOrg → LOC,
spanning from its earliest span's start to its latest span's end (naeval's
``FactruObject.start/stop``: min start, max stop); nested objects are kept.
  exact span  a system span counts when a gold span of its type has the same (start, end);
              spans are sets per document, counts summed over documents (micro);
  token       naeval's token-level score, see ``token_counts``.

Table 2, the normal form each system gives for every gold span of
tests/data/normal_forms_gold.jsonl; accuracy is exact string match, per type and over all.
  natasha   DocSpan(start, stop, type, text) with the Doc tokens inside it, .normalize(vocab)
            on a Doc segmented, morph-tagged and syntax-parsed (ORG spans need the syntax);
  pipeline  entities.normal_form over entities.span_tokens of tokens.analyze's tokens; for a
            person, entities.normal_in_article (corrected by the article's other mentions,
            from the pipeline's NER spans).
A row whose normalization raises counts as wrong; ``--show-errors`` lists the pipeline's.
"""
import argparse
import functools
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import razdel

from pipeline.evaluation.options import add_ner_arguments
from pipeline.evaluation.factrueval import GoldDoc, Span, load_devset, load_normal_gold, read_text
from pipeline.models import import_natasha, load_models, morph_forms
from pipeline.process import process_batch
from pipeline.records import Document, RawArticle
from pipeline.stages import entities, tokens as token_stage

TYPES = ("PER", "LOC", "ORG")
MEASURES = ("exact", "token")
BATCH_SIZE = 16


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    n_system: int = 0
    n_gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.n_system + other.n_system, self.n_gold + other.n_gold)

    @property
    def precision(self) -> float:
        return self.tp / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Share:
    correct: int = 0
    total: int = 0

    def __add__(self, other: "Share") -> "Share":
        return Share(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


# ---- scoring (pure) ----

def of_type(spans: Sequence[Span], kind: str) -> List[Span]:
    return [s for s in spans if s[2] == kind]


def exact_counts(system: Sequence[Span], gold: Sequence[Span], kind: str) -> Counts:
    found, wanted = set(of_type(system, kind)), set(of_type(gold, kind))
    return Counts(len(found & wanted), len(found), len(wanted))


def merge_overlaps(spans: Sequence[Span]) -> List[Span]:
    """Overlapping spans joined into their union, sorted by start; touching spans stay apart."""
    merged: List[Span] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), kind)
        else:
            merged.append((start, end, kind))
    return merged


def spans_io(tokens: Sequence[Tuple[int, int]], spans: Sequence[Span]) -> List[bool]:
    """naeval.ner.bio.spans_io as I/O booleans: a token is inside when its start is at or after
    the current span's start; the walk moves to the next span once a token reaches its end."""
    pending = iter([*spans, None])
    span, tags = next(pending), []
    for start, stop in tokens:
        inside = bool(span) and start >= span[0]
        if span and stop >= span[1]:
            span = next(pending)
        tags.append(inside)
    return tags


def text_tokens(text: str) -> List[Tuple[int, int]]:
    """naeval.tokenizer.tokenize: razdel tokens of the whole text."""
    return [(t.start, t.stop) for t in razdel.tokenize(text)]


def token_counts(tokens: Sequence[Tuple[int, int]], system: Sequence[Span],
                 gold: Sequence[Span], kind: str) -> Counts:
    """Token-level counts of one type as naeval computes them (github.com/natasha/naeval:
    naeval/ner/score.py ``score_markup`` / ``tag_f1``, naeval/ner/bio.py ``spans_io``,
    naeval/tokenizer.py). The text is tokenized with razdel; the spans of ``kind``, sorted by
    start, give each token an I/O tag via ``spans_io``; a token tagged I by the system is a TP
    if gold also tags it I, else an FP; a gold-I token the system leaves O is an FN
    (``prec.total`` = n_system, ``recall.total`` = n_gold). Counts are summed over documents
    and P/R/F1 computed from the sums, as ``score_markups`` adds ``F1`` shares.
    Deviations: ``spans_io`` assumes spans that do not overlap — naeval's factru adapter
    makes them so by keeping only org_name / loc_name parts and dropping nested spans. Here
    the gold keeps whole nested objects, so overlapping spans of one type are first merged
    into their union (no change for non-overlapping spans). naeval's adapter also drops spans
    whose bounds miss token bounds (``filter_misaligned_spans``); not done here."""
    pred = spans_io(tokens, merge_overlaps(of_type(system, kind)))
    true = spans_io(tokens, merge_overlaps(of_type(gold, kind)))
    return Counts(sum(p and t for p, t in zip(pred, true)), sum(pred), sum(true))


def score_document(text: str, system: Sequence[Span], gold: Sequence[Span]) -> Dict[str, dict]:
    tokens = text_tokens(text)
    return {"exact": {k: exact_counts(system, gold, k) for k in TYPES},
            "token": {k: token_counts(tokens, system, gold, k) for k in TYPES}}


def sum_scores(per_doc) -> Dict[str, Dict[str, Counts]]:
    total = {m: {k: Counts() for k in TYPES} for m in MEASURES}
    for scores in per_doc:
        for measure, by_type in scores.items():
            for kind, counts in by_type.items():
                total[measure][kind] += counts
    return total


def overall(by_type: Dict[str, object]):
    """Micro total over the types (Counts or Share)."""
    values = [by_type[k] for k in TYPES]
    return sum(values[1:], values[0])


# ---- systems ----

def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def batches(items: Sequence, size: int = BATCH_SIZE) -> List[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@functools.lru_cache(maxsize=1)
def natasha_extras():
    """The parts of plain natasha that the pipeline does without: its segmenter and MorphVocab."""
    natasha = import_natasha()
    return natasha.Segmenter(), natasha.MorphVocab()


def natasha_doc(text: str, models, morph: bool = False):
    doc = import_natasha().Doc(text)
    doc.segment(natasha_extras()[0])
    if morph:
        doc.tag_morph(models.morph_tagger)
        doc.parse_syntax(models.syntax_parser)   # DocSpan.normalize of ORG follows the syntax
    return doc


def natasha_spans(text: str, models) -> List[Span]:
    doc = natasha_doc(text, models)
    doc.tag_ner(models.ner_tagger)
    return [(s.start, s.stop, s.type) for s in doc.spans]


def pipeline_spans(docs: Sequence[GoldDoc], models, lemmatize) -> List[List[Span]]:
    raws = [RawArticle(d.doc_id, d.doc_id + ".txt", text=d.text) for d in docs]
    articles = process_batch(raws, models, lemmatize)
    for article in (a for a in articles if a.document.status != "ok"):
        progress(f"pipeline: {article.document.doc_id}: {article.document.error}")
    return [[(m.start, m.end, m.type) for m in a.mentions] for a in articles]


def system_spans(docs: Sequence[GoldDoc], models) -> Dict[str, List[List[Span]]]:
    lemmatize = token_stage.make_lemmatizer(morph_forms)
    found: Dict[str, List[List[Span]]] = {"natasha": [], "pipeline": []}
    for batch in batches(docs):
        found["natasha"] += [natasha_spans(d.text, models) for d in batch]
        found["pipeline"] += pipeline_spans(batch, models, lemmatize)
        progress(f"ner: {len(found['natasha'])}/{len(docs)} documents")
    return found


def ner_scores(devset_dir, models=None) -> Dict[str, Dict[str, Dict[str, Counts]]]:
    """{system: {measure: {type: Counts}}} on every article of ``devset_dir``."""
    models = models or load_models()
    docs = load_devset(devset_dir)
    found = system_spans(docs, models)
    return {name: sum_scores(score_document(d.text, s, d.spans) for d, s in zip(docs, spans))
            for name, spans in found.items()}


# ---- normal forms ----

def natasha_normal(doc, row: dict, vocab) -> str:
    from natasha.doc import DocSpan
    span = DocSpan(row["start"], row["end"], row["type"], row["text"])
    span.tokens = [t for t in doc.tokens if t.start >= span.start and t.stop <= span.stop]
    span.normalize(vocab)
    return span.normal


def pipeline_normal(doc_tokens, row: dict, doc: Document, spans) -> str:
    """The normal form the pipeline gives the gold span in its article (NER ``spans``): a
    person's own form corrected by the article's other mentions."""
    if row["type"] == "PER":
        return entities.normal_in_article(doc, doc_tokens, spans, row["start"], row["end"], "PER")
    inside = entities.span_tokens(doc_tokens, row["start"], row["end"])
    return entities.normal_form(row["type"], inside, row["text"], doc.text, doc_tokens)


def safely(normalize, *args) -> str:
    """A row whose normalization raises counts as wrong; the error stands in for its form."""
    try:
        return normalize(*args)
    except Exception as exc:   # one bad row must not stop the evaluation
        return f"<error {type(exc).__name__}: {exc}>"


def text_path(doc_id: str, docs_dirs) -> Path:
    """The first ``<dir>/<doc_id>.txt`` that exists (a doc id may hold a folder: `written/x`)."""
    dirs = [docs_dirs] if isinstance(docs_dirs, (str, Path)) else list(docs_dirs)
    paths = [Path(d) / f"{doc_id}.txt" for d in dirs]
    return next((p for p in paths if p.is_file()), paths[0])


def system_normals(by_doc: Dict[str, List[dict]], docs_dirs, models) -> Dict[str, List[str]]:
    """Normal forms per system, in the order of the rows of ``by_doc``; texts are looked up
    in ``docs_dirs`` (one folder or several)."""
    lemmatize = token_stage.make_lemmatizer(morph_forms)
    normals: Dict[str, List[str]] = {"natasha": [], "pipeline": []}
    for batch in batches(list(by_doc)):
        docs = [Document(d, d + ".txt", read_text(text_path(d, docs_dirs))) for d in batch]
        analyzed = token_stage.analyze(docs, models, lemmatize)
        spans_of = entities.ner_spans(docs, models, [doc_tokens for _, doc_tokens in analyzed])
        for doc, (_, toks), spans in zip(docs, analyzed, spans_of):
            nat = natasha_doc(doc.text, models, morph=True)
            rows = by_doc[doc.doc_id]
            normals["natasha"] += [safely(natasha_normal, nat, r, natasha_extras()[1]) for r in rows]
            normals["pipeline"] += [safely(pipeline_normal, toks, r, doc, spans) for r in rows]
        progress(f"normal forms: {len(normals['pipeline'])} rows done")
    return normals


def accuracy(rows: Sequence[dict], normals: Sequence[str]) -> Dict[str, Share]:
    by_type = {k: Share() for k in TYPES}
    for row, normal in zip(rows, normals):
        by_type[row["type"]] += Share(int(normal == row["normal"]), 1)
    return by_type


def normal_form_scores(gold_file, docs_dirs, models=None) -> dict:
    """{"accuracy": {system: {type: Share}}, "errors": [pipeline's wrong rows + "system"]}."""
    models = models or load_models()
    by_doc: Dict[str, List[dict]] = {}
    for row in load_normal_gold(gold_file):
        by_doc.setdefault(row["doc"], []).append(row)
    rows = [r for rs in by_doc.values() for r in rs]
    normals = system_normals(by_doc, docs_dirs, models)
    errors = [{**r, "system": n} for r, n in zip(rows, normals["pipeline"]) if n != r["normal"]]
    return {"accuracy": {name: accuracy(rows, ns) for name, ns in normals.items()}, "errors": errors}


# ---- report ----

def format_ner_table(scores: dict, measure: str, title: str) -> str:
    systems = list(scores)
    heads = [f"{s:<8} {'P':>6} {'R':>6} {'F1':>6}" for s in systems]
    lines = [title, f"{'type':<5} {'gold':>6} | " + " | ".join(heads)]
    for kind in (*TYPES, "all"):
        counts = [scores[s][measure][kind] if kind != "all" else overall(scores[s][measure]) for s in systems]
        cells = [f"{'':<8} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}" for c in counts]
        lines.append(f"{kind:<5} {counts[0].n_gold:>6} | " + " | ".join(cells))
    return "\n".join(lines)


def format_normal_table(result: dict, title: str) -> str:
    acc = result["accuracy"]
    lines = [title, f"{'type':<5} {'n':>5} | " + " | ".join(f"{s:>16}" for s in acc)]
    for kind in (*TYPES, "all"):
        shares = [a[kind] if kind != "all" else overall(a) for a in acc.values()]
        if not shares[0].total:
            continue
        cells = [f"{s.value:6.3f} ({s.correct:>3}/{s.total:>3})"[:16].rjust(16) for s in shares]
        lines.append(f"{kind:<5} {shares[0].total:>5} | " + " | ".join(cells))
    return "\n".join(lines)


def format_errors(errors: Sequence[dict]) -> str:
    lines = [f"pipeline normal-form errors ({len(errors)}): doc start-end type | text | gold → system"]
    lines += [f"{e['doc']} {e['start']}-{e['end']} {e['type']} | {e['text']} | "
              f"{e['normal']} → {e['system']}" for e in errors]
    return "\n".join(lines)


def main(argv=None, args: argparse.Namespace = None) -> int:
    if args is None:
        parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.ner", description=__doc__.split("\n")[0])
        args = add_ner_arguments(parser).parse_args(argv)
    texts = args.normal_texts or [args.devset]
    if not Path(args.devset).is_dir() or not all(Path(t).is_dir() for t in texts) or not Path(args.normal_gold).is_file():
        progress(f"not found: {args.devset}, {texts} or {args.normal_gold}")
        return 2
    started = time.perf_counter()
    models = load_models()
    if not args.normal_only:
        ner = ner_scores(args.devset, models)
        n_docs = len(list(Path(args.devset).glob("*.txt")))
        for measure in MEASURES:
            title = f"NER, factRuEval-2016 devset ({n_docs} documents): {measure}"
            print(format_ner_table(ner, measure, title), end="\n\n")
    normal = normal_form_scores(args.normal_gold, texts, models)
    print(format_normal_table(normal, f"Normal forms of gold spans ({args.normal_gold}): exact match"))
    if args.show_errors:
        print("\n" + format_errors(normal["errors"]))
    progress(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
