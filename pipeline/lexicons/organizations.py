"""Names natasha mistypes: media and agencies are organisations, never persons or places."""
import re

MEDIA = {
    "тасс", "риа новости", "интерфакс", "reuters", "bloomberg", "ap", "afp", "bbc", "cnn",
    "the guardian", "the new york times", "the washington post", "the wall street journal",
    "financial times", "politico", "axios", "mash", "baza", "shot", "коммерсант", "коммерсантъ", "ведомости",
    "известия", "рбк", "газета.ru", "лента.ру", "lenta.ru", "meduza", "медуза", "главред",
    "depo.ua", "liga.net", "укринформ", "униан", "страна.ua", "рен тв", "нтв", "первый канал",
    "россия 24", "euronews", "deutsche welle", "dw", "радио свобода", "новая газета",
    "эхо москвы", "дождь", "википедия", "telegram", "twitter", "facebook", "instagram",
    "известия", "ria", "interfax", "fox news", "nbc", "abc", "cbs", "associated press",
    "би-би-си", "си-эн-эн", "рейтер", "блумберг", "франс пресс", "франс-пресс", "ассошиэйтед пресс",
    "дойче велле", "аль-джазира", "al jazeera", "евроньюс", "sky news", "the times", "the independent",
    "the telegraph", "daily mail", "der spiegel", "шпигель", "le monde", "bild", "le figaro",
    "синьхуа", "xinhua", "киодо", "kyodo", "йонхап", "yonhap", "cnbc", "usa today", "the economist",
    "guardian", "итар-тасс", "прайм", "регнум", "regnum", "белта", "казинформ", "кабар", "крыминформ", "укрінформ",
    "euractiv", "politico europe", "the insider", "the bell", "republic", "фонтанка", "readovka", "царьград",
    "комсомольская правда", "московский комсомолец", "российская газета", "аргументы и факты", "аиф",
    "независимая газета", "вечерняя москва", "москва 24", "life", "лайф", "russia today", "sputnik", "рт",
}

# Words that make a Latin name a medium's, listed or not (`The Detroit News`, `Miami Herald`).
MEDIA_NAME_WORDS = re.compile(r"\b(?:News|Times|Journal|Herald|Tribune|Gazette|Telegraph|Magazine|Chronicle|Reporter|"
                              r"Weekly)$|^(?:The\s+)?Daily\b")   # not `Deutsche Post`, `Observer Research Foundation`

# A medium named by its web address (`NEWSru.com`, `Kazpravda.kz`, `стопкоронавирус.рф`), and
# Cyrillic words that make a name a medium's (`НЕВСКИЕ НОВОСТИ`, `Российская газета`, `Рен ТВ`).
WEB_DOMAIN = re.compile(r"\.(?:ru|com|net|org|info|ua|by|kz|lv|lt|ee|md|uz|kg|am|ge|az|рф|su|tv|fm|news|media|online"
                        r"|uk|de|fr|io|me)$", re.I)
MEDIA_CYRILLIC_WORDS = frozenset("новости вести газета правда известия ведомости коммерсантъ комсомолка тв радио".split())

# movements and parties natasha glues to the name after them (`лидер Аль-Кайды Усамы бин
# Ладена`): organisations, never part of a person's name
MOVEMENTS = {"аль-каида", "аль-кайда", "хамас", "хезболла", "хизбалла", "талибан", "игил", "фатх"}

# words natasha tags as person names that are never names
NOT_PERSON = {"отвечая", "комментируя", "говоря", "напомним", "кратко", "главред",
              "господи", "господь", "боже", "брекзит", "брексит", "брекзита", "брексита"}   # (also by the one word's lemma: `о Брекзите`)

# Abbreviations that name organisations (natasha often leaves them untagged).
ORG_ABBREVIATIONS = frozenset("""
ЕС ООН НАТО ОБСЕ МИД МИДа МВД ФСБ СВР ГРУ ФБР ЦРУ ВОЗ МОК МВФ ОПЕК ЮНЕСКО ЮНИСЕФ МАГАТЭ ВТО ШОС БРИКС
СНГ ОДКБ ЕАЭС ПАСЕ ЕСПЧ МУС КПРФ ЛДПР ЦИК ФСИН СК СКР ГИБДД МЧС РЖД ВЦИОМ ФОМ ВШЭ МГУ РАН ЦБ ФРС
Минздрав Минобороны Минфин Минюст Роспотребнадзор Роскомнадзор Росстат Госдума Совфед Евросоюз Еврокомиссия
""".split())

# Ministries by their short names: `министерства` after `Минздрав` is that ministry.
MINISTRIES = frozenset("""
минздрав минобороны минфин минюст минтранс минтруд минэкономразвития минпромторг минобрнауки минпросвещения
минкультуры минцифры минприроды минсельхоз минэнерго минстрой минспорт минвостокразвития минкомсвязь минрегион
минобразования минэкономики минэк минсоцразвития минимущества минпром мид мвд мчс
""".split())

# Short names of bodies, as the full names they stand for: `Минобороны`, `Министерство обороны`
# and `Минобороны России` are one organisation (a trailing RUSSIAN_DESIGNATOR names no other).
ORG_SHORT_FORMS = {
    "минобороны": "министерство обороны", "минздрав": "министерство здравоохранения",
    "минфин": "министерство финансов", "минюст": "министерство юстиции", "минтранс": "министерство транспорта",
    "минтруд": "министерство труда", "минэкономразвития": "министерство экономического развития",
    "минпромторг": "министерство промышленности и торговли", "минпросвещения": "министерство просвещения",
    "минкультуры": "министерство культуры", "минприроды": "министерство природных ресурсов",
    "минсельхоз": "министерство сельского хозяйства", "минэнерго": "министерство энергетики",
    "минспорт": "министерство спорта", "минстрой": "министерство строительства",
    "минобрнауки": "министерство науки и высшего образования", "минцифры": "министерство цифрового развития",
    "мид": "министерство иностранных дел", "мвд": "министерство внутренних дел",
    "госдеп": "государственный департамент", "госдепартамент": "государственный департамент",
    "центризбирком": "цик", "еврокомиссия": "европейская комиссия", "евросоюз": "европейский союз",
    "генпрокуратура": "генеральная прокуратура", "совфед": "совет федерации", "ес": "европейский союз",
    "оон": "организация объединенных наций",
}
# Words news use for a ministry without its name (`глава японского дипведомства` for the
# minister of foreign affairs, `глава Пентагона` for the minister of defence): the short form
# they stand for (one word: a role's genitive noun).
MINISTRY_WORDS = {"дипведомство": "мид", "пентагон": "минобороны"}
RUSSIAN_DESIGNATORS = (" рф", " россии", " российской федерации")
# Russia's central bank by any of its names: one organisation in an article, named by its own
# name where the article gives it (`ЦБ`, `Центробанк` ... `Банк России`).
CENTRAL_BANK = "банк россии"
CENTRAL_BANK_NAMES = frozenset({"цб", "цб рф", "цб россии", "центробанк", "центробанк рф", "центробанк россии",
                                "центральный банк", "центральный банк рф", "центральный банк россии",
                                "центральный банк российской федерации", "банк россии"})

# A department's field in an adjective before a generic word for a body, and the starts of the
# names of the ministry it means (`Внешнеполитическое ведомство заявило` after `МИД Японии`;
# `оборонное ведомство` after `Министерство обороны`); a one-word form too (`дипведомство`).
FIELD_DEPARTMENTS = {
    "внешнеполитический": ("мид", "министерство иностранных дел"),
    "дипломатический": ("мид", "министерство иностранных дел"),
    "военный": ("минобороны", "министерство обороны", "пентагон"),
    "оборонный": ("минобороны", "министерство обороны", "пентагон"),
    "финансовый": ("минфин", "министерство финансов"),
}
FIELD_DEPARTMENT_WORDS = {"дипведомство": FIELD_DEPARTMENTS["дипломатический"],
                          "внешнеполитведомство": FIELD_DEPARTMENTS["внешнеполитический"]}
# Words for whichever body the article named last (`по информации ведомства`, `Регулятор
# считает`, `Перевозчик заявил`).
GENERIC_ORG_NOUNS = frozenset("""
ведомство учреждение структура организация регулятор перевозчик авиаперевозчик застройщик ритейлер ретейлер эмитент
компания дипмиссия диппредставительство служба
""".split())
# Words for the company or plant the article named, after a press service or a management
# (`пресс-служба предприятия`, `Пресс-служба автозавода` after `АО "АвтоВАЗ"`).
COMPANY_KIND_NOUNS = frozenset("предприятие завод автозавод комбинат фабрика".split())
# ... of them, those that name a company, never a person (not `оператор`, `разработчик`,
# `подрядчик`: a drone's operator, a game's developer): `поставщик IT-решений сообщил`.
COMPANY_ONLY_NOUNS = frozenset("поставщик производитель провайдер дистрибьютор регоператор".split())
# Kinds of company a statement's owner may be named by (`в сообщении авиакомпании` after `ОАО
# «Аэрофлот»`): the company the article named as one.
COMPANY_HEADS = frozenset("авиакомпания холдинг концерн автоконцерн агрохолдинг корпорация госкорпорация фирма".split())
# Words for a sports club (`в заявлении клуба` after `«Краснодар» объявил`): the club the article
# named in quotation marks or by a club's kind (`ФК «Балтика»`, `ХК «Сибирь»`).
CLUB_HEADS = frozenset("клуб команда".split())
# ... and words of sport, one of which the article must hold for a bare name in quotation marks to
# be a club (`«Краснодар» объявил о переходе нападающего`; not `«Газпром» продлил спонсорский контракт`).
SPORT_WORDS = frozenset("""
футбол хоккей баскетбол волейбол матч турнир чемпионат сезон трансфер нападающий защитник полузащитник
вратарь форвард голкипер тренер наставник футболист хоккеист баскетболист игрок сборная лига гол
""".split())
# Words of a kind of place or body a company's name may hold (`АО «Международный аэропорт
# Шереметьево»`): no airline, whatever its legal form.
OTHER_KIND_WORDS = frozenset("аэропорт вокзал порт банк университет больница театр музей магазин".split())
# Things a company makes: a name in quotation marks right after one names the product, not a
# company (`препарата "Гам Ковид Вак"`, `модель «Лада Веста»`), whatever the tagger calls it.
PRODUCT_NOUNS = frozenset("""
препарат вакцина лекарство модель смартфон телефон автомобиль самолет самолёт вертолет вертолёт продукт
приложение игра фильм сериал спектакль книга альбом песня
""".split())
# ... of them, medicines: a name right after one, in quotation marks or not, is the drug's, no
# person's (`в вакцине Гам Ковид Вак`, `к препарату Гам Ковид Вак`).
DRUG_NOUNS = frozenset("препарат вакцина лекарство медикамент".split())
# A regulator is a department or the central bank the article named, never the company or bank
# it regulates (`ЦБ отозвал лицензию у банка X ... на сайте регулятора`).
REGULATOR_NOUNS = frozenset({"регулятор", "мегарегулятор"})
# What a generic word names where the article named a body of its kind: the first noun of
# that body's name (`Посольство России в Бельгии` ... `в заявлении дипмиссии`).
EMBASSY_HEADS = frozenset("посольство миссия постпредство представительство консульство генконсульство дипмиссия".split())
BODY_KINDS = {"дипмиссия": EMBASSY_HEADS, "диппредставительство": EMBASSY_HEADS}

# Places named by their kind before a name (`супермаркет «Перекресток»`, `в ТРЦ «Океания»`): where
# something is, not a body that speaks for itself (`сообщила компания` points past them).
VENUE_NOUNS = frozenset("""
магазин супермаркет гипермаркет минимаркет универсам универмаг тц трц трк ресторан кафе бар кинотеатр
""".split())

# Abbreviations of a body's kind written before its name, as the noun they abbreviate (`ХК
# СКА` ... `пресс-служба клуба`).
KIND_ABBREVIATIONS = {"хк": "клуб", "фк": "клуб", "пфк": "клуб", "мфк": "клуб", "бк": "клуб", "вк": "клуб",
                      "гк": "компания", "ао": "общество", "пао": "общество", "оао": "общество", "зао": "общество",
                      "ооо": "общество", "нии": "институт"}

# What `ведомство` names: a government department (`МИД Молдавии` ... `в заявлении ведомства`,
# not the embassy named since): the first noun of its name, or how its short name begins.
DEPARTMENT_HEADS = frozenset("""
министерство ведомство служба агентство комитет департамент управление инспекция надзор комиссия
госдепартамент госдеп пентагон казначейство прокуратура следственный
""".split()) | MINISTRIES
DEPARTMENT_PREFIXES = ("мин", "рос", "фед", "гос")   # `Минфин`, `Роскомнадзор`, `Федеральная служба`, `Госдеп`
# Abbreviations of a body's territorial department, written before the body's name (`ГУ МЧС
# России`, `УМВД`).
BRANCH_ABBREVIATIONS = frozenset("ГУ ТУ УВД ГУВД УМВД ОМВД".split())
DEPARTMENT_ABBREVIATIONS = re.compile(r"^(?:ФСБ|ФАС|ФНС|ФСИН|ФМБА|ФТС|ФСО|СВР|МВД|МЧС|МИД|СК|ФБР|ЦРУ|АНБ|ФРС|ЕЦБ|ЦБ|FDA|CDC|EMA|NIH|FBI|CIA|NSA|SEC)\b")

# Nouns that name a company by its trade (`региональный оператор «Экотехпром»`, `подрядчик
# «СтройИнвест»`) and a person by their job (`оператор дрона`): a body only with its quoted
# name after them.
COMPANY_NOUNS = frozenset("""
оператор регоператор провайдер подрядчик субподрядчик поставщик производитель разработчик дистрибьютор девелопер
""".split())
# Compounds of a field and a company's kind (`энергокомпания Orsted`, `газотрейдер GasTerra`,
# `автоконцерн`, `агрохолдинг`, `госкорпорация`).
ORG_COMPOUND_PREFIXES = ("энерго", "нефте", "газо", "нефтегазо", "авто", "агро", "гос", "медиа", "теле", "туро", "строй",
                         "фарм", "био", "инвест", "ит-", "it-", "интернет-", "ай-ти-")
ORG_COMPOUND_HEADS = ("компания", "концерн", "холдинг", "корпорация", "трейдер", "группа")
# Nouns that head an organisation's name when followed by a place or a name:
# `правительство Китая`, `партия «Яблоко»`, `компания Google`, `сборная СССР`.
ORG_HEADS = frozenset("""
правительство партия компания корпорация концерн холдинг банк сборная команда клуб парламент
администрация министерство мэрия власти руководство движение газета журнал агентство
телеканал радиостанция издание сеть театр музей университет институт федерация комиссия
посольство консульство суд прокуратура полиция служба пресс-служба управление департамент
комитет совет фонд ассоциация союз группа завод фабрика компания-производитель
госкорпорация авиакомпания отделение штаб кабинет палата конгресс сенат
центр фирма лаборатория академия биржа оперштаб минздрав минобороны центробанк
телекомпания телерадиокомпания телесеть онлайн-газета интернет-газета онлайн-издание интернет-издание
медиахолдинг медиагруппа кампания канцелярия секретариат аппарат офис пресс-центр пресс-офис
профсоюз инквизиция церковь епархия синод организация объединение коалиция альянс
акимат хокимият исполком облисполком горисполком райисполком муниципалитет горсовет сельсовет ратуша магистрат
главк управа трейдер
""".split()) | GENERIC_ORG_NOUNS | {m for m in MINISTRIES if m.startswith("мин")} \
    | {p + h for p in ORG_COMPOUND_PREFIXES for h in ORG_COMPOUND_HEADS}   # `американского минфина`, `энергокомпания Orsted`

# Names natasha tags as places that act as organisations.
ORG_NOT_PLACE = frozenset("""ес евросоюз евросоюза евросоюзом евросоюзе евросоюзу еврокомиссия еврокомиссии кремль кремля
кремле кремлем кремлю fda cdc ema nih who""".split())

# The same, by the lemmas of their words (`Европейского союза`).
ORG_NOT_PLACE_LEMMAS = frozenset({"европейский союз", "евросоюз", "кремль", "еврокомиссия",
                                  "европейский комиссия", "пентагон", "госдеп", "ватикан"})

# Nouns that head a place's name: `города Феникс`, `реки Славянки`, `штата Аризона`.
LOC_HEADS = frozenset("""
город поселок посёлок село деревня станица район область край округ штат провинция республика
река озеро море океан залив пролив остров полуостров архипелаг мыс гора хребет пустыня
улица проспект площадь переулок бульвар шоссе набережная аэропорт вокзал порт станция
""".split())

# Nouns of an address, after which a comma and a house number go on with it (`по улице Героев
# Революции, 78`, `ул. Ростовская, 18а`): the comma ends no phrase.
STREET_NOUNS = frozenset("""
улица ул проспект пр-т переулок пер бульвар шоссе набережная площадь проезд тупик микрорайон мкр
""".split())
HOUSE_NUMBER = re.compile(r"^\d{1,4}(?:[а-яa-z]|/\d{1,3})?$", re.I)

# Generic kinds written before an organisation's own name (`телеканал CNN`, `американская
# газета The Washington Post`, `агентство ТАСС`): the entity is named by the name alone, so
# `телеканал CNN` and `CNN` are one entity; so are `партия «Яблоко»` and `Яблоко`.
ORG_DESCRIPTORS = frozenset("""
телеканал телекомпания телерадиокомпания телесеть канал радиостанция радио агентство информагентство
газета онлайн-газета интернет-газета издание интернет-издание онлайн-издание журнал портал сайт
компания корпорация фирма холдинг медиахолдинг медиагруппа авиакомпания концерн
""".split())
# Kinds before a name in quotation marks or Latin letters only (`партия «Яблоко»`, `движение Black
# Lives Matter`): a capitalised abbreviation after them is a place's (`Демократическая партия США`).
QUOTED_NAME_DESCRIPTORS = frozenset("""
партия движение сеть соцсеть мессенджер клуб фонд организация объединение ассоциация профсоюз
""".split())
# ... of them, those that say the organisation is a medium (`издания The Local`).
MEDIA_DESCRIPTORS = frozenset("""
телеканал телекомпания телерадиокомпания телесеть канал радиостанция радио агентство информагентство
газета онлайн-газета интернет-газета издание интернет-издание онлайн-издание журнал портал сайт
медиахолдинг медиагруппа telegram-канал телеграм-канал телеграмм-канал тг-канал таблоид еженедельник
""".split())

# People who belong to a body, tagged as the first word of its name (`Член Совета при
# президенте РФ`, `Глава Минздрава`): no part of the organisation's name.
MEMBER_WORDS = frozenset("""
член глава председатель зампред представитель представительница сотрудник сотрудница руководитель
директор гендиректор замглавы заместитель советник помощник пресс-секретарь спикер депутат сенатор
министр замминистра
""".split())

# An organisation's stump compound (`Минфин`, `Нацбанк`, `Госдума`): its prefix, then the
# start of its second word; one organisation with the full name in the same article.
STUMP = re.compile(r"^(Мин|Нац|Гос|Рос|Фед|Мос)([а-яё]{3,})$")
