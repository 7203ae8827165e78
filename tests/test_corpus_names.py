"""No entity name is broken in the outputs of every corpus in ../shared/corpora (~500 texts).

Opt-in (it runs the whole pipeline on all texts, minutes on two cores):
    PIPELINE_CORPUS_TESTS=1 pytest tests/test_corpus_names.py
"""
import os

import pytest

from pipeline.stages.name_marks import broken_reason
from tests.conftest import SHARED, run_cli

CORPORA = SHARED / "corpora"
pytestmark = pytest.mark.skipif(not os.environ.get("PIPELINE_CORPUS_TESTS") or not CORPORA.is_dir(),
                                reason="set PIPELINE_CORPUS_TESTS=1 (and have ../shared/corpora) to run")


@pytest.fixture(scope="module")
def corpus_tables(tmp_path_factory):
    import pandas as pd
    out = tmp_path_factory.mktemp("corpora") / "out"
    result = run_cli("run", CORPORA, "--out", out)
    assert result.returncode == 0, result.stderr
    return {name: pd.read_parquet(out / name) for name in ("entities", "mentions", "quotes")}


def broken(names_and_types):
    return sorted({(kind, name, broken_reason(name, kind)) for name, kind in names_and_types
                   if isinstance(name, str) and broken_reason(name, kind)})


def test_no_entity_name_is_broken(corpus_tables):
    entities = corpus_tables["entities"]
    assert len(entities) > 1000
    assert broken(zip(entities.name, entities.type)) == []


def test_no_mention_or_alias_is_broken(corpus_tables):
    mentions = corpus_tables["mentions"]
    assert broken(zip(mentions.text, mentions.type)) == []
    assert broken(zip(mentions.normal, mentions.type)) == []


def test_no_speaker_name_is_broken(corpus_tables):
    quotes = corpus_tables["quotes"]
    named = quotes[quotes.speaker_entity_id.notna()]
    assert broken(zip(named.speaker, named.speaker_type)) == []
