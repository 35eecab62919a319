"""A line printed again right under itself (`shapes.twins`): a text browser printing a
card's picture (its alt text) over the card's heading. The pair is one item, not furniture
repeated across the page: it must not cut a deals list or a buying guide short, and the
article keeps the item once."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules import shapes
from newsclean.segment import segment

_CARDS = [
    ("Brightwell Arc 2 electric kettle", "Best price yet",
     "A$59 (was A$99) at Hallmart",
     ["Boils a full litre in under three minutes and keeps water warm for half an",
      "hour. The lid opens wide enough to clean the inside, which cheaper kettles",
      "rarely manage."]),
    ("Corran Slim toaster", "",
     "A$45 (was A$70) at Tillbury",
     ["Two wide slots that take bagels and thick sourdough, with a frozen setting",
      "that actually works. The crumb tray slides out from the front."]),
    ("Oakhurst 12-cup drip coffee maker", "Hot deal",
     "A$89 (was A$149) at Hallmart",
     ["A programmable brewer with a thermal carafe rather than a hot plate, so the",
      "last cup tastes as good as the first. Our tester used it daily for a month."]),
    ("Pemberly stand mixer, 5 litres", "",
     "A$249 (was A$399) at Tillbury",
     ["The best value mixer we have tested: quiet, stable on the bench and strong",
      "enough for bread dough. The bowl and beaters go in the dishwasher."]),
    ("Tarrow cordless stick vacuum", "Limited stock",
     "A$199 (was A$329) at Hallmart",
     ["Light enough to carry up stairs in one hand, with a battery that lasted",
      "forty minutes on the standard setting in our flat and a washable filter."]),
]


def _lynx_deals() -> str:
    """A deals list as lynx prints it: each card's picture as its alt text (the product's
    name), a badge, the name again as the card's heading, its price, text and button."""
    lines = [
        "   [1]Home [2]Reviews [3]Deals [4]Kitchen [5]Subscribe", "",
        "   Advertisement", "",
        "Spring sale: the kitchen deals worth having, checked by our testers", "",
        "   by [6]Imogen Farrell | 14 Sep 2026, 7:00 am",
        "   [7]Facebook [8]X [9]Copy link",
        "   The spring sales started overnight, and both big appliance chains are",
        "   advertising discounts of up to 60 per cent. Most of those are on stock",
        "   that was overpriced to begin with, so we went through both catalogues and",
        "   kept only the appliances our testers have used and would buy again.",
        "   Prices were checked at 6am and include any member codes we could find.",
        "   We may earn a commission from links on this page.",
    ]
    for name, badge, price, text in _CARDS:
        lines.append(f"   {name}")
        if badge:
            lines.append(f"   {badge}")
        lines += ["", name, "", f"   {price}"] + [f"   {line}" for line in text]
        lines.append(f"   [{10 + len(lines) // 8}]Buy at {price.rsplit(' at ', 1)[1]}")
    lines += [
        "   One last tip: both chains match each other's prices at the counter if you",
        "   show the listing on your phone, so check the other before you pay.",
        "   Tags: [40]Deals [41]Kitchen [42]Appliances", "",
        "More deals", "",
        "   [43]The best robot vacuums for small flats",
        "   [44]Ten gifts under $50 our editors actually use",
        "   © 2026 Bench Test Media. All rights reserved.",
    ]
    return "\n".join(lines) + "\n"


def test_twins_finds_the_first_of_a_line_printed_right_over_its_copy():
    doc = segment(_lynx_deals())
    texts = [u.text for u in doc.units]
    found = shapes.twins(doc.units, shapes.repeated(doc.units))
    names = {name for name, *_ in _CARDS}
    assert {texts[i] for i in found} == names
    for i, copy in found.items():  # the first copy: the card's alt text, over its heading
        assert texts.index(texts[i]) == i
        assert i < copy <= i + 2 and texts[copy] == texts[i]


_NO_TWINS = {
    # a line the page prints far apart: furniture repeated across the page
    "far apart": "\n\n".join([
        "Council votes to keep the library open on Sundays",
        "The council voted on Tuesday night to keep the central library open on Sundays, reversing a plan announced in March.",
        "Read more",
        "Councillors said the Sunday hours were used most by students and families, and that the savings were small.",
        "The change takes effect next month, and the library will open from ten until four.",
        "Read more",
    ]),
    # a reference list may cite one book twice, entry under entry: both are the list's
    "list entries": "\n".join([
        "  1. Hale, Ruth (2019). Rivers of the North. Carrow Press. p. 12.",
        "  2. Hale, Ruth (2019). Rivers of the North. Carrow Press. p. 12.",
        "  3. Oduya, Ken (2021). The Delta Years. Fenwick. p. 80.",
    ]),
}


@pytest.mark.parametrize("case", list(_NO_TWINS))
def test_copies_far_apart_or_in_one_list_are_no_twins(case: str):
    doc = segment(_NO_TWINS[case])
    assert shapes.twins(doc.units, shapes.repeated(doc.units)) == {}


def test_a_deals_list_printed_with_each_cards_picture_runs_to_its_last_card():
    art = newsclean.clean(_lynx_deals())
    body = art.body
    for name, badge, _price, text in _CARDS:
        assert text[0].split(". ")[0][:40] in body.replace("\n", " ")
        # the item once: its alt text removed, its heading kept (a badge between makes three
        # short lines, which a list of links is too: the name may go with them)
        assert body.count(name) == 1 if not badge else body.count(name) <= 1
    assert "One last tip" in body
    assert "More deals" not in body and "robot vacuums" not in body
    twins = [r for r in art.to_dict()["removed"] if "printed again right under itself" in (r.get("reason") or "")]
    assert {name for name, badge, *_ in _CARDS if not badge} <= {r["text"].strip() for r in twins}
    assert all(r["rule"] == "boilerplate" for r in twins)
