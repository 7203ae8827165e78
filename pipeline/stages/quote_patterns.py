"""Quote patterns: each finds candidate statements in one sentence — content span, speech
cue, and the phrase naming the source — for the quote stage to attribute and keep."""
import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import (ABOUT_THIS, AS_CUE_FILLERS, CONNECTIVES, DASH, DASHES, LEANING_OPENERS, MANNER_CUES,
                                    NEGATED_CUES, PHRASE_CUES, PREDICATIVE_CUES, RELATIVE_WORDS, SOURCE_PHRASES,
                                    SOURCE_PREPOSITIONS, SPEECH_VERBS)
from pipeline.lexicons.sources import POSSESSIVE_PRONOUNS
from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats, tokens_between, trim
from pipeline.stages.sources import source_of, subject

AFTER_QUOTE_TO_CUE = re.compile(rf"^\s*(?:[,!?…]|\.\.\.)?\s*{DASH}?\s*$")
THAT = ("что", "чтобы")
QUOTE_OPENERS = "«\"„“"
MAX_GAP = 12   # characters between a quotation and its cue: `", — ` and the like
THAT_WINDOW = 9   # words between a cue and the `что` of its clause
QUOTED_NAME_CHARS = 60   # a quotation this short after a noun may be a name (`радиостанции «Говорит Москва»`)
FOLLOWING_QUOTE_WORDS = 3   # a quotation after its cue sentence is speech from this many words on
PHRASE_OPENERS = frozenset({w for w, _ in SOURCE_PHRASES} | set(SOURCE_PREPOSITIONS) | {"как"})
OPENER_LEMMAS = PHRASE_OPENERS | {"согласный"}   # `согласно` tagged an adjective


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    cue: Token
    cue_lemma: str
    source: Tuple[Token, ...]
    pattern: str
    cue_start: Optional[int] = None   # where a phrase cue (`по его словам`, `как сообщил`) begins


# ---------------------------------------------------------------- cues

def is_negated(ctx: Context, cue: Token) -> bool:
    prev = ctx.tokens[cue.token_id - 1] if cue.token_id > 0 else None
    return bool(prev and prev.text.lower() == "не")


CUE_LEMMAS = frozenset(SPEECH_VERBS) | frozenset(NEGATED_CUES) | frozenset(PREDICATIVE_CUES) \
    | frozenset(first for first, _ in PHRASE_CUES)   # a token with another lemma is never a cue


ANY_CUE_LEMMAS = CUE_LEMMAS | MANNER_CUES
TOKEN_ID = attrgetter("token_id")


def cue_lemma(ctx: Context, t: Token) -> Optional[str]:
    """The cue's lemma when ``t`` is a speech cue, else None (worked out once per article)."""
    if t.lemma not in CUE_LEMMAS:
        return None
    if t.token_id not in ctx.cues:
        ctx.cues[t.token_id] = _cue_lemma(ctx, t)
    return ctx.cues[t.token_id]


def _cue_lemma(ctx: Context, t: Token) -> Optional[str]:
    nxt = ctx.tokens[t.token_id + 1] if t.token_id + 1 < len(ctx.tokens) else None
    if nxt and nxt.text.lower() == "ли":   # `согласится ли X`, `скажет ли он`: a question, not a report
        return None
    if nxt and (t.lemma, nxt.lemma) in PHRASE_CUES:
        return PHRASE_CUES[(t.lemma, nxt.lemma)]
    if t.pos in ("VERB", "AUX") and t.lemma in SPEECH_VERBS and not is_negated(ctx, t):
        return t.lemma
    if t.pos == "VERB" and t.lemma in NEGATED_CUES and is_negated(ctx, t):
        return "не " + t.lemma
    if t.pos == "ADJ" and t.lemma in PREDICATIVE_CUES:
        return t.lemma
    return None


def cue_after_quote(ctx: Context, t: Token) -> Optional[str]:
    """A cue right after a quotation may also be a verb of manner (`‑ улыбается он`)."""
    lemma = cue_lemma(ctx, t)
    if lemma is None and t.pos == "VERB" and t.lemma in MANNER_CUES and feats(t).get("VerbForm") == "Fin":
        return t.lemma
    return lemma


def cues_in(ctx: Context, sentence: List[Token], after_quote: bool = False) -> List[Tuple[int, Token, str]]:
    """(index in the sentence, token, lemma) of the sentence's cues, worked out once."""
    if not ctx.sentence_cues:   # every sentence's cues at once, from the tokens whose lemma can be one
        maybe = sorted((t for lemma in ANY_CUE_LEMMAS & ctx.by_lemma.keys() for t in ctx.by_lemma[lemma]),
                       key=TOKEN_ID)
        for t in maybe:
            i = t.token_id - ctx.by_sentence[t.sentence_id][0].token_id
            lemma, manner = cue_lemma(ctx, t), cue_after_quote(ctx, t)
            if lemma:
                ctx.sentence_cues.setdefault((t.sentence_id, False), []).append((i, t, lemma))
            if manner:
                ctx.sentence_cues.setdefault((t.sentence_id, True), []).append((i, t, manner))
        ctx.sentence_cues[None] = []   # worked out (an article may have no cue at all)
    return ctx.sentence_cues.get((sentence[0].sentence_id, after_quote), [])


def cue_end_token(ctx: Context, t: Token, lemma: str) -> Token:
    """The last word of a two-word verb cue (`дать понять`)."""
    return ctx.tokens[t.token_id + 1] if lemma in PHRASE_CUES.values() and t.token_id + 1 < len(ctx.tokens) else t


# ---------------------------------------------------------------- content helpers

def clause_end(ctx: Context, sentence: List[Token], first: int) -> int:
    """Where a reported clause that starts at token index ``first`` of the sentence ends."""
    end = sentence[-1].end
    for i in range(first, len(sentence) - 1):
        t = sentence[i]
        if ctx.inside_quote(t.start):
            continue
        if t.text == "," and _starts_new_predicate(ctx, sentence, i + 1):
            return t.start
        if t.text == ":" and (ctx.doc.text[t.end:t.end + 3].lstrip()[:1] in QUOTE_OPENERS
                              or _is_clause(_until_comma(sentence[i + 1:]))):
            return t.start   # `отметил, что A: «B»`, `решил ...: он хочет`: a statement of its own
    return end


def _until_comma(words: List[Token]) -> List[Token]:
    return words[:next((j for j, w in enumerate(words) if w.text == ","), len(words))]


def _starts_new_predicate(ctx: Context, sentence: List[Token], i: int) -> bool:
    """`, а также обвинил`, `, добавив`, `, пишет Mash`: the clause is over."""
    words = sentence[i:i + 3]
    if words and words[0].text.lower() in ("а", "и", "но") and len(words) > 1:
        words = words[1:]
        if words[0].text.lower() == "также" and len(words) > 1:
            words = words[1:]
        head = words[0]
        return head.pos == "VERB" and feats(head).get("VerbForm") in ("Fin", "Conv") and feats(head).get("Tense") == "Past"
    head = words[0] if words else None
    return bool(head) and cue_lemma(ctx, head) is not None and (
        feats(head).get("VerbForm") == "Conv" or _has_following_subject(ctx, head))


def _has_following_subject(ctx: Context, cue: Token) -> bool:
    return any(t.start > cue.start for t in subject(ctx, cue))


def content_span(ctx: Context, start: int, end: int) -> Tuple[int, int]:
    start, end = trim(ctx.doc.text, start, end)
    q = next((q for q in ctx.quote_spans if q.start == start and q.end == end), None)
    return (q.start + 1, q.end - 1) if q else (start, end)


# ---------------------------------------------------------------- patterns

def pattern_that(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`заявил, что ...`, `сообщил о том, что ...`, `добавив, что ...`, `уверен, что ...`."""
    for i, t, lemma in cues_in(ctx, sentence):
        if not lemma or ctx.inside_quote(t.start):
            continue
        j = _that_after(ctx, sentence, i + (2 if " " in lemma else 1))
        if j is None or (j + 1 < len(sentence) and sentence[j + 1].text == ","):
            continue   # `писал, что, по словам X, ...`: the inner source phrase is the statement
        end = clause_end(ctx, sentence, j + 1)
        start = sentence[j + 1].start if j + 1 < len(sentence) else end
        if end > start:
            yield Candidate(*content_span(ctx, start, end), t, lemma, source_of(ctx, t), "that")


def _that_after(ctx: Context, sentence: List[Token], i: int) -> Optional[int]:
    """Index of `что` opening the reported clause within a few words after the cue; a
    name in quotation marks on the way is passed over and not counted (`рассказал в эфире
    радиостанции «Говорит Москва», что ...`)."""
    counted, j = 0, i
    while j < len(sentence) and counted < THAT_WINDOW:
        word = sentence[j].text.lower()
        if _quoted_name(ctx, sentence, j):
            j += 1
            continue
        if word in THAT and sentence[j - 1].text == ",":
            return j
        if word in ("что",) and j == i:
            return j
        if sentence[j].pos == "VERB" and feats(sentence[j]).get("VerbForm") == "Fin":
            return None
        if word in (".", "!", "?", ":", "«", '"'):
            return None
        counted, j = counted + 1, j + 1
    return None


def _quoted_name(ctx: Context, sentence: List[Token], j: int) -> bool:
    """A word of a short quotation right after a noun that closes before a comma
    (`радиостанции «Говорит Москва»,`): a name, not quoted words (`сказал «нет», что ...`)."""
    q = ctx.top_quote_starting_by(sentence[j].start)
    if q is None or not q.start <= sentence[j].start < q.end or q.end - q.start > QUOTED_NAME_CHARS:
        return False
    before = next((t for t in reversed(sentence) if t.end <= q.start), None)
    return ctx.doc.text[q.end:q.end + 2].lstrip()[:1] == "," and before is not None and before.pos in ("NOUN", "PROPN")


def pattern_quote_then_cue(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`"...", – заявил он.` and `«...», заявил он в четверг`: quotation, then the cue."""
    text = ctx.doc.text
    for i, t, lemma in cues_in(ctx, sentence, after_quote=True):
        if not lemma:
            continue
        q = ctx.top_quote_ending_by(t.start)   # only the nearest can be joined to the cue by punctuation
        gap = text[q.end:t.start] if q and t.start - q.end <= MAX_GAP else None
        if gap is not None and AFTER_QUOTE_TO_CUE.match(gap) and re.search(rf"[,!?…]|{DASH}", gap):
            if text[sentence[0].start:q.start].strip(" " + DASHES):
                continue   # words before the quotation: a mixed statement, see content_then_cue
            source = source_of(ctx, t, content_first=True)
            yield Candidate(q.start + 1, q.end - 1, t, lemma, source, "quote_then_cue")
            more = _quote_closing_paragraph(ctx, sentence[-1].end)
            if more is not None:   # `«A», сказал Хоровитц. «B»`: the quotation goes on after its cue
                yield Candidate(more.start + 1, more.end - 1, t, lemma, source, "quote_then_cue")


def _quote_closing_paragraph(ctx: Context, pos: int):
    """The quotation of a few words or more that opens right after ``pos`` on the same line,
    closes its paragraph and holds no cue of its own (`«Но условия, — добавил он, — ...»` is
    an interrupted quotation the patterns take apart)."""
    text = ctx.doc.text
    q = ctx.top_quote_starting_from(pos)
    if q is None or text[pos:q.start].strip(" \t\u00a0") or len(text[q.start:q.end].split()) < FOLLOWING_QUOTE_WORDS:
        return None
    if not re.match(r"[.!?…]?[ \t\u00a0]*(?:\n|$)", text[q.end:]):
        return None
    inside = tokens_between(ctx.tokens, q.start, q.end)
    return None if any(cue_after_quote(ctx, t) for t in inside) else q


def pattern_cue_colon_quote(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Песков заявил: «...»` and `отметил, что A: «B»`."""
    text = ctx.doc.text
    for i, t, lemma in cues_in(ctx, sentence):
        if not lemma or ctx.inside_quote(t.start):
            continue
        colon = next((s for s in sentence[i + 1:] if s.text == ":" and not ctx.inside_quote(s.start)), None)
        if colon is None:
            continue
        q = ctx.top_quote_starting_from(colon.end)
        q = q if q and q.start - colon.end <= MAX_GAP and not text[colon.end:q.start].strip() else None
        if q:
            yield Candidate(q.start + 1, q.end - 1, t, lemma, source_of(ctx, t), "cue_colon_quote")
        elif colon.token_id - t.token_id <= 12:   # `признается: их заставлять не нужно`
            rest = [w for w in sentence if w.start > colon.start]
            if len(rest) > 2 and _is_clause(rest) and text[colon.end:rest[0].start].strip() == "":
                yield Candidate(*content_span(ctx, rest[0].start, sentence[-1].end), t, lemma, source_of(ctx, t),
                                "cue_colon_text")


def pattern_content_then_cue(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Обсуждение ... «неприемлемо», заявил он в четверг.` and `О том, что ..., заявил X.`"""
    for i, t, lemma in cues_in(ctx, sentence):
        lead = _lead_before_cue(sentence, i)   # `..., также отмечала Голикова`
        if not lemma or lead < 2 or sentence[lead - 1].text not in (",", *DASHES) or ctx.inside_quote(t.start):
            continue
        i = lead
        source = source_of(ctx, t, content_first=True)
        if not source or source[0].start < t.start:
            continue   # the source must follow the cue: `..., заявил он`
        first = sentence[0]
        words = [w.text.lower() for w in sentence[:4]]
        if words[:3] == ["о", "том", ","] and len(sentence) > 4:
            first = sentence[4]
        elif first.text in DASHES:
            first = sentence[1]
        rest = _rest_after_source(ctx, sentence, source)
        colon = _last_colon(ctx, sentence[sentence.index(first):i - 1])
        start = first.start if colon is None else colon.end   # `Тратиться придется и дальше: мир ..., подсчитал МВФ`
        if rest is not None and _one_statement(ctx, sentence[sentence.index(first):i - 1], rest):
            # `Такой переход, считает X, повысит ...`: one statement around its cue
            yield Candidate(*content_span(ctx, start, clause_end(ctx, sentence, sentence.index(rest))),
                            t, lemma, source, "cue_inside")
            continue
        if rest is None or _is_clause(sentence[sentence.index(first):i - 1]):
            if first.text.lower() in LEANING_OPENERS and colon is None:   # `... испытаний. Но она еще не завершена, подчеркнул X`
                start = (_previous_in_paragraph(ctx, sentence) or [first])[0].start
            yield Candidate(*content_span(ctx, start, sentence[i - 1].start), t, lemma, source, "content_then_cue")
        if rest is not None:   # `«A», считает X, «B»`: two statements
            yield Candidate(*content_span(ctx, rest.start, clause_end(ctx, sentence, sentence.index(rest))),
                            t, lemma, source, "content_then_cue")


def _previous_in_paragraph(ctx: Context, sentence: List[Token]) -> Optional[List[Token]]:
    previous = ctx.by_sentence.get(sentence[0].sentence_id - 1)
    if previous and "\n" not in ctx.doc.text[previous[-1].end:sentence[0].start] and not ctx.inside_quote(previous[0].start):
        return previous
    return None


def _last_colon(ctx: Context, words: List[Token]) -> Optional[Token]:
    """A colon in a content-first statement after which a clause stands: the lead-in before
    it is the author's, what follows is the source's."""
    colons = [k for k, w in enumerate(words) if w.text == ":" and not ctx.inside_quote(w.start)]
    if colons and _is_clause(words[colons[-1] + 1:]) and _is_clause(words[:colons[-1]]):
        return words[colons[-1]]
    return None


def _lead_before_cue(sentence: List[Token], i: int) -> int:
    """Index of the first word of a cue group: the cue with a filler or two before it."""
    while i > 0 and sentence[i - 1].text.lower() in AS_CUE_FILLERS and i >= 2:
        i -= 1
    return i


def _rest_after_source(ctx: Context, sentence: List[Token], source) -> Optional[Token]:
    """The first word after `, cue source, ` when the sentence goes on with a clause."""
    last = source[-1]
    k = next((k for k, w in enumerate(sentence) if w.token_id == last.token_id), None)
    if k is None or k + 2 >= len(sentence) or sentence[k + 1].text != ",":
        return None
    rest = sentence[k + 2:]
    until_comma = rest[:next((j for j, w in enumerate(rest) if w.text == ","), len(rest))]
    if rest[0].lemma in RELATIVE_WORDS or rest[0].text.lower() in RELATIVE_WORDS or not _is_clause(until_comma):
        return None   # `Павел Волчков, заведующий лабораторией ..., где ...`: an apposition, not the statement
    return rest[0] if not ctx.inside_quote(rest[0].start) else None


def _is_clause(words: List[Token]) -> bool:
    """A run of words with a finite verb or a predicative: a statement, not a fragment."""
    return any((w.pos in ("VERB", "AUX") and feats(w).get("VerbForm") == "Fin") or
               (w.pos == "ADJ" and feats(w).get("Variant") == "Short") for w in words)


def pattern_about_this(ctx: Context, sentence: List[Token], previous: Optional[List[Token]]) -> Iterator[Candidate]:
    """`... Об этом заявил Песков.`, `Это подчеркнул X`, `Так считает X`: the content is the
    sentence before."""
    if not previous:
        return
    words = [t.text.lower() for t in sentence[:3]]
    lead = max((len(p) for p in ABOUT_THIS if tuple(words[:len(p)]) == p), default=0)
    if not lead:
        return
    for t in sentence[lead:lead + 2]:
        lemma = cue_lemma(ctx, t)
        if lemma:
            yield Candidate(*content_span(ctx, previous[0].start, previous[-1].end), t, lemma,
                            source_of(ctx, t), "about_this")
            return


def pattern_source_phrase(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`По словам Ушакова, ...`, `Встреча, по его словам, была ...`, `Как сообщил X, ...`."""
    if sentence[0].sentence_id not in _opener_sentences(ctx):
        return
    for i, t in enumerate(sentence[:-2]):
        if t.text.lower() not in PHRASE_OPENERS:
            continue
        nxt = sentence[i + 1]
        possessive = nxt.text.lower() in POSSESSIVE_PRONOUNS and t.text.lower() == "по"
        if possessive:   # `по его словам`: the pronoun is the source
            nxt = sentence[i + 2]
        phrase = SOURCE_PHRASES.get((t.text.lower(), nxt.lemma))
        named = not phrase and t.text.lower() in SOURCE_PREPOSITIONS and _names_someone(ctx, nxt)
        as_cue = t.text.lower() == "как" and _cue_after_fillers(ctx, sentence, i + 1)
        if not (phrase or named or as_cue) or ctx.inside_quote(t.start):
            continue
        if as_cue:
            nxt = as_cue
        cue = t if named else nxt   # `Согласно Марку, ...`: the preposition is the cue, the name follows it
        phrase = SOURCE_PREPOSITIONS[t.text.lower()] if named else phrase
        source_start = i + 1 if named else i + 2
        comma, source_start = _source_end(ctx, sentence, source_start + possessive) or (None, source_start)
        source = tuple(w for w in sentence[source_start:comma] if w.pos != "PUNCT") if comma else ()
        if possessive:
            source = (sentence[i + 1],)
        if as_cue:   # `Как пояснила жена бизнесмена, ...`: the source ends at the comma before the content
            end = sentence[comma].start if comma is not None else sentence[-1].end
            source = tuple(w for w in source_of(ctx, nxt) if w.start < end)
        if not source:
            continue
        before = i > 0 and sentence[i - 1].text == ","
        if comma is None and possessive and i == 0 and len(sentence) > 4:   # `По его мнению страны Балтии ...`
            comma = i + 2
        if comma is not None and comma + 1 < len(sentence):
            start, end = sentence[comma + 1].start, clause_end(ctx, sentence, comma + 1)
        elif before:
            start, end = sentence[0].start, sentence[i - 1].start
        else:
            continue
        lemma = phrase or cue_lemma(ctx, nxt)
        yield Candidate(*content_span(ctx, start, end), cue, lemma, source, "source_phrase", t.start)


def _one_statement(ctx: Context, lead: List[Token], rest: Token) -> bool:
    """Whether the words before a cue inside a sentence and those after it are one statement
    (`Такой переход, считает X, повысит ...`, `Было бы неплохо, отмечает X, если бы ...`,
    `Если цены вырастут, считает X, спрос упадет`), not two (`Музыка стала бонусом, добавил
    он, но ...`, `«A», считает X, «B»`): the lead is no clause of its own, or one side is the
    other's subordinate clause; a lead that is only a connective (`Тем не менее, считает X,
    ...`) is no part of it."""
    if not lead or ctx.inside_quote(lead[0].start) or ctx.inside_quote(rest.start):
        return False
    if tuple(w.text.lower() for w in lead if w.pos != "PUNCT") in CONNECTIVES:
        return False
    return not _is_clause(lead) or rest.pos == "SCONJ" or lead[0].pos == "SCONJ"


def _opener_sentences(ctx: Context) -> set:
    """The sentences with a word that may open a source phrase (by the lemmas these
    function words get), worked out once per article."""
    if ctx.opener_sentences is None:
        ctx.opener_sentences = {t.sentence_id for lemma in OPENER_LEMMAS for t in ctx.tokens_with_lemma(lemma)
                                if t.text.lower() in PHRASE_OPENERS}
    return ctx.opener_sentences


def _names_someone(ctx: Context, t: Token) -> bool:
    """A person's or an organisation's name starts at ``t``."""
    m = ctx.mention_of.get(t.token_id)
    return m is not None and m.type in ("PER", "ORG") and m.start == t.start


def _cue_after_fillers(ctx: Context, sentence: List[Token], j: int) -> Optional[Token]:
    """The cue of `как [в свою очередь | ранее] сообщил`, a few filler words after `как`."""
    for t in sentence[j:j + 4]:
        if cue_lemma(ctx, t) and not t.text.lower().endswith(("ся", "сь")):
            return t
        if t.text.lower() not in AS_CUE_FILLERS:
            return None
    return None


def _source_end(ctx: Context, sentence: List[Token], i: int) -> Optional[Tuple[int, int]]:
    """(closing comma, first source word) of the source phrase starting at ``i``; a
    `, который ...,` clause inside it is skipped up to the name it describes
    (`по словам командира ..., который ..., Мамука Мамулашвили, ...` → the name)."""
    commas = [j for j in range(i, len(sentence)) if sentence[j].text == ","]
    if not commas:
        return None
    first = commas[0]
    if first + 1 < len(sentence) and sentence[first + 1].lemma == "который":
        for a, b in zip(commas[1:], commas[2:]):
            if any(ctx.mention_of.get(t.token_id) and ctx.mention_of[t.token_id].type == "PER"
                   for t in sentence[a + 1:b]):
                return b, a + 1
    return first, i


def pattern_dialogue_dash(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`– Мы получили вакцину. Привито 380 человек, – сообщил министр.`: speech after a
    dialogue dash that opens the paragraph, up to the `, – cue` that closes it."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sentence[0].start) + 1
    opening = re.match(rf"\s*{DASH}\s*", text[line_start:sentence[0].end + 1])
    if not opening:
        return
    for i, t in enumerate(sentence[2:], 2):
        if sentence[i - 1].text in DASHES and sentence[i - 2].text in (",", "!", "?", "…"):
            lemma = cue_after_quote(ctx, t)
            if lemma:
                start = line_start + opening.end()
                end = sentence[i - 2].start if sentence[i - 2].text == "," else sentence[i - 2].end
                source = source_of(ctx, t, content_first=True)
                yield Candidate(*trim(text, start, end), t, lemma, source, "dialogue_dash")
                yield from _dialogue_continued(ctx, t, lemma, source)
            return


def _dialogue_continued(ctx: Context, cue: Token, lemma: str, source) -> Iterator[Candidate]:
    """`— A, — призналась она журналистам. — B`: the speech goes on after the cue."""
    text = ctx.doc.text
    line_end = text.find("\n", cue.end)
    line_end = len(text) if line_end < 0 else line_end
    resumed = re.match(rf"[^.!?\n]{{0,150}}?[.,]\s*{DASH}\s*(?=\S)", text[cue.end:line_end])
    if resumed:
        yield Candidate(*trim(text, cue.end + resumed.end(), line_end), cue, lemma, source, "dialogue_dash")


def pattern_interrupted(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`"A, – пояснил он. – B"`: one quotation broken by its cue gives two statements."""
    text = ctx.doc.text
    for _, t, lemma in cues_in(ctx, sentence, after_quote=True):
        q = ctx.top_quote_starting_by(t.start)
        if q is None or not q.start < t.start < q.end - 1:
            continue
        left = re.search(rf"[,.!?…]?\s*{DASH}\s*$", text[q.start + 1:t.start])
        right = re.search(rf"[,.:]\s*{DASH}\s*", text[t.end:q.end - 1])
        if left and right:
            source = source_of(ctx, t, content_first=True)
            yield Candidate(*trim(text, q.start + 1, q.start + 1 + left.start()), t, lemma, source, "interrupted")
            yield Candidate(*trim(text, t.end + right.end(), q.end - 1), t, lemma, source, "interrupted")
