"""A second opinion on the main run: other runs that could be the article, and which wins.

The run `main-run` takes (the heaviest stretch of prose, or the one the headline
introduces) is usually the article. When it is not, it shows: it is empty or tiny, or it
sits in a footer, an aside or a comment thread. Then the other candidates are weighed: the
heaviest run on its own, the run found without listening to the page's markup (a class
name can be wrong), the text of the page's most article-like element. A page that states
its article's text in its metadata (JSON-LD ``articleBody``) settles the choice among the
visible candidates by word overlap; it never replaces them, so nothing is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Unit

TINY = 300
"""Characters of prose under which a run is no article: a caption, a teaser, a sign-off."""
_MARGIN = 0.15
"""Word-overlap F1 with the page's own articleBody by which another candidate must beat the
chosen run to replace it (overlap measures are noisy on short texts)."""
_FURNITURE_ANCESTORS = frozenset({"footer", "aside"})
_FURNITURE_HINTS = frozenset({"comment", "footer", "sidebar"})
_WORD = re.compile(r"\w+")

Run = tuple[int, int]


def prose(units: list[Unit], classes: list[str], run: Run, plain: bool = False) -> int:
    """Characters of good and near-good prose in a run (a heading, however long, is a title);
    with ``plain``, of short text lines too (no links: those are "bad")."""
    wanted = ("good", "near", "short") if plain else ("good", "near")
    return sum(u.size for u, c in zip(units[run[0] : run[1] + 1], classes[run[0] : run[1] + 1])
               if c in wanted and u.kind != "heading" and (c != "short" or u.kind == "text"))


def _mostly(units: list[Unit], classes: list[str], run: Run, inside: Callable[[Unit], bool]) -> bool:
    """Whether ``inside`` holds for most of a run's good and near-good prose, by characters."""
    held = total = 0
    for unit, cls in zip(units[run[0] : run[1] + 1], classes[run[0] : run[1] + 1]):
        if cls in ("good", "near"):
            total += unit.size
            held += unit.size if inside(unit) else 0
    return total > 0 and 2 * held > total


def in_furniture(units: list[Unit], classes: list[str], run: Run, hints: bool = True) -> bool:
    """Whether most of a run's prose sits in a footer, an aside or a comment thread; without
    ``hints``, as the tags say (``<footer>``, ``<aside>``), the class names unheard."""
    def inside(unit: Unit) -> bool:
        block = unit.html
        marker = unit.labels.get("marker") if hints or "hinted" not in unit.labels else None
        return marker == "comments" or (block is not None and (
            not _FURNITURE_ANCESTORS.isdisjoint(block.evidence.ancestors)
            or (hints and not _FURNITURE_HINTS.isdisjoint(block.evidence.hints))))

    return _mostly(units, classes, run, inside)


def mostly_hinted(units: list[Unit], classes: list[str], run: Run) -> bool:
    """Whether most of a run's prose carries a marker from a class name alone ("hinted")."""
    return _mostly(units, classes, run, lambda unit: "hinted" in unit.labels)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _overlap(units: list[Unit], run: Run, body: set[str]) -> float:
    """F1 of the run's words against the page's articleBody words (as sets)."""
    words = _words(" ".join(u.text for u in units[run[0] : run[1] + 1]))
    common = len(words & body)
    if not common:
        return 0.0
    precision, recall = common / len(words), common / len(body)
    return 2 * precision * recall / (precision + recall)


UNHEARD = "without markup"
"""The candidate found with the markup's class hints unheard: judged as it was found."""


def choose(units: list[Unit], classes: list[str], runs: dict[str, Run], chosen: str,
           article_body: str | None = None, plain: list[str] | None = None) -> str:
    """The name of the run to keep: ``chosen`` unless a visible candidate is clearly more
    article-like. With the page's articleBody, the candidate whose words overlap it best
    (by a margin). Without it, when ``chosen`` is in a footer, aside or thread: the run
    under the headline if it is outside, else the candidate outside with the most prose
    (not a tiny one); when ``chosen`` is tiny and not under the headline: the candidate
    with the most prose outside such regions, if it has more. ``plain``: the lines' classes
    with the class hints unheard, by which the run found so is judged when ``chosen`` holds
    next to no prose (a misleading class name, "sidebar-content" or "comment-body" around
    the article, made its lines furniture; judged by it, the run would hold no prose and
    sit in the sidebar it names)."""
    runs = {name: run for name, run in runs.items() if run[1] >= run[0]}
    if chosen not in runs:
        return chosen
    if article_body:
        body = _words(article_body)
        scores = {name: _overlap(units, run, body) for name, run in runs.items()}
        best = max(scores, key=scores.__getitem__)
        return best if scores[best] > scores[chosen] + _MARGIN else chosen
    threaded = in_furniture(units, classes, runs[chosen])
    held = prose(units, classes, runs[chosen])
    tiny = held < TINY  # (the markup may have left it next to no prose)
    if not threaded and (chosen == "anchored" or not tiny):
        return chosen  # a short text under its own headline is a short article (a brief, a teaser)

    def judged(name: str) -> tuple[list[str], bool]:
        return (plain, False) if name == UNHEARD and plain is not None and tiny else (classes, True)

    fit = {}
    for name, run in runs.items():
        judge, hints = judged(name)
        if not in_furniture(units, judge, run, hints):
            fit[name] = prose(units, judge, run)
    if threaded and "anchored" in fit and fit["anchored"]:
        return "anchored"  # out of the thread, back under the headline, however short
    best = max(fit, key=fit.__getitem__, default=chosen)
    if threaded:
        return best if fit.get(best, 0) >= TINY else chosen
    if fit.get(best, 0) > held:
        return best
    # No candidate holds more prose: the one with more text in short lines (an article
    # written a phrase to a line) wins over a tiny run, as the element holding them does.
    text = {name: prose(units, judged(name)[0], runs[name], plain=True) for name in fit}
    best = max(text, key=text.__getitem__, default=chosen)
    return best if text.get(best, 0) > prose(units, classes, runs[chosen], plain=True) else chosen


_STATED_LINE = 50
"""Characters of a visible line for its presence in the metadata's text to count: a short
line (a name, "Share") may be in any text."""


def stated(units: list[Unit], article_body: str) -> Run | None:
    """The visible lines from the first to the last that the page's metadata text holds
    (a live blog's updates, listed in its metadata; its own share buttons and stamps between
    them cost a feed of short updates its run), or None when fewer than two are there."""
    body = " ".join(article_body.split())
    held = [u.index for u in units if u.length >= _STATED_LINE and " ".join(u.text.split()) in body]
    return (held[0], held[-1]) if len(held) >= 2 else None
