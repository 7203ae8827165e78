"""Statements across articles and near-duplicate articles, over a real run: a re-report of a
seed article, a page that repeats its body, the seeds themselves."""
import shutil

import pandas as pd
import pytest

from pipeline.stages.reprints import normal_words
from tests.conftest import SEEDS, TUNE, run_into

ORIGINAL = "000_0bcc093db6823bad"
REPRINT = "reprint_of_000"
REPEATED = "repeated_page"
DATELINE = "9 февраля 2026, 14:49"


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    inp = tmp_path_factory.mktemp("statements_in")
    for path in sorted((SEEDS / "articles").glob("*.txt")):
        shutil.copy(path, inp / path.name)
    text = (SEEDS / "articles" / f"{ORIGINAL}.txt").read_text(encoding="utf-8")
    assert DATELINE in text
    (inp / f"{REPRINT}.txt").write_text(text.replace(DATELINE, "12 февраля 2026, 10:05"), encoding="utf-8")
    body = sorted((TUNE / "articles").glob("book_*.txt"))[0].read_text(encoding="utf-8")
    (inp / f"{REPEATED}.txt").write_text(body + "\n\n" + body, encoding="utf-8")
    return run_into(tmp_path_factory, inp)


@pytest.fixture(scope="module")
def quotes(output):
    return pd.read_parquet(output / "quotes")


@pytest.fixture(scope="module")
def statements(output):
    return pd.read_parquet(output / "statements").set_index("statement_id")


def test_a_re_report_shares_every_statement_with_the_original_which_is_first(quotes, statements):
    original, reprint = quotes[quotes.doc_id == ORIGINAL], quotes[quotes.doc_id == REPRINT]
    assert reprint.speaker.notna().sum() >= 10
    assert list(reprint.statement_id) == list(original.statement_id)
    for sid in reprint.statement_id.dropna():
        assert statements.first_doc_id[sid] == ORIGINAL and REPRINT in statements.doc_ids[sid]
        assert str(statements.first_published[sid]) == "2026-02-09"


def test_distinct_seed_statements_stay_apart(quotes, statements):
    seeds = quotes[quotes.doc_id.str.match(r"\d{3}_") & quotes.statement_id.notna()]
    for sid, group in seeds.groupby("statement_id"):
        assert group.doc_id.nunique() == 1, group.text.tolist()
        words = sorted((normal_words(t) for t in group.text), key=len)
        assert all(" ".join(w) in " ".join(words[-1]) or len(w) >= 3 for w in words), group.text.tolist()
    assert seeds.statement_id.nunique() >= 0.9 * len(seeds)


def test_copies_of_a_page_that_repeats_its_body_share_statements(quotes, statements):
    page = quotes[(quotes.doc_id == REPEATED) & quotes.statement_id.notna()]
    assert len(page) >= 2
    for sid in page.statement_id.unique():
        assert statements.n_docs[sid] == 1 and statements.n_quotes[sid] == (page.statement_id == sid).sum()
    assert page.statement_id.value_counts().min() >= 2   # each statement found in both copies


def test_a_whole_article_reprint_is_a_duplicate_and_the_seeds_are_not(output):
    docs = pd.read_parquet(output / "documents").set_index("doc_id")
    assert docs.duplicate_of[REPRINT] == ORIGINAL
    assert docs.drop(index=REPRINT).duplicate_of.isna().all()


def test_every_attributed_quote_has_a_statement_that_counts_it(quotes, statements):
    said = quotes[quotes.speaker.notna()]
    assert said.statement_id.notna().all() and quotes[quotes.speaker.isna()].statement_id.isna().all()
    assert set(said.statement_id) == set(statements.index)
    counts = said.groupby("statement_id").agg(n=("text", "size"), docs=("doc_id", lambda d: sorted(set(d))))
    for sid, row in statements.iterrows():
        assert row.n_quotes == counts.n[sid] and list(row.doc_ids) == counts.docs[sid] and row.n_docs == len(row.doc_ids)
