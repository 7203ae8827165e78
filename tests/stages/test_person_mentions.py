"""Person mentions on hand-built Russian text (the real taggers run): names that name a
thing are no persons; initials stand before the surname."""
import pytest

from pipeline.models import morph_forms
from pipeline.process import process_batch
from pipeline.records import RawArticle
from pipeline.stages.tokens import make_lemmatizer


@pytest.fixture(scope="module")
def persons_of(models):
    lemmatize = make_lemmatizer(morph_forms)

    def run(text):
        article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, lemmatize)
        return [m.entity_key.partition(":")[2] for m in article.mentions if m.type == "PER"]
    return run


@pytest.mark.parametrize("text, expected", [
    # a name after `имени`, an eponym's noun, or (in the genitive, hung on it) an institution's
    ("Заголовок\n\nВакцину разработали в центре имени Гамалеи и в институте Чумакова.", []),
    ("Заголовок\n\nКак известно, закон Гука верен не всегда.", []),
    # ... but the person at the head of one stays
    ("Заголовок\n\nДиректор центра Гамалеи Александр Гинцбург выступил в среду.", ["Александр Гинцбург"]),
    # initials after a surname go before it, with their period
    ("Заголовок\n\nАвтор статьи — Петрова И.В., кандидат медицинских наук.", ["И.В. Петрова"]),
])
def test_persons(persons_of, text, expected):
    assert persons_of(text) == expected
