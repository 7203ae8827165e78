"""A person's normal form from the article's own evidence: where the article names the
person in the nominative elsewhere (`Тони Смит сказал` ... `с Тони Смитом`), an oblique
mention takes those words instead of the dictionary's guess (`Альберта Бурла` →
`Альберт Бурла`, not `Альберт Бурл`). A name right after `им.`, `имени` or a noun that
names things after people (`бацилла Кальмета-Герена`) is a genitive whatever the tagger
says."""
import bisect
import re
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Set, Tuple

from pipeline.lexicons.name_endings import (ADJECTIVAL_ENDINGS, CONSONANTS, FEMININE_OBLIQUE_ENDINGS, FEMININE_SURNAME_ENDINGS,
                                            LONE_OBLIQUE_ENDINGS, MANS_SURNAME_ENDINGS)
from pipeline.lexicons.names import EPONYM_HEADS, INSTITUTION_HEADS, NAMED_AFTER
from pipeline.lexicons.sources import ROLE_NOUNS
from pipeline.models import morph_analyzer
from pipeline.records import Mention, Token
from pipeline.stages import names
from pipeline.stages.name_families import shared_family_names
from pipeline.stages.name_gender import verb_gender
from pipeline.stages.quote_context import CLOSING_MARKS, OPENING_MARKS, feats, tokens_between

NAME_PART = re.compile(r"[^\W\d_]+")
CONSONANT_STEM_INSTRUMENTALS = ("ом", "ем", "ым", "им")   # the instrumental of a name with no -а
LATIN_NAME = re.compile(r"\s*\(([A-Z][\w'.-]*(?:\s+[\w'.-]+)*)\)")
# The Cyrillic ending a Latin spelling's final vowel is written with, in the nominative.
LATIN_VOWEL_ENDINGS = {"a": "ая", "e": "еэ", "i": "и", "y": "и", "o": "о", "u": "ую"}


def latin_spelling(doc_text: str, end: int) -> List[str]:
    """The words of a name's Latin spelling in brackets right after ``end``
    (`Энтони Фаучи (Anthony Fauci)`), or none."""
    m = LATIN_NAME.match(doc_text, end)
    return m.group(1).split() if m and m.group(1).isascii() else []


def vowel_endings_as_written(words: list, spelled: Sequence[str]) -> list:
    """(text, case, gender) of a name's words, each whose Latin spelling ends in the vowel
    the word ends in read as a nominative, whatever its case (`По словам Энтони Фаучи
    (Anthony Fauci)`: no `Фауча`; `Хельмута Деди (Helmut Dedy)`): the Latin gives the
    nominative, and its vowel ending shows the word does not decline. The other words
    decline as usual (`Хуану Гарсии (Juan Garcia)` → `Хуан Гарсия`)."""
    if len(spelled) != len(words):
        return words
    return [(w, "Nom", g) if w[-1:] in LATIN_VOWEL_ENDINGS.get(latin[-1:].lower(), "") else (w, c, g)
            for (w, c, g), latin in zip(words, spelled)]


# The Cyrillic letters a Latin spelling's final consonant (or digraph) is written with: a
# word ending in a case ending after them is declined (`Ричарда Коллинза (Richard Collins)`);
# a silent one is not (`Дюма (Dumas)`, `Оливье (Olivier)`).
LATIN_FINAL_CONSONANTS = {"th": "т", "sh": "ш", "ch": "чхш", "ck": "к", "tz": "ц", "ts": "ц", "x": "с", "b": "б",
                          "c": "кс", "d": "д", "f": "ф", "g": "г", "k": "к", "l": "л", "m": "м", "n": "н", "p": "п",
                          "r": "р", "s": "сз", "t": "т", "v": "в", "z": "зц"}
CASE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def consonant_endings_declined(words: list, spelled: Sequence[str]) -> list:
    """(text, case, gender) of a name's words, each whose Latin spelling ends in a consonant
    the word's stem ends in, and the word in a case ending after it, as the nominative stem
    (`Ричарда Коллинза (Richard Collins)` → `Ричард Коллинз`, `Мишеля (Michel)` → `Мишель`)."""
    if len(spelled) != len(words):
        return words
    out = []
    for (w, c, g), latin in zip(words, spelled):
        latin = latin.lower()
        letters = LATIN_FINAL_CONSONANTS.get(latin[-2:]) or LATIN_FINAL_CONSONANTS.get(latin[-1:], "")
        ending = next((e for e in CASE_ENDINGS if w.lower().endswith(e)), None)
        stem = w[:-len(ending)] if ending else ""
        if stem.endswith("л") and ending in ("я", "ю", "е", "ем"):
            stem += "ь"   # `Мишеля` → `Мишель`
        if letters and len(stem) >= 2 and stem.rstrip("ь")[-1:].lower() in letters:
            out.append((stem, "Nom", g))
        else:
            out.append((w, c, g))
    return out


# What a name's oblique forms add to its stem (`Раймонда` is no form of `Раймон`).
NAME_CASE_ENDINGS = frozenset("а я у ю е и ы ь й ом ем ой ей ою ею ым им ого его ому ему ую юю ая яя ий".split())


def same_word(nominative: str, oblique: str) -> bool:
    """`Смит` ~ `Смитом`, `Лейла` ~ `Лейлы`, `Бурла` ~ `Бурла`, `Швыдкой` ~ `Швыдкого`: an
    oblique form of the word."""
    a, b = nominative.lower().replace("ё", "е"), oblique.lower().replace("ё", "е")
    if a == b:
        return True
    adjectival = next((endings for nominatives, endings in ADJECTIVAL_ENDINGS.items() if a.endswith(nominatives)), None)
    if adjectival and len(a) >= 5 and b.startswith(a[:-2]) and b[len(a) - 2:] in adjectival:
        return True
    if a[-1:] in "ая" and b.endswith(CONSONANT_STEM_INSTRUMENTALS):
        return False   # a name in -а declines -ой, -ы: `Шремсом` is no form of a `Шремса` (its genitive read as one)
    stem = a[:-1] if a[-1:] in "аяйьо" else a
    longest = 3 if len(stem) >= 3 else 1   # `Ын` ~ `Ына`, not `Ли` ~ `Линь`
    return len(stem) >= 2 and b.startswith(stem) and 0 < len(b) - len(stem) <= longest and b[len(stem):] in NAME_CASE_ENDINGS


def _nominative_word(token: Token) -> bool:
    """A word of a nominative name: tagged nominative, or a particle without case (`фон`)."""
    return "Case=Nom" in token.feats or ("Case=" not in token.feats and token.text.islower())


def _womans_nominative_surname(words: Sequence[Token]) -> bool:
    """`Адвокат Нинель[Gen] Крутая[Nom Fem], представляющая ...`: a woman's surname in its
    nominative ending, tagged so, stands for the name whatever the tagger read in the first
    name (a woman's name does not decline to -ая)."""
    last = words[-1]
    return len(words) >= 2 and "Case=Nom" in last.feats and "Gender=Fem" in last.feats \
        and last.text.lower().endswith(("ая",) + FEMININE_SURNAME_ENDINGS)


def nominative_mentions(mentions: Sequence[Mention], tokens: Sequence[Token],
                        doc_text: str = "") -> List[Tuple[Set[int], List[str]]]:
    """(starts, words) of each name the article gives in the nominative (every word of the
    mention tagged nominative, or its Latin spelling after it, and its normal form the text
    itself), once per name."""
    found: Dict[Tuple[str, ...], Set[int]] = {}
    for m in mentions:
        words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
        spelled = m.type == "PER" and len(latin_spelling(doc_text, m.end)) == len(m.text.split())
        if m.type == "PER" and words and m.text == m.normal and not names.womans_name_mans_surname(m.text.split()) \
                and (spelled or all(map(_nominative_word, words)) and any("Case=Nom" in t.feats for t in words)
                     or _womans_nominative_surname(words)):
            found.setdefault(tuple(m.text.split()), set()).add(m.start)
    return [(starts, list(words)) for words, starts in found.items()]


def from_evidence(mention: Mention, nominatives: Sequence[Tuple[Set[int], List[str]]]) -> Optional[str]:
    """The mention's normal form with its words replaced by those of a nominative mention
    whose every word is a form of the mention's (aligned from the surname); where several
    fit and the mention's own form is not among them, the one of most words and of those the shortest (the base form:
    `Веселина Топалова`, read as nominative too, yields to `Веселин Топалов`)."""
    said, normal = mention.text.split(), mention.normal.split()
    if len(said) != len(normal):
        return None
    proposals = set()
    for starts, words in nominatives:
        if starts == {mention.start}:
            continue
        k = min(len(words), len(said))
        if all(same_word(words[-i], said[-i]) for i in range(1, k + 1)):
            proposals.add(tuple(words[-k:]))
    most = max(map(len, proposals), default=0)   # `Евгений Жарков`, not a lone `Жарков`, for `Евгения Жаркова`
    proposals = {p for p in proposals if len(p) == most}
    if not proposals or any(tuple(normal[-len(p):]) == p for p in proposals):
        return None
    best = min(proposals, key=lambda p: (sum(map(len, p)), p))   # ties by the words: no set order
    if len(best) < len(normal) and _a_womans_first_name(normal[0]) and best[-1] != normal[-1] \
            and normal[-1].lower().startswith(best[-1].lower()):
        return None   # `Дарья Колесова` beside `Колесов` (her husband): her own surname, not his
    return " ".join(normal[:len(normal) - len(best)] + list(best))


def _a_womans_first_name(word: str) -> bool:
    return names.first_name_known(word, nominative=True, gender="femn") \
        and not names.first_name_known(word, nominative=True, gender="masc")


def word_before(tokens: Sequence[Token], start: int) -> Optional[Token]:
    """The last token ending before ``start`` that is not a period (`им.` gives `им`), in the
    same sentence (`... в руководящих принципах. Мэри Рамзи` has none)."""
    i = bisect.bisect_right(tokens, start, key=lambda t: t.end) - 1
    sentence = tokens[i + 1].sentence_id if i + 1 < len(tokens) else None
    while i >= 0 and tokens[i].text == ".":
        i -= 1
    return tokens[i] if i >= 0 and (sentence is None or tokens[i].sentence_id == sentence) else None


def after_eponym_head(mention: Mention, tokens: Sequence[Token]) -> bool:
    """The person names a thing (`институт им. М. Айкимбаева`, `бацилла Кальмета-Герена`)."""
    before = word_before(tokens, mention.start)
    return before is not None and (before.text.lower() in NAMED_AFTER or before.lemma.lower() in EPONYM_HEADS)


def names_a_thing(mention: Mention, tokens: Sequence[Token]) -> bool:
    """A person's name that names an institution or a thing, not a person of the news:
    after `имени`, an eponym's noun (`бацилла Кальмета-Герена`) or, in the genitive, an
    institution's, a surname alone or a name the parse hangs on it (`центр Чумакова`, not
    `глава центра Александр Гинцбург` nor `Руководитель центра Э. Чернова создаёт`)."""
    if after_eponym_head(mention, tokens):
        return True
    before = word_before(tokens, mention.start)
    words = [t for t in tokens_between(tokens, mention.start, mention.end) if t.text[:1].isalpha()]
    if before is None or before.lemma.lower() not in INSTITUTION_HEADS or not words \
            or not (all("Case=Gen" in t.feats for t in words) or _inanimate_genitive(words)):
        return False
    if _holder_of_role(before, words, tokens):
        return False   # `ректор университета Смирнова заявила`: the role's holder, read as a genitive
    return len(words) == 1 or any(t.head_id == before.token_id for t in words)


def _inanimate_genitive(words: Sequence[Token]) -> bool:
    """One word the tagger reads as no person's, in some other case, that the dictionary
    reads as a genitive singular (`Вакцина Гамалеи[Nom Inan]`)."""
    return len(words) == 1 and "Animacy=Inan" in words[0].feats \
        and any(p.tag.case == "gent" and p.tag.number == "sing" for p in morph_analyzer().parse(words[0].text))


def _holder_of_role(institution: Token, words: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """A role noun before the institution and no other name after this one: the name is the
    role's holder (`ректор университета Смирнова`), not the institution's namesake
    (`директор центра Гамалеи Александр Гинцбург`)."""
    role = tokens[institution.token_id - 1] if institution.token_id > 0 else None
    after = tokens[words[-1].token_id + 1] if words[-1].token_id + 1 < len(tokens) else None
    return role is not None and role.lemma in ROLE_NOUNS and not (after is not None and after.pos == "PROPN")


def genitive_normal(mention: Mention, tokens: Sequence[Token], case: str = "Gen") -> str:
    """The mention's normal form read as a genitive (or ``case``), word by word (the parts of
    a hyphenated name too), of the gender the tagger gives the tokens under its words."""
    parts = list(NAME_PART.finditer(mention.text))
    if not parts:
        return mention.normal
    words = [(p.group(), case, _gender_at(tokens, mention.start + p.start())) for p in parts]
    seps = [mention.text[a.end():b.start()] for a, b in zip(parts, parts[1:])]
    return names.normalize_person(words, seps)


def _gender_at(tokens: Sequence[Token], offset: int) -> Optional[str]:
    i = bisect.bisect_right(tokens, offset, key=lambda t: t.start) - 1
    feats = dict(f.split("=", 1) for f in tokens[i].feats.split("|") if "=" in f) if i >= 0 else {}
    return feats.get("Gender") if i >= 0 and offset < tokens[i].end else None


OBLIQUE = ("Gen", "Dat", "Ins", "Loc")


def apposition_case(mention: Mention, tokens: Sequence[Token]) -> Optional[str]:
    """The oblique case of the noun a name read as a nominative stands in apposition to
    (`в заявлении представителя ведомства Бурака Йылмаза`, the tagger's nominative): the
    name's own case; None where the name keeps its own reading."""
    words = [t for t in tokens_between(tokens, mention.start, mention.end) if t.text[:1].isalpha()]
    if not words or mention.text != mention.normal or not all("Case=Nom" in t.feats for t in words):
        return None
    if words[0].rel != "appos" or not 0 <= words[0].head_id < len(tokens):
        return None
    role = _oblique_role_before(words[0], tokens)
    if role is not None and 0 <= role.head_id < len(tokens) and tokens[role.head_id].lemma.lower() in ACTING_WORDS:
        return None   # `врио министра ... Алиме Зарединова`: the acting one, in `врио`'s case
    if role is not None:   # `с главой МИД КНР Чэнь Юньлуном`: the parse hung the name on another noun
        return feats(role).get("Case")
    head = tokens[words[0].head_id]
    case = feats(head).get("Case")
    if head.pos != "NOUN" or "Animacy=Anim" not in head.feats or case not in OBLIQUE:
        return None
    up, seen = head, {head.token_id}
    while up.rel == "nmod" and 0 <= up.head_id < len(tokens) and up.head_id not in seen:   # (a parse may loop)
        up = tokens[up.head_id]   # `заместитель руководителя исполкома Алия Сабирова`: the name may be the nominative's
        seen.add(up.token_id)
        if up.pos == "NOUN" and "Animacy=Anim" in up.feats and "Case=Nom" in up.feats:
            return None
    return case


ACTING_WORDS = frozenset({"врио", "и.о."})
ROLE_REACH = 4   # words of a body's name between a role noun and its holder's name (`главой МИД КНР`)


def _oblique_role_before(first: Token, tokens: Sequence[Token]) -> Optional[Token]:
    """A role noun in the dative, instrumental or locative before the name, with only a body's genitive or
    abbreviated name between (`с главой МИД КНР Чэнь Юньлуном`)."""
    role = _role_before(first, tokens)
    return role if role is not None and feats(role).get("Case") in ("Dat", "Ins", "Loc") else None


def _role_before(first: Token, tokens: Sequence[Token]) -> Optional[Token]:
    """A singular role noun before the name, with only a body's genitive or abbreviated name
    between (`главой МИД КНР`, `Президент «Палмейраса»`)."""
    k = first.token_id - 1
    for _ in range(ROLE_REACH + 1):
        if k < 0 or tokens[k].sentence_id != first.sentence_id:
            return None
        t = tokens[k]
        if t.lemma in ROLE_NOUNS and t.pos == "NOUN":   # (not a genitive: `агент тренера Хавьер Молина` is the agent)
            return t if "Number=Sing" in t.feats else None
        if t.pos == "PUNCT" and t.text in OPENING_MARKS + CLOSING_MARKS:   # a body's name in quotation marks
            k -= 1
            continue
        if not (t.pos in ("NOUN", "PROPN") and "Animacy=Anim" not in t.feats
                and (feats(t).get("Case") == "Gen" or t.text.isupper())):
            return None   # (no person's name between: `пресс-службы губернатора Николая Самсонова Анна Ростова`)
        k -= 1
    return None


def _after_nominative_role(m: Mention, tokens: Sequence[Token]) -> bool:
    """A name the tagger read as a dative, instrumental or locative, in apposition to a role
    noun in the nominative before it, is a nominative as written: an indeclinable foreign name
    (`Президент «Палмейраса» Роберту[Dat] Салгаду[Dat] заявлял`)."""
    words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
    if not words or words[0].rel != "appos" or any("Case=Nom" in t.feats or "Case=Gen" in t.feats for t in words):
        return False   # (a genitive belongs to the chain: `Директор центра Гамалеи Александр Гинцбург`)
    role = _role_before(words[0], tokens)
    return role is not None and role.token_id == words[0].head_id and feats(role).get("Case") == "Nom" \
        and feats(role).get("Animacy") == "Anim"


def _in_own_case(m: Mention, tokens: Sequence[Token]) -> Mention:
    if m.type != "PER":
        return m
    if m.normal != m.text and _after_nominative_role(m, tokens):
        return replace(m, normal=names.as_written(m.text))
    if after_eponym_head(m, tokens):
        return replace(m, normal=genitive_normal(m, tokens))
    case = apposition_case(m, tokens)
    return replace(m, normal=genitive_normal(m, tokens, case)) if case else m


def women_by_verbs(mentions: Sequence[Mention], tokens: Sequence[Token]) -> Set[str]:
    """Surnames (a name's last word, lower case) that a feminine past-tense verb has for its
    subject somewhere in the article (`— сказала Кац`), and no masculine one."""
    genders: Dict[str, Set[str]] = {}
    for m in mentions:
        words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
        found = verb_gender(tokens, words) if m.type == "PER" and words else None
        if found:
            genders.setdefault(words[-1].text.lower(), set()).add(found)
    return {surname for surname, found in genders.items() if found == {"femn"}}


def _a_womans_nominative(m: Mention, tokens: Sequence[Token], women: Set[str]) -> Mention:
    """A name the tagger reads as a nominative, made a man's oblique form by the dictionary
    (`Авива Кац` → `Авив Кац`), stays as written when verbs show its surname to be a woman's;
    so does a first name the tagger reads as a woman's genitive beside a nominative surname
    that the dictionary made a man's (`Камала Харрис` → not `Камал`), or beside a surname it
    reads as a woman's nominative (`Василя Вершинина` → not `Василь`)."""
    words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
    if m.type != "PER" or m.normal == m.text or len(words) < 2 or words[-1].text.lower() not in women:
        return m
    if all("Case=Nom" in t.feats for t in words):
        if names.womans_first_name_declined(words[0].text, m.normal.split()[0]):
            return m   # `Прии Наир приехала`: already a woman's first name, declined (`Прия`)
        return replace(m, normal=names.as_written(m.text))
    first, normal_first = words[0].text, m.normal.split()[0]
    if "Case=Nom" in words[-1].feats and ("Gender=Fem" in words[0].feats or _described_as_a_woman(words, tokens)) \
            and first.endswith(("а", "я")) and normal_first in (first[:-1], first[:-1] + "ь") \
            and names.first_name_known(normal_first, nominative=True, gender="masc"):
        return replace(m, normal=first + m.normal[len(normal_first):])   # `Камала[Gen] Харрис начала` → not `Камал`;
    return m                                                             # `Василя[Gen] Вершинина[Nom Fem] сообщила` → not `Василь`


def _described_as_a_woman(words: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """The name is a feminine verb's subject, or hangs on a woman's noun (`активистка Василя
    Вершинина`)."""
    head = tokens[words[0].head_id] if 0 <= words[0].head_id < len(tokens) else None
    return verb_gender(tokens, words) == "femn" or (
        head is not None and head.pos == "NOUN" and all(f in head.feats for f in ("Animacy=Anim", "Gender=Fem", "Number=Sing")))


def _a_womans_name_in_e(m: Mention, tokens: Sequence[Token]) -> Mention:
    """A first name the dictionary does not know, left in its dative or locative `-е` (`Фионе
    Маккензи, которая руководит`, `Руте Вайткуте, написавшей сценарий`): where a relative
    pronoun or participle after it is feminine, a woman's `-а` name (`Фиона`); her surname
    keeps its form (a Russian woman's surname would end in `-ой` there, not a vowel)."""
    words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
    normal = m.normal.split()
    if m.type != "PER" or len(words) < 2 or len(normal) != len(words) or normal[0] != words[0].text \
            or not words[0].text.endswith("е") or "Case=Nom" in words[0].feats \
            or names.first_name_known(words[0].text, nominative=True) or not _womans_clause_after(words[-1], tokens):
        return m
    return replace(m, normal=" ".join([words[0].text[:-1] + "а"] + normal[1:]))


def _womans_clause_after(last: Token, tokens: Sequence[Token]) -> bool:
    """`, которая ...`, `, написавшей ...`: a feminine relative pronoun or participle right after
    the name's comma."""
    after = tokens[last.token_id + 1:last.token_id + 3]
    return len(after) == 2 and after[0].text == "," and "Gender=Fem" in after[1].feats and "Number=Sing" in after[1].feats \
        and (after[1].lemma == "который" or feats(after[1]).get("VerbForm") == "Part")


def with_article_evidence(mentions: List[Mention], tokens: Sequence[Token], doc_text: str = "") -> List[Mention]:
    mentions = [_a_womans_name_in_e(_in_own_case(m, tokens), tokens) for m in mentions]
    women = women_by_verbs(mentions, tokens)
    mentions = [_a_womans_nominative(m, tokens, women) for m in mentions] if women else mentions
    nominatives = nominative_mentions(mentions, tokens, doc_text)
    out = []
    for m in mentions:
        better = from_evidence(m, nominatives) if m.type == "PER" and nominatives else None
        out.append(replace(m, normal=better) if better else m)
    out = _lone_words_of_declined_names(out, {w for _, words in nominatives if len(words) >= 2 for w in words})
    return shared_family_names(_surnames_declined_alone(out), doc_text)


def _oblique_ending(surname: str, word: str) -> bool:
    """``word`` ends as only an oblique form of ``surname`` does: a man's (`Топилину`), or a
    woman's adjectival one (`Крутой` of `Крутая`)."""
    return word.lower().endswith(LONE_OBLIQUE_ENDINGS) or (
        surname.lower().endswith(("ая", "яя")) and word.lower().endswith(("ой", "ей"))) or (
        surname.lower().endswith(FEMININE_SURNAME_ENDINGS) and word.lower().endswith(FEMININE_OBLIQUE_ENDINGS))
    # (`Абеновой` after `Жанар Абенову` → `Абенова`: a woman's -ова in an oblique case)


def oblique_surname(m: Mention) -> bool:
    """A lone surname in a man's oblique ending, its normal form the surname itself
    (`Топилину` → `Топилин`)."""
    return " " not in m.text and m.normal != m.text and m.text.lower().endswith(LONE_OBLIQUE_ENDINGS) \
        and same_word(m.normal, m.text)


def _lone_words_of_declined_names(mentions: List[Mention], nominative_words: Optional[Set[str]] = None) -> List[Mention]:
    """A lone surname or first name left as written in an oblique ending (`— сказал президент
    Топилину`: the tagger took it for a nominative) is the word of the one full name the article
    declines to it (`главы Минтруда Максима Топилина` → `Топилин`; `О Крутой` after `Евгению
    Крутую`; `вручили Ифеоме` after `Ифеомы Окафор`; `Береговой`, read as an -ова surname, after
    `Марию Береговую` → `Береговая`: the article gives her -ая form; `Береговой` itself after
    `Артёму Береговому`: his) or gives in the nominative
    (``nominative_words``: `коалиция Рохаса` after `Себастьян Рохас Вильяльба`, a genitive in -а
    of a word in a consonant, not of a Russian -ов, -ин surname, whose -а is a woman's)."""
    declined = {normal for m in mentions if m.type == "PER" and len(m.text.split()) >= 2 and m.normal != m.text
                and len(m.text.split()) == len(m.normal.split())
                for said, normal in zip(m.text.split(), m.normal.split()) if said != normal}
    nominative_words = {w for w in nominative_words or () if w[:1].isupper()}
    out = []
    for m in mentions:
        ova = m.text.lower().endswith("ой") and m.normal == m.text[:-2] + "а"   # (`Береговой` read as an -ова's `Берегова`)
        if m.type == "PER" and " " not in m.text and (m.normal == m.text or ova) and m.text[:1].isupper() \
                and not names.first_name_known(m.text, nominative=True):   # (`Максим` is no form of `Макс`)
            owners = {s for s in declined if s != m.text and same_word(s, m.text) and _oblique_ending(s, m.text)
                      and (not ova or s.lower().endswith("ая"))}
            if not ova:
                owners |= {s for s in nominative_words if _genitive_in_a(s, m.text)}
            if ova and m.text in declined:
                owners.add(m.text)   # `Береговой пошутил` after `Артёму Береговому`: his nominative, the article's own
            if len(owners) == 1:
                m = replace(m, normal=owners.pop())
        out.append(m)
    return out


def _genitive_in_a(nominative: str, word: str) -> bool:
    """``word`` is ``nominative`` + -а after a consonant (`Рохаса` of `Рохас`): a man's genitive
    or accusative, not of a Russian -ов, -ин surname (`Петрова` may be his wife)."""
    low = nominative.lower()
    return word.lower() == low + "а" and low[-1:] in CONSONANTS and not low.endswith(MANS_SURNAME_ENDINGS)


def _surnames_declined_alone(mentions: List[Mention]) -> List[Mention]:
    """A full name's surname in a dative -у, -ю left as written or read as a noun in -а (`Жуану
    Карлусу Пиментелу`, `Микко Хяннинену` → `Хяннинена`) where the article declines the same word
    alone to a stem in a consonant (`Выступление Пиментела` → `Пиментел`, `молодого Хяннинена` →
    `Хяннинен`): the surname declines like a man's, and that stem is its nominative. One such stem
    only; not a Russian -ов, -ин surname, whose forms the dictionary's endings give (and a woman's
    -а is no genitive); not after a woman's first name; not -е, a nominative of its own as often
    (`Свенья Шульце` beside `Мартин Шульц`, `Яя Туре` beside `Тур`)."""
    stems = {m.normal for m in mentions if m.type == "PER" and " " not in m.text and m.normal != m.text
             and m.normal[-1:].lower() in CONSONANTS and not m.normal.lower().endswith(MANS_SURNAME_ENDINGS)
             and same_word(m.normal, m.text)}   # (a lone `Сорокина` read as his genitive may be her nominative)
    if not stems:
        return mentions
    out = []
    for m in mentions:
        said, normal = m.text.split(), m.normal.split()
        if m.type == "PER" and len(said) >= 2 and len(said) == len(normal) and said[-1][-1:].lower() in "ую" \
                and normal[-1] not in stems and not _a_womans_first_name(normal[0]):
            owners = {s for s in stems if same_word(s, said[-1]) and said[-1].lower() != s.lower()}
            if len(owners) == 1:
                m = replace(m, normal=" ".join(normal[:-1] + [owners.pop()]))
        out.append(m)
    return out
