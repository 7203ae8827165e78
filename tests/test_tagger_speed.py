"""The faster tagging paths give slovnet's own results, bit for bit."""
import numpy as np
import pytest
from slovnet.exec.model import CRF
from slovnet.record import Record

from pipeline import tagger_speed
from pipeline.tagger_speed import CachedNavec, ViterbiCRF, encode


class Weight(Record):
    __attributes__ = ["array"]


@pytest.mark.parametrize("batch,length,tags", [(1, 1, 5), (3, 2, 9), (7, 40, 9), (64, 12, 17)])
def test_the_crf_finds_slovnets_path_for_sequences_of_one_length(batch, length, tags):
    rng = np.random.default_rng(batch * length)
    crf = CRF(Weight(rng.normal(size=(tags, tags)).astype(np.float32)))
    emissions = rng.normal(size=(batch, length, tags)).astype(np.float32)
    mask = np.ones((batch, length), dtype=bool)
    ours, theirs = ViterbiCRF(crf).decode(emissions, mask), crf.decode(emissions, mask)
    assert len(ours) == len(theirs) == batch
    for a, b in zip(ours, theirs):
        assert a.dtype == np.array(b).dtype and np.array_equal(a, b)


def test_the_crf_leaves_a_padded_batch_to_slovnet():
    rng = np.random.default_rng(1)
    crf = CRF(Weight(rng.normal(size=(5, 5)).astype(np.float32)))
    emissions = rng.normal(size=(2, 6, 5)).astype(np.float32)
    mask = np.array([[True] * 6, [True] * 3 + [False] * 3])
    ours = ViterbiCRF(crf).decode(emissions, mask)
    assert [len(p) for p in ours] == [6, 3]
    assert all(np.array_equal(a, b) for a, b in zip(ours, crf.decode(emissions, mask)))


class FakeNavec:
    """A navec-like lookup: vector = codes gathered by the word's indexes."""

    def __init__(self, words=500, dim=6):
        rng = np.random.default_rng(0)
        self.indexes = Weight(rng.integers(0, 4, size=(words, 2)))
        self.codes = Weight(rng.normal(size=(2, 4, dim // 2)).astype(np.float32))
        self.dim = dim
        self.calls = 0

    def __call__(self, input):
        self.calls += 1
        shape, ids = input.shape, input.flatten()
        out = self.codes.array[np.arange(2), self.indexes.array[ids]]
        return out.reshape(*shape, self.dim)


def test_cached_vectors_equal_looked_up_ones_also_after_the_table_fills(monkeypatch):
    monkeypatch.setattr(tagger_speed, "NAVEC_ROWS", 50)
    navec = FakeNavec()
    cached = CachedNavec(navec)
    rng = np.random.default_rng(2)
    for _ in range(40):   # 40 batches of up to 24 of 500 words: the table of 50 starts again many times
        ids = rng.integers(0, 500, size=(rng.integers(1, 4), rng.integers(1, 8)))
        assert np.array_equal(cached(ids), navec(ids))


def test_a_batch_of_known_words_is_not_looked_up_again():
    navec = FakeNavec()
    cached = CachedNavec(navec)
    ids = np.array([[3, 4, 3], [5, 4, 4]])
    cached(ids)
    calls = navec.calls
    assert np.array_equal(cached(ids[:, ::-1].copy()), navec(ids[:, ::-1].copy()))
    assert navec.calls == calls + 1   # only the direct call above: the cache looked up nothing


class Vocab:
    def __init__(self, items):
        self.ids = {item: i for i, item in enumerate(items)}
        self.unk_id = len(self.ids)

    def encode(self, item):
        return self.ids.get(item, len(self.ids))


class Encoder:
    def __init__(self):
        self.words_vocab = Vocab(["путин", "сказал", "москва"])
        self.shapes_vocab = Vocab(["X", "x", "PUNCT", "Xx"])


def test_encoding_matches_slovnets_item():
    from slovnet.exec.encoders import WordShapeEncoder

    encoder = Encoder()
    words = ["Путин", "сказал", ",", "МОСКВА", "Москва", "Путин", "неизвестно"]
    theirs = WordShapeEncoder(encoder.words_vocab, encoder.shapes_vocab).item(words)
    assert encode(encoder, words) == theirs
    assert encode(encoder, words) == theirs   # from the cache the second time


def test_a_word_with_yo_navec_lacks_is_looked_up_with_ye():
    """`подрастёт` is unknown to navec, `подрастет` known; a known `ё` word keeps its own id."""
    encoder = Encoder()
    encoder.words_vocab = Vocab(["подрастет", "ещё", "еще"])
    ids, _ = encode(encoder, ["подрастёт", "Подрастёт", "ещё", "ёжик"])
    vocab = encoder.words_vocab
    assert ids == [vocab.encode("подрастет"), vocab.encode("подрастет"), vocab.encode("ещё"), vocab.unk_id]


def test_a_batch_with_more_words_than_the_table_holds_is_looked_up_directly(monkeypatch):
    """A full table meeting a batch of more distinct words than it has rows neither fails nor
    leaves stale rows behind."""
    monkeypatch.setattr(tagger_speed, "NAVEC_ROWS", 50)
    navec = FakeNavec()
    cached = CachedNavec(navec)
    first = np.arange(45).reshape(5, 9)
    assert np.array_equal(cached(first), navec(first))
    both = np.concatenate((np.arange(45), np.arange(100, 115))).reshape(6, 10)   # 60 words, 15 new
    assert np.array_equal(cached(both), navec(both))
    assert np.array_equal(cached(first), navec(first))
