"""One writer per output: a lock file beside OUT (``.OUT.lock``), taken before anything in
or beside OUT is touched and held for the whole run.

The file holds the run's pid, host, start time and command. The holder keeps an
``flock`` on it, which the kernel releases when the holder dies, so a lock left by a
dead process on this host is taken over at once. A lock written by another host is never
taken over (its process cannot be checked from here): the message says which file to
remove. Where the file system has no ``flock``, a lock of this host is judged by whether
its pid still lives.
"""
import fcntl
import json
import logging
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

log = logging.getLogger("pipeline")
POLL_SECONDS = 1.0
_held = set()   # lock descriptors of this process; a forked worker closes its copies


class OutputLocked(Exception):
    """Another run writes this output (``remote``: a run of another host, never taken over)."""

    def __init__(self, out: Path, holder: Optional["Holder"], remote: bool = False):
        super().__init__(out, holder, remote)
        self.out, self.holder, self.remote = out, holder, remote

    def who(self) -> str:
        return f"another run ({self.holder})" if self.holder else "another run"

    def __str__(self):
        if self.remote:
            return (f"{self.out} is locked by a run on another host ({self.holder}), which cannot be checked "
                    f"from here; if that run has ended, remove {lock_path(self.out)} and run again")
        return f"{self.out} is being written by {self.who()}; wait for it to end, or run again with --wait"


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    started: str
    command: str = ""

    def __str__(self):
        return f"pid {self.pid} on {self.host}, started {self.started}" + (f": {self.command}" if self.command else "")

    @classmethod
    def this_process(cls) -> "Holder":
        started = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
        return cls(os.getpid(), socket.gethostname(), started, " ".join(sys.argv))


def lock_path(out: Path) -> Path:
    out = Path(out).absolute()
    return out.parent / f".{out.name}.lock"


class OutputLock:
    """``with OutputLock(out, wait=False):`` — raises OutputLocked, or waits, while another
    run holds ``out``."""

    def __init__(self, out: Path, wait: bool = False, poll: float = POLL_SECONDS):
        self.out, self.path, self.wait, self.poll, self.fd = Path(out), lock_path(out), wait, poll, None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        told = None
        while self.fd is None:
            try:
                self.fd = _try_acquire(self.out)
            except OutputLocked as busy:
                if not self.wait:
                    raise
                if str(busy) != told:
                    log.warning("waiting: %s", busy if busy.remote else f"{self.out} is being written by {busy.who()}")
                    told = str(busy)
                time.sleep(self.poll)
        _held.add(self.fd)
        return self

    def __exit__(self, *exc) -> None:
        fd, self.fd = self.fd, None
        _held.discard(fd)
        try:
            if _same_file(fd, self.path):
                os.unlink(self.path)
        finally:
            os.close(fd)   # releases the flock


def _try_acquire(out: Path) -> Optional[int]:
    """An open, flocked descriptor of the lock file with this process written in it; None
    when the file was released meanwhile (try again); OutputLocked while another run holds it."""
    fd = os.open(lock_path(out), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        claimed = _claim(fd, out)
    except BaseException:
        os.close(fd)
        raise
    if not claimed:
        os.close(fd)
        return None
    return fd


def _claim(fd: int, out: Path) -> bool:
    path, locked = lock_path(out), _flock(fd)
    holder = _read_holder(fd)
    if locked is False and holder is None:   # the holder is writing itself in: look again
        time.sleep(0.1)
        holder = _read_holder(fd)
    if locked is False:
        raise OutputLocked(out, holder)
    if not _same_file(fd, path):
        return False
    if holder and holder.host != socket.gethostname():
        raise OutputLocked(out, holder, remote=True)
    if locked is None and holder and _alive(holder.pid):
        raise OutputLocked(out, holder)
    if holder:
        log.warning("taking over the lock of a run that is no longer running (%s)", holder)
    _write_holder(fd, Holder.this_process())
    return True


def _flock(fd: int) -> Optional[bool]:
    """True: locked; False: another process holds it; None: no flock on this file system."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError:
        return None


def _read_holder(fd: int) -> Optional[Holder]:
    try:
        return Holder(**json.loads(os.pread(fd, 65536, 0)))
    except (ValueError, TypeError):   # empty (just created or released) or not ours
        return None


def _write_holder(fd: int, holder: Holder) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(asdict(holder)).encode("utf-8"), 0)
    os.fsync(fd)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _close_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)
