"""A recording's time-coded transcript printed under an article (a TV station's video): the
recording's words, not the article's text. A page that is a transcript keeps its lines. The
dumps are invented."""

from __future__ import annotations

from conftest import check_roles

import newsclean

STORY = [
    "Firefighters rescued two people from the roof of a flooded farmhouse near Millbrook on Sunday "
    "after the river burst its banks for the second time this winter.",
    "The county's emergency manager said the water rose nearly a metre in three hours, faster than "
    "the warnings had suggested, and that crews used a boat borrowed from the rowing club.",
    "Both residents were taken to hospital as a precaution and were released the same evening.",
]
TRANSCRIPT = [
    "[00:00] the river came up faster than anyone here expected this morning and the farmhouse was cut off.",
    "[00:06] crews from two stations were on the scene within twenty minutes and they borrowed a boat.",
    "[00:13] we had the boat in the water and we could see them waving from the roof the whole time.",
    "[00:21] the county says more rain is expected tonight so people by the river should be ready to leave.",
]


def _page(lines: list[str]) -> str:
    return "\n\n".join(["Home", "News", "Two rescued from farmhouse roof as river floods again", *lines,
                        "Copyright 2026 Valley 7 News"]) + "\n"


def test_a_transcript_under_the_article_is_no_text() -> None:
    text = _page([*STORY, "This transcript was automatically generated and may contain errors.", *TRANSCRIPT])
    result = newsclean.clean(text)
    assert result.paragraphs[: len(STORY)] == STORY
    assert not any(line in "\n".join(result.paragraphs) for line in TRANSCRIPT)
    check_roles(text)


def test_a_page_that_is_a_transcript_keeps_its_lines() -> None:
    # no text of the article's own over the times: the transcript is the text
    result = newsclean.clean(_page(TRANSCRIPT))
    assert all(line in "\n".join(result.paragraphs) for line in TRANSCRIPT[1:])


CHAPTERS = [
    "00:00 — Cold open: the farmhouse on the roof",
    "03:40 — How the river rose a metre in three hours",
    "11:15 — Interview: the county's emergency manager",
    "27:30 — What the flood maps get wrong",
    "38:05 — Listener questions",
]


def test_an_episodes_chapters_minutes_apart_are_its_notes_not_a_transcript() -> None:
    """A podcast's show notes list its chapters by their times: minutes apart, not the few
    seconds a transcript's lines are; they are the notes' text."""
    notes = ["This week we go back to Millbrook, where the river rose faster than any warning said it "
             "would, and ask why the flood maps keep getting it wrong.", "Timestamps", *CHAPTERS,
             "Thanks to our listeners for their questions, and to the rowing club for the boat."]
    result = newsclean.clean(_page(notes))
    assert [p for p in result.paragraphs if p in CHAPTERS] == CHAPTERS
    # the same times seconds apart: a transcript under the notes
    seconds = [f"[00:{n * 7:02d}] {line.split(' — ')[1]} and what the crews said about it" for n, line
               in enumerate(CHAPTERS)]
    result = newsclean.clean(_page([*STORY, *seconds]))
    assert not any(line in result.paragraphs for line in seconds)


SPEECH = [
    "good afternoon everyone thank you for being here um as you all know on sunday morning the river "
    "came up faster than anyone expected and the farmhouse was cut off",
    "i want to start by thanking the crews from both stations they were on the scene within twenty "
    "minutes and they borrowed a boat from the rowing club to get out there",
    "uh both residents were taken to hospital as a precaution and they were released the same evening "
    "which is the best outcome we could have hoped for",
    "at this time i'll take a few questions and then i'll hand it over to the county",
]


def test_a_speech_recognizers_transcript_uncased_and_unpunctuated_is_no_text() -> None:
    # a TV station's video with its machine transcript between the dek and the story: no
    # times, no capitals, no punctuation
    text = _page([STORY[0], "FULL NEWS CONFERENCE: County briefing on the Millbrook rescue",
                  "This transcript was generated automatically and may contain errors.", *SPEECH,
                  *STORY[1:]])
    result = newsclean.clean(text)
    assert not any(line in result.paragraphs for line in SPEECH)
    assert all(line in result.paragraphs for line in STORY[1:])
    reasons = {r.reason for r in result.removed if any(line in r.text for line in SPEECH)}
    assert reasons == {"transcript: a recording's machine transcript, uncased"}
    check_roles(text)


def test_lines_in_lower_case_that_punctuate_or_close_a_lists_items_are_text() -> None:
    # a writer who writes in lower case still punctuates; a list's items close with ";"
    lower = ["the river came up faster than anyone here expected, and the farmhouse was cut off.",
             "crews from two stations were on the scene within twenty minutes; they borrowed a boat.",
             "both residents went to hospital as a precaution and were released the same evening."]
    items = ["check the river gauge on the county's site before you drive along the valley road;",
             "move cars and valuables to higher ground as soon as a flood warning is issued;",
             "keep a bag ready with medicines, chargers and copies of your documents."]
    result = newsclean.clean(_page([*STORY, *lower, "Residents are advised to:", *items]))
    assert all(line in result.paragraphs for line in lower + items)
