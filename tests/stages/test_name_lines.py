"""Names written as signatures and with glued initials (pipeline.stages.names, entities)."""
import pytest

from pipeline.stages.names import initials_first, nominative_as_written


@pytest.mark.parametrize("name, expected", [
    ("Е.Малышева", "Е.Малышева"), ("И.В. Петрова", "И.В. Петрова"),
    ("Лузина О.А", "О.А. Лузина"), ("Анна К.", "Анна К."), ("США", "США"),
])
def test_initials_come_first_and_glued_ones_stay_as_written(name, expected):
    assert initials_first(name) == expected


@pytest.mark.parametrize("words, expected", [
    (["Е.", "Малышева"], True), (["Анна", "Петрова"], True), (["Владимира", "Путина"], False), (["Е."], False),
])
def test_a_name_is_nominative_as_written_only_if_every_word_can_be(words, expected):
    assert nominative_as_written(words) == expected


def test_a_signature_on_its_own_line_keeps_its_nominative(models):
    from pipeline.models import morph_forms
    from pipeline.process import process_batch
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    text = "Заголовок\n\nТекст о вакцинах.\n\nЕ.Малышева\n\n[588779038] - 21 октября 2020\n\nПривет от Владимира Путина."
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, make_lemmatizer(morph_forms))
    normals = {m.text: m.normal for m in article.mentions if m.type == "PER"}
    assert normals["Е.Малышева"] == "Е.Малышева" and normals["Владимира Путина"] == "Владимир Путин"
