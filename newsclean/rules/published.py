"""published: when the article was published, in ISO 8601, on both routes."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from ..chain import rule
from ..document import Document, Unit
from . import data
from .months import month_numbers, script_months, script_of
from .patterns import MONTHS
from .title import headline_window

_REACH = 4
"""Lines into the main run looked at: the date line sits by the byline, above the text or
just under its first line; further down a date is the story's ("On May 4, 2019, ...")."""
_LINE_MAX = 160
"""Longest line read as a date line: a byline with a date, "PUBLISHED: ... | UPDATED: ...";
a longer line is prose, whose dates are the story's."""

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_MONTH = rf"(?P<month>{MONTHS})"
_CLOCK = (r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
          r"\s*(?P<half>[ap])\.?\s*m\b\.?|,?\s*(?:at\s+)?(?P<hour24>\d{1,2}):(?P<minute24>\d{2})\b)?")
_WRITTEN = (re.compile(rf"(?i)\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_CLOCK}"),
            re.compile(rf"(?i)\b{_DAY}\.?\s+{_MONTH},?\s+{_YEAR}{_CLOCK}"))
"""A date as people write it, with the time when it follows ("November 8, 2023 at 4:56
p.m.", "8 Nov 2023 16:56", "Dec. 28, 2016 3:33 PM ET")."""
_NUMERIC = re.compile(r"\b(?P<year>\d{4})(?P<ysep>[-/.])(?P<month>\d{1,2})(?P=ysep)(?P<day>\d{1,2})"
                      r"(?:[T ](?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?::(?P<second>\d{2}))?)?\b")
"""Year first, which no order of day and month makes ambiguous: "2023-11-08T16:56",
"2018/6/19 5:50", "2019.08.20"."""
_CJK = re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
                  r"(?:[^\d]{0,12}?(?P<hour24>\d{1,2})[:時시]\s*(?P<minute24>\d{2}))?")
"""A date as Chinese, Japanese and Korean write it: "2012年12月10日", "2019년 8월 20일 09:31"."""
_SLASHED = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
                      r"(?:,?\s+(?P<hour24>\d{1,2})[:h.](?P<minute24>\d{2}))?\b")
"""12/10/2020, 04.05.2022 05:45: day and month in an order that only the numbers, the
separator or the page's language tell."""
_YEAR_HINT = re.compile(r"\d{4}")
_MONTH_NUMBERS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def from_metadata(value: str) -> str | None:
    """A page's published time (ISO 8601 mostly, but also "20180619T055000+0900", "Wed, 28 Dec
    2016 10:00:00 GMT" or "05/29/2007 09:49:00") in ISO 8601, or None when it holds no date."""
    value = value.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        stamp = None
    if stamp is not None:
        return _format(stamp, with_time="T" in value or " " in value.strip())
    if (found := from_text(value)) is not None:
        return found
    from dateutil import parser  # RFC 2822, compact ISO, US numeric: what the others miss

    try:
        stamp = parser.parse(value, default=_NO_DATE)
    except (ValueError, OverflowError):
        return None
    if stamp.year == _NO_DATE.year:
        return None  # "12:55 AM": a time and no date
    return _format(stamp, with_time=any(c.isdigit() for c in value.split()[-1]) and ":" in value)


_NO_DATE = datetime(1, 1, 1)
"""dateutil's default for the fields a value lacks: a year 1 means it gave no date."""


@cache
def _local(lang: str) -> tuple[tuple[re.Pattern[str], ...], dict[str, int]]:
    """Dates written with the month names of ``lang`` ("4 de mayo de 2022", "30 kwietnia
    2021", "19. März 2020", Hungarian's year first "2024. március 14."), from the Unicode
    CLDR data that babel carries: no list typed here. Empty for English (the patterns above
    read it) and for a language babel lacks."""
    if lang in ("en", "", "unknown"):
        return (), {}
    numbers = month_numbers(lang)
    if not numbers:
        return (), {}
    alternation = data.alternation(numbers)
    month = rf"(?P<month>{alternation})\.?"
    return (re.compile(rf"(?i)\b{_DAY}\.?{_JOINS}{month}{_JOINS}{_YEAR}{_CLOCK_LOCAL}"),
            re.compile(rf"(?i)\b{month}\s+{_DAY},?\s+{_YEAR}{_CLOCK_LOCAL}"),
            re.compile(rf"(?i)\b{_YEAR}\.?{_YEAR_WORD}\s+{month}\s+{_DAY}\b\.?{_DAY_WORD}"
                       rf"{_CLOCK_LOCAL}")), numbers


def local_dates(lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of dates written with ``lang``'s month names (none for English)."""
    return _local(lang)[0]


_YEAR_WORD = r"(?:\s*m\.|\s+gada)?"
_DAY_WORD = r"(?:\s*d\.)?"
"""The words Lithuanian and Latvian write after a year-first date's year and day ("2024 m.
kovo 14 d.", "2024. gada 14. marts" has its day first)."""


_JOINS = r"(?:\s+(?:de|del|of)\s+|\s+|,\s*)"
_CLOCK_LOCAL = (r"(?:\.?(?:\s*[-–—|·•]\s*|,?\s*)(?:[^\W\d]{1,4}\s+){0,2}"
                r"(?P<hour>\d{1,2})[:h.](?P<minute>\d{2})(?!\d)(?:\s*(?P<half>[ap])\.?\s*m\b\.?)?)?")
"""A time after a date in another language: "a las 07:46", "à 18h42", "um 10.15",
"Hulyo 15, 2024 - 3:20 PM", "15. 3. 2024 | 09:12"."""
_WORD = r"(?P<month>[^\s\d,.|:;()\[\]·•]+(?:\.[^\s\d,.|:;()\[\]·•]+)*)\.?"
_UNKNOWN_MONTH = (re.compile(rf"(?i)(?<!\d)(?<!\d\.){_DAY}\.?{_JOINS}{_WORD}{_JOINS}{_YEAR}{_CLOCK_LOCAL}"),
                  re.compile(rf"(?i)(?<![^\W\d_]){_WORD}\s+{_DAY},?\s+{_YEAR}{_CLOCK_LOCAL}"),
                  re.compile(rf"(?i)(?<!\d){_YEAR}\.?{_YEAR_WORD}\s+{_WORD}\s+{_DAY}\b\.?{_DAY_WORD}"
                             rf"{_CLOCK_LOCAL}"))
"""A date whose month is a word the page's language does not name a month by (a language no
function-word list told: Greek, Ukrainian, Tagalog; or told as its neighbour: Slovak as
Czech). The word counts only if it names one month in every language of its script."""
_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s(?P<month>\d{1,2})\.\s(?P<year>\d{4})(?!\d)"
                     r"(?:\s*[,|·•-]?\s*(?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?!\d))?")
"""Day, month and year each closed by a dot and a space ("14. 3. 2024, 16:45"), as Czech,
Slovak, Hungarian and German print them: day first, the dots say so."""
_BUDDHIST_ERA = 543
"""Thai dates count years from the Buddha (พ.ศ. 2567 = 2024)."""
_THAI = re.compile("[\u0e00-\u0e7f]")


def from_text(text: str, lang: str = "en") -> str | None:
    """The first date written in ``text``, with its time when one follows, in ISO 8601.
    ``lang`` orders an all-numbers date whose numbers do not: month first in English (as
    most English-language news sites write it), day first in the other languages."""
    if _YEAR_HINT.search(text) is None:
        return None  # every date read here holds its year: most lines have none
    local, numbers = _local(lang)
    matches = [m for pattern in (*_WRITTEN, _NUMERIC, _SLASHED, _DOTTED, _CJK, *local)
               if (m := pattern.search(text))]
    if not matches:
        return by_script(text) if lang != "en" else None
    m = min(matches, key=lambda m: m.start())
    found = m.groupdict()
    if m.re in local:
        found["month"] = str(numbers[found["month"].casefold().rstrip(".")])
    return _stamp(found, lang, text)


def by_script(text: str) -> str | None:
    """The first date whose month is named in the script's languages (``_UNKNOWN_MONTH``)."""
    for pattern in _UNKNOWN_MONTH:
        for m in pattern.finditer(text):
            if (number := _script_month(m)) is not None:
                return _stamp({**m.groupdict(), "month": str(number)}, "", text)
    return None


def _script_month(m: re.Match[str]) -> int | None:
    """The number of an ``_UNKNOWN_MONTH`` match's month, where every language of its script
    that names a month by that word names the same one; else None."""
    word = m.group("month").casefold().rstrip(".")
    script = script_of(word)
    return script_months(script).get(word) if script is not None else None


def strip_script_dates(text: str) -> tuple[str, int]:
    """``text`` with each date whose month every language of its script names blanked
    (``_UNKNOWN_MONTH``), and how many: the date lines of a page whose language no list
    told ("প্রকাশ: ১৪ মার্চ ২০২৪")."""
    found = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal found
        if _script_month(m) is None:
            return m.group(0)
        found += 1
        return " "

    for pattern in _UNKNOWN_MONTH:
        text = pattern.sub(blank, text)
    return text, found


def _stamp(found: dict[str, str | None], lang: str, text: str) -> str | None:
    """The ISO 8601 form of a date's matched parts (``text``: the line, for its calendar)."""
    if "a" in found:
        a, b = int(found["a"]), int(found["b"])
        day_first = a > 12 or (b <= 12 and (found["sep"] == "." or lang != "en"))
        found["day"], found["month"] = (found["a"], found["b"]) if day_first else (found["b"], found["a"])
    month = found["month"]
    month_number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    hour, minute = found.get("hour24"), found.get("minute24")
    if found.get("hour"):
        half = (found.get("half") or "").lower()
        hour = int(found["hour"]) % 12 + (12 if half == "p" else 0) if half else int(found["hour"])
        minute = found.get("minute") or 0
    year = int(found["year"])
    if year >= 2400 and _THAI.search(text):
        year -= _BUDDHIST_ERA
    try:
        stamp = datetime(year, month_number, int(found["day"]),
                         int(hour or 0), int(minute or 0), int(found.get("second") or 0))
    except ValueError:
        return None  # "February 30"
    return _format(stamp, with_time=hour is not None)


def _format(stamp: datetime, with_time: bool) -> str:
    if not with_time:
        return stamp.date().isoformat()
    return stamp.isoformat(timespec="seconds" if stamp.second else "minutes")


@rule("published", "When the article was published, in ISO 8601: the page's metadata, else "
      "the date line by the headline.", needs=("main-run",))
def published(doc: Document) -> None:
    """On an HTML page, its metadata's time (article:published_time, JSON-LD datePublished,
    <time datetime>) in ISO 8601; else the first date written on a short line between the
    headline (or the lines above the main run) and the main run's fifth line: the byline
    ("By Dana Lee December 28, 2016"), a date line ("PUBLISHED: November 8, 2023 at 4:56
    p.m."), also where another rule took it for metadata; else the post's signature under
    its text that ``byline`` found ("Jane Doe — 2013-09-29"). The time is kept when it is
    written; a zone is kept only from metadata that gives its offset. Goes to
    ``doc.meta["published_iso"]``."""
    page = doc.meta.get("page") or {}
    if page.get("published") and (found := from_metadata(page["published"])):
        doc.meta["published_iso"] = found
        return
    _, lo, start = headline_window(doc)
    below = doc.units[lo : max(start, 0) + _REACH + 1]
    above = doc.units[max(0, min(lo, start) - _ABOVE) : lo][::-1]  # nearest first
    signed = doc.meta.get("signed")  # the post's signature under its text (``byline``)
    for unit in (*below, *above, *([] if signed is None else [doc.units[signed]])):
        if unit.length > _LINE_MAX:
            continue
        if found := from_text(unit.text, doc.lang) or _from_raw(unit, doc.lang):
            doc.meta["published_iso"] = found
            return


def _from_raw(unit: Unit, lang: str) -> str | None:
    """The date of the line as written, where taking it as a list item cut its day off
    ("14. Januar 2020, 9:21 Uhr" read as item 14)."""
    if unit.kind != "item" or not unit.raw.lstrip()[:1].isdigit():
        return None
    return from_text(" ".join(unit.raw.split()), lang)


_ABOVE = 5
"""Lines above the headline (or the main run) read when none below gives a date: some pages
print the date over the headline, and the headline found may be a line too low."""
