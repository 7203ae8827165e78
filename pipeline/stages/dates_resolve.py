"""What a date's missing parts resolve against: the publication date (TimeML's document
creation time) or the article's own explicit dates. Every answer names its anchor:
`published`, `in_text` or `none`."""
import bisect
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, List, Optional, Sequence, Tuple

from pipeline.lexicons import dates as lex
from pipeline.lexicons.months import SEASON_MONTHS, WEEKDAYS
from pipeline.stages.dates_values import Bounds, fmt

Years = List[Tuple[int, int, int]]   # (start, end, year) of explicit years in the text


@dataclass(frozen=True)
class Found:
    """One rule's match, with what a part or a bound before it added."""
    start: int
    end: int
    rule: str
    groups: dict
    mod: Optional[str] = None       # START / MID / END (`в конце апреля`)
    bound: Optional[str] = None     # start (`с 15 ноября`) / end (`до 15 ноября`)
    wrapper: Optional[str] = None   # part_of_period / open_range


@dataclass
class Context:
    text: str
    published: Optional[date]
    tokens: Sequence = ()
    full_years: Years = field(default_factory=list)   # dates with a month and a year: `1 марта 2019 года`
    any_years: Years = field(default_factory=list)    # and bare years: `в 2016 году`
    previous_day: Optional[str] = None
    crawled: Optional[date] = None      # a crawl date: the article is no later (a bound, never a date)
    first_years: dict = field(default_factory=dict)   # start → the year a range begins in, where not its end's
    full_days: dict = field(default_factory=dict)     # start → the day a date with day, month and year names


# ------------------------------------------------------------------ tense of the clause

def tense_at(ctx: Context, pos: int) -> Optional[str]:
    """`Past`, `Fut` or `Pres` of the verb nearest ``pos`` in its sentence (None: no verb); a
    gerund's tense is its clause's, not the sentence's."""
    tokens = ctx.tokens
    i = bisect.bisect_right(tokens, pos, key=lambda t: t.start) - 1
    if i < 0 and not tokens:
        return None
    sentence = tokens[max(i, 0)].sentence_id
    near = [t for t in tokens[max(0, i - 40):i + 40]
            if t.sentence_id == sentence and "Tense=" in t.feats and "VerbForm=Conv" not in t.feats]   # `начиная с`: no tense
    if not near:
        return None
    nearest = min(near, key=lambda t: abs(t.start - pos))
    return verb_tense(nearest.text.lower(), nearest.lemma, nearest.feats.split("Tense=")[1].split("|")[0])


@lru_cache(maxsize=20000)
def verb_tense(word: str, lemma: str, tagged: str) -> str:
    """The tagger writes perfective and `будет` forms as present: they speak of the future."""
    if tagged != "Pres":
        return tagged
    if lemma == "быть":
        return "Fut"
    from pipeline.models import morph_analyzer

    parses = [p for p in morph_analyzer().parse(word) if p.tag.POS == "VERB"]
    best = next((p for p in parses if p.normal_form == lemma), parses[0] if parses else None)
    return "Fut" if best and best.tag.tense == "futr" else "Pres"


# ------------------------------------------------------------------ the year of a partial date

def choose_year(published: date, bounds_in: Callable[[int], Bounds], tense: Optional[str]) -> int:
    """The publication year; the year before for a date far after publication told in the
    past (or with no tense, very far after); the year after for one well before it told in
    the future."""
    year = published.year
    first, last = bounds_in(year)
    if first is None:
        return year
    ahead, behind = (first - published).days, (published - last).days
    if tense == "Past" and ahead > lex.FAR_DAYS or tense in (None, "Pres") and ahead > lex.UNSURE_FAR_DAYS:
        return year - 1
    if tense == "Fut" and behind > lex.FAR_DAYS:
        return year + 1
    return year


def coordinated_year(ctx: Context, found: Found, bounds_in: Callable[[int], Bounds]) -> Optional[int]:
    """`22 апреля и 6 мая 2012 года`: a full date right after, in the same coordination (the
    year it begins in: `с июня по сентябрь и с сентября по март 2022 года` → 2021). Told in
    order, a date that would fall after that day is of the year before (`закончатся в
    ноябре-декабре, а с 1 января 2021 года ...` → 2020)."""
    for start, _, year in ctx.full_years:
        if start >= found.end:
            if not lex.COORDINATION.match(ctx.text[found.end:start]):
                return None
            year = ctx.first_years.get(start, year)
            first, day = bounds_in(year)[0], ctx.full_days.get(start)
            return year - 1 if first and day and first > day else year
    return None


def same_day_year(ctx: Context, found: Found, bounds_in: Callable[[int], Bounds]) -> Optional[int]:
    """A day the article names again with its year (`7 апреля` ... `до 7 апреля 2006 года`):
    that year, from the nearest such mention."""
    same = [(abs(start - found.start), day.year) for start, day in ctx.full_days.items()
            if start != found.start and bounds_in(day.year) == (day, day)]
    return min(same)[1] if same else None


def year_in_text(years: Years, pos: int) -> Optional[int]:
    """The nearest explicit year before ``pos``, else the first after it."""
    before = [y for start, _, y in years if start < pos]
    after = [y for start, _, y in years if start > pos]
    return before[-1] if before else (after[0] if after else None)


def crawl_year(crawled: date, year: Optional[int], bounds_in: Callable[[int], Bounds], tense: Optional[str]) -> int:
    """A year under the crawl date: what is told in the past happened before the crawl (the
    year before where ``year`` puts it after); with no year at all, the year that puts the
    date nearest the crawl date (a page is crawled soon after it is published)."""
    if year:
        first = bounds_in(year)[0]
        return year - 1 if tense == "Past" and first and first > crawled else year
    candidates = [(y, *bounds_in(y)) for y in (crawled.year - 1, crawled.year)]
    fitting = [(y, first, last) for y, first, last in candidates
               if first and (tense != "Past" or first <= crawled)]
    distance = lambda c: max((c[1] - crawled).days, (crawled - c[2]).days, 0)   # noqa: E731
    return min(fitting, key=distance)[0] if fitting else crawled.year


def year_for(ctx: Context, found: Found, bounds_in: Callable[[int], Bounds]) -> Tuple[Optional[int], str]:
    """The year of a date that does not give one, and what gave it."""
    year = coordinated_year(ctx, found, bounds_in) or same_day_year(ctx, found, bounds_in)
    if year:
        return year, "in_text"
    if ctx.published:
        return choose_year(ctx.published, bounds_in, tense_at(ctx, found.start)), "published"
    year = year_in_text(ctx.full_years, found.start)
    if ctx.crawled:
        bounded = crawl_year(ctx.crawled, year, bounds_in, tense_at(ctx, found.start))
        return bounded, "in_text" if bounded == year else "crawled"
    return (year, "in_text") if year else (None, "none")


def current_year(ctx: Context, found: Found) -> Tuple[Optional[int], str]:
    """`до конца года`, `этого года` in an undated article: the year the text last named."""
    if ctx.published:
        return ctx.published.year, "published"
    year = year_in_text(ctx.any_years, found.start)
    return (year, "in_text") if year else (None, "none")


# ------------------------------------------------------------------ relative to publication

def shift_of(mod: Optional[str], table=lex.PERIOD_SHIFT) -> int:
    mod = (mod or "").lower()
    return next((v for k, v in table.items() if mod.startswith(k)), 0)


def iso_week(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def month_shift(published: date, shift: int) -> str:
    index = published.year * 12 + published.month - 1 + shift
    return fmt(index // 12, index % 12 + 1)


def weekday_value(wd: str, mod: Optional[str], published: date, future: bool = False) -> str:
    target, mod = WEEKDAYS[wd.lower()], (mod or "").lower()
    delta = (published.isoweekday() - target) % 7
    if mod.startswith(lex.FUTURE_MODS) or (future and not mod.startswith(lex.PAST_MODS)):
        ahead = (target - published.isoweekday()) % 7
        if mod.startswith("следующ") and ahead == 0:
            ahead = 7
        return (published + timedelta(days=ahead)).isoformat()
    if mod.startswith(lex.PAST_MODS) and delta == 0:
        delta = 7
    return (published - timedelta(days=delta)).isoformat()


def counted_back(published: date, n: float, unit: str) -> Optional[str]:
    """`3 дня назад` → a day, `2 месяца назад` → a month, `15 лет назад` → a year; None for a
    count that leaves the calendar (`1000000 дней назад`, `3000 лет назад`)."""
    if unit in ("Y", "DE"):
        year = published.year - round(n * (10 if unit == "DE" else 1))
        return str(year) if 1 <= year <= 9999 else None
    if unit == "M":
        return month_shift(published, -round(n)) if n < 12 * 1000 else None
    days = {"W": 7, "D": 1}.get(unit, 0) * n
    if not days < 366 * 1000:
        return None
    return (published - timedelta(days=round(days))).isoformat()


def season_year(code: str, mod: Optional[str], published: date, tense: Optional[str]) -> int:
    """The year a season starts in: `прошлым летом`, `этой зимой`, `осенью` in a past clause."""
    mod, year = (mod or "").lower(), published.year
    first_month, last_month = SEASON_MONTHS[code]
    if code == "WI" and published.month <= 2:
        year -= 1          # January and February belong to the winter that began last December
    started = date(year, first_month, 1) <= published
    if mod.startswith(lex.PAST_MODS) or (tense == "Past" and not mod and not started):
        return year - 1 if not started or _ongoing(year, last_month, published) else year
    if mod.startswith(lex.FUTURE_MODS):
        return year + 1 if started else year
    return year


def _ongoing(year: int, last_month: int, published: date) -> bool:
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return published <= date(end_year, end_month, 28)
