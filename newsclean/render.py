"""Writers: Markdown for people, JSON / JSON Lines for programs, plain text for pipes."""

from __future__ import annotations

import json
import re
from typing import Any

from .article import Article, Styled


def markdown(article: Article, links: bool = True) -> str:
    """``# Title``, the standfirst in bold, the byline, captions in italics, the paragraphs (a
    page's with their structure: headings, lists, quotes, tables, emphasis and, if ``links``,
    links)."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}")
    if article.standfirst:
        parts.append(f"**{article.standfirst}**")
    if article.byline:
        parts.append(article.byline)
    parts.extend(f"*{c}*" for c in article.captions)
    if article.styled is not None and len(article.styled) == len(article.paragraphs):
        parts.extend(_structured(article, links))
        return "\n\n".join(parts) + "\n"
    paragraphs = list(article.paragraphs)
    raw = (article.dateline or {}).get("raw")
    if raw and paragraphs and paragraphs[0].startswith(raw):  # not after --strip-dateline
        paragraphs[0] = f"**{raw}**{paragraphs[0][len(raw):]}"
    parts.extend(paragraphs)
    return "\n\n".join(parts) + "\n"


_MD_LINK = re.compile(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")


def strip_links(markdown: str) -> str:
    """``[text](href)`` becomes ``text``."""
    return _MD_LINK.sub(r"\1", markdown) if "](" in markdown else markdown


def _structured(article: Article, links: bool) -> list[str]:
    """Blocks of Markdown: consecutive list items, quote lines and table rows stay together."""
    styled = article.styled or []
    blocks: list[str] = []
    previous: str | None = None
    row = 0
    raw = (article.dateline or {}).get("raw")
    for n, item in enumerate(styled):
        text = item.markdown if links else strip_links(item.markdown)
        if n == 0 and raw and item.kind == "text" and text.startswith(raw):
            text = f"**{raw}**{text[len(raw):]}"
        line, row = _line(item, text, row if previous == "row" else 0)
        if previous == item.kind and item.kind in ("item", "quote", "row"):
            blocks[-1] += ("\n>\n" if item.kind == "quote" else "\n") + line
        elif previous == item.kind == "pre":  # lines of one code block: one fence
            blocks[-1] = blocks[-1][: -len(_FENCE)] + item.markdown + "\n" + _FENCE
        else:
            blocks.append(line)
        previous = item.kind
    return blocks


_FENCE = "```"


def _line(item: Styled, text: str, row: int) -> tuple[str, int]:
    """One paragraph's Markdown, and the number of table rows written so far."""
    if item.kind == "heading":
        return f"{'#' * min(max(item.level, 2), 6)} {text}", 0
    if item.kind == "item":
        indent = "   " * max(item.level - 1, 0) if item.ordered else "  " * max(item.level - 1, 0)
        return f"{indent}{'1.' if item.ordered else '-'} {text}", 0
    if item.kind == "quote":
        return f"> {text}", 0
    if item.kind == "pre":
        return f"{_FENCE}\n{item.markdown}\n{_FENCE}", 0
    if item.kind == "row" and item.cells is not None:
        cells = [c.replace("|", "\\|") for c in item.cells]
        line = "| " + " | ".join(cells) + " |"
        if row == 0:  # a Markdown table needs a header row and its rule
            line += "\n|" + "|".join(" --- " for _ in cells) + "|"
        return line, row + 1
    return text, 0


def text(article: Article) -> str:
    parts = [article.title] if article.title else []
    if article.standfirst:
        parts.append(article.standfirst)
    if article.body:
        parts.append(article.body)
    return "\n\n".join(parts) + "\n"


def json_document(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


RENDERERS = {"md": markdown, "text": text, "json": json_document}
EXTENSIONS = {"md": ".md", "text": ".txt", "json": ".json", "jsonl": ".jsonl"}
