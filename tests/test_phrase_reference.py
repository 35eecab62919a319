"""The phrase matcher's gates (a pattern is tried only on lines holding its trigger) must find
what trying every pattern at every position finds (``category_plain``), on lines of the real
phrase data's words glued together as dumps of inline links glue them ("FacebookTwitterEmail",
"Thissiteuses cookies to")."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean.document import Document, Unit
from newsclean.rules import data
from newsclean.rules.phrases import _compiled, _trie, category, category_plain, triggers
from newsclean.segment import add_word_features

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "400")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _data_words() -> list[str]:
    """The words of the built-in phrase data: every trigger and exact phrase, split at spaces."""
    markers = data.load("markers")
    found: set[str] = set()
    for spec in markers.values():
        for phrase in spec.get("exact", []):
            found.update(phrase.split())
        for pattern in spec.get("patterns", []):
            for trigger in triggers(pattern.lstrip("^").lower()):
                found.update(trigger.split())
            found.update(re.findall(r"[a-z]{3,}", pattern))
    return sorted(found)


WORDS = _data_words()
MARKS = [" ", "", "", "", ",", ".", ":", "|", "·", "/", "'", "’", "-", "(", ")", "»", "4", "12", "©"]
# Case as dumps have it, and the letters IGNORECASE reads as other ASCII letters.
CASES = [str, str.lower, str.capitalize, str.upper,
         lambda w: w.replace("s", "ſ"), lambda w: w.replace("k", "\u212a"), lambda w: w.replace("i", "ı"),
         lambda w: w.replace("I", "İ").replace("i", "İ")]

word = st.tuples(st.sampled_from(WORDS), st.sampled_from(CASES)).map(lambda t: t[1](t[0]))
piece = st.one_of(word, word, word, st.sampled_from(MARKS), st.sampled_from(["this", "site", "our", "the"]))
glued = st.lists(piece, min_size=1, max_size=9).map("".join)
spaced_or_glued = st.lists(st.tuples(piece, st.sampled_from(["", "", " ", " ", ", ", " | "])),
                           min_size=1, max_size=9).map(lambda parts: "".join(a + b for a, b in parts).strip())
lines = st.one_of(glued, spaced_or_glued)


def _segment_words(text: str) -> list[str]:
    """The words segment gives the rules for this line (what the pipeline passes in)."""
    doc = Document([Unit(0, text, text, 0, 0, 0)])
    add_word_features(doc)
    return doc.units[0].tokens


GLUED = ["FacebookTwitterEmail", "Thissiteuses cookies to", "ShareFacebookTwitter", "SharePrint",
         "TwitterFacebookLinkedInEmail", "xFacebookEmail", "Thiswebsiteuses cookies.",
         "Weearn a commission", "Ourstocks to buy now", "Getunlimited access",
         "Storycontinues below advertisement", "Mustreadcreative commons license",
         "l'uses cookies", "ReadAlso: more", "Pleaseenter your email"]


@pytest.mark.parametrize("line", GLUED)
def test_glued_labels_get_the_category_their_pattern_gives(line: str) -> None:
    assert category(line) == category_plain(line)
    assert category(line, _segment_words(line)) == category_plain(line)


def test_glued_share_bars_and_cookie_notes_are_found() -> None:
    assert category("FacebookTwitterEmail") == "share"
    assert category("Thissiteuses cookies to") == "cookie-banner"
    assert category("The council met on Tuesday.") is None


@SETTINGS
@example("FacebookTwitterEmail")
@example("ſhare this")
@example("İnterest")
@given(lines)
def test_the_fast_matcher_agrees_with_every_pattern_everywhere(text: str) -> None:
    expected = category_plain(text)
    assert category(text) == expected, text
    assert category(text, _segment_words(text)) == expected, text


def test_every_pattern_is_filed_once_per_trigger() -> None:
    """Each pattern sits under a trigger prefix, a word, the loose list or the rest: never lost."""
    matcher = _compiled(data.version())
    filed = {p.order for ps in (*matcher.lead.values(), *matcher.inner.values()) for p in ps}
    filed |= {p.order for p in (*matcher.loose, *matcher.lead_rest, *matcher.inner_rest)}
    total = sum(len(spec.get("patterns", [])) for spec in data.load("markers").values())
    assert filed == set(range(total))


@SETTINGS
@given(st.lists(lines, min_size=1, max_size=8))
def test_a_page_of_lines_gets_what_each_line_gets_alone(texts: list[str]) -> None:
    """``categories`` finds the glued phrases' needles in one scan of the page, not line by line."""
    matcher = _compiled(data.version())
    words = [_segment_words(text) for text in texts]
    assert matcher.categories(texts, words) == [category_plain(text) for text in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab .(", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="ab .(", max_size=8))
def test_the_trie_finds_the_longest_word_a_line_opens_with(words: list[str], line: str) -> None:
    opening = re.match(_trie(words), line)
    longest = max((w for w in words if line.startswith(w)), key=len, default=None)
    assert (opening.group() if opening else None) == longest
