"""Writers: Markdown for people, JSON / JSON Lines for programs, plain text for pipes."""

from __future__ import annotations

import json
from typing import Any

from .article import Article


def markdown(article: Article) -> str:
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}")
    if article.byline:
        parts.append(article.byline)
    parts.extend(f"*{c}*" for c in article.captions)
    paragraphs = list(article.paragraphs)
    raw = (article.dateline or {}).get("raw")
    if raw and paragraphs and paragraphs[0].startswith(raw):  # not after --strip-dateline
        paragraphs[0] = f"**{raw}**{paragraphs[0][len(raw):]}"
    parts.extend(paragraphs)
    return "\n\n".join(parts) + "\n"


def text(article: Article) -> str:
    parts = [article.title] if article.title else []
    if article.body:
        parts.append(article.body)
    return "\n\n".join(parts) + "\n"


def json_document(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


RENDERERS = {"md": markdown, "text": text, "json": json_document}
EXTENSIONS = {"md": ".md", "text": ".txt", "json": ".json", "jsonl": ".jsonl"}
