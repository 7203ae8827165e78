"""The notebook API, the spaCy conversion, the HTML report and the notebook itself."""
import os
import re
from html.parser import HTMLParser

import pytest

import pipeline
from tests.conftest import ROOT, run_cli


@pytest.fixture(scope="module")
def tables(seed_output):
    return pipeline.load(seed_output)


def test_who_said_what_joins_speaker_date_and_article(tables):
    wsw = pipeline.who_said_what(tables)
    assert len(wsw) == tables.quotes.speaker.notna().sum()
    row = wsw[wsw.quote.str.startswith("Очевидно, что эти понимания")].iloc[0]
    assert row.speaker == "Дмитрий Песков" and str(row.said_on) == "2026-02-09"
    assert row.title.startswith('"Дух Анкориджа"')


def test_statements_of_a_person_are_in_date_order(tables):
    said = pipeline.statements_of(tables, "Сергей Лавров")
    assert len(said) >= 5 and said.said_on.dropna().is_monotonic_increasing


def test_top_speakers_and_co_mentions(tables):
    top = pipeline.top_speakers(tables, n=len(tables.quotes))
    assert top.index[0] == "Дмитрий Песков" and (top.direct + top.indirect == top.reports).all()
    assert (top.statements <= top.reports).all() and top.statements.sum() == tables.statements.statement_id.nunique()
    pairs = pipeline.co_mentions(tables)
    assert ((pairs.person_a == "Владимир Путин") & (pairs.person_b == "Дмитрий Песков")).any()


def test_statements_name_the_speaker_and_their_reports(tables):
    said = pipeline.statements(tables)
    assert len(said) == tables.quotes.statement_id.nunique() and said.n_quotes.sum() == tables.quotes.speaker.notna().sum()
    assert said.n_docs.is_monotonic_decreasing and said.speaker.notna().all()
    first = said.iloc[0]
    reports = pipeline.reports_of(tables, first.statement_id)
    assert len(reports) == first.n_quotes and reports.doc_id.iloc[0] == first.first_doc_id
    assert set(reports.speaker) == {first.speaker}


def test_spacy_doc_spans_land_on_the_right_characters(tables):
    doc_id = "000_0bcc093db6823bad"
    doc = pipeline.to_spacy(tables, doc_id)
    text = tables.documents.set_index("doc_id").loc[doc_id, "text"]
    assert doc.text == text
    quotes = tables.quotes[tables.quotes.doc_id == doc_id]
    assert {(s.start_char, s.end_char) for s in doc.spans["quotes"]} >= {
        (q.start, q.end) for q in quotes.itertuples() if re.match(r"\w", q.text[0]) and re.search(r"\w$", q.text)}
    assert any(e.text == "Дмитрий Песков" and e.label_ == "PER" for e in doc.ents)
    assert any(s.text == "4-5 февраля" and s.label_ == "2026-02-04/2026-02-05" for s in doc.spans["dates"])


class QuoteCollector(HTMLParser):
    """Text inside each data-quote span of the report."""

    def __init__(self):
        super().__init__()
        self.stack, self.found = [], {}

    def handle_starttag(self, tag, attrs):
        self.stack.append(dict(attrs).get("data-quote"))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for key in {k for k in self.stack if k}:
            self.found[key] = self.found.get(key, "") + data


def test_report_highlights_every_quote(tables, tmp_path, seed_output):
    result = run_cli("report", seed_output, "--html", tmp_path / "r.html")
    assert result.returncode == 0
    parser = QuoteCollector()
    parser.feed((tmp_path / "r.html").read_text(encoding="utf-8"))
    for q in tables.quotes.itertuples():
        assert parser.found.get(f"{q.doc_id}:{q.quote_id}") == q.text


def test_report_links_each_quote_to_its_statements_other_reports(tables):
    from pipeline.report import build_report, quote_anchor

    page = build_report(tables)
    repeated = tables.quotes[tables.quotes.statement_id.notna()].groupby("statement_id").filter(lambda g: len(g) > 1)
    assert len(repeated) >= 2
    for q in repeated.itertuples():
        assert f'id="{quote_anchor(q.doc_id, q.quote_id)}"' in page and f'href="#{quote_anchor(q.doc_id, q.quote_id)}"' in page


def test_sourcing_counts_every_statement_with_a_source_phrase(tables):
    per_article = pipeline.sourcing(tables)
    kinds = pipeline.api.SOURCE_KINDS
    assert per_article[kinds].to_numpy().sum() == tables.quotes.source_kind.notna().sum()
    assert per_article.anonymous_share.between(0, 1).all()
    overall = pipeline.sourcing(tables, by=None)
    assert overall[kinds].to_numpy().sum() == tables.quotes.source_kind.notna().sum()
    anonymous = pipeline.anonymous_sources(tables)
    assert len(anonymous) == (tables.quotes.source_kind == "anonymous").sum()


def test_report_marks_anonymous_sources(tables):
    from pipeline.report import build_report
    page = build_report(tables)
    assert page.count('<span class="anonymous">') == (tables.quotes.source_kind == "anonymous").sum() + 1   # + the legend


def test_notebook_runs_top_to_bottom(seed_output, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    path = ROOT / "notebooks" / "who_said_what.ipynb"
    notebook = nbformat.read(path, as_version=4)
    monkeypatch.setenv("WSW_OUTPUT", str(seed_output))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    NotebookClient(notebook, timeout=300, kernel_name="python3",   # the kernel imports this checkout's pipeline
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    images = sum(1 for c in notebook.cells if c.cell_type == "code"
                 for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    assert images >= 4
