from pipeline.stages.linking import KeyStats, entity_rows, link, resolve_keys


def test_a_lone_surname_joins_the_one_full_name_with_it():
    resolved = resolve_keys(["PER:Сергей Лавров", "PER:Лавров", "LOC:Москва"])
    assert resolved["PER:Лавров"] == ("PER", "Сергей Лавров")
    assert resolved["LOC:Москва"] == ("LOC", "Москва")


def test_two_people_with_one_surname_stay_apart():
    resolved = resolve_keys(["PER:Сергей Иванов", "PER:Иван Иванов", "PER:Иванов"])
    assert resolved["PER:Иванов"] == ("PER", "Иванов")
    assert resolved["PER:Сергей Иванов"] != resolved["PER:Иван Иванов"]


def test_a_surname_matches_its_feminine_and_indeclinable_forms_only():
    resolved = resolve_keys(["PER:Мария Захарова", "PER:Захарова", "PER:Джорджа Мелони", "PER:Мелони", "PER:Захар"])
    assert resolved["PER:Захарова"] == ("PER", "Мария Захарова")
    assert resolved["PER:Мелони"] == ("PER", "Джорджа Мелони")
    assert resolved["PER:Захар"] == ("PER", "Захар")


def test_entity_rows_merge_the_keys_of_one_entity():
    stats = {"PER:Сергей Лавров": KeyStats({"Сергей Лавров", "Лаврова"}, 3), "PER:Лавров": KeyStats({"Лавров"}, 2)}
    linked = link(stats)
    assert linked["PER:Лавров"] == linked["PER:Сергей Лавров"]
    (row,) = entity_rows(stats, linked, {linked["PER:Лавров"][0]: 4})
    assert row["name"] == "Сергей Лавров" and row["n_mentions"] == 5 and row["n_docs"] == 4
    assert row["aliases"] == ["Лавров", "Лаврова", "Сергей Лавров"]


def test_a_lone_surname_joins_the_full_name_the_run_mentions_far_more():
    keys = ["PER:Дональд Трамп", "PER:Мэри Трамп", "PER:Трамп"]
    resolved = resolve_keys(keys, {"PER:Дональд Трамп": 50, "PER:Мэри Трамп": 3, "PER:Трамп": 10})
    assert resolved["PER:Трамп"] == ("PER", "Дональд Трамп")
    even = resolve_keys(keys, {"PER:Дональд Трамп": 5, "PER:Мэри Трамп": 3, "PER:Трамп": 10})
    assert even["PER:Трамп"] == ("PER", "Трамп")   # no clear owner: stays apart


def test_spellings_with_yo_and_ye_are_one_entity_named_by_the_commoner():
    stats = {"PER:Юрий Рогулёв": KeyStats({"Юрий Рогулёв"}, 12), "PER:Юрий Рогулев": KeyStats({"Юрия Рогулева"}, 10)}
    linked = link(stats)
    assert linked["PER:Юрий Рогулёв"] == linked["PER:Юрий Рогулев"]
    assert linked["PER:Юрий Рогулев"][2] == "Юрий Рогулёв"
    (row,) = entity_rows(stats, linked, {})
    assert row["n_mentions"] == 22


def test_initials_and_a_surname_join_the_full_name_whose_first_name_they_fit():
    resolved = resolve_keys(["PER:Алексей Кудрин", "PER:Борис Кудрин", "PER:А. Кудрин", "PER:В.В. Кудрин"])
    assert resolved["PER:А. Кудрин"] == ("PER", "Алексей Кудрин")
    assert resolved["PER:В.В. Кудрин"] == ("PER", "В.В. Кудрин")   # no Кудрин whose first name starts with В
    assert resolved["PER:Борис Кудрин"] == ("PER", "Борис Кудрин")


def test_within_an_article_initials_join_the_full_name_they_fit():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Алексей Кудрин", "Борис Кудрин", "А. Кудрин", "Б. Кудрин"])]
    names = link_persons(mentions)
    assert names[2] == "Алексей Кудрин" and names[3] == "Борис Кудрин"


def test_initials_glued_to_the_surname_join_the_full_name_they_fit():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Станислав Ерохин", "Борис Ерохин", "С.Ерохин", "Б.Ерохин"])]
    names = link_persons(mentions)
    assert names[2] == "Станислав Ерохин" and names[3] == "Борис Ерохин"


def test_a_spanish_first_surname_alone_joins_the_full_name():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Хорхе Мендоса Рестрепо", "Мендоса", "Рестрепо", "Гарсия"])]
    names = link_persons(mentions)
    assert names[1] == names[2] == "Хорхе Мендоса Рестрепо" and names[3] == "Гарсия"
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Джон Болтон", "Дональд Джон Трамп", "Джон"])]
    assert link_persons(mentions)[2] == "Джон Болтон"


def test_a_lone_surname_joins_the_initialled_name_when_no_full_name_has_it():
    resolved = resolve_keys(["PER:А. Кудрин", "PER:Кудрин"])
    assert resolved["PER:Кудрин"] == ("PER", "А. Кудрин")
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text) for i, text in enumerate(["А. Кудрин", "Кудрин"])]
    assert set(link_persons(mentions).values()) == {"А. Кудрин"}


def test_a_first_name_and_patronymic_join_the_one_person_with_those_initials():
    """`главе района О.В. Кирдуну` ... `ответил Олег Владимирович`: one person, `Олег Кирдун`
    (the surname read for a man: not the woman's `Кирдуна` the dictionary also finds)."""
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", 0, 0, 12, "О.В. Кирдуну", "PER", "О.В. Кирдуна"),
                Mention("d", 1, 20, 37, "Олег Владимирович", "PER", "Олег Владимирович")]
    assert set(link_persons(mentions).values()) == {"Олег Кирдун"}
    # not with other initials, nor with two people who have them
    mentions[0] = Mention("d", 0, 0, 12, "А.В. Кирдуну", "PER", "А.В. Кирдун")
    assert set(link_persons(mentions).values()) == {"А.В. Кирдун", "Олег Владимирович"}
    mentions = [Mention("d", 0, 0, 12, "О.В. Кирдун", "PER", "О.В. Кирдун"), Mention("d", 2, 40, 50, "О. В. Попов", "PER", "О. В. Попов"),
                Mention("d", 1, 20, 37, "Олег Владимирович", "PER", "Олег Владимирович")]
    assert link_persons(mentions)[1] == "Олег Владимирович"
    # nor a woman's first name with a man's surname, nor two people addressed with the same initials
    mentions = [Mention("d", 0, 0, 12, "С.И. Петрову", "PER", "С.И. Петров"),
                Mention("d", 1, 20, 37, "Светлана Ивановна", "PER", "Светлана Ивановна")]
    assert link_persons(mentions)[1] == "Светлана"   # (a woman's patronymic dropped)
    mentions = [Mention("d", 0, 0, 12, "А.В. Кудрин", "PER", "А.В. Кудрин"),
                Mention("d", 1, 20, 37, "Анна Викторовна", "PER", "Анна Викторовна"),
                Mention("d", 2, 40, 57, "Алексей Васильевич", "PER", "Алексей Васильевич")]
    assert link_persons(mentions)[0] == "А.В. Кудрин"


def test_case_forms_and_spellings_of_one_first_name_are_one_person_named_by_the_commonest():
    keys = ["PER:Камала Харрис", "PER:Камалу Харрис", "PER:Камал Харрис", "PER:Харрис", "PER:Нэнси Пелоси",
            "PER:Ненси Пелоси"]
    mentions = {"PER:Камала Харрис": 11, "PER:Камал Харрис": 6, "PER:Камалу Харрис": 1, "PER:Нэнси Пелоси": 17,
                "PER:Ненси Пелоси": 5}
    resolved = resolve_keys(keys, mentions)
    assert {resolved[k][1] for k in keys[:4]} == {"Камала Харрис"}
    assert {resolved[k][1] for k in keys[4:]} == {"Нэнси Пелоси"}


def test_different_first_names_with_one_surname_stay_apart():
    keys = ["PER:Мария Монти", "PER:Марио Монти", "PER:Ян Смит", "PER:Яна Смит", "PER:Кристиан Грей", "PER:Кристина Грей"]
    assert {resolved[1] for resolved in resolve_keys(keys).values()} == {k.split(":")[1] for k in keys}


def test_a_short_first_name_and_its_full_form_are_one_person():
    keys = ["PER:Джо Байден", "PER:Джозеф Байден", "PER:Хантер Байден", "PER:Байден"]
    resolved = resolve_keys(keys, {"PER:Джо Байден": 995, "PER:Джозеф Байден": 159, "PER:Хантер Байден": 26})
    assert [resolved[k][1] for k in keys] == ["Джо Байден", "Джо Байден", "Хантер Байден", "Джо Байден"]


def test_typos_in_a_long_first_name_or_a_doubled_surname_letter_are_one_person():
    keys = ["PER:Михаил Сааакашвили", "PER:Михаил Саакашвили", "PER:Владмир Путин", "PER:Владимир Путин"]
    resolved = resolve_keys(keys, {"PER:Михаил Саакашвили": 5, "PER:Владимир Путин": 100})
    assert [resolved[k][1] for k in keys] == ["Михаил Саакашвили"] * 2 + ["Владимир Путин"] * 2
    assert len({v[1] for v in resolve_keys(["PER:Мариан Грей", "PER:Марианна Грей"]).values()}) == 2


def test_an_organisation_is_named_by_its_own_name_without_its_generic_kind():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_mentions, own_name
    assert own_name("американская газета The Washington Post") == "The Washington Post"
    assert own_name("научное онлайн-издания Sciencemag") == "Sciencemag"   # a kind left in an oblique case
    assert own_name("агентство ТАСС") == "ТАСС"
    # a quoted name is its own name too; a Cyrillic one unquoted keeps its kind (its words may be
    # common ones); a body of a country is no kind of organisation
    assert own_name("партия «Слуга народа»") == "Слуга народа"
    assert own_name("газета Известия") == "газета Известия"
    assert own_name("правительство США") == "правительство США"
    assert own_name("социальная сеть Twitter") == "Twitter"
    assert own_name("Демократическая партия США") == "Демократическая партия США"   # no party named `США`
    mentions = [Mention("d", 0, 0, 13, "телеканал CNN", "ORG", "телеканал CNN"),
                Mention("d", 1, 30, 33, "CNN", "ORG", "CNN")]
    assert {m.entity_key for m in link_mentions(mentions)} == {"ORG:CNN"}
    mentions = [Mention("d", 0, 0, 15, "газеты «Ведомости»", "ORG", "газета «Ведомости»"),
                Mention("d", 1, 30, 39, "Ведомости", "ORG", "Ведомости")]
    assert {m.entity_key for m in link_mentions(mentions)} == {"ORG:Ведомости"}


def test_an_organisation_with_its_place_and_without_it_is_one_entity_in_an_article():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_mentions
    mentions = [Mention("d", 0, 0, 12, "Конгресс США", "ORG", "Конгресс США"), Mention("d", 1, 9, 12, "США", "LOC", "США"),
                Mention("d", 2, 30, 38, "Конгресс", "ORG", "Конгресс"), Mention("d", 3, 50, 55, "Сенат", "ORG", "Сенат")]
    keys = [m.entity_key for m in link_mentions(mentions)]
    assert keys[0] == keys[2] and keys[3] == "ORG:Сенат" and keys[1] == "LOC:США"
    mentions = [Mention("d", 0, 0, 10, "МИД России", "ORG", "МИД России"), Mention("d", 1, 4, 10, "России", "LOC", "Россия"),
                Mention("d", 2, 20, 32, "МИД Молдавии", "ORG", "МИД Молдавии"),
                Mention("d", 3, 24, 32, "Молдавии", "LOC", "Молдавия"), Mention("d", 4, 40, 43, "МИД", "ORG", "МИД")]
    keys = [m.entity_key for m in link_mentions(mentions)]
    assert keys[4] == keys[0] != keys[2]   # (a Russian designator an article drops anyway: not Moldova's)
    mentions = [Mention("d", 0, 0, 10, "Сенат США", "ORG", "Сенат США"), Mention("d", 1, 6, 10, "США", "LOC", "США"),
                Mention("d", 2, 20, 34, "Сенат Франции", "ORG", "Сенат Франции"),
                Mention("d", 3, 26, 34, "Франции", "LOC", "Франция"), Mention("d", 4, 40, 45, "Сенат", "ORG", "Сенат")]
    keys = [m.entity_key for m in link_mentions(mentions)]
    assert len({keys[0], keys[2], keys[4]}) == 3   # two countries' senates: the bare one is either's
    mentions = [Mention("d", 0, 0, 21, "Министерство обороны России", "ORG", "Министерство обороны России"),
                Mention("d", 1, 21, 27, "России", "LOC", "Россия")]   # (a designator an article drops anyway)
    assert [m.entity_key for m in link_mentions(mentions)][0].startswith("ORG:Министерство обороны")


def test_an_organisations_short_and_full_names_are_one_entity():
    stats = {"ORG:Минобороны": KeyStats({"Минобороны"}, 5), "ORG:Министерство обороны": KeyStats(
        {"Министерства обороны"}, 1), "ORG:Минобороны Украины": KeyStats({"Минобороны Украины"}, 2),
        "ORG:Минобороны РФ": KeyStats({"Минобороны РФ"}, 2)}
    linked = link(stats)
    assert linked["ORG:Министерство обороны"] == linked["ORG:Минобороны"]
    assert linked["ORG:Минобороны"][2] == "Минобороны"   # named by its commoner spelling
    assert linked["ORG:Минобороны Украины"] != linked["ORG:Минобороны"]   # another country's
    assert linked["ORG:Минобороны РФ"] != linked["ORG:Минобороны"]   # over a run a bare name may be any country's


def test_in_one_article_a_ministry_without_its_country_is_the_russian_one():
    from pipeline.stages.entities import same_name
    assert same_name("ORG", "Минобороны РФ", in_article=True) == same_name("ORG", "Министерство обороны", in_article=True)
    assert same_name("ORG", "Банк России", in_article=True) != same_name("ORG", "Банк", in_article=True)


def test_russias_central_bank_by_any_of_its_names_is_one_entity_named_as_the_article_names_it():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_mentions
    mentions = [Mention("d", 0, 0, 2, "ЦБ", "ORG", "ЦБ"), Mention("d", 1, 10, 20, "Центробанк", "ORG", "Центробанк"),
                Mention("d", 2, 30, 32, "ЦБ", "ORG", "ЦБ"), Mention("d", 3, 40, 52, "Банка России", "ORG", "Банк России")]
    assert {m.entity_key for m in link_mentions(mentions)} == {"ORG:Банк России"}
    # without `Банк России` in the article, its commonest own name; another country's bank stays apart
    mentions = [Mention("d", 0, 0, 2, "ЦБ", "ORG", "ЦБ"), Mention("d", 1, 10, 20, "Центробанк", "ORG", "Центробанк"),
                Mention("d", 2, 30, 32, "ЦБ", "ORG", "ЦБ"), Mention("d", 3, 40, 52, "ЦБ Турции", "ORG", "ЦБ Турции")]
    assert [m.entity_key for m in link_mentions(mentions)] == ["ORG:ЦБ", "ORG:ЦБ", "ORG:ЦБ", "ORG:ЦБ Турции"]


def test_a_surname_in_evich_alone_joins_the_full_name():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Богдан Киселевич", "Киселевич", "Светлана Иванова", "Светлана Николаевна"])]
    names = link_persons(mentions)
    assert names[1] == "Богдан Киселевич" and names[3] == "Светлана Иванова"   # a real patronymic still addresses her


def test_a_surname_that_is_also_a_patronymic_joins_when_the_article_uses_it_alone():
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Леонид Юзефович", "Юзефович", "Ольга Петровна"])]
    names = link_persons(mentions)
    assert names[1] == "Леонид Юзефович" and names[2] == "Ольга"   # (a woman's patronymic dropped)


def test_a_surname_outside_quotation_marks_is_the_person_named_outside_them():
    """`президент клуба Михаил Головков` ... `«... с Игорем Головковым», — цитирует Головкова
    ТАСС`: the bare surname is the one the narrative named, not the one inside the quotation;
    inside the quotation, or with no one named outside, the nearest before it."""
    from pipeline.records import Mention
    from pipeline.stages.entities import link_persons
    mentions = [Mention("d", i, i * 10, i * 10 + 5, text, "PER", text)
                for i, text in enumerate(["Михаил Головков", "Игорь Головков", "Головков", "Головков"])]
    assert link_persons(mentions, quoted=frozenset({1}))[2] == "Михаил Головков"
    assert link_persons(mentions, quoted=frozenset({1, 3}))[3] == "Игорь Головков"
    assert link_persons(mentions)[2] == "Игорь Головков"



def test_an_organisations_name_with_or_without_the_is_one_entity():
    stats = {"ORG:The New York Times": KeyStats({"The New York Times"}, 5),
             "ORG:New York Times": KeyStats({"New York Times"}, 2), "ORG:Times": KeyStats({"Times"}, 1),
             "ORG:The Bell": KeyStats({"The Bell"}, 1), "ORG:Bell": KeyStats({"Bell"}, 1)}
    linked = link(stats)
    assert linked["ORG:New York Times"] == linked["ORG:The New York Times"] != linked["ORG:Times"]
    assert linked["ORG:The Bell"] != linked["ORG:Bell"]   # one word after `The`: a name of its own (a medium, a maker)
    assert linked["ORG:New York Times"][2] == "The New York Times"   # named by its commoner spelling

