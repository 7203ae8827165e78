"""An article prepared for the quote rules: tokens by sentence, syntax children, which
mention covers which token, quotation spans."""
import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from types import MappingProxyType
from typing import Dict, List, Mapping, Optional, Sequence

from pipeline.lexicons.cues import DASH, DASHES
from pipeline.records import DateMention, Document, Mention, Sentence, Token
from pipeline.stages.quote_marks import QuoteSpan, find_quote_spans

CLOSING_PUNCT = ".!?…;:"
OPENING_MARKS = "«\"„“"   # quotation marks that open a quotation or a name (`"` and `“` close one too)
CLOSING_MARKS = "»\"“”"
SENTENCE_ID, START, LEMMA, HEAD_ID = attrgetter("sentence_id"), attrgetter("start"), attrgetter("lemma"), attrgetter("head_id")


PARAGRAPH_BREAK = re.compile(r"\n+")


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """How many runs of line breaks lie between ``start`` and ``end``."""
    return len(PARAGRAPH_BREAK.findall(text, start, max(start, end)))


def noun_before_quotation(ctx: "Context", t: Token, lo: int = 0) -> Optional[Token]:
    """The common noun right before the opening mark of the quotation that holds ``t``, whose
    name the quotation is (`премии «Большая книга»`, `в обзоре «Ликвидность ...»`), looking back
    no further than token ``lo``; else None."""
    if not ctx.inside_quote(t.start):
        return None
    k = t.token_id - 1
    while k > lo and ctx.tokens[k].text not in OPENING_MARKS and ctx.inside_quote(ctx.tokens[k].start):
        k -= 1
    return ctx.tokens[k - 1] if k > lo and ctx.tokens[k].text in OPENING_MARKS and ctx.tokens[k - 1].pos == "NOUN" else None


def feats(token: Token) -> Mapping[str, str]:
    """The token's UD features, read-only (one mapping shared by the tokens with the same features)."""
    return _parsed_feats(token.feats)


@functools.lru_cache(maxsize=4096)
def _parsed_feats(text: str) -> Mapping[str, str]:
    return MappingProxyType(dict(item.split("=", 1) for item in text.split("|") if item))


@dataclass
class Context:
    doc: Document
    sentences: Sequence[Sentence]
    tokens: Sequence[Token]
    mentions: Sequence[Mention]
    dates: Sequence[DateMention]
    quote_spans: List[QuoteSpan] = field(default_factory=list)
    by_sentence: Dict[int, List[Token]] = field(default_factory=dict)
    children: Dict[int, List[Token]] = field(default_factory=dict)
    mention_of: Dict[int, Mention] = field(default_factory=dict)
    quoted: bytearray = field(default_factory=bytearray)   # 1 at positions inside a quotation
    genders: Dict[str, Optional[str]] = field(default_factory=dict)
    cues: Dict[int, Optional[str]] = field(default_factory=dict)   # token id → its cue lemma, on first use
    sentence_cues: Dict[tuple, list] = field(default_factory=dict)   # (sentence, after a quote?) → its cues
    top_spans: Optional[List[QuoteSpan]] = None                      # outermost quotations, on first use
    by_lemma: Dict[str, List[Token]] = field(default_factory=dict)   # tokens by lemma, in text order
    opener_sentences: Optional[set] = None                           # sentences that may hold `по словам`
    lemma_sentences: Dict[frozenset, Dict[int, List[Token]]] = field(default_factory=dict)   # see sentence_tokens_with
    role_tokens: Optional[List[Token]] = None                        # role and occupation words, on first use
    described: Dict[int, Optional[Mention]] = field(default_factory=dict)   # role word → the person it describes
    hyphen_heads: Optional[Dict[str, List[Token]]] = None            # `врач` → tokens of `врач-терапевт`, on first use

    @classmethod
    def build(cls, doc, sentences, tokens, mentions, dates) -> "Context":
        ctx = cls(doc, sentences, tokens, mentions, dates, find_quote_spans(doc.text))
        ctx.quoted = bytearray(len(doc.text) + 1)
        for q in ctx.quote_spans:
            ctx.quoted[q.start + 1:q.end - 1] = b"\x01" * max(0, q.end - q.start - 2)
        ctx.by_sentence = {sentence_id: list(group) for sentence_id, group in groupby(tokens, SENTENCE_ID)}
        # grouped by a stable sort (each group stays in text order): a loop of appends cost twice as much
        ctx.by_lemma = {lemma: list(group) for lemma, group in groupby(sorted(tokens, key=LEMMA), LEMMA)}
        ctx.children = {head: list(group) for head, group in groupby(sorted(tokens, key=HEAD_ID), HEAD_ID) if head >= 0}
        for m in mentions:
            for t in tokens_between(tokens, m.start, m.end):
                ctx.mention_of[t.token_id] = m
        return ctx

    def top_quote_ending_by(self, pos: int) -> Optional[QuoteSpan]:
        """The outermost quotation that ends last at or before ``pos``."""
        top = self._top()
        i = bisect.bisect_right(top, pos, key=lambda q: q.end) - 1
        return top[i] if i >= 0 else None

    def top_quote_starting_by(self, pos: int) -> Optional[QuoteSpan]:
        """The outermost quotation that opens last at or before ``pos``."""
        top = self._top()
        i = bisect.bisect_right(top, pos, key=lambda q: q.start) - 1
        return top[i] if i >= 0 else None

    def top_quote_starting_from(self, pos: int) -> Optional[QuoteSpan]:
        """The outermost quotation that opens first at or after ``pos``."""
        top = self._top()
        i = bisect.bisect_left(top, pos, key=lambda q: q.start)
        return top[i] if i < len(top) else None

    def tokens_with_first_part(self, lemma: str) -> List[Token]:
        """The tokens of hyphenated lemmas whose first part is ``lemma`` (`врач-терапевт`)."""
        if self.hyphen_heads is None:
            self.hyphen_heads = {}
            for other, toks in self.by_lemma.items():
                if "-" in other[1:]:
                    self.hyphen_heads.setdefault(other.split("-", 1)[0], []).extend(toks)
        return self.hyphen_heads.get(lemma, [])

    def tokens_with_lemma(self, lemma: str) -> List[Token]:
        return self.by_lemma.get(lemma, [])

    def sentence_tokens_with(self, lemmas: frozenset, sentence_id: int) -> List[Token]:
        """The tokens of a sentence whose lemma is one of ``lemmas`` (a constant of the rules),
        in the order of ``lemmas`` then of the text; indexed once per article and lemma set."""
        if lemmas not in self.lemma_sentences:
            index = defaultdict(list)
            for lemma in lemmas:
                for t in self.by_lemma.get(lemma, ()):
                    index[t.sentence_id].append(t)
            self.lemma_sentences[lemmas] = dict(index)
        return self.lemma_sentences[lemmas].get(sentence_id, [])

    def top_quotes_within(self, lo: int, hi: int) -> List[QuoteSpan]:
        """The outermost quotations opening at or after ``lo`` and ending before ``hi``, in text order."""
        top = self._top()
        i = bisect.bisect_left(top, lo, key=lambda q: q.start)
        j = bisect.bisect_left(top, hi, key=lambda q: q.start)
        return [q for q in top[i:j] if q.end < hi]

    def _top(self) -> List[QuoteSpan]:
        if self.top_spans is None:
            self.top_spans = [q for q in self.quote_spans if q.depth == 0]   # in text order, none overlapping
        return self.top_spans

    def in_boilerplate(self, pos: int) -> bool:
        return in_spans(pos, self.doc.boilerplate)

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts, past boilerplate opening it: a crawler's header
        (` date 2019-02-11 – Собак развелось много, – заявляет X.`) starts no speech."""
        start = self.doc.text.rfind("\n", 0, pos) + 1
        for s, e in self.doc.boilerplate:
            if start <= s and not self.doc.text[start:s].strip() and e <= pos and "\n" not in self.doc.text[s:e]:
                start = e
        return start

    def names_person(self, t: Token) -> bool:
        """``t`` is a word of a person's name."""
        m = self.mention_of.get(t.token_id)
        return m is not None and m.type == "PER"

    def date_aside(self, comma: Token) -> bool:
        """The comma sets off a date, or lies inside one (`в пятницу, 12 декабря, сообщил`,
        `сегодня, 25 мая, сообщила`)."""
        if comma.text != ",":
            return False
        text = self.doc.text
        inside = next((d for d in self.dates if d.start <= comma.start < d.end), None)
        after = next((d for d in self.dates if d.start >= comma.end and not text[comma.end:d.start].strip()), None)
        before = next((d for d in self.dates if d.end <= comma.start and not text[d.end:comma.start].strip()), None)
        if inside is not None or after is not None:   # the comma opens the date's aside (or is part of it)
            return text[(inside or after).end:].lstrip().startswith(",")
        return before is not None and ("," in before.text or text[:before.start].rstrip().endswith(","))

    def inside_quote(self, pos: int) -> bool:
        return 0 <= pos < len(self.quoted) and self.quoted[pos] == 1

    def mention_case(self, mention: Mention) -> Optional[str]:
        """The case of the name's last word; a woman's name in -а/-я the tagger read as a man's
        genitive (`Кожевникова[Gen Masc] с оценкой согласна`, `Аяко Мурата[Gen Masc]`) is her
        nominative: her own oblique forms end otherwise (-ой, -ы, -у)."""
        toks = tokens_between(self.tokens, mention.start, mention.end)
        if not toks:
            return None
        f = feats(toks[-1])
        if f.get("Case") in ("Gen", "Acc") and f.get("Gender") == "Masc" \
                and toks[-1].text.lower().endswith(("а", "я")) \
                and self.entity_gender(mention.entity_key) == "Fem":
            return "Nom"
        return f.get("Case")

    def mention_in_case(self, mention: Mention, case: Optional[str]) -> bool:
        """Whether the name can stand in ``case``: the tagger gave it to one of its words, or
        none of them has a case. An animate accusative is spelt as the genitive, and the
        tagger often reads a first name and a surname apart (`министра Антона[Acc]
        Силуанова[Gen]`), so one word in the case is enough."""
        cases = [feats(t).get("Case") for t in tokens_between(self.tokens, mention.start, mention.end) if t.pos != "PUNCT"]
        return case in cases or not any(cases)

    def mention_gender(self, mention: Mention) -> Optional[str]:
        return self.entity_gender(mention.entity_key)

    def entity_gender(self, key: Optional[str]) -> Optional[str]:
        """A person's gender: the past-tense verbs the entity's mentions are the subject of,
        where they agree (`Никола Ферранте написал`: the dictionary's `Никола` is a woman's);
        else from the fullest mention (`Денис Шмыгаль`, not `Шмыгаль`), by the first-name
        and surname dictionaries."""
        if key not in self.genders:
            from pipeline.stages.names import person_gender
            same = [m for m in self.mentions if m.entity_key == key]
            if not same:
                return None
            fullest = max(same, key=lambda m: len(m.text.split()))
            toks = tokens_between(self.tokens, fullest.start, fullest.end)
            words = [(t.text, feats(t).get("Case"), feats(t).get("Gender")) for t in toks if t.pos != "PUNCT"]
            # the dictionaries, else a past-tense verb it is the subject of; not the tagger's
            # agreement alone (it calls an unknown name masculine: `Аун Сан Су Чжи`)
            oc = (self._verb_gender(same) or person_gender(words, tagger=False)) if words else None
            self.genders[key] = {"masc": "Masc", "femn": "Fem"}.get(oc)
        return self.genders[key]


    def _verb_gender(self, mentions: Sequence[Mention]) -> Optional[str]:
        """The gender of the past-tense verbs the mentions are the subject of, where all agree;
        not a name one addresses (`– Наталья, фонд начал работу ...?`: the parse's subject)."""
        from pipeline.stages.name_gender import verb_gender
        found = {verb_gender(self.tokens, tokens_between(self.tokens, m.start, m.end)) for m in mentions
                 if not addressed(self.doc.text, m)} - {None}
        return found.pop() if len(found) == 1 else None


LINE_OPENING = re.compile(rf"[ \t]*{DASH}[ \t]*")


def addressed(text: str, m: Mention) -> bool:
    """A name right after the dialogue dash that opens its line, followed by a comma, in a line
    that asks: one addresses the person (`– Наталья, фонд начал ... . Как появилась идея?`); not
    a subject and its apposition (`– Иван Петров, глава компании, заявил ...`)."""
    line_end = text.find("\n", m.end)
    return text[m.end:m.end + 1] == "," and "?" in text[m.end:line_end if line_end >= 0 else len(text)] \
        and bool(LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start))


HEADLINE_LINE_WORDS = 25   # words at most in a line of the head (a date line, a title)


def on_headline(text: str, pos: int) -> bool:
    """The line at ``pos`` is a headline: it and every line above it are short and end with
    no sentence's closing mark (`2020-9-8 09:09 |` / `..., считает политолог`)."""
    end = text.find("\n", pos)
    lines = [line.strip() for line in text[:end if end >= 0 else len(text)].split("\n") if line.strip()]
    return bool(lines) and all(len(line.split()) <= HEADLINE_LINE_WORDS and line[-1] not in ".!?…" for line in lines)


def in_spans(pos: int, spans) -> bool:
    """Whether ``pos`` lies in one of ``spans``, sorted non-overlapping (start, end) pairs."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def tokens_between(tokens: Sequence[Token], start: int, end: int) -> List[Token]:
    """Tokens inside [start, end); ``tokens`` are in text order, so a binary search finds them."""
    out = []
    for i in range(bisect.bisect_left(tokens, start, key=START), len(tokens)):
        if tokens[i].start >= end:
            break
        if tokens[i].end <= end:
            out.append(tokens[i])
    return out


def inside_word(text: str, t: Token) -> bool:
    """A punctuation token glued to letters or digits on both sides: a domain's dot
    (`Клопс.ru`), not a clause's punctuation."""
    return 0 < t.start and t.end < len(text) and text[t.start - 1].isalnum() and text[t.end].isalnum()


def trim(text: str, start: int, end: int) -> tuple:
    """Shrink [start, end) past spaces and sentence-final punctuation (not quote marks), and a
    closing bracket the span does not open (`(в ответ X возмутился, что «...»)`)."""
    while start < end and text[start].isspace():
        start += 1
    opened, closed = text.count("(", start, end), text.count(")", start, end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in CLOSING_PUNCT + "," + DASHES
                           or text[end - 1] == ")" and opened < closed):
        closed -= text[end - 1] == ")"
        end -= 1
    return start, end


def under(ctx: Context, t: Token, head_id: int) -> bool:
    """``t`` is in the syntactic subtree of the token ``head_id`` (a parse that loops ends it)."""
    seen = 0
    while t.head_id >= 0 and seen < len(ctx.tokens):
        if t.head_id == head_id:
            return True
        t, seen = ctx.tokens[t.head_id], seen + 1
    return False
