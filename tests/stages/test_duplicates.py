from datetime import date

from pipeline.stages.duplicates import DuplicateIndex, bands, body, jaccard, shingle_hashes
from tests.conftest import SEEDS

SEED_TEXTS = sorted((SEEDS / "articles").glob("*.txt"))


def seed(i: int) -> str:
    return SEED_TEXTS[i].read_text(encoding="utf-8")


def test_shingles_ignore_case_and_quotation_marks_and_articles_differ():
    text = seed(0)
    assert jaccard(shingle_hashes(text), shingle_hashes(text.upper().replace('"', "«"))) == 1.0
    assert jaccard(shingle_hashes(text), shingle_hashes(seed(1))) < 0.1


def test_band_keys_are_stable_and_shared_by_similar_articles():
    a, b = shingle_hashes(seed(0)), shingle_hashes(seed(0) + "\n\nЧитайте также: другие новости дня.")
    assert bands(a) == bands(shingle_hashes(seed(0)))
    assert 0.9 < jaccard(a, b) < 1.0 and set(bands(a)) & set(bands(b))


def test_the_body_leaves_out_boilerplate_spans():
    assert body("Заголовок. Реклама! Текст.", [(11, 19)]) == "Заголовок. \n Текст."


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
