"""Universal Dependencies CoNLL-U as gold: each sentence's text and its words with their
character offsets in that text, gold lemma and POS.

Offsets are found by walking the sentence text: each word's form is looked up from where
the previous one ended (CoNLL-U gives no offsets, only ``SpaceAfter=No``). Multiword-token
lines (`1-2`) and empty nodes (`1.1`) are skipped: the words themselves carry the lemmas.
"""
from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional, Tuple


@dataclass(frozen=True)
class GoldWord:
    start: int
    end: int
    form: str
    lemma: str
    pos: str


@dataclass(frozen=True)
class GoldSentence:
    sent_id: str
    text: str
    words: Tuple[GoldWord, ...]


def _blocks(lines: Iterable[str]) -> Iterator[List[str]]:
    block: List[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _comment(block: List[str], key: str) -> Optional[str]:
    prefix = f"# {key} = "
    return next((line[len(prefix):] for line in block if line.startswith(prefix)), None)


def _word_rows(block: List[str]) -> List[List[str]]:
    rows = [line.split("\t") for line in block if not line.startswith("#")]
    return [r for r in rows if len(r) == 10 and r[0].isdigit()]


def place_words(text: str, rows: List[List[str]]) -> Tuple[GoldWord, ...]:
    """Each row's (form, lemma, pos) with its offsets in ``text``; a form not found where
    expected raises ValueError (the CoNLL-U text and its words disagree)."""
    words, cursor = [], 0
    for row in rows:
        form = row[1]
        start = text.find(form, cursor)
        if start < 0 or text[cursor:start].strip():
            raise ValueError(f"word {form!r} not found at offset {cursor} of {text!r}")
        words.append(GoldWord(start, start + len(form), form, row[2], row[3]))
        cursor = start + len(form)
    return tuple(words)


def parse_conllu(lines: Iterable[str]) -> List[GoldSentence]:
    sentences = []
    for block in _blocks(lines):
        rows = _word_rows(block)
        text = _comment(block, "text")
        if text is None:
            text = "".join(r[1] + ("" if "SpaceAfter=No" in r[9] else " ") for r in rows).rstrip()
        sent_id = _comment(block, "sent_id") or str(len(sentences) + 1)
        sentences.append(GoldSentence(sent_id, text, place_words(text, rows)))
    return sentences


def read_conllu(path) -> List[GoldSentence]:
    with open(path, encoding="utf-8") as f:
        return parse_conllu(f)
