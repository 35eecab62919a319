"""Shared fixtures: keep process-wide registries from leaking between tests.

Rule files loaded with ``plugins.load_rule_file`` (directly or via ``--rules-file``) are
registered for "every default chain made from now on", and ``newsclean.clean`` caches its
default chain; both are reset around every test so test order never matters.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import settings
from typer.testing import CliRunner

import newsclean
from newsclean import api, cli, plugins
from newsclean.article import assemble
from newsclean.document import Role
from newsclean.segment import segment


def assert_every_line_once(text: str) -> None:
    """Every non-blank line of ``text`` sits in exactly one unit's raw text, in order; or,
    in a page a text browser laid out in columns (read a column at a time: each unit's raw
    text is its part of the lines), every word of the lines in one of the units over them."""
    doc = segment(text)
    lines = text.split("\n")
    seen: list[int] = []
    parted: Counter = Counter()  # the columns' words, and the words of the lines they cover
    covered: set[int] = set()
    for unit in doc.units:
        printed = "\n".join(lines[unit.first_line : unit.last_line + 1])
        if unit.raw != printed:
            parted.update(unit.raw.split())
            covered.update(range(unit.first_line, unit.last_line + 1))
            continue
        seen.extend(range(unit.first_line, unit.last_line + 1))
    assert seen == sorted(seen)
    assert parted == Counter(word for i in sorted(covered) for word in lines[i].split())
    assert sorted(i for i in {*seen, *covered} if lines[i].strip()) == [
        i for i, line in enumerate(lines) if line.strip()]


def check_roles(text: str) -> None:
    """Every unit has one role; removed ones a rule and a reason; every line comes out once,
    in a removed block or in a kept unit (the layouts' and dialects' "nothing lost")."""
    assert_every_line_once(text)
    doc = segment(text)
    newsclean.default_chain().run(doc)
    article = assemble(doc)
    removed = Counter(line for block in article.removed for line in block.text.split("\n")
                      if line.strip())
    in_removed_units: Counter = Counter()
    for unit in doc.units:
        assert isinstance(unit.role, Role)
        if unit.role is Role.REMOVED:
            assert unit.rule and unit.reason
            in_removed_units.update(line for line in unit.raw.split("\n") if line.strip())
        else:
            assert unit.text
    assert removed == in_removed_units


def cli_runner(env: dict[str, str]) -> CliRunner:
    """Typer's runner with stderr kept apart from stdout (Click < 8.2 mixes them unless told)."""
    try:
        return CliRunner(env=env, mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner(env=env)

# In CI, property tests replay the same examples every run: a red build must mean a change
# broke something, not that the search happened upon an old bug. Run locally for new ones.
# No property test has a deadline: a test's wall time depends on the machine's load, and
# speed is measured by scripts/benchmark.py, not by timed tests.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")


@pytest.fixture(autouse=True)
def _isolated_registries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins, "_registered", [])
    monkeypatch.setattr(api, "_default", [])
    monkeypatch.setattr(cli, "_console", [])
