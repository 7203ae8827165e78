"""Frozen records passed between stages. Offsets are indices into ``Document.text``."""
import hashlib
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Optional


@dataclass(frozen=True)
class RawArticle:
    """What the I/O layer read: bytes or already-decoded text plus metadata given with it."""
    doc_id: str
    path: str
    data: bytes = b""
    text: Optional[str] = None
    meta: tuple = ()          # (key, value) pairs given by the source, e.g. from JSON Lines
    error: Optional[str] = None


def content_sha256(raw: RawArticle) -> str:
    """The hash that identifies an article's content (its bytes, or its text if given as text)."""
    return hashlib.sha256(raw.data if raw.text is None else raw.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[date] = None
    encoding: Optional[str] = None
    sha256: str = ""
    status: str = "ok"
    error: Optional[str] = None
    boilerplate: tuple = ()   # ((start, end), ...) spans that are not the article body
    ner_spans: tuple = ()     # ((start, end, type), ...) as natasha's NER tagger gave them
    format: str = "text"      # text / html / jsonl
    url: Optional[str] = None
    published_source: Optional[str] = None   # metadata, header, dateline, timestamp, url, agency
    crawled: Optional[date] = None   # a crawl-date header line (BSNLP): no publication date, a bound on it

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    sentence_id: int
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word or punctuation mark (a named tuple, not a dataclass: an article has thousands,
    and a tuple is made in half the time)."""
    doc_id: str
    sentence_id: int
    token_id: int             # index within the document
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    feats: str                # UD features, "Case=Nom|Gender=Masc"
    head_id: int              # token_id of the syntactic head, -1 for the root
    rel: str


@dataclass(frozen=True)
class Mention:
    doc_id: str
    mention_id: int
    start: int
    end: int
    text: str
    type: str                 # PER / LOC / ORG
    normal: str
    entity_key: str = ""      # within-article entity: its canonical name
    entity_id: Optional[str] = None


@dataclass(frozen=True)
class DateMention:
    doc_id: str
    date_id: int
    start: int
    end: int
    text: str
    value: str
    date_start: Optional[date]
    date_end: Optional[date]
    relative: bool
    kind: str = "date"               # date, range, duration, set
    mod: Optional[str] = None        # START / MID / END: a part of the period (`в конце апреля`)
    rule: str = ""                   # the rule that matched (`part_of_period:month_gen`)
    anchor: str = "none"             # what resolved the value: published, in_text, crawled, none


@dataclass(frozen=True)
class Quote:
    doc_id: str
    quote_id: int
    start: int
    end: int
    text: str
    kind: str                 # direct / indirect / mixed
    cue: str
    cue_start: int
    cue_end: int
    speaker: Optional[str]
    speaker_type: Optional[str]
    speaker_entity_id: Optional[str]
    attribution: str
    when_value: Optional[str] = None
    said_on: Optional[date] = None
    said_on_source: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_key: Optional[str] = None    # the within-article entity key, linked run-wide later
    source_start: Optional[int] = None   # the noun phrase naming the source (`пресс-секретарь Кремля Дмитрий Песков`)
    source_end: Optional[int] = None
    source_text: Optional[str] = None
    source_kind: Optional[str] = None    # person, organisation, media, anonymous, collective
    statement_id: Optional[str] = None   # the statement across articles, set run-wide (run.statements)


@dataclass(frozen=True)
class Article:
    """Everything the stages found in one article."""
    document: Document
    sentences: tuple = ()
    tokens: tuple = ()
    mentions: tuple = ()
    dates: tuple = ()
    quotes: tuple = ()
