import pytest

from pipeline.stages.ner_rules import place_or_organisation, split_glued


@pytest.mark.parametrize("text, spans, expected", [
    ("Джоэл Саймон (Joel Simon)", [(0, 25, "PER")], ["Джоэл Саймон", "Joel Simon"]),
    ("Овечкин, Фёдоров", [(0, 16, "PER")], ["Овечкин", "Фёдоров"]),
    ("Монако • Намибия", [(0, 16, "LOC")], ["Монако", "Намибия"]),
    ("Бернс (", [(0, 7, "PER")], ["Бернс"]),
    ("Дмитрий Песков", [(0, 14, "PER")], ["Дмитрий Песков"]),
])
def test_split_glued(text, spans, expected):
    assert [text[a:b] for a, b, _ in split_glued(spans, text)] == expected


def test_union_acts_as_organisation():
    text = "ЕС и Россия"
    assert place_or_organisation([(0, 2, "LOC"), (5, 11, "LOC")], text) == [(0, 2, "ORG"), (5, 11, "LOC")]
