"""Names in the nominative: persons word by word, places and organisations by their head.

Every function takes plain values (word, UD case and gender) so the rules can be tested
without the taggers.
"""
import re
from typing import Optional, Sequence, Tuple

from pipeline.lexicons.organizations import LOC_HEADS
from pipeline.models import morph_analyzer
from pipeline.stages import name_forms

UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NAME_TAGS = ("Name", "Surn", "Patr")
PATRONYMIC = re.compile(r"(вич|вна|ична|инична|ич)$")
NAME_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁ]?[а-яё]+)?$")

Word = Tuple[str, Optional[str], Optional[str]]   # text, UD case, UD gender


def restore_shape(word: str, like: str, keep_yo: bool = False) -> str:
    """Give ``word`` the capitalisation of ``like`` (title case, upper case or as is); its ё
    only where ``like`` has one or ``keep_yo``."""
    if "ё" not in like.lower() and not keep_yo:
        word = word.replace("ё", "е")
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def _singular(parse) -> bool:
    """A singular parse in one of the six cases (not a vocative `Ир`, `Лёв`)."""
    return parse.tag.number != "plur" and parse.tag.case in UD_CASE.values()


def _person_parses(word: str, case: Optional[str]):
    """Singular noun parses in ``case`` (any case for None), name parses first."""
    parses = [p for p in morph_analyzer().parse(word)
              if case in (None, p.tag.case) and p.tag.POS == "NOUN" and _singular(p)]
    named = [p for p in parses if any(t in p.tag for t in NAME_TAGS)]
    return named or [p for p in parses if "anim" in p.tag]


def person_gender(words: Sequence[Word], doubtful: bool = False) -> Optional[str]:
    """A person's gender: the first name decides where the dictionary knows it (`Денис
    Шмыгаль`; the surname of `Нэнси Пелоси` is no first name), then surnames and
    patronymics, then the tagger's agreement. Where the tagger's cases are ``doubtful``
    (it gave the name's words different cases), name parses in any case vote too."""
    passes = [(("Name",), words[:-1] or words, False), (("Surn", "Patr"), words, False)]
    if doubtful:
        passes += [(("Name",), words[:-1] or words, True), (("Surn", "Patr"), words, True)]
    for tags, voters, any_case in passes:
        votes = {}
        for text, case, gender in voters:
            for p in _person_parses(text, None if any_case else UD_CASE.get(case or "", "nomn")):
                if any(t in p.tag for t in tags) and p.tag.gender in ("masc", "femn") and "Init" not in p.tag:
                    votes[p.tag.gender] = votes.get(p.tag.gender, 0) + p.score
        if votes:
            return max(votes, key=votes.get)
    genders = {UD_GENDER.get(g or "") for _, _, g in words} - {None}
    return genders.pop() if len(genders) == 1 else None


# Endings of masculine foreign surnames and names the dictionary does not know, by case:
# `Лемана` → `Леман`, `Бесселю` → `Бессель`, `Гарретом` → `Гаррет`.
FOREIGN_ENDINGS = {
    "Gen": (("ля", "ль"), ("а", "")), "Acc": (("ля", "ль"), ("а", "")),
    "Dat": (("лю", "ль"), ("у", "")), "Ins": (("лем", "ль"), ("ом", ""), ("ем", "")),
}
CONSONANTS = set("бвгджзклмнпрстфхцчшщ")


def _fallback_parses(word: str, case: str, gender: Optional[str]):
    """Any noun or adjective parse of the word in the case, of the person's gender; a man's
    name may decline like a feminine noun in -а/-я (`Маехары`), but a dative or locative in
    -е is more often an indeclinable foreign name (`Моне`, `Мирзазаде`)."""
    parses = [p for p in morph_analyzer().parse(word)
              if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF") and _singular(p)]
    first_declension = [p for p in parses if p.tag.POS == "NOUN" and p.normal_form.endswith(("а", "я"))]
    if gender == "femn":   # a woman's foreign surname declines only in -а/-я (`Пелоси` is no `Пелось`)
        return [p for p in first_declension if p.tag.gender == "femn"] + [p for p in parses if p.tag.POS == "ADJF"]
    return [p for p in parses if gender is None or p.tag.gender in (gender, None)
            or (p in first_declension and gender == "masc" and not word.endswith("е"))]


def _named_parses(text: str, gender: Optional[str]):
    """Singular dictionary parses of a name word whose normal form looks like the word itself,
    of the person's gender where it is known (`Ира` is no parse of a man's `Чен Ира`)."""
    word = text.lower()
    stem = word[:max(1, min(4, len(word) - 1))]
    parses = [p for p in morph_analyzer().parse(text) if p.tag.POS == "NOUN" and any(t in p.tag for t in NAME_TAGS)
              and _singular(p) and p.normal_form.replace("ё", "е").startswith(stem.replace("ё", "е"))]
    if gender:
        parses = [p for p in parses if p.tag.gender == gender or "ms-f" in p.tag]
    return parses


def _known(parse) -> bool:
    """A parse from the dictionary itself, not from the guesser (`Рютте` is a guess)."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _oblique_only(named, surname: bool) -> bool:
    """The dictionary knows the word as a name, but never in the nominative (`Наине`,
    `Авелем`); a word in a surname's place must be known as a surname or patronymic
    (`Ливиу-Дитер Нисипяну` is no first name in the dative)."""
    if surname:
        named = [p for p in named if "Surn" in p.tag or "Patr" in p.tag]
    return bool(named) and all(_known(p) for p in named) and not any(p.tag.case == "nomn" for p in named)


def _strip_foreign_ending(text: str, case: Optional[str], gender: Optional[str]) -> str:
    """A man's foreign name loses its case ending (`Лемана` → `Леман`, `Ына` → `Ын`); a name
    in -а/-я of either gender gets its -а back (`Соланы`, `Джасиндой`)."""
    if gender != "femn":
        for ending, replacement in FOREIGN_ENDINGS.get(case or "", ()):
            stem = text[:-len(ending)]
            if text.lower().endswith(ending) and len(stem) >= 2 and (replacement or stem[-1].lower() in CONSONANTS):
                return stem + replacement
    return name_forms.first_declension(text, case, gender) or text


def _nominative(parse, text: str, gender: Optional[str]) -> str:
    """The parse in the nominative; a first name keeps the dictionary's ё (`Петра` → `Пётр`)."""
    if "Fixd" in parse.tag:
        return text
    form = parse.inflect({"nomn", "sing"})
    if not form:
        return text
    return restore_shape(form.word, text, keep_yo="Name" in parse.tag)


def _nominative_plural_only(text: str) -> bool:
    parses = morph_analyzer().parse(text)
    return text.endswith("ы") and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)


def inflect_person_word(text: str, case: Optional[str], gender: Optional[str], surname: bool = False,
                        doubtful: bool = False) -> str:
    """One word of a person's name in the nominative. The dictionary's name parse in the
    tagger's case is inflected; a word the dictionary knows as a name only in oblique cases
    is inflected when the tagger's case is impossible (`Авелем` read as a dative,
    `Вертинскому` as a nominative); a nominative in -е stays (`Мирзазаде` may be an
    indeclinable name the dictionary does not know) unless the tagger's cases are
    ``doubtful`` — it gave the name's words different cases (`Наине Иосифовне`); a word
    read as nominative otherwise stays; an adjectival surname agrees (`Долгорукому`); an unknown
    masculine foreign word loses its case ending (`Лемана` → `Леман`)."""
    if not NAME_WORD.match(text):
        return text
    named = _named_parses(text, gender)
    in_case = [p for p in named if p.tag.case == UD_CASE.get(case or "Nom")]
    if case in (None, "Nom") and (doubtful or not text.endswith("е")):   # `Мирзазаде` may be indeclinable;
        # a locative needs a preposition the tagger would have seen (`Саломе`)
        oblique = [p for p in named if p.tag.case != "loct"]
        if _oblique_only(oblique, surname):
            return _nominative(oblique[0], text, gender)
    if case in (None, "Nom") and _nominative_plural_only(text):
        case = "Gen"   # `Сейджи Маехары`: no singular nominative ends in -ы
    if case in (None, "Nom"):
        return text
    if in_case:
        return _nominative(in_case[0], text, gender)
    if any(p.tag.case == "nomn" for p in named):
        return text
    if _oblique_only(named, surname):
        return _nominative(named[0], text, gender)
    surname_form = name_forms.russian_surname(text, case, gender)
    if surname_form or name_forms.indeclinable(text):
        return surname_form or text
    for parse in _fallback_parses(text, UD_CASE.get(case), gender):
        if parse.tag.POS == "NOUN" and "Fixd" not in parse.tag and len(parse.normal_form) >= len(text) - 2 \
                and (_known(parse) or name_forms.keeps_stem(text, parse.normal_form)):
            return _nominative(parse, text, gender)
    adjective = [p for p in morph_analyzer().parse(text) if p.tag.POS == "ADJF" and p.tag.case == UD_CASE.get(case)]
    if adjective and re.search(r"(ого|ому|ым|ом|ой|ую|ая|его|ему|им)$", text):   # `Долгорукому`
        form = adjective[0].inflect({"nomn", "sing", gender or "masc"})
        return restore_shape(form.word, text) if form else text
    return _strip_foreign_ending(text, case, gender)


def normalize_person(words: Sequence[Word], separators: Sequence[str] = (), verb_gender: Optional[str] = None) -> str:
    """A person's name in the nominative. A name the verb shows to be a woman's but the
    dictionary reads as a man's (`Джорджа Мелони высказала`) is a nominative it does not know."""
    doubtful = len({c for t, c, _ in words if NAME_WORD.match(t)}) > 1
    gender = person_gender(words, doubtful)
    if verb_gender == "femn" and gender == "masc":
        return join_words([t for t, _, _ in words], separators)
    last = len(words) - 1
    return join_words([inflect_person_word(t, c, gender, surname=0 < i == last, doubtful=doubtful)
                       for i, (t, c, _) in enumerate(words)], separators)


def join_words(words: Sequence[str], separators: Sequence[str] = ()) -> str:
    """Words joined by the text's own separators (`О’Рейли` keeps its apostrophe)."""
    seps = list(separators) or [" "] * (len(words) - 1)
    return "".join(w + (seps[i] if i < len(seps) else "") for i, w in enumerate(words))


def canonical_person(normal: str) -> str:
    """First name and surname; a patronymic in the middle is dropped."""
    parts = normal.split()
    if len(parts) == 3 and PATRONYMIC.search(parts[1].lower()):
        return f"{parts[0]} {parts[2]}"
    return " ".join(parts)


def _case_parses(text: str, case: Optional[str], poses: Tuple[str, ...]):
    oc_case = UD_CASE.get(case or "")
    return [p for p in morph_analyzer().parse(text) if p.tag.case == oc_case and p.tag.POS in poses]


def inflect_noun(text: str, case: Optional[str]) -> Tuple[str, Optional[str], Optional[str]]:
    """(nominative, gender, number) of a noun in ``case``; the text unchanged when unknown."""
    if case in (None, "Nom"):
        parse = next(iter(morph_analyzer().parse(text)), None)
        return text, parse and parse.tag.gender, parse and parse.tag.number
    for parse in _case_parses(text, case, ("NOUN",)):
        if "Fixd" in parse.tag:
            return text, parse.tag.gender, parse.tag.number
        form = parse.inflect({"nomn"} | ({parse.tag.number} if parse.tag.number else set()))
        if form:
            return restore_shape(form.word, text), parse.tag.gender, parse.tag.number
    return text, None, None


def inflect_adjective(text: str, case: Optional[str], gender: Optional[str], number: Optional[str]) -> str:
    """An adjective agreeing with its noun in the nominative (`Европейского` → `Европейский`)."""
    if case in (None, "Nom"):
        return text
    grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing"} | ({gender} if gender else set())
    for parse in _case_parses(text, case, ("ADJF", "PRTF", "NUMR")):
        form = parse.inflect(grams)
        if form:
            return restore_shape(form.word, text)
    return text


def normalize_phrase(words: Sequence[Tuple[str, Optional[str], str]], separators: Sequence[str] = ()) -> str:
    """A place's or organisation's name in the nominative: the head noun (the first noun) and
    the adjectives before it agree in the nominative; a proper name in apposition right after
    the head follows it (`реку Нарву` → `река Нарва`); dependent words stay as they are."""
    out = [w[0] for w in words]
    head = next((i for i, w in enumerate(words) if w[2] in ("NOUN", "PROPN")), None)
    if head is None:
        return join_words([inflect_adjective(t, c, None, None) for t, c, _ in words], separators)
    out[head], gender, number = inflect_noun(words[head][0], words[head][1])
    for i in range(head):
        if words[i][2] in ("ADJ", "DET", "NUM", "VERB"):
            out[i] = inflect_adjective(words[i][0], words[i][1], gender, number)
    nxt = head + 1
    apposition = out[head].lower() in LOC_HEADS   # `реку Нарву`, not `правительства Китая`
    if apposition and nxt < len(words) and words[nxt][2] == "PROPN" and words[nxt][1] == words[head][1] != "Nom":
        out[nxt] = inflect_noun(words[nxt][0], words[nxt][1])[0]
    return join_words(out, separators)


def is_first_and_patronymic(words: Sequence[str]) -> bool:
    """`Светлана Николаевна`: a first name and a patronymic, the way one addresses a person
    the article names in full elsewhere."""
    return len(words) == 2 and bool(PATRONYMIC.search(words[1].lower())) and words[1][:1].isupper()


def is_person_name(line: str) -> bool:
    """A byline: two or three capitalised words, the first a known first name."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(NAME_WORD.match(w) for w in words):
        return False
    first = morph_analyzer().parse(words[0])
    return any("Name" in p.tag and p.tag.case == "nomn" for p in first)
