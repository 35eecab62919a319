"""An article's table of contents: its own subheads, listed over them.

A long guide or explainer opens with a list of links to its sections ("Contents", "Jump to",
"目次", "Inhalt"). Each entry repeats a subhead printed further down, in the same order, so
the list is found by that repetition, not by its label (which every language words its own
way). Its entries are links, so the list weighs as furniture between the lead and the first
section and may cut the article in two.
"""

from __future__ import annotations

import re

from ..document import Unit

_CONTENTS_RUN = 3
"""Entries in a row that make a table of contents: two lines repeated below may be chance
(a subhead quoted in a pull quote); three in the order of the text are a list of it."""
_ENTRY_MAX = 120
"""Longest entry: a subhead's length (a sentence repeated is a pull quote, not an entry)."""
_COPIES = 3
"""Most times an entry's text is printed: in the list, over its section, and perhaps in a
second copy of the list (a sticky sidebar's); a slot's label or a gallery's credit recurs
more often."""
_LABEL_MAX = 30
"""Longest label over the list ("Contents", "目次 [閉じる]", "In this article")."""
_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+")
"""An entry's or a subhead's number ("1. ", "iv) "), which one may print and the other not."""
_SECTION_TEXT = 80
"""Size of a line (in Latin characters, ``Unit.size``) that is a section's text under its
subhead: a sentence, not another menu entry."""


def _key(unit: Unit) -> str:
    text = unit.text.casefold()
    head = text[1:5]
    if "." in head or ")" in head:  # (most lines hold no number's mark there: no pattern asked)
        text = _ENUMERATOR.sub("", text, count=1)
    return text.strip()


def contents(units: list[Unit]) -> tuple[set[int], set[int]]:
    """Indices of a table of contents' entries (and of the short label right over them), and
    of the subheads they list: runs of ``_CONTENTS_RUN`` or more short lines, each repeated as
    a later line in the order the run lists them, the first repeat after the run's end, with
    a section's text between one repeat and the next."""
    at: dict[str, list[int]] = {}
    keys: list[str | None] = [None] * len(units)
    for unit in units:
        if unit.length <= _ENTRY_MAX and unit.words:
            key = keys[unit.index] = _key(unit)
            if key in at:
                at[key].append(unit.index)
            else:
                at[key] = [unit.index]
    # a line printed once, or more often than an entry and its subhead are, is no entry
    twice = {key for key, where in at.items() if 1 < len(where) <= _COPIES}
    if len(twice) < _CONTENTS_RUN:
        return set(), set()  # (most pages: too few lines printed again to list the subheads)
    listed = [key in twice for key in keys]
    texts = [0]  # lines of a section's text up to each line: text between two lines, in one step
    for unit in units:
        texts.append(texts[-1] + (unit.size >= _SECTION_TEXT))

    def text_between(first: int, last: int) -> bool:
        return texts[last] > texts[first + 1]

    found: set[int] = set()
    subheads: set[int] = set()
    i = 0
    while i < len(units):
        if not listed[i] or not all(listed[i : i + _CONTENTS_RUN]) or i + _CONTENTS_RUN > len(units):
            i += 1  # (most lines: no run of entries opens at them)
            continue
        run: list[int] = []
        repeats: list[int] = []  # where each entry's subhead is printed, in the run's order
        j = i
        while j < len(units) and listed[j]:
            after = max(repeats[-1] if repeats else j, j)
            later = next((k for k in at[keys[j]] if k > after), None)  # type: ignore[index]
            if later is None:
                break
            run.append(j)
            repeats.append(later)
            j += 1
        while run and repeats[0] <= run[-1]:  # (the list's subheads come after it)
            run.pop()
            repeats.pop()
        # each subhead heads a section of text: a menu printed again in the footer repeats its
        # entries one under another
        while len(run) > 1 and not text_between(repeats[-2], repeats[-1]):
            run.pop()
            repeats.pop()
        if run and not all(text_between(a, b) for a, b in zip(repeats, repeats[1:])):
            run = []
        if len(run) < _CONTENTS_RUN:
            i += 1
            continue
        found.update(run)
        subheads.update(repeats)
        label = units[run[0] - 1] if run[0] else None
        if label is not None and label.kind != "heading" and 0 < label.length <= _LABEL_MAX \
                and label.text[-1:] not in ".!?:。":  # (a heading over it heads a section of its own)
            found.add(label.index)
        i = run[-1] + 1
    return found, subheads
