"""Command-line options of the evaluation commands (light: nothing heavy is imported)."""
import argparse

DEFAULT_DEVSET = "../shared/corpora/factrueval-2016/devset"
DEFAULT_NORMAL_GOLD = "tests/data/normal_forms_gold.jsonl"
DEFAULT_CONLLU = "../shared/corpora/ud-russian-pud/ru_pud-ud-test.conllu"


def add_ner_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options, shared by ``python -m pipeline ner-eval`` and ``python -m pipeline.evaluation.ner``."""
    parser.add_argument("--devset", default=DEFAULT_DEVSET, help="factRuEval-2016 devset directory")
    parser.add_argument("--normal-gold", default=DEFAULT_NORMAL_GOLD, help="normal-form gold, JSON Lines")
    parser.add_argument("--normal-texts", default=None, nargs="+", metavar="DIR",
                        help="folders of the normal-form gold's texts, searched in order (default: the devset)")
    parser.add_argument("--normal-only", action="store_true", help="score normal forms only, not NER")
    parser.add_argument("--show-errors", action="store_true", help="list the pipeline's wrong normal forms")
    return parser


def add_lemma_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``python -m pipeline lemma-eval``."""
    parser.add_argument("--conllu", default=DEFAULT_CONLLU, help="CoNLL-U gold: a file or a folder of *.conllu")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="list the N most frequent errors")
    return parser
