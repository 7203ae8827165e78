"""Case endings of personal names the dictionary does not know, as data for
``pipeline.stages.name_forms``: (oblique ending, nominative ending) by gender and UD case.
An ending not listed for the case leaves the word as written: a name that does not change
in that case is an indeclinable one (`Санду` as a genitive, `Хаменеи`, `Маргрете`)."""

# Russian-type surnames (-ов, -ев, -ин, -ын) decline like adjectives, whatever the
# dictionary says of the word as a common noun (`Лапиной` is no form of a plant `лапина`).
SURNAME_ENDINGS = {
    ("masc", "Gen"): (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    ("masc", "Acc"): (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    ("masc", "Dat"): (("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын")),
    ("masc", "Ins"): (("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын")),
    ("masc", "Loc"): (("ове", "ов"), ("еве", "ев"), ("ёве", "ёв"), ("ине", "ин"), ("ыне", "ын")),
    ("femn", "Gen"): (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына")),
    ("femn", "Dat"): (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына")),
    ("femn", "Ins"): (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына")),
    ("femn", "Loc"): (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына")),
    ("femn", "Acc"): (("ову", "ова"), ("еву", "ева"), ("ёву", "ёва"), ("ину", "ина"), ("ыну", "ына")),
}

# Names in -а/-я of either gender the dictionary does not know (`Джасиндой` → `Джасинда`,
# `Соланы` → `Солана`, `Маэхарой` → `Маэхара`). A dative or locative in -е is left alone for
# a man: it is as often an indeclinable name (`Моне`, `Мирзазаде`).
FIRST_DECLENSION = {
    "Gen": (("ии", "ия"), ("ьи", "ья"), ("ки", "ка"), ("ги", "га"), ("хи", "ха"), ("жи", "жа"), ("ши", "ша"),
            ("чи", "ча"), ("щи", "ща"), ("ы", "а")),
    "Dat": (("ии", "ия"),),
    "Loc": (("ии", "ия"),),
    "Acc": (("ию", "ия"), ("ью", "ья"), ("у", "а")),
    "Ins": (("ией", "ия"), ("ьей", "ья"), ("жей", "жа"), ("шей", "ша"), ("чей", "ча"), ("щей", "ща"),
            ("цей", "ца"), ("ой", "а")),
}
FEMININE_ONLY = {"Dat": (("е", "а"),), "Loc": (("е", "а"),)}

# A guessed nominative may not add a vowel the oblique form lacks (`Шольца` is no `Шолец`).
FLEETING_VOWEL = "еоё"

# Vowel endings of names that never decline (`Хаменеи`, `Сато`, `Абэ`).
INDECLINABLE_ENDINGS = ("еи", "аи", "ои", "уи", "эи", "о", "э")
