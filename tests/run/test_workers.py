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
