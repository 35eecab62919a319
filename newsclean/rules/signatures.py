"""Signatures: the authors named under the article's text (a blog's "Posted by Jane Doe", "Jane
Doe — 2013-09-29 — in Code", the writers' names a news site prints under its last paragraph)
and the author a date line names after "by"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..document import Document, Unit
from .authors import names, opener_over_name
from .patterns import has_date, is_byline, unglued
from .phrases import exact_categories
from .shapes import in_list
from .span import span

_SIGNED_REACH = 3
"""Lines with words under the main run read for a signature when no author line is by the
headline: a blog prints "Posted by Jane Doe at 5:11 AM" (or "Jane Doe — 2013-09-29 — in
Code") right under the post; further down, names are the comments' or the footer's."""
_COLUMNS = "   "
"""Spaces that set a text browser's table columns apart."""
_PARTS = re.compile(r"\s+[—–|·•]\s+|\s*—\s*")
"""What parts a signature line: "Jane Doe — 2013-09-29 — in Code"."""


def _columns(unit: Unit) -> bool:
    """A text browser's table row: columns set apart by spaces in one of its source lines
    (not the indent a text browser wraps a paragraph's lines with)."""
    return any(_COLUMNS in line.strip() for line in unit.raw.splitlines())


def signed_line(doc: Document) -> Unit | None:
    """The post's signature right under the main run: a byline ("Posted by Jane Doe"), a date
    line naming its author after "by" ("Posted by Jane Doe on March 10, 2015"), or a name
    that a date follows in the same line ("Jane Doe — 2013-09-29 — in Code")."""
    units = doc.units
    end = span(doc)[1]
    last = units[end] if 0 <= end < len(units) else None
    if last is not None and last.role is None and last.length <= DATED_MAX and is_byline(last.text) \
            and names(last.text) and "marker" not in last.labels:
        return last  # the run took the signature back as its short last line ("di Chiara Mancuso")
    for unit in units[max(0, end - 1) : end + 1]:  # (or a notice under it: "この記事は会員限定です")
        if unit.role is None and bracketed_name(unit.text) is not None:
            return unit
    for k, unit in enumerate(islice(_after_run(units, end + 1), _SIGNED_REACH)):
        if unit.role is not None or unit.length > DATED_MAX or in_list(units, unit) or _columns(unit) \
                or unit.labels.get("shape", "stamped") != "stamped":
            continue  # (a table row lists signatories; a teaser list's lines have their shapes; a
            # signature may close with its time, "Posted by Jane Doe at 21:14", as comments do)
        text = unit.text
        if (is_byline(text) and names(text)) or author_in_date_line(unit) or opener_over_name(units, unit):
            return unit
        if k == 0 and (names_parted(text) or bracketed_name(text) is not None):
            return unit  # the writers' names right under the text ("Hoàng Nam - Ngọc Tài"), or
            # the reporter's in brackets, as Japanese papers sign ("（加藤真由美）")
        first = _PARTS.split(text, maxsplit=1)
        if len(first) == 2 and only_name(first[0]) and has_date(first[1]):
            return unit
    return None




def _after_run(units: list[Unit], lo: int) -> Iterator[Unit]:
    """The lines with words from ``lo`` on that a signature may be, to a comment thread: a
    share bar's and a related box's lines (marked) are passed over, as a blog's theme sets
    them between the post and its "Published by" box; a date line may be marked metadata."""
    for unit in worded(units, lo):
        marker = unit.labels.get("marker")
        if marker == "comments":
            return  # (under it, the names are the commenters')
        if marker in (None, "metadata"):
            yield unit

DATED_MAX = 160
"""Longest date line read for an author after "by": "Le Monde | 04.05.2015 à 13h36 • Mis à
jour le 05.05.2015 à 20h13 | Par Martin Untersinger"."""

_INSIDE_OPENERS = ("by", "par", "von", "por", "door", "przez")
"""Openers read inside a date line ("| Par Martin Untersinger"): a word that is one in its
language and rarely stands before a capitalised name otherwise ("di", "av", "from" do)."""
_BY_INSIDE = re.compile(rf"(?:^|[\s/|])(?i:{'|'.join(_INSIDE_OPENERS)})\s+(?=[A-Z])")

NAME_PARTS = re.compile(r"\s+[-–—]\s+|,\s+")
"""What sets apart the writers' names of a signature: "Hoàng Nam - Ngọc Tài"."""


def names_parted(text: str) -> bool:
    """Two or more names and nothing else, set apart by dashes or commas; no place of the
    gazetteer among them ("Bến Tre - Tiền Giang" names two provinces)."""
    parts = NAME_PARTS.split(text)
    if not (2 <= len(parts) <= 4 and all(2 <= len(part.split()) <= 4 and only_name(part) for part in parts)):
        return False
    from .places import known  # (the gazetteer loads only for a line shaped so)

    return not any(known(part) for part in parts)


_BRACKETS = re.compile(r"[（(]\s*([^()（）]{2,40}?)\s*[）)]")
_SIGNED_NAME = 3
"""Fewest characters of a name written without spaces read in brackets under the text: a
Japanese name has three to five; "（共同）" and "（時事）" credit an agency."""


def bracketed_name(text: str) -> str | None:
    """The name of a line that is a person's name in brackets and nothing else."""
    m = _BRACKETS.fullmatch(text.strip())
    if m is None:
        return None
    name = m.group(1)
    return name if only_name(name) and (" " in name or len(name) >= _SIGNED_NAME) else None


def only_name(text: str) -> bool:
    """Text that is one person's name and nothing else."""
    return names(text) == [text.strip()]


def worded(units: list[Unit], lo: int) -> Iterator[Unit]:
    """The lines with words from ``lo`` on: a text browser's image and link lines, which say
    nothing, are passed over."""
    return (unit for unit in units[lo:] if unit.words)

def author_in_date_line(unit: Unit) -> str | None:
    """A date line that names its author after "by" ("on March 10, 2015 by Nikhil Marathe",
    "// By Arun Sai Krishnan • Nov 11, 2020"), which the markers took for a date stamp:
    the words from "By" on, or None."""
    if unit.length > DATED_MAX:
        return None
    low = unit.text.lower()
    if not any(f"{o} " in low for o in _INSIDE_OPENERS):
        # no "by": a name among the fields, if any ("March 4, 2026 · 8 min · Priya Natarajan")
        return _dotted_name(unit.text) if " · " in unit.text or " | " in unit.text else None
    if not has_date(unglued(unit.text)):
        return None  # an opener first: a C scan spares most lines the date patterns
    m = _BY_INSIDE.search(unit.text)
    if m is None:
        return None
    rest = unit.text[m.start() :].lstrip(" /")
    return rest if names(rest) else None


_DOT = re.compile(r"\s+·\s+|\s+\|\s+")


def _dotted_name(text: str) -> str | None:
    """A date line's fields set apart by middle dots or bars, one of them a person's name and
    nothing else ("March 4, 2026 · 8 min · Priya Natarajan | Suggest Changes", "Ane Etxeberria
    | 04/03/2026 13:47 CET | Actualizado: ..."): the first such name, or None. A date among
    the fields: a line of names and marks alone is a list's (tags, people)."""
    parts = _DOT.split(text)
    if not any(has_date(part) for part in parts):
        return None
    known = exact_categories()  # (a link's words: "View Comments")
    return next((part for part in parts if " " in part and only_name(part) and known(part) is None), None)
