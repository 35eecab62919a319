"""Each module binds a name once at its top level: a constant defined twice takes the later
value everywhere in the module, so a threshold named again for another test silently
changes the first test's too (``patterns._STAMP_WORDS`` was bound twice, 3 and 5)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import newsclean

MODULES = sorted(Path(newsclean.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_a_module_binds_each_top_level_name_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    assert _top_level_names(ast.parse("LIMIT = 3\ndef f(): pass\nLIMIT = 5\n"))["LIMIT"] == 2
