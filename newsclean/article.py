"""The Article assembled from a finished Document: what the renderers and the library return."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .document import Document, Role, Unit


@dataclass(slots=True)
class Removed:
    text: str
    rule: str
    reason: str


@dataclass(slots=True)
class Styled:
    """How a body paragraph from an HTML page is written in Markdown: its kind (text, heading,
    item, quote, row, pre), level, inline Markdown, and a simple table row's cells."""

    kind: str
    level: int
    markdown: str
    cells: list[str] | None = None
    header: bool = False
    ordered: bool = False


@dataclass(slots=True)
class Article:
    title: str | None = None
    byline: str | None = None
    dateline: dict[str, Any] | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source: str | None = None
    published: str | None = None
    """From an HTML page's metadata (article:published_time, JSON-LD, <time>), as written."""
    url: str | None = None
    """From an HTML page's canonical link or og:url."""
    notes: list[str] = field(default_factory=list)
    """How the rules decided what they did ("main-run: the run under the headline won"), for
    ``--explain``; not part of the JSON."""
    standfirst: str | None = None
    """The summary under the headline (dek), when the page sets one apart before the text."""
    authors: list[str] = field(default_factory=list)
    """The names in the byline (no opener, role, date or agency); else a page's metadata's."""
    published_iso: str | None = None
    """When it was published, in ISO 8601 ("2023-11-08", "2023-11-08T16:56"): the page's
    metadata, else the date line by the headline (both routes)."""
    styled: list[Styled] | None = None
    """For HTML input: the Markdown structure of each paragraph (headings, lists, quotes,
    tables, emphasis, links), parallel to ``paragraphs``. None for text dumps."""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def without_dateline(self) -> Article:
        """A copy whose first paragraph no longer opens with the dateline."""
        raw = (self.dateline or {}).get("raw")
        if not raw or not self.paragraphs or not self.paragraphs[0].startswith(raw):
            return self
        first = self.paragraphs[0][len(raw) :].lstrip()
        styled = self.styled
        if styled:
            head = styled[0]
            cut = head.markdown[len(raw) :].lstrip() if head.markdown.startswith(raw) else head.markdown
            styled = [replace(head, markdown=cut), *styled[1:]] if first else styled[1:]
        return replace(self, paragraphs=[first, *self.paragraphs[1:]] if first else self.paragraphs[1:],
                       styled=styled)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (see README): keys in this order, always present, except
        ``published`` and ``url``, present when an HTML page gives them. Keys added later
        come last, so the order of the earlier ones never changes."""
        page = {k: v for k, v in (("published", self.published), ("url", self.url)) if v}
        return {
            "source": self.source,
            "title": self.title,
            "byline": self.byline,
            **page,
            "dateline": self.dateline,
            "captions": list(self.captions),
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "quotes": list(self.quotes),
            "removed": [asdict(r) for r in self.removed],
            "standfirst": self.standfirst,
            "authors": list(self.authors),
            "published_iso": self.published_iso,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self, links: bool = True) -> str:
        """``links``: keep an HTML page's links as Markdown links (else their text only)."""
        from .render import markdown

        return markdown(self, links=links)

    def to_text(self) -> str:
        from .render import text

        return text(self)


_TITLE, _BYLINE, _CAPTION, _BODY, _REMOVED = Role.TITLE, Role.BYLINE, Role.CAPTION, Role.BODY, Role.REMOVED
_STANDFIRST = Role.STANDFIRST
"""Roles looked up once: reading an Enum member off its class costs a metaclass lookup, and
the loops below read one per line of the page."""


def _group_removed(units: list[Unit], cuts: dict[int, tuple[str, str, str, str]]) -> list[Removed]:
    """Consecutive removed lines with the same rule and reason form one block; a part cut
    from a kept line (the site name of a page title) is a block of its own."""
    blocks: list[tuple[str, str, list[str]]] = []  # rule, reason, pieces of text
    last: Unit | None = None
    for unit in units:
        if cuts and unit.index in cuts:
            _, text, rule, reason = cuts[unit.index]
            blocks.append((rule, reason, [text]))
        if unit.role is not _REMOVED:
            last = None
            continue
        rule, reason = unit.rule or "?", unit.reason or ""
        if last is not None and blocks[-1][0] == rule and blocks[-1][1] == reason:
            # the separator and the line as two pieces: join copies the text once, not twice
            blocks[-1][2].extend(("\n" if unit.para == last.para else "\n\n", unit.raw))
        else:
            blocks.append((rule, reason, [unit.raw]))
        last = unit
    return [Removed("".join(pieces), rule, reason) for rule, reason, pieces in blocks]


_PERMALINK = "¶🔗 "
PERMALINK_NOTE = "permalink: a heading's link sign"


def assemble(doc: Document, source: str | None = None) -> Article:
    """Undecided lines are body: a rule must say why something goes, never why it stays."""
    article = Article(source=source, dateline=doc.meta.get("dateline"))
    page = doc.meta.get("page") or {}
    article.published, article.url = page.get("published"), page.get("url")
    styled: list[Styled] | None = [] if doc.html else None
    cuts = dict(doc.meta.get("cuts", {}))
    byline_at = -2  # the byline's last line: a byline line right after it goes on from it
    for unit in doc.units:
        role = unit.role
        if role is _REMOVED:
            continue  # most lines of a page: nothing to assemble
        if role in (None, _BODY) and not unit.text:
            unit.role, unit.rule = _REMOVED, "segment"
            unit.reason = "markup: converter markup with no text (an image, an empty quote line)"
            continue
        if role is None:
            role = unit.role = _BODY
        if role is _TITLE and article.title is None:
            if unit.index in cuts:
                article.title = cuts[unit.index][0]
            else:  # a heading's permalink sign (Sphinx's "¶"), recorded as removed
                title = article.title = unit.text.rstrip(_PERMALINK) or unit.text
                if title != unit.text:
                    cuts[unit.index] = (title, unit.text[len(title) :], "title", PERMALINK_NOTE)
        elif role is _BYLINE:
            if article.byline is None:
                article.byline, byline_at = unit.text, unit.index
            elif not any(u.text for u in doc.units[byline_at + 1 : unit.index]):
                # a byline in two lines ("por" / "César Salza"), or with the author's picture
                # between them, a line of markup with no text ("By" / "[50]Jacob Wade" / name)
                article.byline, byline_at = f"{article.byline} {unit.text}", unit.index
        elif role is _CAPTION:
            article.captions.append(unit.text)
        elif role is _STANDFIRST:
            if article.standfirst is None:
                article.standfirst = unit.text
        elif role is _BODY:
            article.paragraphs.append(unit.text)
            if styled is not None:
                styled.append(_styled(unit))
    if doc.meta.get("title"):
        article.title = doc.meta["title"]  # the page's own name for its article (title rule)
    article.styled = styled
    article.notes = list(doc.meta.get("notes", []))
    article.authors = list(doc.meta.get("authors", []))
    article.published_iso = doc.meta.get("published_iso")
    article.quotes = list(doc.meta.get("quotes", []))
    article.removed = _group_removed(doc.units, cuts)
    return article


def _styled(unit: Unit) -> Styled:
    block = unit.html
    if block is None:
        return Styled(unit.kind, unit.level, unit.text)
    ordered = "ol" in block.evidence.ancestors and "ul" not in block.evidence.ancestors
    return Styled(block.kind, block.level, block.markdown, block.cells, block.header, ordered)
