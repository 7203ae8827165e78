"""Quote patterns: each finds candidate statements in one sentence — content span, speech
cue, and the phrase naming the source — for the quote stage to attribute and keep. The cues
and reported clauses they share are in ``quote_cues``; source phrases as cues (`по словам X`)
in ``quote_phrases``."""
import re
from typing import Iterator, List, Optional, Tuple

from pipeline.lexicons.cues import (ABOUT_WHICH, WORDS_RELAYED_REACH, WORDS_RELAYING_VERBS, KNOWING_VERBS, TIME_ADVERBS, ABOUT_WHICH_NOT_AFTER, ABOUT_WHICH_QUESTION_WORDS, OBJECT_PRONOUNS, TIME_ADVERBS_BEFORE_LEAD, ACKNOWLEDGED_ACTS, ACKNOWLEDGING_CUES, ANSWERING_CUES, PARENTHETICAL_GERUNDS, GERUND_ENDINGS, QUESTION_NOUNS, OBJECTING_CUES, RELAY_PHRASE_NOUNS, ABOUT_THIS, ADVERBIAL_OPENERS, AS_CUE_FILLERS, COMMENTING_CUES, CONNECTIVES,
                                    DASH, DASHES, DENYING_CUES, EVIDENCE_CUES, FIRST_PERSON_SUBJECTS,
                                    FIRST_PERSON_WORDS, FULL_PARTICIPLE, INFORMATION_NOUNS, LEANING_OPENERS,
                                    LISTED_TOPIC_PREPOSITIONS, TOPIC_PREPOSITIONS, MANNER_CUES, NAMING_CUES, NOT_DROPPED_THAT,
                                    OBJECT_FIRST_CUES, POINTING_AHEAD, POINTING_BACK, POINTING_BACK_CUES,
                                    PRESENTING_CUES, QUESTION_LEMMAS, QUESTION_PARTICLES, QUOTATION_CLAIMED,
                                    PREDICATIVE_CUES, REASON_PHRASES, RELATIVE_WORDS, RELAY_CUES, SOURCE_PHRASE_STARTS,
                                    SPEECH_SOURCE_PHRASES, SUBJECTLESS_OPENERS, SUBORDINATE_OPENERS,
                                    TELLING_ABOUT_CUES, THAT_DROPPING_CUES, TOPIC_CASE_WORDS)
from pipeline.lexicons.boilerplate import CREDIT_WORDS
from pipeline.lexicons.organizations import MEDIA_DESCRIPTORS
from pipeline.lexicons.sources import OWNER_PRONOUNS, PERSONAL_PRONOUNS, ROLE_NOUNS, SOURCE_ABBREVIATIONS
from pipeline.records import Mention, Token
from pipeline.stages.quote_context import OPENING_MARKS, Context, feats, tokens_between, trim
from pipeline.stages.quote_cues import (MAX_GAP, Candidate, about_this_lead, pointing_noun_lead, clause_end, content_span,
                                        cue_after_quote, cue_from, cue_lead, cue_lemma, cues_in, in_relative_clause, is_clause,
                                        quotation_right_after, reports_another, starts_new_predicate)
from pipeline.stages.quote_borderline import can_speak
from pipeline.stages.quote_headlines import named_headline
from pipeline.stages.quote_phrases import pattern_source_phrase, phrase_end
from pipeline.stages.sources import head_of, medium_or_staff, medium_phrase, names_medium, source_of
from pipeline.stages.names import common_word
from pipeline.stages.speakers import media_name

AFTER_QUOTE_TO_CUE = re.compile(rf"^\s*(?:[,!?…]|\.\.\.)?\s*{DASH}?\s*$")
THAT = ("что", "чтобы")
THAT_WINDOW = 9   # words between a cue and the `что` of its clause
QUOTED_NAME_CHARS = 60   # a quotation this short after a noun may be a name (`радиостанции «Говорит Москва»`)
FOLLOWING_QUOTE_WORDS = 3   # a quotation after its cue sentence is speech from this many words on
LABEL_WORDS = 16   # a speaker label: the name and its description before the colon, at most this many words
CLOSING_MARKS = frozenset('»"“”')
ABOUT_THAT_GAP = 5   # words with no verb between the comma closing `О том, что ...` and its cue or source (`на прошлой неделе`)


# ---------------------------------------------------------------- patterns

def pattern_that(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`заявил, что ...`, `сообщил о том, что ...`, `добавив, что ...`, `уверен, что ...`."""
    for i, t, lemma in cues_in(ctx, sentence):
        if not lemma or ctx.inside_quote(t.start):
            continue
        j = _that_after(ctx, sentence, i + (2 if " " in lemma else 1))
        if j is None or (j + 1 < len(sentence) and sentence[j + 1].text == "," and _phrase_after(ctx, sentence, j)):
            continue   # `писал, что, по словам X, ...`: the inner source phrase is the statement
        news, owner = _news_object(ctx, sentence, i, j) if t.lemma in COMMENTING_CUES else (None, ())
        k = j + 2 if j + 1 < len(sentence) and sentence[j + 1].text == "," else j + 1   # `что, по его убеждению, ...`
        if news is not None:   # `прокомментировал новость о том, что ...`: the news commented on, not the comment; its
            end = clause_end(ctx, sentence, k)   # owner's, where it has one (`комментируя данные Guardian о том, что ...`)
            if owner and k < len(sentence) and end > sentence[k].start:
                yield Candidate(*content_span(ctx, sentence[k].start, end), news, news.lemma, owner, "that")
            continue
        end = clause_end(ctx, sentence, k, through_colon=lemma not in EVIDENCE_CUES)   # `Опрос показал, что A: B`
        if in_relative_clause(sentence, i):   # `Министр, который заявил, что A, ушел в отставку`
            end = _main_clause_back(sentence, i, k, end) or end
        start = sentence[k].start if k < len(sentence) else end
        if end > start:
            source = tuple(w for w in source_of(ctx, t) if not start <= w.start < end)   # never the content's own subject
            yield Candidate(*content_span(ctx, start, end), t, lemma, source, "that")   # (`упоминают, что автор ...`)


def _news_object(ctx: Context, sentence: List[Token], i: int, j: int) -> Tuple[Optional[Token], tuple]:
    """(noun, its owner's words) of the cue's direct object right after it, a noun of news or
    data, with `о том, что` right after it or after its owner's name (`прокомментировал новость
    о том, что`, `комментируя данные Guardian о том, что`); not a noun after a preposition or a
    comma (`пояснил в сообщении, что ...`: the cue's own clause)."""
    news = next((w for w in sentence[i + 1:min(j, i + 4)] if w.pos not in ("ADJ", "DET") and not (
        w.pos == "VERB" and feats(w).get("VerbForm") == "Part")), None)   # past its modifiers (`появившуюся информацию`)
    if news is None or news.lemma not in INFORMATION_NOUNS or news.rel != "obj" or news.head_id != sentence[i].token_id:
        return None, ()
    owner = _news_owner(ctx, news)
    return (news, owner) if ABOUT_THAT_AFTER.match(ctx.doc.text, owner[-1].end if owner else news.end) else (None, ())


def _news_owner(ctx: Context, news: Token) -> tuple:
    """The name in the genitive that owns a noun of news or data (`данные Guardian`,
    `сообщение ТАСС`): the source of what it reports."""
    owner = next((c for c in ctx.children.get(news.token_id, []) if c.rel == "nmod" and c.start > news.start
                  and c.token_id in ctx.mention_of and feats(c).get("Case") in ("Gen", None)), None)
    if owner is None:
        return ()
    m = ctx.mention_of[owner.token_id]
    return tuple(tokens_between(ctx.tokens, m.start, m.end))


PREDICATE_REACH = 4   # words after the comma in which the main clause's predicate comes back


def _main_clause_back(sentence: List[Token], i: int, k: int, end: int) -> Optional[int]:
    """Where the main clause comes back after a cue in a relative clause: the comma before
    the predicate of the noun the clause describes (`сети, которые не устают напоминать, что
    "есть будут всегда", готовятся ...`); not a verb of the content's own (`что компания,
    которая работает в регионе, закроется`)."""
    comma = max(m for m in range(i) if sentence[m].text == ",")
    if comma == 0:
        return None
    by_id = {w.token_id: w for w in sentence}
    k_noun = comma - 1
    if sentence[k_noun].text in "»\"" and k_noun > 0:   # `Партия «Новые люди», которая ...`: the noun before the name
        opening = max((m for m in range(k_noun) if sentence[m].text in "«\""), default=0)
        k_noun = max(opening - 1, 0)
    noun = sentence[k_noun]
    while noun.rel in ("flat:name", "flat", "appos") and noun.head_id in by_id:
        noun = by_id[noun.head_id]   # `Министр Иван Петров, который ...`: the name hangs on its role
    for m in range(k + 1, len(sentence) - 1):
        if sentence[m].start >= end:
            break
        clause = [w for w in sentence[m + 1:m + 1 + PREDICATE_REACH] if w.text != ","]
        if sentence[m].text == "," and any(w.token_id == noun.head_id for w in clause[:next(
                (n for n, w in enumerate(clause) if w.pos == "PUNCT"), len(clause))]):   # (`, был уволен`, `, вчера проголосовал`)
            words = sentence[k:m]
            inside = _in_relative_clauses(words)
            if any(is_clause([w]) for n, w in enumerate(words) if n not in inside):
                return sentence[m].start   # (the content keeps a predicate of its own)
            return None
    return None


DROPPED_THAT_WORDS = 4   # words at least of a clause whose `что` was dropped (not a headline's `Байден обещает, Трамп судится`)


def pattern_that_dropped(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Собеседник агентства отметил, в том числе почта должна будет ...`, `Она подчеркнула,
    детские лагеря ... – несанкционированные`: a verb of saying that takes a clause
    (THAT_DROPPING_CUES), finite, after its subject, then a comma and a clause with no `что`
    (dropped by the writer): the clause is what was said. Not a gerund's, a question's or a
    relative clause after the comma (`отметил, обращаясь к журналистам, что ...`, `рассказал,
    какие меры ...`, `в том числе о мерах, которые вступят ...`), a cue after its content
    (`..., — сказал он, ...`) or in a subordinate or relative clause (`Депутат, которая
    накануне высказалась, сегодня ...`), nor two events (`пошутил, зал засмеялся`: no such cue)."""
    for i, t, lemma in cues_in(ctx, sentence):
        if lemma not in THAT_DROPPING_CUES or ctx.inside_quote(t.start) or feats(t).get("VerbForm") != "Fin" \
                or i + 3 >= len(sentence) or sentence[i + 1].text != "," or (i > 0 and sentence[i - 1].text in (",", *DASHES)):
            continue
        nxt = sentence[i + 2]
        if nxt.pos in ("PUNCT", "SCONJ", "CCONJ", "INTJ") or nxt.text.lower() in NOT_DROPPED_THAT \
                or any(w.lemma in RELATIVE_WORDS | QUESTION_LEMMAS for w in sentence[i + 2:i + 4]) \
                or feats(nxt).get("VerbForm") in ("Conv", "Part", "Inf"):
            continue   # (`рассказал, после чего ...`, `рассказал, с какими жалобами ...`)
        if _open_clause_before(sentence[:i]):
            continue   # the cue's clause is subordinate or relative: `После того, как Петров сообщил, мы ушли`
        source = source_of(ctx, t)
        if (not source or source[0].start > t.start) and _opens_without_subject(sentence[:i], t):
            source = ()   # (the parse may hang the clause's own subject on the cue: `Говорит, семья оказалась`)
        elif not source or source[-1].start > t.start or source[0].text.lower() in FIRST_PERSON_SUBJECTS:
            continue   # its subject stands before it; `Я думаю, ...` is an aside
        end = clause_end(ctx, sentence, i + 2, through_colon=lemma not in EVIDENCE_CUES)   # as after `что`
        words = [w for w in sentence if nxt.start <= w.start < end]
        if len([w for w in words if w.pos != "PUNCT"]) < DROPPED_THAT_WORDS:
            continue
        inside = _in_relative_clauses(words)
        predicates = [k for k, w in enumerate(words) if k not in inside and (is_clause([w]) or w.text in DASHES)]   # (`исполнен`)
        if not predicates or any(w.text.lower() in ("что", "чтобы") for w in words[:predicates[0]]):
            continue   # (`сказал, в частности, что ...`; a verb only in a relative clause: a topic's)
        yield Candidate(*content_span(ctx, nxt.start, end), t, lemma, source, "that")


def _opens_without_subject(before: List[Token], cue: Token) -> bool:
    """`Мама Максима показывает фотографии. Говорит, семья оказалась ...`: a cue in the third
    person singular opens its sentence with no subject (after `И`, `Также` at most), going on
    about the one the sentence before was about."""
    f = feats(cue)
    return f.get("Number") == "Sing" and (f.get("Person") == "3" or f.get("Tense") == "Past") \
        and all(w.pos == "PUNCT" or w.text.lower() in SUBJECTLESS_OPENERS for w in before) and len(before) <= 2


def _open_clause_before(words: List[Token]) -> bool:
    """A subordinate or relative clause opened in the words and not closed by a comma before
    their end (`Все, что мэр сказал`, `Едва премьер высказался`; not `На форуме, который проходит
    в Петербурге, министр подчеркнул`)."""
    open_ = False
    for w in words:
        if w.pos == "SCONJ" or w.text.lower() in SUBORDINATE_OPENERS or w.lemma in RELATIVE_WORDS | {"что"}:
            open_ = True
        elif w.text == ",":
            open_ = False
    return open_


def _in_relative_clauses(words: List[Token]) -> set:
    """Indices of the words inside relative clauses: from a relative word to the next comma."""
    inside, open_ = set(), False
    for k, w in enumerate(words):
        open_ = open_ or w.lemma in RELATIVE_WORDS
        if open_:
            inside.add(k)
        if open_ and w.text == ",":
            open_ = False
    return inside


NESTED_QUOTE_WORDS = 8   # words at least in a quotation that reports another's words
NESTED_REFUSED = frozenset({"дать понять"})   # an impression the quoted speaker draws, not words reported


def pattern_nested_that(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """A statement reported inside another's quotation: `«... Глава Якутии отметил, что
    получил сообщения ...», — говорится в сообщении`, `«Когда Джон Керри сказал, что Украина
    должна выбрать ...»`. Its source is a noun phrase inside the same quotation (a name or a
    role, not `я`, `мы` or `он`: whom the quoted speaker means is theirs to say); its
    content ends with the clause, at the quotation's closing mark at the latest."""
    for i, t, lemma in cues_in(ctx, sentence):
        if not lemma or not ctx.inside_quote(t.start):
            continue
        q = ctx.top_quote_starting_by(t.start)
        if q is None or not q.start < t.start < q.end or len(ctx.doc.text[q.start:q.end].split()) < NESTED_QUOTE_WORDS:
            continue
        source = source_of(ctx, t)
        if feats(t).get("Tense") != "Past" or lemma in NESTED_REFUSED or not _nested_source(ctx, source, q):
            continue   # a report of what was said (`Пациент должен сообщить ...`, `сказал он, отвечая на вопрос о том, что`)
        j = _that_after(ctx, sentence, i + (2 if " " in lemma else 1))
        if j is None or j + 1 >= len(sentence) or sentence[j - 2].text.lower() in ("то", "того", "тем", "том"):
            continue   # `говорит то, что думает`: what, not that
        end = _nested_clause_end(ctx, sentence, j + 1, q.end - 1)
        start = sentence[j + 1].start
        if end > start:
            yield Candidate(*trim(ctx.doc.text, start, end), t, lemma, source, "nested")


def _nested_source(ctx: Context, source, q) -> bool:
    """A source inside the quotation that names someone: a person's name (`Джон Керри`,
    `министр Стрючков`), or a role with its body (`Глава Якутии`); not `мама`, `я`, `он`."""
    if not source or not all(q.start < w.start < q.end for w in source) or any(w.pos == "PRON" for w in source):
        return False
    head = head_of(source)
    return any(ctx.names_person(w) for w in source) or (
        head is not None and head.lemma in ROLE_NOUNS and len(source) >= 2 and "Number=Sing" in head.feats)


def _nested_clause_end(ctx: Context, sentence: List[Token], first: int, closing: int) -> int:
    """Where a clause reported inside a quotation ends: at a comma that opens a new
    predicate, at the quotation's closing mark, or with the sentence."""
    for k in range(first, len(sentence)):
        w = sentence[k]
        if w.start >= closing:
            return closing
        if w.text == "," and k + 1 < len(sentence) and starts_new_predicate(ctx, sentence, k + 1) \
                and not any(n.depth > 0 and n.start < w.start < n.end for n in ctx.quote_spans):
            return w.start
    return min(sentence[-1].end, closing)


def _phrase_after(ctx: Context, sentence: List[Token], j: int) -> bool:
    """A source phrase of its own opens the clause after `что,` (`по словам X`), not one
    whose source is a pronoun (`что, по его убеждению, ...`: the cue's statement; see
    ``quote_phrases._inside_that_clause``)."""
    return any(c.cue.start > sentence[j].start for c in pattern_source_phrase(ctx, sentence))


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
        relay = _relay_aside(ctx, sentence, j)
        if relay:
            j = relay   # `Чиновница добавила, передает Интерфакс, что ...`: the medium relays the cue's clause
            continue
        if word in THAT and sentence[j - 1].text == ",":
            return None if _reason_before(sentence, j - 1, i) or _what_did_it(sentence, i, j) else j
        if word in ("что",) and j == i:
            return j
        if sentence[j].pos == "VERB" and feats(sentence[j]).get("VerbForm") in ("Fin", "Inf") \
                or (sentence[j].pos == "ADJ" and feats(sentence[j]).get("Variant") == "Short"):
            return None   # another predicate, or an infinitive complement (`советует остаться дома, чтобы ...`;
                          # `Но, заявил Греф, этого недостаточно, чтобы ...`)
        if sentence[j].lemma in KNOWING_VERBS and feats(sentence[j]).get("VerbForm") == "Conv" and j > i \
                and j + 2 < len(sentence) and sentence[j + 1].text == "," and sentence[j + 2].text.lower() in THAT:
            return None   # what the speaker knew, not said (`заявил об этом, понимая, что ...`); not a gerund of
            # manner (`сказал, улыбаясь, что ...`) nor one with a complement of its own (`заявил, ссылаясь на X, что`)
        if word in (".", "!", "?", ":", "«", '"') and not _glued(sentence, j):
            return None
        counted, j = counted + 1, j + 1
    return None


def _what_did_it(sentence: List[Token], after_cue: int, that: int) -> bool:
    """`объявил о своей победе, что привело в смятение ...`: after a cue with a topic of its own,
    a `что` right before a verb of its own in the neuter past or the third person singular is the
    subject of a clause about the whole act ("which"), no reported clause."""
    verb = sentence[that + 1] if that + 1 < len(sentence) else None
    f = feats(verb) if verb is not None else {}
    if verb is None or verb.pos != "VERB" or f.get("VerbForm") != "Fin" or not (
            f.get("Gender") == "Neut" and f.get("Tense") == "Past" or f.get("Person") == "3" and f.get("Number") == "Sing"):
        return False
    return any(w.text.lower() in TOPIC_PREPOSITIONS and k + 1 < that and sentence[k + 1].pos in ("NOUN", "DET", "ADJ")
               for k, w in enumerate(sentence[after_cue:that - 1], after_cue))   # (not `заявил о том, что ...`)


def _reason_before(sentence: List[Token], comma: int, after_cue: int) -> bool:
    """The words before the comma of `, что` end with a phrase of reason or time (`потребовал
    Роскомнадзор из-за того, что ...`, `ушел, потому что ...`) that does not open the content
    right after the cue's comma (`заявил, несмотря на то, что дорога открыта, движение ...`: the
    writer dropped `что`, the phrase is said)."""
    words = tuple(w.text.lower() for w in sentence[max(0, comma - 3):comma])
    phrase = next((p for p in REASON_PHRASES if words[-len(p):] == p), None)
    if phrase is None:
        return False
    opens = comma - len(phrase)
    return not (opens - 1 <= after_cue and sentence[opens - 1].text == ",")


RELAY_ASIDE_WORDS = 4   # words of a medium's name in a relaying aside (`, передает «Интерфакс»,`)
RELAY_REFERENCE_WORDS = 5   # words of its reference after it (`со ссылкой на пресс-службу ведомства`)


def _relay_aside(ctx: Context, sentence: List[Token], j: int) -> Optional[int]:
    """Index of the comma closing `, передает Интерфакс,` (a relaying verb and a medium's name
    set off by commas, `как` before it and `со ссылкой на ...` after it allowed) when one starts
    at ``j``."""
    verb = j + 2 if j + 2 < len(sentence) and sentence[j + 1].text.lower() == "как" else j + 1   # `, как передает ТАСС,`
    if sentence[j].text != "," or verb + 1 >= len(sentence) or sentence[verb].lemma not in RELAY_CUES \
            or feats(sentence[verb]).get("VerbForm") != "Fin":
        return None
    reach = min(verb + 2 + RELAY_ASIDE_WORDS + RELAY_REFERENCE_WORDS, len(sentence))
    close = next((k for k in range(verb + 1, reach) if sentence[k].text == ","), None)
    if close is None:
        return None
    name = sentence[verb + 1:close]
    cited = next((k for k in range(len(name) - 1) if [w.text.lower() for w in name[k:k + 2]] == ["со", "ссылкой"]), None)
    return close if names_medium(ctx, name[:cited] if cited is not None else name) else None   # (`со ссылкой на пресс-службу`)


def _relay_opening(ctx: Context, words: List[Token]) -> Optional[int]:
    """Index of the comma closing a medium's `Как передает корреспондент ИА REGNUM,` that opens
    the words; else None."""
    if len(words) < 4 or words[0].text.lower() != "как" or words[1].lemma not in RELAY_CUES \
            or feats(words[1]).get("VerbForm") != "Fin":
        return None
    comma = next((k for k, t in enumerate(words[:RELAY_REACH]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(words) or not medium_or_staff(ctx, words[2:comma]):
        return None
    return comma


def _glued(sentence: List[Token], j: int) -> bool:
    """A period inside a word (`NN.ru`, `РИА.Новости`): no space on either side."""
    return 0 < j < len(sentence) - 1 and sentence[j - 1].end == sentence[j].start and sentence[j].end == sentence[j + 1].start


def _quoted_name(ctx: Context, sentence: List[Token], j: int) -> bool:
    """A word of a short quotation right after a noun that closes before a comma
    (`радиостанции «Говорит Москва»,`), or a capitalised one after the cue or a preposition
    (`уточнила «Интерфаксу»,`): a name, not quoted words (`сказал «нет», что ...`)."""
    q = ctx.top_quote_starting_by(sentence[j].start)
    if q is None or not q.start <= sentence[j].start < q.end or q.end - q.start > QUOTED_NAME_CHARS:
        return False
    before = next((t for t in reversed(sentence) if t.end <= q.start), None)
    named = ctx.doc.text[q.start + 1:q.start + 2].isupper()   # `уточнила «Интерфаксу», что`, `написал во «ВКонтакте», что`
    if named and before is not None and before.pos == "VERB" and ABOUT_THAT_AFTER.match(ctx.doc.text, q.end):
        return True   # `рассказал «Известиям» о том, что ...`
    return ctx.doc.text[q.end:q.end + 2].lstrip()[:1] == "," and before is not None and (
        before.pos in ("NOUN", "PROPN") or (named and before.pos in ("VERB", "ADP")))


ABOUT_THAT_AFTER = re.compile(r"\s+о\s+том\s*,\s*что\b")


def pattern_quote_then_cue(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`"...", – заявил он.` and `«...», заявил он в четверг`: quotation, then the cue."""
    text = ctx.doc.text
    for i, t, lemma in cues_in(ctx, sentence, after_quote=True):
        if not lemma:
            continue
        lead = cue_lead(ctx, t)   # `«...», — тихо сказал он`: the adverbs are the cue's
        q = ctx.top_quote_ending_by(lead.start)   # only the nearest can be joined to the cue by punctuation
        gap = text[q.end:lead.start] if q and lead.start - q.end <= MAX_GAP else None
        if gap is not None and AFTER_QUOTE_TO_CUE.match(gap) and re.search(rf"[,!?…]|{DASH}", gap):
            if text[sentence[0].start:q.start].strip(" " + DASHES):
                continue   # words before the quotation: a mixed statement, see content_then_cue
            source = source_of(ctx, t, content_first=True)
            yield Candidate(_past_inner_cue(ctx, q), q.end - 1, t, lemma, source, "quote_then_cue")
            more = _quote_closing_paragraph(ctx, sentence[-1].end) or _quote_after_dash(ctx, source[-1] if source else t)
            if more is not None:   # `«A», сказал Хоровитц. «B»`: the quotation goes on after its cue
                yield Candidate(more.start + 1, more.end - 1, t, lemma, source, "quote_then_cue")
        elif (found := _quote_then_subject(ctx, sentence, t)) is not None:
            q, source = found
            yield Candidate(q.start + 1, q.end - 1, t, lemma, source, "quote_then_cue")


INNER_SOURCE_CHARS = 120   # characters at most of an inner cue's source (`Ольга Петрова, заведующая кафедрой`)
INNER_CUE_LEFT = re.compile(rf"[,.!?…]\s*{DASH}\s*$")   # `«A, — рассказала X. — B»`: a mark, then the dash
INNER_CUE_RIGHT = re.compile(rf"(?:(?!\s-\s)[^:\n—–]){{0,{INNER_SOURCE_CHARS}}}?[,.]\s*{DASH}\s*")   # the source (no colon,
# no dash: `вице-мэр` is a word), then a mark and a dash


def _past_inner_cue(ctx: Context, q) -> int:
    """Where the words a cue after the quotation reports start: past the last cue that
    interrupts the quotation (a mark and a dash before it, its named source and a mark and a
    dash right after: `«A, — рассказала X. — B», — подвела итоги X`: the closing cue's words are
    B, A are the inner cue's), else at its opening mark. A dash inside the speech (`Решение —
    говорю вам откровенно — еще не принято`) or an inner cue of a pronoun (`— сообщила она. —`,
    named only by the closing cue) cuts nothing."""
    text, start = ctx.doc.text, q.start + 1
    for t in tokens_between(ctx.tokens, q.start + 1, q.end - 1):
        if t.start >= start and cue_after_quote(ctx, t) and INNER_CUE_LEFT.search(text, q.start + 1, cue_lead(ctx, t).start) \
                and (right := INNER_CUE_RIGHT.match(text, t.end, q.end - 1)) \
                and any(w.token_id in ctx.mention_of for w in tokens_between(ctx.tokens, t.end, right.end())):
            start = right.end()
    return start


def _quote_then_subject(ctx: Context, sentence: List[Token], cue: Token):
    """`«Они у меня добрые», — пчеловод Петр Урняев уверен ...`, `«...», — министр Иван Петров
    сказал журналистам.`: a quotation opening the sentence, a dash, the cue's subject naming a person
    and the cue right after it with no content of its own (no `что`, no colon after it): (the
    quotation, the subject)."""
    text = ctx.doc.text
    if feats(cue).get("VerbForm") not in ("Fin", None) or cue.pos not in ("VERB", "ADJ"):
        return None
    first = ctx.top_quote_starting_from(sentence[0].start)   # (cheap: no quotation opens the sentence, no source lookup)
    if (first is None or first.end > cue.start or text[sentence[0].start:first.start].strip(" " + DASHES)) \
            and not ctx.inside_quote(sentence[0].start):   # (or one that opened sentences before)
        return None
    source = source_of(ctx, cue)
    if not source or source[-1].end > cue.start or text[source[-1].end:cue_lead(ctx, cue).start].strip():
        return None
    q = ctx.top_quote_ending_by(source[0].start)
    if q is None or q.end <= sentence[0].start or text[sentence[0].start:q.start].strip(" " + DASHES) or not _speech_quotation(ctx, q):
        return None
    if QUOTE_DASH_SO.fullmatch(text, q.end, source[0].start):
        if not can_speak(ctx, source):   # `— так губернатор описал своё видение`: `так` points back to the words;
            return None                  # any source that can speak serves
    elif not (QUOTE_DASH_SUBJECT.fullmatch(text, q.end, source[0].start)
              and any(getattr(ctx.mention_of.get(w.token_id), "type", None) == "PER" for w in source)):
        return None
    after = [w for w in sentence if w.start > cue.start]
    if any(w.text in (":", "«", "\"") or w.text.lower() == "что" for w in after):
        return None   # (`«...», — Петров сказал, что ...`: the cue's own content)
    return q, source


QUOTE_DASH_SUBJECT = re.compile(rf"\s*[,!?…]?\s*{DASH}\s*")
QUOTE_DASH_SO = re.compile(rf"\s*[,!?…]?\s*{DASH}\s*(?:(?:[Вв]от|[Ии]менно|[Пп]римерно)\s+)?[Тт]ак\s+")   # `«...», — так X описал`


DASH_THEN_QUOTE = re.compile(rf"[ \t\u00a0]*[,.]?[ \t\u00a0]*{DASH}[ \t\u00a0]*(?=[«\"„“])")


def _quote_after_dash(ctx: Context, last: Token):
    """`“A”, — вынес вердикт микробиолог Михаил Колобов — “B”`: a quotation after a dash right
    past the source is the same speaker's, unless it has a cue of its own."""
    text = ctx.doc.text
    m = DASH_THEN_QUOTE.match(text, last.end)
    q = ctx.top_quote_starting_from(m.end()) if m else None
    if q is None or q.start != m.end() or not _speech_quotation(ctx, q):
        return None
    if re.match(rf"[ \t\u00a0]*,?[ \t\u00a0]*{DASH}", text[q.end:q.end + 12]):
        return None   # `— «B», — сказала Y`: another's words with their own cue
    return q


def _speech_quotation(ctx: Context, q) -> bool:
    """A quotation of a few words or more with no cue of its own inside: no author's cue after a
    dash (`«A, — сказал он. — B»`); a speaker's own speech verbs are words of the quotation
    (`«Я рассказал, что ...», — так он вспоминает`, `«Мы согласились ...»`)."""
    return len(ctx.doc.text[q.start:q.end].split()) >= FOLLOWING_QUOTE_WORDS \
        and not any(cue_after_quote(ctx, t) and _after_dash(ctx, t) for t in tokens_between(ctx.tokens, q.start, q.end))


def _after_dash(ctx: Context, t: Token) -> bool:
    """A dash right before the cue's phrase (adverbs between)."""
    lead = cue_lead(ctx, t)
    return lead.token_id > 0 and ctx.tokens[lead.token_id - 1].text in DASHES


def _quote_closing_paragraph(ctx: Context, pos: int):
    """The quotation of a few words or more that opens right after ``pos`` on the same line,
    closes its paragraph and holds no cue of its own (`«Но условия, — добавил он, — ...»` is
    an interrupted quotation the patterns take apart)."""
    text = ctx.doc.text
    q = ctx.top_quote_starting_from(pos)
    if q is None or text[pos:q.start].strip(" \t\u00a0") or not re.match(r"[.!?…]?[ \t\u00a0]*(?:\n|$)", text[q.end:]):
        return None
    return q if _speech_quotation(ctx, q) else None


def pattern_cue_colon_quote(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Песков заявил: «...»` and `отметил, что A: «B»`."""
    text = ctx.doc.text
    cues = cues_in(ctx, sentence)
    for i, t, lemma in cues:
        if not lemma or ctx.inside_quote(t.start):
            continue
        colon = next((s for s in sentence[i + 1:] if s.text == ":" and not ctx.inside_quote(s.start)
                      and not ctx.doc.text[s.end:s.end + 1].isdigit()), None)   # not `после 20:00`
        if colon is not None and _credit_colon(ctx, colon):
            continue   # `... Тутберидзе Фото: «БИЗНЕС Online»`: a picture's credit
        if colon is not None and any(t.start < c.start < colon.start and not ctx.inside_quote(c.start)
                                     and feats(c).get("VerbForm") == "Fin" and feats(c).get("Tense") != "Fut" for _, c, _ in cues):
            continue   # `Его спросили, ..., на что он ответил: «...»`: the cue nearer the colon presents it (not one in
                       # the future, which says nothing yet: `подчеркнул, что магазины продолжат работать: «...»`)
        if colon is None:
            q = _quote_right_after(ctx, t, lemma)
            if q:   # `..., сказав «мы принялись за сохранение этого вида работы»`
                yield Candidate(q.start + 1, q.end - 1, t, lemma, source_of(ctx, t), "cue_colon_quote")
            continue
        q = quotation_right_after(ctx, colon.end)
        if q and text[q.start:q.end - 1].rstrip().endswith("?") and t.lemma not in ANSWERING_CUES and any(
                w.lemma in QUESTION_NOUNS and feats(w).get("Case") in ("Acc", "Nom") and ctx.tokens[w.token_id - 1].pos != "ADP"
                for w in ctx.tokens[t.token_id + 1:colon.token_id]):
            continue   # `Комментируя вопрос: «Почему ...?», артист сказал`: what was asked (not `ответил на вопрос: «Да»`)
        if q and _own_cue_after(ctx, q):
            continue   # `пообещал привиться ...: "Экспериментируйте на мне", - заявил он`: the quotation is its own cue's
        if q:
            yield Candidate(q.start + 1, q.end - 1, t, lemma, source_of(ctx, t), "cue_colon_quote")
        elif colon.token_id - t.token_id <= 12 and feats(t).get("VerbForm") != "Part" and not any(
                w.text.lower() in THAT for w in ctx.tokens[t.token_id + 1:colon.token_id]):   # `признается: их заставлять
            # не нужно`, not `полагает, что A: B`, nor a participle's phrase (`предприниматель, передававший деньги: он ...`)
            if t.lemma in ACKNOWLEDGING_CUES and any(w.lemma in ACKNOWLEDGED_ACTS
                                                     for w in ctx.tokens[t.token_id + 1:colon.token_id]):
                continue   # `Шольц признал поражение на выборах: ...`: an act, the writer's words after it
            rest = [w for w in sentence if w.start > colon.start]
            source = source_of(ctx, t)
            if i > 1 and sentence[i - 1].text == "," and sentence[i - 2].text not in CLOSING_MARKS \
                    and source and source[0].start > t.start and is_clause(sentence[:i - 1]):
                continue   # `Консолидация продолжится, уверена она: на долю ...`: its content came first
                           # (not `«...», говорит X: — «...»`, a quotation on either side)
            if len(rest) > 2 and (is_clause(rest) or _verbless_predication(ctx, rest) and not any(
                    w.text.lower() in LISTED_TOPIC_PREPOSITIONS for w in ctx.tokens[t.token_id + 1:colon.token_id])) and text[colon.end:rest[0].start].strip() == "":
                yield Candidate(*content_span(ctx, rest[0].start, sentence[-1].end), t, lemma, source,
                                "cue_colon_text")
    yield from _manner_cue_colon_quote(ctx, sentence)


def _credit_colon(ctx: Context, colon: Token) -> bool:
    """The colon of a picture's credit: after a capitalised credit word (`Фото:`), not a cue's
    place (`заявил в видео: «...»`, `написала под фото: «...»`)."""
    word = ctx.tokens[colon.token_id - 1]
    before = ctx.tokens[word.token_id - 1] if word.token_id > 0 else None
    return word.text.lower() in CREDIT_WORDS and word.text[:1].isupper() and (before is None or before.pos != "ADP")


def _verbless_predication(ctx: Context, words: List[Token]) -> bool:
    """`уверен: данное решение «очень правильный и хороший» шаг`, `заявил: ситуация сложная`: a
    subject in the nominative and a nominative adjective after it, the verb left out (not a
    list of topics: `рассказал о трех вещах: бюджете, налогах и ценах`, nor of people:
    `отвечали: командир экспедиции X, бортинженер Y и первый бразильский космонавт Z`)."""
    nominal = [k for k, w in enumerate(words) if w.pos in ("NOUN", "PRON") and feats(w).get("Case") == "Nom"]
    predicate = bool(nominal) and any(   # an adjective no noun or adjective follows (not `Российский национальный оркестр`)
        w.pos == "ADJ" and feats(w).get("Case") == "Nom" and (k + 1 == len(words) or words[k + 1].pos not in ("NOUN", "PROPN", "ADJ"))
        for k, w in enumerate(words) if k > nominal[0])
    return predicate and not any(ctx.names_person(w) for w in words)


MANNER_TO_COLON = 3   # words between a verb of manner and its colon (`бросил журналистам:`)


def _manner_cue_colon_quote(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`он бросил журналистам: «...»`, `вздохнула: «...»`: a verb of manner is a cue before a
    colon and the quotation right after it, as it is after one, with only its addressee or an
    adverb between (not `бросил камень: «...»`)."""
    plain = {c[1].token_id for c in cues_in(ctx, sentence)}
    for i, t, lemma in cues_in(ctx, sentence, after_quote=True):
        if t.token_id in plain or t.lemma not in MANNER_CUES or ctx.inside_quote(t.start):
            continue
        colon = next((s for s in sentence[i + 1:i + 2 + MANNER_TO_COLON] if s.text == ":"), None)
        q = quotation_right_after(ctx, colon.end) if colon is not None else None
        if q and not _own_cue_after(ctx, q) and _addressee_only(sentence[i + 1:sentence.index(colon)]):
            yield Candidate(q.start + 1, q.end - 1, t, lemma, source_of(ctx, t), "cue_colon_quote")


def pattern_person_verb_colon_quote(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Гольдберг позавидовал будущим коллегам: «...»`, `Друг позвонил мне: «...»`: a person's
    verb of no cue list before a colon and a quotation right after it, with only its addressee
    or an adverb between, introduces what they said, as a verb of manner does (not `позвонил в
    полицию: «...»`, `купил книгу: «...»`, `Фильм получил название: «...»`)."""
    for k, colon in enumerate(sentence):
        if colon.text != ":" or ctx.inside_quote(colon.start) or k < 2:
            continue
        q = quotation_right_after(ctx, colon.end)
        between = next((j for j in range(k - 1, max(-1, k - 2 - MANNER_TO_COLON), -1) if sentence[j].pos in ("VERB", "AUX")
                        and feats(sentence[j]).get("VerbForm") != "Part"), None)   # (not `к семье погибшей[Part]`)
        if q is None or between is None or _own_cue_after(ctx, q) or not _whole_utterance(ctx, q):
            continue
        t = sentence[between]
        if t.lemma not in MANNER_CUES and _person_verb(ctx, t) and _addressee_only(sentence[between + 1:k]):
            yield Candidate(q.start + 1, q.end - 1, t, t.lemma, source_of(ctx, t), "cue_colon_quote")


def _addressee_only(words: List[Token]) -> bool:
    """Between a person's verb and its colon, only whom it was said to (`коллегам`, `к семье
    погибшей`: a dative, after `к` too, and the genitives that hang on it) or adverbs."""
    dative = False
    for w in words:
        case = feats(w).get("Case")
        if w.pos == "ADV" or (w.pos == "ADP" and w.text.lower() == "к"):
            continue
        if case == "Dat":
            dative = True
        elif not (case == "Gen" and dative):   # (`к семье погибшей`: whose family)
            return False
    return True


UTTERANCE_WORDS = 2   # words at least of a quotation a verb of no cue list introduces


def _whole_utterance(ctx: Context, q) -> bool:
    """A quotation of a few words that ends its sentence (not a name the clause goes on with:
    `поверила мошенникам: «сотрудники банка» убедили ее`, `посетил: «Эрмитаж» и Русский музей`)."""
    text = ctx.doc.text
    return len(text[q.start + 1:q.end - 1].split()) >= UTTERANCE_WORDS and re.match(r"\s*(?:[.!?…]|$|\n)", text[q.end:q.end + 3]) is not None


def _person_verb(ctx: Context, t: Token) -> bool:
    """A finite active verb, no cue of the lists, whose subject before it is a person: a name,
    a personal pronoun or an animate noun (`Гольдберг позавидовал будущим коллегам: «...»`, `он
    позвонил мне: «...»`); before a colon and a quotation, a verb of manner."""
    f = feats(t)
    if t.pos != "VERB" or f.get("VerbForm") != "Fin" or f.get("Mood") != "Ind" or f.get("Voice") == "Pass" \
            or cue_lemma(ctx, t) or ctx.inside_quote(t.start):
        return False
    head = head_of(source_of(ctx, t))
    return head is not None and head.start < t.start and (
        ctx.names_person(head) or head.text.lower() in PERSONAL_PRONOUNS or feats(head).get("Animacy") == "Anim")


def _named_again(ctx: Context, m: Mention, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` the label's person is named again as a subject (`Депутат
    Госдумы Олег Шубин направил запрос`; not in the first person of an interview's answer, nor
    inside someone else's clause: `Смит заявил, что Хендерсон блефует`), and a cue follows."""
    again = [o for o in ctx.mentions if o.entity_key == m.entity_key and start <= o.start < end
             and not ctx.inside_quote(o.start) and _subject_mention(ctx, o)]
    return bool(again) and any(cue_lemma(ctx, t) for t in tokens_between(ctx.tokens, again[0].start, end))


def _subject_mention(ctx: Context, m: Mention) -> bool:
    """The name (or the role it is in apposition to) is the subject of the main clause."""
    t = tokens_between(ctx.tokens, m.start, m.end)[0]
    for _ in range(3):
        if t.rel not in ("flat:name", "flat", "appos") or t.head_id < 0:
            break
        t = ctx.tokens[t.head_id]
    return t.rel.startswith("nsubj") and t.head_id >= 0 and ctx.tokens[t.head_id].rel == "root"


def _own_cue_after(ctx: Context, q) -> bool:
    """A `, – cue` right after the quotation: its statement is that cue's."""
    m = re.match(rf"\s*[,.!?…]?\s*{DASH}\s*", ctx.doc.text[q.end:q.end + 12])
    if not m:
        return False
    after = [t for t in tokens_between(ctx.tokens, q.end + m.end(), q.end + m.end() + 40)]
    found = cue_from(ctx, after[0]) if after else None
    return found is not None and not _relayed(ctx, found[0])


def _relayed(ctx: Context, cue: Token) -> bool:
    """A medium's cue after a quotation that a person's cue and colon opened (`Абэ сказал: «...»,
    — сообщает издание «Санкэй симбун»`): the medium relays the person's statement."""
    source = source_of(ctx, cue) if cue.lemma in RELAY_CUES else ()
    return bool(source) and (media_name(" ".join(w.text for w in source))
                             or any(w.lemma.lower() in MEDIA_DESCRIPTORS for w in source))


def _quote_right_after(ctx: Context, cue: Token, lemma: str):
    """A quotation of a few words or more that opens right after the cue, with no colon
    (`сказав «мы принялись ...»`); not after a naming (`назвал «Спутником»`), not a name in
    capitals."""
    if lemma in NAMING_CUES:
        return None
    q = ctx.top_quote_starting_from(cue.end)
    if q is None or ctx.doc.text[cue.end:q.start].strip() or len(ctx.doc.text[q.start:q.end].split()) < 3:
        return None
    words = [w for w in ctx.doc.text[q.start + 1:q.end - 1].split() if w[:1].isalpha()]
    inside = next((t for t in ctx.tokens[cue.token_id + 1:cue.token_id + 3] if t.start > q.start), None)
    named = inside is not None and (m := ctx.mention_of.get(inside.token_id)) is not None \
        and m.type in ("ORG", "LOC") and m.end >= q.end - 1   # `сообщает «Федеральное агентство новостей»`
    return None if all(w[:1].isupper() for w in words) or named else q   # `сообщает «Новый Регион — Екатеринбург»`: a name


def pattern_content_then_cue(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Обсуждение ... «неприемлемо», заявил он в четверг.` and `О том, что ..., заявил X.`"""
    for i, t, lemma in cues_in(ctx, sentence):
        lead = _lead_before_cue(sentence, i)   # `..., также отмечала Голикова`
        if not lemma or lead < 2 or sentence[lead - 1].text not in (",", *DASHES) or ctx.inside_quote(t.start) \
                or feats(t).get("VerbForm") == "Part" and FULL_PARTICIPLE.search(t.text.lower()):
            continue   # (a full participle describes a noun before it: `работ, предполагающих демонтаж`; the
                       # tagger's `передаёт`[Part] is none)
        i = lead
        if _quote_right_after(ctx, t, lemma):
            continue   # `..., сказав «...»`: the quotation after the cue is what was said
        source = source_of(ctx, t, content_first=True)
        if not source or source[0].start < t.start:
            continue   # the source must follow the cue: `..., заявил он`
        first = sentence[0]
        words = [w.text.lower() for w in sentence[:4]]
        if words[:3] == ["об", "этом", ","]:
            continue   # `Об этом, блокировании границы и ..., рассказал X`: topics (``pattern_about_this``)
        pointing = pointing_noun_lead(sentence)
        if pointing and pointing < i - 1 and not is_clause(sentence[pointing:i - 1]):
            continue   # `Таким заявлением сегодня, 17 ноября, отметился X`: the lead points back
            # (``pattern_about_this``); a time set off by commas after it is no content
        if lead >= 2 and cue_lemma(ctx, sentence[lead - 2]) and _relay_aside(ctx, sentence, lead - 1):
            continue   # `Чиновница добавила, передает Интерфакс, что ...`: the medium relays the cue before it
        noun = int(_information_object(sentence) and lemma not in DENYING_CUES)   # `Информацию о том, что ..., подтвердили в X`
        if noun:
            words = [w.text.lower() for w in sentence[1:5]]
        if words[:3] == ["о", "том", ","] and len(sentence) > 4 + noun:
            if words[3] != "что" or _what_asked(sentence[noun:]):
                continue   # `О том, как ...`, `О том, что же на самом деле происходит, рассказал X`: what was
                           # talked about, not what was said
            first = sentence[4 + noun]
        elif first.text in DASHES:
            first = sentence[1]
        elif (relay := _relay_opening(ctx, sentence[:i])) is not None:   # `Как передает корреспондент ИА REGNUM, A,
            first = sentence[relay + 1]   # сообщил X`: the medium relays X's words
        rest = _rest_after_source(ctx, sentence, source)
        colon = _last_colon(ctx, sentence[sentence.index(first):i - 1])
        start = first.start if colon is None else colon.end   # `Тратиться придется и дальше: мир ..., подсчитал МВФ`
        if ctx.inside_quote(start) and not ctx.inside_quote(t.start):
            continue   # the last sentence of a longer quotation: the quotation as a whole is the statement
        if rest is not None and _one_statement(ctx, sentence[sentence.index(first):i - 1], rest):
            # `Такой переход, считает X, повысит ...`: one statement around its cue
            yield Candidate(*content_span(ctx, start, clause_end(ctx, sentence, sentence.index(rest))),
                            t, lemma, source, "cue_inside")
            continue
        if rest is None and reports_another(ctx, sentence, start, sentence[i - 1].start, evidence=medium_phrase(ctx, source)):
            continue   # `Паулс не уверен, что ..., сообщает baltinfo.ru`: the inner statement is the one
        if medium_phrase(ctx, source) and _content_first_inside(ctx, sentence, start, sentence[i - 1].start):
            continue   # `A, заявил вице-министр X, передает BES.media`: the medium relays X's statement
        relative = rest is not None and i >= 2 and sentence[i - 2].lemma == "который"   # `бизнесменов, которые, считает X, могут ...`:
        if lemma in OBJECT_FIRST_CUES and _described_object(sentence[sentence.index(first):i - 1]):
            continue   # `Видеообращение курьеров, у которых были закрыты лица, опубликовал X`: what was published
        if rest is None and all(w.text.lower() in TIME_ADVERBS or w.pos == "PUNCT" for w in sentence[sentence.index(first):i - 1]):
            continue   # `Сейчас, считает X, рано судить`: a time alone says nothing (`Отнюдь, возразил X` does)
        if (rest is None or is_clause(sentence[sentence.index(first):i - 1])) and not relative:
            if first.text.lower() in LEANING_OPENERS and colon is None:   # `... испытаний. Но она еще не завершена, подчеркнул X`
                start = _first_person_paragraph_start(ctx, sentence, i, source) \
                    or (_previous_in_paragraph(ctx, sentence) or [first])[0].start
            elif sentence[lead - 1].text in DASHES and colon is None and first is sentence[0]:
                resumed = _resumed_after(ctx, t)
                start = _speech_paragraph_start(ctx, sentence, source, bool(resumed)) or start
                line_start = ctx.doc.text.rfind("\n", 0, first.start) + 1
                if resumed and ctx.doc.text[line_start:first.start].strip():   # `A. B, — признался X. — C`: C is his
                    yield from _dialogue_continued(ctx, t, lemma, source)   # too (a paragraph's first: the dialogue's)
            elif colon is None and first is sentence[0]:
                start = _dialogue_line_start(ctx, sentence, source) \
                    or _first_person_paragraph_start(ctx, sentence, i, source, resumed=bool(_resumed_after(ctx, t))) or start
            yield Candidate(*content_span(ctx, start, sentence[i - 1].start), t, lemma, source, "content_then_cue")
        if rest is not None:   # `«A», считает X, «B»`: two statements
            yield Candidate(*content_span(ctx, rest.start, clause_end(ctx, sentence, sentence.index(rest))),
                            t, lemma, source, "content_then_cue")


def _content_first_inside(ctx: Context, sentence: List[Token], start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` close with a content-first cue of their own (`A,
    заявил X`): a finite cue after a comma or a dash, with words after it."""
    for i, t, lemma in cues_in(ctx, sentence):
        if start < t.start and t.end < end and i > 0 and sentence[i - 1].text in (",", *DASHES) \
                and feats(t).get("VerbForm") == "Fin":
            return True
    return False


def _described_object(words: List[Token]) -> bool:
    """The words before a cue's comma are a noun phrase and a relative clause that runs up to
    that comma (`Видеообращение доставщиков, у которых были закрыты лица, опубликовал X`): the
    cue's object described, no statement; not where the clause goes on after the relative one
    (`Решение, которое приняли вчера, — ошибка, заявил X`)."""
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if len(commas) != 1 or is_clause(words[:commas[0]]) or any(w.text in DASHES for w in words[:commas[0]]):
        return False   # (`Главная цель — добыча данных, которые ..., объясняет X`: a dash predicates)
    return any(w.lemma in RELATIVE_WORDS for w in words[commas[0] + 1:commas[0] + 3])


def _information_object(sentence: List[Token]) -> bool:
    """A sentence that opens with news in the accusative, the cue's object (`Информацию о том, что
    ..., обнародовал X`), not its subject or a genitive of negation (`Информация о том, что ..., не
    соответствует действительности`, `Данных о том, что ... — нет`: the clause is what is denied)."""
    return len(sentence) > 5 and sentence[0].lemma in INFORMATION_NOUNS and feats(sentence[0]).get("Case") == "Acc"


def _what_asked(sentence: List[Token]) -> bool:
    """`О том, что же (именно) происходит, ...`: the `что` asks; what was talked about, a topic."""
    return len(sentence) > 4 and sentence[4].text.lower() in QUESTION_PARTICLES


def pattern_about_that(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`О том, что кампанию начнут 25 января, Карвалью объявил еще в декабре.`, `О том, что
    ..., на прошлой неделе говорил член правления X`: the что clause opens the sentence; the
    source and the cue follow it, in either order, after a few words with no verb
    (`..., заявил X` right after the comma is ``pattern_content_then_cue``'s)."""
    lead = int(_information_object(sentence))   # `Информацию о том, что ..., обнародовал X`
    if [w.text.lower() for w in sentence[lead:lead + 4]] != ["о", "том", ",", "что"] or ctx.inside_quote(sentence[0].start) \
            or _what_asked(sentence[lead:]):
        return
    cues = [(i - lead, t, lemma) for i, t, lemma in cues_in(ctx, sentence)]   # (indices past the noun)
    sentence = sentence[lead:]
    for i, t, lemma in cues:
        if not lemma or i < 6 or ctx.inside_quote(t.start) or feats(t).get("VerbForm") != "Fin" \
                or (lead and lemma in DENYING_CUES):
            continue   # (`Информацию о том, что ..., опровергли в X`: what X denied)
        source = source_of(ctx, t)
        k = next((k for k, w in enumerate(sentence) if source and w.token_id == source[0].token_id), None)
        if k is None or k < 6:
            continue
        first = min(i, k)
        comma = next((c for c in range(first - 1, 4, -1) if sentence[c].text == ","), None)
        if comma is None or comma < 5 or comma + ABOUT_THAT_GAP < first \
                or any(w.pos in ("VERB", "AUX", "CCONJ", "PUNCT") for w in sentence[comma + 1:first]) \
                or (k > i and sentence[i + 1:k] and any(w.pos in ("VERB", "AUX") for w in sentence[i + 1:k])) \
                or any(w.rel == "root" for w in sentence[4:comma]):   # `О том, что ..., стало известно 10 декабря, днём позже X предложил`
            continue
        yield Candidate(*content_span(ctx, sentence[4].start, sentence[comma].start), t, lemma, source, "about_that")
        return


def _speech_paragraph_start(ctx: Context, sentence: List[Token], source, resumed: bool = False) -> Optional[int]:
    """`Пока прививают одной вакциной. Она двухкомпонентная. ... Защита наступает через 3
    недели, - рассказал Нетёсов.`, `Мы обещали ... . Прошу вас ускорить эту работу, подчеркнул
    губернатор.`: unquoted speech closed by a dash or a comma and its cue at a paragraph's
    end is the whole paragraph, when no sentence before holds a cue, a source phrase or a
    quotation of its own; also where the speech is ``resumed`` after its cue (`..., — признался
    X. — Как никогда раньше, ...`) and the sentences before speak in the first or second person
    (`В нашем оркестре вы видите ...`; not the reporter's `В области введен режим ЧС.`)."""
    closes = _closes_paragraph(ctx, source, " \t.!?") or (_closes_paragraph(ctx, sentence, " \t.!?") and not any(
        w.pos in ("VERB", "AUX") for w in sentence if w.start > source[-1].start))   # (past where: `в соцсетях`; not `, добавив ...`)
    if not (resumed or closes) or _opens_quotation(sentence) or _indirect_question(sentence):
        return None   # the cue's sentence must close the paragraph; one opening a quotation is where the speech starts
    start, spoken, earliest = None, False, sentence
    previous = _previous_in_paragraph(ctx, sentence)
    while previous and not _holds_quotation(ctx, previous):
        start = (previous[1] if previous[0].text in DASHES and len(previous) > 1 else previous[0]).start   # (a dialogue line's dash)
        earliest = previous
        spoken = spoken or any(w.text.lower() in FIRST_PERSON_WORDS or SECOND_PERSON.fullmatch(w.text) for w in previous)
        previous = _previous_in_paragraph(ctx, previous)
    if resumed and previous and _opens_quotation(previous) and not ctx.inside_quote(previous[0].start):
        return previous[0].start   # `«Если люди прикормились ... . В точке ... , — говорит она. — ...»`: from the mark
    if sentence[0].text in "«\"„“" and not spoken:
        return None   # `Суд начал рассматривать иск. «Фонд» выплатит компенсации, — сообщил X`: the reporter's before
    if closes and previous is None and earliest[0].text not in DASHES:
        start = _dash_paragraph_before(ctx, earliest) or start
    return start if closes or spoken else None


def _dash_paragraph_before(ctx: Context, first: List[Token]) -> Optional[int]:
    """`- Развитие отрасли осуществляется ... .` then `Скорость интернета превысит ..., — отметил
    X.`: a paragraph of speech that the cue's paragraph goes on from, opened by a dialogue
    dash and holding no cue, source phrase or quotation of its own, starts the speech (its
    first word past the dash)."""
    text = ctx.doc.text
    before = ctx.by_sentence.get(first[0].sentence_id - 1)
    if not before or "\n" not in text[before[-1].end:first[0].start]:
        return None
    paragraph = [before]
    while (previous := _previous_in_paragraph(ctx, paragraph[0])) is not None:
        paragraph.insert(0, previous)
    opening = ctx.by_sentence.get(paragraph[0][0].sentence_id - 1)
    if paragraph[0][0].text not in DASHES or len(paragraph[0]) < 2 or (opening and "\n" not in text[opening[-1].end:paragraph[0][0].start]) \
            or any(_holds_quotation(ctx, s) or any(lemma for _, _, lemma in cues_in(ctx, s)) for s in paragraph) \
            or "?" in text[paragraph[0][0].start:before[-1].end] or not paragraph[0][1].text[:1].isupper():
        return None   # (not an interviewer's question, `— Что будет с ценами?`, nor a list's item, `- открыто пять школ.`)
    return paragraph[0][1].start


# Words that open an indirect question (`Почему ставка ..., как формируется ... — рассказывает X`):
# a topic the cue names, no speech for the paragraph before to join.
ASKING_WORDS = frozenset("почему зачем сколько насколько кто чем какой какая какое какие каков куда откуда".split())
def _indirect_question(sentence: List[Token]) -> bool:
    """The sentence opens with a question word and meets its cue's dash with no comma before it
    (`Почему ..., как ... и к чему это приведет — рассказывает X`): a topic; not speech that opens
    with one (`Сколько продлится ремонт, сказать трудно, — отметил X`)."""
    return sentence[0].text.lower() in ASKING_WORDS and not any(
        a.text == "," and b.text in DASHES for a, b in zip(sentence, sentence[1:]))


QUOTED_NAME_MAX_WORDS = 10   # a «name» in speech (`спорить с «Ак Барсом»`), not a quotation


def _holds_quotation(ctx: Context, sentence: List[Token]) -> bool:
    """A quotation mark or a quoted word in the sentence, but for capitalised «names» with no
    verb (`Мы будем спорить с «Ак Барсом» и с «Трактором».`, `программы «Научно-педагогические
    кадры инновационной России на 2009–2013 годы»`: still the speaker's own words)."""
    text = ctx.doc.text
    for w in sentence:
        if not (ctx.inside_quote(w.start) or w.text in "«»\""):
            continue
        q = ctx.top_quote_starting_by(w.start)
        if q is None or not q.start <= w.start < q.end or not text[q.start + 1:q.start + 2].isupper() \
                or len(text[q.start:q.end].split()) > QUOTED_NAME_MAX_WORDS or any(
                    q.start < t.start < q.end and (is_clause([t]) or t.text in ".!?:") for t in sentence):
            return True
    return False


def _opens_quotation(sentence: List[Token]) -> bool:
    """The sentence opens with a quotation mark its own words do not close (`«Тестирование – это
    необходимость, – рассказал X. – В`, `«Сроки сдачи «сдвигали» ..., — говорит X`; not a name's
    `«Скорая» едет долго`)."""
    opened = sum(w.text in "«„" for w in sentence) - sum(w.text in "»“" for w in sentence)
    return sentence[0].text in "«\"„“" and (opened > 0 or sentence[0].text == '"' and sum(w.text == '"' for w in sentence) % 2 == 1)


def _first_person_paragraph_start(ctx: Context, sentence: List[Token], cue_at: int, source,
                                  resumed: bool = False) -> Optional[int]:
    """`Таким образом, ... . У него будут бреши. А этими брешами мы воспользуемся, заключил
    собеседник издания.`: content before a comma and its cue that speaks in the first person
    is the speaker's own speech, which runs over the whole paragraph as after a dash (not a
    lead in the third person: `МОСКВА, 28 дек — РИА Новости. Новые станции ..., сообщил X`)."""
    words = sentence[:cue_at]
    if not any(w.text.lower() in FIRST_PERSON_WORDS or (feats(w).get("Person") == "1" and w.pos in ("VERB", "AUX"))
               for w in words if not ctx.inside_quote(w.start)):
        return None
    return _speech_paragraph_start(ctx, sentence, source, resumed)


def _closes_paragraph(ctx: Context, source, trailing: str) -> bool:
    """Nothing but ``trailing`` characters between the source phrase and the paragraph's end."""
    tail = ctx.doc.text[source[-1].end:source[-1].end + 40].lstrip(trailing)
    return not tail or tail[0] in "\r\n"


def _dialogue_line_start(ctx: Context, sentence: List[Token], source) -> Optional[int]:
    """`- Допустим, ставили на ... . Это миф. ... В этом смысле победа вполне вероятна,
    цитирует Андрея Лаврова «Вечерний Челябинск».`: a paragraph opened by a dash and closed
    by the cue's sentence is one line of speech, from its first word."""
    if not _closes_paragraph(ctx, source, " \t.!?»\""):
        return None
    first, previous = sentence, _previous_in_paragraph(ctx, sentence)
    while previous:
        first, previous = previous, _previous_in_paragraph(ctx, previous)
    opening = ctx.by_sentence.get(first[0].sentence_id - 1)
    if first is sentence or first[0].text not in DASHES or len(first) < 2 or (
            opening and "\n" not in ctx.doc.text[opening[-1].end:first[0].start]):
        return None
    return first[1].start


def _previous_in_paragraph(ctx: Context, sentence: List[Token]) -> Optional[List[Token]]:
    """The sentence before in the same paragraph, unless it is quoted or is a statement of
    its own: a finite cue (`"...", - указывает собеседница. Однако ..., подчеркивают в ГЭЦ`;
    not `... можно будет говорить ... . Но она ..., подчеркнул X`) or a source phrase (`По
    словам X, ... . Однако ..., заверил генсек`). A sentence glued to the one before with no
    space opens a paragraph whose break the page lost (`... концертом.В нашем оркестре ...`)."""
    previous = ctx.by_sentence.get(sentence[0].sentence_id - 1)
    if previous and "\n" not in ctx.doc.text[previous[-1].end:sentence[0].start] and not ctx.inside_quote(previous[0].start) \
            and previous[-1].end != sentence[0].start \
            and not any(lemma and feats(t).get("VerbForm") == "Fin" and not _first_person(ctx, t)   # (the speaker's own `Допустим, ...`)
                        for _, t, lemma in cues_in(ctx, previous)) \
            and next(pattern_source_phrase(ctx, previous), None) is None:
        return previous
    return None


def _first_person(ctx: Context, verb: Token) -> bool:
    """`Допустим`, `Мы обещали федеральным властям ...`: the speaker's own verb, not a cue
    of another statement."""
    return feats(verb).get("Person") == "1" or any(
        c.rel.startswith("nsubj") and c.text.lower() in FIRST_PERSON_SUBJECTS for c in ctx.children.get(verb.token_id, []))


def _last_colon(ctx: Context, words: List[Token]) -> Optional[Token]:
    """A colon in a content-first statement after which a clause stands: the lead-in before
    it is the author's, what follows is the source's."""
    colons = [k for k, w in enumerate(words) if w.text == ":" and not ctx.inside_quote(w.start)]
    if colons and is_clause(words[colons[-1] + 1:]) and is_clause(words[:colons[-1]]):
        return words[colons[-1]]
    return None


def _lead_before_cue(sentence: List[Token], i: int) -> int:
    """Index of the first word of a cue group: the cue with a filler or two before it, or `так`
    after a dash."""
    while i > 0 and sentence[i - 1].text.lower() in AS_CUE_FILLERS and i >= 2:
        i -= 1
    if i >= 3 and sentence[i - 1].text.lower() == "так" and sentence[i - 2].text in DASHES \
            and not any(w.text in DASHES for w in sentence[i + 1:]):
        i -= 1   # `A — так сказал X`: `так` points back to what was said (not `A — так заявил X — B`)
    return i


ADVERSATIVES = frozenset({"а", "но", "однако"})


RELAY_OPENERS = (("об", "этом"), ("о", "чем"), ("как",))   # `..., подчеркнул X, об этом сообщает телеканал`


def _words_relayed(ctx: Context, rest: List[Token]) -> bool:
    """The clause after a cue's source is `(его|ее|их|X) слова привела MEDIUM` to the sentence's
    end: a medium relays the same words (not `A, считает X, намеренно передают слова ...`, nor
    `слова которого передает пресс-служба, — B`)."""
    opening = rest[1:2] if rest[:1] and rest[0].text.lower() in OWNER_PRONOUNS else rest[:1]
    return bool(opening) and opening[0].lemma == "слово" \
        and any(w.lemma in WORDS_RELAYING_VERBS for w in rest[:WORDS_RELAYED_REACH]) \
        and any(getattr(ctx.mention_of.get(w.token_id), "type", None) == "ORG" for w in rest) \
        and not any(w.text in (",", *DASHES) for w in rest)


def _rest_after_source(ctx: Context, sentence: List[Token], source) -> Optional[Token]:
    """The first word after `, cue source, ` when the sentence goes on with a clause."""
    last = source[-1]
    k = next((k for k, w in enumerate(sentence) if w.token_id == last.token_id), None)
    while k is not None and k + 1 < len(sentence) and getattr(ctx.mention_of.get(sentence[k + 1].token_id), "type", None) == "ORG" \
            and last.text.lower() in OWNER_PRONOUNS | OBJECT_PRONOUNS:
        k += 1   # `Россияне, цитирует ее РИА Новости, находятся ...`: past the medium that quotes her
    if k is None or k + 2 >= len(sentence) or sentence[k + 1].text != ",":
        return None
    rest = sentence[k + 2:]
    opener = next((len(o) for o in RELAY_OPENERS if [w.text.lower() for w in rest[:len(o)]] == list(o)), 0)
    if opener < len(rest) and cue_lemma(ctx, rest[opener]) and feats(rest[opener]).get("VerbForm") == "Fin":
        return None   # `..., заявил X, передает ТАСС`, `..., об этом сообщает телеканал`: a medium relays the same statement
    if _words_relayed(ctx, rest):
        return None   # `..., – подчеркнул Карпенко, его слова привела БелТА.`: a medium relays the same statement
    clause = rest[1:next((j for j, w in enumerate(rest) if j and w.text == ","), len(rest))]
    if rest[0].text.lower() in ADVERSATIVES and any(
            w.pos == "VERB" and feats(w).get("VerbForm") == "Fin" and cue_lemma(ctx, w) for w in clause):
        return None   # `A, утверждают Telegram-каналы, однако в правительстве это назвали «фейком»`: another's reaction
    quoted = ctx.top_quote_starting_from(rest[0].start) if rest[0].text in OPENING_MARKS else None
    if quoted is not None and is_clause(tokens_between(ctx.tokens, quoted.start, quoted.end)):
        return rest[0]   # `Между тем, продолжил глава государства, "твердой уверенности ... нет ни у кого"`
    if rest[0].text.lower() in PARENTHETICAL_GERUNDS:   # `, полагает Иосиф, судя по всему, понравилось`: an aside
        comma = next((j for j, w in enumerate(rest) if j and w.text == ","), None)
        after = rest[comma + 1:] if comma is not None else []
        return rest[0] if after and is_clause(after) and not ctx.inside_quote(rest[0].start) else None
    gerund = rest[1] if rest[0].text.lower() == "не" and len(rest) > 1 else rest[0]   # (`, не уточнив, насколько`)
    if feats(gerund).get("VerbForm") == "Conv" and gerund.text.lower().endswith(GERUND_ENDINGS):   # `..., — заявил он, выступая на военной базе`: a gerund's
        colon = next((j for j, w in enumerate(rest) if w.text == ":" and not ctx.inside_quote(w.start)), None)   # circumstance;
        after = rest[colon + 1:] if colon is not None else []   # what its colon opens is said too (`заявил X,
        return after[0] if after and is_clause(after) and not ctx.inside_quote(after[0].start) else None   # выступая в палате: решено ...`)
    until_comma = _after_adverbials(rest)
    pronoun = len(source) == 1 and last.pos == "PRON"   # `Виной тому, пояснил он, ранний антициклон`: no apposition
    if any(_relative_opener(words) for words in (rest, until_comma)) or _owners_relative_to_the_end(rest) \
            or not (is_clause(until_comma) or rest[0].pos == "SCONJ" or pronoun or _thing_subject(last, until_comma, rest)
                    or feats(rest[0]).get("VerbForm") == "Inf"):   # `Лучше, считает X, отдыхать ...`: no apposition
        return None   # `Павел Волчков, заведующий лабораторией ..., где ...`: an apposition, not the statement
        # (`..., если бы Поднебесная, будучи ...`)
    return rest[0] if not ctx.inside_quote(rest[0].start) else None


def _thing_subject(last: Token, until_comma: List[Token], rest: List[Token]) -> bool:
    """`Таким образом, утверждает Шарапова, отстранение ее от тенниса, что ..., выглядит ...`:
    after a person's name, an inanimate noun in the nominative whose clause a subordinate one
    interrupts at the comma is the statement's subject, no apposition (`Шарапова, теннисистка,
    ...`: a person's noun)."""
    head = next((w for w in until_comma if w.pos not in ("ADJ", "DET", "NUM")), None)
    return feats(last).get("Animacy") == "Anim" and head is not None and head.pos == "NOUN" \
        and feats(head).get("Animacy") == "Inan" and feats(head).get("Case") == "Nom" and is_clause(rest)


def _adverbial(segment: List[Token]) -> bool:
    """A run that opens with a preposition, a number or an adverb and holds no nominative
    noun: a date, a place or a time (`1 февраля 2001 года`, `в день ...`), not an apposition
    (`с 2019 года глава района`); the tagger reads `1` of `1 февраля` as ADJ."""
    return bool(segment) and (segment[0].pos in ADVERBIAL_OPENERS or segment[0].text[:1].isdigit()) \
        and not any(w.pos in ("NOUN", "PROPN") and feats(w).get("Case") == "Nom" for w in segment)


def _relative_opener(words: List[Token]) -> bool:
    """`, у которой заболели ...`, `, который курирует`: a relative clause, no statement."""
    opener = words[1] if words and words[0].pos == "ADP" and len(words) > 1 else (words[0] if words else None)
    return opener is not None and (opener.lemma in RELATIVE_WORDS or opener.text.lower() in RELATIVE_WORDS)


def _owners_relative_to_the_end(rest: List[Token]) -> bool:
    """`, слова которого приводит пресс-служба.`: a relative clause on a noun whose pronoun is
    its genitive, running to the sentence's end: no statement (where a comma closes it, the
    statement may go on after it: `Главная задача, подчеркнул X, слова которого передает
    пресс-служба, — сохранить ...`)."""
    return len(rest) > 2 and rest[0].pos == "NOUN" and rest[1].lemma == "который" and feats(rest[1]).get("Case") == "Gen" \
        and not any(w.text == "," for w in rest[2:])


def _after_adverbials(rest: List[Token]) -> List[Token]:
    """The words up to the first comma of ``rest``, or past adverbial runs set off by commas
    (`, сообщает X, 1 февраля 2001 года, в день ..., художники проведут ...`)."""
    start = 0
    while True:
        comma = next((j for j, w in enumerate(rest[start:], start) if w.text == ","), len(rest))
        segment = rest[start:comma]
        if is_clause(segment) or comma == len(rest) or not _adverbial(segment):
            return segment
        start = comma + 1


ABOUT_THIS_FIRST = frozenset(p[0] for p in ABOUT_THIS)
ABOUT_THIS_REACH = 16   # words between `Об этом` and its cue (a place, a programme and its channel, a date)


def pattern_about_this(ctx: Context, sentence: List[Token], previous: Optional[List[Token]]) -> Iterator[Candidate]:
    """`... Об этом заявил Песков.`, `Это подчеркнул X`, `Так считает X`: the content is the
    sentence before; also past a medium that relays it (`Как передает корреспондент АПА, об этом
    сказал журналистам X`)."""
    sentence = _past_relay(ctx, sentence)
    words = [t.text.lower() for t in sentence[:3]]
    listed = about_this_lead(words) if words[0] in ABOUT_THIS_FIRST else None
    pointed = None if listed else pointing_noun_lead(sentence)   # (`Таким мнением поделился X`)
    lead = listed or pointed
    if words[:2] == ["в", "этом"] and len(sentence) > 3 and (sentence[2].lemma in PREDICATIVE_CUES or words[2] == "не"):
        lead = 2   # `В этом уверен X`, `В этом не сомневается X` (not `В этом году X заявил`)
    pointing = tuple(words[:2]) == POINTING_BACK
    lead = len(POINTING_BACK) if pointing else lead
    if previous and not lead:   # (`Эти жители рассказали об этом`: no lead of its own)
        yield from _cue_then_about_this(ctx, sentence, previous)
    if not previous or not lead:
        return
    noun_lead = words[lead - 1] not in ("этом", "это", "так", "же", "этим")   # `Такие данные`, `Такой прогноз`
    if _topics_after_this(sentence, lead):
        yield from _about_this_and_topics(ctx, sentence, lead, previous)
        return
    skip = -1
    for k, t in enumerate(sentence[lead:lead + ABOUT_THIS_REACH], lead):   # `Об этом в эфире "Сніданку з 1+1" 13 января рассказал X`
        if k <= skip:
            continue
        if t.text == "," and (skip := _relay_aside_end(sentence, k)) > k:
            continue   # `Такое заявление, по данным ТАСС, сделала X`: who relays it
        lemma = cue_lemma(ctx, t) or (t.lemma if noun_lead and t.lemma in PRESENTING_CUES and t.pos == "VERB" else None)
        if lemma and pointing and lemma not in POINTING_BACK_CUES:
            return   # `На это X ответил, что ...`: what was answered
        if lemma and pointed and lead == pointed and (lemma in OBJECTING_CUES | DENYING_CUES
                                     or any(w.text.lower() == "не" for w in sentence[lead:k])):
            return   # `С таким прогнозом не согласен X`: what X disputes
        if lemma:
            if not _only_a_date(ctx, previous):   # (`17 декабря 2012\nОб этом сообщил X`: the page cut the words)
                yield _reports_sentence_before(ctx, previous, t, lemma)
            return
        if ctx.inside_quote(t.start) or (t.text == "." and _glued(sentence, k)) or ctx.date_aside(sentence[k]):
            continue   # `Об этом «Газете.Ru» рассказала X`: a name's own marks; `Об этом в пятницу, 12 декабря, сообщил X`
        if t.text in ",.;:!?" or (t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"):
            return   # `Это решение вызвало критику`: the words are the sentence's own subject


SOURCE_ASIDE_WORDS = 6   # words at most in `, по данным ТАСС,` between a lead and its cue


def _relay_aside_end(sentence: List[Token], k: int) -> int:
    """The index of the comma that closes an aside naming who relays a statement, opened by the
    comma at ``k`` (`, по данным ТАСС,`, `, по информации агентства,`, `, как передает БелТА,`), or -1."""
    words = [w.text.lower() for w in sentence[k + 1:k + 3]]
    if len(words) < 2 or not (words[0] == "по" and words[1] in RELAY_PHRASE_NOUNS
                              or words[0] == "как" and sentence[k + 2].lemma in RELAY_CUES):
        return -1   # (also `, как передает БелТА,`)
    return next((j for j in range(k + 3, min(len(sentence), k + 2 + SOURCE_ASIDE_WORDS)) if sentence[j].text == ","), -1)


def pattern_dash_about_this(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`A – об этом в интервью «Известиям» рассказал X`: the clause before the dash is what `об
    этом` points back to, in the same sentence (not `об этом` inside quotation marks; after a
    comma, `..., об этом она заявила`, only a clause with no cue of its own: `ВГУ выиграл конкурс
    грантов, об этом сообщил ректор вуза X`); so is the clause before `, о чем сообщил X`
    (ABOUT_WHICH)."""
    for k in range(2, len(sentence) - 2):
        pair = (sentence[k].text.lower(), sentence[k + 1].text.lower())
        if sentence[k - 1].text not in (",", *DASHES) or not (pair == ("об", "этом") or _about_which(sentence, k, pair)) \
                or ctx.inside_quote(sentence[k].start) or not is_clause(sentence[:k - 1]) \
                or (sentence[k - 1].text == "," and any(cue_lemma(ctx, t) for t in sentence[:k - 1])):
            continue
        for t in sentence[k + 2:k + 2 + ABOUT_THIS_REACH]:
            lemma = cue_lemma(ctx, t)
            if lemma and feats(t).get("VerbForm") == "Fin" and not ctx.inside_quote(t.start):
                first = _past_connective(sentence) if pair in ABOUT_WHICH else 0   # (`Кроме того, A, о чем сообщил X`: A)
                yield Candidate(*content_span(ctx, sentence[first].start, sentence[k - 1].start), t, lemma,
                                source_of(ctx, t), "about_this")
                return
            if t.text in ",.;:!?" or (t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"):
                break
        return


def _about_which(sentence: List[Token], k: int, pair: tuple) -> bool:
    """`A, о чем сообщил X` at ``k``: after a comma, not after a pronoun the relative describes
    (`Произошло то, о чем ...`) nor in an indirect question (`Стало известно, о чем говорили ...`)."""
    return pair in ABOUT_WHICH and sentence[k - 1].text == "," and sentence[k - 2].text.lower() not in ABOUT_WHICH_NOT_AFTER \
        and not any(w.lemma in ABOUT_WHICH_QUESTION_WORDS or w.text.lower() in ABOUT_WHICH_QUESTION_WORDS for w in sentence[:k - 1])


def _past_connective(sentence: List[Token]) -> int:
    """The index of the first word after a connective and its comma opening the sentence
    (`Кроме того, ...`, `При этом, ...`), else 0."""
    n = next((n for n in (3, 2, 1) if len(sentence) > n + 1 and sentence[n].text == ","
              and tuple(w.text.lower() for w in sentence[:n]) in CONNECTIVES), None)
    return n + 1 if n else 0


def pattern_dash_cue_opening(ctx: Context, sentence: List[Token], previous: Optional[List[Token]]) -> Iterator[Candidate]:
    """`Создали много моментов, нужно было реализовывать. - Отметил на пресс-конференции
    наставник X.`: a sentence opened by a dash and a finite cue with its source after it (the
    writer's period and capital cut a content-first statement in two) reports the sentence
    before it, in its paragraph."""
    if previous is None or len(sentence) < 3 or sentence[0].text not in DASHES or ctx.inside_quote(sentence[0].start):
        return
    t = sentence[1]
    lemma = cue_lemma(ctx, t)
    text = ctx.doc.text
    if not lemma or feats(t).get("VerbForm") != "Fin" or text[previous[-1].end:sentence[0].start].strip(" \t\u00a0") \
            or previous[-1].text not in (".", "!", "…") or ctx.inside_quote(previous[-1].start) \
            or any(w.text == ":" or (w.text.lower() == "что" and sentence[k].text == ",") for k, w in enumerate(sentence[2:], 1)):
        return   # (the same paragraph; not a cue with content of its own: `— Отметил X, что ...`)
    source = source_of(ctx, t, content_first=True)
    if source and source[0].start > t.start:
        yield Candidate(*content_span(ctx, previous[0].start, previous[-1].start), t, lemma, source, "content_then_cue")


def _topics_after_this(sentence: List[Token], lead: int) -> bool:
    """`Об этом, блокировании поляками границы и ..., рассказал X`: `об этом` opens a list of
    what was talked about."""
    return lead < len(sentence) and sentence[lead].text == "," and sentence[lead - 1].text.lower() == "этом"


def _about_this_and_topics(ctx: Context, sentence: List[Token], lead: int, previous: List[Token]) -> Iterator[Candidate]:
    """The cue after the list's closing comma reports the sentence before (the other topics
    are what was talked about, not what was said)."""
    for k in range(lead + 2, len(sentence)):
        t = sentence[k]
        lemma = cue_lemma(ctx, t)
        if sentence[k - 1].text == "," and lemma and feats(t).get("VerbForm") == "Fin" and not ctx.inside_quote(t.start):
            yield _reports_sentence_before(ctx, previous, t, lemma)
            return


SUBJECT_BEFORE_CUE = 6   # words of a subject before `рассказал об этом`
# A clause or a quotation of its own after `об этом` (a short capitalised name in quotation
# marks is neither: `на YouTube-канале «Света вокруг света»`).
OWN_WORDS_AFTER_THIS = re.compile(r"\bчто\b|:|[«»\"„“”]", re.I)
QUOTED_NAME = re.compile(r"[«\"„“][А-ЯЁA-Z0-9][^«»\"„“”\n]{0,40}[»\"“”]")


def _cue_then_about_this(ctx: Context, sentence: List[Token], previous: List[Token]) -> Iterator[Candidate]:
    """`Он рассказал об этом в интервью`, `Министр Иван Петров сообщил об этом журналистам`: the
    same report as `Об этом он рассказал`, its subject first; the sentence says nothing of its
    own after `об этом` (no `что`, colon or quotation)."""
    for k, t in enumerate(sentence[:SUBJECT_BEFORE_CUE + 1]):
        words = [w.text.lower() for w in sentence[k + 1:k + 3]]
        lemma = cue_lemma(ctx, t) if k and words in (["об", "этом"], ["о", "этом"]) else None
        if lemma and feats(t).get("VerbForm") == "Fin" \
                and not any(w.pos in ("VERB", "AUX", "PUNCT", "SCONJ") and w.text != "." for w in sentence[:k]) \
                and not _own_words_after(ctx, sentence, k + 3):
            yield _reports_sentence_before(ctx, previous, t, lemma)
            return


def _only_a_date(ctx: Context, sentence: List[Token]) -> bool:
    """The sentence is a date and nothing else (`17 декабря 2012`): no words for `Об этом` to report."""
    words = [t for t in sentence if t.pos != "PUNCT"]
    return bool(words) and all(any(d.start <= t.start and t.end <= d.end for d in ctx.dates) for t in words)


def _reports_sentence_before(ctx: Context, previous: List[Token], cue: Token, lemma: str) -> Candidate:
    """The statement `Об этом заявил X` (and its variants) makes of the sentence before (of the
    one before it where that one points back too); after that sentence's own source phrase (`По словам заместителя ... Алексея Жукова, сейчас
    концерн ... . Об этом он заявил ...`: one statement, the same words)."""
    earlier = ctx.by_sentence.get(previous[0].sentence_id - 1)
    adverb = _time_adverb_before_lead(previous)   # (`Вчера об этом написала газета. Сегодня об этом заявил X`)
    lead = adverb + about_this_lead([w.text.lower() for w in previous[adverb:adverb + 3]]) \
        if previous[adverb].text.lower() in ABOUT_THIS_FIRST else 0
    if earlier and lead and "\n" not in ctx.doc.text[earlier[-1].end:previous[0].start] and any(
            cue_lemma(ctx, w) and feats(w).get("VerbForm") == "Fin" for w in previous[lead:lead + ABOUT_THIS_REACH]):
        previous = earlier   # `A. Об этом рассказали E1.RU в X. Как сообщили активисты, это уже подтвердила Urenco`: A
    elif earlier and _gapped(previous) and not _gapped(earlier) and "\n" not in ctx.doc.text[earlier[-1].end:previous[0].start] \
            and not _sourced(ctx, earlier):   # (not `Силуанов заявил, что A. В регионах — B. Об этом рассказал X`: A is his)
        return Candidate(*content_span(ctx, earlier[0].start, _before_relay(ctx, previous)), cue, lemma, source_of(ctx, cue),
                         "about_this")   # `Из реки брать 50 тысяч кубометров. Из карьера — 15 тысяч. Об этом рассказал X`
    start = previous[0].start
    words = [w.text.lower() for w in previous[:4]]
    if len(previous) > 3 and tuple(words[:2]) in SOURCE_PHRASE_STARTS:
        end = phrase_end(ctx, previous, 2)
        if end is not None and end[0] + 1 < len(previous):
            start = previous[end[0] + 1].start
    elif len(previous) > 4 and words[1] in OWNER_PRONOUNS and (words[0], words[2]) in SOURCE_PHRASE_STARTS and words[3] == ",":
        start = previous[4].start   # `По его словам, A. Об этом Андрей Садовый сообщил в Facebook.`: A
    return Candidate(*content_span(ctx, start, _before_relay(ctx, previous)), cue, lemma, source_of(ctx, cue), "about_this")


def _sourced(ctx: Context, sentence: List[Token]) -> bool:
    """The sentence names a source of its own: a cue or a source phrase (`По данным Росстата`)."""
    words = [w.text.lower() for w in sentence]
    return bool(cues_in(ctx, sentence)) or any(tuple(words[k:k + 2]) in SOURCE_PHRASE_STARTS for k in range(len(words)))


def _gapped(sentence: List[Token]) -> bool:
    """A sentence whose verb a dash stands for, opening with a prepositional phrase (`Из
    Кадыковского карьера — 15 тысяч кубометров.`, `А в Москве — 20.`): no verb of its own, it
    goes on with the sentence before (not `Москва — столица`: a copula's sentence of its own)."""
    first = sentence[1] if len(sentence) > 1 and sentence[0].pos == "CCONJ" else sentence[0]
    return first.pos == "ADP" and any(w.text in DASHES for w in sentence[1:-1]) \
        and not any(w.pos in ("VERB", "AUX") for w in sentence)


def _own_words_after(ctx: Context, sentence: List[Token], k: int) -> bool:
    tail = ctx.doc.text[sentence[k].start:sentence[-1].end] if k < len(sentence) else ""
    return bool(OWN_WORDS_AFTER_THIS.search(QUOTED_NAME.sub(" ", tail)))


RELAY_REACH = 12   # words of a relaying `Как передает ...,` clause
RELAY_WORDS = 5    # words of a relaying clause closing a sentence (`, пишет газета «Коммерсантъ»`)


def _before_relay(ctx: Context, sentence: List[Token]) -> int:
    """Where the sentence's words end before a medium's clause that closes it and relays them
    (`Уровень преступности уменьшается, пишет газета «Коммерсантъ».`): `Об этом заявил X`
    after it names who said them first."""
    comma = max((k for k, t in enumerate(sentence) if t.text == ","), default=None)
    rest = [t for t in sentence[comma + 1:] if t.text not in ".!…"] if comma else []
    words = [t for t in rest if t.text not in "«»\""]
    if 2 <= len(words) <= RELAY_WORDS and cue_lemma(ctx, words[0]) and not ctx.inside_quote(words[0].start) \
            and medium_phrase(ctx, rest[1:]):
        return sentence[comma - 1].end
    return sentence[-1].end


def _time_adverb_before_lead(sentence: List[Token]) -> int:
    """1 where a time adverb opens the sentence before its `об этом` (`Тогда об этом сообщил X`), else 0."""
    return int(len(sentence) > 3 and sentence[0].text.lower() in TIME_ADVERBS_BEFORE_LEAD
               and [w.text.lower() for w in sentence[1:3]] == ["об", "этом"])


def _past_relay(ctx: Context, sentence: List[Token]) -> List[Token]:
    """The sentence after a leading `Как передает X,` (a clause with a cue) where `Об этом`,
    `Это` follow its comma, or after a leading time adverb before `об этом` (`Тогда об этом
    публично сообщил X`, `Ранее об этом заявлял X`); else the sentence."""
    if _time_adverb_before_lead(sentence):
        return sentence[1:]
    if len(sentence) < 4 or sentence[0].text.lower() != "как":
        return sentence
    comma = next((k for k, t in enumerate(sentence[:RELAY_REACH]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(sentence) or sentence[comma + 1].text.lower() not in ABOUT_THIS_FIRST \
            or not any(cue_lemma(ctx, t) for t in sentence[1:comma]):
        return sentence
    return sentence[comma + 1:]


def _one_statement(ctx: Context, lead: List[Token], rest: Token) -> bool:
    """Whether the words before a cue inside a sentence and those after it are one statement
    (`Такой переход, считает X, повысит ...`, `Было бы неплохо, отмечает X, если бы ...`,
    `Если цены вырастут, считает X, спрос упадет`, `Лучше, считает X, отдыхать в парках`: an
    infinitive the lead's predicate governs), not two (`Музыка стала бонусом, добавил
    он, но ...`, `«A», считает X, «B»`): the lead is no clause of its own, or one side is the
    other's subordinate clause; a lead that is only a connective (`Тем не менее, считает X,
    ...`) is no part of it."""
    if not lead or ctx.inside_quote(lead[0].start) or ctx.inside_quote(rest.start):
        return False
    words = [w for w in lead if w.pos != "PUNCT"]
    if tuple(w.text.lower() for w in words) in CONNECTIVES or _connective_and_adverbs(words):
        return False
    opener = next((w for w in lead if w.pos != "PART"), lead[0])   # (`Даже если бы мы этого хотели, считает X, ...`;
    subordinate = lead[0].pos == "SCONJ" or opener.pos == "SCONJ" and opener.text.lower() != "что"   # not `Только что`)
    return not is_clause(lead) or rest.pos == "SCONJ" or subordinate \
        or (feats(rest).get("VerbForm") == "Inf" and lead[-1].pos != "VERB")   # `Лучше, считает X, отдыхать в парках`


ADVERBS_AFTER_CONNECTIVE = 2   # `Но сейчас, считает X, ...`, `Однако теперь уже, ...`


def _connective_and_adverbs(words: List[Token]) -> bool:
    """A connective and an adverb of time or two (`Но сейчас, считает X, нет причин ...`,
    `Однако теперь, по словам X, ...`): the lead links the sentence to the one before, as a
    connective alone does (not `В этом году, заявил X, цены вырастут`: no connective; not `Но
    нельзя, считает X, забывать ...`: the adverb is the content's predicate)."""
    n = next((n for n in (3, 2, 1) if tuple(w.text.lower() for w in words[:n]) in CONNECTIVES), 0)
    rest = words[n:]
    return bool(n) and 0 < len(rest) <= ADVERBS_AFTER_CONNECTIVE and all(w.text.lower() in TIME_ADVERBS for w in rest)


def pattern_dialogue_dash(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`– Мы получили вакцину. Привито 380 человек, – сообщил министр.`: speech after a
    dialogue dash that opens the paragraph, up to the `, – cue` that closes it; also without the
    opening dash where the speech goes on after the cue (`Действительно, — говорит X, — ...`)."""
    text = ctx.doc.text
    line_start = ctx.line_start(sentence[0].start)
    opening = re.match(rf"\s*{DASH}\s*", text[line_start:sentence[0].end + 1])
    inner = _dash_inside_paragraph(text, line_start, sentence[0].start) if not opening or _lost_breaks(text, line_start) else None
    if inner is not None and (not opening or inner[0] > line_start + opening.end()):
        line_start, opening = inner   # a page that lost its paragraph breaks: `... «Трактор». — Много матчей. ..., — цитирует
        # X`; `- Да сколько ж можно? ... Подмосковье. - Концентрация ..., - рассказал X`: the last turn's dash
    if not opening and (sentence[0].start != line_start + len(text[line_start:sentence[0].start]) - len(
            text[line_start:sentence[0].start].lstrip()) or any(ch in text[line_start:sentence[0].end] for ch in "«»\"„“")):
        return   # (not the paragraph's first sentence, or a quotation's own marks)
    for i, t in enumerate(sentence[2:], 2):
        bare = _cue_after_bare_dash(ctx, sentence, i) if opening and sentence[i - 1].text in DASHES \
            and sentence[i - 2].text not in (",", "!", "?", "…") else None
        if bare:   # `— Спасибо большое — поблагодарила X, — ...`: the comma left out
            t, lemma, source = bare
            yield Candidate(*trim(text, line_start + opening.end(), sentence[i - 2].end), t, lemma, source, "dialogue_dash")
            yield from _dialogue_continued(ctx, t, lemma, source)
            return
        if sentence[i - 1].text in DASHES and sentence[i - 2].text in (",", "!", "?", "…"):
            t, lemma = cue_from(ctx, t) or (t, None)
            if lemma and not opening and not (_resumed_after(ctx, t) and not any(
                    w.text in "«»\"„“" for w in sentence[:i])):
                return
            if lemma:
                start = line_start + (opening.end() if opening else 0)
                end = sentence[i - 2].start if sentence[i - 2].text == "," else sentence[i - 2].end
                source = source_of(ctx, t, content_first=True)
                yield Candidate(*trim(text, start, end), t, lemma, source, "dialogue_dash")
                yield from _dialogue_continued(ctx, t, lemma, source)
            return


def _cue_after_bare_dash(ctx: Context, sentence: List[Token], i: int) -> Optional[Tuple[Token, str, tuple]]:
    """(cue, lemma, source) where a dash with no comma before it closes a dialogue turn: a finite
    cue follows it with its source after it (`— Спасибо — поблагодарила X`; not `— Наша задача —
    рассказать ...`, nor `— В Москве — говорят синоптики — ожидается ветер`, a turn the cue
    interrupts with bare dashes); else None."""
    found = cue_from(ctx, sentence[i])
    if not found or sentence[i - 2].pos == "PUNCT" or ctx.inside_quote(sentence[i - 1].start):
        return None
    cue, lemma = found
    if cue.pos != "VERB" or feats(cue).get("VerbForm") != "Fin":
        return None
    source = source_of(ctx, cue, content_first=True)
    after = ctx.tokens[source[-1].token_id + 1] if source and source[-1].token_id + 1 < len(ctx.tokens) else None
    if not source or source[0].start < cue.start or (after is not None and after.text in DASHES):
        return None
    return cue, lemma, source


INNER_DASH_REACH = 600   # characters back from a sentence to a dialogue dash inside its paragraph
INNER_DASH = re.compile(rf"[.!?…»]\s*({DASH})\s+(?=[«\"А-ЯЁA-Z0-9])")   # (also glued: `области.- В результате`)


def _dash_inside_paragraph(text: str, line_start: int, at: int):
    """(start, match) of speech opened by a dialogue dash after a sentence's end inside the
    paragraph before ``at``, with no quotation mark or line break from there on; else None."""
    window_start = max(line_start, at - INNER_DASH_REACH)
    found = [f for f in INNER_DASH.finditer(text, window_start, at + 4) if f.start(1) <= at]
    if not found:
        return None
    dash = found[-1].start(1)
    if any(ch in text[dash:at] for ch in "«»\"„“\n"):
        return None
    return dash, re.match(rf"{DASH}\s*", text[dash:])


def pattern_cue_line(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Мы ожидаем продолжения переговоров,` / `– заявил глава МИД.`: a paragraph of speech whose
    quotation marks the page lost, ending in a comma, and its cue on a line of its own after a
    dash, or with no dash in lower case (`..., и я просил бы все фракции поддержать,` / `подчеркнул
    он.`), also after a full stop when the cue line holds nothing else (`... перед Казанью.` /
    `сказал Метшин`): the content is that paragraph."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sentence[0].start) + 1
    dash = sentence[0].text in DASHES
    if len(sentence) < 3 - (not dash) or text[line_start:sentence[0].start].strip() \
            or not (dash or sentence[0].text[:1].islower()):
        return
    found = cue_from(ctx, sentence[1] if dash else sentence[0])
    if not found:
        return
    cue, lemma = found
    before = text[:line_start].rstrip()
    if not (before.endswith(",") or not dash and before.endswith((".", "!", "…")) and _cue_alone(text, sentence)):
        return
    start = before.rfind("\n") + 1
    if ctx.in_boilerplate(start) or any(ch in before[start:] for ch in "«»\"„“"):
        return
    yield Candidate(*trim(text, start, len(before) - 1), cue, lemma, source_of(ctx, cue, content_first=True), "dialogue_dash")


CUE_LINE_WORDS = 6   # words at most of a cue line with nothing else on it (`сказал мэр Казани Ильсур Метшин`)


def _cue_alone(text: str, sentence: List[Token]) -> bool:
    """The sentence is the whole of its line and short: a cue and its source, no content."""
    line_end = text.find("\n", sentence[-1].end)
    return len(sentence) <= CUE_LINE_WORDS and not text[sentence[-1].end:line_end if line_end >= 0 else len(text)].strip()


RESUMED_WORDS = 2   # words at least of speech resumed after its cue (one word is a menu item glued to it: `- Россия`)
RESUMED_SOURCE_CHARS = 300   # characters at most from a cue to the dash that resumes its speech (a long title and name)


SOURCE_ABBREVIATION_DOT = "(?:" + "|".join(rf"(?<=\b{a})\.(?=\s*\w)" for a in SOURCE_ABBREVIATIONS) \
    + r"|(?<=\b[А-ЯЁ])\.(?=\s?[А-ЯЁ]))"   # initials (`С.П.Боткина`, `О. Янушко`); not one capital ending a sentence
INITIAL_THEN_WORD = re.compile(r"\b[А-ЯЁ]\.\s?([А-ЯЁ][а-яё]+)")   # (`витамином С. Также, — добавляет она`: a common word after it)


GLUED_DOT = re.compile(r"(?<=\w)\.(?=[A-ZА-ЯЁ])")   # a dot between a word and a capital, no space after it


def _name_ends_at(ctx: Context, cue: Token, at: int) -> bool:
    """A person's name after the cue ends at offset ``at``."""
    t = next((ctx.tokens[k] for k in range(cue.token_id + 1, len(ctx.tokens)) if ctx.tokens[k].end >= at), None)
    m = ctx.mention_of.get(t.token_id) if t is not None and t.end == at else None
    return m is not None and m.type == "PER" and m.end == at


def _resumed_after(ctx: Context, cue: Token):
    """Where the speech goes on after its cue (`, — говорит X, — B`), if it does."""
    text = ctx.doc.text
    line_end = text.find("\n", cue.end)
    line_end = len(text) if line_end < 0 else line_end
    found = re.match(rf"(?:[^.!?\n]|(?<=\w)\.(?=\w)|{SOURCE_ABBREVIATION_DOT}){{0,{RESUMED_SOURCE_CHARS}}}?[.,]\s*{DASH}\s*(?=\S)",
                     text[cue.end:line_end])
    if found and any(common_word(w) for w in INITIAL_THEN_WORD.findall(found.group())):
        return None
    if found and any(_name_ends_at(ctx, cue, cue.end + dot.start()) for dot in GLUED_DOT.finditer(found.group())):
        return None   # a name's sentence glued to the next (`— добавляет Жердев.Pacta sunt servanda — "..."`): the
                      # speech does not go on; not a dotted name (`директор Яндекс.Маркета X. — B`)
    return found   # (a dot inside a word is no sentence's end: `— цитирует by.tribuna.com X. — B`;
    # nor an initial's or an abbreviation's: `— говорит врач больницы им. С.П.Боткина Борис Андреев. — B`)


# A sentence that names someone else's words by a source phrase (`По словам продавцов, ...`, not
# `По моим словам`, `По мнению наших экспертов`) is the reporter's again: speech run on in a page
# that lost its paragraph breaks (a line of LOST_BREAKS_CHARS or more) ends before it.
REPORTERS_SENTENCE = re.compile(r"(?<=[.!?…])\s+По\s+(?!(?:\w+\s+){{0,2}}(?:мо|наш)(?:им|ему|их|его|ей)\b)(?:{})\s+\w".format(
    "|".join(sorted(p.split()[1] for p in SPEECH_SOURCE_PHRASES))))
LOST_BREAKS_CHARS = 600


def _lost_breaks(text: str, line_start: int) -> bool:
    """The paragraph is LOST_BREAKS_CHARS long or more: a page that lost its paragraph breaks."""
    line_end = text.find("\n", line_start)
    return (len(text) if line_end < 0 else line_end) - line_start >= LOST_BREAKS_CHARS


def _dialogue_continued(ctx: Context, cue: Token, lemma: str, source) -> Iterator[Candidate]:
    """`— A, — призналась она журналистам. — B`: the speech goes on after the cue, to the
    paragraph's end or to the next turn opened by a dash (`... — говорят продавцы`) or the
    reporter's next source phrase, in a page that lost its paragraph breaks."""
    text = ctx.doc.text
    line_end = text.find("\n", cue.end)
    line_end = len(text) if line_end < 0 else line_end
    resumed = _resumed_after(ctx, cue)
    if resumed:
        start = cue.end + resumed.end()
        line_start = text.rfind("\n", 0, start) + 1
        turns = [m.start(1) for m in INNER_DASH.finditer(text, start, line_end)] \
            + ([m.start() for m in REPORTERS_SENTENCE.finditer(text, start, line_end)]
               if _lost_breaks(text, line_start) else [])
        end = min(turns, default=line_end)
        before = text[line_start:cue.start]
        if before.count("«") > before.count("»"):   # a quotation opened before the cue ends at its mark: the one that
            end = _outer_close(text, start, end)    # closes it, or one ending a sentence that closes both (`«Папа приехал!»...`)
        speech = text[start:end].strip()
        if len(speech.split()) >= RESUMED_WORDS or speech.endswith(tuple(".!?…")):   # (`— Никогда.`; not a menu's `- Россия`)
            yield Candidate(*trim(text, start, end), cue, lemma, source, "dialogue_dash")


QUOTATION_CLOSED = re.compile(r"(?<=[.!?…])»[.…!?]*(?:\s+(?=[А-ЯЁA-Z])|\s*$)")   # a mark closing a sentence, and it


def _outer_close(text: str, start: int, end: int) -> int:
    """Where a quotation opened before ``start`` closes within [start, end): the » that closes
    more marks than open after ``start``, else a » after a sentence's end that closes an inner one
    and the outer with it (`... крик: «Папа приехал!»... В одной из глав`; not a name's `«Нива».`);
    else ``end``."""
    depth = 0
    for k in range(start, end):
        depth += (text[k] == "«") - (text[k] == "»")
        if depth < 0:
            return k
    closed = QUOTATION_CLOSED.search(text, start, end)
    return closed.start() if closed else end


def pattern_interrupted(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`"A, – пояснил он. – B"`: one quotation broken by its cue gives two statements."""
    text = ctx.doc.text
    for _, t, lemma in cues_in(ctx, sentence, after_quote=True):
        q = ctx.top_quote_starting_by(t.start)
        if q is None or not q.start < t.start < q.end - 1:
            continue
        left = re.search(rf"[,.!?…]?\s*{DASH}\s*$", text[q.start + 1:cue_lead(ctx, t).start])
        right = re.search(rf"[,.:]\s*{DASH}\s*", text[t.end:q.end - 1])
        if left and right:
            source = source_of(ctx, t, content_first=True)
            yield Candidate(*trim(text, q.start + 1, q.start + 1 + left.start()), t, lemma, source, "interrupted")
            yield Candidate(*trim(text, t.end + right.end(), q.end - 1), t, lemma, source, "interrupted")
        elif left and (resumed := _resumed_past_source(ctx, t, q)) is not None:
            source, start = resumed
            yield Candidate(*trim(text, q.start + 1, q.start + 1 + left.start()), t, lemma, source, "interrupted")
            yield Candidate(*trim(text, start, q.end - 1), t, lemma, source, "interrupted")


RESUMED_AFTER_PERIOD = re.compile(r"[ \t\u00a0]+(?=[А-ЯЁA-Z])")   # spaces after the cue's sentence, a capital next


def _resumed_past_source(ctx: Context, cue: Token, q):
    """`«A, — вспоминает X. B»`: the quotation goes on past the end of the cue's sentence, its
    period with no dash after it (a page that lost it): (the source, where B starts), if so.
    The sentence splitter has judged the initials and abbreviations in the source."""
    sentence = ctx.by_sentence.get(cue.sentence_id, [])
    last = sentence[-1] if sentence else None
    gap = RESUMED_AFTER_PERIOD.match(ctx.doc.text, last.end, q.end) if last is not None else None
    if last is None or last.text != "." or not cue.end < last.start < q.end - 1 or "\n" in ctx.doc.text[cue.end:last.end] \
            or gap is None:
        return None
    source = source_of(ctx, cue, content_first=True)
    if not source or source[0].start < cue.start or source[0].text.lower() in FIRST_PERSON_WORDS:
        return None   # the source follows its cue (not `— думала, я же Ветрова, ...`: the speaker's own words)
    return source, gap.end()


FIRST_SENTENCE_ASKS = re.compile(r"[^.!?…]*\?")
SECOND_PERSON = re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*)\b", re.I)


def _interviewers_turn(text: str, speech: str, end: int) -> bool:
    """A dash paragraph whose first sentence asks, addressing the speaker (`— Что вы думаете о
    сделке? Компаниям придется ...`) or answered by the dash paragraph below: an interviewer's
    turn (not `— Что тут скажешь? Это лучшая выставка`)."""
    asks = FIRST_SENTENCE_ASKS.match(speech)
    answered = bool(re.match(rf"\s*\n\s*{DASH}", text[end:]))
    if REQUEST.match(speech) and answered:
        return True   # `— Расскажите про график работы.` / `— Я всегда говорю, ...`: a request, answered
    return bool(asks) and (bool(SECOND_PERSON.search(asks.group())) or answered)


# A short paragraph that opens with a verb in the polite imperative (`Расскажите про график
# работы.`, `Опишите ваш обычный день.`): an interviewer's request.
REQUEST = re.compile(r"\s*(?!Давайте\b)[А-ЯЁ][а-яё]+(?:ите|йте)(?:-ка)?\s+[^,.!?:\n]{1,80}[.?!]?\s*$")
# (not `Поймите, мы ...`, `Давайте начистоту: ...`, `Запомните главное правило: ...`: the speaker's own)


def pattern_speech_below(ctx: Context, sentence: List[Token], used: set) -> Iterator[Candidate]:
    """`Своими впечатлениями поделилась художница Алена Савельева.` and the next paragraph
    opens with a dialogue dash: that paragraph is her speech. The cue closes its paragraph,
    names its source and has no content of its own; a dash paragraph that asks (`?`, or in its
    first sentence: `— Что вы думаете о сделке? Компаниям придется ...`) or
    carries its own `, – cue` is not taken, nor one after a dash paragraph (a dialogue's turns).
    So does a cue whose reported clause ends the paragraph (`Актер Валерий Баринов сказал, что был
    рад дружить с ним.` `— Ты ушел ...`). A cue that ends its paragraph with a colon (`Тамара Пугач добавила:`) takes the paragraph
    below with or without a dash, even where the sentence before is its content too (`Об этом
    она рассказала корреспонденту:`)."""
    text = ctx.doc.text
    tail = text[sentence[-1].end:sentence[-1].end + 3]
    if not re.match(r"\s*\n", tail) or sentence[-1].text in ",;":
        return   # (a paragraph left open with a comma waits for its own cue below: `..., \n\n- написал X`)
    colon = sentence[-1].text == ":"
    line_start = text.rfind("\n", 0, sentence[0].start) + 1
    if re.match(rf"\s*{DASH}", text[line_start:sentence[0].end]):
        return   # a dialogue's turn (`— Болельщики требуют вашей отставки.`): the dash paragraph below is the next turn
    for _, t, lemma in cues_in(ctx, sentence):
        if (t.token_id in used and not colon and not _reports_that(sentence, t)) or ctx.inside_quote(t.start) \
                or feats(t).get("VerbForm") != "Fin":
            continue
        below = re.match(rf"\s*\n\s*({DASH})\s*(?=\S)", text[sentence[-1].end:]) \
            or (re.match(r"\s*\n\s*(?=[^\s«\"„“”])", text[sentence[-1].end:]) if colon else None)
        if not below:
            return
        start = sentence[-1].end + below.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        speech = text[start:end].rstrip()
        source = source_of(ctx, t)
        if not source or speech.endswith("?") or ("?" in speech and t.token_id in used and not colon) or re.search(rf",\s*{DASH}\s*\w", speech) or len(speech.split()) < 3 \
                or _interviewers_turn(text, speech, end) \
                or _closing_cue(ctx, start, end):
            return
        yield Candidate(*trim(text, start, end), t, lemma, source, "speech_below")
        return


def pattern_comment_then_quote(ctx: Context, sentence: List[Token], used: set) -> Iterator[Candidate]:
    """`Зампред Денис Губин прокомментировал ситуацию. «Мы увидели эти сообщения ...».`: a cue
    of commenting with no content of its own ends its sentence, and a quotation with no cue of
    its own makes the next one: the quotation is the speaker's."""
    text = ctx.doc.text
    for _, t, lemma in cues_in(ctx, sentence):
        if not (t.lemma in COMMENTING_CUES or _points_ahead(sentence) or _told_about(ctx, t)) or t.token_id in used \
                or ctx.inside_quote(t.start) \
                or feats(t).get("VerbForm") != "Fin" or sentence[-1].text not in (".", "!", "?!", "!?", "..."):
            continue   # (not a question: `Что он сказал о проблемах?`)
        q = ctx.top_quote_starting_from(sentence[-1].end)
        if q is None or text[sentence[-1].end:q.start].strip() or not _speech_quotation(ctx, q) \
                or not re.match(r"[.!?…]?(?:\s*\n|\s+[А-ЯЁA-Z«]|\s*$)", text[q.end:]) \
                or text[q.start:q.end - 1].rstrip().endswith("?") or QUOTATION_CLAIMED.match(text, q.end):
            return   # (`«...», — сказал Y`: another cue after it; a question; `«...». Так оценивают в Пекине`)
        yield Candidate(q.start + 1, q.end - 1, t, lemma, source_of(ctx, t), "comment_quote")
        return


def _told_about(ctx: Context, t: Token) -> bool:
    """A cue of telling with a topic (`сказал о проблемах`) or what was shared (`поделился
    впечатлениями`) of its own; not one with a partner only (`рассказал журналистам`)."""
    if t.lemma not in TELLING_ABOUT_CUES:
        return False
    return any(c.rel == "obj" or c.rel == "obl" and any(g.rel == "case" and g.text.lower() in TOPIC_CASE_WORDS
                                                        for g in ctx.children.get(c.token_id, []))
               for c in ctx.children.get(t.token_id, []))


def _points_ahead(sentence: List[Token]) -> bool:
    """`Вот что сказала в интервью бортпроводница Татьяна Касаткина.`: the sentence opens by
    pointing to the words after it."""
    words = tuple(w.text.lower() for w in sentence if w.pos != "PUNCT")[:2]
    return words in POINTING_AHEAD


def _reports_that(sentence: List[Token], cue: Token) -> bool:
    """`Актер Валерий Баринов сказал, что был рад дружить с ним.`: the cue's reported clause runs
    to the sentence's end; a dash paragraph below goes on with the speaker's own words."""
    k = next((k for k, w in enumerate(sentence) if w.token_id == cue.token_id), len(sentence))
    after = [w.text.lower() for w in sentence[k + 1:k + 5]]
    return any(after[j:j + 2] == [",", "что"] for j in range(len(after) - 1)) \
        and not any(w.text in ":«»\"" for w in sentence[k + 1:])


def _closing_cue(ctx: Context, start: int, end: int) -> bool:
    """The paragraph's last sentence closes with its own `, cue X` (`- A. B, цитирует Андрея
    Лаврова «Газета».`): the paragraph names its speaker itself."""
    words = tokens_between(ctx.tokens, start, end)
    if not words:
        return False
    last = ctx.by_sentence[words[-1].sentence_id]
    for i, t, lemma in cues_in(ctx, last):
        if lemma and i > 0 and last[i - 1].text == "," and feats(t).get("VerbForm") == "Fin":
            source = source_of(ctx, t, content_first=True)
            if source and source[0].start > t.start:
                return True
    return False


def _predicate_word(t: Token) -> bool:
    """A finite verb, a short adjective (`убежден`, `прав`) or `что`: the words make a clause."""
    f = feats(t)
    return (t.pos in ("VERB", "AUX") and f.get("VerbForm") == "Fin") or (t.pos == "ADJ" and f.get("Variant") == "Short") \
        or t.text.lower() in THAT


def pattern_speaker_label(ctx: Context, sentence: List[Token]) -> Iterator[Candidate]:
    """`Мустафа Джемилев: Во времена ...` — an interview's speaker label: a paragraph that
    opens with a person's name (a description after a comma allowed) and a colon; what
    follows to the paragraph's end, or the dash paragraph right below a label alone, is that
    person's speech (no cue: no statement in the output, ``quotes.UNCUED_PATTERNS``, but a
    pronoun in it is not its speaker); only its own sentence where the paragraph goes on
    to tell of that person with a cue (a digest's headline). A question is not taken."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sentence[0].start) + 1
    if text[line_start:sentence[0].start].strip():
        return
    m = ctx.mention_of.get(sentence[0].token_id)
    if m is None or m.type != "PER" or m.start != sentence[0].start:
        return
    colon = next((t for t in sentence if t.text == ":" and t.start >= m.end), None)
    if colon is not None and text[colon.start - 1:colon.start].isdigit() and text[colon.end:colon.end + 1].isdigit():
        return   # `Денис Ларионов | 14 сентября 2025, 20:05`: a byline's time, no label
    if colon is None or colon.token_id - sentence[0].token_id > LABEL_WORDS or any(
            _predicate_word(t) for t in sentence if t.end <= colon.start):
        return   # a label is a name and its description, no clause (`Лаврентьев убежден, что X прав: ...`)
    line_end = text.find("\n", colon.end)
    line_end = len(text) if line_end < 0 else line_end
    start, end = colon.end, line_end
    if not text[start:end].strip():   # the label alone: the dash paragraph below
        below = re.match(rf"\s*\n\s*({DASH})\s*(?=\S)", text[line_end:])
        if not below:
            return
        start = line_end + below.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    elif end > sentence[-1].end and _named_again(ctx, m, sentence[-1].end, end):
        end = sentence[-1].end   # `Хендерсон: США могут ... . Торговый представитель ... Марк Хендерсон сказал,
        # что ...`: a digest's headline; the sentences after it tell of the person with cues of their own
    speech = text[start:end].strip()
    if len(speech.split()) < 3 or speech.endswith("?") or ctx.inside_quote(colon.start):
        return
    source = tuple(t for t in sentence if m.start <= t.start < m.end)
    pattern = "headline" if end <= sentence[-1].end and named_headline(ctx, sentence, colon) else "speaker_label"
    yield Candidate(*trim(text, start, end), colon, ":", source, pattern)
