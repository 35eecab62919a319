"""Pandoc's Markdown (``pandoc -f html -t markdown``, and ``-t gfm`` or ``-t commonmark``):
its blocks and its attribute syntax.

Pandoc keeps what Markdown has no syntax for: each <div> as a fence of colons with its id and
classes (``::: {#main .content}``), each <span> with attributes as ``[text]{.byline}``,
attributes after links, images and headings (``[Home](/){.nav-link}``, ``# Title {#top}``),
raw HTML as ``` ```{=html} ``` blocks. A page's dump is mostly that markup: read as plain
Markdown, fences glue onto the paragraphs under them and attribute lists (class names, JSON
in data attributes) are read as prose. So the dump's blocks are read as pandoc writes them (a
paragraph runs to a blank line, a fence or a block's start; a fence is a block of its own)
and each block's text is read without its attributes; fences and raw blocks are markup.

GitHub's and CommonMark's Markdown have no fences: pandoc writes each <div> there as raw HTML,
its opening and closing tags on lines of their own between blank lines (an attribute list
may wrap), spans and links with attributes as raw tags inside the text. Those tag lines are
read as fences are.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"[ \t]*:{3,}(?=[ \t]|$)")
"""A div's fence: three or more colons, then its attributes or a class name, or nothing."""
_FENCE_LINES = re.compile(r"(?:^|\n)[ \t]*:{3,}(?=[ \t\n]|$)")
_MIN_FENCES = 3
"""Fence lines that make a dump pandoc's: two could be a text's own (a typed divider)."""
_LONE_CLOSE = re.compile(r"(?<=\n\n)</div>(?=\n\n|\n?$)")
"""A <div>'s closing tag alone between blank lines: pandoc's raw HTML block in GitHub's or
CommonMark's Markdown. No dump of a page's text has one (a page's own markup in its text is
code, set in or run on with other lines), so three of them make a dump pandoc's."""
_DIV_TAG = re.compile(r"[ \t]*<(/?)div(?=[\s>]|$)", re.I)
"""A <div>'s tag opening a line, set in as far as the list item it sits in."""
_TAG_LINES = 20
"""Lines an opening <div> tag's attributes may wrap over before its ">"."""
_HTML_ATTR = re.compile(r"""([\w:-]+)[ \t\n]*=[ \t\n]*("[^"]*"|'[^']*'|[^\s>]+)""")
_CLASSED = re.compile(r"[\])]\{[ \t\n]*[#.][^\W\d]")
_MIN_ATTRIBUTES = 3
"""Attribute lists opening with an id or a class after a span, a link or an image (``]{.``,
``){#``) that make a dump pandoc's without fences (a page of few <div>s). Script code in a
dump has ``){`` and key=value pairs, never a class name there."""

_VALUE = r'(?:"(?:[^"\\]|\\.)*"|[^\s{}"]+)'
_TOKEN = rf"(?:[#.][^\s{{}}\"]+|[\w:-]+={_VALUE}|=[\w-]+)"
_ATTRS = re.compile(rf"\{{[ \t\n]*{_TOKEN}(?:[ \t\n]+{_TOKEN})*[ \t\n]*\}}")
"""An attribute list: ids, classes, key="value" pairs (a value may hold braces: JSON), or a
raw format (``{=html}``). Tokens are set apart by white space, so a failing match cannot try
the ways of splitting one token in two."""
_URL = r'[^()\s]*(?:[ \t\n]+"[^"]*")?'
_IMAGE = re.compile(rf"!\[[^\[\]]*\]\({_URL}\)(?:{_ATTRS.pattern})?")
_BRACKETED = re.compile(rf"\[([^\[\]]*)\](?:\({_URL}\))?{_ATTRS.pattern}|\[([^\[\]]*)\]\({_URL}\)")
"""A span with attributes, or a link (its attributes, if any, after it): its text stays. Read
innermost first, so that a span's text may hold a link and a link's text a span."""
_ITEM_FENCE = re.compile(r"([ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+):{3,}(?:[ \t]+[^\s{}]+)?[ \t]*(?:\n|$)")
"""A fence opening a list item's first line ("-   ::: {.date}"): the <li>'s <div>."""
_TAG = re.compile(r"(?<!\\)</?[A-Za-z][\w-]*(?:[ \t\n][^<>]*)?/?>")
"""Raw HTML pandoc passed through (a <div> inside a list item): a tag of the page's own text
is escaped ("\\<div\\>"), so an unescaped one is markup."""
_RAW_INLINE = re.compile(r"`[^`\n]*`\{=[\w-]+\}")
_HARD_BREAK = re.compile(r"\\(?=\n)")
_ESCAPED = re.compile(r"\\(['\"$@^&%;:,/=?<])")
"""Punctuation pandoc escapes that plain Markdown readers do not unescape (the rest is
``segment``'s business: emphasis marks, brackets, ...)."""
_NESTING = 8
"""Levels of brackets read inside one another (a share button: a link round a span round an
image's span); deeper ones stay as text."""

FENCE_NOTE = "pandoc's fence of a <div> (its id and classes)"
RAW_NOTE = "pandoc's raw HTML block"
EMPTY_NOTE = "pandoc markup with no text: attributes, an image, an empty link"


def detect(text: str) -> bool:
    """Whether ``text`` is pandoc's Markdown: attribute lists ("{" in the text: pandoc gives
    headings and <div>s their ids, so a page's dump always holds one), and div fences or
    attribute lists after spans; or, in GitHub's or CommonMark's Markdown, <div> tags as
    raw blocks. The one-character test rules out the other dumps at once (most of them: 342
    of the corpora's 364 html-text and html2text dumps)."""
    if "<" in text:  # raw HTML (341 of the 364 html-text and html2text dumps have none)
        if raw_div_blocks(text):
            return True
        if _attribute_lines(text) and len(_MARKDOWN_SIGN.findall(text)) >= _MIN_MARKDOWN:
            return True
    if "{" not in text:
        return False
    if text.count("\n:::") + text.startswith(":::") >= _MIN_FENCES \
            and len(_FENCE_LINES.findall(text)) >= _MIN_FENCES:
        return True  # counted in C first: a regex of "^" or "\n" tries every position
    return sum(map(text.count, ("]{.", "]{#", "){.", "){#"))) >= _MIN_ATTRIBUTES \
        and len(_CLASSED.findall(text)) >= _MIN_ATTRIBUTES


def raw_div_blocks(text: str) -> bool:
    """Whether ``text`` holds pandoc's raw <div> blocks (GitHub's or CommonMark's Markdown)."""
    return text.count("\n\n</div>\n") >= _MIN_FENCES and len(_LONE_CLOSE.findall(text)) >= _MIN_FENCES


_ATTRIBUTE_LINE = re.compile(r"^[ \t]*(?:class|href|id|src|style|alt|title|rel|target|data-[\w-]+)=\"", re.M)
_MIN_ATTRIBUTE_LINES = 20
"""Lines that open with a raw tag's attribute: pandoc wraps raw HTML inside its tags (``<a
href="..."`` over ``class="...">``), so in strict Markdown (``-t markdown_strict``, no
<div>s at all) a page's spans and links give dozens (8 of 115 pages fewer than 20). Outside
a text browser's layout, no dump of the corpora's pages by another converter has over 10."""
_MARKDOWN_SIGN = re.compile(r"^(?:#{1,6} |-   |\d+\.  )|\]\((?:https?:|/|#)", re.M)
_MIN_MARKDOWN = 3
"""Markdown's own syntax (ATX headings, pandoc's list items, links) that makes a text with
raw tags Markdown: a page's fragment writes headings and links as tags. None of the
corpora's 297 pages has three of them beside such tags or blocks."""


def _attribute_lines(text: str) -> bool:
    return text.count('="') >= _MIN_ATTRIBUTE_LINES \
        and len(_ATTRIBUTE_LINE.findall(text)) >= _MIN_ATTRIBUTE_LINES


def markdown_with_raw_html(text: str) -> bool:
    """Whether ``text`` is Markdown holding pandoc's raw HTML (<div> blocks, tags wrapped
    inside their attributes) and Markdown's own syntax."""
    return (raw_div_blocks(text) or _attribute_lines(text)) \
        and len(_MARKDOWN_SIGN.findall(text)) >= _MIN_MARKDOWN


_ITEM_DIV = re.compile(r"[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+(?=<div[\s>])", re.I)


def item_div(block: str) -> dict[str, str] | None:
    """The attributes of the <div> a list item opens on its own line ("-   <div
    class=...>", closed by a "</div>" line set in under it), or None."""
    item = _ITEM_DIV.match(block)
    return fence_attributes(block[item.end():]) if item else None


_FENCE_ATTRS = re.compile(rf"(#[^\s{{}}\"]+)|\.([^\s{{}}\"]+)|([\w:-]+)=({_VALUE})")


def fence_attributes(line: str) -> dict[str, str] | None:
    """The id, classes, role and itemprop a fence opens a <div> with, as an element's
    attributes (``::: {#main .story role="main"}``, ``::: story-body``, ``<div
    class="story">``); None for a fence that closes one (colons alone, ``</div>``)."""
    tag = _DIV_TAG.match(line)
    if tag:
        if tag.group(1):
            return None
        return {key.lower(): value.strip("\"'") for key, value in _HTML_ATTR.findall(line[tag.end():])
                if key.lower() in ("id", "class", "role", "itemprop")}
    rest = line.strip().lstrip(":").strip()
    if not rest:
        return None
    if not rest.startswith("{"):
        return {"class": rest}
    attrs: dict[str, str] = {}
    classes: list[str] = []
    for ident, cls, key, value in _FENCE_ATTRS.findall(rest[1:-1] if rest.endswith("}") else rest[1:]):
        if ident:
            attrs["id"] = ident[1:]
        elif cls:
            classes.append(cls)
        elif key in ("role", "itemprop"):
            attrs[key] = value.strip('"')
    if classes:
        attrs["class"] = " ".join(classes)
    return attrs


def _div_tag_end(lines: list[str], i: int) -> int | None:
    """The last line of a <div> tag standing alone from line ``i`` (its attributes may wrap),
    or None when the line opens no such tag, or text follows the tag's ">"."""
    if not _DIV_TAG.match(lines[i]):
        return None
    for j in range(i, min(i + _TAG_LINES, len(lines))):
        line = lines[j]
        if j > i and not line.strip():
            return None
        end = line.find(">")
        if end >= 0:
            return j if not line[end + 1:].strip() else None
    return None


def blocks(lines: list[str]) -> list[tuple[int, int, str, bool]]:
    """(first, last, note, code) of each block, in order: note is why a markup block holds no
    text (a fence, a raw block), "" for a block of text; code, whether a text block is code
    (set in four columns past the list item it sits in, or past the margin), whose tags are
    its text. A paragraph runs to a blank line, a fence, a code fence or a Markdown block's
    start; a list item takes the lines set in under it."""
    from .segment import _item_column, _starts_block  # segment imports this module

    out: list[tuple[int, int, str, bool]] = []
    items: list[int] = []  # the text columns of the list items the line sits in
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        while items and indent < items[-1]:
            items.pop()
        if _FENCE.match(line):
            out.append((i, i, FENCE_NOTE, False))
            i += 1
            continue
        tag_end = _div_tag_end(lines, i)
        if tag_end is not None:
            out.append((i, tag_end, FENCE_NOTE, False))
            i = tag_end + 1
            continue
        if stripped.startswith("```"):  # a code block, or a raw one: to its closing fence
            j = i + 1
            while j < n and not lines[j].strip().startswith("```"):
                j += 1
            j = min(j, n - 1)
            raw = stripped.startswith("```{=")
            out.append((i, j, RAW_NOTE if raw else "", not raw))
            i = j + 1
            continue
        j = i
        item = _item_column(line)
        code = not item and indent >= (items[-1] if items else 0) + 4
        if item:
            items.append(item)
        heading = stripped[0] == "#"
        while not heading and j + 1 < n:
            nxt = lines[j + 1]
            if not nxt.strip() or _FENCE.match(nxt) or _DIV_TAG.match(nxt) or nxt.lstrip().startswith("```"):
                break
            if not (item and nxt[:item].isspace()) and _starts_block(nxt):
                break
            j += 1
        out.append((i, j, "", code))
        i = j + 1
    return out


def clean(text: str, code: bool | None = None) -> str:
    """A block's text without pandoc's syntax: attributes, raw inline HTML, images, the
    brackets of spans and links (their text kept), a fence opening an item, raw HTML tags
    (not in ``code``, whose tags are its text; None: a block set in four columns is code),
    hard breaks, pandoc's escapes."""
    if "`{=" in text:
        text = _RAW_INLINE.sub("", text)
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "[" in text:
        for _ in range(_NESTING):
            unwrapped = _BRACKETED.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
            if unwrapped == text:
                break
            text = unwrapped
    if "{" in text:
        text = _ATTRS.sub("", text)
    if ":::" in text:
        text = _ITEM_FENCE.sub(r"\1", text, count=1)
    if code is None:
        code = text.startswith(("    ", "\t"))
    if "<" in text and not code:
        text = _TAG.sub("", text)
    if "\\" in text:
        text = _ESCAPED.sub(r"\1", _HARD_BREAK.sub("", text))
    return text
