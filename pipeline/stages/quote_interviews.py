"""Interviews: `X ответила на вопросы нашего издания.`, then dash paragraphs in which a
journalist's question (`— ...?`) alternates with the answer. Every answer is X's speech; the
questions are no one's statement (GUIDELINES). X is the subject of the sentence that
announces the interview (or the person it says the newsroom talked with: `побеседовал с X`),
the nearest such sentence before the first question (often the lead, paragraphs above);
later question-and-answer runs of the article (after a subheading) are X's too."""
import re
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import DASH, DASHES, FIRST_PERSON_WORDS, INTERVIEW_MARKERS
from pipeline.lexicons.sources import PERSONAL_PRONOUNS, ROLE_WORDS
from pipeline.records import Token
from pipeline.stages.quote_context import CLOSING_MARKS, Context, feats, tokens_between, trim
from pipeline.stages.quote_cues import Candidate, cue_from
from pipeline.stages.sources import head_of, source_of

WITH_REACH = 12          # words between `с` and the name of the person talked with
CONTINUATION_REACH = 3   # plain paragraphs an answer may run on for, before the next question
ANSWER_MIN_WORDS = 2     # `Да, сегодня ситуация выглядит именно так` is an answer; `— Да.` says nothing alone
DASH_LINE = re.compile(rf"[ \t]*{DASH}[ \t]*(?=\S)")
BULLET = re.compile(r"[ \t]*[!•*·][ \t]*(?=\S)")
Paragraph = Tuple[int, int]   # [start, end) of a non-empty line, spaces trimmed


def pattern_interview(ctx: Context) -> Iterator[Candidate]:
    text = ctx.doc.text
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    intro, i, since = None, 0, 0   # the announcement in force; paragraphs after the last run
    while i < len(paragraphs):
        if not _is_question(text, paragraphs[i]) or ctx.inside_quote(paragraphs[i][0]):
            i += 1
            continue
        run, i = i, _run_end(text, paragraphs, i)
        intro, since = _announcement(ctx, paragraphs[since:run]) or intro, i
        if intro is None:
            continue
        cue, source = intro
        answered, after_answer = False, False   # the last dash paragraph was an answer; so was the paragraph just before
        for start, end in paragraphs[run:i]:
            if ctx.in_boilerplate(start):
                continue
            dash = DASH_LINE.match(text, start)
            if _is_question(text, (start, end)) or (dash and answered and _opens_with_question(text, (start, end))) \
                    or (dash and after_answer):   # (`— Что будет с домами? Жители жалуются ...`: a question with a remark;
                answered = after_answer = False   # `— Болельщики требуют вашей отставки.` after an answer: the next turn)
                continue
            answered = answered or bool(dash)
            after_answer = bool(dash)
            if not dash and _authors_report(ctx, start, end):
                continue   # `По словам самого Лехтинена, ...`, `«...», — цитирует его издание`: the author's
            lead = DASH_LINE.match(text, start) or BULLET.match(text, start)   # `! Важно: ...` continues an answer
            start, end = trim(text, lead.end() if lead else start, end)
            if len(text[start:end].split()) >= ANSWER_MIN_WORDS:
                yield Candidate(start, end, cue, "интервью", source, "interview")


AUTHORS_OPENERS = re.compile(r"(?:По\s+(?:его|ее|её|их|)\s*(?:словам|мнению|данным|информации|оценке)|Как\s+(?:сообщ|рассказ|отмет|пишет|писал|заяв))",
                             re.I)


def _authors_report(ctx: Context, start: int, end: int) -> bool:
    """A plain paragraph between answers that reports with a cue of its own is the author's,
    not the answer going on: a sentence of it opens with a source phrase (`По словам самого
    Лехтинена, ...`), a cue has a name or `он`/`она` for its subject, or a quotation in it is
    followed by the author's cue (`«...», — цитирует нападающего X`)."""
    if AUTHORS_OPENERS.match(ctx.doc.text, start):
        return True
    words = tokens_between(ctx.tokens, start, end)
    first_person = any(w.text.lower() in FIRST_PERSON_WORDS and not ctx.inside_quote(w.start) for w in words)
    openings = {w.start for k, w in enumerate(words) if k and words[k - 1].sentence_id != w.sentence_id}
    if not first_person and (any(AUTHORS_OPENERS.match(ctx.doc.text, at) for at in openings)
                             or any(_third_person_cue(ctx, w) for w in words)):
        return True   # `Больница стала госпиталем. По данным минздрава, ...`, `Шумилова рассказала, что ...`: the
        # author's (not `Мы долго искали клинику. По словам врачей, ...`: the one interviewed goes on)
    for k, w in enumerate(words):
        if w.text not in CLOSING_MARKS:
            continue
        j = k + 1 + (k + 1 < len(words) and words[k + 1].text == ",")
        if j + 1 < len(words) and words[j].text in DASHES and cue_from(ctx, words[j + 1]):
            return True
    return False


THIRD_PERSON = frozenset(PERSONAL_PRONOUNS) | {"они"}


def _third_person_cue(ctx: Context, w: Token) -> bool:
    """A finite cue outside quotation marks whose subject is a name or a third-person pronoun."""
    if feats(w).get("VerbForm") != "Fin" or ctx.inside_quote(w.start) or not cue_from(ctx, w):
        return False
    return any(c.rel == "nsubj" and (ctx.names_person(c) or c.text.lower() in THIRD_PERSON)
               for c in ctx.children.get(w.token_id, []))


def _run_end(text: str, paragraphs: List[Paragraph], i: int) -> int:
    """The end of the question-and-answer run that starts at paragraph ``i``: dash paragraphs,
    and the plain paragraphs that continue an answer when another question follows them
    (`— ...?`, `— Answer.`, `Its second paragraph.`, `— ...?`); a heading ends the run."""
    while i < len(paragraphs):
        if DASH_LINE.match(text, paragraphs[i][0]):
            i += 1
            continue
        j = i
        while j < len(paragraphs) and j - i < CONTINUATION_REACH and not DASH_LINE.match(text, paragraphs[j][0]):
            j += 1
        if not (j < len(paragraphs) and _is_question(text, paragraphs[j]) and not _is_question(text, paragraphs[i - 1])
                and all(_prose(text, p) for p in paragraphs[i:j])):
            break
        i = j
    return i


def _prose(text: str, paragraph: Paragraph) -> bool:
    """A paragraph of sentences, not a heading (`НЕ ОТКАЗ, А ОЖИДАНИЕ`) or a question."""
    line = text[paragraph[0]:paragraph[1]].strip()
    return line[-1:] in ".!…»\"" and not line.isupper()


def in_question(ctx: Context, c: Candidate) -> bool:
    """The statement's cue stands in a journalist's question, a dash line that ends with `?`
    and a dash line after it, not after another such question (`— Михаил Юрьевич, большинство
    аналитиков считает, что ... . Что вы можете на это ответить?` `— ...`): the question is no
    one's statement (GUIDELINES); the statements it retells are optional in the gold. A dash
    line its own cue attributes (`— ..., — разъясняла мне Александра Хазиахметова, — ... Куда
    пойдем теперь?`) is a speaker's turn, whatever it ends with."""
    text = ctx.doc.text
    start = text.rfind("\n", 0, c.cue.start) + 1
    end = text.find("\n", c.cue.start)
    end = len(text) if end < 0 else end
    if c.pattern in ("interview", "dialogue_dash") or not _is_question(text, (start, end)):
        return False
    previous = _line_before(text, start)
    if previous and _is_question(text, previous):
        return False   # an answer after a question, that asks back (`— Да, ... Как это понимать?`)
    after = re.search(r"\S", text[end:])
    return bool(after) and bool(DASH_LINE.match(text, end + after.start()))


def _line_before(text: str, start: int) -> Optional[Paragraph]:
    """The last line with words before the line that starts at ``start``."""
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        if text[line_start:end].strip():
            return line_start, len(text[:end].rstrip())
        end = line_start - 1
    return None


def _is_question(text: str, paragraph: Paragraph) -> bool:
    start, end = paragraph
    return bool(DASH_LINE.match(text, start)) and text[start:end].rstrip().endswith("?")


def _opens_with_question(text: str, paragraph: Paragraph) -> bool:
    """The paragraph's first sentence asks (`— Что будет с домами в центре? Жители жалуются ...`)."""
    first = re.match(r"[^.!?…]*[.!?…]", text[paragraph[0]:paragraph[1]])
    return bool(first) and first.group().endswith("?")


def _announcement(ctx: Context, paragraphs: List[Paragraph]) -> Optional[Tuple[Token, tuple]]:
    """(cue, source) of the last sentence of ``paragraphs`` that announces an interview."""
    for start, end in reversed(paragraphs):
        if DASH_LINE.match(ctx.doc.text, start):   # a question or an answer itself (`Последнее интервью Обамы ...`)
            continue
        words = tokens_between(ctx.tokens, start, end)
        for sentence_id in sorted({t.sentence_id for t in words}, reverse=True):
            sentence = [t for t in words if t.sentence_id == sentence_id]
            if sentence and INTERVIEW_MARKERS.search(ctx.doc.text[sentence[0].start:sentence[-1].end].lower()):
                found = _interviewee(ctx, sentence)
                if found:
                    return found
    return None


def _interviewee(ctx: Context, sentence: List[Token]) -> Optional[Tuple[Token, tuple]]:
    """The subject of the sentence's main verb (`Сам Ромашов согласился ответить`), else the
    person after `с` (`корреспондент побеседовал с вирусологом X`)."""
    verbs = sorted((t for t in sentence if t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"),
                   key=lambda t: t.rel != "root")
    for verb in verbs:
        source = source_of(ctx, verb)
        head = head_of(source) if source else None
        if head is not None and feats(head).get("Animacy") != "Inan" and any(   # not `интервью Обамы`
                ctx.names_person(w) or w.lemma in ROLE_WORDS for w in source):
            return verb, source
    for i, t in enumerate(sentence):
        if t.text.lower() not in ("с", "со"):
            continue
        for w in sentence[i + 1:i + 1 + WITH_REACH]:   # `вместе с иммунологом, кандидатом наук Николаем Крючковым`
            m = ctx.mention_of.get(w.token_id)
            if m is not None and m.type == "PER":
                return t, tuple(tokens_between(ctx.tokens, m.start, m.end))
            if w.pos in ("VERB", "AUX") or w.text in ".;:!?":
                break
    return None
