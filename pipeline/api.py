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


def load(output: Union[str, Path], tokens: bool = True) -> Tables:
    """Every table of an output folder as a DataFrame (``tokens=False`` skips the largest)."""
    output = Path(output)
    frames = {name: pd.read_parquet(output / name) if (tokens or name != "tokens")
              else schemas.TOKENS.empty_table().to_pandas() for name in schemas.TABLES}
    return Tables(**frames)


WHO_SAID_WHAT_COLUMNS = ["speaker", "speaker_type", "said_on", "said_on_source", "when_value", "kind", "cue",
                         "quote", "title", "published", "doc_id", "quote_id", "speaker_entity_id", "attribution"]


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
    """Statements per speaker, direct and indirect (mixed counts with indirect)."""
    frame = who_said_what(tables)
    frame["direct"] = frame.kind.eq("direct")
    counts = frame.groupby("speaker").agg(statements=("quote", "size"), direct=("direct", "sum"))
    counts["indirect"] = counts.statements - counts.direct
    return counts.sort_values("statements", ascending=False).head(n)


def co_mentions(tables: Tables, min_articles: int = 1) -> pd.DataFrame:
    """Pairs of persons mentioned in the same article, with the number of such articles."""
    people = tables.mentions.merge(tables.entities[["entity_id", "name", "type"]], on="entity_id", suffixes=("", "_e"))
    people = people[people.type_e == "PER"][["doc_id", "name"]].drop_duplicates()
    pairs = people.merge(people, on="doc_id")
    pairs = pairs[pairs.name_x < pairs.name_y]
    counted = pairs.groupby(["name_x", "name_y"]).size().rename("articles").reset_index()
    counted = counted.rename(columns={"name_x": "person_a", "name_y": "person_b"})
    return counted[counted.articles >= min_articles].sort_values("articles", ascending=False).reset_index(drop=True)
