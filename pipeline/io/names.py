"""File names of any bytes as printable, lossless text (for ``documents.path`` and ``doc_id``).

A name on disk is bytes; Python gives it as text with each byte that is not UTF-8 as a
lone surrogate (``surrogateescape``), which no Parquet string can hold. ``printable``
shows such a byte as ``\\xNN``, an invisible or control character as ``\\xNN`` (ASCII) or
``\\uNNNN``, and ``\\`` itself as ``\\\\``; every other character stays as it is. The
mapping is one to one: ``name_bytes`` gives the bytes back, so two distinct names never
share a ``doc_id`` (the text ``\\xff`` becomes ``\\\\xff``, the byte 0xFF ``\\xff``).
"""
import re
import unicodedata

ESCAPED_CATEGORIES = ("Cc", "Cf", "Cs", "Zl", "Zp")   # controls, invisible format marks, surrogates, line breaks
ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


def _escaped(ch: str) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:                 # an undecodable byte, as surrogateescape gives it
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(ch) not in ESCAPED_CATEGORIES:
        return ch
    if code < 0x80:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(name: str) -> str:
    """``name`` as printable, valid Unicode text; ``name`` may hold surrogateescaped bytes."""
    if name.isprintable() and "\\" not in name:
        return name
    return "".join(map(_escaped, name))


def name_bytes(shown: str) -> bytes:
    """The bytes of the name ``printable`` showed as ``shown`` (its inverse)."""
    out, last = bytearray(), 0
    for match in ESCAPE.finditer(shown):
        out += shown[last:match.start()].encode("utf-8")
        out += _unescaped(match.group(1))
        last = match.end()
    return bytes(out + shown[last:].encode("utf-8"))


def _unescaped(escape: str) -> bytes:
    if escape == "\\":
        return b"\\"
    if escape[0] == "x":
        return bytes([int(escape[1:], 16)])
    return chr(int(escape[1:], 16)).encode("utf-8", "surrogatepass")

