"""The cheap tests the caption, date and pull-quote recognisers run before a regex must never
change an answer: each is checked here against the plain regex it stands in for, on
generated lines (and on lines the patterns themselves generate)."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsclean.rules import data
from newsclean.rules.boilerplate import _ATTRIBUTION, _DASHES, _QUOTE_OPENS, _QUOTED
from newsclean.rules.needs import needed_pieces
from newsclean.rules.patterns import (
    _DATE,
    _DATE_HINT,
    _MONTHS,
    _TIME,
    _TIME_HINT,
    _WEEKDAY,
    _WORD,
    STAMPED,
    _at_start,
    _caption_ends_possible,
    _captions,
    clock_dated,
    dated_by,
    has_date,
    is_byline,
    is_caption,
    is_dateish,
    patterns,
)
from newsclean.rules.shapes import _A_DIGIT, _COUNTED_TAIL

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "300")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# Pieces of captions, dates and pull quotes, and the characters that fool naive tests: letters
# IGNORECASE folds onto ASCII ones ("ı", "K", "ſ"), a sigma whose lower case depends on the
# next letter, other digits and spaces.
PIECES = ["Photo", "photo", "PHOTO", "Image", "ımage", "İmage", "picture", "Picture", "Foto", "AP",
          "AFP", "Reuters", "REUTERS", "Getty Images", "Getty", "Shutterstock", "iStock", "ſhutterstock",
          "Credit", "credit: ", "Credit: ", "courtesy", "Courteſy", "Courtesy of", "via", " by ", "by",
          "Submitted", "Provided", "Unsplash", "unſplash", "Pexels", "wikimedia commons", "WiKimedia",
          "/", " / ", "(", ")", ":", ": ", "©", "©2024", ".", ",", " ", "  ", "\u00a0", "\t", "-", "—",
          "Jane Doe", "J", "A", "x", "Σ", "ΣΑ", "OΣ", "on", "from", "File Photo", "/File Photo",
          "Image caption", "Slideshow (3 images)", "Click to enlarge", "1", "12", "2024", "12:30",
          "3 pm", "4 P.M.", "12.5", "1/2/24", "2024-05-01", "٣", "５", "May", "Sept.", "sept", "ſept",
          "December", "Mon,", "Tuesday ", "st", "th", "\"", "“", "”", "‘", "’", "'", "– ", "-- ",
          "17h42", "9 h 05", "1h28", "h", "Publié le ", ", mis à jour le "]
pieces = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join)
marks = st.text(alphabet=st.sampled_from(list("aPhotI/(:)© .1\u017f\u0131K\u03a3")), max_size=40)
line = st.one_of(pieces, marks)

_ENDS = [p for p in data.load("credits")["caption_patterns"] if not _at_start(p)]
_EXTRA = [  # patterns a user may add: unsafe letters, scoped flags, classes, repeats, branches
    r"(?i)\bskip(?:per)?\b", r"(?i)(?:kelvin|ſtop|Ιnc)\s*/", r"Σ+x", r"(?i)(?:photo|image)s? (?-i:BY) [A-Z]",
    r"[»›]{2,}\s*(?:AP|Kyodo)", r"(?:Foto|Bild)(?:nachweis)?:\s*\S+$", r"\b(?:a|b|c)[xy]{1,3}z$",
    r"(?i:K)ast", r"(?:Photo|Photograph|Photos): ",
]


_FOLDS = {"i": "ı", "I": "İ", "s": "ſ", "S": "ſ", "k": "\u212a", "K": "\u212a"}


def _holds(needs: list[frozenset[str]], text: str) -> bool:
    low = text.lower()
    return all(any(s in low for s in strings) for strings in needs)


@SETTINGS
@given(st.sampled_from(_ENDS + _EXTRA), st.data())
def test_a_match_holds_what_its_pattern_needs(pattern: str, drawn: st.DataObject) -> None:
    """``needed_pieces``: any text a pattern matches holds, in its lower case, a string of
    each set; checked on what the pattern itself generates, in generated surroundings."""
    regex = re.compile(pattern)
    match = drawn.draw(st.from_regex(regex, fullmatch=True))
    folds = drawn.draw(st.lists(st.sampled_from(sorted(_FOLDS)), max_size=3))
    for ch in folds:  # what IGNORECASE matches beyond ASCII: "ımage", "courteſy", "WiKimedia"
        match = match.replace(ch, _FOLDS[ch], 1)
    text = drawn.draw(line) + match + drawn.draw(st.sampled_from(["", " ", ".", "x"]))
    if regex.search(text):
        assert _holds(needed_pieces(pattern), text), (pattern, text, needed_pieces(pattern))


@SETTINGS
@given(st.sampled_from(_ENDS + _EXTRA), line)
def test_a_line_a_pattern_matches_holds_what_it_needs(pattern: str, text: str) -> None:
    if re.search(pattern, text):
        assert _holds(needed_pieces(pattern), text), (pattern, text)


def test_needed_pieces() -> None:
    assert needed_pieces(r"\bCredit: [A-Z]") == [frozenset({"credit: "})]
    assert frozenset({"photo", "image", "picture"}) in needed_pieces(r"\b(?:Photo|Image|Picture): ")
    assert needed_pieces(r"(?i)\bimage") == [frozenset({"mage"})]  # "ı" matches "i": no "i"
    assert needed_pieces(r"(?i)Sky") == [frozenset({"y"})]  # "ſ" and "K" match "s" and "k"
    assert needed_pieces(r"Σx") == [frozenset({"x"})]  # "Σ" lowers to "σ" or "ς" by context
    assert needed_pieces(r"(?:Getty)?\s*\.?$") == []  # nothing needed
    assert needed_pieces(r"[»›]+ AP") == [frozenset({"»", "›"}), frozenset({" ap"})]
    # Han, kana and Hangul have no case: a Chinese photo credit's "摄" gates its pattern
    assert frozenset({"摄"}) in needed_pieces(r"(?i)[\u4e00-\u9fff]{2,4}\s*摄$")


def _caption_reference(text: str, words: list[str] | None = None) -> bool:
    """``is_caption`` without its gates: the trigger check, then the start patterns and an
    alternation of the end patterns searched in the last 260 characters."""
    credits = data.load("credits")
    if len(text) > 500:
        return False
    if words is not None and len(text) <= 320 and "/" not in text and "©" not in text:
        if {w.strip() for w in credits["caption_triggers"] if w.strip().isalpha()}.isdisjoint(words):
            return False
    else:
        low = text.lower()
        ends = low if len(low) <= 260 else f"{low[:60]}\n{low[-200:]}"
        if not any(trigger in ends for trigger in credits["caption_triggers"]):
            return False
    every_end = re.compile("|".join(data.scoped(p) for p in _ENDS))
    return bool(patterns()["caption_start"].match(text)) or bool(every_end.search(text[-260:]))


long_line = st.tuples(line, st.text(alphabet="abc de", min_size=250, max_size=420), line).map("".join)


@SETTINGS
@given(st.one_of(line, long_line), st.booleans())
def test_is_caption_agrees_with_the_plain_patterns(text: str, with_words: bool) -> None:
    words = re.findall(r"\w+(?:['’]\w+)*", text[:320].lower().replace("’", "'")) if with_words else None
    assert is_caption(text, words) == _caption_reference(text, words), text


@SETTINGS
@given(st.one_of(line, long_line))
def test_the_patterns_left_out_cannot_match(text: str) -> None:
    found = _captions(data.version())
    tail = text[-260:]
    possible = _caption_ends_possible(found, tail)
    for _, regex in found.ends:
        if regex not in possible:
            assert not regex.search(tail), (regex.pattern, tail)


_PLAIN_DATE = re.compile(_DATE.pattern.replace(r"(?=[adfjmnos\d])", ""))


def test_the_plain_date_pattern_is_the_date_pattern_without_its_lookahead() -> None:
    assert _PLAIN_DATE.pattern != _DATE.pattern
    months = re.compile(f"(?i){_MONTHS}")
    openers = {chr(c) for c in range(0x110000) if months.match(chr(c) + "an")
               or months.match(chr(c) + "eb") or months.match(chr(c) + "ar") or months.match(chr(c) + "pr")
               or months.match(chr(c) + "ay") or months.match(chr(c) + "un") or months.match(chr(c) + "ul")
               or months.match(chr(c) + "ug") or months.match(chr(c) + "ep") or months.match(chr(c) + "ct")
               or months.match(chr(c) + "ov") or months.match(chr(c) + "ec")}
    assert all(re.match(r"(?i)[adfjmnos\d]", ch) for ch in openers)


def _dateish_reference(text: str) -> bool:
    """``is_dateish`` without its hints."""
    if len(text) > 90 or not re.search(r"\d", text):
        return False
    stripped, dates = _PLAIN_DATE.subn(" ", text)
    dated = stripped != text or bool(_WEEKDAY.match(text))
    times = _TIME.findall(stripped)
    timed = False
    if dated or any(not re.fullmatch(r"\d{1,2}\.\d{2}\s*", t)
                    and not re.fullmatch(r"(?i)\d{1,2} ?h ?\d{2}", t) for t in times) \
            or re.search(r"(?i)\d\.\d{2}\s*(?:uhr|h|hs|hrs|horas?)\b", stripped):
        stripped = _TIME.sub(" ", stripped)
        dated = dated or bool(times)
        timed = bool(times)
    if not dated:
        return False
    return len(_WORD.findall(stripped)) <= (10 if dates >= 2 and timed else 5)


date_line = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


@SETTINGS
@given(date_line)
def test_is_dateish_agrees_with_the_plain_patterns(text: str) -> None:
    assert is_dateish(text) == _dateish_reference(text), text
    assert _DATE.sub(" ", text) == _PLAIN_DATE.sub(" ", text)
    assert has_date(text) == bool(_PLAIN_DATE.search(text))


@SETTINGS
@given(date_line)
def test_dates_and_times_hold_their_hints(text: str) -> None:
    if _PLAIN_DATE.search(text):
        assert _DATE_HINT.search(text), text
    if _TIME.search(text):
        assert _TIME_HINT.search(text), text


@SETTINGS
@given(st.one_of(date_line, st.text(alphabet="\"“‘'—–- aZ", max_size=30)))
def test_pull_quote_lines_open_with_what_their_patterns_need(text: str) -> None:
    assume(text)
    if _QUOTED.match(text):
        assert text[:1] in _QUOTE_OPENS
    if _ATTRIBUTION.match(text):
        assert text[:1] in _DASHES


def test_pull_quotes_still_found() -> None:
    """A short line repeating a sentence of a nearby paragraph goes, with its attribution."""
    from newsclean import clean

    sentence = "The river rose faster than anyone in the valley had ever seen it rise before"
    body = [f"Paragraph {n} of the story tells what happened in the town over the long weekend, "
            "as residents watched the water and waited for news from the county." for n in range(6)]
    body.insert(3, f"Officials said {sentence}, and more rain is expected this week across the region.")
    text = "\n\n".join(["Flood hits valley", *body[:4], f"“{sentence}”", "— Jane Doe, mayor", *body[4:]])
    article = clean(text, html=False)
    removed = {r["text"]: r["reason"] for r in article.to_dict()["removed"]}
    assert removed[f"“{sentence}”"].startswith("pull-quote")
    assert "— Jane Doe, mayor" not in article.paragraphs
    assert any(sentence in p for p in article.paragraphs)


def _byline_fallback_reference(text: str) -> bool:
    """``is_byline``'s two last readings without their cheap tests (a digit, the first letter)."""
    agency = patterns()["agency_dated"].match(text)
    if agency is not None:
        return is_dateish(text[agency.end() :].split("(")[0])
    if patterns()["posted_by"].match(text) is not None:
        return has_date(text)
    return dated_by(text) is not None


BYLINE_PIECES = [" by ", "Jane Doe", "Tuesday ", "May 5, 2020", "PST",
                 "Posted by ", "posted by ", "Published by ", "Written by ", "written  by ", "pOsTeD by ",
                 "AFP ", "dpa ", "Reuters", "AP", "kovarex", "TOGos", ", ", " on ", "2019-02-15",
                 "30 avril 2015", " à 07:19", "14. Januar 2020", " (Mis à jour : 30 avril 2015)", "(",
                 "12", "٣", "Jane Doe", "ſ", "\u212a", " ", "P", "W"]


@SETTINGS
@given(st.lists(st.sampled_from(BYLINE_PIECES), min_size=1, max_size=10).map("".join))
def test_the_bylines_last_readings_agree_with_their_plain_patterns(text: str) -> None:
    assume(4 <= len(text) <= 160 and patterns()["byline"].search(text) is None
           and patterns()["byline_bio"].match(text) is None and text.count(". ") <= 2)
    assert is_byline(text) == _byline_fallback_reference(text), text


age_line = st.lists(st.sampled_from(
    ["Il y a ", "3", "٣", "３", " heures", " saa", " zilizopita", "時間前", " ", "-", "mm", "K"]),
    min_size=1, max_size=8).map("".join)


@SETTINGS
@given(st.one_of(age_line, st.text(max_size=30)))
def test_counted_ages_hold_the_digit_their_prefilter_looks_for(text: str) -> None:
    if _COUNTED_TAIL.search(text):
        assert _A_DIGIT.search(text), text


stamp_line = st.lists(st.sampled_from(
    ["2024", "1999", "20", "24", "17:02", "7:5", "9:30", "12:45:10", ":", " ", "14. 3. ", "x", "٣", "2024:30",
     "odpovědět", "120:00", "3020", "11.06.24", "3/9/26", ".", "/", "1.2.345", "18:11.06.24:20"]),
    min_size=1, max_size=8).map("".join)


@SETTINGS
@given(st.one_of(stamp_line, st.text(alphabet="0129: ab./", max_size=30)))
def test_clock_dated_agrees_with_the_plain_pattern(text: str) -> None:
    assert clock_dated(text) == (STAMPED.search(text) is not None), text
