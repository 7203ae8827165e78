"""Paired marks in names, and what a broken name is (the issue's definition): unbalanced
`()`, `[]` or `«»`, an odd number of `"` or of `„“”`, a person named by initials only, or a
first or last character no name has. Pure functions on strings and offsets."""
import re
from typing import Optional

from pipeline.lexicons.names import BRACKET_PAIRS, CURLY_DOUBLE_QUOTES, FIRST_CHARS, LAST_CHARS, QUOTE_PAIRS, STRAIGHT_QUOTE

INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.?$")
INITIALS_ONLY = re.compile(r"^[A-ZА-ЯЁ](?:[.\s]+-?[A-ZА-ЯЁ])*\.?$")   # `Б`, `В.Л.`, `И. В`, not `США`


def _unbalanced(name: str) -> Optional[str]:
    for opening, closing in {**QUOTE_PAIRS, **BRACKET_PAIRS}.items():
        if opening in CURLY_DOUBLE_QUOTES:
            continue
        depth = 0
        for ch in name:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return f"unbalanced {opening}{closing}"
        if depth:
            return f"unbalanced {opening}{closing}"
    if name.count(STRAIGHT_QUOTE) % 2 or sum(name.count(q) for q in CURLY_DOUBLE_QUOTES) % 2:
        return "odd quotation marks"
    return None


def broken_reason(name: str, kind: str = "") -> Optional[str]:
    """Why ``name`` is no whole name (the issue's definition), or None."""
    if not name:
        return "empty"
    if not (name[0].isalnum() or name[0] in FIRST_CHARS):
        return f"starts with {name[0]!r}"
    if not (name[-1].isalnum() or name[-1] in LAST_CHARS):
        return f"ends with {name[-1]!r}"
    if kind == "PER" and INITIALS_ONLY.match(name):
        return "initials only"
    return _unbalanced(name)



# ---- marks in text ----

def line_end(text: str, at: int, reach: int) -> int:
    stop = min(len(text), at + reach)
    newline = text.find("\n", at, stop)
    return newline if newline >= 0 else stop


def line_start(text: str, at: int, reach: int) -> int:
    stop = max(0, at - reach)
    newline = text.rfind("\n", stop, at)
    return newline + 1 if newline >= 0 else stop


def open_mark(name: str, opening: str, closing: str) -> int:
    """Index of the last opening mark not closed inside ``name``, or -1."""
    stack = []
    for i, ch in enumerate(name):
        if ch == opening and (opening != closing or not stack):
            stack.append(i)
        elif ch == closing and stack:
            stack.pop()
    return stack[-1] if stack else -1


def close_mark(name: str, opening: str, closing: str) -> int:
    """Index of the first closing mark not opened inside ``name``, or -1."""
    depth = 0
    for i, ch in enumerate(name):
        if ch == opening:
            depth += 1
        elif ch == closing:
            if not depth:
                return i
            depth -= 1
    return -1


def find_any(text: str, marks: str, lo: int, hi: int) -> int:
    return next((i for i in range(lo, hi) if text[i] in marks), -1)


def rfind_any(text: str, marks: str, lo: int, hi: int) -> int:
    return next((i for i in range(hi - 1, lo - 1, -1) if text[i] in marks), -1)
