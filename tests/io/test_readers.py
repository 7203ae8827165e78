"""Reading an input folder as it comes in real life: only regular files, each read to a
bound, names of any bytes, hidden entries skipped and counted. No models: the reader
alone, each test with a timeout so a hang fails instead of stalling."""
import json
import os
import tempfile
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline import tables
from pipeline.io import readers
from pipeline.io.names import name_bytes
from pipeline.records import Article
from pipeline.stages.ingest import ingest

TEXT = "Пресс-секретарь Кремля Дмитрий Песков заявил, что переговоры продолжатся.\n"
MB = 2**20


def read(folder: Path):
    hidden = []
    return {raw.path: raw for raw in readers.read_folder(folder, hidden)}, hidden


@pytest.mark.timeout(30)
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    os.mkfifo(tmp_path / "y.jsonl")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    raws, _ = read(tmp_path)
    assert raws["x.txt"].error == raws["y.jsonl"].error == "not a regular file: a named pipe"
    assert raws["good.txt"].error is None and raws["good.txt"].data == TEXT.encode()


@pytest.mark.timeout(30)
def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path):
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("/dev/zero", tmp_path / "zero.jsonl")
    tracemalloc.start()
    raws, _ = read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert raws["zero.txt"].error == raws["zero.jsonl"].error == "not a regular file: a character device"
    assert peak < 1 * MB


@pytest.mark.timeout(30)
def test_a_file_over_the_limit_is_not_read(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(6 * MB)                                # sparse: costs no disk
    tracemalloc.start()
    raws, _ = read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert raws["huge.txt"].error.startswith("over 5 MB: file too large")
    assert peak < 1 * MB


@pytest.mark.timeout(30)
def test_a_jsonl_line_over_the_limit_is_skipped_to_its_end_in_bounded_memory(tmp_path):
    with open(tmp_path / "feed.jsonl", "wb") as f:
        f.write(b'{"id": "a", "text": "' + b"x" * (40 * MB) + b'"}\n')
        f.write(('{"id": "b", "text": "%s"}\n' % TEXT.strip()).encode())
    tracemalloc.start()
    raws, _ = read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert raws["feed.jsonl#1"].error == "line 1 over 5 MB: too large for one article"
    assert raws["feed.jsonl#2"].doc_id == "feed/b" and raws["feed.jsonl#2"].text == TEXT.strip()
    assert peak < 15 * MB                                 # bounded by a line's limit, not by the 40 MB line


@pytest.mark.timeout(30)
def test_a_folder_named_like_an_article_is_walked_not_read(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "inner.txt").write_text(TEXT, encoding="utf-8")
    raws, _ = read(tmp_path)
    assert list(raws) == ["dir.txt/inner.txt"]


@pytest.mark.timeout(30)
def test_hidden_files_and_folders_are_skipped_and_counted(tmp_path):
    for rel in ("a.txt", "sub/b.txt", "sub/.hidden.txt", ".git/HEAD.txt", ".ipynb_checkpoints/a-checkpoint.txt",
                ".DS_Store", "sub/.cache/c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    raws, hidden = read(tmp_path)
    assert sorted(raws) == ["a.txt", "sub/b.txt"]
    assert sorted(hidden) == [".DS_Store", ".git", ".ipynb_checkpoints", "sub/.cache", "sub/.hidden.txt"]
    assert readers.count_articles(tmp_path) == 2


@pytest.mark.timeout(30)
def test_jsonl_ids_and_text_that_are_not_valid_unicode(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(b'\xef\xbb\xbf\xef\xbb\xbf{"id": "a\\\\b", "text": "x"}\n'
                                          b'{"id": "c\\n", "text": "y"}\n'
                                          b'{"id": "d", "text": "lone \\udcff"}\n')
    raws, _ = read(tmp_path)
    assert raws["feed.jsonl#1"].doc_id == "feed/a\\\\b"   # two BOMs before the first line are dropped
    assert raws["feed.jsonl#2"].doc_id == "feed/c\\x0a"
    assert "not valid Unicode" in raws["feed.jsonl#3"].error


# Any names, any kinds: every entry gives exactly one record (or is skipped as hidden),
# with a printable, distinct doc_id and path that give the name's bytes back.

KINDS = ("text", "empty", "fifo", "dev_zero", "dangling", "folder", "huge", "link", "hidden")
REFUSED = {"fifo": "not a regular file: a named pipe", "dev_zero": "not a regular file: a character device",
           "dangling": "cannot read file: No such file or directory", "huge": "over 5 MB: file too large"}
NAME = st.binary(min_size=1, max_size=24).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                 and not b.startswith(b"."))
ENTRY = st.tuples(NAME, st.sampled_from(KINDS), st.sampled_from(readers.SUFFIXES))


def content(suffix: str) -> bytes:
    return ('{"text": "%s"}\n' % TEXT.strip()).encode() if suffix == ".jsonl" else TEXT.encode()


def make(folder: Path, name: bytes, kind: str, suffix: str) -> bytes:
    """One entry in ``folder``; its article's relative path as bytes (None: no record)."""
    base = os.fsencode(folder)
    path = base + b"/" + (b"." if kind == "hidden" else b"") + name + suffix.encode()
    if kind in ("text", "hidden"):
        Path(os.fsdecode(path)).write_bytes(content(suffix))
    elif kind == "empty":
        Path(os.fsdecode(path)).write_bytes(b"")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind in ("dev_zero", "dangling", "link"):
        target = {"dev_zero": b"/dev/zero", "dangling": base + b"/missing", "link": base + b"/../target" + suffix.encode()}[kind]
        os.symlink(target, path)
    elif kind == "huge":
        with open(path, "wb") as f:
            f.truncate(6 * MB)
    elif kind == "folder":
        os.mkdir(path)
        Path(os.fsdecode(path + b"/inner.txt")).write_bytes(TEXT.encode())
        return path[len(base) + 1:] + b"/inner.txt"
    if kind == "hidden" or (kind == "empty" and suffix == ".jsonl"):   # an empty feed holds no article
        return None
    return path[len(base) + 1:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ENTRY, min_size=1, max_size=8, unique_by=lambda e: e[0] + e[2].encode()))
@pytest.mark.timeout(300)
def test_any_names_and_kinds_give_one_writable_record_each(entries):
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in readers.SUFFIXES:
            (Path(tmp) / f"target{suffix}").write_bytes(content(suffix))
        folder = Path(tmp) / "in"
        folder.mkdir()
        expected = {rel: kind for rel, kind in ((make(folder, *e), e[1]) for e in entries) if rel is not None}
        raws, hidden = read(folder)
        assert len(hidden) == sum(kind == "hidden" for _, kind, _ in entries)
        files = {name_bytes(path[:-2] if path.endswith(".jsonl#1") else path): raw for path, raw in raws.items()}
        assert set(files) == set(expected)
        assert len({raw.doc_id for raw in raws.values()}) == len(raws)
        for rel, raw in files.items():
            assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in raw.path + raw.doc_id)
            kind = expected[rel]
            reason = "line 1 over 5 MB" if (kind, raw.path[-8:]) == ("huge", ".jsonl#1") else REFUSED.get(kind, "")
            assert (raw.error or "").startswith(reason) and bool(raw.error) == (kind in REFUSED)
            doc = ingest(raw, lambda name: False)
            assert tables.article_tables(Article(doc))["documents"].num_rows == 1


JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                          max_leaves=4)
RECORD = st.fixed_dictionaries({}, optional={key: JSON_VALUE for key in ("id", "title", "published", "author", "url")}
                               | {"text": st.text() | JSON_VALUE})


@settings(max_examples=300, deadline=None)
@given(RECORD)
@pytest.mark.timeout(120)
def test_any_json_line_gives_a_writable_documents_row(record):
    """Values of any JSON type in any field: a record, or an error row, never a crash."""
    raw = readers.parse_json_line(json.dumps(record).encode(), 1, "feed", "feed.jsonl")
    doc = ingest(raw, lambda name: False)
    assert tables.article_tables(Article(doc))["documents"].num_rows == 1
    assert (doc.status == "ok") or doc.error
