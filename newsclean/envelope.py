"""A reader service's envelope: the header a web-page-to-Markdown service writes over the page's
Markdown. Jina Reader (``r.jina.ai``), which AI and scraping pipelines use to fetch pages,
writes the page's <title>, its address and its publication time, then the page as Markdown:

    Title: Harbour wall delayed again | Harbour Courier

    URL Source: https://harbour.example/news/wall

    Published Time: 2026-03-02T08:15:00+00:00

    Markdown Content:
    ...

The header is no article text; what it says is the page's metadata, as an HTML page's
<title>, canonical link and published time are (``Document.meta["page"]``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KEY = re.compile(r"([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*): ?(.*)$")
"""A header line: a capitalised key, a colon, its value ("URL Source: https://...")."""
_CONTENT = "Markdown Content:"
_REACH = 20
"""Lines from the top within which the header ends: three to five keys, blank lines between
them, a warning the service adds ("Warning: Target URL returned error 404")."""
_FIELDS = {"Title": "title", "URL Source": "url", "Published Time": "published"}
"""The header's keys and the page metadata they give (the HTML route's names)."""
NOTE = "a reader service's header over the page's Markdown (Jina Reader: Title, URL Source, ...)"


@dataclass(slots=True)
class Envelope:
    end: int
    """The first line of the page's Markdown (the line after "Markdown Content:")."""
    page: dict[str, str] = field(default_factory=dict)
    """The page's metadata the header gives: title, url, published."""


def find(lines: list[str]) -> Envelope | None:
    """The envelope, when the dump opens with one: a "Title:" line first, a "URL Source:"
    line, and the "Markdown Content:" line that ends the header, every line between a key's
    (a value may be empty: a page without a <title>)."""
    if not lines or not lines[0].startswith("Title:"):
        return None  # most dumps: one test
    page: dict[str, str] = {}
    for n, line in enumerate(lines[:_REACH]):
        line = line.strip()
        if line == _CONTENT:
            return Envelope(n + 1, page) if "url" in page else None
        if not line:
            continue
        match = _KEY.match(line)
        if match is None:
            return None  # text, not a header
        key, value = match.groups()
        if key in _FIELDS and value.strip() and _FIELDS[key] not in page:
            page[_FIELDS[key]] = value.strip()
    return None
