"""Lemma conventions of Universal Dependencies Russian where pymorphy3's normal forms differ
(data for ``pipeline.stages.lemmas``). Keys use the tagger's UD part of speech."""

# (tagger POS, lower-cased word) → lemma: forms UD lemmatizes as themselves or suppletively.
FORM_LEMMAS = {
    **{("ADP", w): w for w in "во со об обо ко изо ото передо надо подо предо".split()},
    ("NUM", "больше"): "много", ("NUM", "меньше"): "мало",
    ("ADV", "больше"): "больше", ("ADV", "меньше"): "меньше", ("ADV", "более"): "более",
    ("ADV", "менее"): "менее",
}

# (tagger POS, pymorphy lemma) → UD lemma: pronouns as UD names them (`того` PRON → `то`,
# `все` PRON → `все`, `это` DET → `этот`).
POS_LEMMAS = {("PRON", "тот"): "то", ("PRON", "весь"): "все", ("DET", "это"): "этот"}

# (tagger POS, pymorphy lemma) → the entry UD chooses where the dictionary has both for the
# word (`самом` is `самый`, `сама` only `сам`; `большие` is `большой`, not `больший`).
HOMONYMS = {("ADJ", "сам"): "самый", ("ADJ", "больший"): "большой", ("ADJ", "основный"): "основной",
            ("NOUN", "основный"): "основной"}

# Personal pronouns that are possessives when they determine a noun (`его книга`).
POSSESSIVES = frozenset("его ее их".split())

# Short adjectives whose lemma is the short form itself (`должны` → `должен`).
SHORT_LEMMAS = {"должный": "должен", "намеренный": "намерен"}

# Comparatives whose positive adverb the dictionary cannot build (`раньше` → `рано`).
COMPARATIVE_ADVERBS = {"ранний": "рано", "поздний": "поздно", "больший": "много", "маленький": "мало"}

# Nouns UD lemmatizes in the plural where pymorphy3 gives a singular (`выборы`, `деньги`).
PLURAL_LEMMAS = frozenset("выборы деньги отходы руины сутки переговоры".split())

# Dictionary tags of proper names: a PROPN's parse with one of them is trusted.
PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
