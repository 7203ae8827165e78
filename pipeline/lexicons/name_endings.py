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
    "Dat": (("ии", "ия"), ("йе", "йя")),
    "Loc": (("ии", "ия"), ("йе", "йя")),
    "Acc": (("ию", "ия"), ("ью", "ья"), ("у", "а")),
    "Ins": (("ией", "ия"), ("ьей", "ья"), ("жей", "жа"), ("шей", "ша"), ("чей", "ча"), ("щей", "ща"),
            ("цей", "ца"), ("ой", "а")),
}
FEMININE_ONLY = {"Dat": (("е", "а"),), "Loc": (("е", "а"),),
                 "Ins": (("ью", "ь"),)}   # a woman's name in -ь: `Гузелью Яхиной` → `Гузель`

# A guessed nominative may not add a vowel the oblique form lacks (`Шольца` is no `Шолец`).
FLEETING_VOWEL = "еоё"

# Endings of names that never decline: vowels no Russian case form has (`Хаменеи`, `Сато`,
# `Абэ`) and Romanian surnames (`Попеску`, `Чаушеску`: no dative of a `Попесок`).
INDECLINABLE_ENDINGS = ("еи", "аи", "ои", "уи", "эи", "о", "э", "еску", "эску")

# Case endings no nominative singular of a name has, and the case they show where the
# tagger reads the word as a nominative (or, for -ы, an accusative) and no parse of the word
# is one: `Джасиндой` (Ins), `Маехары`, `Соланы` (Gen). A dictionary entry that keeps such a
# word unchanged in every case (`Соланы`, Fixd) is no reading of it.
NEVER_NOMINATIVE = (("ы", ("Nom", "Acc"), "Gen"), ("ой", ("Nom",), "Ins"), ("ом", ("Nom",), "Ins"))
# A surname in -у read as a genitive is an accusative (the tagger mixes the two for animate
# nouns: `наблюдателя — Хосе Луиса Каррансу`): no genitive of a surname ends so (a first name
# may be an indeclinable one: `Чинеду`).
NEVER_NOMINATIVE_SURNAME = (("у", ("Gen",), "Acc"),)
NEVER_FIXED = ("ы",)

# A man's adjectival surname in -ой read as a nominative is one, though the dictionary reads
# it only as a woman's oblique form of -ский/-ый (`Игорь Ланской`, `Трубецкой`, `Николай
# Бережной`, `Лановой`); a man's oblique forms end in -ого, -ому, -ым, -ом.
MASCULINE_NOMINATIVE_ENDINGS = ("ой",)
# A surname in -ич declines only for a man (`Николы Йовича`, `Драгану Марковичу`; a woman's
# `Марии Маркович` keeps it): a declined form says the person is a man.
MASCULINE_OBLIQUE_ENDINGS = ("ича", "ичу", "ичем")
# A surname in -ова, -ева, -ина in an oblique case ends -овой, -евой, -иной for a woman only (a
# man's `Луговой` is a nominative): `концертов Наргиз Закировой`, whatever the first name reads as.
FEMININE_OBLIQUE_ENDINGS = ("овой", "евой", "ёвой", "иной", "ыной")
# ... and an adjectival surname's accusative (`Евгению Крутую`; a man's is -ого), where the
# dictionary reads the word as an adjective (not a man's foreign `Кую`).
FEMININE_ADJECTIVAL_ACCUSATIVE = ("ую", "юю")
# An instrumental in -ом, -ем after a consonant is a man's (a woman's ends -ой, -ей, -ью, or her
# surname does not decline): `Ким Чен Ыном`, `Эриком Шмиттом`.
MASCULINE_INSTRUMENTAL_ENDINGS = ("ом", "ем")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# A woman's first name of the first declension in an oblique case, before a surname in a
# consonant the writer left undeclined (a man's would decline: `Ясну Петковича`), and its
# nominative ending: `Ясну Петкович` → `Ясна`, `Прии Наир` → `Прия`, `Весной Маркович` →
# `Весна`. The endings that a nominative or a man's dative has too (-у, -ю, -ы: `Мамаду`,
# `Раджу`) count only where the tagger reads the first name as a woman's in an oblique case
# (a man's -ий name the dictionary knows: `Дмитрию`); -е is left out (`Рене Декарт`).
WOMANS_OBLIQUE_FIRST_NAME_ENDINGS = (("ией", "ия", False), ("ии", "ия", False), ("ию", "ия", False),
                                     ("ой", "а", False), ("у", "а", True), ("ю", "я", True), ("ы", "а", True))
# Surnames in a consonant that say nothing of a woman: a man's instrumental (`Николой
# Йовановичем`) and Russian surnames that never decline (`Станиславу Долгих`).
UNDECLINED_OR_DECLINED_CONSONANT_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ых", "их")

# Japanese names as Russian writes them are syllables of an optional consonant and a vowel,
# with a closing н or й (`Сейдзи`, `Ёсихидэ`, `Маэхара`); a final -э is written for the
# Japanese e, so a Japanese name's -е in the dative or locative is a case ending of -а
# (`Маэхаре` → `Маэхара`, `Суге` → `Суга`). Italian names may have that shape too (`Марио
# Конте`): a name is Japanese only where one of its words has a sound of the Japanese
# transcription (дз, ё, си, цу, э after a consonant).
JAPANESE_SYLLABLES = r"^(?:(?:дз|дж|[кгсзтдцнхфбпмрвшчж])?[аиуэоеяюё]|[нй])+$"
JAPANESE_MARKS = r"дз|ё|си|цу|[бгдзкмнпрстфхцч]э"
# A Japanese name the dictionary does not know, in an oblique case, declines like a noun in
# -а (`Ямады`, `Ямаде`, `Ямаду`, `Ямадой` → `Ямада`): the ending that case shows.
JAPANESE_OBLIQUE = {"Gen": "ы", "Dat": "е", "Loc": "е", "Acc": "у", "Ins": "ой"}

# A guessed nominative that is a feminine noun in -ь is no foreign name (`Мелони` is no
# `Мелонь`); the dictionary's own (`Любовь`, `Адель`) are kept.
GUESS_REFUSED_FEMININE = ("ь",)

# A woman's form of a Russian surname: beside a man's first name it is his genitive or
# accusative (`главы ведомства Александр Кондалова`, the site's slip), never a nominative.
FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")

# A man's form of a Russian surname: with a woman's first name (`Людмила Романов`) a typo of
# her surname in -а.
MANS_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")

# A man's name with a soft stem: its dative -ю and instrumental -ем after a consonant (not a
# hissing one or ц, after which -ем is the hard ending) → -ь: `Нгуен Ван Тханем` → `Тхань`.
SOFT_STEM_ENDINGS = {"Dat": "ю", "Ins": "ем"}
HARD_BEFORE_EM = "жшчщцй"
# An adjectival surname's nominative ending → the endings of its oblique forms (`Швыдкой` ~
# `Швыдкого`, `Швыдким`; `Крутая` ~ `Крутой`, `Крутую`).
ADJECTIVAL_ENDINGS = {("ой", "ый", "ий"): frozenset("ого его ому ему ым им ом ем".split()),
                      ("ая", "яя"): frozenset("ой ей ую юю".split())}
# Endings a lone surname left as written can only have in an oblique case of a man's surname
# (not `-а`, `-ой`: a woman's nominative and oblique forms).
LONE_OBLIQUE_ENDINGS = ("у", "ю", "ом", "ем", "ым", "им", "е")


# Kazakh, Kyrgyz, Azerbaijani and Uzbek surnames made of a father's name and the word for
# "son" or "daughter" written together (`Гулбану Усенкызы`, `Нурлан Абдуллаулы`, `Рашад
# Алиоглу`): they never decline (written apart, ``PATRONYMIC_PARTICLES`` keeps them).
GLUED_PATRONYMIC_ENDINGS = ("кызы", "гызы", "қызы", "улы", "ұлы", "оглы", "оглу", "уулу", "угли", "кизи")
GLUED_PATRONYMIC_MIN_CHARS = 6   # (a short `Акулы` is no such surname)
# A son's `-улы` is a genitive of any `-ула` surname too (`Андрея Кривулы`, `Сергея Бабулы`):
# only after a whole first name (`Абдулла|улы`, `Нурлан|улы`), this long at least (`Оспанулы`,
# not `Кривулы`).
SON_ULY_ENDINGS = ("улы", "ұлы")
SON_ULY_MIN_CHARS = 8
DAUGHTER_ENDINGS = ("кызы", "гызы", "қызы", "кизи")   # ... a daughter's: a woman's name (the rest are a son's)
# Tajik and Azerbaijani surnames of a name and `зода` / `заде` ("born of"), a man's or a woman's:
# they never decline (`Шерзоду Назарзода` is a dative of `Шерзод Назарзода`, no `Назарзод`); four
# letters of a name at least before it (`Бехзода`, `Шахзода` are genitives of first names in -зод).
BORN_OF_ENDINGS = ("зода", "заде")
BORN_OF_MIN_CHARS = 8

# A man's name in a consonant takes these endings in the instrumental (`Хёном`, `Кожемякиным` is
# an adjective's): where the tagger gave a name's words mixed cases, the last word ending so after
# a consonant is in the first word's instrumental. Not the other cases: a name's `-а`, `-у`, `-е`
# are as often a nominative or a first-declension form (`Николаса Мадуро Герра`, `о Дмитрии
# Кулебе`).
CONSONANT_STEM_ENDINGS = {"Ins": ("ом", "ем")}

# A masculine singular adjective's oblique endings and their cases (`18-летнего` is a genitive,
# whatever the tagger read): the case of a man's name it stands before.
MASCULINE_ADJECTIVE_CASES = (("ого", "Gen"), ("его", "Gen"), ("ому", "Dat"), ("ему", "Dat"), ("ым", "Ins"), ("им", "Ins"))
