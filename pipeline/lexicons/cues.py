"""Speech cues and the punctuation around them: the data the quote stage matches against."""
import re

# Every dash news text uses between a quotation and its cue (`"...", ‑ сказал он`): hyphen,
# non-breaking hyphen (U+2011), figure dash, en dash, em dash, horizontal bar.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
DASH = "[" + "".join(re.escape(c) for c in DASHES) + "]"

# Speech verbs for their borderline use; as participles they offer (`предложен
# «вариант»`), they report nothing.
ADVICE_CUES = frozenset("рекомендовать порекомендовать советовать посоветовать предложить предлагать".split())

# Impersonal cues: a document or a place says it (`в заявлении МИД говорится`, `в статье X
# предполагается`); with a subject in the nominative the parse went wrong, and with none it
# is nobody's statement (`сообщается, что`).
IMPERSONAL_CUES = frozenset("""
говориться отмечаться указываться сообщаться подчеркиваться утверждаться предполагаться
уточняться поясняться констатироваться заявляться
""".split())

# Lemmas of verbs (and a few predicatives) that introduce reported speech or stated opinion.
SPEECH_VERBS = frozenset("""
заявить заявлять сказать говорить отметить отмечать подчеркнуть подчеркивать добавить добавлять
напомнить напоминать пояснить пояснять уточнить уточнять признать признавать посетовать сетовать
ответить отвечать написать писать сообщить сообщать рассказать рассказывать призвать призывать
предупредить предупреждать считать полагать заверить заверять указать указывать констатировать
подтвердить подтверждать объяснить объяснять отметиться заметить замечать выразить высказать
высказаться высказываться утверждать уверять обещать пообещать пожаловаться жаловаться
признаться признаваться объявить объявлять возразить возражать парировать
резюмировать заключить подытожить продолжить продолжать процитировать цитировать
опровергнуть опровергать отрицать допустить допускать предположить предполагать
прокомментировать комментировать охарактеризовать оценить оценивать назвать называть
поделиться делиться акцентировать настаивать настоять убеждать убедить уверить
рассуждать предостеречь предостерегать потребовать требовать попросить просить
добавлять пригрозить грозить анонсировать информировать проинформировать известить
твитнуть ответить пояснить поведать изложить излагать вспомнить вспоминать
спросить спрашивать воскликнуть восклицать возмутиться возмущаться
отчитаться отчитываться огласить оглашать провозгласить провозглашать
рапортовать отрапортовать доложить докладывать свидетельствовать засвидетельствовать
прогнозировать спрогнозировать предсказать предсказывать пообещать
выступить выступать обратить обращать заострить заострять указать усомниться сомневаться
разъяснить разъяснять заключать рассуждать намекнуть намекать оговориться оговариваться
подсчитать подсчитывать посчитать выразиться согласиться соглашаться повторить повторять
удивляться удивиться недоумевать сокрушаться возражать заметить отрезать подчеркивать
уверить убедить посетовать напомнить отметить опубликовать твитнуть запостить
упомянуть упоминать предречь предрекать думать надеяться опасаться мотивировать аргументировать сожалеть
съязвить язвить иронизировать отчеканить ожидать верить описать описывать
уведомить уведомлять похвастаться хвастаться обмолвиться поклясться клясться сознаться подсказать
вторить подметить пошутить шутить крикнуть кричать прокричать выкрикнуть шептать прошептать
передать передавать бояться подозревать угрожать постановить постановлять
формулировать выражать высказывать счесть порассуждать раскрыть раскрывать озвучить озвучивать
дополнить дополнять запротестовать припомнить
""".split()) | ADVICE_CUES | IMPERSONAL_CUES

# Borderline cues (GUIDELINES: optional statements) whose content is no reported clause but
# what follows the cue to the clause's end: a naming with a predicate (`назвал итоги
# подтасованными`), a denial with an object (`опроверг слух о ...`); and any cue with a topic
# (`рассказал о планах`); and a public call (`призвал стороны к диалогу`, `призвал граждан
# сделать прививку`), which corpora labelled word by word count. No other appeal: requests,
# advice, offers, promises and threats are acts GUIDELINES do not list and labellers leave out.
CALL_CUES = frozenset("призвать призывать".split())
# ... not an idiom of calling someone to account (`призвала к ответу Роскомнадзор`).
CALL_TO_IDIOMS = frozenset("ответу ответственности".split())
NAMING_CUES = frozenset("назвать называть объявить объявлять охарактеризовать".split())
NAMING_WITH_OBJECT = frozenset("назвать называть".split())   # `назвал международный комитет`: whom, with adjectives
# A description with `как` (`описал действия России как «очень разумные»`).
DESCRIBING_CUES = frozenset("описать описывать".split())
DENIAL_CUES = frozenset("опровергнуть опровергать отрицать".split())
# ... and the cues that name news false or a rumour (`Информацию о том, что ..., опровергли в X`,
# `..., назвали слухами`): the clause is what the source denies, not what it says.
DENYING_CUES = DENIAL_CUES | frozenset({"назвать", "называть", "не подтвердить"})
# Borderline cues whose content is their object, to the clause's end: a forecast
# (`Экономисты предрекают экономике рецессию`), a view put as a noun (`выразил мнение о
# необходимости ...`, `высказал сомнения в правильности решения`; not a feeling: `выразил
# недовольство`, `обеспокоенность`), and what a cue points at (`указала на осеннее замедление
# экономики`). Not an accusation (`обвинил X в том, что ...`): the seeds leave it out.
FORECAST_CUES = frozenset("предрекать предречь прогнозировать спрогнозировать предсказать предсказывать".split())
# ... objects that name what was forecast, not the forecast (`предсказали будущее`, `результаты выборов`)
FORECAST_TOPICS = frozenset("будущее результат исход итог развитие судьба ход динамика событие".split())
VIEW_CUES = frozenset("высказать высказывать выразить выражать".split())
VIEW_OBJECTS = frozenset("мнение сомнение надежда уверенность предположение идея убеждение".split())
POINTING_CUES = frozenset("указать указывать".split())
# ... a judgement with its object and predicate, like a naming (`считает решение ошибочным`,
# `сочли приговор незаконным`), and an explanation by a cause in the instrumental (`объяснил
# закрытие кофеен ростом аренды`, `объясняют нехваткой врачей`).
JUDGING_CUES = frozenset("считать счесть посчитать".split())
EXPLAINING_CUES = frozenset("объяснить объяснять".split())
POINTING_PREPOSITION = "на"
TOPIC_PREPOSITIONS = frozenset("о об обо".split())
# Particles that make `что` ask (`о том, что же происходит`, `что именно`): a topic, not a clause.
QUESTION_PARTICLES = frozenset({"же", "именно", "конкретно"})
# Possessives that name whose thing a topic is (`объявил о своей победе`), not a pointer back (`о нём`).
TOPIC_POSSESSIVES = frozenset("свой его её ее их мой наш твой ваш".split())
# Nouns of an event that only name it as a topic (`сообщило о происшествии`, `вспоминает о
# страшной трагедии`): nothing said about it, unless a genitive after it says what (`случай`,
# `событие` are not listed: `о новых случаях заражения`); the lemmas of participles used as
# nouns too (`о случившемся`).
EVENT_TOPICS = frozenset("""
происшествие инцидент трагедия чп катастрофа случившееся произошедшее случиться произойти
преступление подозрение
""".split())   # (`сообщил о преступлении в ФСБ`, `сообщили о подозрении бывшему замминистра`: legal acts)

# What a speaker declined to say, after a reported clause (`, однако причины назвать
# отказался`, `, но уточнять сроки не стал`): the author's words about the speaker, not the
# statement's. Verbs that decline by themselves, and verbs that decline with `не`.
DECLINING_VERBS = frozenset("отказаться воздержаться уклониться".split())
DECLINING_WITH_NOT = frozenset("""
стать уточнить уточнять пояснить пояснять назвать называть раскрыть раскрывать сообщить сообщать
комментировать прокомментировать конкретизировать вдаваться привести приводить объяснить объяснять
""".split())

# Verbs of publishing: a cue with a quotation or a clause (`опубликовал в Telegram: «...»`), not
# with a thing published for its object (`видео, которое опубликовал канал: на записи ...`,
# `перечень ведомство опубликовало в сентябре: в него вошли ...`) unless the thing is a text
# of its own words (`опубликовал обращение: «...»`).
PUBLISHING_CUES = frozenset("опубликовать публиковать запостить".split())
PUBLISHED_TEXTS = frozenset("""
заявление обращение сообщение пост запись твит комментарий письмо текст открытка видеообращение ответ
""".split())

# A question asked is no statement (`спросили, реально ли, что ...`, `— спросил он`).
ASKING_CUES = frozenset("спросить спрашивать".split())
# The speaker's own first person: a subject (`мы обещали`) and any word of it (`наш`, `мне`).
FIRST_PERSON_SUBJECTS = frozenset({"я", "мы"})
FIRST_PERSON_WORDS = FIRST_PERSON_SUBJECTS | frozenset(
    "меня нас мне нам мной нами наш наша наше наши нашего нашей нашим нашими нашем нашу "
    "мой моя мое моё мои моего моей моим моими моем моём мою".split())

# Cues that with an infinitive name a phase of another verb (`продолжают спорить`), no speech.
PHASE_VERBS = frozenset("продолжить продолжать".split())

# Cues that go on with what the statement before said: a bare role with one of them is that
# statement's speaker (`«...», — добавил депутат`).
CONTINUING_CUES = frozenset("добавить добавлять продолжить продолжать дополнить дополнять".split())
# Cues of a reply: `«Женя, завари чай», — попросил Дарькин Евгения Маркина. «Есть!» — ответил он`:
# the pronoun is the one the statement before was put to.
REPLY_CUES = frozenset("ответить отвечать откликнуться отозваться парировать возразить возражать".split())

# Particles that are no adverb before a cue (the tagger calls some adverbs particles:
# `— грустно[PART] добавил он`), and the object pronouns that may stand between an author's
# verb and its subject (`— вторит ему X`).
NOT_ADVERBS = frozenset("не ни ли же ж бы б разве неужели".split())
# Verbs of demanding with an infinitive after them: after a reported clause and `и`, the speaker's
# next act, which ends the clause (`заявляет, что A и требует перевести ее в другую колонию`).
DEMANDING_VERBS = frozenset("требовать потребовать просить попросить призвать призывать предложить предлагать".split())
# Nouns in the instrumental that say how something was said, like adverbs before a cue (`«...», —
# шепотом объясняет директор`).
MANNER_NOUNS = frozenset("шепотом шёпотом полушепотом полушёпотом хором криком басом скороговоркой".split())
OBJECT_PRONOUNS = frozenset("ему ей им мне нам вам его её ее их меня нас вас".split())

# Verbs of manner that act as a cue only right after a quotation (`"...", ‑ улыбается он`).
MANNER_CUES = frozenset("""
улыбаться улыбнуться усмехаться усмехнуться смеяться засмеяться рассмеяться вздыхать вздохнуть
шутить пошутить восклицать воскликнуть возмущаться горячиться кипятиться сетовать
вспоминать признаваться делиться продолжать добавлять разводить пожимать бросить
поделиться обращаться обратиться просветить просвещать кивать кивнуть
благодарить поблагодарить поздравлять поздравить приветствовать поприветствовать прощаться попрощаться
""".split())

# Adjectives and short participles: "X уверен, что ...".
PREDICATIVE_CUES = frozenset("уверенный убежденный убеждённый согласный убедить уверить".split())

# Verbs of telling and talking: with a clause they report (`рассказал, что ...`); with a topic
# they only name what was talked about (`рассказала о восстановлении после травмы`,
# `высказался о возможном переходе ...`: labelled as no statement in the web batches' tune
# parts), unlike verbs that declare it (`заявил о введении санкций`).
TELLING_CUES = frozenset("""рассказать рассказывать говорить поговорить побеседовать беседовать высказаться высказываться
доложить докладывать проинформировать информировать отчитаться отчитываться""".split())   # (`доложил о ситуации в АПК`)

# Verbs of thought and feeling: cues with a clause (`считает, что ...`), never with a topic
# (`думал о будущем` reports nothing said).
MENTAL_CUES = frozenset("""
думать считать счесть полагать надеяться опасаться сомневаться усомниться предполагать сожалеть верить
удивляться удивиться недоумевать сокрушаться бояться подозревать
""".split())

# Cues only right before their `, что` clause (`ожидает, что рост составит 2%`; not `ожидает
# утверждения, что может задержать ...`, `ожидаем поступление доз`; `раскрыла, что`, not a crime solved).
THAT_ONLY_CUES = frozenset({"ожидать", "раскрыть", "раскрывать"})   # `раскрыла, что ...`; not `убийство раскрыл следователь`

# Verbs of evidence: cues only with a study, a survey, a document or researchers as their
# subject and a clause after them (`Опрос показал, что ...`, `Закон гласит: ...`, `Ученые
# выяснили, что ...`; not `Он показал, что умеет`, `данные показали рост`). GUIDELINES leaves
# them borderline (optional); journalism corpora labelled PARC-style count them.
EVIDENCE_CUES = frozenset("""
показать показывать продемонстрировать демонстрировать выявить выявлять выяснить выяснять установить
устанавливать доказать доказывать обнаружить обнаруживать гласить
""".split())
EVIDENCE_NOUNS = frozenset("""
исследование опрос анализ данные доклад отчет отчёт статистика результат эксперимент расчет расчёт
мониторинг экспертиза проверка тест испытание наблюдение биография надпись закон документ статья
практика опыт история анкетирование перепись рейтинг подсчет подсчёт моделирование модель обзор
ученый учёный исследователь
""".split())
# Of those, the findings (not the people who find): a verb they are the subject of reports no one's
# words (`Анализ подтверждает, что ..., сообщил X`: X's statement).
FINDING_NOUNS = EVIDENCE_NOUNS - frozenset({"ученый", "учёный", "исследователь"})

# Verbs of speech that also point at evidence: with a thing, not a speaker, for their subject
# they report nothing said (`Это говорит о том, что ...`, `Многое указывает на то, что ...`,
# `Простая арифметика подсказывает, что ...`); a study, a body or a document as their subject
# still makes a statement, as with the verbs of evidence above (`Доклад указывает, что ...`).
EVIDENTIAL_CUES = frozenset("говорить указывать указать свидетельствовать засвидетельствовать подсказывать подсказать".split())
# ... pronouns that stand for a thing or a fact, never for a speaker (not `все`: everybody)
THING_PRONOUNS = frozenset("это всё многое ничто что-то что-нибудь кое-что немногое то такое сие".split())

# A testimony: `показать` with where it was given (`показал в суде, что ...`, `показала на допросе`,
# `показал следствию`) reports what a witness said, whoever the subject.
TESTIMONY_CUES = frozenset("показать показывать".split())
TESTIMONY_PLACES = frozenset("суд допрос заседание следствие процесс следователь очный".split())

# Words that are a clause's predicate on their own (`повышать налог сейчас нельзя`).
PREDICATIVE_WORDS = frozenset("нельзя можно нужно надо необходимо невозможно важно пора следует стоит".split())

# Verbs of an occasion of speaking or of being somewhere, whose gerund after a source phrase sets
# off when and where it was said (`Как сообщил X, выступая на форуме, ...`), besides the cues.
OCCASION_VERBS = frozenset("""выступать выступить общаться пообщаться находиться присутствовать участвовать
ссылаться сославшись подводить подвести беседовать побеседовать""".split())

# Adverbs of time that may follow a connective in a lead before an inside cue that is no part of
# the content (`Но сейчас, считает X, ...`; not `нельзя`, `рано`, `возможно`: the content's own predicates).
TIME_ADVERBS = frozenset("сейчас теперь сегодня ныне нынче пока тогда уже вчера завтра отныне впредь".split())

# Verbs whose `фразой «...»` with no colon is what their subject said (`охарактеризовал положение
# фразой «...»`, `закончил выступление фразой`, `ответил фразой`); not `согласился с фразой`,
# `возмутился фразой`, `украсили фасад фразой`.
PHRASE_VERBS = frozenset("""охарактеризовать характеризовать описать описывать закончить заканчивать завершить завершать
начать начинать ответить отвечать прокомментировать комментировать встретить встречать подытожить резюмировать
отреагировать реагировать""".split())

# Verbs of knowing and perceiving: their gerund's `, что` clause is what the speaker knew, not what
# was said (`заявил об этом, понимая, что его не услышат`).
KNOWING_VERBS = frozenset("знать понимать осознавать сознавать помнить видеть чувствовать ощущать учитывать предвидеть".split())

# Verbs of intent: a cue they govern was meant, not (yet) said (`хотел подчеркнуть, что ...`).
INTENT_VERBS = frozenset("""
хотеть захотеть желать стремиться пытаться попытаться намереваться собираться планировать
""".split())
# Words of right, ability or duty that govern a cue's infinitive (`потребитель вправе требовать,
# чтобы ...`, `не может сказать, что ...`): what one may or must say, nothing said.
MODAL_HEADS = frozenset("вправе мочь должный должен обязанный обязан право можно нельзя".split())   # (not `смог сообщить`: said)

# Verbs that are cues only when negated: `не сомневается, что ...` states a belief; `не
# исключает, что ...` (GUIDELINES: borderline) only before its clause, not with an object
# (`не исключил отставки`).
NEGATED_CUES = frozenset({"сомневаться", "усомниться", "исключать", "исключить"})
NEGATED_THAT_ONLY = frozenset({"исключать", "исключить"})
POSSIBILITY_WORDS = frozenset({"возможность", "возможности", "вероятность", "вероятности"})

# Cues whose object, not subject, is the source: `— цитирует «Коммерсантъ» министра`.
QUOTING_CUES = frozenset({"цитировать", "процитировать"})
# Two-word cues whose source is whose words they are: `— приводит слова премьера ТАСС`,
# `— передает CNN слова пресс-секретаря`.
WORDS_OF_CUES = {("приводить", "слово"): "привести слова", ("привести", "слово"): "привести слова",
                 ("приводиться", "слово"): "привести слова",   # `— приводятся в сообщении слова директора`
                 ("передавать", "слово"): "передать слова", ("передать", "слово"): "передать слова",   # `— передает CNN слова X`
                 ("цитировать", "слово"): "цитировать", ("цитировать", "заявление"): "цитировать",   # `— цитирует его заявление «Интерфакс»`
                 ("цитировать", "сообщение"): "цитировать", ("цитировать", "обращение"): "цитировать",   # `— цитирует сообщение мэрии РИА`
                 ("цитировать", "пост"): "цитировать", ("цитировать", "запись"): "цитировать",
                 **{(verb, words): "привести слова" for verb in ("приводить", "привести")   # `— приводит сообщение минэка «Коммерсант»`
                    for words in ("сообщение", "заявление", "обращение", "пост", "запись")}}

# Adverbs that make `говоря` an aside (`вообще говоря`, `честно говоря`, `иначе говоря`), no cue.
MANNER_OF_SPEAKING = frozenset("""вообще строго честно откровенно собственно грубо мягко иначе попросту проще короче
образно условно точнее""".split())

# Particles that mark what follows as someone's words (`Путин не возражал, дескать, это
# вопрос "заботы о людях"`): the source is the subject before them.
REPORT_PARTICLES = frozenset({"дескать", "мол"})

# Prepositional phrases whose object is the source: "по словам Ушакова, ...".
# Titles and rankings that `по версии X` qualifies (`чемпион мира по версии WBC`, `лучший
# фильм года по версии журнала`): whose title or list, not whose words.
RANKED_WORDS = frozenset("""чемпион чемпионка титул пояс звание рейтинг список номинация лучший худший самый премия награда
символический топ""".split())   # (`Символическая сборная Лиги 1 по версии France Football: ...`; not `место`, `сборная`:
                                 # `с места происшествия, по версии следствия, ...`)
RANKED_REACH = 5   # words before `по версии` in which a title or a ranking stands

SOURCE_PHRASES = {
    ("по", "слово"): "по словам",
    ("со", "слово"): "со слов",   # `Со слов Солновой, окончен приём заявок`
    ("по", "мнение"): "по мнению",
    ("по", "данные"): "по данным",
    ("по", "информация"): "по информации",
    ("по", "оценка"): "по оценке",
    ("по", "утверждение"): "по утверждению",
    ("по", "сообщение"): "по сообщению",
    ("по", "заявление"): "по заявлению",
    ("по", "прогноз"): "по прогнозу",
    ("по", "подсчет"): "по подсчетам",
    ("по", "признание"): "по признанию",
    ("по", "версия"): "по версии",
    ("по", "убеждение"): "по убеждению",
    ("по", "заверение"): "по заверениям",
    ("по", "выражение"): "по выражению",   # `по выражению министра, «...»`
    ("по", "сведение"): "по сведениям",
    ("по", "наблюдение"): "по наблюдениям",   # `По наблюдениям Сырцова, рынок ...`
    ("с", "зрение"): "с точки зрения",   # only after a possessive: `С его точки зрения, ...`
    ("по", "статистика"): "по статистике",
    ("согласно", "данные"): "согласно данным",
    ("согласно", "информация"): "согласно информации",
    ("согласно", "заявление"): "согласно заявлению",
    ("согласно", "оценка"): "согласно оценкам",
    ("согласно", "прогноз"): "согласно прогнозу",
    ("соответствии", "прогноз"): "в соответствии с прогнозом",
    ("соответствии", "данные"): "в соответствии с данными",
    ("соответствии", "оценка"): "в соответствии с оценкой",
}

# What a document or data shows: `Как следует из данных биржи, акции подешевели`, `Из
# документа следует, что ...` (the source is what follows `из`); lemma, preposition, cue.
FOLLOWS_FROM = ("следовать", "из", "следовать из")

# ... of them, those of words and opinions (not data): the content after them runs on past a
# colon (`по словам X, A: B`), as after a cue of speech.
SPEECH_SOURCE_PHRASES = frozenset({"по словам", "по мнению", "по утверждению", "по признанию", "по убеждению",
                                   "по заверениям", "по выражению", "со слов", "с точки зрения", "по наблюдениям"})

# Source phrases opening a sentence that `Об этом заявил X` after it reports without them
# (`По словам X, A. Об этом он заявил ...`: the statement is A), by their words.
SOURCE_PHRASE_STARTS = (("по", "словам"), ("по", "мнению"), ("по", "данным"), ("по", "оценке"), ("со", "слов"))
# The nouns of `по словам X` / `по мнению X` / `по данным X` as written: a sentence holding one
# reports another's words (`По словам Пескова, Путин ... . Он уточнил`: `он` is not Путин).
REPORTING_PHRASE_FORMS = frozenset({"словам", "мнению", "данным"})

# Prepositions whose object is the source itself: "Согласно Марку, ...", `в соответствии с
# прогнозом ФАО` (by its middle word, `с` after it).
SOURCE_PREPOSITIONS = {"согласно": "согласно", "соответствии": "в соответствии с"}

# Words that may stand between the preposition and its noun: `по последним данным ученых`,
# `согласно обновленным данным` (adjectives and participles, at most this many).
SOURCE_PHRASE_MODIFIERS = 3

# Multi-word cues: the first lemma and what must follow it.
# Phrases of reaching a conclusion, cues only right before the clause they report (`Авторы
# пришли к выводу, что ...`, `Суд сделал вывод: ...`; not `пришли к выводу о пользе прививок`).
CONCLUSION_CUES = {("прийти", "к", "вывод"): "прийти к выводу", ("прийти", "к", "заключение"): "прийти к заключению",
                   ("сделать", "вывод"): "сделать вывод", ("делать", "вывод"): "сделать вывод"}

# Verbs of commenting that take no clause (`Денис Губин прокомментировал ситуацию.`), and of
# explaining with only a topic after them (`X в эфире НСН пояснил причины роста продаж.`): a
# quotation that makes the next sentence is what the speaker said.
COMMENTING_CUES = frozenset("""
прокомментировать комментировать высказаться отреагировать пояснить пояснять объяснить объяснять разъяснить разъяснять
""".split())
# A full participle's ending (`предполагающих`, `открывший`, `объявленных`; the tagger reads a
# finite `передаёт` as a participle at times): it describes a noun, it reports nothing.
FULL_PARTICIPLE = re.compile(r"(?:щ|вш|ш|нн|н|т|ем|ом|им)(?:ий|ый|ая|яя|ое|ее|ие|ые|их|ых|ого|его|ому|ему|им|ым|ой|ей|ую|юю|ими|ыми|ом|ем)$")
# Words that may open a sentence whose cue has no subject (`И добавила, что ...`, `Также
# отметил, ...`): the speaker goes on from the sentence before.
SUBJECTLESS_OPENERS = frozenset({"и", "а", "также", "еще", "ещё", "затем", "потом", "позже", "кроме", "того"})
# `Вот что сказала бортпроводница ...`, `Вот как это прокомментировал X`: a sentence that
# points to the words after it; any cue there takes the quotation that follows.
POINTING_AHEAD = (("вот", "что"), ("вот", "как"))
# ... and cues of telling about something (`Борис Куприянов сказал не только об успехах, но и о
# проблемах. «Были хорошие вещи ...»`, `поделился впечатлениями`): with their topic (after
# TOPIC_CASE_WORDS) or what they shared and no content of their own, the quotation that
# follows is what they told (not after `поговорил с родственниками`: theirs, maybe).
TELLING_ABOUT_CUES = frozenset("""
сказать говорить рассказать рассказывать поделиться делиться высказаться высказываться вспомнить вспоминать
""".split())
TOPIC_CASE_WORDS = frozenset({"о", "об", "обо", "про"})
# A sentence after a quotation that gives it to someone (`«...». Так оценивают ситуацию в
# Пекине.`, `Об этом ...`, `Такое мнение ...`, `Эти слова ...`): the quotation is not the cue's before it.
QUOTATION_CLAIMED = re.compile(r"[.!?…»\"]*\s+(?:Так|Такое|Такого|Такую|Об этом|Эти|Это мнение|С этим)\b")
COMMENT_NOUNS = frozenset({"комментарий", "пояснение", "разъяснение"})
MADE_STATEMENT_NOUNS = frozenset({"заявление", "предупреждение", "признание", "уточнение", "замечание"})   # (not `оговорка`: a slip of the tongue)
# Giving a comment or making a statement, a cue only with its noun a few words on and a colon
# or `что` after it (`дал журналистам следующий комментарий: «...»`, `сделал тревожное
# заявление, что ...`; not `дал комментарий газете`, `сделал заявление для прессы`): the verb →
# (its nouns, the cue's verb; the cue is the verb and the noun found: `сделать предупреждение`).
GIVING_CUES = {"дать": (COMMENT_NOUNS, "дать"), "давать": (COMMENT_NOUNS, "дать"),
               "сделать": (MADE_STATEMENT_NOUNS, "сделать"), "делать": (MADE_STATEMENT_NOUNS, "сделать")}
COMMENT_REACH = 3   # words between the verb and its noun (`журналистам следующий`)

# Holding a view, a cue with the view's noun beside it (`Иного мнения придерживается X: «...»`,
# `X придерживается мнения, что ...`); the content is what its colon or `что` opens.
HOLDING_CUES = frozenset({"придерживаться"})
VIEW_NOUNS = frozenset({"мнение", "позиция", "зрение", "взгляд", "версия"})   # (`точки зрения`)
VIEW_REACH = 4   # words before or after the verb in which its noun stands

PHRASE_CUES = {("дать", "понять"): "дать понять", ("дать", "понимать"): "дать понять",
               ("дать", "распоряжение"): "дать распоряжение",
               ("дать", "поручение"): "дать поручение", ("дать", "указание"): "дать указание",   # `— дал поручение мэр X`
               ("поставить", "задача"): "поставить задачу",   # `— поставил задачу заместитель директора`
               ("вынести", "вердикт"): "вынести вердикт", ("выносить", "вердикт"): "вынести вердикт",   # `— вынес вердикт X`
               ("подвести", "итог"): "подвести итог", ("подводить", "итог"): "подвести итог",   # `— подвел мрачный итог специалист`
               ("ограничиться", "заявление"): "ограничиться заявлением",   # `ограничился заявлением, что ...`
               ("ограничиться", "комментарий"): "ограничиться комментарием",
               ("задаться", "вопрос"): "задаться вопросом", ("задаваться", "вопрос"): "задаться вопросом",
               # `«...», — привёл данные член палаты X`: the subject cites figures
               **{(verb, what): f"привести {said}" for verb in ("привести", "приводить")
                  for what, said in (("данные", "данные"), ("цифра", "цифры"), ("статистика", "статистику"),
                                     ("пример", "пример"))},
               **WORDS_OF_CUES}
# Phrase cues that report only as a finite verb (`ограничился заявлением, что ...`; not the
# gerund inside someone's words: `..., ограничившись комментарием министра`).
FINITE_ONLY_CUES = frozenset({"ограничиться заявлением", "ограничиться комментарием", "подвести итог"})   # (`Подводя итоги, ...`)

# Phrase cues that with a genitive after their noun sum up a thing, no words (`подвели итоги
# работы портов`; `— подвел итог специалист` reports).
OF_SOMETHING_PHRASES = frozenset({"подвести итог"})

# Sentences that start like this report the previous sentence: "Об этом заявил Песков."
ABOUT_THIS = (("об", "этом"), ("о", "этом"), ("об", "этом", "же"), ("это",), ("так",), ("такое", "мнение"),
              ("такую", "позицию"), ("такую", "точку", "зрения"), ("такой", "прогноз"), ("такой", "вывод"),
              ("такие", "данные"), ("с", "таким", "заявлением"), ("с", "такой", "оценкой"), ("с", "этим"),
              ("такую", "оценку"), ("такие", "оценки"), ("такое", "заявление"), ("такие", "выводы"),
              ("такой", "комментарий"), ("такое", "предположение"), ("такую", "версию"),
              ("соответствующее", "заявление"), ("подобное", "заявление"), ("соответствующий", "комментарий"),
              ("такое", "высказывание"), ("такие", "слова"), ("такие", "планы"), ("такой", "план"),
              ("информацию",), ("эту", "информацию"), ("данную", "информацию"), ("эту", "новость"),
              ("этой", "информацией"), ("такой", "информацией"), ("этими", "данными"), ("такими", "данными"))   # `поделилась`
# ... and, in the accusative or the instrumental, a word pointing back with a noun of what was
# said (`Таким мнением поделился X`, `С подобным прогнозом выступил X`, `Этот вывод подтвердил X`;
# not `Этому прогнозу возразил X`). A cue that objects to it, or with `не`, reports nothing of it.
OBJECTING_CUES = frozenset("возразить возражать оспорить оспаривать раскритиковать критиковать".split())
POINTING_DETERMINERS = frozenset("такой этот подобный аналогичный соответствующий".split())
# `по данным ТАСС`, `по информации агентства`: a source phrase that names who relays a statement.
RELAY_PHRASE_NOUNS = frozenset({"данным", "информации", "сообщению"})
POINTED_STATEMENT_NOUNS = frozenset("""
мнение прогноз вывод заявление оценка позиция версия комментарий предположение высказывание слово план данные
информация сведения новость мысль идея утверждение обещание предупреждение призыв вердикт цифра статистика
""".split())
# Verbs of saying that take a content clause, whose `что` a writer may drop after the comma
# (`Она подчеркнула, детские лагеря ... несанкционированные`); not verbs of an event
# (`пошутил, зал засмеялся`, `ответил, журналисты остались недовольны`, `высказался, после чего`).
THAT_DROPPING_CUES = frozenset("""
заявить заявлять сообщить сообщать отметить отмечать подчеркнуть подчеркивать сказать говорить добавить добавлять
уточнить уточнять пояснить пояснять напомнить напоминать считать полагать признаться признаваться заверить заверять
предупредить предупреждать подтвердить подтверждать уверенный убежденный констатировать
рассказать рассказывать заметить замечать объяснить объяснять признать признавать пообещать обещать указать указывать
""".split())
# Verbs of making a thing public: a noun phrase before them is often their object, described by
# a relative clause (`Видеообращение курьеров, у которых были закрыты лица, опубликовал X`), not
# what was said; verbs of saying take a verbless clause there (`Это заслуга врачей, которые ...,
# подчеркнул X`).
OBJECT_FIRST_CUES = frozenset("опубликовать публиковать распространить распространять выложить выкладывать разместить "
                            "размещать показать показывать обнародовать".split())
# `На это` points back to the sentence before only with a verb of pointing out (`На это указал
# министр X`, `На это обратил внимание X`); with others it names what was answered (`На это X ответил`).
POINTING_BACK = ("на", "это")
# `A, о чем сообщил X`: a relative pointing back to the clause before its comma, as `Об этом
# сообщил X` points to the sentence before (not `этап, о котором объявил X`: a thing, talked of).
ABOUT_WHICH = frozenset({("о", "чем"), ("о", "чём")})
# ... not after a pronoun it relates to (`Произошло то, о чем предупреждали экологи`), nor in an
# indirect question (`Стало известно, о чем говорили лидеры`, `не понимают, о чем говорил X`:
# ABOUT_WHICH_QUESTION_WORDS, below).
ABOUT_WHICH_NOT_AFTER = frozenset("то того тому тем всё все всего это этого".split())
POINTING_BACK_CUES = frozenset("указать указывать обратить обращать".split())
# Verbs that present what a `Такие данные`, `Такой прогноз` points back to (`Такие данные
# привела министр X`, `Такое заявление сделал X`): cues there; elsewhere only with their noun
# after them (GIVING_CUES, PHRASE_CUES: `сделал заявление, что`, `— привёл данные X`).
PRESENTING_CUES = frozenset("привести приводить озвучить озвучивать обнародовать представить представлять дать давать "
                            "сделать делать".split())
# Nouns of news that a presenting verb gives with `о том, что ...` after them (`Информацию о том,
# что ..., обнародовал X`, `X распространил сведения о том, что ...`): what the clause says is X's.
INFORMATION_NOUNS = frozenset("информация сведения данные новость сообщение".split())
# Words that may stand between `как` and its cue: `как в свою очередь сообщила`, `как ранее заявил`.
# Words that may stand before a sentence-opening `Как X сообщил, ...`, and the pronouns that
# may be its subject.
SENTENCE_OPENERS = frozenset("а и но однако впрочем кроме того при этом тем не менее же".split())
NOMINATIVE_PRONOUNS = frozenset({"он", "она", "они"})
AS_CUE_FILLERS = frozenset("""в свою очередь ранее уже также позже затем ещё еще недавно накануне вчера сегодня
неоднократно не раз часто нередко тогда публично официально прямо открыто как-то однажды
тут же сразу тотчас впоследствии потом было
справедливо верно точно метко образно правильно остроумно удачно резонно здраво мудро
любит любил любила любят любили""".split())   # (`Как было отмечено министром`, `Как справедливо заметил X`,
# `Как любит говорить X`: a judgement of the words or a habit, the cue right after)

# An indirect question (`Чем отличаются вакцины, рассказал X`) names a topic, not a statement.
TOPIC_WORDS = frozenset("как чем почему зачем когда где куда откуда сколько какой какая какое какие каков "
                        "насколько кто чего чему кому каким каких".split())

# Words that open a relative or subordinate clause: what follows a source phrase after a
# comma is then not the statement going on (`Павел Волчков, где разрабатывают ...`).
# Parts of speech that open a date, place or time set off by commas before a reported clause
# (`, сообщает X, 1 февраля, в день ..., художники проведут ...`).
ADVERBIAL_OPENERS = ("ADP", "NUM", "ADV")
# Question words that ask nothing before a comparative (`куда больше Пекин беспокоит ...`), and
# a comparative's shape (`больше`, `важнее`, `хуже`; not `уже`, not a genitive in -ей).
DEGREE_WORDS = frozenset({"куда"})
# Set phrases that open with a question word and ask nothing (`как минимум часть ...`,
# `когда-то`): the clause after them is what was said.
NOT_ASKING = frozenset(tuple(phrase.split()) for phrase in """
как минимум|как максимум|как правило|как обычно|как всегда|как ни странно|как известно|как раз|как и
|как следствие|как ожидается|как выяснилось|как оказалось|как бы то ни было|как ни крути|чем дальше|кто-то|где-то
""".replace("\n", "").split("|"))
# Cues of asking: what follows them outside a quotation is a question, a topic (`Многие
# задаются вопросом, что представляет собой вакцина`); quoted, it is what was said.
QUESTION_CUES = frozenset({"задаться вопросом"})
# A question's nouns as a cue's object before its colon: what the colon opens was asked
# (`Комментируя вопрос: «Почему ...?», артист сказал`; not `высказался по вопросу о ценах: «...?»`).
QUESTION_NOUNS = frozenset({"вопрос"})
# Conjunctions that join a speaker's next cue to a reported clause (`напомнил, что A и заверил,
# что B`), and the adverbs that may stand between them (`, а потом внезапно призналась`).
COORDINATING = frozenset({"и", "а", "но", "однако", "хотя"})   # (`, хотя выразил уверенность, что`: a concession of the same speaker)
# Time adverbs that may open a sentence before its `об этом` pointing back (`Тогда об этом
# публично сообщил X`, `Ранее об этом заявлял X`).
TIME_ADVERBS_BEFORE_LEAD = frozenset("тогда ранее прежде позже позднее впоследствии вчера сегодня накануне".split())
PREDICATE_FILLERS = frozenset("потом затем также тут же сразу позже вскоре впоследствии еще ещё внезапно неожиданно при "
                              "этом вдруг даже вновь снова тогда".split())
# Subordinating words that open a clause before a cue's next predicate (`если суд ... и признает,
# что ...`): what follows in that clause is no next cue of the speaker's.
SUBORDINATORS = frozenset("если когда хотя пока поскольку раз чтобы будто словно".split())
# Gerunds that open an aside of the writer's, not a circumstance of the source (`, судя по всему,`).
PARENTHETICAL_GERUNDS = frozenset({"судя"})
# The endings a gerund has (`выступая`, `отметив`, `вернувшись`, `будучи`): a word the tagger calls
# a gerund without one is a tagging slip (`демаркацию`).
GERUND_ENDINGS = ("а", "я", "в", "ши", "сь", "чи")
# Reply cues after `, на что` that end a reported clause (`заявил, что A, на что X ответил`).
REPLY_AFTER_WHAT = frozenset("ответить отвечать возразить возражать парировать заметить отреагировать".split())
# Words with which `ли` makes an adverb of doubt, not a question (`что Пекин вряд ли пойдет ...`).
DOUBT_WITH_LI = frozenset({"вряд", "навряд", "едва"})
COMPARATIVE = re.compile(r"\w{2,}(?:ее|ше|же)$")

RELATIVE_WORDS = frozenset("который которая которое которые где куда откуда чей чья чьё чье чьи когда".split())
# ... and other words that open a subordinate clause after a comma (`, в то время как X ...`,
# `, после чего журналисты ...`), beside the tagger's SCONJ.
CLAUSE_OPENERS_AFTER_COMMA = frozenset("как чего чем".split())

# A sentence opened by these leans on the one before (`Но она еще не завершена, подчеркнул X`).
LEANING_OPENERS = frozenset("но и а однако зато причем причём при этом".split())

# A medium's verbs that relay what someone said (`— сообщает издание X`, `пишет газета`).
RELAY_CUES = frozenset("сообщать сообщить писать передавать цитировать приводить".split())

# Words before `, как` that make it a subordinate conjunction, not an aside (`после того, как`,
# `в то время, как`, `с тех пор, как`, `так, как`, `таким, как`).
SUBORDINATE_AS_WORDS = frozenset("того тех пор время так такой такая такое такие таким такими такого той тем же".split())

# Connectives that only link a sentence to the one before (`Тем не менее, считает X, ...`,
# `В свою очередь, по словам X, ...`): a lead of one of these alone is not part of the statement.
CONNECTIVES = frozenset(tuple(phrase.split()) for phrase in """
тем не менее|в свою очередь|при этом|кроме того|однако|также|между тем|вместе с тем|в частности
|например|впрочем|наконец|напротив|зато|поэтому|итак|причем|причём|далее|кстати|более того
|помимо этого|и|но|а|но при этом|а также|и все же|и всё же|тем временем|правда|таким образом|в то же время
""".replace("\n", "").split("|"))

# A date that points to the one before it: the statement's day is that one (GUIDELINES § When).
POINTS_BACK = re.compile(r"\b(?:в\s+)?(?:тот\s+же|этот\s+же|тот|этот)\s+(?:же\s+)?день\b", re.I)
# `Перминов тогда объяснял:`, `Тогда же Клинсман заявил`: the statement's day is the last the
# text gave before it (not `тогда как`, whereas); matched in the cue's sentence outside the content.
THEN_WORDS = re.compile(r"\b(?:тогда(?!\s+как\b)|в\s+то\s+время|в\s+тот\s+момент)\b", re.I)
THEN_REACH = 3   # sentences back to that day
# The sentence after a statement dates it by naming it: `Кан сделал это заявление в понедельник 7 февраля`,
# `Об этом он сказал 5 мая в интервью`, `Так она прокомментировала в среду ...`.
STATEMENT_NAMED = re.compile(r"\b(?:эт[оиу]|так(?:ое|ие|ую)|данн(?:ое|ые|ую))\s+(?:заявлени[ея]|слова|высказывани[ея]"
                             r"|сообщени[ея]|обещани[ея])\b|\bс\s+(?:этим|таким|данным)\s+заявлением\b"
                             r"|^об\s+этом\b|^так\s+(?:он|она|они)\b", re.I)

# A sentence that announces an interview (`ответила на вопросы нашего издания`, `в интервью
# нашему корреспонденту рассказал`, `побеседовал с ...`): the dash answers below it are the
# interviewee's speech (quote_interviews), matched in the lowercased sentence.
INTERVIEW_MARKERS = re.compile(r"на\s+(?:\w+\s+){0,2}вопрос|\bинтервью\b|\bпобеседова|\bбеседе?\s+с\b|по\s+просьбе|вместе\s+с\b"
                               r"|\b(?:по)?говори(?:м|ли)\s+с\b|\bразговарива\w*\s+с\b"   # `Сегодня мы говорим с издателем X`
                               r"|\bнаш\w*\s+(?:издани|редакци|корреспондент|журналист|газет|агентств|журнал|портал"
                               r"|сайт|телеканал|радио|читател|слушател|зрител)|для\s+нашего\b")


# Cues whose `с` + noun complement comes between them and a source after them (`— выступил
# с заявлением Лукашенко`, `— обратился с призывом глава МИД`).
COMPLEMENT_CUES = frozenset("выступить выступать обратиться обращаться".split())
COMPLEMENT_NOUNS = frozenset("заявление обращение речь комментарий призыв предупреждение критика "
                             "опровержение предложение инициатива просьба".split())

# Lemmas of a relative clause's opener (`, власти которой заявляют, что`): a clause of the
# content, not another speaker's statement.
RELATIVE_PRONOUNS = frozenset({"который", "чей"})
# Cues of answering: what `ответил на вопрос:` presents may be the question itself.
ANSWERING_CUES = frozenset({"ответить", "отвечать"})
# Cues of agreeing (`С этим согласна X`): not a retelling of the sentence before.
AGREEING_CUES = frozenset({"согласный", "согласиться", "соглашаться", "поддержать", "поддерживать"})

# Impersonal words before an infinitive cue that make it the author's aside (`Важно отметить,
# что ...`, `Стоит напомнить`, `Следует подчеркнуть`).
ASIDE_MODALS = frozenset("важно стоит следует нужно необходимо надо хочется интересно любопытно".split())

# Words that open no reported clause after a cue's comma: a question's (`рассказал, какие меры
# ...`: a topic), a gerund's or a relative clause's, or the reporter's own connectives.
NOT_DROPPED_THAT = frozenset("как почему зачем где куда откуда когда сколько насколько ли чтобы если хотя однако но а и или "
                             "например впрочем потому поскольку ибо так мол дескать затем потом после тогда".split())
# Words that open an indirect question of why (`не смогла ответить на вопрос, почему США
# считают ...`), after a word of asking or not knowing: a cue in its clause asserts nothing (not
# after `объяснил, почему X считает, что ...`: X's view explained).
REASON_QUESTION_WORDS = frozenset("почему зачем отчего".split())
ASKED_BEFORE_WHY = frozenset("вопрос спросить спрашивать понять понимать знать выяснить выяснять неясно непонятно".split())
ABOUT_WHICH_QUESTION_WORDS = ASKED_BEFORE_WHY | frozenset(
    "известно неизвестно гадать догадываться догадаться рассказать рассказывать объяснить объяснять".split())
QUESTION_LEMMAS = frozenset("кто что какой каков чей сколько который".split())   # `кого Путин будет рад принять`, `с какими жалобами`
SUBORDINATE_OPENERS = frozenset("как когда если пока едва лишь".split())   # `Едва премьер высказался, депутаты ...`

# `из-за того, что`, `в связи с тем, что`, `после того, как`: a reason or a time, not what was said
REASON_PHRASES = (("из-за", "того"), ("из", "-", "за", "того"), ("ввиду", "того"), ("вследствие", "того"),
                  ("благодаря", "тому"), ("связи", "с", "тем"), ("после", "того"), ("до", "того"), ("несмотря", "на", "то"),
                  ("причине", "того"), ("потому",), ("оттого",), ("основании", "того"), ("результате", "того"),
                  ("случае", "того"))   # (not `объяснил отставку тем, что`: what was said; `на основании того, что`)

# Acknowledging a result or a fault is an act (`Шольц признал поражение на выборах: новым
# канцлером может стать Мерц`, `Конгресс признал победу Байдена, Трамп не согласен: ...`): what a
# colon opens after it is the writer's, not what was said.
ACKNOWLEDGING_CUES = frozenset({"признать", "признавать"})
# `сделка признается недействительной`, `признается лучшим`: a status given (the reflexive
# passive with an instrumental), not a confession (`признается, что ...`).
STATUS_REFLEXIVE_CUES = frozenset({"признаваться"})
STATUS_WORDS_REACH = 2   # words between the verb and its instrumental (`признается судом недействительной`)
ACKNOWLEDGED_ACTS = frozenset("поражение победа".split())   # (not `признал ошибку: ...`, what was admitted)
LISTED_TOPIC_PREPOSITIONS = TOPIC_PREPOSITIONS | {"про"}   # `рассказал о пострадавших: дети, пенсионеры и другие`: the topic listed

# The nouns of a source phrase that may close the sentence after its content (`..., по словам
# министра.`, `..., согласно данным ведомства.`); `по заявлению`, `по сообщению` there name whose
# complaint or call set something going (`Дело возбуждено, по заявлению пенсионерки.`).
CLOSING_PHRASE_NOUNS = frozenset("слово мнение данные оценка информация сведение подсчет подсчёт прогноз".split())

# Verbs of putting a document out: the subject of a relative clause on the document with one is its
# issuer (`В заявлении, которое распространил министр X, говорится`; not `получил`, `изучил`).
ISSUING_VERBS = frozenset("""
распространить распространять опубликовать публиковать выпустить выпускать направить направлять подписать
подписывать разослать обнародовать издать подготовить составить написать отправить сделать огласить
""".split())

# `..., — подчеркнул X, его слова привела БелТА`, `слова министра приводит ТАСС`: after a cue's
# source, a clause with `слова` and one of these verbs (within this many words) relays the
# same statement; it says nothing new.
WORDS_RELAYING_VERBS = frozenset("привести приводить передать передавать цитировать процитировать".split())
WORDS_RELAYED_REACH = 4
