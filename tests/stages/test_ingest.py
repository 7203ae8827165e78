from datetime import date

import pytest

from pipeline.records import RawArticle
from pipeline.stages.ingest import ingest, parse_dateline
from pipeline.stages.names import is_person_name
from tests.conftest import SHARED

BODY = "Длинный абзац текста о событиях. " * 10


def doc_of(text: str, **kw):
    meta = tuple(kw.pop("meta", {}).items())
    return ingest(RawArticle("a", "a.txt", data=text.encode(kw.pop("encoding", "utf-8")), meta=meta), is_person_name)


def in_boilerplate(doc, text: str, phrase: str) -> bool:
    """The phrase's first occurrence in the text lies in one of the document's boilerplate spans."""
    return any(s <= text.index(phrase) < e for s, e in doc.boilerplate)


def published_of(text: str, **kw):
    doc = doc_of(text, **kw)
    return doc.published, doc.published_source


@pytest.mark.parametrize("line, expected", [
    ("9 февраля 2026, 14:49", date(2026, 2, 9)),
    ("23 января 2026, 09:17, ИА Амител", date(2026, 1, 23)),
    ("04.11.2020 16:42", date(2020, 11, 4)),
    ("время публикации: 15 декабря 2020 г., 09:10", date(2020, 12, 15)),
    ("30 декабря 2020, 15:13Фото: Медиахолдинг", date(2020, 12, 30)),
    ("Лавров заявил 9 февраля 2026", None),
    ("17 марта 2019 года, Москва", date(2019, 3, 17)),
    ("18 января 2021 20:53 Анна Семенова, Вероника Богма", date(2021, 1, 18)),
    # an abbreviated month, a weekday or a time before the date
    ("17 окт 2023, 19:58", date(2023, 10, 17)),
    ("Среда 26 марта 2025, 15:36", date(2025, 3, 26)),
    ("11:44 18.07.2013", date(2013, 7, 18)),
    ("Во вторник 3 марта 2020 года суд вынес приговор", None),
    # a sentence the date opens is no dateline (`... родился ...`, `Напомним, ...`)
    ("1 января 2011 года эстонцы перестали пользоваться кронами", None),
    ("21 марта 1889 года родился главный русский шансонье XX века", None),
    ("Напомним, 28 марта 2010 года Камчатский край перешёл на другое время", None),
    ("Последний раз редактировалось ozheredov 03.12.2020, 16:29, всего редактировалось 1 раз.", None),
])
def test_dateline(line, expected):
    assert parse_dateline(line) == expected


def test_title_byline_and_dateline():
    doc = doc_of("Заголовок статьи\n\nВиталий Кирсанов\n9 февраля 2026, 14:49\nТекст статьи. " + "слово " * 60)
    assert (doc.title, doc.author, doc.published) == ("Заголовок статьи", "Виталий Кирсанов", date(2026, 2, 9))


def test_header_line_gives_date_and_no_title():
    doc = doc_of(" date 2025-08-22 Переговоры зашли в тупик.")
    assert doc.published == date(2025, 8, 22) and doc.title is None


def test_bsnlp_header_is_not_the_publication_date():
    doc = doc_of("ru-1\nru\n2021-02-01\nhttp://example.com\nЗаголовок\n\nТекст без даты. " + "слово " * 60)
    assert doc.published is None and doc.title == "Заголовок"


def test_date_in_body_or_teaser_is_not_published():
    body = "Заголовок\n\n" + "Длинный абзац текста. " * 20 + "\n9 февраля 2026 года Лавров заявил.\n01.03.2026\n"
    assert doc_of(body).published is None


@pytest.mark.parametrize("text, expected", [
    (" date 2025-08-22 Переговоры зашли в тупик.", (date(2025, 8, 22), "header")),
    ("Заголовок\n9 февраля 2026, 14:49\n" + BODY, (date(2026, 2, 9), "dateline")),
    ("Заголовок\nВремя публикации: 15 декабря 2020 г., 09:10\n" + BODY, (date(2020, 12, 15), "dateline")),
    ("Заголовок\n2019-03-17T08:15\n" + BODY, (date(2019, 3, 17), "timestamp")),
    ("Заголовок\n2019-03-17 08:15:00+03:00\n" + BODY, (date(2019, 3, 17), "timestamp")),
    ("Заголовок\nhttps://ria.ru/20190317/sobytie-1234567.html\n" + BODY, (date(2019, 3, 17), "url")),
    ("Заголовок\nhttps://example.com/news/2021/05/09/vybory.html\n" + BODY, (date(2021, 5, 9), "url")),
    ("Заголовок\nhttps://example.com/news/2021-05-09-vybory\n" + BODY, (date(2021, 5, 9), "url")),
    ("Заголовок\n\nМОСКВА, 17 мар — РИА Новости. Совет собрался 1 марта 2019 года. " + BODY,
     (date(2019, 3, 17), "agency")),
    ("Заголовок\n\nКИЕВ, 12 марта. /ТАСС/. Решение приняли 15 декабря 2020 года. " + BODY,
     (date(2021, 3, 12), "agency")),
    ("Заголовок\nhttps://example.com/2019/03/\n\nМОСКВА, 17 мар — РИА Новости. " + BODY,
     (date(2019, 3, 17), "agency")),
    ("Заголовок\n\nВ России началась вакцинация. РИА Новости, 18.01.2021\n\n" + BODY, (date(2021, 1, 18), "agency")),
    ("Заголовок\n\nМосква. 3 октября 2020. INTERFAX.RU - Совет собрался. " + BODY, (date(2020, 10, 3), "agency")),
    ("Заголовок\n12 января , 19:13\n\nВ январе 2021 года началась вакцинация. " + BODY, (date(2021, 1, 12), "dateline")),
    # a header line with no day: its year for the agency's dateline on the same line
    (" date 2018-09 Москва. 7 сентября. INTERFAX.RU - Трамп заявил, что расследование нужно. " + BODY,
     (date(2018, 9, 7), "agency")),
    (" date 2018-09 Трамп заявил, что расследование нужно. " + BODY, (None, None)),
])
def test_publication_date_sources(text, expected):
    assert published_of(text) == expected


def test_agency_dateline_without_a_year_anywhere_gives_no_date():
    assert published_of("Заголовок\n\nМОСКВА, 17 мар — РИА Новости. Совет собрался. " + BODY) == (None, None)


def test_the_order_of_trust():
    dateline_and_url = "Заголовок\n9 февраля 2026, 14:49\nhttps://ria.ru/20190317/x.html\n" + BODY
    assert published_of(dateline_and_url) == (date(2026, 2, 9), "dateline")
    url_and_agency = "Заголовок\nhttps://ria.ru/20190317/x.html\n\nМОСКВА, 18 мар — РИА Новости. " + BODY
    assert published_of(url_and_agency) == (date(2019, 3, 17), "url")
    given = published_of("Заголовок\n9 февраля 2026, 14:49\n" + BODY, meta={"published": "2026-02-10"})
    assert given == (date(2026, 2, 10), "metadata")
    assert published_of(BODY, meta={"url": "https://lenta.ru/news/2021/05/09/x/"}) == (date(2021, 5, 9), "url")


def test_crawl_date_header_is_a_bound_not_a_date():
    header = "ru-1\nru\n2021-02-01\nhttp://www.fromtheweb.eu\nЗаголовок\n\n"
    doc = doc_of(header + "МОСКВА, 15 янв — РИА Новости. Вакцинация началась 15 декабря 2020 года. " + BODY)
    assert (doc.published, doc.published_source) == (date(2021, 1, 15), "agency")
    doc = doc_of(header + "МОСКВА, 15 мар — РИА Новости. Вакцинация начнется 15 декабря 2020 года. " + BODY)
    assert doc.published == date(2020, 3, 15)      # 15 March 2021 would be after the crawl
    assert "2021-02-01" in [doc.text[s:e] for s, e in doc.boilerplate]   # the header holds no date mention
    assert doc.crawled == date(2021, 2, 1)


def test_crawl_date_is_kept_apart_and_never_published():
    doc = doc_of("ru-1\nru\n2021-02-01\nhttp://www.fromtheweb.eu\nЗаголовок\n\n" + BODY)
    assert (doc.published, doc.published_source, doc.crawled) == (None, None, date(2021, 2, 1))
    assert doc_of("Заголовок\n2021-02-01\n" + BODY).crawled is None     # no BSNLP header: no crawl date


BSNLP = sorted((SHARED / "corpora" / "bsnlp-2021-ru" / "raw").glob("*/*.txt"))


@pytest.mark.skipif(not BSNLP, reason="needs ../shared/corpora/bsnlp-2021-ru")
def test_no_bsnlp_article_is_published_after_its_crawl_date():
    later = []
    for path in BSNLP:
        doc = ingest(RawArticle(path.stem, str(path), data=path.read_bytes()), is_person_name)
        crawled = date.fromisoformat(doc.text.lstrip("\ufeff").splitlines()[2].strip())
        assert doc.crawled == crawled, path.name
        if doc.published and doc.published > crawled:
            later.append((path.name, doc.published, crawled))
    assert len(BSNLP) > 200 and later == []


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n ", "empty"), (bytes(range(256)) * 8, "binary")])
def test_bad_input_is_an_error(data, reason):
    doc = ingest(RawArticle("a", "a.txt", data=data), is_person_name)
    assert doc.status == "error" and reason in doc.error


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8-sig", "utf-16"])
def test_encodings(encoding):
    text = "Глава МИД России Сергей Лавров заявил, что переговоры будут продолжены в Женеве."
    doc = doc_of(text, encoding=encoding)
    assert doc.status == "ok" and doc.text == text


def test_an_inline_teaser_is_one_line_of_boilerplate_in_the_body():
    """`Читайте также: <headline>` between paragraphs is a link, not the start of the teasers."""
    text = ("Заголовок\n\n" + BODY + "\n\nЧитайте также: Врач назвала продукты от простуды\n\n"
            "Вакцинация началась, сообщил министр.\n\nЧитайте также\n\nЮмор против коронавируса")
    doc = doc_of(text)
    inside = lambda word: in_boilerplate(doc, text, word)
    assert inside("Врач") and not inside("Вакцинация") and inside("Юмор")


def test_teaser_and_caption_lines_are_boilerplate():
    """`Читайте: <headline>`, a headline with a link arrow, a caption with its photo credit; not a
    sentence of the story that mentions a photo."""
    text = ("Заголовок\n\n" + BODY + "\n\nЧитайте: Ким Чен Ын жив\n\nМедведев обещает индексировать пенсии >>\n\n"
            "Урмас Дресен Фото: Sander Ilvest / Postimees\n\nВакцинация началась, сообщил министр.\n\n"
            "Министр показал журналистам фото: на нем видна очередь у поликлиники, где люди ждут прививки уже "
            "третий день подряд, и сказал, что это недопустимо.\n\nОн показал фото: очередь огромна.")
    doc = doc_of(text)
    inside = lambda word: in_boilerplate(doc, text, word)
    assert inside("Ким") and inside("Медведев") and inside("Урмас") and not inside("Вакцинация") \
        and not inside("Министр показал") and not inside("Он показал")


def test_a_photo_credit_alone_on_its_line_is_boilerplate():
    """`Алексей Майшев / РИА Новости`: a name and whose picture; not a line of the story with a slash."""
    text = ("Заголовок\n\n" + BODY + "\n\nАлексей Майшев / РИА Новости\n\nПо его словам, цены растут.\n\n"
            "© Сергей Гунеев / РИА Новости\n\nКурс составил 90 рублей / доллар, сообщил банк.\n\nМосква / Новости\n\n"
            "Иван Петров / директор завода\n\nЗавод работает.")
    doc = doc_of(text)
    inside = lambda word: in_boilerplate(doc, text, word)
    assert inside("Алексей Майшев") and inside("Сергей Гунеев") and not inside("По его словам") \
        and not inside("Курс составил") and not inside("Москва /") and not inside("Иван Петров /")


def test_a_list_of_other_articles_under_its_header_is_boilerplate():
    """`Горячие новости`, `Другие материалы рубрики "Общество"`: teasers of other articles below."""
    for header in ("Горячие новости", 'Другие материалы рубрики "Общество"', "Новости и материалы", "Что еще почитать"):
        text = ("Заголовок\n\n" + BODY + "\n\n" + header + "\n- В Совфеде объяснили завистью внесение паралимпийцев в базу")
        doc = doc_of(text)
        assert in_boilerplate(doc, text, "В Совфеде") and not in_boilerplate(doc, text, BODY[:20])
    # a sentence of the story is no header
    text = "Заголовок\n\n" + BODY + "\n\nВсе материалы дела переданы в суд.\n\nСуд назначил слушание."
    doc = doc_of(text)
    assert not in_boilerplate(doc, text, "Все материалы") and not in_boilerplate(doc, text, "Суд назначил")


def test_session_41_teasers_end_a_story_of_short_paragraphs():
    """A page whose paragraphs are all short is head zone to its end; a `Читайте также` list
    below its first story paragraph is still teasers. A menu above the story is not the tail."""
    story = ("С алкоголизацией населения в России необходимо бороться, но без перегибов, заявил премьер-министр "
             "на встрече с активом партии в Калининграде.")
    text = ("Все новости\nЗаголовок\n" + story + "\nОн призвал не запрещать водку.\nЧитайте также\n"
            "- Путин рассказал, что почти не пьет алкоголь\n- Психолог предупреждает о вреде йоги")
    doc = doc_of(text)
    inside = lambda word: in_boilerplate(doc, text, word)
    assert inside("Путин рассказал") and inside("Психолог") and not inside("Он призвал") \
        and not inside("С алкоголизацией") and not inside("Заголовок")


def test_session_41_a_story_that_points_back_goes_on_past_a_subscription_line():
    """`Подпишитесь на новости ...` between paragraphs, and the story goes on with `Он привел
    ...` (no name of the body repeated): not the tail. Teasers after it are."""
    lead = ("Об этом в эфире телеканала заявил политолог, эксперт ассоциации «Независимый мониторинг» "
            "Сергей Юхин, передает корреспондент издания.")
    more = ("Он привел последние данные социологического исследования, которое в области летом провел институт "
            "политических исследований.")
    text = "Заголовок\nРезультаты будут ненамного отличаться.\n" + lead + "\nПодпишитесь на новости в Telegram.\n" + more
    doc = doc_of(text)
    assert not in_boilerplate(doc, text, "Он привел") and in_boilerplate(doc, text, "Подпишитесь")
    teasers = text.replace(more, "Минфин объяснил рост цен на бензин в регионах\nЦентробанк снизил ключевую ставку")
    assert in_boilerplate(doc_of(teasers), teasers, "Минфин объяснил") and in_boilerplate(doc_of(teasers), teasers, "Центробанк")
    # short paragraphs of the story after a subscription line near the top are no list of headlines
    story = ("Заголовок\n\n" + lead + "\nПодписывайтесь на наш канал в Telegram\nРаботы начнутся в мае.\n"
             "«Мост будет готов к осени», — заявил губернатор Евгений Первышов.")
    assert not in_boilerplate(doc_of(story), story, "Работы начнутся") and not in_boilerplate(doc_of(story), story, "«Мост")


def test_a_teaser_header_and_its_headline_are_boilerplate():
    """`Важно` over one teaser's headline (a short line ending no sentence); not a sentence
    under it, nor the story after the headline."""
    text = ("Важно\nПутин заявил, что конфликт приобрел элементы глобального характера\n\nРоссияне стали вести бюджет\n\n"
            + BODY + "\n\nГлавное:\nЭксперты отметили рост грамотности, сообщил директор центра.\n\nГлавное\n"
            "С 1 марта литр бензина подорожает на два рубля")   # (a subheading inside the story stays)
    doc = doc_of(text)
    inside = lambda word: in_boilerplate(doc, text, word)
    assert inside("Важно") and inside("Путин заявил") and not inside("Россияне") and not inside("Эксперты") \
        and not inside("С 1 марта")
    assert doc.title == "Россияне стали вести бюджет"


def test_a_line_of_teasers_with_timestamps_is_boilerplate_however_long():
    """Other articles' headlines run into one line, each after its `21 января 2026, 20:15:`."""
    teasers = " ".join(f"21 января 2026, 2{k}:15: Медведев высказался о встрече номер {k} в Давосе и еще о многом" for k in range(6))
    text = "Заголовок\n\n" + teasers + "\n\n" + BODY + "\n\n12 марта 2025, 10:00: Министр заявил, что реформа идет."
    doc = doc_of(text)
    assert len(teasers) > 400 and in_boilerplate(doc, text, "Медведев") and not in_boilerplate(doc, text, "Министр")


def test_a_line_of_glued_headlines_is_boilerplate_and_a_brand_is_not():
    """Headlines glued with no space (`непогодыЭнергетики`), three glued pairs or more, are a
    run of teasers; a brand's short glued parts (`ЭпиВакКорона`) are no glue."""
    teasers = ("На АЭС ввели в эксплуатацию ЭБ-6Более 45 тыс человек остались без света из-за непогодыЭнергетики "
               "ликвидируют последствия циклона в РоссииБолее 60 бригад восстанавливают энергоснабжение")
    brand = "Вакцины «ЭпиВакКорона» и «ЭпиВакКорона-Н» поступили в область, сообщил министр."
    text = "Заголовок\n\n" + teasers + "\n\n" + BODY + "\n\n" + brand
    doc = doc_of(text)
    assert in_boilerplate(doc, text, "Энергетики") and not in_boilerplate(doc, text, "Вакцины")
    # prose whose links lost their spaces has sentences in it: it stays
    prose = ("Как сообщили в пресс-службеРоспотребнадзора, число заболевших выросло до 40. «Ситуация под контролем», — "
             "заявил глава регионаАндрей Воробьев в интервьюИзвестиям.")
    text = "Заголовок\n\n" + prose + "\n\n" + BODY
    assert not in_boilerplate(doc_of(text), text, "Воробьев")


def test_a_news_feeds_time_and_date_and_the_headline_under_it_are_boilerplate():
    """`- 20:55 29.01.2026` / `- На переговорах ... согласованы - Уиткофф`: another article's
    headline in a feed, below the story too."""
    text = ("Заголовок\n\n" + BODY + "\nНОВОСТИ\n- 20:55 29.01.2026\n- На переговорах соглашения практически "
            "согласованы - Уиткофф\n- 20:50 29.01.2026\n- Ушаков рассказал о встрече")
    doc = doc_of(text)
    assert in_boilerplate(doc, text, "Уиткофф") and in_boilerplate(doc, text, "Ушаков")


def test_a_subscription_line_inside_a_story_that_goes_on_ends_nothing():
    """`Подписывайтесь на наш Telegram` between paragraphs of one story (the next names whom the
    story named) is one line; before teasers or comments it ends the body."""
    story = ("Заголовок\n\n" + BODY + "\n\nФигуристка Алина Строева выиграла чемпионат России.\n\nПодписывайтесь на наш Telegram\n\n"
             "«Я очень долго шла к этой медали, два года назад я не знала, вернусь ли на лед», — сказала Строева в эфире "
             "Первого канала после награждения.")
    doc = doc_of(story)
    assert not in_boilerplate(doc, story, "Я очень")
    other = story.replace("сказала Строева", "сказала Иванова")
    doc = doc_of(other)
    assert in_boilerplate(doc, other, "Я очень")
    comment = story.replace("— сказала Строева в эфире Первого канала", "— пишет читатель о спорте в России")
    doc = doc_of(comment)   # a place both name is no sign of the same story
    assert in_boilerplate(doc, comment, "Я очень")


def test_a_subheading_after_a_subscription_line_is_passed_over():
    """The paragraph under a subheading decides whether the story goes on (`BioNTech`, named
    before, is a name as written in camel case)."""
    story = ("Заголовок\n\n" + BODY + "\n\nКомпания Pfizer и ее партнер BioNTech объявили итоги испытаний.\n\n"
             "Подписывайтесь на наш Telegram\n\n«Лучше, чем мы надеялись»\n\nМедицинский директор BioNTech Штефан "
             "Кёлер сказал, что результаты превзошли самые оптимистичные ожидания разработчиков вакцины.")
    doc = doc_of(story)
    assert not in_boilerplate(doc, story, "Медицинский")
    other = story.replace("директор BioNTech Штефан Кёлер", "директор Штефан Кёлер")
    doc = doc_of(other)   # nothing named before: a teaser's headline and its lead
    assert in_boilerplate(doc, other, "Медицинский")


def test_session_56_the_storys_headline_repeated_after_a_subscription_line():
    """A page that repeats the story's own headline after `Подписывайтесь ...`: the story goes on
    under it (not a teaser of another article, whose headline is another)."""
    head = "«Послаблений не будет»: Лукашенко о вузах"
    story = (head + "\n\n" + BODY + "\n\nПодписывайтесь на Sputnik в Дзен\n\n" + head + "\n\nБелорусский лидер "
             "подчеркнул, что никакие проблемы в экономике не отменяют темы образования детей.")
    doc = doc_of(story)
    assert not in_boilerplate(doc, story, "Белорусский лидер")
    other = story.replace("\n\n" + head + "\n\nБелорусский", "\n\n«Цены выросли»: что будет с рублем\n\nБелорусский")
    doc = doc_of(other)
    assert in_boilerplate(doc, other, "Белорусский лидер")
    # ... nor a rubric repeated (the headline is a line of four words or more above the body)
    rubric = ("Общество\n\n" + head + "\n\n" + BODY + "\n\nПодписывайтесь на Sputnik в Дзен\n\nОбщество\n\n"
              "Силуанов: дефицит бюджета сократится\n\nГлава Минфина Антон Силуанов заявил, что дефицит бюджета сократится.")
    doc = doc_of(rubric)
    assert in_boilerplate(doc, rubric, "Глава Минфина")


def test_an_interview_goes_on_past_a_subscription_line():
    """A dash question after `Подписывайтесь ...` that follows a dash answer: the interview goes on."""
    story = ("Заголовок\n\n" + BODY + "\n\n— Когда будет генплан?\n\n— К концу года.\n\nПодписывайтесь на нас во "
             "«ВКонтакте»\n\n— А слушания?\n\n— Весной, как обычно.")
    doc = doc_of(story)
    assert not in_boilerplate(doc, story, "А слушания")
    assert in_boilerplate(doc, story, "Подписывайтесь")


def test_a_live_blogs_times_head_its_entries_and_a_feeds_times_end_the_body():
    """A time alone on its line before prose is a live blog's entry (`22:40` then `Джо Байден
    выступил ...`); before a headline it starts a feed of other articles."""
    blog = ("Заголовок\n\n" + BODY + "\n\n22:40\n\nДжо Байден выступил перед сторонниками в Уилмингтоне.\n\n"
            "21:30\n\nТак и хочется сказать - рынки застыли. Они пока падают:\n\n21:02\n\n"
            "Губернатор Том Вулф призвал жителей штата не поддаваться на слухи.")
    doc = doc_of(blog)
    inside = lambda word: in_boilerplate(doc, blog, word)
    assert inside("22:40") and not inside("Джо Байден") and not inside("рынки") and not inside("Том Вулф")
    feed = "Заголовок\n\n" + BODY + "\n\n21:02\n\nВ Одессе прогремели взрывы: что известно\n\n20:15\n\nКурс рубля упал"
    doc = doc_of(feed)
    assert in_boilerplate(doc, feed, "В Одессе")
    quoted = ("Заголовок\n\n" + BODY + "\n\n12:30\n\nПесков: «Путин не планирует встречу с Байденом в ближайшее время»"
              "\n\n12:10\n\nЗахарова назвала заявление Госдепа «очередной провокацией»")
    doc = doc_of(quoted)   # a headline ends in `»`, an entry in a sentence's mark
    assert in_boilerplate(doc, quoted, "Песков")


def test_readers_comments_end_the_body():
    text = ("Заголовок\n\n" + BODY + "\n\nКомментарии (4)\n\nmarina_v · 21:52\n\nБайден сказал что вернется "
            "в парижское соглашение.")
    doc = doc_of(text)
    assert in_boilerplate(doc, text, "Байден сказал")


@pytest.mark.parametrize("marker", ["Смотрите также:", "См. также", "Материалы по теме:"])
def test_a_see_also_header_starts_the_teasers(marker):
    text = "Заголовок\n\n" + BODY + "\n\nВакцинация началась, сообщил министр.\n\n" + marker + "\n\nЮмор против коронавируса\n\nКарикатура дня."
    doc = doc_of(text)
    teaser = text.index("Юмор")
    assert any(s <= teaser < e for s, e in doc.boilerplate)
    assert not in_boilerplate(doc, text, "Вакцинация")


@pytest.mark.parametrize("line", ["  • Gettyimages.ru", "/ vm.ru", "Shutterstock"])
def test_session_43_a_credit_or_an_address_alone_on_its_line_is_boilerplate(line):
    text = f"Заголовок\n\n{BODY}\n\n{line}\n\nОб этом сообщает издание."
    assert in_boilerplate(doc_of(text), text, line.strip())
    assert not in_boilerplate(doc_of(text), text, "Об этом сообщает")
