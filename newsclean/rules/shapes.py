"""Shapes of a page that no single line shows: lines printed more than once, teaser lists.

A line's class (prose, short, furniture) is read from the line alone; some furniture is
only visible in the lines around it. A line that occurs twice in a dump is rarely article
text (a gallery caption printed twice, a teaser's label, "Continue reading"). A list of
teasers is a headline followed by a one- or two-sentence summary, again and again: each
summary reads as prose, so the list outweighs a short article unless the shape is seen.
"""

from __future__ import annotations

from ..document import Unit

_TEASER_PROSE = 320
"""The longest summary a teaser carries (one or two sentences); an article's paragraphs
between subheads are longer, or come several at a time."""
_TEASER_RUN = 3
"""Summaries in a row that make a list of teasers: two could be a subhead and its paragraph
twice; three with nothing longer between is a list."""
_TEASER_GAP = 4
"""Lines between one summary and the next headline (a date, a label, a count)."""


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def repeated(units: list[Unit]) -> set[int]:
    """Indices of units whose text (case and spacing aside) occurs more than once, but for
    the first copy of a long line (a page may print its article twice, in a metadata copy
    or a print version: one copy is still the article)."""
    seen: dict[str, list[int]] = {}
    for unit in units:
        if unit.words:
            seen.setdefault(_key(unit.text), []).append(unit.index)
    found: set[int] = set()
    for indices in seen.values():
        if len(indices) > 1:
            long = units[indices[0]].length >= _TEASER_PROSE
            found.update(indices[1:] if long else indices)
    return found


def _headline_like(unit: Unit) -> bool:
    """A line that reads as another story's headline: a few words, no closing full stop."""
    text = unit.text
    return 3 <= unit.words <= 25 and 15 <= unit.length <= 160 and text[-1:] not in ".:;,"


def teasers(units: list[Unit], prose: list[bool], furniture: list[bool]) -> set[int]:
    """Indices of teaser summaries: short prose lines each right under a headline-like line,
    at least three in a row with nothing longer between them, each item with a mark of
    furniture (its headline a link, a date, a label repeated from item to item). Without
    such a mark the shape is also a listicle's: a subhead and its paragraph, again and again."""
    candidates: list[int] = []
    for i, unit in enumerate(units):
        if not prose[i] or unit.length > _TEASER_PROSE or i == 0:
            continue
        before = units[i - 1]
        if prose[i - 1] or not _headline_like(before):
            continue
        if i + 1 < len(units) and prose[i + 1]:
            continue  # a subhead's paragraph followed by more paragraphs: article text
        around = range(max(0, i - 3), min(len(units), i + 1 + _TEASER_GAP))
        if any(furniture[j] for j in around if j != i and not prose[j]):
            candidates.append(i)
    found: set[int] = set()
    run: list[int] = []
    for i in candidates:
        if run and (i - run[-1] > _TEASER_GAP + 2 or any(prose[j] for j in range(run[-1] + 1, i))):
            if len(run) >= _TEASER_RUN:
                found.update(run)
            run = []
        run.append(i)
    if len(run) >= _TEASER_RUN:
        found.update(run)
    return found
