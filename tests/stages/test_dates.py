import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.evaluation.gold import value_matches
from pipeline.models import morph_forms
from pipeline.records import Document
from pipeline.stages.dates import extract_dates, value_bounds
from pipeline.stages.tokens import analyze, make_lemmatizer

GOLD = Path(__file__).resolve().parents[1] / "data" / "dates_gold.jsonl"


def values(text, published=None):
    return [(d.text, d.value) for d in extract_dates(Document("t", "t", text, published=published))]


@pytest.mark.parametrize("text, published, expected", [
    ("Встреча прошла 9 февраля 2026 года.", None, [("9 февраля 2026 года", "2026-02-09")]),
    ("Напомним, 9 января в Женеве начались переговоры.", None, [("9 января", "XXXX-01-09")]),
    ("4-5 февраля делегации провели переговоры.", None, [("4-5 февраля", "XXXX-02-04/XXXX-02-05")]),
    ("10-13 января 2022 года Россия получила отказ.", None, [("10-13 января 2022 года", "2022-01-10/2022-01-13")]),
    ("Лавров заявил это в четверг.", date(2025, 8, 22), [("в четверг", "2025-08-21")]),
    ("Лавров заявил это в четверг.", None, [("в четверг", "XXXX-XX-XX")]),
    ("Вчера он уехал.", date(2026, 1, 23), [("Вчера", "2026-01-22")]),
    ("Это случилось в 2026 году.", None, [("в 2026 году", "2026")]),
    ("Опубликовано 09.02.2026 в 14:49", None, [("09.02.2026 в 14:49", "2026-02-09T14:49")]),
    ("На прошлой неделе", date(2025, 8, 22), [("На прошлой неделе", "2025-W33")]),
    ("с 12 января по 30 апреля", None, [("с 12 января по 30 апреля", "XXXX-01-12/XXXX-04-30")]),
])
def test_date_values(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("text", [
    "Матч закончился со счетом 2:1.", "Пострадали 1997 человек.", "В 15 регионах ввели карантин.",
    "Вирус COVID-19 распространяется.", "Эти понимания были озвучены накануне встречи в Анкоридже.",
])
def test_numbers_that_are_not_dates(text):
    assert values(text) == []


def test_year_comes_from_dated_context_not_from_bare_years():
    text = "Страны вошли в альянс после 1997 года. 9 января начались переговоры."
    assert dict(values(text))["9 января"] == "XXXX-01-09"
    text = "10-13 января 2022 года шли переговоры. 26 января пришел ответ."
    assert dict(values(text))["26 января"] == "2022-01-26"


@pytest.mark.parametrize("value, first, last", [
    ("2026-02-09", date(2026, 2, 9), date(2026, 2, 9)),
    ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-02-04/2026-02-05", date(2026, 2, 4), date(2026, 2, 5)),
    ("XXXX-01-09", None, None),
    ("2026-01-23T09:17", date(2026, 1, 23), date(2026, 1, 23)),
])
def test_value_bounds(value, first, last):
    assert value_bounds(value) == (first, last)


def test_dates_gold_table_value_accuracy(models):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100
    docs = [Document(str(i), str(i), r["text"], published=date.fromisoformat(r["published"]) if r["published"] else None)
            for i, r in enumerate(rows)]
    analyzed = analyze(docs, models, make_lemmatizer(morph_forms))
    right = 0
    for row, doc, (_, tokens) in zip(rows, docs, analyzed):
        start, end = row["start"], row["start"] + len(row["expr"])
        hits = [d for d in extract_dates(doc, tokens) if d.start < end and start < d.end]
        right += (not hits) if row["value"] is None else bool(hits) and value_matches(hits[0].value, row["value"])
    assert right / len(rows) >= 0.95
