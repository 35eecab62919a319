"""A box of links set inside the article's text: its heading read whatever mark the page
sets before it ("▶ 관련기사"), and its list ended where its entries end, so the article's
next subheading is not taken for one more teaser: on a page, at the first line that is no
link; in a dump, at the first line that does not open with the entries' own mark. The pages
and dumps are invented."""
# Dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules import data
from newsclean.rules.phrases import category

LEAD = [
    "세종시가 정부세종청사와 오송역을 잇는 자율주행 버스를 다음 달부터 유료로 운행한다고 밝혔다. 요금은 "
    "일반 시내버스와 같은 1,400원이며 평일에 하루 24회 운행한다.",
    "시는 지난 1년 동안 시범 운행을 하면서 안전요원을 태우고 모두 3만 명이 넘는 승객을 실어 날랐으며 "
    "그동안 큰 사고는 한 건도 없었다고 설명했다.",
]
SUBHEAD = "◇ “밤늦은 시간 운행 늘려야”"
REST = [
    "시민들의 반응은 대체로 긍정적이지만 운행 시간이 짧다는 지적도 나온다. 오송역에서 서울로 출퇴근하는 "
    "직장인들은 마지막 버스 시간이 너무 이르다고 말했다.",
    "시는 이용 현황을 지켜본 뒤 하반기에 운행 시간 연장과 주말 운행 여부를 검토하겠다는 입장이다. 노선 "
    "정보는 시 누리집에서 확인할 수 있다.",
    "교통 전문가들은 자율주행 버스가 정해진 노선을 반복해서 달리는 만큼 도심 순환 노선에 먼저 도입하는 "
    "것이 바람직하다고 평가했다. 다만 악천후에 대비한 운행 기준은 따로 마련해야 한다고 지적했다.",
    "세종시는 내년에는 조치원역과 세종터미널을 잇는 두 번째 노선에도 자율주행 버스를 투입할 계획이며, "
    "이를 위해 정류장 열 곳에 승객 안내 화면을 새로 설치하기로 했다.",
    "시 관계자는 운전석이 비어 있는 버스에 대한 시민들의 불안을 덜기 위해 연말까지는 모든 차량에 "
    "안전요원을 태우고, 이후에는 원격 관제센터에서 운행을 지켜볼 예정이라고 말했다.",
]
TEASERS = ["세종 BRT 전기버스 20대 추가 투입…배차 간격 8분으로",
           "“운전석이 비었네?” 세종 자율주행 버스 타보니"]


@pytest.mark.parametrize("heading", ["▶ 관련기사", "■ Related articles", "► Read more", "◆ Lesen Sie auch"])
def test_a_box_heading_is_read_whatever_mark_opens_it(heading: str) -> None:
    assert category(heading) == "related"


def test_in_a_dump_the_boxs_list_ends_where_its_entries_mark_ends() -> None:
    dump = "\n".join(["세종시 자율주행 버스, 4월부터 유료 운행", "", *LEAD, "▶ 관련기사",
                      *(f"· {t}" for t in TEASERS), SUBHEAD, *REST]) + "\n"
    removed = newsclean.clean(dump).to_dict()["removed"]
    related = " ".join(r["text"] for r in removed if r["reason"].startswith("related"))
    assert all(t in related for t in TEASERS)
    assert SUBHEAD not in related


def test_on_a_page_the_boxs_list_of_links_ends_at_the_first_line_that_is_none() -> None:
    links = "".join(f'<a href="/news/{k}">{t}</a><br>\n' for k, t in enumerate(TEASERS))
    page = ("<html><head><title>세종시 자율주행 버스, 4월부터 유료 운행 - 한빛일보</title></head><body>"
            "<h1>세종시 자율주행 버스, 4월부터 유료 운행</h1><div class=\"article-body\">"
            + "<br><br>".join(LEAD)
            + f'<div class="relate_box"><strong>▶ 관련기사</strong><br>\n{links}</div>'
            + f"<b>{SUBHEAD}</b><br><br>" + "<br><br>".join(REST) + "</div></body></html>")
    paragraphs = newsclean.clean(page, html=True).paragraphs
    assert SUBHEAD in paragraphs
    assert paragraphs[-1] == REST[-1]
    assert not any(t in p for p in paragraphs for t in TEASERS)


def test_an_alternation_is_the_same_whatever_order_its_words_come_in() -> None:
    words = ["AP", "AFP", "Reuters", "EFE", "ANP", "dpa", "AFP-JIJI"]
    assert data.alternation(words) == data.alternation(reversed(words)) == data.alternation(set(words))
    assert data.alternation(words).split("|")[0] == "AFP\\-JIJI"  # (longest first)


STORY = [
    "An evacuation order has been issued for about 1,100 properties south of the city after a fast-moving "
    "wildfire jumped the highway on Thursday afternoon, the regional district said.",
    "The fire, first reported on Tuesday evening, grew to about 4,200 hectares as strong winds pushed it "
    "toward rural properties, according to the wildfire service.",
    "An emergency reception centre has opened downtown for people who have been ordered out of their homes, "
    "and the highway will stay closed overnight.",
]
POINTS = ["An evacuation order covers about 1,100 properties.", "The fire has grown to about 4,200 hectares.",
          "A reception centre is open downtown."]


def _summary_dump(note: str | None) -> str:
    parts = ["Wildfire jumps highway, 1,100 properties ordered out", "By Harjit Sandhu", "Summary",
             "\n".join(POINTS), *([note] if note else []), *STORY]
    return "\n\n".join(parts) + "\n"


def test_a_summary_the_page_says_a_machine_wrote_goes_with_its_note() -> None:
    result = newsclean.clean(_summary_dump("This summary was created with AI and reviewed by our editors."))
    assert result.paragraphs == STORY
    removed = {r.text for r in result.removed}
    assert "\n".join(POINTS) in removed or all(p in "\n".join(removed) for p in POINTS)


def test_an_editors_points_in_their_own_block_stay_as_they_were() -> None:
    # no note: some readings keep an editor's key points as the article's; the heading goes
    result = newsclean.clean(_summary_dump(None))
    assert result.paragraphs[-3:] == STORY
    assert "Summary" not in result.paragraphs


@pytest.mark.parametrize(("line", "found"), [
    ("Show transcript", "transcript"), ("Video transcript", "transcript"),
    ("Listen to this article4 min", "share"), ("Quick summary", "summary-box"),
    ("This summary was generated with the help of artificial intelligence and checked by an editor.",
     "disclosure")])
def test_a_players_and_a_summarys_furniture(line: str, found: str) -> None:
    assert category(line) == found


def test_a_box_of_sentences_ends_at_the_next_fields_label() -> None:
    # an intranet page's fields, run together by a converter: "Summary", its sentence, then
    # "Page Content" and the article, which is no part of the summary
    lead = ("A new sensory garden designed for patients living with dementia was opened at the hospital on "
            "Friday, following two years of fundraising by staff and the volunteer gardening group.")
    dump = "\n".join([
        "New sensory garden opens for patients living with dementia", "Summary",
        "The hospital's new garden was opened on Friday after two years of fundraising.",
        "Page Content", lead,
    ]) + "\n\n" + "\n\n".join(STORY) + "\n"
    result = newsclean.clean(dump)
    assert lead in result.paragraphs


def test_a_lynx_related_lists_linked_entries_go_with_their_summaries_however_long() -> None:
    # lynx opens each teaser's item with its link's number and runs or wraps its summary
    # after the headline: the entries are the box's whether their summary shares the line
    # or the block's next line, and the article's text over the heading stays
    from test_layout import lynx_paragraph

    text = [lynx_paragraph(p) for p in (
        "The harbour authority said on Thursday that the new breakwater would be finished by the end of "
        "next summer, two years later than first promised, because storms had damaged its foundations.",
        "Fishermen who moor their boats inside the old wall said they had been told little about the delay, "
        "and several complained that the temporary moorings were exposed to the prevailing westerly winds.",
        "A spokesperson for the council said the authority had held two public meetings and would hold "
        "another in the spring, once the contractor had sent a revised schedule for the remaining work.")]
    box = """More from the Coast

     * [34]Ferry lock closure leaves dozens of boats waiting offshore
       Barges and feeder ships face delays of up to four days after a gate
       failure at the lock, the port's operator said.
     * [35]Dockers' union agrees automation deal after six months
       of talks
       The agreement guarantees jobs until 2031 in exchange for
       remote-operated cranes at two terminals.
     * [36]Lifeboat crew rescues two from drifting yacht off the point
       Both sailors were taken to hospital as a precaution, the station said.
"""
    dump = "\n\n".join(["                    Harbour wall delayed again after storms", "   By [8]Sam Okafor",
                        *text, box, "References",
                        "   Visible links:\n   8. https://harbour.example/okafor\n"
                        "  34. https://harbour.example/ferry\n  35. https://harbour.example/dockers\n"
                        "  36. https://harbour.example/lifeboat"]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The harbour authority said on Thursday")
    assert not any(word in p for p in paragraphs
                   for word in ("Barges", "automation", "Lifeboat", "remote-operated"))


def test_a_deals_lists_cards_with_their_shop_buttons_are_the_article() -> None:
    # each card: a product's name, its price, a paragraph on it and a shop's button repeated
    # card after card; a teaser list's furniture repeats too, but no list of other stories
    # carries a button that sells
    cards = [
        ("Sonari Pulse 3 wireless earbuds", "S$219 (usual price S$259) at Shoplane",
         "Our favourite earbuds under S$300 this year, with rich sound and eight hours of battery. "
         "This is the first real discount since they launched. Only wireless charging is missing.",
         "Buy at Shoplane"),
        ("Vireo Buds Lite", "S$39.90 (usual price S$69) at Lazora",
         "If you just need a cheap pair for the gym, these are hard to beat. There is no noise "
         "cancellation, but the fit is secure. Apply the store voucher at checkout.", "Buy at Lazora"),
        ("Halden Aero 14 laptop", "S$1,299 (usual price S$1,599) at Lazora",
         "A slim, quiet laptop with a lovely screen and battery life that lasts a working day. The cut "
         "brings it close to last year's low. Skip the 8GB version, which is barely cheaper.",
         "Buy at Lazora"),
        ("Kettering K27U 4K monitor", "S$349 (usual price S$469) at Shoplane",
         "A sharp, colour-accurate panel with a USB-C port that charges a laptop. It is not built for "
         "fast games, but for office work it is excellent value. Stock is limited.", "Buy at Shoplane"),
    ]
    lines = ["The best tech deals we have found so far | Gadget Desk", "Home", "Deals",
             "The best tech deals we have found so far",
             "The year-end sales are here again, and both big platforms promise up to 90 per cent off "
             "just about everything, though many headline discounts apply to products never worth "
             "their full price.",
             "So we went through the listings and picked out deals on gear we have tested or would "
             "happily recommend to friends, with prices checked on the morning of the sale."]
    for card in cards:
        lines += ["", *card]
    lines += ["", "More deals", "Best SIM-only plans this month", "© 2025 Gadget Desk"]
    body = newsclean.clean("\n".join(lines) + "\n").body
    assert all(card[2] in body for card in cards)


def test_another_storys_card_in_the_text_goes_when_its_headline_is_a_teasers() -> None:
    # a blog's bookmark card between two paragraphs: the story's headline, its summary, its
    # site and author in one block; the same headline heads a teaser under the article
    text = [
        "Captaincy is where most managers win or lose a gameweek, and this week the obvious pick is not the safe one: Couto has two fixtures and a penalty.",
        "If you own him, the armband is his. If you do not, bringing him in for a hit is a gamble that pays off only if he scores in both games.",
        "Avoid the midfielders who rotate. Wrona has used fourteen midfield pairings this season, and none of his players has started four in a row.",
        "Save your bench boost for the double gameweek in April, when eight teams play twice and your bench will score more than it ever does now.",
    ]
    card = "Couto's first month, in five charts\nThe record signing is taking more shots from better positions than any striker in the league.\nThe Six-Yard Box Priya Nair"
    more = ["More from The Six-Yard Box", "Couto's first month, in five charts",
            "The record signing is taking more shots from better positions than any striker.",
            "4 days ago 7 min read", "Why I'm not touching Westmere this week",
            "Seven unbeaten, two clean sheets, and every reason to be nervous.", "1 week ago 5 min read",
            "Is there a method to Wrona's rotation?", "Fourteen pairings in twenty-nine games, and a pattern.",
            "2 weeks ago 6 min read"]
    dump = "\n\n".join(["The Six-Yard Box", "Gameweek 29: five calls I'm making", "By Priya Nair",
                        text[0], text[1], card, text[2], text[3], *more]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert paragraphs == text


# A short story, then the page's notice, an ad's label and a "Most read" box whose entries
# are a headline and its summary; one headline closes with a full stop, so it reads as prose
# and the box's summaries part there. The box's heading is the one nearest its first entry.
_BRIEF = [
    "A 41-year-old Dunmore man was charged Tuesday after deputies found 212 stolen bicycles in "
    "two rented garages on Quarry Road, the county sheriff's office said.",
    "Deputies searched the garages after a cyclist spotted her own bike in an online listing and "
    "followed the seller's pickup address, according to a criminal complaint.",
    "The man is charged with receiving stolen property and is being held on $25,000 bail. He is "
    "due in court March 18.",
    "Sheriff Dana Kowalczyk said owners can look through photos of the bikes on the office's "
    "website and claim them with a receipt or a serial number.",
]
_MOST_READ = [
    ("1 Marina parking lot to close for three months of repairs",
     "The city says crews will replace the seawall along the lot's north edge before the summer boating season opens."),
    ("2 Dunmore school board delays vote on later start times",
     "Board members asked the district for bus schedules and a cost estimate before they decide anything in April."),
    ("3 Ice jam closes River Road bridge for the second time",
     "Public works crews expect to reopen the bridge by Friday if the forecast warm-up holds through the week."),
    ("4 Water rates will rise in May. Here is what changes.",
     "The average household will pay about $6 more a quarter under the increase the council approved on Monday night."),
    ("5 New bakery opens in the old Hartwell bank building",
     "The owners kept the vault door and turned the former safe deposit room into a seating area for forty people."),
    ("6 Library extends weekend hours through the end of June",
     "Both branches will stay open until 8 p.m. on Saturdays, and the main branch will open on Sunday mornings."),
    ("7 Volunteers count 1,400 bald eagles along the river",
     "The annual winter count found the most birds since it began in 1994, organisers said at a meeting on Monday."),
]


def test_a_most_read_box_under_other_labels_is_teasers_by_its_nearest_heading() -> None:
    dump = "\n\n".join([
        "Man charged after 212 stolen bicycles found in rented garages - Dunmore Ledger",
        "Home\nNews\nSports\nObituaries\nSubscribe",
        "Man charged after 212 stolen bicycles found in rented garages",
        "By Pat Quinlan, Staff Writer",
        *_BRIEF,
        "Comments are closed.",
        "Advertisement",
        "Most Read This Week",
        *(f"{headline}\n\n{summary}" for headline, summary in _MOST_READ),
        "About Us\nContact\nPrivacy Policy",
    ])
    doc = newsclean.segment.segment(dump)
    for rule in newsclean.default_chain().active():
        rule.apply(doc)
        if rule.id == "main-run":
            break
    summaries = [u for u in doc.units if any(u.text == s for _, s in _MOST_READ[:3])]
    assert [u.labels.get("shape") for u in summaries] == ["teaser"] * 3
    assert newsclean.clean(dump).paragraphs == _BRIEF
