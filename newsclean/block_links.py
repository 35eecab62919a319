"""Markdown links that span lines: a block of the page linked as one, a title with line breaks.

turndown (and so Jina Reader's Markdown) writes a link around a block of the page (a teaser
card: picture, heading, summary) with its brackets on lines of their own::

    [

    #### Twitter suspends alt-right accounts

    ](/en-us/news/technology/twitter-suspends-alt-right-accounts/ar-AAklH4d)[

markdownify writes the same block with its brackets at the first line's start and the last
line's end (``[### Site`` ... ``#### Headline](/news/1)``), and keeps a link's title
attribute as the page wrote it, line breaks and all
(``[text](url "Headline\\n\\nSummary…")``). Read a line at a time, the brackets and the address
are text (a long address weighs as much as prose), and the title's lines are words the page
never shows. ``shown`` tells which lines hold only such syntax and what the others show; the
lines between the brackets are the link's text and stay what they are.
"""

from __future__ import annotations

import re

_DESTINATION = r"(?:[^()\s]|\([^()\s]*\))*"  # an address: one level of parentheses in it
_CLOSE = re.compile(rf"[ \t]*\]\({_DESTINATION}(?:[ \t]+(?:\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'))?\)")
"""A link's closing half opening a line: ``](url)`` or ``](url "title")``."""
_OPEN_TITLE = re.compile(rf"\]\({_DESTINATION}[ \t]+\"(?:[^\"\\\n]|\\.)*$")
"""A link whose title attribute goes on past the line's end: ``](url "Headline``."""
_TITLE_END = re.compile(r'(?<!\\)"\)')
"""The title's close: a quote mark not escaped with a backslash (markdownify's ``\\"``), then ``)``."""
_REACH = 20
"""The most lines a link that spans lines goes on for: a title (markdownify writes an
attribute's paragraphs with a blank line between: a teaser's summary takes 3 to 5) or a
linked block (a teaser card: picture, heading, summary). Where no ``")`` closes a title
within them, its quote mark is text; where no ``](`` closes a bracket, the bracket is text
(code's ``list: [``)."""
_LONE_OPEN = re.compile(r"(?<!\\)\[[ \t]*$|^[ \t]*\[(?=[^\]\n]*$)")
"""A bracket that opens a link closed on a later line: at the line's end, or at its start with
no ``]`` after it (``[Apple Inc. Has an iPhone 7 Plus Problem``)."""

SYNTAX_NOTE = "a Markdown link's bracket or address on a line of its own (a block of the page linked as one)"
TITLE_NOTE = "a Markdown link's title, in lines of its own (the page shows it on hover, not as text)"


def _title_closes(lines: list[str], start: int) -> bool:
    """A ``")`` closes the title opened on line ``start`` within ``_REACH`` lines."""
    return any(_TITLE_END.search(line) for line in lines[start + 1 : start + 1 + _REACH])


def _link_closes(lines: list[str], start: int) -> bool:
    """A link's close, ``](``, comes within ``_REACH`` lines after line ``start``, before a
    bracket opens another."""
    for line in lines[start + 1 : start + 1 + _REACH]:
        if "](" in line:
            return True
        if "[" in line and _LONE_OPEN.search(line):
            return False
    return False


def shown(lines: list[str]) -> dict[int, tuple[str, str]]:
    """For each line that a line-spanning link changes: (what it shows, or "" for none; the
    note saying why a line showing nothing is markup). Lines not in the map show as written."""
    changed: dict[int, tuple[str, str]] = {}
    in_title = False
    for i, line in enumerate(lines):
        text, note = line, SYNTAX_NOTE
        if in_title:
            end = _TITLE_END.search(line)
            if end is None:
                changed[i] = ("", TITLE_NOTE)
                continue
            text, note, in_title = line[end.end() :], TITLE_NOTE, False
        elif "[" not in line and "](" not in line:
            continue
        if text.lstrip()[:2] == "](":
            if (close := _CLOSE.match(text)) is not None:
                text = text[close.end() :]
            elif _OPEN_TITLE.match(text.lstrip()) and _title_closes(lines, i):
                changed[i], in_title = ("", SYNTAX_NOTE), True
                continue
        if '"' in text and "](" in text and (opened := _OPEN_TITLE.search(text)) and _title_closes(lines, i):
            text, in_title = text[: opened.start()] + "](#)", True  # closed here: its text stays
        if "](" in text:
            text = _without_open_closes(text)
        if "[" in text and _LONE_OPEN.search(text) and _link_closes(lines, i):
            text = _LONE_OPEN.sub("", text)
        if text != line:
            changed[i] = (text, note)
    return changed


_BRACKET = re.compile(r"(?<!\\)[\[\]]")


def _without_open_closes(text: str) -> str:
    """``text`` without the ``](url)`` of links opened on an earlier line (no ``[`` before it
    on this one): markdownify closes a linked block at the end of its last line
    (``#### Headline](/news/1)``)."""
    parts: list[str] = []
    start = pos = depth = 0
    while (bracket := _BRACKET.search(text, pos)) is not None:
        pos = bracket.end()
        if bracket.group() == "[":
            depth += 1
        elif depth:
            depth -= 1
        elif (close := _CLOSE.match(text, bracket.start())) is not None:
            parts.append(text[start : bracket.start()])
            start = pos = close.end()
    return "".join(parts) + text[start:] if parts else text


_SPANNING = re.compile(
    r"\n[ \t]*\[[^\]\n]*\n"  # a line opening a link it does not close
    r"|\[[ \t]*\n"  # a line ending with a bracket that opens one
    r"|\n[ \t]*\]\("  # a line opening with a link's close
    rf"|\]\({_DESTINATION}[ \t]+\"(?:[^\"\\\n]|\\.)*\n"  # a title going on past the line's end
)


def spanning(text: str) -> bool:
    """The dump has a link that spans lines: one scan, so most dumps skip ``shown``."""
    return _SPANNING.search(text) is not None
