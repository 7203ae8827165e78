"""Borderline statements (GUIDELINES: optional): a cue whose content is no reported clause
but the rest of its clause — a public call (`Президент призвал граждан сделать прививку`), a
naming with a predicate (`назвал итоги выборов подтасованными`), a
denial (`опроверг слух о бесплодии`), a topic (`рассказал о вакцинации пожилых`). Corpora
labelled word by word count them as statements; the speaker is found as for any other."""
from typing import Iterator, List, Set

from pipeline.lexicons.cues import (ASKING_CUES, AS_CUE_FILLERS, CALL_CUES, CALL_TO_IDIOMS, DASHES,
                                    DENIAL_CUES, DESCRIBING_CUES, EVENT_TOPICS, EXPLAINING_CUES, FORECAST_CUES, FORECAST_TOPICS, JUDGING_CUES, MENTAL_CUES, NAMING_CUES, POINTING_CUES,
                                    POINTING_PREPOSITION, TELLING_CUES, TOPIC_POSSESSIVES, TOPIC_PREPOSITIONS, VIEW_CUES, VIEW_OBJECTS)
from pipeline.lexicons.organizations import ORG_HEADS
from pipeline.lexicons.sources import ANONYMOUS_NOUNS, COLLECTIVE_NOUNS, DOCUMENT_NOUNS
from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats, noun_before_quotation
from pipeline.stages.quote_cues import Candidate, clause_end, content_span, cue_lemma, cues_in
from pipeline.stages.sources import head_of, source_of

FILLERS = (AS_CUE_FILLERS | {"и", "же", "тоже"}) - {"не", "раз"}   # (`не раз` is a filler; a lone `не` is the content's)
CLAUSE_BREAKS = frozenset("поскольку потому так ибо чтобы хотя а но однако то".split())   # (`если ..., то ...`)
OBJECT_CUES = FORECAST_CUES | VIEW_CUES | POINTING_CUES | JUDGING_CUES | EXPLAINING_CUES
BORDERLINE_CUES = CALL_CUES | NAMING_CUES | DENIAL_CUES | DESCRIBING_CUES | OBJECT_CUES
LOOK_AHEAD = 6     # words after the cue in which a call's infinitive must come
CALL_TO_REACH = 3   # words after the cue in which a call's `к` must come (`призвал все стороны к`)
SPEAKING_NOUNS = ORG_HEADS | COLLECTIVE_NOUNS | DOCUMENT_NOUNS | ANONYMOUS_NOUNS   # bodies and documents say things
POINTING_BACK = frozenset({"этот", "тот", "такой", "это", "подобный"})   # an object that only points back
POINTED_WORDS = 3   # words at least in what a cue points at, its preposition included: a bare noun names a topic
TOPIC_REACH = 20   # words after the cue in which a topic (`о ...`) may start, past a source after the cue


def pattern_borderline(ctx: Context, sentence: List[Token], used: Set[int]) -> Iterator[Candidate]:
    """``used``: the token ids of cues other patterns made a statement of in this sentence."""
    if sentence[-1].text == "?" and not ctx.inside_quote(sentence[-1].start):
        return   # `Вы считаете себя сторонником Клинтон?`: a question states nothing
    for i, t, lemma in cues_in(ctx, sentence):
        if t.token_id in used or t.lemma in ASKING_CUES or feats(t).get("VerbForm") != "Fin" or ctx.inside_quote(t.start) \
                or _reported(ctx, t):
            continue
        fronted = _fronted_topic(sentence, i)
        if fronted:   # `О необходимости вакцинации заявил Владимир Путин`; `О ситуации в стационарах рассказала ...`:
            # what was talked about (no statement; who spoke is still followed)
            source = source_of(ctx, t, content_first=True)
            if source and source[0].start > t.start and can_speak(ctx, source):
                told = t.lemma in TELLING_CUES
                yield Candidate(*content_span(ctx, fronted[0].start, fronted[-1].end), t, lemma, source,
                                "topic_told" if told else "borderline")
            continue
        if not _may_fit(sentence, i, t):
            continue   # (the cheap test first: most cues have no borderline content)
        source = source_of(ctx, t)
        if not source or not can_speak(ctx, source):
            continue
        first = _content_start(sentence, i, source)
        if first is None:
            continue
        end = clause_end(ctx, sentence, first)
        words = _until_reason(ctx, [w for w in sentence[first:] if w.start < end])
        words = _relative_clause_only(words)   # `Сидоров, которого Петров просил остаться, отказался`; `после того
                                               # как МОК объявил о ее дисквалификации, подала апелляцию`
        if words and _fits(ctx, t, words) and not any(w.start >= words[0].start for w in source):
            yield Candidate(*content_span(ctx, words[0].start, words[-1].end), t, lemma, source, "borderline")


def _relative_clause_only(words: List[Token]) -> List[Token]:
    """The words up to a comma after which a finite verb comes: the main clause's, back after a
    relative or subordinate clause that holds the cue; or a `что` that is that verb's subject
    (`объявил о своей победе, что привело в смятение ...`: "which")."""
    for k, w in enumerate(words[1:-1], 1):
        nxt = words[k + 1]
        if nxt.text.lower() == "что" and k + 2 < len(words):
            nxt = words[k + 2]
        if w.text == "," and nxt.pos in ("VERB", "AUX") and feats(nxt).get("VerbForm") == "Fin":
            return words[:k]
    return words


def _reported(ctx: Context, cue: Token) -> bool:
    """A cue inside the clause another cue reports (`хотел подчеркнуть, что Израиль считает
    Иерусалим неделимым`): part of that statement, not one of its own."""
    head = ctx.tokens[cue.head_id] if cue.head_id >= 0 else None
    return cue.rel == "ccomp" and head is not None and cue_lemma(ctx, head) is not None


def _may_fit(sentence: List[Token], i: int, cue: Token) -> bool:
    """A borderline cue, or a topic's preposition in the few words after the cue."""
    return cue.lemma in BORDERLINE_CUES or any(
        w.text.lower() in TOPIC_PREPOSITIONS for w in sentence[i + 1:i + 1 + TOPIC_REACH])


def _until_reason(ctx: Context, words: List[Token]) -> List[Token]:
    """The content up to a reason or purpose clause (`, поскольку ...`, `, чтобы ...`) or a
    second predicate (`назвал итоги подтасованными и призвал ...`, `, а Иванов промолчал`);
    a clause in quotation marks is the speaker's own words and stays (`пообещал первым
    вакцинироваться, "чтобы никто не боялся"`)."""
    for k, w in enumerate(words[1:], 1):
        nxt = next((x for x in words[k + 1:k + 3] if x.text not in '"«'), None)   # past an opening mark
        if w.text == "," and nxt is not None and nxt.text.lower() in CLAUSE_BREAKS and not ctx.inside_quote(nxt.start):
            return words[:k]
        if w.text.lower() in ("и", "а", "но") and nxt is not None and (
                (nxt.pos == "VERB" and feats(nxt).get("VerbForm") == "Fin")
                or (nxt.pos == "ADJ" and feats(nxt).get("Variant") == "Short")):   # `и намерена обжаловать`
            return words[:k]
    return words


def can_speak(ctx: Context, source) -> bool:
    """A source that can say things: a name, a pronoun, a person or a body — not an
    inanimate noun (`Промежуточные выборы обещают побить рекорды`, `Дебаты вспомнили об Украине`)."""
    head = head_of(source)
    if head is None:
        return False
    if head.token_id in ctx.mention_of or head.pos in ("PRON", "PROPN") or feats(head).get("Animacy") == "Anim":
        return True
    return head.lemma in SPEAKING_NOUNS


def _fronted_topic(sentence: List[Token], i: int) -> List[Token]:
    """The words before the cue when they are a topic opening the sentence (`О формировании
    иммунитета заявил ...`): not `Об этом`, `О том, что` (other patterns), no verb of their own."""
    words = [w for w in sentence[:i] if w.text not in DASHES]
    if len(words) < 2 or words[0].text.lower() not in TOPIC_PREPOSITIONS or words[1].text.lower() in ("этом", "том"):
        return []
    if any(w.pos in ("VERB", "AUX") and feats(w).get("VerbForm") == "Fin" for w in words) or words[-1].pos == "PUNCT":
        return []
    return words


def _content_start(sentence: List[Token], i: int, source) -> int:
    """Index of the content's first word: after the cue, the source if it follows the cue,
    fillers (`рассказал также о`) and an addressee before a topic; None when the cue opens a clause or a quotation."""
    j = i + 1
    if source[0].start > sentence[i].start:
        ids = [w.token_id for w in source]
        if ids[0] - sentence[i].token_id > 2:
            return None   # the source is further on: no content between
        j = next((k for k, w in enumerate(sentence) if w.token_id == ids[-1]), len(sentence)) + 1
    while j < len(sentence) and sentence[j].text.lower() in FILLERS:
        j += 1
    addressee = j
    while addressee < min(j + 3, len(sentence)) and feats(sentence[addressee]).get("Case") == "Dat":
        addressee += 1   # `рассказал журналистам о планах`: the topic after the addressee
    if addressee < len(sentence) and addressee > j and sentence[addressee].text.lower() in TOPIC_PREPOSITIONS:
        j = addressee
    if j >= len(sentence) or sentence[j].pos == "PUNCT":
        return None   # `заявил, что`, `сказал: «...»`: other patterns' statements
    return j


def _fits(ctx: Context, cue: Token, words: List[Token]) -> bool:
    """The content the cue's kind needs: a topic, an infinitive, a predicate, an object."""
    if words[0].text.lower() in TOPIC_PREPOSITIONS:   # not `сообщило об этом всему миру`, `думал о будущем`, `рассказал о планах`
        return len(words) >= 2 and not _pronoun_topic(words) and not _event_topic(words) \
            and cue.lemma not in MENTAL_CUES | TELLING_CUES
    if cue.lemma in CALL_CUES and any(w.text.lower() == "к" for w in words[:CALL_TO_REACH]):
        after = [w.text.lower() for w in words[1:CALL_TO_REACH + 1]]
        return len(words) >= 2 and not any(a == "к" and b in CALL_TO_IDIOMS for a, b in zip([words[0].text.lower()] + after, after))
    if cue.lemma in DESCRIBING_CUES:   # `описал действия России как «очень разумные»`
        return any(w.text.lower() == "как" for w in words[1:])
    objects = [c for c in ctx.children.get(cue.token_id, []) if c.rel == "obj" and c.start >= words[0].start]
    if cue.lemma in CALL_CUES:   # the tagger may call the infinitive a noun: the cue's xcomp then
        return any(feats(w).get("VerbForm") == "Inf" for w in words[:LOOK_AHEAD]) or any(
            c.rel == "xcomp" and c.start >= words[0].start for c in ctx.children.get(cue.token_id, []))
    if cue.lemma in POINTING_CUES:   # `указала на осеннее замедление экономики`, not `указал на это`, `на спад`
        return (len([w for w in words if w.pos != "PUNCT"]) >= POINTED_WORDS and words[0].text.lower() == POINTING_PREPOSITION
                and not _pronoun_topic(words))
    if cue.lemma in FORECAST_CUES:   # `предрекают экономике рецессию`, not `предсказали будущее`
        return any(c.pos in ("NOUN", "PROPN", "NUM") and c.lemma not in FORECAST_TOPICS for c in objects)
    if cue.lemma in VIEW_CUES:   # `выразил мнение о необходимости ...`, `высказал сомнения в правильности решения`
        return len(words) >= 2 and words[0].lemma in VIEW_OBJECTS and words[0].rel == "obj"
    if cue.lemma in EXPLAINING_CUES:   # `объяснил закрытие ростом аренды`, `объясняют нехваткой врачей`; not `объясняют это спросом`
        return len(words) >= 2 and words[0].lemma not in POINTING_BACK and any(
            _predicate(ctx, w) and not ctx.inside_quote(w.start) for w in words)
    if cue.lemma in NAMING_CUES | JUDGING_CUES:   # an object and its predicate (`назвал итоги подтасованными`), in either order
        children = ctx.children.get(cue.token_id, [])   # (`назвал глупостью возможность ...`: the parse may hang
        return len([w for w in words if w.pos != "PUNCT"]) >= 2 and (   # (not `считал нужным`)
            any(c.rel == "obj" for c in children) or any(_accusative(w) for w in words)) and (
            any(c.rel == "xcomp" and c.pos in ("NOUN", "ADJ") for c in children)   # the object elsewhere)
            or any(_predicate(ctx, w) for w in words))
    if cue.lemma in DENIAL_CUES:   # not `опроверг эту информацию`: what it points back to is no statement here
        return any(c.rel == "obj" for c in ctx.children.get(cue.token_id, [])) and not (
            len(words) <= 3 and words[0].lemma in POINTING_BACK)
    return False


def _event_topic(words: List[Token]) -> bool:
    """`о происшествии`, `о страшной трагедии в канун Нового года`: an event named, nothing
    said about it."""
    k = next((k for k, w in enumerate(words[1:], 1) if w.pos not in ("ADJ", "DET")), None)
    if k is None or words[k].lemma.lower() not in EVENT_TOPICS:
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None   # `о трагедии в шахте` names one; `о гибели горняков` says what
    return nxt is None or not (nxt.pos in ("NOUN", "PROPN") and feats(nxt).get("Case") == "Gen")


def _pronoun_topic(words: List[Token]) -> bool:
    """`об этом`, `о нём`: a topic that only points back (`об этом проекте` names one)."""
    if words[1].pos == "PRON":   # (a possessive names whose thing it is: `о своей победе`)
        return not (words[1].lemma in TOPIC_POSSESSIVES and len(words) > 2 and words[2].pos in ("NOUN", "ADJ"))
    return words[1].text.lower() in ("этом", "том") and not (
        len(words) > 2 and words[2].pos in ("NOUN", "PROPN", "ADJ") and feats(words[2]).get("Case") == "Loc")


def _accusative(w: Token) -> bool:
    """A noun, pronoun or noun-like participle in the accusative (`возможность`, `происходящее`)."""
    return w.pos in ("NOUN", "PROPN", "PRON", "VERB", "ADJ") and feats(w).get("Case") == "Acc" and (
        w.pos != "VERB" or feats(w).get("VerbForm") == "Part")


def _predicate(ctx: Context, w: Token) -> bool:
    """An instrumental with no preposition (`первым вратарём`), or quoted words (`«убийцей»`);
    not an adjective of a noun with one (`в связи с первым пожаром`), nor a nominative name a
    noun before its marks gives (`обладателей премии «Большая книга»`)."""
    if ctx.inside_quote(w.start):
        return not (feats(w).get("Case") == "Nom" and noun_before_quotation(ctx, w) is not None)
    if not (_nominal(w) and feats(w).get("Case") == "Ins") or any(c.rel == "case" for c in ctx.children.get(w.token_id, [])):
        return False
    before = ctx.tokens[w.token_id - 1] if w.token_id > 0 else None
    return not (w.rel == "amod" and w.head_id >= 0 and any(c.rel == "case" for c in ctx.children.get(w.head_id, []))) \
        and not (before is not None and before.pos == "ADP")   # (`в связи с первым`, however the parse hung it)


def _nominal(w: Token) -> bool:
    """A noun, an adjective or a participle (`оправданным`, `преувеличенной`)."""
    return w.pos in ("NOUN", "ADJ") or (w.pos == "VERB" and feats(w).get("VerbForm") == "Part")
