"""What `newsclean quotes` writes: a table for people; JSON, JSON Lines and TSV for programs.

Records are plain dicts: ``{"source", "title", "quotes"}`` for an article, ``{"source",
"error"}`` for an input that failed (as ``clean -f jsonl`` writes it)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table

    from .article import Article

TSV_HEADER = ("source", "speaker", "verb", "quote")


def record(source: str, article: Article) -> dict[str, Any]:
    return {"source": source, "title": article.title, "quotes": list(article.quotes)}


def json_document(records: list[dict[str, Any]], many: bool) -> str:
    """One document: the record itself for one input, a list of them for several, so that
    ``jq .quotes`` works on one file's output as ``jq '.[].quotes'`` does on many."""
    value: Any = records if many else records[0]
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def json_lines(rec: dict[str, Any]) -> str:
    """One line per quotation, each with its ``source``; a failed input is one error line."""
    if "error" in rec:
        return json.dumps(rec, ensure_ascii=False) + "\n"
    return "".join(json.dumps({"source": rec["source"], **quote}, ensure_ascii=False) + "\n"
                   for quote in rec["quotes"])


def tsv_rows(rec: dict[str, Any]) -> str:
    """One row per quotation: source, speaker, verb, words (a failed input has no row)."""
    return "".join("\t".join(_field(v) for v in (rec["source"], q["speaker"], q["verb"], q["text"]))
                   + "\n" for q in rec.get("quotes", ()))


def tsv_header() -> str:
    return "\t".join(TSV_HEADER) + "\n"


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _field(value: str | None) -> str:
    r"""A TSV field: backslash, tab and line ends escaped as ``\\``, ``\t``, ``\n``, ``\r``
    (PostgreSQL's COPY text format), so every row stays one line of four fields; no speaker
    or verb is an empty field."""
    return (value or "").translate(_TSV_ESCAPES)


def table(rec: dict[str, Any]) -> Table:
    """The article's quotations for a terminal, under its title (as wide as the title, so that
    an article without quotations still shows it on one line). Every string is a Text: a
    "[sic]" in a quotation is words, not Rich markup."""
    from rich.table import Table
    from rich.text import Text

    title = rec["title"] or rec["source"]
    result = Table(title=Text(title), min_width=len(title) + 4)
    result.add_column("#", justify="right")
    result.add_column("speaker", style="cyan")
    result.add_column("verb")
    result.add_column("quote")
    for n, quote in enumerate(rec["quotes"], 1):
        result.add_row(str(n), Text(quote["speaker"] or "?"), Text(quote["verb"] or ""),
                       Text(quote["text"]))
    return result
