"""When a statement was made (GUIDELINES § When): a day, month or range the text gives in the
cue's sentence, or one the sentence points to (`в тот же день`, `тогда`), or one the next
sentence gives the statement by naming it (`Кан сделал это заявление 7 февраля`)."""
import re
from datetime import date
from typing import Optional, Tuple

from pipeline.lexicons.cues import POINTS_BACK, STATEMENT_NAMED, THEN_REACH, THEN_WORDS
from pipeline.stages.quote_context import Context
from pipeline.stages.quote_cues import Candidate

PERIOD_FOR = re.compile(r"(?:^|\s)на\s*$", re.I)
YEARS = re.compile(r"\d{4}(?:/\d{4})?")
FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")


def when_of(ctx: Context, c: Candidate) -> Optional[str]:
    """The date nearest the cue in its sentence, outside the content and the source phrase
    (`капитан «Арабеллы», спасавшей в 2011-м пассажиров, ...` describes the source); a date pointing back
    takes the day of the sentence before (else its own value); with no date, `тогда` takes the
    last date of the sentences before, and a next sentence naming the statement gives its own."""
    sentence_id = c.cue.sentence_id
    source = (c.source[0].start, c.source[-1].end) if c.source else (0, 0)
    near = [d for d in _dates_in(ctx, sentence_id) if not (c.start <= d.start < c.end) and not _period_for(ctx, d)
            and not (source[0] <= d.start < source[1])]
    if near:
        nearest = min(near, key=lambda d: abs(d.start - c.cue.start))
        if POINTS_BACK.search(nearest.text):
            earlier = _dates_in(ctx, sentence_id - 1)
            return earlier[-1].value if earlier else nearest.value
        return nearest.value
    if _says_then(ctx, c):
        earlier = next((dates[-1] for back in range(1, THEN_REACH + 1) for dates in [_dates_in(ctx, sentence_id - back)]
                        if dates), None)
        return earlier.value if earlier else None
    return _named_after(ctx, c)


def _says_then(ctx: Context, c: Candidate) -> bool:
    sentence = ctx.by_sentence[c.cue.sentence_id]
    return any(not (c.start <= m.start() < c.end)
               for m in THEN_WORDS.finditer(ctx.doc.text, sentence[0].start, sentence[-1].end))


def _named_after(ctx: Context, c: Candidate) -> Optional[str]:
    """`... пообещал, что ... . Кан сделал это заявление в понедельник 7 февраля на митинге`."""
    sentence_id = c.cue.sentence_id + 1
    following = ctx.by_sentence.get(sentence_id)
    if not following or following[0].start < c.end or not STATEMENT_NAMED.search(
            ctx.doc.text[following[0].start:following[-1].end]):
        return None
    dates = [d for d in _dates_in(ctx, sentence_id) if not _period_for(ctx, d)]
    return dates[0].value if dates else None


def _period_for(ctx: Context, d) -> bool:
    """`в прогнозе на 2026–2028 гг.`, `бюджет на 2025 год`: years after `на` are what a plan
    or forecast is for, not when anyone spoke."""
    return bool(YEARS.fullmatch(d.value or "")) and (d.text.lower().startswith("на ")
                                                     or bool(PERIOD_FOR.search(ctx.doc.text[max(0, d.start - 4):d.start])))


def _dates_in(ctx: Context, sentence_id: int) -> list:
    sentence = ctx.by_sentence.get(sentence_id)
    if not sentence:
        return []
    lo, hi = sentence[0].start, sentence[-1].end
    return [d for d in ctx.dates if lo <= d.start and d.end <= hi and d.kind in ("date", "range")]


def said_on(when: Optional[str], published: Optional[date]) -> Tuple[Optional[date], Optional[str]]:
    if when and FULL_DAY.fullmatch(when):
        return date.fromisoformat(when[:10]), "text"
    return (published, "published") if published else (None, None)
