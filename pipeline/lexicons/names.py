"""What a name looks like at its edges (data for ``pipeline.stages.span_repairs``)."""
import re

# Paired marks: an opening mark of a name is closed inside it. Quotation marks are
# extended to (an organisation cut before its `»` takes the whole `«...»`); brackets are cut
# at (an editorial `[советника министра Ивана] Петрова` leaves `Петрова`).
QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}
BRACKET_PAIRS = {"(": ")", "[": "]"}
STRAIGHT_QUOTE = '"'
CURLY_DOUBLE_QUOTES = "„“”"

# How far (characters, on the same line) a name's mark may look for its partner.
MARK_REACH = 80

# Characters a name may start and end with, besides letters and digits.
FIRST_CHARS = "«\"„“("
LAST_CHARS = ".»\"”“)!"

# What no entity is, whatever the tagger says: a key combination in a site's footer (`нажмите
# Ctrl+Enter`), and a word a number sign follows (a registration number: `свидетельство Эл №
# ФС 77-68119`).
KEY_COMBINATION = re.compile(r"\b(?:ctrl|alt|shift|cmd|fn)\s*\+", re.I)
BEFORE_NUMBER_SIGN = re.compile(r"\s*№")

# Words of address before a name (`господина Силуанова`): the name is the person so called.
HONORIFICS = frozenset("господин госпожа г-н г-жа мистер миссис мисс сэр сеньор сеньора месье мадам фрау герр".split())

# Words that are never the first or last word of a name (`Вчера Минфин`, `Однако Песков`, a
# caption's credit: `Фото: Carlos Barria`).
EDGE_WORDS = HONORIFICS | frozenset("""
вчера сегодня завтра ранее прежде позднее позже однако также тоже теперь тогда затем потом
впрочем поэтому кроме ведь еще ещё уже лишь только даже именно вот так как где когда если
хотя пока накануне сейчас ныне недавно давно вновь снова опять наконец между при для из на в
во с со к ко о об от до по за у и а но или либо не ни же ли бы мол дескать это этот эта эти
его ее её их сам сама сами тот та те все весь вся всё там тут здесь мы вы он она они я ты
фото фотограф видео иллюстрация источник автор
""".split())

# Words after which a name belongs to an institution (`институт имени Чумакова`): a person
# span does not start with them.
NAMED_AFTER_PERSON = frozenset({"им", "им.", "имени"})   # `КазНАИ им. Т. Жургенова`: a body named after someone
NAMED_AFTER = NAMED_AFTER_PERSON | {"ул", "просп", "пр-т", "наб", "б-р"}   # (`ул. Милютина`: a street)

# Nouns after which a person's name is a genitive whatever the tagger says (`институт им.
# М. Айкимбаева`, `бацилла Кальмета-Герена`, `премия Нобеля`), by lemma; and the words of
# NAMED_AFTER by their text.
EPONYM_HEADS = frozenset("""
бацилла болезнь синдром закон теорема эффект принцип шкала уравнение формула гипотеза
премия медаль стипендия
улица проспект переулок бульвар набережная площадь аллея проезд шоссе
""".split())

# Institutions and things named after a person (`центр Чумакова`, `университет Джорджа
# Мейсона`, `вакцина Гамалеи`): a genitive name right after one names the thing, not a
# person of the news (by lemma).
INSTITUTION_HEADS = frozenset("""
центр институт университет академия лаборатория больница клиника госпиталь школа гимназия лицей
колледж фонд музей театр библиотека консерватория улица проспект площадь переулок бульвар
набережная аэропорт станция вакцина
""".split())

# Short forms of first names that news uses for the same person as the full form (`Джо
# Байден`, `Джозеф Байден`): one run-wide entity, named by the commoner.
DIMINUTIVES = {
    "джо": "джозеф", "билл": "уильям", "боб": "роберт", "майк": "майкл", "дик": "ричард", "том": "томас",
    "джим": "джеймс", "тед": "эдвард", "тони": "энтони", "ник": "николас", "дэн": "дэниел", "дэйв": "дэвид",
    "стив": "стивен", "крис": "кристофер", "бен": "бенджамин", "сэм": "сэмюэл", "пит": "питер",
    "джефф": "джеффри", "мэтт": "мэттью", "рон": "рональд", "энди": "эндрю", "алекс": "александр",
    "берни": "бернард", "чак": "чарльз",
}

# Russian short first names for a full one (`Вика` ... `Виктория Пашковская`): a lone short name
# in an article belongs to the person whose full first name it shortens.
RUSSIAN_DIMINUTIVES = {short: tuple(full.split("|")) for short, full in (pair.split(":") for pair in """
саша:александр|александра шура:александр|александра женя:евгений|евгения валя:валентин|валентина
вика:виктория витя:виктор дима:дмитрий миша:михаил маша:мария коля:николай катя:екатерина лена:елена
оля:ольга таня:татьяна наташа:наталья|наталия настя:анастасия юля:юлия аня:анна света:светлана
ира:ирина галя:галина люда:людмила надя:надежда люба:любовь даша:дарья ксюша:ксения
леша:алексей алеша:алексей сережа:сергей володя:владимир вова:владимир петя:петр
паша:павел ваня:иван толя:анатолий гена:геннадий юра:юрий слава:вячеслав|владислав|ярослав|станислав
стас:станислав влад:владислав костя:константин гоша:георгий жора:георгий гриша:григорий боря:борис
рома:роман андрюша:андрей федя:федор илюша:илья лиза:елизавета соня:софья|софия
поля:полина зина:зинаида рита:маргарита
""".split())}
# Words after a hyphen that tell a father from a son (`Байдена-младшего` → `Байден-младший`):
# part of the name, declined as an adjective (by lemma).
# Women's first names (Turkic, Central Asian, Caucasian; most end in a consonant) the dictionary
# reads as men's or does not know: `Наргиз Алибекова` is a woman, not `Наргиз Алибеков` in the genitive.
WOMENS_FIRST_NAMES = frozenset("""
наргиз гульназ самал жанар меруерт гульжан лейсан ляйсан жибек камшат балжан акмарал севиль гюльнар
жулдыз дильназ алтын гульнур айжан назгуль шолпан нургуль айгерим гузель чулпан ильсияр гульшат
нигяр асель айсулу гульмарал жансулу айгуль гульдана аружан сауле толкын кундыз
этери кетеван тинатин тамар мариам астхик гоар шушан гюльшен айтен севда энже
""".split())

GENERATION_WORDS = frozenset({"младший", "старший"})
# Roles whose bearers go by a name in Latin letters (`блогер Mick`, `рэпер Oxxxymiron`, `певица
# Zivert`): the Latin words right after such a role are a person's name. (Not `пользователь`,
# `музыкант`, `хакер`: a platform, a band or a group follows them as often.)
NICKNAME_ROLES = frozenset("""
блогер блогерша блогерка видеоблогер стример ютубер тиктокер инфлюенсер рэпер репер певец певица диджей
""".split())
# ... and the platforms a role's Latin word names instead (`стример Twitch`, `блогер YouTube`).
PLATFORMS = frozenset("""
youtube twitch tiktok vk vkontakte rutube google telegram instagram twitter x facebook reddit
threads discord kick boosty patreon onlyfans spotify
""".split())

# Lower-case words after a hyphen that belong to a name (`Абд-аль-Азиз`, `Ким Чен-ын`), by text.
# Particles written apart inside a surname (`Урсула фон дер Ляйен`, `Ханс ван Бален`).
SURNAME_PARTICLES = frozenset("фон дер ван де ди да дель делла ла ле дю ду бен бин ибн".split())
# Words that open an Arabic surname of two words (`Фаузи Абу Зейд` ... `Абу Зейд`, `Шериф Абдель Рахман`),
# though the dictionary knows some as first names.
SURNAME_OPENERS = SURNAME_PARTICLES | frozenset("абу абд абдель абдул абдуль абдаль аль эль".split())
# Turkic patronymic words after the father's name (`Нурлан Тологон уулу`, `Полад Бюльбюль
# оглы`): the father's name and the word stay as written, only the first name declines.
PATRONYMIC_PARTICLES = frozenset("уулу улы кызы оглы оглу кызи угли".split())
# The Arabic article before a hyphen (`аль-Асад`, `ас-Сиддик`): the name after it declines
# (`ас-Сиддиком` → `ас-Сиддик`).
ARTICLE_PARTICLES = frozenset("аль эль ад ас ат ар аш аз ан уд уль".split())
NAME_PARTICLES_AFTER_HYPHEN = frozenset("аль эль ад ас ат ар аш уд уль ибн бин бен де ди да дель ла ле фон ван дер ын ир".split())

# Words in parentheses before a person's other name (`Марина Зорина (настоящее имя — Марина
# Зуева)`, `Анна Петрова (урожденная Смирнова)`): the same person under another name.
OTHER_NAME_IN_PARENTHESES = re.compile(
    r"\s*\(\s*(?:(?:настоящ\w+|реальн\w+|полн\w+|урожд[её]нн\w+|девичь\w+)\s+(?:имя|фамилия)|урожд[её]нн\w+|урожд\."
    r"|в\s+девичестве|псевдоним|он\s+же|она\s+же)?\s*[—–:-]?\s*", re.I)
# Of those words, the ones that say the name in them is the person's own (not a pen name).
REAL_NAME_WORDS = re.compile(r"настоящ\w+|реальн\w+|полн\w+|урожд", re.I)
# Words between a person's name and the name they go by (`Алишер Валеев, известный как
# Моргенштерн`, `Елизавета Гырдымова*, более известная под псевдонимом Монеточка*`).
KNOWN_AS = re.compile(r"\*?,?\s*(?:более\s+|также\s+|широко\s+)?(?:известн\w+|выступающ\w+|выступавш\w+)"
                      r"(?:\s+[\w-]+){0,3}?\s+"   # `известная в интернет-сообществе как доктор Лиза`
                      r"(?:как|под\s+(?:псевдонимом|именем|ником|прозвищем))\s*(?:[а-яё]+\s+)?[«\"]?", re.I)

# Words that give the name a person goes by (`Аслан Усоян по прозвищу Дед Хасан`, `привык к
# другому прозвищу, данному ему киприотами, — Джордж-змей`, `известный под кличкой Японец`), and
# that name: the capitalised word right after them, or the first after a dash later in the
# sentence that ends the sentence or its clause, with a word joined by a hyphen or a second
# capitalised word.
NICKNAME_WORDS = re.compile(r"\b(?:прозвищ|кличк|позывн)\w*", re.I)
NICKNAME_AFTER = re.compile(r"\s*[«\"]?([А-ЯЁA-Z][а-яёa-z]+(?:-[а-яёa-zА-ЯЁA-Z]+|\s+[А-ЯЁA-Z][а-яёa-z]+)?)")
NICKNAME_AFTER_DASH = re.compile(r"[^.!?\n]{0,80}?\s[—–-]\s*[«\"]?([А-ЯЁA-Z][а-яёa-z]+(?:-[а-яёa-zА-ЯЁA-Z]+)?)[»\"]?\s*(?:[.!?,;]|$)")
NICKNAME_OWNER_REACH = 250   # characters back from the word to the person's full name
# Between the full name and those words: nothing but an aside (`Аслан Усоян, известный по прозвищу`),
# or a pronoun that points back to the person with no noun between (`Зовут его X. Но он давно привык к
# прозвищу`; not `Иван Петров и его сын по прозвищу Малыш`, `у него есть корова по кличке Зорька`).
NICKNAME_OWNER_ASIDE = re.compile(r"[\s,]*(?:(?:более|также|широко|известн\w+|по|под|с)\s+)*", re.I)
NICKNAME_OWNER_PRONOUN = re.compile(r"\b(?:он|она|его|ему|него|нему|её|ее|ей|ней)\b", re.I)

# Latin letters typed for the Cyrillic ones they look like inside a Cyrillic word (`Алисa` with a
# Latin `a`): the name is read in Cyrillic.
LATIN_LOOKALIKES = str.maketrans("aeopcxyAEOPCXBKMHT", "аеорсхуАЕОРСХВКМНТ")

# Kin nouns before a name in the genitive and the relative's own first name (`сын Джо Байдена
# Хантер`): two people.
KIN_BEFORE_NAME = frozenset("""
сын дочь жена муж супруга супруг мать отец мама папа брат сестра вдова вдовец внук внучка племянник
племянница невестка зять сноха свекровь теща тесть девушка подруга невеста жених
""".split())

# Prepositions that govern one case only (`благодаря фон Арниму`, `для Ифеомы Окафор`): a name
# right after one is in that case, whatever the tagger read (`Арниму[Gen]`).
PREPOSITION_CASES = {
    **dict.fromkeys("благодаря к ко вопреки согласно навстречу".split(), "Dat"),
    **dict.fromkeys("у без для от ото до из изо около после против вместо кроме среди возле вокруг".split(), "Gen"),
    **dict.fromkeys("при".split(), "Loc"),
    **dict.fromkeys("про через сквозь".split(), "Acc"),
}
