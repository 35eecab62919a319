"""Direct quotations and their speakers, on invented articles."""

from __future__ import annotations

import newsclean
from newsclean.rules import data
from newsclean.rules.speakers import known_names, vocabulary


def article(*paragraphs: str) -> newsclean.Article:
    head = "Harbour council backs new ferry terminal\n\nBy Jane Doe, Staff Writer\n\n"
    filler = ("The council met on Tuesday evening in the old town hall, where more than a hundred "
              "residents filled the public gallery for a debate that lasted four hours.")
    return newsclean.clean(head + "\n\n".join([filler, *paragraphs]) + "\n")


def quotes(*paragraphs: str) -> list[dict]:
    return article(*paragraphs).quotes


def test_name_said_after_a_curly_quote() -> None:
    [q] = quotes("“We have waited long enough for this terminal,” Mayor Ana Ruiz said on Tuesday.")
    assert q["text"] == "We have waited long enough for this terminal,"
    assert q["speaker"] == "Ana Ruiz" and q["verb"] == "said" and not q["partial"]


def test_said_name_with_a_description_and_straight_quotes() -> None:
    [q] = quotes('"The costs will keep rising," said Tom Brennan, who owns a hardware store nearby.')
    assert q["speaker"] == "Tom Brennan" and q["verb"] == "said"


def test_name_with_an_aside_before_the_verb() -> None:
    found = quotes("“Sunday is the only day my kids and I can get there,” Ruth Abernathy, a nurse "
                   "who lives in Eastbank, told council.",
                   "“We will not cut the hours,” Mayor Glenn Osterhout, who chairs the meeting, "
                   "said on Tuesday.")
    assert [(q["speaker"], q["verb"]) for q in found] == [("Ruth Abernathy", "told"),
                                                           ("Glenn Osterhout", "said")]


def test_told_reporters_and_in_a_statement() -> None:
    found = quotes("“We will appeal,” the company’s chief executive, Dana Whitfield, told reporters.",
                   "Whitfield said in a statement that “the ruling ignores the facts of the case.”")
    assert [q["speaker"] for q in found] == ["Dana Whitfield", "Dana Whitfield"]


def test_according_to_and_colon() -> None:
    found = quotes("“The harbour is silting up faster than expected,” according to Karl Meyer, "
                   "an engineer who surveyed it in May.",
                   "Karl Meyer: “We need to dredge before the winter storms arrive.”")
    assert [q["speaker"] for q in found] == ["Karl Meyer", "Karl Meyer"]


def test_quotation_split_by_its_attribution_is_one() -> None:
    [q] = quotes("“We will build it,” Ruiz said, “and we will build it this year.”",
                 "Mayor Ana Ruiz has promised the terminal since her election in 2021.")
    assert q["text"] == "We will build it, … and we will build it this year."
    assert q["speaker"] == "Ana Ruiz"


def test_two_quotations_with_reporter_words_between_stay_apart() -> None:
    found = quotes("Ruiz called the plan “overdue,” but critics say it is “far too expensive.”",
                   "Ana Ruiz is in her second term as mayor of the harbour town.")
    assert [q["text"] for q in found] == ["overdue,", "far too expensive."]


def test_quotation_over_two_paragraphs() -> None:
    found = quotes("“I have fished from this harbour for forty years, and I have never seen it so "
                   "crowded,” said Martha Klein, who chairs the fishermen’s association.",
                   "“We are not against the ferry.",
                   "“We are against losing the only berths we have.”",
                   "Klein said the association would ask for a separate quay.")
    assert found[1]["text"] == ("We are not against the ferry. … "
                                "We are against losing the only berths we have.")
    assert found[1]["speaker"] == "Martha Klein"


def test_nested_single_quotes_stay_inside() -> None:
    [q] = quotes("“One child asked me, ‘Will the big boats come here?’ and that is the whole point,” "
                 "Ruiz said.", "Ana Ruiz visited the school on Friday.")
    assert q["text"] == "One child asked me, ‘Will the big boats come here?’ and that is the whole point,"


def test_pronoun_goes_to_the_nearest_person_named() -> None:
    found = quotes("Council member Raj Patel voted against the plan.",
                   "“We are moving too fast,” he said. “Nobody has seen the final costs.”")
    assert found[0]["speaker"] == "Raj Patel" and found[0]["verb"] == "said"


def test_surname_resolves_to_the_fullest_name() -> None:
    found = quotes("Council member Raj Patel voted against the plan.",
                   "“The traders were never consulted,” Patel said.")
    assert found[0]["speaker"] == "Raj Patel"


def test_scare_quotes_and_titles_are_not_speech() -> None:
    found = quotes("Critics mocked the so-called “harbour renaissance” in local newspapers.",
                   "The mayor’s office screened the documentary “Tides of Change” at the library.",
                   "Residents have lived with “temporary” repairs to the pier for a decade.")
    assert found == []


def test_offsets_point_into_the_paragraph() -> None:
    result = article("“We have waited long enough,” Mayor Ana Ruiz said.")
    [q] = result.quotes
    paragraph = result.paragraphs[q["paragraph"]]
    assert paragraph[q["start"] : q["end"]] == "We have waited long enough,"


def test_markdown_leaves_the_text_untouched() -> None:
    result = article("“We have waited long enough,” Mayor Ana Ruiz said.")
    assert "“We have waited long enough,” Mayor Ana Ruiz said." in result.to_markdown()
    assert set(result.to_dict()["quotes"][0]) == {"text", "speaker", "verb", "paragraph", "start",
                                                  "end", "partial"}


def test_quotes_command_shows_speakers(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsclean.cli import app

    page = tmp_path / "page.txt"
    page.write_text("Harbour council backs new ferry terminal\n\nBy Jane Doe\n\n"
                    "The council met on Tuesday evening in the old town hall, where more than a "
                    "hundred residents filled the public gallery for a long debate.\n\n"
                    "“We have waited long enough for this terminal,” Mayor Ana Ruiz said.\n",
                    encoding="utf-8")
    result = CliRunner(env={"COLUMNS": "120", "NO_COLOR": "1"}).invoke(app, ["quotes", str(page)])
    assert result.exit_code == 0
    assert "Ana Ruiz" in result.stdout and "We have waited long enough" in result.stdout
    missing = CliRunner().invoke(app, ["quotes", str(tmp_path / "none.txt")])
    assert missing.exit_code == 1


def test_user_data_adds_speech_verbs(tmp_path) -> None:
    from newsclean.rules import data

    text = ("“We have waited long enough,” Mayor Ana Ruiz grumbled on Tuesday.",)
    assert all(q["verb"] != "grumbled" for q in quotes(*text))
    extra = tmp_path / "verbs.toml"
    extra.write_text('verbs = ["grumbled"]\ninverted_verbs = ["grumbled"]\n', encoding="utf-8")
    try:
        data.add_file("quotes", extra)
        [q] = quotes(*text)
        assert q["verb"] == "grumbled" and q["speaker"] == "Ana Ruiz"
    finally:
        data._extra.pop("quotes", None)
        data.version_bump()


def test_known_names_read_over_paragraphs() -> None:
    """The article's people are read from all paragraphs at once: a run's position (for a
    preceding "of") stays within its paragraph, and a run seen again is read the same."""
    texts = ["The US Attorney for District of Massachusetts Joshua Levy said the case was closed.",
             "Levy added that Judge Mara Ford agreed. Ford’s ruling stands.",
             "Officials of",
             "Joshua Levy Jr. spoke to Raj Patel. Patel, of Boston Harbor Trust Raj Patel, declined."]
    assert known_names(texts, vocabulary(data.version())) == [
        "Joshua Levy", "Mara Ford", "Raj Patel", "Harbor Trust Raj Patel"]
