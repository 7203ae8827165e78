"""Stage 4: date expressions and their values (see seeds/GUIDELINES.md § Dates).

Rules (`lexicons/dates.py`) find expressions; a part of a period (`в конце апреля`) or an
open bound (`с 15 ноября`) before a match widens it; `dates_rules.VALUES` gives each rule's
value, resolving missing years and relative days against the publication date or the
article's own dates (`dates.anchor`).
"""
import re
from dataclasses import replace
from datetime import date
from typing import Dict, List, Optional

from pipeline.lexicons import dates as lex
from pipeline.lexicons import periods
from pipeline.lexicons.months import WEEKDAYS
from pipeline.records import DateMention, Document
from pipeline.stages.dates_resolve import Context, Found, Years
from pipeline.stages.dates_rules import DAY_RULES, KINDS, RELATIVE_RULES, VALUES, YEAR_GIVING_RULES, Value
from pipeline.stages.dates_values import month_of, value_bounds
from pipeline.stages.published import safe_date
from pipeline.stages.quote_context import in_spans

_DIGIT, _WORD = re.compile(r"\d"), re.compile(r"[а-яё]+")
DAY_VALUE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}(T.*)?")   # a day's value, its year or all of it unknown maybe


def _may_hold_date(line: str) -> bool:
    return (bool(_DIGIT.search(line)) or not lex.TRIGGER_WORDS.isdisjoint(_WORD.findall(line.lower()))
            or bool(lex.TRIGGER.search(line)))


def _allowed(text: str, f: Found) -> bool:
    after, before = lex.NOT_AFTER.get(f.rule), lex.NOT_BEFORE.get(f.rule)
    return not (after and after.search(text[max(0, f.start - 30):f.start])
                or before and before.search(text[f.end:f.end + 30]))


def find_matches(text: str) -> List[Found]:
    """All rule matches within lines, longest first, without overlaps; only lines holding a
    digit or a date word are scanned."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        if _may_hold_date(line.group()):
            text_of_line, needed = line.group(), {}   # a word several rules need is looked for once
            lowered = text_of_line.lower()

            def has(need) -> bool:
                if need not in needed:
                    needed[need] = need.search(lowered) is not None
                return needed[need]

            found += [Found(line.start() + m.start(), line.start() + m.end(), name, m.groupdict())
                      for name, rx in lex.RULES if name not in lex.NEEDS or has(lex.NEEDS[name])
                      for m in rx.finditer(text_of_line) if m.end() > m.start()]
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: List[Found] = []
    for f in found:
        if all(f.end <= t.start or f.start >= t.end for t in taken) and _allowed(text, f):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


def merge_weekday_with_day(matches: List[Found], text: str) -> List[Found]:
    """`в субботу, 10 июня`: one expression whose value is the day's; `со среды (14 мая)`: the
    weekday takes the day's value."""
    merged: List[Found] = []
    for m in matches:
        prev = merged[-1] if merged else None
        weekday_before = prev and prev.rule in ("weekday", "weekday_gen") and m.rule in DAY_RULES
        if weekday_before and prev.rule == "weekday" and re.fullmatch(r"\s*,?\s*", text[prev.end:m.start]):
            merged[-1] = replace(m, start=prev.start, groups={**m.groups, "wd": prev.groups["wd"]})
            continue
        if weekday_before and re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]):   # `со среды (14 мая)`
            merged[-1] = replace(prev, groups={**m.groups, "wd": prev.groups["wd"], "day_rule": m.rule})
        merged.append(m)
    return merged


def _mod_of(part: str) -> Optional[str]:
    word = re.sub(r"^сам\w*\s+", "", part.lower())
    return next((mod for stem, mod in periods.PART_MODS.items() if word.startswith(stem)), None)


def _bound_of(prep: Optional[str]) -> Optional[str]:
    if not prep:
        return None
    return "start" if prep.lower().split()[-1] in ("с", "со") else "end"


LEADING_BOUND = re.compile(r"^(?:начиная\s+)?(с|со|до|к)\s", re.IGNORECASE)
PREPOSITION = re.compile(r"(?:в|во|с|со|до|к|после|по|на|от|за|около)\s", re.IGNORECASE)


def widen(f: Found, text: str, floor: int) -> Optional[Found]:
    """A match with the part of a period or the open bound before it; None for a rule that
    is no date alone (`апреля` with nothing before it)."""
    before = text[max(floor, f.start - 60):f.start]
    part = lex.PART_PREFIX.search(before) if f.rule in lex.PART_BASES else None
    if part:
        return replace(f, start=f.start - len(before) + part.start(), wrapper="part_of_period",
                       mod=_mod_of(part.group("part")), bound=_bound_of(part.group("prep")))
    bound = lex.BOUND_PREFIX.search(before) if f.rule in lex.BOUND_BASES else None
    if bound:
        return replace(f, start=f.start - len(before) + bound.start(), wrapper="open_range",
                       bound=_bound_of(bound.group("prep")))
    inner = LEADING_BOUND.match(text[f.start:f.end]) if f.rule in lex.BOUND_BASES else None
    if inner:
        return replace(f, wrapper="open_range", bound=_bound_of(inner.group(1)))
    whole = lex.WHOLE_PREFIX.search(before) if f.rule in lex.WHOLE_BASES else None
    if whole and not PREPOSITION.match(text, f.start):     # `весь 2020 год`, not `все за 2021-2022 год`
        return replace(f, start=f.start - len(before) + whole.start())
    return None if f.rule in lex.BOUND_ONLY else f


def widen_all(matches: List[Found], text: str) -> List[Found]:
    result: List[Found] = []
    for f in matches:
        wide = widen(f, text, result[-1].end if result else 0)
        if wide:
            result.append(wide)
    return result


def _years(matches: List[Found], rules) -> Years:
    return [(f.start, f.end, int(f.groups[k])) for f in matches if rules is None or f.rule in rules
            for k in ("y", "y2", "y1") if f.groups.get(k) and len(f.groups[k]) == 4]


def explicit_years(matches: List[Found], rules=YEAR_GIVING_RULES) -> Years:
    """(start, end, year) of the explicit years of dates with a month (or of all dates)."""
    seen, result = set(), []
    for start, end, year in _years(matches, rules):
        if start not in seen:
            seen.add(start)
            result.append((start, end, year))
    return result


def first_years(matches: List[Found]) -> Dict[int, int]:
    """Ranges whose explicit year is their end's and that begin the year before: `с сентября
    по март 2022 года`, `с 20 декабря по 10 января 2021 года` (start → 2021)."""
    result = {}
    for f in matches:
        g = f.groups
        if g.get("y2") and len(g["y2"]) == 4 and not g.get("y1") and g.get("m1"):
            if (month_of(g["m1"]), int(g.get("d1") or 0)) > (month_of(g["m2"]), int(g.get("d2") or 0)):
                result[f.start] = int(g["y2"]) - 1
    return result


def full_days(matches: List[Found]) -> Dict[int, date]:
    """start → the (first) day of each date that gives its day, month and year."""
    result = {}
    for f in matches:
        g = f.groups
        if f.rule in YEAR_GIVING_RULES and g.get("y") and g.get("m") and g.get("d") and len(g["y"]) == 4:
            day = safe_date(g["y"], month_of(g["m"]), g["d"])
            if day:
                result[f.start] = day
    return result


def explicit_dates(text: str) -> List[date]:
    """The days that the text's dates with a month and a year name (a month: its 15th), in
    order; for ingest, to give a dateline with no year its year."""
    days = []
    for f in find_matches(text):
        g = f.groups
        if f.rule in YEAR_GIVING_RULES and g.get("y") and g.get("m") and len(g["y"]) == 4:
            day = safe_date(g["y"], month_of(g["m"]), g.get("d") or 15)
            days += [day] if day else []
    return days


def is_preposition_use(text: str, end: int) -> bool:
    """`накануне встречи` is "on the eve of", not a date: the next word is a genitive."""
    from pipeline.models import morph_analyzer

    following = re.match(r"\s+([А-Яа-яЁё]+)", text[end:end + 40])
    if not following:
        return False
    best = morph_analyzer().parse(following.group(1))[0]
    return best.tag.case == "gent" and best.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")


def mention(doc: Document, i: int, f: Found, v: Value) -> DateMention:
    first, last = value_bounds(v.value)
    if f.wrapper == "open_range":
        first, last = (first, None) if f.bound == "start" else (None, last)
    kind = "range" if f.wrapper == "open_range" else v.kind or KINDS.get(f.rule, "date")
    rule = f"{f.wrapper}:{f.rule}" if f.wrapper else f.rule
    return DateMention(doc.doc_id, i, f.start, f.end, doc.text[f.start:f.end], v.value, first, last,
                       f.rule in RELATIVE_RULES, kind, v.mod or f.mod, rule, v.anchor)


def _weekday_named_before(f: Found, v: Value, named: Dict[int, str]) -> Value:
    """With no publication date, `в понедельник` is the Monday the article dated earlier
    (`в понедельник 7 февраля`); a dated weekday is remembered for those after it."""
    wd = WEEKDAYS.get((f.groups.get("wd") or "").lower())
    if wd is None:
        return v
    if f.rule in DAY_RULES and DAY_VALUE.fullmatch(v.value) and "X" not in v.value[4:10]:
        named[wd] = v.value.split("T")[0]
    elif f.rule in ("weekday", "night_weekday") and v.value == "XXXX-XX-XX" and not f.groups.get("mod") and wd in named:
        return Value(named[wd], "in_text")
    return v


def extract_dates(doc: Document, tokens=()) -> List[DateMention]:
    matches = [m for m in find_matches(doc.text) if not in_spans(m.start, doc.boilerplate)]
    matches = widen_all(merge_weekday_with_day(matches, doc.text), doc.text)
    ctx = Context(doc.text, doc.published, tokens, explicit_years(matches), explicit_years(matches, None),
                  crawled=doc.crawled, first_years=first_years(matches), full_days=full_days(matches))
    result: List[DateMention] = []
    named_weekdays: Dict[int, str] = {}   # weekday → the day an earlier `в понедельник 7 февраля` gave it
    for f in matches:
        if f.rule == "relative_day" and f.groups["rel"].lower() == "накануне" and is_preposition_use(doc.text, f.end):
            continue
        v = VALUES[f.rule](f, ctx)
        if not v:
            continue
        v = _weekday_named_before(f, v, named_weekdays)
        if DAY_VALUE.fullmatch(v.value):
            ctx.previous_day = v.value.split("T")[0]
        result.append(mention(doc, len(result), f, v))
    return result
