"""Shared recognisers for bylines, captions and date lines, compiled from rules/data/credits.toml."""

from __future__ import annotations

import re
from functools import cache

from . import data
from .phrases import needed_chars

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
MONTHS = _MONTHS
_DATE = re.compile(
    rf"(?i)\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b"
)
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?")
_DATE_OR_TIME_HINT = re.compile(r"(?i)\d(?:\d{3}|[./:]\d|\s*[ap])")
"""What every _DATE or _TIME match holds: a four-digit year, "1/2", "1.2", "1:2" or "1 pm".
It opens with a digit, so the regex engine skips to digits instead of trying each position."""
_WEEKDAY = re.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _at_start(pattern: str) -> bool:
    return pattern.startswith(("^", "(?i)^"))


@cache
def _compiled(version: int) -> dict[str, re.Pattern[str]]:
    credits = data.load("credits")
    agencies = sorted(set(credits["agencies"]), key=len, reverse=True)
    agency_alt = "|".join(re.escape(a) for a in agencies)
    prefixes = "|".join(re.escape(p) for p in sorted(credits["byline_prefixes"], key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in credits["byline_roles"])
    name = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al-?\w*))*"
    # A person, as bios name them: two to four capitalised words ("Jane Doe", "Ana de Souza").
    verbs = r"(?:is|was|has been|has|writes|covers|lives)\b"
    strong = "|".join(re.escape(r) for r in credits["bio_roles"])
    weak = "|".join(re.escape(r) for r in credits["bio_roles_weak"])
    person = r"(?!The\b)[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|der|del|la|le|bin))?(?:\s+[A-Z][\w'’.-]+){1,3}"
    return {
        "agency": re.compile(rf"(?:{agency_alt})"),
        "byline": re.compile(
            rf"(?P<prefix>(?i:^(?:{prefixes})\b\s*:?\s*))(?=\W*[A-Z])"
            rf"|^{name}\s*(?:,|\||—|–|-)\s*(?i:(?:{roles})\b|(?:{agency_alt})$)"
            rf"|^(?:{agency_alt})\s*(?:staff\s*)?[,|·]?\s*(?i:{_MONTHS})\s+\d"
        ),
        "bio": re.compile(
            rf"^(?:about the author\s*:?\s*)?(?:{name}\s+{verbs}(?=.{{0,250}}\b(?i:{strong})\b)"
            rf"|{person}\s+{verbs}(?=.{{0,250}}\b(?i:{weak})\b))"
        ),
        "trailer": re.compile("|".join(data.scoped(p) for p in credits["trailer_patterns"])),
        # Captions' patterns hold at a line's start (^) or at its end ($): the first kind is
        # matched, the second searched in the line's last 260 characters only (_caption_ends).
        "caption_start": re.compile("|".join(
            data.scoped(p) for p in credits["caption_patterns"] if _at_start(p))),
    }


@cache
def _caption_ends(version: int) -> tuple[tuple[frozenset[str] | None, re.Pattern[str]], ...]:
    """The caption patterns that hold at a line's end, each with the marks it needs one of
    (``needed_chars``: "(" for "(AP Photo/...)", "/" for "REUTERS/Name", ":" for "Credit:
    ..."), or None. Searched one by one, each only in lines holding one of its marks: as one
    alternation they were all tried at every position of the line, though most lines lack
    the marks most of them need."""
    ends = [p for p in data.load("credits")["caption_patterns"] if not _at_start(p)] or [""]
    checks = []
    for pattern in ends:
        marks = next((chars for chars in needed_chars(pattern) if not any(ch.isspace() for ch in chars)),
                     None)
        checks.append((marks, re.compile(data.scoped(pattern))))
    return tuple(checks)


def _caption_end(tail: str) -> bool:
    """Whether one of the caption patterns that hold at a line's end matches in ``tail``."""
    for marks, regex in _caption_ends(data.version()):
        if (marks is None or any(mark in tail for mark in marks)) and regex.search(tail):
            return True
    return False


def _caption_words() -> frozenset[str]:
    return _caption_word_set(data.version())


@cache
def _caption_word_set(version: int) -> frozenset[str]:
    return frozenset(w.strip() for w in data.load("credits")["caption_triggers"] if w.strip().isalpha())


def _caption_triggers() -> tuple[str, ...]:
    return _caption_trigger_set(data.version())


@cache
def _caption_trigger_set(version: int) -> tuple[str, ...]:
    """The caption triggers that hold no shorter trigger ("photo" covers "photographer"):
    a line holds some trigger exactly when it holds one of these."""
    triggers = set(data.load("credits")["caption_triggers"])
    return tuple(sorted(t for t in triggers if not any(o != t and o in t for o in triggers)))


def patterns() -> dict[str, re.Pattern[str]]:
    return _compiled(data.version())


_NAME_END = re.compile(r",|\||\s[-–—]\s|\s(?:for|in|at)\s|\(|:|;")
_CONNECTORS = frozenset({"and", "with", "&", "de", "da", "van", "von", "der", "del", "la",
                         "le", "bin", "al", "y", "e", "of", "the", "und", "et"})
_NOT_NAMES = re.compile(rf"(?i)^(?:(?:{_MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"the (?:time|end|way)|then|now|far|contrast|comparison)\b|\d)")


def _names(rest: str) -> bool:
    """Whether the words after "By" are names: capitalised words and particles only."""
    rest = rest.strip(" *_")
    part = _NAME_END.split(rest, maxsplit=1)[0].strip()
    words = part.replace("*", "").replace("_", " ").split()
    if not 1 <= len(words) <= 8 or _NOT_NAMES.match(part):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS or not w[0].isalpha() for w in words)


def is_byline(text: str) -> bool:
    """A short line that names the author: "By Jane Doe, AP", "Reuters Nov 18, 2019 11:03 PM"."""
    if not 4 <= len(text) <= 160 or text.count(". ") > 2:
        return False
    m = patterns()["byline"].search(text)
    if not m:
        return False
    if m.group("prefix") is not None and not _names(text[m.end("prefix") :]):
        return False  # "By Tuesday evening, more than ..." opens a sentence, not a byline
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 1 and len(words) <= 22


def is_caption(text: str, words: list[str] | None = None) -> bool:
    """A photo caption or credit line (patterns in credits.toml, after a cheap word check).
    ``words``: the line's lower-case words, when the caller has them."""
    if len(text) > 500:
        return False
    if words is not None and len(text) <= 320 and "/" not in text and "©" not in text:
        if _caption_words().isdisjoint(words):
            return False
    else:
        low = text.lower()
        # Credits open or close a caption: look for trigger words only at its two ends.
        ends = low if len(low) <= 260 else f"{low[:60]}\n{low[-200:]}"
        if not any(trigger in ends for trigger in _caption_triggers()):
            return False
    return bool(patterns()["caption_start"].match(text)) or _caption_end(text[-260:])


def is_dateish(text: str) -> bool:
    """A line that is mostly a date or time (publication stamps, not prose)."""
    if len(text) > 90 or not _DIGIT.search(text):
        return False
    if _DATE_OR_TIME_HINT.search(text):
        stripped = _DATE.sub(" ", text)
        stripped = _TIME.sub(" ", stripped)
    else:
        stripped = text  # no date or time in it: skip the two slower scans
    had_date = stripped != text or bool(_WEEKDAY.match(text))
    if not had_date:
        return False
    rest = _WORD.findall(stripped)
    return len(rest) <= 5


def has_date(text: str) -> bool:
    return bool(_DATE.search(text))


def is_trailer(text: str) -> bool:
    """A closing credit line of the article: "Reporting by ...", "... contributed to this report"."""
    return len(text) <= 400 and bool(patterns()["trailer"].search(text))


def is_bio(text: str) -> bool:
    """An author bio: "Jane Doe is a staff writer covering ...", short, at the article's edge."""
    return 30 <= len(text) <= 600 and bool(patterns()["bio"].search(text))
