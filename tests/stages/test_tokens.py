"""Sentences: razdel within lines, glued ends split, quoted names and agency leads."""
import pytest

from pipeline.records import Document
from pipeline.stages.tokens import rejoined, split_sentences


def sentences(text):
    return [s.text for s in split_sentences(Document("t", "t", text))]


def test_a_period_inside_a_short_quoted_name_ends_no_sentence():
    assert sentences("Его жена в Telegram-канале «Казань. Главное» рассказала, что он цел. Потом ушла.") == [
        "Его жена в Telegram-канале «Казань. Главное» рассказала, что он цел.", "Потом ушла."]


def test_a_quotation_of_sentences_too_long_for_a_name_is_not_glued_back():
    text = "Он сказал: «Мы готовы к любому исходу переговоров. Но мы ждём» и ушёл."
    assert rejoined([(0, "Он сказал: «Мы готовы к любому исходу переговоров."), (51, "Но мы ждём» и ушёл.")], text) \
        == [(0, "Он сказал: «Мы готовы к любому исходу переговоров."), (51, "Но мы ждём» и ушёл.")]
    assert rejoined([(0, "Канал «Казань."), (15, "Главное» сообщил.")], "Канал «Казань. Главное» сообщил.") \
        == [(0, "Канал «Казань. Главное» сообщил.")]


@pytest.mark.parametrize("text, expected", [
    ("Выплаты составят 21 млрд руб. «Средств достаточно», — подчеркнул он.",
     ["Выплаты составят 21 млрд руб.", "«Средств достаточно», — подчеркнул он."]),
    ("Это было в 2012 г. «Газпром» тогда молчал.", ["Это было в 2012 г.", "«Газпром» тогда молчал."]),
    # a street's or a namesake's abbreviation before a quoted name ends nothing
    ("Офис на ул. «Красный Октябрь» открыли в мае.", ["Офис на ул. «Красный Октябрь» открыли в мае."]),
    ("Выплаты составят 21 млрд руб. в год.", ["Выплаты составят 21 млрд руб. в год."]),
])
def test_a_sentence_ending_in_an_abbreviation_before_a_quotation_ends(text, expected):
    assert sentences(text) == expected


def test_an_agency_lead_is_a_sentence_of_its_own():
    assert sentences("Москва. 3 октября. INTERFAX.RU - «Яндекс» открыл доступ к сервису.")[-1] == \
        "«Яндекс» открыл доступ к сервису."


def test_a_city_and_a_date_before_a_dash_but_no_agency_is_no_lead():
    assert sentences("Москва. 3 октября. Сегодня — день открытых дверей.")[-1] == "Сегодня — день открытых дверей."


def test_the_ner_tagger_sees_the_documents_own_tokens_and_spans_come_back_in_document_offsets(models):
    """No second tokenization for NER: the word lists it tags are the tokens of each piece,
    and its BIO spans are read over their offsets."""
    from pipeline.models import morph_forms
    from pipeline.stages import entities
    from pipeline.stages.tokens import analyze, make_lemmatizer

    doc = Document("t", "t", "Заголовок\n\nВ Москве выступил Сергей Лавров. Потом COVID-19. 12 января.")
    (_, toks), = analyze([doc], models, make_lemmatizer(morph_forms))
    seen = []

    class Tagger:
        def named_entities(self, pieces):
            seen.extend(pieces)
            return models.named_entities(pieces)

    spans, = entities.ner_spans([doc], Tagger(), [toks])
    assert [w for piece in seen for _, _, w in piece] == [t.text for t in toks]
    assert {doc.text[s:e] for s, e, _ in spans} >= {"Москве", "Сергей Лавров"}


@pytest.mark.parametrize("text, expected", [
    ("Вакцину одобрили в среду.Он уверен в ней.", ["Вакцину одобрили в среду.", "Он уверен в ней."]),
    # an abbreviation in capitals ends a sentence glued to a quotation or a capitalised word
    ("Об этом сообщает ТАСС.«Всё готово», — сказал он.", ["Об этом сообщает ТАСС.", "«Всё готово», — сказал он."]),
    ("Так считают в МВД.Следствие идёт.", ["Так считают в МВД.", "Следствие идёт."]),
    # initials and a site's domain stay whole
    ("Об этом сказал А.С.Пушкин в письме.", ["Об этом сказал А.С.Пушкин в письме."]),
    ("Об этом пишет Газета.Ru сегодня.", ["Об этом пишет Газета.Ru сегодня."]),
    # ... also the other post-Soviet domains (session 45: `Day.Az`, `News.Am`)
    ("Как сообщает в четверг Day.Az, об этом заявил президент SOCAR.",
     ["Как сообщает в четверг Day.Az, об этом заявил президент SOCAR."]),
    ("Об этом пишет News.Am со ссылкой на министра.", ["Об этом пишет News.Am со ссылкой на министра."]),
    # a short quoted name with periods that a word follows is no sentence's end (session 46)
    ("Так считает автор канала «Новосибирск. Рейтинги. Оценки. Прогнозы» Сергей Николаев. Цены растут.",
     ["Так считает автор канала «Новосибирск. Рейтинги. Оценки. Прогнозы» Сергей Николаев.", "Цены растут."]),
    # ... but a quotation's sentences that end before its mark are
    ("Он сказал: «Мы уходим. Всё.» Потом ушел.", ["Он сказал: «Мы уходим. Всё.»", "Потом ушел."]),
    # a day and month glued to a word's period; an article number after an abbreviation is no sentence
    ("Цены растут из-за издержек.30 января министр заявил иное.",
     ["Цены растут из-за издержек.", "30 января министр заявил иное."]),
    ("Дело возбуждено по ст.30 УК.", ["Дело возбуждено по ст.30 УК."]),
    # a quoted name of capitalised parts glued by a period is one name (session 48) ...
    ("Сказал руководитель сервиса „Яндекс.Новости“ Лев Гершензон. Потом ушел.",
     ["Сказал руководитель сервиса „Яндекс.Новости“ Лев Гершензон.", "Потом ушел."]),
    # ... where a quotation's glued sentences are still two
    ('Он сказал: "Мы готовы.Это точно". Потом ушел.', ['Он сказал: "Мы готовы.', 'Это точно".', "Потом ушел."]),
    # an academic degree before a name ends no sentence
    ("Рассказала научный сотрудник, д.м.н. Алла Овсянникова. Потом ушла.",
     ["Рассказала научный сотрудник, д.м.н. Алла Овсянникова.", "Потом ушла."]),
])
def test_sentences_glued_in_crawled_text_are_split(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a code of digits and one capital letter, or a year's `г.`, ends a sentence before a word
    ("Операторы используют диапазоны 4G. Однако доступ получат не все.",
     ["Операторы используют диапазоны 4G.", "Однако доступ получат не все."]),
    ("Закупили истребители Су-35С. Он сказал об этом.", ["Закупили истребители Су-35С.", "Он сказал об этом."]),
    ("Завод открыли в 2025 г. Однако цены выросли.", ["Завод открыли в 2025 г.", "Однако цены выросли."]),
    # tonnes after a number (razdel reads `т.` as the start of `т.е.`)
    ("Перевозки превысят 400 000 т. Об этом заявил глава.", ["Перевозки превысят 400 000 т.", "Об этом заявил глава."]),
    ("Собрали 3 тыс.т. Об этом сообщил он.", ["Собрали 3 тыс.т.", "Об этом сообщил он."]),
    ("Собрали 3 млн т. Об этом сообщил он.", ["Собрали 3 млн т.", "Об этом сообщил он."]),
    # ... not before an initial, a number or a word in lower case
    ("Он ушёл в 1999 г. Б. Ельцин сказал так.", ["Он ушёл в 1999 г. Б. Ельцин сказал так."]),
    ("Сети 4G. 5 мая он сказал.", ["Сети 4G. 5 мая он сказал."]),
    ("Живёт в г. Москве с 2020 г. и работает.", ["Живёт в г. Москве с 2020 г. и работает."]),
    ("Это 5 т. е. пять тонн, и т. Д. Иванов знает.", ["Это 5 т. е. пять тонн, и т. Д. Иванов знает."]),
    ("Прибыл на т. Ивановой.", ["Прибыл на т. Ивановой."]),
])
def test_a_sentence_ending_in_a_letter_abbreviation_is_split(text, expected):
    assert sentences(text) == expected


def test_a_crawlers_date_header_is_no_part_of_the_sentence_after_it():
    assert sentences(" date 2025-09-22 Генсек Ёсимаса Хаяси заявил, что угроза растёт.\n\nТекст.") == [
        "date 2025-09-22", "Генсек Ёсимаса Хаяси заявил, что угроза растёт.", "Текст."]
    # one with no day, and an agency's lead after it on the same line
    assert sentences(" date 2018-09 Москва. 7 сентября. INTERFAX.RU - Трамп заявил, что угроза растёт.")[:1] == [
        "date 2018-09"]
    assert sentences(" date 2018-09 Москва. 7 сентября. INTERFAX.RU - Трамп заявил, что угроза растёт.")[-1] == \
        "Трамп заявил, что угроза растёт."


def test_a_symbol_glued_to_a_word_is_a_token_of_its_own():
    """`➞Эксперт`: razdel keeps a teaser's arrow and the next sentence's first word as one."""
    from pipeline.stages.tokens import _symbol_apart
    assert _symbol_apart(10, "➞Эксперт") == [(10, 11, "➞"), (11, 18, "Эксперт")]
    assert _symbol_apart(0, "№5") == [(0, 2, "№5")] and _symbol_apart(0, "+7") == [(0, 2, "+7")]
    assert _symbol_apart(0, "Эксперт") == [(0, 7, "Эксперт")]


@pytest.mark.parametrize("text, token", [
    ("Сообщил и.о. капитана порта.", "и.о."),
    ("И. о. губернатора заявил.", "И. о."),
    ("Заявил и.о.главы района.", "и.о."),
])
def test_acting_is_one_token_the_taggers_read_as_vrio(text, token):
    """`и.о.` (acting): razdel cuts it into four tokens, and the parse then hangs the name after
    the role on something else; one token, tagged as `врио`, with `и.о.` for its lemma."""
    from pipeline.stages.tokens import split_tokens, tagger_word
    sentence, = split_sentences(Document("t", "t", text))
    words = [t[2] for t in split_tokens(sentence)]
    assert token in words and "." not in words[:words.index(token)]
    assert tagger_word(token) == "врио"


@pytest.mark.parametrize("text", ["Он сказал и. Отец ответил.", "Вари.о. нет.", "По словам И.О. Сидорова, работы завершат.",
                                  "Письмо подписал Петров И.О. вчера."])
def test_letters_that_are_no_acting_stay_as_razdel_cut_them(text):
    """Initials (`И.О. Сидоров`, a capital `О`) and letters inside a word are no `и.о.`."""
    from pipeline.stages.tokens import split_tokens
    import razdel
    sentence = Document("t", "t", text)
    words = [t[2] for s in split_sentences(sentence) for t in split_tokens(s)]
    assert words == [t.text for s in split_sentences(sentence) for t in razdel.tokenize(s.text)]


@pytest.mark.parametrize("text, expected", [
    ("Рассказал глава АКОРТ (объединяет X5 Group, «Магнит» и др.) Игорь Караваев.",
     ["Рассказал глава АКОРТ (объединяет X5 Group, «Магнит» и др.) Игорь Караваев."]),
    ("Сообщил директор сетей «Магнит», «Ашан» и т.д. Иван Иванов.", ["Сообщил директор сетей «Магнит», «Ашан» и т.д. Иван Иванов."]),
    # a sentence after the list stays apart, one word too
    ("Продают хлеб, молоко и др. Иван Петров пришёл в магазин.",
     ["Продают хлеб, молоко и др.", "Иван Петров пришёл в магазин."]),
    ("Продают хлеб, молоко и др. Подробнее.", ["Продают хлеб, молоко и др.", "Подробнее."]),
])
def test_a_list_ending_in_and_others_before_a_closing_name_is_one_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline or a credit run into the sentence below it with no space or mark
    ("Черное море против импортаКак отметил министр, фермы растут.",
     ["Черное море против импорта", "Как отметил министр, фермы растут."]),
    ("Суд взыскал моральный ущерб за гибель сынаВ Первоуральске готовятся наказать виновных.",
     ["Суд взыскал моральный ущерб за гибель сына", "В Первоуральске готовятся наказать виновных."]),
    # any two dictionary words glued so
    ("Власти будут поднимать акцизы на дорогие сигаретыВласти России будут поднимать акцизы.",
     ["Власти будут поднимать акцизы на дорогие сигареты", "Власти России будут поднимать акцизы."]),
    # a brand's inner capital, a typo's capital and a word that opens no sentence stay whole
    ("Была информация, что на вакцЫну жаловались.", ["Была информация, что на вакцЫну жаловались."]),
    ("Оператор МегаФон и сервис ВКонтакте объявили о партнерстве.",
     ["Оператор МегаФон и сервис ВКонтакте объявили о партнерстве."]),
    ("Компания ПраймКласс расширилась.", ["Компания ПраймКласс расширилась."]),
])
def test_session_41_a_headline_glued_to_the_sentence_below(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # session 49 (batch 51): a capitalised word the dictionary does not know after one it does (a name
    # opening the sentence), and a capitalised word a Latin abbreviation runs into
    ("Сколько Татьяна тратит на покупкиБакальчук рассказала, что покупает только на своем маркетплейсе.",
     ["Сколько Татьяна тратит на покупки", "Бакальчук рассказала, что покупает только на своем маркетплейсе."]),
    ("Как живет основательница WBПавел Воля отмечал, что она удивляет простотой.",
     ["Как живет основательница WB", "Павел Воля отмечал, что она удивляет простотой."]),
    # ... not a Latin abbreviation before a lower-case word (a typo's and a brand's inner capital: session 41's test)
    ("Сервис СДЭКа и IT-компания открылись.", ["Сервис СДЭКа и IT-компания открылись."]),
])
def test_session_49_glued_names_and_abbreviations(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # session 50 (full-length articles whose pages lost their paragraph breaks): a first name glued to the word
    # before it and followed by a surname
    ("Цены повысили в АвтоВАЗаСергей Ильинский пояснил, что дело в рынке.",
     ["Цены повысили в АвтоВАЗа", "Сергей Ильинский пояснил, что дело в рынке."]),
    # ... not a brand's part followed by a common noun or a particle, nor camel-case brands (from the review)
    ("Сервис ЯндексАлиса Станция получил обновление.", ["Сервис ЯндексАлиса Станция получил обновление."]),
    ("Выступил ЖанМари Ле Пен.", ["Выступил ЖанМари Ле Пен."]),
    ("Иван Петров сообщил, что КупиКупон и БыстроДеньги закрываются, а акции ДетскогоМира упали.",
     ["Иван Петров сообщил, что КупиКупон и БыстроДеньги закрываются, а акции ДетскогоМира упали."]),
])
def test_session_50_glued_first_names(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # session 51: a speech verb glued to the name after it (a page that lost its spaces) is two words of one sentence
    ('"Это декларации", - сказалСалюков, слова которого приводит пресс-служба.',
     ['"Это декларации", - сказалСалюков, слова которого приводит пресс-служба.']),
    # ... while a glued noun and a capitalised word still end a sentence
    ("Цены выросли на сигаретыВласти России отреагировали.", ["Цены выросли на сигареты", "Власти России отреагировали."]),
])
def test_session_51_glued_speech_verb_keeps_its_sentence(text, expected):
    assert sentences(text) == expected


def test_session_51_glued_speech_verb_is_two_tokens():
    from pipeline.stages.tokens import glued_cue_apart
    assert [piece for _, _, piece in glued_cue_apart(10, "сказалСалюков")] == ["сказал", "Салюков"]
    assert glued_cue_apart(10, "сказалСалюков")[1][:2] == (16, 23)
    assert [piece for _, _, piece in glued_cue_apart(0, "сигаретыВласти")] == ["сигаретыВласти"]   # no speech verb
    assert [piece for _, _, piece in glued_cue_apart(0, "КупиКупон")] == ["КупиКупон"]


@pytest.mark.parametrize("text, expected", [
    # a unit's abbreviation before a bracket that goes on in digits or lower case ends no sentence
    ("Штраф составил 71 млн грн. (56 млн грн. по тендеру), отмечают в Комитете.",
     ["Штраф составил 71 млн грн. (56 млн грн. по тендеру), отмечают в Комитете."]),
    ("Цена выросла до 100 руб. (на 5%) за месяц.", ["Цена выросла до 100 руб. (на 5%) за месяц."]),
])
def test_a_units_abbreviation_before_a_bracket_ends_no_sentence(text, expected):
    assert sentences(text) == expected


def test_latin_look_alikes_inside_a_cyrillic_word_are_read_as_cyrillic():
    from pipeline.stages.tokens import cyrillic_spelling
    assert cyrillic_spelling("жена Алисa.") == "жена Алиса."   # a Latin `a`
    assert cyrillic_spelling("мoсква") == "москва"
    for as_written in ("iPhone-ом", "Coca-Cola", "CNN сообщил", "Ростех", "Lenta.ru"):
        assert cyrillic_spelling(as_written) == as_written
