"""Arbitrary text through every text stage: no exception, offsets inside, text = slice."""
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.process import process_batch
from pipeline.models import morph_forms
from pipeline.records import RawArticle
from pipeline.stages.tokens import make_lemmatizer

RUSSIANISH = st.text(alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЛМНОПРС «»„“\"'-–—,.:;!?…()\n\t 0123456789")),
                     min_size=1, max_size=400)
ANY_TEXT = st.text(min_size=1, max_size=300)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(RUSSIANISH, ANY_TEXT))
def test_any_text_gives_consistent_rows(models, text):
    article, = process_batch([RawArticle("t", "t.txt", text=text)], models, make_lemmatizer(morph_forms))
    doc = article.document
    if doc.status != "ok":
        assert doc.error
        return
    for rows in (article.sentences, article.tokens, article.mentions, article.dates, article.quotes):
        for row in rows:
            assert 0 <= row.start <= row.end <= len(doc.text)
            assert doc.text[row.start:row.end] == row.text
    for q in article.quotes:
        assert 0 <= q.cue_start <= q.cue_end <= len(doc.text)
