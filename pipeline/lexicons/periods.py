"""Words of periods as data: numbers in words, time units, decades and centuries in words,
parts of periods, frequencies. The date rules (`lexicons/dates.py`) are built from them."""

# numbers in words, every case news uses; None: an unknown number ("несколько лет" → PXY)
_NUMBER_FORMS = {
    1: "один одного одну одной", 1.5: "полтора полторы полутора", 2: "два две двух двум двумя пара пары пару двое",
    3: "три трех трёх трем трём тремя трое троих", 4: "четыре четырех четырёх четырем четырьмя четверо",
    5: "пять пяти пятью", 6: "шесть шести", 7: "семь семи", 8: "восемь восьми", 9: "девять девяти",
    10: "десять десяти", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
    13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати",
    40: "сорок сорока", 50: "пятьдесят пятидесяти", 100: "сто ста",
    None: "несколько нескольких многие многих много ряд считанные считанных",
}
NUMBER_WORDS = {form: n for n, forms in _NUMBER_FORMS.items() for form in forms.split()}
NUMBER_PATTERN = r"\d+(?:[.,]\d)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# days of the month as ordinal words (`со второго декабря`, `к тридцать первому мая`), every case a date takes
_ORDINAL_STEMS = {1: "перв", 2: "втор", 3: "треть", 4: "четверт четвёрт", 5: "пят", 6: "шест", 7: "седьм",
                  8: "восьм", 9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат",
                  14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат",
                  19: "девятнадцат", 20: "двадцат", 30: "тридцат"}
_ORDINAL_ENDINGS = {"перв": "ого ое ому", "треть": "его е ему"}


def _ordinal_forms():
    forms = {}
    for n, stems in _ORDINAL_STEMS.items():
        for stem in stems.split():
            for ending in _ORDINAL_ENDINGS.get(stem, "ого ое ому").split():
                forms[stem + ending] = n
    for tens, word in ((20, "двадцать"), (30, "тридцать")):
        forms.update({f"{word} {form}": tens + n for form, n in list(forms.items()) if n < 10 and tens + n <= 31})
    return forms


ORDINAL_DAYS = _ordinal_forms()
ORDINAL_DAY_PATTERN = "|".join(sorted((f.replace(" ", r"\s+") for f in ORDINAL_DAYS), key=len, reverse=True))

# time units: every form, mapped to its TIMEX letter (T before hours and minutes); DE: a decade
_UNIT_FORMS = {
    "Y": "год года году годом лет годы годам годах",
    "M": "месяц месяца месяцу месяцем месяцев месяцы месяцам месяцах",
    "W": "неделя неделю недели недель неделе неделям неделях",
    "D": "день дня дню днем днём дней дни дням днях сутки суток",
    "TH": "час часа часу часом часов часы",
    "TM": "минута минуту минуты минут",
    "DE": "десятилетие десятилетия десятилетий десятилетиями",
}
UNITS = {form: unit for unit, forms in _UNIT_FORMS.items() for form in forms.split()}
UNIT_PATTERN = "|".join(sorted(UNITS, key=len, reverse=True))
# a half of a unit in one word
HALVES = {"полгода": (6, "M"), "полугода": (6, "M"), "полгоду": (6, "M"), "полчаса": (30, "TM"),
          "получаса": (30, "TM"), "полмесяца": (15, "D"), "полнедели": (3, "D")}
HALF_PATTERN = "|".join(HALVES)

# words that make "N units" a duration rather than an age or a count ("в течение 10 лет", not "80 лет")
DURATION_LEADS = (r"в\s+течение(?:\s+(?:минимум|максимум|всех|всего|последних|ближайших|первых))?|"
                  r"на\s+протяжении(?:\s+(?:последних|всех))?|за\s+(?:последние|прошедшие|минувшие|ближайшие)|"
                  r"в\s+ближайшие|последние|почти|около|более|больше|менее|меньше|свыше|целых|за|на")

# decades in words: "в девяностые", "в нулевых", "двухтысячных годах"
_DECADE_FORMS = {
    "192": "двадцатые двадцатых", "193": "тридцатые тридцатых", "194": "сороковые сороковых",
    "195": "пятидесятые пятидесятых", "196": "шестидесятые шестидесятых", "197": "семидесятые семидесятых",
    "198": "восьмидесятые восьмидесятых", "199": "девяностые девяностых", "200": "нулевые нулевых двухтысячные двухтысячных",
}
DECADE_WORDS = {form: prefix for prefix, forms in _DECADE_FORMS.items() for form in forms.split()}
DECADE_WORD_PATTERN = "|".join(sorted(DECADE_WORDS, key=len, reverse=True))

# centuries in words ("двадцатый век", "в девятнадцатом веке")
_CENTURY_STEMS = {17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат", 21: "двадцать\\s+перв"}
CENTURY_WORD_PATTERN = "|".join(rf"{stem}(?:ый|ого|ом|ому|ым)" for stem in _CENTURY_STEMS.values())
CENTURY_WORDS = _CENTURY_STEMS
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
RELATIVE_CENTURY = {"прошл": -1, "позапрошл": -2, "минувш": -1, "нынешн": 0, "эт": 0, "текущ": 0, "наш": 0,
                    "следующ": 1, "будущ": 1}

# parts of periods: the word's stem and the TIMEX mod
PART_MODS = {"начал": "START", "середин": "MID", "конц": "END", "перв": "START", "втор": "END",
             "ранн": "START", "поздн": "END", "район": None}
PART_PATTERN = (r"(?:сам(?:ом|ого|ому|ый)\s+)?(?:начал[оаеу]|середин[аеуы]|конц[аеу]|"
                r"перв(?:ой|ую|ая)\s+половин[аеуы]|втор(?:ой|ую|ая)\s+половин[аеуы]|"
                r"перв(?:ые|ых)\s+(?:месяц\w*|дн\w*|недел\w*)|район[е]?)")
PART_PREPOSITIONS = r"в|во|с|со|до|к|ко|вплоть\s+до|начиная\s+с"

# frequencies: a word, or "раз в" a unit; the TIMEX period of the set
SET_WORDS = {"ежегодно": "P1Y", "ежемесячно": "P1M", "еженедельно": "P1W", "ежедневно": "P1D",
             "ежечасно": "PT1H", "ежесуточно": "P1D"}
TIMES_PATTERN = r"(?:\d+|один|два|три|четыре|пять|двух|трех|трёх|четырех|четырёх|пяти|несколько|нескольких)\s+раз[а]?|дважды|трижды|раз"
