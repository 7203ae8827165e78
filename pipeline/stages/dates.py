"""Stage 4: date expressions and their values (see seeds/GUIDELINES.md § Dates).

Values: `2026-02-09`, `2026-02`, `2026`, `XXXX-01-09`, `2026-02-04/2026-02-05`,
`2025-W33`, `2026-01-23T09:17`; relative expressions are resolved against the
publication date, or left as `XXXX-XX-XX` when there is none.
"""
import bisect
import calendar
import re
from datetime import date, timedelta
from typing import List, Optional, Sequence, Tuple

from pipeline.lexicons import dates as lex
from pipeline.lexicons.months import MONTH_OR_ABBREVIATION, WEEKDAYS
from pipeline.records import DateMention, Document
from pipeline.stages.quote_context import in_spans

Match = Tuple[int, int, str, dict]   # start, end, rule name, groups


_DIGIT, _WORD = re.compile(r"\d"), re.compile(r"[а-яё]+")


def _may_hold_date(line: str) -> bool:
    return bool(_DIGIT.search(line)) or not lex.TRIGGER_WORDS.isdisjoint(_WORD.findall(line.lower()))


def find_matches(text: str) -> List[Match]:
    """All rule matches within lines, longest first, without overlaps; only lines holding a
    digit or a date word are scanned."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        if _may_hold_date(line.group()):
            found += [(line.start() + m.start(), line.start() + m.end(), name, m.groupdict())
                      for name, rx in lex.RULES for m in rx.finditer(line.group())]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: List[Match] = []
    for f in found:
        if all(f[1] <= t[0] or f[0] >= t[1] for t in taken):
            taken.append(f)
    return sorted(taken)


def _int(value) -> Optional[int]:
    return int(value) if value else None


def _month(value) -> Optional[int]:
    if not value:
        return None
    return int(value) if value.isdigit() else MONTH_OR_ABBREVIATION.get(value.lower())


def fmt(y: Optional[int], m: Optional[int] = None, d: Optional[int] = None) -> str:
    parts = [f"{y:04d}" if y else "XXXX"]
    if m:
        parts.append(f"{m:02d}")
    if d:
        parts.append(f"{d:02d}")
    return "-".join(parts)


def valid_day(y, m, d) -> bool:
    if not m or not 1 <= m <= 12 or not d:
        return False
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def absolute_value(name: str, g: dict, year: Optional[int]) -> Optional[str]:
    """The value of an absolute expression; ``year`` fills a missing year."""
    if name in ("range_days", "range_from_to", "range_between"):
        y2 = _int(g.get("y2")) or year
        m2, m1 = _month(g["m2"]), _month(g.get("m1")) or _month(g["m2"])
        y1 = _int(g.get("y1")) or (y2 if m1 <= m2 else (y2 - 1 if y2 else None))
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or (m1, d1) == (m2, d2):
            return None
        return f"{fmt(y1, m1, d1)}/{fmt(y2, m2, d2)}"
    if name in ("range_months", "range_months_bare"):
        y2 = _int(g.get("y2")) or year
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y1 = _int(g.get("y1")) or (y2 if y2 and m1 <= m2 else None)
        return f"{fmt(y1, m1)}/{fmt(y2, m2)}"
    if name in ("range_years", "range_years_between"):
        return f"{g['y1']}/{g['y2']}" if g["y1"] < g["y2"] else None
    if name in DAY_RULES:
        y = _int(g.get("y")) or (2000 + int(g["yy"]) if g.get("yy") else year)
        m, d = _month(g["m"]), int(g["d"])
        if not valid_day(y, m, d):
            return None
        time = f"T{int(g['hh']):02d}:{g['mm']}" if g.get("hh") else ""
        return fmt(y, m, d) + time
    if name == "month_year":
        return fmt(int(g["y"]), _month(g["m"]))
    if name == "month":
        return fmt(year, _month(g["m"]))
    if name in ("year", "year_ordinal"):
        return g["y"]
    return None


def _iso_week(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_of(mod: str) -> int:
    return next((v for k, v in lex.PERIOD_SHIFT.items() if mod.lower().startswith(k)), 0)


def _month_of_locative(word: str) -> int:
    """`феврале` → 2."""
    return next(n for form, n in MONTH_OR_ABBREVIATION.items() if form.startswith(word.lower()[:3]))


def _relative_year(mod: str, published: Optional[date]) -> Optional[int]:
    """`прошлого года` → published year − 1; `нового года` late in a year → the next one."""
    if published is None:
        return None
    mod = mod.lower()
    if mod.startswith("нов"):
        return published.year + (1 if published.month >= 10 else 0)
    return published.year + next((v for k, v in lex.RELATIVE_YEAR_SHIFT.items() if mod.startswith(k)), 0)


def weekday_value(g: dict, published: date, future: bool = False) -> str:
    target, mod = WEEKDAYS[g["wd"].lower()], (g.get("mod") or "").lower()
    delta = (published.isoweekday() - target) % 7
    if mod.startswith(lex.FUTURE_MODS) or (future and not mod.startswith(lex.PAST_MODS)):
        ahead = (target - published.isoweekday()) % 7
        if mod.startswith("следующ") and ahead == 0:
            ahead = 7
        return (published + timedelta(days=ahead)).isoformat()
    if mod.startswith(lex.PAST_MODS) and delta == 0:
        delta = 7
    return (published - timedelta(days=delta)).isoformat()


def relative_value(name: str, g: dict, published: Optional[date], previous_day: Optional[str],
                   future: bool = False) -> Optional[str]:
    if name == "same_day":
        return previous_day
    if name == "month_relative_year":
        return fmt(_relative_year(g["mod"], published), _month_of_locative(g["m"]))
    if published is None:
        return {"week": "XXXX-WXX", "relative_year": "XXXX", "relative_month": "XXXX-XX"}.get(name, "XXXX-XX-XX")
    if name == "relative_day":
        return (published + timedelta(days=lex.RELATIVE_DAYS[g["rel"].lower()])).isoformat()
    if name == "weekday":
        return weekday_value(g, published, future)
    shift = _shift_of(g["mod"])
    if name == "week":
        return _iso_week(published + timedelta(weeks=shift))
    if name == "relative_year":
        return str(published.year + shift)
    if name == "relative_month":
        month_index = published.year * 12 + published.month - 1 + shift
        return fmt(month_index // 12, month_index % 12 + 1)
    return None


# a bare year ("после 1997 года") is often not the time of the events: only dates with a
# day or a month lend their year to dates that lack one
DAY_RULES = {"day_words", "day_digits", "day_iso", "day_abbrev", "day_digits_time_first", "day_digits_short"}
YEAR_GIVING_RULES = DAY_RULES | {"range_days", "range_from_to", "range_between", "range_months",
                                 "range_months_bare", "month_year"}
RELATIVE_RULES = {"relative_day", "same_day", "weekday", "week", "relative_year", "relative_month",
                  "month_relative_year"}


def value_bounds(value: str) -> Tuple[Optional[date], Optional[date]]:
    """First and last day a value covers; (None, None) when any part is unknown."""
    if "X" in value or not value:
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return value_bounds(a)[0], value_bounds(b)[1]
    value = value.split("T")[0]
    if "-W" in value:
        y, w = value.split("-W")
        monday = date.fromisocalendar(int(y), int(w), 1)
        return monday, monday + timedelta(days=6)
    parts = [int(p) for p in value.split("-") if p]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    return None, None


def context_year(matches: Sequence[Match]) -> Optional[int]:
    """The one year the article's explicit dates give, if they agree on one."""
    years = {int(g[k]) for _, _, name, g in matches if name in YEAR_GIVING_RULES
             for k in ("y", "y1", "y2") if g.get(k)}
    return years.pop() if len(years) == 1 else None


def is_preposition_use(text: str, end: int) -> bool:
    """`накануне встречи` is "on the eve of", not a date: the next word is a genitive."""
    from pipeline.models import morph_analyzer

    following = re.match(r"\s+([А-Яа-яЁё]+)", text[end:end + 40])
    if not following:
        return False
    best = morph_analyzer().parse(following.group(1))[0]
    return best.tag.case == "gent" and best.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")


def merge_weekday_with_day(matches: List[Match], text: str) -> List[Match]:
    """`в субботу, 10 июня`: one expression whose value is the day's."""
    merged: List[Match] = []
    for m in matches:
        prev = merged[-1] if merged else None
        if prev and prev[2] == "weekday" and m[2] in DAY_RULES and re.fullmatch(r"\s*,?\s*", text[prev[1]:m[0]]):
            merged[-1] = (prev[0], m[1], m[2], {**m[3], "wd": prev[3]["wd"]})
        else:
            merged.append(m)
    return merged


def weekday_year(g: dict, published: Optional[date]) -> Optional[int]:
    """`во вторник, 22 декабря`: the year near publication in which that day is that weekday."""
    if not (g.get("wd") and published and g.get("d") and not g.get("y")):
        return None
    month, day = _month(g["m"]), int(g["d"])
    for year in (published.year, published.year - 1, published.year + 1):
        if valid_day(year, month, day) and date(year, month, day).isoweekday() == WEEKDAYS[g["wd"].lower()]:
            return year
    return None


def future_sentences(tokens) -> set:
    """Sentences that speak of the future: a future-tense verb and no past-tense one."""
    tenses = {}
    for t in tokens:
        for item in t.feats.split("|"):
            if item.startswith("Tense="):
                tenses.setdefault(t.sentence_id, set()).add(item[6:])
    return {sid for sid, found in tenses.items() if "Fut" in found and "Past" not in found}


def sentence_at(tokens, start: int) -> Optional[int]:
    i = bisect.bisect_right(tokens, start, key=lambda t: t.start) - 1
    return tokens[i].sentence_id if i >= 0 else None


def extract_dates(doc: Document, tokens=()) -> List[DateMention]:
    matches = [m for m in find_matches(doc.text) if not in_spans(m[0], doc.boilerplate)]
    matches = merge_weekday_with_day(matches, doc.text)
    year, previous_day, result = context_year(matches), None, []
    future_ids = future_sentences(tokens) if any(m[2] == "weekday" for m in matches) else set()
    for start, end, name, g in matches:
        if name == "relative_day" and g["rel"].lower() == "накануне" and is_preposition_use(doc.text, end):
            continue
        relative = name in RELATIVE_RULES
        future = name == "weekday" and sentence_at(tokens, start) in future_ids
        value = (relative_value(name, g, doc.published, previous_day, future) if relative
                 else absolute_value(name, g, year or weekday_year(g, doc.published)))
        if not value:
            continue
        if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}(T.*)?", value):
            previous_day = value.split("T")[0]
        first, last = value_bounds(value)
        result.append(DateMention(doc.doc_id, len(result), start, end, doc.text[start:end], value, first, last, relative))
    return result
