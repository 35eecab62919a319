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


# --- issue 10: joining, verb forms, speakers ----------------------------------------------


def test_parts_joined_across_an_attribution_with_a_description() -> None:
    [q] = quotes("“We will rebuild the pier,” the third-seeded Ruud said, “and then the road.”")
    assert q["text"] == "We will rebuild the pier, … and then the road." and q["speaker"] == "Ruud"
    [q] = quotes("“We will rebuild the pier,” Ana Ruiz, director of games at Acme, tells the paper. "
                 "“Then the road.”")
    assert q["speaker"] == "Ana Ruiz" and q["verb"] == "tells"


def test_a_title_abbreviation_is_no_sentence_end_between_parts() -> None:
    [q] = quotes("“Because the pier is old, many will focus on its cost,” Gov. Dana Whitfield said. "
                 "“And it is right to do so.”")
    assert q["text"].endswith("And it is right to do so.") and q["speaker"] == "Dana Whitfield"


def test_a_second_verb_that_paraphrases_splits_two_quotations() -> None:
    found = quotes("“We must begin to repair the harbour wall,” Mayor Ana Ruiz said, adding if the "
                   "tides keep rising “the results will be devastating.”")
    assert [q["text"] for q in found] == ["We must begin to repair the harbour wall,",
                                          "the results will be devastating."]
    assert {q["speaker"] for q in found} == {"Ana Ruiz"}


def test_a_short_second_verb_keeps_one_quotation() -> None:
    [q] = quotes("“We must repair the wall,” Mayor Ana Ruiz said, adding: “The tide will not wait.”")
    assert q["text"] == "We must repair the wall, … The tide will not wait."


def test_but_instead_after_the_attribution_splits() -> None:
    found = quotes("“The ferry is late,” Tom Brennan said but instead of waiting he walked to "
                   "the “old bridge over the river to the town.”")
    assert found[0]["text"] == "The ferry is late," and len(found) <= 2
    assert all("…" not in q["text"] for q in found)


def test_ing_and_particle_verbs_are_speech_verbs() -> None:
    found = quotes("Councillor Tom Brennan accused the mayor of “selling the harbour to the highest "
                   "bidder.”",
                   "Ana Ruiz pointed out that “the ferry has run at a loss for ten years.”",
                   "Residents filled the gallery, with Ruth Abernathy warning that “the night "
                   "buses will be the next to go.”")
    assert [(q["speaker"], q["verb"]) for q in found] == [
        ("Tom Brennan", "accused"), ("Ana Ruiz", "pointed out"), ("Ruth Abernathy", "warning")]


def test_verb_forms_are_made_from_the_plain_form() -> None:
    """The forms that follow a speaker; the plain form is a noun as often ("state", "post")."""
    from newsclean.rules.speakers import _inflect

    assert _inflect("warn") == ["warns", "warned", "warning"]
    assert _inflect("testify") == ["testifies", "testified", "testifying"]
    assert _inflect("argue") == ["argues", "argued", "arguing"]
    assert _inflect("say:said") == ["says", "said", "saying"]
    assert _inflect("point out") == ["points out", "pointed out", "pointing out"]
    assert _inflect("quip:quipped:quipping")[1:] == ["quipped", "quipping"]


def test_an_infinitive_is_no_attribution() -> None:
    found = quotes("The mayor broke a long silence from the chair to urge councillors to “stop "
                   "shaving pennies and decide what kind of town we want to be.”")
    assert all(q["speaker"] != "the chair to" for q in found)


def test_ap_doubled_single_marks_and_a_space_after_the_opener() -> None:
    found = quotes("‘‘We will rebuild the pier before summer,’’ Mayor Dana Whitfield said.",
                   "“ The tide will not wait,” Tom Brennan said after the vote in the old hall.",
                   "The terminal is due to open in the spring of next year, two years later than "
                   "planned, after the council agreed to pay for a wider harbour wall.")
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("We will rebuild the pier before summer,", "Dana Whitfield"),
        ("The tide will not wait,", "Tom Brennan")]


def test_a_quotation_right_after_another_goes_on_from_it() -> None:
    found = quotes("Director Ana Ruiz warned that the data “is our eyes and ears in this storm.” "
                   "“Just as we did before, we must adjust when the water rises, to save lives.”")
    assert [q["speaker"] for q in found] == ["Ana Ruiz", "Ana Ruiz"]


def test_subject_forms_with_roles_and_unnamed_speakers() -> None:
    found = quotes("Navy spokesman Tom Reyes said: “The ship will dock at noon.”",
                   "“We are ready,” a company spokesperson said.",
                   "“It is done,” Lopez, the council’s chair of finance, said.",
                   "Sen. Elizabeth Warren of Massachusetts quickly accused him of arguing “the "
                   "harbour would be better off without a council.”")
    assert [q["speaker"] for q in found] == ["Tom Reyes", "a company spokesperson", "Lopez",
                                             "Elizabeth Warren"]


def test_a_quotation_split_by_a_name_with_an_aside_is_one() -> None:
    [q] = quotes("“We want every child to learn to swim,” Ana Ruiz, director of games at Acme, "
                 "tells the Echo. “That is the goal.”")
    assert q["text"] == "We want every child to learn to swim, … That is the goal."
    assert q["speaker"] == "Ana Ruiz"


def test_a_quotation_split_by_a_capitalised_role_and_name_is_one() -> None:
    [q] = quotes("“The contracts locked shopkeepers in,” Commission spokeswoman Ines Albrecht told a "
                 "news conference. “Merchants ended up paying more.”")
    assert q["text"] == "The contracts locked shopkeepers in, … Merchants ended up paying more."
    assert q["speaker"] == "Ines Albrecht"


def test_subject_forms_after_the_quotation() -> None:
    # a capitalised word before the role; a description whose second word is a verb ("the
    # sheriff warned, telling"), tied by its title to the one named with it, not to the
    # nearest name; a possessive's description is someone beside the person named, kept as
    # written
    found = quotes("Sheriff Mark Ruiz closed the river road on Monday.",
                   "“We have the boats ready,” Navy spokesman Tom Reyes said.",
                   "“The river is rising fast,” the sheriff warned, telling residents to leave.",
                   "“He was always the first one in,” his coach remembered.",
                   "“It is over,” her lawyer said on Friday.")
    assert [q["speaker"] for q in found] == ["Tom Reyes", "Mark Ruiz", "his coach", "her lawyer"]


def test_verb_first_reads_an_unnamed_speaker_whole() -> None:
    [q] = quotes("“This is far too large for the lake!” said someone in the public who called "
                 "into the meeting.")
    assert q["speaker"] == "someone in the public who called into the meeting"


def test_subject_before_the_aside_wins() -> None:
    found = quotes("Tom Brennan said the pier was safe. Lynda Bennett disagreed.",
                   "The timing raises “great suspicion,” Brennan said, though he stressed he had "
                   "no proof.")
    assert found[-1]["speaker"] == "Tom Brennan"


def test_a_surname_that_is_also_a_title() -> None:
    found = quotes("The interview was led by co-host Gayle King, who asked about the ferry.",
                   "“What is it about the ferry that you love?” King asked Ana Ruiz.",
                   "“It is the only way home,” Ruiz said.")
    assert [q["speaker"] for q in found] == ["Gayle King", "Ana Ruiz"]


def test_a_first_name_or_middle_name_gets_the_full_name() -> None:
    found = quotes("Walter A. Clyburn Reed, a student, came with his grandfather.",
                   "“He was talking about his generation,” Walter said.",
                   "Camille Etienne Gbedey, their mother, joined them later.",
                   "“Maybe a doctor out there can help,” Etienne said.")
    assert [q["speaker"] for q in found] == ["Walter A. Clyburn Reed", "Camille Etienne Gbedey"]


def test_descriptions_without_a_title_stay_as_written() -> None:
    found = quotes("The suspects rented flats where women were “enticed” with travel, the "
                   "affidavit said.",
                   "Mayor Ana Ruiz spoke first.",
                   "“We will appeal,” the company said in a statement.",
                   "“I was not told,” the former mayor said.")
    assert [q["speaker"] for q in found] == ["the affidavit", "the company", "Ana Ruiz"]


def test_a_title_in_the_reporters_sentence_is_no_quotation() -> None:
    assert quotes("The council said the new film “Star Voyage: Origins” would be shown at the harbour "
                  "on Friday evening.") == []


def test_a_description_with_a_title_and_no_name_stays_as_written() -> None:
    [q] = quotes("The mayor called the vote “historic” and left the hall before the count was finished.")
    assert q["speaker"] == "The mayor"


def test_a_title_quoted_inside_the_attribution_does_not_hide_it() -> None:
    [q] = quotes("Asked about the ferry, Ruth Abernathy told “Harbour Radio” host Tom Brennan, “We "
                 "cannot wait another winter for this.”")
    assert q["speaker"] == "Ruth Abernathy"


def test_a_pronoun_is_not_given_to_a_place_the_gazetteer_knows() -> None:
    [q] = quotes("The storm reached Buenos Aires on Tuesday night. “It is the worst I have seen,” she said.")
    assert q["speaker"] != "Buenos Aires"
