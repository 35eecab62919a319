"""Shared fixtures: keep process-wide registries from leaking between tests.

Rule files loaded with ``plugins.load_rule_file`` (directly or via ``--rules-file``) are
registered for "every default chain made from now on", and ``newsclean.clean`` caches its
default chain; both are reset around every test so test order never matters.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from newsclean import api, cli, plugins


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
