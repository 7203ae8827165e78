"""No module of the package defines a top-level function, class or constant twice: a second
definition silently replaces the first for every caller (it happened three times: `_last_token`
in speakers, `_balanced` in sources, the cue lexicon's `PUBLISHING_CUES`)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def _defined(node):
    """The top-level names a statement defines: a function or class, or UPPER_CASE constants."""
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_defined_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [name for node in tree.body for name in _defined(node)]
    twice = [name for name, n in Counter(names).items() if n > 1]
    assert not twice, f"{path.name} defines {twice} more than once"
