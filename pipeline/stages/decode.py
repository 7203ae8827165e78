"""Bytes to text: BOMs, UTF-8, then a charset detector for legacy Cyrillic encodings.
Every byte order mark at the start is dropped (a file saved twice by a BOM-adding editor
starts with two)."""
from typing import Optional, Tuple

from pipeline.records import RawArticle

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
BOM = "\ufeff"
LEGACY = ("cp1251", "koi8_r", "utf_16", "mac_cyrillic", "cp866", "iso8859_5")


def _detect(data: bytes) -> Optional[str]:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY) + ["utf_8"]).best()
    return best.encoding if best else None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return "\x00" in sample or controls > len(sample) * 0.05


def decode(raw: RawArticle) -> Tuple[str, Optional[str], Optional[str]]:
    """(text, encoding, error). Text already given by the reader is used as is, but for
    the byte-order marks it starts with."""
    if raw.text is not None:
        text, encoding = raw.text, "utf-8"
    else:
        text, encoding = _decode_bytes(raw.data)
        if text is None:
            return "", None, "cannot decode: no known text encoding fits the bytes"
    text = text.lstrip(BOM)
    if not text.strip():
        return "", encoding, "empty file: no text"
    if _looks_binary(text):
        return "", encoding, "binary file: not text"
    return text, encoding, None


def _decode_bytes(data: bytes) -> Tuple[Optional[str], Optional[str]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        return data.decode("utf-8", errors="replace"), "binary"
    encoding = _detect(data)
    if encoding is None:
        return None, None
    return data.decode(encoding, errors="replace"), encoding
