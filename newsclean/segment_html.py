"""HTML page to Document: one unit per block of the page, the HTML's evidence attached.

The same Document the text route builds, so the same rules run; they read ``Unit.html``
(tag, link density, nav/aside/footer ancestry, class hints) where a text dump has nothing
to tell them. Blocks of one container share a paragraph number, like a dump's blank-line block.
"""

from __future__ import annotations

from .document import Document, Unit
from .html_blocks import parse_html
from .segment import add_word_features

_KINDS = {"heading": "heading", "item": "item", "quote": "quote", "row": "row", "rule": "rule"}
"""Block kinds the rules know as unit kinds; captions and preformatted text read as text."""


def segment_html(text: str) -> Document:
    page = parse_html(text)
    units = []
    for block in page.blocks:
        n = len(units)
        unit = Unit(n, block.text, block.text, block.group, n, n, _KINDS.get(block.kind, "text"), block.level)
        unit.html = block
        units.append(unit)
    doc = Document(units, html=True)
    doc.meta["page"] = dict(page.meta)
    add_word_features(doc)
    return doc
