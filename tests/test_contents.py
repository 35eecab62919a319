"""An article's table of contents (`newsclean.rules.contents`): its own subheads listed
over them, found by that repetition in the text's order, in any language."""

from __future__ import annotations

import newsclean
from newsclean.rules.contents import contents
from newsclean.segment import segment

SECTIONS = [  # (subhead, its two paragraphs)
    ("Start with one drawer", "Most decluttering books tell you to empty every cupboard at once. In a "
     "small flat that buries the floor, so begin with one drawer and stop when it is done.",
     "Fifteen minutes is enough, Mensah says. A drawer finished today does more than a wardrobe "
     "half sorted for a week, and it shows you how much room you really have."),
    ("Keep things where you use them", "Clutter grows where things live far from where they are used: "
     "a hand cream used on the sofa belongs in a basket beside the sofa, not in the bathroom.",
     "Watch where things pile up for a week, she suggests. The pile is telling you where that thing "
     "wants to live, so give it a home there rather than fighting it."),
    ("Buy boxes last", "New storage bought before you know what you keep is the commonest mistake. Use "
     "shoe boxes for a fortnight first, then buy boxes that fit what is left.",
     "Paper bags with a gusset, old trays and biscuit tins all make good stand-ins, and most of them "
     "turn out to be all you need once the drawer is sorted."),
    ("Allow one landing spot", "A tray by the door for post and keys stops them spreading across every "
     "surface. Empty it once a week.",
     "The tray is allowed to be messy, Mensah says, as long as it is the only place that is. Sunday "
     "evening is her time to clear it."),
]
LEAD = ["You do not have to throw things away to live tidily in one room, says the organiser Asha "
        "Mensah, who shares a studio flat with two cats, a sewing machine and a great many books.",
        "Her flat is small but never looks cluttered. The secret, she says, is not how much you own "
        "but where you decide each thing lives. Here are her four rules for a room that stays tidy."]


def _page(label: str, entries: list[str]) -> str:
    parts = ["# How to keep a studio flat tidy without throwing things away", "By Ruth Calder", *LEAD,
             label, "\n".join(f"  * {entry}" for entry in entries)]
    for head, *texts in SECTIONS:
        parts += [f"## {head}", *texts]
    parts.append("© 2026 Small Rooms Magazine")
    return "\n\n".join(parts) + "\n"


def test_a_list_of_the_articles_own_subheads_over_them_is_its_table_of_contents():
    for label in ("In this article", "目次 [閉じる]", "Inhalt"):  # the label is no evidence
        article = newsclean.clean(_page(label, [head for head, *_ in SECTIONS]))
        assert article.paragraphs == [*LEAD, *(line for section in SECTIONS for line in section)]
        removed = [r for r in article.removed if "table of contents" in (r.reason or "")]
        assert removed and all(r.rule == "boilerplate" for r in removed)
        assert any(label in r.text and r.rule == "boilerplate" for r in article.removed)
        body = article.body
        for head, *_ in SECTIONS:  # each subhead once, over its section
            assert body.count(head) == 1


def test_numbered_entries_match_subheads_printed_without_their_numbers():
    doc = segment(_page("Contents", [f"{n}. {head}" for n, (head, *_) in enumerate(SECTIONS, 1)]))
    listed, subheads = contents(doc.units)
    assert [doc.units[i].text for i in sorted(listed)][0] == "Contents"
    assert len(listed) == len(SECTIONS) + 1
    assert [doc.units[i].text for i in sorted(subheads)] == [head for head, *_ in SECTIONS]


def test_entries_in_another_order_than_the_text_make_no_table_of_contents():
    shuffled = [SECTIONS[2][0], SECTIONS[0][0], SECTIONS[3][0], SECTIONS[1][0]]
    doc = segment(_page("Popular topics", shuffled))
    assert len(contents(doc.units)[0]) < len(SECTIONS)


def test_a_menu_printed_again_in_the_footer_is_no_table_of_contents():
    # the same entries, repeated one under another with no section's text between them
    menu = "\n".join(f"  * {name}" for name in ("News", "Sport", "Business", "Culture", "Travel"))
    text = "\n\n".join([menu, "Ferry fares to rise in spring", "By Owen Tate",
                        "Ferry fares on the island routes will rise by four per cent in April, the "
                        "operator said on Monday, blaming the cost of fuel and new crew contracts.",
                        menu, "© 2026 The Island Times"]) + "\n"
    assert contents(segment(text).units) == (set(), set())
