"""The UD reader and the lemma scorer on hand-built input; then PUD lemma accuracy."""
import pytest

from pipeline.evaluation.lemmas import Outcome, accuracy_by_pos, frequent_errors, judge, read_gold
from pipeline.evaluation.ud import GoldWord, parse_conllu, place_words
from tests.conftest import SHARED

CONLLU = """# sent_id = s1
# text = «Во Франции», — сказал он.
1\t«\t«\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No
2\tВо\tво\tADP\t_\t_\t3\tcase\t_\t_
3\tФранции\tФранция\tPROPN\t_\tCase=Loc\t6\tobl\t_\tSpaceAfter=No
4\t»\t»\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No
5\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_
5.1\t_\t_\t_\t_\t_\t_\t_\t_\t_
5-6\t_\t_\t_\t_\t_\t_\t_\t_\t_
6\t—\t—\tPUNCT\t_\t_\t7\tpunct\t_\t_
7\tсказал\tсказать\tVERB\t_\t_\t0\troot\t_\t_
8\tон\tон\tPRON\t_\t_\t7\tnsubj\t_\tSpaceAfter=No
9\t.\t.\tPUNCT\t_\t_\t7\tpunct\t_\t_

# sent_id = s2
1\tДа\tда\tPART\t_\t_\t0\troot\t_\t_
"""


def test_parse_conllu_places_words_by_offsets():
    first, second = parse_conllu(CONLLU.splitlines(keepends=True))
    assert first.sent_id == "s1" and first.text == "«Во Франции», — сказал он."
    assert [(w.start, w.end, w.form) for w in first.words][:3] == [(0, 1, "«"), (1, 3, "Во"), (4, 11, "Франции")]
    assert first.words[-2] == GoldWord(23, 25, "он", "он", "PRON")
    assert second.text == "Да" and second.words[0].lemma == "да"   # no `# text`: rebuilt from the words


def test_a_word_missing_from_the_text_is_an_error():
    with pytest.raises(ValueError):
        place_words("Да нет", [["1", "Да", "да", "PART"] + ["_"] * 6, ["2", "но", "но", "CCONJ"] + ["_"] * 6])


def test_judge_leaves_out_punctuation_and_counts_unaligned_words_wrong():
    (sentence, _) = parse_conllu(CONLLU.splitlines(keepends=True))
    found = {(1, 3): "в", (4, 11): "франция", (16, 22): "сказать"}   # no token for `он`
    outcomes = judge(sentence, found)
    assert [o.word.form for o in outcomes] == ["Во", "Франции", "сказал", "он"]
    assert [o.correct for o in outcomes] == [False, True, True, False]
    table = accuracy_by_pos(outcomes)
    assert table["all"] == (2, 1, 4) and table["PROPN"] == (1, 0, 1) and table["PRON"] == (0, 1, 1)
    assert frequent_errors(outcomes, 1)[0][1] == 1


def test_lemmas_compare_case_insensitively():
    assert Outcome(GoldWord(0, 6, "Москва", "Москва", "PROPN"), "москва").correct


PUD = SHARED / "corpora" / "ud-russian-pud" / "ru_pud-ud-test.conllu"


@pytest.mark.skipif(not PUD.is_file(), reason="UD Russian PUD not beside the checkout")
def test_pud_lemma_accuracy(models):
    """All 1,000 PUD sentences, one article each (~35 s)."""
    from pipeline.evaluation.lemmas import lemma_outcomes
    correct, unaligned, total = accuracy_by_pos(lemma_outcomes(read_gold(PUD), models))["all"]
    assert total > 16000 and correct / total >= 0.96
