"""Names in the nominative: persons word by word, places and organisations by their head.

Every function takes plain values (word, UD case and gender) so the rules can be tested
without the taggers.
"""
import re
from typing import Iterable, List, Optional, Sequence, Tuple

from pipeline.models import morph_analyzer

UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NAME_TAGS = ("Name", "Surn", "Patr")
PATRONYMIC = re.compile(r"(вич|вна|ична|инична|ич)$")
NAME_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁ]?[а-яё]+)?$")

Word = Tuple[str, Optional[str], Optional[str]]   # text, UD case, UD gender


def restore_shape(word: str, like: str) -> str:
    """Give ``word`` the capitalisation of ``like`` (title case, upper case or as is)."""
    if "ё" not in like.lower():
        word = word.replace("ё", "е")
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def _person_parses(word: str, case: str):
    parses = [p for p in morph_analyzer().parse(word) if p.tag.case == case and p.tag.POS == "NOUN"]
    named = [p for p in parses if any(t in p.tag for t in NAME_TAGS)]
    return named or [p for p in parses if "anim" in p.tag]


def person_gender(words: Sequence[Word]) -> Optional[str]:
    """A person's gender: the first name decides where the dictionary knows it (`Денис
    Шмыгаль`), then surnames and patronymics, then the tagger's agreement."""
    for tags in (("Name",), ("Surn", "Patr")):
        votes = {}
        for text, case, gender in words:
            for p in _person_parses(text, UD_CASE.get(case or "", "nomn")):
                if any(t in p.tag for t in tags) and p.tag.gender in ("masc", "femn"):
                    votes[p.tag.gender] = votes.get(p.tag.gender, 0) + p.score
        if votes:
            return max(votes, key=votes.get)
    genders = {UD_GENDER.get(g or "") for _, _, g in words} - {None}
    return genders.pop() if len(genders) == 1 else None


def inflect_person_word(text: str, case: Optional[str], gender: Optional[str]) -> str:
    if case in (None, "Nom") or not NAME_WORD.match(text):
        return text
    parses = _person_parses(text, UD_CASE.get(case, "nomn"))
    if gender:
        parses = [p for p in parses if p.tag.gender == gender or "ms-f" in p.tag] or parses
    for parse in parses:
        if "Fixd" in parse.tag:
            return text
        form = parse.inflect({"nomn", "sing"})
        if form:
            return restore_shape(form.word, text)
    return text


def normalize_person(words: Sequence[Word], separators: Sequence[str] = ()) -> str:
    gender = person_gender(words)
    return join_words([inflect_person_word(t, c, gender) for t, c, _ in words], separators)


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


def inflect_head_word(text: str, case: Optional[str], pos: str) -> str:
    """A noun or adjective put into the nominative, keeping its number and gender."""
    if case in (None, "Nom") or pos not in ("NOUN", "PROPN", "ADJ"):
        return text
    oc_case = UD_CASE.get(case)
    for parse in morph_analyzer().parse(text):
        if parse.tag.case == oc_case and ("Fixd" in parse.tag or parse.tag.POS in ("NOUN", "ADJF", "PRTF")):
            if "Fixd" in parse.tag:
                return text
            grams = {"nomn"} | ({parse.tag.number} if parse.tag.number else set())
            form = parse.inflect(grams)
            if form:
                return restore_shape(form.word, text)
    return text


def normalize_phrase(words: Sequence[Tuple[str, Optional[str], str]], separators: Sequence[str] = ()) -> str:
    """Adjectives up to and including the first noun go to the nominative; the rest stays."""
    out, head_done = [], False
    for text, case, pos in words:
        if head_done:
            out.append(text)
            continue
        out.append(inflect_head_word(text, case, pos))
        head_done = pos in ("NOUN", "PROPN")
    return join_words(out, separators)


def is_person_name(line: str) -> bool:
    """A byline: two or three capitalised words, the first a known first name."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(NAME_WORD.match(w) for w in words):
        return False
    first = morph_analyzer().parse(words[0])
    return any("Name" in p.tag and p.tag.case == "nomn" for p in first)
