"""No module of the package defines a top-level function or constant twice: a second `def`
silently replaces the first for every caller (it happened twice: `_last_token` in speakers,
`_balanced` in sources)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_defined_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
    twice = [name for name, n in Counter(names).items() if n > 1]
    assert not twice, f"{path.name} defines {twice} more than once"
