"""Shared fixtures: keep process-wide registries from leaking between tests.

Rule files loaded with ``plugins.load_rule_file`` (directly or via ``--rules-file``) are
registered for "every default chain made from now on", and ``newsclean.clean`` caches its
default chain; both are reset around every test so test order never matters.
"""

from __future__ import annotations

import pytest

from newsclean import api, cli, plugins


@pytest.fixture(autouse=True)
def _isolated_registries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins, "_registered", [])
    monkeypatch.setattr(api, "_default", [])
    monkeypatch.setattr(cli, "_console", [])
