"""newsclean.segment's fast paths read exactly what the plain regexes they stand in for read."""

from __future__ import annotations

import re
from dataclasses import MISSING, fields

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Unit
from newsclean.segment import (
    _BULLET,
    _EMPHASIS,
    _HEADING,
    _HR,
    _SETEXT,
    _WORD,
    _ascii_words,
    _continued,
    _continued_plain,
    _heading_title,
    _logical_lines,
    _looks_fragmented,
    _rewrapped,
    _setext_spans,
    _starts_block,
)

# The patterns the fast paths replace, as they were.
EMPHASIS = re.compile(r"\*\*|__|[*_](?<![\w*\\][*_])(?=\S)|[*_](?<=\S[*_])(?<!\\[*_])(?![\w*])")
HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?)(?:\s+#+)?\s*|)$")  # "###" alone: empty

ASCII = st.text(alphabet="ab1_' -.,'*\t", max_size=24)
MARKS = st.text(alphabet="*_ a\\é.\t", max_size=16)
HEADINGS = st.text(alphabet="# a\t\u2003.", max_size=16)


@settings(max_examples=500, deadline=None)
@given(ASCII)
def test_ascii_words_is_the_word_regex(text: str) -> None:
    assert _ascii_words(text) == _WORD.findall(text.lower())


def test_ascii_words_examples() -> None:
    sample = "It's a rock'n'roll ''quote'' 'edge' don''t snake_case, A1-B2 o'"
    assert _ascii_words(sample) == _WORD.findall(sample.lower())
    assert _ascii_words("Don't STOP") == ["don't", "stop"]


@settings(max_examples=500, deadline=None)
@given(MARKS)
def test_emphasis_matches_as_before(text: str) -> None:
    assert [m.span() for m in _EMPHASIS.finditer(text)] == [m.span() for m in EMPHASIS.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(HEADINGS)
def test_heading_title_as_before(line: str) -> None:
    old, new = HEADING.match(line), _HEADING.match(line)
    assert bool(old) == bool(new)
    if old and new:
        assert (new.group(1), _heading_title(line[new.end():])) == (old.group(1), old.group(2) or "")


def test_heading_title_examples() -> None:
    assert _heading_title("Title ##") == "Title"
    assert _heading_title("C#") == "C#"
    assert _heading_title("##") == "##"
    assert _heading_title("a # #") == "a #"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Title", "===", "---", "-", "=", "  ==  ", "# h", "* a", "",
                                 "x", "- b", "\t--", "    ==", "***"]), max_size=8))
def test_setext_spans_as_the_line_by_line_loop(lines: list[str]) -> None:
    spans, i = [], 0
    while i < len(lines):  # _logical_lines's loop, for unwrapped Markdown
        if i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and lines[i].strip() \
                and not _starts_block(lines[i]):
            spans.append((i, i + 1))
            i += 2
        else:
            spans.append((i, i))
            i += 1
    assert _setext_spans(lines) == spans
    # _logical_lines then joins an item's indented next line (segment._continued)
    assert _logical_lines(lines, width=0, markdown=True) == _rewrapped(lines, _continued(lines, spans))


def test_unit_init_sets_every_field() -> None:
    unit = Unit(0, " raw ", "text", 1, 2, 3)
    for f in fields(Unit):
        value = getattr(unit, f.name)
        if f.name in ("length", "size"):  # size is length until a script says otherwise
            assert value == 4
        elif f.default is not MISSING:
            assert value == f.default, f.name
        elif f.default_factory is not MISSING:
            assert value == f.default_factory(), f.name
    assert (unit.index, unit.raw, unit.text, unit.para, unit.first_line, unit.last_line) == (
        0, " raw ", "text", 1, 2, 3)
    assert Unit(0, "", "", 0, 0, 0).tokens is not Unit(0, "", "", 0, 0, 0).tokens


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\u2003#*-_+1²a.", max_size=10))
def test_starts_block_as_its_regexes(line: str) -> None:
    expected = bool(HEADING.match(line) or _HR.match(line) or _BULLET.match(line) or not line.strip())
    assert _starts_block(line) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "a", ", b", ")", "![i](s)", "\tx", "\u2003y", "z."]),
                max_size=12), st.booleans())
def test_looks_fragmented_as_counting_every_pair(lines: list[str], indented: bool) -> None:
    hits = sum(1 for line, nxt in zip(lines, lines[1:])
               if (nxt[:1] in ",.;:!?)]}%’”" or (indented and nxt[:1].isspace())) and nxt.strip()
               and line.strip() and not nxt.startswith("!["))
    expected = hits >= 3 and hits >= sum(1 for line in lines if line.strip()) // 100
    assert _looks_fragmented(lines, indented) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["  * The first phase covers the [north", "    quay](/north) and more.",
                                 "  * Item", "    * Nested item", "      more of it", "    indented",
                                 "See the [full", "report](/report) here.", "[a](b) and [c", "d](e)",
                                 "Title", "===", "", "  1. First", "     its next line", "- b", "\t--",
                                 "    ==", "text ](x) [y"]), max_size=12))
def test_continued_visits_only_candidates_and_joins_as_the_plain_loop(lines: list[str]) -> None:
    spans = _setext_spans(lines)
    assert _continued(lines, spans) == _continued_plain(lines, spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="Ab c'.\u00e9\u4e2d\n", max_size=40), min_size=1, max_size=30))
def test_words_shared_in_long_documents_are_the_words_read_alone(lines: list[str]) -> None:
    """A long document stores each word once; its lines' words, word counts and function-word
    shares are those a short document's own strings give."""
    import newsclean.segment as seg

    text = "\n".join(lines)
    plain = seg.segment(text)
    saved = seg._SHARED_WORDS_FROM
    seg._SHARED_WORDS_FROM = 0
    try:
        shared = seg.segment(text)
    finally:
        seg._SHARED_WORDS_FROM = saved
    assert [(u.tokens, u.words, u.stop) for u in shared.units] == \
        [(u.tokens, u.words, u.stop) for u in plain.units]
    assert shared.lang == plain.lang
    words = [w for u in shared.units for w in u.tokens]
    assert len({id(w) for w in words}) == len(set(words))  # each word held once
