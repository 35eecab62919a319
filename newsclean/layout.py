"""Text-browser dumps (lynx, w3m): their layout told from the dump itself, their lines read.

A browser lays a page out for a terminal. lynx indents body text by 3 columns, puts headings
at their own indentation (h1 centred, h2 at 0, h3 at 2, ...), writes list bullets on a ladder
of columns ("*" at 5, "+" at 10, "o" at 15), numbers links ("[12]Home") and lists their
targets under "References" at the end. ELinks lays pages out as lynx does (read here as a
dialect of it), with "•" for every bullet, a no-break space around bullets and numbers,
"Link: [1]canonical" for the page's <link> elements and "IFrame" for an inline frame. w3m
writes text at column 0, bullets "•", "□", "☆" at columns 2, 6, 10, form fields as "[    ]"
and rules as "━━━". Both wrap at the screen's width (80 columns unless told). Read as
prose, such a dump loses: whole menus join into one "paragraph" (their lines are indented,
as fragmented text's are) and lynx's reference list is the longest "text" of the page. So
the layout is recognised first, from several signs together, and each line read for what
it is: a list item, a heading, a wrapped paragraph, a form field, markup.

Wrapping is decided on the lines as printed, link markers and indentation included: they
took columns when the browser wrapped. Markers, placeholders and fields are removed from a
piece's text only; the unit's raw text keeps every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import columns
from .columns import wide

LYNX, W3M = "lynx", "w3m"

_WRAP_SLACK = 2
"""A line broken by wrapping leaves less room than the next word needs, give or take 2
columns (a trailing space, a marker's bracket); segment's plain wrap test uses the same."""
_MARKER_GAP = 5
"""lynx numbers links 1, 2, 3, ... in reading order, skipping numbers for links it does not
show; a bracketed number further on than this from the last marker is text (a citation)."""
_MIN_SIGNS = 2
"""Signs of a layout (of 4 for lynx, of 5 for w3m) that must agree: each alone also occurs in
other dumps (footnotes numbered [1], [2]; indented quotes; a bullet character in a menu;
hard-wrapped text)."""
_MIN_MARKERS = 3
_MIN_BULLETS = 3
_LYNX_BODY_SHARE = 0.3
"""Share of non-blank lines indented by exactly lynx's 3 columns that makes the body sign:
lynx dumps have 45-90% (menus and lists sit deeper), other converters' dumps next to none."""
_LYNX_STEP, _W3M_STEP = 5, 4
"""Columns between list levels: lynx's bullets and numbers end at 5, 10, 15; w3m's at 2, 6, 10."""


@dataclass(slots=True)
class Layout:
    name: str
    body_end: int
    """First line of lynx's reference list, which runs to the end; else the number of lines."""
    numbers: frozenset[int] | None = None
    """w3m's link numbers (``-o display_link_number=1``), as its reference list gives them."""


@dataclass(slots=True)
class Piece:
    """A logical line: printed lines ``first``..``last`` (a wrapped paragraph or list item)."""

    first: int
    last: int
    text: str
    kind: str = "text"
    level: int = 0
    note: str = ""
    """Why a piece without text is markup: the reason it is removed with."""
    raw: str | None = None
    """The piece's own text as printed, where its lines hold other pieces' text as well (a
    column of a page laid out in columns); else the lines themselves are."""


# --------------------------------------------------------------------------- detection

_REF_ENTRY = re.compile(r" *\d{1,5}\. \S")
_BARE_ENTRY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*$")
"""An entry of lynx's list with its numbers off (``-nonumbers``): an address alone at the
margin, under "Visible links:" with no "References" over it."""
_REF_STRAYS = 5
"""Lines in lynx's reference list that are not numbered entries ("Visible links:", "Hidden
links:", an address's text after a newline in it) may outnumber the entries by this much,
then the numbered lines at the end of a dump are a list of its own."""
_MARK = re.compile(r"\[(\d{1,5})\]")
_LYNX_BODY = re.compile(r"\n   [^ \n]")
_LYNX_BULLETS = re.compile(r"\n(?: {5}(?:\* |•\u00a0)| {10}(?:\+ |•\u00a0))\S")
"""lynx's first two bullets, or ELinks's (a no-break space after it: w3m's is a space)."""
_GLYPHS = "•□☆◦○●■◆▪★"
_W3M_BULLETS = re.compile(r"\n(?:    )* {2}[•□☆◦○●■◆▪★] \S")
_W3M_RULE = re.compile(r"━{10,}")
"""w3m's rule (<hr>): at the margin, or in a column of a page laid out by a table."""
_W3M_FIELD = re.compile(r"\[ {4,}\]|\[ \]|\( \)")


def references_start(lines: list[str]) -> int:
    """The line of lynx's "References" heading when the lines after it, to the end, are its
    numbered link targets ("Visible links:", "Hidden links:", an image map's list, the rest
    of an address holding a newline, ELinks's addresses under their links' titles), or of
    its "Visible links:" over addresses alone (``lynx -nonumbers``), else -1.
    Read from the end: a dump that does not end with a numbered line costs one look."""
    entries = others = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        if _REF_ENTRY.match(line) or _BARE_ENTRY.match(line):
            entries += 1
        elif line[0] == "\t" and _address(line):
            continue  # ELinks writes a titled link's address under its entry, set in by a tab
        elif line.rstrip() == "References":
            return i if entries else -1
        elif line.strip() == "Visible links:" and entries:
            above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), -1)
            return above if above >= 0 and lines[above].rstrip() == "References" else i
        elif not entries or others >= entries + _REF_STRAYS:
            return -1
        else:
            others += 1
    return -1


_W3M_REF_ENTRY = re.compile(r"\[(\d{1,5})\] [A-Za-z][A-Za-z0-9+.-]*:")
"""An entry of w3m's reference list: a link's number and its address (a scheme, then ":")."""


def w3m_references(lines: list[str]) -> tuple[int, frozenset[int]] | None:
    """The line of w3m's "References:" heading and the link numbers listed under it, when the
    lines after it, to the end, are its entries (``[5] https://...``: w3m with link numbers
    shown, ``-o display_link_number=1``); else None. Read from the end, as lynx's list is."""
    numbers: set[int] = set()
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        entry = _W3M_REF_ENTRY.match(line)
        if entry:
            numbers.add(int(entry.group(1)))
        elif line.rstrip() == "References:":
            return (i, frozenset(numbers)) if numbers else None
        else:
            return None
    return None


# Markdown's link reference definitions, "   [12]: https://..." (html2text --reference-links),
# have lynx's signs (numbers, lines set in by three), but lynx writes none.


_DEFINITION_LINE = re.compile(r" {0,3}\[\d{1,5}\]:")
_DEFINITIONS_TAIL = 60
"""Lines at the end of a dump looked at for link definitions: html2text writes them last,
then its abbreviations' (``  *[abbr]: title``), whose list may be long."""


def _markdown_references(text: str, lines: list[str]) -> bool:
    """Whether the dump ends with Markdown's link definitions (``   [12]: https://...``)."""
    if text.find("]:", len(text) - _DEFINITIONS_TAIL * 80) < 0:
        return False  # one look at the end's characters rules out most dumps
    found = 0
    for line in lines[-_DEFINITIONS_TAIL:]:
        if line[:5].lstrip()[:1] == "[" and _DEFINITION_LINE.match(line):
            found += 1
    return found >= _MIN_MARKERS


def _marker_run(text: str) -> tuple[int, int]:
    """(markers continuing lynx's numbering 1, 2, 3, ..., all bracketed numbers)."""
    last = hits = total = 0
    for match in _MARK.finditer(text):
        total += 1
        number = int(match.group(1))
        if last < number <= last + _MARKER_GAP:
            last, hits = number, hits + 1
    return hits, total


def detect(text: str, lines: list[str]) -> Layout | None:
    """lynx or w3m, when enough of their signs agree; None for any other dump. Cheap for
    those: lynx's list is looked for from the last line up, the other signs only in dumps
    holding a first link number, w3m's first-level item or its rule (each found by a
    substring test: a regex of non-ASCII characters cannot skip ahead, and a one-character
    test rules out at once a text whose storage cannot hold the character)."""
    if (listed := w3m_references(lines)) is not None:  # read from the end: one look at most dumps
        return Layout(W3M, listed[0], listed[1])  # lynx writes "References", entries "1. ..."
    refs = references_start(lines)
    if (refs >= 0 or "[1]" in text or "\n   " in text) and not _markdown_references(text, lines):
        # lynx -nolist: no list, no numbers
        body = text if refs < 0 else "\n".join(lines[:refs])
        hits, total = _marker_run(body)
        filled = sum(1 for line in lines[: refs if refs >= 0 else len(lines)] if line.strip())
        indented = len(_LYNX_BODY.findall("\n" + body)) >= filled * _LYNX_BODY_SHARE > 0
        bullets = len(_LYNX_BULLETS.findall(body)) >= _MIN_BULLETS
        signs = (refs >= 0) + indented + (hits >= _MIN_MARKERS and hits * 2 >= total) + bullets
        if signs and signs < _MIN_SIGNS and (indented or bullets):
            from .segment import WIDEST_SCREEN, wrap_width  # segment imports this module

            # lynx wraps paragraphs at the screen's width: indents or bullets alone do not
            signs += wrap_width(lines, WIDEST_SCREEN) > 0
        if signs >= _MIN_SIGNS and (refs >= 0 or indented or bullets):  # not link syntax alone
            return Layout(LYNX, refs if refs >= 0 else len(lines))
    gutter = "        " in text and _GUTTER_LINE.search(text) is not None  # (a C scan first)
    if ("•" in text and "\n  • " in text) or ("━" in text and "━━━" in text) or "┌─" in text or gutter:
        # w3m's item, rule, a bordered table's corner, columns side by side
        from .segment import WIDEST_SCREEN, wrap_width  # segment imports this module

        signs = gutter and _laid_out(lines)
        text = "\n" + text
        signs += len(_W3M_BULLETS.findall(text)) >= _MIN_BULLETS
        signs += _W3M_RULE.search(text) is not None
        signs += _W3M_FIELD.search(text) is not None
        signs += "┌─" in text and "└─" in text
        if signs and signs < _MIN_SIGNS:
            signs += wrap_width(lines, WIDEST_SCREEN) > 0  # w3m wraps; a page's own bullets do not
        if signs >= _MIN_SIGNS:
            return Layout(W3M, len(lines))
    return None


_GUTTER_LINE = re.compile(r"\S {8,}\S")
"""Text, a wide gap, text: a line of columns set side by side (the cheap test before ``_laid_out``)."""


def _w3m_rule(line: str) -> bool:
    """A line of w3m's "━" alone: an <hr>."""
    stripped = line.strip()
    return stripped.startswith("━━━") and not stripped.strip("━")


def _laid_out(lines: list[str]) -> bool:
    """Whether a block of the dump is a page laid out in columns side by side, its article's
    paragraphs beside a sidebar's lines (``columns.laid_out``): what a text browser prints of
    a page laid out by a table, and no converter of text does (html-text and html2text print
    a cell a line). A w3m dump may show no other sign of w3m: no list, rule or form field."""
    return any(laid for i, j in _blocks(lines, 0, len(lines)) if j - i + 1 >= columns.TABLE_LINES
               for _, _, _, laid in columns.regions(lines[i : j + 1]))


# --------------------------------------------------------------------------- lines as printed


def printed(lines: list[str], layout: Layout) -> list[str]:
    """The body's lines measured as the browser wrapped them: w3m counts a wide (CJK)
    character as two columns (here doubled), lynx counts characters."""
    body = lines[: layout.body_end]
    if layout.name != W3M:
        return body
    return [line if line.isascii() else "".join(c + c if wide(c) else c for c in line)
            for line in body]


def _first_word(line: str) -> str:
    """The first word as the browser saw it: a no-break space does not end it."""
    return line.lstrip(" ").split(" ", 1)[0]


def _address(line: str) -> bool:
    """A line holding one unbroken token: a wrapped URL's next part."""
    token = line.strip()
    return bool(token) and " " not in token


def _broken(line: str, nxt: str, width: int) -> bool:
    """Whether the browser broke ``line`` because ``nxt``'s first word did not fit. Chinese
    and Japanese break between any two characters: a line of them the browser broke fills
    the width (a wide character that did not fit may leave one column)."""
    end = line.rstrip()
    if wide(end[-1:] or " ") and " " not in end.lstrip(" "):
        return len(end) >= width - 1
    return len(end) + 1 + len(_first_word(nxt)) > width - _WRAP_SLACK


# --------------------------------------------------------------------------- reading lines

_LYNX_ITEM = re.compile(r"([ \u00a0]*)([*+]|•(?=\u00a0)|[o#@-]|\d{1,3}\.)(?:[ \u00a0]+|$)")
"""lynx's bullets and numbers; ELinks's "•" has a no-break space after it (a page's own "•"
is text)."""
_W3M_ITEM = re.compile(r"( *)([•□☆◦○●■◆▪★]|[*+#@o-]|\d{1,3}\.)(?: +|$)")
_LABEL = re.compile(r" *[^\W\d_]{2,}(?: [^\W\d_]{2,})?: ")
"""A field's label opening a line ("Author: ", "Συντάκτης: ", "Photo credit: ")."""
_BYLINE_OPENS = re.compile(r" *(?:By|BY|Par|Von|Por|Di|Door|Av|Af|Przez)\s+(?:\[\d+\])?[^\W\d_]")
"""An author line's opener and a name's first letter (its link's number before it, as lynx
prints it): "By [21]Theo Marchetti", "Par Camille Roussel"."""
_CJK_CREDIT_OPENS = re.compile(r" *(?:文|作者|记者|記者|撰文|编辑|編輯|攝影|摄影)\s*[：:／/]")
"""A Chinese or Japanese credit's label opening a line ("文／林雅婷", "作者：王晓峰"): both
browsers break Chinese anywhere, so a sentence's end before it is the only sign of a new block."""
_BY_NAME = re.compile(r" *(?:By|BY) (?:\[\d+\])?[A-Z][\w'’.-]+ [A-Z][\w'’.-]+(?:,| |$)")
"""An author line's "By" and a name of two capitalised words or more ("By Tom Ashcroft,"), not
a sentence opening with "By" ("By Tuesday, the river ...", "By March the ...")."""
_SENTENCE_ENDS = frozenset(".!?…。")
_TABLE_GAP = re.compile(r"\S {3,}\S")
"""Columns of a table (or a preformatted block): lines that are never joined."""
_LYNX_BODY_INDENT = 3
_LYNX_HEADING_INDENTS = {0: 2, 2: 3, 4: 4, 6: 5, 8: 6}
"""lynx puts h2 at column 0, h3 at 2, ... h6 at 8 (h1 is centred), body text at 3."""
_COLUMNS = 80
"""The screen's width when no wrapping was detected: both browsers' default."""
_MARGINS = {LYNX: 6, W3M: 1}
"""Columns right of the wrap column: lynx -width=N wraps body text near N - 6, w3m -cols N
near N - 1; centred text (lynx's h1, <center>, w3m's text-align) is centred on N."""
_LINKS_MARGIN = 3
"""links and ELinks, laid out as lynx, wrap near N - 3: told by the lines they give a page's
<link> elements at the top ("Link: canonical", "Link: [1]alternate"), which lynx writes as
"#[1]alternate"."""
_LINKS_LINE = re.compile(r"^ {3}Link: ")
_LINKS_REACH = 20
"""Lines at the top of a dump looked at for those lines."""
_CENTRE_SLACK = 2
"""Columns by which a centred line's two margins may differ: an odd leftover column, a
trailing space, a screen width off by one from the detected wrap column."""
_CENTRED_INDENT = {LYNX: 9, W3M: 1}
"""The least indentation of a centred line: lynx's body (3) and headings (up to 8) sit
left of 9; w3m's text is at 0. A headline of 64 characters or more is centred left of 9
too: lynx's (and ELinks's) h1 is told there by standing alone, a line between blank lines
right of the body's column (a paragraph there, a quotation's, wraps), and centred on the
default screen but for an odd leftover column (``_ODD_COLUMN``), not only near it: a list's
paragraph sits at its items' text column (7), which a line 66 to 70 long comes near. A line
ending in a full stop is a sentence there, or an entry of a bibliography, not a headline."""
_ODD_COLUMN = 1
_PLACEHOLDER = re.compile(r"(?:(?<=\s)|^)(?:_|\[spacer\])(?=\s|$)")
"""What w3m prints for an empty link or a spacer image ("_", "[spacer]"): no text, so no
column's: a gutter runs through it (a page laid out by a table is full of them)."""


def _blanked(match: re.Match[str]) -> str:
    return " " * len(match.group())


_FIELD_OPENS = re.compile(r" *(?:_{3,}|\(BUTTON\)|\[BUTTON|\[ {2,}\])")
"""A line opening with a form's field (a text box, a button) as lynx and w3m print them."""
_LYNX_JUNK = re.compile(
    r"\(BUTTON\)|\[BUTTON[^\]\n]*\]|_{3,}|\[[ X]\]|\([ *]\)"
    r"|\[(?:INLINE|IMG|IMAGE|LINK|EMBED|USEMAP|ISMAP)\]"
    r"|\[[^\]\s]*\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)(?:[?#][^\]\s]*)?\]"
    r"|\[[^\]\s]*\?[^\]\s]*(?:%[0-9a-f]{2}|&amp;)[^\]]*\]"
    r"|\[\u00a0[^\]\n]{0,40}\u00a0\]",
    re.IGNORECASE,
)
"""Form fields (buttons, text fields, check boxes, radio buttons) and image placeholders: an
image's file name ("[photo.jpg]"), or an image served by a script, named by its address's
query ("[dims?resize=980%2C640&amp;quality=100 ...]", wrapped where lynx wrapped it); ELinks's
buttons, their label padded with no-break spaces ("[\u00a0Search\u00a0]")."""
_W3M_JUNK = re.compile(
    r"\[ {2,}\]|\[[ X*]\]|\([ *]\)|\[(?:image|img)\]"
    r"|\[[^\]\s]*\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)(?:[?#][^\]\s]*)?\]"
    r"|(?:(?<=\s)|^)\[(?=[^\]\s]*\d)[^\]\s]{6,}\](?=\s|$)",
    re.IGNORECASE,
)
"""Form fields, and images w3m names by their file name: whole ("[crane.jpg]") or cut to
the image's width, which leaves a token of six or more characters with a digit and no
space ("[64c77908a3]", "[IMG_1058-e]"), standing apart (a footnote "[12]" is shorter, an
index "rows[index1]" is glued to its word)."""
_W3M_TOKENS = re.compile(r"\[[^\]\s]*[^\W\d_][^\]\s]*\]")
"""A bracketed word with a letter: w3m's stand-in for an image without alt text (its file
name, cut to the image's width: "[IMG_1058-e]", "[svg]") or a button ("[Search]"). Only a
line of nothing else is taken for markup: in a sentence it may be text ("[edit]", "[sic]")."""
_W3M_GLUED_IMAGES = re.compile(r"^ *(?:\[[^\]\s]*[^\W\d_][^\]\s]*\])+(?=[^\W\d_])")
"""w3m's stand-ins for images without alt text glued to the text opening a line: an avatar
before its author line ("[pri][dev]By Priya Raman"), an icon before its label. No sentence
opens with a bracketed word glued to the next."""
_INLINE_URL = re.compile(r"\[(?:[A-Za-z][A-Za-z0-9+.-]*:|#)[^\]\s]*(?: [^\]\s]+)*\]")
"""A link's address where lynx -list_inline prints it, before the link's text (its wrapped
parts joined by a space: an address holds none)."""
_INLINE_URL_START = re.compile(r"\[(?:https?|file|ftp|mailto):")
_MATH = re.compile(r"\[MATH: .*? :MATH\]", re.DOTALL)
"""A formula as lynx writes it: the page's MathML source, tags and all, between "[MATH:" and
":MATH]" (the formula's TeX, which a page gives as the image's alt text, follows it)."""
_EDITS = re.compile(r"\[(?:INS|DEL): ?(.*?) ?:(?:INS|DEL)\]")
"""<ins> and <del> as lynx ("[INS: text :INS]") and w3m ("[INS:text:INS]") write them."""
_ORDINAL_SUP = re.compile(r"(?<=[\dIVXLCM])\^(?=[a-zé]{1,4}\b)")
"""The caret a text browser writes before a superscript of small letters after a figure or a
Roman numeral, an ordinal ("1^er janvier", "the 9^th", "le XIX^e siècle") or an abbreviation
("M^me"): the page's text reads "1er", "9th", "XIXe", "Mme" (a formula's "A^H" keeps it)."""
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_NOTES = {
    LYNX: "lynx markup with no text: a link number, an image placeholder or a form field",
    W3M: "w3m markup with no text: an image placeholder or a form field",
}
_REFERENCES_NOTE = "lynx's list of link targets (References)"
_W3M_NUMBERED_NOTE = "w3m markup with no text: a link number, an image placeholder or a form field"
_W3M_REFERENCES_NOTE = "w3m's list of link targets (References:, link numbers shown)"
_FRAME_NOTE = "lynx's line for an inline frame: its address"
_LINKS_NOTE = "lynx's line for the page's <link> elements"


@dataclass(slots=True)
class _Reader:
    """One pass over a browser dump's lines, in order (lynx's link numbers are read in
    sequence: a bracketed number out of sequence is text)."""

    lines: list[str]
    printed: list[str]
    name: str
    width: int
    numbers: frozenset[int] | None = None
    """w3m's link numbers, from its reference list (else lynx's are read in sequence)."""
    margin: int = 0
    """Columns between the wrap column and the screen's edge (``_MARGINS``)."""
    inline_urls: bool = False
    """lynx -list_inline: each link's address in brackets before its text, for its number."""
    last_marker: int = 0
    tables: dict[int, tuple[int, list[int], bool]] = field(default_factory=dict)
    """w3m's blocks (or parts of them) set in columns, by their first line: (their last line,
    the cut columns, whether a page's layout read a column at a time)."""

    def item(self, line: str) -> tuple[int, int] | None:
        """(level, text column) when ``line`` opens a list item of this layout."""
        match = (_LYNX_ITEM if self.name == LYNX else _W3M_ITEM).match(line)
        if match is None:
            return None
        marker = match.group(2)
        if not match.group(1) and not (self.name == W3M and len(marker) == 3 and marker[0].isdigit()):
            return None  # lists are indented; w3m's "10." alone fills the columns before it
        end = match.end(2) - 1  # the marker's last column
        step, base = (_LYNX_STEP, 0) if self.name == LYNX else (_W3M_STEP, 2)
        if (end - base) % step and not (marker in "*+" if self.name == LYNX else marker in _GLYPHS):
            return None  # an ASCII mark or a number off the ladder is text ("o que", "2. ")
        return max(1, (end - base) // step + (self.name == W3M)), match.end()

    def typed(self, line: str, indent: int) -> bool:
        """Whether an item ``line`` (indented by ``indent``) is a paragraph's typed bullet
        ("+ Added ...", a line of text): lynx sets a list's bullets right of the body's
        column, and wraps a paragraph at its own margin, the bullet's column, not its text's.
        (A numbered list's numbers are right-aligned: "10." reaches the body's column; ELinks
        sets a no-break space before a number there.)"""
        return self.name == LYNX and indent == _LYNX_BODY_INDENT \
            and not line[indent:].lstrip(" \u00a0")[:1].isdigit()

    def centred(self, j: int, start: bool = False) -> bool:
        """Whether line ``j`` is centred on the screen (as many columns left of it as right):
        lynx's h1, or a caption w3m centred as its page's style asked. A centred piece's
        first line (``start``) must be indented; w3m's others may fill the line."""
        line = self.printed[j]
        indent = len(line) - len(line.lstrip(" "))
        centre = 2 * indent + len(line.strip())
        if indent < _CENTRED_INDENT[self.name] and (start or self.name == LYNX):
            # w3m's centred paragraph has full lines; lynx's body is near full. A long
            # headline stands alone, centred on the default screen to the odd column.
            return start and self.name == LYNX and indent > _LYNX_BODY_INDENT \
                and abs(centre - _COLUMNS) <= _ODD_COLUMN and line.rstrip()[-1:] != "." and self._alone(j)
        if abs(centre - _COLUMNS) <= _CENTRE_SLACK:
            return True  # on the default screen, whatever margin the browser wrapped with
        return bool(self.width) and abs(centre - self.width - self.margin) <= _CENTRE_SLACK

    def fills(self, j: int) -> bool:
        """Whether line ``j`` is the first line of a lynx h1 too long for the screen: lynx
        wraps it near the screen's edge and centres each line, so it sits left of the body's
        column, as many columns from either edge (to the odd column); its next line is
        centred."""
        line = self.printed[j]
        indent = len(line) - len(line.lstrip(" "))
        if self.name != LYNX or not 0 < indent < _LYNX_BODY_INDENT:
            return False
        centre = 2 * indent + len(line.strip())
        return abs(centre - _COLUMNS) <= _ODD_COLUMN or (
            bool(self.width) and abs(centre - self.width - self.margin) <= _ODD_COLUMN)

    def _one_centre(self, j: int) -> bool:
        """Whether lines ``j`` and ``j + 1`` are of a block whose every line is centred on one
        column, with unlike indents: a paragraph a page centred in a narrower box (a layout
        table's cell), each line centred in turn (left-aligned lines share no centre, and a
        wrapped line is near the width: ``_broken`` asks that too)."""
        if self.name != LYNX:
            return False
        lo, hi = j, j + 1  # the block: its lines between blank lines
        while lo > 0 and self.printed[lo - 1].strip():
            lo -= 1
        while hi + 1 < len(self.printed) and self.printed[hi + 1].strip():
            hi += 1
        block = self.printed[lo : hi + 1]
        indents = [len(line) - len(line.lstrip(" ")) for line in block]
        centres = [2 * indent + len(line.strip()) for indent, line in zip(indents, block)]
        if min(indents) == 0 or len(set(indents)) < 2 or max(centres) - min(centres) > 1:
            return False  # one centre for every line of the block, and lines of unlike indents
        b = self.printed[j + 1]
        # a short line goes on a paragraph only as its last: a centred headline's author line
        # and date line stand under it one after the other
        after = self.printed[j + 2] if j + 2 < len(self.printed) else ""
        return not after.strip() or _broken(b, after, self.width)

    def _alone(self, j: int) -> bool:
        """Whether line ``j`` stands between blank lines (or the dump's ends)."""
        lines = self.lines
        return not (j and lines[j - 1].strip()) and not (j + 1 < len(lines) and lines[j + 1].strip())

    def joins(self, j: int, column: int, centred: bool) -> bool:
        """Whether line ``j + 1`` carries on the piece whose line ``j`` is: at the piece's
        column (or centred like it), not a list item, and ``j`` was broken by wrapping."""
        nxt = self.lines[j + 1]
        if not nxt.strip() or not self.width:
            return False
        indent = len(nxt) - len(nxt.lstrip(" "))
        if indent != column and not (centred and self.centred(j + 1)) and not self._one_centre(j):
            return False
        if _TABLE_GAP.search(nxt) or _TABLE_GAP.search(self.lines[j]) or self.item(nxt):
            return False
        if self.name == W3M and _w3m_rule(nxt):
            return False  # (a rule's line is as wide as the screen: wrapping broke off none)
        if _FIELD_OPENS.match(nxt):
            return False  # a form's field opens its line: no sentence runs on into a text box
        if self.name == LYNX and (_LABEL.match(nxt) or _BYLINE_OPENS.match(nxt)) \
                and self.lines[j].rstrip()[-1:] in _SENTENCE_ENDS:
            return False  # a sentence's end, then a field's label or an author line: "... the
            # port." / "Author: ..." or "By Jane Doe" (a dek's last line, then the byline; lynx
            # runs a block's lines on; w3m breaks a page's blocks apart itself)
        if _CJK_CREDIT_OPENS.match(nxt) and self.lines[j].rstrip()[-1:] in _SENTENCE_ENDS:
            return False  # a dek's last sentence, then its credit line ("。" / "文／林雅婷")
        if _BY_NAME.match(_W3M_GLUED_IMAGES.sub("", nxt) if self.name == W3M else nxt):
            return False  # "By" and a name of capitalised words open a line of their own: no
            # sentence goes on with a capital "By" (w3m runs a page's <div> blocks on too)
        return _broken(self.printed[j], self.printed[j + 1], self.width)

    def strip_markers(self, text: str) -> str:
        """lynx's link numbers out of ``text``, in sequence (w3m's: those its list gives, in
        order: it skips numbers of links it hides); a space where two words met."""
        if "[" not in text:
            return text
        out: list[str] = []
        start = 0
        numbers = self.numbers
        for match in _MARK.finditer(text):
            number = int(match.group(1))
            if numbers is not None:
                if number <= self.last_marker or number not in numbers:
                    continue
            elif not self.last_marker < number <= self.last_marker + _MARKER_GAP:
                continue
            self.last_marker = number
            before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
            out.append(text[start : match.start()])
            out.append(" " if before.isalnum() and after.isalnum() else "")
            start = match.end()
        out.append(text[start:])
        return "".join(out)

    def clean(self, text: str) -> str:
        if self.inline_urls and "[" in text:
            text = _INLINE_URL.sub("", text)
        if self.name == LYNX or self.numbers is not None:  # w3m's, when it shows them
            text = self.strip_markers(text)
        if self.name == LYNX:
            if text.startswith("CAPTION: "):
                text = text[9:]  # lynx's label for a table's <caption>
            elif text == "IFrame":
                return ""  # ELinks's stand-in for an inline frame
            if "[MATH: " in text:
                text = _MATH.sub(" ", text)
        if "[" in text or "(" in text or "_" in text:
            text = (_LYNX_JUNK if self.name == LYNX else _W3M_JUNK).sub(" ", text)
            if ":INS]" in text or ":DEL]" in text:
                text = _EDITS.sub(r" \1 ", text)
            if self.name == W3M and text.lstrip()[:1] == "[":
                if not _W3M_TOKENS.sub("", text).strip():
                    return ""  # only images' file names (or buttons) in brackets
                text = _W3M_GLUED_IMAGES.sub("", text)
        if "^" in text:
            text = _ORDINAL_SUP.sub("", text)
        return _SPACES.sub(" ", text).strip()

    def text_of(self, first: int, last: int) -> str:
        """The printed lines joined as one line (lynx breaks Korean, written with spaces, at
        its spaces; w3m anywhere, as it does Chinese and Japanese)."""
        lines = [line.strip() for line in self.lines[first : last + 1]]
        if self.name == LYNX:
            return _joined(lines, spaced_hangul=True)
        # w3m breaks Hangul anywhere, dropping a space it breaks at: a line that ends with
        # room for the next line's first character (and the marks it keeps with it: "다.")
        # was broken at a space, the next did not fit after it
        printed = self.printed
        roomy = [bool(self.width) and len(printed[j].rstrip()) + _lead_width(self.lines[j + 1]) <= self.width
                 for j in range(first, last)]
        return _joined(lines, spaced_hangul=roomy)

    def table(self, first: int, last: int, cut: list[int], laid_out: bool = False) -> list[Piece]:
        """A block set in columns (``columns``): a piece a row, its cells' lines joined; for
        a page laid out in columns, a piece a paragraph of each column, read one column after
        another (each piece's text stands for itself: its lines hold the other columns too)."""
        parts = columns.cells(self.printed[first : last + 1], cut)
        pieces = []
        if laid_out:
            for paragraphs in columns.flow(parts):
                for top, bottom, lines in paragraphs:
                    text, raw = self.clean(_joined(lines)), "\n".join(lines)
                    pieces.append(Piece(first + top, first + bottom, text, raw=raw) if text else Piece(
                        first + top, first + bottom, "", "markup", note=self.empty_note(), raw=raw))
            return pieces
        for top, bottom in columns.rows(parts):
            text = self.clean(columns.row_text(parts[top : bottom + 1], _joined))
            pieces.append(Piece(first + top, first + bottom, text) if text
                          else Piece(first + top, first + bottom, "", "markup", note=self.empty_note()))
        return pieces

    def empty_note(self) -> str:
        """Why a piece with no text is markup: its layout's note (w3m's own when it numbers links)."""
        return _NOTES[self.name] if self.numbers is None else _W3M_NUMBERED_NOTE

    def heading(self, first: int, last: int, indent: int, centred: bool) -> int:
        """lynx: the heading level of a piece set apart by blank lines at a heading's
        indentation (centred: h1), else 0."""
        lines = self.lines
        if (first and lines[first - 1].strip()) or (last + 1 < len(lines) and lines[last + 1].strip()):
            return 0
        if centred:
            return 1
        return _LYNX_HEADING_INDENTS.get(indent, 0)

    def preformatted(self, j: int, end: int) -> int:
        """The last line of a lynx <pre> block whose lines up to ``j`` are read: it sits
        left of the body's column, and its lines run on, whatever their indentation, up to
        a blank line, a list item or a line at the body's column; another of them must be
        left of the body's column too (else the lines under it are an item's text under a
        heading). One unit, as html-text gives a <pre>: a code listing's lines would each
        weigh as a short menu line."""
        lines = self.lines
        last = left = j
        ahead = -1  # a line left of the body's column found ahead, with no blank line before it
        while last + 1 < end and lines[last + 1].strip() and not self.item(lines[last + 1]):
            indent = len(lines[last + 1]) - len(lines[last + 1].lstrip(" "))
            if indent == _LYNX_BODY_INDENT and ahead <= last + 1:
                ahead = self._left_before_blank(last + 2, end)
                if ahead < 0:
                    break  # body text follows; a listing's own indented lines lead back left
            last += 1
            left = last if indent < _LYNX_BODY_INDENT else left
        return last if left > j else j  # no other line left of the body: a heading's text under it

    def _left_before_blank(self, j: int, end: int) -> int:
        """The first line from ``j`` left of the body's column, if it comes before the next
        blank line; else -1. (``preformatted`` asks again only past it: one pass a block.)"""
        lines = self.lines
        while j < end and lines[j].strip():
            if len(lines[j]) - len(lines[j].lstrip(" ")) < _LYNX_BODY_INDENT:
                return j
            j += 1
        return -1

    def special(self, i: int, stripped: str, end: int) -> Piece | None:
        """lynx's frame and <link> lines (with the address wrapped under them; ELinks gives
        each <link> a line), w3m's rules."""
        if self.name == W3M:
            if _w3m_rule(stripped):
                return Piece(i, i, "", "rule")
            return None
        if stripped.startswith(("IFRAME:", "FRAME:")):
            note = _FRAME_NOTE
        elif stripped.startswith(("#[", "Link: [")) and not any(line.strip() for line in self.lines[:i]):
            note = _LINKS_NOTE
        else:
            return None
        j, indent = i, len(self.lines[i]) - len(self.lines[i].lstrip(" "))
        while j + 1 < end and (  # a frame's address wraps anywhere: no spaces in it (or at its
                # spaces where a saved page's frame is a file named for the headline, as wrapping breaks it)
                (self.joins(j, indent, False) or self.lines[j + 1].lstrip().startswith("Link: ["))
                if note == _LINKS_NOTE else (_address(self.lines[j + 1]) or self.joins(j, indent, False))):
            j += 1
        self.strip_markers(self.text_of(i, j))  # the numbers it holds count in the sequence
        return Piece(i, j, "", "markup", note=note)

    def read(self, end: int) -> list[Piece]:
        """Pieces for lines up to ``end``: each line opens one (an item, a heading, text,
        markup) and the lines after it that wrapping broke off join it."""
        lines = self.lines
        pieces: list[Piece] = []
        i = 0
        while i < end:
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                i += 1
                continue
            if i in self.tables:
                last, cut, laid_out = self.tables[i]
                pieces.extend(self.table(i, last, cut, laid_out))
                i = last + 1
                continue
            piece = self.special(i, stripped, end)
            if piece is None:
                opened = self.item(line)
                indent = len(line) - len(line.lstrip(" "))
                centred = not opened and self.centred(i, start=True)
                column = indent if not opened or self.typed(line, indent) else opened[1]
                wide = not opened and (indent == 0 or self.fills(i))  # a centred line's width
                j = i
                while j + 1 < end and self.joins(j, column, centred or wide):
                    j += 1
                level = 0
                if not opened and self.name == LYNX:
                    centred = centred or (j > i and wide and self.centred(j))
                    level = self.heading(i, j, indent, centred)
                    if not level and indent < _LYNX_BODY_INDENT:
                        j = self.preformatted(j, end)
                text = self.text_of(i, j)
                if opened:  # the joined text opens with the first line's marker (after ELinks's
                    # no-break spaces, which the text has lost)
                    text = text[opened[1] - (len(line) - len(line.lstrip(" \u00a0"))) :]
                    kind, level = "item", opened[0]
                else:
                    kind = "heading" if level else "text"
                text = self.clean(text)
                piece = Piece(i, j, text, kind, level) if text \
                    else Piece(i, j, "", "markup", note=self.empty_note())
            pieces.append(piece)
            i = piece.last + 1
        return pieces


def _inline_urls(lines: list[str]) -> bool:
    """Whether lynx printed links' addresses in the text (-list_inline): as many as lynx's
    numbers must be to count as its (``_MIN_MARKERS``)."""
    found = 0
    for line in lines:
        if "[" in line:
            found += len(_INLINE_URL_START.findall(line))
            if found >= _MIN_MARKERS:
                return True
    return False


def _joined(lines: list[str], spaced_hangul: bool | list[bool] = False) -> str:
    """Stripped lines joined as one; no space between a wide (CJK) character and another, a
    digit or a mark ("4.3" / "万人", "”" / "，"): Chinese and Japanese set none there, and a
    browser breaks their lines anywhere. (A Latin word by a wide character keeps its space;
    so do two Hangul syllables where ``spaced_hangul``, for every break or each, says the
    browser broke at a space.)"""
    text = lines[0]
    for k, line in enumerate(lines[1:]):
        glue = " "
        if text and line:
            a, b = text[-1], line[0]
            if (wide(a) and (wide(b) or _tight(b))) or (wide(b) and _tight(a)) \
                    or (a.isdigit() and b.isdigit() and len(text) > 1 and wide(text[-2])):
                # (a number broken in a line of Chinese or Japanese: "記録が残る1" / "990年代")
                spaced = spaced_hangul[k] if isinstance(spaced_hangul, list) else spaced_hangul
                glue = " " if spaced and _hangul(a) and _hangul(b) else ""
        text += glue + line
    return text


def _lead_width(line: str) -> int:
    """Columns of a line's first character and the marks after it that a browser keeps on
    its line ("다." is three: the full stop opens no line)."""
    text = line.lstrip()
    if not text:
        return 0
    width = 2 if wide(text[0]) else 1
    for char in text[1:]:
        if char.isspace() or char.isalnum() or wide(char):
            break
        width += 1
    return width


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _tight(char: str) -> bool:
    """A character set against a wide one with no space: a digit, or a mark outside ASCII."""
    return char.isdigit() or not (char.isascii() or char.isalpha())


def _blocks(lines: list[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of non-blank lines from ``start`` up to ``end``."""
    i = start
    while i < end:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j + 1 < end and lines[j + 1].strip():
            j += 1
        yield i, j
        i = j + 1


def _tables(printed_lines: list[str], end: int) -> dict[int, tuple[int, list[int], bool]]:
    """The parts of blocks (lines between blank lines) that w3m set in columns
    (``columns.regions``): their first line's index, their last's, the cuts, and whether
    a page's layout (read a column at a time)."""
    # (spacers are no column's text: a gutter runs through them)
    printed_lines = [_PLACEHOLDER.sub(_blanked, line) if "_" in line or "[" in line else line
                     for line in printed_lines]
    found: dict[int, tuple[int, list[int], bool]] = {}
    open_at = -1  # the first line of a page's layout that reached its block's last line
    for i, j in _blocks(printed_lines, 0, end):
        block = printed_lines[i : j + 1]
        if open_at >= 0:
            last, cut, _ = found[open_at]
            if kept := _gutters_on(block, cut, printed_lines[open_at : last + 1]):
                found[open_at] = (j, kept, True)  # its columns go on under a blank line: one
                continue  # part, each column read down the whole of it
        open_at = -1
        if j - i + 1 >= columns.TABLE_LINES:
            for a, b, cut, laid in columns.regions(block):
                if laid and i + b < j and (kept := _gutters_on(block[b + 1 :], cut, block[a : b + 1])):
                    b = j - i  # the block's last lines beside the sidebar: a column's cells
                    cut = kept  # change (an advertisement's label), its gutter runs on
                found[i + a] = (i + b, cut, laid)
                open_at = i + a if laid and i + b == j else -1
    return found


def _gutters_on(block: list[str], cuts: list[int], part: list[str]) -> list[int]:
    """The gutters of a page's layout (``cuts``, read in ``part``) that run on down
    ``block``, blank on each of its lines: the layout goes on, read a column at a time.
    Those either side of its widest column (the article's) must: the sidebar's own columns
    may change from box to box, the article's column goes on (a table's columns are no
    page's, and cross where its rows do). None when the layout does not go on."""
    kept = [cut for cut in cuts if all(columns.fits(line, [cut]) for line in block)]
    if not kept or any(columns.across(line, kept) for line in block):
        return []  # (a footer's line across the page, blank at a gutter by chance)
    if len(kept) == len(cuts):
        return kept
    parts = columns.cells(part, cuts)
    primary = max(range(len(cuts) + 1), key=lambda p: sum(len(line[p]) for line in parts))
    bounds = set(cuts[max(0, primary - 1) : primary + 1])
    return kept if bounds <= set(kept) else []


def read(lines: list[str], printed_lines: list[str], layout: Layout, width: int) -> list[Piece]:
    """Pieces for every non-blank line, in order: the body's items, headings, paragraphs and
    markup, then lynx's reference list as markup (one piece per block of it)."""
    margin = _MARGINS[layout.name]
    if layout.name == LYNX and any(_LINKS_LINE.match(line) for line in lines[:_LINKS_REACH]):
        margin = _LINKS_MARGIN
    inline = layout.name == LYNX and _inline_urls(lines)
    reader = _Reader(lines, printed_lines, layout.name, width, layout.numbers, margin, inline)
    if layout.name == W3M:
        reader.tables = _tables(printed_lines, layout.body_end)
    pieces = reader.read(layout.body_end)
    _mark_alt_texts(pieces)
    if layout.name == W3M:
        _typed_items(pieces)
    note = _REFERENCES_NOTE if layout.name == LYNX else _W3M_REFERENCES_NOTE
    pieces.extend(Piece(i, j, "", "markup", note=note)
                  for i, j in _blocks(lines, layout.body_end, len(lines)))
    return pieces


_ALT_NOTE = "an image's text (its alt text), which the caption under it repeats"
_ALT_WORDS = 2
"""Words an image's text needs before a line under it that opens with the same words counts
as its caption: a one-word line ("Harbour") may well open the next line by chance."""


def _mark_alt_texts(pieces: list[Piece]) -> None:
    """Browsers write an image's alt text where the image is; its caption then often opens
    with the same words ("Crews at the wall" over "Crews at the wall (Photo: J. Bell)"), or
    a gallery repeats one alt text. The first copy says nothing the next does not."""
    for piece, nxt in zip(pieces, pieces[1:]):
        text = piece.text
        if piece.kind == "text" and nxt.kind == "text" and nxt.text.startswith(text) \
                and (len(nxt.text) == len(text) or nxt.text[len(text)] == " ") \
                and text.count(" ") + 1 >= _ALT_WORDS:
            piece.text, piece.kind, piece.note = "", "markup", _ALT_NOTE


_TYPED_BULLET = re.compile(r"([*+-]) (?=[^\W\d_])")
"""A bullet the page's author typed before a line's text ("+ Added Slime Block")."""


def _typed_items(pieces: list[Piece]) -> None:
    """w3m prints a bullet the page's author typed where the text is, at the page's margin
    (its own lists it indents): two such lines or more in a row with the same bullet are a
    list, as the plain dumps' readers take them (one alone may be a dash a line broke at)."""
    bullets = [m.group(1) if piece.kind == "text" and (m := _TYPED_BULLET.match(piece.text)) else ""
               for piece in pieces]
    bullets.append("")  # (none after the last piece)
    for k, piece in enumerate(pieces):
        if bullets[k] and bullets[k] in (bullets[k - 1] if k else "", bullets[k + 1]):
            piece.text, piece.kind, piece.level = piece.text[2:], "item", 1
