"""Crash safety and repeatability: killed runs, identical reruns, incremental reruns."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd

from pipeline import schemas
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


def test_dask_local_cluster_gives_the_tables_of_a_local_run(tmp_path):
    local = run_cli("run", SEEDS / "articles", "--out", tmp_path / "local", "--workers", "1")
    assert local.returncode == 0, local.stderr
    dask = run_cli("run", SEEDS / "articles", "--out", tmp_path / "dask", "--dask", "local", "--workers", "2")
    assert dask.returncode == 0, dask.stderr
    assert_same_tables(tmp_path / "local", tmp_path / "dask")


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
