"""Source phrases as cues: `По словам Ушакова, ...`, `Встреча, по его словам, была ...`,
`Как сообщил X, ...`, `Согласно Марку, ...` — the statement is the rest of the sentence."""
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import AS_CUE_FILLERS, REPORT_PARTICLES, SOURCE_PHRASES, SOURCE_PREPOSITIONS
from pipeline.lexicons.sources import POSSESSIVE_PRONOUNS
from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats
from pipeline.stages.quote_cues import Candidate, clause_end, content_span, cue_lemma
from pipeline.stages.sources import locative_source, source_of

PHRASE_OPENERS = frozenset({w for w, _ in SOURCE_PHRASES} | set(SOURCE_PREPOSITIONS) | {"как"})
OPENER_LEMMAS = PHRASE_OPENERS | {"согласный"}   # `согласно` tagged an adjective


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
            source = tuple(w for w in source_of(ctx, nxt) if w.start < end) or locative_source(ctx, nxt)
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


def pattern_particle(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Путин не возражал, дескать, это вопрос "заботы о людях"`: after `, дескать,` (`мол`)
    the rest of the clause is the words of the subject of the verb before the particle."""
    sid = sentence[0].sentence_id
    for t in (t for lemma in REPORT_PARTICLES for t in ctx.tokens_with_lemma(lemma) if t.sentence_id == sid):
        i = t.token_id - sentence[0].token_id
        if not (0 < i < len(sentence) - 2) or sentence[i - 1].text != "," or ctx.inside_quote(t.start):
            continue
        first = i + 2 if sentence[i + 1].text == "," else i + 1
        verbs = [w for w in sentence[:i] if w.pos in ("VERB", "AUX") and feats(w).get("VerbForm") == "Fin"]
        source = source_of(ctx, verbs[-1]) if verbs else ()
        if not source or first >= len(sentence):
            continue
        end = clause_end(ctx, sentence, first)
        if end > sentence[first].start:
            yield Candidate(*content_span(ctx, sentence[first].start, end), t, t.lemma, source, "particle")


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
