from datetime import date

import pytest

from pipeline.stages.statements import (Collector, containment, group, match_keys, normal_words, report_order,
                                        same_text, speaker_key, statement_ids, statement_row)

PESKOV = "PER:Дмитрий Песков"
LONG = ("Переговоры инициировали для того, чтобы получить конкретные ответы на конкретные заданные "
        "принципиальные вопросы. Вот по этим принципиальным вопросам зафиксированы разногласия. Это плохо")


def test_normal_words_ignore_case_yo_quotation_marks_and_dashes():
    assert normal_words("«Всё — ХОРОШО», „ёлки“ - \"да\"") == normal_words('все хорошо "елки" — «да»')


GOLIKOVA = "с понедельника, 18 января 2021 года, в стране стартует массовая кампания по прививкам"


@pytest.mark.parametrize("a, b", [
    (LONG, LONG.upper().replace("Е", "Ё")),                                            # case, ё/е
    (LONG, "Вот по этим принципиальным вопросам зафиксированы разногласия"),           # a truncated sentence
    (LONG, "Переговоры инициировали для того, чтобы получить конкретные ответы. Это плохо"),  # shortened
    ("переговоры в Женеве были неудачными и бесполезными", "«Переговоры в Женеве были неудачными»"),  # direct and retold
    (GOLIKOVA, "в стране стартует массовая кампания по прививкам с понедельника, 18 января 2021 года"),  # moved
    ("больше 300 тыс. человек уже привились", "Больше 300 тысяч человек уже привились"),  # abbreviation
    ("около полумиллиона человек записались", "около полумиллиона человек записалось"),  # inflection
    ("Однако работа над вакциной продолжается", "работа над вакциной продолжается"),    # a lead-in
    ("Мы ведем переговоры с шестью производителями вакцины, которые уже провели две стадии",
     "Украина ведет переговоры с шестью производителями вакцины, которые уже провели две стадии"),  # retold
])
def test_reprints_of_one_statement_are_the_same(a, b):
    assert same_text(a, b) and same_text(b, a)


@pytest.mark.parametrize("a, b", [
    ("Мы не будем этого делать ни при каких условиях", "они не станут этого делать ни при каких условиях"),
    ("работа продолжается, результатов пока нет", "работа продолжается"),                 # too short to tell
    ("У России никогда не было дефицита политической воли для продолжения переговоров",
     "У России никогда не было дефицита газа, и его не будет в эту зиму тоже"),          # a shared phrase
    ("Мы будем работать дальше", "Мы будем работать с партнерами по этому вопросу"),    # a shared opening
    (GOLIKOVA, GOLIKOVA.replace("18", "25")),                                           # a number changed
    ("человек переболел, в этом сезоне вакцинацию проходить не нужно",
     "человек переболел, в этом сезоне вакцинацию проходить нужно"),                     # a negation dropped
    ("в Москве около 500 тысяч человек записались на вакцинацию от коронавируса",
     "в Москве около 500 тысяч человек привились от коронавируса"),                      # a word replaced
    ("Нам нужно переходить от масштабной к массовой вакцинации",
     "Нам нужно переходить от массовой к масштабной вакцинации"),                        # two words swapped
    ("вакцина обеспечила высокую степень защиты: свыше 90%", "вакцина обеспечила высокую степень защиты: около 70%"),
])
def test_different_statements_stay_apart(a, b):
    assert not same_text(a, b) and not same_text(b, a)


def test_containment_is_the_share_of_the_shorter_version_found():
    keys = lambda text: match_keys(normal_words(text))   # noqa: E731
    assert containment(keys("Однако работа над вакциной продолжается"), keys("работа над вакциной продолжается")) == 1.0
    assert containment(keys("сказал он: работа над вакциной продолжается"), keys("работа над вакциной продолжается")) == 1.0
    assert containment(keys("работа над вакциной продолжается в Москве"), keys("работа над вакциной продолжается")) is not None


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
