"""Loading the rules' phrase lists and patterns from TOML data files (built in and user supplied)."""

from __future__ import annotations

import sys
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
    """Append a user's TOML file to the data table ``name`` (e.g. more markers or agencies)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot load {name} data: {exc}") from None
    _extra.setdefault(name, []).append(data)
    version_bump()


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
