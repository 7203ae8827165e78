"""Places named several ways: a country's short name, its official name, its abbreviation
(`США`, `Соединенные Штаты`, `Штаты`). Normal forms in lower case, ё as е; each line gives
the name the others stand for first."""

PLACE_NAMES = """
сша|соединенные штаты|соединенные штаты америки|штаты|америка
россия|рф|российская федерация
великобритания|британия|соединенное королевство
китай|кнр|китайская народная республика
германия|фрг|федеративная республика германия
франция|французская республика
белоруссия|беларусь|республика беларусь
молдавия|молдова|республика молдова
киргизия|кыргызстан|киргизстан
кндр|северная корея
южная корея|республика корея
оаэ|объединенные арабские эмираты
нидерланды|голландия
чехия|чешская республика
санкт-петербург|петербург|питер|спб
"""

# each alias → the name it stands for
SAME_PLACE = {alias: names.split("|")[0] for names in PLACE_NAMES.strip().splitlines() for alias in names.split("|")}
