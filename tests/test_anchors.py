"""Anchors (`newsclean.rules.anchors`): the headline and byline found before the main run is
chosen, and the bonus the run under them gets (`span.LEAD_BONUS`)."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import textwrap

import pytest

import newsclean
from newsclean.document import Document
from newsclean.rules import anchors, end_matter, span
from newsclean.rules.markers import markers
from newsclean.segment import segment
from newsclean.segment_html import segment_html

TITLE = "Orchard town votes to keep its old library"

# An html-text dump: the page's <title> on the first line, then the menus, the headline again.
HEAD = f"""\
{TITLE} | The Fenwick Gazette
Skip to main content
Home
News
Sport
Subscribe
{TITLE}
By Helena Marsh
Published March 3, 2026
"""
ARTICLE = [
    "Residents of Pellby voted on Tuesday to keep the town's Victorian library open, rejecting a council plan to sell the building to a developer and move the books into the leisure centre.",
    "The vote, at a packed meeting in the parish hall, was 212 to 64, and the council said it would now look for the money to repair the library's leaking roof and failing heating.",
    '"We have used that building for a hundred and twenty years and we are not about to give it up," said Ruth Okonjo, who chairs the Friends of Pellby Library.',
]
LEGAL = [
    "The Fenwick Gazette is published by Fenwick Media Group Limited, a company registered in England and Wales with number 04567891, whose registered office is at 12 Mill Lane, Fenwick. The Gazette is a member of the Independent Press Standards Organisation and abides by the Editors' Code of Practice.",
    "If you think that we have not met those standards, you can make a complaint to the editor in writing, giving the date of the article and the nature of your complaint, and we will respond within twenty-eight days of receiving it, after which you may take your complaint to the regulator.",
    "Fenwick Media Group Limited accepts no liability for the content of external websites linked from this site, and the views expressed by contributors and by readers in the comments are their own and are not necessarily those of the company or of its editors.",
]
# The site's long footer: share buttons, a "Most read" list, the footer's links, then the
# publisher's legal text, which is more prose than the short article above it.
FOOTER = """\
Share this article
Follow us on Facebook
Most read
Bypass plan goes back to the drawing board
Two hurt in crash on the Fenwick road
Bakery on Mill Lane closes after 60 years
Back to top
Contact us
Advertise with us
Jobs
Careers
Help
FAQ
Accessibility
Corrections
Sitemap
Privacy policy
Terms and conditions
Cookie settings
About the Fenwick Gazette
""" + "\n".join(LEGAL) + "\n"
DUMP = HEAD + "\n".join(ARTICLE) + "\n" + FOOTER


def _doc(text: str) -> Document:
    doc = segment(text)
    markers.apply(doc)
    return doc


def _html_doc(html: str) -> Document:
    doc = segment_html(html)
    markers.apply(doc)
    return doc


def _page(body: str, title: str = "Kestle Echo", head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def _text(doc: Document, index: int | None) -> str | None:
    return None if index is None else doc.units[index].text


# --- the helpers ---------------------------------------------------------------------------


def test_norm_compares_words_only() -> None:
    assert anchors.norm("  Orchard town VOTES: to keep its old library!  ") == "orchard town votes to keep its old library"
    assert anchors.norm("Pellby’s library — saved") == anchors.norm("pellby s library saved")


def test_site_names_are_the_title_parts_beside_its_headline_part() -> None:
    colon = segment(f"Owen's Notebook: {TITLE}\n\nOwen's Notebook\n")
    assert anchors.site_names(colon) == {anchors.norm("Owen's Notebook")}
    piped = segment(f"{TITLE} | News | The Fenwick Gazette\n\nThe Fenwick Gazette\n")
    assert anchors.site_names(piped) == {"news", anchors.norm("The Fenwick Gazette")}
    assert anchors.site_names(segment(f"{TITLE}\n\nThe text.\n")) == set()


def test_title_heads_split_off_the_site_name() -> None:
    heads = anchors.title_heads(f"{TITLE} | The Fenwick Gazette")
    assert anchors.norm(TITLE) in heads
    assert anchors.norm(f"{TITLE} | The Fenwick Gazette") in heads
    # The site name first, the headline after the separator.
    assert anchors.norm(TITLE) in anchors.title_heads(f"Fenwick Gazette - {TITLE}")
    # Blogs: "Post @ Blog name :: Host".
    assert anchors.norm(TITLE) in anchors.title_heads(f"{TITLE} @ Owen's notebook :: Blogfarm ::")
    # A blog's name before a colon, as a colon is written (no space before it).
    assert anchors.norm(TITLE) in anchors.title_heads(f"Owen's Notebook: {TITLE}")
    # The longer side wins: a headline holding a colon keeps its whole as a head too.
    assert anchors.norm("Vision Pro hands-on: the Retina moment for headsets") in \
        anchors.title_heads("Vision Pro hands-on: the Retina moment for headsets")


def test_a_blog_name_before_a_colon_leaves_the_headline_line_to_anchor() -> None:
    dump = HEAD.replace(f"{TITLE} | The Fenwick Gazette", f"Fenwick Notebook: {TITLE}") + "\n".join(ARTICLE) + "\n"
    doc = _doc(dump)
    found = anchors.find(doc)
    assert (_text(doc, found.headline), found.how) == (TITLE, "page title")


def test_title_heads_drop_parts_too_short_to_match_safely() -> None:
    assert anchors.title_heads("News | FG") == set()


def test_top_is_the_last_anchor_found() -> None:
    assert anchors.Anchors().top is None
    assert anchors.Anchors(headline=6).top == 6
    assert anchors.Anchors(headline=6, byline=7, how="page title").top == 7


# --- text dumps ----------------------------------------------------------------------------


def test_the_headline_is_the_page_title_repeated() -> None:
    doc = _doc(DUMP)
    found = anchors.find(doc)
    assert found.how == "page title"
    assert found.headline == 6  # not line 0, the <title> itself
    assert _text(doc, found.headline) == TITLE
    assert _text(doc, found.byline) == "By Helena Marsh"
    assert found.top == found.byline


def test_the_title_may_put_the_site_name_first() -> None:
    dump = HEAD.replace(f"{TITLE} | The Fenwick Gazette", f"Fenwick Gazette - {TITLE}") + ARTICLE[0] + "\n"
    doc = _doc(dump)
    found = anchors.find(doc)
    assert (found.how, _text(doc, found.headline)) == ("page title", TITLE)


def test_a_marked_list_entry_repeating_the_title_is_not_the_headline() -> None:
    # "Most read" heads a list (markers labels its entries): the headline repeated there is a
    # link to this very story, not its headline.
    dump = HEAD + "\n".join(ARTICLE) + f"\nMost read\n{TITLE}\nBypass plan goes back to the drawing board\n"
    doc = _doc(dump)
    assert "listed" in doc.units[13].labels and doc.units[13].text == TITLE
    found = anchors.find(doc)
    assert found.headline == 6
    assert found.byline == 7


def test_the_byline_must_sit_within_a_few_lines_of_the_headline() -> None:
    lines = HEAD.splitlines()
    near = _doc("\n".join([*lines[:7], "Share", "Facebook", "X", "Email", "By Helena Marsh", ARTICLE[0]]))
    assert _text(near, anchors.find(near).byline) == "By Helena Marsh"
    # Nine lines of share buttons and dates between them: an author line that far down
    # belongs to something else (an author box, a comment).
    spacer = ["Share", "Facebook", "X", "Email", "WhatsApp", "Print", "Published March 3, 2026",
              "Updated March 4, 2026", "Listen to this article"]
    far = _doc("\n".join([*lines[:7], *spacer, "By Helena Marsh", ARTICLE[0]]))
    found = anchors.find(far)
    assert found.headline == 6
    assert found.byline is None
    assert found.top == 6


def test_no_byline_anchor_without_a_headline() -> None:
    # The first line is no page title (nothing repeats it) and no heading marks a headline:
    # the archive menu's "By Topic" looks like an author line, but anchors nothing.
    dump = """\
Browse the archive
By Topic
By Region
By Date
Lifeboat crew called out twice in one night to help a yacht in trouble off Penhale Point, the station said on Monday.
"""
    doc = _doc(dump)
    found = anchors.find(doc)
    assert found.headline is None
    assert found.byline is None
    assert found.top is None


def test_markdown_dump_takes_the_first_level_one_heading_that_is_not_furniture() -> None:
    dump = """\
[Skip to content](#main)

# Sections

* [News](/news)
* [Sport](/sport)

## Gig racing results

# Gig rowers cross to St Ennor in record time

By Demelza Kitto

The Kestle Bay gig club's women's crew rowed to St Ennor and back in under two hours on Sunday, beating a record that had stood since 1998, when a crew from Porthvean set it on a flat calm morning.
"""
    doc = _doc(dump)
    assert doc.markdown
    found = anchors.find(doc)
    # "# Sections" is one word (a menu's label); "## ..." is not level 1.
    assert found.how == "heading"
    assert _text(doc, found.headline) == "Gig rowers cross to St Ennor in record time"
    assert _text(doc, found.byline) == "By Demelza Kitto"


def test_markdown_logo_heading_that_is_a_link_is_not_the_headline() -> None:
    dump = """\
[Skip to content](#main)

# [Kestle Echo](/)

* [News](/news)
* [Sport](/sport)

# Gig rowers cross to St Ennor in record time

By Demelza Kitto

The Kestle Bay gig club's women's crew rowed to St Ennor and back in under two hours on Sunday, beating a record that had stood since 1998, when a crew from Porthvean set it on a flat calm morning.
"""
    doc = _doc(dump)
    assert _text(doc, anchors.find(doc).headline) == "Gig rowers cross to St Ennor in record time"


@pytest.mark.xfail(strict=True, reason=(
    "title_heads keeps the whole title and only the LONGEST separator-split part: when the site "
    "name ('The Fenwick and District Evening Gazette') is longer than the headline ('Pellby keeps "
    "its library'), the headline part is not a head, and the site-name line of the dump is taken "
    "as the headline (newsclean.clean then also returns the site name as the article's title)"))
def test_a_short_headline_with_a_long_site_name_is_still_found() -> None:
    dump = """\
Pellby keeps its library | The Fenwick and District Evening Gazette
Skip to main content
The Fenwick and District Evening Gazette
Home
News
Pellby keeps its library
By Helena Marsh
""" + "\n".join(ARTICLE) + "\n"
    doc = _doc(dump)
    assert _text(doc, anchors.find(doc).headline) == "Pellby keeps its library"
    assert newsclean.clean(dump).title == "Pellby keeps its library"


@pytest.mark.xfail(strict=True, reason=(
    "anchors.find takes the LAST plain line repeating the page title: an unmarked list after "
    "the article ('From the archive', not a known marker) that links to this story wins over "
    "the headline above the article"))
def test_an_unmarked_list_after_the_article_repeating_the_title_is_not_the_headline() -> None:
    dump = HEAD + "\n".join(ARTICLE) + f"\nFrom the archive\n{TITLE}\nPellby fete raises record sum for the church roof\n"
    doc = _doc(dump)
    assert "marker" not in doc.units[13].labels  # the precondition: nothing marks the list
    assert anchors.find(doc).headline == 6


# --- HTML pages ----------------------------------------------------------------------------

NAV = ("<header><h1 class='logo'><a href='/'>The Kestle Echo Online</a></h1>"
       "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>")
GIG = ("<p>The Kestle Bay gig club's women's crew rowed to St Ennor and back in under two hours on "
       "Sunday, beating a record that had stood since 1998.</p>")


def test_html_headline_is_the_h1_repeating_the_page_title() -> None:
    html = _page(NAV + "<main><div class='breadcrumb'><a href='/sport'>Sport</a></div>"
                 "<h1>Gig rowers cross to St Ennor in record time</h1>"
                 "<p class='byline'>By Demelza Kitto</p>" + GIG + "</main>",
                 title="Gig rowers cross to St Ennor in record time | Kestle Echo")
    doc = _html_doc(html)
    found = anchors.find(doc)
    assert found.how == "page title"
    assert doc.units[found.headline].kind == "heading"
    assert _text(doc, found.headline) == "Gig rowers cross to St Ennor in record time"
    assert _text(doc, found.byline) == "By Demelza Kitto"


def test_html_heading_repeating_the_title_beats_a_plain_line_repeating_it() -> None:
    # A sticky bar at the foot of the page repeats the headline as plain text (no link): on a
    # page, the heading is the headline, not the last line that repeats the title.
    sticky = "<div class='sticky-bar'><span>Gig rowers cross to St Ennor in record time</span></div>"
    html = _page(NAV + "<main><h1>Gig rowers cross to St Ennor in record time</h1>" + GIG + "</main>" + sticky,
                 title="Gig rowers cross to St Ennor in record time | Kestle Echo")
    doc = _html_doc(html)
    assert doc.units[-1].text == "Gig rowers cross to St Ennor in record time"
    assert doc.units[-1].kind == "text"
    found = anchors.find(doc)
    assert found.how == "page title"
    assert doc.units[found.headline].kind == "heading"
    assert doc.units[found.headline].html.evidence.tag == "h1"


def test_html_without_a_matching_title_takes_the_first_h1_that_is_not_a_link() -> None:
    # The page title is the site's name only; the logo is an <h1> too, but all link.
    html = _page(NAV + "<main><h1>Gig rowers cross to St Ennor in record time</h1>"
                 "<p>By Demelza Kitto</p>" + GIG + "</main>")
    doc = _html_doc(html)
    assert doc.units[0].text == "The Kestle Echo Online" and doc.units[0].kind == "heading"
    found = anchors.find(doc)
    assert found.how == "heading"
    assert _text(doc, found.headline) == "Gig rowers cross to St Ennor in record time"
    assert _text(doc, found.byline) == "By Demelza Kitto"


# --- end to end: the run the headline introduces ---------------------------------------------


def test_short_article_under_its_headline_beats_a_longer_legal_footer() -> None:
    # The legal text outweighs the article on its own...
    doc = segment(DUMP)
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    weights = [span.weight(u, u.labels["class"]) for u in doc.units]
    article = sum(weights[9:12])
    legal = sum(w for u, w in zip(doc.units, weights) if u.text in LEGAL)
    assert legal > article
    assert article + span.LEAD_BONUS >= legal
    # ...but the run under the headline and byline wins.
    result = newsclean.clean(DUMP)
    assert result.title == TITLE
    assert result.byline == "By Helena Marsh"
    assert result.paragraphs == ARTICLE
    assert "main-run: the run under the headline won (headline found by page title)" in result.notes
    removed = "\n".join(r.text for r in result.removed)
    for paragraph in LEGAL:
        assert paragraph in removed


def test_without_the_lead_bonus_the_legal_footer_would_win(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same dump with the bonus switched off, and the footer's links in a row no longer
    # read as the page's end: the longer run elsewhere takes over. This is what the bonus is
    # for (where no footer's links stand between).
    monkeypatch.setattr(span, "LEAD_BONUS", 0.0)
    monkeypatch.setattr(end_matter, "FOOTER_RUN", 1000)
    result = newsclean.clean(DUMP)
    assert "main-run: the heaviest run of prose won" in result.notes
    for paragraph in LEGAL:
        assert paragraph in result.paragraphs
    assert ARTICLE[1] not in result.paragraphs


_FOOTER_LINKS = ["Contact us", "Advertise with us", "Jobs", "Careers", "Help", "FAQ", "Accessibility",
                 "Corrections", "Sitemap", "Privacy policy", "Terms and conditions", "Cookie settings"]


def _legal_page(footer: str = "<footer class='site-footer'>{}</footer>") -> str:
    about = "".join(f"<p>{p}</p>" for p in LEGAL)
    links = "".join(f"<li><a href='/s{i}'>{s}</a></li>" for i, s in enumerate(_FOOTER_LINKS))
    return _page(NAV + f"<main><article><h1>{TITLE}</h1><p>By Helena Marsh</p>"
                 + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</article></main>"
                 + footer.format(f"<ul>{links}</ul><div class='publisher'>{about}</div>"),
                 title=f"{TITLE} | The Fenwick Gazette")


def test_html_run_under_the_h1_beats_a_longer_legal_footer() -> None:
    doc = segment_html(_legal_page())
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    article = [u.index for u in doc.units if u.text in ARTICLE]
    legal = [u.index for u in doc.units if u.text in LEGAL]
    assert sum(doc.units[i].size for i in legal) > sum(doc.units[i].size for i in article)
    assert doc.meta["run"] == "anchored"
    assert doc.meta["core"] == (article[0], article[-1])  # the run itself, before the container grows


def test_html_short_article_under_its_h1_keeps_out_a_longer_legal_footer() -> None:
    # the <footer> element holds over 40% of the page's prose; it is not page-wide, as it does
    # not hold the headline (evidence._PAGE_WIDE)
    result = newsclean.clean(_legal_page())
    assert result.title == TITLE
    assert result.paragraphs == ARTICLE


def test_html_short_article_under_its_h1_keeps_out_a_longer_unmarked_legal_box() -> None:
    # <body> outscores <article> once an unmarked legal box (a plain <div>) adds more prose
    # than the footer links cost; the container still ends with the <article> around the lead
    page = _legal_page("<div class='bottom'>{}</div>")
    doc = segment_html(page)
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    article = [u.index for u in doc.units if u.text in ARTICLE]
    assert doc.meta["core"] == (article[0], article[-1])  # the precondition: the run is right
    assert newsclean.clean(page).paragraphs == ARTICLE


def test_anchored_run_does_not_reach_across_furniture_into_a_legal_footer() -> None:
    # the footer's links in a row end the page (end_matter.FOOTER_RUN): the run under the
    # headline stops over them, however little the "Most read" entries between cost
    short_footer = """\
Most read
Bypass plan goes back to the drawing board
Two hurt in crash on the Fenwick road
Bakery on Mill Lane closes after 60 years
Council tax to rise by five per cent
Sign up to our newsletter
Contact us
Advertise with us
Jobs
Privacy policy
Terms and conditions
Cookie settings
About the Fenwick Gazette
""" + "\n".join(LEGAL) + "\n"
    result = newsclean.clean(HEAD + "\n".join(ARTICLE) + "\n" + short_footer)
    assert result.paragraphs == ARTICLE


def test_a_list_repeating_the_headline_does_not_give_the_bonus_to_the_footer() -> None:
    archive = f"From the archive\n{TITLE}\nPellby fete raises record sum for the church roof\n"
    result = newsclean.clean(HEAD + "\n".join(ARTICLE) + "\n" + archive + FOOTER)
    assert result.paragraphs == ARTICLE


# lynx prints <h1> at column 0, as it prints <h2>: no level-1 heading, no page title line.
LYNX_HEAD = """\
   [1]Skip to main content

News

     * [2]Home
     * [3]Harbour
     * [4]Weather

Gig rowers cross to St Ennor in record time

   By Demelza Kitto
   Updated 0940 GMT, June 2, 2026

"""


def test_a_top_level_heading_over_its_own_byline_anchors_the_article() -> None:
    gallery = "".join(f"   Crews at the slipway number {n} before the start. Crews at the slipway number {n} before the start.\n"
                      for n in range(1, 6))
    body = "   " + ARTICLE[0] + "\n\n   " + ARTICLE[1] + "\n"
    doc = _doc(LYNX_HEAD + gallery + "\n" + body)
    found = anchors.find(doc)
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    assert _text(doc, found.byline) == "By Demelza Kitto"


def test_a_heading_with_another_heading_under_it_is_not_the_bylined_one() -> None:
    # "News" is a top-level heading, but the headline under it stands between it and the byline.
    dump = LYNX_HEAD.replace("News\n", "Latest news\n") + "   " + ARTICLE[0] + "\n"
    doc = _doc(dump)
    assert _text(doc, anchors.find(doc).headline) == "Gig rowers cross to St Ennor in record time"


def test_a_gallery_between_the_bylined_headline_and_the_text_leaves_both_fields() -> None:
    gallery = "".join(f"   Crews at the slipway, pair {n}. Crews at the slipway, pair {n}.\n\n" for n in range(1, 6))
    pager = "".join(f"   [slide-{n}.jpg]\n   {n}\n" for n in range(1, 15))
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE + LEGAL)
    article = newsclean.clean(LYNX_HEAD + gallery + "\n" + pager + "\n" + body + "\n")
    assert article.title == "Gig rowers cross to St Ennor in record time"
    assert article.byline and "Demelza Kitto" in article.byline
    assert article.paragraphs[: len(ARTICLE)] == ARTICLE
    removed = "\n".join(r.text for r in article.removed)
    assert all(f"Crews at the slipway, pair {n}." in removed for n in range(1, 6))


def test_a_level_one_section_name_gives_way_to_the_bylined_heading_under_it() -> None:
    dump = f"""\
# Harbour Health Centre

## Gig rowers cross to St Ennor in record time

By Demelza Kitto

{ARTICLE[0]}
"""
    doc = _doc(dump)
    found = anchors.find(doc)
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    assert _text(doc, found.byline) == "By Demelza Kitto"
    # a shorter heading with the byline under it is a section's name, not the headline
    section = dump.replace("## Gig rowers cross to St Ennor in record time", "## Sport").replace(
        "# Harbour Health Centre", "# Gig rowers cross to St Ennor in record time")
    doc = _doc(section)
    assert _text(doc, anchors.find(doc).headline) == "Gig rowers cross to St Ennor in record time"


def test_a_headline_over_its_sections_name_and_byline_is_the_headline() -> None:
    # lynx: headline, standfirst, the section's name as a heading, then the byline under it
    head = LYNX_HEAD.replace("Gig rowers cross to St Ennor in record time\n\n",
                             "Gig rowers cross to St Ennor in record time\n\n"
                             "   The women's crew beat a record that had stood since 1998.\n\nHarbour Sport\n\n")
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE)
    doc = _doc(head + body + "\n")
    found = anchors.find(doc)
    assert _text(doc, found.headline) == "Gig rowers cross to St Ennor in record time"
    assert _text(doc, found.byline) == "By Demelza Kitto"


def test_a_box_of_short_lines_under_the_bylined_headline_does_not_hand_the_anchor_to_the_author_box() -> None:
    """A review's score box and spec list sit between its bylined headline and its text, and
    its author's box ("By ...", a bio) comes under its last section: that section's heading
    has a byline under it too, and prose right under it. The headline is the one the most
    prose follows up to the next heading with a byline: the whole article, not one section."""
    box = "".join(f"Spec {n}\n\n   Value {n}\n\n" for n in range(1, 20))

    def fill(text: str) -> str:
        return textwrap.fill(text, 77, initial_indent="   ", subsequent_indent="   ")

    article = "\n\n".join(fill(p) for p in ARTICLE + [ARTICLE[0].replace("Pellby", "Fenwick")])
    tail = (f"Pricing and the competition\n\n{fill(ARTICLE[1])}\n\nWrap-up\n\n{fill(ARTICLE[2])}\n\n"
            f"   By Demelza Kitto\n\n{fill('Demelza Kitto has written about rowing and the sea for ten years.')}\n")
    doc, found = _anchored(LYNX_HEAD + box + article + "\n\n" + tail)
    assert (found.how, _text(doc, found.headline)) == (anchors.BYLINED, "Gig rowers cross to St Ennor in record time")
    assert _text(doc, found.byline) == "By Demelza Kitto"
    assert found.byline < 10


# --- headlines with a separator of their own, lists as articles ------------------------------

CHANGES = [
    "Added a reading room on the first floor, with six new study desks",
    "Added Sunday opening hours from ten until four",
    "Added a book drop by the car park entrance",
    "Moved the local history archive to the old boardroom",
    "Replaced the heating boiler and the roof lights",
    "Removed the overdue fines for children's books",
]


def test_a_headline_with_a_separator_of_its_own_is_a_head() -> None:
    # "Library 2.0 - The Spring Update" holds the separator the site name is cut at: without
    # the site name ("- Pellby News") the rest of the title is the headline, whole.
    heads = anchors.title_heads("Library 2.0 - The Spring Update - Pellby Library News")
    assert anchors.norm("Library 2.0 - The Spring Update") in heads
    assert anchors.norm("Pellby Library News") in heads  # the longest part, as before
    # Two parts give no more heads than before: the shorter one may be the site's name.
    assert anchors.title_heads("The library's spring update - Pellby News") == {
        anchors.norm("The library's spring update - Pellby News"), anchors.norm("The library's spring update")}


def test_a_plain_dump_with_dash_bullets_still_reads_its_first_line_as_the_page_title() -> None:
    # Two "+" bullet lists make the dump look like Markdown, but no Markdown writer's heading
    # shows a headline: its first line is the page's <title>, as in any html-text dump.
    dump = ("Library 2.0 - The Spring Update - Pellby Library News\n\nPellby Library News\n\n"
            "Library 2.0 - The Spring Update\n\n" + "".join(f"+ {c}\n" for c in CHANGES)
            + "\nOther links:\n\n+ Opening hours\n+ Contact the library\n")
    doc = _doc(dump)
    assert doc.markdown
    found = anchors.find(doc)
    assert (found.how, _text(doc, found.headline)) == ("page title", "Library 2.0 - The Spring Update")


def test_a_list_under_the_headline_is_the_article_when_no_prose_follows() -> None:
    dump = (f"{TITLE} | The Fenwick Gazette\nHome\nNews\n{TITLE}\n\n" + "".join(f"* {c}\n" for c in CHANGES)
            + "\nShare this article\nContact us\nJobs\n")
    result = newsclean.clean(dump)
    assert result.title == TITLE
    assert result.paragraphs == CHANGES
    assert "main-run: the run under the headline won (headline found by page title)" in result.notes
    # No item is a standfirst or an author line: each is the list's.
    assert result.standfirst is None and result.byline is None


def test_a_list_of_typed_bullets_under_a_posts_title_under_the_blogs_name_is_the_article() -> None:
    # html2text escapes the "+" an author typed ("\\+ Added ..."): items all the same. The
    # blog's name is the level-1 heading; the post's title, a heading under it, does not
    # count as one of the lines between the anchor and the list; nor does a layout row.
    dump = ("# Pellby Library News\n\n| Powered by Bloggo\n---|---\n\n"
            f"### {TITLE}\n\n" + "".join(f"\\+ {c}  \n" for c in CHANGES) + "\n")
    doc = _doc(dump)
    assert [u.kind for u in doc.units if u.text in CHANGES] == ["item"] * len(CHANGES)
    result = newsclean.clean(dump)
    assert result.paragraphs == CHANGES


def test_a_list_under_the_headline_stays_out_when_the_articles_prose_follows_it() -> None:
    # Tags or a key-facts box under the headline, then the article: the run starts at its lead.
    tags = ["Pellby town council", "Libraries and archives", "Local elections 2026"]
    dump = HEAD + "".join(f"* {t}\n" for t in tags) + "\n" + "\n".join(ARTICLE) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == ARTICLE
    assert all(r.rule for r in result.removed if r.text in tags)


def test_the_first_point_of_a_list_under_the_headline_is_no_standfirst() -> None:
    points = [f"* {c}" for c in CHANGES[:3]]
    result = newsclean.clean(HEAD + "\n".join(points) + "\n\n" + "\n".join(ARTICLE) + "\n")
    assert result.standfirst is None
    assert result.paragraphs == ARTICLE


def test_an_updated_headline_is_anchored_as_a_version_of_the_page_title() -> None:
    # The <title> was written first; the headline on the page was reworded since. Four words
    # in five the same both ways: one headline in two versions.
    dump = HEAD.replace(f"{TITLE} | The Fenwick Gazette", "Orchard town votes to keep its Victorian library | The Fenwick Gazette")
    doc = _doc(dump + "\n".join(ARTICLE) + "\n")
    found = anchors.find(doc)
    assert (found.how, _text(doc, found.headline)) == ("page title", TITLE)
    # A line sharing fewer of the title's words is another story's headline, not a version.
    other = dump.replace(f"\n{TITLE}\n", "\nOrchard town library wins a national award\n")
    assert anchors.find(_doc(other + "\n".join(ARTICLE) + "\n")).how != "page title"
    old, new = (anchors.norm(f"Orchard town votes to keep its {w} library") for w in ("old", "Victorian"))
    assert anchors.versions(old.split(" "), new.split(" "))


# --- a heading the prose under it is about -----------------------------------------------

ANOMALY = [
    "Anomaly detection in a server log needs no machine learning: a plain SQL query that compares each hour's count of errors with the mean of the hours before it finds most of the problems.",
    "The query computes a z-score for every hour, the distance of its error count from the mean in standard deviations, and flags the hours whose score is above a threshold.",
    "Tuning the threshold trades missed anomalies for false alarms; on our logs a z-score of three flagged every real incident of the last year and two false alarms.",
]


def _anchored(dump: str) -> tuple[Document, anchors.Anchors]:
    doc = _doc(dump)
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    return doc, doc.meta["anchors"]


def _assert_about_heading(dump: str, headline: str) -> None:
    doc, found = _anchored(dump)
    assert (found.how, _text(doc, found.headline)) == (anchors.ABOUT_HEADING, headline)
    assert newsclean.clean(dump).title == headline


def test_a_top_level_heading_the_prose_under_it_is_about_anchors_the_article() -> None:
    # lynx prints <h1> as it prints <h2>: no level-1 heading, no page title, no byline. The
    # menu's heading shares nothing with the text; the headline's words are the text's.
    dump = ("## Site navigation\n\n* Home\n* Archive\n* About\n\n## Simple anomaly detection in plain SQL\n\n"
            + "\n\n".join(ANOMALY) + "\n\n## Computing the z-score\n\n" + ANOMALY[1] + "\n")
    _assert_about_heading(dump, "Simple anomaly detection in plain SQL")


def test_a_section_heading_under_the_articles_first_paragraphs_is_not_its_headline() -> None:
    dump = ("## Site navigation\n\n* Home\n* Archive\n\n" + "\n\n".join(ANOMALY[:2])
            + "\n\n## Anomaly detection with a z-score threshold\n\n" + "\n\n".join(ANOMALY) + "\n")
    assert _anchored(dump)[1].headline is None
    assert newsclean.clean(dump).paragraphs[:2] == ANOMALY[:2]


def test_a_blogs_name_as_level_one_heading_gives_way_to_the_post_title_the_text_is_about() -> None:
    dump = ("# Harbour Notebook\n\n* Home\n* Archive\n\n### Simple anomaly detection in plain SQL\n\n"
            + "\n\n".join(ANOMALY) + "\n")
    _assert_about_heading(dump, "Simple anomaly detection in plain SQL")


def test_a_level_one_headline_sharing_a_word_with_the_text_keeps_its_place() -> None:
    # "Anomalies" is in the text: the headline names what it is about, whatever heading
    # follows it.
    dump = ("# Finding anomalies before customers do\n\n### Simple anomaly detection in plain SQL\n\n"
            + "\n\n".join(ANOMALY) + "\n")
    doc, found = _anchored(dump)
    assert (found.how, _text(doc, found.headline)) == ("heading", "Finding anomalies before customers do")


def _chained(text: str) -> Document:
    """The dump through the whole chain: the anchors read main-run's classes of prose."""
    doc = segment(text)
    newsclean.default_chain().run(doc)
    return doc


def _w3m(text: str) -> str:
    """A w3m paragraph: filled to column 79, at column 0."""
    return textwrap.fill(text, 79, break_long_words=False, break_on_hyphens=False)


def test_in_a_w3m_dump_the_byline_the_most_prose_follows_anchors_the_line_over_it() -> None:
    # w3m sets no heading apart. A teaser over the article has an author line too; the
    # article's headline stands over its dek, a picture and its caption, then the byline.
    teaser = ["  • Home", "  • News", "  • Sport", "", "Ferry fares to rise in the spring", "By Jory Penrose", ""]
    header = [
        "Gig rowers cross to St Ennor in record time", "",
        _w3m("Six crews set out from the quay at dawn and the fastest reached the island before the tide turned, a crossing the club says no one has made quicker."), "",
        "[slipway]", "",
        "Crews at the slipway before the start, with the island on the skyline Shutterstock", "",
        "By Demelza Kitto", "",
    ]
    body = "\n\n".join(_w3m(p) for p in ARTICLE)
    dump = "\n".join(teaser + header) + "\n" + body + "\n\n" + "━" * 79 + "\n"
    doc = _chained(dump)
    assert doc.meta.get("layout") == "w3m"
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    assert _text(doc, found.byline) == "By Demelza Kitto"
    article = newsclean.clean(dump)
    assert article.title == "Gig rowers cross to St Ennor in record time"
    assert article.authors == ["Demelza Kitto"]
    assert article.paragraphs[: len(ARTICLE)] == ARTICLE


def test_a_w3m_headline_may_end_with_initials_not_a_sentences_full_stop() -> None:
    doc = _chained("\n".join(["  • Home", "  • News", "", "Burst pipes and manhole fires under N.Y.C.", "", "By Demelza Kitto", ""])
                   + "\n" + "\n\n".join(_w3m(p) for p in ARTICLE) + "\n\n" + "━" * 79 + "\n")
    assert _text(doc, doc.meta["anchors"].headline) == "Burst pipes and manhole fires under N.Y.C."


def test_a_lynx_dek_set_as_a_heading_over_a_teasers_byline_is_not_the_bylined_headline() -> None:
    # the headline over its agency and date line, then the dek, which lynx sets at column 0
    # as a heading too, then a related story's teaser with its own author line
    head = "\n".join([
        "   [1]Skip to main content", "",
        "Gig rowers cross to St Ennor in record time", "",
        "   AFP 2 juin 2026 à 07:19 (Mis à jour : 2 juin 2026 à 07:38)", "",
        "Six crews set out from the quay at dawn and the fastest reached the island first.", "",
        "   Sur le même sujet", "   A Kestle, les rameurs en tête", "   Par Demelza Kitto", "",
    ])
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE)
    doc = _chained(head + "\n" + body + "\n")
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    assert newsclean.clean(head + "\n" + body + "\n").title == "Gig rowers cross to St Ennor in record time"


def test_a_lynx_dek_at_the_headlines_level_over_the_byline_gives_way_to_the_headline() -> None:
    # lynx sets the headline and the dek under it both at column 0, and the author line
    # follows the dek: the dek is the heading with a byline, the headline is over it
    dek = ("Six crews set out from the quay at dawn and the fastest reached the island before "
           "the tide turned, a crossing the club says no one has made quicker")
    head = "\n".join(["   [1]Skip to main content", "", "Gig rowers cross to St Ennor in record time", "",
                      textwrap.fill(dek, 77), "", "   By Demelza Kitto", ""])
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE)
    doc = _chained(head + "\n" + body + "\n")
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    article = newsclean.clean(head + "\n" + body + "\n")
    assert article.title == "Gig rowers cross to St Ennor in record time"
    assert article.standfirst == dek


def test_a_long_headline_with_function_words_is_still_the_one_over_its_dek() -> None:
    # Italian headlines run long and read as prose by their share of function words; the
    # shorter line over a longer dek, with no sentence end of its own, is the headline
    headline = "Treni regionali, via libera al piano da 2,4 miliardi per la manutenzione della rete"
    dek = ("Il Consiglio dei ministri approva il programma di lavori straordinari sulla rete "
           "secondaria. I pendolari: «Bene, ma chi ci garantisce le corse sostitutive?»")
    head = "\n".join(["   [1]Vai al contenuto", "", headline, "", textwrap.fill(dek, 77), "",
                      "   di Lorenzo Ferrante", ""])
    paragraphs = [
        "Il piano prevede che i lavori si svolgano soprattutto di notte, quando i treni non "
        "circolano, per non lasciare a piedi chi viaggia ogni giorno per andare al lavoro.",
        "Secondo il ministero, la metà dei cantieri sarà aperta entro la fine dell'anno e gli "
        "altri nei due anni successivi, con una spesa che sarà divisa tra lo Stato e le regioni.",
        "Le associazioni dei pendolari chiedono che le corse sostitutive con gli autobus siano "
        "garantite in tutte le stazioni e che gli orari siano pubblicati con largo anticipo.",
    ]
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in paragraphs)
    assert newsclean.clean(head + "\n" + body + "\n").title == headline


def test_an_author_box_under_a_sections_text_is_not_the_sections_byline() -> None:
    # a section's heading, its text, then the author's box under the article: the author
    # line after two paragraphs of prose is no heading's own
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE[:2])
    dump = LYNX_HEAD + body + "\n\nWrap-up\n\n" + body + "\n\n   By Demelza Kitto @dkitto\n"
    doc = _chained(dump)
    section = next(u.index for u in doc.units if u.text == "Wrap-up")
    assert anchors._byline_under(doc.units, section, own=True) is None
    headline = next(u.index for u in doc.units if u.text == "Gig rowers cross to St Ennor in record time")
    assert _text(doc, anchors._byline_under(doc.units, headline, own=True)) == "By Demelza Kitto"


def test_a_level_one_section_name_gives_way_to_the_bylined_heading_under_its_menu() -> None:
    # the section's menu of links and a font-size control between the section's name and
    # the headline: the headline is the first heading with an author line before the text
    menu = "\n".join(f"  * Pool {n} timetable" for n in range(1, 7))
    dump = "\n\n".join(["# Harbour Health Centre", "## Tools & Resources", menu, "Font Size", "A", "A",
                        "## Gig rowers cross to St Ennor in record time", "By Demelza Kitto", *ARTICLE]) + "\n"
    doc = _chained(dump)
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Gig rowers cross to St Ennor in record time", anchors.BYLINED)
    assert newsclean.clean(dump).title == "Gig rowers cross to St Ennor in record time"
    # a heading with an author line under the article's first paragraph is a teaser's
    late = "\n\n".join(["# Gig rowers cross to St Ennor in record time", ARTICLE[0],
                        "## Ferry fares to rise in the spring", "By Jory Penrose", *ARTICLE[1:]]) + "\n"
    doc = _chained(late)
    assert _text(doc, doc.meta["anchors"].headline) == "Gig rowers cross to St Ennor in record time"


def test_a_lynx_blogs_name_gives_way_to_the_posts_title_over_its_author_and_date() -> None:
    # lynx prints the blog's name and the post's title alike; the text is about both, but
    # only the post's title has its author and date under it
    rowing = [
        "Six gig rowing crews raced from the quay to St Ennor on Saturday, and the Kestle crew won the race by two lengths in a record time for the crossing.",
        "The gig rowing club said the crews trained all winter for the race, rowing the crossing twice a week whatever the weather in the sound.",
        "Next month the crews row the race again, this time from St Ennor back to the quay, and the club expects a crowd on the harbour wall.",
    ]
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in rowing)
    dump = "\n".join(["   [1]Skip to main content", "", "Gig Rowing News", "", "   Crews, races and results", "",
                      "Six crews race to St Ennor", "", "    [5]Demelza Kitto", "", "   June 2, 2026", "", body, ""]) + "\n"
    doc = _chained(dump)
    assert _text(doc, doc.meta["anchors"].headline) == "Six crews race to St Ennor"
    article = newsclean.clean(dump)
    assert article.title == "Six crews race to St Ennor"
    assert article.authors == ["Demelza Kitto"]


def test_in_a_w3m_dump_the_authors_names_over_their_byline_are_no_headline() -> None:
    # the authors' pictures' alt texts, their names run together, stand between the
    # headline and the author line: every word of them is the author line's
    body = "\n\n".join(_w3m(p) for p in ARTICLE)
    dump = "\n".join(["  • Home", "  • News", "", "Gig rowers cross to St Ennor in record time", "",
                      "Demelza Kitto Jory Penrose", "By Demelza Kitto and Jory Penrose, Kestle Echo", "",
                      ]) + "\n" + body + "\n\n" + "━" * 79 + "\n"
    doc = _chained(dump)
    assert _text(doc, doc.meta["anchors"].headline) == "Gig rowers cross to St Ennor in record time"
    assert newsclean.clean(dump).title == "Gig rowers cross to St Ennor in record time"


def test_on_a_lynx_page_without_prose_the_heading_over_the_longest_list_is_the_headline() -> None:
    # a changelog: the blog's name over a "Powered by" line, the post's title over its list
    # of changes, no paragraph of prose anywhere
    changes = ["Added harbour crane", "Added tide tables", "Added ferry timetable",
               "Added lifeboat station", "Fixed quay lights"]
    dump = "\n".join(["   [1]Skip to main content", "", "Kestle Tides News", "", "   [2]Powered by Tumblr", "",
                      "Kestle Tides 1.8 - The Harbour Update", "",
                      *(f"     * {c}" for c in changes), "", "Official links", "",
                      "     * [3]Forums", "     * [4]Wiki", ""]) + "\n"
    doc = _chained(dump)
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Kestle Tides 1.8 - The Harbour Update", anchors.LISTED)
    article = newsclean.clean(dump)
    assert article.title == "Kestle Tides 1.8 - The Harbour Update"
    assert article.paragraphs == changes
    # a page with its prose keeps its own anchors: no list decides
    prose = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in ARTICLE)
    doc = _chained(dump + "\n" + prose + "\n")
    assert doc.meta["anchors"].how != anchors.LISTED


def test_a_blogs_level_one_name_gives_way_to_the_heading_over_the_list_on_a_page_without_prose() -> None:
    changes = ["Added harbour crane", "Added tide tables", "Added ferry timetable",
               "Added lifeboat station", "Fixed quay lights"]
    dump = "\n".join(["# Kestle Tides News", "", "|  Powered by Tumblr", "---|---", "",
                      "### Kestle Tides 1.8 - The Harbour Update", "", *(f"  * {c}" for c in changes), ""]) + "\n"
    doc = _chained(dump)
    assert _text(doc, doc.meta["anchors"].headline) == "Kestle Tides 1.8 - The Harbour Update"
    article = newsclean.clean(dump)
    assert article.title == "Kestle Tides 1.8 - The Harbour Update"
    assert article.paragraphs == changes


def test_in_a_w3m_dump_a_headline_of_two_words_right_over_its_author_line_anchors_it() -> None:
    # an encyclopedia's article: its headline names a thing in a word or two, then the
    # source line; w3m sets no heading apart
    lead = ["  • Home", "  • Random page", "", "Harbour seal", "", "From Kestle Wiki, the harbour encyclopedia",
            "Jump to navigation Jump to search", "Species of mammal", ""]
    dump = "\n".join(lead) + "\n" + "\n\n".join(_w3m(p) for p in ARTICLE) + "\n\n" + "━" * 79 + "\n"
    doc = _chained(dump)
    assert doc.meta.get("layout") == "w3m"
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Harbour seal", anchors.BYLINED)
    assert newsclean.clean(dump).title == "Harbour seal"
    # a headline-shaped line within reach over the author line comes first: a section's
    # name right over it is no headline
    section = dump.replace("Harbour seal\n\nFrom Kestle Wiki, the harbour encyclopedia",
                           "Gig rowers cross to St Ennor in record time\n\nSport\n\nBy Demelza Kitto")
    assert newsclean.clean(section).title == "Gig rowers cross to St Ennor in record time"


def test_a_browsers_dump_prints_no_page_title_its_first_line_is_the_sites_name() -> None:
    # w3m and lynx print no <title>: the masthead's name opens the dump, and a logo's text
    # repeats it further down; neither is the article's headline
    lead = ["Kestle Echo", "", "  • News", "  • Sport", "  • Weather", "", "Kestle Echo", "",
            "Gig rowers cross to St Ennor in record time", "", "By Demelza Kitto", ""]
    dump = "\n".join(lead) + "\n" + "\n\n".join(_w3m(p) for p in ARTICLE) + "\n\n" + "━" * 79 + "\n"
    doc = _chained(dump)
    assert doc.meta.get("layout") == "w3m"
    assert doc.meta["anchors"].how != "page title"
    assert newsclean.clean(dump).title == "Gig rowers cross to St Ennor in record time"


def test_in_any_dump_without_headings_the_author_line_anchors_the_line_over_it() -> None:
    # html-text (its first line the page's <title>, which names the article in one word, too
    # short to be looked for) and converters that print a page's menus as Markdown lists but
    # set no heading apart: the author line the most prose follows anchors the headline
    body = "\n\n".join(ARTICLE) + "\n"
    plain = "\n".join(["Pilchard - Kestle Wiki", "Main page", "Random page", "Recent changes", "Help",
                       "Donate", "Log in", "", "Pilchard", "",
                       "From Kestle Wiki, the harbour encyclopedia", ""]) + "\n" + body
    listed = "\n".join(["  * Main page", "  * Random page", "  * About", "", "Pilchard", "",
                        "From Kestle Wiki, the harbour encyclopedia", ""]) + "\n" + body
    for dump in (plain, listed):
        doc = _chained(dump)
        assert "layout" not in doc.meta and not any(u.kind == "heading" for u in doc.units)
        found = doc.meta["anchors"]
        assert (_text(doc, found.headline), found.how) == ("Pilchard", anchors.BYLINED)
        assert newsclean.clean(dump).title == "Pilchard"
    assert _chained(listed).markdown


def test_a_markdown_dek_as_a_level_two_heading_under_the_headline_stays_its_dek() -> None:
    # "# Headline" / "## the summary" / the author line: the summary is the headline's own
    # dek (longer, prose), not a section's headline with the byline under it
    body = "\n\n".join([
        "The harbour board voted on Tuesday to close the north quay for six months while divers "
        "replace the timber piles that a winter of storms left split and leaning.",
        "Fishing boats will tie up at the south quay, which the board says has room for all of "
        "the eleven boats that land at Kestle each morning, if they share berths.",
        "The work is expected to cost about 1.8 million pounds, most of it from a government "
        "fund for coastal repairs that the board applied to in the autumn."])
    dek = "Divers will replace the storm-split timber piles, and the fleet moves to the south quay"
    dump = (f"1. Home\n2. News\n\n# North quay to close for six months\n\n## {dek}\n\n"
            f"By Owen Tregarthen, transport reporter | 14.03.2026, 17:05\n\nShare Facebook X\n\n{body}\n")
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months"
    assert article.standfirst == dek
    assert article.authors == ["Owen Tregarthen"]
    # a section's heading under a site's name, each with its words, still gives way
    section = dump.replace(f"## {dek}", "## Harbour board votes to close the north quay")
    assert newsclean.clean(section).title == "Harbour board votes to close the north quay"


def test_a_comment_threads_heading_does_not_stop_the_author_line_anchoring_a_dump() -> None:
    # lynx's dump of a page with no <h1> (its headline in <font> tags): the dump's one heading
    # (column 0) is the comment thread's, which sets no headline apart; the author line still
    # anchors the article, whose lines the layout left apart
    import textwrap

    def lynx(text: str) -> str:
        return "\n".join(textwrap.wrap(text, 74, initial_indent="   ", subsequent_indent="   "))

    article = [
        "The state roads department will close the Mill Lane bridge to all traffic at 7 a.m. Monday so crews can replace its deck joints, the agency said.",
        "Drivers will be sent along Quarry Road and Station Street, adding about four miles to the trip between the two villages.",
        "The bridge is expected to reopen by March 30, weather permitting, the department said in a statement on Thursday.",
    ]
    legal = ("NOTICE REGARDING COOKIES AND YOUR PRIVACY. This website and its partners use cookies, web beacons and "
             "similar technologies to operate the site, remember your preferences, measure how the site is used and "
             "show you advertising that may interest you, here and on other sites. By continuing to use this site, you "
             "agree to the use of these technologies as described in our privacy policy and our terms of service.")
    policy = ("Before you comment: we welcome your opinions, but we ask that you keep the conversation civil and on "
              "topic. Comments with profanity, personal attacks or links to commercial sites will be removed, and "
              "repeat offenders will lose the right to post. Comments reflect the views of their authors alone.")
    comment = ("I appreciate the warning, but this is the third time in five years that bridge has been shut for joint "
               "work and every time they pick the start of the school term. Whoever plans these closures clearly does "
               "not drive the detour at eight in the morning with a bus in front of them the whole way.")
    about = ("The Valley Courier has covered the towns of the Mill valley since 1887. Our newsroom of nine reporters and "
             "editors works out of the same brick building on Station Street, and we believe a community is only as "
             "strong as the information its residents share with one another. Call us with your tips and stories.")
    refs = "\n".join(f"  {n}. file:///page{n}.aspx" for n in range(1, 9))
    dump = "\n\n".join([
        lynx(legal), "   [1]Home > [2]News > [3]Local",
        "   Mill Lane bridge to close for three weeks starting Monday",
        "   By Dana Whitcomb, Staff Writer\n   Posted: Thursday, March 5, 2026 4:18 pm",
        "   [4]Email | [5]Print | [6]Facebook", *map(lynx, article), "Reader Comments (1)",
        lynx(policy), "   millcreek_74 posted at 7:41 pm on Thu, Mar 5, 2026.", lynx(comment),
        "   [7]Report Abuse", "   ABOUT THE COURIER", lynx(about), "References\n\n   Visible links:\n" + refs]) + "\n"
    result = newsclean.clean(dump)
    assert result.title == "Mill Lane bridge to close for three weeks starting Monday"
    assert result.paragraphs == article


def _photo_header(caption: str) -> str:
    """A text browser's dump with no <title> line and no headings: the headline, its dek, a
    photo's alt text over its caption, then the author line."""
    return "\n\n".join([
        "Skip to main content", "Home News Sport Subscribe",
        "Orchard town votes to keep its old library",
        "Residents rejected a plan to sell the Victorian building to a developer, and the council must now find the money to mend its roof.",
        "The library on Pellby High Street",
        caption,
        "Helena Marsh Reporter",
        *ARTICLE, *ARTICLE[:2],
    ]) + "\n"


def test_a_photos_alt_text_over_its_caption_is_no_headline() -> None:
    dump = _photo_header("The library on Pellby High Street, built in 1901. Photo: Tom Reyes / Fenwick Gazette")
    assert newsclean.clean(dump).title == "Orchard town votes to keep its old library"



def test_a_video_player_between_the_author_line_and_the_text_does_not_unanchor_a_w3m_dump() -> None:
    # w3m: the headline right over its author line, then a video player's furniture (more
    # lines than the look for prose reaches), then the text
    clips = ["Harbour lights switched on", "Gig racing at Penwarra", "Ferry timetable changes",
             "Storm damage on the coast road", "School choir at the cathedral", "Lifeboat open day",
             "Fish market prices", "Council budget explained", "Beach clean volunteers",
             "Tin mine museum reopens", "Carnival parade highlights", "Weather for the week"]
    player = ["Content preferences", "Done", "Report issue", "Captions Not Available", "Now watching",
              "Up next"] + [f"{clip} {i % 3 + 1}:{10 + i:02d}" for i, clip in enumerate(clips * 2)]
    top = ["  • Home", "  • Local", "  • Weather", "", "Lifeboat crew rescue two kayakers off Penwarra Point", "",
           "By Tamsin Roskilly March 11, 2026 3:46 PM Kestle Radio", ""]
    dump = "\n".join(top + player) + "\n\n" + "\n\n".join(_w3m(p) for p in ARTICLE) + "\n"
    doc = _chained(dump)
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == ("Lifeboat crew rescue two kayakers off Penwarra Point", anchors.BYLINED)
    assert newsclean.clean(dump).title == "Lifeboat crew rescue two kayakers off Penwarra Point"
    # a trending entry's title over its source's name and a section's author line under that
    # (a list of the author's other stories follows): the title is not right over the author
    # line, and no prose follows within reach, so it anchors nothing
    trending = dump.replace("Lifeboat crew rescue two kayakers off Penwarra Point\n\n",
                            " 3. 3.\n    Jeremy Kitto fired from the Harbour Show\n\n    on Kestlenews\n\n")
    assert _chained(trending).meta["anchors"].how != anchors.BYLINED


def test_a_w3m_author_line_of_names_and_a_date_anchors_its_headline_and_its_picture_ends_the_text() -> None:
    # no "By": names, then the date; under the text the author's picture ("[jonah-pasc]",
    # then its alt text, which w3m prints and the layout takes for markup) and a bio, then
    # the newsroom's own prose
    about = ("The Kestle Echo is the nonprofit newsroom of Kestle Community Radio, serving listeners across six "
             "parishes since 1978. Our reporters cover local government, schools and the harbour.")
    lines = ["  • Home", "  • News", "", "Lifeboat crew rescue two kayakers off Penwarra Point", "",
             "Jonah Pascoe and Ada Merrow | March 3, 2026", "", *("\n".join([_w3m(p), ""]) for p in ARTICLE),
             "[jonah-pasc]", "Jonah Pascoe", "Jonah Pascoe covers the harbour and the lifeboat station for the Echo. "
             "Before that he reported for papers in Devon and Dorset for eleven years.", "", "About the Echo", "",
             _w3m(about), "", "━" * 79, ""]
    dump = "\n".join(lines)
    doc = _chained(dump)
    assert doc.meta.get("layout") == "w3m"
    assert doc.meta["anchors"].how == anchors.BYLINED
    result = newsclean.clean(dump)
    assert result.title == "Lifeboat crew rescue two kayakers off Penwarra Point"
    assert result.paragraphs == ARTICLE


def test_a_contributors_line_after_a_picture_placeholder_is_taken_back() -> None:
    from newsclean.rules.patterns import is_trailer

    assert is_trailer("Abigail Pell and Beomsu Jo contributed.")
    assert not is_trailer("The council contributed.")
    body = "\n\n".join(_w3m(p) for p in ARTICLE)
    dump = ("Pilchard run returns to Kestle\n\nBy Demelza Kitto\n\n" + body
            + "\n\n[kitto-pic]\n\nAbigail Pell and Beomsu Jo contributed.\n\n  • About\n  • Contact\n\n" + "━" * 79 + "\n")
    assert _chained(dump).meta.get("layout") == "w3m"
    assert "Abigail Pell and Beomsu Jo contributed." in newsclean.clean(dump).paragraphs


@pytest.mark.parametrize(("line", "named"), [
    ("Priya Raman Contributing Editor March 3, 2026", True),
    ("Dana Whitfield and Luis Ortega | March 3, 2026", True),
    ("Beat Bumbacher, Markus M. Haefliger * 19.10.2019, 21:59", True),
    ("Statistics New Zealand. 15 April 2014. Retrieved 14 April 2018. Excel download", False),
    ("Jeannette Layne-Clark; Minister on Stage; Daily Nation (Barbados); Mar 20, 2005.", False),
    ("Clinical Management Summary for Monday, April 25, 2022", False),
])
def test_an_author_line_of_names_and_a_date_is_no_citation_or_headline(line: str, named: bool) -> None:
    assert anchors.named_dated(segment(line + "\n").units[0]) is named


def test_the_anchors_author_line_of_names_and_a_date_is_the_byline() -> None:
    lines = ["  • Books", "  • Fiction", "", "Books / The Interview", "",
             "Odile Marchetti on lighthouses, loneliness and the novel that took her eleven years", "",
             "The novelist spent five summers alone on a Maine island. Her new book is what came back.", "",
             "Portrait of Odile Marchetti", "Photograph by Holt Ferreira for The Lantern", "", "Priya Raman",
             "Priya Raman Contributing Editor March 3, 2026", "Facebook X Pinterest Email Save", "",
             *("\n".join([_w3m(p), ""]) for p in ARTICLE), "━" * 79, ""]
    result = newsclean.clean("\n".join(lines))
    assert result.authors == ["Priya Raman"]
    assert result.title == "Odile Marchetti on lighthouses, loneliness and the novel that took her eleven years"


# --- a name alone over its date: a blog platform's post header ----------------------------

BLOG_HEAD = ["Open in app", "Sign in", "", "Pellby library saved by a packed parish hall vote", "",
             "Tamsin Vearncombe", "Tamsin Vearncombe", "Follow", "Mar 4, 2026 · 6 min read", ""]


def test_a_name_alone_over_its_date_anchors_the_headline_over_it_and_is_the_byline() -> None:
    # w3m: the author's picture's alt text, the name again, a follow button, the date
    dump = "\n".join([*BLOG_HEAD, *("\n".join([_w3m(p), ""]) for p in ARTICLE), "━" * 79, ""])
    doc = _chained(dump)
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), _text(doc, found.byline)) == (
        "Pellby library saved by a packed parish hall vote", "Tamsin Vearncombe")
    result = newsclean.clean(dump)
    assert result.title == "Pellby library saved by a packed parish hall vote"
    assert result.authors == ["Tamsin Vearncombe"]
    assert result.paragraphs == ARTICLE


def test_a_byline_broken_at_each_name_is_one_author_block_under_the_headline() -> None:
    # "By" / a name / "and" / a name / the date: the lines over the last name are the block's
    head = ["  • Home", "  • News", "", "Pellby library saved by a packed parish hall vote", "", "By",
            "Morwenna Jago", "and", "Tamsin Vearncombe", "", "Published Mar 4, 2026", "", "Share", ""]
    doc = _chained("\n".join([*head, *("\n".join([_w3m(p), ""]) for p in ARTICLE), "━" * 79, ""]))
    assert _text(doc, doc.meta["anchors"].headline) == "Pellby library saved by a packed parish hall vote"


@pytest.mark.parametrize("shape", ["comment", "dated list", "two teasers"])
def test_names_over_dates_in_a_thread_or_a_list_are_no_authors(shape: str) -> None:
    doc = segment("\n".join({
        # a comment's header: its "Reply" under its text
        "comment": ["3 Comments", "", "Derek Polglase", "March 5, 2026", "Great news for the town.", "Reply", ""],
        # a list of titles and dates: a title of capitalised words reads as a name
        "dated list": ["Latest", "", "Harbour Wall Repairs Begin", "March 2, 2026", "Pilchard Run Returns",
                       "March 1, 2026", ""],
        # two teasers' authors within reach of each other
        "two teasers": ["Jory Penrose", "March 2, 2026", "Ferry fares to rise in spring", "", "Ada Merrow",
                        "March 1, 2026", "Harbour wall repairs begin", ""],
    }[shape]))
    markers.apply(doc)
    units = doc.units
    named = [u.text for u in units if anchors.name_over_date(units, u)]
    if shape == "two teasers":
        assert len(named) == 2  # each is one alone; _bylined_line sets both aside as a list's
        lines = [*BLOG_HEAD[:4], "Jory Penrose", "March 2, 2026", "Ferry fares to rise in spring", "",
                 "Ada Merrow", "March 1, 2026", "Harbour wall repairs begin", "",
                 *("\n".join([_w3m(p), ""]) for p in ARTICLE)]
        assert _chained("\n".join(lines)).meta["anchors"].how != anchors.BYLINED
    else:
        assert named == []


def test_a_live_label_on_the_headline_repeating_the_page_title_keeps_it_the_headline() -> None:
    title = "LIVE | Floods in the valley: 1,200 people evacuated"
    doc = _chained("\n".join([f"{title} | Kestle Echo", "Home", "News", "LIVE", title, *ARTICLE]) + "\n")
    found = doc.meta["anchors"]
    assert (_text(doc, found.headline), found.how) == (title, "page title")


def test_a_headline_in_full_under_a_page_title_cut_short_is_the_headline() -> None:
    # the <title> stops where the headline goes on: ", roads closed" is the headline's only
    head = "LIVE | Floods in the valley: 1,200 people evacuated from fourteen villages"
    full = f"{head}, main roads closed and schools shut"
    dump = "\n".join([f"{head} | Kestle Echo", "Home", "News", "Topics: Floods Budget Pensions", full, *ARTICLE]) + "\n"
    doc = _chained(dump)
    assert (_text(doc, doc.meta["anchors"].headline), doc.meta["anchors"].how) == (full, "page title")
    assert newsclean.clean(dump).title == full


def test_an_author_whose_name_a_dump_prints_twice_over_the_date_is_one_author_line() -> None:
    # w3m prints the author's picture as its alt text (the name) over the name: one author's
    # block, not two entries of a thread, each a name over a date. The question over the dek
    # is the headline.
    paragraphs = [
        "Dear Rhiannon, My daughter is 13 and has swum for her club since she was eight. Last month she "
        "told us, out of nowhere, that she wants to stop, and she will not say why.",
        "She used to count the days to a gala. Now she finds reasons to miss training, and her coach "
        "says she seems unhappy at the pool. Do we make her finish the season or let her go?",
        "Dear parent, A child who loved something and suddenly wants out is usually telling you that "
        "something about it has changed, even if she cannot yet say what.",
        "Before deciding anything, find a calm moment away from the pool and ask what has changed, not "
        "whether she wants to quit. Listen more than you talk, and do not rush to fix it.",
    ]
    text = "\n\n".join([
        "The Family Page", "  • Ask Rhiannon\n  • Toddlers\n  • Teenagers\n  • About", "Ask Rhiannon",
        "My daughter wants to quit the swim team she loved. Should I let her?",
        textwrap.fill("A sudden change of heart often hides something else, says Rhiannon Pryce. Ask "
                      "before you decide.", 79),
        "  • Rhiannon Pryce", "Rhiannon Pryce", "12 Feb 2026 • 4 min read",
        *(textwrap.fill(p, 79) for p in paragraphs), "© 2026 The Family Page",
    ]) + "\n"
    article = newsclean.clean(text)
    assert article.title == "My daughter wants to quit the swim team she loved. Should I let her?"
    assert article.authors == ["Rhiannon Pryce"]
    assert article.paragraphs == paragraphs


# A French regional site as w3m prints it: no line set apart as a heading, the byline in two
# boxes ("Par" over the name), a short story, then readers' comments under a counted heading
# and a footer of legal prose longer than the story.
BRIDGE_STORY = [
    "Des travaux de voirie imposent la fermeture du pont de la Madeleine aux voitures, du samedi 6 heures au lundi 5 heures, a annoncé la métropole jeudi.",
    "Les piétons et les cyclistes pourront toujours traverser sur les trottoirs, mais les automobilistes seront déviés par les deux ponts voisins pendant tout le chantier.",
    "Deux lignes de bus seront également déviées. En cas de pluie, les travaux pourraient être reportés au week-end suivant, précise la collectivité.",
]
BRIDGE_COMMENTS = [
    "Odile44 13 mars 2025 à 11 h 41 min", "Encore ! Ils l’ont déjà fermé en novembre, on se demande à quoi servent les travaux.",
    "Répondre 12 J’aime",
    "Pierrick R. 13 mars 2025 à 12 h 02 min", "En novembre c’était les joints, pas la chaussée. Ce n’est pas le même chantier du tout.",
    "Répondre 8 J’aime",
    "Bernard 13 mars 2025 à 12 h 14 min", "Tout le monde n’habite pas à deux kilomètres de son travail, pensez aux gens de la campagne.",
    "Répondre 17 J’aime",
]
BRIDGE_LEGAL = [
    "Le Courrier de l’Estuaire est un service de presse en ligne reconnu par la Commission paritaire des publications et agences de presse sous le numéro 0412 W 90871. Le journal est habilité à publier les annonces judiciaires et légales dans le département.",
    "Les contenus publiés sur ce site, textes, photographies, vidéos et infographies, sont protégés par le Code de la propriété intellectuelle. Toute reproduction, représentation, modification ou diffusion, totale ou partielle, est interdite sans autorisation écrite préalable de l’éditeur.",
    "Conformément au Règlement général sur la protection des données et à la loi Informatique et Libertés, vous disposez d’un droit d’accès, de rectification, d’effacement et de portabilité des données vous concernant, que vous pouvez exercer auprès de notre délégué.",
]


def _bridge_dump() -> str:
    lines = ["Le Courrier de l’Estuaire", "", "  • Accueil", "  • Circulation", "  • Faits divers",
             "  • Sports", "", "Nantes : le pont de la Madeleine fermé aux voitures ce week-end", "",
             "Par", "", "Odile Marchand", "", "13 mars 2025 à 10h15", ""]
    for paragraph in BRIDGE_STORY:
        lines += [*textwrap.wrap(paragraph, 79), ""]
    lines += ["ÉTIQUETTES", "", "3 COMMENTAIRES", ""]
    for line in BRIDGE_COMMENTS:
        lines += [*textwrap.wrap(line, 79), ""]
    lines += ["LAISSER UN COMMENTAIRE", "", "INFOS PRATIQUES", "", "Mentions légales", ""]
    for paragraph in BRIDGE_LEGAL:
        lines += [*textwrap.wrap(paragraph, 79), ""]
    return "\n".join([*lines, "© 2025 Le Courrier de l’Estuaire – Tous droits réservés.", ""])


def test_an_opener_alone_over_a_name_is_the_headlines_byline() -> None:
    # "Par" in one box, the name in the next: the headline over them anchors the article, and
    # the run under it wins over the footer's legal prose, parted from it by a thread whose
    # heading counts its comments (in the page's language)
    dump = _bridge_dump()
    doc = segment(dump)
    markers.apply(doc)
    assert [u.text for u in doc.units if u.labels.get("marker") == "comments"][:1] == ["3 COMMENTAIRES"]
    result = newsclean.clean(dump)
    assert result.title == "Nantes : le pont de la Madeleine fermé aux voitures ce week-end"
    assert result.authors == ["Odile Marchand"]
    assert result.paragraphs == BRIDGE_STORY
