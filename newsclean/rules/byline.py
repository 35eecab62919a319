"""byline: the author line next to the headline."""

from __future__ import annotations

from ..chain import rule
from ..document import Document, Role, Unit
from .patterns import is_byline
from .span import span

_WINDOW = 25
_TITLE = Role.TITLE
"""Looked up once: an Enum member read off its class costs a metaclass lookup."""
_AUTHOR_HINTS = frozenset({"byline", "author"})


def _marked_up(unit: Unit) -> bool:
    """On an HTML page, a short line the markup calls the byline or author ("Jane Doe")."""
    block = unit.html
    return (block is not None and unit.words <= 20 and 3 <= unit.length <= 160
            and not _AUTHOR_HINTS.isdisjoint(block.evidence.hints) and unit.text[-1:] not in ".!?")


@rule("byline", "Keep the author line: 'By Jane Doe, Associated Press', 'Reuters Nov 18, 2019'.",
      needs=("main-run",))
def byline(doc: Document) -> None:
    """Takes the first line between the headline (or 25 lines before the main run) and the
    fourth line of the main run that reads as a byline: a "By"-style opener in several
    languages, "Name, Staff Writer", or an agency name with a date; on an HTML page also a
    short line marked up as byline or author. Short lines only."""
    start, _ = span(doc)
    title = next((u for u in doc.units if u.role is _TITLE), None)  # near the top: stop there
    lo = title.index if title else max(0, start - _WINDOW)
    for unit in doc.units[lo : max(start, 0) + 4]:
        marked = "marker" in unit.labels and "listed" not in unit.labels
        if unit.role is None and not marked and (is_byline(unit.text) or _marked_up(unit)):
            doc.decide(unit, Role.BYLINE, "byline", "author line")
            return
