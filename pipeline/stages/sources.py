"""The source phrase of a speech cue: the noun phrase that names who said it.

`Пресс-секретарь Кремля Дмитрий Песков заявил` → the subject with its appositions;
`заявил он`, `— сказал министр` → the subject after the cue; `по словам главы МИД` → the
phrase after `по словам`. Relative and participle clauses are not part of the phrase
(`Петров, который ...`); appositions are (`Павел Волчков, заведующий лабораторией`).
"""
import re
from operator import attrgetter
from typing import List, Optional, Sequence, Tuple

from pipeline.lexicons.cues import (COMPLEMENT_CUES, COMPLEMENT_NOUNS, DASHES, PHRASE_CUES, QUOTING_CUES, RELATIVE_WORDS, SPEECH_VERBS,
                                    CLAUSE_OPENERS_AFTER_COMMA, WORDS_OF_CUES)
from pipeline.lexicons.organizations import MEDIA, MEDIA_DESCRIPTORS, ORG_HEADS, WEB_DOMAIN
from pipeline.lexicons.sources import (NAME_ABBREVIATIONS, ACADEMIC_DEGREE, APPOSITION_TIMES, AUTHORING_VERBS, DOCUMENT_NOUNS, FOCUS_PARTICLES, MEDIA_STAFF_NOUNS, OCCASION_PHRASES, OWNER_PRONOUNS, PAGE_NOUNS,
                                       POSTED_DOCUMENTS,
                                       PERSONAL_PRONOUNS, PLURAL_PRONOUNS, PLURAL_VERB_NOUNS, REFERENCED_WORDS,
                                       RELATIVE_DOCUMENT_REACH, ROLE_WORDS, VENUE_NOUNS, VERB_COORDINATORS)
from pipeline.models import morph_analyzer
from pipeline.records import Token
from pipeline.stages.name_evidence import oblique_surname
from pipeline.stages.name_gender import NAME_TAGS, name_parses
from pipeline.stages.quote_context import Context, feats, inside_word, noun_before_quotation, under

SUBJECT_RELS = ("nsubj", "nsubj:pass")
RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда"})   # `в Кабуле, где отметил, что ...`
QUOTED_NAME_WORDS = 5   # a quotation of more words is a statement, not a name
PERSON_PRONOUNS = frozenset(PERSONAL_PRONOUNS) | PLURAL_PRONOUNS   # `— цитирует его Financial Times`
DESCRIPTION_WORDS = 8   # words of a description before the name a relative clause follows
# Parsed as a verb's subject, never a source: `Вот, что говорит X`, `Это подчеркнул X`.
NOT_SUBJECTS = frozenset("что кто это то который которая которые".split())
CLAUSE_RELS = ("acl", "acl:relcl", "parataxis", "advcl", "ccomp", "csubj", "root")   # not part of a noun phrase
NOMINAL = ("NOUN", "PROPN", "PRON")
NOUN_RELS = ("nmod", "amod", "appos", "flat", "flat:name", "nummod")   # a finite verb in them is a parser's slip


def subtree(ctx: Context, token: Token, limit: int = 40, skip=CLAUSE_RELS) -> List[Token]:
    """The token and its dependents (without clauses), in text order."""
    out, stack, seen = [], [token], {token.token_id}
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        for c in ctx.children.get(t.token_id, []):
            if c.rel not in skip and c.token_id not in seen:   # a parse may loop
                seen.add(c.token_id)
                stack.append(c)
    return sorted(out, key=lambda t: t.start)


def contiguous(tokens: Sequence[Token], around: Token) -> Tuple[Token, ...]:
    """The unbroken run of ``tokens`` (by token id) that holds ``around``, without
    punctuation at its edges."""
    by_id = {t.token_id: t for t in tokens}
    lo = hi = around.token_id
    while lo - 1 in by_id:
        lo -= 1
    while hi + 1 in by_id:
        hi += 1
    return trimmed(by_id[i] for i in range(lo, hi + 1))


def _balanced(words: List[Token]) -> List[Token]:
    """Drop an unpaired bracket or quotation mark at an edge."""
    text = "".join(w.text for w in words)
    if words and words[-1].text == ")" and text.count("(") < text.count(")"):
        words = words[:-1]
    if words and words[0].text == "(" and text.count("(") > text.count(")"):
        words = words[1:]
    if words and words[0].text == '"' and text.count('"') % 2:   # the closing mark of a name before it
        words = words[1:]                                          # (`в "Живом журнале" профессор X`)
    if words and words[-1].text == '"' and "".join(w.text for w in words).count('"') % 2:
        words = words[:-1]
    if words and words[0].text == "«" and text.count("«") > text.count("»"):
        words = words[1:]
    if words and words[-1].text == "»" and text.count("»") > text.count("«"):
        words = words[:-1]
    return words


def noun_phrase(ctx: Context, head: Token, cue: Optional[Token] = None) -> Tuple[Token, ...]:
    """The words from the first to the last of the head's dependents (clauses left out at
    the edges): `глава делегации – заместитель министра Сергей Рябков`; on the head's side
    of the cue only (a quotation's marks hang on the subject after it)."""
    words = subtree(ctx, head)
    if cue is not None:
        words = [w for w in words if (w.start > cue.start) == (head.start > cue.start)]
    words = [w for w in words if w.pos != "PUNCT" or w.text in "«»\"()"] or words   # a clause's comma is no edge
    span = _after_foreign_verb(ctx.tokens[words[0].token_id:words[-1].token_id + 1], words, head)
    span = _from_left_gap(span, words, head)
    while len(span) > 1 and span[0].start < head.start and _disagreeing_adjective(span[0], head):
        span = span[1:]   # `объявил открытым заместитель ...`: the parse hung the verb's complement on the noun
    for k in range(1, len(span)):
        if _adverbial_after_name(ctx, span, k) or (span[k].start > head.start and (_venue_at(ctx, span, k) or _occasion_at(span, k))) \
                or _addressee_after_name(ctx, span, k):
            span = span[:k]   # `Игорь Кирсанов на встрече с чемпионкой заявил`, `написала сенатор в соцсети X`:
            break             # where, not who; `сказал Иван Петров CNN`: whom to
        if span[k].start <= head.start:
            continue
        if _dative_addressee(ctx, span[k]):
            span = span[:k]   # `— сказал глава ФСБ Telegram-каналу «Юнашев Live»`: whom to
            break
        if span[k].text == ":" and _no_open_marks(span[:k]):
            span = span[:k]   # `рассказал директор студии X: "... по`: the parse hung a word of the quotation on the
            break             # phrase (not a colon in brackets or a quoted title: `АКОРТ (объединяет компании: X5)`)
        if (span[k].text == "," and k + 1 < len(span) and (span[k + 1].text.lower() == "как" or span[k + 1].lemma == "который")) \
                or (span[k].pos == "VERB" and feats(span[k]).get("VerbForm") == "Fin" and span[k].rel in NOUN_RELS
                    and not span[k].text[:1].isupper() and _no_open_marks(span[:k])):   # (a capitalised one names a project:
            span = span[:k]   # `проектов Сохраним Байкал`; a quoted one too: `движения «Россия выбирает»`) `Педро Санчес,
            break             # как и другие социалисты`: a comparison; `, которую ...` a clause; a verb the parse hung on the noun
    return trimmed(_on_heads_line(ctx, _with_quoted_name(ctx, _with_name_after(ctx, list(span), head), head), head))


def _on_heads_line(ctx: Context, span: List[Token], head: Token) -> List[Token]:
    """The span's words on the head's line: a phrase never crosses a line break (`— посоветовал
    мэр города Константин Рубаненко` then a photo credit `Василий Акулов` on the next line)."""
    text = ctx.doc.text
    breaks = [k for k in range(1, len(span)) if "\n" in text[span[k - 1].end:span[k].start]]
    if not breaks:
        return span
    first = max((k for k in breaks if span[k].start <= head.start), default=0)
    last = min((k for k in breaks if span[k].start > head.start), default=len(span))
    return span[first:last]


def _disagreeing_adjective(word: Token, head: Token) -> bool:
    """An adjective in another case than the noun it is said to qualify."""
    a, b = feats(word).get("Case"), feats(head).get("Case")
    return word.pos == "ADJ" and word.head_id == head.token_id and a is not None and b is not None and a != b


def _no_open_marks(words: Sequence[Token]) -> bool:
    """No bracket or quotation mark left open among the words (a colon after them is outside
    `(объединяет компании: ...)` and `«Майор Гром: Игра»`)."""
    texts = [w.text for w in words]
    return texts.count("(") == texts.count(")") and texts.count("«") == texts.count("»") and texts.count('"') % 2 == 0


def _from_left_gap(span: Sequence[Token], words: Sequence[Token], head: Token) -> Sequence[Token]:
    """The span from after the last word before the head that is none of its dependents: a
    dependent the parse hung on the phrase from further left (`заявил сегодня, 9 ноября, в
    интервью радио Baltkom министр ... Айгар Штокенбергс («Единство»)`: `9 ноября` under the
    party's name) is no part of it."""
    own = {w.token_id for w in words}
    gaps = [k for k, w in enumerate(span) if w.start < head.start and w.pos != "PUNCT" and w.token_id not in own]
    return span[gaps[-1] + 1:] if gaps else span


def _after_foreign_verb(span: Sequence[Token], words: Sequence[Token], head: Token) -> Sequence[Token]:
    """The span past a finite verb before the head that is no part of the phrase: the parse
    hung a word of another clause on it (`Михаил Сааакашвили[→ Леван] объявил о ..., однако
    лидер оппозиции Леван Гачечиладзе`)."""
    own = {w.token_id for w in words}
    cut = max((k for k, t in enumerate(span) if t.start < head.start and t.token_id not in own
               and t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"), default=None)
    if cut is None:
        return span
    rest = list(span[cut + 1:])
    while rest and rest[0].token_id not in own:
        rest.pop(0)
    return rest or span


def _with_name_after(ctx: Context, span: List[Token], head: Token) -> List[Token]:
    """A person's name right after a phrase headed by a person noun, nominative as the head
    is, is the name the phrase describes, wherever the parse hung it (`Конгрессвумен от
    Калифорнии Надя Ривера, которую прочат ...`: the parse took `Надя` for an apposition
    inside the relative clause)."""
    if not span or span[-1].token_id + 1 >= len(ctx.tokens) or head.pos not in ("NOUN", "PROPN") \
            or "Animacy=Anim" not in head.feats or feats(head).get("Case") != "Nom" or head.token_id in ctx.mention_of:
        return span
    nxt = ctx.tokens[span[-1].token_id + 1]
    m = ctx.mention_of.get(nxt.token_id)
    if m is None or m.type != "PER" or m.start != nxt.start or not (ctx.mention_case(m) == "Nom" or m.normal == m.text) \
            or oblique_surname(m):   # `— сказал президент Топилину`: whom to
        return span
    last = next((t for t in ctx.tokens[nxt.token_id:nxt.token_id + 6] if t.end >= m.end), None)
    return span + list(ctx.tokens[nxt.token_id:last.token_id + 1]) if last is not None else span


def _with_quoted_name(ctx: Context, span: List[Token], head: Token) -> List[Token]:
    """A phrase that stops right before a short quoted name takes it in (`компании «Норд»`,
    `партии «Единство»`)."""
    if not span or span[-1].token_id + 1 >= len(ctx.tokens) or span[-1].start < head.start:
        return span
    nxt = ctx.tokens[span[-1].token_id + 1]
    q = ctx.top_quote_starting_from(nxt.start)
    if nxt.text not in "«\"" or q is None or q.start != nxt.start or len(ctx.doc.text[q.start:q.end].split()) > QUOTED_NAME_WORDS:
        return span
    end = next((t for t in ctx.tokens[nxt.token_id:nxt.token_id + 12] if t.end >= q.end), None)
    if end is None or _addressee_after_name(ctx, span + list(ctx.tokens[nxt.token_id:end.token_id + 1]), len(span)):
        return span   # `— рассказала Мария Кузнецова «Известиям»`: whom to
    inside = [t for t in ctx.tokens[nxt.token_id + 1:end.token_id] if t.pos != "PUNCT"]
    ids = {t.token_id for t in span}
    if inside and any(t.rel in ("iobj", "obj", "obl") and t.head_id not in ids and t.head_id >= 0
                      and ctx.tokens[t.head_id].pos in ("VERB", "AUX") for t in inside):
        return span   # `— рассказала американка «Фонтанке»`: the verb's addressee, not the phrase's name
    return span + list(ctx.tokens[nxt.token_id:end.token_id + 1])


def _adverbial_after_name(ctx: Context, span: Sequence[Token], k: int) -> bool:
    """`на`/`в` with a locative right after a person's name: the verb's place or occasion;
    not after a name in an oblique case, which the place goes with (`Юрист штаба Трампа в
    Джорджии Даррен Коул`)."""
    if k + 1 >= len(span) or span[k].text.lower() not in ("на", "в", "во") or feats(span[k + 1]).get("Case") != "Loc" \
            and not (k + 2 < len(span) and feats(span[k + 2]).get("Case") == "Loc"):
        return False
    m = ctx.mention_of.get(span[k - 1].token_id)
    return m is not None and m.type == "PER" and m.end == span[k - 1].end and ctx.mention_case(m) in ("Nom", None)


def _addressee_after_name(ctx: Context, span: Sequence[Token], k: int) -> bool:
    """Whom the words were said to, right after a person's name: a medium's name closing the
    phrase (`— сказал Иван Петров CNN`) or a noun in the dative (`— сказал министр Петер
    Шимко ведущему телеканала TA3 Михалу Грегору`); not part of who said them (`журналист
    CNN` keeps its medium)."""
    m = ctx.mention_of.get(span[k - 1].token_id)
    if m is None and k < len(span) and span[k - 1].pos == "NOUN" and feats(span[k - 1]).get("Case") == "Nom":
        named = ctx.mention_of.get(span[k].token_id)   # `— сказал президент Топилину`
        return named is not None and named.type == "PER" and oblique_surname(named)
    if m is None or m.type != "PER" or m.end != span[k - 1].end or k >= len(span):
        return False
    first = next((t for t in span[k:] if t.text not in "«»\""), span[k])
    dative = first.pos in ("NOUN", "PROPN") and feats(first).get("Case") == "Dat" and ctx.mention_of.get(first.token_id) is not m
    return dative or names_medium(ctx, span[k:])


def _dative_addressee(ctx: Context, w: Token) -> bool:
    """A common noun in the dative with no preposition right after a name in the phrase: whom
    the words were said to (`глава ФСБ Telegram-каналу`), not a part of who said them
    (`уполномоченный по правам`)."""
    before = ctx.tokens[w.token_id - 1] if w.token_id > 0 else None
    return (w.pos == "NOUN" and feats(w).get("Case") == "Dat" or _dative_compound(w.text)) and w.token_id not in ctx.mention_of \
        and not any(c.rel == "case" for c in ctx.children.get(w.token_id, [])) and w.rel != "conj" \
        and before is not None and (before.token_id in ctx.mention_of or before.text in "»\"")   # after a name
    # (not `фонда помощи детям`, `по делам обороны, чрезвычайным ситуациям`: the phrase's own words)


def _dative_compound(word: str) -> bool:
    """A Latin-and-Cyrillic compound the tagger calls foreign, its Russian noun in the dative
    (`Telegram-каналу`, `YouTube-блогеру`)."""
    first, _, last = word.rpartition("-")
    if not first or not re.fullmatch(r"[а-яё]{3,}", last) or not re.search(r"[A-Za-z]", first):
        return False
    best = next(iter(morph_analyzer().parse(last)), None)
    return best is not None and best.tag.POS == "NOUN" and best.tag.case == "datv"


def _addressee_before(ctx: Context, words: Sequence[Token]) -> bool:
    """The first of two subjects the parse found is whom the words were said to: a medium's
    name (`— сказал Lenta.ru секретарь президиума Вадим Щеглов`) or a name after a role noun
    in the dative (`заявил в интервью ведущей CNN Рэйчел Коэн конгрессмен Джеймс Олдридж`)."""
    if names_medium(ctx, words) or (len(words) == 1 and words[0].text.lower() in MEDIA):
        return True
    nxt = ctx.tokens[words[-1].token_id + 1] if words[-1].token_id + 1 < len(ctx.tokens) else None
    if len(words) == 1 and words[0].pos in ("PROPN", "X") and nxt is not None and nxt.pos == "NOUN" \
            and nxt.lemma in ROLE_WORDS and feats(nxt).get("Case") == "Nom" \
            and not any(tag in p.tag for p in name_parses(words[0].text) if p.tag.case == "nomn" for tag in NAME_TAGS):
        return True   # `— рассказал Хабру руководитель направления X`: one word, not a name in the nominative,
                      # before the speaker's role (not `— сказал Лавров министр`)
    m = ctx.mention_of.get(words[0].token_id)
    if m is None or m.type != "PER" or m.end != words[-1].end:
        return False
    k = words[0].token_id - 1
    while k > words[0].token_id - 4 and k >= 0 and ctx.tokens[k].sentence_id == words[0].sentence_id \
            and ctx.tokens[k].pos in ("PROPN", "X"):
        k -= 1   # past a medium's name: `ведущей CNN`
    role = ctx.tokens[k] if k >= 0 else None
    return role is not None and role.pos == "NOUN" and feats(role).get("Case") == "Dat" and feats(role).get("Animacy") == "Anim"


def names_medium(ctx: Context, words: Sequence[Token]) -> bool:
    """The words are a medium's name, as written (a web address's parts joined: `URA.RU`), in
    their dictionary form or in their mention's nominative (`«Известиям»`)."""
    words = [t for t in words if t.text not in "«»\""]
    if not words:
        return False
    m = ctx.mention_of.get(words[0].token_id)
    names = [" ".join(map(form, words)) for form in (attrgetter("text"), attrgetter("lemma"))] \
        + [ctx.doc.text[words[0].start:words[-1].end]]   # `URA.RU`, three tokens
    if m is not None and m.start <= words[0].start and words[-1].end <= m.end:
        names.append(m.normal.strip("«»\""))
    return any(name.lower() in MEDIA or WEB_DOMAIN.search(name.lower()) for name in names)   # `TUT.BY`, `Lenta.ru`


def medium_phrase(ctx: Context, words: Sequence[Token]) -> bool:
    """A medium, by its name or by its kind before one (`ТАСС`, `газета «Коммерсантъ»`)."""
    bare = [t for t in words if t.text not in "«»\""]
    return bool(bare) and (names_medium(ctx, words) or bare[0].lemma.lower() in MEDIA_DESCRIPTORS)


def medium_or_staff(ctx: Context, words: Sequence[Token]) -> bool:
    """A medium, or its staff (`корреспондент ИА REGNUM`): who relays others' words."""
    return bool(words) and (medium_phrase(ctx, words) or words[0].lemma.lower() in MEDIA_STAFF_NOUNS)


def _venue_at(ctx: Context, span: Sequence[Token], k: int) -> bool:
    """`в соцсети`, `в своем Telegram-канале`, `на брифинге`: where the words were said; not
    where a person's name comes after it (`ведущий на канале «Дождь» Павел Лобков`) unless
    the phrase has named its person in the nominative (or as written) before (`Нэнси Пелоси в интервью
    ведущему CNN Джейку Нортону`: the one after is whom she spoke to)."""
    if span[k].text.lower() not in ("в", "во", "на"):
        return False
    noun = next((t for t in span[k + 1:k + 4] if t.pos in ("NOUN", "PROPN", "X")), None)
    named_after = any((m := ctx.mention_of.get(t.token_id)) is not None and m.type == "PER" for t in span[k:])
    named_before = any((m := ctx.mention_of.get(t.token_id)) is not None and m.type == "PER"
                       and (ctx.mention_case(m) in ("Nom", None) or m.normal == m.text) for t in span[:k])
    return noun is not None and noun.lemma.lower() in VENUE_NOUNS and (named_before or not named_after)


def _occasion_at(span: Sequence[Token], k: int) -> bool:
    """`по итогам встречи`, `в ходе визита`: when or after what the words were said."""
    return k + 1 < len(span) and (span[k].text.lower(), span[k + 1].lemma.lower()) in OCCASION_PHRASES


def trimmed(words: Sequence[Token]) -> Tuple[Token, ...]:
    words = list(words)
    while words and (words[0].pos == "PUNCT" and words[0].text not in "«\"(" or (
            len(words) > 1 and words[0].text.lower() in FOCUS_PARTICLES and words[0].pos in ("PART", "ADV", "CCONJ"))):
        words.pop(0)   # (`Даже продовольственные сети ... напоминают`: the particle is no part of the source)
    while words and words[-1].pos == "PUNCT" and words[-1].text not in "»\")":
        words.pop()
    return tuple(_balanced(words))


def coordinated_persons(ctx: Context, cue: Token) -> List[Tuple[Token, ...]]:
    """The source phrases of a plural cue whose subjects are persons named side by side (`Это
    признали и президент Николас Мадуро, и лидер оппозиции Хуан Гуайдо`, `Министр Иван Петров и
    его заместитель Олег Сидоров заявили`): each subject, or conjunct of one, that names a person
    (a PER name in its phrase), when there are two or more; else none."""
    if feats(cue).get("Number") != "Plur":
        return []
    heads = [c for c in ctx.children.get(cue.token_id, []) if c.rel.startswith("nsubj") and c.pos in NOMINAL]
    for h in list(heads):
        heads += [c for c in ctx.children.get(h.token_id, []) if c.rel == "conj" and c.pos in NOMINAL]
    phrases = []
    for h in sorted(heads, key=lambda t: t.start):
        words = [w for w in subtree(ctx, h, skip=CLAUSE_RELS + ("conj", "cc")) if w.pos != "PUNCT"]
        phrase = trimmed(ctx.tokens[words[0].token_id:words[-1].token_id + 1]) if words else ()
        if not any(getattr(ctx.mention_of.get(w.token_id), "type", None) == "PER" for w in phrase):
            return []
        phrases.append(phrase)
    return phrases if len(phrases) >= 2 else []


def _same_gender(noun: Token, verb: Token) -> bool:
    """A singular inanimate noun or pronoun and a past-tense verb of another gender (`Всё` and
    `рассказала`) are no subject and its verb; a person's noun may differ (`министр заявила`),
    and unknown genders agree."""
    f = feats(noun)
    a, b = f.get("Gender"), feats(verb).get("Gender")
    return a is None or b is None or a == b or f.get("Number") != "Sing" or f.get("Animacy") != "Inan"


PERSON_AFTER_CUE = 6   # tokens between a cue and the person named after it (`сообщила сегодня «Глобусу» Наталья`)


def _person_after(ctx: Context, cue: Token) -> bool:
    """A person named in the nominative right after the cue, in its sentence."""
    for t in ctx.tokens[cue.token_id + 1:cue.token_id + 1 + PERSON_AFTER_CUE]:
        m = ctx.mention_of.get(t.token_id)
        if t.sentence_id != cue.sentence_id:
            return False
        if m is not None and m.type == "PER" and feats(t).get("Case") == "Nom":
            return True
    return False


OBLIQUE_CASES = frozenset({"Acc", "Gen", "Dat", "Ins", "Loc"})


def nominative_subjects(subjects: List[Token]) -> List[Token]:
    """Of two or more subjects the parse gave a verb, not one the tagger itself read in an
    oblique case when another is nominative (`То[Acc] же самое говорит другая пенсионерка`)."""
    if len(subjects) > 1 and any(feats(c).get("Case") == "Nom" for c in subjects):
        return [c for c in subjects if feats(c).get("Case") not in OBLIQUE_CASES]
    return subjects


def subject(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """The subject of a cue verb, following a gerund or a second verb (`добавив`, `и
    отметил`) up to the verb that has one; a parsed subject that does not agree with its
    verb in number is a parser's slip and is not taken."""
    verb = cue
    for _ in range(3):
        passive = feats(verb).get("Voice") == "Pass"   # `были опубликованы данные`: what was made public
        subjects = [c for c in ctx.children.get(verb.token_id, []) if c.rel in SUBJECT_RELS
                    and (agrees(c, verb) or _person_read_as_plural(ctx, c, verb))
                    and (_same_gender(c, cue) or verb is cue and not _person_after(ctx, cue))
                    # `Всё началось с того, что X позвонила ... и рассказала`, `— сообщила «Глобусу» Наталья ...`
                    and c.text.lower() not in NOT_SUBJECTS and not (passive and c.rel == "nsubj:pass")
                    and (ctx.inside_quote(cue.start) or not _in_quoted_statement(ctx, c))   # not the quotation itself
                    and not _in_other_brackets(ctx, c, cue)]
        if not subjects:   # `— сказал, обращаясь к депутатам Сергей Собянин`: the parse gave the verb's gerund its subject
            subjects = [c for g in ctx.children.get(verb.token_id, []) if g.rel == "advcl" and feats(g).get("VerbForm") == "Conv"
                        for c in ctx.children.get(g.token_id, []) if c.rel in SUBJECT_RELS and agrees(c, verb)
                        and c.text.lower() not in NOT_SUBJECTS and not _in_quoted_statement(ctx, c)]
        if len(subjects) > 1 and verb.token_id > 0 and ctx.tokens[verb.token_id - 1].text == "," \
                and (_finite_verb_between(ctx, subjects[0], verb) or _set_off_after(ctx, verb, subjects)
                     or _inverted_in_clause_before(ctx, subjects[0], verb)):
            # `Консолидация продолжится, уверена она`: the word right after the inverted cue, not
            # the content's subject before the comma (not `Председатель X, сопровождавшая делегацию,
            # пояснила Раджешу Кумару`: a participle's clause, and whom to)
            subjects = [c for c in subjects if c.token_id == verb.token_id + 1] or subjects
        if verb.start <= cue.start:   # (a verb after the cue the parse joined it to has its own clause)
            subjects = [c for c in subjects if not _another_clause_between(ctx, c, verb)]
        elif feats(cue).get("VerbForm") == "Conv" and verb is not cue and _that_after(ctx, cue, verb) \
                and _reporting_verb_before(ctx, cue):
            subjects = []   # `— заявила X, уточнив, что они вернулись`: the parse hung the gerund on the verb of what it reports
                            # (not `Подчеркнув, что ..., губернатор заявил`: a gerund before its own clause)
        if len(subjects) > 1:   # `Майк Пенс, которого лидер Дональд Трамп просил`: not the main clause's subject
            subjects = [c for c in subjects if not _relative_word_between(ctx, c, verb)] or subjects
        if any(c.lemma == "который" and c.rel.startswith("nsubj") for c in ctx.children.get(verb.token_id, [])):
            # `Это противоречит позиции X, который заявлял`: the relative is the subject, whatever
            # else the parse gave the verb
            subjects = [c for c in subjects if not _relative_word_between(ctx, c, verb)]
        if len(subjects) > 1:   # `Такое мнение TUT.BY высказал политолог`: the medium is whom it was said to
            subjects = [c for c in subjects if not names_medium(ctx, noun_phrase(ctx, c, cue))] or subjects
        subjects = nominative_subjects(subjects)
        if len(subjects) > 1 and any(_person_noun(ctx, c) for c in subjects):
            # `Фестиваль объявил открытым заместитель председателя ...`: the thing is what was spoken of
            subjects = [c for c in subjects if not _thing_noun(ctx, c)] or subjects
        if len(subjects) == 1 and verb is cue:
            subjects = [_subject_after_addressee(ctx, subjects[0], cue) or subjects[0]]
        if subjects:   # a subject the parser split in two (`Экс-председатель ... КНДР Хван Чжан | Еп`) is joined
            words = noun_phrase(ctx, subjects[0], cue)
            for more in (noun_phrase(ctx, s, cue) for s in subjects[1:]):
                if words and more and more[0].token_id == words[-1].token_id + 1:
                    if _addressee_after_name(ctx, words + more, len(words)) or (len(words) == 1 and words[0].pos == "PRON"):
                        break   # `— сказал Иван Петров CNN`, `— пояснила она РИА Новости`: whom to
                    if _addressee_before(ctx, words):
                        words = more   # `— сказал Lenta.ru секретарь ...`, `заявил ведущей CNN Рэйчел Коэн конгрессмен ...`
                        continue
                    words = words + more
                elif words and more and more[0].token_id == words[-1].token_id + 2 and ctx.tokens[more[0].token_id - 1].text == "," \
                        and not _names_person(ctx, words) and _names_person(ctx, more):
                    words = words + (ctx.tokens[more[0].token_id - 1],) + more   # `Один из авторов, депутат X,`: the name it describes
            return _described_after_comma(ctx, words, cue)
        if verb is cue and (before := _subject_right_before(ctx, cue)):
            return before
        if verb.head_id < 0 or verb.rel not in ("advcl", "conj", "parataxis", "xcomp"):
            break
        verb = _nearer_finite(ctx, cue, ctx.tokens[verb.head_id]) if verb is cue else ctx.tokens[verb.head_id]
        if verb.start > cue.start and verb.head_id == cue.token_id:
            break   # `— сообщила X и добавила, что затем она посетит ...`: the parse hung the cue on its own clause's verb
        if verb.start < cue.start and _after_that(ctx.by_sentence[verb.sentence_id], verb):
            break   # `отметила, что Молдавия «прошла ...», и пообещала`: the parse joined the cue to a reported clause
    return _name_opening_before(ctx, cue)


CLAUSE_JOINS = frozenset("а но и однако".split())


def _subject_right_before(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`..., а эсер Михаил Делягин и вовсе предположил, что ...`: a finite cue the parse gave no
    subject (it joined the cue to the verb of the clause before) whose clause opens with `, а`,
    `, но`, `, и` and a person's phrase in the nominative right before it (past focus particles
    and adverbs), agreeing with it in gender and number: that phrase is its subject."""
    if feats(cue).get("VerbForm") != "Fin" or ctx.inside_quote(cue.start):
        return ()
    k = cue.token_id - 1
    while k >= 0 and ctx.tokens[k].sentence_id == cue.sentence_id \
            and (ctx.tokens[k].text.lower() in FOCUS_PARTICLES or ctx.tokens[k].pos == "ADV"):
        k -= 1
    end = k
    while k >= 0 and ctx.tokens[k].sentence_id == cue.sentence_id and ctx.tokens[k].pos in ("NOUN", "PROPN", "ADJ") \
            and feats(ctx.tokens[k]).get("Case") == "Nom" and not ctx.inside_quote(ctx.tokens[k].start):
        k -= 1
    words = tuple(ctx.tokens[k + 1:end + 1])
    nouns = [w for w in words if w.pos in ("NOUN", "PROPN")]
    if not nouns or k < 1 or ctx.tokens[k].text.lower() not in CLAUSE_JOINS or ctx.tokens[k - 1].text != "," \
            or not any(ctx.mention_of.get(w.token_id) is not None and ctx.mention_of[w.token_id].type == "PER" for w in nouns):
        return ()
    if not all(agrees(w, cue) and all(feats(w).get(f) == feats(cue).get(f) for f in ("Gender", "Number")
                                      if feats(cue).get(f) and feats(w).get(f)) for w in nouns):
        return ()
    return words


def _name_opening_before(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`«Газпром экспорт» сообщил, что поставки прекратятся`, the parse having hung the name on
    the reported clause's verb: a name in the nominative that opens the sentence right before a
    finite cue with no subject of its own, agreeing with it, is its subject."""
    k = cue.token_id - 1
    while k >= 0 and ctx.tokens[k].text in "»\"“”":
        k -= 1
    m = ctx.mention_of.get(k) if k >= 0 and ctx.tokens[k].sentence_id == cue.sentence_id else None
    if m is None or m.type not in ("PER", "ORG") or feats(cue).get("VerbForm") != "Fin" \
            or any(c.rel.startswith("nsubj") for c in ctx.children.get(cue.token_id, [])):
        return ()
    first = k
    while first > 0 and ctx.tokens[first - 1].start >= m.start:
        first -= 1
    words = tuple(ctx.tokens[first:k + 1])
    first -= 1
    while first >= 0 and ctx.tokens[first].text in "«\"„“":
        first -= 1
    nouns = [w for w in words if w.pos in ("NOUN", "PROPN")]
    if first >= 0 and ctx.tokens[first].sentence_id == cue.sentence_id or not nouns \
            or any(feats(w).get("Case") not in (None, "Nom") for w in nouns) or not agrees(nouns[-1], cue):
        return ()
    return words


ADDRESSEE_SUBJECT_WORDS = 4   # words at most from a dative medium to the subject's head (`Федеральная налоговая служба`)


def _subject_after_addressee(ctx: Context, subject: Token, cue: Token) -> Optional[Token]:
    """`..., сообщила РБК[Dat] Федеральная налоговая служба (ФНС)`: the one subject the parse
    gave the cue is a medium the tagger read in the dative, whom the words were told to; the
    head of the nominative phrase right after it, of the cue's gender and number, hung elsewhere
    by the parse, is the cue's subject."""
    if feats(subject).get("Case") != "Dat" or not names_medium(ctx, noun_phrase(ctx, subject, cue)):
        return None
    phrase = []
    for t in ctx.tokens[subject.token_id + 1:subject.token_id + 1 + ADDRESSEE_SUBJECT_WORDS]:
        if t.sentence_id != cue.sentence_id or t.pos not in ("ADJ", "NOUN", "PROPN") or feats(t).get("Case") not in ("Nom", None):
            break
        phrase.append(t)
    heads = [t for t in phrase if t.pos in ("NOUN", "PROPN") and feats(t).get("Case") == "Nom"
             and all(feats(t).get(f) == feats(cue).get(f) for f in ("Gender", "Number") if feats(cue).get(f))]
    return heads[0] if heads and heads[0].rel.startswith("nsubj") else None


def _set_off_after(ctx: Context, verb: Token, subjects) -> bool:
    """`Заслуженный артист, считает тот, устроил ...`: a one-word subject right after the
    inverted cue, closed by a comma, is the cue's; the one before is the content's."""
    k = verb.token_id + 1
    return k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].text == "," and any(c.token_id == k for c in subjects) \
        and ctx.tokens[k].pos in ("PRON", "DET")


def _nearer_finite(ctx: Context, cue: Token, head: Token) -> Token:
    """A gerund cue the parse hung on a verb before it past a nearer finite verb with a subject
    of its own (`поклонники выдвигали причины, однако сам телеведущий лишь поблагодарил коллег,
    заявив, что ...`): the gerund's verb is the nearer one; else ``head``."""
    if feats(cue).get("VerbForm") != "Conv" or head.start >= cue.start or head.sentence_id != cue.sentence_id:
        return head
    between = ctx.tokens[head.token_id + 1:cue.token_id]
    for k in range(len(between) - 1, -1, -1):
        t = between[k]
        if t.text.lower() == "что" or feats(t).get("VerbForm") == "Conv":
            return head   # (`написала X, добавив, что A, объяснив это тем, что ...`: the gerund is inside what was said)
        if t.pos == "VERB" and feats(t).get("VerbForm") == "Fin" and not ctx.inside_quote(t.start) \
                and not _in_subordinate_clause(ctx, head, t) \
                and any(c.rel == "nsubj" and agrees(c, t) for c in ctx.children.get(t.token_id, [])):
            return t
    return head


def _in_subordinate_clause(ctx: Context, head: Token, t: Token) -> bool:
    """The verb's clause (from the comma before it) holds a relative or subordinating word
    before it (`, где гости обсуждали`, `, который ...`, `, в то время как X находился`, `,
    после чего журналисты задали`), or no comma parts it from ``head``."""
    words = ctx.tokens[head.token_id + 1:t.token_id]
    comma = max((k for k, w in enumerate(words) if w.text == ","), default=None)
    if comma is None:
        return True
    return any(w.lemma in RELATIVE_WORDS or w.text.lower() in RELATIVE_WORDS or w.pos == "SCONJ"
               or w.text.lower() in CLAUSE_OPENERS_AFTER_COMMA for w in words[comma + 1:])


def _person_noun(ctx: Context, t: Token) -> bool:
    """A noun for a person: animate, or a person's name."""
    return t.pos in ("NOUN", "PROPN") and ("Animacy=Anim" in t.feats or ctx.names_person(t))


def _thing_noun(ctx: Context, t: Token) -> bool:
    """A common noun for a thing that names no organisation or place."""
    return t.pos == "NOUN" and "Animacy=Inan" in t.feats and t.token_id not in ctx.mention_of


def _reporting_verb_before(ctx: Context, cue: Token) -> bool:
    """A finite cue stands before the gerund in its sentence (`заявила X, уточнив`)."""
    return any(t.token_id < cue.token_id and feats(t).get("VerbForm") == "Fin" and t.lemma in SPEECH_VERBS
               for t in ctx.by_sentence[cue.sentence_id])


def _that_after(ctx: Context, cue: Token, verb: Token) -> bool:
    """A `что` stands between the cue and the later verb: that verb is in what the cue reports."""
    return any(t.text.lower() == "что" for t in ctx.tokens[cue.token_id + 1:verb.token_id])


def _inverted_in_clause_before(ctx: Context, word: Token, verb: Token) -> bool:
    """`О том, что главой ведомства останется Александр Жаров, заявил министр X`: a subject after
    a finite verb of its own clause, set off from the cue by a comma, is that verb's."""
    start = next((k + 1 for k in range(word.token_id - 1, -1, -1)
                  if ctx.tokens[k].text == "," or ctx.tokens[k].sentence_id != word.sentence_id), 0)
    return word.token_id < verb.token_id and any(
        t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin" for t in ctx.tokens[start:word.token_id])


def _finite_verb_between(ctx: Context, first: Token, verb: Token) -> bool:
    return any(t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"
               for t in ctx.tokens[first.token_id + 1:verb.token_id])


CLAUSE_JOINERS = frozenset("однако но а и".split())


def _another_clause_between(ctx: Context, word: Token, verb: Token) -> bool:
    """A finite verb of the word's own, then `, однако|но|а|и`, between a parsed subject and
    its verb: the parse joined two clauses (`Президент Михаил Саакашвили объявил о ...,
    однако лидер оппозиции Леван Гачечиладзе назвал`); not a relative clause's verb."""
    if word.token_id >= verb.token_id:
        return False
    between = ctx.tokens[word.token_id + 1:verb.token_id]
    for k, t in enumerate(between):
        if t.lemma == "который" or ctx.inside_quote(t.start):
            return False
        if t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin":
            rest = between[k + 1:]
            joint = next((j for j in range(len(rest) - 1) if rest[j].text == "," and rest[j + 1].text.lower() in CLAUSE_JOINERS), None)
            # ... and a subject of its own after the joiner (not `Зимин не спорит, но напоминает`: one subject)
            return joint is not None and any(w.pos in ("NOUN", "PROPN", "PRON") and feats(w).get("Case") == "Nom"
                                             for w in rest[joint + 2:])
    return False


def _relative_word_between(ctx: Context, word: Token, verb: Token) -> bool:
    """A relative `который` between a word and the verb after it: the word is outside the
    verb's relative clause."""
    return word.token_id < verb.token_id and any(t.lemma == "который" for t in ctx.tokens[word.token_id + 1:verb.token_id])


def _described_after_comma(ctx: Context, words: Tuple[Token, ...], cue: Token) -> Tuple[Token, ...]:
    """A subject that names no one, followed after a comma or a dash by a second description with
    the name (`представитель дольщиков, юрист Роман Ткаченко`, `Бывший федеральный прокурор, а ныне
    профессор права ... Дэниел Райт`) that the parse hung elsewhere: the two are one phrase."""
    if not words or _names_person(ctx, words) or feats(cue).get("Number") == "Plur" or words[-1].token_id + 2 >= len(ctx.tokens) \
            or ctx.tokens[words[-1].token_id + 1].text not in (",", *DASHES):
        return words   # (also after a dash: `Лидер другой страны - члена ОПЕК - президент Ирана X заявил`)
    j = words[-1].token_id + 2
    if ctx.tokens[j].text.lower() == "а":
        if j + 1 >= len(ctx.tokens) or ctx.tokens[j + 1].text.lower() not in APPOSITION_TIMES:
            return words   # `заявил министр, а губернатор Иван Петров не согласился`: two people
        j += 1
    while j < len(ctx.tokens) and ctx.tokens[j].text.lower() in APPOSITION_TIMES:
        j += 1
    degree = ACADEMIC_DEGREE.match(ctx.doc.text, ctx.tokens[j].start) if j < len(ctx.tokens) else None
    while degree and j < len(ctx.tokens) and ctx.tokens[j].start < degree.end():
        j += 1   # `сотрудник лаборатории, д.м.н. Алла Овсянникова`: the degree is part of the description
    t = ctx.tokens[j] if j < len(ctx.tokens) else None
    if t is None or t.sentence_id != cue.sentence_id or not (t.pos == "NOUN" or t.pos == "PROPN" and ctx.names_person(t)) \
            or feats(t).get("Case") != "Nom" or feats(t).get("Animacy") != "Anim" or feats(t).get("Number") == "Plur":
        return words   # (the name itself may follow: `Один из авторов проекта, Сергей Доронин из фракции ..., отмечает`)
    more = tuple(w for w in noun_phrase(ctx, t, cue) if w.start >= t.start)
    if not more or not _names_person(ctx, more) or any(w.pos in ("VERB", "AUX") for w in more) \
            or [w.token_id for w in more] != list(range(t.token_id, t.token_id + len(more))) \
            or (words[0].start < cue.start < more[-1].end) or _own_predicate(ctx, t, more, words, cue):
        return words
    return words + tuple(ctx.tokens[words[-1].token_id + 1:t.token_id]) + more


def _own_predicate(ctx: Context, t: Token, more: Tuple[Token, ...], words: Tuple[Token, ...], cue: Token) -> bool:
    """The second description is the subject of a verb of its own right after it (`..., —
    сказал министр, юрист Иван Петров возразил`), not one the parse reached past the cue."""
    if not t.rel.startswith("nsubj") or t.head_id < 0:
        return False
    verb = ctx.tokens[t.head_id]
    return verb.pos in ("VERB", "AUX") and verb.start > more[-1].end and (cue.start < words[0].start or verb.start < cue.start)


def _names_person(ctx: Context, words: Sequence[Token]) -> bool:
    return any(ctx.names_person(w) for w in words)


def latin(word: str) -> bool:
    """A word in Latin letters (`comScore`, `zyalt`, `baltinfo.ru`)."""
    return bool(word) and word[0].isascii() and word[0].isalpha() and word.isascii()


def _in_other_brackets(ctx: Context, t: Token, cue: Token) -> bool:
    """``t`` lies inside brackets that open after the cue (`Эту новость в Нацбанке назвали
    шуткой, ... (так “Минск-Новости” назвало ...)`): an aside's word, not the cue's subject;
    or the cue lies inside brackets that open after ``t`` (`Мария Петрова ... не заметила (в
    ответ господин Иванов возмутился, что ...)`): the aside has a subject of its own."""
    text = ctx.doc.text
    if t.start < cue.start:
        opened = text.rfind("(", t.end, cue.start)
        return opened >= 0 and text.find(")", opened, cue.start) < 0
    opened = text.rfind("(", cue.end, t.start)
    return opened >= 0 and text.find(")", opened, t.start) < 0


def _in_quoted_statement(ctx: Context, t: Token) -> bool:
    """``t`` lies in a quotation of more than a name's few words (`: «Политическое бюро ...
    поддержало ...»`), not in a quoted name (`сообщает «Новый Регион — Екатеринбург»`)."""
    q = ctx.top_quote_starting_by(t.start)
    return q is not None and q.start <= t.start < q.end and len(ctx.doc.text[q.start:q.end].split()) > QUOTED_NAME_WORDS


def agrees(noun: Token, verb: Token, ctx: Optional[Context] = None) -> bool:
    """A singular finite verb never has a plural subject; a plural verb has a singular one
    only when it counts or joins (`ряд экспертов считают`, `Петров и Иванов заявили`, `Путин с
    Медведевым заявили`), not `матери, ..., штат Техас, сказали` (with ``ctx``, the parse's)."""
    verb_number, noun_number = feats(verb).get("Number"), feats(noun).get("Number")
    if feats(verb).get("VerbForm") != "Fin" or verb_number is None or noun_number is None or verb_number == noun_number:
        return True
    if verb_number == "Sing":
        return False
    if ctx is None or noun.lemma in PLURAL_VERB_NOUNS or noun.pos == "PRON" or noun.text.isupper():   # `Вы`, `КГМСХИ`
        return True
    return any(c.rel in ("conj", "nummod", "nummod:gov") or (c.rel == "nmod" and feats(c).get("Case") == "Ins")
               for c in ctx.children.get(noun.token_id, []))


def _person_read_as_plural(ctx: Context, noun: Token, verb: Token) -> bool:
    """A person's surname the tagger read as a plural common noun (`Долгов[долг, Plur] также
    сообщил`): a singular verb's subject all the same."""
    m = ctx.mention_of.get(noun.token_id)
    return m is not None and m.type == "PER" and " " not in m.text and feats(verb).get("Number") == "Sing"


def subject_before(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """The parser missed the subject: the nominative noun nearest before the cue in its
    clause that agrees with it in number and, for a thing, in gender (`На заседании кабинета
    Нетаньяху заявил`; not `поступит дело ..., а также сообщил`), with the noun
    phrase it heads (climbing appositions and names: `парламентарий Хуан Суареш`)."""
    sentence = ctx.by_sentence[cue.sentence_id]
    for t in reversed([t for t in sentence if t.start < cue.start]):
        if t.text in ".;!?:" or (t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"):
            return ()
        if t.lemma == "который" and feats(t).get("Case") == "Nom":
            antecedent = _relative_antecedent(ctx, t)
            if antecedent:   # `слова спецпосланника Ричарда Коллинза (Richard Collins), который ... заявил`
                return antecedent
        if t.text.lower() in NOT_SUBJECTS:
            continue   # `Петров, который заявил`: the name before the relative word
        womans = _womans_nominative(t, cue) and t.token_id + 1 < len(ctx.tokens) and ctx.tokens[t.token_id + 1].start <= cue.start \
            and all(w.text.lower() == "не" or w.pos == "ADV" for w in ctx.tokens[t.token_id + 1:cue.token_id])
        if (t.pos in NOMINAL and feats(t).get("Case") == "Nom" and agrees(t, cue, ctx)
                and (t.pos == "PROPN" or t.token_id in ctx.mention_of or _same_gender(t, cue))   # (`ВОЗ заявил`: any gender)
                or womans or _abbreviation(ctx, t, cue)) \
                and (not ctx.inside_quote(t.start) or ctx.inside_quote(cue.start)):   # (a cue quoted with its subject)
            top, seen = t, {t.token_id}
            while top.head_id >= 0 and top.head_id not in seen and top.rel in ("flat:name", "flat", "appos", "nmod") \
                    and feats(ctx.tokens[top.head_id]).get("Case") == "Nom" and ctx.tokens[top.head_id].start < cue.start:
                top = ctx.tokens[top.head_id]   # (a parse may loop: each head is climbed once)
                seen.add(top.token_id)
            return tuple(w for w in contiguous(subtree(ctx, top), t) if w.start < cue.start)
    return ()


def _abbreviation(ctx: Context, t: Token, cue: Token) -> bool:
    """An organisation's abbreviation, which does not decline: whatever case the tagger read
    (`ГУМВД[Gen] по Нижегородской области сообщило`), the subject of a singular cue."""
    m = ctx.mention_of.get(t.token_id)
    before = ctx.tokens[t.token_id - 1] if t.token_id > 0 else None
    opens = before is None or before.sentence_id != t.sentence_id or before.text in (",", ";", "и")   # the clause's first word,
    return opens and m is not None and m.type == "ORG" and m.start == t.start and len(t.text) >= 2 and t.text.isupper() \
        and feats(cue).get("Number") != "Plur"   # not an owner's (`В заявлении главы МИД ... говорится`)


def _relative_antecedent(ctx: Context, relative: Token) -> Tuple[Token, ...]:
    """The person an oblique noun phrase right before `, который` names (past a name's Latin
    spelling in brackets), with the words of its phrase in its case or the genitive
    (`спецпосланника президента США Ричарда Коллинза`); none for a nominative (the subject
    search goes on to it) or a phrase that names no person."""
    k = relative.token_id - 1
    if k < 0 or ctx.tokens[k].text != ",":
        return ()
    k -= 1
    if k >= 0 and ctx.tokens[k].text == ")":   # `Ричарда Коллинза (Richard Collins), который`
        while k >= 0 and ctx.tokens[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return ()
    last = ctx.tokens[k]
    case = feats(last).get("Case")
    m = ctx.mention_of.get(last.token_id)
    if m is None or m.type != "PER" or case in (None, "Nom"):
        return ()
    words = [last]
    for t in reversed(ctx.tokens[max(0, k - DESCRIPTION_WORDS):k]):
        if t.sentence_id != last.sentence_id or t.pos not in ("NOUN", "PROPN", "ADJ") \
                or feats(t).get("Case") not in (case, "Gen", None):
            break
        words.insert(0, t)
    return tuple(words)


def inverted_subject(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """Without a parsed subject: the nominative noun phrase right after the cue
    (`— сказал министр здравоохранения Светлана Леонтьева`). A gerund or an infinitive has
    none, and what follows a passive is what was made public, not who said it (`требуя
    перенести назначение`, `были опубликованы данные: ...`)."""
    f = feats(cue)
    if f.get("VerbForm") in ("Conv", "Inf") or f.get("Voice") == "Pass":
        return ()
    words, aside = [], False
    sentence = ctx.by_sentence[cue.sentence_id]
    for k, t in enumerate(sentence):
        if t.token_id <= cue.token_id or ctx.date_aside(t):   # `заявил в пятницу, 14 января, министр`: the date's commas
            continue
        if aside:   # `сообщает о ситуации, связанной с расследованием дела, старший помощник ...`
            aside = t.text != ","
            continue
        if t.text == "," and k + 1 < len(sentence) and feats(sentence[k + 1]).get("VerbForm") == "Part" \
                and not any(w.pos in NOMINAL and feats(w).get("Case") == "Nom" for w in words):
            aside = True   # a participle's phrase set off by commas, before any nominative: passed over
            continue
        if (t.pos == "PUNCT" and t.text not in "-«»\"" and not _initial_period(words, t)) or len(words) >= 16:
            break
        words.append(t)
    words, named = _past_complement(ctx, cue, _past_phrase_noun(cue, words))
    if named:
        return tuple(words)
    nominative = [w for k, w in enumerate(words) if w.pos in NOMINAL and (feats(w).get("Case") == "Nom" or looks_nominative(w)
                                                                         or _womans_nominative(w, cue))
                  and not _in_title_of_noun(ctx, words, k)]
    if not nominative:
        return ()
    first = words.index(nominative[0])
    words = words[first:]
    for k in range(1, len(words)):   # `пояснил Д. Щукин после оглашения приговора`: when, not who
        m = ctx.mention_of.get(words[k - 1].token_id)
        if words[k].pos == "ADP" and m is not None and m.type == "PER" and m.end == words[k - 1].end or _occasion_at(words, k):
            return tuple(words[:k])
    return tuple(words)


def _in_title_of_noun(ctx: Context, words: List[Token], k: int) -> bool:
    """`— писал в обзоре «Ликвидность банковского сектора»`: a word of a name in quotation marks
    that follow a common noun is that noun's title, no one speaking."""
    noun = noun_before_quotation(ctx, words[k], words[0].token_id)
    return noun is not None and noun.token_id not in ctx.mention_of


def _past_phrase_noun(cue: Token, words: List[Token]) -> List[Token]:
    """`— вынес (суровый) вердикт аналитик`, `— подвел мрачный итог специалист`: the noun of
    a two-word cue, with an adjective before it, is no part of the source."""
    k = phrase_noun_at(cue.lemma, words)
    return words if k is None else words[k + 1:]


def phrase_noun_at(lemma: str, following: Sequence[Token]) -> Optional[int]:
    """Where the noun of a two-word cue whose verb has ``lemma`` stands among the words
    ``following`` it: first (`дать понять`), or second past an adjective (`подвел мрачный итог`)."""
    if following and (lemma, following[0].lemma) in PHRASE_CUES:
        return 0
    if len(following) >= 2 and following[0].pos == "ADJ" and (lemma, following[1].lemma) in PHRASE_CUES \
            and following[1].lemma not in ("понимать", "понять"):
        return 1
    return None


def _past_complement(ctx: Context, cue: Token, words: List[Token]) -> Tuple[List[Token], bool]:
    """(words, named): `— выступил с заявлением Лукашенко`: the cue's `с` + noun complement is
    no part of the source; a person's name right after it is the source whatever case the
    tagger gave it (an indeclinable name read as the complement's genitive)."""
    if cue.lemma not in COMPLEMENT_CUES or len(words) < 3 or words[0].text.lower() not in ("с", "со") \
            or words[1].lemma not in COMPLEMENT_NOUNS:
        return words, False
    rest = words[2:]
    m = ctx.mention_of.get(rest[0].token_id)
    if m is not None and m.type == "PER" and m.start == rest[0].start:
        return [t for t in rest if t.start < m.end], True
    return rest, False


def apposition_after(ctx: Context, words: Sequence[Token]) -> Tuple[Token, ...]:
    """`— заявил Матиас Йорш, докладчик ПАСЕ, сообщает BBC`: a description in the nominative
    after a comma that ends a person's name belongs to the phrase (up to its own comma)."""
    m = ctx.mention_of.get(words[-1].token_id) if words else None
    k = words[-1].token_id + 1 if words else len(ctx.tokens)
    if m is None or m.type != "PER" or m.end != words[-1].end or k + 1 >= len(ctx.tokens) or ctx.tokens[k].text != ",":
        return ()
    head = ctx.tokens[k + 1]
    if head.sentence_id != words[-1].sentence_id or head.pos != "NOUN" or feats(head).get("Case") != "Nom" \
            or feats(head).get("Animacy") != "Anim" or not head.text[:1].islower():
        return ()
    run, closed = _description_run(ctx, k + 1, head.sentence_id, "-«»\"()")
    return (ctx.tokens[k], *run) if run is not None and closed else ()


DESCRIPTION_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "NUM", "PUNCT", "X"})


def _description_run(ctx: Context, first: int, sentence_id: int, marks: str,
                     through_names: bool = False) -> Tuple[Optional[List[Token]], bool]:
    """(the words of a description from token ``first`` up to the next punctuation other than
    ``marks`` — with ``through_names``, other than a name's own —, whether that punctuation
    closed it within DESCRIPTION_WORDS * 2 words); (None, False) where a word of a clause comes
    first (`, жители не ...`, `, эксперты работают`)."""
    run = []
    for t in ctx.tokens[first:first + DESCRIPTION_WORDS * 2]:
        if t.sentence_id != sentence_id or (t.pos == "PUNCT" and t.text not in marks
                                            and not (through_names and t.token_id in ctx.mention_of)):
            return run, True
        if t.pos not in DESCRIPTION_POS:
            return None, False
        run.append(t)
    return run, False


def genitive_apposition_after(ctx: Context, words: Sequence[Token]) -> Tuple[Token, ...]:
    """`слова вице-президента, старшего аналитика Moody's Эрика Мюллера (Erik Mueller)`: a
    description in the genitive after a comma that names a person belongs to the phrase (up to
    the next comma)."""
    k = words[-1].token_id + 1 if words else len(ctx.tokens)
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k].text != ",":
        return ()
    run, _ = _description_run(ctx, k + 1, words[-1].sentence_id, "«»\"()", through_names=True)   # `Moody's`
    if run is None:
        return ()
    first = next((t for t in run if t.pos != "PUNCT"), None)
    if first is None or feats(first).get("Case") != "Gen" \
            or not any(getattr(ctx.mention_of.get(t.token_id), "type", None) == "PER" for t in run):
        return ()
    return (ctx.tokens[k],) + tuple(run)


def _initial_period(words: List[Token], t: Token) -> bool:
    """The period of an initial (`имени О.М. Филатова`) or of an abbreviation inside a name
    (`МГМУ им. И.М. Сеченова`, `акад. Петров`), not the sentence's end."""
    return t.text == "." and bool(words) and (len(words[-1].text) == 1 and words[-1].text.isupper()
                                              or words[-1].text.lower() in NAME_ABBREVIATIONS)



def _womans_nominative(t: Token, verb: Token) -> bool:
    """A name in -а/-я after a feminine verb, read as a man's genitive (`— обратилась Шеина[Gen
    Masc] к свердловчанам`): her nominative."""
    return t.pos == "PROPN" and feats(verb).get("Gender") == "Fem" and feats(t).get("Case") in ("Gen", "Acc") \
        and feats(t).get("Gender") == "Masc" and t.text.lower().endswith(("а", "я"))


def looks_nominative(t: Token) -> bool:
    """An inanimate masculine or neuter noun the tagger read as an accusative after the
    verb has the nominative's form: `предупреждает Центр контроля`, `сообщает Минздрав`."""
    f = feats(t)
    return f.get("Case") == "Acc" and f.get("Animacy") == "Inan" and f.get("Gender") in ("Masc", "Neut") \
        and f.get("Number") == "Sing" and t.text[:1].isupper()


def quoted_object(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`— цитирует «Коммерсантъ» министра`, `— цитирует его Financial Times`: the one quoted
    is the object (a person, or a personal pronoun), not the medium."""
    objects = [c for c in ctx.children.get(cue.token_id, []) if c.rel in ("obj", "iobj") and not _addressee(ctx, c)
               and (feats(c).get("Animacy") == "Anim" or (c.pos == "PRON" and c.lemma in PERSON_PRONOUNS))]
    if objects:
        phrase = noun_phrase(ctx, objects[0], cue)
        while len(phrase) > 1 and latin(phrase[-1].text) and not latin(objects[0].text) and phrase[-1].rel == "appos" \
                and not ctx.names_person(phrase[-1]):
            phrase = phrase[:-1]   # `— цитирует боксера Worldboxingnews`: the medium that quotes (not `главу Pfizer`,
            # `рэпера Oxxxymiron`)
        return phrase
    run = []   # the parse lost the object: the first animate accusative after the cue, to its name's end
    for t in (t for t in ctx.by_sentence[cue.sentence_id] if t.start > cue.start):
        if t.pos == "PUNCT" and t.text not in "«»\"":
            if run:
                break
            continue
        if run and (t.pos == "ADP" or _name_ended(ctx, run[-1], t) or not (_goes_on(ctx, t) or run[-1].head_id == t.token_id)
                    or (latin(t.text) and not latin(run[-1].text) and _last_word(ctx, t) and not ctx.names_person(t))):   # `— цитирует боксера
            # Worldboxingnews`: the medium (not `директора Flowbase Павла Кречетова`)
            break   # `Мутко РИА «Новости»`, `Владимира Путина по итогам встречи`, `польку официальный сайт WTA`: the name is over
        if run or _animate_object(ctx, t):
            run.append(t)
    return tuple(run)


def _last_word(ctx: Context, t: Token) -> bool:
    """No word follows ``t`` in its sentence but marks."""
    nxt = ctx.tokens[t.token_id + 1] if t.token_id + 1 < len(ctx.tokens) else None
    return nxt is None or nxt.sentence_id != t.sentence_id or nxt.pos == "PUNCT"


def _addressee(ctx: Context, t: Token) -> bool:
    """A common noun in the dative: whom the words were told (`— цитирует ТАСС его заявление
    журналистам`), not whom the medium quotes (a name's `Гусеву` may read as a dative too)."""
    return feats(t).get("Case") == "Dat" and t.pos == "NOUN" and t.token_id not in ctx.mention_of


def _animate_object(ctx: Context, t: Token) -> bool:
    """An animate accusative (or genitive), or an adjective agreeing with the one it modifies
    (`норвежского дипломата`)."""
    if feats(t).get("Case") not in ("Acc", "Gen"):
        return False
    if t.pos == "ADJ" and t.token_id < t.head_id < len(ctx.tokens):
        t = ctx.tokens[t.head_id]
        if feats(t).get("Case") not in ("Acc", "Gen"):
            return False
    return t.pos in ("NOUN", "PROPN") and feats(t).get("Animacy") == "Anim"


def _goes_on(ctx: Context, t: Token) -> bool:
    """A word that may continue an object's phrase: a genitive (`министра финансов`), a name's
    word or a mark of a quoted name; not the medium that quotes (`польку официальный сайт WTA`)."""
    return feats(t).get("Case") in ("Gen", None) or t.token_id in ctx.mention_of or t.text in "«»\""


def _name_ended(ctx: Context, last: Token, t: Token) -> bool:
    m = ctx.mention_of.get(last.token_id)
    return m is not None and m.type == "PER" and m.end <= t.start


REFERENCE_REACH = 14   # words between a cue and its `со ссылкой на` (past a date aside: `сообщило в понедельник, 22 июня, РИА Новости со ссылкой на`)


def referenced(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`ТАСС со ссылкой на министра Ивана Петрова сообщил, что ...`, `сообщает ФАН, ссылаясь на
    представителя «Газпрома» X`: the medium relays, the person it refers to by name is the
    source (to the next mark, a clause word or a verb)."""
    sentence = ctx.by_sentence[cue.sentence_id]
    k = next((k for k, t in enumerate(sentence) if t.token_id == cue.token_id), 0)
    for i in range(max(1, k - REFERENCE_REACH), min(len(sentence) - 2, k + REFERENCE_REACH)):
        if (sentence[i].text.lower() == "ссылкой" and sentence[i - 1].text.lower() in ("со", "с")
                or sentence[i].text.lower() == "ссылаясь" and _relayed_by_medium(ctx, cue)) \
                and sentence[i + 1].text.lower() == "на" and not ctx.inside_quote(sentence[i].start):
            run = []
            for t in sentence[i + 2:]:
                if (t.pos == "PUNCT" and t.text not in "«»\"()") or t.pos in ("VERB", "AUX", "SCONJ") or t is cue:
                    break
                run.append(t)
            if len(run) >= 2 and run[0].text.lower() in OWNER_PRONOUNS and run[1].lemma in REFERENCED_WORDS:
                return (run[0],)   # `Об этом со ссылкой на его слова пишет ТАСС`: whose words the pronoun says
            named = any(ctx.names_person(t) for t in run)
            return trimmed(run) if named else ()   # unnamed ones (`источники в компании`) leave the medium the source
    return ()


def _relayed_by_medium(ctx: Context, cue: Token) -> bool:
    """The cue's subject is a medium or a body (`сообщает «Федеральное агентство новостей»,
    ссылаясь на X`), not a person who cites another (`Силуанов заявил, ссылаясь на главу ЦБ,
    что ...`: his own words)."""
    words = subject(ctx, cue) or inverted_subject(ctx, cue)
    head = head_of(words) if words else None
    return bool(words) and (medium_phrase(ctx, words) or not (
        any(ctx.names_person(t) for t in words) or (head is not None and feats(head).get("Animacy") == "Anim")))


WORDS_REACH = 6   # words between `приводит` and its `слова`


def _without_quoted_medium(ctx: Context, phrase: List[Token], owner: Token) -> List[Token]:
    """The owner's phrase without a medium's name in quotation marks at its end: the subject
    that quotes (`— приводит сообщение краевого минэка «Коммерсант»`), not the owner's own name
    (`заявление компании «Газпром»`)."""
    if len(phrase) < 3 or phrase[-1].text not in "»\"":
        return phrase
    opening = max((k for k in range(len(phrase) - 1) if phrase[k].text in "«\""), default=None)
    if opening is None or phrase[opening].start <= owner.start or not names_medium(ctx, phrase[opening:]):
        return phrase
    return phrase[:opening]


def words_owner(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`— приводит слова премьера ТАСС`: the one quoted owns the words (a genitive after
    `слова`); the medium is the subject."""
    words = None   # right after the cue, or past the medium (`— приводит газета X слова директора Y`)
    for t in ctx.tokens[cue.token_id + 1:cue.token_id + 1 + WORDS_REACH]:
        if (cue.lemma, t.lemma) in WORDS_OF_CUES:
            words = t
            break
        if t.pos == "PUNCT" and t.text not in "«»\"" and not inside_word(ctx.doc.text, t):
            break
    if words is None:
        return ()
    before = ctx.tokens[words.token_id - 1] if words.token_id > 0 else None   # `— приводит ее слова канал`: the pronoun owns them
    if before is not None and before.sentence_id == words.sentence_id and before.text.lower() in OWNER_PRONOUNS:
        return (before,)   # (also where the parse hangs the medium after on `слова`: `передает его слова РИА «Новости»`)
    owners = [c for c in ctx.children.get(words.token_id, []) if c.rel == "nmod" and feats(c).get("Case") == "Gen"]
    if owners:
        phrase = list(noun_phrase(ctx, owners[0], cue))
        while len(phrase) > 1 and phrase[-1].start > owners[0].start and (latin(phrase[-1].text) or phrase[-1].text == "."):
            phrase.pop()   # `приводит слова теннисистки Tennis.com`: the medium after the owner is the subject
        phrase = _without_quoted_medium(ctx, phrase, owners[0])   # `приводит сообщение минэка «Коммерсант»`
        return tuple(phrase) + genitive_apposition_after(ctx, phrase)
    after = ctx.tokens[words.token_id + 1] if words.token_id + 1 < len(ctx.tokens) else None
    m = ctx.mention_of.get(after.token_id) if after is not None else None
    if m is not None and m.start == after.start and feats(after).get("Case") == "Gen":   # the parse hung the name elsewhere
        return tuple(t for t in ctx.by_sentence[words.sentence_id] if m.start <= t.start and t.end <= m.end)
    return ()


def locative_source(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """A cue with no subject says where it was said: a plural one an organisation or a place
    (`В Минздраве заявили`, `сообщили в пресс-службе компании`, `в Кремле считают`), an
    impersonal one a document or a page too (`В докладе отмечается`, `в заявлении МИД
    говорится`, `сообщается на сайте мэра`, `сказано в заявлении института`). The phrase
    comes without its preposition."""
    f = feats(cue)
    short_passive = f.get("VerbForm") == "Part" and f.get("Variant") == "Short" and f.get("Gender") == "Neut"
    if not short_passive and (f.get("VerbForm") != "Fin" or f.get("Person") not in ("3", None)):
        return ()
    impersonal = short_passive or (cue.text.lower().endswith(("ся", "сь")) and f.get("Number") == "Sing")   # `говорилось`
    if f.get("Number") != "Plur" and not impersonal:
        return ()
    prepositions = (["в"], ["во"], ["на"]) if impersonal else (["в"], ["во"])
    for c in ctx.children.get(cue.token_id, []):
        marks = [m.lemma for m in ctx.children.get(c.token_id, []) if m.rel == "case"]
        before = ctx.tokens[c.token_id - 1] if c.token_id > 0 else None
        if not marks and before is not None and before.pos == "ADP":
            marks = [before.lemma]   # the parse hung the preposition elsewhere (`в комментарии X, размещенном на сайте`)
        if impersonal and c.rel == "obl" and marks in prepositions and c.lemma == "который":
            return _relative_document_source(ctx, c, cue)
        if impersonal and c.rel == "obl" and marks in (["в"],) and c.pos == "PRON" and c.lemma in ("он", "она") \
                and feats(c).get("Case") == "Loc":
            return _pronoun_document_source(ctx, c, cue)
        if c.rel == "obl" and marks in prepositions and feats(c).get("Case") == "Loc" and _speaking_place(ctx, c, impersonal):
            return _place_phrase(ctx, c, cue)
        if c.lemma == "там" and not impersonal and c.token_id == cue.token_id - 1:   # `В Генштабе ... отрицают. Там утверждают, что`
            return _place_before(ctx, cue)
    return ()


def _speaking_place(ctx: Context, c: Token, impersonal: bool) -> bool:
    return c.token_id in ctx.mention_of or c.lemma in ORG_HEADS or (impersonal and c.lemma in DOCUMENT_NOUNS)


def _place_phrase(ctx: Context, c: Token, cue: Token) -> Tuple[Token, ...]:
    """The body in `в X` without its preposition."""
    words = tuple(w for w in noun_phrase(ctx, c, cue) if w.lemma not in ("в", "во", "на"))
    if any(feats(w).get("VerbForm") == "Part" for w in words if w.start < c.start):
        words = tuple(w for w in words if w.start >= c.start)   # `в опубликованном в пятницу заявлении X`
    phrase = _before_clause(ctx, words)
    return _before_date(ctx, phrase + _posted_on_page(ctx, c))


def _posted_on_page(ctx: Context, document: Token) -> Tuple[Token, ...]:
    """`в сообщении, размещенном на сайте прокуратуры области`, `..., опубликованном в
    Telegram-канале МВД`: the participle's clause that puts the document on a page whose owner
    it names (the page's owner speaks), with its comma; else nothing."""
    sentence = ctx.by_sentence.get(document.sentence_id, [])
    k = next((k for k, w in enumerate(sentence) if w.token_id == document.token_id), None)
    if document.lemma.lower() not in POSTED_DOCUMENTS or k is None or k + 3 >= len(sentence) or sentence[k + 1].text != "," \
            or sentence[k + 2].head_id != document.token_id or feats(sentence[k + 2]).get("VerbForm") != "Part":
        return ()
    participle, clause = sentence[k + 2], list(sentence[k + 1:k + 3])
    for w in sentence[k + 3:]:
        if not under(ctx, w, participle.token_id):
            break
        clause.append(w)
    page = next((w for w in clause if w.lemma.lower() in PAGE_NOUNS), None)
    owners = [c for c in ctx.children.get(page.token_id, []) if c.rel == "nmod" and feats(c).get("Case") == "Gen"] \
        if page is not None else []   # `на сайте прокуратуры`; not `на ее странице в Facebook`
    named = any(c.token_id in ctx.mention_of or c.lemma.lower() in ORG_HEADS for c in owners)
    return tuple(clause) if named else ()


def _place_before(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`там` points to the body the sentence before named with `в` (`В Генштабе ВСУ причастность
    отрицают. Там утверждают, что ...`)."""
    sentence_id = cue.sentence_id - 1
    words = ctx.by_sentence.get(sentence_id, [])
    if not words or "\n" in ctx.doc.text[words[-1].end:cue.start]:
        return ()   # the same paragraph only
    for c in words:
        marks = [m.lemma for m in ctx.children.get(c.token_id, []) if m.rel == "case"]
        if marks in (["в"], ["во"]) and feats(c).get("Case") == "Loc" and _speaking_place(ctx, c, False):
            head = ctx.tokens[c.head_id] if c.head_id >= 0 else c
            return _place_phrase(ctx, c, head)
    return ()


def _relative_document_source(ctx: Context, relative: Token, cue: Token) -> Tuple[Token, ...]:
    """`Паркс подписал заявление под присягой, в котором говорится, что ...`: the document is
    the nearest noun before `котором` that agrees with it; its owner named inside it (`опубликовал
    заявление МИД, в котором ...`) or else the subject of the verb it is the object of."""
    r = feats(relative)
    before = [t for t in ctx.by_sentence[relative.sentence_id] if t.start < relative.start][-RELATIVE_DOCUMENT_REACH:]
    document = next((t for t in reversed(before) if t.lemma in DOCUMENT_NOUNS and t.pos == "NOUN"
                     and all(feats(t).get(k) == r.get(k) for k in ("Gender", "Number") if r.get(k))), None)
    return _document_source(ctx, document, cue) if document is not None else ()


def _pronoun_document_source(ctx: Context, pronoun: Token, cue: Token) -> Tuple[Token, ...]:
    """`«...», — говорится в сообщении управления информации «Газпрома». В нем уточняется, что
    ...`: `в нем`, `в ней` at the head of the next sentence is the document the sentence before
    named last, of the pronoun's gender and number, with its owner."""
    r = feats(pronoun)
    before = ctx.by_sentence.get(cue.sentence_id - 1, [])
    document = next((t for t in reversed(before) if t.lemma in DOCUMENT_NOUNS and t.pos == "NOUN"
                     and (not r.get("Number") or feats(t).get("Number") == r["Number"])
                     and (feats(t).get("Gender") == "Fem") == (r.get("Gender") == "Fem")), None)
    return _document_source(ctx, document, cue, named_inside=True) if document is not None else ()


def _document_source(ctx: Context, document: Token, cue: Token, named_inside: bool = False) -> Tuple[Token, ...]:
    """A document's owner as the source: named as its genitive (`заявление МИД`; with
    ``named_inside``, anywhere in its phrase: `сообщение управления информации «Газпрома»`), or
    the subject of the authoring verb it is the object of."""
    owners = [c for c in ctx.children.get(document.token_id, []) if c.rel == "nmod" and feats(c).get("Case") == "Gen"]
    if owners:   # `опубликовало заявление МИД, в котором`: the owner named; `письмо болельщиков`: nobody named
        phrase = _before_clause(ctx, noun_phrase(ctx, document, cue))
        while phrase and phrase[0].lemma in ("в", "во", "на"):
            phrase = phrase[1:]
        named = phrase if named_inside else owners
        return phrase if any(c.token_id in ctx.mention_of for c in named) else ()
    if document.head_id < 0 or document.rel != "obj" or ctx.tokens[document.head_id].lemma not in AUTHORING_VERBS:
        return ()   # `Губернатор получил письмо, в котором говорится`: not the governor's words
    return subject(ctx, ctx.tokens[document.head_id])


def _before_clause(ctx: Context, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """A place or a document without the clause or quotation after it (`в заявлении
    Нацфронта, распространённом в понедельник: «...»`); a short quoted name stays (`в
    заявлении партии «Единство»`)."""
    name_end = -1   # the end of a quoted name inside the phrase: its closing mark cuts nothing
    for i, w in enumerate(words):
        if w.start < name_end:
            continue
        if i and w.text in ",:«\"„“(":
            if not _quoted_name_at(ctx, w):
                return words[:i]
            name_end = ctx.top_quote_starting_from(w.start).end
    return words


def _quoted_name_at(ctx: Context, w: Token) -> bool:
    q = ctx.top_quote_starting_from(w.start)
    return w.text in "«\"" and q is not None and q.start == w.start and len(ctx.doc.text[q.start:q.end].split()) <= QUOTED_NAME_WORDS


def _before_date(ctx: Context, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """A place or a document without the date that follows it (`в заявлении института от 14
    января`: the date says when, it names no one)."""
    dated = [i for i, w in enumerate(words) if any(d.start <= w.start < d.end for d in ctx.dates)]
    if not dated:
        return words
    cut = dated[0] - (words[dated[0] - 1].pos == "ADP" if dated[0] > 0 else 0)
    return words[:cut] if cut > 0 else words


def passive_agent(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """The agent of a passive cue (`Как было отмечено министром информации Владимиром
    Перцовым, ...`): the noun phrase in the instrumental the parse hangs on it as its agent."""
    if feats(cue).get("Voice") != "Pass":
        return ()
    agent = next((c for c in ctx.children.get(cue.token_id, []) if c.rel == "obl:agent"
                  and feats(c).get("Case") == "Ins" and feats(c).get("Animacy") == "Anim"), None)
    return noun_phrase(ctx, agent, cue) if agent is not None else ()


def source_of(ctx: Context, cue: Token, content_first: bool = False) -> Tuple[Token, ...]:
    """The source phrase of a cue; where the content comes first (`«...», — сказал он`) the
    source follows the cue, so the words before it are not searched."""
    quoted = (quoted_object(ctx, cue) if cue.lemma in QUOTING_CUES else ()) or words_owner(ctx, cue) \
        or referenced(ctx, cue)
    if quoted:
        return quoted
    if content_first:
        return _described_then_name(ctx, _role_then_name(ctx, person_after_medium(ctx, _outside_content(ctx, cue, subject(ctx, cue)))
                                                         or inverted_subject(ctx, cue))) or locative_source(ctx, cue)
    return _as_phrase_source(ctx, cue) \
        or _role_then_name(ctx, _person_after_body(ctx, cue, subject(ctx, cue) or subject_before(ctx, cue))
                           or inverted_subject(ctx, cue)) \
        or locative_source(ctx, cue) or borrowed_subject(ctx, cue)


def _person_after_body(ctx: Context, cue: Token, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """`Об этом ФБА "Экономика сегодня" рассказал доцент РАНХиГС Павел Грибов`: an organisation
    before the cue with a person named in the nominative after it is whom the words were told
    (a medium the reader may not know); the person's phrase is the source."""
    head = head_of(words)
    m = ctx.mention_of.get(head.token_id) if head is not None else None
    if m is None or m.type != "ORG" or words[-1].start > cue.start or not _person_after(ctx, cue):
        return words
    after = inverted_subject(ctx, cue)
    person = next((ctx.mention_of[w.token_id] for w in after if w.token_id in ctx.mention_of
                   and ctx.mention_of[w.token_id].type == "PER"), None)
    gender = feats(cue).get("Gender")
    if person is None or gender in ("Masc", "Fem") and ctx.mention_gender(person) not in (gender, None):
        return words   # (`Компания сообщила сегодня Андрей Петров`: not the feminine verb's subject)
    return after


PHRASE_AFTER_MEDIUM = 12   # words of the phrase after a medium in which the person is named


def person_after_medium(ctx: Context, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """`..., пояснил URA.RU врио мэра Режа Евгений Чепчугов`, `Как рассказала «ВМ» главный
    редактор Оксана Фесенко, ...`: a medium (or a name in quotation marks) the parse made the
    subject, with a phrase naming a person in the nominative right after it, is whom the words
    were said to; the phrase is the source."""
    quoted = len(words) >= 3 and words[0].text in "«\"" and words[-1].text in "»\""
    if not words or not (names_medium(ctx, words) or quoted) or words[-1].token_id + 1 >= len(ctx.tokens):
        return words
    after = []
    for t in ctx.tokens[words[-1].token_id + 1:words[-1].token_id + 1 + PHRASE_AFTER_MEDIUM]:
        if t.sentence_id != words[-1].sentence_id or (t.pos == "PUNCT" and t.text not in "-«»\"") or t.pos == "VERB":
            break
        after.append(t)
    person = [m for m in map(ctx.mention_of.get, (t.token_id for t in after))
              if m is not None and m.type == "PER" and ctx.mention_case(m) in ("Nom", None)]
    if not person:
        return words
    return tuple(t for t in after if t.end <= person[0].end)


NAMED_APPOSITION_REACH = 10   # words of a description and name after a bare role's comma


def _role_then_name(ctx: Context, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """A bare person noun whose holder follows after a comma, described, in the nominative (`—
    вынес вердикт микробиолог, сотрудник кафедры гидрологии МГУ Михаил Колобов`): the phrase
    goes on to the name."""
    f = feats(words[0]) if len(words) == 1 else {}
    if len(words) != 1 or words[0].pos != "NOUN" or f.get("Animacy") != "Anim" or f.get("Number") != "Sing" \
            or words[0].token_id in ctx.mention_of:
        return words
    sentence = ctx.by_sentence[words[0].sentence_id]
    i = words[0].token_id - sentence[0].token_id
    if i + 2 >= len(sentence) or sentence[i + 1].text != ",":
        return words
    rest = []
    for t in sentence[i + 2:i + 2 + NAMED_APPOSITION_REACH]:
        if t.pos == "PUNCT" and t.text not in "«»\"-":
            break
        rest.append(t)
    m = ctx.mention_of.get(rest[-1].token_id) if rest else None
    people = {id(n) for n in (ctx.mention_of.get(t.token_id) for t in rest) if n is not None and n.type == "PER"}
    if m is None or m.type != "PER" or feats(rest[-1]).get("Case") != "Nom" or people != {id(m)}:
        return words   # (one person, named last, in the nominative)
    return words + (sentence[i + 1],) + tuple(rest)


DESCRIBED_NAME_REACH = 30   # words of a description between a role and the name that closes the sentence
NOW_WORDS = frozenset("ныне теперь сейчас впоследствии позднее".split())


def _described_then_name(ctx: Context, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """A role phrase after the cue whose holder closes the sentence after a description set off
    by commas (`— считает легендарный капитан «Арабеллы», спасавшей в 2011-м пассажиров, а ныне
    генеральный директор АО «Флот РТ» Роман Лизалин.`): the phrase goes on to the name. The
    description has no verb of its own and joins nothing but `а ныне` (`..., а также Иван
    Петров` names a second source). The parse may also leave off the end of a phrase with no comma
    (`рассказала мать одного из отдыхающих там детей Анна.`): the phrase goes on to a name in the
    nominative that closes the sentence."""
    if not words or any(getattr(ctx.mention_of.get(w.token_id), "type", None) == "PER" for w in words) \
            or not any(w.pos == "NOUN" and feats(w).get("Animacy") == "Anim" and feats(w).get("Case") == "Nom" for w in words):
        return words
    sentence = ctx.by_sentence[words[-1].sentence_id]
    i = words[-1].token_id - sentence[0].token_id
    while i + 1 < len(sentence) and sentence[i + 1].text in "»\"":   # `капитан «Арабеллы»,`
        i += 1
    comma = i + 1 < len(sentence) and sentence[i + 1].text == ","
    if i + 2 >= len(sentence) or sentence[i + 1].pos == "PUNCT" and not comma:
        return words
    rest = sentence[i + 2:] if comma else sentence[i + 1:]
    while rest and rest[-1].pos == "PUNCT" and rest[-1].text not in "»\")":
        rest = rest[:-1]
    if not rest or len(rest) > DESCRIBED_NAME_REACH or any(
            (t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin")
            or (t.pos == "CCONJ" and not (t.text.lower() == "а" and k + 1 < len(rest) and rest[k + 1].text.lower() in NOW_WORDS))
            for k, t in enumerate(rest)):
        return words
    m = ctx.mention_of.get(rest[-1].token_id)
    people = {id(n) for n in (ctx.mention_of.get(t.token_id) for t in rest) if n is not None and n.type == "PER"}
    if m is None or m.type != "PER" or ctx.mention_case(m) not in ("Nom", None) or people != {id(m)} \
            or not comma and (ctx.mention_case(m) != "Nom" or rest[0].start >= m.start or _other_gender(ctx, words, m)):
        return words   # (with no comma, a description runs on to the name; not a name alone after the
                       # role: `— сказал президент Топилину`, whom the words were said to)
    return words + tuple(sentence[words[-1].token_id - sentence[0].token_id + 1:i + 2 if comma else i + 1]) + tuple(rest)


def _other_gender(ctx: Context, words: Sequence[Token], m) -> bool:
    """A woman's noun heads the phrase and the name is a man's (`мать одного из детей Олег`)."""
    noun = next((w for w in words if w.pos == "NOUN" and feats(w).get("Case") == "Nom"), None)
    return noun is not None and feats(noun).get("Gender") == "Fem" and ctx.mention_gender(m) == "Masc"


def _as_phrase_source(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """`Как уточнил Александровский, A, уточнив, что B`: a gerund cue with no subject in a
    sentence that a `Как`-phrase opens takes that phrase's source."""
    sentence = ctx.by_sentence.get(cue.sentence_id, [])
    if feats(cue).get("VerbForm") != "Conv" or len(sentence) < 4 or sentence[0].text.lower() != "как":
        return ()
    comma = next((k for k, t in enumerate(sentence) if t.text == ","), None)
    verb = next((t for t in sentence[1:4] if t.lemma in SPEECH_VERBS and feats(t).get("VerbForm") == "Fin"), None)
    if comma is None or verb is None or sentence[comma].start > cue.start:
        return ()
    if any(_person_noun(ctx, t) or t.token_id in ctx.mention_of or t.pos == "PRON" or t.lemma in ORG_HEADS
           for t in subject(ctx, cue)):
        return ()   # (`Как сообщил X, министр Петров заявил ..., добавив`, `правительство одобрило ..., отметив`:
                    # the main clause's person or body)
    words = subject(ctx, verb) or inverted_subject(ctx, verb)
    return words if words and words[-1].end <= sentence[comma].start else ()


def borrowed_subject(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """A cue with no subject of its own takes the subject of the verb it leans on, where the
    two agree: a relative clause (`Байден выступил с видеобращением, в котором заявил, что
    ...`, `Керри сделал остановку в Кабуле, где отметил, что ...` → the main clause's
    subject), a second verb the parser did not join to the first (`Южная Каролина не
    согласилась ... и ... объявила, что ...`); a gerund through the verb it hangs on
    (`письмо, в котором ... обвинил его во лжи, заявив, что ...`)."""
    verb = cue
    for _ in range(3):   # a gerund or a second verb: up to the finite verb of its clause
        if feats(verb).get("VerbForm") == "Fin" or verb.head_id < 0 or verb.rel not in ("advcl", "conj"):
            break
        verb = ctx.tokens[verb.head_id]
    if feats(verb).get("VerbForm") != "Fin":
        return ()
    if verb.rel == "acl:relcl" and verb.head_id >= 0 and ctx.tokens[verb.head_id].head_id >= 0:
        main = ctx.tokens[ctx.tokens[verb.head_id].head_id]
        for _ in range(2):   # `сделал заявление для СМИ, в котором признал`: the parse hung the clause on the noun's own genitive
            if main.pos not in ("NOUN", "PROPN") or main.rel not in ("obj", "nmod") or main.head_id < 0:
                break
            main = ctx.tokens[main.head_id]
    else:
        main = _verb_before(ctx, verb)
    if main is None or feats(main).get("VerbForm") != "Fin" or not _same_agreement(main, verb):
        return ()
    return subject(ctx, main) or subject_before(ctx, main)   # (the parse gave that verb no subject either)


def _named_subject_between(ctx: Context, words: Sequence[Token]) -> bool:
    """A name or a person in the nominative after the first finite verb of ``words``: the
    reported clause has a subject of its own that a verb after it may share."""
    first = next((k for k, t in enumerate(words) if t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"), len(words))
    return any(feats(t).get("Case") == "Nom" and (t.pos == "PROPN" or t.token_id in ctx.mention_of
                                                  or (t.pos == "NOUN" and feats(t).get("Animacy") == "Anim"))
               for t in words[first + 1:])


def _verb_before(ctx: Context, cue: Token) -> Optional[Token]:
    """`V1 ... и ... CUE`, `V1 ..., но CUE`, `V1 ... , где ... CUE` in one sentence with no
    finite verb between the conjunction or the relative word and the cue: V1."""
    before = [t for t in ctx.by_sentence[cue.sentence_id] if t.start < cue.start]
    finite = lambda t: t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin"   # noqa: E731
    for i in range(len(before) - 1, -1, -1):
        t = before[i]
        if finite(t) or t.text in ".;:!?\"«»":
            return None
        if t.text.lower() in VERB_COORDINATORS or t.text.lower() in RELATIVE_ADVERBS or t.lemma == "который":
            if t.text.lower() == "хотя" and _named_subject_between(ctx, before[:i]):
                return None   # `заявил, что Киев саботирует переговоры, хотя ранее обещал`: Киев's promise
            verbs = [v for v in reversed(before[:i]) if finite(v)]   # past a reported clause's own verb
            return next((v for v in verbs if _same_agreement(v, cue) and not _after_that(before, v)),
                        verbs[0] if verbs else None)   # (`заявил, что построят ..., и добавил`; `что Молдавия прошла`)
    return None


def _after_that(words: Sequence[Token], verb: Token) -> bool:
    """The verb is a reported clause's: `что` stands between it and the finite verb before it."""
    for t in reversed([w for w in words if w.start < verb.start]):
        if t.text.lower() == "что" and t.pos == "SCONJ":
            return True
        if t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin":
            return False
    return False


def _same_agreement(verb: Token, cue: Token) -> bool:
    """Both verbs agree alike (number, gender in the past, person in the present)."""
    a, b = feats(verb), feats(cue)
    return all(a.get(k) == b.get(k) for k in ("Number", "Gender", "Person"))


def _outside_content(ctx: Context, cue: Token, words: Tuple[Token, ...]) -> Tuple[Token, ...]:
    """A subject before the cue is the content's, not the source, when it is inside the
    quotation (`"Болела-болела, ... ‑ рассказывает пациентка Ирина Маршутина. ‑ ..."`) or
    was reached through the content's verb (`Правда, некоторые из них могут ...,
    предупреждает Центр контроля`: the cue hangs on `могут`)."""
    if words and words[0].start < cue.start and (
            ctx.inside_quote(words[0].start) or not any(w.head_id == cue.token_id for w in words)
            or _comma_between(ctx, words[-1], cue)):
        return ()
    return words


# Words that open a subordinate clause (with the SCONJ tag): a clause so opened before the cue
# hangs on the subject, not the content's predicate.
CLAUSE_LINKS = frozenset("который чей где куда откуда когда как почему зачем сколько кто что если пока".split())


def _comma_between(ctx: Context, word: Token, cue: Token) -> bool:
    """A clause of its own between a word and the comma right before the cue: the word is the
    content's (`Рост цен будет в рамках прогноза — 5–6%, рассказал замминистра`, which the
    parse may hang on the cue as its subject); not an aside (`Майк Пенс, выступая в
    Джорджии, призвал`)."""
    between = ctx.tokens[word.token_id + 1:cue.token_id]
    if not between or between[-1].text != ",":
        return False
    commas = [k for k, t in enumerate(between[:-1]) if t.text == ","]
    last = between[commas[-1] + 1:-1] if commas else between[:-1]
    if commas and (not last or any(w.pos == "SCONJ" or w.lemma in CLAUSE_LINKS for w in last[:3])):
        return False   # `Иванов, который давно работает в Кремле, заявил`, `чиновники, на которых ссылается
                       # агентство, подозревают`: the subject's own clause
    return any(t.pos in ("VERB", "AUX") and feats(t).get("VerbForm") == "Fin" for t in last)   # (`Информация о том,
    # что X отменил выступление, абсолютно не соответствует действительности, заявила пресс-атташе`: the
    # content's own predicate closes it)


def role_read_as_adjective(w: Token) -> bool:
    """A role noun the tagger read as an adjective (`Лидер либерал-демократов, подавая документы,
    заявил`): its lemma is the noun's, not an adjective's."""
    return w.pos == "ADJ" and w.lemma.lower() in ROLE_WORDS and not w.lemma.endswith(("ый", "ий", "ой"))


def head_of(words: Sequence[Token]) -> Optional[Token]:
    """The word of a phrase whose syntactic head lies outside it."""
    ids = {w.token_id for w in words}
    heads = [w for w in words if (w.head_id not in ids or w.head_id == w.token_id) and w.pos != "PUNCT"]
    nominal = [w for w in heads if w.pos in NOMINAL] or [w for w in words if w.pos == "PROPN" and w.rel == "appos"] \
        or [w for w in heads if role_read_as_adjective(w)] \
        or [w for w in words if w.pos in NOMINAL]   # a head the tagger made an adjective: its name in apposition; a parse that loops
    return (nominal or heads or [None])[0]
