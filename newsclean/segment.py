"""Text to Document: one unit per line, hard-wrapped paragraphs re-joined, converter markup noted.

Converters disagree on layout: html-text puts menus one item per line in a block with the
headline, some put every paragraph on its own line with no blank lines, html2text writes
Markdown and may hard-wrap at ~78 columns. So the unit of judgement is the line, after
re-joining lines that were only broken by wrapping.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import islice

import regex

from . import block_links, columns, envelope, glued, html2text_c, pandoc
from . import layout as browser
from .code import code_like
from .document import Document, Unit
from .scripts import dense_script, measure_dense
from .stopwords import PARAGRAPH_SHARE, UNKNOWN, detect_language, stopwords
from .words import WORD
from .words import words as words_of

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
"""An ATX heading's opening. ``_heading_title`` reads the rest: a lazy group before an optional
closing "#" run here cost 2 µs a heading, retrying the closing run after every character."""
_HR = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s*(?:[*+-]|\d{1,3}[.)])\s+(?=\S)")
_MD_SIGNAL = re.compile(  # each signal opens a line (matched after its "\n")
    r"\n(?:[ \t]{0,3}#{1,6}[ \t]+\S|[ \t]*([*+-])[ \t]+\S(?![^\n]*[ \t]\1[ \t]*(?:\n|\Z))"
    r"|[ \t]{0,3}(?:\*[ \t]*){3,}(?=\n|\Z)|(?:={3,}|-{3,})[ \t]*(?=\n|\Z)|[ \t]{0,3}!\[[^\]\n]*\]\([^)\s]+)"
)
"""A bullet is no signal when the line closes with its mark too: "- Advertisement -", a
label set between dashes (a plain dump of a page prints its ad slots so)."""
_MD_START = re.compile(r"\n[ \t]*[#*+=!-]")
"""Where a _MD_SIGNAL can start: a line opening with one of its marks (an image, ``![alt](src)``,
is one: markdownify writes a page of paragraphs and pictures with no other). A quick scan for
these, then the full pattern there only (plain dumps have hardly any such lines)."""
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
# lynx and w3m number links ("[12]Home") and list their targets under "References".
_LYNX_REFS = re.compile(r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)*[ \t]*1\. \S+://", re.M)
_LYNX_MARK = re.compile(r"\[\d{1,4}\]")
_TITLE = r"(?:\s+\"(?:[^\"\\]|\\.)*\")?"  # a link's optional title, quote marks escaped in it
_LINK = re.compile(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\((?:[^)\s]*" + _TITLE + r"|[^()\"\n|]*)\)")
"""A link keeps its text. Its address may hold spaces: turndown writes an address as the page
has it ("/search?fulltext=Boko Haram"), where CommonMark would want it encoded. A title may hold
quote marks escaped with a backslash, as markdownify and turndown write them."""
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*" + _TITLE + r"\)")
_REFERENCE_IMAGE = re.compile(r"!\[[^\[\]]*\]\[([^\]\n]+)\]")
_REFERENCE_LINK = re.compile(r"\[([^\[\]]*)\]\[([^\]\n]+)\]")
"""A reference-style link, ``[text][12]``, or image, ``![alt][3]``: the link keeps its text.
Only a label the dump defines counts (text such as a citation's "[6][7]" or code's
"a[0]['href']" is no link)."""
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*\S", re.M)
"""A link reference definition, ``   [12]: https://...`` (html2text --reference-links)."""
# "**", "__", or one marker opening (after no word character) or closing (after text, before
# no word character). The pattern opens with the class [*_], the alternatives checked after it
# by lookbehinds: a pattern that opens with a character class lets the regex engine scan for
# "*" and "_" in a tight loop (an alternation of different openings tries every position).
_EMPHASIS = re.compile(
    r"[*_](?:(?<=\*)\*|(?<=_)_|(?<![\w*\\][*_])(?=\S)|(?<=\S[*_])(?<!\\[*_])(?![\w*]))"
)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_CODE = re.compile(r"`+([^`]+)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ANY_DIGIT = re.compile(r"\d")
_COMBINING = regex.compile(r"\p{M}")
"""A combining mark (a vowel sign of Hindi or Thai, an accent set apart): a letter's part,
taking no column of the screen."""
_MARKS_SAMPLE = 4000
"""Characters of a dump looked through for a combining mark: a script written with them
shows them in every line; a dump without one in its opening is measured by its characters."""
_WORD = WORD  # the same words as rules.markers reads
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


def _markdown_signals(text: str, enough: int = 2) -> int:
    """Markdown signals (bold pairs, headings, bullets, rules), counted up to ``enough``."""
    hits = min(text.count("**") // 2, enough)  # bold pairs; counting beats a regex scan
    text = "\n" + text  # every line, the first too, opens after a "\n"
    for start in _MD_START.finditer(text):
        if hits >= enough:
            break
        if _MD_SIGNAL.match(text, start.start()):
            hits += 1
    return hits


def _looks_markdown(text: str) -> bool:
    return _markdown_signals(text) >= 2


_CLEAR_MARKDOWN = 6
"""Signals that make a dump Markdown even when its lines also look split at inline elements
(two "# " lines may be code comments in a BeautifulSoup-style dump)."""


_WIDEST = 100
"""The widest wrap column looked for in a dump: converters wrap at 72 to 80 columns, and a
dump's lines longer than 100 are the page's own (a paragraph broken by <br>s), not wrapped."""
WIDEST_SCREEN = 250
"""The widest a text browser's screen is looked for: lynx, w3m and html2text 1.3 wrap at 80
columns unless told otherwise (-width, -cols), and a user who wants fewer broken lines asks
for 120 or 200."""


def wrap_width(lines: list[str], widest: int = _WIDEST) -> int:
    """The column a hard-wrapping converter broke lines at, or 0 when lines are not wrapped.

    A line of length L followed by text whose first word has length F was broken at a
    column W when L <= W < L + 1 + F: the W that explains the most line pairs wins, if it
    explains at least half of the long lines followed by text and lines longer than W are
    fewer than those just under it. Lines ending in a Markdown line break ("  ", html2text's
    <br>) count only when the others explain no width: a page may break its own lines (a
    list of names) where its paragraphs were wrapped, or break every line of a paragraph."""
    pairs: list[tuple[int, int]] = []
    breaks: list[tuple[int, int]] = []
    for line, nxt in zip(lines, lines[1:]):
        if len(line) < 30:
            continue  # most lines of a page (menus, blanks): too short, whatever their end
        length = len(line.rstrip())
        if 30 <= length <= widest and nxt.strip() and not _starts_block(nxt):
            (breaks if line.endswith("  ") else pairs).append(
                (length, length + 1 + len(nxt.split(None, 1)[0])))
    width = _explaining_width(lines, pairs, widest)
    return width or (_explaining_width(lines, pairs + breaks, widest) if breaks else 0)


def _explaining_width(lines: list[str], pairs: list[tuple[int, int]], widest: int) -> int:
    """``wrap_width``'s choice among the (length, need) pairs of its lines."""
    if len(pairs) < 3:
        return 0
    counts = [0] * (widest + 2)
    for length, need in pairs:  # +1 on every width in [length, need - 1]
        counts[max(length, 40)] += 1
        counts[min(max(need, 40), widest + 1)] -= 1
    # A tie goes to the column most lines end at: a line of Chinese or Japanese breaks
    # anywhere, so the next line's first "word" is all of it, and short lines explain many.
    ending = [0] * (widest + 2)
    for length, _ in pairs:
        ending[max(length, 40)] += 1
    best, width, running = 0, 0, 0
    for column in range(40, widest + 1):
        running += counts[column]
        if running > best or (running == best and best and ending[column] > ending[width]):
            best, width = running, column
    near = sum(1 for length, _ in pairs if width - 20 <= length <= width)
    if best < 3 or best < near * 0.5:
        return 0
    # Wrapped text has few lines longer than the column; unwrapped prose has many: lines
    # with a space (not one long URL) or, in Chinese or Japanese (written without spaces),
    # any; not list items or headings, which html2text does not wrap.
    longer = sum(1 for line in lines if len(line) > width + 2
                 and (" " in line.strip() or (not line.isascii() and _CJK.search(line)))
                 and not _starts_block(line))
    return width if longer < near else 0


_GLUED = tuple(",.;:!?)]}%’”")
_GLUED_SET = frozenset(_GLUED)


def _continues(line: str, nxt: str) -> bool:
    """Whether ``nxt`` carries on the sentence of ``line``: text split at inline elements
    (links, emphasis) by converters such as BeautifulSoup's get_text("\\n")."""
    if not line.strip() or not nxt.strip():
        return False
    if line[-1:].isspace() or nxt[:1].isspace() or nxt.startswith(_GLUED):
        return True
    return nxt[:1].islower() and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))


_OPENS_GLUED = re.compile(r"\n[,.;:!?)\]}%’”]")
_OPENS_INDENTED = re.compile(r"\n[,.;:!?)\]}%’”]|\n[^\S\n]")
"""Lines (but the first) that open with a mark of _GLUED (or, indented, white space)."""


def _looks_fragmented(lines: list[str], indented: bool = True) -> bool:
    """Many lines that open mid-sentence: a comma, a closing bracket, a lower-case word, or
    (``indented``) a space; in Markdown an indented line is a nested list item instead."""
    opens = _OPENS_INDENTED if indented else _OPENS_GLUED
    if len(opens.findall("\n".join(lines))) < 3:
        return False  # fewer than 3 candidates, found by one regex scan: most dumps
    hits = sum(1 for line, nxt in zip(lines, lines[1:])
               if (nxt[:1] in _GLUED_SET or (indented and nxt[:1].isspace())) and nxt.strip()
               and line.strip() and not nxt.startswith("!["))  # "![alt](src)": a Markdown image
    if hits < 3:
        return False  # then the lines need no counting
    return hits >= sum(1 for line in lines if line.strip()) // 100


def _join_fragments(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        if text and not text[-1].isspace() and part and not part[0].isspace() \
                and not part.startswith(_GLUED):
            text += " "
        text += part
    return " ".join(text.split())


def _starts_block(line: str) -> bool:
    """A blank line, a heading, a rule or a list item. The regexes run only for a line whose
    first visible character could open one: most lines of text open with a letter."""
    first = line.lstrip()[:1]
    if not first:
        return True
    if first not in "#*-_+" and not first.isdigit():
        return False
    return bool(_HEADING.match(line) or _HR.match(line) or _BULLET.match(line))


def broken_by_wrap(line: str, nxt: str, width: int) -> bool:
    """Whether the break after ``line`` was forced by wrapping at ``width``: the first word
    of the non-blank ``nxt`` would not have fitted on it."""
    return len(line.rstrip()) + 1 + len(nxt.split(None, 1)[0]) > width - 2


def _logical_lines(
    lines: list[str], width: int, markdown: bool, fragmented: bool = False, measured: list[str] | None = None
) -> list[tuple[int, int]]:
    """Spans (first, last) of source lines forming one logical line. ``measured``: the lines
    as wide as they were wrapped (``columns.as_on_screen``), where that is not their length."""
    measured = lines if measured is None else measured
    if markdown and not width and not fragmented:
        return _rewrapped(lines, _continued(lines, _setext_spans(lines)))
    spans: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        if fragmented:
            while j + 1 < n and _continues(lines[j], lines[j + 1]):
                j += 1
            spans.append((i, j))
            i = j + 1
            continue
        if markdown and i + 1 < n and lines[i + 1].lstrip()[:1] in ("=", "-") \
                and _SETEXT.match(lines[i + 1]) and lines[i].strip() and not _starts_block(lines[i]):
            spans.append((i, i + 1))  # "Heading" over "=======": one heading
            i += 2
            continue
        if width and lines[i].strip() and not (markdown and _HEADING.match(lines[i])):
            while j + 1 < n and lines[j + 1].strip():
                nxt = lines[j + 1]
                continued_item = (markdown and _BULLET.match(lines[i]) and nxt.startswith("  ")
                                  and not _BULLET.match(nxt))
                if markdown and _starts_block(nxt) and not continued_item:
                    break
                if not broken_by_wrap(measured[j], measured[j + 1], width) and not continued_item:
                    break
                j += 1
        spans.append((i, j))
        i = j + 1
    return spans


_SETEXT_LINES = re.compile(r"\n[ \t]{0,3}(?:=+|-+)[ \t]*(?=\n|\Z)")
"""_SETEXT over a whole text, each line matched from the newline before it: a pattern that
opens with a literal character lets the regex engine skip from one line to the next (a "^" in
MULTILINE mode tries every position)."""


def _setext_spans(lines: list[str]) -> list[tuple[int, int]]:
    """``_logical_lines`` of unwrapped Markdown (most html2text dumps): one line a span but
    for setext headings ("Title" over "====="), whose underlines one regex scan finds."""
    spans: list[tuple[int, int]] = []
    text = "\n" + "\n".join(lines)  # the first line, too, opens after a "\n"
    start = 0  # the first line not in a span yet
    line = offset = -1  # line number of the character at offset
    for underline in _SETEXT_LINES.finditer(text):
        line += text.count("\n", offset + 1, underline.start() + 1)
        offset = underline.start()
        if line > start and lines[line - 1].strip() and not _starts_block(lines[line - 1]):
            spans.extend(zip(range(start, line - 1), range(start, line - 1)))
            spans.append((line - 1, line))  # "Heading" over "=======": one heading
            start = line + 1
    spans.extend(zip(range(start, len(lines)), range(start, len(lines))))
    return spans


def _continued_plain(lines: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Unwrapped Markdown still breaks a few logical lines: a list item's indented
    continuation ("  * The first phase covers" over "    the north quay"), and a link or an
    image whose text holds a line break ("[north" over "quay](/north)"). Joined, their
    markup is read whole, so no text is left as raw syntax or cut from its item. (The plain
    version of ``_continued``, which visits only the lines that can continue a span.)"""
    out: list[tuple[int, int]] = []
    item = 0  # the column of the item's text, when the span before opens with a list bullet
    for first, last in spans:
        line = lines[first]
        if out and first == last and line.strip() and _joins(lines, out[-1], line, item):
            out[-1] = (out[-1][0], last)
            continue
        out.append((first, last))
        item = _item_column(line)
    return out


def _joins(lines: list[str], span: tuple[int, int], line: str, item: int) -> bool:
    """Whether ``line`` carries on ``span``: indented to its item's text, or closing its link."""
    return (item > 0 and line[:item].isspace() and not _starts_block(line)) or (
        "[" in lines[span[1]] and "](" in line and _open_bracket(lines, span[0], span[1]))


def _item_column(line: str) -> int:
    """The column of a list item's text, or 0 for a line that opens no item."""
    bullet = _BULLET.match(line) if line.lstrip()[:1] in _BULLET_FIRST else None
    return bullet.end() if bullet is not None else 0


_INDENTED = re.compile(r"\n[ \t]{2}(?![ \t]*(?:[*+-]|\d{1,3}[.)])\s)[ \t]*\S")
_LINK_END = re.compile(r"\]\(")
"""A line that may carry on the one before: indented and no list item of its own (found by
its "\n"), or closing a link (found by its "](")."""


def _continued(lines: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``_continued_plain``, visiting only the lines one regex scan finds can continue a span
    (indented, or holding "](") instead of every line: the plain loop cost html2text dumps a
    sixth of their segmentation (66 of 395 ms a pass of the dev dumps). A Hypothesis test
    holds the two equal."""
    text = "\n" + "\n".join(lines)
    # an indented line's "\n", a "](" in a line: two scans that each skip to their first
    # character (one alternation of the two would try every position)
    marks = {m.start() for m in _INDENTED.finditer(text)}
    marks.update(m.start() for m in _LINK_END.finditer(text))
    if not marks:
        return spans
    candidates: list[int] = []
    line_no, seen = -1, 0
    for mark in sorted(marks):
        line_no += text.count("\n", seen, mark + 1)
        seen = mark + 1
        if not candidates or candidates[-1] != line_no:
            candidates.append(line_no)
    spans = list(spans)
    starts = [first for first, _ in spans]
    into: dict[int, int] = {}  # a span joined to the one it carries on
    for j in candidates:
        k = bisect_left(starts, j)
        if k == 0 or k >= len(spans) or spans[k] != (j, j):
            continue
        root = k - 1
        while root in into:
            root = into[root]
        if _joins(lines, spans[root], lines[j], _item_column(lines[spans[root][0]])):
            spans[root] = (spans[root][0], j)
            into[k] = root
    return [span for k, span in enumerate(spans) if k not in into] if into else spans


_SENTENCE_CLOSE = frozenset(".!?:;\"”’)]|*_`")
"""Marks a line ends with when its sentence, or its Markdown span, is closed."""
_OPEN_END = "[^\\s" + re.escape("".join(sorted(_SENTENCE_CLOSE)) + "\\") + "]"
"""A line's last character when it ends mid-sentence: no closing mark, no space, no "\\"
(Markdown's hard break)."""
_SOURCE_BREAK = re.compile(rf"\n(?:(?<={_OPEN_END}\n)|(?<={_OPEN_END}[ \t]\n))(?=([^\W\d_]))")
"""A line ending mid-sentence (no closing mark, no hard break of two spaces) over a line
opening with a letter (captured): where a page's source was wrapped, if its lines are long.
The pattern opens with the newline, so the regex engine skips from line to line; the line's
end is read by a look-behind."""
_REWRAP_MIN = 30
"""Shortest line read as broken by the page's source wrapping rather than by the page: an
editor wraps near 80 columns, and a paragraph's first line starts after its tag."""
_MD_HEADING_OR_TABLE = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|\|)")


def _rewrapped(lines: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Markdown reads a line break inside a paragraph as a space. A converter that keeps the
    page's own line breaks (markdownify) leaves each paragraph of a page whose source was
    wrapped in lines of 40 to 80 characters, each too short to read as prose: such a line,
    long and ending mid-sentence, is joined with the plain line under it, in a dump where
    half the lines under such breaks open with a lower-case word. html2text writes a
    paragraph on one line, so its dumps have hardly any such breaks (a regex scan finds
    fewer than three and nothing is visited)."""
    opening = _SOURCE_BREAK.findall("\n".join(lines))  # each break's next letter
    breaks, lower = len(opening), sum(map(str.islower, opening))
    if breaks < 3 or lower * 2 < breaks:
        return spans  # lines that go on mid-sentence open with a lower-case word as often
        # as not; lines of headlines or menus (a plain dump taken for Markdown) never do
    out: list[tuple[int, int]] = []
    for first, last in spans:
        if out and first == last and _source_broken(lines, out[-1], lines[first]):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _source_broken(lines: list[str], span: tuple[int, int], nxt: str) -> bool:
    """Whether ``nxt`` carries on ``span``'s paragraph: the span's last line is long, ends
    mid-sentence with no hard break, and neither opens a heading, a table row or a block."""
    line = lines[span[1]]
    body = line.strip()
    return (len(body) >= _REWRAP_MIN and bool(nxt.strip()) and nxt[:1].isalpha()
            and body[-1] not in _SENTENCE_CLOSE and not line.endswith(("  ", "\\"))
            and not line[:1].isspace() and _MD_HEADING_OR_TABLE.match(lines[span[0]]) is None
            and not _starts_block(nxt))


_BULLET_FIRST = frozenset("*+-0123456789")


def _open_bracket(lines: list[str], first: int, last: int) -> bool:
    """Whether lines ``first``..``last`` leave a "[" unclosed (a link's text goes on)."""
    text = "".join(lines[first : last + 1])
    return text.count("[") > text.count("]")


_PAIRED = (re.compile(r"(\*(?<![\w*\\]\*)\*{0,2})(?![\s*])(.+?)(?<![\s\\*])\1(?![\w*])(?: (?=,))?"),
           re.compile(r"(_(?<![\w_\\]_)_{0,2})(?![\s_])(.+?)(?<![\s\\_])\1(?![\w_])(?: (?=,))?"))
"""Emphasis that pairs: a run of one to three ``*`` (or ``_``) opening at a word's start and
the same run closing at a word's end (html2text sets a space between the closing mark and a
comma after it, "_Metroid_ , One": the space goes with the mark). Each opens with its mark and
looks behind it after: the regex engine then skips to the marks instead of trying every
position."""
_CENSORED = re.compile(r"\*(?<=\w\*)(?:\*+|(?=\w))")
"""Stars a word holds or ends with once its emphasis pairs are gone: a censored word ("Jo**
Sm***", "f***", "s*it") says them; they are text."""
_EMPTY = re.compile(r"(?<![*_])(?:\*{4}|_{4})(?![*_])")
"""An empty bold or underline ("libertés****(CNIL)"): html2text's, no one's text."""
_HELD = "\ue000"  # a private-use character stands in for a censored word's star meanwhile


def _emphasis_off(text: str) -> str:
    """Emphasis marks out of a Markdown line, its text kept: pairs first ("**_both_**"), then
    the marks html2text leaves unpaired (an empty "****", "word.__") as ``_EMPHASIS`` finds
    them, but for a censored word's stars. Most lines hold one mark or none: they skip to
    the last step."""
    if "****" in text or "____" in text:
        text = _EMPTY.sub("", text)
    if text.count("*") > 1 or text.count("_") > 1:
        for _ in range(3):
            stripped = text
            if stripped.count("*") > 1:
                stripped = _PAIRED[0].sub(r"\2", stripped)
            if stripped.count("_") > 1:
                stripped = _PAIRED[1].sub(r"\2", stripped)
            if stripped == text:
                break
            text = stripped
    if "*" in text and _HELD not in text and _CENSORED.search(text) is not None:
        held = _CENSORED.sub(lambda m: _HELD * len(m.group(0)), text)
        return _EMPHASIS.sub("", held).replace(_HELD, "*")
    return _EMPHASIS.sub("", text)


_DEFINITION_NOTE = "a Markdown link's address, defined apart from it ([12]: https://...)"


def _reference_labels(text: str) -> frozenset[str]:
    """The labels a Markdown dump defines links for, case-folded as CommonMark matches them."""
    if "]:" not in text:
        return frozenset()
    return frozenset(label.casefold() for label in _REFERENCE_DEFINITION.findall(text))


def strip_inline_markup(text: str, labels: frozenset[str] = frozenset()) -> str:
    """Drop Markdown links (keeping their text; reference-style ones, ``[text][12]``, when the
    dump defines their label: ``labels``), emphasis, code ticks and backslash escapes."""
    if "](" in text:
        if "![" in text:  # images first: a linked image "[![alt](src)](href)" nests one in a link
            text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m.group(2) or "", text)
    if labels and "][" in text:  # images first: a linked image nests one in a link
        if "![" in text:
            text = _REFERENCE_IMAGE.sub(lambda m: "" if m.group(1).casefold() in labels else m.group(0), text)
        text = _REFERENCE_LINK.sub(lambda m: m.group(1) if m.group(2).casefold() in labels
                                   else m.group(0), text)
    if "*" in text or "_" in text:
        text = _emphasis_off(text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text


def _heading_title(rest: str) -> str:
    """The title after a heading's opening ``#``s: without the optional closing sequence
    (``## Title ##``), which must follow white space."""
    rest = rest.rstrip()
    bare = rest.rstrip("#")
    return bare.rstrip() if bare != rest and bare[-1:].isspace() else rest


def _unit_text(raw: str, markdown: bool, lynx: bool = False,
               labels: frozenset[str] = frozenset()) -> tuple[str, str, int]:
    """(text, kind, level) of a logical line. Each regex runs only when the line's first
    character allows it to match: this runs once per line of every dump."""
    if lynx:
        raw = _LYNX_MARK.sub("", raw)
    if not markdown:
        if "\n" not in raw:
            return raw.strip(), "text", 0
        return _join_fragments(raw.split("\n")), "text", 0
    if "\n" in raw:  # re-joined lines
        parts = raw.split("\n")
        if len(parts) == 2 and (m := _SETEXT.match(parts[1])):
            title = strip_inline_markup(parts[0], labels)
            return _SPACES.sub(" ", title).strip(), "heading", 1 if m.group(1)[0] == "=" else 2
        if _QUOTE.match(parts[0]):  # a wrapped "> " quote: one marker per line
            parts = [parts[0], *(_QUOTE.sub("", part, count=1) for part in parts[1:])]
        line = " ".join(part.strip() for part in parts)
    else:
        line = raw.strip()
    first = line[:1]
    kind, level = "text", 0
    if "|" in line and "-" in line and _TABLE_RULE.match(line):
        return "", "markup", 0  # the |---|---| under a table's header
    if first in "*-_" and line.count(first) >= 3 and _HR.match(line):  # "* * *": 3 marks
        return "", "rule", 0
    if first == "#" and (m := _HEADING.match(line)):
        kind, level, line = "heading", len(m.group(1)), _heading_title(line[m.end():])
    elif first == ">":
        kind, line = "quote", line[1:].lstrip()
        while line[:1] == ">":
            line = line[1:].lstrip()
    elif first in "*+-" and (line[1:2].isspace() or line == first):  # _BULLET, or an empty item
        kind, line = "item", line[2:].lstrip()
    elif first == "\\" and line[1:2] in ("*", "+", "-") and line[2:3].isspace():
        # a bullet the page's author typed ("+ Added Slime Block"), which html2text escapes
        # so that it stays text: a list item all the same, as other converters print it
        kind, line = "item", line[3:].lstrip()
    elif first.isdigit() and (m := _BULLET.match(line)):
        kind, line = "item", line[m.end():]
    if kind == "item" and line[:1] == "#" and (m := _HEADING.match(line)):
        line = _heading_title(line[m.end():])  # "* ## 8/50 Title": a heading set in an item
    line = strip_inline_markup(line, labels)
    if "  " in line or "\t" in line or "\u00a0" in line:
        line = _SPACES.sub(" ", line)
    return line.strip(), kind, level


def _mark_table_rows(units: list[Unit]) -> None:
    """Lines with "|" next to a Markdown table's |---| line, in its block, are table rows."""
    for i, unit in enumerate(units):
        if unit.kind != "markup":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(units) and units[j].para == unit.para and "|" in units[j].raw:
                units[j].kind = "row"
                j += step


def _browser_document(lines: list[str], found: browser.Layout) -> Document:
    """A lynx or w3m dump: its layout's pieces as units (wrapping detected on the lines as
    printed), a paragraph break wherever blank lines lie between two pieces. A lynx dump marks
    headings and list items as a Markdown dump does: the rules read it as one."""
    printed = browser.printed(lines, found)
    pieces = browser.read(lines, printed, found, wrap_width(printed, WIDEST_SCREEN))
    return _pieces_document(lines, pieces, found.name, markdown=found.name == browser.LYNX)


_READ_AS = {
    browser.LYNX: "a text browser's dump laid out as lynx lays pages out (lynx, links, ELinks)",
    browser.W3M: "a w3m dump",
    html2text_c.NAME: "a dump of html2text 1.3 (the C html2text)",
}
"""What --explain says a dump in a layout was read as."""


def _pieces_document(lines: list[str], pieces: list[browser.Piece], layout: str, *,
                     markdown: bool, blocks: bool = False) -> Document:
    """A layout's pieces as units: a paragraph break wherever blank lines lie between two
    pieces, or (``blocks``: a dump with no blank lines between paragraphs) at every piece but
    an item after an item. Markup pieces are removed with their reason."""
    units: list[Unit] = []
    para, previous, kind = 0, -1, ""
    item_column = 0  # the column of the last list item's text, while its list goes on
    for piece in pieces:
        if units and (piece.first > previous + 1 or piece.first <= previous
                      or blocks and not (piece.kind == kind == "item")):
            para += 1  # the lines between two pieces are blank, a column of a page's layout
            # begins again at its top, or each piece is a block
        first, last = piece.first, piece.last
        raw = piece.raw if piece.raw is not None else lines[first] if first == last \
            else "\n".join(lines[first : last + 1])
        in_item = False
        if layout == browser.W3M:
            in_item, item_column = _item_text(lines[first], piece.kind, item_column)
        unit = Unit(len(units), raw, piece.text, para, first, last, piece.kind, piece.level)
        if in_item:
            unit.labels["in_item"] = "a list item's further paragraph"
        if piece.note:
            unit.labels["markup"] = piece.note
        units.append(unit)
        previous, kind = piece.last, piece.kind
    doc = Document(units, markdown=markdown)
    doc.meta["layout"] = layout  # a browser's dump: no <title> line at its top
    doc.meta["notes"] = [f"segment: read as {_READ_AS[layout]}, its layout told from the dump"]
    _remove_markup(doc)
    add_word_features(doc, "\n".join(lines[:400]))
    return doc


_ITEM_TEXT = re.compile(r"\s*\S+\s+")
"""A list item's first line up to its text: the indent, the bullet or number, the space after."""


def _item_text(line: str, kind: str, column: int) -> tuple[bool, int]:
    """Whether a piece is a list item's further paragraph, and the item-text column after
    it. w3m sets an item's further paragraphs (a teaser's headline and author under its
    label) at its text's column, not at column 0 where the page's text is."""
    if kind == "item":
        m = _ITEM_TEXT.match(line)
        return False, (m.end() if m else 0)
    indent = len(line) - len(line.lstrip(" "))
    if not column or indent == 0:
        return False, 0  # text at column 0: the list has ended
    return kind == "text" and indent == column, column


def _remove_markup(doc: Document) -> None:
    """A layout's or a dialect's markup (a reference list, a field, a fence) holds no text:
    no rule need weigh it; it is removed with the reason its reader gave."""
    for unit in doc.units:
        if "markup" in unit.labels:
            doc.remove(unit, "segment", unit.labels["markup"])


def _pandoc_document(lines: list[str]) -> Document:
    """Pandoc's Markdown: its blocks as units, each read as Markdown once pandoc's attribute
    syntax is out of its text; fences, raw blocks and blocks of attributes alone are markup,
    removed with their reason. A fence sets blocks apart as a blank line does."""
    from .html_hints import NO_HINTS, hints_of

    units: list[Unit] = []
    para, previous, fenced = 0, -1, False
    # the hints of the <div>s a block sits in, and whether each opened as a tag (GitHub's
    # Markdown) or a fence: a tag closes only a tag (pandoc's Markdown opens a list item's
    # <div> on the item's line, "-   <div>", and closes it on a line of its own)
    open_divs: list[tuple[frozenset[str], bool]] = [(NO_HINTS, False)]
    hinted: dict[int, frozenset[str]] = {}
    for first, last, note, code in pandoc.blocks(lines):
        if units and (first > previous + 1 or fenced or note == pandoc.FENCE_NOTE):
            para += 1
        raw = lines[first] if first == last else "\n".join(lines[first : last + 1])
        body, kind, level = ("", "markup", 0) if note else _unit_text(pandoc.clean(raw, code), True)
        unit = Unit(len(units), raw, body, para, first, last, kind, level)
        if not body and kind not in ("rule", "markup") or note:
            unit.kind = "markup"
            unit.labels["markup"] = note or pandoc.EMPTY_NOTE
        if note == pandoc.FENCE_NOTE:
            attrs = pandoc.fence_attributes(raw)
            tag = raw.lstrip().startswith("<")
            if attrs is None:
                if len(open_divs) > 1 and open_divs[-1][1] == tag:
                    open_divs.pop()
            else:
                open_divs.append((open_divs[-1][0] | hints_of(attrs), tag))
        elif body and open_divs[-1][0]:
            hinted[unit.index] = open_divs[-1][0]
        if not note and raw.lstrip()[:1] in "*+-0123456789" and (attrs := pandoc.item_div(raw)) is not None:
            open_divs.append((open_divs[-1][0] | hints_of(attrs), True))
        units.append(unit)
        previous, fenced = last, note == pandoc.FENCE_NOTE
    _mark_table_rows(units)
    doc = Document(units, markdown=True)
    if hinted:  # read by the markers rule as an HTML page's class hints are
        doc.meta["fence_hints"] = hinted
    doc.meta["notes"] = ["segment: read as pandoc's Markdown (its <div> fences and attribute lists)"]
    _remove_markup(doc)
    # the script told on the units' text: the dump opens with markup
    add_word_features(doc, "\n".join(islice((u.text for u in units if u.text), 400)))
    return doc


def segment(text: str) -> Document:
    lines = text.split("\n")
    head = envelope.find(lines)
    if head is not None:
        return _enveloped(lines, head)
    found = glued.find(lines)
    if found is None:
        return _segment(text, lines)
    # Markdown joins a paragraph's lines: a blank line between its blocks
    lines = glued.split(lines, found, ("",) if _looks_markdown(text) else ())
    doc = _segment("\n".join(lines), lines)
    doc.meta.setdefault("notes", []).insert(0, _GLUED_NOTE.format(sum(map(len, found.values()))))
    return doc


def _enveloped(lines: list[str], head: envelope.Envelope) -> Document:
    """A page's Markdown under a reader service's header: the Markdown read as any dump is
    (the header's lines blank, so that none runs into its first block), the header's lines
    markup, what they say the page's metadata."""
    blanked = [""] * head.end + lines[head.end :]
    doc = _segment("\n".join(blanked), blanked, markdown=True)
    header = [Unit(i, lines[n], "", 0, n, n, "markup")
              for i, n in enumerate(n for n in range(head.end) if lines[n].strip())]
    for unit in header:
        unit.labels["markup"] = envelope.NOTE
        doc.remove(unit, "segment", envelope.NOTE)
    for unit in doc.units:
        unit.index += len(header)
        unit.para += 1
    doc.units[:0] = header
    if "fence_hints" in doc.meta:  # keyed by unit
        doc.meta["fence_hints"] = {i + len(header): hints for i, hints in doc.meta["fence_hints"].items()}
    doc.meta["page"] = head.page
    doc.meta["envelope"] = True
    doc.meta.setdefault("notes", []).insert(0, f"segment: read as {envelope.NOTE}")
    return doc


_GLUED_NOTE = ("segment: read as glued text (a page's text taken with nothing between its elements), "
               "cut into its blocks at {} places")


def _segment(text: str, lines: list[str], markdown: bool = False) -> Document:
    """``markdown``: the dump is known to be Markdown (a reader service says so)."""
    found = browser.detect(text, lines)
    if found is not None:
        return _browser_document(lines, found)
    if pandoc.detect(text):
        return _pandoc_document(lines)
    if html2text_c.detect(text, lines):  # headings and items marked, as Markdown marks them
        pieces = html2text_c.read(lines, wrap_width(lines, WIDEST_SCREEN))
        return _pieces_document(lines, pieces, html2text_c.NAME, markdown=True, blocks=True)
    known, markdown = markdown, markdown or _looks_markdown(text)
    width, measured = wrap_width(lines), lines
    if not width and not text.isascii() and _COMBINING.search(text, 0, _MARKS_SAMPLE):
        # a browser wraps by the columns on screen: Hindi's vowel signs take none
        on_screen = [columns.as_on_screen(line) for line in lines]
        if (width := wrap_width(on_screen)):
            measured = on_screen
    lynx = "References" in text and bool(_LYNX_REFS.search(text))
    labels = _reference_labels(text) if markdown else frozenset()
    units: list[Unit] = []
    para = 0
    previous_blank = True
    if markdown:  # unless its few signals are code comments in text split at inline elements
        fragmented = not known and not width and _markdown_signals(text, _CLEAR_MARKDOWN) < _CLEAR_MARKDOWN \
            and _looks_fragmented(lines, indented=False)
        markdown = not fragmented
    else:
        fragmented = not width and _looks_fragmented(lines)
    spanning = block_links.shown(lines) if markdown and block_links.spanning(text) else {}
    if not (markdown or width or lynx or fragmented):  # plain lines: the common case, kept lean
        for number, line in enumerate(lines):
            body = line.strip()
            if not body:
                if not previous_blank:
                    para += 1
                previous_blank = True
                continue
            previous_blank = False
            units.append(Unit(len(units), line, body, para, number, number))
        doc = Document(units)
        add_word_features(doc, text[:4000])
        return doc
    for first, last in _logical_lines(lines, width, markdown, fragmented, measured):
        if not lines[first].strip():
            if not previous_blank:
                para += 1
            previous_blank = True
            continue
        previous_blank = False
        raw = lines[first] if first == last else "\n".join(lines[first : last + 1])
        source, note = raw, ""  # what the line shows; why it is markup, if it shows nothing
        if labels and raw.lstrip()[:1] == "[" and _REFERENCE_DEFINITION.match(raw):
            note = _DEFINITION_NOTE
        elif first in spanning and first == last:
            source, note = spanning[first]
            note = "" if source.strip() else note
        if note:
            unit = Unit(len(units), raw, "", para, first, last, "markup")
            unit.labels["markup"] = note
            units.append(unit)
            continue
        body, kind, level = _unit_text(source, markdown, lynx, labels)
        units.append(Unit(len(units), raw, body, para, first, last, kind, level))
    _mark_table_rows(units)
    doc = Document(units, markdown=markdown)
    if width:
        doc.meta["wrapped"] = width  # a converter's or a browser's lines: no <title> line at its top
    if labels or spanning:
        _remove_markup(doc)
    add_word_features(doc, text[:4000])
    return doc


_SAMPLE = 320
"""Function-word density is estimated on a line's first 320 characters: plenty for a stable
ratio, and it keeps the cost of long paragraphs flat."""


_ASCII_WORD_BYTES = bytes(
    byte + 32 if 65 <= byte <= 90  # A-Z: lower-cased on the way
    else byte if byte < 128 and (chr(byte).isalnum() or chr(byte) in "_'")
    else 32
    for byte in range(256)
)
"""For ``bytes.translate``: ASCII word characters (and "'") lower-cased, anything else a space."""


def _ascii_words(sample: str) -> list[str]:
    """``_WORD.findall(sample.lower())`` for an ASCII ``sample``, three times as fast: one
    byte-table pass and a split. An apostrophe stays only between two word characters."""
    spaced = sample.encode().translate(_ASCII_WORD_BYTES)
    if b"'" in spaced:  # drop runs of two or more, then those at a word's edge
        spaced = (b" " + spaced + b" ").replace(b"''", b"  ").replace(b" '", b"  ")
        spaced = spaced.replace(b"' ", b"  ")
    return spaced.decode().split()


_SHARED_WORDS_FROM = 5_000
"""Lines from which a document stores each word once. Sharing costs a dictionary look-up a
word (5% of a cleaning pass over the corpora's dumps, whose longest makes 2,017 lines) and
saves 60 bytes a repeated word: 10 MB at most below 5,000 lines (lines of 40 words), two
thirds of the document's memory in a long dump of prose."""


def add_word_features(doc: Document, opening: str | None = None) -> None:
    """Words, word count and function-word share of every unit, and the document's language.
    ``opening``: the page's opening text, in which its script is told (default: its lines').

    Most lines are ASCII (87% in the corpus): their words are read by ``_ascii_words``; the
    rest by the regex, whose Unicode ``\\w`` test costs several table look-ups a character.

    In a long document a word is stored once (``vocabulary``), each line's list pointing at
    it: 16 MB of prose made 3.3 million word strings, 189 MB (``_SHARED_WORDS_FROM``).
    """
    findall = words_of
    vocabulary: dict[str, str] = {}
    shared = vocabulary.setdefault if len(doc.units) >= _SHARED_WORDS_FROM else None
    tokens: list[list[str]] = []
    add = tokens.append
    for unit in doc.units:
        text = unit.text
        if text.isalpha():  # one plain word: a menu entry, mostly
            low = text.lower()
            words = [low if shared is None else shared(low, low)]
        else:
            sample = text[:_SAMPLE]
            if not sample.isascii():
                sample = sample.lower().replace("’", "'")
            words = _ascii_words(sample) if sample.isascii() else findall(sample)
            if shared is not None:
                words = list(map(shared, words, words))
        unit.tokens = words
        unit.words = len(words) if unit.length <= _SAMPLE else len(text.split())
        add(words)
    if opening is None:
        opening = "\n".join([u.text for u in islice(doc.units, 400)])
    dense = dense_script(opening)
    if dense is not None:  # the script first: no function-word list fits Chinese or Thai
        doc.lang = dense
        measure_dense(doc, dense)
        return
    doc.lang = detect_language(_language_sample(doc.units, tokens))
    is_stop = stopwords(doc.lang).__contains__
    digit = _ANY_DIGIT.search
    for unit, words in zip(doc.units, tokens):
        if words:  # function_share, inlined (a call a line cost 49 ms over the 364 dumps)
            lettered = len(words) - sum(map(str.isdigit, words)) if digit(unit.text) else len(words)
            unit.stop = sum(map(is_stop, words)) / lettered if lettered else 0.0
    if doc.lang == UNKNOWN or _list_misses_prose(doc.units):
        _guess_prose(doc)
    else:
        _calibrate(doc.units)


def function_share(text: str, words: list[str], is_stop: Callable[[str], bool]) -> float:
    """Share of a line's words that are function words, numbers not counted as words ("Senin
    (10/6/2024)" makes no line less prose). The numbers are counted only in a line with a
    digit: most have none, and one C scan says so (``function_share_plain`` counts them in
    every line; a property test holds the two to the same answers). ``add_word_features``
    inlines it."""
    lettered = len(words) - sum(map(str.isdigit, words)) if _ANY_DIGIT.search(text) else len(words)
    return sum(map(is_stop, words)) / lettered if lettered else 0.0


def function_share_plain(text: str, words: list[str], is_stop: Callable[[str], bool]) -> float:
    """``function_share`` without its digit gate."""
    lettered = sum(1 for word in words if not word.isdigit())
    return sum(1 for word in words if is_stop(word)) / lettered if lettered else 0.0


_PARAGRAPH = 200
"""Characters from which a line ended by a full stop is a paragraph, and good prose at
``PARAGRAPH_SHARE`` (``span.classify``)."""
_PARAGRAPHS = 3
"""Fewest such paragraphs on a page for its function-word list to be checked."""


def _list_misses_prose(units: list[Unit]) -> bool:
    """Whether the language's function-word list misses the page's own paragraphs: fewer
    than half of them reach ``PARAGRAPH_SHARE``, the share at which a paragraph reads as good
    prose. A language that writes its function words as endings (Turkish "evlerinde", in
    their houses) covers a tenth of a paragraph with its list, and its article read as
    menus; such a page is read as a language without a list is, by its sentence marks.
    (On both corpora and 40 pages written blind, the lowest page after a Turkish one has 65%
    of its paragraphs over the share, the Turkish one 17%: 0.4 or 0.6 in place
    of half change no output.)"""
    shares = _paragraph_shares(units)
    return len(shares) >= _PARAGRAPHS and 2 * sum(s >= PARAGRAPH_SHARE for s in shares) < len(shares)


def _paragraph_shares(units: list[Unit]) -> list[float]:
    """The function-word shares of the page's paragraphs: lines of ``_PARAGRAPH`` characters
    or more that close as a sentence does."""
    return [u.stop for u in units if u.size >= _PARAGRAPH and u.text[-1:] in _SENTENCE_STOPS]


_SENTENCE_STOPS = frozenset(".!?\"”")


PAGE_SHARE = 0.30
"""Median share of function words in a page's paragraphs under which its language's list is
taken to cover less of its running text than the thresholds assume (jusText's, set for lists
covering a third to a half of it): Finnish and Polish write much of what English says with
"of", "in" and "the" as endings, and their lead paragraphs, full of names, read as menus."""


def _calibrate(units: list[Unit]) -> None:
    """Scale every line's share by how far the page's own paragraphs fall short of
    ``PAGE_SHARE``: a share measured against what this page's prose holds, not English's."""
    shares = _paragraph_shares(units)
    if len(shares) < _PARAGRAPHS:
        return
    shares.sort()
    half = len(shares) // 2  # (the median: statistics' costs 5 ms of imports a run)
    middle = shares[half] if len(shares) % 2 else (shares[half - 1] + shares[half]) / 2
    if not 0 < middle < PAGE_SHARE:
        return
    scale = PAGE_SHARE / middle
    for unit in units:
        if unit.stop:
            unit.stop = min(1.0, unit.stop * scale)


_LANGUAGE_SAMPLE = 400
"""Words read to tell the document's language (``detect_language``'s sample)."""


def _language_sample(units: list[Unit], tokens: list[list[str]]) -> list[list[str]]:
    """The words of the first lines of eight words or more that are not program code, up to
    ``_LANGUAGE_SAMPLE`` words: a page's scripts dumped with its text (lxml's text_content,
    tags stripped by a regex) come first and hold few function words of any language, which
    made the page's language unknown and every line with a full stop prose. (A line with
    none of a script's commonest marks is no code: most lines are spared the count.)"""
    long = [i for i, words in enumerate(tokens) if len(words) >= 8]
    sample: list[list[str]] = []
    seen = 0
    for i in long:
        text = units[i].text
        if ("{" in text or ";" in text or "=" in text) and code_like(text):
            continue
        sample.append(tokens[i])
        seen += len(tokens[i])
        if seen >= _LANGUAGE_SAMPLE:
            break
    return sample or [tokens[i] for i in long] or tokens


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PROSE_MARK = regex.compile(r"\p{Sentence_Terminal}")
"""A sentence's closing mark in any script: ".", "。", "؟", "।", and Armenian's "։",
Ethiopic's "።", Urdu's "۔", Burmese's "။", Khmer's "។" (Unicode's Sentence_Terminal)."""


def _guess_prose(doc: Document) -> None:
    """Without function words for the language, a line with sentence punctuation stands in
    for prose; scripts written without spaces count a word per two characters. A short line
    with no mark says nothing either way: its share is none, as a name's is ("Anna
    Virtanen" over its date line is still a name alone, ``authors.name_alone``)."""
    for unit in doc.units:
        if _CJK.search(unit.text):
            unit.words = max(unit.words, unit.length // 2)
        marked = _PROSE_MARK.search(unit.text) is not None
        unit.stop = 0.3 if unit.length >= 40 and marked else 0.1 if unit.length >= 40 or marked else 0.0
