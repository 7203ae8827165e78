"""Where a web page says when it was published, as data (seeds/GUIDELINES.md § Publication
date): datelines, machine timestamps, dates in the page's URL, news-agency datelines."""
import re

from pipeline.lexicons.months import MONTH_ABBREVIATION_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN

_MONTH = rf"(?:{MONTH_PATTERN}|{MONTH_ABBREVIATION_PATTERN})"
_LABEL = r"(?:[^\d\n]{0,40}?[:,]\s*)?"          # `время публикации: `, `Санкт-Петербург, `
# a weekday or a time before the date: `Среда 26 марта 2025, 15:36`, `11:44 18.07.2013`
_BEFORE = rf"(?:(?:{WEEKDAY_PATTERN}),?\s+|\d{{1,2}}:\d\d\s*[,|—–-]?\s*)?"

# the dateline under a title: `9 февраля 2026, 14:49`, `17 окт 2023, 19:58`, `04.11.2020 16:42`,
# `12 января , 19:13`
DATELINES = [
    re.compile(rf"^{_LABEL}{_BEFORE}(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})", re.I),
    re.compile(rf"^{_LABEL}{_BEFORE}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})\b"),
    re.compile(rf"^{_LABEL}(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})\s*,?\s*\d{{1,2}}:\d\d\b", re.I),   # no year
]
# What may follow a dateline's date: a time (then anything: `, 15:13 Фото: ...`, `20:53 Анна
# Семенова`), or at most two words (`года`, `г., Москва`) — not a sentence the date opens
# (`1 января 2011 года эстонцы перестали пользоваться кронами`).
DATELINE_REST = re.compile(r"^\s*(?:г\.|года?\b)?\s*[,.]?\s*(?:\d{1,2}:\d\d|(?:[^\s]+\s*){0,2}$)", re.I)
# a machine timestamp alone on its line: `2019-03-17T08:15`, `2019-03-17 08:15:00+03:00`
TIMESTAMP = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)[T ][0-2]\d:[0-5]\d"
                       r"(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\s*$")
URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
# a date in a URL path: `/20190317/`, `/2021/05/09/`, `/2021-05-09-`, `/09-05-2021`; a month alone
URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/"),
]
AGENCIES = (r"РИА\s+Новости|ИТАР-ТАСС|ТАСС|Интерфакс(?:-[А-Яа-я]+)?|(?:ИА\s+)?REGNUM|Прайм|РБК|Sputnik|"
            r"БелТА|УНИАН|Укрінформ|Укринформ|Reuters|AFP|Новости|RT|ИА\s+[А-ЯA-Z][\w-]+")
# an agency dateline opening the body: `МОСКВА, 17 мар — РИА Новости.`, `КИЕВ, 12 марта. /ТАСС/.`
AGENCY_DATELINE = re.compile(
    rf"^\s*(?P<city>[^\d\n,]{{2,40}}),\s*(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?(?:\s+(?P<y>\d{{4}})(?:\s*г\.)?)?"
    rf"(?:\s*,\s*\d{{1,2}}:\d\d)?\s*(?:[-–—.]\s*)+/?\s*(?P<agency>{AGENCIES})\b", re.I)
# the Interfax style, the city and the date as sentences and the agency before a dash: `Москва.
# 3 октября. INTERFAX.RU - «Яндекс» открыл ...`; the body's first sentence starts after it
AGENCY_LEAD = re.compile(
    rf"^\s*(?P<city>[А-ЯЁA-Z][^\d\n,.]{{1,40}})\.\s*(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?\.?"
    rf"\s*(?P<agency>INTERFAX\.RU|INTERFAX|{AGENCIES})\s*[-–—]\s+(?=\S)", re.I)
# the agency and the date closing a lead: `... жителей Колымы. РИА Новости, 18.01.2021`
AGENCY_DATE = re.compile(rf"(?:^|[.!?»\"]\s+)(?P<agency>{AGENCIES}),\s*(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})\s*$")
HEAD_LINES = 16    # sources other than the dateline are looked for in the page's first lines
# a crawler's header line opening the page: ` date 2025-08-22`, the page's title often after it
# on the same line
HEADER_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
# ... also one that gives only the month or the year (` date 2018-09 Москва. 7 сентября. ...`): a
# header line all the same, the text after it a line of its own
HEADER_LINE = re.compile(r"^\s*date\s+(\d{4})(?:-\d{2}){0,2}(?![\d-])")
