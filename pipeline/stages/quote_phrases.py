"""Source phrases as cues: `По словам Ушакова, ...`, `Встреча, по его словам, была ...`,
`Как сообщил X, ...`, `Согласно Марку, ...` — the statement is the rest of the sentence
(GUIDELINES), with the part of its clause before a mid-sentence phrase (`Решение, по её
словам, принято ...`) but not a connective or an adverbial (`Однако, по его словам, ...`)."""
import itertools
import re
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import (CLOSING_PHRASE_NOUNS, RELAY_PHRASE_NOUNS, AS_CUE_FILLERS, FULL_PARTICIPLE, CONNECTIVES, DASH, DASHES, FOLLOWS_FROM, NOMINATIVE_PRONOUNS, RELATIVE_WORDS, REPORT_PARTICLES,
                                   SENTENCE_OPENERS, SOURCE_PHRASE_MODIFIERS, SOURCE_PHRASES, SOURCE_PREPOSITIONS,
                                   RANKED_REACH, RANKED_WORDS, RELAY_CUES, SPEECH_SOURCE_PHRASES, SUBORDINATE_AS_WORDS,
                                   OCCASION_VERBS, PHRASE_VERBS, SPEECH_VERBS)
from pipeline.lexicons.organizations import HOUSE_NUMBER, STREET_NOUNS
from pipeline.lexicons.sources import (CITED_NOUNS, COLON_NOUNS, KIN_NOUNS, ONE_OF_WORDS, OWNER_PRONOUNS, PAGE_NOUNS,
                                       MEDIA_STAFF_NOUNS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, ROLE_WORDS,
                                       STATEMENT_NOUNS)
from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats, under
from pipeline.stages.quote_cues import (Candidate, about_this_lead, pointing_noun_lead, clause_end, content_span, cue_from, cue_lemma, cues_in, is_clause,
                                        quotation_right_after, reports_another)
from pipeline.stages.sources import head_of, inverted_subject, latin, locative_source, medium_or_staff, medium_phrase, passive_agent, person_after_medium, source_of, subject

PHRASE_OPENERS = frozenset({w for w, _ in SOURCE_PHRASES} | set(SOURCE_PREPOSITIONS) | {"как"})
OPENER_LEMMAS = PHRASE_OPENERS | {"согласный", "соответствие"}   # `согласно` tagged an adjective; `в соответствии с`
AS_CUE_SUBJECT_WORDS = 3   # `Как Иван Петров рассказал ...`: a name or pronoun of at most this many words before the cue


def _from_words_opens(sentence: List[Token], i: int, nxt: Token) -> bool:
    """`Со слов Солновой, ...` opening the sentence or set off by a comma; not `встретил со
    словами`, nor `портрет составлен со слов свидетелей, которые ...` (how, not who said what)."""
    return nxt.text.lower() == "слов" and (i == 0 or sentence[i - 1].text in (",", *DASHES))


def pattern_source_phrase(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`По словам Ушакова, ...`, `Встреча, по его словам, была ...`, `Как сообщил X, ...`."""
    if sentence[0].sentence_id not in _opener_sentences(ctx):
        return
    for i, t in enumerate(sentence[:-2]):
        word = t.text.lower()
        if word not in PHRASE_OPENERS or _relays_about_this(sentence, i):
            continue
        j = first = i + 1
        if word == "соответствии":   # `в соответствии с прогнозом ФАО`
            if sentence[j].text.lower() != "с" or j + 1 >= len(sentence) - 1:
                continue
            j = first = i + 2
        possessive = word in ("по", "согласно", "с") and sentence[j].text.lower() in OWNER_PRONOUNS
        from_words = word == "с" and possessive and sentence[j + 1].text.lower() == "слов" and (
            i == 0 or sentence[i - 1].text in (",", *DASHES)) and j + 2 < len(sentence) and sentence[j + 2].text == ","
        # `С его слов, ...`: as `Со слов X, ...` (not `С его слов началась дискуссия`)
        if word == "с" and not (possessive and _point_of_view(sentence, j + 1)) and not from_words:
            continue   # only `с его точки зрения, ...` (`с точки зрения закона` names no one)
        if word != "как":   # `по его последним данным`, `согласно обновленным данным`
            j = _after_modifiers(ctx, sentence, j + possessive)
        if word == "с" and not from_words:
            j += 1   # `точки` `зрения`: the phrase's noun is the second
        nxt = sentence[j]
        phrase = SOURCE_PHRASES.get(("со" if from_words else word, nxt.lemma)) \
            if word != "со" or _from_words_opens(sentence, i, nxt) else None
        if phrase == "по версии" and _ranked(sentence, i):
            continue   # `чемпион мира по версиям WBA, IBF и IBO`: a title's, not a statement's source
        named = not phrase and not possessive and word in SOURCE_PREPOSITIONS and (
            j == first and _names_someone(ctx, nxt) or word == "согласно" and _person_in_dative(nxt))
        as_cue = word == "как" and _cue_after_fillers(ctx, sentence, i + 1, subject_allowed=_opens_sentence(sentence, i)
                                                       or _after_conjunction(sentence, i) or _enclosed_aside(sentence, i))
        cited = (word in SOURCE_PREPOSITIONS and (nxt.lemma in CITED_NOUNS or possessive and nxt.pos == "NOUN")
                 and j + 1 < len(sentence) and not (phrase and sentence[j + 1].pos != "PUNCT"))   # `согласно данным ВОЗ`: ВОЗ is the source
        if possessive and word in SOURCE_PREPOSITIONS:   # `согласно его пророчествам`: the pronoun is the source
            phrase, cited = phrase or SOURCE_PREPOSITIONS[word], False
        if not (phrase or named or as_cue or cited) or ctx.inside_quote(t.start) or (possessive and _inside_that_clause(ctx, sentence, i)):
            continue
        if as_cue and cue_lemma(ctx, as_cue) in ("назвать", "называть"):
            continue   # `В «центре управления полетами», как назвала Марьяна зал управления, ...`: a name for a thing
        if as_cue:
            nxt = as_cue
        if cited:   # `согласно отчёту Guardian`, `согласно обновленным данным, ...`: the phrase is the source
            phrase, named = None, True
        cue = t if named or (possessive and word in SOURCE_PREPOSITIONS) else nxt   # `Согласно Марку, ...`: the preposition is the cue
        phrase = SOURCE_PREPOSITIONS[word] if named else phrase
        source_start = first if named else j + 1
        if phrase and not named and not possessive and _ownerless(sentence, source_start):
            continue   # `по официальным данным приняли участие ...`, `(по другим данным — 196)`: no source after the phrase
        comma, source_start, source_end = phrase_end(ctx, sentence, source_start) or (None, source_start, None)
        unmarked = _unmarked_end(ctx, sentence, i, j) if not as_cue and not possessive else None
        if unmarked is not None and (comma is None or comma > unmarked + 1):
            comma, source_end = unmarked, unmarked + 1   # `Согласно Новому Завету Павел провел ...`: no comma after the phrase
        source = tuple(w for w in sentence[source_start:source_end] if w.pos != "PUNCT") if comma else ()
        before = i > 0 and sentence[i - 1].text == ","
        if comma is None and before and not as_cue and not possessive and nxt.lemma in CLOSING_PHRASE_NOUNS \
                and not any(feats(c).get("VerbForm") == "Fin" for k, c, _ in cues_in(ctx, sentence) if k < i):
            source = _closing_source(ctx, sentence, source_start)   # `Цены выросли на 5%, по словам министра.`; not
            # `..., по заявлению пенсионерки` (on her complaint), nor after a cue of its own (`X заявил, что ..., по данным Y`)
        if not as_cue and not possessive and any(w.token_id == sentence[j].head_id for w in source):
            continue   # `подтвердил, что по оценкам Минэнерго не исключен рост ..., вызванный`: the comma ends no
                       # phrase; its predicate is the clause's
        if possessive:
            source = (sentence[i + 1],)
        if not source and phrase and any(w.lemma in REFLEXIVE_OWN for w in sentence[first:j]) and comma is not None:
            source = tuple(w for w in _own_subject(ctx, sentence, comma) if w.end <= t.start)   # `фирма X ... и, по собственным данным, сможет ...`
        if as_cue:   # `Как пояснила жена бизнесмена, ...`: the source ends at the comma before the content
            end = sentence[comma].start if comma is not None else sentence[-1].end
            source = tuple(w for w in person_after_medium(ctx, source_of(ctx, nxt)) or passive_agent(ctx, nxt) if w.start < end) \
                or locative_source(ctx, nxt) \
                or tuple(w for w in inverted_subject(ctx, nxt) if w.start < end)   # the parse took the content's subject
            source = _with_name_before_comma(ctx, sentence, _with_named_apposition(ctx, sentence, source, end), end)
        if not source:
            continue
        if possessive and len(sentence) > 4 and j + 1 < len(sentence) and sentence[j + 1].text != ",":
            comma = j   # no comma after the phrase: the content starts right after it (`По его мнению страны Балтии ...`,
                        # `которые по их собственному признанию ужасно играют в гольф, ...`)
        if as_cue and comma is not None:
            comma = _role_apposition(ctx, sentence, _past_participle_clause(sentence, comma, source), source)
            named = _name_apposition(ctx, sentence, comma, source)
            if named != comma:   # `как сообщил советник министра, народный депутат Антон Геращенко, ...`
                source, comma = source + tuple(w for w in sentence[comma + 1:named] if w.pos != "PUNCT"), named
        if comma is not None and comma + 1 < len(sentence):
            start = sentence[comma + 1].start
            end = clause_end(ctx, sentence, comma + 1, through_colon=bool(as_cue) or phrase in SPEECH_SOURCE_PHRASES)
            if (reports_another(ctx, sentence, start, end) or _relayed_to_closing_cue(ctx, sentence, end, source, bool(as_cue))) \
                    and not _person(ctx, source):
                continue   # a medium relays (`Как пишет газета, мэр заявил, что`, `Как передает ИА REGNUM, A, сообщил X`);
                           # a person reports (`Как сообщил Ушаков, Россия дала понять, что`)
            if before:
                fronted = _fronted_part(ctx, sentence, i - 1, [w for w in sentence if start <= w.start < end])
                start = start if fronted is None else fronted   # (0 is a start: the text's first sentence)
        elif before:
            start, end = sentence[0].start, sentence[i - 1].start
        else:
            continue
        quoted = ctx.top_quote_starting_from(start)
        if quoted is not None and quoted.start == start and quoted.end > end:
            end = quoted.end   # `как сообщает автор, «A. B»`: the quotation after the phrase runs on past its sentence
        lemma = phrase or cue_lemma(ctx, nxt)
        yield Candidate(*content_span(ctx, start, end), cue, lemma, source, "source_phrase", t.start)
        q = _quotation_after_colon(ctx, end) if as_cue or lemma in SPEECH_SOURCE_PHRASES else None
        if q is not None:   # `По мнению эксперта, A: «B»`: two statements, as after a verb
            yield Candidate(q.start + 1, q.end - 1, cue, lemma, source, "source_phrase", t.start)


def _relays_about_this(sentence: List[Token], i: int) -> bool:
    """`Такое заявление, по данным ТАСС, сделала X`, `Об этом, по информации агентства, заявил
    X`, `Об этом, как сообщает РИА Новости, заявила X`: a source phrase right after a lead
    pointing back relays X's statement, no statement of its own."""
    word = sentence[i].text.lower()
    if i < 2 or sentence[i - 1].text != "," or not (
            word == "по" and sentence[i + 1].text.lower() in RELAY_PHRASE_NOUNS
            or word == "как" and sentence[i + 1].lemma in RELAY_CUES):   # `Об этом, как сообщает РИА Новости, заявила X`
        return False
    lead = about_this_lead([w.text.lower() for w in sentence[:i - 1]]) or pointing_noun_lead(sentence)
    return lead == i - 1 and sentence[0].text.lower() != "так"   # (`Так, по данным X, ...`: `Так` opens an example)



def _past_participle_clause(sentence: List[Token], comma: int, source) -> int:
    """`Как отметил министр Владимир Перцов, открывший ярмарку, далеко не ...`: a participle's
    clause after the source, agreeing with its head and hung on it by the parse, describes it; the
    content starts after the comma closing it (not `Как отметил X, прошедшие выборы соответствовали
    ...`: the content's)."""
    nxt = sentence[comma + 1] if comma + 1 < len(sentence) else None
    head = head_of(source) if source else None
    if source and (any(w.text == "," for w in sentence if source[0].start < w.start < source[-1].end)
                   or any(w.pos != "PUNCT" for w in sentence if source[-1].end <= w.start < sentence[comma].start)):
        return comma   # the content's subject stands between the source and the comma, or the parse took it into the
                       # source (`адвокат Иван Павлов, осужденный, отбывающий наказание ...`)
    if nxt is None or head is None or feats(nxt).get("VerbForm") != "Part" or not FULL_PARTICIPLE.search(nxt.text.lower()) \
            or any(feats(nxt).get(k) != feats(head).get(k) for k in ("Case", "Number")):
        return comma
    close = next((k for k in range(comma + 2, len(sentence) - 1) if sentence[k].text == ","), None)
    if close is None or nxt.head_id > sentence[comma].token_id:
        return comma   # (`Как отметили наблюдатели, прошедшие в Грузии выборы, в целом, ...`: the noun after it is its own)
    return close


def _ranked(sentence: List[Token], i: int) -> bool:
    """A title or a ranking in the few words before the phrase at ``i``."""
    return any(w.lemma.lower() in RANKED_WORDS or feats(w).get("Degree") == "Sup" for w in sentence[max(0, i - RANKED_REACH):i])


def _role_apposition(ctx: Context, sentence: List[Token], comma: int, source) -> int:
    """`Как рассказала Екатерина Шергова, директор фонда «Подари жизнь», который занимается ...,
    до отключения ...`: a role set off after a named source, with its relative clause, describes
    the source; the content starts after the comma closing them."""
    if not source or not any(ctx.names_person(w) for w in source) or comma + 2 >= len(sentence):
        return comma
    role = sentence[comma + 1]
    if role.lemma.lower() not in ROLE_WORDS or feats(role).get("Case") != "Nom":
        return comma
    commas = [k for k in range(comma + 2, len(sentence) - 1) if sentence[k].text == "," and not ctx.inside_quote(sentence[k].start)]
    if not commas:
        return comma
    if is_clause([w for w in sentence[comma + 1:commas[0]] if not ctx.inside_quote(w.start) and w.text not in "«»\""]):
        return comma   # (`Как сообщил X, глава региона подписал указ, ...`: the role is the content's subject)
    if sentence[commas[0] + 1].lemma == "который":
        return commas[1] if len(commas) > 1 else comma   # past the role's relative clause
    return commas[0]


NAME_APPOSITION_WORDS = 6   # words at most in a second description with the name, set off by commas


def _name_apposition(ctx: Context, sentence: List[Token], comma: int, source) -> int:
    """`Как сообщил советник министра, народный депутат Антон Геращенко, сегодня ...`: a source
    that names no one, then, set off by commas, a few words with no verb, a description first,
    that hold a person's name in the nominative: a second description of the source with its
    name; where the content starts (the comma closing it), else ``comma``."""
    if not source or any(ctx.names_person(w) for w in source):
        return comma
    close = next((k for k in range(comma + 1, len(sentence) - 1) if sentence[k].text == ","
                  and not ctx.inside_quote(sentence[k].start)), None)
    part = sentence[comma + 1:close] if close is not None else []
    if not part or len(part) > NAME_APPOSITION_WORDS or is_clause(part) or ctx.names_person(part[0]) \
            or not any(ctx.names_person(w) and feats(w).get("Case") in ("Nom", None) for w in part):
        return comma   # (a name first is the content's subject: `Как сообщил губернатор, Иван Петров, глава района, уйдет`)
    return close


def _relayed_to_closing_cue(ctx: Context, sentence: List[Token], end: int, source, as_cue: bool = False) -> bool:
    """A phrase naming no person whose content ending at ``end`` is closed by a comma and a cue
    of its own with a source after it that is no medium: a medium's `Как передает X,` relaying it
    (`..., сообщил глава комитета Y`), data backing it (`По данным следствия, ..., сообщила
    прокуратура`, `согласно статистике, ..., отметил эксперт`); not a body's own `как заявляет
    «Почта России»` that another's closing cue relays unless a person's (`..., сообщает ВВС`),
    nor data a medium relays (`По данным Росстата, ..., пишет «Коммерсант»`)."""
    k = next((k for k, w in enumerate(sentence) if w.start >= end), None)
    if k is None or k + 1 >= len(sentence) or sentence[k].text != ",":
        return False
    found = cue_from(ctx, sentence[k + 1])
    if not found or feats(found[0]).get("VerbForm") != "Fin":
        return False
    closing = source_of(ctx, found[0], content_first=True)
    relay = medium_or_staff(ctx, source)
    return bool(closing) and closing[0].start > found[0].start and not medium_phrase(ctx, closing) \
        and (relay or not as_cue or _person(ctx, closing))   # (a body's own `как заявляет X` keeps its words)


def _closing_source(ctx: Context, sentence: List[Token], k: int) -> Tuple[Token, ...]:
    """The source of a phrase that closes the sentence after the content's comma (`Число аварий
    сократилось вдвое, согласно данным ведомства.`): its words up to the sentence's end; none
    where a verb or a quotation follows (the phrase opens a clause of its own)."""
    words = [w for w in sentence[k:] if not (w.pos == "PUNCT" and w.text in ".!?…")]
    if not words or words[0].pos in ("ADP", "NUM", "ADV", "SCONJ", "CCONJ") or any(
            _predicate_word(w) or ctx.inside_quote(w.start) or w.text in DASHES for w in words):
        return ()   # (`по данным на 1 января`; `..., по данным Гринпис – 25,7 млн га`: a figure of its own)
    return tuple(w for w in words if w.pos != "PUNCT")


def _inside_that_clause(ctx: Context, sentence: List[Token], i: int) -> bool:
    """`Вэнс заявил, что, по его убеждению, один из пилотов ...`: a phrase with a pronoun for
    its source right after the `что` of a cue before it is the speaker's aside inside what the
    cue reports, no statement of its own."""
    k = i - 1
    while k >= 0 and sentence[k].text == ",":
        k -= 1
    return k > 0 and sentence[k].text.lower() == "что" and any(c < k for c, _, _ in cues_in(ctx, sentence))


FRONTED_WORDS = 8   # words at most in a part of the clause before a source phrase
FRONTED_CLAUSE_WORDS = 12   # ... when that part holds the clause's verb


def _predicate_word(w: Token) -> bool:
    """A finite verb, a participle or a short adjective: a word that makes a clause."""
    f = feats(w)
    return (w.pos in ("VERB", "AUX") and f.get("VerbForm") != "Inf") or (w.pos == "ADJ" and f.get("Variant") == "Short")
NOT_FRONTED = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT"})


def _fronted_part(ctx: Context, sentence: List[Token], comma: int, rest: List[Token]) -> Optional[int]:
    """Where the content starts when a part of its clause stands before the source phrase
    (`Решение, по её словам, принято ...`, `Сроки выхода, как считает X, сдвигать не придется`):
    a noun phrase or an infinitive since the clause's start, with no verb of its own; not a
    connective or an adverbial (`Однако, по его словам, ...`, `В России, по данным ...`) nor a
    relative clause (`который, по данным СМИ, ...`). A part with the clause's verb, adverbial
    and all, when the ``rest`` after the phrase has none before its first comma or subordinate
    clause (`В прошлом году показатель достиг, по словам X, 1,7% ВВП`, `Появились они, по ее
    словам, после того, как ...`)."""
    k = comma
    while k > 0 and sentence[k - 1].text not in (",", ";", ":") and sentence[k - 1].text not in DASHES:
        k -= 1
    words = sentence[k:comma]
    if words and words[0].pos == "NUM" and k >= 2 and sentence[k - 1].text == ":" and sentence[k - 2].pos == "NUM":
        words = words[1:]   # the minutes of a time (`16:05 В Сирии, по данным SANA, ...`): no word of the clause
    while words and words[0].pos == "CCONJ":   # `..., а европейцы, по его словам, ...`
        words = words[1:]
    lead = next((n for n in (3, 2, 1) if len(words) > n and tuple(w.text.lower() for w in words[:n]) in CONNECTIVES), 0)
    words = words[lead:]   # `Между тем большинство побед, по его мнению, ...`: the clause after the connective
    if words and words[0].lemma == "который" and k >= 2 and sentence[k - 1].text == "," and any(map(_predicate_word, words)) \
            and _subject_before_relative(sentence, k - 1, words[0], rest):
        return _fronted_part(ctx, sentence, k - 1, rest)   # `Репортеры, которые работают в горячих точках, по словам
        # премьера, возрождают ...`: a whole relative clause between the subject and the phrase; the verb after it is the subject's
    if not words or ctx.inside_quote(words[0].start) or tuple(w.text.lower() for w in words) in CONNECTIVES \
            or any(w.lemma in RELATIVE_WORDS | {"что"} or w.pos == "SCONJ" for w in words):
        return None
    if any(_predicate_word(w) for w in words):   # the clause's verb before the phrase: its rest after it
        return words[0].start if rest and 2 <= len(words) <= FRONTED_CLAUSE_WORDS and not any(map(_predicate_word, _main_part(rest))) \
            and words[0].pos not in ("CCONJ", "PUNCT") and not any(feats(w).get("Person") == "1" for w in words) else None
    if len(words) > FRONTED_WORDS or words[0].pos in NOT_FRONTED or _a_time(ctx, words):
        return None
    if not any(w.pos in ("NOUN", "PROPN", "PRON", "NUM") or feats(w).get("VerbForm") == "Inf" for w in words):
        return None
    return words[0].start


def _subject_before_relative(sentence: List[Token], comma: int, relative: Token, rest: List[Token]) -> bool:
    """The words before the relative clause's ``comma`` end in a noun in the nominative that the
    relative word agrees with in number, and the rest after the source phrase opens with that
    noun's verb: no nominative word before it, agreeing in number (`Репортеры, которые ..., по
    словам X, возрождают`; not `Проблема в людях, которые ..., по словам X, их становится больше`)."""
    noun = sentence[comma - 1] if comma >= 1 else None
    main = _main_part(rest)
    verb = next((w for w in main if _predicate_word(w)), None)
    if noun is None or verb is None or noun.pos not in ("NOUN", "PROPN") or feats(noun).get("Case") != "Nom" \
            or feats(relative).get("Number") != feats(noun).get("Number"):
        return False
    before = main[:main.index(verb)]
    return not any(feats(w).get("Case") == "Nom" for w in before) and feats(verb).get("Number") in (None, feats(noun).get("Number"))


def _a_time(ctx: Context, words: List[Token]) -> bool:
    """The words are a date or a time (`Но семь лет назад, по словам X, она стала ...`,
    `В 2019 году, по данным X, ...`): an adverbial, no part of the content's clause."""
    return all(any(d.start <= w.start < d.end for d in ctx.dates) for w in words if w.pos != "PUNCT")


def _point_of_view(sentence: List[Token], k: int) -> bool:
    """`точки зрения` at ``k``."""
    return k + 2 < len(sentence) and sentence[k].text.lower() == "точки" and sentence[k + 1].text.lower() == "зрения"


def _main_part(rest: List[Token]) -> List[Token]:
    """The words of a clause's rest up to its first comma or subordinating word: a verb past
    them is another clause's (`Появились они, по ее словам, после того, как строители
    перекрыли крышу`)."""
    end = next((k for k, w in enumerate(rest) if w.text == "," or w.pos == "SCONJ" or w.rel == "mark" or w.lemma in RELATIVE_WORDS),
               len(rest))
    return rest[:end] if end else rest   # (`Дефицит вырос, по словам X, потому что упали цены`: the reason is what was said)


def _ownerless(sentence: List[Token], k: int) -> bool:
    """A verb or a dash right after a source phrase's noun: the phrase names no source; not a
    full participle in the genitive that opens the source's description (`По словам курирующего
    вопросы АПК вице-губернатора Андрея Коробки, ...`)."""
    if k >= len(sentence):
        return False
    f = feats(sentence[k])
    if f.get("VerbForm") == "Part" and f.get("Variant") != "Short" and f.get("Case") == "Gen":
        return False
    return sentence[k].pos in ("VERB", "AUX") or sentence[k].text in DASHES


def _quotation_after_colon(ctx: Context, end: int):
    """The quotation right after a colon at ``end`` (spaces aside), if any."""
    text = ctx.doc.text
    colon = len(text[end:]) - len(text[end:].lstrip()) + end
    return quotation_right_after(ctx, colon + 1) if text[colon:colon + 1] == ":" else None


FOLLOWS_LEMMA = frozenset({FOLLOWS_FROM[0]})


def pattern_follows_from(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Как следует из данных Московской биржи, акции подешевели на 2%` (the rest of the
    clause, or what comes before `, как следует из X`), `Из текста документа следует, что ...`:
    the document or the data after `из` is the source."""
    lemma, preposition, cue_name = FOLLOWS_FROM
    for t in ctx.sentence_tokens_with(FOLLOWS_LEMMA, sentence[0].sentence_id):
        i = t.token_id - sentence[0].token_id
        if ctx.inside_quote(t.start) or not 0 < i < len(sentence) - 2 or feats(t).get("VerbForm") not in ("Fin", None):
            continue   # not a participle of motion (`автобус, следовавший из Кстова`)
        after = sentence[i + 1].text.lower() == preposition
        if after and sentence[i - 1].text.lower() == "как":
            found = _as_follows(ctx, sentence, i)
        elif after and sentence[i - 1].text == ",":
            found = _follows_after(sentence, i)
        else:
            found = _follows_that(ctx, sentence, i, preposition)
        if found:
            source, start, end, cue_start = found
            yield Candidate(*content_span(ctx, start, end), t, cue_name, source, "source_phrase", cue_start)


def _as_follows(ctx: Context, sentence: List[Token], i: int):
    """`Как следует из X, A` or `A, как следует из X`: (source, content start, end, cue start)."""
    stop = _punctuation_after(sentence, i + 2, len(sentence) - 1)
    source = tuple(w for w in sentence[i + 2:stop] if w.pos != "PUNCT")
    if i >= 2 and sentence[i - 2].text == "," and sentence[stop].text == "," and stop + 1 < len(sentence) - 1:
        start, end = sentence[0].start, clause_end(ctx, sentence, stop + 1)   # `A, как следует из X, B`: the sentence
    elif i >= 2 and sentence[i - 2].text == ",":
        start, end = sentence[0].start, sentence[i - 2].start
    elif sentence[stop].text == "," and stop + 1 < len(sentence) - 1:
        start, end = sentence[stop + 1].start, clause_end(ctx, sentence, stop + 1)
    else:
        return None
    return (source, start, end, sentence[i - 1].start) if _names_document(source) and end > start else None


def _follows_after(sentence: List[Token], i: int):
    """`A, следует из данных X`: (source, content start, end, cue start)."""
    stop = _punctuation_after(sentence, i + 2, len(sentence))
    source = tuple(w for w in sentence[i + 2:stop] if w.pos != "PUNCT")
    start, end = sentence[0].start, sentence[i - 1].start
    return (source, start, end, sentence[i].start) if _names_document(source) and end > start else None


def _punctuation_after(sentence: List[Token], first: int, default: int) -> int:
    """Index of the first comma, period, semicolon or colon from ``first`` on (``default`` if none)."""
    return next((k for k in range(first, len(sentence)) if sentence[k].text in ",.;:"), default)


def _names_document(source) -> bool:
    """A noun after `из`, not a pointer back (`Из этого следует`: the author's reasoning)."""
    return bool(source) and source[0].pos not in ("PRON", "DET") and any(w.pos in ("NOUN", "PROPN") for w in source)


def _follows_that(ctx: Context, sentence: List[Token], i: int, preposition: str):
    """`Из X следует, что A`: (source, content start, end, cue start)."""
    if not (i >= 2 and sentence[0].text.lower() == preposition and i + 3 < len(sentence)
            and sentence[i + 1].text == "," and sentence[i + 2].text.lower() == "что"):
        return None
    source = tuple(w for w in sentence[1:i] if w.pos != "PUNCT")
    start, end = sentence[i + 3].start, clause_end(ctx, sentence, i + 3)
    return (source, start, end, sentence[0].start) if _names_document(source) and end > start else None


PERSON_WORDS = ROLE_WORDS - MEDIA_STAFF_NOUNS   # a medium's correspondent relays; the others report


def _person(ctx: Context, source) -> bool:
    """A source that names a person: a name, a personal pronoun, or a word for a person
    (`По словам чиновника, зря в США думают, что ...`: the official says what the US think)."""
    return any(ctx.names_person(w) or w.text.lower() in PERSONAL_PRONOUNS or w.text.lower() in POSSESSIVE_PRONOUNS
               or (w.lemma.lower() in PERSON_WORDS and w.pos == "NOUN") for w in source)


def pattern_particle(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Путин не возражал, дескать, это вопрос "заботы о людях"`: after `, дескать,` (`мол`)
    the rest of the clause is the words of the subject of the verb before the particle."""
    sid = sentence[0].sentence_id
    for t in ctx.sentence_tokens_with(REPORT_PARTICLES, sid):
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


def _after_modifiers(ctx: Context, sentence: List[Token], j: int) -> int:
    """The noun of `по последним данным`, `согласно обновленным данным`: the first word from
    ``j`` that is not an adjective or a participle, past at most a few of them; a name is never
    skipped. ``j`` itself when no noun follows within that reach."""
    for k in range(j, min(j + SOURCE_PHRASE_MODIFIERS + 1, len(sentence) - 1)):
        w = sentence[k]
        if w.token_id in ctx.mention_of or not (w.pos in ("ADJ", "DET") or feats(w).get("VerbForm") == "Part"):
            return k
    return j


def _names_someone(ctx: Context, t: Token) -> bool:
    """A person's or an organisation's name starts at ``t``, or a name in Latin letters the
    tagger left untagged (`Согласно comScore, ...`)."""
    m = ctx.mention_of.get(t.token_id)
    if m is None:
        return latin(t.text[:1]) and t.pos in ("PROPN", "X", "NOUN")
    return m.type in ("PER", "ORG") and m.start == t.start


def _person_in_dative(t: Token) -> bool:
    """`Согласно главному инспектору полиции X, ...`: a person's noun, adjectives before it."""
    f = feats(t)
    return t.pos == "NOUN" and f.get("Animacy") == "Anim" and f.get("Case") == "Dat"


def _opens_sentence(sentence: List[Token], i: int) -> bool:
    """`как` opens the sentence, after a dash, a bracket or an opening conjunction (`А как он
    рассказал, ...`); not `после того, как Петров сообщил` nor `Непонятно, как она сообщила`."""
    before = [w.text.lower() for w in sentence[:i]]
    return all(w in SENTENCE_OPENERS or w in (",", "—", "–", "-", "(", "«") for w in before)


ASIDE_CONJUNCTIONS = frozenset({"однако", "но", "а", "впрочем"})


def _after_conjunction(sentence: List[Token], i: int) -> bool:
    """`как` opens an aside after a conjunction that opens a clause (`A, однако, как он дал
    понять, B`); not `после того, как Петров сообщил`."""
    return i >= 2 and sentence[i - 1].text == "," and sentence[i - 2].text.lower() in ASIDE_CONJUNCTIONS


AS_ASIDE_REACH = 3   # words between an aside's cue and the comma that closes it (`как он пояснил журналистам,`)


def _enclosed_aside(sentence: List[Token], i: int) -> bool:
    """`как` opens an aside set off by commas inside the clause (`Катализатором, как он
    пояснил, послужила ...`): a comma before it, not after the word of a subordinate `как`
    (`после того, как`, `в то время, как`, `так, как`), and a comma after the cue it leads to."""
    if i < 2 or sentence[i - 1].text != "," or sentence[i - 2].text.lower() in SUBORDINATE_AS_WORDS:
        return False
    for k in range(i + 2, min(len(sentence), i + 3 + AS_CUE_SUBJECT_WORDS)):
        w = sentence[k]
        if w.pos == "VERB" and feats(w).get("VerbForm") == "Fin":
            after = sentence[k + 1:k + 2 + AS_ASIDE_REACH]
            comma = next((n for n, t in enumerate(after) if t.text == ","), None)
            return comma is not None and not any(t.pos in ("VERB", "AUX", "SCONJ") for t in after[:comma])
    return False


def _cue_after_fillers(ctx: Context, sentence: List[Token], j: int, subject_allowed: bool = True) -> Optional[Token]:
    """The cue of `как [в свою очередь | ранее] сообщил`, a few filler words after `как`; or
    after its subject, a pronoun or a name (`Как он рассказал корреспонденту, ...`, `Как
    Иван Петров сообщил журналистам, ...`)."""
    subject_words = 0
    for k, t in enumerate(sentence[j:j + 4 + AS_CUE_SUBJECT_WORDS], start=j):
        if cue_lemma(ctx, t) and (not t.text.lower().endswith(("ся", "сь")) or _subject_follows(sentence, k)
                                  or _document_follows(sentence, k)):
            if subject_words and (t.pos != "VERB" or feats(t).get("VerbForm") != "Fin"):
                return None
            return t   # `как сообщается` has no source; `как признается девушка`, `как говорится в пресс-релизе` have
        if subject_allowed and (t.text.lower() in NOMINATIVE_PRONOUNS
                                or ((m := ctx.mention_of.get(t.token_id)) is not None and m.type in ("PER", "ORG")
                                    and feats(t).get("Case") in ("Nom", None))
                                or _role_before_name(ctx, sentence, k)):
            subject_words += 1
            if subject_words > AS_CUE_SUBJECT_WORDS:
                return None
            continue
        if t.text.lower() not in AS_CUE_FILLERS:
            return None
    return None


def _role_before_name(ctx: Context, sentence: List[Token], k: int) -> bool:
    """A person's noun in the nominative right before a person's name (`Как ранее блогер Lost
    Weapons рассказывал EADaily, ...`, `как эксперт Иван Петров заявил`): part of the subject."""
    t = sentence[k]
    m = ctx.mention_of.get(sentence[k + 1].token_id) if k + 1 < len(sentence) else None
    return t.pos == "NOUN" and feats(t).get("Case") == "Nom" and feats(t).get("Animacy") == "Anim" \
        and m is not None and m.type == "PER"


REFLEXIVE_OWN = frozenset({"свой", "собственный"})


def _own_subject(ctx: Context, sentence: List[Token], comma: int) -> Tuple[Token, ...]:
    """The subject of the clause a `по собственным данным` phrase sits in: that of the first
    finite verb after it, followed up through `и` to the verb that has one."""
    verb = next((t for t in sentence[comma + 1:] if t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"), None)
    return subject(ctx, verb) if verb is not None else ()


def _document_follows(sentence: List[Token], k: int) -> bool:
    """`в`/`на` and a document or page right after the word at ``k`` (`говорится в пресс-релизе`)."""
    after = sentence[k + 1:k + 4]
    return bool(after) and after[0].text.lower() in ("в", "во", "на") and any(
        t.lemma in CITED_NOUNS or t.lemma in PAGE_NOUNS for t in after[1:])


def _subject_follows(sentence: List[Token], k: int) -> bool:
    """A nominative noun (its adjectives before it) right after the word at ``k``."""
    for t in sentence[k + 1:k + 4]:
        if t.pos in ("NOUN", "PROPN", "PRON") and feats(t).get("Case") == "Nom":
            return True
        if t.pos not in ("ADJ", "DET"):
            return False
    return False


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})   # where the content happens, not who the source is


def _unmarked_end(ctx: Context, sentence: List[Token], i: int, j: int) -> Optional[int]:
    """The last word of a source phrase that opens its sentence (after a connective or adverbs
    at most) with no comma after it (`По данным Росстата цены выросли`, `Согласно Новому Завету
    Павел ...`): the end of the
    phrase noun's subtree, when a clause with a predicate of its own follows; else None."""
    words = [w for w in sentence[:i] if w.pos != "PUNCT"]
    lead = tuple(w.text.lower() for w in words)
    if lead and lead not in CONNECTIVES and not all(w.pos == "ADV" for w in words):
        return None   # (`При этом по словам X ...`, `В свою очередь по данным ...`, `Сейчас по словам депутата ...`)
    end = j
    while end + 1 < len(sentence):
        closing = _quoted_name_end(sentence, end + 1)
        if closing is not None:   # `По версии «Мостостроя» основная причина ...`: the quoted name is the phrase's
            end = closing
            continue
        if sentence[end + 1].pos == "PUNCT" or not under(ctx, sentence[end + 1], sentence[j].token_id) \
                or sentence[end + 1].text.lower() in PLACE_PREPOSITIONS:   # `по словам депутата | в районе собирают`
            break
        end += 1
    rest = list(itertools.takewhile(lambda w: w.text != ",", sentence[end + 1:]))   # the clause goes on to its comma
    if len(rest) < 3 or rest[0].pos == "PUNCT" or not any(w.rel == "root" or w.token_id == sentence[j].head_id for w in rest):
        return None   # `По оценкам главы Центра им. Гамалеи X, ...`: the parse ends the phrase early
    return end


QUOTED_NAME_TOKENS = 6   # words at most in a quoted name inside a source phrase


def _quoted_name_end(sentence: List[Token], k: int) -> Optional[int]:
    """The index of the » that closes a short «name» opening at ``k``, or None."""
    if sentence[k].text != "«":
        return None
    return next((m for m in range(k + 1, min(len(sentence), k + 2 + QUOTED_NAME_TOKENS)) if sentence[m].text == "»"), None)


def phrase_end(ctx: Context, sentence: List[Token], i: int) -> Optional[Tuple[int, int, int]]:
    """(comma before the content, first source word, end of the source) of the source phrase
    starting at ``i``. A `, который ...,` clause inside it is skipped up to the name it describes
    (`по словам командира ..., который ..., Мамука Мамулашвили, ...` → the name); a clause that
    only describes a cited report ends the source before it (`согласно анализу, который
    сравнил ..., ...`, `согласно данным, учитывающим ..., ...`)."""
    commas = [j for j in range(i, len(sentence)) if sentence[j].text == "," and not _address_comma(sentence, i, j)]
    if not commas:
        return None
    first = commas[0]
    agent = _participle_agent(ctx, sentence, first, commas[1]) if len(commas) > 1 and first - i <= 1 and not any(
        feats(w).get("Animacy") == "Anim" or w.token_id in ctx.mention_of for w in sentence[i:first]) else None
    if agent is not None:   # `Согласно заявлению, сделанному пресс-секретарем армии Эфи Дефрином, ...`
        return commas[1], agent, commas[1]
    if first + 1 < len(sentence) and sentence[first + 1].lemma == "который":
        for a, b in zip(commas[1:], commas[2:]):
            if any(ctx.names_person(t) for t in sentence[a + 1:b]):
                return b, a + 1, b
        if len(commas) > 1:   # `По словам Влада Филата, которого цитирует «Интерфакс», ...`: the clause describes the source
            return commas[1], i, first
    if first > i and first + 1 < len(sentence) and len(commas) > 1 and (
            _describes(sentence[first - 1], sentence[first + 1]) or _occasion(sentence[first + 1])):
        return commas[1], i, first
    if len(commas) > 1 and _apposition(ctx, sentence[i:first], sentence[first + 1:commas[1]]):
        return commas[1], i, commas[1]   # `По словам Джона Миллера, руководителя офиса компании, ...`
    return first, i, first


def _participle_agent(ctx: Context, sentence: List[Token], comma: int, closing: int) -> Optional[int]:
    """Where the agent starts in a participle clause set off after a cited noun (`согласно
    заявлению, сделанному в четверг пресс-секретарем армии X, ...`, `по данным, опубликованным
    Минздравом, ...`): the first instrumental in it that names a person or a body."""
    if comma + 2 >= closing or feats(sentence[comma + 1]).get("VerbForm") != "Part":
        return None
    for k in range(comma + 2, closing):
        t = sentence[k]
        if feats(t).get("Case") == "Ins" and t.pos in ("NOUN", "PROPN") and (
                feats(t).get("Animacy") == "Anim" or t.token_id in ctx.mention_of) \
                and not any(c.rel == "case" for c in ctx.children.get(t.token_id, [])):   # (not `заключенному с Турцией`)
            return k
    return None


def _with_named_apposition(ctx: Context, sentence: List[Token], source: Tuple[Token, ...], end: int) -> Tuple[Token, ...]:
    """`Как уточнил руководитель штаба ..., председатель парламента Магомед Даудов, ...`: the
    apposition after the source's comma, a role or a name that names the person, is part of the
    source."""
    if not source:
        return source
    tail = [w for w in sentence if source[-1].end <= w.start and w.end <= end]
    words = [w for w in tail if w.pos != "PUNCT"]
    if len(tail) < 2 or tail[0].text != "," or not any(ctx.names_person(w) for w in tail) \
            or not (words[0].lemma.lower() in ROLE_WORDS or ctx.names_person(words[0])) \
            or any(w.text.lower() in OWNER_PRONOUNS or w.lemma in RELATIVE_WORDS for w in words):
        return source   # (not `Как рассказала мать погибшего, его друг Иван Петров, ... ничего не знал`)
    return source + tuple(words)


def _with_name_before_comma(ctx: Context, sentence: List[Token], source: Tuple[Token, ...], end: int) -> Tuple[Token, ...]:
    """`Как отметила управляющий делами Сольского сельисполкома Валентина Юргилевич, ...`: a
    source that names no one (or one word the tagger took for a name), where the parse stopped
    short of the full name that closes the phrase before its comma: the phrase runs on to it."""
    named = [ctx.mention_of[w.token_id] for w in source if w.token_id in ctx.mention_of and ctx.mention_of[w.token_id].type == "PER"]
    if not source or any(" " in m.text for m in named):
        return source
    tail = [w for w in sentence if source[-1].end <= w.start and w.end <= end]
    last = ctx.mention_of.get(tail[-1].token_id) if tail else None
    if last is None or last.type != "PER" or " " not in last.text \
            or any(w.pos in ("VERB", "AUX") or w.pos == "PUNCT" and w.text not in "«»\"" for w in tail):
        return source
    return source + tuple(tail)


def _address_comma(sentence: List[Token], i: int, j: int) -> bool:
    """The comma of an address before its house number, a name or a comma after it (`по словам
    жильца дома по улице Героев Революции, 78 Сабира Каджиева, ...`): it ends no source phrase."""
    return j + 2 < len(sentence) and bool(HOUSE_NUMBER.match(sentence[j + 1].text)) \
        and (sentence[j + 2].text[:1].isupper() or sentence[j + 2].text == ",") \
        and any(w.lemma.lower().rstrip(".") in STREET_NOUNS for w in sentence[max(i, j - 5):j])   # (not `на улице Ленина, 25 квартир ...`)


def _apposition(ctx: Context, name: List[Token], words: List[Token]) -> bool:
    """``words`` (between two commas) describe the person ``name`` ends with, in its case: a
    role noun with its genitives, no verb (`Джона Миллера, руководителя московского офиса`);
    or, where ``name`` names no one, they name the person its role noun is (`руководителя
    исследования, ведущего научного сотрудника ... Виктора Дрозденко`)."""
    person = [t for t in name if ctx.names_person(t)]
    if not words or is_clause(words) or any(w.pos in ("VERB", "AUX") or w.text.lower() in ("что", "который") for w in words):
        return False   # not `Как заявил Хинштейн, законопроект уже готов, ...`
    if not person:   # `по мнению спортивного врача, бывшего члена комитета Андрея Никольского, ...`: the name after
        named = [t for t in words if ctx.names_person(t)]
        nouns = [t for t in name if t.pos in ("NOUN", "PROPN")]
        # the person's noun: the last one, or an animate one before its genitive (`руководителя исследования`)
        noun = next((t for t in reversed(nouns) if feats(t).get("Animacy") == "Anim"), None)
        first = next((w for w in words if w.pos in ("NOUN", "PROPN", "ADJ")), None)
        one = next((t for t in name if t.lemma in ONE_OF_WORDS), None)   # `один из пассажиров, 37-летний X`: its case
        cases = {feats(noun).get("Case") if noun is not None else None, feats(one).get("Case") if one is not None else None} - {None}
        role_then_name = first is not None and first.pos == "NOUN" and feats(first).get("Animacy") == "Anim" \
            and first.lemma.lower() not in KIN_NOUNS and bool(named) and named[0].token_id == first.token_id + 1
        # (`ведущего смотра, кинокритика Ивана Кудрявцева`: a person's noun and its name; not `сестры погибшей Анны`)
        if noun is not None and noun is not nouns[-1] and not any(t.rel == "appos" for t in named) and not role_then_name:
            return False   # `адвоката семьи, сестры погибшей Анны Ивановой`: the name is no one's apposition
        if noun is None and role_then_name and name[0].pos == "ADJ":   # `ведущего[ADJ] смотра`: an adjective as a noun
            noun, cases = name[0], {feats(name[0]).get("Case")} - {None}
        return bool(named and noun is not None and first is not None) and feats(first).get("Case") in cases
    first = next((w for w in words if w.pos in ("NOUN", "PROPN")), None)
    case = next((feats(t).get("Case") for t in reversed(person) if feats(t).get("Case")), None)   # not `(John Miller)`'s
    return first is not None and first.pos == "NOUN" and case is not None and _same_case(first, case) \
        and feats(first).get("Animacy") == "Anim" and first.token_id not in ctx.mention_of


def _same_case(noun: Token, case: str) -> bool:
    """The noun is in ``case``, or in the accusative the tagger read for a genitive it looks
    the same as (`Игоря Бухарова, президента[Acc] Федерации ...`: an animate masculine or plural)."""
    f = feats(noun)
    if f.get("Case") == case:
        return True
    same_forms = f.get("Animacy") == "Anim" and (f.get("Gender") == "Masc" or f.get("Number") == "Plur")
    return same_forms and {f.get("Case"), case} == {"Gen", "Acc"}


def _describes(noun: Token, t: Token) -> bool:
    """``t`` opens a clause about ``noun`` (a cited report in an oblique case): `который` or a
    participle in an oblique case (`данным, учитывающим ...`; the tagger often takes a dative
    plural participle for an instrumental singular)."""
    case = feats(noun).get("Case")
    if noun.lemma not in CITED_NOUNS or case in (None, "Nom"):
        return False
    return t.lemma == "который" or (feats(t).get("VerbForm") == "Part" and feats(t).get("Case") not in (None, "Nom"))


def _occasion(t: Token) -> bool:
    """A gerund of speaking or of being somewhere right after the source phrase (`Как сообщил X,
    выступая на форуме, ...`, `..., отвечая на вопрос журналистов, ...`): the occasion, no part of
    what was said."""
    return feats(t).get("VerbForm") == "Conv" and (t.lemma in SPEECH_VERBS or t.lemma in OCCASION_VERBS)


THESE_WORDS = {("такими", "словами"), ("этими", "словами"), ("эти", "слова")}
QUOTE_DASH = re.compile(rf"\s*,?\s*{DASH}\s*")


def pattern_these_words(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`«...», — такими словами министр X прокомментировал решение`, `«...» — эти слова
    министра X встретили с облегчением`: the quotation, and who said it — the genitive after
    `эти слова`, the subject of the verb after `такими словами`."""
    text, lo, hi = ctx.doc.text, sentence[0].start, sentence[-1].end
    for q in ctx.top_quotes_within(lo, hi):
        gap = QUOTE_DASH.match(text, q.end)
        after = [w for w in sentence if w.start >= gap.end()][:2] if gap and gap.end() > q.end else []
        if len(after) < 2 or (after[0].text.lower(), after[1].text.lower()) not in THESE_WORDS:
            continue
        rest = [w for w in sentence if w.start > after[1].start]
        if after[1].text.lower() == "слова":   # whose words: the genitive phrase after them
            source = tuple(_genitive_run(ctx, rest))
            cue, lemma = after[1], "слова"
        else:
            cue = next((w for w in rest if w.pos == "VERB" and feats(w).get("VerbForm") == "Fin"), None)
            if cue is None:
                continue
            source, lemma = source_of(ctx, cue), cue_lemma(ctx, cue) or cue.lemma
        if source and any(w.pos in ("NOUN", "PROPN", "PRON") for w in source):
            yield Candidate(q.start + 1, q.end - 1, cue, lemma, source, "these_words")


POINTING_WORDS = frozenset({"этот", "тот", "такой", "подобный"})
WORDS_LEMMA = frozenset({"слово", "фраза"})
WORDS_FORMS = frozenset({"словами", "фразой", "фразами"})
QUOTED_WORDS_WITHOUT_COLON = 3   # words at least of a quotation right after `фразой` (`фразой «Я унаследовал хаос»`)


def pattern_with_words(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Свое выступление писатель закончил словами: «Спасибо тем, кто читает медленно»`,
    `обратился к залу со словами: «...»`, `охарактеризовал положение страны фразой «Я унаследовал
    хаос»`: the quotation after `словами:` (or right after `фразой`), said by the subject of the
    verb the words belong to."""
    for w in ctx.sentence_tokens_with(WORDS_LEMMA, sentence[0].sentence_id):
        if w.text.lower() not in WORDS_FORMS or ctx.inside_quote(w.start) \
                or any(c.lemma in POINTING_WORDS for c in ctx.children.get(w.token_id, [])):
            continue   # not `согласился с этими словами: «...»`: someone else's words
        head = ctx.tokens[w.head_id] if w.head_id >= 0 else None
        q = _quotation_after_colon(ctx, w.end) or (_long_quotation_right_after(ctx, w.end) if w.lemma == "фраза"
                                                   and head is not None and head.lemma in PHRASE_VERBS else None)
        if q is None or head is None or head.pos != "VERB" or feats(head).get("VerbForm") != "Fin":
            continue
        source = source_of(ctx, head)
        if source and any(t.pos in ("NOUN", "PROPN", "PRON") for t in source):
            yield Candidate(q.start + 1, q.end - 1, head, head.lemma, source, "these_words")


def _long_quotation_right_after(ctx: Context, end: int):
    """A quotation of a few words that opens right after ``end`` (a space between)."""
    q = quotation_right_after(ctx, end)
    return q if q is not None and len(ctx.doc.text[q.start:q.end].split()) >= QUOTED_WORDS_WITHOUT_COLON else None


def _genitive_run(ctx: Context, words: List[Token]) -> List[Token]:
    """The genitive phrase that opens ``words``, a quoted name in it too (`аналитика компании
    «Гарант» Максима Орлова`)."""
    run = []
    for w in words:
        quoted_name = w.text in "«»\"" or (ctx.inside_quote(w.start) and run)
        if not (quoted_name or w.pos in ("NOUN", "PROPN", "ADJ", "DET") and feats(w).get("Case") in ("Gen", None)):
            break
        run.append(w)
    while run and run[-1].text in "«\"":
        run.pop()
    return run


def _before_predicate(ctx: Context, sentence: List[Token], noun: Token, end: int) -> int:
    """Where the `о том, что` clause of a noun ends: at the comma before the verb the noun
    depends on, when that verb comes after it (`Слова X о том, что ..., вызвали волну
    критики`, `Заявление X о том, что ..., встретили с оптимизмом`)."""
    if noun.head_id < 0 or noun.rel not in ("nsubj", "nsubj:pass", "obj", "obl"):
        return end
    verb = ctx.tokens[noun.head_id]
    commas = [w for w in sentence if w.text == "," and noun.start < w.start < verb.start]
    return min(end, commas[-1].start) if verb.start > noun.start and commas else end


def pattern_words_of(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`подтверждала слова главы МВФ о том, что ...`, `Слова Сагдеева из интервью: «...»`,
    `Заявление министра X о том, что ..., встретили ...`: a noun of what was said (`слова`,
    ``STATEMENT_NOUNS``) with whose words they are (a genitive phrase) and what they say."""
    sid = sentence[0].sentence_id
    for t in ctx.sentence_tokens_with(STATEMENT_NOUNS | COLON_NOUNS, sid):
        i = t.token_id - sentence[0].token_id
        words_noun = t.lemma == "слово"
        if (words_noun and t.text.lower() != "слова") or ctx.inside_quote(t.start) or (i and sentence[i - 1].text.lower() == "по"):
            continue
        source = tuple(_genitive_run(ctx, sentence[i + 1:]))
        j = i + 1 + len(source)
        if not source or not any(w.pos in ("NOUN", "PROPN") for w in source):
            continue
        words = [w.text.lower() for w in sentence[j:j + 4]]
        lemma = "слова" if words_noun else t.lemma
        if words[:3] == ["о", "том", ","] and j + 4 < len(sentence) and words[3] == "что" and t.lemma in STATEMENT_NOUNS:
            first = j + 4
            end = _before_predicate(ctx, sentence, t, clause_end(ctx, sentence, first))
            yield Candidate(*content_span(ctx, sentence[first].start, end), t, lemma, source, "words_of")
            continue
        if t.lemma not in COLON_NOUNS:
            continue   # `заявление X о том, что ...` only; `Слова X: «...»`, `комментарий X: «...»` below
        colon = next((k for k in range(j, min(j + 4, len(sentence))) if sentence[k].text == ":"), None)
        if colon is not None:
            q = ctx.top_quote_starting_from(sentence[colon].end)
            if q and not ctx.doc.text[sentence[colon].end:q.start].strip():
                yield Candidate(q.start + 1, q.end - 1, t, lemma, source, "words_of")
