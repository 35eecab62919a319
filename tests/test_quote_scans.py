"""The quote rule's faster scans give what the plain ones give, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules import quotes, speakers

_TEXT = st.text(alphabet="ab Ab.!?…\"”’'“‘\n-_", max_size=60)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.data())
def test_sentence_start_is_the_last_sentence_end(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    lo = max(0, start - quotes._CONTEXT)
    listed = max((m.end() for m in quotes._SENTENCE_END.finditer(text, lo, start)), default=lo)
    assert quotes._sentence_start(text, start) == listed


def test_sentence_start_reads_only_its_window() -> None:
    text = "One. Two. " + "x" * (quotes._CONTEXT + 10) + " Three. Four"
    assert quotes._sentence_start(text, len(text)) == len(text) - len("Four")
    assert quotes._sentence_start(text, 20 + quotes._CONTEXT) == 20  # no end in the window


_PLAIN_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ A.'’-_ \n,é", max_size=60))
def test_capitalised_runs_as_plain_quantifiers_find_them(text: str) -> None:
    assert speakers._CAPITALISED.findall(text) == _PLAIN_CAPITALISED.findall(text)
