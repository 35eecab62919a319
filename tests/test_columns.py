"""newsclean.columns: a table w3m set in columns, read a row at a time. The dumps are invented,
laid out by hand as w3m -dump -cols 80 sets a table whose cells wrap within their columns
(each cell flush left in its column, centred from top to bottom in its row)."""

from __future__ import annotations

import os
import textwrap

from conftest import check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import columns
from newsclean.segment import segment

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ROWS = [  # (name, year, what it did): a list of harbour works as a page's table gives it
    ("North breakwater", "1931", "Built of granite blocks from the quarry at Penhallow after the "
     "storm of 1929 breached the old wall in three places.^[4]"),
    ("Fish market", "1958", "Opened on the east quay to replace the open-air auction, which the "
     "council had closed on grounds of hygiene.^[5]"),
    ("Marina pontoons", "1994", "Eighty berths for visiting yachts.^[6]"),
    ("Harbour office and lifeboat station", "2009", "The two moved into one building on the "
     "slipway, paid for by a public appeal and a grant from the lottery fund, after the old "
     "station flooded twice in one winter.^[7]"),
]
NAME_WIDTH, YEAR_WIDTH, TEXT_WIDTH = 18, 4, 50


def w3m_table(rows: list[tuple[str, str, str]]) -> list[str]:
    """The rows as w3m prints them: each cell wrapped in its column and centred in its row."""
    out = []
    for name, year, text in rows:
        cells = [textwrap.wrap(name, NAME_WIDTH), [year], textwrap.wrap(text, TEXT_WIDTH)]
        height = max(map(len, cells))
        padded = []
        for cell in cells:
            top = (height - len(cell)) // 2
            padded.append([""] * top + cell + [""] * (height - len(cell) - top))
        for a, b, c in zip(*padded):
            out.append(f"{a:<{NAME_WIDTH}} {b:<{YEAR_WIDTH}} {c}".rstrip())
    return out


INTRO = textwrap.fill(
    "The harbour has been rebuilt piece by piece over a century, each work paid for in its own "
    "way; the table below lists the main ones, with the year each was finished and what it "
    "changed for the town and its boats.", 79)
OUTRO = textwrap.fill(
    "The harbour board publishes the full list, with the cost of each work and the names of "
    "its builders, in its annual report, which the library keeps from 1925 onwards.", 79)
TABLE = w3m_table(ROWS)
DUMP = "\n".join([
    "  • Home", "  • Harbour", "  • Contact", "", "A century of harbour works", "",
    INTRO, "", *TABLE, "", OUTRO, "",
])


def test_the_table_is_told_by_its_columns() -> None:
    assert columns.cuts(TABLE) == [NAME_WIDTH + 1, NAME_WIDTH + 1 + YEAR_WIDTH + 1]
    assert columns.cuts(INTRO.split("\n")) == []  # prose wraps from one margin


def test_each_row_is_one_unit_its_cells_in_order() -> None:
    texts = [unit.text for unit in segment(DUMP).units]
    for name, year, text in ROWS:
        assert f"{name} {year} {text}" in texts


def test_a_list_with_wrapped_items_is_no_table() -> None:
    """A list's wrapped item has a bullet or a number left of its text, not words."""
    listing = [
        "       * 500 if the server fails while it stores the document,",
        "       * 429 if the client sends requests too often or is suspected",
        "             of abuse,",
        "       * 4xx for all malformed requests, as well as for requests to",
        "             folders,",
        "       * 2xx for all requests that succeed.",
    ]
    assert columns.cuts(listing) == []


def test_a_cell_holding_a_list_keeps_its_items_apart() -> None:
    lines = [
        "+ Added a ferry timetable to the harbour page      Harbour office",
        "+ Added tide tables for the next twelve months      Opening hours",
        "+ The berth map now shows which berths are free,     Contact us",
        "and which are booked for the season",
        "+ Fixed the print view of the notices page",
    ]
    parts = columns.cells(lines, columns.cuts(lines))
    spans = columns.rows(parts)
    assert len(spans) == 4  # four items: the wrapped one is one row
    assert spans[2] == (2, 3)


def test_wide_characters_are_undoubled() -> None:
    assert columns._undouble("港港湾湾 office") == "港湾 office"


@SETTINGS
@given(st.lists(st.sampled_from(ROWS), min_size=1, max_size=6), st.booleans())
def test_nothing_lost_in_a_table(rows: list[tuple[str, str, str]], outro: bool) -> None:
    check_roles("\n".join(["  • Home", "  • Harbour", "", INTRO, "", *w3m_table(rows), "",
                           OUTRO if outro else "", ""]))


# --- a page laid out by a table: its columns read one after another ------------------------

LAID_OUT = [  # w3m -dump -cols 80 of a page whose masthead, menu, article and sidebar are cells
    'The Tarn Valley Echo',
    'Thursday, 5 March 2026 | Weather | Subscribe to the print edition for £6 a',
    'month and get the weekend supplement delivered free across the valley',
    'Home           Quarry road to close for resurfacing             ADVERTISEMENT',
    'Local News                                                      Hesketh Garden',
    'Sport          By Elspeth Garside | Local Democracy Reporter    Centre spring',
    'Farming        Posted: Thursday, 5 March 2026                   sale now on',
    'Obituaries     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    'Letters                                                         Most Read',
    "What's On      The road between Tarnfoot and the Ridley quarry  1. Sheep",
    'Classifieds    will close for three weeks from Monday while the worrying',
    'Public Notices county council resurfaces the stretch that heavy warning after',
    'Contact Us     lorries have broken up over the winter.          two attacks',
    '                                                                2. Tarnfoot',
    '               Drivers will be sent along the valley road       shop changes',
    '               through Hesketh, a detour of about four miles,   hands',
    '               and the council said buses would keep to their   3. Valley choir',
    '               timetable although journeys could take ten       wins regional',
    '               minutes longer at busy times.                    prize',
    '',
    '               "We know the closure will be a nuisance, but the',
    '               surface is now so poor that patching it again',
    '               would be money wasted," said councillor Ruth',
    '               Amberley, who chairs the highways committee.',
    '',
    "               The quarry's owners have agreed to keep lorries",
    '               off the detour before half past nine in the',
    '               morning, when children are walking to the',
    '               village school.',
    '',
    'The Tarn Valley Echo is published every Thursday by Valley Press Limited,',
    'registered in England and Wales. All content is copyright of its respective',
    'owners and may not be reproduced without permission.',
]
LAID_OUT_ARTICLE = [
    "The road between Tarnfoot and the Ridley quarry will close for three weeks from Monday while the county "
    "council resurfaces the stretch that heavy lorries have broken up over the winter.",
    "Drivers will be sent along the valley road through Hesketh, a detour of about four miles, and the "
    "council said buses would keep to their timetable although journeys could take ten minutes longer at "
    "busy times.",
    '"We know the closure will be a nuisance, but the surface is now so poor that patching it again would be '
    'money wasted," said councillor Ruth Amberley, who chairs the highways committee.',
    "The quarry's owners have agreed to keep lorries off the detour before half past nine in the morning, "
    "when children are walking to the village school.",
]


def test_a_page_laid_out_in_columns_is_read_a_column_at_a_time() -> None:
    # the masthead runs across the columns: the part under it is the layout, its columns
    # found there, and it goes on under the blank lines between the article's paragraphs
    from newsclean.layout import _tables

    first, (last, cut, laid) = next(iter(_tables(LAID_OUT, len(LAID_OUT)).items()))
    assert (LAID_OUT[first].split()[0], cut, laid) == ("Home", [15, 64], True)
    assert LAID_OUT[last].strip() == "village school."
    result = newsclean.clean("\n".join(LAID_OUT) + "\n")
    assert result.title == "Quarry road to close for resurfacing"
    assert result.authors == ["Elspeth Garside"]
    assert result.paragraphs == LAID_OUT_ARTICLE
    check_roles("\n".join(LAID_OUT) + "\n")


def test_a_table_whose_widest_cell_is_the_shorter_of_its_row_is_read_a_row_at_a_time() -> None:
    # a two-line name beside a one-line text: the name's last line stands beside a blank in
    # the widest column, and ends there; a table's rows follow line after line
    rows = [*ROWS, ("Old lifeboat house and slipway", "1867", "Now the harbour museum.^[8]")]
    parts = columns.cells(w3m_table(rows), columns.cuts(w3m_table(rows)))
    assert not columns.laid_out(parts)
    caption = " " * 20 + "Main harbour works, 1931 to 2009"
    assert [laid for *_, laid in columns.regions([caption, *w3m_table(rows)])] == [False]



BOXED = [  # the same page, its sidebar a bordered table and no rule under the byline
    'The Tarn Valley Echo',
    'Thursday, 5 March 2026 | Weather | Subscribe to the print edition for £6 a',
    'month and get the weekend supplement delivered free across the valley',
    'Home           Quarry road to close for resurfacing             ┌─────────────┐',
    'Local News                                                      │Most Read    │',
    'Sport          By Elspeth Garside | Local Democracy Reporter    ├─────────────┤',
    'Farming        Posted: Thursday, 5 March 2026                   │Sheep        │',
    'Obituaries                                                      │worrying     │',
    'Letters        The road between Tarnfoot and the Ridley quarry  │warning after│',
    "What's On      will close for three weeks from Monday while the │two attacks  │",
    'Classifieds    county council resurfaces the stretch that heavy ├─────────────┤',
    'Public Notices lorries have broken up over the winter.          │Tarnfoot shop│',
    'Contact Us                                                      │changes hands│',
    '               Drivers will be sent along the valley road       ├─────────────┤',
    '               through Hesketh, a detour of about four miles,   │Valley choir │',
    '               and the council said buses would keep to their   │wins regional│',
    '               timetable although journeys could take ten       │prize        │',
    '               minutes longer at busy times.                    └─────────────┘',
    *LAID_OUT[LAID_OUT.index('') :],  # the article's last two paragraphs and the footer, as above
]


def test_a_bordered_box_is_a_sign_of_w3m_and_the_layout_is_found_beside_it() -> None:
    # no rule and no bullet: a bordered table's corners and the wrapped lines tell w3m; the
    # box's lines beside the article open at the box's own column, not the article's
    from newsclean.layout import detect

    text = "\n".join(BOXED) + "\n"
    assert detect(text, text.split("\n")).name == "w3m"
    assert newsclean.clean(text).paragraphs == LAID_OUT_ARTICLE


def test_columns_side_by_side_are_a_sign_of_w3m_where_the_page_shows_no_other() -> None:
    # the laid-out page without its rule: no bullet, rule, field or box is left to tell w3m,
    # but the article's paragraphs flowing beside the sidebar's lines are a text browser's
    from newsclean.layout import detect

    plain = [line if not line.startswith("Obituaries") else "Obituaries" for line in LAID_OUT]
    text = "\n".join(plain) + "\n"
    assert detect(text, text.split("\n")).name == "w3m"
    assert newsclean.clean(text).paragraphs == LAID_OUT_ARTICLE
    check_roles(text)


def test_a_table_of_rows_in_a_plain_dump_is_no_sign_of_w3m() -> None:
    # a converter's dump holding a preformatted table (cells side by side, row after row)
    # and wrapped prose: columns, but no page laid out in them
    table = ["Station        Rain (mm)   Wind        Gusts",
             "Tarnfoot       12          NW 20       41",
             "Hesketh        9           NW 18       37",
             "Ridley Top     21          W 26        55",
             "Penhallow      7           NW 15       30"]
    text = "\n".join([INTRO, "", *table, "", OUTRO, ""])
    assert detect_name(text) is None


def detect_name(text: str) -> str | None:
    from newsclean.layout import detect

    found = detect(text, text.split("\n"))
    return None if found is None else found.name


def _sidebar_page() -> tuple[list[str], list[str]]:
    """A page w3m laid out as an article beside a sidebar whose boxes set their own columns:
    a listings box in two (an event and its day), then boxes whose lines run across that
    box's inner gutter (a bullet list, a newsletter's form), under a line blank across both."""
    article = [
        "The harbour car park, free for as long as anyone in Polwenna can remember, will charge "
        "drivers from the first of April, the parish council decided on Tuesday night.",
        "Councillors voted seven to four for a charge of one pound an hour in summer and fifty pence "
        "in winter, with the first half hour free so that people collecting prescriptions or dropping "
        "children at the school are not caught out.",
        "The money, about forty thousand pounds a year on the clerk's estimate, is to go towards "
        "repairing the harbour wall, which the last two winters' storms have left cracked along most "
        "of its length.",
        '"Nobody likes paying to park, and nobody on this council wanted to do it," said the chair, '
        'Morwenna Hocking. "But the wall protects every house on the front, and the grants we hoped '
        'for have not come."',
        "Residents of the harbour streets will be able to buy a permit for twenty pounds a year. The "
        "council will review the charges after the first summer.",
    ]
    listings = [("WHAT'S ON", ""), ("Craft fair", "Sat"), ("Quiz night", "Fri"), ("Choir concert", "Sun"),
                ("Beach clean", "Sat"), ("Film club", "Thu"), ("Lifeboat open day", "Sun"),
                ("Farmers' market", "Sat"), ("Harbour walk", "Wed"), ("Book swap", "Tue"),
                ("Bingo", "Mon"), ("Gig racing", "Sun"), ("Pub quiz", "Thu")]
    boxes = ["", "Advertisement", "HARBOUR TIDES", "• High water 06:12", "• Low water 12:25",
             "• High water 18:40", "", "WEEKLY NEWSLETTER", "Get the Gazette's", "news in your inbox",
             "every Friday morning.", "[             ] [Sign up]"]
    left = [line for paragraph in article for line in [*textwrap.wrap(paragraph, 62), ""]]
    right = [f"{event:<18}{day}".rstrip() for event, day in listings] + boxes
    left += [""] * (len(right) - len(left))
    right += [""] * (len(left) - len(right))
    lines = ["The Polwenna Gazette - news from the harbour and the parish     Wednesday 4 March",
             "Home  News  Sport  Letters  What's On  Notices  Contact", "",
             "Harbour car park to charge drivers from April", "",
             "By Tamsin Rowe, Local Democracy Reporter", ""]
    lines += [f"{a:<64}{b}".rstrip() for a, b in zip(left, right)]
    lines += ["", "© 2026 Polwenna Gazette. All rights reserved. Privacy | Terms | Contact"]
    return lines, article


def test_a_layout_goes_on_where_the_sidebars_boxes_change_their_own_columns() -> None:
    # under the listings box the article's gutter runs on, the box's inner one does not: the
    # layout is read on a column at a time, not as a table whose rows hold a paragraph's lines
    # and a newsletter's words
    from newsclean.layout import _tables

    lines, article = _sidebar_page()
    (first, (last, cut, laid)), = _tables(lines, len(lines)).items()
    assert (lines[first].startswith("The harbour car park"), cut, laid) == (True, [64], True)
    assert lines[last + 2].startswith("©")  # (the footer runs across the gutter: not the layout's)
    result = newsclean.clean("\n".join(lines) + "\n")
    assert result.title == "Harbour car park to charge drivers from April"
    assert result.paragraphs == article
    check_roles("\n".join(lines) + "\n")


def _three_cells() -> tuple[list[str], list[str]]:
    """An old table layout as w3m prints it: a masthead across, then menu, article and
    sidebar cells."""
    article = [
        "The county board voted on Monday to borrow two million dollars to replace five of its "
        "oldest one-lane bridges, ending a year of argument over how to pay for the work.",
        "The chairman said the first two bridges would be rebuilt after the harvest, when the "
        "farm traffic on the gravel roads is lightest, and the rest over the next two summers.",
        "One commissioner voted against the loan, saying the voters should have been asked in the "
        "August primary before the county took on a debt of that size.",
    ]
    menu = ["» Front Page", "» Local News", "» Sports", "» Obituaries", "» Opinion", "» Farm & Ranch",
            "» Classifieds", "» Legal Notices", "» Church News", "» School Menus", "» Archives",
            "» Contact Us"]
    side = ["WEATHER", "Partly cloudy", "High 58, low 31", "", "GRAIN PRICES", "Wheat $3.58",
            "Milo $3.61", "Corn $2.79", "", "TOP STORIES", "Hawks fall in", "sub-state final"]
    left = ["Board backs $2 million bridge loan", "", "By Carl Ostman", ""]
    left += [line for paragraph in article for line in [*textwrap.wrap(paragraph, 44), ""]]
    rows = max(len(left), len(menu) * 2, len(side))
    left += [""] * (rows - len(left))
    menu_cells = [m for entry in menu for m in (entry, "")] + [""] * rows
    side += [""] * (rows - len(side))
    lines = ["━" * 80, "THE PRAIRIE LEDGER",
             "Weekly news of Marlow County, Kansas, every Thursday since 1891", "━" * 80, ""]
    lines += [f"{menu_cells[k]:<16}{left[k]:<48}{side[k]}".rstrip() for k in range(rows)]
    lines += ["", "Copyright 2004 The Tamsin County Courier. All rights reserved. | Privacy | Contact"]
    return lines, article


def test_a_spacer_w3m_prints_in_a_gutter_is_no_columns_text() -> None:
    # a spacer image or an empty link prints as "_" (or "[spacer]"): one set at the menu
    # cell's right edge, in the gutter by the article's column, says nothing of where the
    # columns are; the layout is the one found without it, and the article is read whole
    from newsclean.layout import _tables

    lines, article = _three_cells()
    found = _tables(lines, len(lines))
    assert [(cut, laid) for _, cut, laid in found.values()] == [([16, 64], True)]
    spaced = list(lines)
    top = next(k for k, line in enumerate(spaced) if line.startswith("» Front Page"))
    blank = next(k for k in range(top, len(spaced)) if not spaced[k][:64].strip())
    spaced[blank] = " " * 15 + "_" + spaced[blank][16:]  # (a row with no menu entry nor text)
    assert _tables(spaced, len(spaced)) == found
    spaced[top + 1] = "[spacer]" + spaced[top + 1][8:]
    assert _tables(spaced, len(spaced)) == found
    result = newsclean.clean("\n".join(spaced) + "\n")
    assert result.paragraphs[: len(article)] == article
    assert not any("»" in paragraph for paragraph in result.paragraphs)


def _release_notes() -> tuple[list[str], list[str]]:
    """A changelog post (a paragraph, then typed "+ " lines with no blank line between them)
    beside a sidebar of link boxes set apart by blank lines, which ends long before the post
    does, as w3m sets a blog theme's two columns."""
    changes = [f"+ {text}" for text in (
        "Added a night mode to the map viewer", "Added tide tables for twelve more harbours",
        "Route planner now avoids closed footpaths", "Added offline maps for the coast path",
        "Fixed the compass drifting on older phones", "Search now finds bus stops by their code",
        "Added a share button to saved routes", "Elevation profile shows gradients in colour",
        "Fixed crashes when importing very long tracks", "Added Welsh and Cornish place names",
        "Weather layer refreshes every ten minutes", "Battery use while recording cut by a third",
        "Added a printable route card", "Fixed distances shown in miles after a reset")]
    intro = ("The spring update is out today for phones and the web. It brings the whole of the "
             "coast path into the offline maps and a long list of smaller changes and fixes, "
             "most of them asked for by walkers who wrote to us over the winter:")
    side = ["Official links:", "Trailmap.example", "Trailmap Pro", "", "Help centre", "Report a bug",
            "", "Follow us:", "Mastodon", "", "Newsletter", "Sign up", "", "Archive"]
    left = ["Trailmap 4.2 - The Coast Path Update", "", *textwrap.wrap(intro, 48), "", *changes]
    rows = [f"{a:<50}{side[k] if k < len(side) else ''}".rstrip() for k, a in enumerate(left)]
    outro = textwrap.wrap(  # (w3m wraps a paragraph at the screen's width: a sign of w3m)
        "As always, thank you to everyone who sent in bug reports and ideas over the winter; the "
        "next update is planned for the spring and will bring the long-awaited group walks.", 79)
    return ["Trailmap News", "", *rows, "", *outro, "", "Newer Older", ""], changes


def test_a_sidebar_that_ends_beside_a_list_is_a_pages_layout() -> None:
    # the post's column has no blank line (its lines are a list), so no gap of its own shows
    # the layout; the sidebar's entries, set apart beside the list's running lines and
    # ending long before it, do: read a column at a time, the headline is no row's cell
    from newsclean.layout import _tables

    lines, changes = _release_notes()
    assert [laid for _, _, laid in _tables(lines, len(lines)).values()] == [True]
    result = newsclean.clean("\n".join(lines))
    assert result.title == "Trailmap 4.2 - The Coast Path Update"
    assert result.paragraphs[1 : len(changes) + 1] == [change[2:] for change in changes]
    assert not any(word in " ".join(result.paragraphs) for word in ("Official", "Help centre"))
    # a table whose narrow column ends early, its cells not set apart, stays a table of rows
    table = [" " * 50 + "Notes", *(f"{a:<50}{('Entry ' + str(k)) if k < 4 else ''}".rstrip()
                                   for k, a in enumerate(changes))]
    assert [laid for _, _, laid in _tables(table, len(table)).values()] == [False]


def test_typed_bullets_at_a_w3m_dumps_margin_are_a_list() -> None:
    # w3m indents the lists it sets; a bullet typed by the page's author stays at the margin.
    # Two or more in a row are a list's items (as the plain dumps' readers take them); a
    # dash a line happens to open with stays text
    lines, changes = _release_notes()
    doc = segment("\n".join(lines))
    items = [u.text for u in doc.units if u.kind == "item"]
    assert items == [change[2:] for change in changes]
    single = ["Harbour news", "", "  • Home", "  • Boats", "  • Contact", "", "Ferry timetable", "",
              "The ferry will run on the winter timetable from Monday, the operator said,",
              "", "- as last year - with a late sailing on Fridays for the market traders.", ""]
    units = segment("\n".join(single)).units
    assert [u.kind for u in units if "late sailing" in u.text] == ["text"]
