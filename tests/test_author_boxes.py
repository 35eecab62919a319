"""Author lines set as a page's furniture sets them: a name among a date line's fields ("March
4, 2026 · 8 min · Priya Natarajan | Suggest Changes"), a second author on a line of its own
("and Dan Pryor"), a column's author box over the headline (the name over its bio), a
podcast's hosts, a credit line of two trades ("Photographs and text by ..."), and a blog's
signature that closes with its time. The dumps are invented."""
# Dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.authors import names
from newsclean.rules.patterns import is_byline
from newsclean.rules.signatures import author_in_date_line
from newsclean.segment import segment

STORY = [
    "Every other Tuesday our API fleet paged us about memory roughly forty minutes after a deploy, and every "
    "time a restart made the problem go away until the next release.",
    "The dispatcher started one goroutine for every delivery and never waited for any of them, so a slow "
    "endpoint could hold thousands of them open at once while the pod's memory climbed.",
    "The fix was four lines long: a context with a deadline, passed down to every delivery, and a select "
    "that gives up when the deadline passes instead of waiting forever on a channel.",
]


@pytest.mark.parametrize(("line", "name"), [
    ("March 4, 2026 · 8 min · Priya Natarajan | Suggest Changes", "Priya Natarajan"),
    ("Ane Etxeberria | 04/03/2026 13:47 CET | Actualizado: 04/03/2026 14:20 CET", "Ane Etxeberria"),
    ("January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments", None),
    ("Harbour Walks · Kestle Echo · Old Town", None),  # no date among the fields: a list's
])
def test_a_name_among_a_date_lines_fields_is_its_author(line: str, name: str | None) -> None:
    assert author_in_date_line(segment(line).units[0]) == name


def test_a_second_author_on_a_line_of_its_own_after_and() -> None:
    text = "\n".join(["Seagull steals entire fish supper from pensioner on seafront",
                      "By Kelly Ashworth, Senior Reporter", "and Dan Pryor", "09:12, Sat, Mar 7, 2026",
                      "", *STORY]) + "\n"
    assert newsclean.clean(text).authors == ["Kelly Ashworth", "Dan Pryor"]


def test_a_columns_author_box_over_the_headline_names_the_author() -> None:
    text = "\n\n".join([
        "Opinion | Our buses don't need a new logo. They need to show up. – The Piedmont Sentinel",
        "Local", "Politics", "Opinion", "Advertisement", "Columnist", "Dana Whitcombe",
        "Dana Whitcombe writes about housing, transit and how cities work. She rides the bus most days.",
        "Opinion", "Our buses don't need a new logo. They need to show up.", "March 6, 2026 at 1:00 a.m. EST",
        *STORY]) + "\n"
    assert newsclean.clean(text).authors == ["Dana Whitcombe"]


def test_two_capitalised_words_over_a_headline_without_a_bio_name_no_author() -> None:
    text = "\n\n".join(["Our buses don't need a new logo. They need to show up. – The Piedmont Sentinel",
                        "Local", "Secondary Menu", "World News",
                        "Our buses don't need a new logo. They need to show up.", "March 6, 2026",
                        *STORY]) + "\n"
    assert newsclean.clean(text).authors == []


@pytest.mark.parametrize(("line", "found"), [
    ("Hosted by Marisol Vega & Theo Brandt", ["Marisol Vega", "Theo Brandt"]),
    ("Photographs and text by Tomasz Wren", ["Tomasz Wren"]),
])
def test_credit_lines_name_their_authors(line: str, found: list[str]) -> None:
    assert is_byline(line)
    assert names(line) == found


def test_a_blogs_signature_closing_with_its_time_signs_it_among_stamped_comments() -> None:
    comments = [f"Reader {n} said the footbridge should have reopened sooner.\nReply\n"
                f"Jo Bloggs {n} March 2026 at 16:{n:02d}" for n in range(10, 14)]
    text = "\n\n".join(["Otley footbridge finally reopens", *STORY, "Posted by Geoff Tillotson at 21:14",
                        "Email This BlogThis! Share to X Share to Facebook", "4 comments:", *comments]) + "\n"
    assert newsclean.clean(text).authors == ["Geoff Tillotson"]


def _lynx(paragraph: str) -> list[str]:
    """A paragraph as lynx -width=80 prints it: indented three columns, wrapped near 74."""
    import textwrap

    return ["   " + line for line in textwrap.wrap(paragraph, 71)]


def test_in_a_lynx_dump_the_author_box_under_the_text_ends_the_article() -> None:
    # the author's name is a link ("[2]Rosa Jiménez"), the bio under it opens with the name;
    # what follows the box (a republishing note, a donation pitch) is no part of the article
    dump = "\n".join([
        "   [1]The Valley Ledger", "",
        "The deploy that ate our memory", "",
        "   By Rosa Jiménez", "   March 4, 2026", "",
        *(line for paragraph in STORY for line in [*_lynx(paragraph), ""]),
        "   [2]Rosa Jiménez", "",
        *_lynx("Rosa Jiménez covers infrastructure for The Valley Ledger. She previously worked as a "
               "site reliability engineer at two payment companies."),
        "   [3]rosa@valleyledger.example", "",
        "   Republish this story", "",
        *_lynx("The Valley Ledger is a nonprofit newsroom. We don't have a paywall, and we never will. "
               "If this story helped you, consider a gift of $5 a month to keep it that way."),
        "   [4]Donate now", "",
        "References", "",
        "   1. https://valleyledger.example/", "   2. https://valleyledger.example/staff/rosa",
        "   3. mailto:rosa@valleyledger.example", "   4. https://valleyledger.example/donate",
    ]) + "\n"
    result = newsclean.clean(dump)
    assert any("lynx" in note for note in result.notes)
    assert result.paragraphs == STORY



_HABARI = [
    "Wavuvi wa Old Town mjini Mombasa sasa wana chumba kipya cha baridi chenye uwezo wa kuhifadhi tani kumi za samaki, baada ya kaunti kukamilisha ujenzi wake wiki hii.",
    "Mwenyekiti wa kikundi cha wavuvi alisema hapo awali walilazimika kuuza samaki kwa bei ya chini kila jioni kwa sababu hawakuwa na mahali pa kuwahifadhi.",
    "Kaunti inatarajia kujenga vyumba vingine viwili vya baridi katika fuo za Shelly Beach na Bamburi kabla ya mwisho wa mwaka ujao wa fedha.",
]
_BIO_BOX = [
    "Mada:", "Uchumi", "Mombasa",
    "Amina Salim ni mwandishi wa habari za uchumi na mazingira wa Sauti ya Pwani, akiwa Mombasa.",
    "Soma pia", "Bei ya samaki yapanda Mombasa huku upepo mkali ukizuia wavuvi kwenda baharini kwa siku nne mfululizo.",
    "Wakulima wa mwani Kwale waomba msaada wa soko la nje, wakisema vikundi vinazalisha zaidi ya wanavyoweza kuuza.",
]


def test_a_bio_that_opens_with_the_authors_name_ends_the_article_in_any_language() -> None:
    # the box's name over the bio was a link the converter left out: the bio opens with it
    text = "\n\n".join(["Wavuvi wa Mombasa wapata chumba cha baridi", "Na Amina Salim", *_HABARI, *_BIO_BOX]) + "\n"
    article = newsclean.clean(text)
    assert article.paragraphs == _HABARI
    assert any("Amina Salim ni mwandishi" in r.text for r in article.removed)


def test_a_bio_under_the_text_is_the_authors_though_a_caption_a_tags_line_and_a_reply_name_them() -> None:
    # the author credited under the photo, the name's link run into the tags line (as lynx
    # prints them), a reply in the thread by the author: none of these is the text naming its
    # subject, so the bio that opens with the name still ends the article
    caption = "The Saturday market on Quay Street. (Photo: Amina Salim / Sauti ya Pwani)"
    bio = "Amina Salim ni mwandishi wa habari za uchumi na mazingira wa Sauti ya Pwani, akiwa Mombasa."
    thread = ["12 comments", "Juma K. · 2 hours ago",
              "Asante Amina Salim kwa habari hii nzuri, tunasubiri chumba kifunguliwe mapema mwezi ujao kama walivyoahidi.",
              "Reply 4"]
    text = "\n\n".join(["Wavuvi wa Mombasa wapata chumba cha baridi", "Na Amina Salim", caption, *_HABARI,
                        "Tags Uvuvi Mombasa Amina Salim", bio, "Comment guidelines",
                        "Be civil and keep to the story. Comments that break these rules will be removed by our moderators without notice.",
                        *thread]) + "\n"
    assert newsclean.clean(text).paragraphs == _HABARI


def test_a_long_bio_under_an_about_the_author_heading_ends_the_article() -> None:
    # a columnist's bio of a long paragraph (over 600 characters, as long as a paragraph of
    # the text): under its box's heading it is the box's, not the column's last paragraph
    bio = ("Amina Salim ni mwandishi wa habari za uchumi na mazingira wa Sauti ya Pwani, akiwa Mombasa. "
           "Amejiunga na gazeti mwaka 2012 baada ya kufanya kazi kama mwalimu wa shule ya sekondari kwa "
           "miaka sita, na ameandika kuhusu uvuvi, bandari na biashara ya pwani kwa zaidi ya muongo mmoja. "
           "Mwaka 2021 alishinda tuzo ya kitaifa ya uandishi wa habari za mazingira kwa mfululizo wa makala "
           "kuhusu uharibifu wa mikoko katika pwani ya kaskazini, na mwaka uliofuata alikuwa mhariri mgeni "
           "wa jarida la wanahabari wa Afrika Mashariki. Kwa sasa anaandika kitabu kuhusu historia ya "
           "bandari ya Mombasa na wavuvi wake. Anaishi Mombasa na familia yake.")
    assert len(bio) > 600
    text = "\n\n".join(["Wavuvi wa Mombasa wapata chumba cha baridi", "Na Amina Salim", *_HABARI,
                        "About the author", bio, "Tags", "Uvuvi"]) + "\n"
    assert newsclean.clean(text).paragraphs == _HABARI


def test_a_bio_shaped_line_that_names_the_texts_subject_is_no_author_box() -> None:
    # a byline misread as a name the text itself goes on about: its paragraph is the text's
    story = [*_HABARI, "Amina Salim ni mvuvi wa miaka mingi na mwenyekiti wa kikundi cha wanawake wanaouza samaki sokoni.",
             "Salim alisema wanachama wa kikundi watalipa shilingi tano kwa kila kilo ya samaki watakayohifadhi, fedha zitakazotumika kulipia umeme."]
    text = "\n\n".join(["Wavuvi wa Mombasa wapata chumba cha baridi", "Na Amina Salim", *story]) + "\n"
    assert newsclean.clean(text).paragraphs == story


_PODUL = [
    "Podul peste Someș de pe strada Fabricii va fi închis complet timp de șapte luni, începând de luni, pentru lucrări de consolidare a pilelor și de înlocuire a tablierului.",
    "Primăria a anunțat că traficul va fi deviat pe podul din strada Oașului, iar trei linii de autobuz vor circula pe trasee ocolitoare până la finalizarea lucrărilor.",
    "Viceprimarul a spus că lucrările nu mai puteau fi amânate, după ce o expertiză tehnică a arătat că două dintre pile au fost afectate de viiturile din ultimii ani.",
]


def test_the_author_box_under_the_text_says_which_header_words_are_the_authors() -> None:
    # no "and" the patterns know ("și"): the box's names alone, each over its bio under the
    # text, are the ones the header line prints (its opener, "de" alone on its line, with it)
    text = "\n\n".join([
        "Podul de pe strada Fabricii se închide șapte luni | Ziarul Transilvan", "Știri", "Cluj",
        "Podul de pe strada Fabricii se închide șapte luni",
        "Primăria a anunțat rute ocolitoare și trei linii de autobuz deviate.", "de",
        "Andreea Mureșan și Radu Pop - 12 martie 2024, 14:37", *_PODUL, "Distribuie acest articol",
        "Andreea Mureșan", "Jurnalistă la Ziarul Transilvan din 2016. Scrie despre administrație locală și urbanism.",
        "Radu Pop", "Reporter foto și video, scrie despre transport și infrastructură în Cluj."]) + "\n"
    article = newsclean.clean(text)
    assert article.authors == ["Andreea Mureșan", "Radu Pop"]
    assert article.byline == "de Andreea Mureșan și Radu Pop - 12 martie 2024, 14:37"


_INIT = [
    "Umabot sa 45 degrees Celsius ang heat index sa lungsod nitong Miyerkoles, ang pinakamataas ngayong taon ayon sa weather bureau.",
    "Dahil dito, inilipat muna sa online ang klase ng ilang pampublikong paaralan sa lalawigan hanggang sa katapusan ng linggo.",
    "Pinaalalahanan din ng City Health Office ang publiko na iwasan ang matagal na pagbibilad sa araw at uminom ng maraming tubig.",
    "Ayon sa tanggapan, labing-apat na kaso ng heat exhaustion ang naitala sa mga ospital ng lungsod mula noong Lunes, karamihan ay mga manggagawa sa labas.",
    "Inaasahang bababa ang temperatura sa susunod na linggo, ngunit nagbabala ang weather bureau na maaaring mas tumindi pa ang init sa Abril at Mayo.",
]


def test_an_author_box_whose_names_the_author_line_holds_ends_the_article() -> None:
    # the author line's opener and "and" are words no list knows ("Nina", "at"): the box's
    # names alone under the text are still the line's, and the box ends the article
    text = "\n\n".join([
        "Heat index sa Dagupan umabot sa 45°C | Balitang Bayan", "Probinsya",
        "Heat index sa Dagupan umabot sa 45°C",
        "Nina Liza Manalo at Ramon Tolentino Marso 14, 2024 | 3:45 PM", *_INIT,
        "Mga tag: heat index Dagupan", "Liza Manalo",
        "Si Liza Manalo ay correspondent ng Balitang Bayan sa Pangasinan at sumusulat tungkol sa edukasyon at kalusugan.",
        "Ramon Tolentino", "Si Ramon Tolentino ay photojournalist at reporter na nakabase sa Hilagang Luzon.",
        "Kaugnay na balita",
        "Tinatayang 3,000 ektarya ng palayan ang nanganganib matuyo kung hindi uulan bago matapos ang buwan."]) + "\n"
    article = newsclean.clean(text)
    assert article.paragraphs == _INIT
    assert article.authors == ["Liza Manalo", "Ramon Tolentino"]
