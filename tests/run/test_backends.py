"""The same input gives the same tables whatever the worker count or backend (issue 16):
`--workers 1` (in this process), `--workers 2` (local processes) and `--dask local`, table
by table on 104 articles; a Dask worker killed mid-run changes nothing; BLAS runs one
thread in every mode."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pipeline.run.workers import work
from tests.conftest import GOLD, ROOT, SEEDS, run_cli
from tests.run.test_runs import assert_same_tables

PIECE_CHARS = 1000        # short articles: the corpus is about breadth, and must stay fast
ARTICLES = 104


def pieces(text: str):
    """A text cut at line ends into pieces of about PIECE_CHARS."""
    out, piece = [], ""
    for line in text.splitlines(keepends=True):
        piece += line
        if len(piece) >= PIECE_CHARS:
            out.append(piece)
            piece = ""
    return out + ([piece] if piece.strip() else [])


def build_corpus(dest: Path) -> Path:
    """ARTICLES articles: the first piece of every labelled and seed article, then the second, ..."""
    texts = sorted(GOLD.glob("*/articles/*.txt")) + sorted((SEEDS / "articles").glob("*.txt"))
    split = [(path.stem, pieces(path.read_text(encoding="utf-8"))) for path in texts]
    dest.mkdir(parents=True)
    made = [(f"{stem}_{n}", parts[n]) for n in range(10) for stem, parts in split if n < len(parts)][:ARTICLES]
    for name, text in made:
        (dest / f"{name}.txt").write_text(text, encoding="utf-8")
    assert len(made) == ARTICLES
    return dest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def one_worker(corpus):
    out = corpus.parent / "workers1"
    result = run_cli("run", corpus, "--out", out, "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert f"{ARTICLES} articles processed" in result.stdout and "0 with errors" in result.stdout
    return out


@pytest.mark.timeout(400)
@pytest.mark.parametrize("mode", [("--workers", "2"), ("--dask", "local", "--workers", "2")], ids=["workers2", "dask"])
def test_every_mode_gives_the_tables_of_one_worker(corpus, one_worker, mode):
    out = corpus.parent / "-".join(mode).strip("-")
    result = run_cli("run", corpus, "--out", out, *mode)
    assert result.returncode == 0, result.stderr
    assert_same_tables(one_worker, out)


MODELS_LOADED_MB = 250    # an idle Dask worker holds ~130 MB; natasha's models take it past 300


def dask_workers(pid: int):
    found = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:   # ended meanwhile
            pass
    return found


def holds_a_task(worker: psutil.Process) -> bool:
    """The worker is loading or using the models, which only a batch of the run makes it do."""
    try:
        return worker.memory_info().rss > MODELS_LOADED_MB * 2**20
    except psutil.Error:
        return False


@pytest.mark.timeout(400)
def test_a_dask_worker_killed_mid_run_changes_nothing(corpus, one_worker):
    out = corpus.parent / "killed"
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
                            "--dask", "local", "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    victim = None
    while victim is None and run.poll() is None:
        victim = next((w for w in dask_workers(run.pid) if holds_a_task(w)), None)
        time.sleep(0.02)
    assert victim is not None and run.poll() is None, "the run ended before a worker could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    stdout, stderr = run.communicate(timeout=360)
    assert run.returncode == 0, stderr
    assert f"{ARTICLES} articles processed" in stdout and "0 with errors" in stdout
    assert not psutil.pid_exists(victim.pid) or victim.status() == psutil.STATUS_ZOMBIE
    assert_same_tables(one_worker, out)


def blas_threads(_batch=None) -> int:
    """The most threads any BLAS/OpenMP pool of this process uses, after a worker's start."""
    from threadpoolctl import threadpool_info
    work([])
    return max(pool["num_threads"] for pool in threadpool_info())


BLAS_CHECK = """
import sys
from pipeline.run import backends
from pipeline.run.workers import init_worker
from tests.run.test_backends import blas_threads
if __name__ == "__main__":
    mode, workers = sys.argv[1], int(sys.argv[2])
    with (backends.dask("local", workers) if mode == "dask" else backends.local(workers, init_worker)) as (submit, slots):
        print(*[submit(blas_threads, []).result() for _ in range(slots)])
"""
UNPINNED = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode, workers", [("local", 1), ("local", 2), ("dask", 2)])
def test_blas_runs_one_thread_in_every_mode(tmp_path, mode, workers):
    """In a fresh process, as a run starts its workers (with one, the run's own process)."""
    script = tmp_path / "check.py"
    script.write_text(BLAS_CHECK)
    result = subprocess.run([sys.executable, str(script), mode, str(workers)], cwd=ROOT, capture_output=True,
                            text=True, env={**UNPINNED, "PYTHONPATH": str(ROOT)}, timeout=240)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1"] * workers


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS has one thread anyway")
def test_the_blas_check_can_fail():
    """Unpinned, BLAS takes every core: the check above would see it."""
    code = "import numpy; from threadpoolctl import threadpool_info; print(max(p['num_threads'] for p in threadpool_info()))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=UNPINNED, timeout=60)
    assert int(result.stdout) > 1
