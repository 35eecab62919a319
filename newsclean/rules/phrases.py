"""Boilerplate phrase lists (rules/data/markers.toml) compiled into a fast line classifier."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from . import data

_TRIM = " \t:.!|·•-–—>»›()[]*#_\"'“”"
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?$")


_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_SAMPLED = 320
_LITERAL = re.compile(r"(?:[^\W\d_]|©)(?:[^\W\d_]|[' &:©-])*")


def _structure(pattern: str):
    """(index, character, depth) of the characters outside escapes and character classes,
    depth counted before the character: what the two splitters below need."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def _top_group(pattern: str) -> tuple[list[str], str] | None:
    """Alternatives of the group that opens ``pattern``, and what follows it."""
    parts, start = [], 1
    for i, ch, depth in _structure(pattern):
        if ch == ")" and depth == 1:
            return [*parts, pattern[start:i]], pattern[i + 1 :]
        if ch == "|" and depth == 1:
            parts.append(pattern[start:i])
            start = i + 1
    return None


def triggers(pattern: str) -> tuple[str, ...]:
    """Literal phrases, one of which starts every match of ``pattern`` (lower case) with a
    whole word, or () when there is none. A cheap pre-check: a pattern is tried only on lines
    holding its trigger's first word, instead of every pattern on every line."""
    if pattern.startswith("\\b"):
        pattern = pattern[2:]
    parts = _top_level(pattern)
    if len(parts) > 1:  # "a|b" at the top: every part needs a trigger
        found_parts = [triggers(part) for part in parts]
        return () if not all(found_parts) else tuple(t for ts in found_parts for t in ts)
    if pattern.startswith("(") and not pattern.startswith("(?"):
        group = _top_group(pattern)
        if group is not None and (repeat := _REPEAT.match(group[1])):  # "(...){2,}": required
            group = (group[0], group[1][repeat.end() :])
        if group is None or _optional(group[1]) or _continues_word(group[1]):
            return ()
        found: list[str] = []
        for alternative in group[0]:
            words = triggers(alternative + group[1])
            if not words:
                return ()
            found.extend(words)
        return tuple(found)
    m = _LITERAL.match(pattern)
    if not m:
        return ()
    phrase, rest = m.group(0), pattern[m.end() :]
    if rest[:1] in ("?", "*", "{"):  # "cookies?": the last letter is optional
        shorter = phrase[:-1]
        if " " in shorter:
            return (shorter.strip(),)
        return () if _continues_word(rest[1:]) else (shorter, phrase)
    if " " not in phrase and _continues_word(rest):
        return ()  # "advertis(ing|ement)": no whole word to look for
    return (phrase.strip(),)


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that stand outside any group or character class."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _optional(rest: str) -> bool:
    """Whether the group just closed may match nothing (``?``, ``*``, ``{0,...}``)."""
    return rest[:1] in ("?", "*") or rest.startswith(("{0,", "{0}"))


_REPEAT = re.compile(r"^(?:\+|\{[1-9]\d*(?:,\d*)?\})\??")


def _continues_word(rest: str) -> bool:
    """Whether what follows a literal in a pattern can add letters to its last word."""
    if not rest or rest[0] in " $|)" or rest.startswith(("\\b", "\\s", "\\W", "\\.", "[\\s", "\\d")):
        return False
    if rest[0] == "(" and (group := _top_group(rest)):  # "( this| us)": a space comes first
        return not all(alt.startswith((" ", "\\s", "\\b")) for alt in group[0])
    return True


@dataclass(frozen=True, slots=True)
class _Pattern:
    order: int
    category: str
    limit: int
    regex: re.Pattern[str]
    trigger: str
    """A phrase every match starts with ("" when there is none)."""


@dataclass(slots=True)
class _Matcher:
    """The phrase lists compiled for speed: patterns are tried only on lines holding the first
    word of their trigger (at the start of the line for ``^`` patterns), not on every line."""

    exact: dict[str, str] = field(default_factory=dict)
    lead: dict[str, list[_Pattern]] = field(default_factory=dict)
    lead_rest: list[_Pattern] = field(default_factory=list)
    rest_master: re.Pattern[str] | None = None
    """The ``lead_rest`` patterns (led by digits, brackets, symbols) as one alternation."""
    inner: dict[str, list[_Pattern]] = field(default_factory=dict)
    inner_rest: list[_Pattern] = field(default_factory=list)
    inner_words: frozenset[str] = frozenset()
    longest: int = 0
    rest_longest: int = 0

    def add(self, pattern: _Pattern, anchored: bool) -> None:
        first = _TOKEN.match(pattern.trigger)
        if not pattern.trigger or first is None:  # "©": no word to look for
            (self.lead_rest if anchored else self.inner_rest).append(pattern)
        else:
            (self.lead if anchored else self.inner).setdefault(first.group(0), []).append(pattern)

    def categories(self, texts: list[str], words: list[list[str] | None]) -> list[str | None]:
        """The category of each line (``words``: its lower-case words, or None)."""
        one = self.category
        seen: dict[str, str | None] = {}  # menus and share bars repeat within a page
        found: list[str | None] = []
        for text, w in zip(texts, words):
            if text not in seen:
                seen[text] = one(text, w) if text else None
            found.append(seen[text])
        return found

    def category(self, text: str, words: list[str] | None) -> str | None:
        low = text.lower()
        key = low.strip(_TRIM)
        if key[-1:].isdigit() or key[-1:] in ")]":
            key = _COUNT.sub("", key).strip(_TRIM)
        if key in self.exact:
            return self.exact[key]
        length = len(text)
        if length > self.longest:
            return None  # longer than any pattern's max_len
        if words is None or length > _SAMPLED:
            words = _TOKEN.findall(low.replace("’", "'"))
        found = [p for p in self.lead.get(words[0], ()) if low.startswith(p.trigger)] if words else []
        if length <= self.rest_longest and self.rest_master and (m := self.rest_master.match(text)):
            found.append(self.lead_rest[int(m.lastgroup[1:])])
        for p in sorted(found, key=_ORDER) if len(found) > 1 else found:
            if length <= p.limit and p.regex.match(text):
                return p.category
        found = list(self.inner_rest)
        for word in self.inner_words.intersection(words):
            found.extend(p for p in self.inner[word] if p.trigger in low)
        for p in sorted(found, key=_ORDER) if len(found) > 1 else found:
            if length <= p.limit and p.regex.search(text):
                return p.category
        return None


_ORDER = attrgetter("order")


@cache
def _compiled(version: int) -> _Matcher:
    matcher = _Matcher()
    order = 0
    for category, spec in data.load("markers").items():
        for phrase in spec.get("exact", []):
            matcher.exact.setdefault(phrase.lower().strip(_TRIM), category)
        limit = int(spec.get("max_len", 200))
        for pattern in spec.get("patterns", []):
            anchored = pattern.startswith("^")
            body = pattern[1:] if anchored else pattern
            regex = re.compile(body, re.IGNORECASE)
            for trigger in triggers(body.lower()) or ("",):
                matcher.add(_Pattern(order, category, limit, regex, trigger), anchored)
            order += 1
    matcher.inner_words = frozenset(matcher.inner)
    every = [*matcher.lead_rest, *matcher.inner_rest, *(p for ps in matcher.lead.values() for p in ps),
             *(p for ps in matcher.inner.values() for p in ps)]
    matcher.longest = max((p.limit for p in every), default=0)
    matcher.rest_longest = max((p.limit for p in matcher.lead_rest), default=0)
    if matcher.lead_rest:
        alternatives = (f"(?P<r{i}>{p.regex.pattern})" for i, p in enumerate(matcher.lead_rest))
        matcher.rest_master = re.compile("|".join(alternatives), re.IGNORECASE)
    return matcher


def category(text: str, words: list[str] | None = None) -> str | None:
    """The boilerplate category of one line of text, or None. ``words``: the line's
    lower-case words if the caller has them (segment computes them for its first 320
    characters; the rest of a longer line is read here)."""
    return _compiled(data.version()).category(text, words) if text else None


def categories(texts: list[str], words: list[list[str] | None]) -> list[str | None]:
    """``category`` of each line of a document."""
    return _compiled(data.version()).categories(texts, words)
