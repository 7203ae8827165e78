"""Normal forms from the article's own evidence (pipeline.stages.name_evidence)."""
import pytest

from pipeline.records import Mention, Token
from pipeline.stages.name_evidence import from_evidence, same_word, with_article_evidence


@pytest.mark.parametrize("nominative, oblique, expected", [
    ("Смит", "Смитом", True), ("Лейла", "Лейлы", True), ("Бурла", "Бурла", True), ("Топалов", "Топалова", True),
    ("Смит", "Смирнов", False), ("Ли", "Линь", False), ("Раймон", "Раймонда", False),
    # a name in -а declines -ой: `Шремсом` is no form of `Шремса` (a genitive the tagger read as a nominative)
    ("Шремса", "Шремсом", False), ("Бурла", "Бурлой", True), ("Мария", "Марией", True),
    # an adjectival surname declines as an adjective
    ("Швыдкой", "Швыдкого", True), ("Швыдкой", "Швыдким", True), ("Крутая", "Крутой", True), ("Крутая", "Крутую", True),
    ("Крутая", "Крутого", False), ("Швыдкой", "Швыдкую", False),
])
def test_same_word(nominative, oblique, expected):
    assert same_word(nominative, oblique) is expected


def mention(start, text, normal):
    return Mention("d", start, start, start + len(text), text, "PER", normal)


def test_an_oblique_mention_takes_the_nominative_the_article_gives():
    nominatives = [({0}, ["Альберт", "Бурла"])]
    assert from_evidence(mention(50, "Альберта Бурла", "Альберт Бурл"), nominatives) == "Альберт Бурла"
    assert from_evidence(mention(50, "Бурлой", "Бурлой"), nominatives) == "Бурла"


def test_the_nominative_of_the_whole_name_beats_a_lone_surname():
    nominatives = [({0}, ["Евгений", "Жарков"]), ({90}, ["Жарков"])]
    assert from_evidence(mention(50, "Евгения Жаркова", "Евгения Жарков"), nominatives) == "Евгений Жарков"


def test_a_mention_whose_own_form_the_article_confirms_is_left_alone():
    nominatives = [({0}, ["Анна", "Иванова"]), ({30}, ["Иван", "Иванов"])]
    assert from_evidence(mention(60, "Ивановой", "Иванова"), nominatives) is None
    assert from_evidence(mention(90, "Марии", "Мария"), nominatives) is None


def test_of_two_nominative_readings_the_base_form_wins():
    text = "Веселина Топалова (Болгария). Веселин Топалов (Болгария)."
    words = [(0, "Веселина"), (9, "Топалова"), (30, "Веселин"), (38, "Топалов")]
    tokens = [Token("d", 0, i, s, s + len(w), w, w.lower(), "PROPN", "Case=Nom", -1, "") for i, (s, w) in enumerate(words)]
    mentions = [mention(0, "Веселина Топалова", "Веселина Топалова"), mention(30, "Веселин Топалов", "Веселин Топалов")]
    assert [m.normal for m in with_article_evidence(mentions, tokens)] == ["Веселин Топалов", "Веселин Топалов"]


def tokens_of(text, feats=None, lemmas=None):
    """Tokens of the words and periods of ``text``, with the features and lemmas given per word."""
    import re
    out = []
    for i, m in enumerate(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\.", text)):
        word = m.group()
        out.append(Token("d", 0, i, m.start(), m.end(), word, (lemmas or {}).get(word, word.lower()),
                         "PUNCT" if word == "." else "PROPN", (feats or {}).get(word, "Case=Nom|Gender=Masc"), -1, ""))
    return out


def test_a_particle_without_case_belongs_to_a_nominative_name():
    text = "Фридрих фон Болен сказал. Беседа с фон Боленом."
    tokens = tokens_of(text, {"фон": "", "Боленом": "Case=Ins|Gender=Masc"})
    mentions = [mention(0, "Фридрих фон Болен", "Фридрих фон Болен"), mention(38, "фон Боленом", "фон Боленом")]
    assert [m.normal for m in with_article_evidence(mentions, tokens)][1] == "фон Болен"


@pytest.mark.parametrize("text, start, name, expected", [
    ("центр им. М. Айкимбаева", 10, "М. Айкимбаева", "М. Айкимбаев"),
    ("НИИ имени А. А.Смородинцева", 10, "А. А.Смородинцева", "А. А.Смородинцев"),
    ("бацилла Кальмета-Герена", 8, "Кальмета-Герена", "Кальмет-Герен"),
    ("бацилла Кальмета-Герена", 8, "Кальмета", "Кальмет"),      # a part of a hyphenated token
    ("бацилла Кальмета-Герена", 17, "Герена", "Герен"),
    ("премия Нобеля", 7, "Нобеля", "Нобель"),
    # after other words the tagger's reading stands
    ("директор Ольга Айкимбаева", 9, "Ольга Айкимбаева", "Ольга Айкимбаева"),
])
def test_a_name_things_are_named_after_is_a_genitive(text, start, name, expected):
    lemmas = {"премия": "премия", "бацилла": "бацилла", "директор": "директор"}
    m = mention(start, name, name)
    assert with_article_evidence([m], tokens_of(text, lemmas=lemmas))[0].normal == expected


def test_the_word_before_a_name_is_in_its_sentence():
    from pipeline.stages.name_evidence import word_before

    def tok(i, start, text, sentence):
        return Token("d", sentence, i, start, start + len(text), text, text.lower(), "NOUN", "", -1, "")
    tokens = [tok(0, 0, "принципах", 0), tok(1, 9, ".", 0), tok(2, 11, "Мэри", 1), tok(3, 16, "им", 1),
              tok(4, 18, ".", 1), tok(5, 20, "Чумакова", 1)]
    assert word_before(tokens, 11) is None                 # `... в принципах. Мэри Рамзи`
    assert word_before(tokens, 20).text == "им"            # `им. Чумакова`: the abbreviation's period


def _apposition_tokens(head_feats, name_rel="appos"):
    """`представителя ведомства Бурака Йылмаза`: the name in apposition to the role noun."""
    words = [("представителя", "NOUN", head_feats, -1, "nmod"), ("ведомства", "NOUN", "Case=Gen", 0, "nmod"),
             ("Бурака", "PROPN", "Case=Nom|Gender=Masc", 0, name_rel), ("Йылмаза", "PROPN", "Case=Nom|Gender=Masc", 2, "flat:name")]
    tokens, start = [], 0
    for i, (w, pos, feats, head, rel) in enumerate(words):
        tokens.append(Token("d", 0, i, start, start + len(w), w, w.lower(), pos, feats, head, rel))
        start += len(w) + 1
    return tokens


@pytest.mark.parametrize("head_feats, rel, expected", [
    ("Animacy=Anim|Case=Gen|Gender=Masc", "appos", "Бурак Йылмаз"),     # the role noun's genitive
    ("Animacy=Anim|Case=Nom|Gender=Masc", "appos", "Бурака Йылмаза"),   # a nominative role: the tagger's reading stands
    ("Animacy=Inan|Case=Gen|Gender=Masc", "appos", "Бурака Йылмаза"),   # no person's noun
    ("Animacy=Anim|Case=Gen|Gender=Masc", "nsubj", "Бурака Йылмаза"),   # no apposition
])
def test_a_name_in_apposition_takes_the_case_of_its_noun(head_feats, rel, expected):
    tokens = _apposition_tokens(head_feats, rel)
    m = mention(tokens[2].start, "Бурака Йылмаза", "Бурака Йылмаза")
    assert with_article_evidence([m], tokens)[0].normal == expected


def test_a_name_after_a_chain_of_nouns_may_belong_to_the_nominative_above():
    """`заместитель руководителя исполкома Алия Сабирова`: the parse hangs the name on the
    genitive, but the nominative person noun above it may be what it names."""
    words = [("заместитель", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc", -1, "nsubj"),
             ("руководителя", "NOUN", "Animacy=Anim|Case=Gen|Gender=Masc", 0, "nmod"),
             ("Алия", "PROPN", "Case=Nom|Gender=Fem", 1, "appos"), ("Сабирова", "PROPN", "Case=Nom|Gender=Fem", 2, "flat:name")]
    tokens, start = [], 0
    for i, (w, pos, feats, head, rel) in enumerate(words):
        tokens.append(Token("d", 0, i, start, start + len(w), w, w.lower(), pos, feats, head, rel))
        start += len(w) + 1
    m = mention(tokens[2].start, "Алия Сабирова", "Алия Сабирова")
    assert with_article_evidence([m], tokens)[0].normal == "Алия Сабирова"


def test_a_name_a_feminine_verb_has_for_subject_stays_a_womans():
    """`Авива Кац считает ... — сказала Кац`: the dictionary knows `Авива` only as a man's
    `Авив` in the genitive; the verb says the person is a woman, so the name stays as written."""
    words = [("Авива", "PROPN", "Case=Nom|Gender=Fem", 2, "nsubj"), ("Кац", "PROPN", "Case=Nom|Gender=Fem", 0, "flat:name"),
             ("считает", "VERB", "Tense=Pres", -1, "root"), ("сказала", "VERB", "Gender=Fem|Tense=Past", -1, "root"),
             ("Кац", "PROPN", "Case=Nom|Gender=Fem", 3, "nsubj")]
    tokens, start = [], 0
    for i, (w, pos, feats, head, rel) in enumerate(words):
        tokens.append(Token("d", 0, i, start, start + len(w), w, w.lower(), pos, feats, head, rel))
        start += len(w) + 1
    first, second = mention(0, "Авива Кац", "Авив Кац"), mention(tokens[4].start, "Кац", "Кац")
    assert with_article_evidence([first, second], tokens)[0].normal == "Авива Кац"
    masculine = [t._replace(feats="Gender=Masc|Tense=Past") if t.text == "сказала" else t for t in tokens]
    assert with_article_evidence([first, second], masculine)[0].normal == "Авив Кац"


@pytest.mark.parametrize("words, latin, expected", [
    ([("Ричарда", "Gen", "Masc"), ("Коллинза", "Gen", "Masc")], ["Richard", "Collins"], ["Ричард", "Коллинз"]),
    ([("Джону", "Dat", "Masc"), ("Смиту", "Dat", "Masc")], ["John", "Smith"], ["Джон", "Смит"]),
    ([("Мишеля", "Gen", "Masc")], ["Michel"], ["Мишель"]),
    # a silent final consonant, a vowel ending, a woman's undeclined surname: as they are
    ([("Александра", "Gen", "Masc"), ("Дюма", "Gen", "Masc")], ["Alexandre", "Dumas"], ["Александра", "Дюма"]),
    ([("Оливье", "Gen", "Masc")], ["Olivier"], ["Оливье"]),
    ([("Ребекке", "Dat", "Fem"), ("Доусон", "Dat", "Fem")], ["Rebecca", "Dawson"], ["Ребекке", "Доусон"]),
])
def test_a_latin_final_consonant_shows_a_case_ending(words, latin, expected):
    from pipeline.stages.name_evidence import consonant_endings_declined
    assert [w for w, _, _ in consonant_endings_declined(words, latin)] == expected


def test_a_verb_whose_clause_opens_after_the_name_gives_it_no_gender():
    """The parse may hang a name before `что` on the verb inside the что-clause (`Мещерякова[Gen Masc]
    права в том, что интерес вырос`): that verb says nothing of the name's gender."""
    from pipeline.stages.name_gender import verb_gender

    def token(i, text, pos, feats, rel, head):
        return Token("d", 0, i, i, i + 1, text, text.lower(), pos, feats, head, rel)
    tokens = [token(0, "Мещерякова", "PROPN", "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", "nsubj", 5),
              token(1, "права", "NOUN", "Case=Nom|Number=Plur", "nsubj", 5),
              token(2, ",", "PUNCT", "", "punct", 5),
              token(3, "что", "SCONJ", "", "mark", 5),
              token(4, "интерес", "NOUN", "Case=Nom|Gender=Masc|Number=Sing", "nsubj", 5),
              token(5, "вырос", "VERB", "Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin", "root", -1)]
    assert verb_gender(tokens, tokens[:1]) is None
    tokens[3] = token(3, "и", "CCONJ", "", "cc", 5)
    assert verb_gender(tokens, tokens[:1]) == "masc"
