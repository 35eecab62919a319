"""markers: label lines that match known boilerplate phrases (cookie banners, share bars, ...)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..chain import rule
from ..document import Document, Unit
from . import data

_TRIM = " \t:.!|·•-–—>»›()[]*#_\"'“”"
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?$")
# Headings that introduce a list of links: the short lines after them share their label.
# (Not menus or buttons: in html-text dumps the headline and byline share their block.)
LIST_HEADS = frozenset({"related", "footer", "comments", "newsletter", "summary-box"})
# Boxes whose entries are sentences, not links: they take whole lines of their block.
SENTENCE_BOXES = frozenset({"summary-box"})


_LITERAL = re.compile(r"[a-z©][a-z' &:©-]*")


def _top_group(pattern: str) -> tuple[list[str], str] | None:
    """Alternatives of the group that opens ``pattern``, and what follows it."""
    depth, start, parts = 0, 1, []
    for i, ch in enumerate(pattern):
        if ch == "\\":
            continue
        if i and pattern[i - 1] == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(pattern[start:i])
                return parts, pattern[i + 1 :]
        elif ch == "|" and depth == 1:
            parts.append(pattern[start:i])
            start = i + 1
    return None


def triggers(pattern: str) -> tuple[str, ...]:
    """Literal words, one of which starts every match of ``pattern`` (lower case), or ().

    A cheap pre-check: trying every pattern on every line is what made this rule slow."""
    if pattern.startswith("\\b"):
        pattern = pattern[2:]
    if pattern.startswith("(") and not pattern.startswith("(?"):
        group = _top_group(pattern)
        if group is None or group[1][:1] in ("?", "*", "{"):
            return ()
        found: list[str] = []
        for alternative in group[0]:
            words = triggers(alternative)
            if not words:
                return ()
            found.extend(words)
        return tuple(found)
    m = _LITERAL.match(pattern)
    if not m:
        return ()
    word = m.group(0)
    if pattern[m.end() : m.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the last letter is optional: it cannot be required
    word = word.strip()
    return (word,) if word else ()


_Entry = tuple[int, str, int, re.Pattern[str]]


@cache
def _compiled(version: int) -> tuple[
    dict[str, str],
    list[tuple[int, re.Pattern[str] | None, re.Pattern[str] | None]],
    tuple[str, ...],
    list[_Entry],
    dict[str, list[_Entry]],
    list[tuple[int, re.Pattern[str] | None]],
]:
    table = data.load("markers")
    exact: dict[str, str] = {}
    anchored: dict[tuple[int, bool], list[str]] = {}
    starts: set[str] = set()
    unanchored: list[tuple[str, int, tuple[str, ...], re.Pattern[str]]] = []
    for category, spec in table.items():
        for phrase in spec.get("exact", []):
            exact.setdefault(phrase.lower().strip(_TRIM), category)
        limit = int(spec.get("max_len", 200))
        group = category.replace("-", "_")
        for pattern in spec.get("patterns", []):
            if pattern.startswith("^"):
                n = sum(map(len, anchored.values()))
                words = triggers(pattern[1:].lower())
                starts.update(words)
                key = (limit, bool(words))
                anchored.setdefault(key, []).append(f"(?P<{group}__{n}>{pattern[1:]})")
            else:
                compiled = re.compile(pattern, re.IGNORECASE)
                unanchored.append((category, limit, triggers(pattern.lower()), compiled))
    # Per length limit, two alternations of the patterns allowed on lines that long: those
    # with leading words (tried only when the line starts with one of them) and the rest.
    limits = sorted({limit for limit, _ in anchored})
    masters = []
    for limit in limits:
        pair = []
        for worded in (True, False):
            parts = [p for (lim, w), ps in anchored.items() if lim >= limit and w is worded for p in ps]
            pair.append(re.compile("|".join(parts), re.IGNORECASE) if parts else None)
        masters.append((limit, pair[0], pair[1]))
    # Unanchored patterns run only when one of their trigger words is in the line.
    always: list[_Entry] = []
    by_trigger: dict[str, list[_Entry]] = {}
    for order, (name, limit, words, pattern) in enumerate(unanchored):
        entry = (order, name, limit, pattern)
        if not words:
            always.append(entry)
        for word in words:
            by_trigger.setdefault(word, []).append(entry)
    # Per length limit, the trigger words of the patterns allowed on lines that long.
    trigger_res: list[tuple[int, re.Pattern[str] | None]] = []
    limits = {limit for _, _, limit, _ in always} | {e[2] for es in by_trigger.values() for e in es}
    for limit in sorted(limits):
        words = sorted({w for w, es in by_trigger.items() if any(e[2] >= limit for e in es)},
                       key=len, reverse=True)
        trigger_res.append((limit, re.compile("|".join(map(re.escape, words))) if words else None))
    return exact, masters, tuple(sorted(starts)), always, by_trigger, trigger_res


def category(text: str) -> str | None:
    """The boilerplate category of one line of text, or None."""
    if len(text) <= 80:  # menu entries, buttons, labels: they recur across pages
        return _cached_category(text, data.version())
    return _category(text)


@lru_cache(maxsize=16384)
def _cached_category(text: str, version: int) -> str | None:
    return _category(text)


def _category(text: str) -> str | None:
    exact, masters, starts, always, by_trigger, trigger_res = _compiled(data.version())
    low = text.lower()
    key = low.strip(_TRIM)
    if key[-1:].isdigit() or key[-1:] in ")]":
        key = _COUNT.sub("", key).strip(_TRIM)
    if key in exact:
        return exact[key]
    length = len(text)
    for limit, worded, rest in masters:
        if length <= limit:
            m = worded.match(text) if worded and low.startswith(starts) else None
            m = m or (rest.match(text) if rest else None)
            if m and m.lastgroup:
                return m.lastgroup.split("__")[0].replace("_", "-")
            break
    candidates = list(always)
    for limit, trigger_re in trigger_res:
        if length <= limit:
            if trigger_re is not None:
                for word in set(trigger_re.findall(low)):
                    candidates.extend(by_trigger[word])
            break
    if len(candidates) > 1:
        candidates.sort()
    for _, name, limit, pattern in candidates:
        if length <= limit and pattern.search(text):
            return name
    return None


def _is_headline(unit: Unit) -> bool:
    """A line that reads as a link to another story: a few words, no closing full stop."""
    return unit.words >= 3 and unit.length < 110 and not unit.text.endswith((".", ",", ":", ";"))


def _is_listish(unit: Unit) -> bool:
    text = unit.text
    return unit.length < 110 and not (text[-1:] in ".!?" and unit.stop >= 0.2 and unit.words > 8)


@rule("markers", "Label lines matching known boilerplate phrases; label the lists they head.")
def markers(doc: Document) -> None:
    """Looks every line up in the phrase lists of rules/data/markers.toml (exact lines and
    patterns, by category: navigation, share, cta, newsletter, cookie-banner, related,
    comments, copyright, footer, metadata, promo, ...). Only labels: `boilerplate` decides.
    A heading such as "Related articles" or "Most read" also labels the run of short,
    link-like lines that follows it in the same block (or the list items after it)."""
    units = doc.units
    for unit in units:
        if unit.text and (found := category(unit.text)):
            unit.labels["marker"] = found
    for i, unit in enumerate(units):
        head = unit.labels.get("marker")
        if head not in LIST_HEADS or unit.length > 40 or unit.words > 5:
            continue  # "RELATED: Some headline" is an entry, not the heading of a list
        for taken, nxt in enumerate(units[i + 1 :]):
            if head in SENTENCE_BOXES and taken >= 6:
                break
            same_block = nxt.para == unit.para or (doc.markdown and nxt.kind == "item")
            if "marker" in nxt.labels:
                break
            if not same_block and not (head == "related" and _is_headline(nxt)):
                break
            if not (_is_listish(nxt) or (head in SENTENCE_BOXES and nxt.length < 250)):
                break
            nxt.labels["marker"] = head
            nxt.labels["listed"] = head
