"""A box of related stories set between an article's paragraphs: its heading, then teasers
(a headline over a one-line summary). The article goes on after it; the box is not its text.
The dumps are invented."""

from __future__ import annotations

from conftest import check_roles

import newsclean
from newsclean.rules.markers import markers
from newsclean.segment import segment

LEAD = [
    "Ferry crossings between Portsmouth and the island will run on a reduced timetable for two weeks "
    "from Monday while one of the three ships on the route goes into dry dock for repairs to its "
    "propeller shaft.",
    "The operator said passengers with bookings on cancelled sailings would be moved to the nearest "
    "departure at no extra cost, and that freight would be given priority on the early morning crossings.",
]
BOX = [
    "Related coverage",
    "Island council asks for a public inquiry into ferry fares",
    "Councillors say the cost of a return ticket has risen faster than anywhere else in the country.",
    "New ship for the Solent route delayed until next spring",
    "The shipyard blames late deliveries of engine parts for the hold-up.",
    "Commuters describe a winter of cancellations",
    "We spoke to six people who cross to the mainland for work every day.",
]
REST = [
    "The ship, which entered service in 2009, had been due for its routine inspection in the autumn, but "
    "engineers brought the work forward after vibration was reported on several crossings last month.",
    "Local businesses on the island said they were worried about the effect on visitor numbers during "
    "the school holidays, when the route usually carries more than twenty thousand passengers a day.",
    "The operator said it expected the ship to return to service on the 24th and would publish the "
    "revised timetable on its website by the end of the week.",
]


def _dump(box: list[str]) -> str:
    return "\n\n".join(["Home", "News", "Ferry timetable cut while ship is repaired", *LEAD, *box, *REST,
                        "Copyright 2026 The Island Gazette"]) + "\n"


def test_a_related_box_between_paragraphs_is_removed_and_the_article_goes_on() -> None:
    text = _dump(BOX)
    result = newsclean.clean(text)
    assert result.paragraphs == LEAD + REST
    related = "\n".join(r["text"] for r in result.to_dict()["removed"] if r["reason"].startswith("related"))
    assert all(line in related.split("\n") for line in BOX)
    check_roles(text)


def test_subheads_over_one_paragraph_each_with_no_related_heading_are_the_article() -> None:
    # a listicle's shape (a subhead over one paragraph, again and again), under no heading
    # of a related list: the article's own text
    points = [
        "Check the sailing before you leave",
        "The operator posts changes on its website and sends a text message to every passenger whose "
        "booking moves.",
        "Arrive early for the morning crossings",
        "Freight is loaded first, so cars may wait longer than usual at the terminal before boarding.",
        "Keep your ticket to hand",
        "Staff will check bookings at the gate, and passengers without one may be asked to wait for a "
        "later ship.",
    ]
    result = newsclean.clean(_dump(points))
    assert all(line in result.paragraphs for line in points[1::2])


def test_a_list_of_links_under_a_related_heading_ends_before_the_text_goes_on() -> None:
    # "Read also" over three linked headlines, then the article's next paragraphs, one
    # under a subhead: the list is the box; the paragraphs under it are no teasers' summaries
    links = ["Read also:", "  * Ferry fares to rise by 4% in April",
             "  * Island council backs a new terminal", "  * Ship repairs: what passengers need to know"]
    after = [REST[0], "The ferry in dry dock at Southampton",
             "A worker checks the propeller shaft of the ferry after it was lifted out of the water at the "
             "yard in Southampton on Sunday evening. — Photo: Island Gazette",
             "What the operator says", REST[1], REST[2]]
    text = "\n\n".join(["Ferry timetable cut while ship is repaired", *LEAD, "\n".join(links), *after,
                        "Copyright 2026 The Island Gazette"]) + "\n"
    result = newsclean.clean(text)
    assert all(p in result.paragraphs for p in REST)
    check_roles(text)


def test_a_box_whose_teasers_have_thumbnails_in_a_w3m_dump_is_removed() -> None:
    # w3m prints each teaser's thumbnail as its file name in brackets, between the teasers
    import textwrap

    def wrapped(text: str) -> str:
        return textwrap.fill(text, 79)

    box = [BOX[0]]
    for k in range(1, len(BOX), 2):
        box.append(f"[ferry-thumb-{k}]\n{BOX[k]}\n{wrapped(BOX[k + 1])}")
    menu = "  • Home\n  • News\n  • Sport\n  • Contact"
    text = "\n\n".join([menu, "Ferry timetable cut while ship is repaired", *map(wrapped, LEAD), *box,
                        *map(wrapped, REST), "Copyright 2026 The Island Gazette"]) + "\n"
    result = newsclean.clean(text)
    assert result.paragraphs == LEAD + REST
    check_roles(text)


TICKER = ["Latest updates",
          "14:32 Schools in 14 towns will stay closed on Friday, the education office said.",
          "14:10 Trains between the coast and the city are suspended because of water on the tracks.",
          "13:48 The coast road is closed at the river bridge after a landslide.",
          "13:15 The mayor asks people near the river to move to upper floors."]


def test_a_ticker_of_latest_updates_between_paragraphs_is_removed() -> None:
    # the newest update first: another feed's box set in the article, not its text
    text = "\n\n".join(["Ferry timetable cut while ship is repaired", *LEAD, *TICKER, *REST]) + "\n"
    result = newsclean.clean(text)
    assert result.paragraphs[: len(LEAD)] == LEAD
    assert all(p in result.paragraphs for p in REST)
    ticked = "\n".join(r["text"] for r in result.to_dict()["removed"] if r["reason"].startswith("live"))
    assert all(line in ticked for line in TICKER[1:])
    check_roles(text)


def test_a_timeline_running_forward_is_no_ticker() -> None:
    timeline = [TICKER[0], *reversed(TICKER[1:])]
    text = "\n\n".join(["Ferry timetable cut while ship is repaired", *LEAD, *timeline, *REST]) + "\n"
    removed = newsclean.clean(text).to_dict()["removed"]
    assert not any(r["reason"].startswith("live") for r in removed)


def test_a_countdown_the_prose_introduces_is_no_ticker() -> None:
    # a game's last minutes, the clock counting down: the paragraph over the list ends with
    # the colon that introduces it, so the list is the article's, newest first or not
    lead = [*LEAD[:-1], LEAD[-1].rstrip(".") + ". Here is how the last three minutes unfolded:"]
    clock = ["2:41 — Hale hits a baseline jumper. Cedar Valley 55, Eastview 51.",
             "2:12 — Brooks makes a 3-pointer from the left wing. Cedar Valley 55, Eastview 54.",
             "1:05 — Pierce scores on a putback after Brooks' drive. Eastview 56, Cedar Valley 55.",
             "0:19 — Brooks is fouled on a drive and makes both free throws. Eastview 58, Cedar Valley 57."]
    text = "\n\n".join(["Eastview edges Cedar Valley for its first state title", *lead, *clock, *REST]) + "\n"
    result = newsclean.clean(text)
    assert all(line in result.paragraphs for line in clock)
    check_roles(text)


def test_the_pitch_over_a_sign_up_form_is_the_forms_and_the_text_over_it_stays() -> None:
    # the form's line holds its address field; the lines over it that name what it sends
    # are its pitch, whatever their length; the article's last paragraph names no e-mail
    last = _FERRY_LAST
    box = ["Get breaking news alerts",
           "When big news happens, be the first to know. Sign up for breaking news alerts from the Kestle "
           "Echo and we will send you an email the moment a major story breaks.",
           "Email address Sign up"]
    lead = _FERRY_LEAD
    dump = "\n\n".join(["Ferry out of service after engine fault", "By Megan Holloway", lead, last, *box,
                        "© 2026 The Kestle Echo"]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert paragraphs == [lead, last]


_FERRY_LEAD = ("The Kestle ferry was taken out of service on Tuesday after an engine fault, the harbour "
               "board said, and passengers were told to expect delays for the rest of the week.")
_FERRY_LAST = ("Harbour officials said the ferry would run on its winter timetable until the engine "
               "is repaired, and that passengers with tickets for cancelled sailings would be refunded.")
_FERRY_AFTER = ("Passengers told the Echo the queues at the ticket office on Tuesday morning ran out of "
                "the terminal and along the quay, and that nobody could tell them when the next ship would "
                "leave.")
"""A ferry story's paragraphs, around the boxes set in it."""


def test_the_pitch_over_a_donation_button_is_the_boxs_and_the_text_around_it_stays() -> None:
    # a newsroom's appeal set between two paragraphs: the lines right over its "Donate now"
    # button that name the giving are its pitch; the paragraphs over and under it stay
    lead = _FERRY_LEAD
    middle = ("Engineers found a cracked coupling on the port engine during a routine inspection, and "
              "the part has to be made to order in Rotterdam, the operator said.")
    last = _FERRY_LAST
    appeal = ("The Echo is an independent, not-for-profit newsroom. We don't take money from the harbour "
              "board or the ferry's operator. If this story helped you, chip in to keep it free for all.")
    after = _FERRY_AFTER
    dump = "\n\n".join(["Ferry out of service after engine fault", "By Megan Holloway", lead, middle,
                        appeal, "Donate now", after, last, "© 2026 The Kestle Echo"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [lead, middle, after, last]
    assert any(appeal in r.text and r.rule == "boilerplate" for r in article.removed)


def _appeal_page(*box: str) -> str:
    """The ferry story, then an appeal's box under its last paragraph, then the copyright."""
    return "\n\n".join(["Ferry out of service after engine fault", "By Megan Holloway", _FERRY_LEAD,
                        _FERRY_LAST, *box, "© 2026 The Kestle Echo"]) + "\n"


def test_a_donation_button_no_list_knows_and_a_reading_counter_are_the_appeals() -> None:
    # the appeal's button with its reminder beside it ("Support us Remind me in May") and the
    # counter over the appeal ("You've read 7 articles ..."): the box's, not the article's
    lead = _FERRY_LEAD
    last = _FERRY_LAST
    appeal = ("If you value our reporting, please consider supporting us today. Every contribution, "
              "however big or small, keeps the Echo free for everyone to read.")
    article = newsclean.clean(_appeal_page("You\u2019ve read 7 articles in the last month", appeal,
                                           "Support us Remind me in May"))
    assert article.paragraphs == [lead, last]
    assert any(appeal in r.text and r.rule == "boilerplate" and "promo" in r.reason for r in article.removed)


def test_a_line_between_a_sign_up_boxs_heading_and_its_button_is_the_boxs() -> None:
    # the box's heading names it ("... in your inbox"), its one line of pitch does not
    # ("Local news, free, twice a week"), then its button: the line is the box's all the same
    lead = _FERRY_LEAD
    last = _FERRY_LAST
    after = _FERRY_AFTER
    pitch = "Local news from the Kestle peninsula, free, every Tuesday and Friday."
    dump = "\n\n".join(["Ferry out of service after engine fault", "By Megan Holloway", lead,
                        "Get the Echo in your inbox", pitch, "Subscribe", after, last,
                        "© 2026 The Kestle Echo"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [lead, after, last]


def test_the_paragraphs_between_two_of_a_disclaimers_are_the_disclaimers() -> None:
    # a legal disclaimer's paragraphs: two say what the patterns know, the two between them
    # say what none knows; the article's own paragraphs over the box stay
    lead = _FERRY_LEAD
    last = _FERRY_LAST
    legal = [
        "Timetables and service notices on this website are provided for general informational purposes only "
        "and may change at short notice because of weather, tides or operational needs.",
        "Sailing times shown in the Echo's app may be delayed by several minutes, and the harbour board, not "
        "the Echo, decides when a sailing is cancelled or moved to another berth.",
        "Journey planners and maps are supplied by third parties, including the county council and the "
        "harbour board, and may not reflect current conditions on the quay.",
        "The Echo and its data providers make no warranties, express or implied, about the accuracy of any "
        "service information, and shall not be liable for any loss arising from its use.",
    ]
    head = ["Ferry out of service after engine fault", "By Megan Holloway"]
    dump = "\n\n".join([*head, lead, last, *legal]) + "\n"
    assert newsclean.clean(dump).paragraphs == [lead, last]


def test_a_lists_items_with_figures_keep_the_list_a_section_between_two_paragraphs() -> None:
    # a recap's "how the council voted": most items read as a link list's entries, two hold a
    # figure and read as content; the list as a whole sits between two paragraphs under its
    # subheading, a section of the article, not a box of links
    lead = ("The council adopted its five-year snow removal plan on Tuesday, and put off until "
            "February a vote on the bike lane that has divided the downtown merchants.")
    middle = ("The city also plans to buy six new sidewalk ploughs at a cost of 1.9 million dollars, "
              "the first new machines the public works department has bought since 2016.")
    votes = ["How the council voted",
             "Snow removal plan 2025-2030: adopted unanimously",
             "Bike lane vote put off: adopted seven votes to six",
             "Purchase of six sidewalk ploughs (1.9 M$): adopted unanimously",
             "Urban hens pilot extended: adopted eleven votes to two",
             "Grant to the lantern festival: adopted unanimously",
             "Repaving contract for Laviolette Street (4.3 M$): adopted 12 votes to 1"]
    last = ("The next regular meeting of the council will be held on Tuesday, February 18, at 7 p.m. "
            "at city hall, where the bike lane will be the first item on the agenda.")
    dump = "\n\n".join(["Council adopts snow plan, puts off bike lane vote", "By Megan Holloway", lead,
                        middle, votes[0], "\n".join(votes[1:]), last, "Topics", "Council",
                        "© 2026 The Kestle Echo"]) + "\n"
    body = newsclean.clean(dump).body
    assert all(line in body for line in votes)
    assert body.rstrip().endswith("on the agenda.")


def test_a_key_points_heading_over_a_list_takes_the_list_with_it() -> None:
    # the summary box at the article's top: its label a heading of its own, its points the
    # list under it; the article's paragraphs under the box stay
    points = ["The ferry will run on its winter timetable until the engine is repaired.",
              "Passengers with tickets for cancelled sailings will be refunded.",
              "The part has to be made to order in Rotterdam."]
    lead = _FERRY_LEAD
    middle = ("Engineers found a cracked coupling on the port engine during a routine inspection, and "
              "the part has to be made to order in Rotterdam, the operator said on Wednesday.")
    last = _FERRY_LAST
    items = "".join(f"<li>{p}</li>" for p in points)
    page = ("<!DOCTYPE html><html><head><title>Ferry out of service after engine fault</title></head><body>"
            "<article><h1>Ferry out of service after engine fault</h1><p class='byline'>By Megan Holloway</p>"
            f"<div class='key-points'><h2>Key points</h2><ul>{items}</ul></div>"
            f"<p>{lead}</p><p>{middle}</p><p>{last}</p></article>"
            "<footer>© 2026 The Kestle Echo</footer></body></html>")
    article = newsclean.clean(page)
    assert article.paragraphs == [lead, middle, last]
    assert any(points[0] in r.text and "summary-box" in r.reason for r in article.removed)


def test_a_public_broadcasters_membership_pitch_over_its_button_is_the_boxs() -> None:
    # public media asks for members, not donors: "become a sustaining member", "listeners
    # like you support it"; the show's last paragraph over the box stays
    lead = ("On this week's episode we look at the county's plan to merge its two library systems, "
            "and what the change would mean for branch hours in the smaller towns.")
    last = ("The county board is expected to vote on the merger in February, after two public "
            "hearings at the central library.")
    pitch = ("Public radio is powered by you. Valley Matters is free because listeners like you support "
             "it. Become a sustaining member today for as little as $5 a month.")
    dump = "\n\n".join(["Episode 88: One library system or two?", "By Ruth Okafor", lead, last, pitch,
                        "Donate now", "More episodes", "© 2026 Valley Public Radio"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [lead, last]
    assert any(pitch in r.text and r.rule == "boilerplate" for r in article.removed)


def _briefing(copy: str) -> str:
    items = [
        "Good morning. Here is what you need to know today.",
        "Tariffs split the council. The two parties that run the city council disagreed in public on "
        "Tuesday over the new water tariff, which would raise the average household's bill by a tenth.",
        "Sponsored",
        copy,
        "Buses return to the coast road. The coast road reopened to buses on Wednesday after three weeks "
        "of repairs to the sea wall, and the first services ran on time.",
        "And finally: a lemon tree planted by a primary school in 1974 has fruited for the first time, "
        "to the delight of its pupils, some of them now grandparents.",
    ]
    return "\n\n".join(["The Morning Brief: tariffs split the council", "By Lerato Dube", *items,
                        "© 2026 The Coastal Courier"]) + "\n"


def test_an_ads_copy_under_its_label_that_closes_with_its_button_is_the_ads() -> None:
    copy = "Plan your retirement your way. See how a savings account can work beside your pension. Learn more"
    article = newsclean.clean(_briefing(copy))
    assert copy not in article.paragraphs
    assert any(copy in r.text and r.rule == "boilerplate" for r in article.removed)
    assert any(p.startswith("Buses return to the coast road") for p in article.paragraphs)


def test_an_ads_lines_down_to_its_button_on_a_line_of_its_own_are_the_ads() -> None:
    # a slogan, a line of copy, then the button alone with its arrow: three lines of the ad
    slogan, line, button = ("Rates are falling. Harbour Savers are still earning.",
                            "Earn up to 4.1% on an easy-access account, with no fees and no notice to give.",
                            "Open an account now →")
    article = newsclean.clean(_briefing(f"{slogan}\n\n{line}\n\n{button}"))
    kept = " ".join(article.paragraphs)
    assert slogan not in kept and line not in kept and button not in kept
    assert any(p.startswith("Buses return to the coast road") for p in article.paragraphs)


def test_a_paragraph_under_an_ads_label_that_ends_in_a_sentence_stays() -> None:
    # the slot's label over the article's next item (the ad itself a picture): no button's
    # words close it, so it is the article's
    text = ("Schools close early on Friday. Every school in the district will close at noon on Friday "
            "so that teachers can attend training on the new curriculum.")
    article = newsclean.clean(_briefing(text))
    assert text in article.paragraphs


def test_the_pitch_over_a_sign_up_button_and_the_small_print_under_it_are_the_boxs() -> None:
    # the form's field is an empty input a text dump drops: the button alone ("Je m'inscris")
    # tells the box, its pitch names the newsletter, its small print the reader's data
    lead = ("Un incendie a détruit un entrepôt de la zone portuaire dans la nuit de samedi à dimanche, "
            "sans faire de blessé, selon les pompiers, qui ont mobilisé une quarantaine d'hommes.")
    last = ("Une enquête a été ouverte pour déterminer l'origine du sinistre, a indiqué le parquet, qui "
            "n'exclut aucune piste à ce stade.")
    pitch = ("Chaque matin à 7 h, notre newsletter gratuite vous résume l'actualité du port et de la "
             "presqu'île : faits divers, chantiers, économie et sorties du week-end.")
    small = ("Vos données sont traitées par L'Écho du Port pour l'envoi de la newsletter. Conformément au "
             "RGPD, vous disposez d'un droit d'accès et de rectification.")
    dump = "\n\n".join(["Un entrepôt détruit par un incendie sur le port", "Par Anne Le Bihan", lead, last,
                        "Recevez l'essentiel du port", pitch, "Je m'inscris", small, "Réactions (4)",
                        "© 2026 L'Écho du Port"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [lead, last]
    for text in (pitch, small):
        assert any(text in r.text and r.rule == "boilerplate" for r in article.removed)


def test_a_sign_up_box_between_two_sections_does_not_end_the_article() -> None:
    # the box's pitch weighs nothing in the run: the section under it is the article's
    sections = [
        "The new meters send a reading every hour to the water company over a low-power radio "
        "network, so nobody needs to visit the house to read them, and leaks show up within a day.",
        "The company says the hourly data will be used for billing, leak detection and planning, and "
        "that it will not be sold or shared with other companies without the customer's consent.",
    ]
    after = ["Can I say no?",
             "Not entirely. The company owns the meter and can replace it, but customers who object can "
             "ask for the radio to be switched off, in which case a reader will visit every quarter.",
             "About three hundred households have asked for that so far, the company said, out of more "
             "than forty thousand meters fitted since the spring."]
    dump = "\n\n".join(["Why your water bill is about to change", "By Kit Lawson", *sections,
                        "Get our explainers first", "One explainer in your inbox every Friday morning.",
                        "Subscribe", *after, "© 2026 The Harbour Review"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [*sections, *after]


def test_the_paragraph_over_a_sign_up_box_with_its_own_heading_stays_though_it_names_emails() -> None:
    # the box's heading ("The Review Weekly") is its top: the article's paragraph over it
    # stays, whatever it says of e-mails
    lead = ("The foundry has cast bells for churches, schools and town halls since 1911, and the family "
            "still answers every enquiry by hand, including the emails that arrive from collectors abroad.")
    last = ("The bell for the cathedral will be poured in May, and the family expects it to ring for the "
            "first time at the autumn festival.")
    dump = "\n\n".join(["The sound of bronze", "By Hannah Ode", lead, "The Review Weekly newsletter",
                        "Long reads in your inbox every Sunday morning.", "Subscribe", last,
                        "© 2026 The Review"]) + "\n"
    article = newsclean.clean(dump)
    assert lead in article.paragraphs


def test_a_support_button_naming_a_sum_closes_the_appeal_and_a_list_of_duties_stays() -> None:
    # "Support the Echo from £3 a month": a button that names what to give, under the appeal
    # that names the giving; a role's list of duties ("Support and mentor ...") names no sum
    appeal = _appeal_page("The Echo is reader-funded",
                          "We don't have a billionaire owner and we don't have a paywall. What we have is "
                          "several thousand readers who chip in a few pounds a month so that we can keep "
                          "reporting.", "Support the Echo from £3 a month")
    assert newsclean.clean(appeal).paragraphs == [_FERRY_LEAD, _FERRY_LAST]
    duties = ["Volunteer harbour guides will:", "Welcome new contributors to the guide rota",
              "Support and mentor future guides", "Document clearly all their activities"]
    doc = segment("\n\n".join(["Harbour guides wanted for the summer", "By Megan Holloway", _FERRY_LEAD,
                               *duties, _FERRY_LAST, "© 2026 The Kestle Echo"]) + "\n")
    markers.apply(doc)
    assert not any(u.labels.get("marker") == "promo" for u in doc.units)


def test_a_sponsors_copy_closed_by_its_note_is_the_ads() -> None:
    # a promo set in the article between its paragraphs: the ad's label, a headline, two
    # paragraphs of copy (longer than an ad's line or two, with no button a list knows), and
    # the sponsor's note closing it; the article goes on under it
    lead = _FERRY_LEAD
    last = _FERRY_LAST
    copy = ["Harbour Insider Reveals: 3 Ferry Stocks Set to Soar in 2026",
            "Shipping analysts say one small operator is trading for less than $5 a share, and a veteran "
            "research team has named three companies that could double before the end of the year.",
            "Thousands of investors missed the last rally. Don't miss this one. Get the free report today »"]
    note = ("Paid content from Harbour Insider. Not investment advice. The Echo's newsroom was not involved "
            "in its creation.")
    dump = "\n\n".join(["Ferry out of service after engine fault", "By Megan Holloway", lead, "Sponsored",
                        *copy, note, last, "© 2026 The Kestle Echo"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [lead, last]


def test_an_affiliate_note_under_the_author_line_closes_no_ad_over_the_headline() -> None:
    # an ad slot's label over the section, the headline and the author line; the affiliate
    # note under the author line is the page's own, no sponsor's note closing an ad's copy
    lead = _FERRY_LEAD
    last = _FERRY_LAST
    dump = "\n\n".join(["Advertisement", "Travel", "Ferry out of service after engine fault",
                        "Words by Megan Holloway 8 February 2026 7 Comments",
                        "This post may contain affiliate links. If you buy through them we may earn a small "
                        "commission at no extra cost to you.", lead, last, "© 2026 The Kestle Echo"]) + "\n"
    article = newsclean.clean(dump)
    assert article.title == "Ferry out of service after engine fault"
    assert article.authors == ["Megan Holloway"]
