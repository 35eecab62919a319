"""newsclean: the article alone from a raw news-page dump, with everything removed accounted for.

    >>> import newsclean
    >>> article = newsclean.clean(open("page.txt").read())
    >>> article.title, article.to_markdown(), article.to_dict()["removed"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "1.1.0"
__all__ = ["Article", "Chain", "Document", "InputError", "Removed", "Role", "Rule", "WorkLimitExceeded",
           "clean", "clean_file", "default_chain", "register", "rule"]

_LAZY = {
    "Article": "article", "Removed": "article", "Chain": "chain", "Rule": "chain",
    "rule": "chain", "Document": "document", "Role": "document", "InputError": "read",
    "clean": "api", "clean_file": "api", "default_chain": "plugins", "register": "plugins",
    "WorkLimitExceeded": "budget",
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import clean, clean_file
    from .article import Article, Removed
    from .budget import WorkLimitExceeded
    from .chain import Chain, Rule, rule
    from .document import Document, Role
    from .plugins import default_chain, register
    from .read import InputError


def __getattr__(name: str) -> Any:
    """Import on first use, so `newsclean --help` does not pay for the rules."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
