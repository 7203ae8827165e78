"""Stage 1: decode an article and find its title, byline, publication date and boilerplate."""
import hashlib
import re
from datetime import date
from typing import List, Optional, Tuple

from pipeline.lexicons import boilerplate
from pipeline.lexicons.months import MONTH_PATTERN, MONTHS
from pipeline.records import Document, RawArticle
from dataclasses import replace

from pipeline.stages import decode, html

Line = Tuple[int, int, str]   # start, end, text

HEADER_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
BSNLP_HEADER = (re.compile(r"^[a-z]{2}-\S+$"), re.compile(r"^[a-z]{2}$"),
                re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^(https?://|www\.)\S*$"))
DATELINE = [
    re.compile(rf"^(?:[^\d\n]{{0,40}}?[:,]\s*)?(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})", re.I),
    re.compile(r"^(?:[^\d\n]{0,40}?[:,]?\s*)?(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
]
HEAD_LINES = 12               # datelines and bylines sit within the first lines
BODY_LINE_CHARS = 250         # a line this long is body text: the header zone ends there
BYLINE_PREFIX = re.compile(r"^\s*(автор|текст|by)\s*:?\s*", re.I)


def split_lines(text: str) -> List[Line]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\r\n]*", text) if m.group().strip()]


def header_date(lines: List[Line]) -> Optional[date]:
    match = HEADER_DATE.match(lines[0][2]) if lines else None
    return _safe_date(*map(int, match.groups())) if match else None


def is_bsnlp_header(lines: List[Line]) -> bool:
    return len(lines) > 4 and all(p.match(l[2].strip()) for p, l in zip(BSNLP_HEADER, lines))


def _safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_dateline(line: str) -> Optional[date]:
    """The date a dateline line starts with (`9 февраля 2026, 14:49`, `04.11.2020 16:42`)."""
    for pattern in DATELINE:
        match = pattern.match(line.strip())
        if match:
            day, month, year = match.groups()
            month = MONTHS.get(month.lower()) if not month.isdigit() else int(month)
            return _safe_date(int(year), month, int(day))
    return None


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


def boilerplate_spans(lines: List[Line], body_start: int) -> tuple:
    spans, tail = [], False
    for start, end, text in lines:
        if start >= body_start and any(p.search(text) for p in boilerplate.TAIL):
            tail = True
        if tail or any(p.search(text) for p in boilerplate.LINE):
            spans.append((start, end))
    return tuple(spans)


MAX_CHARS = 2_000_000


def _iso_date(value) -> Optional[date]:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def content_sha256(raw: RawArticle) -> str:
    """The hash that identifies an article's content (its bytes, or its text if given as text)."""
    return hashlib.sha256(raw.data if raw.text is None else raw.text.encode("utf-8", "surrogatepass")).hexdigest()


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
                       published=published or found.published)
    found = read_text_metadata(base, text, is_person_name)
    return replace(found, title=meta.get("title", found.title), author=meta.get("author", found.author),
                   published=_iso_date(meta["published"]) if meta.get("published") else found.published)


def read_text_metadata(base: Document, text: str, is_person_name) -> Document:
    """Title, byline, publication date and boilerplate of a plain-text article."""
    lines = split_lines(text)
    published = header_date(lines)
    if is_bsnlp_header(lines):
        lines_after_header, title = lines[4:], lines[4][2].strip()
    else:
        lines_after_header = lines[1:] if published else lines
        title = None if published or not lines else lines[0][2].strip()
    zone = head_zone(lines_after_header)
    if published is None:
        published = next(filter(None, (parse_dateline(l[2]) for l in zone)), None)
    body_start = zone[-1][1] if zone else 0
    header = HEADER_DATE.match(text)
    header_span = ((header.start(), header.end()),) if header else ()
    return replace(
        base, text=text, title=title, published=published,
        author=find_byline(zone[1:] if title else zone, is_person_name),
        boilerplate=tuple(sorted(header_span + boilerplate_spans(lines, body_start))),
    )
