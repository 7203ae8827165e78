import pytest

from pipeline.stages.quote_marks import find_quote_spans, top_level


@pytest.mark.parametrize("text, expected", [
    ('"Если подходить "по-мужски", то да", – заявил он.', ['"Если подходить "по-мужски", то да"', '"по-мужски"']),
    ("Песков заявил: «Это «плохо»».", ["«Это «плохо»»", "«плохо»"]),
    ('сказал, что "потребуется время", но "поводов нет".', ['"потребуется время"', '"поводов нет"']),
    ("„Да“, — сказал он. “Нет”", ["„Да“", "“Нет”"]),
    # a straight quotation closed by a curly ”, also with a straight mark inside left open (session 54)
    ('"Я вижу немного серого, а не цветного”, - добавил он.', ['"Я вижу немного серого, а не цветного”']),
    ('"Годы спустя я мог сказать: "Знаешь, мне плохо. Я вижу серое”, - добавил он.',
     ['"Годы спустя я мог сказать: "Знаешь, мне плохо. Я вижу серое”']),
    ('"Газета “Известия” пишет об этом", - сказал он.', ['"Газета “Известия” пишет об этом"', '“Известия”']),
    ('Рост на 5" дюймов', []),
    ("«не закрыто\nи дальше", []),
    # a heading glued to the quotation after it (a crawled page lost the line break)
    ('Как оценивают вакцины"В идеале препарат испытывают заранее", — поясняет он.',
     ['"В идеале препарат испытывают заранее"']),
    ('называют его "Спутник" и "Вектор".', ['"Спутник"', '"Вектор"']),
    # a quotation over paragraphs: left open, each paragraph reopening it, closed at the end
    ("Он заявил: «Первое.\n\n«Второе.\n\nТретье», — сказал он.", ["«Первое.\n\n«Второе.\n\nТретье»"]),
    # but not past its limit, nor a » that another « on its line closes
    ("«не закрыто" + "\nабзац" * 13 + "\nконец»", []),
    # a straight quotation that opens its paragraph and holds no other mark runs on too
    ('"Мы не хотим повторения.\n\nПоэтому вводим ограничения", – сказал он.',
     ['"Мы не хотим повторения.\n\nПоэтому вводим ограничения"']),
    ('"Мы не хотим повторения.\n\n"Поэтому вводим ограничения", – сказал он.',
     ['"Мы не хотим повторения.\n\n"Поэтому вводим ограничения"']),
    # ... not one that lost its closing mark beside an inner quotation, nor one inside a line
    ('"Переболела, - говорит она, - Сказала: "страшно, но лучше".\n\n"Рады, - признается Мария.',
     ['"страшно, но лучше"']),
    ('Он сказал "не закрыто.\n\nДальше текст", и ушел.', []),
    # a « typed for the closing » of an open quotation, before the cue's comma and dash
    ("«Надеюсь, что этого не будет«, — сказал глава республики.", ["«Надеюсь, что этого не будет«"]),
    # ... but a « after a space or a dash opens a nested quotation
    ("«Мы назвали его «Спутник» и «Вектор»», — сказал он.",
     ["«Мы назвали его «Спутник» и «Вектор»»", "«Спутник»", "«Вектор»"]),
    # a name's two marks closed by one » (Russian type) end together, not running on over paragraphs
    ("АО «НК «Kazakh Tourism» и фонд договорились, сообщает пресс-служба.\n\n«Меморандум подписан», — говорится там.",
     ["«НК «Kazakh Tourism»", "«Kazakh Tourism»", "«Меморандум подписан»"]),
    # ... and one whose inner «name» closes before the cue's dash with the cue's own quotation
    # after it on the line (session 46)
    ("«Вызвали в полицию. Говорят про «массовые беспорядки», — написал он и добавил, что «диалог возможен».",
     ["«Вызвали в полицию. Говорят про «массовые беспорядки»", "«массовые беспорядки»", "«диалог возможен»"]),
    # ... not a quotation that runs on with a quoted word near its start
    ("Он сказал: «Мы «за» перемены.\n«Но не сейчас», – добавил он.", ["«Мы «за» перемены.\n«Но не сейчас»", "«за»"]),
    # a straight quotation opening its line whose inner "name" closes both before the cue's dash
    ('"Договоренность о переходе в "Витязь", - сказал агент "Спорт-Экспрессу".',
     ['"Договоренность о переходе в "Витязь"', '"Витязь"', '"Спорт-Экспрессу"']),
    # ... or a sentence (session 46)
    ('Он согласен. "Я уверяю, что они говорят: "Мы должны страдать", - добавил министр.',
     ['"Я уверяю, что они говорят: "Мы должны страдать"', '"Мы должны страдать"']),
    # ... not a quotation inside a line
    ('Он сказал "о переходе в "Витязь", - сказал агент.', ['"Витязь"']),
    # ... nor one that lost its closing mark before its own cue: the paragraphs after are narration
    ('"Мы сыграем со "Спартаком" в субботу, - сказал тренер. - Готовимся.\n\nМатч пройдет на "Лужниках". Билеты '
     'продаются.\n\n"Мы готовы", - добавил капитан.', ['"Спартаком"', '"Лужниках"', '"Мы готовы"']),
    # a « that opens its line, never closed, that its cue interrupts: it ends with the line
    ("«Следствием установлено, что были побои, – сообщает помощник Иван Петров. – Об этом знали",
     ["«Следствием установлено, что были побои, – сообщает помощник Иван Петров. – Об этом знали"]),
    ("«Следствием установлено, – сообщает Петров. – Об этом знали.\nДальше.\n",
     ["«Следствием установлено, – сообщает Петров. – Об этом знали.\n"]),
    # ... not one with no second part after its cue, nor an editor's note (`– ред.`)
    ("«Следствием установлено, что были побои, – сообщает помощник Иван Петров.", []),
    ("«У Дубровского (губернатор, – ред.) были проблемы, – отметил собеседник агентства.", []),
    # session 46: so does one that opens a sentence, the line's first mark
    ('Захарова ответила. "Украина не член НАТО.\n\nВы уже помогли. Отдыхайте", - написала она.',
     ['"Украина не член НАТО.\n\nВы уже помогли. Отдыхайте"']),
    # ... not one after another mark on its line
    ('Он назвал "Спартак" лучшим. "Украина не член НАТО.\n\nВы уже помогли.', ['"Спартак"']),
    # a straight quotation that opens its paragraph and holds inner "names" in pairs runs on
    ('"Он не игрок "Кайрата". Контракт не подписан.\n\nВ матче он не сыграет", - цитирует его портал.',
     ['"Он не игрок "Кайрата". Контракт не подписан.\n\nВ матче он не сыграет"', '"Кайрата"']),
])
def test_quote_spans_pair_marks_with_nesting(text, expected):
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == expected


def test_top_level_drops_nested():
    text = '"A "b" c" и "d"'
    assert [text[s.start:s.end] for s in top_level(find_quote_spans(text))] == ['"A "b" c"', '"d"']


def test_a_quotation_inside_a_run_on_one_is_nested_in_it():
    """`«... \n\n ... "на всякий случай" ...»`: the inner quotation of the continued paragraph
    is one level down, so the run-on quotation stays the top one over it."""
    text = '«Вакцина — это тренировка.\n\nСбивать ее "на всякий случай" не нужно», — рассказал Логинов.'
    spans = find_quote_spans(text)
    assert [(text[s.start:s.end][:8], s.depth) for s in spans] == [("«Вакцина", 0), ('"на всяк', 1)]
    assert top_level(spans) == spans[:1]


def test_quotations_after_a_run_on_mark_that_never_closes_stay_on_top():
    """An open « that runs on and never closes leaves the quotations after it top-level."""
    text = "«Открытая фраза\n\n" + "\n\n".join(f"Абзац {n}." for n in range(8)) + "\n\nОн сказал: «Нет». Конец."
    spans = find_quote_spans(text)
    assert [(text[s.start:s.end], s.depth) for s in spans] == [("«Нет»", 0)]


def test_a_quotation_in_the_first_paragraph_of_a_run_on_one_is_one_level_down():
    text = '«Он сказал "да" вчера.\n\nА потом ушел», — вспоминает сосед.'
    spans = find_quote_spans(text)
    assert [(text[s.start:s.end][:4], s.depth) for s in spans] == [("«Он ", 0), ('"да"', 1)]


@pytest.mark.parametrize("text, expected", [
    # a page cut inside the quotation its colon opened: the quotation runs to the text's end
    ('рассказал Петров: "Разработку любой игры можно разделить на несколько этапов: зарождение идеи, формирование по',
     ['Разработку любой игры можно разделить на несколько этапов: зарождение идеи, формирование по']),
    ('рассказал Петров: «Разработку любой игры можно разделить на несколько этапов.\n\nЗарождение идеи, формирование по\n',
     []),   # (across a paragraph: the author's text may follow)
    # not without the colon, nor a short tail, nor one with another mark after it, nor a lower-case start
    ('рассказал Петров «Разработку любой игры можно разделить на несколько этапов: зарождение идеи, по', []),
    ('рассказал Петров: «Да', []),
    ('рассказал Петров: «Разработку любой игры можно разделить на этапы „идея“ и „концепция“ и еще по', ['идея', 'концепция']),
    ('рассказал Петров: «разработку любой игры можно разделить на несколько этапов: зарождение идеи, по', []),
    # a quotation left open in the middle of the text still pairs nothing
    ('рассказал Петров: «Разработку любой игры можно разделить на несколько этапов.\nДругой абзац без кавычек, который идет дальше.', []),
])
def test_session_41_a_quotation_cut_at_the_texts_end(text, expected):
    assert [text[s.start + 1:s.end - 1] for s in find_quote_spans(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a closing mark with nothing open on its line, before a cue's dash: the quotation opened at the line's start
    ('Архив\n\nВ этом году проблему решить не удастся: нет денег. Понадобится три года», - заявил губернатор.',
     [('В этом году проблему решить не удастся: нет денег. Понадобится три года', 0)]),
    # one straight mark opened both the quotation and the name that starts it
    ('Кириенко.\n\n"Росатом" является одним из лидеров. Портфель - это 30 блоков", - сказал Кириенко.',
     [('"Росатом" является одним из лидеров. Портфель - это 30 блоков', 0), ('Росатом', 1)]),
    # not without the cue's dash, nor after too few words
    ('Он сказал, что все хорошо». Потом ушел.', []),
    ('Все хорошо», - сказал он.', []),
])
def test_session_41_a_quotation_whose_opening_mark_the_page_lost(text, expected):
    assert [(text[max(s.start + 1, 0):s.end - 1], s.depth) for s in find_quote_spans(text)] == expected


def test_session_41_a_name_closing_a_quotation_before_its_cue():
    """`«... восемь — «Строймонтаж-М», — говорится в сообщении`: one » closed both, so the
    quotation ends there and does not run on over the next paragraphs."""
    text = ('«Квартиры получат 167 семей, в том числе 52 — «СУ-13» и восемь — «Строймонтаж-М», — говорится в '
            'сообщении.\nГубернатор поручил контроль.\n«Мы людей в обиду не дадим», — подчеркнул Сергей Жвачкин.')
    assert [(text[s.start:s.end], s.depth) for s in find_quote_spans(text)][0] == (
        "«Квартиры получат 167 семей, в том числе 52 — «СУ-13» и восемь — «Строймонтаж-М»", 0)
    # a quotation that runs on without a cue after the inner name still runs on
    text = "«Мы работаем с «Газпромом» давно.\nИ продолжим работать», — сказал он."
    assert text[find_quote_spans(text)[0].start:find_quote_spans(text)[0].end] == text[:text.index(",")]


@pytest.mark.parametrize("text", [
    # the reporter's words on the line: where the lost mark stood is unknown
    'Заголовок\n\nПо его словам, тенденция уже заметна: в мае объем достигал $2,3 млрд. Мы последовательно идем по пути '
    'снижения», — отметил Алиханов.',
    'Заголовок\n\n"Но не ждите, что слеза покатится по щеке", - добавил он, отметив, что сделано мало. "Заповедник" '
    'для наших сограждан еще слишком широк", - сказал Онищенко.',
])
def test_session_41_no_line_start_quotation_over_the_reporters_words(text):
    line_start = text.index("\n\n") + 2
    assert not any(s.start == line_start - 1 for s in find_quote_spans(text))


def test_session_41_review_no_early_close_and_no_line_quotation_over_a_reported_clause():
    """An inner «name» before a dash that is no cue's (`— игра с «Зенитом» — пройдет`) closes
    nothing; a line with its own reported clause (`отметил, что ...», - сообщает ...`) is no
    quotation whose opening mark was lost."""
    text = ('Тренер «Спартака» Иван Петров рассказал о планах.\n«Главный матч весны — игра с «Зенитом» — пройдет в '
            'апреле, и мы готовимся.\nСостав будет оптимальным», — сказал Петров.')
    outer = [s for s in find_quote_spans(text) if s.depth == 0 and text[s.start + 1:s.start + 8] == "Главный"]
    assert outer and text[outer[0].end - 1] == "»" and outer[0].end == text.index("», — сказал") + 1
    text = 'Губернатор Иван Петров отметил, что дорогу отремонтируют к осени», - сообщает пресс-служба администрации.'
    assert find_quote_spans(text) == []


@pytest.mark.parametrize("text, expected", [
    # a teaser line cut right after its comma and dash: the cue is lost, the quotation runs on over nothing
    ("Вступление.\n«4 июля мы переживем исторический момент для города, —\nПетербург наводнениями не удивишь.\n"
     "«После этого 160 лет условий не складывалось, — говорит Колесов. — И вот теперь вероятность есть».",
     ["После этого 160 лет условий не складывалось, — говорит Колесов. — И вот теперь вероятность есть"]),
    # a quotation whose line ends in a full stop still runs on to its closing mark
    ("Он заявил: «Первое.\n\nВторое», — сказал он.", ["Первое.\n\nВторое"]),
])
def test_session_42_a_quotation_cut_before_its_cue_runs_on_over_nothing(text, expected):
    assert [text[s.start + 1:s.end - 1] for s in find_quote_spans(text)] == expected
