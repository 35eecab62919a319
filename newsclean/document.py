"""The one data model every stage shares: a dump as a list of units (lines) in paragraphs.

Rules never edit text. They decide a unit's role (``Document.decide``) or attach labels and
metadata; so every unit ends in exactly one place and every removal carries a rule id and a
reason by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .html_blocks import Block


class Role(str, Enum):
    TITLE = "title"
    BYLINE = "byline"
    CAPTION = "caption"
    STANDFIRST = "standfirst"
    BODY = "body"
    REMOVED = "removed"


_REMOVED = Role.REMOVED
"""Looked up once: an Enum member read off its class costs a metaclass lookup."""


@dataclass(slots=True, eq=False, init=False)
class Unit:
    """One logical line of the dump: a source line, or hard-wrapped lines re-joined.

    ``__init__`` is written out: a dump makes hundreds of units, and the generated one (default
    factories, then ``__post_init__`` for ``length``) cost a quarter more. It sets every field."""

    index: int
    raw: str
    """The source text exactly as in the dump (re-joined lines keep their newlines)."""
    text: str
    """The line as prose: stripped, converter markup (``**``, ``#``, bullets) removed."""
    para: int
    """Number of the blank-line-separated block the unit sits in."""
    first_line: int
    last_line: int
    kind: str = "text"
    """``text``, ``heading``, ``item`` (list item), ``quote`` (``>`` block), ``row`` (of a table),
    ``rule`` (``* * *``) or ``markup`` (converter markup with no text)."""
    level: int = 0
    """Heading level for ``heading`` units."""
    words: int = 0
    tokens: list[str] = field(default_factory=list)
    """Lower-case words of the line's first 320 characters."""
    stop: float = 0.0
    """Share of the words that are function words of the document's language."""
    labels: dict[str, str] = field(default_factory=dict)
    """Evidence left by label-only rules, e.g. ``{"marker": "share"}``."""
    role: Role | None = None
    rule: str | None = None
    reason: str | None = None
    length: int = field(init=False, default=0)
    """len(text), read by every rule: stored once rather than computed each time."""
    size: int = field(init=False, default=0)
    """How much the line says, in Latin characters: its length, but for scripts written
    without spaces, whose characters say more each (``newsclean.scripts``)."""
    html: Block | None = None
    """For HTML input, the block this unit came from: its tag, inline Markdown and the page's
    evidence (link density, nav/aside/footer ancestry, class hints). None for text dumps."""

    def __init__(
        self, index: int, raw: str, text: str, para: int, first_line: int, last_line: int,
        kind: str = "text", level: int = 0, words: int = 0, tokens: list[str] | None = None,
        stop: float = 0.0, labels: dict[str, str] | None = None, role: Role | None = None,
        rule: str | None = None, reason: str | None = None, html: Block | None = None,
    ) -> None:
        self.index = index
        self.raw = raw
        self.text = text
        self.para = para
        self.first_line = first_line
        self.last_line = last_line
        self.kind = kind
        self.level = level
        self.words = words
        self.tokens = [] if tokens is None else tokens
        self.stop = stop
        self.labels = {} if labels is None else labels
        self.role = role
        self.rule = rule
        self.reason = reason
        self.length = self.size = len(text)
        self.html = html


@dataclass(slots=True)
class Document:
    units: list[Unit]
    markdown: bool = False
    """True when the dump came from an HTML-to-Markdown converter (html2text and the like), or
    from lynx: both mark headings and list items, which the rules then read."""
    html: bool = False
    """True when the input was an HTML page: units carry the HTML's evidence (``Unit.html``)."""
    lang: str = "en"
    meta: dict[str, Any] = field(default_factory=dict)
    """Rule outputs that are not roles: the dateline, the article span, ..."""

    def decide(self, unit: Unit, role: Role, rule: str, reason: str = "") -> None:
        """Give ``unit`` its role; the first decision wins, later ones are ignored."""
        if unit.role is not None:
            return
        unit.role = role
        unit.rule = rule
        unit.reason = reason

    def remove(self, unit: Unit, rule: str, reason: str) -> None:
        """``decide(unit, Role.REMOVED, ...)``, inlined: rules remove most lines of a page."""
        if unit.role is None:
            unit.role = _REMOVED
            unit.rule = rule
            unit.reason = reason

    def undecided(self) -> list[Unit]:
        return [u for u in self.units if u.role is None]

    def with_role(self, role: Role) -> list[Unit]:
        return [u for u in self.units if u.role is role]
