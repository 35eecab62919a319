import newsclean


def test_clean_keeps_prose_and_drops_menu():
    text = "Home\nNews\nSport\n\nA headline about the harbour strike\n\n" + (
        "The union said on Monday that the strike would go ahead as planned, "
        "and that the talks with the port operator had failed again.\n\n"
    ) * 3 + "Privacy policy\nTerms of use\n"
    article = newsclean.clean(text)
    assert article.title == "A headline about the harbour strike"
    assert len(article.paragraphs) == 3
    removed = "\n".join(r.text for r in article.removed)
    assert "Privacy policy" in removed and "Home" in removed
