"""The publication date of a plain-text page and where it came from (`documents.published_source`).

Sources, in order of trust: metadata given with the article, a header line (` date
2025-08-22`), the dateline under the title, a timestamp line, the page's own URL, an agency
dateline opening the body. A dateline with no year takes it from a date-only source (a URL
month), else from the article's own dates; never from a guess. A crawl-date header (BSNLP)
is never the date, but no date after it can be one.
"""
import statistics
from datetime import date
from typing import Callable, Iterable, List, Optional, Tuple

from pipeline.lexicons import published as lex
from pipeline.lexicons.months import MONTH_OR_ABBREVIATION

Line = Tuple[int, int, str]
Partial = Tuple[Optional[int], int, int]   # year (None: unknown), month, day


def safe_date(year, month, day) -> Optional[date]:
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _month(value: str) -> Optional[int]:
    return int(value) if value.isdigit() else MONTH_OR_ABBREVIATION.get(value.lower().rstrip("."))


def _partial(match) -> Optional[Partial]:
    g = match.groupdict()
    month = _month(g["m"])
    if not month or not 1 <= int(g["d"]) <= 31:
        return None
    return (int(g["y"]) if g.get("y") else None), month, int(g["d"])


def parse_dateline(line: str) -> Optional[date]:
    """The full date a dateline line starts with (`9 февраля 2026, 14:49`, `04.11.2020 16:42`)."""
    found = dateline_partial(line)
    return safe_date(*found) if found and found[0] else None


def dateline_partial(line: str) -> Optional[Partial]:
    for pattern in lex.DATELINES:
        match = pattern.match(line.strip())
        if match and lex.DATELINE_REST.match(line.strip()[match.end():]):
            return _partial(match)
    return None


def timestamp_date(lines: Iterable[Line]) -> Optional[date]:
    for _, _, text in lines:
        match = lex.TIMESTAMP.match(text)
        if match:
            return safe_date(match["y"], match["m"], match["d"])
    return None


def url_date(urls: Iterable[str]) -> Tuple[Optional[date], Optional[int]]:
    """The day a URL's path gives, or (None, the year of a `/2021/05/` path)."""
    for url in filter(None, urls):
        for pattern in lex.URL_DATES:
            match = pattern.search(url)
            if match and match.groupdict().get("d"):
                day = safe_date(match["y"], match["m"], match["d"])
                if day:
                    return day, None
            elif match:
                return None, int(match["y"])
    return None, None


def url_lines(lines: Iterable[Line]) -> List[str]:
    return [text.strip() for _, _, text in lines if lex.URL_LINE.match(text)]


def agency_partial(lines: Iterable[Line]) -> Optional[Partial]:
    """`МОСКВА, 17 мар — РИА Новости.`, `Москва. 3 октября. INTERFAX.RU - ...` or a lead
    closed by `РИА Новости, 18.01.2021`."""
    for _, _, text in lines:
        match = lex.AGENCY_DATELINE.match(text) or lex.AGENCY_LEAD.match(text) or lex.AGENCY_DATE.search(text.strip())
        if match:
            return _partial(match)
    return None


def year_of(partial: Partial, hint_year: Optional[int], article_dates: Callable[[], List[date]],
            crawled: Optional[date]) -> Optional[date]:
    """A day and month completed with a year: the hint's (a URL month), else the year that
    puts it nearest the middle of the article's own dates, never after the crawl date."""
    year, month, day = partial
    if year or hint_year:
        return safe_date(year or hint_year, month, day)
    days = article_dates()
    if not days:
        return None
    middle = statistics.median_low(days)
    candidates = [d for y in (middle.year - 1, middle.year, middle.year + 1)
                  if (d := safe_date(y, month, day)) and (crawled is None or d <= crawled)]
    return min(candidates, key=lambda d: abs((d - middle).days), default=None)


def find_published(zone: List[Line], head: List[Line], urls: List[Optional[str]],
                   article_dates: Callable[[], List[date]], crawled: Optional[date],
                   header_year: Optional[int] = None) -> Tuple[Optional[date], Optional[str]]:
    """The publication date of a page with no header line and its source, or (None, None).
    ``zone``: the lines under the title; ``head``: the page's first lines after any header;
    ``article_dates``: the days the article's own full dates name (read only when needed);
    ``header_year``: the year of a header line that gives no day (` date 2018-09`)."""
    fits = lambda d: d if d and (crawled is None or d <= crawled) else None   # noqa: E731
    dateline = next(filter(None, (dateline_partial(text) for _, _, text in zone)), None)
    found_url, url_year = url_date(list(urls) + url_lines(head))
    url_year = url_year or header_year
    for source, day in (("dateline", dateline and dateline[0] and safe_date(*dateline)),
                        ("timestamp", timestamp_date(head)), ("url", found_url)):
        if fits(day):
            return day, source
    for source, partial in (("dateline", dateline), ("agency", agency_partial(head))):
        day = fits(year_of(partial, url_year, article_dates, crawled)) if partial else None
        if day:
            return day, source
    return None, None
