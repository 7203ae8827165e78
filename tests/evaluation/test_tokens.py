"""Word-by-word statement scores (pipeline.evaluation.tokens)."""
from pipeline.evaluation.gold import Report
from pipeline.evaluation.tokens import score_tokens

TEXT = "Песков заявил, что встреча прошла хорошо. Погода была тёплой."
SENTENCES = [(0, 41), (42, len(TEXT))]


def quote(content, source):
    start, s = TEXT.index(content), TEXT.index(source)
    return {"start": start, "end": start + len(content), "source_start": s, "source_end": s + len(source)}


def test_words_and_sentences_of_a_statement_against_the_gold():
    report = Report()
    gold = [quote("встреча прошла хорошо", "Песков")]
    system = [quote("прошла хорошо", "Песков"), {**quote("Погода была тёплой", "Погода"), "source_start": None}]
    score_tokens(TEXT, SENTENCES, system, gold, report)
    assert (report.content_tokens.tp, report.content_tokens.n_system, report.content_tokens.n_gold) == (2, 5, 3)
    assert (report.source_tokens.tp, report.source_tokens.n_system, report.source_tokens.n_gold) == (1, 1, 1)
    assert (report.sentences.tp, report.sentences.n_system, report.sentences.n_gold) == (1, 2, 1)
