"""Lines whose shape says what they are (repeated, twins, stamped, teasers, slides, insets, a
table of contents) weigh what they are worth, whatever their prose."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Unit
from . import shapes
from .contents import contents
from .line_weights import GOOD, NEAR, SEPARATORS, SHORT, contentish, link_dense
from .patterns import fields, is_dateish

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


def weigh_shapes(units: list[Unit], scan: shapes.Scan, classes: list[str], weights: list[float],
            headline: int | None, content: set[int] | None = None, related: Iterable[int] = ()) -> None:
    """Repeated lines and teaser summaries weigh what they are worth (labels say why).
    ``content``: the short lines that read as content (from ``weigh``), when known;
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
    toc, subheads = contents(units)
    twins = shapes.twins(units, scan.copies - gallery - toc - subheads)
    for i in twins:  # one item printed twice: it costs what its class does, once (a twin
        units[i].labels["shape"] = "twin"  # is no furniture repeated across the page)
        weights[i] = min(weights[i], _SLIDE)
    copied = set(twins.values())
    for i in sorted(scan.copies - gallery - twins.keys() - subheads):  # (a subhead is printed
        # again in its article's table of contents: no furniture)
        unit = units[i]
        if unit.words < 2 or unit.labels.get("shape") == "slide":
            continue  # (a slide's credit repeats under every picture: it goes with its gallery)
        if content is not None and classes[i] == SHORT:  # contentish, as weigh found it
            is_content = i in content or "introduced" in unit.labels
        else:
            is_content = contentish(unit)
        if not is_content and not (unit.html and unit.html.kind == "pre") and not _listing_button(unit):
            # one-word lines, code and figures repeat in articles too, and a listing's button
            # under each of its entries
            unit.labels["shape"] = "repeated"
            if i in copied:  # one item printed once more: it weighs as its class, and marks
                unit.labels["twinned"] = "its twin over it"  # no teaser as furniture
            else:
                weights[i] = min(weights[i], _REPEATED)
    prose = [False] * len(units)
    for i in scan.prose_at:  # the good and near-good lines
        prose[i] = True
    spoken, chapters = shapes.recording(units, prose, scan.timed_at)
    for i in chapters:
        units[i].labels["chapter"] = "a recording's chapter, in its notes"
    stamps = [False] * len(units)
    line_ends = sorted({*scan.stamp_end, *shapes.counted_ages(units), *shapes.dated_stamps(units),
                        *shapes.clock_closed(units, scan.digit_end)})
    ends = set(line_ends)
    for i in shapes.stamped(units, scan.stamp_at, line_ends):
        if i in chapters:
            continue  # an episode's chapters open with their times: its notes, no feed
        stamps[i] = True
        units[i].labels.setdefault("shape", "stamped")
        if classes[i] != GOOD or i in ends:  # a live blog's entry opens with its time and is
            weights[i] = min(weights[i], _REPEATED)  # text; a card closing with its age is none
    found = shapes.teasers(units, prose, _furniture, _list_head, stamps, headline, scan.prose_at,
                           linked=link_dense)
    live = shapes.live_entries(units, [i for i, s in enumerate(stamps) if s], prose.__getitem__) \
        if any(stamps) else set()
    found -= live  # a live feed's entries under their times are the article's text
    for i in live:
        # an entry's time: the feed's text, not a date line to take out; its heading, not a
        # pull quote of the entry's opening words
        units[i].labels["live"] = "a live feed's entry time" if stamps[i] else "a live feed's entry"
        weights[i] = max(weights[i], _LIVE_TIME)  # (its time and heading: a little each)
    for i in found:
        units[i].labels.setdefault("shape", "teaser")
        weights[i] = min(weights[i], _TEASER)
    for i in toc:  # (weighed as the links they are: what is over it may be a standfirst, an
        units[i].labels["shape"] = "contents"  # editor's note, apart from the text)
    for i in shapes.after_images(units):
        if not weights[i] < _AFTER_IMAGE:
            units[i].labels.setdefault("shape", "after-image")
            weights[i] = _AFTER_IMAGE
    for i in _insets(units, classes, related):
        units[i].labels["shape"] = "inset"
        weights[i] = _SLIDE  # the article goes on after it
    for i in spoken:
        units[i].labels["shape"] = "transcript"
        weights[i] = _SLIDE  # a recording's words, not the article's
    for i in shapes.uncased_speech(units, prose):
        units[i].labels["shape"] = "transcript"
        units[i].labels["uncased"] = "a speech recognizer's words"
        weights[i] = _SLIDE
    # (a ticker is weighed as the stamped lines it is: the run crosses it only to more text)
    for i in shapes.ticker(units, scan.prose_at, scan.timed_at):
        units[i].labels["ticker"] = "a box of latest updates"
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
    return unit.length <= 40 and unit.labels.get("marker") in SEPARATORS


def _furniture(unit: Unit) -> bool:
    """A line of furniture around a teaser: marked, repeated, stamped, a link, a date. A shop's
    button ("Buy at Shoplane", "Check price") is none: it sells what a buying guide's or a
    deals list's card describes, the article's own entry, and no list of other stories has one;
    nor is an advertisement's slot, set between an article's paragraphs as between teasers."""
    if _listing_button(unit) or fields(unit.text):
        # (a listing's own particulars: no mark a box of other stories sets by a teaser)
        return False
    if (marker := unit.labels.get("marker")) is not None:
        return marker != "advertisement"
    if unit.labels.get("shape") in ("repeated", "stamped") and "twinned" not in unit.labels \
            or link_dense(unit):
        return True
    return unit.length < 90 and unit.kind != "row" and is_dateish(unit.text)


def _listing_button(unit: Unit) -> bool:
    """A button that acts on a listing's entry ("Buy at Shoplane", "Add to calendar"): a
    buying guide's or an events list's own, under each product or event it describes."""
    return unit.length <= _BUTTON_LENGTH and _SHOP_BUTTON.match(unit.text) is not None


_SHOP_BUTTON = re.compile(
    r"(?i)(?:buy|shop|order|get it|see it|view)(?: now)? (?:at|on|from) \S"
    r"|(?:buy now|shop now|check price|see price|view deal|see deal|get (?:the )?deal)\b"
    r"|(?:add to (?:\w+ )?calendar|(?:get|buy|book) tickets|rsvp)\b")  # (an event's own: its listing's)

_BUTTON_LENGTH = 60
"""Longest line read as a shop's button: a verb, a shop's name, perhaps its price."""
