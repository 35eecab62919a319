"""What a page declares and what a dump's lines hold: a paywalled part the page's JSON-LD
names is the article's text though hidden on screen; a <title> written shorter than the
headline still finds the headline in a dump, and where a dump prints no <title>, a headline
over its publication date does; a consent text runs long in any language; share buttons
glued into one word and an agency's credit closing a caption are furniture."""

from __future__ import annotations

import json

import newsclean
from newsclean.rules import anchors
from newsclean.segment import segment

OPEN = [
    "The county's emergency call centre missed its answer-time standard in nine of the last "
    "twelve months, according to records released on Friday after a public-records request.",
    "Supervisors say the centre has been short of at least eleven call-takers since the spring, "
    "and that overtime has kept the floor staffed at the cost of long double shifts.",
]
LOCKED = [
    "The standard asks that nine in ten emergency calls be answered within fifteen seconds; in "
    "the busiest month the centre answered barely four in five that quickly, the records show.",
    "The county board will hear a plan next month to raise starting pay by twelve percent and to "
    "hire a second training class before the summer, when call volumes peak every year.",
]


def _paywalled(declared: bool) -> str:
    part = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".locked-body"}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Call centre misses standard",
          "isAccessibleForFree": "False", **({"hasPart": part} if declared else {})}
    paragraphs = "".join(f"<p>{p}</p>" for p in OPEN)
    locked = "".join(f"<p>{p}</p>" for p in LOCKED)
    return (f"<html><head><title>Call centre misses standard | The Valley Herald</title>"
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<h1>Call centre misses standard</h1>"
            f"<div class='body'>{paragraphs}</div>"
            "<div class='overlay'><p>You have reached your limit of free articles.</p>"
            "<a href='/subscribe'>Subscribe now</a></div>"
            f"<div class='locked-body is-locked' aria-hidden='true'>{locked}</div>"
            "</article><footer>© 2026 The Valley Herald</footer></body></html>")


def test_a_part_the_page_declares_paywalled_is_read_though_hidden() -> None:
    article = newsclean.clean(_paywalled(declared=True), html=True)
    assert article.paragraphs == OPEN + LOCKED


def test_hidden_text_the_page_declares_nothing_of_stays_out() -> None:
    article = newsclean.clean(_paywalled(declared=False), html=True)
    assert article.paragraphs == OPEN
    assert "busiest month" not in article.body


def test_a_selector_the_parser_cannot_read_is_passed_over() -> None:
    page = _paywalled(declared=True).replace(".locked-body\"", "..[[locked\"")
    assert newsclean.clean(page, html=True).paragraphs == OPEN
    # a lone surrogate escaped in the JSON cannot go to the parser's UTF-8: passed over too
    page = _paywalled(declared=True).replace(".locked-body\"", ".locked\\ud800\"")
    assert newsclean.clean(page, html=True).paragraphs == OPEN


BRIEF = [
    "Cara Lind has added a second night at the Harbour Arena after the first sold out in nine "
    "minutes on Friday morning, her promoter said.",
    "Tickets for the new show go on general sale at ten on Thursday, with a pre-sale for members "
    "of her fan club on Wednesday; prices run from 45 to 160 pounds.",
]
FOOTER = ("Glint Daily is published by Harbour Glint Media Ltd, registered in England and Wales. "
          "Registered office: 4 Quay Street, Bristol. All material on this site is protected by "
          "copyright and may not be reproduced, distributed, transmitted, cached or otherwise used "
          "except with the prior written permission of Harbour Glint Media Ltd. We take care over "
          "accuracy but accept no liability for errors, and links to other sites are provided for "
          "your convenience only; we are not responsible for their content or their availability.")


def _brief_dump(title: str, headline: str, *between: str) -> str:
    return "\n".join([title, "Home", "Showbiz", "Music", "Film", *between, headline,
                      "Published 6 March 2026, 14:05", *BRIEF, "Advertisement", "More from Glint Daily",
                      "Soap star teases spin-off: 'Never say never'", "2 hours ago",
                      "Twins' podcast feud takes another twist", "4 hours ago",
                      "Trending now", "1 Who left the villa last night? Full results",
                      "2 Spring tour: everything worn so far", "Sign up", FOOTER,
                      "© Harbour Glint Media Ltd 2026"]) + "\n"


def test_a_title_written_shorter_than_the_headline_finds_the_headline() -> None:
    # the <title> for search ("adds extra arena show") and the headline as printed hold the
    # same words but "extra"; the publisher's long legal text at the foot outweighs the brief
    headline = "Cara Lind adds second Harbour Arena date after first show sells out in nine minutes"
    article = newsclean.clean(_brief_dump("Cara Lind adds extra Harbour Arena show | Glint Daily", headline))
    assert article.paragraphs == BRIEF
    assert "registered in England" not in article.body


def test_a_kicker_and_a_site_name_both_come_off_the_title() -> None:
    heads = anchors.title_heads("Zwischenruf: Warum der Fährmann nie pünktlich ist | Elbmarsch-Bote")
    assert "warum der fährmann nie pünktlich ist" in heads


def test_another_story_of_the_titles_length_or_a_ranked_entry_is_no_headline_it_holds() -> None:
    title = "How to Build a Terrarium (with Pictures) | Hobby Hut"
    dump = "\n".join([title, "Home", "Crafts", "How to Build a Terrarium With Succulent Plants",
                      "3 How to Build a Small Terrarium with Pictures and Moss Layers"]) + "\n"
    doc = segment(dump)
    found = anchors.Anchors()
    anchors._title_held(doc, found)
    assert found.headline is None


CONSENT_DE = (
    "Wir und unsere 214 Partner verwenden Cookies und ähnliche Technologien, um Informationen auf "
    "Ihrem Gerät zu speichern und abzurufen. Mit Ihrer Zustimmung verarbeiten wir personenbezogene "
    "Daten wie Ihre IP-Adresse und Ihr Nutzungsverhalten, um Inhalte und Anzeigen zu personalisieren, "
    "die Reichweite zu messen und unser Angebot zu verbessern. Einige Partner verarbeiten Daten auf "
    "Grundlage eines berechtigten Interesses; dem können Sie in den Einstellungen widersprechen. Ihre "
    "Zustimmung gilt auch für Drittländer ohne angemessenes Datenschutzniveau, insbesondere die USA. "
    "Sie können Ihre Einwilligung jederzeit über den Link am Ende der Seite widerrufen.")
GLOSS = [
    "Wer in Kleinmoor auf den Bus wartet, braucht vor allem Geduld: Seit Jahren fährt die Linie 7 "
    "nach einem Fahrplan, den offenbar nur ihr Fahrer versteht.",
    "Wir haben nachgefragt. Die Antwort ist einfach: Er wartet, bis alle eingestiegen sind, die er "
    "vom Fenster aus kommen sieht, und das seien eben nicht immer dieselben Leute.",
]


def test_a_consent_text_of_seven_hundred_characters_is_the_banner_not_the_article() -> None:
    assert len(CONSENT_DE) > 600
    dump = "\n".join(["Ihre Privatsphäre ist uns wichtig", CONSENT_DE, "Alle akzeptieren Einstellungen",
                      "Lokales", "Sport", "Warum der Bus in Kleinmoor nie pünktlich ist",
                      *GLOSS, "Mehr zum Thema"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == GLOSS
    assert any(r.rule == "boilerplate" and "Partner verwenden Cookies" in r.text for r in article.removed)


def test_a_photo_credit_in_brackets_in_hebrew_is_a_credit() -> None:
    from newsclean.rules.patterns import is_caption
    assert is_caption("(צילום: שי אלון)")


def _dated_dump(head: list[str]) -> str:
    """A dump of a page with no <title> line and no headings (lynx, w3m): the headline a plain
    line over the publication date, a brief under it, the publisher's long legal text below."""
    return "\n\n".join(["We care about your privacy", "Home | Showbiz | Music | Film | Royals", *head,
                        "Facebook X WhatsApp Email", *BRIEF, "Advertisement", "More from Glint Daily",
                        *TEASERS, "Trending now", *(f"{n} {t}" for n, t in enumerate(TRENDING, 1)),
                        "Get the Glint Daily newsletter", "Sign up", FOOTER,
                        "© Harbour Glint Media Ltd 2026"]) + "\n"


TEASERS = ["Soap star teases spin-off: 'Never say never'",
           "The actor hinted the coastguard drama could return sooner than fans expect.", "2 hours ago",
           "Twins' podcast feud takes another twist",
           "One twin has now launched a third podcast, solely to respond to the other.", "4 hours ago",
           "Reality star banned from villa after 'tomato incident'",
           "Producers say the contestant broke house rules in a way they did not foresee.", "5 hours ago"]
TRENDING = ["Who left the villa last night? Full results", "Spring tour: everything worn so far",
            "Bake-off north: pastry week leaves fans in tears", "Horoscopes for the weekend"]


def test_a_headline_over_its_publication_date_anchors_a_brief_in_a_dump_without_a_title() -> None:
    headline = "Cara Lind adds second Harbour Arena date after first show sells out in nine minutes"
    article = newsclean.clean(_dated_dump([headline, "Published 6 March 2026, 14:05 GMT"]))
    assert article.paragraphs == BRIEF
    assert "headline found by headline over its date" in article.notes[-1]


def test_a_date_over_the_headline_under_the_menus_anchors_no_menu_line() -> None:
    # the date stands over the headline: the lines over the date are the site's, no headline
    dump = _dated_dump(["Showbiz > News > 2026 > Music", "« Previous | Next »", "06.03.2026 14:05",
                        "Cara Lind adds second Harbour Arena date"])
    doc = segment(dump)
    found = anchors.Anchors()
    anchors._dated_line(doc, found, None, len(doc.units))
    assert found.headline is None


def test_share_buttons_glued_into_one_word_are_share_buttons() -> None:
    from newsclean.rules.phrases import category
    assert category("FacebookXWhatsAppTelegramCorreo") == "share"
    assert category("FacebookXEmailCopy linkGift this article") == "share"
    assert category("Mail the editor about this story") is None


def test_an_agency_credit_closing_a_captions_sentence_makes_it_a_caption() -> None:
    from newsclean.rules.patterns import is_caption
    assert is_caption("Vista del embalse de Entrepeñas, que ha recuperado su volumen. EFE/Pepe Zamora")
    assert is_caption("Crews clear the coast road at dawn. Reuters/Jane Doe")
    assert not is_caption("Support for the plan fell to 41 percent, according to a Reuters/Ipsos poll.")
