"""A <title> written for search over the headline as printed (html-text prints the <title>
first): the printed headline is the article's title when it shares content words with the
<title>, and a title's part a copyright line names as the owner is the site's name; authors
"in" the town they filed from; a box score between a match report's headline and its author
line."""

from __future__ import annotations

import textwrap

import newsclean
from newsclean.rules.authors import names

PARAGRAPHS = [
    "The harbour board approved the long-delayed dredging contract on Tuesday night, ending a two-year"
    " dispute over who would pay to clear silt from the marina's entrance channel before the summer"
    " sailing season opens in May.",
    "Board chair Miriam Oduya said the agreement splits the cost between the town and the yacht club,"
    " with a state grant covering a third of the bill. \"Nobody got everything they wanted, and that is"
    " how you know it is fair,\" she said after the vote.",
    "Work is expected to start within six weeks. The contractor, a firm from the next county, will remove"
    " about 40,000 cubic metres of silt and pump it to a reclaimed field behind the old cannery, where it"
    " will be left to dry before being spread on farmland.",
    "Boat owners who had threatened to move their moorings to neighbouring harbours welcomed the decision,"
    " though several said the delay had already cost them a season of charters.",
]
"""The article as html-text prints it: a paragraph to a line, a blank line between."""
TEXT = [line for p in PARAGRAPHS for line in (p, "")][:-1]


def _dump(title: str, headline: str, byline: str = "By Tomas Reyne", between: tuple[str, ...] = ()) -> str:
    lines = [title, "", "Skip to content", "Home News Sport Business Opinion", "Subscribe Sign in", "",
             headline, "", *between, byline, "Published March 4, 2026", "", *TEXT, "",
             "About us Contact Privacy Terms", "© 2026 Harbour Gazette"]
    return "\n".join(lines) + "\n"


def test_the_printed_headline_wins_over_a_shorter_title_for_search() -> None:
    # (the title's words are not all the headline's: it was reworded, not cut short)
    page = _dump("Harbour board signs off on dredging deal | Harbour Gazette",
                 "Marina dredging dispute ends as harbour board signs off on contract")
    art = newsclean.clean(page)
    assert art.title == "Marina dredging dispute ends as harbour board signs off on contract"
    assert "Harbour board signs off on dredging deal | Harbour Gazette" in {r.text for r in art.removed}
    assert art.body.startswith("The harbour board approved")


def test_a_title_that_names_something_else_still_names_the_article() -> None:
    # the line the anchors took shares no content word with the <title>: the title wins
    page = _dump("Harbour board approves dredging deal | Harbour Gazette",
                 "Local news from the waterfront desk")
    assert newsclean.clean(page).title == "Harbour board approves dredging deal"


def test_authors_in_the_town_they_filed_from() -> None:
    assert names("By Jane Doe in London") == ["Jane Doe"]
    assert names("By Jane Doe in London and Sam Roe in Paris") == ["Jane Doe", "Sam Roe"]
    assert names("By Jane Doe in Kyiv, Ukraine") == ["Jane Doe"]
    assert names("Eleanor Vance and Rohan Mehta in New York") == ["Eleanor Vance", "Rohan Mehta"]


def test_two_names_in_their_town_over_the_date_are_the_byline() -> None:
    page = _dump("Harbour board approves dredging deal | Harbour Gazette",
                 "Harbour board ends two-year dispute and approves marina dredging deal before summer",
                 byline="Tomas Reyne and Ines Achterberg in Portsmouth")
    art = newsclean.clean(page)
    assert art.byline == "Tomas Reyne and Ines Achterberg in Portsmouth"
    assert art.authors == ["Tomas Reyne", "Ines Achterberg"]
    assert "Portsmouth" not in art.body


def test_a_box_score_between_headline_and_author_line_is_no_headline() -> None:
    box = ("Final · Harbour Park", "1 2 T", "Harbour Gazette Rovers 2 1 3", "Portsmouth Town 0 1 1",
           "Full match stats · Table")
    page = _dump("Rovers down Portsmouth to lift dredging cloud | Harbour Gazette",
                 "Late Rovers winner sinks Portsmouth Town on the night the dredging deal is signed",
                 between=box)
    art = newsclean.clean(page)
    assert art.title == "Late Rovers winner sinks Portsmouth Town on the night the dredging deal is signed"
    assert art.byline == "By Tomas Reyne"


def test_a_menus_line_over_a_headline_that_reads_as_a_dek_is_no_headline() -> None:
    # a newsletter's page as w3m prints it: the menu's entries run into one line, then a
    # headline with a full stop in it (shaped as a dek), its dek, the author over the date
    lines = ["Harbour Notes", "", "SubscribeSign in", "Home Reviews Podcast Archive About", "",
             "I sailed the old ferry route for a week. Here is what the dredging changed", "",
             "Not the silt. Mostly the timetable, the cafe and one very patient harbourmaster.", "",
             "Tomas Reyne's avatar", "Tomas Reyne", "Mar 04, 2026", "312", "47", "Share", "",
             *(line for p in PARAGRAPHS for line in (*textwrap.wrap(p, 79), ""))]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert art.title == "I sailed the old ferry route for a week. Here is what the dredging changed"


def test_a_logo_set_as_a_level_one_heading_is_no_headline() -> None:
    # html2text: the site's logo is a level-1 heading over the menus and a ticker line; the
    # headline, a level-1 heading further down, has the author line under it
    lines = ["# Harbour Gazette", "", "  * Home", "  * News", "  * Sport", "",
             "A fire forced the evacuation of a block of flats on Mill Lane · The council approved its"
             " budget for 2026 after a long debate · The rowing club opens its boathouse to visitors on"
             " Friday", "",
             "Home News", "", "## News", "",
             "# Harbour board ends two-year dispute and approves marina dredging deal", "",
             "By Tomas Reyne | Reporter", "", *TEXT]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert art.title == "Harbour board ends two-year dispute and approves marina dredging deal"
    assert art.paragraphs == PARAGRAPHS


def test_a_breadcrumb_over_a_headline_that_reads_as_a_dek_is_no_headline() -> None:
    # w3m: the section's trail over the headline (a long one, shaped as a dek), the dek, then
    # the author line with its date; the trail names only the section, never the article
    lines = ["Home News Sport Business", "", "Local / Coast / Harbour and dredging", "",
             "Marina dredging dispute ends as the harbour board signs off on a contract worth four million",
             "", "The town, the yacht club and a state grant will share the bill for clearing the channel.",
             "", "By Tomas Reyne, 4 March 2026", "",
             *(line for p in PARAGRAPHS for line in (*textwrap.wrap(p, 79), ""))]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert art.title.startswith("Marina dredging dispute ends")


def _council_dump(title: str, headline: str) -> str:
    """A council's news page as html-text prints it: the <title> ("Site - Section - Page"),
    the council's name over its menus, a breadcrumb, the headline over a date line (no
    author line), the text, and the footer's copyright line naming the council."""
    lines = [title, "", "Ashcombe Borough Council", "Working together for a cleaner, greener, safer borough",
             "Home | A-Z of services | Pay for it | Report it | News | Jobs", "News", "Bins & recycling",
             "Find your collection day", "Report a missed bin",
             "You are here: Home > News > Harbour dredging", headline,
             "Published: 12/03/2026 | Ref: PR26/041 | Printer friendly version", "", *TEXT, "",
             "Ashcombe Borough Council", "Civic Offices, Market Square",
             "© Ashcombe Borough Council 2003-2026. All rights reserved."]
    return "\n".join(lines) + "\n"


def test_the_owner_a_copyright_line_names_is_no_headline_part_of_the_title() -> None:
    # the site's name is the <title>'s longest part; the copyright line names it the owner
    page = _council_dump("Ashcombe Borough Council - News - Harbour dredging",
                         "Harbour board agrees to share the cost of dredging the marina channel")
    art = newsclean.clean(page)
    assert art.title == "Harbour board agrees to share the cost of dredging the marina channel"
    assert art.body.startswith("The harbour board approved")


def test_the_printed_headline_wins_where_no_author_line_anchors_it() -> None:
    # no author line under the headline: the line found over the text and the <title> share
    # the story's words, so the one printed as the headline is the title
    page = _council_dump("Dredging deal agreed for the marina | Ashcombe Borough Council",
                         "Harbour board agrees to share the cost of dredging the marina channel")
    title = newsclean.clean(page).title
    assert title == "Harbour board agrees to share the cost of dredging the marina channel"


def test_a_role_before_the_name_is_no_part_of_it() -> None:
    # a TV station's weather desk prints the role first: "By Chief Meteorologist Dana Whitlock"
    assert names("By Chief Meteorologist Dana Whitlock and Ray Osei") == ["Dana Whitlock", "Ray Osei"]
    assert names("By Staff Writer Jane Doe") == ["Jane Doe"]
    assert names("By Tech Insider") == [] and names("By Chief Editor") == []  # a role alone, a section


def test_the_authors_field_of_a_line_of_fields_in_a_caseless_script() -> None:
    # the editor's field after the author's is no author, whatever the script
    assert names("Written By: राहुल शर्मा | Edited By: नेहा वर्मा") == ["राहुल शर्मा"]
    assert names("Written By: Rahul Sharma | Edited By: Neha Verma") == ["Rahul Sharma"]
