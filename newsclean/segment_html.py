"""HTML page to Document: one unit per block of the page, the HTML's evidence attached.

The same Document the text route builds, so the same rules run; they read ``Unit.html``
(tag, link density, nav/aside/footer ancestry, class hints) where a text dump has nothing
to tell them. Blocks of one container share a paragraph number, like a dump's blank-line block.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document, Unit
from .html_blocks import Block, parse_html
from .segment import add_word_features, broken_by_wrap, wrap_width

_KINDS = {"heading": "heading", "item": "item", "quote": "quote", "row": "row", "rule": "rule"}
"""Block kinds the rules know as unit kinds; captions and preformatted text read as text."""
_TYPED_BULLETS = frozenset(("+ ", "* ", "- ", "• ", "◦ ", "▪ ", "· ", "– "))
"""How lists are typed by hand in a paragraph, one item per line."""


def segment_html(text: str) -> Document:
    page = parse_html(text)
    units = []
    for block in _unwrap(page.blocks):
        n = len(units)
        kind = _KINDS.get(block.kind, "text")
        if kind == "text" and block.text[:2] in _TYPED_BULLETS:
            kind = "item"  # "+ Added rabbits<br>+ Added banners": a list typed as text
        unit = Unit(n, block.text, block.text, block.group, n, n, kind, block.level)
        unit.html = block
        units.append(unit)
    doc = Document(units, html=True)
    doc.meta["page"] = dict(page.meta)
    add_word_features(doc)
    return doc


def _unwrap(blocks: list[Block]) -> list[Block]:
    """Paragraphs hard-wrapped with <br> at a fixed column (blogs, mail archives, exported
    org/text files) become one block again, as the text route re-joins wrapped dumps."""
    if len(blocks) < 4:
        return blocks
    lines: list[str] = []
    for before, block in zip([None, *blocks], blocks):
        if before is not None and before.group != block.group:
            lines.append("")
        lines.append(block.text)
    width = wrap_width(lines)
    if not width:
        return blocks
    merged: list[list[Block]] = []
    for block in blocks:
        if merged:
            last = merged[-1][-1]
            wrapped = (last.group == block.group and last.kind == block.kind
                       and block.kind in ("text", "item") and block.text and len(last.text) <= width + 2
                       and broken_by_wrap(last.text, block.text, width))
            if wrapped:
                merged[-1].append(block)
                continue
        merged.append([block])
    return [_join(run) if len(run) > 1 else run[0] for run in merged]


def _join(run: list[Block]) -> Block:
    length = sum(len(b.text) for b in run) or 1
    density = sum(b.evidence.link_density * len(b.text) for b in run) / length
    evidence = replace(run[0].evidence, link_density=density, links=sum(b.evidence.links for b in run))
    return replace(run[0], text=" ".join(b.text for b in run), markdown=" ".join(b.markdown for b in run),
                   evidence=evidence)
