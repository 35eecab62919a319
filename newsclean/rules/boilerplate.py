"""boilerplate: remove everything that is not the article, each line with its reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate

from ..chain import rule
from ..code import code_like
from ..document import Document, Role, Unit
from .line_weights import BAD, GOOD, NEAR, SHORT, STRONG_MARKERS, contentish, link_dense
from .patterns import fields, has_date, is_bio, is_bio_of, is_dateish
from .shapes import doubled, numbered_line
from .span import span

_NEAR = 60
"""Lines on either side of a candidate searched for the text a pull quote repeats: keeps the
check linear on very long inputs."""
_EDGES = " \"“”‘’'.,;:!?—–-…«»„‹›\u00a0\u202f"
_QUOTED = re.compile(r"^[\"“‘']([^\"”’]{20,}?)[\"”’]\s*[—–-]?\s*[A-Z_*]")
_ATTRIBUTION = re.compile(r"^[—–-]{1,2}\s*\S")
_QUOTE_OPENS = "\"“‘'"
_DASHES = "—–-"
"""The first characters of _QUOTED and _ATTRIBUTION matches: a cheap test before the regex
(an empty line passes it too, and the regex tells)."""
_REMOVED = Role.REMOVED
"""Looked up once: an Enum member read off its class costs a metaclass lookup per line."""


def _key(text: str) -> str:
    """The words of ``text``, compared without case, quote marks or end punctuation."""
    return text.casefold().strip(_EDGES)


def _outside(doc: Document, units: list[Unit], where: str) -> None:
    """Remove what lies before or after the main run (most of a page: kept lean)."""
    reasons: dict[str | None, str] = {None: f"outside: {where} the article's main text"}
    date_reason = f"metadata: date line {where} the article"
    for unit in units:
        if unit.role is not None or "dek" in unit.labels:
            continue
        marker = unit.labels.get("marker")
        if marker not in reasons:
            reasons[marker] = f"{marker}: {where} the article"
        reason = reasons[marker]
        if marker is None and unit.length < 90 and is_dateish(unit.text, doc.lang):
            reason = date_reason
        unit.role, unit.rule, unit.reason = _REMOVED, "boilerplate", reason  # undecided: checked above


_SECTION_ITEMS = 2
"""Fewest lines under a subheading that make a section's list."""


def _section(units: list[Unit], run: list[Unit]) -> bool:
    """A run of short lines that is a section of the article: a subheading and its list's
    items, with a paragraph of the article right over it and right under it ("...blieben
    dagegen kühler." / "Die wichtigsten Ergebnisse im Überblick" / four findings / the next
    subheading / its paragraph). A link list set between two paragraphs has a marked heading
    ("Related", "Read more") or links, which a dump cannot show but a page does."""
    first, last = run[0].index, run[-1].index
    if len(run) < 1 + _SECTION_ITEMS or run[0].html is not None or run[0].text[-1:] in ".!?:;" \
            or any(u.index != first + k for k, u in enumerate(run)):
        return False
    over, under = _beside(units, first, -1), _beside(units, last, 1)
    if under is not None and under.role is None and "marker" not in under.labels \
            and under.labels.get("class") == SHORT and under.text[-1:] not in ".!?:;":
        under = _beside(units, under.index, 1)  # (the next section's subheading, then its paragraph)
    return _prose(over) and _prose(under)


def _whole_list(units: list[Unit], run: list[Unit], listed: set[int]) -> list[Unit]:
    """A run of short lines with the short lines right over and under it that read as content
    (a list's items with figures in them, "Achat de six chenillettes (1,9 M$): adopté", part
    a run of the others) and the runs beyond them (``listed``: the lines of all runs): the
    list as a whole, for ``_section`` to read."""
    first, last = run[0].index, run[-1].index
    while first > 0 and (first - 1 in listed or _plain_short(units[first - 1])):
        first -= 1
    while last + 1 < len(units) and (last + 1 in listed or _plain_short(units[last + 1])):
        last += 1
    return units[first : last + 1] if (first, last) != (run[0].index, run[-1].index) else run


def _plain_short(unit: Unit) -> bool:
    """A short line of a phrase with a figure in it ("Achat de six chenillettes (1,9 M$):
    adopté"), words first, no furniture: a list's item, not a chart's label ("’17"), a box's
    heading or a date line ("21.dez.2018 às 12h55")."""
    text = unit.text
    return unit.role is None and unit.labels.get("class") == SHORT and "marker" not in unit.labels \
        and unit.words >= _ITEM_WORDS and text[:1].isalpha() and any(c.isdigit() for c in text) \
        and not is_dateish(text)


_ITEM_WORDS = 3
"""Fewest words of a list's item with a figure that ``_whole_list`` joins to a run."""


def _beside(units: list[Unit], index: int, step: int) -> Unit | None:
    """The line next to ``index`` that the article holds, over what a page sets between its
    paragraphs: an advertisement's label, a one-line link to another story ("Czytaj także:
    ...", the label and the headline on one line; a box's heading alone is no such line)."""
    index += step
    while 0 <= index < len(units):
        unit = units[index]
        marker = unit.labels.get("marker")
        if not (marker == "advertisement" or marker == "related" and _LABEL.match(unit.text)):
            return unit
        index += step
    return None


def _prose(unit: Unit | None) -> bool:
    return unit is not None and unit.role is None and unit.labels.get("class") in (GOOD, NEAR)


def _listed_dates(units: list[Unit], index: int, lang: str) -> bool:
    """A date among ``_LISTED_DATES`` or more dates in a row under a subheading ("Affected
    dates" / "Saturday, March 8 and Sunday, March 9" / "Saturday, March 15 and ..."): the
    article's schedule, not its stamps (a page's published and updated stamps carry their
    labels, which the markers read; a teaser list's dates stand between its headlines)."""
    def dated(k: int) -> bool:
        return 0 <= k < len(units) and units[k].words > 0 and "marker" not in units[k].labels \
            and is_dateish(units[k].text, lang)

    lo = hi = index
    while dated(lo - 1):
        lo -= 1
    while dated(hi + 1):
        hi += 1
    if hi - lo + 1 < _LISTED_DATES or lo == 0:
        return False
    head = units[lo - 1]
    return head.role is None and "marker" not in head.labels and 0 < head.words <= _SUBHEAD_WORDS \
        and head.text[-1:] not in ".!?" and not is_dateish(head.text, lang)


_LISTED_DATES = 2
"""Dates in a row under a subheading that make a list of them."""
_SUBHEAD_WORDS = 8
"""Most words of the subheading over a list of dates ("Affected dates", "Key dates ahead")."""


def _short_runs(units: list[Unit]) -> list[list[Unit]]:
    """Link lists: runs of 3+ short lines that do not read as content, or 2+ headline-like ones."""
    runs: list[list[Unit]] = []
    run: list[Unit] = []
    for unit in units:
        listish = (unit.role is None and unit.labels.get("class") == SHORT and "table" not in unit.labels
                   and not contentish(unit) and _linked(unit) and not _row(unit.text))
        if listish:
            run.append(unit)
            continue
        if unit.role is None or unit.labels.get("class") != SHORT:
            if _is_link_list(run):
                runs.append(run)
            run = []
    if _is_link_list(run):
        runs.append(run)
    return runs


_UNIT = r"(?:\s+(?!(?:of|in|at|to|on|by|or|an|is|as|de|en|et|la|le|un|im|am|zu|da|di)\b)[^\W\d_]{1,3}\.?)?"
"""A unit after a figure ("5,10 m 3", "12 km 40"), not a short word of a phrase ("10 of 2024")."""
_FIGURES = re.compile(rf"\d[\d,.]*%?{_UNIT}\s+\S*\d[\d,.]*%?$")
_FIGURE = re.compile(r"\d[\d,.]*%?")
_ROW_FIGURES = 4


def _row(text: str) -> bool:
    """A table's row with its cells run together: a name, then two to ``_ROW_FIGURES``
    figures that end the line ("Ann Lee 14,382 37.9%"), data inside the article, not a link
    list's entry; a player's menu of settings lists more ("Font Size 50% 75% 100% 125% ..."),
    and a date is no row."""
    m = _FIGURES.search(text)
    # (figures that are a date end a caption or a teaser: "... on November 16, 2017")
    return m is not None and len(_FIGURE.findall(text)) <= _ROW_FIGURES \
        and not has_date(text[max(0, m.start() - 12) :])


_PLAIN_WORDS = 10
"""Words from which a line of a page that is no link is a sentence, not a link list's entry
(a label, a source's name, a button's words run shorter): a blog written a phrase to a line,
as many Chinese and Japanese ones are, is text. (8 and 12 either side: README, Quality.)"""


def _linked(unit: Unit) -> bool:
    """Could be an entry of a link list: on an HTML page, a list item or a line of text of ten
    words or more only if it is a link (plain items and phrases are content; a heading may be
    a card's whose link lies over it); a text dump cannot tell, so any short line may be."""
    if unit.html is None or link_dense(unit):
        return True
    return unit.kind != "item" and (unit.kind != "text" or unit.words < _PLAIN_WORDS)


def _is_link_list(run: list[Unit]) -> bool:
    return len(run) >= 3 or (len(run) == 2 and all(u.words >= 4 for u in run))


@rule("boilerplate", "Remove menus, share bars, ads, promos, calls to action, lists, footers.",
      needs=("markers", "main-run"))
def boilerplate(doc: Document) -> None:
    """Everything before or after the main run goes, labelled with its marker category when
    it has one. Inside the run: marked lines go (prose only for strong categories such as
    cookie or newsletter texts), as do separators, runs of three or more short unpunctuated
    lines (link lists), date stamps and pull quotes (a short line repeating body text,
    with its "— Name" attribution), and the boxes set in the article that `main-run` found
    by their shape: a related box's teasers, a ticker of latest updates, a recording's
    transcript, a gallery's slides."""
    units = doc.units
    start, end = span(doc)
    _outside(doc, units[: max(start, 0)], "before")
    _outside(doc, units[end + 1 :], "after")
    inside = units[max(start, 0) : end + 1]
    if "core" in doc.meta:
        _edges(doc, inside, *doc.meta["core"])
    for i in _teaser_boxes(units, doc.meta.get("related_heads", ()), start, end):
        doc.remove(units[i], "boilerplate", "related: a box of teasers set inside the article")
    for unit in inside:
        if unit.role is not None:
            continue
        marker = unit.labels.get("marker")
        cls = unit.labels.get("class")
        if unit.kind == "rule":
            doc.remove(unit, "boilerplate", "separator: a horizontal rule")
        elif marker and (marker in STRONG_MARKERS
                         or cls not in (GOOD, NEAR) and "introduced" not in unit.labels):
            # (an item amid a list a sentence introduced is the list's, not a menu's entry)
            doc.remove(unit, "boilerplate", f"{marker}: marked line inside the article")
        elif cls in (SHORT, BAD) and unit.kind != "row" and is_dateish(unit.text, doc.lang) \
                and "live" not in unit.labels and "chapter" not in unit.labels \
                and "introduced" not in unit.labels \
                and not (unit.html is not None and unit.html.kind == "pre") \
                and not _listed_dates(doc.units, unit.index, doc.lang):
            # (a live feed's entry time is its text, as an episode's chapters are its notes,
            # and a list's times its sentence introduced, "The hours:"; a query's output in
            # <pre> is code)
            doc.remove(unit, "boilerplate", "metadata: date line inside the article")
        elif unit.labels.get("shape") == "pager" and not unit.text.isdigit():
            doc.remove(unit, "boilerplate", "numbers: a pager's or a code block's line numbers"
                       if numbered_line(unit.text) else "gallery: a slide counter")
        elif "ticker" in unit.labels:
            doc.remove(unit, "boilerplate", "live: a ticker of latest updates set in the article")
        elif unit.labels.get("shape") == "transcript":
            doc.remove(unit, "boilerplate", "transcript: a recording's machine transcript, uncased"
                       if "uncased" in unit.labels else "transcript: a recording's time-coded transcript")
        elif unit.labels.get("shape") == "slide":
            doc.remove(unit, "boilerplate", "gallery: a slideshow's numbered title or caption")
        elif unit.labels.get("shape") == "contents":
            doc.remove(unit, "boilerplate", "navigation: the article's table of contents, its subheads "
                       "listed over them")
        elif unit.labels.get("shape") == "gallery":
            doc.remove(unit, "boilerplate", "gallery: a caption printed twice, with its image's alt text")
        elif unit.labels.get("shape") == "repeated" and (cls != BAD or link_dense(unit)) \
                and doubled(unit.text):  # (a line of code repeats its opening too)
            doc.remove(unit, "boilerplate", "related: a headline printed twice (a link, its image's alt)")
    _sandwiched(doc, inside)
    for unit in _cards(units, inside):
        doc.remove(unit, "boilerplate", "related: another story's card in the text, its headline a teaser's")
    for unit in _labelled_links([u for u in inside if u.role is None]):
        doc.remove(unit, "boilerplate", "related: a label and another story's headline, again and again")
    _bios(doc, inside)
    runs = _short_runs(inside)
    listed = {unit.index for run in runs for unit in run}
    for run in runs:
        if _section(doc.units, _whole_list(doc.units, run, listed)):
            continue
        for unit in run:
            doc.remove(unit, "boilerplate", "related: run of short link-like lines")
    for unit in inside:  # (after the runs: a twin is one of a run's lines too)
        if unit.role is None and unit.labels.get("shape") == "twin":
            doc.remove(unit, "boilerplate", "repeated: a line printed again right under itself "
                       "(an image's alt text over its heading)")
    _pull_quotes(doc, inside)


_LABEL_WORDS = 4

_LABEL = re.compile(r"^([^\W\d_][^:：.!?]{0,28}?)\s*[:：]\s+\S")
"""A short label and a colon opening a line ("Read also: ", "Loe ka: ", "ასევე წაიკითხეთ: ")."""
_LABELLED = 2
"""Lines of the article one label opens, apart, from which they are links to other stories:
an article names a thing and a colon once ("Update: ..."), an insert repeats its label."""


def _labelled_links(body: list[Unit]) -> list[Unit]:
    """Lines of the article that open with the same short label and a colon, then a headline
    (a few words, no closing mark), ``_LABELLED`` times or more with other text between and
    each a different headline: a site's "read also" inserts between the paragraphs, in
    whatever language they are labelled. (A Q&A's "Q:" closes its question with a mark; a
    list's entries are neighbours.)"""
    by_label: dict[str, list[int]] = {}
    for k, unit in enumerate(body):
        text = unit.text
        if (":" in text or "：" in text) and unit.length <= _LINKED_MAX and text[-1:] not in _CLOSED \
                and unit.words >= 3 and (m := _LABEL.match(text)) is not None \
                and len(text[m.end() - 1 :].split()) >= 3 and "://" not in text and not code_like(text) \
                and not fields(text):  # (an event's "When: ... | Where: ..." is its listing's)
            by_label.setdefault(m.group(1).casefold(), []).append(k)  # (a header's "Origin: ..." is code)
    found: list[Unit] = []
    for lines in by_label.values():
        if len({body[k].text for k in lines}) >= _LABELLED \
                and all(b - a > 1 for a, b in zip(lines, lines[1:])):
            found.extend(body[k] for k in lines)
    return found


_LINKED_MAX = 160
"""Longest line read as a label and another story's headline (a headline of a line or so)."""
_CLOSED = frozenset(".!?…:;,\"”»)")
"""Last characters of a sentence or a label, which a linked headline does not close with."""


def _edges(doc: Document, inside: list[Unit], core_start: int, core_end: int) -> None:
    """On an HTML page the run grows to the article's element (`main-run`); what that adds
    around the core run joins the article only if it reads as content: not a line of
    links, and not a short label (a section name, a date, "Video", "Recommended")."""
    for unit in inside:
        if core_start <= unit.index <= core_end or unit.role is not None:
            continue
        cls = unit.labels.get("class")
        if "marker" in unit.labels:
            continue  # removed below with its category
        if "table" in unit.labels:
            continue  # a table of figures after the text, and its fields: the article's data
        if cls == BAD:
            doc.remove(unit, "boilerplate", "links: a line of links by the article" if link_dense(unit)
                       else "outside: not prose, by the article")
        elif cls == SHORT and unit.kind not in ("item", "heading") and unit.words < _LABEL_WORDS:
            doc.remove(unit, "boilerplate", "outside: a short label by the article")


def _teaser_boxes(units: list[Unit], heads: Iterable[int], start: int, end: int) -> list[int]:
    """A box of related stories set between the article's paragraphs: a related heading
    ("Sur le même sujet") over teasers, each a headline over its one-line summary (shape
    "teaser": `main-run` weighed them nothing, so the text after the box is kept). The
    heading's own list is the box: its listed headlines, the summaries and the lines right
    over them. A teaser list with no such heading over it is left (a listicle's shape)."""
    found: list[int] = []
    for head in heads:
        if not start < head <= end:
            continue
        box, j = [head], head + 1
        while j <= end:
            unit = units[j]
            nxt = units[j + 1] if j + 1 < len(units) else None
            teaser = unit.labels.get("shape") == "teaser" or unit.labels.get("listed") == "related"
            if not unit.words or teaser or (  # (a thumbnail's placeholder between)
                    nxt is not None and nxt.labels.get("shape") == "teaser"
                    and unit.labels.get("class") != GOOD and unit.length <= _TEASER_HEADLINE):
                box.append(j)
                j += 1
            else:
                break
        if any(units[i].labels.get("shape") == "teaser" for i in box):
            found.extend(i for i in box if units[i].role is None)
    return found


_TEASER_HEADLINE = 160
"""Characters of a teaser's headline at most (a longer line over a summary is prose)."""


def _cards(units: list[Unit], inside: list[Unit]) -> list[Unit]:
    """A card for another story set in the text (a bookmark card: its headline, its summary,
    its site and author in one block): its headline is printed again on the page as a
    teaser's, over its summary. The block's lines, up to ``_CARD_LINES``, go with it."""
    if not any(u.labels.get("shape") == "repeated" for u in inside):
        return []  # (most articles: no line of theirs printed again)
    lo, hi = inside[0].index, inside[-1].index  # (a teaser's headline outside the article)
    teased = {units[i].text for i in range(len(units) - 1)
              if not lo <= i <= hi and units[i + 1].labels.get("shape") == "teaser"}
    found: list[Unit] = []
    for unit in inside:
        if unit.labels.get("shape") == "repeated" and unit.role is None and unit.text in teased:
            block = [u for u in units[unit.index : unit.index + _CARD_LINES] if u.para == unit.para]
            found.extend(u for u in block if u.role is None and u.length <= _CARD_LINE)
    return found


_CARD_LINES = 3
"""Lines of a story's card in the text: its headline, its summary, its site and author."""
_CARD_LINE = 200
"""Characters of a card's line at most: a summary is a sentence or two."""


def _sandwiched(doc: Document, inside: list[Unit]) -> None:
    """jusText's context rule: a short line between two lines of one boilerplate box is
    boilerplate; on a page, a sentence too when the markup puts all three in one box (a
    sign-up box's pitch between its heading and its button)."""
    for k, (before, unit, after) in enumerate(zip(inside, inside[1:], inside[2:]), 1):
        marker = before.labels.get("marker")
        if unit.role is not None or not marker or marker != after.labels.get("marker"):
            continue
        if unit.labels.get("class") != SHORT and (unit.kind == "quote" or not _small_box(inside, k)):
            continue  # (an embedded post is quoted: its text is the article's, its header not)
        doc.remove(unit, "boilerplate", f"{marker}: short line inside a {marker} box")
    _between_prose(doc, inside)


_PROSE_BOXES = frozenset({"disclosure", "cookie-banner", "newsletter"})
"""Boxes whose text is prose (a disclaimer, a cookie notice, a sign-up pitch): the paragraphs
between two of one box's are the box's."""
_BETWEEN = 2
"""Paragraphs between two of a prose box's that are taken as the box's."""


def _between_prose(doc: Document, inside: list[Unit]) -> None:
    """Up to ``_BETWEEN`` paragraphs between two marked paragraphs of one prose box (a legal
    disclaimer's four paragraphs, two of them saying what no pattern knows) are the box's."""
    if not inside:
        return
    lo, hi = inside[0].index, inside[-1].index
    # (the box's last paragraph may lie past the run's end: its marker cost it the run)
    worded = [u for u in doc.units[lo : hi + 1 + 2 * _BETWEEN] if u.words]
    for k, unit in enumerate(worded):
        marker = unit.labels.get("marker")
        if marker not in _PROSE_BOXES:
            continue
        for gap in range(1, _BETWEEN + 1):
            if k + gap + 1 >= len(worded):
                break
            closing = worded[k + gap + 1]
            between = worded[k + 1 : k + gap + 1]
            if any("marker" in u.labels or u.role is not None or u.index > hi for u in between):
                break
            if closing.labels.get("marker") == marker:
                for u in between:
                    doc.remove(u, "boilerplate", f"{marker}: a paragraph inside a {marker} box")
                break


_BOX_LINES = 6
"""Most lines of a box inside the article (a sign-up box: its heading, pitch, field, button
and small print); a wrapper's hints are shared by the whole article."""


def _small_box(inside: list[Unit], k: int) -> bool:
    """Whether ``inside[k]`` and the lines either side of it are one small box of the page:
    lines whose markup says the same of them (their elements' and ancestors' hints), at most
    ``_BOX_LINES`` in a row, the lines around the row saying otherwise."""
    def hints(i: int) -> frozenset[str] | None:
        unit = inside[i]
        return unit.html.evidence.hints if unit.html is not None else None
    own = hints(k)
    if not own:
        return False
    lo, hi = k, k
    while lo > 0 and hints(lo - 1) == own and hi - lo < _BOX_LINES:
        lo -= 1
    while hi + 1 < len(inside) and hints(hi + 1) == own and hi - lo < _BOX_LINES:
        hi += 1
    return lo < k < hi and hi - lo < _BOX_LINES


def _bios(doc: Document, inside: list[Unit]) -> None:
    """Author bios sit at the edges of the article: its first or last lines; one that opens
    with the byline's author's full name is theirs (``is_bio_of``)."""
    body = [u for u in inside if u.role is None]
    names = tuple(n for n in doc.meta.get("authors") or () if " " in n)
    for unit in [*body[:2], *body[-3:]]:
        if unit.role is None and (is_bio(unit.text) or (names and is_bio_of(unit.text, names))):
            doc.remove(unit, "boilerplate", "author-bio: about the author, not the article")


def _pull_quotes(doc: Document, inside: list[Unit]) -> None:
    """Pull quotes: short, set apart (quote marks, a "> " block, an attribution line after
    them), and repeating words of a longer paragraph of the same article."""
    body = [u for u in inside if u.role is None]
    keys: list[str] = []
    joined = ""
    before: list[int] = []
    for i, unit in enumerate(body):
        if unit.length > 300 or "live" in unit.labels:
            continue  # (a live entry's heading may say what its text opens with)
        text = unit.text
        # '"Words," Name, Title': the quoted words repeat
        m = _QUOTED.match(text) if text[:1] in _QUOTE_OPENS else None
        if not (m or unit.kind == "quote" or unit.length < 160 or _attributed(body, i)):
            continue
        if not keys:  # built once, on the first candidate
            keys = [_key(u.text) for u in body]
            joined = "\n".join(keys)
            before = list(accumulate(map(len, keys), initial=0))  # key j opens at before[j] + j
        key = _key(m.group(1)) if m else keys[i]
        lo, hi = max(0, i - _NEAR), min(len(keys), i + _NEAR + 1)  # pull quotes repeat nearby text
        # a quotation over its "— Name" whose words a longer paragraph holds, cut and joined,
        # or words that a longer line than its own whole line repeats (a paragraph that opens
        # with a quotation a shorter pull quote repeats is the paragraph, not the pull quote)
        if not (text[:1] in _QUOTE_OPENS and _attributed(body, i) and _words_said(body, i, lo, hi)):
            if len(key) < 20 or joined.count(key, before[lo] + lo, before[hi] + hi) < 2:
                continue  # found once: only in itself (the common, cheap case)
            if not any(j != i and len(keys[j]) > len(keys[i]) and key in keys[j] for j in range(lo, hi)):
                continue
        doc.remove(unit, "boilerplate", "pull-quote: repeats a sentence of the article")
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is not None and nxt.length < 120 and (_attributed(body, i) or _credit(doc, nxt)):
            doc.remove(nxt, "boilerplate", "pull-quote: attribution of a pull quote")


_SAID_SHARE = 0.9
"""Share of a pull quote's words a paragraph of the article holds when the quote joins parts
of its quotation ("I just wanted the ball. ... I wasn't going to let us go home.")."""


def _words_said(body: list[Unit], i: int, lo: int, hi: int) -> bool:
    """Whether a longer line within [lo, hi) holds ``_SAID_SHARE`` of ``body[i]``'s words."""
    words = set(body[i].tokens)
    if len(words) < 6:
        return False
    length = body[i].length
    least = _SAID_SHARE * len(words)
    return any(j != i and body[j].length > length and len(words & set(body[j].tokens)) >= least
               for j in range(lo, hi))


def _credit(doc: Document, unit: Unit) -> bool:
    """The article's author's name alone under a pull quote: a column credits its author
    (any other name after a repeated line may be the next entry of a repeated list)."""
    return " ".join(unit.text.split()).casefold() in {a.casefold() for a in doc.meta.get("authors", ())}


def _attributed(body: list[Unit], i: int) -> bool:
    """Whether the line after ``body[i]`` is an attribution ("— Name")."""
    if i + 1 >= len(body):
        return False
    text = body[i + 1].text
    return text[:1] in _DASHES and _ATTRIBUTION.match(text) is not None
