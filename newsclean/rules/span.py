"""main-run: find the article's main run of prose, the way a reader's eye does.

The pieces it is built from: `line_weights` (each line's class and weight), `shape_weights`
(repeated lines, teasers, slides), `end_matter` and `next_story` (where the text ends),
`tables` (a table that goes on it) and `elements` (the article's element on a page)."""

from __future__ import annotations

import re

from ..chain import rule
from ..document import Document, Unit
from . import anchors, candidates, shapes
from .dateline import parse as parse_dateline
from .elements import best_element, container
from .end_matter import (
    END_MARK,
    author_box,
    credits_end,
    issuer_abouts,
    marked_threads,
    named_under,
    page_end,
    rights_notice,
    thread_heading,
    thread_heads,
)
from .line_weights import (  # noqa: F401  (the classes and weights, read by rules and users' rules)
    BAD,
    GOOD,
    INTRO_ENDS,
    NEAR,
    SHORT,
    WALL,
    classify,
    contentish,
    introduced_lists,
    link_dense,
    sentence,
    short_weight,
    weigh,
    weight,
)
from .next_story import own_byline
from .patterns import fields, is_caption, is_trailer
from .shape_weights import weigh_shapes
from .tables import table_after


def run_from(weights: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """The run with the largest total among those starting in [lo, hi]: (start, end, total)."""
    n = len(weights)
    best_end, best_total = n - 1, float("-inf")
    suffix: list[tuple[float, int]] = [(0.0, n - 1)] * (n + 1)  # best prefix-sum end at or after i
    total = sum(weights)
    running = total
    top, top_end = float("-inf"), n - 1
    for i in range(n - 1, lo - 1, -1):  # running = sum(weights[:i + 1])
        if running > top:
            top, top_end = running, i
        suffix[i] = (top, top_end)
        running -= weights[i]
    start, best_total = lo, float("-inf")
    before = sum(weights[:lo])
    for s in range(lo, min(hi, n - 1) + 1):
        value, end = suffix[s]
        if value - before > best_total:
            best_total, start, best_end = value - before, s, end
        before += weights[s]
    return start, best_end, best_total


def best_run(weights: list[float]) -> tuple[int, int]:
    """Kadane: the contiguous run with the largest total weight."""
    best, best_span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


_LIST_ITEMS = 2
"""Lines under the run's last sentence, ending in a colon, that make the list it introduces."""


def _weighed(units: list[Unit]) -> tuple[list[str], list[float], shapes.Scan, set[int]]:
    """``weigh``, and the short lines of a list a colon introduces counted as content (each
    costs what a list item does)."""
    classes, weights, scan, content = weigh(units)
    for i in introduced_lists(units, scan.colon_end):
        if classes[i] == SHORT:
            weights[i] = short_weight(units[i])
    return classes, weights, scan, content


@rule("main-run", "Find the article's main run of prose (labels only).", needs=("markers",))
def main_run(doc: Document) -> None:
    """Classifies every line as good prose, near-good, short or bad (jusText's classes:
    length, function-word density, sentence punctuation, boilerplate markers), weighs them
    (prose counts by its length, short lines cost a little, markers more, a comments heading
    is a wall) and takes the run with the largest total as the article's main text. On an
    HTML page a line that is mostly link text is navigation, and the run grows to the
    element holding most of its prose. The run is stored as ``doc.meta["span"]``; later
    rules decide what lies before and after it."""
    if not doc.units:
        doc.meta["span"] = (0, -1)
        return
    classes, weights, scan, content = _weighed(doc.units)
    found = anchors.find(doc, scan.level1)
    if found.hinted is not None and unhint_headline(doc.units, found.hinted):
        # the page's own headline in an element a class name calls furniture: the name lies
        # (the element holds the page's one story); its lines weighed and anchored again
        classes, weights, scan, content = _weighed(doc.units)
        found = anchors.find(doc, scan.level1)
    doc.meta["anchors"] = found
    weigh_shapes(doc.units, scan, classes, weights, found.headline, content,
                 doc.meta.get("related_heads", ()))
    marked = marked_threads(doc.units)
    for head in thread_heads(doc.units, marked):
        doc.units[head].labels["shape"] = "thread"
        weights[head] = WALL
    for head, last in marked:
        for i in range(head + 1, last + 1):  # (the last entry's words after its header go on)
            weights[i] = min(weights[i], 0.0)  # readers' entries: no article's text
    box = author_box(doc.units, found.byline if found.byline is not None
                      else named_under(doc.units, found.headline), classes)
    if box is not None:
        doc.units[box].labels["shape"] = "author-box"
        weights[box] = WALL
    marks = [u for u in doc.units if u.length <= 12 and END_MARK.fullmatch(u.text)]
    if len(marks) == 1:  # (a release ends once; "###" again and again is empty headings' markup)
        marks[0].labels["shape"] = "end-mark"
        weights[marks[0].index] = WALL
    if (notice := rights_notice(doc.units, classes)) is not None:
        doc.units[notice].labels["shape"] = "end-mark"
        weights[notice] = WALL
    if (credited := credits_end(doc.units, classes)) is not None:
        after = credited[1]
        doc.units[after].labels.setdefault("shape", "after-credits")
        weights[after] = WALL
        for i in range(after + 1, len(weights)):  # the page's, however much prose it holds
            weights[i] = min(weights[i], 0.0)
    for about in issuer_abouts(doc.units, classes, scan.about_at):
        doc.units[about].labels["shape"] = "end-mark"
        weights[about] = WALL
    start, end = heaviest = best_run(weights)
    how = "heaviest"
    runs = {"heaviest": heaviest}
    thread = thread_heading(doc.units)
    lead = _lead(doc.units, classes, found.top, thread)
    listed = None  # the list that is the article, under the anchors: the run opens with it
    if found.top is not None and lead is None:
        lead = listed = _headline_list(doc.units, weights, found.top)
    if found.top is not None and lead is None:
        lead = listed = _headline_phrases(doc.units, classes, weights, found.top, thread)
    if lead is not None and (listed is not None or not found.top < start <= lead):
        stop = page_end(doc.units, lead, own_byline(doc.units, found))
        first, last, anchored = run_from(weights[:stop], found.top + 1 if listed is None else listed, lead)
        runs["anchored"] = (first, last)
        if anchored + LEAD_BONUS >= sum(weights[start : end + 1]) or last < stop <= start:
            start, end = first, last
            how = "anchored"
        elif found.byline is not None and start < found.top < lead <= end < stop \
                and sum(weights[start : found.headline]) < anchored \
                and _apart(doc.units, classes, start, found.headline):
            # the heaviest run holds the headline and its author line, and the page's menus
            # part them from less prose over them: that prose is no part of the article (a
            # cookie wall's text over the page; more of it is an article the anchors missed,
            # a recipe's post over the card whose title and author they found)
            start, how = first, "anchored"
    elif lead is not None:
        how = "anchored"
        stop = page_end(doc.units, lead, own_byline(doc.units, found))  # (the next story, a copyright line)
        if end >= stop > start:  # (the heaviest run went on into it)
            start, end, _ = run_from(weights[:stop], start, start)
        runs["anchored"] = (start, end)
    if credited is not None and start <= credited[0] and end < credited[0] \
            and GOOD in classes[end + 1 : credited[0]] and min(weights[end + 1 : credited[0]]) > WALL:
        end = credited[0]  # the article goes on to its closing credits (a quote box between)
        runs[how] = (start, end)
    if found.top is None and thread < start:
        # no anchors, and the heaviest run lies under the comment thread's heading: readers'
        # comments or the page's footer (an article comes before its comments); the heaviest
        # run over the heading is a candidate
        runs["before the thread"] = best_run(weights[:thread])
        if candidates.prose(doc.units, classes, runs["before the thread"]) >= candidates.TINY:
            (start, end), how = runs["before the thread"], "before the thread"
    start, end, how = _second_opinion(doc, classes, how, runs)
    doc.meta["run"] = how
    doc.meta.setdefault("notes", []).append(f"main-run: the {_RUNS[how]} won" + (
        f" (headline found by {found.how})" if how == "anchored" else ""))
    if doc.html:
        doc.meta["core"] = (start, end)
        start, end = container(doc.units, start, end, classes, found.headline)
        if credited is not None and start <= credited[0] < end:
            end = credited[0]  # (the element holds the page's furniture under the credits too)
    # A short first or last sentence of the article costs a little in the sum, so Kadane
    # leaves it out; closing credits ("Reporting by ...") too. Take them back.
    units = doc.units
    while start > 0 and start - 1 > end - 200 and sentence(units[start - 1]):
        start -= 1
    start = _lede_over_slides(units, start, found.top)
    if start > 0 and (_lone_dateline(units[start - 1].text) or _dateline_lead(units[start - 1])):
        start -= 1  # "WASHINGTON —" on a line of its own, or a lead opening with one, opens the article
    else:
        start = _dated_lead(units, start, end)
    for unit in units[end + 1 : end + 4]:
        if unit.labels.get("shape") in _ENDS:
            break  # (a bio that opens with the author's name is a sentence, and the box's)
        if "marker" not in unit.labels and (is_trailer(unit.text) or sentence(unit) or fields(unit.text)
                                            or _same_mark(units[max(start, end - 2) : end + 1], unit)):
            end = unit.index
        elif unit.text or "markup" not in unit.labels or "shape" in unit.labels:
            break  # (a picture's placeholder between says nothing, but the author's picture ends it)
    if 0 <= end < len(units) and units[end].text[-1:] in INTRO_ENDS:
        # the article's last sentence introduces a list ("The changes:"): its text goes on in
        # the list's items, however short (a sidebar's lines under it weigh more); one line
        # is no list (an advertisement's label under "the footage below:")
        listed = end  # (the list is one block: a tag's or a pager's lines under it are apart)
        while listed + 1 < len(units) and "introduced" in units[listed + 1].labels \
                and units[listed + 1].para == units[end + 1].para:
            listed += 1
        end = listed if listed - end >= _LIST_ITEMS else end
    if (tabled := table_after(units, end)) > end:
        end = tabled  # and one closing statement under the table ("The series ends on Sunday.";
        # a question opens a box's pitch: "Any doubt about a story?")
        after = units[end + 1] if end + 1 < len(units) else None
        if after is not None and "marker" not in after.labels and sentence(after) and after.text[-1:] == ".":
            end += 1
    doc.meta["span"] = (start, end)


def _same_mark(last: list[Unit], unit: Unit) -> bool:
    """A line opening with the mark and space one of the run's last lines opens with ("▪ ", or
    "? " where a bullet's character was lost): the article's list going on after its run. (A
    dash opens a line of dialogue, or a signature: "– Jane Doe, Writer".)"""
    mark = unit.text[:2]
    return len(mark) == 2 and mark[1] == " " and not mark[0].isalnum() and mark[0] not in _DASHES \
        and any(u.text.startswith(mark) for u in last)


def _lede_over_slides(units: list[Unit], start: int, top: int | None) -> int:
    """A slideshow at the article's top parts its lede from the rest ("Expand", "1 of 12",
    a caption, a credit): the sentences between the anchors and the slides open the article.
    The slides stay furniture inside it."""
    if top is None or start <= top + 1:
        return start
    i, caption = start - 1, 0
    while i > top and units[i].labels.get("shape") not in _SLIDES:
        if units[i].labels.get("class") == GOOD or caption == _SLIDE_LINES:
            return start  # prose, or more than a slide's lines, before any counter
        caption += bool(units[i].words)
        i -= 1
    while i > top and (units[i].labels.get("shape") in _SLIDES or "marker" in units[i].labels
                       or not units[i].words):
        i -= 1
    if i <= top or not _lede(units[i]):
        return start
    while i - 1 > top and _lede(units[i - 1]):
        i -= 1
    return i


def _lede(unit: Unit) -> bool:
    """A sentence of the lede: prose that no shape claims (a gallery's caption printed twice is
    a sentence too)."""
    return sentence(unit) and "shape" not in unit.labels


_SLIDES = frozenset({"slide", "pager"})
_SLIDE_LINES = 3
"""Lines of a slide after its counter: a caption, its credit, a title."""


_ENDS = frozenset({"author-box", "thread", "end-mark", "after-credits"})
"""The shapes of the lines the run stops at (their weight is a wall), which no short
sentence after the run is taken back across."""

_RUNS = {
    "anchored": "run under the headline",
    "heaviest": "heaviest run of prose",
    "without markup": "heaviest run with the markup's hints unheard (second opinion)",
    "element": "text of the page's most article-like element (second opinion)",
    "metadata": "visible lines from the first to the last its metadata's text holds (second opinion)",
    "before the thread": "heaviest run over the comment thread's heading (second opinion)",
}


def _second_opinion(doc: Document, classes: list[str], how: str,
                    runs: dict[str, tuple[int, int]]) -> tuple[int, int, str]:
    """The run to keep, after weighing the other candidates where the page gives cause:
    its metadata states the article's text, or the run (``runs[how]``) is tiny or in a
    footer or thread. ``runs`` holds the heaviest run and the run under the headline."""
    units = doc.units
    run = runs[how]
    body = doc.meta.get("page", {}).get("body") if doc.html else None
    if not body and (how == "anchored" or candidates.prose(units, classes, run) >= candidates.TINY) \
            and not candidates.in_furniture(units, classes, run):
        return (*run, how)
    plain: list[str] | None = None
    if doc.html:
        plain = [classify(u, markup=False) for u in units]
        runs[candidates.UNHEARD] = best_run([weight(u, c) for u, c in zip(units, plain)])
        element = best_element(units, classes)
        if element is not None:
            runs["element"] = element
        if body:
            stated = candidates.stated(units, body)
            if stated is not None:
                under = runs.get("anchored")  # the text under the headline opens it (a pinned
                # update the metadata does not list)
                if under is not None and under[0] < stated[0] <= under[1] + _STATED_GAP:
                    stated = (under[0], max(stated[1], under[1]))
                runs["metadata"] = stated
    pick = candidates.choose(units, classes, runs, how, body, plain)
    if pick == candidates.UNHEARD and plain is not None \
            and candidates.mostly_hinted(units, plain, runs[pick]):
        # a class name over most of the run's prose is its container's, misleading ("sidebar-
        # content" around the article): its lines are read as they were found, the hint unheard
        # (later rules drop a marked line). A hint on fewer marks a box in the article.
        for unit in units[runs[pick][0] : runs[pick][1] + 1]:
            if "hinted" in unit.labels:
                del unit.labels["hinted"], unit.labels["marker"]
            unit.labels["class"] = classes[unit.index] = plain[unit.index]
    return (*runs[pick], pick)


def unhint_headline(units: list[Unit], headline: int) -> bool:
    """Unhears the hint on the headline's element: every line inside the element around the
    headline (its path holds the headline's own element last) that carries the headline's
    hinted marker is read as found. Whether the headline's was."""
    head = units[headline]
    path, marker = head.html.path[:-1] if head.html is not None else (), head.labels.get("marker")
    if not path:
        return False
    for unit in units:
        if "hinted" in unit.labels and unit.labels.get("marker") == marker and unit.html is not None \
                and unit.html.path[: len(path)] == path:
            del unit.labels["hinted"], unit.labels["marker"]
    return "hinted" not in head.labels


def _apart(units: list[Unit], classes: list[str], start: int, headline: int) -> bool:
    """Whether ``_MENU_GAP`` lines or more with words and no prose stand between the last
    paragraph of prose over the headline (from ``start``) and the headline."""
    gap = 0
    for unit, cls in zip(units[headline - 1 : start - 1 : -1], classes[headline - 1 : start - 1 : -1]):
        if cls in (GOOD, NEAR):
            break
        gap += bool(unit.words)
    return gap >= _MENU_GAP


_MENU_GAP = 4
"""Lines of menus, buttons and labels between a run of prose and the headline under it that
part the two (a dek, a kicker and a date line stand between a headline and its text; an
article's paragraphs are never parted by four lines of furniture over its headline)."""

_STATED_GAP = 10
"""Lines after the run under the headline within which the metadata's first line continues it."""
LEAD_BONUS = 6.0
"""What a run that starts under the headline and byline weighs beyond its lines: as much as
600 characters of prose, so a short article under its own headline outweighs a longer run
of teasers, comments or legal text elsewhere on the page."""
def _lead(units: list[Unit], classes: list[str], top: int | None, thread: int) -> int | None:
    """The first paragraph of good prose after the anchors and before the comment thread's
    heading (``thread``): the article's lead (an article comes before its comments)."""
    if top is None:
        return None
    for unit, cls in zip(units[top + 1 : thread], classes[top + 1 : thread]):
        if cls == GOOD and "shape" not in unit.labels:
            return unit.index
    return None


_LIST_REACH = 3
"""Lines between the anchors (headline, byline) and a list that is the article (a date, a
label between)."""
_LIST_MIN = 3
"""Items that make a list an article of its own: one or two are a box's links."""


_LIST_ITEM = 0.05
"""What an item of the list that is the article weighs, however short: a little, so that the
run under the headline takes the whole list (an item of prose keeps its weight)."""
_NO_TEXT = frozenset({"heading", "markup", "rule", "row"})
"""Lines between the anchors and a list under them that do not count as the lines between:
a heading, a converter's markup, a rule, a layout table's row."""


def _headline_list(units: list[Unit], weights: list[float], top: int) -> int | None:
    """Where no prose follows the anchors, a list right under them is the article (a
    changelog, a list of points; where prose follows, the list is a box or a summary): its
    items are content, however short, as a list after a colon line is. Labels them, sets
    their weight and returns the first one's index; else None."""
    seen = 0
    for unit in units[top + 1 :]:
        if "marker" in unit.labels or unit.kind in _NO_TEXT:
            continue  # furniture, and the list's own heading (a blog's name over a post's title)
        seen += 1
        if seen > _LIST_REACH or not shapes.in_list(units, unit):
            return None
        items = []
        for item in units[unit.index :]:
            if item.kind != "item" or item.para != unit.para or "marker" in item.labels:
                break
            items.append(item.index)
        if len(items) < _LIST_MIN:
            return None  # a box's links
        for i in items:
            units[i].labels["introduced"] = "headline"
            weights[i] = max(weights[i], _LIST_ITEM)
        return unit.index
    return None


_PHRASES_MIN = 5
"""Lines of phrases that make an article written a phrase to a line: fewer are a box's."""
_PHRASE_WORDS = 4
"""Words from which a line reads as a phrase of text: a menu's entry or a label has fewer."""


def _phrase(unit: Unit) -> bool:
    """A plain line of ``_PHRASE_WORDS`` words or more: no furniture, no shape, no link."""
    return unit.kind == "text" and unit.words >= _PHRASE_WORDS and "marker" not in unit.labels \
        and "shape" not in unit.labels and not link_dense(unit)


def _headline_phrases(units: list[Unit], classes: list[str], weights: list[float], top: int,
                      thread: int) -> int | None:
    """Where no good prose follows the anchors before the comment thread, lines of phrases
    right under them, the first ``_PHRASES_MIN`` of them no sentence (short, not near-good),
    that say more than all the prose over them are the article, written a phrase to a line
    (a travel blog's, a line or two under each picture: Chinese and Japanese blogs set their
    text so). Their weight is raised as a list's items are (``_headline_list``); returns the
    first one's index, else None."""
    seen = 0
    for unit in units[top + 1 : thread]:
        if "marker" in unit.labels or unit.kind in _NO_TEXT:
            continue
        seen += 1
        if seen > _LIST_REACH:
            return None
        if not _phrase(unit):
            continue
        lines: list[int] = []
        gap: list[int] = []  # a short line between phrases: a subhead's, a label's
        for line in units[unit.index : thread]:
            if weights[line.index] <= WALL:
                break
            if "marker" in line.labels or line.kind in _NO_TEXT:
                continue
            if not _phrase(line):
                if gap:
                    break
                gap.append(line.index)
                continue
            lines += gap
            lines.append(line.index)
            gap = []
        over = sum(u.size for u, cls in zip(units[:top], classes[:top]) if cls == GOOD)
        if len(lines) < _PHRASES_MIN or sum(units[i].size for i in lines) <= over \
                or any(classes[i] != SHORT for i in lines[:_PHRASES_MIN]):
            return None  # (an article of sentences none of which is long enough for good prose
            # opens with one: the heaviest run, an author box's end, find it)
        for i in lines:
            units[i].labels["introduced"] = "headline"
            weights[i] = max(weights[i], _LIST_ITEM)
        return unit.index
    return None


_DASHES = ("—", "–", "-", "‒", "―")


def _dated_lead(units: list[Unit], start: int, end: int) -> int:
    """The run's start moved to its lead where a paragraph opening with a dateline follows
    the run's first lines ("NEW YORK, Oct 14 (Meridian) - ..."): a wire story opens there,
    and the ``_OVER_LEAD`` lines at most over it are its picture's caption or its dek, in any
    credit's words ("Meridian/Luis Ortega", "(foto Andrea Butti / Lario Sport)"); up to
    ``_OVER_GALLERY`` lines when none of them is a paragraph of prose but a caption (a
    gallery's counter, buttons and captions, a story's highlights)."""
    worded = [u for u in units[start : end + 1] if u.words][: _OVER_GALLERY + 1]
    for k, unit in enumerate(worded[1:], 1):
        if any(_UPDATE_NOTE.match(over.text) for over in worded[:k]) \
                or (k > 1 and all(sentence(over) and over.words >= _LEAD_WORDS for over in worded[:k])):
            break  # ("UPDATE, 4:40 p.m.: ...": the story's update over its lead, the story's own;
            # two paragraphs over a dated one: a roundup's, whose next brief opens with its dateline)
        if unit.words >= _LEAD_WORDS and unit.text[:1].isupper() and "marker" not in unit.labels:
            found = parse_dateline(unit.text)
            if found is not None and len(found["raw"]) < len(unit.text) // 2:
                return unit.index
        if k >= _OVER_LEAD and any(_prose(over) for over in (worded[0], unit)):
            break  # (a gallery's lines over the lead hold no paragraph of prose but its captions;
            # nor do a story's highlights, a summary over its dated lead)
    return start


def _prose(unit: Unit) -> bool:
    """A paragraph of prose that is no photo's caption."""
    return unit.labels.get("class") == GOOD and not is_caption(unit.text)


_UPDATE_NOTE = re.compile(r"[^:]{0,25}\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*:\s")
"""A paragraph opening with a time stamp and a colon: an update set over the story."""
_OVER_LEAD = 2
"""Lines with words over a lead that opens with a dateline that are read as its caption or
dek (a picture's caption and its credit on two lines, or a dek)."""
_OVER_GALLERY = 8
"""Lines with words, none of them a paragraph of prose, over a lead that opens with a
dateline that are read as a gallery's (its counter, buttons, a caption printed twice)."""
_LEAD_WORDS = 8
"""Words of a paragraph that opens with a dateline for it to be the article's lead."""


def _lone_dateline(text: str) -> bool:
    """A line that is a whole dateline, "WASHINGTON —". Such a line ends with its dash (the
    other dateline forms need text after them), so other lines skip the dateline patterns."""
    if not text.endswith(_DASHES):
        return False
    lone = parse_dateline(text)
    return lone is not None and lone["raw"] == text


def _dateline_lead(unit: Unit) -> bool:
    """A paragraph that opens with a dateline ("BOSTON--(BUSINESS WIRE)--Acme Inc. today
    announced ..."): the article's lead, whatever the credit's capitals do to its share of
    function words. Only lines that open with capitals are parsed."""
    text = unit.text
    if "marker" in unit.labels or unit.words < 8 or not text[:2].isupper():
        return False
    found = parse_dateline(text)
    return found is not None and len(found["raw"]) < len(text) // 2

def span(doc: Document) -> tuple[int, int]:
    """The main run, or the whole document when `main-run` did not run."""
    return doc.meta.get("span", (0, len(doc.units) - 1))
