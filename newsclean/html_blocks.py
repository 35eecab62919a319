"""A saved HTML page as a flat list of text blocks in reading order, with evidence, plus metadata.

Rules downstream decide which blocks are the article, so the blocks are fine-grained (one
paragraph, heading, list item, caption, table row or menu line each) and carry what the HTML
says about them: their tag, the structural elements around them (``nav``, ``aside``...), hint
words from class/id/role/itemprop ("related", "share"...), link density and a ``<time>``.

Nothing on the page is fetched or executed. The tree walk is iterative (no Python recursion on
element depth) and linear in the page's size; pathologically deep nesting is flattened before
parsing, because the HTML parser itself is quadratic in nesting depth.

Skipped: script, style, template, svg, math, iframe, object, canvas, head, form controls, ruby
annotations (rt/rp) and anything hidden (``hidden``, ``aria-hidden="true"``, inline
``display:none``/``visibility:hidden``). A ``<noscript>`` is skipped unless it holds 500+ characters:
then it is what a reader without JavaScript sees (Blogger puts whole posts there), and its blocks
carry the hint "noscript". Preformatted text gives one block per line (in one group, like lines
split by ``<br>``); the Markdown of such a line is the raw line, indentation kept, to be fenced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, islice
from operator import itemgetter

from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from .html_decode import decode_html, looks_like_html
from .html_hints import HINT_KEYS, HINTS, NO_HINTS, hints_of
from .html_meta import page_meta, paywalled_parts

__all__ = ["HINTS", "Block", "Evidence", "Page", "decode_html", "looks_like_html", "parse_html"]


# --------------------------------------------------------------------------- data model


@dataclass(slots=True, frozen=True)
class Evidence:
    """What the HTML says about a block, for rules to weigh (never the text itself)."""

    tag: str  # the block's own element ("p", "h2", "li", "figcaption", "tr", "div"...)
    link_density: float  # characters inside links / characters of the block, 0..1
    links: int  # <a href> elements with text in the block (or opened in it)
    ancestors: frozenset[str]  # structural elements around it, itself included (see _STRUCTURAL)
    hints: frozenset[str]  # class/id/role/itemprop words of it and its ancestors (see HINTS)
    time: str | None  # datetime of a <time> inside it


@dataclass(slots=True)
class Block:
    """One visible line of the page: a paragraph, heading, list item, caption, row..."""

    text: str  # whitespace collapsed to single spaces, stripped; "" for a rule
    markdown: str  # inline Markdown only: no "#", "- " or ">" prefix (kind and level say that);
    # for kind "pre" the raw line with its indentation (fence a group's pre lines as code)
    kind: str  # text, heading, item, quote, row, caption, pre, rule
    level: int  # heading level; list depth for items; 0 otherwise
    group: int  # consecutive blocks of one container share it, like a text dump's paragraph
    evidence: Evidence
    cells: list[str] | None = None  # a simple table row's cells, as Markdown
    header: bool = False  # a row of <th> cells or inside <thead>
    path: tuple[int, ...] = ()  # ids of the block elements it sits in, outermost first: blocks
    # of one article share a prefix, which is how rules find the article's container


@dataclass(slots=True)
class Page:
    """The blocks in reading order and the page's own metadata (only keys it provides)."""

    blocks: list[Block]
    meta: dict[str, str]


# --------------------------------------------------------------------------- markdown escaping

_ESC_TEXT = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|`|(?<!\s)\*|\*(?!\s)|(?<![^\W_])_|_(?![^\W_])|\](?=[(\[:])|<(?=[A-Za-z/!?])"
    r"|&(?=#?\w+;)"
)
_ESC_LINK = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|`|(?<!\s)\*|\*(?!\s)|(?<![^\W_])_|_(?![^\W_])|[\[\]]|<(?=[A-Za-z/!?])|&(?=#?\w+;)"
)
_MAYBE_ESC = re.compile(r"[\\`*_\]\[<&]")
_ATX = re.compile(r"#{1,6}(?:\s|$)")
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def _escape_line_start(md: str) -> str:
    """Escape what would make a line a heading, quote, list item or rule in Markdown."""
    first = md[0]
    if first == ">" or (first == "#" and _ATX.match(md)):
        return "\\" + md
    if first in "-+=~":
        if len(md) == 1 or md[1] in " \t-=~" or md.strip(first + " ") == "":
            return "\\" + md
        return md
    if first.isdigit():
        match = _ORDERED.match(md)
        if match:
            return match.group(1) + "\\" + md[match.end(1) :]
    return md


def _href_md(href: str) -> str | None:
    """The Markdown link target for an http(s) or relative href; None for other schemes."""
    href = href.strip()
    if "\n" in href or "\t" in href or "\r" in href:
        href = href.replace("\n", "").replace("\t", "").replace("\r", "")
    if not href or href == "#":
        return None
    colon = href.find(":")
    if colon > 0:
        scheme = href[:colon].lower()
        if scheme not in ("http", "https") and "/" not in scheme and "?" not in scheme and "#" not in scheme:
            return None
    if " " in href or "<" in href or ">" in href or (
        ("(" in href or ")" in href) and href.count("(") != href.count(")")
    ):
        return "<" + href.replace("<", "%3C").replace(">", "%3E") + ">"
    return href


# --------------------------------------------------------------------------- block rendering

# token kinds (markers are tuples; text tokens are plain str)
_OPEN, _CLOSE, _CELL = 1, 2, 3
_M_STRONG, _M_EM, _M_CODE, _M_LINK = 1, 2, 3, 4


def _render(toks: list, start: int, end: int) -> tuple[str, str, int, int, int, int]:
    """Tokens -> (text, markdown, link chars, chars, links, index of last text token).

    Whitespace collapses to single spaces (none is added where the HTML has none); Markdown
    markers hug the words they wrap, and a marker around no words is dropped.
    """
    if start == 0 and tuple not in set(map(type, toks)):  # plain text, the common case
        text = " ".join("".join(toks).split())
        last = end - 1
        while last >= 0 and toks[last].isspace():
            last -= 1
        markdown = _ESC_TEXT.sub(r"\\\g<0>", text) if _MAYBE_ESC.search(text) else text
        return text, markdown, 0, len(text), 0, last
    if start == 0 and (end == 3 or end == 4):  # a lone link: menus, lists of headlines
        first, inner, close = toks[0], toks[1], toks[2]
        if (
            first.__class__ is tuple
            and first[0] == _OPEN
            and first[1] == _M_LINK
            and inner.__class__ is str
            and close.__class__ is tuple
            and close[0] == _CLOSE
            and (end == 3 or (toks[3].__class__ is str and toks[3].isspace()))
        ):
            words = " ".join(inner.split())
            if words:
                markdown = _ESC_LINK.sub(r"\\\g<0>", words) if _MAYBE_ESC.search(words) else words
                if first[2] is not None:
                    markdown = "[" + markdown + "](" + first[2] + ")"
                return words, markdown, len(words), len(words), 1, 1
    tparts: list[str] = []
    mparts: list[str] = []
    space = False
    started = False
    pending: list[list] = []  # opened markers not yet written (written before the next word)
    ostack: list[list] = []  # [kind, link target, written, index in mparts, original]
    counts = [0, 0, 0, 0, 0]  # open markers by kind
    link_chars = total = links = 0
    last = -1
    for i in range(start, end):
        tok = toks[i]
        if tok.__class__ is str:
            words = " ".join(tok.split())
            if not words:
                if started and tok:
                    space = True
                continue
            last = i
            if started and (space or tok[0].isspace()):
                tparts.append(" ")
                mparts.append(" ")
            space = tok[-1].isspace()
            if pending:
                for entry in pending:
                    entry[2] = True
                    entry[3] = len(mparts)
                    kind = entry[0]
                    if kind == _M_LINK:
                        mparts.append("[" if entry[1] is not None else "")
                    else:
                        mparts.append("**" if kind == _M_STRONG else "*" if kind == _M_EM else "")
                pending.clear()
            tparts.append(words)
            if counts[_M_CODE] or not _MAYBE_ESC.search(words):
                mparts.append(words)
            elif counts[_M_LINK]:
                mparts.append(_ESC_LINK.sub(r"\\\g<0>", words))
            else:
                mparts.append(_ESC_TEXT.sub(r"\\\g<0>", words))
            n = len(words)
            total += n
            if counts[_M_LINK]:
                link_chars += n
            started = True
            continue
        op = tok[0]
        if op == _OPEN:
            kind = tok[1]
            if kind == _M_LINK:
                if tok[3]:
                    links += 1
                entry = [kind, tok[2] if not counts[_M_CODE] else None, False, -1, tok[3]]
            elif counts[_M_CODE] or (kind != _M_CODE and counts[kind]):
                entry = [0, None, False, -1, True]  # nested duplicate or inside code: no marker
            else:
                entry = [kind, None, False, -1, True]
            counts[entry[0]] += 1
            ostack.append(entry)
            if entry[0]:
                pending.append(entry)
        elif op == _CLOSE and ostack:
            entry = ostack.pop()
            kind = entry[0]
            counts[kind] -= 1
            if kind:
                if entry[2]:
                    _close(entry, mparts)
                    if kind == _M_LINK and not entry[4]:
                        links += 1  # a link continued from the previous block counts where it has words
                elif pending and pending[-1] is entry:
                    pending.pop()  # around no words: dropped
    while ostack:
        entry = ostack.pop()
        if entry[0] and entry[2]:
            _close(entry, mparts)
            if entry[0] == _M_LINK and not entry[4]:
                links += 1
    return "".join(tparts), "".join(mparts), link_chars, total, links, last


def _close(entry: list, mparts: list[str]) -> None:
    """Write the closing marker of a written entry."""
    kind = entry[0]
    if kind == _M_LINK:
        if entry[1] is not None:
            mparts.append("](" + entry[1] + ")")
    elif kind == _M_STRONG:
        mparts.append("**")
    elif kind == _M_EM:
        mparts.append("*")
    else:  # code span: fence longer than any backtick run inside
        index = entry[3]
        content = "".join(mparts[index + 1 :])
        del mparts[index + 1 :]
        longest = max((len(run) for run in re.findall("`+", content)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if content.startswith("`") or content.endswith("`") else ""
        mparts[index] = fence + pad + content + pad + fence


# --------------------------------------------------------------------------- tag tables

_SKIP, _BLOCK, _INLINE, _BR, _HR, _CUSTOM = 0, 1, 2, 3, 4, 5

_SKIP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "head",
    "input", "select", "option", "optgroup", "textarea", "datalist", "video", "audio", "embed", "map",
    "noembed", "noframes", "frameset", "frame", "title", "meta", "link", "base", "param", "source",
    "track", "img", "picture", "area", "col", "colgroup", "rp", "rt", "-comment", "-doctype", "keygen",
    "portal",
)
_BLOCK_TAGS = (
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp", "plaintext",
    "search", "marquee",
)
_CAT = {
    **dict.fromkeys(_BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(_SKIP_TAGS, _SKIP),
    "br": _BR,
    "hr": _HR,
}
_PHRASING = frozenset(
    ("p", "a", "span", "em", "strong", "b", "i", "u", "s", "small", "mark", "q", "cite", "abbr",
     "time", "sup", "sub", "label", "h1", "h2", "h3", "h4", "h5", "h6", "font", "code")
)
"""Elements that hold phrasing content: a custom element inside one runs with the words around
it (a ticker's live price in a sentence, "<fin-streamer>+6.4%</fin-streamer>"), as browsers
set an element they do not know: inline."""


def _in_phrasing(node) -> bool:
    parent = node.parent
    return parent is not None and parent.tag in _PHRASING


_NOSCRIPT_MIN = 500
_NOSCRIPT = frozenset(("noscript",))
_REPLACED = frozenset(
    ("input", "select", "textarea", "img", "picture", "video", "audio", "iframe", "object", "embed", "canvas",
     "svg", "math", "portal")
)
_STRUCTURAL = frozenset(
    ("nav", "header", "footer", "aside", "form", "figure", "blockquote", "table", "ul", "ol", "article",
     "main", "button", "label", "select", "dialog")
)
_INLINE_MARK = {"b": _M_STRONG, "strong": _M_STRONG, "em": _M_EM, "i": _M_EM, "code": _M_CODE,
                "kbd": _M_CODE, "samp": _M_CODE, "tt": _M_CODE}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Blocks owned by these are paragraphs of their own (a text dump puts a blank line around them).
_PARAGRAPHS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "figcaption", "caption", "address",
     "listing", "xmp", "plaintext", "summary", "legend", "hr")
)
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_PRE_TAGS = frozenset(("pre", "listing", "xmp", "plaintext"))
# A table is laid out as rows only when its cells hold inline content, not page sections.
_COMPLEX_TABLE = (
    "table, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, pre, article, section, nav, aside, header, "
    "footer, figure, main, p ~ p, br ~ br, div ~ div ~ div"
)
_BIG_ITEM = "p ~ p, h1, h2, h3, h4, h5, h6, article, section, table, pre, blockquote, form, header, footer"
_SPANNING = '[colspan]:not([colspan="1"]), [rowspan]:not([rowspan="1"])'

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _table_mode(table) -> tuple[bool, bool]:
    """(rows: lay the table out as rows, simple: no spanning cells) for a table element.

    Only the table's row groups are searched (a node's CSS search includes the node itself), and
    each search stops at its first match, so nested tables keep the total linear.
    """
    rows = True
    simple = True
    for child in table.iter():
        if child.tag in ("caption", "colgroup"):
            continue
        if child.css_first(_COMPLEX_TABLE) is not None:
            rows = False
            break
    if rows:
        for child in table.iter():
            if child.tag not in ("caption", "colgroup") and child.css_first(_SPANNING) is not None:
                simple = False
                break
    return rows, simple


# --------------------------------------------------------------------------- the walk


def _walk(root) -> list[Block]:  # noqa: C901 - one loop on purpose: it is the hot path
    """Blocks of the tree under ``root`` in document order, with an explicit stack."""
    blocks: list[Block] = []
    toks: list = []
    has_text = False
    covers: list[list] = []  # inline elements with hints/ancestry that may cover the whole block
    istack: list[list] = []  # open inline records: [reopen token or None, cover adds or None, cover]
    time_val: str | None = None
    group = 0
    last_key = -1
    next_id = 1
    evidence_cache: dict[tuple, Evidence] = {}

    # inherited state (saved/restored around block and inline elements)
    anc: frozenset[str] = NO_HINTS
    hints: frozenset[str] = NO_HINTS
    container = 0
    path: tuple[int, ...] = ()
    list_depth = 0
    in_li = False
    in_quote = False
    in_caption = False
    hlevel = 0
    pre = 0
    rowmode = False  # inside a table laid out as rows
    simple = True
    in_thead = False
    in_cell = False
    in_row = False
    table_key = 0
    li_info: list | None = None  # [top-level <li> node, whether it is a small item]
    # the owner of the block being filled: (tag, kind, level, ancestors, hints, group key)
    owner: tuple = ("body", "text", 0, NO_HINTS, NO_HINTS, 0, ())

    def flush() -> None:
        nonlocal toks, has_text, covers, time_val, group, last_key
        if not has_text:
            time_val = None
            if toks:
                toks = []
                covers = []
                _reopen()
            return
        tag, kind, level, o_anc, o_hints, key, o_path = owner
        cells = None
        header = False
        lines = None
        if kind == "row":
            text, markdown, link_chars, total, links, cells, header = _render_row(toks, simple, in_thead)
            last = len(toks)
        else:
            text, markdown, link_chars, total, links, last = _render(toks, 0, len(toks))
            if kind == "pre":  # one block per line, like <br>; Markdown keeps the indentation
                lines = _pre_lines(toks)
                if not lines:
                    text = ""
            elif markdown:
                first = markdown[0]
                if first in "#>-+=~" or first.isdigit():
                    markdown = _escape_line_start(markdown)
        if text:
            for cover in covers:
                if cover[1] is None or cover[1] > last:
                    o_anc = o_anc | cover[2]
                    o_hints = o_hints | cover[3]
            density = round(link_chars / total, 4) if total else 0.0
            ekey = (tag, density, links, o_anc, o_hints, time_val)
            evidence = evidence_cache.get(ekey)
            if evidence is None:
                evidence = evidence_cache[ekey] = Evidence(tag, density, links, o_anc, o_hints, time_val)
            if key != last_key:
                group += 1
                last_key = key
            if lines is None:
                blocks.append(Block(text, markdown, kind, level, group, evidence, cells, header, o_path))
            else:
                for line in lines:
                    blocks.append(Block(" ".join(line.split()), line, kind, level, group, evidence,
                                        path=o_path))
        toks = []
        covers = []
        has_text = False
        time_val = None
        _reopen()

    def _reopen() -> None:
        # inline elements still open continue into the next block
        for record in istack:
            if record[0] is not None:
                toks.append(record[0])
            if record[1] is not None:
                cover = [len(toks), None, record[1][0], record[1][1]]
                covers.append(cover)
                record[2] = cover

    stack: list[tuple] = [(iter((root,)), None, None)]
    while stack:
        top = stack[-1]
        for node in top[0]:
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text:
                    if has_text:
                        toks.append(text)
                    elif not text.isspace():
                        toks.append(text)
                        has_text = True
                    elif toks or pre:  # leading whitespace of a block only matters in <pre>
                        toks.append(text)
                continue
            cat = _CAT.get(tag)
            if cat is None:
                if tag is None:
                    continue
                cat = _INLINE if "-" not in tag or _in_phrasing(node) else _CUSTOM
            if cat == _SKIP:
                # A long <noscript> is what a reader without JavaScript gets (Blogger puts the
                # whole post there); short ones are "enable JavaScript" notes and pixels.
                if tag != "noscript" or len(node.text()) < _NOSCRIPT_MIN:
                    if tag in _REPLACED:  # a control or embed stands between the words around it
                        toks.append(" ")
                    continue
                cat = _BLOCK
            attrs = node.attributes
            if attrs and (
                "hidden" in attrs
                or (attrs.get("aria-hidden") or "").lower() == "true"
                or ("style" in attrs and attrs["style"] and _HIDDEN_STYLE.search(attrs["style"]))
            ):
                continue
            if cat == _BR:
                if in_cell:
                    toks.append(" ")
                elif pre:
                    toks.append("\n")
                else:
                    if toks:
                        flush()
                continue
            if cat == _HR:
                if in_cell:
                    toks.append(" ")
                    continue
                if toks:
                    flush()
                if blocks and blocks[-1].kind != "rule":
                    group += 1
                    last_key = -1
                    rule = Evidence("hr", 0.0, 0, anc, hints, None)
                    blocks.append(Block("", "---", "rule", 0, group, rule, path=path))
                continue
            own_hints = hints_of(attrs) if attrs and not HINT_KEYS.isdisjoint(attrs) else NO_HINTS
            if cat == _INLINE:
                mark = _INLINE_MARK.get(tag)
                open_tok = None
                if mark is not None:
                    open_tok = (_OPEN, mark, None, True)
                elif tag == "a":
                    href = attrs.get("href") if attrs else None
                    if href is not None:
                        open_tok = (_OPEN, _M_LINK, _href_md(href), True)
                elif tag == "time" and time_val is None and attrs:
                    time_val = (attrs.get("datetime") or "").strip() or None
                add_anc = tag in _STRUCTURAL
                if add_anc and tag == "button":
                    toks.append(" ")  # a button is a box of its own between the words around it
                if open_tok is None and not own_hints and not add_anc:
                    stack.append((node.iter(include_text=True), None, None))
                    break
                if open_tok is not None:
                    toks.append(open_tok)
                cover_adds = None
                saved = None
                if own_hints or add_anc:
                    saved = (anc, hints)
                    new_anc = anc | {tag} if add_anc else anc
                    new_hints = hints | own_hints if own_hints else hints
                    cover_adds = (new_anc - anc, new_hints - hints)
                    anc, hints = new_anc, new_hints
                record = [
                    (_OPEN, open_tok[1], open_tok[2], False) if open_tok is not None else None,
                    cover_adds,
                    None,
                ]
                if cover_adds is not None and (cover_adds[0] or cover_adds[1]) and not has_text:
                    cover = [len(toks), None, cover_adds[0], cover_adds[1]]
                    covers.append(cover)
                    record[2] = cover
                istack.append(record)
                stack.append((node.iter(include_text=True), 1, (saved, open_tok)))
                break
            # block-level element (or a custom element, treated as one)
            if in_cell:  # inside a row's cell: page structure is just a space between words
                toks.append(" ")
                stack.append((node.iter(include_text=True), 3, None))
                break
            if in_row and (tag == "td" or tag == "th"):  # a cell of a row: the row goes on
                in_cell = True
                toks.append((_CELL, tag == "th"))
                stack.append((node.iter(include_text=True), 4, None))
                break
            if toks:
                flush()
            saved = (owner, anc, hints, container, path, list_depth, in_li, in_quote, in_caption, hlevel,
                     pre, rowmode, simple, in_thead, in_row, table_key, li_info)
            if tag in _STRUCTURAL:
                anc = anc | {tag}
            if own_hints:
                hints = hints | own_hints
            if tag == "noscript":
                hints = hints | _NOSCRIPT
            node_id = next_id
            next_id += 1
            path = (*path, node_id)
            key = node_id if tag in _PARAGRAPHS else container
            if tag in _LISTS:
                list_depth += 1
                in_li = False
            elif tag == "li":
                in_li = True
                if list_depth <= 1 or li_info is None:
                    li_info = [node, None]  # is this list item a small one? decided when needed
            elif tag == "blockquote":
                in_quote = True
            elif tag == "figcaption" or tag == "caption":
                in_caption = True
            elif tag in _HEADINGS:
                hlevel = _HEADINGS[tag]
            elif tag in _PRE_TAGS:
                pre += 1
            elif tag == "table":
                rowmode, simple = _table_mode(node)
                in_thead = in_row = False
                in_li = False
                table_key = node_id
            elif rowmode:
                if tag == "thead":
                    in_thead = True
                elif tag == "tr":
                    in_row = True
                    key = table_key  # the rows of a table share its group
            if in_row:
                kind, level = "row", 0
            elif pre:
                kind, level = "pre", 0
            elif in_caption:
                kind, level = "caption", 0
            elif hlevel:
                kind, level = "heading", hlevel
            elif in_quote:
                kind, level = "quote", 0
            elif in_li:
                if tag != "li" and li_info[1] is None:
                    # Blocks inside a list item are items too ("<li><p>One</p>"), unless the item
                    # holds a whole post (old themes wrap articles in <li>): then they are text.
                    li_info[1] = li_info[0].css_first(_BIG_ITEM) is None
                kind, level = ("item", max(list_depth, 1)) if tag == "li" or li_info[1] else ("text", 0)
            else:
                kind, level = "text", 0
            owner = (tag, kind, level, anc, hints, key, path)
            container = node_id
            stack.append((node.iter(include_text=True), 2, saved))
            break
        else:
            _, action, saved = stack.pop()
            if action is None:
                continue
            if action == 1:  # inline element ends
                state, open_tok = saved
                if open_tok is not None:
                    toks.append((_CLOSE, open_tok[1]))
                elif "button" in anc and (state is None or "button" not in state[0]):
                    toks.append(" ")
                record = istack.pop()
                if record[2] is not None:
                    record[2][1] = len(toks)
                if state is not None:
                    anc, hints = state
            elif action == 2:  # block element ends
                if toks:
                    flush()
                (owner, anc, hints, container, path, list_depth, in_li, in_quote, in_caption, hlevel,
                 pre, rowmode, simple, in_thead, in_row, table_key, li_info) = saved
            elif action == 3:  # block element inside a row's cell
                toks.append(" ")
            else:  # a row's cell ends
                in_cell = False
    flush()
    return blocks


def _pre_lines(toks: list) -> list[str]:
    """The non-blank lines of preformatted text, indentation kept (for the Markdown)."""
    raw = "".join(t for t in toks if t.__class__ is str).replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip() for line in raw.split("\n") if line.strip()]


def _render_row(toks: list, simple: bool, in_thead: bool):
    """A table row: each cell rendered alone; text joins non-empty cells with a space."""
    bounds = [i for i, t in enumerate(toks) if t.__class__ is tuple and t[0] == _CELL]
    if not bounds:
        text, markdown, link_chars, total, links, _ = _render(toks, 0, len(toks))
        return text, markdown, link_chars, total, links, None, False
    texts: list[str] = []
    cells: list[str] = []
    link_chars = total = links = 0
    all_th = True
    for n, start in enumerate(bounds):
        end = bounds[n + 1] if n + 1 < len(bounds) else len(toks)
        all_th = all_th and toks[start][1]
        text, markdown, lc, tc, lk, _ = _render(toks, start + 1, end)
        if markdown:
            first = markdown[0]
            if first in "#>-+=~" or first.isdigit():
                markdown = _escape_line_start(markdown)
        texts.append(text)
        cells.append(markdown.replace("|", "\\|"))
        link_chars += lc
        total += tc
        links += lk
    text = " ".join(t for t in texts if t)
    if simple:
        markdown = "| " + " | ".join(cells) + " |"
        return text, markdown, link_chars, total, links, cells, in_thead or all_th
    markdown = " ".join(c for c in cells if c)
    return text, markdown, link_chars, total, links, None, in_thead or all_th


# --------------------------------------------------------------------------- deep nesting guard

_MAX_DEPTH = 512  # what browsers' tree builders allow too
# An unclosed comment or script runs to the end (as in HTML), so no start is scanned twice.
_SKIPPED_RAW = r"<!--(?:.*?-->|.*)|<(?:script|style)\b(?:.*?</(?:script|style)\s*>|.*)"
_TAG_SCAN = re.compile(_SKIPPED_RAW + r"|<(/?[A-Za-z][A-Za-z0-9-]*)", re.DOTALL | re.IGNORECASE)
_TAG_NAME = itemgetter(1)
"""A _TAG_SCAN match's tag token (None for a skipped comment or script)."""
_FLAT = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
     "wbr", "keygen", "frame", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
     "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "caption", "html", "head", "body", "image",
     # SVG shapes, usually self-closed ("<path ... />")
     "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "use", "stop")
)


class _Weights(dict):
    """Tag token -> depth change (+1 open, -1 close, 0 void or self-closing by the parser)."""

    def __missing__(self, token: str | None) -> int:
        if not token:  # a comment or script skipped (None), or nothing
            self[token] = 0
            return 0
        name = token.lstrip("/").lower()
        value = 0 if not token or name in _FLAT else (-1 if token[0] == "/" else 1)
        self[token] = value
        return value


def _max_depth(text: str) -> int:
    """An estimate of the deepest element nesting, in C-speed passes (no per-tag Python code)."""
    # The tags are read one at a time: a list of them all (``findall``) took ten times the
    # page's size in memory on a page of small tags (a 1000x1000 table: 120 MB).
    steps = map(_Weights().__getitem__, map(_TAG_NAME, _TAG_SCAN.finditer(text)))
    return max(accumulate(steps, lambda a, b: a + b if a + b > 0 else 0), default=0)


def _flatten(text: str, limit: int = _MAX_DEPTH) -> str:
    """Drop start/end tags nested deeper than ``limit`` (their text stays), in one linear pass."""
    stack: list[str] = []
    counts: dict[str, int] = {}
    dropped: dict[str, int] = {}

    def replace(match: re.Match) -> str:
        token = match.group(1)
        if not token:
            return match.group(0)
        name = token.lstrip("/").lower()
        if name in _FLAT or name in ("script", "style", "textarea", "title", "xmp", "plaintext", "noscript"):
            return match.group(0)
        if token[0] == "/":
            if dropped.get(name):
                dropped[name] -= 1
                return " "
            if counts.get(name):
                while stack:
                    top = stack.pop()
                    counts[top] -= 1
                    if top == name:
                        break
            return match.group(0)
        if len(stack) >= limit:
            dropped[name] = dropped.get(name, 0) + 1
            return " "
        stack.append(name)
        counts[name] = counts.get(name, 0) + 1
        return match.group(0)

    return _TAG_SCAN_FULL.sub(replace, text)


_TAG_SCAN_FULL = re.compile(_SKIPPED_RAW + r"|<(/?[A-Za-z][A-Za-z0-9-]*)[^<>]*>?", re.DOTALL | re.IGNORECASE)


# --------------------------------------------------------------------------- entry point


_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{10000,}>")
"""A start tag of more than 10,000 characters: a data URI, an inline SVG path, or a flood of
attributes (one in the wild has 200,000), which the parser checks for duplicates pairwise."""
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
_MAX_ATTRIBUTES = 256
"""Attributes of one tag read; a page's hints and links are in the first few."""


def _fewer_attributes(text: str) -> str:
    """Tags with more than ``_MAX_ATTRIBUTES`` attributes cut to that many, so parsing stays
    linear in the page (a tag's own text is never shown: nothing visible is lost)."""
    def cut(match: re.Match[str]) -> str:
        tag = match.group(0)
        found = list(islice(_ATTRIBUTE.finditer(tag, 1), _MAX_ATTRIBUTES + 2))
        if len(found) <= _MAX_ATTRIBUTES + 1:  # the name, then the attributes
            return tag
        return tag[: found[_MAX_ATTRIBUTES].end()] + ">"

    return _LONG_TAG.sub(cut, text)


def parse_html(text: str) -> Page:
    """Parse a page into blocks and metadata. Never raises on any text input."""
    if not text or not text.strip():
        return Page([], {})
    if text.count("<") > 4000 and _max_depth(text) > _MAX_DEPTH:
        text = _flatten(text)
    if len(text) > 10000 and "=" in text:
        text = _fewer_attributes(text)
    try:
        tree = LexborHTMLParser(text)
    except UnicodeEncodeError:  # lone surrogates cannot go to the parser's UTF-8
        tree = LexborHTMLParser(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    root = tree.root
    if root is None:
        return Page([], {})
    if "isAccessibleForFree" in text:
        _show_paywalled(tree)
    return Page(_walk(root), page_meta(tree))


def _show_paywalled(tree) -> None:
    """Parts the page declares paywalled (``html_meta.paywalled_parts``) are read though hidden:
    a page that holds the subscriber's text hides it from the screen only (``aria-hidden``,
    ``hidden``), and the article is that text."""
    for selector in paywalled_parts(tree):
        try:
            nodes = tree.css(selector)
        except (SelectolaxError, UnicodeEncodeError):  # a selector it cannot parse, or a lone
            continue  # surrogate the JSON's "\ud800" escape made, which cannot go to UTF-8
        for node in nodes:
            attrs = node.attrs
            for name in ("hidden", "aria-hidden"):
                if name in attrs:
                    del attrs[name]
