"""Hard-wrapped text: lines broken mid-sentence, as some pages are copied or crawled

    «Конечно, я возьму трубку»,— сказал Эмманюэль Макрон в эфире
    телеканала Franceinfo. По его словам, сейчас у него «нет причин
    звонить» Владимиру Путину.

Every stage reads a line break as the end of a sentence and of a paragraph, so such a page's
statements, quotations and dates are cut at each break. In a page that is wrapped (several
lines run on into a line that opens in lower case), a break inside a sentence becomes a space:
the text keeps its length, so every offset stays that of the file.
"""
import re

# A line break inside a sentence: the line before ends in no closing punctuation, the line after
# opens in lower case (`в эфире\nтелеканала`, `сообщалось 11\nсентября`).
RUN_ON = re.compile(r"(?<=[^\s.!?…:;»\"”])[ \t]*\r?\n(?=[ \t]*[а-яёa-z])")
# ... or opens a name in a wrapped page (`Эмманюэля\nМакрона`): after a long line that ends in a
# word or a comma.
RUN_ON_NAME = re.compile(r"(?<=[а-яёa-z,])[ \t]*\r?\n(?=[ \t]*[А-ЯЁA-Z][а-яёa-z])")
# ... or after a lone capital letter, a preposition that opened a sentence (`разная. В\nКиренске`).
RUN_ON_LETTER = re.compile(r"(?<=\s[А-ЯЁA-Z])[ \t]*\r?\n(?=[ \t]*[А-ЯЁA-Z][а-яёa-z])")
# A link's text set on a line of its own, as some pages are crawled (`известный актер театра и
# кино Александр\nКалягин\n.`, `как\nРоберт Стуруа\n,\nАлександр Морфов\n,`): a line that
# opens with a comma or a closing mark goes on the line before it ...
CONTINUING_MARKS = ",.;:!?)»"
CONTINUING_LINE = re.compile(rf"(?<=\S)[ \t]*\r?\n(?=[ \t]*[{CONTINUING_MARKS}](?:\s|$))")
# ... and a short line of capitalised words between a line that ends in a word, a comma or a
# closing mark (`компании «Витис Групп»\nСергей Мазур\nговорит`) and a line that opens so or
# in lower case is a link's text inside the sentence.
LINK_LINE = re.compile(r"(?<=[а-яёa-z,»\")])[ \t]*\r?\n[ \t]*((?:[А-ЯЁA-Z][\w-]*[ \t]+){0,3}[А-ЯЁA-Z][\w-]*)[ \t]*\r?\n"
                       rf"(?=[ \t]*(?:[{CONTINUING_MARKS}](?:\s|$)|[а-яё]))")
WRAPPED_BREAKS = 2     # run-on breaks after long lines that make a page a wrapped one
LONG_LINE = 40         # characters: a line the wrapping filled (a title or a menu item is shorter)


def unwrapped(text: str) -> str:
    """The text with the line breaks inside its sentences made spaces, when it is wrapped or
    sets links' texts on lines of their own; a paragraph break (a blank line) stays, and so does
    the first line's before a capital (a title)."""
    if "\n" not in text:
        return text
    text = _link_lines_joined(text)
    runs = list(RUN_ON.finditer(text))
    if sum(_line_length(text, m.start()) >= LONG_LINE for m in runs) < WRAPPED_BREAKS:
        return text
    first_end = text.find("\n")
    breaks = runs + [m for pattern in (RUN_ON_NAME, RUN_ON_LETTER) for m in pattern.finditer(text)
                     if m.start() > first_end and _line_length(text, m.start()) >= LONG_LINE]
    chars = list(text)
    for m in breaks:
        for k in range(m.start(), m.end()):
            if chars[k] in "\r\n":
                chars[k] = " "
    return "".join(chars)


def _continuing(text: str, end: int) -> bool:
    """The line that ends at ``end`` opens with a comma or a closing mark: it goes on a link line."""
    first = text[text.rfind("\n", 0, end) + 1:end].lstrip()[:1]
    return bool(first) and first in CONTINUING_MARKS


def _line_length(text: str, end: int) -> int:
    return len(text[text.rfind("\n", 0, end) + 1:end].strip())


def _whole_line_marked(text: str, end: int) -> bool:
    """The line ending at ``end`` is a quotation or a bracket from its start to its closing
    mark (a linked headline `«...»`, a credit `(фото ...)`), not a sentence ending in a name."""
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return line[-1:] in "»\")" and line[:1] in "«\"„“("


def _link_lines_joined(text: str) -> str:
    """The breaks around a link's text on a line of its own made spaces (see ``LINK_LINE``),
    where the page has at least one line that opens with a comma or a closing mark after such
    a line (one break of that kind alone is a typo's, not a crawl's); a link line before a line
    in lower case only after a long line or such a continuing one (a body's, not a tag list's:
    `Теги: театр\nМосква\n...`)."""
    links = [m for m in LINK_LINE.finditer(text) if not _whole_line_marked(text, m.start())
             and (CONTINUING_LINE.match(text, m.end() - 1) or _line_length(text, m.start()) >= LONG_LINE
                  or _continuing(text, m.start()))]
    if not any(CONTINUING_LINE.match(text, m.end() - 1) for m in links):
        return text
    chars = list(text)
    spans = [(m.start(), m.start(1)) for m in links] + [(m.end(1), m.end()) for m in links] \
        + [m.span() for m in CONTINUING_LINE.finditer(text)]
    for start, end in spans:
        for k in range(start, end):
            if chars[k] in "\r\n":
                chars[k] = " "
    return "".join(chars)
