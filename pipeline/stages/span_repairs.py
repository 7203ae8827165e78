"""Entity spans repaired after NER so that every name a user sees is whole.

An ordered list of small rules, each taking a span and the article and returning the span
repaired, unchanged, or None (no name at all): edges stripped of what no name starts or
ends with, paired marks balanced (a quotation extended to its closing mark, a bracket cut
at), words that are no part of a name trimmed (`Вчера Минфин`, `Премьер Медведев`,
`им. Чумакова`), and lone letters and bare initials dropped. ``broken_reason`` says what is
wrong with a name that still breaks the rules (``name_marks``; a last guard here, and the
corpus test's definition).
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from pipeline.lexicons.names import (BEFORE_NUMBER_SIGN, BRACKET_PAIRS, CURLY_DOUBLE_QUOTES, EDGE_WORDS, FIRST_CHARS,
                                     KEY_COMBINATION, KIN_BEFORE_NAME, LAST_CHARS, MARK_REACH, NAMED_AFTER, NAMED_AFTER_PERSON, QUOTE_PAIRS,
                                     STRAIGHT_QUOTE, SURNAME_PARTICLES)
from pipeline.stages.name_marks import (INITIAL, INITIALS_ONLY, broken_reason, close_mark, find_any, line_end,
                                        line_start, open_mark, rfind_any)
from pipeline.lexicons.organizations import DRUG_NOUNS, LOC_HEADS, MEDIA, MEMBER_WORDS, MOVEMENTS, ORG_HEADS, PRODUCT_NOUNS
from pipeline.lexicons.sources import ROLE_WORDS
from pipeline.models import morph_analyzer
from pipeline.records import Token
from pipeline.stages.name_evidence import word_before
from pipeline.stages.names import compound_with_common_word, first_name_known, from_dictionary, is_first_and_patronymic
from pipeline.stages.quote_context import feats, tokens_between

Span = Tuple[int, int, str]


@dataclass(frozen=True)
class Article:
    text: str
    tokens: Sequence[Token]


# ---- the repairs ----

def strip_edges(span: Span, article: Article) -> Optional[Span]:
    start, end, kind = span
    text = article.text
    while start < end and not (text[start].isalnum() or text[start] in FIRST_CHARS):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in LAST_CHARS):
        end -= 1
    return (start, end, kind) if end > start else None


def balance_quotes(span: Span, article: Article) -> Optional[Span]:
    """A name cut before its closing quotation mark takes it (`Издательство «Вече` →
    `Издательство «Вече»`); one that starts after its opening mark takes that (`Вече»` →
    `«Вече»`). Without a partner on the line, the name is cut at the lone mark."""
    for opening, closing in QUOTE_PAIRS.items():
        if opening in CURLY_DOUBLE_QUOTES:
            continue
        span = span and _extend_or_cut(span, article.text, opening, closing)
    for marks in (STRAIGHT_QUOTE, CURLY_DOUBLE_QUOTES):
        span = span and _balance_symmetric(span, article.text, marks)
    return span


def _extend_or_cut(span: Span, text: str, opening: str, closing: str) -> Optional[Span]:
    start, end, kind = span
    name = text[start:end]
    i = open_mark(name, opening, closing)
    if i >= 0:
        found = text.find(closing, end, line_end(text, end, MARK_REACH))
        if found >= 0 and opening not in text[end:found]:
            return start, found + 1, kind
        return _keep_larger(start, start + i, start + i + 1, end, kind, text)
    j = close_mark(name, opening, closing)
    if j >= 0:
        found = text.rfind(opening, line_start(text, start, MARK_REACH), start)
        if found >= 0 and closing not in text[found + 1:start]:
            return found, end, kind
        return _keep_larger(start, start + j, start + j + 1, end, kind, text)
    return span


def _balance_symmetric(span: Span, text: str, marks: str) -> Optional[Span]:
    """Marks that open and close alike (`"`, and `„“”` taken together): with an odd number,
    the last one opens when a space or the name's start comes before it, else the first
    one closes; the name extends to its partner on the line, or is cut at it."""
    start, end, kind = span
    at = [start + i for i, ch in enumerate(text[start:end]) if ch in marks]
    if len(at) % 2 == 0:
        return span
    if at[-1] == start or not text[at[-1] - 1].isalnum():
        found = find_any(text, marks, end, line_end(text, end, MARK_REACH))
        return (start, found + 1, kind) if found >= 0 else _keep_larger(start, at[-1], at[-1] + 1, end, kind, text)
    found = rfind_any(text, marks, line_start(text, start, MARK_REACH), start)
    if found >= 0 and CLOSES.match(text, found + 1):
        found = -1   # a mark that closes another name (`"ЭпиВакКорона", разработанная ФБУН "ГНЦ "Вектор"`): no partner
    return (found, end, kind) if found >= 0 else _keep_larger(start, at[0], at[0] + 1, end, kind, text)


CLOSES = re.compile(r"[\s,.;:!?)»]|$")   # what follows a closing mark (not `"#МыВместе"`, `"...Имя"`)


def _keep_larger(a: int, b: int, c: int, d: int, kind: str, text: str) -> Optional[Span]:
    """Of the pieces [a, b) and [c, d) either side of a lone mark, the one with more letters."""
    letters = [sum(ch.isalpha() for ch in text[x:y]) for x, y in ((a, b), (c, d))]
    if not max(letters):
        return None
    x, y = (a, b) if letters[0] >= letters[1] else (c, d)
    return strip_edges((x, y, kind), Article(text, ()))


def cut_brackets(span: Span, article: Article) -> Optional[Span]:
    """A bracket the name does not close: the name is the side of it with more letters
    (`Ивана] Петрова` → `Петрова`)."""
    for opening, closing in BRACKET_PAIRS.items():
        start, end, kind = span
        name = article.text[start:end]
        i, j = open_mark(name, opening, closing), close_mark(name, opening, closing)
        cut = i if i >= 0 else j
        if cut >= 0:
            span = _keep_larger(start, start + cut, start + cut + 1, end, kind, article.text)
            if span is None:
                return None
    return span


FUNCTION_POS = ("ADP", "CCONJ", "SCONJ")   # not PART: `Ли Со Ён`


def _is_edge_word(token: Token, kind: str, first: bool, sentence_start: bool) -> bool:
    """A word of EDGE_WORDS in lower case, or capitalised at the start of a sentence and
    longer than two letters or a function word by its tag (`Ли Со Ён`, `А. Кудрин` keep
    theirs: no initial is trimmed, the period stays with it); for a person, a role
    word or `им.` before the name and a verb after it."""
    word = token.text.lower()
    if word in EDGE_WORDS and (token.text.islower() or (sentence_start and len(word) > 2)):
        return True
    if first and sentence_start and (token.pos in FUNCTION_POS or token.rel == "case"):
        return True   # `У Трампа, безусловно, ...`, `Против Трампа ...`: a preposition by its tag or its
                      # relation (`О[INTJ] Крутой режиссер говорит`)
    if kind == "PER" and first and (word in NAMED_AFTER or is_role_word(token.lemma)
                                    or token.lemma.lower() in MEDIA or token.lemma.lower() in MOVEMENTS):
        return True   # `оператор Аль-Джазиры Сами аль-Хадж`: the medium is no part of the name
    if kind == "ORG" and first and token.lemma.lower() in MEMBER_WORDS and token.pos == "NOUN":
        return True   # `Член Совета при президенте РФ`: a member, not the body's name
    if kind == "PER" and first and "-" in word and compound_with_common_word(token.text) \
            and not _dictionary_name(token.text.split("-")[0], ("Name", "Surn")):
        return True   # `Остроумец-куплетист Смирнов-Сокольский`: a description of common words
    return kind == "PER" and not first and token.pos in ("VERB", "AUX")


def trim_words(span: Span, article: Article) -> Optional[Span]:
    """Words that are no part of a name leave its edges: `Вчера Минфин` → `Минфин`,
    `Премьер Медведев` → `Медведев`, `им. М. П. Чумакова` → `М. П. Чумакова`."""
    start, end, kind = span
    inside = [t for t in tokens_between(article.tokens, start, end) if t.pos != "PUNCT" or t.text == "."]
    while len(inside) > 1 and _is_edge_word(inside[0], kind, True, _opens_sentence(article.tokens, inside[0], article.text)) \
            and not _quoted(article.text, start, inside[0]) and not _initial(inside):
        inside = inside[1:]
        inside = inside[1:] if inside and inside[0].text == "." and len(inside) > 1 else inside
        start = inside[0].start
    while len(inside) > 1 and _is_edge_word(inside[-1], kind, False, False) and not _quoted(article.text, start, inside[-1]):
        inside = inside[:-1]
        end = inside[-1].end
    return (start, end, kind) if inside else span


def _initial(words: Sequence[Token]) -> bool:
    """The first word is an initial with its period (`И. Петров`, `А.Кудрин`)."""
    return len(words[0].text) == 1 and len(words) > 1 and words[1].text == "."


def _opens_sentence(tokens: Sequence[Token], token: Token, text: str = "") -> bool:
    """The word starts its sentence, or labels what follows its colon (`(Фото: Carlos Barria`)."""
    i = token.token_id
    return i == 0 or (i < len(tokens) and tokens[i - 1].sentence_id != token.sentence_id) \
        or text[token.end:token.end + 1] == ":"


def _quoted(text: str, start: int, token: Token) -> bool:
    """The word stands inside a quotation the name opens (`«За права человека»`)."""
    before = text[start:token.start]
    return any(before.count(o) > before.count(c) for o, c in QUOTE_PAIRS.items()) or before.count(STRAIGHT_QUOTE) % 2 == 1


def complete_initial(span: Span, article: Article) -> Optional[Span]:
    """A name ending in an initial takes the initial's period (`Петрова И.В` → `Петрова И.В.`)."""
    start, end, kind = span
    if kind == "PER" and article.text[end:end + 1] == "." and INITIAL.match(article.text[start:end].split()[-1][-1:]):
        last = re.split(r"[\s.]", article.text[start:end])[-1]
        if len(last) == 1:
            return start, end + 1, kind
    return span


def drop_letters(span: Span, article: Article) -> Optional[Span]:
    """A lone letter is never an entity, nor are bare initials a person, nor is a word
    that never belongs to a name (`Все`)."""
    name = article.text[span[0]:span[1]]
    if len(name.strip(".")) <= 1 or (span[2] == "PER" and INITIALS_ONLY.match(name)) or name.lower() in EDGE_WORDS:
        return None
    return span


def drop_product_name(span: Span, article: Article) -> Optional[Span]:
    """A person's span right after a noun of a product, in quotation marks (`фильм «Иван
    Васильевич»`, `вакцина «Спутник V»`), or after a drug's noun with no word of it a first name
    the dictionary knows (`в вакцине Гам Ковид Вак`), names the thing: no person."""
    if span[2] != "PER":
        return span
    words = [t for t in tokens_between(article.tokens, span[0], span[1]) if t.pos != "PUNCT"]
    if not words:
        return span
    before = word_before(article.tokens, words[0].start)
    quoted = before is not None and before.text in "«\"„“"
    noun = word_before(article.tokens, before.start) if quoted else before
    if noun is None or noun.sentence_id != words[0].sentence_id:
        return span
    lemma = noun.lemma.lower()
    if quoted and lemma in PRODUCT_NOUNS or lemma in DRUG_NOUNS and not any(first_name_known(w.text) for w in words):
        return None
    return span


def body_named_after(span: Span, article: Article) -> Optional[Span]:
    """A person's span with `им.` or `имени` after its first word names a body after someone
    (`КазНАИ им. Т. Жургенова`, `МГУ имени М. В. Ломоносова`): an organisation."""
    start, end, kind = span
    words = article.text[start:end].split()
    if kind == "PER" and any(w.lower() in NAMED_AFTER_PERSON for w in words[1:-1]):
        return start, end, "ORG"
    return span


def drop_non_names(span: Span, article: Article) -> Optional[Span]:
    """A key combination (`Ctrl+Enter`) or a word before a number sign (`свидетельство Эл №`)
    is no entity."""
    name = article.text[span[0]:span[1]]
    if KEY_COMBINATION.search(name) or BEFORE_NUMBER_SIGN.match(article.text, span[1]):
        return None
    return span


def is_role_word(lemma: str) -> bool:
    """A role or occupation word, or its feminine form (`республиканка`, `журналистка`)."""
    lemma = lemma.lower()
    return lemma in ROLE_WORDS or (lemma.endswith("ка") and (lemma[:-2] in ROLE_WORDS or lemma[:-2] + "ец" in ROLE_WORDS))


def drop_role_word(span: Span, article: Article) -> Optional[Span]:
    """One word that describes a person (a role or an occupation), capitalised only because
    it opens a sentence, is no name (`Конгрессвумен от Калифорнии Надя Ривера` tagged the
    role a place; `Сенатор`); mid-sentence it may be a surname (`Кузнец`). Opening a body's
    span so, it is no part of it, and with only common words after it there is no body."""
    words = [t for t in tokens_between(article.tokens, span[0], span[1]) if t.pos != "PUNCT"]
    if len(words) == 1 and (is_role_word(words[0].lemma) or _person_noun_only(words[0].text)
                            and not _after_first_name(article.text, words[0].text)) \
            and words[0].text[1:].islower() and _opens_sentence(article.tokens, words[0]):
        return None
    if span[2] != "PER" and len(words) > 1 and is_role_word(words[0].lemma) and words[0].text[1:].islower() \
            and words[0].pos == "NOUN" and _singular(words[0]) and _opens_sentence(article.tokens, words[0]):   # `Куратор выставки`, `Президент ассоциации «Деловая
        rest = article.text[words[1].start:span[1]]   # Россия»` tagged a body: the role is a person's, the body what follows
        if words[1].pos in ("CCONJ", "PROPN") or rest[:1].isupper():
            return span   # a body's own name (`Мать и дитя`, `Доктор Веб`)
        return None if rest.islower() and rest.replace(" ", "").isalpha() else (words[1].start, span[1], span[2])
    return span


def _singular(token: Token) -> bool:
    """Not a plural (`Исследователи лаборатории`: the body's people, which labellers name so)."""
    return "Number=Plur" not in (token.feats or "")


def trim_person_noun_opening(span: Span, article: Article) -> Optional[Span]:
    """A person's span that opens its sentence with a word the dictionary knows only as a
    common noun for a person (`Клиент Стелла-банка` before `Владимир Стрелков`): the noun
    describes someone and is no name; the span goes on from the next word."""
    if span[2] != "PER":
        return span
    words = [t for t in tokens_between(article.tokens, span[0], span[1]) if t.pos != "PUNCT"]
    if len(words) < 2 or not words[0].text[1:].islower() or not _opens_sentence(article.tokens, words[0], article.text) \
            or not _person_noun(words[0].text) or article.text[span[0]:span[1]].lower() in CHARACTER_NAMES:
        return span
    return (words[1].start, span[1], span[2])


# Names made of a common noun for a person (`Дед Мороз`): a character's whole name.
CHARACTER_NAMES = frozenset({"дед мороз", "баба яга", "дядя степа", "дядя стёпа"})


def _person_noun(word: str) -> bool:
    """A word the dictionary knows only as a common noun, none as a name or a place, and as an
    animate one in the nominative singular (`Клиент`, `Пенсионерка`)."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and morph_analyzer().word_is_known(word.lower()) and all(
        from_dictionary(p) and p.tag.POS == "NOUN" and not any(t in p.tag for t in NAME_OR_PLACE_TAGS) for p in parses) \
        and any("anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)


def _after_first_name(text: str, word: str) -> bool:
    """The article writes the word after a capitalised word too (`студентки Анна Синичка ...
    Синичка рассказала`): a surname."""
    return re.search(rf"[А-ЯЁ][а-яё]+[ \t]+{re.escape(word)}\b", text) is not None


NAME_OR_PLACE_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


def _person_noun_only(word: str) -> bool:
    """A woman's word (`-ка`, `-ница`, `-иня`) the dictionary knows only as a common noun for
    a person in the nominative singular (`Уфимка Маргарита Никандрова`, `Пассажирка севшего
    самолета заявила`): no first name, surname or place (not `Ремезов`, `Стрельцов`: a bird's,
    an archer's plural genitive, and surnames)."""
    return word.lower().endswith(WOMANS_NOUN_ENDINGS) and _person_noun(word) and all(
        "anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        and p.tag.gender == "femn" for p in morph_analyzer().parse(word))   # (not `Ломака`, `Зевака`: anyone's)


WOMANS_NOUN_ENDINGS = ("ка", "ница", "иня")


def drop_broken(span: Span, article: Article) -> Optional[Span]:
    return None if broken_reason(article.text[span[0]:span[1]], span[2]) else span


HEADS_BEFORE_PLACES = ROLE_WORDS | ORG_HEADS | LOC_HEADS


def trim_place_before_name(span: Span, article: Article) -> Optional[Span]:
    """A place or body named right before a person's first name is no part of the name
    (`посол Эстерии Мартин Кивисало`, `центра Карнеги Лейла Хаддад`, `Республики Таргения
    Эмиль Роос`): after a role noun or a body's head, a word the dictionary knows as no name
    before one it knows as a first name."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    before = word_before(article.tokens, start)
    if kind != "PER" or len(words) < 3 or before is None or before.lemma.lower() not in HEADS_BEFORE_PLACES:
        return span
    namesake = ("Name", "Patr") if before.lemma.lower() in ORG_HEADS else ("Name", "Surn", "Patr")   # `центра Карнеги`
    if _dictionary_name(words[1].text, ("Name",)) and not _dictionary_name(words[0].text, namesake) \
            and not _dictionary_name(words[2].text, ("Patr",)):   # `губернатор Кожемяко Олег Николаевич`: surname first
        return words[1].start, end, kind
    return span


NO_NAME_TAGS = ("VERB", "INFN", "Geox")   # words the dictionary knows only as verbs or places


def trim_verbs_and_places_before_name(span: Span, article: Article) -> Optional[Span]:
    """A project's or a movement's name written without quotation marks before a person's first
    name and surname is no part of the name (`куратор проектов Сохраним Байкал Маргарита
    Морозова`): leading words the dictionary knows only as verbs or places, before one it
    knows as a first name."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    if kind != "PER" or len(words) < 3:
        return span
    at = next((k for k in range(1, len(words) - 1) if _dictionary_name(words[k].text, ("Name",))), None)
    if at is None or not all(_dictionary_only(w.text, NO_NAME_TAGS) for w in words[:at]):
        return span
    return words[at].start, end, kind


def trim_adjectives_before_name(span: Span, article: Article) -> Optional[Span]:
    """An adjective the tagger read opening a sentence before a person's first name and surname
    is no part of the name (`Пятнадцатилетняя Алиса Бережная выиграла`): leading adjectives the
    dictionary knows as no name, before one it knows as a first name."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    if kind != "PER" or len(words) < 3:
        return span
    at = next((k for k in range(1, len(words) - 1) if _dictionary_name(words[k].text, ("Name",))), None)
    if at is None or not all((w.pos == "ADJ" or _dictionary_only(w.text, ("ADJF",))) and not _dictionary_name(w.text, NAME_WORD_TAGS)
                             for w in words[:at]):   # (the tagger may call it PROPN)
        return span
    return words[at].start, end, kind


NAME_WORD_TAGS = ("Name", "Surn", "Patr")


def _indeclinable_name(word: str) -> bool:
    return any(from_dictionary(p) and "Name" in p.tag and "Fixd" in p.tag for p in morph_analyzer().parse(word))


def _dictionary_name(word: str, tags: Tuple[str, ...]) -> bool:
    return any(from_dictionary(p) and any(t in p.tag for t in tags) for p in morph_analyzer().parse(word))


PLACE_TAGS = ("Geox",)   # a word the dictionary knows only as a place (`Байден Мичиган`)


def _dictionary_only(word: str, tags: Tuple[str, ...]) -> bool:
    """Every reading of the word is the dictionary's own and has one of ``tags``."""
    parses = morph_analyzer().parse(word)
    return morph_analyzer().word_is_known(word.lower()) \
        and all(from_dictionary(p) and any(t in p.tag for t in tags) for p in parses)


RULES = (strip_edges, balance_quotes, cut_brackets, trim_words, trim_place_before_name, trim_verbs_and_places_before_name,
         trim_adjectives_before_name, trim_person_noun_opening, strip_edges, complete_initial,
         drop_letters, drop_non_names, drop_role_word, drop_product_name, body_named_after, drop_broken)


def repair_span(span: Span, article: Article) -> Optional[Span]:
    for rule in RULES:
        span = rule(span, article)
        if span is None:
            return None
    return span


NAMESAKE = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){0,2}[А-ЯЁA-Z][\w-]*")   # `Чумакова`, `М. П. Чумакова`


def split_namesake(span: Span, article: Article) -> List[Span]:
    """`центра имени Чумакова Айдара Ишмухаметова`: the namesake after `имени` (initials
    and one word) and a person's name of two or more words after it are two names
    (`имени Андрея Сахарова` stays one)."""
    start, end, kind = span
    before = word_before(article.tokens, start)
    if kind != "PER" or before is None or before.text.lower() not in NAMED_AFTER:
        return [span]
    m = NAMESAKE.match(article.text, start, end)
    rest = m and end - len(article.text[m.end():end].lstrip())
    if not m or rest >= end or not article.text[rest].isupper() or len(article.text[rest:end].split()) < 2:
        return [span]
    return [(start, m.end(), kind), (rest, end, kind)]


def split_repeated_name(span: Span, article: Article) -> List[Span]:
    """`Сергей Леонов Сергей Леонов` (a photo's caption and its alt text run together): one
    name written twice is two mentions of it."""
    start, end, kind = span
    words = list(re.finditer(r"\S+", article.text[start:end]))
    half = len(words) // 2
    if kind != "PER" or len(words) < 2 or len(words) % 2 \
            or [w.group() for w in words[:half]] != [w.group() for w in words[half:]]:
        return [span]
    return [(start, start + words[half - 1].end(), kind), (start + words[half].start(), end, kind)]


def split_two_names(span: Span, article: Article) -> List[Span]:
    """Two surnames side by side are two people when the dictionary knows both as surnames
    and no case can be both's (`говорил Собянин Путину`): the words of one name share its
    case. Only the dictionary's own surname forms count: a tagger's guess would split
    `Джесси Джелсингера`, a first name read as another's case `Йоахим Лёв`."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    if kind != "PER" or len(words) < 2:
        return [span]
    for a, b in zip(words, words[1:]):
        cases_a, cases_b = _name_cases(a.text), _name_cases(b.text)
        if cases_a and cases_b and not cases_a & cases_b:
            return [(start, a.end, kind), *split_two_names((b.start, end, kind), article)]
    return [span]


def split_owner_and_person(span: Span, article: Article) -> List[Span]:
    """A genitive name right before a nominative one is two people (`агент полузащитника Николы
    Йовича Драган Маркович`, `Института Петерсона Брэдли Осборн`): the tagger reads the first
    all in the genitive, the rest, two words or more, all in the nominative; one genitive word
    only before a name of two, and not a first name that never declines (`Мэри Джейн Смит`:
    the tagger's genitive says nothing there)."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    if kind != "PER" or len(words) < 3:
        return [span]
    cases = [feats(t).get("Case") for t in words]
    k = next((i for i, c in enumerate(cases) if c != "Gen"), len(words))
    split = k == 1 and not _indeclinable_name(words[0].text) if len(words) == 3 else 2 <= k <= len(words) - 2
    if split and is_first_and_patronymic([words[k - 1].text, words[k].text]):
        return [span]   # `Валентина[Gen] Петровна Сухова`: a first name and her patronymic
    if split and all(c == "Nom" for c in cases[k:]) and words[k].text[:1].isupper() \
            and all(w.text[-1:].lower() in GENITIVE_ENDINGS for w in (words[0], words[k - 1])):
        return [(start, words[k - 1].end, kind), (words[k].start, end, kind)]
    return [span]   # not `отец Кима Чен Ира Ким Ир Сен`: the tagger's genitive `Ким` shows no ending


GENITIVE_ENDINGS = "аяыи"   # the endings a genitive name shows (`Николы Йовича`)


def split_kin_and_name(span: Span, article: Article) -> List[Span]:
    """`сын бывшего вице-президента Джо Байдена Хантер`, `жена Дмитрия Медведева Светлана`:
    after a kin noun, a person's name in the genitive and a first name (one the dictionary
    knows, or a word no genitive ending shows) are two people, the relative named by the first
    name (the tagger may read any case in them)."""
    start, end, kind = span
    words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
    if kind != "PER" or len(words) < 3 or not _kin_before(article, start):
        return [span]
    last, owner = words[-1], words[-2]
    if owner.text[-1:].lower() in GENITIVE_ENDINGS and not is_first_and_patronymic([owner.text, last.text]) \
            and not PATRONYMIC_ANY_CASE.search(owner.text.lower()) \
            and (first_name_known(last.text) or last.text[-1:].lower() not in GENITIVE_ENDINGS + "уеюо"):
        return [(start, owner.end, kind), (last.start, end, kind)]   # (`Хантер`: a nominative by its ending)
    return [span]


PATRONYMIC_ANY_CASE = re.compile(r"(?:ович|евич|ьич|овн|евн|ичн)(?:а|у|ем|е|ы|ой|у)?$")   # `Викторовны`, `Петровича`
KIN_REACH = 3   # words between a kin noun and the name it governs (`сын бывшего вице-президента`)


def _kin_before(article: Article, start: int) -> bool:
    """A kin noun a few words before, in the same clause."""
    for _ in range(KIN_REACH):
        before = word_before(article.tokens, start)
        if before is None or not before.text[:1].isalpha():
            return False
        if before.lemma.lower() in KIN_BEFORE_NAME:
            return True
        start = before.start
    return False


def _name_cases(word: str) -> frozenset:
    """The cases the dictionary's surname readings of a word allow (empty when any reading
    is a guess, or none is a surname)."""
    parses = morph_analyzer().parse(word)
    if not parses or not all(from_dictionary(p) for p in parses):
        return frozenset()
    return frozenset(p.tag.case for p in parses if "Surn" in p.tag)


def trim_glued_words(spans: Sequence[Span], article: Article) -> List[Span]:
    """A word glued to a person's surname, where a crawled page runs a headline into its
    lead or a list of teasers together, is no part of the name (`победу Байдена Выигрыш в
    штате`, `выиграет ли Байден Пенсильванию`, `Сторонники Трампа`): at an edge of the span,
    a capitalised word the dictionary knows only as no name, whose case (or part of speech)
    the name beside it does not share, goes when the rest ends in a surname that another
    person's name in the article ends with; so does a word the dictionary knows only as a
    place, in any case (`Байден Мичиган`). Without that other name nothing is trimmed
    (`Анджея Дуду`: the tagger's cases of a foreign name say little; `Джордж Вашингтон`)."""
    surnames = {}
    for a, b, kind in spans:
        if kind == "PER" and len(article.text[a:b].split()) > 1:
            surnames.setdefault(_stem(article.text[a:b].split()[-1]), set()).add(article.text[a:b])
    out = []
    for start, end, kind in spans:
        words = [t for t in tokens_between(article.tokens, start, end) if t.text[:1].isalpha()]
        own = {article.text[start:end]}   # (the same name written again is no other person's: `Алтай КУЛЬГИНОВ` twice)
        if kind == "PER" and len(words) == 2 and tokens_between(article.tokens, start, end) == words:
            first, last = words
            if _glued(last, first) and surnames.get(_stem(first.text), set()) - own:
                end = first.end
            elif _glued(first, last) and surnames.get(_stem(last.text), set()) - own:
                start = last.start
        out.append((start, end, kind))
    return out


def _glued(word: Token, name: Token) -> bool:
    if not word.text[:1].isupper() or word.text.isupper() or _dictionary_name(word.text, ("Name", "Surn", "Patr")):
        return False
    parses = morph_analyzer().parse(word.text)
    if not parses or not all(from_dictionary(p) for p in parses):
        return False
    return word.pos not in ("NOUN", "PROPN", "ADJ") or feats(word).get("Case") != feats(name).get("Case") \
        or _dictionary_only(word.text, PLACE_TAGS)


def _stem(word: str) -> str:
    """A surname without its case ending (`Байдена`, `Байден` → `байден`)."""
    word = word.lower().replace("ё", "е")
    return word[:-1] if len(word) > 4 and word[-1] in "аяуюеиоы" else word[:-2] if word.endswith(("ом", "ым")) else word


OBLIQUE_SURNAME_ENDINGS = ("ом", "ем", "ым", "им")   # a man's instrumental (`Лааксоненом`, `Петровым`)


def split_before_known_surname(spans: Sequence[Span], article: Article) -> List[Span]:
    """A name of two words or more in the instrumental run into the next sentence's subject,
    a surname the article gives another person elsewhere, is two names (`в разговоре с
    корреспондентом Ээро Лааксоненом Сало признал`, where `Юха Сало` is named before): the
    tagger reads a foreign surname after a name as its last word. So is a full name before a
    surname with its particles that another person bears (`с премьером Петтери Орпо фон дер
    Ляйен заявила`, where `Урсула фон дер Ляйен` is named before), in any case."""
    words_of = {s: [t for t in tokens_between(article.tokens, s[0], s[1]) if t.text[:1].isalpha()] for s in spans}
    surnames = {}
    for s, words in words_of.items():
        if s[2] == "PER" and words:
            tail = words[_surname_start(words):]
            surnames.setdefault(" ".join(w.text.lower() for w in tail), set()).add(article.text[s[0]:s[1]].lower())
    out = []
    for s in spans:
        words = words_of[s]
        last = words[-1].text.lower() if words else ""
        at = _surname_start(words)
        others = surnames.get(" ".join(w.text.lower() for w in words[at:]), set()) - {article.text[s[0]:s[1]].lower()}
        if s[2] == "PER" and len(words) >= 3 and words[-2].text.lower().endswith(OBLIQUE_SURNAME_ENDINGS) \
                and not last.endswith(OBLIQUE_SURNAME_ENDINGS) and words[-2].text[:1].isupper() \
                and surnames.get(last, set()) - {article.text[s[0]:s[1]].lower()}:   # (not `Владимиром Владимировичем Путиным`)
            out += [(s[0], words[-2].end, s[2]), (words[-1].start, s[1], s[2])]
        elif s[2] == "PER" and at < len(words) - 1 and at >= 2 and all(w.text[:1].isupper() for w in words[:at]) \
                and others and not _dictionary_name(words[at - 1].text, ("Name",)):   # (not `Анна Мария ван Бален`)
            out += [(s[0], words[at - 1].end, s[2]), (words[at].start, s[1], s[2])]
        else:
            out.append(s)
    return out


def _surname_start(words: Sequence[Token]) -> int:
    """Where a name's surname begins: its last word with the particles before it (`фон дер`)."""
    at = len(words) - 1
    while at > 0 and words[at - 1].text in SURNAME_PARTICLES:
        at -= 1
    return max(at, 0)


NICKNAME = re.compile(r"(\w+)\s+[«\"„“][^«»\"„“”\n]{1,30}[»\"“”]\s+$")   # `Ярослав «Miposhka» `


def join_nickname(spans: Sequence[Span], article: Article) -> List[Span]:
    """A first name, a nickname in quotation marks and a surname are one person's name
    (`Ярослав «Miposhka» Найденов`, `Вячеслав «Япончик» Иваньков`): the tagger cuts them in
    two or three, the nickname an organisation. The span takes all three; the normal form
    leaves the nickname out (``nickname_tokens``)."""
    people = sorted(s for s in spans if s[2] == "PER")
    joined = {}
    for a, b in zip(people, people[1:]):
        m = NICKNAME.match(article.text, a[0], b[0])
        if m and m.end() == b[0] and m.start(1) == a[0] and first_name_known(m.group(1)) and a not in joined:
            joined[a], joined[b] = (a[0], b[1], "PER"), None
    merged = [joined.get(s, s) for s in spans]
    wide = [s for s in merged if s is not None and s not in spans]
    return [s for s in merged if s is not None and not any(w[0] <= s[0] and s[1] <= w[1] and s != w for w in wide)]


def nickname_tokens(tokens: Sequence[Token], text: str) -> List[Token]:
    """The words of a person's name without a quoted nickname inside it (`Ярослав «Miposhka»
    Найденов` → `Ярослав Найденов`)."""
    if len(tokens) < 3:
        return list(tokens)
    inner = text[tokens[0].end:tokens[-1].start]
    m = re.search(r"[«\"„“][^«»\"„“”]+[»\"“”]", inner)
    if not m:
        return list(tokens)
    lo, hi = tokens[0].end + m.start(), tokens[0].end + m.end()
    return [t for t in tokens if not lo <= t.start < hi]


def repair_spans(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> List[Span]:
    article = Article(text, tokens)
    spans = split_before_known_surname(trim_glued_words(join_nickname(spans, article), article), article)
    repaired = (repair_span(p, article) for t in spans for s in split_repeated_name(t, article)
                for q in split_namesake(s, article)
                for o in split_kin_and_name(q, article) for r in split_owner_and_person(o, article)
                for p in split_two_names(r, article))
    return sorted({s for s in repaired if s is not None})
