"""A person's normal form from the article's own evidence: where the article names the
person in the nominative elsewhere (`Тони Смит сказал` ... `с Тони Смитом`), an oblique
mention takes those words instead of the dictionary's guess (`Альберта Бурла` →
`Альберт Бурла`, not `Альберт Бурл`)."""
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Set, Tuple

from pipeline.records import Mention, Token
from pipeline.stages.quote_context import tokens_between


def same_word(nominative: str, oblique: str) -> bool:
    """`Смит` ~ `Смитом`, `Лейла` ~ `Лейлы`, `Бурла` ~ `Бурла`: an oblique form of the word."""
    a, b = nominative.lower().replace("ё", "е"), oblique.lower().replace("ё", "е")
    if a == b:
        return True
    stem = a[:-1] if a[-1:] in "аяйьо" else a
    longest = 3 if len(stem) >= 3 else 1   # `Ын` ~ `Ына`, not `Ли` ~ `Линь`
    return len(stem) >= 2 and b.startswith(stem) and 0 < len(b) - len(stem) <= longest


def nominative_mentions(mentions: Sequence[Mention], tokens: Sequence[Token]) -> List[Tuple[Set[int], List[str]]]:
    """(starts, words) of each name the article gives in the nominative (every word of the
    mention tagged nominative, and its normal form the text itself), once per name."""
    found: Dict[Tuple[str, ...], Set[int]] = {}
    for m in mentions:
        words = [t for t in tokens_between(tokens, m.start, m.end) if t.text[:1].isalpha()]
        if m.type == "PER" and words and m.text == m.normal and all("Case=Nom" in t.feats for t in words):
            found.setdefault(tuple(m.text.split()), set()).add(m.start)
    return [(starts, list(words)) for words, starts in found.items()]


def from_evidence(mention: Mention, nominatives: Sequence[Tuple[Set[int], List[str]]]) -> Optional[str]:
    """The mention's normal form with its words replaced by those of a nominative mention
    whose every word is a form of the mention's (aligned from the surname); where several
    fit and the mention's own form is not among them, the shortest (the base form:
    `Веселина Топалова`, read as nominative too, yields to `Веселин Топалов`)."""
    said, normal = mention.text.split(), mention.normal.split()
    if len(said) != len(normal):
        return None
    proposals = set()
    for starts, words in nominatives:
        if starts == {mention.start}:
            continue
        k = min(len(words), len(said))
        if all(same_word(words[-i], said[-i]) for i in range(1, k + 1)):
            proposals.add(tuple(words[-k:]))
    if not proposals or any(tuple(normal[-len(p):]) == p for p in proposals):
        return None
    best = min(proposals, key=lambda p: sum(map(len, p)))
    return " ".join(normal[:len(normal) - len(best)] + list(best))


def with_article_evidence(mentions: List[Mention], tokens: Sequence[Token]) -> List[Mention]:
    nominatives = nominative_mentions(mentions, tokens)
    out = []
    for m in mentions:
        better = from_evidence(m, nominatives) if m.type == "PER" and nominatives else None
        out.append(replace(m, normal=better) if better else m)
    return out
