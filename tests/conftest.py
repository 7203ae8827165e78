import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"          # tune/ and validation/ (articles/, gold/), agreement/ (gold/)
TUNE, VALIDATION = GOLD / "tune", GOLD / "validation"
SENTENCES = ROOT / "tests" / "sentences"   # UD Russian PUD sentences, statements only: tune/, validation/, agreement/
CHALLENGE = ROOT / "tests" / "challenge"   # written news passages, statements only: tune/, validation/
SHARED = ROOT.parent / "shared"   # ../shared: corpora beside the checkout (tests that need them skip without)


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def run_into(tmp_path_factory, articles: Path) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    result = run_cli("run", articles, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory) -> Path:
    return run_into(tmp_path_factory, SEEDS / "articles")


@pytest.fixture(scope="session")
def gold_output(tmp_path_factory) -> Path:
    """One run over every labelled article (tune and validation)."""
    return run_into(tmp_path_factory, GOLD)


@pytest.fixture(scope="session")
def sentence_output(tmp_path_factory) -> Path:
    """One run over the labelled sentences, each its own article."""
    return run_into(tmp_path_factory, SENTENCES)


@pytest.fixture(scope="session")
def challenge_output(tmp_path_factory) -> Path:
    return run_into(tmp_path_factory, CHALLENGE)


@pytest.fixture(scope="session")
def models():
    from pipeline.models import load_models
    return load_models()
