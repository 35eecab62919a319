"""An article's own subheads and paragraphs among the furniture a page sets between them (an
advertisement's slot, a "Read also: ..." link, a list the text introduces) are no teasers:
a slot or a link in the text heads no summary, and marks none of a list's items."""

from __future__ import annotations

import newsclean

HEAD = [
    "Kestrel Valley Courier", "News Sport Weather Opinion", "",
    "Three new places to eat in Harrow, and one that closed", "",
    "By Ellen Marsh", "",
    "HARROW — Three restaurants opened along the canal this month, and one of the town's oldest "
    "cafés served its last meal after the landlord doubled the rent, the council's register shows.", "",
    "The openings bring the number of places to eat on the towpath to eleven, more than twice as "
    "many as five years ago, when the old warehouses were first turned into shops.", "",
]

OPENINGS = [
    "Read more: The twelve best new restaurants in the valley right now", "",
    "New openings", "",
    "Mira's Kitchen, Lock Street", "",
    "A Syrian-Lebanese café from Mira Haddad, who built a following selling flatbreads at the "
    "Saturday market. Expect za'atar bread baked to order and big bowls of fattoush.", "",
    "Tidewater, Wharf Road", "",
    "A forty-cover seafood restaurant in one of the wharf's old sheds, run by a chef who spent "
    "six years cooking on the coast. The menu changes daily with the catch.", "",
    "Second Shot Coffee, Mill Lane", "",
    "A coffee shop that trains people who have been homeless to work as baristas, with its "
    "profits going back into the training programme.", "",
    "Advertisement", "",
    "Closing", "",
    "The Halfway House on Canal Street served its last meals on Sunday after thirty-one years. "
    "The owners said the new rent and their energy bills had made it impossible to go on.", "",
]

FOOT = ["Topics: Food · Restaurants · Harrow", "", "© 2026 Kestrel Valley Courier", ""]


def test_a_roundups_entries_among_a_read_more_link_and_an_advertisement_stay() -> None:
    # the entries' names and their descriptions read as headlines and summaries; the only
    # furniture near them is the text's own (a link over the first, a slot between two
    # paragraphs, the topics under the last paragraph): no list of teasers
    article = newsclean.clean("\n".join(HEAD + OPENINGS + FOOT) + "\n")
    for kept in ("A Syrian-Lebanese café", "A forty-cover seafood restaurant", "A coffee shop that trains",
                 "The Halfway House on Canal Street"):
        assert kept in article.body
    assert "Advertisement" not in article.body
    assert "Read more:" not in article.body


SYMPTOMS = [
    "Warning signs", "",
    "Dengue usually starts with a high fever, a headache and pain behind the eyes. Doctors say "
    "these signs mean a patient must go to hospital at once:", "",
    "Severe and constant stomach pain", "",
    "Vomiting that does not stop", "",
    "Bleeding from the gums or nose", "",
    "The health office asked people not to take aspirin or ibuprofen, which can make bleeding "
    "worse, and to drink plenty of water while the fever lasts.", "",
    "Advertisement", "",
    "What can I do at home?", "",
    "Empty anything that holds standing water, cover the tanks and throw out old tyres and "
    "buckets from yards and roofs, the office said.", "",
    "Read also: Do home-made repellents work? What the evidence says", "",
    "A children's doctor at the regional hospital warned that children can get worse quickly "
    "when the fever drops, and parents should watch them closely for two days.", "",
]


def test_a_paragraph_under_a_listed_symptom_or_a_read_also_link_is_no_teaser() -> None:
    # the last item of a list the text introduced (":") and a "Read also" link set in the
    # text are no headlines of other stories: the paragraphs under them are the article's
    article = newsclean.clean("\n".join(HEAD + SYMPTOMS + FOOT) + "\n")
    for kept in ("Dengue usually starts", "The health office asked people", "Empty anything that holds",
                 "A children's doctor at the regional hospital"):
        assert kept in article.body
    assert "Read also" not in article.body


def test_teasers_each_with_a_date_are_still_teasers() -> None:
    # (the list after the article: every entry's headline, summary and date)
    teasers = []
    for n, (title, summary) in enumerate([
            ("Harrow market to move to the wharf for the summer", "Traders voted to try the new site."),
            ("Canal trust names new chair after a year's search", "The former engineer takes over in May."),
            ("Towpath closes again after a second bank collapse", "Walkers should use the road bridge."),
            ("Mill Lane bridge reopens two months early", "The repairs cost less than feared.")], 1):
        teasers += [title, "", summary, "", f"{n} March 2026", ""]
    dump = "\n".join(HEAD + OPENINGS[2:8] + ["More from the Courier", ""] + teasers + FOOT) + "\n"
    article = newsclean.clean(dump)
    assert "Traders voted to try the new site." not in article.body
    assert "The former engineer takes over in May." not in article.body


def test_an_events_roundup_keeps_each_listings_fields_and_buttons() -> None:
    # a weekend guide: each event a name, a paragraph, its particulars as labelled fields and
    # a calendar button. The fields line, label after label on one line, is the listing's own
    # (no "Read also: <headline>" insert repeated), and no item is a teaser of another story
    from newsclean.rules.patterns import fields

    assert fields("When: 7–11 a.m. | Where: Fire Station 1 | Cost: $10 adults")
    assert fields("Price: £4 · Open: daily")
    assert not fields("Read also: Council votes to close the old pool")
    assert not fields("Opinion | Why the pool should stay open")
    events = [
        ("Lantern parade through the old town", "Children and grown-ups carry paper lanterns from the "
         "market cross to the river, led by the town band, as the evening draws in.",
         "When: 6–8 p.m. | Where: Market Cross | Cost: Free"),
        ("Apple day at the community orchard", "Press your own juice, taste twenty old varieties and "
         "learn to graft a tree from the orchard's volunteers, who bring the tools.",
         "When: 10 a.m.–3 p.m. | Where: Millfield Orchard | Cost: £2 a bottle"),
        ("Ceilidh at the drill hall", "A caller walks beginners through every dance, and the band "
         "keeps the tempo friendly for the first hour before things speed up.",
         "When: 7:30–11 p.m. | Where: The Drill Hall, Bridge Street | Cost: £8 on the door"),
        ("Fungi walk in Hanging Wood", "A ranger leads a slow walk through the beechwoods to find and "
         "name the autumn's mushrooms; please do not pick any on the way round.",
         "When: 9–11 a.m. | Where: Hanging Wood car park | Cost: Free, booking needed"),
    ]
    lines = ["Dalesford Weekender", "", "Home", "Events", "Subscribe", "",
             "Things to do in Dalesford this weekend", "", "By Ruth Pennock", "",
             "Autumn is here, and with it a weekend so full that you will need a plan; these are the "
             "best of it, from a lantern parade to a walk among the mushrooms.", ""]
    for name, text, when in events:
        lines += [name, "", text, "", when, "", "+ Add to Google Calendar · iCal", ""]
    lines += ["Tags: weekend, family", "", "© 2026 Dalesford Weekender", ""]
    result = newsclean.clean("\n".join(lines))
    kept = " ".join(result.paragraphs)
    for _, text, when in events:
        assert text in kept and when in kept
