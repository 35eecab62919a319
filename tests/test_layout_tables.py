"""A page laid out in a table (the 2000s way): its furniture sits in rows of one cell each,
which are no data table's rows. The pages are invented."""

from __future__ import annotations

import newsclean

STORY = [
    "The district council voted on Wednesday to ban freedom camping at four beaches on the "
    "eastern coast from November, after a summer of complaints about rubbish and toilet waste.",
    "Councillors agreed to spend $85,000 on two new toilet blocks at the reserves where camping "
    "will still be allowed, and to hire two more wardens for the busiest weeks of the season.",
    "The amended bylaw takes effect on 1 November and a map of the affected sites will be "
    "published on the council's website before then, the council said.",
]


def _page(after: str) -> str:
    rows = "".join(f"<tr><td><p>{p}</p></td></tr>" for p in STORY)
    return (
        "<html><head><title>Council bans camping at four beaches | Coast News</title></head><body>"
        "<table width='100%'><tr><td colspan='2'><font size='5'><b>Coast News</b></font></td></tr>"
        "<tr><td width='150'><a href='/'>Home</a><br><a href='/news'>News</a><br>"
        "<a href='/sport'>Sport</a></td>"
        "<td><table><tr><td><font size='5'><b>Council bans camping at four beaches</b></font></td></tr>"
        f"<tr><td>By Tama Rewiti</td></tr>{rows}{after}</table></td></tr>"
        "<tr><td colspan='2'>Copyright © 2025 Coast News Ltd</td></tr></table></body></html>"
    )


COMMENTS = (
    "<tr><td><b>Reader Comments (3)</b></td></tr>"
    "<tr><td><b>Mike, Whitianga</b> 14/02/2025 8:12am About time. The dunes were a disgrace.</td></tr>"
    "<tr><td><b>Sandra P</b> 14/02/2025 9:40am Where are families supposed to go now, then?</td></tr>"
    "<tr><td><b>Kiwi camper</b> 14/02/2025 11:03am Agree. More toilets would fix most of this.</td></tr>"
)


def test_a_comment_threads_heading_in_a_row_of_its_own_ends_the_article() -> None:
    result = newsclean.clean(_page(COMMENTS), html=True)
    assert result.paragraphs == STORY


def test_a_data_tables_row_is_no_marker_a_layout_rows_is() -> None:
    # a row of two cells is data: "Comments" labels a row there, not a thread's heading
    from newsclean.api import _segment
    from newsclean.rules.markers import markers

    table = ("<tr><td><table><tr><th>Submissions</th><th>Count</th></tr>"
             "<tr><td>Comments</td><td>412</td></tr><tr><td>Petitions</td><td>3</td></tr></table></td></tr>")
    doc = _segment(_page(table + COMMENTS), True, 1)
    markers.apply(doc)
    labels = {u.text: u.labels.get("marker") for u in doc.units}
    assert labels["Comments 412"] is None
    assert labels["Reader Comments (3)"] == "comments"
