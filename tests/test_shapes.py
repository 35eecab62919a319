"""Shapes of a page no single line shows (`newsclean.rules.shapes`): lines printed twice,
lines stamped with a time (a feed), teaser lists; on their own and through the whole chain."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest

import newsclean
from newsclean.document import Document, Unit
from newsclean.rules import line_weights, shapes, span
from newsclean.rules.markers import markers
from newsclean.rules.patterns import is_dateish
from newsclean.segment import segment


def _doc(text: str) -> Document:
    doc = segment(text)
    markers.apply(doc)
    return doc


class _Marks(list):
    """Per-unit furniture marks, read by index (``marks[i]``) or by unit (``marks(unit)``)."""

    def __call__(self, unit: Unit) -> bool:
        return self[unit.index]


def _shape_args(units: list[Unit]) -> tuple[list[bool], _Marks, _Marks, list[bool]]:
    """``teasers``' arguments, computed as `main-run` computes them
    (`shape_weights.weigh_shapes`): prose good or near-good; furniture is a repeated or stamped line, a marked or link-dense line, a
    short date line; heads are short separator headings ("More stories")."""
    classes = [span.classify(u) for u in units]
    furniture = _Marks([False] * len(units))
    for i in shapes.repeated(units):
        if units[i].words >= 2 and not span.contentish(units[i]):
            furniture[i] = True
    stamps = [False] * len(units)
    for i in shapes.stamped(units):
        stamps[i] = furniture[i] = True
    for unit in units:
        if "marker" in unit.labels or span.link_dense(unit) or (
                unit.length < 90 and unit.kind != "row" and is_dateish(unit.text)):
            furniture[unit.index] = True
    prose = [c in (span.GOOD, span.NEAR) for c in classes]
    heads = _Marks(u.labels.get("marker") in line_weights.SEPARATORS and u.length <= 40 for u in units)
    return prose, furniture, heads, stamps


def _teasers(doc: Document, headline: int | None = None) -> set[int]:
    return shapes.teasers(doc.units, *_shape_args(doc.units), headline)


def _index(doc: Document, text: str) -> int:
    return next(u.index for u in doc.units if u.text == text)


HEADLINE = "Harbour wall repairs to begin in Kestle Bay"
ARTICLE = [
    "Work to repair the storm-damaged harbour wall at Kestle Bay will begin next month, the district council has confirmed, after a year in which fishing boats have had to moor outside the harbour.",
    "The council said the contract, worth about 2.4 million pounds, had been awarded to a firm from Truro and that the work was expected to take until the end of the summer.",
    "Fishermen welcomed the news but said the delay had cost them dearly, with several boats forced to land their catch at ports further along the coast during the winter.",
]
TOP = f"""\
{HEADLINE} | The Kestle Echo
Home
News
{HEADLINE}
By Owen Tregarthen
""" + "\n".join(ARTICLE) + "\n"

TEASERS = [
    ("Lifeboat crew rescue walkers cut off by tide",
     "Two walkers were rescued from the rocks below Penhale Point on Sunday after being cut off by the rising tide."),
    ("School roof to be replaced over summer",
     "The county council has set aside money to replace the leaking roof at Kestle Primary before the new term."),
    ("Car park charges to rise in April",
     "Visitors to the seafront will pay an extra 50p an hour from next month under plans approved by councillors."),
    ("Festival organisers appeal for volunteers",
     "The Kestle Bay music festival needs at least forty more helpers if it is to go ahead in August, organisers say."),
]
TEASER_LINES = "\n".join(line for pair in TEASERS for line in pair) + "\n"
SUMMARIES = [summary for _, summary in TEASERS]

FEED = [
    "14:44 Coastguard says the search off Penhale Point has been stood down for the night.",
    "14:31 Police have closed the coast road between Kestle and Porthvean after a landslip near the old quarry.",
    "14:02 The Met Office has extended its yellow wind warning for the whole of the county until Friday morning.",
    "13:47 Ferry crossings to the islands are cancelled for the rest of the day, the operator has said on its website.",
    "13:15 Schools in the district will open as normal tomorrow, the county council says.",
]

FILLER = [
    "The harbour master said the new wall would be built from granite quarried a few miles inland.",
    "Divers will inspect the foundations of the old wall before any stone is removed from it.",
    "A temporary pontoon will be put in place for the boats that land crab and lobster each morning.",
]


# --- repeated ------------------------------------------------------------------------------


def test_a_short_line_printed_twice_is_marked_both_times() -> None:
    doc = _doc("\n".join(["Photo gallery: the storm hits the seafront", ARTICLE[0],
                          "Photo gallery: the storm hits the seafront", ARTICLE[1]]))
    assert shapes.repeated(doc.units) == {0, 2}


def test_every_copy_of_a_short_line_is_marked() -> None:
    doc = _doc("\n".join(["Continue reading", ARTICLE[0], "Continue reading", ARTICLE[1], "Continue reading"]))
    assert shapes.repeated(doc.units) == {0, 2, 4}


def test_a_long_line_printed_twice_marks_only_the_later_copies() -> None:
    # A page may print its article twice (a print version, a metadata copy): the first copy
    # is still the article.
    long = " ".join(ARTICLE[:2])
    assert len(long) >= 320
    doc = _doc("\n".join([long, ARTICLE[2], long, "Share", long]))
    assert shapes.repeated(doc.units) == {2, 4}


def test_lines_without_words_are_never_repeats() -> None:
    doc = _doc("\n".join([ARTICLE[0], "•", ARTICLE[1], "•", ARTICLE[2]]))
    assert doc.units[1].words == 0
    assert shapes.repeated(doc.units) == set()


def test_the_page_title_and_the_headline_are_not_the_same_line() -> None:
    # "Headline | Site" and "Headline" differ: the title rule, not this shape, deals with them.
    assert shapes.repeated(_doc(TOP).units) == set()


# --- stamped -------------------------------------------------------------------------------


def test_three_lines_opening_with_a_clock_time_are_a_feed() -> None:
    doc = _doc("\n".join([*ARTICLE, *FEED[:3]]))
    assert shapes.stamped(doc.units) == {3, 4, 5}


def test_two_stamped_lines_are_facts_not_a_feed() -> None:
    doc = _doc("\n".join([*ARTICLE, *FEED[:2]]))
    assert shapes.stamped(doc.units) == set()


def test_stamps_must_fall_close_together() -> None:
    # Three times, but more than twenty lines apart: an article that mentions times.
    lines = [FEED[0], *(FILLER * 7), FEED[1], *(FILLER * 7), FEED[2]]
    doc = _doc("\n\n".join(lines))  # blank lines: lines of like length are not re-joined as wrapped
    assert len(doc.units) == len(lines)
    assert shapes.stamped(doc.units) == set()
    close = _doc("\n\n".join([FEED[0], *FILLER, FEED[1], *FILLER, FEED[2]]))
    assert shapes.stamped(close.units) == {0, 4, 8}


@pytest.mark.parametrize("stamps", [
    ["9.30 pm", "9.05 pm", "8.40 pm"],
    ["14h05", "13h50", "13h20"],
    ["5h ago", "7h ago", "9h ago"],
    ["2 hours ago", "35 minutes ago", "an hour ago"],
    ["vor 3 Stunden", "vor 5 Stunden", "vor 1 Tag"],
    ["hace 2 horas", "hace 4 horas", "hace una hora"],
])
def test_clock_times_and_ages_in_several_forms_stamp_a_line(stamps: list[str]) -> None:
    lines = [f"{stamp} Marta K. wrote: the ferry was late again this morning" for stamp in stamps]
    doc = _doc("\n\n".join([ARTICLE[0], *lines, ARTICLE[1]]))
    assert len(doc.units) == 5
    assert shapes.stamped(doc.units) == {1, 2, 3}


def test_french_ages_opening_a_line_stamp_it() -> None:
    lines = [f"{stamp} Marta K. a écrit : le bac était encore en retard ce matin"
             for stamp in ("Il y a 2 heures", "Il y a 3 heures", "Il y a 5 heures")]
    doc = _doc("\n\n".join([ARTICLE[0], *lines, ARTICLE[1]]))
    assert shapes.stamped(doc.units) == {1, 2, 3}


def test_a_sentence_that_merely_opens_with_a_number_is_not_stamped() -> None:
    lines = ["12 people were taken to hospital after the crash.",
             "40 boats are moored in the outer harbour this week.",
             "3 schools have closed because of the storm."]
    doc = _doc("\n".join(lines))
    assert shapes.stamped(doc.units) == set()


def test_long_lines_do_not_count_as_stamps() -> None:
    long = "14:44 " + " ".join(ARTICLE[:2])
    assert len(long) > 200
    doc = _doc("\n".join([long, FEED[1], FEED[2], ARTICLE[0]]))
    assert shapes.stamped(doc.units) == set()


# --- teasers (the function, on its arguments) ----------------------------------------------


def test_more_stories_heading_over_headline_summary_pairs_makes_teasers() -> None:
    doc = _doc(TOP + "More stories\n" + TEASER_LINES)
    found = _teasers(doc, headline=_index(doc, HEADLINE))
    assert found == {_index(doc, s) for s in SUMMARIES}


def test_question_headlines_that_read_as_prose_still_head_teasers() -> None:
    # "...: what next?" reads as a short sentence of prose; over a summary it is a headline
    questions = [("Harbour dredging: is the council paying far too much for it?",
                  "An audit of the dredging contract found that the council paid twice the going rate for the work."),
                 ("Will the island ferry run all through the winter this year?",
                  "The operator says a second boat would let it keep the island crossing open until the spring."),
                 *TEASERS]
    doc = _doc(TOP + "More stories\n" + "\n".join(line for pair in questions for line in pair) + "\n")
    for question, _ in questions[:2]:
        unit = doc.units[_index(doc, question)]
        assert shapes._headline_like(unit) and span.classify(unit) == span.NEAR
    found = _teasers(doc, headline=_index(doc, HEADLINE))
    assert found == {_index(doc, summary) for _, summary in questions}


def test_the_same_shape_without_list_evidence_is_a_listicle() -> None:
    # Subhead + paragraph, four times, with no heading over them and no marks: the shape of
    # a listicle's items as much as of a teaser list.
    doc = _doc(TOP + TEASER_LINES)
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == set()


def test_items_marked_as_furniture_make_teasers_without_a_heading() -> None:
    # Each teaser carries a date line: most items are marked, so the list is furniture.
    lines = []
    for title, summary in TEASERS:
        lines += [title, summary, "March 2, 2026"]
    doc = _doc(TOP + "\n".join(lines) + "\n")
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == {_index(doc, s) for s in SUMMARIES}


def test_a_byline_glued_to_its_date_marks_a_teaser_as_a_date_line_does() -> None:
    # lynx prints a card's author and date with nothing between them ("By Owen
    # TregarthenMar 2, 2026"): the date is still the item's mark.
    lines = []
    for day, (title, summary) in enumerate(TEASERS, 2):
        lines += [title, summary, f"By Owen TregarthenMar {day}, 2026"]
    doc = _doc(TOP + "\n".join(lines) + "\n")
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == {_index(doc, s) for s in SUMMARIES}


def test_long_excerpts_each_closed_by_read_more_are_teasers() -> None:
    # A blog's "Keep reading" list: each post's first paragraph, longer than a summary, cut
    # off and closed by its "Read More" link.
    excerpt = ("{} The harbour board met again on Tuesday and heard from the engineers, the "
               "fishermen and the ferry company, and the meeting ran late into the evening while "
               "the public gallery filled with residents who wanted to speak about the quay and "
               "what it means to the town, and the chair asked everyone to keep it short and")
    lines = []
    for title, summary in TEASERS[:3]:
        lines += [title, excerpt.format(summary), "Read More"]
    doc = _doc(TOP + "\n".join(lines) + "\n")
    assert all(len(excerpt.format(s)) > shapes._TEASER_PROSE for s in SUMMARIES[:3])
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == {_index(doc, excerpt.format(s)) for s in SUMMARIES[:3]}
    # the same long paragraphs without the closing link: subheads and their paragraphs
    plain = _doc(TOP + "\n".join(line for line in lines if line != "Read More") + "\n")
    assert _teasers(plain, headline=_index(plain, HEADLINE)) == set()


def test_numbered_subheads_over_their_points_are_a_listicle_even_with_marks_around() -> None:
    # "3. ...", "4. ...", "5. ...": a listicle's points, each a subhead over its paragraph;
    # a date line printed under each (a box of links set among them marks them as much) does
    # not make them teasers. The same items unnumbered, or numbered out of order, are.
    def lines(numbers: list[str]) -> str:
        out = []
        for number, (title, summary) in zip(numbers, TEASERS):
            out += [f"{number}{title}", summary, "March 2, 2026"]
        return TOP + "\n".join(out) + "\n"

    doc = _doc(lines(["3. ", "4. ", "5. ", "6. "]))
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == set()
    for numbers in (["", "", "", ""], ["3. ", "7. ", "1. ", "2. "]):
        doc = _doc(lines(numbers))
        assert _teasers(doc, headline=_index(doc, HEADLINE)) == {_index(doc, s) for s in SUMMARIES}


def test_three_in_a_row_are_needed() -> None:
    doc = _doc(TOP + "More stories\n" + "\n".join(line for pair in TEASERS[:2] for line in pair) + "\n")
    assert _teasers(doc, headline=_index(doc, HEADLINE)) == set()


def test_the_paragraph_under_the_articles_own_headline_is_never_a_teaser() -> None:
    # A brief: headline and one short paragraph, then three teasers, all of them marked with
    # a date; the brief's paragraph has the teasers' shape but is the article's lead.
    lines = ["Coast road reopens after landslip",
             "The coast road between Kestle and Porthvean reopened on Thursday morning, five days after a landslip near the old quarry.",
             "March 2, 2026"]
    for title, summary in TEASERS[:3]:
        lines += [title, summary, "March 2, 2026"]
    doc = _doc("\n".join(lines))
    lead = 1
    assert lead in _teasers(doc, headline=None)  # the shape alone would take it
    found = _teasers(doc, headline=0)
    assert lead not in found
    assert found == {_index(doc, s) for s in SUMMARIES[:3]}


def test_a_subhead_paragraph_followed_by_more_paragraphs_is_article_text() -> None:
    lines = ["More stories"]
    for title, summary in TEASERS:
        lines += [title, summary, FILLER[0]]  # each "summary" runs on into another paragraph
    doc = _doc("\n".join(lines))
    assert _teasers(doc) == set()


# --- through main-run: labels --------------------------------------------------------------


def _main_run(text: str) -> Document:
    doc = segment(text)
    newsclean.default_chain().select(only=["main-run"]).run(doc)
    return doc


def test_main_run_labels_each_shape() -> None:
    doc = _main_run(TOP + "Continue reading\nMore stories\n" + TEASER_LINES + "Continue reading\n")
    shape = {u.text: u.labels.get("shape") for u in doc.units}
    assert all(shape[s] == "teaser" for s in SUMMARIES)
    assert shape["Continue reading"] == "repeated"
    assert all(shape[p] is None for p in ARTICLE)
    feed = _main_run(TOP + "\n".join(FEED) + "\n")
    shape = {u.text: u.labels.get("shape") for u in feed.units}
    assert all(shape[line] == "stamped" for line in FEED)
    assert all(shape[p] is None for p in ARTICLE)


# --- end to end ----------------------------------------------------------------------------


def test_article_followed_by_more_stories_keeps_the_article_and_drops_the_teasers() -> None:
    result = newsclean.clean(TOP + "More stories\n" + TEASER_LINES)
    assert result.title == HEADLINE
    assert result.paragraphs == ARTICLE
    removed = "\n".join(r.text for r in result.removed)
    for title, summary in TEASERS:
        assert title in removed and summary in removed


def test_without_the_teaser_shape_the_run_would_take_the_teasers(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the shape is for: each summary reads as prose, so the run runs on into them.
    monkeypatch.setattr(shapes, "teasers", lambda *args, **kwargs: set())
    result = newsclean.clean(TOP + "More stories\n" + TEASER_LINES)
    assert any(s in result.paragraphs for s in SUMMARIES)


def test_a_live_feed_after_the_article_is_dropped() -> None:
    result = newsclean.clean(TOP + "\n".join(FEED) + "\n")
    assert result.paragraphs == ARTICLE
    removed = "\n".join(r.text for r in result.removed)
    for line in FEED:
        assert line in removed


def test_without_the_stamps_the_feed_would_join_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shapes, "stamped", lambda units, texts=None, ends=None: set())
    result = newsclean.clean(TOP + "\n".join(FEED) + "\n")
    assert FEED[0] in result.paragraphs


def test_a_comment_thread_of_stamped_entries_after_the_article_is_dropped() -> None:
    comments = [
        "2 hours ago", "Gareth P.: I have moored outside the harbour all winter and I am glad the council has finally found the money for the wall, even if it has taken far too long to get here.",
        "5 hours ago", "Maureen T.: The contract should have gone to a firm from the town, there are plenty of builders here who know that harbour better than anyone from Truro ever will.",
        "an hour ago", "Dev K.: Does anyone know whether the slipway will stay open while the work goes on? We launch the gig from there every weekend in the summer months.",
    ]
    result = newsclean.clean(TOP + "\n".join(comments) + "\n")
    assert result.paragraphs == ARTICLE


LISTICLE_HEADLINE = "Five ways to save water in the garden this summer"
LISTICLE = [
    "With a hosepipe ban likely in the county again this year, gardeners in Kestle Bay have been asking how they can keep their plants alive without running up a large water bill. Here is what local growers told us.",
    "Collect the rain",
    "A water butt fixed to a downpipe can gather hundreds of litres over a wet spring, and the council sells them at half price to residents of the district.",
    "Water in the evening",
    "Watering after the sun has gone down means less of it is lost to the air, and the roots have all night to take it up before the heat of the day.",
    "Mulch your beds",
    "A thick layer of bark, compost or straw keeps the soil cool and stops the water in it from drying out, and it also keeps the weeds down.",
    "Choose tougher plants",
    "Lavender, rosemary and the grasses sold at the Porthvean nursery need far less water than bedding plants and will still flower well in a dry year.",
    "Reuse water from the house",
    "The water from washing vegetables or from a cooled kettle can go straight onto pots and borders, as long as there is no soap or salt in it.",
]


def test_a_listicle_keeps_all_its_items() -> None:
    dump = f"{LISTICLE_HEADLINE} | The Kestle Echo\nHome\nLifestyle\n{LISTICLE_HEADLINE}\nBy Morwenna Pascoe\n" + "\n".join(LISTICLE) + "\n"
    doc = _main_run(dump)
    assert not any(u.labels.get("shape") == "teaser" for u in doc.units)
    result = newsclean.clean(dump)
    assert result.title == LISTICLE_HEADLINE
    assert result.paragraphs == LISTICLE


@pytest.mark.xfail(strict=True, reason=(
    "an article's own timeline (three or more lines opening with a clock time, here introduced "
    "by 'How the rescue unfolded:') is taken for a live feed by shapes.stamped: its lines weigh "
    "-0.8 each, the run stops before them, and the timeline and the article's closing paragraph "
    "after it are removed"))
def test_an_articles_own_timeline_is_not_a_feed() -> None:
    body = [
        "Two teenagers who were trapped on a ledge below Penhale Point for six hours on Saturday have thanked the coastguard, lifeboat and helicopter crews who brought them to safety as the tide came in.",
        "The pair, both aged sixteen and from Truro, had climbed down the cliff path to look at a seal colony and found they could not get back up when the light began to fade and the rain started.",
        "How the rescue unfolded:",
        "17:40 The teenagers call 999 from the ledge.",
        "18:05 Coastguard teams arrive on the cliff top.",
        "19:30 The lifeboat reaches the foot of the cliff.",
        "23:10 Both are winched to safety by the helicopter.",
        "The coastguard said the pair had done the right thing by calling for help and staying where they were, and urged walkers to check the tide times before they set out.",
    ]
    title = "How the Kestle Bay cliff rescue unfolded"
    dump = f"{title} | The Kestle Echo\nHome\nNews\n{title}\nBy Owen Tregarthen\n" + "\n".join(body) + "\n"
    assert newsclean.clean(dump).paragraphs == body


# --- slideshows ----------------------------------------------------------------------------

SLIDES = [
    ("1/12 Lifeboat launched twice in a day", "The Kestle lifeboat was called out twice on Saturday, first to a yacht with a fouled propeller and then to a swimmer in difficulty off the north beach."),
    ("2/12 Granite for the new wall arrives", "The first lorries carrying granite from the inland quarry reached the harbour on Monday, watched by a small crowd of fishermen and their families."),
    ("3/12 Crab prices hold steady", "Buyers at the Thursday market paid much the same for brown crab as a year ago, despite the smaller catch landed since the storms of the winter."),
    ("4/12 Festival stage takes shape", "Volunteers spent the weekend building the main stage on the recreation ground, ready for the music festival that opens at the end of the month."),
]
SLIDE_LINES = "".join(f"{title}\nPhoto: Kestle Echo\n{caption}\n" for title, caption in SLIDES)


def test_numbered_slides_and_their_captions_are_a_slideshow() -> None:
    doc = _doc(TOP + "In pictures\n" + SLIDE_LINES)
    prose = [span.classify(u) in (span.GOOD, span.NEAR) for u in doc.units]
    found = {doc.units[i].text for i in shapes.slides(doc.units, prose)}
    for title, caption in SLIDES:
        assert title in found and caption in found
    assert not found & set(ARTICLE)


@pytest.mark.parametrize("word", ["of", "di", "de", "van", "из"])
def test_a_galleries_counted_captions_are_a_slideshow_in_any_language(word: str) -> None:
    # "1 di 8 Le bancarelle ...": the counter opens each caption, in the page's language
    slides = [f"{k} {word} 4 {caption} (foto Gianni Rota)" for k, (_, caption) in enumerate(SLIDES, 1)]
    doc = _doc(TOP + "Fotogallery\n" + "\n".join(slides) + "\n")
    prose = [span.classify(u) in (span.GOOD, span.NEAR) for u in doc.units]
    found = {doc.units[i].text for i in shapes.slides(doc.units, prose)}
    assert set(slides) <= found
    assert not found & set(ARTICLE)


def test_slides_a_text_browser_ran_into_one_line_keep_the_count() -> None:
    # two short captions with no blank line between them read as one wrapped paragraph
    slides = [f"{k} of 5 {title.split(' ', 1)[1]} (Photo: Gianni Rota)" for k, (title, _) in enumerate(SLIDES, 1)]
    lines = [slides[0], slides[1], f"{slides[2]} {slides[3]}",
             "5 of 5 The harbour at dusk, the last boats coming in (Photo: Gianni Rota)"]
    doc = _doc(TOP + "In pictures\n" + "\n".join(lines) + "\n")
    prose = [span.classify(u) in (span.GOOD, span.NEAR) for u in doc.units]
    found = {doc.units[i].text for i in shapes.slides(doc.units, prose)}
    assert set(lines) <= found


def test_counts_must_rise_by_one_under_the_same_total() -> None:
    lines = ["1/12 Lifeboat launched", "3/12 Crab prices hold", "4/20 Festival stage", "7/12 Granite arrives"]
    doc = _doc("\n".join(f"{line} again\nA caption for it.\n" for line in lines))
    prose = [False] * len(doc.units)
    assert shapes.slides(doc.units, prose) == set()


def test_a_slideshow_right_under_the_headline_is_the_article() -> None:
    doc = _doc(f"{HEADLINE}\n" + SLIDE_LINES)
    prose = [span.classify(u) in (span.GOOD, span.NEAR) for u in doc.units]
    assert shapes.slides(doc.units, prose, headline=0) == set()


def test_a_slideshow_inside_the_article_is_removed_and_the_article_kept_around_it() -> None:
    after = [
        "Work on the harbour wall is due to finish in September, weather permitting, and the council has promised a public meeting before the second phase begins.",
        "Fishermen said they would be watching the progress of the work closely, and that they hoped to be back inside the harbour before the autumn gales arrived.",
    ]
    result = newsclean.clean(TOP + "In pictures\n" + SLIDE_LINES + "\n".join(after) + "\n")
    assert result.paragraphs[: len(ARTICLE)] == ARTICLE
    assert all(p in result.paragraphs for p in after)
    gallery = "\n".join(r.text for r in result.removed if "slideshow" in r.reason)
    for title, caption in SLIDES:
        assert title in gallery and caption in gallery


GALLERY = [  # captions as long as a paragraph, as a wire story's gallery writes them
    ("Divers lower the first granite block into place at low tide. The blocks come from the inland quarry and each weighs about four tonnes.", "Sam Okafor/The Kestle Echo"),
    ("The north quay has been closed since the storms of the winter, and the boats that used it now share the berths at the south quay.", "Kestle Echo file photo"),
    ("Fishermen watch the work from the south quay on Tuesday morning, when the tide was low enough for the divers to reach the piles.", "Sam Okafor/The Kestle Echo"),
    ("A crane barge is moored off the harbour mouth, waiting for the tide to turn before it can be brought in to the north quay.", "Kestle Harbour Board via The Kestle Echo"),
]


def _gallery(slides: list[tuple[str, str]]) -> str:
    total = len(slides)
    return "PHOTOS: Harbour wall repairs\n" + "".join(
        f"{k} of {total}\n\n{caption}\n\n{credit}\nBuy Now\n" for k, (caption, credit) in enumerate(slides, 1))


def test_a_gallerys_slides_between_its_counters_are_no_part_of_the_article() -> None:
    result = newsclean.clean(f"{HEADLINE}\nBy Owen Tregarthen\n" + _gallery(GALLERY) + "\n".join(ARTICLE) + "\n")
    assert result.paragraphs == ARTICLE
    removed = "\n".join([*(r.text for r in result.removed), *result.captions])
    assert all(caption in removed and credit in removed for caption, credit in GALLERY)  # (or a credit kept apart)


def test_a_slideshow_of_counted_slides_with_no_other_text_is_the_article() -> None:
    # the slides are the page's only prose: its article, not a gallery beside one
    slides = [(text, "Photo: Kestle Echo") for _, text in SLIDES]
    doc = _doc(f"{HEADLINE}\n" + _gallery(slides))
    counters = sorted(shapes.pagers(doc.units))
    good = {u.index for u in doc.units if span.classify(u) == span.GOOD}
    assert shapes.counted_slides(doc.units, counters, good) == []


def test_a_line_that_prints_its_opening_again_is_doubled() -> None:
    from newsclean.rules.shapes import doubled

    assert doubled("Harbour Master -- I Quit the Pier! (PHOTO) Harbour Master -- I Quit the Pier!")
    assert doubled("North quay to close for six months North quay to close for six months")
    assert not doubled("North quay to close for six months, the harbour board said on Tuesday.")
    # a phrase said twice inside a sentence is not the line's opening printed again
    assert not doubled("The harbour board said the pier would close, and the harbour board said so twice.")


def test_doubled_teasers_weigh_as_repeats_before_the_article() -> None:
    teasers = [f"Harbour story number {n} -- a headline here (PHOTO) Harbour story number {n} -- a headline here"
               for n in range(1, 6)]
    body = ["The harbour board voted on Tuesday to close the north quay for six months while engineers "
            "repair the wall, a decision that will move the ferry to the old pier until the autumn.",
            "The board said the work could not wait another winter, after storms in January opened two "
            "cracks in the wall and the insurer warned it would no longer cover the berth.",
            "Fishermen who use the quay said they had not been asked, and that the old pier was too "
            "shallow for the larger boats at low tide, which would cost them two days' work a week."]
    article = newsclean.clean("\n\n".join(teasers + body) + "\n")
    assert article.paragraphs == body


def test_three_doubled_lines_in_a_row_are_a_gallery_one_or_two_are_not() -> None:
    from newsclean.rules.shapes import doubled_runs

    caption = "Crews at the slipway number {n} before the start. Crews at the slipway number {n} before the start."
    lines = [caption.format(n=1), caption.format(n=2), caption.format(n=3),
             "The harbour board met on Tuesday.", caption.format(n=4), caption.format(n=5)]
    doc = segment("\n\n".join(lines) + "\n")
    copies = {u.index for u in doc.units if u.text.startswith("Crews")}
    found = {doc.units[i].text[:30] for i in doubled_runs(doc.units, copies)}
    # the first three are a gallery; the two after the
    # sentence are a figure's alt text and caption, or a paragraph printed twice
    assert found == {caption.format(n=n)[:30] for n in (1, 2, 3)}


def test_page_numbers_each_under_a_thumbnail_are_a_pager() -> None:
    from newsclean.rules.shapes import pagers

    lines: list[str] = []
    for n in range(1, 6):
        lines += [f"[thumb-{n}]", str(n)]
    doc = segment("\n\n".join(lines) + "\n")
    numbers = {u.index for u in doc.units if u.text.isdigit()}
    assert pagers(doc.units) == numbers
    # numbers two lines apart are not a pager
    spaced = segment("\n\n".join(["1", "a", "b", "2", "c", "d", "3"]) + "\n")
    assert pagers(spaced.units) == set()


def test_scores_out_of_one_count_are_no_slide_counters() -> None:
    from newsclean.rules.shapes import pagers

    # a ratings list: each player's score out of ten goes down as well as up
    ratings = ["Sam Okoro (CB)", "7 /10", "Dominant in the air.", "Luca Brennan (RB)", "6 /10",
               "Solid rather than spectacular.", "Declan Rowe (LB)", "8 /10", "Tireless down the left."]
    doc = segment("\n\n".join(ratings) + "\n")
    assert pagers(doc.units) == set()
    # a gallery's counters only go up, or again from 1 where the gallery is printed twice
    slides = [f"{n} of 12" for n in (1, 2, 3, 4, 1, 2)]
    doc = segment("\n\n".join(f"{c}\n\nA caption." for c in slides) + "\n")
    assert pagers(doc.units) == {u.index for u in doc.units if u.text.endswith("of 12")}


def test_a_tables_rows_repeating_their_cells_are_no_gallery() -> None:
    from newsclean.rules.shapes import doubled_runs
    from newsclean.segment_html import segment_html

    row = "<tr><td>Pellby Rovers 3 Pellby Rovers 3</td><td>Fenwick 1 Fenwick 1</td></tr>"
    doc = segment_html(f"<html><body><table>{row * 4}</table></body></html>")
    rows = {u.index for u in doc.units if u.kind == "row"}
    assert len(rows) >= 4 and doubled_runs(doc.units, rows) == set()


def test_a_related_headline_printed_twice_inside_the_article_goes() -> None:
    """An embedded link to another story: its headline twice (the link and its image's alt
    text) inside the article's run. An image's alt text over its caption, which reads as a
    sentence, stays."""
    body = ["The harbour board voted on Tuesday to close the north quay for six months while engineers "
            "repair the wall, a decision that will move the ferry to the old pier until the autumn.",
            "The board said the work could not wait another winter, after storms in January opened two "
            "cracks in the wall and the insurer warned it would no longer cover the berth.",
            "Crews inspect the north quay wall. Crews inspect the north quay wall.",
            "Fishermen who use the quay said they had not been asked, and that the old pier was too "
            "shallow for the larger boats at low tide, which would cost them two days' work a week."]
    embed = "How the Old Pier Was Saved in 1953 How the Old Pier Was Saved in 1953"
    article = newsclean.clean("\n\n".join(body[:2] + [embed] + body[2:]) + "\n")
    assert article.paragraphs == body
    assert any(r.text == embed and "printed twice" in r.reason for r in article.removed)


def test_short_lines_under_an_image_placeholder_of_a_text_browser() -> None:
    """lynx prints an image as its file name or its link's number: the short line under it
    is a teaser's headline or a caption (weighs nothing); a paragraph under it is text."""
    from newsclean.rules.shapes import after_images

    para = ("The harbour board voted on Tuesday to close the north quay for six months while "
            "engineers repair the wall, a decision that will move the ferry to the old pier until "
            "the autumn, and the fishermen who use the quay say they were never asked about it.")
    from test_layout import LYNX_DUMP, lynx_paragraph

    dump = LYNX_DUMP.replace("What happens next\n", "What happens next\n\n" + "\n".join([
        lynx_paragraph(para), "", "   [quay-at-dusk.jpg]", "   Old pier reopens for ferries", "",
        "   [crane.jpg]", lynx_paragraph(para)]) + "\n")
    doc = segment(dump)
    assert doc.meta.get("layout") == "lynx"
    found = [doc.units[i].text for i in after_images(doc.units)]
    assert found == ["Old pier reopens for ferries"]


@pytest.mark.parametrize(("glued", "lang"), [
    ("World Protests block the city centre as tractors roll in 2h ago Sport Kestle reach the final "
     "after a late goal 3h ago Local New roundabout on the ring road opens to traffic 5 hours ago",
     "en"),
    ("Kraj Sejm przyjął nowelizację ustawy o zasiłkach 2 godz. temu Świat Protesty rolników w "
     "Brukseli 3 godz. temu Sport Polka w finale turnieju w Dubaju 4 godz. temu", "pl"),
])
def test_a_grid_of_teasers_glued_into_one_line_is_a_related_list(glued: str, lang: str) -> None:
    # a converter runs a grid of cards into one long line: three ages in it make it a list
    from newsclean.rules import ages
    from newsclean.rules.markers import _glued_feed

    assert _glued_feed(glued, ages.pattern(lang))
    # one or two ages in a paragraph are facts of the story
    fact = ("The ferry left the quay 3 hours ago, and the harbour master said 2 hours ago that it "
            "would dock before dark, weather permitting, at the old pier on the east side.")
    assert not _glued_feed(fact, ages.pattern("en"))


def test_a_glued_teaser_grid_under_the_text_is_removed() -> None:
    from test_title_fields import BODY as paras

    glued = ("World Protests block the city centre as tractors roll in from the farms 2h ago Sport "
             "Kestle reach the cup final after a late goal in extra time 3h ago Local New roundabout "
             "on the ring road opens to traffic after two years of work 5 hours ago")
    dump = "\n\n".join(["North quay to close for six months", *paras, glued]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == paras
    assert any(glued in r.text for r in article.removed)


def test_cards_run_into_lines_that_close_with_their_age_are_a_feed_not_text() -> None:
    # headline, summary and age of each card printed as one line: a line of prose that ends
    # with "2h ago" is no paragraph of an article; three such lines close together are a feed
    cards = [
        "Oil slips as producers signal they will keep output up in April Brent crude fell below $72 a barrel for the first time since December. 2h ago",
        "Retail earnings preview: what to expect from the big-box chains this week Analysts expect margins to stay under pressure from discounting. 4h ago",
        "Bitcoin funds see their biggest inflows in a month Investors added $1.2 billion to spot bitcoin funds on Monday, a data firm said. 6h ago",
    ]
    units = segment("\n\n".join(["North quay to close for six months", *cards]) + "\n").units
    scan = shapes.Scan(units)
    assert scan.stamp_end == [1, 2, 3]
    assert shapes.stamped(units, scan.stamp_at, scan.stamp_end) == {1, 2, 3}
    result = newsclean.clean(TOP + "\n\n".join(cards) + "\n")
    assert not any(card in result.paragraphs for card in cards)
    # an article's sentence about an age is no card: it does not close with the age alone
    fact = "The ferry left the quay on time, the harbour master said, and docked at the pier 3 hours later."
    assert shapes.Scan(segment(fact + "\n").units).stamp_end == []


# --- counted ages --------------------------------------------------------------------------


def test_a_count_closing_lines_with_the_same_words_is_an_age_in_any_language() -> None:
    lines = ["Rehema saa 3 zilizopita", "Serikali iwasaidie hawa akina mama, kazi ni ngumu sana.",
             "Abdallah K. saa 2 zilizopita", "Tatizo ni wanunuzi wachache. Ushirika ndio suluhisho.",
             "Salma dakika 40 zilizopita", "Sabuni za mwani zinauzwa ghali sana hotelini."]
    doc = _doc("\n\n".join(lines))
    assert shapes.counted_ages(doc.units) == [0, 2, 4]


def test_a_column_of_counts_is_a_table_not_ages() -> None:
    # The same words after a count on neighbouring lines: a table's column or a list.
    doc = _doc("\n".join(["Konya 12 mm", "Karaman 9 mm", "Aksaray 14 mm", "Niğde 11 mm"]))
    assert shapes.counted_ages(doc.units) == []


def test_two_counted_lines_or_scores_are_no_ages() -> None:
    two = _doc("\n\n".join(["Ondine Il y a 3 heures", FILLER[0], "Lou Il y a 2 heures", FILLER[0]]))
    assert shapes.counted_ages(two.units) == []
    scores = _doc("\n\n".join(["Moeko's review 8/10", FILLER[0], "Viet's review 8/10", FILLER[0],
                               "Jenny's review 7/10"]))
    assert shapes.counted_ages(scores.units) == []


_BERITA = [
    "Harga Cabai Rawit di Pasar Yogyakarta Naik Dua Kali Lipat",
    "Oleh Dewi Lestari",
    "Harga cabai rawit di sejumlah pasar tradisional di Yogyakarta melonjak hingga dua kali lipat dalam sepekan terakhir, menurut catatan dinas perdagangan kota yang dirilis pada hari Senin.",
    "Para pedagang di Pasar Beringharjo mengatakan pasokan dari petani di lereng Merapi berkurang tajam setelah hujan deras merusak tanaman yang siap dipanen pada awal bulan ini.",
    "Dinas perdagangan berencana menggelar operasi pasar mulai pekan depan dan meminta para distributor untuk tidak menahan stok di gudang selama harga masih tinggi.",
    "Seorang pembeli, Sri Wahyuni, mengatakan ia kini hanya membeli seperempat kilo untuk kebutuhan warung makannya, karena keuntungan hariannya sudah habis untuk bumbu.",
]
_KOMENTAR = [
    "Budi S. 3 jam yang lalu",
    "Setiap tahun begini terus, pemerintah daerah seharusnya sudah punya cadangan cabai sebelum musim hujan datang.",
    "Rina 2 jam yang lalu",
    "Di pasar dekat rumah saya harganya bahkan lebih mahal lagi, pedagang bilang barangnya memang susah didapat.",
    "Pak Harjo 1 jam yang lalu",
    "Petani juga tidak menikmati harga tinggi ini, yang untung hanya tengkulak dan distributor besar di kota.",
    "Yuni 40 menit yang lalu",
    "Operasi pasar jangan cuma sehari dua hari, harus sampai harga benar-benar turun dan stabil kembali.",
]


def test_a_comment_thread_stamped_with_ages_in_an_unlisted_language_is_dropped() -> None:
    article = newsclean.clean("\n\n".join(_BERITA + _KOMENTAR))
    body = "\n".join(article.paragraphs)
    assert _BERITA[-1] in body
    assert "tengkulak" not in body
    removed = {r.text for r in article.removed}
    assert any("Budi S." in text for text in removed)


def test_without_the_counted_ages_the_thread_would_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shapes, "counted_ages", lambda units: [])
    article = newsclean.clean("\n\n".join(_BERITA + _KOMENTAR))
    assert "tengkulak" in "\n".join(article.paragraphs)


# --- dated stamps --------------------------------------------------------------------------

_KOMENTARE = [
    "Diskuse k článku (4 příspěvky) Vstoupit do diskuse",
    "jirka_bk 14. 3. 2024 17:02 odpovědět",
    "Tři roky za osm milionů? To se vyplatí. Normální člověk by za krádež v obchodě dostal víc.",
    "Marie H. 14. 3. 2024 17:15 odpovědět",
    "Znám tu obec, kulturák je opravdu opravený, ale chodník se rozpadá už teď. Kdo to kontroloval?",
    "ondra77 14. 3. 2024 17:48 odpovědět",
    "Re: Marie H. – nikdo, zastupitelé podepisovali, co jim dal. O tom to celé je.",
    "Lhoťák 14. 3. 2024 18:30 odpovědět",
    "Škoda, že se na to přišlo až po letech. Paní starostka to teď musí celé splácet, i když za nic nemůže.",
    "Příspěvky vyjadřují názory čtenářů, nikoli redakce. Redakce si vyhrazuje právo nevhodné příspěvky smazat.",
]


_ZPRAVA = [
    "Bývalý starosta Horních Lhotic dostal za dotační podvod tři roky vězení",
    "Autor: Petra Malá",
    "Krajský soud ve čtvrtek uznal bývalého starostu Horních Lhotic vinným z toho, že při rekonstrukci "
    "kulturního domu a chodníků připravil obec o více než osm milionů korun z evropských dotací.",
    "Podle obžaloby starosta zadal zakázky firmě svého známého bez řádného výběrového řízení a ceny "
    "prací byly podle znaleckého posudku nadsazené zhruba o třetinu oproti běžným cenám v regionu.",
    "Obec teď musí peníze vrátit i s penále. Současné vedení radnice proto odložilo opravu školy a "
    "hasičské zbrojnice, na které měla obec letos ušetřené vlastní prostředky.",
    "Obhájce bývalého starosty hned po jednání oznámil, že se jeho klient proti rozsudku odvolá k "
    "vrchnímu soudu, protože podle něj nebyl jeho úmysl obohatit se ani známého nikdy prokázán.",
]


def test_lines_dated_to_the_minute_apart_from_each_other_are_a_threads_headers() -> None:
    doc = _doc("\n\n".join(_KOMENTARE))
    assert shapes.dated_stamps(doc.units) == [1, 3, 5, 7]
    # a schedule: the same stamps on neighbouring lines; or a stamp printed twice
    schedule = _doc("\n".join(["Út 12. 3. 2024 18:00 zastupitelstvo", "St 13. 3. 2024 17:00 výbor",
                               "Čt 14. 3. 2024 16:30 rada"]))
    assert shapes.dated_stamps(schedule.units) == []
    assert shapes.dated_stamps(_doc("\n\n".join(_KOMENTARE[:5])).units) == []


def test_a_comment_thread_with_headers_dated_to_the_minute_is_dropped() -> None:
    article = newsclean.clean("\n\n".join(_ZPRAVA + _KOMENTARE))
    body = "\n".join(article.paragraphs)
    assert _ZPRAVA[-1] in body
    assert "kulturák" not in body


def test_without_the_dated_stamps_the_thread_would_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shapes, "dated_stamps", lambda units: [])
    article = newsclean.clean("\n\n".join(_ZPRAVA + _KOMENTARE))
    assert "kulturák" in "\n".join(article.paragraphs)


# --- photo essays --------------------------------------------------------------------------

_ESSAY_PARAGRAPHS = [
    "Every spring, when the river drops below the old mill race, the town of Merrow turns out "
    "with buckets and nets to move the trapped fish back into the current before the sun finds them.",
    "Agnes Pell has organised the rescue since 1991. She keeps a ledger of every fish moved, and "
    "last year it ran to more than four thousand, most of them young trout and a few eels.",
    "The work starts before dawn. Volunteers wade the shallow pools in a line, herding the fish "
    "towards a net held at the narrow end, then carry them in buckets to the deep water.",
    "Children come with their schools. For many of them it is the first time they have held a "
    "living fish, and the teachers say the morning stays with them for the rest of the year.",
    "The river authority has promised a fish pass at the mill race for eight years. Until it is "
    "built, Pell says, the buckets will come out every spring, whoever is left to carry them.",
]
_ESSAY_CAPTIONS = [
    "Volunteers wade the pools below the mill race at first light. Photo: Tom Reyes/The Valley Post",
    "Agnes Pell checks her ledger on the river bank.",
    "A line of volunteers herds trout towards the net. Photo: Tom Reyes/The Valley Post",
    "A pupil from Merrow Primary lets a trout go into the current.",
    "The old mill race at low water. Photo: Tom Reyes/The Valley Post",
]


def _essay() -> str:
    lines = ["Buckets at dawn: the town that carries its fish back to the river",
             "Each spring the river strands thousands of fish. Merrow wades in."]
    for n, (caption, paragraph) in enumerate(zip(_ESSAY_CAPTIONS, _ESSAY_PARAGRAPHS), 1):
        lines += [f"{n} / 5 Expand", caption, paragraph]
    lines += ["View gallery", "More photo stories", "The last ferry of the season 12 photos",
              "Ice caves return to the shore 9 photos", "The cranberry harvest 11 photos"]
    return "\n\n".join(lines) + "\n"


def test_a_photo_essays_paragraphs_between_its_counted_pictures_are_the_article() -> None:
    article = newsclean.clean(_essay())
    body = "\n".join(article.paragraphs)
    for paragraph in _ESSAY_PARAGRAPHS:
        assert paragraph in body
    assert "Expand" not in body


def test_a_slideshow_of_one_text_a_slide_is_still_a_slideshow() -> None:
    # a slide's caption, its credit and buttons, after an article that outweighs it
    slides = [line for n, caption in enumerate(_ESSAY_CAPTIONS, 1)
              for line in (f"{n} of 5", caption, "Photo: Tom Reyes", "Previous Next")]
    units = _doc("\n\n".join(_ESSAY_PARAGRAPHS + slides)).units
    counters = [u.index for u in units if u.text.endswith("of 5")]
    good = {u.index for u in units if u.length > 60}
    captions = {u.index for u in units if u.text in _ESSAY_CAPTIONS}
    assert captions <= set(shapes.counted_slides(units, counters, good))


def test_a_count_that_never_changes_is_a_label_not_an_age() -> None:
    doc = _doc("\n\n".join(line for n in range(1, 5) for line in (f"{n} / 10 Expand", FILLER[0])))
    assert shapes.counted_ages(doc.units) == []


def test_a_photo_essays_captions_and_credits_go_and_its_paragraphs_stay() -> None:
    # "1 of 5" / caption / the credit every picture repeats / a paragraph of the story: the
    # paragraphs are the article, the captions and credits are not (the story opens before
    # the first picture, so the pictures' own lines are not most of the page's prose)
    lines = ["Buckets at dawn: the town that carries its fish back to the river", "By Ada Merrow",
             "MERROW — " + _ESSAY_PARAGRAPHS[0]]
    for n, (caption, paragraph) in enumerate(zip(_ESSAY_CAPTIONS, _ESSAY_PARAGRAPHS[1:]), 1):
        lines += [f"{n} of 4", caption.split(" Photo:")[0], "Tom Reyes / The Valley Post", paragraph]
    article = newsclean.clean("\n\n".join(lines) + "\n")
    body = "\n".join(article.paragraphs)
    assert all(p in body for p in _ESSAY_PARAGRAPHS[1:])
    assert "Tom Reyes" not in body
    assert not any(c.split(" Photo:")[0] in body for c in _ESSAY_CAPTIONS[:4])


def test_a_galleries_alt_texts_over_their_captions_make_no_photo_essay() -> None:
    # lynx and w3m print each picture's alt text over its caption: "1 of 4" / alt text /
    # caption / credit. The caption under the alt text is the slide's, not a paragraph of a
    # photo essay: the gallery inside the article goes, the article around it stays
    alts = ["Divers at the north quay", "The closed quay", "Fishermen on the south quay", "A crane barge"]
    lines = [HEADLINE, "By Owen Tregarthen", *ARTICLE[:2], "In pictures: the harbour wall"]
    for n, (alt, (caption, credit)) in enumerate(zip(alts, GALLERY), 1):
        lines += [f"{n} of 4", alt, caption, credit]
    article = newsclean.clean("\n\n".join([*lines, *ARTICLE[2:]]) + "\n")
    body = "\n".join(article.paragraphs)
    assert all(p in body for p in ARTICLE)
    assert not any(caption in body for caption, _ in GALLERY)


def test_a_slideshows_last_slide_keeps_its_short_text() -> None:
    # a slideshow article: credit, counter, the slide's title, its text; the last slide's
    # text is short (near-good, not good prose) and is the article's all the same
    texts = [
        "First off, its form factor is a surprise: a small display of less than five inches puts it among the smallest phones that are on sale in the shops this year.",
        "But it fits in much more than its size suggests, with the latest chip from the flagships and a camera that holds its own at night and in the rain.",
        "In a departure from the flagships, it gets a fingerprint sensor in the home button instead of a face scanner, which many of its buyers had asked for.",
        "All of this, with better cameras, comes in at less than half the price of the flagships.",
    ]
    lines = ["The small phone is back: here is all we know", "Agencies"]
    for n, (head, text) in enumerate(zip(["Pocket friendly", "Powerful package", "Touch is back", "Cheaper"], texts), 1):
        lines += [f"{n}/4", head, text, "Image credit: Kestle Phones", "Agencies"]
    lines += ["Popular Slideshows", "Ten gadgets for the garden", "Best budget laptops"]
    body = "\n".join(newsclean.clean("\n\n".join(lines) + "\n").paragraphs)
    assert all(t in body for t in texts)


_TICKER = [
    ("21:47 Uhr", "Wir beenden an dieser Stelle unseren Liveticker für heute. Die Feuerwehr rechnet damit, dass die Pumparbeiten in Kelbach noch bis in die Nacht dauern werden, und bittet, die Keller nicht allein zu betreten."),
    ("21:15 Uhr", "Bilanz der Leitstelle: Seit dem Nachmittag sind nach Angaben eines Sprechers mehr als dreihundert Notrufe eingegangen, die meisten wegen vollgelaufener Keller und umgestürzter Bäume auf den Straßen."),
    ("20:38 Uhr", "Die Bahnstrecke zwischen Mainfeld und Oberau bleibt bis auf Weiteres gesperrt. Ein Baum ist auf die Oberleitung gestürzt, und die Bahn hat einen Ersatzverkehr mit Bussen eingerichtet, der stündlich fährt."),
    ("19:26 Uhr", "Leserinnen und Leser schicken uns weiterhin zahlreiche Fotos. In der Altstadt von Kelbach stehen mehrere Straßen unter Wasser, und die Stadt hat die Tiefgarage am Markt vorsorglich geschlossen und geräumt."),
]


def _ticker_dump(entries: list[tuple[str, str]]) -> str:
    lines = ["Unwetter im Kreis: Keller überflutet, Bahnstrecke gesperrt – alle Entwicklungen im Liveticker",
             "Von Anna Becker Aktualisiert: 18.06.2026, 21:47 Uhr", "Artikel teilen: Facebook WhatsApp X E-Mail"]
    for stamp, text in entries:
        lines += [stamp, text]
    lines += ["Ältere Einträge laden", "Meistgelesen", "Neues Baugebiet am Kirchberg: Gemeinderat stimmt zu",
              "Der Anzeiger erscheint seit 1949 und berichtet täglich aus dem Kreis und seinen Gemeinden. Er gehört "
              "zur Mediengruppe Main und wird von einer unabhängigen Redaktion gemacht, die dem Pressekodex folgt."]
    return "\n".join(lines) + "\n"


def test_a_live_tickers_entries_under_their_times_are_the_article() -> None:
    body = "\n".join(newsclean.clean(_ticker_dump(_TICKER)).paragraphs)
    assert all(text in body for _, text in _TICKER)
    assert "Mediengruppe" not in body
    doc = _doc(_ticker_dump(_TICKER))
    stamps = [u.index for u in doc.units if u.text.endswith("Uhr") and u.length < 12]
    entries = shapes.live_entries(doc.units, stamps, lambda i: doc.units[i].length > 120)
    assert {u.text for u in doc.units if u.index in entries} == {text for _, text in _TICKER}.union(
        stamp for stamp, _ in _TICKER)
    # times in no order are a list's stamps, not one feed's
    shuffled = [_TICKER[1], _TICKER[3], _TICKER[0], _TICKER[2]]
    doc = _doc(_ticker_dump(shuffled))
    stamps = [u.index for u in doc.units if u.text.endswith("Uhr") and u.length < 12]
    assert shapes.live_entries(doc.units, stamps, lambda i: doc.units[i].length > 120) == set()


def test_a_clock_time_alone_is_a_feeds_stamp_and_a_time_with_words_is_not() -> None:
    for alone in ("21:47 Uhr", "9.15 a.m.", "14h30", "16:05 ET", "08:30"):
        assert shapes._CLOCK_ALONE.fullmatch(alone), alone
    for worded in ("21:47 Uhr Feuerwehr rückt aus", "Posted 9.15 a.m.", "3h ago"):
        assert not shapes._CLOCK_ALONE.fullmatch(worded), worded


@pytest.mark.parametrize("line", ["2 дня назад", "неделю назад", "3 dni temu", "2 uur geleden", "3 saat önce",
                                  "2 jam lalu", "5 timmar sedan", "3 giờ trước"])
def test_an_age_alone_that_ends_with_its_languages_ago_is_a_stamp(line: str) -> None:
    assert shapes._AGE_END.search(line)
    doc = _doc("\n\n".join(
        w for n in range(3) for w in (f"Ferry timetable number {n} changes on Monday morning",
                                      "The harbour board said the new times were needed for the winter months.", line)))
    assert any(u.labels.get("shape") == "stamped" for u in doc.units) or shapes.stamped(doc.units)


@pytest.mark.parametrize("line", ["The bank was closed two years ago", "Он вернулся домой назад", "Keine Angst"])
def test_a_sentence_ending_in_an_ago_word_is_no_age_line(line: str) -> None:
    assert not shapes._AGE_END.search(line, max(0, len(line) - 24))


_HEADED = ["Pumps arrive at Kelbach", "Rail line closed after a tree falls", "Readers send photos of the old town",
           "Good morning from the newsroom"]


def _headed_ticker_dump() -> str:
    """The ticker again, each entry with a heading between its time and its text."""
    lines = ["Storm in the county: cellars flooded, rail line closed - live", "By Anna Becker 18.06.2026, 21:47",
             "Share: Facebook WhatsApp X Email"]
    for (stamp, text), head in zip(_TICKER, _HEADED):
        lines += [stamp, head, text, "Share"]
    lines += ["Most read", "New homes approved on Kirchberg"]
    return "\n".join(lines) + "\n"


def test_a_live_entrys_heading_between_its_time_and_its_text_keeps_the_entry_the_articles() -> None:
    doc = _doc(_headed_ticker_dump())
    stamps = [u.index for u in doc.units if u.text.endswith("Uhr") and u.length < 12]
    entries = shapes.live_entries(doc.units, stamps, lambda i: doc.units[i].length > 120)
    # the last entry's text too, two lines under its time; and the times, the feed's text
    assert {u.text for u in doc.units if u.index in entries} == {*(text for _, text in _TICKER), *_HEADED}.union(
        stamp for stamp, _ in _TICKER)
    paragraphs = newsclean.clean(_headed_ticker_dump()).paragraphs
    assert [p for p in paragraphs if p.endswith("Uhr")] == [stamp for stamp, _ in _TICKER]


_QA = [
    ("Why did you apply to run a parish of nine hundred people?", "Precisely because it is small. I had grown tired of hearing that small places can only manage decline, and I wanted to show that a parish can plan for growth instead of closures, one family and one business at a time."),
    ("What does that mean in practice?", "First of all, that we stop measuring success by the size of the population alone. A village where people want to live and where children can walk to school is a success, even if it never grows past a thousand."),
    ("Is the surgery's future in danger?", "I do not believe anyone wants to close it, but the doctors are ageing and we need to find their successors now, not when the last one retires. We have offered a house and a reduced rent to any GP who comes."),
    ("Where would new residents come from?", "Remote work changed everything. Last year sixty-four people moved here, most of them families who work for employers in the city two or three days a week and spend the rest of their time in the village."),
    ("Where will the parish be in ten years?", "I hope it is a place people talk about as an example, not as a warning. If the school still has its three classes and the shop is still open, I will have done my job well enough."),
]


def test_questions_over_answers_are_an_interview_not_teasers() -> None:
    lines = ["Parish manager Sanna Kettle: we do not have to manage decline", "By Aino Laakso", "June 12, 2025"]
    for k, (question, answer) in enumerate(_QA):
        lines += [question, answer]
        if k == 1:
            lines.append("Advertisement")
        if k == 3:
            lines.append("Read also: Fibre broadband reaches every home in the parish")
    lines += ["Most read", "Market square repairs delayed again", "Elk collisions rise in the county"]
    paragraphs = newsclean.clean("\n".join(lines) + "\n").paragraphs
    assert [p for p in paragraphs if p.endswith("?") or p in dict(_QA).values()] == [t for qa in _QA for t in qa]


_SIGNED = ["4:55 p.m. Samir Haddad", "3:30 p.m. Lottie Brennan", "2:10 p.m. Samir Haddad", "11:20 a.m. Dana Whitlock"]


def _signed_ticker_dump() -> str:
    """A feed written by several reporters: each entry's time signed by its author, its
    heading, its text, a share button."""
    lines = ["Live updates: storm floods cellars and closes the rail line", "By Anna Becker and Samir Haddad",
             "Updated 4:55 PM"]
    for stamp, head, (_, text) in zip(_SIGNED, _HEADED, _TICKER):
        lines += [stamp, head, text, "Share this update"]
    lines += ["Most read", "New homes approved on Kirchberg", "Market square repairs delayed again"]
    return "\n\n".join(lines) + "\n"


def test_a_live_entrys_time_signed_by_its_author_opens_the_entry() -> None:
    """"4:55 p.m. Samir Haddad": the time and the entry's author. The entries under such
    lines are the feed's text, headings and all; the signed time is the entry's header, not
    text, as a byline is."""
    for line in _SIGNED + ["10:42 · By Jane Doe"]:
        assert shapes._entry_time(segment(line).units[0]) is not None, line
    for line in ["4:55 p.m. the council met again", "Posted 9.15 a.m. Samir Haddad"]:
        assert shapes._entry_time(segment(line).units[0]) is None, line
    article = newsclean.clean(_signed_ticker_dump())
    assert all(text in article.body for _, text in _TICKER) and all(h in article.paragraphs for h in _HEADED)
    assert not any(stamp in article.body for stamp in _SIGNED)
    assert "New homes approved" not in article.body
