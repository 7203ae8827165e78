"""A static, self-contained HTML page: every article with its quotes, speakers, cues and
dates highlighted, and a table of its statements, for reviewing extractions by eye. Each
quote links to the other reports of its statement (the same words in other articles)."""
import html
from typing import Dict, List, Tuple

import pandas as pd

STYLE = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;line-height:1.5;color:#222}
article{border-top:2px solid #888;margin-top:2rem;padding-top:1rem}
.text{white-space:pre-wrap;background:#fcfcfa;padding:1rem;border:1px solid #ddd}
.quote{background:#fff3b0}.speaker{background:#c9e4ff;font-weight:bold}.cue{text-decoration:underline 2px #b5179e}
.date{background:#c8f2c2;border-bottom:2px solid #2d6a4f}
table{border-collapse:collapse;font-size:.9rem;margin-top:.5rem}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}
.legend span{padding:0 .4rem;margin-right:.5rem}.error{color:#b00020}
.anonymous{background:#ffd6d6;font-style:italic}
"""

Mark = Tuple[int, int, str, str]   # start, end, css class, data attribute value


def marks_of(doc_id: str, quotes: pd.DataFrame, dates: pd.DataFrame) -> List[Mark]:
    marks = []
    for q in quotes.itertuples():
        marks.append((q.start, q.end, "quote", f"{doc_id}:{q.quote_id}"))
        marks.append((q.cue_start, q.cue_end, "cue", f"{doc_id}:{q.quote_id}"))
        if pd.notna(q.speaker_start):
            marks.append((int(q.speaker_start), int(q.speaker_end), "speaker", f"{doc_id}:{q.quote_id}"))
    marks += [(d.start, d.end, "date", d.value) for d in dates.itertuples()]
    return marks


def highlight(text: str, marks: List[Mark]) -> str:
    """The text cut at every mark boundary; each piece wrapped in the marks that cover it."""
    bounds = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = html.escape(text[a:b])
        for start, end, css, value in covering:
            attr = "data-quote" if css == "quote" else "title"
            piece = f'<span class="{css}" {attr}="{html.escape(value)}">{piece}</span>'
        pieces.append(piece)
    return "".join(pieces)


Reports = Dict[str, List[Tuple[str, int]]]   # statement_id → its (doc_id, quote_id), earliest first
MAX_LINKS = 12


def quote_anchor(doc_id: str, quote_id: int) -> str:
    return html.escape(f"q:{doc_id}:{quote_id}")


def other_reports(q, reports: Reports) -> str:
    """Links to the other reports of the quote's statement (the first one marked)."""
    if not isinstance(q.statement_id, str):
        return ""
    same = reports.get(q.statement_id, [])
    others = [(d, i) for d, i in same if (d, i) != (q.doc_id, q.quote_id)]
    links = [f'<a href="#{quote_anchor(d, i)}">{html.escape(d)}{" (first)" if (d, i) == same[0] else ""}</a>'
             for d, i in others[:MAX_LINKS]]
    more = f" +{len(others) - MAX_LINKS}" if len(others) > MAX_LINKS else ""
    return ", ".join(links) + more


def source_cell(q) -> str:
    """The phrase naming the source and its kind; anonymous sourcing stands out."""
    if not isinstance(q.source_text, str):
        return ""
    cls = ' class="anonymous"' if q.source_kind == "anonymous" else ""
    return f"<span{cls}>{html.escape(q.source_text[:80])}</span> <small>{q.source_kind}</small>"


def statements_table(quotes: pd.DataFrame, reports: Reports) -> str:
    rows = "".join(
        f'<tr id="{quote_anchor(q.doc_id, q.quote_id)}"><td>{q.quote_id}</td><td>{html.escape(q.speaker if isinstance(q.speaker, str) else "—")}</td>'
        f"<td>{q.kind}</td><td>{html.escape(str(q.cue))}</td><td>{q.said_on if pd.notna(q.said_on) else ''}</td>"
        f"<td>{q.attribution}</td><td>{source_cell(q)}</td><td>{html.escape(q.text[:200])}</td>"
        f"<td>{other_reports(q, reports)}</td></tr>"
        for q in quotes.itertuples())
    head = ("<tr><th>#</th><th>speaker</th><th>kind</th><th>cue</th><th>said on</th><th>rule</th><th>source</th>"
            "<th>text</th><th>also reported in</th></tr>")
    return f"<table>{head}{rows}</table>"


def reports_by_statement(quotes: pd.DataFrame, documents: pd.DataFrame) -> Reports:
    """Every statement's reports, earliest first (said_on, else published, then doc_id)."""
    said = quotes[quotes.statement_id.notna()].merge(documents[["doc_id", "published"]], on="doc_id", how="left")
    said["when"] = said.said_on.fillna(said.published)
    said = said.sort_values(["when", "published", "doc_id", "quote_id"], na_position="last")
    return {sid: list(zip(group.doc_id, group.quote_id)) for sid, group in said.groupby("statement_id", sort=False)}


def article_html(doc, quotes: pd.DataFrame, dates: pd.DataFrame, reports: Reports) -> str:
    meta = f"{html.escape(str(doc.title or ''))} · published {doc.published if pd.notna(doc.published) else 'unknown'}"
    if doc.status != "ok":
        return f'<article><h2>{html.escape(doc.doc_id)}</h2><p class="error">{html.escape(str(doc.error))}</p></article>'
    body = highlight(doc.text, marks_of(doc.doc_id, quotes, dates))
    return (f'<article id="{html.escape(doc.doc_id)}"><h2>{html.escape(doc.doc_id)}</h2><p>{meta}</p>'
            f'{statements_table(quotes, reports)}<div class="text">{body}</div></article>')


def build_report(tables) -> str:
    """The whole page for loaded tables (``pipeline.load``)."""
    quotes = dict(tuple(tables.quotes.groupby("doc_id")))
    dates = dict(tuple(tables.dates.groupby("doc_id")))
    empty_q, empty_d = tables.quotes.iloc[0:0], tables.dates.iloc[0:0]
    reports = reports_by_statement(tables.quotes, tables.documents)
    articles = "".join(article_html(doc, quotes.get(doc.doc_id, empty_q), dates.get(doc.doc_id, empty_d), reports)
                       for doc in tables.documents.sort_values("doc_id").itertuples())
    legend = ('<p class="legend"><span class="quote">statement</span><span class="speaker">speaker</span>'
              '<span class="cue">cue</span><span class="date">date</span><span class="anonymous">anonymous source</span></p>')
    return (f"<!doctype html><html lang=ru><meta charset=utf-8><title>Who said what — review</title>"
            f"<style>{STYLE}</style><h1>Who said what — review</h1>{legend}{articles}</html>")
