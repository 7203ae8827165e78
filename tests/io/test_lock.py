"""One writer per output: the lock beside OUT, its holder, stale and foreign locks, waiting."""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from pipeline.io import lock as lock_module
from pipeline.io.lock import OutputLock, OutputLocked, lock_path
from tests.conftest import ROOT

HOLD = """
import sys, time
from pathlib import Path
from pipeline.io.lock import OutputLock
with OutputLock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""

HOLD_AND_FORK = """
import multiprocessing, sys, time
from pathlib import Path
from pipeline.io.lock import OutputLock

def worker(started):
    started.set()
    time.sleep(60)

with OutputLock(Path(sys.argv[1])):
    started = multiprocessing.get_context("fork").Event()
    child = multiprocessing.get_context("fork").Process(target=worker, args=(started,))
    child.start()
    started.wait()
    print(child.pid, "held", flush=True)
    time.sleep(60)
"""


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(out, pid, host):
    lock_path(out).write_text(json.dumps({"pid": pid, "host": host, "started": "2026-01-01T00:00:00+00:00"}))


@pytest.mark.timeout(30)
def test_a_second_run_is_refused_with_the_first_named(tmp_path):
    out = tmp_path / "out"
    with OutputLock(out):
        holder = json.loads(lock_path(out).read_text())
        assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname() and holder["started"]
        with pytest.raises(OutputLocked) as refused:
            OutputLock(out).__enter__()
        assert f"pid {os.getpid()} on {socket.gethostname()}" in str(refused.value)
        assert "--wait" in str(refused.value)
    assert not lock_path(out).exists()
    with OutputLock(out):                                   # released: free again
        pass


@pytest.mark.timeout(30)
def test_the_lock_of_a_killed_process_is_taken_over(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(OutputLocked):
        OutputLock(out).__enter__()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert json.loads(lock_path(out).read_text())["pid"] == holder.pid   # left behind by the killed run
    with OutputLock(out):
        assert json.loads(lock_path(out).read_text())["pid"] == os.getpid()


@pytest.mark.timeout(30)
def test_a_stale_lock_of_a_dead_pid_on_this_host_is_taken_over(tmp_path):
    out = tmp_path / "out"
    write_lock(out, dead_pid(), socket.gethostname())
    with OutputLock(out):
        assert json.loads(lock_path(out).read_text())["pid"] == os.getpid()


@pytest.mark.timeout(30)
def test_a_lock_of_another_host_is_never_taken_over(tmp_path):
    out = tmp_path / "out"
    write_lock(out, dead_pid(), "another-host")
    with pytest.raises(OutputLocked) as refused:
        OutputLock(out).__enter__()
    assert refused.value.remote and "another-host" in str(refused.value)
    assert f"remove {lock_path(out)}" in str(refused.value)
    assert json.loads(lock_path(out).read_text())["host"] == "another-host"   # left as it was


@pytest.mark.timeout(30)
def test_without_flock_a_live_pid_holds_and_a_dead_one_does_not(tmp_path, monkeypatch):
    monkeypatch.setattr(lock_module, "_flock", lambda fd: None)   # a file system without flock
    out = tmp_path / "out"
    write_lock(out, os.getppid(), socket.gethostname())
    with pytest.raises(OutputLocked):
        OutputLock(out).__enter__()
    write_lock(out, dead_pid(), socket.gethostname())
    with OutputLock(out):
        pass


@pytest.mark.timeout(30)
def test_wait_waits_for_the_running_one_to_end(tmp_path):
    out, taken = tmp_path / "out", threading.Event()

    def first():
        with OutputLock(out):
            taken.set()
            time.sleep(0.6)

    thread = threading.Thread(target=first)
    thread.start()
    taken.wait()
    started = time.monotonic()
    with OutputLock(out, wait=True, poll=0.05):
        waited = time.monotonic() - started
    thread.join()
    assert waited >= 0.4


@pytest.mark.timeout(30)
def test_wait_on_a_foreign_lock_goes_on_once_it_is_removed(tmp_path):
    out = tmp_path / "out"
    write_lock(out, 1, "another-host")
    remover = threading.Timer(0.5, lambda: lock_path(out).unlink())
    remover.start()
    with OutputLock(out, wait=True, poll=0.05):
        assert json.loads(lock_path(out).read_text())["pid"] == os.getpid()
    remover.join()


@pytest.mark.timeout(30)
def test_a_forked_worker_of_a_killed_run_does_not_keep_the_lock(tmp_path):
    """A run's forked worker inherits the lock's descriptor; killed alone, the run's lock
    must still be free (the worker closes its copy)."""
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_AND_FORK, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    worker_pid = int(holder.stdout.readline().split()[0])
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    try:
        os.kill(worker_pid, 0)                              # the worker still runs
        with OutputLock(out):
            pass
    finally:
        os.kill(worker_pid, signal.SIGKILL)
