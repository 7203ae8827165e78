from datetime import date

from pipeline.stages.duplicates import DuplicateIndex, signature, similarity
from tests.conftest import SEEDS

SEED_TEXTS = sorted((SEEDS / "articles").glob("*.txt"))


def seed(i: int) -> str:
    return SEED_TEXTS[i].read_text(encoding="utf-8")


def test_signatures_are_stable_and_ignore_case_and_quotation_marks():
    text = seed(0)
    assert (signature(text) == signature(text.upper().replace('"', "«"))).all()
    assert similarity(signature(text), signature(seed(1))) < 0.2


def test_a_reprint_with_a_new_lead_is_a_duplicate_of_the_earlier_article():
    index = DuplicateIndex()
    index.add("reprint", date(2022, 1, 20), "Как сообщает наш корреспондент.\n\n" + seed(2))
    index.add("original", date(2022, 1, 14), seed(2))
    index.add("other", date(2022, 1, 14), seed(3))
    assert index.duplicate_of() == {"reprint": "original"}


def test_without_dates_the_first_by_doc_id_is_the_original():
    index = DuplicateIndex()
    for doc_id in ("c", "a", "b"):
        index.add(doc_id, None, seed(1))
    assert index.duplicate_of() == {"b": "a", "c": "a"}
