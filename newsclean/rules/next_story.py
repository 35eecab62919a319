"""The next story printed whole under the article ("Next up"): its header ends the article."""

from __future__ import annotations

from ..document import Unit
from . import anchors
from .line_weights import GOOD


def next_story_at(units: list[Unit], after: int, byline: int | None) -> int | None:
    """Where the next story starts under the article (a site that loads it whole under the
    first, "Next up"): after ``_TOLD`` paragraphs of the article's text, a headline over an
    author line of its own (``_story_header``) that a run of prose follows. None without the
    article's own author line (``byline``) to tell the two apart. Only the lines right over
    a run of prose are read as author lines: most lines of a page are none."""
    if byline is None:
        return None
    told, prev = 0, None  # paragraphs of the article's text so far; the line with words before
    for unit in units[after + 1 :]:
        if not unit.words:
            continue
        if unit.labels.get("class") == GOOD:
            if told >= _TOLD and prev is not None and prev.index > byline \
                    and prev.labels.get("class") != GOOD:
                head = _story_header(units, prev, units[byline])
                if head is not None:
                    return head
            told += 1
        prev = unit
    return None


_TOLD = 5
"""Paragraphs of the article's text under its lead after which another story may begin."""


def own_byline(units: list[Unit], found: anchors.Anchors) -> int | None:
    """The article's author line: the anchors', else the first author line (names and a
    date, or a "By" line) within ``anchors.BYLINE_REACH`` lines under the headline."""
    if found.byline is not None or found.headline is None:
        return found.byline
    return next((u.index for u in units[found.headline + 1 : found.headline + 1 + anchors.BYLINE_REACH]
                 if anchors.author_line(u) or anchors.named_dated(u)), None)


_NEXT_HEADER = 3
"""Lines with words over an author line within which its headline stands (a dek between)."""
_NEXT_PROSE = 2
"""Paragraphs of prose right under an author line that make a story of it: a teaser has one
summary at most."""


def _story_header(units: list[Unit], line: Unit, byline: Unit) -> int | None:
    """The headline over ``line`` when ``line`` is an author line naming none of the
    article's authors (``byline``: the article's author line), paragraphs of prose under it
    and a headline within ``_NEXT_HEADER`` lines over it: the next story's header, not a
    teaser's (one summary) nor the article's own; the headline a line shaped as one or
    a heading the layout sets apart. None otherwise."""
    if "listed" in line.labels or "in_item" in line.labels or anchors.attribution(units, line) \
            or not (anchors.author_line(line) or anchors.named_dated(line)):
        return None
    prose = [u for u in units[line.index + 1 : line.index + 1 + 2 * _NEXT_PROSE] if u.words]
    if len(prose) < _NEXT_PROSE or any(u.labels.get("class") != GOOD for u in prose[:_NEXT_PROSE]):
        return None
    from .authors import names  # (read only where a page has such a line)

    theirs = names(line.text)
    if not theirs or set(theirs) & set(names(byline.text)):
        return None
    over = [u for u in units[max(0, line.index - 3 * _NEXT_HEADER) : line.index] if u.words][-_NEXT_HEADER:]
    return next((u.index for u in reversed(over)
                 if anchors.head_shaped(u) or (u.kind == "heading" and u.words >= 2)), None)
