"""caption: photo captions and credits, kept apart from the body."""

from __future__ import annotations

from ..chain import rule
from ..document import Document, Role, Unit
from .patterns import is_caption
from .span import span

_WINDOW = 25


def _figure(unit: Unit) -> bool:
    """On an HTML page: a <figcaption>, or text inside a <figure>."""
    block = unit.html
    return block is not None and (block.kind == "caption" or "figure" in block.evidence.ancestors)


@rule("caption", "Set photo captions and credits apart: '(AP Photo/...)', 'Image Credit: ...'.",
      needs=("main-run",))
def caption(doc: Document) -> None:
    """Between the headline and the end of the main run, a line ending in a photo credit
    ("(AP Photo/Jane Doe)", "REUTERS/Name", "Photo: ...", "© Name / AFP", "Getty Images")
    or opening as one ("Image caption ...", "Photo credit: ...") is a caption. Patterns are
    data (rules/data/credits.toml). On an HTML page, <figcaption> and <figure> text too."""
    start, end = span(doc)
    titles = doc.with_role(Role.TITLE)
    lo = titles[0].index if titles else max(0, start - _WINDOW)
    for unit in doc.units[lo : end + 1]:
        if unit.role is None and unit.kind != "heading" and \
                (_figure(unit) or is_caption(unit.text, unit.tokens)):
            doc.decide(unit, Role.CAPTION, "caption", "photo caption or credit")
