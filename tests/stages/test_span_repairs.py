"""Entity span repairs (pipeline.stages.span_repairs) on hand-built articles."""
import pytest

from pipeline.records import Token
from pipeline.stages.name_marks import broken_reason
from pipeline.stages.span_repairs import Article, repair_span, split_two_names


def tokens_of(text, tags=()):
    """Whitespace-and-punctuation tokens of ``text``, one sentence; ``tags`` gives (pos, lemma)
    for words by their text."""
    import re
    tags = dict(tags)
    out = []
    for i, m in enumerate(re.finditer(r"\w+(?:-\w+)*|[^\w\s]", text)):
        pos, lemma = tags.get(m.group(), ("PROPN" if m.group()[:1].isupper() else "NOUN", m.group().lower()))
        out.append(Token("d", 0, i, m.start(), m.end(), m.group(), lemma, pos, "", -1, ""))
    return out


def repaired(text, piece, kind, tags=()):
    start = text.index(piece)
    span = repair_span((start, start + len(piece), kind), Article(text, tokens_of(text, tags)))
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text, piece, kind, expected", [
    # a name cut before its closing quotation mark takes the whole «...»
    ("Книгу выпустило Издательство «Вече» в мае.", "Издательство «Вече", "ORG", "Издательство «Вече»"),
    ("Пишет газета «Известия».", "газета «Известия", "ORG", "газета «Известия»"),
    ("Работал на заводе «Красный Октябрь» давно.", "Октябрь»", "ORG", "«Красный Октябрь»"),
    ('Сотрудники ЗАО "Завод" ушли.', 'ЗАО "Завод', "ORG", 'ЗАО "Завод"'),
    ("Шаттл „Дискавери“ сел.", "„Дискавери", "ORG", "„Дискавери“"),
    # a straight mark that closes another name is no partner: a nested name whose outer mark was dropped
    # is cut at its lone mark (session 55), while one that opens is (`Вече"` takes its opening mark)
    ('Вакцина "ЭпиВакКорона", разработанная ФБУН "Государственный центр "Вектор" Роспотребнадзора.',
     'ФБУН "Государственный центр "Вектор"', "ORG", 'Государственный центр "Вектор"'),
    ('Книгу выпустило издательство "Вече" в мае.', 'Вече"', "ORG", '"Вече"'),
    # with no closing mark on the line, the name is cut at the lone mark
    ("Издательство «Вече\nвыпустило книгу", "Издательство «Вече", "ORG", "Издательство"),
    # editorial and other brackets are cut at
    ("Слова [советника министра Ивана] Петрова прозвучали.", "Ивана] Петрова", "PER", "Петрова"),
    ("Екатерина Аталык (Половникова", "Екатерина Аталык (Половникова", "PER", "Екатерина Аталык"),
    # words that are no part of a name
    ("Вчера Минфин сообщил.", "Вчера Минфин", "ORG", "Минфин"),
    # an adjective opening the sentence before a first name and surname, however tagged (session 54)
    ("Пятнадцатилетняя Алиса Бережная выиграла этап.", "Пятнадцатилетняя Алиса Бережная", "PER", "Алиса Бережная"),
    ("Толстая Анна Петровна выступила.", "Толстая Анна Петровна", "PER", "Толстая Анна Петровна"),
    ("Фото: Carlos Barria", "Фото: Carlos Barria", "PER", "Carlos Barria"),   # a caption's credit
    ("Он ответил Юань Шикаю. Юань Шикай считал так.", "Юань Шикай", "PER", "Юань Шикай"),   # (a verb's form too)
    ("Дональд Трамп (Фото: Carlos Barria / Reuters)", "Фото: Carlos Barria", "PER", "Carlos Barria"),
    ("Снимок сделал Фото Иванов.", "Фото Иванов", "PER", "Фото Иванов"),   # no colon, mid-sentence: kept
    # a hyphenated description of common words before the name (not a double surname)
    ("Остроумец-куплетист Смирнов-Сокольский отвечает.", "Остроумец-куплетист Смирнов-Сокольский", "PER",
     "Смирнов-Сокольский"),
    ("Композитор Николай Римский-Корсаков писал.", "Николай Римский-Корсаков", "PER", "Николай Римский-Корсаков"),
    ("Об этом сказал премьер Медведев.", "премьер Медведев", "PER", "Медведев"),
    ("Институт им. М. П. Чумакова работает.", "им. М. П. Чумакова", "PER", "М. П. Чумакова"),
    # a movement natasha glued to the person after it (not a surname like it)
    ("Лидер Хамас Исмаил Хания заявил.", "Хамас Исмаил Хания", "PER", "Исмаил Хания"),
    ("Директор Хамасова Анна пришла.", "Хамасова Анна", "PER", "Хамасова Анна"),
])
def test_repair_span(text, piece, kind, expected):
    assert repaired(text, piece, kind) == expected


@pytest.mark.parametrize("text, piece, expected", [
    # a place or a body named after a role or a body's head, before a first name, is no part of the name
    ("Посол Эстерии Мартин Кивисало заявил.", "Эстерии Мартин Кивисало", "Мартин Кивисало"),
    ("Министр Республики Таргения Эмиль Роос заявил.", "Таргения Эмиль Роос", "Эмиль Роос"),
    # ... but a first name, a patronymic or a surname stays; so does a name after other words
    ("Президент Владимир Владимирович Путин заявил.", "Владимир Владимирович Путин", "Владимир Владимирович Путин"),
    ("Актёр Жан Клод Ван Дамм заявил.", "Жан Клод Ван Дамм", "Жан Клод Ван Дамм"),
    ("Вчера Эстерии Мартин Кивисало заявил.", "Эстерии Мартин Кивисало", "Эстерии Мартин Кивисало"),
    # a surname first, before a first name and a patronymic (official and court style)
    ("Губернатор Кожемяко Олег Николаевич заявил.", "Кожемяко Олег Николаевич", "Кожемяко Олег Николаевич"),
    # after a body's head, a surname before a first name is the body's namesake
    ("Сотрудница центра Карнеги Лейла Хаддад заявила.", "Карнеги Лейла Хаддад", "Лейла Хаддад"),
])
def test_a_place_before_a_first_name_leaves_the_persons_span(text, piece, expected):
    tags = [("Посол", ("NOUN", "посол")), ("Республики", ("NOUN", "республика")), ("Президент", ("NOUN", "президент")),
            ("Актёр", ("NOUN", "актёр")), ("Губернатор", ("NOUN", "губернатор")), ("центра", ("NOUN", "центр"))]
    assert repaired(text, piece, "PER", tags) == expected


def test_a_medium_before_a_persons_name_is_no_part_of_it():
    """`оператор Аль-Джазиры Сами аль-Хадж`: the medium (by its lemma) leaves the person's span."""
    text = "Задержан оператор Аль-Джазиры Сами аль-Хадж."
    assert repaired(text, "Аль-Джазиры Сами аль-Хадж", "PER", tags=[("Аль-Джазиры", ("PROPN", "аль-джазира"))]) \
        == "Сами аль-Хадж"
    assert repaired(text, "Аль-Джазиры", "ORG", tags=[("Аль-Джазиры", ("PROPN", "аль-джазира"))]) == "Аль-Джазиры"


def test_an_occupation_before_a_persons_name_is_no_part_of_it():
    """`Аллерголог Ирина Белоусова: ...` at a line's start: the occupation leaves the span."""
    text = "Аллерголог Ирина Белоусова: сезон начнётся раньше."
    assert repaired(text, "Аллерголог Ирина Белоусова", "PER", tags=[("Аллерголог", ("NOUN", "аллерголог"))]) \
        == "Ирина Белоусова"


@pytest.mark.parametrize("text, piece, expected", [
    # a short function word by its tag opens no name at a sentence's start; an initial stays
    ("У Трампа, безусловно, есть козырь.", "У Трампа", "Трампа"),
    ("Против Трампа развернута кампания.", "Против Трампа", "Трампа"),
    ("И. Петров заявил о победе.", "И. Петров", "И. Петров"),
])
def test_a_function_word_at_the_start_of_a_sentence_leaves_a_name(text, piece, expected):
    tags = {"У": ("ADP", "у"), "Против": ("ADP", "против"), "И": ("CCONJ", "и")}
    assert repaired(text, piece, "PER", tags) == expected


@pytest.mark.parametrize("text, piece, kind, expected", [
    # initials keep their period; first-name words that look like function words stay
    ("Подписал Петрова И.В. приказ.", "Петрова И.В", "PER", "Петрова И.В."),
    ("Сообщил А. Кудрин.", "А. Кудрин", "PER", "А. Кудрин"),
    ("Космонавт Ли Со Ён вернулась.", "Ли Со Ён", "PER", "Ли Со Ён"),
    ("Организаторы: движение «За права человека».", "движение «За права человека»", "ORG",
     "движение «За права человека»"),
    # a lone letter or bare initials are never an entity, nor a word that is never a name
    ("Сказал Б и ушёл.", "Б", "PER", None),
    ("Письмо подписал В.Л. лично.", "В.Л.", "PER", None),
    ("Все ушли.", "Все", "LOC", None),
    ("Пресс-служба США сообщила.", "США", "LOC", "США"),
    # a key combination, a word before a number sign
    ("Выделите ошибку и нажмите Ctrl+Enter.", "Ctrl+Enter", "ORG", None),
    ("Зарегистрировано, свидетельство Эл № ФС 77-68119.", "Эл", "PER", None),
    ("Выступил Ли Со Ён.", "Ли Со Ён", "PER", "Ли Со Ён"),
    # a role word alone, capitalised because it opens a sentence; mid-sentence it may be a surname
    ("Конгрессвумен от Калифорнии Надя Ривера заявила.", "Конгрессвумен", "LOC", None),
    ("Сенатор заявил, что прав.", "Сенатор", "PER", None),
    ("Журналистка заявила, что права.", "Журналистка", "PER", None),   # a role's feminine form
    ("Республиканка Ребекка Доусон заявила.", "Республиканка Ребекка Доусон", "PER", "Ребекка Доусон"),
    ("Книгу написала Кузнец.", "Кузнец", "PER", "Кузнец"),
])
def test_repair_span_initials_and_letters(text, piece, kind, expected):
    assert repaired(text, piece, kind) == expected


@pytest.mark.parametrize("name, kind, reason", [
    ("Издательство «Вече", "ORG", "unbalanced «»"),
    ("Иван] Петров", "PER", "unbalanced []"),
    ('завод "ЗАЗ', "ORG", "odd quotation marks"),
    ("„Энергия“", "ORG", None),
    ("Б", "PER", "initials only"),
    ("И. В.", "PER", "initials only"),
    ("- Москва", "LOC", "starts with '-'"),
    ("Москва,", "LOC", "ends with ','"),
    ("США", "LOC", None), ("Газета.ru", "ORG", None), ("Yahoo!", "ORG", None),
])
def test_broken_reason(name, kind, reason):
    assert broken_reason(name, kind) == reason


@pytest.mark.parametrize("piece, expected", [
    ("Чумакова Айдара Ишмухаметова", ["Чумакова", "Айдара Ишмухаметова"]),   # the namesake, then a person
    ("М. П. Чумакова Айдара Ишмухаметова", ["М. П. Чумакова", "Айдара Ишмухаметова"]),
    ("М. П. Чумакова", ["М. П. Чумакова"]),                                   # the namesake alone stays whole
    ("Андрея Сахарова", ["Андрея Сахарова"]),                                 # a namesake of two words too
])
def test_a_span_after_imeni_splits_the_namesake_from_the_person_after_it(piece, expected):
    from pipeline.stages.span_repairs import split_namesake
    text = f"По словам директора центра имени {piece}, вакцина готова."
    start = text.index(piece)
    spans = split_namesake((start, start + len(piece), "PER"), Article(text, tokens_of(text)))
    assert [text[a:b] for a, b, _ in spans] == expected


@pytest.mark.parametrize("text, piece, expected", [
    # two surnames in cases no one name can have are two people
    ("Так говорил Собянин Путину в сентябре.", "Собянин Путину", ["Собянин", "Путину"]),
    # one name: a guessed surname, a first name, a double surname
    ("Тень Джесси Джелсингера легла.", "Джесси Джелсингера", ["Джесси Джелсингера"]),
    ("Тренер Йоахим Лёв остался.", "Йоахим Лёв", ["Йоахим Лёв"]),
    ("Пришла Анна Петрова.", "Анна Петрова", ["Анна Петрова"]),
])
def test_two_surnames_side_by_side_are_two_people(text, piece, expected):
    start = text.index(piece)
    spans = split_two_names((start, start + len(piece), "PER"), Article(text, tokens_of(text)))
    assert [text[a:b] for a, b, _ in spans] == expected


@pytest.mark.parametrize("cases, expected", [
    # a genitive name of two words before a nominative one of two: two people
    (("Gen", "Gen", "Nom", "Nom"), ["Николы Йовича", "Драган Маркович"]),
    # one name in one case, or runs too short to be names of their own
    (("Gen", "Gen", "Gen", "Gen"), ["Николы Йовича Драган Маркович"]),
    (("Gen", "Nom", "Nom", "Nom"), ["Николы Йовича Драган Маркович"]),
    (("Nom", "Nom", "Nom", "Nom"), ["Николы Йовича Драган Маркович"]),
])
def test_a_genitive_name_before_a_nominative_one_is_two_people(cases, expected):
    from pipeline.stages.span_repairs import split_owner_and_person
    text = "Агент полузащитника Николы Йовича Драган Маркович заявил."
    piece = "Николы Йовича Драган Маркович"
    tokens = [t._replace(feats=f"Case={cases[['Николы', 'Йовича', 'Драган', 'Маркович'].index(t.text)]}")
              if t.text in piece.split() else t for t in tokens_of(text)]
    start = text.index(piece)
    spans = split_owner_and_person((start, start + len(piece), "PER"), Article(text, tokens))
    assert [text[a:b] for a, b, _ in spans] == expected


@pytest.mark.parametrize("cases, expected", [
    (("Gen", "Nom", "Nom"), ["Петерсона", "Брэдли Осборн"]),   # an institution's namesake before a person
    (("Gen", "Gen", "Nom"), ["Петерсона Брэдли Осборн"]),
    (("Nom", "Nom", "Nom"), ["Петерсона Брэдли Осборн"]),
])
def test_one_genitive_word_before_a_nominative_name_of_two_is_another_name(cases, expected):
    _split_three("Сотрудник Института Петерсона Брэдли Осборн полагает, что пошлины вырастут.",
                 "Петерсона Брэдли Осборн", cases, expected)


def test_a_first_name_read_as_a_genitive_stays_in_its_name():
    _split_three("Актриса Мэри Джейн Смит приехала в Москву.", "Мэри Джейн Смит", ("Gen", "Nom", "Nom"),
                 ["Мэри Джейн Смит"])


def _split_three(text, piece, cases, expected):
    from pipeline.stages.span_repairs import split_owner_and_person
    tokens = [t._replace(feats=f"Case={cases[piece.split().index(t.text)]}") if t.text in piece.split() else t
              for t in tokens_of(text)]
    start = text.index(piece)
    spans = split_owner_and_person((start, start + len(piece), "PER"), Article(text, tokens))
    assert [text[a:b] for a, b, _ in spans] == expected


def _trimmed(text, pieces, cases, pos=()):
    """The spans of ``pieces`` (people) after trim_glued_words, with the tagger's cases and
    parts of speech given by word."""
    from pipeline.stages.span_repairs import trim_glued_words
    tokens = [t._replace(feats=f"Case={cases[t.text]}" if t.text in cases else "",
                         pos=dict(pos).get(t.text, t.pos)) for t in tokens_of(text)]
    spans = []
    for piece in pieces:
        start = text.index(piece)
        spans.append((start, start + len(piece), "PER"))
    return [text[a:b] for a, b, _ in trim_glued_words(spans, Article(text, tokens))]


@pytest.mark.parametrize("text, pieces, cases, pos, expected", [
    # a teaser's headline run into its lead: the lead's first word leaves the surname
    ("Штаб Джо Байдена рад. В Мичигане утвердили победу Байдена Выигрыш в штате даёт голоса.",
     ["Джо Байдена", "Байдена Выигрыш"], {"Джо": "Gen", "Байдена": "Gen", "Выигрыш": "Nom"}, (),
     ["Джо Байдена", "Байдена"]),
    # a common noun or a particle before or after the surname
    ("Дональд Трамп проиграл. Сторонники Трампа вышли на улицы.",
     ["Дональд Трамп", "Сторонники Трампа"], {"Дональд": "Nom", "Трамп": "Nom", "Сторонники": "Nom", "Трампа": "Gen"},
     (), ["Дональд Трамп", "Трампа"]),
    ("Джо Байден победил. За Байдена Да и я тоже.", ["Джо Байден", "Байдена Да"],
     {"Джо": "Nom", "Байден": "Nom", "Байдена": "Gen"}, {"Да": "PART"}, ["Джо Байден", "Байдена"]),
    # a word the dictionary knows only as a place, in the surname's case
    ("Джо Байден победил. Байден Мичиган выиграл.", ["Джо Байден", "Байден Мичиган"],
     {"Джо": "Nom", "Байден": "Nom", "Мичиган": "Nom"}, (), ["Джо Байден", "Байден"]),
    ("Джордж Вашингтон стал президентом.", ["Джордж Вашингтон"],
     {"Джордж": "Nom", "Вашингтон": "Nom"}, (), ["Джордж Вашингтон"]),
    # no other name ends in that surname: nothing to lean on
    ("В Мичигане утвердили победу Байдена Выигрыш в штате.", ["Байдена Выигрыш"],
     {"Байдена": "Gen", "Выигрыш": "Nom"}, (), ["Байдена Выигрыш"]),
    # a first name the dictionary knows as a common word shares its surname's case
    ("Политолог Малек Дудаков считает так, а Игорь Дудаков молчит.", ["Малек Дудаков", "Игорь Дудаков"],
     {"Малек": "Nom", "Дудаков": "Nom", "Игорь": "Nom"}, (), ["Малек Дудаков", "Игорь Дудаков"]),
    # the tagger's cases differ, but no other name ends in the word the rest would be
    ("Анджей Дуда приехал. Визит Анджея Дуды начался.", ["Анджей Дуда", "Анджея Дуды"],
     {"Анджей": "Nom", "Дуда": "Nom", "Анджея": "Gen", "Дуды": "Nom"}, (), ["Анджей Дуда", "Анджея Дуды"]),
])
def test_a_word_glued_to_a_surname_leaves_the_persons_span(text, pieces, cases, pos, expected):
    assert _trimmed(text, pieces, cases, pos) == expected



@pytest.mark.parametrize("text, pieces, expected", [
    # an instrumental name run into a surname the article gives another person: two names
    ("Тренер Юха Сало говорил. В разговоре с корреспондентом Ээро Лааксоненом Сало признал ошибки.",
     ["Юха Сало", "Ээро Лааксоненом Сало"], ["Юха Сало", "Ээро Лааксоненом", "Сало"]),
    # one name: the surname named nowhere else, or in the instrumental itself
    ("Тренер Юха Сало говорил. В разговоре с корреспондентом Ээро Лааксоненом Вирта признал ошибки.",
     ["Юха Сало", "Ээро Лааксоненом Вирта"], ["Юха Сало", "Ээро Лааксоненом Вирта"]),
    ("Он встретился с Владимиром Путиным. Встреча с Владимиром Владимировичем Путиным прошла.",
     ["Владимиром Путиным", "Владимиром Владимировичем Путиным"],
     ["Владимиром Путиным", "Владимиром Владимировичем Путиным"]),
    # a full name run into a surname with particles that another person bears, in any case
    ("Урсула фон дер Ляйен выступила. На встрече с премьером Петтери Орпо фон дер Ляйен заявила о сделке.",
     ["Урсула фон дер Ляйен", "Петтери Орпо фон дер Ляйен"], ["Урсула фон дер Ляйен", "Петтери Орпо", "фон дер Ляйен"]),
    # not a double first name before the family's surname
    ("Ханс ван Бален приехал. Министр Анна Мария ван Бален заявила о сделке.",
     ["Ханс ван Бален", "Анна Мария ван Бален"], ["Ханс ван Бален", "Анна Мария ван Бален"]),
])
def test_an_instrumental_name_before_a_known_surname_is_two_names(text, pieces, expected):
    from pipeline.stages.span_repairs import split_before_known_surname
    spans = [(text.index(p), text.index(p) + len(p), "PER") for p in pieces]
    out = split_before_known_surname(spans, Article(text, tokens_of(text)))
    assert [text[a:b] for a, b, _ in out] == expected


@pytest.mark.parametrize("text, piece, expected", [
    # after a kin noun (a few words before), a genitive name and the relative's first name
    ("Сын бывшего вице-президента Джо Байдена Хантер мог организовать встречу.", "Джо Байдена Хантер",
     ["Джо Байдена", "Хантер"]),
    ("Жена Дмитрия Медведева Светлана посетила храм.", "Дмитрия Медведева Светлана", ["Дмитрия Медведева", "Светлана"]),
    # ... not a name with its patronymic, nor one with no kin noun before it, nor a genitive last word
    ("Сын Ивана Петровича Сидорова заявил, что уедет.", "Ивана Петровича Сидорова", ["Ивана Петровича Сидорова"]),
    ("Дочь Елены Викторовны Шмидт учится в Москве.", "Елены Викторовны Шмидт", ["Елены Викторовны Шмидт"]),
    ("Друг Джо Байдена Хантер мог организовать встречу.", "Джо Байдена Хантер", ["Джо Байдена Хантер"]),
    ("Ноутбук сына Джо Байдена Хантера нашли.", "Джо Байдена Хантера", ["Джо Байдена Хантера"]),
])
def test_a_kin_nouns_genitive_name_and_the_relatives_first_name_are_two_people(text, piece, expected):
    from pipeline.stages.span_repairs import split_kin_and_name
    tokens = [t._replace(lemma={"Сын": "сын", "Жена": "жена", "сына": "сын", "Друг": "друг", "Дочь": "дочь"}.get(t.text, t.lemma))
              for t in tokens_of(text)]
    start = text.index(piece)
    spans = split_kin_and_name((start, start + len(piece), "PER"), Article(text, tokens))
    assert [text[a:b] for a, b, _ in spans] == expected


def test_session_40_a_name_written_twice_is_two_mentions():
    """`Сергей Леонов Сергей Леонов Фото: ...`: a caption and its alt text run together."""
    from pipeline.stages.span_repairs import split_repeated_name
    text = "Сергей Леонов Сергей Леонов Фото: Наталья Шатохина"
    article = Article(text, [])
    assert split_repeated_name((0, 27, "PER"), article) == [(0, 13, "PER"), (14, 27, "PER")]
    assert split_repeated_name((34, 50, "PER"), article) == [(34, 50, "PER")]
    assert split_repeated_name((0, 13, "PER"), article) == [(0, 13, "PER")]


def test_session_41_verbs_and_places_before_a_first_name_are_no_part_of_it(models):
    """`куратор проектов Сохраним Байкал Маргарита Морозова`: a project's name without quotation
    marks; the person is `Маргарита Морозова`."""
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    text = 'Заголовок\n\nВода стала мутной, считает куратор проектов Сохраним Байкал Маргарита Морозова.'
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, make_lemmatizer(morph_forms))
    assert [m.text for m in article.mentions if m.type == "PER"] == ["Маргарита Морозова"]


def test_session_41_the_verb_and_place_trim_keeps_names():
    from pipeline.stages.span_repairs import trim_verbs_and_places_before_name
    text = "Анна Мария Петрова и Любовь Надежда Иванова пришли."
    tokens = tokens_of(text)
    for piece in ("Анна Мария Петрова", "Любовь Надежда Иванова"):
        start = text.index(piece)
        assert trim_verbs_and_places_before_name((start, start + len(piece), "PER"), Article(text, tokens)) == \
            (start, start + len(piece), "PER")


@pytest.mark.parametrize("text, names", [
    # session 43: a word the dictionary knows only as a common noun for a person, opening a
    # sentence, is no name (`Уфимка`, `Пассажирка`); a name the dictionary knows stays
    ("Уфимка Маргарита Никандрова опубликовала фотографии.", ["Маргарита Никандрова"]),
    ("Пассажирка рассказала о полете. Мария Буян летела в Омск.", ["Мария Буян"]),
])
def test_session_43_a_person_noun_opening_a_sentence_is_no_name(models, text, names):
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    article, = process_batch([RawArticle("t", "t.txt", data=f"Заголовок\n\n{text}".encode())], models,
                             make_lemmatizer(morph_forms))
    assert [m.text for m in article.mentions if m.type == "PER"] == names


def test_session_43_a_masculine_adjective_before_a_name_gives_its_case(models):
    """`18-летнего[Nom, the tagger's] Джесси[Gen] Джелсингера[Nom]`: the adjective's ending says genitive."""
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    text = 'Заголовок\n\nВидимо, тень вошедшего в историю 18-летнего Джесси Джелсингера будет долго омрачать жизнь.'
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, make_lemmatizer(morph_forms))
    assert [m.normal for m in article.mentions if m.type == "PER"] == ["Джесси Джелсингер"]


@pytest.mark.parametrize("text, piece, expected", [
    # session 45: a common noun for a person opening a sentence is cut from a person's span ...
    ("Клиент Стелла-банка рассказывает.", "Клиент Стелла-банка", "Стелла-банка"),
    # ... not a first name, nor a character's name made of such a noun
    ("Владимир Стрелков рассказывает.", "Владимир Стрелков", "Владимир Стрелков"),
    ("Дед Мороз поздравил детей.", "Дед Мороз", "Дед Мороз"),
])
def test_session_45_a_person_noun_opening_a_sentence(text, piece, expected):
    assert repaired(text, piece, "PER") == expected


@pytest.mark.parametrize("text, piece, expected", [
    # a singular role noun opening the sentence is no part of a body's span; with only common words after it,
    # there is no body (session 55)
    ("Куратор выставки, заведующая отделом Галина Пушкарева, рассказала.", "Куратор выставки", None),
    ("Президент ассоциации «Деловая Россия» Алексей Репик заявил.", "Президент ассоциации «Деловая Россия»",
     "ассоциации «Деловая Россия»"),
    # ... not a plural (the body's people) nor an adjective
    ("Исследователи Брукхейвенской лаборатории сообщили.", "Исследователи Брукхейвенской лаборатории",
     "Исследователи Брукхейвенской лаборатории"),
    ("Генеральное консульство Италии сообщило.", "Генеральное консульство Италии", "Генеральное консульство Италии"),
])
def test_session_55_a_role_noun_opening_a_bodys_span(text, piece, expected):
    tags = {"Куратор": ("NOUN", "куратор"), "Президент": ("NOUN", "президент"), "Генеральное": ("ADJ", "генеральный")}
    start = text.index(piece)
    tokens = tokens_of(text, tags.items())
    tokens = [t._replace(feats="Number=Plur") if t.text == "Исследователи" else t for t in tokens]
    span = repair_span((start, start + len(piece), "ORG"), Article(text, tokens))
    assert (text[span[0]:span[1]] if span else None) == expected


@pytest.mark.parametrize("text, piece, expected", [
    # a product's name is no person: after a drug's noun, or in quotation marks after a product's (session 55)
    ("В инструкции к вакцине Гам Ковид Вак сказано.", "Гам Ковид Вак", None),
    ("Вчера показали фильм «Иван Васильевич меняет профессию».", "Иван Васильевич", None),
    # ... not a person after them (a drug's maker named in the genitive, a first name the dictionary knows)
    ("Препарат Александра Гинцбурга хвалят.", "Александра Гинцбурга", "Александра Гинцбурга"),
    ("Фильм Никиты Михалкова показали.", "Никиты Михалкова", "Никиты Михалкова"),
])
def test_session_55_a_products_name_is_no_person(text, piece, expected):
    tags = {"вакцине": ("NOUN", "вакцина"), "фильм": ("NOUN", "фильм"), "Препарат": ("NOUN", "препарат"),
            "Фильм": ("NOUN", "фильм")}
    assert repaired(text, piece, "PER", tags.items()) == expected


@pytest.mark.parametrize("text, piece, expected", [
    # review of session 55: a mark followed by a letter's sign opens nothing it closes; a body's own name after a role word
    ('Акция "#МыВместе" прошла.', '"#МыВместе"', '"#МыВместе"'),
    ("Компания Доктор Веб сообщила.", "Доктор Веб", "Доктор Веб"),
    ("Клиника Мать и дитя открылась.", "Мать и дитя", "Мать и дитя"),
])
def test_session_55_review_spans(text, piece, expected):
    tags = {"Доктор": ("NOUN", "доктор"), "Мать": ("NOUN", "мать"), "и": ("CCONJ", "и")}
    assert repaired(text, piece, "ORG", tags.items()) == expected
