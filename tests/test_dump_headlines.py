"""Headline and author lines in dumps that set nothing apart as a heading (w3m, html-text):
a form control's label, an image's file name and a notice over the headline are no
headline; a teaser list's names over their dates are no author, the author's name over its
date right over the text is."""

from __future__ import annotations

import textwrap

import pytest

import newsclean

W3M_MENU = """\
Skip to content
[ ] Main menu
[logo] The Riverside Almanac
[                    ]
Search
  • Create account
  • Log in

[ ] Personal tools

Contents

  • (Top)
  • History
  • Geography
"""

ENCYCLOPEDIA_TEXT = [
    "Harrow Fen is a wetland of reed beds, peat cuttings and open water on the lower course",
    "of the river Lune, about twelve kilometres east of the market town of Selby Cross. It",
    "spreads over 1,400 hectares and has been a protected reserve since 1962, when the last",
    "commercial peat workings closed and the drainage board agreed to let the water return.",
    "",
    "The fen is known for its breeding bitterns, its dragonflies and the wooden causeway",
    "that crosses it from the old pumping station to the village of Marsh Aldby. Most of the",
    "reserve is reached only by boat, and the reed cutting that keeps it open is still done",
    "by hand each winter by volunteers from the surrounding parishes.",
    "",
    "History",
    "",
    "Peat was cut at Harrow Fen from the thirteenth century, first for the priory at Selby",
    "Cross and later for the brickworks along the river. By 1900 the cuttings had lowered",
    "the surface of the fen by almost two metres, and the wind pumps that drained it were",
    "replaced by a steam engine whose chimney still stands beside the causeway.",
]


def _w3m_page(*head: str) -> str:
    return W3M_MENU + "\n" + "\n".join([*head, "From Riverpedia, the free encyclopedia",
                                        *ENCYCLOPEDIA_TEXT]) + "\n"


def test_a_check_boxs_label_over_the_author_line_is_no_headline() -> None:
    # w3m prints a collapsible menu's toggle as a check box and its label ("[ ] Tools")
    page = _w3m_page("Harrow Fen nature reserve", "", "[ ] 4 languages", "", "  • Article",
                     "  • Talk", "", "  • Read", "  • Edit", "  • View history", "", "[ ] Tools")
    article = newsclean.clean(page)
    assert article.title == "Harrow Fen nature reserve"
    assert "Tools" not in article.paragraphs


def test_the_name_right_over_the_author_line_beats_a_notice_the_text_is_not_about() -> None:
    # an encyclopedia's headline of two words under a page notice of three
    page = _w3m_page("This is a featured article. Follow the link for more information.",
                     "Page semi-protected", "", "Harrow Fen", "")
    assert newsclean.clean(page).title == "Harrow Fen"


def test_a_notice_the_text_is_about_is_not_passed_over() -> None:
    # the longer line further up is the headline when the text says what it is about too
    page = _w3m_page("Harrow Fen reserve reopens its causeway", "", "Nature Notes", "")
    assert newsclean.clean(page).title == "Harrow Fen reserve reopens its causeway"


def test_a_headings_permalink_sign_is_not_part_of_the_title() -> None:
    page = _w3m_page("Harrow Fen nature reserve¶", "")
    assert newsclean.clean(page).title == "Harrow Fen nature reserve"


STORY = [
    "Rowers on the Lune will race past the old mill again this summer after the county agreed "
    "on Tuesday to reopen the towpath that has been closed since the floods of last winter.",
    "The path, which runs for six miles between Selby Cross and Marsh Aldby, was undermined in "
    "three places when the river rose, and engineers had warned that it could take two years "
    "to make safe.",
    "“We did not think we would see a regatta here this year,” said Colin Ashby, who has coached "
    "the town's junior crews for twenty years. “Now we are planning two.”",
    "The county's highways committee approved the repairs at a cost of £1.2 million, most of it "
    "from a flood recovery fund, and work will begin next month.",
]


def test_a_teaser_lists_names_over_dates_are_no_author_the_name_over_the_text_is() -> None:
    dump = "\n".join([
        "Towpath to reopen in time for the summer regatta | Lune Valley News",
        "Home News Sport What's On Subscribe",
        "Towpath to reopen in time for the summer regatta",
        "You may also like",
        "Valley Life",
        "Village hall raises its roof with a ceilidh for the new boiler fund",
        "Hannah Whitlock",
        "Today 9:40AM",
        "Valley Life",
        "Allotment holders win their fight over the water charges",
        "Peter Marsh",
        "Yesterday 4:15PM",
        "Sport",
        "Selby Cross Rovers sign a goalkeeper from the reserves",
        "Daniel Okoro",
        "Yesterday 11:02AM",
        "Subscribe to our newsletter",
        "The valley's news in your inbox every morning.",
        "Subscribe",
        "Megan Holloway",
        "6/3/24 8:00AM",
        "Filed to: rowing",
        "",
        *("\n" + p for p in STORY),
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.byline == "Megan Holloway"
    assert article.to_dict()["authors"] == ["Megan Holloway"]
    assert article.paragraphs[0].startswith("Rowers on the Lune")


def test_an_images_file_name_over_the_author_line_is_no_headline() -> None:
    # w3m prints an author's picture by its alt text, words joined by hyphens
    page = _w3m_page("Harrow Fen reserve reopens its causeway", "", "  • Share", "  • Post",
                     "  • Email", "  • Print", "", "Anna-Lindqvist-headshot", "")
    assert newsclean.clean(page).title == "Harrow Fen reserve reopens its causeway"


REGATTA = [
    "   Rowers on the Lune will race past the old mill again this summer after the",
    "   county agreed on Tuesday to reopen the towpath that has been closed since",
    "   the floods of last winter, ending months of uncertainty for the clubs.",
    "",
    "   The path, which runs for six miles between Selby Cross and Marsh Aldby, was",
    "   undermined in three places when the river rose, and engineers had warned",
    "   that the repairs could take two years to finish and cost far more.",
    "",
    "   The county's highways committee approved the repairs at a cost of £1.2",
    "   million, most of it from a flood recovery fund, and work will begin next",
    "   month with the stretch beside the old mill.",
]


def _lynx(*head: str) -> str:
    refs = "\n".join(f"   {n}. https://lunevalley.example/{n}" for n in range(1, 6))
    return "\n".join(["   [1]Lune Valley News", "     * [2]News", "     * [3]Sport", "     * [4]What's On",
                      "", *head, "", "   By [5]Megan Holloway  March 3, 2026 at 4:15 p.m.", "",
                      *REGATTA, "", "References", "", refs]) + "\n"


def test_a_headline_over_its_dek_at_the_same_level_is_the_headline() -> None:
    # lynx sets <h1> and <h2> alike at column 0: the dek, a sentence's words under the
    # headline, is as long as the headline and right over the author line
    dump = _lynx("Towpath reopens in time for the summer regatta on the Lune", "",
                 "Rowers will race past the old mill again after the county found the money")
    article = newsclean.clean(dump)
    assert article.title == "Towpath reopens in time for the summer regatta on the Lune"


def test_a_headline_in_title_case_under_a_menu_line_stays_the_headline() -> None:
    dump = _lynx("Places Near Me and Random Places", "",
                 "The Towpath That Made the Lune Valley a Rowing Town Again")
    assert newsclean.clean(dump).title == "The Towpath That Made the Lune Valley a Rowing Town Again"


POST = [
    "For three winters the shed at the bottom of the garden has been too cold to work in after "
    "November, so this year I finally insulated it, and I kept notes on what it cost.",
    "The walls took twelve sheets of foil-backed board, cut to fit between the studs and taped "
    "at every seam, which was fiddly but needed no tools beyond a long knife and a straight edge.",
    "The roof was harder. I had to take the felt off, add battens and board, then felt it again, "
    "which took two full weekends and most of my patience.",
    "The result is a shed that stays eight degrees warmer than the garden on a frosty morning, "
    "for a little under three hundred pounds, and I can work out there all year now.",
]


def _blog(after: list[str]) -> str:
    return "\n\n".join(["How I insulated my garden shed for under £300 – Sawdust Diaries", "Sawdust Diaries",
                        "Home About Archive", "How I insulated my garden shed for under £300", *POST,
                        *after]) + "\n"


def test_a_posts_signature_after_its_share_bar_and_related_links_is_the_byline() -> None:
    # a blog theme's "Published by" box comes after the share buttons and related posts
    dump = _blog(["Share this:", "Mastodon", "Facebook", "Email", "Related",
                  'Building a workbench from pallets In "Workshop"',
                  'Sharpening chisels without a jig In "Tools"',
                  "Published by Ruth Calloway",
                  "Weekend woodworker, retired teacher. View all posts by Ruth Calloway",
                  "3 thoughts on “How I insulated my garden shed for under £300”",
                  "Derek Hale says:", "Great write-up, I did the same last year."])
    article = newsclean.clean(dump)
    assert article.to_dict()["authors"] == ["Ruth Calloway"]


def test_a_teaser_lists_author_lines_after_the_post_are_no_signature() -> None:
    teasers = []
    for title, author in (("Council approves the new cycle lane on Mill Road", "Tom Price"),
                          ("Allotment holders win their fight over water charges", "Ana Ruiz"),
                          ("The bakery that never closes celebrates fifty years", "Tom Price")):
        teasers += [title, f"By {author} 12 May 2026, 4:18pm"]
    dump = _blog(["Elsewhere in the valley", *teasers])
    assert newsclean.clean(dump).to_dict()["authors"] == []


def test_two_names_over_the_date_line_are_the_authors() -> None:
    dump = "\n\n".join(["Towpath to reopen for the regatta | Lune Valley News", "Home News Sport",
                        "Towpath to reopen for the regatta",
                        "Rowers will race past the old mill again this summer",
                        "Megan Holloway and Tom Becker", "Published: 10:32, 3 Mar 2026 | Updated: 11:15",
                        *(line.strip() for line in " ".join(REGATTA).split("    ") if line.strip())]) + "\n"
    article = newsclean.clean(dump)
    assert article.to_dict()["authors"] == ["Megan Holloway", "Tom Becker"]
    assert "Megan Holloway and Tom Becker" not in article.paragraphs


def test_a_japanese_date_line_is_no_headline() -> None:
    # "2026年3月3日 10時15分（最終更新 ...）" is a date line, in the script's own date form
    story = ["高知県大豊町で３日、自動運転バスの定期運行が始まった。町内の集落と役場を結ぶ約八キロの路線で、"
             "運転手不足に悩む過疎地の新たな移動手段として期待されている。",
             "バスは最大十二人が乗れる小型車両で、遠隔監視室の担当者が走行状況を常に確認する。"
             "町は当面、運賃を無料とし、一日六便を運行する。",
             "出発式で町長は「高齢者の通院や買い物の足を守りたい」と話した。利用者の声を聞きながら、"
             "路線の延長も検討するという。"]
    headline = "高知・大豊町で自動運転バスが定期運行開始　過疎地の「住民の足」確保へ"
    dump = "\n\n".join(["東都新聞", "ニュース 政治 経済 地域", headline,
                        "2026年3月3日 10時15分（最終更新 3月3日 12時40分）", *story]) + "\n"
    assert newsclean.clean(dump).title == headline


def test_lynx_sets_the_author_line_apart_from_the_dek_it_runs_on_from() -> None:
    # no blank line between a dek's last line and the author line under it: a sentence's end,
    # then "By [n]Name", starts a line of its own (though "By" would not have fitted)
    def fill(text: str) -> str:
        return textwrap.fill(text, 77, initial_indent="   ", subsequent_indent="   ")

    refs = "\n".join(f"   {n}. https://lunevalley.example/{n}" for n in range(1, 7))
    dek = ["   The county found the money for the towpath repairs that engineers said",
           "   could take two years, and the rowing clubs now expect it done by spring."]
    menu = ["   [1]Lune Valley News", "     * [2]News", "     * [3]Sport", "     * [4]What's On"]
    dump = "\n".join([*menu, "", "Towpath reopens in time for the summer regatta on the Lune", "", *dek,
                      "   By [5]Megan Holloway and [6]Tom Becker · March 3, 2026", "",
                      "\n\n".join(fill(p) for p in POST), "", "References", "", refs]) + "\n"
    article = newsclean.clean(dump)
    assert article.to_dict()["authors"] == ["Megan Holloway", "Tom Becker"]


def test_w3m_sets_the_author_line_apart_from_a_dek_that_fills_the_screen() -> None:
    # w3m runs a page's <div> blocks on with no blank line: the dek fills the screen, so
    # "By" could not have fitted on its line; a capital "By" and a name open a line of their own
    dek = "Rowing clubs told the towpath will reopen as the county finds money for repairs"
    assert len(dek) == 79
    body = textwrap.fill(" ".join(POST), 79).split("\n")
    menu = ["  • News", "  • Sport", "  • What's On", "  • Contact"]
    dump = "\n".join([*menu, "", "Towpath reopens in time for the summer regatta on the Lune", "", dek,
                      "By Megan Holloway, Towpath Correspondent Tuesday 3 March 2026 4:00 pm 12",
                      "comments", *body, ""]) + "\n"
    article = newsclean.clean(dump)
    assert article.to_dict()["authors"] == ["Megan Holloway"]


@pytest.mark.parametrize("line", ["By Tuesday, the river had fallen by a metre", "By March the clubs were",
                                  "By the time the engineers came"])
def test_a_sentence_opening_with_by_goes_on_from_the_line_over_it(line: str) -> None:
    from newsclean.layout import _BY_NAME

    assert _BY_NAME.match(line) is None


def test_the_headline_over_its_author_line_in_full_beats_the_shortened_page_title() -> None:
    # html-text prints the <title> first, written short for search results; the headline
    # over the author line holds every word of it and more
    headline = "Towpath reopens for the regatta after two years of repairs on the Lune"
    dump = "\n\n".join(["Towpath reopens for the regatta | Lune Valley News", "Home News Sport",
                        headline, "By Megan Holloway", *POST]) + "\n"
    assert newsclean.clean(dump).title == headline


def test_a_lead_in_before_the_titles_words_is_the_headline_as_printed() -> None:
    # the <title> drops the headline's lead-in ("Short-staffed and on the clock: ..."); the
    # line printed over the author line is the headline in full (it was once read as a
    # kicker run into the title's words, and the <title> kept; the blind batches' headlines
    # are the printed lines, three of them so, and no page of the corpora is)
    dump = "\n\n".join(["Towpath reopens for the regatta | Lune Valley News", "Home News Sport",
                        "Good news at last: Towpath reopens for the regatta",
                        "By Megan Holloway", *POST]) + "\n"
    assert newsclean.clean(dump).title == "Good news at last: Towpath reopens for the regatta"


@pytest.mark.parametrize("line, authors", [
    # names, a mark, the outlet and the date, no "By"
    ("Megan Holloway · Lune Valley News · Posted: Mar 03, 2026 4:00 AM | Last Updated: 2 hours ago",
     ["Megan Holloway"]),
    # a role's word run on after the name, the outlet after a mark
    ("By Megan Holloway reporter · Lune Valley News · 5 mins to read", ["Megan Holloway"]),
])
def test_author_lines_with_their_fields_under_the_headline(line: str, authors: list[str]) -> None:
    dump = "\n\n".join(["Towpath reopens for the regatta | Lune Valley News", "Home News Sport",
                        "Towpath reopens for the regatta", "Social Sharing", line, *POST]) + "\n"
    assert newsclean.clean(dump).to_dict()["authors"] == authors


def test_an_outlet_and_a_date_under_the_headline_is_no_author_line() -> None:
    dump = "\n\n".join(["Towpath reopens for the regatta | Lune Valley News", "Home News Sport",
                        "Towpath reopens for the regatta", "Lune Valley News March 3, 2026",
                        "Megan Holloway", "Rowing Correspondent", *POST]) + "\n"
    assert newsclean.clean(dump).to_dict()["authors"] == ["Megan Holloway"]


TANKERS = ["Suburb Location Times", "Garsfontein Corner of Jacqueline Drive and Garsfontein Road 06:00–20:00",
           "Moreleta Park Moreleta Plaza parking area 07:00–21:00",
           "Faerie Glen Glen Manor sports grounds 06:00–18:00"]


@pytest.mark.parametrize("intro, kept", [
    # a sentence ending in a colon: the table run on under it goes on with it
    ("The city has deployed 42 water tankers, and it published the following points for Tuesday:", True),
    # a label's colon introduces nothing
    ("Share this article:", False),
])
def test_a_table_run_on_under_the_sentence_that_introduces_it_is_the_articles(intro: str, kept: bool) -> None:
    # html-text sets no blank line between a page's <div>s and table rows
    lines = "\n".join([intro, *TANKERS])
    dump = "\n\n".join(["Towpath reopens for the regatta | Lune Valley News", "Home News Sport",
                        "Towpath reopens for the regatta", "By Megan Holloway", *POST[:3],
                        lines, POST[3]]) + "\n"
    article = newsclean.clean(dump)
    assert all((row in article.paragraphs) == kept for row in TANKERS)


NEXT_STORY = [
    "The Port of Bellhaven will replace all six of its diesel container cranes with electric "
    "models over the next three years, part of a forty million pound upgrade announced on Monday.",
    "The first two cranes are due to arrive in the spring and will be installed on the deep-water "
    "berth that handles most of the port's container traffic, the port authority said.",
    "Unions representing crane operators said they had been consulted on the change and welcomed "
    "a commitment that no jobs would be lost during the three years of the work.",
]


def test_the_next_story_printed_whole_under_the_article_is_not_the_articles() -> None:
    # a site that loads its next story under the first: a headline, an author line of its own
    # naming someone else, then its text
    story = [*POST, *(p.replace("shed", "workshop") for p in POST)]
    dump = "\n\n".join(["How I insulated my garden shed for under £300 | Sawdust Diaries", "Home About",
                        "How I insulated my garden shed for under £300",
                        "Ruth Calloway, Home Improvement Writer 13 June 2024, 7:00am", *story,
                        "Share on Facebook Share on X Email", "NEXT UP", "Logistics",
                        "Port of Bellhaven swaps diesel cranes for electric ones",
                        "The port says the change will cut its direct emissions by a third by 2027.",
                        "Ana Ferreira, Logistics Reporter 12 June 2024, 3:30pm", *NEXT_STORY]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == story


def test_lynx_indents_a_nested_headline_under_its_sections_level_and_the_next_story_ends_it() -> None:
    # lynx printed the article's <h1>, nested in the page's blocks, four columns in, while
    # the sections' <h2>s and the next story's <h1> stand at column 0; the author lines
    # carry a beat before the role ("Logistics Reporter")
    def wrap(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in [*(f"   {w}" for w in textwrap.wrap(p, 72)), ""]]

    story = [*POST, *(p.replace("shed", "workshop") for p in POST)]
    dump = "\n".join([
        "   [1]Sawdust Diaries", "     * [2]Projects", "     * [3]Tools", "",
        "    How I insulated my garden shed for under £300", "",
        "   [4]Ruth Calloway, Home Improvement Writer 13 June 2024, 7:00am", "",
        *wrap(story[:3]), "The second winter", "", *wrap(story[3:]),
        "   NEXT UP", "   [5]Logistics", "",
        "Port of Bellhaven swaps diesel cranes for electric ones", "",
        "   The port says the change will cut its direct emissions by a third.", "",
        "   [6]Ana Ferreira, Logistics Reporter 12 June 2024, 3:30pm", "", *wrap(NEXT_STORY),
        "References", "", *(f"   {n}. https://sawdust.example/{n}" for n in range(1, 7))]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "How I insulated my garden shed for under £300"
    assert article.authors == ["Ruth Calloway"]
    assert article.paragraphs == [*story[:3], "The second winter", *story[3:]]


@pytest.mark.parametrize(("line", "byline"), [
    ("Megan Holloway, Rivers Correspondent", True),
    ("Sam Roe, Health & Science Reporter", True),
    ("Paris, Capital City", False),  # no role
])
def test_a_beat_before_the_role(line: str, byline: bool) -> None:
    from newsclean.rules.patterns import is_byline

    assert is_byline(line) is byline


@pytest.mark.parametrize("opener", ["de", "By"])
def test_an_opener_alone_over_the_names_marks_the_headline_over_them(opener: str) -> None:
    # w3m breaks an author line after its opener ("de" alone only opens a byline on its own
    # line: inside one it is a preposition); the names under it are no headline, the line
    # over the dek is
    dump = W3M_MENU + "\n" + "\n\n".join(["Acasă Local Cluj-Napoca", "Trafic",
                        "Towpath closes on Monday for six months. Two ferries change their route",
                        "The towpath will be shut from Monday while the shed gets new insulation, the "
                        "board said in a statement on Tuesday.",
                        opener, "Megan Holloway și Radu Pop", "-", "12 martie 2024, 14:37", *POST]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "Towpath closes on Monday for six months. Two ferries change their route"
    assert article.authors == ["Megan Holloway", "Radu Pop"]


def test_de_inside_a_line_opens_no_byline() -> None:
    dump = "\n\n".join(["Towpath reopens for the regatta", "By Megan Holloway", *POST,
                        "Las más leídas", "de Política", "Últimas Noticias"]) + "\n"
    assert newsclean.clean(dump).authors == ["Megan Holloway"]


def test_two_names_joined_by_and_over_their_date_are_the_posts_authors() -> None:
    # a newsletter platform prints its authors' names on a line of their own over the date
    dump = "\n\n".join(["The Lune Valley Letter", "Subscribe Sign in", "Towpath reopens for the regatta",
                        "Megan Holloway and Tyler Ng", "Mar 24, 2025", *POST]) + "\n"
    from newsclean.rules.anchors import name_over_date
    from newsclean.segment import segment

    units = segment(dump).units
    assert name_over_date(units, next(u for u in units if u.text == "Megan Holloway and Tyler Ng"))
    article = newsclean.clean(dump)
    assert article.authors == ["Megan Holloway", "Tyler Ng"]
    assert article.paragraphs == POST


TOWPATH = [
    "The towpath between the top lock and the aqueduct will stay closed at least until Monday, after a "
    "stretch of the canal bank collapsed into the water early on Thursday.",
    "Engineers from the canal trust spent the morning inspecting the breach, and boats were held at both "
    "locks while they checked whether the water level could be kept up safely.",
    "Walkers and cyclists have been asked to use the road bridge instead, and the trust said it would post "
    "updates on the towpath's reopening on its website each evening.",
]


def test_a_pictures_alt_text_over_its_caption_and_a_date_is_no_headline() -> None:
    # w3m prints a picture's alt text over its caption: a line over a date line within
    # reach, but over a caption that describes the picture; a credit alone under the
    # headline ("AFP/The Local") describes nothing
    dump = W3M_MENU + "\n".join([
        "Towpath closes after the canal bank collapses – live updates", "",
        "  • Boats held at both locks while engineers inspect the breach",
        "  • Walkers asked to use the road bridge until further notice", "",
        "A stretch of collapsed canal bank with orange barriers along it",
        "The collapsed stretch of towpath near the top lock on Thursday. Photograph: Sam Okafor/PA", "",
        "Megan Holloway (now) and Tyler Ng (earlier)", "Thu 18 Sep 2025 16.09 BST", "", *TOWPATH]) + "\n"
    assert newsclean.clean(dump).title == "Towpath closes after the canal bank collapses – live updates"


GREEK_BODY = [
    "Σε κατάσταση έκτακτης ανάγκης λόγω λειψυδρίας κηρύχθηκε χθες ο δήμος Νέας Προποντίδας, "
    "μετά από αίτημα της δημοτικής επιχείρησης ύδρευσης προς την περιφέρεια.",
    "Σύμφωνα με τη δημοτική επιχείρηση, η στάθμη των γεωτρήσεων έχει πέσει κατά τέσσερα μέτρα "
    "από τον περασμένο Μάρτιο, ενώ η κατανάλωση νερού αυξάνεται κάθε καλοκαίρι.",
    "Απαγορεύεται το πότισμα κήπων και το πλύσιμο αυτοκινήτων με νερό του δικτύου, με πρόστιμα "
    "έως πεντακόσια ευρώ για όσους δεν τηρούν τα μέτρα της δημοτικής επιχείρησης.",
]


def test_a_skip_link_over_the_pages_date_is_no_headline_in_a_language_without_a_list() -> None:
    # Greek has no function-word list here: its content words are the long ones, compared by
    # as many letters, so the skip link ("go to main content") over today's date shares none
    # with the article and the headline over the author's date line wins
    dump = W3M_MENU + "\n".join([
        "Μετάβαση στο κυρίως περιεχόμενο", "Τρίτη 19 Μαρτίου 2024", "Πρωινή Χαλκιδικής", "",
        "  • Περιφέρεια", "  • Πολιτική", "  • Οικονομία", "",
        "Λειψυδρία στη Νέα Προποντίδα: σε κατάσταση έκτακτης ανάγκης ο δήμος", "",
        "Του Νίκου Αλεξίου", "Τρίτη 19 Μαρτίου 2024, 11:20", "",
        *("\n".join([p, ""]) for p in GREEK_BODY)]) + "\n"
    headline = "Λειψυδρία στη Νέα Προποντίδα: σε κατάσταση έκτακτης ανάγκης ο δήμος"
    assert newsclean.clean(dump).title == headline


def test_a_short_line_in_a_script_without_capitals_over_the_date_is_the_author_not_the_headline() -> None:
    # Bengali: a name has no capitals to be told by; a short line under a longer headline
    # and over the date line is where the author stands ("Md. Rafiqul Islam, Chandpur")
    body = [
        "মেঘনা নদীর চাঁদপুর অংশে জাটকা রক্ষায় দুই মাসের জন্য সব ধরনের মাছ ধরা বন্ধ করা হয়েছে। "
        "এই নিষেধাজ্ঞা চলবে এপ্রিলের শেষ পর্যন্ত।",
        "জেলা মৎস্য কার্যালয় জানিয়েছে, নিবন্ধিত জেলেদের মাসে চল্লিশ কেজি করে চাল দেওয়ার কথা। "
        "তবে অনেক জেলে এখনো সহায়তার চাল পাননি।",
        "হরিণা ফেরিঘাট এলাকার জেলে আবুল কাশেম বলেন, নদীতে নামা বন্ধ, ঘরে ছয়জন মানুষ। "
        "চাল এখনো পাইনি, দোকানে বাকি পড়েছে।",
    ]
    dump = W3M_MENU + "\n".join([
        "দৈনিক নদীবার্তা", "", "  • প্রচ্ছদ", "  • জেলা", "  • খেলা", "",
        "বাংলাদেশ › জেলা › চাঁদপুর", "",
        "জাটকা রক্ষায় দুই মাস নিষেধাজ্ঞা, সহায়তার চাল না পেয়ে দুশ্চিন্তায় চাঁদপুরের জেলেরা", "",
        "মো. রফিকুল ইসলাম, চাঁদপুর", "প্রকাশ: ১৪ মার্চ ২০২৪, ১১: ৩০", "",
        *("\n".join([p, ""]) for p in body)]) + "\n"
    assert newsclean.clean(dump).title == "জাটকা রক্ষায় দুই মাস নিষেধাজ্ঞা, সহায়তার চাল না পেয়ে দুশ্চিন্তায় চাঁদপুরের জেলেরা"


def test_a_headline_ending_in_a_full_stop_over_its_dek_and_author_line() -> None:
    # an opinion piece's two-sentence headline over its longer dek over the author line; a
    # menu printed with nothing between its entries is no headline
    dump = W3M_MENU + "\n".join([
        "NewsPoliticsBusinessYour MoneyOpinionSportsFoodObituaries", "Opinion | Guest Column", "",
        "The towpath is not a road. Stop letting the trust treat it like one.", "",
        "Walkers, cyclists and boat crews share a path the canal trust keeps closing.", "",
        "By Lena Marchetti", "November 15, 2025 at 5:00 a.m.", "", *TOWPATH]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "The towpath is not a road. Stop letting the trust treat it like one."
    assert article.standfirst.startswith("Walkers, cyclists and boat crews")


def test_an_author_line_run_into_the_share_buttons_under_it() -> None:
    # w3m prints the share row right under the author line, one paragraph: the row's words
    # mark it as share buttons, its first line is still the author's
    # (w3m wraps at 80 columns: "Facebook" would not have fitted on the author line)
    body = [textwrap.fill(p, 79) for p in TOWPATH * 2]
    dump = W3M_MENU + "\n".join([
        "Towpath closes after the canal bank collapses", "",
        "Por: Lena Marchetti Ibáñez (EFE) | 5 de diciembre de 2025 - 1:22 p. m.",
        "Facebook X WhatsApp Síguenos en Google News", "", *("\n".join([p, ""]) for p in body)]) + "\n"
    assert newsclean.clean(dump).authors == ["Lena Marchetti Ibáñez"]


def test_the_authors_name_set_as_a_heading_over_the_date_is_no_headline() -> None:
    # a blogging platform prints the author's name as a heading of the headline's level over
    # the post's date (lynx sets both at column 0); the headline over it has no date of its own
    refs = "\n".join(f"   {n}. https://lunevalley.example/{n}" for n in range(1, 4))
    dump = "\n".join([
        "   [1]Lune Valley News", "     * [2]News", "     * [3]Sport", "",
        "Towpath reopens in time for the summer regatta on the Lune", "",
        "   Rowers will race past the old mill again after the county found the money.",
        "   Megan Holloway", "", "Megan Holloway", "", "   3 Mar 2026 — 4 min read", "",
        *REGATTA, "", "References", "", refs]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "Towpath reopens in time for the summer regatta on the Lune"


def test_a_row_of_short_codes_is_no_headline() -> None:
    # a page's tabs ("R1 R2 ... R9": its races) over the story's headline, a sentence's
    # words that would read as a dek under them
    dump = "\n".join(["Flemington Race 7 Results - 19/10/2024 :: Track & Tote", "Home » Results » Race 7",
                      "R1 R2 R3 R4 R5 R6 R7 R8 R9",
                      "Towpath closes after the canal bank collapses near the top lock",
                      "Saturday, 19 October 2024 · 4:15pm", "", *TOWPATH]) + "\n"
    assert newsclean.clean(dump).title == "Towpath closes after the canal bank collapses near the top lock"


SERVICES = [
    "   [5]Horoscopes [6]Weather [7]Traffic and roadworks [8]Lotteries and pools",
    "   [9]Holidays [10]Crossword [11]Death notices [12]Cinema listings [13]Theatre",
    "   listings [14]The Courier in a text only version",
]


def _services_dump() -> str:
    refs = "\n".join(f"   {n}. https://lunevalley.example/{n}" for n in range(1, 21))
    return "\n".join(["   [1]Lune Valley Courier", "     * [2]News", "     * [3]Sport", "",
                      "[4]SERVICES", "", *SERVICES, "", "   Print edition", "",
                      "Towpath reopens in time for the summer regatta on the Lune", "",
                      "   Rowers will race past the old mill again after the county found the money",
                      "", *REGATTA, "", "References", "", refs]) + "\n"


def test_a_row_of_numbered_links_in_a_lynx_dump_is_no_prose_over_the_headline() -> None:
    # lynx wraps a services menu as a paragraph: its links hold function words ("and", "in",
    # "a"), but a link opens every second word; the headline under it heads the article
    article = newsclean.clean(_services_dump())
    assert article.title == "Towpath reopens in time for the summer regatta on the Lune"
    assert "Horoscopes" not in article.body and "Crossword" not in article.body
    assert "The county's highways committee approved the repairs" in article.body


def test_prose_with_a_link_every_few_words_and_citations_is_no_link_row() -> None:
    from newsclean.rules.line_weights import link_row
    from newsclean.segment import segment
    prose = ("   The [15]reserve is reached only by [16]boat, and the [17]reed cutting that keeps it",
             "   open is still done by hand each winter by [18]volunteers from the village")
    cited = ("   Harrow Fen[19][20] spreads over 1,400 hectares and has been a protected reserve",
             "   since 1962 when the last peat workings closed")
    dump = _services_dump().replace("   Print edition", "\n".join([*prose, "", *cited]))
    units = {u.text[:12]: u for u in segment(dump).units}
    assert link_row(units["Horoscopes W"])
    assert not link_row(units["The reserve "])
    assert not link_row(units["Harrow Fen s"])


def _two_sentence_headline_dump(byline: str) -> str:
    """A w3m dump: menus, a ticker of one long unpunctuated line, a section's label, then a
    headline of two sentences over its dek over the author line, as a US paper prints them."""
    wrap = lambda text: textwrap.fill(text, 79)  # noqa: E731
    return "\n\n".join([
        "Sections The Lune Valley Courier\nSubscribe Sign in",
        "  • News\n  • Sport\n  • Weather\n  • Opinion",
        wrap("Live updates County budget vote: follow the council meeting as it happens Rail "
             "works close the line through Friday"),
        "Advertisement",
        "Rivers",
        "The towpath is open again. Here’s what rowers need to know.",
        wrap("Engineers have repaired the three breaches left by the winter floods, and the "
             "regatta will go ahead on its usual course."),
        byline + "\nMarch 3, 2026 at 6:00 a.m.",
        *(wrap(p) for p in STORY),
    ]) + "\n"


def test_a_headline_of_two_sentences_over_its_dek_is_the_headline() -> None:
    # two sentences in a line are no headline's shape alone; over a longer summary, right
    # over the author line, they are (the ticker further up shares no word with the text)
    article = newsclean.clean(_two_sentence_headline_dump("By Hannah Whitlock and Peter Marsh"))
    assert article.title == "The towpath is open again. Here’s what rowers need to know."
    assert not article.paragraphs[0].startswith("Engineers have repaired")
    assert article.paragraphs[0].startswith("Rowers on the Lune")


def test_a_sentence_over_a_caption_is_no_headline_of_two_sentences() -> None:
    # a photo's caption under a line ending in a full stop: no dek, so no headline over it
    dump = _two_sentence_headline_dump("By Hannah Whitlock").replace(
        "Engineers have repaired the three breaches left by the winter floods, and the\nregatta "
        "will go ahead on its usual course.",
        "The repaired towpath near the old mill at Selby Cross, seen from the footbridge. "
        "(Photo: Jane Doe / Courier)")
    assert newsclean.clean(dump).title != "The towpath is open again. Here’s what rowers need to know."


def test_a_menus_line_over_a_headline_with_its_own_dek_is_no_headline() -> None:
    # a newsletter platform's page, as w3m prints it: the site's menu run into one line,
    # the headline, its dek, the author's picture, name and date; the headline is long and
    # reads as prose, but its dek under it says it is the headline, not a dek itself
    dump = "\n\n".join([
        "The Lune Valley Letter",
        "Search Subscribe Sign in",
        "Home Rivers Towns Regatta Weather Notes Archive About",
        "Towpath reopens for the summer regatta: what the repairs mean for the rowing clubs",
        textwrap.fill("A plain guide to the works that closed the river path for a winter, and "
                      "what comes next for the crews who train on it.", 79),
        "Hannah Whitlock's avatar\nHannah Whitlock\nMar 04, 2026\n214 37 19 Share",
        *(textwrap.fill(p, 79) for p in STORY),
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == ("Towpath reopens for the summer regatta: what the repairs mean for the "
                             "rowing clubs")
    assert article.paragraphs[0].startswith("Rowers on the Lune")


def _courier(over: str, under: str) -> str:
    """A w3m dump: menus, then two lines over the author line and its date, then the story."""
    return "\n\n".join([
        "Sections The Lune Valley Courier\nSubscribe Sign in", "  • News\n  • Sport\n  • Weather",
        over, under, "Hannah Whitlock, Staff Writer\nMarch 3, 2026 at 6:00 a.m.",
        *(textwrap.fill(p, 79) for p in STORY),
    ]) + "\n"


def test_a_longer_headline_over_a_shorter_dek_about_the_text_is_the_headline() -> None:
    # headline and dek both headline-shaped, the dek the shorter and no full stop: the line
    # over it names what the text is about (a section's label, a ticker's line would not)
    headline = "Towpath to reopen for the summer regatta after the county approves flood repairs"
    dek = "Engineers say the path could be open within weeks of the vote"
    article = newsclean.clean(_courier(headline, dek))
    assert article.title == headline
    assert article.paragraphs[0].startswith("Rowers on the Lune")


def test_a_longer_tickers_line_over_the_headline_is_no_headline() -> None:
    # the line over the headline is longer but names nothing the text says
    headline = "Towpath on the Lune will reopen in time for the summer regatta in June"
    ticker = "Latest: county budget vote delayed until Friday as councillors argue over bin collections"
    assert newsclean.clean(_courier(ticker, headline)).title == headline


def test_a_date_line_with_its_update_note_after_a_mark_anchors_the_headline_over_it() -> None:
    # no byline, a <title> worded otherwise: the headline is the line over the dek over the
    # date line, which goes on with its update after a mark ("· Mis à jour ...")
    story = [
        "Le niveau du lac de Serre-Ponçon est remonté de 4,2 mètres depuis le début du mois, a indiqué "
        "mardi l'exploitant, qui prévoit un remplissage complet avant la saison touristique.",
        "Les pluies de février ont apporté près du double des précipitations habituelles sur le bassin "
        "de la Durance, selon les relevés publiés par les services de l'État.",
        "Les agriculteurs de la plaine, privés d'irrigation l'été dernier, attendent désormais que les "
        "quotas d'eau pour la saison soient fixés au mois d'avril par la préfecture.",
    ]
    dump = "\n\n".join([
        "Serre-Ponçon : le lac a presque retrouvé son niveau | Alpes Matin",
        "Accueil\nActualité\nRégion\nSports\nCulture",
        "Dernières infos Gap : le marché couvert rouvre samedi après deux ans de travaux — Briançon : "
        "la station de ski prolonge sa saison d'une semaine — Embrun : un nouveau pont sur la Durance",
        "Accueil\nRégion\nEnvironnement",
        "Après un hiver pluvieux, le lac de Serre-Ponçon remonte de plus de quatre mètres",
        "L'exploitant prévoit un remplissage complet avant l'été.",
        "Publié le 03/03/2026 à 11h40 · Mis à jour le 03/03/2026 à 12h05",
        "Partager Tweeter WhatsApp LinkedIn",
        *story,
        "© 2026 Alpes Matin. Tous droits réservés.",
    ])
    article = newsclean.clean(dump)
    assert article.paragraphs == story


def test_a_consent_walls_heading_printed_first_is_no_page_title() -> None:
    # a converter printed the consent wall first (no <title>): its heading shares no word
    # with the article, so it names nothing; the headline over the author line does
    story = [
        "Hamburg. Wer morgens mit der Fähre von den Landungsbrücken nach Finkenwerder fährt, muss ab "
        "Juni länger warten: Die Linie 62 verkehrt dann nur noch alle 30 Minuten statt alle 15.",
        "Als Grund nennt das Unternehmen fehlendes Personal. Derzeit seien 23 Stellen für Schiffsführer "
        "unbesetzt, die Ausbildung neuer Kräfte dauere mindestens zwei Jahre.",
        "Der Betriebsrat eines großen Arbeitgebers auf der anderen Elbseite reagierte mit deutlicher "
        "Kritik: Viele Beschäftigte hätten keine andere Verbindung zur Arbeit.",
    ]
    dump = "\n\n".join([
        "Wir brauchen Ihre Zustimmung",
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu "
        "personalisieren und die Zugriffe auf unsere Website zu analysieren. Ihre Einwilligung können Sie "
        "jederzeit widerrufen.",
        "Alle akzeptieren Einstellungen",
        "Elbkurier",
        "Startseite › Hamburg › Verkehr",
        "Hafenfähre nach Finkenwerder fährt ab Juni nur noch im 30-Minuten-Takt",
        "Von Jana Wittkamp",
        "12.02.2026, 14:37 Uhr",
        *story,
    ])
    article = newsclean.clean(dump)
    assert article.title == "Hafenfähre nach Finkenwerder fährt ab Juni nur noch im 30-Minuten-Takt"
    assert article.paragraphs == story


def test_embedded_posts_dates_leave_the_pages_date_line_alone() -> None:
    # two embedded posts' attributions ("— Name (@handle) date") near the page's date line
    # are quoted posts' dates: the date line is still the only one, and the headline over
    # its dek over it anchors the text over a footer of more prose
    story = [
        "Wellington Zoo's red panda cub, born in December, will be called Kowhai, the zoo announced on "
        "Friday after a three-week public vote that drew more than 61,000 entries.",
        "Kowhai beat Miso by just over 1,400 votes. Miso had led for most of the contest and was backed "
        "by a loud online campaign.",
        "Keepers say the cub now weighs about 1.2 kilograms and has started leaving the nest box for "
        "short trips, mostly at night.",
    ]
    legal = [
        "Harbourside Scoop is published by Harbourside Media Limited. All content is protected by "
        "copyright and may not be reproduced, stored or transmitted without the prior written "
        "permission of the publisher, except as permitted by law.",
        "Comments are the views of their writers and not those of Harbourside Scoop. We remove any "
        "that are abusive, defamatory or off topic, and we may close a thread at any time without "
        "giving a reason for doing so.",
        "We use cookies and similar technologies to run this site, to measure how many people read "
        "each story and to show advertising that is relevant to you, and you can change your choices "
        "at any time from the privacy settings link.",
    ]
    dump = "\n\n".join([
        "Buzz",
        "Wellington's red panda cub finally has a name, and the internet is split",
        "More than 61,000 votes were cast. The winner was not the favourite.",
        "Posted on 20 February 2026, 3:30 pm · Updated 4:12 pm",
        story[0], story[1],
        "Justice for Miso. Three weeks of campaigning and THIS is how it ends",
        "— Tama R (@tama_in_welly) February 20, 2026",
        story[2],
        "You are all being dramatic. Also we are naming our next cat Miso, problem solved.",
        "— Mereana (@mereana_k) February 20, 2026",
        "57 comments",
        *legal,
    ])
    from newsclean.rules.anchors import _date_line
    from newsclean.segment import segment

    units = segment(dump).units
    assert not _date_line(next(u for u in units if u.text.startswith("— Tama R")))
    article = newsclean.clean(dump)
    assert article.title == "Wellington's red panda cub finally has a name, and the internet is split"
    assert all(p in article.paragraphs for p in story)
    assert not any(p in article.paragraphs for p in legal)
