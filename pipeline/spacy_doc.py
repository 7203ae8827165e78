"""An article from the output tables as a ``spacy.tokens.Doc``: tokens, lemmas, POS,
``doc.ents`` from mentions, ``doc.spans["quotes"]``, ``["speakers"]`` and ``["dates"]``.

The Doc's text is the article text exactly: gaps other than one space become whitespace
tokens, as spaCy itself does."""
from typing import List, Tuple

import pandas as pd


def _words(text: str, tokens: pd.DataFrame) -> Tuple[List[str], List[bool], List[str], List[str]]:
    words, spaces, lemmas, pos = [], [], [], []
    position = 0
    for t in tokens.itertuples():
        gap = text[position:t.start]
        if gap == " " and words:
            spaces[-1] = True
        elif gap:
            words.append(gap), spaces.append(False), lemmas.append(gap), pos.append("SPACE")
        words.append(t.text), spaces.append(False), lemmas.append(t.lemma or t.text), pos.append(t.pos or "X")
        position = t.end
    if position < len(text):
        words.append(text[position:]), spaces.append(False), lemmas.append(text[position:]), pos.append("SPACE")
    return words, spaces, lemmas, pos


def _spans(doc, rows: pd.DataFrame, label_of) -> list:
    spans = []
    for row in rows.itertuples():
        span = doc.char_span(int(row.start), int(row.end), label=label_of(row), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def to_spacy(tables, doc_id: str):
    """The article ``doc_id`` of loaded tables (``pipeline.load``) as a spaCy Doc."""
    from spacy.tokens import Doc
    from spacy.util import filter_spans
    from spacy.vocab import Vocab

    text = tables.documents.set_index("doc_id").loc[doc_id, "text"]
    tokens = tables.tokens[tables.tokens.doc_id == doc_id].sort_values("token_id")
    words, spaces, lemmas, pos = _words(text, tokens)
    doc = Doc(Vocab(), words=words, spaces=spaces, lemmas=lemmas, pos=[p if p != "PRCL" else "PART" for p in pos])
    mentions = tables.mentions[tables.mentions.doc_id == doc_id]
    doc.ents = filter_spans(_spans(doc, mentions, lambda r: r.type))
    quotes = tables.quotes[tables.quotes.doc_id == doc_id]
    doc.spans["quotes"] = _spans(doc, quotes, lambda r: f"{r.kind.upper()}: {r.speaker or '?'}")
    speakers = quotes[quotes.speaker_start.notna()].assign(start=lambda d: d.speaker_start, end=lambda d: d.speaker_end)
    doc.spans["speakers"] = _spans(doc, speakers, lambda r: "SPEAKER")
    doc.spans["dates"] = _spans(doc, tables.dates[tables.dates.doc_id == doc_id], lambda r: r.value)
    return doc
