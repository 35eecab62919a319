"""caption: photo captions and credits, kept apart from the body."""

from __future__ import annotations

import re

from ..chain import rule
from ..document import Document, Role, Unit
from .patterns import is_caption
from .span import span

_WINDOW = 25
_SHORT = 200
_GALLERY = 5


_CAPTION_HINTS = frozenset({"caption", "credit"})
_PAGE_WIDE = 0.4
"""A caption hint on more of the page's prose than this is the page's (a <body> flag such as
"captions-on"), not a caption's: the same cut-off the markers take for furniture hints."""


_GALLERY_SHAPES = frozenset({"slide", "gallery", "pager"})
"""A gallery's lines, which `boilerplate` takes with its slideshow (a slide's title over its credit)."""
_CREDIT_ALONE = 60
"""Characters of a line that is a photo's credit alone ("Fot. Michał Lis / Fakty24.pl",
"Photo: Jane Doe/Gazette"): its caption is the line over it, set apart from the credit."""


def _credit_alone(unit: Unit) -> bool:
    """A caption line that is only a credit: short, opening with the credit's word."""
    return unit.length <= _CREDIT_ALONE and unit.text[:1].isupper() \
        and _CREDIT_OPENS.match(unit.text) is not None


_CREDIT_OPENS = re.compile(r"(?i)(?:(?:photo(?:graph)?s?|image|picture|foto|zdjęcie|bild|credit)\b|fot\.|©)")
"""The word a credit alone opens with ("Photo: ...", "Fot. ...", "© ...")."""


def _caption_like(unit: Unit) -> bool:
    """A line that may be a photo's caption: text, no paragraph of prose (a caption is a
    sentence or two), no heading, not marked, not of a gallery's shapes (`boilerplate` takes
    a slide's title with its slideshow)."""
    return unit.kind == "text" and unit.length <= _SHORT and unit.labels.get("class") != "good" \
        and "marker" not in unit.labels and unit.labels.get("shape") not in _GALLERY_SHAPES


def _figure(unit: Unit, hinted: bool) -> bool:
    """On an HTML page: a short <figcaption>, text inside a <figure>, or (``hinted``) a short
    line the markup calls a caption or credit. A long one without a credit is a slide of a
    gallery article: its content (credited ones match the patterns)."""
    block = unit.html
    if block is None or unit.length >= _SHORT or "table" in block.evidence.ancestors:
        return False  # (a table's <caption> is its title, read with the table)
    return _in_figure(unit) or (hinted and not _CAPTION_HINTS.isdisjoint(block.evidence.hints))


def _in_figure(unit: Unit) -> bool:
    """On an HTML page, text in a <figure> or a <figcaption>, whatever its length (not a
    table's <caption>)."""
    block = unit.html
    return block is not None and (block.kind == "caption" or "figure" in block.evidence.ancestors) \
        and "table" not in block.evidence.ancestors


def _hints_heard(units: list[Unit]) -> bool:
    """Whether caption hints mark captions on this page, not most of its prose."""
    prose = [u for u in units if u.html is not None and u.labels.get("class") == "good"]
    hinted = sum(u.size for u in prose if not _CAPTION_HINTS.isdisjoint(u.html.evidence.hints))
    return hinted <= _PAGE_WIDE * sum(u.size for u in prose)


_ALT_WORDS = 12
"""Most words of a picture's alt text that a text browser prints on the line over its caption,
in the caption's block ("A sternman bands a lobster" / "Sternman Luis Ferreira bands ...")."""
_CLOSING = frozenset(".!?:;\"”’»…)")


@rule("caption", "Set photo captions and credits apart: '(AP Photo/...)', 'Image Credit: ...'.",
      needs=("main-run",))
def caption(doc: Document) -> None:
    """Between the headline and the end of the main run, a line ending in a photo credit
    ("(AP Photo/Jane Doe)", "REUTERS/Name", "Photo: ...", "© Name / AFP", "Getty Images")
    or opening as one ("Image caption ...", "Photo credit: ...") is a caption. Patterns are
    data (rules/data/credits.toml). A credit alone on its line ("Photo: Jane Doe / Post")
    makes the line right over it, in the same block, its caption. On an HTML page, short
    <figcaption> and <figure> text too, unless figures carry most of the article's text (a
    gallery: the captions are it)."""
    start, end = span(doc)
    titles = doc.with_role(Role.TITLE)
    lo = titles[0].index if titles else max(0, start - _WINDOW)
    window = [u for u in doc.units[lo : end + 1] if u.role is None and u.kind not in ("heading", "rule")
              and u.text]
    hinted = doc.html and _hints_heard(doc.units)
    browsed = "layout" in doc.meta  # (a text browser prints a picture's alt text where it stands)
    figures = {u.index for u in window if _figure(u, hinted)}
    # (a long caption is no figure's by _figure, but its text is in the figure all the same)
    in_figures = sum(u.length for u in window if u.index in figures or _in_figure(u))
    if len(figures) >= _GALLERY and 2 * in_figures > sum(u.length for u in window):
        figures = set()  # a gallery article: the slides' captions are its text
    for unit in window:
        if unit.index in figures or is_caption(unit.text, unit.tokens):
            doc.decide(unit, Role.CAPTION, "caption", "photo caption or credit")
            over = doc.units[unit.index - 1] if unit.index > lo else None
            if over is not None and over.role is None and over.para == unit.para and _credit_alone(unit) \
                    and _caption_like(over):  # (no blank line between: one figure's lines)
                doc.decide(over, Role.CAPTION, "caption", "photo caption over its credit line")
            elif browsed and over is not None and over.role is None and over.para == unit.para \
                    and over.kind == "text" and over.words <= _ALT_WORDS and over.text[-1:] not in _CLOSING:
                doc.decide(over, Role.CAPTION, "caption", "photo caption: the picture's alt text over it")
