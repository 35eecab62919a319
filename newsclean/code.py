"""Lines of program code in a dump (a page's scripts and styles, a tutorial's snippet), told
by their characters: code says nothing of prose, nor of the page's language."""

from __future__ import annotations

import re

_CODE_CHAR = re.compile(r"[{}();=<>\[\]\\]")
"""Brackets, braces, semicolons, "=" and backslashes: counted in one scan (eleven substring
counts cost half as much again)."""
_COLON = re.compile(r":(?!\d)")
_CODE_COLON = re.compile(r"(?<![\s:]):(?!\d)")
"""A colon as code writes it, right after its key ("margin: 0", '"id":'): not a clock
time's ("7:30"), nor a separator set apart by spaces (" : ", " :: ", as titles have).
``code_colons_plain`` counts them so; ``code_colons`` finds the colon first and looks back
in Python (the look-behind first is tried at every character: 9 µs a 400-character line
against 1.5)."""
_CODE_SHARE = 0.06
"""Share of brackets, braces, semicolons, colons and "=" from which a line is code (a script
or a style sheet dumped as text, a snippet in a tutorial), not prose: prose with a parenthesis
or a list "1) 2) 3)" stays near 0.05, code sits well above (measured on full/'s article
bodies: 43 of 4,298 lines of 50+ characters reach 0.05, nearly all of them code). The colon
counts for a style sheet's declarations ("margin: 0; padding: 0 5px; color: #333"), which
hold few of the others (``code_colons``): no output of the corpora's 1,493 dumps and pages
changed."""


_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?(?:>|$)")
"""A tag of HTML, its attributes with it (or all of the line after it, where the tag runs
on past the sample): the page's source printed as text, as a converter leaves a
``<noscript>``'s markup ('<div style="position:absolute;"><img src="...">'). Its long
addresses hold few of the marks counted above, yet they are code, not prose."""


_MARKUP_SHARE = 0.5
"""Share of a line inside tags from which it is markup: a tag or two left in a paragraph
('<span style="font-size:13px;">Nintendo</span> © Provided by ...') leave it prose."""


_SELECTOR = re.compile(r"(?<![^\s,{}>+~])[.#][A-Za-z_]")
"""A style sheet's class or id selector (".videoCube .thumbBlock", "#nav"): a dot or a hash
opening a word, which prose writes after a word (a full stop, "C#") or not at all."""


def code_like(text: str) -> bool:
    """Whether ``text`` (its first 400 characters) holds code's share of code characters, or
    is mostly tags."""
    sample = text[:400]
    count = len(_CODE_CHAR.findall(sample))
    if ":" in sample:
        count += code_colons(sample)
    # a style sheet's rule declares after its brace ("{ display:"): its selectors count too
    if "{" in sample and ":" in sample[sample.index("{") :]:
        count += len(_SELECTOR.findall(sample))
    if count >= len(sample) * _CODE_SHARE:
        return True
    # the page's source printed as text: most of the line inside tags, their addresses too
    return "<" in sample and sum(map(len, _TAG.findall(sample))) >= len(sample) * _MARKUP_SHARE


def code_colons(text: str) -> int:
    """``code_colons_plain``, the colon found first."""
    return sum(1 for m in _COLON.finditer(text)
               if not (m.start() and (text[m.start() - 1].isspace() or text[m.start() - 1] == ":")))


def code_colons_plain(text: str) -> int:
    """Colons as code writes them (``_CODE_COLON``)."""
    return len(_CODE_COLON.findall(text))
