"""What an HTML page's markup says about a block: boilerplate categories from class hints and
ancestry (rules/data/html.toml), used by `markers`; for pandoc's Markdown, the hints of the
<div>s it fences (``doc.meta["fence_hints"]``); nothing for other text dumps."""

from __future__ import annotations

from functools import cache

from ..document import Document, Unit
from . import data

_PROSE_LENGTH = 80
_PAGE_WIDE = 0.4
"""A hint on more than 40% of a page's prose marks the page or its content column, not
furniture (boxes of furniture hold little prose; a wrapper's "has-sidebar" holds the article)."""
_PAGE_WIDE_COMMENTS = 0.8
"""Except comments: a busy thread often outweighs the article it follows."""
_PAGE_ALL = 0.9
"""An element's own tag around nearly all a page's prose is the page's wrapper, headline or
not (ASP.NET sets every page in one <form>; a page's headline may be no <h1>)."""


@cache
def _table(version: int) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    table = data.load("html")
    hints = {word: category for category, words in table["hints"].items() for word in words}
    ancestors = {tag: category for category, tags in table["ancestors"].items() for tag in tags}
    return hints, ancestors, frozenset(table.get("content", {}).get("hints", []))


def _hints(unit: Unit, fenced: dict[int, frozenset[str]]) -> frozenset[str]:
    return unit.html.evidence.hints if unit.html is not None else fenced.get(unit.index, frozenset())


def _signals(unit: Unit, hints: dict[str, str], ancestors: dict[str, str],
             fenced: dict[int, frozenset[str]]) -> list[tuple[str, str]]:
    """(signal, category) pairs: ``hint:share``, ``tag:nav``, ..."""
    found = [(f"hint:{h}", hints[h]) for h in sorted(_hints(unit, fenced)) if h in hints]
    if unit.html is not None:  # a fence has no tag: ancestry is an HTML page's only
        ev = unit.html.evidence
        found += [(f"tag:{a}", ancestors[a]) for a in sorted(ev.ancestors) if a in ancestors]
    return found


def html_markers(doc: Document, tagged: set[int] | None = None) -> dict[int, str]:
    """Marker category per unit index, from the page's markup. Signals covering much of the
    page's prose are dropped, and a block inside the article body keeps only signals of its
    own box (a share bar inside the article still counts; the article's wrapper does not).
    ``tagged`` collects the units an element's own tag marks (<nav>, <footer>, <aside>): a
    tag says what it holds; a class name is a theme's word, which may mislead."""
    fenced: dict[int, frozenset[str]] = doc.meta.get("fence_hints", {})
    if not doc.html and not fenced:
        return {}
    hints, ancestors, content = _table(data.version())
    signals = {u.index: _signals(u, hints, ancestors, fenced) for u in doc.units}
    prose = [u for u in doc.units if u.length >= _PROSE_LENGTH and u.stop >= 0.15]
    total = sum(u.words for u in prose)
    covered: dict[str, int] = {}
    for unit in prose:
        for signal, _ in signals[unit.index]:
            covered[signal] = covered.get(signal, 0) + unit.words
    category = {s: c for pairs in signals.values() for s, c in pairs}
    # A thread may outweigh a short article; it is still a thread if it does not hold the
    # page's headline (a wrapper named "comments-enabled" does).
    over_headline = {s for u in doc.units if u.kind == "heading" and u.level == 1
                     for s, _ in signals[u.index]}
    # An element's own tag (<footer>, <aside>) is wide only over the headline too: a short
    # article's page may hold more prose in its footer than in the article.
    wide = {s for s, words in covered.items()
            if words > total * (_PAGE_WIDE_COMMENTS if category[s] == "comments" else _PAGE_WIDE)
            and ((category[s] != "comments" and not s.startswith("tag:")) or s in over_headline
                 or (s.startswith("tag:") and words > total * _PAGE_ALL))}
    found: dict[int, str] = {}
    for unit in doc.units:
        kept = [c for s, c in signals[unit.index] if s not in wide]
        if kept and ("comments" in kept or not (
                content & _hints(unit, fenced) and unit.length >= _PROSE_LENGTH)):
            # a body of text inside a comment ("comment-body") is the comment's, not the article's
            found[unit.index] = "comments" if "comments" in kept else kept[0]
            if tagged is not None and any(s.startswith("tag:") and s not in wide
                                          for s, _ in signals[unit.index]):
                tagged.add(unit.index)
    return found
