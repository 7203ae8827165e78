import pytest

from pipeline.stages.entities import surname_matches
from pipeline.stages.names import canonical_person, normalize_person, normalize_phrase


@pytest.mark.parametrize("words, expected", [
    ([("Сергея", "Gen", "Masc"), ("Лаврова", "Gen", "Masc")], "Сергей Лавров"),
    ([("Дональда", "Gen", "Masc"), ("Трампа", "Gen", "Masc")], "Дональд Трамп"),
    ([("Марка", "Gen", "Masc"), ("Рютте", "Gen", "Masc")], "Марк Рютте"),
    ([("Стивен", "Nom", "Masc"), ("Уиткофф", "Nom", "Masc")], "Стивен Уиткофф"),
])
def test_person_nominative(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    ([("Администрации", "Gen", "NOUN"), ("президента", "Gen", "NOUN"), ("Российской", "Gen", "ADJ"),
      ("Федерации", "Gen", "PROPN")], "Администрация президента Российской Федерации"),
    ([("Тверской", "Gen", "ADJ"), ("площади", "Gen", "NOUN")], "Тверская площадь"),
    ([("Соединенных", "Gen", "ADJ"), ("Штатов", "Gen", "PROPN")], "Соединенные Штаты"),
])
def test_phrase_nominative(words, expected):
    assert normalize_phrase(words) == expected


def test_canonical_drops_patronymic():
    assert canonical_person("Дмитрий Сергеевич Песков") == "Дмитрий Песков"
    assert canonical_person("Зеленский") == "Зеленский"


@pytest.mark.parametrize("surname, word, expected", [
    ("Лавров", "Лаврова", True), ("Песков", "Пескову", True), ("Мелони", "Мелони", True),
    ("Путин", "Песков", False), ("Лавров", "Лавр", False),
])
def test_surname_matches(surname, word, expected):
    assert surname_matches(surname, word) is expected


def test_a_woman_the_dictionary_reads_as_a_man_keeps_her_name():
    words = [("Джорджа", "Gen", "Masc"), ("Мелони", "Nom", "Fem")]
    assert normalize_person(words, verb_gender="femn") == "Джорджа Мелони"
    assert normalize_person([("Джорджа", "Gen", "Masc"), ("Буша", "Gen", "Masc")]) == "Джордж Буш"
