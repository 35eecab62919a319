"""What a line is about: its content words, compared by their stems. A headline names what
its article is about (its people, places, things); a menu's or a cookie bar's line does not."""

from __future__ import annotations

from collections.abc import Iterable

ABOUT = 2
"""Content words a headline-shaped line shares with the article's text when it is taken for
its headline and nothing else marks it (else the nearest line that shares one): a headline
names what the article is about (its people, places, things); a menu's or a cookie bar's
line ("Log out Sign in", "Scroll to Accept") and another story's headline share none or one."""
STEM = 4
"""Letters of a word compared: its stem, roughly, in languages that inflect ("bouři" in a
headline, "bouře" in the text; "closes", "closure")."""


UNLISTED = 5
"""Letters from which a word counts as a content word in a language without a function-word
list (Greek, Bulgarian, Bengali): function words are short in every language ("και", "на",
"ও"), names and nouns mostly longer. Such words are compared by as many letters: a
four-letter stem of an unknown language is often a common prefix ("περι-", "μετά-")."""


def stems(tokens: Iterable[str], stem: int = STEM) -> set[str]:
    """Every word's stem (the text a line is compared with)."""
    return {w[:stem] for w in tokens}


def content_stems(tokens: Iterable[str], stop: frozenset[str], shortest: int = 3,
                  stem: int = STEM) -> set[str]:
    """The stems of a line's content words: no function word, number or word under
    ``shortest`` letters."""
    return {w[:stem] for w in tokens if len(w) >= shortest and w not in stop and not w.isdigit()}
