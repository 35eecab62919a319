"""Dumps of html2text 1.3, the C program Debian and Ubuntu install as ``html2text`` (not
the Python html2text, whose Markdown ``segment`` reads): told from the dump, read by line.

It writes no blank line between paragraphs and wraps them at 79 columns, frames a heading
in stars ("****** Title ******": six for <h1>, down to three for <h4>; a long one wraps
before its closing stars), sets list bullets on a ladder ("*" at column 4, "o" at 10, "+"
at 16; a number ends at 4), draws an <hr> as a row of "=", writes an image as its alt text
or its file name in brackets, a form field as "[q      ][Search]", and a link's text with
"_" for its spaces ("Jane_Doe"). Read as plain text, its paragraphs join into one another
and its menus into "prose". So each line opens a piece (a heading, an item, a paragraph, a
rule) and the lines that wrapping broke off join it; every paragraph is a block of its own.
"""

from __future__ import annotations

import re

from .layout import Piece, _broken  # a line broken by wrapping: lynx's and w3m's test

NAME = "html2text-c"

_HEADING = re.compile(r" *(\*{3,6}) +(?=\S)")
_HEADINGS = re.compile(r"\n *\*{3,6} +\S")
_BULLETS = re.compile(r"\n(?: {4}\*| {10}o| {16}\+) \S")
_MARKDOWN_BULLET = re.compile(r"\n {0,2}[*+-](?: | {3})\S")
"""A first-level bullet of Markdown (the Python html2text's, at column 0 or 2; turndown's and
pandoc's pad it, "*   Home"), which sets its third level at column 4 as html2text 1.3 sets
its first: such a dump is Markdown."""
_RULE = re.compile(r"\n={20,}[ \t]*(?=\n|$)")
_GATE = re.compile(r"\n(?: *\*\*\*| {4}\* )")
"""A heading's stars or a first-level bullet opening a line: one scan from newline to newline
(two substring searches cost twice as much), which most dumps fail."""
_MIN_SIGNS = 2
"""Signs (of 4: star-framed headings, the bullet ladder, a rule of "=", wrapping at a fixed
column) that must agree: each alone occurs in other dumps (a bullet list indented by four,
a row of "=" under a plain-text title)."""
_MIN_HEADINGS = 2
_MIN_BULLETS = 3
_HEADING_LINES = 4
"""Lines a heading may wrap over before its closing stars: a longer run is not a heading."""
_ITEM = re.compile(r"( *)([*o+#]|\d{1,3}\.)(?: +|$)")
_STEP, _BASE = 6, 4
"""Columns between list levels: bullets end at 4, 10, 16."""
_WRAP_SLACK = 2
_SCREEN = 79
"""html2text's default width: a centred line (align="center", a centred table cell) has as
many columns left of it as right of 79, give or take ``_WRAP_SLACK``."""
_JUNK = re.compile(
    r"\[[^\]\s]*\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)(?:[?#][^\]\s]*)?\]"
    r"|\[(?:(?:https?|data|file):|/)[^\[\]]*\]"
    r"|\[[^\[\]\n]*? {3,}\]",
    re.IGNORECASE,
)
"""An image named by its file ("[/icons/logo.png]") or its address, wrapped or not
("[http://img.example/120x100/" over "img_7489.jpg]", "[data:image/svg+xml;...]"); a text
field padded with spaces."""
_FRAMED = re.compile(r"\*{3,6} (.+?) \*{3,6}")
"""An item's text framed in a heading's stars, its spaces back from "_"."""
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
_LINK_SPACE = re.compile(r"(?<=[^\s_])_(?=[^\s_])")
"""The "_" html2text writes for a space in a link's text ("Traffic_Lab", "lesen_(1 Beitrag)").
A text's own "_" (snake_case in code) reads as a space too: the dump does not tell them apart,
and a link's text is by far the likelier."""
MARKUP_NOTE = "html2text markup with no text: an image's alt text or file name, a form field"


def detect(text: str, lines: list[str]) -> bool:
    """Whether ``text`` is html2text 1.3's dump, when enough of its signs agree."""
    if _GATE.search(text) is None:
        return False
    text = "\n" + text
    headed = len(_HEADINGS.findall(text)) >= _MIN_HEADINGS
    signs = headed + _rule_row(text)
    if signs < _MIN_SIGNS:  # a Markdown dump's first-level bullet is found early: no count
        signs += "\n    * " in text and _MARKDOWN_BULLET.search(text) is None \
            and len(_BULLETS.findall(text)) >= _MIN_BULLETS
    if signs == _MIN_SIGNS - 1:
        from .segment import WIDEST_SCREEN, wrap_width  # segment imports this module

        # wrapped past the screen, as wide as a page's table made it, beside the star headings
        # only: an unwrapped dump's long lines explain some wide column by chance
        signs += (wrap_width(lines, WIDEST_SCREEN) if headed else wrap_width(lines)) > 0
    return signs >= _MIN_SIGNS


def _rule_row(text: str) -> bool:
    """Whether ``text`` (opening with a newline) holds a row of "=" that is no Markdown
    heading's underline: a setext underline (turndown's, markdownify's) is as long as the
    heading right over it; html2text 1.3's rule spans the screen, under a blank line or
    text of any length."""
    for match in _RULE.finditer(text):
        start = match.start()
        line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
        if not line.strip() or abs(len(line) - len(match.group().strip())) > 1:
            return True
    return False


def _item(line: str) -> tuple[int, int] | None:
    """(level, text column) when ``line`` opens a list item on html2text's ladder."""
    match = _ITEM.match(line)
    if match is None or not match.group(1):
        return None
    end = match.end(2) - 1
    if (end - _BASE) % _STEP:
        return None  # off the ladder: text
    return (end - _BASE) // _STEP + 1, match.end()


def _centred(line: str) -> bool:
    """Whether ``line`` is centred on the screen: a full line is, whatever its paragraph."""
    body = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    return abs(2 * indent + len(body) - _SCREEN) <= _WRAP_SLACK


def _closes(line: str, stars: str) -> bool:
    body = line.rstrip()
    return body.endswith(" " + stars) or body.strip() == stars


def _rule(stripped: str) -> bool:
    return len(stripped) >= 20 and not stripped.strip("=")


def _joins(line: str, nxt: str, column: int, width: int) -> bool:
    """Whether ``nxt`` carries on the piece whose last line is ``line``: at its column, not
    opening a piece of its own, and ``line`` broken because ``nxt``'s first word did not fit."""
    if not nxt.strip() or not width:
        return False
    centred = _centred(line) and _centred(nxt)  # wrapped, then each line centred
    if len(nxt) - len(nxt.lstrip(" ")) != column and not centred:
        return False
    if _item(nxt) or _HEADING.match(nxt) or _rule(nxt.strip()):
        return False
    return _broken(line.strip() if centred else line, nxt, width)  # centred: its text's length


def clean(text: str) -> str:
    """A piece's text: file names and fields out, link texts' "_" back to spaces; a piece of
    nothing but bracketed text (an image's alt text, a button) holds no text."""
    if "[" in text:
        text = _JUNK.sub(" ", text)
        if not _BRACKETED.sub("", text).strip():
            return ""
    if "_" in text:
        text = _LINK_SPACE.sub(" ", text)
    return " ".join(text.split())


def read(lines: list[str], width: int) -> list[Piece]:
    """Pieces for every non-blank line, in order: headings, rules, items, paragraphs."""
    pieces: list[Piece] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if _rule(stripped):
            pieces.append(Piece(i, i, "", "rule"))
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            stars, j = heading.group(1), i
            while j + 1 < n and j - i < _HEADING_LINES and not _closes(lines[j], stars):
                j += 1
            if _closes(lines[j], stars):
                text = " ".join(part.strip() for part in lines[i : j + 1])
                text = clean(text[len(stars) :].rstrip().removesuffix(stars))
                pieces.append(Piece(i, j, text, "heading", 7 - len(stars)) if text else
                              Piece(i, j, "", "markup", note=MARKUP_NOTE))
                i = j + 1
                continue
        opened = _item(line)
        column = opened[1] if opened else len(line) - len(line.lstrip(" "))
        j = i
        while j + 1 < n and _joins(lines[j], lines[j + 1], column, width):
            j += 1
        text = " ".join(part.strip() for part in lines[i : j + 1])
        kind, level = "text", 0
        if opened:
            text, kind, level = text[opened[1] - (len(line) - len(line.lstrip(" "))) :], "item", opened[0]
        text = clean(text)
        if kind == "item" and (framed := _FRAMED.fullmatch(text)) is not None:
            text = framed.group(1)  # a heading set in an item ("****_Title_****")
        pieces.append(Piece(i, j, text, kind, level) if text else Piece(i, j, "", "markup", note=MARKUP_NOTE))
        i = j + 1
    return pieces
