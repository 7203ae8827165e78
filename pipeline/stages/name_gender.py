"""A person's gender from the words of the name: the dictionary's first names, then its
surnames and patronymics, then the tagger's agreement (used by ``pipeline.stages.names``)."""
from typing import Optional, Sequence, Tuple

from pipeline.lexicons.cues import DASHES
from pipeline.lexicons.names import WOMENS_FIRST_NAMES
from pipeline.lexicons.sources import TELLING_VERBS
from pipeline.lexicons.name_endings import (CONSONANTS, DAUGHTER_ENDINGS, FEMININE_ADJECTIVAL_ACCUSATIVE, FEMININE_OBLIQUE_ENDINGS, FEMININE_SURNAME_ENDINGS, MASCULINE_INSTRUMENTAL_ENDINGS,
                                           MASCULINE_OBLIQUE_ENDINGS, NEVER_FIXED, GLUED_PATRONYMIC_ENDINGS, GLUED_PATRONYMIC_MIN_CHARS,
                                           BORN_OF_ENDINGS, BORN_OF_MIN_CHARS,
                                           SON_ULY_ENDINGS, SON_ULY_MIN_CHARS)
from pipeline.models import morph_analyzer
from pipeline.records import Token

MANS_NOMINATIVE_ENDINGS = ("ов", "ев", "ёв")   # a Russian surname's masculine nominative (not -ин: `Элизабет Мартин`)
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NAME_TAGS = ("Name", "Surn", "Patr")

Word = Tuple[str, Optional[str], Optional[str]]   # text, UD case, UD gender


def name_parses(text: str):
    """The dictionary's parses of a name word, less an entry that keeps a word in -ы unchanged
    in every case (`Соланы` is a form of `Солана`)."""
    parses = morph_analyzer().parse(text)
    if text.lower().endswith(NEVER_FIXED):
        return [p for p in parses if "Fixd" not in p.tag]
    return parses


def singular(parse) -> bool:
    """A singular parse in one of the six cases (not a vocative `Ир`, `Лёв`)."""
    return parse.tag.number != "plur" and parse.tag.case in UD_CASE.values()


def _person_parses(word: str, case: Optional[str]):
    """Singular noun parses in ``case`` (any case for None), name parses first."""
    parses = [p for p in name_parses(word) if case in (None, p.tag.case) and p.tag.POS == "NOUN" and singular(p)]
    named = [p for p in parses if any(t in p.tag for t in NAME_TAGS)]
    return named or [p for p in parses if "anim" in p.tag]


def _first_name_word(word: str) -> bool:
    """The dictionary knows the word as a first name in the nominative."""
    return any("Name" in p.tag and p.tag.case == "nomn" for p in _person_parses(word, "nomn"))


def _gender_votes(tags, voters: Sequence[Word], any_case: bool):
    """Scores of the name parses of ``voters`` by gender, and the nominatives they vote for."""
    votes, normals = {}, set()
    for text, case, _ in voters:
        for p in _person_parses(text, None if any_case else UD_CASE.get(case or "", "nomn")):
            if any(t in p.tag for t in tags) and p.tag.gender in ("masc", "femn") and "Init" not in p.tag:
                votes[p.tag.gender] = votes.get(p.tag.gender, 0) + p.score
                normals.add(p.normal_form)
    return votes, normals


def person_gender(words: Sequence[Word], doubtful: bool = False, tagger: bool = True) -> Optional[str]:
    """A person's gender: the first name decides where the dictionary knows it (`Денис
    Шмыгаль`; the surname of `Нэнси Пелоси` is no first name), then surnames and
    patronymics, then the tagger's agreement. Where the tagger's cases are ``doubtful``
    (it gave the name's words different cases), name parses in any case vote too. Readings
    of both genders that tie pass the decision on; where nothing else decides, a tie of
    names that all end in -а/-я is a woman's (`Этлеву` is `Этлева`, not a man's `Этлёва`).
    ``tagger=False`` leaves out the tagger's agreement (it calls an unknown name masculine)."""
    if words and words[0][0].lower() in WOMENS_FIRST_NAMES:
        return "femn"   # `Наргиз Алибекова`: a woman's name the dictionary reads as a man's
    hyphenated = _hyphenated_first_name_gender(words[0][0]) if len(words) > 1 else None
    if hyphenated:
        return hyphenated   # `Анны-Лены Шмидт`, `Жан-Пьер`: the parts of a double first name agree
    if len(words) > 1 and words[-1][0].lower().endswith(MASCULINE_OBLIQUE_ENDINGS):
        return "masc"   # `Николы Йовича`: a declined -ич surname is a man's, whatever the first name reads as
    last, last_case, _ = words[-1]
    if len(words) > 1 and glued_patronymic(last):
        return "femn" if last.lower().endswith(DAUGHTER_ENDINGS) else "masc"   # `Гулбану Усенкызы`, `Нурлан Абдуллаулы`
    if len(words) > 1 and last_case not in (None, "Nom") and (last.lower().endswith(FEMININE_OBLIQUE_ENDINGS)
                                                            or _feminine_adjectival_accusative(last)):
        return "femn"   # `Наргиз Закировой`: a declined -ова surname is a woman's, whatever the first name reads as
    if len(words) > 1 and last.lower().endswith(MANS_NOMINATIVE_ENDINGS) and len(last) >= 5 \
            and not any(first_name_known(w, gender="femn") for w, _, _ in words[:-1]):
        return "masc"   # `Елнур[Dat] Бейсенбаев`: a surname in -ов/-ев is a man's in any case the tagger reads,
                        # after no woman's first name (a woman's is -ова, her dative -овой)
    if len(words) > 1 and last_case in (None, "Nom") and last.lower().endswith(FEMININE_SURNAME_ENDINGS) \
            and all(w[-1:].lower() in CONSONANTS and not first_name_known(w, gender="masc") for w, _, _ in words[:-1]):
        return "femn"   # `Самал Канылбаева`, `Гульназ Минниханова`: after a first name in a consonant that is no man's
                        # (a man's genitive would read `Нурлана Сабурова`; a guess is no knowledge: `Самал`), a nominative in -ова is a woman's
    if len(words) > 1 and last_case == "Ins" and last.lower().endswith(MASCULINE_INSTRUMENTAL_ENDINGS) \
            and len(last) > 3 and last[-3].lower() in CONSONANTS and not _gender_votes(("Name",), words[:-1], False)[0]:
        return "masc"   # `Ким Чен Ыном`, where no first name says otherwise (`Анной Бирнбом`)
    if len(words) > 1 and last_case not in (None, "Nom") and _indeclinable_first_names(words[:-1]):
        declined = [p for p in _person_parses(last, UD_CASE.get(last_case)) if "Surn" in p.tag]
        if declined and all(p.tag.gender == "masc" for p in declined):
            return "masc"   # `18-летнего Джесси Джелсингера`: a surname declined as a man's outweighs an indeclinable first name
    # a first word the dictionary knows as a man's or a woman's first name votes as one only
    # (`Маартен де Врис`: not its guessed indeclinable woman's surname)
    surnames = [w for i, w in enumerate(words) if i > 0 or len(words) == 1 or not _first_name_word(w[0])]
    passes = [(("Name",), words[:-1] or words, False), (("Surn", "Patr"), surnames, False)]
    if doubtful:
        passes += [(("Name",), words[:-1] or words, True), (("Surn", "Patr"), surnames, True)]
    tie = None
    for tags, voters, any_case in passes:
        votes, normals = _gender_votes(tags, voters, any_case)
        if len(votes) == 1 or (votes and abs(votes.get("masc", 0) - votes.get("femn", 0)) > 1e-6):
            return max(votes, key=votes.get)
        if votes and tie is None and all(n.endswith(("а", "я")) for n in normals):
            tie = "femn"
    genders = {UD_GENDER.get(g or "") for _, _, g in words} - {None} if tagger else set()
    return tie or (genders.pop() if len(genders) == 1 else None)


def _hyphenated_first_name_gender(word: str) -> Optional[str]:
    """The gender of a double first name whose parts the dictionary knows as first names of
    one gender only (`Анна-Лена`, `Жан-Пьер`, `Мари-Од`: its first part where the second is no name)."""
    parts = word.split("-")
    if len(parts) != 2 or not all(parts):
        return None
    genders = {g for g in ("masc", "femn") if first_name_known(parts[0], gender=g)
               and (first_name_known(parts[1], gender=g) or not first_name_known(parts[1]))}
    return genders.pop() if len(genders) == 1 else None


def from_dictionary(parse) -> bool:
    """A parse from the dictionary itself, not from the guesser (`Рютте` is a guess)."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def first_name_known(word: str, nominative: bool = False, gender: Optional[str] = None) -> bool:
    """The dictionary knows the word as a first name (`Джон`, `Джессика`; not `Мендоса`), with
    ``nominative`` as a first name's nominative, with ``gender`` as a name of that gender
    (`Камал` a man's)."""
    if word.lower() in WOMENS_FIRST_NAMES:
        return gender in (None, "femn")
    return any("Name" in p.tag and from_dictionary(p) and (not nominative or p.tag.case == "nomn" and "plur" not in p.tag)
               and (gender is None or gender in p.tag) for p in morph_analyzer().parse(word))   # (`Гани`: no plural `Ганя`)


def born_of(word: str) -> bool:
    """A Tajik or Azerbaijani surname in `-зода` / `-заде` (`Назарзода`, `Мирзазаде`): it never declines."""
    low = word.lower()
    return len(low) >= BORN_OF_MIN_CHARS and low.endswith(BORN_OF_ENDINGS)


def glued_patronymic(word: str) -> bool:
    """A surname of a father's name and `кызы` / `улы` written as one word (`Усенкызы`,
    `Абдуллаулы`, `Ахметулы`): it never declines; not a genitive of an `-ула` surname (`Кривулы`)."""
    low = word.lower()
    if low.endswith(SON_ULY_ENDINGS):   # (`Ахметулы`: after a whole first name, however short)
        return len(low) >= SON_ULY_MIN_CHARS or len(low) >= 6 and first_name_known(low[:-3], nominative=True)
    return len(low) >= GLUED_PATRONYMIC_MIN_CHARS and low.endswith(GLUED_PATRONYMIC_ENDINGS)


def _feminine_adjectival_accusative(word: str) -> bool:
    """`Крутую`: an adjective's feminine accusative in the dictionary's reading."""
    return word.lower().endswith(FEMININE_ADJECTIVAL_ACCUSATIVE) and any(
        p.tag.POS == "ADJF" and p.tag.case == "accs" and p.tag.gender == "femn" for p in morph_analyzer().parse(word))


def _indeclinable_first_names(words: Sequence[Word]) -> bool:
    """First names the dictionary knows only as indeclinable (`Джесси`, `Тони`): their gender
    is a guess for a foreign name."""
    parses = [p for text, _, _ in words for p in _person_parses(text, None) if "Name" in p.tag]
    return bool(parses) and all("Fixd" in p.tag for p in parses)


def verb_gender(tokens: Sequence[Token], span: Sequence[Token]) -> Optional[str]:
    """The gender of the past-tense verb or short form a name is the subject of (`Мелони
    высказала`, `Аяко Мурата настроена`, `Кожевникова согласна`)."""
    own = {t.token_id for t in span}
    for t in span:
        for _ in range(3):   # up through `Премьер-министр Италии Джорджа Мелони`: appos, flat
            if t.rel not in ("appos", "flat:name", "flat") or not 0 <= t.head_id < len(tokens) \
                    or _another_name_between(tokens, t.head_id, t.token_id, own) \
                    or (t.rel == "appos" and "Animacy=Inan" in tokens[t.head_id].feats):
                break   # (not up to a thing the parse hung the name on: `Администрация президента Джо Байдена намерена`)
            t = tokens[t.head_id]
        if (t.rel in ("nsubj", "nsubj:pass") or _inverted_subject(tokens, t)) and 0 <= t.head_id < len(tokens) \
                and not _clause_opened_between(tokens, t, tokens[t.head_id]):
            head = _feats(tokens[t.head_id])
            if (head.get("Tense") == "Past" or head.get("Variant") == "Short") and head.get("Gender") in ("Masc", "Fem") \
                    and head.get("Number") != "Plur":
                return {"Masc": "masc", "Fem": "femn"}[head["Gender"]]
    return None


def _clause_opened_between(tokens: Sequence[Token], name: Token, verb: Token) -> bool:
    """A conjunction between the name and the verb that opens the verb's own clause (`Мещерякова
    права в том, что интерес вырос`: the parse's subject of `вырос` is outside its clause)."""
    low, high = sorted((name.token_id, verb.token_id))
    return any(w.rel == "mark" and w.head_id == verb.token_id for w in tokens[low + 1:high])


def _inverted_subject(tokens: Sequence[Token], t: Token) -> bool:
    """A name right after the verb of a dash attribution that the parse made the verb's object
    though the verb has no subject (`— разъясняла мне Александра[Gen Masc] Хазиахметова, —`):
    the subject (not `Вчера поблагодарила Ивана Петрова`: a subject left out)."""
    if t.rel != "obj" or not 0 < t.head_id < t.token_id <= t.head_id + 2 or tokens[t.head_id - 1].text not in DASHES \
            or tokens[t.head_id].lemma not in TELLING_VERBS:
        return False   # (`— Входите, — позвала Ивана Петрова`: whom she called)
    sentence = [w for w in tokens if w.sentence_id == t.sentence_id]
    return not any(w.head_id == t.head_id and w.rel.startswith("nsubj") for w in sentence)


def _another_name_between(tokens: Sequence[Token], head: int, dependent: int, own: set) -> bool:
    """Another person's name between a word and the head the parse hung it on: the parse
    reached too far (`директор компании Елена Гурьева, которую директор Максим[appos →
    the first директор] Соболь назначил, уточнила`)."""
    low, high = sorted((head, dependent))
    return any(t.pos == "PROPN" and "Animacy=Anim" in t.feats and t.token_id not in own for t in tokens[low + 1:high])


def _feats(token) -> dict:
    return dict(item.split("=", 1) for item in token.feats.split("|") if "=" in item)
