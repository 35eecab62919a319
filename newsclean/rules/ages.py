"""Relative ages in a page's language ("před 2 hodinami", "vor 3 Stunden", "il y a 2 h",
"3時間前"): a line that says only how long ago is a time stamp, never a headline or a name.

The forms come from the Unicode CLDR data that babel carries (its public ``format_timedelta``),
not from a list typed here, so every language babel knows is read alike.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

_UNITS = (timedelta(seconds=1), timedelta(minutes=1), timedelta(hours=1), timedelta(days=1),
          timedelta(weeks=1), timedelta(days=30), timedelta(days=365))
_NUMBERS = (1, 2, 3, 5, 11, 21, 22, 25, 100)
"""Counts that take every plural form of the languages babel knows (one, two, few, many,
other: Czech "hodinou"/"hodinami", Arabic's dual, its 3-10, 11-99 and 100, Polish's 22, 25)."""
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16)
def pattern(lang: str) -> re.Pattern[str] | None:
    """The relative ages of ``lang`` ("2 hours ago" in its words), any count; None for a
    language babel does not know (and for English, which the line patterns read)."""
    if lang in ("en", "", "unknown"):
        return None
    try:
        from babel.dates import format_timedelta

        forms = {format_timedelta(-unit * n, add_direction=True, threshold=1, format=width, locale=lang)
                 for unit in _UNITS for n in _NUMBERS for width in ("long", "short", "narrow")}
    except (ValueError, LookupError):  # babel knows no such locale
        return None
    alternatives = set()
    for form in forms:
        escaped = re.escape(_SPACES.sub(" ", form))
        alternatives.add(re.sub(r"\d+", r"\\d{1,3}", escaped).replace(r"\ ", r"\s*"))
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)), re.IGNORECASE)


def is_age(text: str, lang: str) -> bool:
    """Whether ``text`` is only a relative age in ``lang`` ("před 2 hodinami")."""
    found = pattern(lang) if len(text) <= 40 else None
    return found is not None and found.fullmatch(_SPACES.sub(" ", text.strip())) is not None
