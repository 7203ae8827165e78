"""Family names shared by coordinated first names (pipeline.stages.name_families)."""
import pytest

from pipeline.records import Mention
from pipeline.stages.name_families import shared_family_names


def normals(text, pieces):
    """Normal forms after the rule, for PER mentions given as (text piece, normal before)."""
    mentions, at = [], 0
    for i, (piece, normal) in enumerate(pieces):
        start = text.index(piece, at)
        at = start + len(piece)
        mentions.append(Mention("d", i, start, at, piece, "PER", normal))
    return [m.normal for m in shared_family_names(mentions, text)]


@pytest.mark.parametrize("text, pieces, expected", [
    # a plural surname: each person takes it in the singular, in their own gender
    ("Депутаты Геннадий и Дмитрий Гудковы заявили.", [("Геннадий", "Геннадий"), ("Дмитрий Гудковы", "Дмитрий Гудкова")],
     ["Геннадий Гудков", "Дмитрий Гудков"]),
    ("Футболистов Александра и Кирилла Кокориных отпустили.",
     [("Александра", "Александр"), ("Кирилла Кокориных", "Кирилл Кокориных")], ["Александр Кокорин", "Кирилл Кокорин"]),
    ("Супруги Андрей и Наталья Ивановы рассказали.", [("Андрей", "Андрей"), ("Наталья Ивановы", "Наталья Иванова")],
     ["Андрей Иванов", "Наталья Иванова"]),
    # an indeclinable surname after a woman's first name, a man's first name before `и`
    ("Блогеры Александр и Мася Шпак объявили о разводе.", [("Александр", "Александр"), ("Мася Шпак", "Мася Шпак")],
     ["Александр Шпак", "Мася Шпак"]),
    # not a surname in the singular that declines, not a surname before `и`, not other words between
    ("Встреча Александра и Марии Захаровой прошла.", [("Александра", "Александр"), ("Марии Захаровой", "Мария Захарова")],
     ["Александр", "Мария Захарова"]),
    ("Путин и Эмманюэль Макрон поговорили.", [("Путин", "Путин"), ("Эмманюэль Макрон", "Эмманюэль Макрон")],
     ["Путин", "Эмманюэль Макрон"]),
    ("Геннадий сказал, а Дмитрий Гудковы молчат.", [("Геннадий", "Геннадий"), ("Дмитрий Гудковы", "Дмитрий Гудкова")],
     ["Геннадий", "Дмитрий Гудкова"]),
    # a surname the dictionary also reads as a plural's form stays, with no `и` before it
    ("Министр Валерий Фальков сказал.", [("Валерий Фальков", "Валерий Фальков")], ["Валерий Фальков"]),
])
def test_coordinated_first_names_share_the_family_name(text, pieces, expected):
    assert normals(text, pieces) == expected
