"""The per-line passes' shortcuts (main-run, language guessing) decide as the plain code did."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.code import code_colons, code_colons_plain
from newsclean.document import Unit
from newsclean.rules import line_weights, shapes, span
from newsclean.rules.dateline import parse as parse_dateline
from newsclean.rules.line_weights import _SENTENCE_END
from newsclean.rules.markers import markers
from newsclean.rules.span import (
    BAD,
    GOOD,
    NEAR,
    SHORT,
    _lone_dateline,
    classify,
    contentish,
    link_dense,
    weight,
)
from newsclean.segment import segment
from newsclean.stopwords import _COVERAGE, UNKNOWN, _groups, _index, detect_language, languages, stopwords


def _classify_as_it_was(unit: Unit) -> str:
    """`classify` before its early return for lines under 50 characters."""
    if unit.kind == "rule" or unit.words == 0 or "marker" in unit.labels or link_dense(unit):
        return BAD
    length, stop = unit.length, unit.stop
    ends = unit.text[-1:] != "" and unit.text.endswith(tuple(_SENTENCE_END))
    if length >= 120 and stop >= 0.25 and unit.words >= 15:
        return GOOD
    if length >= 200 and stop >= 0.18:
        return GOOD
    if length >= 50 and stop >= 0.2 and ends:
        return NEAR
    if length < 120:
        return SHORT
    return NEAR if stop >= 0.15 else BAD


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?\"", max_size=240), st.integers(0, 60), st.floats(0, 1),
       st.sampled_from(["text", "item", "row", "rule", "heading"]))
def test_classify_early_short_is_the_full_test(text: str, words: int, stop: float, kind: str) -> None:
    unit = Unit(0, text, text, 0, 0, 0, kind=kind, words=words, stop=stop)
    assert classify(unit) == _classify_as_it_was(unit)


LINES = st.lists(st.text(alphabet="ab AB.1(=)\t*#->", max_size=30), max_size=12)


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_short_lines_have_text_so_main_run_skips_weight(lines: list[str]) -> None:
    """main-run weighs a short line as `contentish` says without `weight`'s empty-text test."""
    for unit in segment("\n".join(lines)).units:
        if classify(unit) == SHORT:
            assert unit.text
            expected = line_weights._SHORT_CONTENT if contentish(unit) else line_weights._SHORT_MENU
            assert weight(unit, SHORT) == expected


_PIECES = ["WASHINGTON", "KYIV", ", Ukraine", " ", "  ", "(AP)", "(Reuters)", "(KTRK)", "/PRNewswire/",
           "—", "–", "--", "-", "‒", "―", "Nov. 18", "May 2, 2020", "x", "The", "News", "via",
           "Kaieteur", "\u00a0", "/", "ACCESSWIRE", "2019", ".", ":"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_lone_dateline_is_the_parse(pieces: list[str]) -> None:
    text = "".join(pieces).strip()
    parsed = parse_dateline(text)
    assert _lone_dateline(text) == (parsed is not None and parsed["raw"] == text)


def test_lone_dateline_examples() -> None:
    assert _lone_dateline("WASHINGTON —")
    assert not _lone_dateline("KYIV, Ukraine (AP) — Troops moved.")  # needs text after it
    assert not _lone_dateline("WASHINGTON — The Senate voted.")


def _detect_as_it_was(units: list[list[str]], sample: int = 400) -> str:
    """`detect_language` counting words by their tuple of languages."""
    index = _index()
    taken = seen = 0
    for unit in units:
        taken += 1
        seen += len(unit)
        if seen >= sample:
            break
    hits: dict[str, int] = {}
    for langs, count in Counter(map(index.get, chain.from_iterable(units[:taken]))).items():
        for lang in langs or ():
            hits[lang] = hits.get(lang, 0) + count
    if not hits:
        return UNKNOWN if seen >= 10 else "en"
    best = max(sorted(hits), key=lambda lang: (hits[lang], lang == "en"))
    return best if seen < 10 or hits[best] * _COVERAGE >= seen else UNKNOWN


def test_word_groups_are_the_index() -> None:
    ids, groups = _groups()
    index = _index()
    assert ids.keys() == index.keys()
    assert all(groups[ids[word]] == langs for word, langs in index.items())


_VOCABULARY = sorted(set(chain.from_iterable(sorted(stopwords(lang))[:40] for lang in languages())))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_VOCABULARY, "zzq", "news", "x"]), max_size=30), max_size=20))
def test_detect_language_by_group_number_is_by_tuple(units: list[list[str]]) -> None:
    assert detect_language(units) == _detect_as_it_was(units)
    assert detect_language(units, sample=20) == _detect_as_it_was(units, sample=20)


# --- main-run's fused pass (line_weights.weigh) against the plain passes it stands for ------------

_SHAPE_LINES = ["14:44 Coastguard stands down the search.", "5h ago Ferry cancelled", "Page 3",
                "1", "2", "3", "3 of 14", "1/12 Lifeboat launched", "What you need:", "Home",
                "Home", "# Harbour strike ends", "## Related", "- [Port reopens](/port)",
                "The council said on Monday that the harbour would reopen after the strike by workers.",
                "vor 3 Stunden", "Il y a 2 heures", "Comments (3)", "x = f(a) + g(b);", "2,300 tonnes",
                "Harbour strike ends today (PHOTO) Harbour strike ends today"]  # doubled
_LINE_WORDS = ["the", "council", "said", "Home", "News", "Monday", "ago", "3", "12:30", ":", "(", ")",
               "harbour", "of", "to", "and", "a", "Reuters", "=", ";", "1/12", "Share"]
_random_line = st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=12).map(" ".join)
_weigh_dump = st.lists(st.one_of(st.sampled_from(_SHAPE_LINES), _random_line), max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_weigh_dump)
def test_fused_weighing_pass_equals_the_plain_passes(text: str) -> None:
    for doc in (segment(text), segment(text.replace("\n", "\n\n"))):
        markers.apply(doc)
        units = doc.units
        classes, weights, scan, content = line_weights.weigh(units)
        assert classes == [span.classify(u) for u in units]
        assert weights == [span.weight(u, c) for u, c in zip(units, classes)]
        assert content == {i for i, u in enumerate(units) if classes[i] == span.SHORT and span.contentish(u)}
        plain = shapes.Scan(units, [c in (span.GOOD, span.NEAR) for c in classes])
        for field in shapes.Scan.__slots__:
            assert getattr(scan, field) == getattr(plain, field), field


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 :;\t\u00a0\u2003{}()=\n")), max_size=60))
def test_code_colons_found_colon_first_equal_the_look_behind_pattern(text: str) -> None:
    assert code_colons(text) == code_colons_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["By", "Jane", "Doe", "JANE", "by", ",", "AP", "Staff", "Writer", "Reuters",
                                 "Nov", "18,", "2019", "11:03", "PM", "Posted", "from", "the", "a", "|"]),
                max_size=12))
def test_is_byline_kept_answers_agree_with_a_fresh_reading(words: list[str]) -> None:
    from newsclean.rules import data
    from newsclean.rules.patterns import is_byline, is_byline_plain

    text = " ".join(words)
    assert is_byline(text) == is_byline_plain(text)
    data.version_bump()  # user data added: the kept answers are not read for the new version
    assert is_byline(text) == is_byline_plain(text)


_AD_WORDS = st.sampled_from(["Sponsored", "sponsored", "Promoted", "Anzeige", "Paid content", "news", "The",
                             "Perk", "Weekly", "|", "·", "•", " | ", "Sponsored |", "Promoted ·"])


@given(st.lists(_AD_WORDS, max_size=30).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_glued_ads_count_their_bars_first_and_decide_as_the_pattern_alone(text: str) -> None:
    # the bars and dots are counted first (in C): three labels each followed by one need three
    from newsclean.rules.markers import _AD_LABELS, _GLUED_STAMPS, _glued_ads

    assert _glued_ads(text) == (len(_AD_LABELS.findall(text)) >= _GLUED_STAMPS)
