"""Nominatives of personal names the dictionary does not know, from their endings (data in
``pipeline.lexicons.name_endings``): Russian-type surnames by gender, names in -а/-я,
indeclinable vowel endings, and guesses that invent a vowel refused."""
import re
from typing import Optional, Sequence, Tuple

from pipeline.lexicons.name_endings import (FEMININE_ONLY, FIRST_DECLENSION, INDECLINABLE_ENDINGS,
                                            JAPANESE_MARKS, JAPANESE_SYLLABLES,
                                            SURNAME_ENDINGS)

Endings = Sequence[Tuple[str, str]]
JAPANESE = re.compile(JAPANESE_SYLLABLES)
JAPANESE_MARK = re.compile(JAPANESE_MARKS)


def replace_ending(text: str, endings: Endings, min_stem: int = 2) -> Optional[str]:
    """``text`` with the first matching oblique ending replaced by its nominative ending."""
    low = text.lower()
    for oblique, nominative in endings:
        stem = text[:len(text) - len(oblique)]
        if low.endswith(oblique) and len(stem) >= min_stem and stem[-1:].isalpha():
            return stem + nominative
    return None


def russian_surname(text: str, case: Optional[str], gender: Optional[str]) -> Optional[str]:
    """`Лапиной` (a woman's genitive) → `Лапина`; `Айкимбаева` (a man's) → `Айкимбаев`."""
    return replace_ending(text, SURNAME_ENDINGS.get((gender or "", case or ""), ()), min_stem=2)


def first_declension(text: str, case: Optional[str], gender: Optional[str]) -> Optional[str]:
    """A name in -а/-я: `Джасиндой` → `Джасинда`, `Соланы` → `Солана`; a woman's dative
    or locative in -е too (`Лейле` → `Лейла`)."""
    endings = FIRST_DECLENSION.get(case or "", ()) + (FEMININE_ONLY.get(case or "", ()) if gender == "femn" else ())
    return replace_ending(text, endings, min_stem=2)


def indeclinable(text: str) -> bool:
    """A vowel ending no Russian case form has (`Хаменеи`, `Сато`, `Абэ`; not `Великого`)."""
    low = text.lower()
    return low.endswith(INDECLINABLE_ENDINGS) and not low.endswith(("ого", "его"))


def keeps_stem(oblique: str, nominative: str) -> bool:
    """A nominative shares all but its last letter with the oblique form (`Бесселя` →
    `Бессель`, `Маехары` → `Маехара`); `Шольцем` → `Шолец` invents a vowel."""
    a, b = oblique.lower().replace("ё", "е"), nominative.lower().replace("ё", "е")
    return a.startswith(b[:-1])


def japanese(words: Sequence[str]) -> bool:
    """A name of two or more words made of the syllables Russian writes Japanese names in (a
    surname perhaps in an oblique case: `Такэси Ямаситы`), one of them with a sound of that
    transcription (`Сейдзи Маэхаре`; not `Дмитрии Кулебе`, `Марио Конте`)."""
    low = [w.lower() for w in words]
    return len(low) > 1 and all(JAPANESE.match(w) or JAPANESE.match(_first_declension_nominative(w)) for w in low) \
        and any(JAPANESE_MARK.search(w) for w in low)


def _first_declension_nominative(word: str) -> str:
    """The -а a Japanese name in an oblique case has lost (`Ямаситы`, `Ямасите`); not from -ой,
    a Russian woman's oblique surname (`Аси Казанцевой` is no Japanese name)."""
    return word[:-1] + "а" if len(word) > 3 and word.endswith(("ы", "е", "у")) else word
