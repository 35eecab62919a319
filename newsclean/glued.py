"""Text whose blocks were glued together: a page's text taken with nothing between its
elements (BeautifulSoup's ``get_text()``, the DOM's ``textContent``) from a page whose HTML
has no line breaks between them. Menus run into the headline and paragraphs into each other
("Sign upPlease enter a search term.", "Thanks for subscribing.Consider inviting ..."), so
a whole page may be one line. Such a line is cut back into its blocks where the glue shows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

_GLUED_LINE = 1000
"""Characters from which a line is looked at: glued text makes lines of whole pages (75 of
the 84 glued lines of get_text() dumps of both corpora's pages are longer), written text
seldom a paragraph of this length (3% of the dumps' characters are in such lines)."""
_GLUED_MIN = 3
"""Sentence ends glued to the next sentence ("subscribing.Consider") from which a line is
glued text. Written text puts a space there: of the 4,963 dumps of the corpora's pages in
every style we have (html-text, html2text, lynx, w3m, pandoc, ELinks, ...), no line holds
three, 21 hold two (a module's "stuff.Stuffinator", a URL's query)."""
_SENTENCE_GLUE = re.compile(r"[.!?][\"”’)]?(?=[A-Z][a-z]*[ ,])")
"""A sentence's end with the next sentence's first word right after it (the two lower-case
letters before it are checked apart: the pattern opens with its mark, which the engine finds
fast)."""
_CAMEL_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
                         r"|(?<=[^\d]\d{4})(?=[A-Z][a-z]{2})")
"""A word or a sentence that runs into the next block's capitalised first word ("upPlease",
"now.SportNews", "2019Axios"); looked for in glued lines only (code joins words so too)."""
_IN_PROSE = re.compile(r"(?<![^\W\d_])[a-z]+ ([A-Z][a-z]+(?:[A-Z][a-z]+)+) [a-z]")
"""A name written in camel case between two lower-case words ("our YouTube channel"): the
word is a name of its own, not two blocks glued (a menu's entries run into capitalised
words: "Axios FutureSkip to main content")."""
_NAME_SEEN = 2
"""Times a camel-case word must stand between lower-case words to be a name: a block that
ends with a capitalised word may run into one that opens with a capitalised word by chance,
between two lower-case words ("changes from MondayNew lifeboat named")."""
_LETTERS = re.compile(r"[^\W\d_]+")


def _sentence_glue(line: str) -> list[int]:
    """Where sentences were glued ("subscribing.Consider"): the next one's start."""
    return [m.end() for m in _SENTENCE_GLUE.finditer(line)
            if m.start() >= 2 and line[m.start() - 2 : m.start()].isalpha()
            and line[m.start() - 2 : m.start()].islower()]


def _camel_glue(line: str, names: set[str]) -> list[int]:
    """Where a word runs into the next block's first word ("upPlease"), unless the join is
    inside a name the text writes in camel case between words ("YouTube"). Each run of
    letters is searched for the names once (linear in the line, however many joins)."""
    points = [m.start() for m in _CAMEL_GLUE.finditer(line)]
    if not names or not points:
        return points
    runs = list(_LETTERS.finditer(line))
    starts = [run.start() for run in runs]
    inside: dict[int, set[int]] = {}  # a run's index: the joins inside names there
    kept = []
    for at in points:
        k = bisect_right(starts, at) - 1
        if k not in inside:
            inside[k] = _name_joins(runs[k].group(), runs[k].start(), names)
        if at not in inside[k]:
            kept.append(at)
    return kept


def _name_joins(run: str, offset: int, names: set[str]) -> set[int]:
    """Positions (in the line) strictly inside an occurrence of one of ``names`` in ``run``."""
    joins: set[int] = set()
    for name in names:
        found = run.find(name)
        while found >= 0:
            joins.update(range(offset + found + 1, offset + found + len(name)))
            found = run.find(name, found + 1)
    return joins


def find(lines: list[str]) -> dict[int, list[int]] | None:
    """The glued lines and where each is cut (its blocks' starts after the first); None when
    no line is glued (the common case: the long lines' sentence marks scanned once)."""
    glued = [i for i, line in enumerate(lines)
             if len(line) >= _GLUED_LINE and len(_sentence_glue(line)) >= _GLUED_MIN]
    if not glued:
        return None
    seen = Counter(name for i in glued for name in _IN_PROSE.findall(lines[i]))
    names = {name for name, count in seen.items() if count >= _NAME_SEEN}
    return {i: sorted(set(_sentence_glue(lines[i])) | set(_camel_glue(lines[i], names))) for i in glued}


def split(lines: list[str], found: dict[int, list[int]], between: tuple[str, ...] = ()) -> list[str]:
    """The lines with each glued line cut into its blocks, one a line (as a page's text is
    dumped where its HTML breaks lines; ``between``: lines put between two, a blank line in
    Markdown, which joins a paragraph's lines)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        points = found.get(i)
        if points is None:
            out.append(line)
            continue
        for a, b in zip([0, *points], [*points, len(line)]):
            if a:
                out.extend(between)
            out.append(line[a:b])
    return out


def cut(lines: list[str], between: tuple[str, ...] = ()) -> tuple[list[str], int] | None:
    """``split`` after ``find``, and how many cuts; None when no line is glued."""
    found = find(lines)
    if found is None:
        return None
    return split(lines, found, between), sum(map(len, found.values()))
