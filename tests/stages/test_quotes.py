"""Quote patterns and speaker rules on hand-built Russian cases (the real taggers run)."""
import pytest

from pipeline.process import process_batch
from pipeline.models import morph_forms
from pipeline.records import RawArticle
from pipeline.stages.tokens import make_lemmatizer


@pytest.fixture(scope="module")
def quotes_of(models):
    lemmatize = make_lemmatizer(morph_forms)

    def run(text):
        article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, lemmatize)
        return [(q.text, q.speaker, q.kind) for q in article.quotes]
    return run


@pytest.mark.parametrize("text, expected", [
    ('Заголовок\n\nГлава МИД России Сергей Лавров заявил, что США не готовы к переговорам.',
     [("США не готовы к переговорам", "Сергей Лавров", "indirect")]),
    ('Заголовок\n\nПресс-секретарь Кремля Дмитрий Песков прокомментировал встречу.\n\n'
     '"Это плохо", — отметил он.',
     [("Это плохо", "Дмитрий Песков", "direct")]),
    ('Заголовок\n\nДмитрий Песков выступил в среду.\n\n«Работа продолжается», – сказал спикер Путина.',
     [("Работа продолжается", "Дмитрий Песков", "direct")]),
    ('Заголовок\n\nПо словам Юрия Ушакова, встреча прошла конструктивно.',
     [("встреча прошла конструктивно", "Юрий Ушаков", "indirect")]),
    ('Заголовок\n\nВ Кремле оценили переговоры. Об этом заявил пресс-секретарь Дмитрий Песков.',
     [("В Кремле оценили переговоры", "Дмитрий Песков", "indirect")]),
    ('Заголовок\n\nСергей Рябков заявил: «Мы не отступим».',
     [("Мы не отступим", "Сергей Рябков", "direct")]),
    ('Заголовок\n\n- Мы получили вакцину. Привито 380 человек, - сообщил министр Константин Хальзов.',
     [("Мы получили вакцину. Привито 380 человек", "Константин Хальзов", "direct")]),
    ('Заголовок\n\nТрамп заявил, что переговоры в Давосе "прошли хорошо".',
     [('переговоры в Давосе "прошли хорошо"', "Трамп", "mixed")]),
])
def test_statements(quotes_of, text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", [
    'Заголовок\n\nПесков не стал детализировать, что имеет в виду "дух Анкориджа".',
    'Заголовок\n\nРоссия может участвовать в так называемом "Совете мира".',
    'Заголовок\n\nБыло объявлено, что встреча состоится в пятницу.',
    'Заголовок\n\nТакже он выразил недовольство действиями Белого дома.',
])
def test_not_statements(quotes_of, text):
    assert [q for q in quotes_of(text) if q[1]] == []
