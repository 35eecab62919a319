"""A section of the article that is a subheading and a list of short lines, between two of
its paragraphs: the section's items, not a link list's entries (a dump cannot show links).
A related box between two paragraphs has a marked heading: it still goes. The dumps are
invented."""

from __future__ import annotations

import newsclean

ITEMS = [
    "Im Mittel 2,6 Grad niedrigere Lufttemperatur am Nachmittag in Straßen mit geschlossenem Kronendach",
    "Bis zu 4,2 Grad Unterschied an Hitzetagen mit mehr als 30 Grad",
    "Bis zu 19 Grad kühlere Gehwegoberflächen im Schatten",
    "Deutlich geringerer Effekt, wenn die Bäume unter Trockenstress stehen",
]

BEFORE = [
    "Stadtbäume kühlen Straßen stärker als bisher angenommen",
    "Ein Team der Universität hat zwei Sommer lang die Temperaturen in 48 Straßen der Stadt gemessen und "
    "dabei Straßen mit und ohne geschlossenes Kronendach miteinander verglichen.",
    "Straßen, in denen die Bäume während der Hitzeperioden regelmäßig zusätzlich bewässert wurden, blieben "
    "dagegen an fast allen Messtagen deutlich kühler als die übrigen Straßen des Viertels.",
]
AFTER = [
    "Empfehlungen für Kommunen",
    "Die Forschenden empfehlen den Kommunen, bei Neupflanzungen auf Arten zu setzen, die Trockenheit gut "
    "vertragen, und die Bewässerung in den heißesten Wochen des Sommers gezielt zu verstärken.",
    "Die vollständige Studie erscheint im Frühjahr in einer Fachzeitschrift, die Messdaten stellt die "
    "Universität schon jetzt öffentlich zur Verfügung.",
]


def test_a_subheading_and_its_list_between_two_paragraphs_are_the_articles() -> None:
    dump = "\n\n".join([*BEFORE, "Die wichtigsten Ergebnisse im Überblick", "\n".join(ITEMS), *AFTER]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert "Die wichtigsten Ergebnisse im Überblick" in paragraphs
    assert [p for p in paragraphs if p in ITEMS] == ITEMS


def test_a_related_box_between_two_paragraphs_still_goes() -> None:
    teasers = ["Neue Radwege in der Nordstadt fertig", "Hitzeaktionsplan: Stadt öffnet kühle Räume",
               "Baumpatenschaften werden beliebter"]
    dump = "\n\n".join([*BEFORE, "Verwandte Artikel", "\n".join(teasers), *AFTER]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert not any(t in paragraphs for t in teasers)


MORE = [
    "Im nächsten Sommer sollen die Messungen auf weitere Stadtteile ausgeweitet werden, in denen bisher nur "
    "wenige Bäume stehen und in denen sich die Straßen an heißen Tagen besonders stark aufheizen.",
    "Dafür sucht die Universität noch Freiwillige, die auf ihren Balkonen und in ihren Gärten kleine "
    "Messgeräte aufstellen und die Daten über eine App an das Forschungsteam übermitteln.",
    "Wer mitmachen möchte, kann sich bis Ende April bei der Arbeitsgruppe Stadtklima melden, die auch "
    "Informationsabende in mehreren Stadtteilbibliotheken anbietet.",
]
ROWS = ["Kennwert Wert", "Fläche des Parks 42 ha", "Zahl der neuen Bäume 1800", "Kosten 3,4 Mio. Euro"]


def test_a_table_between_an_inserted_link_and_an_advertisements_label_is_the_articles() -> None:
    # the page sets a "read also" link over the table and an advertisement's label under it;
    # under them, the next subheading and its paragraph
    dump = "\n\n".join([
        *BEFORE, "Lesen Sie auch: Hitzeaktionsplan für die Innenstadt beschlossen",
        "Das Projekt in Zahlen", "\n".join(ROWS), "Anzeige", *AFTER, *MORE]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert "Das Projekt in Zahlen" in paragraphs
    assert [p for p in paragraphs if p in ROWS] == ROWS
    assert "Anzeige" not in paragraphs
    assert not any(p.startswith("Lesen Sie auch") for p in paragraphs)


def test_a_box_of_links_under_its_marked_heading_still_goes_over_an_advertisements_label() -> None:
    teasers = ["Neue Radwege in der Nordstadt fertig", "Hitzeaktionsplan: Stadt öffnet kühle Räume",
               "Baumpatenschaften werden beliebter"]
    dump = "\n\n".join([*BEFORE, "Anzeige", "Mehr zum Thema", "\n".join(teasers), "Anzeige",
                        *AFTER, *MORE]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert not any(t in paragraphs for t in teasers)
    assert AFTER[1] in paragraphs


DATES = ["Saturday, March 8 and Sunday, March 9", "Saturday, March 15 and Sunday, March 16",
         "Saturday, March 22 and Sunday, March 23"]


def test_a_list_of_dates_under_a_subheading_is_the_articles_schedule() -> None:
    dump = "\n\n".join([
        "Weekend ferry sailings replaced by shuttle buses",
        "There will be no ferry service on Saturdays and Sundays from March 8 through March 23, while crews "
        "replace the floating pontoon at the terminal. Free shuttle buses will run every 15 minutes.",
        "Affected dates", "\n".join(DATES),
        "Weekday ferry service will operate on its regular schedule, and the shuttle buses will stop at the "
        "terminal's bay 3 and at the square, where signs will point riders to the stops.",
        "Riders who need an accessible vehicle can book one by calling customer service at least a day "
        "ahead, and staff will be at the terminal on each of the affected weekends to help.",
    ]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert "Affected dates" in paragraphs
    assert [p for p in paragraphs if p in DATES] == DATES


def test_a_table_of_times_a_sentence_introduces_is_the_articles() -> None:
    # "The opening hours and prices:" then a table whose rows open with a time: its rows are
    # the article's, though a row alone reads like a time stamp
    rows = ["Time Service Price", "9:00–11:00 Cook your own Free", "11:30–13:00 Lunch of the day £2.50",
            "15:00–17:00 Cookery class and tea Free"]
    dump = "\n\n".join([
        "A shared kitchen opens for older residents",
        "The old community office on Mill Lane has been turned into a kitchen where older people who live "
        "alone can cook together or sit down to a cheap hot lunch cooked by volunteers.",
        "The opening hours and prices are as follows:", "\n".join(rows),
        "The council said the lunch costs about £4 to make, and the difference is paid from the ward's care "
        "budget and by two local businesses, which have promised support for a year.",
    ]) + "\n"
    body = newsclean.clean(dump).body
    assert all(row in body for row in rows[1:])


def test_a_pages_published_and_updated_stamps_in_a_row_still_go() -> None:
    dump = "\n\n".join([*BEFORE, "Published: March 3, 2026\nUpdated: March 4, 2026", *AFTER, *MORE]) + "\n"
    paragraphs = newsclean.clean(dump).paragraphs
    assert not any(p.startswith(("Published", "Updated")) for p in paragraphs)


def test_a_recipes_ingredients_with_their_checkboxes_printed_as_text_are_its_list() -> None:
    # a recipe card sets a checkbox before each ingredient; html-text prints it as "▢": what
    # follows it (a quantity) says the line is an item of the recipe, not a menu's entry
    ingredients = ["▢ 2 cups plain flour", "▢ 1 teaspoon baking powder", "▢ ½ teaspoon fine salt",
                   "▢ 3 tablespoons cold butter, cubed", "▢ ¾ cup buttermilk", "▢ 1 large egg, beaten"]
    post = ["These scones are the ones my grandmother made every Sunday, and they take twenty minutes from "
            "the bag of flour to the table if you keep the butter cold.",
            "She never weighed anything. It took me three summers of standing beside her, writing down what "
            "she did with her hands, to turn her handfuls into cups and spoons that work every time.",
            "The secret is the buttermilk, which makes them rise high and stay soft inside, and not handling "
            "the dough more than you must: the less you touch it, the lighter the scones."]
    method = ["Heat the oven to 220C with a shelf just above the middle, and line a large baking tray with "
              "baking paper. A hot oven matters more than anything else here: the scones should rise fast.",
              "Sift the flour, baking powder and salt into a wide bowl. Rub in the cold butter with your "
              "fingertips, lifting the flour as you go, until the mix looks like coarse breadcrumbs.",
              "Make a well, pour in most of the buttermilk and stir with a table knife until the dough just "
              "comes together, adding the rest only if dry bits remain at the bottom of the bowl.",
              "Tip it onto a floured board, pat it out two fingers thick and cut eight rounds without "
              "twisting the cutter. Brush the tops with egg and bake for 12 minutes, until tall and golden."]
    card = ["Grandma's Sunday Scones", "Prep Time 10 minutes\nCook Time 12 minutes\nServings 8 scones",
            "Equipment", "Baking tray", "Ingredients\n1x 2x"]
    dump = "\n\n".join(["Grandma's Sunday buttermilk scones", "By Moira Clancy", *post, *card,
                        "\n".join(ingredients), "Instructions", "\n".join(method),
                        "© 2026 The Crumb Tin"]) + "\n"
    article = newsclean.clean(dump)
    for item in ingredients:
        assert item in article.paragraphs
    assert article.paragraphs[0] == post[0] and article.paragraphs[-1] == method[-1]
