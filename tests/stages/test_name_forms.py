"""Nominatives of names from their endings (pipeline.stages.name_forms)."""
import pytest

from pipeline.stages.name_forms import first_declension, indeclinable, japanese, keeps_stem, russian_surname


@pytest.mark.parametrize("words, expected", [
    (["Сейдзи", "Маэхаре"], True), (["Ёсихидэ", "Суге"], True), (["Синдзо", "Абэ"], True),
    (["Такэси", "Ямаситы"], True), (["Такэси", "Ямасите"], True),   # a surname in an oblique case
    (["Марио", "Конте"], False),      # the shape, but no sound of the Japanese transcription
    (["Дмитрии", "Кулебе"], False), (["Клод", "Моне"], False), (["Маэхаре"], False),
])
def test_japanese(words, expected):
    assert japanese(words) is expected


def test_endings():
    assert russian_surname("Лапиной", "Gen", "femn") == "Лапина"
    assert russian_surname("Лапиной", "Gen", None) is None
    assert first_declension("Джасиндой", "Ins", "masc") == "Джасинда"
    assert first_declension("Лейле", "Dat", "masc") is None
    assert indeclinable("Хаменеи") and not indeclinable("Великого")
    assert keeps_stem("Маехары", "маехара") and not keeps_stem("Шольцем", "шолец")
