import pytest

from pipeline.evaluation.gold import jaccard, pair_spans, speaker_matches, value_matches


def test_jaccard():
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert jaccard((0, 10), (20, 30)) == 0


def test_pairs_are_one_to_one_best_first():
    system = [{"start": 0, "end": 10}, {"start": 0, "end": 9}]
    gold = [{"start": 0, "end": 10}]
    assert pair_spans(system, gold) == [(0, 0)]


def test_two_gold_statements_on_one_span_pair_by_speaker_then_by_requiredness():
    from pipeline.evaluation.gold import Report, score_quotes
    span = {"start": 0, "end": 20, "text": "t", "cue": "сказать", "kind": "indirect"}
    gold = [dict(span, speaker="Влад Филат", speaker_type="PER", optional=False),
            dict(span, speaker="Интерфакс", speaker_type="ORG", optional=True)]
    for order in (gold, gold[::-1]):
        report = Report()
        score_quotes([dict(span, speaker="Влад Филат", attribution="")], order, report)
        assert (report.who.tp, report.who.n_gold, report.who.n_system) == (1, 1, 1)


@pytest.mark.parametrize("system, gold, kind, expected", [
    ("Сергей Лавров", "Сергей Лавров", "PER", True),
    ("Лавров", "Сергей Лавров", "PER", True),
    ("Сергей Лавров", "Сергей Рябков", "PER", False),
    ("Джордж Мелони", "Джорджа Мелони", "PER", False),
    ("Путин", "Дмитрий Песков", "PER", False),
    ("Bloomberg", "один из источников Bloomberg", "OTHER", True),
    (None, "Сергей Лавров", "PER", False),
    ("Сергей Лавров", None, "PER", False),   # the text never says who spoke
    (None, None, "OTHER", False),
])
def test_speaker_match_rule(system, gold, kind, expected):
    assert speaker_matches(system, gold, kind) is expected


@pytest.mark.parametrize("system, gold, expected", [
    ("2022-01-26", "XXXX-01-26", True), ("2026-02-09T14:49", "2026-02-09", True),
    ("2026-02-08", "2026-02-09", False), (None, "2026", False),
])
def test_value_match_rule(system, gold, expected):
    assert value_matches(system, gold) is expected


def test_an_optional_date_family_the_gold_does_not_label_is_no_false_positive():
    from pipeline.evaluation.gold import Report, score_dates
    gold = [{"start": 0, "end": 9, "value": "2021-01-09", "optional": False}]
    system = [{"start": 0, "end": 9, "value": "2021-01-09", "rule": "day_words"},
              {"start": 20, "end": 29, "value": "P1Y", "rule": "set:every"},        # optional family: excused
              {"start": 40, "end": 49, "value": "2021-01-10", "rule": "day_words"}]  # a plain date: counted
    report = Report()
    score_dates(system, gold, report)
    assert (report.dates.tp, report.dates.n_system, report.dates.n_gold) == (1, 2, 1)
