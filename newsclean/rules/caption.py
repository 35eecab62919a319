"""caption: photo captions and credits, kept apart from the body."""

from __future__ import annotations

from ..chain import rule
from ..document import Document, Role
from .patterns import is_caption
from .span import span

_WINDOW = 25


@rule("caption", "Set photo captions and credits apart: '(AP Photo/...)', 'Image Credit: ...'.",
      needs=("main-run",))
def caption(doc: Document) -> None:
    """Between the headline and the end of the main run, a line ending in a photo credit
    ("(AP Photo/Jane Doe)", "REUTERS/Name", "Photo: ...", "© Name / AFP", "Getty Images")
    or opening as one ("Image caption ...", "Photo credit: ...") is a caption. Patterns are
    data (rules/data/credits.toml)."""
    start, end = span(doc)
    titles = doc.with_role(Role.TITLE)
    lo = titles[0].index if titles else max(0, start - _WINDOW)
    for unit in doc.units[lo : end + 1]:
        if unit.role is None and unit.kind != "heading" and is_caption(unit.text, unit.tokens):
            doc.decide(unit, Role.CAPTION, "caption", "photo caption or credit")
