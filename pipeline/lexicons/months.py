"""Month and weekday names in the cases news uses, mapped to their numbers."""
from pipeline.lexicons.forms import alternation, by_form

_MONTH_FORMS = {
    1: "январь января январе январем январю",
    2: "февраль февраля феврале февралем февралю",
    3: "март марта марте мартом марту",
    4: "апрель апреля апреле апрелем апрелю",
    5: "май мая мае маем маю",
    6: "июнь июня июне июнем июню",
    7: "июль июля июле июлем июлю",
    8: "август августа августе августом августу",
    9: "сентябрь сентября сентябре сентябрем сентябрю",
    10: "октябрь октября октябре октябрем октябрю",
    11: "ноябрь ноября ноябре ноябрем ноябрю",
    12: "декабрь декабря декабре декабрем декабрю",
}
MONTHS = by_form(_MONTH_FORMS)
# abbreviations news agencies use in datelines ("МОСКВА, 15 янв")
MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
                       "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
MONTH_OR_ABBREVIATION = {**MONTHS, **MONTH_ABBREVIATIONS}

_WEEKDAY_FORMS = {
    1: "понедельник понедельника понедельнику понедельником",
    2: "вторник вторника вторнику вторником",
    3: "среда среду среды среде средой",
    4: "четверг четверга четвергу четвергом",
    5: "пятница пятницу пятницы пятнице пятницей",
    6: "суббота субботу субботы субботе субботой",
    7: "воскресенье воскресенья воскресенью воскресеньем",
}
WEEKDAYS = by_form(_WEEKDAY_FORMS)

MONTH_PATTERN = alternation(MONTHS)
MONTH_ABBREVIATION_PATTERN = alternation(MONTH_ABBREVIATIONS)
WEEKDAY_PATTERN = alternation(WEEKDAYS)


def _forms_of_case(index: int) -> str:
    """Month names in one case (0 nominative, 1 genitive, 2 prepositional), as a pattern."""
    return "|".join(forms.split()[index] for forms in _MONTH_FORMS.values())


MONTH_NOMINATIVE, MONTH_GENITIVE, MONTH_LOCATIVE = _forms_of_case(0), _forms_of_case(1), _forms_of_case(2)
WEEKDAY_GENITIVE = "понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья"

# seasons in the cases news uses; TIMEX codes, and the months each covers (winter runs into the next year)
_SEASON_FORMS = {
    "SP": "весна весной весну весны весне",
    "SU": "лето летом лета лету",
    "FA": "осень осенью осени",
    "WI": "зима зимой зиму зимы зиме",
}
SEASONS = by_form(_SEASON_FORMS)
SEASON_PATTERN = alternation(SEASONS)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}   # 14: February of the next year
