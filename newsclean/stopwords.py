"""Function-word lists per language, read from data files once, and language guessing from them."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from itertools import chain

_DIR = "rules/data/stopwords"


@cache
def languages() -> tuple[str, ...]:
    folder = resources.files("newsclean").joinpath(_DIR)
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


@cache
def stopwords(lang: str) -> frozenset[str]:
    if lang == UNKNOWN:
        return frozenset()
    path = resources.files("newsclean").joinpath(f"{_DIR}/{lang}.txt")
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip() for w in words if w.strip() and not w.startswith("#"))


@cache
def _index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang in languages():
        for word in stopwords(lang):
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


@cache
def _groups() -> tuple[dict[str, int], tuple[tuple[str, ...], ...]]:
    """Each function word's tuple of languages as a small number, and the tuples by number:
    counting ints is cheaper than counting tuples, whose hash is recomputed every time."""
    numbers: dict[tuple[str, ...], int] = {}
    ids = {word: numbers.setdefault(langs, len(numbers)) for word, langs in _index().items()}
    return ids, tuple(numbers)


PARAGRAPH_SHARE = 0.18
"""Share of function words from which a line of 200 characters or more reads as good prose
(jusText's "good" block, after its stop-word thresholds)."""

UNKNOWN = ""
"""The language of a text none of the lists fits (Russian, Arabic, Chinese...)."""
_COVERAGE = 10
"""A language's function words make a third to a half of its running text, and at least a
sixth of a page's words even where names and figures crowd it (measured on both corpora:
0.15 at the least); a list covering less than one word in this many is not the text's
language, only a few words shared by chance (Latvian, or placeholder Latin, read as Danish)."""


def detect_language(units: list[list[str]], sample: int = 400) -> str:
    """The language whose function words cover most of the document's words, or UNKNOWN
    when no list covers one word in ``_COVERAGE`` (a language we have no list for).

    Whole units are read until ``sample`` words are seen. Words are counted by the tuple of
    languages they belong to (a handful of distinct groups), not one by one."""
    ids, groups = _groups()
    taken = seen = 0
    for unit in units:
        taken += 1
        seen += len(unit)
        if seen >= sample:
            break
    hits: dict[str, int] = {}
    for group, count in Counter(map(ids.get, chain.from_iterable(units[:taken]))).items():
        for lang in groups[group] if group is not None else ():
            hits[lang] = hits.get(lang, 0) + count
    if not hits:
        return UNKNOWN if seen >= 10 else "en"
    best = max(sorted(hits), key=lambda lang: (hits[lang], lang == "en"))
    return best if seen < 10 or hits[best] * _COVERAGE >= seen else UNKNOWN


def stopword_hits(words: list[str]) -> int:
    """How many of ``words`` are function words of any known language (encoding checks)."""
    index = _index()
    return sum(1 for word in words if word in index)
