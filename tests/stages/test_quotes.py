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
    'Заголовок\n\nИван Петров приводит примеры из практики.',   # `приводит` is a cue only with `слова`
])
def test_not_statements(quotes_of, text):
    assert [q for q in quotes_of(text) if q[1]] == []


@pytest.fixture(scope="module")
def sources_of(models):
    lemmatize = make_lemmatizer(morph_forms)

    def run(text):
        article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, lemmatize)
        return [(q.speaker, q.source_text, q.source_kind, q.attribution) for q in article.quotes]
    return run


@pytest.mark.parametrize("text, speaker", [
    # apposition in the head's case, any description (not only listed roles)
    ('Заголовок\n\nВ интервью наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил: «Мы подытожим информацию».',
     "Хуан Суареш"),
    ('Заголовок\n\nПо словам генерального директора центра имени Чумакова Айдара Ишмухаметова, испытания продолжаются.',
     "Айдар Ишмухаметов"),
    # a name in another case inside the role is not the speaker
    ('Заголовок\n\nДмитрий Песков выступил утром.\n\n«Работа продолжается», – сказал спикер Путина.', "Дмитрий Песков"),
    # a role tied to the person the article described so
    ('Заголовок\n\nВирусолог Сергей Нетёсов приехал в Москву. Вице-премьер Татьяна Голикова выступила днем.\n\n'
     'Защита наступает через три недели, подчеркнул вирусолог.', "Сергей Нетёсов"),
    # a masculine role noun names a woman; the verb's gender decides
    ('Заголовок\n\nМинистр здравоохранения Светлана Леонтьева посетила больницу.\n\n'
     'Министр здравоохранения подчеркнула, что прививка делается добровольно.', "Светлана Леонтьева"),
    # a role with a surname the tagger may miss
    ('Заголовок\n\nОльга Карпова руководит кафедрой.\n\n«Он безопасен», — уточняет профессор Карпова.', "Ольга Карпова"),
    # first name and patronymic → the person named in full
    ('Заголовок\n\nСветлана Леонтьева привилась первой.\n\n«Я не болела», — призналась Светлана Николаевна.',
     "Светлана Леонтьева"),
    # an organisation named by a description
    ('Заголовок\n\nЦентр контроля и профилактики заболеваний США сообщает, что вакцина проходит тестирование.',
     "Центр контроля и профилактики заболеваний США"),
    # the parser's subject disagrees with the verb: the nominative before the cue
    ('Заголовок\n\nНа заседании кабинета Нетаньяху заявил, что город процветал все эти годы.', "Нетаньяху"),
    # a name with its Latin transcription in brackets
    ('Заголовок\n\nИван Петров (Ivan Petrov) заявил, что выборы пройдут честно.', "Иван Петров"),
    # a relative clause: the name before `который`
    ('Заголовок\n\nИван Петров, который заявил, что выборы пройдут честно, уехал в Москву.', "Иван Петров"),
    # `а последний заявил`: the person mentioned last
    ('Заголовок\n\nОльга Смирнова спорила с Иваном Петровым, а последний заявил, что выборы пройдут честно.', "Иван Петров"),
    # the speaker as the object of a quoting cue, not the medium
    ('Заголовок\n\n«Выборы пройдут честно», — цитирует «Коммерсантъ» министра Ивана Петрова.', "Иван Петров"),
    # ... with a description between: an animate accusative is spelt as the genitive
    ('Заголовок\n\n«Мы не будем повышать налоги», — цитирует «Коммерсантъ» министра финансов Антона Силуанова.',
     "Антон Силуанов"),
    # predicates of opinion: short adjectives and a negated doubt
    ('Заголовок\n\nИван Петров не сомневается, что кризис скоро закончится.', "Иван Петров"),
    ('Заголовок\n\nОльга Смирнова убеждена, что встречи должны быть регулярными.', "Ольга Смирнова"),
    ('Заголовок\n\n«Это правильно», — согласен бывший редактор Иван Петров.', "Иван Петров"),
    # `приводит слова X`: whose words they are, not the medium
    ('Заголовок\n\nПремьер-министр Михаил Мишустин провел совещание. «Мы справимся», — приводит слова премьера ТАСС.',
     "Михаил Мишустин"),
    # a role noun that opens a sentence, which the tagger calls a proper noun
    ('Заголовок\n\nПолитолог Дмитрий Орешкин дал интервью. Политолог уверен, что выборы пройдут спокойно.',
     "Дмитрий Орешкин"),
    # social-media cues
    ('Заголовок\n\nИван Петров написал в Telegram, что уходит в отставку.', "Иван Петров"),
    # `как пояснила X, ...`: the source ends at the comma, a name in the content is not it
    ('Заголовок\n\nАлла Бут приехала.\n\nКак пояснила жена бизнесмена, свидание разрешили, так как приедет его дочь Лиза.',
     "Алла Бут"),
    # `как [ранее] сообщил X`
    ('Заголовок\n\nКак ранее сообщила глава Роспотребнадзора Анна Попова, за год в России могут привить 60% населения.',
     "Анна Попова"),
])
def test_speakers(sources_of, text, speaker):
    found = [s for s, *_ in sources_of(text) if s]
    assert len(found) == 1 and (found[0] == speaker or found[0] in speaker and " " in found[0])   # orgs: contained


def test_a_role_takes_the_person_named_after_the_last_quotation(sources_of):
    text = ('Заголовок\n\nГлава «Газпрома» Алексей Миллер пообещал ограничить поставки газа. В Минске ответил '
            'Эдуард Товпинец. Чиновник заметил, что санкции будут приняты.')
    assert [s for s, *_ in sources_of(text)] == ["Алексей Миллер", "Эдуард Товпинец"]
    text = text.replace("В Минске ответил Эдуард Товпинец. ", "")
    assert [s for s, *_ in sources_of(text)] == ["Алексей Миллер", "Алексей Миллер"]


def test_a_name_in_the_genitive_after_the_quoted_role_is_not_the_speaker(sources_of):
    """`цитирует ТАСС помощника Владимира Путина`: whose assistant, not who spoke."""
    found = [s for s, *_ in sources_of('Заголовок\n\n«Работа продолжается», — цитирует ТАСС помощника Владимира Путина.')]
    assert len(found) == 1 and found[0] != "Владимир Путин"


@pytest.mark.parametrize("text, kind, reason", [
    ('Заголовок\n\nИсточник в министерстве сообщил, что решение уже принято.', "anonymous", "none:anonymous"),
    ('Заголовок\n\nЭксперты считают, что цены вырастут.', "anonymous", "none:anonymous"),
    ('Заголовок\n\nСМИ писали, что встреча сорвалась.', "anonymous", "none:anonymous"),
    # a role that fits nobody in the article (the verb says a woman) stays unnamed
    ('Заголовок\n\nИван Петров приехал.\n\nСупруга убеждена, что встречи должны быть регулярными.', "anonymous",
     "none:anonymous"),
])
def test_unnamed_sources_give_a_reason_and_no_speaker(sources_of, text, kind, reason):
    (speaker, source, source_kind, attribution), = sources_of(text)
    assert speaker is None and source and source_kind == kind and attribution == reason


@pytest.mark.parametrize("text, expected", [
    # dialogue speech resumed after its cue, with a non-breaking hyphen
    ('Заголовок\n\n"Мне 73 года, \u2011 рассказывает Вячеслав Черняев. \u2011 Считаю, что еще пожить можно".',
     [("Мне 73 года", "Вячеслав Черняев"), ("Считаю, что еще пожить можно", "Вячеслав Черняев")]),
    ('Заголовок\n\n— Я не болела ковидом, — призналась Светлана Леонтьева журналистам. — Рекомендую всем привиться.',
     [("Я не болела ковидом", "Светлана Леонтьева"), ("Рекомендую всем привиться", "Светлана Леонтьева")]),
    # a verb of manner after a quotation
    ('Заголовок\n\n"Хочу правнуков дождаться", \u2011 улыбается житель Балашова Виктор Меринов.',
     [("Хочу правнуков дождаться", "Виктор Меринов")]),
    # a cue inside its statement: one statement around it (the tune gold mostly labels so)
    ('Заголовок\n\nТакой переход, считает вице-губернатор Александр Шемелев, повысит оперативность работы.',
     [("Такой переход, считает вице-губернатор Александр Шемелев, повысит оперативность работы", "Александр Шемелев")]),
    ('Заголовок\n\nБыло бы неплохо, отмечает политолог Иван Петров, если бы Китай отвернулся от него.',
     [("Было бы неплохо, отмечает политолог Иван Петров, если бы Китай отвернулся от него", "Иван Петров")]),
    # ... but two when each side is a clause of its own, and a connective lead is not part of it
    ('Заголовок\n\nМузыка стала бонусом, добавил Дэн Хендерсон, но она снижает тревогу людей.',
     [("Музыка стала бонусом", "Дэн Хендерсон"), ("но она снижает тревогу людей", "Дэн Хендерсон")]),
    ('Заголовок\n\nТем не менее, считает Иван Петров, вакцина безопасна.',
     [("вакцина безопасна", "Иван Петров")]),
    # a noun the article put before a name names that person later (no lexicon needed)
    ('Заголовок\n\nСкульптор Георгий Франгулян открыл памятник. «Это глыба», — говорит скульптор.',
     [("Это глыба", "Георгий Франгулян")]),
    # ... but not a noun that never described anyone
    ('Заголовок\n\nГеоргий Франгулян открыл памятник. «Это глыба», — говорит скульптор.',
     []),
    # a name closing a long phrase after the cue, with initials inside it
    ('Заголовок\n\n"Болела, лечилась, обратилась в скорую, ‑ рассказывает пациентка ГКБ №15 имени О.М. Филатова '
     'Ирина Маршутина. ‑ Прививку надо делать всем".',
     [("Болела, лечилась, обратилась в скорую", "Ирина Маршутина"), ("Прививку надо делать всем", "Ирина Маршутина")]),
    # `один из ...` with the name in apposition
    ('Заголовок\n\n"Есть и хорошие новости", - сказал один из руководителей Европейского центробанка Фабио Панетта.',
     [("Есть и хорошие новости", "Фабио Панетта")]),
    # a cue with `ли` asks, it does not report
    ('Заголовок\n\nВратарь Оливер Кан промолчал. Остаётся открытым вопрос, согласится ли вратарь на роль запасного.',
     []),
    # a quotation that goes on after its cue sentence and closes the paragraph
    ('Заголовок\n\n«Экипажи будут из четырёх человек», сказал Скотт Хоровитц. «База заработает не скоро».\n\nКонец.',
     [("Экипажи будут из четырёх человек", "Скотт Хоровитц"), ("База заработает не скоро", "Скотт Хоровитц")]),
    # ... not one with a cue of its own, nor one the paragraph goes on after
    ('Заголовок\n\n«Это важно», — сказал Скотт Хоровитц. «Это первое», — добавила Анна Петрова.',
     [("Это важно", "Скотт Хоровитц"), ("Это первое", "Анна Петрова")]),
    ('Заголовок\n\n«Это важно», — сказал Скотт Хоровитц. «Луна» стартует в мае.',
     [("Это важно", "Скотт Хоровитц")]),
    # a name in quotation marks between the cue and `что`
    ('Заголовок\n\nПрофессор Александр Бутенко рассказал в эфире радиостанции «Говорит Москва», что '
     'пожилым следует сделать тест.', [("пожилым следует сделать тест", "Александр Бутенко")]),
    # ... but short quoted words after the cue are speech, not a name
    ('Заголовок\n\nИван Иванов сказал «нет», что удивило всех.', []),
    # a quotation after the cue sentence that its own cue interrupts is not taken whole
    ('Заголовок\n\n«Это важно», — сказал Иван Иванов. «Но условия, — добавил он, — должны быть честными».\n\nКонец.',
     [("Это важно", "Иван Иванов"), ("Но условия", "Иван Иванов"), ("должны быть честными", "Иван Иванов")]),
    # a subordinate clause before a mid-sentence cue belongs to the statement
    ('Заголовок\n\nЕсли цены вырастут, считает экономист Иван Иванов, спрос упадет.',
     [("Если цены вырастут, считает экономист Иван Иванов, спрос упадет", "Иван Иванов")]),
    # `согласно` with a name: the name is the source; with anything else it is not a statement
    ('Заголовок\n\nСогласно Марку Смиту, рабочих подбудили к захвату завода. Согласно закону, выборы пройдут в мае.',
     [("рабочих подбудили к захвату завода", "Марк Смит")]),
    # the cue hangs on the content's verb: the content's subject is not the source
    ('Заголовок\n\nНекоторые из них могут повлиять на работу, предупреждает Центр контроля заболеваний.',
     [("Некоторые из них могут повлиять на работу", "Центр контроля заболеваний")]),
    # a question in speech after a dialogue dash is what was said, not a topic
    ('Заголовок\n\n- Антитела могут нейтрализовать антигены, - поясняет Николай Крючков. - Но произойдет ли это, '
     'сказать сложно.', [("Антитела могут нейтрализовать антигены", "Николай Крючков"),
                         ("Но произойдет ли это, сказать сложно", "Николай Крючков")]),
    # pointers to the sentence before
    ('Заголовок\n\nВакцинация пожилых еще не одобрена. Это подчеркнул президент Владимир Путин.',
     [("Вакцинация пожилых еще не одобрена", "Владимир Путин")]),
    # a cue, a colon and unquoted speech
    ('Заголовок\n\nСанинструктор Ирина Самойлова признается: их заставлять не нужно.',
     [("их заставлять не нужно", "Ирина Самойлова")]),
    # a lead-in before a colon is the author's, what follows it the source's
    ('Заголовок\n\nТратиться придется и дальше: мир недосчитается 28 трлн долларов, подсчитал Международный валютный фонд.',
     [("мир недосчитается 28 трлн долларов", "Международный валютный фонд")]),
    # glued sentences of a crawled page
    ('Заголовок\n\nВакцина поступила в регион.Она отметила, что иммунизация будет массовой.',
     []),
    # a plural cue with no subject: where it was said is the source
    ('Заголовок\n\nВ Минздраве заявили, что вакцина безопасна.', [("вакцина безопасна", "Минздрав")]),
    ('Заголовок\n\nКак сообщили в пресс-службе компании, завод закрыт.', [("завод закрыт", "Пресс-служба компании")]),
    ('Заголовок\n\n«Мы готовы», — заявили в Кремле.', [("Мы готовы", "Кремль")]),
    # a participle names nothing said (`называемых в Японии`), a year is no source
    ('Заголовок\n\nОстрова, называемых в Японии Северными территориями, спорные.', []),
    ('Заголовок\n\nВ 2019 году заявили, что завод закроют.', []),
    # a leaning opener reaches back to the sentence before, unless it is a statement of its own
    ('Заголовок\n\n"Всё готово", - указывает Петров. Однако документов нет, подчеркивают в Минздраве.',
     [("Всё готово", "Петров"), ("Однако документов нет", "Минздрав")]),
    # borderline cues (optional statements): the rest of the clause after the cue
    ('Заголовок\n\nЛидер оппозиции Леван Гачечиладзе назвал итоги выборов подтасованными и призвал сторонников '
     'собраться на митинг.', [("итоги выборов подтасованными", "Леван Гачечиладзе"),
                              ("сторонников собраться на митинг", "Леван Гачечиладзе")]),
    ('Заголовок\n\nКарикатурист Сергей Елкин тоже советует по возможности оставаться дома, чтобы противостоять вирусу.',
     [("по возможности оставаться дома", "Сергей Елкин")]),
    ('Заголовок\n\nПетров рассказал журналистам о своих планах на лето, а Иванов промолчал.',
     [("о своих планах на лето", "Петров")]),
    ('Заголовок\n\nБенер назвал реформу «убийцей рабочих мест», поскольку она будет очень дорогой.',
     [("реформу «убийцей рабочих мест»", "Бенер")]),
    # ... not a naming without a predicate, a question, an offer, a topic before the cue
    ('Заголовок\n\nМинистр Иван Петров назвал имя победителя.', []),
    ('Заголовок\n\nПонтеса спросили о снах, которые он видит на станции.', []),
    ('Заголовок\n\nКомпания Иван Петров предлагает товары по низким ценам.', []),
    ('Заголовок\n\nНачинается новый этап, о котором президент Иван Петров объявил на встрече с правительством.', []),
])
def test_constructions(quotes_of, text, expected):
    assert [(t, s) for t, s, _ in quotes_of(text) if s] == expected


@pytest.mark.parametrize("text", [
    # an indirect question names a topic, not a statement
    'Заголовок\n\nЧем отличаются две вакцины, рассказал вирусолог Сергей Нетёсов.',
    'Заголовок\n\nВрач уточнит, нет ли аллергии на лекарства, рассказала Ольга Смирнова.',
    # an apposition after the source is not the statement going on
    'Заголовок\n\n"Вакцину надо испытать", — пояснил Павел Волчков, заведующий лабораторией, где разрабатывают платформу.',
])
def test_not_more_statements_than_the_quotation(quotes_of, text):
    assert len([q for q in quotes_of(text) if q[1]]) <= 1
    assert not any(q[0].startswith(("Чем", "заведующий", "где")) for q in quotes_of(text))


@pytest.fixture(scope="module")
def when_of_quotes(models):
    lemmatize = make_lemmatizer(morph_forms)

    def run(text):
        article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, lemmatize)
        return [q.when_value for q in article.quotes if q.speaker]
    return run


@pytest.mark.parametrize("text, when", [
    ('Заголовок\n\nИван Петров 26 января 2021 года заявил, что выборы пройдут честно.', ["2021-01-26"]),
    # `в тот же день` points to the day of the sentence before
    ('Заголовок\n\n26 января 2021 года прошли переговоры. В тот же день Иван Петров заявил, что выборы пройдут честно.',
     ["2021-01-26"]),
    # a duration is not the statement's day
    ('Заголовок\n\nИван Петров заявил, что за 10 лет выборы стали честнее.', [None]),
])
def test_when_a_statement_was_made(when_of_quotes, text, when):
    assert when_of_quotes(text) == when
