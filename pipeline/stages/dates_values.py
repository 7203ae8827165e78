"""Values of date expressions that need no context: TIMEX-style strings from a rule's groups.

`2026-02-09`, `XXXX-01-09`, `2008/2012`, `198X`, `17XX`, `P12Y`, `PT30M`, `PXY`, `2019-SU`;
and the first and last day a value covers."""
import calendar
import re
from datetime import date, timedelta
from typing import Optional, Tuple

from pipeline.lexicons import periods
from pipeline.lexicons.months import MONTH_OR_ABBREVIATION, SEASONS

Bounds = Tuple[Optional[date], Optional[date]]


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


def as_int(value) -> Optional[int]:
    return int(value) if value else None


def month_of(value) -> Optional[int]:
    """`февраля`, `фев`, `02` → 2; `феврале` → 2 too."""
    if not value:
        return None
    if value.isdigit():
        return int(value)
    word = value.lower()
    return MONTH_OR_ABBREVIATION.get(word) or next(
        (n for form, n in MONTH_OR_ABBREVIATION.items() if len(form) > 3 and form[:4] == word[:4]), None)


def second_year(first: int, value: str) -> int:
    """`2019` → 2019; `19` after 2018 → 2019 (`2018/19`, `2019-20`)."""
    return int(value) if len(value) == 4 else first // 100 * 100 + int(value)


def number_of(text: Optional[str]) -> Optional[float]:
    """`10`, `2,5`, `двух`, `полтора` → the number; `несколько` → None (unknown); no word → 1."""
    if not text:
        return 1
    text = text.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d)?", text):
        return float(text)
    return periods.NUMBER_WORDS.get(text)


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def duration_value(n: Optional[float], unit: str) -> str:
    """`P2Y`, `P6M`, `PT30M`, `P20Y` (two decades), `PXY`, `PXDE` (unknown numbers)."""
    if unit == "DE":
        return f"P{_num(n * 10)}Y" if n is not None else "PXDE"
    count = _num(n) if n is not None else "X"
    return f"PT{count}{unit[1]}" if unit.startswith("T") else f"P{count}{unit}"


def unit_and_number(g: dict, unplural: bool = False) -> Tuple[Optional[float], str]:
    """The number and TIMEX unit of `(N) units`, `полгода`, `N units` with an unknown N."""
    word = g["unit"].lower()
    if word in periods.HALVES:
        n, unit = periods.HALVES[word]
        return n, unit
    n = number_of(g.get("n2") or g.get("n"))
    if (unplural or word in PLURAL_ONLY_FORMS) and not g.get("n"):
        n = None   # `за последние годы`, `годы спустя`: how many is not said
    return n, periods.UNITS[word]


# unit words that are plural in every reading (not `года`, `недели`: a genitive singular too)
PLURAL_ONLY_FORMS = frozenset("годы лет годов месяцы месяцев дни дней недель часов минут".split())


def roman(text: str) -> Optional[int]:
    digits = [periods.ROMAN.get(ch) for ch in text.upper().replace("Х", "X")]
    if None in digits:
        return None
    total = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
    return total if 0 < total <= 30 else None


def century_number(text: str) -> Optional[int]:
    arabic = re.match(r"\d+", text)
    return int(arabic.group()) if arabic else roman(text)


def century_value(n: Optional[int]) -> Optional[str]:
    """The 18th century → `17XX`."""
    return f"{n - 1:02d}XX" if n and 0 < n <= 30 else None


def century_of_words(word: str) -> Optional[int]:
    word = word.lower()
    return next((n for n, stem in periods.CENTURY_WORDS.items() if re.match(stem, word)), None)


def decade_value(g: dict) -> Optional[str]:
    if g.get("dec"):
        value = f"{g['dec']}X"
        return f"{g['d1']}X/{value}" if g.get("d1") else value
    if g.get("dw"):
        return periods.DECADE_WORDS[g["dw"].lower()] + "X"
    return ("200X" if g["dd"] == "00" else f"19{g['dd'][0]}X") if g.get("dd") else None


def set_value(g: dict) -> Optional[str]:
    if g.get("w"):
        return periods.SET_WORDS[g["w"].lower()]
    if g.get("wds"):
        return _weekday_set(g["wds"])
    per = g.get("per") or g.get("unit")
    n, unit = unit_and_number({"unit": per, "n": g.get("n") if g.get("unit") else None})
    return duration_value(n, unit)


_WEEKDAY_PLURALS = ("понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам", "воскресеньям")


def _weekday_set(word: str) -> str:
    return f"XXXX-WXX-{_WEEKDAY_PLURALS.index(word.lower()) + 1}"


def season_code(word: str) -> str:
    return SEASONS[word.lower()]


def value_bounds(value: str) -> Bounds:
    """First and last day a date value covers; (None, None) when any part is unknown or the
    value is not a date (a duration, a set, a season, a decade)."""
    if not value or "X" in value or value.startswith("P") or re.search(r"-(SP|SU|FA|WI|H\d|Q\d)$", value):
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
    if len(parts) == 1 and len(value) == 4:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    return None, None
