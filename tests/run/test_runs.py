"""Crash safety and repeatability: killed runs, identical reruns, incremental reruns."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline import schemas
from pipeline.io.lock import OutputLock, lock_path
from tests.conftest import ROOT, SEEDS, TUNE, run_cli

KEYS = {"documents": ["doc_id"], "sentences": ["doc_id", "sentence_id"], "tokens": ["doc_id", "token_id"],
        "mentions": ["doc_id", "mention_id"], "entities": ["entity_id"], "dates": ["doc_id", "date_id"],
        "quotes": ["doc_id", "quote_id"], "statements": ["statement_id"]}


def table(out, name):
    df = pd.read_parquet(out / name)
    return df.sort_values(KEYS[name]).reset_index(drop=True)


def assert_same_tables(a, b):
    for name in schemas.TABLES:
        pd.testing.assert_frame_equal(table(a, name), table(b, name), check_like=False, obj=name)


def copy_articles(dest, names):
    dest.mkdir(parents=True, exist_ok=True)
    for path in names:
        shutil.copy(path, dest / path.name)


def test_two_runs_give_identical_tables(tmp_path):
    for out in ("a", "b"):
        assert run_cli("run", SEEDS / "articles", "--out", tmp_path / out, "--full").returncode == 0
    assert_same_tables(tmp_path / "a", tmp_path / "b")


def test_rerun_after_changes_processes_only_those_and_equals_a_fresh_run(tmp_path):
    seeds = sorted((SEEDS / "articles").glob("*.txt"))
    inp = tmp_path / "in"
    copy_articles(inp, seeds[:4])
    assert run_cli("run", inp, "--out", tmp_path / "out").returncode == 0
    (inp / seeds[0].name).unlink()                                   # deleted
    shutil.copy(seeds[4], inp / seeds[4].name)                      # added
    changed = inp / seeds[1].name                                    # changed
    changed.write_text(changed.read_text(encoding="utf-8") + "\nПесков заявил, что это все.\n", encoding="utf-8")
    result = run_cli("run", inp, "--out", tmp_path / "out")
    assert result.returncode == 0
    assert "2 articles processed, 2 unchanged and carried over" in result.stdout
    assert run_cli("run", inp, "--out", tmp_path / "fresh", "--full").returncode == 0
    assert_same_tables(tmp_path / "out", tmp_path / "fresh")


def wait_for_new_version_folder(out, proc, timeout=60):
    """Until the run has started writing beside ``out`` (and has not finished)."""
    current = out.resolve()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.resolve() != current for p in out.parent.glob(f".{out.name}.v-*")):
            return
        time.sleep(0.05)
    raise AssertionError("the run never started writing, or ended before it could be killed")


def test_a_killed_run_leaves_the_previous_output_and_the_next_run_completes(tmp_path):
    out = tmp_path / "out"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    before = table(out, "quotes")
    inp = tmp_path / "in"
    copy_articles(inp, sorted((TUNE / "articles").glob("*.txt"))[:14] + sorted((SEEDS / "articles").glob("*.txt")))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(inp), "--out", str(out), "--full"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wait_for_new_version_folder(out, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    pd.testing.assert_frame_equal(table(out, "quotes"), before)      # still the complete previous output
    result = run_cli("run", inp, "--out", out)
    assert result.returncode == 0
    assert len(pd.read_parquet(out / "documents")) == 19
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.") and p.resolve() != out.resolve()]
    assert leftovers == []


def test_from_quotes_recomputes_only_later_stages_from_stored_tables(tmp_path):
    out = tmp_path / "out"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    before = {name: table(out, name) for name in schemas.TABLES}
    result = run_cli("run", SEEDS / "articles", "--out", out, "--from", "quotes")
    assert result.returncode == 0, result.stderr
    assert "5 recomputed from a later stage" in result.stdout
    for name in schemas.TABLES:
        pd.testing.assert_frame_equal(table(out, name), before[name], obj=name)


def test_a_stage_version_change_recomputes_from_that_stage(tmp_path, monkeypatch):
    from pipeline import version
    out = tmp_path / "out"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    stored = pd.read_parquet(out / "documents").pipeline_version.iloc[0]
    bumped = re.sub(r"dates=\w+", "dates=0", stored)
    assert version.first_stale_stage(bumped) == "dates"
    assert version.first_stale_stage(stored) is None
    assert version.first_stale_stage(stored, forced="quotes") == "quotes"
    assert version.first_stale_stage(stored.replace("schema=", "schema=x")) == "ingest"


def test_a_folder_that_is_not_an_output_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = run_cli("run", SEEDS / "articles", "--out", tmp_path / "mine")
    assert result.returncode == 2 and "not a pipeline output" in result.stderr
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


# One writer per output (issue 16): a second run stops before touching anything, or waits.

@pytest.mark.timeout(60)
def test_a_second_run_stops_before_touching_the_output_or_the_first_runs_folder(tmp_path):
    out = tmp_path / "out"
    (tmp_path / ".out.v-previous" / "documents").mkdir(parents=True)
    out.symlink_to(".out.v-previous")
    in_progress = tmp_path / ".out.v-inprogress"          # what a running first run is writing
    (in_progress / "documents").mkdir(parents=True)
    with OutputLock(out):
        result = run_cli("run", SEEDS / "articles", "--out", out)
    assert result.returncode == 2
    assert f"is being written by another run (pid {os.getpid()} on" in result.stderr
    assert in_progress.is_dir() and os.readlink(out) == ".out.v-previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.v-inprogress", ".out.v-previous", "out"]


def start_run(inp, out, *extra):
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(inp), "--out", str(out), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_lock(out, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if lock_path(out).exists() and f'"pid": {proc.pid},' in lock_path(out).read_text():
            return
        time.sleep(0.05)
    raise AssertionError("the first run never took the lock")


@pytest.mark.timeout(300)
def test_two_runs_on_one_output_the_second_stops_or_waits(tmp_path):
    out = tmp_path / "out"
    first = start_run(SEEDS / "articles", out, "--workers", "1")
    wait_for_lock(out, first)
    second = run_cli("run", SEEDS / "articles", "--out", out, "--workers", "1")
    assert second.returncode == 2 and f"pid {first.pid} on" in second.stderr, second.stderr
    waiting = start_run(SEEDS / "articles", out, "--workers", "1", "--wait")
    assert first.wait(timeout=240) == 0
    stdout, stderr = waiting.communicate(timeout=240)
    assert waiting.returncode == 0, stderr
    assert f"waiting: {out} is being written by another run (pid {first.pid} on" in stderr
    assert "0 articles processed, 5 unchanged and carried over" in stdout   # it ran after the first, on its output
    assert len(pd.read_parquet(out / "documents")) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", os.readlink(out)])   # no lock, no leftovers


FAILING_WRITE = """
import errno, sys
import pyarrow.parquet as pq
from pipeline.io import writers
from pipeline.cli import main

writers.CHUNK_ROWS = 100            # tokens are written while articles still stream in
real_write = pq.write_table

def disk_full(table, where, *args, **kwargs):
    if "tokens" in str(where):
        print("failing write:", where, file=sys.stderr)
        raise OSError(errno.ENOSPC, "No space left on device")
    return real_write(table, where, *args, **kwargs)

pq.write_table = disk_full
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.timeout(300)
def test_a_failing_write_mid_run_stops_cleanly_and_keeps_the_previous_output(tmp_path):
    seeds = sorted((SEEDS / "articles").glob("*.txt"))
    out, inp = tmp_path / "out", tmp_path / "in"
    copy_articles(inp, seeds[:2])
    assert run_cli("run", inp, "--out", out, "--workers", "1").returncode == 0
    before = {name: table(out, name) for name in schemas.TABLES}
    copy_articles(inp, seeds[2:])
    result = subprocess.run([sys.executable, "-c", FAILING_WRITE, "run", str(inp), "--out", str(out), "--workers", "1"],
                            cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 1
    assert "failing write:" in result.stderr and "Traceback" not in result.stderr
    assert f"error: the run stopped: [Errno 28] No space left on device; {out} still holds the previous output" \
        in result.stderr
    for name in schemas.TABLES:
        pd.testing.assert_frame_equal(table(out, name), before[name], obj=name)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", "out", os.readlink(out)])


def test_a_rerun_from_quotes_reuses_links_and_marks_and_equals_a_fresh_run(tmp_path):
    """Only quotes change: mentions keep their ids, entities and duplicate marks are the last
    output's, the tables it keeps are the last output's files byte for byte, and every
    table equals a fresh run's."""
    out, fresh, kept = tmp_path / "out", tmp_path / "fresh", tmp_path / "kept"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    shutil.copytree(out / "tokens", kept)
    assert run_cli("run", SEEDS / "articles", "--out", out, "--from", "quotes").returncode == 0
    assert [p.read_bytes() for p in sorted((out / "tokens").iterdir())] == [p.read_bytes() for p in sorted(kept.iterdir())]
    assert run_cli("run", SEEDS / "articles", "--out", fresh, "--full").returncode == 0
    assert_same_tables(out, fresh)


@pytest.mark.parametrize("change", ["one article changed", "from quotes"])
def test_stored_rows_over_many_part_files_equal_a_fresh_run(tmp_path, monkeypatch, change):
    """Parts of a few articles each: whole parts are copied as files, parts cut by a
    changed article are copied row by row, and the tables equal a fresh run's."""
    from pipeline.io import writers
    from pipeline.run import run

    monkeypatch.setattr(writers, "CHUNK_ROWS", 800)
    inp, out = tmp_path / "in", tmp_path / "out"
    copy_articles(inp, sorted((SEEDS / "articles").glob("*.txt")))
    run(inp, out, workers=1)
    assert len(list((out / "tokens").iterdir())) >= 3
    if change == "from quotes":
        summary = run(inp, out, workers=1, from_stage="quotes")
        assert summary.resumed == 5
    else:
        changed = sorted(inp.iterdir())[2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nПесков заявил, что это все.\n", encoding="utf-8")
        summary = run(inp, out, workers=1)
        assert (summary.processed, summary.carried) == (1, 4)
    run(inp, tmp_path / "fresh", workers=1, incremental=False)
    assert_same_tables(out, tmp_path / "fresh")


def test_an_empty_input_runs_fresh_and_again(tmp_path):
    (tmp_path / "in").mkdir()
    for extra in (["--full"], []):
        result = run_cli("run", tmp_path / "in", "--out", tmp_path / "out", *extra)
        assert result.returncode == 0, result.stderr


def test_a_failed_recomputation_is_left_out_of_the_entities(tmp_path, monkeypatch):
    """A stored article whose recomputation fails becomes an error row without mentions:
    the entities are linked again, not copied from the last output."""
    from pipeline import process
    from pipeline.run import run

    out = tmp_path / "out"
    run(SEEDS / "articles", out, workers=1)
    failing = sorted(table(out, "documents").doc_id)[0]
    resume = process.resume

    def fails_once(stage, doc, *rest):
        if doc.doc_id == failing:
            raise RuntimeError("injected")
        return resume(stage, doc, *rest)

    monkeypatch.setattr(process, "resume", fails_once)
    summary = run(SEEDS / "articles", out, workers=1, from_stage="quotes")
    assert summary.errors == 1
    mentions, entities = table(out, "mentions"), table(out, "entities")
    assert failing not in set(mentions.doc_id)
    assert entities.n_mentions.sum() == len(mentions)
    assert set(entities.entity_id) == set(mentions.entity_id.dropna())


def test_a_stage_stuck_on_one_article_is_that_articles_error(tmp_path, monkeypatch):
    """A rule stage that never ends on one article (a parse loop, a runaway regular
    expression) is stopped at the stage time limit: the article records the error, the
    others keep their statements."""
    from pipeline import process
    from pipeline.run import run
    from pipeline.stages import quotes

    out = tmp_path / "out"
    run(SEEDS / "articles", out, workers=1)
    stuck = sorted(table(out, "documents").doc_id)[0]
    extract = quotes.extract_quotes

    def loops_on_one(doc, *rest):
        while doc.doc_id == stuck:
            pass
        return extract(doc, *rest)

    monkeypatch.setattr(quotes, "extract_quotes", loops_on_one)
    monkeypatch.setattr(process, "STAGE_SECONDS", 0.5)
    summary = run(SEEDS / "articles", out, workers=1, from_stage="quotes")
    assert summary.errors == 1
    documents = table(out, "documents").set_index("doc_id")
    assert "StageTimeout" in documents.error[stuck]
    assert set(table(out, "quotes").doc_id) == set(documents.index) - {stuck}
