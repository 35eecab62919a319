"""byline: the author line next to the headline."""

from __future__ import annotations

from ..chain import rule
from ..document import Document, Role
from .patterns import is_byline
from .span import span

_WINDOW = 25


@rule("byline", "Keep the author line: 'By Jane Doe, Associated Press', 'Reuters Nov 18, 2019'.",
      needs=("main-run",))
def byline(doc: Document) -> None:
    """Takes the first line between the headline (or 25 lines before the main run) and the
    fourth line of the main run that reads as a byline: a "By"-style opener in several
    languages, "Name, Staff Writer", or an agency name with a date. Short lines only."""
    start, _ = span(doc)
    titles = doc.with_role(Role.TITLE)
    lo = titles[0].index if titles else max(0, start - _WINDOW)
    for unit in doc.units[lo : max(start, 0) + 4]:
        marked = "marker" in unit.labels and "listed" not in unit.labels
        if unit.role is None and not marked and is_byline(unit.text):
            doc.decide(unit, Role.BYLINE, "byline", "author line")
            return
