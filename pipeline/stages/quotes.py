"""Stage 5: statements — content, speech cue, speaker, and when they were made.

``quote_patterns`` find candidate statements (content span + cue + the phrase naming the
source); ``speakers.attribute`` then names the speaker by an ordered list of rules.
"""
import functools
import re
from dataclasses import replace
from typing import Callable, List, Optional, Tuple

from pipeline.lexicons.cues import (ISSUING_VERBS, AGREEING_CUES, ANSWERING_CUES, ASKING_CUES, COMPARATIVE, CONNECTIVES, DASHES, DEGREE_WORDS, DOUBT_WITH_LI, EVIDENCE_CUES,
                                    EVIDENCE_NOUNS, EVIDENTIAL_CUES, FIRST_PERSON_SUBJECTS, IMPERSONAL_CUES, INTENT_VERBS, NOT_ASKING,
                                    QUESTION_CUES, ASKED_BEFORE_WHY, MENTAL_CUES, MODAL_HEADS, REASON_QUESTION_WORDS, RELATIVE_WORDS, RELAY_CUES, THING_PRONOUNS, TOPIC_WORDS, ASIDE_MODALS)
from pipeline.lexicons.sources import CITED_NOUNS, PAGE_NOUNS, POSSESSIVE_PRONOUNS, PRESS_NOUNS
from pipeline.records import Quote, Token
from pipeline.stages import speakers
from pipeline.stages.quote_borderline import SPEAKING_NOUNS, pattern_borderline
from pipeline.stages.quote_headlines import pattern_headline
from pipeline.stages.quote_interviews import in_question, pattern_interview
from pipeline.stages.quote_context import Context, feats, on_headline, paragraph_breaks, tokens_between
from pipeline.stages.sources import apposition_after, coordinated_persons, head_of, latin, medium_phrase, nominative_subjects
from pipeline.stages.quote_cues import Candidate, cue_end_token, cue_lemma, cues_in, is_clause
from pipeline.stages.quote_when import said_on, when_of
from pipeline.stages.quote_patterns import (pattern_about_that, pattern_about_this, pattern_comment_then_quote, pattern_dash_about_this,
                                            pattern_content_then_cue, pattern_cue_colon_quote, pattern_cue_line, pattern_person_verb_colon_quote,
                                            pattern_dash_cue_opening, pattern_dialogue_dash, pattern_interrupted, pattern_nested_that,
                                            pattern_quote_then_cue, pattern_speaker_label, pattern_speech_below, pattern_that,
                                            pattern_that_dropped)
from pipeline.stages.quote_phrases import (pattern_follows_from, pattern_particle, pattern_source_phrase, pattern_these_words,
                                           pattern_with_words, pattern_words_of)

SENTENCE_PATTERNS = (pattern_interrupted, pattern_cue_colon_quote, pattern_quote_then_cue, pattern_source_phrase,
                     pattern_that, pattern_that_dropped, pattern_nested_that, pattern_dialogue_dash, pattern_cue_line, pattern_content_then_cue,
                     pattern_about_that, pattern_dash_about_this)


# Speech with no cue (`Мустафа Джемилев: Да, всё верно. ... Он сказал, что ...`: an interview's
# speaker label): GUIDELINES count no statement without a cue, and labellers leave these out or
# optional; the speaker still owns the words, so a pronoun in them is not the speaker.
UNCUED_PATTERNS = frozenset({"speaker_label", "topic_told"})   # (`О ситуации доложил X`: X spoke, of a topic)
# Patterns whose content is the speaker's own words (quoted, or dialogue after a dash):
# a question there is what was said, not a topic.
SPEECH_PATTERNS = frozenset({"interview", "dialogue_dash", "interrupted", "quote_then_cue", "cue_colon_quote", "speech_below",
                             "speaker_label"})


def candidates(ctx: Context) -> List[Candidate]:
    found, previous = [], None
    for sentence_id in sorted(ctx.by_sentence):
        sentence = ctx.by_sentence[sentence_id]
        if ctx.in_boilerplate(sentence[0].start):
            previous = None
            continue
        found.extend(pattern_words_of(ctx, sentence))   # `слова главы МВФ о том, что ...`: before the verb's own reading
        found.extend(pattern_these_words(ctx, sentence))   # `«...», — такими словами X прокомментировал ...`
        found.extend(pattern_with_words(ctx, sentence))   # `X закончил выступление словами: «...»`
        found.extend(pattern_speaker_label(ctx, sentence))   # `Мустафа Джемилев: ...`
        found.extend(pattern_person_verb_colon_quote(ctx, sentence))   # `X позавидовал коллегам: «...»`
        found.extend(pattern_headline(ctx, sentence))   # `Эксперт: инфляция превысит 7%`, `... — Лозовая`
        if cues_in(ctx, sentence, after_quote=True):   # every cue of the sentence, manner verbs too
            before = len(found)
            for pattern in SENTENCE_PATTERNS:
                found.extend(pattern(ctx, sentence))
            found.extend(pattern_about_this(ctx, sentence, previous))
            found.extend(pattern_dash_cue_opening(ctx, sentence, previous))   # `A. - Отметил X.`
            found.extend(pattern_borderline(ctx, sentence, {c.cue.token_id for c in found[before:]}))
            found.extend(pattern_speech_below(ctx, sentence, {c.cue.token_id for c in found[before:]}))
            found.extend(pattern_comment_then_quote(ctx, sentence, {c.cue.token_id for c in found[before:]}))
        else:   # only a source phrase (`по словам X`) or `Такие данные привела X` makes a statement without a cue
            found.extend(pattern_source_phrase(ctx, sentence))
            found.extend(pattern_about_this(ctx, sentence, previous))
        found.extend(pattern_particle(ctx, sentence))   # `..., дескать, ...`
        found.extend(pattern_follows_from(ctx, sentence))   # `Как следует из данных биржи, ...`
        previous = previous if _credit(ctx, sentence, previous) or _relay_line(ctx, sentence, previous) else sentence
    found.extend(pattern_interview(ctx))   # `X ответила на вопросы нашего издания.` and the answers below
    found = [c for c in found if not _own_words_inside(ctx, c, found)]
    kept = [c for c in found if c.end - c.start >= 3 and not is_passive_report(ctx, c)
            and not is_authors_aside(ctx, c) and not is_unsaid(ctx, c) and not is_topic_only(ctx, c)
            and not is_connective(ctx, c) and not is_bare_phrase(ctx, c) and not is_evidential(ctx, c)
            and not is_own_source(ctx, c) and not is_headline_borderline(ctx, c) and not in_question(ctx, c)
            and not is_relay_aside(ctx, c) and not is_question_answered(ctx, c) and not in_why_question(ctx, c)
            and c.cue_lemma not in ASKING_CUES]
    relayed = functools.lru_cache(maxsize=None)(lambda c: relayed_by_medium(ctx, c))
    named = functools.lru_cache(maxsize=None)(lambda c: any(   # a person or a body its source names (`Минюст указал`)
        getattr(ctx.mention_of.get(w.token_id), "type", None) in ("PER", "ORG") for w in c.source or ()))
    kept = deduplicate([c for c in kept if not _restated(c, kept, relayed)], relayed, named)
    return [d for c in kept for d in _each_person(ctx, c)]


def _each_person(ctx: Context, c: Candidate) -> List[Candidate]:
    """`Это признали и Николас Мадуро, и Хуан Гуайдо`: one statement per person named side by
    side as the cue's subjects (labellers mark each)."""
    phrases = coordinated_persons(ctx, c.cue) if c.source else []
    return [replace(c, source=p) for p in phrases] if phrases else [c]


def relayed_by_medium(ctx: Context, c: Candidate) -> bool:
    """A medium's report (`..., пишет газета «Коммерсантъ».`): whoever `Об этом заявил` names
    next said it first."""
    return medium_phrase(ctx, c.source)


CREDIT_WORDS = 4   # words at most in a credit glued to a paragraph's end


def _credit(ctx: Context, sentence, previous) -> bool:
    """A photo or source credit glued to a paragraph's end (`... микрорайона.Sputnik Кыргызстан`):
    a few words with no verb and no closing mark, the last of its line, on the line of the
    sentence before; `Об этом заявил X` after it points past it (a title on its own line does not)."""
    text = ctx.doc.text
    end = sentence[-1].end
    return previous is not None and "\n" not in text[previous[-1].end:sentence[0].start] \
        and len(sentence) <= CREDIT_WORDS and sentence[-1].text not in ".!?…»\"" \
        and not any(t.pos in ("VERB", "AUX") for t in sentence) and text[end:end + 1] in ("\n", "")


RELAY_LINE_WORDS = 6   # words at most in `Об этом сообщает Reuters.`


def _relay_line(ctx: Context, sentence, previous) -> bool:
    """`A. Об этом сообщает Сегодня. Такое заявление сделал X`: a medium's short credit line
    for the sentence before (a relaying verb in the present); a lead pointing back after it
    points past it."""
    words = [t.text.lower() for t in sentence[:2]]
    return previous is not None and words in (["об", "этом"], ["о", "этом"]) and len(sentence) <= RELAY_LINE_WORDS \
        and any(t.lemma in RELAY_CUES and t.pos == "VERB" and feats(t).get("Tense") == "Pres" for t in sentence[2:4])


def is_topic_only(ctx: Context, c: Candidate) -> bool:
    """`Чем отличаются вакцины, рассказал вирусолог`, `рассказал, как будет проходить`: an
    indirect question names a topic, not what was said."""
    if ctx.inside_quote(c.start) or c.pattern in SPEECH_PATTERNS:
        return False
    if c.cue_lemma in QUESTION_CUES:
        return True
    text = ctx.doc.text[c.start:c.end]
    colon = text.rfind(":")
    heading = colon > 0 and not _predicate(tokens_between(ctx.tokens, c.start, c.start + colon))
    clauses = [text] + ([text[colon + 1:]] if heading else [])   # `Вакцина от коронавируса: Чем отличаются ...`,
                                                                 # not `полезнее обсудить план: сколько ...`
    after_that = c.pattern == "that"   # `считает, что как минимум две ...`, `что когда ...`: a clause inside what was said
    return any(clause.split()[:1] and ((clause.split()[0].lower().strip("«\"") in TOPIC_WORDS and not _degree(clause)
                                        and not _set_phrase(clause)
                                        and not (after_that and clause is text)
                                        and not (clause is text and _adverbial_clause_first(ctx, c)))
                                       or _asks(clause))   # `нет ли аллергии`
               for clause in clauses)


def is_question_answered(ctx: Context, c: Candidate) -> bool:
    """`X ответил на вопрос: «Важна ли для вас позиция артиста?»`: a quotation of questions
    only after the colon is the question he answered, not his words."""
    said = ctx.doc.text[c.start:c.end].rstrip(" »\"")
    if c.cue_lemma not in ANSWERING_CUES or not said.endswith("?") or re.search(r"[.!…]\s", said):
        return False   # (`«Мы не знаем, кто виноват. Разве это важно?»`: an answer asking back)
    between = [w for w in tokens_between(ctx.tokens, c.cue.end, c.start) if w.text not in "«\"„“"]
    return len(between) >= 2 and between[-1].text == ":" and between[-2].text.lower() == "вопрос"   # (not `на вопрос
    # журналиста о закрытии: «Кто же закроет школу?»`, `ответил вопросом на вопрос`: his words)


def _adverbial_clause_first(ctx: Context, c: Candidate) -> bool:
    """`По её словам, когда детёныш подрастёт, его будут нянчить ...`: a clause opened by
    `когда` (`как только`, `где`) and set off by a comma before a main clause says when or
    where; what was said is the whole (an indirect question is one clause: `Как будет проходить
    вакцинация, рассказал X`; `Когда ждать визита и какой будет встреча`)."""
    words = tokens_between(ctx.tokens, c.start, c.end)
    for k, w in enumerate(words):
        if w.text == "," and not ctx.inside_quote(w.start) and is_clause(words[1:k]):
            rest = words[k + 1:]
            return bool(rest) and rest[0].pos not in ("CCONJ", "SCONJ") and rest[0].text.lower() not in TOPIC_WORDS \
                and rest[0].lemma not in RELATIVE_WORDS and is_clause(rest)
    return False


def _predicate(words) -> bool:
    """A clause's predicate among the words: a finite verb, a short or comparative adjective,
    a predicative word or an infinitive."""
    return is_clause(words) or any(feats(w).get("Degree") == "Cmp" or feats(w).get("VerbForm") == "Inf" for w in words)


def _asks(clause: str) -> bool:
    """`ли` as the second or third word asks (`нет ли аллергии`), unless it makes a word of
    doubt (`Пекин вряд ли пойдет`)."""
    words = [w.lower() for w in clause.split()[:3]]
    return any(w == "ли" and words[k - 1] not in DOUBT_WITH_LI for k, w in enumerate(words) if k)


def _set_phrase(clause: str) -> bool:
    """`как минимум часть беспилотников ...`: a set phrase that opens with a question word asks nothing."""
    words = tuple(re.findall(r"[\w-]+", clause.lower()))
    return any(words[:len(phrase)] == phrase for phrase in NOT_ASKING)


def _degree(clause: str) -> bool:
    """`куда больше Пекин беспокоит ...`: `куда` before a comparative says how much, it asks nothing."""
    words = [w.strip("«\"") for w in clause.lower().split()]
    return words[0] in DEGREE_WORDS and len(words) > 1 and bool(COMPARATIVE.match(words[1]))


def is_passive_report(ctx: Context, c: Candidate) -> bool:
    """`было объявлено, что ...`, `сообщалось, что ...`: no source, not a statement; nor an
    impersonal cue with a nominative for its source (`переболевшие (предполагается, что ...`),
    unless a document or a preposition stands before it (`в статье Томпсона`)."""
    f = feats(c.cue)
    if c.source and c.cue_lemma in IMPERSONAL_CUES:
        first = c.source[0]
        before = ctx.tokens[first.token_id - 1] if first.token_id > 0 else None
        owned = before is not None and (before.pos == "ADP" or before.lemma in CITED_NOUNS)
        relative = any(w.rel == "obl" and w.lemma == "который" for w in ctx.children.get(c.cue.token_id, []))
        return feats(first).get("Case") == "Nom" and not owned and not relative \
            and not _document_issuer(ctx, c.cue, first)   # `подписал заявление, в котором говорится`
    return not c.source and (f.get("Voice") == "Pass" or f.get("VerbForm") == "Part" or c.cue.text.lower().endswith(("ся", "сь")))


def _document_issuer(ctx: Context, cue: Token, subject: Token) -> bool:
    """The nominative is the subject of a relative clause on the document the cue says it in
    (`В заявлении, которое распространил министр X, говорится, что ...`): the document's issuer."""
    if not 0 <= subject.head_id < len(ctx.tokens):
        return False
    verb = ctx.tokens[subject.head_id]
    return verb.rel == "acl:relcl" and verb.lemma in ISSUING_VERBS and 0 <= verb.head_id < len(ctx.tokens) \
        and ctx.tokens[verb.head_id].head_id == cue.token_id and ctx.tokens[verb.head_id].rel == "obl"   # (not `которое
    # получил губернатор`, `который изучил министр`: the reader)


def is_unsaid(ctx: Context, c: Candidate) -> bool:
    """`объявит о присоединении`, `хотел подчеркнуть, что ...`: a cue in the future or one
    an intent governs reports nothing said yet, nor one a right or an ability governs
    (`потребитель вправе требовать, чтобы ...`); nor does one in a purpose or a conditional
    clause (`не может представить, чтобы его объявили персоной non grata`, `сказал бы`)."""
    f = feats(c.cue)
    if f.get("Tense") == "Fut" and f.get("VerbForm") == "Fin":
        return True
    if any(w.lemma in ("чтобы", "бы") for w in ctx.children.get(c.cue.token_id, [])):
        return True
    head = ctx.tokens[c.cue.head_id] if f.get("VerbForm") == "Inf" and c.cue.head_id >= 0 else None
    return head is not None and (head.lemma in INTENT_VERBS or head.lemma.lower() in MODAL_HEADS)


def is_evidential(ctx: Context, c: Candidate) -> bool:
    """`Это говорит о том, что ...`, `Многое указывает на то, что ...`, `Простая арифметика
    указывает, что ...`: a verb of speech with a thing for its subject points at evidence; no
    one said anything. A name, a person, a body, a document or a study still speaks."""
    if c.cue_lemma not in EVIDENTIAL_CUES:
        return False
    subjects = nominative_subjects([w for w in ctx.children.get(c.cue.token_id, []) if w.rel.startswith("nsubj")])
    head = head_of(c.source) if c.source else None
    return any(w.text.lower() in THING_PRONOUNS or (
        w.pos == "NOUN" and feats(w).get("Animacy") == "Inan" and w.token_id not in ctx.mention_of
        and w.lemma not in SPEAKING_NOUNS | EVIDENCE_NOUNS | PRESS_NOUNS | PAGE_NOUNS) for w in subjects + [head] if w is not None)


def is_bare_phrase(ctx: Context, c: Candidate) -> bool:
    """`С банкирами, печатающими доллары, согласна X`: an unquoted content before its cue that
    is a prepositional phrase with no verb of its own is what the cue is about, not a statement;
    a connective (`При этом вовсе не обязательно впускать ...`) is no such phrase, and an
    infinitive is a verb."""
    if c.pattern != "content_then_cue" or ctx.inside_quote(c.start):
        return False
    words = tokens_between(ctx.tokens, c.start, c.end)
    lead = next((n for n in (3, 2) if tuple(w.text.lower() for w in words[:n]) in CONNECTIVES), 0)
    return bool(words) and words[0].pos == "ADP" and not lead and not any(   # `У некоторых возможно развитие ...` says something
        w.pos in ("VERB", "AUX") and (feats(w).get("VerbForm") == "Fin" or feats(w).get("VerbForm") == "Inf" and not _noun_infinitive(ctx, w))
        or w.text in DASHES
        or feats(w).get("Variant") == "Short" or w.rel.startswith("nsubj") for w in words)


def _noun_infinitive(ctx: Context, w: Token) -> bool:
    """An infinitive a noun or pronoun governs (`С предложением снизить налоги`, `С тем, чтобы
    повысить`): part of the phrase, no predicate."""
    head = ctx.tokens[w.head_id] if 0 <= w.head_id < len(ctx.tokens) else None
    return head is not None and (head.pos in ("NOUN", "PRON", "DET") or head.lemma == "чтобы")


def _own_words_inside(ctx: Context, c: Candidate, found: List[Candidate]) -> bool:
    """`Мы обещали федеральным властям ... . Прошу ..., подчеркнул губернатор`: a first-person
    cue outside quotation marks inside another statement's content is that speaker's own
    word, no statement of its own."""
    return len(c.source) == 1 and c.source[0].text.lower() in FIRST_PERSON_SUBJECTS and not ctx.inside_quote(c.cue.start) \
        and any(o is not c and o.start <= c.cue.start < o.end for o in found)


# statements a sentence makes in full: `Об этом он сказал` after one of them says it again
FULL_STATEMENT_PATTERNS = frozenset({"that", "content_then_cue", "quote_then_cue", "cue_colon_quote", "interrupted",
                                     "dialogue_dash"})


def _restated(c: Candidate, found: List[Candidate], relayed: Callable[[Candidate], bool] = lambda c: False) -> bool:
    """`Министр Бревич считает, что ... . Об этом он сказал в интервью газете.`, `..., сообщила
    Оглобина. Так она прокомментировала данные СМИ`: the sentence before is a statement already
    (or its last part, where a quotation's sentences were split: `"A. B" - сказал он. Так он ответил`),
    the cue after it tells where it was made (labellers mark the one statement). Not after a
    borderline cue or a phrase that makes only part of the sentence a statement (`призвала ввести
    санкции`, `..., по его словам, ...`): there the whole sentence is what `Об этом` points to."""
    return c.pattern == "about_this" and any(
        o.pattern in FULL_STATEMENT_PATTERNS and o.start < c.end and c.start < o.end and c.start <= o.cue.start < c.end
        and (not _another_source(c, o) or relayed(c)) for o in found)


def _another_source(c: Candidate, o: Candidate) -> bool:
    """`Соединенные Штаты признали, что ... . Об этом рассказал экс-министр Вадим Пристайко`,
    `Соседи считают, что ... . Об этом заявил X`: `Об этом` names someone other than the source of
    the statement it points to — a name that source does not hold, where that source is a body
    or many (not a pronoun or one person's role: `Он добавил, что ... . Об этом сообщил X`), and
    reports it (not `С этим согласна X`)."""
    names = [w.text.lower() for w in c.source if w.text[:1].isupper() and w.pos == "PROPN"]
    own = {w.text.lower()[:4] for w in o.source}
    return bool(names) and bool(o.source) and not any(n[:4] in own for n in names) \
        and c.cue_lemma not in AGREEING_CUES and not any(_a_person_word(w) for w in o.source)


def _a_person_word(w: Token) -> bool:
    """A pronoun or one person's role (`Он добавил`, `Психолог считает`): maybe the one `Об этом` names."""
    f = feats(w)
    return w.pos == "PRON" or w.text.lower() in POSSESSIVE_PRONOUNS or (   # (`По его словам, A. Об этом X сообщил`; not `их`)
        w.pos == "NOUN" and f.get("Animacy") == "Anim" and f.get("Number") == "Sing")


def is_headline_borderline(ctx: Context, c: Candidate) -> bool:
    """`МИД России высказался о «нападении» на страны НАТО`, `"Аэрофлот" опроверг намерение ...`:
    a headline's topic or denial (GUIDELINES: headline attributions and borderline cues are
    both optional; labellers leave these out) — the body tells what was said."""
    return c.pattern == "borderline" and on_headline(ctx.doc.text, c.cue.end)


def in_why_question(ctx: Context, c: Candidate) -> bool:
    """`Псаки не смогла ответить на вопрос, почему США считают войска "оккупационными"`: the cue
    of a view stands in an indirect question of why, opened right after the comma before it that
    follows a word of asking or not knowing; it asserts nothing."""
    if c.cue.lemma not in MENTAL_CUES:
        return False   # (`Никто не знает, почему губернатор заявил, что ...`: the statement was made)
    sentence = ctx.by_sentence[c.cue.sentence_id]
    k = next((k for k, t in enumerate(sentence) if t.token_id == c.cue.token_id), 0)
    comma = next((j for j in range(k - 1, -1, -1) if sentence[j].text in (",", ":")), None)
    return comma is not None and 0 < comma and comma + 1 < k and sentence[comma + 1].text.lower() in REASON_QUESTION_WORDS \
        and sentence[comma - 1].lemma.lower() in ASKED_BEFORE_WHY


def is_own_source(ctx: Context, c: Candidate) -> bool:
    """`Об этом сообщает «Слово и Дело»`, `Как сообщало «Слово и Дело», ...`: a quotation
    that lies within its own source phrase (a medium's name in quotation marks) says nothing;
    not a quotation after the source's colon that the parse hung on it (`рассказал директор
    студии X: "... финальную по` cut short)."""
    return bool(c.source) and c.start > 0 and ctx.doc.text[c.start - 1] in "«\"“„" \
        and c.source[0].start - 1 <= c.start and c.end <= c.source[-1].end + 1 \
        and ":" not in ctx.doc.text[c.source[0].start:c.start]


def is_relay_aside(ctx: Context, c: Candidate) -> bool:
    """`X отметил, как передает ТАСС, что ...`: the medium's `как` phrase between a cue and its
    clause relays the cue's statement; it makes none of its own."""
    k = c.cue.token_id
    return c.pattern == "source_phrase" and c.cue.lemma in RELAY_CUES and k >= 3 \
        and ctx.tokens[k - 1].text.lower() == "как" and ctx.tokens[k - 2].text == "," \
        and (cue_lemma(ctx, ctx.tokens[k - 3]) is not None or ctx.tokens[k - 3].pos == "VERB" and medium_phrase(ctx, c.source)) \
        and feats(ctx.tokens[k - 3]).get("VerbForm") == "Fin"   # (`Соответствующее заявление сделал, как передает БелТА,
        # ...`: any verb before a medium's aside; not `Погибли, как сообщил губернатор, три человека`)


def is_connective(ctx: Context, c: Candidate) -> bool:
    """`Тем временем, сообщает X, ...` cut short: a content that is only a connective."""
    return tuple(re.findall(r"\w+", ctx.doc.text[c.start:c.end].lower())) in CONNECTIVES


def is_authors_aside(ctx: Optional[Context], c: Candidate) -> bool:
    """`Стоит отметить, что ...`, `Напомним, что ...`, `Думаю, что ...`: with no source, an
    infinitive or a first person is the author's aside, no one's statement; and an infinitive after an
    impersonal `важно`, `стоит`, `следует` (ASIDE_MODALS) whatever the parse made its source
    (`фото: AP — Важно отметить, что ...`), outside quotation marks."""
    f = feats(c.cue)
    if not c.source:
        return f.get("VerbForm") == "Inf" or f.get("Person") == "1"   # (`Думаю, что ...` with no `я`: the writer's,
        # or the words of a speaker a content-first cue names after them)
    if ctx is None or f.get("VerbForm") != "Inf" or ctx.inside_quote(c.cue.start):
        return False
    words = ctx.by_sentence.get(c.cue.sentence_id, [])
    k = next((k for k, w in enumerate(words) if w.token_id == c.cue.token_id), 0)
    while k > 0 and words[k - 1].pos in ("ADV", "PART") and words[k - 1].text.lower() not in ASIDE_MODALS:
        k -= 1   # `Важно также отметить`, `Стоит еще раз напомнить`
    return k > 0 and words[k - 1].text.lower() in ASIDE_MODALS


def _overlap(a: Candidate, b: Candidate) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    return inter / (max(a.end, b.end) - min(a.start, b.start))


BLOCK = 1000


def _nested_in(inner: Candidate, outer: Candidate) -> bool:
    """A statement reported inside another's quotation, with its own cue (``pattern_nested_that``)."""
    return inner.pattern == "nested" and outer.cue != inner.cue and outer.start <= inner.start and inner.end <= outer.end


def _yields_to(k: Candidate, c: Candidate, relayed: Callable[[Candidate], bool],
               named: Callable[[Candidate], bool] = lambda c: False) -> bool:
    """Whether the kept candidate ``k`` gives way to the later ``c``: a borderline reading or a
    medium's relay to the statement `Об этом заявил X` makes of the sentence, and a statement
    of nobody named (``named``: a person or a body its source names) reported inside what `по словам X`
    says to X's (`По мнению Морозовой, жители высоко оценили "..."`: labellers mark
    Морозова's, not the one inside it; `следователь Иван Петров пообещал, что ...` stands); a
    cue with no source at all inside ``c``'s content, to ``c``."""
    if c.pattern == "about_this" and not relayed(c):
        return k.pattern == "borderline" or relayed(k)
    if not k.source and c.source and c.start <= k.cue.start < c.end:
        return True   # `X отметил, что ... мало кто верил: команду считали ...`: a cue inside X's content, of nobody
    return (_reported_within(k, c) or _evidence_within(k, c)) and not named(k)


def _evidence_within(inner: Candidate, outer: Candidate) -> bool:
    """`Опыт показывает, что ..., заявил аналитик X`: what experience shows is part of what X
    said, before the cue that reports it."""
    return inner.cue_lemma in EVIDENCE_CUES and outer.pattern == "content_then_cue" \
        and outer.start <= inner.cue.start and inner.end <= outer.end


def _reported_within(inner: Candidate, outer: Candidate) -> bool:
    """The statement ``inner`` has its cue and content inside the rest of the sentence that
    `по словам X,` before it reports (``outer``; not `..., как передает ТАСС` after it)."""
    return outer.pattern == "source_phrase" and outer.cue.start < outer.start and inner.cue != outer.cue \
        and outer.start <= inner.cue.start < outer.end \
        and outer.start <= inner.start and inner.end <= outer.end + 1


def _retold_by_another(c: Candidate, k: Candidate) -> bool:
    """`США признали, что ... . Об этом рассказал Вадим Пристайко`: the retelling and the
    statement it retells are two, of two sources."""
    return c.pattern == "about_this" and k.pattern != "borderline" and k.start >= c.start and k.end <= c.end \
        and _another_source(c, k)


def _borderline_inside(inner: Candidate, outer: Candidate) -> bool:
    """`X назвал Калининград пугающим городом. Он рассказал об этом ...`: the borderline part
    (`Калининград пугающим городом`) is inside the sentence `об этом` reports whole."""
    return outer.pattern == "about_this" and inner.pattern == "borderline" \
        and outer.start <= inner.start and inner.end <= outer.end


def deduplicate(found: List[Candidate], relayed: Callable[[Candidate], bool] = lambda c: False,
                named: Callable[[Candidate], bool] = lambda c: False) -> List[Candidate]:
    """Drop a candidate that mostly repeats an earlier one, or shares its cue and overlaps it;
    a borderline reading (`США призывают X прекратить ...`, or one inside the sentence) or a
    medium relaying the sentence (``relayed``: `..., пишет газета`) yields to the statement `Об
    этом заявила Y` makes of it.
    Kept candidates are indexed by 1000-character blocks, so each check is local."""
    kept: List[Candidate] = []
    blocks = {}
    for c in found:
        near = {id(k): k for b in range(c.start // BLOCK, c.end // BLOCK + 1) for k in blocks.get(b, ())}
        clashing = [k for k in near.values() if (_overlap(c, k) >= 0.6 or (k.cue == c.cue and _overlap(c, k) > 0)
                                                 or _borderline_inside(k, c) or (_reported_within(k, c) and not named(k))
                                                 or (_reported_within(c, k) and not named(c))
                                                 or _evidence_within(k, c) or _evidence_within(c, k))
                    and not _nested_in(c, k) and not _nested_in(k, c) and not (_retold_by_another(c, k) and not relayed(c) and not relayed(k))]
        if clashing and all(_yields_to(k, c, relayed, named) for k in clashing):
            for k in clashing:
                kept.remove(k)
                for b in range(k.start // BLOCK, k.end // BLOCK + 1):
                    blocks[b].remove(k)
            clashing = []
        if not clashing:
            kept.append(c)
            for b in range(c.start // BLOCK, c.end // BLOCK + 1):
                blocks.setdefault(b, []).append(c)
    return sorted(kept, key=lambda c: (c.cue.start, c.start))


# ---------------------------------------------------------------- kind and time

def kind_of(ctx: Context, start: int, end: int, nested: bool = False) -> str:
    """Direct, mixed or indirect; a statement reported inside another's quotation
    (``nested``) is read by the quotation marks inside it alone."""
    text = ctx.doc.text
    spans = [q for q in ctx.quote_spans if not (nested and q.start < start and end < q.end)]
    if start > 0 and end < len(text) and any(q.start == start - 1 and q.end == end + 1 for q in spans):
        return "direct"
    if any(q.depth == 0 and q.start < start and end < q.end for q in spans):
        return "direct"   # one part of a quotation its cue interrupts
    inner = [q for q in spans if start <= q.start and q.end <= end]
    if any(len(text[q.start + 1:q.end - 1].split()) >= 2 for q in inner):
        return "mixed"
    return "indirect"


# ---------------------------------------------------------------- the stage

CLOSING = {"(": ")", "«": "»", "[": "]"}
LEADING_PARTICLES = frozenset("и а но же также тоже".split())


def _without_particles(words):
    """A source phrase without the particle the parse hung on it (`поделилась и художница X`)."""
    words = tuple(words)
    while len(words) > 1 and words[0].text.lower() in LEADING_PARTICLES and words[0].pos in ("CCONJ", "PART", "ADV"):
        words = words[1:]
    return words


def _owner_of_document(ctx: Context, words):
    """A document or report cited in an oblique case whose owner is a person or the press
    names the owner as the source (`по расчётам Исаака Ньютона`, `согласно сообщениям прессы`,
    `в сообщении пресс-службы X говорится` → the genitive phrase); an institution's document,
    a page, or a document as a subject stays the source itself (`согласно решению FDA`, `на
    сайте мэра`, `Обзор ООН показывает`), as the labelled articles have them."""
    words = tuple(words)
    head = head_of(words)
    if head is None or head.lemma not in CITED_NOUNS or head.lemma in PAGE_NOUNS or feats(head).get("Case") in ("Nom", None):
        return words
    after = [k for k, w in enumerate(words) if w.start > head.start]
    owner = next((k for k in after if (words[k].pos in ("NOUN", "PROPN") and feats(words[k]).get("Case") == "Gen")
                  or latin(words[k].text)), None)   # `отчёту Guardian`
    if owner is None or not _speaks_for_itself(ctx, words[owner:]):
        return words
    name_start = min((m.start for m in ctx.mentions if m.start <= words[owner].start < m.end), default=None)
    while name_start is not None and owner > 0 and words[owner - 1].start >= name_start and words[owner - 1].start > head.start:
        owner -= 1   # from where the name starts (`Контрольно-счётной палаты`)
    while owner > 0 and words[owner - 1].start > head.start and (
            words[owner - 1].pos in ("ADJ", "DET") or words[owner - 1].end == words[owner].start):
        owner -= 1   # `областного минздрава`, `Контрольно-счётной палаты`: with its adjectives
    return words[owner:]


def _speaks_for_itself(ctx: Context, owner) -> bool:
    """A person (named, or a role) or the press (`прессы`, `пресс-службы X`)."""
    first = next((w for w in owner if w.pos in ("NOUN", "PROPN")), owner[0])
    m = ctx.mention_of.get(first.token_id)
    return (m is not None and m.type == "PER") or feats(first).get("Animacy") == "Anim" or first.lemma in PRESS_NOUNS


def _closed(text: str, start: int, end: int) -> Tuple[int, int]:
    """A source phrase's span, taking in the closing bracket or quotation mark its last word
    leaves open (`исследованию фонда (FECYT)`: the words stop before `)`)."""
    for opening, closing in CLOSING.items():
        if text.count(opening, start, end) > text.count(closing, start, end) and text.startswith(closing, end):
            end += 1
    return start, end


def extract_quotes(doc, sentences, tokens, mentions, dates) -> List[Quote]:
    ctx = Context.build(doc, sentences, tokens, mentions, dates)
    quotes, previous, spoken, said = [], [], [], []
    for c in candidates(ctx):
        cue_last = cue_end_token(ctx, c.cue, c.cue_lemma)
        # the speakers whose own words hold the cue: speech, or a quotation inside reported content
        # (`не исключил, что ..., хотя, по его словам, «...»`: `его` may be the reporter's subject)
        quoted = ctx.inside_quote(c.cue.start)
        enclosing = frozenset(key for start, end, key, speech in spoken if start <= c.cue.start < end and (speech or quoted))
        # the statement just before, not one inside this one (`— Мама сказала, что ..., — говорит девушка`)
        last, last_end = next(((sp, e) for s, e, sp in reversed(said) if not (c.start <= s and e <= c.end)), (None, None))
        near = last_end is not None and paragraph_breaks(doc.text, last_end, min(c.start, c.cue.start)) <= 1
        before = [sp for sp, (s, e, _, _) in zip(previous, spoken) if not (c.start <= s and e <= c.end)]
        speaker = speakers.attribute(ctx, speakers.Source(c.cue, c.source, before, enclosing, c.start,
                                                          last if near else None,
                                                          tuple((start, end, key) for start, end, key, _ in spoken)))
        if c.pattern == "nested" and not speaker.name:
            continue   # a statement inside another's quotation counts where it names its speaker
        said.append((c.start, c.end, speaker))
        if speaker.name:
            previous.append(speaker)
            spoken.append((c.start, c.end, speaker.key, c.pattern in SPEECH_PATTERNS))
        if c.pattern in UNCUED_PATTERNS:
            continue   # whose words they are shapes what is said in them; no statement of its own
        when = when_of(ctx, c)
        day, source = said_on(when, doc.published)
        cue_start = c.cue_start if c.cue_start is not None else c.cue.start
        words = _owner_of_document(ctx, _without_particles(c.source))
        if words and words[0].start > c.cue.start and c.cue.pos == "VERB":   # `— заявил Матиас Йорш, докладчик ПАСЕ, сообщает BBC`
            words = tuple(words) + apposition_after(ctx, words)
        phrase = _closed(doc.text, words[0].start, words[-1].end) if words else (None, None)
        named = speaker.name is not None
        quotes.append(Quote(
            doc.doc_id, len(quotes), c.start, c.end, doc.text[c.start:c.end],
            "direct" if c.pattern in ("dialogue_dash", "speech_below") else kind_of(ctx, c.start, c.end, c.pattern == "nested"),
            c.cue_lemma, cue_start, cue_last.end,
            speaker.name, speaker.type, None, speaker.rule, when, day, source,
            speaker.start if named else None, speaker.end if named else None, speaker.key,
            phrase[0], phrase[1], doc.text[phrase[0]:phrase[1]] if words else None,
            speaker.kind if c.source else None))
    return quotes
