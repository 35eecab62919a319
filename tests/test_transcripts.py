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
