"""NER corrections that read the whole article or the dictionary: a name tagged once is the
same name where the tagger missed it; a place named inside an organisation's name is a
place too (`Совета Европы`); a one-word "person" the dictionary knows only as a place is a
place, and one it knows only as a common word at the start of a sentence is no name.
Each rule takes spans, tokens and the text and returns spans."""
import bisect
import re
from collections import defaultdict
from typing import Dict, List, Sequence, Set, Tuple

from pipeline.lexicons.name_endings import FEMININE_SURNAME_ENDINGS, MANS_SURNAME_ENDINGS
from pipeline.lexicons.organizations import ORG_NOT_PLACE_LEMMAS
from pipeline.models import morph_analyzer
from pipeline.records import Token
from pipeline.stages.quote_context import CLOSING_MARKS, OPENING_MARKS, feats, tokens_between


Span = Tuple[int, int, str]
NAME_TAGS = ("Name", "Surn", "Patr")
PROPER_TAGS = NAME_TAGS + ("Geox", "Orgn", "Trad")
WORD_POS = ("PROPN", "NOUN", "X", "ADJ")
from pipeline.stages.name_gender import UD_CASE, first_name_known


def _words(tokens: Sequence[Token], span: Span) -> List[Token]:
    return [t for t in tokens_between(tokens, span[0], span[1]) if t.text[:1].isalnum()]


def _overlaps(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span; ``starts``/``ends`` are the spans' bounds sorted
    by start, with ``ends`` the running maximum (a binary search, not a scan)."""
    i = bisect.bisect_left(starts, end)
    return i > 0 and ends[i - 1] > start


def _span_index(spans: Sequence[Span]):
    ordered = sorted(spans)
    starts, ends, reach = [s[0] for s in ordered], [], 0
    for s in ordered:
        reach = max(reach, s[1])
        ends.append(reach)
    return starts, ends


def _stem(word: str) -> str:
    return word[:-1] if word[-1:] in "аяйь" else word


OBLIQUE_SURNAME_ENDINGS = ("ому", "ему", "ого", "его",   # an adjectival surname's (`Береговому` ... `Береговой пошутил`)
                           "ом", "ем", "ым", "им", "ой", "у", "ю", "е")   # instrumental, dative, locative
OBLIQUE_STEM_CHARS = 5   # a surname's stem holds at least this many letters


def _oblique_stem(word: str) -> str:
    """The stem of a surname met in an oblique case (`макроном` → `макрон`, `петровой` →
    `петров`), whose nominative the article may give later; '' where no such ending is left."""
    ending = next((e for e in OBLIQUE_SURNAME_ENDINGS if word.endswith(e)), "")
    stem = word[:len(word) - len(ending)]
    return stem if ending and len(stem) >= OBLIQUE_STEM_CHARS else ""


SINGULAR_SURNAME_ENDINGS = ("", "а", "у", "ом", "е", "ым", "ой", "ою", "ем", "ю", "я", "ий", "ый")   # (`Высоцкий`)


def _singular_form_of(stems: Set[str], word: str) -> bool:
    """``word`` is a stem of ``stems`` with a singular case ending of a surname (`макрон`,
    `макрона`), not a plural (`морозы` of `морозом`)."""
    return any(word[:k] in stems and word[k:] in SINGULAR_SURNAME_ENDINGS for k in range(max(OBLIQUE_STEM_CHARS, len(word) - 2), len(word) + 1))


def _stem_matches(key: str, word: str) -> bool:
    """`Топалов` ~ `Топалова`, `Свиридове`: the case forms of one surname."""
    stem = _stem(key)
    return len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 3


def _stem_owner(stems: Dict[str, str], word: str):
    """The key of ``stems`` (stem → key) whose case forms include ``word``: its prefixes are
    looked up, so the cost is the word's length, not the number of keys."""
    for k in range(max(4, len(word) - 3), len(word) + 1):
        key = stems.get(word[:k])
        if key is not None and _stem_matches(key, word):
            return key
    return None


def name_words(spans: Sequence[Span], tokens: Sequence[Token]) -> Dict[str, Set[str]]:
    """Lower-cased word → the types it names: one-word names, and a person's surname."""
    found: Dict[str, Set[str]] = defaultdict(set)
    for span in spans:
        words = _words(tokens, span)
        if len(words) == 1 or (span[2] == "PER" and len(words) > 1 and len(words[-1].text) > 2):
            found[words[-1].text.lower().replace("ё", "е")].add(span[2])
    return found


def propagate_names(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A capitalised word the tagger left out that the article names elsewhere (the same
    word, or a case form of a person's surname) gets that name's type."""
    known = {w: kinds.pop() for w, kinds in name_words(spans, tokens).items() if len(kinds) == 1}
    persons = {_stem(w): w for w, k in known.items() if k == "PER"}
    oblique = {stem for w, k in known.items() if k == "PER" for stem in [_oblique_stem(w)] if stem and stem not in persons}
    # `Эммануэлем Макроном` ... `Макрон поблагодарил`: the stem or a singular case ending (not `Морозом` ... `Морозы ударят`)
    starts, ends = _span_index(spans)
    added = []
    for t in tokens:
        word = t.text.lower().replace("ё", "е")
        if not (t.text[:1].isupper() and t.text.isalpha() and len(word) > 2 and t.pos in WORD_POS):
            continue
        kind = known.get(word) or ("PER" if _stem_owner(persons, word) or _singular_form_of(oblique, word) else None)
        if kind and not _overlaps(starts, ends, t.start, t.end):
            added.append((t.start, t.end, kind))
    return spans + added


def _known_parses(word: str):
    return [p for p in morph_analyzer().parse(word) if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]


def retype_lone_words(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A one-word person the dictionary knows only as a place is a place (`Аризона`);
    one it knows only as a common word, first in its sentence, is no name (`Маэстро`);
    one in the plural is a family, not a person (`братьев Ямадаевых`)."""
    out = []
    person_words = [_words(tokens, s) for s in spans if s[2] == "PER"]
    in_names = {t.text.lower() for words in person_words if len(words) > 1 for t in words}
    stems = {_stem(w): w for w in in_names}
    for span in spans:
        words = _words(tokens, span)
        word = words[0].text.lower() if words else ""
        lone = span[2] == "PER" and len(words) == 1 and word not in in_names and not _stem_owner(stems, word)
        kind = _lone_word_kind(words[0], tokens) if lone else span[2]
        if kind:
            out.append((span[0], span[1], kind))
    return out


def _lone_word_kind(token: Token, tokens: Sequence[Token]) -> str:
    """PER, LOC or '' for a one-word person span no full name of the article contains;
    the dictionary's place must be in the tagger's case (it knows odd places: `Клинсмана`)."""
    parses = _known_parses(token.text)
    case = UD_CASE.get(dict(f.split("=", 1) for f in token.feats.split("|") if f).get("Case", ""))
    if "Number=Plur" in token.feats and not any(p.tag.number == "sing" for p in parses if "Surn" in p.tag):
        return "" if parses or token.text.endswith(("ых", "их")) else "PER"
    if any(any(t in p.tag for t in NAME_TAGS) for p in parses) or not parses:
        return "PER"
    if any("Geox" in p.tag and p.tag.case == case for p in parses):
        return "LOC"
    first = token.token_id == 0 or tokens[token.token_id - 1].sentence_id != token.sentence_id
    return "" if first and not any(t in p.tag for p in parses for t in PROPER_TAGS) else "PER"


def add_nested_places(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A place inside an organisation's name is a place too (`Совета Европы`, `Голоса
    Америки`): a capitalised word after the first that the article names as a place, or
    that the dictionary knows as one in the tagger's case."""
    places = {w for w, kinds in name_words(spans, tokens).items() if kinds == {"LOC"}}
    added = []
    for span in (s for s in spans if s[2] == "ORG"):
        for t in _words(tokens, span)[1:]:
            if t.text[:1].isupper() and t.text.isalpha() and (t.text.lower() in places or _known_place(t)):
                added.append((t.start, t.end, "LOC"))
    return spans + added


def _known_place(token: Token) -> bool:
    case = UD_CASE.get(dict(f.split("=", 1) for f in token.feats.split("|") if f).get("Case", ""))
    parses = _known_parses(token.text)
    return any("Geox" in p.tag and p.tag.case == case for p in parses) and not any(
        t in p.tag for p in parses for t in NAME_TAGS)


def organisations_named_as_places(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """`Европейского союза`, `Белый дом` act as organisations whatever the tagger says."""
    def kind(span: Span) -> str:
        lemmas = " ".join(t.lemma for t in _words(tokens, span))
        return "ORG" if span[2] == "LOC" and lemmas in ORG_NOT_PLACE_LEMMAS else span[2]
    return [(a, b, kind((a, b, k))) for a, b, k in spans]


def quoted_persons(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A "person" the text puts in quotation marks as a whole is an organisation or a
    product (`«Пфайзер» отметила`, `препарат "Гам Ковид Вак"`), and so is a name unquoted
    elsewhere that the article quotes once as a person or an organisation (`от Пфайзера`):
    people are not quoted so
    (factRuEval's devset: 46 organisations and no person inside quotation marks)."""
    def wrapped(a: int, b: int) -> bool:
        return a > 0 and b < len(text) and text[a - 1] in OPENING_MARKS and text[b] in CLOSING_MARKS

    def words(span: Span) -> List[str]:
        return [t.text.lower() for t in _words(tokens, span)]

    quoted = [words(s) for s in spans if s[2] in ("PER", "ORG") and wrapped(s[0], s[1])]

    def same_name(span: Span) -> bool:
        mine = words(span)
        return any(len(q) == len(mine) and all(w == k or _stem_matches(k, w) for k, w in zip(q, mine))
                   for q in quoted)
    return [(a, b, "ORG" if k == "PER" and quoted and same_name((a, b, k)) else k) for a, b, k in spans]


def surnames_tagged_as_places(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A one-word place or organisation that is the surname of a person the article names in
    full, a case form too, is that person (`Снижения ставки не будет — Лозовая` above
    `Председатель банка Анна Лозовая`), unless a preposition puts it in a place (`в Вашингтоне`)."""
    surnames = {_stem(words[-1].text.lower()): words[-1].text.lower()
                for words in (_words(tokens, s) for s in spans if s[2] == "PER") if len(words) > 1 and len(words[-1].text) > 3}
    if not surnames:
        return spans

    def kind(span: Span) -> str:
        words = _words(tokens, span)
        if span[2] not in ("LOC", "ORG") or len(words) != 1 or not words[0].text[:1].isupper():
            return span[2]
        before = tokens[words[0].token_id - 1] if words[0].token_id > 0 else None
        placed = before is not None and before.pos == "ADP"
        return "PER" if not placed and _stem_owner(surnames, words[0].text.lower()) else span[2]
    return [(a, b, kind((a, b, k))) for a, b, k in spans]


def _name_cases(word: str, tag: str, known: bool) -> Set[str]:
    """The singular cases in which the dictionary (or, where not ``known``, its guess too)
    reads ``word`` as a ``tag`` (Name, Surn), where those readings hold most of its weight."""
    parses = _known_parses(word) if known else morph_analyzer().parse(word)
    named = [p for p in parses if tag in p.tag and p.tag.number == "sing"]
    if sum(p.score for p in named) < 0.5 * sum(p.score for p in parses):
        return set()
    return {p.tag.case for p in named}


UNKNOWN_SURNAME_LETTERS = 3   # letters at least of a surname the dictionary does not know
CYRILLIC = re.compile(r"^[А-ЯЁа-яё]+$")
CAPITALS_SURNAME_LETTERS = 4   # letters at least of a surname a page writes in capitals after a first name (not `Иван МВД`)
SURNAME_SHAPES = MANS_SURNAME_ENDINGS + FEMININE_SURNAME_ENDINGS + ("ский", "ская", "цкий", "цкая", "енко", "ук", "юк")   # a surname's endings


VOWELS = "аеёиоуыэюя"


def _womans_name_only(word: str) -> bool:
    """The dictionary reads ``word`` in the nominative only as a woman's first name (`Лида`,
    `Ника`): her surname ends in a vowel unless the dictionary knows it."""
    names = [p for p in _known_parses(word) if "Name" in p.tag and p.tag.case == "nomn"]
    return bool(names) and all(p.tag.gender == "femn" for p in names)


def _name_like(word: str) -> bool:
    """A word the dictionary knows only as a name or a place, or not at all (`Алтай`,
    `Мадениет`), not a common word (`Глава`, `Начальник`, `В`)."""
    known = [p for p in morph_analyzer().parse(word) if p.is_known]
    return all(any(g in p.tag for g in ("Name", "Surn", "Patr", "Geox")) for p in known)


def _may_be_first_name(word: str) -> bool:
    """A word the dictionary knows only as a name or a place or not at all, or knows as a first
    name besides a common word (`Алтай`, `Мадениет`, `Вера`)."""
    return _name_like(word) or first_name_known(word)


def add_first_name_and_surname(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """Two capitalised words the tagger left out, a first name the dictionary knows and a
    surname it knows or guesses in a case the first name shares — or a word it does not know at
    all (`Лида Мониава`) —, side by side and no capitalised word after, are a person
    (`директора центра имени Чумакова Айдара Ишмухаметова`)."""
    starts, ends = _span_index(spans)
    places = {(a, b) for a, b, kind in spans if kind == "LOC" or (kind == "ORG" and _caps_surname(text[a:b].split()[-1]))}
    alone = {(a, b) for a, b, _ in spans}   # (a body's two words ending in a surname in capitals: `Алтай КУЛЬГИНОВ`)
    added, retyped, dropped = [], set(), set()
    for a, b, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        placed = (a.start, b.end) in places or (b.start, b.end) in alone and not _overlaps(starts, ends, a.start, a.end)
        surname = b.text.title() if b.text.isupper() and len(b.text) >= CAPITALS_SURNAME_LETTERS else b.text   # `Олегом ЯНУШКО`
        if a.sentence_id != b.sentence_id or b.start != a.end + 1 or not (a.text.istitle() and surname.istitle()) \
                or not (a.text.isalpha() and b.text.isalpha()) or (_overlaps(starts, ends, a.start, b.end) and not placed) \
                or (after is not None and after.start == b.end + 1 and after.text[:1].isupper()):
            continue
        unknown_surname = first_name_known(a.text) and len(surname) >= UNKNOWN_SURNAME_LETTERS and CYRILLIC.match(surname) \
            and not any(p.is_known for p in morph_analyzer().parse(surname)) \
            and not (_womans_name_only(a.text) and surname[-1] not in VOWELS)   # (not `«Арес I»`, `Ника Моторс`, `Лада Ларгус`)
        if _caps_surname(b.text) and _may_be_first_name(a.text):
            unknown_surname = True   # `аким ЗКО Алтай КУЛЬГИНОВ`: a surname in capitals, by its shape, after a word that
            # may be a first name (not `Начальник УФСИН`, `В ГУФСИН`)
        if placed and unknown_surname:   # `Лида Мониава` read as a place (`Лида` is also a town), `Олегом ЯНУШКО`
            retyped.add((a.start, b.end))   # with the surname alone read as a body
            dropped.add((b.start, b.end))
        elif not placed and (unknown_surname or _name_cases(a.text, "Name", known=True) & _name_cases(surname, "Surn", known=False)):
            added.append((a.start, b.end, "PER"))
    kept = [(a, b, "PER" if (a, b) in retyped else kind) for a, b, kind in spans if (a, b) not in dropped]
    return kept + added + [(a, b, "PER") for a, b in retyped if (a, b) not in alone]


def split_trailing_person(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A place or a body whose span ends in a capitalised word and a surname in capitals holds a
    person at its end (`аким ЗКО Алтай КУЛЬГИНОВ`: `ЗКО` and `Алтай Кульгинов`)."""
    out = []
    for start, end, kind in spans:
        words = tokens_between(tokens, start, end) if kind in ("LOC", "ORG") else []
        a, b = (words[-2], words[-1]) if len(words) >= 3 else (None, None)
        if kind in ("LOC", "ORG") and a is not None and _caps_surname(b.text) and a.text.istitle() and CYRILLIC.match(a.text) \
                and _may_be_first_name(a.text):
            out += [(start, words[-3].end, kind), (a.start, b.end, "PER")]
        else:
            out.append((start, end, kind))
    return out


def _caps_surname(word: str) -> bool:
    """A surname written in capitals, by its shape (`КУЛЬГИНОВ`, `УРЫНГАЛИЕВА`)."""
    return word.isupper() and len(word) >= CAPITALS_SURNAME_LETTERS and bool(CYRILLIC.match(word)) \
        and word.lower().endswith(SURNAME_SHAPES)


def add_subject_surnames(spans: List[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    """A lone capitalised word the tagger left out that acts as a person: the subject of a verb
    in the past tense of the surname's gender, read as an animate proper noun in the nominative
    singular, shaped like a surname, which the dictionary knows in that case and number only as
    a name if at all (`Токаев отметил`: its `токаев` is a plural genitive of `токай`; not
    `Кадров не хватало`, `Баранов у него больше двухсот`: a genitive plural counted)."""
    starts, ends = _span_index(spans)
    added = []
    for t in tokens:
        f = feats(t)
        if t.pos != "PROPN" or not t.rel.startswith("nsubj") or f.get("Animacy") != "Anim" or f.get("Case") != "Nom" \
                or f.get("Number") != "Sing" or not (CYRILLIC.match(t.text) and t.text[:1].isupper() and t.text[1:].islower()) \
                or len(t.text) < SUBJECT_SURNAME_LETTERS or not t.text.lower().endswith(SURNAME_SHAPES) \
                or _overlaps(starts, ends, t.start, t.end) or not _acts_as(t, tokens):
            continue
        parses = [p for p in _known_parses(t.text.lower()) if p.tag.case == "nomn" and p.tag.number == "sing"]
        if all(any(g in p.tag for g in NAME_TAGS) for p in parses):
            added.append((t.start, t.end, "PER"))
    return spans + added


def _acts_as(surname: Token, tokens: Sequence[Token]) -> bool:
    """The word's verb is in the past tense, singular, of the surname's gender (`Токаев отметил`,
    `Петрова заявила`)."""
    if not 0 <= surname.head_id < len(tokens):
        return False
    verb = tokens[surname.head_id]
    f = feats(verb)
    gender = "Fem" if surname.text.lower().endswith(FEMININE_SURNAME_ENDINGS + ("ская", "цкая")) else "Masc"
    return verb.pos == "VERB" and f.get("Tense") == "Past" and f.get("Number") == "Sing" and f.get("Gender") == gender


SUBJECT_SURNAME_LETTERS = 5   # letters at least of a lone surname found as a subject (`Токаев`, not `Лев`)


RULES = (split_trailing_person, quoted_persons, organisations_named_as_places, retype_lone_words, surnames_tagged_as_places,
         add_subject_surnames, propagate_names,
         add_nested_places, add_first_name_and_surname)


def correct_in_context(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    result = list(spans)
    for rule in RULES:
        result = rule(result, tokens, text)
    return sorted(set(result))
