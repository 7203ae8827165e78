"""Web boilerplate markers, as data.

LINE patterns mark a single line as boilerplate; TAIL patterns mark the line and everything
after it (teasers of other articles, share buttons, footers).
"""
import re

from pipeline.lexicons.months import MONTH_PATTERN

_FLAGS = re.IGNORECASE

LINE = [re.compile(p, _FLAGS) for p in (
    r"^\s*видео дня\s*$",
    r"^\s*кратко:?\s*$",
    r"^\s*(фото|колаж|коллаж|инфографика|иллюстрация|источник фото)\s*:",
    r"^.{0,80}/\s*(фото|инфографика|колаж|коллаж)\s*:",
    r"^\s*читайте (также|еще|нас)\b",
    r"^\s*читайте\s*:",                                   # a teaser: `Читайте: Ким Чен Ын жив ...`
    r">>\s*$",                                            # a teaser's link arrow: `... по фактической инфляции >>`
    r"^[^.!?\n]{0,80}\s(?-i:Фото|ФОТО|Инфографика)\s*:\s*\S.{0,80}$",   # a caption and its credit: `Урмас Дресен Фото: X / Postimees`
    # a photo's credit alone, a name and whose picture (`Алексей Майшев / РИА Новости`, `© Сергей Гунеев / РИА Новости`;
    # not `Иван Петров / директор завода`, an interview's header)
    r"^\s*©\s*(?-i:[А-ЯЁA-Z][а-яёa-z]+(?:\s+[А-ЯЁA-Z][а-яёa-z]+){1,2})\s*/\s*[^/\n.!?]{2,40}$",
    r"^\s*(?-i:[А-ЯЁA-Z][а-яёa-z]+(?:\s+[А-ЯЁA-Z][а-яёa-z]+){1,2})\s*/\s*(?:РИА Новости|ТАСС|Reuters|AP|AFP|EPA|Getty Images|"
    r"Коммерсантъ?|Интерфакс|РБК|Известия|Sputnik|Global Look Press|Фотобанк Лори|Shutterstock|Unsplash|Pixabay|"
    r"Freepik|East News|Legion-Media|Медиахолдинг \S+|Фото\b.{0,30}|\S+\.(?:ru|рф|com))\s*$",
    # a credit or a link alone on its line, a photo bank or a site's address (`  • Gettyimages.ru`, `/ vm.ru`)
    r"^\s*[•·/©]?\s*(?:Getty Images|Shutterstock|Unsplash|Pixabay|Freepik|Depositphotos|Pexels|Global Look Press|"
    r"(?:[\w-]+\.)+(?:ru|com|рф|net|org|kz|by|ua|info))\s*$",
    r"^\s*(реклама|поделиться|комментарии|теги|метки)\s*:?\s*$",
    r"^\s*\d{1,2}:\d{2}\s*$",
    r"^\s*о персоне:",
    r"^\s*(войти|зарегистрироваться|регистрация|вход)\b.{0,60}$",
    r"ваш браузер",
    r"^\s*(подписывайтесь|подпишитесь|следите за нами|следите за новостями)\b",
)]

# A news feed's time and date on a line of its own (`- 21:10 29.01.2026`), the headline of
# another article under it: both boilerplate, anywhere on the page.
FEED_STAMP = re.compile(r"^\s*[-–—•]?\s*\d{1,2}:\d{2}(?:,?\s+\d{1,2}\.\d{2}\.\d{2,4})?\s*$")
# A timestamp of a teaser in a list of other articles run into one line (`... 21 января 2026,
# 20:15: Как изменятся цены ... 21 января 2026, 20:00: Медведев высказался ...`): a line with
# TEASER_STAMPS of them or more is boilerplate, however long.
TEASER_STAMP = re.compile(rf"\b\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}},? \d{{1,2}}:\d{{2}}:", _FLAGS)   # a headline after its `:`
TEASER_STAMPS = 3
# Headlines of a list of other articles run together with no space (`... ввели в эксплуатацию
# ЭБ-6Более 45 тыс человек остались без электроэнергии ... из-за непогодыЭнергетики
# оперативно ...`): a word's end glued to the next one's capital, GLUED_HEADLINES times or more
# in one line, each glued pair another, is a run of teasers or a site's menu (`НовостиМнения
# АналитикаСервисы`); a brand (`ЭпиВакКорона`, `ПремьерМедиаИнвест`) glues short parts, or
# fewer times.
GLUED_HEADLINE = re.compile(r"(?:[а-яё]{4}|\d)[А-ЯЁ][а-яё]{2,}")
GLUED_HEADLINES = 3
# ... in a line with no sentence end in it: prose whose links lost their spaces (`в
# пресс-службеРоспотребнадзора, ... . «...», — заявил глава регионаАндрей Воробьев`) stays.
SENTENCE_END = re.compile(r"[.!?…][»\"]?\s+[«\"—–-]?\s*[А-ЯЁA-Z]")

# A line longer than this is no caption, teaser or button however it opens: a crawled page
# ran its caption into the story (`фото: AP — Важно отметить, что ...` and 1,000 characters more).
LINE_MAX_CHARS = 400

TAIL = [re.compile(p, _FLAGS) for p in (
    r"^\s*поддержать\s*$",
    r"^\s*(все )?статьи\s*$",
    r"^\s*(больше|все|другие|похожие|последние|горячие|главные|популярные|свежие) новости\s*:?\s*$",
    r"^\s*(больше|все|другие|похожие|последние) новости\b",
    r"^\s*новости дня\s*:?\s*$",
    r"^\s*(другие|ещё|еще) материалы\s*:?\s*$",
    r"^\s*(другие|ещё|еще|все) материалы (рубрики|раздела|по теме)\b[^.!?\n]{0,40}$",   # `Другие материалы рубрики "Общество"`
    r"^\s*новости партн[её]ров\b",
    r"^\s*новости и материалы\s*:?\s*$",
    r"^\s*что (ещё|еще) почитать\s*:?\s*$",
    r"^\s*читайте также\s*:?\s*$",   # a list of teasers below; `Читайте также: <headline>` is one line in the body
    r"^\s*(смотрите|см\.) (также|еще|ещё)\s*:?\s*$",
    r"^\s*(материалы|новости|статьи) по теме\s*:?\s*$",
    r"^\s*(подписывайтесь|подпишитесь|следите за новостями)\b",
    r"^\s*\d{1,2}:\d{2}\s*$",
    r"^\s*(комментарии|отзывы|обсуждение)\s*(\(\d+\)|\d+)\s*:?\s*$",   # readers' comments below: `Комментарии (4)`
)]

# A header over one teaser of another article: the header line and the headline under it (a
# short line ending no sentence) are boilerplate (`Важно` / `Путин заявил, что ...`).
TEASER_HEADERS = [re.compile(p, _FLAGS) for p in (
    r"^\s*(важно|главное|сейчас читают|самое читаемое|популярное|выбор редакции|рекомендуем|по теме|свежее)\s*:?\s*$",
)]

# Words a story's own headline has at least (not a rubric: `Общество`, `Радио`); the page may
# repeat it after a tail marker, and the story goes on under it.
HEADLINE_WORDS = 4

# Tail markers that a page may also set between paragraphs of its story (`Подписывайтесь на
# наш Telegram`): they end the body only where the story does not go on after them.
SOFT_TAIL = [re.compile(p, _FLAGS) for p in (
    r"^\s*(подписывайтесь|подпишитесь|следите за новостями)\b",
    r"^\s*\d{1,2}:\d{2}\s*$",
)]
# Of those, the ones after which any prose goes on with the story: a live blog's time of an
# entry (`22:40`) heads whatever comes next; a list of other articles' times and headlines
# has no prose after its times.
ANY_PROSE_GOES_ON = [re.compile(p, _FLAGS) for p in (
    r"^\s*\d{1,2}:\d{2}\s*$",
)]
# The story goes on when the next paragraph is prose (this long, ending a sentence) that
# names at least this many of the names (capitalised words inside a sentence) the body named
# before the marker.
STORY_PARAGRAPH_CHARS = 120
# A paragraph that opens pointing back at what came before goes on with the story, whatever
# names it gives (`Он привел последние данные ...`, `По его словам, ...`, `Кроме того, ...`; not
# `Также ...`, which opens teasers as often).
POINTS_BACK = re.compile(r"^\s*(?:он|она|они|по (?:его|ее|её|их) (?:словам|мнению|данным)|при этом|кроме того)\b", re.I)
ENTRY_CHARS = 40   # a live blog's entry after its time: a sentence at least this long
STORY_SHARED_NAMES = 1
STORY_NAME_STEM = 5   # letters of a name compared (`Строева` ~ `Строевой`)


# Words whose colon opens a picture's credit (`... — написала тренер Этери Тутберидзе Фото: «БИЗНЕС
# Online»`): no cue's colon, whatever cue stands before it.
CREDIT_WORDS = frozenset("фото фотография видео иллюстрация инфографика коллаж колаж скриншот photo".split())
