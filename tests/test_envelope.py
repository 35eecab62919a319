"""newsclean.envelope: a reader service's header (Jina Reader's "Title:", "URL Source:",
"Published Time:", "Markdown Content:") over a page's Markdown. The dumps are invented, laid
out as the service lays its text answer out (turndown's Markdown: setext headings, "*   "
bullets, images as ``![Image 1: alt](address)``)."""

from __future__ import annotations

import json
import os

from conftest import assert_every_line_once, check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import envelope
from newsclean.segment import segment

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HEADLINE = "Harbour board votes to close the north quay for six months"
PARAGRAPHS = [
    "The harbour board voted on Tuesday to close the north quay for six months while divers "
    "replace the timber piles that a winter of storms left split and leaning.",
    "Fishing boats will tie up at the south quay, which the board says has room for all of the "
    "eleven boats that land at Kestle each morning, and the ferry will use the old coal berth.",
    "A spokesperson for the council said two public meetings had been held and another would "
    "follow in the spring, once the contractor had sent a revised schedule for the work.",
]
HEADER = [
    f"Title: {HEADLINE} | Harbour Light", "",
    "URL Source: https://harbour.example/news/north-quay", "",
    "Published Time: 2026-03-02T08:15:00+00:00", "",
    "Markdown Content:",
]
CONTENT = [
    "*   [Home](https://harbour.example/)", "*   [News](https://harbour.example/news)", "",
    HEADLINE, "=" * len(HEADLINE), "",
    "By [Sam Okafor](https://harbour.example/authors/okafor)", "",
    "![Image 1: Divers at the north quay](https://harbour.example/quay.jpg)", "",
    PARAGRAPHS[0], "", PARAGRAPHS[1], "", PARAGRAPHS[2], "",
    "More from the harbour", "---------------------", "",
    "*   [Ferry timetable changes](https://harbour.example/ferry)", "",
]
DUMP = "\n".join(HEADER + CONTENT)


def test_the_header_is_told_and_read() -> None:
    found = envelope.find(DUMP.split("\n"))
    assert found is not None
    assert found.end == len(HEADER)
    assert found.page == {"title": f"{HEADLINE} | Harbour Light",
                          "url": "https://harbour.example/news/north-quay",
                          "published": "2026-03-02T08:15:00+00:00"}


def test_the_header_is_metadata_not_article_text() -> None:
    data = newsclean.clean(DUMP).to_dict()
    assert data["title"] == HEADLINE
    assert data["url"] == "https://harbour.example/news/north-quay"
    assert data["published"] == "2026-03-02T08:15:00+00:00"
    assert data["published_iso"] == "2026-03-02T08:15+00:00"
    assert data["authors"] == ["Sam Okafor"]
    assert data["paragraphs"] == PARAGRAPHS
    header = next(r for r in data["removed"] if r["text"].startswith("Title:"))
    assert header["rule"] == "segment" and header["reason"] == envelope.NOTE
    assert header["text"].split("\n") == [line for line in HEADER if line]
    assert all("URL Source" not in p and "Markdown Content" not in p for p in data["paragraphs"])


def test_the_first_block_right_under_the_header_is_read_as_its_own() -> None:
    # the service writes the Markdown on the line after "Markdown Content:", no blank line
    # between: the header's last line must not make the first heading a paragraph
    doc = segment(DUMP)
    heading = next(u for u in doc.units if u.text == HEADLINE)
    assert heading.kind == "heading" and heading.level == 1
    dump = "\n".join([*HEADER, HEADLINE, "=" * len(HEADLINE), "", PARAGRAPHS[0]])
    assert [(u.kind, u.text) for u in segment(dump).units if u.text] == [
        ("heading", HEADLINE), ("text", PARAGRAPHS[0])]


def test_a_header_without_a_time_or_with_a_warning_is_still_one() -> None:
    header = ["Title: ", "", "URL Source: https://harbour.example/x", "",
              "Warning: Target URL returned error 404: Not Found", "", "Markdown Content:"]
    found = envelope.find([*header, *CONTENT])
    assert found is not None and found.page == {"url": "https://harbour.example/x"}
    data = newsclean.clean("\n".join([*header, *CONTENT])).to_dict()
    assert "published" not in data and data["paragraphs"] == PARAGRAPHS


def test_a_title_line_alone_is_no_header() -> None:
    for lines in (
        [f"Title: {HEADLINE}", "", PARAGRAPHS[0]],  # a dump whose first line says "Title:"
        [f"Title: {HEADLINE}", "", "Markdown Content:", PARAGRAPHS[0]],  # no address
        [f"Title: {HEADLINE}", "URL Source: https://harbour.example/x", PARAGRAPHS[0]],  # no content line
        ["", f"Title: {HEADLINE}", "URL Source: https://harbour.example/x", "Markdown Content:"],
    ):
        assert envelope.find(lines) is None
    doc = segment("\n".join([f"Title: {HEADLINE}", "", PARAGRAPHS[0]]))
    assert doc.units[0].text == f"Title: {HEADLINE}" and "envelope" not in doc.meta


def test_every_line_comes_out_once_and_the_cli_gives_the_address(tmp_path) -> None:
    assert_every_line_once(DUMP)
    check_roles(DUMP)
    path = tmp_path / "north-quay.md"
    path.write_text(DUMP, encoding="utf-8")
    from typer.testing import CliRunner

    from newsclean.cli import app

    result = CliRunner().invoke(app, ["clean", "--format", "json", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["url"] == "https://harbour.example/news/north-quay" and data["title"] == HEADLINE


BLOCKS = st.sampled_from([*PARAGRAPHS, HEADLINE, "=" * 20, "-" * 20, "*   [Home](/)", "    * * *",
                          "![Image 2: A crane](https://harbour.example/crane.jpg)", "", "  ",
                          "Markdown Content:", "Title: again", "> A quotation"])


@SETTINGS
@given(st.lists(BLOCKS, min_size=1, max_size=20))
def test_enveloped_input_loses_no_line(blocks: list[str]) -> None:
    check_roles("\n".join([*HEADER, *blocks]) + "\n")
