"""The source phrase of a speech cue: the noun phrase that names who said it.

`Пресс-секретарь Кремля Дмитрий Песков заявил` → the subject with its appositions;
`заявил он`, `— сказал министр` → the subject after the cue; `по словам главы МИД` → the
phrase after `по словам`. Relative and participle clauses are not part of the phrase
(`Петров, который ...`); appositions are (`Павел Волчков, заведующий лабораторией`).
"""
from typing import List, Optional, Sequence, Tuple

from pipeline.records import Token
from pipeline.stages.quote_context import Context, feats

SUBJECT_RELS = ("nsubj", "nsubj:pass")
CLAUSE_RELS = ("acl", "acl:relcl", "parataxis", "advcl", "ccomp", "csubj", "root")   # not part of a noun phrase
NOMINAL = ("NOUN", "PROPN", "PRON")


def subtree(ctx: Context, token: Token, limit: int = 40, skip=CLAUSE_RELS) -> List[Token]:
    """The token and its dependents (without clauses), in text order."""
    out, stack = [], [token]
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in ctx.children.get(t.token_id, []) if c.rel not in skip)
    return sorted(out, key=lambda t: t.start)


def contiguous(tokens: Sequence[Token], around: Token) -> Tuple[Token, ...]:
    """The unbroken run of ``tokens`` (by token id) that holds ``around``, without
    punctuation at its edges."""
    ids = {t.token_id for t in tokens}
    run = [t for t in tokens if t.token_id in ids]
    by_id = {t.token_id: t for t in run}
    lo = hi = around.token_id
    while lo - 1 in by_id:
        lo -= 1
    while hi + 1 in by_id:
        hi += 1
    words = [by_id[i] for i in range(lo, hi + 1)]
    while words and words[0].pos == "PUNCT" and words[0].text not in "«\"(":
        words.pop(0)
    while words and words[-1].pos == "PUNCT" and words[-1].text not in "»\")":
        words.pop()
    return tuple(_balanced(words))


def _balanced(words: List[Token]) -> List[Token]:
    """Drop an unpaired bracket or quotation mark at an edge."""
    text = "".join(w.text for w in words)
    if words and words[-1].text == ")" and text.count("(") < text.count(")"):
        words = words[:-1]
    if words and words[0].text == "(" and text.count("(") > text.count(")"):
        words = words[1:]
    return words


def noun_phrase(ctx: Context, head: Token) -> Tuple[Token, ...]:
    return contiguous(subtree(ctx, head), head)


def subject(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """The subject of a cue verb, following a gerund or a second verb (`добавив`, `и
    отметил`) up to the verb that has one."""
    verb = cue
    for _ in range(3):
        subjects = [c for c in ctx.children.get(verb.token_id, []) if c.rel in SUBJECT_RELS]
        if subjects:
            return noun_phrase(ctx, subjects[0])
        if verb.head_id < 0 or verb.rel not in ("advcl", "conj", "parataxis", "xcomp"):
            break
        verb = ctx.tokens[verb.head_id]
    return ()


def inverted_subject(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """Without a parsed subject: the nominative noun phrase right after the cue
    (`— сказал министр здравоохранения Светлана Леонтьева`)."""
    words = []
    for t in ctx.by_sentence[cue.sentence_id]:
        if t.token_id <= cue.token_id:
            continue
        if (t.pos == "PUNCT" and t.text not in "-«»\"") or len(words) >= 12:
            break
        words.append(t)
    nominative = [w for w in words if feats(w).get("Case") == "Nom" and w.pos in NOMINAL]
    if not nominative:
        return ()
    first = words.index(nominative[0])
    return tuple(words[first:])


def source_of(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    return subject(ctx, cue) or inverted_subject(ctx, cue)


def head_of(words: Sequence[Token]) -> Optional[Token]:
    """The word of a phrase whose syntactic head lies outside it."""
    ids = {w.token_id for w in words}
    heads = [w for w in words if w.head_id not in ids and w.pos != "PUNCT"]
    nominal = [w for w in heads if w.pos in NOMINAL]
    return (nominal or heads or [None])[0]
