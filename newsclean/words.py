"""The words of a line, as every rule reads them: one tokenizer, so that a phrase list's word
and a line's word are cut alike.

Python's ``re`` reads ``\\w`` as letters, digits and the underscore; the vowel signs and
viramas of Indic scripts, Arabic's harakat and the zero-width joiners of Persian are marks,
so "में" came out as "म" and every Hindi line counted three words for each it has. The
``regex`` module's ``\\w`` follows Unicode (marks and joiners included); it is slower, so it
reads only the lines holding such a mark.
"""

from __future__ import annotations

import re

import regex

WORD = re.compile(r"\w+(?:['’]\w+)*")
"""A word, an apostrophe's contraction kept whole ("don't", "l'été")."""
_MARKED_WORD = regex.compile(r"[\w\p{N}]+(?:['’][\w\p{N}]+)*")
_MARKS = re.compile(
    r"[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0700-\u07bf\u0900-\u0eff\u0f00-\u0fff\u1000-\u109f\u17b4-\u17d3\u1ab0-\u1aff\u1dc0-\u1dff"
    r"\u200c\u200d\u20d0-\u20ff\u302a-\u302f\u3099\u309a\ufe20-\ufe2f]")
"""Combining marks and joiners of the scripts that write them inside words (and the Indic,
Thai, Lao, Tibetan and Burmese blocks whole): a line with none is read by ``re``, whose words
are the same there. (A mark outside these blocks still cuts its word, as ``re`` always did.)"""


def words(text: str) -> list[str]:
    """The words of ``text``, marks kept inside their words (an ASCII line, most of them, is
    told as such by one C scan, cheaper than the class's search)."""
    if text.isascii() or _MARKS.search(text) is None:
        return WORD.findall(text)
    return _MARKED_WORD.findall(text)


def words_plain(text: str) -> list[str]:
    """``words`` read by ``regex`` alone (the plain version; a property test holds the two
    to the same answers)."""
    return _MARKED_WORD.findall(text)
