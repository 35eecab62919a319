"""Glued text: a page's text taken with nothing between its elements (BeautifulSoup's
get_text(), the DOM's textContent) from a page whose HTML has no line breaks."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import glued
from newsclean.segment import segment

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

HEADLINE = "Harbour wall repairs delayed again as storms batter the coast"
PARAGRAPHS = [
    "Repairs to the harbour wall at Kestle Bay will not be finished before the winter, the harbour "
    "board said on Tuesday. Storms in October washed away part of the new foundations.",
    "The board had promised that the work would be done by the end of September. Fishermen who "
    "moor inside the old wall said they had been told little about the delay.",
    "A spokesperson for the council said the authority had held two public meetings and would hold "
    "a third in November. The cost of the repairs has risen by a fifth since the spring, to about "
    "2.4 million pounds, and the board will ask the council for more money.",
    "Engineers who surveyed the wall after the storms found that the sea had scoured out the sand "
    "under two sections of the old masonry. Those sections will be shored up with steel before the "
    "new foundations are poured again.",
    "The harbour will stay open to boats throughout the work, but the north quay will be closed to "
    "vehicles until the spring. Anglers have been asked to keep off the wall.",
]
MENU = ["Kestle Echo", "Skip to content", "Home", "News", "Sport", "Weather", "Subscribe"]
FOOTER = ["Related stories", "Ferry timetable changes from Monday", "New lifeboat named after "
          "local volunteer", "Contact us", "Privacy policy", "Copyright 2026 Kestle Echo Media"]
# one line: every element's text run into the next, as textContent gives it
GLUED = "".join(MENU + [HEADLINE, "By Jane Doe", "March 3, 2026"] + PARAGRAPHS + FOOTER) + "\n"


def test_a_glued_page_is_cut_into_its_blocks() -> None:
    lines, cuts = glued.cut(GLUED.split("\n"))
    assert cuts >= len(MENU) + len(PARAGRAPHS)
    assert "".join(lines) == GLUED.replace("\n", "")  # cut, nothing dropped or added
    for block in [*MENU[1:], HEADLINE, *FOOTER[:3]]:
        assert block in lines


def test_a_glued_page_gives_its_article() -> None:
    article = newsclean.clean(GLUED)
    assert article.title == HEADLINE
    assert article.authors == ["Jane Doe"]
    body = " ".join(article.paragraphs)
    assert all(paragraph in body for paragraph in PARAGRAPHS)
    assert not any(line in body for line in MENU + FOOTER)
    assert any("glued text" in note for note in article.notes)


def test_a_camel_case_name_written_twice_between_words_stays_whole() -> None:
    """A name the text writes between lower-case words twice is a word ("our YouTube
    channel"); once may be chance: a block ending "from Monday" glued to "New lifeboat"."""
    watch = "Watch the video on our YouTube channel now."
    text = "".join([PARAGRAPHS[0], watch, PARAGRAPHS[1], watch, *PARAGRAPHS[2:], "SportYouTube", *FOOTER])
    lines, _ = glued.cut([text])
    assert lines.count(watch) == 2
    assert "Sport" in lines and "YouTube" in lines  # the name, glued after a menu's entry
    assert "Ferry timetable changes from Monday" in lines  # "MondayNew lifeboat": once
    lines, _ = glued.cut([text.replace(watch, "", 1)])
    assert "Watch the video on our You" in lines  # once: taken for a join


def test_written_text_is_not_glued() -> None:
    """Two joins at most in a line of written text: a module's name, a URL's query."""
    line = "The module exports stuff.Stuffinator and stuff.Stuffinatrix only. " + " ".join(PARAGRAPHS)
    assert glued.cut([line, *PARAGRAPHS]) is None
    assert glued.cut([" ".join(PARAGRAPHS * 3)]) is None
    assert "glued" not in " ".join(segment(" ".join(PARAGRAPHS)).meta.get("notes", []))


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,!? ", min_size=1,
                max_size=12)


@SETTINGS
@given(st.lists(st.lists(_WORD, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=40))
def test_cutting_keeps_every_character_in_order(blocks: list[str]) -> None:
    line = "".join(blocks)
    found = glued.cut([line, "Home"])
    if found is not None:
        lines, cuts = found
        assert "".join(lines[:-1]) == line and lines[-1] == "Home"
        assert len(lines) - 1 == cuts + 1


def test_every_character_of_a_glued_page_is_kept_or_removed_once() -> None:
    article = newsclean.clean(GLUED)
    parts = [article.title or "", article.byline or "", *article.captions, *article.paragraphs,
             *(r.text for r in article.removed)]
    def letters(text: str) -> list[str]:
        return sorted(text.replace(" ", "").replace("\n", ""))

    assert letters("".join(parts)) == letters(GLUED)


def test_joins_in_one_long_run_of_letters_are_checked_against_the_names_once(monkeypatch) -> None:
    """A line of letters with a join every few characters ("abCdeabCde..."): each run of
    letters is searched for the names once, not once a join (which was quadratic: 100,000
    characters took minutes)."""
    calls: list[str] = []
    original = glued._name_joins

    def counted(run: str, offset: int, names: set[str]) -> set[int]:
        calls.append(run)
        return original(run, offset, names)

    monkeypatch.setattr(glued, "_name_joins", counted)
    searches = []
    for n in (1_000, 4_000):
        calls.clear()
        line = "end.The cat, " * 3 + "our YouTube channel, " * 2 + "abCde" * n
        lines, cuts = glued.cut([line])
        assert cuts >= n and "".join(lines) == line
        assert sum(1 for run in calls if len(run) > 100) == 1  # the long run: once
        searches.append(len(calls))
    assert searches[0] == searches[1]  # as many searches at 4n as at n
