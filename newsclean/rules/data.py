"""Loading the rules' phrase lists and patterns from TOML data files (built in and user supplied)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_extra: dict[str, list[dict[str, Any]]] = {}


@cache
def builtin(name: str) -> dict[str, Any]:
    text = resources.files("newsclean").joinpath(f"rules/data/{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def load(name: str) -> dict[str, Any]:
    """The built-in table ``name`` with the user's additions (``add_file``) merged in."""
    merged = {key: dict(value) if isinstance(value, dict) else value
              for key, value in builtin(name).items()}
    for extra in _extra.get(name, []):
        for key, value in extra.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                table = merged[key]
                for field, item in value.items():
                    if isinstance(item, list):
                        table[field] = [*table.get(field, []), *item]
                    else:
                        table[field] = item
            elif isinstance(value, list) and isinstance(merged.get(key), list):
                merged[key] = [*merged[key], *value]
            else:
                merged[key] = value
    return merged


def add_file(name: str, path: Path) -> None:
    """Append a user's TOML file to the data table ``name`` (e.g. more markers or agencies),
    once it is checked (``check``): a file the rules cannot read is refused with why."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot load {name} data: {exc}") from None
    problem = check(name, data)
    if problem:
        raise ValueError(f"{path}: {problem}")
    _extra.setdefault(name, []).append(data)
    version_bump()


_MARKER_FIELDS = {"exact": list, "patterns": list, "max_len": int}
"""A markers category's fields; a user's file may add categories of its own."""


def _is_pattern(key: str) -> bool:
    """Fields holding regular expressions ("patterns", "caption_patterns", ...)."""
    return key == "patterns" or key.endswith("_patterns")


def check(name: str, data: dict[str, Any]) -> str:
    """What is wrong with a user's ``name`` data (one line: the key and what is expected), or
    "" when the rules can read it: every key one the built-in data has (markers: a category
    of its own too, with the built-in categories' fields), lists of strings where those are
    lists, and regular expressions that compile."""
    import re

    known = builtin(name)
    for key, value in data.items():
        if name == "markers":
            if not isinstance(value, dict):
                return f"{key}: expected a table of exact, patterns and max_len, not {type(value).__name__}"
            for field, item in value.items():
                kind = _MARKER_FIELDS.get(field)
                if kind is None:
                    return f"[{key}] {field}: unknown field (a category has {', '.join(_MARKER_FIELDS)})"
                problem = _typed(f"[{key}] {field}", item, kind, _is_pattern(field), re)
                if problem:
                    return problem
            continue
        if key not in known:
            return f"{key}: unknown key (the {name} data has {', '.join(sorted(known))})"
        if isinstance(known[key], dict):
            if not isinstance(value, dict):
                return f"{key}: expected a table, not {type(value).__name__}"
            for field, item in value.items():
                if field not in known[key]:
                    return f"[{key}] {field}: unknown field (it has {', '.join(sorted(known[key]))})"
                problem = _typed(f"[{key}] {field}", item, type(known[key][field]), _is_pattern(field), re)
                if problem:
                    return problem
            continue
        problem = _typed(key, value, type(known[key]), _is_pattern(key), re)
        if problem:
            return problem
    return ""


def _typed(where: str, value: Any, kind: type, patterns: bool, re: Any) -> str:
    if kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"{where}: expected a list of strings"
        for number, pattern in enumerate(value, 1) if patterns else ():
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                return f"{where}: pattern {number} ({pattern!r}) is not a regular expression: {exc}"
        return ""
    if kind is int and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        return f"{where}: expected a whole number, not {value!r}"
    if kind is str and not isinstance(value, str):
        return f"{where}: expected a string, not {value!r}"
    return ""


_version = [0]


def version() -> int:
    """Changes whenever user data is added, so compiled caches know to rebuild."""
    return _version[0]


def version_bump() -> None:
    _version[0] += 1


def scoped(pattern: str) -> str:
    """Turn a leading global ``(?i)`` into a scoped group, so patterns can be joined with |."""
    if pattern.startswith("(?i)"):
        return f"(?i:{pattern[4:]})"
    return f"(?:{pattern})"


def alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, longest first (so "AFP" does not cut
    "AFP-JIJI" short), ties in alphabetical order: the same pattern on every run, where a
    set's order changes with the hash seed."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))
