"""The library entry points: the same job as the CLI, in a function call."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .article import Article, assemble
from .chain import Chain
from .read import read_path
from .segment import segment

_default: list[Chain] = []


def _chain(rules: Chain | Iterable[str] | None) -> Chain:
    if isinstance(rules, Chain):
        return rules
    if not _default:
        from .plugins import default_chain

        _default.append(default_chain())
    chain = _default[0]
    return chain if rules is None else chain.select(only=list(rules))


def clean(text: str, *, rules: Chain | Iterable[str] | None = None,
          source: str | None = None) -> Article:
    """Clean one dump. ``rules``: a Chain, or rule ids to run (their needs run too)."""
    doc = segment(text)
    _chain(rules).run(doc)
    return assemble(doc, source)


def clean_file(path: str | Path, *, rules: Chain | Iterable[str] | None = None) -> Article:
    """Clean a file; raises ``InputError`` (one-line message) for unreadable input."""
    path = Path(path)
    return clean(read_path(path), rules=rules, source=str(path))
