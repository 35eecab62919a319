"""markers: label lines that match known boilerplate phrases (cookie banners, share bars, ...)."""

from __future__ import annotations

import re
from functools import cache

from ..chain import rule
from ..document import Document, Unit
from . import data

_TRIM = " \t:.!|·•-–—>»›()[]*#_\"'“”"
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?$")
# Headings that introduce a list of links: the short lines after them share their label.
LIST_HEADS = frozenset({"related", "navigation", "share", "footer", "comments", "newsletter",
                        "cta", "promo", "advertisement", "summary-box"})
# Boxes whose entries are sentences, not links: they take whole lines of their block.
SENTENCE_BOXES = frozenset({"summary-box"})


@cache
def _compiled(version: int) -> tuple[dict[str, str], list[tuple[int, re.Pattern[str]]]]:
    table = data.load("markers")
    exact: dict[str, str] = {}
    by_limit: dict[int, list[str]] = {}
    for category, spec in table.items():
        for phrase in spec.get("exact", []):
            exact.setdefault(phrase.lower().strip(_TRIM), category)
        patterns = spec.get("patterns", [])
        if patterns:
            group = f"(?P<{category.replace('-', '_')}>{'|'.join(f'(?:{p})' for p in patterns)})"
            by_limit.setdefault(int(spec.get("max_len", 200)), []).append(group)
    limits = sorted(by_limit)
    masters = []
    for limit in limits:
        groups = [g for lim in limits if lim >= limit for g in by_limit[lim]]
        masters.append((limit, re.compile("|".join(groups), re.IGNORECASE)))
    return exact, masters


def category(text: str) -> str | None:
    """The boilerplate category of one line of text, or None."""
    exact, masters = _compiled(data.version())
    key = _COUNT.sub("", text.lower().strip(_TRIM)).strip(_TRIM)
    if key in exact:
        return exact[key]
    length = len(text)
    for limit, master in masters:
        if length <= limit:
            m = master.search(text)
            return m.lastgroup.replace("_", "-") if m and m.lastgroup else None
    return None


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
        if head not in LIST_HEADS or unit.length > 60:
            continue
        for taken, nxt in enumerate(units[i + 1 :]):
            if head in SENTENCE_BOXES and taken >= 6:
                break
            same_block = nxt.para == unit.para or (doc.markdown and nxt.kind == "item")
            if not same_block or "marker" in nxt.labels:
                break
            if not (_is_listish(nxt) or (head in SENTENCE_BOXES and nxt.length < 250)):
                break
            nxt.labels["marker"] = head
            nxt.labels["listed"] = head
