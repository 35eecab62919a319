"""The built-in rules on realistic (invented) page dumps, and their recognisers one by one."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest
from conftest import check_roles

import newsclean
from newsclean.article import Article, assemble
from newsclean.document import Document, Role, Unit
from newsclean.rules.dateline import parse
from newsclean.rules.markers import category, markers
from newsclean.rules.patterns import is_byline, is_caption, is_dateish
from newsclean.segment import segment

# An html-text style dump: page <title> first, no blank lines, everything one line each.
AP_DUMP = """\
Floodwaters force thousands from riverside villages | The Northgate Tribune
Skip to main content
Home
World
Politics
Business
Sport
Subscribe
Sign in
Floodwaters force thousands from riverside villages
By Jane Doe, Associated Press
Published November 18, 2019 11:03 PM
Share
Facebook
Twitter
Email
Rescue workers carry an elderly woman through a flooded street in Dravka on Monday. (AP Photo/Oleksandr Petrenko)
KYIV, Ukraine (AP) — Thousands of people were forced from their homes in western Ukraine on Monday after days of heavy rain sent the Dniester and its tributaries over their banks, flooding villages and cutting roads across three regions.
Emergency officials said more than 4,000 people had been moved to schools and sports halls, and that rescue crews in boats were still searching for residents who had refused to leave when the water began to rise on Sunday night.
“We have never seen the river come up this fast,” said Halyna Moroz, a 62-year-old retired teacher who spent the night on the roof of her house with her husband and their dog. “By the morning the water was at the windows.”
Advertisement
The regional governor said the damage would run to millions of dollars and asked the national government to declare an emergency, which would free money for repairs to bridges and for payments to families who lost their homes.
“Everyone is doing what they can.”
Meteorologists said the rain was expected to ease by Wednesday, but warned that the water in the lower reaches of the river would keep rising for several more days as the flood moved downstream toward the Black Sea.
A LONG WAIT
In the village of Dravka, where the water reached the first floor of many houses, residents said they had been waiting for help for hours and that the only road out of the village had been under water since the early afternoon.
“The boats came at last, but many of us had already walked out through the fields,” said Petro Lysenko, who runs the village shop. “The old people could not do that, and they were the ones we worried about.”
Officials said two people had died, one of them a man whose car was swept off a bridge near the town of Halych, and that the search for a third person, a fisherman reported missing on Saturday, was continuing.
Related articles
Storm knocks out power to thousands in the west
Dam repairs behind schedule, auditors say
Farmers count the cost of a wet autumn
Get the Morning Briefing
Sign up for our daily newsletter and get the top stories delivered to your inbox.
Enter your email address
We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse you agree to our use of cookies.
Accept all
Manage preferences
Comments (3)
Leave a comment
Mykola R. says:
My parents live in Halych and the road has been closed since Sunday, nobody from the council has told them anything about when it will open again.
Reply
About us
Contact us
Privacy policy
Terms of use
© 2019 The Northgate Tribune. All rights reserved.
"""

AP_PROSE = [line for line in AP_DUMP.splitlines() if len(line) > 150 and "cookies" not in line
            and "My parents" not in line]
AP_BOILERPLATE = [
    "Skip to main content", "Home", "World", "Politics", "Business", "Sport", "Subscribe",
    "Sign in", "Published November 18, 2019 11:03 PM", "Share", "Facebook", "Twitter", "Email",
    "Advertisement", "Related articles", "Storm knocks out power to thousands in the west",
    "Dam repairs behind schedule, auditors say", "Farmers count the cost of a wet autumn",
    "Get the Morning Briefing",
    "Sign up for our daily newsletter and get the top stories delivered to your inbox.",
    "Enter your email address",
    "We use cookies to improve your experience on our site and to show you relevant "
    "advertising. By continuing to browse you agree to our use of cookies.",
    "Accept all", "Manage preferences", "Comments (3)", "Leave a comment", "Mykola R. says:",
    "My parents live in Halych and the road has been closed since Sunday, nobody from the "
    "council has told them anything about when it will open again.",
    "Reply", "About us", "Contact us", "Privacy policy", "Terms of use",
    "© 2019 The Northgate Tribune. All rights reserved.",
]

# A wire story with blank lines between blocks (another html-to-text converter).
REUTERS_DUMP = """\
Markets

World

Business

Tech

Copper hits five-month high as Chilean mine strike drags on

Reuters November 18, 2019 11:03 PM

A worker walks past copper cathodes at a warehouse near Antofagasta, Chile, October 3, 2019. REUTERS/Ivan Alvarado

WASHINGTON, Nov 19 (Reuters) - Copper prices climbed to their highest in five months on Tuesday as a strike at one of Chile's largest mines entered its third week, raising worries about supply just as demand from factories in Asia began to recover.

Benchmark copper on the London Metal Exchange rose 1.4% to $6,020 a tonne by late afternoon, after touching its highest since mid-June earlier in the session, while trading volumes were well above their average for the month.

"The market had been ignoring the strike because everyone expected a quick deal, and now that is clearly not happening," said Laura Benedetti, an analyst at a commodities consultancy in London.

Talks between the mine's owner and the union broke down on Friday over pay and bonuses, and the union said on Monday that it had no plans to return to the table until the company made a better offer to its members.

Chile is the world's biggest copper producer, and the mine accounts for about 3% of global supply, according to figures from an industry group, which said stocks in exchange warehouses had fallen for six weeks in a row.

Analysts said a long strike could push prices higher still, although a slowdown in construction in China, the largest consumer of the metal, would limit any gains over the rest of the year.

Our Standards: The Thomson Reuters Trust Principles.

Read Next

Oil steadies as traders weigh supply risks

Gold slips as dollar firms ahead of Fed minutes
"""

REUTERS_PROSE = [block for block in REUTERS_DUMP.split("\n\n") if len(block) > 150]

# An html2text (Markdown) dump.
MARKDOWN_DUMP = """\
  * [News](/news)
  * [Science](/science)
  * [Opinion](/opinion)
  * [Subscribe](/subscribe)

# Astronomers spot a comet that will pass Earth next spring

_By Priya Raman, Science Correspondent_

Image Credit: Tomas Lindqvist

A team of astronomers working at an observatory in the Canary Islands has found a comet that will pass close enough to Earth next spring to be seen with binoculars, they said on Wednesday.

The comet, which is about two kilometres across, was first spotted in images taken last month, and follow-up observations confirmed that its orbit would bring it within 40 million kilometres of the planet in April.

> "It is not every year that we get a comet this bright," said Dr. Elena Vidal, who led the search. "People should mark the date in their calendars."

Photo: A wide-field image of the comet taken on Tuesday night.

Astronomers said the comet had probably spent millions of years in the distant cloud of icy bodies that surrounds the solar system before a passing star nudged it inward.

**Advertisement**

Amateur observers will be able to follow the comet as it brightens through March, and the best views are expected in the early evening sky in the northern hemisphere in the second week of April.

The team plans to use larger telescopes over the coming months to measure the size of the comet's nucleus and to find out what its ice is made of, which could tell them where it formed.

* * *

### Related stories

  * [Mars rover finds layered rocks](/mars)
  * [How to photograph the night sky](/night)

Share this article

  * [Facebook](https://facebook.com)
  * [Twitter](https://twitter.com)

(C) 2024 The Skywatch Gazette
"""


def run(text: str) -> tuple[Document, Article]:
    doc = segment(text)
    newsclean.default_chain().run(doc)
    return doc, assemble(doc)


def unit_for(doc: Document, text: str) -> Unit:
    found = [u for u in doc.units if u.text == text]
    assert len(found) == 1, f"{text!r} is {len(found)} units"
    return found[0]


# --- the whole chain on each dump --------------------------------------------------------


def test_ap_dump_article() -> None:
    article = newsclean.clean(AP_DUMP)
    assert article.title == "Floodwaters force thousands from riverside villages"
    assert article.byline == "By Jane Doe, Associated Press"
    assert article.captions == [
        "Rescue workers carry an elderly woman through a flooded street in Dravka on Monday. "
        "(AP Photo/Oleksandr Petrenko)"]
    assert article.dateline == {"raw": "KYIV, Ukraine (AP) —", "location": "KYIV, Ukraine",
                                "source": "AP", "date": None}
    assert len(AP_PROSE) == 8
    assert article.paragraphs == [
        AP_PROSE[0], AP_PROSE[1], AP_PROSE[2], AP_PROSE[3], "“Everyone is doing what they can.”",
        AP_PROSE[4], "A LONG WAIT", AP_PROSE[5], AP_PROSE[6], AP_PROSE[7]]


def test_reuters_dump_article() -> None:
    article = newsclean.clean(REUTERS_DUMP)
    assert article.title == "Copper hits five-month high as Chilean mine strike drags on"
    assert article.byline == "Reuters November 18, 2019 11:03 PM"
    assert article.captions == [
        "A worker walks past copper cathodes at a warehouse near Antofagasta, Chile, "
        "October 3, 2019. REUTERS/Ivan Alvarado"]
    assert article.paragraphs[0] == REUTERS_PROSE[0]
    assert set(article.paragraphs) <= set(REUTERS_PROSE)  # (all of them: see the test below)
    assert article.dateline is not None
    assert article.dateline["source"] == "Reuters"
    removed = "\n".join(r.text for r in article.removed)
    for line in ("Markets", "World", "Business", "Tech", "Read Next",
                 "Our Standards: The Thomson Reuters Trust Principles.",
                 "Oil steadies as traders weigh supply risks",
                 "Gold slips as dollar firms ahead of Fed minutes"):
        assert line in removed


def test_markdown_dump_article() -> None:
    article = newsclean.clean(MARKDOWN_DUMP)
    assert article.title == "Astronomers spot a comet that will pass Earth next spring"
    assert article.byline == "By Priya Raman, Science Correspondent"
    assert article.captions == ["Image Credit: Tomas Lindqvist",
                                "Photo: A wide-field image of the comet taken on Tuesday night."]
    assert len(article.paragraphs) == 6
    assert article.paragraphs[2].startswith('"It is not every year')
    assert all("*" not in p and "](" not in p for p in article.paragraphs)
    removed = "\n".join(r.text for r in article.removed)
    for raw in ("  * [News](/news)", "  * [Subscribe](/subscribe)", "**Advertisement**",
                "* * *", "### Related stories", "  * [Mars rover finds layered rocks](/mars)",
                "Share this article", "  * [Twitter](https://twitter.com)",
                "(C) 2024 The Skywatch Gazette"):
        assert raw in removed, raw


# --- title -------------------------------------------------------------------------------


def test_title_after_menu_with_page_title_first() -> None:
    doc, article = run(AP_DUMP)
    assert article.title == "Floodwaters force thousands from riverside villages"
    page_title = doc.units[0]
    assert page_title.role is Role.REMOVED and page_title.rule == "title"
    assert "headline" in (page_title.reason or "")
    assert unit_for(doc, article.title).index == 9


def test_title_from_markdown_heading() -> None:
    doc, article = run(MARKDOWN_DUMP)
    heading = unit_for(doc, "Astronomers spot a comet that will pass Earth next spring")
    assert heading.kind == "heading" and heading.level == 1
    assert heading.role is Role.TITLE and heading.rule == "title"


def test_title_markdown_h1_beats_earlier_headline_like_lines() -> None:
    text = "## Science news from around the world\n\n" + MARKDOWN_DUMP
    title = "Astronomers spot a comet that will pass Earth next spring"
    assert newsclean.clean(text).title == title


def test_title_without_page_title_line() -> None:
    assert newsclean.clean(REUTERS_DUMP).title == (
        "Copper hits five-month high as Chilean mine strike drags on")


@pytest.mark.parametrize("separator", [" | ", " - ", " — ", " :: "])
def test_title_page_title_with_site_suffix_and_repeated_headline(separator: str) -> None:
    text = AP_DUMP.replace(" | The Northgate Tribune", separator + "The Northgate Tribune", 1)
    doc, article = run(text)
    assert article.title == "Floodwaters force thousands from riverside villages"
    assert doc.units[0].role is Role.REMOVED


def test_title_page_title_only_drops_site_suffix() -> None:
    lines = AP_DUMP.splitlines()
    lines.remove("Floodwaters force thousands from riverside villages")  # only the <title> left
    article = newsclean.clean("\n".join(lines))
    assert article.title == "Floodwaters force thousands from riverside villages"


def test_title_is_never_a_prose_paragraph() -> None:
    article = newsclean.clean(AP_DUMP)
    assert article.title not in article.paragraphs
    assert article.title and not article.title.endswith(".")


# --- byline ------------------------------------------------------------------------------


def test_byline_associated_press() -> None:
    doc, article = run(AP_DUMP)
    unit = unit_for(doc, "By Jane Doe, Associated Press")
    assert (unit.role, unit.rule) == (Role.BYLINE, "byline")
    assert article.byline == "By Jane Doe, Associated Press"


def test_byline_reuters_with_date() -> None:
    doc, article = run(REUTERS_DUMP)
    unit = unit_for(doc, "Reuters November 18, 2019 11:03 PM")
    assert (unit.role, unit.rule) == (Role.BYLINE, "byline")


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe, Associated Press", "Reuters November 18, 2019 11:03 PM",
     "By Jane Doe and Sam Okafor, Associated Press", "Jane Doe | Staff Writer",
     "Written by Sam Okafor", "By JANE DOE Associated Press", "Von Anna Müller",
     "Par Claire Dubois", "By Priya Raman, Science Correspondent",
     "Analysis by Tomas Kell, Harbour Gazette chief political analyst",
     "Nell Ashdown, @nellashdown", "Nell Ashdown @nellashdown",
     "by Nell Ashdown @nell_ashdown February 1, 2016: 12:41 PM ET",
     "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "dpa 14. Januar 2020, 10:12 Uhr",
     "Posted by kestlecrew, OwenT and Jory on 2026-03-02, all posts",
     # a post's date line, then its author
     "October 19, 2019 by Nell Ashdown", "Tuesday 15 October 2019 by Tomas Kell",
     "Posted on Tuesday 15 October 2019 at 09:11 by Tomas Kell.", "3/2/2026 7:11 AM PST BY GAZETTE STAFF",
     "on March 10, 2015 by Priya Raman", "22 July 2019 | By Harbour Gazette",
     # the names end where a date or a time follows them
     "Por María Soto 3 de marzo de 2026 · 10:41 hrs Actualizado: 11:20 hrs", "By Nell Ashdown 3 hours ago",
     # a name then its role, no mark between (a page that sets each author on a line)
     "Ingrid Solberg Journalist", "Owen Tregarthen Staff Writer", "Nell Ashdown Reporter",
     "By Nell Ashdown Weather and climate reporter",  # (a beat of two: "and" is the beat's)
     # the author's picture first, as w3m prints an image: its alt text or file name in brackets
     "[nell-a-96]by Nell Ashdown and Sam OkaforNovember 19, 2024", "[mkh] Af Mette Holm og Jonas Friis",
     # scripts without capitals: an opener, then the name to the line's end; "记者" and a space
     "எழுதியவர், முத்துக்குமார் ராஜன்", "2024年03月14日 10:15 湖畔晚报 记者 林晓雯",
     # an opener's colon as its script writes it; Georgian sets no name apart by a capital
     "Հեղինակ՝ Արամ Սարգսյան", "Müəllif: Leyla Həsənova", "Autorid: Liis Mets ja Toomas Kuusk",
     "ავტორი: გიორგი ლომიძე",
     "By Nell Ashdown, a deputy editor and author of the Tidewater newsletter. She has covered "
     "the port authority and its finances for more than a decade at the Gazette and elsewhere."],
)
def test_is_byline(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    ["By the time the rescuers arrived, the water had reached the roofs.",
     "Byron Bay council met on Tuesday.", "By law, the council must publish its accounts.",
     "Reuters", "Floodwaters force thousands from riverside villages",
     "Follow Us @harbourgazette", "Harbour Gazette Newsroom, @gazette and @gazettesport",
     "By Christmas, the harbour board had spent more than it had raised in three years of "
     "fundraising, and it asked the council for a loan of two million pounds to finish the "
     "work on the north quay before the storms of the new year.",
     "By Tuesday, the board had spent more than it had raised in three years of fundraising, "
     "and it asked the council for a loan of two million pounds to finish the work.",
     "The regional governor said the damage would run to millions of dollars and asked the "
     "national government to declare an emergency.",
     "CNN 10 things to know about the harbour vote", "AP 2019 was the agency's busiest year",
     "Posted by the harbour board to every household", "Written by committee members in 2019 and later",
     # a date, then a teaser's title by its author; a time or a year alone; a sentence
     "Nov 7, 2017 Only Me by Pamela Nov 7, 2017", "Aug 8, 2019 The Harbour at Night by Nell Ashdown",
     'the short story "12:01 PM" by Richard Lupoff', "The 2019 report by Deloitte",
     "Sales rose 5% on March 2, 2019 by Tuesday", "On May 5, 2020 by most accounts the quay was full",
     # a role alone, its words capitalised like a name's
     "Senior Business Editor", "Deputy Fire Chief", "Managing Editor", "The Guardian Reporter",
     # a picture before words that name no author
     "[harbour-at-dawn] By Tuesday, the quay was full.", "[Read more]", "[ad] Continue reading",
     # a photographer's credit; an opener before a sentence in a script without capitals
     "游客在湖边使用回收柜。记者 林晓雯 摄", "எழுதியவர், முத்துக்குமார் ராஜன் சந்தையில் பல ஆண்டுகளாக வியாபாரம் செய்து வருகிறார்."],
)
def test_is_not_byline(line: str) -> None:
    assert not is_byline(line)


def test_opening_sentence_starting_with_by_weekday_stays_in_body() -> None:
    text = (
        "Flood waters recede in the valley\n\n"
        "By Tuesday evening, more than 4,000 people had been moved to schools and halls.\n\n"
        + "\n\n".join(REUTERS_PROSE[1:]) + "\n"
    )
    article = newsclean.clean(text)
    assert article.byline is None
    assert article.paragraphs[0].startswith("By Tuesday evening")


# --- captions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dump", "line"),
    [(AP_DUMP, "Rescue workers carry an elderly woman through a flooded street in Dravka on "
               "Monday. (AP Photo/Oleksandr Petrenko)"),
     (REUTERS_DUMP, "A worker walks past copper cathodes at a warehouse near Antofagasta, "
                    "Chile, October 3, 2019. REUTERS/Ivan Alvarado"),
     (MARKDOWN_DUMP, "Image Credit: Tomas Lindqvist"),
     (MARKDOWN_DUMP, "Photo: A wide-field image of the comet taken on Tuesday night.")],
    ids=["ap-photo", "reuters-slash", "image-credit", "photo-colon"],
)
def test_caption_kept_apart(dump: str, line: str) -> None:
    doc, article = run(dump)
    unit = unit_for(doc, line)
    assert (unit.role, unit.rule) == (Role.CAPTION, "caption")
    assert line in article.captions
    assert line not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    ["FILE - A worker walks past copper cathodes. (AP Photo/Esteban Felix, File)",
     "(Photo by Jane Doe/Getty Images)", "Photo: Getty Images", "Image Credit: Tomas Lindqvist",
     "A worker at the mine. REUTERS/Ivan Alvarado/File Photo", "Credit: Sam Okafor",
     "Photograph: Sam Okafor/The Courier",
     "The harbour master at the north quay. Photograph: Sam Okafor for the Courier",
     "A trawler leaving Kestle at dawn. Illustration: Lowenna Pascoe",
     "Nets drying on the harbour wall at low tide Shutterstock",
     "A lifeboat crew in training off the point. iStockphoto",
     # Arabic's "photography:" credit after the caption
     "جانب من سوق السمك في الميناء صباح اليوم - تصوير: سامي فؤاد",
     "Tàu cá neo đậu ở cảng sau cơn bão. Ảnh: Minh Khoa",
     # French typography's space before the colon; a newspaper's own file or staff photo
     "Un chalutier quitte le port à l'aube. Photo : Lucie Marchand pour Le Courrier",
     "The Mill Lane bridge, seen from Station Street, last rebuilt in 2019. Courier file photo by Gary Pell",
     "Volunteers hand out blankets at the shelter. Staff photo Dana Reyes",
     # a photographer's credit closing the caption: Lithuanian "nuotr.", Chinese "摄"
     "Mokiniai per pertrauką mokyklos kieme. Jono Petraičio nuotr.",
     "游客在湿地入口使用智能回收柜。记者 王小明 摄",
     # the credit closing a caption: "Courtesy of" whoever lent the picture
     "Ice heaves against the passenger dock on Kestle Island on Monday. Courtesy of Kestle Ferry Co.",
     "A still life of wild strawberries, 1761. Courtesy Pellby Museum",
     # a credit in brackets closing a caption in Japanese and Chinese
     "浜に設けられた竿に、手早くわかめを掛けていく女性たち（写真：山本一郎）",
     "市民在湿地公园散步（图片来源：本报记者）",
     # New Zealand's and Australia's "Photo / Name" closing a caption
     "Supporters of the pool filled the public gallery at Wednesday's meeting. Photo / Supplied",
     # the word for a photo opening a credit after the caption's sentence, or in brackets
     "Sanna Kettunen aloitti kunnanjohtajana huhtikuussa. Kuva: Jussi Heikkilä",
     "Horváth Gergely és Lengyel Anna az előadás egyik jelenetében. Fotó: Kálmán Zsófia",
     "Ουρές φορτηγών στη δυτική είσοδο. Φωτογραφία: Γιώργος Τσολάκης / Νέα Πρωινή",
     "Demonstranten vor dem Parlament in London (Bild: Kirsty Wigglesworth / AP)",
     # an outlet's own photo credit in brackets, and a photographer's name and outlet
     "Dwayne Kessler beside his pumpkin after Saturday's weigh-in. (Gazette photo by Earl T. Pruitt)",
     "Le bancarelle del mercatino in piazza Minghetti (foto Il Portico / Luca Zanardi)",  # Italian's lower case
     "The lake is reachable by road only in winter. (Amélie Tremblay/CNB)",
     # Polish "Fot." (photo), its point standing for the colon, an outlet's domain in it
     "Fot. Michał Lis / Fakty24.pl", "Dym nad kamienicą na Kazimierzu. Fot. PAP/Jan Nowak",
     # the photographer's name and outlet alone, the caption's last line
     "Amélie Tremblay/The Northern Courier", "Sam Okafor / Kestle Echo",
     # ... or closing the caption's sentence on its line
     "People seek shade by the river on Tuesday, when it reached 35.4 C. Kayla Brennan / The Prairie Sentinel",
     # East African papers' credit, a bar between: "PHOTO | FILE"
     "Traders wait for the ferry at Likoni on Monday. PHOTO | FILE", "Wavuvi wakiwa ufuoni. PICHA | MAKTABA",
     # "photo by" and a name in the caption's language: Tagalog, German, Spanish
     "Naglalakad pauwi ang mga estudyante sa Dagupan City. Larawan ni Paolo Mercado",
     "Die Fähre am Montagmorgen im Hafen. Foto von Jana Roth", "La plaza mayor el lunes. Foto de Ana Gil",
     # South Asian papers' word for a photo and a colon, and "(file photo)"
     "নদীর পাড়ে নৌকা বেঁধে রাখা হয়েছে। বুধবার দুপুরে ছবি: প্রভাতবার্তা",
     "நீர்மட்டம் குறைந்து காணப்படும் அணை (கோப்புப் படம்)",
     # Persian's and Urdu's word for a photo, Hebrew's "photograph", and a colon
     "قایق‌ها در ساحل بندر انزلی / عکس: خبرگزاری ساحل", "کشتی‌ها بندرگاہ پر کھڑی ہیں۔ تصویر: شہر نیوز",
     "סירות דייגים בנמל יפו. צילום: דנה לוי",
     # a video's credit closing its caption's sentence
     "Resumen: Halcones vs. Coyotes, 17 de mayo de 2025. Video: Canal 28 Noreste",
     "Meteorologen går gjennom ukens vær. Video: Vestkanalen",
     # a photographer's or an agency's name in capitals after a slash, closing the sentence
     "Amparo Benlloch, con la cazuela recién salida del horno, en su casa de Xàtiva. / JOSÉ M. ALCARAZ",
     "El presidente, durante el pleno del jueves. / EFE",
     # a caption run on into the button that hides it (public radio's pages)
     "Mary Strand, 67, has led the ambulance squad since 2011. hide caption",
     # the word for a photo in capitals, a credit to a stock library, a Chinese picture credit
     "A tram at the harbour stop, Kestle Bay. PHOTO: The Kestle Echo/Ana Reyes",
     "Representative image of waves breaking on the sea wall. Credit: iStock Photo",
     "2025年11月，浙江一家锂盐厂的成品仓库。图／视觉中国"],
)
def test_is_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", ["He kept a file photo by his desk for years.",
                                  "The council's staff photographed every pothole on the street.",
                                  "The vote split the council along its usual lines (Labour/Green).",
                                  "The fund was worth $4 million (Smith/Jones)."])
def test_a_photo_in_a_sentence_is_no_credit(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    ["The photo was taken in 2019 by a local resident, who said she was shocked.",
     "The council said the image of the town had suffered.", "The team credited the coach.",
     "Reuters reported the figures on Monday.",
     "Tarybos nariai balsavo už sprendimą, o meras pažadėjo jį įgyvendinti iki rudens.",
     "记者在现场看到，游客正在排队使用回收柜。",
     "The stock photo agency Shutterstock said its sales rose in the third quarter.",
     "The mayor thanked the volunteers. Courtesy matters, she said, and so do good manners.",
     "他说图书馆很好，市民可以在周末借书。", "町の写真館は来月閉店する。",
     "记者在现场看到，图书馆门口排起长队。图书馆说：周末照常开放",
     "Das Bild: ein Land im Umbruch", "Kuva on tärkeä: se kertoo paljon.",
     "News/Opinion", "Terms of Use/Privacy Policy", "Home/News/Local",
     "Amélie Tremblay/The Northern Courier reported the figures on Monday.",
     "Foto de familia en la cumbre de Madrid", "Kuha ng mga bata ang mga bulaklak sa hardin.",
     "Video: Firefighters rescue a cat from a storm drain in Millbrook",
     "La votación terminó a las diez. / El Congreso aprobó la ley.",
     # a paragraph a text browser ran the picture's credit on after: its text, not a caption
     "Along the front there is the disc drive, a power button, a single USB port and a pairing button. "
     "Around the back there are two HDMI ports, the second of which takes a cable box. There are two "
     "more USB ports, optical audio and Ethernet, and an old camera needs an adapter. Sam Okafor/Kestle Echo"],
)
def test_is_not_caption(line: str) -> None:
    assert not is_caption(line)


CREDITED = "\n\n".join([
    "Tram line to close for a month of track repairs",
    "Trams on the line between the station and the university will stop for four weeks from "
    "Monday while the city replaces worn rails and two points at the depot junction.",
    "{figure}",
    "Buses will run every six minutes along the route during the works, the transport company "
    "said, and stops will be marked with temporary signs at each tram stop.",
    "The company said the repairs could not wait for the summer holidays because the rails had "
    "worn faster than expected on the steep stretch below the university.",
]) + "\n"


def test_a_caption_over_its_credit_line_is_a_caption_too() -> None:
    # a figure's caption and, on the line under it with no blank line between, its credit alone
    figure = "A tram at the depot junction, where two points will be replaced.\nPhoto: Ana Ruiz / City Post"
    article = newsclean.clean(CREDITED.format(figure=figure))
    assert article.captions == figure.split("\n")
    assert len(article.paragraphs) == 3
    check_roles(CREDITED.format(figure=figure))


def test_a_paragraph_over_a_credit_set_apart_by_a_blank_line_stays_text() -> None:
    # the credit of a picture with no caption under the article's paragraph: one block each
    figure = "The depot will stay open for buses during the works.\n\nPhoto: Ana Ruiz / City Post"
    article = newsclean.clean(CREDITED.format(figure=figure))
    assert "The depot will stay open for buses during the works." in article.paragraphs
    assert article.captions == ["Photo: Ana Ruiz / City Post"]


def test_caption_credit_is_not_a_byline() -> None:
    article = newsclean.clean(REUTERS_DUMP)
    assert "REUTERS/" not in (article.byline or "")


def test_a_byline_run_into_the_caption_under_it_is_still_the_byline() -> None:
    # a text browser joins the author line and the lead photo's caption when no blank line
    # stands between them: the line names its author first
    lines = AP_DUMP.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("By "))
    lines[at] += " Main image: Villagers on the bridge. Photograph: Sam Okafor for the Tribune"
    article = newsclean.clean("\n".join(lines))
    assert article.byline == lines[at]


# --- boilerplate -------------------------------------------------------------------------


def test_boilerplate_removes_every_non_article_line() -> None:
    doc, _ = run(AP_DUMP)
    for line in AP_BOILERPLATE:
        unit = unit_for(doc, line)
        assert unit.role is Role.REMOVED, line
        assert unit.rule == "boilerplate", line
        assert unit.reason, line


@pytest.mark.parametrize(
    ("line", "category_name"),
    [("Home", "navigation"), ("Share", "share"), ("Advertisement", "advertisement"),
     ("Related articles", "related"), ("Enter your email address", "newsletter"),
     ("Accept all", "cookie-banner"), ("Leave a comment", "comments"),
     ("Privacy policy", "footer"), ("© 2019 The Northgate Tribune. All rights reserved.",
                                    "copyright")],
)
def test_boilerplate_reason_names_the_category(line: str, category_name: str) -> None:
    doc, _ = run(AP_DUMP)
    assert unit_for(doc, line).reason.startswith(category_name + ":")


def test_advertisement_inside_the_article() -> None:
    doc, _ = run(AP_DUMP)
    ad = unit_for(doc, "Advertisement")
    assert ad.reason == "advertisement: marked line inside the article"




@pytest.mark.parametrize(
    ("dump", "prose"),
    [(AP_DUMP, AP_PROSE),
     pytest.param(REUTERS_DUMP, REUTERS_PROSE),
     (REUTERS_DUMP.replace("Chile is the world's biggest copper producer, and the",
                           "The"), [p.replace("Chile is the world's biggest copper producer, and "
                                              "the", "The") for p in REUTERS_PROSE])],
    ids=["ap", "reuters", "reuters-without-bio-lookalike"],
)
def test_boilerplate_keeps_every_prose_paragraph(dump: str, prose: list[str]) -> None:
    doc, article = run(dump)
    for paragraph in prose:
        assert unit_for(doc, paragraph).role is Role.BODY, paragraph[:60]
    assert [p for p in article.paragraphs if p in prose] == prose


@pytest.mark.parametrize(
    "sentence",
    ["Chile is the world's biggest copper producer, and the mine accounts for about 3% of "
     "global supply, according to an industry group.",
     "Halych is a small town of 10,000 people where the author Ivan Franko once lived, and "
     "many of its houses stand close to the river.",
     # an event, not a person: "The ..." opens no bio, whatever role word follows
     "The Caribbean Payments Forum was held against the backdrop of banks cutting their "
     "correspondent banking relationships with small island states."],
)
def test_closing_paragraph_about_a_place_is_not_an_author_bio(sentence: str) -> None:
    last = REUTERS_PROSE[-1]
    neutral = REUTERS_PROSE[-2].replace("Chile is the world's biggest copper producer, and the",
                                        "The")
    text = REUTERS_DUMP.replace(REUTERS_PROSE[-2], neutral).replace(last, sentence)
    article = newsclean.clean(text)
    assert neutral in article.paragraphs
    assert article.paragraphs[-1] == sentence


def test_a_closing_paragraph_on_the_byline_author_is_their_bio_whatever_their_trade() -> None:
    body = "\n\n".join(REUTERS_PROSE)
    bio = "Maren Ellison is a retired ferry pilot and a member of the Kestle Harbour Trust."
    views = ("The views expressed in this column are those of the author and do not necessarily "
             "reflect those of the Kestle Echo.")
    article = newsclean.clean(f"Copper rises on supply fears\n\nBy Maren Ellison\n\n{body}\n\n"
                              f"{bio}\n\n{views}\n")
    assert article.paragraphs == REUTERS_PROSE
    # a paragraph opening with someone else's name stays: it is about them
    other = "Tomas Kell is a retired ferry pilot who has crossed the estuary 9,000 times."
    article = newsclean.clean(f"Copper rises on supply fears\n\nBy Maren Ellison\n\n{body}\n\n{other}\n")
    assert article.paragraphs[-1] == other
    # an organisation credited as the author, then news of it: "has" alone tells no bio, and
    # its text names it (as an organisation's news does) where a bio's text does not
    news = "Kestle Council has approved the plan to reopen the north quay before the summer."
    council = "The council said the quay's new cranes would be electric, as the port's are."
    article = newsclean.clean(f"Copper rises on supply fears\n\nBy Kestle Council\n\n{body}\n\n"
                              f"{council}\n\n{news}\n")
    assert article.paragraphs[-1] == news


def test_a_columnists_long_bio_under_the_text_is_theirs() -> None:
    # a columnist's bio runs past an unnamed bio's length: career, awards, family
    body = "\n\n".join(REUTERS_PROSE)
    bio = ("Maren Ellison is a columnist for the Kestle Echo, where she writes about the sea, "
           "work and the towns that live from both. Before joining the Echo in 2015, she spent "
           "nine years as a business reporter in Aberdeen and Bergen, covering fisheries, "
           "shipping and the long decline of the North Sea yards. She worked on a trawler for "
           "two summers after university and later served as a fellow at a maritime history "
           "institute in Hull. Her reporting on ferry safety was shortlisted for a regional "
           "press award, and her book on the estuary pilots won a national prize for history. "
           "She lives in Kestle with her husband and two sons, both of whom sail.")
    assert len(bio) > 600
    article = newsclean.clean(f"Copper rises on supply fears\n\nBy Maren Ellison\n\n{body}\n\n{bio}\n")
    assert article.paragraphs == REUTERS_PROSE
    assert any(r.text == bio and r.rule == "boilerplate" for r in article.removed)


def test_boilerplate_keeps_one_line_quote_paragraph() -> None:
    doc, _ = run(AP_DUMP)
    assert unit_for(doc, "“Everyone is doing what they can.”").role is Role.BODY


def test_boilerplate_keeps_short_all_caps_subhead() -> None:
    doc, article = run(AP_DUMP)
    assert unit_for(doc, "A LONG WAIT").role is Role.BODY
    assert article.paragraphs.index("A LONG WAIT") == 6


def test_boilerplate_keeps_subhead_with_blank_lines() -> None:
    text = REUTERS_DUMP.replace("Talks between", "WHAT COMES NEXT\n\nTalks between")
    article = newsclean.clean(text)
    assert "WHAT COMES NEXT" in article.paragraphs


def test_cookie_banner_at_the_top_of_the_dump() -> None:
    banner = ("We use cookies to give you the best experience. By clicking Accept you agree to "
              "our cookie policy.")
    doc, article = run(f"{banner}\nAccept\nReject all\n{AP_DUMP}")
    for line in (banner, "Accept", "Reject all"):
        unit = unit_for(doc, line)
        assert unit.role is Role.REMOVED and unit.reason.startswith("cookie-banner")
    assert article.title == "Floodwaters force thousands from riverside villages"
    assert len(article.paragraphs) == 10


def test_newsletter_box_inside_the_article() -> None:
    box = ("Sign up for our daily newsletter and get the top stories delivered to your "
           "inbox.\nEnter your email address\n")
    text = AP_DUMP.replace("Meteorologists said", box + "Meteorologists said", 1)
    article = newsclean.clean(text)
    assert not any("newsletter" in p or "email address" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 10


def test_pull_quote_repeating_the_body_is_removed() -> None:
    text = AP_DUMP.replace("A LONG WAIT\n",
                           "“We have never seen the river come up this fast”\nA LONG WAIT\n")
    doc, article = run(text)
    pull = unit_for(doc, "“We have never seen the river come up this fast”")
    assert pull.role is Role.REMOVED and "pull-quote" in (pull.reason or "")
    assert AP_PROSE[2] in article.paragraphs


def test_subhead_after_inline_read_more_link_is_kept() -> None:
    link = "Read more: Storm knocks out power to thousands in the west"
    text = AP_DUMP.replace("A LONG WAIT\n", f"{link}\nA LONG WAIT\n")
    doc, article = run(text)
    read_more = unit_for(doc, link)
    assert read_more.role is Role.REMOVED
    assert "A LONG WAIT" in article.paragraphs


def test_removed_blocks_group_consecutive_lines() -> None:
    article = newsclean.clean(AP_DUMP)
    footer = [r for r in article.removed if r.text.startswith("About us")]
    assert footer and footer[0].text.split("\n")[:4] == [
        "About us", "Contact us", "Privacy policy", "Terms of use"]
    assert all(r.rule and r.reason for r in article.removed)


def test_disabling_boilerplate_keeps_the_menu() -> None:
    chain = newsclean.default_chain().select(disable=["boilerplate"])
    article = newsclean.clean(AP_DUMP, rules=chain)
    for line in ("Home", "World", "Privacy policy", "Advertisement"):
        assert line in article.paragraphs
    assert article.title == "Floodwaters force thousands from riverside villages"


# --- dateline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "location", "source", "date"),
    [
        ("MOSCOW (AP) — Russian officials said on Monday that the talks would resume.",
         "MOSCOW (AP) —", "MOSCOW", "AP", None),
        ("WASHINGTON, Nov 19 (Reuters) - The U.S. Senate voted on Tuesday to extend the law.",
         "WASHINGTON, Nov 19 (Reuters) -", "WASHINGTON", "Reuters", "Nov 19"),
        ("(Bloomberg) -- Oil rose for a third day as traders weighed the risk to supply.",
         "(Bloomberg) --", None, "Bloomberg", None),
        ("LONDON — The Bank of England held interest rates on Thursday.",
         "LONDON —", "LONDON", None, None),
        ("KYIV, Ukraine (AP) — Thousands of people were forced from their homes.",
         "KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", None),
        ("NEW YORK, N.Y., Nov. 18, 2019 /PRNewswire/ -- Acme Corp. today announced a merger.",
         "NEW YORK, N.Y., Nov. 18, 2019 /PRNewswire/ --", "NEW YORK, N.Y.", "PRNewswire",
         "Nov. 18, 2019"),
        ("SAN FRANCISCO, Nov 18 (Reuters) - Tesla said on Monday it would cut prices.",
         "SAN FRANCISCO, Nov 18 (Reuters) -", "SAN FRANCISCO", "Reuters", "Nov 18"),
        ("BERLIN, 3 March (dpa) - Die Regierung hat am Dienstag beschlossen.",
         "BERLIN, 3 March (dpa) -", "BERLIN", "dpa", "3 March"),
        ("Avignon (AFP) - The festival opened on Saturday in front of a full house.",
         "Avignon (AFP) -", "Avignon", "AFP", None),
    ],
)
def test_dateline_parse(text: str, raw: str, location: str | None, source: str | None,
                        date: str | None) -> None:
    parsed = parse(text)
    assert parsed == {"raw": raw, "location": location, "source": source, "date": date}
    assert text.startswith(parsed["raw"])


@pytest.mark.parametrize(
    "text",
    ["EDITOR'S NOTE — This story is part of a series on the flooded valley.",
     "EDITOR’S NOTE — This story is part of a series on the flooded valley.",
     "Apple (AAPL) shares rose 2% on Tuesday after the company said sales had recovered.",
     "Paris is lovely in spring.",
     "UPDATE 2-Copper climbs to five-month high",
     "BREAKING — Fire closes the harbour road",
     "The council said on Monday that the bridge would close.",
     "Reuters reported the figures on Monday.",
     "Tarybos nariai balsavo už sprendimą, o meras pažadėjo jį įgyvendinti iki rudens.",
     "记者在现场看到，游客正在排队使用回收柜。",
     ""],
)
def test_dateline_parse_rejects(text: str) -> None:
    assert parse(text) is None


def test_dateline_rule_uses_first_body_line_only() -> None:
    text = REUTERS_DUMP.replace("WASHINGTON, Nov 19 (Reuters) - ", "", 1)
    article = newsclean.clean(text)
    assert article.dateline is None


def test_dateline_stays_in_the_body_and_is_bold_in_markdown() -> None:
    article = newsclean.clean(AP_DUMP)
    assert article.paragraphs[0].startswith("KYIV, Ukraine (AP) — Thousands")
    assert "**KYIV, Ukraine (AP) —** Thousands" in article.to_markdown()


def test_editors_note_is_not_a_dateline_in_an_article() -> None:
    text = REUTERS_DUMP.replace(
        "WASHINGTON, Nov 19 (Reuters) - ",
        "EDITOR'S NOTE — This story is part of a series on metals markets.\n\n", 1)
    assert newsclean.clean(text).dateline is None


# --- markers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Accept all cookies", "cookie-banner"),
     ("We use cookies to improve your experience.", "cookie-banner"),
     ("Share this article", "share"), ("Facebook Twitter Email", "share"),
     ("Click to share on Facebook (Opens in new window)", "share"),
     ("Click to email a link to a friend (Opens in new window)", "share"),
     ("Advertisement", "advertisement"), ("Story continues below advertisement", "advertisement"),
     ("Related articles", "related"), ("Most read", "related"),
     ("Comments (12)", "comments"), ("Privacy Policy", "footer"),
     ("Skip to main content", "navigation"), ("Home", "navigation"),
     ("© 2019 The Northgate Tribune. All rights reserved.", "copyright"),
     ("Sign up for our daily newsletter and get the top stories delivered to your inbox.",
      "newsletter"),
     ("5 min read", "metadata"),
     # the comment headers of the common blog templates: Blogger's count with its colon,
     # WordPress's count of "thoughts on" the post's title
     ("14 comments:", "comments"), ("3 thoughts on “Ferry timetable to change in May”", "comments"),
     ("One thought on “Ferry timetable to change in May”", "comments"),
     # "read also" and the paywall's notices in the languages the lists hold for English
     ("Читайте также", "related"), ("Veja também: Chuva alaga a marginal", "related"),
     ("Article réservé aux abonnés", "cta"), ("Déjà abonné ? Se connecter", "cta"),
     ("Il vous reste 62% de cet article à lire. La suite est réservée aux abonnés.", "cta"),
     # a Japanese page's share bar, its buttons' labels glued as they are printed
     ("ポストシェア LINE B!ブックマーク URLをコピー", "share"),
     ("Guest Book", "comments"), ("Sign the Guestbook", "comments"),
     ("Baca juga: Harga bawang merah mulai naik", "related"), ("Tin liên quan", "related"),
     ("İlgili Haberler", "related"), ("관련기사", "related"), ("यह भी पढ़ें", "related"),
     # the ad slot's label and the comment thread's heading in other languages
     ("Reklam", "advertisement"), ("Реклама", "advertisement"), ("광고", "advertisement"),
     ("Yorumlar (0)", "comments"), ("Комментарии (14)", "comments"), ("댓글", "comments"),
     ("Kommentare (3)", "comments"),
     ("Hirdetés -", "advertisement"), ("ΔΙΑΦΗΜΙΣΗ", "advertisement"), ("Annons", "advertisement"),
     ("Mainos", "advertisement"), ("פרסומת", "advertisement"), ("โฆษณา", "advertisement"),
     ("Läs också: Strand har hittat nyckeln", "related"), ("Lue myös", "related"),
     ("Čtěte také", "related"), ("Διαβάστε επίσης", "related"), ("קראו עוד", "related"),
     ("Σχόλια", "comments"), ("Απάντηση", "comments"), ("Hozzászólások (6)", "comments"),
     ("Ý kiến (34)", "comments"), ("Ý kiến bạn đọc", "comments"),
     # summary boxes, copy-link buttons, sign-up buttons and "recommended" in other languages
     ("Resumo", "summary-box"), ("Auf einen Blick", "summary-box"), ("W skrócie", "summary-box"),
     ("Facebook WhatsApp X Linkedin E-mail Copiar link", "share"),
     ("Listen to this story 14 min Narrated by an automated voice.", "share"),
     ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
     ("Zapisz się na newsletter regionalny i codziennie rano otrzymuj najważniejsze wiadomości.",
      "newsletter"),
     ("Zapisz się", "cta"), ("Abonnieren", "cta"), ("Polecane dla Ciebie", "related"),
     # read-also links, an original headline's note, an agency's news code, copyright notices,
     # a paywall's cut in more languages
     ("Skaitykite daugiau: Tyrimas apie paauglių miegą", "related"), ("اقرأ أيضا", "related"),
     ("相关阅读：西湖景区春季花期预报出炉", "related"), ("関連記事", "related"),
     ("原标题：西溪湿地推出新玩法", "metadata"), ("责任编辑：王晓东", "metadata"),
     ("کد خبر: ۸۵۴۳۲۱", "metadata"), ("无线新闻版权所有，未经授权不得转载。", "copyright"),
     ("Griežtai draudžiama paskelbtą informaciją panaudoti kitose svetainėse be sutikimo.",
      "copyright"), ("무단전재 및 재배포 금지", "copyright"),
     ("この記事は有料記事です。残り1234文字", "cta"),
     # cookie consent in other languages: the borrowed word "cookie", then the language's own
     ("De site gebruikt cookies en vergelijkbare technieken. Met jouw toestemming plaatsen we ook "
      "cookies om video's van derden te tonen.", "cookie-banner"),
     ("Wir verwenden Cookies, um unsere Website zu verbessern. Mit Ihrer Zustimmung ...",
      "cookie-banner"),
     ("Utilizamos cookies propias y de terceros. Puede cambiar la configuración en cualquier momento.",
      "cookie-banner"),
     ("Підпишіться на нашу розсилку", "newsletter"),
     ("Prenumerera på vårt nyhetsbrev och få nyheterna varje morgon", "newsletter"),
     # a newsletter platform's own furniture: its pitch and its comment thread's buttons
     ("The Harbour Letter is a reader-supported publication. To receive new posts and support my "
      "work, consider becoming a free or paid subscriber.", "newsletter"),
     ("Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
      "newsletter"),
     ("Discussion about this post", "comments"), ("Like (31) Reply Share", "comments"),
     ("56 more comments...", "comments"),
     # a donation ask under the article, and a stock promo's pitch
     ("Support local journalism", "cta"),
     ("We have no billionaire owner and no shareholders to answer to: we are funded by our readers, "
      "and every contribution keeps our reporting free for everyone.", "cta"),
     ("Before you buy shares in Kestle Marine, consider this: our analysts just picked the ten best "
      "stocks to buy now, and Kestle Marine wasn't one of them.", "promo"),
     ("Should You Buy Kestle Marine Right Now?", "promo"), ("Should you invest $1,000 in Acme today?", "promo"),
     # a public newsroom's donation pitch and its button
     ("Stories like this are made possible by listeners like you.", "promo"),
     ("The Kestle Echo is a nonprofit, reader-supported newsroom.", "promo"), ("Donate today", "promo"),
     # a story's tags under a label in the page's language; a paywall's count and prompt; a
     # call to follow the outlet on a news aggregator
     ("Schlagwörter: Stadtrat, Haushalt, Radverkehr", "navigation"), ("Aiheet: Tampere Raitiotie", "navigation"),
     ("Etiketler: ankara metro ulaşım", "navigation"), ("Címkék: Debrecen, villamos", "navigation"),
     ("Você leu 4 de 5 reportagens gratuitas neste mês.", "cta"), ("You have read 3 of 4 free stories", "cta"),
     ("Dit artikel is alleen voor abonnees van De Kustbode.", "cta"), ("Continue lendo", "cta"),
     ("Tämä juttu on vain tilaajille. Tilaa nyt 1 €/kk.", "cta"), ("Czytaj dalej", "cta"),
     ("Ikuti kabar terbaru kami di Google News.", "share"), ("Haberlerimizi Google News'te takip edin", "share"),
     ("Siga a Gazeta do Vale no Google News", "share"),
     # who pays for the reporting, and a letters page's note
     ("Dana Lee's reporting is funded by the Kestle Community Foundation.", "disclosure"),
     ("This story was produced with support from the Harbour Trust.", "disclosure"),
     ("Letters to the editor do not necessarily reflect the views of the Echo.", "disclosure"),
     ("Leserbriefe geben nicht die Meinung der Redaktion wieder.", "disclosure"),
     # a reader poll set in the article: its question, its buttons, its note
     ("Poll: Should the pier reopen to cars?", "widget"), ("Yes No Not sure Vote", "widget"),
     ("This is not a scientific poll.", "disclosure"),
     # a site's legal disclaimer and its heading
     ("Weather information disclaimer", "disclosure"),
     ("Forecasts on this website are provided for general informational purposes only.", "disclosure"),
     ("The Echo makes no warranties, express or implied, and shall not be liable for any loss.", "disclosure"),
     ("This article is for information only and is not a substitute for medical advice.", "disclosure"),
     # a health site's disclaimer of a long paragraph (over 500 characters: a site writes it long)
     ("Medical disclaimer: The content on Harbourside Health is for informational purposes only and is not "
      "intended as a substitute for professional medical advice, diagnosis, or treatment. Always seek the "
      "advice of your physician or another qualified health provider with any questions you may have "
      "regarding a medical condition, and never disregard professional medical advice or delay in seeking "
      "it because of something you have read on this website. If you think you may have a medical "
      "emergency, call your doctor or emergency services immediately.", "disclosure"),
     # public radio's caption toggle and its ad's label
     ("toggle caption", "navigation"), ("Sponsor Message", "advertisement"),
     # a betting or fantasy-game promo's legal small print
     ("This game involves an element of financial risk and may be addictive. Please play responsibly.", "disclosure"),
     ("Odds correct at time of publishing. 18+ only. Gamble responsibly.", "disclosure"),
     # the label with words after it ("Topics in this story:", "Ämnen i artikeln:")
     ("Topics in this story: Buses, Fares", "navigation"),
     ("Ämnen i artikeln: Vindkraft Lycksele", "navigation"),
     # a sign-up form's consent note, and its field and button on one line
     ("We use your sign-up to provide content in ways you've consented to.", "newsletter"),
     ("Email address Sign up", "newsletter"), ("Adresse e-mail Je m’inscris", "newsletter"),
     # a sign-up box's small print and its count of readers
     ("No spam. Unsubscribe anytime.", "newsletter"), ("Email sent! Check your inbox to confirm.", "newsletter"),
     ("Join 3,400 readers who get the Echo's Friday round-up.", "newsletter"),
     # a facts box's heading that names its subject ("Storm at a glance")
     ("Storm at a glance", "summary-box"), ("The plan in brief", "summary-box"),
     # an audio player's label with the story's name
     ("Listen • River otters are back on the Cannon", "widget"),
     # an embedded post's own furniture in the page's language, and a poll's question
     ("View this post on Instagram", "widget"), ("Visualizza questo post su Instagram", "widget"),
     ("Un post condiviso da Lia Ferri (@lia.ferri9)", "widget"),
     ("SONDAGGIO – Chi è stato il migliore in campo?", "widget"),
     # a Nordic page's share button and its links to more on a topic
     ("Dela artikeln", "share"), ("Del artikkelen", "share"),
     ("Läs mer: Kommunen säljer hamnen", "related"), ("Mer om vindkraft i Västerbotten", "related"),
     # a sponsor's card in the page's language and signed by its payer; "you may be
     # interested in"; a pitch to join the outlet's messenger channel; a wire's licence note
     ("Conteúdo patrocinado", "advertisement"), ("Oferecido por Acácia Invest", "advertisement"),
     ("Presented by Kestrel Mobile", "advertisement"),
     ("Te puede interesar: La Mojana, diez años después de la gran inundación", "related"),
     ("Únete a nuestro canal de WhatsApp y recibe las noticias del día", "share"),
     ("Join our WhatsApp channel for the latest updates", "share"),
     ("Contenido de la Agencia EFE reproducido bajo licencia.", "copyright"),
     # a summary box a machine wrote, labelled so, and a feedback button row
     ("Key takeaways AI-generated", "summary-box"), ("AI-generated summary", "summary-box"),
     ("Was this helpful?", "widget"), ("Was this page helpful? Yes No", "widget"),
     # a comment's header names its writer in the present ("Jane says:") or as a post ("wrote:")
     ("Marjorie Fenwick says:", "comments"), ("kestlefan88 wrote:", "comments")],
)
def test_marker_category(text: str, expected: str) -> None:
    assert category(text) == expected


def test_a_contact_line_is_footer_and_an_address_in_a_sentence_or_an_author_line_none() -> None:
    contact = "Nate Kowalczyk: nkowalczyk@harbour-echo.example; @NateK"
    sentence = "Residents can write to repairs@kestle.example before Friday if the work disturbs them."
    doc = segment("\n\n".join([contact, sentence, "Mette Kjær Sørensen Journalist mks@kestle.example"]) + "\n")
    markers.apply(doc)
    assert [u.labels.get("marker") for u in doc.units] == ["footer", None, None]


def test_a_headline_opening_with_a_word_for_a_tag_is_no_tag_line() -> None:
    # German "Tag" is a day: a word that goes on after the label is no label's
    assert category("Der Tag der Abstimmung: Niederlage für Johnson") is None


@pytest.mark.parametrize(
    "text",
    ["The council said it would share the cost of the new bridge with the county.",
     "Click to share your views on the harbour plan with the council before Friday, and "
     "tell your neighbours, the board asked in a letter sent to every household on Tuesday.",
     "The company said it had cut jobs.", "A LONG WAIT", "“Everyone is doing what they can.”",
     "She baked three dozen cookies for the school fair, and the headteacher thanked the parents "
     "who came to help set up the tables on Saturday morning.",
     AP_PROSE[0],
     "The library is funded by readers' donations and a grant from the county, its director said.",
     "Before you buy a heat pump, the agency says, check whether your house is insulated well enough.",
     "Should you buy it?", "Should you buy a heat pump or wait for the grant?",
     "Google News said on Tuesday that it would rank local outlets higher in its results.",
     "Temas centrales del debate fueron la vivienda y el transporte público en los barrios del sur.",
     "The council said the repair work is funded by the state.", "The mayor's plan is supported by the council.",
     "This project was funded by the state, the mayor said on Monday.",
     "Poll: voters back the harbour plan", "Yes",
     "The clinic was made possible by donors like you, the director told the volunteers.",
     "A post shared by the council on Monday said the plan had failed.",
     "The judge said the contract's disclaimer did not protect the company from the claim.",
     "Join 200 people at the town hall on Friday, the organisers said.",
     "Mer om detta senare, sa hon.",
     "Presented by the students of Year 9, the play ran for three nights.",
     "Join the conversation on WhatsApp with your friends",
     "Was this plan helpful to the town, the council asked?",
     "Headteacher Joanna Pryce said:"],  # a quotation's speaker, over it
)
def test_marker_category_none_for_prose(text: str) -> None:
    assert category(text) is None


@pytest.mark.parametrize(("line", "expected"), [
    # a row of buttons with their icons before their labels
    ("👍 Like 💬 Comment ↗ Share", "share"),
    # a grid of sponsored cards a converter ran into one line: its label again and again
    ("Retirees Born Before 1962 Are Getting A Surprising Perk Sponsored | SaverWeekly The Gutter Guard "
     "That Ended Ladder Season Sponsored | LeafShield Doctors Stunned By A Morning Habit Sponsored | Vital",
     "advertisement"),
    ("The council sponsored the bid, and the mayor said the sponsored places would be promoted to families "
     "first; a third round is not planned.", None),
])
def test_markers_read_a_lines_buttons_and_cards(line: str, expected: str | None) -> None:
    doc = segment(f"Headline of the story\n\n{line}\n")
    markers.apply(doc)
    assert doc.units[-1].labels.get("marker") == expected


def test_markers_rule_only_labels() -> None:
    doc = segment(AP_DUMP)
    newsclean.default_chain().select(only=["markers"]).run(doc)
    assert all(u.role is None for u in doc.units)
    assert unit_for(doc, "Accept all").labels["marker"] == "cookie-banner"
    listed = unit_for(doc, "Dam repairs behind schedule, auditors say")
    assert listed.labels.get("marker") == "related"


def test_main_run_covers_the_prose() -> None:
    doc = segment(AP_DUMP)
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    start, end = doc.meta["span"]
    prose = [unit_for(doc, p).index for p in AP_PROSE]
    assert start <= min(prose) and max(prose) <= end
    assert unit_for(doc, "Home").index < start
    assert unit_for(doc, "Privacy policy").index > end
    assert all(u.role is None for u in doc.units)


def test_title_is_never_a_link_or_markup() -> None:
    text = ("https://www.example-news.org/world/ferry-terminal-opens\n\n"
            "<iframe width=\"476\" height=\"267\" src=\"/embed/123\"></iframe>\n\n"
            "Ferry terminal opens after a decade of delays\n\n"
            + "\n\n".join(["Officials opened the new ferry terminal on Tuesday after a decade of "
                           "delays, and said the first crossings would run on Friday morning."] * 4))
    article = newsclean.clean(text)
    assert article.title == "Ferry terminal opens after a decade of delays"


@pytest.mark.parametrize(("line", "dated"), [
    ("Friday, 3 March 2026", True), ("Mon 12/03", True), ("Tuesday March 3", True),
    ("Sunday Times Magazine 2019", False), ("Saturday Kitchen recipes for 2026", False),
])
def test_a_weekday_opens_a_date_line_only_before_a_date(line: str, dated: bool) -> None:
    # "Sunday Times Magazine 2019" names a paper's supplement; a weekday before a day, a
    # month or a comma opens a date line
    assert is_dateish(line) is dated


@pytest.mark.parametrize(("line", "dated"), [
    ("By Tomas BrekkeApr 2, 2025", True), ("Priya RamaswamyJanuary 21, 2025", True),
    ("Grandmar 2, 2025 was a good year", False), ("Eclampsia 2, 2025 cases", False),
])
def test_a_month_glued_to_the_name_before_it_still_dates_the_line(line: str, dated: bool) -> None:
    # text converters print a card's author and date with nothing between them: a month's
    # capital after a lower-case letter opens the date; a word ending in a month's letters
    # ("Grandmar") does not
    assert is_dateish(line) is dated


@pytest.mark.parametrize(("line", "dated"), [
    ("12.03.2019 10.30", True), ("10.30 am", True), ("Aktualisiert 10.30 Uhr", True),
    ("Posted at 14:05", True), ("simdjson 0.17 parses 2.35 GB/s", False),
    ("Friday Facts #282 - 0.17 in sight", False), ("Version 3.12 released", False),
])
def test_a_number_with_a_decimal_point_is_a_time_only_beside_a_date_or_its_hours(line: str, dated: bool) -> None:
    # "10.30" is a time beside a date, with am/pm or "Uhr"; alone it is a version or a
    # measure, and a line of figures is no date line
    assert is_dateish(line) is dated


def test_a_tables_rows_printed_one_a_line_are_not_a_link_list() -> None:
    # html-text prints a results table a row a line, its cells run together; the rows are
    # the article's, however short, and a player's settings menu is still a menu
    paragraphs = [
        "Council member Ann Okafor and former prosecutor Ray Brandt will meet in a runoff on April 14 after neither won a majority of the vote on Tuesday.",
        "Okafor led the five-candidate field with just under 38 percent of the vote, running strong in the city's east side wards.",
    ]
    rows = ["Unofficial results, all 64 precincts reporting", "Candidate Votes Percent", "Ann Okafor 14,382 37.9%",
            "Ray Brandt 12,104 31.9%", "Curt Hale 7,251 19.1%", "Total 37,951 100%"]
    after = ["Hale conceded shortly before midnight and told supporters at a downtown restaurant that he would not endorse "
             "either of the two candidates before the runoff in April, though he hoped both would take up his plan for roads.",
             "Turnout reached 31 percent, the highest for a city primary since 2011, the county clerk's office said on "
             "Wednesday, and the clerk expects more voters still for the runoff, when the council's three open seats are decided."]
    dump = "\n".join(["Okafor and Brandt head to the Kessler mayoral runoff", "By Jonah Pritchard",
                      *paragraphs, *rows, *after]) + "\n"
    kept = newsclean.clean(dump).paragraphs
    assert all(row in kept for row in rows[2:])
    from newsclean.rules.boilerplate import _row

    assert _row("Ann Okafor 14,382 37.9%") and not _row("Font Size 50% 75% 100% 125% 150% 175% 200%")
    assert not _row("Ferry timetable changes for the winter season")
    # a unit after a figure ("5,10 m"), not a phrase's short word ("Top 10 of 2024")
    assert _row("Kirchwarft 5,10 m 3") and _row("Harbour wall 12 km 40") and not _row("Top 10 of 2024")
    assert not _row("Crowds on the harbour wall for the regatta on November 16, 2017")  # a date


def test_a_related_heading_takes_no_chinese_paragraph_under_it() -> None:
    # a list's heading labels the short lines under it in its block; a line of Chinese says
    # in 40 characters what English says in 120: its size, not its length, tells it short
    from newsclean.rules.markers import markers
    from newsclean.segment import segment

    para = "按照规则，每投放一个塑料瓶或易拉罐可获得一积分，积满十分即可兑换游船票八折优惠，积满三十分可兑换景区文创纪念品一份。"
    doc = segment("\n".join(["点击进入专题：", "美丽中国·绿色生活", para]) + "\n")
    markers.apply(doc)
    labels = {u.text: u.labels.get("marker") for u in doc.units}
    assert labels["美丽中国·绿色生活"] == "related"
    assert labels[para] is None


ECHOED_DUMP = """\
Harbor towns weigh a shared ferry as fuel costs climb

Home
News
Harbors
Opinion

Harbor towns weigh a shared ferry as fuel costs climb

Three island councils will vote next month on pooling their boats into one service.

Noor Haddad March 3, 2025 · Updated March 4, 2025 · 5 min read · 12 Comments

The councils of Westport, Gull Island and Pike Cove said on Monday that they would put a
joint ferry service to a vote in April, after a year in which diesel prices rose by a
third and two of the three towns cut their winter crossings.

"We cannot keep running three half-empty boats past each other," said Westport's mayor,
Lorna Beck, who first proposed the merger last autumn. "One schedule, one fare, one crew
roster is the only way we keep a winter service at all."

Under the plan, the towns would share the cost of two boats in proportion to the number
of passengers from each island, and the larger of the three ferries would be sold to pay
for a new floating dock at Pike Cove.

Residents of Gull Island, the smallest of the towns, have asked for a guarantee that the
morning crossing to the mainland school will not be cut.

About Noor Haddad

Noor covers the islands and the coast for the Harbor Ledger.

Most read
Storm closes the coast road for a second day
"""


def test_a_name_and_a_date_whose_name_the_page_prints_again_is_the_byline() -> None:
    article = newsclean.clean(ECHOED_DUMP)
    assert article.byline == "Noor Haddad March 3, 2025 · Updated March 4, 2025 · 5 min read · 12 Comments"
    assert article.authors == ["Noor Haddad"]


def test_a_name_and_a_date_printed_once_is_no_byline() -> None:
    # without the author's box, "Noor Haddad March 3" may be a breadcrumb's or a teaser's
    article = newsclean.clean(ECHOED_DUMP.replace("About Noor Haddad\n", ""))
    assert article.byline is None


def test_an_author_line_a_text_browser_ran_into_the_buttons_under_it_is_the_byline() -> None:
    from newsclean.document import Unit
    from newsclean.rules.byline import _opens_byline
    raw = ("   Par [27]Claire Vidal • Publié le 12 octobre 2023 à 07h00, mis à jour le\n"
           "   13 octobre 2023 à 10h12 • Temps de lecture : 6 min\n"
           "   [28]Facebook[29]X[30]WhatsApp (BUTTON) Copier le lien (BUTTON) Sauvegarder")
    text = ("Par Claire Vidal • Publié le 12 octobre 2023 à 07h00, mis à jour le 13 octobre 2023 à "
            "10h12 • Temps de lecture : 6 min Facebook X WhatsApp Copier le lien Sauvegarder")
    assert not is_byline(text)  # too long for an author line, whole
    assert _opens_byline(Unit(0, raw, text, 0, 0, 2))
    # an author line run into the lead's sentences is the lead's
    lead = ("Autori: Anna Berzina (redaktore)\nNorway's rescue teams found a fifth victim four days "
            "after the landslide buried several houses. Five people are still missing.")
    assert not _opens_byline(Unit(0, lead, " ".join(lead.split()), 0, 0, 1))


def test_a_lone_opener_over_a_name_in_a_script_without_capitals_is_the_byline() -> None:
    body = ("የክልሉ ግብርና ቢሮ በዚህ ዓመት የቡና ምርት በዝናብ መዘግየት ምክንያት መቀነሱን አስታውቋል። "
            "አርሶ አደሮቹ ለችግሩ መፍትሔ እንዲፈለግ ጠይቀዋል። ምርቱ ካለፈው ዓመት ጋር ሲነጻጸር "
            "በሩብ ያህል ቀንሷል።")
    more = ("የቢሮው ኃላፊ እንዳሉት የመስኖ ውሃ ለማቅረብ አዲስ ዕቅድ በሚቀጥለው ወር ይቀርባል። "
            "ዕቅዱ በሦስት ወረዳዎች ይጀመራል። ለዕቅዱ የሚያስፈልገው ገንዘብ ከክልሉ በጀት "
            "እንደሚሸፈን ተናግረዋል።")
    dump = "\n\n".join(["የቡና ምርት በዝናብ መዘግየት ቀነሰ", "ዘጋቢ፦\nአበበ ከበደ", body, more]) + "\n"
    article = newsclean.clean(dump)
    assert article.authors == ["አበበ ከበደ"]
    assert body in article.body


def test_a_sections_label_and_kind_over_the_headline_is_no_byline() -> None:
    dump = "\n\n".join(["Subscribe Log in", "Opinion | Columnist",
                        "Harbour towns should share one ferry", *ECHOED_DUMP.split("\n\n")[4:7]]) + "\n"
    article = newsclean.clean(dump)
    assert article.byline != "Opinion | Columnist"


def test_a_label_that_opens_other_stories_headlines_between_the_paragraphs_is_an_insert() -> None:
    paragraphs = [" ".join(p.split()) for p in ECHOED_DUMP.split("\n\n")[5:9]]
    inserts = ["Loe ka: Saarte vallad kaaluvad ühist praamiteenust",
               "Loe ka: Kütuse hind tõusis kevadel kolmandiku võrra"]
    dump = "\n\n".join(["Harbour towns weigh a shared ferry as fuel costs climb", "By Noor Haddad",
                        paragraphs[0], inserts[0], paragraphs[1], inserts[1], *paragraphs[2:]]) + "\n"
    article = newsclean.clean(dump)
    assert not set(inserts) & set(article.paragraphs)
    assert [p for p in article.paragraphs if p in paragraphs] == paragraphs
    # once is the article's own ("Update: ..."); a headline printed twice is no list
    once = dump.replace(inserts[1], paragraphs[3])
    assert inserts[0] in newsclean.clean(once).paragraphs


def test_a_paragraph_opening_with_the_quote_a_longer_pull_quote_repeats_is_kept() -> None:
    # the pull quote joins two sentences of the quotation; the paragraph opens with the first,
    # then its speaker's name: '"Words," Name said.' is also how a pull quote is attributed
    original = next(p for p in AP_PROSE if p.startswith("“We have never seen"))
    paragraph = ("“We have never seen the river come up this fast,” Halyna Moroz said. “By the morning "
                 "the water was at the windows, and we sat on the roof until the boats came.”")
    pull = "“We have never seen the river come up this fast. By the morning the water was at the windows.”"
    text = AP_DUMP.replace(original, paragraph).replace("A LONG WAIT\n", f"{pull}\nA LONG WAIT\n")
    article = newsclean.clean(text)
    assert paragraph in article.paragraphs


def test_a_pull_quote_that_joins_parts_of_a_paragraphs_quotation_is_removed() -> None:
    original = next(p for p in AP_PROSE if p.startswith("“We have never seen"))
    paragraph = ("“We have never seen the river come up this fast,” Halyna Moroz said. “By the morning "
                 "the water was at the windows, and we sat on the roof until the boats came.”")
    pull = "“We have never seen the river come up this fast. We sat on the roof until the boats came.”"
    text = AP_DUMP.replace(original, paragraph).replace(
        "A LONG WAIT\n", f"{pull}\n— Halyna Moroz, retired teacher\nA LONG WAIT\n")
    article = newsclean.clean(text)
    assert paragraph in article.paragraphs
    assert pull not in article.paragraphs and "— Halyna Moroz, retired teacher" not in article.paragraphs


@pytest.mark.parametrize(("line", "dated"), [
    ("Mon 12/03", True), ("Friday, 3 March", True), ("Thurs 5 March 2026", True),
    ("Montbrand 45 24 13 6 5", False), ("Sunderland 40 24 10 10 4", False), ("Wedgwood 3 1", False),
])
def test_a_weekday_opens_a_date_line_and_a_word_that_starts_like_one_does_not(line: str, dated: bool) -> None:
    assert is_dateish(line) is dated


@pytest.mark.parametrize(("line", "stamp"), [
    ("Publié le 18/06/2024 à 17h42, mis à jour le 19/06/2024 à 09h10", True),
    ("Veröffentlicht am 18.06.2024 um 17:42 Uhr, aktualisiert am 19.06.2024 um 09:10 Uhr", True),
    ("Le 03/03/2024 à 17 h 42", True),
    # a film's length is no time; a reference's two dates, untimed, are a citation's
    ("Vague à l'âme (documentaire, 1h28, Planète+)", False),
    ('"Harbour plan approved". Kestle Echo. 1 May 2019. Retrieved 2023-08-19.', False),
    ("The council met on 18/06/2024 and again on 19/06/2024 to vote on the budget.", False),
])
def test_a_line_of_two_timed_stamps_is_a_date_line(line: str, stamp: bool) -> None:
    assert is_dateish(line) is stamp


@pytest.mark.parametrize("line", ["Lecture : 4 min", "Lesezeit: 4 Min.", "Leestijd 3 minuten", "3 min de lectura",
                                  "4 Min. Lesezeit", "Czas czytania: 5 min", "Okuma süresi: 3 dk"])
def test_a_reading_time_in_the_pages_language_is_metadata(line: str) -> None:
    assert category(line) == "metadata"


def test_in_a_text_browsers_dump_a_pictures_alt_text_over_its_caption_is_the_captions() -> None:
    import textwrap

    def lynx(paragraph: str) -> list[str]:
        return ["   " + line for line in textwrap.wrap(paragraph, 71)]

    story = [
        "The winter crews leave the harbour before dawn, when the water is still black and the decks are "
        "slick with frozen spray, and they are not back until the light is gone again.",
        "In January, when supply dries up across the region, boat prices can run nearly twice what they were "
        "in August, and a good winter can carry a family through the spring.",
        "Most of the crews who fish through the cold months are families who have done it for generations, "
        "and they say the quiet of the harbour in winter is part of why they stay.",
    ]
    caption = ("Sternman Luis Ferreira bands a lobster's claws aboard the Mary Ellen about 22 miles out. "
               "(Noah Brandt/Penobscot Bay Herald)")
    dump = "\n".join([
        "   [1]Penobscot Bay Herald", "", "Winter on the water", "", "   By Noah Brandt", "",
        *lynx(story[0]), "", *lynx(story[1]),
        "   A sternman bands a lobster (BUTTON)", *lynx(caption), "",
        *lynx(story[2]), "",
        "References", "", "   1. https://pbherald.example/",
    ]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == story
    assert any(c.startswith("A sternman bands a lobster") for c in result.captions)
