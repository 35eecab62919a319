"""Golden files: every dump in samples/ gives exactly its expected Markdown and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted([*(ROOT / "samples").glob("*.txt"), *(ROOT / "samples").glob("*.html")])
DUMPS = [p for p in SAMPLES if p.suffix == ".txt"]
PAGES = [p for p in SAMPLES if p.suffix == ".html"]


def test_there_are_samples_of_several_styles() -> None:
    assert len(DUMPS) >= 5
    assert len(PAGES) >= 2


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_markdown_matches_golden(path: Path) -> None:
    expected = path.with_suffix("").with_suffix(".expected.md")
    assert newsclean.clean_file(path).to_markdown() == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_json_matches_golden(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = newsclean.clean_file(path).to_dict()
    assert got["source"] == str(path)
    expected.pop("source")
    got.pop("source")
    assert got == expected


@pytest.mark.parametrize("path", DUMPS, ids=[p.stem for p in DUMPS])
def test_every_line_of_a_sample_is_accounted_for(path: Path) -> None:
    """Each non-blank line is in the article or in a removed block, never both, never lost."""
    text = path.read_text(encoding="utf-8")
    article = newsclean.clean(text)
    removed = "\n".join(block.text for block in article.removed)
    kept = "\n".join([article.title or "", article.standfirst or "", article.byline or "", *article.captions,
                      *article.paragraphs])
    for line in (ln.strip() for ln in text.splitlines()):
        if line:
            assert line in removed or _stripped(line) in kept, line


def _stripped(line: str) -> str:
    """The line as the article keeps it: converter markup gone (checked on its words)."""
    from newsclean.segment import strip_inline_markup

    body = re.sub(r"^\s*(?:#{1,6}\s+|>\s*|(?:[*+-]|\d{1,3}[.)])\s+)", "", line)  # a heading, quote or bullet
    return strip_inline_markup(body).strip()


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_every_block_of_a_sample_page_is_accounted_for(path: Path) -> None:
    """Each visible block of a page is in the article or in a removed block."""
    from newsclean.html_blocks import parse_html
    from newsclean.read import read_path

    article = newsclean.clean_file(path)
    removed = "\n".join(block.text for block in article.removed)
    kept = "\n".join([article.title or "", article.standfirst or "", article.byline or "",
                      *article.captions, *article.paragraphs])
    for block in parse_html(read_path(path)).blocks:
        if block.text:
            assert block.text in kept or block.text in removed, block.text
