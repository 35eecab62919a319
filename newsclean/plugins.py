"""Where rules come from: built-ins, installed plugins (entry points) and users' rule files."""

from __future__ import annotations

import runpy
from pathlib import Path

from .chain import Chain, Rule, with_origin

ENTRY_POINT_GROUP = "newsclean.rules.v1"
"""Versioned, like httpie's plugin groups, so the rule API can change without breaking plugins."""

_registered: list[tuple[Rule, str | None, str | None]] = []


def register(rule: Rule, *, before: str | None = None, after: str | None = None) -> Rule:
    """Add a rule to every default chain made from now on (used by rule files and plugins)."""
    _registered.append((rule, before, after))
    return rule


def load_rule_file(path: Path) -> list[Rule]:
    """Run a user's Python rule file; the rules it defines at top level are registered
    (after ``boilerplate`` unless it registered them itself with a position). Rules it only
    imports (built-ins, say) are left where they are."""
    before = len(_registered)
    run_name = f"newsclean_rules_{path.stem}"
    try:
        namespace = runpy.run_path(str(path), run_name=run_name)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such rule file") from None
    except Exception as exc:  # a user's file can fail in any way: report it, one line
        raise ValueError(f"{path}: cannot load rules: {type(exc).__name__}: {exc}") from None
    added = [r for r, _, _ in _registered[before:]]
    for value in namespace.values():
        defined_here = getattr(value, "apply", None) is not None and \
            getattr(value.apply, "__module__", None) == run_name
        if isinstance(value, Rule) and defined_here and value not in added:
            register(with_origin(value, str(path)), after="boilerplate")
            added.append(value)
    if not added:
        raise ValueError(f"{path}: defines no rule (use @newsclean.rule)")
    return added


def _entry_point_rules() -> list[tuple[Rule, str | None, str | None]]:
    from importlib.metadata import entry_points

    found = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        obj = ep.load()
        rules = obj() if callable(obj) and not isinstance(obj, Rule) else obj
        for r in rules if isinstance(rules, (list, tuple)) else [rules]:
            if isinstance(r, Rule):
                found.append((with_origin(r, f"plugin {ep.value}"), None, "boilerplate"))
    return found


def default_chain(plugins: bool = True) -> Chain:
    """Built-in rules in order, then plugins' and registered rules at their positions."""
    from .rules import BUILTIN

    chain = Chain(BUILTIN)
    extras = [*(_entry_point_rules() if plugins else []), *_registered]
    for rule, before, after in extras:
        chain.add(rule, before=before, after=None if before else after)
    return chain
