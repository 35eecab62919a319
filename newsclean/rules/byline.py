"""byline: the author line next to the headline."""

from __future__ import annotations

import re

from ..chain import rule
from ..document import Document, Role, Unit
from .anchors import name_over_date, named_dated, norm, site_names
from .authors import (
    FILE_NAME,
    from_metadata,
    is_role,
    lone_opener,
    name_alone,
    names,
    only_names,
    opener_over_name,
)
from .end_matter import boxed_names
from .line_weights import sentence
from .patterns import (
    AND_WORDS,
    MONTHS,
    ROLE_WORDS,
    caseless_author,
    date_labels,
    has_date,
    is_byline,
    is_caption,
    is_dateish,
    patterns,
    unglued,
)
from .shapes import in_list
from .signatures import (
    DATED_MAX,
    NAME_PARTS,
    author_in_date_line,
    bracketed_name,
    names_parted,
    only_name,
    signed_line,
    worded,
)
from .title import headline_window

_AUTHOR_HINTS = frozenset({"byline", "author"})


def _marked_up(unit: Unit) -> bool:
    """On an HTML page, a short line the markup calls the byline or author ("Jane Doe")."""
    block = unit.html
    return (block is not None and unit.words <= 20 and 3 <= unit.length <= 160
            and not _AUTHOR_HINTS.isdisjoint(block.evidence.hints) and unit.text[-1:] not in ".!?")


@rule("byline", "Keep the author line: 'By Jane Doe, Associated Press', 'Reuters Nov 18, 2019'.",
      needs=("main-run",))
def byline(doc: Document) -> None:
    """Takes the first line between the headline (or 25 lines before the main run) and the
    fourth line of the main run that reads as a byline: a "By"-style opener in several
    languages, "Name, Staff Writer", an agency name with a date, or names parted from the
    outlet and date by a mark ("Jane Doe · CNB News · Posted: ..."); on an HTML page also a
    short line marked up as byline or author. Else a name alone (or names alone, joined by
    "and") by the headline or over its date right over the text, no teaser list's; the
    anchors' author line; a name and date the author's box names again; the post's signature
    under it. Short lines only. The names in it (else in the page's metadata) are
    ``doc.meta["authors"]``."""
    headline, lo, start = headline_window(doc)
    # under the headline first, then the lines just over it (some pages print the author
    # above the headline, and the headline found may be a line too low); a name alone only
    # under it: over a headline, two capitalised words are a section's ("Cultures Web")
    above = doc.units[max(0, lo - _ABOVE) : lo][::-1] if headline is not None else []
    under = doc.units[lo : max(start + 4, _worded_end(doc.units, lo, _UNDER))]
    for unit in (*under, *above):
        if unit.role is not None:
            continue
        marked = "marker" in unit.labels and "listed" not in unit.labels
        # a byline box's label ("Tech Industry") names no one: read on
        # (or names set apart from a date by a mark, with no "By": "Jane Doe · CNB News ·
        # Posted: Mar 03, 2026"; an outlet and a date is a date line: "Yahoo Finance May 3")
        # (an author line a converter ran the share buttons under it into: marked for them)
        author = (marked and unit.labels.get("marker") == "share" and _opens_byline(unit)) \
            or not marked and (is_byline(unit.text) or (_marked_up(unit) and (
            bool(names(unit.text)) or lone_opener(unit.text))) or _opens_byline(unit)
            or (unit.index > lo and (_NAMES_PARTED.match(unit.text) is not None or _roled(unit.text))
                and named_dated(unit)) or _opener_over_name(doc, unit) or _agency_over_date(doc, unit))
        named = unit.text if author or _opener_over_caseless(doc, unit) else author_in_date_line(unit)
        if named and unit.index < lo and not names(named):
            continue  # over the headline, a section's label and its kind ("Opinion | Columnist")
        # "JANE DOE/AFP via Getty Images" credits a photo; "By Jane Doe ... Photograph: Sam
        # Roe" (a byline a converter ran into the caption under it) names the author first
        if named and (not is_caption(unit.text) or _opens_by(unit.text)):
            doc.decide(unit, Role.BYLINE, "byline", "author line")
            if (nxt := opener_over_name(doc.units, unit)) is not None:
                doc.decide(nxt, Role.BYLINE, "byline", "author line: the name after its opener")
                named = f"{unit.text} {nxt.text}"  # "por" / "César Salza": one byline in two lines
                for more in _and_names(doc, nxt.index):  # "By" / "Jane Doe" / "and" / "Sam Roe"
                    doc.decide(more, Role.BYLINE, "byline", "author line: another name, after its link")
                    named += f" {more.text}"
            elif (writer := _credited_name(doc, unit, named)) is not None:
                doc.decide(writer, Role.BYLINE, "byline", "author line: the name over its credit")
                named = f"{writer.text}, {named}"  # "JANE DOE" / "Associated Press May 2, 2016"
            if more_lines := _next_authors(doc, unit):  # each line's names: the first's role ends them
                for more in more_lines:
                    doc.decide(more, Role.BYLINE, "byline", "author line: another author under the first")
                named = ", ".join([*names(named), *(n for more in more_lines for n in names(more.text))])
            _authors(doc, named)
            return
    if headline is not None:
        under = doc.units[headline + 1 : headline + 1 + _NAME_REACH]
        alone = [unit for unit in under
                 # the run may open with the standfirst, set apart or not: the byline under
                 # it is still above the text (inside the run, a name alone is a list's or a
                 # caption's)
                 if (_run_lines(doc.units, start, unit.index) <= 1 or _framed(doc, unit.index))
                 and unit.role is None and "marker" not in unit.labels
                 and (name_alone(unit) or _dated_heading(doc, unit)
                      or (_framed(doc, unit.index) and _names_only(unit.text)))
                 # (a list's item, unless dated)
                 and (not in_list(doc.units, unit) or _framed(doc, unit.index))
                 and not _listed_name(doc.units, unit)]
        # else a name over its date right over the text: the author's box opening the article
        over = [] if alone else [unit for unit in _over_run(doc, headline, start)
                                 if unit.role is None and not _listed_name(doc.units, unit)]
        if alone or over:
            # a name over its role ("Games Editor") or its date before a name alone (a
            # site's name, a logo's link)
            unit = next((u for u in alone if _framed(doc, u.index) or _over_role(doc, u.index)),
                        alone[0] if alone else over[-1])
            doc.decide(unit, Role.BYLINE, "byline", "author line: a name alone by the headline"
                       if alone else "author line: a name over its date, over the text")
            _authors(doc, unit.text)
            return
        # over the headline a name alone is a section's, unless a date or a reading time
        # frames it as the author's (a blog's header: "Jane Doe" / "4 min read"); the site's
        # own name (the page title's other part, the page's first line) is no author
        sites = site_names(doc)
        for unit in doc.units[max(1, headline - _FRAMED_ABOVE) : headline][::-1]:  # line 0: a masthead
            if unit.role is None and "marker" not in unit.labels and _framed(doc, unit.index) \
                    and name_alone(unit) and norm(unit.text) not in sites:  # the cheap test first
                lines = _joined_names(doc, unit.index)
                if lines is None:
                    break  # the last of a list of names (a story's tags), not a byline
                for line in lines:
                    doc.decide(line, Role.BYLINE, "byline", "author line: a name over its date or read time")
                _authors(doc, " ".join(line.text for line in lines))
                return
    found = doc.meta.get("anchors")
    if found is not None and found.byline is not None:
        unit = doc.units[found.byline]
        if unit.role is None and "marker" not in unit.labels and (
                named_dated(unit) or name_over_date(doc.units, unit)):
            # the anchors' author line of names and a date, no "By" ("Priya Raman Contributing
            # Editor March 3, 2026", or a name alone over its date): the headline was found by it
            doc.decide(unit, Role.BYLINE, "byline", "author line: names and a date under the headline")
            _authors(doc, unit.text)
            return
    boxed = boxed_names(doc.units, under, doc.meta.get("span", (0, -1))[0])
    if boxed is not None:
        line, named = boxed
        doc.decide(line, Role.BYLINE, "byline", "author line: the names of the author's box under the text")
        _authors(doc, ", ".join(named))
        return
    echoed = next((unit for unit in under if unit.role is None and "marker" not in unit.labels
                   and _echoed(doc, unit)), None)
    if echoed is not None:
        doc.decide(echoed, Role.BYLINE, "byline", "author line: a name and a date, the name printed again")
        _authors(doc, echoed.text)
        return
    stated = _stated_line(doc, under)
    if stated is not None:
        doc.decide(stated, Role.BYLINE, "byline", "author line: the names the page's metadata gives")
        _authors(doc, stated.text)
        return
    signed = signed_line(doc)
    if signed is not None:
        doc.decide(signed, Role.BYLINE, "byline", "author line: the post signed under its text")
        doc.meta["signed"] = signed.index  # its date is the post's (``published``)
    signature = signed.text if signed is not None else None
    if signed is not None and (name := opener_over_name(doc.units, signed)) is not None:
        doc.decide(name, Role.BYLINE, "byline", "author line: the name after its opener")
        signature = f"{signed.text} {name.text}"  # "Autor" / "Ivana Kovačević" under the text
    if signature is not None and names_parted(signature):
        signature = ", ".join(NAME_PARTS.split(signature))  # (a dash parts names here, not a date)
    elif signature is not None and (bracketed := bracketed_name(signature)) is not None:
        signature = bracketed
    _authors(doc, signature)


def _no_places(found: list[str]) -> list[str]:
    """The names less the places among them: a one-word name may be the publisher's seat in
    its author tag ("DER KOMPASS, Hamburg, Germany") or the reporter's town after the names
    ("Von Anna Berger und Jonas Kreuzer, Leipzig"). The gazetteer loads only then."""
    if all(" " in name for name in found):
        return found
    from .places import known

    return [name for name in found if " " in name or not known(name)]


def _stated_line(doc: Document, under: list[Unit]) -> Unit | None:
    """On a page whose metadata names its authors, the line by the headline that opens with
    the first of them and names them all: the author line, whatever runs on after the names
    ("Marta Ribelles Vicent Soler Gandia Actualizado: 18/09/2025": names, a place, a date,
    printed with nothing between them)."""
    author = (doc.meta.get("page") or {}).get("author") if doc.html else None
    stated = from_metadata(author) if author else []
    if not stated:
        return None
    return next((unit for unit in under if unit.role is None and "marker" not in unit.labels
                 and unit.length <= DATED_MAX and unit.text.startswith(stated[0])
                 and all(name in unit.text for name in stated)), None)


_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
"""A link's number, as lynx prints it before the link's text."""


def _opens_byline(unit: Unit) -> bool:
    """A logical line of several source lines whose first reads as a byline: an author line a
    converter ran into the line under it (lynx joins a wrapped author line and the share
    buttons under it when the buttons' first word would not have fitted on its last line)."""
    raw = unit.raw.strip()
    if "\n" not in raw or unit.text[-1:] in ".!?":
        return False  # (an author line run into the lead's sentences is the lead's)
    first = " ".join(_LINK_NUMBER.sub("", raw.split("\n", 1)[0]).split())
    return first != unit.text and is_byline(first)


def _roled(text: str) -> bool:
    """Whether a line of names and a date reads as an author line up to its date: a name and
    its role, no mark between ("Sarah Kettering Manufacturing Reporter Published March 4,
    2025"); a teaser's headline over its date has no role."""
    if _A_DIGIT.search(text) is None:
        return False  # (no date: most lines, spared the splitting)
    words = text.split()
    labels = date_labels()
    cut = next((k for k, w in enumerate(words) if k >= 3 and (
        w.lower().rstrip(":") in labels or w[:1].isdigit() or _MONTH.fullmatch(w) is not None)), None)
    return cut is not None and is_dateish(" ".join(words[cut:])) and is_byline(" ".join(words[:cut]))


_MONTH = re.compile(rf"(?i){MONTHS},?")
_A_DIGIT = re.compile(r"\d")


_NAMES_PARTED = re.compile(r"[^\W\d_][^·|•\d]{2,60}\s[·|•]\s")
"""Names, then a mark that parts the author line's fields: "Jane Doe · ", "Jane Doe | " (not
a name and a date before it, "Jane Doe March 3, 2025 · ...": a teaser's or a breadcrumb's
line as well, unless the author's box names her again, ``_echoed``)."""


_ECHO_EXTRA = 15
"""Characters a line that prints the author's name again may add to it ("About Jane Doe",
"Jane Doe says:"): an author box's heading, a comment's header; a longer line is prose."""


def _echoed(doc: Document, unit: Unit) -> bool:
    """A line that opens with a name and a date ("Jane Doe March 3, 2025 · 5 min read") with no
    "By" before it, whose name the page prints again on a short line of its own (the author's
    box under the article, "About Jane Doe"): the repetition, not the shape, says it is the
    author's (a name before a date is also a breadcrumb's or a teaser's)."""
    text = unit.text
    if unit.length > DATED_MAX or not text[:1].isupper() or text[-1:] in ".!?" \
            or not has_date(unglued(text)) or is_caption(text):
        return False
    found = names(text)
    if not found or not text.startswith(found[0]):
        return False
    name = found[0]
    longest = len(name) + _ECHO_EXTRA
    return any(other is not unit and len(other.text) <= longest and name in other.text
               and (other.text.startswith(name) or other.text.endswith(name))
               and abs(other.index - unit.index) > 1 for other in doc.units)


_MORE_AUTHORS = 4
"""Author lines under the first read as the byline's too: a page that sets each author on a
line of their own with their role ("Ingrid Solberg Journalist" / "Erlend Haugen Journalist")."""


def _next_authors(doc: Document, first: Unit) -> list[Unit]:
    """The author lines right under ``first``, each naming someone, none a marked line."""
    found: list[Unit] = []
    for unit in doc.units[first.index + 1 : first.index + 1 + _MORE_AUTHORS]:
        first_word, _, rest = unit.text.partition(" ")
        anded = first_word.lower() in AND_WORDS  # "and Tom Ashworth Deputy political editor", "and Dan Pryor"
        text = rest if anded else unit.text
        if unit.role is not None or "marker" in unit.labels or unit.length > DATED_MAX \
                or not (is_byline(text) or (anded and (only_name(text) or _name_and_role(text)))) \
                or is_caption(text) \
                or not names(text):
            break  # (a caption names its photo's subject and role: "Jane Doe, a reporter (AP Photo)")
        found.append(unit)
    return found


def _name_and_role(text: str) -> bool:
    """A name, then only words of a role and its beat: "Tom Ashworth Deputy political editor"."""
    found = names(text)
    if len(found) != 1 or not text.startswith(found[0]):
        return False
    rest = text[len(found[0]) :].split()
    return bool(rest) and all(word.lower() in ROLE_WORDS for word in rest)


_CONJUNCTIONS = frozenset({"and", "&", "und", "et", "y", "e", "i", "и"})


def _joined_names(doc: Document, index: int) -> list[Unit] | None:
    """The lines of a byline that ends with the name at ``index``: the name alone, or names
    a converter broke at their links ("Jane Doe" / "and" / "Sam Roe"). None when the line
    over the name is another name alone: a list of names (tags, people in the story)."""
    units = doc.units
    above = units[index - 1] if index > 0 else None
    if above is None or above.role is not None:
        return [units[index]]
    if name_alone(above):
        return None
    if above.text.lower() in _CONJUNCTIONS and index >= 2 and units[index - 2].role is None \
            and name_alone(units[index - 2]):
        return units[index - 2 : index + 1]
    return [units[index]]


def _and_names(doc: Document, index: int) -> list[Unit]:
    """The lines that go on a byline whose last name is at ``index`` where a converter broke
    it at its links: "and" (or "&") and a name alone, again and again ("By" / "Jane Doe" /
    "and" / "Sam Roe")."""
    units, found = doc.units, []
    while index + 2 < len(units) and units[index + 1].text.lower() in _CONJUNCTIONS \
            and units[index + 1].role is None and units[index + 2].role is None \
            and name_alone(units[index + 2]):
        found += units[index + 1 : index + 3]
        index += 2
    return found


_UNDER = 6
"""Lines with words from the headline on read for the author line, also when the main run
opens at the headline (a date, a share bar and the standfirst may come between)."""
_ABOVE = 5
"""Lines over the headline read for an author line ("By ..."), nearest first."""

def _opener_over_caseless(doc: Document, unit: Unit) -> bool:
    """A lone opener over a name in a script without capitals ("ዘጋቢ፦" / "ሰላማዊት ታደሰ"),
    which no capital shows is a name: the two lines read as one author line."""
    if unit.words > 2 or unit.index + 1 >= len(doc.units):
        return False  # (an opener is a word or two)
    nxt = doc.units[unit.index + 1]
    return nxt.role is None and lone_opener(unit.text) \
        and caseless_author(f"{unit.text} {nxt.text}") is not None


def _dated_heading(doc: Document, unit: Unit) -> bool:
    """A heading that is a name alone with a date under it: an author set as a heading (a
    heading of a few capitalised words is a section's, unless the date frames it)."""
    if unit.kind != "heading" or not 2 <= unit.words <= 4 or unit.stop > 0 \
            or not _framed(doc, unit.index):
        return False
    return only_name(unit.text)


def _names_only(text: str) -> bool:
    """A line of two names or more and nothing else (``only_names``): the authors, when a
    date line frames it."""
    return len(only_names(text)) >= 2


def _worded_end(units: list[Unit], lo: int, count: int) -> int:
    """The index after the ``count``-th line with words from ``lo`` on."""
    for seen, unit in enumerate(worded(units, lo), 1):
        if seen == count:
            return unit.index + 1
    return len(units)


def _credited_name(doc: Document, unit: Unit, line: str) -> Unit | None:
    """The name alone right over an author line that names no one (an agency and a date,
    "Associated Press December 2, 2016"): the writer the agency credits, or None."""
    if unit.index == 0 or names(line):
        return None
    above = doc.units[unit.index - 1]
    if above.role is not None or "marker" in above.labels or not name_alone(above) \
            or in_list(doc.units, above):
        return None
    return above


def _opens_by(text: str) -> bool:
    """A line that opens with a one-word byline opener ("By Jane Doe ...", "Par ..."), or
    whose first part, up to a bar or a dot, is an author line and no credit ("Words by Jane
    Doe, Programmes Officer | Photos by Sam Roe | 3 February 2025")."""
    words = text.split(maxsplit=1)
    if bool(words) and lone_opener(words[0]):
        return True
    first = _PARTS.split(text, 1)[0]
    return first != text and is_byline(first) and not is_caption(first)


_PARTS = re.compile(r"\s+[|·•]\s+")
"""What separates an author line's fields: the author, the photographer, the date."""


_FRAMED_ABOVE = 20
"""Lines over the headline in which a name framed by a date or a reading time is the
author's: a blog platform's header (the name, "4 min read", sign-in and follow buttons, the
name again with the date) may take that many lines above the headline."""


def _framed(doc: Document, index: int) -> bool:
    """A line framed as a byline: after a lone opener ("por", "By"), or over a date line (its
    months named in the page's language: "Martes 3 de marzo de 2026"), a line the markers
    rule reads as metadata ("4 min read", "3 hours ago"), or the writer's
    bio that opens with the name (a column's author box: "Dana Whitcombe" / "Columnist" /
    "Dana Whitcombe writes about housing ...")."""
    if index > 0 and lone_opener(doc.units[index - 1].text):
        return True
    if index + 1 >= len(doc.units):
        return False
    after = doc.units[index + 1]
    if after.text and (is_dateish(after.text, doc.lang) or after.labels.get("marker") == "metadata"
                       or _SHORT_DATE.match(after.text) is not None):
        return True
    opens = f"{doc.units[index].text} "
    return any(u.text.startswith(opens) and sentence(u)
               for u in doc.units[index + 1 : index + 1 + _BIO_REACH])


_SHORT_DATE = re.compile(rf"(?i)^(?:{MONTHS}\s+\d{{1,2}}|\d{{1,2}}\.?\s+{MONTHS})$")
"""A date of this year, its year left out, as a blog prints it under its author ("Feb 12")."""
_BIO_REACH = 3
"""Lines under a name within which the writer's bio may open with it (its role and picture
between, as a text browser prints a column's author box)."""


def _over_role(doc: Document, index: int) -> bool:
    """A line over its writer's role ("Ben Silverman" / "Games Editor")."""
    return index + 1 < len(doc.units) and is_role(doc.units[index + 1].text)


_FILE_NAME = re.compile(rf"^{FILE_NAME}$")
"""A line that is only a file name: an image's alt text, as a text browser prints it."""


def _run_lines(units: list[Unit], start: int, index: int) -> int:
    """Lines of the run before ``index``, an image's name not counted."""
    return sum(1 for u in units[start:index] if _FILE_NAME.match(u.text) is None)


_OVER_RUN = 8
"""Lines with words over the main run's first line in which a name over its date is the
article's author, when the headline is further up: teasers, a newsletter box and a share bar
may stand between the headline and the author's box that opens the text."""
_ENTRY_GAP = 8
"""Lines within which two names over their dates are a teaser list's entries (a teaser's
source, headline, author and time take five), neither the article's author."""


def _over_run(doc: Document, headline: int, start: int) -> list[Unit]:
    """The names over their dates among the ``_OVER_RUN`` lines with words over the run's
    first line, below the lines right under the headline (read first)."""
    units = doc.units
    over = [u for u in units[max(headline + 1 + _NAME_REACH, start - 3 * _OVER_RUN) : start] if u.words]
    return [u for u in over[-_OVER_RUN:] if name_over_date(units, u)]


def _listed_name(units: list[Unit], unit: Unit) -> bool:
    """A name over its date with another within ``_ENTRY_GAP`` lines: a list's entry."""
    if not name_over_date(units, unit):
        return False
    near = units[max(0, unit.index - _ENTRY_GAP) : unit.index + 1 + _ENTRY_GAP]
    return any(u is not unit and name_over_date(units, u) for u in near)


_NAME_REACH = 4
"""Lines under the headline in which a name alone is its author's (a date, a share bar or the
standfirst may come between); further down a name alone is a caption's or a list's."""


def _authors(doc: Document, line: str | None) -> None:
    """The names a page's metadata gives (meta author, JSON-LD author; not the site's own
    name: a page's author tag often holds it), else those of the byline line,
    else those of the author item in the article's microdata: hidden microdata often names
    the publication, and its visible text is a byline line ("By A, B")."""
    page = doc.meta.get("page", {}) if doc.html else {}
    author = page.get("author")
    found = from_metadata(author) if author else []
    if found and page.get("site_name") in found:
        found = [name for name in found if name != page["site_name"]]  # the site, no author
    if found and page.get("author_organisation") and line and (people := _no_places(names(line))) \
            and all(" " in person for person in people) and not set(people) & set(found):
        found = people  # a wire or the publisher in the metadata, a person on the author line
    if found and line and len(people := _no_places(names(line))) > len(found) \
            and {n.casefold() for n in found} <= {n.casefold() for n in people}:
        found = people  # the metadata names the first author; the author line names them all
    found = _no_places(found) or _no_places(names(line) if line else [])
    if not found and page.get("microdata_author"):
        found = names(page["microdata_author"])
    doc.meta["authors"] = found


def _agency_over_date(doc: Document, unit: Unit) -> bool:
    """An agency's name alone over the date line ("NTB" / "Publisert 13.03.2024 19:42"): the
    wire story's credit, set in a box of its own, as an agency and its date on one line are."""
    if unit.length > _AGENCY_LINE or patterns()["agency"].fullmatch(unit.text) is None:
        return False
    nxt = next(worded(doc.units, unit.index + 1), None)
    return nxt is not None and nxt.length <= DATED_MAX and is_dateish(nxt.text)


_AGENCY_LINE = 40
"""Longest line read as an agency's name alone."""


def _opener_over_name(doc: Document, unit: Unit) -> bool:
    """An opener alone on its line ("Автор", "ผู้เขียน"), the author's name on the next: a
    page's label and its link, set in two boxes."""
    return opener_over_name(doc.units, unit) is not None
