"""newsclean.block_links: Markdown links that span lines. The dumps are invented, laid out as
turndown writes a linked block (brackets on lines of their own) and as markdownify writes a
link title with line breaks in it."""

from __future__ import annotations

import os

from conftest import check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import block_links
from newsclean.segment import segment, strip_inline_markup

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HEADLINE = "Council approves new footbridge over the Tamsin river"
PARAGRAPHS = [
    "Councillors voted by nine to two on Thursday to build a footbridge over the Tamsin between "
    "the railway station and the new housing on the east bank, ending a debate of four years.",
    "The bridge will cost £6.2 million, of which the regional transport fund pays two thirds, "
    "and is to open in the autumn of next year if the river authority grants its licence.",
    "Residents of the east bank have walked a mile and a half round by the road bridge since the "
    "old ferry stopped running, and a petition for the crossing gathered 3,400 names last spring.",
]
ADDRESS = "https://tamsin.example/news/2026/04/council-approves-footbridge-over-the-tamsin-river-east-bank"
CARD = [  # a teaser card linked as one block: picture, heading, summary
    "[", "",
    "![Night buses](https://tamsin.example/img/buses.jpg)", "",
    "#### Night buses return to the east bank from May", "", "",
    f"]({ADDRESS}?ref=card&utm_source=related&utm_medium=web&utm_campaign=spring)[", "",
    "#### Market hall to close for repairs", "",
    "](https://tamsin.example/news/market-hall)",
]
TURNDOWN = "\n".join([
    HEADLINE, "=" * len(HEADLINE), "",
    "[", "", "SHARE", "", f"](https://share.example/?u={ADDRESS})[", "", "TWEET", "",
    f"](https://tweet.example/?u={ADDRESS})", "",
    PARAGRAPHS[0], "", PARAGRAPHS[1], "", PARAGRAPHS[2], "",
    "Related", "-------", "", *CARD, "",
])
TITLED = "\n".join([  # markdownify: a picture linked with its teaser's summary as the title
    "* [Home](https://tamsin.example/)", "* [News](https://tamsin.example/news)", "",
    HEADLINE, "=" * len(HEADLINE), "",
    PARAGRAPHS[0], "", PARAGRAPHS[1], "", PARAGRAPHS[2], "",
    "[![Market hall](https://tamsin.example/img/hall.jpg)]"
    '(https://tamsin.example/news/hall "Market hall to close',
    "",
    'The Victorian market hall will close for repairs to its roof from June, traders were told.")',
    "",
])


def test_brackets_and_addresses_on_lines_of_their_own_show_nothing() -> None:
    lines = TURNDOWN.split("\n")
    shows = block_links.shown(lines)
    assert shows[lines.index("[")] == ("", block_links.SYNTAX_NOTE)
    close = next(i for i, line in enumerate(lines) if line.startswith("](https://share"))
    assert shows[close] == ("", block_links.SYNTAX_NOTE)  # "](address)[": a close, then an open
    assert all(i not in shows for i, line in enumerate(lines) if line in PARAGRAPHS)


def test_the_linked_blocks_text_stays_and_its_syntax_goes() -> None:
    data = newsclean.clean(TURNDOWN).to_dict()
    assert data["title"] == HEADLINE
    assert data["body"].split("\n\n") == PARAGRAPHS
    removed = [block["text"] for block in data["removed"]]
    assert not any("](" in text for text in data["body"].split("\n"))
    assert any(text.startswith("](https://share.example") for text in removed)
    reasons = {block["reason"] for block in data["removed"] if block["rule"] == "segment"}
    assert block_links.SYNTAX_NOTE in reasons


def test_an_address_is_no_prose() -> None:
    """The card's long address alone on a line was read as a sentence of 150 characters."""
    doc = segment(TURNDOWN)
    texts = [unit.text for unit in doc.units if unit.text]
    assert not any("utm_source" in text for text in texts)
    assert "Night buses return to the east bank from May" in texts


def test_a_link_title_in_lines_of_its_own_is_hidden() -> None:
    lines = TITLED.split("\n")
    shows = block_links.shown(lines)
    opened = next(i for i, line in enumerate(lines) if line.startswith("[!["))
    assert shows[opened][0] == "[![Market hall](https://tamsin.example/img/hall.jpg)](#)"
    assert shows[opened + 2] == ("", block_links.TITLE_NOTE)
    data = newsclean.clean(TITLED).to_dict()
    assert "Victorian market hall" not in data["body"]
    assert any("Victorian market hall" in block["text"] for block in data["removed"])


def test_a_title_may_hold_escaped_quote_marks() -> None:
    """markdownify and turndown write a title's own quote marks as ``\\"``: they neither end the
    title nor keep the link's syntax in the text."""
    heading = ('#### [Market hall to close](https://tamsin.example/news/hall "Market hall to close '
               'Traders called the plan \\"a death sentence\\" for the stalls")')
    assert strip_inline_markup(heading) == "#### Market hall to close"
    spanning = "\n".join([
        PARAGRAPHS[0], "",
        '[![Hall](https://tamsin.example/img/hall.jpg)](https://tamsin.example/news/hall "Market hall',
        "",
        'Traders called the plan \\"a death sentence\\") for the stalls, as the council heard.")',
        "", PARAGRAPHS[1],
    ])
    lines = spanning.split("\n")
    shows = block_links.shown(lines)
    assert shows[4] == ("", block_links.TITLE_NOTE)  # the escaped quote before ")" closes nothing
    assert 6 not in shows and lines[6] == PARAGRAPHS[1]


def test_a_block_linked_as_one_closes_at_its_last_lines_end() -> None:
    """markdownify opens a linked block at its first line's start and closes it at the end of
    its last line: neither bracket nor address is text, a matched link on a line stays one."""
    cards = [
        "[### Tamsin Courier", "",
        "#### Night buses return to the east bank from May](https://tamsin.example/news/buses?ref=card)",
        "", "[### Harbour Weekly", "", "#### Market hall to close](https://harbour.example/hall)", "",
        "See [the timetable](https://tamsin.example/buses) for times.",
    ]
    shows = block_links.shown(cards)
    assert shows[0][0] == "### Tamsin Courier"
    assert shows[2][0] == "#### Night buses return to the east bank from May"
    assert shows[6][0] == "#### Market hall to close"
    assert 8 not in shows  # a link opened and closed on its line: the segmenter's to read
    assert block_links.spanning("\n".join([*PARAGRAPHS, "", *cards]))
    texts = [unit.text for unit in segment("\n".join([HEADLINE, "=" * len(HEADLINE), "", *PARAGRAPHS,
                                                        "", *cards])).units]
    assert "Night buses return to the east bank from May" in texts
    assert not any("](" in text for text in texts)


def test_a_bracket_no_link_closes_is_text() -> None:
    """Code's brackets ("list: [" ... "]") open no link: no ``](`` closes them."""
    code = ["    rekt: {", "        list: [", "            1, 2,", "        ]", "    }", "",
            "[", "", "#### Night buses", "", "](https://tamsin.example/buses)"]
    shows = block_links.shown(code)
    assert 1 not in shows
    assert shows[6] == ("", block_links.SYNTAX_NOTE)


def test_an_unclosed_quote_hides_nothing() -> None:
    """No ``")`` within reach: the quote mark is text, the lines after it are read as written."""
    text = "\n".join(['See [the plan](https://tamsin.example/plan "Bridge plan', "", *PARAGRAPHS])
    assert block_links.shown(text.split("\n")) == {}


def test_an_address_with_spaces_is_still_an_address() -> None:
    """turndown writes an address as the page has it, spaces and all."""
    line = "Armed groups ([Boko Haram](/search?fulltext=Boko Haram&category=world)) claimed it."
    assert strip_inline_markup(line) == "Armed groups (Boko Haram) claimed it."
    table = "| [[Donate](https://word | | smith.org/give/)] |"  # a grid table's cells: no address
    assert "Donate" in strip_inline_markup(table) and "|" in strip_inline_markup(table)


def test_a_dump_without_spanning_links_is_not_scanned() -> None:
    plain = "\n".join([HEADLINE, "=" * len(HEADLINE), "", "[Home](/) [News](/news)", "", *PARAGRAPHS])
    assert not block_links.spanning(plain)
    assert block_links.spanning(TURNDOWN) and block_links.spanning(TITLED)


@SETTINGS
@given(st.lists(st.sampled_from(CARD + PARAGRAPHS + ["", "[", "]("]), max_size=40))
def test_nothing_lost_around_spanning_links(lines: list[str]) -> None:
    check_roles("\n".join([HEADLINE, "=" * len(HEADLINE), "", *lines]))
