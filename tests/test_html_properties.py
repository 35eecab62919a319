"""Properties of the HTML route for any page built from news-page parts: every block of the
page ends in exactly one place, and nothing in the article is not on the page."""

from __future__ import annotations

import html
import os
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.article import assemble
from newsclean.document import Role
from newsclean.html_blocks import parse_html
from newsclean.segment_html import segment_html

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["the", "council", "said", "on", "Monday", "that", "it", "would", "close", "bridge",
         "and", "a", "of", "to", "was", "in", "drivers", "river", "by", "Reuters", "AP",
         "“quoted”", "it’s", "café", "<", "&", "—"]
MENU = ["Home", "News", "Sport", "Share", "Facebook", "Advertisement", "Related stories",
        "Most read", "Subscribe", "Privacy policy", "© 2026 The Valley Courier"]
CLASSES = ["", "article-body", "related", "share-bar", "ad-slot", "sidebar", "nav", "footer",
           "newsletter", "comments", "byline", "caption", "x9ad3", "post-content entry"]

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)
sentence = st.lists(st.sampled_from(WORDS), min_size=8, max_size=30).map(
    lambda w: " ".join(w).capitalize() + ".")
inline = st.one_of(
    text.map(html.escape),
    text.map(lambda t: f'<a href="/story">{html.escape(t)}</a>'),
    text.map(lambda t: f"<em>{html.escape(t)}</em>"),
    sentence.map(html.escape),
)
paragraph = st.lists(inline, min_size=1, max_size=4).map(lambda parts: " ".join(parts))


def _element(children: list[str], tag: str, cls: str) -> str:
    attr = f' class="{cls}"' if cls else ""
    if tag in ("ul", "ol"):
        return f"<{tag}{attr}>" + "".join(f"<li>{c}</li>" for c in children) + f"</{tag}>"
    return f"<{tag}{attr}>" + "".join(children) + f"</{tag}>"


leaf = st.one_of(
    paragraph.map(lambda p: f"<p>{p}</p>"),
    text.map(lambda t: f"<h2>{html.escape(t)}</h2>"),
    st.sampled_from(MENU).map(lambda m: f'<a href="/m">{html.escape(m)}</a>'),
    paragraph.map(lambda p: f"<figure><figcaption>{p}</figcaption></figure>"),
    paragraph.map(lambda p: f"<blockquote><p>{p}</p></blockquote>"),
    st.just("<hr>"),
    paragraph.map(lambda p: f"{p}<br>{p}"),
)
tree = st.recursive(
    leaf,
    lambda children: st.builds(_element, st.lists(children, min_size=1, max_size=5),
                               st.sampled_from(["div", "section", "article", "aside", "nav", "footer",
                                                "header", "main", "ul", "ol"]),
                               st.sampled_from(CLASSES)),
    max_leaves=25,
)
page = st.builds(lambda title, body: f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>"
                 f"<script>var x = 1;</script></head><body>{body}</body></html>", text, tree)


@SETTINGS
@given(page)
@example('<!DOCTYPE html><html><head><title>the</title><script>var x = 1;</script></head><body><div>'
         '<p>the</p><h2>by</h2><p>Council the the the the the the the.</p></div></body></html>')
def test_every_block_of_a_page_has_one_place(source: str) -> None:
    doc = segment_html(source)
    newsclean.default_chain().run(doc)
    article = assemble(doc)
    # the title is a block of the page, or the page's own name for it (its metadata)
    kept = Counter([article.title] if any(u.role is Role.TITLE for u in doc.units) else [])
    # a byline in two blocks ("by" / "Jane Doe") is one line of the article, the two joined
    bylines = [u.text for u in doc.units if u.role is Role.BYLINE and u.text]
    kept.update(bylines if article.byline and len(bylines) > 1 and " ".join(bylines) == article.byline
                else [article.byline] if article.byline else [])
    kept.update([article.standfirst] if article.standfirst else [])
    kept.update(article.captions)
    kept.update(article.paragraphs)
    removed = Counter(block.text for block in article.removed)
    units = Counter(u.text for u in doc.units if u.text)
    for unit in doc.units:
        assert isinstance(unit.role, Role)
        if unit.role is Role.REMOVED:
            assert unit.rule and unit.reason
    removed_units = Counter(u.raw for u in doc.units if u.role is Role.REMOVED and u.raw)
    # a removed block joins consecutive removed units with newlines: compare line by line
    removed_lines = Counter(line for block in removed.elements() for line in block.split("\n") if line)
    assert removed_lines == removed_units
    assert kept + removed_units == units


@SETTINGS
@given(page)
def test_nothing_in_the_article_is_not_on_the_page(source: str) -> None:
    article = newsclean.clean(source)
    parsed = parse_html(source)
    visible = " ".join(b.text for b in parsed.blocks)
    if article.title:  # a block of the page, or its <title> or og:title
        assert all(word in visible or word in parsed.meta.get("title", "") for word in article.title.split())
    for piece in [article.standfirst, article.byline, *article.captions, *article.paragraphs]:
        if piece:
            for word in piece.split():
                assert word in visible, word
    assert "var x" not in article.to_markdown()
