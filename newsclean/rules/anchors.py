"""Where the article starts, found before its main run is chosen: the headline, the byline.

A dump holds many runs of prose (the article, teasers, comments, a legal footer), and the
heaviest is not always the article. The article is the one its headline introduces: the
page's own title names it (html-text dumps print the <title> first; a page has it in its
metadata), a level-1 heading marks it in Markdown and HTML, and a byline sits under it.
These are candidates only: `main-run` weighs the run they introduce, `title` and `byline`
make the final fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from ..code import code_like
from ..document import Document, Unit
from ..stopwords import languages, stopwords
from ..words import words
from . import about, candidates
from .authors import lone_opener, name_alone, names, only_names, opener_over_name
from .patterns import AND_WORDS, has_date, is_byline, is_caption, is_dateish

_MARKS = r"|–—·•»«›‹✩★☆◆■▪~/\-"
SITE_SPLIT = re.compile(rf"\s+(?:[{_MARKS}]|::)\s+")
"""A mark between spaces that splits a site or section name off a page title ("Headline |
Site", "Headline » News » Site", "Headline ✩ Site"); not a colon, which a headline holds
("Vision Pro hands-on: the Retina moment")."""
SITE_SEPARATORS = re.compile(rf"\s+(?:[{_MARKS}:@]|::)\s+")
"""The same marks and a colon or "@": where a page title's headline part may end, when
looking for that part among the lines (nothing is cut on these)."""
_NON_WORD = re.compile(r"\W+")
_COLON = re.compile(r"(?<=\w)[:：]\s+")
"""A colon written after a word: where a blog's or a series' name may end a page title's
first part (looked for among the lines only; nothing is cut on it)."""
BYLINED = "heading with a byline"
"""How a headline was found when only the author line under it marks it (``Anchors.how``)."""
BYLINE_REACH = 8
"""Units after a headline within which a byline still belongs to it (dates, share bars and
a standfirst sit between them)."""


def norm(text: str) -> str:
    """Text compared as words only: case, punctuation and spacing do not matter."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@dataclass(slots=True)
class Anchors:
    headline: int | None = None
    """Index of the unit taken for the headline, or None."""
    byline: int | None = None
    """Index of the author line under it (or the first one of the page), or None."""
    how: str = ""
    """What found the headline: "page title", "heading", "dateline" (for --explain)."""
    dateline: int | None = None
    """Without a headline: the first paragraph that opens with a dateline ("CAIRO (AP) —"),
    which opens an article; the article starts there."""
    hinted: int | None = None
    """The page title repeated as a heading that only a class name's hint marks (the
    "sidebar-note" around a page's one story), when no plain line repeats it."""

    @property
    def top(self) -> int | None:
        """The last anchor: the article's text starts after it."""
        found = [i for i in (self.headline, self.byline) if i is not None]
        if not found and self.dateline is not None:
            return self.dateline - 1
        return max(found) if found else None


def _title_splits(title: str) -> list[list[str]]:
    """A page title cut where a site or a blog name may end it: at a separator between spaces
    ("Headline | Site", "Site - Headline") and at a colon written after a word ("Blog Name:
    Headline"); each cut that splits it. The longest part of each is its headline part."""
    splits = [SITE_SEPARATORS.split(title), _COLON.split(title, maxsplit=1)]
    return [parts for parts in splits if len(parts) > 1]


def title_heads(title: str) -> set[str]:
    """A page title's possible headline parts, normalised: the whole title, and the longest
    part when a separator or a colon splits off a site name."""
    splits = _title_splits(title)
    heads = {norm(title)} | {norm(max(parts, key=len)) for parts in splits}
    if len(splits) == 2:  # a kicker and a site name both: "Zwischenruf: Warum ... | Elbmarsch-Bote"
        parts = _COLON.split(max(splits[0], key=len), maxsplit=1)
        if len(parts) > 1:
            heads.add(norm(max(parts, key=len)))
    # A headline that has a separator of its own ("Minecraft 1.8 - The Update - Site News"):
    # the title without its last parts, or without its first parts, when two or more are left.
    parts = SITE_SEPARATORS.split(title)
    for k in range(2, len(parts)):
        heads |= {norm(" ".join(parts[:k])), norm(" ".join(parts[-k:]))}
    return {h for h in heads if len(h) >= 10}


def site_names(doc: Document) -> set[str]:
    """The page title's parts beside its headline part, normalised: the site's or the blog's
    name ("Silicon Exposed" in "Silicon Exposed: Open Verilog flow ..."), which a header may
    print over the headline as if it named an author."""
    title, _ = _page_title(doc)
    if not title:
        return set()
    return {norm(part) for parts in _title_splits(title) for part in parts
            if part is not max(parts, key=len)} - {""}


def _page_title(doc: Document) -> tuple[str | None, int]:
    """The page's own title and the first unit that may repeat it: an HTML page's metadata,
    or the first line of a text dump (html-text prints the <title> there)."""
    if doc.html or "envelope" in doc.meta:  # (a reader service's header gives the <title>)
        page = doc.meta.get("page", {})
        return page.get("title") or page.get("og_title"), 0
    # html-text prints the page's <title> first; Markdown converters do not, but a plain
    # dump taken for Markdown (its lists have "-" or "+" bullets) has no heading to show it.
    # A line of code is a script dumped with the text, no title.
    # A browser's dump (lynx, w3m) prints no <title>: its first line is the page's first text.
    if doc.units and doc.units[0].kind == "text" and "layout" not in doc.meta and not (
            doc.markdown and any(u.kind == "heading" for u in doc.units)) \
            and not code_like(doc.units[0].text):
        return doc.units[0].text, 1
    return None, 0


SAME_WORDS = 0.8
"""Share of a headline's words its page title must hold, and of the title's words the
headline must, for the two to be one headline in two versions (an update: "more than
240,000" for "240,000"; "Součka je snadné přehlédnout" for "Součkovu práci je snadné
přehlédnout"); a page title that says something else names the article where the chosen
line may be a site's or a section's heading."""
VERSION_WORDS = 4
"""Words a line needs to be taken for a version of the headline: two or three words in
common with the title say little."""


def versions(words: list[str], others: list[str]) -> bool:
    """Whether two headlines (their normalised words) are one in two versions: each holds
    ``SAME_WORDS`` of the other's words."""
    def share(a: list[str], b: set[str]) -> float:
        return sum(w in b for w in a) / max(len(a), 1)
    return share(words, set(others)) >= SAME_WORDS and share(others, set(words)) >= SAME_WORDS


def owner_named(units: list[Unit]) -> Callable[[str], bool]:
    """Whether a normalised part of the page title is the owner a copyright line names
    ("© Ashcombe Borough Council 2003-2026"): the site's name, however long, no headline
    part of the title ("Ashcombe Borough Council - News - Easter collections")."""
    owners = [f" {norm(u.text)} " for u in units if u.labels.get("marker") == "copyright"]
    return lambda part: any(f" {part} " in owner for owner in owners)


_LONGER = 12
"""Characters by which a line that repeats a head may be longer than it (marks, a kicker);
a line longer by as much holds the head cut short of its end (each head's own length: the
whole <title>, site name and all, is one of the heads)."""


def _title_matches(units: list[Unit], title: str, first: int,
                   line: Callable[[Unit], bool] | None = None) -> list[Unit]:
    """The lines that repeat the page title's headline part, else the lines that repeat it
    in another version (an updated headline: the <title> was written first). ``line``: which
    lines may (``_title_line``'s)."""
    line = line or _title_line
    owned = owner_named(units)
    heads = {h for h in title_heads(title) if not owned(h)}
    if not heads:
        return []
    sizes = range(min(map(len, heads)) - 8, max(map(len, heads)) + _LONGER)
    # A line that is a head holds each head's longest word: a substring test spares most
    # lines of the right length the normalisation.
    longest = [max(h.split(" "), key=len) for h in heads]
    lines = [u for u in units[first:] if u.length in sizes and line(u)]
    found = [u for u in lines if any(w in u.text.casefold() for w in longest) and norm(u.text) in heads]
    if found:
        return found
    # A version keeps four words in five: one of the head's two longest words at least.
    words = [h.split(" ") for h in heads]
    long = {w for ws in words for w in sorted(ws, key=len)[-2:]}
    found = [u for u in lines if u.words >= VERSION_WORDS and any(w in u.text.casefold() for w in long)
             and any(versions(norm(u.text).split(" "), w) for w in words)]
    if found:
        return found
    # The headline in full, the <title> cut short of its end ("..., drumuri naționale închise"),
    # each head by its own length
    cut = [(h, max(ws, key=len)) for h, ws in zip(heads, words) if len(ws) >= VERSION_WORDS]
    return [u for u in units[first:] if u.length <= HEADLINE_LENGTH and line(u)
            and any(u.length >= len(h) + _LONGER and word in u.text.casefold()
                    and norm(u.text).startswith(h + " ") for h, word in cut)]


def _title_held(doc: Document, anchors: Anchors) -> None:
    """Where nothing else found a headline: the first line that holds the words of a <title>
    written shorter than the headline, for search ("X adds extra Wembley show" over "X adds
    second Wembley date after first show sells out"), not a ranked list's entry ("2 Warum
    der Fährmann ..." in a most-read list)."""
    title, first = _page_title(doc)
    if not title:
        return
    heads = [h.split(" ") for h in title_heads(title)]
    cut = [(ws, max(ws, key=len)) for ws in heads if len(ws) >= VERSION_WORDS]
    for unit in doc.units[first:]:
        if unit.length > HEADLINE_LENGTH or not _title_line(unit) or not _plain(unit) \
                or unit.text[-1:] in _SENTENCE_ENDS or _RANKED.match(unit.text):
            continue
        low = unit.text.casefold()
        named = [ws for ws, word in cut if word in low]  # (a head's longest word first: a C scan)
        if named:
            words = norm(unit.text).split(" ")
            if any(_holds(words, ws) for ws in named):
                anchors.headline, anchors.how = unit.index, "page title"
                return


_RANKED = re.compile(r"\d{1,2}[.)]? ")
"""A ranked list's entry, its rank first: "2 Warum der Fährmann ...", "3. ..."."""
_SENTENCE_ENDS = frozenset(".!?…。！？")
"""A line that ends a sentence is the lead that says what the title says, no headline."""


LONGER_WORDS = 2
"""Words a headline adds at least to a shorter <title> whose words it holds: a line of about
the title's length that holds most of its words is another story's on the same subject
("How to Build a Terrarium With Succulent Plants" on "How to Build a Terrarium (with
Pictures)")."""


def _holds(words: list[str], head: list[str]) -> bool:
    """Whether a line's words hold ``SAME_WORDS`` of a shorter title's (``LONGER_WORDS`` fewer)."""
    held = set(words)
    return len(words) >= len(head) + LONGER_WORDS and sum(w in held for w in head) >= SAME_WORDS * len(head)


def _title_line(unit: Unit) -> bool:
    """A line that may repeat the page title: text or a heading, no furniture but a live
    label ("LIVE | ..." repeating the title is its headline)."""
    return unit.kind in ("text", "heading") and unit.labels.get("marker", "banner") == "banner"


_MARKDOWN_LINK = re.compile(r"^[#\s]*\[[^\]]*\]\([^)]*\)\s*#*$")
"""A Markdown line that is one link: "# [Site](/)", a logo as a heading."""


_CONTROL = re.compile(r"\s*(?:\[[ xX*]\]|\([ *]\))\s+\S")
"""A text browser's check box or radio button before its label ("[ ] Tools", "( ) Yes"): a
form's control, whose label no headline or author line is."""


def _plain(unit: Unit) -> bool:
    """Not a line of furniture: no marker, not a form control's label, not mostly a link (on
    a page, or in Markdown)."""
    if "marker" in unit.labels or _CONTROL.match(unit.raw):
        return False
    if unit.html is None:
        return "](" not in unit.raw or _MARKDOWN_LINK.match(unit.raw.strip()) is None
    return unit.html.evidence.link_density < 0.5


def _hinted(unit: Unit) -> bool:
    """A heading plain but for a marker a class name alone gave it (mostly no link)."""
    return unit.kind == "heading" and "hinted" in unit.labels and unit.html is not None \
        and unit.html.evidence.link_density < 0.5


_DATELINE_MIN = 120
"""A dateline anchors only a paragraph of this length: a teaser's one-line summary may open
with a dateline too."""
_DATELINE_TRIES = 30
"""Long paragraphs tried for a dateline: an article's first comes before thirty others."""


def _dateline_anchor(units: list[Unit], anchors: Anchors) -> None:
    from .dateline import parse

    tries = (u for u in units if u.length >= _DATELINE_MIN and "marker" not in u.labels)
    for unit in islice(tries, _DATELINE_TRIES):
        if unit.text[:1].isupper() and parse(unit.text) is not None:
            anchors.dateline, anchors.how = unit.index, "dateline"
            return


_AFTER = 30
"""Units after a headline copy in which the article it introduces is looked for."""


def _prose_after(units: list[Unit], unit: Unit, end: int | None = None) -> int:
    """Characters of prose (main-run's classes) in the ``_AFTER`` lines after ``unit``,
    before ``end`` when given."""
    stop = unit.index + 1 + _AFTER if end is None else min(end, unit.index + 1 + _AFTER)
    return _prose_between(units, unit.index, stop)


def _prose_between(units: list[Unit], first: int, end: int) -> int:
    """Characters of prose (main-run's classes) in the lines after ``first``, before ``end``."""
    return sum(u.size for u in units[first + 1 : end] if u.labels.get("class") in ("good", "near"))


def find(doc: Document, level1: list[int] | None = None) -> Anchors:
    """The headline (the page title repeated, else the first level-1 heading that is not
    furniture) and the byline nearest under it. ``level1``: the indices of the level-1
    headings, when the caller has them."""
    units = doc.units
    anchors = Anchors()
    title, first = _page_title(doc)
    matches = _title_matches(units, title, first) if title else []
    if matches:
        # The headline is set apart as a heading where the layout can show it; breadcrumbs
        # and lists of links repeat it too: among plain copies, the one the most prose follows.
        headings = [u for u in matches if u.kind == "heading" and _plain(u)]
        plain = [u for u in matches if _plain(u)]
        chosen = headings[0] if headings else max(
            plain or matches, key=lambda u: (_prose_after(units, u), u.index))
        anchors.headline, anchors.how = chosen.index, "page title"
    else:
        if title and doc.html:
            anchors.hinted = next((u.index for u in _title_matches(units, title, first, _hinted)), None)
        if level1 is None:
            level1 = [u.index for u in units if u.kind == "heading" and u.level == 1]
        # a logo set as a level-1 heading over the menus: a later one has an author line under
        # it, and it has none (each heading's author line looked up once)
        authored = {i: _byline_under(units, i, own=True) is not None for i in level1}
        bylined = next((i for i in level1[1:] if authored[i]), -1)
        for i in level1:
            if i < bylined and not authored[i]:
                continue
            if (units[i].words >= 2 or one_word_bylined(units, i)) and _plain(units[i]):
                anchors.headline, anchors.how = i, "heading"
                _bylined_below(units, anchors)
                if anchors.headline == i:
                    _dated_below(units, anchors)
                if anchors.headline == i:
                    _about_below(doc, anchors)
                if anchors.headline == i:
                    _listed_heading(units, anchors)  # a blog's name over a list's heading
                break
    if anchors.headline is None:
        _bylined_heading(units, anchors)
    # a dump that sets no headline apart as a heading (a comment thread's or a footer's
    # heading sets none apart): its lines' shapes anchor it, up to the comment thread
    unheaded = anchors.headline is None and not doc.html and not any(
        u.kind == "heading" and "marker" not in u.labels for u in units)
    thread = len(units)  # (read only where it is unheaded)
    if unheaded:
        from .end_matter import thread_heading  # (end_matter reads this module)

        thread = thread_heading(units)  # readers' names and dates under it anchor nothing
        stop = stopwords(doc.lang) if doc.lang in languages() else None
        _bylined_line(units, anchors, stop, thread, _titled(doc, stop))
    if anchors.headline is None and not doc.html:
        _about_heading(doc, anchors)
        if anchors.headline is not None:
            _post_under(units, anchors)
    if anchors.headline is None:
        _listed_heading(units, anchors)
    if anchors.headline is None:
        _title_held(doc, anchors)
    if anchors.headline is None and unheaded and doc.lang in languages():
        _dated_line(doc, anchors, stopwords(doc.lang), thread)  # (where headings are set apart, one is it)
    if anchors.headline is None:
        _dateline_anchor(units, anchors)
        return anchors  # a byline alone may be a menu's "By Topic"
    if anchors.byline is None:
        anchors.byline = _byline_under(units, anchors.headline)
    return anchors


_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2,}\. ")
"""A full stop after a word (not an initial, "Markus M. Haefliger"): a sentence's end."""


def named_dated(unit: Unit) -> bool:
    """An author line with no "By": names first, then a date ("Lena Kowalczyk and Dev Malhotra
    Mar 2, 2026 · Updated 3h ago", "Dana Whitfield and Luis Ortega | March 3, 2026"); each
    name of two to four words."""
    text = unit.text
    if unit.length > 160 or "listed" in unit.labels or "in_item" in unit.labels \
            or _TWO_DIGITS.search(text) is None or text[-1:] == "." or ";" in text \
            or _SENTENCE_BREAK.search(text) is not None:
        return False  # (a sentence or a citation: "Statistics NZ. 18 October 2016. Retrieved ...")
    dated = has_date(text)
    if not dated and not _LOCAL_DATE.search(text):
        return False
    found = names(text)
    if not found or not text.startswith(found[0]) or not all(2 <= len(n.split()) <= 4 for n in found):
        return False
    if not dated:
        from .published import by_script  # (its months load only for a line shaped so)

        if by_script(text) is None:
            return False  # "12. jún 2024", "14 martie 2024": a month in the script's languages
    end = text.find(found[-1])
    rest = text[end + len(found[-1]) :].lstrip() if end >= 0 else ""
    return not rest[:1].islower()  # (a headline goes on: "... Summary for Monday, April 25")


_TWO_DIGITS = re.compile(r"\d{2}")
"""What every date line holds: two digits in a row (a year's, a day's)."""
_LOCAL_DATE = re.compile(r"(?<!\w)\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}(?!\d)")
"""A day, a word and a year: a date in another language, its word then read as a month."""


_FRAME_REACH = 3
"""Lines under a name alone within which its date line frames it as an author's: the name
printed again (a picture's alt text, then the link) and a "Follow" button may come between."""


_THREAD_REACH = 40
"""Lines within which two names alone over their dates are a comment thread's or a list's
entries, neither a post's author."""


def name_over_date(units: list[Unit], unit: Unit) -> bool:
    """A name alone over its date line ("John C. Welch" / "Follow" / "Oct 15, 2015 · 18 min
    read"): a post's author, set on lines of their own as a blog's header does; the name may
    have the author's town after it (up to seven words in all)."""
    if unit.length > 60 or not 2 <= unit.words <= 7 or "marker" in unit.labels or "listed" in unit.labels \
            or "in_item" in unit.labels or any(c.isdigit() for c in unit.text):
        return False  # (the cheap tests first: a name alone is short, with no figure: a name and
        # its date on one line is ``named_dated``'s, "Current Time 0:00" none; a list's heading none)
    dated = False
    for after in units[unit.index + 1 : unit.index + 1 + _FRAME_REACH]:
        if not after.words or after.tokens == unit.tokens:
            continue
        if _date_line(after) and after.kind == "text" and "listed" not in after.labels:
            # (a dated list's first entry is a teaser's: "Recent Posts" / "... (May 2)"; a
            # comment's header has its "Reply" under its text)
            dated = not any(u.labels.get("marker") == "comments"
                            for u in units[after.index + 1 : after.index + 1 + _FRAME_REACH])
            break
        if "marker" not in after.labels or after.length > 20:
            return False
    if not dated:
        return False
    before = next((u for u in units[max(0, unit.index - _FRAME_REACH) : unit.index][::-1] if u.words), None)
    if before is not None and _date_line(before):
        return False  # an entry of a dated list: "Queen Bia Headlines ..." / "November 8, 2023" / ...
    return name_alone(unit) or _names_alone(unit)  # (the dearest tests last)


def _names_alone(unit: Unit) -> bool:
    """Two or three names alone ("Marcus Bell and Tyler Ng", ``only_names``): the authors of
    a post, over their date as one author's name stands."""
    found = only_names(unit.text)
    return 2 <= len(found) <= 3 and all(2 <= len(n.split()) <= 4 and n[:1].isupper() for n in found)


def _in_author_block(unit: Unit) -> bool:
    """A line of a byline a converter broke at each name: an opener, "and", a name alone."""
    text = unit.text.strip(" ,")
    return lone_opener(text) or text.lower() in AND_WORDS or text == "&" or name_alone(unit)


def author_line(unit: Unit) -> bool:
    """A short author line that is no list's entry (a teaser list's "By ..." lines are, and
    the lines w3m sets under an item's label)."""
    return unit.length <= 160 and "listed" not in unit.labels and "in_item" not in unit.labels \
        and is_byline(unit.text)


def over_caption(units: list[Unit], unit: Unit) -> bool:
    """A line right over a photo's caption: the picture's title or alt text, which a text
    browser prints over the caption as if it headed a section (no headline, no section's)."""
    after = next((u for u in units[unit.index + 1 : unit.index + 3] if u.words), None)
    return after is not None and is_caption(after.text)


def one_word_bylined(units: list[Unit], index: int) -> bool:
    """A heading of one word right over an author line: an encyclopedia's or a company's
    headline ("Mozilla" / "From Wikipedia, the free encyclopedia"). A heading of one word
    is a section's name otherwise ("News", "Sport"); a section's teasers put their own
    headline between it and their author line."""
    unit = units[index]
    if unit.words != 1 or unit.kind != "heading" or "marker" in unit.labels:
        return False
    after = next((u for u in units[index + 1 :] if u.words), None)
    return after is not None and author_line(after)


_OPENER_REACH = 1
"""Lines under the headline within which an opener alone over a name is its byline, set in
two boxes ("Par" / "Yann Le Goff"), right under it; an author's box under the text opens so
too ("Written by" / a name), farther down, and a fiction's name and author over a chapter's
headline (2 lines took the caption over a story's text as its dek, 3 the fiction's name)."""


def _opened(units: list[Unit], unit: Unit) -> bool:
    """An opener alone over a name, no list's entry: an author line in two boxes."""
    return "listed" not in unit.labels and "in_item" not in unit.labels \
        and opener_over_name(units, unit) is not None


def _byline_under(units: list[Unit], headline: int, own: bool = False) -> int | None:
    """The first author line within ``BYLINE_REACH`` units under the headline (``own``:
    with no other heading between them)."""
    prose = 0
    head = units[headline]
    for unit in units[headline + 1 : headline + 1 + BYLINE_REACH]:
        if (author_line(unit) and not attribution(units, unit)) \
                or (unit.index - headline <= _OPENER_REACH and _opened(units, unit)):
            return unit.index
        if own and unit.kind == "heading" and not _sentence(unit) and not (
                unit.index == headline + 1 and unit.length > head.length and dek_like(unit)) \
                and not over_caption(units, unit):
            return None  # (a dek set as a heading is the headline's own: a sentence, or the
            # longer line of prose right under it, "# Headline" / "## The summary ...")
        prose += unit.labels.get("class") == "good"
        if own and prose == _OWN_PROSE:
            return None  # the text under a section's heading, then its author's box
    return None


_QUOTED_END = re.compile(r"[.!?…。！？][\"”»’'」』]\s*$")
"""A sentence closed inside its quotation marks: a quotation's end ("... ninety days ago.”";
a headline that ends on a quotation has no full stop in it)."""


def attribution(units: list[Unit], line: Unit) -> bool:
    """A pull quote's attribution: a line of a quotation's block, or right under a line that
    ends a quoted sentence ("... ninety days ago.”" / "Jane Doe, chief executive, Acme"): it
    names the speaker, no story's author. An author line's opener or date says it is one
    (a dek may end on a quotation: "By Jane Doe Published March 3, 2026" under it)."""
    if line.kind == "quote":
        return True
    if not line.index or lone_opener(line.text.split(" ", 1)[0]) or has_date(line.text):
        return False
    over = next((u for u in units[line.index - 1 :: -1] if u.words), None)
    return over is not None and _QUOTED_END.search(over.text) is not None


_OWN_PROSE = 2
"""Paragraphs of prose after which an author line is no longer a heading's own: a dek and a
caption may stand between a headline and its byline, a section's text between a section's
heading and the author's box under the article."""


def _bylined_below(units: list[Unit], anchors: Anchors) -> None:
    """A level-1 heading with no byline of its own may be a section's name ("# Health
    Center"): the first heading under it, before the text's first paragraph of prose (a
    section's menu may come between), that has one and more words (a headline says more
    than a section's name) is the headline."""
    headline = anchors.headline
    if headline is None or _byline_under(units, headline, own=True) is not None:
        return
    for unit in units[headline + 1 : headline + 1 + _AFTER]:
        if unit.labels.get("class") == "good":
            return  # the text has begun: its headline is over it
        if unit.kind == "heading" and unit.words > units[headline].words and _plain(unit):
            byline = _byline_under(units, unit.index, own=True)
            if byline is not None:
                anchors.headline, anchors.byline, anchors.how = unit.index, byline, BYLINED
                return


def _dated_below(units: list[Unit], anchors: Anchors) -> None:
    """A level-1 heading over a date line and a deeper heading under that: a blog's name
    (and its motto) over a post's header, its date then its title, as blog platforms print
    them. The post's title is the headline; not a summary (an article's headline, its
    author and time, then its dek set as a heading)."""
    headline = anchors.headline
    if headline is None or _byline_under(units, headline, own=True) is not None:
        return  # an author line under it: the article's own headline
    below = [u for u in units[headline + 1 : headline + 1 + BYLINE_REACH] if u.words]
    for date, title in zip(below[:_POST_HEADER], below[1 : _POST_HEADER + 1]):
        if _date_line(date) and not is_byline(date.text):
            if title.kind == "heading" and title.level > units[headline].level \
                    and title.words >= 2 and _plain(title) and not dek_like(title):
                anchors.headline, anchors.how = title.index, DATED
            return
        if date.kind == "heading":
            return  # a section under the site's name, not a post's header


DATED = "heading under a date, under the site's"
"""How a headline was found when a date line over it sets it apart from the site's name
over both (``Anchors.how``)."""
_DATE_LINE = 60
"""Longest line read as a post's date heading ("Wednesday, October 16, 2019")."""
_POST_HEADER = 2
"""Lines with words under a site's name within which a post's date line may stand (the
site's motto may come first)."""


def _date_line(unit: Unit) -> bool:
    """A post's date line: short, and mostly a date ("Wednesday, October 16, 2019"); or
    mostly dates, its first field such a line, its update note after a mark ("Publié le
    03/03/2026 à 11h40 · Mis à jour le 03/03/2026 à 12h05"); not an embedded post's
    attribution."""
    if unit.length > _DATE_LINE and not (_FIELD_MARK.search(unit.text, 0, _DATE_LINE)
                                         and len(_FIELD_MARK.split(unit.text, 1)[0]) <= _DATE_LINE):
        return False
    return is_dateish(unit.text) and ("@" not in unit.text or _HANDLE.search(unit.text) is None)


_HANDLE = re.compile(r"\(@\w{2,}\)|^[—–-]\s.{0,60}@\w{2,}")
"""An embedded post's attribution names its writer's handle ("— Tama R (@tama_in_welly)
February 20, 2026"): a post quoted in the text, whose date is no date line of the page's."""


_FIELD_MARK = re.compile(r"\s[·|•]\s")
"""A mark between a line's fields ("Published ... · Updated ...")."""


def _bylined_heading(units: list[Unit], anchors: Anchors) -> None:
    """Without a page title or a level-1 heading (lynx prints <h1> as it prints <h2>, at
    column 0): of the top-level headings with an author line under them, the one the most
    prose follows up to the next of them (a menu's heading may have a byline of a teaser
    under it; a box of scores or specs may stand between a review's headline and its text)."""
    top = min((u.level for u in units if u.kind == "heading" and u.level), default=0)
    # (and headings of lower levels whose author line the text follows: lynx indents a
    # headline nested in the page's blocks, so it may come out a level under the sections')
    found = [(unit, byline) for unit in units
             if unit.kind == "heading" and unit.level and _plain(unit)
             and (unit.words >= 2 or one_word_bylined(units, unit.index))
             and not _sentence(unit)  # a dek set as a heading over a teaser's author line
             and not over_caption(units, unit)
             and (byline := _byline_under(units, unit.index, own=True)) is not None
             and (unit.level == top or _text_under(units, byline))]
    if found:
        # the prose under a heading up to the next one found: an author's box under the
        # article's last section has the whole article over it, but not under it
        ends = [unit.index for unit, _ in found[1:]] + [len(units)]
        prose = [_prose_between(units, unit.index, end) for (unit, _), end in zip(found, ends)]
        k = max(range(len(found)), key=lambda k: (prose[k], -k))
        unit, byline = found[k]
        head = _over_section(units, unit)
        if head is unit:  # a dek set at the headline's level, right under it (lynx: both at column 0)
            level = unit.level
            above = [u for u in units[max(0, unit.index - BYLINE_REACH) : unit.index + 1] if u.words]
            head = over_dek(above, unit, lambda u: u.kind == "heading" and u.level == level and _plain(u))
        anchors.headline, anchors.byline, anchors.how = head.index, byline, BYLINED


def _text_under(units: list[Unit], byline: int) -> bool:
    """Whether paragraphs of prose follow an author line right away (``_OWN_PROSE`` of the
    first lines with words under it): a story's, not a teaser's (none, or one summary)."""
    under = [u for u in units[byline + 1 : byline + 1 + 3 * _OWN_PROSE] if u.words][:_OWN_PROSE]
    return len(under) == _OWN_PROSE and all(u.labels.get("class") == "good" for u in under)


_BYLINE_OVER = 5
"""Lines with words over an author line within which its headline stands (a standfirst, a
picture and its caption may come between, as on a newspaper's page)."""
_FURNITURE_OVER = 30
"""Lines over an author line within which the ``3 * _BYLINE_OVER`` lines looked at stand,
a share bar's buttons not counted (a dozen of them between the headline and the author line,
as a text browser prints them: one a line)."""


def _lines_over(units: list[Unit], index: int) -> list[Unit]:
    """The ``3 * _BYLINE_OVER`` nearest lines with words over line ``index`` (in page order)
    within ``_FURNITURE_OVER`` lines, a share bar's buttons and a table's rows of figures left
    out (a box score between a match report's headline and its author line). (Only those: a
    menu's lines between a breadcrumb's date and the article are no article's.)"""
    over = [u for u in units[max(0, index - _FURNITURE_OVER) : index]
            if u.words and u.labels.get("marker") != "share" and not figures_row(u)]
    return over[-3 * _BYLINE_OVER :]


HEADLINE_LENGTH = 160
"""Longest line read as a headline where its shape alone tells it (no page title repeats it,
no heading sets it apart): the news headlines of the corpora's pages run to 150 characters."""
INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")
"""A headline may end with initials ("... Underneath N.Y.C."), not a sentence's full stop."""


def head_shaped(unit: Unit) -> bool:
    """A line shaped as a headline: a few words, no sentence end, no author or date line, and
    more words than figures (a table's row of scores, "Denver 27 28 25 27 17 124", run into
    lines, is none)."""
    text = unit.text
    return (unit.kind == "text" and "in_item" not in unit.labels and 3 <= unit.words <= 25
            and 15 <= unit.length <= HEADLINE_LENGTH
            and (text[-1:] not in ".:;," or INITIALS.search(text) is not None)
            and not figures_row(unit) and _headline_line(unit))


ROW_WORDS = 3
"""Words from which a line of as many figures as not is a table's row run into a line
("Denver 27 28 25 27 17 124", "1 2 3 4 OT T"); a chart's tick ("140") or a year is a line of
the chart, set apart as the chart is from the text."""


def figures_row(unit: Unit) -> bool:
    """A line of ``ROW_WORDS`` words or more, as many of them figures as not: a table's row."""
    return len(unit.tokens) >= ROW_WORDS and 2 * sum(t.isdigit() for t in unit.tokens) >= len(unit.tokens)


def _name_shaped(unit: Unit) -> bool:
    """A line of one or two capitalised words, no number: what an encyclopedia's or a
    product's headline may be ("Mozilla", "Hermitian matrix"), right over its author line."""
    text = unit.text
    return (unit.kind == "text" and 1 <= unit.words <= 2 and text[:1].isupper()
            and not any(c.isdigit() for c in text) and text[-1:] not in ".:;," and _headline_line(unit))


_JOINED = re.compile(r"\w+(?:[-_]\w+){2,}")


def image_name(text: str) -> bool:
    """Words joined by hyphens or underscores, no space: an image's file name or alt text as
    a text browser prints it ("Jane-Doe-headshot"), not a headline."""
    return _JOINED.fullmatch(text) is not None


def _headline_line(unit: Unit) -> bool:
    """Not furniture, nor an author, date or caption line, nor an image's name: what a
    headline over its author line may be, whatever its shape."""
    text = unit.text
    return _plain(unit) and not (is_byline(text) or is_dateish(text) or is_caption(text)
                                 or image_name(text))


_UNDER_BYLINE = 10
"""Lines under an author line whose prose says what its headline is about."""


def _prose_under(units: list[Unit], byline: Unit, classes: tuple[str, ...]) -> list[Unit]:
    """The lines of ``classes`` among the ``_UNDER_BYLINE`` lines under an author line."""
    return [u for u in units[byline.index + 1 : byline.index + 1 + _UNDER_BYLINE]
            if u.labels.get("class") in classes]


def _said_tests(units: list[Unit], byline: Unit, stop: frozenset[str] | None
                ) -> tuple[Callable[[Unit], bool], Callable[[Unit], bool] | None]:
    """Two tests of a line over a dek, by the prose under the author line (read once), where
    the language's function words tell content words (else ``head_shaped`` and None):
    ``head_shaped``, no breadcrumb trail and sharing a content word with the prose (a menu's
    line over the dek, "Home Reviews Podcast Archive About", names nothing the text says, a
    trail, "Accueil / Sciences / Santé", only the section's); and sharing ``about.ABOUT``
    content words with it (``over_dek``'s ``about_text``)."""
    if stop is None:
        return head_shaped, None
    prose = _prose_under(units, byline, ("good",))
    return (lambda u: head_shaped(u) and not _TRAIL.search(u.text)
            and (not prose or _shared(u, prose, stop) >= 1),
            lambda u: bool(prose) and _shared(u, prose, stop) >= about.ABOUT)


def closed_over_dek(headline: Unit, dek: Unit) -> bool:
    """``headline`` a headline that ends in a full stop ("X is not a tool. Stop calling it
    one.") and ``dek``, under it, its dek: the longer, a summary and no photo's caption.
    Two sentences in a line are no headline's shape alone; over a longer summary they are."""
    return headline.text[-1:] == "." and headline.kind not in ("item", "quote", "rule") \
        and "in_item" not in headline.labels \
        and 3 <= headline.words <= 40 and headline.length <= HEADLINE_LENGTH \
        and dek.length > headline.length and dek_like(dek) and not is_caption(dek.text)


def _about_first(units: list[Unit], byline: Unit, shaped: list[Unit], stop: frozenset[str] | None,
                 titled: set[str] | frozenset[str] = frozenset(), strict: bool = False) -> Unit | None:
    """Of the headline-shaped lines over an author line (nearest first), the nearest that
    shares ``about.ABOUT`` content words with the prose under it and as many with the page
    title's headline (``titled``: two anchors agree; a match's venue or a photo's title over
    the author line shares words with the text only), else the nearest that shares
    ``about.ABOUT`` with the prose, else one: a share bar or a
    gallery's counter between the headline and the author line ("Listen 6 min Gift Article
    Share", "1 of 3 | Expand") is about nothing. The nearest when none shares one, or the
    language has no function-word list to tell content words by; none then when ``strict``
    (a name alone over its date is a weaker author line than a "By" line: a teaser's title
    may stand over it)."""
    if stop is None or not shaped:
        return None if strict or not shaped else shaped[0]
    if len(shaped) < 2 and not strict:
        return shaped[0]
    prose = _prose_under(units, byline, ("good",))
    shared = [(u, _shared(u, prose, stop)) for u in shaped]
    if titled:
        both = next((u for u, n in shared if n >= about.ABOUT and u.index  # (not the title's own line)
                     and len(about.content_stems(u.tokens, stop) & titled) >= about.ABOUT), None)
        if both is not None:
            return both
    return next((u for u, n in shared if n >= about.ABOUT), None) \
        or next((u for u, n in shared if n), None if strict else shaped[0])


def _about_only(units: list[Unit], byline: Unit, near: Unit, far: Unit,
                stop: frozenset[str] | None) -> bool:
    """The prose under an author line says what ``near`` (a line of a word or two right over
    it) is about and not ``far`` (a longer line further up): an encyclopedia's headline
    ("New Zealand") under a notice ("Page semi-protected")."""
    if stop is None:
        return False
    prose = _prose_under(units, byline, ("good", "near"))
    return _shared(near, prose, stop) >= about.ABOUT > _shared(far, prose, stop)


def _alone(units: list[Unit], lines: list[int]) -> set[int]:
    """The lines with no other of ``lines`` within ``_THREAD_REACH`` (but copies of their text)."""
    return {i for i in lines if all(j == i or abs(j - i) > _THREAD_REACH or units[j].text == units[i].text
                                    for j in lines)}


def _titled(doc: Document, stop: frozenset[str] | None) -> set[str]:
    """The content-word stems of the page title's headline part (none without a title or a
    function-word list)."""
    title, _ = _page_title(doc)
    if not title or stop is None or "wrapped" in doc.meta:
        return set()  # (a dump wrapped at a column is a browser's: its first line, no <title>)
    head = max((max(parts, key=len) for parts in _title_splits(title)), key=len, default=title)
    return about.content_stems(words(head.lower().replace("’", "'")), stop)


def _bylined_line(units: list[Unit], anchors: Anchors, stop: frozenset[str] | None, thread: int,
                  titled: set[str]) -> None:
    """In a dump that sets nothing apart as a heading (w3m, html-text, inscriptis and pandoc's
    plain text print headings as plain lines), where no line repeats the page title: of the
    author lines, the one the most prose follows, and the nearest headline-shaped line over
    it. Teasers have author lines too; the article has its text under its own. ``thread``:
    the comment thread's heading (readers' names and dates under it are no author lines)."""
    found = []
    # a thread's or a list's entries each have a name over a date, or a name and a date: an
    # author's is alone (its name printed twice, its picture's alt text over it, is one entry)
    authored = [author_line(u) for u in units]
    dated = _alone(units, [u.index for u in units if not authored[u.index] and named_dated(u)])
    strong = [authored[u.index] or u.index in dated or _opened(units, u) for u in units]
    alone = _alone(units, [u.index for u in units if not strong[u.index] and name_over_date(units, u)])
    for unit in units[:thread]:
        if (strong[unit.index] or unit.index in alone) and not attribution(units, unit):
            above = _lines_over(units, unit.index)
            while not strong[unit.index] and above and _in_author_block(above[-1]):
                above.pop()  # "By" / "Jane Doe" / "and" / "Sam Roe": the author block's lines
            # (the authors' names over their author line, their pictures' alt text, are no
            # headline: every word of theirs is the author line's)
            said = set(unit.tokens)
            # a headline of two sentences over its dek over the author line ("X is back.
            # Here's what to know."): the three lines' stack says what no line's shape does
            closed = above[-2] if len(above) > 1 and closed_over_dek(above[-2], above[-1]) \
                and _headline_line(above[-2]) else None
            shaped = [u for u in reversed(above[-_BYLINE_OVER:])
                      if (head_shaped(u) or u is closed) and not said.issuperset(u.tokens)
                      and not over_caption(units, u)]
            head = _about_first(units, unit, shaped, stop, titled, strict=not strong[unit.index])
            named = strong[unit.index] and bool(above) and _name_shaped(above[-1]) \
                and not said.issuperset(above[-1].tokens)
            if named and (head is None or _about_only(units, unit, above[-1], head, stop)):
                head = above[-1]  # a headline of a word or two right over it ("Hermitian matrix")
            elif head is not None and head is not closed:
                head = over_dek(above, head, *_said_tests(units, unit, stop))
            if head is not None:
                found.append((head, unit))
    # the prose under an author line up to the next headline found: a teaser's author line
    # right over the article would otherwise count the article's text as its own
    ends = [head.index for head, _ in found[1:]] + [thread]
    prose = [_prose_after(units, byline, end) for (_, byline), end in zip(found, ends)]
    if found and not max(prose):
        # no prose within reach of any: a video player or a gallery between the author line
        # and the text. The prose up to the next headline found decides, for a headline
        # right over its author line (what else the look up found, a teaser's title over
        # its source's name, no longer has the text under it to say it is the article's)
        prose = [_prose_between(units, byline.index, end) if _right_over(units, head, byline) else 0
                 for (head, byline), end in zip(found, ends)]
    if found and max(prose):
        k = prose.index(max(prose))
        anchors.headline, anchors.byline, anchors.how = found[k][0].index, found[k][1].index, BYLINED


OVER_DATE = "headline over its date"
"""How a headline was found when its publication date alone marks it (``Anchors.how``)."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATED_REACH = 2
"""Lines with words over its date a headline may stand (a credit between: "Reuters"); a
date over the headline, under a site's menus, has no headline over it."""
_TRAIL = re.compile(r"(?:\s[/>›»]\s.*){2}")
"""A breadcrumb trail: "Portada / Sociedad / Medio ambiente"."""


def _dated_line(doc: Document, anchors: Anchors, stop: frozenset[str] | None, thread: int) -> None:
    """In a dump with no headings where nothing else found a headline (nor an author line
    under one): a date line with a year (the article's publication date, "Published 6 March
    2026, 14:05"), alone (no other within ``_THREAD_REACH`` lines: a list's entries each have
    one; teasers dated "2 hours ago" are no such line), not over a headline-shaped line (a date
    over the headline), and the nearest headline-shaped line over it that shares
    ``about.ABOUT`` content words with the prose under it (a name over the date shares none).
    Of several, the one the most prose follows, before the comment thread's heading
    (``thread``)."""
    units = doc.units
    dates = _alone(units, [u.index for u in units[:thread] if _date_line(u) and _YEAR.search(u.text)
                           and u.labels.get("marker", "metadata") == "metadata"])
    found = []
    for i in sorted(dates):
        under = next((u for u in units[i + 1 : i + 1 + _FRAME_REACH] if u.words), None)
        if under is not None and head_shaped(under):
            continue  # the date over the headline: the line over it is the site's
        said = set(units[i].tokens)
        above = _lines_over(units, i)
        shaped = [u for u in reversed(above[-_DATED_REACH:]) if head_shaped(u) and not _TRAIL.search(u.text)
                  and not said.issuperset(u.tokens) and not over_caption(units, u)]
        prose = _prose_under(units, units[i], ("good",))
        head = next((u for u in shaped if stop is not None and _shared(u, prose, stop) >= about.ABOUT), None)
        if head is not None:  # (a dek over the date: the headline over it)
            found.append((over_dek(above, head, head_shaped), units[i]))
    ends = [head.index for head, _ in found[1:]] + [thread]
    prose = [_prose_after(units, date, end) for (_, date), end in zip(found, ends)]
    if found and max(prose):
        head = found[prose.index(max(prose))][0]
        anchors.headline, anchors.how = head.index, OVER_DATE


def _right_over(units: list[Unit], head: Unit, byline: Unit) -> bool:
    """No line with words between a headline and its author line."""
    return not any(u.words for u in units[head.index + 1 : byline.index])


def _dated(units: list[Unit], heading: Unit) -> bool:
    """A heading with a date line among the next ``_POST_HEADER`` lines with words (its
    author's name may come first): a post's header."""
    below = (u for u in units[heading.index + 1 : heading.index + 1 + BYLINE_REACH] if u.words)
    return any(_date_line(u) for u in islice(below, _POST_HEADER))


def _post_under(units: list[Unit], anchors: Anchors) -> None:
    """A blog's name over a post's header, both headings of one level (lynx prints <h1> as
    it prints <h2>): the heading the text is about may be the blog's name. When it has no
    date under it, the first heading of its level under it, before the text, that has one
    (the post's title, its author, its date) is the headline."""
    headline = units[anchors.headline]
    if _dated(units, headline):
        return
    for unit in units[headline.index + 1 : headline.index + 1 + _AFTER]:
        if unit.labels.get("class") == "good":
            return
        if unit.kind == "heading" and unit.level == headline.level and unit.words >= 2 \
                and _plain(unit) and not dek_like(unit) and _dated(units, unit) \
                and names(unit.text) != [unit.text]:  # (the post's author over its date, a link)
            anchors.headline = unit.index
            return


LISTED = "heading over a list, on a page without prose"
"""How a headline was found when the list under it is the page's article (``Anchors.how``)."""


def _listed_heading(units: list[Unit], anchors: Anchors) -> None:
    """A page with next to no prose (under ``candidates.TINY`` characters of it in all) has
    no run of prose to be its article: the article is a list (a changelog, a list of
    points), and its headline the heading right over the longest list, its first item the
    next line that is no furniture (a blog's name, a heading over only a "Powered by" line,
    is over none; found first, as a level-1 heading, it gives way). `main-run` takes the
    list under it where no prose follows it."""
    from .span import _LIST_MIN  # (here: span imports this module; a list's least length)

    headings = [u for u in units if u.kind == "heading" and u.words >= 2 and _plain(u)]
    if not headings:
        return
    prose = 0
    for unit in units:
        if unit.labels.get("class") in ("good", "near"):
            prose += unit.size
            if prose >= candidates.TINY:
                return
    best, longest = None, _LIST_MIN - 1
    for heading in headings:
        first = next((u for u in units[heading.index + 1 :] if u.text and "marker" not in u.labels), None)
        if first is None or first.kind != "item":
            continue
        items = 0  # (an item's wrapped end may stand as a line of its own among them)
        for item in units[first.index :]:
            if item.para != first.para or "marker" in item.labels:
                break
            items += item.kind == "item"
        if items > longest:
            best, longest = heading, items
    if best is not None and best.index != anchors.headline:
        anchors.headline, anchors.how = best.index, LISTED


def _sentence(unit: Unit) -> bool:
    """A line that ends as a sentence does, with a full stop: a dek, not a headline (which
    may ask a question or run long)."""
    return unit.text.endswith(".") and not unit.text.endswith("..")


def _over_section(units: list[Unit], heading: Unit) -> Unit:
    """The heading of the same level just above ``heading`` (no other heading between, within
    ``BYLINE_REACH``) when it has more words: a headline over its section's name ("Zuckerberg
    offers peek at ..." over "Tech Industry", the byline under the second); or when
    ``heading`` reads as a dek and it, of ``_HEADLINE_WORDS`` or more, does not: a headline
    over its summary, which a text browser sets at the same level (lynx: <h1> and <h2> both
    at column 0)."""
    for unit in reversed(units[max(0, heading.index - BYLINE_REACH) : heading.index]):
        if unit.kind == "heading":
            if unit.level == heading.level and _plain(unit) and (unit.words > heading.words or (
                    _headline_over_dek(unit, heading)
                    and not any(u.words for u in units[unit.index + 1 : heading.index]))):
                return unit
            break
    return heading


_HEADLINE_WORDS = 5
"""Words from which a line over a dek is its headline, not a section's name ("Local",
"Science & Health")."""
_CAPPED_WORD = 4
"""Letters from which a word is capitalised in a headline set in title case (shorter words,
"of", "the", "and", may not be)."""


def _title_cased(text: str) -> bool:
    """Every word of ``_CAPPED_WORD`` letters or more capitalised: a headline in title case
    ("The Deck of Cards That Made Tarot A Global Phenomenon"), not a dek's sentence."""
    long = [w for w in text.split() if sum(c.isalpha() for c in w) >= _CAPPED_WORD]
    return bool(long) and all(w.lstrip("\"'‘“(")[:1].isupper() for w in long)


def _headline_over_dek(over: Unit, under: Unit) -> bool:
    """``over`` a headline and ``under``, right under it, its dek: the summary in a sentence's
    words, though no longer than a headline's two lines. ``under`` reads as a dek in words set
    apart by spaces (Chinese and Japanese words are not: their word counts say nothing of a
    sentence), is in no title case and is the longer; ``over`` has ``_HEADLINE_WORDS`` or more
    and is printed once (a line printed again and again is the page's: "Discover our latest
    picks"). A question under a line is its headline, no dek (a dek answers: "How does the
    brain ...?" under a sponsor's "Thank you for supporting ...")."""
    return over.words >= _HEADLINE_WORDS and over.length < under.length and dek_like(under) \
        and under.text[-1:] not in _QUESTION_ENDS \
        and under.text.count(" ") >= DEK_WORDS - 1 and not _title_cased(under.text) \
        and over.labels.get("shape") != "repeated"


_QUESTION_ENDS = frozenset("?？")


DEK_LENGTH = 100
"""Characters from which a line under a shorter headline-shaped line reads as its dek: a
summary of a sentence or two, longer than most headlines (a headline of this length under
a section's name stays the headline)."""


def over_dek(lines: list[Unit], found: Unit, shaped: Callable[[Unit], bool],
             about_text: Callable[[Unit], bool] | None = None) -> Unit:
    """The headline over ``found`` when ``found`` is its dek: the line with words right over
    it (``lines``: lines with words, ``found`` among them) is shaped as a headline
    (``shaped``), ends no sentence, and is the shorter, and ``found`` runs to ``DEK_LENGTH``
    or the line right over it is a headline over its dek (``_headline_over_dek``)
    (a headline, then the summary under it, then the author line: a dump without headings
    sets both as plain lines; a section's name over a headline is the shorter too; the line
    over may read as prose by its function words: Italian headlines run to 20 words).
    Where ``about_text`` tells the lines the text is about, a longer line of a headline's
    words right over ``found``, about the text, is its headline over a shorter dek ("Team
    says surgery not required after hit in Saturday's loss"): a section's label, a menu's
    or a ticker's line names no more than a word of the text."""
    k = next((k for k, u in enumerate(lines) if u is found), 0)
    if k and found.text[:1] in _DASHES and shaped(lines[k - 1]):
        return lines[k - 1]  # "——老房子“留形留魂”...": a subtitle goes on from the headline over it
    under = lines[k + 1] if k + 1 < len(lines) else None
    if under is not None and under.length > found.length and dek_like(under) and not is_caption(under.text):
        return found  # a dek of its own under it: the headline (a menu's line over both)
    if k and about_text is not None and dek_like(found) and not _title_cased(found.text):
        over = lines[k - 1]
        if over.length >= found.length and over.words >= _HEADLINE_WORDS and over.text[-1:] not in ".!?…:" \
                and over.labels.get("shape") != "repeated" and shaped(over) and about_text(over):
            return over
    if k and dek_like(found):
        for over in lines[max(0, k - _DEKS) : k][::-1]:
            if over.length < found.length and over.text[-1:] not in ".!?…" and shaped(over) and (
                    found.length >= DEK_LENGTH
                    or (over is lines[k - 1] and _headline_over_dek(over, found))):
                return over
            if not (over.length >= DEK_LENGTH and dek_like(over) or is_caption(over.text)):
                break  # (a standfirst over a picture's caption, or a caption between the
                # headline and its dek: the headline over both)
    return found


_DASHES = frozenset("—–")
"""What a subtitle opens with, going on from the headline over it (Chinese papers' "——")."""
_DEKS = 2
"""Lines of summary (a standfirst, a caption) a headline may stand over."""


def dek_like(unit: Unit) -> bool:
    """A heading that reads as the summary under a headline: a sentence, or a long line of
    prose ("Welcome to DoctorX’s lab, where ... No questions asked.")."""
    return unit.text[-1:] in ".!?…" or (unit.words >= DEK_WORDS and unit.stop >= 0.2)


DEK_WORDS = 10
"""Words from which an unpunctuated heading reads as a dek, with a prose share of function words."""


ABOUT_HEADING = "heading about its text"
"""How a headline was found when only the prose under it marks it (``Anchors.how``)."""
_ABOUT_PROSE = 2
"""Paragraphs of prose under a heading that make it an article's headline, not a teaser's
(one summary) or a menu's."""


def _shared(heading: Unit, prose: list[Unit], stop: frozenset[str]) -> int:
    """Content-word stems of ``heading`` that ``prose`` says too, at most ``about.ABOUT``."""
    said = set().union(*(about.content_stems(u.tokens, stop) for u in prose))
    return min(len(about.content_stems(heading.tokens, stop) & said), about.ABOUT)


def _about_prose(doc: Document, heading: Unit, stop: frozenset[str]) -> tuple[int, int]:
    """(paragraphs of good prose within ``_AFTER`` lines under ``heading``, content-word
    stems of the heading they share, at most ``about.ABOUT``)."""
    prose = [u for u in doc.units[heading.index + 1 : heading.index + 1 + _AFTER]
             if u.labels.get("class") == "good"]
    return len(prose), _shared(heading, prose, stop)


def _about_heading(doc: Document, anchors: Anchors) -> None:
    """In a dump without a headline found otherwise (lynx prints <h1> as it prints <h2>:
    no level-1 heading), the first top-level heading, not furniture, that the prose under
    it is about (not a section's name right over another heading of its level that is no
    dek): at least two paragraphs of prose within ``_AFTER`` lines share ``about.ABOUT``
    content words with it, and no prose stands above it (a section's heading has the
    article's start over it)."""
    units = doc.units
    headings = [u for u in units if u.kind == "heading"]
    if not headings or doc.lang not in languages():
        return
    top = min(u.level for u in headings)
    stop = stopwords(doc.lang)
    first_prose = next((u.index for u in units if u.labels.get("class") == "good"), len(units))
    for heading in headings:
        if heading.index > first_prose:
            return  # under prose already: a section's heading, the article began above it
        if heading.level != top or heading.words < 3 or not _plain(heading):
            continue
        after = next((u for u in units[heading.index + 1 :] if u.text), None)
        if after is not None and after.kind == "heading" and after.level == top and not dek_like(after):
            continue  # a section's or a programme's name over the headline
        paragraphs, shared = _about_prose(doc, heading, stop)
        if paragraphs >= _ABOUT_PROSE and shared >= about.ABOUT:
            anchors.headline, anchors.how = heading.index, ABOUT_HEADING
            return


_FIRST_PROSE = 3
"""Paragraphs of the article's opening a level-1 headline must share a word with, wherever
they start under it (ads and a video may come between)."""


def _about_below(doc: Document, anchors: Anchors) -> None:
    """A level-1 heading that shares no content word with the first paragraphs of prose
    under it (a blog's or a section's name: "# Silicon Exposed" over "### Open Verilog flow
    for ...") gives way to the first heading under it, before the prose starts, that the
    prose is about."""
    if doc.lang not in languages():
        return
    stop = stopwords(doc.lang)
    units = doc.units
    heading = units[anchors.headline]
    prose = (u for u in units[heading.index + 1 :] if u.labels.get("class") == "good")
    first = list(islice(prose, _FIRST_PROSE))
    if _shared(heading, first, stop):
        return  # a headline names something its article's opening says
    for unit in units[anchors.headline + 1 :]:
        if unit.labels.get("class") == "good":
            return
        if unit.kind == "heading" and unit.words >= 3 and _plain(unit):
            paragraphs, shared = _about_prose(doc, unit, stop)
            if paragraphs >= _ABOUT_PROSE and shared >= about.ABOUT:
                anchors.headline, anchors.how = unit.index, ABOUT_HEADING
                return
