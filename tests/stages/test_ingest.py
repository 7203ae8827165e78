from datetime import date

import pytest

from pipeline.records import RawArticle
from pipeline.stages.ingest import ingest, parse_dateline
from pipeline.stages.names import is_person_name


def doc_of(text: str, **kw):
    return ingest(RawArticle("a", "a.txt", data=text.encode(kw.pop("encoding", "utf-8"))), is_person_name)


@pytest.mark.parametrize("line, expected", [
    ("9 февраля 2026, 14:49", date(2026, 2, 9)),
    ("23 января 2026, 09:17, ИА Амител", date(2026, 1, 23)),
    ("04.11.2020 16:42", date(2020, 11, 4)),
    ("время публикации: 15 декабря 2020 г., 09:10", date(2020, 12, 15)),
    ("30 декабря 2020, 15:13Фото: Медиахолдинг", date(2020, 12, 30)),
    ("Лавров заявил 9 февраля 2026", None),
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


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n ", "empty"), (bytes(range(256)) * 8, "binary")])
def test_bad_input_is_an_error(data, reason):
    doc = ingest(RawArticle("a", "a.txt", data=data), is_person_name)
    assert doc.status == "error" and reason in doc.error


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8-sig", "utf-16"])
def test_encodings(encoding):
    text = "Глава МИД России Сергей Лавров заявил, что переговоры будут продолжены в Женеве."
    doc = doc_of(text, encoding=encoding)
    assert doc.status == "ok" and doc.text == text
