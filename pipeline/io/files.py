"""Opening input files safely: only regular files (after resolving links), never read
without a bound, never blocking on a named pipe or a device."""
import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterator, Tuple

KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
SKIP_CHUNK = 1 << 20


class Refused(Exception):
    """An input file that is not read; the message is the reason stored in ``documents.error``."""


def megabytes(limit: int) -> str:
    return f"{limit / 2**20:g} MB"


def kind(mode: int) -> str:
    return next((name for test, name in KINDS if test(mode)), "not a file")


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file once links are resolved. Opened
    without blocking (a named pipe would wait for a writer) and checked on the open file, so
    a file swapped for a pipe in between is refused too."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise Refused(f"cannot read file: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise Refused(f"not a regular file: {kind(mode)}")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_bounded(path: Path, limit: int) -> bytes:
    """A regular file's bytes: at most ``limit`` + 1 are read, and a file over the limit is refused."""
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        data = f.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        shown = f" ({size} bytes)" if size > limit else ""
        raise Refused(f"over {megabytes(limit)}: file too large for one article{shown}")
    return data


def bounded_lines(f: BinaryIO, limit: int) -> Iterator[Tuple[int, bytes, bool]]:
    """(line number, line, too long) of each line, holding at most ``limit`` + 1 bytes: a
    longer line is skipped to its end and given empty with ``too long`` set."""
    number = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        number += 1
        too_long = len(line) > limit
        if too_long and not line.endswith(b"\n"):
            _skip_line(f)
        yield number, (b"" if too_long else line), too_long


def _skip_line(f: BinaryIO) -> None:
    while True:
        chunk = f.readline(SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
