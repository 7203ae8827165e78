"""Lemma accuracy against Universal Dependencies gold (by default UD Russian PUD).

    python -m pipeline lemma-eval [--conllu FILE_OR_DIR] [--show-errors N]

Each gold sentence is one article run through the pipeline's first stages (ingestion,
then ``tokens.analyze``: sentences, tokens, morphology, syntax and lemmas; the later stages
do not touch lemmas).
A gold word counts as right when a pipeline token has exactly its offsets and the same
lemma, compared case-insensitively; a word no token covers exactly is wrong (and counted
as unaligned). Gold punctuation (UPOS PUNCT) is left out. Accuracy is reported over all
words and by the gold POS.
"""
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from pipeline.evaluation.ud import GoldSentence, GoldWord, read_conllu

BATCH_SIZE = 32
Found = Dict[Tuple[int, int], str]   # (start, end) → lemma


@dataclass(frozen=True)
class Outcome:
    word: GoldWord
    lemma: str            # the pipeline's, '' when no token has the word's offsets

    @property
    def aligned(self) -> bool:
        return bool(self.lemma)

    @property
    def correct(self) -> bool:
        return self.lemma.lower() == self.word.lemma.lower()


# ---- scoring (pure) ----

def judge(sentence: GoldSentence, found: Found) -> List[Outcome]:
    """An outcome for every non-punctuation gold word of the sentence."""
    return [Outcome(w, found.get((w.start, w.end), "")) for w in sentence.words if w.pos != "PUNCT"]


def accuracy_by_pos(outcomes: Sequence[Outcome]) -> Dict[str, Tuple[int, int, int]]:
    """POS (and 'all') → (correct, unaligned, total)."""
    table: Dict[str, List[int]] = {}
    for o in outcomes:
        for key in (o.word.pos, "all"):
            row = table.setdefault(key, [0, 0, 0])
            row[0] += o.correct
            row[1] += not o.aligned
            row[2] += 1
    return {k: tuple(v) for k, v in table.items()}


def frequent_errors(outcomes: Sequence[Outcome], n: int) -> List[Tuple[Tuple[str, str, str, str], int]]:
    wrong = Counter((o.word.pos, o.word.form, o.word.lemma, o.lemma or "<unaligned>") for o in outcomes if not o.correct)
    return wrong.most_common(n)


# ---- the pipeline ----

def pipeline_lemmas(sentences: Sequence[GoldSentence], models, lemmatize) -> List[Found]:
    """(start, end) → lemma of every token, for each sentence run as its own article;
    offsets are moved into the sentence text should ingestion have trimmed the article."""
    from pipeline.process import ingest_all
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import analyze

    raws = [RawArticle(f"s{i:05d}", f"s{i:05d}.txt", text=s.text) for i, s in enumerate(sentences)]
    docs = ingest_all(raws)
    found = []
    for sentence, doc, (_, tokens) in zip(sentences, docs, analyze(docs, models, lemmatize)):
        shift = max(sentence.text.find(doc.text), 0) if doc.text else 0
        found.append({(t.start + shift, t.end + shift): t.lemma for t in tokens})
    return found


def lemma_outcomes(sentences: Sequence[GoldSentence], models=None) -> List[Outcome]:
    from pipeline.models import load_models, morph_forms
    from pipeline.stages.tokens import make_lemmatizer

    models = models or load_models()
    lemmatize = make_lemmatizer(morph_forms)
    outcomes: List[Outcome] = []
    for i in range(0, len(sentences), BATCH_SIZE):
        batch = sentences[i:i + BATCH_SIZE]
        for sentence, found in zip(batch, pipeline_lemmas(batch, models, lemmatize)):
            outcomes += judge(sentence, found)
        print(f"lemmas: {i + len(batch)}/{len(sentences)} sentences", file=sys.stderr, flush=True)
    return outcomes


def read_gold(path) -> List[GoldSentence]:
    path = Path(path)
    files = sorted(path.glob("*.conllu")) if path.is_dir() else [path]
    return [s for f in files for s in read_conllu(f)]


# ---- report ----

def format_table(table: Dict[str, Tuple[int, int, int]], title: str) -> str:
    lines = [title, f"{'pos':<6} {'n':>6} {'accuracy':>9} {'unaligned':>10}"]
    order = sorted((k for k in table if k != "all"), key=lambda k: -table[k][2]) + ["all"]
    for pos in order:
        correct, unaligned, total = table[pos]
        lines.append(f"{pos:<6} {total:>6} {correct / total:>9.4f} {unaligned:>10}")
    return "\n".join(lines)


def format_errors(errors) -> str:
    lines = ["most frequent errors: count pos | form | gold → pipeline"]
    lines += [f"{n:>5} {pos:<6} | {form} | {gold} → {system}" for (pos, form, gold, system), n in errors]
    return "\n".join(lines)


def main(args) -> int:
    if not Path(args.conllu).exists():
        print(f"not found: {args.conllu}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sentences = read_gold(args.conllu)
    if args.limit:
        sentences = sentences[:args.limit]
    outcomes = lemma_outcomes(sentences)
    title = f"Lemmas, {args.conllu} ({len(sentences)} sentences, punctuation left out): case-insensitive"
    print(format_table(accuracy_by_pos(outcomes), title))
    if args.show_errors:
        print("\n" + format_errors(frequent_errors(outcomes, args.show_errors)))
    print(f"done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0
