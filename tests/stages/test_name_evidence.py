"""Normal forms from the article's own evidence (pipeline.stages.name_evidence)."""
import pytest

from pipeline.records import Mention, Token
from pipeline.stages.name_evidence import from_evidence, same_word, with_article_evidence


@pytest.mark.parametrize("nominative, oblique, expected", [
    ("Смит", "Смитом", True), ("Лейла", "Лейлы", True), ("Бурла", "Бурла", True), ("Топалов", "Топалова", True),
    ("Смит", "Смирнов", False), ("Ли", "Линь", False),
])
def test_same_word(nominative, oblique, expected):
    assert same_word(nominative, oblique) is expected


def mention(start, text, normal):
    return Mention("d", start, start, start + len(text), text, "PER", normal)


def test_an_oblique_mention_takes_the_nominative_the_article_gives():
    nominatives = [({0}, ["Альберт", "Бурла"])]
    assert from_evidence(mention(50, "Альберта Бурла", "Альберт Бурл"), nominatives) == "Альберт Бурла"
    assert from_evidence(mention(50, "Бурлой", "Бурлой"), nominatives) == "Бурла"


def test_a_mention_whose_own_form_the_article_confirms_is_left_alone():
    nominatives = [({0}, ["Анна", "Иванова"]), ({30}, ["Иван", "Иванов"])]
    assert from_evidence(mention(60, "Ивановой", "Иванова"), nominatives) is None
    assert from_evidence(mention(90, "Марии", "Мария"), nominatives) is None


def test_of_two_nominative_readings_the_base_form_wins():
    text = "Веселина Топалова (Болгария). Веселин Топалов (Болгария)."
    words = [(0, "Веселина"), (9, "Топалова"), (30, "Веселин"), (38, "Топалов")]
    tokens = [Token("d", 0, i, s, s + len(w), w, w.lower(), "PROPN", "Case=Nom", -1, "") for i, (s, w) in enumerate(words)]
    mentions = [mention(0, "Веселина Топалова", "Веселина Топалова"), mention(30, "Веселин Топалов", "Веселин Топалов")]
    assert [m.normal for m in with_article_evidence(mentions, tokens)] == ["Веселин Топалов", "Веселин Топалов"]
