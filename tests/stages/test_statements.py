from datetime import date

from pipeline.stages.reprints import normal_words
from pipeline.stages.statements import Collector, group, report_order, speaker_key, statement_ids, statement_row

PESKOV = "PER:Дмитрий Песков"
LONG = ("Переговоры инициировали для того, чтобы получить конкретные ответы на конкретные заданные "
        "принципиальные вопросы. Вот по этим принципиальным вопросам зафиксированы разногласия. Это плохо")


def test_speaker_key_prefers_the_run_wide_entity():
    assert speaker_key("e1", "PER:Песков", "Песков") == "e1"
    assert speaker_key(None, "PER:Песков", "Песков") == "PER:Песков"
    assert speaker_key(None, None, "Эксперты") == "name:эксперты"
    assert speaker_key(None, None, None) is None


def test_first_is_the_earliest_said_on_then_published_then_doc_id():
    assert report_order(date(2020, 1, 2), date(2020, 1, 5), "b", 0) < report_order(date(2020, 1, 3), None, "a", 0)
    assert report_order(None, date(2020, 1, 2), "b", 0) < report_order(None, None, "a", 0)
    assert report_order(None, None, "a", 5) < report_order(None, None, "b", 0)


def collect(reports):
    collector = Collector()
    for key, text, said_on, doc_id in reports:
        collector.add(key, text, key.split(":")[-1], said_on, None, doc_id, 0)
    return collector.variants.values()


REPORTS = [
    (PESKOV, LONG, date(2022, 1, 14), "b_reprint"),
    (PESKOV, "«" + LONG.replace("е", "ё") + "»", date(2022, 1, 13), "a_wire"),
    (PESKOV, "Вот по этим принципиальным вопросам зафиксированы разногласия", date(2022, 1, 15), "c_digest"),
    (PESKOV, "У России никогда не было дефицита политической воли", date(2022, 1, 13), "a_wire"),
    ("PER:Сергей Лавров", LONG, date(2022, 1, 12), "d_other"),
]


def test_group_joins_reprints_of_one_speaker_and_keeps_others_apart():
    statements = group(collect(REPORTS))
    assert sorted(len(s.variants) for s in statements) == [1, 1, 2]
    ids = statement_ids(statements)
    assert ids[(PESKOV, normal_words(LONG))] == ids[(PESKOV, normal_words(REPORTS[2][1]))]
    assert ids[(PESKOV, normal_words(LONG))] != ids[("PER:Сергей Лавров", normal_words(LONG))]


def test_a_statement_names_its_first_report_and_most_complete_text():
    statements = group(collect(REPORTS))
    row = next(statement_row(s, {}) for s in statements if s.head.speaker_key == PESKOV and len(s.variants) == 2)
    assert row["first_doc_id"] == "a_wire" and row["first_said_on"] == date(2022, 1, 13)
    assert row["n_quotes"] == 3 and row["n_docs"] == 3 and row["doc_ids"] == ["a_wire", "b_reprint", "c_digest"]
    assert normal_words(row["text"]) == normal_words(LONG) and row["speaker"] == "Дмитрий Песков"


def test_ids_come_from_content_not_from_the_order_of_reports():
    forward = statement_ids(group(collect(REPORTS)))
    backward = statement_ids(group(collect(REPORTS[::-1])))
    assert forward == backward


def test_memory_grows_with_distinct_statements_not_with_reports():
    once, ten_times = collect(REPORTS), collect(REPORTS * 10)
    assert len(list(once)) == len(list(ten_times))
    assert statement_ids(group(collect(REPORTS))) == statement_ids(group(collect(REPORTS * 10)))
