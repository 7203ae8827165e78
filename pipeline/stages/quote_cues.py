"""Speech cues and the clauses they report: which token is a cue (and its lemma), where a
reported clause ends, and the candidate statement every quote pattern yields."""
import re
from dataclasses import dataclass
from operator import attrgetter
from typing import List, Optional, Sequence, Tuple

from pipeline.lexicons.cues import (ABOUT_THIS, MANNER_OF_SPEAKING, ADVICE_CUES, NAMING_WITH_OBJECT, COORDINATING, VIEW_OBJECTS, PREDICATE_FILLERS, REPLY_AFTER_WHAT, SUBORDINATORS, RELATIVE_PRONOUNS, COMMENT_REACH, CONCLUSION_CUES, DASHES,
                                    DECLINING_VERBS, DECLINING_WITH_NOT, EVIDENCE_CUES, EVIDENCE_NOUNS, FINDING_NOUNS,
                                    FINITE_ONLY_CUES, GIVING_CUES, HOLDING_CUES, INFORMATION_NOUNS, JUDGING_CUES, MANNER_CUES,
                                    MENTAL_CUES, NEGATED_CUES, NEGATED_THAT_ONLY, DEMANDING_VERBS, MANNER_NOUNS, NOT_ADVERBS, OBJECT_PRONOUNS, OF_SOMETHING_PHRASES, PHASE_VERBS,
                                    PHRASE_CUES, POSSIBILITY_WORDS, PREDICATIVE_CUES, PREDICATIVE_WORDS, PRESENTING_CUES, PUBLISHED_TEXTS,
                                    POINTING_BACK, POINTING_BACK_CUES, POINTING_DETERMINERS, PUBLISHING_CUES, SPEECH_SOURCE_PHRASES, SPEECH_VERBS, STATUS_REFLEXIVE_CUES, STATUS_WORDS_REACH, TESTIMONY_CUES, TESTIMONY_PLACES,
                                    POINTED_STATEMENT_NOUNS, THAT_ONLY_CUES, TOPIC_WORDS, VIEW_NOUNS, VIEW_REACH, WORDS_OF_CUES)
from pipeline.lexicons.organizations import ORG_HEADS
from pipeline.lexicons.sources import COLLECTIVE_NOUNS, OWNER_PRONOUNS
from pipeline.models import morph_analyzer
from pipeline.records import Token
from pipeline.stages.quote_context import CLOSING_MARKS, OPENING_MARKS, Context, feats, inside_word, trim
from pipeline.stages.sources import WORDS_REACH, phrase_noun_at, subject



@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    cue: Token
    cue_lemma: str
    source: Tuple[Token, ...]
    pattern: str
    cue_start: Optional[int] = None   # where a phrase cue (`по его словам`, `как сообщил`) begins


PHRASE_ONLY_LEMMAS = frozenset(words[0] for words in CONCLUSION_CUES) | HOLDING_CUES   # cues only in their phrase
CUE_LEMMAS = frozenset(SPEECH_VERBS) | frozenset(NEGATED_CUES) | frozenset(PREDICATIVE_CUES) | EVIDENCE_CUES \
    | frozenset(first for first, _ in PHRASE_CUES) | PHRASE_ONLY_LEMMAS | frozenset(GIVING_CUES) | PRESENTING_CUES
# (a token with another lemma is never a cue)


ANY_CUE_LEMMAS = CUE_LEMMAS | MANNER_CUES
TOKEN_ID = attrgetter("token_id")


def is_negated(ctx: Context, cue: Token) -> bool:
    prev = ctx.tokens[cue.token_id - 1] if cue.token_id > 0 else None
    return bool(prev and prev.text.lower() == "не")


QUOTED_NAME_REACH = 5   # words of a name in quotation marks after the noun it names (`радиостанции «Говорит Москва»`)


def _opens_quoted_name(ctx: Context, t: Token) -> bool:
    """A capitalised word right after an opening mark that follows a noun, closed within a few
    words: the first word of a name (`радиостанции «Говорит Москва»`, `программы «Скажи правду»`)."""
    if t.token_id < 2 or not t.text[:1].isupper() or ctx.tokens[t.token_id - 1].text not in OPENING_MARKS:
        return False
    if ctx.tokens[t.token_id - 2].pos != "NOUN":
        return False
    after = ctx.tokens[t.token_id + 1:t.token_id + 1 + QUOTED_NAME_REACH]
    return any(w.text in CLOSING_MARKS for w in after)


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
    if t.token_id > 0 and ctx.tokens[t.token_id - 1].text.lower() == "ни":   # `что бы ни писали в соцсетях`: a concession
        return None
    if t.text.lower() == "говоря" and t.token_id > 0 and ctx.tokens[t.token_id - 1].text.lower() in MANNER_OF_SPEAKING:
        return None   # `Вообще говоря, ...`, `честно говоря`: an aside of the speaker's, no cue
    if t.lemma in PUBLISHING_CUES and any(c.rel == "obj" and c.lemma not in PUBLISHED_TEXTS
                                          for c in ctx.children.get(t.token_id, [])):
        return None   # `видео, которое опубликовал канал`: a thing published, no words
    if t.lemma in PHASE_VERBS and any(feats(c).get("VerbForm") == "Inf" and c.rel in ("xcomp", "ccomp", "obj")
                                      for c in ctx.children.get(t.token_id, [])):
        return None   # `продолжают спорить о ...`: a phase of another verb, not `— продолжил он`
    if _opens_quoted_name(ctx, t):   # `в эфире радиостанции «Говорит Москва» заявил`: a name's word
        return None
    if _status_given(ctx, t) or _first_person_aside(ctx, t):
        return None
    if _infinitive_apart(ctx, t):
        return None
    if (second := _phrase_second(ctx, t)) is not None:
        phrase = PHRASE_CUES[(t.lemma, second.lemma)]
        after = ctx.tokens[second.token_id + 1:second.token_id + 3]
        if phrase in OF_SOMETHING_PHRASES and any(feats(w).get("Case") == "Gen" or w.pos == "NUM" for w in after):
            return None   # `подвели итоги работы портов`, `подвел итоги 2024 года`: a summary of something, no words
        if phrase in FINITE_ONLY_CUES and feats(t).get("VerbForm") != "Fin":
            return None   # `..., ограничившись комментарием министра`: how, not what, was said
        return phrase
    if t.lemma in GIVING_CUES and t.pos == "VERB" and not is_negated(ctx, t):
        nouns, verb = GIVING_CUES[t.lemma]
        noun = next((w for w in ctx.tokens[t.token_id + 1:t.token_id + 2 + COMMENT_REACH] if w.lemma in nouns), None)
        if noun is not None and _clause_follows(ctx, noun):
            return f"{verb} {noun.lemma}"
    if t.lemma in PHRASE_ONLY_LEMMAS:
        if is_negated(ctx, t) or feats(t).get("VerbForm") == "Inf":
            return None   # `не пришли к выводу, что`, `рано делать вывод, что`
        return _conclusion(ctx, t) or _holding(ctx, t)
    if (t.lemma, "слово") in WORDS_OF_CUES:   # `приводит газета X слова директора Y`: past the medium
        for w in ctx.tokens[t.token_id + 1:t.token_id + 1 + WORDS_REACH]:
            if (t.lemma, w.lemma) in WORDS_OF_CUES and (w.lemma != "слово" or w.text.lower() == "слова") \
                    and feats(w).get("Case") not in ("Ins", "Dat", "Loc"):
                return WORDS_OF_CUES[(t.lemma, w.lemma)]   # (not `передал слово министру`: the floor)
            if (w.pos == "PUNCT" and w.text not in "«»\"" and not inside_word(ctx.doc.text, w)) \
                    or (w.pos == "ADP" and w.text.lower() in ("к", "ко")):   # (`— приводит Клопс.ru слова X`: a domain's dot goes on)
                break   # (`Это привело к остановке поезда сообщением Тихвин — Бабаево`: led to, a train's route)
    if t.lemma in THAT_ONLY_CUES and [w.text.lower() for w in ctx.tokens[t.token_id + 1:t.token_id + 3]] != [",", "что"]:
        return None
    if t.pos in ("VERB", "AUX") and t.lemma in SPEECH_VERBS and not is_negated(ctx, t) \
            and not (t.lemma in ADVICE_CUES and feats(t).get("VerbForm") == "Part") \
            and feats(t).get("Mood") != "Imp":   # `ему предложен «вариант»`; `— Расскажите про график работы.`: a request
        return t.lemma
    if t.pos in ("ADJ", "NOUN", "PROPN") and t.lemma in SPEECH_VERBS and _finite_verb(t) and _clause_follows(ctx, t) \
            and not is_negated(ctx, t):
        return t.lemma   # the tagger called a listed verb another word (`Захарова подытожила[ADJ], что`)
    if t.pos == "VERB" and t.lemma in NEGATED_CUES and is_negated(ctx, t) and feats(t).get("Voice") != "Pass" \
            and (t.lemma not in NEGATED_THAT_ONLY or _clause_follows(ctx, t, POSSIBILITY_WORDS)):   # (`не исключено, что`: nobody's)
        return "не " + t.lemma
    if t.pos == "ADJ" and t.lemma in PREDICATIVE_CUES and "Case" not in feats(t):   # `уверен`, not `уверенной победе`
        return t.lemma
    if t.pos == "VERB" and t.lemma in TESTIMONY_CUES and _clause_follows_past_places(ctx, t) and any(
            c.rel in ("obl", "iobj") and c.lemma in TESTIMONY_PLACES for c in ctx.children.get(t.token_id, [])):
        return t.lemma   # `показал в суде, что ...`: a testimony
    if t.pos == "VERB" and t.lemma in PRESENTING_CUES and not is_negated(ctx, t) and any(
            c.rel == "obj" and c.lemma in INFORMATION_NOUNS and _about_that_after(ctx, c) for c in ctx.children.get(t.token_id, [])):
        return t.lemma   # `Информацию о том, что ..., обнародовал X`
    if t.pos == "VERB" and t.lemma in EVIDENCE_CUES and _clause_follows(ctx, t) and _subject_among(ctx, t, EVIDENCE_NOUNS):
        return t.lemma
    return None


def _about_that_after(ctx: Context, noun: Token) -> bool:
    """`информацию о том, что`: the noun's topic is a clause."""
    return [w.text.lower() for w in ctx.tokens[noun.token_id + 1:noun.token_id + 5]] == ["о", "том", ",", "что"]


def _clause_follows_past_places(ctx: Context, t: Token) -> bool:
    """`показал в суде, что ...`: a clause after the verb, past the words of its place."""
    k = t.token_id + 1
    while k < len(ctx.tokens) and k - t.token_id <= 4 and ctx.tokens[k].text != "," and ctx.tokens[k].sentence_id == t.sentence_id:
        k += 1
    return k + 1 < len(ctx.tokens) and ctx.tokens[k].text == "," and ctx.tokens[k + 1].text.lower() == "что"


def _holding(ctx: Context, t: Token) -> Optional[str]:
    """`Иного мнения придерживается X: «...»`, `придерживается мнения, что`: the verb with a
    noun of a view beside it in its sentence and a colon or a `что` clause after it."""
    sentence = ctx.by_sentence[t.sentence_id]
    near = [w for w in sentence if abs(w.token_id - t.token_id) <= VIEW_REACH]
    rest = [w.text.lower() for w in sentence if w.token_id > t.token_id]
    clause = ":" in rest or any(rest[k:k + 2] == [",", "что"] for k in range(len(rest)))
    return "придерживаться мнения" if t.lemma in HOLDING_CUES and t.pos == "VERB" and clause \
        and any(w.lemma in VIEW_NOUNS for w in near) else None


def _conclusion(ctx: Context, t: Token) -> Optional[str]:
    """`пришли к выводу, что ...`: a phrase of CONCLUSION_CUES right before its clause, or
    after the content it closes (`Цены растут, делает вывод X`)."""
    for words, lemma in CONCLUSION_CUES.items():
        phrase = ctx.tokens[t.token_id:t.token_id + len(words)]
        if tuple(w.lemma for w in phrase) == words and (_clause_follows(ctx, phrase[-1]) or _closes_content(ctx, t, phrase[-1])):
            return lemma
    return None


CLOSED_CLAUSE_REACH = 40   # words before a content-closing phrase searched for the content's predicate


def _closes_content(ctx: Context, first: Token, last: Token) -> bool:
    """A phrase right after a comma or a dash, with its subject right after it, closing a clause
    or a quotation (`Цены растут, делает вывод Порывай`; not `сделал вывод о ...`, a topic, nor
    `Судя по опросам, делает вывод X: ...`, an opening phrase)."""
    before = ctx.tokens[first.token_id - 1] if first.token_id > 0 else None
    after = ctx.tokens[last.token_id + 1] if last.token_id + 1 < len(ctx.tokens) else None
    clause = [w for w in ctx.tokens[max(0, first.token_id - 1 - CLOSED_CLAUSE_REACH):max(0, first.token_id - 1)]
              if w.sentence_id == first.sentence_id]
    return before is not None and (before.text == "," or before.text in DASHES) and feats(first).get("VerbForm") == "Fin" \
        and (is_clause(clause) or any(ctx.inside_quote(w.start) for w in clause)) \
        and after is not None and after.sentence_id == first.sentence_id and after.pos in ("NOUN", "PROPN", "PRON") \
        and feats(after).get("Case") in ("Nom", None)


def _clause_follows(ctx: Context, t: Token, objects: frozenset = frozenset()) -> bool:
    """`показало, что ...`, `гласит: «...»`, `свидетельствует о том, что`; with ``objects``,
    also after one of them (`не исключил возможности того, что`)."""
    words = [w.text.lower() for w in ctx.tokens[t.token_id + 1:t.token_id + 6]]
    if words[:1] and words[0] in objects:
        words = words[2:] if words[1:2] == ["того"] else words[1:]
    return words[:2] == [",", "что"] or words[:1] == [":"] or words[:4] in (["о", "том", ",", "что"], ["в", "том", ",", "что"])


def cue_after_quote(ctx: Context, t: Token) -> Optional[str]:
    """A cue right after a quotation may also be a verb of manner (`‑ улыбается он`)."""
    lemma = cue_lemma(ctx, t)
    if lemma is None and t.pos == "VERB" and t.lemma in MANNER_CUES and feats(t).get("VerbForm") == "Fin":
        return t.lemma
    if lemma is None and t.pos != "VERB" and t.lemma in ANY_CUE_LEMMAS and _finite_verb(t):
        return t.lemma   # the tagger called a listed verb a noun (`— невесело шутит[NOUN] директор`)
    if lemma is None and _author_verb(ctx, t):   # `— Мы получили вакцину, — обрадовался министр`
        return t.lemma
    return lemma


ADVERBS_BEFORE_CUE = 2   # `— тихо сказал он`, `— позже честно признался X`: adverbs of manner or time


def _adverb(t: Token) -> bool:
    word = t.text.lower()
    return (t.pos == "ADV" or (t.pos == "PART" and word not in NOT_ADVERBS) or word in MANNER_NOUNS) and word not in TOPIC_WORDS


def cue_lead(ctx: Context, t: Token) -> Token:
    """Where the cue's phrase starts: at the adverbs right before it (`«...», — тихо сказал
    он`), else at the cue itself. Question words are no such adverbs (`— как сказал он`)."""
    lead = t
    for _ in range(ADVERBS_BEFORE_CUE):
        prev = ctx.tokens[lead.token_id - 1] if lead.token_id > 0 else None
        if prev is not None and prev.sentence_id == t.sentence_id and _manner_phrase(ctx, prev.token_id - 1):
            lead = ctx.tokens[prev.token_id - 1]   # `«Есть!» — с готовностью ответил он`
            continue
        if prev is None or not _adverb(prev) or prev.sentence_id != t.sentence_id:
            break
        lead = prev
    return lead


def _manner_phrase(ctx: Context, i: int) -> bool:
    """`с готовностью`, `с улыбкой`: `с` and a noun in the instrumental, a manner like an adverb."""
    if i < 0 or i + 1 >= len(ctx.tokens):
        return False
    prep, noun = ctx.tokens[i], ctx.tokens[i + 1]
    return prep.text.lower() in ("с", "со") and noun.pos == "NOUN" and feats(noun).get("Case") == "Ins" \
        and prep.sentence_id == noun.sentence_id


def cue_from(ctx: Context, first: Token) -> Optional[Tuple[Token, str]]:
    """The cue after a quotation's dash whose first word is ``first``, past adverbs
    (`— тихо сказал он`): the cue token and its lemma, or None."""
    t = _past_adverbs(ctx, first)
    lemma = cue_after_quote(ctx, t)
    return (t, lemma) if lemma else None


def _status_given(ctx: Context, t: Token) -> bool:
    """`сделка признается недействительной`, `признается судом лучшим`: the reflexive passive with
    an instrumental adjective or noun after it gives a status; nobody speaks."""
    if t.lemma not in STATUS_REFLEXIVE_CUES:
        return False
    for w in ctx.tokens[t.token_id + 1:t.token_id + 2 + STATUS_WORDS_REACH]:
        if w.pos in ("PUNCT", "ADP"):
            return False   # (`признается с улыбкой, что ...`, `признается перед камерой`: a confession)
        if w.pos in ("ADJ", "NOUN") and feats(w).get("Case") == "Ins":
            return True
    return False


def _first_person_aside(ctx: Context, t: Token) -> bool:
    """`что, скажем, начнется отторжение`, `это, повторю, не так`: the writer's or speaker's own
    first-person verb alone between commas is an aside, not a report."""
    i = t.token_id
    return feats(t).get("Person") == "1" and 0 < i < len(ctx.tokens) - 1 \
        and ctx.tokens[i - 1].text == "," and ctx.tokens[i + 1].text == ","


def _infinitive_apart(ctx: Context, t: Token) -> bool:
    """An infinitive the parse hangs on a verb before a comma (`Магнус проиграл мне встречу,
    после этого говорить, что он должен был выиграть ...`): saying in general, nobody's report
    (`поспешил заявить, что` has its verb right before it)."""
    if feats(t).get("VerbForm") != "Inf" or not 0 <= t.head_id < t.token_id or ctx.tokens[t.token_id - 1].text == ",":
        return False   # (an aside closed right before it: `не побоялся, несмотря на давление, заявить, что`)
    return any(w.text == "," for w in ctx.tokens[t.head_id + 1:t.token_id])


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
        for t in _verbs_after_quotations(ctx):
            cues = ctx.sentence_cues.setdefault((t.sentence_id, True), [])
            if all(c[1].token_id != t.token_id for c in cues):
                cues.append((t.token_id - ctx.by_sentence[t.sentence_id][0].token_id, t, t.lemma))
                cues.sort(key=lambda c: c[0])
        ctx.sentence_cues[None] = []   # worked out (an article may have no cue at all)
    return ctx.sentence_cues.get((sentence[0].sentence_id, after_quote), [])


def _verbs_after_quotations(ctx: Context) -> List[Token]:
    """The author's verbs after a dash: `«...», — насмехался Обама` (after a quotation of a
    few words or more), `«A, — обратилась она. — B»` (inside one), `— A, — обрадовался
    министр.` (on a dialogue line)."""
    found = []
    for dash in (t for t in ctx.tokens if t.text in DASHES and t.token_id + 1 < len(ctx.tokens)):
        verb = _past_adverbs(ctx, ctx.tokens[dash.token_id + 1])
        if (ctx.inside_quote(dash.start) or _dialogue_line(ctx, dash) or _after_quotation(ctx, dash)) \
                and (_author_verb(ctx, verb) or _after_quotation(ctx, dash) and _misspelt_verb(ctx, verb)):
            found.append(verb)
    return found


MISSPELT_LETTERS = 4   # letters at least of a word no dictionary knows that stands where a cue does


def _misspelt_verb(ctx: Context, t: Token) -> bool:
    """A lower-case word the dictionary does not know right after a quotation's `, —`, with a
    person's name right after it (`"...", - сказад Джойс`): a cue with a typo, in the one place
    where nothing else stands."""
    nxt = ctx.tokens[t.token_id + 1] if t.token_id + 1 < len(ctx.tokens) else None
    m = ctx.mention_of.get(nxt.token_id) if nxt is not None else None
    return re.fullmatch(r"[а-яё]+", t.text) is not None and len(t.text) >= MISSPELT_LETTERS \
        and m is not None and m.type == "PER" and m.start == nxt.start \
        and not morph_analyzer().word_is_known(t.text)


QUOTED_WORDS = 3   # `«Спартак», — победил ЦСКА`: a quoted name is no quotation


def _past_adverbs(ctx: Context, first: Token) -> Token:
    """The word after the adverbs (at most ADVERBS_BEFORE_CUE) that ``first`` opens, in its sentence."""
    t = first
    for _ in range(ADVERBS_BEFORE_CUE):
        if _manner_phrase(ctx, t.token_id) and t.token_id + 2 < len(ctx.tokens) \
                and ctx.tokens[t.token_id + 2].sentence_id == first.sentence_id:
            t = ctx.tokens[t.token_id + 2]
            continue
        nxt = ctx.tokens[t.token_id + 1] if t.token_id + 1 < len(ctx.tokens) else None
        if not _adverb(t) or nxt is None or nxt.sentence_id != first.sentence_id:
            break
        t = nxt
    return t


def _after_quotation(ctx: Context, dash: Token) -> bool:
    q = ctx.top_quote_ending_by(dash.start)
    if q is None:
        return False
    text = ctx.doc.text
    between = text[q.end:dash.start].strip()   # `«...», —`, or `«...!» —` with its mark inside
    return (between in (",", "!", "?", "…") or (between == "" and text[q.end - 2:q.end - 1] in "!?…")) \
        and len(text[q.start:q.end].split()) >= QUOTED_WORDS


def _dialogue_line(ctx: Context, dash: Token) -> bool:
    line = ctx.line_start(dash.start)
    return ctx.doc.text[line:line + 3].lstrip()[:1] in DASHES and line < dash.start - 3


def _author_verb(ctx: Context, t: Token) -> bool:
    """A finite verb right after `, —` (or `!`, `?`; adverbs may stand between) with its
    subject right after it (past an object pronoun: `— поправил его Петров`), not a listed
    cue (a verb that is a cue only in its phrase may be: `— сделал он вывод`): the author's
    words about speech."""
    i, lead = t.token_id, cue_lead(ctx, t).token_id
    if lead < 2 or i + 1 >= len(ctx.tokens) or ctx.tokens[lead - 1].text not in DASHES \
            or ctx.tokens[lead - 2].text not in ",!?…»\"":
        return False
    after = ctx.tokens[i + 1]
    if after.text.lower() in OBJECT_PRONOUNS and i + 2 < len(ctx.tokens):
        after = ctx.tokens[i + 2]
    return _finite_verb(t) and after.pos in ("NOUN", "PROPN", "PRON") and feats(after).get("Case") == "Nom" \
        and _same_number(t, after) and (t.lemma not in ANY_CUE_LEMMAS or t.lemma in PHRASE_ONLY_LEMMAS)

INFINITIVE_ENDINGS = ("ть", "ться", "чь", "чься", "ти", "тись")
FINITE_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ит", "ется", "ится", "ут", "ют", "ат", "ят")


def _finite_verb(t: Token) -> bool:
    """A finite active verb; the tagger may call a rare one a noun (`насмехался` NOUN), its
    lemma and ending tell."""
    f = feats(t)
    if t.pos == "VERB":
        return f.get("VerbForm") == "Fin" and f.get("Mood") == "Ind" and f.get("Voice") != "Pass"
    word = t.text.lower()
    return t.lemma.endswith(INFINITIVE_ENDINGS) and word != t.lemma and word.endswith(FINITE_ENDINGS)


def _same_number(verb: Token, noun: Token) -> bool:
    number = feats(verb).get("Number")
    return number is None or feats(noun).get("Number") in (None, number)


def _phrase_second(ctx: Context, t: Token) -> Optional[Token]:
    """The second word of a two-word verb cue starting at ``t``: right after it (`дать
    понять`), or past one adjective (`вынес суровый вердикт`, `подвел мрачный итог`)."""
    after = ctx.tokens[t.token_id + 1:t.token_id + 3]
    k = phrase_noun_at(t.lemma, after)
    return None if k is None else after[k]


def cue_end_token(ctx: Context, t: Token, lemma: str) -> Token:
    """The last word of a two-word verb cue (`дать понять`, `подвел мрачный итог`)."""
    return (_phrase_second(ctx, t) or t) if lemma in PHRASE_CUES.values() else t


def in_relative_clause(sentence: List[Token], i: int) -> bool:
    """The cue's clause opens with `который` (after the last comma before the cue): a
    relative clause, which ends at the next comma."""
    before = sentence[:i]
    start = max((k for k, w in enumerate(before) if w.text == ","), default=-1) + 1
    return any(w.lemma == "который" for w in before[start:])


# ---------------------------------------------------------------- reported clauses

OWN_SOURCE_AFTER = re.compile(r"\s*(?:по|согласно)\s+(?:\w+\s+)?(?:словам|мнению|данным|информации|оценке|оценкам|сведениям"
                              r"|версии|признанию|утверждению|сообщению|прогнозу|подсчетам)\b", re.I)


def clause_end(ctx: Context, sentence: List[Token], first: int, through_colon: bool = False) -> int:
    """Where a reported clause that starts at token index ``first`` of the sentence ends. A
    colon ends it before a quotation or a source phrase of its own (`отметил, что A: «B»`,
    `...: по ее словам, B`), and before a clause unless ``through_colon``: after a cue of
    speech (`заявил, что рост замедлится: спрос падает`, `по словам X, A: B`; 23 of 25 such
    statements in the tune gold) the clause after the colon explains the reported one, where
    after data (`по данным X, A: B`, the seeds) it is the author's."""
    end = sentence[-1].end
    text = ctx.doc.text
    for i in range(first, len(sentence) - 1):
        t = sentence[i]
        if ctx.inside_quote(t.start):
            continue
        if t.text == "," and starts_new_predicate(ctx, sentence, i + 1) and not _subject_apposition(sentence, first, i):
            return t.start
        if t.text == "," and _quoted_clause_then_predicate(sentence, first, i):
            return t.start   # `признал, что «такие проблемы ... 30 лет», назвал износ «немыслимым»`: the subject's next predicate
        if (t.text == "," or t.text in DASHES) and [w.text.lower() for w in sentence[i + 1:i + 3]] == ["об", "этом"]:
            return t.start   # `заявил, что цены вырастут, об этом сообщает ТАСС` (or `— об этом ...`): who relays it
        if t.text == "," and [w.text.lower() for w in sentence[i + 1:i + 3]] == ["на", "что"] \
                and any(w.lemma in REPLY_AFTER_WHAT for w in sentence[i + 3:i + 3 + REPLY_REACH]):
            return t.start   # `заявил, что A, на что X ответил, что B`: another's reply (not `не понимает, на что жить`)
        if t.text == "," and i + 2 < len(sentence) and sentence[i + 1].text in DASHES and cue_from(ctx, sentence[i + 2]):
            return t.start   # `— Мама сказала, что это моё решение, — говорит девушка`: the dialogue line's own cue
        if t.text.lower() in COORDINATING and i > first and _next_reporting_predicate(ctx, sentence, first, i):
            return sentence[i - 1].start if sentence[i - 1].text == "," else t.start
        if t.text == ":" and not text[t.end:t.end + 1].isdigit() and not quoted_list(text, t.end) and (   # not `после 20:00`
                text[t.end:t.end + 3].lstrip()[:1] in OPENING_MARKS or OWN_SOURCE_AFTER.match(text, t.end)
                or (not through_colon and is_clause(_until_comma(sentence[i + 1:])))):
            return t.start
    return end


REPLY_REACH = 6   # words from `, на что` to the reply's cue
PREPOSITIONAL_REACH = 5   # words of a prepositional phrase between a conjunction and the speaker's next cue


def _past_prepositional_phrase(sentence: List[Token], k: int) -> int:
    """Where the verb stands after a prepositional phrase opening at ``k`` (`на вопрос о
    причинах указал`, `в ответ на это добавил`): a preposition and a few words, none of them
    a comma or a possible subject (a nominative), up to a finite verb; else ``k``."""
    if k >= len(sentence) or sentence[k].pos != "ADP":
        return k
    for j in range(k + 1, min(len(sentence), k + 1 + PREPOSITIONAL_REACH)):
        w = sentence[j]
        if w.pos == "VERB" and feats(w).get("VerbForm") == "Fin":
            return j
        if w.pos == "PUNCT" or feats(w).get("Case") == "Nom" or w.pos == "VERB":
            return k
    return k


def _next_reporting_predicate(ctx: Context, sentence: List[Token], first: int, conjunction: int) -> bool:
    """`заявил, что A, а потом внезапно призналась, что B`, `напомнил, что A и заверил, что B`,
    `заявил, что A и подтвердил планы ...`: after a conjunction (a few adverbs aside), a finite
    cue with no subject of its own whose `что` clause, colon or object follows, agreeing with the reporting cue in number, gender and tense:
    the speaker's next statement, the first clause is over (33 of 33 in the gold); not where a
    person in the clause could be its subject (`что сосед пришел и сказал, что ...`), nor inside
    a subordinate clause (`что если суд ... и признает, что`)."""
    k = conjunction + 1
    while k < len(sentence) and sentence[k].text.lower() in PREDICATE_FILLERS:
        k += 1
    past = _past_prepositional_phrase(sentence, k)   # `, но на вопрос о причинах указал, что ...`
    if past != k and any(_could_be_subject(w, sentence[past]) for w in sentence[first:conjunction]):
        return False   # (`что суд принял иск, но в решении указал, что ...`: the clause's own subject may be its)
    k = past
    reporting = next((w for w in reversed(sentence[:first]) if w.pos == "VERB" and feats(w).get("VerbForm") == "Fin"), None)
    if k >= len(sentence) or reporting is None:
        return False
    verb = sentence[k]
    demand = verb.lemma in DEMANDING_VERBS and _infinitive_follows(ctx, verb)   # `и требует перевести ее в другую колонию`
    if verb.pos != "VERB" or feats(verb).get("VerbForm") != "Fin" or ctx.inside_quote(verb.start) \
            or not demand and (cue_lemma(ctx, verb) is None or not (_clause_follows(ctx, verb, VIEW_OBJECTS) or _object_follows(ctx, verb))) \
            or any(feats(verb).get(f) != feats(reporting).get(f) for f in ("Number", "Gender", "Tense")):
        return False
    clause = sentence[first:conjunction]
    return not any(w.text.lower() in SUBORDINATORS or _could_be_subject(w, verb)
                   and (demand or w.pos in ("PRON", "PROPN") or feats(w).get("Animacy") == "Anim") for w in clause)
    # (a demand may be the clause's own subject's, a body too: `отрасль готова ..., однако просит продлить`)


def _infinitive_follows(ctx: Context, verb: Token) -> bool:
    """An infinitive right after the verb, past an object pronoun (`требует перевести`,
    `попросил его уйти`): a demand of the speaker's."""
    after = [t for t in ctx.tokens[verb.token_id + 1:verb.token_id + 3] if t.sentence_id == verb.sentence_id]
    after = after[1:] if after and after[0].text.lower() in OBJECT_PRONOUNS else after
    return bool(after) and after[0].pos == "VERB" and feats(after[0]).get("VerbForm") == "Inf"


def _object_follows(ctx: Context, verb: Token) -> bool:
    """A noun in the accusative right after the verb (`и подтвердил планы действовать`), after a
    naming cue past its adjectives (`назвал международный комитет`; not `и передала новые
    документы`, which the clause's own subject may have done): the speaker's next act of
    saying something, as a clause after it would be."""
    k = verb.token_id + 1
    while verb.lemma in NAMING_WITH_OBJECT and k < len(ctx.tokens) and ctx.tokens[k].pos in ("ADJ", "DET") \
            and feats(ctx.tokens[k]).get("Case") == "Acc":
        k += 1
    nxt = ctx.tokens[k] if k < len(ctx.tokens) else None
    return nxt is not None and nxt.sentence_id == verb.sentence_id and nxt.pos == "NOUN" and feats(nxt).get("Case") == "Acc"


def _quoted_clause_then_predicate(sentence: List[Token], first: int, comma: int) -> bool:
    """A reported clause wholly in quotation marks (`что «...»`), closed right before the comma,
    and a finite verb in the past right after it: the main clause's next predicate."""
    return comma + 1 < len(sentence) and comma - 1 > first and sentence[first].text in OPENING_MARKS \
        and sentence[comma - 1].text in CLOSING_MARKS and sentence[comma + 1].pos == "VERB" \
        and feats(sentence[comma + 1]).get("VerbForm") == "Fin" and feats(sentence[comma + 1]).get("Tense") == "Past"


def _subject_apposition(sentence: List[Token], first: int, comma: int) -> bool:
    """`писало, что президент фестиваля, режиссер Алла Сурикова заявила, что ...`: only a noun
    phrase in the nominative before the comma (no predicate), and a noun phrase after it: the clause's subject with its apposition,
    not a clause over and another speaker's."""
    before = sentence[first:comma]
    return bool(before) and all(w.pos in ("NOUN", "PROPN", "ADJ", "DET", "ADP") for w in before) \
        and any(w.pos in ("NOUN", "PROPN") and feats(w).get("Case") == "Nom" for w in before) \
        and comma + 1 < len(sentence) and sentence[comma + 1].pos in ("DET", "ADJ", "NOUN", "PROPN")


def _until_comma(words: List[Token]) -> List[Token]:
    return words[:next((j for j, w in enumerate(words) if w.text == ","), len(words))]


def starts_new_predicate(ctx: Context, sentence: List[Token], i: int) -> bool:
    """`, а также обвинил`, `, но вскоре стало понятно`, `, добавив`, `, пишет Mash`: the
    clause is over."""
    words = sentence[i:i + 3]
    if words and words[0].text.lower() in ("а", "и", "но", "однако") and _declines(_until_comma(sentence[i + 1:])):
        return True
    if words and words[0].text.lower() in ("а", "но", "однако") and _another_speaker(ctx, sentence[i + 1:i + 1 + SUBJECT_REACH]):
        return True
    if words and words[0].text.lower() in ("а", "но", "однако") and _source_aside(ctx, sentence[i + 1:i + 1 + SUBJECT_REACH]):
        return True
    if words and words[0].pos in ("PRON", "DET", "ADJ", "NOUN", "PROPN") and not _after_subordinate(sentence, i) \
            and not any(w.lemma in RELATIVE_PRONOUNS for w in sentence[i:i + ASYNDETIC_SUBJECT_REACH]) \
            and _another_speaker(ctx, sentence[i:i + ASYNDETIC_SUBJECT_REACH], future=False):
        return True   # `Пока X утверждает, что A, сама певица заявляет, что B`: the next speaker, no conjunction
    if words and words[0].text.lower() in ("а", "и", "но", "однако") and len(words) > 1:
        words = words[1:]   # `..., однако попросила журналистов не ...`: the speaker's next predicate
        if (words[0].text.lower() == "также" or words[0].pos == "ADV") and len(words) > 1:
            words = words[1:]
        head = words[0]
        return head.pos == "VERB" and feats(head).get("VerbForm") in ("Fin", "Conv") and feats(head).get("Tense") == "Past"
    head = words[0] if words else None
    lemma = cue_lemma(ctx, head) if head else None
    if lemma in MENTAL_CUES | JUDGING_CUES and feats(head).get("VerbForm") == "Conv" and _thinking_subject(ctx, head):
        return False   # `по словам X, работодатель ошибся, посчитав, что ...`: what the clause's subject thought
    return lemma is not None and (feats(head).get("VerbForm") == "Conv" or _has_following_subject(ctx, head))


SUBJECT_REACH = 6   # words from `, а` to the next speaker's cue (`, а глава комитета Иван Петров возразил, что`)
ASYNDETIC_SUBJECT_REACH = 4   # words from a bare comma to the next speaker's cue (`, сама певица заявляет, что`)


def _after_subordinate(sentence: List[Token], i: int) -> bool:
    """The clause before the comma at ``i - 1`` opens with a conjunction other than `что`
    (`если цены вырастут, правительство заявит, что ...`): what follows is its main clause."""
    k = max((j for j in range(i - 1) if sentence[j].text == ","), default=-1) + 1
    if sentence[k].text.lower() == "что" and k + 1 < i - 1:
        k += 1   # `..., что если цены вырастут, ...`
    return sentence[k].pos == "SCONJ" and sentence[k].text.lower() != "что"


def _another_speaker(ctx: Context, words: List[Token], future: bool = True) -> bool:
    """`, а Пенс возразил, что ...`, `, однако Жириновский уверен, что ...`: another speaker's
    statement begins, a subject before its cue and a reported clause or a colon after it (a
    cue in the future too unless not ``future``)."""
    for k, w in enumerate(words):
        if w.text in ",.;:":
            return False
        if not future and feats(w).get("Tense") == "Fut":
            return False
        predicate = (w.pos == "VERB" and feats(w).get("VerbForm") == "Fin") \
            or (w.pos == "ADJ" and feats(w).get("Variant") == "Short")
        if k > 0 and predicate and cue_lemma(ctx, w) \
                and _clause_follows(ctx, w) and any(_could_be_subject(n, w) for n in words[:k]):
            return True
    return False


ASIDE_CUE = re.compile(r"\s*как\s+(?:\w+\s+){1,3}?(?:\w+)\s*,", re.I)


def _source_aside(ctx: Context, words: List[Token]) -> bool:
    """`, однако, по его мнению, B`, `, а европейцы, по его словам, B`, `, однако, как он дал
    понять, B`: a source put in as an aside opens a statement of its own (a few words of its
    subject may come first)."""
    for k, w in enumerate(words):
        if w.text in ".;:":
            return False
        if w.text == ",":
            after = ctx.doc.text[w.end:]
            if OWN_SOURCE_AFTER.match(after):
                return True
            aside = ASIDE_CUE.match(after)
            if aside:
                inside = [t for t in words[k + 1:] if t.end <= w.end + aside.end()]
                return any(cue_lemma(ctx, t) is not None and t.pos == "VERB" for t in inside)
            return False
    return False


def _thinking_subject(ctx: Context, gerund: Token) -> bool:
    """The gerund hangs on a verb that is no cue and whose subject can think (`работодатель
    ошибся, посчитав`); not `выступал против того, что слово ушло к X, полагая`: a word thinks
    nothing, the thought is the speaker's. A fear or doubt with no clause of its own is any
    subject's state (`банки ужесточили проверку, опасаясь санкций`)."""
    if not 0 <= gerund.head_id < len(ctx.tokens) or cue_lemma(ctx, ctx.tokens[gerund.head_id]) is not None:
        return False
    head = ctx.tokens[gerund.head_id]
    if head.rel == "xcomp" and 0 <= head.head_id < len(ctx.tokens):
        head = ctx.tokens[head.head_id]   # `жители отказываются покидать дома, опасаясь`: whose infinitive it is
    return any(c.rel.startswith("nsubj") and (feats(c).get("Animacy") == "Anim" or not _clause_follows(ctx, gerund)
                                              and _can_fear(ctx, c)) for c in ctx.children.get(head.token_id, []))


def _can_fear(ctx: Context, subject: Token) -> bool:
    """A subject that may fear or doubt (a fear with no clause after it): a person's or a body's
    name, or a word for a body (`банки ужесточили проверку, опасаясь санкций`); not `бюджет`,
    `ситуация`."""
    m = ctx.mention_of.get(subject.token_id)
    return (m is not None and m.type in ("PER", "ORG")) or subject.lemma.lower() in ORG_HEADS | COLLECTIVE_NOUNS


def _declines(words: List[Token]) -> bool:
    """`однако причины назвать отказался`, `но уточнять сроки не стал`: a past verb of
    declining to say more, with no subject of its own (`но банк не стал ее поддерживать` is
    what was said)."""
    for k, w in enumerate(words):
        if w.pos != "VERB" or feats(w).get("Tense") != "Past" or feats(w).get("VerbForm") != "Fin":
            continue
        if w.lemma in DECLINING_VERBS or (w.lemma in DECLINING_WITH_NOT and k > 0 and words[k - 1].text.lower() == "не"):
            return not any(_could_be_subject(n, w) for n in words)
    return False


def _could_be_subject(noun: Token, verb: Token) -> bool:
    """A nominative that agrees with the verb in number, and in gender where the verb shows one
    (a past verb; `сама певица заявляет`: a present one does not)."""
    f, v = feats(noun), feats(verb)
    return noun.pos in ("NOUN", "PROPN", "PRON") and f.get("Case") == "Nom" and f.get("Number") == v.get("Number") \
        and (v.get("Number") == "Plur" or "Gender" not in v or f.get("Gender") == v.get("Gender"))


def _has_following_subject(ctx: Context, cue: Token) -> bool:
    return any(t.start > cue.start for t in subject(ctx, cue))


def content_span(ctx: Context, start: int, end: int) -> Tuple[int, int]:
    start, end = trim(ctx.doc.text, start, end)
    q = next((q for q in ctx.quote_spans if q.start == start and q.end == end), None)
    return (q.start + 1, q.end - 1) if q else (start, end)


def is_clause(words: List[Token]) -> bool:
    """A run of words with a finite verb or a predicative (`уверен`, `нельзя`): a statement,
    not a fragment."""
    return any((w.pos in ("VERB", "AUX") and feats(w).get("VerbForm") == "Fin") or
               (w.pos in ("ADJ", "VERB") and feats(w).get("Variant") == "Short") or w.text.lower() in PREDICATIVE_WORDS
               for w in words)   # (a short passive participle predicates too: `решено отказаться`)


REPORT_REACH = 8   # words between an inner cue and its `, что`


def reports_another(ctx: Context, sentence: List[Token], start: int, end: int, evidence: bool = True) -> bool:
    """`Согласно сообщению БелТА, судья заявила, что ...`, `Паулс не уверен, что ..., сообщает
    baltinfo.ru`: the content is itself a report with a cue of its own opening a clause (`,
    что`, `тем, что`, `:`); that inner statement is the one to keep. Without ``evidence``, a
    verb of evidence is no report (`Опыт показывает, что ..., заявил аналитик X`: X's words)."""
    for i, t, lemma in cues_in(ctx, sentence):
        if not evidence and (lemma in EVIDENCE_CUES or _subject_among(ctx, t, FINDING_NOUNS)):
            continue   # (`Анализ подтверждает, что ..., сообщил глава Росатома`: a finding in his words)
        after = [w.text.lower() for w in sentence[i + 1:i + 1 + REPORT_REACH]]   # `заявил на закрытом совещании, что`
        that = any(after[k:k + 2] == [",", "что"] and "," not in after[:k] for k in range(len(after) - 1))
        finite = (feats(t).get("VerbForm") == "Fin" and feats(t).get("Tense") != "Fut" and feats(t).get("Person") != "1") \
            or t.pos == "ADJ"   # `не уверен, что`; not `Думаю, что ..., заявил X`: X's own words
        if start <= t.start < end and finite and (after[:1] == [":"] or that):
            return True   # `..., что`, `объяснил инцидент тем, что`
    return _about_this_report(ctx, sentence, start, end) or bool(INNER_SOURCE_PHRASE.match(ctx.doc.text[start:end]))


def _subject_among(ctx: Context, verb: Token, nouns: frozenset) -> bool:
    """The verb's subject is one of ``nouns`` (a finding, not a speaker: `Анализ, проведенный
    экспертами, подтверждает`)."""
    return any(c.rel.startswith("nsubj") and c.lemma.lower() in nouns for c in ctx.children.get(verb.token_id, []))


# Content that opens with a speech source phrase is that source's statement, which a medium
# relays (`Как передает корреспондент ИА REGNUM, по словам Буренина, ...`).
INNER_SOURCE_PHRASE = re.compile(r"по\s+(?:(?:{})\s+)?(?:{})\b".format(
    "|".join(sorted(OWNER_PRONOUNS)), "|".join(sorted(p.split()[1] for p in SPEECH_SOURCE_PHRASES))), re.I)


def about_this_lead(words: Sequence[str]) -> int:
    """How many of the lower-cased ``words`` make the longest phrase pointing back to the
    sentence before (`Об этом`, `Это`, `Такой прогноз`), or 0."""
    return max((len(p) for p in ABOUT_THIS if tuple(words[:len(p)]) == p), default=0)


def pointing_noun_lead(sentence: List[Token]) -> Optional[int]:
    """`Таким мнением поделился X`, `С таким прогнозом выступил X`, `Подобную оценку дал X`: a
    word pointing back and a noun of what was said, in the accusative or the instrumental and
    not the subject (POINTING_DETERMINERS, POINTED_STATEMENT_NOUNS), open the sentence; how many
    words they take, or None."""
    k = 1 if sentence and sentence[0].text.lower() == "с" else 0
    if len(sentence) > k + 2 and sentence[k].lemma.lower() in POINTING_DETERMINERS \
            and sentence[k + 1].lemma.lower() in POINTED_STATEMENT_NOUNS and sentence[k + 1].pos == "NOUN" \
            and feats(sentence[k + 1]).get("Case") in ("Acc", "Ins") \
            and not sentence[k + 1].rel.startswith("nsubj"):   # (not `Эти данные свидетельствуют о ...`: the data as subject)
        return k + 2
    return None


def _about_this_report(ctx: Context, sentence: List[Token], start: int, end: int) -> bool:
    """`Об этом заявил X, передает Reuters`: the content is a statement, with a cue of its own,
    pointing back to the sentence before (`Об этом`, `Это`, `Так`), which the medium relays."""
    words = [t.text.lower() for t in sentence if start <= t.start < end][:3]
    inner = [t for _, t, _ in cues_in(ctx, sentence) if start <= t.start < end and feats(t).get("VerbForm") == "Fin"]
    if tuple(words[:2]) == POINTING_BACK:   # `На это обратил внимание директор X, сообщили в пресс-службе`: only a
        return any(t.lemma in POINTING_BACK_CUES and _person_named_after(ctx, t) for t in inner)   # named person pointing out
    return bool(about_this_lead(words)) and bool(inner)


def _person_named_after(ctx: Context, cue: Token) -> bool:
    """A person's name follows the cue in its sentence (`обратил внимание директор ... Юрий Тараканов`)."""
    return any(ctx.names_person(t) for t in ctx.by_sentence[cue.sentence_id] if t.start > cue.start)


MAX_GAP = 12   # characters between a quotation and its cue: `", — ` and the like


def quotation_right_after(ctx: Context, offset: int):
    """The outermost quotation opening right after ``offset`` (spaces between, at most
    MAX_GAP characters), if any: what a colon there introduces."""
    q = ctx.top_quote_starting_from(offset)
    text = ctx.doc.text
    return q if q is not None and q.start - offset <= MAX_GAP and not text[offset:q.start].strip() \
        and not quoted_list(text, offset) else None


# Short quotations listed to the sentence's end after a colon (`проходил по квотам: "участник
# СВО", "дети участников СВО"`): names of things the clause enumerates, not someone's words;
# three of them, or two that open in lower case (not `заявил: «Это плохо», «Это очень плохо»`).
_QUOTED_ITEM = r"[«\"„“]([^«»\"„“”\n]{1,60})[»\"“”]"
QUOTED_ITEM = re.compile(_QUOTED_ITEM)
QUOTED_LIST = re.compile(rf"\s*{_QUOTED_ITEM}(?:\s*(?:,|и|или)\s*{_QUOTED_ITEM})+\s*(?:[.;]|$)", re.M)


def quoted_list(text: str, offset: int) -> bool:
    m = QUOTED_LIST.match(text, offset)
    if not m:
        return False
    items = QUOTED_ITEM.findall(m.group())
    return len(items) >= 3 or all(item[:1].islower() for item in items)
