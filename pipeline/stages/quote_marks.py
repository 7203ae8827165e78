"""Quotation marks paired into spans: «» „“ “” and straight quotes, nested, also with the
same straight mark (`"Если подходить "по-мужски", то ..."`); a «quotation» left open at a
paragraph's end runs on over the next paragraphs (each may reopen it with «) to its », and so
does a straight "quotation that opens its paragraph and holds no other mark, to the first
straight mark that closes."""
from dataclasses import dataclass
from typing import List

import re

from pipeline.lexicons.cues import DASH, DASHES

OPENERS = {"«": "»", "„": "“”", "“": "”"}
CLOSERS = {"»": "«", "”": "„“\"", "“": "„"}   # (a ” may close a straight ": `"Я вижу немного серого”, - добавил`)
STRAIGHT = '"'
MARKS = re.compile('[\n"«»„“”]')   # what the scan stops at
RUN_ON = "«„"                      # marks whose quotation may run on over paragraphs
RUN_ON_LINES = 12                  # line ends a run-on quotation may cross (blank lines count)
_OPEN_BEFORE = " \t\r\n([{/:;«„“" + DASHES
_CLOSE_AFTER = " \t\r\n)]}.,;:!?…»“”" + DASHES


@dataclass(frozen=True)
class QuoteSpan:
    start: int      # index of the opening mark
    end: int        # index after the closing mark
    depth: int

    @property
    def inner(self):
        return self.start + 1, self.end - 1


def _straight_role(text: str, i: int, open_straight: bool) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in ".!?…" and not after.isspace() and after != STRAIGHT:   # glued text: `года."Мы`, `готовы."Это`
        return "close" if open_straight else "open"
    if not open_straight and before.isalpha() and before.islower() and after.isupper():
        return "open"   # a heading glued to a quotation that lost its line break: `Как оценивают вакцины"В идеале`
    can_open = before in _OPEN_BEFORE and not after.isspace()
    can_close = after in _CLOSE_AFTER or after == STRAIGHT
    if can_open and not (open_straight and can_close and not before.isspace()):
        return "open"
    if can_close and open_straight:
        return "close"
    return "open" if can_open else "none"


def find_quote_spans(text: str) -> List[QuoteSpan]:
    """Every paired quotation, outer and nested, in order of their opening marks."""
    stack, spans, pending = [], [], None   # stack of (mark, index); pending: [index of «, paragraphs run on]
    for found in MARKS.finditer(text + "\n"):   # the text's end closes its last line
        i, ch = found.start(), found.group()
        if ch == "\n":
            merged = _merged_closer(text, stack, spans) or _merged_straight_closer(text, stack, spans)
            if merged is not None:   # `АО «НК «Kazakh Tourism» и ...`: a name's two marks closed by one
                spans.append(merged)
                stack.clear()
            left = pending
            pending = _run_on(text, stack, pending)
            if left is not None and pending is None:   # never closed within its reach
                spans.extend(_left_open_interrupted(text, left[0]))
            if pending is not None and len(pending) == 2:
                pending.append(len(spans))   # the spans closed from here on lie inside it
            if pending is None and len(stack) == 1 and not text[i:].strip():   # the text ends here
                spans.extend(_cut_after_colon(text, stack[0][1]))
            stack.clear()   # other marks left open at a line's end stay unpaired
        elif pending is not None and not stack and _reopens(text, i, pending[0]):
            continue        # a continued quotation's next paragraph opens with « again
        elif pending is not None and not stack and _closes(text, i, pending[0]):
            spans[pending[2]:] = [QuoteSpan(s.start, s.end, s.depth + 1) for s in spans[pending[2]:]]
            spans.append(QuoteSpan(pending[0], i + 1, 0))   # the quotations it holds are one level down
            pending = None
        elif ch == STRAIGHT:
            role = _straight_role(text, i, any(m == STRAIGHT for m, _ in stack))
            if role == "open":
                stack.append((ch, i))
            elif role == "close":
                _close(stack, spans, i, (STRAIGHT,))
                shared = _shared_straight_closer(text, stack, i)
                if shared is not None:
                    spans.append(shared)
                    stack.clear()
            elif not stack and pending is None:
                _close_from_line_start(text, i, spans)
        elif ch == "«" and stack and stack[-1][0] == "«" and _misprinted_closer(text, i):
            _close(stack, spans, i, ("«",))
        elif ch in OPENERS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif ch in CLOSERS:
            if not any(m in CLOSERS[ch] for m, _ in stack) and pending is None:
                _close_from_line_start(text, i, spans)
            if ch == "”" and _cue_dash_after(text, i) and all(m == STRAIGHT for m, _ in stack):
                del stack[1:]   # `"A: "B ... C”, - добавил X`: a straight mark inside left open, the whole closes
            _close(stack, spans, i, tuple(CLOSERS[ch]))
    if pending is not None:   # never closed before the text's end
        spans.extend(_left_open_interrupted(text, pending[0]) or _cut_after_colon(text, pending[0]))
    return sorted(spans, key=lambda s: s.start)


CUE_AFTER_DASH = re.compile(rf"[,.!?…]\s*{DASH}\s*[а-яё]")   # `..., - сказал тренер`
INTERRUPTING_CUE = re.compile(CUE_AFTER_DASH.pattern + rf"[^\n]{{0,200}}?[,.:]\s*{DASH}\s*[А-ЯЁA-Z]")   # `A, – сообщает X. – B`


def _left_open_interrupted(text: str, opened: int) -> List[QuoteSpan]:
    """`«A, – сообщает X. – B` with no closing » anywhere after it: a quotation that opens its
    line and that its cue interrupts there, going on after it, ends with the line (the page lost
    its »)."""
    end = text.find("\n", opened)
    end = len(text) if end < 0 else end
    if text[opened] != "«" or not _opens_line(text, opened) or not INTERRUPTING_CUE.search(text, opened, end):
        return []
    return [QuoteSpan(opened, min(end + 1, len(text)), 0)]


CUE_DASH_AFTER = re.compile(rf"[,!?…]\s*{DASH}\s*[а-яё]")   # `», - заявил губернатор` (not `«Зенитом» — пройдет`)
LINE_QUOTATION_WORDS = 4   # words at least before a closing mark whose opening the page lost
# The reporter's words on the line before such a mark: a source phrase (`По его словам, ...`) or
# another quotation's cue (`"...", - добавил он, отметив, что ...`); where the mark opened is unknown.
REPORTERS_WORDS = re.compile(rf"(?i)\b(?:по|со)\s+(?:\w+\s+){{0,3}}?(?:словам|слов|мнению|данным|оценке|информации)\b"
                             rf"|\bкак\s+(?:\w+\s+)?(?:сообщил|заявил|отметил|рассказал|пояснил|сказал)|[»\"“”][,.!?…]?\s*{DASH}\s*[а-яё]")
# ... and, on a line that does not open with a quotation mark, a clause reported there (`Губернатор
# отметил, что ...», - сообщает ...`); a line opening with one (`«Жителями» оказалась ... она
# уточнила, что ...», – сообщает`) holds the quotation's own reporting.
REPORTED_CLAUSE = re.compile(r",\s*что\b|[а-яё](?:ил|ал|ял|ла|ли)\s*:")


def _cue_dash_after(text: str, i: int) -> bool:
    """A cue's dash after the closing mark at ``i``: `», — сказал`, or `!» — сказал`."""
    return bool(CUE_DASH_AFTER.match(text, i + 1)) or (
        text[i - 1:i] in ("!", "?", "…") and bool(re.match(rf"\s*{DASH}\s*[а-яё]", text[i + 1:i + 8])))


def _close_from_line_start(text: str, i: int, spans: List[QuoteSpan]) -> None:
    """A closing mark with nothing open on its line, right before a cue's dash (`В этом году
    ... три года», - заявил губернатор`, `"Росатом" является ... времени", - сказал Кириенко`,
    where one straight mark opened both the quotation and the name): the quotation opened at
    the line's start (the page lost its mark, or merged it with an inner one's); not where the
    line holds the reporter's words before it (REPORTERS_WORDS). The quotations inside it go one
    level down."""
    start = text.rfind("\n", 0, i) + 1
    inner = [k for k, s in enumerate(spans) if start <= s.start and s.end <= i]
    before = text[start:i]
    marks = sum(before.count(m) for m in "«»„“”\"")
    if not _cue_dash_after(text, i) or len(before.split()) < LINE_QUOTATION_WORDS \
            or marks != 2 * len(inner) or any(spans[k].depth for k in inner) or REPORTERS_WORDS.search(before) \
            or (before[:1] not in "«\"„“" and REPORTED_CLAUSE.search(before)):
        return
    for k in inner:
        spans[k] = QuoteSpan(spans[k].start, spans[k].end, 1)
    spans.append(QuoteSpan(start - 1, i + 1, 0))


CUT_QUOTATION_CHARS = 40   # a quotation cut at the text's end holds at least this much
INNER_NAME = re.compile(r"«[^«»\"„“”\n]{1,80}»")   # a quoted name inside it


def _cut_after_colon(text: str, opened: int) -> List[QuoteSpan]:
    """`..., рассказал X: "Разработку любой игры можно ... финальную по` (or a line that opens with
    the mark and holds no cue's dash: `Вот что сказала X.` then `«Мы взлетели, ... Пасса`) with no closing mark,
    no line break and no mark but an inner «name» to the text's end (`... «Окно в Европу» часть
    жизни всех выборжан, это как маленький Новый год. На с`): a page cut inside the quotation
    its colon opened; the quotation runs to the end (one that crosses a paragraph may have left
    the author's text after it open: nothing)."""
    end = len(text.rstrip())
    rest = text[opened + 1:end]
    after_colon = bool(re.search(r":\s*$", text[max(0, opened - 3):opened]))
    if not (after_colon or (_opens_line(text, opened) and not CUE_AFTER_DASH.search(rest))) or len(rest) < CUT_QUOTATION_CHARS \
            or any(ch in INNER_NAME.sub("", rest) for ch in "\"«»„“”\n") or not rest[:1].isupper():
        return []
    return [QuoteSpan(opened, end + 1, 0)]


MERGED_PREFIX_WORDS = 2   # words between the outer « and the inner one of a name (`«НК «Kazakh Tourism»`)


def _merged_closer(text: str, stack, spans: List[QuoteSpan]):
    """A « left open at a line's end right before a «name» nested in it (`АО «НК «Kazakh
    Tourism»`, `концерна «Концерн «Калашников»`), or whose last «name» closes right before a
    cue's dash (`«... и восемь — «Строймонтаж-М», — говорится в сообщении`): Russian type closes
    both with one », so the outer one ends with the inner one instead of running on over the
    next paragraphs."""
    if len(stack) != 1 or stack[0][0] != "«":
        return None
    opened = stack[0][1]
    nested = [s for s in spans if s.start > opened and text[s.start] == "«" and text[s.end - 1] == "»"]
    last = max(nested, key=lambda s: s.end, default=None)
    if last is not None and _cue_dash_after(text, last.end - 1) and not text[last.end:].split("\n", 1)[0].count("«"):
        return QuoteSpan(opened, last.end, 0)   # `«... восемь — «Строймонтаж-М», — говорится в сообщении`
    before_cue = [q for q in nested if _cue_dash_after(text, q.end - 1)]
    if len(before_cue) == 1 and _balanced_guillemets(text[before_cue[0].end:].split("\n", 1)[0]):
        end = before_cue[0].end
        spans[:] = [QuoteSpan(q.start, q.end, max(q.depth - 1, 0)) if q.start >= end else q for q in spans]
        return QuoteSpan(opened, end, 0)   # `«... про «массовые беспорядки», — написал он и добавил,
        # что «...»`: the cue's own quotation after it is closed
    inner = next((s for s in spans if s.start > opened and text[s.start] == "«"), None)
    prefix = text[opened + 1:inner.start].split() if inner is not None else []
    if inner is None or text[inner.end - 1] != "»" or not 0 < len(prefix) <= MERGED_PREFIX_WORDS \
            or not all(w[:1].isupper() for w in prefix) or not text[inner.start + 1:inner.start + 2].isupper():
        return None   # (names: capitalised words; not a run-on quotation's `«Мы «за» ...`)
    return QuoteSpan(opened, inner.end, 0)


CUE_DASH = re.compile(rf",\s?{DASH}\s")   # `", — сказал`: a quotation's end before its cue


def _balanced_guillemets(text: str) -> bool:
    return text.count("«") == text.count("»")


def _merged_straight_closer(text: str, stack, spans: List[QuoteSpan]):
    """A straight "quotation that opens its line or a sentence, left open at the line's end,
    whose inner "name" or "quotation" closes right before a cue's dash (`"... о переходе в
    "Витязь", - сказал агент`, `... интересов. "Я вас уверяю ... говорят: "Мы должны страдать",
    - добавил он`): one straight mark closed both, so the outer quotation ends there."""
    if not _lone_outer_straight(text, stack):
        return None
    opened = stack[0][1]
    inner = [s for s in spans if s.start > opened and text[s.start] == STRAIGHT and CUE_DASH.match(text, s.end)]
    return QuoteSpan(opened, inner[-1].end, 0) if inner else None


def _shared_straight_closer(text: str, stack, i: int):
    """The outer straight quotation an inner one's closing mark at ``i`` closes too, where a
    cue's dash follows it and the outer one opened its line or a sentence, in the middle of a
    line (`... певицы. "Это разгром ... с классической "обманутой бабушкой", — говорит он.С
    учетом ...`: a page that lost its paragraph breaks, where ``_merged_straight_closer`` at
    the line's end comes too late)."""
    if not _lone_outer_straight(text, stack) or not CUE_DASH.match(text, i + 1):
        return None
    return QuoteSpan(stack[0][1], i + 1, 0)


def _lone_outer_straight(text: str, stack) -> bool:
    """The only quotation left open is a straight one that opened its line or a sentence."""
    return len(stack) == 1 and stack[0][0] == STRAIGHT and (_opens_line(text, stack[0][1]) or _after_sentence_end(text, stack[0][1]))


def _misprinted_closer(text: str, i: int) -> bool:
    """A « typed for the » that closes an open «quotation: glued to its last word and followed
    by the punctuation of a quotation's end (`не будет«, — сказал он`), where no quotation opens."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1:i + 2]
    return not before.isspace() and before not in _OPEN_BEFORE and (after in ("", "\n") or after in ",.;!?")


def _run_on(text: str, stack, pending):
    """At a line's end: a lone open «quotation» may run on, and a straight one that opened its
    line; a run-on one goes on for at most RUN_ON_LINES line ends."""
    if pending is not None:
        pending[1] += 1
        return pending if pending[1] <= RUN_ON_LINES else None
    if len(stack) == 1 and (stack[0][0] in RUN_ON or _lone_straight(text, stack[0][1])) and not _cue_cut(text, stack[0][1]):
        return [stack[0][1], 0]
    return None


CUT_AT_CUE = re.compile(rf"[,!?…]\s*{DASH}\s*$")   # `«4 июля мы переживем исторический момент для города, —`


def _cue_cut(text: str, opened: int) -> bool:
    """The quotation's line ends with the comma and dash before a cue, and the cue is lost
    with the rest of the line (a teaser cut short): the quotation ends there and runs on over
    no paragraph (the next one's marks are its own); not where the next line goes on in lower
    case with the cue (a hard line break inside the sentence)."""
    line_end = text.find("\n", opened)
    if line_end < 0:
        return False
    below = text[line_end:].lstrip()[:1]
    return bool(CUT_AT_CUE.search(text[opened:line_end])) and not below.islower()   # (`—\nподчеркнул министр`: a hard break)


def _lone_straight(text: str, i: int) -> bool:
    """A straight mark that opens its line (or a sentence in it, with no mark before) and is
    the line's only quotation mark (`"Мы не
    хотим ... городу.`) but for inner "names" in pairs with words after them, not one whose
    quotation lost its closing mark beside an inner quotation (`"Переболела знакомая, - говорит
    X, - Сказала: "страшно ...".`)."""
    line_end = text.find("\n", i)
    rest = text[i + 1:line_end if line_end >= 0 else len(text)]
    before = text[text.rfind("\n", 0, i) + 1:i]
    if text[i] != STRAIGHT or not (_opens_line(text, i) or (_after_sentence_end(text, i) and not MARKS.search(before))) \
            or any(ch in rest for ch in "«»„“”"):
        return False   # (a sentence's opening mark, the line's first: `... в самозащите. "МИД Британии: ...`)
    inner = rest.count(STRAIGHT)   # inner "names" in pairs, with words after the last (`... "Кайрата". Играть ... ко мне.`)
    return inner == 0 or (inner % 2 == 0 and any(ch.isalpha() for ch in rest[rest.rfind(STRAIGHT):])
                          and not CUE_AFTER_DASH.search(rest))   # not `"... "Спартаком" ..., - сказал X. - ...`: its cue is here


def _reopens(text: str, i: int, opened: int) -> bool:
    """The mark reopens a run-on quotation at the start of its next paragraph."""
    ch = text[i]
    return (ch in RUN_ON or ch == STRAIGHT == text[opened]) and _opens_line(text, i)


def _closes(text: str, i: int, opened: int) -> bool:
    """The mark closes a run-on quotation opened at ``opened``."""
    ch = text[i]
    if ch == STRAIGHT:
        return text[opened] == STRAIGHT and _straight_role(text, i, True) == "close"
    return ch in CLOSERS and text[opened] in CLOSERS[ch]


def _opens_line(text: str, i: int) -> bool:
    return not text[text.rfind("\n", 0, i) + 1:i].strip()


def _after_sentence_end(text: str, i: int) -> bool:
    """A mark after a sentence's end and a space: `... интересов. "Я вас уверяю`."""
    before = text[max(0, i - 3):i]
    return before[-1:].isspace() and before.rstrip()[-1:] in (".", "!", "?", "…")


def _close(stack, spans, i, openers) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] in openers:
            spans.append(QuoteSpan(stack[depth][1], i + 1, depth))
            del stack[depth:]
            return


def top_level(spans: List[QuoteSpan]) -> List[QuoteSpan]:
    result = []
    for span in spans:
        if not result or span.start >= result[-1].end:
            result.append(span)
    return result
