"""Source phrases on hand-built parses, including the broken ones a tagger can give."""
import pytest

from pipeline.records import Document, Sentence, Token
from pipeline.stages.quote_context import Context
from pipeline.stages.sources import head_of, source_of, subject_before, subtree

NOM = "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"
VERB = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def context(words):
    """words: (text, pos, feats, head, rel); one sentence, tokens separated by spaces."""
    text, tokens, at = "", [], 0
    for i, (word, pos, feats, head, rel) in enumerate(words):
        tokens.append(Token("t", 0, i, at, at + len(word), word, word.lower(), pos, feats, head, rel))
        text += word + " "
        at += len(word) + 1
    doc = Document("t", "t", text)
    return Context.build(doc, [Sentence("t", 0, 0, len(text), text)], tokens, [], []), tokens


@pytest.mark.timeout(10)
def test_a_parse_whose_heads_loop_ends():
    ctx, t = context([("Иван", "PROPN", NOM, 1, "appos"), ("Петров", "PROPN", NOM, 0, "flat:name"),
                      ("заявил", "VERB", VERB, -1, "root")])
    assert [w.text for w in subject_before(ctx, t[2])] == ["Иван", "Петров"]
    assert len(subtree(ctx, t[0])) == 2
    assert head_of(source_of(ctx, t[2])) is not None


def test_a_head_that_points_at_itself_still_heads_its_phrase():
    ctx, t = context([("президент", "NOUN", NOM, 0, "conj"), ("Путин", "PROPN", NOM, 0, "appos")])
    assert head_of(t).text == "президент"
