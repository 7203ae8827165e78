"""Sentences: razdel within lines, glued ends split, quoted names and agency leads."""
import pytest

from pipeline.records import Document
from pipeline.stages.tokens import split_sentences


def sentences(text):
    return [s.text for s in split_sentences(Document("t", "t", text))]


def test_a_period_inside_a_short_quoted_name_ends_no_sentence():
    assert sentences("Его жена в Telegram-канале «Казань. Главное» рассказала, что он цел. Потом ушла.") == [
        "Его жена в Telegram-канале «Казань. Главное» рассказала, что он цел.", "Потом ушла."]


@pytest.mark.parametrize("text", [
    "Он сказал: «Мы готовы. Мы ждём». Потом ушёл.",   # a quotation's sentences: the name does not go on
    "Он сказал: «Мы готовы к любому исходу переговоров. Но мы ждём» и ушёл.",   # too long for a name
])
def test_a_quotation_of_sentences_is_not_glued_back(text):
    assert len(sentences(text)) >= 2 and not sentences(text)[0].endswith("и ушёл.")


def test_an_agency_lead_is_a_sentence_of_its_own():
    assert sentences("Москва. 3 октября. INTERFAX.RU - «Яндекс» открыл доступ к сервису.")[-1] == \
        "«Яндекс» открыл доступ к сервису."


def test_a_dash_after_an_abbreviation_in_the_body_is_no_agency_lead():
    assert sentences("США — крупнейший экспортер нефти.") == ["США — крупнейший экспортер нефти."]
