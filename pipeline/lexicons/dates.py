"""Date patterns as data: each rule is a name and a regular expression whose named groups
the date stage reads. Longer matches win where rules overlap. One rule per expression
family; the name is stored with every date (`dates.rule`)."""
import re

from pipeline.lexicons import periods as p
from pipeline.lexicons.months import (MONTH_ABBREVIATION_PATTERN as MA, MONTH_GENITIVE as MG, MONTH_LOCATIVE as ML,
                                      MONTH_NOMINATIVE as MN, MONTH_PATTERN as M, SEASON_PATTERN as S,
                                      WEEKDAY_GENITIVE as WG, WEEKDAY_PATTERN as W)

_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.|гг\.))?"
_YEAR_SUFFIX = r"(?:-?(?:го|м|ом|й))?"
_TIME = r"(?:\s*,?\s*(?:в\s+)?(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?!\d))?"
_TIME_FIRST = r"(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d),?\s+"
_REL_MOD = r"прошлого|минувшего|позапрошлого|этого|текущего|нынешнего|следующего|будущего|нового|наступившего"
_REL_YEAR = rf"(?P<mod>{_REL_MOD})\s+года"
_PREP = r"(?:(?:в|во|с|до|к|после|по|на|от|за|около|начиная\s+с|в\s+течение)\s+)?"
_DECADE_TAIL = r"(?:\s+(?:годах|годов|годы|годам|годами|гг\.))?"
_N, _U = p.NUMBER_PATTERN, p.UNIT_PATTERN
_ROMAN = r"[IVXLХ]{1,6}"
_CENTURY_WORD = r"(?:век(?:е|а|у|ом|ами|ах|ов)?|вв?\.)"

RULES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    # days and ranges of days
    ("range_days", rf"(?<![\d.])(?P<d1>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{M})(?:\s+(?P<y2>\d{{4}}){_YEAR_WORD})?(?!\w)"),
    ("range_from_to", rf"\bсо?\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{M})(?:\s+(?P<y1>\d{{4}}){_YEAR_WORD})?)?\s+(?:по|до)\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{M})(?:\s+(?P<y2>\d{{4}}){_YEAR_WORD})?\b"),
    ("range_between", rf"\bмежду\s+(?P<d1>\d{{1,2}})\s+и\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{M})(?:\s+(?P<y2>\d{{4}}){_YEAR_WORD})?\b"),
    ("day_abbrev", rf"(?<![\d.])(?P<d>\d{{1,2}})\s+(?P<m>{MA})\.?(?:\s+(?P<y>\d{{4}}){_YEAR_WORD})?{_TIME}(?![\wа-я])"),
    ("day_digits_time_first", rf"(?<![\d:]){_TIME_FIRST}(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
    ("day_digits_short", rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<yy>\d\d){_TIME}(?![\d.]\d)"),
    ("day_words", rf"(?<![\d.])(?P<d>\d{{1,2}})(?:-(?:го|е|ое|му|ому))?\s+(?P<m>{M})(?:\s+(?P<y>\d{{4}}){_YEAR_WORD}|\s+{_REL_YEAR})?{_TIME}(?!\d|:\d)"),   # `1-го мая`; `16 мая: «...»`
    # a night named by the day it ends on (`в ночь на 12 декабря`, `в ночь на среду`) or by both (`в ночь с 20 на 21 июля`);
    # from `ночь`: labellers split on taking `в ночь на` or the day alone, and this span pairs with both
    ("night_day", rf"\bночь\s+на\s+(?P<d>\d{{1,2}})\s+(?P<m>{M})(?:\s+(?P<y>\d{{4}}){_YEAR_WORD})?(?!\d|:\d)"),
    ("night_range", rf"\bночь\s+с\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{M}))?\s+на\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{M})(?:\s+(?P<y2>\d{{4}}){_YEAR_WORD})?(?!\d|:\d)"),
    ("night_weekday", rf"\bночь\s+(?:с\s+(?P<wd1>{WG})\s+)?на\s+(?P<wd>{W})\b"),
    ("day_digits", rf"(?<![\d.])(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>(?:19|20)\d\d){_YEAR_WORD}{_TIME}(?![\d.]\d)"),
    ("day_ordinal", rf"(?<![\w-])(?P<dw>{p.ORDINAL_DAY_PATTERN})\s+(?P<m>{MG})(?:\s+(?P<y>\d{{4}}){_YEAR_WORD})?(?!\w)"),
    ("day_iso", r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?(?![\d-])"),
    # months
    ("range_months", rf"\b(?:с|в)\s+(?P<m1>{M})\s*(?:[-–—]|по|до)\s*(?P<m2>{M})(?:\s+(?P<y2>\d{{4}}){_YEAR_SUFFIX}{_YEAR_WORD})?\b"),
    ("range_months_bare", rf"(?<![\w-])(?P<m1>{MN})(?:\s+(?P<y1>(?:19|20)\d\d)(?:-?го|{_YEAR_WORD}))?\s*[-–—]\s*(?P<m2>{MN})(?:\s+(?P<y2>(?:19|20)\d\d)(?:-?го|{_YEAR_WORD}))?(?!\w)"),
    ("month_relative_year", rf"\b(?:(?:в|во)\s+(?P<m>{ML})|(?P<mg>{MG}))\s+{_REL_YEAR}\b"),
    ("month_year", rf"\b{_PREP}(?P<m>{M})\s+(?P<y>(?:19|20)\d\d){_YEAR_SUFFIX}{_YEAR_WORD}(?!\d)"),
    ("month", rf"\b(?:в|во)\s+(?P<m>{ML})(?:\s+(?P<sg>с\.\s?г\.))?(?!\w)"),
    ("month_for", rf"\bна\s+(?P<m>{MN})\b"),
    ("month_gen", rf"(?<![\w-])(?P<m>{MG})(?:\s+(?P<same>того\s+же)\s+года)?\b"),   # only after a part or a bound
    # years
    ("range_years", rf"\b{_PREP}(?P<y1>(?:19|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:19|20)?\d\d)(?:\s*(?:годах|годы|годов|годам|год|гг\.?)|\s+учебн\w+\s+год\w*)?(?![\d-])"),
    ("range_years_between", r"\bмежду\s+(?P<y1>(?:19|20)\d\d)\s+и\s+(?P<y2>(?:19|20)\d\d)\s*(?:годами|гг\.?)"),
    ("range_years_from_to", r"\b(?:с|со)\s+(?P<y1>(?:19|20)\d\d)(?:-?го)?(?:\s+года)?\s+(?:по|до)\s+(?P<y2>(?:19|20)\d\d)(?:-?й|-?го)?(?:\s*(?:год|года|годы|гг\.?))?(?!\w)"),
    ("year_ordinal", r"\b(?:в|во|с|до|к|после|по)\s+(?P<y>(?:19|20)\d\d)(?=\s*[,.;:)])"),
    ("bare_year", r"(?:\b(?:в|во|с|со|до|к|после|по)\s+(?:(?:наступающем|наступившем|прошедшем|минувшем|нынешнем|текущем|уходящем)\s+)?)?(?<![\d-])(?P<y>(?:19|20)\d\d)-?(?:м|го|ом|му|й|ый|ой)(?:\s+(?:году|года|год))?(?!\w)"),
    ("year_coordinated", r"\b(?:(?:в|во|с|до|к|после|по|на)\s+)?(?P<y>(?:19|20)\d\d)(?=\s+(?:и|или)\s+(?:19|20)\d\d\s*(?:года|году|год|годах|годы)\b)"),
    ("year", rf"\b{_PREP}(?P<y>(?:1[5-9]|20)\d\d)\s*(?:года|году|годом|годе|год|г\.)(?!\w)"),
    ("year_two_digit", r"(?<![\d-])(?P<yy>[3-9]\d)-?го\s+года\b"),
    ("quarter", rf"\b(?:(?:в|во)\s+)?(?P<ord>перв|втор|трет|четверт|четвёрт)\w*\s+(?P<q>квартал|полугоди)\w*(?:\s+(?P<y>\d{{4}})\s*(?:года|г\.)|\s+{_REL_YEAR}|(?=\s*[,.;:)!?]|\s*$))"),
    ("period_noun", rf"(?<![\w-])(?:(?P<mod>{_REL_MOD}|того\s+же)\s+)?(?:(?P<y>\d{{4}})(?:-?го)?\s+)?(?P<unit>года|месяца|недели)\b"),   # only after a part
    # decades and centuries
    ("decade", rf"(?:\b(?:в|во|из|на)\s+)?(?<![\d-])(?:(?P<d1>(?:1[5-9]|20)\d)0\s*[-–—]\s*)?(?P<dec>(?:1[5-9]|20)\d)0-?(?:х|е|ых|ые)(?!\w){_DECADE_TAIL}"),
    ("decade_short", rf"(?:\b(?:в|во|из|на)\s+)?(?<![\d-])(?P<dd>[1-9]0|00)-?(?:х|е)(?!\w){_DECADE_TAIL}(?:\s+(?P<cmod>прошлого|позапрошлого|этого|нынешнего)\s+века)?(?-i:(?!\s+[А-ЯЁA-Z]))(?!\s+(?:мест|числ|сут|класс|ряд|годовщ|юбиле))"),
    ("decade_word", rf"(?:\b(?:в|во|из|на)\s+)?\b(?P<dw>{p.DECADE_WORD_PATTERN})(?!\w){_DECADE_TAIL}"),
    ("century", rf"(?:\b(?:в|во)\s+)?(?<![\w-])(?:(?P<c1>{_ROMAN})\s*[-–—]\s*)?(?P<c>{_ROMAN}|\d{{1,2}}(?:-?(?:го|м|ом|й))?)\s+{_CENTURY_WORD}(?!\w)"),
    ("century_word", rf"(?:\b(?:в|во)\s+)?\b(?P<cw>{p.CENTURY_WORD_PATTERN})\s+век\w*"),
    ("century_relative", r"(?:\b(?:в|во)\s+)?\b(?P<cmod>прошл|позапрошл|нынешн|текущ|следующ|будущ)\w*\s+век(?:е|а|у)\b"),
    # seasons
    ("season", rf"(?:(?<=\bвс[юёе]\s)|\b(?:(?P<smod>прошл|минувш|эт|нынешн|текущ|будущ|следующ|поздн|ранн)\w*\s+)?)(?P<season>{S})(?!\w)(?:\s+(?P<y>(?:19|20)\d\d)(?:-?го)?\s*(?:года|г\.)?|\s+{_REL_YEAR})?"),
    # relative days, weeks, months, years
    ("relative_day", r"\b(?P<rel>сегодня|вчера|позавчера|завтра|послезавтра|накануне)\b(?:\s+(?:утром|днем|днём|вечером|ночью)\b)?"),
    ("same_day", r"\bв\s+(?:тот\s+же|этот\s+же|тот|этот)\s+день\b"),
    ("weekday", rf"(?:\b(?:утром|днем|днём|вечером|ночью)\s+)?\b(?:в|во)\s+(?:(?P<mod>прошл\w*|минувш\w*|ближайш\w*|следующ\w*|будущ\w*|эт[оу]т?|нынешн\w*)\s+)?(?P<wd>{W})(?:\s+(?:утром|днем|днём|вечером|ночью))?\b"),
    ("weekday_gen", rf"(?<![\w-])(?P<wd>{WG})\b"),   # only after a bound (`со вторника`)
    ("week", r"(?:\bранее\s+)?\bна\s+(?P<mod>прошлой|минувшей|этой|текущей|нынешней|следующей|будущей)\s+неделе\b"),
    ("relative_year", r"(?:\bранее\s+)?\bв\s+(?P<mod>прошлом|минувшем|позапрошлом|этом|текущем|нынешнем|следующем|будущем)\s+году\b"),
    ("relative_month", r"\bв\s+(?P<mod>прошлом|минувшем|этом|текущем|следующем|будущем)\s+месяце\b"),
    # periods: durations, counted back, after, frequencies
    ("ago", rf"\b(?:(?P<q>около|более|больше|менее(?:\s+чем)?|меньше(?:\s+чем)?|почти|примерно|приблизительно)\s+)?(?:(?P<n>{_N})\s+)?(?P<unit>{_U}|{p.HALF_PATTERN})\s+назад\b"),
    ("after", rf"\b(?P<lead>через|спустя)\s+(?:(?P<n>{_N})\s+)?(?P<unit>{_U}|{p.HALF_PATTERN})(?!\w)(?:\s+(?P<n2>полтора|полторы))?"),
    ("after_postposed", rf"\b(?:(?P<n>{_N})\s+)?(?P<unit>{_U}|{p.HALF_PATTERN})\s+(?P<lead>спустя)(?!\w)"),   # `два дня спустя`
    ("duration", rf"\b(?P<lead>{p.DURATION_LEADS})\s+(?:(?P<n>{_N})\s+)?(?P<unit>{_U}|{p.HALF_PATTERN})(?!\w)"),
    # a time of day alone (`в 19:30`, `около 14:00 по московскому времени`); with a day, the day's rules take it
    # (a preposition before it: a bare `01:23` is a match clock or a timestamp)
    ("time", r"\b(?:в|во|около|после|до|к|с|со)\s+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])(?:\s+по\s+(?:московскому|местному|киевскому|всемирному)\s+времени)?"),
    ("set", rf"\b(?:(?P<w>{'|'.join(p.SET_WORDS)})|кажд(?:ый|ую|ое|ые|ого|ой)\s+(?:(?P<n>{_N})\s+)?(?P<unit>{_U})|(?P<times>{p.TIMES_PATTERN})\s+в\s+(?P<per>{_U}|{p.HALF_PATTERN})|по\s+(?P<wds>понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям))(?!\w)"),
)]

_WEEKDAY_STEMS = "понедельн|вторн|сред|четверг|пятниц|суббот|воскресен"
_MONTH_STEMS = "янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек"   # every form and abbreviation of a month starts so
# a rule runs on a line only if the line holds its word (most lines hold none: the scan stays fast);
# looked for in the lowercased line (five times faster than with re.IGNORECASE on Cyrillic)
NEEDS = {name: re.compile(words) for name, words in (
    ("ago", "назад"), ("after", "через|спустя"), ("after_postposed", "спустя"), ("century", r"век|вв?\."), ("century_word", "век"),
    ("century_relative", "век"), ("set", r"еже|кажд|раза?\s+в\s|дважды|трижды|по\s+\w+ам\b"),
    ("season", "весн|лет[оаму]|осен|зим"),
    ("day_ordinal", rf"(?:ого|ое|ому|ье|ьего|ьему)\s+(?:{MG})"), ("decade_word", "десят|девяност|сороков|нулев|двухтысячн"),
    ("week", "недел"), ("relative_month", "месяц"), ("relative_year", "году"), ("same_day", "день"),
    ("quarter", "квартал|полугоди"), ("period_noun", "года|месяца|недели"),
    ("month_relative_year", "года"), ("day_digits_time_first", ":"), ("time", ":"), ("weekday", _WEEKDAY_STEMS),
    ("weekday_gen", _WEEKDAY_STEMS), ("decade", r"\d0-?[хе]"), ("decade_short", r"\d0-?[хе]"),
    ("range_days", r"\d\s*[-–—]\s*\d"), ("range_from_to", r"\bсо?\s+\d"), ("range_between", "между"), ("night_day", "ночь"), ("night_range", "ночь"), ("night_weekday", "ночь"),
    ("day_digits_short", r"\d\.\d"), ("day_digits", r"\d[./]\d"), ("day_iso", r"\d-[01]\d-"),
    ("year_two_digit", r"го\s+года"), ("relative_day", "сегодня|вчера|завтра|накануне"),
    *((name, _MONTH_STEMS) for name in ("day_abbrev", "day_words", "range_months", "range_months_bare", "month",
                                        "month_for", "month_gen")),
    ("month_year", rf"(?:{_MONTH_STEMS})\w*\s+(?:19|20)\d\d"), ("range_years", r"\d\d\s*[-–—/]\s*\d\d"),
    ("range_years_between", r"между\s+(?:19|20)\d\d"), ("range_years_from_to", r"со?\s+(?:19|20)\d\d"),
    ("year_ordinal", r"\s(?:19|20)\d\d\s*[,.;:)]"), ("bare_year", r"(?:19|20)\d\d-?[мгойы]"),
    ("year", r"\d\d\d\d\s*г"), ("year_coordinated", r"\d\d\d\d\s+(?:и|или)\s+(?:19|20)\d\d"),
    ("duration", r"\s(?:десятилет|месяц|недел|минут|год|сутк|суток|час|лет|де?н|пол)"),   # a unit after a space
)}

# rules that are a date only with a part (`в конце апреля`) or a bound (`до февраля`) before them
BOUND_ONLY = {"month_gen", "period_noun", "weekday_gen"}
# a part of a period right before a rule's match: `в конце апреля`, `с начала года`, `до середины 1980-х`
_GLUED = r"(?:\b|(?-i:(?<=[а-яё])(?=[А-ЯЁ])))"   # a word start, also of a sentence glued on (`вакцинВ начале`)
PART_PREFIX = re.compile(rf"(?:{_GLUED}(?P<prep>{p.PART_PREPOSITIONS})\s+)?{_GLUED}(?P<part>{p.PART_PATTERN})\s+$",
                         re.IGNORECASE)
PART_BASES = {"month_gen", "month_year", "year", "bare_year", "period_noun", "decade", "decade_short", "decade_word",
              "century", "century_word", "century_relative", "season", "quarter", "month_relative_year"}
# an open end right before: `с 15 ноября`, `до февраля`, `к 31 мая`, `начиная с 1980-х`, `со вторника`
BOUND_PREFIX = re.compile(rf"(?:{_GLUED}(?:начиная|вплоть)\s+)?{_GLUED}(?P<prep>с|со|до|к|ко)\s+$", re.IGNORECASE)
# a whole period (`весь 2020 год`, `всю весну и лето`): the word is part of the expression
WHOLE_PREFIX = re.compile(rf"{_GLUED}(?:весь|всю|всё|все|всей)\s+$", re.IGNORECASE)   # not `всего` (in all)
WHOLE_BASES = {"year", "month_year", "season", "range_years"}
BOUND_BASES = {"day_words", "day_ordinal", "day_digits", "day_abbrev", "month_gen", "month_year", "year", "bare_year", "weekday_gen",
               "decade", "decade_short", "decade_word", "century", "century_word", "season", "month_relative_year"}
# a match right after these is something else: a clock change (`на один час назад`)
NOT_AFTER = {"ago": re.compile(r"\bна\s+(?:\S+\s+)?$", re.IGNORECASE),
             "duration": re.compile(r"\b(?:возрасте|старше|младше|моложе)\s+$", re.IGNORECASE),
             "relative_day": re.compile(r"(?-i:\bРоссия)\s+$")}   # the agency «Россия сегодня»
# a match right before these is something else
NOT_BEFORE = {"duration": re.compile(r"^\s+назад\b", re.IGNORECASE)}
# lines with no digit need one of TRIGGER_WORDS, or a century (`XVI в.`, `веками`)
TRIGGER = re.compile(r"век|\b[IVXLХ]+\s+вв?\.", re.IGNORECASE)
# leads that make a duration only with a number (`на 6 недель`, not `на днях`)
LEADS_NEEDING_NUMBER = ("на",)
# hours and minutes are a duration only after these (`около восьми часов` may be a time of day)
HOUR_LEADS = ("в течение", "на протяжении", "через", "спустя")

RELATIVE_DAYS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2, "накануне": -1}
# every rule needs a digit or one of these words: a line without any holds no date
TRIGGER_WORDS = (frozenset(f.strip() for f in rf"{M}|{W}|{S}|{p.UNIT_PATTERN}|{p.HALF_PATTERN}|{p.DECADE_WORD_PATTERN}".split("|"))
                 | frozenset(RELATIVE_DAYS) | frozenset(p.SET_WORDS)
                 | {"день", "неделе", "году", "месяце", "век", "века", "веке", "веку", "назад", "через", "спустя",
                    "понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам", "воскресеньям"})
PAST_MODS = ("прошл", "минувш")
FUTURE_MODS = ("ближайш", "следующ", "будущ")
RELATIVE_YEAR_SHIFT = {"позапрошл": -2, "прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                       "наступивш": 0, "следующ": 1, "будущ": 1}
PERIOD_SHIFT = {"позапрошл": -2, "прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                "следующ": 1, "будущ": 1}
# a partial date shares the year of a full date that follows it in the same coordination
COORDINATION = re.compile(r"^[^.!?;]{0,50}?(?:\bи\b|\bили\b|[,–—(])[^.!?;]{0,50}$")
FAR_DAYS = 31          # a date this many days after publication in a past-tense clause is last year's
UNSURE_FAR_DAYS = 183  # ... and with no tense at all
