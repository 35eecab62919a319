"""A table a text browser set in columns: read a row at a time, each cell's lines joined.

w3m sets a table's cells side by side and wraps each within its own column, so one printed
line holds a piece of every cell of its row::

                         A woman who shot her husband on New Year's Eve in 1946
    Repeat Performance  1947 wishes she could live the year all over again and
                         somehow gets her chance, which leads her to try and

Read line by line, the film's name lands inside its synopsis and the synopsis, cut at every
line, weighs as a run of short lines: a page made of such a table lost its article to the
references under it. A column is told by what only a table's layout gives: a gutter (a
column blank on every line of the block) with the text right of it opening at one column on
most lines, some of them with nothing left of it (a cell's wrapped lines beside shorter
cells), and words left of it on other lines. Prose wraps from one margin; a list's wrapped
item has a bullet, no words, left of its text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

TABLE_LINES = 4
"""Lines of a block before its columns are looked for: a row of two or three lines is read
as well line by line (and a form's label beside its field is no table)."""
_ALIGNED = 2 / 3
"""Share of the lines with text right of a gutter that must open it at the column after it:
a cell's lines are set flush left; a caption centred over the table, or a number set
flush right in a narrower column, opens elsewhere."""
_LEFT_WORDS = 2
"""Lines with a word left of a gutter: a table has a cell there on more than one row."""
_WORD = re.compile(r"\b[^\W\d_]{2,}")
"""A word left of a gutter: letters opening a word (a status code's "4xx" in a list is none)."""
_NOTE_MARK = re.compile(r"(?:\^\[\d{1,4}\])+$")
"""w3m's footnote marks at a cell's end ("results.^[2]"): a sentence ends before them."""
_ITEM = re.compile(r"(?:[-+*•□☆◦○●■◆▪★]|\d{1,3}\.) ")
"""A list item opening a cell's line: a cell holding a list keeps each item apart."""
_ENDS = frozenset(".!?…\"”’)]»。！？」")
_OPENS = frozenset("\"“‘'(«[")


def cuts(printed: list[str]) -> list[int]:
    """The columns where a block's printed lines (wide characters doubled, as the browser
    counts them) split into cells: none for a block that is not set in columns. Once one
    column is found, the columns beside it need no wrapped line of their own (a year beside
    a film's name): the block is a table already."""
    if len(printed) < TABLE_LINES or len({len(line) - len(line.lstrip(" ")) for line in printed}) == 1:
        return []  # every line at one margin: prose, or a list of one level, as most blocks
    width = max(map(len, printed))
    blank = [True] * width
    for line in printed:
        for column, char in enumerate(line):
            if char != " ":
                blank[column] = False
    gutters = [column for column in range(2, width) if blank[column - 1] and not blank[column]]
    strict = [column for column in gutters if _opens_column(printed, 0, column, width, alone=True)]
    if not strict:
        return []
    bounds = [0, *strict, width]
    found = set(strict)
    for start, end in zip(bounds, bounds[1:]):
        found.update(column for column in gutters
                     if start < column < end and _opens_column(printed, start, column, end, alone=False))
    return sorted(found)


LAYOUT_LINES = 8
"""Lines of a block's part that a gutter must run down, blank on every one, to be read as a
table apart from the lines over and under it: a page laid out by a table sets its masthead
and its footer across the columns of the menu, the article and the sidebar."""
_GUTTER = re.compile(f" {{{LAYOUT_LINES},}}")


def regions(printed: list[str]) -> list[tuple[int, int, list[int], bool]]:
    """The parts of a block set in columns, as (first, last, cuts, laid out) offsets. The
    whole block when its columns run down all of it (``cuts``); else the tallest part a
    gutter runs down, with more columns than the whole block shows, and the parts over and
    under it looked at again. "Laid out": the part lies under or over lines that run across
    its columns, a page's layout (its columns are read one after another), not a table of
    rows."""
    if len(printed) < TABLE_LINES or len({len(line) - len(line.lstrip(" ")) for line in printed}) == 1:
        return []
    whole = cuts(printed)
    part = _tallest_part(printed, whole) if len(printed) > LAYOUT_LINES else None
    if part is not None:
        first, last = part
        found = cuts(printed[first : last + 1])
        while first < last and found and (across(printed[first], found) or (
                first and across(printed[first - 1], found) and not printed[first][found[0] :].strip())):
            first += 1  # the masthead's last lines: its words one space either side of a cut,
            # or under a line across the columns, a line left of them all (its paragraph's last)
        if len(found) > len(whole):
            over = regions(printed[:first])
            under = [(a + last + 1, b + last + 1, cut, laid)
                     for a, b, cut, laid in regions(printed[last + 1 :])]
            return [*over, (first, last, found, laid_out(cells(printed[first : last + 1], found))), *under]
    return [(0, len(printed) - 1, whole, laid_out(cells(printed, whole)))] if whole else []


_LAYOUT_GAPS = 2
"""Blank lines inside the widest column's text, with another column's text beside them, that
make a block a page's layout rather than a table of rows."""


def laid_out(parts: list[list[str]]) -> bool:
    """Whether a block's columns flow apart, a page's layout: the widest column (by its
    text: the article's) has a blank line between two of its paragraphs, as w3m sets
    between paragraphs, and another column (a menu, a sidebar) has text on that line: an
    entry of its own, or text running on through it. A table's rows follow each other line
    after line; where its widest cell is the shorter of a row, the cell beside it ends on
    that line, its last."""
    primary = max(range(len(parts[0])), key=lambda p: sum(len(line[p]) for line in parts))
    filled = [k for k, line in enumerate(parts) if line[primary]]
    if not filled:
        return False
    width = len(parts[0])
    gaps = sum(1 for k in range(filled[0] + 1, filled[-1]) if not parts[k][primary] and any(
        parts[k][q] and (not parts[k - 1][q] or parts[k + 1][q]) for q in range(width) if q != primary))
    return gaps >= _LAYOUT_GAPS or any(_ends_beside(parts, primary, q, filled[-1])
                                       for q in range(width) if q != primary)


def _ends_beside(parts: list[list[str]], primary: int, q: int, last: int) -> bool:
    """A narrow column set in entries apart (blank lines between them, the widest column's
    text running on beside each) that ends ``LAYOUT_LINES`` lines or more before the widest
    column does: a sidebar beside an article set without blank lines (a list), not a table,
    whose rows hold a cell of each column down to its last."""
    own = [k for k, line in enumerate(parts) if line[q]]
    if not own or last - own[-1] < LAYOUT_LINES:
        return False
    gaps = sum(1 for k in range(own[0] + 1, own[-1])
               if not parts[k][q] and all(parts[j][primary] for j in (k - 1, k, k + 1)))
    return gaps >= _LAYOUT_GAPS


def _tallest_part(printed: list[str], whole: list[int]) -> tuple[int, int] | None:
    """The longest run of lines (``LAYOUT_LINES`` or more, not the whole block: ``cuts``
    reads that) down which a gutter runs, with a column opening right of it (up to the next
    of the whole block's ``cuts``: a sidebar's lines beside it open elsewhere); None if none."""
    width = max(map(len, printed))
    down = ["".join(chars) for chars in zip(*(line.ljust(width) for line in printed))]
    best: tuple[int, int] | None = None
    for column in range(2, width):
        for run in _GUTTER.finditer(down[column - 1]):
            first, last = run.start(), run.end() - 1
            if (best is None or last - first > best[1] - best[0]) and last - first + 1 < len(printed) \
                    and down[column][first : last + 1].strip() \
                    and _opens_column(printed[first : last + 1], 0, column,
                                      min((cut for cut in whole if cut > column), default=width), alone=True):
                best = (first, last)
    return best


def across(line: str, found: list[int]) -> bool:
    """A line whose words run across a cut (or one space apart either side of it): text set
    across the columns."""
    return not fits(line, found) or any(cut - 1 > 0 and cut < len(line) and line[cut - 2] != " "
                                        and line[cut] != " " for cut in found)


def fits(line: str, found: list[int]) -> bool:
    """A line blank at the column before each cut: it may be a row of the same columns."""
    return all(len(line) < cut or line[cut - 1] == " " for cut in found)


def flow(parts: list[list[str]]) -> list[list[tuple[int, int, list[str]]]]:
    """A laid-out part's columns, each read down as a text of its own: per column, its
    paragraphs as (first, last, lines) line offsets. A paragraph ends where the column is
    blank, at a rule, after a line that left room in the column for the next line's first
    word (a menu's entries, each on its line; a headline over its author line), and in a
    list, before a line that opens the next item (an item that fills the column)."""
    found = []
    for p in range(len(parts[0])):
        width = max(len(line[p]) for line in parts)
        paragraphs: list[tuple[int, int, list[str]]] = []
        first, lines = None, []
        for k, line in enumerate(parts):
            text = line[p]
            if not text:
                continue
            if first is None:
                first, lines = k, [text]
            else:
                lines.append(text)
            nxt = parts[k + 1][p] if k + 1 < len(parts) else ""
            word = nxt.split(" ", 1)[0]
            if not nxt or _RULE.match(text) or _RULE.match(word) or len(text) + 1 + len(word) <= width \
                    or (_ITEM.match(nxt) and _ITEM.match(lines[0])):
                paragraphs.append((first, k, lines))
                first = None
        found.append(paragraphs)
    return found


_RULE = re.compile(r"[━─═┌└├│]{3}")


def _opens_column(printed: list[str], start: int, column: int, end: int, *, alone: bool) -> bool:
    """Whether ``column``, right of a gutter, is where a column of cells opens, in the part of
    the lines from ``start`` to ``end``; ``alone``: a line has text only right of it."""
    right = aligned = lone = words = 0
    for line in printed:
        if len(line) <= column or not line[column:end].strip():
            continue
        right += 1
        if line[column] != " ":
            aligned += 1
            if not line[start:column].strip():
                lone += 1
        if _WORD.search(line, start, column):
            words += 1
    return (lone > 0 or not alone) and words >= _LEFT_WORDS and aligned >= _ALIGNED * right


def _undouble(part: str) -> str:
    """A printed part back to its text: each wide character was doubled to count two columns."""
    if part.isascii():
        return part
    out, skip = [], False
    for char in part:
        if skip:
            skip = False
            continue
        out.append(char)
        skip = wide(char)
    return "".join(out)


def cells(printed: list[str], found: list[int]) -> list[list[str]]:
    """Each line's parts between the cut columns, stripped (an empty part: no cell there)."""
    bounds = [0, *found]
    return [[_undouble(line[start:end]).strip() for start, end in zip(bounds, [*found, None])]
            for line in printed]


def wide(char: str) -> bool:
    """Whether a character takes two columns on a terminal's screen (CJK, full width)."""
    return unicodedata.east_asian_width(char) in "WF"


def screen_width(char: str) -> int:
    """The columns a character takes on a terminal's screen: two for a wide (CJK) one, none
    for a combining mark (a Devanagari or Thai vowel sign, an accent), one for the rest."""
    if unicodedata.category(char) in _MARKS:
        return 0
    return 2 if wide(char) else 1


_MARKS = frozenset({"Mn", "Mc", "Me"})


def as_on_screen(line: str) -> str:
    """``line`` with each character as many times as it takes columns on a screen (wide ones
    twice, combining marks not at all): its length is the width a text browser wrapped it to."""
    return line if line.isascii() else "".join(c * screen_width(c) for c in line)


def _ends(text: str) -> bool:
    bare = _NOTE_MARK.sub("", text)
    return not bare or bare[-1] in _ENDS  # footnote marks alone close the cell over them


def _starts(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in _OPENS


def rows(parts: list[list[str]]) -> list[tuple[int, int]]:
    """The block's rows as (first, last) line offsets. The widest column's text tells them:
    a row ends where its cell ends a sentence and the next line's opens one or a list's
    item, or where the lines beside it (a taller cell's) have run out before the next cell
    opens."""
    primary = max(range(len(parts[0])), key=lambda p: sum(len(line[p]) for line in parts))
    found: list[tuple[int, int]] = []
    start = 0
    for k in range(len(parts) - 1):
        here, nxt = parts[k][primary], parts[k + 1][primary]
        if (here and nxt and (_ends(here) and _starts(nxt) or _ITEM.match(nxt))) or (not here and nxt):
            found.append((start, k))
            start = k + 1
    found.append((start, len(parts) - 1))
    return found


def row_text(parts: list[list[str]], glue: Callable[[list[str]], str]) -> str:
    """A row's text: each column's lines joined by ``glue``, the left column first."""
    texts = []
    for p in range(len(parts[0])):
        column = [line[p] for line in parts if line[p]]
        if column:
            texts.append(glue(column))
    return " ".join(texts)
