"""Shapes of a page that no single line shows: lines printed more than once, teaser lists.

A line's class (prose, short, furniture) is read from the line alone; some furniture is
only visible in the lines around it. A line that occurs twice in a dump is rarely article
text (a gallery caption printed twice, a teaser's label, "Continue reading"). A list of
teasers is a headline followed by a one- or two-sentence summary, again and again: each
summary reads as prose, so the list outweighs a short article unless the shape is seen.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from ..document import Unit
from .patterns import clock_dated, is_caption

_TEASER_PROSE = 320
"""The longest summary a teaser carries (one or two sentences); an article's paragraphs
between subheads are longer, or come several at a time."""
_TEASER_RUN = 3
"""Summaries in a row that make a list of teasers: two could be a subhead and its paragraph
twice; three with nothing longer between is a list."""
_TEASER_GAP = 4
"""Lines between one summary and the next headline (a date, a label, a count)."""


class Scan:
    """Facts about the lines that the scans here (and the anchors) need, gathered in one pass
    so that each scan visits only the few lines it can concern. ``Scan(units)`` is the plain
    pass; `main-run` fills the same lists from its own loop over the lines (``lines``), which
    costs a few look-ups a line where another pass would cost a loop; a test holds them equal."""

    __slots__ = ("stamp_at", "stamp_end", "digit_end", "colon_end", "level1", "copies", "prose_at",
                 "about_at", "timed_at")

    def __init__(self, units: list[Unit] | None = None, prose: list[bool] | None = None) -> None:
        self.stamp_at: list[int] = []
        """Lines that may open with a time or an age (see _STAMP)."""
        self.stamp_end: list[int] = []
        """Lines that may end with an age ("... 2h ago": a teaser's card run into one line)."""
        self.digit_end: list[int] = []
        """Lines ending in a digit: page numbers, slide counters."""
        self.colon_end: list[int] = []
        """Lines ending in a colon: what introduces a list."""
        self.level1: list[int] = []
        """Level-1 headings."""
        self.copies: set[int] = set()
        """Lines printed more than once (``repeated``), or twice in one line (``doubled``)."""
        self.prose_at: list[int] = []
        """Lines of prose (given ``prose``, a flag per line)."""
        self.about_at: list[int] = []
        """Short lines opening with "About " or "ABOUT " (a press release's issuer's heading)."""
        self.timed_at: list[int] = []
        """Lines opening with a figure, or a bracket and a figure: a clock time, an elapsed time."""
        if units is not None:
            for i, unit in enumerate(units):
                if not unit.words:
                    continue  # no letters: no stamp, counter, colon or heading to note
                self.line(i, unit.text)
                if unit.kind == "heading" and unit.level == 1:
                    self.level1.append(i)
            self.copies = repeated(units) | {i for i, unit in enumerate(units) if doubled(unit.text)}
            self.prose_at = [i for i, flag in enumerate(prose or ()) if flag]

    def line(self, i: int, text: str) -> None:
        """What a line's first and last characters say (main-run inlines this)."""
        first = text[:1]
        if first in _STAMP_FIRST and (first.isdigit() or text[:12].lower().startswith(_AGE_OPENERS)
                                      or " ago" in text[:24]):
            self.stamp_at.append(i)
        last = text[-1:]
        if last.isdigit():
            self.digit_end.append(i)
        elif last == ":" or last == "：":
            self.colon_end.append(i)
        elif (last in _STAMP_LAST or (last in _AGO_LAST and text.endswith(_AGO_ENDS))) \
                and _AGE_END.search(text, max(0, len(text) - 24)):
            self.stamp_end.append(i)
        if first in ABOUT_FIRSTS and len(text) <= ABOUT_MAX and text.startswith(ABOUT_OPENERS):
            self.about_at.append(i)
        if first.isdigit() or (first == "[" and text[1:2].isdigit()):
            self.timed_at.append(i)


_HEAD = 20
"""Characters of a line's opening that, printed again later in the line, make it doubled."""


def in_list(units: list[Unit], unit: Unit) -> bool:
    """One item of a list: an item line with another item next to it in its paragraph. Such a
    line is the list's, never a standfirst or an author line on its own ("Added Slime Block")."""
    if unit.kind != "item":
        return False
    i = unit.index
    return any(0 <= j < len(units) and units[j].kind == "item" and units[j].para == unit.para
               for j in (i - 1, i + 1))


def doubled(text: str) -> bool:
    """A line that prints its own opening again ("Star -- I Quit! (PHOTO) Star -- I Quit!"): a
    link's text and its image's alt text, joined by a text browser. It weighs as a repeat
    unless it reads as content: inside an article the same shape is an image's alt text and
    its caption."""
    if len(text) < 2 * _HEAD:
        return False
    at = text.find(text[:_HEAD], _HEAD)
    return at > 0 and text[at - 1] == " "


_GALLERY_RUN = 3
"""Doubled lines in a row that make a gallery: one is an image's alt text over its caption
inside an article (or a paragraph a page prints twice), two may be a figure and its text."""


def doubled_runs(units: list[Unit], copies: set[int]) -> set[int]:
    """Runs of ``_GALLERY_RUN`` or more doubled lines (only lines without words between): a
    gallery's captions, each printed with its image's alt text. Not a table's rows, whose
    cells may repeat."""
    found = [i for i in sorted(copies)
             if units[i].words and units[i].kind != "row" and doubled(units[i].text)]
    runs: set[int] = set()
    run: list[int] = []
    for i in found:
        if run and any(unit.words for unit in units[run[-1] + 1 : i]):
            if len(run) >= _GALLERY_RUN:
                runs.update(run)
            run = []
        run.append(i)
    if len(run) >= _GALLERY_RUN:
        runs.update(run)
    return runs


_TWIN_REACH = 2
"""Lines from a line to its copy within which the two are one item printed twice (an
image's alt text, or a link, over the heading it repeats; a badge between)."""


def twins(units: list[Unit], copies: set[int]) -> dict[int, int]:
    """The first of two copies of a line that a page prints only twice, ``_TWIN_REACH`` lines
    apart at most with no prose between, and its copy: a text browser printing a card's
    picture (its alt text) over the card's heading. Repetition across a page marks furniture
    (a teaser, a label); a line over its own copy marks only the converter."""
    at: dict[str, list[int]] = {}
    for i in copies:
        at.setdefault(units[i].text, []).append(i)
    found: dict[int, int] = {}
    for text, where in at.items():
        if len(where) != 2 or text.count(" ") > 20:
            continue
        first, second = sorted(where)
        if second - first <= _TWIN_REACH and units[second].kind != "row" \
                and not units[first].kind == units[second].kind == "item" \
                and all(unit.words <= _TWIN_BETWEEN for unit in units[first + 1 : second]):
            found[first] = second
    return found


_TWIN_BETWEEN = 4
"""Words of a line between a line and its twin (a badge: "Hot deal", "Lowest price")."""


_UNDER_IMAGE = 200
"""Characters of a line under an image's placeholder from which it is a paragraph, not a
caption or a teaser's headline (caption's ``_SHORT``)."""


def after_images(units: list[Unit]) -> list[int]:
    """Short lines right under a placeholder a text browser printed for an image or an
    image link ("[photo-1.jpg]", "[83]", "[image]"; a markup unit with a bracket)."""
    return [i for i in range(1, len(units))
            if units[i - 1].kind == "markup" and "[" in units[i - 1].raw
            and units[i].kind == "text" and units[i].words and units[i].size < _UNDER_IMAGE]


def repeated(units: list[Unit], texts: list[str] | None = None) -> set[int]:
    """Indices of units whose text occurs more than once (``texts``: their texts, when the
    caller has them), but for
    the first copy of a long line (a page may print its article twice, in a metadata copy
    or a print version: one copy is still the article)."""
    texts = [u.text for u in units] if texts is None else texts
    twice = {text for text, n in Counter(texts).items() if n > 1}  # copies print alike: compared as written
    if not twice:
        return set()
    found: set[int] = set()
    first_seen: set[str] = set()
    for i in [i for i, text in enumerate(texts) if text in twice]:
        unit = units[i]
        if not unit.words:
            continue
        if unit.length >= _TEASER_PROSE and unit.text not in first_seen:
            first_seen.add(unit.text)  # the first copy of a long line stays
            continue
        found.add(i)
    return found


_CLOCK_MARK = r"(?:[:.h]| h )"
"""What parts a clock time's hours from its minutes: "14:44", "9.30", "14h30", "16 h 10"."""
_STAMP = re.compile(
    rf"(?i)(?:\d{{1,2}}{_CLOCK_MARK}\d{{2}}(?:\s*[ap]\.?m\.?)?"
    r"|(?:\d{1,3}|an?|one)\s*(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?"
    r"|years?)\s+ago|\d{1,3}\s+\w+\s+fa|(?:vor|il y a|hace|há)\s+\S{1,6}\s+\w+)(?=\W|$)"
)
"""A clock time or an age ("14:44", "9.30 pm", "16 h 10" as French sets it, "5h ago", "vor 3
Stunden") opening a line."""
_STAMPED_RUN = 3
"""Stamped lines that make a feed: one time in an article is a fact, three are a list."""
_STAMP_REACH = 20
"""Lines within which those stamps fall (a feed prints one every few lines)."""


ABOUT_MAX = 60
"""Longest heading of an issuer's boilerplate ("About Tallgrass Thermal")."""
ABOUT_OPENERS = ("About ", "ABOUT ", "Sobre ", "Über ", "À propos de ", "A propos de ", "Acerca de ",
                  "Informazioni su ", "Over ", "Om ", "O ")
"""How an issuer's boilerplate heading opens, in the languages of its releases ("About Acme",
"Sobre Fundación Cauce", "Über die Stadtwerke", "À propos de ...", "Om Stiftelsen ...")."""
ABOUT_FIRSTS = frozenset(opener[0] for opener in ABOUT_OPENERS)
AGE_UNITS = r"min|mins|minutes?|h|hrs?|hours?|d|days?"
"""The units of an English age a teaser's card prints ("5 mins ago", "2h ago", "3 days ago")."""
_AGO = ("назад", "тому", "temu", "geleden", "sedan", "siden", "önce", "lalu", "trước")
"""What closes an age in languages that put it last ("2 дня назад", "3 dni temu", "2 uur geleden",
"3 saat önce", "2 jam lalu", "3 giờ trước"): English's "ago"."""
_AGE_END = re.compile(rf"(?i)(?:^|\s)(?:\d{{1,3}}\s*(?:{AGE_UNITS})\s+ago|yesterday)$"
                      rf"|^(?:\d{{1,3}}\s+)?[^\W\d_]+\s+(?:{'|'.join(_AGO)})$")
"""An age closing a line: a teaser's card (headline, summary, age) printed as one line; or a
line that is an age alone, its count first or none ("неделю назад": a week ago)."""
_STAMP_LAST = frozenset("oOyY")
"""The last letters of English's ages ("ago", "yesterday"): the pattern is tried on a line
that ends with one, or with one of ``_AGO`` (a C test: "n" and "e" end most English lines)."""
_AGO_ENDS = _AGO + tuple(w.capitalize() for w in _AGO)
_AGO_LAST = frozenset(w[-1] for w in _AGO)


def stamped(units: list[Unit], candidates: list[int] | None = None,
            ends: list[int] | None = None) -> set[int]:
    """Indices of lines that open with a time or an age, where several such lines come close
    together: the entries of a live feed, a news ticker or a comment thread. ``candidates``:
    the lines that may (``Scan.stamp_at``), when the caller has them."""
    match = _STAMP.match
    if candidates is None or ends is None:  # what the caller has not gathered
        scan = Scan(units)
        candidates = scan.stamp_at if candidates is None else candidates
        ends = scan.stamp_end if ends is None else ends
    found = [i for i in candidates if units[i].length <= 200 and match(units[i].text)
             and "introduced" not in units[i].labels]  # "How it unfolded:": the article's
    if ends:
        found = sorted({*found, *(i for i in ends if units[i].length <= 200)})
    near: set[int] = set()
    for a, b in zip(found, found[_STAMPED_RUN - 1 :]):
        if b - a <= _STAMP_REACH:
            near.update(i for i in found if a <= i <= b)
    return near


_CLOCK_ALONE = re.compile(
    rf"(?i)(\d{{1,2}}){_CLOCK_MARK}(\d{{2}})(?:\s*(?:uhr|h|hrs|(?P<half>[ap])\.?m\.?|horas?|godz\.?|óra|시|น\.))?"
    r"\s*(?:[A-Z]{2,4}T?)?")
"""A line that is a clock time and nothing else ("21:47 Uhr", "9.15 a.m.", "14h30", "16:05 ET"):
what a live feed prints over each entry; a teaser's or a comment's stamp comes with words."""


_CLOCK_SIGNED = re.compile(
    rf"(?i:(\d{{1,2}}){_CLOCK_MARK}(\d{{2}})(?:\s*(?P<half>[ap])\.?m\.?)?)\s*(?:[·|•–—-]\s*)?(?:[Bb]y\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")
"""A live entry's time and its author ("4:55 p.m. Samir Haddad", "10:42 · By Jane Doe"): a feed
written by several hands signs each entry."""
_SIGNED_CLOCK = 50
"""Longest such line."""


def _entry_time(unit: Unit) -> re.Match[str] | None:
    """A live entry's time line: a clock time alone, or with the entry's author."""
    if unit.length <= 20 and (m := _CLOCK_ALONE.fullmatch(unit.text)) is not None:
        return m
    return _CLOCK_SIGNED.fullmatch(unit.text) if unit.length <= _SIGNED_CLOCK else None


def live_entries(units: list[Unit], stamps: Iterable[int], prose: Callable[[int], bool]) -> set[int]:
    """The entries of a live feed under the article's headline: ``_STAMPED_RUN`` or more lines
    that are a clock time alone, each right over a paragraph of prose (``prose``) or over the
    entry's heading and its paragraph, the times
    running one way (a ticker counts down from its newest entry, or up). The paragraphs and
    what follows each up to the next time are the article's text, not teaser summaries under
    their stamps; so are the times (returned with them)."""
    clocks: list[tuple[int, int]] = []  # (line, minutes)
    for i in stamps:
        unit = units[i]
        m = _entry_time(unit)
        if m is not None and i + 1 < len(units) and (prose(i + 1) or _entry_heading(units, i + 1, prose)):
            half = m.group("half")  # "a" or "p" of a twelve-hour clock, else a 24-hour one
            hour = int(m.group(1)) % 12 + 12 * (half.lower() == "p") if half else int(m.group(1))
            clocks.append((i, hour * 60 + int(m.group(2))))
    if len(clocks) < _STAMPED_RUN:
        return set()
    steps = [b[1] - a[1] for a, b in zip(clocks, clocks[1:])]
    if not (all(s <= 0 for s in steps) or all(s >= 0 for s in steps)):
        return set()  # times in no order: stamps of a list, not one feed's
    # each entry's time too, the feed prints it as its text (a time signed by its author is
    # the entry's header, as a byline is: no text)
    entries = {line for line, _ in clocks if _CLOCK_ALONE.fullmatch(units[line].text)}
    last = clocks[-1][0]
    ends = [line for line, _ in clocks[1:]] + [last + 2 if prose(last + 1) else last + 3]
    for (line, _), end in zip(clocks, ends):
        entries.update(j for j in range(line + 1, end) if prose(j) or _entry_heading(units, j, prose))
    return entries


_ENTRY_HEADING = 120
"""Longest line read as a live entry's heading between its time and its text."""


def _entry_heading(units: list[Unit], i: int, prose: Callable[[int], bool]) -> bool:
    """A live entry's heading: a short line with no sentence's end and no marker, right over
    a paragraph of prose ("16:42" / "River levels start to fall at Lungoci" / the text)."""
    unit = units[i]
    return (unit.length <= _ENTRY_HEADING and unit.text[-1:] not in ".:;" and "marker" not in unit.labels
            and i + 1 < len(units) and prose(i + 1))


_COUNTED_TAIL = re.compile(
    r"(?:^|\s)(\d{1,3})(?:\s+|(?=[\u3040-\u30ff\u4e00-\u9fff]))([^\W\d_]\S*(?:\s+[^\W\d_]\S*){0,2})$")
"""A line closing with a count and one to three words: "Il y a 3 heures", "saa 2
zilizopita", "Lou 45 minutes", "3時間前" (Japanese and Chinese write no space after it)."""
_A_DIGIT = re.compile(r"\d")
_COUNTED_LINE = 60
"""Longest line such an age closes (a commenter's name and the age; a card's age alone)."""


_CLOCK_CLOSE = re.compile(r"(?:^|[\s)])\d{1,2}:\d{2}$")
"""A clock time closing a line, after a space or a date's bracket ("... ロイター 3/9(木) 15:47")."""
_CLOCKED_WORDS = 3
"""Fewest words before that time: a card's headline, not a timetable's entry ("Dep. 18:05")."""


def clock_closed(units: list[Unit], candidates: list[int]) -> list[int]:
    """Lines of words that close with a clock time: a feed's or a portal's cards, each a
    headline, its source and when it was posted, run into one line. An article's sentence
    closes with its stop, not a time. ``candidates``: the lines ending in a digit."""
    search = _CLOCK_CLOSE.search
    return [i for i in candidates
            if units[i].kind != "row" and search(units[i].text, max(0, len(units[i].text) - 12))
            and units[i].words - sum(map(str.isdigit, units[i].tokens)) >= _CLOCKED_WORDS]


def dated_stamps(units: list[Unit]) -> list[int]:
    """Short lines that hold a year and a clock time, three times or more, none next to
    another: the headers of a thread's comments ("jirka_bk 14. 3. 2024 17:02 odpovědět",
    "Jane Doe March 3, 2025 at 9:14 am Reply") or a feed's cards, dated to the minute, each
    over an item with its own text. (An article prints such a stamp once, by its byline;
    lines of it next to each other are a table's or a schedule's.)"""
    lines = [i for i, unit in enumerate(units) if clock_header(unit)]
    return lines if _apart(lines) else []


def clock_header(unit: Unit) -> bool:
    """A short line that holds a year and a clock time, no table's row: a comment's or a
    card's header dated to the minute ("Jane Doe March 3, 2025 at 9:14 am Reply")."""
    return unit.length <= _COUNTED_LINE and ":" in unit.text and unit.kind != "row" \
        and clock_dated(unit.text)  # (the colon first: most lines lack one)


def _apart(lines: list[int]) -> bool:
    """``_STAMPED_RUN`` lines or more, none next to another: one to each item of a thread or
    a feed (lines of one shape side by side are a table's column or a list)."""
    return len(lines) >= _STAMPED_RUN and all(b - a > 1 for a, b in zip(lines, lines[1:]))


def counted_ages(units: list[Unit]) -> list[int]:
    """Short lines that close with a count and the same words, three times or more, none
    next to another: an age in a language whose words for it no list here holds ("il y a 3
    heures", "saa 2 zilizopita", "2 மணி நேரத்துக்கு முன்னர்"), one to each comment or teaser.
    The words repeat and the count changes: that is the age's shape in any language (one
    count throughout is a label's: a gallery's "3 / 10 Expand"). Lines of one shape next to
    each other are a table's column or a list ("12 mm", "9 mm"), not stamps, each of which
    belongs to an item with its own text."""
    by_words: dict[str, list[int]] = {}
    counts: dict[str, set[str]] = {}
    search, digit = _COUNTED_TAIL.search, _A_DIGIT.search  # (most short lines hold no digit: a
    for i, unit in enumerate(units):                      # scan for one is cheaper than the pattern)
        if unit.length <= _COUNTED_LINE and unit.words and unit.kind != "row" and digit(unit.text) \
                and (m := search(unit.text)):
            words = m.group(2).lower()
            by_words.setdefault(words, []).append(i)
            counts.setdefault(words, set()).add(m.group(1))
    found: list[int] = []
    for words, lines in by_words.items():
        if _apart(lines) and len(counts[words]) > 1:
            found.extend(lines)
    return sorted(found)


_STAMP_FIRST = frozenset("0123456789aAoOvViIlhH")
_AGE_OPENERS = ("vor ", "il y a", "hace ", "há ")
"""How an age opens in the languages _STAMP reads ("vor 3 Stunden", "hace una hora"); English
ages end in " ago", "2 ore fa" opens with a digit."""
"""The characters a _STAMP match opens with: most lines are passed over on their first."""


def _headline_like(unit: Unit) -> bool:
    """A line that reads as another story's headline: a few words, no closing full stop."""
    text = unit.text
    return (3 <= unit.words <= 25 and 15 <= unit.length <= 160 and text[-1:] not in ".:;,"
            and unit.kind != "row")


def teasers(units: list[Unit], prose: list[bool], furniture: Callable[[Unit], bool],
            head: Callable[[Unit], bool], stamps: list[bool], headline: int | None = None,
            prose_at: list[int] | None = None, linked: Callable[[Unit], bool] | None = None) -> set[int]:
    """Indices of teaser summaries: short prose lines each right under a headline-like line,
    at least three in a row with nothing longer between them, in a list that shows it is
    furniture: most of its items carry a mark of it among their own lines (``furniture``: the
    headline a link, a date, a label repeated from item to item), or a heading such as "More
    stories" opens it (``head``).
    Without such evidence the shape is also a listicle's: a subhead and its paragraph,
    again and again. The paragraph under the article's own ``headline`` is its lead.
    ``prose_at``: the indices of the prose lines, when the caller has them; ``linked``: whether
    a page's line is mostly link text (a teaser's headline links to its story: on a page, a
    subhead that is no link heads the article's own text)."""
    candidates: list[int] = []
    tails: set[int] = set()  # candidates followed by prose: a run's last, kept only when headed
    any_stamps = any(stamps)
    lines = [i for i, flag in enumerate(prose) if flag] if prose_at is None else prose_at
    # a question reads as prose ("Alcohol use disorder: a step toward better treatment?"),
    # but as a teaser's headline it heads a summary: it is no summary, nor prose between two
    heads = {i for i in lines if units[i].text[-1:] == "?" and _headline_like(units[i])}
    for i in lines:
        unit = units[i]
        if i == 0 or i - 1 == headline or (prose[i - 1] and i - 1 not in heads) or i in heads:
            continue
        opened = any_stamps and any(stamps[j] for j in range(max(0, i - 3), i))  # "14:10" / "Topic." / prose
        if not (opened or _headline_like(units[i - 1])):
            continue
        over = units[i - 1].labels
        if not opened and ("introduced" in over
                           or (over.get("marker") in _SET_IN_TEXT and _FROM_BOX.isdisjoint(over))):
            continue  # the last item of a list a sentence introduced, or a link or a slot set in
            # the text on its own ("Read also: ...", "Advertisement"): no teaser's headline (a
            # box's entry is: its list's heading or the page's markup marked it)
        if linked is not None and units[i - 1].html is not None \
                and not any(linked(units[j]) for j in range(max(0, i - _TEASER_GAP), i)):
            continue  # no link over it (its headline, a date or a label between): a subhead's text
        if unit.length > _TEASER_PROSE and not opened \
                and not (i + 1 < len(units) and units[i + 1].labels.get("marker") == "related"):
            continue  # a teaser's summary is short; one a "Read more" closes, or a comment
            # under its time stamp, need not be
        if i + 1 < len(units) and prose[i + 1] and i + 1 not in heads:
            # a subhead's paragraph followed by more paragraphs: article text, unless it
            # closes a run of teasers under a related heading (a box between paragraphs)
            if candidates and i - candidates[-1] <= _TEASER_GAP + 2:
                tails.add(i)
                candidates.append(i)
            continue
        if not opened and (is_caption(units[i - 1].text) or units[i - 1].labels.get("shape") == "slide"):
            continue  # a photo's caption with its credit heads no summary (a photo essay's), nor
            # does a gallery's slide (its caption, or the credit every picture repeats)
        candidates.append(i)
    runs: list[list[int]] = []
    for i in candidates:
        if runs and i - runs[-1][-1] <= _TEASER_GAP + 2 \
                and not any(prose[j] and j not in heads or _opens_thread(units[j])
                            for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    found: set[int] = set()
    for run in runs:
        heads_over = [j for j in range(max(0, run[0] - 4), run[0] - 1) if head(units[j])]
        headed = bool(heads_over)
        # the box's heading: the nearest over it that is no list's entry (a notice or an ad's
        # label may stand over "Most Read"; a list's links under its heading are its entries)
        nearest = next((j for j in reversed(heads_over) if "listed" not in units[j].labels),
                       heads_over[0]) if headed else 0
        if not headed or any(units[j].words for j in range(nearest + 1, run[0] - 1)):
            run = [i for i in run if i not in tails]  # (a box's last teaser: its heading right over
            # its first headline; a list of links under the heading, then text, is no such box)
        if len(run) < _TEASER_RUN or _numbered(units, run):
            continue
        # an item's lines end at the next line of prose (furniture under an article's
        # paragraph after the list, "Topics: ...", marks none of its items)
        marked = 0
        for i in run:
            hi = min(len(units), i + 1 + _TEASER_GAP)
            hi = next((j for j in range(i + 1, hi) if prose[j]), hi)
            marked += any(furniture(units[j]) for j in range(max(0, i - 3), hi) if j != i and not prose[j])
        asked = sum(units[i - 1].text[-1:] in _QUESTION_MARKS for i in run)
        if not headed and asked * _ASKED[1] >= _ASKED[0] * len(run):
            continue  # questions over answers: an interview's, with an ad or a link between
        if headed or 2 * marked >= len(run):
            found.update(run)
    return found


_SET_IN_TEXT = frozenset({"related", "advertisement"})
"""Markers of the lines a page sets between an article's paragraphs: a link to another story,
an advertisement's slot."""
_FROM_BOX = frozenset({"listed", "hinted"})
"""Labels of a line marked for the box it stands in (its list's heading, the page's markup),
not by its own words."""


_QUESTION_MARKS = frozenset("?？;؟")
"""A question's end in the scripts that mark one ("?", the full-width "？", Greek ";", Arabic "؟")."""
_ASKED = (2, 3)
"""Share of a run's lines over its paragraphs that are questions (two in three) that makes it
an interview's questions and answers, not teasers (a list's heading over it says otherwise)."""


def _opens_thread(unit: Unit) -> bool:
    """A comment thread's heading ("Reader Comments (10)"): the comments' headers and texts
    under it are no list of teasers the paragraph over it belongs to."""
    return unit.labels.get("marker") == "comments" and "listed" not in unit.labels


_NUMBERED = re.compile(r"(\d{1,2})[.)]\s")


def _numbered(units: list[Unit], run: list[int]) -> bool:
    """Whether the headlines over a run of summaries are numbered one after another ("3.
    Don't use the rack", "4. Rooms are priced ..."): a listicle's subheads over its points,
    which a box of links set among them ("Read more") must not make teasers."""
    numbers = [int(m.group(1)) if (m := _NUMBERED.match(units[i - 1].text)) else -1 for i in run]
    return numbers[0] >= 0 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


_OF = r"(?:/|of|de|von|di|sur|van|av|af|z|из)"
"""The word between a slide's number and the count in the languages of the corpora and more:
"3 of 14", "3 de 14", "3 von 14", "3 di 14", "3 sur 14", "3 van 14", "3 av 14", "3 из 14"."""
_COUNTER = re.compile(
    rf"(?i)^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine)s?\s*)?\d{{1,3}}\s*{_OF}\s*\d{{1,3}}$"
)
"""A gallery's slide counter: "3 of 14", "Image 3 of 14", "3 / 14", "Foto 3 de 14"."""


_COUNTED = re.compile(rf"(\d{{1,3}})\s*{_OF}\s*(\d{{1,3}})$")
_COUNTED_SLIDES = 3
"""Counters of one gallery in a row ("3 of 6", "4 of 6", "5 of 6") from which the lines
between them are its slides."""


def _told_between(units: list[Unit], lines: list[int], counters: list[int],
                  prose: Callable[[int], bool], alt: bool = False) -> set[int]:
    """The article's paragraphs among ``lines`` of a counted gallery (with words, none a
    counter): when most slides hold prose after their own text, that prose (a photo essay:
    each counted picture's caption, then a paragraph of the story; a slideshow's slide holds
    one text, and its credit and buttons). A slide's own text is its first line that is no
    bare credit ("Photo: Jane Doe"), and with ``alt`` the prose under it too when that line
    reads as the picture's alt text, a few words over the caption and no more prose under.
    Else none."""
    slides: list[list[int]] = [[] for _ in counters]
    for i in lines:
        slides[max(0, bisect_right(counters, i) - 1)].append(i)
    told: set[int] = set()
    for slide in slides:
        own = next((k for k, i in enumerate(slide) if not _bare_credit(units[i])), len(slide))
        rest = slide[own + 2 :]
        if alt and rest and _alt_text(units[slide[own]]) and prose(slide[own + 1]) \
                and not any(map(prose, rest)):
            own += 1  # a text browser prints the picture's alt text over its caption, and its
            # credit under ("Marisol as a small grey dot" / "Marisol appears as ..." / "NASA")
        told.update(i for i in slide[own + 1 :] if prose(i))
    if 2 * sum(1 for slide in slides if told.intersection(slide)) < len(counters):
        return set()
    return told


_CREDIT_WORDS = 6
"""Most words of a photo's credit alone on its line ("Photo: Jane Doe/Harbour Gazette")."""


def _bare_credit(unit: Unit) -> bool:
    return unit.words <= _CREDIT_WORDS and is_caption(unit.text)


_ALT_WORDS = 12
"""Most words of a picture's alt text as a text browser prints it over the caption."""


def _alt_text(unit: Unit) -> bool:
    """A few words that end no sentence: what describes a picture, not what tells a story."""
    return unit.words <= _ALT_WORDS and unit.text[-1:] not in ".!?…。"


def counted_slides(units: list[Unit], counters: Iterable[int], prose: set[int]) -> list[int]:
    """The lines of a gallery whose slides a counter opens ("1 of 6" / caption / credit /
    "Buy Now" / "2 of 6" ...): the lines with words between ``_COUNTED_SLIDES`` or more
    counters of one total numbering one after another, and after the last (the total's own),
    as many as the slides before it hold, but for a photo essay's paragraphs between them
    (``_told_between``). None when the slides hold as much prose as the rest of the page
    (``prose``: the good lines): a slideshow whose slides are the article."""
    found: list[int] = []
    run: list[tuple[int, int, int]] = []  # (line, number, total)
    counted: set[int] = set()  # the counters' lines

    def close() -> None:
        if len(run) < _COUNTED_SLIDES:
            return
        lines = [i for i in range(run[0][0] + 1, run[-1][0]) if units[i].words and i not in counted]
        slots = len(lines) // (len(run) - 1)
        if run[-1][1] == run[-1][2]:  # the last slide follows the last counter
            tail = [u.index for u in units[run[-1][0] + 1 :] if u.words][:slots]
            lines += tail
        # (a photo essay's paragraphs between its pictures are the article's, not the slides';
        # a slideshow that is the article has its text under each slide's title, which reads
        # as a picture's alt text over its caption: the gallery inside an article has not)
        total = sum(units[i].size for i in prose)
        counters = [line for line, _, _ in run]

        def prosy(i: int) -> bool:
            return i in prose or units[i].labels.get("class") == "near"

        for alt in (True, False):
            told = _told_between(units, lines, counters, prosy, alt)
            own = [i for i in lines if i not in told]
            inside = sum(units[i].size for i in own if i in prose)
            if inside < total - inside:
                found.extend(own)
                return

    for i in counters:
        m = _COUNTED.search(units[i].text)
        if m is None:
            continue
        counted.add(i)
        number, total = int(m.group(1)), int(m.group(2))
        if run and not (total == run[-1][2] and number == run[-1][1] + 1):
            close()
            run = []
        run.append((i, number, total))
    close()
    return found


_PAGES = 3
"""Lines numbering 1, 2, 3 in a row: page links (a list's items carry text besides their number)."""
_PAGE_STEP = 2
"""Lines from one page number to the next: adjacent, or with one line between (a gallery's
page links each under its thumbnail's placeholder)."""


def pagers(units: list[Unit], candidates: list[int] | None = None) -> set[int]:
    """Indices of slide counters ("3 of 14") and of runs of lines numbering 1, 2, 3, ... (a
    gallery's or a list's page links): furniture that says a gallery or pages are near.
    ``candidates``: the lines ending in a digit (``Scan.digit_end``), when the caller has them."""
    if candidates is None:
        candidates = Scan(units).digit_end
    found: set[int] = set()
    run: list[int] = []
    counted: list[int] = []
    last = -2
    for i in candidates:  # most lines end otherwise
        text = units[i].text
        number = text.isdigit() and len(text) <= 3
        if run and not (number and i - last <= _PAGE_STEP and int(text) == int(units[run[-1]].text) + 1):
            if len(run) >= _PAGES:
                found.update(run)
            run = []
        if number:
            if run or text == "1":
                run.append(i)
        elif (len(text) <= 24 and _COUNTER.match(text)) or (text[:2] == "1 " and numbered_line(text)):
            found.add(i)
            counted.append(i)
        last = i
    if len(run) >= _PAGES:
        found.update(run)
    return found - _scores(units, counted)


def _scores(units: list[Unit], counted: list[int]) -> set[int]:
    """Of the counters found, those that are scores: ``_SCORES`` or more out of one count
    whose numbers go down as well as up ("8 /10", "6 /10", "7 /10": a ratings list's), where
    a gallery's counters only go up (1, 2, 3, ... of their count, a few perhaps left out, or
    again from 1: the gallery printed twice)."""
    by_count: dict[str, list[tuple[int, int]]] = {}
    for i in counted:
        numbers = _NUMBERS.findall(units[i].text)
        if len(numbers) == 2:
            by_count.setdefault(numbers[1], []).append((i, int(numbers[0])))
    found: set[int] = set()
    for entries in by_count.values():
        values = [n for _, n in entries]
        if len(values) >= _SCORES and any(b < a and b != 1 for a, b in zip(values, values[1:])):
            found.update(i for i, _ in entries)
    return found


_NUMBERS = re.compile(r"\d{1,3}")
_SCORES = 3
"""Counters out of one count that make a list of scores: two could be a gallery's first and a
later slide."""


def numbered_line(text: str) -> bool:
    """A line that counts 1, 2, 3, ... and says nothing else: a pager's links, or a code
    block's line numbers (a column of its own, which converters print as one line)."""
    numbers = text.split()
    return len(numbers) >= _PAGES and all(n == str(k) for k, n in enumerate(numbers, 1))


_SLIDE = re.compile(rf"(\d{{1,3}}) ?{_OF} ?(\d{{1,3}})(?=\s+\S)")
"""A slide's counter opening its title: "3/50 Star Wars boosts economy", "3 of 12 The ...",
"3 di 8 Le bancarelle ..."."""


def slides(units: list[Unit], prose: list[bool], headline: int | None = None,
           candidates: list[int] | None = None) -> set[int]:
    """Indices of a slideshow's lines: titles numbered 1/N, 2/N, 3/N ... (the same N, the
    count rising by one, at least ``_PAGES`` of them) and the captions between them. Each
    caption reads as prose, and fifty of them outweigh the article they follow. A slideshow
    right under the ``headline`` with no prose before it is the article itself: not returned.
    ``candidates``: the lines that may open with a digit (``Scan.stamp_at``)."""
    if candidates is None:
        candidates = Scan(units).stamp_at
    runs: list[list[int]] = []
    last: tuple[int, int] | None = None
    for i in candidates:
        match = _SLIDE.match(units[i].text)
        if match is None or units[i].length > 200:
            continue
        k, n = int(match[1]), int(match[2])
        if last is not None and runs and n == last[1] and k == last[0] + 1:
            runs[-1].append(i)
        elif k <= 1 <= n:
            runs.append([i])
        else:
            continue
        # the next slides' counters inside the line: a text browser ran short captions into
        # one line when no blank line parted them ("4 di 8 ... (foto X) 5 di 8 ...")
        for inside in _SLIDE.finditer(units[i].text, match.end()):
            if int(inside[2]) == n and int(inside[1]) == k + 1 and units[i].text[inside.start() - 1] == " ":
                k += 1
        last = (k, n)
    found: set[int] = set()
    for run in runs:
        if len(run) < _PAGES:
            continue
        start = 0 if headline is None else headline + 1
        if headline is not None and headline < run[0] and not any(prose[start:run[0]]):
            continue  # the slideshow is the article
        gap = max(b - a for a, b in zip(run, run[1:]))
        lines = range(run[0], min(len(units), run[-1] + gap))
        told = _told_between(units, [i for i in lines if units[i].words and i not in run], run,
                             prose.__getitem__)
        found.update(i for i in lines if i not in told)
    return found


_TIMECODE = re.compile(r"\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\]?\s")
"""A media player's elapsed time opening a line ("[00:05] ", "1:02:17 "): where a recording's
transcript has reached."""
_TRANSCRIPT_RUN = 3
"""Time-coded lines in a row that make a transcript (one or two are a timeline's entries)."""
_TRANSCRIPT_START = 10
"""Seconds from which a transcript's first line may start: a recording's opens at its start."""
_TRANSCRIPT_STEP = 60
"""Most seconds between a transcript's times, taking the middle step of a run: a line or
two of speech."""


def recording(units: list[Unit], prose: list[bool], timed: list[int]) -> tuple[list[int], set[int]]:
    """A recording's times under the article: ``_TRANSCRIPT_RUN`` or more lines in a row,
    each opening with an elapsed time, the first at the recording's start, the times going
    up. Times a few seconds apart are its transcript (a TV station's video, a talk), the
    first list; times minutes apart its chapters (an episode's notes: "02:45 — Why eels are
    weird"), the article's text, the second. Only under the article's own text (``prose``
    lines above the first time that open with none): on a page that is a transcript, its
    lines are the text. ``timed``: the lines opening with a figure or a bracket before one
    (``Scan.timed_at``), the only ones that can be."""
    spoken: list[int] = []
    chapters: set[int] = set()
    for run in _timed_runs(units, timed, _TIMECODE, _elapsed, rising=True):
        if len(run) >= _TRANSCRIPT_RUN and run[0][1] <= _TRANSCRIPT_START and any(prose[: run[0][0]]):
            if _spoken(run):
                spoken.extend(i for i, _ in run)
            else:
                chapters.update(i for i, _ in run)
    return spoken, chapters


_SPEECH_RUN = 3
"""Uncased lines in a row that make a speech recognizer's transcript: one or two are a
poem's or a slogan's."""


_SPEECH_LENGTH = 50
"""Characters from which an uncased line is a recognizer's speech: a label or a tag runs shorter."""
_SPEECH_MARKS = re.compile(r"[.,;:!?()\[\]<>\"“”«»¿¡]")
"""Punctuation a speech recognizer writes none of (an apostrophe it keeps: "i'll")."""


def _uncased(unit: Unit) -> bool:
    """A line of ``_SPEECH_LENGTH`` characters or more, in a script with capitals, with none and
    no punctuation: a speech recognizer's words ("good afternoon everyone thank you for being
    here um"). Writers who write in lower case still punctuate; a list's items close with ";"."""
    text = unit.text
    return unit.length >= _SPEECH_LENGTH and text[:1].islower() and unit.kind == "text" \
        and text.lower() == text and text.upper() != text and _SPEECH_MARKS.search(text) is None \
        and not (unit.html is not None and unit.html.kind == "pre")


def uncased_speech(units: list[Unit], prose: list[bool]) -> list[int]:
    """A video's machine transcript printed with the article: ``_SPEECH_RUN`` or more uncased
    lines in a row (``_uncased``; lines without words between), under the article's prose."""
    found: list[int] = []
    run: list[int] = []
    for unit in (*units, None):
        if unit is not None and not unit.words:
            continue
        if unit is not None and _uncased(unit):
            run.append(unit.index)
            continue
        if len(run) >= _SPEECH_RUN and any(prose[: run[0]]):
            found.extend(run)
        run = []
    return found


def _spoken(run: list[tuple[int, int]]) -> bool:
    """Times a few seconds apart, as speech runs on, line by line: a transcript's."""
    steps = sorted(b[1] - a[1] for a, b in zip(run, run[1:]))
    return steps[len(steps) // 2] <= _TRANSCRIPT_STEP


def _elapsed(m: re.Match[str]) -> int:
    """The seconds of an elapsed time (a ``_TIMECODE`` match)."""
    return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))


def _timed_runs(units: list[Unit], timed: list[int], pattern: re.Pattern[str],
                when: Callable[[re.Match[str]], int | None], rising: bool) -> Iterator[list[tuple[int, int]]]:
    """The runs of lines among ``timed`` that stand in a row (no line with words between),
    each opening with ``pattern``, whose match ``when`` reads as a time (None: no time), the
    times going up (``rising``) or down: a transcript's, a ticker's. (line, time) pairs."""
    run: list[tuple[int, int]] = []
    for i in timed:
        m = pattern.match(units[i].text)
        if m is None or (time := when(m)) is None:
            continue
        if run and ((time <= run[-1][1] if rising else time >= run[-1][1])
                    or any(units[j].words for j in range(run[-1][0] + 1, i))):
            yield run
            run = []
        run.append((i, time))
    if run:
        yield run


_TICKER_TIME = re.compile(rf"(\d{{1,2}}){_CLOCK_MARK}(\d{{2}})\s+(?:[|·•–—-]\s+)?[^\W\d_]")
"""A clock time opening a line, the update's text right after it on the same line ("14:32
Suspendidas las clases ...", "09.15 · Road reopened")."""
_TICKER_RUN = 3
"""Updates in a row that make a ticker (one or two are times the text gives)."""


def ticker(units: list[Unit], prose_at: list[int], timed: list[int]) -> list[int]:
    """A box of latest updates set inside an article ("EN DIRECTO", "Latest"): ``_TICKER_RUN``
    or more lines in a row, each a clock time and one update's text, the newest first (the
    times going down), with the article's own prose both over and under it. A timeline the
    article gives runs forward in time; a live page's feed is its text (no prose around it).
    ``prose_at``: the lines of prose, in order; ``timed``: the lines opening with a figure
    (``Scan.timed_at``), the only ones that can be."""
    found: list[int] = []
    for run in _timed_runs(units, timed, _TICKER_TIME, _clock, rising=False):
        if len(run) < _TICKER_RUN:
            continue
        lo = bisect_left(prose_at, run[0][0])
        hi = bisect_right(prose_at, run[-1][0])
        over = units[prose_at[lo - 1]].text if lo > 0 else ""
        if lo > 0 and hi < len(prose_at) and _TICKER_TIME.match(over) is None \
                and not (over.endswith(":") and prose_at[lo - 1] == run[0][0] - 1):
            found.extend(i for i, _ in run)  # (a list the prose right over it introduces,
            # "Here is how the final 2:41 unfolded:", is the article's: a game clock counts down)
    return found


def _clock(m: re.Match[str]) -> int | None:
    """The minutes of the day of an update's clock time (a ``_TICKER_TIME`` match), or None:
    a time past 23:59 is a price ("12.99 ..."), and a line over 300 characters opens no update."""
    if len(m.string) > 300 or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return int(m.group(1)) * 60 + int(m.group(2))
