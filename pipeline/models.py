"""Load the NLP models once per process.

natasha 1.6 imports ``pymorphy2``, which needs ``pkg_resources`` and breaks on
Python 3.11. We alias the ``pymorphy2`` modules to ``pymorphy3`` before natasha
is imported, so natasha's MorphVocab runs on pymorphy3 and its dictionaries.
"""
import functools
import importlib
import os
import sys
from dataclasses import dataclass

_ALIASED = (
    "", ".analyzer", ".units", ".units.base", ".tagset", ".shapes",
    ".tokenizers", ".utils", ".dawg", ".opencorpora_dict",
)


def alias_pymorphy2():
    """Make ``import pymorphy2...`` return the matching ``pymorphy3`` module."""
    for suffix in _ALIASED:
        sys.modules.setdefault("pymorphy2" + suffix, importlib.import_module("pymorphy3" + suffix))


def pin_blas_threads():
    """One BLAS/OpenMP thread per worker process: workers scale by processes, not threads.
    The environment covers libraries loaded later; threadpoolctl the ones already loaded
    (a forked worker inherits its parent's OpenBLAS thread pool)."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1)


@dataclass(frozen=True)
class Models:
    segmenter: object
    morph_tagger: object
    syntax_parser: object
    ner_tagger: object
    morph_vocab: object


@functools.lru_cache(maxsize=1)
def load_models() -> Models:
    """Build natasha's taggers; cached, so a process loads them once."""
    alias_pymorphy2()
    import natasha

    emb = natasha.NewsEmbedding()
    return Models(
        segmenter=natasha.Segmenter(),
        morph_tagger=natasha.NewsMorphTagger(emb),
        syntax_parser=natasha.NewsSyntaxParser(emb),
        ner_tagger=natasha.NewsNERTagger(emb),
        morph_vocab=natasha.MorphVocab(),
    )


@functools.lru_cache(maxsize=1)
def morph_analyzer():
    """A plain pymorphy3 analyzer with a cached ``parse``."""
    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer()
    analyzer.parse = functools.lru_cache(maxsize=200_000)(analyzer.parse)
    return analyzer
