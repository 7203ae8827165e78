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


def _tokens(words, lemmas):
    from pipeline.records import Token
    out, start = [], 0
    for i, w in enumerate(words):
        out.append(Token("d", 0, i, start, start + len(w), w, lemmas.get(w, w.lower()), "PUNCT" if w in "«»" else "NOUN", "", -1, ""))
        start += len(w) + 1
    return out


@pytest.mark.parametrize("words, expected", [
    (["партии", "«", "Яблоко", "»"], [(0, 17, "ORG")]),                     # a descriptor and its quoted name
    (["ведомство", "«", "прорабатывает", "варианты", "»"], []),            # quoted words name nothing
    (["компании", "«", "eBay", "»"], [(0, 17, "ORG")]),                     # a Latin name may start in lower case
])
def test_a_descriptor_takes_a_quoted_name_that_starts_with_a_capital(words, expected):
    from pipeline.stages.ner_rules import add_descriptor_organisations
    tokens = _tokens(words, {"партии": "партия", "компании": "компания"})
    assert add_descriptor_organisations([], tokens) == expected


def test_a_descriptors_quoted_name_stays_in_its_sentence():
    """`телеканала\n"\nПри этом он подчеркнул, что "`: marks on other lines name nothing."""
    from pipeline.stages.ner_rules import add_descriptor_organisations
    tokens = _tokens(["телеканала", "\"", "При", "этом", "\""], {"телеканала": "телеканал"})
    tokens = [t._replace(sentence_id=0 if i == 0 else 1) for i, t in enumerate(tokens)]
    assert add_descriptor_organisations([], tokens) == []
    tokens = [t._replace(sentence_id=0) for t in tokens]
    assert add_descriptor_organisations([], tokens) != []
    tokens = _tokens(["журнала", "«", "Что", "?", "Где", "?", "»"], {"журнала": "журнал"})
    tokens = [t._replace(sentence_id=[0, 0, 0, 0, 1, 1, 1][i]) for i, t in enumerate(tokens)]   # razdel splits inside
    assert add_descriptor_organisations([], tokens) != []


def test_a_first_name_and_surname_alone_on_a_line_or_listed_beside_people_is_a_person():
    from pipeline.stages.ner_rules import add_listed_names
    text = ("Заголовок\n\nАлексей Калмыков \n\nБи-би-си\n\n18 января 2021 20:53 Анна Семенова, Вероника Богма, "
            "Мурат Зарипов \n\nНовая Москва, Красная Площадь.\n\nЛюбовь Орлова, Москва")
    found = [(text.find(n), text.find(n) + len(n), "PER") for n in ("Анна Семенова", "Вероника Богма")]
    added = [text[a:b] for a, b, _ in add_listed_names(found, text)[len(found):]]
    # not a place pair, nor a name listed with no person beside it
    assert added == ["Алексей Калмыков", "Мурат Зарипов"]


def _tagged(words_feats):
    """Tokens for (word, feats) pairs, one space apart."""
    from pipeline.records import Token
    out, start = [], 0
    for i, (w, f) in enumerate(words_feats):
        out.append(Token("d", 0, i, start, start + len(w), w, w.lower(), "PROPN", f, -1, ""))
        start += len(w) + 1
    return out


@pytest.mark.parametrize("words, spans, expected", [
    # an organisation and the place it belongs to, in the genitive or abbreviated, are one organisation
    ([("Армия", "Case=Nom"), ("обороны", "Case=Gen"), ("Израиля", "Case=Gen")], [(0, 13, "ORG"), (14, 21, "LOC")],
     [(0, 21, "ORG"), (14, 21, "LOC")]),
    ([("МИД", ""), ("РФ", "")], [(0, 3, "ORG"), (4, 6, "LOC")], [(0, 6, "ORG"), (4, 6, "LOC")]),
    # not a place in another case (`в Конгрессе 8-й избирательный округ`), nor one apart
    ([("Конгрессе", "Case=Loc"), ("8-й", "Case=Acc"), ("округ", "Case=Acc")], [(0, 9, "ORG"), (10, 18, "LOC")],
     [(0, 9, "ORG"), (10, 18, "LOC")]),
])
def test_an_organisation_takes_the_place_it_belongs_to(words, spans, expected):
    from pipeline.stages.ner_rules import join_organisation_and_place
    assert join_organisation_and_place(spans, _tagged(words)) == expected


@pytest.mark.parametrize("words, spans, expected", [
    # a department's abbreviation and the body's name are one organisation, and so is its branch
    # `по` a place in the dative; the body and the place stay mentions of their own, as in factRuEval
    ([("ГУ", ""), ("МЧС", ""), ("России", "Case=Gen"), ("по", ""), ("краю", "Case=Dat")],
     [(0, 2, "ORG"), (3, 13, "ORG"), (7, 13, "LOC"), (17, 21, "LOC")],
     [(3, 13, "ORG"), (7, 13, "LOC"), (17, 21, "LOC"), (0, 21, "ORG")]),
    ([("УФСБ", ""), ("по", ""), ("Москве", "Case=Dat")], [(0, 4, "ORG"), (8, 14, "LOC")],
     [(0, 4, "ORG"), (8, 14, "LOC"), (0, 14, "ORG")]),
    # ... the abbreviation ending a span the tagger found (`Пресс-служба ГУ` + `МЧС России`: the name from `ГУ`)
    ([("Пресс-служба", ""), ("ГУ", ""), ("МЧС", ""), ("России", "Case=Gen")],
     [(0, 15, "ORG"), (16, 26, "ORG"), (20, 26, "LOC")],
     [(16, 26, "ORG"), (20, 26, "LOC"), (13, 26, "ORG")]),
    # not a place in another case after `по` (`по Москве` as a route: `по Москву` aside)
    ([("МЧС", ""), ("по", ""), ("Москву", "Case=Acc")], [(0, 3, "ORG"), (7, 13, "LOC")], [(0, 3, "ORG"), (7, 13, "LOC")]),
])
def test_a_department_and_a_branch_are_one_organisation(words, spans, expected):
    from pipeline.stages.ner_rules import join_department_and_branch
    assert join_department_and_branch(spans, _tagged(words)) == expected
