"""Three hot spots of slovnet's numpy inference, done faster with bit-identical results
(and one fix: unknown `ё` spellings).

Measured on the 150 short benchmark articles (one process, 37 s in all, 25 s of it in the
taggers): the NER tagger's CRF decoding took 4.4 s, the navec lookup of every word in each
of the three taggers 2.4 s, and encoding words to ids and shapes 1.9 s.

- ``encode``: a word's (word id, shape id) for an encoder is computed once per process
  (slovnet works out the shape of every word of every sentence for each tagger); a word
  spelled with `ё` that the vocabulary lacks is looked up with `е` (``_word_id``: the one
  departure from slovnet's results);
- ``CachedNavec``: a word's navec vector is assembled from its quantized codes once per
  process and then copied (the three taggers share one navec table, and so one cache);
- ``ViterbiCRF``: the CRF's best path with the same float additions in the same order,
  but taking the best scores by ``max`` instead of rebuilding index grids at every step, and
  following the back-pointers of a batch of equal-length sequences together.

``accelerate(tagger)`` fits them to a natasha tagger; ``tagger_outputs`` in
``pipeline.models`` encodes through ``encode``. The caches are bounded: when full they start
again, so a long run's memory does not grow with its vocabulary.
"""
from typing import Dict, List, Tuple

import numpy as np

ENCODED_WORDS = 200_000   # (word id, shape id) pairs kept per encoder, about 30 MB
NAVEC_ROWS = 40_000       # navec vectors kept per process (300 float32 each: 48 MB)

_encoded: Dict[int, Tuple[object, Dict[str, Tuple[int, int]]]] = {}   # id → (the encoder, kept alive; its words)


def encode(encoder, words: List[str]) -> Tuple[List[int], List[int]]:
    """``encoder.item(words)``: the word ids and shape ids of a word list."""
    from slovnet.shape import word_shape

    known = _encoded.setdefault(id(encoder), (encoder, {}))[1]
    if len(known) > ENCODED_WORDS:
        known.clear()
    word_ids, shape_ids = [], []
    for word in words:
        ids = known.get(word)
        if ids is None:
            ids = known[word] = (_word_id(encoder.words_vocab, word.lower()), encoder.shapes_vocab.encode(word_shape(word)))
        word_ids.append(ids[0])
        shape_ids.append(ids[1])
    return word_ids, shape_ids


def _word_id(vocab, word: str) -> int:
    """The vocabulary's id of the word; one with `ё` that navec does not know takes its `е`
    spelling's id (navec learnt most words from text written with `е`: `детёныш`, `подрастёт`
    are unknown and tagged as an adjective and a noun, `детеныш`, `подрастет` are known). The
    one departure from slovnet's encoding; plain natasha tags such words as unknown."""
    word_id = vocab.encode(word)
    if word_id == vocab.unk_id and "ё" in word:
        return vocab.encode(word.replace("ё", "е"))
    return word_id


class CachedNavec:
    """A navec embedding whose vectors, once assembled, are copied from a table of rows."""

    def __init__(self, navec):
        self.navec = navec
        self.dim = navec.dim
        self.clear()

    def clear(self) -> None:
        self.slot = np.full(len(self.navec.indexes.array), -1, dtype=np.int64)
        self.rows = np.empty((NAVEC_ROWS, self.dim), dtype=self.navec.codes.array.dtype)
        self.filled = 0

    def __call__(self, input: np.ndarray) -> np.ndarray:
        shape, ids = input.shape, input.flatten()
        new = np.unique(ids[self.slot[ids] < 0])
        if len(new):
            if self.filled + len(new) > NAVEC_ROWS:   # full: start again with this input's words
                new = np.unique(ids)
                if len(new) > NAVEC_ROWS:   # more words than the table holds: slovnet's own lookup
                    return self.navec(input)
                self.slot[:] = -1
                self.filled = 0
            vectors = self.navec(new)   # looked up first: a failure leaves the table as it was
            self.rows[self.filled:self.filled + len(new)] = vectors
            self.slot[new] = np.arange(self.filled, self.filled + len(new))
            self.filled += len(new)
        return self.rows[self.slot[ids]].reshape(*shape, self.dim)


class ViterbiCRF:
    """slovnet's ``CRF`` with a faster ``decode`` (the same tags, as int64 arrays)."""

    def __init__(self, crf):
        self.crf = crf
        self.transitions = crf.transitions

    def decode(self, emissions: np.ndarray, mask: np.ndarray) -> List[np.ndarray]:
        if not mask.all():   # sequences of several lengths in one batch: slovnet's own way
            return self.crf.decode(emissions, mask)
        batch_size, seq_len, _ = emissions.shape
        emissions = emissions.swapaxes(1, 0)
        transitions = self.transitions.array
        score, history = emissions[0], []
        for index in range(1, seq_len):
            scores = score[:, :, None] + transitions + emissions[index][:, None, :]   # batch x from x to
            history.append(scores.argmax(-2))
            score = scores.max(-2)   # the very values at the argmax
        rows = np.arange(batch_size)
        best = score.argmax(-1)
        path = [best]
        for indexes in reversed(history):
            best = indexes[rows, best]
            path.append(best)
        path.reverse()
        tags = np.stack(path, axis=1).astype(np.int64)
        return [tags[row] for row in rows]


_navec: Dict[int, CachedNavec] = {}


def accelerate(tagger):
    """The natasha tagger with the shared navec cache and, for NER, the faster CRF."""
    model = tagger.infer.model
    navec = model.emb.word
    if not isinstance(navec, CachedNavec):
        if id(navec.codes.array) not in _navec:
            _navec[id(navec.codes.array)] = CachedNavec(navec)
        model.emb.word = _navec[id(navec.codes.array)]
    head = getattr(model, "head", None)
    if head is not None and hasattr(head, "crf") and not isinstance(head.crf, ViterbiCRF):
        head.crf = ViterbiCRF(head.crf)
    return tagger
