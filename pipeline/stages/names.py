"""Names in the nominative: persons word by word, places and organisations by their head.

Every function takes plain values (word, UD case and gender) so the rules can be tested
without the taggers.
"""
import functools
import re
from typing import Optional, Sequence, Tuple

from pipeline.lexicons.name_endings import (CONSONANTS, CONSONANT_STEM_ENDINGS, FEMININE_SURNAME_ENDINGS, HARD_BEFORE_EM, MANS_SURNAME_ENDINGS, SOFT_STEM_ENDINGS, GUESS_REFUSED_FEMININE, JAPANESE_OBLIQUE,
                                            MASCULINE_NOMINATIVE_ENDINGS, NEVER_NOMINATIVE, NEVER_NOMINATIVE_SURNAME,
                                            UNDECLINED_OR_DECLINED_CONSONANT_ENDINGS, WOMANS_OBLIQUE_FIRST_NAME_ENDINGS)
from pipeline.lexicons.names import ARTICLE_PARTICLES, GENERATION_WORDS, NAME_PARTICLES_AFTER_HYPHEN, PATRONYMIC_PARTICLES
from pipeline.lexicons.organizations import LOC_HEADS
from pipeline.models import morph_analyzer
from pipeline.stages import name_forms
from pipeline.stages.name_gender import (NAME_TAGS, UD_CASE, Word, first_name_known, from_dictionary,  # noqa: F401
                                         born_of, glued_patronymic, name_parses, person_gender, singular)

PATRONYMIC = re.compile(r"(вич|вна|ична|инична|ич)$")
INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){1,2}")   # `А.`, `А.В.` before a surname
NAME_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁ]?[а-яё]+)?$")


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


# Endings of masculine foreign surnames and names the dictionary does not know, by case:
# `Лемана` → `Леман`, `Бесселю` → `Бессель`, `Гарретом` → `Гаррет`.
FOREIGN_ENDINGS = {
    "Gen": (("ля", "ль"), ("а", "")), "Acc": (("ля", "ль"), ("а", "")),
    "Dat": (("лю", "ль"), ("у", "")), "Ins": (("лем", "ль"), ("ом", ""), ("ем", "")),
}
# A man's foreign name in -ай, -ей, -ой, -уй declines as `Карзай`: `Карзаем`, `Карзаю`, `Карзая`.
J_STEM_ENDINGS = {
    "Gen": (("ая", "ай"), ("ея", "ей"), ("оя", "ой"), ("уя", "уй")), "Acc": (("ая", "ай"), ("ея", "ей"), ("оя", "ой"), ("уя", "уй")),
    "Dat": (("аю", "ай"), ("ею", "ей"), ("ою", "ой"), ("ую", "уй")), "Ins": (("аем", "ай"), ("еем", "ей"), ("оем", "ой"), ("уем", "уй")),
}


def _foreign_in_i(word: str) -> bool:
    """A word in a consonant + -и, not after к, г, х or a hissing one (`Феррери`, `Берлускони`):
    an indeclinable foreign name, not the genitive of a `Ферреря` the dictionary does not know
    (its own -я names, `Катя`, `Коля`, are parses from the dictionary), unless a first name
    the dictionary declines shows the case (``declined``: `Ивана Грини` → `Гриня`)."""
    low = word.lower()
    return len(low) >= 5 and low.endswith("и") and low[-2] in CONSONANTS and low[-2] not in "кгхжшчщц"


def _fallback_parses(word: str, case: str, gender: Optional[str], declined: bool = False):
    """Any noun or adjective parse of the word in the case, of the person's gender; a man's
    name may decline like a feminine noun in -а/-я (`Маехары`), but a dative or locative in
    -е is more often an indeclinable foreign name (`Моне`, `Мирзазаде`). A guessed feminine
    noun in -ь is no foreign name (`Мелони` is no `Мелонь`)."""
    parses = [p for p in name_parses(word) if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF") and singular(p)
              and (from_dictionary(p) or p.tag.gender != "femn" or not p.normal_form.endswith(GUESS_REFUSED_FEMININE))
              and not (not declined and not from_dictionary(p) and _foreign_in_i(word) and p.normal_form.endswith("я"))]
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
    parses = [p for p in name_parses(text) if p.tag.POS == "NOUN" and any(t in p.tag for t in NAME_TAGS)
              and singular(p) and p.normal_form.replace("ё", "е").startswith(stem.replace("ё", "е"))]
    if gender:
        parses = [p for p in parses if p.tag.gender == gender or "ms-f" in p.tag]
    return parses


NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


def nominative_as_written(words: Sequence[str]) -> bool:
    """Every word of a name (initials aside) can be a nominative as it is written (`Малышева`,
    `Анна`; not `Владимира`)."""
    full = [w for w in words if len(w.strip(".")) > 1]
    return bool(full) and all(any(p.tag.case == "nomn" and p.word == w.lower() for p in morph_analyzer().parse(w))
                              for w in full)


def surname_known(word: str) -> bool:
    """The dictionary knows the word as a surname in some case (`Головин`, `Зубков`; not a
    typo's `Новков`)."""
    return any("Surn" in p.tag and from_dictionary(p) for p in morph_analyzer().parse(word))


def common_word(word: str) -> bool:
    """A word the dictionary knows only as a common, inanimate one (`Механика`, `Камертон`,
    `Узнавай`): no name; an animate noun may be a surname (`Лебедь`, `Соловей`)."""
    parses = morph_analyzer().parse(word)
    return morph_analyzer().word_is_known(word.lower()) and all(not any(g in p.tag for g in NAME_GRAMMEMES)
                                and not (p.tag.POS == "NOUN" and p.tag.animacy == "anim") for p in parses)


def singular_nominative(word: str) -> bool:
    """The dictionary can read ``word`` as a singular nominative (`Госпремии` it cannot)."""
    return any(p.tag.case == "nomn" and p.tag.number != "plur" for p in morph_analyzer().parse(word))


def compound_with_common_word(word: str) -> bool:
    """A hyphenated word with a lower-case part the dictionary knows, and not as a name: a
    compound of common words (`Республиканцы-выборщики`, `ТВ-знаменитость`, `Мураками-бум`),
    no person's name; a particle (`Абд-аль-Азиз`) and `младший`, `старший` belong to one."""
    parts = word.split("-")
    return len(parts) > 1 and any(
        part[:1].islower() and part not in NAME_PARTICLES_AFTER_HYPHEN and _generation_word(part) is None
        and morph_analyzer().word_is_known(part)
        and not any(g in p.tag for p in morph_analyzer().parse(part) for g in NAME_GRAMMEMES)
        for part in parts[1:])


def cut_word(word: str) -> bool:
    """A word no dictionary knows that starts longer ones it does know (`Междун`, `Демократиче`):
    a word a teaser's ellipsis cut off."""
    low = word.lower()
    return len(low) >= 3 and not morph_analyzer().word_is_known(low) \
        and morph_analyzer().dictionary.words.has_keys_with_prefix(low)


def place_or_organisation(word: str) -> bool:
    """The dictionary knows the whole word as a place or an organisation (`Царицыно`,
    `Феррари`) and never as a name."""
    parses = [p for p in morph_analyzer().parse(word) if whole_word_known(p)]
    return any("Geox" in p.tag or "Orgn" in p.tag for p in parses) and not any(
        g in p.tag for p in parses for g in NAME_TAGS)


def oblique_only_surname(word: str) -> bool:
    """A surname the dictionary knows only in oblique cases (`Закировой`): no nominative as
    written, whatever the tagger read (`представитель Наргиз Закировой`)."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and all(from_dictionary(p) and "sing" in p.tag for p in parses) and any("Surn" in p.tag for p in parses) \
        and not any(p.tag.case == "nomn" for p in parses)   # (`Фальков`: a family's plural genitive, a man's nominative)


def mans_oblique_case(surname: str, first: str) -> Optional[str]:
    """The one case (UD) a man's surname known only in oblique cases is in (`Кушербаеву`: the
    dative), when the first name before it has a name's reading in that case too (`Крымбеку`)."""
    cases = {p.tag.case for p in morph_analyzer().parse(surname) if "Surn" in p.tag and p.tag.gender == "masc"}
    case = next((ud for ud, tag in UD_CASE.items() if cases == {tag}), None)
    named = case is not None and any("Name" in p.tag and p.tag.case == UD_CASE[case] and p.tag.gender == "masc"
                                     for p in morph_analyzer().parse(first.lower()))
    return case if named else None


def _prefix_split(parse) -> bool:
    """A reading of the word's end after a prefix the guesser split off (`Шмит|том`, `Пэ|том`)."""
    return any(type(step[0]).__name__ == "UnknownPrefixAnalyzer" for step in parse.methods_stack[1:])


def whole_word_known(parse) -> bool:
    """A dictionary parse of the whole word, not of its end after a prefix the guesser split
    off (`Джо|анны` is a good guess, but `Ям|аду` no Japanese name's reading)."""
    return from_dictionary(parse) and not _prefix_split(parse)


def _oblique_only(named, surname: bool) -> bool:
    """The dictionary knows the word as a name, but never in the nominative (`Наине`,
    `Авелем`); a word in a surname's place must be known as a surname or patronymic
    (`Ливиу-Дитер Нисипяну` is no first name in the dative)."""
    if surname:
        named = [p for p in named if "Surn" in p.tag or "Patr" in p.tag]
    return bool(named) and all(from_dictionary(p) for p in named) and not any(p.tag.case == "nomn" for p in named)


def _soft_stem(text: str, case: Optional[str]) -> Optional[str]:
    ending = SOFT_STEM_ENDINGS.get(case or "")
    stem = text[:-len(ending)] if ending and text.lower().endswith(ending) else ""
    if len(stem) >= 2 and stem[-1].lower() in CONSONANTS and stem[-1].lower() not in HARD_BEFORE_EM:
        return stem + "ь"
    return None


def _strip_foreign_ending(text: str, case: Optional[str], gender: Optional[str]) -> str:
    """A man's foreign name loses its case ending (`Лемана` → `Леман`, `Ына` → `Ын`), or gets
    its soft sign back (`Тханем` → `Тхань`); a name in -а/-я of either gender gets its -а back
    (`Соланы`, `Джасиндой`)."""
    if gender != "femn":
        soft = _soft_stem(text, case)
        if soft:
            return soft
        for ending, replacement in J_STEM_ENDINGS.get(case or "", ()) + FOREIGN_ENDINGS.get(case or "", ()):
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


def _case_by_ending(text: str, case: Optional[str], surname: bool = False) -> Optional[str]:
    """The case a word's ending shows where the tagger's is impossible: no parse of the word
    is a singular in it (`Джасиндой` read as a nominative is an instrumental, `Соланы` read as
    an accusative a genitive, `Каррансу` read as a genitive an accusative); a short word keeps
    the tagger's (`Том`), and so does an ending after a vowel (`Ыунапуу` does not decline)."""
    low = text.lower()
    for ending, tagged, shown in NEVER_NOMINATIVE + (NEVER_NOMINATIVE_SURNAME if surname else ()):
        if (case or "Nom") in tagged and low.endswith(ending) and len(low) - len(ending) >= 3 \
                and low[-len(ending) - 1] in CONSONANTS \
                and not any(p.tag.case == UD_CASE[six_case(case) or "Nom"] and singular(p) for p in name_parses(text)):
            return shown
    return case


def _indeclinable_in_e(text: str, case: str, named) -> bool:
    """A first name in -е the dictionary knows only as a dative or locative, where the tagger
    reads another case, does not decline (`Решение Маргрете Вестагер`); a patronymic always
    does (`Наине Иосифовне`)."""
    return text.endswith("е") and case not in ("Dat", "Loc") \
        and all(p.tag.case in ("datv", "loct") and "Name" in p.tag for p in named)


def _nominative_only(text: str) -> bool:
    """The dictionary knows the word as a place, surname or organisation in the nominative and
    in no other case: it is no oblique form of anything (`Бурла`, not `Бурл` in the genitive);
    a first name may be (`Галя` is a man's `Галь` in the genitive too)."""
    parses = name_parses(text)
    return bool(parses) and all(from_dictionary(p) and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses) \
        and any(t in p.tag for p in parses for t in ("Geox", "Surn", "Orgn"))


OTHER_CASES = {"Voc": "Nom", "Par": "Gen"}   # the tagger's vocative and partitive, as the six cases


def six_case(case: Optional[str]) -> Optional[str]:
    """One of the six cases the dictionary knows (an unknown case: None)."""
    case = OTHER_CASES.get(case, case)
    return case if case in UD_CASE else None


def inflect_person_word(text: str, case: Optional[str], gender: Optional[str], surname: bool = False,
                        doubtful: bool = False, japanese: bool = False, declined: bool = False, lone: bool = False) -> str:
    """One word of a person's name in the nominative. A word the dictionary knows as a name
    only in oblique cases is inflected when the tagger reads it as a nominative (`Авелем`
    read as a dative, `Вертинскому` as a nominative); a nominative in -е stays (`Мирзазаде`
    may be an indeclinable name the dictionary does not know) unless the tagger's cases are
    ``doubtful`` — it gave the name's words different cases (`Наине Иосифовне`); an ending
    no nominative has is an oblique case (`Джасиндой`), except a man's -ой in a surname or a
    ``lone`` word; a word read as nominative otherwise stays. In an oblique case see ``_oblique_nominative``."""
    if _article_name(text):   # `ас-Сиддиком` → `ас-Сиддик`: the name after the article declines
        article, _, rest = text.partition("-")
        return article + "-" + inflect_person_word(rest, case, gender, surname, doubtful, japanese, declined, lone)
    if not NAME_WORD.match(text) or surname and (glued_patronymic(text) or born_of(text)):   # `Усенкызы`: never declined
        return text
    parts = text.split("-")
    generation = _generation_word(parts[-1]) if len(parts) == 2 else None
    if generation:   # `Байдену-младшему` → `Байден-младший`: the adjective's ending shows the case
        own_case = next((ud for ud, oc in UD_CASE.items() if oc == generation.tag.case), case)
        word = restore_shape(generation.inflect({"nomn", "sing", "masc"}).word, parts[1])
        return inflect_person_word(parts[0], own_case, gender, surname, doubtful, japanese) + "-" + word
    if len(parts) == 2 and all(p[:1].isupper() and len(p) > 1 for p in parts):
        # `Анны-Лены`, `Жану-Франсуа`, `Карлу-Хайнцу`: each part declines (not `Ахмат-Хаджи`)
        part_case = case if _declined_part(parts, case) else _parts_case(parts)
        if part_case is not None:
            return "-".join(inflect_person_word(p, part_case, gender, surname, doubtful, japanese) for p in parts)
        if surname and six_case(case) not in (None, "Nom"):   # `Ковалёва-Горского` → `Ковалёв-Горский`: a double
            return "-".join(inflect_person_word(p, case, gender, surname, doubtful, japanese) for p in parts)   # surname
            # declines part by part
    if japanese and text.endswith("и") and text[-2:-1].lower() not in "кгхжшчщ":
        return text   # `Хироси`, `Кобаяси`: a Japanese nominative (only -ка/-га give a genitive in -и)
    case = six_case(case)
    named = _named_parses(text, gender)
    # `Кэндзи Фудзимура` read as a nominative is no genitive of a Russian `Фудзимур`
    if case in (None, "Nom") and not japanese and (doubtful or not text.endswith("е")):   # `Мирзазаде` may be indeclinable;
        # a locative needs a preposition the tagger would have seen (`Саломе`)
        oblique = [p for p in named if p.tag.case != "loct"]
        if (surname or lone) and gender == "masc" and text.lower().endswith(MASCULINE_NOMINATIVE_ENDINGS):
            return text   # `Игорь Ланской`, `Николай Бережной`, a lone `Швыдкой`: a man's nominative, no woman's oblique -ой
        if _oblique_only(oblique, surname):
            return _nominative(oblique[0], text, gender)
    case = _case_by_ending(text, case, surname)
    if case in (None, "Nom"):
        return text
    return _oblique_nominative(text, case, gender, named, surname, japanese, declined)


def _generation_word(word: str):
    """The singular parse of `младший`, `старший` in any case, if the word is one (`младшему`)."""
    return next((p for p in morph_analyzer().parse(word) if p.normal_form in GENERATION_WORDS and p.tag.POS == "ADJF"
                 and p.tag.number == "sing" and p.tag.case in UD_CASE.values() and p.inflect({"nomn", "sing", "masc"})), None)


def _declinable_first(parses: list) -> list:
    """Of two readings of the same kind (first names, or surnames), the declinable one first:
    `Марку` is Марк's dative before it is an indeclinable `Марку` (but `Моне` stays the
    indeclinable surname it is read as first, not the dative of the first name `Мона`)."""
    def kind(p):
        return next((t for t in NAME_TAGS if t in p.tag), None)
    return sorted(parses, key=lambda p: (kind(p) != kind(parses[0]), "Fixd" in p.tag)) if parses else parses


def _oblique_nominative(text: str, case: str, gender: Optional[str], named, surname: bool, japanese: bool,
                        declined: bool = False) -> str:
    """In a Japanese name an oblique case ending is of an -а (`Маэхаре`, `Ямаду`) unless the
    dictionary itself knows the word; the dictionary's name parse in the tagger's case is
    inflected; a name the dictionary knows in the nominative, or only in other oblique cases,
    follows it (a first name in -е it knows only as a dative stays where the case differs);
    Russian-type surnames, indeclinable endings and words the dictionary knows only as
    nominatives come next; then the guesses of ``_guessed_nominative``."""
    in_case = _declinable_first([p for p in named if p.tag.case == UD_CASE[case]])
    ending = JAPANESE_OBLIQUE.get(case)
    if japanese and ending and text.endswith(ending) and (surname or ending != "у") \
            and not any(whole_word_known(p) for p in in_case):   # a first name in -у may be a nominative (`Тору`)
        return text[:-len(ending)] + "а"
    if surname and _foreign_in_i(text) and any("Fixd" in p.tag and p.normal_form == text.lower() and any(t in p.tag for t in NAME_TAGS)
                                               for p in name_parses(text)):
        return text   # `Нино Чиковани`, `Гии Кипиани`: the dictionary's indeclinable surname, no `Чикованя`
    if in_case:
        return _nominative(in_case[0], text, gender)
    if any(p.tag.case == "nomn" and not _prefix_split(p) for p in named):   # not `Шмит|том`, a `Том` guessed
        return text
    if _oblique_only(named, surname):
        return text if _indeclinable_in_e(text, case, named) else _nominative(named[0], text, gender)
    adjectival = _adjectival_womans_surname(text, case, gender) if surname else None
    if adjectival:
        return adjectival
    surname_form = name_forms.russian_surname(text, case, gender)
    if surname_form or name_forms.indeclinable(text) or _nominative_only(text):
        return surname_form or text
    return _guessed_nominative(text, case, gender, declined)


ADJECTIVAL_SURNAME_LEMMA = re.compile(r"(ой|ский|цкий)$")   # a surname declined as an adjective: `Крутой`, `Горский`
OV_SURNAME_LEMMA = re.compile(r"(ов|ев|ин|ын)$")
OV_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")   # a woman's -ова, -ева, -ина surname in an oblique case


def _adjectival_womans_surname(text: str, case: str, gender: Optional[str]) -> Optional[str]:
    """A woman's surname in -ой the dictionary knows as an adjective of an end-stressed or
    -ский kind and as no -ов surname: the adjective's feminine nominative (`Нинели Крутой` →
    `Крутая`, `Киры Толстой` → `Толстая`); never one in -овой, -евой, -иной, which an -ова
    surname has too (`Ключевой` → `Ключева`, `Береговой` → `Берегова`, whatever the dictionary's
    adjective), nor a form of an -ый adjective (`Селевой` → `Селева`)."""
    if gender != "femn" or not text.lower().endswith("ой") or text.lower().endswith(OV_OBLIQUE) or case == "Nom":
        return None   # (`Береговой` may be `Берегова` as well as `Береговая`, `Ключевой` is `Ключева`: an -ова surname first)
    parses = [p for p in morph_analyzer().parse(text) if from_dictionary(p)]
    if any("Surn" in p.tag and OV_SURNAME_LEMMA.search(p.normal_form) for p in parses) \
            or any(p.tag.POS == "ADJF" and not ADJECTIVAL_SURNAME_LEMMA.search(p.normal_form) for p in parses):
        return None   # (`Селевой`: also the -ый adjective `селевый`, so an -ова surname's `Селева` as well)
    adjective = next((p for p in parses if p.tag.case == UD_CASE.get(case) and "femn" in p.tag
                      and ADJECTIVAL_SURNAME_LEMMA.search(p.normal_form) and (p.tag.POS == "ADJF" or "Surn" in p.tag)), None)
    form = adjective.inflect({"nomn", "sing", "femn"}) if adjective is not None else None
    return restore_shape(form.word, text) if form else None


def _guessed_nominative(text: str, case: str, gender: Optional[str], declined: bool = False) -> str:
    """A noun parse of the case that keeps the word's stem; an adjectival surname agrees
    (`Долгорукому`); an unknown masculine foreign word loses its case ending (`Лемана` →
    `Леман`)."""
    for parse in _fallback_parses(text, UD_CASE.get(case), gender, declined):
        if parse.tag.POS == "NOUN" and "Fixd" not in parse.tag and not _prefix_split(parse) and len(parse.normal_form) >= len(text) - 2 \
                and (from_dictionary(parse) or name_forms.keeps_stem(text, parse.normal_form)):
            return _nominative(parse, text, gender)
    adjective = [p for p in morph_analyzer().parse(text) if p.tag.POS == "ADJF" and p.tag.case == UD_CASE.get(case)]
    if adjective and re.search(r"(ого|ому|ым|ом|ой|ую|ая|его|ему|им)$", text):   # `Долгорукому`
        form = adjective[0].inflect({"nomn", "sing", gender or "masc"})
        return restore_shape(form.word, text) if form else text
    return _strip_foreign_ending(text, case, gender)


def normalize_person(words: Sequence[Word], separators: Sequence[str] = (), verb_gender: Optional[str] = None) -> str:
    """A person's name in the nominative. A name the verb shows to be a woman's but the
    dictionary or the tagger reads as a man's (`Джорджа Мелони высказала`, `Аяко Мурата[Gen
    Masc] настроена`) is a nominative it does not know."""
    if len(words) >= 3 and words[-1][0].lower() in PATRONYMIC_PARTICLES:   # `Нурлана Тологон уулу`
        seps = list(separators) or [" "] * (len(words) - 1)
        first = normalize_person(words[:-2], seps[:len(words) - 3], verb_gender)
        return join_words([first, words[-2][0], words[-1][0]], seps[-2:])
    words = [(title_case(t), c, g) for t, c, g in words]
    doubtful = len({c for t, c, _ in words if NAME_WORD.match(t)}) > 1
    gender = person_gender(words, doubtful)
    read_as_mans = gender == "masc" or (gender is None and any(g == "Masc" and c not in (None, "Nom") for _, c, g in words))
    if verb_gender == "femn" and read_as_mans:
        return join_words([t for t, _, _ in words], separators)
    womans = _womans_first_name_before_undeclined(words, verb_gender)
    if womans:
        return join_words([womans, words[1][0]], separators)
    last = len(words) - 1
    words = _case_of_other_words(words)
    words = _case_past_particles(_agreeing_case(words, gender))
    words = _surname_in_u_beside_womans_name(words, gender)
    confirmed = _first_names_case(words, gender)
    if doubtful and not confirmed and gender != "femn":
        words = _last_in_first_words_case(words)
    if confirmed:   # `Ивана[Gen] Петрова[Loc]`, `Ивану[Dat] Новотному[Nom]`: the surname is in the first name's case
        words = [(t, confirmed if t[:1].isupper() else c, g) for t, c, g in words]
    japanese = name_forms.japanese([t for t, _, _ in words])
    written = _nominative_by_surname(words, verb_gender or gender) or _dative_beside_nominative(words) \
        or _womans_nominative_by_surname(words, verb_gender)
    return join_words([t if i == 0 and written else
                       inflect_person_word(t, c, gender, surname=0 < i == last, doubtful=doubtful, japanese=japanese,
                                           declined=bool(confirmed), lone=last == 0)
                       for i, (t, c, _) in enumerate(words)], separators)


def _womans_first_name_before_undeclined(words: Sequence[Word], verb_gender: Optional[str]) -> Optional[str]:
    """The nominative of a woman's first name in an oblique case before a surname in a hard
    consonant left as written (`Ясну Петкович`, `Прии Наир`, `Весной Маркович`): a man's such
    surname declines with his first name, so the name is a woman's and only the first name
    declines (not after a man's instrumental `Йовановичем` or an indeclinable `Долгих`; a double
    first name declines part by part elsewhere; not a man's name the dictionary knows, whose
    surname the writer left as written: `Андрею Пак`). Endings a man's dative or a nominative
    has too (-у, -ю, -ы) need the tagger's feminine oblique reading there;
    a first name the dictionary knows as a nominative is one (`Рой Джонс`), and so is any
    whose stem is shorter than two letters."""
    if len(words) != 2 or verb_gender == "masc":
        return None
    (first, first_case, first_gender), (surname, surname_case, _) = words
    if not NAME_WORD.match(first) or "-" in first or not NAME_WORD.match(surname) or len(surname) < 3 \
            or surname[-1:].lower() not in CONSONANTS or surname.lower().endswith(UNDECLINED_OR_DECLINED_CONSONANT_ENDINGS) \
            or six_case(surname_case) not in (None, "Nom", first_case) or first_name_known(first, nominative=True) \
            or first_name_known(first, gender="masc"):   # `Андрею Пак`, `Дмитрию Тен`: a man's dative (his surname left as written)
        return None
    low = first.lower()
    for ending, nominative, needs_oblique in WOMANS_OBLIQUE_FIRST_NAME_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2 and (
                not needs_oblique or six_case(first_case) not in (None, "Nom") and first_gender == "Fem"):
            return restore_shape(first[:-len(ending)] + nominative, first)
    return None


def womans_first_name_declined(said: str, normal: str) -> bool:
    """``normal`` is a woman's first name that ``said`` is an oblique form of by the endings of
    ``_womans_first_name_before_undeclined`` (`Прии` → `Прия`)."""
    return any(said.lower().endswith(ending) and normal.lower() == said.lower()[:-len(ending)] + nominative
               for ending, nominative, _ in WOMANS_OBLIQUE_FIRST_NAME_ENDINGS)


def _last_in_first_words_case(words: Sequence[Word]) -> Sequence[Word]:
    """A man's name the tagger gave mixed cases (`Ли[Ins] Сын[Nom] Хёном[Gen]`): where the last
    word ends in a consonant and the ending of a consonant stem in the first word's oblique case,
    it is in that case (`Хёном` → `Хён`)."""
    case = six_case(words[0][1])
    last, _, g = words[-1]
    for ending in CONSONANT_STEM_ENDINGS.get(case, ()):
        if last.lower().endswith(ending) and len(last) - len(ending) >= 3 and last[-len(ending) - 1].lower() in CONSONANTS:
            return list(words[:-1]) + [(last, case, g)]
    return words


CAPITALS = re.compile(r"[А-ЯЁA-Z]{3,}")   # (two capitals are a nickname's initials: `БГ`)
ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def title_case(word: str) -> str:
    """A name word set in capitals (`Татьяны ШАХ`, `ИВАН СИДОРОВ`, `Римского-КОРСАКОВА`: a page's
    typography) in title case; initials and a ruler's numeral (`Николай II`) as written."""
    return "-".join(part[:1] + part[1:].lower() if CAPITALS.fullmatch(part) and not ROMAN_NUMERAL.fullmatch(part) else part
                    for part in word.split("-"))


def as_written(name: str) -> str:
    """A name kept as the page writes it, its words in capitals in title case (`Анна ПЕТРОВА`
    → `Анна Петрова`)."""
    return re.sub(r"\S+", lambda word: title_case(word.group()), name)


def _case_of_other_words(words: Sequence[Word]) -> Sequence[Word]:
    """A word the dictionary has no name parse of in the case the tagger gave it, but has one
    in the case of the name's other words, is in theirs (`Ван[Gen] Цзюньхуэя[Dat]`: the
    dictionary knows `Цзюньхуэя` as a genitive only)."""
    cases = {six_case(c) for _, c, _ in words} - {None}
    if len(words) < 2 or len(cases) < 2:
        return words
    out = []
    for t, c, g in words:
        own = {p.tag.case for p in name_parses(t) if any(x in p.tag for x in NAME_TAGS) and singular(p)}
        others = [o for _, o, _ in words if six_case(o) and UD_CASE[six_case(o)] in own and o != c]
        out.append((t, others[0], g) if own and six_case(c) and UD_CASE[six_case(c)] not in own and others else (t, c, g))
    return out


def _first_names_case(words: Sequence[Word], gender: Optional[str]) -> Optional[str]:
    """A man's first name the dictionary itself knows in the tagger's oblique case (genitive,
    dative or instrumental) and never as a nominative (`Ивана`, `Ивану`; not `Никола`):
    the name's case, which its surname shares whatever the tagger read there."""
    first, case, _ = words[0]
    oc = UD_CASE.get(six_case(case) or "")
    if len(words) != 2 or gender != "masc" or case not in ("Gen", "Dat", "Ins") or "-" in first:
        return None   # (not three words: `Николаса Мадуро Герра`, a second surname the writer left undeclined)
    parses = [p for p in name_parses(first) if "Name" in p.tag and whole_word_known(p) and singular(p)]
    if not any(p.tag.case == oc and "masc" in p.tag for p in parses) or any(p.tag.case == "nomn" for p in parses):
        return None
    return case


def _nominative_by_surname(words: Sequence[Word], gender: Optional[str]) -> bool:
    """A man's first name read as a nominative stays as written beside a surname that shows
    the nominative: a man's surname ending in a consonant declines in every other case
    (`Бени Ганц оказался` is no genitive of `Беня`: that would be `Бени Ганца`)."""
    (first, first_case, _), (surname, surname_case, _) = words[0], words[-1]
    return len(words) == 2 and gender == "masc" and six_case(first_case) in (None, "Nom") \
        and six_case(surname_case) in (None, "Nom") and surname[-1:].lower() in CONSONANTS and len(surname) > 2 \
        and _mans_oblique_only(first)


def _womans_nominative_by_surname(words: Sequence[Word], verb_gender: Optional[str]) -> bool:
    """A first name that is a woman's nominative and a man's genitive or accusative (`Александра`,
    `Валентина`, `Евгения`) stays as written before a surname in a consonant left undeclined: a man's
    such surname would decline with it (`Александра Ковальчука`), a woman's does not (`Александра
    Ковальчук уточняет`, whatever case the tagger read); not before a surname that never declines
    or is a man's instrumental (`Долгих`, `Ковальчуком`), nor where the verb says a man."""
    if len(words) != 2 or verb_gender == "masc":
        return False
    (first, first_case, _), (surname, _, _) = words
    low = surname.lower()
    return six_case(first_case) in ("Gen", "Acc") and NAME_WORD.match(surname) is not None and len(low) > 2 \
        and low[-1:] in CONSONANTS and not low.endswith(UNDECLINED_OR_DECLINED_CONSONANT_ENDINGS + MANS_SURNAME_ENDINGS) \
        and first_name_known(first, nominative=True, gender="femn")


def _dative_beside_nominative(words: Sequence[Word]) -> bool:
    """A first name read as a dative in -у/-ю stays as written beside a surname read as a
    nominative in -а/-я after a consonant: a man's such surname would be in the dative too
    (`Тору Камикава` is no dative of `Тор`: that would be `Тору Камикаве`)."""
    (first, first_case, _), (surname, surname_case, _) = words[0], words[-1]
    return len(words) == 2 and six_case(first_case) == "Dat" and first.endswith(("у", "ю")) \
        and six_case(surname_case) in (None, "Nom") and surname.endswith(("а", "я")) and len(surname) > 3 \
        and surname[-2].lower() in CONSONANTS and not surname.lower().endswith(FEMININE_SURNAME_ENDINGS) \
        and not born_of(surname)   # (`Шерзоду Назарзода`: a surname that never declines shows no case)


def _mans_oblique_only(word: str) -> bool:
    """The dictionary knows the word as a man's first name in oblique cases only (`Бени`, a
    genitive of `Беня`), not as a woman's (`Джасиндой`)."""
    named = [p for p in name_parses(word) if "Name" in p.tag and singular(p)]
    return bool(named) and all(p.tag.case != "nomn" and "masc" in p.tag for p in named)


def _declined_part(parts: Sequence[str], case: Optional[str]) -> bool:
    """A part of a hyphenated name is a first name the dictionary knows in the tagger's
    oblique case: the name declines part by part."""
    oc = UD_CASE.get(six_case(case) or "")
    return oc not in (None, "nomn") and any(
        p.tag.case == oc and "Name" in p.tag and from_dictionary(p) for part in parts for p in name_parses(part))


def _parts_case(parts: Sequence[str]) -> Optional[str]:
    """The one oblique case in which the dictionary knows every part of a hyphenated name as a
    singular first name, none of them as a nominative (`Анны-Лены` the tagger read as a
    nominative, `Анной-Марией` as a genitive)."""
    readings = [{p.tag.case for p in name_parses(part) if "Name" in p.tag and from_dictionary(p) and singular(p)}
                for part in parts]
    common = set.intersection(*readings)
    last = readings[-1] - {"loct"} if readings[-1] == {"datv", "loct"} else readings[-1]   # (`Луизе`: one form)
    if len(last) == 1 and "nomn" not in last and all(last <= r or "nomn" in r for r in readings[:-1]):
        common = last   # `Жан-Пьером`: the last part is known only in the instrumental, the first also as a nominative
    elif "nomn" in common or any("nomn" in r for r in readings):
        return None
    cases = [ud for ud, oc in UD_CASE.items() if oc in common and ud != "Nom"]
    return cases[0] if len(cases) == 1 else None


def _case_past_particles(words: Sequence[Word]) -> Sequence[Word]:
    """A surname after a particle (`Карла-Хайнца фон Веделя`), or after the Arabic article in
    one word (`Ибрагимом ас-Сиддиком`), the tagger read as a nominative or gave no case takes
    the case of the first name where the dictionary confirms that one is oblique."""
    first_text, first_case, _ = words[0]
    particle = next((i for i, (t, _, _) in enumerate(words) if i and t[:1].islower()), None)
    if particle is None or not _declined_part(first_text.split("-"), first_case):
        return words
    return [(t, first_case if (i > particle and t[:1].isupper() or i == particle and _article_name(t))
             and six_case(c) in (None, "Nom") else c, g) for i, (t, c, g) in enumerate(words)]


def _article_name(word: str) -> bool:
    """`ас-Сиддиком`: the Arabic article and a name after its hyphen, one word; not one in -и,
    which does not decline (`аль-Барадеи`, `аль-Малики`)."""
    article, _, rest = word.partition("-")
    return article in ARTICLE_PARTICLES and rest[:1].isupper() and "-" not in rest and not rest.lower().endswith("и")


def _agreeing_case(words: Sequence[Word], gender: Optional[str]) -> Sequence[Word]:
    """The words of a name share one case: where the tagger's is impossible for a first name
    in -е that the dictionary knows only as a dative or locative (`Вере` read as a genitive)
    and the surname shows a declined form in that case (`Вере Заречной`), the name takes it
    (a surname that does not decline leaves the first name as it is: `Маргрете Вестагер`)."""
    first, rest = words[0], words[1:]
    named = _named_parses(first[0], gender)
    if not rest or not first[0].endswith("е") or six_case(first[1]) in ("Dat", "Loc") or not named \
            or not all(p.tag.case in ("datv", "loct") and "Name" in p.tag for p in named):
        return words
    for case, oc in (("Dat", "datv"), ("Loc", "loct")):
        if any(p.tag.case == oc for p in named) and _declined_in(rest[-1][0], oc):
            return [(t, case, g) for t, _, g in words]
    return words


def _surname_in_u_beside_womans_name(words: Sequence[Word], gender: Optional[str]) -> Sequence[Word]:
    """A woman's surname in -у, -ю after a first name the dictionary knows in no accusative
    (`Марии Пинту`, `Марии да Граса Пинту`: a genitive, dative or locative) is no accusative of a
    noun in -а, -я, whatever the tagger read: the surname does not decline (`Пинту`, `Кожокару`)."""
    if len(words) < 2:
        return words
    (first, _, _), (last, last_case, last_gender) = words[0], words[-1]
    if gender != "femn" or six_case(last_case) not in ("Acc", "Gen") \
            or not last.lower().endswith(("у", "ю")) or not last[:1].isupper():
        return words
    named = [p for p in _named_parses(first, "femn") if "Name" in p.tag]
    if not named or any(p.tag.case in ("accs", "nomn") for p in named):
        return words
    return list(words[:-1]) + [(last, "Nom", last_gender)]


def _declined_in(word: str, oc_case: str) -> bool:
    """The dictionary reads the word as a declined form in that case (not its nominative)."""
    return any(p.tag.case == oc_case and "Fixd" not in p.tag and p.normal_form != word.lower()
               for p in name_parses(word))


def join_words(words: Sequence[str], separators: Sequence[str] = ()) -> str:
    """Words joined by the text's own separators (`О’Рейли` keeps its apostrophe)."""
    seps = list(separators) or [" "] * (len(words) - 1)
    return "".join(w + (seps[i] if i < len(seps) else "") for i, w in enumerate(words))


TRAILING_INITIALS = re.compile(r"(?P<surname>[А-ЯЁ][^\s.]{2,})\s+(?P<initials>(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ])\.?")


def initials_first(name: str) -> str:
    """`Лузина О.А` (a list's order, the span cut before its last period) → `О.А. Лузина`;
    a first name with a surname's initial stays (`Анна К.`: a name the press hides). Glued
    initials stay as written (`Н.Ф.Гамалея`: the blind normal-form gold keeps them so)."""
    m = TRAILING_INITIALS.fullmatch(name)
    parses = name_parses(m["surname"]) if m else []
    if not m or (any("Name" in p.tag and p.tag.case == "nomn" and singular(p) for p in parses)
                 and not any("Surn" in p.tag for p in parses)):
        return name
    return f"{m['initials']}. {m['surname']}"


def initial_and_surname(name: str) -> Optional[Tuple[str, str]]:
    """(the first initial, the surname) of `А. Кудрин`, `А.В. Кудрин`, `А.Кудрин`; None for
    other names."""
    parts = unglued_initials(name).split()
    if len(parts) >= 2 and all(INITIALS.fullmatch(p) for p in parts[:-1]) and not INITIALS.fullmatch(parts[-1]):
        return parts[0][0], parts[-1]
    return None


GLUED_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.){1,2})(?=[А-ЯЁA-Z][а-яёa-z])")


def unglued_initials(name: str) -> str:
    """`Е.Малышева` → `Е. Малышева`."""
    return GLUED_INITIALS.sub(r"\1 ", name)


def canonical_person(normal: str) -> str:
    """First name and surname; a patronymic in the middle is dropped; initials glued to the
    surname stand apart (`Е.Малышева` → `Е. Малышева`, as `А. Кудрин` links and compares)."""
    parts = unglued_initials(normal).split()
    if len(parts) == 3 and PATRONYMIC.search(parts[1].lower()):
        return f"{parts[0]} {parts[2]}"
    if len(parts) in (2, 3) and _surname_first(parts):
        return f"{parts[1]} {parts[0]}"   # `Гуреев Владимир`, `Кожемяко Олег Николаевич`: official order
    return " ".join(parts)


SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ова|ева|ёва|ина|ына|ская|цкая|ой|ий|ко|ук|юк|чук)$")


def _surname_first(parts: Sequence[str]) -> bool:
    """A surname before a first name (and a patronymic): the first word has a Slavic surname's
    ending and the dictionary knows it as a surname and not as a first name, the second as a
    first name and not as a surname (the dictionary's readings of foreign names are no guide:
    `Карлос Амарилья`)."""
    if len(parts) == 3 and not PATRONYMIC.search(parts[2].lower()):
        return False
    return bool(SLAVIC_SURNAME.search(parts[0].lower())) and _dictionary_tagged(parts[0], "Surn") and not _dictionary_tagged(parts[0], "Name") \
        and _dictionary_tagged(parts[1], "Name") and not _dictionary_tagged(parts[1], "Surn")


@functools.lru_cache(maxsize=20_000)
def _dictionary_tagged(word: str, tag: str) -> bool:
    """The dictionary reads the word as a nominative singular with ``tag`` (`Петров` is a surname,
    its reading as the plural genitive of `Пётр` aside)."""
    return any(from_dictionary(p) and tag in p.tag and "nomn" in p.tag and "sing" in p.tag for p in morph_analyzer().parse(word))


# The dictionary's second locative and genitive (`в порту`, `в аэропорту`, `чаю`) are forms of
# the case the tagger names.
CASE_VARIANTS = {"loct": ("loct", "loc2"), "gent": ("gent", "gen2"), "accs": ("accs", "acc2")}


def _case_parses(text: str, case: Optional[str], poses: Tuple[str, ...]):
    oc_case = UD_CASE.get(case or "")
    cases = CASE_VARIANTS.get(oc_case, (oc_case,))
    return [p for p in morph_analyzer().parse(text) if p.tag.case in cases and p.tag.POS in poses]


def inflect_noun(text: str, case: Optional[str]) -> Tuple[str, Optional[str], Optional[str]]:
    """(nominative, gender, number) of a noun in ``case``; the text unchanged when unknown, or
    when it is an abbreviation in capitals (`АКРА` is no `акр` in the genitive)."""
    if case in (None, "Nom") or (len(text) > 1 and text.isupper()):
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


def genitive_phrase(name: str) -> Optional[str]:
    """An organisation's nominative name in the genitive, its head noun and the adjectives
    before it declined (`Ленинский районный суд Курска` → `Ленинского районного суда Курска`,
    `Минтруд России` → `Минтруда России`; an abbreviation or a quoted name after them stays);
    None when the name opens with one or the dictionary cannot decline its first words."""
    words, out = name.split(), []
    for k, word in enumerate(words):
        if word[:1] in "«\"" or (len(word) > 1 and word.isupper()):
            return " ".join(out + words[k:]) if out else None
        parse = next((p for p in morph_analyzer().parse(word) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")), None)
        form = parse.inflect({"gent"} | ({parse.tag.number} if parse.tag.number else set())) if parse is not None else None
        if form is None:
            return None
        out.append(restore_shape(form.word, word))
        if parse.tag.POS == "NOUN":
            return " ".join(out + words[k + 1:])
    return None


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
    the article names in full elsewhere; the dictionary must know the patronymic (it only
    guesses one for the surnames `Киселевич`, `Клинцевич`, `Рабинович`), or, for a woman's,
    her first name."""
    if len(words) != 2 or not PATRONYMIC.search(words[1].lower()) or not words[1][:1].isupper():
        return False
    if any("Patr" in p.tag and p.is_known for p in name_parses(words[1])):   # not the surname of `Оксана Свитич`
        return True
    # `Лариса Фалеевна`: a woman's patronymic the dictionary does not know (no surname ends so) after a
    # woman's first name it does
    return bool(WOMANS_PATRONYMIC.search(words[1].lower())) and first_name_known(words[0], gender="femn") \
        and not surname_known(words[1])


# A woman's patronymic, which no surname shares (`Петровна`, `Ильинична`).
WOMANS_PATRONYMIC = re.compile(r"(?:овна|евна|ична)$")


def addressed_by_patronymic(name: str) -> Optional[str]:
    """The first name of a woman the article names only by first name and patronymic (`Галина
    Петровна` → `Галина`: GUIDELINES drop a patronymic, and the labelled sets name such women so
    in 3 of 4 cases; a man's is kept, as they name men in 3 of 4: `Андрей Геннадьевич`, and
    `Петрович`, `Маркович` are surnames too); None for other names."""
    words = name.split()
    if not is_first_and_patronymic(words) or not WOMANS_PATRONYMIC.search(words[1].lower()):
        return None
    return words[0]


def is_person_name(line: str) -> bool:
    """A byline: two or three capitalised words, the first a known first name."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(NAME_WORD.match(w) for w in words):
        return False
    first = morph_analyzer().parse(words[0])
    return any("Name" in p.tag and p.tag.case == "nomn" for p in first)


LONG_NAME = 7   # a name this long may lose a letter to a typo (`Владмир`, `Владимир`; `Новков`, `Новиков`)
SPELLING_PAIRS = frozenset({("э", "е"), ("е", "э")})   # `Нэнси`, `Ненси`


def spelling_variant(a: str, b: str, swapped: bool = False) -> bool:
    """One transcription's letter for another (`Нэнси`, `Ненси`), a doubled letter
    (`Камалла`, `Камала`) or, in a long name, a letter lost (`Владмир`) or, with ``swapped``,
    in a surname, two letters swapped (`Манутров`; first names swap into others: `Кристиан`,
    `Кристина`): not any one-letter change (`Мария`, `Марио` are two names)."""
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        at = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if swapped and len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]] \
                and len(a) >= LONG_NAME:
            return True   # two letters swapped in a long name (`Манутров`, `Мантуров`)
        return len(diff) == 1 and diff[0] in SPELLING_PAIRS
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1:] == short and (long_[i] == long_[i - 1] or len(long_) >= LONG_NAME)
        for i in range(1, len(long_)))


def womans_name_mans_surname(words: Sequence[str]) -> bool:
    """`Людмила Романов`: a woman's first name (never a man's) with a man's form of a Russian
    surname is a typo of her surname, no nominative to learn from."""
    return len(words) == 2 and words[1].lower().endswith(MANS_SURNAME_ENDINGS) \
        and first_name_known(words[0], nominative=True, gender="femn") \
        and not first_name_known(words[0], nominative=True, gender="masc")
