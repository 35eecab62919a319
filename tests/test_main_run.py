"""main-run (`newsclean.rules.span`) beyond the line classes: code is not prose, lists that
continue the article, the container an HTML article grows to, and the second opinion
(`newsclean.rules.candidates`) with the page's own articleBody."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cli_runner

import newsclean
import newsclean.segment_html as segment_html_module
from newsclean.cli import app
from newsclean.code import code_like
from newsclean.document import Document
from newsclean.rules import (
    candidates,
    elements,
    end_matter,
    line_weights,
    shape_weights,
    shapes,
    span,
    tables,
)
from newsclean.rules.span import contentish
from newsclean.segment import segment
from newsclean.segment_html import segment_html

ENV = {"TERMINAL_WIDTH": "200", "_TYPER_FORCE_DISABLE_TERMINAL": "1", "NO_COLOR": "1", "COLUMNS": "200"}


def _main_run(doc: Document) -> Document:
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    return doc


def _page(body: str, title: str = "Kestle Echo", head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def _index(doc: Document, text: str) -> int:
    return next(u.index for u in doc.units if u.text == text)


NAV = ("<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
       "<li><a href='/diy'>Home and garden</a></li></ul></nav></header>")
SIDE = ("<aside class='sidebar'><h3>Popular</h3><ul><li><a href='/a'>Ten plants that survive any winter</a></li>"
        "<li><a href='/b'>How to fix a squeaky door</a></li></ul></aside>")
FOOT = "<footer><p>© 2026 Kestle Echo</p></footer>"


# --- code is not prose ---------------------------------------------------------------------

SCRIPT = [
    'window.__PRELOADED_STATE__ = {"page":{"id":"art-20931","section":"news","tags":["kestle","harbour","council"],"ads":{"slots":[{"id":"top","sizes":[[728,90],[970,250]]},{"id":"mpu","sizes":[[300,250]]}]}},"user":{"loggedIn":false,"region":"uk"}};',
    "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.example.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXX');",
    'if (typeof window.kestleAds === "undefined") { window.kestleAds = { queue: [], push: function (slot) { this.queue.push(slot); }, render: function () { for (var i = 0; i < this.queue.length; i++) { renderSlot(this.queue[i]); } } }; }',
    'document.addEventListener("DOMContentLoaded", function () { var nodes = document.querySelectorAll("[data-lazy]"); for (var k = 0; k < nodes.length; k++) { nodes[k].src = nodes[k].getAttribute("data-lazy"); } });',
]
FERRY = [
    "The ferry between Kestle Bay and St Ennor will run an hour later from Monday, the operator said, because of work on the slipway.",
    "Passengers with tickets for the early crossing can change them free of charge at the harbour office.",
]
SCRIPT_DUMP = "\n".join(["Menu", "News", "Weather", *SCRIPT, "Ferry timetable changes from Monday", *FERRY, "Copyright Kestle Echo"]) + "\n"


STYLES = [
    ".site-header .nav-item { margin: 0; margin-left: auto; padding: 0 5px; font-weight: 400; color: #333; text-align: left }",
    ".gallery .thumb .overlay .sponsored { position: relative; display: block; overflow: visible; width: auto; text-align: center }",
    # a rule whose selectors say more than its one declaration: the selectors count as code
    ".gallery .thumb .sponsored_overlay_base.round .sponsored_overlay_label .caption_text { border-radius: 5px;",
]


@pytest.mark.parametrize("line", SCRIPT + STYLES)
def test_a_script_or_style_line_is_code_like_and_short_whatever_its_length(line: str) -> None:
    assert code_like(line)
    doc = segment(line)
    assert doc.units[0].length > 100
    assert span.classify(doc.units[0]) == span.SHORT


@pytest.mark.parametrize("line", [
    FERRY[0],
    "Timetable: the first boat leaves at 7:30, the last at 18:45; on Sundays (from May) at 9:00.",
    "Harbour walks (2) :: Kestle Echo ::",  # a short title: too little to tell
    "The council (which met on Tuesday) said the repairs would cost about 2.4 million pounds, and that the work [on the outer wall] would start in May.",
    "Three things changed: 1) the timetable, 2) the fares and 3) the place where the bus stops.",
    "Harbour dues rose by 5% in 2025 < the 8% rise that the fishermen's association had feared.",
    # pandoc's attribute lists in a table's row: class names, but no style sheet's declarations
    "| [Harbour Walks]{.site-title} | [Kestle Echo]{.masthead .small} | Today the north quay walk, "
    "with its history and the best places to stop for lunch |",
])
def test_prose_with_a_bracket_or_two_is_not_code(line: str) -> None:
    assert not code_like(line)


def test_a_dump_whose_only_long_lines_are_script_keeps_the_short_article() -> None:
    result = newsclean.clean(SCRIPT_DUMP)
    assert result.title == "Ferry timetable changes from Monday"
    assert result.paragraphs == FERRY
    removed = "\n".join(r.text for r in result.removed)
    for line in SCRIPT:
        assert line in removed


DOTTED = [
    "settings.analytics.pageview.enabled ? tracker.session.current.start(config.site.id, config.page.section) "
    ": tracker.session.previous.resume(config.site.id). then(handlers.onResume.bind(this))",
    "window.kestle.ads.slots.top.refresh.interval = config.ads.refresh.interval || defaults.ads.refresh.interval. "
    "value; window.kestle.ads.slots.mpu.lazy.load.offset = defaults.ads.lazy.offset.value",
]


def test_a_pages_scripts_dumped_first_do_not_hide_its_language() -> None:
    """lxml's text_content (or tags stripped by a regex) prints a page's scripts with its text,
    first. The language is told from the lines that are not code: else no language's function
    words cover the opening, and every long line with a full stop counts as prose, a script's
    dotted names too."""
    scripts = [line.replace("kestle", f"kestle{n}") for n in range(4) for line in SCRIPT]
    dump = "\n".join([*scripts, "Ferry timetable changes from Monday", *FERRY, *DOTTED]) + "\n"
    assert segment(dump).lang == "en"
    result = newsclean.clean(dump)
    assert result.paragraphs == FERRY
    assert result.title == "Ferry timetable changes from Monday"  # the first line is code: no page title
    removed = "\n".join(r.text for r in result.removed)
    assert all(line in removed for line in DOTTED)


def test_without_the_code_test_the_script_would_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(line_weights, "code_like", lambda text: False)
    result = newsclean.clean(SCRIPT_DUMP)
    assert any(line in result.paragraphs for line in SCRIPT)


# --- lists introduced by a colon -----------------------------------------------------------

POTATO_TITLE = "How to plant early potatoes on an allotment"
POTATO_TOP = [
    f"{POTATO_TITLE} | Kestle Echo",
    POTATO_TITLE,
    "By Jory Hocking",
    "Early potatoes can go into the ground in Kestle Bay from the middle of March, once the soil has dried out enough to be worked without sticking to your boots, the allotment society says.",
    "The society's chairman, Derek Lanyon, has grown them on the Porthvean Road site for thirty years and says the work takes a morning.",
]
INTRO = "You will need:"
ITEMS = ["A garden fork", "Seed potatoes", "Well-rotted compost", "Garden fleece"]
POTATO_END = [
    "Dig a trench about fifteen centimetres deep, lay the seed potatoes in it a foot apart with their shoots pointing up, and cover them with soil and a layer of compost.",
    "If a frost is forecast after the shoots appear, cover them with fleece overnight, and take it off again in the morning so that the plants get the light.",
]


def _potato(layout: str) -> str:
    """The same article as an html-text dump ("lines"), with blank lines around the list's
    block ("blocks"), or as Markdown with bullets ("markdown")."""
    if layout == "lines":
        return "\n".join([*POTATO_TOP, INTRO, *ITEMS, *POTATO_END]) + "\n"
    if layout == "blocks":
        return "\n".join(POTATO_TOP) + f"\n{INTRO}\n\n" + "\n".join(ITEMS) + "\n\n" + "\n".join(POTATO_END) + "\n"
    return ("\n".join(POTATO_TOP) + f"\n{INTRO}\n" + "\n".join(f"- {item}" for item in ITEMS) + "\n"
            + "\n".join(POTATO_END) + "\n")


@pytest.mark.parametrize("layout", ["blocks", "markdown"])
def test_a_list_after_a_line_ending_in_a_colon_is_labelled_introduced(layout: str) -> None:
    doc = segment(_potato(layout))
    line_weights.introduced_lists(doc.units)
    labels = {u.text: u.labels.get("introduced") for u in doc.units}
    assert all(labels[item] == "list" for item in ITEMS)
    assert labels[INTRO] is None
    assert all(labels[p] is None for p in POTATO_END)  # the list ends at the next paragraph
    assert all(span.contentish(u) for u in doc.units if u.text in ITEMS)


@pytest.mark.parametrize("layout", ["blocks", "markdown"])
def test_an_introduced_list_is_kept_with_the_article(layout: str) -> None:
    result = newsclean.clean(_potato(layout))
    assert result.title == POTATO_TITLE
    assert result.paragraphs == [*POTATO_TOP[3:], INTRO, *ITEMS, *POTATO_END]


def test_without_the_colon_rule_the_items_read_as_a_link_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(span, "introduced_lists", lambda units, colon_end=None: [])
    result = newsclean.clean(_potato("blocks"))
    assert not any(item in result.paragraphs for item in ITEMS)
    reasons = {r.reason for r in result.removed if r.text.startswith(ITEMS[0])}
    assert reasons == {"related: run of short link-like lines"}


def test_a_marked_line_ending_in_a_colon_introduces_nothing() -> None:
    # "Follow us:" is a share bar's label; the lines after it are its buttons.
    doc = segment("Follow us:\n\nFacebook\nInstagram\nX\n")
    newsclean.default_chain().select(only=["markers"]).run(doc)
    assert "marker" in doc.units[0].labels
    line_weights.introduced_lists(doc.units)
    assert not any("introduced" in u.labels for u in doc.units)


@pytest.mark.xfail(strict=True, reason=(
    "line_weights.introduced_lists takes a plain text line as the list's only when it is in the "
    "paragraph right after the colon line (nxt.para == unit.para + 1); an html-text dump has no "
    "blank lines, so every line is in paragraph 0, the items are never labelled, and boilerplate "
    "removes them as a run of short link-like lines"))
def test_an_introduced_list_in_an_html_text_dump_is_kept() -> None:
    result = newsclean.clean(_potato("lines"))
    assert result.paragraphs == [*POTATO_TOP[3:], INTRO, *ITEMS, *POTATO_END]


# --- plain and typed lists on pages --------------------------------------------------------

CAR_PARK = [
    "The main car park on Kestle Bay harbour will close for three weeks in May while it is resurfaced, the district council has said, and drivers are being asked to use the park-and-ride at Trevenna instead.",
    "Traders on the quay have asked the council to put up signs on the main road into the town so that visitors are not put off coming, and the council has agreed to do so.",
]
CAR_PARK_ITEMS = ["Closed from May 6 to May 27", "Park and ride every 15 minutes",
                  "Blue badge spaces on Quay Street", "Coaches to use the rugby club"]


def _car_park(item: str) -> str:
    items = "".join(item.format(n=n, text=text) for n, text in enumerate(CAR_PARK_ITEMS))
    return _page(NAV + "<main><article><h1>Harbour car park to close for resurfacing in May</h1>"
                 "<p class='byline'>By Jory Hocking</p>" + "".join(f"<p>{p}</p>" for p in CAR_PARK)
                 + f"<ul>{items}</ul></article></main>" + SIDE + FOOT,
                 title="Harbour car park to close for resurfacing in May | Kestle Echo")


def test_plain_list_items_on_a_page_are_content() -> None:
    html = _car_park("<li>{text}</li>")
    doc = segment_html(html)
    assert all(span.contentish(u) for u in doc.units if u.text in CAR_PARK_ITEMS)
    result = newsclean.clean(html)
    assert result.paragraphs == [*CAR_PARK, *CAR_PARK_ITEMS]
    assert result.to_markdown().endswith("\n".join(f"- {item}" for item in CAR_PARK_ITEMS) + "\n")


def test_linked_list_items_in_the_same_place_are_a_link_list() -> None:
    result = newsclean.clean(_car_park("<li><a href='/x{n}'>{text}</a></li>"))
    assert result.paragraphs == CAR_PARK
    reasons = {r.reason for r in result.removed if CAR_PARK_ITEMS[0] in r.text}
    assert reasons == {"links: a line of links by the article"}


APP = [
    "The free tide-table app made by two sixth-formers at Kestle Community College has been downloaded more than forty thousand times since it was launched last spring, and its makers have now released the biggest update since then.",
    "Ewan Pascoe and Demelza Kitto, both seventeen, say most of the changes came from messages sent in by fishermen, surfers and dog walkers who use the app every day on the beaches around the bay.",
]
TYPED = ["+ Added tide heights for St Ennor", "+ Added a dark mode", "+ Fixed the sunrise times", "+ Removed the old map"]
APP_END = "The pair plan to add swell forecasts for the north coast before the summer holidays."
APP_PAGE = _page(NAV + "<main><article><h1>Kestle Bay tide-table app gets its biggest update yet</h1>"
                 "<p class='byline'>By Jory Hocking</p>" + "".join(f"<p>{p}</p>" for p in APP)
                 + "<p>" + "<br>".join(TYPED) + f"</p><p>{APP_END}</p></article></main>" + SIDE + FOOT,
                 title="Kestle Bay tide-table app gets its biggest update yet | Kestle Echo")


def test_a_list_typed_as_text_is_read_as_list_items() -> None:
    doc = segment_html(APP_PAGE)
    assert [u.kind for u in doc.units if u.text in TYPED] == ["item"] * len(TYPED)
    assert doc.units[_index(doc, APP_END)].kind == "text"


def test_a_list_typed_as_text_is_kept_with_the_article() -> None:
    result = newsclean.clean(APP_PAGE)
    assert result.paragraphs == [*APP, *TYPED, APP_END]


def test_without_typed_bullets_the_lines_read_as_a_link_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment_html_module, "_TYPED_BULLETS", frozenset())
    result = newsclean.clean(APP_PAGE)
    assert not any(line in result.paragraphs for line in TYPED)
    assert APP_END in result.paragraphs


# --- the container: the article's element --------------------------------------------------

RADIATOR = [
    "If the top of a radiator stays cold while the bottom is warm, there is air trapped inside it, and letting it out takes ten minutes and a key that costs less than a pound at any hardware shop in Kestle Bay.",
    "Plumber Ivan Roskilly, who has worked in the town for twenty years, says most of the call-outs he gets in October are for radiators that only needed bleeding, and that anyone can do it with a little care.",
]
STEPS = ["Turn the heating off and let it cool.", "Put an old towel under the valve.",
         "Turn the key a quarter of a turn.", "Close the valve as soon as water appears.",
         "Check the pressure on the boiler when you have finished."]


def _how_to(subhead: str = "What you need to do", steps: list[str] = STEPS) -> str:
    return _page(NAV + "<main><article><h1>How to bleed a radiator before winter</h1>"
                 "<p class='byline'>By Tamsin Rowe</p><div class='entry-content'>"
                 + "".join(f"<p>{p}</p>" for p in RADIATOR) + f"<h2>{subhead}</h2>"
                 + "".join(f"<p>{s}</p>" for s in steps) + "</div></article>" + SIDE + "</main>" + FOOT,
                 title="How to bleed a radiator before winter | Kestle Echo")


def test_a_how_to_article_is_kept_whole_with_its_short_steps() -> None:
    html = _how_to()
    doc = _main_run(segment_html(html))
    first, last = _index(doc, RADIATOR[0]), _index(doc, STEPS[-1])
    # the run: the prose and the short steps under it, which read as content and weigh
    # nothing (line_weights._SHORT_CONTENT); the article's element holds the same lines
    assert doc.meta["core"] == (first, last)
    assert doc.meta["span"] == (first, last)
    result = newsclean.clean(html)
    assert result.paragraphs == [*RADIATOR, "What you need to do", *STEPS]
    assert not any("Ten plants" in p for p in result.paragraphs)


def test_without_the_container_the_steps_are_still_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # Short sentences weigh nothing, so the run itself goes on to the last step; what ends
    # it is the sidebar's menu lines, which cost.
    monkeypatch.setattr(span, "container", lambda units, start, end, classes, headline=None: (start, end))
    result = newsclean.clean(_how_to())
    assert result.paragraphs == [*RADIATOR, "What you need to do", *STEPS]
    assert not any("Ten plants" in p for p in result.paragraphs)


def test_a_short_subhead_inside_the_articles_element_is_kept() -> None:
    result = newsclean.clean(_how_to(subhead="Step by step"))
    assert result.paragraphs == [*RADIATOR, "Step by step", *STEPS]


@pytest.mark.xfail(strict=True, reason=(
    "elements.content_of counts a short line as the element's content only if line_weights.sentence holds, "
    "which needs a function-word share of 0.25: an imperative last step ('Check the boiler "
    "pressure afterwards.', 1 of 5 words) is past the element's last content line and removed"))
def test_a_terse_last_step_inside_the_articles_element_is_kept() -> None:
    steps = [*STEPS[:-1], "Check the boiler pressure afterwards."]
    result = newsclean.clean(_how_to(steps=steps))
    assert result.paragraphs == [*RADIATOR, "What you need to do", *steps]


LIFEBOAT = [
    "The Kestle Bay lifeboat station took delivery of its new all-weather boat on Saturday, replacing a vessel that had been launched more than six hundred times since it arrived in the town in 2001.",
    "Hundreds of people lined the harbour wall to watch the boat, named Morwenna Grace after a local fundraiser, come round the point with an escort of fishing boats and the old lifeboat behind it.",
]
LIFEBOAT_2 = [
    "The crew, all of them volunteers, will spend the next six weeks training on the new boat in all weathers before it goes on service, and the station has asked the public to keep clear of the slipway while they do.",
    "Coxswain Petroc Angove said the volunteers were delighted.",
    "The old boat will go to a museum in Falmouth.",
]
ADS = ["Compare energy deals in your area today", "Homeowners are switching to this boiler",
       "The one kitchen gadget everyone in Cornwall wants", "Holiday cottages with sea views from 99 pounds",
       "Find cheap car insurance in two minutes", "Local singles are waiting to meet you",
       "Why dentists in Truro hate this trick", "This simple fix cut our heating bill in half",
       "Retirement flats by the sea now selling", "Get solar panels fitted for nothing down",
       "Win a week in a lighthouse this summer"]
AD_BOX = ("<div class='ad-container'><p>Advertisement</p><ul>"
          + "".join(f"<li><a href='/promo/{n}'>{t}</a></li>" for n, t in enumerate(ADS)) + "</ul></div>")
SPLIT_PAGE = _page(NAV + "<main><article><h1>Kestle Bay lifeboat gets a new boat after 25 years</h1>"
                   "<p class='byline'>By Tamsin Rowe</p><div class='story-part'>"
                   + "".join(f"<p>{p}</p>" for p in LIFEBOAT) + "</div>" + AD_BOX + "<div class='story-part'>"
                   + "".join(f"<p>{p}</p>" for p in LIFEBOAT_2) + "</div></article>" + SIDE + "</main>" + FOOT,
                   title="Kestle Bay lifeboat gets a new boat after 25 years | Kestle Echo")


def test_an_article_split_by_an_ad_box_keeps_both_halves() -> None:
    doc = _main_run(segment_html(SPLIT_PAGE))
    first = _index(doc, LIFEBOAT[0])
    assert doc.meta["core"] == (first, _index(doc, LIFEBOAT[1]))  # the ads stop the run itself
    assert doc.meta["span"] == (first, _index(doc, LIFEBOAT_2[-1]))
    result = newsclean.clean(SPLIT_PAGE)
    assert result.paragraphs == [*LIFEBOAT, *LIFEBOAT_2]
    removed = "\n".join(r.text for r in result.removed)
    assert all(ad in removed for ad in ADS)


def test_without_the_sibling_rule_the_second_half_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(elements, "_SIBLING_SHARE", 100.0)
    assert newsclean.clean(SPLIT_PAGE).paragraphs == LIFEBOAT


def test_element_scores_count_prose_for_an_element_and_links_against_it() -> None:
    doc = _main_run(segment_html(SPLIT_PAGE))
    classes = [u.labels["class"] for u in doc.units]
    score, first, last = elements.element_scores(doc.units, classes)
    part_1 = doc.units[_index(doc, LIFEBOAT[0])].html.path[-2]
    part_2 = doc.units[_index(doc, LIFEBOAT_2[0])].html.path[-2]
    ads = doc.units[_index(doc, ADS[0])].html.path[-3]  # li < ul < div.ad-container
    nav = doc.units[_index(doc, "Home")].html.path[-3]
    assert score[part_1] == sum(doc.units[_index(doc, p)].size for p in LIFEBOAT)
    assert score[part_1] > score[part_2] > 0
    assert score[ads] < 0 and score[nav] < 0
    assert (first[part_2], last[part_2]) == (_index(doc, LIFEBOAT_2[0]), _index(doc, LIFEBOAT_2[-1]))
    depth = doc.units[first[part_1]].html.path.index(part_1)
    lo, hi = elements.with_siblings(doc.units, part_1, depth, score, first, last)
    assert (lo, hi) == (_index(doc, LIFEBOAT[0]), _index(doc, LIFEBOAT_2[-1]))


# --- the second opinion ----------------------------------------------------------------------

BRIDGE_TITLE = "Footbridge over the estuary approved"
BRIDGE = [
    "Councillors in Kestle Bay have approved plans for a new footbridge over the River Fal estuary, ending a ten-year campaign by residents of the Porthvean estate who have had to walk two miles round by the road bridge.",
    "The bridge, which will cost about 3.1 million pounds, is due to open in the spring of 2028, and will be wide enough for cyclists and for the mobility scooters used by many older people on the estate.",
    "Campaigner Lowenna Bray, who has lived on the estate since 1979, said she had started to think she would never see it built, and that the vote had left her close to tears.",
    "The council said it would now apply for a grant from the government's active travel fund to cover half of the cost, and that work on the foundations could begin next summer.",
]
PODCAST = "Listen to the Kestle Echo podcast every Friday, when our reporters talk through the week's news from around the bay, with interviews, stories from the archive and a look ahead at what is coming up in the town over the next seven days."
INVISIBLE = "This article was amended on 4 May to correct the cost of the bridge."
SECTIONS = ["News", "Sport", "Business", "Opinion", "Lifestyle", "Food and drink", "Property", "Motoring",
            "Jobs", "Announcements", "Weather", "Traffic and travel", "What's on", "Puzzles", "Letters",
            "Obituaries", "Kestle Bay", "Porthvean", "St Ennor", "Truro", "Falmouth", "Podcasts",
            "Newsletters", "Photo galleries", "Contact the newsroom"]
BIG_NAV = ("<header><nav><ul>" + "".join(f"<li><a href='/s/{i}'>{s}</a></li>" for i, s in enumerate(SECTIONS))
           + "</ul></nav></header>")


def _ld(body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": BRIDGE_TITLE, "articleBody": body}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _bridge(body: str | None = None) -> str:
    """Under the headline a podcast promo, then a comments link (a wall), then the article: the
    run under the headline is the promo."""
    return _page(BIG_NAV + f"<div class='top'><h1>{BRIDGE_TITLE}</h1><p class='byline'>By Tamsin Rowe</p>"
                 f"<p>{PODCAST}</p><p><a href='#comments'>12 comments</a></p></div><div class='text'>"
                 + "".join(f"<p>{p}</p>" for p in BRIDGE) + "</div>" + FOOT,
                 title=f"{BRIDGE_TITLE} | Kestle Echo", head="" if body is None else _ld(body))


def test_without_article_body_the_run_under_the_headline_is_kept() -> None:
    doc = _main_run(segment_html(_bridge()))
    promo = _index(doc, PODCAST)
    assert (doc.meta["run"], doc.meta["core"]) == ("anchored", (promo, promo))


def test_article_body_picks_the_visible_run_that_overlaps_it() -> None:
    doc = _main_run(segment_html(_bridge(" ".join(BRIDGE) + " " + INVISIBLE)))
    assert doc.meta["page"]["body"].endswith(INVISIBLE)
    assert doc.meta["run"] == "heaviest"
    assert doc.meta["core"] == (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1]))
    assert "main-run: the heaviest run of prose won" in doc.meta["notes"]


def test_article_body_text_never_appears_unless_visible() -> None:
    result = newsclean.clean(_bridge(" ".join(BRIDGE) + " " + INVISIBLE))
    assert result.title == BRIDGE_TITLE
    assert result.paragraphs[-len(BRIDGE):] == BRIDGE
    everything = [*result.paragraphs, *result.captions, *(r.text for r in result.removed)]
    assert not any(INVISIBLE in text for text in everything)


def test_a_page_that_shows_no_article_gets_none_from_its_article_body() -> None:
    # The article is rendered by a script from the JSON-LD: the visible page has none of it,
    # and nothing of the articleBody is put in its place.
    html = _page(BIG_NAV + f"<main><h1>{BRIDGE_TITLE}</h1><p class='byline'>By Tamsin Rowe</p>"
                 "<div id='app'><p>Loading the article, please wait.</p></div></main>" + FOOT,
                 title=f"{BRIDGE_TITLE} | Kestle Echo", head=_ld(" ".join(BRIDGE)))
    result = newsclean.clean(html)
    everything = " ".join([*result.paragraphs, *(r.text for r in result.removed)])
    for paragraph in BRIDGE:
        assert paragraph[:40] not in everything


def test_a_short_article_body_is_not_used() -> None:
    # Under 200 characters an articleBody is a description, not the text.
    doc = segment_html(_bridge("Councillors approve a footbridge."))
    assert "body" not in doc.meta["page"]
    assert _main_run(doc).meta["run"] == "anchored"


def _choice_doc() -> tuple[Document, list[str]]:
    doc = _main_run(segment_html(_bridge()))
    return doc, [u.labels["class"] for u in doc.units]


def test_choose_prefers_the_candidate_overlapping_the_article_body() -> None:
    doc, classes = _choice_doc()
    promo = _index(doc, PODCAST)
    article = (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1]))
    runs = {"anchored": (promo, promo), "heaviest": article}
    assert candidates.choose(doc.units, classes, runs, "anchored", " ".join(BRIDGE)) == "heaviest"
    assert candidates.choose(doc.units, classes, runs, "heaviest", PODCAST + " " + PODCAST) == "anchored"


def test_choose_keeps_the_chosen_run_unless_another_overlaps_clearly_better() -> None:
    doc, classes = _choice_doc()
    article = (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1]))
    most = (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-2]))
    runs = {"anchored": most, "heaviest": article}
    # The whole article overlaps the body a little better than three of its four paragraphs,
    # but not by the margin: the chosen run stays.
    assert candidates.choose(doc.units, classes, runs, "anchored", " ".join(BRIDGE)) == "anchored"


def test_choose_without_article_body_keeps_an_anchored_or_substantial_run() -> None:
    doc, classes = _choice_doc()
    promo = _index(doc, PODCAST)
    article = (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1]))
    assert candidates.prose(doc.units, classes, (promo, promo)) < candidates.TINY
    # A short text under its own headline is a short article: it stays.
    assert candidates.choose(doc.units, classes, {"anchored": (promo, promo), "heaviest": article}, "anchored") == "anchored"
    # A tiny run nothing anchors gives way to the candidate with the most prose.
    assert candidates.choose(doc.units, classes, {"heaviest": (promo, promo), "element": article}, "heaviest") == "element"
    # A substantial run stays.
    assert candidates.choose(doc.units, classes, {"heaviest": article, "element": (promo, promo)}, "heaviest") == "heaviest"


def test_choose_ignores_empty_candidates() -> None:
    doc, classes = _choice_doc()
    promo = _index(doc, PODCAST)
    assert candidates.choose(doc.units, classes, {"heaviest": (promo, promo), "element": (5, 4)}, "heaviest") == "heaviest"
    assert candidates.choose(doc.units, classes, {"heaviest": (5, 4)}, "heaviest") == "heaviest"


COMMENTS = [
    ("Gareth P.", "I have walked round by the road bridge twice a day for eleven years to get my children to school, and I never thought I would see the council agree to this, so thank you to everyone who signed the petition."),
    ("Maureen T.", "Three million pounds for a footbridge when the potholes on the Truro road have not been filled in since the winter? I would like to know who on the council thinks this is the best use of our money."),
    ("Dev K.", "The grant from the active travel fund is not guaranteed, and if it does not come through the council will have to find the other half itself, which nobody at the meeting seemed to want to talk about."),
    ("Lowenna B.", "Thank you all for the kind words. It has been a long ten years, and I could not have kept going without the neighbours who came to every single meeting with me, whatever the weather was doing."),
    ("Petroc A.", "Will the bridge be lit at night? The path down to the estuary on the Porthvean side is very dark in winter, and I would not want my daughter walking along it on her own after her late shifts at the hospital."),
    ("Ruth O.", "Good news for the estate at last. My mother uses a mobility scooter and has not been able to get into town without a taxi for years, so this will make a real difference to her and to a lot of people like her."),
    ("Ivan R.", "I hope they have thought about the boats. The moorings under the proposed line of the bridge are used all year round, and nobody has asked the harbour users what height of clearance they will actually need."),
    ("Wenna S.", "The drawings shown at the exhibition in the library looked lovely, but drawings always do. Let us wait and see what actually gets built, and how much it really costs by the time it is finished in 2028."),
]
COMMENT_TEXTS = [text for _, text in COMMENTS]


def _brief_with_thread() -> str:
    """A two-paragraph brief under its <h1>, then a busy thread of different comments: most of
    the page's prose is the thread's."""
    thread = "".join(f"<div class='comment'><p class='comment-author'>{name}</p><p>{text}</p></div>"
                     for name, text in COMMENTS)
    return _page(NAV + f"<main><h1>{BRIDGE_TITLE}</h1><div class='text'>" + "".join(f"<p>{p}</p>" for p in BRIDGE[:2])
                 + f"</div><section class='comments'><h2>Comments</h2>{thread}</section></main>" + FOOT,
                 title=f"{BRIDGE_TITLE} | Kestle Echo")


def _thread_runs() -> tuple[Document, list[str], tuple[int, int], tuple[int, int]]:
    """The page's runs as the second opinion sees them when the thread's markup was not
    heard (the comments read as prose): ``choose`` must still tell the thread by its hints."""
    doc = _main_run(segment_html(_brief_with_thread()))
    classes = [span.classify(u, markup=False) for u in doc.units]
    comments = [u.index for u in doc.units if u.text in COMMENT_TEXTS]
    return doc, classes, (comments[0], comments[-1]), (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[1]))


def test_a_run_in_a_comment_thread_is_in_furniture() -> None:
    doc, classes, thread, article = _thread_runs()
    assert candidates.in_furniture(doc.units, classes, thread)
    assert candidates.in_furniture(doc.units, classes, (thread[0], thread[0]))
    assert not candidates.in_furniture(doc.units, classes, article)
    # Mostly thread is in furniture; mostly article is not.
    assert candidates.in_furniture(doc.units, classes, (article[0], thread[1]))
    assert not candidates.in_furniture(doc.units, classes, (article[0], thread[0]))


def test_choose_replaces_a_short_run_in_a_thread_with_a_candidate_outside_it() -> None:
    doc, classes, thread, article = _thread_runs()
    one_comment = (thread[0], thread[0])
    runs = {"heaviest": one_comment, "element": article}
    assert candidates.choose(doc.units, classes, runs, "heaviest") == "element"


def test_choose_replaces_a_heavy_run_in_a_thread_with_the_candidate_outside_it() -> None:
    doc, classes, thread, article = _thread_runs()
    assert candidates.prose(doc.units, classes, thread) > candidates.prose(doc.units, classes, article)
    runs = {"heaviest": thread, "element": article}
    assert candidates.choose(doc.units, classes, runs, "heaviest") == "element"


def test_a_brief_under_its_headline_is_not_buried_by_a_busy_comment_thread() -> None:
    result = newsclean.clean(_brief_with_thread())
    assert result.paragraphs == BRIDGE[:2]


def test_explain_says_which_run_won(tmp_path: Path) -> None:
    runner = cli_runner(ENV)
    page = tmp_path / "bridge.html"
    page.write_text(_bridge(" ".join(BRIDGE) + " " + INVISIBLE), encoding="utf-8")
    result = runner.invoke(app, ["clean", "--explain", str(page)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "main-run: the heaviest run of prose won" in result.stderr
    assert "main-run" not in result.stdout
    assert INVISIBLE not in result.stdout and INVISIBLE not in result.stderr
    plain = tmp_path / "plain.html"
    plain.write_text(_bridge(), encoding="utf-8")
    result = runner.invoke(app, ["clean", "--explain", str(plain)], catch_exceptions=False)
    assert "main-run: the run under the headline won (headline found by page title)" in result.stderr


def test_a_heavier_run_after_the_pages_copyright_line_is_not_the_article() -> None:
    article = [
        "The harbour board voted on Tuesday to close the north quay for six months while divers replace the timber piles that a winter of storms left split and leaning.",
        "Fishing boats will tie up at the south quay, which the board says has room for all of the eleven boats that land at Kestle each morning, if they share berths.",
    ]
    # a blog roll in the footer: more prose than the article, each entry a paragraph
    others = [f"The parish council met on Thursday evening and agreed, after a long debate about the budget for the coming year, to spend more on item {n + 1} of its plan for the village hall, the playing field and the footpaths that run down to the shore." for n in range(8)]
    dump = "\n".join(["North quay to close for six months | The Kestle Echo", "Home", "North quay to close for six months",
                      "By Owen Tregarthen", *article, "© 2026 The Kestle Echo. All rights reserved.",
                      "About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "Careers",
                      "More from the Echo", *others]).replace("\n", "\n\n") + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == article


_SPLIT_STORY = """\
Harbour board closes the north quay

The harbour board voted on Tuesday to close the north quay for six months while divers replace the timber piles that a winter of storms left split and leaning.

Fishing boats will tie up at the south quay, which the board says has room for all of the eleven boats that land at Kestle each morning, if they share berths.

RELATED STORIES
Ferry timetable changes for the winter season
Council to review mooring fees after complaints
Lifeboat crew rescues two walkers cut off by the tide
New bus route links the harbour with the station
Kestle regatta returns after a two-year break

The work is expected to cost about 1.8 million pounds, most of it from a government fund for coastal repairs that the board applied to in the autumn.

Twitter
Facebook
"""


def test_a_related_box_between_two_paragraphs_does_not_cut_the_article() -> None:
    article = newsclean.clean(_SPLIT_STORY)
    assert article.body.rstrip().endswith("applied to in the autumn.")
    box = next(r for r in article.to_dict()["removed"] if r["text"].startswith("RELATED STORIES"))
    assert box["rule"] == "boilerplate" and "Council to review mooring fees" in box["text"]


def test_a_related_box_at_the_articles_end_is_no_inset() -> None:
    doc = _main_run(segment(_SPLIT_STORY.replace("\nThe work is expected", "\nTwitter\nThe work is expected")))
    assert not any(u.labels.get("shape") == "inset" for u in doc.units)


def test_without_the_inset_rule_the_last_paragraph_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shape_weights, "_insets", lambda units, classes, heads: [])
    assert "applied to in the autumn" not in newsclean.clean(_SPLIT_STORY).body


def test_a_heavier_run_after_a_counted_comment_thread_heading_is_not_the_article() -> None:
    # a short brief; under it the reader comments (a long policy note, a long comment) and an
    # "about us" paragraph: more prose than the article, all past the thread's heading
    article = [
        "The county will close the Mill Lane bridge to all traffic at 7 a.m. Monday so crews can replace its deck joints, the roads department said Thursday.",
        "Drivers will be sent along Quarry Road, adding about four miles to the trip between the two villages.",
    ]
    policy = ("Before you comment: we welcome your opinions, but we ask that you keep the conversation civil and on topic. "
              "Comments with profanity, personal attacks or links to commercial sites will be removed, and repeat offenders "
              "will lose the right to post. Comments reflect the views of their authors, not of this newspaper or its staff.")
    comment = ("I appreciate the warning, but this is the third time in five years that bridge has been shut for joint work "
               "and every time they pick the start of the school term. Whoever plans these closures clearly does not drive "
               "the detour at eight in the morning with a bus in front of them the whole way along Quarry Road.")
    about = ("The Valley Courier has covered the towns of the Mill valley since 1887. Our newsroom of nine reporters and "
             "editors works out of the same brick building on Station Street, and we believe a community is only as strong "
             "as the information its residents share with one another. Call the newsroom with your tips and stories.")
    dump = "\n".join(["Mill Lane bridge to close for three weeks", "By Dana Whitcomb, Staff Writer",
                      "Posted: Thursday, March 5, 2026 4:18 pm", *article, "Get the Courier Morning Brief",
                      "Reader Comments (1)", policy, "millcreek_74 posted at 7:41 pm on Thu, Mar 5, 2026.", comment,
                      "Report Abuse", "ABOUT THE COURIER", about]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == article
    removed = "\n".join(r.text for r in result.removed)
    assert all(text in removed for text in (policy, comment, about))  # nothing lost


@pytest.mark.parametrize("line", ["Reader Comments (1)", "Readers' comments (12)", "Comments (3)"])
def test_a_comment_thread_heading_counts_its_comments(line: str) -> None:
    assert end_matter._COUNTED.search(line)
    assert not end_matter._COUNTED.search("Comments") and not end_matter._COUNTED.search("1664")


_UPDATES = [
    ("Final vote expected after the dinner break",
     "The harbour board's chair called a 90-minute recess shortly after five and said she expects the final vote on the north quay to begin around seven."),
    ("Fishermen say they can live with the plan",
     "The fishermen's association, which had opposed the first version, softened its position once the board agreed to keep two berths open at the south quay."),
    ("Divers report more damage than expected",
     "Divers who inspected the timber piles on Tuesday found eleven of them split below the waterline, the board's engineer told members."),
    ("Board opens with a warning about the cost",
     "Opening the meeting, the chair said the repairs could cost close to two million pounds, most of it from a government fund for coastal repairs."),
]


_PINNED = [  # the pinned update on top, which the metadata does not list
    "The board will vote on whether to close the north quay for six months so that divers can replace its storm-split timber piles.",
    "If the plan passes, the eleven boats that land at Kestle each morning will share berths at the south quay until the autumn.",
]


def _live_blog(metadata: bool) -> str:
    """A live blog: each update a stamp, a headline, its author, a paragraph and a share
    button; the stamps, names and buttons repeat from update to update, as a teaser list's do."""
    entries = "".join(
        f"<div class='u'><time>{5 - k}:{10 * k:02d} p.m.</time><h2>{head}</h2><span>Tamsin Rowe</span>"
        f"<p>{text}</p><button>Share this update</button></div>" for k, (head, text) in enumerate(_UPDATES))
    entries = (f"<div class='pinned'><span>Pinned</span><h2>What the board decides</h2><p>{_PINNED[0]}</p>"
               f"<p>{_PINNED[1]}</p><button>Share this update</button></div>") + entries
    data = {"@context": "https://schema.org", "@type": ["NewsArticle", "LiveBlogPosting"],
            "headline": "Harbour board votes on the north quay: live updates",
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "articleBody": t} for h, t in _UPDATES]}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>" if metadata else ""
    return _page(BIG_NAV + "<main><h1>Harbour board votes on the north quay: live updates</h1>"
                 "<p class='byline'>By Tamsin Rowe</p>" + entries + "</main>" + FOOT,
                 title="Harbour board votes on the north quay: live updates | Kestle Echo", head=head)


def test_a_live_blogs_metadata_lists_its_updates_and_every_update_is_kept() -> None:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from newsclean.html_meta import page_meta

    meta = page_meta(HTMLParser(_live_blog(metadata=True)))
    assert all(head in meta["body"] and text in meta["body"] for head, text in _UPDATES)
    result = newsclean.clean(_live_blog(metadata=True))
    kept = "\n".join(result.paragraphs)
    assert all(text in kept for _, text in _UPDATES)
    assert all(text in kept for text in _PINNED)
    assert "Share this update" not in kept


def test_the_authors_name_alone_under_the_text_opens_the_author_box() -> None:
    article = [
        "Breeders in Odesa have registered a wheat that held its yield through last summer's drought, the institute said on Thursday.",
        "The variety gave four tonnes a hectare on test fields that had no rain for seven weeks, a third more than the usual sorts.",
        "Farmers will be able to buy seed for the autumn sowing, and the institute expects the first harvests next summer.",
    ]
    bio = ("A reporter on the economy desk, she writes about farming, the grain trade and the climate of "
           "the south, and before that covered the port for six years.")
    teasers = [f"Grain exports through the port rose again in month {n}, traders said, as ships kept to the corridor." for n in range(4)]
    dump = "\n".join(["Drought-proof wheat registered in Odesa", "Автор: Олена Коваленко · 14 березня 2026",
                      *article, "Олена Коваленко", bio, *teasers]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == article
    assert result.authors == ["Олена Коваленко"]
    removed = "\n".join(r.text for r in result.removed)
    assert bio in removed and "Олена Коваленко" in removed  # nothing lost
    # under the headline, before the text, the name is the author's line, not a box
    early = dump.replace(article[0], "Олена Коваленко\n" + article[0]).replace("Олена Коваленко\n" + bio, bio)
    assert newsclean.clean(early).paragraphs[:3] == [*article[:1], *article[1:3]]


def test_a_pull_quote_credited_to_the_author_does_not_open_the_author_box() -> None:
    # a column pulls a sentence out of its text and credits it to its author, mid-article:
    # the name under a repeated sentence is the pull quote's credit, not the box under the end
    column = [
        "On Sunday afternoons the Mill Street branch of the Pellby library is the busiest room in town, and the council wants to close it.",
        "Closing on Sunday does not spread those visits across the week. It ends them. A parent who works six days will not find another day.",
        "Then consider what the town saves. The figure assumes the library lets go of its weekend staff, but most of them are part-timers already.",
        "The council will hear the public on the budget on March 17 at the town hall, and anyone who has used the branch should come and say so.",
    ]
    bio = ("Jonah Pascoe spent thirty years teaching in Pellby schools, the last twelve as a head teacher, "
           "and writes a column for the Echo every other week.")
    dump = "\n".join(["Closing the library on Sundays would cost Pellby more than it saves",
                      "By Jonah Pascoe March 2, 2026", *column[:2],
                      "Closing on Sunday does not spread those visits across the week. It ends them.", "Jonah Pascoe",
                      *column[2:], "Jonah Pascoe", bio]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == column
    assert bio in "\n".join(r.text for r in result.removed)
    # in guillemets, repeating the end of a long paragraph further down
    long_end = column[2] + " A street of metal shutters is a street people cross without slowing down."
    later = dump.replace("Closing on Sunday does not spread those visits across the week. It ends them.\nJonah Pascoe",
                         "« A street of metal shutters is a street people cross without slowing down. »\nJonah Pascoe")
    later = later.replace(column[2], long_end)
    assert newsclean.clean(later).paragraphs == [*column[:2], long_end, column[3]]


def test_a_lead_full_of_names_is_prose_and_a_cut_summary_is_not() -> None:
    # a news lead names its place, its people and their titles: few function words, but a
    # long sentence (or two) all the same; a description cut short ("...") is no paragraph
    lead = ("SEMARANG - Pelita Bangsa Foundation chairman Hendra Wijayakusuma Monday (10/6/2026) "
            "announced 500 university scholarships for Central Java SMA, SMK and MA graduates.")
    second = ("Foundation treasurer Dewi Lestari, Semarang State University rector Budi Santoso "
              "and Central Java Governor Ahmad Luthfi signed the Rp 12 billion agreement.")
    rest = [
        "The scholarships will cover tuition for eight semesters and a monthly allowance, and students can choose any of the fourteen state universities that have signed up to the scheme.",
        "Applications open on Monday and close on 10 July, and the foundation says that it will not charge any fee at any stage of the selection, which includes a written test and an interview.",
    ]
    dump = "\n".join(["Home", "News", "Education", "Foundation opens 500 scholarships for Central Java graduates",
                      "By Rizky Ananda", lead, second, *rest, "Tags", "scholarships", "Central Java"]) + "\n"
    assert newsclean.clean(dump).paragraphs == [lead, second, *rest]
    from newsclean.rules.span import NEAR, classify

    cut = segment("Added Slime Block + Added Iron Trapdoor + Added Prismarine and Sea Lantern blocks + "
                   "Added the Ocean Monument + Added Red Sandstone + Added Banners + Added Armor Stands...\n").units[0]
    cut.stop = 0.1
    assert classify(cut) != NEAR


_RECAP = [
    "Down a point at halftime and facing the tallest lineup it had seen all season, Pine Hollow did what it has done all winter: it kept running, and it won the regional title.",
    "The Panthers outscored Eastbrook 33-25 in the second half on Friday night, pulling away for a 58-51 victory in the regional final before a standing-room crowd at the fieldhouse.",
    "Pine Hollow will face Grant City in a state quarterfinal at 6 p.m. on Saturday at the civic arena, and tickets will be sold at the door only.",
]
_BOX = ["BOX SCORE", "Team 1 2 3 4 Final", "Eastbrook 14 12 11 14 51", "Pine Hollow 10 15 16 17 58",
        "PINE HOLLOW (58) FG 3PT FT PTS", "Maddie Kessler 7 2 4-5 20", "Jada Whitfield 5 0 3-4 13",
        "Sara Lindgren 3 1 2-2 9", "Totals 20 3 15-19 58"]


def test_a_table_of_figures_right_under_the_text_is_the_articles() -> None:
    # a box score after a game's report: the article goes on in it (rows of figures, a
    # heading and a header row between); the page's footer after it is not the article's
    footer = ["Other Sports Stories", "Panther boys fall in sub-state opener", "Privacy Policy | Contact Us"]
    dump = "\n".join(["Panthers rally past Eastbrook", "By Earl Pruitt", *_RECAP, *_BOX, *footer]) + "\n"
    body = newsclean.clean(dump).body
    assert all(row in body for row in _BOX[1:])
    assert "Privacy Policy" not in body and "sub-state" not in body
    # a news ticker's entries open with their time: no rows of figures, not the article's
    ticker = [f"{h:02d}:{m:02d} Storm closes the coast road near Pellby again" for h, m in ((14, 6), (13, 50), (11, 5), (9, 41))]
    dump = "\n".join(["Panthers rally past Eastbrook", "By Earl Pruitt", *_RECAP, "News ticker", *ticker]) + "\n"
    assert "Storm closes" not in newsclean.clean(dump).body


def test_a_match_sheet_with_its_fields_and_the_standings_goes_on_the_article() -> None:
    # a football report's sheet: the score, each side's line-up and the referee as labelled
    # fields (long lines of names), then the round's results and the table
    sheet = ["THE SHEET", "PELLBY-KESTLE ROVERS 2-0",
             "PELLBY: Guidott, Sarto, Tonarell, Bonott, Menchin, Lazzerin, Most (46' Bertoluc), Nardin, Zoles, Pieron, Ceccarell. Coach Pardin.",
             "KESTLE ROVERS: Marchett, Baron, Ceccard, Lorenzin, Dal Port, Lucches, Bianch, Ferrar, Gall, Rom, Santin. Coach Lupor.",
             "REFEREE: Cinquin of Lucca.", "RESULTS", "Pellby-Kestle Rovers 2-0", "Castlenew-Valderry 1-1",
             "Ortland-Montbrand 0-2", "STANDINGS", "Team Pts P W D L", "Pellby 49 24 15 4 5", "Valderry 49 24 14 7 3",
             "Montbrand 45 24 13 6 5"]
    dump = "\n".join(["Panthers rally past Eastbrook", "By Earl Pruitt", *_RECAP, *sheet,
                      "Other Sports Stories", "Privacy Policy | Contact Us"]) + "\n"
    body = newsclean.clean(dump).body
    assert all(line in body for line in sheet[1:])
    assert "Privacy Policy" not in body


def test_a_tables_header_row_of_column_labels_opens_it() -> None:
    # the standings under a report, their header row more labels than a heading has words
    # ("Pos Team P W L D PF PA BP Pts"), then the next round's fixtures as labelled fields
    standings = ["Standings after round nine", "Pos Team P W L D PF PA BP Pts",
                 "1 Pellby Rovers 9 7 2 0 241 160 5 33", "2 Kestle Town 9 6 3 0 220 171 4 28",
                 "3 Marazion Wanderers 9 5 3 1 199 180 4 26", "4 Penzance Athletic 9 4 5 0 170 190 3 19",
                 "Round 10 fixtures", "Friday: Kestle Town v Pellby Rovers, Kestle",
                 "Saturday: Penzance Athletic v Marazion Wanderers, Penzance"]
    dump = "\n".join(["Panthers rally past Eastbrook", "By Earl Pruitt", *_RECAP, *standings,
                      "© 2026 Cornish Press Agency. All rights reserved.", "Other Sports Stories",
                      "Privacy Policy | Contact Us"]) + "\n"
    body = newsclean.clean(dump).body
    assert all(line in body for line in standings)
    assert "Privacy Policy" not in body
    assert not tables._column_heads(segment("Results from the weekend's games in the county league\n").units[0])


def test_a_results_table_whose_rows_close_with_a_figure_and_its_unit_goes_on_the_article() -> None:
    # a stage's results: times and gaps close each row with their unit ("37 s", "1 min 04 s")
    results = ["Stage 4 results (Millbrook - Hawk Pike, 168 km)", "Pos Rider Team Time",
               "1 Tom Carver (GBR) Pennine Pro 4 h 12 min 37 s", "2 Ivo Marek (CZE) Vltava Cycling at 18 s",
               "3 Ruben Daal (NED) Polder Racing at 31 s", "4 Luca Ferri (ITA) Dolomiti Team at 1 min 04 s"]
    dump = "\n".join(["Panthers rally past Eastbrook", "By Earl Pruitt", *_RECAP, *results,
                      "Share this article Facebook X Email", "Privacy Policy | Contact Us"]) + "\n"
    body = newsclean.clean(dump).body
    assert all(line in body for line in results[1:])
    assert not tables._figure_row(segment("Pellby 2 Kestle 1 report\n").units[0])


def test_without_anchors_a_run_under_the_comment_threads_heading_is_no_article() -> None:
    # a short review with no author line and a page title unlike its headline: nothing anchors
    # it, and the footer's legal prose under the readers' comments weighs more; an article
    # comes before its comments, so the heaviest run over the thread's heading wins
    review = [
        "C'è un silenzio particolare nelle fotografie di Elena Bassani, e la mostra aperta fino al 12 aprile nelle sale del Castello lo restituisce senza forzature: acqua, nebbia, argini.",
        "Il percorso è semplice, forse fin troppo. Le didascalie sono ridotte al minimo e qualche visitatore potrebbe cercare più contesto sulle storie dei pescatori ritratti.",
        "Una mostra piccola e onesta, che merita la visita. Ingresso 8 euro, ridotto 5.",
    ]
    thread = ["Commenti (3)", "Giorgio_C 5 marzo 2026 alle 19:02", "Ci sono stato sabato, bellissime le foto della nebbia.",
              "Marta R. 5 marzo 2026 alle 19:40", "Concordo, anche se tre stelle mi sembrano poche.",
              "Silvia 6 marzo 2026 alle 08:02", "Ci porterò la classe la settimana prossima."]
    footer = [
        "La Gazzetta del Delta – Quotidiano online. Testata giornalistica registrata presso il Tribunale di Ferrara, direttore responsabile Mario Rossi, editore Delta Media società cooperativa a responsabilità limitata.",
        "Tutti i diritti riservati. È vietata la riproduzione, anche parziale, dei contenuti pubblicati su questo sito senza l'autorizzazione scritta dell'editore, ai sensi della legge sul diritto d'autore e delle norme collegate.",
        "I commenti pubblicati dai lettori esprimono esclusivamente le opinioni dei loro autori, che ne rispondono personalmente; la redazione si riserva di rimuovere in qualsiasi momento i contenuti ritenuti offensivi, diffamatori o contrari alla legge.",
        "Il giornale aderisce al codice deontologico dei giornalisti e tratta i dati personali dei lettori nel rispetto del regolamento europeo sulla protezione dei dati, come descritto nell'informativa disponibile nella pagina dedicata del sito.",
        "© 2009–2026 Delta Media Soc. Coop. a r.l.",
    ]
    dump = "\n\n".join(["Mostre al castello - La Gazzetta del Delta", "Home » Cultura » Mostre",
                        "«Acqua bassa», il silenzio del delta in quarantadue scatti", "Condividi: Facebook X Email",
                        *review, "Tag: mostre, fotografia", *thread, *footer]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == review
    assert any("comment thread" in note for note in article.notes)


_OBITUARY = [
    "Michael Hanratty, who ran the Bridge Bar in Ballyfinn for forty years, died peacefully at home on Sunday, surrounded by his family. He was 81.",
    "Born in the townland of Carrowmore in 1944, he took over the bar from his uncle in 1971 and made it the heart of the parish, a place of music, matches and mourning.",
    "He is survived by his wife Bríd, his children Seán, Aoife and Niamh, his grandchildren, and his sister Mary in Boston. Funeral Mass on Wednesday at St Brigid's Church.",
]


@pytest.mark.parametrize("heading", ["Messages of Sympathy (3)", "Reacties (3)", "Hozzászólások (3)"])
def test_a_counted_heading_over_dated_entries_is_a_thread_in_any_language(heading: str) -> None:
    thread = [heading, "Joe & Ann Cullen, Drumlish 25/02/2026 10:41",
              "Deepest sympathy to Bríd and all the family. Mick was a gentleman in every sense of the word and the Bridge won't be the same without him.",
              "Fr. Liam Tierney 25/02/2026 12:03",
              "I spent six happy years as curate in Ballyfinn and Mick was the first man to shake my hand when I arrived and the last to see me off.",
              "Siobhán Garvey, Sydney 25/02/2026 21:55",
              "So sad to read this from the other side of the world. He gave me my first summer job collecting glasses in 1994 and paid me well.",
              "Add a message of sympathy – messages are moderated before publication."]
    dump = "\n".join(["Ballyfinn mourns Mick the Bridge", "By Mairead Flanagan Posted: 25/02/2026", *_OBITUARY,
                      *thread]) + "\n"
    assert newsclean.clean(dump).paragraphs == _OBITUARY
    # a count over lines with no stamps is no thread: a list goes on the article
    assert end_matter.thread_heads(segment("Results (3)\nPellby 2 Kestle 1\nMarazion 0 Penzance 4\n").units) == []


def test_an_author_line_without_by_still_names_the_author_box() -> None:
    # the author line under the headline is names and a date, no "By"; under the text the
    # box names the first author again, with her bio: the article has ended over it
    article = [
        "Starting April 1, anyone who rents out a house or a cabin for fewer than thirty days in the unincorporated county will need a permit from the planning office.",
        "The rules, approved by the county board in a 5-2 vote in January, are the first the county has set on short-term rentals, which have tripled since 2019.",
        "Permits will cost $350 a year, and hosts must live within 45 miles of the property or name a local manager who can be reached at any hour.",
    ]
    bio = ("Lena covers housing and land use for the Signal. She previously reported for public radio stations "
           "in Michigan and in Wisconsin for six years.")
    # (html-text prints the page's <title> first: the headline under the menus repeats it)
    dump = "\n".join(["New short-term rental rules take effect April 1 | The Signal", "Home", "Local",
                      "New short-term rental rules take effect April 1",
                      "Lena Kowalczyk and Dev Malhotra Mar 2, 2026 · Updated 3h ago · 5 min read",
                      *article, "Housing Rentals Harlow County", "Lena Kowalczyk", bio,
                      "Up next", "Township board pauses roundabout"]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == article
    assert bio in "\n".join(r.text for r in result.removed)


@pytest.mark.parametrize("mark", ["###", "-30-", "- ends -", "ENDS"])
def test_a_press_releases_end_mark_ends_the_text(mark: str) -> None:
    release = [
        "DOVER (March 5, 2026) – The Department of Coastal Resources today announced $18.6 million in grants to 14 towns, counties and nonprofits to restore 40 miles of shoreline.",
        "The awards are the largest single round of coastal restoration funding in the state's history, the department said, and will be paid out over three years.",
        "“Our marshes are the first line of defence for coastal communities,” said Secretary Angela Whitford. “These grants put money directly into the hands of the towns.”",
    ]
    about = ("The Department of Coastal Resources protects and manages the state's 381 miles of tidal shoreline, "
             "beaches and wetlands. It administers the state's coastal zone programme, issues permits for work in "
             "tidal waters and runs the shoreline restoration grants, with offices in Dover and Lewes.")
    dump = "\n\n".join(["Department awards $18.6 million to restore 40 miles of shoreline", "FOR IMMEDIATE RELEASE",
                        *release, mark, "About the Department of Coastal Resources", about,
                        "Media contact: Jason Pell, 302-555-0147"]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == release
    assert about in "\n".join(r.text for r in result.removed)


def test_an_issuers_about_heading_ends_a_release_without_an_end_mark() -> None:
    # "About <issuer>" opens the release's boilerplate: who the company is, its
    # forward-looking statements, its contacts; the issuer is the one the release names
    release = [
        "AUSTIN, Texas--(BUSINESS WIRE)--Kestle Thermal, a maker of long-duration heat storage, today unveiled a battery that stores power as heat in crushed rock for up to 100 hours.",
        "The first 40-megawatt-hour unit will be installed at a municipal utility in West Texas next spring under a 15-year agreement, the company said in a statement on Tuesday.",
        "“Utilities have told us for years that four hours of storage is not enough,” said Dana Pruitt, the company's chief executive. “This is the answer to that.”",
    ]
    about = ("Kestle Thermal, Inc. designs and manufactures thermal energy storage systems that help utilities "
             "and industrial companies run on renewable power around the clock. Founded in 2019, the company "
             "is based in Austin and has raised $210 million from investors.")
    legal = ("This press release contains forward-looking statements, including statements about the expected "
             "performance, availability and delivery schedule of the company's products, which involve risks "
             "and uncertainties that could cause actual results to differ materially.")
    dump = "\n\n".join(["Kestle Thermal unveils a 100-hour thermal battery", *release,
                          "About Kestle Thermal", about, "Forward-Looking Statements", legal,
                          "Contacts", "Media: Ana Ruiz, press@kestle.example"]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == release
    removed = "\n".join(r.text for r in result.removed)
    assert about in removed and legal in removed  # nothing lost
    # a heading about something the text above never named is no issuer's boilerplate
    other = dump.replace("About Kestle Thermal", "About Harbour Energy")
    assert about in newsclean.clean(other).paragraphs


@pytest.mark.parametrize(("heading", "about"), [
    ("Sobre Fundación Cauce",
     "Fundación Cauce es una organización sin fines de lucro que trabaja desde 2006 con comunidades rurales "
     "del altiplano para mejorar el acceso al agua segura y al saneamiento, con oficinas en La Paz y Oruro."),
    ("Über die Stadtwerke Lindau",
     "Die Stadtwerke Lindau versorgen rund 26.000 Haushalte mit Strom, Gas und Wasser und betreiben die "
     "Bäder der Stadt. Das Unternehmen beschäftigt 310 Mitarbeiterinnen und Mitarbeiter."),
])
def test_an_issuers_about_heading_in_its_language_ends_a_release(heading: str, about: str) -> None:
    name = heading.split(" ", 1)[1].removeprefix("die ")
    release = [
        f"{name} presented its annual report on Tuesday, the twelfth since it began publishing one, with "
        "figures on every project it ran last year and on the money it spent on each of them.",
        f"According to the report, {name} reached 64 communities last year, twice as many as three years ago, "
        "and most of its projects were finished within the time their budgets allowed.",
        "The full report, with a summary in three languages, can be downloaded from its website, and printed "
        "copies will be sent to the municipalities that took part in the survey.",
    ]
    dump = "\n\n".join(["Annual report shows water projects doubled in three years", *release, heading, about,
                        "Contacto de prensa: prensa@example.org"]) + "\n"
    result = newsclean.clean(dump)
    assert result.paragraphs == release
    assert about in "\n".join(r.text for r in result.removed)
    units = segment(dump).units
    classes = [span.classify(u) for u in units]
    candidates = [u.index for u in units if u.text.startswith(shapes.ABOUT_OPENERS)]
    assert end_matter.issuer_abouts(units, classes, candidates) == [next(u.index for u in units
                                                                        if u.text == heading)]


def test_a_comment_count_in_an_articles_header_does_not_end_the_page() -> None:
    # a count of comments beside an article's byline and date links to the thread under its
    # text; a lone counted heading after a paragraph opens the thread
    lead = "The board voted on Tuesday to close the quay for six months while divers replace its timber piles."
    header = segment("\n\n".join([lead, "Space ship breaks up over Siberia", "By Natalia Vasilyeva",
                                  "December 2, 2016", "11 Comments", lead]) + "\n").units
    thread = segment("\n\n".join([lead, "Divers will start work in May.", "Get the morning newsletter",
                                  "11 Comments", lead]) + "\n").units
    heads = []
    for units in (header, thread):
        head = next(u for u in units if u.text == "11 Comments")
        head.labels["marker"] = "comments"
        heads.append(head.index)
    assert end_matter.page_end(header, 0) == len(header)
    assert end_matter.page_end(thread, 0) == heads[1]


def test_counts_of_comments_under_teasers_are_no_thread_heading() -> None:
    units = segment("\n".join(["A teaser", "11 Comments", "Another teaser", "200 Comments"]) + "\n").units
    for unit in units:
        unit.labels["marker"] = "comments"
    assert end_matter.page_end(units, 0) == len(units)


def test_empty_headings_markup_repeated_is_no_end_mark() -> None:
    # html2text writes an <h3> holding only a picture as "###": again and again, it is markup
    # between the article's sections, not a release's end
    sections = [f"Tip {n}: the harbour board's engineer said the quay's timber piles were inspected again on Tuesday, section {n}, and most of them were found split below the waterline." for n in range(4)]
    dump = "\n\n".join(["# North quay to close for six months", "By Owen Tregarthen",
                         *[part for section in sections for part in ("###", section)]]) + "\n"
    assert [p for p in newsclean.clean(dump).paragraphs if p != "###"] == sections


@pytest.mark.parametrize(("line", "content"), [
    ("and then the second phase begins", True),  # a sentence going on, in a script with capitals
    ("პოლიტიკა საზოგადოება ეკონომიკა", False),  # Georgian menu entries: small letters, no capitals
    ("რეგიონები / კახეთი", False),
])
def test_a_small_first_letter_is_content_only_in_a_script_with_capitals(line: str, content: bool) -> None:
    assert contentish(segment(line + "\n").units[0]) is content


# --- a short brief on a page of long prose: comments, the paper's history, its terms --------

PACKET_BRIEF = [
    "The footbridge over the Tamar leat at Polgreen will close for a fortnight from Monday while the parish council replaces its rotten deck boards.",
    "Walkers will be sent along the lane past the chapel, which adds about half a mile, and the council said the bridge should reopen before the half-term holiday.",
]
PACKET_COMMENTS = [
    "Jory_P wrote on March 4, 2026 9:12 PM:",
    "About time too. I have been stepping over the hole by the middle post since Christmas and my dog refuses to cross it at all now, so we have been going round by the lane anyway for weeks and the lane is no fun in the dark with no pavement and the farm traffic coming through at all hours of the evening.",
    "Report abuse | Reply",
    "Ada M. wrote on March 5, 2026 6:03 AM:",
    "Does anyone know if the council will also look at the steps on the Polgreen side? They are every bit as bad as the deck and the handrail wobbles when you lean on it, which is a worry for the older people who use the bridge to get to the shop and the surgery every morning.",
    "Report abuse | Reply",
]
PACKET_HISTORY = [
    "The Polgreen Packet was founded in 1908 by a Methodist minister who believed every village on the Tamar deserved a newspaper of its own, and it has been printed every Thursday since then apart from three weeks in the winter of 1947 when snow closed the roads and the paper could not reach the printer in Launceston.",
    "Our small staff of reporters and volunteer correspondents covers parish councils, schools, farming, chapel and church news, sport and the life of the valley, and we rely on readers to tell us what is happening in their villages; if you have a story, a photograph or a complaint, write to the editor at the address below.",
    "All content on this website, including text, photographs and graphics, is the property of the Polgreen Packet or its contributors and may not be reproduced without written permission. Reader comments are the sole responsibility of the persons who post them and do not reflect the views of the newspaper, which may remove any comment at any time without notice.",
]


@pytest.mark.parametrize("joined", [False, True])
def test_a_short_brief_under_its_headline_wins_over_the_prose_after_its_comments_heading(joined: bool) -> None:
    # the comment count's heading stands under a list of related stories whose entries carry
    # their dates: no date line of the article's header, so it ends the page's text; and
    # (html2text ran the brief's paragraphs into one, a blank line after each block) the
    # brief is no teaser of a list the comments under the heading would make
    brief = [" ".join(PACKET_BRIEF)] if joined else PACKET_BRIEF
    dump = ("\n\n" if joined else "\n").join([
        "The Polgreen Packet - Local News - Footbridge to close", "Home · Local News · Sport · Farming", "Home > Local News > Story",
        "Polgreen footbridge to close for two weeks of repairs", "By Tamsin Vearncombe, Packet Staff Writer",
        "Published: Wednesday, March 4, 2026 4:35 PM", "Printer-friendly version | E-mail this story | Comments (2)", *brief,
        "Related stories:", "» Parish precept rises by four per cent (February 12, 2026)",
        "» Chapel roof appeal passes its target (January 8, 2026)", "Reader Comments (2)", *PACKET_COMMENTS,
        "About The Polgreen Packet", *PACKET_HISTORY, "© 2026 The Polgreen Packet",
    ]) + "\n"
    assert newsclean.clean(dump).paragraphs == brief


def test_a_dated_related_story_over_the_comments_heading_puts_it_in_no_header() -> None:
    doc = segment("\n".join(["Polgreen footbridge to close", "By Tamsin Vearncombe", *PACKET_BRIEF, "Related stories:",
                             "» Chapel roof appeal passes its target (January 8, 2026)", "Reader Comments (2)",
                             *PACKET_COMMENTS[:3], "© 2026 The Polgreen Packet"]) + "\n")
    newsclean.default_chain().select(only=["markers"]).run(doc)
    heading = _index(doc, "Reader Comments (2)")
    assert not end_matter._in_header(doc.units, heading)
    # the comment's own header ("Jory_P wrote on ...") counts no thread of its own
    assert end_matter.page_end(doc.units, 2) == heading


def test_a_threads_policy_and_first_name_may_stand_between_its_count_and_its_first_stamp() -> None:
    # html-text prints a commenter's name and stamp on lines of their own, under the site's
    # comment policy, in a language with no word the markers know ("Maoni (3)": comments)
    thread = ["Maoni (3)",
              "Sera ya Maoni: tunakaribisha maoni yenye staha. Maoni yenye lugha ya matusi, uchochezi au matangazo hayatachapishwa, na mhariri ana haki ya kuhariri maoni yoyote kabla ya kuchapishwa.",
              "Mama Neema, Kimara", "Julai 09, 2025 saa 11:02",
              "Kila mwezi ni matengenezo. Tunalipa bili kubwa lakini huduma ni ya kusuasua, na hatujui maji yatarudi lini.",
              "Juma K.", "Julai 09, 2025 saa 11:40",
              "Angalau safari hii wametoa taarifa mapema. Mara nyingi tunasikia habari baada ya maji kukatika kabisa.",
              "Mwanaidi", "Julai 09, 2025 saa 12:15", "Je, maeneo ya Mbezi Beach nayo yataathirika? Taarifa haijasema."]
    doc = segment("\n".join(["Ballyfinn mourns Mick the Bridge", *_OBITUARY, *thread]) + "\n")
    _main_run(doc)
    assert end_matter.thread_heads(doc.units) == [_index(doc, "Maoni (3)")]


def test_two_comments_dated_to_the_minute_under_a_counted_heading_are_a_thread() -> None:
    # a page with two comments shown, each header holding a date and a clock time: too few
    # for a feed's stamps, enough for the heading that counts them (and says more are hidden)
    thread = ["Maoni (4)", "Imetumwa na Kassim Jumanne, Julai 09, 2025 - 10:02",
              "Hii ni hatua nzuri sana kwa mtaa wetu. Sasa tunahitaji soko la uhakika pia, si bomba jipya peke yake.",
              "Imetumwa na Fatma A. Jumanne, Julai 09, 2025 - 10:47",
              "Bei ni sawa, lakini wasimamizi wawe waaminifu na hesabu ziwekwe wazi kwa wanachama wote wa kikundi."]
    doc = segment("\n".join(["Ballyfinn mourns Mick the Bridge", *_OBITUARY, *thread]) + "\n")
    _main_run(doc)
    assert end_matter.thread_heads(doc.units) == [_index(doc, "Maoni (4)")]
    # one dated line under a count is no thread: an entry of a list that goes on the text
    listed = segment("Timeline (2)\nThe pier opened on 4 May 2025 at 10:00 to the public.\nIt closed again.\n")
    assert end_matter.thread_heads(listed.units) == []


def test_an_author_box_names_the_author_though_the_author_line_ran_the_names_into_a_word() -> None:
    # the Greek weekday after the name is no month the names stop at: "Νίκος Καραγιάννης Τρίτη"
    article = [
        "Σε 48ωρη απεργία, με έναρξη τις 07:00 της Τετάρτης, προχωρούν οι εργαζόμενοι στον σταθμό εμπορευματοκιβωτίων του λιμανιού, μία εβδομάδα μετά το θανατηφόρο ατύχημα.",
        "Η εταιρεία που διαχειρίζεται τον σταθμό, σε γραπτή ανακοίνωσή της, υποστηρίζει ότι έχει ήδη εφαρμόσει τα περισσότερα από τα μέτρα ασφαλείας που ζητούν οι εργαζόμενοι.",
        "Την Πέμπτη το πρωί έχει προγραμματιστεί σύσκεψη στο υπουργείο με τη συμμετοχή της διοίκησης, του σωματείου και της επιθεώρησης εργασίας, για να βρεθεί λύση.",
    ]
    bio = "Δημοσιογράφος του οικονομικού τμήματος. Καλύπτει θέματα ναυτιλίας, λιμένων και μεταφορών από το 2011 και έχει εργαστεί σε ραδιοφωνικούς σταθμούς της πόλης."
    dump = "\n".join(["Παραλύει ο σταθμός εμπορευματοκιβωτίων: 48ωρη απεργία", "Συντάκτης: Νίκος Καραγιάννης Τρίτη 18 Μαρτίου 2025, 08:45",
                      *article, "Νίκος Καραγιάννης", bio, "Όλα τα άρθρα του συντάκτη"]) + "\n"
    assert newsclean.clean(dump).paragraphs == article
    assert end_matter._named("νίκος καραγιάννης", {"νίκος καραγιάννης τρίτη"})
    assert not end_matter._named("νίκος", {"νίκος καραγιάννης τρίτη"})  # one word: a first name is no box


def test_a_match_sheet_under_a_results_table_the_article_ends_with_stays_on_a_page() -> None:
    # the table is the article's own, inside its element; the sheet's fields under it are
    # lines of names, no prose: the run takes them as the table's, and so do the edges
    rows = [("Pellby", "Kestle", "3:0"), ("Marazion", "Penzance", "1:1"), ("St Ives", "Hayle", "0:2"),
            ("Camborne", "Redruth", "2:1")]
    fields = ["Scorers: 23. Kitto, 58. Okafor, 88. Pascoe. Referee: Tremayne, assisted by Polglase and Rowe. Bookings: Jago, Kitto. Attendance: 914.",
              "Pellby: Jenkin; Rowe, Kitto, Penrose, Tonkin; Jago (79. Vosper), Nance; Pascoe, Trevail (66. Angove), Hocking; Okafor."]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = (NAV + "<main><article><h1>Pellby come from behind to win the derby</h1><p class='byline'>By Jory Kitto</p>"
            + "".join(f"<p>{p}</p>" for p in _OBITUARY[:1]) + "<p>" + PACKET_BRIEF[0] + "</p>"
            + f"<h3>Results of round 24</h3><table>{table}</table>" + "".join(f"<p>{f}</p>" for f in fields)
            + "<p class='tags'>Topics: Pellby, Kestle, football</p></article></main>" + FOOT)
    paragraphs = newsclean.clean(_page(body, title="Pellby come from behind to win the derby")).paragraphs
    assert all(f in paragraphs for f in fields)


_HAFEN = [
    "Das geplante Wohn- und Bürohochhaus am Frankfurter Osthafen wird vorerst nicht gebaut. Der Magistrat hat am Dienstag beschlossen, das Bebauungsplanverfahren für den 140 Meter hohen Turm auszusetzen.",
    "Hintergrund sind Bedenken der Hafenbetriebe und mehrerer Logistikunternehmen, die um ihre Betriebsgenehmigungen fürchten. Rund 40 Firmen arbeiten im Hafengebiet, viele davon rund um die Uhr.",
    "„Wir wollen Wohnungen bauen, aber nicht um den Preis, dass wir einen funktionierenden Industriestandort gefährden“, sagte Planungsdezernent Martin Oberle am Abend.",
    "Beim Projektentwickler stößt die Entscheidung auf scharfe Kritik. Man habe sich an alle Vorgaben der Stadt gehalten und bereits mehr als zwei Millionen Euro in Planungen investiert.",
    "Nach den bisherigen Plänen sollten in dem Turm rund 320 Wohnungen entstehen, davon 30 Prozent gefördert. Dazu kamen Büroflächen, eine Kita und ein öffentliches Dach-Café im obersten Geschoss.",
    "„Jeder Monat Verzögerung kostet uns einen sechsstelligen Betrag“, sagte der Geschäftsführer des Entwicklers. Man prüfe rechtliche Schritte gegen die Stadt, wolle aber zunächst das Gutachten abwarten.",
    "Das neue Gutachten soll bis zum Frühjahr vorliegen. Erst danach will der Magistrat entscheiden, ob das Verfahren fortgesetzt, geändert oder ganz eingestellt wird; die Stadtverordneten müssen dem zustimmen.",
]


def test_a_cookie_walls_prose_over_the_menus_is_not_the_article_under_its_headline() -> None:
    # lynx prints the wall over the whole page: menus part its text from the headline and the
    # author line, under which the article stands, longer than the wall's text
    import textwrap

    def lynx(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in [*(f"   {w}" for w in textwrap.wrap(p, 72)), ""]]

    wall = ["Guter Journalismus kostet Geld. Unsere Artikel finanzieren wir zu einem großen Teil über Werbung. Damit Sie unsere Inhalte weiterhin kostenlos lesen können, setzen wir mit unseren [1]217 Partnern Cookies ein.",
            "Mit Ihrer Zustimmung verarbeiten wir und unsere Partner personenbezogene Daten wie Ihre IP-Adresse zu folgenden Zwecken:"]
    purposes = ["     * Informationen auf einem Gerät speichern und/oder abrufen",
                "     * Personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessungen",
                "     * Einbindung externer Multimedia-Inhalte wie Videos und Karten", ""]
    consent = ["Ihre Einwilligung gilt nur für diese Website und kann jederzeit über den Link „Privatsphäre“ am Ende jeder Seite widerrufen werden. Einige Partner verarbeiten Ihre Daten auf Grundlage eines berechtigten Interesses; dem können Sie in den Einstellungen widersprechen. Teilweise werden Daten in Drittländer wie die USA übermittelt, in denen kein vergleichbares Datenschutzniveau besteht.",
               "Wenn Sie die Werbung nicht zulassen möchten, können Sie unser Angebot auch ohne Werbung und ohne Tracking lesen. Das Abo kostet 2,99 Euro im Monat und ist jederzeit kündbar; bereits bestehende Abonnements für die gedruckte Zeitung schließen es nicht ein."]
    menus = ["   Bereits Abonnent? [2]Hier anmelden", "   [3]Datenschutz | [4]Impressum | [5]Cookie-Richtlinie", "",
             "   Dienstag, 12. September 2023 [6]Abo [7]E-Paper [8]Anmelden",
             "   [9]Frankfurt [10]Offenbach [11]Region [12]Hessen [13]Politik",
             "   Eilmeldung [14]A5 bei Friedberg nach Unfall voll gesperrt",
             "   [15]Startseite › [16]Frankfurt › Osthafen", "", "   Frankfurt", ""]
    text = "\n".join(["   Rhein-Main Kurier", "", "Wir brauchen Ihre Zustimmung", "", *lynx(wall), *purposes,
                      *lynx(consent), *menus, "Stadt stoppt Hochhausprojekt am Osthafen vorerst", "",
                      "   Von [17]Jana Kellermann 12.09.2023, 18:34 Uhr", "", *lynx(_HAFEN),
                      "References", "", *(f"   {n}. https://rhein-main.example/{n}" for n in range(1, 18))]) + "\n"
    article = newsclean.clean(text)
    assert article.paragraphs == _HAFEN
    assert article.title == "Stadt stoppt Hochhausprojekt am Osthafen vorerst"


_WIRE = [
    "NEW YORK, Oct 14 (Meridian) - Wall Street's main indexes fell for a third straight session on Tuesday as investors weighed rising bond yields against a strong start to the earnings season.",
    "The benchmark index lost 1.2%, its steepest one-day drop in a month, while the technology-heavy index shed 1.6% as chipmakers extended their slide.",
    "Ten-year Treasury yields climbed to their highest level since July after a government report showed consumer prices rising faster than economists had expected.",
]


@pytest.mark.parametrize("over", [
    ["Traders work on the floor of the stock exchange in New York City, U.S., October 14, 2025. Meridian/Luis Ortega"],
    ["Marge Halvorsen stands beside the county bookmobile in 1968.", "Courtesy of the Halvorsen family"],
    ["L’esultanza di Luca Ferrario dopo il gol del 2-1 (foto Andrea Butti / Lario Sport)"],
])
def test_the_lines_over_a_lead_that_opens_with_a_dateline_are_not_the_article(over: list[str]) -> None:
    # a wire story opens at its dateline: a picture's caption over it, with its credit in
    # whatever words, is no paragraph of the text
    text = "\n\n".join(["Stocks slide for a third day as yields climb", "By Dana Whitfield", *over, *_WIRE]) + "\n"
    assert newsclean.clean(text).paragraphs == _WIRE


def test_an_update_over_the_dated_lead_is_the_storys() -> None:
    update = ("UPDATE, 4:40 p.m.: The utility now reports 61,480 customers without power in its service "
              "area, most of them in two counties. This story will be updated through the evening.")
    text = "\n\n".join(["Stocks slide for a third day as yields climb", "By Dana Whitfield", update, *_WIRE]) + "\n"
    assert newsclean.clean(text).paragraphs == [update, *_WIRE]


_GUEST_BOOK = [
    "Guest Book",
    "Entries are reviewed before they appear.",
    "Sinéad Moran", "February 25, 2026",
    "Mick was the first face I saw every Saturday at the Bridge for twenty years. When my father was ill he drove him to "
    "Sligo every week and never once let us pay for the diesel, and he never mentioned it again after.",
    "The Thursday Card Club", "February 25, 2026",
    "Mick was the sharpest player at the table and never let any of us away with a careless bid. He also kept the best "
    "fire in the county going all winter, and he always had a pot of tea ready for whoever came in from the cold.",
    "Fr. Liam Tierney", "February 26, 2026",
    "Mick was a faithful presence at the early Mass and a generous helper at every parish fundraiser for as long as anyone "
    "can remember. Our parish family holds Bríd and the children in prayer this week and in the months ahead.",
    "Dolores Keane Walsh", "February 26, 2026",
    "To my dear cousin Mick. The summers we spent at Lough Gill as children are some of my happiest memories, and you "
    "were always the brave one who jumped off the pier first while the rest of us stood shivering on the boards.",
]


_OBITUARY_PAGE = [
    "Michael Hanratty Obituary (1944 - 2026) - Ballyfinn, Leitrim - The Leitrim Observer", "",
    "Remembered · Obituaries & Guest Books with newspapers across Ireland",
    "Browse Obituaries | Place a Notice | Funeral Directors | Bereavement Support", "Search", "ADVERTISEMENT", "",
    "Michael Patrick “Mick” Hanratty", "", "February 12, 1944 – February 22, 2026",
    "Published by The Leitrim Observer from Feb. 24 to Feb. 27, 2026.",
    "Sign Guest Book · Send Flowers · Share · Print", *_OBITUARY, "",
    "Send flowers to the Hanratty family", "",
    "Show your sympathy with a hand-tied tribute delivered by a local florist. Order by 1 p.m. for same-day "
    "delivery to the funeral home.", "", "Shop sympathy flowers", "ADVERTISEMENT", ""]
_MORE_ENTRIES = ["We will miss him at the bar, at the matches and at every wake in the parish, where he always knew "
                 "the right thing to say to the family."]


def test_an_uncounted_comments_heading_over_named_and_dated_entries_is_a_thread() -> None:
    # a guest book outweighs a short notice: no count in its heading, but entries under it,
    # each under a name and its date (a title before one name, "Dr. ..."), make it a thread
    entries = [*_GUEST_BOOK]
    for i, name in enumerate(["Ann Gallagher", "Tom Flynn", "Dr. Helen Ostrowski"]):
        entries += [name, f"February {27 + i % 2}, 2026", _GUEST_BOOK[4 + 3 * i].replace("Mick", "Mr Hanratty")]
    entries = [f"{e} {_MORE_ENTRIES[0]}" if len(e) > 100 else e for e in entries]
    dump = "\n".join([*_OBITUARY_PAGE, "\n\n".join(entries), "", "Show all 17 entries", "", "Sign the Guest Book",
                      "", "More obituaries in The Leitrim Observer", "", "Nora Gilmartin – Drumshanbo",
                      "Peadar Rooney – Carrick-on-Shannon", "© 2026 Remembered Ltd. All rights reserved."]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs[:3] == _OBITUARY
    assert not any("Hanratty was" in p or "Mick was" in p for p in article.paragraphs)
    # the heading alone proves nothing: over prose with no entry headers it is no thread
    doc = segment("\n".join(["Guest Book", *_OBITUARY]) + "\n")
    _main_run(doc)
    assert end_matter.thread_heads(doc.units) == []


_WIRE_PAGE = [
    "Kestle Harbour Foods shares jump 7% after raising outlook",
    "By Owen Tregarthen",
    "March 12, 2026 10:03 AM GMT",
    "March 12 (Kestle Wire) - Shares of Kestle Harbour Foods jumped 7% on Thursday after the fish processor raised its "
    "full-year profit forecast, saying lower fuel costs for its trawler fleet had lifted margins in the first quarter.",
    "KHF.L Kestle Harbour Foods", "412.50 GBp +27.00 (+7.00%)", "Open", "398.00", "Day high", "415.00", "Volume",
    "1.2M", "Market cap", "£1.4B", "As of 11:18 AM GMT. Delayed at least 15 minutes.",
    "The company, which packs mackerel and crab at its plants in Kestle and Penryn, now expects adjusted earnings of 31 "
    "to 33 pence a share, up from its earlier forecast of 28 to 30 pence.",
    "\"Our boats are burning less fuel for the same catch, and shoppers are buying more of our value lines,\" Chief "
    "Executive Morwenna Pascoe said on a call with analysts.",
    "Reporting by Owen Tregarthen in Kestle; Editing by Jago Rowe",
    "Get the Morning Catch in your inbox",
    "Start every trading day with Morning Catch, our free newsletter from the Kestle Wire markets team. Before the "
    "opening bell we bring you the overnight moves in Asia and Europe, the stories that will move prices today and what "
    "our analysts are watching, all in a five-minute read written by our editors.",
    "More than 200,000 investors, traders and executives already read Morning Catch. Join them and you will also get "
    "breaking alerts when markets move sharply, plus occasional offers from Kestle Wire and our partners.",
    "Market data disclaimer. All quotes are delayed by a minimum of 15 minutes unless otherwise indicated and are "
    "provided for informational purposes only. Nothing on this website constitutes investment, legal, tax or other "
    "advice, or a recommendation to buy, sell or hold any security.",
]


def test_a_wire_storys_closing_credits_end_it_and_hold_its_text_across_a_quote_box() -> None:
    # "Reporting by ...; Editing by ..." closes the story: the newsletter's pitch and the
    # disclaimer under it weigh nothing, however long; the paragraphs between the lead and
    # the credits are the story's, a quote box between them or not
    article = newsclean.clean("\n".join(_WIRE_PAGE) + "\n")
    assert all(_WIRE_PAGE[i] in article.paragraphs for i in (3, 15, 16, 17))
    assert not any("Morning Catch" in p or "disclaimer" in p for p in article.paragraphs)


def test_two_closing_credit_lines_end_nothing() -> None:
    # a roundup credits each of its stories: no one line of them ends the page's article
    doc = segment("\n".join(["Kestle Wire roundup", *_OBITUARY, "Reporting by Owen Tregarthen",
                             *_OBITUARY[:2], "Reporting by Jago Rowe", _OBITUARY[2]]) + "\n")
    classes = [line_weights.classify(u) for u in doc.units]
    assert end_matter.credits_end(doc.units, classes) is None


def test_a_pages_element_grown_past_the_closing_credits_ends_at_them() -> None:
    # on a page the run grows to the element holding the story, and the element holds the
    # page's disclaimer under the credits too: the credits still end the story
    story = "".join(f"<p>{p}</p>" for p in (_WIRE_PAGE[3], *_WIRE_PAGE[15:18]))
    legal = "".join(f"<p>{p}</p>" for p in _WIRE_PAGE[19:])
    page = _page(f"<main><h1>{_WIRE_PAGE[0]}</h1><p class='byline'>{_WIRE_PAGE[1]}</p><div class='body'>{story}"
                 f"</div><div class='legal'>{legal}</div></main>", title=_WIRE_PAGE[0])
    paragraphs = newsclean.clean(page).paragraphs
    assert paragraphs[0] == _WIRE_PAGE[3] and paragraphs[-1] == _WIRE_PAGE[17]


GALLERY_TOP = """\
Soap star Marisa Quell weds rugby captain Tom Adeyemi at a castle in the Borders | The Evening Lantern

The Evening Lantern

Home News Showbiz Sport Money

Soap star Marisa Quell weds rugby captain Tom Adeyemi at a castle in the Borders

By Lena Hartigan, Showbiz Reporter

Published: 10:12 GMT, 3 May 2025

Share 112 comments

Soap star Marisa Quell has married rugby captain Tom Adeyemi at a castle in the Scottish Borders.

Expand
1 of 4

The couple leave the chapel at Thirlstane Keep after the service on Saturday afternoon

Lantern Pictures

The actress, 34, who has played a ward sister in the hospital drama for seven years, wed the Edinburgh side's captain in front of 120 guests, many of them her co-stars and his team-mates.

Guests were taken from the station to the castle in a convoy of vintage buses, and the reception was held in a marquee in the walled garden, where a ceilidh band played until the early hours.

Expand
2 of 4

The bride wore a gown of ivory silk with a long train and a veil that had been her grandmother's

Lantern Pictures

The couple met at a charity match four years ago and announced their engagement last summer, after Adeyemi proposed on a beach in the Outer Hebrides during a break between seasons.

Expand
3 of 4

Team-mates formed a guard of honour with rugby balls as the newly-weds came out of the chapel

Lantern Pictures

His best man, the Scotland hooker Callum Reid, gave a speech that had guests in tears of laughter, recalling how the couple's first date had ended with both of them locked out of a restaurant.

Expand
4 of 4

The wedding cake was a five-tier tower decorated with thistles and roses made from sugar

Lantern Pictures

A representative for the couple said they would spend their honeymoon in Japan before he returns for pre-season training in July, and thanked guests for a day they said they would never forget.

Most read
Weather: snow warning for the Highlands
"""


def test_a_slideshow_at_the_articles_top_does_not_part_its_lede() -> None:
    """The lede sentence sits between the author line and a slideshow's first slide ("Expand",
    "1 of 4", caption, credit): it opens the article, and the slide stays furniture."""
    article = newsclean.clean(GALLERY_TOP)
    assert article.body.startswith("Soap star Marisa Quell has married rugby captain")
    assert "1 of 4" not in article.body and "Lantern Pictures" not in article.body
    assert "The couple leave the chapel" not in article.body
    assert "a veil that had been her grandmother's" not in article.body
    assert article.body.rstrip().endswith("a day they said they would never forget.")


def _teaser(n: int) -> str:
    return (f"Story {n} headline about the county fair's new livestock barn opening\n\n"
            f"The county board voted on Tuesday to open the new livestock barn at the fairgrounds a "
            f"week early, after volunteers finished the roof and the stalls ahead of schedule. Exhibitors "
            f"said the extra week would let them settle their animals before judging begins, and the "
            f"board said the barn would be used for winter markets once the fair has closed. The barn "
            f"cost about {n} million dollars, most of it raised by the fair's foundation.\n{n} hours ago\n")


BROADCAST_BRIEF = (
    "Gas leak forces evacuation of a Tucson apartment complex\n\nBy: Station Web Staff\n\n"
    "Posted 3:04 PM, Sep 18, 2025\n\n"
    "TUCSON, Ariz. — Residents of a midtown apartment complex were evacuated Thursday afternoon "
    "after a contractor struck a natural gas line, fire officials said.\n\n"
    "Crews were called to the complex near East Pima Street around 2:40 p.m. A spokesperson said about "
    "60 units were cleared as a precaution and that no injuries had been reported.\n\n"
    "A utility crew was on scene working to cap the line. It was not immediately clear when "
    "residents would be allowed to return.\n\n"
    "Copyright 2025 KZNA Arizona 11. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.\n\nMore Stories\n\n" + "\n".join(_teaser(n) for n in range(2, 9)))


def test_a_storys_rights_notice_ends_it_however_much_prose_follows() -> None:
    """A wire or broadcast story closes with its rights notice ("may not be published,
    broadcast, rewritten or redistributed"), once on its page: seven long teasers after it
    outweigh the three-paragraph story, and are still none of it."""
    article = newsclean.clean(BROADCAST_BRIEF)
    assert article.body.startswith("TUCSON, Ariz. —")
    assert article.body.rstrip().endswith("allowed to return.")
    assert any(r.reason.startswith("copyright") for r in article.removed if "may not be" in r.text)


def test_two_rights_notices_are_no_end() -> None:
    """A page of several stories, each with its notice: none of them ends the page's text."""
    doc = segment(BROADCAST_BRIEF.replace("More Stories", "This material may not be published, "
                                          "broadcast, rewritten or redistributed."))
    classes = [line_weights.classify(u) for u in doc.units]
    assert end_matter.rights_notice(doc.units, classes) is None


ITALIAN_TAIL = """\
Ultime notizie: Bologna, il tribunale condanna l'ex presidente della cooperativa

Home

Cronaca
Politica
Economia

BOLOGNA – Il tribunale di Bologna ha condannato a quattro anni e due mesi l'ex presidente della cooperativa agricola Frutteti del Reno per bancarotta fraudolenta, al termine di un processo durato quasi due anni.

Secondo l'accusa, tra il 2017 e il 2020 l'uomo avrebbe distratto oltre tre milioni di euro dalle casse della cooperativa, trasferendoli a società riconducibili a familiari e a un consulente esterno.

«È una sentenza che ci restituisce un po' di dignità, ma non i soldi», ha detto all'uscita dall'aula un produttore di pere di Budrio, socio della cooperativa da trent'anni.

La difesa ha già annunciato ricorso in appello. Le motivazioni della sentenza saranno depositate entro novanta giorni, ha spiegato la presidente del collegio.

(C) Riproduzione riservata

Segui il giornale su WhatsApp: iscriviti al nostro canale per ricevere ogni giorno le notizie più importanti della giornata direttamente sul tuo telefono.

Giornalista professionista, segue la cronaca giudiziaria per il giornale dal 2017 e in precedenza ha lavorato per diverse agenzie di stampa regionali.

Frutteti del Reno, in aula i soci: «Abbiamo perso tutto»

Davanti ai giudici hanno sfilato decine di piccoli produttori che conferivano pere e pesche alla cooperativa, e molti hanno raccontato di non aver mai ricevuto il saldo dei conferimenti del 2019.

Cooperative agricole, la Regione stanzia dodici milioni per i produttori

Il fondo servirà a coprire parte dei crediti vantati dalle aziende agricole nei confronti di consorzi e cooperative fallite negli ultimi cinque anni, secondo quanto spiegato dall'assessore.
"""


def test_a_reservation_of_rights_under_the_article_ends_it() -> None:
    """"© Riproduzione riservata" closes an Italian article (html2text prints "(C)"): the
    messenger pitch, the author's bio and the related stories' summaries under it are the
    page's, however much prose they hold, even where only the dateline anchors the article."""
    article = newsclean.clean(ITALIAN_TAIL)
    assert article.body.startswith("BOLOGNA – Il tribunale di Bologna")
    assert article.body.rstrip().endswith("ha spiegato la presidente del collegio.")


def test_an_articles_list_going_on_past_its_run_with_the_same_mark_is_kept() -> None:
    """A list whose bullets lost their character ("? ") goes on after the run's last line:
    items that open with the mark one of the run's last lines opens with are the list's."""
    doc = segment("x\n\n? one\n\ntwo\n\n? three\n\n– Jane Doe, Writer\n")
    one, two, three, signed = (doc.units[i] for i in (1, 2, 3, 4))
    assert span._same_mark([one, two], three)
    assert not span._same_mark([one, two], signed)
    assert not span._same_mark([two], three)


LINE_SCORE = """\
Garza homer in the ninth lifts the Coyotes past the Hawks

By Rebeca Montoya

SALTILLO — A two-run homer by Ulises Garza in the bottom of the ninth gave the Coyotes a 5-4 win over the Hawks on Saturday night in front of 11,200 fans at Desert Park.

The Hawks, who arrived as leaders of the North Zone, controlled most of the game behind their starter, who allowed three hits and one run in six innings with seven strikeouts.

"I knew he was going to attack me with the fastball. I only wanted to make good contact," Garza said after the game, in which he went 2 for 4 with three runs batted in.

Line score

Team 1 2 3 4 5 6 7 8 9 R H E
Hawks 0 1 0 0 0 3 0 0 0 4 9 1
Coyotes 0 0 1 0 0 0 0 2 2 5 7 0

W: Luis Anaya (3-1). L: Osvaldo Trevino (1-2). HR: SAL, Ulises Garza (7).

The series ends on Sunday at 5 p.m. at Desert Park.

Download our app
Get scores and alerts on your phone.
"""


def test_a_line_score_of_two_teams_under_its_numbered_header_goes_on_the_article() -> None:
    """A line score: a header numbering the innings ("Team 1 2 3 ... R H E") and a row per
    team. Two rows alone are a score; under their numbered header they are a table, and the
    sentence closing it under its fields is the article's last."""
    article = newsclean.clean(LINE_SCORE)
    assert "Coyotes 0 0 1 0 0 0 0 2 2 5 7 0" in article.body
    assert article.body.rstrip().endswith("The series ends on Sunday at 5 p.m. at Desert Park.")
    assert "Download our app" not in article.body
    assert tables._numbered_header(segment("Team 1 2 3 4 5 6 7 8 9 R H E\n").units[0])
    assert not tables._numbered_header(segment("Hawks 0 1 0 0 0 3 0 0 0 4 9 1\n").units[0])


def test_a_superscript_among_a_rows_figures_counts_no_column() -> None:
    # "¹" is a digit to Python but no figure: a row holding one is read without a crash
    article = newsclean.clean("The harbour board met on Tuesday.\n\n¹ 2\n")
    assert "The harbour board met on Tuesday." in article.body
    assert newsclean.clean("0\r¹").body is not None  # (what hypothesis found)


HIKING_NEWS = """Trailmap News

Menu

Trailmap 4.2 - The Coast Path Update

The spring update is out today for phones and the web. It brings the whole of the coast path into the offline maps, and with it a long list of smaller changes and fixes, most of them asked for by walkers who wrote to us over the winter months:

Night mode for the map
Tide tables for more harbours
Closed footpaths avoided
Offline coast path maps
Search by bus stop code
Share buttons on routes
Gradients in colour
Faster track imports
Weather every ten minutes
Longer battery life

Official links
Trailmap Pro
Help centre
Report a bug

Follow us

Newsletter

Sign up today and get our walking guides every Friday in your inbox for free, with route ideas for every season.
"""


def test_a_list_the_runs_last_sentence_introduces_ends_the_article() -> None:
    # the run's last line ends in a colon: its text goes on in the list under it, however
    # short its items and whatever furniture follows; an item that reads as a menu's entry
    # ("Search ...") amid the list's other items is the list's own
    lines = HIKING_NEWS.splitlines()
    items = lines[8:18]
    result = newsclean.clean(HIKING_NEWS)
    assert " ".join(result.paragraphs[1:]) == " ".join(items)  # (one block: its lines as one paragraph)
    # one line under the colon is no list: an advertisement's label stays out
    ad = "\n".join(lines[:6] + [lines[6].replace("winter months:", "winter months. Watch the video below:"),
                                 "", "by Sponsor by Sponsor", *lines[18:]])
    assert not any("Sponsor" in p for p in newsclean.clean(ad).paragraphs)


# --- a misleading class name around the article ------------------------------------------------

TEASERS = ["Harbour car park charges to rise in April", "Lifeboat crew called out twice in one night",
           "Primary school wins national reading award"]


LEGAL = [
    "The Kestle Echo is published by Kestle Echo Media Limited, a company registered in England and Wales under number 01234567, whose registered office is at 4 Quay Street, Kestle Bay. All content on this site is protected by copyright and may not be reproduced, stored or transmitted without the prior written permission of the publisher.",
    "Comments posted by readers are the views of their authors and not those of the Kestle Echo. We do not check comments before they appear, but we will remove any that we are told are abusive, defamatory or off topic, and we may close a thread at any time without giving a reason.",
    "We use cookies and similar technologies to run this site, to measure how many people read each story and to show advertising that is relevant to you. You can change your choices at any time from the privacy settings link at the foot of every page, and you can read more in our cookie policy.",
    "The Kestle Echo is a member of the Independent Press Standards Organisation and abides by the Editors' Code of Practice. If you have a complaint about our journalism, please write to the editor at the address above, and we will reply within fourteen days of receiving it.",
    "Competitions run by the Kestle Echo are open to residents of the United Kingdom aged eighteen or over, except employees of the company and their families. Only one entry per household will be accepted, and the winners will be drawn at random from all correct entries received by the closing date.",
    "Photographs and letters sent to the newsroom may be published in print and online, and may be edited for length. By sending them you confirm that they are your own work and that you give us permission to use them, and we will always credit you unless you ask us not to.",
]


def _misnamed(container: str) -> str:
    """The article (headline, author line, text) inside an element whose class names a widget
    or a comment, as some themes name their columns, on a page whose footer holds more
    prose than the article (so the name is no page-wide wrapper's); the teasers sit in an
    element named as a body."""
    teasers = "".join(f"<li><a href='/t/{i}'>{t}</a></li>" for i, t in enumerate(TEASERS))
    return _page(BIG_NAV + f"<main><div class='{container}'><h1>{BRIDGE_TITLE}</h1>"
                 "<p class='byline'>By Tamsin Rowe</p>" + "".join(f"<p>{p}</p>" for p in BRIDGE)
                 + f"</div><div class='article-body'><h3>Latest</h3><ul>{teasers}</ul></div></main>"
                 "<footer>" + "".join(f"<p>{p}</p>" for p in LEGAL) + "</footer>",
                 title=f"{BRIDGE_TITLE} | Kestle Echo")


@pytest.mark.parametrize("container", ["sidebar-content widget-area", "comment-body-text sidebar-left-wrap"])
def test_an_article_in_an_element_named_as_furniture_is_kept(container: str) -> None:
    # the class name called every line of the article furniture: the run found with the
    # hints unheard holds the article, and its lines are read as found there
    article = newsclean.clean(_misnamed(container))
    assert article.paragraphs == BRIDGE
    assert article.title == BRIDGE_TITLE
    assert not any(t in article.paragraphs for t in TEASERS)


RELATED_BOX = ("<div class='related-box'><p>Read more: Kestle Bay council sets its budget for the coming "
               "year, with rises in parking charges, a new bin collection and money for the harbour wall.</p></div>")


def _boxed() -> str:
    """The article in an <article>, a related box set between its paragraphs."""
    return _page(BIG_NAV + f"<main><article><h1>{BRIDGE_TITLE}</h1><p class='byline'>By Tamsin Rowe</p>"
                 + "".join(f"<p>{p}</p>" for p in BRIDGE[:2]) + RELATED_BOX
                 + "".join(f"<p>{p}</p>" for p in BRIDGE[2:]) + "</article></main>"
                 + "<footer>" + "".join(f"<p>{p}</p>" for p in LEGAL) + "</footer>")


def test_a_box_named_as_furniture_inside_the_article_still_goes() -> None:
    # a hint on a few of the run's lines marks a box set in the article, not its container
    assert newsclean.clean(_boxed()).paragraphs == BRIDGE


def _marked(page: str) -> tuple[Document, list[str]]:
    doc = segment_html(page)
    chain = newsclean.default_chain()
    for rule in chain.active():  # the rules up to the markers' (the page's language first)
        rule.apply(doc)
        if rule.id == "markers":
            break
    return doc, [span.classify(u, markup=False) for u in doc.units]


def test_mostly_hinted_tells_a_containers_hint_from_a_boxs() -> None:
    doc, plain = _marked(_misnamed("sidebar-content widget-area"))
    assert candidates.mostly_hinted(doc.units, plain, (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1])))
    doc, plain = _marked(_boxed())
    assert not candidates.mostly_hinted(doc.units, plain, (_index(doc, BRIDGE[0]), _index(doc, BRIDGE[-1])))


def test_an_elements_own_tag_is_heard_by_the_second_opinion() -> None:
    # <footer> says what it holds; a class name is a theme's word: only the word is unheard
    doc, plain = _marked(_misnamed("sidebar-content widget-area"))
    legal = _index(doc, LEGAL[0])
    assert doc.units[legal].labels.get("marker") and "hinted" not in doc.units[legal].labels
    assert plain[legal] == "bad"
    article = _index(doc, BRIDGE[0])
    assert "hinted" in doc.units[article].labels and plain[article] == "good"


def test_a_governments_ends_in_capitals_ends_the_text_over_its_notes_to_editors() -> None:
    release = [
        "The government will spend £48 million restoring tidal wetlands on four estuaries, the Department for Coastal Communities announced today.",
        "The schemes will create about 900 hectares of saltmarsh and mudflat by moving flood banks inland and letting the tide return to land drained two centuries ago.",
        "“Giving the tide room is the cheapest flood defence we have,” said the minister, Joanna Mercer. “These marshes will protect homes and bring back birds.”",
    ]
    notes = ["1. The Tidal Habitats Programme is funded from the Nature Recovery Capital Fund announced at the 2025 Spending Review, and the £48 million covers design, land purchase and construction.",
             "2. Habitat figures are approximate and will be confirmed following detailed design; hectare figures refer to the area inside the realigned defences.",
             "3. Photographs of the sites are available on request from the press office, and broadcast interviews with the minister can be arranged."]
    dump = "\n\n".join(["£48 million to restore tidal wetlands on four estuaries",
                        "From: Department for Coastal Communities", *release, "ENDS", "## Notes to editors",
                        "\n".join(notes), "Media enquiries: 020 7946 0000"]) + "\n"
    assert newsclean.clean(dump).paragraphs == release


def test_the_page_titles_headline_in_an_element_named_as_furniture_anchors_its_text() -> None:
    # a section's name is the page's <h1>; the story (its headline the page's <title>) sits
    # in an element whose class calls it a sidebar, over a standing text in one named as a
    # body: the story's lines are the article's (the standing text is prose too: it stays)
    page = _page(BIG_NAV + "<main><h1 class='section-title'>Corrections &amp; Clarifications</h1>"
                 f"<div class='sidebar-note'><h2>{BRIDGE_TITLE}</h2>"
                 + "".join(f"<p>{p}</p>" for p in BRIDGE) + "</div><div class='article-body'>"
                 + "".join(f"<p>{p}</p>" for p in LEGAL[3:]) + "</div></main>"
                 "<footer>" + "".join(f"<p>{p}</p>" for p in LEGAL[:3]) + "</footer>",
                 title=f"{BRIDGE_TITLE} | Kestle Echo")
    article = newsclean.clean(page)
    assert article.title == BRIDGE_TITLE
    assert article.paragraphs[: len(BRIDGE)] == BRIDGE
