"""Article-level NER corrections (pipeline.stages.ner_context) on hand-built tokens."""
from pipeline.records import Token
from pipeline.stages.ner_context import (add_first_name_and_surname, add_nested_places, organisations_named_as_places, propagate_names,
                                         quoted_persons, retype_lone_words, surnames_tagged_as_places)


def tok(i, start, text, pos="PROPN", feats="", lemma=None, sentence=0):
    return Token("d", sentence, i, start, start + len(text), text, lemma or text.lower(), pos, feats, -1, "")


def tokens_of(text, pos=None, feats=None, sentence_breaks=()):
    import re
    out = []
    sentence = 0
    for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text)):
        sentence += m.start() in sentence_breaks
        word = m.group()
        out.append(tok(i, m.start(), word, (pos or {}).get(word, "PROPN" if word[:1].isupper() else "NOUN"),
                       (feats or {}).get(word, ""), sentence=sentence))
    return out


def test_a_surname_tagged_once_is_a_person_where_the_tagger_missed_it():
    text = "Веселин Топалов выиграл. Топалова поздравили, Топалов улыбался."
    spans = [(0, 15, "PER")]
    found = propagate_names(spans, tokens_of(text), text)
    assert sorted(text[a:b] for a, b, k in found if k == "PER") == ["Веселин Топалов", "Топалов", "Топалова"]


def test_a_word_named_twice_with_two_types_is_left_alone():
    text = "Вашингтон сказал. Вашингтон ответил. Вашингтон молчал."
    spans = [(0, 9, "PER"), (18, 27, "LOC")]
    assert propagate_names(spans, tokens_of(text), text) == spans


def test_a_lone_person_the_dictionary_knows_as_a_place_is_a_place():
    text = "Прибыли в Аризона."
    toks = tokens_of(text, feats={"Аризона": "Case=Nom"})
    assert retype_lone_words([(10, 17, "PER")], toks, text) == [(10, 17, "LOC")]


def test_a_common_word_opening_a_sentence_is_no_person_and_a_family_no_person():
    text = "Маэстро не видит. Из братьев Ямадаевых."
    toks = tokens_of(text, feats={"Ямадаевых": "Case=Gen|Number=Plur"}, sentence_breaks=(18,))
    assert retype_lone_words([(0, 7, "PER"), (29, 38, "PER")], toks, text) == []


def test_a_surname_known_as_a_common_word_stays_a_person_when_the_article_names_it_in_full():
    text = "Бонер объявил. Джон Бонер ушёл."
    spans = [(0, 5, "PER"), (15, 25, "PER")]
    assert retype_lone_words(spans, tokens_of(text), text) == spans


def test_a_place_inside_an_organisation_name_is_a_place_too():
    text = "Парламент Совета Европы и страны Европы."
    spans = [(10, 23, "ORG"), (33, 39, "LOC")]
    found = add_nested_places(spans, tokens_of(text), text)
    assert (17, 23, "LOC") in found and (10, 17, "LOC") not in found


def test_the_european_union_is_an_organisation():
    text = "Страны Европейского союза"
    toks = [tok(0, 0, "Страны", "NOUN"), tok(1, 7, "Европейского", "ADJ", lemma="европейский"),
            tok(2, 20, "союза", "NOUN", lemma="союз")]
    assert organisations_named_as_places([(7, 25, "LOC")], toks, text) == [(7, 25, "ORG")]


def test_a_person_in_quotation_marks_is_an_organisation_and_so_is_the_same_name_unquoted():
    text = "«Пфайзер» отметила успех. Вакцина от Пфайзера. Иван Пфайзер молчал."
    spans = [(1, 8, "PER"), (37, 45, "PER"), (47, 59, "PER")]
    assert quoted_persons(spans, tokens_of(text), text) == [(1, 8, "ORG"), (37, 45, "ORG"), (47, 59, "PER")]


def test_a_person_with_a_quoted_nickname_or_quoted_speech_stays_a_person():
    text = "«Сэм» Кислин сказал: «Петров прав». Петров молчал."
    spans = [(6, 12, "PER"), (22, 28, "PER"), (36, 42, "PER")]
    assert quoted_persons(spans, tokens_of(text), text) == spans


def test_a_place_that_is_the_surname_of_a_person_named_in_full_is_that_person():
    text = "Ставку не снизят — Лозовая. Председатель банка Анна Лозовая выступила. Встреча в Лозовой."
    spans = [(19, 26, "LOC"), (47, 59, "PER"), (81, 88, "LOC")]
    found = surnames_tagged_as_places(spans, tokens_of(text, pos={"в": "ADP"}), text)
    assert [(text[a:b], k) for a, b, k in found] == [("Лозовая", "PER"), ("Анна Лозовая", "PER"), ("Лозовой", "LOC")]


def test_a_place_is_left_alone_where_no_person_has_its_name():
    text = "Москва ответила. Иван Петров промолчал."
    spans = [(0, 6, "LOC"), (17, 28, "PER")]
    assert surnames_tagged_as_places(spans, tokens_of(text), text) == spans


def test_a_first_name_and_a_surname_in_one_case_the_tagger_missed_are_a_person():
    text = "По словам директора центра имени Чумакова Айдара Ишмухаметова, испытания идут. Об этом писал Марк Твен."
    found = add_first_name_and_surname([], tokens_of(text), text)
    assert [text[a:b] for a, b, k in found if k == "PER"] == ["Айдара Ишмухаметова", "Марк Твен"]


def test_words_already_named_in_no_shared_case_or_before_a_third_name_are_left_alone():
    text = "Иван Петров пришёл. Ивана Петров не ждал. Встреча Ивана Петрова Сидоренко. Роза Ветров цвела."
    spans = [(0, 11, "PER")]
    assert add_first_name_and_surname(spans, tokens_of(text), text) == spans
