"""File names of any bytes: a printable, valid-Unicode form that gives the bytes back."""
import os
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.io.names import name_bytes, printable


def shown(raw: bytes) -> str:
    return printable(os.fsdecode(raw))


@pytest.mark.parametrize("raw, expected", [
    (b"plain.txt", "plain.txt"),
    ("статья 1.txt".encode(), "статья 1.txt"),
    (b"bad\xff.txt", "bad\\xff.txt"),                    # an undecodable byte
    (b"bad\\xff.txt", "bad\\\\xff.txt"),                 # the text \xff: the backslash is escaped
    ("cp1251 ".encode() + "Песков".encode("cp1251"), "cp1251 \\xcf\\xe5\\xf1\\xea\\xee\\xe2"),
    (b"tab\there", "tab\\x09here"),                      # a control character
    ("bidi\u202eevil".encode(), "bidi\\u202eevil"),      # an invisible format mark
    ("nbsp\u00a0kept".encode(), "nbsp\u00a0kept"),       # a visible space stays
])
def test_printable_names(raw, expected):
    assert shown(raw) == expected
    assert name_bytes(expected) == raw


def test_the_text_backslash_xff_and_the_byte_0xff_stay_apart():
    assert shown(b"\\xff") != shown(b"\xff")


NAME_BYTES = st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\x00" not in b)


@settings(max_examples=500, deadline=None)
@given(NAME_BYTES, NAME_BYTES)
def test_any_bytes_give_printable_unicode_that_gives_them_back(a, b):
    name = shown(a)
    name.encode("utf-8")                                 # a Parquet string can hold it
    assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in name)
    assert name_bytes(name) == a
    assert (shown(a) == shown(b)) == (a == b)
