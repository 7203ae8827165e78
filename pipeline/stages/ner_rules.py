"""Rules that correct and complete natasha's NER spans using morphology and context:
organisation abbreviations it leaves untagged, organisation names headed by a descriptor
(`правительство Китая`, `партии «Яблоко»`, `компании Google`), and person spans that are
not names (verb forms, pronouns). Each rule takes spans and tokens and returns spans."""
import bisect
import itertools
from operator import attrgetter
from typing import List, Sequence, Tuple

import re

from pipeline.lexicons.names import NICKNAME_ROLES, PLATFORMS
from pipeline.lexicons.organizations import BRANCH_ABBREVIATIONS, LOC_HEADS, MEDIA, ORG_ABBREVIATIONS, ORG_HEADS, ORG_NOT_PLACE
from pipeline.records import Token
from pipeline.stages import names
from pipeline.stages.quote_context import tokens_between

Span = Tuple[int, int, str]
NOT_NAME_POS = ("VERB", "AUX", "ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "PUNCT")


def covered(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(s[0] <= start and end <= s[1] for s in spans)


def add_abbreviations(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    added = [(t.start, t.end, "ORG") for t in tokens if t.text in ORG_ABBREVIATIONS and not covered(spans, t.start, t.end)]
    return spans + added


def _quoted_name(tokens: Sequence[Token], i: int) -> int:
    """Index after a «...» name starting at token i, or -1; a Cyrillic name starts with a
    capital or a digit (`ведомство «прорабатывает варианты»` quotes words, it names nothing)."""
    if i + 1 >= len(tokens):
        return -1
    first = tokens[i + 1].text[:1]
    if tokens[i].text not in "«\"„" or not first or (first.islower() and not first.isascii()):
        return -1   # (`компания «iPhone»`-style Latin names may start in lower case)
    if tokens[i + 1].sentence_id != tokens[i].sentence_id:
        return -1   # a mark alone on its line opens no name (`телеканала\n"\nПри этом ... "`; `«Что? Где? Когда?»` may span three)
    for j in range(i + 1, min(i + 8, len(tokens))):
        if tokens[j].text in "»\"“":
            return j + 1
    return -1


def add_descriptor_organisations(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """`правительство Китая`, `партии «Яблоко»`, `социальной сети Twitter` as ORG spans."""
    starts = {s[0]: s for s in spans if s[2] in ("LOC", "ORG")}
    added = []
    for i, t in enumerate(tokens[:-1]):
        if t.lemma not in ORG_HEADS:
            continue
        first = i
        while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].sentence_id == t.sentence_id:
            first -= 1
        nxt = tokens[i + 1]
        end = _quoted_name(tokens, i + 1) if nxt.sentence_id == t.sentence_id else -1
        if end > 0:
            added.append((tokens[first].start, tokens[end - 1].end, "ORG"))
        elif nxt.start in starts and nxt.sentence_id == t.sentence_id:
            added.append((tokens[first].start, starts[nxt.start][1], "ORG"))
        elif nxt.pos == "X" and nxt.text[:1].isupper():   # Latin names: `компании Google`
            added.append((tokens[first].start, nxt.end, "ORG"))
    return spans + [a for a in added if a not in spans and not covered([s for s in spans if s[2] == "ORG"], a[0], a[1])]


LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9'.-]*")
NICKNAME_WORDS = 3   # Latin words at most of a name after its role


def add_nicknamed_persons(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """`блогер Mick`, `другой блогер, Lost Weapons,`: the Latin words (three at most, right
    after a role of ``NICKNAME_ROLES`` or its comma) as a person, also where the tagger read
    them as an organisation; not a medium's or a platform's name, not words before a Cyrillic
    name (`Стример Twitch Иван Сидоров`) nor inside another span."""
    added, retyped = [], set()
    present = set(spans)
    ordered = sorted((s[0], s[1]) for s in spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))   # the furthest end of the spans so far
    for i, t in enumerate(tokens[:-1]):
        if t.lemma not in NICKNAME_ROLES:
            continue
        k = i + 2 if tokens[i + 1].text == "," else i + 1
        j = k
        while j < len(tokens) and j - k < NICKNAME_WORDS and tokens[j].sentence_id == t.sentence_id \
                and LATIN_NAME_WORD.fullmatch(tokens[j].text):
            j += 1
        after = tokens[j] if j < len(tokens) and tokens[j].sentence_id == t.sentence_id else None
        if j == k or after is not None and after.text[:1].isalpha() and (after.text.isascii() or after.text[:1].isupper()):
            continue   # (no name; more Latin words than a name has: a title, a sentence; a name after them)
        start, end = tokens[k].start, tokens[j - 1].end
        name = " ".join(w.text for w in tokens[k:j]).lower()
        if name in MEDIA or name in PLATFORMS:
            continue
        if (start, end, "ORG") in present:
            retyped.add((start, end, "ORG"))
        elif (n := bisect.bisect_left(starts, end)) and reach[n - 1] > start:
            continue   # (a span that starts before the name's end and ends after its start)
        added.append((start, end, "PER"))
    return [s for s in spans if s not in retyped] + added


def drop_non_names(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """A one-word person span whose word is a verb form, pronoun or particle is no name."""
    by_start = {t.start: t for t in tokens}
    keep = []
    for s in spans:
        t = by_start.get(s[0])
        if s[2] == "PER" and t is not None and t.end == s[1] and t.pos in NOT_NAME_POS:
            continue
        keep.append(s)
    return keep


def split_glued(spans: List[Span], text: str) -> List[Span]:
    """`Джоэл Саймон (Joel Simon)` is two names; `Овечкин, Фёдоров` and `Монако • Намибия`
    are lists; `Бернс (` has a dangling mark; a line break ends a name. Each piece becomes
    its own span."""
    out = []
    for start, end, kind in spans:
        for m in re.finditer(r"[^(),•;\n]+", text[start:end]):
            piece = m.group()
            a, b = start + m.start() + len(piece) - len(piece.lstrip()), start + m.start() + len(piece.rstrip())
            if b > a and any(ch.isalpha() for ch in text[a:b]):
                out.append((a, b, kind))
    return out


def place_or_organisation(spans: List[Span], text: str) -> List[Span]:
    """`ЕС`, `Евросоюз`, `Кремль` act as organisations."""
    return [(a, b, "ORG") if k == "LOC" and text[a:b].lower() in ORG_NOT_PLACE else (a, b, k) for a, b, k in spans]


def add_place_heads(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """`города Феникс`, `автономной республики Крым`: the place with its head noun (and the
    adjectives before it), beside the bare name; a plural head names no one place
    (`в других городах России`)."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    added = []
    for a, b, kind in spans:
        i = starts.get(a)
        if kind != "LOC" or not i or tokens[i - 1].sentence_id != tokens[i].sentence_id:
            continue
        head = tokens[i - 1]
        if head.lemma in LOC_HEADS and "Number=Plur" not in head.feats:
            first = i - 1
            while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].text.islower():
                first -= 1
            added.append((tokens[first].start, b, "LOC"))
    return spans + added


NAME_ITEM = re.compile(r"\s*([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*")   # `Мурат Зарипов`
LIST_ITEM = re.compile(r"[^,\n]+")


def join_organisation_and_place(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """An organisation followed by the place it belongs to, in the genitive or abbreviated,
    is one organisation (`Министерство иностранных дел Норвегии`, `Армия обороны Израиля`,
    `МИД РФ`); the place stays a place inside it."""
    places = {a: (a, b, k) for a, b, k in spans if k == "LOC"}
    out = []
    for a, b, k in spans:
        place = places.get(b + 1) if k == "ORG" else None
        words = [t for t in tokens_between(tokens, place[0], place[1]) if t.text[:1].isalnum()] if place else []
        if words and ("Case=Gen" in words[0].feats or words[0].text.isupper()):
            out.append((a, place[1], "ORG"))
        else:
            out.append((a, b, k))
    return out


def join_department_and_branch(spans: List[Span], tokens: Sequence[Token]) -> List[Span]:
    """A department's abbreviation right before the body's name is one organisation with it
    (`ГУ` + `МЧС России`), and so is an organisation's branch for a place in the dative after
    `по` (`ГУ МЧС России по Хабаровскому краю`, `УФСБ по Москве`, as factRuEval marks them);
    the body's name and the place stay inside it as mentions of their own (the lone
    abbreviation does not)."""
    orgs = {a: (a, b, k) for a, b, k in spans if k == "ORG"}
    places = {a: (a, b, k) for a, b, k in spans if k == "LOC"}
    ends = {t.end: i for i, t in enumerate(tokens)}
    joined, inner, prefixes = [], set(), set()
    for a, b, k in sorted(orgs.values()):
        i = ends.get(b)   # (the abbreviation ends the span: `ГУ`, or `Пресс-служба ГУ` as the tagger found it)
        if i is not None and tokens[i].text in BRANCH_ABBREVIATIONS and i + 1 < len(tokens) \
                and tokens[i + 1].start in orgs:   # `ГУ` + `МЧС России`
            body = orgs[tokens[i + 1].start]
            joined.append((tokens[i].start, body[1], "ORG"))   # (from the abbreviation: `пресс-службе` is no part of the name)
            inner.add(body)
            prefixes.add((a, b, k))
    out = [span for span in spans if span not in prefixes]
    for a, b, k in sorted(set(joined) | {o for o in orgs.values() if o not in prefixes and o not in inner}):
        after = bisect.bisect_left(tokens, b, key=attrgetter("start"))
        if after + 1 < len(tokens) and tokens[after].text.lower() == "по" \
                and tokens[after + 1].start in places and "Case=Dat" in tokens[after + 1].feats:
            b = places[tokens[after + 1].start][1]   # `... по Хабаровскому краю`
        if (a, b, k) not in out:
            out.append((a, b, k))
    return out


def add_listed_names(spans: List[Span], text: str) -> List[Span]:
    """A first name and a surname alone on a line (a byline: `Алексей Калмыков`) or as an item
    of a comma list beside a person the tagger found (`Анна Семенова, ..., Мурат Зарипов`),
    which the tagger, short of context, left out; the first name must be one the dictionary
    knows as a nominative."""
    people_ends = {b for a, b, kind in spans if kind == "PER"}
    people_starts = {a for a, b, kind in spans if kind == "PER"}
    added = []
    for line in re.finditer(r"[^\n]+", text):
        items = [(line.start() + x.start(), line.start() + x.end()) for x in LIST_ITEM.finditer(line.group())]
        for k, (a, b) in enumerate(items):
            m = NAME_ITEM.fullmatch(text, a, b)
            if not m:
                continue
            start, end = m.start(1), m.end(2)
            before = k > 0 and _stripped(text, items[k - 1])[1] in people_ends
            after = k + 1 < len(items) and _stripped(text, items[k + 1])[0] in people_starts
            if (len(items) == 1 or before or after) and not any(x < end and start < y for x, y, _ in spans) \
                    and names.first_name_known(m.group(1), nominative=True):
                added.append((start, end, "PER"))
    return spans + added


def _stripped(text: str, item: Tuple[int, int]) -> Tuple[int, int]:
    """An item's bounds without the spaces around it."""
    value = text[item[0]:item[1]]
    return item[0] + len(value) - len(value.lstrip()), item[1] - len(value) + len(value.rstrip())


def correct_spans(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    result = add_listed_names(place_or_organisation(split_glued(list(spans), text), text), text)
    for rule in RULES:
        result = rule(result, tokens)
    return sorted(set(result))


RULES = (drop_non_names, add_abbreviations, add_descriptor_organisations, add_place_heads, join_organisation_and_place,
         join_department_and_branch, add_nicknamed_persons)


