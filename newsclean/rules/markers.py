"""markers: label lines that match known boilerplate phrases (cookie banners, share bars, ...)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from ..chain import rule
from ..document import Document, Unit
from . import ages
from .evidence import html_markers
from .line_weights import link_dense
from .patterns import is_byline
from .phrases import categories, category, known_run, opener_of
from .shapes import AGE_UNITS

__all__ = ["category", "markers"]

# Headings that introduce a list of links: the short lines after them share their label.
# (Not menus or buttons: in html-text dumps the headline and byline share their block.)
LIST_HEADS = frozenset({"related", "footer", "comments", "newsletter", "summary-box", "transcript"})
# Boxes whose entries are sentences, not links: they take whole lines of their block.
SENTENCE_BOXES = frozenset({"summary-box", "transcript"})

_BULLETS = frozenset("·•◦▪▫■□◆◇▶►▸‣⁃○●-–*+")
"""Marks a list's entries open with, printed as text (a dump's, or a page's own "· ")."""


_LABEL_WORDS = 4
"""Most words of a field's label ("Page Content", "Body") that ends a box of sentences."""
_CLOSING = frozenset(".!?…\"”’»)")
_NOTE_REACH = 8
"""Lines under a summary box's heading within which its note on how it was made stands."""


_MACHINE = re.compile(r"(?i)\b(ai|artificial intelligence|language model|generative)\b")
"""What a note says a machine wrote: "AI", "artificial intelligence", "a language model"."""


def _generated(units: list[Unit], heading: int) -> bool:
    """Whether a summary box closes with a note that a machine wrote it ("This summary was
    created with AI and reviewed by our editors"): then its sentences, in a block or a list
    of their own under the heading, are no part of the article. (An editor's "Key points"
    over the text are the article's in some readings, and stay as they were: only the lines
    of the heading's own block go.)"""
    return any(u.labels.get("marker") == "disclosure" and _MACHINE.search(u.text)
               for u in units[heading + 1 : heading + 1 + _NOTE_REACH])



def _is_headline(unit: Unit) -> bool:
    """A line that reads as a link to another story: a few words, no closing full stop."""
    return unit.words >= 3 and unit.length < 110 and not unit.text.endswith((".", ",", ":", ";"))


_LINKED_ITEM = re.compile(r" *(?:[*+o#@•-]|\d{1,3}\.) +\[\d{1,5}\]")
"""A list item lynx opens with a link's number: the entry is a link, its summary after it."""


def _linked_entry(unit: Unit, before: Unit, taken: int) -> bool:
    """An entry of a related list in a lynx dump, however long: an item that opens with a
    link (a teaser's headline, its summary run on after it or set under it), or a line of
    the block under an entry taken so (the summary lynx wrapped apart from its headline)."""
    if unit.kind == "item":
        return _LINKED_ITEM.match(unit.raw) is not None
    # (under the entry's item, or under a line of it: a headline lynx wrapped, "of talks")
    return taken > 0 and unit.kind == "text" and before.labels.get("listed") == "related" \
        and unit.para == before.para and (before.kind == "item" or before.raw[:1] == " " == unit.raw[:1])


_FORM_LINE = 60
"""Longest sign-up form line ("Email address Sign up"): a field's label and a button."""
_PITCH_LINES = 3
"""Lines over a sign-up form that its pitch may take (a heading and a paragraph or two)."""
_FIELD = re.compile(r"(?i)e-?mail|correo")
"""What a sign-up form's line holds: its address field's label (a newsletter's name is none)."""
_PITCH = re.compile(r"(?i)\b(?:e-?mails?|inbox|newsletters?|alerts?|sign(?:ing)?[ -]up|subscribe|postfach|"
                    r"boîte (?:de réception|mail)|courriel|bandeja de entrada|caixa de entrada|correo|"
                    r"casella (?:di posta|email))\b")
"""What a sign-up box's lines name: what the form sends, and where (an inbox in the languages
of the form's own patterns: "in Ihr Postfach", "dans votre boîte mail")."""


_SUM = re.compile(r"[£$€¥₹]\s?\d")
"""A sum of money: what a donation button asks ("from £3 a month")."""
_GIVE_BUTTON = re.compile(
    rf"(?i)(?:donate|give|chip in|contribute|support us|support\b(?=.*{_SUM.pattern}))\b")
"""A donation box's button ("Donate now", "Give today", "Support the Ferret from £3 a month":
a sum to give), marked promo by the phrase lists, set as a box's heading or naming a sum; the
lines over it must name the giving too. ("Support and mentor future reps", a list's entry,
names no sum.)"""
_GIVE_PITCH = re.compile(r"(?i)\b(?:donat\w*|chip in|not-for-profit|non-?profit|(?:reader|listener|member)-"
                         r"(?:funded|supported)|contribut\w*|support (?:us|our|it)|tax[ -]deductible|"
                         r"become a (?:\w+ )?member|membership)\b")
"""What a donation box's lines name: the giving, and who is given to (public media's
"Become a sustaining member")."""


def _form_pitches(units: list[Unit]) -> list[tuple[Unit, str]]:
    """The lines of a box found by its form or button, and their markers: over a short
    newsletter line that holds the form's address field ("Email address Sign up"), a sign-up
    button alone ("Je m'inscris") or a text box with its button as a browser prints it ("____
    (BUTTON) Subscribe"), the lines that name what it sends ("... we will send you an email"),
    the short heading over them and the small print under the form that names the reader's
    data; over a short "Donate now" button, those that name the giving ("... an independent,
    not-for-profit newsroom ... chip in"); the box's lines already marked between. An
    article's last paragraph names no e-mail, alert or donation, so the text over the box
    stays."""
    found: list[tuple[Unit, str]] = []
    for unit in units:
        marker = out = unit.labels.get("marker")
        if marker == "newsletter" and unit.length <= _FORM_LINE and _FIELD.search(unit.text) is not None:
            pitch = _PITCH
        elif marker in ("promo", "cta", None) and unit.length <= _FORM_LINE \
                and _GIVE_BUTTON.match(unit.text) is not None \
                and (marker == "promo" or _box_heading(unit) or _SUM.search(unit.text) is not None):
            # (or a button no list knows, a phrase as a box's heading is, "Support us Remind me
            # in May", or one that names a sum, "Support the Ferret from £3 a month")
            pitch, out = _GIVE_PITCH, "promo"
        elif marker == "cta" and unit.length <= _FORM_LINE and _SIGN_UP.match(unit.text) is not None:
            pitch, out = _PITCH, "newsletter"  # a sign-up button alone ("Je m'inscris")
        elif marker is None and unit.length <= _FORM_LINE and _PRINTED_FORM.search(unit.raw) is not None \
                and "\n" not in unit.raw.strip():  # (a line w3m ran on under it is the page's)
            pitch, out = _PITCH, "newsletter"  # a text box and its button, as a browser prints them
        else:
            continue
        box = _box_over(units, unit, marker, out, pitch)
        found.extend(box)
        if not box or pitch is not _PITCH:
            continue
        if marker is None and unit.words:
            found.append((unit, out))  # the printed form itself: its button's label
        top = box[-1][0]
        heading = next((u for u in reversed(units[max(0, top.index - 2) : top.index]) if u.words), None)
        if not ("marker" in top.labels and _box_heading(top)) and heading is not None \
                and "marker" not in heading.labels and _box_heading(heading):
            found.append((heading, out))  # its heading over the pitch ("Get our explainers first")
        under = next((u for u in units[unit.index + 1 : unit.index + 3] if u.words), None)
        if under is not None and "marker" not in under.labels and _SMALL_PRINT.search(under.text):
            found.append((under, out))  # the form's small print under it
    return found


def _box_over(units: list[Unit], form: Unit, marker: str | None, out: str | None,
              pitch: re.Pattern[str]) -> list[tuple[Unit, str]]:
    """A box's lines over its form or button, bottom up, and their markers: those marked
    already (its heading, marked so, is its top), and up to ``_PITCH_LINES`` more that name
    what the box is for (``pitch``)."""
    taken: list[tuple[Unit, str]] = []
    named = 0  # the lines taken up to the topmost that names the box's purpose
    lines = [u for u in reversed(units[max(0, form.index - 2 * _PITCH_LINES) : form.index]) if u.words]
    for k, over in enumerate(lines):
        own = over.labels.get("marker")
        if own is not None and own in (marker, out):
            taken.append((over, own))  # the box's own lines, marked already
            named = len(taken) if own == out else named
            if _box_heading(over):
                break  # its heading: the article's text is over it
            continue
        if own is not None or len(taken) == _PITCH_LINES:
            break
        if pitch.search(over.text) is None:
            above = lines[k + 1] if k + 1 < len(lines) else None
            if above is not None and above.labels.get("marker") == out and _box_heading(above) \
                    and over.length <= _BOX_LINE:
                # one line between the box's heading, which names it, and its form: the
                # box's ("Get the Beacon in your inbox" / "Local news, free, twice a week")
                taken += [(over, out), (above, out)]
                named = len(taken)
            break
        taken.append((over, out))
        named = len(taken)
    return taken[:named]


_BOX_LINE = 160
"""Characters of a line between a box's heading and its form: a sentence, not a paragraph."""


_BOX_HEADING = 6
"""Words of a sign-up box's heading over its pitch: a phrase, not a subhead's sentence."""


def _box_heading(unit: Unit) -> bool:
    """A phrase, not a sentence (nor a quotation closing one: "“Everyone is doing what they can.”")."""
    return unit.words <= _BOX_HEADING and unit.text.rstrip("”\"’'»)")[-1:] not in ".!?:…"


_PRINTED_FORM = re.compile(r"_{3,}\s*\(BUTTON\)|\[ {3,}\]\s*\[[^\]\s]")
"""A text box and its button as lynx ("____ (BUTTON) Subscribe") and w3m ("[      ] [Go]")
print them: a form, whose label a text dump keeps and whose field it drops."""
_SIGN_UP = re.compile(r"(?i)(?:sign (?:me )?up|subscribe|je m[\x27’]inscris|s[\x27’]inscrire|"
                      r"je m[\x27’]abonne|(?:jetzt )?(?:anmelden|abonnieren)|suscr[ií]bete|suscribirme|"
                      r"iscriviti|inscreva-se|"
                      r"zapisz się|aanmelden)\b.{0,20}$")
"""A sign-up form's button in the languages of the form patterns (the form's field may be
printed apart, or not at all: a text dump drops an empty input)."""
_SMALL_PRINT = re.compile(r"(?i)\b(?:privacy|données|datenschutz\w*|privacidad|privacidade|riservatezza|"
                          r"rgpd|gdpr|dsgvo|unsubscribe|désinscri\w*|abmeld\w*|darse de baja)\b")
"""What a sign-up form's small print names: the reader's data, and how to leave the list."""


_AD_LABEL = 30
"""Longest ad slot's label ("Advertisement", "Sponsored", "Paid content")."""
_AD_COPY = 300
"""Longest ad's copy under its label: a line or two and its button."""
_CALL_TO_ACT = re.compile(r"(?i)\b(?:learn more|find out more|discover more|shop now|buy now|book now|"
                          r"apply (?:now|today)|get (?:a )?quote|get started|sign up|download now|"
                          r"try it (?:free|now))\W{0,3}$")
"""A button's words closing an ad's copy, the link run on into its text ("... Learn more")."""
_BUTTON_LINE = re.compile(r"[^.!?\n]{1,40}\s?[→›»➜➔]")
"""A button on its own line: a few words and an arrow ("Claim your bonus now →")."""
_SPONSOR_NOTE = re.compile(
    r"(?i)^(?:paid|sponsored|partner|promoted) (?:content|post|message) (?:from|by)\b"
    r"|\bnot investment advice\b"
    r"|\b(?:newsroom|editorial (?:staff|team|department)|journalists|editors|reporters)"
    r" (?:was|were|had) (?:not|no part) (?:involved|in)\b")
"""A sponsor's note under its copy: whose the copy is, that it is no advice, that the newsroom
had no part in it. (An affiliate link's disclosure under an author line is a page's own.)"""
_AD_LINES = 3
"""Lines of an ad's copy under its label, its button the last (a slogan, a line, the button)."""


def _ad_copy(units: list[Unit]) -> list[Unit]:
    """The copy of an ad set in the page as text: the lines under an ad slot's label
    ("Sponsored") down to its button, its words closing the last line ("... alongside your
    pension. Learn more") or set on a line of their own ("Claim your bonus now →"), within
    ``_AD_LINES`` lines and ``_AD_COPY`` characters; or down to the sponsor's note under it
    ("Paid content from ... The newsroom was not involved"), within ``_AD_LINES`` lines. An
    article's paragraph under an ad's label ends in a sentence, not a button nor a note."""
    found = []
    for unit in units:
        if unit.labels.get("marker") != "advertisement" or unit.length > _AD_LABEL:
            continue
        copy: list[Unit] = []
        size = 0
        for nxt in units[unit.index + 1 : unit.index + 1 + 2 * (_AD_LINES + 1)]:
            if not nxt.words:
                continue
            if copy and _SPONSOR_NOTE.search(nxt.text) is not None:
                found.extend((*copy, nxt))  # the sponsor's note closing its copy ("Paid content
                break  # from ... Not investment advice"): the copy's, whatever its length
            size += nxt.length
            if nxt.labels.get("marker", "promo") != "promo" or len(copy) == _AD_LINES:
                break  # (a promo's mark is the ad's own: its headline, hinted so by the markup)
            copy.append(nxt)  # (past ``_AD_COPY`` characters, an ad's only if its sponsor's note closes it)
            if size <= _AD_COPY and (_CALL_TO_ACT.search(nxt.text) is not None
                                     or _BUTTON_LINE.fullmatch(nxt.text) is not None):
                found.extend(copy)
                break
    return found


def _is_listish(unit: Unit) -> bool:
    """A line a list's heading may take: short (by its size: a line of Chinese says in 40
    characters what a line of English says in 120) and not a sentence."""
    text = unit.text
    return unit.size < 110 and not (text[-1:] in ".!?" and unit.stop >= 0.2 and unit.words > 8)


_AGE_EN = re.compile(rf"(?i)\b\d{{1,3}}\s*(?:{AGE_UNITS}|weeks?)\s+ago\b")
_GLUED_STAMPS = 3
"""Ages in one line from which it is a list of teasers glued together (a converter that runs
a grid of cards into one line: "Sejm przyjął nowelizację 2 godz. temu Świat Protesty ... 3
godz. temu ..."); like ``shapes._STAMPED_RUN``: one age is a fact, three are a list."""
_GLUED_FEED_MIN = 100
"""Shorter lines hold one teaser at most (a stamped line alone is ``shapes.stamped``'s)."""


_AD_LABELS = re.compile(r"(?i)\b(?:sponsored|promoted|paid content|anzeige|publicité|publicidad) ?[|·•]")
"""An ad card's label and the bar that parts it from its advertiser's name ("Sponsored |
SeniorSaver Weekly"), which a grid of ad cards run into one line repeats."""


def _glued_ads(text: str) -> bool:
    """A line holding ``_GLUED_STAMPS`` ad labels or more: a grid of sponsored cards that a
    converter ran into one line ("... This Month Sponsored | SeniorSaver Weekly The Gutter
    Guard ... Sponsored | LeafShield Pro ...")."""
    return text.count("|") + text.count("·") + text.count("•") >= _GLUED_STAMPS \
        and len(_AD_LABELS.findall(text)) >= _GLUED_STAMPS  # (the bars counted first, in C)


def _glued_feed(text: str, local: re.Pattern[str] | None) -> bool:
    """A line holding ``_GLUED_STAMPS`` relative ages or more, in English or the page's language."""
    if text.count(" ago") >= _GLUED_STAMPS and len(_AGE_EN.findall(text)) >= _GLUED_STAMPS:
        return True
    # (every age holds a count: a line with fewer small numbers is passed over on a C scan,
    # before the language's long alternation of forms is tried at each of its characters)
    return local is not None and len(_COUNT.findall(text)) >= _GLUED_STAMPS \
        and len(local.findall(text)) >= _GLUED_STAMPS


_COUNT = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_TOOLS = re.compile(
    r"(?i)(?:[^|]{0,25}\b(?:print\w*|e-?mail\w*|share|comments?|save|bookmark|tweet)\b[^|]{0,25}\|\s*){1,5}"
    r"[^|]{0,25}\b(?:print\w*|e-?mail\w*|share|comments?|save|bookmark|tweet)\b[^|]{0,25}$")
"""A line of tools between bars, each naming one ("Printer-friendly version | E-mail this
story | Comments (10)"): a share bar. Tried only on lines holding a bar."""
_TOOLS_MAX = 160
_CONTACT = re.compile(r"[^.!?:]{0,40}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^.!?]{0,60}$")
"""A contact line: a name or a label, a colon, an e-mail address and perhaps a handle ("Nate
Kowalczyk: nkowalczyk@threeriversdispatch.com; @NateK", "Email: news@..."); a sentence that
gives an address has no colon before it, and an author line none either."""
_CONTACT_MAX = 120
_JOINED_MAX = 60
"""Longest line read as share buttons run together: a page prints them side by side, a
converter runs them into one line ("Partager Copier le lien", "Share Copy link Print")."""
_ENTRY_WORDS = 4
"""Most words of one button's label ("share this story", "copy this link")."""
_BETWEEN = r"\s·|/,•\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff\ufe0f"
"""What sets a row's buttons apart, as a converter prints them: spaces and dots, and the
icons a page sets before their labels (arrows, dingbats, emoji: "👍 Like 💬 Comment ↗ Share")."""
_APART = re.compile(rf"[{_BETWEEN}]+")
_FIRST = re.compile(rf"[{_BETWEEN}]*([^{_BETWEEN}]*)")
"""A line's first word as ``_buttons`` splits it."""
_A_LETTER = re.compile(r"[^\W\d_]")


def share_bar(text: str, opener: Callable[[str], bool]) -> bool:
    """``_buttons``, its first word looked up first (``opener``: ``phrases.opener_of("share")``):
    most lines open with a word no share button's label opens with, and are spared the split
    and the phrases (9.7% of a quarter of the dumps' instructions, 1.2% so). A property test
    holds the two equal."""
    m = _FIRST.match(text)
    return opener(m.group(1)) and _buttons(text)


def _buttons(text: str) -> bool:
    """A line that is two or more of the share list's entries in a row, in any of the
    languages the list knows."""
    words = [w for w in _APART.split(text.lower()) if w]
    if len(words) < 2 or not all(map(_A_LETTER.search, words)):
        return False  # "... print x": a line of code, its marks no button's
    return known_run(words, lambda found: found == "share", _ENTRY_WORDS, "share")


_BACK = ("↩", "↩\ufe0e", "↩\ufe0f")
"""What a page's footnote ends with: the arrow back to where the text cites it ("... 88–101. ↩")."""


@rule("markers", "Label lines matching known boilerplate phrases; label the lists they head.")
def markers(doc: Document) -> None:
    """Looks every line up in the phrase lists of rules/data/markers.toml (exact lines and
    patterns, by category: navigation, share, cta, newsletter, cookie-banner, related,
    comments, copyright, footer, metadata, promo, ...). Only labels: `boilerplate` decides.
    A heading such as "Related articles" or "Most read" also labels the run of short,
    link-like lines that follows it in the same block (or the list items after it).
    On HTML pages the markup counts too: class/id hints and ancestry (nav, footer, aside,
    forms) by the categories of rules/data/html.toml, unless they cover most of the page.
    On a page in another language than English, a line that only says how long ago
    ("vor 3 Stunden", `rules/ages.py`) is metadata."""
    units = doc.units
    found = categories([u.text for u in units], [u.tokens for u in units])
    tagged: set[int] = set()
    from_html = html_markers(doc, tagged)
    if doc.html or from_html:
        for unit, label in zip(units, found):
            if unit.html is not None and unit.html.cells is not None \
                    and sum(1 for cell in unit.html.cells if cell.strip()) >= 2:
                label = None  # a page's table row is data, whatever its text looks like (a row
                # of one cell is a layout table's, a page laid out in a table: its furniture)
            if not label and unit.index in from_html:
                label = from_html[unit.index]
                if unit.index not in tagged:  # the markup's word alone: a second opinion may ignore it
                    unit.labels["hinted"] = label
            if label:
                unit.labels["marker"] = label
    else:  # a text dump: the phrase lists alone label its lines
        for unit, label in zip(units, found):
            if label:
                unit.labels["marker"] = label
    share_opener = opener_of("share")
    for unit in units:  # (C tests on every line first)
        if "marker" in unit.labels:
            continue
        text = unit.text
        if text.endswith(_BACK) and unit.length > 2:
            unit.labels["marker"] = "footer"  # a footnote, its link back to where it is cited
        elif ("|" in text and unit.length <= _TOOLS_MAX and _TOOLS.match(text)) \
                or (unit.length <= _JOINED_MAX and " " in text and share_bar(text, share_opener)):
            unit.labels["marker"] = "share"
        elif "@" in text and unit.length <= _CONTACT_MAX and _CONTACT.match(text):
            unit.labels["marker"] = "footer"  # a desk's or an author's contact line
    for unit, marker in _form_pitches(units):
        if "marker" not in unit.labels:  # (its own words marked it already: it costs as they say)
            unit.labels["pitch"] = "a line of a box found by its form or button"
        unit.labels["marker"] = marker
    for unit in _ad_copy(units):
        unit.labels["marker"] = "advertisement"
        unit.labels["pitch"] = "a line of an ad's copy, found by its label and its button"
    local = ages.pattern(doc.lang)
    if local is not None:  # "před 2 hodinami": a time stamp in the page's language
        for unit in units:
            if unit.length <= 40 and "marker" not in unit.labels and ages.is_age(unit.text, doc.lang):
                unit.labels["marker"] = "metadata"
    for unit in units:  # (most long lines are prose with no age: " ago" counted first in C)
        if unit.length >= _GLUED_FEED_MIN \
                and (local is not None or unit.text.count(" ago") >= _GLUED_STAMPS) \
                and "marker" not in unit.labels and _glued_feed(unit.text, local):
            unit.labels["marker"] = "related"
        elif unit.length >= _GLUED_FEED_MIN and "marker" not in unit.labels and _glued_ads(unit.text):
            unit.labels["marker"] = "advertisement"
    related: list[int] = []  # the related lists' headings, for main-run's insets
    # the page's headline is a heading of the top level: level 1 in Markdown (where a list
    # of teasers may be level-2 headings), but lynx sets <h1> apart as it does <h2>
    top = min((u.level for u in units if u.kind == "heading" and u.level), default=1) \
        if "layout" in doc.meta else 1
    for i, unit in enumerate(units):
        head = unit.labels.get("marker")
        if head not in LIST_HEADS or unit.length > 40 or unit.words > 5:
            continue  # "RELATED: Some headline" is an entry, not the heading of a list
        if head == "related":
            related.append(i)
        # the kinds of entry the list holds so far (a heading that is itself an item is an
        # entry of a table of contents)
        entries = {unit.kind} - {"text", "heading"}
        linked = False  # (whether the list's entries so far were links, on a page)
        bullet: str | None = None  # (the mark the list's entries open with, if any)
        # a summary the page says a machine wrote (its note under it): its block is the box's
        generated = head == "summary-box" and _generated(units, i)
        adopted = -1
        for taken, nxt in enumerate(islice(units, i + 1, None)):
            if head in SENTENCE_BOXES and (taken >= 6 or taken and nxt.words <= _LABEL_WORDS
                                           and nxt.text[-1:] not in _CLOSING):
                break  # (a box of sentences ends at the next label: "Summary" / ... / "Page Content")
            mark = nxt.text[:1] if nxt.text[:1] in _BULLETS else ""
            if taken == 0:
                bullet = mark
            elif bullet and mark != bullet:
                break  # entries marked "·", then a line marked "◇" or not at all: the text again
            if nxt.html is not None:
                if link_dense(nxt):
                    linked = True
                elif linked:
                    break  # a list of links ends at the first line that is none (the article's
                    # next subheading, under a box of links set in its text)
            same_block = nxt.para == unit.para or (doc.markdown and nxt.kind == "item")
            if "marker" in nxt.labels or (nxt.kind == "heading" and (
                    nxt.level == 1 or (nxt.level <= top and entries - {"heading"}))):
                # another box, or the page's headline: a table of contents above it; in a
                # text browser's dump a list of entries ends at a heading of the top level,
                # while a list of teasers' headlines goes on with them
                break
            if head == "comments" and is_byline(nxt.text):
                break  # a toolbar's "Comments" button over the article's "By" line (a comment's
                # header names its writer with no "By")
            entries.add(nxt.kind)
            if head == "related" and _linked_entry(nxt, units[nxt.index - 1], taken):
                nxt.labels["marker"] = nxt.labels["listed"] = head
                continue
            if taken == 0 and nxt.para != unit.para and (
                    generated or (head == "summary-box" and nxt.kind == "item")):
                adopted = nxt.para  # (its heading alone in its block: the summary is the next,
                # a dump's block or a page's list; "Key points" over a list, the list)
            boxed = same_block or nxt.para == adopted or ((generated or adopted >= 0) and nxt.kind == "item")
            # a teasers' list goes on with their headlines in blocks of their own, but not
            # a menu's: a heading that is itself a menu's entry ("* Latest", "* Featured")
            # heads no box, and the article's headline may follow the menu
            if not boxed and not (head == "related" and _is_headline(nxt)
                                  and (unit.kind != "item" or nxt.kind != "text")):
                break
            if not (_is_listish(nxt) or (head in SENTENCE_BOXES and nxt.length < 250)):
                break
            nxt.labels["marker"] = head
            nxt.labels["listed"] = head
    doc.meta["related_heads"] = related
