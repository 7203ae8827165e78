"""Values of the rules that count from the publication date or name no calendar day:
relative days, weeks and years, seasons, periods counted back, durations, frequencies."""
from datetime import timedelta
from typing import NamedTuple, Optional

from pipeline.lexicons import dates as lex
from pipeline.stages import dates_resolve as resolve
from pipeline.stages.dates_resolve import Context, Found
from pipeline.stages.dates_values import century_value, duration_value, fmt, season_code, set_value, unit_and_number


class Value(NamedTuple):
    value: str
    anchor: str = "none"      # what resolved it: published, in_text, none
    kind: Optional[str] = None
    mod: Optional[str] = None   # START / MID / END where the words say it (`поздней осенью`)


def relative_year_of(mod: str, ctx: Context, f: Found):
    """`прошлого года` → the publication year − 1; `нового года` late in a year → the next one."""
    if ctx.published is None:
        return resolve.current_year(ctx, f) if resolve.shift_of(mod, lex.RELATIVE_YEAR_SHIFT) == 0 \
            and not mod.lower().startswith("нов") else (None, "none")
    if mod.lower().startswith("нов"):
        return ctx.published.year + (1 if ctx.published.month >= 10 else 0), "published"
    return ctx.published.year + resolve.shift_of(mod, lex.RELATIVE_YEAR_SHIFT), "published"


def century_relative(f: Found, ctx: Context) -> Optional[Value]:
    if ctx.published is None:
        return None
    n = (ctx.published.year - 1) // 100 + 1 + resolve.shift_of(f.groups["cmod"], lex.RELATIVE_YEAR_SHIFT)
    return Value(century_value(n), "published")


def season(f: Found, ctx: Context) -> Value:
    g = f.groups
    code = season_code(g["season"])
    if g.get("y"):
        return Value(f"{g['y']}-{code}", mod=season_mod(f))
    if g.get("mod"):
        y, anchor = relative_year_of(g["mod"], ctx, f)
        return Value(f"{fmt(y)}-{code}", anchor, mod=season_mod(f))
    if ctx.published is None:
        return Value(f"XXXX-{code}", mod=season_mod(f))
    smod = g.get("smod") if (g.get("smod") or "").lower()[:3] not in ("поз", "ран") else None
    y = resolve.season_year(code, smod, ctx.published, resolve.tense_at(ctx, f.start))
    return Value(f"{y}-{code}", "published", mod=season_mod(f))


def season_mod(f: Found) -> Optional[str]:
    smod = (f.groups.get("smod") or "").lower()
    return "END" if smod.startswith("поздн") else "START" if smod.startswith("ранн") else f.mod


# relative days: the publication date, or XXXX-XX-XX without one
def relative_day(f: Found, ctx: Context) -> Value:
    if ctx.published is None:
        return Value("XXXX-XX-XX")
    return Value((ctx.published + timedelta(days=lex.RELATIVE_DAYS[f.groups["rel"].lower()])).isoformat(), "published")


def same_day(f: Found, ctx: Context) -> Optional[Value]:
    return Value(ctx.previous_day, "in_text") if ctx.previous_day else None


def week(f: Found, ctx: Context) -> Value:
    if ctx.published is None:
        return Value("XXXX-WXX")
    return Value(resolve.iso_week(ctx.published + timedelta(weeks=resolve.shift_of(f.groups["mod"]))), "published")


def relative_year(f: Found, ctx: Context) -> Value:
    if ctx.published is None:
        return Value("XXXX")
    return Value(str(ctx.published.year + resolve.shift_of(f.groups["mod"])), "published")


def relative_month(f: Found, ctx: Context) -> Value:
    if ctx.published is None:
        return Value("XXXX-XX")
    return Value(resolve.month_shift(ctx.published, resolve.shift_of(f.groups["mod"])), "published")


def ago(f: Found, ctx: Context) -> Optional[Value]:
    n, unit = unit_and_number(f.groups)
    if unit.startswith("T"):
        return None
    if n is None or ctx.published is None:
        return Value({"Y": "XXXX", "DE": "XXXX", "M": "XXXX-XX"}.get(unit, "XXXX-XX-XX"))
    value = resolve.counted_back(ctx.published, n, unit)
    return Value(value, "published") if value else None


def duration(f: Found, ctx: Context) -> Optional[Value]:
    lead = (f.groups.get("lead") or "").lower()
    if lead.split()[0] in lex.LEADS_NEEDING_NUMBER and not f.groups.get("n"):
        return None
    n, unit = unit_and_number(f.groups, unplural=any(w in lead for w in ("последн", "ближайш", "прошедш", "минувш")))
    if n is not None and n > 999:
        return None       # `в течение 2005 года` is a year
    if unit.startswith("T") and not lead.startswith(lex.HOUR_LEADS):
        return None       # `около восьми часов` may be a time of day
    if n is None and f.groups.get("n") and f.groups["n"].lower() not in ("несколько", "нескольких", "многие",
                                                                          "многих", "много", "ряд"):
        return None
    return Value(duration_value(n, unit), kind="duration")


def frequency(f: Found, ctx: Context) -> Optional[Value]:
    return Value(set_value(f.groups), kind="set")
