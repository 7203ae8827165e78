"""The NLP models of a process, each loaded on first use.

A worker that only recomputes quotes or dates from stored tables needs morphology alone
(pymorphy3, one analyzer per process); natasha and its neural taggers are imported only
when a stage asks for them.

natasha 1.6 imports ``pymorphy2``, which needs ``pkg_resources`` and breaks on
Python 3.11. We alias the ``pymorphy2`` modules to ``pymorphy3`` before natasha is
imported, so natasha runs on pymorphy3 and its dictionaries.
"""
import functools
import importlib
import os
import sys
from typing import Dict, List, NamedTuple, Tuple

from pipeline import tagger_speed

_ALIASED = (
    "", ".analyzer", ".units", ".units.base", ".tagset", ".shapes",
    ".tokenizers", ".utils", ".dawg", ".opencorpora_dict",
)


def alias_pymorphy2():
    """Make ``import pymorphy2...`` return the matching ``pymorphy3`` module."""
    for suffix in _ALIASED:
        sys.modules.setdefault("pymorphy2" + suffix, importlib.import_module("pymorphy3" + suffix))


@functools.lru_cache(maxsize=1)
def import_natasha():
    alias_pymorphy2()
    import natasha
    return natasha


def pin_blas_threads():
    """One BLAS/OpenMP thread per process: runs scale by processes, not threads, and the
    taggers give the same numbers whatever the worker count. The environment covers
    libraries loaded later; threadpoolctl the ones already loaded (a forked worker
    inherits its parent's OpenBLAS thread pool)."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1)


@functools.lru_cache(maxsize=1)
def morph_analyzer():
    """The process's one pymorphy3 analyzer, with a cached ``parse``."""
    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer()
    analyzer.parse = functools.lru_cache(maxsize=200_000)(analyzer.parse)
    return analyzer


class MorphForm(NamedTuple):
    """A dictionary parse in UD terms, as natasha's lemmatizer compares them."""
    pos: str
    feats: Dict[str, str]
    normal: str


@functools.lru_cache(maxsize=200_000)
def morph_forms(word: str) -> List[MorphForm]:
    """The parses of a (lower-cased) word with natasha's OpenCorpora → UD tag mapping."""
    import_natasha()   # with pymorphy2 aliased (loaded already when the taggers ran)
    from natasha.morph.vocab import ud_feats, ud_pos

    return [MorphForm(ud_pos(p.tag), dict(ud_feats(p.tag)), p.normal_form) for p in morph_analyzer().parse(word)]


TAGGER_BATCH = 64   # items of one length tagged together


def tagger_outputs(tagger, items: List[List[str]]) -> list:
    """A slovnet tagger's raw predictions for each word list, in the order given (None for
    an empty list).

    Lists of the same length are tagged together, so no batch holds padding: the CNN
    computes nothing for pad positions (half of all positions in natasha's own batches of
    eight), and a list's tags do not depend on what it is batched with (the encoder
    zeroes pad positions after every layer, so padding only ever cost time)."""
    infer, encoder = tagger.infer, tagger.infer.encoder
    by_length: Dict[int, List[int]] = {}
    for index, words in enumerate(items):
        by_length.setdefault(len(words), []).append(index)
    outputs = [None] * len(items)
    by_length.pop(0, None)
    for length, indexes in sorted(by_length.items()):
        for start in range(0, len(indexes), TAGGER_BATCH):
            chunk = indexes[start:start + TAGGER_BATCH]
            batch = encoder.input([tagger_speed.encode(encoder, items[i]) for i in chunk])
            for i, output in zip(chunk, infer.process([batch])):
                outputs[i] = output
    return outputs


class _Offsets(NamedTuple):
    start: int
    stop: int


def conll_tag(tag: str) -> Tuple[str, str]:
    """(pos, feats) of a tagger's tag `NOUN|Case=Nom|Number=Sing`, feats sorted."""
    pos, _, feats = tag.partition("|")
    return pos, "|".join(sorted(feats.split("|"))) if feats else ""


class Models:
    """natasha's taggers over one shared embedding, each built on first use."""

    def morphology(self, word_lists: List[List[str]]) -> List[List[Tuple[str, str]]]:
        """(UD pos, feats) of each word of each list."""
        tags = [conll_tag(tag) for tag in self.morph_tagger.infer.decoder.tags_vocab.items]
        return [[tags[i] for i in pred.tolist()] if pred is not None else []
                for pred in tagger_outputs(self.morph_tagger, word_lists)]

    def syntax(self, word_lists: List[List[str]]) -> List[List[Tuple[int, str]]]:
        """(head index in the list or -1 for the root, relation) of each word of each list."""
        rels = self.syntax_parser.infer.decoder.rels_vocab.items
        return [[(head - 1, rels[rel]) for head, rel in zip(out[0].tolist(), out[1].tolist())] if out is not None else []
                for out in tagger_outputs(self.syntax_parser, word_lists)]

    def named_entities(self, token_lists: List[List[Tuple[int, int, str]]]) -> List[List[Tuple[int, int, str]]]:
        """(start, stop, type) of the entities natasha's NER tagger finds in each list of
        (start, stop, text) tokens; offsets are the tokens' own. The spans are slovnet's BIO
        reading (``bio_spans``) over those tokens, as natasha's ``to_span`` gives them after
        finding its own tokens in the text again."""
        from slovnet.bio import bio_spans

        tagger = self.ner_tagger
        tags = tagger.infer.decoder.tags_vocab.items
        words = [[text for _, _, text in tokens] for tokens in token_lists]
        found = []
        for tokens, pred in zip(token_lists, tagger_outputs(tagger, words)):
            offsets = [_Offsets(start, stop) for start, stop, _ in tokens]
            spans = bio_spans(offsets, [tags[i] for i in pred]) if pred is not None else ()
            found.append([(span.start, span.stop, span.type) for span in spans])
        return found

    @functools.cached_property
    def embedding(self):
        return import_natasha().NewsEmbedding()

    @functools.cached_property
    def morph_tagger(self):
        return tagger_speed.accelerate(import_natasha().NewsMorphTagger(self.embedding))

    @functools.cached_property
    def syntax_parser(self):
        return tagger_speed.accelerate(import_natasha().NewsSyntaxParser(self.embedding))

    @functools.cached_property
    def ner_tagger(self):
        return tagger_speed.accelerate(import_natasha().NewsNERTagger(self.embedding))


@functools.lru_cache(maxsize=1)
def load_models() -> Models:
    """The process's models (nothing is loaded until a tagger is used)."""
    return Models()
