"""How much each line says for the article's run: jusText's classes (good prose, near-good,
short, bad) and the weights the run is summed from."""

from __future__ import annotations

import re

from ..code import code_like
from ..document import Unit
from ..stopwords import PARAGRAPH_SHARE
from . import shapes
from .patterns import fields

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
_SENTENCE_END = frozenset(".!?…\"”’')»:;。！？」；：")  # (the last two: ";" and ":" set full-width)
PROSE_END = frozenset(".!?…\"”。！？」")
"""Closing marks, one character each: a line's last character is looked up (a tuple given to
``endswith`` tries every mark in turn)."""
# Categories that sit between articles, not inside them: crossing one costs more.
SEPARATORS = frozenset({"related", "comments", "footer", "copyright", "newsletter", "promo"})
WALL = -1e6
THREAD_HEAD = 40
"""Characters of a comment thread's heading ("Comments (12)", "Guest Book"), which the run
does not cross: longer comment markers are sentences about comments ("Comments are
moderated ...")."""
_LINKED = 0.5
"""Share of a line's text inside links from which an HTML line is navigation, not prose."""
_WORDLESS = -0.05


def link_dense(unit: Unit) -> bool:
    """On an HTML page, a line whose text is mostly inside links (False for text dumps)."""
    return unit.html is not None and unit.html.evidence.link_density >= _LINKED


_LINK_OPENS = re.compile(r"(?<!\S)\[\d{1,4}\](?=\w)")
"""Where a text browser's numbered link opens: its number, then the link's text (a citation's
"[12]" follows a word instead)."""
LINK_ROW_SHARE = 0.4
"""Links opened per word from which a line of a text browser's dump that ends no sentence is a
row of links (a menu wrapped as lynx sets it), however many function words its links hold.
An encyclopedia's paragraphs, the densest prose in links, open up to one link in three words
(and end a sentence, which a row does not)."""
_LINK_ROW_LINKS = 3
"""Links that make a row: two links in a line of four words are a sentence's as often."""


def link_row(unit: Unit) -> bool:
    """A text browser's row of numbered links: "[102]Horóscopo [103]Loterías y quinielas ..."."""
    raw = unit.raw
    if "[" not in raw or unit.text[-1:] in _SENTENCE_END:
        return False
    links = len(_LINK_OPENS.findall(raw))
    return links >= _LINK_ROW_LINKS and links >= LINK_ROW_SHARE * unit.words


def classify(unit: Unit, markup: bool = True) -> str:
    """jusText's block classes, per line: good prose, near-good, short, or bad. Without
    ``markup``, what a page's markup says (class hints, link density) is not heard."""
    if unit.kind == "rule" or unit.words == 0:
        return BAD
    if "marker" in unit.labels and (markup or "hinted" not in unit.labels):
        return BAD
    if markup and unit.html is not None and link_dense(unit):
        return BAD  # jusText's link density: a line that is mostly a link is navigation or a teaser
    length = unit.size
    if length < 50:
        return SHORT  # most lines: every test below needs 50 characters or more
    cls = _prose_class(unit, length)
    if cls in (GOOD, NEAR) and link_row(unit):
        return BAD  # a text browser's numbered links: the link density a dump still shows
    return cls


def _prose_class(unit: Unit, length: float) -> str:
    """The class of a line of 50 characters or more by its length and function words."""
    text = unit.text
    if ("(" in text or "{" in text or "=" in text or "[" in text or "<" in text or "\\" in text) \
            and code_like(text):  # a C scan for each mark first: most prose has none
        return SHORT  # code says nothing of prose either way: a step, not a paragraph
    stop = unit.stop
    ends = text[-1:] in _SENTENCE_END
    if length >= 120 and stop >= 0.25 and unit.words >= 15:
        return GOOD
    if length >= 200 and stop >= PARAGRAPH_SHARE:
        return GOOD
    if length >= 50 and stop >= 0.2 and ends:
        return NEAR
    if length < 120:
        return SHORT
    if stop >= 0.15 or (ends and stop >= _SENTENCES_STOP and (_SENTENCES.search(text) is not None or (
            unit.words >= 15 and text[:1].isupper() and text[-1:] in ".!?" and not text.endswith("...")))):
        return NEAR  # (sentences full of names: a lead with its place and people; a summary cut
        # short, "...", is a teaser's or a description's)
    return BAD


_SENTENCES = re.compile(r"\w\w[.!?][)\"”’»]?\s+[\"“«(]?[^\W\d_]{2}")
"""A sentence's end, then the next sentence's first word: a line of prose, not a list of names."""
_SENTENCES_STOP = 0.08
"""Share of function words from which a long line of two sentences or more reads as prose
however many names it holds (a menu or a tag list joined into one line holds none)."""
_CODEISH = re.compile(r"[=(){};<>\[\]$#/\\`].*[=(){};<>\[\]$#/\\`]")  # two code characters


_UNCASED_SMALL = ("\u10d0", "\u10ff")
"""Georgian's letters (Mkhedruli): small letters by Unicode, but no line opens with a capital,
so a small first letter says nothing of a line going on mid-sentence."""


_GLYPH_BULLETS = frozenset("▢☐□•◦▪✓✔")
"""Marks a page sets before its own list's items as text (a recipe's checkboxes, bullets in
the text itself): converters keep them, so the item's first word comes after."""


def contentish(unit: Unit) -> bool:
    """Short lines that read as content (list items, code, quantities), not menu entries."""
    text = unit.text
    kind = unit.kind
    if kind == "row" or (text[-1:] in _SENTENCE_END and unit.words >= 3) or fields(text):
        return True  # (a listing's fields, "When: 7 p.m. | Where: ...", are its text too)
    first = text[:1]
    if first in _GLYPH_BULLETS and text[1:2] == " ":
        first = text[2:3]  # a page's own bullet or checkbox ("▢ 1 ½ cups cornmeal"): what follows says
    if (first.islower() and not _UNCASED_SMALL[0] <= first <= _UNCASED_SMALL[1]) or first.isdigit() \
            or "introduced" in unit.labels:
        return True
    if kind == "item" and unit.html is not None and not link_dense(unit):
        return True  # a page's menus are links; a list of plain items is the article's
    return _CODEISH.search(text) is not None


INTRO_ENDS = frozenset(":：")
_ENDS = frozenset("0123456789:：")


def introduced_lists(units: list[Unit], colon_end: list[int] | None = None) -> list[int]:
    """A list right after a line ending in a colon ("What you'll need:", "The changes:")
    continues that sentence: its items are content, however short. Labels them and returns
    their indices. ``colon_end``: the lines ending in a colon, when the caller has them."""
    if colon_end is None:
        colon_end = [u.index for u in units if u.text[-1:] in INTRO_ENDS]
    labelled: list[int] = []
    for i in colon_end:
        unit = units[i]
        if unit.words < 2 or "marker" in unit.labels:
            continue
        for k, nxt in enumerate(units[i + 1 :], i + 1):
            if "marker" in nxt.labels and _amid_items(units, k):
                nxt.labels["introduced"] = "list"  # one item that reads as a menu's entry
                labelled.append(k)  # ("Search now finds stops by their code"): the list goes on
                continue
            # (a list's lines as the next paragraph, or run on under a sentence of prose where
            # a dump sets no blank line between blocks: "It published the following points:";
            # a label's colon, "Share this article:", introduces no list run on under it)
            paras = (0, 1) if unit.words >= _INTRO_SENTENCE else (1,)
            same_list = nxt.kind == "item" or (nxt.para - unit.para in paras and nxt.kind == "text"
                                               and nxt.length < _ITEM_MAX and nxt.text[-1:] not in INTRO_ENDS)
            if not same_list or "marker" in nxt.labels or nxt.length >= 200:
                break
            nxt.labels["introduced"] = "list"
            labelled.append(nxt.index)
    return labelled


STRONG_MARKERS = frozenset({"cookie-banner", "newsletter", "copyright", "promo", "comments",
                            "editor-note", "advertisement", "cta", "disclosure"})
"""Marker categories that remove a line even when it reads like prose (cookie texts,
newsletter pitches), and that end a list even amid its items (an advertisement's label)."""
_ITEM_MAX = 120
"""Characters of a plain line that may be a list's item under the line introducing it."""


_MARKED_ITEM_WORDS = 3
"""Words of a marked line amid a list's lines that make it an item: fewer are a button's
("Copy" under a code block) or a menu entry's."""


def _amid_items(units: list[Unit], k: int) -> bool:
    """A marked line of a few words (no strong marker's: an advertisement's label ends a
    list) between two lines of its list (one paragraph, items or the plain lines a dump
    without bullets prints) that no marker labels."""
    unit = units[k]
    return unit.kind in ("item", "text") and unit.length < _ITEM_MAX and 0 < k < len(units) - 1 \
        and unit.words >= _MARKED_ITEM_WORDS and unit.labels["marker"] not in STRONG_MARKERS and all(
        other.kind == unit.kind and other.para == unit.para and "marker" not in other.labels
        for other in (units[k - 1], units[k + 1]))


_INTRO_SENTENCE = 8
"""Words from which a line ending in a colon is a sentence that introduces the lines run on
under it (a label of a few words, "Recommend this article:", is furniture's)."""


_SHORT_CONTENT, _SHORT_MENU = 0.0, -0.3
"""A short line that reads as content (a sentence, a list item, code) weighs nothing: no
evidence for the run, and no gap in it, so a run may end on the article's short last line
("The lesson, as always: you are what you search."); a short line that reads as a menu entry
costs, so a few of them end the run. (-0.04 and +0.02 either side: README, Quality.)"""


def short_weight(unit: Unit) -> float:
    """A short line that reads as content weighs nothing, one that reads as a menu entry costs."""
    return _SHORT_CONTENT if contentish(unit) else _SHORT_MENU


def weight(unit: Unit, cls: str) -> float:
    if not unit.text and unit.kind != "rule":
        return 0.0  # markup-only lines (an empty "> " line) say nothing
    if cls == GOOD:
        return min(unit.size, 800) / 100
    if cls == NEAR:
        return 0.6
    if cls == SHORT:
        return short_weight(unit)
    if unit.kind == "rule":
        return -0.3
    marker = unit.labels.get("marker")
    if unit.words == 0 and marker is None:
        return _WORDLESS  # "(", "+", "»": a code token or a separator says nothing either way
    if unit.labels.get("listed"):
        return -0.1
    if "pitch" in unit.labels:
        return 0.0  # a box's pitch, its form under it: an inset, the article may go on after it
    if marker == "comments" and unit.length < THREAD_HEAD:
        return WALL
    return -1.0 if marker in SEPARATORS else -0.8


def weigh(units: list[Unit]) -> tuple[list[str], list[float], shapes.Scan, set[int]]:
    """Every line's class and weight, and (in the same pass: this runs for every line of
    every page, and a pass costs more than its checks) what ``shapes.Scan`` gathers, and the
    short lines that read as content (``contentish``: their weight asked already)."""
    classes: list[str] = []
    weights: list[float] = []
    content: set[int] = set()
    scan = shapes.Scan()
    stamp_first, age_openers = shapes._STAMP_FIRST, shapes._AGE_OPENERS
    stamp_last, age_end, stamp_end = shapes._STAMP_LAST, shapes._AGE_END.search, scan.stamp_end.append
    ago_ends, ago_last = shapes._AGO_ENDS, shapes._AGO_LAST
    about, about_max, about_openers = scan.about_at.append, shapes.ABOUT_MAX, shapes.ABOUT_OPENERS
    about_firsts = shapes.ABOUT_FIRSTS
    stamp, digit, colon, level1, prose = (scan.stamp_at.append, scan.digit_end.append, scan.colon_end.append,
                                          scan.level1.append, scan.prose_at.append)
    timed = scan.timed_at.append
    copies, seen = scan.copies, {}
    long_copy = shapes._TEASER_PROSE
    head = shapes._HEAD
    doubled_min = 2 * head
    for i, unit in enumerate(units):
        cls = classify(unit)
        unit.labels["class"] = cls
        classes.append(cls)
        if cls == SHORT:  # the commonest class; a short line has words, so text (see weight)
            if contentish(unit):  # short_weight, inlined
                weights.append(_SHORT_CONTENT)
                content.add(i)
            else:
                weights.append(_SHORT_MENU)
        elif cls == GOOD:
            weights.append(min(unit.size, 800) / 100)
            prose(i)
        else:
            weights.append(weight(unit, cls))
            if cls == NEAR:
                prose(i)
        if not unit.words:
            continue  # no letters: no stamp, counter, colon, heading or copy to note
        # shapes.Scan.line, inlined
        text = unit.text
        first, last = text[0], text[-1]
        if first in stamp_first and ("0" <= first <= "9" or text[:12].lower().startswith(age_openers)
                                     or " ago" in text[:24] or first.isdigit()):
            stamp(i)
        if last in _ENDS:  # a digit or a colon; most lines end otherwise
            (colon if last in INTRO_ENDS else digit)(i)
        elif last > "\x7f" and last.isdigit():
            digit(i)
        elif (last in stamp_last or (last in ago_last and text.endswith(ago_ends))) \
                and age_end(text, max(0, len(text) - 24)):
            stamp_end(i)
        if first in about_firsts and unit.length <= about_max and text.startswith(about_openers):
            about(i)
        if first.isdigit() or (first == "[" and text[1:2].isdigit()):
            timed(i)
        if unit.level == 1 and unit.kind == "heading":
            level1(i)
        # shapes.repeated, inlined: a later copy of a line, and its first copy unless long
        at = seen.setdefault(text, i)
        if at != i:
            copies.add(i)
            if units[at].length < long_copy:
                copies.add(at)
        if unit.length >= doubled_min:  # shapes.doubled, inlined
            at = text.find(text[:head], head)
            if at > 0 and text[at - 1] == " ":
                copies.add(i)
    return classes, weights, scan, content

def sentence(unit: Unit) -> bool:
    """A short line that is plainly a sentence of prose."""
    text = unit.text.lstrip("“\"‘'")  # a short closing quotation counts: “...,” she said.
    return ("marker" not in unit.labels and unit.words >= 4 and unit.stop >= 0.25
            and unit.text[-1:] in PROSE_END and text[:1].isupper())
