"""Speaker attribution: an ordered list of named rules. Each takes the cue's context and
returns a Speaker or None; the first answer wins and its rule's name is recorded."""
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from pipeline.lexicons.cues import PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, ROLE_NOUNS
from pipeline.records import Mention, Token
from pipeline.stages.quote_context import Context, feats

SUBJECT_RELS = ("nsubj", "nsubj:pass")
NAME_RELS = ("appos", "flat:name", "flat", "nmod", "conj")


@dataclass(frozen=True)
class Speaker:
    name: str
    type: str
    key: Optional[str]
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Source:
    """Where the rules look for a speaker: the subject tokens, or a phrase's object tokens."""
    cue: Token
    words: Tuple[Token, ...]     # the noun phrase naming the source (may be empty)
    previous_speakers: Sequence[Speaker]   # speakers of the article's earlier statements


def from_mention(m: Mention, rule: str) -> Speaker:
    name = m.entity_key.partition(":")[2] or m.normal
    return Speaker(name, m.type, m.entity_key, m.start, m.end, rule)


def subtree(ctx: Context, token: Token, limit: int = 40) -> List[Token]:
    out, stack = [], [token]
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        stack.extend(ctx.children.get(t.token_id, []))
    return sorted(out, key=lambda t: t.start)


def subject_phrase(ctx: Context, cue: Token) -> Tuple[Token, ...]:
    """The subject of a cue verb, following a gerund (`добавив`) to its main verb."""
    verb = cue
    for _ in range(2):
        subjects = [c for c in ctx.children.get(verb.token_id, []) if c.rel in SUBJECT_RELS]
        if subjects:
            return tuple(subtree(ctx, subjects[0]))
        if verb.head_id < 0 or verb.rel not in ("advcl", "conj", "parataxis", "xcomp"):
            break
        verb = ctx.tokens[verb.head_id]
    return ()


def _head(words: Sequence[Token]) -> Optional[Token]:
    ids = {w.token_id for w in words}
    heads = [w for w in words if w.head_id not in ids and w.pos != "PUNCT"]
    return heads[0] if heads else None


def rule_named_subject(ctx: Context, src: Source) -> Optional[Speaker]:
    """The source phrase is a name: `Лавров заявил`, `по словам Ушакова`, `сообщает ТАСС`."""
    head = _head(src.words)
    if head is None:
        return None
    chain = [head] + [c for c in ctx.children.get(head.token_id, []) if c.rel in ("flat:name", "flat")]
    for t in chain:
        m = ctx.mention_of.get(t.token_id)
        if m:
            return from_mention(m, "named_subject")
    return None


def rule_title_with_name(ctx: Context, src: Source) -> Optional[Speaker]:
    """A role phrase with the holder's name beside it: `пресс-секретарь Кремля Дмитрий Песков`."""
    head = _head(src.words)
    if head is None or head.lemma not in ROLE_NOUNS:
        return None
    case = feats(head).get("Case")
    for t in src.words:
        m = ctx.mention_of.get(t.token_id)
        if m and m.type == "PER" and ctx.mention_case(m) in (case, None) and t.start > head.start:
            return from_mention(m, "title_with_name")
    return None


def _latest_person(ctx: Context, before: int, gender: Optional[str], exclude=()) -> Optional[Mention]:
    people = [m for m in ctx.mentions if m.type == "PER" and m.end <= before
              and not ctx.inside_quote(m.start) and m.entity_key not in exclude
              and not ctx.in_boilerplate(m.start)]
    nominative = [m for m in people if ctx.mention_case(m) == "Nom"]
    for pool in (nominative, people):
        for allowed in ((gender,), (gender, None)):   # a known match before an unknown gender
            for m in reversed(pool):
                if gender is None or ctx.mention_gender(m) in allowed:
                    return m
    return None


def rule_pronoun(ctx: Context, src: Source) -> Optional[Speaker]:
    """`заявил он`, `по его словам`: the latest person of the pronoun's gender before it."""
    head = _head(src.words)
    if head is None:
        return None
    word = head.text.lower()
    gender = PERSONAL_PRONOUNS.get(word) or POSSESSIVE_PRONOUNS.get(word)
    if gender is None or (word in PERSONAL_PRONOUNS and head.pos != "PRON"):
        return None
    last = next((s for s in reversed(src.previous_speakers)
                 if s.type == "PER" and ctx.entity_gender(s.key) in (gender, None)), None)
    m = _latest_person(ctx, head.start, gender)
    if m is None:
        return None
    if last and last.key != m.entity_key and last.end > m.end:
        return Speaker(last.name, last.type, last.key, head.start, head.end, "pronoun")
    return Speaker(from_mention(m, "").name, "PER", m.entity_key, head.start, head.end, "pronoun")


def _role_words(ctx: Context, head: Token) -> Tuple[str, ...]:
    deps = [c.lemma for c in ctx.children.get(head.token_id, []) if c.rel == "nmod"]
    return (head.lemma, *deps[:1])


def rule_role_tied(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role the article ties to a name earlier: `пресс-секретарь Кремля` → Песков."""
    head = _head(src.words)
    if head is None or head.lemma not in ROLE_NOUNS:
        return None
    wanted = _role_words(ctx, head)
    for t in ctx.tokens:
        if t.start >= head.start:
            break
        if t.lemma == head.lemma and t.token_id != head.token_id and _role_words(ctx, t) == wanted:
            for w in subtree(ctx, t):
                m = ctx.mention_of.get(w.token_id)
                if m and m.type == "PER" and w.start > t.start:
                    if feats(w).get("Case") == feats(t).get("Case"):
                        return Speaker(from_mention(m, "").name, "PER", m.entity_key, head.start, head.end, "role_tied")
    return None


def _bare_role(ctx: Context, src: Source):
    """(role head, entity keys named inside the role phrase) when the source is a role."""
    head = _head(src.words)
    if head is None or head.lemma not in ROLE_NOUNS:
        return None, set()
    return head, {ctx.mention_of[w.token_id].entity_key for w in src.words if w.token_id in ctx.mention_of}


def rule_role_last_speaker(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role (`спикер Путина`, `Представитель Кремля`) → the person quoted last,
    never a person named inside the role phrase itself."""
    head, inside = _bare_role(ctx, src)
    if head is None:
        return None
    for s in reversed(src.previous_speakers):
        if s.type == "PER" and s.key not in inside:
            return Speaker(s.name, s.type, s.key, head.start, head.end, "role_last_speaker")
    return None


def rule_role_latest_person(ctx: Context, src: Source) -> Optional[Speaker]:
    """A bare role with nobody quoted yet → the latest person named as a subject before it,
    again never a person named inside the role phrase."""
    head, inside = _bare_role(ctx, src)
    m = _latest_person(ctx, head.start, None, exclude=inside) if head else None
    if m is None or ctx.mention_case(m) != "Nom":
        return None
    return Speaker(from_mention(m, "").name, "PER", m.entity_key, head.start, head.end, "role_latest_person")


def rule_organisation(ctx: Context, src: Source) -> Optional[Speaker]:
    """Any mention inside the source phrase that is an organisation or place."""
    for t in src.words:
        m = ctx.mention_of.get(t.token_id)
        if m and m.type in ("ORG", "LOC") and t is _head(src.words):
            return from_mention(m, "organisation")
    return None


RULES: List[Tuple[str, Callable]] = [
    ("named_subject", rule_named_subject),
    ("title_with_name", rule_title_with_name),
    ("pronoun", rule_pronoun),
    ("role_tied", rule_role_tied),
    ("role_last_speaker", rule_role_last_speaker),
    ("role_latest_person", rule_role_latest_person),
    ("organisation", rule_organisation),
]


def attribute(ctx: Context, src: Source) -> Optional[Speaker]:
    for _, rule in RULES:
        speaker = rule(ctx, src)
        if speaker:
            return speaker
    return None
