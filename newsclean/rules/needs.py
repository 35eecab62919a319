"""What every match of a regex must hold, read off the parsed pattern (the standard
library's parser): characters, literal runs, sets of alternatives. The matchers use it to
skip a pattern on a line that lacks them, and derive it from the patterns themselves, so a
pattern a user adds to the data files gets its pre-check too."""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's regex parser
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover (Python 3.10)
    import sre_parse as _sre_parse

REPEATS = tuple(getattr(_sre_parse, op) for op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
            if hasattr(_sre_parse, op))
COMMON_MARKS = frozenset(".,;-'\"_/&")
"""Marks too common in prose to tell lines apart (``rare_needs``)."""


def _literal_chars(op: object, arg: Any) -> frozenset[str] | None:
    """The characters one item of a parsed pattern matches, if it is a literal, a class of
    literals, or one of those repeated at least once; else None."""
    if op is _sre_parse.LITERAL:
        return frozenset(chr(arg))
    if op is _sre_parse.IN and all(kind is _sre_parse.LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg)
    if op in REPEATS and arg[0] >= 1 and len(arg[2]) == 1:
        return _literal_chars(*arg[2][0])
    return None


def caseless(ch: str) -> bool:
    """No letter, and no case: looking for it in a line agrees with IGNORECASE matching."""
    return not ch.isalnum() and ch.lower() == ch.upper() == ch


def needed_chars(pattern: str) -> list[frozenset[str]]:
    """Sets of characters every match of ``pattern`` holds one of ({"»", "›"} for
    "[^»›]{0,80}[»›]..."), read from the items at the top level of the pattern, which every
    match passes through: literals and classes of literals, repeated at least once; marks
    and symbols only (no letters, digits or case). A cheap pre-check: a line that lacks
    one of the sets cannot match."""
    found = []
    for op, arg in _sre_parse.parse(pattern):
        chars = _literal_chars(op, arg)
        if chars and all(caseless(ch) for ch in chars):
            found.append(chars)
    return found


def needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` holds a digit: an item at its top level is ``\\d``,
    alone or repeated at least once."""
    for op, arg in _sre_parse.parse(pattern):
        if op in REPEATS and arg[0] >= 1 and len(arg[2]) == 1:
            op, arg = arg[2][0]
        if op is _sre_parse.IN and arg == [(_sre_parse.CATEGORY, _sre_parse.CATEGORY_DIGIT)]:
            return True
    return False


FOLDS_BEYOND_ASCII = frozenset(map(ord, "IKSiks"))
"""The ASCII letters IGNORECASE also matches to other characters ("İ", "ı", "\u212a", "ſ")."""


def needed_literal(pattern: str) -> str | None:
    """The longest run of literal characters at the top level of ``pattern`` (lower case)
    that every match holds, of ASCII characters other than ``FOLDS_BEYOND_ASCII``, which
    IGNORECASE matches to themselves in either case only: any line that matches holds it in
    its lower case ("letter" of "\\S[^.!?]{0,40} newsletters?$")."""
    best, run = "", ""
    for op, arg in [*_sre_parse.parse(pattern), (None, None)]:
        if op is _sre_parse.LITERAL and arg < 128 and arg not in FOLDS_BEYOND_ASCII:
            run += chr(arg)
            continue
        best, run = max(best, run, key=len), ""
    return best.lower() or None


def rare_needs(pattern: str) -> frozenset[str] | None:
    """The first of ``needed_chars`` that prose seldom holds (no spaces, full stops,
    commas, hyphens, quote marks...), or None."""
    return next((chars for chars in needed_chars(pattern)
                 if not any(ch.isspace() or ch in COMMON_MARKS for ch in chars)), None)


def needed_pieces(pattern: str) -> list[frozenset[str]]:
    """Sets of strings every match of ``pattern`` holds one of, in its lower case: literal
    runs ("credit: "), alternatives ({"photo", "image", "picture"} of "(?:Photo|Image|
    Picture)"), classes of literals, read from the items every match passes through (the top
    level, mandatory groups, branches whose every alternative needs one). A cheap
    pre-check: a line whose lower case lacks one of the sets cannot match. Only characters
    whose lower case is the same in any context are used: ASCII (but for ``FOLDS_BEYOND_ASCII``
    under IGNORECASE, which also matches "ı", "K", "ſ") and marks without case."""
    parsed = _sre_parse.parse(pattern)
    return _pieces(parsed, bool(parsed.state.flags & re.IGNORECASE))


def _safe(code: int, ignorecase: bool) -> bool:
    """Whether a literal ``chr(code)`` in a match is ``chr(code).lower()`` in the line's lower case."""
    if code < 128:
        return not (ignorecase and code in FOLDS_BEYOND_ASCII)
    char = chr(code)
    # (Han, kana and Hangul letters, from CJK's radicals on, have no case either: "摄")
    return caseless(char) or (code >= 0x2E80 and char.lower() == char == char.upper())


def _pieces(items, ignorecase: bool) -> list[frozenset[str]]:
    """``needed_pieces`` of a parsed sequence (``ignorecase``: the flag in force)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _sre_parse.LITERAL and _safe(arg, ignorecase):
            run += chr(arg).lower()
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is _sre_parse.SUBPATTERN:
            _, add, remove, inner = arg
            found += _pieces(inner, (ignorecase or bool(add & re.IGNORECASE))
                             and not remove & re.IGNORECASE)
        elif op is _sre_parse.BRANCH:
            choices = [_pieces(alternative, ignorecase) for alternative in arg[1]]
            if all(choices):
                found.append(fewest(frozenset().union(*(_best(sets) for sets in choices))))
        elif op in REPEATS and arg[0] >= 1:
            found += _pieces(arg[2], ignorecase)
        elif op is _sre_parse.IN and all(kind is _sre_parse.LITERAL and _safe(code, ignorecase)
                                         for kind, code in arg):
            found.append(frozenset(chr(code).lower() for _, code in arg))
    return found


def _best(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set lines hold least often, going by its shortest string, then by its size."""
    return max(sets, key=lambda strings: (min(map(len, strings)), -len(strings)))


def fewest(strings: frozenset[str]) -> frozenset[str]:
    """``strings`` without those holding another ("photo" stands for "photograph")."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))
