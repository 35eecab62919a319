"""newsclean.layout: lynx and w3m dumps told from the dump itself and read line by line.

The dumps below are invented, laid out by hand the way lynx -dump -width=80 and
w3m -dump -cols 80 lay a page out (paragraphs wrapped by textwrap at the browser's column)."""

from __future__ import annotations

import os
import re
import textwrap
from collections import Counter

from conftest import assert_every_line_once, check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.document import Role
from newsclean.layout import LYNX, W3M, _joined, detect
from newsclean.segment import segment, wrap_width

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def lynx_paragraph(text: str, indent: int = 3) -> str:
    """lynx wraps body text at column 74 (-width=80), its link numbers counted in."""
    pad = " " * indent
    return textwrap.fill(text, 74, initial_indent=pad, subsequent_indent=pad,
                         break_long_words=False, break_on_hyphens=False)


def w3m_paragraph(text: str, indent: int = 0) -> str:
    """w3m fills lines up to column 79 (-cols 80)."""
    pad = " " * indent
    return textwrap.fill(text, 79, initial_indent=pad, subsequent_indent=pad,
                         break_long_words=False, break_on_hyphens=False)


PARA_1 = ("The harbour authority said on Thursday that the new [9]breakwater would be finished by "
          "the end of next summer, two years later than first promised, because winter storms "
          "had damaged its [10]foundations twice during construction.^[11][1]")
PARA_2 = ("Fishermen who moor their boats inside the old wall said they had been told little "
          "about the delay, and several complained that the temporary moorings were exposed to "
          "the prevailing westerly winds for most of the year.")
PARA_3 = ("A spokesperson for the [12]council said the authority had held two public meetings "
          "and would hold another in the spring, once the contractor had sent a revised "
          "schedule for the remaining work.")
PARA_1_TEXT = ("The harbour authority said on Thursday that the new breakwater would be finished by "
               "the end of next summer, two years later than first promised, because winter storms "
               "had damaged its foundations twice during construction.^[1]")

LYNX_DUMP = f"""\
   #[1]alternate [2]Harbour Courier RSS

     * [3]Home
     * [4]News
          + [5]Local
          + [6]World affairs, and a long menu entry that runs on beyond the end
            of the line
     * [7]Sport
     *

   ____________________ (BUTTON) Search [ ] Remember me

                    Harbour wall delayed again after storms

   By [8]Sam Okafor
   [crane-at-dusk.jpg]

{lynx_paragraph(PARA_1)}

{lynx_paragraph(PARA_2)}

What happens next

{lynx_paragraph(PARA_3)}

   IFRAME: [13]https://video.example.com/embed/harbour-wall-interview

     * [14]Related: Storm damage along the coast

References

   Visible links:
   1. https://harbour.example/rss
   2. https://harbour.example/feed
   3. https://harbour.example/
   4. https://harbour.example/news
   5. https://harbour.example/news/local
   6. https://harbour.example/news/world
   7. https://harbour.example/sport
   8. https://harbour.example/authors/okafor
   9. https://harbour.example/tags/breakwater
  10. https://harbour.example/tags/foundations
  11. https://harbour.example/wall#note-1
  12. https://harbour.example/council
  13. https://video.example.com/embed/harbour-wall-interview
  14. https://harbour.example/storm-damage

   Hidden links:
  15. https://harbour.example/ads
"""

W3M_DUMP = f"""\
  • Home
  • News
      □ Local
      □ World affairs, and a long menu entry that runs on beyond the end of the
        line
          ☆ Archive
  • Sport

[                    ][Search] [ ] Remember me
{"━" * 80}
Harbour wall delayed again after storms

By Sam Okafor
[crane]

{w3m_paragraph(PARA_1.replace("[9]", "").replace("[10]", "").replace("[11]", ""))}

{w3m_paragraph(PARA_2)}

{w3m_paragraph("We were promised a safe harbour and we got a building site, said a fisherman "
               "whose family has fished out of the town for four generations.", 4)}

 1. The breakwater is to be finished next summer
 2. The temporary moorings stay in place until then, says the council, which
    will publish a revised schedule

Berth       Boats  Fee
Inner wall  12     40
Outer wall  30     25

{w3m_paragraph(PARA_3.replace("[12]", ""))}
"""


def units_of(text: str) -> list[tuple[str, int, str]]:
    return [(u.kind, u.level, u.text) for u in segment(text).units]


def raw_lines(text: str) -> Counter:
    return Counter(line for line in text.split("\n") if line.strip())


# --- detection ---------------------------------------------------------------------------


def test_lynx_and_w3m_are_detected() -> None:
    assert detect(LYNX_DUMP, LYNX_DUMP.split("\n")).name == LYNX
    assert detect(W3M_DUMP, W3M_DUMP.split("\n")).name == W3M


def test_other_dumps_are_not_a_browser_layout() -> None:
    plain = "Home\nNews\n\nHarbour wall delayed\n\n" + PARA_2 + "\n"
    markdown = "  * [Home](/)\n  * [News](/news)\n\n# Harbour wall delayed\n\n" + PARA_2 + "\n"
    wrapped = "Home\n\n" + textwrap.fill(PARA_2 + " " + PARA_3, 78) + "\n"
    for text in (plain, markdown, wrapped):
        assert detect(text, text.split("\n")) is None


def test_footnote_numbers_alone_are_not_lynx() -> None:
    """[1], [2], [3] in order are lynx's link numbers, or a page's own footnotes: alone they
    do not make a lynx dump (neither its reference list nor its indented body is there)."""
    text = "Harbour wall delayed\n\nThe wall[1] will be late[2], the council said[3].\n\n" \
           "[1] Annual report.\n[2] Minutes.\n[3] Press release.\n"
    assert detect(text, text.split("\n")) is None


def test_bullet_characters_alone_are_not_w3m() -> None:
    text = "Harbour wall delayed\n\n  • Home\n  • News\n  • Sport\n\n" + PARA_2 + "\n"
    assert detect(text, text.split("\n")) is None


def test_lynx_without_its_reference_list_is_detected() -> None:
    """lynx -nolist: no reference list, but numbered links and the 3-column body."""
    body = LYNX_DUMP[: LYNX_DUMP.index("References")]
    assert detect(body, body.split("\n")).name == LYNX


def _nolist(dump: str) -> str:
    """``lynx -dump -nolist``: no reference list and no link numbers."""
    return re.sub(r"\[\d+\]", "", dump[: dump.index("References")])


def test_lynx_nolist_is_detected_by_its_bullets_indents_and_wrapping() -> None:
    """lynx -dump -nolist, the usual way to call it: nothing numbered, nothing listed; the
    bullet ladder, the 3-column body and the wrapped paragraphs are its signs."""
    text = _nolist(LYNX_DUMP)
    assert "[" not in text.replace("[ ]", "").replace("[crane-at-dusk.jpg]", "")
    assert detect(text, text.split("\n")).name == LYNX
    # Without a list on the page: the indented, wrapped body alone.
    bare = "\n\n".join(["Harbour wall delayed again after storms",
                        *(lynx_paragraph(p) for p in (PARA_2, PARA_3, PARA_2))]) + "\n"
    assert detect(bare, bare.split("\n")).name == LYNX
    assert [kind for kind, _, _ in units_of(bare)] == ["heading", "text", "text", "text"]


def test_indented_lines_alone_are_not_lynx() -> None:
    """A plain dump with a quotation or an address indented by three spaces, unwrapped: one
    sign, not two."""
    text = "Harbour wall delayed\n\n" + PARA_2 + "\n\n   " + PARA_3 + "\n\n   Harbour Road 1\n"
    assert detect(text, text.split("\n")) is None


def test_a_headline_centred_on_the_default_screen_is_a_heading_whatever_the_wrap_margin() -> None:
    """links, lynx's cousin, wraps 3 columns short of the screen rather than 6: the headline
    centred on 80 columns is still centred."""
    def fill(text: str) -> str:
        return textwrap.fill(text, 77, initial_indent="   ", subsequent_indent="   ",
                             break_long_words=False, break_on_hyphens=False)
    title = "Harbour wall delayed again after storms"
    text = "\n\n".join([" " * ((80 - len(title)) // 2) + title, fill(PARA_2), fill(PARA_3),
                        "     * Home\n     * News\n     * Sport"]) + "\n"
    assert detect(text, text.split("\n")).name == LYNX
    assert units_of(text)[0] == ("heading", 1, title)


# --- lynx --------------------------------------------------------------------------------


def test_lynx_list_items_one_unit_each_nested_and_wrapped() -> None:
    items = [(level, text) for kind, level, text in units_of(LYNX_DUMP) if kind == "item"]
    assert items == [
        (1, "Home"), (1, "News"), (2, "Local"),
        (2, "World affairs, and a long menu entry that runs on beyond the end of the line"),
        (1, "Sport"), (1, "Related: Storm damage along the coast"),
    ]


def test_lynx_typed_bullets_wrap_at_their_own_column() -> None:
    # "+ Added ..." typed in a paragraph (lines broken by <br>): lynx puts the "+" at the
    # body's column and wraps the line back to it, not to the text after the "+"
    changes = ["+ Added a tide gauge to the inner harbour wall, with a readout on the quay and a siren",
               "+ Added lights", "+ Added two visitor berths", "+ Moved the fuel pontoon",
               "+ Removed the old crane", "+ Fixed the slipway gate"]
    dump = ("                         Harbour works, spring update\n\n"
            + lynx_paragraph(PARA_2) + "\n\n" + lynx_paragraph(PARA_3) + "\n\n"
            + "\n".join(textwrap.fill(c, 74, initial_indent="   ", subsequent_indent="   ")
                        for c in changes)
            + "\n\n   10. [1]^ A numbered note whose number reaches the body column and\n"
            "       whose next line sits under its text\n"
            "\nReferences\n\n   Visible links:\n   1. https://harbour.example/\n")
    assert "\n   quay and a siren" in dump  # the first change wrapped back to column 3
    items = [text for kind, _, text in units_of(dump) if kind == "item"]
    assert items[0] == "Added a tide gauge to the inner harbour wall, with a readout on the quay and a siren"
    assert items[-1] == ("^ A numbered note whose number reaches the body column and whose next "
                         "line sits under its text")
    assert len(items) == len(changes) + 1


def test_elinks_numbered_item_at_the_body_column_is_no_typed_bullet() -> None:
    """ELinks sets a no-break space before and after a number at lynx's body column: the item
    still wraps under its text, and its wrapped line joins it."""
    notes = ["Harbour walks, the first of a series on the town's coast path from the north quay",
             "Harbour works: the chapter on the breakwater from the book entitled Stone and Tide"]
    listed = "\n".join(textwrap.fill(f"[{n + 2}]{note}", 74, initial_indent=f"   \u00a0{n + 1}.\u00a0",
                                     subsequent_indent=" " * 7) for n, note in enumerate(notes))
    dump = ("   Link: [1]canonical\n\n                         Harbour works, spring update\n\n"
            + lynx_paragraph(PARA_2) + "\n\n" + lynx_paragraph(PARA_3) + "\n\n" + listed + "\n")
    assert "\n       entitled Stone and Tide" in dump  # wrapped under its text
    items = [text for kind, _, text in units_of(dump) if kind == "item"]
    assert items == notes


def test_lynx_mathml_source_is_markup_and_the_formulas_tex_stays() -> None:
    # lynx writes a <math> element's MathML source between "[MATH:" and ":MATH]", wrapped
    # with the paragraph; the page's alt text (the TeX) follows it
    para = lynx_paragraph(
        "The berth fee rises with the length of the boat, [MATH: <semantics> <mrow> <mi> f </mi> "
        "<mo> = </mo> <mn> 4 </mn> <mi> L </mi> </mrow> <annotation encoding=\"application/x-tex\"> "
        "{\\displaystyle f=4L} </annotation> </semantics> :MATH] {\\displaystyle f=4L} , where L is "
        "the boat's length in metres, the board said on Tuesday after its monthly meeting.")
    dump = LYNX_DUMP.replace(lynx_paragraph(PARA_2), para)
    assert dump.count("\n", dump.index("[MATH:"), dump.index(":MATH]")) >= 1  # wrapped over lines
    texts = [text for _, _, text in units_of(dump)]
    text = next(t for t in texts if t.startswith("The berth fee"))
    assert "MATH" not in text and "semantics" not in text and "<mi>" not in text
    assert text == ("The berth fee rises with the length of the boat, {\\displaystyle f=4L} , where L is "
                    "the boat's length in metres, the board said on Tuesday after its monthly meeting.")


def test_lynx_headings_by_their_place_on_the_line() -> None:
    headings = [(level, text) for kind, level, text in units_of(LYNX_DUMP) if kind == "heading"]
    assert headings == [(1, "Harbour wall delayed again after storms"), (2, "What happens next")]


def test_lynx_wrapped_paragraphs_rejoined_and_link_numbers_stripped_from_text_only() -> None:
    doc = segment(LYNX_DUMP)
    para = next(u for u in doc.units if u.text.startswith("The harbour authority"))
    assert para.text == PARA_1_TEXT  # the citation [1] is out of the link sequence: kept
    assert para.last_line > para.first_line
    assert "[9]breakwater" in para.raw and "[10]foundations" in para.raw
    assert any(u.text == " ".join(PARA_3.replace("[12]", "").split()) for u in doc.units)
    assert not any(re.search(r"\[\d+\][A-Za-z]", u.text) for u in doc.units)


def test_lynx_markers_glued_to_words_leave_a_space() -> None:
    text = LYNX_DUMP.replace("   By [8]Sam Okafor", "   By[8]Sam Okafor")
    assert "By Sam Okafor" in [u.text for u in segment(text).units]


def test_a_text_browsers_caret_before_an_ordinals_superscript_is_dropped() -> None:
    # lynx and w3m write <sup> after a caret: "1^er janvier", "the 19^th century"; a power
    # ("m^2", "2^n") keeps it
    text = LYNX_DUMP.replace("   By [8]Sam Okafor", "   By [8]Sam Okafor, 1^er mars, the 19^th pier, 40 m^2")
    assert "By Sam Okafor, 1er mars, the 19th pier, 40 m^2" in [u.text for u in segment(text).units]


def test_lynx_wrapping_is_read_on_the_printed_lines() -> None:
    """The trap: link numbers took columns when lynx wrapped. Taken out first, the lines are
    too short to show the wrap column, and a wrapped paragraph stays in pieces."""
    numbers = iter(range(3, 100))  # lynx numbers links in reading order
    sentence = re.sub(r"\[\]", lambda _: f"[{next(numbers)}]", (
        "The []council and the []harbour board said the []wall would be rebuilt with "
        "[]granite from the []quarry above the town, which []closed in []1962 and was "
        "reopened for the []work. The []contractor, []Muir & Sons of []Peterhead, "
        "expects the first []stones to arrive by []boat in []April, weather permitting, "
        "and []lorries to carry the rest along the []coast road through []Balnakeil. "
        "[]Fishermen asked the []board at its []meeting on []Monday whether the "
        "[]moorings in the []outer harbour would be []moved during the []work; the "
        "[]chair, []Ewan Ross, said a []plan would be []published within a month."))
    dump = ("   [1]Home [2]News\n\n" + lynx_paragraph(sentence) + "\n\nReferences\n\n"
            + "".join(f"  {n}. https://harbour.example/{n}\n" for n in range(1, 32)))
    lines = dump.split("\n")
    printed = lines[: lines.index("References")]
    stripped = [re.sub(r"\[\d+\]", "", line) for line in printed]
    width = wrap_width(printed)
    assert 70 <= width <= 74 and wrap_width(stripped) < 70  # the trap is there
    paragraph = [u for u in segment(dump).units if u.text.startswith("The council")]
    assert len(paragraph) == 1
    assert paragraph[0].text == re.sub(r"\[\d+\]", "", sentence)


def test_lynx_reference_list_frame_and_fields_are_removed_with_reasons() -> None:
    article = newsclean.clean(LYNX_DUMP)
    kept = " ".join([article.title or "", *article.paragraphs])
    assert "https://" not in kept and "IFRAME" not in kept and "____" not in kept
    assert "BUTTON" not in kept and "crane-at-dusk" not in kept
    reasons = {block.reason for block in article.removed}
    assert "lynx's list of link targets (References)" in reasons
    assert "lynx's line for an inline frame: its address" in reasons
    assert "lynx's line for the page's <link> elements" in reasons
    removed = "\n".join(block.text for block in article.removed)
    for line in ("References", "   Visible links:", "  15. https://harbour.example/ads",
                 "   [crane-at-dusk.jpg]", "     *"):
        assert line in removed.split("\n")


def test_lynx_form_fields_leave_their_labels() -> None:
    texts = [u.text for u in segment(LYNX_DUMP).units]
    assert "Search Remember me" in texts


def test_lynx_article_comes_out_whole() -> None:
    article = newsclean.clean(LYNX_DUMP)
    assert article.title == "Harbour wall delayed again after storms"
    assert PARA_1_TEXT in article.paragraphs
    assert " ".join(PARA_2.split()) in article.paragraphs


def test_lynx_every_line_in_one_unit() -> None:
    assert_every_line_once(LYNX_DUMP)


# --- w3m ---------------------------------------------------------------------------------


def test_w3m_list_items_one_unit_each_nested_and_wrapped() -> None:
    items = [(level, text) for kind, level, text in units_of(W3M_DUMP) if kind == "item"]
    assert items == [
        (1, "Home"), (1, "News"), (2, "Local"),
        (2, "World affairs, and a long menu entry that runs on beyond the end of the line"),
        (3, "Archive"), (1, "Sport"),
        (1, "The breakwater is to be finished next summer"),
        (1, "The temporary moorings stay in place until then, says the council, which will "
            "publish a revised schedule"),
    ]


def test_w3m_menu_is_not_joined_into_prose() -> None:
    assert not any(u.text.startswith("Home") and len(u.text) > 10 for u in segment(W3M_DUMP).units)


def test_w3m_paragraphs_quotes_rules_tables_and_fields() -> None:
    doc = segment(W3M_DUMP)
    texts = [u.text for u in doc.units]
    assert " ".join(PARA_2.split()) in texts
    assert any(t.startswith("We were promised") and t.endswith("four generations.") for t in texts)
    assert [t for t in texts if t.startswith(("Berth", "Inner", "Outer"))] == \
        ["Berth Boats Fee", "Inner wall 12 40", "Outer wall 30 25"]
    assert "[Search] Remember me" in texts  # the text field is gone, the button's label stays
    assert [u.kind for u in doc.units if u.raw.startswith("━")] == ["rule"]
    crane = next(u for u in doc.units if u.raw == "[crane]")  # an image's file name
    assert (crane.kind, crane.text, crane.rule) == ("markup", "", "segment")


def test_w3m_image_file_name_cut_to_its_width_is_markup_beside_text() -> None:
    """w3m names an image without alt text by its file name, cut to the image's width: a
    token with a digit and no space. Beside a name it goes; a footnote mark and an index stay."""
    text = W3M_DUMP.replace("By Sam Okafor", "[6eef5bc5-c] Sam Okafor • 8h").replace(
        "[crane]", "[IMG_1058-e] Cranes at dusk, rows[index1] and a note[12]")
    texts = [u.text for u in segment(text).units]
    assert "Sam Okafor • 8h" in texts
    assert "Cranes at dusk, rows[index1] and a note[12]" in texts


def test_w3m_centred_caption_is_one_unit() -> None:
    caption = ("Fishing boats wait in the outer harbour on Tuesday, while the contractor "
               "repairs the damaged foundations of the new breakwater.")
    lines = textwrap.wrap(caption, 70)
    centred = "\n".join(" " * ((80 - len(line)) // 2) + line for line in lines)
    text = W3M_DUMP.replace("[crane]", centred)
    assert caption in [u.text for u in segment(text).units]


def test_w3m_wide_characters_count_two_columns_and_join_without_space() -> None:
    sentence = "港口管理局周四表示新防波堤将于明年夏天完工比最初承诺的时间晚了两年"
    lines = textwrap.wrap(sentence * 4, 40)  # 40 wide characters fill 80 columns
    text = W3M_DUMP.replace("By Sam Okafor", "\n".join(lines))
    assert sentence * 4 in [u.text for u in segment(text).units]


def test_w3m_joins_a_wide_character_to_a_digit_without_space() -> None:
    # the browser breaks Chinese anywhere: here between "4.3" (three columns) and "万"
    head = "截至去年底全市已累计完成加装电梯一千二百六十部惠及居民约" * 2
    first = head[:38] + "4.3"  # 79 columns: "万" would not fit
    rest = "万人不少老年人说上楼难下楼更难有的甚至常年不敢出门随着居民年龄结构变化"
    lines = [first, rest[:40], rest[40:]]
    dump = W3M_DUMP.replace("By Sam Okafor", "\n".join(lines))
    assert first + rest in [u.text for u in segment(dump).units]


def test_lynx_breaks_korean_at_its_spaces_and_keeps_them() -> None:
    # Korean is written with spaces between words, and lynx breaks its lines there (w3m
    # breaks Hangul anywhere, as it does Chinese: there no space is put back)
    korean = ("대전시가 오는 7월부터 시내버스 노선을 전면 개편한다 신규 택지 개발과 인구 이동 등 달라진 "
              "교통 여건을 반영하기 위한 것으로 대규모 노선 개편은 1999년 이후 26년 만이다")
    korean = f"{korean} {korean}"
    lines = textwrap.wrap(korean, 71)  # lynx counts characters, not columns, to column 74
    assert any(a[-1] >= "\uac00" and b[0] >= "\uac00" for a, b in zip(lines, lines[1:]))
    dump = LYNX_DUMP.replace(lynx_paragraph(PARA_2), "\n".join("   " + line for line in lines))
    assert korean in [u.text for u in segment(dump).units]
    assert _joined(["반영하기 위한", "것으로"], spaced_hangul=True) == "반영하기 위한 것으로"
    assert _joined(["반영하기 위한", "것으로"]) == "반영하기 위한것으로"


def test_wide_characters_join_marks_and_digits_tight_and_latin_words_with_a_space() -> None:
    assert _joined(["下楼更难”", "，有的"]) == "下楼更难”，有的"
    assert _joined(["约4.3", "万人"]) == "约4.3万人"
    assert _joined(["发布了新款", "iPhone"]) == "发布了新款 iPhone"
    assert _joined(["the harbour", "wall"]) == "the harbour wall"


def test_w3m_every_line_in_one_unit() -> None:
    assert_every_line_once(W3M_DUMP)


# --- html2text's 78-column wrapping ------------------------------------------------------


def test_html2text_wrapped_paragraphs_rejoined_next_to_line_breaks() -> None:
    """A page's own line breaks ("  " at the end: <br>) in a list of names do not hide the
    column html2text wrapped its paragraphs at."""
    names = "".join(f"**{name}** , {place}  \n" for name, place in [
        ("Morag Tulloch", "fisher"), ("Sam Okafor", "Harbour Courier"), ("Jane Doe", "council"),
        ("Ewan Ross", "harbour board"), ("Aila Grant", "Marine Society"), ("Iain Muir", "skipper"),
    ] * 3)
    text = ("# Harbour wall delayed\n\n" + textwrap.fill(PARA_1 + " " + PARA_2, 78) + "\n\n"
            + textwrap.fill(PARA_3 + " " + PARA_2, 78) + "\n\n" + names)
    doc = segment(text)
    assert doc.markdown
    assert " ".join((PARA_1 + " " + PARA_2).split()) in [u.text for u in doc.units]


# --- nothing lost ------------------------------------------------------------------------

SENTENCES = [PARA_1, PARA_2, PARA_3, "Home", "Sport", "The [30]council met.",
             "Boats wait, [31]says the harbour master, in the [32]outer harbour for the tide."]
lynx_block = st.one_of(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(
        lambda s: lynx_paragraph(" ".join(s))),
    st.sampled_from(["     * [40]Home", "          + [41]Local news and weather for the harbour",
                     "     *", "   ____________________ (BUTTON) Search", "   [crane.jpg]",
                     "   IFRAME: [42]https://video.example.com/x", "Storm damage",
                     "                    Harbour wall delayed", "    1. First", "   [INS: new :INS]",
                     "   (*) one ( ) two [X] three", "  10. Tenth",
                     # ELinks's forms: its bullets, numbers, buttons, frames and <link> lines
                     "     \u2022\u00a0[43]Home", "   \u00a01.\u00a0First", "   [44]IFrame",
                     "   [45]____ [46][\u00a0Search\u00a0]", "   Link: [47]canonical",
                     "     A headline that is long enough to be centred near the body column"]),
)
w3m_block = st.one_of(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(
        lambda s: w3m_paragraph(" ".join(s), 0)),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2).map(
        lambda s: w3m_paragraph(" ".join(s), 4)),
    st.sampled_from(["  • Home", "      □ Local news and weather", "          ☆ Archive",
                     "[                    ][Search]", "━" * 80, "[crane]", " 1. First",
                     "10. Tenth", "Berth       Boats  Fee", "( ) one (*) two [ ] three", "  •"]),
)
LYNX_TAIL = "\nReferences\n\n   Visible links:\n   1. https://harbour.example/\n   Hidden links:\n   2. x\n"


@SETTINGS
@given(st.lists(lynx_block, min_size=2, max_size=25), st.booleans())
def test_lynx_shaped_input_loses_no_line(blocks: list[str], references: bool) -> None:
    text = "   [1]Home [2]News [3]Sport\n\n" + "\n\n".join(blocks) + (LYNX_TAIL if references else "\n")
    check_roles(text)


@SETTINGS
@given(st.lists(w3m_block, min_size=2, max_size=25))
def test_w3m_shaped_input_loses_no_line(blocks: list[str]) -> None:
    text = "  • Home\n  • News\n  • Sport\n" + "━" * 80 + "\n" + "\n".join(blocks) + "\n"
    check_roles(text)


def test_an_images_alt_text_over_its_caption_is_markup() -> None:
    image = "Crews at the harbour wall\n\nCrews at the harbour wall (Photo: Jo Bell)"
    text = W3M_DUMP.replace("[crane]", image)
    doc = segment(text)
    alt = next(u for u in doc.units if u.raw == "Crews at the harbour wall")
    assert (alt.text, alt.role, alt.rule) == ("", Role.REMOVED, "segment")
    assert "alt text" in (alt.reason or "")
    assert "Crews at the harbour wall (Photo: Jo Bell)" in [u.text for u in doc.units]


def test_lynx_preformatted_block_is_one_unit() -> None:
    """lynx writes <pre> at column 0, its own indentation kept: a code listing is one unit
    (as html-text gives it), not one short "menu" line per line of code."""
    code = "for boat in harbour:\n    if boat.moored:\n        boat.check_lines()\nprint('done')"
    text = LYNX_DUMP.replace("What happens next\n", "What happens next\n\n" + code + "\n")
    units = [u for u in segment(text).units if u.raw.startswith("for boat")]
    assert len(units) == 1 and units[0].raw == code and units[0].kind == "text"
    assert units[0].text == "for boat in harbour: if boat.moored: boat.check_lines() print('done')"


def test_lynx_preformatted_block_indented_to_the_body_column_stays_one_unit() -> None:
    """A listing's own indentation may reach the body's 3 columns ("   FROM ..." under
    "SELECT"): the block goes on while a line left of the body follows before a blank line."""
    code = ("SELECT\n   harbour,\n   count(*) AS boats\nFROM\n   moorings\nGROUP BY\n   harbour;")
    text = LYNX_DUMP.replace("What happens next\n", "What happens next\n\n" + code + "\n")
    units = [u for u in segment(text).units if u.raw.startswith("SELECT")]
    assert len(units) == 1 and units[0].raw.startswith(code.rsplit("\n", 1)[0])
    assert "GROUP BY" in units[0].text


def test_lynx_caption_label_is_not_text() -> None:
    text = LYNX_DUMP.replace("   [crane-at-dusk.jpg]", "   CAPTION: Tide tables for the harbour")
    assert "Tide tables for the harbour" in [u.text for u in segment(text).units]


def test_lynx_names_a_script_served_image_by_its_query_and_that_is_markup() -> None:
    image = ("   [dims?resize=980%2C640&amp;quality=100&amp;image_uri=https%3A%2F%2Fo.ao\n"
             "   lcdn.com%2Fimages%2Fdims%3Fcrop%3D1600%252C900]\n\n")
    dump = LYNX_DUMP.replace("   [crane-at-dusk.jpg]\n", "   [crane-at-dusk.jpg]\n\n" + image, 1)
    assert image.strip() in dump
    article = newsclean.clean(dump)
    kept = " ".join(article.paragraphs)
    assert "dims?resize" not in kept and "%2C" not in kept
    [block] = [b for b in article.removed if "dims?resize" in b.text]
    assert block.rule == "segment" and "image placeholder" in block.reason
    # an address in brackets inside a sentence is no image: "[sic]" and such stay
    assert "[sic]" in " ".join(u.text for u in segment("   He wrote it [sic] twice.\n" * 3).units)


# --- ELinks: lynx's layout with its own bullets, numbers and placeholders -------------------

NBSP = "\u00a0"
HEADLINE = "Harbour board votes to close the north quay for six months of repairs"
ELINKS_DUMP = f"""\
   Link: [1]canonical
   Link: [2]image_src

     •{NBSP}[3]Home
     •{NBSP}[4]News
          •{NBSP}[5]Local
     •{NBSP}[6]Sport

{" " * ((80 - len(HEADLINE)) // 2)}{HEADLINE}

   By [7]Sam Okafor

{lynx_paragraph(PARA_2)}

   [8]IFrame

     •{NBSP}The board will close the quay on Monday, and the boats will move to the
       south quay until the work is done.
     •{NBSP}Divers start on the piles in March.

   {NBSP}1.{NBSP}Numbered steps keep their first letter
   {NBSP}2.{NBSP}And their second

{lynx_paragraph(PARA_3)}

   [13]_____________ [14][{NBSP}Search{NBSP}]

References

   Visible links
   1. https://harbour.example/a
   2. Harbour Courier
\thttps://harbour.example/
"""


def test_elinks_is_read_as_lynx_with_its_own_bullets_and_numbers() -> None:
    """ELinks writes "•" and a no-break space for every bullet, and a number between no-break
    spaces: items, nested and wrapped, as lynx's are, their text whole."""
    assert detect(ELINKS_DUMP, ELINKS_DUMP.split("\n")).name == LYNX
    items = [(level, text) for kind, level, text in units_of(ELINKS_DUMP) if kind == "item"]
    assert items == [
        (1, "Home"), (1, "News"), (2, "Local"), (1, "Sport"),
        (1, "The board will close the quay on Monday, and the boats will move to the south "
            "quay until the work is done."),
        (1, "Divers start on the piles in March."),
        (1, "Numbered steps keep their first letter"), (1, "And their second"),
    ]


def test_elinks_link_lines_frames_and_buttons_are_markup() -> None:
    doc = segment(ELINKS_DUMP)
    markup = [u.raw.strip() for u in doc.units if u.kind == "markup"]
    assert markup[0] == "Link: [1]canonical\n   Link: [2]image_src"
    assert "[8]IFrame" in markup
    assert f"[13]_____________ [14][{NBSP}Search{NBSP}]" in markup
    assert not any("Search" in u.text or "IFrame" in u.text or "canonical" in u.text for u in doc.units)
    assert doc.units[-1].raw.endswith("\thttps://harbour.example/")  # a titled link's address
    assert doc.units[-1].labels["markup"] == "lynx's list of link targets (References)"
    assert_every_line_once(ELINKS_DUMP)


def test_a_long_centred_headline_left_of_lynx_heading_columns_is_a_heading() -> None:
    """A headline of 70 characters is centred at column 5, left of where lynx's short
    headlines sit: alone between blank lines right of the body's column, it is the h1 (and
    the article's title); a quotation there, which wraps, stays text."""
    assert ("heading", 1, HEADLINE) in units_of(ELINKS_DUMP)
    assert newsclean.clean(ELINKS_DUMP).title == HEADLINE
    quote = ("A quotation set in from the body, long enough to wrap onto a second line when "
             "lynx lays it out for the screen.")
    text = ELINKS_DUMP.replace("   [8]IFrame", lynx_paragraph(quote, 5))
    assert ("text", 0, quote) in units_of(text)
    entry = "Bell, Jo (2006). The North Quay. Kestle Press. ISBN 1-74104-535-5."
    text = ELINKS_DUMP.replace("   [8]IFrame", " " * ((80 - len(entry)) // 2) + entry)
    assert ("text", 0, entry) in units_of(text)  # centred by chance: a sentence's full stop


def test_a_headline_longer_than_the_screen_is_one_heading_over_its_two_centred_lines() -> None:
    """lynx wraps an h1 wider than the screen near its edge and centres each line: the first
    sits at column 1 or 2, left of the body's column, the rest further right. Both lines are
    the headline (the second alone had been taken for it)."""
    long = ("Harbour board votes to close the north quay for six months of repairs as storm "
            "damage to the old wall spreads")
    first, rest = textwrap.wrap(long, 78)
    centred = [" " * ((80 - len(line)) // 2) + line for line in (first, rest)]
    assert 0 < len(centred[0]) - len(first) < 3 <= len(centred[1]) - len(rest)
    old = "                    Harbour wall delayed again after storms"
    text = LYNX_DUMP.replace(old, "\n".join(centred))
    assert ("heading", 1, long) in units_of(text)
    assert newsclean.clean(text).title == long
    # a line at column 1 that fills the screen, with body text under it, stays text
    body = lynx_paragraph(PARA_2)
    text = LYNX_DUMP.replace(old, centred[0] + "\n" + body)
    assert not any(kind == "heading" and first in words for kind, _, words in units_of(text))


# --- a wide screen -----------------------------------------------------------------------

LONG = " ".join([PARA_2, PARA_2.replace("Fishermen", "Sailors"), PARA_2.replace("Fishermen", "Divers")])


def test_a_dump_wrapped_at_a_wide_screens_width_is_rejoined() -> None:
    """w3m -dump -cols 120 (or 200, or lynx -width=...) wraps there: its paragraphs come back
    whole (they came out one fragment a line)."""
    for columns in (120, 200):
        paragraph = textwrap.fill(LONG, columns - 1, break_long_words=False, break_on_hyphens=False)
        assert "\n" in paragraph
        text = f"  • Home\n  • News\n  • Sport\n{'━' * columns}\n{paragraph}\n\n{paragraph}\n"
        assert detect(text, text.split("\n")).name == W3M
        assert ("text", 0, LONG) in units_of(text)
        lynx = textwrap.fill(LONG, columns - 6, initial_indent="   ", subsequent_indent="   ",
                             break_long_words=False, break_on_hyphens=False)
        text = "     * [1]Home\n     * [2]News\n     * [3]Sport\n\n" + f"{lynx}\n\n{lynx}\n"
        assert ("text", 0, LONG) in units_of(text)


def test_a_plain_dumps_long_lines_are_not_read_as_wrapped_at_a_wide_column() -> None:
    """Outside a browser's layout, lines longer than 100 columns are the page's own (a
    paragraph broken by <br>s), not a wide wrap: they stay lines."""
    broken = textwrap.fill(LONG, 130, break_long_words=False, break_on_hyphens=False)
    text = f"Harbour news\n\n{broken}\n\n{broken}\n"
    assert wrap_width(text.split("\n")) == 0


# --- w3m with its link numbers shown (-o display_link_number=1) ---------------------------

W3M_NUMBERED = (W3M_DUMP.replace("  • Home", "  • [1]Home").replace("  • News", "  • [2]News")
                .replace("  • Sport", "  • [5]Sport").replace("By Sam Okafor", "By [8]Sam Okafor")
                + w3m_paragraph("The survey [3] of the seabed, the council's engineer said, "
                                "is in the [11]report published this week.") + "\n\n"
                + "References:\n\n[1] https://harbour.example/\n[2] https://harbour.example/news\n"
                "[5] https://harbour.example/sport\n[8] https://harbour.example/okafor\n"
                "[11] file:///home/jo/saved/report.html\n")


def test_w3m_with_link_numbers_is_told_by_its_reference_list() -> None:
    lines = W3M_NUMBERED.split("\n")
    found = detect(W3M_NUMBERED, lines)
    assert found is not None and found.name == W3M
    assert lines[found.body_end] == "References:" and found.numbers == frozenset({1, 2, 5, 8, 11})
    citations = "A study.\n\nReferences:\n\n[1] Smith, J. (2020). Harbours.\n[2] Bell, J. (2021). Walls.\n"
    assert detect(citations, citations.split("\n")) is None  # a paper's references, no addresses


def test_w3m_link_numbers_come_out_in_order_and_the_list_is_markup() -> None:
    doc = segment(W3M_NUMBERED)
    texts = [u.text for u in doc.units]
    assert "Home" in texts and "Sport" in texts and "By Sam Okafor" in texts
    # [3] is no link of the list: the page's own text; [11] is the report's link
    assert "The survey [3] of the seabed, the council's engineer said, is in the report published " \
           "this week." in texts
    listed = [u for u in doc.units if u.first_line > W3M_NUMBERED.split("\n").index("References:") - 1]
    assert listed and all(u.role is Role.REMOVED and "w3m's list of link targets" in (u.reason or "")
                          for u in listed)
    assert_every_line_once(W3M_NUMBERED)
    article = newsclean.clean(W3M_NUMBERED)
    assert article.authors == ["Sam Okafor"]
    assert "[11]" not in article.body and "https://" not in article.body


@SETTINGS
@given(st.lists(w3m_block, min_size=2, max_size=25))
def test_w3m_with_link_numbers_loses_no_line(blocks: list[str]) -> None:
    text = ("  • [1]Home\n  • [2]News\n  • [4]Sport\n" + "━" * 80 + "\n" + "\n".join(blocks)
            + "\nReferences:\n\n[1] https://a.example/\n[2] https://a.example/n\n[4] https://a.example/s\n")
    check_roles(text)


# --- lynx with its numbers off (-nonumbers) ------------------------------------------------

LYNX_NONUMBERS = (re.sub(r"\[\d{1,2}\]", "", LYNX_DUMP.split("References\n")[0])
                  + "   Visible links:\nhttps://harbour.example/rss\nhttps://harbour.example/\n"
                  "file:///home/jo/saved/news.html\n\n   Hidden links:\njavascript:;\n")


def test_lynx_without_numbers_is_told_by_its_list_of_addresses() -> None:
    lines = LYNX_NONUMBERS.split("\n")
    found = detect(LYNX_NONUMBERS, lines)
    assert found is not None and found.name == LYNX
    assert lines[found.body_end].strip() == "Visible links:"
    numbered = LYNX_DUMP.split("\n")
    assert numbered[detect(LYNX_DUMP, numbered).body_end] == "References"  # not its "Visible links:"
    doc = segment(LYNX_NONUMBERS)
    tail = [u for u in doc.units if u.first_line >= found.body_end]
    assert tail and all(u.role is Role.REMOVED and "References" in (u.reason or "") for u in tail)
    assert "By Sam Okafor" in [u.text for u in doc.units]
    assert not detect("A note.\n\n   Visible links:\nsee the page\n", ["A note.", "", "   Visible links:",
                                                                      "see the page", ""])


def test_links_and_elinks_centre_a_wide_screens_headline_three_columns_past_their_wrap() -> None:
    """links -width 120 wraps body text at 117 and centres the h1 on 120; lynx wraps at 114.
    A dump that opens with links's lines for the page's <link>s is read with links's margin,
    so its headline is the h1; the same line in lynx's dump is off lynx's centre: text."""
    headline = "Harbour wall delayed again after the winter storms"
    body = textwrap.fill(LONG, 117, initial_indent="   ", subsequent_indent="   ",
                         break_long_words=False, break_on_hyphens=False)
    centred = " " * ((120 - len(headline)) // 2) + headline
    links = (f"   Link: canonical\n   Link: alternate\n     * Home\n     * News\n     * Sport\n\n"
             f"{centred}\n\n{body}\n\n{body}\n")
    assert detect(links, links.split("\n")).name == LYNX
    assert ("heading", 1, headline) in units_of(links)
    assert newsclean.clean(links).title == headline
    lynx = links.replace("   Link: canonical\n   Link: alternate\n", "")
    assert ("heading", 1, headline) not in units_of(lynx)


def test_lynx_list_inline_addresses_come_out_of_the_text_even_wrapped() -> None:
    """lynx -list_inline prints each link's address in brackets before its text, and breaks
    a long address where the line ends."""
    text = ("     * [https://harbour.example/]Home\n     * [https://harbour.example/news]News\n"
            "     * [https://harbour.example/sport]Sport\n\n"
            + textwrap.fill("The harbour authority said on Thursday that the new "
                            "[https://harbour.example/tags/breakwater-and-harbour-walls-of-the-north-quay-"
                            "and-the-south-quay?ref=inline]breakwater would be finished by the end of next "
                            "summer, two years later than first promised.", 74, initial_indent="   ",
                            subsequent_indent="   ", break_on_hyphens=False)
            + "\n\n" + lynx_paragraph(PARA_2) + "\n")
    assert "[https://harbour.ex\n   ample/" in text  # the address broken where the line ends
    assert detect(text, text.split("\n")).name == LYNX
    texts = [u.text for u in segment(text).units]
    assert texts[:3] == ["Home", "News", "Sport"]
    assert ("The harbour authority said on Thursday that the new breakwater would be finished by the "
            "end of next summer, two years later than first promised.") in texts
    assert "[see the note] in brackets" in [u.text for u in segment(
        text.replace("Sport\n", "Sport\n\n   [see the note] in brackets\n", 1)).units]


def _centred(text: str, width: int = 72) -> str:
    """A paragraph a page centred in a narrower box: lynx wraps it and centres each line."""
    return "\n".join(line.center(width).rstrip() for line in textwrap.wrap(text, width - 2))


def test_a_centred_paragraph_in_a_lynx_dump_is_one_paragraph() -> None:
    # an old layout table's cell that centres its text: every line of a block on one centre,
    # at unlike indents; the headline, its author line and its date line, centred alike,
    # stay three lines
    header = "\n".join(line.center(72).rstrip() for line in (
        "Harbour wall delayed again after storms", "Sam Okafor | Harbour Editor", "Posted: March 3, 2026"))
    dump = LYNX_DUMP.split("   #[1]")[0] + "   #[1]alternate\n\n     * [3]Home\n     * [4]News\n\n" + header \
        + "\n\n" + _centred(PARA_1_TEXT) + "\n\n" + _centred(PARA_2) + "\n\nReferences\n\n   1. http://x.example/\n"
    doc = segment(dump)
    texts = [u.text for u in doc.units]
    assert PARA_1_TEXT in texts
    assert "Harbour wall delayed again after storms" in texts and "Sam Okafor | Harbour Editor" in texts


def test_lynx_sets_a_fields_label_after_a_sentences_end_on_a_line_of_its_own() -> None:
    # lynx runs a block's lines on: the dek's last line fills the screen, and the author's
    # field under it would read as its wrapped continuation
    dump = ("\n                          Dock workers strike at the container terminal\n\n"
            "   Workers walk out a week after a colleague was killed on the quay, demanding a\n"
            "   collective agreement and safety measures. Lorries queue at the western gate.\n"
            "   Author: [2]Nikos Karagiannis Tuesday 18 March 2025, 08:45\n"
            "   Share: [3]Facebook [4]X [5]Email\n\n"
            "   The strike began at seven on Wednesday morning and will last forty-eight hours,\n"
            "   the union said.\n" + LYNX_TAIL)
    texts = [unit.text for unit in segment(dump).units]
    assert "Author: Nikos Karagiannis Tuesday 18 March 2025, 08:45" in texts
    # a wrapped sentence whose next line opens with a word and a colon still joins
    strike = "The strike began at seven on Wednesday morning and will last forty-eight hours, the union said."
    assert strike in texts


def test_w3m_avatars_glued_to_an_author_line_open_it_and_are_markup() -> None:
    """w3m runs a page's <div> blocks on and names images without alt text by their file
    name: the author line under a dek opens with its avatars' names, glued to "By", which
    made the pair too wide to have fitted and so read as wrapped onto the dek."""
    dek = "Council staff say the harbour wall will be finished a full year after it was due."
    byline = "[sam][lin]By Sam Okafor and Lin Mei • Jan 8, 2025 • 4 min read"
    assert len(dek) + 1 + len(byline.split()[0]) > 78  # as wrapped, the pair would not fit
    text = W3M_DUMP.replace("By Sam Okafor", f"{dek}\n{byline}")
    units = segment(text).units
    texts = [u.text for u in units]
    assert dek in texts
    assert "By Sam Okafor and Lin Mei • Jan 8, 2025 • 4 min read" in texts
    assert any(byline in u.raw for u in units)  # the raw text keeps every line


def test_a_chinese_credit_line_under_a_dek_opens_a_block_of_its_own() -> None:
    """Both browsers break Chinese anywhere, so a dek's last line and the credit under it look
    wrapped; a sentence's end, then a credit's label ("文／"), opens a new block."""
    dek = "澎湖海洋研究站研究員九年來在海底種下上萬株珊瑚，一場熱浪讓她的心血白化近四成。"
    credit = "文／林雅婷 攝影／陳冠宇 2024/06/05 07:00"
    text = W3M_DUMP.replace("By Sam Okafor", f"{dek}\n{credit}")
    texts = [u.text for u in segment(text).units]
    assert dek in texts
    assert credit in texts


def _w3m_wrap(text: str, width: int = 79) -> list[str]:
    """Korean wrapped as w3m wraps it: anywhere, two columns a syllable, a space it breaks at
    dropped."""
    lines, line, used = [], "", 0
    for char in text:
        cols = 2 if "\uac00" <= char <= "\ud7a3" else 1
        if used + cols > width:
            lines.append(line)
            line, used = ("", 0) if char == " " else (char, cols)
            continue
        line, used = line + char, used + cols
    return lines + [line]


def test_w3m_korean_rejoined_with_the_spaces_it_broke_at() -> None:
    """A line ending with room for the next syllable was broken at a space (the syllable after
    the space did not fit); a full line was broken inside a word."""
    sentence = ("한국첨단소재연구원은 에너지저장소재연구센터 박서진 책임연구원 연구팀이 "
                "새로운 전해질 첨가제를 "
                "설계해 저온에서 리튬금속 음극의 수명을 기존보다 두 배 이상 늘리는 데 성공했다고 밝혔다 "
                "연구팀은 불소와 붕소를 함께 포함한 새로운 첨가제를 전해질에 넣어 음극 표면에 얇고 단단한 "
                "보호막을 만들었다")
    wrapped = "\n".join(_w3m_wrap(sentence))
    assert wrapped.count("\n") >= 3
    text = W3M_DUMP.replace("By Sam Okafor", f"By Sam Okafor\n\n{wrapped}\n")
    texts = [u.text for u in segment(text).units]
    assert sentence in texts


def test_a_form_line_under_a_lynx_paragraph_is_no_line_of_it() -> None:
    # lynx prints a sign-up box's field and button on the line under its pitch: the field
    # opens a line of its own, so the pitch ends where the form begins, and the box (its
    # pitch naming the inbox, its button) goes while the article stays
    pitch = ("The best of the harbour's news every Friday morning, straight to your inbox: the week's "
             "council decisions, the shipping notices and the tide tables. Unsubscribe at any time, in one "
             "click, from any issue you get.")  # (its last line as long as a wrapped one)
    box = "\n".join([lynx_paragraph(pitch), "   ____________________ (BUTTON) Sign me up"])
    dump = LYNX_DUMP.replace("   IFRAME:", f"Get the Friday briefing\n\n{box}\n\n   IFRAME:")
    doc = segment(dump)
    texts = [unit.text for unit in doc.units]
    assert pitch in texts and "Sign me up" in texts
    article = newsclean.clean(dump)
    assert "once the contractor had sent a revised schedule for the remaining work." in article.body
    assert not any("Friday morning" in p or "Sign me up" in p for p in article.paragraphs)
