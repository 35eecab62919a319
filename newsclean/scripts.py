"""Writing systems: which script a page is written in, and how much a line of it says.

The rules judge prose by length, word count and the share of function words, all measured
on Latin-script habits: words separated by spaces, five or six letters each. Chinese and
Japanese write words without spaces, and a character says about what three Latin letters
do; Thai, Lao, Khmer and Burmese run their letters together too. So the script is told
first (a page of Chinese has no function words of any European list, and a Japanese page
was once taken for Danish), and a line in such a script gets a Latin-equivalent size, a
word count from its characters, and a prose score from its function characters and
sentence punctuation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

_SAMPLE = 4000
"""Characters of the page read to tell its script."""
_DENSE_SHARE = 0.25
"""Share of a page's letters in a script without spaces that makes it that script's page
(a Chinese article keeps English brand names and menus; an English page quotes a name)."""
_KANA_SHARE = 0.1
"""Share of kana among its CJK characters that makes a page Japanese, not Chinese."""
CJK_WIDTH = 3
"""Latin characters one Chinese or Japanese character is worth (a word of English takes six
with its space, of Chinese about two)."""
_CJK_PER_WORD = 1.7
_RUN_TOGETHER_PER_WORD = 5
"""Letters per word in Thai, Lao, Khmer and Burmese, which write words without spaces."""
_CJK_FUNCTION = {
    "zh": frozenset("的了是在和有也不这就都而与着被把将对从但为以于之其他她我们个要会可到说地得所并及或等"
                     "這與著將對從為於們個會說並"),
    "ja": frozenset("のにはをたがでてとしれさないかもるらこっすまんよう"),
}
"""Function characters: particles, pronouns and the commonest grammatical characters, as a
function-word list is for a language with spaces (a menu of nouns has next to none). Chinese
lists the simplified forms, then the traditional forms of those that differ (Taiwan, Hong Kong)."""
_SENTENCE_MARKS = frozenset("，。、；：！？")
_FULL_STOPS = {"my": "။", "km": "។"}
"""The full stop of a script that runs its words together and spaces its phrases (a menu
spaces its entries alike): a line that holds one is prose. Thai and Lao write none."""
_PUNCT_WEIGHT = 3
"""Sentence punctuation counts three times a function character: formal news prose (wire
copy) uses few particles but a comma or full stop every dozen characters."""


def _kind(char: str) -> str | None:
    """The script of one character, for the scripts written without spaces."""
    code = ord(char)
    if code < 0x0E00:
        return None
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x0E00 <= code <= 0x0E7F:
        return "th"
    if 0x0E80 <= code <= 0x0EFF:
        return "lo"
    if 0x1000 <= code <= 0x109F:
        return "my"
    if 0x1780 <= code <= 0x17FF:
        return "km"
    return None


_DENSE_CHARS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d]"
)
"""The characters ``_kind`` names, as one class: a page's are found at C speed."""
_LETTER = re.compile(r"[^\W\d_]")


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _ascii_letters(sample: str) -> int:
    """The ASCII letters of ``sample``, counted at C speed: fewer than its letters, so a share
    of them is a floor under the share of all its letters that a script must reach."""
    return len(sample.encode("ascii", "ignore").translate(None, _NOT_LETTERS))


def dense_script(text: str) -> str | None:
    """The language code of a page written mostly in a script without spaces ("zh", "ja",
    "th", "lo", "my", "km"), or None. Read off the page's first characters.

    A shortcut of ``dense_script_plain``: a page whose few such characters (a language
    switcher's "中文") fall short of the share of its ASCII letters alone is answered without
    counting its letters in the Unicode sense (a third of this step's time on the corpus's
    dumps; a Hypothesis test holds the two equal)."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        return None
    found = _DENSE_CHARS.findall(sample)
    if not found or len(found) < _ascii_letters(sample) * _DENSE_SHARE:
        return None
    return _script_of(sample, found)


def dense_script_plain(text: str) -> str | None:
    """``dense_script`` without its shortcut: the reference it is tested against."""
    sample = text[:_SAMPLE]
    found = _DENSE_CHARS.findall(sample)
    return _script_of(sample, found) if found else None


def _script_of(sample: str, found: list[str]) -> str | None:
    """The script that holds ``_DENSE_SHARE`` of the sample's letters, of the characters
    ``found`` in the scripts without spaces."""
    letters = len(_LETTER.findall(sample))
    counts: dict[str, int] = {}
    for char in found:
        kind = _kind(char)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    if not counts or not letters:
        return None
    cjk = counts.get("han", 0) + counts.get("kana", 0)
    best = max(counts, key=counts.__getitem__)
    if cjk >= max(counts.get(k, 0) for k in ("th", "lo", "my", "km")):
        if cjk < letters * _DENSE_SHARE:
            return None
        return "ja" if counts.get("kana", 0) >= cjk * _KANA_SHARE else "zh"
    return best if counts[best] >= letters * _DENSE_SHARE else None


def measure_dense(doc: Document, lang: str) -> None:
    """Size, word count and prose score of every line of a page in a script without spaces."""
    function = _CJK_FUNCTION.get(lang)
    for unit in doc.units:
        text = unit.text
        if text.isascii():
            continue
        dense = marks = functional = 0
        for char in text:
            if _kind(char) is not None:
                dense += 1
                if function is not None and char in function:
                    functional += 1
            elif char in _SENTENCE_MARKS:
                marks += 1
        if not dense:
            continue
        latin_words = sum(1 for word in unit.tokens if word.isascii())
        if function is not None:
            unit.size = unit.length + dense * (CJK_WIDTH - 1)
            unit.words = max(unit.words, latin_words + round(dense / _CJK_PER_WORD))
            unit.stop = min(1.0, (functional + _PUNCT_WEIGHT * marks) / dense)
        else:
            unit.words = max(unit.words, latin_words + round(dense / _RUN_TOGETHER_PER_WORD))
            mark = _FULL_STOPS.get(lang)
            said = mark in text if mark else len(text.split()) >= 3  # (a menu spaces its entries too)
            unit.stop = 0.3 if unit.length >= 60 and said else 0.1
