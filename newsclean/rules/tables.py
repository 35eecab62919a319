"""Tables of figures that go on the article under its last paragraph (box scores, standings,
tour dates): the run's end moves past them."""

from __future__ import annotations

import re

from ..document import Unit
from .line_weights import PROSE_END
from .patterns import is_dateish

_TABLE_ROWS = 3
"""Rows of figures that make a table (two are a line of scores, or a date and a count)."""
_TABLE_HEAD = 2
"""Lines between the article's last paragraph and its table (a heading, the table's header row)."""


def _figures(unit: Unit) -> int:
    """How many numbers a line holds."""
    return sum(1 for word in unit.tokens if word.isdigit())


def table_after(units: list[Unit], end: int) -> int:
    """The run's end, past a table of figures that follows the article's last paragraph: a
    box score, standings, results, tour dates (``_TABLE_ROWS`` or more short lines of two
    numbers or more, headings and header rows between them). The article goes on in it;
    a page's widgets stand apart from the text, under a heading that is a marker."""
    # (a table the run already ends with, and the first of its fields: the fields under it
    # go on with it)
    back = end
    while back > 0 and _FIELD.match(units[back].text) and units[back].length <= _FIELD_MAX:
        back -= 1
    rows = _TABLE_ROWS if back >= 0 and (units[back].kind == "row" or _figure_row(units[back])) else 0
    last, i = end, end + 1
    gap = 0
    start = i
    while i < len(units):
        unit = units[i]
        if "marker" in unit.labels:
            break
        if _FIELD.match(unit.text) and unit.length <= _FIELD_MAX:
            last = i if rows else last  # a match sheet's field ("REFEREE: ...", "Scorers: ...")
        elif unit.length > _ROW_MAX:
            break
        elif _figure_row(unit) or _numbered_header(unit):
            rows, last, gap = rows + 1, i, 0
        elif unit.words and (unit.words <= _HEADING_WORDS or _column_heads(unit)) \
                and unit.text[-1:] not in PROSE_END and gap < _TABLE_HEAD:
            gap += 1  # a heading ("BOX SCORE") or a header row ("PINE HOLLOW (58) FG 3PT FT PTS")
        elif unit.words:
            break
        if rows == 0 and i - end > _TABLE_HEAD + 1:
            break  # the table must start right under the text
        i += 1
    if rows < _TABLE_ROWS:
        return end
    for unit in units[start : last + 1]:
        unit.labels["table"] = "figures"  # (boilerplate reads its rows as data, not a link list)
    return last


def _figure_row(unit: Unit) -> bool:
    """A table's row of figures printed as a line: two figures or more, one closing it, or
    one and its unit ("4 h 12 min 37 s", "168 km"; a stamp opens a teaser; a date line is
    metadata)."""
    tokens = unit.tokens
    if _figures(unit) < 2 or not tokens:
        return False
    if tokens[-1].isdigit():
        closed = unit.text.rstrip("%)")[-1:].isdigit()
    else:
        closed = len(tokens) > 1 and tokens[-2].isdigit() and len(tokens[-1]) <= _UNIT_LETTERS \
            and unit.text.endswith(tokens[-1])
    return closed and not is_dateish(unit.text)


_UNIT_LETTERS = 3
"""Letters of a unit after a row's last figure ("s", "min", "km", "pts")."""


def _numbered_header(unit: Unit) -> bool:
    """A header row that numbers its columns ("Team 1 2 3 4 5 6 7 8 9 R H E": a line score's
    innings): ``_HEADER_FIGURES`` figures or more, counting up one by one. It counts as a
    row: a line score of two teams is a table with it."""
    figures = [int(t) for t in unit.tokens if t.isdecimal() and len(t) <= 2]  # ("¹" is a digit, no figure)
    return len(figures) >= _HEADER_FIGURES and unit.length <= _ROW_MAX \
        and all(b == a + 1 for a, b in zip(figures, figures[1:]))


_HEADER_FIGURES = 4
"""Figures counting up that make a numbered header (three are a date or a score)."""


def _column_heads(unit: Unit) -> bool:
    """A header row of column labels, most of a few letters ("Pos Team P W L D PF PA BP
    Pts", "PLAYER MIN FG 3PT FT REB AST PTS"): more words than a heading has, no sentence."""
    tokens = unit.tokens
    return unit.length <= _ROW_MAX and len(tokens) >= _HEAD_COLUMNS \
        and 3 * sum(len(t) <= _HEAD_LETTERS for t in tokens) >= 2 * len(tokens)


_HEADING_WORDS = 8
"""Words of a table's heading at most ("BOX SCORE", "Standings after round eight")."""
_HEAD_COLUMNS = _HEADING_WORDS + 1
"""Labels in a header row of a table: more words than a table's heading has."""
_HEAD_LETTERS = 4
"""Letters of a column's label in a header row (a team's or a player's name is longer)."""


_FIELD = re.compile(r"[^\W\d_][\w.'’]*(?: [\w.'’]+){0,2}: \S")
"""A field of a match sheet or a fact box: a label of one to three words, a colon, a value."""
_FIELD_MAX = 400
"""Characters of such a field (a team's line-up runs long)."""
_ROW_MAX = 120
"""Characters of a table's row printed as a line."""
