"""A per-document work budget: one pathological input fails alone instead of stalling a batch.

Work is counted in operations the code does (characters a stage reads, marks a scan visits,
lines a pattern is tried on), never in wall time, so the same input passes or fails on every
machine. Each stage charges what it reads; the scans whose cost is not one step per input
character charge their steps, so a scan that turns superlinear on some input runs out of
budget instead of running for minutes. ``clean()`` opens a budget of ``WORK_FLOOR`` plus
``WORK_PER_CHAR`` units per input character; a rule file's rules may charge it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .read import InputError

WORK_PER_CHAR = 200
"""Units a document may cost per character of its text. The corpora's 1,006 dumps and pages
cost at most 53 (a short Japanese page) and at most 19 above 30,000 characters: ten times
that leaves room for odd but real pages, and an input that costs more does quadratic work
somewhere, or is millions of one-character lines."""
WORK_FLOOR = 2_000_000
"""Units every document may cost whatever its size (the corpora's largest cost is 6.1
million): a short page's fixed costs (rules reading a few hundred characters around each
quotation, say) are not per character."""


LINE_COST = 50
"""Units a stage is charged per line (unit) it goes over, besides its characters: most of a
rule's work is per line (a Python loop turn, a dict of labels), so a dump of one-character
lines costs far more than its size says (and about 500 bytes of memory a line)."""


def stage_cost(chars: int, lines: int) -> int:
    """What one pass over a document of ``chars`` characters in ``lines`` lines is charged."""
    return chars + LINE_COST * lines


MAX_LINES = 100_000
"""Lines a text dump may have: each becomes a unit of about 500 bytes (and its words), so
this bounds a Document's memory where the budget alone would let an input of millions of
three-letter lines through. The corpora's longest dump has 7,366 lines."""

MAX_ELEMENTS = 200_000
"""Start tags a page may have: the HTML parser's tree takes about 300 bytes an element with
its text, so this bounds a page's tree (about 60 MB) where the budget alone would let a
12 MB table of a million cells take 460 MB. The corpora's largest page has 19,252 tags."""


class WorkLimitExceeded(InputError):
    """An input that would cost more work than its budget (``WORK_PER_CHAR`` per character),
    a dump of more than ``MAX_LINES`` lines or a page of more than ``MAX_ELEMENTS`` elements:
    raised by ``clean()``; the CLI reports it as that input's one-line error and goes on."""

    def __init__(self, source: str, spent: int, limit: int, stage: str = "", what: str = "") -> None:
        self.spent, self.limit, self.stage, self.what = spent, limit, stage, what
        where = f" in {stage}" if stage else ""
        if what in ("lines", "elements"):
            reason = f"too many {what} ({spent:,}; the limit is {limit:,}, see 'Limits' in the README)"
        else:
            reason = (f"too much work{where} (over {limit:,} units, the limit for its size; "
                      f"see 'Limits' in the README)")
        super().__init__(source, reason)

    def __reduce__(self):
        """Pickle by its fields (a process pool sends it back to the parent)."""
        return (WorkLimitExceeded, (self.source, self.spent, self.limit, self.stage, self.what))


class Budget:
    """Units spent on one document, and the most it may spend."""

    __slots__ = ("limit", "spent", "stage")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent = 0
        self.stage = ""

    def charge(self, units: int) -> None:
        self.spent += units
        if self.spent > self.limit:
            raise WorkLimitExceeded("<text>", self.spent, self.limit, self.stage)


_current: ContextVar[Budget | None] = ContextVar("newsclean_budget", default=None)


def limit_for(chars: int) -> int:
    """The budget of a document of ``chars`` characters."""
    return WORK_FLOOR + WORK_PER_CHAR * chars


@contextmanager
def budget(chars: int, limit: int | None = None) -> Iterator[Budget]:
    """Count the work of one document (of ``chars`` characters) while the block runs."""
    current = Budget(limit_for(chars) if limit is None else limit)
    token = _current.set(current)
    try:
        yield current
    finally:
        _current.reset(token)


def ahead(units: int) -> None:
    """Fail now if ``units`` more would overspend the budget, charging nothing: a stage that
    knows what the stages after it will cost stops an input before building it in memory."""
    current = _current.get()
    if current is not None and current.spent + units > current.limit:
        raise WorkLimitExceeded("<text>", current.spent + units, current.limit, current.stage)


def check_lines(lines: int) -> None:
    """Refuse a dump of more than ``MAX_LINES`` lines (inside a budget only)."""
    _check_count(lines, MAX_LINES, "lines")


_START_TAG = re.compile(r"<[A-Za-z]")


def check_elements(page: str) -> None:
    """Refuse a page of more than ``MAX_ELEMENTS`` start tags (inside a budget only), before
    the parser builds its tree; counting every ``<`` first keeps ordinary pages to one pass."""
    if page.count("<") > MAX_ELEMENTS:
        _check_count(sum(1 for _ in _START_TAG.finditer(page)), MAX_ELEMENTS, "elements")


def _check_count(count: int, limit: int, what: str) -> None:
    current = _current.get()
    if current is not None and count > limit:
        raise WorkLimitExceeded("<text>", count, limit, current.stage, what)


def charge(units: int) -> None:
    """Spend ``units`` of the current document's budget (nothing happens outside a budget);
    raises ``WorkLimitExceeded`` when it is spent."""
    current = _current.get()
    if current is not None:
        current.charge(units)


def stage(name: str) -> None:
    """Name what is charged from now on, for the error message (a stage or a rule id)."""
    current = _current.get()
    if current is not None:
        current.stage = name
