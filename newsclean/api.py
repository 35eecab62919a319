"""The library entry points: the same job as the CLI, in a function call."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .article import Article, assemble
from .chain import Chain
from .read import is_html_path, normalise_newlines, read_path
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
    CRLF and CR line ends are read as LF, as the command line reads them."""
    text = normalise_newlines(text)
    if html is None:
        from .html_decode import looks_like_html

        html = looks_like_html(text)
    if html:
        from .segment_html import segment_html

        doc = segment_html(text)
    else:
        doc = segment(text)
    _chain(rules).run(doc)
    article = assemble(doc, source)
    return article.without_dateline() if strip_dateline else article


def clean_file(path: str | Path, *, rules: Chain | Iterable[str] | None = None,
               strip_dateline: bool = False) -> Article:
    """Clean a file (a dump, or a page: ``.html``, ``.htm``, gzipped too, or sniffed by
    content); raises ``InputError`` (one-line message) for unreadable input."""
    path = Path(path)
    return clean(read_path(path), rules=rules, source=str(path), strip_dateline=strip_dateline,
                 html=True if is_html_path(path) else None)
