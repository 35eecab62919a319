"""The title and the standfirst: what the page calls its article, and the summary under it.

A page names its article in its metadata (og:title, <title>) and html-text prints the <title>
as a dump's first line; the visible line the rules would take for the headline may instead be
a site's or a section's heading. The standfirst is a field of its own, not the first paragraph.
"""

from __future__ import annotations

import json
import textwrap
from functools import partial

import newsclean
from newsclean.rules import anchors, title
from newsclean.rules.patterns import is_dateish
from newsclean.rules.title import _names, _plausible, split_site
from newsclean.segment import segment

BODY = [
    "The harbour board voted on Tuesday to close the north quay for six months while divers "
    "replace the timber piles that a winter of storms left split and leaning.",
    "Fishing boats will tie up at the south quay, which the board says has room for all of the "
    "eleven boats that land at Kestle each morning, if they share berths.",
    "The work is expected to cost about 1.8 million pounds, most of it from a government fund "
    "for coastal repairs that the board applied to in the autumn.",
]


def _page(title: str, og_title: str | None, h1: str) -> str:
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{og}</head><body>"
            f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
            f"<main><h1>{h1}</h1><article>{paragraphs}</article></main></body></html>")


def test_split_site_finds_the_site_name_on_either_side() -> None:
    assert split_site("North quay to close for repairs | The Kestle Echo") == (
        "North quay to close for repairs", "The Kestle Echo")
    assert split_site("Kestle Echo - North quay to close for six months of repairs") == (
        "North quay to close for six months of repairs", "Kestle Echo")
    assert split_site("North quay to close for repairs") is None


def test_a_section_heading_as_h1_gives_way_to_the_pages_own_title() -> None:
    page = _page("North quay to close for six months | The Kestle Echo", None, "Harbour News")
    article = newsclean.clean(page)
    assert article.title == "North quay to close for six months"
    # the visible heading is not lost: it is listed as removed, with why
    shown = [r for r in article.removed if r.text == "Harbour News"]
    assert shown and shown[0].rule == "title" and "page's own title" in shown[0].reason
    assert article.paragraphs == BODY


def test_og_title_is_preferred_to_the_title_tag() -> None:
    page = _page("Kestle Echo | News | Harbour", "North quay to close for six months", "Latest")
    assert newsclean.clean(page).title == "North quay to close for six months"


def test_structured_data_naming_the_visible_headline_outweighs_og_title() -> None:
    # og:title and <title> are the versions written for search and sharing; JSON-LD's
    # headline repeats the <h1>: two sources agree on what the page shows
    h1 = "Divers to rebuild Kestle's north quay pile by pile after winter storms"
    seo = "North quay closing: what Kestle boat owners need to know"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
          + h1 + '"}</script>')
    page = _page(f"{seo} | The Kestle Echo", seo, h1).replace("</head>", ld + "</head>")
    assert newsclean.clean(page).title == h1
    # without it, the page's own name for its article still wins over a heading it does not name
    assert newsclean.clean(_page(f"{seo} | The Kestle Echo", seo, h1)).title == seo


def test_an_updated_headline_on_the_page_keeps_its_wording() -> None:
    # The page shows a revised version of the headline its <title> still carries.
    page = _page("North quay to close for six months while divers replace its piles | The Kestle Echo",
                 None, "North quay to close for seven months while divers replace its piles")
    title = "North quay to close for seven months while divers replace its piles"
    assert newsclean.clean(page).title == title


def test_a_fragment_of_the_title_is_not_a_version_of_it() -> None:
    assert not _names("Lifeboat crew rescue two walkers cut off by the tide | Echo", "Lifeboat crew")
    assert _names("Lifeboat crew rescue two walkers cut off by the tide | Echo",
                  "Lifeboat crew rescue three walkers cut off by the tide")


def test_a_text_dumps_first_line_names_the_article_when_nothing_repeats_it() -> None:
    dump = "\n".join([
        "North quay to close for six months | The Kestle Echo",
        "Skip to content",
        "Home",
        "News",
        "Harbour and Coast Latest",
        *BODY,
        "Contact us",
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months"
    assert article.paragraphs == BODY
    removed = [r.text for r in article.removed]
    assert "The Kestle Echo" in removed  # the site name cut from the title, not lost


def test_the_standfirst_is_a_field_and_not_the_first_paragraph() -> None:
    dek = "Divers will replace the storm-split timber piles, and the fishing fleet moves to the south quay."
    dump = "\n".join([
        "North quay to close for six months | The Kestle Echo",
        "Home",
        "News",
        "North quay to close for six months",
        dek,
        "By Owen Tregarthen",
        "Share",
        *BODY,
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.standfirst == dek
    assert article.paragraphs == BODY
    assert article.to_dict()["standfirst"] == dek
    assert list(article.to_dict())[-3:] == ["standfirst", "authors", "published_iso"]  # new keys come last
    markdown = article.to_markdown()
    assert markdown.index(f"**{dek}**") < markdown.index("By Owen Tregarthen") < markdown.index(BODY[0])
    assert article.to_text().split("\n\n")[:2] == ["North quay to close for six months", dek]
    assert json.loads(article.to_json())["standfirst"] == dek


def test_a_standfirst_the_run_opens_with_over_the_author_line_is_the_standfirst() -> None:
    # an opinion page: headline, the summary, then "Name | date", then the column
    dek = ("Somewhere along the way, mooring a boat at the north quay became a problem to be "
           "solved. It is the cheapest welcome a harbour can offer.")
    article = _dump("Home", "Opinion", "North quay to close for six months", "", dek, "",
                    "Owen Tregarthen | March 3, 2026")
    assert article.standfirst == dek
    assert article.paragraphs == BODY


def test_site_names_after_any_mark_between_spaces() -> None:
    assert split_site("Harbour council backs new ferry terminal » Local » News » Kestle Echo") == (
        "Harbour council backs new ferry terminal » Local » News", "Kestle Echo")
    assert split_site("This API is so Fetching! ✩ Harbour Hacks") == ("This API is so Fetching!",
                                                                       "Harbour Hacks")
    # the site name is short and the rest longer, whatever the first part's length
    assert split_site("Ferry — Build it your way — The most flexible boat on the bay — Kestle") == (
        "Ferry — Build it your way — The most flexible boat on the bay", "Kestle")
    assert split_site("Tom & Jerry return to the harbour") is None  # '&' joins words
    assert split_site("Ferry plan: the council votes tonight") is None  # a headline's own colon


def test_a_page_title_names_its_headline_before_any_mark_or_a_space_after_cjk() -> None:
    assert _names("Harbour council backs new ferry terminal » Local » Kestle Echo",
                  "Harbour council backs new ferry terminal")
    assert _names("港口委员会支持新渡轮码头 图片1张 国际新闻：港口新闻网", "港口委员会支持新渡轮码头")
    assert not _names("Harbour council backs new ferry terminal » Local", "Harbour council backs")


def test_a_page_title_names_its_headline_before_the_dek_it_goes_on_with() -> None:
    # "Headline. Dek… | by Author | Site", as blog platforms write their <title>
    title = "North quay to close. Why the harbour board chose the winter… | by Owen Tregarthen | Kestle"
    assert _names(title, "North quay to close")
    assert _names("Ferry terminal approved: what it means for the town | Kestle Echo",
                  "Ferry terminal approved")
    assert not _names("Update. North quay to close for six months | Kestle Echo", "Update")
    article = _dump(title, "Open in app", "North quay to close", "Owen Tregarthen", "4 min read")
    assert article.title == "North quay to close"


def _dump(*lines: str) -> newsclean.Article:
    return newsclean.clean("\n".join([*lines, *BODY]) + "\n")


def test_a_lynx_style_dek_heading_under_the_headline_is_not_the_title() -> None:
    article = newsclean.clean("\n".join([
        "Home", "News", "", "## North quay to close for six months", "",
        "## Repairs to the harbour wall will shut the busiest berth in the town until the autumn.",
        "", *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_two_section_headings_in_a_row_are_not_a_headline_and_its_dek() -> None:
    article = newsclean.clean("\n".join([
        "## Local News", "", "## North quay to close for six months", "", *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_in_a_plain_dump_the_headline_is_the_line_its_byline_follows() -> None:
    article = _dump("Home", "News", "Sport", "North quay to close for six months", "By Owen Tregarthen",
                    "12 March 2026", "Visto 314 veces", "Share this article")
    assert article.title == "North quay to close for six months"
    assert article.authors == ["Owen Tregarthen"]


def test_in_a_plain_dump_the_headline_over_its_dek_and_byline_is_the_title() -> None:
    # w3m prints the headline, the summary under it and the byline as plain lines; the
    # summary, nearer the byline, is the longer and reads as prose
    dek = ("Fishing boats will share berths at the south quay while divers replace the timber "
           "piles that the winter storms left split")
    article = _dump("Home", "News", "Harbour", "North quay to close for six months", "", dek, "",
                    "By Owen Tregarthen", "12 March 2026")
    assert article.title == "North quay to close for six months"
    assert article.standfirst == dek
    assert article.authors == ["Owen Tregarthen"]


def test_a_section_name_over_a_headline_is_not_the_title() -> None:
    article = _dump("Home", "News", "Coast and harbours", "North quay to close for six months while "
                    "divers replace the piles", "By Owen Tregarthen", "12 March 2026")
    assert article.title == "North quay to close for six months while divers replace the piles"


def test_in_a_markdown_dump_the_heading_its_byline_follows_beats_a_nearer_section_heading() -> None:
    article = newsclean.clean("\n".join([
        "## North quay to close for six months", "", "By Owen Tregarthen", "",
        "## Harbour news", "", *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_a_two_word_site_heading_over_the_post_title_is_not_the_headline() -> None:
    article = newsclean.clean("\n".join([
        "## Harbour Notes", "", "### North quay to close for six months", "", *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_a_section_heading_then_the_headline_of_the_same_level_keeps_the_headline() -> None:
    # the later heading is no dek (no sentence, few words): it is the headline
    article = newsclean.clean("\n".join([
        "## Good Morning Harbour", "", "## North quay to close for six months", "", *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_a_photo_credit_is_not_the_headline() -> None:
    article = newsclean.clean("\n".join([
        "Home", "News", "North quay to close for six months", "Owen Tregarthen/Harbour Magazine",
        *BODY]) + "\n")
    assert article.title == "North quay to close for six months"


def test_a_menu_line_nearer_the_text_than_the_headline_is_not_the_headline() -> None:
    # a w3m-style dump: no page title, no marked headings, no byline under the headline
    dump = "\n\n".join(["Kestle Echo", "North quay to close for six months while piles are replaced",
                        "Log out or Sign in to comment", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months while piles are replaced"
    assert article.body.startswith("The harbour board voted")


def test_a_headline_of_few_content_words_needs_none_in_common_with_the_text() -> None:
    dump = "\n\n".join(["Kestle Echo", "And now the wait is on", *BODY]) + "\n"
    assert newsclean.clean(dump).title == "And now the wait is on"


def test_a_name_over_the_date_line_is_the_author_not_the_headline() -> None:
    dump = "\n\n".join(["Kestle Echo", "North quay to close for six months",
                        "Owen Tregarthen Owen Tregarthen", "March 12, 2026", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months"
    assert article.authors == ["Owen Tregarthen"]


def test_a_markdown_headline_far_above_the_text_is_found_by_what_it_is_about() -> None:
    menu = [f"* [{word}](/{word.lower()})" for word in (
        "Home", "News", "Sport", "Weather", "Travel", "Business", "Culture", "Food", "Opinion", "Video",
        "Audio", "Podcasts", "Puzzles", "Events", "Jobs", "Homes", "Motors", "Dating", "Shop", "Offers",
        "Archive", "Contact", "Advertise", "Subscribe", "Newsletters", "Help", "Terms", "Privacy")]
    dump = "\n\n".join(["## Harbour closes north quay for repairs", "\n".join(menu),
                        "Filed to: weather", *BODY]) + "\n"
    assert newsclean.clean(dump).title == "Harbour closes north quay for repairs"


def test_a_name_with_its_age_or_a_drawn_table_row_is_no_headline() -> None:
    # In a w3m dump nothing marks the headline: the author line ("name • 8h", too few words
    # to tell what it is about) and a table's row drawn in box characters are no candidates.
    units = segment("James Akinaka • 8h\n\n│ Tide times │ High 06:12 │ Low 12:40 │\n\n"
                    "Star Wars cuts might get a release for the anniversary\n").units
    assert [title._title_like(u) for u in units] == [False, False, True]
    assert title._title_like(segment("Peanut Butter Truffle Bites\n").units[0])  # no date: may be a headline


def test_a_short_headline_of_capitalised_words_is_still_a_headline() -> None:
    # Three capitalised words read as a name; without a date or an age with them they may be
    # the headline ("Peanut Butter Truffles").
    article = newsclean.clean("\n".join(["Harbour Fish Stew", "", *BODY]) + "\n")
    assert article.title == "Harbour Fish Stew"


def test_a_blogs_name_over_a_posts_date_and_title_gives_way_to_the_post_title() -> None:
    # a blog platform's page: the blog's name (h1) and motto, then the post's date and title
    dump = "\n\n".join(["# Kestle Harbour Notes", "Tides, boats and the people who work them",
                        "## Sunday, May 8, 2016", "### North quay to close for six months",
                        *BODY, "Posted by Owen Tregarthen at 12:55 AM"]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months"
    assert article.authors == ["Owen Tregarthen"]


def test_a_headline_with_its_author_time_and_dek_keeps_its_headline() -> None:
    # an article's header: headline, author, time, then its dek set as a heading
    for author in ("By Owen Tregarthen", "Owen Tregarthen"):
        dump = "\n\n".join(["# North quay to close for six months", author, "1:39 PM ET",
                            "## The harbour board says the timber piles under the quay are split "
                            "and must be replaced before the winter storms.", *BODY]) + "\n"
        assert newsclean.clean(dump).title == "North quay to close for six months"


def test_the_headline_under_a_table_of_contents_is_no_entry_of_it() -> None:
    # a wiki's page: its contents box ("See also", "References" read as related links), then
    # the page's own headline as the first level-1 heading
    dump = "\n\n".join(["Jump to content", "## Contents", "hide",
                        "* (Top)\n* History\n* See also\n* References",
                        "# North quay to close for six months", "* Article\n* Talk",
                        "From Kestle Wiki, the harbour encyclopedia", *BODY]) + "\n"
    assert newsclean.clean(dump).title == "North quay to close for six months"


def test_a_time_stamp_in_another_language_is_no_headline() -> None:
    # a year and a clock time on one line: a date line whatever language names its month
    stamp = "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"
    assert not _plausible(segment(stamp + "\n").units[0])
    for headline in ("Harbour wall repairs to begin in 2026", "Ferry leaves at 9:30 from the north quay"):
        assert _plausible(segment(headline + "\n").units[0])


def test_a_news_feeds_entry_opening_with_its_time_is_no_headline() -> None:
    assert not _plausible(segment("09:33 Storm closes the harbour bridge for the night\n").units[0])
    assert _plausible(segment("Storm closes the harbour bridge at 9:33 for the night\n").units[0])


def test_a_line_repeating_the_page_title_is_the_headline_though_it_reads_as_a_date() -> None:
    # a weekday and a version number read as a date line; repeating the dump's first line,
    # the page's <title>, the line is the headline
    dump = "\n".join(["Friday 13 - 1.45 is out | Kestle Tides", "* Home", "* Blog", "* Forums",
                      "* Wiki", "", "Friday 13 - 1.45 is out", "",
                      "Posted by Owen Tregarthen on 2026-03-02", "", *BODY]) + "\n"
    assert is_dateish("Friday 13 - 1.45 is out") and segment(dump).markdown
    article = newsclean.clean(dump)
    assert article.title == "Friday 13 - 1.45 is out"
    # the headline line is the title, not a date line removed (the first line gives the
    # same words either way)
    assert not any(r.text == "Friday 13 - 1.45 is out" for r in article.removed)


def test_a_headline_over_its_byline_beats_a_video_title_over_a_countdown() -> None:
    # a video player between the byline and the text: its title over "plays in 00:25" is
    # dated too, but only the headline has an author line under it
    article = _dump("Home", "News", "North quay to close for six months",
                    "by Owen Tregarthen @otregarthen March 12, 2026: 9:41 AM ET", "Replay",
                    "Divers inspect the old timber piles", "Your video will play in 00:25")
    assert article.title == "North quay to close for six months"
    assert article.authors == ["Owen Tregarthen"]


def test_in_a_lynx_dump_the_headline_under_a_table_of_contents_is_no_entry_of_it() -> None:
    # lynx prints <h1> as it prints <h2>, at column 0: the wiki's headline is a heading of
    # the top level, which ends the contents list over it as a level-1 heading does
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    dump = "\n".join([
        "   [1]Jump to content", "", "Contents", "", "   hide",
        "     * [2](Top)", "     * [3]History", "     * [4]See also", "     * [5]References", "",
        "North quay to close for six months", "", "     * [6]Article", "     * [7]Talk", "",
        "   From Kestle Wiki, the harbour encyclopedia", "", body, "",
        "References", "", "   Visible links:", "   1. https://wiki.example/#content",
    ]) + "\n"
    assert newsclean.clean(dump).title == "North quay to close for six months"


def test_in_a_lynx_dump_a_list_of_teasers_headlines_goes_on_with_its_headings() -> None:
    # "Trending Now" over other stories' headlines, which lynx sets apart as headings of the
    # headline's level: the list holds them all (a list of entries ends at such a heading)
    from newsclean.rules.markers import markers

    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    teasers = ["Ferry fares to rise in the spring", "Lifeboat crew rescue two off the point"]
    dump = "\n".join([
        "   [1]Skip to main content", "", "   Trending Now", "",
        *(line for t in teasers for line in (t, "")),
        "North quay to close for six months", "", body, "",
        "References", "", "   Visible links:", "   1. https://news.example/#content",
    ]) + "\n"
    doc = segment(dump)
    markers.apply(doc)
    listed = [u.text for u in doc.units if u.labels.get("listed") == "related"]
    assert listed[: len(teasers)] == teasers


def test_a_dek_set_as_a_heading_between_the_headline_and_its_byline_is_not_the_headline() -> None:
    # html2text and lynx set the dek as a heading of its own; a sentence, it does not cut the
    # headline off from its author line
    for marks in ("## ", "### "):
        dump = "\n\n".join(["Home", "News", "## North quay to close for six months",
                            f"{marks}The harbour board says the piles are split. Repairs start in May.",
                            "By Owen Tregarthen", *BODY]) + "\n"
        article = newsclean.clean(dump)
        assert article.title == "North quay to close for six months"
        assert article.authors == ["Owen Tregarthen"]


def test_a_heading_over_a_posts_line_naming_its_authors_by_handle_is_the_headline() -> None:
    # a game studio's blog: the post's title, then "Posted by" and the authors' handles and
    # the date, then the first section's heading; a version number is no clock time
    dump = "\n\n".join(["* Home", "* Blog", "* Forums", "## Tide Notes #41 - 2.15 in sight",
                        "Posted by kestlecrew, OwenT, Jory on 2026-03-02, all posts",
                        "## The release plan (kestlecrew)", *BODY]) + "\n"
    assert newsclean.clean(dump).title == "Tide Notes #41 - 2.15 in sight"


def test_a_one_word_headline_right_over_its_author_line_is_the_headline() -> None:
    # an encyclopedia's page: "# Kestle" and its credit line under it
    dump = "\n\n".join(["  * Article\n  * Talk\n  * Read", "# Kestle",
                        "From Harbourpedia, the free encyclopedia", "Jump to: navigation, search",
                        "Kestle | Fishing town", "Founded | 1204", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "Kestle"
    # a one-word section name with a teaser's headline between it and the teaser's author
    # line is no headline
    section = "\n\n".join(["# Sport", "## Gig rowers win again", "By Demelza Kitto", *BODY]) + "\n"
    assert newsclean.clean(section).title == "Gig rowers win again"


def test_a_heading_holding_the_chosen_one_as_a_part_of_its_title_is_the_headline_in_full() -> None:
    # lynx: a notice, the headline in full at column 0 over a share bar, then the page
    # prints its two parts again as headings over the text; the nearer part alone is not
    # the title
    fill = partial(textwrap.fill, width=77, initial_indent="   ", subsequent_indent="   ")
    body = "\n\n".join(map(fill, BODY))
    notice = fill("The editors chose to keep this report off the front page, which means only "
                  "readers with a link can find it. Do you still want to pass it on to others?")
    parts = ["The Kestle Harbour Project: Mending the North Quay", "", "     * Share on Mastodon",
             "     * Share by email", "", "Kestle Harbour Project:", "", "Mending the North Quay", ""]
    dump = "\n".join(["   [1]Sign in", "", notice, "", *parts, body, ""]) + "\n"
    assert newsclean.clean(dump).title == "The Kestle Harbour Project: Mending the North Quay"
    # a kicker glued on without a mark is another line, not the headline in full
    glued = dump.replace("The Kestle Harbour Project: Mending", "Kestle Mending")
    assert newsclean.clean(glued).title == "Mending the North Quay"


def test_a_pictures_alt_text_in_brackets_is_no_headline() -> None:
    # pandoc's plain text (and w3m) print a picture as its alt text in brackets, on a line of
    # its own: between the headline and the text, it is nearer the text, and about it too
    article = _dump("Home", "News", "North quay to close for six months", "",
                    "[Fishing boats tied up at the north quay at dawn]", "")
    assert article.title == "North quay to close for six months"
    assert not title._plausible(segment("[Divers inspect the old timber piles]\n").units[0])


def test_a_headline_may_end_with_initials_not_a_sentences_full_stop() -> None:
    article = _dump("Home", "News", "Gig rowers cross from Kestle to St Ennor, U.K.")
    assert article.title == "Gig rowers cross from Kestle to St Ennor, U.K."
    assert not title._title_like(segment("The rowers crossed to the island before the tide.\n").units[0])


def test_a_menu_whose_entry_reads_as_a_lists_heading_does_not_take_the_headline_under_it() -> None:
    # "* Latest" is a menu's entry, not a box of teasers: the headline in the block under
    # the menu is the article's (a converter that prints a page's menus as lists)
    from newsclean.rules.markers import markers

    menu = ["  * Home", "  * Latest", "  * Harbour", "  * Sport", ""]
    header = ["North quay to close for six months", "", "Owen Tregarthen March 4, 2026", ""]
    dump = "\n".join(menu + header) + "\n" + "\n\n".join(BODY) + "\n"
    doc = segment(dump)
    markers.apply(doc)
    assert [u.text for u in doc.units if u.labels.get("listed")][:1] == ["Harbour"]
    assert not any(u.labels.get("listed") for u in doc.units if u.text == header[0])
    assert newsclean.clean(dump).title == header[0]
    # a box of teasers under its heading still goes on with their headlines, a section's
    # kicker set as an item over each
    box = ["Most Popular", "", "  * Gear", "", "Ferry fares to rise in the spring", "", "Jory Penrose", ""]
    doc = segment("\n".join(["  * Home", "  * Harbour", "  * Sport", "", *header, *box]) + "\n"
                  + "\n\n".join(BODY) + "\n")
    markers.apply(doc)
    assert any(u.labels.get("listed") for u in doc.units if u.text == "Ferry fares to rise in the spring")


def test_a_long_headline_the_text_opens_with_is_still_its_headline() -> None:
    # a tabloid's headline of 140 characters, read as prose with the text under it: the run
    # opens with it, and no shorter line above is about the article
    headline = ("North quay to close for six months as divers find the timber piles split and leaning "
                "after the worst winter of storms in forty years")
    assert 120 < len(headline) <= anchors.HEADLINE_LENGTH
    article = _dump("Home", "News", "Sport", headline)
    assert article.title == headline


def test_a_row_of_buttons_on_one_line_is_no_headline() -> None:
    # a menu's or a share bar's entries printed on one line, each one a known phrase, with a
    # date line under them: no headline, however headline-shaped the line
    assert title._buttons("Log out Sign in") and title._buttons("Twitter / Facebook / RSS")
    assert not title._buttons("North quay to close for six months")
    article = _dump("Home", "News", "North quay to close for six months", "Log out Sign in", "12 March 2026")
    assert article.title == "North quay to close for six months"


def test_a_pages_dek_under_its_headline_over_the_author_line_is_the_standfirst() -> None:
    # The page's <h2> under its <h1> is a sentence, with the author line under it: the
    # summary, not the article's first paragraph (no class name says so). A headline that
    # ends with a quotation mark reads as a sentence too, so the run opens at the headline.
    headline = "Harbour board votes to shut the north quay for ‘six months’"
    dek = ("Divers will replace the storm-split timber piles, and the fishing fleet moves to "
           "the south quay until the work is done.")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (f"<html><head><title>{headline} | The Kestle Echo</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<div class='x1'><h1>{headline}</h1><h2 class='x2'>{dek}</h2></div>"
            f"<div class='x3'><span>By <a href='/a/ot'>Owen Tregarthen</a></span></div>"
            f"<div class='x5'><time>3 Mar 2026 - 20:51</time></div>"
            f"<div class='x6'><a href='/s/fb'>Facebook</a> <a href='/s/x'>X</a></div>"
            f"<div class='x4'>{paragraphs}</div></article></main></body></html>")
    article = newsclean.clean(page)
    assert article.title == headline
    assert article.standfirst == dek
    assert article.paragraphs == BODY


def test_a_photos_alt_text_over_its_caption_is_not_the_headline() -> None:
    # w3m prints an image's alt text on a line of its own over the caption: it reads as a
    # headline about the article, nearer the text than the real one
    dump = "\n\n".join(["Kestle Echo", "North quay to close for six months while piles are replaced",
                        "Share on Facebook Email Copy link",
                        "Divers in the water beside the north quay piles",
                        "Divers inspect the piles at the north quay on Monday. Photo: Sam Okafor",
                        *BODY]) + "\n"
    assert newsclean.clean(dump).title == "North quay to close for six months while piles are replaced"


def test_a_headline_right_over_the_caption_is_still_the_headline() -> None:
    # a dump that prints no alt text puts the headline right over the photo's caption
    dump = "\n\n".join(["Kestle Echo", "North quay to close for six months while piles are replaced",
                        "Divers inspect the piles at the north quay on Monday. Photo: Sam Okafor",
                        *BODY]) + "\n"
    assert newsclean.clean(dump).title == "North quay to close for six months while piles are replaced"


def test_a_name_and_dates_run_together_are_no_headline() -> None:
    # a page's published and updated stamps, one hidden by its style sheet, glued by the dump
    assert not _plausible(segment("Owen Tregarthen's photo Owen Tregarthen March 3, 2025March 3, "
                                  "2025 5 min read 24 Comments\n").units[0])


def test_a_share_bar_between_the_headline_and_the_author_line_is_not_the_headline() -> None:
    # w3m prints the headline, the share bar and the author line as plain lines; the bar is
    # headline-shaped too, but about nothing the text under the author line says
    dump = "\n\n".join(["Kestle Echo", "Home News Harbour Sport",
                        "North quay to close for six months while piles are replaced",
                        "Listen6 min Gift Article Share 1,204 Save",
                        "By Owen Tregarthen", "March 12, 2026", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months while piles are replaced"


def test_a_wrapped_dumps_first_line_is_no_page_title() -> None:
    # html-text prints the page's <title> first and never wraps; a dump wrapped at a column
    # is a browser's or a converter's, whose first line is the page's first text (a masthead)
    wrapped = [textwrap.fill(p, 79) for p in BODY]
    dump = "\n\n".join(["Kestle Echo news from the north coast since 1896",
                        textwrap.fill("Read the morning edition, the harbour tide tables and the "
                                      "weekend guide in the app, free for every reader of the Echo "
                                      "this month.", 79),
                        "North quay to close for six months while piles are replaced",
                        "By Owen Tregarthen", *wrapped]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months while piles are replaced"


def _w3m_dump(top: list[str]) -> str:
    """A w3m dump: menus and the lines over the text as given, then the text filled to 79
    columns; no heading is set apart and no author line is printed."""
    body = "\n\n".join(textwrap.fill(p, 79) for p in BODY)
    lines = ["  • Home", "  • News", "  • Sport", "", *top, "", "  • Share", "  • Copy link", ""]
    return "\n".join(lines) + "\n" + body + "\n"


def test_in_a_dump_without_headings_the_line_over_a_dek_is_the_headline() -> None:
    # headline and dek are both plain lines about the article: the dek, nearer the text, is
    # the standfirst under the headline, not the headline
    headline = "Harbour board votes to close the north quay"
    dek = "Divers will replace the storm-split timber piles, and the fishing fleet moves to the south quay"
    article = newsclean.clean(_w3m_dump([headline, "", dek]))
    assert (article.title, article.standfirst) == (headline, dek)
    # a line that runs on into the next with a colon is the headline's first half, not a headline
    second = "Harbour board votes on timber piles and fleet"
    split = newsclean.clean(_w3m_dump(["The north quay:", "", second]))
    assert split.title != "The north quay:"
    # a line over a headline that is no dek (a few words, no sentence) is a kicker, not the headline
    kicker = newsclean.clean(_w3m_dump(["Kestle harbour news", "", headline]))
    assert kicker.title == headline


def test_a_menus_last_line_over_a_date_gives_way_to_the_title_under_the_date() -> None:
    # a blog's dump: its menu's last line, the date, then the post's title over the text;
    # the line over the date is about nothing the text says
    top = ["Tide tables and ferry times for Kestle and the islands", "", "08.04.2026 12:46", "",
           "Harbour board votes to close the north quay"]
    assert newsclean.clean(_w3m_dump(top)).title == "Harbour board votes to close the north quay"
    # the title over the date line still wins where it is about the text
    dated = ["Harbour board votes to close the north quay", "", "08.04.2026 12:46"]
    assert newsclean.clean(_w3m_dump(dated)).title == "Harbour board votes to close the north quay"


def test_a_breadcrumb_trail_is_no_headline_but_guillemets_are_quotes() -> None:
    trail = segment("Kestle Echo > News > 2026 > Week 15 > Harbour board votes to close the quay\n").units[0]
    assert not _plausible(trail)
    quoted = segment("Port de Kestle : « Nous fermons le quai nord » et « le reste suivra »\n").units[0]
    assert _plausible(quoted)


def test_a_w3m_list_items_further_paragraphs_are_the_items_not_a_headline() -> None:
    # w3m sets a teaser's headline and author under its label at the item's text column: a
    # related box between the lead and the rest of the text; the article's headline and its
    # agency line are at column 0 over the lead
    body = [textwrap.fill(p, 79) for p in BODY]
    dump = "\n".join([
        "  • Home", "  • News", "", "Harbour board votes to close the north quay", "",
        "AFP 30 April 2026 07:19 (updated 07:38)", "", "  • Share", "  • Print", "",
        "The board met on Tuesday evening.", "", "On the same subject", "",
        "  • Report", "", "    Divers begin work on the storm-split north quay piles", "",
        "    By Jory Penrose", "  • Interview", "",
        "    Harbour master says the fleet will fit the south quay", "",
        "    By Tamsin Roskilly", "", *"\n\n".join(body).split("\n"), ""])
    doc = segment(dump)
    assert doc.meta["layout"] == "w3m"
    teaser = next(u for u in doc.units if u.text.startswith("Harbour master says"))
    assert teaser.kind == "text" and "in_item" in teaser.labels
    headline = next(u for u in doc.units if u.text.startswith("Harbour board votes"))
    assert "in_item" not in headline.labels
    assert newsclean.clean(dump).title == "Harbour board votes to close the north quay"


def test_a_dek_chosen_over_a_caption_is_weighed_by_its_share_not_looked_up() -> None:
    # the headline path may fall back to a line over a photo's caption, which is not among
    # the uncaptioned lines _under_headline is handed: its share is asked, not looked up
    units = segment("Harbour board votes to close the north quay\n\n" + "Divers will replace the "
                    "storm-split timber piles, and the fishing fleet moves to the south quay.\n").units
    over, chosen = units
    picked = title._under_headline(units, chosen, {over: 2}, lambda unit: 2, frozenset({"the", "and", "to"}))
    assert picked is over


def test_a_dek_over_a_name_its_town_and_its_date_is_the_standfirst() -> None:
    # the author line set in three boxes: the name, the reporter's town, the date
    dek = ("The repair will keep the quay shut to the fleet for six months and is due to finish before "
           "the summer season of 2026")
    text = "\n\n".join(["North quay to close for six months | The Kestle Echo", "News", "Harbour",
                        "North quay to close for six months", f"{dek}\nLowenna Pascoe\nKestle\n"
                        "18/02/2025 - 14:32 Updated: 18/02/2025 - 19:05", *BODY]) + "\n"
    article = newsclean.clean(text)
    assert article.standfirst == dek
    assert article.paragraphs == BODY
    from newsclean.rules.title import _name_over_place_and_date
    from newsclean.segment import segment

    units = segment("Lowenna Pascoe\nKestle\n18/02/2025 - 14:32\n").units
    assert _name_over_place_and_date(units, units[0])
    units = segment("Lowenna Pascoe\nThe harbour board voted to close the quay.\n18/02/2025\n").units
    assert not _name_over_place_and_date(units, units[0])  # (a paragraph under the name: no town)


def test_a_dek_over_a_line_with_the_date_is_the_standfirst_whatever_names_it_holds() -> None:
    # the names run together with the reporter's town ("Marta Ribelles Vicent Soler Gandia"):
    # no author line the patterns read, but the line holds the date, and the text opens under it
    dek = ("The weather office keeps its red warning for the south coast until tonight and asks "
           "people to avoid every journey that is not essential")
    text = "\n\n".join(["North quay to close for six months | The Kestle Echo", "News",
                        "North quay to close for six months", dek,
                        "Lowenna Pascoe Jory Hosking Kestle Updated: 18/09/2025 - 14:35h", *BODY]) + "\n"
    article = newsclean.clean(text)
    assert article.standfirst == dek
    assert dek not in article.paragraphs and all(p in article.paragraphs for p in BODY)


JAPANESE_DUMP = """\
東湾新聞
ログイン
お申し込み

港の防波堤工事　完成は来年夏に延期
編集委員　佐藤健一

    港湾
    防災

    2026/3/3 5:50

文字サイズ

    小javascript:void(0)javascript:void(0)
    中javascript:void(0)javascript:void(0)

　港湾局は３日、北側の防波堤の改修工事が来年夏までずれ込むと発表した。冬の嵐で基礎部分が損傷し、潜水士による杭の交換に予定より多くの時間がかかっているという。

　漁業者は南側の岸壁に船を移すよう求められており、港湾局は毎朝水揚げする11隻すべてが停泊できる広さがあると説明している。

　工事費は約１億８千万円で、大半は沿岸の修繕に充てる国の基金から支出される見通しだ。
"""


def test_a_japanese_writers_staff_title_marks_the_author_line_under_the_headline() -> None:
    """A Japanese paper prints the writer under the headline with a staff title first
    ("編集委員", senior staff writer); a text-size switch's script links ("javascript:void(0)")
    printed as text are markup, never the headline."""
    article = newsclean.clean(JAPANESE_DUMP)
    assert article.title == "港の防波堤工事\u3000完成は来年夏に延期"
    assert article.authors == ["佐藤健一"]
    assert "javascript" not in article.body
    assert article.body.lstrip("\u3000").startswith("港湾局は３日")


def test_a_trending_topics_bar_of_hashtags_is_no_headline() -> None:
    dump = ("新境新聞\n\n熱門話題#梅雨鋒面#國中會考#珊瑚白化#電價調整\n\n"
            "港口防波堤工程延至明年夏天完工\n\n"
            + "港務局週四表示，北側防波堤的修繕工程將延至明年夏天完工，"
              "比原定時間晚了一年，潛水員正在更換受損的木樁。\n\n" * 3)
    assert "#" not in (newsclean.clean(dump).title or "")
    assert title._NOT_A_HEADLINE.search("熱門話題#梅雨鋒面#國中會考")
    assert title._NOT_A_HEADLINE.search("Trending: #Budget #Floods")
    assert not title._NOT_A_HEADLINE.search("#MeToo founder opens a shelter in her home town")


def test_a_breadcrumb_of_closing_guillemets_is_no_headline() -> None:
    """"Home » Travel » Vietnam": two closing guillemets and no opening one are a trail; a
    headline quoting a title keeps its pair ("«Ikonen» eröffnet » ..." is none of these)."""
    assert title._NOT_A_HEADLINE.search("صفحه اصلی » علمی و فناوری » پژوهش")
    assert title._NOT_A_HEADLINE.search("You are here: Home » Travel » Vietnam")
    assert not title._NOT_A_HEADLINE.search("Kunsthalle zeigt «Ikonen» ab Samstag")
    assert not title._NOT_A_HEADLINE.search("Der Bürgermeister sagt: Wir bauen » weiter")
