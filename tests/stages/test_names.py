import pytest

from pipeline.stages.entities import surname_matches
from pipeline.stages.names import canonical_person, normalize_person, normalize_phrase


@pytest.mark.parametrize("words, expected", [
    ([("Сергея", "Gen", "Masc"), ("Лаврова", "Gen", "Masc")], "Сергей Лавров"),
    ([("Дональда", "Gen", "Masc"), ("Трампа", "Gen", "Masc")], "Дональд Трамп"),
    ([("Марка", "Gen", "Masc"), ("Рютте", "Gen", "Masc")], "Марк Рютте"),
    ([("Стивен", "Nom", "Masc"), ("Уиткофф", "Nom", "Masc")], "Стивен Уиткофф"),
    # the tagger's case is impossible for a word the dictionary knows only as oblique
    ([("Авелем", "Dat", "Masc")], "Авель"),
    ([("Вертинскому", "Nom", "Masc")], "Вертинский"),
    ([("Марианну", "Nom", "Fem")], "Марианна"),
    # the tagger gave the name's words different cases: trust the dictionary
    ([("Наине", "Nom", "Masc"), ("Иосифовне", "Gen", "Masc")], "Наина Иосифовна"),
    ([("Бесселю", "Dat", "Masc"), ("Коку", "Nom", "Masc")], "Бессель Кок"),
    # a nominative in -е may be an indeclinable name the dictionary does not know
    ([("Мирзазаде", "Nom", "Masc")], "Мирзазаде"),
    ([("Саломе", "Nom", "Fem"), ("Зурабишвили", "Nom", "Fem")], "Саломе Зурабишвили"),
    ([("Моне", "Dat", "Masc")], "Моне"),
    # a first name in -е read in an impossible case takes the case its declined surname shows
    ([("Вере", "Gen", "Fem"), ("Заречной", "Gen", "Fem")], "Вера Заречная"),
    ([("Маргрете", "Gen", "Fem"), ("Вестагер", "Gen", "Fem")], "Маргрете Вестагер"),
    # a hyphenated first name declines part by part where a part is a name in that case
    ([("Анны-Лены", "Gen", "Fem"), ("Хоффман", "Gen", "Fem")], "Анна-Лена Хоффман"),
    ([("Жану-Франсуа", "Dat", "Masc"), ("Леблану", "Dat", "Masc")], "Жан-Франсуа Леблан"),
    ([("Ахмат-Хаджи", "Gen", "Masc"), ("Кадырова", "Gen", "Masc")], "Ахмат-Хаджи Кадыров"),
    # ... also where the tagger read it in another case: the one case the dictionary knows every part in
    ([("Анны-Лены", "Nom", "Masc"), ("Шмидт", "Nom", "Masc")], "Анна-Лена Шмидт"),
    ([("Анной-Марией", "Gen", "Fem"), ("Ивановой", "Gen", "Fem")], "Анна-Мария Иванова"),
    ([("Жан-Поль", "Nom", "Masc"), ("Бельмондо", "Nom", "Masc")], "Жан-Поль Бельмондо"),
    # a surname after a particle the tagger read as a nominative takes the first name's confirmed case
    ([("Карла-Хайнца", "Gen", "Masc"), ("фон", "", ""), ("Веделя", "Nom", "Masc")], "Карл-Хайнц фон Ведель"),
    ([("Людвига", "Gen", "Masc"), ("ван", "", ""), ("Бетховена", "Nom", "Masc")], "Людвиг ван Бетховен"),
    ([("Шарль", "Nom", "Masc"), ("де", "", ""), ("Голль", "Nom", "Masc")], "Шарль де Голль"),
    # a surname in -у read as a genitive is an accusative of a name in -а; not after a vowel,
    # and not a first name (an indeclinable one may end so)
    ([("Хосе", "Gen", "Masc"), ("Луиса", "Gen", "Masc"), ("Каррансу", "Gen", "Masc")], "Хосе Луис Карранса"),
    ([("Кайи", "Gen", "Fem"), ("Ыунапуу", "Gen", "Fem")], "Кайя Ыунапуу"),
    ([("Чинеду", "Gen", "Masc"), ("Оконкво", "Gen", "Masc")], "Чинеду Оконкво"),
    # a Japanese surname declines like a noun in -а in every oblique case, also where the guesser
    # read it as a dictionary word after a made-up prefix (`Ям|аду`)
    ([("Кэнтаро", "Acc", "Masc"), ("Ямаду", "Acc", "Masc")], "Кэнтаро Ямада"),
    ([("Кэнтаро", "Ins", "Masc"), ("Ямадой", "Ins", "Masc")], "Кэнтаро Ямада"),
    # Romanian surnames in -еску never decline
    ([("Николае", "Gen", "Masc"), ("Чаушеску", "Gen", "Masc")], "Николае Чаушеску"),
    ([("Траяну", "Dat", "Masc"), ("Бэсеску", "Dat", "Masc")], "Траян Бэсеску"),
    # a Japanese name in -и (not after к, г, х, ...) is a nominative
    ([("Хироси", "Gen", "Masc"), ("Сато", "Gen", "Masc")], "Хироси Сато"),
    # ... but a declinable first name's dative before an indeclinable namesake
    ([("Марку", "Dat", "Masc"), ("Смиту", "Dat", "Masc")], "Марк Смит"),
    # no singular nominative ends in -ы; a man's name may decline like a feminine noun
    ([("Сейджи", "Nom", "Masc"), ("Маехары", "Nom", "Masc")], "Сейджи Маехара"),
    # the first name decides the gender; plural and vocative parses are no names
    ([("Нэнси", "Gen", "Fem"), ("Пелоси", "Gen", "Fem")], "Нэнси Пелоси"),
    ([("Беназир", "Gen", "Masc"), ("Бхутто", "Gen", "Masc")], "Беназир Бхутто"),
    ([("Джоанны", "Dat", "Fem"), ("Стингрей", "Gen", "Fem")], "Джоанна Стингрей"),
    ([("Кима", "Gen", "Masc"), ("Чен", "Gen", "Masc"), ("Ира", "Gen", "Masc")], "Ким Чен Ир"),
    ([("Ким", "Nom", "Masc"), ("Ир", "Nom", "Masc"), ("Сен", "Nom", "Masc")], "Ким Ир Сен"),
    ([("Йоахим", "Nom", "Masc"), ("Лёв", "Nom", "Masc")], "Йоахим Лёв"),
])
def test_person_nominative(words, expected):
    assert normalize_person(words) == expected


def test_initials_carry_no_gender():
    words = [("Н", "Loc", "Masc"), (".", "Loc", "Masc"), ("Н", "Gen", "Masc"), (".", "Gen", "Masc"),
             ("Вертинской", "Gen", "Masc")]
    assert normalize_person(words, ("", " ", "", " ")) == "Н. Н. Вертинская"


@pytest.mark.parametrize("words, expected", [
    ([("Администрации", "Gen", "NOUN"), ("президента", "Gen", "NOUN"), ("Российской", "Gen", "ADJ"),
      ("Федерации", "Gen", "PROPN")], "Администрация президента Российской Федерации"),
    ([("Тверской", "Gen", "ADJ"), ("площади", "Gen", "NOUN")], "Тверская площадь"),
    ([("Соединенных", "Gen", "ADJ"), ("Штатов", "Gen", "PROPN")], "Соединенные Штаты"),
])
def test_phrase_nominative(words, expected):
    assert normalize_phrase(words) == expected


def test_canonical_drops_patronymic():
    assert canonical_person("Дмитрий Сергеевич Песков") == "Дмитрий Песков"
    assert canonical_person("Зеленский") == "Зеленский"
    assert canonical_person("Е.Малышева") == "Е. Малышева"     # glued initials stand apart
    assert canonical_person("Н.Ф.Гамалея") == "Н.Ф. Гамалея"
    assert canonical_person("Анна К.") == "Анна К."


def test_a_surname_in_ich_is_no_patronymic():
    from pipeline.stages.names import is_first_and_patronymic
    assert is_first_and_patronymic(["Светлана", "Николаевна"]) and is_first_and_patronymic(["Владимир", "Ильич"])
    assert not is_first_and_patronymic(["Оксана", "Свитич"]) and not is_first_and_patronymic(["Петр", "Бабич"])
    # a surname the dictionary only guesses is a patronymic (`-евич` of no first name)
    assert not is_first_and_patronymic(["Богдан", "Киселевич"]) and not is_first_and_patronymic(["Франц", "Клинцевич"])
    assert is_first_and_patronymic(["Иван", "Петрович"])


@pytest.mark.parametrize("surname, word, expected", [
    ("Лавров", "Лаврова", True), ("Песков", "Пескову", True), ("Мелони", "Мелони", True),
    ("Путин", "Песков", False), ("Лавров", "Лавр", False),
])
def test_surname_matches(surname, word, expected):
    assert surname_matches(surname, word) is expected


def test_a_woman_the_dictionary_reads_as_a_man_keeps_her_name():
    words = [("Джорджа", "Gen", "Masc"), ("Мелони", "Nom", "Fem")]
    assert normalize_person(words, verb_gender="femn") == "Джорджа Мелони"
    assert normalize_person([("Джорджа", "Gen", "Masc"), ("Буша", "Gen", "Masc")]) == "Джордж Буш"
    # ... also where the tagger alone reads a word as a man's (`Аяко Мурата[Gen Masc] настроена`)
    words = [("Аяко", "Nom", "Fem"), ("Мурата", "Gen", "Masc")]
    assert normalize_person(words, verb_gender="femn") == "Аяко Мурата"


@pytest.mark.parametrize("words, expected", [
    # Russian-type surnames by gender, whatever the dictionary says of the word
    ([("Анны", "Gen", "Fem"), ("Лапиной", "Gen", "Fem")], "Анна Лапина"),
    ([("Ивана", "Gen", "Masc"), ("Лапина", "Gen", "Masc")], "Иван Лапин"),
    # foreign names: case endings off, no invented vowel, indeclinable endings kept
    ([("Олафом", "Ins", "Masc"), ("Шольцем", "Ins", "Masc")], "Олаф Шольц"),
    ([("Тони", "Ins", "Masc"), ("Смитом", "Ins", "Masc")], "Тони Смит"),
    ([("Биллу", "Dat", "Masc"), ("Смиту", "Dat", "Masc")], "Билл Смит"),
    ([("Али", "Gen", "Masc"), ("Хаменеи", "Gen", "Masc")], "Али Хаменеи"),
    # names in -а/-я the dictionary does not know, a man's or a woman's
    ([("Дмитрия", "Gen", "Masc"), ("Кулебы", "Gen", "Masc")], "Дмитрий Кулеба"),
    ([("Лейлы", "Gen", "Fem")], "Лейла"),
    # a first name keeps the dictionary's ё; an adjectival byname agrees
    ([("Петра", "Gen", "Masc"), ("Великого", "Gen", "Masc")], "Пётр Великий"),
    # a nominative the guesser reads after splitting off a prefix is no nominative (`Шмит|том`)
    ([("Эриком", "Ins", "Masc"), ("Шмиттом", "Ins", "Masc")], "Эрик Шмитт"),
    ([("Пэтом", "Ins", "Masc"), ("Чиполлоне", "Ins", "Masc")], "Пэт Чиполлоне"),
    # a man's name in -ай, -ей declines with й
    ([("Хамидом", "Ins", "Masc"), ("Карзаем", "Ins", "Masc")], "Хамид Карзай"),
    ([("Хамида", "Gen", "Masc"), ("Карзая", "Gen", "Masc")], "Хамид Карзай"),
    # an instrumental in -ом is a man's where no first name says otherwise
    ([("Ким", "Ins", "Masc"), ("Чен", "Ins", "Masc"), ("Ыном", "Ins", "Masc")], "Ким Чен Ын"),
    ([("Анной", "Ins", "Fem"), ("Бирнбом", "Ins", "Fem")], "Анна Бирнбом"),
    # a man's first name the dictionary knows only in an oblique case gives the surname its case
    ([("Ивана", "Gen", "Masc"), ("Петрова", "Loc", "Masc")], "Иван Петров"),
    ([("Ивану", "Dat", "Masc"), ("Новотному", "Nom", "Masc")], "Иван Новотный"),
    # ... a first name that may be a nominative does not (`Никола`), nor an undeclined surname
    ([("Никола", "Gen", "Masc"), ("Кулеба", "Nom", "Masc")], "Никола Кулеба"),
    ([("Альберта", "Gen", "Masc"), ("Бурла", "Nom", "Masc")], "Альберт Бурла"),
    # a word the dictionary knows in another word's case only is in that case
    ([("Ван", "Gen", "Masc"), ("Цзюньхуэя", "Dat", "Masc")], "Ван Цзюньхуэй"),
    # `младший`, `старший` after a hyphen decline as adjectives, the name by their case
    ([("Байдену-младшему", "Gen", "Masc")], "Байден-младший"),
    ([("Джорджа", "Gen", "Masc"), ("Буша-старшего", "Gen", "Masc")], "Джордж Буш-старший"),
])
def test_foreign_and_rare_names(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # an ending no nominative has shows the case the tagger missed
    ([("Джасиндой", "Nom", "Masc"), ("Ардерн", "Nom", "Masc")], "Джасинда Ардерн"),
    ([("Хавьера", "Gen", "Masc"), ("Соланы", "Acc", "Masc")], "Хавьер Солана"),
    # ... but not where the word has a nominative reading, or is short
    ([("Лев", "Nom", "Masc"), ("Толстой", "Nom", "Masc")], "Лев Толстой"),
    # a declined -ич surname is a man's, whatever his first name reads as; a woman's keeps it
    ([("Николы", "Gen", "Masc"), ("Йовича", "Gen", "Masc")], "Никола Йович"),
    ([("Марии", "Gen", "Fem"), ("Маркович", "Gen", "Fem")], "Мария Маркович"),
    # a declined -ова surname is a woman's, whatever her first name reads as (`Наргиз` a man's by the dictionary)
    ([("Наргиз", "Gen", "Masc"), ("Закировой", "Gen", "Fem")], "Наргиз Закирова"),
    ([("Андрей", "Nom", "Masc"), ("Луговой", "Nom", "Masc")], "Андрей Луговой"),
    # a man's adjectival surname in -ой is his nominative; a woman's -ой is oblique
    ([("Игорь", "Nom", "Masc"), ("Ланской", "Nom", "Masc")], "Игорь Ланской"),
    ([("Сергей", "Nom", "Masc"), ("Трубецкой", "Nom", "Masc")], "Сергей Трубецкой"),
    ([("Николай", "Nom", "Masc"), ("Бережной", "Nom", "Masc")], "Николай Бережной"),   # not `Бережный`
    ([("Николая", "Gen", "Masc"), ("Бережного", "Gen", "Masc")], "Николай Бережный"),   # the oblique says nothing more
    ([("Вероника", "Nom", "Fem"), ("Ланской", "Nom", "Fem")], "Вероника Ланская"),
    ([("Анной", "Ins", "Fem"), ("Шаховской", "Ins", "Fem")], "Анна Шаховская"),
    ([("Том", "Nom", "Masc"), ("Хэнкс", "Nom", "Masc")], "Том Хэнкс"),
])
def test_an_ending_no_nominative_has(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a first name in -е the dictionary knows only as a dative does not decline in another case
    ([("Маргрете", "Gen", "Fem"), ("Вестагер", "Nom", "Fem")], "Маргрете Вестагер"),
    ([("Маргрете", "Dat", "Fem")], "Маргрета"),
    ([("Наине", "Nom", "Masc"), ("Иосифовне", "Gen", "Masc")], "Наина Иосифовна"),
    # a guessed feminine noun in -ь is no foreign name; the dictionary's own is
    ([("Джорджи", "Gen", "Fem"), ("Мелони", "Gen", "Masc")], "Джорджа Мелони"),
    ([("Любови", "Gen", "Fem"), ("Орловой", "Gen", "Fem")], "Любовь Орлова"),
    # a place the dictionary knows only in the nominative is no oblique form; a first name may be
    ([("Альберта", "Gen", "Masc"), ("Бурла", "Gen", "Masc")], "Альберт Бурла"),
    ([("Итая", "Gen", "Masc"), ("Галя", "Gen", "Masc")], "Итай Галь"),
    ([("Альберта", "Gen", "Masc"), ("Гора", "Gen", "Masc")], "Альберт Гор"),
])
def test_dictionary_entries_that_do_not_fit_a_name(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a first name read in -а/-я as a man's or a woman's alike is a woman's
    ([("Этлеву", "Acc", "Masc"), ("Кадилли", "Acc", "Masc")], "Этлева Кадилли"),
    # a tie of other names passes the decision on (the surname here)
    ([("Александре", "Loc", "Masc"), ("Петрове", "Loc", "Masc")], "Александр Петров"),
])
def test_gender_ties(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a Japanese name's -е in the dative or locative is a case ending of -а
    ([("Сейдзи", "Loc", "Masc"), ("Маэхаре", "Loc", "Masc")], "Сейдзи Маэхара"),
    ([("Ёсихидэ", "Loc", "Masc"), ("Суге", "Loc", "Masc")], "Ёсихидэ Суга"),
    # not in other names of that shape, nor in a name the dictionary knows
    ([("Марио", "Dat", "Masc"), ("Конте", "Dat", "Masc")], "Марио Конте"),
    ([("Клоду", "Dat", "Masc"), ("Моне", "Dat", "Masc")], "Клод Моне"),
    ([("Моне", "Dat", "Masc")], "Моне"),
    # a Japanese first name in -и is no oblique form of one in -я
    ([("Такэси", "Gen", "Masc"), ("Ямаситы", "Gen", "Masc")], "Такэси Ямасита"),
])
def test_japanese_names_in_the_dative_and_locative(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a man's name in -йя declines like `статуя`: its dative and locative end in -йе
    ([("Хуану", "Dat", "Masc"), ("Пабло", "Dat", "Masc"), ("Монтойе", "Dat", "Masc")], "Хуан Пабло Монтойя"),
    ([("Франсиско", "Loc", "Masc"), ("Гойе", "Loc", "Masc")], "Франсиско Гойя"),
    # other -е endings of a man's foreign name stay as written
    ([("Клоду", "Dat", "Masc"), ("Моне", "Dat", "Masc")], "Клод Моне"),
    # and a woman's name in -йя is hers
    ([("Майе", "Dat", "Fem"), ("Плисецкой", "Dat", "Fem")], "Майя Плисецкая"),
])
def test_a_mans_name_in_iya_in_the_dative_and_locative(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a man's surname in -а beside the first name would share its dative: the first name is a nominative
    ([("Тору", "Dat", "Masc"), ("Камикава", "Nom", "Masc")], "Тору Камикава"),
    # where the surname is in the dative too, or could be a Russian surname's genitive, the first name declines
    ([("Ивану", "Dat", "Masc"), ("Петрову", "Dat", "Masc")], "Иван Петров"),
    ([("Тору", "Dat", "Masc"), ("Камикаве", "Dat", "Masc")], "Тор Камикава"),
])
def test_a_dative_first_name_beside_a_nominative_surname(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("word, expected", [
    ("Камертон", True), ("Узнавай", True),                      # words the dictionary knows, never names
    ("Лебедь", False), ("Соловей", False),                      # an animate noun may be a surname
    ("Путин", False), ("Гецлаф", False), ("Мороз", False),      # names, and words the dictionary only guesses
])
def test_common_word(word, expected):
    from pipeline.stages.names import common_word
    assert common_word(word) is expected


@pytest.mark.parametrize("words, expected", [
    # a first name the dictionary knows votes as a first name only: not its guessed indeclinable
    # woman's surname reading
    ([("Маартен", "Ins", "Masc"), ("де", None, None), ("Врис", "Nom", None)], None),
    ([("Нэнси", "Nom", None), ("Пелоси", "Nom", None)], "femn"),
    ([("Денис", "Nom", None), ("Шмыгаль", "Nom", None)], "masc"),
    # an indeclinable first name is a guess: a surname declined only as a man's outweighs it
    ([("Джесси", "Gen", None), ("Джелсингера", "Gen", None)], "masc"),
    ([("Джесси", "Nom", None), ("Смит", "Nom", None)], "femn"),
])
def test_person_gender_from_the_dictionaries(words, expected):
    from pipeline.stages.name_gender import person_gender
    assert person_gender(words, tagger=False) == expected


@pytest.mark.parametrize("words, expected", [
    # a man's soft-stem name in the instrumental or dative gets its soft sign back
    ([("Нгуен", "Ins", "Masc"), ("Ван", "Ins", "Masc"), ("Тханем", "Ins", "Masc")], "Нгуен Ван Тхань"),
    # a hissing consonant takes -ем as its hard ending
    ([("Ричардом", "Ins", "Masc"), ("Бушем", "Ins", "Masc")], "Ричард Буш"),
    # a woman's name in -ь: her instrumental in -ью
    ([("Гузелью", "Ins", "Fem"), ("Яхиной", "Ins", "Fem")], "Гузель Яхина"),
    # an adjectival surname's accusative in -ую is a woman's
    ([("Евгению", "Acc", "Fem"), ("Крутую", "Acc", "Fem")], "Евгения Крутая"),
    ([("Евгению", "Acc", "Masc"), ("Крутую", "Acc", "Masc")], "Евгения Крутая"),
    # Turkic patronymic words: only the first name declines
    ([("Нурлана", "Gen", "Masc"), ("Тологон", "Gen", "Masc"), ("уулу", None, None)], "Нурлан Тологон уулу"),
    ([("Полада", "Gen", "Masc"), ("Бюльбюль", "Gen", "Masc"), ("оглы", None, None)], "Полад Бюльбюль оглы"),
    # a foreign name in a hard consonant + -и is indeclinable, no genitive of an unknown -я word
    ([("Джанкарло", "Gen", "Masc"), ("Феррери", "Gen", "Masc")], "Джанкарло Феррери"),
    # ... a Russian -я name the dictionary knows declines
    ([("Кати", "Gen", "Fem"), ("Петровой", "Gen", "Fem")], "Катя Петрова"),
    # ... and so does an unknown -я surname beside a first name the dictionary declines
    ([("Ивана", "Gen", "Masc"), ("Грини", "Gen", "Masc")], "Иван Гриня"),
    # a man's foreign surname in -ую is no adjective's feminine accusative
    ([("Саиду", "Dat", "Masc"), ("Кую", "Dat", "Masc")], "Саид Кую"),
    # -лю, -лем decline to -ль as before
    ([("Михаэлю", "Dat", "Masc"), ("Шумахеру", "Dat", "Masc")], "Михаэль Шумахер"),
])
def test_session_39_endings(words, expected):
    assert normalize_person(words) == expected



@pytest.mark.parametrize("words, expected", [
    ([("Татьяны", "Gen", "Fem"), ("ШАХ", "Gen", "Fem")], "Татьяна Шах"),
    ([("ИВАНА", "Gen", "Masc"), ("СИДОРОВА", "Gen", "Masc")], "Иван Сидоров"),
    ([("Римского-КОРСАКОВА", "Gen", "Masc")], "Римский-Корсаков"),
    # a ruler's numeral, and initials as a nickname, stay as written
    ([("Николая", "Gen", "Masc"), ("II", None, None)], "Николай II"),
    ([("БГ", "Nom", "Masc")], "БГ"),
])
def test_session_40_a_name_set_in_capitals_is_title_cased(words, expected):
    assert normalize_person(words) == expected


def test_session_40_a_womans_name_after_her_dash_cue_is_her_nominative(models):
    """`— разъясняла мне Александра Хазиахметова, —`: the parse made the name the verb's object
    in the genitive (`Александр Хазиахметов`); the verb's feminine past says whose name it is.
    A subject left out before an object stays a man's genitive."""
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    lemmatize = make_lemmatizer(morph_forms)
    text = ('Заголовок\n\n— Из магазина не будешь кушать, — разъясняла мне Александра Хазиахметова, — в магазин привезут.'
            '\n\nВчера она поблагодарила Ивана Петрова за помощь.\n\n— Входите, — позвала Ивана Петрова.')
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, lemmatize)
    assert {m.normal for m in article.mentions if m.type == "PER"} == {"Александра Хазиахметова", "Иван Петров"}


@pytest.mark.parametrize("words, expected", [
    # the dictionary's second locative (`в порту`, `в аэропорту`)
    ([("морском", "Loc", "ADJ"), ("порту", "Loc", "NOUN"), ("Ростов-на-Дону", "Nom", "PROPN")],
     "морской порт Ростов-на-Дону"),
    ([("аэропорту", "Loc", "NOUN"), ("Шереметьево", "Nom", "PROPN")], "аэропорт Шереметьево"),
])
def test_session_40_a_phrase_in_the_second_locative(words, expected):
    assert normalize_phrase(words) == expected


def test_session_40_a_name_in_apposition_to_a_feminine_noun_is_hers(models):
    """`российскую шахматистку Александру Горячкину`: the tagger read a man's dative
    (`Александр Горячкин`); the feminine noun before it gives her name and its case."""
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    text = ('Заголовок\n\nНесколько десятков человек встретили российскую шахматистку Александру Горячкину в аэропорту. '
            'Он поблагодарил тренера Ивана Петрова.')
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, make_lemmatizer(morph_forms))
    assert {m.normal for m in article.mentions if m.type == "PER"} == {"Александра Горячкина", "Иван Петров"}


def _article(models, text):
    """One article run through the whole pipeline."""
    from pipeline.process import process_batch
    from pipeline.models import morph_forms
    from pipeline.records import RawArticle
    from pipeline.stages.tokens import make_lemmatizer
    article, = process_batch([RawArticle("t", "t.txt", data=text.encode())], models, make_lemmatizer(morph_forms))
    return article


def test_session_41_a_nickname_between_first_name_and_surname(models):
    """`Ярослав «Miposhka» Найденов`, `Вячеслава «Япончика» Иванькова`: one person, the nickname
    out of the normal form (the tagger made two persons and an organisation). A quoted name
    between two people's names joins nothing (`Иван «Спартак» Петров` needs a first name:
    `Москва «Спартак» Петров` stays apart)."""
    text = ('Заголовок\n\nКапитан команды Ярослав «Miposhka» Найденов отметил, что в команду мало кто верил. '
            'Лидер группировки Вячеслава «Япончика» Иванькова задержали. Найденов добавил, что все хорошо.')
    article = _article(models, text)
    people = {(m.text, m.normal) for m in article.mentions if m.type == "PER"}
    assert ("Ярослав «Miposhka» Найденов", "Ярослав Найденов") in people
    assert ("Вячеслава «Япончика» Иванькова", "Вячеслав Иваньков") in people
    assert not any(m.text in ("Miposhka", "Япончика") for m in article.mentions)
    assert len({m.entity_key for m in article.mentions if "Найденов" in m.text}) == 1


def test_session_41_join_nickname_needs_a_first_name():
    from pipeline.stages.span_repairs import Article, join_nickname
    text = "Матч «Спартак» Петров выиграл. Иван «Малыш» Петров и Москва «Динамо» Сидоров."
    ivan, petrov = text.index("Иван"), text.index("Петров и")
    spans = [(0, 4, "PER"), (text.index("Петров"), text.index("Петров") + 6, "PER"),
             (ivan, ivan + 4, "PER"), (text.index("Малыш"), text.index("Малыш") + 5, "ORG"), (petrov, petrov + 6, "PER"),
             (text.index("Москва"), text.index("Москва") + 6, "PER"), (text.index("Сидоров"), text.index("Сидоров") + 7, "PER")]
    joined = join_nickname(spans, Article(text, []))
    assert (ivan, petrov + 6, "PER") in joined and not any(s[2] == "ORG" for s in joined)
    assert (0, 4, "PER") in joined and (text.index("Москва"), text.index("Москва") + 6, "PER") in joined


@pytest.mark.parametrize("text, expected", [
    # a surname the page's end cut is the person named in full with a surname that begins so
    ('Заголовок\n\nГлава ИРИ Алексей Гореславский привел данные.\n\n"Один час в день проводит у нас человек в играх", '
     '- сообщил Гореславс', "Алексей Гореславский"),
    ('Заголовок\n\nЭксперт Алексей Алексеенко рассказал о рынке. «Здесь обман идет на государственном уровне», — уверен '
     'Алексей Але', "Алексей Алексеенко"),
    # a short stub with another first name, or a name that is not at the end, stays as written
    ('Заголовок\n\nЭксперт Алексей Алексеенко рассказал о рынке. «Здесь обман идет на государственном уровне», — уверен '
     'Иван Але', "Иван Але"),
    ('Заголовок\n\nГлава ИРИ Алексей Гореславский привел данные. Гореслав Петров сказал, что это так.', "Гореслав Петров"),
])
def test_session_41_a_name_cut_at_the_pages_end(models, text, expected):
    article = _article(models, text)
    assert article.mentions[-1].type == "PER" and article.mentions[-1].entity_key == f"PER:{expected}"


def test_session_41_a_surname_the_dictionary_knows_only_oblique_is_no_nominative(models):
    """`представитель Наргиз Закировой`: the tagger read `Закировой` as a nominative; the
    dictionary knows it only as an oblique form of `Закирова`. A surname with a nominative
    reading stays (`Андрей Луговой`)."""
    text = ('Заголовок\n\n«С нами не хотят общаться»: представитель Наргиз Закировой опровергла информацию лейбла. '
            'Андрей Луговой заявил, что все хорошо.')
    article = _article(models, text)
    assert {m.normal for m in article.mentions if m.type == "PER"} == {"Наргиз Закирова", "Андрей Луговой"}


def test_session_41_review_a_byline_at_the_end_is_a_whole_name(models):
    """`Автор: Дмитрий Соколов` closing the page is its own person, not `Петр Соколовский` cut."""
    text = ('В Казани открыли новый парк\n\nНа открытии выступил архитектор проекта Петр Соколовский, который рассказал, '
            'что работы шли два года.\nАвтор: Дмитрий Соколов')
    article = _article(models, text)
    assert {m.entity_key for m in article.mentions if m.type == "PER"} == {"PER:Петр Соколовский", "PER:Дмитрий Соколов"}


@pytest.mark.parametrize("written, canonical", [
    # a surname before the first name (official order): first name, then surname
    ("Гуреев Владимир", "Владимир Гуреев"), ("Петров Иван", "Иван Петров"), ("Толстой Лев", "Лев Толстой"),
    # not a first name first, two first names, or words the dictionary does not know
    ("Владимир Гуреев", "Владимир Гуреев"), ("Анна Мария", "Анна Мария"), ("Ким Чен", "Ким Чен"),
    ("Сергей Николаевич", "Сергей Николаевич"),
    # a foreign name the dictionary reads oddly (`Карлос` a surname, `Амарилья` a first name) stays
    ("Карлос Амарилья", "Карлос Амарилья"),
])
def test_session_41_a_surname_first_name_is_canonical_first_name_first(written, canonical):
    from pipeline.stages.names import canonical_person
    assert canonical_person(written) == canonical


def test_session_41_the_acting_ones_name_is_in_actings_case(models):
    """`врио министра сельского хозяйства Крыма Алиме Зарединова`: the name hangs on the role in
    the genitive but names the acting one, a nominative (not `Алиме Зарединов`)."""
    text = ('Заголовок\n\nКак сообщила врио министра сельского хозяйства Крыма Алиме Зарединова, в этом сезоне требования '
            'снизят. Как сообщил врио губернатора Иван Петров, все хорошо.')
    article = _article(models, text)
    assert [m.normal for m in article.mentions if m.type == "PER"] == ["Алиме Зарединова", "Иван Петров"]


@pytest.mark.parametrize("words, expected", [
    # session 43: a surname of a father's name and `кызы` / `улы` written as one word never declines
    ([("Гулбану", "Nom", "Fem"), ("Усенкызы", "Gen", "Fem")], "Гулбану Усенкызы"),
    ([("Нурлана", "Gen", "Masc"), ("Абдуллаулы", "Gen", "Masc")], "Нурлан Абдуллаулы"),
    # ... a Russian surname in the same case still does
    ([("Нурлана", "Gen", "Masc"), ("Абдуллаева", "Gen", "Masc")], "Нурлан Абдуллаев"),
])
def test_session_43_glued_patronymic_surnames(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # session 43: a nominative surname in -ова/-ева after a first name in a consonant the
    # dictionary does not know as a man's is a woman's, whatever gender the tagger read
    ([("Самал", "Nom", "Masc"), ("Канылбаева", "Nom", "Masc")], "Самал Канылбаева"),
    # ... not after a man's first name the dictionary knows (the site's slip for his genitive)
    ([("Рустам", "Nom", "Masc"), ("Минниханова", "Nom", "Masc")], "Рустам Минниханов"),
    ([("Нурлана", "Gen", "Masc"), ("Сабурова", "Gen", "Masc")], "Нурлан Сабуров"),
])
def test_session_43_a_womans_surname_after_an_unknown_first_name(words, expected):
    assert normalize_person(words) == expected


def test_session_43_a_glued_patronymic_says_the_gender():
    from pipeline.stages.name_gender import person_gender
    assert person_gender([("Гулбану", "Nom", None), ("Усенкызы", "Nom", None)]) == "femn"
    assert person_gender([("Нурлан", "Nom", None), ("Абдуллаулы", "Nom", None)]) == "masc"


@pytest.mark.parametrize("words, expected", [
    # session 43, the review: `-улы` is a genitive of an `-ула` surname too
    ([("Андрея", "Gen", "Masc"), ("Кривулы", "Gen", "Masc")], "Андрей Кривула"),
    ([("Сергея", "Gen", "Masc"), ("Бабулы", "Gen", "Masc")], "Сергей Бабула"),
])
def test_session_43_review_ula_surnames_still_decline(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # session 43 (the fifth normal-form set): a man's name the tagger gave mixed cases whose last
    # word ends in a consonant and -ом is in the first word's instrumental
    ([("Ли", "Ins", "Masc"), ("Сын", "Nom", "Masc"), ("Хёном", "Gen", "Masc")], "Ли Сын Хён"),
    # ... not a genitive's -а, which a nominative has as often
    ([("Николаса", "Gen", "Masc"), ("Мадуро", "Nom", "Masc"), ("Герра", "Nom", "Masc")], "Николас Мадуро Герра"),
])
def test_session_43_the_last_word_in_the_first_words_instrumental(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # session 51 (the sixth written normal-form set's tune part): a woman's first name in an oblique
    # case before a surname in a consonant left undeclined (a man's would decline with it)
    ([("Ясну", "Gen", "Fem"), ("Петкович", "Nom", "Fem")], "Ясна Петкович"),
    ([("Прии", "Nom", "Fem"), ("Наир", "Nom", "Fem")], "Прия Наир"),
    ([("Прию", "Ins", "Masc"), ("Раманатхан", "Ins", "Masc")], "Прия Раманатхан"),
    ([("Весной", "Ins", "Fem"), ("Маркович", "Nom", "Masc")], "Весна Маркович"),
    # ... not a nominative the dictionary knows or an ending a nominative has where the tagger reads one
    ([("Рой", "Nom", "Masc"), ("Джонс", "Nom", "Masc")], "Рой Джонс"),
    ([("Мамаду", "Nom", "Masc"), ("Ндиай", "Nom", "Masc")], "Мамаду Ндиай"),
    # ... not a man's dative the dictionary knows, or one the tagger reads as a man's, before a surname left as
    # written (from the review: `тренеру Андрею Пак`)
    ([("Андрею", "Dat", "Masc"), ("Пак", "Dat", "Masc")], "Андрей Пак"),
    ([("Дмитрию", "Dat", "Masc"), ("Тен", "Dat", "Masc")], "Дмитрий Тен"),
    ([("Махмуду", "Dat", "Masc"), ("Аббас", "Dat", "Masc")], "Махмуд Аббас"),
    # ... not before a man's instrumental, a Russian surname that never declines, or with a double first name
    ([("Николой", "Ins", "Masc"), ("Йовановичем", "Ins", "Masc")], "Никола Йованович"),
    ([("Станиславу", "Dat", "Masc"), ("Долгих", "Dat", "Masc")], "Станислав Долгих"),
    ([("Анны-Марии", "Gen", "Fem"), ("Кёлер", "Gen", "Fem")], "Анна-Мария Кёлер"),
    # a lone adjectival surname in -ой the tagger reads as a man's nominative is one (no woman's `Швыдкая`)
    ([("Швыдкой", "Nom", "Masc")], "Швыдкой"),
    ([("Крутой", "Ins", "Fem")], "Крутая"),
])
def test_session_51_womans_first_name_and_mans_lone_surname(words, expected):
    assert normalize_person(words) == expected


def test_session_51_no_womans_first_name_where_the_verb_says_a_man():
    words = [("Ибу", "Dat", "Fem"), ("Хасан", "Nom", "Fem")]
    assert normalize_person(words) == "Иба Хасан"
    assert not normalize_person(words, verb_gender="masc").startswith("Иба")


@pytest.mark.parametrize("words, expected", [
    # a double first name whose parts are first names of one gender (session 55)
    ([("Анны-Лены", "Gen", None), ("Шмидт", "Gen", None)], "femn"),
    ([("Жан-Пьер", "Nom", None), ("Лебрен", "Nom", None)], "masc"),
    ([("Мари-Од", "Nom", None), ("Лефевр", "Nom", None)], "femn"),
])
def test_session_55_a_double_first_names_gender(words, expected):
    from pipeline.stages.name_gender import person_gender
    assert person_gender(words, tagger=False) == expected


@pytest.mark.parametrize("words, expected", [
    # a surname in -зода, -заде never declines, so a dative first name beside it is a dative (session 57)
    ([("Шерзоду", "Dat", "Masc"), ("Назарзода", "Nom", "Masc")], "Шерзод Назарзода"),
    # ... a first name in -зод is no such surname (`Ахмедова Бехзода`, surname first)
    ([("Ахмедова", "Gen", "Masc"), ("Бехзода", "Gen", "Masc")], "Ахмедов Бехзод"),
    # ... where a surname in -а after a consonant would decline with the first name (`Тору Камикаве`)
    ([("Тору", "Dat", "Masc"), ("Камикава", "Nom", "Masc")], "Тору Камикава"),
])
def test_session_57_a_dative_beside_a_surname_that_never_declines(words, expected):
    assert normalize_person(words) == expected


@pytest.mark.parametrize("words, expected", [
    # a woman's nominative that is also a man's genitive, before a surname in a consonant left undeclined (session 57)
    ([("Александра", "Gen", "Masc"), ("Ковальчук", "Nom", "Masc")], "Александра Ковальчук"),
    ([("Валентина", "Gen", "Masc"), ("Шевчук", "Gen", "Masc")], "Валентина Шевчук"),
    # ... a declined surname shows the man's genitive; a man's first name only is a man's
    ([("Александра", "Gen", "Masc"), ("Ковальчука", "Gen", "Masc")], "Александр Ковальчук"),
    ([("Ивана", "Gen", "Masc"), ("Ковальчук", "Gen", "Masc")], "Иван Ковальчук"),
])
def test_session_57_a_womans_nominative_before_an_undeclined_surname(words, expected):
    assert normalize_person(words) == expected
