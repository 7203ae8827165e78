"""Workers load models on first use: a rerun from a stored stage never imports the taggers
(the NER spans are stored with each document)."""
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS, run_cli

NEURAL = ("natasha", "slovnet", "navec")
CHECK = """
import sys
from pathlib import Path
from pipeline.run import run
summary = run(Path(sys.argv[1]), Path(sys.argv[2]), workers=1, from_stage=sys.argv[3])
assert summary.resumed == 5, summary
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[4:]))) or "none")
"""


@pytest.mark.parametrize("stage", ["quotes", "dates", "entities"])
def test_a_rerun_from_a_late_stage_imports_no_neural_tagger(tmp_path, stage):
    out = tmp_path / "out"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    # --workers 1 computes in the run's own process, so its modules are the worker's
    result = subprocess.run([sys.executable, "-c", CHECK, str(SEEDS / "articles"), str(out), stage, *NEURAL],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none"]


def test_a_fresh_run_does_import_them(tmp_path):
    """The check above can fail: a fresh article does load the taggers."""
    result = subprocess.run([sys.executable, "-c", CHECK.replace("assert summary.resumed == 5, summary", ""),
                             str(SEEDS / "articles"), str(tmp_path / "out"), "entities", *NEURAL],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == set(NEURAL)


CLI_CHECK = """
import sys
from pipeline.cli import main
assert main(["run", sys.argv[1], "--out", sys.argv[2], "--workers", "1"]) == 0
import pyarrow as pa
pa.array([1])   # the run built its tables; pyarrow checked for pandas long before
print("pandas" in sys.modules)
"""


def test_a_run_command_never_imports_pandas(tmp_path):
    """pyarrow would import pandas (a fifth of a second in each process) only to look for
    pandas objects; a ``run`` command tells it there is none."""
    result = subprocess.run([sys.executable, "-c", CLI_CHECK, str(SEEDS / "articles"), str(tmp_path / "out")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "False"


def test_the_tables_of_a_run_still_load_into_pandas_in_the_same_process(tmp_path):
    """The check above is limited to the command: a notebook runs and then loads."""
    from pipeline.api import load
    from pipeline.run import run

    run(SEEDS / "articles", tmp_path / "out", workers=1)
    assert len(load(tmp_path / "out").documents) == 5


PARENT_CHECK = """
import sys
from pathlib import Path
from pipeline.run import run
summary = run(Path(sys.argv[1]), Path(sys.argv[2]), workers=2, from_stage="quotes")
assert summary.resumed == 5, summary
print(sorted(m for m in sys.modules if m.startswith("pipeline.stages.")))
"""


def test_the_run_process_of_a_rerun_that_keeps_the_mentions_imports_no_stage(tmp_path):
    """The stages are the workers' to import; entity linking's name rules are needed only
    where mentions changed, so a rerun from quotes starts its passes without them. The
    run-wide passes' own helpers (near duplicates, reprints, statements) are the exception."""
    out = tmp_path / "out"
    assert run_cli("run", SEEDS / "articles", "--out", out).returncode == 0
    result = subprocess.run([sys.executable, "-c", PARENT_CHECK, str(SEEDS / "articles"), str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    imported = set(eval(result.stdout.strip().splitlines()[-1]))
    assert imported <= {"pipeline.stages.duplicates", "pipeline.stages.reprints", "pipeline.stages.statements"}, imported
