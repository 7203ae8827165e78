"""Quotes scored on articles labelled from factRuEval devset and BSNLP covid-19."""
from pipeline.evaluation.gold import evaluate
from tests.conftest import CORPUS_GOLD


def test_corpus_gold_is_scored(corpus_output):
    report = evaluate(corpus_output, CORPUS_GOLD / "gold")
    assert report.quotes.n_gold >= 100
    assert report.published.value == 1.0


def test_corpus_gold_quote_floors(corpus_output):
    report = evaluate(corpus_output, CORPUS_GOLD / "gold")
    assert report.who.f1 >= 0.85
    assert report.attribution.value >= 0.92
