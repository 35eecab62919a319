"""The library entry points: the same job as the CLI, in a function call."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .article import Article, assemble
from .budget import (
    WorkLimitExceeded,
    ahead,
    budget,
    charge,
    check_elements,
    check_lines,
    stage,
    stage_cost,
)
from .chain import Chain
from .document import Document
from .read import normalise_newlines, read_input
from .segment import segment

_default: list[Chain] = []


def _chain(rules: Chain | Iterable[str] | None) -> Chain:
    if isinstance(rules, Chain):
        return rules
    if not _default:
        from .plugins import default_chain

        _default.append(default_chain())
    chain = _default[0]
    return chain if rules is None else chain.select(only=list(rules))


def clean(text: str, *, rules: Chain | Iterable[str] | None = None,
          source: str | None = None, strip_dateline: bool = False,
          html: bool | None = None) -> Article:
    """Clean one dump or HTML page. ``rules``: a Chain, or rule ids to run (their needs run
    too). ``strip_dateline``: drop the dateline from the first paragraph (it stays parsed in
    ``Article.dateline``). ``html``: whether ``text`` is an HTML page; None sniffs it.
    CRLF and CR line ends are read as LF, as the command line reads them.

    Raises ``WorkLimitExceeded`` (an ``InputError``, one-line message) when the input would
    cost more work than its budget (``budget.WORK_PER_CHAR`` units per character): the same
    input fails on every machine, and a batch can go on with the next one."""
    text = normalise_newlines(text)
    chain = _chain(rules)
    try:
        with budget(len(text)):
            doc = _segment(text, html, len(chain.active()))
            chain.run(doc)
            stage("assemble")
            charge(stage_cost(len(text), len(doc.units)))
            article = assemble(doc, source)
    except WorkLimitExceeded as exc:
        raise WorkLimitExceeded(source or "<text>", exc.spent, exc.limit, exc.stage, exc.what) from None
    return article.without_dateline() if strip_dateline else article


def _segment(text: str, html: bool | None, rules: int) -> Document:
    """The page or dump as a Document, the segmenting charged to the work budget (``rules``:
    how many rules will run over it)."""
    if html is None:
        from .html_decode import looks_like_html

        html = looks_like_html(text)
    stage("segment")
    if html:
        charge(len(text))
        check_elements(text)
        from .segment_html import segment_html

        return segment_html(text)
    # a line is at most one unit; counted as wc counts them, and an unfinished last line
    lines = text.count("\n") + (not text.endswith("\n"))
    cost = stage_cost(len(text), lines)
    # Every rule will read every line: an input of millions of tiny lines fails here, before
    # its Document takes gigabytes (about 500 bytes a line), not after.
    check_lines(lines)
    ahead(cost * (rules + 2))
    charge(cost)
    return segment(text)


def clean_file(path: str | Path, *, rules: Chain | Iterable[str] | None = None,
               strip_dateline: bool = False) -> Article:
    """Clean a file (a dump, or a page: ``.html``, ``.htm``, gzipped too, or sniffed by
    content); raises ``InputError`` (one-line message) for unreadable input."""
    path = Path(path)
    text, html = read_input(path)
    return clean(text, rules=rules, source=str(path), strip_dateline=strip_dateline, html=html)
