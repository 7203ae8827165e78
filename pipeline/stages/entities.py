"""Stage 3: named entities — natasha NER spans, corrected types, nominative forms, and
mentions of one entity within an article linked under one canonical name."""
import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from pipeline.lexicons.name_endings import FEMININE_SURNAME_ENDINGS, MANS_SURNAME_ENDINGS, MASCULINE_ADJECTIVE_CASES
from pipeline.lexicons.names import (KNOWN_AS, NICKNAME_AFTER, NICKNAME_AFTER_DASH, NICKNAME_OWNER_ASIDE, NICKNAME_OWNER_PRONOUN,
                                     NICKNAME_OWNER_REACH, NICKNAME_WORDS, OTHER_NAME_IN_PARENTHESES, PREPOSITION_CASES,
                                     REAL_NAME_WORDS, RUSSIAN_DIMINUTIVES, SURNAME_OPENERS)
from pipeline.lexicons.organizations import (CENTRAL_BANK, CENTRAL_BANK_NAMES, MEDIA, NOT_PERSON, ORG_DESCRIPTORS, ORG_HEADS, STUMP,
                                            ORG_SHORT_FORMS, QUOTED_NAME_DESCRIPTORS, RUSSIAN_DESIGNATORS)
from pipeline.lexicons.places import SAME_PLACE
from pipeline.lexicons.sources import ROLE_NOUNS
from pipeline.records import Document, Mention, Token
from pipeline.stages import name_evidence, names, ner_context, ner_rules, span_repairs
from pipeline.stages.name_gender import name_parses, verb_gender
from pipeline.stages.quote_context import OPENING_MARKS, tokens_between
from pipeline.stages.quote_marks import find_quote_spans

Span = Tuple[int, int, str]   # start, end, type


def feats_of(token: Token) -> Dict[str, str]:
    return dict(item.split("=", 1) for item in token.feats.split("|") if item)


def span_tokens(tokens: Sequence[Token], start: int, end: int) -> List[Token]:
    inside = tokens_between(tokens, start, end)
    return [t for t in inside if t.pos != "PUNCT" or t.text in "-’'"] if len(inside) > 1 else inside


def retype(text: str, kind: str, tokens: Sequence[Token]) -> str:
    """The corrected type, or '' for a span that is not a name at all."""
    low = text.lower()
    if low in MEDIA:
        return "ORG"
    if kind == "PER" and (low in NOT_PERSON or not any(t.text[:1].isupper() for t in tokens)
                          or len(tokens) == 1 and tokens[0].lemma.lower() in NOT_PERSON):
        return ""
    if kind == "PER" and len(tokens) == 1 and tokens[0].lemma in ROLE_NOUNS:   # `Врач рассказал`, `Премьер`
        return ""
    if kind == "PER" and len(tokens) == 1 and NOT_A_NAME.search(tokens[0].text):
        return ""
    if kind == "PER" and len(tokens) == 1 and names.compound_with_common_word(tokens[0].text):   # `Оппозиционеры-демократы`
        return ""
    return kind


NOT_A_NAME = re.compile(r"\d|^\w-|^[А-ЯЁA-Z]{3,}$")   # one word with a digit, a letter before a hyphen, capitals:
                                                       # `Формулы-1`, `Т-лимфоцитов`, `КОВИД`


def separators(doc_text: str, tokens: Sequence[Token], commas: bool = False) -> List[str]:
    """The text between the words, as the name joins them: a mark left out of the words
    (`«Сэм» Кислин`) becomes a space; with ``commas``, a comma stays (a body's name that lists
    its fields: `департамент по делам гражданской обороны, чрезвычайным ситуациям ...`)."""
    kept = "-’'.," if commas else "-’'."
    gaps = [doc_text[a.end:b.start] for a, b in zip(tokens, tokens[1:])]
    return [g if all(ch.isspace() or ch in kept for ch in g) else " " for g in gaps]


def _mans_name_womans_surname(words: Sequence[str]) -> bool:
    """`Александр Кондалова`: a man's first name before a woman's form of a surname is no
    nominative as written."""
    return len(words) >= 2 and words[-1].lower().endswith(FEMININE_SURNAME_ENDINGS) \
        and names.first_name_known(words[0], nominative=True, gender="masc") \
        and not names.first_name_known(words[0], nominative=True, gender="femn")


def _governed_case(tokens: Sequence[Token], span: Sequence[Token]) -> Optional[str]:
    """The one case the preposition right before the name governs (PREPOSITION_CASES), if any."""
    k = span[0].token_id - 1
    if not 0 <= k < len(tokens) or tokens[k].sentence_id != span[0].sentence_id or tokens[k].pos != "ADP":
        return None
    return PREPOSITION_CASES.get(tokens[k].text.lower())


def _adjective_case(tokens: Sequence[Token], span: Sequence[Token]) -> Optional[str]:
    """The oblique case of a singular masculine adjective right before the name that the parse
    hangs on the name (`18-летнего Джесси Джелсингера`): the name's own case."""
    k = span[0].token_id - 1
    if not 0 <= k < len(tokens) or tokens[k].sentence_id != span[0].sentence_id or tokens[k].pos != "ADJ" \
            or not span[0].start <= tokens[tokens[k].head_id].start < span[-1].end if 0 <= tokens[k].head_id < len(tokens) else True:
        return None
    f = feats_of(tokens[k])
    if f.get("Number") != "Sing" or f.get("Gender") != "Masc":
        return None
    by_ending = next((case for ending, case in MASCULINE_ADJECTIVE_CASES if tokens[k].text.lower().endswith(ending)), None)
    return by_ending or (f.get("Case") if f.get("Case") != "Nom" else None)   # (the tagger reads `18-летнего` as a nominative)


def _beside_nominative_role(tokens: Sequence[Token], span: Sequence[Token]) -> bool:
    """The name stands in apposition to a role noun in the nominative (`профессор Школы ...
    Анча Баранова высказывает`): it is a nominative too, whatever case a genitive chain
    before it made the tagger read (an apposition agrees with its noun)."""
    first = span[0]
    if first.rel != "appos" or not 0 <= first.head_id < len(tokens) or feats_of(first).get("Case") == "Nom":
        return False
    head = tokens[first.head_id]
    return head.lemma in ROLE_NOUNS and head.pos == "NOUN" and feats_of(head).get("Case") == "Nom"




def _after_acting_role(tokens: Sequence[Token], span: Sequence[Token]) -> bool:
    """The name hangs on a role in the genitive after `врио` / `и.о.` in the nominative (`врио
    министра сельского хозяйства Крыма Алиме Зарединова`): it names the acting one, in the
    nominative, whatever case the genitive chain made the tagger or the parse read."""
    first = span[0]
    if not 0 <= first.head_id < len(tokens):
        return False
    role = tokens[first.head_id]
    acting = tokens[role.head_id] if 0 <= role.head_id < len(tokens) else None
    return role.lemma in ROLE_NOUNS and feats_of(role).get("Case") == "Gen" and acting is not None \
        and acting.lemma.lower() in name_evidence.ACTING_WORDS and feats_of(acting).get("Case") in ("Nom", None) and acting.token_id < role.token_id


def normal_form(kind: str, tokens: Sequence[Token], text: str, doc_text: str = "",
                all_tokens: Sequence[Token] = ()) -> str:
    if not tokens:
        return text
    seps = separators(doc_text, tokens, commas=kind != "PER") if doc_text else ()
    if kind == "PER":
        words = [(t.text, feats_of(t).get("Case"), feats_of(t).get("Gender")) for t in tokens]
        if doc_text and _alone_on_line(doc_text, tokens) and names.nominative_as_written([w for w, _, _ in words]):
            words = [(w, "Nom", None) for w, _, _ in words]   # a signature, a byline: `Е.Малышева` on its line
        elif _beside_nominative_role(all_tokens, tokens) and names.nominative_as_written([w for w, _, _ in words]):
            words = [(w, "Nom", g) for w, _, g in words]   # `профессор ... Анча Баранова высказывает`
        elif _after_acting_role(all_tokens, tokens) and names.nominative_as_written([w for w, _, _ in words]):
            return _person_name(tuple((w, "Nom", None) for w, _, _ in words), tuple(seps), None)   # (the tagger's gender
            # agreed with the role in the genitive; the name is a nominative, whoever holds it)
        if doc_text and all(c == "Nom" for _, c, _ in words) and (_transcribed(doc_text, tokens)
                                                                or _apposition_to_nominative(all_tokens, tokens)) \
                and not _mans_name_womans_surname([w for w, _, _ in words]) and not names.oblique_only_surname(words[-1][0]):
            return names.join_words([names.title_case(w) for w, _, _ in words], seps)
        womans = _apposition_to_woman(all_tokens, tokens)
        if womans:   # `шахматистку[Acc Fem] Александру[Dat Masc] Горячкину`: her name, in her noun's case
            words = [(w, womans if w[:1].isupper() else c, "Fem" if w[:1].isupper() else g) for w, c, g in words]
        governed = _governed_case(all_tokens, tokens)
        if governed and words[-1][1] not in (governed, "Nom"):   # `благодаря фон Арниму[Gen]`
            words = [(w, governed if w[:1].isupper() else c, g) for w, c, g in words]
        agreeing = _adjective_case(all_tokens, tokens)
        if agreeing and not womans and len({c for _, c, _ in words}) > 1:   # `18-летнего[Gen] Джесси[Gen] Джелсингера[Nom]`
            words = [(w, agreeing if w[:1].isupper() else c, g) for w, c, g in words]
        if words[-1][1] == "Nom" and names.oblique_only_surname(words[-1][0]):   # `Наргиз[Gen] Закировой[Nom]`: no nominative
            oblique = next((c for _, c, _ in words[:-1] if c not in ("Nom", None)), None)
            shown = names.mans_oblique_case(words[-1][0], words[0][0]) if oblique is None and len(words) == 2 else None
            if shown:   # `Крымбеку[Nom] Кушербаеву[Nom]`: both in the case the surname shows
                words = [(w, shown, g) for w, _, g in words]
            else:
                words = words[:-1] + [(words[-1][0], oblique or "Gen", words[-1][2])]
        if words[-1][1] == "Nom" and _mans_name_womans_surname([w for w, _, _ in words]):
            words = words[:-1] + [(words[-1][0], "Gen", "Masc")]   # his genitive (`Александр Кондалова` → `Кондалов`)
        if doc_text:
            spelled = name_evidence.latin_spelling(doc_text, tokens[-1].end)
            words = name_evidence.consonant_endings_declined(name_evidence.vowel_endings_as_written(words, spelled), spelled)
        return _person_name(tuple(words), tuple(seps), verb_gender(all_tokens, tokens))
    if text.lower() in MEDIA:
        return text
    mark = next((i for i, ch in enumerate(text) if ch in OPENING_MARKS), -1)
    if mark >= 0:   # `газеты «Известия»` → `газета «Известия»`: a quoted name stays as written
        head = [t for t in tokens if t.end <= tokens[0].start + len(text[:mark].rstrip())]
        return (normal_form(kind, head, text[:mark].rstrip(), doc_text) + text[len(text[:mark].rstrip()):mark]
                if head else "") + text[mark:]
    return _phrase_name(tuple((t.text, feats_of(t).get("Case"), t.pos) for t in tokens), tuple(seps))


# A name recurs within an article and across a run: each distinct one is inflected once per process.
@functools.lru_cache(maxsize=50_000)
def _person_name(words: tuple, seps: tuple, gender: Optional[str]) -> str:
    return names.initials_first(names.normalize_person(words, seps, gender))


@functools.lru_cache(maxsize=50_000)
def _phrase_name(words: tuple, seps: tuple) -> str:
    return names.normalize_phrase(words, seps)


NOMINALS = ("NOUN", "PROPN", "ADJ", "DET", "PRON")


def _apposition_to_woman(tokens: Sequence[Token], span: Sequence[Token]) -> Optional[str]:
    """The case of a feminine person noun right before the name it stands in apposition to
    (`российскую шахматистку Александру Горячкину`): the name agrees with it, a woman's in
    that case, whatever man's case the tagger read (a noun the tagger calls inanimate is left
    alone: `Государственной думы Виктора Ишаева`-like genitive chains misread go wrong)."""
    first = span[0]
    k = first.token_id - 1
    if first.rel != "appos" or first.head_id != k or not 0 <= k < len(tokens):
        return None
    head = feats_of(tokens[k])
    if tokens[k].pos != "NOUN" or head.get("Gender") != "Fem" or head.get("Animacy") != "Anim" or head.get("Number") != "Sing" \
            or head.get("Case") == "Gen":   # (the parse hangs a name on a genitive chain's last noun: `Мама ... восьмиклассницы Гульнара`)
        return None
    return head.get("Case")


def _apposition_to_nominative(tokens: Sequence[Token], span: Sequence[Token]) -> bool:
    """A name of two words or more, all read as nominatives, in apposition to a person noun
    read as a nominative (`Президент Гвинеи Альфа Конде стал`): the apposition agrees with
    its noun, so the words are written as the nominative is, even where the dictionary knows
    one only as an oblique form of another name (`Альфа` of `Альф`). The role noun stands
    before the name with only a genitive chain between (`Президент Гвинеи`): the parse may
    hang a name on a noun far away (`провёл встречу с министром ... Лейлой Хаддад`)."""
    words = [t for t in span if t.text[:1].isalpha()]
    first = words[0] if words else None
    if len(words) < 2 or first.rel != "appos" or not 0 <= first.head_id < len(tokens):
        return False
    head = tokens[first.head_id]
    between = tokens[head.token_id + 1:first.token_id]
    return head.lemma in ROLE_NOUNS and head.pos == "NOUN" and feats_of(head).get("Case") == "Nom" \
        and head.token_id < first.token_id and all(feats_of(t).get("Case") == "Gen" for t in between if t.pos in NOMINALS)


def _transcribed(doc_text: str, tokens: Sequence[Token]) -> bool:
    """A nominative name followed by its Latin spelling in brackets, word for word, is written
    as the name is (`Рикарду Менезес (Ricardo Menezes)`: no dative of `Рикард`): the Latin
    shows its vowel ending is the name's own."""
    spelled = name_evidence.latin_spelling(doc_text, tokens[-1].end)
    words = [t for t in tokens if t.text[:1].isalpha()]
    return len(spelled) == len(words) \
        and any(w.text[-1] in "аеиоуыэюя" and latin[-1] in "aeiouy" for w, latin in zip(words, spelled))


ELLIPSIS = re.compile(r"[ \u00a0]?(…|\.\.\.)")


def _cut_by_ellipsis(doc_text: str, tokens: Sequence[Token]) -> bool:
    """One word a teaser's ellipsis cut off (`представитель Демократиче …`): no name."""
    return len(tokens) == 1 and bool(ELLIPSIS.match(doc_text, tokens[0].end)) and names.cut_word(tokens[0].text)


def _alone_on_line(doc_text: str, tokens: Sequence[Token]) -> bool:
    """The name is the whole of its line (a signature, a byline, a caption)."""
    before = doc_text[:tokens[0].start].rsplit("\n", 1)[-1]
    after = doc_text[tokens[-1].end:].split("\n", 1)[0]
    return not before.strip() and not after.strip(" \t.,:;")


def make_mentions(doc: Document, tokens: Sequence[Token], spans: Sequence[Span]) -> List[Mention]:
    mentions = []
    corrected = ner_context.correct_in_context(ner_rules.correct_spans(spans, tokens, doc.text), tokens, doc.text)
    for start, end, kind in span_repairs.repair_spans(corrected, tokens, doc.text):
        text = doc.text[start:end]
        inside = span_tokens(tokens, start, end)
        kind = retype(text, kind, inside)
        if kind == "PER" and _cut_by_ellipsis(doc.text, inside):
            kind = ""
        if kind:
            mentions.append(Mention(doc.doc_id, len(mentions), start, end, text, kind,
                                    _with_last_period(text, normal_form(kind, span_repairs.nickname_tokens(inside, doc.text) if kind == "PER"
                                                                        else inside, text, doc.text, tokens))))
    mentions = [m for m in mentions if not _own_name_of_another(m, mentions)]
    people = [m for m in mentions if not (m.type == "PER" and name_evidence.names_a_thing(m, tokens))]   # `центр Чумакова`
    linked = link_mentions(_completed_at_text_end(name_evidence.with_article_evidence(people, tokens, doc.text), doc.text), doc.text)
    return [m for m in linked if not _common_word(m, tokens)]


CUT_NAME_LETTERS = 3   # letters at least of a surname the page's end cut ...
CUT_ALONE_LETTERS = 5   # ... and without the same first name before it


def _completed_at_text_end(mentions: List[Mention], text: str) -> List[Mention]:
    """A person's name the page's end cut (`— сообщил Гореславс`, `уверен Алексей Але`) is the
    person the article names in full with a surname that begins so (`Алексей Гореславский`)."""
    last = next((m for m in mentions if m.type == "PER" and not text[m.end:].strip()), None)
    if last is None or len(last.text.split()[-1]) < CUT_NAME_LETTERS:
        return mentions
    stub = last.text.split()[-1].lower()
    first = last.normal.split()[0] if len(last.normal.split()) > 1 else None
    if names.surname_known(last.text.split()[-1]):
        return mentions   # `Автор: Дмитрий Соколов` at the end is a whole name, not `Соколовский` cut
    full = {m.normal for m in mentions if m.type == "PER" and m is not last and len(m.normal.split()) > 1
            and m.normal.split()[-1].lower().startswith(stub) and m.normal.split()[-1].lower() != stub
            and (first is None and len(stub) >= CUT_ALONE_LETTERS or m.normal.split()[0] == first)}
    return [replace(m, normal=full.pop()) if m is last else m for m in mentions] if len(full) == 1 else mentions


TRAILING_INITIAL = re.compile(r"\s[А-ЯЁA-Z]\.$")


def _with_last_period(text: str, normal: str) -> str:
    """`Дарья П.`: a surname's initial keeps its period in the normal form (the tokens may
    leave it out: `П` `.`)."""
    return normal + "." if TRAILING_INITIAL.search(text) and not normal.endswith(".") \
        and normal.split()[-1:] == [text[-2]] else normal


def _own_name_of_another(m: Mention, mentions: Sequence[Mention]) -> bool:
    """An organisation's own name inside a mention of it with its kind (`Яблоко` in `партии
    «Яблоко»`, `Twitter` in `социальной сети Twitter`): one name, one mention."""
    return m.type == "ORG" and any(
        o.type == "ORG" and o.start < m.start and m.end <= o.end and o.end - m.end <= 1
        and same_name("ORG", own_name(o.normal)) == same_name("ORG", m.normal) for o in mentions)


def _common_word(m: Mention, tokens: Sequence[Token]) -> bool:
    """A lone word tagged a person that no full name of the article owns: one the dictionary
    knows only as a place or an organisation (`Царицыно`, `Феррари`); or only as a common word,
    where nothing shows it to be a person: no role noun before it, not a verb's subject in a
    form a subject may have (`Камертон`, `Узнавай`; not `Президент Франции Макрон заявил`)."""
    name = m.entity_key.partition(":")[2]
    if m.type != "PER" or len(name.split()) != 1 or len(m.text.split()) != 1:
        return False
    if names.place_or_organisation(m.text):
        return True
    if not names.common_word(m.text):
        return False
    words = tokens_between(tokens, m.start, m.end)
    before = tokens[words[0].token_id - 1] if words and words[0].token_id > 0 else None
    subject = words and words[0].rel in ("nsubj", "nsubj:pass", "appos") and (
        names.singular_nominative(m.text) or m.text.lower().endswith(MANS_SURNAME_ENDINGS))   # (`Посохов`, `Урин`:
    # a man's surname that is also a genitive plural)
    return not (subject or (words and before is not None and before.lemma in ROLE_NOUNS))   # (`5 миллионов Госпремии
    # перевела`: a form no singular subject has)


def normal_in_article(doc: Document, tokens: Sequence[Token], spans: Sequence[Span], start: int, end: int,
                      kind: str) -> str:
    """The normal form the pipeline gives a mention at [start, end) of an article whose NER
    spans are ``spans``: its own form, corrected by the article's other mentions."""
    text = doc.text[start:end]
    target = Mention(doc.doc_id, -1, start, end, text, kind,
                     normal_form(kind, span_tokens(tokens, start, end), text, doc.text, tokens))
    others = [m for m in make_mentions(doc, tokens, spans) if m.end <= start or end <= m.start]
    return next(m.normal for m in name_evidence.with_article_evidence([target, *others], tokens, doc.text) if m.mention_id == -1)


def surname_matches(surname: str, word: str) -> bool:
    """`Лавров` matches `Лаврова`, `Лаврову`; `Мелони` matches itself."""
    a, b = surname.lower().replace("ё", "е"), word.lower().replace("ё", "е")
    if a == b:
        return True
    stem = a[:-1] if a[-1:] in "аяйь" else a
    return len(stem) >= 3 and b.startswith(stem) and len(b) - len(stem) <= 3


def _best_name(candidates: List[Mention]) -> str:
    """The canonical form the cluster's mentions most often give, nominative spellings first;
    never the last words of a longer form (`Абу Зейд` of `Фаузи Абу Зейд`)."""
    every = [names.canonical_person(m.normal) for m in candidates]
    pool = [names.canonical_person(m.normal) for m in candidates if m.text == m.normal] or every
    pool = [n for n in every if any(n.endswith(" " + short) for short in pool)] or pool
    return Counter(pool).most_common(1)[0][0]


def link_persons(persons: List[Mention], quoted: frozenset = frozenset()) -> Dict[int, str]:
    """mention_id → canonical name, linking surnames to the full names they belong to
    (``quoted``: the ids of mentions inside quotation marks)."""
    full, single = defaultdict(list), []
    lone = {m.normal.lower() for m in persons if len(m.normal.split()) == 1}
    for m in persons:
        parts = names.canonical_person(m.normal).split()
        if len(parts) >= 2 and parts[0][:1].isupper() and not names.initial_and_surname(m.normal) \
                and (not names.is_first_and_patronymic(parts) or parts[-1].lower() in lone):   # `Леонид Юзефович` ...
            # `Юзефович получит`: a word the article uses alone is a surname, whatever else it may be
            full[(parts[0].lower(), parts[-1].lower())].append(m)
        else:
            single.append(m)
    full = _last_words_joined(_surname_misspelt(_womans_surname_misspelt(full)))
    clusters = {key: _best_name(ms) for key, ms in full.items()}
    result = {m.mention_id: clusters[key] for key, ms in full.items() for m in ms}
    alone: Dict[str, List[Mention]] = {}
    for m in single:
        words = names.canonical_person(m.normal).split()   # `С.Ерохин`: the surname past glued initials
        last = words[-1] if words else m.normal
        owners = [k for k in clusters if (surname_matches(k[1], last) or surname_matches(k[1], m.text)
                                          or _first_of_two_surnames(clusters[k], last))
                  and initial_fits(m.normal, k[0])]
        first = m.normal.split()[0].lower() if m.normal.split() else ""
        owners = owners or [k for k in clusters if (k[0] == first or _first_name_form(k[0], m.text)) and m.text[:1].isupper()
                            and (len(m.normal.split()) == 1 or names.is_first_and_patronymic(m.normal.split()))]
        if len(owners) > 1 and names.is_first_and_patronymic(m.normal.split()):
            owners = []   # `Лариса Фалеевна` with two Ларисы named in full: either (a first name alone goes to the nearest)
        owners = owners or [k for k in clusters if k[0].replace("ё", "е") in RUSSIAN_DIMINUTIVES.get(first.replace("ё", "е"), ())
                            and len(m.normal.split()) == 1 and m.text[:1].isupper()]   # `Вика` ... `Виктория Пашковская`
        if not owners and len(words) == 1 and m.text[:1].isupper() and not names.surname_known(m.text):
            # `Новков сообщил` ... `Сергея Новикова`: a typo (not `Головин` beside `Головкин`: a surname of its own)
            owners = [k for k in clusters if names.spelling_variant(k[1].replace("ё", "е"), last.lower().replace("ё", "е"), swapped=True)]
            owners = owners if len(owners) == 1 else []
        if owners:   # of `Артем Колесов` and `Дарья Колесова`, `Колесов` is the one whose surname it is as normalized
            owners = [k for k in owners if k[1] == last.lower()] or owners
            result[m.mention_id] = clusters[_nearest_owner(owners, full, m, quoted)]
            continue
        key = next((k for k in alone if _same_surname(k, m)), m.normal)
        alone.setdefault(key, []).append(m)
    named = {}
    for key, ms in alone.items():
        initialled = [m for m in ms if names.initial_and_surname(m.normal)]   # `А. Кудрин` ... `Кудрин`
        named[key] = _best_name(initialled or ms)
    texts = {key: next((m.text for m in ms if names.initial_and_surname(m.normal)), "") for key, ms in alone.items()}
    for key, name in _addressed_by_initials(named, texts).items():
        named[key] = name
    firsts = [n.split()[0].lower() for n in list(named.values()) + list(clusters.values()) if n.split()]
    named = {key: (first if (first := names.addressed_by_patronymic(name)) and firsts.count(first.lower()) == 1 else name)
             for key, name in named.items()}   # `Галина Петровна` → `Галина`, unless another Галина is named
    result.update({m.mention_id: named[key] for key, ms in alone.items() for m in ms})
    return result


FIRST_NAME_FORM_LETTERS = 5   # a first name this long at least is matched in its case forms (not `Ян` ~ `Яна`)


def _last_words_joined(full: Dict[tuple, List[Mention]]) -> Dict[tuple, List[Mention]]:
    """A name of two words that are the last two of one longer name in the article, its first
    word no first name (`Абу Зейд` of `Фаузи Абу Зейд`, `Абдель Рахман` of `Шериф Абдель Рахман`;
    not `Мария Гонсалес` beside `Карлос Мария Гонсалес`): a surname of two words, the longer
    name's person; not where two longer names end so."""
    normals = {key: {names.canonical_person(m.normal).lower() for m in ms} for key, ms in full.items()}
    ending = defaultdict(set)   # the last two words of a longer name → the clusters that hold one
    for key, ns in normals.items():
        for n in ns:
            words = n.split()
            if len(words) >= 3:
                ending[" ".join(words[-2:])].add(key)
    out = dict(full)
    for key, ns in normals.items():
        if not ns or any(len(n.split()) != 2 or n.split()[0] not in SURNAME_OPENERS
                         and names.first_name_known(n.split()[0], nominative=True) for n in ns):
            continue
        owners = {k for n in ns for k in ending.get(n, ()) if k != key and k in out}
        if len(owners) == 1:
            owner = owners.pop()
            out[owner] = out[owner] + out.pop(key)
    return out


def _first_name_form(first_name: str, word: str) -> bool:
    """A lone word as written that is a case form of a full name's first name (`Камилу` of
    `Камила Валиева`, whatever the dictionary made of it: a man's `Камил`)."""
    return len(first_name) >= FIRST_NAME_FORM_LETTERS and " " not in word and name_evidence.same_word(first_name, word) \
        and not names.first_name_known(word, nominative=True)   # (`Александра` is a woman, not `Александр Петров`)


def _womans_surname_misspelt(full: Dict[tuple, List[Mention]]) -> Dict[tuple, List[Mention]]:
    """`Людмила Романова` ... `Людмила Романов рассказала`: a woman's first name with the
    man's form of a surname the article gives her in its woman's form is a typo of that name."""
    out = dict(full)
    for (first, surname), ms in full.items():
        womans = (first, surname + "а")
        if womans in full and names.womans_name_mans_surname([first.capitalize(), surname]):
            out[womans] = out[womans] + ms
            del out[(first, surname)]
    return out


def _surname_misspelt(full: Dict[tuple, List[Mention]]) -> Dict[tuple, List[Mention]]:
    """`Наталья Казаненко` ... `Наталья Кзаненко`: one first name with two surnames a typo apart
    (``names.spelling_variant``), the rarer (or, as often, the later) unknown to the dictionary,
    is the other's typo (not `Головин` beside `Головкин`: two surnames of their own)."""
    out = dict(full)
    for (first, surname), ms in full.items():
        others = [k for k in out if k[0] == first and k[1] != surname
                  and (len(out[k]) > len(ms) or (len(out[k]) == len(ms) and out[k][0].start < ms[0].start))
                  and names.spelling_variant(k[1].replace("ё", "е"), surname.replace("ё", "е"), swapped=True)]
        if len(others) == 1 and not names.surname_known(surname) and (first, surname) in out:
            out[others[0]] = out[others[0]] + out.pop((first, surname))   # (only keys still in ``out``: a chain of typos)
    return out


def _addressed_by_initials(named: Dict[str, str], texts: Dict[str, str]) -> Dict[str, str]:
    """`О.В. Кирдуну` ... `Олег Владимирович`: a first name and patronymic whose initials are one
    initialled person's (the only one) are that person, named by first name and surname, the
    surname read for the first name's gender (`Олег Кирдун`, not `Кирдуна`; ``texts``: an
    initialled mention's text per group); returns the new name of both groups' keys."""
    initials = {key: _two_initials(name) for key, name in named.items()}
    addressed = {key: name.split() for key, name in named.items() if names.is_first_and_patronymic(name.split())}
    joined = {}
    for key, words in addressed.items():
        two = (words[0][0] + words[1][0]).lower()
        owners = [k for k, own in initials.items() if own == two]
        if len(owners) == 1 and sum((w[0][0] + w[1][0]).lower() == two for w in addressed.values()) == 1 \
                and _same_gender(words[0], named[owners[0]]):   # one person each way
            surname = named[owners[0]].split()[-1]
            full = f"{words[0]} {_surname_of_gender(texts.get(owners[0], '').split()[-1:] or [surname], words[0]) or surname}"
            joined.update({key: full, owners[0]: full})
    return joined


def _same_gender(first_name: str, initialled: str) -> bool:
    """A woman's first name with no man's -ов/-ин surname form, and the other way round
    (`Ольга` and `О.В. Кирдун` may be one person; `Светлана` and `С.И. Петров` are not)."""
    gender = next((p.tag.gender for p in name_parses(first_name) if "Name" in p.tag), None)
    surname = initialled.split()[-1].lower() if initialled.split() else ""
    feminine = surname.endswith(FEMININE_SURNAME_ENDINGS)
    masculine = surname.endswith(("ов", "ев", "ин", "ын", "ий", "ой"))
    return not ((gender == "femn" and masculine) or (gender == "masc" and feminine))


def _surname_of_gender(word: List[str], first_name: str) -> Optional[str]:
    """The nominative of a surname as written (`Кирдуну`) for the gender of a first name
    (`Олег`: a man's, `Кирдун`; the dictionary also reads a woman's `Кирдуна` in it)."""
    word = names.unglued_initials(word[0]).split()[-1]
    gender = next((p.tag.gender for p in name_parses(first_name) if "Name" in p.tag), None)
    parse = next((p for p in name_parses(word) if p.tag.POS == "NOUN" and p.tag.gender == gender
                  and p.tag.number == "sing"), None)
    form = parse.inflect({"nomn", "sing"}) if parse is not None and gender else None
    return names.restore_shape(form.word, word) if form is not None else None


def _two_initials(name: str) -> Optional[str]:
    """`о.в.` of `О.В. Кирдун`, `О. В. Кирдун`; None for other names."""
    parts = names.unglued_initials(name).replace(".", ". ").split()
    return (parts[0][0] + parts[1][0]).lower() if len(parts) == 3 and all(
        len(p) == 2 and p.endswith(".") for p in parts[:2]) else None


def _first_of_two_surnames(full: str, surname: str) -> bool:
    """`Мендоса` is `Хорхе Мендоса Рестрепо`: a Spanish name's first surname is used alone (a
    patronymic in the middle is no surname: canonical names have dropped it; a second first
    name is none either)."""
    parts = full.split()
    return len(parts) == 3 and parts[1][:1].isupper() and surname_matches(parts[1], surname) \
        and not names.first_name_known(parts[1])   # not `Дональд Джон Трамп` ... `Джон`


def _same_surname(key: str, m: Mention) -> bool:
    """A lone mention's surname is that of a group of lone mentions (by the surname of an
    initialled one: `А. Кудрин` and `Кудрин`; two initials that differ stay apart)."""
    initialled = names.initial_and_surname(key)
    if initialled is None:
        return surname_matches(key, m.text) or surname_matches(key, m.normal)
    own = names.initial_and_surname(m.normal)
    return (own is None or own[0] == initialled[0]) and surname_matches(initialled[1], m.normal.split()[-1])


def initial_fits(name: str, first_name: str) -> bool:
    """`А. Кудрин` may be `Алексей Кудрин`, not `Борис Кудрин`; a surname alone may be anyone's."""
    initialled = names.initial_and_surname(name)
    return initialled is None or initialled[0].lower() == first_name[:1].lower()


def _nearest_owner(owners, full, mention, quoted: frozenset = frozenset()):
    """Among full names sharing a surname, the one mentioned last before ``mention``; for a
    mention outside quotation marks, the one last named outside them, if any (`президент клуба
    Михаил Головков` ... `«... с Игорем Головковым», — цитирует Головкова ТАСС`: Михаил)."""
    def last_before(key, outside=False):
        starts = [m.start for m in full[key] if m.start <= mention.start and not (outside and m.mention_id in quoted)]
        return max(starts) if starts else -1
    if mention.mention_id not in quoted:
        best = max(owners, key=lambda key: last_before(key, outside=True))
        if last_before(best, outside=True) >= 0:
            return best
    return max(owners, key=last_before)


OWN_NAME = re.compile(r"^(?:[А-ЯЁа-яё-]+(?:ая|яя|ое|ее|ий|ый|ой)\s+){0,2}(?P<kind>[А-ЯЁа-яё-]+)\s+"
                      r"(?P<name>(?:[A-Z]|[А-ЯЁ]{2,}\b).*)$")


KINDS_BEFORE_NAMES = ORG_DESCRIPTORS | QUOTED_NAME_DESCRIPTORS
# ... or its name in quotation marks, whatever the alphabet (`газета «Ведомости»`).
OWN_QUOTED_NAME = re.compile(r"^(?:[А-ЯЁа-яё-]+(?:ая|яя|ое|ее|ий|ый|ой)\s+){0,2}(?P<kind>[А-ЯЁа-яё-]+)\s+"
                             r"[«\"„“](?P<name>[^«»\"„“”]+)[»\"“”]$")


def _own_name_match(normal: str):
    return OWN_NAME.match(normal) or OWN_QUOTED_NAME.match(normal)


def own_name(normal: str) -> str:
    """An organisation's name without the generic kind written before it (`американская
    газета The Washington Post` → `The Washington Post`, `агентство ТАСС` → `ТАСС`,
    `газета «Ведомости»` → `Ведомости`); a name in Cyrillic words and no quotation marks
    keeps its kind (`газета Известия`: the words may be common ones)."""
    m = _own_name_match(normal)
    return m["name"] if m and descriptor_of(normal) else normal


def descriptor_of(normal: str) -> Optional[str]:
    """The generic kind (its lemma) written before an organisation's own name, if any."""
    m = _own_name_match(normal)
    kind = descriptor_lemma(m["kind"].lower()) if m else None
    if kind in QUOTED_NAME_DESCRIPTORS and not (OWN_QUOTED_NAME.match(normal) or m["name"][:1].isascii()):
        return None   # `Демократическая партия США`: no party named `США`
    return kind


@functools.lru_cache(maxsize=4096)
def descriptor_lemma(word: str) -> Optional[str]:
    """A generic kind of organisation, in any case (a normal form may leave `онлайн-издания`)."""
    from pipeline.models import morph_analyzer
    if word in KINDS_BEFORE_NAMES:
        return word
    return next((p.normal_form for p in morph_analyzer().parse(word)[:2] if p.normal_form in KINDS_BEFORE_NAMES), None)


LEADING_THE = re.compile(r"^the\s+(?=\S+\s+\S)")   # before two words or more: not `The Bell`, `The Insider`


def same_name(kind: str, name: str, in_article: bool = False) -> str:
    """What two names of one entity share: the name in lower case with ё as е; for an
    organisation, without a leading `The` (`The New York Times`), its short name written out (`Минобороны`, `Министерство обороны`), and in
    one article a ministry's without a trailing `РФ` or `России` (`Минобороны РФ`; not `Банк
    России` and `Банк`; over a run a bare `Минобороны` may be another country's)."""
    name = name.lower().replace("ё", "е")
    if kind != "ORG":
        return name
    name = LEADING_THE.sub("", name)   # `The New York Times`, `New York Times`
    if in_article and name in CENTRAL_BANK_NAMES:   # `ЦБ`, `Центробанк`, `Банк России`
        return CENTRAL_BANK
    first, _, rest = name.partition(" ")
    name = " ".join(filter(None, (ORG_SHORT_FORMS.get(first, first), rest)))
    for designator in RUSSIAN_DESIGNATORS if in_article else ():
        if name.startswith("министерство ") and name.endswith(designator):
            return name[:-len(designator)]
    return name


def link_mentions(mentions: List[Mention], text: str = "") -> List[Mention]:
    persons = [m for m in mentions if m.type == "PER"]
    spans = find_quote_spans(text) if text else []
    quoted = frozenset(m.mention_id for m in persons if any(q.start < m.start and m.end < q.end for q in spans))
    person_names = link_persons(persons, quoted)
    others = defaultdict(list)
    for m in mentions:
        if m.type != "PER":
            others[(m.type, same_name(m.type, m.normal, in_article=True))].append(m)
    other_names = {}
    for m in mentions:   # `телеканал CNN` and `CNN`: one organisation, named by its own name
        if m.type == "ORG" and own_name(m.normal) != m.normal:
            others[("ORG", same_name("ORG", own_name(m.normal), in_article=True))].extend(
                others.pop(("ORG", same_name("ORG", m.normal, in_article=True)), []))
    placed = _bare_of_placed(mentions)
    sharing = Counter(placed.values())
    for key, base in placed.items():   # `Конгресс США` and `Конгресс`: one in an article (not where
        if base != key and ("ORG", base) in others and ("ORG", key) in others \
                and sharing[base] == 1:   # `МИД России` and `МИД Молдавии` share it)
            others[("ORG", key)].extend(others.pop(("ORG", base)))
    full_names = {**_abbreviations_joined(others), **_stumps_joined(others), **_heads_joined(others, text)}
    for key, ms in others.items():
        written = [x for x in ms if x.type == "ORG" and not _short_form(own_name(x.normal))]   # (`Министерство обороны
        # РФ`, however often `Минобороны`: written out where the article does)
        name = Counter(own_name(x.normal) if x.type == "ORG" else x.normal for x in written or ms).most_common(1)[0][0]
        name = full_names.get(key, name)   # `Федеральная антимонопольная служба (ФАС)`, however often `ФАС`
        own = [x.normal for x in ms if x.type == "ORG" and x.normal.lower() == CENTRAL_BANK]
        name = own[0] if own else name   # `Банк России`, however often `ЦБ`
        other_names.update({m.mention_id: name for m in ms})
    names_by_id = {**person_names, **other_names}
    linked = [replace(m, entity_key=f"{m.type}:{names_by_id[m.mention_id]}") for m in mentions]
    return link_nicknames(link_originals(linked, text), text)


def _short_form(name: str) -> bool:
    """A body's short name that ORG_SHORT_FORMS writes out (`Минобороны РФ`, `Минздрав`, `Госдеп`)."""
    return name.split(" ", 1)[0].lower() in ORG_SHORT_FORMS


ABBREVIATION = re.compile(r"^[А-ЯЁA-Z]{2,6}$")
INITIAL_SKIPPED = frozenset("по и в во на с со для о об при".split())   # `Министерство по чрезвычайным ситуациям`


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w-]+", name) if w.lower() not in INITIAL_SKIPPED).upper()


def _abbreviations_joined(others: Dict[tuple, List[Mention]]) -> Dict[tuple, str]:
    """An organisation's abbreviation and its full name in one article are one organisation,
    named by both: `ФАС` is `Федеральная антимонопольная служба (ФАС)` (the initials of its
    words, prepositions aside), found by either. Joins the groups of ``others`` in place;
    returns the name of each joined group."""
    fulls = {}
    for key in list(others):
        if key not in others or key[0] != "ORG":
            continue
        abbreviation = own_name(others[key][0].normal)
        if not ABBREVIATION.match(abbreviation):
            continue
        full = next((k for k, ms in others.items() if k != key and k[0] == "ORG" and any(
            len(x.normal.split()) >= 2 and _initials(own_name(x.normal)) == abbreviation.upper() for x in ms)), None)
        if full is not None:
            others[full].extend(others.pop(key))
            name = Counter(own_name(x.normal) for x in others[full]   # the name it abbreviates (`Европейская
                           if _initials(own_name(x.normal)) == abbreviation.upper()   # комиссия`, not `Еврокомиссия`)
                           and not ABBREVIATION.match(own_name(x.normal))).most_common(1)[0][0]
            fulls[full] = f"{name} ({abbreviation})"
    return fulls


def _stumps_joined(others: Dict[tuple, List[Mention]]) -> Dict[tuple, str]:
    """An organisation's stump compound and its full name in one article are one organisation,
    named by the full name: `Нацбанк` is `Национальный банк Казахстана`, `Минфин` is
    `Министерство финансов` (each part the start of a word in turn). Joins the groups of
    ``others`` in place; returns the name of each joined group."""
    fulls = {}
    for key in list(others):
        if key not in others or key[0] != "ORG":
            continue
        m = STUMP.match(own_name(others[key][0].normal))
        if not m:
            continue
        prefix, rest = m.group(1).lower(), m.group(2)
        full = next((k for k, ms in others.items() if k != key and k[0] == "ORG" and _stump_of(prefix, rest, own_name(ms[0].normal))),
                    None)
        if full is not None:
            others[full].extend(others.pop(key))
            fulls[full] = Counter(own_name(x.normal) for x in others[full] if not STUMP.match(own_name(x.normal))
                                  ).most_common(1)[0][0]
    return fulls


def _heads_joined(others: Dict[tuple, List[Mention]], text: str) -> Dict[tuple, str]:
    """A body named by its kind's word alone, capitalised (`отмечают в Комитете`), and the one
    body of the article whose name holds that word (`Антимонопольный комитет Украины`) are one
    organisation, named by the full name; with two such bodies, or the word in lower case
    outside that body's name (`совета директоров`: a body the tagger left unnamed), neither.
    Joins the groups of ``others`` in place; returns the name of each joined group."""
    fulls = {}
    for key in list(others):
        if key not in others or key[0] != "ORG" or " " in key[1] or key[1] not in ORG_HEADS \
                or not all(x.text[:1].isupper() for x in others[key]):
            continue
        owners = [k for k in others if k != key and k[0] == "ORG" and key[1] in k[1].split()[:3]]
        if len(owners) == 1 and not _word_outside(key[1], others[owners[0]], text):
            full, = owners
            others[full].extend(others.pop(key))
            longer = [own_name(x.normal) for x in others[full] if " " in own_name(x.normal)]
            fulls[full] = Counter(longer).most_common(1)[0][0] if longer else own_name(others[full][0].normal)
    return fulls


def _word_outside(noun: str, mentions: List[Mention], text: str) -> bool:
    """Whether the noun stands in lower case, in any case form, outside the mentions."""
    return any(not any(m.start <= w.start() < m.end for m in mentions) for w in re.finditer(_case_forms(noun), text))


def _case_forms(noun: str) -> str:
    """A pattern of a noun's case forms in lower case (`комитет`, `комитета`, `комиссии`)."""
    stem = noun[:-1] if noun[-1:] in "аеиоуыюяйь" else noun
    return rf"\b{re.escape(stem)}(?:[аеиоуыюя]|ом|ем|ой|ей|ам|ям|ами|ями|ах|ях|ов|ев)?\b"


def _stump_of(prefix: str, rest: str, name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and words[0].startswith(prefix) and words[1].startswith(rest[:3])


def _bare_of_placed(mentions: Sequence[Mention]) -> Dict[str, str]:
    """Same-name keys of organisations named with the place they belong to (`Конгресс США`,
    a place's mention ending the name) → the key of the name without it (`конгресс`)."""
    places = [m for m in mentions if m.type == "LOC"]
    out = {}
    for m in mentions:
        place = next((p for p in places if m.type == "ORG" and m.start < p.start and p.end == m.end), None)
        words = m.normal.split()
        if place is not None and len(words) > len(place.text.split()):
            out[same_name("ORG", m.normal, in_article=True)] = same_name(
                "ORG", " ".join(words[:-len(place.text.split())]), in_article=True)
    return out


def link_originals(mentions: List[Mention], text: str) -> List[Mention]:
    """`Питер Пиот (Peter Piot)`, `Марина Зорина (настоящее имя — Марина Зуева)`: a name in
    parentheses right after a name, alone or after words for another name, is the same entity;
    so is a one-word name a full name is `известный как` (`Алишер Валеев, известный как Моргенштерн`),
    and an organisation's abbreviation in brackets after its name."""
    out = list(mentions)
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        if m.type == prev.type == "PER" and OTHER_NAME_IN_PARENTHESES.fullmatch(text[prev.end:m.start]) \
                and text[m.end:m.end + 1] == ")":
            if _real_name_fuller(prev, m, text):   # `Глюкоза (настоящее имя - Наталья Чистякова-Ионова)`: the
                old = prev.entity_key              # stage name's every mention goes by the first name and surname
                out = [replace(x, entity_key=m.entity_key) if x.entity_key == old else x for x in out]
            elif _religious_name_and_surname(prev, m, text) and not any(
                    x.entity_key in (prev.entity_key, m.entity_key) and x.normal not in (prev.normal, m.normal) for x in out):
                # `игумен Серафим (Кулагин)`: `Серафим Кулагин` (not where either word's entity holds another name:
                # `его брат Михаил Кулагин`, `Серафим Саровский`)
                old, key = {prev.entity_key, m.entity_key}, f"PER:{prev.normal} {m.normal}"
                out = [replace(x, entity_key=key) if x.entity_key in old else x for x in out]
            else:
                out[i] = replace(m, entity_key=prev.entity_key)
        elif m.type == prev.type == "PER" and KNOWN_AS.fullmatch(text[prev.end:m.start]) \
                and len(prev.normal.split()) >= 2 and len(m.normal.split()) == 1:
            old = m.entity_key   # `Алишер Валеев, известный как Моргенштерн`: the alias's every mention is the person's
            out = [replace(x, entity_key=prev.entity_key) if x.entity_key == old else x for x in out]
        elif (full := next((x for x in out[max(0, i - 3):i] if _abbreviation_defined(x, m, text)), None)) \
                and not any(x.type == "LOC" and x.normal == m.normal and not _bracketed(x, text) for x in out):
            # `Антимонопольный комитет Украины (АМКУ)` (its `Украины` a mention between): the abbreviation's
            # every mention, however tagged, is the body's, named by both (as `_abbreviations_joined` names
            # those whose initials it is); not one the article uses for a place outside brackets
            key = full.entity_key if full.entity_key.endswith(f"({m.text})") else f"{full.entity_key} ({m.text})"
            out = [replace(x, type="ORG", entity_key=key) if x.entity_key == full.entity_key
                   or x.type != "PER" and x.normal == m.normal else x for x in out]
    return out


def link_nicknames(mentions: List[Mention], text: str) -> List[Mention]:
    """`Зовут его Ханс-Йорг Вьедль. Но он давно привык к другому прозвищу ... — Джордж-змей`,
    `Аслан Усоян по прозвищу Дед Хасан`: every person's mention named by the nickname's words
    alone (`рассказывает Джордж`) is the person's; so is any mention of a nickname of two words
    as a whole (`к Джорджу-змею`, however tagged), and, where the tagger saw no name, the
    nickname of two words as written. Not where another person of the article has a name with
    those words (`Джордж Буш`); a place or a body a one-word nickname names stays itself (`с
    позывным Урал ... родом с Урала`)."""
    out = list(mentions)
    for word in NICKNAME_WORDS.finditer(text):
        found = NICKNAME_AFTER.match(text, word.end()) or NICKNAME_AFTER_DASH.match(text, word.end())
        owner = _nickname_owner(out, text, word.start()) if found else None
        if owner is None:
            continue
        written = _name_words(found.group(1))
        whole = len(written) >= 2
        nickname = written | {w for m in out if found.start(1) <= m.start < found.end(1) for w in _name_words(m.normal)}
        named = [m for m in out if m.entity_key != owner.entity_key and _name_words(m.normal) <= nickname
                 and (m.type == "PER" or whole and _name_words(m.normal) == nickname)
                 and not re.match(r"\s+[А-ЯЁA-Z]", text[m.end:m.end + 2])]   # (not `Папа Римский Франциск`)
        others = [m for m in out if m.type == "PER" and m.entity_key != owner.entity_key and m not in named
                  and _name_words(m.normal) & nickname]
        if (named or whole) and not others:
            keys = {m.entity_key for m in named}
            out = [replace(m, type="PER", entity_key=owner.entity_key) if m.entity_key in keys else m for m in out]
            if whole:
                out = _nickname_spelt_out(out, text, found.group(1), owner)
    return out


def _name_words(name: str) -> set:
    return set(re.split(r"[\s-]+", name.lower()))


def _nickname_spelt_out(mentions: List[Mention], text: str, nickname: str, owner: Mention) -> List[Mention]:
    """The nickname as written where the tagger saw no name (`— недоумевает Джордж-змей`): a
    mention of the person."""
    taken = [(m.start, m.end) for m in mentions]
    new = [Mention(owner.doc_id, 0, at.start(), at.end(), nickname, "PER", nickname, owner.entity_key)
           for at in re.finditer(rf"(?<![\w-]){re.escape(nickname)}(?![\w-])", text)
           if not any(a < at.end() and at.start() < b for a, b in taken)]
    if not new:
        return mentions
    first = max(m.mention_id for m in mentions) + 1
    new = [replace(m, mention_id=first + k) for k, m in enumerate(new)]
    return sorted(mentions + new, key=lambda m: m.start)


def _nickname_owner(mentions: Sequence[Mention], text: str, at: int) -> Optional[Mention]:
    """The person named in full right before a nickname's words: nothing but an aside between,
    or a pronoun pointing back and no noun (the nickname of a relative, a neighbour, an animal)."""
    before = [m for m in mentions if m.type == "PER" and at - NICKNAME_OWNER_REACH <= m.end <= at]
    owner = before[-1] if before else None
    if owner is None or len(owner.normal.split()) < 2:
        return None
    between = text[owner.end:at]
    if NICKNAME_OWNER_ASIDE.fullmatch(between):
        return owner
    return owner if NICKNAME_OWNER_PRONOUN.search(between) and not _noun_between(between) else None


def _noun_between(words: str) -> bool:
    """A word the dictionary reads first as a noun (`сын`, `соседа`, `корова`)."""
    return any(p and "NOUN" in p[0].tag for p in (name_parses(w) for w in re.findall(r"[а-яё]+", words.lower())))


def _bracketed(m: Mention, text: str) -> bool:
    """The mention alone in brackets (`(АМКУ)`)."""
    return text[max(0, m.start - 3):m.start].rstrip().endswith("(") and text[m.end:m.end + 1] == ")"


def _abbreviation_defined(full: Mention, abbreviation: Mention, text: str) -> bool:
    """An organisation's name of two words or more with capitals in brackets right after it
    whose letters come in order in the name, the first its first (`Антимонопольный комитет
    Украины (АМКУ)`; not `Федеральная резервная система (США)`), and no country's (`РФ`)."""
    if full.type != "ORG" or abbreviation.type == "PER" or not ABBREVIATION.match(abbreviation.text) \
            or abbreviation.text.lower() in SAME_PLACE \
            or not re.fullmatch(r"\s*\(\s*", text[full.end:abbreviation.start]) or text[abbreviation.end:abbreviation.end + 1] != ")":
        return False
    name = own_name(full.normal)
    letters = iter(re.sub(r"[^\w]", "", name).upper())
    return len(name.split()) >= 2 and name[:1].upper() == abbreviation.text[0] \
        and all(c in letters for c in abbreviation.text)


def _religious_name_and_surname(name: Mention, surname: Mention, text: str) -> bool:
    """A first name alone and a surname alone right after it in brackets (`игумен Серафим
    (Кулагин)`, `митрополит Иларион (Алфеев)`): a cleric's name and the surname he was born with."""
    return text[name.end:surname.start].strip() == "(" and len(name.normal.split()) == 1 == len(surname.normal.split()) \
        and names.first_name_known(name.normal, nominative=True) and not names.first_name_known(surname.normal, nominative=True)


def _real_name_fuller(alias: Mention, real: Mention, text: str) -> bool:
    """The name in brackets is said to be the real one, and it gives a first name and surname
    where the name before it is one word (a stage name: `Глюкоза`, `Моргенштерн`)."""
    said_real = bool(REAL_NAME_WORDS.search(text[alias.end:real.start]))
    return said_real and len(alias.normal.split()) == 1 and len(real.normal.split()) >= 2


NER_CHUNK = 5000


def text_pieces(text: str, limit: int = NER_CHUNK):
    """(offset, piece): consecutive lines grouped into pieces of at most ``limit`` characters
    (the tagger sees the context natasha would give it); an over-long line is cut at spaces."""
    window = None   # (start, end)
    for line in re.finditer(r"[^\r\n]+", text):
        if window and line.end() - window[0] > limit:
            yield window[0], text[window[0]:window[1]]
            window = None
        if line.end() - line.start() > limit:
            yield from _cut_line(line.start(), line.group(), limit)
            continue
        window = (window[0] if window else line.start(), line.end())
    if window:
        yield window[0], text[window[0]:window[1]]


def _cut_line(start: int, value: str, limit: int):
    while len(value) > limit:
        cut = value.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        yield start, value[:cut]
        start, value = start + cut, value[cut:]
    if value.strip():
        yield start, value


def within_lines(text: str, spans) -> List[Span]:
    """A name never crosses a line break: a span the tagger ran over one keeps its last line
    (`Заголовок\n\nЦентр контроля` → `Центр контроля`)."""
    out = []
    for start, stop, kind in spans:
        cut = text.rfind("\n", start, stop)
        start = cut + 1 if cut >= 0 else start
        while start < stop and text[start].isspace():
            start += 1
        if start < stop:
            out.append((start, stop, kind))
    return out


def ner_spans(documents: Sequence[Document], models, tokens: Sequence[Sequence[Token]]) -> List[List[Span]]:
    """natasha NER over each line of each document, batched; spans in document offsets. The
    tagger sees each piece as the document's own tokens in it (razdel's, per sentence, which
    rarely differ from razdel over the whole piece: `COVID-19. 12 января` keeps its period
    apart), not a second tokenization of the text."""
    pieces, words = [], []
    for i, (d, toks) in enumerate(zip(documents, tokens, strict=True)):
        starts = [t.start for t in toks]
        for offset, piece in text_pieces(d.text):
            first, last = bisect.bisect_left(starts, offset), bisect.bisect_left(starts, offset + len(piece))
            pieces.append((i, offset, piece))
            words.append([(t.start - offset, t.end - offset, t.text) for t in toks[first:last]])
    result: List[List[Span]] = [[] for _ in documents]
    for (index, offset, piece), spans in zip(pieces, models.named_entities(words)):
        result[index].extend((offset + start, offset + stop, kind) for start, stop, kind in within_lines(piece, spans))
    return result
