"""Month names from the Unicode CLDR data that babel carries: of one language, or of every
language written in one script (for a page whose language no function-word list told)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


def _names(locale: str) -> dict[str, int]:
    """Every name and abbreviation of each month in ``locale``, folded, by month number."""
    from babel.dates import get_month_names

    numbers: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context=context, locale=locale).items():
                numbers.setdefault(name.casefold().rstrip("."), number)
    return numbers


@cache
def month_numbers(lang: str) -> dict[str, int]:
    """``lang``'s month names ("mayo", "kwietnia", "März"), folded, by number; empty for a
    language babel lacks (or babel missing)."""
    try:
        return _names(lang)
    except (ImportError, ValueError, LookupError):
        return {}


@cache
def _languages_by_script() -> dict[str, tuple[str, ...]]:
    """CLDR's languages (no regional variants) by the script each is most likely written in."""
    try:
        from babel import localedata
        from babel.core import get_global
    except ImportError:
        return {}
    likely = get_global("likely_subtags")
    found: dict[str, list[str]] = {}
    for lang in localedata.locale_identifiers():
        parts = likely.get(lang, "").split("_")
        if "_" not in lang and len(parts) > 1:
            found.setdefault(parts[1], []).append(lang)
    return {script: tuple(sorted(langs)) for script, langs in found.items()}


@cache
def _script_pattern() -> regex.Pattern[str] | None:
    """Each script's letters as a named group (regex loads only for a page that asks)."""
    import regex

    known = []
    for code in sorted(_languages_by_script()):
        try:
            regex.compile(rf"\p{{sc={code}}}")
        except regex.error:
            continue  # a script newer than the regex module's Unicode tables
        known.append(rf"(?P<{code}>\p{{sc={code}}})")
    return regex.compile("|".join(known)) if known else None


def script_of(word: str) -> str | None:
    """The ISO 15924 code of the script ``word`` opens with ("Latn", "Cyrl", "Grek"), among
    the scripts CLDR writes some language in."""
    pattern = _script_pattern()
    m = pattern.match(word) if pattern is not None else None
    return m.lastgroup if m is not None else None


@cache
def script_months(script: str) -> dict[str, int]:
    """The month names of every language written in ``script`` that name one month in all of
    them: "Μαρτίου", "березня", "Hulyo" are read without knowing the page's language, while
    "listopad" (November in Czech, October in Croatian) is left out. Built once a process
    (the Latin script's 200-odd languages: about 0.4 s), only for a page whose date line
    names a month its own language does not know."""
    months: dict[str, set[int]] = {}
    for lang in _languages_by_script().get(script, ()):
        for name, number in month_numbers(lang).items():
            months.setdefault(name, set()).add(number)
    return {name: next(iter(numbers)) for name, numbers in months.items() if len(numbers) == 1}
