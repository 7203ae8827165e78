"""Family names shared by several first names: `Геннадий и Дмитрий Гудковы`, `Александра и
Кирилла Кокориных`, `Александр и Мася Шпак`. The surname in the plural stands after the last
first name only; each person's normal form takes it in the singular, in that person's gender
(`Геннадий Гудков`, `Дмитрий Гудков`), and the lone first name before `и` takes it too. A
surname that does not decline (`Шпак`) is shared where a woman's first name stands before it
and a man's is the lone one: a man's `Шпак` and a woman's `Шпак` are both as written."""
import re
from dataclasses import replace
from typing import List, Optional, Sequence

from pipeline.models import morph_analyzer
from pipeline.records import Mention
from pipeline.stages import names

AND_BETWEEN = re.compile(r"\s+и\s+$")
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
GENDERS = ("masc", "femn")


def _first_name_gender(word: str) -> Optional[str]:
    """The gender the dictionary gives a first name in the nominative, if only one."""
    genders = {g for g in GENDERS if names.first_name_known(word, nominative=True, gender=g)}
    return genders.pop() if len(genders) == 1 else None


def _plural_surname(word: str, gender: str) -> Optional[str]:
    """The singular nominative, for ``gender``, of a surname the dictionary reads only in the
    plural (`Гудковы` → `Гудков`, `Гудкова`), else None."""
    parses = [p for p in morph_analyzer().parse(word) if names.from_dictionary(p) and "Surn" in p.tag]
    if not parses or any(p.tag.number != "plur" for p in parses):
        return None
    form = parses[0].inflect({"sing", "nomn", gender})
    return names.restore_shape(form.word, word) if form else None


def _indeclinable_surname(word: str) -> bool:
    """A surname in a consonant that the dictionary does not know: a man's and a woman's alike."""
    return bool(CONSONANT_END.search(word.lower())) and not any(
        names.from_dictionary(p) and ("Surn" in p.tag or "Name" in p.tag) for p in morph_analyzer().parse(word))


def shared_family_names(mentions: Sequence[Mention], doc_text: str) -> List[Mention]:
    out = list(mentions)
    for k, m in enumerate(out):
        words = m.normal.split()
        if m.type != "PER" or len(words) != 2:
            continue
        first, surname = words[0], m.text.split()[-1]
        gender = _first_name_gender(first)
        if gender is None:
            continue
        before = next((o for o in reversed(out[:k]) if o.end <= m.start), None)
        if before is None or before.type != "PER" or len(before.normal.split()) != 1 \
                or not AND_BETWEEN.search(doc_text[before.end:m.start]):
            continue   # (alone, `Фальков`, `Черных` may be a plural's form too: only `и` shows the family)
        own_gender = _first_name_gender(before.normal)
        if own_gender is None:
            continue
        singular = _plural_surname(surname, gender)
        shared = _plural_surname(surname, own_gender) if singular else (
            surname if own_gender == "masc" and gender == "femn" and _indeclinable_surname(surname) else None)
        if shared:
            out[k] = replace(m, normal=f"{first} {singular}") if singular else m
            out[out.index(before)] = replace(before, normal=f"{before.normal} {shared}")
    return out
