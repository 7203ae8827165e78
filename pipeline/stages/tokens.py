"""Stage 2: sentences, tokens, lemmas, morphology and syntax.

Sentences come from razdel within each line (a line break always ends a sentence in news
text); natasha's morphology tagger and syntax parser run over the sentences of a whole
batch of documents at once; lemmas come from pymorphy3, choosing the parse that agrees with
the tagger.
"""
import functools
import re
import unicodedata
from typing import Dict, List, Optional, Sequence, Tuple

import razdel

from pipeline.lexicons.cues import SPEECH_VERBS
from pipeline.lexicons.months import MONTH_GENITIVE
from pipeline.lexicons.published import AGENCY_LEAD, HEADER_LINE
from pipeline.lexicons.names import LATIN_LOOKALIKES
from pipeline.lexicons.sources import ACADEMIC_DEGREE
from pipeline.models import morph_analyzer
from pipeline.records import Document, Sentence, Token
from pipeline.stages import lemmas, names
from pipeline.stages.name_gender import NAME_TAGS

_LINE = re.compile(r"[^\r\n]+")
# A sentence end glued to the next sentence in crawled text (`вакцины.Он`, `года."Мы`, `команде.“Я`, a dialogue
# dash glued to the period before it: `области.- В результате`; a day and month glued to a word's
# period: `издержек.30 января`): razdel
# keeps them one sentence. Two lower-case letters or two capitals (`ТАСС.«Это`) before the mark,
# so initials (`А.С.Пушкин`) and abbreviations (`т.е.`) stay whole.
NAME_DOMAIN = r"(?:Ru|Ру|Ua|Com|Net|Org|Info|Su|Рф|By|Kz|Az|Uz|Kg|Tj|Tm|Am|Ge|Md|Lv|Lt|Ee|Tv|Fm|Io|Me|Us)\b"   # a site's name
# ends so (`Газета.Ru`, `Day.Az`, `News.Am`)
_GLUED_END = re.compile(r"(?:[а-яёa-z]{2}|[А-ЯЁA-Z]{2})[»\"”]?[.!?…](?=[«\"“„]?[А-ЯЁA-Z](?:[а-яёa-z]|\s)|[-–—]\s+[«\"“„]?[А-ЯЁA-Z]"
                        rf"|(?<=[а-яё]{{4}}\.)\d{{1,2}}\s+(?:{MONTH_GENITIVE})\b)"   # `издержек.30 января заместитель`
                        rf"(?!{NAME_DOMAIN})")   # `Газета.Ru`, `Lenta.Ru`: one name
# A sentence that ends in an abbreviation before a quotation (`составит 21 млрд руб. «Средств
# достаточно», — сказал он`): razdel cuts there before a capitalised word, not before `«`.
# Only abbreviations that end sentences (units, `т.д.`, a year's `г.`), not `ул. «Правды»`.
UNIT_ABBREVIATIONS = r"руб|долл|грн|млн|млрд|трлн|тыс|коп|км|кг|чел|шт|гг|др|т\.\s?д|т\.\s?п"
_ABBREVIATED_END = re.compile(rf"(?:\b(?:{UNIT_ABBREVIATIONS})|\d{{4}}\s?г)\."
                              r"(?=\s+[«\"„][А-ЯЁA-Z])")
# A sentence that ends in a year's `г.`, in a code of digits and one capital letter (`в 2025 г.
# Однако ...`, `диапазоны 4G. Однако ...`, `Су-35С. Он ...`) or in tonnes after a number (`превысят
# 400 000 т. Об этом ...`, `3 тыс.т. Об этом`), before a capitalised word that is not an initial:
# razdel reads the letter as an abbreviation (`т.е.`) and goes on.
_LETTER_END = re.compile(r"(?:\b\d{4}\s?г|(?<=\d)[A-ZА-ЯЁ]|(?:(?<=\d)|(?<=\d\s)|\b(?:тыс|млн|млрд)\.?\s?)т)"
                         r"\.(?=\s+[«\"„]?[А-ЯЁA-Z][а-яёa-z])")
# A period typed after a space and glued to the next sentence (`в интервью радио Sputnik
# .Повышение цен ...`): razdel keeps one sentence.
_SPACED_END = re.compile(rf"(?<=\w)\s\.(?=[«\"]?[А-ЯЁA-Z][а-яёa-z])(?!{NAME_DOMAIN})")
# A headline or a photo credit run into the sentence below it with no space or mark at all
# (`Черное море против импортаКак отметил министр`, `гибель сынаВ Первоуральске`, `Дмитрий
# УткинПо предположениям`): a word's lower-case end glued to a capitalised word that opens
# sentences, then a space.
GLUED_OPENERS = ("Как", "По", "Об", "В", "На", "Это", "Однако", "При", "Также", "Кроме", "Ранее", "Напомним",
                 "Между", "Сейчас", "Сегодня", "Вчера", "Он", "Она", "Они", "Мы")
_GLUED_OPENER = re.compile(rf"(?<=[а-яё]{{3}})(?:{'|'.join(GLUED_OPENERS)})(?=\s)")
# ... and any two words the dictionary knows glued so, a lower-case one and a capitalised one
# (`сигаретыВласти России`, `округАлександрии`, `статьяИгорь Кобзев`); not a brand's inner
# capital (`МегаФон`: its first part is capitalised) nor a typo (`вакцЫну`: no such words).
# A capitalised word the dictionary does not know may follow a word it does (`покупкиБакальчук
# рассказала`: a name opens the sentence); so may a capitalised word a Latin abbreviation runs
# into (`основательница WBПавел Воля отмечал`, `DMCAАналитика`).
_GLUED_WORDS = re.compile(r"(?<![А-ЯЁа-яёA-Za-z])([а-яё]{3,})([А-ЯЁ][а-яё]{2,})(?![А-ЯЁа-яёA-Za-z])")
_GLUED_LATIN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?=[А-ЯЁ][а-яё]{2,}(?![А-ЯЁа-яёA-Za-z]))")
GLUED_NAME_LETTERS = 4   # letters at least of an unknown capitalised word cut off a known one
# A first name glued to the word before it and followed by a surname (`АвтоВАЗаСергей
# Ильинский`: a paragraph's last word and the next one's first); not a brand's part followed by
# a common noun or a particle (`ЯндексАлиса Станция`, `ЖанМари Ле Пен`).
_GLUED_FIRST_NAME = re.compile(r"(?<=[а-яё])([А-ЯЁ][а-яё]{3,})(?=[ \u00a0]([А-ЯЁ][а-яё]+))")


def _glued_words(text: str) -> List[int]:
    """Offsets where a dictionary word glued lower case to a capitalised word meets it (a
    speech verb and the speaker after it are one sentence: ``glued_cue_apart``)."""
    return [m.start(2) for m in _GLUED_WORDS.finditer(text)
            if _known(m.group(1)) and (_known(m.group(2)) or len(m.group(2)) >= GLUED_NAME_LETTERS)
            and _glued_cue(m.group()) is None] \
        + [m.end() for m in _GLUED_LATIN.finditer(text)] \
        + [m.start() for m in _GLUED_FIRST_NAME.finditer(text) if _first_name(m.group(1)) and _surname_like(m.group(2))]


def _speech_verb(word: str) -> bool:
    """A past-tense speech verb (`сказал`, `заявила`), every parse of it a verb."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and all(p.tag.POS == "VERB" and "past" in p.tag for p in parses) \
        and any(p.normal_form in SPEECH_VERBS for p in parses)


# A speech verb glued to the capitalised name after it (`- сказалСалюков, слова которого`,
# `сказалаАнна-Мария Кравец`: a page that lost its spaces): two tokens in one sentence; not a
# common word after the verb, which opens the next sentence (`заявилиВласти региона ввели`).
_GLUED_CUE = re.compile(r"([а-яё]{4,})([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)")


def _glued_cue(token: str) -> Optional[int]:
    """Where the name starts in a speech verb glued to it, or None."""
    m = _GLUED_CUE.fullmatch(token)
    if m and _speech_verb(m.group(1)) and _name_word(m.group(2).split("-")[0]):
        return m.start(2)
    return None


def _name_word(word: str) -> bool:
    """A word the dictionary reads (or guesses) as a first name, surname or patronymic."""
    return any(t in p.tag for p in morph_analyzer().parse(word) for t in NAME_TAGS)


def glued_cue_apart(start: int, text: str) -> List[Tuple[int, int, str]]:
    cut = _glued_cue(text)
    if cut is not None:
        return [(start, start + cut, text[:cut]), (start + cut, start + len(text), text[cut:])]
    return [(start, start + len(text), text)]


def _first_name(word: str) -> bool:
    return any("Name" in p.tag and "nomn" in p.tag for p in morph_analyzer().parse(word) if names.from_dictionary(p))


def _surname_like(word: str) -> bool:
    """A surname in the nominative: read so, or an adjectival one (`Ильинский`)."""
    parses = morph_analyzer().parse(word)
    return any("Surn" in p.tag and "nomn" in p.tag for p in parses) \
        or (word.endswith(("ский", "цкий", "ская", "цкая")) and any("ADJF" in p.tag and "nomn" in p.tag for p in parses))


def _known(word: str) -> bool:
    return any(names.from_dictionary(p) for p in morph_analyzer().parse(word))
MAX_SENTENCE_TOKENS = 400
# Hyphens typeset as their own characters (`Telegram‑канал`, `кто‑то` with U+2011): the taggers
# and the dictionary see a plain one (the tokens keep the text as written).
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


MAX_SENTENCE_CHARS = 3000


def cut_long(start: int, text: str, limit: int = MAX_SENTENCE_CHARS):
    """(offset, piece) pieces of at most ``limit`` characters, cut at spaces where possible."""
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        yield start, text[:cut]
        start, text = start + cut, text[cut:]
    yield start, text


def split_sentences(doc: Document) -> List[Sentence]:
    """razdel sentences inside each non-blank line; offsets into the document text.
    Run-on "sentences" longer than MAX_SENTENCE_CHARS (tables, junk) are cut into pieces."""
    sentences = []
    for start, text in _lines(doc.text):
        for line_start, piece in cut_long(start, text, 20 * MAX_SENTENCE_CHARS):
            for part_start, part in rejoined(unglued(razdel.sentenize(piece)), piece):
                for start, text in cut_long(line_start + part_start, part):
                    stripped = text.strip()
                    if stripped:
                        start += text.index(stripped[0])
                        sentences.append(Sentence(doc.doc_id, len(sentences), start, start + len(stripped), stripped))
    return sentences


def _lines(text: str):
    """(offset, text) of each non-blank line; an agency's lead (`Москва. 3 октября. INTERFAX.RU -`)
    and a crawler's date header before the title (` date 2025-08-22 Песков заявил, ...`) are lines
    of their own, so the sentence after them starts after them."""
    for line in _LINE.finditer(text):
        start, rest = line.start(), line.group()
        header = HEADER_LINE.match(rest) if start == 0 else None
        if header:
            yield start, rest[:header.end()]
            start, rest = start + header.end(), rest[header.end():]
        lead = AGENCY_LEAD.match(rest)
        if lead:
            yield start, rest[:lead.end()]
            yield start + lead.end(), rest[lead.end():]
        elif rest.strip():
            yield start, rest


_SHORT_QUOTED = re.compile(r"[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]")   # a quoted name (`„Яндекс.Новости“`) ...
_DOTTED_WORD = re.compile(r"(?<![\w.])[А-ЯЁA-Z][\w-]*\.[А-ЯЁA-Z]$")   # ... of capitalised parts: no glued sentences


def unglued(parts) -> List[Tuple[int, str]]:
    """(offset, text) of razdel's sentences, each split again where sentences are glued."""
    out = []
    for part in parts:
        names = [m.span() for m in _SHORT_QUOTED.finditer(part.text) if len(m.group().split()) <= QUOTED_NAME_WORDS]
        ends = sorted([_cut_after(part.text, m.end()) for m in _GLUED_END.finditer(part.text)
                       if not (any(a < m.end() < b for a, b in names) and _DOTTED_WORD.search(part.text, 0, m.end() + 1))]
                      + [m.end() for m in _ABBREVIATED_END.finditer(part.text)] + [m.end() for m in _LETTER_END.finditer(part.text)]
                      + [m.end() for m in _SPACED_END.finditer(part.text)] + [m.start() for m in _GLUED_OPENER.finditer(part.text)]
                      + _glued_words(part.text))
        cuts = [0] + ends + [len(part.text)]
        out.extend((part.start + a, part.text[a:b]) for a, b in zip(cuts, cuts[1:]) if part.text[a:b].strip())
    return out


QUOTED_NAME_WORDS = 4   # `в Telegram-канале «Казань. Главное» рассказала`: a quoted name's period ends nothing
_NAME_GOES_ON = re.compile(r"»\s+[а-яёa-z]")   # the sentence goes on after the name


# A list's `и др.` (`и т.д.`, `и пр.`), closed by a bracket or not, ends no sentence before a
# name that closes it (`рассказал председатель АКОРТ (объединяет X5 Group, «Магнит» и др.) Игорь
# Караваев.`): razdel cuts there.
_LIST_END = re.compile(r"\b(?:др|пр|т\.\s?д|т\.\s?п)\.\)?$")
# A unit's abbreviation before a bracket that goes on in lower case or digits (`составил 71 млн
# грн. (56 млн грн. – по тендеру)`): razdel cuts there; the bracket opens no sentence.
_UNIT_END = re.compile(rf"\b(?:{UNIT_ABBREVIATIONS})\.$")
_BRACKET_GOES_ON = re.compile(r"\((?=[\da-zа-яё])")
_DEGREE_END = re.compile(rf",\s*(?:{ACADEMIC_DEGREE.pattern})$")   # a degree set off in a description, a name after it
_TWO_NAME_WORDS = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+")
_NAME_ONLY = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?){0,2}[.!]$")


# A short quoted name with periods inside that the sentence goes on after (`автор канала
# «Новосибирск. Рейтинги. Оценки. Прогнозы» Сергей Николаев`): no cut falls inside it.
_DOTTED_NAME = re.compile(r"«[^«»\n]{1,80}[.!?]\s[^«»\n]{1,80}»(?=\s+\w)")


def rejoined(parts: List[Tuple[int, str]], text: str) -> List[Tuple[int, str]]:
    """Sentences glued back where a cut fell inside a short quoted name (the part before
    leaves a `«` open with a word or two after it, the next closes it within a few words
    and the sentence goes on in lower case, or the name has QUOTED_NAME_WORDS words at most
    and a word follows it), after a list's `и др.` before a name, or after a unit's
    abbreviation before a bracket."""
    names = [m.span() for m in _DOTTED_NAME.finditer(text) if len(m.group().split()) <= QUOTED_NAME_WORDS]
    out: List[Tuple[int, str]] = []
    for start, part in parts:
        if out and any(a < start < b for a, b in names):
            out[-1] = (out[-1][0], text[out[-1][0]:start + len(part)])
            continue
        if out:
            prev_start, prev = out[-1]
            if (_LIST_END.search(prev) and _NAME_ONLY.fullmatch(part) and (len(part.split()) >= 2 or prev.endswith(")"))) \
                    or (_DEGREE_END.search(prev) and _TWO_NAME_WORDS.match(part)) \
                    or (_UNIT_END.search(prev) and _BRACKET_GOES_ON.match(part)):
                # (`сотрудник, д.м.н. Алла Овсянникова`, `71 млн грн. (56 млн ...)`)
                out[-1] = (prev_start, text[prev_start:start + len(part)])
                continue
            opened = prev.rfind("«")
            closes = part.find("»")
            if opened > prev.rfind("»") and 0 <= closes and _NAME_GOES_ON.match(part, closes) \
                    and len(prev[opened:].split()) + len(part[:closes].split()) <= QUOTED_NAME_WORDS:
                out[-1] = (prev_start, text[prev_start:start + len(part)])
                continue
        out.append((start, part))
    return out


def _cut_after(text: str, end: int) -> int:
    """A straight quote after the mark closes a quotation that is open (`готовы."Это`)."""
    return end + 1 if text[end:end + 1] == '"' and text.count('"', 0, end) % 2 else end


# Abbreviations razdel cuts into letters and periods (`и.о.` → `и . о .`), one token each, and
# the word the taggers read for them (`исполняющий обязанности` tags and parses as `врио`: the
# role before a name, `сообщил и.о. капитана порта Владимир Калашников`). A capital `О` makes
# initials (`И.О. Сидоров`: Игорь Олегович).
WHOLE_ABBREVIATIONS = re.compile(r"(?<![\w.])[иИ]\.\s?о\.")
TAGGER_WORDS = {"и.о.": "врио"}


def split_tokens(sentence: Sentence) -> List[Tuple[int, int, str]]:
    pieces = [piece for t in razdel.tokenize(cyrillic_spelling(sentence.text))
              for start, _, text in _symbol_apart(sentence.start + t.start, t.text) for piece in glued_cue_apart(start, text)]
    for m in reversed(list(WHOLE_ABBREVIATIONS.finditer(sentence.text))):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        inside = [k for k, (a, b, _) in enumerate(pieces) if start <= a and b <= end]
        if inside and pieces[inside[0]][0] == start and pieces[inside[-1]][1] == end:
            pieces[inside[0]:inside[-1] + 1] = [(start, end, m.group())]
    return pieces


_MIXED_WORD = re.compile(r"\w*[а-яё]\w*", re.I)


def cyrillic_spelling(text: str) -> str:
    """The text with Latin look-alike letters typed inside Cyrillic words read as the Cyrillic
    ones (`жена Алисa` with a Latin `a`: razdel cut `Алис` and `a` apart); as long as the text,
    so offsets hold. A word with any other Latin letter stays as written (`iPhone-ом`)."""
    def spelled(m):
        word = m.group()
        if not re.search("[a-z]", word, re.I):
            return word
        cyrillic = word.translate(LATIN_LOOKALIKES)
        return word if re.search("[a-z]", cyrillic, re.I) else cyrillic
    return _MIXED_WORD.sub(spelled, text)


def tagger_word(text: str) -> str:
    """The word the taggers read for a token (typeset hyphens plain; `И. о.` as `врио`)."""
    text = text.translate(HYPHENS)
    return TAGGER_WORDS.get(_abbreviation(text), text)


def _abbreviation(text: str) -> str:
    return text.lower().replace(" ", "")


def _symbol_apart(start: int, text: str) -> List[Tuple[int, int, str]]:
    """A symbol glued to the word after it is a token of its own (`➞Эксперт`: a teaser's arrow
    run into the next sentence; razdel keeps them as one)."""
    k = 0
    while k < len(text) - 1 and unicodedata.category(text[k]) in ("So", "Sm") and text[k] not in "+<=>|~^":
        k += 1
    if 0 < k < len(text) and text[k].isalpha():
        return [(start, start + k, text[:k]), (start + k, start + len(text), text[k:])]
    return [(start, start + len(text), text)]


def _chunks(words: List[str]) -> List[List[str]]:
    """Over-long token runs (tables, junk) are tagged in pieces so memory stays bounded."""
    return [words[i:i + MAX_SENTENCE_TOKENS] for i in range(0, len(words), MAX_SENTENCE_TOKENS)] or [[]]


def _tag(models, word_lists: List[List[str]]):
    """Morphology and syntax for each word list: [(pos, feats, head, rel), ...] per list
    (feats as `Case=Nom|Number=Sing`)."""
    pieces, owners = [], []
    for index, words in enumerate(word_lists):
        for chunk in _chunks(words):
            pieces.append(chunk)
            owners.append(index)
    tagged = [[] for _ in word_lists]
    for owner, morph, syntax in zip(owners, models.morphology(pieces), models.syntax(pieces), strict=True):
        offset = len(tagged[owner])
        for (pos, feats), (head, rel) in zip(morph, syntax):
            tagged[owner].append((pos, feats, head + offset if head >= 0 else -1, rel))
    return tagged


def best_form(forms, pos: str, feats: Dict[str, str]):
    """natasha's choice of parse: the one with the tagger's POS and features, else the
    most similar (natasha.morph.lemma.best_form)."""
    from natasha.morph.lemma import best_form as natasha_best_form
    return natasha_best_form(forms, pos, feats)


def make_lemmatizer(morph_forms, parses=None):
    """natasha's lemma for (word, UD pos, feats) over ``morph_forms(word)`` (the process's
    pymorphy3 parses in UD terms), put in UD's conventions by ``lemmas.ud_lemma`` (which
    sees the pymorphy3 parse behind the chosen form, from ``parses(word)``, the same list);
    cached on the lower-cased word natasha looks up (`Москва` and `москва` are one entry)."""
    parses = parses or (lambda word: morph_analyzer().parse(word))

    @functools.lru_cache(maxsize=200_000)
    def cached(word: str, pos: str, feats: str, rel: str) -> str:
        parsed = dict(item.split("=", 1) for item in feats.split("|") if item)
        forms = morph_forms(word)
        form = best_form(forms, pos, parsed)
        normal = form.normal.lower().replace("ё", "е") if form else word
        try:
            if form is None:
                return lemmas.ud_lemma(word, pos, parsed, word, rel=rel)
            parse = parses(word)[forms.index(form)] if len(parses(word)) == len(forms) else None
            return lemmas.ud_lemma(word, pos, parsed, normal, parse, rel)
        except (KeyError, ValueError, IndexError):   # a convention rule meeting a tag it does not know:
            return normal                            # natasha's lemma; one word never sinks a batch

    def lemmatize(word: str, pos: str, feats: str, rel: str = "") -> str:
        # the relation matters to pronouns (possessive `его`) and to a subject the tagger put in the
        # genitive: other words share a cache entry
        word = word.lower().replace("ё", "е").translate(HYPHENS)
        if pos == "NOUN" and rel.startswith("nsubj") and "Case=Gen" in feats:
            return _subject_lemma(word, parses) or cached(word, pos, feats, "")
        return cached(word, pos, feats, rel if pos in ("PRON", "DET") else "")
    return lemmatize


def _subject_lemma(word: str, parses) -> Optional[str]:
    """`Аналитик[Gen] ИФК «Метрополь» Игорь Бабин считает`: a subject the tagger read as a genitive
    plural of another noun (`аналитика`, `политика`, `физика`) whose form is also an animate
    noun's nominative is that noun (`аналитик`); a real genitive subject (`Людей пришло`) has no
    such reading."""
    nominative = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
                  and p.tag.animacy == "anim"]
    return nominative[0].normal_form.replace("ё", "е") if nominative else None


def analyze(documents: Sequence[Document], models, lemmatize) -> List[Tuple[list, list]]:
    """(sentences, tokens) for each document, tagging all sentences of the batch together."""
    per_doc = [split_sentences(doc) for doc in documents]
    spans = [[split_tokens(s) for s in sents] for sents in per_doc]
    flat = [[tagger_word(t[2]) for t in sent] for doc_spans in spans for sent in doc_spans]
    tags = iter(_tag(models, flat))
    results = []
    for doc, sents, doc_spans in zip(documents, per_doc, spans):
        tokens: List[Token] = []
        for sent, sent_spans in zip(sents, doc_spans):
            first = len(tokens)
            for (start, end, text), (pos, feats, head, rel) in zip(sent_spans, next(tags)):
                abbreviation = _abbreviation(text)   # (`и.о.` is its own lemma)
                lemma = abbreviation if abbreviation in TAGGER_WORDS else lemmatize(text, pos, feats, rel)
                tokens.append(Token(doc.doc_id, sent.sentence_id, len(tokens), start, end, text, lemma, pos, feats,
                                    head + first if head >= 0 else -1, rel))
        results.append((sents, tokens))
    return results
