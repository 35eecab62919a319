"""title: the headline, wherever the menus put it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chain import rule
from ..code import code_like
from ..document import Document, Role, Unit
from ..stopwords import UNKNOWN, languages, stopwords
from . import about, anchors
from .anchors import (
    BYLINED,
    INITIALS,
    SITE_SEPARATORS,
    SITE_SPLIT,
    VERSION_WORDS,
    dek_like,
    one_word_bylined,
    over_dek,
    title_heads,
    versions,
)
from .anchors import norm as _norm
from .authors import name_alone, names, once, opener_over_name
from .patterns import clock_dated, has_date, is_bio, is_byline, is_caption, is_dateish, role_words, unglued
from .phrases import known_run
from .shapes import in_list
from .span import span

_LOOKBACK = 25
_GALLERY_SHAPES = frozenset({"gallery", "slide", "pager"})
"""A slideshow's lines (`main-run`'s shapes): no headline, standfirst or look-back line."""
_TITLE = Role.TITLE




def _page_title_match(units: list[Unit], start: int, page_title: str | None = None) -> Unit | None:
    """html-text dumps begin with the page's <title>, "Headline | Site"; an HTML page has it
    in its metadata: find the headline among the lines."""
    first_text = page_title or units[0].text
    if page_title is None and code_like(first_text):
        return None  # a script dumped with the text, no page title
    parts = SITE_SEPARATORS.split(first_text)
    candidates = [first_text]
    if len(parts) > 1:  # "Headline | Site" or "Site - Headline": the headline is the longest part
        candidates.append(max(parts, key=len))
    owned = anchors.owner_named(units)  # (not the site's name a copyright line gives)
    candidates = [c for c in candidates if not owned(_norm(c))]
    if not candidates:
        return None
    heads = {_norm(c) for c in candidates}
    sizes = range(min(map(len, candidates)) - 8, max(map(len, candidates)) + 9)
    for unit in units[0 if page_title else 1 : start + 3]:
        if unit.role is None and unit.length >= 15 and unit.length in sizes and _norm(unit.text) in heads:
            return unit
    return None


_NOT_A_HEADLINE = re.compile(
    r"://|www\.|javascript:|<\w|\w=[\"']|[{}]|@\w+\.\w"  # links, script links, markup, e-mails
    r"|[│┃║]"  # a table's cells, as a text browser draws them
    r"|#[^\s#]{1,30}\s*#[^\s#]"  # hashtags, two in a row: a trending topics bar
    r"|(?:\s[>›]\s.*){2}"  # a breadcrumb trail: "News > 2015 > Headline" (guillemets are quotes)
    r"|^[^«]*(?:\s»\s[^«»]+){2}$"  # ... but two closing ones and no opening one are a trail too
    r"|^\[[^\[\]]*\]$"  # a picture's alt text, as pandoc's plain text and w3m print it: "[Alt]"
    r"|^\d{1,2}:\d\d\s"  # a news feed's entry, its time first: "09:33 Storm closes the bridge"
    # a photo credit: "Jane Doe/Harbour Magazine"
    r"|^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+/[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")


def _plausible(unit: Unit) -> bool:
    """Could be a headline at all: not boilerplate, a byline or a name with a date, a date,
    a caption, code or a drawn table's row."""
    text = unit.text
    if unit.role is not None or "marker" in unit.labels or not 10 <= len(text) <= 250:
        return False
    if _NOT_A_HEADLINE.search(text) or _glued_menu(text) or _codes(text):
        return False
    return not (is_byline(text) or is_caption(text) or is_dateish(text) or has_date(unglued(text))
                or _dated_name(unit) or clock_dated(text) or _buttons(text) or _labelled_name(text)
                or _doubled_name(text))


def _doubled_name(text: str) -> bool:
    """A name printed twice ("Mehmet Yıldız Mehmet Yıldız"): an author's link and the alt
    text of their picture, as a text browser prints them, never a headline."""
    single = once(text)  # (the name once, where the line is it twice)
    return 2 * len(single.split()) == len(text.split()) <= 8 and names(single) == [single]


_LABELLED = re.compile(r"([^\W\d_]{2,20})\s*:\s*(?P<rest>.+)")
"""A one-word label, a colon, then the rest of the line ("Editör: Zeynep Kaya")."""


def _labelled_name(text: str) -> bool:
    """A role's label and a person's name alone ("Editör: Zeynep Kaya", "Redaktor: Jan
    Novák"): a credit, not a headline (a profile's or an interview's headline is a label and
    a name too, "Leader spotlight: Erin Spiceland", so the label must be a role's)."""
    m = _LABELLED.fullmatch(text)
    if m is None or m.group(1).lower() not in role_words():
        return False
    rest = m.group("rest").strip()
    return names(rest) == [rest] and 2 <= len(rest.split()) <= 4


_BUTTONS = 8
"""Most words of a line read as a row of buttons."""


def _buttons(text: str) -> bool:
    """A row of buttons or menu entries on one line, each one the markers know ("Log out
    Sign in", "Subscribe Log In"): every word is in a part that is one of the phrase lists'
    exact lines."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]  # not "/" or "|" between them
    return 2 <= len(words) <= _BUTTONS and known_run(words, bool, _BUTTON_WORDS)


_BUTTON_WORDS = 4
"""Most words of one button's label ("Become a member", "Sign in to comment")."""


def _dated_name(unit: Unit) -> bool:
    """A name and when ("James Akinaka • 8h"): an author line. A name alone may be a
    headline of two or three capitalised words ("Peanut Butter Truffles")."""
    return any(c.isdigit() for c in unit.text) and name_alone(unit)


def _title_like(unit: Unit) -> bool:
    """A headline-shaped line: 3-40 words, no closing full stop, not an image's name."""
    if _in_list_kind(unit) or not 15 <= unit.length <= 250:
        return False
    text = unit.text
    if not 3 <= unit.words <= 40 or (text.endswith(".") and not text.endswith("...")
                                      and INITIALS.search(text) is None):  # "... Underneath N.Y.C."
        return False
    if anchors.image_name(text):
        return False
    return _plausible(unit)


_GLUED = re.compile(r"[^\W\d_]*(?:[a-z][A-Z][^\W\d_]*){3}")
"""A word holding three joins of a lower-case letter and a capital: a menu's entries printed
with nothing between them ("NewsPoliticsBusinessYour"), no headline's brand name
("PlayStation", "McDonald's")."""


def _codes(text: str) -> bool:
    """A row of short codes, most with a figure: a pager's or a card's tabs ("R1 R2 R3 R4",
    "Q1 Q2 Q3 Q4"), no headline."""
    words = text.split()
    return len(words) >= 3 and all(len(w) <= 3 for w in words) \
        and 2 * sum(any(c.isdigit() for c in w) for w in words) > len(words)


def _glued_menu(text: str) -> bool:
    """A line mostly of glued words: a menu, not a headline naming one ("Chapter 1 -
    AMournfulHowlInTheNight - ...": a user's name)."""
    if not _GLUED.search(text):
        return False
    return 2 * sum(len(m.group(0)) for m in _GLUED.finditer(text)) >= len(text)


_ABOUT_LINES = 60
"""Lines of the main run whose words are read for ``_about_run`` (the article's opening
says what it is about)."""


def _content_words(doc: Document) -> Callable[[Unit], set[str]] | None:
    """A line's content-word stems in the page's language (in a language without a
    function-word list, the long words: ``about.UNLISTED``); None for a script written without
    spaces (Chinese and Japanese "words" between spaces are whole phrases)."""
    listed = doc.lang in languages()
    if not listed and doc.lang != UNKNOWN:  # a dense script, told before any language
        return None
    stop = stopwords(doc.lang) if listed else frozenset()
    shortest, stem = (3, about.STEM) if listed else (about.UNLISTED, about.UNLISTED)
    return lambda unit: about.content_stems(unit.tokens, stop, shortest, stem)


def _about_run(doc: Document) -> Callable[[Unit], int]:
    """How many content words a line shares with the main run's opening, at most
    ``about.ABOUT``; ``about.ABOUT`` for a line of fewer content words than that (too few to
    tell) and for every line of a page in a script written without spaces."""
    content = _content_words(doc)
    if content is None:
        return lambda unit: about.ABOUT
    start, end = span(doc)
    stem = about.STEM if doc.lang in languages() else about.UNLISTED
    opening = doc.units[start : min(end + 1, start + _ABOUT_LINES)]
    known = about.stems((w for u in opening for w in u.tokens), stem)

    def shared(unit: Unit) -> int:
        words = content(unit)
        return about.ABOUT if len(words) < about.ABOUT else min(len(words & known), about.ABOUT)

    return shared


def _same_story(doc: Document, title: Unit, headline: Unit) -> bool:
    """Whether a dump's first line (the page's <title>) and the headline found
    under it share ``about.ABOUT`` content words: one story's headline in two versions, the
    title's written for search; a title that shares fewer names the site or another line
    was taken for the headline (a menu, a section's label). Not told in a script written
    without spaces."""
    content = _content_words(doc)
    return content is not None and len(content(title) & content(headline)) >= about.ABOUT


def _best_heading(window: list[Unit]) -> Unit | None:
    """A Markdown headline: the last level-1 heading before the main run, else the nearest
    heading of level 2 or 3 (not a link, a byline or boilerplate)."""
    headings = [u for u in window if u.kind == "heading" and u.words >= 2 and _plausible(u)]
    # a headline-shaped heading first: "# Silicon Exposed" or "# Minecraft News" over the
    # post's "### Open Verilog flow for ..." names the site or the section
    shaped = [u for u in headings if _title_like(u)] or headings
    top = [u for u in shaped if u.level == 1] or [u for u in shaped if u.level <= 3]
    if not top:
        return None
    last = top[-1]
    if len(top) > 1:  # a dek set as a heading of the headline's level right under it
        before = top[-2]
        if before.level == last.level and last.index - before.index <= _DEK_GAP \
                and _title_like(before) and dek_like(last):
            return before
    return last


def _under_headline(units: list[Unit], chosen: Unit, shaped: dict[Unit, int],
                    share: Callable[[Unit], int], stop: frozenset[str]) -> Unit:
    """The line right over ``chosen`` when ``chosen`` reads as a dek (``dek_like``) and the
    line over it is the shorter, is headline-shaped, and is about the article by the words
    it shares (not for having too few to tell): a headline over its dek, both plain lines
    in a dump that sets no heading apart. (A line ending in a colon runs on into the next.)"""
    over = next((u for u in reversed(units[: chosen.index]) if u.words), None)
    if over is not None and dek_like(chosen) and over.length < chosen.length and over.text[-1:] not in ":：" \
            and shaped.get(over, 0) >= about.ABOUT and share(chosen) >= about.ABOUT \
            and len(about.content_stems(over.tokens, stop)) >= about.ABOUT:
        return over
    return chosen


def _over_byline(window: list[Unit], headings: bool = False, about_run: Callable[[Unit], bool] | None = None,
                 units: list[Unit] | None = None, lang: str = "en",
                 closed: Unit | None = None) -> Unit | None:
    """The headline-like line nearest the article that an author or date line follows
    within _BYLINE_GAP lines (a dump's headline is where its byline says it is);
    ``headings``: only a heading (a Markdown dump marks its headline as one). Over a date
    line alone, where ``about_run`` is given, only a line about the article: a menu's last
    line stands over a blog post's date, the post's title under it. ``units``: the
    document's, for author lines broken after their opener; ``lang``: the page's, whose
    month names a date line may use ("১৪ মার্চ ২০২৪"); ``closed``: the headline ending in a
    full stop over its dek (``_closed_over_dek``), where no other line is found."""
    kinds = ("heading",) if headings else ("heading", "text")
    shaped: dict[int, bool] = {}

    def headline_like(k: int) -> bool:  # each line's tests once, and only where asked
        if k not in shaped:
            unit = window[k]
            shaped[k] = unit.kind in kinds and _title_like(unit) and not name_alone(unit) \
                and not (units and _over_described(units, unit))
        return shaped[k]

    # (a name alone over a date line is its author's: "Jane Doe" / "May 4"). An author line
    # first: a date may be a video's or a teaser's ("Your video will play in 00:25").
    bylined = [_author_line(u) for u in window]
    # an opener alone over the names ("de" / "Ana Pop și Radu Ene") counts as a date line does:
    # a teaser's may be set so, and a dek shorter than the headline stands nearer to it
    opened = [False] * len(window)
    for k, unit in enumerate(window):
        if units and not bylined[k] and (name := opener_over_name(units, unit)) is not None:
            opened[k], shaped[name.index - window[0].index] = True, False
    dates = [b or o or is_dateish(u.text, lang) for b, o, u in zip(bylined, opened, window)]
    for dated, under in enumerate((bylined, dates)):
        if any(under):
            for k in range(len(window) - 1, -1, -1):
                if any(under[k + 1 : k + 1 + _BYLINE_GAP]) and headline_like(k) \
                        and not (dated and about_run is not None and not about_run(window[k])):
                    over = [u for u in window[: k + 1] if u.words]  # (window: a slice of the units)
                    found = over_dek(over, window[k], lambda u: headline_like(u.index - window[0].index))
                    above = over[-2] if found is window[k] and len(over) > 1 else None
                    if above is not None and window[k].index - above.index <= _BYLINE_GAP \
                            and lang == UNKNOWN and _uncased_credit(window[k]) \
                            and above.length > window[k].length \
                            and headline_like(above.index - window[0].index):
                        return above  # "মো. রফিকুল ইসলাম, চাঁদপুর" under its headline, over its date
                    return found
    return closed


def _closed_over_dek(window: list[Unit]) -> Unit | None:
    """A headline that ends in a full stop ("X is not a tool. Stop calling it one."): of the
    two lines of prose right over the author line, the shorter, the longer under it being
    its dek (not a photo's caption). It wins where no headline-shaped line stands over the
    author line, or only a shorter one above it (a section's label). The shape is tested
    first and the author lines last: most windows hold no line that ends so."""
    worded = [u for u in window if u.words]
    for k in range(len(worded) - 3, -1, -1):
        headline, dek, under = worded[k : k + 3]
        if under.index - headline.index > _BYLINE_GAP or not anchors.closed_over_dek(headline, dek):
            continue
        if not _author_line(under) or any(_author_line(u) for u in window if u.index > under.index):
            continue  # (the last author line of the window is the article's)
        if _plausible(headline):
            return headline
    return None


def _author_line(unit: Unit) -> bool:
    """An author line that is no teaser's (a list's entries have author lines too)."""
    return is_byline(unit.text) and "in_item" not in unit.labels


def _in_list_kind(unit: Unit) -> bool:
    """A list's item, a quotation or a rule: no headline's kind of line."""
    return unit.kind in ("item", "quote", "rule") or "in_item" in unit.labels


_AUTHOR_LINE_WORDS = 5
"""Most words of an author's line ("Md. Rafiqul Islam, Chandpur": a name and a place)."""


def _uncased_credit(unit: Unit) -> bool:
    """A short line in a script without capitals (Bengali, Hindi, Arabic; a language without
    a function-word list, not a script written without spaces), where a name has no shape
    to be told by: under a longer headline-shaped line and over a date line, it is
    where the author's name stands, not the headline."""
    # (words between spaces: a tokenizer's words split at the vowel signs of Indic scripts)
    return len(unit.text.split()) <= _AUTHOR_LINE_WORDS \
        and not any(c.isupper() or c.islower() for c in unit.text)


_DESCRIBED = 6
"""Words from which a caption under a line describes a picture (the line over it its alt
text), rather than credits the story ("AFP/The Local" under a headline)."""


def _over_described(units: list[Unit], unit: Unit) -> bool:
    """A line right over a caption that describes a picture: the picture's alt text."""
    after = next((u for u in units[unit.index + 1 : unit.index + 3] if u.words), None)
    return after is not None and after.words >= _DESCRIBED and anchors.over_caption(units, unit)


_BYLINE_GAP = 3
"""Lines from a headline to its author or date line (a standfirst or a share bar between)."""
_DEK_GAP = 2
"""Lines from a heading to the next of its level for the two to be a headline and its dek
(lynx prints both at column 0; the dek is the longer, the headline reads as one): further
apart, they head sections."""


def split_site(text: str) -> tuple[str, str] | None:
    """"Headline | Site" or "Site - Headline" as (headline, site name), or None when no part
    reads as a site name (a few words, shorter than the rest: "Firefox — Customize it — The
    browser — Mozilla" keeps all but "Mozilla")."""
    marks = list(SITE_SPLIT.finditer(text))
    if not marks:
        return None
    last, first = marks[-1], marks[0]
    tail, head = text[last.end() :], text[: first.start()]
    if len(tail) <= 40 and len(tail.split()) <= 6 and last.start() > len(tail):
        cut, site = text[: last.start()], tail  # the separator alone is dropped
    elif len(head) <= 40 and len(head.split()) <= 6 and len(text) - first.end() > len(head):
        site, cut = head, text[first.end() :]
    else:
        return None
    if len(cut) + len(site) >= len(text):
        return None  # no separator mark left between them ("Site\x85-\x85Headline")
    return cut, site


def _cut_site_name(doc: Document, unit: Unit) -> None:
    """The page's <title> as headline: "Headline | Site" keeps the headline, the site name
    is recorded as removed (``doc.meta["cuts"]``), so no text is lost."""
    split = split_site(unit.text)
    if split is not None:
        doc.meta.setdefault("cuts", {})[unit.index] = (*split, "title", "site name in the page title")


def _label_dek(doc: Document, title: Unit, start: int) -> None:
    """The standfirst (dek) right under the headline, before the article's text starts: a
    field of its own (a summary of the article, not its first paragraph). The run may open
    with it where the author line comes between it and the text."""
    units = doc.units
    described = _described(doc, title)
    if described is not None:
        described.labels["dek"] = "standfirst"
        doc.decide(described, Role.STANDFIRST, "title",
                   "standfirst: the page's description, under the headline")
        return
    start = max(start, title.index + 1)  # (a page's run may open at its headline)
    end = start
    if start < len(units):
        after = [u for u in units[start + 1 : start + 1 + _BYLINE_GAP] if u.words][:2]
        end += any(u.length <= anchors.HEADLINE_LENGTH and (is_byline(u.text) or _dated_name(u)
                                                           or anchors.name_over_date(units, u)
                                                           or _name_over_place_and_date(units, u)
                                                           or _holds_date(u))
                   for u in after)  # (an author line is short: a paragraph is not read for digits;
        # a name alone over its date line is one too: "Anna Virtanen" / "18.3.2024 19:42"; and
        # a line with the date, whatever names it holds: the text has not begun over it)
    for unit in units[title.index + 1 : min(title.index + 20, end)]:
        text = unit.text
        if unit.role is not None or "marker" in unit.labels or unit.words < 4 or is_dateish(text):
            continue  # author names, dates, share bars between headline and standfirst
        if unit.words >= 6 and 50 <= len(text) <= 350 and unit.stop >= 0.15 and "|" not in text \
                and unit.labels.get("shape") not in _GALLERY_SHAPES and not in_list(doc.units, unit) \
                and not (is_byline(text) or is_caption(text) or has_date(text) or is_bio(text)):
            unit.labels["dek"] = "standfirst"
            doc.decide(unit, Role.STANDFIRST, "title", "standfirst: the summary under the headline")
        return


def _holds_date(unit: Unit) -> bool:
    """A short line that holds a date and is no sentence ("Marta Ribelles Vicent Soler Gandia
    Actualizado: 18/09/2025 - 14:35h", "Interview by Priya Raman · April 2, 2025")."""
    return unit.text[-1:] not in ".!?" and has_date(unglued(unit.text))


def _name_over_place_and_date(units: list[Unit], unit: Unit) -> bool:
    """A name alone with its town under it, then the date ("Lucía Ferrandis" / "Valencia" /
    "18/02/2025 - 14:32"): the author's line set in three boxes."""
    if not name_alone(unit):
        return False
    under = [u for u in units[unit.index + 1 : unit.index + 4] if u.words][:2]
    return len(under) == 2 and under[0].words <= 3 and is_dateish(under[1].text)


_DESCRIBED_REACH = 2
"""Lines with words under the headline in which the heading that repeats the page's
description stands (a kicker's or a caption's line may come between)."""


def _described(doc: Document, title: Unit) -> Unit | None:
    """On a page, the heading right under the headline whose text is the page's description
    (og:description, meta description): the summary the page gives of its article, set as
    a subheading, is its standfirst (a lead paragraph the description repeats is a paragraph,
    not a heading)."""
    description = (doc.meta.get("page") or {}).get("description") if doc.html else None
    if not description:
        return None
    want = _norm(description).rstrip(" .…")
    under = [u for u in doc.units[title.index + 1 :] if u.words][:_DESCRIBED_REACH]
    return next((u for u in under if u.kind == "heading" and u.role is None and len(want) >= 20
                 and _norm(u.text).rstrip(" .…").startswith(want)), None)


def _anchored(doc: Document, start: int) -> Unit | None:
    """The headline `main-run` anchored the article to (the page title repeated, or a
    level-1 heading the most prose follows), when it still reads as one."""
    found = doc.meta.get("anchors")
    if found is None or found.headline is None or found.headline > start:
        return None
    unit = doc.units[found.headline]
    if unit.words < 2:
        # one word, right over its own author line ("Mozilla" / "From Wikipedia, ..."): a
        # heading, or the line the author line anchored in a dump without headings
        bylined = one_word_bylined(doc.units, unit.index) or found.how == BYLINED
        return unit if unit.role is None and bylined else None
    if found.how == "page title" and not doc.html and unit.role is None \
            and unit.labels.get("marker", "banner") == "banner" \
            and not (is_byline(unit.text) or is_caption(unit.text)):
        # it repeats the dump's first line, the page's <title>: no date line, whatever its
        # words look like ("Friday Facts #282 - 0.17 in sight" reads as a weekday and a
        # time), or a live label on it ("LIVE | ..."). (A page's metadata names its title
        # when no visible line reads as one.)
        return unit
    return unit if _plausible(unit) else None


_SEPARATOR_MARK = re.compile(r"[^\w\s'’\"“”()\[\],.!?&%$€£#+]|(?<=[\u3000-\u9fff\uff00-\uffef])[\s_]")
"""Where a page title may add a section or a site name: any mark that is no word, quote,
bracket or sentence punctuation ("Headline | News | Site", "Headline » Local", "Headline ✩
Site", and in Chinese or Japanese without spaces: "标题-新华网"), or a space after Chinese
or Japanese text, which uses none between its words ("見出し 写真1枚 国際ニュース"), or an
underscore run on after it ("标题_江城晚报网", "标题_科技_腾讯网")."""


_SENTENCE_END = re.compile(r"[.!?…:](?=\s)")
"""Where a headline may end inside a page title that goes on with its dek."""
_SENTENCE_HEAD = 10
"""Fewest characters of a headline read before a page title's sentence end (as ``title_heads``
keeps no shorter head): "Update." before a dek names nothing."""


def _names(page_title: str, headline: str) -> bool:
    """Whether a page title names the headline: equal to it or to its headline part, the
    headline followed by more parts (a section and the site name), or a version of it."""
    key = _norm(headline)
    if not key:
        return False
    if key in title_heads(page_title) or any(
            key == _norm(page_title[: m.start()]) for m in _SEPARATOR_MARK.finditer(page_title)):
        return True  # the title, its headline part, or what comes before a separator in it
    if len(key) >= _SENTENCE_HEAD and any(
            key == _norm(page_title[: m.start()]) for m in _SENTENCE_END.finditer(page_title)):
        return True  # the headline, then its dek: "Headline. How the dek goes on… | by A | Site"
    split = split_site(page_title)
    return versions(key.split(), _norm(split[0] if split else page_title).split())


def _fuller(page_title: str, headline: str) -> bool:
    """Whether the headline is the page title in full, the title a shortened version for
    search results: every word of the title's headline part is the headline's, and not as the
    line's end after a label ("Tag der Abstimmung: Niederlage für Johnson ..." is the title
    with a kicker run on)."""
    split = split_site(page_title)
    words, titled = _norm(headline).split(), _norm(split[0] if split else page_title).split()
    return len(titled) >= VERSION_WORDS and set(titled) <= set(words) and words[-len(titled) :] != titled


def _in_full(window: list[Unit], chosen: Unit) -> Unit:
    """The headline in full, when a heading further up holds the chosen heading as one part
    of a title in parts ("Series: Headline", "Headline: what it is about"): a page prints
    the headline whole over the text, and a part of it again as the text's own heading.
    (A kicker glued on without a mark, "Montréal La fin de ...", is another line.)"""
    text = re.escape(chosen.text)
    part = re.compile(rf"(?:[:：]|\s[{_PART_MARKS}])\s+{text}|{text}\s*(?:[:：]|\s[{_PART_MARKS}]\s)")
    for unit in window:
        if unit.index >= chosen.index:
            break
        if unit.kind == "heading" and unit.level <= chosen.level and unit.words > chosen.words \
                and part.search(unit.text) and _title_like(unit):
            return unit
    return chosen


_PART_MARKS = "|–—-"
"""Marks between spaces that part a title as a colon does."""


_BEFORE_RUN = 25
"""Lines above the main run read for what sits by the headline (author line, date line)
when no headline was found."""


def headline_window(doc: Document) -> tuple[int | None, int, int]:
    """(headline, lo, start): the headline line's index (the line shown as the headline,
    else the first title line; None without one), where the lines by it start (the
    headline, else _BEFORE_RUN lines above the main run) and the main run's first line.
    The byline and published rules read from ``lo``."""
    start = span(doc)[0]
    headline = doc.meta.get("headline")
    if headline is None:
        headline = next((u.index for u in doc.units if u.role is _TITLE), None)  # near the top
    return headline, headline if headline is not None else max(0, start - _BEFORE_RUN), start


def _lookback_start(units: list[Unit], start: int) -> int:
    """Where the look back from the run's start ends: ``_LOOKBACK`` lines up, not counting a
    gallery's captions, slides and counters (a slideshow between headline and text) or
    lines with no words."""
    counted, i = 0, start
    while i > 0 and counted < _LOOKBACK:
        i -= 1
        unit = units[i]
        if unit.words and unit.labels.get("shape") not in _GALLERY_SHAPES:
            counted += 1
    return i


@rule("title", "Pick the headline, even after menus or with a ' | Site' page-title suffix.",
      needs=("main-run",))
def title(doc: Document) -> None:
    """Looks back from the start of the article's main run: a level-1 Markdown heading wins;
    else a line repeating the page title's headline part (html-text dumps start with the
    <title>, e.g. "Headline | Site", which is then removed as a duplicate); else the
    nearest headline-like line (3-40 words, no full stop, not a byline, date, caption, link
    or markup). Later copies of the headline are removed."""
    units = doc.units
    if not units:
        return
    start = max(span(doc)[0], 0)
    window = units[_lookback_start(units, start) : start + 1]
    page_title = doc.meta.get("page", {}).get("title") if doc.html or "envelope" in doc.meta else None
    # a headline ending in a full stop over its dek, read once: a fallback and an override
    closed = None if doc.html else _closed_over_dek(window)
    chosen = _anchored(doc, start)
    if chosen is None and doc.markdown and not doc.html:
        chosen = _over_byline(window, headings=True, closed=closed)
    if chosen is None and (doc.markdown or doc.html):
        chosen = _best_heading(window)
    if chosen is None and (page_title or not (doc.html or "layout" in doc.meta)):
        chosen = _page_title_match(units, start, page_title)  # (a browser's dump prints no <title>)
    shares: list[Callable[[Unit], int]] = []  # _about_run, read once and only where it is asked

    def run_share() -> Callable[[Unit], int]:
        if not shares:
            shares.append(_about_run(doc))
        return shares[0]

    if chosen is None and not doc.html:
        # (in a language without a function-word list every line is "about" the article)
        chosen = _over_byline(window, about_run=lambda unit: run_share()(unit) >= about.ABOUT, units=units,
                              lang=doc.lang, closed=closed)
    share = run_share() if chosen is None else None
    if share is not None and doc.markdown and not doc.html and doc.lang in languages():
        # a dump that marks its headings, none of them near the article's text (menus,
        # share bars and an author box between): the nearest heading further up about it
        # (where words can be compared)
        far = units[_lookback_start(units, window[0].index) : window[0].index] if window else []
        chosen = next((u for u in reversed(far) if u.kind == "heading" and _title_like(u)
                       and share(u) >= about.ABOUT), None)
    if chosen is None and share is not None:
        # the nearest headline-shaped line that is about the article; else the nearest that
        # shares a word with it
        shaped = [(u, share(u)) for u in reversed(window[:-1]) if _title_like(u)]
        # a line right over a photo's caption is its alt text (a text browser prints it) unless
        # no other line is about the article (a dump without alt text puts the headline there)
        uncaptioned = [(u, shared) for u, shared in shaped if not (shared and anchors.over_caption(units, u))]
        chosen = next((u for u, shared in uncaptioned if shared >= about.ABOUT), None) \
            or next((u for u, shared in uncaptioned if shared), None) \
            or next((u for u, shared in shaped if shared >= about.ABOUT), None) \
            or next((u for u, shared in shaped if shared), None)
        if chosen is not None and doc.lang in languages():
            chosen = _under_headline(units, chosen, dict(uncaptioned), share, stopwords(doc.lang))
        last = window[-1] if window else None  # the run's first line
        if chosen is None and last is not None and last.length <= anchors.HEADLINE_LENGTH \
                and _title_like(last):
            chosen = last
    if chosen is not None and closed is not None \
            and closed.index > chosen.index and closed.length > chosen.length:
        chosen = closed  # a section's label over it ("Opinion | Guest Column")
    if chosen is not None and chosen.kind == "heading":
        chosen = _in_full(window, chosen)
    named = False  # the page's own title names the article, and the chosen line does not
    stated = (doc.meta.get("page") or {}).get("ld_headline") if doc.html else None
    found = doc.meta.get("anchors")
    # (a headline with its author line under it may be the page title in full)
    bylined = chosen is not None and found is not None and found.headline == chosen.index \
        and found.byline is not None

    def names(title: str) -> bool:
        return chosen is not None and (_names(title, chosen.text)
                                       or (bylined and _fuller(title, chosen.text)))

    if page_title and not names(page_title) \
            and not (stated and chosen is not None and _names(stated, chosen.text)):
        # (unless the article's structured data names the chosen line: two sources agree on
        # the headline, and og:title or <title> is the version written for search and sharing)
        # The page names its article in its metadata (og:title, <title>); a visible line
        # that does not repeat it may be a site's or a section's heading: the name wins.
        split = split_site(page_title)
        doc.meta["title"] = split[0] if split else page_title
        named = True
    first = units[0]
    printed_first = not (doc.html or doc.markdown or "layout" in doc.meta or "wrapped" in doc.meta)
    if printed_first and first is not chosen and first.role is None and not names(first.text):
        # A dump of a page's text opens with its <title> (html-text prints it first) that no
        # line under it repeats: a version of the headline found under it, written for search
        # (wherever it was found: under an author line or over the text), or the page's name
        # for its article, as on a page.
        if chosen is not None and chosen.index > 0 and _same_story(doc, first, chosen):
            doc.remove(first, "title",
                       "the page's title, printed first: the headline under it words it in full")
        elif first.kind == "text" and _title_like(first) and (chosen is None or run_share()(first)):
            # (with a headline found, one that shares no word with the article's opening is
            # no name for it: a consent wall's heading a converter printed first, "Wir
            # brauchen Ihre Zustimmung")
            doc.decide(first, Role.TITLE, "title", "the page's title, printed first")
            _cut_site_name(doc, first)
            named = True
    if chosen is None:
        return
    doc.meta["headline"] = chosen.index
    if named:
        doc.remove(chosen, "title", "headline as shown: the page's own title names the article")
    else:
        doc.decide(chosen, Role.TITLE, "title", "headline")
    if chosen.index == 0 and not doc.html:
        _cut_site_name(doc, chosen)
    _label_dek(doc, chosen, start)
    key = _norm(chosen.text)
    # A line whose words are the headline's holds its longest word: a substring test spares
    # most lines of the headline's length the normalisation.
    longest = max(key.split(" "), key=len)
    lo, hi = chosen.length - 10, chosen.length + 10
    # Only lines of the headline's length, and the first line (a page title adds a site name).
    near = [u for u in units[1:] if lo <= u.length <= hi]
    for unit in (units[0], *near):
        if unit is not chosen and unit.role is None and longest in unit.text.casefold():
            norm = _norm(unit.text)
            if norm == key or (unit.index == 0 and key and norm.startswith(key)):
                doc.remove(unit, "title", "repeats the headline (page title or list entry)")
