"""Properties that hold for any input: no crash, every line accounted for once, nothing invented."""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.article import PERMALINK_NOTE, Article, assemble
from newsclean.document import Role
from newsclean.read import normalise_newlines
from newsclean.segment import segment

# NEWSCLEAN_EXAMPLES=3000 for a deeper search (the suite passes that too).
SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["the", "council", "said", "on", "Monday", "that", "it", "would", "harbour", "strike",
         "and", "a", "of", "to", "was", "in", "workers", "port", "by", "Reuters", "AP", "photo",
         "share", "news", "cookies", "LONDON", "Jane", "Doe", "—", "“quoted”", "it’s", "café"]
MENU = ["Home", "News", "Sport", "Share", "Facebook", "Advertisement", "Related articles",
        "Most read", "Comments (3)", "Reply", "Privacy policy", "Terms of use", "Subscribe",
        "Sign up for our newsletter delivered to your inbox", "Accept all",
        "We use cookies to improve your experience on our site.",
        "© 2024 The Merrow Courier. All rights reserved.", "Published March 3, 2024 10:15 AM"]
SPECIAL = ["By Jane Doe, Associated Press", "Reuters November 18, 2019 11:03 PM",
           "Rescue crews at work on Monday. (AP Photo/Jo Bell)", "Photo: Jo Bell",
           "REUTERS/Jo Bell", "Image Credit: Jo Bell", "Harbour strike ends | The Merrow Courier",
           "Harbour strike ends", "A LONG WAIT", "“We will not be moved.”",
           "LONDON (AP) — The port reopened on Monday after a nine-day strike by workers.",
           "EDITOR'S NOTE — This story is part of a series."]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
sentence = st.lists(st.sampled_from(WORDS), min_size=6, max_size=30).map(
    lambda w: " ".join(w).capitalize() + ".")
prose = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
padding = st.sampled_from(["", "", "", " ", "  ", "\t", "\u00a0"])
line = st.one_of(st.sampled_from(MENU), st.sampled_from(SPECIAL), words, prose, st.just(""))
padded_line = st.tuples(padding, line, padding).map("".join)
dump_text = st.lists(padded_line, max_size=40).map("\n".join)

md_line = st.one_of(
    line,
    st.sampled_from(["  * [Home](/)", "  * Sport", "# Harbour strike ends after nine days",
                     "## A LONG WAIT", "**Advertisement**", "> “We will not be moved,” she said.",
                     "* * *", "_By Jane Doe_", "\\- escaped dash", "![A crane](/img/crane.jpg)",
                     "### Related stories", "  * [Port reopens](/port)", "---", "**", "> ",
                     "[](/empty)",
                     # a link, an image and a list item whose markup holds a line break
                     "  * The first phase covers the [north\n    quay](/north) and the slipway.",
                     "![A crane lifts granite onto the\nharbour wall](/img/crane.jpg)",
                     "See the [full\nreport](/report) for the figures.",
                     # stars that are text: a censored word; html2text's empty bold
                     "He called the mayor a Jo** Sm*** and worse.", "libertés****(CNIL) said so."]),
    st.lists(st.sampled_from([*WORDS, "**bold**", "_em_", "\\*", "[link](/u)"]), min_size=4,
             max_size=30).map(lambda w: " ".join(w) + "."),
)
MD_HEAD = "# Harbour strike ends\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
markdown_text = st.lists(md_line, min_size=3, max_size=40).map(
    lambda lines: MD_HEAD + "\n".join(lines))


def kept(article: Article, title: str | None = None) -> list[str]:
    title = title if title is not None else article.title
    return [t for t in (title, article.standfirst, article.byline) if t is not None] + [
        *article.captions, *article.paragraphs]


def split_site_name(text: str, article: Article) -> tuple[list, str | None]:
    """A page-title headline keeps "Headline" and lists " | Site" as removed: put the line
    back together (checking that only a separator stood between them)."""
    cuts = [b for b in article.removed if b.rule == "title" and b.reason.startswith("site name")]
    signs = [b for b in article.removed if b.rule == "title" and b.reason == PERMALINK_NOTE]
    if signs:  # "Heading¶": the heading's link sign cut off its end
        assert len(signs) == 1 and not cuts and article.title is not None
        whole = article.title + signs[0].text
        assert whole in consecutive_joins(text), "the title and its link sign are not one line"
        return [b for b in article.removed if b not in signs], whole
    blocks = [b for b in article.removed if b not in cuts]
    if not cuts:
        return blocks, None
    assert len(cuts) == 1 and article.title is not None
    def rebuilt(joined: str) -> bool:
        """Headline, separator and site name, and nothing else."""
        for head, tail in ((article.title, cuts[0].text), (cuts[0].text, article.title)):
            if joined.startswith(head) and joined.endswith(tail) and len(joined) > len(head) + len(tail):
                between = joined[len(head) : len(joined) - len(tail)]
                return "".join(between.split()).strip("|-–—:·") == ""  # any white space: "\f" too
        return False

    lines = [joined for joined in consecutive_joins(text) if rebuilt(joined)]
    assert lines, "the title and the site name do not come from one line of the input"
    return blocks, lines[0]


def consecutive_joins(text: str) -> set[str]:
    """Every run of consecutive non-blank lines, stripped and joined by spaces."""
    joins: set[str] = set()
    lines = text.split("\n")
    for i in range(len(lines)):
        parts: list[str] = []
        for j in range(i, len(lines)):
            if not lines[j].strip():
                break
            parts.append(lines[j].strip())
            joins.add(" ".join(parts))
    return joins


def check_accounting(text: str) -> Article:
    """Every non-blank line is in exactly one place: removed (raw) or kept (stripped)."""
    article = newsclean.clean(text)
    assert segment(text).markdown is False
    lines = Counter(line for line in text.split("\n") if line.strip())
    blocks, title = split_site_name(text, article)
    removed = Counter(line for block in blocks for line in block.text.split("\n")
                      if line.strip())
    assert not removed - lines, "removed blocks hold lines that are not in the input"
    remaining = lines - removed
    outputs = kept(article, title)
    joins = consecutive_joins(text)
    # a byline in two lines is one field, blank lines or not between them ("Reuters November
    # 18, 2019 11:03 PM" / "" / "By Jane Doe, Associated Press")
    bylines = consecutive_joins("\n".join(line for line in text.split("\n") if line.strip()))
    for piece in outputs:
        assert piece in joins or (piece == article.byline and piece in bylines), \
            f"{piece!r} is not a line (or wrapped lines) of the input"
    # multiset of words: every remaining line is kept exactly once
    remaining_words = Counter(w for ln in remaining.elements() for w in ln.split())
    assert Counter(w for piece in outputs for w in piece.split()) == remaining_words
    assert all("\n" not in piece for piece in outputs)
    return article


def check_nothing_invented(text: str, article: Article) -> None:
    norm = " ".join(text.split())
    for piece in kept(article):
        assert " ".join(piece.split()) in norm, piece


@SETTINGS
@given(st.text())
@example("")
@example("\n\n")
@example("\x00\x01")
@example("\r\n\r")
@example("\u2028Home\u2029News\x85")
def test_clean_never_raises_on_any_text(text: str) -> None:
    article = newsclean.clean(text)
    assert isinstance(article.paragraphs, list)
    article.to_markdown()
    article.to_text()
    article.to_json()


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
@example("0000000000:0\U00018cd60¶")  # a title's link sign: removed, not dropped
def test_any_plain_text_is_accounted_for(text: str) -> None:
    text = normalise_newlines(text)  # the lines clean() reads: CR and CRLF end lines too
    if segment(text).markdown:
        return
    article = check_accounting(text)
    check_nothing_invented(text, article)


@SETTINGS
@given(st.one_of(dump_text, st.text(alphabet=st.sampled_from("ab \r\n|"), max_size=60)),
       st.sampled_from(["\r\n", "\r"]))
def test_line_ends_do_not_change_the_article(text: str, newline: str) -> None:
    """clean() gives the same article for a text with LF, CRLF or CR line ends, as files do."""
    lf = normalise_newlines(text)
    assert "\r" not in lf
    assert newsclean.clean(lf.replace("\n", newline)).to_dict() == newsclean.clean(lf).to_dict()
    assert newsclean.clean(text).to_dict() == newsclean.clean(lf).to_dict()


@SETTINGS
@given(dump_text)
@example("Home\nNews\n\nHarbour strike ends\n\nBy Jane Doe, Associated Press\n\n"
         + "The council said on Monday that the strike would end. " * 4 + "\n\nPrivacy policy")
def test_dump_like_text_is_accounted_for(text: str) -> None:
    if segment(text).markdown:
        return
    article = check_accounting(text)
    check_nothing_invented(text, article)


@SETTINGS
@given(st.lists(sentence, min_size=8, max_size=20))
def test_hard_wrapped_prose_is_accounted_for(sentences: list[str]) -> None:
    import textwrap

    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    text = "Home\nNews\n\n" + "\n\n".join(textwrap.fill(p, 78) for p in paragraphs) + "\n"
    article = check_accounting(text)
    check_nothing_invented(text, article)


@SETTINGS
@given(markdown_text)
def test_markdown_every_unit_has_exactly_one_role(text: str) -> None:
    doc = segment(text)
    assert doc.markdown
    newsclean.default_chain().run(doc)
    article = assemble(doc)
    removed_lines = Counter(line for block in article.removed for line in block.text.split("\n")
                            if line.strip())
    unit_lines = Counter()
    for unit in doc.units:
        assert isinstance(unit.role, Role)
        if unit.role is Role.REMOVED:
            assert unit.rule and unit.reason
            unit_lines.update(line for line in unit.raw.split("\n") if line.strip())
        elif unit.role is Role.TITLE:
            assert article.title is not None
        elif unit.role is Role.BYLINE:
            assert article.byline is not None
        elif unit.role is Role.CAPTION:
            assert unit.text in article.captions
        elif unit.role is Role.STANDFIRST:
            assert unit.text == article.standfirst
        elif unit.text:
            assert unit.text in article.paragraphs
    assert removed_lines == unit_lines
    assert len([u for u in doc.units if u.role is Role.TITLE]) <= 1
    assert len(article.paragraphs) == len(
        [u for u in doc.units if u.role is Role.BODY and u.text])
    assert len(article.captions) == len([u for u in doc.units if u.role is Role.CAPTION])


@SETTINGS
@given(markdown_text)
def test_markdown_clean_never_raises(text: str) -> None:
    article = newsclean.clean(text)
    for piece in kept(article):
        assert "\n" not in piece


def test_markdown_image_inside_the_article_is_accounted_for() -> None:
    paragraph = ("The council said on Monday that the strike at the port would end on Friday, "
                 "and that the workers would return to the docks next week.")
    text = ("  * [Home](/)\n  * [News](/news)\n  * [Sport](/sport)\n\n# Harbour strike ends\n\n"
            f"{paragraph}\n\n![A crane at the port](/img/crane.jpg)\n\n{paragraph}\n\n"
            f"{paragraph.replace('Friday', 'Saturday')}\n")
    article = newsclean.clean(text)
    removed = "\n".join(r.text for r in article.removed)
    assert ("![A crane at the port](/img/crane.jpg)" in removed
            or any("crane" in piece for piece in kept(article)))
