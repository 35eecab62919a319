"""Where an article's end matter begins: comment threads, the author's box, a press release's
end mark and issuer boilerplate, copyright lines. The run does not cross them."""

from __future__ import annotations

import re
from collections import Counter

from ..document import Unit
from . import anchors, data
from .line_weights import GOOD, NEAR, THREAD_HEAD
from .next_story import next_story_at
from .patterns import has_date, is_bio, is_byline, is_caption, is_dateish, is_trailer
from .shapes import ABOUT_OPENERS, clock_header, in_list

_NAMED_REACH = 3
"""Lines with words under the headline in which its author line (names and a date) stands."""


_COUNTED_HEAD = re.compile(r"[^\W\d_][^()\d]{2,40}\((\d{1,4})\)")
"""A heading with a count in brackets: "Messages of Sympathy (3)", "Reacties (12)"."""
_THREAD_HEADERS = 2
"""Stamped lines under a counted heading that make it a thread's: one is a date line."""
_THREAD_LEAD = 3
"""Lines with words under a counted heading within which its thread's first stamp stands."""


def thread_heads(units: list[Unit], marked: list[tuple[int, int]] | None = None) -> list[int]:
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
        if len(stamped) < min(count, _THREAD_HEADERS):
            # a header dated to the minute counts, though a page with fewer than three labels
            # none of them stamped ("Imetumwa na Kassim Jumanne, Juni 11, 2024 - 10:02"): read
            # in the lines where a thread of two shows its two
            stamped = [u for u in reach[: 3 * _THREAD_LEAD * _THREAD_HEADERS]
                       if u.labels.get("shape") == "stamped" or clock_header(u)]
        first = [u for u in reach if u.words][:_THREAD_LEAD]
        if len(stamped) >= min(count, _THREAD_HEADERS) and any(u in stamped for u in first):
            heads.append(unit.index)
    if marked is None:
        marked = marked_threads(units)
    heads.extend(head for head, _ in marked if head not in heads)
    return heads


_MARKED_HEADERS = 3
"""Entry headers (a name over its date, or a name and its date) under an uncounted comments
heading ("Guest Book", "Reader comments") that make it a thread's."""
_MARKED_REACH = 12
"""Lines under such a heading, per header sought, in which its headers stand."""


def marked_threads(units: list[Unit]) -> list[tuple[int, int]]:
    """Comments headings with no count, over a thread by its shape: ``_MARKED_HEADERS``
    entries each under a header that names someone and dates the entry, the first within
    ``_THREAD_LEAD`` lines (a policy note may come first). The heading alone proves nothing
    (a share bar's "12 Comments" sits over the article too). Each heading with its last
    header found: the entries between are readers' words, however much prose they hold."""
    heads: list[tuple[int, int]] = []
    for unit in units:
        if unit.labels.get("marker") != "comments" or unit.words > 6 \
                or (heads and unit.index <= heads[-1][1]):
            continue  # (a thread's own "Reply" lines head no thread of their own)
        reach = units[unit.index + 1 : unit.index + 1 + _MARKED_REACH * _MARKED_HEADERS]
        lead = [u for u in reach if u.words][: _THREAD_LEAD + 1]
        if not any(_entry_header(units, u) for u in lead):
            continue  # (the cheap test first: most such headings are a share bar's count)
        headers = [u for u in reach if _entry_header(units, u)]
        if len(headers) >= _MARKED_HEADERS:
            last = headers[-1].index
            while (more := next((u for u in units[last + 1 : last + 1 + _MARKED_REACH]
                                 if _entry_header(units, u)), None)) is not None:
                last = more.index  # the thread goes on while entries follow
            heads.append((unit.index, _entry_end(units, last)))
    return heads


def _entry_end(units: list[Unit], header: int) -> int:
    """The last line of the thread whose last header found is ``header``: its entry's text,
    and entries after it under headers too plain to tell alone (a name with a title, "Dr.
    Helen Ostrowski", over its date)."""
    end = header
    for unit in units[header + 1 :]:
        if not unit.words:
            continue
        dated = next((u for u in units[unit.index + 1 : unit.index + 3] if u.words), None)
        if "marker" in unit.labels or not (unit.labels.get("class") in (GOOD, NEAR) or is_dateish(unit.text)
                                           or (dated is not None and is_dateish(dated.text))):
            break
        end = unit.index
    return end


def _entry_header(units: list[Unit], unit: Unit) -> bool:
    """A thread entry's header: a stamp, a name and its date, or a name over its date."""
    return bool(unit.words) and (unit.labels.get("shape") == "stamped" or anchors.named_dated(unit)
                                 or anchors.name_over_date(units, unit))


def named_under(units: list[Unit], headline: int | None) -> int | None:
    """The author line under the headline that opens with names and holds a date, with no
    "By" ("Lena Kowalczyk and Dev Malhotra Mar 2, 2026 · Updated 3h ago"), which the
    anchors do not take for a byline (a teaser's name and date looks the same): where the
    author box under the text repeats a name of it, the names are the author's. Else the
    line whose names the box under the text prints alone (``boxed_names``)."""
    if headline is None:
        return None
    under = [u for u in units[headline + 1 : headline + 1 + 3 * _NAMED_REACH] if u.words][:_NAMED_REACH]
    found = next((unit.index for unit in under if anchors.named_dated(unit)), None)
    if found is None and (boxed := boxed_names(units, under, headline + 1)) is not None:
        found = boxed[0].index
    return found


def boxed_names(units: list[Unit], under: list[Unit], start: int) -> tuple[Unit, list[str]] | None:
    """The line of ``under`` (lines under the headline) that names the people whose names
    the author's box under the text (from ``start``, the text's first line) prints alone
    ("Andreea Mureșan" / her bio), and those names in its order: in any language, the box's
    names say which of the header's words are the authors' ("de" / "Andreea Mureșan și
    Radu Pop", "Nina Karen Dela Cruz at Paolo Mercado Marso 14, 2024"), where no opener or
    date pattern of the page's language does. The name may follow one word at most (an
    opener)."""
    from .authors import name_alone, names  # (authors reads the data only when a page asks)
    from .signatures import DATED_MAX

    header = [u for u in under if u.role is None and "marker" not in u.labels and u.length <= DATED_MAX
              and u.text[-1:] not in ".!?" and not is_caption(u.text)]
    if not header:
        return None
    printed = "\n".join(u.text for u in header)
    told, seen = 0, Counter()  # paragraphs of the text so far; each name's lines alone
    for unit in units[start:]:
        told += unit.labels.get("class") in (GOOD, NEAR)
        # (a line whose first two words no header line holds names none of its names: the
        # cheap test first, before a name is read)
        if told >= _BOX_AFTER and unit.length <= _NAME_ALONE and unit.words >= 2 \
                and " ".join(unit.text.split()[:2]) in printed and name_alone(unit):
            seen[names(unit.text)[0]] += 1
    # (a name alone again and again is an interview's speaker or a feed's signer)
    box = [name for name, times in seen.items() if times <= _BOX_TIMES]
    if not box:
        return None
    for unit in header:
        text = unit.text
        found = sorted((text.find(name), name) for name in box if name in text)
        # (the box's names and more: a second name or a date; a menu's entry that a footer
        # prints again, "RSS Feeds", is a line of its own in both places)
        if found and len(text[: found[0][0]].split()) <= 1 and (len(found) > 1 or has_date(text)) \
                and not in_list(units, unit):
            return unit, [name for _, name in found]
    return None


_NAME_ALONE = 60
"""Longest line read as a name alone (``authors.name_alone`` reads none longer)."""
_BOX_TIMES = 2
"""Lines on which a name stands alone at most for it to be a box's (the box may print it over
the bio and again under it); more are a speaker's labels or a feed's signatures."""


def author_box(units: list[Unit], byline: int | None, classes: list[str]) -> int | None:
    """The line under the article's text that names its author again, alone (the author's
    box: a picture, the name, a bio, "More by ..."): the article has ended over it. The
    names are the author line's (``byline``); the text must have begun between the two
    (``_BOX_AFTER`` paragraphs of prose), so the author's name under the headline is not it,
    and the name stands alone once: a feed signs each of its updates."""
    if byline is None:
        return None
    from .authors import names  # (authors reads the data only when a page has an author line)

    wanted = {" ".join(name.split()).casefold() for name in names(units[byline].text)}
    written = " ".join(units[byline].text.split()).casefold()  # (its names may be read wrong)
    longest = max([len(written), *map(len, wanted)]) + 4  # (a line longer than the author line is none)
    prose, found, bios = 0, [], []
    for unit in units[byline + 1 :]:
        # (or the alt text of the author's picture: a text browser's line that markup took away)
        text = unit.text or (_LINK_NUMBER.sub("", unit.raw.strip()) if "markup" in unit.labels else "")
        if len(text) <= longest and len(text.split()) <= 5 \
                and (_named(" ".join(text.split()).casefold(), wanted) or _in_line(text, written)) \
                and not _pull_quote_credit(units, byline, unit.index):
            found.append((unit.index, prose))
        elif (name := _bio_opens(text, wanted, len(text) > _BIO_LONGEST and _headed(units, unit.index))) \
                and not _mentioned(units, classes, byline, unit.index, name):
            bios.append((unit.index, prose))
        prose += classes[unit.index] == GOOD
    if len({before for _, before in found}) >= _FEED_SIGNS:
        return None  # names alone with prose between them again and again: a feed's updates
    late = sorted(i for i, before in (*found, *bios) if before >= _BOX_AFTER)
    return late[0] if late else None


def _in_line(text: str, written: str) -> bool:
    """A name of capitalised words that the author line holds, where its names were read
    wrong (an opener or a word for "and" no list knows: "Nina Karen Dela Cruz at Paolo
    Mercado Marso 14, 2024" holds "Karen Dela Cruz")."""
    from .authors import names

    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and f" {' '.join(words).casefold()} " in f" {written} " and names(text) == [" ".join(words)]


def _headed(units: list[Unit], index: int) -> bool:
    """Whether the line with words over ``index`` heads an author's box ("About the author")."""
    over = next((u for u in reversed(units[max(0, index - 3) : index]) if u.words), None)
    return over is not None and over.length <= 40 and _ABOUT_AUTHOR.match(over.text) is not None


_ABOUT_AUTHOR = re.compile(
    r"(?i)(?:about the (?:authors?|writers?|columnist)|über (?:den|die) autor(?:in)?|sobre (?:el|la) autora?|"
    r"à propos de l[\x27’]auteur|sull[\x27’]autore|o autorze|over de auteur|om skribenten)\s*:?$")
"""An author's box's heading, in the languages of the byline openers."""


def _bio_opens(text: str, wanted: set[str], headed: bool = False) -> str | None:
    """The author's full name a bio opens with, going on in lower case, in any language
    ("Amina Salim ni mwandishi wa ...", "Ewan Galloway is a writer ..."): the box's text
    where the name over it is a link or a picture the converter left out. Not a quoted line
    (the author quoted in their own piece). ``headed``: under an author box's heading, a
    bio of any length."""
    if not _BIO_MIN <= len(text) <= (_BIO_HEADED if headed else _BIO_LONGEST):
        return None
    folded = text[:_NAME_CHARS].casefold()  # (the name first: most lines open with none of them)
    name = next((name for name in wanted if " " in name and folded.startswith(name)
                 and _goes_on(text[len(name) :])), None)
    return name if name is not None and _QUOTING.search(text) is None else None


_NAME_CHARS = 80
"""Characters of a line read for an author's name at its start (a name is shorter)."""


def _goes_on(rest: str) -> bool:
    """What follows a name where a sentence about its bearer goes on: a lower-case word, after
    a space or a comma ("is a", "ni mwandishi", ", who")."""
    rest = rest[2:] if rest.startswith(", ") else rest[1:] if rest.startswith(" ") else ""
    return rest[:1].islower()


def _mentioned(units: list[Unit], classes: list[str], byline: int, index: int, name: str) -> bool:
    """Whether the text names the bearer of a bio's name elsewhere (its surname, as news
    writes a person again: "Salim said"): over the bio, or in a paragraph of prose under it
    that does not open with the name. Then the name is the article's subject ("North Korea
    has intensified ...", a byline misread), not its author, whom the text does not name."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    # (a marked line over it is furniture: a tags line the name's link ran into, as lynx
    # prints; a photo's caption credits the author as its photographer; a reader's comment
    # under the thread's heading may name the author in a reply)
    return any(surname.search(unit.text.casefold()) for unit in units[byline + 1 : index]
               if "marker" not in unit.labels and not is_caption(unit.text)) or any(
        classes[unit.index] == GOOD and not unit.text.casefold().startswith(name)
        and surname.search(unit.text.casefold()) for unit in units[index + 1 : thread_heading(units, index)])


_BIO_HEADED = 1500
"""Characters of a bio under an author box's heading ("About the author") at most."""
_BIO_MIN = 30
"""Characters of a bio under the text at least: a sentence."""
_BIO_LONGEST = 600
"""Characters of a bio under the text at most: a few sentences (a longer line opening with
the author's name is a paragraph of the text, a column's author writing of themselves)."""
_QUOTING = re.compile(r"[\"“”«»„]")


_LINK_NUMBER = re.compile(r"^\[\d+\]")
"""A link's number before its text, as lynx prints it ("[37]Marisol Ortega": the link to the
author's page, which the bio under it opens with again)."""


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


_RESERVED = re.compile(r"(?i)\b(?:all rights reserved|riproduzione riservata|tutti i diritti riservati"
                       r"|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten"
                       r"|wszelkie prawa zastrzeżone|все права защищены|todos os direitos reservados)\b")
"""A reservation of rights, which no photo credit states ("© Riproduzione riservata" under an
Italian article; "© Jane Doe" under a picture is its credit)."""


def page_end(units: list[Unit], after: int, byline: int | None = None) -> int:
    """The first copyright line or comment thread's heading after line ``after`` (or the
    number of lines): the page's end. The run under the headline stops there, and a heavier
    run beyond it is the page's footer (other stories, a blog roll) or its readers' comments,
    however much prose it holds. (A photo credit that opens with "©" is a caption, not an
    end; a thread's heading counts its comments, ``_COUNTED``, and is the page's only such
    line: a list of teasers counts each one's comments.)"""
    end = thread_heading(units, after)
    nxt = next_story_at(units, after, byline)
    end = min(end, nxt) if nxt is not None else end  # (the next story, printed whole under it)
    footer, opened = 0, 0  # the footer's links in a row so far, and the first of them
    for unit in units[after + 1 : end]:
        if unit.labels.get("shape") == "end-mark":
            return unit.index  # ("###", a story's rights notice)
        if unit.labels.get("marker") == "copyright" and unit.length < 120 \
                and (not is_caption(unit.text) or _RESERVED.search(unit.text)):
            return unit.index
        if unit.words:
            footer = footer + 1 if unit.labels.get("marker") == "footer" else 0
            if footer == 1:
                opened = unit.index
            elif footer == FOOTER_RUN:
                return opened
    return end


FOOTER_RUN = 4
"""The site footer's links in a row ("Careers", "Contact us", "Legal", "Privacy") that end
the page: the prose under them is its fine print (a risk warning, a company's registration),
however much of it there is. (A share bar's or a menu's line or two of such links is none.)"""


def thread_heading(units: list[Unit], after: int = -1) -> int:
    """The comment thread's heading after line ``after``, the page's only line that counts
    comments ("12 COMMENTAIRES", "Reader Comments (1)"), or the only one set as a heading and
    first, or the number of lines."""
    thread = [u.index for u in units[after + 1 :] if u.labels.get("marker") == "comments"
              and "listed" not in u.labels  # (a comment's own header: "Jory wrote on May 4, 2026")
              and u.length < THREAD_HEAD and _COUNTED.search(u.text) and not _in_header(units, u.index)]
    if len(thread) == 1 or (thread and units[thread[0]].kind == "heading"
                            and not any(units[i].kind == "heading" for i in thread[1:])):
        return thread[0]  # (the one set as a heading, first: a comment's "Reply | Like (2)" under it)
    return len(units)


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

END_MARK = re.compile(r"(?i)#{3}|-\s?30\s?-|[-–—]\s?ends?\s?[-–—]|(?-i:ENDS)")
"""The mark a press release or a wire story ends with ("###", "-30-", "- ends -", a
government's "ENDS" in capitals), once on its page: what follows it (the issuer's "About
...", its notes to editors, its media contacts) is not the text."""


RIGHTS_NOTICE = re.compile(r"(?i)\bmay not be (?:re)?(?:published|reproduced)\b.{0,40}?"
                           r"\b(?:broadcast|rewritten|redistributed)\b")
"""The rights notice a wire or broadcast story closes with ("Copyright 2025 KZNA. All rights
reserved. This material may not be published, broadcast, rewritten or redistributed."),
once on its page: the story ends there, as at a press release's "###"."""


def rights_notice(units: list[Unit], classes: list[str]) -> int | None:
    """The page's one rights notice, with ``_TRAILER_AFTER`` paragraphs of prose over it."""
    found = [u.index for u in units if "may not be" in u.text and RIGHTS_NOTICE.search(u.text)]
    if len(found) != 1 or sum(c == GOOD for c in classes[: found[0]]) < _TRAILER_AFTER:
        return None
    return found[0]


_ABOUT = re.compile(rf"(?:{data.alternation(opener.strip() for opener in ABOUT_OPENERS)})\s+"
                    r"(?:the\s+|The\s+|la\s+|el\s+|a\s+|o\s+|die\s+|der\s+|das\s+|l[\x27’]|de\s+)?"
                    r"(?P<name>[^\W\d_][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5})")
"""A press release's boilerplate heading: "About Tallgrass Thermal", "About the Kestle Trust",
"Sobre Fundación Cauce", "Über die Stadtwerke Lindau", "À propos de l'Agence ..."."""


def issuer_abouts(units: list[Unit], classes: list[str], candidates: list[int]) -> list[int]:
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
        if name[0].isupper() and any(classes[u.index] == GOOD and name in u.text for u in units[:i]):
            found.append(i)
    return found


def wall(unit: Unit) -> bool:
    """Where an article's end matter begins: an author bio or box, a comment thread's heading or a
    press release's end mark (the run stops at their lines as well: their weight is a wall).
    (A "Related" marker is no wall: a related link or a gallery's label often sits inside an
    article's element.)"""
    if unit.labels.get("shape") in ("end-mark", "author-box", "thread"):
        return True
    marker = unit.labels.get("marker")
    if marker is not None:  # (a heading, or one with a count: "Makali wrote:" may open a quoted letter)
        return marker == "comments" and unit.length < THREAD_HEAD and (
            unit.kind == "heading" or _COUNTED.search(unit.text) is not None)
    return unit.length >= 30 and is_bio(unit.text)


_TRAILER_AFTER = 2
"""Paragraphs of prose over a closing credit line from which it ends an article (a
"Compiled by" over a roundup's entries ends nothing)."""


_EDITED = re.compile(r"[（(【\[]?\s*(?:责任编辑|責任編輯)\s*[:：]")
"""The editor's credit a Chinese news page closes its article with ("责任编辑：王磊"), as a
wire story closes with "Editing by"."""


def credits_end(units: list[Unit], classes: list[str]) -> tuple[int, int] | None:
    """The article's closing credits, when the page has one such line: "Reporting by Elena
    Marsh in Chicago; Editing by Paul Drummond", "Jane Doe contributed to this report", the
    editor's "责任编辑：王磊". A wire story ends there; what comes under it (a quote box, a
    newsletter's pitch, a disclaimer) is the page's. A roundup credits each of its stories:
    more than one line, none ends. The line, and the first line with words under it."""
    # (the words first, tested inline: this reads every line of every page)
    found = [u for u in units if u.length <= 400 and ((" by " in (t := u.text) or " By " in t or " BY " in t
                                                       or "contributed" in t or "CONTRIBUTED" in t)
                                                      and is_trailer(t)
                                                      or ("编辑" in t or "編輯" in t) and _EDITED.match(t))]
    if len(found) != 1:
        return None
    trailer = found[0].index
    if sum(c == GOOD for c in classes[:trailer]) < _TRAILER_AFTER:
        return None
    after = next((u.index for u in units[trailer + 1 :] if u.words), None)
    return None if after is None else (trailer, after)
