"""main-run: find the article's main run of prose, the way a reader's eye does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..chain import rule
from ..code import code_like
from ..document import Document, Unit
from ..stopwords import PARAGRAPH_SHARE
from . import anchors, candidates, shapes
from .dateline import parse as parse_dateline
from .patterns import is_bio, is_byline, is_caption, is_dateish, is_trailer

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
_SENTENCE_END = frozenset(".!?…\"”’')»:;。！？」")
_PROSE_END = frozenset(".!?…\"”。！？」")
"""Closing marks, one character each: a line's last character is looked up (a tuple given to
``endswith`` tries every mark in turn)."""
# Categories that sit between articles, not inside them: crossing one costs more.
_SEPARATORS = frozenset({"related", "comments", "footer", "copyright", "newsletter", "promo"})
_WALL = -1e6
_THREAD_HEAD = 40
"""Characters of a comment thread's heading ("Comments (12)", "Guest Book"), which the run
does not cross: longer comment markers are sentences about comments ("Comments are
moderated ...")."""
_LINKED = 0.5
"""Share of a line's text inside links from which an HTML line is navigation, not prose."""
_WORDLESS = -0.05


def link_dense(unit: Unit) -> bool:
    """On an HTML page, a line whose text is mostly inside links (False for text dumps)."""
    return unit.html is not None and unit.html.evidence.link_density >= _LINKED


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


def contentish(unit: Unit) -> bool:
    """Short lines that read as content (list items, code, quantities), not menu entries."""
    text = unit.text
    kind = unit.kind
    if kind == "row" or (text[-1:] in _SENTENCE_END and unit.words >= 3):
        return True
    first = text[:1]
    if (first.islower() and not _UNCASED_SMALL[0] <= first <= _UNCASED_SMALL[1]) or first.isdigit() \
            or "introduced" in unit.labels:
        return True
    if kind == "item" and unit.html is not None and not link_dense(unit):
        return True  # a page's menus are links; a list of plain items is the article's
    return _CODEISH.search(text) is not None


_INTRO_ENDS = frozenset(":：")
_ENDS = frozenset("0123456789:：")


def _introduced_lists(units: list[Unit], colon_end: list[int] | None = None) -> list[int]:
    """A list right after a line ending in a colon ("What you'll need:", "The changes:")
    continues that sentence: its items are content, however short. Labels them and returns
    their indices. ``colon_end``: the lines ending in a colon, when the caller has them."""
    if colon_end is None:
        colon_end = [u.index for u in units if u.text[-1:] in _INTRO_ENDS]
    labelled: list[int] = []
    for i in colon_end:
        unit = units[i]
        if unit.words < 2 or "marker" in unit.labels:
            continue
        for nxt in units[i + 1 :]:
            # (a list's lines as the next paragraph, or run on under a sentence of prose where
            # a dump sets no blank line between blocks: "It published the following points:";
            # a label's colon, "Share this article:", introduces no list run on under it)
            paras = (0, 1) if unit.words >= _INTRO_SENTENCE else (1,)
            same_list = nxt.kind == "item" or (nxt.para - unit.para in paras and nxt.kind == "text"
                                               and nxt.length < 120 and nxt.text[-1:] not in _INTRO_ENDS)
            if not same_list or "marker" in nxt.labels or nxt.length >= 200:
                break
            nxt.labels["introduced"] = "list"
            labelled.append(nxt.index)
    return labelled


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
    if marker == "comments" and unit.length < _THREAD_HEAD:
        return _WALL
    return -1.0 if marker in _SEPARATORS else -0.8


def _weigh(units: list[Unit]) -> tuple[list[str], list[float], shapes.Scan, set[int]]:
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
    about, about_max, about_openers = scan.about_at.append, shapes.ABOUT_MAX, shapes._ABOUT_OPENERS
    stamp, digit, colon, level1, prose = (scan.stamp_at.append, scan.digit_end.append, scan.colon_end.append,
                                          scan.level1.append, scan.prose_at.append)
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
            (colon if last in _INTRO_ENDS else digit)(i)
        elif last > "\x7f" and last.isdigit():
            digit(i)
        elif (last in stamp_last or (last in ago_last and text.endswith(ago_ends))) \
                and age_end(text, max(0, len(text) - 24)):
            stamp_end(i)
        if first == "A" and unit.length <= about_max and text.startswith(about_openers):
            about(i)
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


@rule("main-run", "Find the article's main run of prose (labels only).", needs=("markers",))
def main_run(doc: Document) -> None:
    """Classifies every line as good prose, near-good, short or bad (jusText's classes:
    length, function-word density, sentence punctuation, boilerplate markers), weighs them
    (prose counts by its length, short lines cost a little, markers more, a comments heading
    is a wall) and takes the run with the largest total as the article's main text. On an
    HTML page a line that is mostly link text is navigation, and the run grows to the
    element holding most of its prose. The run is stored as ``doc.meta["span"]``; later
    rules decide what lies before and after it."""
    classes, weights, scan, content = _weigh(doc.units)
    if not doc.units:
        doc.meta["span"] = (0, -1)
        return
    for i in _introduced_lists(doc.units, scan.colon_end):
        if classes[i] == SHORT:  # now content: it costs what a list item does
            weights[i] = short_weight(doc.units[i])
    found = anchors.find(doc, scan.level1)
    doc.meta["anchors"] = found
    _shapes(doc.units, scan, classes, weights, found.headline, content, doc.meta.get("related_heads", ()))
    for head in _thread_heads(doc.units):
        doc.units[head].labels["shape"] = "thread"
        weights[head] = _WALL
    box = _author_box(doc.units, found.byline if found.byline is not None
                      else _named_under(doc.units, found.headline), classes)
    if box is not None:
        doc.units[box].labels["shape"] = "author-box"
        weights[box] = _WALL
    marks = [u for u in doc.units if u.length <= 12 and _END_MARK.fullmatch(u.text)]
    if len(marks) == 1:  # (a release ends once; "###" again and again is empty headings' markup)
        marks[0].labels["shape"] = "end-mark"
        weights[marks[0].index] = _WALL
    for about in _issuer_abouts(doc.units, classes, scan.about_at):
        doc.units[about].labels["shape"] = "end-mark"
        weights[about] = _WALL
    start, end = heaviest = best_run(weights)
    how = "heaviest"
    runs = {"heaviest": heaviest}
    lead = _lead(doc.units, classes, found.top)
    listed = None  # the list that is the article, under the anchors: the run opens with it
    if found.top is not None and lead is None:
        lead = listed = _headline_list(doc.units, weights, found.top)
    if lead is not None and (listed is not None or not found.top < start <= lead):
        stop = _page_end(doc.units, lead, _own_byline(doc.units, found))
        first, last, anchored = run_from(weights[:stop], found.top + 1 if listed is None else listed, lead)
        runs["anchored"] = (first, last)
        if anchored + LEAD_BONUS >= sum(weights[start : end + 1]) or last < stop <= start:
            start, end = first, last
            how = "anchored"
    elif lead is not None:
        how = "anchored"
        stop = _next_story_at(doc.units, lead, _own_byline(doc.units, found))
        if stop is not None and end >= stop > start:  # (the heaviest run went on into it)
            start, end, _ = run_from(weights[:stop], start, start)
        runs["anchored"] = (start, end)
    start, end, how = _second_opinion(doc, classes, how, runs)
    doc.meta["run"] = how
    doc.meta.setdefault("notes", []).append(f"main-run: the {_RUNS[how]} won" + (
        f" (headline found by {found.how})" if how == "anchored" else ""))
    if doc.html:
        doc.meta["core"] = (start, end)
        start, end = _container(doc.units, start, end, classes, found.headline)
    # A short first or last sentence of the article costs a little in the sum, so Kadane
    # leaves it out; closing credits ("Reporting by ...") too. Take them back.
    units = doc.units
    while start > 0 and start - 1 > end - 200 and _sentence(units[start - 1]):
        start -= 1
    if start > 0 and (_lone_dateline(units[start - 1].text) or _dateline_lead(units[start - 1])):
        start -= 1  # "WASHINGTON —" on a line of its own, or a lead opening with one, opens the article
    for unit in units[end + 1 : end + 4]:
        if "marker" not in unit.labels and (is_trailer(unit.text) or _sentence(unit)):
            end = unit.index
        elif unit.text or "markup" not in unit.labels or "shape" in unit.labels:
            break  # (a picture's placeholder between says nothing, but the author's picture ends it)
    end = _table_after(units, end)
    doc.meta["span"] = (start, end)


_TABLE_ROWS = 3
"""Rows of figures that make a table (two are a line of scores, or a date and a count)."""
_TABLE_HEAD = 2
"""Lines between the article's last paragraph and its table (a heading, the table's header row)."""


def _figures(unit: Unit) -> int:
    """How many numbers a line holds."""
    return sum(1 for word in unit.tokens if word.isdigit())


def _table_after(units: list[Unit], end: int) -> int:
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
        elif _figure_row(unit):
            rows, last, gap = rows + 1, i, 0
        elif unit.words and unit.words <= 8 and unit.text[-1:] not in _PROSE_END and gap < _TABLE_HEAD:
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
    """A table's row of figures printed as a line: two figures or more, one closing it (a
    stamp opens a teaser; a date line is metadata)."""
    return _figures(unit) >= 2 and bool(unit.tokens[-1:]) and unit.tokens[-1].isdigit() \
        and unit.text.rstrip("%)")[-1:].isdigit() and not is_dateish(unit.text)


_FIELD = re.compile(r"[^\W\d_][\w.'’]*(?: [\w.'’]+){0,2}: \S")
"""A field of a match sheet or a fact box: a label of one to three words, a colon, a value."""
_FIELD_MAX = 400
"""Characters of such a field (a team's line-up runs long)."""
_ROW_MAX = 120
"""Characters of a table's row printed as a line."""


_NAMED_REACH = 3
"""Lines with words under the headline in which its author line (names and a date) stands."""


_COUNTED_HEAD = re.compile(r"[^\W\d_][^()\d]{2,40}\((\d{1,4})\)")
"""A heading with a count in brackets: "Messages of Sympathy (3)", "Reacties (12)"."""
_THREAD_HEADERS = 2
"""Stamped lines under a counted heading that make it a thread's: one is a date line."""
_THREAD_LEAD = 3
"""Lines with words under a counted heading within which its thread's first stamp stands."""


def _thread_heads(units: list[Unit]) -> list[int]:
    """Headings with a count, in any language, over a thread: the entries under them open
    with headers dated to the minute (names and stamps: "Joe Cullen, Drumlish 25/02/2026
    10:41"), the first within ``_THREAD_LEAD`` lines under the heading (its policy and the
    first commenter's name may come first). A comment thread by its shape, not its name."""
    heads = []
    for unit in units:
        if unit.length > 48 or unit.text[-1:] != ")" or (m := _COUNTED_HEAD.fullmatch(unit.text)) is None:
            continue
        count = int(m.group(1))
        reach = units[unit.index + 1 : unit.index + 1 + 3 * max(count, _THREAD_HEADERS)]
        stamped = [u for u in reach if u.labels.get("shape") == "stamped"]
        first = [u for u in reach if u.words][:_THREAD_LEAD]
        if len(stamped) >= min(count, _THREAD_HEADERS) and any(u in stamped for u in first):
            heads.append(unit.index)
    return heads


def _named_under(units: list[Unit], headline: int | None) -> int | None:
    """The author line under the headline that opens with names and holds a date, with no
    "By" ("Lena Kowalczyk and Dev Malhotra Mar 2, 2026 · Updated 3h ago"), which the
    anchors do not take for a byline (a teaser's name and date looks the same): where the
    author box under the text repeats a name of it, the names are the author's."""
    if headline is None:
        return None
    under = [u for u in units[headline + 1 : headline + 1 + 3 * _NAMED_REACH] if u.words][:_NAMED_REACH]
    return next((unit.index for unit in under if anchors.named_dated(unit)), None)


def _author_box(units: list[Unit], byline: int | None, classes: list[str]) -> int | None:
    """The line under the article's text that names its author again, alone (the author's
    box: a picture, the name, a bio, "More by ..."): the article has ended over it. The
    names are the author line's (``byline``); the text must have begun between the two
    (``_BOX_AFTER`` paragraphs of prose), so the author's name under the headline is not it,
    and the name stands alone once: a feed signs each of its updates."""
    if byline is None:
        return None
    from .authors import names  # (authors reads the data only when a page has an author line)

    wanted = {" ".join(name.split()).casefold() for name in names(units[byline].text)}
    if not wanted:
        return None
    longest = max(map(len, wanted)) + 4  # (a line longer than every name, spaces and all, is none)
    prose, found = 0, []
    for unit in units[byline + 1 :]:
        # (or the alt text of the author's picture: a text browser's line that markup took away)
        text = unit.raw.strip() if "markup" in unit.labels and not unit.text else unit.text
        if len(text) <= longest and len(text.split()) <= 5 \
                and _named(" ".join(text.split()).casefold(), wanted) \
                and not _pull_quote_credit(units, byline, unit.index):
            found.append((unit.index, prose))
        prose += classes[unit.index] == GOOD
    late = [(i, before) for i, before in found if before >= _BOX_AFTER]
    if not late or len({before for _, before in found}) >= _FEED_SIGNS:
        return None  # none, or names with prose between them again and again: a feed's updates
    return late[0][0]


def _named(text: str, wanted: set[str]) -> bool:
    """A line that is one of the author line's names, or the first two words or more of one
    (a word the names ran on into: "Νίκος Καραγιάννης Τρίτη", its date's weekday)."""
    return text in wanted or (" " in text and any(name.startswith(text + " ") for name in wanted))


def _pull_quote_credit(units: list[Unit], byline: int, index: int) -> bool:
    """A name under a line that repeats a sentence of the text (above it, or further down:
    a pull quote may announce a later paragraph): a pull quote and its author's credit, set
    in the article's middle, not the author's box under its end."""
    over = next((u for u in reversed(units[byline + 1 : index]) if u.words), None)
    if over is None or over.length < _PULLED_MIN:
        return False
    key = _words_key(over.text)  # (words, not characters: a pull quote adds its quote marks)
    return any(key in _words_key(u.text) for u in units[byline + 1 : index + _PULLED_REACH]
               if u.length > over.length)


def _words_key(text: str) -> str:
    """A line's words alone, in lower case, one space between."""
    return " ".join(_NON_WORDS.sub(" ", text).casefold().split())


_NON_WORDS = re.compile(r"[\W_]+")


_PULLED_REACH = 20
"""Lines after a pull quote's credit in which the paragraph it repeats may stand."""
_PULLED_MIN = 40
"""Characters from which a line repeated inside a paragraph is a sentence pulled out of it,
not a phrase that happens to recur."""
_FEED_SIGNS = 3
"""Times the author's name stands alone with prose between, from which the names sign a
feed's updates (a live blog's), not an author's box (which may print the name over its bio
and again under it)."""
_BOX_AFTER = 2
"""Paragraphs of prose between the author line and the author's name for the name to be the
author's box under the article (a caption or a dek with the name may come before the text)."""


def _page_end(units: list[Unit], after: int, byline: int | None = None) -> int:
    """The first copyright line or comment thread's heading after line ``after`` (or the
    number of lines): the page's end. The run under the headline stops there, and a heavier
    run beyond it is the page's footer (other stories, a blog roll) or its readers' comments,
    however much prose it holds. (A photo credit that opens with "©" is a caption, not an
    end; a thread's heading counts its comments, ``_COUNTED``, and is the page's only such
    line: a list of teasers counts each one's comments.)"""
    thread = [u.index for u in units[after + 1 :] if u.labels.get("marker") == "comments"
              and "listed" not in u.labels  # (a comment's own header: "Jory wrote on May 4, 2026")
              and u.length < _THREAD_HEAD and _COUNTED.search(u.text) and not _in_header(units, u.index)]
    end = thread[0] if len(thread) == 1 else len(units)
    nxt = _next_story_at(units, after, byline)
    end = min(end, nxt) if nxt is not None else end  # (the next story, printed whole under it)
    for unit in units[after + 1 : end]:
        if unit.labels.get("marker") == "copyright" and unit.length < 120 and not is_caption(unit.text):
            return unit.index
    return end


def _next_story_at(units: list[Unit], after: int, byline: int | None) -> int | None:
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


def _own_byline(units: list[Unit], found: anchors.Anchors) -> int | None:
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
    teaser's (one summary) nor the article's own. None otherwise."""
    if "listed" in line.labels or "in_item" in line.labels \
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
    return next((u.index for u in reversed(over) if anchors.head_shaped(u)), None)


def _in_header(units: list[Unit], index: int) -> bool:
    """Whether a line sits in an article's header: an author or a date line, no list's entry,
    within the ``_HEADER_REACH`` lines with words over it (a count of comments beside the
    byline links to the thread under the text; it does not open it)."""
    above = [u for u in units[max(0, index - 2 * _HEADER_REACH) : index] if u.words][-_HEADER_REACH:]
    return any(u.length <= 160 and "listed" not in u.labels and (is_dateish(u.text) or is_byline(u.text))
               for u in above)  # (a dated entry of a list of related stories is no header's)


_HEADER_REACH = 3
"""Lines with words over a count of comments within which an author or date line puts it in
an article's header."""
_COUNTED = re.compile(r"[^\W\d_].*\d|\d.*[^\W\d_]")
"""Words and a count in one line: a comment thread's heading ("Reader Comments (1)", "12
comments"), not a "Comments" link in a menu, nor a work's statistics ("Comments:" over
"1664"), nor a question's "Add a comment" over its answers."""


_RUNS = {
    "anchored": "run under the headline",
    "heaviest": "heaviest run of prose",
    "without markup": "heaviest run with the markup's hints unheard (second opinion)",
    "element": "text of the page's most article-like element (second opinion)",
    "metadata": "visible lines from the first to the last its metadata's text holds (second opinion)",
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
    if doc.html:
        plain = [weight(u, classify(u, markup=False)) for u in units]
        runs["without markup"] = best_run(plain)
        element = _best_element(units, classes)
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
    pick = candidates.choose(units, classes, runs, how, body)
    return (*runs[pick], pick)


_STATED_GAP = 10
"""Lines after the run under the headline within which the metadata's first line continues it."""
LEAD_BONUS = 6.0
"""What a run that starts under the headline and byline weighs beyond its lines: as much as
600 characters of prose, so a short article under its own headline outweighs a longer run
of teasers, comments or legal text elsewhere on the page."""
_REPEATED = -0.8
"""A line printed more than once, or stamped with a time among others, weighs like furniture."""
_LIVE_TIME = 0.05
"""What a live feed's entry time and heading weigh at least: a little, so the run opens with
the first entry's."""
_TEASER = 0.0
"""A teaser's summary weighs nothing: it is prose, but about another story."""
_AFTER_IMAGE = 0.0
"""A short line right under an image's placeholder in a text-browser dump (a teaser's
headline under its thumbnail, a photo's caption) weighs nothing: nine in ten are no
article text (full/'s lynx and w3m dumps)."""
_SLIDE = 0.0
"""A slideshow's lines, titles and captions alike, and a gallery's captions printed twice
(``shapes.doubled_runs``) weigh nothing: not the article's text, nor a gap in it (a slideshow
may sit between its paragraphs); `boilerplate` removes them."""


def _shapes(units: list[Unit], scan: shapes.Scan, classes: list[str], weights: list[float],
            headline: int | None, content: set[int] | None = None, related: Iterable[int] = ()) -> None:
    """Repeated lines and teaser summaries weigh what they are worth (labels say why).
    ``content``: the short lines that read as content (from ``_weigh``), when known;
    ``related``: the headings of related-story lists (from `markers`)."""
    pagers = shapes.pagers(units, scan.digit_end)
    for i in pagers:  # a gallery's evidence; a number weighs nothing (a chart)
        units[i].labels["shape"] = "pager"
    if pagers:  # (most pages have no counter: their good lines are not gathered)
        good = {i for i in scan.prose_at if classes[i] == GOOD}
        for i in shapes.counted_slides(units, sorted(pagers), good):
            units[i].labels["shape"] = "slide"
            weights[i] = _SLIDE  # captions between a gallery's counters: the article goes on after it
    gallery = shapes.doubled_runs(units, scan.copies)
    for i in gallery:
        units[i].labels["shape"] = "gallery"
        weights[i] = _SLIDE  # captions: not the article's text, nor a gap in it
    for i in sorted(scan.copies - gallery):
        unit = units[i]
        if unit.words < 2 or unit.labels.get("shape") == "slide":
            continue  # (a slide's credit repeats under every picture: it goes with its gallery)
        if content is not None and classes[i] == SHORT:  # contentish, as _weigh found it
            is_content = i in content or "introduced" in unit.labels
        else:
            is_content = contentish(unit)
        if not is_content and not (unit.html and unit.html.kind == "pre"):
            # one-word lines, code and figures repeat in articles too
            unit.labels["shape"] = "repeated"
            weights[i] = min(weights[i], _REPEATED)
    stamps = [False] * len(units)
    line_ends = sorted({*scan.stamp_end, *shapes.counted_ages(units), *shapes.dated_stamps(units)})
    ends = set(line_ends)
    for i in shapes.stamped(units, scan.stamp_at, line_ends):
        stamps[i] = True
        units[i].labels.setdefault("shape", "stamped")
        if classes[i] != GOOD or i in ends:  # a live blog's entry opens with its time and is
            weights[i] = min(weights[i], _REPEATED)  # text; a card closing with its age is none
    prose = [False] * len(units)
    for i in scan.prose_at:  # the good and near-good lines
        prose[i] = True
    found = shapes.teasers(units, prose, _furniture, _list_head, stamps, headline, scan.prose_at,
                           linked=link_dense)
    live = shapes.live_entries(units, [i for i, s in enumerate(stamps) if s], prose.__getitem__) \
        if any(stamps) else set()
    found -= live  # a live feed's entries under their times are the article's text
    for i in live:
        if stamps[i]:  # an entry's time: the feed's text, not a date line to take out
            units[i].labels["live"] = "a live feed's entry time"
        weights[i] = max(weights[i], _LIVE_TIME)  # (its time and heading: a little each)
    for i in found:
        units[i].labels.setdefault("shape", "teaser")
        weights[i] = min(weights[i], _TEASER)
    for i in shapes.after_images(units):
        if not weights[i] < _AFTER_IMAGE:
            units[i].labels.setdefault("shape", "after-image")
            weights[i] = _AFTER_IMAGE
    for i in _insets(units, classes, related):
        units[i].labels["shape"] = "inset"
        weights[i] = _SLIDE  # the article goes on after it
    for i in shapes.slides(units, prose, headline, scan.stamp_at):
        units[i].labels["shape"] = "slide"
        weights[i] = _SLIDE  # an article may go on after its slideshow


_INSET_MAX = 8
"""Entries of a list of related stories set inside an article (its heading, a few
headlines), between two of its paragraphs."""


def _insets(units: list[Unit], classes: list[str], heads: Iterable[int]) -> list[int]:
    """A "Related stories" box set between two paragraphs of the article: a related-list
    heading (one of ``heads``) and its listed headlines, with good prose on both sides. It
    weighs nothing, so the article's part after it is not cut off (`boilerplate` still
    removes the box)."""
    found: list[int] = []
    for i in heads:
        if i == 0 or classes[i - 1] not in (GOOD, NEAR):
            continue
        j = i + 1
        while j < len(units) and units[j].labels.get("listed") == "related" and j - i <= _INSET_MAX:
            j += 1
        if i + 1 < j < len(units) and j - i <= _INSET_MAX and classes[j] == GOOD \
                and "marker" not in units[j].labels and "shape" not in units[j].labels:
            found.extend(range(i, j))
    return found


def _list_head(unit: Unit) -> bool:
    """A heading over a list of other stories or comments: "More stories", "Comments"."""
    return unit.length <= 40 and unit.labels.get("marker") in _SEPARATORS


def _furniture(unit: Unit) -> bool:
    """A line of furniture around a teaser: marked, repeated, stamped, a link, a date."""
    if "marker" in unit.labels or unit.labels.get("shape") in ("repeated", "stamped") or link_dense(unit):
        return True
    return unit.length < 90 and unit.kind != "row" and is_dateish(unit.text)


def _lead(units: list[Unit], classes: list[str], top: int | None) -> int | None:
    """The first paragraph of good prose after the anchors: the article's lead."""
    if top is None:
        return None
    for unit, cls in zip(units[top + 1 :], classes[top + 1 :]):
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


def _element_scores(units: list[Unit], classes: list[str], nodes: set[int] | None = None,
                    plain: bool = False) -> tuple[dict[int, float], dict[int, int], dict[int, int]]:
    """Per element of the page (or of ``nodes``): the Readability-style score of what it
    holds (its prose counts for it, text inside links and marked furniture against it), and
    its first and last unit. With ``plain``, short lines that are no link count as prose
    does, as Readability counts every paragraph: an article written in short lines (a blog
    of one phrase a line, a poem) holds many, a page's header one long description."""
    score: dict[int, float] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for unit, cls in zip(units, classes):
        if unit.html is None:
            continue
        linked = unit.size * unit.html.evidence.link_density
        if "marker" in unit.labels or "shape" in unit.labels:
            value = -float(unit.size)
        elif cls in (GOOD, NEAR) or (plain and cls == SHORT and unit.kind in ("text", "item")):
            value = unit.size - linked
        else:
            value = -linked
        path = unit.html.path
        for level, node in enumerate(path):
            if nodes is None or node in nodes:
                share = 1.0
                if plain:  # Readability's decay: the parent gets it all, the grandparent half, ...
                    up = len(path) - 1 - level
                    share = 1.0 if up <= 1 else 0.5 if up == 2 else 1 / (3 * (up - 1))
                score[node] = score.get(node, 0.0) + value * share
                first.setdefault(node, unit.index)
                last[node] = unit.index
    return score, first, last


def _content(units: list[Unit], classes: list[str], first: int, last: int, plain: bool = False) -> list[int]:
    """Indices of an element's content: prose, list items, table rows, plain sentences. What
    lies past its last paragraph or list (an author box, a "read more" label, a disclaimer
    line) is not article, whatever element holds it. With ``plain``, short text lines too."""
    return [u.index for u in units[first : last + 1]
            if (classes[u.index] in (GOOD, NEAR) or u.kind in ("item", "row") or _sentence(u)
                or (u.html is not None and u.html.kind == "pre")
                or (plain and classes[u.index] == SHORT and u.kind == "text"))
            and "marker" not in u.labels and "shape" not in u.labels]


_SIBLING_SHARE = 0.2
"""Share of the best element's score a sibling element needs to join it (Readability's own
value): an article split in several boxes (page one and two of a document, the halves around
an advertisement) is joined, a sidebar of links is not."""


def _with_siblings(units: list[Unit], best: int, depth: int, score: dict[int, float],
                   first: dict[int, int], last: dict[int, int]) -> tuple[int, int]:
    """The unit range of element ``best`` (at ``depth`` in its units' paths) and of its
    siblings that score at least a share of it."""
    lo, hi = first[best], last[best]
    if depth == 0:
        return lo, hi
    parent = units[lo].html.path[depth - 1]
    siblings = {u.html.path[depth] for u in units
                if u.html is not None and len(u.html.path) > depth and u.html.path[depth - 1] == parent}
    bar = max(score[best] * _SIBLING_SHARE, 0.0)
    for node in siblings:
        if score[node] > bar:
            lo, hi = min(lo, first[node]), max(hi, last[node])
    return lo, hi


def _best_element(units: list[Unit], classes: list[str]) -> tuple[int, int] | None:
    """The content of the page's best-scoring element (the deepest of equals) and of its
    siblings of a like score: the article as the markup holds it, a candidate when the run
    looks wrong. Short lines count here (``plain``): the run looks wrong most often where the
    article's lines are too short to be prose by length."""
    score, first, last = _element_scores(units, classes, plain=True)
    if not score:
        return None
    depth = {n: units[first[n]].html.path.index(n) for n in score}
    best = max(score, key=lambda n: (score[n], depth[n]))
    lo, hi = _with_siblings(units, best, depth[best], score, first, last)
    content = _content(units, classes, lo, hi, plain=True)
    return (content[0], content[-1]) if content else None


def _container(units: list[Unit], start: int, end: int, classes: list[str],
               headline: int | None = None) -> tuple[int, int]:
    """On an HTML page, the run grows to the element that holds the article, chosen among
    the elements around the run's first paragraph the way Readability weighs containers:
    the prose inside counts for it, text inside links and marked furniture against it, so
    the article's element beats both the paragraph's own box and the page's wrapper (whose
    menus, teasers and footers cost more than its extra prose brings); its siblings of a
    like score join it. Its short paragraphs, subheads, steps and lists then count as
    article too; furniture inside it is still removed by `boilerplate`. An element with
    prose over the article's ``headline`` holds more than the article (a page laid out in
    one table: its ticker, its columns): the one inside it does."""
    lead = next((u for u, c in zip(units[start : end + 1], classes[start : end + 1])
                 if c in (GOOD, NEAR) and u.html is not None), None)
    if lead is None:
        return start, end
    score, first, last = _element_scores(units, classes)
    path = lead.html.path
    top = 0
    if headline is not None and headline < lead.index:
        while top + 1 < len(path) and any(
                classes[i] in (GOOD, NEAR) for i in range(first[path[top]], headline)):
            top += 1
    depth = top
    for level, node in enumerate(path[top:], top):  # outermost first: a deeper element wins a tie
        if score[node] >= score[path[depth]]:
            depth = level
    lo, hi = _with_siblings(units, path[depth], depth, score, first, last)
    bounds = _article_element(units, path, first, last)
    if bounds is not None:  # (the page says where its article ends: teasers after it are not it)
        lo, hi = max(lo, bounds[0]), min(hi, bounds[1])
    # The element may hold the article's end matter too: its growth stops at an author bio,
    # past which its prose is another text (teasers, the author's other stories).
    lo = max([lo, *(i + 1 for i in range(lo, start) if _wall(units[i]))])
    hi = min([hi, *(i - 1 for i in range(end + 1, hi + 1) if _wall(units[i]))])
    content = _content(units, classes, lo, hi)
    if not content:
        return start, end
    return min(start, content[0]), max(end, content[-1])


def _article_element(units: list[Unit], path: tuple[int, ...], first: dict[int, int],
                     last: dict[int, int]) -> tuple[int, int] | None:
    """The lines of the <article> element around the lead (``path``: the lead's elements): its
    outermost element whose every line is inside an <article>. None when the lead is in none,
    or the whole page is one (a page wrapped in <article> says nothing of where its text ends)."""
    found = None
    for node in path:
        lo, hi = first.get(node), last.get(node)
        if lo is None or hi is None:
            continue
        if all(u.html is None or "article" in u.html.evidence.ancestors for u in units[lo : hi + 1]):
            found = (lo, hi)
            break  # (outermost first: the first such element is the article's)
    if found is None or (found[0] == 0 and found[1] == len(units) - 1):
        return None
    return found


_END_MARK = re.compile(r"(?i)#{3}|-\s?30\s?-|[-–—]\s?ends?\s?[-–—]")
"""The mark a press release or a wire story ends with ("###", "-30-", "- ends -"), once on
its page: what follows it (the issuer's "About ...", its media contacts) is not the text."""


_ABOUT = re.compile(r"(?:About|ABOUT)\s+(?:the\s+|The\s+)?(?P<name>[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5})")
"""A press release's boilerplate heading: "About Tallgrass Thermal", "About the Kestle Trust"."""


def _issuer_abouts(units: list[Unit], classes: list[str], candidates: list[int]) -> list[int]:
    """The headings of an issuer's boilerplate ("About Acme": who the company is, then its
    forward-looking statements and media contacts), which end a press release's text: the
    name must be one the prose above it names (the issuer, named in the release), so a
    site's "About Us" in its menu is none of them. ``candidates``: the short lines opening
    with "About " (``Scan.about_at``)."""
    found: list[int] = []
    for i in candidates:
        m = _ABOUT.fullmatch(units[i].text.rstrip(":"))
        if m is None:
            continue
        name = m.group("name")
        if any(classes[u.index] == GOOD and name in u.text for u in units[:i]):
            found.append(i)
    return found


def _wall(unit: Unit) -> bool:
    """Where an article's end matter begins: an author bio or box, a comment thread's heading or a
    press release's end mark (the run stops at their lines as well: their weight is a wall).
    (A "Related" marker is no wall: a related link or a gallery's label often sits inside an
    article's element.)"""
    if unit.labels.get("shape") in ("end-mark", "author-box", "thread"):
        return True
    marker = unit.labels.get("marker")
    if marker is not None:  # (a heading, or one with a count: "Makali wrote:" may open a quoted letter)
        return marker == "comments" and unit.length < _THREAD_HEAD and (
            unit.kind == "heading" or _COUNTED.search(unit.text) is not None)
    return unit.length >= 30 and is_bio(unit.text)


_DASHES = ("—", "–", "-", "‒", "―")


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


def _sentence(unit: Unit) -> bool:
    """A short line that is plainly a sentence of prose."""
    text = unit.text.lstrip("“\"‘'")  # a short closing quotation counts: “...,” she said.
    return ("marker" not in unit.labels and unit.words >= 4 and unit.stop >= 0.25
            and unit.text[-1:] in _PROSE_END and text[:1].isupper())


def span(doc: Document) -> tuple[int, int]:
    """The main run, or the whole document when `main-run` did not run."""
    return doc.meta.get("span", (0, len(doc.units) - 1))
