"""Speaker attribution: an ordered list of named rules over the source phrase. Each rule
returns a Speaker or None; the first answer wins and its name is recorded in
``quotes.attribution``. A source that names nobody (an unnamed expert, `источник`) gets
no speaker and the reason (`none:anonymous`, `none:no_source`, `none:no_candidate`)."""
import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Callable, Iterator, List, Optional, Sequence, Tuple

from pipeline.lexicons.cues import CONTINUING_CUES, DASHES, RELATIVE_WORDS, REPLY_CUES, REPORTING_PHRASE_FORMS, SPEECH_VERBS, SUBJECTLESS_OPENERS
from pipeline.lexicons.organizations import (OTHER_KIND_WORDS, SPORT_WORDS, COMPANY_ONLY_NOUNS, ORG_COMPOUND_HEADS, CLUB_HEADS, COMPANY_HEADS, MINISTRY_WORDS, PRODUCT_NOUNS, BODY_KINDS, CENTRAL_BANK, COMPANY_NOUNS, REGULATOR_NOUNS, DEPARTMENT_ABBREVIATIONS, DEPARTMENT_HEADS, DEPARTMENT_PREFIXES,
                                             COMPANY_KIND_NOUNS, FIELD_DEPARTMENTS, FIELD_DEPARTMENT_WORDS, GENERIC_ORG_NOUNS, KIND_ABBREVIATIONS, MEDIA, MEDIA_CYRILLIC_WORDS, MEDIA_DESCRIPTORS,
                                             MEDIA_NAME_WORDS, MINISTRIES, ORG_DESCRIPTORS, ORG_HEADS, ORG_SHORT_FORMS, VENUE_NOUNS,
                                             WEB_DOMAIN)
from pipeline.lexicons.names import HONORIFICS, KIN_BEFORE_NAME, NAMED_AFTER   # `центр имени Чумакова`: no person speaking
from pipeline.lexicons.name_endings import FEMININE_SURNAME_ENDINGS
from pipeline.lexicons.places import COUNTRIES, COUNTRY_OF_ADJECTIVE, SAME_PLACE
from pipeline.lexicons.sources import (GENERIC_ROLE_WORDS, ALIAS_WORDS, ANONYMOUS_NOUNS, LEADER_WORDS, NOT_THE_HOLDER, OWNER_PRONOUNS, ANYBODY_NOUNS, WOMENS_CAREER_NOUNS, ASSEMBLY_MEMBERS, CITED_NOUNS,
                                       ANALYSIS_STEMS, ANALYST_WORDS, COLLECTIVE_NOUNS, CONTRAST_WORDS, DESCRIPTION_REACH,
                                       BODY_HEADS, EXPERT_WORDS, EXPLAINING_ON_CUES, HEAD_ROLES_OF_BODY, INDEFINITE_WORDS, NOT_OFFICE_BODIES, OFFICE_ALIASES, OFFICE_NOUNS,
                                       KIN_NOUNS, LATEST_PERSON_SENTENCES, LATTER_WORDS, MEDIA_STAFF_NOUNS,
                                       NAMED_AFTER_SENTENCES, NATIONALITIES, NATIONALITY_REACH, NICKNAME_NOUNS,
                                       OFFICE_TITLES, ONLY_PERSON_SENTENCES, TAKING_THE_FLOOR,
                                       EMPHATIC_WORDS, COUNTRY_NOUNS, PERSON_STATUS_NOUNS, RESIDENT_SUFFIXES, OCCUPATION_FIELDS, MEDICAL_SPECIALISTS, MEDICAL_FIELD, MEDICAL_DEGREE_FIELD, DOCTOR_WORDS, DEGREE_WORDS, ORG_PHRASE_SENTENCES, PAGE_NOUNS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS,
                                       PLURAL_VERB_NOUNS, POSSESSIVE_PRONOUNS, PRESS_NOUNS, QUANTIFIER_WORDS,
                                       ROLE_BASE_PREFIXES, ROLE_FEMININE_SUFFIXES, ROLE_NOUNS, ROLE_PREFIXES,
                                       ROLE_SYNONYMS, ROLE_WORDS, STATEMENT_DOCUMENTS,
                                       STATEMENT_DOCUMENT_REACH, STATUS_WORDS, UNSPECIFIED_HEADS)
from pipeline.records import Mention, Token
from pipeline.stages.entities import descriptor_lemma, descriptor_of, normal_form, own_name, same_name
from pipeline.stages.quote_context import OPENING_MARKS, Context, addressed, feats, on_headline, paragraph_breaks, tokens_between
from pipeline.stages.quote_cues import cue_lemma
from pipeline.stages.sources import head_of, latin, role_read_as_adjective
from pipeline.stages.name_evidence import oblique_surname
from pipeline.stages.names import genitive_phrase, oblique_only_surname

GENDERS = {"Masc": "Masc", "Fem": "Fem"}
HEADLINE_CUES = (":",) + tuple(DASHES)   # the cue of a headline attribution (quote_headlines)
BULLETS = "•·▪●"   # a teaser's item (`• Политолог считает, что ...`) names its source before the text does


@dataclass(frozen=True)
class Speaker:
    name: Optional[str]
    type: Optional[str]       # PER / ORG / LOC, None for an anonymous source
    key: Optional[str]        # the within-article entity key
    start: int                # the word that names the speaker (name, pronoun or role)
    end: int
    rule: str
    kind: str = "person"      # source kind: person, organisation, media, anonymous, collective


@dataclass(frozen=True)
class Source:
    """Where the rules look for a speaker: the phrase naming the source at one cue."""
    cue: Token
    words: Tuple[Token, ...]               # the noun phrase naming the source (may be empty)
    previous_speakers: Sequence[Speaker]   # speakers of the article's earlier statements
    enclosing: frozenset = frozenset()     # keys of the speakers whose own words hold the cue (speech, or a quotation)
    content_start: Optional[int] = None    # where the statement's content starts (before the cue in `«...», — сказал X`)
    last: Optional[Speaker] = None         # the speaker (or reason for none) of the statement just before, in
                                           # this paragraph or the one before
    said: Tuple[Tuple[int, int, Optional[str]], ...] = ()   # earlier statements' content spans, speakers' keys

    @property
    def head(self) -> Optional[Token]:
        return head_of(self.words)

    @property
    def gender(self) -> Optional[str]:
        """The gender the cue verb shows (`сказала`), or a feminine head noun's (`собеседница`;
        a masculine role noun names women too: `министр Светлана Леонтьева`)."""
        cue = feats(self.cue)
        if cue.get("Gender") in GENDERS and cue.get("Number") != "Plur" and self.cue.pos != "NOUN":   # `шутит`[NOUN]: a tag
            return GENDERS[cue["Gender"]]
        head = feats(self.head) if self.head is not None else {}
        feminine = head.get("Gender") == "Fem" or (self.head is not None and _womans_noun(self.head.text))
        return "Fem" if feminine and head.get("Number") != "Plur" and self.head.pos in ("NOUN", "PROPN") \
            else None   # (capitalised at a sentence's start, the tagger may call it a proper noun: `Биатлонистка настаивает`)


@functools.lru_cache(maxsize=4096)
def _womans_noun(word: str) -> bool:
    """The dictionary reads the word only as a woman's noun, whatever gender the tagger gave it
    (`саратовчанка`, which the tagger took for an inanimate masculine)."""
    from pipeline.models import morph_analyzer
    nouns = [p for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("anim" in p.tag and "femn" in p.tag for p in nouns)


def kind_of(m: Mention) -> str:
    if m.type == "PER":
        return "person"
    if media_name(m.text) or media_name(m.normal) or (m.type == "ORG" and MEDIA_NAME_WORDS.search(m.normal)):
        return "media"   # `телеканал CNN`, `издание Sciencemag`, `Интерфакс-Юг`, `The Detroit News` too
    return "collective" if m.type == "LOC" else "organisation"


QUOTATION_MARKS = str.maketrans("", "", "«»\"“”„")


def media_name(name: str) -> bool:
    """Whether an organisation's name is a medium's: listed (`РИА «Новости»`, `«Интерфакс»`,
    `Интерфакс-Юг`), with a medium's kind before it (`газета «Ведомости»`, `телеканал 360`,
    `издание Sciencemag`), a web address (`NEWSru.com`), or a medium's word (`НЕВСКИЕ НОВОСТИ`)."""
    low = " ".join(name.lower().translate(QUOTATION_MARKS).split())
    if not low:
        return False
    words = name.split()
    kind_and_name = len(words) > 1 and descriptor_lemma(words[0].lower()) in MEDIA_DESCRIPTORS and _own_name_start(words[1])
    return (low in MEDIA or own_name(name).lower() in MEDIA or low.partition("-")[0] in MEDIA
            or descriptor_of(name) in MEDIA_DESCRIPTORS or kind_and_name
            or bool(WEB_DOMAIN.search(low)) or any(w in MEDIA_CYRILLIC_WORDS for w in low.split()))


def _own_name_start(word: str) -> bool:
    """A word that opens an organisation's own name after its kind: quoted, Latin or a number."""
    return word[:1] in "«\"“„" or latin(word[:1]) or word[:1].isdigit()


def from_mention(m: Mention, rule: str, at: Optional[Token] = None) -> Speaker:
    name = m.entity_key.partition(":")[2] or m.normal
    start, end = (at.start, at.end) if at is not None else (m.start, m.end)
    return Speaker(name, m.type, m.entity_key, start, end, rule, kind_of(m))


def _mentions_in(ctx: Context, words: Sequence[Token]) -> List[Tuple[Mention, Token]]:
    """Mentions inside the phrase, each with its first token, in text order; not a name in a
    title the phrase quotes (`звезда фильма "Черный Адам"`)."""
    seen, out = set(), []
    quoted = bool(words) and not ctx.inside_quote(words[0].start)
    for t in words:
        m = ctx.mention_of.get(t.token_id)
        if m and quoted and m.type == "PER" and ctx.inside_quote(m.start):
            continue
        if m and m.mention_id not in seen:
            seen.add(m.mention_id)
            out.append((m, t))
    return out


def _named_after(ctx: Context, t: Token) -> bool:
    """A namesake after `имени` (`центр имени Чумакова`), not a person called so (`очевидица по
    имени Виктория`)."""
    return t.token_id > 0 and ctx.tokens[t.token_id - 1].text.lower() in NAMED_AFTER \
        and not (t.token_id > 1 and ctx.tokens[t.token_id - 2].text.lower() == "по")


# ---------------------------------------------------------------- rules

def rule_named_subject(ctx: Context, src: Source) -> Optional[Speaker]:
    """The phrase's head is a name: `Лавров заявил`, `по словам Ушакова`, `сообщает ТАСС`."""
    head = src.head
    if head is None:
        return None
    chain = [head] + [c for c in ctx.children.get(head.token_id, []) if c.rel in ("flat:name", "flat")]
    for t in chain:
        m = ctx.mention_of.get(t.token_id)
        if m and t is not head and _named_in_apposition_after(ctx, head, t):
            continue   # `Адвокат Шамрая[flat] Михаил Голованов[appos]`: whose lawyer; the title rule names him
        if m and m.type == "PER" and addressed(ctx.doc.text, m):
            return None   # `— Михаил Юрьевич, большинство аналитиков считает, что ...?`: the one addressed
        if m and not _anonymous(m) and not _generic_name(m):   # a capitalised `Регулятор` natasha tags is no name
            person = _person_closing(ctx, src, m) if m.type != "PER" else None
            return from_mention(person or _body_of_press_service(ctx, m), "named_subject")
    return _name_before_description(ctx, src)


def _name_before_description(ctx: Context, src: Source) -> Optional[Speaker]:
    """`— написал Олег Куница, болельщик ХК «Арктика»`: the phrase opens with a person's name and
    a comma, and the parse made the description after it the head; the name is the speaker."""
    head, words = src.head, src.words
    m = ctx.mention_of.get(words[0].token_id) if words else None
    if m is None or m.type != "PER" or head.start < m.end or head.pos not in ("NOUN", "PROPN"):
        return None
    after = [w for w in words if w.start >= m.end][:1]
    return from_mention(m, "named_subject") if after and after[0].text == "," and ctx.mention_case(m) in ("Nom", None) else None


def _named_in_apposition_after(ctx: Context, head: Token, t: Token) -> bool:
    """A person's name in apposition to the role head after ``t``."""
    return any(c.rel == "appos" and c.start > t.start and getattr(ctx.mention_of.get(c.token_id), "type", None) == "PER"
               for c in ctx.children.get(head.token_id, []))


def _person_closing(ctx: Context, src: Source, m: Mention) -> Optional[Mention]:
    """A person's name after the body the parse made the head, closing the phrase: the phrase
    names the person (`Управляющий Национальным банком Республики Ардания Томаш Вылек`)."""
    words = [w for w in src.words if w.text not in "()" and not w.text.isascii()]   # not `(Tomas Vylek)`
    last = ctx.mention_of.get(words[-1].token_id) if words else None
    relative = any(c.lemma == "который" and c.rel.startswith("nsubj") for c in ctx.children.get(src.cue.token_id, []))
    if last is None or last.type != "PER" or last.start < m.end \
            or ctx.mention_case(last) not in ("Nom", None) and not relative and not (_as_written(last) and " " in last.text):
        return None   # not an addressee: `сообщила газета «Известия» Ивану Петрову`; a relative clause's
    return last       # antecedent in any case (`выступления нардепа от ОПЗЖ Вадима Столярчука, который заявил`);
    # a full name the normal forms kept as written is a nominative, whatever case the tagger read (`ЗКО Алтын УРЫНГАЛИЕВА`)


def _generic_name(m: Mention) -> bool:
    """An organisation natasha tags that is only a generic word (`Регулятор считает`), or a
    kind of body in lower case (`— информирует федеральная служба`): no name of its own."""
    return m.type == "ORG" and (m.normal.lower() in GENERIC_ORG_NOUNS or m.text.islower() and len(m.text.split()) <= 3
                                and m.normal.split()[-1].lower() in GENERIC_ORG_NOUNS)


def _anonymous(m: Mention) -> bool:
    """`СМИ`: a name natasha tags that names nobody in particular."""
    return m.normal.lower() in ANONYMOUS_NOUNS or m.text.lower() in ANONYMOUS_NOUNS


def rule_title_with_name(ctx: Context, src: Source) -> Optional[Speaker]:
    """A description with the holder's name in apposition, in the head's case:
    `пресс-секретарь Кремля Дмитрий Песков`, `наблюдатель от ОБСЕ Хуан Суареш`,
    `по словам генерального директора центра имени Чумакова Айдара Ишмухаметова` — not a
    name in another case inside it (`спикер Путина`) nor an institution's namesake."""
    head = _number_head(src) or src.head   # `один из руководителей ЕЦБ Фабио Панетта`: the number's case
    if head is None or head.pos not in ("NOUN", "PROPN", "NUM", "ADJ"):
        return None
    case = phrase_case(head)
    animate = feats(head).get("Animacy") == "Anim"   # an animate accusative reads as a genitive (`начальника[Gen] ... Ольгу[Acc]`)
    cases = {case, "Acc"} if case == "Gen" and animate else {case}
    names = [(m, t) for m, t in _mentions_in(ctx, src.words)
             if m.type == "PER" and t.start > head.start and not _named_after(ctx, t)
             and (any(ctx.mention_in_case(m, c) for c in cases) or _feminine_reading(ctx, src, m, case) or _declined(ctx, m, case)
                  or _invariant_closing(ctx, src, m, head) or (case == "Acc" and animate and _genitive_apposition(ctx, m, t, head)))]
    if case == "Nom":   # `— сказал президент Топилину`: whom he said it to, whatever the tagger read; `Пресс-секретарь
        names = [(m, t) for m, t in names if not oblique_surname(m)   # Наргиз Закировой`: whose secretary
                 and (not oblique_only_surname(m.text.split()[-1]) or _womans_surname_as_written(src, m))]
    if not names or feats(head).get("Number") == "Plur" and not any(t.rel == "conj" for _, t in names):
        return None   # one person is not what a plural describes (`Адвокаты Юлии Тимошенко считают`)
    # a name whose last word is in the case before one only a word of which is (`Министр Андрей
    # Кравцов по итогам переговоров с главой МИД Чэнь[Nom] Юньлуном[Ins]`)
    names = [(m, t) for m, t in names if ctx.mention_case(m) in cases and (case != "Nom" or _as_written(m))] or names
    first_of_list = [(m, t) for m, t in names if t.rel != "conj"]   # `Петер Ааби и Кристина Бенн` → the first
    m, _ = (first_of_list or names)[-1]
    return from_mention(m, "title_with_name")


def _womans_surname_as_written(src: Source, m: Mention) -> bool:
    """A full name kept as written whose surname has a woman's nominative ending, with a cue of
    a woman (`Глава пресс-службы Гульназ Минниханова заявила`): her nominative, though the
    dictionary knows the word only as a man's genitive (`Минниханова` of `Минниханов`)."""
    return src.gender == "Fem" and " " in m.text and m.normal == m.text \
        and m.text.lower().endswith(FEMININE_SURNAME_ENDINGS)


def _declined(ctx: Context, m: Mention, case: Optional[str]) -> bool:
    """A name the tagger read as a nominative whose nominative differs from it as written: an
    oblique form, in the role's oblique case (`слова представительницы команды Паолы[Nom]
    Сантини`); not one it read in another oblique case (`помощника[Acc] Владимира Путина[Gen]`:
    whose assistant)."""
    return case not in (None, "Nom") and ctx.mention_case(m) == "Nom" and m.normal.lower() != m.text.lower()


def _genitive_apposition(ctx: Context, m: Mention, t: Token, head: Token) -> bool:
    """A name read as a genitive in apposition to an animate accusative past the body it
    serves (`цитирует ТАСС министра[Acc] финансов Ивана[Gen] Петрова`), or right after a word
    of address (`господина Силуанова`); not right after a role, whose the role is (`помощника
    Владимира Путина`)."""
    return (t.rel == "appos" and t.token_id > head.token_id + 1 or head.lemma.lower() in HONORIFICS) \
        and ctx.mention_in_case(m, "Gen")   # (`господина[Acc] Силуанова[Gen]`: a word of address, the name is its)


def _as_written(m: Mention) -> bool:
    """The name's normal form is its text (ё aside): no oblique case the normal forms undid."""
    return m.text.lower().replace("ё", "е") == m.normal.lower().replace("ё", "е")


def _invariant_closing(ctx: Context, src: Source, m: Mention, head: Token) -> bool:
    """A first name and surname that read the same in every case close the phrase, past words
    that cannot hold a name themselves: inanimate nouns (`профессор политологии Колумбийского
    университета Элейн Фаррелл`) or `один из` a plural (`адвокат одного из осуждённых Франческо
    Валентини`); the tagger read them as genitives. Not a name right after the role (`помощник
    Шойгу` is Шойгу's assistant), after a single person it could belong to (`адвокат обвиняемого
    Франческо Валентини`, `адвокат семьи погибшего Франческо Валентини`) or after a family."""
    toks = [t for t in tokens_between(ctx.tokens, m.start, m.end) if t.pos != "PUNCT"]
    if len(toks) < 2 or m.normal.lower() != m.text.lower() or toks[-1].end < max(w.end for w in src.words):
        return False
    between = [w for w in src.words if head.end <= w.start and w.end <= m.start and w.pos != "PUNCT"]
    if not between or any(w.lemma.lower() in KIN_NOUNS for w in between):
        return False
    if any(w.pos == "NOUN" and feats(w).get("Animacy") == "Anim" and feats(w).get("Number") == "Sing" for w in between):
        return False
    last = between[-1]
    return not (last.pos in ("ADJ", "VERB") and feats(last).get("Number") != "Plur")   # `погибшего X` is the dead man


def _number_head(src: Source) -> Optional[Token]:
    """The number that opens a phrase and heads it (`один из руководителей ...`)."""
    ids = {w.token_id for w in src.words}
    first = src.words[0] if src.words else None
    return first if first is not None and first.pos == "NUM" and first.head_id not in ids else None


ABBREVIATION_LETTERS = 4   # a word in capitals this short is an abbreviation (`ДТП`, `ЖКХ`), no surname


def rule_title_with_surname(ctx: Context, src: Source) -> Optional[Speaker]:
    """A role and a capitalised word the NER tagger missed: `профессор Карпова`,
    `Вице-премьер Голикова` → the article's person with that surname, else the word as a
    surname; any person noun before `по имени` (`очевидица по имени Виктория`)."""
    head = src.head
    called = head is not None and any(a.text.lower() == "по" and b.text.lower() == "имени" and b.start > head.start
                                      for a, b in zip(src.words, src.words[1:]))   # `очевидица по имени Виктория`
    if head is None or not (_is_role(head) or called and feats(head).get("Animacy") == "Anim"):
        return None
    case = phrase_case(head)
    after = [w for w in src.words if w.start > head.start]
    words = [w for w in after if w.pos in ("PROPN", "NOUN") and w.text[:1].isupper() and len(w.text) > 1   # not `Дональда Т …`
             and not (w.text.isupper() and len(w.text) <= ABBREVIATION_LETTERS)   # `штаба по профилактике ДТП`
             and not MIXED_ABBREVIATION.match(w.text)   # `сотрудник лаборатории ИЦиГ`
             and w.token_id not in ctx.mention_of
             and not (ctx.inside_quote(w.start) and not ctx.inside_quote(head.start))   # `звезда фильма "Черный Адам"`
             and not _named_after(ctx, w) and (feats(w).get("Case") in (case, None) or can_be(w.text, case))]
    if not words:
        return None
    word = words[-1]   # the name closes the phrase: `директора центра имени Чумакова Айдара Ишмухаметова`
    run = [w for w in words if w.token_id >= word.token_id - 1]   # with a first name before it
    owner = _full_name_with_surname(ctx, word.text)
    if owner is not None:
        return from_mention(owner, "title_with_surname", word)
    from pipeline.stages.names import normalize_person
    name = normalize_person([(w.text, case, feats(w).get("Gender")) for w in run])
    return Speaker(name, "PER", f"PER:{name}", run[0].start, word.end, "title_with_surname")


MIXED_ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,}[а-яёa-z]{1,2}[А-ЯЁA-Z]")   # an abbreviation in mixed case (`ИЦиГ`): no surname


def phrase_case(head: Token) -> Optional[str]:
    """The case of a source phrase: a subject is nominative whatever the tagger says of its
    head (`Санинструктор Ирина Самойлова признается`)."""
    return "Nom" if head.rel in ("nsubj", "nsubj:pass") else feats(head).get("Case")


def can_be(word: str, case: Optional[str]) -> bool:
    """Whether the dictionary allows ``word`` in ``case`` (`Карпова`: genitive of a man's
    surname, or a woman's in the nominative)."""
    from pipeline.models import morph_analyzer
    from pipeline.stages.names import UD_CASE
    return case is None or any(p.tag.case == UD_CASE.get(case) for p in morph_analyzer().parse(word))


def _feminine_reading(ctx: Context, src: Source, m: Mention, case: Optional[str]) -> bool:
    """`профессор Карпова`: the tagger read a genitive man's surname, but the article's
    Карпова is a woman (and the cue does not say otherwise), so it is her nominative."""
    return (ctx.entity_gender(m.entity_key) == "Fem" and src.gender in ("Fem", None)
            and can_be(m.text.split()[-1], case))


def rule_pronoun(ctx: Context, src: Source) -> Optional[Speaker]:
    """`заявил он`, `по его словам`: the latest person of the pronoun's gender before it
    (the speaker of an earlier statement when that one is nearer)."""
    head = src.head
    if head is None:
        return None
    word = head.text.lower()
    gender = PERSONAL_PRONOUNS.get(word) or POSSESSIVE_PRONOUNS.get(word)
    if gender is None or (word in PERSONAL_PRONOUNS and head.pos != "PRON"):
        return None
    found = _antecedent(ctx, src, head, gender)
    if _anonymous_antecedent(ctx, src, gender, found):
        return Speaker(None, None, None, head.start, head.end, "none:anonymous", "anonymous")
    return Speaker(found.name, found.type, found.key, head.start, head.end, "pronoun") if found else None


def _anonymous_antecedent(ctx: Context, src: Source, gender: str, found: Optional[Speaker]) -> bool:
    """`Источник агентства сообщил, что ... . Он добавил, что ...`: the pronoun goes back to the
    unnamed source of the statement just before (a word of its gender, or a pronoun that went
    back to one), not to a person named before that source."""
    last = src.last
    if last is None or last.name or last.kind != "anonymous":
        return False
    at = _token_from(ctx, last.start)
    word = ctx.tokens[at] if at < len(ctx.tokens) and ctx.tokens[at].start == last.start else None
    if word is None or not (found is None or found.end <= last.start):
        return False
    pronoun = PERSONAL_PRONOUNS.get(word.text.lower()) or POSSESSIVE_PRONOUNS.get(word.text.lower())   # a chain of them
    f = feats(word)
    return pronoun == gender or (word.pos == "NOUN" and f.get("Number") == "Sing" and f.get("Gender") == gender)


def rule_latter(ctx: Context, src: Source) -> Optional[Speaker]:
    """`Иванов ответил Петрову, а последний заявил`, `... аналитика Маркуса Хольма. Тот
    полагает, что`: the person mentioned last before it (of the cue's gender)."""
    head = src.head
    if head is None or head.lemma.lower() not in LATTER_WORDS or len(src.words) > 1 \
            or feats(head).get("Number") == "Plur" or _relative_after(ctx, head):
        return None   # not `говорят те, у кого ...`, `сказал тот, кто ...` (`Артист, считает тот, устроил`: the latter)
    people = [m for m in ctx.mentions if m.type == "PER" and m.end <= head.start and not ctx.inside_quote(m.start)
              and (src.gender is None or ctx.mention_gender(m) in (src.gender, None))]
    return from_mention(people[-1], "latter", head) if people else None


def _relative_after(ctx: Context, t: Token) -> bool:
    """A comma and a relative clause after the word (`тот, кто ...`, `те, у кого ...`)."""
    after = ctx.tokens[t.token_id + 1:t.token_id + 4]
    return bool(after) and after[0].text == "," and any(
        w.lemma in RELATIVE_WORDS or w.lemma in ("кто", "что") for w in after[1:3])   # (`тот, о ком`, `тот, которого`)


def _antecedent(ctx: Context, src: Source, at: Token, gender: Optional[str]) -> Optional[Speaker]:
    """For an opening pronoun, a person the sentence before brought in (``_introduced_just_before``;
    not with a cue that goes on, `Он добавил`); else the latest person of the gender, or the
    speaker of an earlier statement when that one is nearer or the person was named inside that
    speaker's words just before a quotation (`Лазарев уверен, что Эрдоган ... «...», — отметил
    он` → Лазарев); never the speaker whose own words hold the pronoun (`Мустафа Джемилев:
    ... Он сказал, что ...`: `он` is someone else)."""
    last = next((s for s in reversed(src.previous_speakers) if s.type == "PER" and s.key not in src.enclosing
                 and ctx.entity_gender(s.key) in (gender, None)), None)
    m = _latest_person(ctx, at.start, gender, exclude=src.enclosing)
    addressee = _addressee_just_before(ctx, src, gender) if src.cue.lemma in REPLY_CUES else None
    if addressee is not None:
        return from_mention(addressee, "")
    introduced = None if src.cue.lemma in CONTINUING_CUES else _introduced_just_before(ctx, src, at, gender)
    if introduced is not None:   # `... мы задали вирусологу Наталье Горбуновой. Она признается, что ...`
        return from_mention(introduced, "")
    reported = _reported_sentence_subject(ctx, src, gender) or _previous_subject(ctx, src, at, gender)
    if reported is not None:   # `Эрнст не выразил сожаления по поводу ухода таких звезд как Петросян. Об этом он заявил`
        return from_mention(reported, "")
    described = _role_subject_just_before(ctx, at, gender, src.enclosing)
    if described is not None:   # `Депутат мажилиса спросил у министра ... . По его словам, ...`: the deputy
        return from_mention(described, "")
    if m is None:
        return last
    if last and last.key != m.entity_key and (last.end > m.end or _named_in_words_just_before(ctx, src, m, last)):
        return last
    return from_mention(m, "")


def _reported_sentence_subject(ctx: Context, src: Source, gender: Optional[str]) -> Optional[Mention]:
    """For `Об этом он заявил` (a content that is the whole sentence before the cue's): the
    person that sentence names as its main verb's subject."""
    if src.content_start is None or src.content_start >= src.cue.start:
        return None
    first = ctx.tokens[min(_token_from(ctx, src.content_start), len(ctx.tokens) - 1)]
    sentence = ctx.by_sentence.get(first.sentence_id, [])
    if first.sentence_id >= src.cue.sentence_id or not sentence or sentence[0].token_id != first.token_id:
        return None
    return _main_subject(ctx, first.sentence_id, gender, src.enclosing)


def _token_from(ctx: Context, pos: int) -> int:
    """The index of the first token that starts at or after ``pos``."""
    return bisect.bisect_left(ctx.tokens, pos, key=attrgetter("start"))


def _previous_subject(ctx: Context, src: Source, at: Token, gender: Optional[str]) -> Optional[Mention]:
    """`Продюсер Владимир Киселев связал ... с позиционированием SHAMAN (настоящее имя Ярослав
    Дронов). Он считает, что ...`: a pronoun subject opening its sentence is the person the
    sentence before, in its paragraph, named as its main verb's subject; not where that sentence
    reports (`Песков рассказал, что Путин провел совещание. Он поручил ...`, `По словам Пескова,
    Путин ... . Он уточнил`)."""
    sentence = ctx.by_sentence.get(at.sentence_id, [])
    lead = [w for w in sentence if w.start < at.start]
    if at.text.lower() not in PERSONAL_PRONOUNS or not sentence or not (
            len(lead) <= 2 and all(w.pos in ("ADV", "CCONJ", "PUNCT") for w in lead) or _adverbial_lead(lead)):
        return None
    before = ctx.by_sentence.get(at.sentence_id - 1, [])
    if not before or "\n" in ctx.doc.text[before[-1].end:sentence[0].start] \
            or any(w.text.lower() == "что" and w.pos == "SCONJ" or w.text == ":" or w.text.lower() in REPORTING_PHRASE_FORMS
                   for w in before) or (before[0].text.lower() == "как" and any(w.lemma in SPEECH_VERBS for w in before[1:4])):
        return None   # (`По словам Пескова, Путин проведет совещание. Он уточнил`: Песков's report)
    return _main_subject(ctx, at.sentence_id - 1, gender, src.enclosing)


OPENING_PRONOUN_WORDS = 2   # words at most before a pronoun that opens its sentence (`По его словам`)
ADVERBIAL_LEAD_WORDS = 8   # words at most of a time or place before a pronoun subject (`Еще в субботу вечером он написал`)


def _adverbial_lead(lead: List[Token]) -> bool:
    """Words before a pronoun subject that say when or where (`Еще в субботу вечером`, `В колонке
    для South China Morning Post`): opened by an adverb or a preposition, no verb, no nominative
    that could be a subject of its own."""
    return 0 < len(lead) <= ADVERBIAL_LEAD_WORDS and lead[0].pos in ("ADV", "ADP") \
        and not any(w.pos in ("VERB", "AUX") or feats(w).get("Case") == "Nom" or w.text.lower() in ("что", "который")
                    for w in lead)


def _role_subject_just_before(ctx: Context, at: Token, gender: Optional[str], exclude) -> Optional[Mention]:
    """An opening pronoun after a sentence of its paragraph whose main verb's subject is a bare
    role (`Депутат мажилиса спросил у министра транспорта Марата Карабаева ... . По его словам,
    ...`): the person the article described before with that role, not the one named in the
    sentence as an object; none where that sentence reports (`что`, a colon)."""
    sentence = ctx.by_sentence.get(at.sentence_id, [])
    before = ctx.by_sentence.get(at.sentence_id - 1, [])
    if not sentence or not before or len([w for w in sentence if w.start < at.start]) > OPENING_PRONOUN_WORDS \
            or "\n" in ctx.doc.text[before[-1].end:sentence[0].start] \
            or any(w.text.lower() == "что" and w.pos == "SCONJ" or w.text == ":" for w in before):
        return None
    subject = next((w for w in before if w.rel == "nsubj" and w.head_id >= 0 and ctx.tokens[w.head_id].rel == "root"
                    and w.pos == "NOUN" and not ctx.inside_quote(w.start)), None)
    if subject is None or not _is_role(subject) or feats(subject).get("Number") == "Plur" \
            or any(ctx.mention_of.get(w.token_id) is not None for w in ctx.children.get(subject.token_id, [])):
        return None   # (`министр Иван Петров`: a name, the rules of names)
    found = [m for _, m in _described_before(ctx, _same_role_tokens(ctx, subject.lemma.lower()), subject, gender)
             if m.entity_key not in exclude]
    return _named_last(ctx, subject, found)


def _addressee_just_before(ctx: Context, src: Source, gender: Optional[str]) -> Optional[Mention]:
    """For a reply's pronoun: the person the statement just before, in the sentence before or
    this one, was put to — named in its speaker's sentence outside quotations, not its
    speaker, not a subject (`— попросил Дарькин директора ... Евгения Маркина`)."""
    last = src.last
    if last is None or not last.name or last.start >= src.cue.start:
        return None
    said = _last_token(ctx, last.end).sentence_id
    if not 0 <= src.cue.sentence_id - said <= 1:
        return None
    sentence = ctx.by_sentence.get(said, [])
    people = [m for m in ctx.mentions if m.type == "PER" and sentence and sentence[0].start <= m.start
              and m.end <= sentence[-1].end and m.entity_key != last.key and not ctx.inside_quote(m.start)
              and not _a_subject(ctx, m) and (gender is None or ctx.mention_gender(m) in (gender, None))]
    return people[-1] if len(people) == 1 else None


def _named_in_words_just_before(ctx: Context, src: Source, m: Mention, last: Speaker) -> bool:
    """A quotation, or a `по его словам` phrase, right after someone's words about another is
    the speaker's, not the other's (`Лазарев уверен, что Эрдоган ... . «...», — отметил он`;
    `Кравец напомнил, что Байден ... . По его мнению, ...`): the person is named inside
    ``last``'s statement, which ends in the sentence before, also for the cue's own pronoun
    subject; not a pronoun subject of an act that goes on with the person named (`Песков
    рассказал, что Путин провел совещание. Он поручил ... и заявил`)."""
    quoted = src.content_start is not None and src.content_start < src.cue.start and ctx.inside_quote(src.content_start + 1)
    possessive = src.head is not None and src.head.text.lower() in POSSESSIVE_PRONOUNS   # `По его мнению, ...`
    # `Лаврентьев убежден, что Веретенников прав. Вместе с тем он выразил уверенность, что ...`: the
    # pronoun is the cue's own subject (in `Он поручил ... и заявил` it is an act's)
    subject = src.head is not None and src.head.text.lower() in PERSONAL_PRONOUNS and src.head.head_id == src.cue.token_id
    if not (quoted or possessive or subject):
        return False
    at = src.content_start if quoted else src.cue.start
    first = ctx.tokens[min(_token_from(ctx, at), len(ctx.tokens) - 1)]
    return any(start <= m.start < end and key == last.key and first.sentence_id - _last_token(ctx, end).sentence_id <= 1
               for start, end, key in src.said)


def _last_token(ctx: Context, end: int) -> Token:
    """The token a span ending at ``end`` ends with."""
    i = bisect.bisect_left(ctx.tokens, end, key=attrgetter("end"))
    return ctx.tokens[min(i, len(ctx.tokens) - 1)]


def _introduced_just_before(ctx: Context, src: Source, at: Token, gender: Optional[str]) -> Optional[Mention]:
    """For a pronoun that opens its sentence, the last person the sentence before named for
    the first time in the article, in any case, outside quotations and others' words, where
    no person is that sentence's subject (`Петров встретился с Сидоровым. Он ...` is Петров's)."""
    sentence, before = ctx.by_sentence.get(at.sentence_id), ctx.by_sentence.get(at.sentence_id - 1)
    if not sentence or not before or sentence[0].token_id != at.token_id:
        return None
    people = [m for m in ctx.mentions if m.type == "PER" and before[0].start <= m.start and m.end <= before[-1].end]
    if any(_a_subject(ctx, m) for m in people):
        return None
    earlier = {m.entity_key for m in ctx.mentions if m.type == "PER" and m.start < before[0].start}
    found = [m for m in people if m.entity_key not in earlier and not ctx.inside_quote(m.start)
             and m.entity_key not in src.enclosing and not ctx.in_boilerplate(m.start)
             and not _named_after(ctx, _first_token(ctx, m)) and not any(start <= m.start < end for start, end, _ in src.said)
             and (gender is None or ctx.mention_gender(m) == gender)]
    return found[-1] if found else None


def _in_own_content(src: Source, m: Mention) -> bool:
    """The name lies in the content the cue closes (`«У Дубровского (губернатор Борис
    Дубровский, – ред.) были проблемы..., – отметил собеседник агентства`, its closing mark lost):
    who is talked about, not who talks."""
    return src.content_start is not None and src.content_start <= m.start and m.end <= src.cue.start


def _latest_person(ctx: Context, before: int, gender: Optional[str], exclude=(), src: Optional[Source] = None) -> Optional[Mention]:
    """The latest person named before ``before`` (a subject first; of the gender), outside
    quotation marks and boilerplate; with ``src``, also outside what its earlier statements
    and its own content report and outside questions (`По мнению политолога X, Байден знает ...
    Однако эксперт считает`: the expert is X, not Байден)."""
    people = [m for m in ctx.mentions if m.type == "PER" and m.end <= before
              and not ctx.inside_quote(m.start) and m.entity_key not in exclude
              and not ctx.in_boilerplate(m.start) and not _named_after(ctx, _first_token(ctx, m))
              and not (src is not None and (_reported(src, m) or _in_question(ctx, m) or _in_own_content(src, m)))
              and not _transcription(ctx, m)
              and not _in_byline(ctx, m) and not _photo_credit(ctx, m)]
    nominative = [m for m in people if _a_subject(ctx, m)]
    for pool in (nominative, people):
        for allowed in ((gender,), (gender, None)):   # a known match before an unknown gender
            for m in reversed(pool):
                if gender is None or ctx.mention_gender(m) in allowed:
                    return m
    return None


def _in_byline(ctx: Context, m: Mention) -> bool:
    """The author's name on the byline line (`Текст: Игорь Молчанов`): who wrote, not who spoke."""
    author = ctx.doc.author
    if not author:
        return False
    text = ctx.doc.text
    line = text[text.rfind("\n", 0, m.start) + 1:text.find("\n", m.end) if text.find("\n", m.end) >= 0 else len(text)]
    return author in line and len(line) <= len(author) + BYLINE_EXTRA_CHARS


BYLINE_EXTRA_CHARS = 40   # a byline line's words besides the name (`Текст:`, `Фото:`, a date)
PHOTO_CREDIT = re.compile(r"(?:[Фф]ото(?:графия)?|[Аа]втор фото|[Pp]hoto)\s*:\s*(?:©\s*)?$")


def _photo_credit(ctx: Context, m: Mention) -> bool:
    """A photographer's name after `Фото:` (`Берл Лазар. Фото: Дмитрий Дмитриев`): who took the
    picture, no one the text goes on about."""
    text = ctx.doc.text
    return bool(PHOTO_CREDIT.search(text, max(text.rfind("\n", 0, m.start) + 1, m.start - 20), m.start))


def _transcription(ctx: Context, m: Mention) -> bool:
    """A name's Latin spelling in brackets after it (`Юха Сало (Juha Salo) говорил`): the
    name before it is the one named."""
    return ctx.doc.text[:m.start].rstrip().endswith("(") and bool(latin(m.text[:1]))


def _reported(src: Source, m: Mention) -> bool:
    """The name stands in what an earlier statement reports."""
    return any(start <= m.start and m.end <= end for start, end, _ in src.said)


def _in_question(ctx: Context, m: Mention) -> bool:
    """The name stands in a sentence that asks (an interviewer's `Почему Ортега был заменен?`)."""
    words = ctx.by_sentence.get(_first_token(ctx, m).sentence_id, [])
    return bool(words) and any(t.text == "?" for t in words[-2:])


def _first_token(ctx: Context, m: Mention) -> Optional[Token]:
    toks = tokens_between(ctx.tokens, m.start, m.end)
    return toks[0] if toks else ctx.tokens[0]


def _is_role(head: Token, core: bool = False) -> bool:
    """A role noun (with ``core``, not an occupation), a former one too (`Экс-вице-президент`);
    capitalised at the start of a sentence the tagger often calls it a proper noun
    (`Политолог уверен, что ...`)."""
    return _role_lemma(head.lemma, ROLE_NOUNS if core else ROLE_WORDS) and (head.pos in ("NOUN", "PROPN")
                                                                             or role_read_as_adjective(head))


def _role_lemma(lemma: str, nouns: frozenset) -> bool:
    lemma = lemma.lower()
    return lemma in nouns or lemma.removeprefix("экс-") in nouns


def _medium_staff(src: Source) -> bool:
    """`корреспондент «Интерфакса»`, `журналист The Moscow Post`, `наш корреспондент`: a medium's
    staff with the medium named, who speaks for it and is nobody the article named before."""
    head = src.head
    if head is None or head.lemma.lower() not in MEDIA_STAFF_NOUNS:
        return False
    return any(w.start > head.start and (w.text[:1].isupper() or w.text in OPENING_MARKS or w.text == '"')
               or w.lemma.lower() == "наш" for w in src.words)


def _person_noun(ctx: Context, head: Optional[Token]) -> bool:
    """An animate singular common noun outside any name and the lists (`телеведущий`,
    `наставник`; `саратовчанка` the tagger read as inanimate), not one for anybody (`человек`)."""
    return head is not None and _common_noun(ctx, head) and (feats(head).get("Animacy") == "Anim" or _womans_noun(head.text)) \
        and feats(head).get("Number") == "Sing" and head.lemma not in ANYBODY_NOUNS


def _common_noun(ctx: Context, head: Token) -> bool:
    """A noun outside any name (the tagger calls a capitalised one a proper noun)."""
    return head.pos in ("NOUN", "PROPN") and head.lemma not in ANONYMOUS_NOUNS and head.token_id not in ctx.mention_of


def rule_role_described(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role the article tied to a name earlier: `подчеркнул вирусолог` after
    `вирусолог Сергей Нетёсов`, `профессор Карпова`, `Павел Волчков, заведующий ...`;
    the latest such person before the cue."""
    head = src.head
    if head is None or feats(head).get("Number") == "Plur" or not (
            _is_role(head) or (_common_noun(ctx, head) and feats(head).get("Animacy") != "Inan")):
        return None   # any noun for a person the article put before a name serves: `скульптор Георгий Франгулян` ...
                      # `говорит скульптор`; not a body's (`штаб президента` is no person described in `штаба Джо Байдена`)
    inside = {m.entity_key for m, _ in _mentions_in(ctx, src.words)}
    bodies = {_body_name(m) for m, _ in _mentions_in(ctx, src.words) if m.type in ("ORG", "LOC")}
    own = _body_complement(ctx, head)
    heads = _heads_of_body(ctx, head, own)   # `глава региона`: its governor; `глава минздрава`: the minister of health
    roles = sorted(_same_role_tokens(ctx, head.lemma) + heads, key=attrgetter("token_id"))
    found = [(t, m) for t, m in _described_before(ctx, roles, head, src.gender)
             if m.entity_key not in inside and _fits_bodies(bodies, _bodies_between(ctx, t, m))]
    modifiers = {w.lemma for w in src.words if w.pos in ("NOUN", "ADJ", "PROPN") and w is not head}
    status = {w.lemma for w in src.words if w.head_id == head.token_id} & STATUS_WORDS   # `избранный президент`
    found = [(t, m) for t, m in found if status <= _description_lemmas(ctx, t, m)]
    alike = [(t, m) for t, m in found if modifiers & _description_lemmas(ctx, t, m)]
    by_name = _role_organisation(ctx, head)   # (`Глава Сбербанка`: the body by its name)
    found = [(t, m) for t, m in found if (own is None and by_name is None) or own in GENERIC_ORG_NOUNS or t in heads   # another word for the role
             or (by_name is not None and not _other_organisation(ctx, t, by_name))   # (not `глава Росатома`)
             or own is not None and _body_complement(ctx, t, named=True) in (None, own)]   # heads the same body (`глава минздрава` is no
             # `руководитель оперштаба`, `глава кабинета министров` no `глава фонда` or `глава Минфина`)
    if own in HEAD_ROLES_OF_BODY and any(t in heads for t, _ in found):
        found = [(t, m) for t, m in found if t in heads]   # `глава кабинета министров`: the prime minister first
    same_body = _described_with_named_body(ctx, src, head, roles, inside, by_name)
    if same_body:
        found, alike = same_body, []
    country = _country_adjective(ctx, head)
    if country:   # `французского дипломата`: the one the article tied to France (`представитель Франции X`)
        tied = [(t, m) for t, m in found if _ties_to(ctx, t, m, country)] or [
            (t, m) for t, m in _described_before(ctx, _role_tokens(ctx), head, src.gender)
            if m.entity_key not in inside and _ties_to(ctx, t, m, country)]
        if tied:
            found, alike = tied, []
    best = _named_last(ctx, head, [m for _, m in alike or found])   # `министра транспорта`: the one described so
    if best is None and bodies:   # `глава МВФ` after `руководитель МВФ Кристалина Георгиева`
        best = _described_at(ctx, head, bodies, src.gender)
    return from_mention(best, "role_described", head) if best else None


def rule_role_field(ctx: Context, src: Source) -> Optional[Speaker]:
    """An occupation no one was described by, after the rules of the last speaker and the
    latest person: the person whose description names its field (`научный руководитель
    Гидрометцентра Аркадий Завьялов` ... `по словам синоптика`)."""
    head = src.head
    if head is None or feats(head).get("Number") == "Plur" or _mentions_in(ctx, src.words):
        return None
    best = _named_last(ctx, head, _described_in_field(ctx, head, src.gender))
    return from_mention(best, "role_field", head) if best else None


MINISTRY_STEM = 7   # letters a ministry's field shares with the minister's (`здравоохранения`, `здравоохранение`)


def _heads_of_body(ctx: Context, head: Token, own: Optional[str]) -> List[Token]:
    """The words of another role that heads the body `глава X` names: a region's governor
    (`глава региона`), a state's president, a government's prime minister, a city's mayor
    (HEAD_ROLES_OF_BODY), the minister of a ministry named by its short form (`глава минздрава` →
    `министр здравоохранения`); and for such a role, the `глава X` of its kind of body."""
    headed = {noun for noun, roles in HEAD_ROLES_OF_BODY.items() if head.lemma in roles}
    if headed:   # the other way round: `губернатор` after `глава региона Василий Голубев`
        return [t for lemma in BODY_HEADS for t in ctx.tokens_with_lemma(lemma)
                if _body_complement(ctx, t) in headed]
    if head.lemma in ("глава", "руководитель") and not own:
        named = _body_complement(ctx, head, named=True)   # `глава МИД`: a ministry by its short name
        own = named if MINISTRY_WORDS.get(named, named) in ORG_SHORT_FORMS else None
    if head.lemma not in ("глава", "руководитель") or not own:
        return []
    if own in HEAD_ROLES_OF_BODY:   # and `председатель правительства` for `глава кабинета министров`
        bodies = {noun for noun, roles in HEAD_ROLES_OF_BODY.items() if roles == HEAD_ROLES_OF_BODY[own]}
        return [t for role in HEAD_ROLES_OF_BODY[own] for t in ctx.tokens_with_lemma(role)] \
            + [t for lemma in BODY_HEADS for t in ctx.tokens_with_lemma(lemma) if _body_complement(ctx, t) in bodies
               or _body_complement(ctx, t, named=True) in bodies]   # (`Глава Республики[PROPN] Алтай`)
    full = ORG_SHORT_FORMS.get(MINISTRY_WORDS.get(own, own), "")   # (`глава дипведомства`: the foreign minister)
    if not full.startswith("министерство "):
        return []
    field = full.split(" ", 1)[1][:MINISTRY_STEM]
    return [t for t in ctx.tokens_with_lemma("министр") if any(w[:MINISTRY_STEM] == field for w in _field_words(ctx, t))]


def _field_words(ctx: Context, minister: Token) -> List[str]:
    """The lemmas that name a minister's field: the genitive noun it heads and that noun's
    adjectives (`министр здравоохранения`, `министр иностранных дел`)."""
    noun = next((c for c in ctx.children.get(minister.token_id, []) if c.rel == "nmod" and c.pos == "NOUN"
                 and feats(c).get("Case") == "Gen" and feats(c).get("Animacy") == "Inan"), None)
    if noun is None:
        return []
    return [noun.lemma.lower()] + [a.lemma.lower() for a in ctx.children.get(noun.token_id, []) if a.rel == "amod"]


def _field_stems(lemma: str) -> Tuple[str, ...]:
    """The stems of an occupation's field as a description names it (OCCUPATION_FIELDS; a noun
    in -лог is in its field's name, `гидролог` in `гидрология`; one in -ист in its stem)."""
    if lemma in OCCUPATION_FIELDS:
        return OCCUPATION_FIELDS[lemma]
    if lemma in MEDICAL_SPECIALISTS:
        return (lemma[:-1] if lemma.endswith("лог") else lemma, *MEDICAL_FIELD)
    if lemma.endswith("лог"):
        return (lemma,)
    return (lemma[:-3],) if lemma.endswith("ист") and len(lemma) >= 8 else ()


def _described_in_field(ctx: Context, head: Token, gender: Optional[str]) -> List[Mention]:
    """The people a role word described with a description that names the field of the
    occupation ``head`` names (`начальник отдела гидрологии Виктор Ляпин` for `гидролог`)."""
    stems = _field_stems(head.lemma.lower())
    if not stems:
        return []
    return [m for t, m in _described_before(ctx, _role_tokens(ctx), head, gender)
            if _names_field(_description_lemmas(ctx, t, m), stems + (_degree_field(head) if t.lemma.lower() in DEGREE_WORDS else ()))
            and not _other_doctor(ctx, head, m.entity_key)]


def _degree_field(head: Token) -> Tuple[str, ...]:
    """The stems a degree names for a medical specialty's field (`кандидат медицинских наук`);
    any other description names medicine by its places only (MEDICAL_FIELD: not `Фонд
    обязательного медицинского страхования`)."""
    return MEDICAL_DEGREE_FIELD if head.lemma.lower() in MEDICAL_SPECIALISTS else ()


def _other_doctor(ctx: Context, head: Token, key: str) -> bool:
    """The occupation is a medical specialty and the article described the person as a doctor
    of another (`Педиатр ... Алексей Тимошин` is no `офтальмолог`)."""
    lemma = head.lemma.lower()
    return lemma in MEDICAL_SPECIALISTS and any(t.lemma.lower() in MEDICAL_SPECIALISTS and t.lemma.lower() != lemma
                                                for t in _roles_describing(ctx, head, key))


def _roles_describing(ctx: Context, head: Token, key: str) -> List[Token]:
    """The role words before ``head`` that describe the person of ``key``, in text order."""
    return [t for t in _role_tokens(ctx) if t.start < head.start and (m := _described(ctx, t)) is not None and m.entity_key == key]


def _names_field(lemmas, stems) -> bool:
    """A description's lemmas name a field (a stem of four letters or fewer is a whole word: `мид`)."""
    return any(lemma == stem if len(stem) <= 4 else stem in lemma for lemma in lemmas for stem in stems)


def rule_headline_role(ctx: Context, src: Source) -> Optional[Speaker]:
    """A headline's role (`Эксперт: инфляция превысит 7%`, `Юрист Трампа: «...»`), or a role
    in a teaser's item (`• Политолог считает, что ...`) → the first person the text below
    describes with that role (or its compounds and synonyms), of the role's gender: a
    headline comes before the name it stands for."""
    head = src.head
    if not (src.cue.text in HEADLINE_CUES or _bullet_line(ctx, src.cue)) or head is None or not _is_role(head) \
            or feats(head).get("Number") == "Plur" \
            or any(ctx.mention_case(m) != "Gen" for m, _ in _mentions_in(ctx, src.words)):
        return None   # (a name in the genitive is whose role it is: `Юрист Трампа`)
    owners = {m.entity_key for m, _ in _mentions_in(ctx, src.words)}   # `Юрист Трампа` is not Трамп
    found = [(t, m) for t, m in ((t, _described(ctx, t)) for t in _same_role_tokens(ctx, head.lemma.lower()) if t.start > src.cue.end)
             if m is not None and m.entity_key not in owners and (src.gender is None or ctx.mention_gender(m) in (src.gender, None))]
    return from_mention(found[0][1], "headline_role", head) if found else None


def _bullet_line(ctx: Context, t: Token) -> bool:
    """The token's line is a teaser's item: it opens with a bullet."""
    text = ctx.doc.text
    line = text[text.rfind("\n", 0, t.start) + 1:t.start].lstrip()
    return line[:1] in BULLETS


def rule_role_compound(ctx: Context, src: Source) -> Optional[Speaker]:
    """`— рассказала врач` after `Врач-терапевт той же поликлиники Ольга Мещерякова`: the person
    described with a hyphenated compound of the role (its first part), named last. Weaker
    than the speaker quoted last (`сенатор-республиканец X` ... `коллега по Сенату Y ...` ...
    `— сказал сенатор` is Y's in a reader's eyes), so it comes after that rule."""
    head = src.head
    if head is None or not _is_role(head) or feats(head).get("Number") == "Plur" or _mentions_in(ctx, src.words):
        return None
    found = [m for _, m in _described_before(ctx, ctx.tokens_with_first_part(head.lemma.lower()), head, src.gender)]
    best = _named_last(ctx, head, found)
    return from_mention(best, "role_compound", head) if best else None


def rule_assembly_member(ctx: Context, src: Source) -> Optional[Speaker]:
    """`— сказал депутат` after `первый заместитель председателя комитета Госдумы Виктор
    Ласточкин`: the person the article last described with the assembly the role noun is a
    member of (``ASSEMBLY_MEMBERS``); weaker than a role the article gave in so many words
    and than the speaker quoted last, so it comes after those rules."""
    head = src.head
    if head is None or feats(head).get("Number") == "Plur" or _mentions_in(ctx, src.words):
        return None
    m = _assembly_member(ctx, head, src.gender)
    return from_mention(m, "assembly_member", head) if m else None


def _assembly_member(ctx: Context, head: Token, gender: Optional[str]) -> Optional[Mention]:
    """The person last described with an assembly the role noun is a member of, of the gender."""
    assemblies = ASSEMBLY_MEMBERS.get(head.lemma.lower())
    if not assemblies:
        return None
    return _named_last(ctx, head, [m for t, m in _described_before(ctx, _role_tokens(ctx), head, gender)
                                   if {lemma.lower() for lemma in _description_lemmas(ctx, t, m)} & assemblies])


def _described_with_named_body(ctx: Context, src: Source, head: Token, roles: Sequence[Token],
                               inside: set, body: Optional[str]) -> List[Tuple[Token, Mention]]:
    """(role word, person) for the role words with the organisation the cue's role names by its
    name (`Глава Сбербанка подчеркнул` → `глава Сбербанка Герман Греф`, not the `глава регулятора`
    named last): those before the cue, else one the article names so after it (the role is
    that person's in this article); a former holder only for a former one (`бывший глава`);
    none where the cue's role names no organisation by name (``body``: ``_role_organisation``)."""
    if body is None:
        return []
    status = {w.lemma for w in src.words if w.head_id == head.token_id} & STATUS_WORDS   # (`бывший глава Сбербанка`)
    pairs = [(t, _described(ctx, t)) for t in roles if t is not head and _organisation_by_name(ctx, t) == body]
    pairs = [(t, m) for t, m in pairs if m is not None and m.entity_key not in inside
             and (src.gender is None or ctx.mention_gender(m) in (src.gender, None))
             and _description_lemmas(ctx, t, m) & STATUS_WORDS == status]
    before = [(t, m) for t, m in pairs if t.start < head.start]
    return before or pairs[:1]


def _described_before(ctx: Context, roles: Sequence[Token], head: Token,
                      gender: Optional[str]) -> List[Tuple[Token, Mention]]:
    """(role word, person) for each role word before ``head`` that describes a person of the
    cue's gender (or of an unknown one)."""
    pairs = [(t, _described(ctx, t)) for t in roles if t.start < head.start]
    return [(t, m) for t, m in pairs if m is not None and (gender is None or ctx.mention_gender(m) in (gender, None))]


def _named_last(ctx: Context, head: Token, described: List[Mention]) -> Optional[Mention]:
    """Of the people a role described, the one the article named last before the role word
    (`экономист Марина Гордеева` ... `Лаврентьева не исключает ... При этом экономист
    признает` → Лаврентьева, also an economist); with one person, that one."""
    if len({m.entity_key for m in described}) < 2:
        return described[-1] if described else None
    by_key = {m.entity_key: m for m in described}
    named = [m for m in ctx.mentions if m.type == "PER" and m.entity_key in by_key and m.end <= head.start
             and not ctx.inside_quote(m.start)]
    return by_key[max(named, key=attrgetter("end")).entity_key] if named else described[-1]


def rule_role_continues(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role with a cue that goes on (`— добавил депутат`, `продолжила врач`) → the
    speaker of the statement just before (in the paragraph or the one before), a person of
    the cue's gender. In the tune gold 11 of 11 such statements are that speaker's, also where
    the article gave the role to someone else (`литовский депутат Йонас Гайлюс` ... `Лазарев
    заметил` ... `добавил депутат`)."""
    head, last = src.head, src.last
    if src.cue.lemma not in CONTINUING_CUES or head is None or last is None or last.type != "PER" \
            or len(src.words) > 2 or feats(head).get("Number") == "Plur" or _mentions_in(ctx, src.words) \
            or not (_is_role(head) or _person_noun(ctx, head)) or last.key in src.enclosing:
        return None
    if src.gender is not None and ctx.entity_gender(last.key) not in (src.gender, None):
        return None
    if _subject_since(ctx, src, last.key):
        return None
    return Speaker(last.name, last.type, last.key, head.start, head.end, "role_continues")


def _subject_since(ctx: Context, src: Source, key: str) -> bool:
    """Another person named as the subject of a cue after that speaker's last statement and
    before this statement's words (`«...», — заявил Мишустин. Владимир Путин в свою очередь
    обратил внимание ... «...», — добавил российский лидер`): the role goes on with the newcomer,
    not the speaker; not a newcomer who only acts (`Путин кивнул`)."""
    start = min(src.cue.start, src.content_start if src.content_start is not None else src.cue.start)
    ends = [end for s, end, k in src.said if k == key and end <= start]
    if not ends:
        return False
    m = _latest_person(ctx, start, src.gender, exclude={key}, src=src)
    if m is None or m.start <= max(ends) or not _a_subject(ctx, m):
        return False
    top = _name_top(ctx, _first_token(ctx, m))   # the newcomer speaks (`обратил внимание`), not `кивнул`, `промолчал`
    if not top.rel.startswith("nsubj") or top.head_id < 0:
        return False
    return cue_lemma(ctx, ctx.tokens[top.head_id]) is not None or _speaks_on(ctx, m, start)


def _speaks_on(ctx: Context, m: Mention, start: int) -> bool:
    """After the newcomer's own sentence and before ``start``, a cue whose subject is a singular
    pronoun or a bare noun of a person, no name, of the newcomer's gender (`Еще одну новеллу
    презентовал Михаил Делягин. Справоросс предложил ... . «...», добавил депутат`): the
    newcomer goes on speaking (not `Его жена пожаловалась`, `Жители пожаловались`)."""
    first = _first_token(ctx, m)
    gender = ctx.mention_gender(m)   # (`Masc`, `Fem`)
    k = first.token_id + 1
    while k < len(ctx.tokens) and ctx.tokens[k].start < start:
        t = ctx.tokens[k]
        k += 1
        if t.sentence_id != first.sentence_id and cue_lemma(ctx, t) is not None and any(
                c.rel.startswith("nsubj") and ctx.mention_of.get(c.token_id) is None
                and (c.pos == "PRON" or c.pos in ("NOUN", "PROPN") and feats(c).get("Animacy") == "Anim")
                and feats(c).get("Number") == "Sing" and gender is not None and feats(c).get("Gender") in (gender, None)
                and feats(t).get("Gender") in (gender, None)
                for c in ctx.children.get(t.token_id, [])):
            return True
    return False


def _country_adjective(ctx: Context, head: Token) -> Optional[str]:
    """The lemma of an adjective on the role that names a country the article names
    (`французского[Франция] дипломата`, `черногорского президента`)."""
    places = {m.normal.lower() for m in ctx.mentions if m.type == "LOC" and " " not in m.normal}
    body = next((c for c in ctx.children.get(head.token_id, []) if c.rel == "nmod" and feats(c).get("Case") == "Gen"
                 and head.lemma.lower() in BODY_HEADS), None)   # `глава турецкого дипведомства`: the body's adjective
    for owner in (head, body) if body is not None else (head,):
        for c in ctx.children.get(owner.token_id, []):
            if c.rel == "amod" and c.pos == "ADJ" and any(_same_stem(c.lemma.lower(), p) for p in places):
                return c.lemma.lower()
    return None


def _same_stem(adjective: str, word: str) -> bool:
    """`французский` and `франция`, `иранский` and `иран`: the word's first letters (five at most);
    `турецкий` and `турция` by the list of such adjectives."""
    return len(word) >= 3 and COUNTRY_OF_ADJECTIVE.get(adjective) == word or len(word) >= 4 and adjective.startswith(word[:5])


def _ties_to(ctx: Context, role: Token, m: Mention, adjective: str) -> bool:
    return any(lemma.lower() == adjective or _same_stem(adjective, lemma.lower())
               for lemma in _description_lemmas(ctx, role, m))


def _body_complement(ctx: Context, role: Token, named: bool = False) -> Optional[str]:
    """The lemma of the inanimate common noun in the genitive that a role word heads (`глава
    минздрава`, `руководитель технической группы`): the body whose role it is; with
    ``named``, a proper name's too (`глава Минфина`)."""
    poses = ("NOUN", "PROPN") if named else ("NOUN",)
    return next((c.lemma.lower() for c in ctx.children.get(role.token_id, []) if c.rel == "nmod" and c.pos in poses
                 and feats(c).get("Case") == "Gen" and feats(c).get("Animacy") == "Inan"), None)


def _same_role_tokens(ctx: Context, lemma: str) -> List[Token]:
    """The tokens of the lemma, of its compounds (`кинокритик` for `критик`), feminine
    forms (`хореографиня` for `хореограф`) and synonyms (`адвокат` for `защитник`), in text
    order; not words of a body's name (`аналитик «Эксперт РА»`)."""
    compounds = [t for prefix in ROLE_PREFIXES for t in ctx.tokens_with_lemma(prefix + lemma)] \
        + [t for suffix in ROLE_FEMININE_SUFFIXES for t in ctx.tokens_with_lemma(lemma + suffix)] \
        + [t for other in ROLE_SYNONYMS.get(lemma, ()) for t in ctx.tokens_with_lemma(other)]
    found = sorted(ctx.tokens_with_lemma(lemma) + compounds, key=attrgetter("token_id")) if compounds \
        else ctx.tokens_with_lemma(lemma)
    return [t for t in found if not _in_body_name(ctx, t)]


def _description_lemmas(ctx: Context, role: Token, m: Mention) -> set:
    """The lemmas of the words between a role word and the name it describes, and of the role
    word's own modifiers (`генеральный директор компании Алексей Гусаров`, not the `финансовый
    директор` named since)."""
    lo, hi = min(role.end, m.start), max(role.start, m.end)
    return {t.lemma for t in ctx.by_sentence[role.sentence_id]
            if (lo <= t.start and t.end <= hi) or (t.head_id == role.token_id and t.end <= role.start)}


def _bodies_between(ctx: Context, role: Token, m: Mention) -> set:
    """The organisations and places named between a role word and the name it describes."""
    lo, hi = min(role.end, m.start), max(role.start, m.end)
    return {_body_name(x) for x in ctx.mentions if x.type in ("ORG", "LOC") and lo <= x.start and x.end <= hi}


def _body_name(m: Mention) -> str:
    """An organisation's own name, or the name a place's other names stand for
    (`вице-президент Штатов` is the one described as `вице-президент США`)."""
    name = own_name(m.normal).lower().replace("ё", "е")
    return SAME_PLACE.get(name, name) if m.type == "LOC" else name


def _holds_other_body(ctx: Context, src: Source, key: str) -> bool:
    """An office of a country (`президент Казахстана`) is not held by the person the article
    described by another office at a place inside no country named (`аким Мангистауской
    области Нурдаулет Килыбай`); offices and places only (a press secretary `президента России`
    speaks for `Кремль`; the same office at two places is left to the role rules)."""
    head = src.head
    places = {_body_name(m) for m, _ in _mentions_in(ctx, src.words) if m.type == "LOC"}
    if head is None or head.lemma.lower() not in OFFICE_NOUNS or not places or not places <= COUNTRIES:
        return False   # (a region goes by several names: `Подмосковье`, `Московская область`)
    offices = [t for lemma in OFFICE_NOUNS for t in ctx.tokens_with_lemma(lemma)
               if lemma != head.lemma.lower() and t.start < head.start and t.token_id not in ctx.mention_of]
    return any(m.entity_key == key and (theirs := {p for p in _bodies_between(ctx, t, m) if p not in COUNTRIES})
               and not _same_body(places, theirs) for t in offices if (m := _described(ctx, t)) is not None)


def _heads_other_named_body(ctx: Context, src: Source, key: str) -> bool:
    """A role at an organisation the cue names by its name (`Глава Сбербанка подчеркнул`) is not
    held by the person the article gave the same role at another organisation by name (`глава
    Росатома Алексей Лихачев`); a common word for a body (`глава министерства`, `фонда`) may be
    the same one, and so may an abbreviation."""
    head = src.head
    body = _role_organisation(ctx, head) if head is not None else None
    if body is None:
        return False
    return any(_other_organisation(ctx, t, body) and getattr(_described(ctx, t), "entity_key", None) == key
               for t in _same_role_tokens(ctx, head.lemma) if t.start < head.start)


CYRILLIC_WORD = re.compile(r"^[А-ЯЁа-яё-]+$")


def _organisation_by_name(ctx: Context, role: Token) -> Optional[str]:
    """The lemma of the organisation a role word heads by its Cyrillic name, not an abbreviation
    (`Глава Сбербанка`; not `представитель ЕК`, `член ЦИК`, `создатель Facebook`, which other words
    name too, nor a place: `глава Коми`)."""
    body = next((c for c in ctx.children.get(role.token_id, []) if c.rel == "nmod" and c.pos == "PROPN"
                 and feats(c).get("Case") == "Gen" and feats(c).get("Animacy") == "Inan"), None)
    if body is None or body.text.isupper() or not CYRILLIC_WORD.match(body.text) \
            or getattr(ctx.mention_of.get(body.token_id), "type", None) != "ORG" or body.lemma.lower() in GENERIC_ORG_NOUNS:
        return None
    return body.lemma.lower()


def _role_organisation(ctx: Context, role: Token) -> Optional[str]:
    """The organisation by name a role heads where no common noun names its body (`Глава
    Сбербанка`; not `глава министерства`, which ``_body_complement`` gives)."""
    return _organisation_by_name(ctx, role) if _body_complement(ctx, role) is None else None


def _other_organisation(ctx: Context, role: Token, body: str) -> bool:
    """The role word heads an organisation by another name than ``body`` (a lemma)."""
    theirs = _organisation_by_name(ctx, role)
    return theirs is not None and theirs != body


def _fits_bodies(ours: set, theirs: set) -> bool:
    """A role at a named body (`глава МВФ`) is not a person described at another (`глава ФРС`)."""
    return not ours or not theirs or _same_body(ours, theirs)


def _same_body(ours: set, theirs: set) -> bool:
    """One organisation or place named alike in both (`Facebook` in `социальная сеть Facebook`)."""
    return any(a in b or b in a for a in ours for b in theirs)


def _described_at(ctx: Context, head: Token, bodies: set, gender: Optional[str]) -> Optional[Mention]:
    """The latest person before ``head`` described by any role word at one of ``bodies``."""
    best = None
    for t in _role_tokens(ctx):
        if t.start >= head.start:
            break
        if t.token_id + 2 < len(ctx.tokens) and _office_sought(ctx.tokens[t.token_id + 1], ctx.tokens[t.token_id + 2]):
            continue   # `Кандидат в президенты США Джо Байден` holds no office at the place
        m = _described(ctx, t)
        if m and _same_body(bodies, _bodies_between(ctx, t, m)) and (gender is None or ctx.mention_gender(m) in (gender, None)):
            best = m
    return best


def _office_sought(preposition: Token, role: Token) -> bool:
    """`в` with a plural role noun: the office one runs for (`кандидат в президенты`)."""
    return preposition.text.lower() == "в" and feats(role).get("Number") == "Plur" and role.pos == "NOUN"


def _role_tokens(ctx: Context) -> List[Token]:
    """The article's role words (``_is_role``) in text order, found once per article; not a
    word of a body's name (`аналитик «Эксперт РА» Алла Бережная` is no expert)."""
    if ctx.role_tokens is None:
        ctx.role_tokens = sorted((t for lemma, toks in ctx.by_lemma.items() if _role_lemma(lemma, ROLE_WORDS)
                                  for t in toks if t.pos in ("NOUN", "PROPN") and not _in_body_name(ctx, t)),
                                 key=attrgetter("token_id"))
    return ctx.role_tokens


def _in_body_name(ctx: Context, t: Token) -> bool:
    m = ctx.mention_of.get(t.token_id)
    opened = t.token_id > 0 and ctx.tokens[t.token_id - 1].text in OPENING_MARKS and t.text[:1].isupper()
    return (m is not None and m.type != "PER") or opened


def _described(ctx: Context, role: Token) -> Optional[Mention]:
    """The person a role word describes: a name in apposition after it (same case) or
    before it (`Волчков, заведующий`); worked out once per role word."""
    if role.token_id not in ctx.described:
        ctx.described[role.token_id] = _described_by(ctx, role)
    return ctx.described[role.token_id]


def _described_by(ctx: Context, role: Token) -> Optional[Mention]:
    sentence = ctx.by_sentence[role.sentence_id]
    i = role.token_id - sentence[0].token_id   # a sentence's tokens are consecutive
    if i > 0 and _office_sought(sentence[i - 1], role):
        return None   # `кандидат в президенты Джо Байден`, `баллотируется в губернаторы`: no holder of the role
    case = feats(role).get("Case")
    for t in sentence[i + 1:i + 1 + DESCRIPTION_REACH]:
        m = ctx.mention_of.get(t.token_id)
        in_apposition = t.rel == "appos" and t.head_id == role.token_id   # (`руководитель ... Элен Дюпре[Dat]`: the parse knows)
        if m and m.type == "PER" and (ctx.mention_case(m) in (case, None) or in_apposition) and not _named_after(ctx, t) \
                and not _owner_before_name(ctx, m) and not (t.head_id == role.token_id and t.rel in ("flat:name", "flat")
                                                             and _named_in_apposition_after(ctx, role, t)):
            return m   # (not `Адвокат Шамрая[flat] Михаил Голованов[appos]`: whose lawyer)
        if _predicate(t) or (t.text in ".;:!?" and not (m or _initial_period(ctx, t))):
            break
    before = sentence[max(0, i - 4):i]
    if before and before[-1].text == "," and feats(role).get("Number") != "Plur":
        for t in reversed(before[:-1]):   # in apposition: the role's case (`По словам Рябинина, эксперты` is no description)
            if _predicate(t):
                break   # `После того, как Лохов закончил речь, судья попросил`: a clause of its own, no apposition
            m = ctx.mention_of.get(t.token_id)
            if m and m.type == "PER" and ctx.mention_case(m) in (case, None):
                return m
    return None


def _owner_before_name(ctx: Context, m: Mention) -> bool:
    """`Юрист Трампа Дженна Эллис`: a name read as a genitive (or hung on the role as its
    nmod) with another person's name right after it is whose role it is, not the person it
    describes (however its case was guessed again for a woman's surname in -а)."""
    toks = tokens_between(ctx.tokens, m.start, m.end)
    after = ctx.tokens[toks[-1].token_id + 1] if toks and toks[-1].token_id + 1 < len(ctx.tokens) else None
    following = ctx.mention_of.get(after.token_id) if after is not None else None
    owner = feats(toks[-1]).get("Case") == "Gen" or toks[-1].rel == "nmod"   # (the parse's word for a genitive owner)
    return owner and following is not None and following.type == "PER" and following.mention_id != m.mention_id


def _predicate(t: Token) -> bool:
    """A verb that ends a role's description: not a full participle, which belongs to it
    (`экономист управляющей компании «Первая» Ксения ...`), but a short one does not
    (`министр осуждён, а прокурор Анна Петрова ...`)."""
    f = feats(t)
    return t.pos == "VERB" and (f.get("VerbForm") != "Part" or f.get("Variant") == "Short")


def _initial_period(ctx: Context, t: Token) -> bool:
    """The period of an initial (`Н.Ф. Гамалеи`): after a lone capital letter."""
    before = ctx.tokens[t.token_id - 1] if t.token_id > 0 else None
    return t.text == "." and before is not None and len(before.text) == 1 and before.text.isupper()


def rule_role_last_speaker(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role (`спикер Путина`, `Представитель Кремля`, `— замечает министр`) → the
    person quoted last (of the cue's gender), never a person named inside the role phrase;
    a person named as a subject since that quotation is nearer (`Миллер пообещал ... Об этом
    заявил замминистра Эдуард Товпинец. Чиновник заметил` → Товпинец)."""
    head = src.head
    if head is None or not _is_role(head, core=True) or feats(head).get("Number") == "Plur" or _medium_staff(src) \
            or _indefinite(src):
        return None   # (`некий мужчина высказывал`, `другой эксперт`: someone new)
    inside = {m.entity_key for m, _ in _mentions_in(ctx, src.words)}
    for s in reversed(src.previous_speakers):
        if s.type == "PER" and s.key not in inside and s.key not in src.enclosing \
                and (src.gender is None or ctx.entity_gender(s.key) in (src.gender, None)):   # (not whose words hold it)
            named = _latest_person(ctx, head.start, src.gender, exclude=inside, src=src)
            if named is not None and named.start > s.end and named.entity_key != s.key and _a_subject(ctx, named) \
                    and not _asked_about(ctx, named) and _introduced(ctx, named) and not _holds_other_body(ctx, src, named.entity_key) \
                    and not _heads_other_named_body(ctx, src, named.entity_key):
                return from_mention(named, "role_latest_person", head)
            if _holds_other_body(ctx, src, s.key) or _heads_other_named_body(ctx, src, s.key):
                return None   # (`президент Казахстана заявил` after the akim of a region spoke)
            return _named_after_instead(ctx, src, s.key) or Speaker(s.name, s.type, s.key, head.start, head.end, "role_last_speaker")
    return None


ADDRESSEE_CASES = frozenset({"Dat", "Acc"})
ROLE_BACK_RULES = frozenset({"role_last_speaker", "role_latest_person", "role_continues"})   # a role given someone before


def _spoken_to(ctx: Context, src: Source, speaker: Speaker) -> bool:
    """A press role (a journalist, a correspondent) given a person named before while its cue
    speaks to a pronoun of that person's gender (`Журналист напомнил ему о письме`): the person
    is the one interviewed, the role someone else. (Any other role may speak to someone else of
    the same gender: `Бизнесмен ответил ему` after an interview is the businessman's.)"""
    if speaker.rule not in ROLE_BACK_RULES or src.head is None or src.head.lemma.lower() not in MEDIA_STAFF_NOUNS:
        return False
    addressee = _addressee_gender(ctx, src.cue)
    return addressee is not None and addressee == ctx.entity_gender(speaker.key)


def _addressee_gender(ctx: Context, cue: Token) -> Optional[str]:
    """The gender of a singular third-person pronoun the cue speaks to (`напомнил ему`,
    `спросила её`); None without one, or where it shows none."""
    for c in ctx.children.get(cue.token_id, []):
        f = feats(c)
        if c.pos == "PRON" and c.lemma.lower() in ("он", "она") and f.get("Case") in ADDRESSEE_CASES \
                and f.get("Number") != "Plur" and c.rel in ("obj", "iobj"):
            return GENDERS.get(f.get("Gender"))
    return None


def _another_holder(ctx: Context, role: Token) -> bool:
    """A role word described as a former holder, a deputy or the head of one part only
    (`бывший руководитель`, `финансовый директор`, `заместитель директора`): someone else."""
    before = ctx.tokens[max(0, role.token_id - 2):role.token_id]
    return any(c.lemma.lower() in NOT_THE_HOLDER for c in ctx.children.get(role.token_id, [])) \
        or any(w.lemma.lower() in NOT_THE_HOLDER for w in before) or role.text.lower().startswith("экс-")


def _another_one(ctx: Context, role: Token) -> bool:
    """A role word described as another holder (`другая пенсионерка`, `еще один эксперт`): not
    the one the same role word before it was."""
    return any(w.text.lower() in INDEFINITE_WORDS for w in ctx.tokens[max(0, role.token_id - 2):role.token_id])


def _named_after_instead(ctx: Context, src: Source, key: str) -> Optional[Speaker]:
    """A role with its own complement (`министр транспорта`) that the article never gives the
    person quoted last and gives, word for word, to someone it names in the sentences after
    the cue (`Депутат Толыкбай раскритиковал ... В ответ министр транспорта заявил, что ...
    Депутат спросил у министра транспорта Марата Карабаева`): that one's, as when nobody was
    quoted before. A bare role (`— сказал российский лидер`) still goes to the last speaker."""
    head = src.head
    complement = {w.lemma for w in src.words if w is not head and w.pos in ("NOUN", "PROPN") and w.token_id > head.token_id}
    same = ctx.tokens_with_lemma(head.lemma)
    if not complement or any(getattr(_described(ctx, t), "entity_key", None) == key for t in same):
        return None
    for t in same:
        m = _described(ctx, t) if t.start > head.end and t.sentence_id - head.sentence_id <= NAMED_AFTER_SENTENCES \
            and not _another_holder(ctx, t) else None
        if m is not None and m.entity_key != key and complement <= _description_lemmas(ctx, t, m) \
                and (src.gender is None or ctx.mention_gender(m) in (src.gender, None)):
            return from_mention(m, "role_named_after", head)
    return None


OFFICE_KEY = "OFFICE:"   # the key of an unnamed office's statements (no entity: no one named holds it)


def _another_office(ctx: Context, src: Source, speaker: Speaker) -> bool:
    """A role given the unnamed office that spoke before when it names another (`премьер-министр
    Великобритании заявил ... Первый министр Шотландии объявил`, `— добавил министр финансов`)."""
    head = src.head
    return (speaker.key or "").startswith(OFFICE_KEY) and speaker.rule != "role_unnamed" and head is not None \
        and head.pos in ("NOUN", "PROPN", "ADJ") and head.text.lower() not in PERSONAL_PRONOUNS \
        and not _same_office(ctx, src, speaker)   # (any role: `— возразил депутат`, `— уточнил его заместитель`)


def _same_office(ctx: Context, src: Source, office: Speaker) -> bool:
    """The role names the unnamed office that spoke before: its bare head noun (`Министр
    отметил` after `министр финансов заявил`) or the same phrase."""
    words = [w for w in src.words if w.pos != "PUNCT"]
    name = (office.name or "").lower()
    head = src.head.lemma.lower()
    if len(words) == 1 and name.split()[:1] and name.split()[0].split("-")[0] in (head, head.split("-")[0]):
        return True   # `Министр отметил` after `министр финансов`, `премьер` after `премьер-министр Италии`
    phrase = head if len(words) == 1 else \
        normal_form("ORG", words, ctx.doc.text[words[0].start:words[-1].end], ctx.doc.text).lower()
    return phrase == name or not _office_names(phrase).isdisjoint(_office_names(name))


def _office_names(phrase: str) -> set:
    """An office's phrase and the other names it goes by (`губернатор` = `глава региона`)."""
    return {phrase, *OFFICE_ALIASES.get(phrase, ()), *(office for office, aliases in OFFICE_ALIASES.items() if phrase in aliases)}


def _introduced(ctx: Context, m: Mention) -> bool:
    """The person named since the last quotation takes the role when the article introduced them
    there by full name, brought them in to speak (`Затем выступил Силуанов. Министр отметил`) or
    put a role beside the name (`Алина, дочь Татьяны, ...`); not one named by surname who only
    acts (`Накануне Путин провел переговоры. Представитель Кремля отметил` is Песков), nor a first
    name alone (`Простой дядя Вася из соседнего дома ... Спикер проинформировал`)."""
    first = _first_token(ctx, m)
    if len(m.text.split()) >= 2 or any((cue_lemma(ctx, t) and feats(t).get("VerbForm") == "Fin" or t.lemma in TAKING_THE_FLOOR)
                                       and not ctx.inside_quote(t.start) for t in ctx.by_sentence.get(first.sentence_id, [])):
        return True   # (a full name there introduces: `Ведущий научный сотрудник ... Елена Воронцова видит ...`)
    after = ctx.tokens[first.token_id + 1:first.token_id + 1 + ROLE_BEFORE_NAME]
    near = ctx.tokens[max(0, first.token_id - ROLE_BEFORE_NAME):first.token_id] + (after[1:] if after[:1] and after[0].text == "," else [])
    return any(w.lemma.lower() in ROLE_WORDS for w in near)


def _asked_about(ctx: Context, m: Mention) -> bool:
    """The name is the subject of an indirect question, what someone was asked about
    (`Отвечая на вопрос, готов ли Владимир Путин поздравить победителя, представитель
    Кремля напомнил`): `ли` in its clause before it."""
    first = _first_token(ctx, m)
    words = [t for t in ctx.by_sentence.get(first.sentence_id, []) if t.start < first.start]
    clause = words[max((k for k, w in enumerate(words) if w.text == ","), default=-1) + 1:]
    return any(w.text.lower() == "ли" for w in clause)


def _a_subject(ctx: Context, m: Mention) -> bool:
    """A name in the nominative, or one the parse makes a subject (or the subject's apposition)
    whatever case the tagger read (`Иного мнения придерживается Пташкин[Gen, nsubj]`)."""
    toks = tokens_between(ctx.tokens, m.start, m.end)
    return ctx.mention_case(m) == "Nom" or any(t.rel.startswith("nsubj") for t in toks) or (
        bool(toks) and toks[0].rel == "appos" and 0 <= toks[0].head_id < len(ctx.tokens)
        and ctx.tokens[toks[0].head_id].rel.startswith("nsubj")   # `тренер Юха Сало[Gen]`: the subject's name,
        and ctx.mention_case(m) not in ("Dat", "Ins", "Loc"))   # not an addressee the parse hung there (`Авиву Коэну`)


def rule_role_latest_person(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role with nobody quoted yet → the latest person named as a subject before it,
    again never a person named inside the role phrase."""
    head = src.head
    person_noun = _person_noun(ctx, head) and not _mentions_in(ctx, src.words)   # not `генпрокурор Техаса`, `Назначенец Байдена`
    if head is None or not (_is_role(head) or person_noun) or feats(head).get("Number") == "Plur" or _indefinite(src) \
            or _medium_staff(src):
        return None
    inside = {m.entity_key for m, _ in _mentions_in(ctx, src.words)}
    m = _latest_person(ctx, head.start, src.gender, exclude=inside)
    if m is None or _status_noun(head, nationality=False) and _described_by_role(ctx, head, m.entity_key):
        return None   # (`Официальный представитель МВД Ирина Волк ... По словам очевидицы`: someone else; a
        # nationality may be the official's own: `главный тренер Хавьер Ортега ... пообещал испанец`)
    acts, only = _a_subject(ctx, m), _only_person_before(ctx, m, head)
    reach = ONLY_PERSON_SENTENCES if acts and only and _role_lemma(head.lemma, OFFICE_TITLES) else LATEST_PERSON_SENTENCES
    if not (acts or only) or _sentences_before(ctx, src, m) > reach:
        one = _only_one_of_gender(ctx, src, inside)
        return from_mention(one, "role_only_of_gender", head) if one is not None else None
    if not _is_role(head, core=True) and ((src.gender is None or ctx.mention_gender(m) != src.gender)
                                          and not (src.gender is None and _just_spoke(ctx, src, m))
                                          or _other_doctor(ctx, head, m.entity_key)):
        return None   # an occupation only with the person's gender known to agree (`— написала спортсменка`), or
        # one that goes on with the speaker of the sentence (`митрополит Иларион заявил, что ...: по словам священнослужителя, ...`)
    main = _main_subject(ctx, _first_token(ctx, m).sentence_id, src.gender, inside)
    if main is not None and main.entity_key != m.entity_key and main.start < m.start:
        m = main   # `Путин согласился ..., если Медведев выиграет. Об этом президент заявил`: the clause's subject
    return from_mention(m, "role_latest_person", head) \
        if not _holds_other_body(ctx, src, m.entity_key) and not _heads_other_named_body(ctx, src, m.entity_key) else None


def rule_occupation_last_speaker(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare occupation (`— рассказала эколог`, `по словам синоптика`, `— цитирует
    нападающего`) → the person quoted last (of the cue's gender, where known), where the article
    named no other person (of that gender) since that statement's source, within a paragraph or
    two and no dialogue line between: the person the article has been quoting, whatever word
    it described her by before (`координатор группы Марина Ладыгина`), if not another trade."""
    head = src.head
    if head is None or not _is_role(head) or _is_role(head, core=True) \
            or feats(head).get("Number") == "Plur" or _indefinite(src) or _medium_staff(src) or _mentions_in(ctx, src.words):
        return None
    last = next((s for s in reversed(src.previous_speakers) if s.key not in src.enclosing or s.key is None), None)
    if last is None or last.type != "PER" or (src.gender is not None and ctx.entity_gender(last.key) != src.gender) \
            or last.end > head.start:
        return None   # (the statement just before was an unnamed café owner's: not past her)
    since = [m for m in ctx.mentions if m.type == "PER" and last.end <= m.start < head.start and m.entity_key != last.key
             and not ctx.inside_quote(m.start) and (src.gender is None or ctx.mention_gender(m) in (src.gender, None))]
    at = min(head.start, src.content_start if src.content_start is not None else head.start)
    between = ctx.doc.text[last.end:at]
    if since or _trade(ctx, head, last.key, src.gender is not None) in (None, "other") \
            or paragraph_breaks(ctx.doc.text, last.end, at) > OCCUPATION_PARAGRAPHS \
            or DIALOGUE_LINE.search(between):   # (a dash line between: someone else's words)
        return None
    return Speaker(last.name, last.type, last.key, head.start, head.end, "occupation_last_speaker")


def rule_person_noun_last_speaker(ctx: Context, src: Source) -> Optional[Speaker]:
    """A word for a person by origin or part, no trade (`— цитирует немецкого туриста телеканал`, `— пишет
    32-летняя саратовчанка`) → the person whose statement came just before in the same
    paragraph, of the word's gender where it shows one, with nobody of that gender named since."""
    head, last = src.head, src.last
    if head is None or not _status_noun(head) or not _person_noun(ctx, head) or _indefinite(src) or _mentions_in(ctx, src.words) \
            or any(w.text.lower() in OWNER_PRONOUNS for w in src.words) \
            or last is None or last.type != "PER" or last.key in src.enclosing or last.end > head.start \
            or (src.gender is not None and ctx.entity_gender(last.key) not in (src.gender, None)):
        return None
    at = min(head.start, src.content_start if src.content_start is not None else head.start)
    since = [m for m in ctx.mentions if m.type == "PER" and last.end <= m.start < head.start and m.entity_key != last.key
             and not ctx.inside_quote(m.start) and (src.gender is None or ctx.mention_gender(m) in (src.gender, None))]
    if since or paragraph_breaks(ctx.doc.text, last.end, at) or DIALOGUE_LINE.search(ctx.doc.text[last.end:at]) \
            or _status_noun(head, nationality=False) and _described_by_role(ctx, head, last.key):
        return None   # (`пресс-секретарь авиакомпании X ... По словам пассажира`: someone else; a nationality may
        # be the official's own: `Главный тренер «Авангарда» Юхани Вартиайнен ... По словам финна`)
    return Speaker(last.name, last.type, last.key, head.start, head.end, "person_noun_last_speaker")


def _described_by_role(ctx: Context, head: Token, key: str) -> bool:
    """The article described the person by a role or an occupation before ``head``."""
    return bool(_roles_describing(ctx, head, key))


def _status_noun(head: Token, nationality: bool = True) -> bool:
    """A word for a person by origin, home or part in an event, no trade (`турист`, `очевидица`,
    `саратовчанка`, with ``nationality`` `шведка`): PERSON_STATUS_NOUNS, residents' suffixes, nationalities."""
    lemma = head.lemma.lower()
    return lemma in PERSON_STATUS_NOUNS or lemma.endswith(RESIDENT_SUFFIXES) or nationality and lemma in NATIONALITIES


OCCUPATION_PARAGRAPHS = 2   # paragraph breaks at most from the last speaker to the occupation's statement (a caption between)
DIALOGUE_LINE = re.compile(r"\n\s*[-‑–—]")


def _trade(ctx: Context, head: Token, key: str, gendered: bool) -> Optional[str]:
    """How the article described the person before the occupation ``head``: "same" by this one
    or by any role whose description names the trade's field (`начальник отдела прогнозов` for
    `синоптика`, `лауреат Нобелевской премии по физике, депутат` for `Физик`, `кандидат
    медицинских наук` for `офтальмолога`), whatever other words it used; else "other" by another
    trade (`Педиатр ... Алексей Тимошин` ... `Офтальмолог добавил`: someone else; `Начальник ГУ
    МВД` is no `следователь`); else "same" by a word of a place only (GENERIC_ROLE_WORDS:
    `координатор группы`) or a leader's word where the cue's gender agrees (`Глава FNSEA Мари-Од
    Лефевр` ... `активистка напомнила`); None by no role word (`— вспоминает Ольга Кузнецова. По
    словам синоптика`: a victim, the forecaster someone new). An academic degree of another
    field says nothing."""
    own = {head.lemma.lower(), *ROLE_SYNONYMS.get(head.lemma.lower(), ()),
           *(DOCTOR_WORDS if head.lemma.lower() in MEDICAL_SPECIALISTS else ())}
    stems = _field_stems(head.lemma.lower())
    verdicts = set()
    for t in _roles_describing(ctx, head, key):
        lemma = t.lemma.lower()
        described = _description_lemmas(ctx, t, _described(ctx, t))
        if lemma in DEGREE_WORDS and "наука" in described:   # (`доктор экономических наук` is no doctor)
            if _names_field(described, stems + _degree_field(head)):
                return "same"
            continue
        if lemma in own or any(part in own for part in lemma.split("-")) or _names_field(described, stems):
            return "same"
        weak = lemma in GENERIC_ROLE_WORDS or lemma in LEADER_WORDS and gendered
        verdicts.add("weak" if weak else "other")
    return "other" if "other" in verdicts else "same" if verdicts else None


def _just_spoke(ctx: Context, src: Source, m: Mention) -> bool:
    """The person spoke last, named as the speaker of a statement in the cue's own sentence, and
    the phrase is no one related to someone (`его подзащитный`, `сын`)."""
    last = src.last
    between = [w for w in ctx.by_sentence.get(src.cue.sentence_id, []) if last is not None and last.end <= w.start < src.cue.start]
    return last is not None and last.key == m.entity_key and last.start < src.cue.start \
        and _first_token(ctx, m).sentence_id == src.cue.sentence_id \
        and not any(w.text.lower() in CONTRAST_WORDS for w in between) \
        and ctx.mention_gender(m) == GENDERS.get(feats(src.head).get("Gender")) \
        and not any(w.text.lower() in OWNER_PRONOUNS or w.lemma.lower() in KIN_BEFORE_NAME
                    for w in (*src.words, *ctx.tokens[max(0, src.head.token_id - 1):src.head.token_id]))


def _only_one_of_gender(ctx: Context, src: Source, exclude) -> Optional[Mention]:
    """`Актер Григорий Калинин подтвердил слова бывшей жены Ирины Горбачевой ... Недавно в
    интервью Юрию Дудю актриса рассказала`: a woman's public career (WOMENS_CAREER_NOUNS) is the
    one woman the article named before it (every person before it of a known gender), in
    ONLY_PERSON_SENTENCES; its latest mention."""
    head, gender = src.head, src.gender
    if gender != "Fem" or head.lemma.lower() not in WOMENS_CAREER_NOUNS:
        return None   # (a man's role: the one man named is often someone else, the accused beside `прокурор`)
    people = [m for m in ctx.mentions if m.type == "PER" and m.end <= head.start and m.entity_key not in exclude
              and not ctx.in_boilerplate(m.start)]
    genders = {m.entity_key: ctx.mention_gender(m) for m in people}
    same = {key for key, g in genders.items() if g == gender}
    if len(same) != 1 or None in genders.values():
        return None
    latest = [m for m in people if m.entity_key in same][-1]
    return latest if _sentences_before(ctx, src, latest) <= ONLY_PERSON_SENTENCES else None


def _only_person_before(ctx: Context, m: Mention, head: Token) -> bool:
    """The article names nobody else before the role word (`«Ридус» обсудил этот вопрос с юристом
    Константином Крохиным. ... — напомнил эксперт`): the one person it introduced, in any case but
    the accusative, which names whom something was done to (`задержали замминистра Вадима Ершова`,
    `приговорил Виктора Шамрая`), and in a sentence before the role's (not `иск штаба Трампа: судья
    назвал`)."""
    return not _acted_upon(ctx, m) and _first_token(ctx, m).sentence_id < head.sentence_id and all(
        o.entity_key == m.entity_key for o in ctx.mentions if o.type == "PER" and o.start < head.start)


def _acted_upon(ctx: Context, m: Mention) -> bool:
    """The name (or the noun it stands in apposition to) is a verb's object or a passive's
    subject, or in the accusative: whom something was done to."""
    t = _first_token(ctx, m)
    for _ in range(4):
        if t.rel not in ("appos", "flat:name", "flat") or not 0 <= t.head_id < len(ctx.tokens):
            break
        t = ctx.tokens[t.head_id]
    return t.rel in ("obj", "iobj", "nsubj:pass") or feats(t).get("Case") == "Acc" or ctx.mention_case(m) == "Acc"


def rule_role_named_after(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role nobody before it holds, whom the same role word names in the sentences after
    it: a lead's `директор заявил, что ...` then `— сообщил директор ТОО «Тауекел Газ Құбыры»
    Казбек Габиден`; a subtitle's `президент заявил` above `президент России Владимир Путин`;
    `сказал еврокомиссар` before `комиссар ЕС по вопросам торговли Карел де Гюхт`. Tried after
    every rule that looks back, and never for a phrase that names someone itself."""
    head = src.head
    if head is None or not _is_role(head) or feats(head).get("Number") == "Plur" or _medium_staff(src) \
            or any(m.type == "PER" for m, _ in _mentions_in(ctx, src.words)) or _indefinite(src):
        return None   # (a body or a place in the phrase names no one: `Член Совета при президенте РФ`)
    lemma = head.lemma.lower()
    lemmas = {lemma} | {lemma[len(p):] for p in ROLE_PREFIXES + ROLE_BASE_PREFIXES if lemma.startswith(p)}
    reach = HEADLINE_NAMED_AFTER_SENTENCES if on_headline(ctx.doc.text, head.end) else NAMED_AFTER_SENTENCES
    own = _body_complement(ctx, head, named=True) if head.lemma.lower() in LEADER_WORDS else None
    leaders = [t for lemma in LEADER_WORDS for t in ctx.tokens_with_lemma(lemma)
               if own and _body_complement(ctx, t, named=True) == own and not _another_holder(ctx, t)]
    later = sorted({t.token_id: t for t in [*(t for other in lemmas for t in _same_role_tokens(ctx, other)), *leaders]
                    if t.start > head.end and t.sentence_id - head.sentence_id <= reach}.values(),
                   key=attrgetter("token_id"))   # (the leader of the same named body: `начальник ФСИН` → `директор ФСИН X`)
    headline = reach == HEADLINE_NAMED_AFTER_SENTENCES   # a headline's masculine role and verb say nothing of the holder
    gender = None if headline and src.gender == "Masc" and feats(head).get("Gender") == "Masc" else src.gender
    for t in later:   # (`Врач рассказал, что ...` above `врач ... Наталья Хохлова`)
        m = _described(ctx, t) if not _another_one(ctx, t) else None
        if m is not None and (gender is None or ctx.mention_gender(m) in (gender, None)):
            return from_mention(m, "role_named_after", head)
    return None


CALLING_PRONOUNS = {"его": "Masc", "ее": "Fem", "её": "Fem"}   # `Зовут его X`, `Ее зовут X`
CALLING_WORDS = frozenset({"зовут", "звали"})
CALLING_REACH = 2   # words between `зовут` and its pronoun, either side


def rule_named_by_calling(ctx: Context, src: Source) -> Optional[Speaker]:
    """A person described only (`— говорит 63-летний австриец`, `рассказывает местная
    учительница`) and, in the next sentence, `Зовут его X` / `Ее зовут X`: X, of the
    description's gender."""
    head = src.head
    if head is None or not (_is_role(head) or _person_noun(ctx, head)) or feats(head).get("Number") == "Plur" \
            or any(m.type == "PER" for m, _ in _mentions_in(ctx, src.words)):
        return None
    following = ctx.by_sentence.get(src.cue.sentence_id + 1, [])
    calling = next((t for t in following if t.text.lower() in CALLING_WORDS), None)   # (capitalised, a proper noun to the tagger)
    if calling is None:
        return None
    near = [t for t in following if abs(t.token_id - calling.token_id) <= CALLING_REACH]
    pronoun = next((t for t in near if t.text.lower() in CALLING_PRONOUNS), None)
    if pronoun is None or src.gender not in (None, CALLING_PRONOUNS[pronoun.text.lower()]):
        return None
    named = next((m for m, _ in _mentions_in(ctx, following) if m.type == "PER" and m.start > calling.start), None)
    return from_mention(named, "named_by_calling", head) if named is not None else None


def rule_role_named_next(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role nobody before it holds (`— сказала представитель Минкультуры.`) and, in the
    next sentence, a person the article names there for the first time as the subject of a cue,
    of the cue's gender, with no other role or body describing them (`Основанием для отзыва,
    пояснила Ольга Любимова, стал ...`): the role's holder, introduced after it."""
    head = src.head
    if head is None or not _is_role(head) or feats(head).get("Number") == "Plur" or _medium_staff(src) \
            or any(m.type == "PER" for m, _ in _mentions_in(ctx, src.words)) or _indefinite(src) or src.gender is None:
        return None
    following = ctx.by_sentence.get(src.cue.sentence_id + 1, [])
    if _another_voice(following):
        return None
    for m, first in _mentions_in(ctx, following):
        if m.type != "PER":
            continue
        top = _name_top(ctx, first)
        cue = ctx.tokens[top.head_id] if top.head_id >= 0 else None
        if not top.rel.startswith("nsubj") or cue is None or cue.lemma not in EXPLAINING_ON_CUES \
                or ctx.mention_gender(m) not in (src.gender, None) \
                or any(n.entity_key == m.entity_key and n.start < m.start for n in ctx.mentions):
            return None
        last = _last_token(ctx, m.end)
        described = _words_before_name(ctx, first) + [top] \
            + [t for t in following if last.token_id < t.token_id <= last.token_id + 3]   # `Иван Петров, адвокат ...`
        if any(_is_role(t) or (t is top and _person_noun(ctx, t)) for t in described) \
                or any(n.type == "ORG" for n, _ in _mentions_in(ctx, described)):
            return None   # (`инфекционист больницы № 40 Елена Ковригина`: the name's own description)
        return from_mention(m, "role_named_next", head)
    return None


HEADLINE_NAMED_AFTER_SENTENCES = 12   # a headline's role (`..., считает политолог`) stands for someone the text names further on
OPENING_NAMED_AFTER_SENTENCES = 2   # sentences after the cue in which a cut page names its first speaker
OPENING_CHAIN_SENTENCES = 6   # ... or more, where every sentence between reports that voice's speech


def rule_named_after_opening(ctx: Context, src: Source) -> Optional[Speaker]:
    """A page cut before its speaker was named (a crawled excerpt) that opens with a statement
    whose source is a pronoun or a bare role (`..., объяснила она в разговоре с сайтом kp.ru.`,
    `- конкретизировал губернатор.`) and names no person before it: the first person the next
    sentences name as a subject (`отметила Сергеева`, `Также Иван Белозерцев предостерёг`), of
    the source's gender; none where the first person named is no subject."""
    head = src.head
    if head is None or feats(head).get("Number") == "Plur" or any(m.type == "PER" for m, _ in _mentions_in(ctx, src.words)):
        return None   # (a place or a body in the phrase names no one: `Губернатор Красноярского края`)
    word = head.text.lower()
    gender = POSSESSIVE_PRONOUNS.get(word) or (PERSONAL_PRONOUNS.get(word) if head.pos == "PRON" else None)
    if gender is None and not (_is_role(head) and not _indefinite(src) and not _medium_staff(src)):
        return None
    gender = gender or src.gender
    if any(m.type == "PER" and m.start < head.start for m in ctx.mentions):
        return None
    after = sorted((m for m in ctx.mentions if m.type == "PER" and m.start > head.end), key=attrgetter("start"))
    if not after:
        return None
    named_at = _first_token(ctx, after[0]).sentence_id
    steps = _sentences_outside_quotes(ctx, head.sentence_id, named_at)
    if steps > OPENING_CHAIN_SENTENCES or (steps > OPENING_NAMED_AFTER_SENTENCES
                                           and not _one_voice_between(ctx, head.sentence_id, named_at)):
        return None
    m, first = after[0], _first_token(ctx, after[0])
    top = _name_top(ctx, first)
    if first.sentence_id == head.sentence_id or not top.rel.startswith("nsubj") or _another_one(ctx, top) \
            or (gender is not None and ctx.mention_gender(m) not in (gender, None)):
        return None   # (`То же самое говорит другая пенсионерка, София Беженарь`: not the one before)
    verb = ctx.tokens[top.head_id].lemma if top.head_id >= 0 else ""
    if verb in REPLY_CUES or _another_voice(ctx.by_sentence[first.sentence_id]):
        return None   # `На это Иван Петров ответил`
    if _mentions_in(ctx, src.words) and verb not in SPEECH_VERBS:
        return None   # a role of a body or a place (`представитель МВД`): its holder speaks on (`— заявил Михаил Котюков`)
    described = _words_before_name(ctx, first)
    role = next((t for t in reversed(described) if _is_role(t)), None)
    if role is not None and not _same_role(ctx, head, role):
        return None   # `Директор заявил ... . Врач Иван Петров рассказал`: someone else
    bodies, theirs = ({m.entity_key for m, _ in _mentions_in(ctx, words) if m.type == "ORG"} for words in (src.words, described))
    if bodies and theirs and not bodies & theirs:
        return None   # `гендиректора сети Fresh Auto` ... `глава «АвтоСпецЦентра» Андрей Терлюкевич`: another body's
    return from_mention(m, "named_after_opening", head)


def _one_voice_between(ctx: Context, first: int, last: int) -> bool:
    """Every sentence after ``first`` and before ``last`` reports speech (a cue in each) and
    brings in no other voice (`По словам спикера, ... . Он отметил, что ... . "...", — сказал
    он. ... Володин отметил`): one voice goes on until the page names it."""
    return all(_same_voice_cue(ctx, ctx.by_sentence[k]) and not _another_voice(ctx.by_sentence[k])
               for k in range(first + 1, last) if k in ctx.by_sentence and not ctx.inside_quote(ctx.by_sentence[k][-1].end - 1))


def _same_voice_cue(ctx: Context, sentence: Sequence[Token]) -> bool:
    """A cue in the sentence whose subject is a singular personal pronoun or a bare singular
    role (`Он отметил`, `Спикер отметил`, `— сказал он`), and no body named in it (not `В МЧС
    сообщили`, `Синоптики заявили`)."""
    if any(m.type == "ORG" for m, _ in _mentions_in(ctx, sentence)):
        return False
    return any(cue_lemma(ctx, t) and any(
        c.rel.startswith("nsubj") and feats(c).get("Number") == "Sing" and (c.pos == "PRON" or _is_role(c))
        for c in ctx.children.get(t.token_id, [])) for t in sentence)


ROLE_BEFORE_NAME = 5   # words before a name in which a role describes it (`глава «АвтоСпецЦентра» Андрей Терлюкевич`)


def _words_before_name(ctx: Context, first: Token) -> List[Token]:
    """The words of the name's sentence just before it, where a role describing it stands."""
    return [t for t in ctx.by_sentence[first.sentence_id] if first.token_id - ROLE_BEFORE_NAME <= t.token_id < first.token_id]


def _another_voice(sentence: Sequence[Token]) -> bool:
    """A sentence opening on a word that brings in another voice (`Однако ...`, `На это ...`, `Ранее ...`)."""
    return any(w.lemma.lower() in CONTRAST_WORDS for w in sentence[:3])


def _same_role(ctx: Context, head: Token, role: Token) -> bool:
    """Two role words that may name one person: the same, a synonym, a body's head and the head
    role of that body (`глава региона` ... `Губернатор Брянской области`), or an expert and an
    analyst's role (`— эксперт` ... `президент аналитического центра X`, `политолог`)."""
    a, b = head.lemma.lower(), role.lemma.lower()
    if a == b or b in ROLE_SYNONYMS.get(a, ()) or a in ROLE_SYNONYMS.get(b, ()):
        return True
    for one, other in ((head, role), (role, head)):
        if one.lemma.lower() in BODY_HEADS and other.lemma.lower() in HEAD_ROLES_OF_BODY.get(_body_complement(ctx, one) or "", ()):
            return True
    if a in EXPERT_WORDS:
        after = ctx.tokens[role.token_id:role.token_id + ROLE_BEFORE_NAME]
        return b in EXPERT_WORDS | ANALYST_WORDS or any(w.lemma.lower().startswith(ANALYSIS_STEMS) for w in after)
    return False


def _sentences_outside_quotes(ctx: Context, first: int, last: int) -> int:
    """Sentences from ``first`` to ``last``, a quotation's inner sentences not counted (`«A. B.
    C», — заявил X` is one step from the sentence before it)."""
    return sum(1 for k in range(first + 1, last + 1)
               if k in ctx.by_sentence and not ctx.inside_quote(ctx.by_sentence[k][-1].end - 1))


def _sentences_before(ctx: Context, src: Source, m: Mention) -> int:
    """Sentences from the person's mention to the statement: to its content where that comes
    first (a quotation of several sentences before `— рассказала балерина`), else to the cue."""
    at = min(src.cue.start, src.content_start if src.content_start is not None else src.cue.start)
    i = _token_from(ctx, at)   # the word the content starts with
    first = ctx.tokens[i] if i < len(ctx.tokens) else src.cue
    return first.sentence_id - _first_token(ctx, m).sentence_id


def _main_subject(ctx: Context, sentence_id: int, gender: Optional[str], exclude) -> Optional[Mention]:
    """The person named as the subject of a sentence's main verb, if any (of the gender)."""
    return next((m for m in _main_subjects(ctx, sentence_id, ("PER",)) if m.entity_key not in exclude
                 and (gender is None or ctx.mention_gender(m) in (gender, None))), None)


def _main_subjects(ctx: Context, sentence_id: int, types: Tuple[str, ...]) -> Iterator[Mention]:
    """The mentions of ``types`` a sentence names, outside quotation marks, as its main verb's
    subject, word by word (a name of several words once per word)."""
    for t in ctx.by_sentence.get(sentence_id, []):
        m = ctx.mention_of.get(t.token_id)
        top = _name_top(ctx, t)
        if m is not None and m.type in types and top.rel == "nsubj" and top.head_id >= 0 \
                and ctx.tokens[top.head_id].rel == "root" and not ctx.inside_quote(m.start):
            yield m


def _name_top(ctx: Context, t: Token) -> Token:
    """The word a name's word hangs from in the parse past the rest of the name and its
    appositions: the one whose relation says what the name does (`nsubj`)."""
    seen = {t.token_id}
    while t.rel in ("flat:name", "flat", "appos") and t.head_id >= 0 and t.head_id not in seen:   # (a parse may loop)
        t = ctx.tokens[t.head_id]
        seen.add(t.token_id)
    return t


def _indefinite(src: Source) -> bool:
    """`Один республиканец`, `другой эксперт`, `другого туриста`: no one named before."""
    return any(w.text.lower() in INDEFINITE_WORDS or w.pos == "ADJ" and w.lemma.lower() in INDEFINITE_WORDS for w in src.words)


def rule_organisation(ctx: Context, src: Source) -> Optional[Speaker]:
    """An organisation, medium or place heads the phrase (`сообщает ТАСС`, `Минздрав
    заявил`), or an organisation's name follows its kind (`компания Moderna`)."""
    head = src.head
    if head is None:
        return None
    for m, t in _mentions_in(ctx, src.words):
        if m.type in ("ORG", "LOC") and not _anonymous(m) and not _generic_name(m) and (
                t is head or (head.lemma in ORG_HEADS | COLLECTIVE_NOUNS and m.type == "ORG")):   # not `комиссия Германии`
            if t is not head and head.lemma.lower() in PRESS_NOUNS and not ABBREVIATION.fullmatch(m.text):
                return None   # `пресс-служба прокуратуры Свердловской области`: the service, as labellers name it
            return from_mention(_body_of_press_service(ctx, m), "organisation")   # (`пресс-служба ЕК`: the body)
    return None


def _body_of_press_service(ctx: Context, m: Mention) -> Mention:
    """`пресс-служба IWF`, `пресс-службу РУСАДА` tagged as one organisation: the body it speaks
    for, named inside it by an abbreviation (the federation the article introduced as
    `Международная федерация тяжелой атлетики (IWF)`, in the same words in any case). A body
    named in words keeps its press service (`пресс-служба Министерства строительства
    Татарстана`: labellers mostly name the service so)."""
    first = _first_noun(ctx, m)
    if first is None or first.lemma.lower() not in PRESS_NOUNS:
        return m
    inner = [n for n in ctx.mentions if n is not m and n.type == "ORG" and m.start < n.start and n.end <= m.end
             and ABBREVIATION.fullmatch(n.text)]
    return inner[0] if inner else m


ABBREVIATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9&-]{1,7}")


def _press_service_of(ctx: Context, body: Mention, head: Token) -> Optional[Speaker]:
    """`пресс-служба министерства` after `Минтруд России`: the body's press service, named with
    the body in the genitive (`Пресс-служба Минтруда России`, as labellers name a service);
    None where its name does not decline."""
    name = body.entity_key.partition(":")[2] or body.normal
    first, _, rest = name.partition(" ")
    if KIND_ABBREVIATIONS.get(first.lower()) == "общество" and rest[:1] in "«\"" and rest[-1:] in "»\"":
        name = rest[1:-1]   # `АО "АвтоВАЗ"` → `Пресс-служба АвтоВАЗа`
    genitive = genitive_phrase(name) if name[:1].isupper() else None
    if genitive is None:
        return None
    return Speaker(f"Пресс-служба {genitive}", "ORG", None, head.start, head.end, "organisation_anaphor", "organisation")


def rule_organisation_phrase(ctx: Context, src: Source) -> Optional[Speaker]:
    """An organisation named by a description natasha does not tag: `пресс-служба главы
    республики`, `Центр контроля и профилактики заболеваний США`, `по данным оперативного
    штаба` → the phrase in the nominative; a bare `Организация` → the organisation quoted
    or named last."""
    head = src.head
    if head is not None and head.lemma.lower() in COMPANY_ONLY_NOUNS and not _quoted_name_closing(ctx, src.words, head) \
            and not any(not FIELD_COMPOUND.fullmatch(m.text) for m, _ in _mentions_in(ctx, src.words)):
        # `поставщик IT-решений сообщил` after `Компания Softline`: the
        named = _latest_body(ctx, head)   # company named last, where no person was described so (the role rules' first)
        return from_mention(named, "organisation_anaphor", head) if named is not None else None
    field = _field_department(ctx, [w for w in src.words if w.pos != "PUNCT"], head) if head is not None else None
    if field is not None:   # `Внешнеполитическое ведомство заявило` after `МИД Японии`
        return from_mention(field, "organisation_anaphor", head)
    if head is None or feats(head).get("Case") is None or head.lemma.lower() not in ORG_HEADS | COLLECTIVE_NOUNS and not (
            head.lemma.lower() in COMPANY_NOUNS and _quoted_name_closing(ctx, src.words, head)):
        return None
    kind = "collective" if head.lemma.lower() in COLLECTIVE_NOUNS else "organisation"
    if any(w.text.lower() in QUANTIFIER_WORDS for w in src.words):
        return None   # `несколько медицинских компаний`: unnamed ones
    words = [w for w in _outside_brackets(src.words) if (w.pos != "PUNCT" or w.text in "-«»\"") and w.lemma.lower() not in EMPHATIC_WORDS]
    if len(words) == 2 and head.lemma.lower() in PRESS_NOUNS and words[1].lemma.lower() in ORG_HEADS | COMPANY_KIND_NOUNS \
            and feats(words[1]).get("Case") == "Gen" and words[1].pos == "NOUN":   # `пресс-служба министерства`:
        named = _latest_org_headed(ctx, words[1]) or _latest_body(ctx, words[1])   # the body named so last
        if named is not None:
            return _press_service_of(ctx, named, head) or from_mention(named, "organisation_anaphor", head)
    if len(words) > 1 and kind == "organisation" and words[-1] is head and head.lemma.lower() in GENERIC_ORG_NOUNS \
            and all(w.pos == "ADJ" and w.text.islower() for w in words[:-1]):
        body = _latest_body(ctx, head)
        named = _latest_org_headed(ctx, head) or (body if body is not None and _department(ctx, body) else None)
        if named is not None:   # `— информирует федеральная служба` after `Роспотребнадзор`; not the company
            return from_mention(named, "organisation_anaphor", head)   # named last for `европейское ведомство`
    if len(words) == 1 and head.lemma.lower() in ORG_SHORT_FORMS and head.text.islower() and _latest_org_headed(ctx, head) is None:
        # `минсельхоз подтвердил`: a ministry's short name in lower case names it (the one named so before, if any)
        short = same_name("ORG", head.lemma)
        named = next((m for m in reversed(ctx.mentions) if m.type == "ORG" and m.end <= head.start
                      and same_name("ORG", m.normal) == short), None)
        name = head.lemma[:1].upper() + head.lemma[1:]
        return from_mention(named, "organisation_phrase", head) if named is not None else \
            Speaker(name, "ORG", f"ORG:{name}", head.start, head.end, "organisation_phrase", kind)
    if len(words) == 1 and kind == "organisation":
        named = _latest_org_headed(ctx, head)
        if named is not None:   # `заявление института` after `Институт имени Роберта Коха`
            return from_mention(named, "organisation_anaphor", head)
        phrase = _latest_phrase_headed(ctx, head)
        if phrase:   # `штаб Трампа подал иск. В заявлении штаба ...`: the body the article described so
            return Speaker(_phrase_name(ctx, phrase), "ORG", None, head.start, head.end, "organisation_anaphor", kind)
        media = head.lemma.lower() in MEDIA_DESCRIPTORS   # `по данным издания`: a medium; `штаба`: no medium
        last = next((s for s in reversed(src.previous_speakers) if s.type == "ORG" and (media or s.kind != "media")), None)
        if last is not None and not (media or head.lemma.lower() in GENERIC_ORG_NOUNS
                                     or head.lemma.lower()[:3] in (last.name or "").lower()):
            last = None   # `Прокуратура сообщала` after `ГУМЧС информировало`: a body of another kind
        named = _latest_body(ctx, head)
        if named is not None and (last is None or named.end > last.end):   # named since the last one quoted
            return from_mention(named, "organisation_anaphor", head)
        if last is None and head.lemma.lower() in PRESS_NOUNS and feats(head).get("Case") == "Nom":
            # `Пресс-служба отмечает, что ...` with no body named: the press service (not `сообщили в пресс-службе`),
            # this article's own: no run-wide speaker of every unnamed press service
            name = head.lemma[:1].upper() + head.lemma[1:]
            return Speaker(name, "ORG", f"ORG:{name}#{ctx.doc.doc_id}", head.start, head.end, "organisation_phrase", kind)
        return Speaker(last.name, "ORG", last.key, head.start, head.end, "organisation_anaphor", last.kind) if last else None
    own = [w for w in words if w.start > head.start]
    if head.lemma in ORG_DESCRIPTORS and own and latin(own[0].text[:1]):
        name = ctx.doc.text[own[0].start:own[-1].end]   # `научного онлайн-издания Sciencemag` → Sciencemag
        kind = "media" if name.lower() in MEDIA or head.lemma in MEDIA_DESCRIPTORS else kind
    else:
        name = _phrase_name(ctx, _without_country_word(words))
    return Speaker(name[:1].upper() + name[1:], "ORG", None, words[0].start, words[-1].end, "organisation_phrase", kind)


def _without_country_word(words: Sequence[Token]) -> Sequence[Token]:
    """A body's phrase without a closing word that stands for the country named before
    (`министерства энергетики королевства` → `Министерство энергетики`, whose country the
    article gave: COUNTRY_NOUNS); the name stays a true part of the body's full one."""
    last = words[-1]
    if len(words) >= 3 and last.lemma.lower() in COUNTRY_NOUNS and last.text.islower() and feats(last).get("Case") == "Gen" \
            and words[-2].pos == "NOUN" and feats(words[-2]).get("Case") == "Gen" and not _is_role(words[-2]):
        # (not `пресс-служба главы республики`, `министерства экономики Удмуртской Республики`)
        return words[:-1]
    return words


def _word_before_name(ctx: Context, m: Mention) -> Tuple[Optional[Token], bool]:
    """The word right before a name, past its opening quotation mark, and whether it had one
    (`компании «Softline»` → `компании`, True)."""
    k = _first_token(ctx, m).token_id - 1
    quoted = k >= 0 and ctx.tokens[k].text in OPENING_MARKS
    k -= quoted
    return (ctx.tokens[k] if k >= 0 else None), quoted


def _named_as_company(ctx: Context, m: Mention) -> bool:
    """A company by its name: of a company's legal form (`АО "Мострансавто"`), or right after a
    word of a company's kind (`Компания Softline`, `фармкомпании «Биокад»`); not a department,
    a centre named in words or a Latin name alone (`Greenpeace`)."""
    first = _first_noun(ctx, m)
    before, _ = _word_before_name(ctx, m)
    return (first is not None and (_company_word(first.lemma) or KIND_ABBREVIATIONS.get(first.lemma.lower()) == "общество")) \
        or (before is not None and _company_word(before.lemma))


def _company_word(lemma: str) -> bool:
    """A word of a company's kind, compounds too (`фармкомпания`, `автоконцерн`)."""
    lemma = lemma.lower()
    return lemma in COMPANY_WORDS | COMPANY_NOUNS | ORG_DESCRIPTORS | COMPANY_HEADS or lemma.endswith(ORG_COMPOUND_HEADS)


def _other_kind(ctx: Context, m: Mention, head: Token) -> bool:
    """The body's name holds a word of another kind than ``head`` (`АО «Международный аэропорт
    Шереметьево»` for `авиакомпании`)."""
    own = head.lemma.lower()
    return any(w.lemma.lower() != own and w.lemma.lower() in OTHER_KIND_WORDS
               for w in tokens_between(ctx.tokens, m.start, m.end))


def _club(ctx: Context, m: Mention, sport: bool) -> bool:
    """A sports club by its name: in quotation marks in an article on sport (`«Краснодар»`), or
    after a club's kind (`ФК «Балтика»`, `клуб «Бавария»`)."""
    _, quoted = _word_before_name(ctx, m)
    kind = _first_noun(ctx, m)
    return (sport and quoted) or (kind is not None and (
        kind.lemma.lower() in CLUB_HEADS or KIND_ABBREVIATIONS.get(kind.lemma.lower()) == "клуб"))


def _product(ctx: Context, m: Mention) -> bool:
    """A name in quotation marks right after a noun of a product (`препарата "Гам Ковид Вак"`)."""
    before, quoted = _word_before_name(ctx, m)
    return quoted and before is not None and before.lemma.lower() in PRODUCT_NOUNS


FIELD_COMPOUND = re.compile(r"[A-ZА-ЯЁ]{2,5}-[а-яё]+")   # `IT-решений`, `ИТ-услуг`: a field, no name (natasha tags some)


def _phrase_name(ctx: Context, words: Sequence[Token]) -> str:
    """A body's descriptive phrase in the nominative, capitalised (`Штаб Трампа`)."""
    name = normal_form("ORG", words, ctx.doc.text[words[0].start:words[-1].end], ctx.doc.text)
    return name[:1].upper() + name[1:]


def _quoted_name_closing(ctx: Context, words: Sequence[Token], head: Token) -> bool:
    """The phrase ends in a quoted name right after its head, in the head's case (`оператор
    «Экотехпром»`; not a product's name in the genitive: `производитель «Спутника V»`)."""
    after = [w for w in words if w.start > head.start]
    return len(after) >= 3 and after[0].text in OPENING_MARKS and after[-1].text in "»\"“”" \
        and after[0].token_id == head.token_id + 1 and feats(after[1]).get("Case") in (None, feats(head).get("Case"))


def _latest_phrase_headed(ctx: Context, head: Token) -> Tuple[Token, ...]:
    """The latest phrase in the last few sentences before ``head`` headed by its noun in the
    singular with the body's owner named right after it (`штаб Трампа`), as far as the owner."""
    if feats(head).get("Number") == "Plur":
        return ()   # `в заявлениях штабов`: several bodies
    for t in reversed(ctx.tokens_with_lemma(head.lemma)):
        if t.start >= head.start or t.pos != "NOUN" or feats(t).get("Number") == "Plur" or ctx.inside_quote(t.start):
            continue
        if head.sentence_id - t.sentence_id > ORG_PHRASE_SENTENCES or t.token_id + 1 >= len(ctx.tokens):
            break
        owner = ctx.tokens[t.token_id + 1]
        m = ctx.mention_of.get(owner.token_id)
        if owner.head_id == t.token_id and feats(owner).get("Case") == "Gen" and (m is not None or owner.pos == "PROPN"):
            last = tokens_between(ctx.tokens, m.start, m.end)[-1] if m is not None else owner
            return tuple(ctx.tokens[t.token_id:last.token_id + 1])
    return ()


def _field_department(ctx: Context, words: Sequence[Token], head: Token) -> Optional[Mention]:
    """The ministry a generic word with a field's adjective means (`внешнеполитическое ведомство`,
    `дипведомство`, FIELD_DEPARTMENTS): the latest organisation before it named so (`МИД Японии`)."""
    if not words or words[-1] is not head or feats(head).get("Number") == "Plur":
        return None
    starts = FIELD_DEPARTMENT_WORDS.get(head.lemma.lower())
    if starts is None and head.lemma.lower() in GENERIC_ORG_NOUNS and len(words) == 2 and words[0].pos == "ADJ":
        starts = FIELD_DEPARTMENTS.get(words[0].lemma.lower())
    if starts is None:
        return None
    return next((m for m in reversed(ctx.mentions) if m.type == "ORG" and m.end <= head.start
                 and m.normal.lower().startswith(starts)), None)


def _latest_body(ctx: Context, head: Token) -> Optional[Mention]:
    """For a generic word for a body in the singular (`по информации ведомства`, `регулятор`;
    not `ведомства призвали`: several bodies), the organisation named last before it: not a
    medium (the agency of the dateline), `СМИ` or `COVID-19`; the outermost of the last named."""
    if head.lemma.lower() not in GENERIC_ORG_NOUNS | COMPANY_KIND_NOUNS | COMPANY_NOUNS | COMPANY_HEADS | CLUB_HEADS \
            or feats(head).get("Number") == "Plur":
        return None
    bodies = [m for m in ctx.mentions if m.type == "ORG" and m.end <= head.start and not _anonymous(m)
              and (re.search("[а-яё]", m.text.lower()) or DEPARTMENT_ABBREVIATIONS.match(m.normal)   # not `COVID-19`; `FDA`
                   or LATIN_NAME.fullmatch(m.text) and ctx.doc.text[m.start - 1:m.start] != "@")   # `Интернет-гигант
              # Google ... в блоге компании`; not an account (`@realDonaldTrump`)
              and not _generic_name(m) and kind_of(m) != "media"]
    if head.lemma.lower() in ("ведомство", "служба"):   # a government department where the article named one
        bodies = [m for m in bodies if _department(ctx, m)] or bodies
    elif head.lemma.lower() in REGULATOR_NOUNS:   # the central bank or a department, never the bank it regulates
        bodies = [m for m in bodies if _department(ctx, m) or same_name("ORG", m.normal, in_article=True) == CENTRAL_BANK]
    elif head.lemma.lower() in COMPANY_KIND_NOUNS:   # `пресс-служба завода`: a company the article named as one
        companies = {m.entity_key for m in bodies if KIND_ABBREVIATIONS.get(getattr(_first_noun(ctx, m), "lemma", "").lower()) == "общество"}
        bodies = [m for m in bodies if m.entity_key in companies]   # (`АО "АвтоВАЗ"` ... `АвтоВАЗа`; not a ministry)
    elif head.lemma.lower() in COMPANY_NOUNS | COMPANY_HEADS:   # `поставщик`, `производитель`: a company, never a department,
        products = {n.entity_key for n in ctx.mentions if n.type == "ORG" and _product(ctx, n)}   # nor what it makes;
        companies = {n.entity_key for n in ctx.mentions if n.type == "ORG" and _named_as_company(ctx, n)}
        acting = {n.entity_key for n in ctx.mentions if n.end <= head.start and _is_subject(ctx, n, any_case=True)}   # one the article
        bodies = [m for m in bodies if m.entity_key in companies & acting and m.entity_key not in products   # has act
                  and not _department(ctx, m) and not _other_kind(ctx, m, head)]   # (not `компании Orsted` it supplied)
    elif head.lemma.lower() in CLUB_HEADS:   # `клуба`: a club named in quotation marks (in an article on sport) or by
        sport = any(ctx.tokens_with_lemma(w) for w in SPORT_WORDS)   # a club's kind
        bodies = [m for m in bodies if _club(ctx, m, sport)]
    elif head.lemma.lower() in BODY_KINDS:   # `дипмиссия`: an embassy where the article named one
        heads = BODY_KINDS[head.lemma.lower()]
        bodies = [m for m in bodies if getattr(_first_noun(ctx, m), "lemma", "").lower() in heads] or bodies
    bodies = [m for m in bodies if not _where(ctx, m)] or bodies
    last = max(bodies, key=lambda m: (m.end, -m.start), default=None)
    if last is None:
        return None
    subjects = [m for m in bodies if _is_subject(ctx, m)
                and _first_token(ctx, last).sentence_id - SUBJECT_REACH <= _first_token(ctx, m).sentence_id
                and not (head.lemma.lower() in COMPANY_WORDS and _department(ctx, m))]   # (`ФАС оштрафовала «Яндекс»`: no company)
    return max(subjects, key=lambda m: (m.end, -m.start), default=last)   # the body the sentences were about


LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z&.' -]*[A-Za-z]")   # a company's Latin name, no digits (not `COVID-19`)
SUBJECT_REACH = 2   # sentences back from the body named last in which a body as a subject is preferred
COMPANY_WORDS = frozenset("компания ритейлер ретейлер перевозчик авиаперевозчик застройщик эмитент".split()) | COMPANY_KIND_NOUNS | COMPANY_NOUNS


def _is_subject(ctx: Context, m: Mention, any_case: bool = False) -> bool:
    """The mention's phrase is its clause's subject (`ритейлер X5 Retail Group нарастил ...`);
    with ``any_case``, a passive's too and whatever case the tagger gave an abbreviation
    (`ОАО[Gen?] «Аэрофлот» перевезло`)."""
    words = tokens_between(ctx.tokens, m.start, m.end)
    inside = {w.token_id for w in words}
    tops = [_name_top(ctx, w) for w in words if w.head_id not in inside]
    if any_case:
        return any(t.rel.startswith("nsubj") for t in tops)
    return any(t.rel == "nsubj" and feats(t).get("Case") in ("Nom", None) for t in tops)


def _where(ctx: Context, m: Mention) -> bool:
    """A body named as the place where something is, the preposition right before it (`в ТРЦ
    «Океания»`, `на заводе «Шинник»`), or a shop or venue by its kind (`супермаркет
    «Перекресток»`): no actor for `сообщила компания` to point back to."""
    first = _first_token(ctx, m)
    before = ctx.tokens[first.token_id - 1] if first.token_id > 0 else None
    if before is None or before.sentence_id != first.sentence_id:
        return False
    kind = ctx.tokens[before.token_id - 1] if before.text in "«\"" and before.token_id > 0 else before   # `супермаркет "Перекресток"`
    if kind.text.lower() in ("в", "во", "на") and first.rel != "nsubj":
        top = _name_top(ctx, first)
        verb = ctx.tokens[top.head_id] if top.head_id >= 0 else None
        speaks = verb is not None and verb.pos == "VERB" and feats(verb).get("Number") == "Plur" \
            and not any(c.rel.startswith("nsubj") for c in ctx.children.get(verb.token_id, []))
        return not speaks   # (`В «Яндексе» не согласились`: the body speaks there)
    return first.lemma.lower() in VENUE_NOUNS or kind.lemma.lower() in VENUE_NOUNS


def _first_noun(ctx: Context, m: Mention) -> Optional[Token]:
    return next((t for t in tokens_between(ctx.tokens, m.start, m.end) if t.pos in ("NOUN", "PROPN")), None)


def _department(ctx: Context, m: Mention) -> bool:
    """A government department: `МИД Молдавии`, `Министерство финансов`, `Роспотребнадзор`."""
    first = _first_noun(ctx, m)
    name = m.normal.lower()
    return (first is not None and first.lemma.lower() in DEPARTMENT_HEADS) \
        or (name.startswith(DEPARTMENT_PREFIXES) and not name.startswith("российск")) \
        or bool(DEPARTMENT_ABBREVIATIONS.match(m.normal))   # (`Российские железные дороги`, a company)


def _latest_org_headed(ctx: Context, head: Token) -> Optional[Mention]:
    """The organisation named last before ``head`` whose name's first noun is ``head``'s
    (`Немецкий Институт имени Роберта Коха` ... `института`); one named outside quotations
    first (`Верховный суд ... «Приговор Нижнекамского городского суда ...», — говорится в
    сообщении суда`: the quoted court is what the statement is about)."""
    headed = [m for m in ctx.mentions if m.type == "ORG" and m.end <= head.start and _first_noun_is(ctx, m, head)]
    outside = [m for m in headed if not ctx.inside_quote(m.start)]
    return (outside or headed)[-1] if headed else None


def _first_noun_is(ctx: Context, m: Mention, head: Token) -> bool:
    """The organisation's name opens with ``head``'s noun (a ministry with `министерство`, a
    club with `ХК`), or is one word compounded with it (`Сбербанк` ... `банка`)."""
    first = _first_noun(ctx, m)
    if first is None:
        return False
    first_lemma = first.lemma.lower()
    compound = " " not in m.text and len(first_lemma) > len(head.lemma) + 2 and first_lemma.endswith(head.lemma)
    return first.lemma == head.lemma or compound or (   # `Минздрав` ... `министерства`
        head.lemma == "министерство" and first_lemma in MINISTRIES) or KIND_ABBREVIATIONS.get(first_lemma) == head.lemma


def _outside_brackets(words: Sequence[Token]) -> List[Token]:
    """The words not inside brackets: `комиссия по вакцинации Германии (STIKO)` → no `STIKO`."""
    out, depth = [], 0
    for w in words:
        depth += w.text == "("
        if depth == 0:
            out.append(w)
        depth -= w.text == ")" and depth > 0
    return out


def rule_document_owner(ctx: Context, src: Source) -> Optional[Speaker]:
    """A document or a page says it (`в обращении главы компании Альберта Бурлы отмечается`,
    `в заявлении МИД говорится`, `в правилах правительства`): its owner named in the phrase,
    or the person its possessive pronoun points to (`в ее публикации`)."""
    head = src.head
    if head is None or head.lemma not in CITED_NOUNS:
        return None
    pronoun = next((w for w in src.words if w.start < head.start and w.text.lower() in POSSESSIVE_PRONOUNS), None)
    found = _pronoun_owner(ctx, src, pronoun) if pronoun is not None else None
    if found:   # `говорится в ее публикации`: the pronoun's person
        return replace(found, start=pronoun.start, end=pronoun.end, rule="document_owner")
    after = tuple(w for w in src.words if w.start > head.start)
    owners = [m for m, t in _mentions_in(ctx, after) if not _anonymous(m) and not _named_after(ctx, t)]
    not_pages = [m for m in owners if not _page_word(_first_noun(ctx, m)) and not _page_name(m.text)]
    owner = next((w for w in after if w.lemma in ORG_HEADS | COLLECTIVE_NOUNS and w.pos == "NOUN"), None)
    if not not_pages and owner is not None and all(m.end <= owner.start for m in owners):
        owners = []   # `в сообщении Telegram-канала ведомства`: the body the page belongs to
    owners = not_pages or owners
    if owner is not None and owner.token_id not in ctx.mention_of and all(m.type == "LOC" and m.start > owner.start for m in owners):
        owners = []   # `на сайте министерства сельского хозяйства Амурской области`: the ministry, not its region
    for m in sorted(owners, key=lambda m: m.type != "PER"):   # (a page's owner, not the page: `Telegram-канале МВД`)   # `в заявлении главы МИД Сергея Лаврова`: the person
        return from_mention(_body_of_press_service(ctx, m), "document_owner")
    if owner is None:
        return _role_owner(ctx, src, after)
    found = rule_organisation_phrase(ctx, Source(src.cue, tuple(w for w in after if w.start >= owner.start),
                                                 src.previous_speakers))
    return replace(found, rule="document_owner") if found else None


def _role_owner(ctx: Context, src: Source, after: Tuple[Token, ...]) -> Optional[Speaker]:
    """A document of a person named by a role (`говорится в решении судьи`, `в публикации
    сенатора`): the person the article described by that role (`Судья Мэттью Брэнсон` before),
    as the role's own phrase finds him (its gender, not the document noun's; `Член комитета
    Совета Федерации` for `сенатора`, or the one just quoted); no guess at the person named last
    (`в указе президента` after a governor named)."""
    role = next((w for w in after if w.pos in ("NOUN", "PROPN")), None)
    if role is None or not _is_role(role) or feats(role).get("Case") != "Gen" or feats(role).get("Number") == "Plur":
        return None
    found = attribute(ctx, replace(src, words=tuple(w for w in after if w.start >= role.start)))
    guessed = found.rule in ("role_latest_person", "role_only_of_gender", "occupation_last_speaker", "person_noun_last_speaker")
    return replace(found, rule="document_owner") if found.name and not guessed else None


def _page_word(t: Optional[Token]) -> bool:
    """A page's noun (`сайт`, `Telegram-канал` in any case)."""
    return t is not None and (t.lemma.lower() in PAGE_NOUNS or _page_name(t.text))


def _page_name(text: str) -> bool:
    """`Telegram-канала`, `YouTube-канале`: a channel, whatever the tagger made of its foreign half."""
    return "-" in text and text.lower().rsplit("-", 1)[-1].startswith("канал")


def _pronoun_owner(ctx: Context, src: Source, pronoun: Token) -> Optional[Speaker]:
    """The person a document's possessive pronoun points to, unless an organisation was
    named after that person (`Минфин выпустил заявление. В его сообщении ...`)."""
    found = _antecedent(ctx, src, pronoun, POSSESSIVE_PRONOUNS[pronoun.text.lower()])
    if found is None or any(m.type == "ORG" and found.end <= m.start and m.end <= pronoun.start for m in ctx.mentions):
        return None
    return found


def rule_statement_document(ctx: Context, src: Source) -> Optional[Speaker]:
    """A statement's document with no owner named (`говорится в сообщении`, `в заявлении
    подчеркивается`) is the statement of the one named speaking just before
    (`сообщает пресс-служба главы республики`)."""
    head = src.head
    if head is None or head.lemma not in STATEMENT_DOCUMENTS or any(
            w.pos in ("NOUN", "PROPN", "PRON") for w in src.words if w is not head):
        return None
    said_from = min(src.cue.start, src.content_start if src.content_start is not None else src.cue.start)
    near = [s for s in src.previous_speakers   # back from the quotation's start (`"...", - говорится`)
            if s.name and s.start <= src.cue.start and said_from - s.start <= STATEMENT_DOCUMENT_REACH]
    owner = [s for s in near if s.rule == "document_owner" and _same_document(ctx, s, head)]   # a document of the same
    # kind with its owner named before: its statement
    last = (owner or near or [None])[-1]   # (`Об этом сказано в сообщении профсоюза, отмечает УНН. "...", —
    # говорится в сообщении` is the union's, not the medium's that relays it)
    return replace(last, start=head.start, end=head.end, rule="statement_document") if last else None


def _same_document(ctx: Context, speaker: Speaker, head: Token) -> bool:
    """The speaker was named as the owner of a document of the head's kind (`в сообщении
    профсоюза` before `говорится в сообщении`)."""
    sentence = ctx.by_sentence.get(_last_token(ctx, speaker.end).sentence_id, [])
    return any(w.lemma == head.lemma and w.start <= speaker.start for w in sentence)


def rule_nickname(ctx: Context, src: Source) -> Optional[Speaker]:
    """`Пользователь ЖЖ zyalt сообщает`: a user name in Latin letters after a user noun; not
    the service many users belong to (`Пользователи Tumblr угрожали`: an organisation)."""
    head = src.head
    named = _name_after_alias_words(src.words)
    if named is not None and head is not None and feats(head).get("Number") != "Plur":
        return Speaker(named.text, "PER", None, named.start, named.end, "nickname")
    if head is None or head.lemma not in NICKNAME_NOUNS or feats(head).get("Number") == "Plur":
        return None
    nick = next((w for w in src.words if w.start > head.start and latin(w.text)
                 and getattr(ctx.mention_of.get(w.token_id), "type", None) not in ("ORG", "LOC")), None)
    return Speaker(nick.text, "PER", None, nick.start, nick.end, "nickname") if nick else None


def _name_after_alias_words(words: Sequence[Token]) -> Optional[Token]:
    """`хакер под ником TheWay`, `блогер под псевдонимом Шарий`: the word after them, a name in
    Latin letters or a capitalised one (the person goes by it; no other name is given)."""
    lowered = [w.text.lower() for w in words]
    for k in range(len(words) - 2):
        if tuple(lowered[k:k + 2]) in ALIAS_WORDS:
            w = words[k + 2]
            return w if latin(w.text) or (w.text[:1].isupper() and w.pos in ("PROPN", "NOUN")) else None
    return None


def rule_latin_name(ctx: Context, src: Source) -> Optional[Speaker]:
    """A source named only in Latin letters the tagger left untagged (`Согласно comScore`)."""
    words = [w for w in src.words if w.pos != "PUNCT"]
    if not words or len(words) > 4 or not all(latin(w.text) for w in words) or any(
            w.token_id in ctx.mention_of for w in words):
        return None
    name = ctx.doc.text[words[0].start:words[-1].end]
    kind = "media" if name.lower() in MEDIA else "organisation"
    return Speaker(name, "ORG", None, words[0].start, words[-1].end, "latin_name", kind)


def rule_untagged_surname(ctx: Context, src: Source) -> Optional[Speaker]:
    """A lone capitalised word the NER tagger missed that the morphology tagger reads as a
    person (animate proper noun) and that is the cue's subject in the nominative (`Кихара
    заявил`): a surname, named as the article names the person elsewhere if it does."""
    words = [w for w in src.words if w.pos != "PUNCT"]
    if len(words) != 1 or words[0].token_id in ctx.mention_of:
        return None
    w, f = words[0], feats(words[0])
    if w.pos != "PROPN" or not w.text[:1].isupper() or w.text.isupper() or f.get("Animacy") != "Anim" \
            or f.get("Case") != "Nom" or w.start > src.cue.start or not w.rel.startswith("nsubj") \
            or (_common_word(w.text) and not w.text.lower().endswith(ADJECTIVAL_SURNAME_ENDINGS)):
        return None   # (not `Политолог заявил`: a common noun opening the sentence; `Бельский заявил`: a
                      # surname shaped like an adjective the dictionary knows, read as a person)
    owner = _full_name_with_surname(ctx, w.text)
    if owner is not None:
        return from_mention(owner, "untagged_surname", w)
    return Speaker(w.text, "PER", f"PER:{w.text}", w.start, w.end, "untagged_surname")


ADJECTIVAL_SURNAME_ENDINGS = ("ский", "цкий", "ская", "цкая")


def _full_name_with_surname(ctx: Context, surname: str) -> Optional[Mention]:
    """The article's last mention of a person with a first name and this surname, in any form."""
    from pipeline.stages.entities import surname_matches
    return next((m for m in reversed(ctx.mentions) if m.type == "PER" and len(m.entity_key.split()) >= 2
                 and surname_matches(m.entity_key.split()[-1], surname)), None)


def _common_word(word: str) -> bool:
    """A word the dictionary knows as something other than a name (`политолог`, `очевидица`)."""
    from pipeline.models import morph_analyzer
    low = word.lower()
    return any(p.methods_stack and p.methods_stack[0][1] == low   # the whole word is the dictionary's, not a guess from its end
               and not any(t in p.tag for t in ("Surn", "Name", "Patr", "Geox", "Orgn", "Trad"))
               for p in morph_analyzer().parse(low))


def rule_nationality(ctx: Context, src: Source) -> Optional[Speaker]:
    """A person named by their country (`— признался колумбиец`, `по словам британца`) → the
    latest person before it whom the article described with the country's adjective
    (`колумбийского нападающего Хуана Пабло Рестрепо`, or an earlier statement's source
    `— сказал финский специалист`), of the cue's gender."""
    head = src.head
    adjective = NATIONALITIES.get(head.lemma.lower()) if head is not None else None
    if adjective is None or feats(head).get("Number") == "Plur":
        return None
    best = None
    described = {s.start: s for s in src.previous_speakers if s.type == "PER"}   # `— сказал финский специалист`
    for t in ctx.tokens_with_lemma(adjective):
        if t.start >= head.start:
            break
        sentence = ctx.by_sentence[t.sentence_id]
        i = t.token_id - sentence[0].token_id
        w = next((w for w in sentence[i + 1:i + 1 + NATIONALITY_REACH]
                  if w.token_id in ctx.mention_of and ctx.mention_of[w.token_id].type == "PER"), None)
        m = ctx.mention_of[w.token_id] if w is not None else None
        if m is not None and _described_by_adjective(t, w) and (src.gender is None or ctx.mention_gender(m) in (src.gender, None)):
            best = from_mention(m, "nationality", head)
        elif 0 <= t.head_id < len(ctx.tokens) and ctx.tokens[t.head_id].start in described:
            s = described[ctx.tokens[t.head_id].start]   # a speaker's role phrase the adjective describes
            if src.gender is None or ctx.entity_gender(s.key) in (src.gender, None):
                best = Speaker(s.name, s.type, s.key, head.start, head.end, "nationality")
    return best


def _described_by_adjective(adjective: Token, name: Token) -> bool:
    """The adjective belongs to the name's own phrase: it modifies the name or the noun the
    name stands in apposition to (`колумбийского нападающего Хуана`), not another noun
    (`Американские санкции ударили по Олегу Дерипаске`)."""
    return adjective.head_id == name.token_id or (name.rel in ("appos", "flat:name", "flat") and adjective.head_id == name.head_id)


RULES: List[Tuple[str, Callable]] = [
    ("headline_role", rule_headline_role),   # (only a headline's: its role stands for a name below it)
    ("named_subject", rule_named_subject),
    ("title_with_name", rule_title_with_name),
    ("title_with_surname", rule_title_with_surname),
    ("pronoun", rule_pronoun),
    ("latter", rule_latter),
    ("role_continues", rule_role_continues),
    ("role_described", rule_role_described),
    ("nationality", rule_nationality),
    ("named_by_calling", rule_named_by_calling),
    ("role_last_speaker", rule_role_last_speaker),
    ("role_compound", rule_role_compound),
    ("role_latest_person", rule_role_latest_person),
    ("occupation_last_speaker", rule_occupation_last_speaker),
    ("person_noun_last_speaker", rule_person_noun_last_speaker),
    ("role_field", rule_role_field),
    ("role_named_after", rule_role_named_after),
    ("role_named_next", rule_role_named_next),
    ("named_after_opening", rule_named_after_opening),
    ("assembly_member", rule_assembly_member),
    ("organisation", rule_organisation),
    ("organisation_phrase", rule_organisation_phrase),
    ("document_owner", rule_document_owner),
    ("statement_document", rule_statement_document),
    ("nickname", rule_nickname),
    ("latin_name", rule_latin_name),
    ("untagged_surname", rule_untagged_surname),
]


def attribute(ctx: Context, src: Source) -> Speaker:
    """The speaker, or a Speaker with no name whose rule says why there is none."""
    for _, rule in RULES:
        speaker = rule(ctx, src)
        if speaker and not _another_office(ctx, src, speaker) and not _spoken_to(ctx, src, speaker):
            return _as_medium(speaker, src)
    return _subject_left_out(ctx, src) or _unnamed_office(ctx, src) or _emphatic_topic(ctx, src) or unnamed(src)


def _emphatic_topic(ctx: Context, src: Source) -> Optional[Speaker]:
    """`Сам подсудимый ... настаивал`, `Сама виновница утверждает`: a person word under `сам`
    (EMPHATIC_WORDS) is the one the article is about: the person of the cue's gender it names
    most often before the cue, clearly more often than anyone else of that gender."""
    head, gender = src.head, src.gender
    if head is None or gender is None or not _person_noun(ctx, head) \
            or not any(w.lemma.lower() in EMPHATIC_WORDS and w.start < head.start for w in src.words):
        return None
    ranked = Counter(m.entity_key for m in ctx.mentions if m.type == "PER" and m.end <= head.start
                     and ctx.mention_gender(m) == gender and not ctx.in_boilerplate(m.start)).most_common()
    if not ranked or len(ranked) > 1 and ranked[1][1] * EMPHATIC_LEAD > ranked[0][1] \
            or _related_by(ctx, head, ranked[0][0]):
        return None
    latest = next(m for m in reversed(ctx.mentions) if m.entity_key == ranked[0][0] and m.end <= head.start)
    return from_mention(latest, "emphatic_topic", head)


def _related_by(ctx: Context, head: Token, key: str) -> bool:
    """The article named the person by a relation to someone the word names (`Мать школьницы
    Елену Смирнову` ... `Сама школьница утверждает`: the schoolgirl is someone else): the word
    before, in the genitive, hangs on a noun the person's name stands beside."""
    names = {t.token_id for m in ctx.mentions if m.entity_key == key for t in tokens_between(ctx.tokens, m.start, m.end)}
    for t in ctx.tokens_with_lemma(head.lemma):
        if t.start >= head.start or feats(t).get("Case") != "Gen" or not 0 <= t.head_id < len(ctx.tokens):
            continue
        owner = ctx.tokens[t.head_id]   # `мать` of `мать школьницы`
        if owner.head_id in names or any(n.head_id == owner.token_id for n in map(ctx.tokens.__getitem__, names)):
            return True
    return False


EMPHATIC_LEAD = 2   # the person `сам X` is named at least this many times as often as the next of that gender


def _unnamed_office(ctx: Context, src: Source) -> Optional[Speaker]:
    """`— ответил глава региона`, `цитирует губернатора` in an article that names no holder
    (the role rules found none): one office, one person; the phrase in the nominative is the
    speaker. Not an occupation (`эксперт`), one of many (`представитель`, `депутат`), a plural
    or an indefinite (`один из`, `некий`)."""
    head = src.head
    if head is None or head.lemma.lower() not in OFFICE_NOUNS or head.pos not in ("NOUN", "PROPN") \
            or feats(head).get("Number") == "Plur" or _unspecified(src) \
            or any(w.text.lower() in INDEFINITE_WORDS for w in src.words if w.start <= head.start) \
            or any(feats(t).get("Number") == "Plur" for t in ctx.tokens_with_lemma(head.lemma)):
        return None   # (`руководители всех школ ... — пожаловался руководитель`: one of many)
    after = [w for w in src.words if w.start > head.start and w.pos != "PUNCT"]
    if head.lemma.lower() == "глава" and (not after or after[0].lemma.lower() in NOT_OFFICE_BODIES):
        return None   # `глава семьи`: no office; a bare `глава` names no body
    comma = next((w.start for w in src.words if w.start > head.start and w.text == ","), src.words[-1].end)
    words = [w for w in src.words if w.start < comma and (w.pos != "PUNCT" or w.text in "-«»\"")]   # (`бывший министр`)
    if any(w.text[:1].isupper() and getattr(ctx.mention_of.get(w.token_id), "type", "PER") == "PER" for w in words[1:]):
        return None   # `губернатора Виталия Хоценко`, `директор школы елена Трифонова`: a name the tagger missed
    name = normal_form("ORG", words, ctx.doc.text[words[0].start:words[-1].end], ctx.doc.text)
    earlier = next((s for s in reversed(src.previous_speakers) if (s.key or "").startswith(OFFICE_KEY) and s.name
                    and _one_office(name.lower(), s.name.lower())), None)
    if earlier is not None:   # `губернатор Курской области объявил ...` then `— заявил глава региона`: the office named first
        return replace(earlier, start=head.start, end=head.end, rule="role_unnamed")
    return Speaker(name, "PER", f"{OFFICE_KEY}{name}#{ctx.doc.doc_id}", head.start, head.end, "role_unnamed", "person")


# The level of a territory an office's phrase names (`губернатор Курской области`, `глава города`).
TERRITORY_LEVELS = {"области": "region", "края": "region", "республики": "region", "региона": "region",
                    "города": "city", "столицы": "city", "района": "district"}


def _one_office(a: str, b: str) -> bool:
    """Two phrases of one unnamed office (`губернатор курской области`, `глава региона`): the
    same phrase, or names of one office (OFFICE_ALIASES) at one territory's level (not `аким
    области` and `глава города`); a phrase's first word counts for it only before a territory
    (`министр финансов` is no `министр обороны`), and a bare head noun names the office before."""
    if a == b or (len(a.split()) == 1 and a == b.split()[0]):
        return True   # (a bare head noun names the office before: `министр` after `министр финансов`)
    levels = {_territory_level(a), _territory_level(b)} - {None}
    return len(levels) <= 1 and not _office_forms(a).isdisjoint(_office_forms(b))


def _territory_level(phrase: str) -> Optional[str]:
    return next((TERRITORY_LEVELS[w] for w in phrase.split()[1:] if w in TERRITORY_LEVELS), None)


def _office_forms(phrase: str) -> set:
    words = phrase.split()
    return _office_names(phrase) | (_office_names(words[0]) if len(words) == 1 or _territory_level(phrase) else set())


def _subject_left_out(ctx: Context, src: Source) -> Optional[Speaker]:
    """`Кагановская заявила, что ... . И добавила, что ...`: a cue with no subject at all that
    opens its sentence (after `И`, `Также`), in the past tense of one gender, goes on with the
    speaker of the statement just before, of that gender."""
    f, last = feats(src.cue), src.last
    present = f.get("Tense") == "Pres" and f.get("Person") == "3"   # `Говорит, семья оказалась ...`: either gender
    if src.words or not (f.get("Tense") == "Past" and f.get("Gender") in GENDERS or present) or f.get("Number") != "Sing":
        return None
    before = [t for t in ctx.by_sentence[src.cue.sentence_id] if t.start < src.cue.start]
    if _quotation_first(ctx, src, before):
        return _subject_before_quotation(ctx, src)
    if len(before) > 3 or any(t.pos != "PUNCT" and t.text.lower() not in SUBJECTLESS_OPENERS for t in before):
        return _joined_to_statement(ctx, src, before)
    # `Лидер объединения Геннадий Зюганов обсудил ситуацию. Отметил, что ...`: the subject of the
    # sentence before, of the verb's gender, goes on (not a medium quoted before it)
    gender = GENDERS.get(f.get("Gender"))
    subject = _main_subject(ctx, src.cue.sentence_id - 1, gender, exclude=())
    if subject is not None:
        return replace(from_mention(subject, "subject_left_out"), start=src.cue.start, end=src.cue.start)
    if last is None or not last.name or gender is not None and ctx.entity_gender(last.key) not in (gender, None):
        return None
    return replace(last, start=src.cue.start, end=src.cue.start, rule="subject_left_out")


def _quotation_first(ctx: Context, src: Source, before: List[Token]) -> bool:
    """`«...», — писал в обзоре 15 апреля.`: the cue's sentence holds nothing before it but the
    quotation it reports and its marks."""
    return src.content_start is not None and src.content_start < src.cue.start and bool(before) \
        and all(ctx.inside_quote(t.start) or t.pos == "PUNCT" for t in before)


def _subject_before_quotation(ctx: Context, src: Source) -> Optional[Speaker]:
    """`ЦБ объяснял происходящее снятием наличных. «...», — писал в обзоре.`: the person or body
    the sentence right before the quotation, in its paragraph or the one before, names as its main
    verb's subject (of the verb's gender for a person); where that sentence is an earlier
    statement's content, whoever made that statement."""
    at = _token_from(ctx, src.content_start)
    if at >= len(ctx.tokens):
        return None
    sentence_id = ctx.tokens[at].sentence_id - 1
    sentence = ctx.by_sentence.get(sentence_id, [])
    if not sentence or paragraph_breaks(ctx.doc.text, sentence[-1].end, src.content_start) > 1:
        return None
    m = next(_main_subjects(ctx, sentence_id, ("PER", "ORG")), None)
    if m is None:
        return None
    reporter = next((key for start, end, key in src.said if start <= m.start < end), None)
    if reporter is not None:   # `По ее словам, чиновница X превысила полномочия. «...», — подчеркнула`: who reported it
        return next((replace(sp, start=src.cue.start, end=src.cue.start, rule="subject_left_out")
                     for sp in reversed(src.previous_speakers) if sp.key == reporter and sp.name), None)
    gender = GENDERS.get(feats(src.cue).get("Gender"))
    if m.type == "ORG" or gender is None or ctx.mention_gender(m) in (gender, None):
        return replace(from_mention(m, "subject_left_out"), start=src.cue.start, end=src.cue.start)
    return None


def _joined_to_statement(ctx: Context, src: Source, before: List[Token]) -> Optional[Speaker]:
    """`По его словам, A, а также сообщил, что B`: a cue with no subject joined by `, а также`
    (`, и`, `, а`) to a statement of its own sentence goes on with that statement's speaker, of the
    verb's gender."""
    k = len(before)
    while k and before[k - 1].text.lower() in SUBJECTLESS_OPENERS:
        k -= 1
    last = src.last
    if k == len(before) or k == 0 or before[k - 1].text != "," or last is None or not last.name:
        return None
    opening = before[0].start
    said = [(start, end, key) for start, end, key in src.said if opening <= start and end <= before[k - 1].end]
    gender = GENDERS.get(feats(src.cue).get("Gender"))
    if not said or said[-1][2] != last.key or gender is not None and ctx.entity_gender(last.key) not in (gender, None):
        return None
    return replace(last, start=src.cue.start, end=src.cue.start, rule="subject_left_out")


def _as_medium(speaker: Speaker, src: Source) -> Speaker:
    """An organisation that is a medium by its name or by the phrase naming it (`телеканал 360`,
    `на сайте «Москва 24»`): source kind `media`, whichever rule named it."""
    if speaker.kind == "organisation" and (media_name(speaker.name or "") or _medium_with_name(src)):
        return replace(speaker, kind="media")
    return speaker


def _medium_with_name(src: Source) -> bool:
    """A medium's kind and its own name right after it: `телеканал 360`, `агентство «Восток-Медиа»`,
    `портал Press.lv` (not `агентство воздушного транспорта`, `сайт ЦИК`: a body's)."""
    head = src.head
    after = [w for w in src.words if w.start > head.start][:1] if head is not None else []
    return bool(after) and head.lemma.lower() in MEDIA_DESCRIPTORS and _own_name_start(after[0].text)


def _unspecified(src: Source) -> bool:
    """`Кто-то`, `Другие`, `ряд ученых`, `большинство медиков`, `один из опрошенных`: nobody in particular."""
    head = src.head
    return head.lemma.lower() in UNSPECIFIED_HEADS | PLURAL_VERB_NOUNS or head.text.lower() in UNSPECIFIED_HEADS or any(
        w.text.lower() in QUANTIFIER_WORDS for w in src.words if w.start <= head.start)


def unnamed(src: Source) -> Speaker:
    head = src.head
    if head is None:
        return Speaker(None, None, None, src.cue.start, src.cue.start, "none:no_source", "anonymous")
    plural = head.pos == "NOUN" and feats(head).get("Number") == "Plur"
    if head.lemma.lower() in MEDIA_DESCRIPTORS or _medium_staff(src):   # `по данным издания`, `на сайте`, `корреспондент ТАСС`
        return Speaker(None, None, None, head.start, head.end, "none:anonymous", "media")
    anonymous = head.lemma in ANONYMOUS_NOUNS | CITED_NOUNS or head.text.lower() in ANONYMOUS_NOUNS | PLURAL_PRONOUNS or (
        plural or _unspecified(src) or _is_role(head)) or head.lemma.lower() in ORG_HEADS   # `сообщили в пресс-службе`: a body unnamed
    reason = "none:anonymous" if anonymous else "none:no_candidate"
    return Speaker(None, None, None, head.start, head.end, reason, "anonymous" if anonymous else "person")
