"""Authors: the names in a byline, without openers, roles, dates, credits or handles; from a
page's metadata when it names them; a name alone under the headline is its author's."""

from __future__ import annotations

import textwrap

import pytest
from test_title_fields import BODY  # the same three paragraphs of a harbour story

import newsclean
from newsclean.rules.authors import from_metadata, is_role, names
from newsclean.rules.patterns import caseless_author


def _page(top: str, head: str = "", title: str = "North quay to close") -> str:
    """A page whose body holds ``top`` and then BODY's paragraphs in an <article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{top}"
            f"<article>{paragraphs}</article></body></html>")


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Dana Lee", ["Dana Lee"]),
    ("By Dana Lee December 28, 2016", ["Dana Lee"]),
    ("Jane Doe - Aug 10, 2016 11:15 am UTC", ["Jane Doe"]),
    ("By Maren Ellison Municipal Affairs Reporter", ["Maren Ellison"]),
    # a beat of two, "and" between: the name ends before the beat
    ("By Maren Ellison Weather and climate reporter", ["Maren Ellison"]),
    ("By Maren Ellison Health and Science Reporter", ["Maren Ellison"]),
    ("Chloe Dunmore Trends Reporter", ["Chloe Dunmore"]), ("Jane Doe Data Journalist", ["Jane Doe"]),
    ("گزارش: نرگس رضایی", ["نرگس رضایی"]), ("Piše: Ivana Kovačević", ["Ivana Kovačević"]),
    ("By Sam Price, Staff Writer", ["Sam Price"]),
    ("By Katrin Vollmer , Europe correspondent", ["Katrin Vollmer"]),
    ("By Ramona Castell and Ben Ashworth, Associated Press", ["Ramona Castell", "Ben Ashworth"]),
    ("By Erin Park March 18 at 3:57 PM Follow @erinpark", ["Erin Park"]),
    ("By Alma Ruiz@almaruiz Updated Jul 24, 2018, 2:15pm EDT", ["Alma Ruiz"]),
    ("By Brenda Osei, MA", ["Brenda Osei, MA"]),
    ("Par Alexandre Morel et Jérémie Pitt — 24 novembre 2017 à 18:42", ["Alexandre Morel", "Jérémie Pitt"]),
    ("Von Anna Müller und Jonas Berg", ["Anna Müller", "Jonas Berg"]),
    ("Por María Soto y Luis Paredes", ["María Soto", "Luis Paredes"]),
    ("Автор: Иван Петров", ["Иван Петров"]),
    ("By Ana de Souza | Updated 3 hours ago", ["Ana de Souza"]),
    ("by Ana de Souza (reporting) and Ben Ashworth (photography)", ["Ana de Souza"]),
    ("By Ramona Castell (AP) and Ben Ashworth", ["Ramona Castell", "Ben Ashworth"]),
    ("rcastell-headshot Ramona Castell", ["Ramona Castell"]),
    ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
    ("July 24, 2019 by Amy Motroni 5 Comments", ["Amy Motroni"]),
    # a blog's entry line: its two stamps glued (published, updated), counts after a dot
    ("Posted on May 2, 2026May 3, 2026 by Tamsin Orr · 4 Comments · 3 min read", ["Tamsin Orr"]),
    ("By Tamsin Orr · May 2, 2026 · 3 min read", ["Tamsin Orr"]),
    ("Posted on May 2, 2026 by Tamsin Orr * 4 Comments * 3 min read", ["Tamsin Orr"]),  # html2text's "·"
    ("Por María Soto 3 de marzo de 2026 · 10:41 hrs", ["María Soto"]),
    # a date line's label run on after the name, in the page's language
    ("di Marco Bellini Pubblicato il 3 marzo 2026 alle 09:12 | Aggiornato alle 11:40", ["Marco Bellini"]),
    ("Von Jonas Albrecht Aktualisiert am 3. März 2026", ["Jonas Albrecht"]),
    # scripts without capitals: the credit's label tells the name
    ("2026-03-03 10:41 来源：海港日报 作者：林晓 字号：大 中 小", ["林晓"]),
    # each name of a Chinese credit, a reporter's role before it or not; no field after them
    ("来源：海港日报 记者 林晓岚 通讯员 周航 2026-03-03 08:15 字号：大 中 小", ["林晓岚", "周航"]),
    ("2026-03-03 08:15 来源：海港日报 作者：记者 王晓峰 沈佳 字号：大 中 小 打印", ["王晓峰", "沈佳"]),
    ("作者：王晓峰、沈佳", ["王晓峰", "沈佳"]),
    ("本报记者 张三 报道", ["张三"]),  # "reports", no name
    ("记者 李四 发自北京", ["李四"]),  # "from Beijing"
    ("編集委員\u3000佐藤健一", ["佐藤健一"]),  # a Japanese paper's staff title before the name
    ("特派員 山田花子", ["山田花子"]),  # a correspondent
    ("文／ 林雅婷 攝影／陳冠宇 2024/06/05 07:00", ["林雅婷"]),  # "text /", then the photographer
    ("文／林雅婷攝影／陳冠宇2024/06/05 07:00", ["林雅婷"]),  # the same run together, as w3m glues spans
    # the photographer's credit run on after the author's, no bar between
    ("Words by Eleanor Quaye Photographs by Sam Adeyemi Saturday 9 March 2024 12 minute read",
     ["Eleanor Quaye"]),
    ("كتب: سامي فؤاد الخميس، ٠٥ مارس ٢٠٢٦ - ٠٩:١٥ ص", ["سامي فؤاد"]),
    ("מאת יעל כהן, כתבת הכלכלה | 14.03.2026, 17:05", ["יעל כהן"]),  # Hebrew, a role after the comma
    ("โดย มานี ใจดี 14 มี.ค. 2569 15:42 น.", ["มานี ใจดี"]),  # Thai, the date after the name
    ("박지민 기자", ["박지민"]),  # Korean: the name, then its role ("reporter")
    ("박지민 기자 jimin@example.co.kr", ["박지민"]),  # and the reporter's e-mail
    # other languages' openers, names in any script's capitals
    ("Από Ελένη Σταύρου 14 Μαρτίου 2026, 11:20", ["Ελένη Σταύρου"]),
    ("Автор: Оксана Мельник · 14 березня 2026, 12:30", ["Оксана Мельник"]),
    ("Teksti: Liisa Mäki, Antti Koski", ["Liisa Mäki", "Antti Koski"]),
    ("Szerző: Tóth Anna", ["Tóth Anna"]),
    ("Av Lars Holm lars.holm@example.se", ["Lars Holm"]),  # the e-mail after the name
    ("Af Mette Skov Holm og Jonas Friis", ["Mette Skov Holm", "Jonas Friis"]),  # "and" as written
    ("Autori: Ana Kovač, Tomo Barić / HRS", ["Ana Kovač", "Tomo Barić"]),  # an agency after a slash
    ("Uverejnené: 15. 3. 2026 | 09:12 | Autor: Peter Hudák | Prečítané: 2 417x", ["Peter Hudák"]),
    # the page's inline elements printed with nothing between them
    ("By Mara LindqvistRural Affairs ReporterMarch 8, 20266 min read", ["Mara Lindqvist"]),
    ("By Evan PriceStaff Writer", ["Evan Price"]),
    ("By Ronald McDonald and Jo MacArthur", ["Ronald McDonald", "Jo MacArthur"]),
    # a field's label after the names ends them in any language (no word of a name ends with a colon)
    ("Von Anna Becker und Jonas Wirth Aktualisiert: 18.06.2026, 21:47 Uhr", ["Anna Becker", "Jonas Wirth"]),
    ("Muhabir: Elif Karaca Yayınlanma: 14.06.2026 10:58", ["Elif Karaca"]),
    ("Jane Doe Updated: March 3, 2026", ["Jane Doe"]),
    # openers of more languages
    ("Bài, ảnh: Trần Thanh Tâm", ["Trần Thanh Tâm"]),
    # the author's town after the name, on the name's line: a town of two words or more the
    # gazetteer knows; a surname of one word may be a town's, and a name of three keeps it
    ("Elena Ruiz Soto Mar del Plata", ["Elena Ruiz Soto"]),
    ("Jordi Puig Sant Cugat del Vallès", ["Jordi Puig"]),
    ("Mary Ann Jackson", ["Mary Ann Jackson"]), ("Ruth Camille Hamilton", ["Ruth Camille Hamilton"]),
    # an opener of a few words, and a date in the page's language after the name
    ("Eine Reportage von Jana Weidler 7. März 2024, 17:00 Uhr Lesezeit: 8 Min.", ["Jana Weidler"]),
    ("As told to Marcus Pell", ["Marcus Pell"]),
    ("Andreea Pop 14 martie 2024", ["Andreea Pop"]),
    ("מאת נועה ברק", ["נועה ברק"]),
])
def test_names_are_cut_from_what_surrounds_them(byline: str, expected: list[str]) -> None:
    assert names(byline) == expected


@pytest.mark.parametrize("line", [
    "Photo",
    "321,046",
    "December 15, 2016 3:33 PM ET",
    "JOHN SMITH/AFP via Getty Images",
    "Reuters November 18, 2019 11:03 PM",  # an agency is a credit, not an author
    "Staff Writer",
    "Unknown",  # a blog platform's placeholder for an author without a name
    "By Our Foreign Staff",
    "Associated PressDecember 2, 2016",  # a date glued to the agency: no name, no count
])
def test_lines_that_name_no_one_give_no_author(line: str) -> None:
    assert names(line) == []


def test_metadata_names_drop_handles_agencies_and_a_leading_and() -> None:
    assert from_metadata("Dana Ford, James Corey, and Tom Watkins") == [
        "Dana Ford", "James Corey", "Tom Watkins"]
    assert from_metadata("devindra") == []
    assert from_metadata("Associated Press") == []


def test_metadata_names_in_chinese_set_apart_by_spaces_are_each_a_name() -> None:
    assert from_metadata("王晓峰 沈佳") == ["王晓峰", "沈佳"]
    assert from_metadata("林晓岚") == ["林晓岚"]


def test_a_name_alone_under_the_headline_is_the_byline() -> None:
    dump = "\n".join(["North quay to close for six months | The Kestle Echo", "Home", "News",
                      "North quay to close for six months", "Owen Tregarthen", "12 March 2026",
                      *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.byline == "Owen Tregarthen"
    assert article.authors == ["Owen Tregarthen"]
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Tomasz Wierzbicki Dziennikarz Horyzontu",
                                  "Tomasz WierzbickiDziennikarz Horyzontu", "Owen Tregarthen Staff Writer"])
def test_a_name_and_its_trade_under_the_headline_is_the_byline(line: str) -> None:
    # a name, then its trade (and its outlet), with no comma between: a converter runs the
    # author box's elements together ("Dziennikarz": journalist)
    dump = "\n".join(["North quay to close for six months", line, "12 March 2026", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.authors in (["Tomasz Wierzbicki"], ["Owen Tregarthen"])
    assert article.paragraphs == BODY


def test_a_name_and_its_town_over_the_date_is_the_headlines_author_line() -> None:
    # in a dump that sets nothing apart as a heading, the author line found under the
    # headline is what tells the headline from the dek and the picture's alt text over it
    dump = "\n\n".join(["Home / Regions / Coast", "Harbour works",
                        "North quay to close for six months while the harbour walls are rebuilt",
                        "The board approves fourteen measures that will affect boat owners and hotels",
                        "The north quay at dawn",
                        "The north quay, which closes on Monday Photo: Ana Lima / Kestle Echo",
                        "Elena Ruiz Soto Mar del Plata",
                        "14/03/2024 07:00 h", *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months while the harbour walls are rebuilt"
    assert article.authors == ["Elena Ruiz Soto"]


def test_two_words_in_a_script_without_capitals_are_no_name_alone() -> None:
    # no capital tells a name there ("نشر في" is "published on"): such names come only
    # with their credit's word (كتب, بقلم, 作者, 기자)
    from newsclean.rules.authors import name_alone
    from newsclean.segment import segment

    for line in ("نشر في ١٠/٣/٢٠٢٤", "आज की ताज़ा ख़बरें"):
        assert not name_alone(segment(line + "\n").units[0])
    assert name_alone(segment("Owen Tregarthen 12 March 2026\n").units[0])


def test_a_headline_about_an_editor_is_no_name_and_trade() -> None:
    from newsclean.rules.authors import name_alone
    from newsclean.segment import segment

    for line in ("Washington Post Editor Resigns", "Owen Tregarthen Sports"):  # a beat is no trade
        assert not name_alone(segment(line + "\n").units[0])


def test_a_name_far_below_the_headline_is_not_the_byline() -> None:
    dump = "\n".join(["North quay to close for six months", *BODY[:2], "Harbour Master", *BODY[2:]]) + "\n"
    assert newsclean.clean(dump).authors == []


def test_a_page_names_its_authors_in_its_metadata() -> None:
    page = _page("<h1>North quay to close</h1>", head=(
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Owen Tregarthen"}, {"name": "Lowenna Pascoe"}]}</script>'))
    article = newsclean.clean(page)
    assert article.authors == ["Owen Tregarthen", "Lowenna Pascoe"]
    assert article.byline is None  # the line as written: the page shows none
    assert article.to_dict()["authors"] == ["Owen Tregarthen", "Lowenna Pascoe"]


def test_a_name_and_when_under_the_headline_is_the_byline_and_a_section_is_not() -> None:
    dump = "\n".join(["North quay to close for six months | The Kestle Echo", "Home", "News",
                      "North quay to close for six months", "Harbour Desk", "Owen Tregarthen 2 hours ago",
                      *BODY]) + "\n"
    article = newsclean.clean(dump)
    assert article.byline == "Owen Tregarthen 2 hours ago"
    assert article.authors == ["Owen Tregarthen"]
    assert names("Tech Insider") == [] and names("Sports Desk") == []


def _dump(*lines: str) -> newsclean.Article:
    return newsclean.clean("\n".join(["North quay to close for six months | The Kestle Echo", "Home", "News",
                                      *lines, *BODY]) + "\n")


def test_a_date_line_that_names_its_author_after_by() -> None:
    article = _dump("North quay to close for six months", "on March 10, 2015 by Owen Tregarthen")
    assert article.authors == ["Owen Tregarthen"]
    article = _dump("North quay to close for six months", "// By Lowenna Pascoe • Nov 11, 2020")
    assert article.authors == ["Lowenna Pascoe"]


def test_authors_each_on_a_line_with_their_role_are_all_named() -> None:
    article = _dump("North quay to close for six months", "Lowenna Pascoe Journalist",
                    "Owen Tregarthen Reporter", "Published 10 March 2015")
    assert article.authors == ["Lowenna Pascoe", "Owen Tregarthen"]
    # a caption under the author line names its subject, not a second author
    article = _dump("North quay to close for six months", "By Lowenna Pascoe",
                    "Owen Tregarthen, harbour master, on the quay (AP Photo/Jory Penrose)")
    assert article.authors == ["Lowenna Pascoe"]


def test_a_by_line_over_the_headline() -> None:
    article = _dump("By Owen Tregarthen @owent Updated Jul 24, 2018, 2:15pm EDT",
                    "North quay to close for six months")
    assert article.authors == ["Owen Tregarthen"]


def test_a_name_alone_over_the_headline_is_a_section_not_the_author() -> None:
    article = _dump("Harbour Stories", "North quay to close for six months")
    assert article.authors == [] and article.byline is None


def test_a_name_after_a_lone_opener_line() -> None:
    article = _dump("North quay to close for six months", "por", "Owen Tregarthen",
                    "1 de marzo de 2026 3:00 AM")
    assert article.authors == ["Owen Tregarthen"]


def test_a_name_after_its_pictures_placeholder() -> None:
    # a text browser prints the author's picture as its alt text or file name in brackets
    article = _dump("North quay to close for six months", "[6eef5bc5-c8a0-4da1] Owen Tregarthen • 8h")
    assert article.authors == ["Owen Tregarthen"]
    assert names("[gif;base64,R0lGODlhAQABAAAAACH5BAEK==] Lowenna Pascoe") == ["Lowenna Pascoe"]


def test_a_name_and_a_compact_age() -> None:
    article = _dump("North quay to close for six months", "Owen Tregarthen • 8h")
    assert article.authors == ["Owen Tregarthen"]


@pytest.mark.parametrize(("byline", "expected"), [
    ('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm', ['Amanda "Tania Mae" Tan']),
    ("Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"]),
    ("By Jane Doe (AP) Updated 3 hours ago", ["Jane Doe"]),
])
def test_nicknames_stay_in_the_name_and_an_agency_does_not(byline: str, expected: list[str]) -> None:
    assert names(byline) == expected


def test_an_opener_on_its_own_line_joins_the_name_under_it() -> None:
    page = _page("<h1>North quay to close for six months</h1><p class='byline'>por</p>"
                 "<p class='byline'>Owen Tregarthen</p>")
    article = newsclean.clean(page)
    assert article.authors == ["Owen Tregarthen"]
    assert article.byline == "por Owen Tregarthen"


def test_names_a_converter_broke_at_their_links_after_a_lone_opener() -> None:
    # html-text prints each link of "By <a>Jane</a> and <a>Sam</a>" on a line of its own
    article = _dump("North quay to close for six months", "By", "Owen Tregarthen", "and",
                    "Lowenna Pascoe", "&", "Jory Hosking", "March 1, 2026")
    assert article.authors == ["Owen Tregarthen", "Lowenna Pascoe", "Jory Hosking"]
    assert article.byline == "By Owen Tregarthen and Lowenna Pascoe & Jory Hosking"
    # a word that is no link between names ends the byline: the next line is the text's
    article = _dump("North quay to close for six months", "By", "Owen Tregarthen", "and",
                    "the harbour board voted on Tuesday")
    assert article.authors == ["Owen Tregarthen"]


def test_a_date_line_with_an_opener_in_another_language() -> None:
    article = _dump("North quay to close for six months",
                    "Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
                    "Par Owen Tregarthen")
    assert article.authors == ["Owen Tregarthen"]


def test_co_authors_in_brackets() -> None:
    assert names("Par Owen Tregarthen (avec Lowenna Pascoe et Jory Hosking)") == [
        "Owen Tregarthen", "Lowenna Pascoe", "Jory Hosking"]
    assert names("By Owen Tregarthen (with Lowenna Pascoe)") == ["Owen Tregarthen", "Lowenna Pascoe"]


def test_co_authors_in_brackets_in_metadata() -> None:
    assert from_metadata("Owen Tregarthen (avec Lowenna Pascoe et Jory Hosking)") == [
        "Owen Tregarthen", "Lowenna Pascoe", "Jory Hosking"]
    assert from_metadata("Harbour Desk (www.harbour.example)") == ["Harbour Desk (www.harbour.example)"]


def test_json_ld_in_a_bare_cdata_section_is_read() -> None:
    page = _page("<h1>North quay to close</h1>", head=(
        '<script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Owen Tregarthen"}}\n]]>\n</script>'))
    assert newsclean.clean(page).authors == ["Owen Tregarthen"]


def _microdata_page(before: str, author: str, after: str = "") -> str:
    """A page whose article carries schema.org microdata, ``author`` inside it."""
    article = (f'<article itemscope itemtype="https://schema.org/BlogPosting">{author}'
               + "".join(f"<p>{p}</p>" for p in BODY) + "</article>")
    return ("<!DOCTYPE html><html><head><title>North quay to close</title></head><body>"
            f"<h1>North quay to close</h1>{before}{article}{after}</body></html>")


def test_an_articles_microdata_names_its_author_when_no_line_does() -> None:
    author = ('<aside><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
              '<span itemprop="name">Owen Tregarthen</span></span> — 2013-09-29</aside>')
    assert newsclean.clean(_microdata_page("", author)).authors == ["Owen Tregarthen"]


def test_a_visible_byline_outranks_microdata_naming_the_publication() -> None:
    hidden = ('<div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
              '<meta itemprop="name" content="Harbour Gazette Editorial"></div>')
    page = _microdata_page("<p>By Lowenna Pascoe</p>", hidden)
    assert newsclean.clean(page).authors == ["Lowenna Pascoe"]


def test_a_comments_microdata_author_is_not_the_articles() -> None:
    comment = ('<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">'
               "Jory Hosking</span><p>Great news for the harbour.</p></div>")
    page = _microdata_page("", "", "".join(f"<p>{p}</p>" for p in BODY) + comment)
    assert newsclean.clean(page).authors == []


def test_a_name_alone_under_the_standfirst() -> None:
    article = _dump("North quay to close for six months",
                    "This year the harbour board found the wall in worse shape than any survey had shown.",
                    "Owen Tregarthen", "harbour ferry council news")
    assert article.authors == ["Owen Tregarthen"]


def test_a_byline_boxs_label_is_not_the_byline() -> None:
    page = _page("<h1>North quay to close for six months</h1><div class='byline'><p>Business Desk</p>"
                 "<p>by Owen Tregarthen March 10, 2026 11:00 PM</p></div>")
    assert newsclean.clean(page).authors == ["Owen Tregarthen"]


def test_the_author_line_under_a_header_of_headline_dek_and_photo() -> None:
    """The article element holds the header: headline, dek, photo, then the byline."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = ("<!DOCTYPE html><html><head><title>North quay to close for six months</title></head><body>"
            "<main><article><header><h1>North quay to close for six months</h1>"
            "<p>The harbour's oldest berth needs a new wall before the winter storms, and the board "
            "says it cannot wait for the ferry company to agree on who pays for the work.</p>"
            "<figure><span>Image</span><figcaption>A crane lifts the first of the new wall blocks "
            "onto the north quay on Tuesday morning, watched by a handful of fishermen.</figcaption>"
            "</figure><p class='author'>By Owen Tregarthen</p><ul><li>March 10, 2026</li></ul></header>"
            f"{paragraphs}</article></main></body></html>")
    assert newsclean.clean(page).authors == ["Owen Tregarthen"]


def test_a_name_printed_twice_by_a_text_browser_is_one_author() -> None:
    from newsclean.rules.authors import names

    assert names("Jana Nováková Jana Nováková") == ["Jana Nováková"]
    assert names("By Jane Doe and Sam Okafor") == ["Jane Doe", "Sam Okafor"]


_HEADER = ["Sign in", "Get started", "Follow", "Share", "Save", "Listen", "Next story", "Write",
           "Notifications"]


def test_a_name_over_its_reading_time_high_over_the_headline() -> None:
    article = _dump("Owen Tregarthen", "6 min read", *_HEADER, "Owen Tregarthen", "Next story",
                    "North quay to close for six months")
    assert article.authors == ["Owen Tregarthen"]


def test_names_broken_at_their_links_over_the_date_line() -> None:
    article = _dump("Owen Tregarthen", "and", "Lowenna Pascoe", "", "Published Nov 8, 2023",
                    "North quay to close for six months")
    assert article.authors == ["Owen Tregarthen", "Lowenna Pascoe"]


def test_the_last_of_a_list_of_names_over_a_date_is_a_tag() -> None:
    article = _dump("Jory Hosking", "Morwenna Penrose", "Owen Tregarthen", "Updated: 05.05.2021, 05:53",
                    "North quay to close for six months")
    assert article.authors == []


def test_the_sites_name_over_the_date_is_no_author() -> None:
    masthead = newsclean.clean("\n".join(["Kestle Echo", "Sunday, May 8, 2016",
                                          "North quay to close for six months", *BODY]) + "\n")
    assert masthead.authors == []
    titled = newsclean.clean("\n".join(["Kestle Echo: North quay to close for six months", "",
                                        "Kestle Echo", "Sunday, May 8, 2016",
                                        "North quay to close for six months", *BODY]) + "\n")
    assert titled.authors == []


def test_a_name_in_a_list_under_the_headline_is_the_lists_unless_a_date_follows_it() -> None:
    # A list of changes under the headline: "Added Slip Lane" reads as a name alone, but it is
    # one item of the list. A header's metadata list (name, date, comments) still gives its name.
    head = ["North quay works - the spring changes - The Kestle Echo", "",
            "North quay works - the spring changes", ""]
    changes = ["* New mooring rings fitted along the north wall", "* Added Slip Lane",
               "* Cleared the silt from the inner basin"]
    listed = newsclean.clean("\n".join([*head, *changes, "", *BODY]) + "\n")
    assert listed.authors == [] and listed.byline is None
    dated = newsclean.clean("\n".join([*head, "* Owen Tregarthen", "* Friday 25 December 2015",
                                       "* 0 comments", "", *BODY]) + "\n")
    assert dated.authors == ["Owen Tregarthen"]


@pytest.mark.parametrize(("line", "expected"), [
    ("View Photos", []), ("Hide Images", []), ("Watch Video", []), ("Getty Images", []),
    ("Owen Tregarthen Image", ["Owen Tregarthen"]), ("By Owen Tregarthen Photos", ["Owen Tregarthen"]),
])
def test_a_gallery_button_names_no_one_and_a_picture_ends_the_name(line: str, expected: list[str]) -> None:
    assert names(line) == expected


def test_a_gallery_button_under_the_headline_is_no_byline_and_a_name_with_its_picture_is() -> None:
    button = newsclean.clean("\n".join(["North quay to close for six months", "View Photos", *BODY]) + "\n")
    assert button.byline is None and button.authors == []
    pictured = newsclean.clean("\n".join(["North quay to close for six months", "Owen Tregarthen Image",
                                          "12 March 2026", *BODY]) + "\n")
    assert pictured.authors == ["Owen Tregarthen"]


_MORE = [
    "Divers began surveying the piles in March and found that nine of the forty were split "
    "below the waterline, where the winter swell had worked them loose.",
    "The board said the south quay would be dredged first, so that the larger trawlers can "
    "berth there at low water while the north quay is shut.",
]


def _signed_dump(*after: str) -> newsclean.Article:
    """A blog post: its headline, its text, then ``after`` (a signature, comments, a footer)."""
    return newsclean.clean("\n\n".join(["Kestle Harbour Notes", "Home", "Archive",
                                        "North quay to close for six months", *BODY, *_MORE, *after]) + "\n")


@pytest.mark.parametrize(("signature", "expected", "published"), [
    ("Posted by Owen Tregarthen at 5:11 AM", ["Owen Tregarthen"], None),
    ("Lowenna Pascoe — 2013-09-29 — in Harbour — Permalink", ["Lowenna Pascoe"], "2013-09-29"),
    ("Posted by Owen Tregarthen on March 10, 2015", ["Owen Tregarthen"], "2015-03-10"),
])
def test_a_post_signed_under_its_text(signature: str, expected: list[str], published: str | None) -> None:
    article = _signed_dump(signature, "3 comments:", "Privacy policy | Contact")
    assert article.authors == expected and article.byline == signature
    assert article.published_iso == published
    assert signature not in article.body  # the author line, not the article's text


def test_a_signature_the_run_took_back_as_its_last_line() -> None:
    # "di Chiara Mancuso" closes an Italian daily's story: a short line opening in lower
    # case weighs nothing, so a run under the headline may end on it; it is still the
    # story's signature
    from newsclean.rules import signatures
    from newsclean.segment import segment

    doc = segment("\n\n".join(["North quay to close for six months", *BODY, *_MORE, "di Lowenna Pascoe",
                                 "Argomenti porto Kestle"]) + "\n")
    last = next(u for u in doc.units if u.text == "di Lowenna Pascoe")
    doc.meta["span"] = (1, last.index)
    assert signatures.signed_line(doc) is last
    doc.meta["span"] = (1, last.index - 1)  # and under the run, as before
    assert signatures.signed_line(doc) is last


def test_names_far_under_the_text_or_in_a_footer_sign_nothing() -> None:
    # a signature is the first thing under the text; three lines down, names are the
    # comments' or the footer's
    article = _signed_dump("3 comments:", "Share this post", "Newer Post Older Post",
                           "Posted by Owen Tregarthen at 5:11 AM")
    assert article.authors == []
    article = _signed_dump("Author Archives Website Twitter Facebook Instagram Newsletter")
    assert article.authors == []


def test_a_table_of_names_under_the_text_is_no_signature() -> None:
    # signatories of an open letter, as a text browser lays out a two-column table
    article = _signed_dump("Morwenna Hale                   Tomos Price, writer\n"
                           "Jory Pascoe, Falmouth College   Elowen Rowe, writer")
    assert article.authors == []


def test_a_name_over_an_agency_credit_is_the_author() -> None:
    # a syndicated story: the writer's name alone, the agency and the date under it
    article = _dump("North quay to close for six months", "LOWENNA PASCOE",
                    "Associated Press March 4, 2025")
    assert article.authors == ["LOWENNA PASCOE"]
    assert article.byline == "LOWENNA PASCOE Associated Press March 4, 2025"  # its two lines
    # a section's name over it is no writer's
    article = _dump("North quay to close for six months", "Harbour and Coast",
                    "Associated Press March 4, 2025")
    assert article.authors == []


def test_lines_without_words_do_not_count_between_the_headline_and_the_author() -> None:
    # a text browser's image and link lines between the standfirst and the author line
    article = _dump("North quay to close for six months",
                    "Divers will replace the split timber piles under the north quay before the winter "
                    "storms return, the harbour board said, and the boats will berth at the south quay.",
                    "Get more news on", "—", "—", "—", "—", "—",
                    "March 4, 2025, 10:00 AM UTC", "By Owen Tregarthen and Lowenna Pascoe")
    assert article.authors == ["Owen Tregarthen", "Lowenna Pascoe"]


def test_an_author_set_as_a_heading_over_its_date() -> None:
    # "##### Jane Doe" / "###### March 4, 2025 9:00AM (UTC)": the author, not a section
    body = "\n\n".join(BODY)
    article = newsclean.clean(f"# North quay to close for six months\n\n##### Owen Tregarthen\n\n"
                              f"###### March 4, 2025 9:00AM (UTC)\n\n{body}\n")
    assert article.authors == ["Owen Tregarthen"]
    # without the date, a heading of two capitalised words is a section's
    article = newsclean.clean(f"# North quay to close for six months\n\n##### Harbour News\n\n{body}\n")
    assert article.authors == []


def test_a_lynx_name_after_its_pictures_file_name_under_the_dek_is_the_author() -> None:
    # lynx prints a picture's alt text, here its file name: the article's image, then the
    # author's picture before the author's name; neither counts as a line of the text
    body = "\n\n".join(textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in BODY)
    dump = "\n".join([
        "   [1]Skip to main content", "",
        "North quay to close for six months", "",
        textwrap.fill("The harbour board says the timber piles under the quay are split, and the work "
                      "must be done before the storms of the new year come in from the west.", 77,
                      initial_indent="   ", subsequent_indent="   "),
        "   north-quay-piles-image", "   otregarthen-headshot [5]Owen Tregarthen", "   harbour quay news", "",
        body, "",
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "North quay to close for six months"
    assert article.authors == ["Owen Tregarthen"]


def test_a_name_over_its_role_outranks_a_sites_name_nearer_the_headline() -> None:
    # the site's logo link, then the writer's name over their role, under the headline
    article = _dump("North quay to close for six months", "Harbour Weekly", "Lowenna Pascoe",
                    "Coastal Affairs Editor", "Share")
    assert article.authors == ["Lowenna Pascoe"]
    assert is_role("Coastal Affairs Editor") and is_role("Staff Writer")
    assert not is_role("Lowenna Pascoe") and not is_role("Lowenna Pascoe Editor") and not is_role("News")
    # without a role under it, the first name alone is still taken
    article = _dump("North quay to close for six months", "Lowenna Pascoe", "Harbour Weekly", "Share")
    assert article.authors == ["Lowenna Pascoe"]


@pytest.mark.parametrize("line", [
    "来源：海港日报 作者： 责任编辑：林晓",  # an editor's label, no author
    "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳",  # the same run together
    "记者采访发现，低楼层住户的意见分歧仍是最常见的障碍。",  # "reporters found" in a sentence
    "请作者持权属证明与本网联系",
    "הרכבת תפעל כרגיל מאת יום ראשון",  # "from Sunday", inside a sentence
    "ตำรวจจับกุมผู้ต้องหาโดย ใช้กล้องวงจรปิด",  # "by means of", inside a sentence
    "박지민 기자 다른기사 보기",  # the author box's "more by this reporter" link
    "시는 이런 우려를 고려해 수요응답형 버스를 투입하기로 했다고 기자에게 말했다",  # a sentence
    "โดย เบื้องต้นได้ทำใจแต่แรกแล้วว่าเหตุการณ์ลักษณะนี้จะต้องเกิดขึ้นสักวันหนึ่ง",  # a sentence it opens
])
def test_a_label_or_a_sentence_in_a_script_without_capitals_names_no_author(line: str) -> None:
    assert caseless_author(line) is None


def test_a_blog_entry_line_with_its_stamps_glued_and_a_reading_time_names_the_author() -> None:
    # "2 min read" marks the line as metadata; its "by" names the author all the same
    for dot in ("·", "*"):  # html2text writes the middle dot as a star
        line = f"Posted on May 2, 2026May 3, 2026 by Tamsin Orr {dot} 4 Comments {dot} 3 min read"
        article = newsclean.clean("\n".join(["North quay to close for six months", line, *BODY]) + "\n")
        assert article.authors == ["Tamsin Orr"], dot


@pytest.mark.parametrize(("line", "expected"), [
    ("Από Ελένη Σταύρου 14 Μαρτίου 2026, 11:20", True),
    ("Автор: Оксана Мельник · 14 березня 2026", True),
    ("Av Lars Holm lars.holm@example.se", True),
    ("Από την Τρίτη θα κλείσει ο δρόμος για τα αυτοκίνητα", False),  # "From Tuesday": a sentence
    ("Texto de la ley aprobado ayer por el pleno", False),
    ("Posted by kovarex, TOGos on 2019-02-15, all posts", True),  # handles: read by their date
    ("Uverejnené: 15. 3. 2026 | 09:12 | Autor: Peter Hudák | Prečítané: 2 417x", True),  # a field
    ("Home | News | By Tuesday the council had voted", False),
    ("Συντάκτης: Νίκος Καραγιάννης Τρίτη 18 Μαρτίου 2025, 08:45", True),
    ("Του Νίκου Καραγιάννη", True),
    ("Του χρόνου θα ανοίξει ο νέος σταθμός", False),  # "next year": a sentence
    ("Per Montse Vilaró", True),
    ("Per primera vegada el consell ha votat", False),  # "for the first time"
    # w3m: the author's picture's alt text, then the author line
    ("Valeria Cienfuegos Por Valeria Cienfuegos", True),
    ("Jane Doe and Jane Doe", False),
])
def test_author_lines_in_other_languages(line: str, expected: bool) -> None:
    from newsclean.rules.patterns import is_byline_plain

    assert is_byline_plain(line) is expected


def test_a_pages_author_tag_holding_the_sites_name_names_no_author() -> None:
    head = ('<meta property="og:site_name" content="Kestle Echo">'
            '<meta name="author" content="Kestle Echo">')
    top = "<h1>North quay to close</h1><p>By Owen Tregarthen | 3 March 2026</p>"
    article = newsclean.clean(_page(top, head))
    assert article.authors == ["Owen Tregarthen"]
    # without a byline, the site's name is still no author
    assert newsclean.clean(_page("<h1>North quay to close</h1>", head)).authors == []


@pytest.mark.parametrize(("byline", "expected"), [
    ("Submitted by Aroha Tamihana on Thu, 26/02/2026 - 09:12", ["Aroha Tamihana"]),
    ("By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am", ["Jane Slaughter"]),
    ("Submitted on Mon, 2019-01-21 13:49", []),
])
def test_on_and_a_date_end_the_names_a_posting_verb_names_no_one(byline: str, expected: list[str]) -> None:
    from newsclean.rules.patterns import is_byline

    assert names(byline) == expected
    assert is_byline(byline) is bool(expected)


def test_an_author_line_after_its_pictures_alt_text_names_the_author_once() -> None:
    # w3m prints the author's picture's alt text (the name) on the author line's own line
    lead = ("Los vecinos de la colonia Loma Alta llevan tres semanas sin agua corriente y dependen de las "
            "pipas que envía el municipio dos veces por semana, según denunciaron ayer ante el cabildo.")
    dump = ("El agua que no llega a las colonias del oriente\n\nValeria Cienfuegos Por Valeria Cienfuegos\n"
            "12 de junio de 2024 - 00:05 h\n\n" + "\n\n".join([lead] * 3) + "\n")
    article = newsclean.clean(dump)
    assert article.title == "El agua que no llega a las colonias del oriente"
    assert article.authors == ["Valeria Cienfuegos"]


def test_an_opener_over_a_name_under_the_text_signs_it() -> None:
    # the author's box after the text: a label ("Autor") and a link (the name), then the tags
    text = "\n\n".join(["North quay to close for six months | The Kestle Echo", "Home",
                        "North quay to close for six months", *BODY, "Autor", "Ivana Kovačević",
                        "Teme", "luka", "promet"]) + "\n"
    article = newsclean.clean(text)
    assert article.authors == ["Ivana Kovačević"]
    assert article.byline == "Autor Ivana Kovačević"


def test_an_author_lines_closing_address_is_the_authors() -> None:
    from newsclean.rules.patterns import is_byline

    assert is_byline("Mette Kjær Sørensen Journalist mks@ostjyllandsavis.dk")
    assert not is_byline("Contact the newsroom at news@kestle-echo.example")


def test_an_opener_and_its_name_with_the_authors_picture_between_are_one_byline() -> None:
    # lynx prints the author's picture by its alt text, a line of markup, between the two
    lynx = "\n".join(["   [1]The Kestle Echo", "     * [2]News", "",
                      "North quay to close for six months", "", "   By", "   [3]Owen Tregarthen",
                      "   Owen Tregarthen Owen Tregarthen", "", *(f"   {p}" for p in BODY), "",
                      "References", "", "   1. https://kestle.example/", "   2. https://kestle.example/news",
                      "   3. https://kestle.example/owen"]) + "\n"
    article = newsclean.clean(lynx)
    assert article.authors == ["Owen Tregarthen"]
    assert article.byline is not None and article.byline.startswith("By Owen Tregarthen")


def test_an_agency_alone_over_the_date_line_is_the_byline() -> None:
    # a wire story's credit in a box of its own: the agency's name, the date under it
    article = _dump("North quay to close for six months", "NTB", "Publisert 13.03.2024 19:42")
    assert article.byline == "NTB"
    # an agency named alone with no date under it is a section's label, a tag
    article = _dump("North quay to close for six months", "Reuters", "Share on Facebook")
    assert article.byline is None


@pytest.mark.parametrize(("line", "author"), [
    # a name, an agency and a date whose month the page's script names ("jún": Slovak June)
    ("Martin Hollý, TASR · 12. jún 2024 o 10:45 · Diskusia (48)", ["Martin Hollý"]),
    ("Andreea Pop · 14 martie 2024, 14:37", ["Andreea Pop"]),
])
def test_a_name_over_a_date_in_another_language_is_the_author_line(line: str, author: list[str]) -> None:
    from newsclean.document import Unit
    from newsclean.rules.anchors import named_dated

    assert named_dated(Unit(0, line, line, 0, 0, 0))  # (no English month: a date all the same)
    dump = "\n".join(["North quay to close for six months", line, *BODY]) + "\n"
    assert newsclean.clean(dump).authors == author


def test_a_comment_header_glued_to_its_date_is_no_author_line() -> None:
    from newsclean.document import Unit
    from newsclean.rules.anchors import named_dated

    glued = "Margaret Sugden10 March 2026 at 09:47"
    assert not named_dated(Unit(0, glued, glued, 0, 0, 0))


def test_an_opener_of_two_words_alone_over_the_name() -> None:
    # Greek writes "Γράφει η" (written by, of a woman) on its own line over the name
    from newsclean.rules.authors import lone_opener

    assert lone_opener("Γράφει η") and lone_opener("Written by:")
    dump = "\n".join(["North quay to close for six months", "Γράφει η", "Ελένη Παπαδάκη",
                      "14.05.2024 | 09:12", *BODY]) + "\n"
    assert newsclean.clean(dump).authors == ["Ελένη Παπαδάκη"]


def test_a_credit_line_in_the_metadatas_author_field_names_no_one() -> None:
    # an opener and words in lower case are a credit, not a person; an outlet's own name
    # may hold lower-case words, and a name its particles
    assert from_metadata("From staff reports") == []
    assert from_metadata("By staff and wire reports") == []
    both = ["María de la Cruz", "Ludwig van der Berg"]
    assert from_metadata(", ".join(both)) == both


def test_a_person_on_the_author_line_outranks_an_organisation_in_the_metadata() -> None:
    # a syndicating portal credits the newswire as the article's author in its JSON-LD; the
    # visible line names the reporter. With no person named anywhere, the organisation stays.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Organization", "name": "Harbour Newswire"}}</script>')
    page = _page("<h1>North quay to close</h1><p>By Lowenna Pascoe | Harbour Newswire | March 3, 2025</p>",
                 head=head)
    assert newsclean.clean(page).authors == ["Lowenna Pascoe"]
    assert newsclean.clean(_page("<h1>North quay to close</h1>", head=head)).authors == ["Harbour Newswire"]


@pytest.mark.parametrize(("line", "authors"), [
    # an author line whose fields a bar parts: the author with their job, the photographer, the date
    ("Words by Lowenna Pascoe, Programmes Officer (East Africa) | Photos by Sam Okafor | 3 February 2025",
     ["Lowenna Pascoe"]),
    # a bulletin's issuer, and a job after the name that no newsroom's list of roles holds
    ("Issued by: Owen Tregarthen, Severe Weather Meteorologist", ["Owen Tregarthen"]),
])
def test_author_lines_of_institutions_pages(line: str, authors: list[str]) -> None:
    assert _dump("North quay to close for six months", line).authors == authors



@pytest.mark.parametrize(("line", "alone"), [
    ("Ingrid Solheim Aasen Journalist og meteorolog", True),  # two roles joined by "og"
    ("Jane Doe Reporter and editor", True),
    ("Jane Doe Staff Writer", True),
    ("Jane Doe went and saw", False),
    ("Jane Doe and meteorolog", False),  # no role first
])
def test_a_name_then_two_roles_joined_by_and_is_a_name_alone(line: str, alone: bool) -> None:
    from newsclean.rules.authors import name_alone
    from newsclean.segment import segment

    assert name_alone(segment(line + "\n").units[0]) is alone


def test_a_video_players_buttons_are_no_author_by_the_headline() -> None:
    """"Undertekster Fullskjerm" (Norwegian: subtitles, full screen) reads as a name of two
    capitalised words; the player's buttons are furniture."""
    dump = ("Kraftig regn og sterk vind: Dette er ukesvarselet for Bergen\n\n"
            "Spill av video\n\nUndertekster Fullskjerm\n\n"
            + "Etter en rolig og solrik helg snur været brått på Vestlandet, og fra mandag kveld ventes "
              "et kraftig lavtrykk å treffe kysten med mye regn og sterk vind.\n\n" * 3)
    assert newsclean.clean(dump).byline is None


def test_an_author_line_naming_more_than_the_metadata_names_them_all() -> None:
    # the meta tag names the first author only; the line under the headline names both
    page = _page("<h1>North quay to close</h1><p class='byline'>Por Owen Tregarthen y Lowenna Pascoe</p>",
                 head='<meta name="author" content="Owen Tregarthen">')
    assert newsclean.clean(page).authors == ["Owen Tregarthen", "Lowenna Pascoe"]
    # a line naming someone else than the metadata leaves the metadata's name
    page = _page("<h1>North quay to close</h1><p class='byline'>By Lowenna Pascoe and Jory Penrose</p>",
                 head='<meta name="author" content="Owen Tregarthen">')
    assert newsclean.clean(page).authors == ["Owen Tregarthen"]


def test_names_alone_over_a_date_in_the_pages_language_are_the_authors() -> None:
    body = [
        "El puerto de Valparaíso cerrará el muelle norte durante seis meses a partir de abril para "
        "reparar los pilotes dañados por las marejadas del invierno pasado, informó la empresa portuaria.",
        "Los cruceros que tenían reservada esa escala serán trasladados al terminal sur, mientras que las "
        "naves de carga operarán con horarios restringidos durante la noche, según el plan "
        "presentado ayer.",
        "Los sindicatos pidieron garantías para los trabajadores eventuales, que temen perder sus turnos "
        "mientras duren las obras, y anunciaron una reunión con la autoridad marítima para la "
        "próxima semana.",
    ]
    article = newsclean.clean("\n\n".join([
        "Muelle norte de Valparaíso cerrará seis meses | Diario del Puerto", "Inicio / Regiones",
        "Muelle norte de Valparaíso cerrará seis meses",
        "Camila Fuentes y Rodrigo Alarcón",
        "Martes 3 de marzo de 2026 | 07:52 · Actualizado hace 4 minutos",
        *body]))
    assert article.authors == ["Camila Fuentes", "Rodrigo Alarcón"]
    assert article.paragraphs == body


@pytest.mark.parametrize("line", ["Owen Treharne, transport correspondent",
                                  "Owen Treharne, transport correspondent Thu 14 Nov 2013 18.02 GMT"])
def test_a_name_and_a_beat_in_lower_case_before_the_role_is_an_author_line(line: str) -> None:
    from newsclean.rules.patterns import is_byline

    assert is_byline(line)
    assert names(line) == ["Owen Treharne"]
    # a clause's word before the role is none: "the", "also", "whose" open a clause
    assert not is_byline("Maria Lopez, also a reporter at the paper, said the quay would close.")


@pytest.mark.parametrize(("line", "expected"), [
    ("Аутор: Јелена Петровић | Извор: Танјуг | 03.03.2026. 14:25", ["Јелена Петровић"]),  # Serbian
    ("Avtor: Nina Kranjc | Foto: STA", ["Nina Kranjc"]),  # Slovenian
    ("Autorius: Rūta Jankauskienė Šaltinis: ELTA 2026-03-03 14:25", ["Rūta Jankauskienė"]),  # Lithuanian
    ("Autors: Ieva Bērziņa · 03.03.2026 14:25", ["Ieva Bērziņa"]),  # Latvian
    ("Пише: Марко Јовановић", ["Марко Јовановић"]),  # "writes:"
])
def test_author_openers_of_central_and_eastern_europe(line: str, expected: list[str]) -> None:
    from newsclean.rules.patterns import is_byline

    assert is_byline(line)
    assert names(line) == expected
