"""Lemmas in the conventions of Universal Dependencies Russian.

pymorphy3's normal form of the parse natasha picks is right for most words; where UD's
conventions differ (participles used as adjectives, comparatives, superlatives, pronouns,
substantivised adjectives, proper names the dictionary does not know), an ordered list of
small rules gives the UD lemma. Each rule takes the lower-cased word, the tagger's POS and
features, the dictionary's lemma and the chosen pymorphy3 parse, and returns a lemma or None.
The tables are data in ``pipeline.lexicons.lemmas``.
"""
import re
from typing import Dict, Optional

from pipeline.lexicons.lemmas import (COMPARATIVE_ADVERBS, FORM_LEMMAS, PLURAL_LEMMAS, POS_LEMMAS,
                                      HOMONYMS, POSSESSIVES, PROPER_TAGS, SHORT_LEMMAS)
from pipeline.models import morph_analyzer
from pipeline.stages import names

from pipeline.stages.name_gender import UD_CASE
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
SUPERLATIVE = re.compile(r"ш(ий|его|ему|им|ем|ая|ей|ую|ое|ие|их|ими|ее)$")


def plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _parses(word: str):
    return morph_analyzer().parse(word)


def _nominative(parse, feats: Dict[str, str], prefer_plural: bool = False) -> Optional[str]:
    """The parse in the nominative, in the tagger's gender (singular) or plural."""
    grams = {"nomn", "plur"} if prefer_plural else {"nomn", "sing", UD_GENDER.get(feats.get("Gender"), "masc")}
    if parse.tag.POS == "PRTS":
        grams.add("PRTF")
    form = parse.inflect(grams)
    return plain(form.word) if form else None


def by_form(word, pos, feats, lemma, parse, rel):
    return FORM_LEMMAS.get((pos, word))


def plural_noun(word, pos, feats, lemma, parse, rel):
    """`выборы` stays `выборы` (UD), not `выбор`."""
    if pos == "NOUN" and feats.get("Number") == "Plur":
        return next((plain(p.normal_form) for p in _parses(word) if plain(p.normal_form) in PLURAL_LEMMAS), None)
    return None


def superlative(word, pos, feats, lemma, parse, rel):
    """`крупнейшим` → `крупнейший` (pymorphy: `крупный`)."""
    if pos == "ADJ" and parse is not None and "Supr" in parse.tag:
        return SUPERLATIVE.sub("ший", word) if SUPERLATIVE.search(word) else None
    return None


def comparative(word, pos, feats, lemma, parse, rel):
    """`лучше` ADJ → `хороший`; `чаще` ADV → `часто`."""
    if feats.get("Degree") != "Cmp" or pos not in ("ADJ", "ADV"):
        return None
    adjective = next((plain(p.normal_form) for p in _parses(word) if p.tag.POS == "COMP"), None)
    if adjective is None or pos == "ADJ":
        return adjective
    return COMPARATIVE_ADVERBS.get(adjective) or _adverb(adjective)


def _adverb(adjective: str) -> Optional[str]:
    full = next((p for p in _parses(adjective) if p.tag.POS == "ADJF"), None)
    short = full.inflect({"ADJS", "neut", "sing"}) if full else None
    return plain(short.word) if short and short.word.endswith("о") else None


def participle_as_adjective(word, pos, feats, lemma, parse, rel):
    """A participle the tagger reads as an adjective or noun is lemmatised as one (a VERB
    participle keeps its verb, as UD's do): `расположены` → `расположенный`,
    `подозреваемого` → `подозреваемый`."""
    if pos not in ("ADJ", "NOUN") or parse is None or parse.tag.POS not in ("PRTF", "PRTS"):
        return None
    adjective = next((p for p in _parses(word) if p.tag.POS in ("ADJF", "ADJS")), None)
    if adjective is not None:
        return plain(adjective.normal_form)
    return _nominative(parse, feats if pos == "NOUN" else {})


def adjective_as_noun(word, pos, feats, lemma, parse, rel):
    """`в основном` NOUN → `основное`, `прошлого` → `прошлое`: the adjective in the
    nominative of the tagger's gender."""
    if pos != "NOUN" or parse is None or parse.tag.POS != "ADJF":
        return None
    return _nominative(parse, feats, prefer_plural="Gender" not in feats)


def possessive(word, pos, feats, lemma, parse, rel):
    """`его`, `ее`, `их` determining a noun are possessives, their own lemma."""
    return word if pos in ("PRON", "DET") and rel == "det" and word in POSSESSIVES else None


def by_pos(word, pos, feats, lemma, parse, rel):
    return POS_LEMMAS.get((pos, lemma))


def homonym(word, pos, feats, lemma, parse, rel):
    """The entry UD picks where the dictionary has two for the word (`самом` → `самый`,
    not `сам`; `большие` → `большой`, not `больший`)."""
    other = HOMONYMS.get((pos, lemma)) if feats.get("Degree") != "Cmp" else None
    return other if other and any(plain(p.normal_form) == other for p in _parses(word)) else None


def short_form(word, pos, feats, lemma, parse, rel):
    return SHORT_LEMMAS.get(lemma) if feats.get("Variant") == "Short" else None


def proper_noun(word, pos, feats, lemma, parse, rel):
    """A PROPN keeps a dictionary name parse in the tagger's case; a name the dictionary
    does not know as one stays as written in the nominative (`Мисима`, `Сигал`)."""
    if pos != "PROPN":
        return None
    case = UD_CASE.get(feats.get("Case", "Nom"))
    named = [p for p in _parses(word) if any(t in p.tag for t in PROPER_TAGS) and p.tag.case == case
             and _known(p) and p.tag.number == ("plur" if feats.get("Number") == "Plur" else "sing")]
    gender = UD_GENDER.get(feats.get("Gender"))
    named = [p for p in named if gender is None or p.tag.gender in (gender, None) or "ms-f" in p.tag] or named
    if named:
        return plain(named[0].normal_form)
    if case == "nomn":
        return word
    if feats.get("Animacy") == "Anim":   # a person the dictionary does not know: `Досса` → `Досс`
        return plain(names.inflect_person_word(word.capitalize(), feats.get("Case"), gender, surname=True))
    return None


def _known(parse) -> bool:
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


RULES = (by_form, possessive, plural_noun, superlative, comparative, participle_as_adjective,
         adjective_as_noun, by_pos, homonym, short_form, proper_noun)


def ud_lemma(word: str, pos: str, feats: Dict[str, str], lemma: str, parse=None, rel: str = "") -> str:
    """The UD lemma of a lower-cased word (``rel``: its syntactic relation): the first rule
    that answers, else ``lemma``."""
    for rule in RULES:
        found = rule(word, pos, feats, lemma, parse, rel)
        if found:
            return found
    return lemma
