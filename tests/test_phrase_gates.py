"""The cheap tests the phrase matcher runs before a regex (needed literals, needed marks, the
count at the end of a line) must never change which category a line gets: each is checked
here against the regex it stands in for, on generated lines."""

from __future__ import annotations

import os
import re
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.rules import data
from newsclean.rules.needs import FOLDS_BEYOND_ASCII, needed_literal
from newsclean.rules.phrases import _COUNT, _alternation, _compiled, _uncounted

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "300")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Lines near what the patterns look for: their words and marks, and the characters that
# fool naive tests (other digits and spaces, letters IGNORECASE folds onto ASCII ones).
PIECES = ["newsletter", " Newsletters", "NEWSLETTER", " neWſletter", "letter", "said:", " wrote:",
          "Jane Doe", ":", "(", ")", "[", "]", "»", "›", "©", "(c)", "(C) 2024", "°", "°F", "-", "+",
          "−", ".", ",", "%", "1", "12", "2024", "42,118.35", "٣", "５", "\u00a0", " ", "  ", "\t",
          "’", "'", "K", "ſ", "İ", "ı", "é", "comments", "replies", "responses", " to", " ago",
          "min read", "hours", "likes", "k", "Home", "DJIA", "updates", "receive our", "get the",
          "read the", " under", "content is licensed", "uses cookies", "cookieſ", "your inbox",
          "the opinions expressed here", "not", "a", "Z", "&", "^", "!", "?", "|", "·", "—"]
EXAMPLES = ["12 comments", "3 hours ago", "5 min read", "1.2k likes", "DJIA 42,118.35 +0.4%", "72°F",
            "(c) 2024 Foo", "© Foo", "(Updates with share move in second paragraph.)", "Jane Doe said:",
            "Home » News » Local", "Sport › Football", "Weekly Newsletter", "10 responses to Foo",
            "Comments (4)", "Receive our weekly newsletter", "Content is licensed under CC BY",
            "This site uses cookies", "Weekly neWſletter", "Get the newſletter"]
pieces = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)
near = st.tuples(st.sampled_from(EXAMPLES), st.integers(0, 40), st.sampled_from(["", *PIECES])).map(
    lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1:])  # an example with one piece put for a character
line = st.one_of(pieces, near, st.text(alphabet=st.sampled_from(list("aZs .:(-1»°©٣\u00a0’ſ")), max_size=30))


@SETTINGS
@given(st.tuples(st.sampled_from(["", "Comments", "Page", "a\u00a0", "b٣", "x\n", "c "]),
                 st.text(alphabet=st.sampled_from(list(" \t\u00a0()[]0123٣５x\n")), max_size=8)).map("".join))
def test_the_count_is_read_from_the_end_alone(key: str) -> None:
    assert _uncounted(key) == _COUNT.sub("", key)


def test_folds_beyond_ascii_are_all_known() -> None:
    """The ASCII characters that IGNORECASE also matches to a character beyond ASCII."""
    letters = re.compile("[a-zA-Z]", re.IGNORECASE)
    beyond = [chr(c) for c in range(128, sys.maxunicode + 1) if letters.match(chr(c))]
    folded = {ch.lower() for ch in beyond} | {ch.upper() for ch in beyond}
    assert {chr(c) for c in FOLDS_BEYOND_ASCII} >= folded & set(map(chr, range(128)))
    assert all(chr(c).lower() in "iks" for c in FOLDS_BEYOND_ASCII)


def test_needed_literal() -> None:
    assert needed_literal(r"\S[^.!?]{0,40} newsletters?$") == "letter"  # no "s": "ſ" matches it
    assert needed_literal(r"\b(contents?|texts?) (is|are) licensed under\b") == "ed under"
    assert needed_literal(r"\d+ (comments?|replies)$") == " "
    assert needed_literal(r"(receive|get) our") == " our"
    assert needed_literal(r"[»›]\s*\w") is None


@SETTINGS
@given(line)
def test_a_line_a_pattern_matches_holds_what_it_is_said_to_need(text: str) -> None:
    matcher = _compiled(data.version())
    low = text.lower()
    patterns = [p for ps in (*matcher.lead.values(), *matcher.inner.values()) for p in ps]
    for p in patterns:
        if p.literal and p.regex.search(text):
            assert p.literal in low, (p.regex.pattern, text)
    for i, p in enumerate(matcher.lead_rest):
        if p.regex.match(text):
            assert all(not needs.isdisjoint(text) for needs in matcher.rest_marks[i]), (p.regex.pattern, text)
    if matcher.rest_plain and matcher.rest_plain.match(text):
        assert matcher.rest_literals is None or any(literal in low for literal in matcher.rest_literals)


@SETTINGS
@given(line)
def test_the_rest_patterns_tried_find_what_all_of_them_would(text: str) -> None:
    """``_rest_match`` tries a few of the patterns led by digits or symbols: its first match
    is the first of all of them, in order."""
    matcher = _compiled(data.version())
    every = _alternation(list(enumerate(matcher.lead_rest)))
    assert every is not None
    expected = every.match(text)
    found = matcher._rest_match(text, text.lower())
    assert (found and found.lastgroup) == (expected and expected.lastgroup)
