"""newsclean.html2text_c: dumps of html2text 1.3, the C program Debian installs as html2text.

The dumps below are invented and laid out by hand the way ``html2text -utf8`` lays a page
out: no blank line between paragraphs (wrapped at 79 columns), headings framed in stars,
bullets "*" at column 4 and "o" at 10, an <hr> as a row of "=", images and fields in
brackets, "_" for the spaces of a link's text."""

from __future__ import annotations

import os
import textwrap

from conftest import check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import html2text_c
from newsclean.document import Role
from newsclean.segment import WIDEST_SCREEN, segment, wrap_width

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PARA_1 = ("The harbour board voted on Tuesday to close the north quay for six months while "
          "divers replace the timber piles that a winter of storms left split and leaning, the "
          "board's chair said after the meeting.")
PARA_2 = ("Fishing boats will tie up at the south_quay, which the board says has room for all "
          "of the eleven boats that land at Kestle each morning, and the ferry will use the "
          "old coal berth.")
PARA_3 = ("A spokesperson for the council said two public meetings had been held and another "
          "would follow in the spring, once the contractor had sent a revised schedule.")
CENTRED = ("Divers at the north quay on Monday. The piles have stood since 1921, and the "
           "storms of last winter split more than forty of them.")


def fill(text: str, indent: int = 0) -> str:
    pad = " " * indent
    return textwrap.fill(text, 79, initial_indent=pad, subsequent_indent=pad,
                         break_long_words=False, break_on_hyphens=False)


def centre(text: str) -> str:
    """A centred paragraph (align="center"): wrapped at 79 columns, then each line centred."""
    return "\n".join(line.center(79).rstrip() for line in textwrap.wrap(text, 79))


DUMP = "\n".join([
    "[q                   ][Search]",
    "    * Home",
    "    * News",
    "          o Local_news",
    "          o World",
    "    * Sport",
    "=" * 79,
    "****** Harbour board votes to close the north quay for six months while divers",
    "replace the piles ******",
    "By Sam_Okafor, Staff Writer",
    "[Divers at the north quay][/images/quay-1.jpg]",
    centre(CENTRED),
    fill(PARA_1),
    fill(PARA_2),
    "***** What happens next *****",
    fill(PARA_3),
    "    * The quay closes on Monday, and the boats move to the south quay until the work",
    "      is done.",
    "    * Divers start on the piles in March.",
    "=" * 79,
    "Copyright 2026 Harbour Light",
]) + "\n"


def units_of(text: str) -> list[tuple[str, int, str]]:
    return [(u.kind, u.level, u.text) for u in segment(text).units]


def test_the_layout_is_told_by_its_headings_bullets_and_rules() -> None:
    assert html2text_c.detect(DUMP, DUMP.split("\n"))
    assert segment(DUMP).meta["layout"] == html2text_c.NAME
    markdown = "  * Home\n  * News\n    * Local\n    * World\n    * Sport\n\n" + fill(PARA_1) + "\n"
    assert not html2text_c.detect(markdown, markdown.split("\n"))  # the Python html2text's
    plain = "Minutes of the meeting\n" + "=" * 40 + "\n" + fill(PARA_1) + "\n"
    assert not html2text_c.detect(plain, plain.split("\n"))  # one sign alone


def test_turndowns_markdown_is_not_html2text_13() -> None:
    # turndown (browser clippers, reader services) underlines a heading with "=" as long as
    # it, pads its bullets ("*   Home") and writes a rule in an item as "    * * *": none of
    # them is html2text 1.3's rule across the screen or its bullet at column 4
    title = "Harbour board votes to close the north quay for six months"
    markdown = "\n".join([
        "*   [Home](/)", "*   [News](/news)", "", title, "=" * len(title), "",
        fill(PARA_1), "", "*   The quay closes on Monday", "    ", "    * * *", "",
        "*   Divers start in March", "    ", "    * * *", "", "*   Boats move south", "    ",
        "    * * *", "", "What happens next", "-----------------", "", fill(PARA_3), ""])
    assert not html2text_c.detect(markdown, markdown.split("\n"))
    assert "layout" not in segment(markdown).meta
    underlined = "\n".join([title, "=" * 79, "    * Home", "    * News", "    * Sport", fill(PARA_1)])
    assert html2text_c.detect(underlined, underlined.split("\n"))  # a rule across the screen


def test_headings_by_their_stars_wrapped_and_levelled() -> None:
    headings = [(level, text) for kind, level, text in units_of(DUMP) if kind == "heading"]
    assert headings == [(1, "Harbour board votes to close the north quay for six months while "
                            "divers replace the piles"), (2, "What happens next")]


def test_a_page_laid_out_in_a_wide_table_is_still_told() -> None:
    """A page set in a wide table cell: html2text 1.3 wraps the cell's paragraphs at the
    table's width, past 80 columns (its headings framed in stars, two spaces inside too)."""
    def wide(text: str) -> str:
        return textwrap.fill(text, 105, initial_indent=" " * 14, subsequent_indent=" " * 14,
                             break_long_words=False, break_on_hyphens=False)
    dump = "\n".join([
        "Weekly_edition Kernel   Security  Distributions Contact_Us  Search",
        "              ******  Harbour board votes to close the north quay  ******",
        wide(PARA_1 + " " + PARA_3), wide(PARA_2 + " " + PARA_1),
        "              ***** What the divers found *****",
        wide(PARA_3 + " " + PARA_2), "",
    ])
    assert html2text_c.detect(dump, dump.split("\n"))
    doc = segment(dump)
    assert [u.text for u in doc.units if u.kind == "heading"] == [
        "Harbour board votes to close the north quay", "What the divers found"]
    assert " ".join((PARA_1 + " " + PARA_3).split()) in [u.text for u in doc.units]


def test_an_image_address_wrapped_or_not_is_markup_and_a_framed_item_a_headline() -> None:
    """html2text 1.3 names an image by its address in brackets, wrapped where the line ends,
    and frames a heading set in a list item in its stars, "_" for its spaces."""
    lines = [
        "    * [http://img.harbour.example/thumbs/120x100/",
        "      img_748985d8f6320630ca42d044b55a8ff7102635.jpg]",
        "      ****_Night_buses_return_to_the_east_bank_from_May_****",
        "[data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0",
        "24 24'><path d='M512 512H0V0h512v512z'/></svg>]",
    ]
    pieces = html2text_c.read(lines, 79)
    assert [(p.kind, p.text) for p in pieces] == [
        ("item", "Night buses return to the east bank from May"), ("markup", "")]


def test_unwrapped_markdown_with_a_rule_is_not_html2text_13() -> None:
    """A Markdown dump (markdownify's) does not wrap: its long lines may still explain a wide
    column by chance, which counts only beside html2text 1.3's star headings."""
    block = textwrap.fill(" ".join([PARA_1, PARA_2, PARA_3] * 2), 140, break_long_words=False)
    dump = "\n".join(["* [Home](/)", "    * [Local](/local)", "    * [World](/world)", "",
                      "=" * 40, "", "Harbour board closes the north quay", "", block, "", "=" * 40, ""])
    lines = dump.split("\n")
    assert wrap_width(lines, WIDEST_SCREEN) > 0 and wrap_width(lines) == 0
    assert not html2text_c.detect(dump, lines)


def test_paragraphs_with_no_blank_line_between_are_told_by_their_wrapping() -> None:
    texts = [text for kind, _, text in units_of(DUMP) if kind == "text"]
    assert PARA_1 in texts
    assert PARA_2.replace("south_quay", "south quay") in texts  # a link's "_" is a space
    assert PARA_3 in texts
    assert CENTRED in texts  # centred lines, each at its own indent, are one paragraph
    doc = segment(DUMP)
    paras = [u.para for u in doc.units if u.kind == "text" and u.text in (PARA_1, PARA_3)]
    assert len(set(paras)) == 2  # every paragraph a block of its own


def test_items_on_the_ladder_nested_and_wrapped() -> None:
    items = [(level, text) for kind, level, text in units_of(DUMP) if kind == "item"]
    assert items == [(1, "Home"), (1, "News"), (2, "Local news"), (2, "World"), (1, "Sport"),
                     (1, "The quay closes on Monday, and the boats move to the south quay until "
                         "the work is done."),
                     (1, "Divers start on the piles in March.")]


def test_fields_and_images_are_markup() -> None:
    doc = segment(DUMP)
    markup = [u.raw for u in doc.units if u.kind == "markup"]
    assert markup == ["[q                   ][Search]", "[Divers at the north quay][/images/quay-1.jpg]"]
    assert all(u.role is Role.REMOVED and u.reason == html2text_c.MARKUP_NOTE
               for u in doc.units if u.kind == "markup")


def test_the_article_comes_out_of_the_dump() -> None:
    article = newsclean.clean(DUMP)
    assert article.title.startswith("Harbour board votes to close the north quay")
    assert article.authors == ["Sam Okafor"]
    assert PARA_1 in article.body and PARA_3 in article.body
    assert "Home" not in article.body and "Copyright" not in article.body
    assert article.notes[0].startswith("segment: read as a dump of html2text 1.3")  # --explain says it


# --- nothing lost ------------------------------------------------------------------------

BLOCKS = st.sampled_from([
    fill(PARA_1), fill(PARA_2), fill(PARA_3), centre(CENTRED), "***** Heading *****",
    "****** A heading that wraps\nonto a second line ******", "****** never closed", "    * Home",
    "          o Local_news", "   1. First", "    * An item that wraps onto\n      its next line",
    "=" * 79, "[q      ][Search]", "[photo.jpg]", "[Alt text of a picture]", "",
    "     A quotation indented by five columns.",
])


@SETTINGS
@given(st.lists(BLOCKS, min_size=2, max_size=25))
def test_html2text_shaped_input_loses_no_line(blocks: list[str]) -> None:
    check_roles("****** Title ******\n    * Home\n    * News\n    * Sport\n" + "\n".join(blocks) + "\n")
