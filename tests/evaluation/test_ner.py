"""Scoring of pipeline.evaluation.ner on hand-built spans; then the corpus measures."""
from pathlib import Path

import pytest

from pipeline.evaluation.factrueval import parse_objects, parse_spans
from pipeline.evaluation.ner import (Counts, Share, accuracy, exact_counts, merge_overlaps, overall,
                                     score_document, spans_io, sum_scores, text_tokens, token_counts)
from tests.conftest import SHARED

TEXT = "Юрий Лужков посетил мэрию Москвы и Тверскую площадь."
#       0    5      12      20    26     33 35       44     51
PER, ORG, MOSCOW, SQUARE = (0, 11, "PER"), (20, 32, "ORG"), (26, 32, "LOC"), (35, 51, "LOC")
GOLD = [PER, ORG, MOSCOW, SQUARE]


def test_parse_objects_spans_earliest_start_to_latest_end():
    spans = parse_spans(["1 loc_name 26 6 10 1  # 10 Москвы", "2 org_descr 20 5 9 1  # 9 мэрию",
                         "3 name 0 4 1 1  # 1 Юрий", "4 surname 5 6 2 1  # 2 Лужков"])
    objects = ["7 Org 1 2 # Москвы мэрию", "8 LocOrg 1 # Москвы", "9 Person 3 4 # Юрий Лужков",
               "10 Project 3 # Юрий", ""]
    assert parse_objects(objects, spans) == [ORG, MOSCOW, PER]


@pytest.mark.parametrize("system, kind, expected", [
    ([PER], "PER", Counts(1, 1, 1)),
    ([(0, 4, "PER")], "PER", Counts(0, 1, 1)),                  # a part of the name: no match
    ([(0, 11, "ORG")], "PER", Counts(0, 0, 1)),                 # right bounds, wrong type
    ([MOSCOW, SQUARE, (44, 51, "LOC")], "LOC", Counts(2, 3, 2)),
    ([MOSCOW, MOSCOW], "LOC", Counts(1, 1, 2)),                 # spans are sets
    ([], "ORG", Counts(0, 0, 1)),
])
def test_exact_counts(system, kind, expected):
    assert exact_counts(system, GOLD, kind) == expected


def test_counts_precision_recall_f1():
    counts = Counts(tp=2, n_system=3, n_gold=4)
    assert (counts.precision, counts.recall) == (pytest.approx(2 / 3), 0.5)
    assert counts.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_text_tokens_are_razdel_tokens():
    assert text_tokens(TEXT)[:3] == [(0, 4), (5, 11), (12, 19)]
    assert text_tokens(TEXT)[-1] == (51, 52)


@pytest.mark.parametrize("spans, expected", [
    ([], [False] * 9),
    ([PER], [True, True] + [False] * 7),
    ([MOSCOW, SQUARE], [False] * 4 + [True, False, True, True, False]),
    ([(22, 32, "ORG")], [False] * 4 + [True, False, False, False, False]),   # start inside a token
])
def test_spans_io_follows_naeval(spans, expected):
    assert spans_io(text_tokens(TEXT), spans) == expected


def test_merge_overlaps_joins_nested_spans_of_one_type():
    nested = [(26, 32, "ORG"), (20, 32, "ORG"), (35, 51, "ORG")]
    assert merge_overlaps(nested) == [(20, 32, "ORG"), (35, 51, "ORG")]
    assert merge_overlaps([(0, 4, "PER"), (4, 11, "PER")]) == [(0, 4, "PER"), (4, 11, "PER")]


@pytest.mark.parametrize("system, kind, expected", [
    ([PER], "PER", Counts(2, 2, 2)),
    ([(5, 11, "PER")], "PER", Counts(1, 1, 2)),             # surname only: one FN token
    ([MOSCOW], "ORG", Counts(0, 0, 2)),
    ([(26, 32, "ORG")], "ORG", Counts(1, 1, 2)),            # мэрию missed
    ([MOSCOW, (35, 52, "LOC")], "LOC", Counts(3, 4, 3)),    # the dot is an FP token
    ([(12, 19, "LOC")], "LOC", Counts(0, 1, 3)),
])
def test_token_counts(system, kind, expected):
    assert token_counts(text_tokens(TEXT), system, GOLD, kind) == expected


def test_token_counts_keep_nested_gold_of_one_type():
    gold = [(20, 32, "ORG"), (26, 32, "ORG")]                # a nested object, same type
    assert token_counts(text_tokens(TEXT), [(20, 32, "ORG")], gold, "ORG") == Counts(2, 2, 2)


def test_scores_sum_over_documents():
    one = score_document(TEXT, [PER, MOSCOW], GOLD)
    total = sum_scores([one, one])
    assert total["exact"]["LOC"] == Counts(2, 2, 4)
    assert total["token"]["ORG"] == Counts(0, 0, 4)
    assert overall(total["exact"]) == Counts(4, 4, 8)


def test_normal_form_accuracy_by_type():
    rows = [{"type": "PER", "normal": "Юрий Лужков"}, {"type": "LOC", "normal": "Москва"},
            {"type": "LOC", "normal": "Тверская площадь"}]
    result = accuracy(rows, ["Юрий Лужков", "Москвы", "Тверская площадь"])
    assert result["PER"] == Share(1, 1) and result["LOC"] == Share(1, 2) and result["ORG"] == Share()
    assert overall(result).value == pytest.approx(2 / 3)


# ---- the corpus measures (factRuEval devset, ~30 s) ----

FACTRUEVAL = SHARED / "corpora" / "factrueval-2016"
DEVSET, TESTSET = FACTRUEVAL / "devset", FACTRUEVAL / "testset"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="factRuEval devset not beside the checkout")
def test_pipeline_beats_plain_natasha_on_every_type_by_both_measures(models):
    from pipeline.evaluation.ner import ner_scores
    scores = ner_scores(DEVSET, models)
    for measure in ("exact", "token"):
        for kind in ("PER", "LOC", "ORG"):
            assert scores["pipeline"][measure][kind].f1 > scores["natasha"][measure][kind].f1, (measure, kind)
    for kind in ("PER", "LOC", "ORG"):   # exact spans: natasha + 0.03 on every type
        assert scores["pipeline"]["exact"][kind].f1 >= scores["natasha"]["exact"][kind].f1 + 0.03, kind


@pytest.mark.skipif(not DEVSET.is_dir(), reason="factRuEval devset not beside the checkout")
def test_normal_forms_against_hand_labelled_gold(models):
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / "normal_forms_gold.jsonl", DEVSET, models)["accuracy"]
    assert overall(accuracy["pipeline"]).value >= 0.93
    assert accuracy["pipeline"]["PER"].value >= 0.98
    for kind in ("PER", "LOC", "ORG"):
        assert accuracy["pipeline"][kind].value > accuracy["natasha"][kind].value, kind


@pytest.mark.skipif(not TESTSET.is_dir(), reason="factRuEval testset not beside the checkout")
def test_person_normal_forms_on_held_out_texts(models):
    """238 persons from testset texts no rule was written on, labelled by hand."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / "normal_forms_heldout.jsonl", TESTSET, models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= 0.97
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value


NEW_TEXTS = [DEVSET, SHARED / "corpora" / "bsnlp-2021-ru" / "raw" / "covid-19", DATA / "normal_forms_texts"]


@pytest.mark.skipif(not all(d.is_dir() for d in NEW_TEXTS), reason="corpora not beside the checkout")
@pytest.mark.parametrize("part, floor", [("tune", 0.99), ("validation", 0.80)])
def test_person_normal_forms_on_the_new_blind_set(models, part, floor):
    """297 persons in oblique cases, half of them foreign, labelled blind (rules from tune
    only). The floors guard today's level: tune is past the issue's target (0.98), validation
    is not."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_new_{part}.jsonl", NEW_TEXTS, models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value


@pytest.mark.parametrize("part, floor", [("tune", 0.92), ("validation", 0.90)])
def test_person_normal_forms_on_the_third_written_set(models, part, floor):
    """331 persons in 20 texts written and labelled blind in a third round (oblique cases,
    most of them foreign; split by the same hash). First measured, before any rule from
    them: tune 0.909, validation 0.921; tune 0.930 after its rules."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_r3_{part}.jsonl", [DATA / "normal_forms_texts"], models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value


@pytest.mark.parametrize("part, floor", [("tune", 0.97), ("validation", 0.94)])
def test_person_normal_forms_on_the_fourth_written_set(models, part, floor):
    """376 persons in 20 texts written and labelled blind in a fourth round (250 oblique, 262
    foreign; split by the same hash). Two tune rows were relabelled to the project's order of
    initials (`Петровой И. И.` → `И. И. Петрова`, as issue 14 writes it). First measured, before
    any rule from them: tune 0.933, validation 0.921; after session 39's rules 0.987 and 0.947."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_r4_{part}.jsonl", [DATA / "normal_forms_texts"], models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value


@pytest.mark.parametrize("written_round, part, floor", [("r5", "tune", 0.93), ("r5", "validation", 0.96),
                                                        ("r6", "tune", 0.95), ("r6", "validation", 0.94)])
def test_person_normal_forms_on_the_fifth_and_sixth_written_sets(models, written_round, part, floor):
    """Persons in texts written and labelled blind in a fifth round (338 in 20 texts, session 43)
    and a sixth (340 in 20 texts: courts, medicine, sport, oil and mining; session 50), split by
    the same hash. The sixth, first measured before any rule from it: tune 0.912, validation 0.952
    (natasha 0.684 / 0.714); 0.917 tune after session 50's rule, 0.953 after session 51's. The floors
    guard today's level."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_{written_round}_{part}.jsonl", [DATA / "normal_forms_texts"],
                                  models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value



@pytest.mark.parametrize("part, floor", [("tune", 0.90), ("validation", 0.94)])
def test_person_normal_forms_on_the_seventh_written_set(models, part, floor):
    """365 persons in 20 texts written and labelled blind in a seventh round (session 56: culture,
    diplomacy in Africa and Asia, business, sport; 284 oblique by the writers' counts), split by
    the same hash. First measured, before any rule from it: tune 0.876, validation 0.949 (natasha
    0.753 / 0.888); 0.903 tune after session 56's rules (0.918 before the review took back a rule
    that read `Береговой` as `Береговая`: `Ключевой` is `Ключева`). The floors guard today's level."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_r7_{part}.jsonl", [DATA / "normal_forms_texts"], models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value


@pytest.mark.parametrize("part, floor", [("tune", 0.95), ("validation", 0.93)])
def test_person_normal_forms_on_the_eighth_written_set(models, part, floor):
    """351 persons in 20 texts written and labelled blind in an eighth round (session 57: science
    and medicine, music, elections in Europe and Latin America, regional business and crime in
    Russia and Central Asia), split by the same hash. First measured, before any rule from it: tune
    0.918, validation 0.930 (natasha 0.774 / 0.699); 0.957 / 0.937 after session 57's rules. Three of
    the tune part's nine errors left are the labellers' spacing of initials (`И. Н. Хромых` for `И.Н.
    Хромых`), which the pipeline keeps as written. The floors guard today's level."""
    from pipeline.evaluation.ner import normal_form_scores
    accuracy = normal_form_scores(DATA / f"normal_forms_r8_{part}.jsonl", [DATA / "normal_forms_texts"], models)["accuracy"]
    assert accuracy["pipeline"]["PER"].value >= floor
    assert accuracy["pipeline"]["PER"].value > accuracy["natasha"]["PER"].value
