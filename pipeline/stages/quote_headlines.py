"""Headline attributions (GUIDELINES: optional): a title or a teaser line that names its
source before a colon or after a dash, with no verb of saying —

    Эксперт: инфляция в России по итогам года может превысить 7%
    Юрист Трампа: «Подсчёт в Пенсильвании нельзя считать честным»
    Снижения ставки в этом году не будет — Лозовая

The source is a role (`Эксперт`, `Депутат гордумы`), a person's name after a role, an
organisation or a medium; a name opening the line is ``pattern_speaker_label``'s. Only on a
headline line: the article's first line, or a line of one sentence with no closing period.
The speaker is found as for any other statement."""
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import DASHES
from pipeline.lexicons.sources import ANONYMOUS_NOUNS, ROLE_WORDS
from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats, on_headline, trim
from pipeline.stages.quote_cues import Candidate, is_clause
from pipeline.stages.speakers import media_name

HEADLINE_WORDS = 30       # a headline has at most this many words
LABEL_WORDS = 8           # the source before a colon: at most this many words
TRAILING_SOURCE_WORDS = 4  # the source after a dash at the line's end: at most this many words
CONTENT_WORDS = 3         # the content has at least this many words
CLOSING = ".!?…"
SOURCE_TYPES = ("PER", "ORG")
BYLINE_LABELS = frozenset("автор фото фотограф текст редактор видео иллюстрация источник".split())   # `Автор: Иван Петров`


MARKS = frozenset((":",) + tuple(DASHES))
TOLD_OF_SUBJECT_WORDS = 2   # words after the colon in which a person's noun as subject opens a report of them
TOLD_OF_OPENERS = frozenset("что как кто чем где почему сколько когда зачем какой какая какие каким".split())


def pattern_headline(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    if not ctx.sentence_tokens_with(MARKS, sentence[0].sentence_id):
        return   # (most sentences: no colon, no dash)
    line = _headline_line(ctx, sentence)
    if line is None:   # a digest's item: `Reuters: Китай может ограничить экспорт галлия. Власти Китая ...`
        if _digest_item(ctx, sentence):
            yield from _colon_form(ctx, sentence, (sentence[0].start, sentence[-1].end), digest=True)
        return
    yield from _quote_first_form(ctx, sentence)
    yield from _colon_form(ctx, sentence, line)
    yield from _dash_form(ctx, sentence, line)


def _digest_item(ctx: Context, sentence: List[Token]) -> bool:
    """A sentence opening a paragraph that asks nothing (an interview's `DW: ... ?` is a question)."""
    start, end = _line_of(ctx, sentence)
    return not ctx.doc.text[start:sentence[0].start].strip() and "?" not in ctx.doc.text[start:end]


def _line_of(ctx: Context, sentence: List[Token]) -> Tuple[int, int]:
    """The span of the line(s) the sentence stands on."""
    text = ctx.doc.text
    end = text.find("\n", sentence[-1].end)
    return text.rfind("\n", 0, sentence[0].start) + 1, len(text) if end < 0 else end


def _quote_first_form(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`«Новые штаммы будут появляться всегда»: вирусолог — о новом варианте`, `«Батареи
    ледяные»: жители Уралмаша пожаловались на отопление`: the quotation is the source's."""
    quote = ctx.top_quote_starting_from(sentence[0].start)
    if quote is None or quote.start != sentence[0].start:
        return
    after = [t for t in sentence if t.start >= quote.end]
    if len(after) < 2 or after[0].text != ":":
        return
    source = []
    for t in after[1:]:   # `вирусолог — о ...`, `жители Уралмаша пожаловались`, `бизнес-омбудсмен области о давлении`
        if t.pos in ("PUNCT", "ADP") or (t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"):
            break
        source.append(t)
    if source and len(source) <= LABEL_WORDS and (_names_source(ctx, source) or source[0].lemma.lower() in ANONYMOUS_NOUNS):
        inner = [t for t in sentence if quote.start < t.start < quote.end - 1]
        if _is_content(inner):
            yield Candidate(*quote.inner, after[0], ":", tuple(source), "headline")


def _headline_line(ctx: Context, sentence: List[Token]) -> Optional[Tuple[int, int]]:
    """The line's span when ``sentence`` is the whole of a headline line."""
    text = ctx.doc.text
    start, end = _line_of(ctx, sentence)
    if text[start:sentence[0].start].strip() or text[sentence[-1].end:end].strip():
        return None   # other sentences share the line
    words = [t for t in sentence if t.pos != "PUNCT"]
    first_line = not text[:start].strip()
    if len(words) > HEADLINE_WORDS or (not first_line and text[start:end].rstrip().endswith(tuple(CLOSING))):
        return None
    return start, end


def named_headline(ctx: Context, sentence: List[Token], colon: Token) -> bool:
    """`Лавров: заявления Киева наводят на мысль, что ...`: the article's headline (it and the
    lines above it are short, with no closing mark), opened by a name, whose words after the
    colon are a clause that asks nothing — a headline attribution (GUIDELINES: optional), not
    an interview's speaker label or a forum comment's author."""
    content = [t for t in sentence if t.start >= colon.end]
    return _headline_line(ctx, sentence) is not None and on_headline(ctx.doc.text, colon.start) \
        and _has_predicate(content) and not any(t.text == "?" for t in content) and not _told_of(content)


def _told_of(content: List[Token]) -> bool:
    """Words after a name's colon that tell of the person, not what they said: a question word
    opening them (`Ольга Бузова: что известно о новом романе`), or a person's common noun as
    their subject (`Прохор Шаляпин: певец женился в третий раз`)."""
    words = [t for t in content if t.pos != "PUNCT"]
    return bool(words) and (words[0].text.lower() in TOLD_OF_OPENERS or any(
        t.rel.startswith("nsubj") and t.pos == "NOUN" and feats(t).get("Animacy") == "Anim" and feats(t).get("Case") == "Nom"
        for t in words[:TOLD_OF_SUBJECT_WORDS]))


def _colon_form(ctx: Context, sentence: List[Token], line: Tuple[int, int], digest: bool = False) -> Iterator[Candidate]:
    """``digest``: a paragraph's first sentence, whose label must be a role or a medium (not any
    body: `СПб ГБУЗ «Поликлиника № 24»: отделения работают ...` lists a schedule)."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or ctx.inside_quote(colon.start):
        return
    label = [t for t in sentence if t.end <= colon.start]
    m = ctx.mention_of.get(sentence[0].token_id)
    if not label or len(label) > LABEL_WORDS or (m is not None and m.type == "PER" and m.start == sentence[0].start):
        return   # (a name opening the line: the speaker label's)
    if _has_predicate(label) or not _names_source(ctx, label) or label[0].lemma.lower() in BYLINE_LABELS:   # `X убеждена: ...`
        return
    if digest and not (_is_role_word(label[0]) or media_name(ctx.doc.text[label[0].start:label[-1].end])):
        return
    content = [t for t in sentence if t.start >= colon.end]
    if _is_content(content) and _has_predicate(content):
        yield Candidate(*_unquoted(ctx, *trim(ctx.doc.text, colon.end, line[1])), colon, ":", tuple(label), "headline")


def _dash_form(ctx: Context, sentence: List[Token], line: Tuple[int, int]) -> Iterator[Candidate]:
    dashes = [t for t in sentence if t.text in DASHES]
    if not dashes:
        return
    dash = dashes[-1]
    source = [t for t in sentence if t.start > dash.start and t.pos != "PUNCT"]
    content = [t for t in sentence if t.end <= dash.start]
    if not source or len(source) > TRAILING_SOURCE_WORDS or any(t.pos in ("VERB", "AUX") for t in source) or (
            content and content[-1].text == ","):   # `«...», — сказал X`: a cue's quotation, not a headline
        return
    if not _names_source(ctx, source, trailing=True) or _ellipsis(content) \
            or (source[0].pos == "NOUN" and feats(source[0]).get("Case") not in (None, "Nom")):
        return   # (`с представителями оператора - компании «Экоцентр»`: an apposition in the noun's case)
    if _is_content(content) and _has_predicate(content):
        yield Candidate(*trim(ctx.doc.text, line[0], dash.start), dash, "-", tuple(source), "headline")


def _ellipsis(content: List[Token]) -> bool:
    """`Заместителем назначена Наталья Репченко, секретарем - Хорунжий Сергей`: a comma and a noun
    in the instrumental before the dash leave out the verb said before it; the dash joins the
    noun to its holder, no headline to its source."""
    return len(content) >= 2 and content[-2].text == "," and content[-1].pos == "NOUN" \
        and feats(content[-1]).get("Case") == "Ins"


def _unquoted(ctx: Context, start: int, end: int) -> Tuple[int, int]:
    """A content that is one quotation as a whole: inside its marks (`Юрист Трампа: «...»`)."""
    quote = ctx.top_quote_starting_from(start)
    return quote.inner if quote is not None and (quote.start, quote.end) == (start, end) else (start, end)


def _names_source(ctx: Context, words: List[Token], trailing: bool = False) -> bool:
    """A role opening the words (`Эксперт`, `Юрист Трампа`), a person's name (after a dash:
    the whole of the words), an organisation or a medium making up the words."""
    if _is_role_word(words[0]):
        return not trailing or feats(words[0]).get("Case") in ("Nom", None)
    mentions = {ctx.mention_of[t.token_id].mention_id: ctx.mention_of[t.token_id] for t in words if t.token_id in ctx.mention_of}
    if len(mentions) != 1:
        return False
    m, = mentions.values()
    whole = m.start <= words[0].start and m.end >= words[-1].end
    if trailing and ctx.mention_case(m) not in ("Nom", None):
        return False   # `а Трамп — Республиканскую`: an ellipsis, not a source
    return m.type in SOURCE_TYPES and (whole or (trailing and m.type == "PER" and m.end >= words[-1].end))


def _is_role_word(t: Token) -> bool:
    return t.lemma.lower() in ROLE_WORDS and t.pos in ("NOUN", "PROPN")


def _is_content(words: List[Token]) -> bool:
    said = [t for t in words if t.pos != "PUNCT"]
    return len(said) >= CONTENT_WORDS and not (words and words[-1].text == "?")


def _has_predicate(words: List[Token]) -> bool:
    """A clause, not a name or a topic (`Байден — победитель`): a clause's predicate, or an
    infinitive (`снимать ограничения рано`)."""
    return is_clause(words) or any(t.pos == "VERB" and feats(t).get("VerbForm") == "Inf" for t in words)
