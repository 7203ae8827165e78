"""Stage 1: decode an article and find its title, byline, publication date and boilerplate."""
import re
from datetime import date
from typing import List, Optional, Tuple

from dataclasses import replace

from pipeline.lexicons import boilerplate
from pipeline.lexicons.published import HEAD_LINES as SOURCE_LINES
from pipeline.lexicons.published import HEADER_DATE, HEADER_LINE
from pipeline.models import morph_analyzer
from pipeline.records import Document, RawArticle, content_sha256
from pipeline.stages import decode, html, wrapped
from pipeline.stages.dates import explicit_dates
from pipeline.stages.published import find_published, parse_dateline, safe_date   # noqa: F401 (parse_dateline: API)

Line = Tuple[int, int, str]   # start, end, text

BSNLP_HEADER = (re.compile(r"^[a-z]{2}-\S+$"), re.compile(r"^[a-z]{2}$"),
                re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^(https?://|www\.)\S*$"))
HEAD_LINES = 12               # datelines and bylines sit within the first lines
BODY_LINE_CHARS = 250         # a line this long is body text: the header zone ends there
BYLINE_PREFIX = re.compile(r"^\s*(автор|текст|by)\s*:?\s*", re.I)


def split_lines(text: str) -> List[Line]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\r\n]*", text) if m.group().strip()]


def header_date(lines: List[Line]) -> Optional[date]:
    match = HEADER_DATE.match(lines[0][2]) if lines else None
    return safe_date(*map(int, match.groups())) if match else None


def is_bsnlp_header(lines: List[Line]) -> bool:
    return len(lines) > 4 and all(p.match(l[2].strip()) for p, l in zip(BSNLP_HEADER, lines))


def crawl_date(lines: List[Line]) -> Optional[date]:
    """The date of a BSNLP crawl-date header line: when the page was fetched, not published."""
    return safe_date(*lines[2][2].strip().split("-")) if is_bsnlp_header(lines) else None


def head_zone(lines: List[Line]) -> List[Line]:
    """Lines before the body: up to the first long line, at most HEAD_LINES."""
    zone = []
    for line in lines[:HEAD_LINES]:
        if len(line[2]) >= BODY_LINE_CHARS:
            break
        zone.append(line)
    return zone


def find_byline(zone: List[Line], is_person_name) -> Optional[str]:
    for _, _, text in zone:
        candidate = BYLINE_PREFIX.sub("", text).strip()
        if is_person_name(candidate):
            return candidate
    return None


def _story_start(lines: List[Line], body_start: int) -> int:
    """Where tail markers may end the body: past the head zone, or from the first story
    paragraph below the title, whichever comes first (a page of short paragraphs is all head
    zone, and its `Читайте также` list would count as the story); inside the head zone only
    over another article's headline (``_headlines_below``)."""
    return min([body_start] + [start for start, end, text in lines[1:] if _story_paragraph(text)][:1])


def _headlines_below(lines: List[Line], k: int) -> bool:
    """The line below the marker reads as another article's headline: short, ending no
    sentence but a question (`- Путин рассказал, что почти не пьет алкоголь`, `Юмор сражается
    с коронавирусом`), unlike a story's own short paragraph (`Работы начнутся в мае.`)."""
    below = next((text.strip() for _, _, text in lines[k + 1:] if text.strip()), "")
    return 0 < len(below) < boilerplate.STORY_PARAGRAPH_CHARS and below[-1:] not in ".!…" and not below.endswith(("».", '".'))


def _story_paragraph(text: str) -> bool:
    return len(text.strip()) >= boilerplate.STORY_PARAGRAPH_CHARS and text.strip()[-1:] in ".!?»\""


def boilerplate_spans(lines: List[Line], body_start: int) -> tuple:
    spans, tail, teaser = [], False, False
    story_start = _story_start(lines, body_start)
    for k, (start, end, text) in enumerate(lines):
        if start >= story_start and any(p.search(text) for p in boilerplate.TAIL) \
                and (start >= body_start or _headlines_below(lines, k)) \
                and not (any(p.search(text) for p in boilerplate.SOFT_TAIL) and _story_goes_on(lines, k, story_start, spans, body_start)):
            tail = True
        headline = teaser and _subheading(text)
        stamp = bool(boilerplate.FEED_STAMP.match(text))
        teaser = stamp or (start < body_start and any(p.search(text) for p in boilerplate.TEASER_HEADERS))   # above the story only
        if tail or headline or teaser or _boilerplate_line(text):
            spans.append((start, end))
    return tuple(spans)


def _boilerplate_line(text: str) -> bool:
    """A caption, teaser or button line (not one too long to be one), or a run of teasers."""
    return (len(text) <= boilerplate.LINE_MAX_CHARS and any(p.search(text) for p in boilerplate.LINE)) \
        or len(boilerplate.TEASER_STAMP.findall(text)) >= boilerplate.TEASER_STAMPS \
        or (len(set(boilerplate.GLUED_HEADLINE.findall(text))) >= boilerplate.GLUED_HEADLINES
            and not boilerplate.SENTENCE_END.search(text))


# A capitalised word inside a sentence (after a lower-case word, a comma or an opening mark),
# or an acronym anywhere: a name.
NAME_STEM = re.compile(r"(?:(?<=[а-яёa-z0-9,] )|(?<=[«\"(]))[А-ЯЁA-Z][а-яёa-z]{2}[а-яёa-zA-Z]+|\b[А-ЯЁA-Z]{3,}\b")   # `BioNTech` too


DIALOGUE_LINE = re.compile(r"^\s*[-–—]\s*\S")   # a dash paragraph: an interview's question or answer


def _own_headline(lines: List[Line], k: int, head_end: int, spans) -> str:
    """The story's own headline: the first line above the body, before line ``k``, of HEADLINE_WORDS
    words or more that is no boilerplate found so far (not a rubric, nor a teaser in a list)."""
    return next((text.strip() for start, _, text in lines[:k] if start < head_end and len(text.split()) >= boilerplate.HEADLINE_WORDS
                 and not any(s <= start < e for s, e in spans)), "")


def _story_goes_on(lines: List[Line], k: int, body_start: int, spans, head_end: int) -> bool:
    """After a soft tail marker (`Подписывайтесь на наш Telegram`) the next paragraph (past
    captions; not another tail marker) is prose that names what the body named before it, or
    that opens pointing back at it (`Он привел ...`, `По его словам, ...`): a continued story, not teasers of other articles or readers' comments; after a live blog's
    time of an entry, a sentence (ENTRY_CHARS or more, ending in `.!?:`), not a headline; a
    dash paragraph after a dash paragraph (an interview's questions and answers go on); the
    story's own headline repeated. A subheading is passed over: the paragraph under it decides."""
    following = [text for _, _, text in lines[k + 1:] if text.strip() and (any(
        p.search(text) for p in boilerplate.TAIL) or not any(p.search(text) for p in boilerplate.LINE))]
    after = following[0] if following else ""
    if any(p.search(after) for p in boilerplate.TAIL):
        return False
    if _subheading(after) and after.strip() == _own_headline(lines, k, head_end, spans):
        return True   # the page repeats the story's own headline after the marker: the story goes on under it
    if _subheading(after) and len(following) > 1 and not any(p.search(following[1]) for p in boilerplate.TAIL):
        after = following[1]   # `«Лучше, чем мы надеялись»` heads the story's next part
    previous = next((text for start, _, text in reversed(lines[:k]) if start >= body_start and text.strip()
                     and not any(p.search(text) for p in boilerplate.LINE)), "")
    if DIALOGUE_LINE.match(after) and DIALOGUE_LINE.match(previous):
        return True   # an interview's questions and answers go on past the marker
    if any(p.search(lines[k][2]) for p in boilerplate.ANY_PROSE_GOES_ON):   # `... Они пока падают:` opens a list
        return len(after.strip()) >= boilerplate.ENTRY_CHARS and after.strip()[-1:] in ".!?:"   # a headline ends in `»`
    if not _story_paragraph(after):
        return False
    if boilerplate.POINTS_BACK.match(after):
        return True
    before = " ".join(text for start, _, text in lines[:k] if start >= body_start)
    return len(_name_stems(after) & _name_stems(before)) >= boilerplate.STORY_SHARED_NAMES


def _subheading(text: str) -> bool:
    """A short line that ends no sentence: a subheading (or a teaser's headline)."""
    return 0 < len(text.strip()) < boilerplate.STORY_PARAGRAPH_CHARS and text.strip()[-1:] not in ".!?:"


def _name_stems(text: str) -> set:
    """The names a paragraph gives, by their first letters; not places (`в России` in a
    reader's comment continues no story)."""
    return {w[:boilerplate.STORY_NAME_STEM].lower() for w in NAME_STEM.findall(" " + text)
            if not any("Geox" in p.tag for p in morph_analyzer().parse(w)[:1])}


MAX_CHARS = 2_000_000


def _iso_date(value) -> Optional[date]:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def ingest(raw: RawArticle, is_person_name) -> Document:
    """A Document with metadata, or one with status 'error' saying why it could not be read."""
    meta = dict(raw.meta)
    fmt = meta.get("format", "text")
    base = Document(raw.doc_id, raw.path, "", format=fmt, url=meta.get("url"))
    if raw.error:
        return replace(base, status="error", error=raw.error)
    text, encoding, error = decode.decode(raw)
    sha = content_sha256(raw)
    base = replace(base, sha256=sha, encoding=encoding)
    if not error and len(text) > MAX_CHARS:
        error = f"text too large: {len(text)} characters (limit {MAX_CHARS} for one article)"
    if error:
        return replace(base, status="error", error=error)
    if fmt == "html":
        text, title, author, published = html.extract_html(text)
        if not text.strip():
            return replace(base, status="error", error="no article text found in the HTML page")
        found = replace(read_text_metadata(base, text, is_person_name), text=text)
        return replace(found, title=title or found.title, author=author or found.author,
                       **with_metadata_date(found, published))
    found = read_text_metadata(base, wrapped.unwrapped(text), is_person_name)
    given = _iso_date(meta["published"]) if meta.get("published") else None
    return replace(found, title=meta.get("title", found.title), author=meta.get("author", found.author),
                   **with_metadata_date(found, given))


def with_metadata_date(found: Document, given: Optional[date]) -> dict:
    """A date given with the article (JSON, HTML metadata) wins over any the text holds."""
    if given:
        return {"published": given, "published_source": "metadata"}
    return {"published": found.published, "published_source": found.published_source}


def read_text_metadata(base: Document, text: str, is_person_name) -> Document:
    """Title, byline, publication date (and its source) and boilerplate of a plain-text article."""
    lines = split_lines(text)
    published = header_date(lines)
    source = "header" if published else None
    bsnlp = is_bsnlp_header(lines)
    partial = HEADER_LINE.match(lines[0][2]) if lines and not published and not bsnlp else None
    if bsnlp:
        lines_after_header, title = lines[4:], lines[4][2].strip()
    elif partial:   # ` date 2018-09 Москва. 7 сентября. INTERFAX.RU - ...`: a header with no day, the text after it a line
        start, end, line = lines[0]
        rest = [(start + partial.end(), end, line[partial.end():])] if line[partial.end():].strip() else []
        lines_after_header, title = rest + lines[1:], None
    else:
        lines_after_header = lines[1:] if published else lines
        title = None if published or not lines else lines[0][2].strip()
    zone = head_zone(lines_after_header)
    crawled = crawl_date(lines)
    if published is None:
        urls = [base.url] + ([lines[3][2].strip()] if bsnlp else [])
        published, source = find_published(zone, lines_after_header[:SOURCE_LINES], urls,
                                           lambda: explicit_dates(text), crawled,
                                           int(partial.group(1)) if partial else None)
    body_start = zone[-1][1] if zone else 0
    header = HEADER_LINE.match(text)
    header_span = ((header.start(), header.end()),) if header else ()
    crawl_header = tuple((start, end) for start, end, _ in lines[:4]) if bsnlp else ()   # not date mentions
    spans = boilerplate_spans(lines, body_start)
    if title and lines and title == lines[0][2].strip() and any(p.search(title) for p in boilerplate.TEASER_HEADERS):
        title = next((line.strip() for start, _, line in lines if line.strip() and len(line.strip()) < BODY_LINE_CHARS
                      and not any(s <= start < e for s, e in spans)), title)   # `Важно` over a teaser: the title is below
    return replace(
        base, text=text, title=title, published=published, published_source=source, crawled=crawled,
        author=find_byline(zone[1:] if title else zone, is_person_name),
        boilerplate=tuple(sorted(header_span + crawl_header + spans)),
    )
