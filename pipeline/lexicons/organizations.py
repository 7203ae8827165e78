"""Names natasha mistypes: media and agencies are organisations, never persons or places."""

MEDIA = {
    "тасс", "риа новости", "интерфакс", "reuters", "bloomberg", "ap", "afp", "bbc", "cnn",
    "the guardian", "the new york times", "the washington post", "the wall street journal",
    "financial times", "politico", "axios", "mash", "baza", "shot", "коммерсант", "ведомости",
    "известия", "рбк", "газета.ru", "лента.ру", "lenta.ru", "meduza", "медуза", "главред",
    "depo.ua", "liga.net", "укринформ", "униан", "страна.ua", "рен тв", "нтв", "первый канал",
    "россия 24", "euronews", "deutsche welle", "dw", "радио свобода", "новая газета",
    "эхо москвы", "дождь", "википедия", "telegram", "twitter", "facebook", "instagram",
    "известия", "ria", "interfax", "fox news", "nbc", "abc", "cbs", "associated press",
}

# words natasha tags as person names that are never names
NOT_PERSON = {"отвечая", "комментируя", "говоря", "напомним", "кратко", "главред"}
