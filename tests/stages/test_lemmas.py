"""UD lemma conventions over pymorphy3's normal forms (pipeline.stages.lemmas via make_lemmatizer)."""
import pytest

from pipeline.models import import_natasha, morph_forms
from pipeline.stages.tokens import make_lemmatizer

import_natasha()   # morph_forms maps tags with natasha's tables
LEMMATIZE = make_lemmatizer(morph_forms)


@pytest.mark.parametrize("word, pos, feats, rel, expected", [
    # pronouns as UD names them
    ("того", "PRON", "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", "obl", "то"),
    ("всего", "PRON", "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", "obl", "все"),
    ("это", "DET", "Case=Nom|Gender=Neut|Number=Sing", "det", "этот"),
    ("его", "PRON", "Case=Gen|Gender=Masc|Number=Sing|Person=3", "det", "его"),      # possessive
    ("его", "PRON", "Case=Acc|Gender=Masc|Number=Sing|Person=3", "obj", "он"),        # personal
    # prepositions keep their vowel
    ("Во", "ADP", "", "case", "во"), ("со", "ADP", "", "case", "со"), ("в", "ADP", "", "case", "в"),
    # comparatives and superlatives
    ("чаще", "ADV", "Degree=Cmp", "advmod", "часто"),
    ("раньше", "ADV", "Degree=Cmp", "advmod", "рано"),
    ("лучше", "ADJ", "Degree=Cmp", "amod", "хороший"),
    ("больше", "NUM", "Degree=Cmp", "nummod", "много"),
    ("крупнейшим", "ADJ", "Case=Ins|Degree=Sup|Gender=Masc|Number=Sing", "amod", "крупнейший"),
    # participles read as adjectives or nouns; a verb's participle keeps its verb
    ("расположены", "ADJ", "Degree=Pos|Number=Plur|Variant=Short", "root", "расположенный"),
    ("подозреваемого", "NOUN", "Animacy=Anim|Case=Acc|Gender=Masc|Number=Sing", "obj", "подозреваемый"),
    ("опубликованный", "VERB", "Aspect=Perf|Case=Acc|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass",
     "acl", "опубликовать"),
    # substantivised adjectives, pluralia, homonyms, short forms
    ("следующее", "NOUN", "Animacy=Inan|Case=Acc|Gender=Neut|Number=Sing", "obj", "следующее"),
    ("выборов", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur", "nmod", "выборы"),
    ("большие", "ADJ", "Case=Nom|Degree=Pos|Number=Plur", "amod", "большой"),
    ("самом", "ADJ", "Case=Loc|Degree=Pos|Gender=Neut|Number=Sing", "amod", "самый"),
    ("сама", "ADJ", "Case=Nom|Degree=Pos|Gender=Fem|Number=Sing", "amod", "сам"),
    ("должны", "ADJ", "Degree=Pos|Number=Plur|Variant=Short", "root", "должен"),
    # a subject the tagger read as another noun's genitive plural is the animate noun; a real genitive subject stays
    ("Аналитик", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur", "nsubj", "аналитик"),
    ("Аналитик", "NOUN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Plur", "nmod", "аналитика"),
    ("Людей", "NOUN", "Animacy=Anim|Case=Gen|Gender=Masc|Number=Plur", "nsubj", "человек"),
    # proper names: a dictionary name, else the word as written in the nominative
    ("Москвы", "PROPN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing", "nmod", "москва"),
    ("Сигал", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", "сигал"),
    ("Мисима", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", "мисима"),
    ("Досса", "PROPN", "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", "nmod", "досс"),
    # ordinary words are untouched
    ("сказал", "VERB", "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", "root", "сказать"),
    ("домах", "NOUN", "Animacy=Inan|Case=Loc|Gender=Masc|Number=Plur", "obl", "дом"),
])
def test_lemma_follows_ud_conventions(word, pos, feats, rel, expected):
    assert LEMMATIZE(word, pos, feats, rel) == expected


def test_lemma_without_relation_still_works():
    assert LEMMATIZE("домах", "NOUN", "Case=Loc|Number=Plur") == "дом"
