"""A small API for notebooks: load the output tables and join them into who-said-what-when.

Reads only the output tables, never stage internals.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import pandas as pd

from pipeline import schemas


@dataclass
class Tables:
    documents: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    dates: pd.DataFrame
    quotes: pd.DataFrame
    statements: pd.DataFrame


def load(output: Union[str, Path], tokens: bool = True) -> Tables:
    """Every table of an output folder as a DataFrame (``tokens=False`` skips the largest; a
    table an older output lacks is empty)."""
    output = Path(output)
    frames = {name: pd.read_parquet(output / name) if (tokens or name != "tokens") and (output / name).is_dir()
              else schemas.TABLES[name].empty_table().to_pandas() for name in schemas.TABLES}
    return Tables(**frames)


WHO_SAID_WHAT_COLUMNS = ["speaker", "speaker_type", "said_on", "said_on_source", "when_value", "kind", "cue",
                         "quote", "title", "published", "doc_id", "quote_id", "speaker_entity_id", "attribution",
                         "statement_id", "source_text", "source_kind"]


def who_said_what(tables: Tables, with_unknown_speakers: bool = False) -> pd.DataFrame:
    """One row per statement: who (the run-wide entity's name where linked), what, when, where.

    quotes ⋈ documents on doc_id gives the article's title and date; quotes ⋈ entities on
    speaker_entity_id = entity_id gives the speaker's run-wide canonical name."""
    quotes = tables.quotes if with_unknown_speakers else tables.quotes[tables.quotes.speaker.notna()]
    docs = tables.documents[["doc_id", "title", "published"]]
    names = tables.entities[["entity_id", "name"]].rename(columns={"entity_id": "speaker_entity_id", "name": "entity_name"})
    frame = quotes.merge(docs, on="doc_id", how="left").merge(names, on="speaker_entity_id", how="left")
    frame["speaker"] = frame["entity_name"].fillna(frame["speaker"])
    frame = frame.rename(columns={"text": "quote"})
    return frame[WHO_SAID_WHAT_COLUMNS].sort_values(["said_on", "doc_id", "quote_id"], na_position="last").reset_index(drop=True)


def statements_of(tables: Tables, name: str) -> pd.DataFrame:
    """Everything one speaker said, across articles, in date order (name matched case-insensitively)."""
    frame = who_said_what(tables)
    return frame[frame.speaker.str.lower() == name.lower()].reset_index(drop=True)


def top_speakers(tables: Tables, n: int = 20) -> pd.DataFrame:
    """Per speaker: distinct statements (a statement reprinted in ten articles counts once)
    and reports (every quote), direct and indirect (mixed counts with indirect)."""
    frame = who_said_what(tables)
    frame["direct"] = frame.kind.eq("direct")
    frame["statement"] = frame.statement_id.fillna(frame.doc_id + ":" + frame.quote_id.astype(str))
    counts = frame.groupby("speaker").agg(statements=("statement", "nunique"), reports=("quote", "size"),
                                          direct=("direct", "sum"))
    counts["indirect"] = counts.reports - counts.direct
    return counts.sort_values(["statements", "reports"], ascending=False).head(n)


STATEMENT_COLUMNS = ["speaker", "text", "n_docs", "n_quotes", "first_said_on", "first_published", "first_doc_id",
                     "first_title", "doc_ids", "statement_id", "speaker_entity_id"]


def statements(tables: Tables) -> pd.DataFrame:
    """One row per statement across articles (its reports grouped): the speaker's run-wide
    name, the most complete text, the first report (date, article, its title) and how far it
    travelled (``n_docs``, ``n_quotes``, ``doc_ids``); the most reported first."""
    titles = tables.documents[["doc_id", "title"]].rename(columns={"doc_id": "first_doc_id", "title": "first_title"})
    frame = tables.statements.merge(titles, on="first_doc_id", how="left")
    frame = frame.sort_values(["n_docs", "n_quotes", "first_said_on", "statement_id"],
                              ascending=[False, False, True, True], na_position="last")
    return frame[STATEMENT_COLUMNS].reset_index(drop=True)


def reports_of(tables: Tables, statement_id: str) -> pd.DataFrame:
    """Every report of one statement, earliest first: who said what, when, in which article."""
    frame = who_said_what(tables)
    frame = frame[frame.statement_id == statement_id]
    return frame.sort_values(["said_on", "published", "doc_id", "quote_id"], na_position="last").reset_index(drop=True)


SOURCE_KINDS = ["person", "organisation", "media", "collective", "anonymous"]


def sourcing(tables: Tables, by: str = "doc_id") -> pd.DataFrame:
    """How statements are sourced, per article (``by="doc_id"``), per speaker-less source
    phrase or overall (``by=None``): statements whose source is a named person, an
    organisation, a medium, a collective (`Кремль`) or anonymous (`эксперты`, `источник`),
    and the anonymous share. Statements with no source phrase are left out."""
    quotes = tables.quotes[tables.quotes.source_kind.notna()]
    if by is None:
        counts = quotes.source_kind.value_counts().reindex(SOURCE_KINDS, fill_value=0).to_frame("statements").T
    else:
        counts = quotes.groupby([by, "source_kind"]).size().unstack(fill_value=0)
        counts = counts.reindex(columns=SOURCE_KINDS, fill_value=0)
    counts["anonymous_share"] = (counts["anonymous"] / counts[SOURCE_KINDS].sum(axis=1)).round(3)
    return counts.sort_values("anonymous_share", ascending=False)


def anonymous_sources(tables: Tables) -> pd.DataFrame:
    """The statements attributed to unnamed sources, with the phrase that names them."""
    quotes = tables.quotes[tables.quotes.source_kind.eq("anonymous")]
    docs = tables.documents[["doc_id", "title", "published"]]
    return quotes.merge(docs, on="doc_id", how="left")[["source_text", "cue", "text", "title", "published", "doc_id"]]


def co_mentions(tables: Tables, min_articles: int = 1) -> pd.DataFrame:
    """Pairs of persons mentioned in the same article, with the number of such articles."""
    people = tables.mentions.merge(tables.entities[["entity_id", "name", "type"]], on="entity_id", suffixes=("", "_e"))
    people = people[people.type_e == "PER"][["doc_id", "name"]].drop_duplicates()
    pairs = people.merge(people, on="doc_id")
    pairs = pairs[pairs.name_x < pairs.name_y]
    counted = pairs.groupby(["name_x", "name_y"]).size().rename("articles").reset_index()
    counted = counted.rename(columns={"name_x": "person_a", "name_y": "person_b"})
    return counted[counted.articles >= min_articles].sort_values("articles", ascending=False).reset_index(drop=True)
