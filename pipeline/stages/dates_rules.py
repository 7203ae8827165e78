"""The value of each date rule: `VALUES[rule](found, context)` → a Value or None (not a date).

One function per expression family; years a date lacks come from `dates_resolve`."""
import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional, Tuple

from pipeline.lexicons.months import WEEKDAYS
from pipeline.lexicons.periods import ORDINAL_DAYS
from pipeline.stages import dates_resolve as resolve
from pipeline.stages.dates_relative import (Value, ago, century_relative, duration, frequency, relative_day,
                                            relative_month, relative_year, relative_year_of, same_day, season, week)
from pipeline.stages.dates_resolve import Context, Found
from pipeline.stages.dates_values import (as_int, century_number, century_of_words, century_value, decade_value,
                                          fmt, month_of, second_year, valid_day)


def _day_bounds(m: int, d: int):
    return lambda y: (date(y, m, d), date(y, m, d)) if valid_day(y, m, d) else (None, None)


def _month_bounds(m1: int, m2: Optional[int] = None):
    m2 = m2 or m1
    return lambda y: (date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1]))


def _weekday_year(g: dict, ctx: Context) -> Tuple[Optional[int], str]:
    """`во вторник, 22 декабря`: the year near publication in which that day is that weekday
    (or, with only a crawl date, the last such year up to it)."""
    if not g.get("wd") or not (ctx.published or ctx.crawled):
        return None, "none"
    m, d = month_of(g["m"]), int(g["d"])
    near = ctx.published or ctx.crawled
    years = (near.year, near.year - 1, near.year + 1) if ctx.published else (near.year, near.year - 1)
    year = next((y for y in years if valid_day(y, m, d) and date(y, m, d).isoweekday() == WEEKDAYS[g["wd"].lower()]
                 and (ctx.published or date(y, m, d) <= near)), None)
    return year, "published" if ctx.published else "crawled"


def day(f: Found, ctx: Context) -> Optional[Value]:
    g = f.groups
    m, d = month_of(g["m"]), int(g["d"])
    y = as_int(g.get("y")) or (2000 + int(g["yy"]) if g.get("yy") else None)
    if y:
        anchor = "none"
    elif g.get("mod"):
        y, anchor = relative_year_of(g["mod"], ctx, f)
    elif _weekday_year(g, ctx)[0]:
        y, anchor = _weekday_year(g, ctx)
    else:
        y, anchor = resolve.year_for(ctx, f, _day_bounds(m, d))
    if not valid_day(y, m, d):
        return None
    time = f"T{int(g['hh']):02d}:{g['mm']}" if g.get("hh") else ""
    return Value(fmt(y, m, d) + time, anchor)


def day_in_words(f: Found, ctx: Context) -> Optional[Value]:
    """`со второго декабря`: the day's ordinal word as its number."""
    return day(replace(f, groups={**f.groups, "d": str(ORDINAL_DAYS[" ".join(f.groups["dw"].lower().split())])}), ctx)


def day_range(f: Found, ctx: Context) -> Optional[Value]:
    g = f.groups
    m2, m1 = month_of(g["m2"]), month_of(g.get("m1")) or month_of(g["m2"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    y2, anchor = (as_int(g.get("y2")), "none") if g.get("y2") else resolve.year_for(ctx, f, _day_bounds(m2, d2))
    y1 = as_int(g.get("y1")) or (y2 if m1 <= m2 else (y2 - 1 if y2 else None))
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or (m1, d1) == (m2, d2):
        return None
    return Value(f"{fmt(y1, m1, d1)}/{fmt(y2, m2, d2)}", anchor)


def month_range(f: Found, ctx: Context) -> Value:
    g = f.groups
    m1, m2 = month_of(g["m1"]), month_of(g["m2"])
    y2, anchor = (as_int(g.get("y2")), "none") if g.get("y2") else resolve.year_for(ctx, f, _month_bounds(m2))
    y1 = as_int(g.get("y1")) or (None if not y2 else y2 if m1 <= m2 else y2 - 1)
    return Value(f"{fmt(y1, m1)}/{fmt(y2, m2)}", anchor)


def month(f: Found, ctx: Context) -> Value:
    g, m = f.groups, month_of(f.groups["m"])
    if g.get("same"):
        year = resolve.year_in_text(ctx.any_years, f.start)
        return Value(fmt(year, m), "in_text" if year else "none")
    year, anchor = resolve.current_year(ctx, f) if g.get("sg") else resolve.year_for(ctx, f, _month_bounds(m))
    return Value(fmt(year, m), anchor)


def month_year(f: Found, ctx: Context) -> Value:
    return Value(fmt(int(f.groups["y"]), month_of(f.groups["m"])))


def month_relative_year(f: Found, ctx: Context) -> Value:
    m = month_of(f.groups.get("m") or f.groups["mg"])
    year, anchor = relative_year_of(f.groups["mod"], ctx, f)
    return Value(fmt(year, m), anchor)


def year(f: Found, ctx: Context) -> Value:
    return Value(f.groups["y"])


def year_two_digit(f: Found, ctx: Context) -> Value:
    return Value(f"19{f.groups['yy']}")


def year_range(f: Found, ctx: Context) -> Optional[Value]:
    y1 = int(f.groups["y1"])
    y2 = second_year(y1, f.groups["y2"])
    return Value(f"{y1}/{y2}", kind="range") if y1 < y2 else None


def quarter(f: Found, ctx: Context) -> Value:
    g = f.groups
    n = ("перв", "втор", "трет", "четв").index(g["ord"].lower()[:4]) + 1
    code = f"Q{n}" if g["q"].lower().startswith("квартал") else f"H{min(n, 2)}"
    if g.get("y"):
        return Value(f"{g['y']}-{code}")
    y, anchor = relative_year_of(g["mod"], ctx, f) if g.get("mod") else resolve.current_year(ctx, f)
    return Value(f"{fmt(y)}-{code}", anchor)


def period_noun(f: Found, ctx: Context) -> Optional[Value]:
    """`(в конце) года`, `(с начала) месяца`, `(в начале) недели`, `(к концу) следующего года`."""
    g, unit = f.groups, f.groups["unit"].lower()
    if g.get("y"):
        return Value(g["y"])
    if unit == "года":
        if (g.get("mod") or "").lower().startswith("того"):
            y = resolve.year_in_text(ctx.any_years, f.start)
            return Value(fmt(y), "in_text" if y else "none")
        y, anchor = relative_year_of(g["mod"], ctx, f) if g.get("mod") else resolve.current_year(ctx, f)
        return Value(fmt(y), anchor)
    if ctx.published is None:
        return Value("XXXX-XX" if unit == "месяца" else "XXXX-WXX")
    shift = resolve.shift_of(g.get("mod"))
    if unit == "месяца":
        return Value(resolve.month_shift(ctx.published, shift), "published")
    return Value(resolve.iso_week(ctx.published + timedelta(weeks=shift)), "published")


def decade(f: Found, ctx: Context) -> Optional[Value]:
    value = decade_value(f.groups)
    return Value(value, kind="range" if "/" in value else None) if value else None


def century(f: Found, ctx: Context) -> Optional[Value]:
    g = f.groups
    last = century_value(century_number(g["c"]))
    first = century_value(century_number(g["c1"])) if g.get("c1") else None
    if not last or (g.get("c1") and not first):
        return None
    return Value(f"{first}/{last}", kind="range") if first else Value(last)


def century_word(f: Found, ctx: Context) -> Optional[Value]:
    value = century_value(century_of_words(f.groups["cw"]))
    return Value(value) if value else None


def weekday(f: Found, ctx: Context) -> Optional[Value]:
    """The last such day up to publication; in a present or future clause, the next from it."""
    if f.groups.get("day_rule"):
        return VALUES[f.groups["day_rule"]](f, ctx)
    if ctx.published is None:
        return Value("XXXX-XX-XX")
    future = resolve.tense_at(ctx, f.start) in ("Fut", "Pres") or f.bound is not None   # `в четверг узнают`
    return Value(resolve.weekday_value(f.groups["wd"], f.groups.get("mod"), ctx.published, future), "published")


def night_weekday(f: Found, ctx: Context) -> Optional[Value]:
    """`в ночь на среду` → the Wednesday; `в ночь с субботы на воскресенье` → the two days."""
    v = weekday(f, ctx)
    if not v or not f.groups.get("wd1"):
        return v
    if v.value.startswith("X"):
        return Value(f"{v.value}/{v.value}", v.anchor)
    end = date.fromisoformat(v.value)
    return Value(f"{(end - timedelta(days=1)).isoformat()}/{v.value}", v.anchor, kind="range")


def time_of_day(f: Found, ctx: Context) -> Optional[Value]:
    """`в 19:30` → `T19:30` (GUIDELINES: a time of day with no date, optional)."""
    return Value(f"T{int(f.groups['hh']):02d}:{f.groups['mm']}", kind="time")


DAY_RULES = {"day_words", "night_day", "day_ordinal", "day_digits", "day_iso", "day_abbrev", "day_digits_time_first",
             "day_digits_short"}
# a bare year ("после 1997 года") is often not the time of the events: only dates with a
# day or a month lend their year to dates that lack one
YEAR_GIVING_RULES = DAY_RULES | {"range_days", "range_from_to", "range_between", "night_range", "range_months",
                                 "range_months_bare", "month_year"}
RELATIVE_RULES = {"relative_day", "same_day", "weekday", "night_weekday", "weekday_gen", "week", "relative_year",
                  "relative_month", "month_relative_year", "ago", "century_relative"}
KINDS = {"range_days": "range", "range_from_to": "range", "night_range": "range", "range_between": "range",
         "range_months": "range", "range_months_bare": "range", "after": "duration", "after_postposed": "duration",
         "duration": "duration", "set": "set"}
VALUES = {
    **{rule: day for rule in DAY_RULES}, "day_ordinal": day_in_words,
    "range_days": day_range, "range_from_to": day_range, "range_between": day_range, "night_range": day_range,
    "range_months": month_range, "range_months_bare": month_range,
    "month": month, "month_for": month, "month_gen": month, "month_year": month_year,
    "month_relative_year": month_relative_year,
    "range_years": year_range, "range_years_between": year_range, "range_years_from_to": year_range,
    "year_ordinal": year, "bare_year": year, "year_coordinated": year, "year": year, "year_two_digit": year_two_digit,
    "quarter": quarter, "period_noun": period_noun,
    "decade": decade, "decade_short": decade, "decade_word": decade,
    "century": century, "century_word": century_word, "century_relative": century_relative,
    "season": season,
    "relative_day": relative_day, "same_day": same_day, "weekday": weekday, "weekday_gen": weekday,
    "night_weekday": night_weekday,
    "week": week, "relative_year": relative_year, "relative_month": relative_month,
    "ago": ago, "after": duration, "after_postposed": duration, "duration": duration, "set": frequency, "time": time_of_day,
}
