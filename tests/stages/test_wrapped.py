from pipeline.stages.wrapped import unwrapped

WRAPPED = ("«Конечно, я возьму трубку»,— сказал Эмманюэль Макрон в эфире\n"
           "телеканала Franceinfo. По его словам, сейчас у него «нет причин\n"
           "звонить» Владимиру Путину.\n"
           "В последний раз о разговоре Владимира Путина и Эмманюэля\n"
           "Макрона сообщалось 11\n"
           "сентября 2022 года.\n")


def test_breaks_inside_sentences_become_spaces():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "в эфире телеканала Franceinfo" in text
    assert "«нет причин звонить»" in text
    assert "Эмманюэля Макрона сообщалось 11 сентября 2022 года." in text


def test_sentence_ends_and_paragraphs_stay():
    text = unwrapped(WRAPPED)
    assert "Путину.\nВ последний" in text
    assert unwrapped(WRAPPED + "\n\nновый абзац") .endswith("\n\nновый абзац")


def test_pages_that_are_not_wrapped_are_left_alone():
    page = ("Путин провёл совещание\n"
            "Президент обсудил с членами Совбеза ситуацию на Ближнем Востоке.\n"
            "Главная\nновости\nспорт\n")
    assert unwrapped(page) == page


def test_one_run_on_line_is_no_wrapped_page():
    page = "Губернатор заявил, что дороги отремонтируют до конца\nгода. Работы уже начались.\nЖители довольны.\n"
    assert unwrapped(page) == page


def test_windows_line_ends():
    text = WRAPPED.replace("\n", "\r\n")
    assert "в эфире  телеканала" in unwrapped(text)


def test_a_break_after_a_sentences_opening_preposition_becomes_a_space():
    """`разная. В\nКиренске`: a lone capital letter (a preposition) ends no line of a sentence."""
    text = unwrapped(WRAPPED + "— Правда, высота снежного покрова разная. В\nКиренске — 14 сантиметров.\n")
    assert "разная. В Киренске" in text
    assert unwrapped("Заголовок статьи. В\nКиренске снег.\n") == "Заголовок статьи. В\nКиренске снег.\n"   # no wrapped page


LINKED = ("Театр празднует юбилей, рассказал его директор, актер Александр\n"
          "Калягин\n"
          ".\n"
          "С театром работали такие мастера, как\n"
          "Роберт Стуруа\n"
          ",\n"
          "Адольф Шапиро\n"
          "и другие. Это очень важная для театра работа. Драматург\n"
          "Максим Курочкин\n"
          "написал пьесу.\n"
          "Новый абзац.\n")


def test_session_51_links_texts_on_lines_of_their_own_join_their_sentence():
    text = unwrapped(LINKED)
    assert len(text) == len(LINKED)
    assert "актер Александр Калягин ." in text
    assert "как Роберт Стуруа , Адольф Шапиро и другие." in text
    assert "работа. Драматург Максим Курочкин написал пьесу." in text
    assert "пьесу.\nНовый абзац." in text


def test_session_51_a_short_line_alone_is_no_link():
    # no line that opens with a comma or a period after a short one: menus and titles stay
    page = "Главная новость дня\nПрезидент\nпровел совещание с членами Совбеза.\n"
    assert unwrapped(page) == page
    # ... and in a page that has such lines, a tag list's short lines and an empty line's breaks stay (the review)
    page = LINKED + "Теги: театр, кино\nМосква\nпремьера\n\n) Примечание редакции.\n"
    assert unwrapped(page).endswith("Теги: театр, кино\nМосква\nпремьера\n\n) Примечание редакции.\n")


def test_session_52_a_link_line_after_a_closing_mark_joins_its_sentence():
    text = ("Импорт подешевеет. Но это не поможет. Директор дистрибьюторской компании «Витис Групп»\nСергей Мазур\n"
            "говорит, что пошлины невысоки. Премьер\nАрсений Яценюк\n, как и президент, подписал документ.")
    out = unwrapped(text)
    assert "«Витис Групп» Сергей Мазур говорит" in out and len(out) == len(text)


def test_session_52_review_a_whole_quoted_or_bracketed_line_is_no_sentence_before_a_link():
    text = ("Премьер\nАрсений Яценюк\n, как и президент, подписал.\n«Путин провел совещание с членами правительства»\n"
            "Политика\nвчера, 12:00\n(фото пресс-службы)\nИван Петров\nфото")
    assert unwrapped(text).endswith("«Путин провел совещание с членами правительства»\nПолитика\nвчера, 12:00\n"
                                    "(фото пресс-службы)\nИван Петров\nфото")
