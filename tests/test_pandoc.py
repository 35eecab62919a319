"""newsclean.pandoc: pandoc's Markdown of a saved page (``pandoc -f html -t markdown``).

The dumps below are invented and laid out by hand the way pandoc 2.17 writes a page: div
fences with ids and classes, spans and links with attribute lists (wrapped anywhere, values
holding JSON), headings with ids, images as data URLs, raw HTML blocks, paragraphs wrapped at
72 columns with no blank line under a fence."""

from __future__ import annotations

import os

from conftest import check_roles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import pandoc
from newsclean.document import Role
from newsclean.segment import segment

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DUMP = """\
::: {#top .site-header role="banner"}
::: nav-wrapper
-   [Home](https://harbour.example/){.nav-link data-track="{\\"i\\":1,\\"n\\":\\"home\\"}"}
-   [News](https://harbour.example/news){.nav-link}
-   [Sport](https://harbour.example/sport){.nav-link}
:::
:::

::: {.article-header}
# Harbour board votes to close the north quay {#harbour-board-votes .headline}

By [[Sam
Okafor]{itemprop="name"}](https://harbour.example/okafor){.byline__link
rel="author"} [March 4, 2026]{.dateline-time}
:::

::: {.article-body itemprop="articleBody"}
![Divers at the north quay](data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==){.lazy
width="640"}

The harbour board voted on Tuesday to close the north quay for six
months while divers replace the timber piles that a winter of storms
left split and leaning, the board\\'s chair said after the meeting.

Fishing boats will tie up at the [south
quay](https://harbour.example/south-quay){.inline-link}, which the board
says has room for all of the eleven boats that land at Kestle each
morning.\\
"It is the only way to keep the harbour open," she said.

```{=html}
<!-- ad slot -->
```
:::

::: {.related-box}
## Related {#related}
:::
"""


def units_of(text: str) -> list[tuple[str, int, str]]:
    return [(u.kind, u.level, u.text) for u in segment(text).units]


def test_pandoc_markdown_is_told_by_its_fences_or_its_attribute_lists() -> None:
    assert pandoc.detect(DUMP)
    spans = "\n\n".join(f"See [the {word} report]{{.report-link}} for more."
                        for word in ("first", "second", "third"))
    assert pandoc.detect(spans)  # a page of few <div>s: its spans say it
    script = "if(x){a=b} if(y){c=d} if(z){e=f} [x](y){z=1}"
    assert not pandoc.detect(script)  # script code's "){" holds no class name
    assert not pandoc.detect("A line.\n\n::: a typed divider\n\n# Heading\n\n- item\n")


def test_fences_and_raw_blocks_are_markup_removed_with_their_reason() -> None:
    doc = segment(DUMP)
    fences = [u for u in doc.units if u.raw.lstrip().startswith(":::")]
    assert len(fences) == 10
    assert all(u.kind == "markup" and u.role is Role.REMOVED and u.reason == pandoc.FENCE_NOTE
               for u in fences)
    raw = [u for u in doc.units if u.raw.startswith("```{=html}")]
    assert len(raw) == 1 and raw[0].raw.endswith("```") and raw[0].reason == pandoc.RAW_NOTE


def test_attribute_lists_spans_and_links_leave_their_text() -> None:
    texts = [(kind, level, text) for kind, level, text in units_of(DUMP) if kind != "markup"]
    assert texts[:4] == [("item", 0, "Home"), ("item", 0, "News"), ("item", 0, "Sport"),
                         ("heading", 1, "Harbour board votes to close the north quay")]
    assert ("text", 0, "By Sam Okafor March 4, 2026") in texts
    assert ("text", 0, "The harbour board voted on Tuesday to close the north quay for six months "
            "while divers replace the timber piles that a winter of storms left split and leaning, "
            "the board's chair said after the meeting.") in texts
    assert ("text", 0, "Fishing boats will tie up at the south quay, which the board says has "
            "room for all of the eleven boats that land at Kestle each morning. \"It is the only "
            "way to keep the harbour open,\" she said.") in texts
    assert not any("{" in text or "}" in text or "data:" in text for _, _, text in texts)


def test_an_image_alone_is_markup_with_no_text() -> None:
    image = [u for u in segment(DUMP).units if u.raw.startswith("![Divers")]
    assert len(image) == 1 and image[0].kind == "markup" and image[0].reason == pandoc.EMPTY_NOTE


def assert_the_harbour_article(article: newsclean.Article) -> None:
    """The fixtures' article, whichever dialect wrote it."""
    assert article.title == "Harbour board votes to close the north quay"
    assert article.authors == ["Sam Okafor"]
    assert article.body.startswith("The harbour board voted on Tuesday")
    assert "It is the only way to keep the harbour open" in article.body


def test_the_article_comes_out_of_a_pandoc_page() -> None:
    article = newsclean.clean(DUMP)
    assert_the_harbour_article(article)
    assert "Home" not in article.body and ":::" not in article.body
    assert article.notes[0] == "segment: read as pandoc's Markdown (its <div> fences and attribute lists)"


def test_clean_reads_nested_brackets_innermost_first() -> None:
    share = ('[[Share on Facebook]{.fallback .button} [![](data:image/svg+xml;base64,PHN2Zz4=){.icon}]'
             '{.inline-icon}](https://facebook.example/share?u=1){.social data-x="{\\"a\\":1}"}')
    assert pandoc.clean(share).strip() == "Share on Facebook"
    assert pandoc.clean("# Title {#title .big}") == "# Title "
    assert pandoc.clean("a `<br>`{=html} b") == "a  b"
    assert pandoc.clean("it\\'s \\\"so\\\"\\\nthere") == "it's \"so\"\nthere"
    assert pandoc.clean("[not a span] and {not attributes}") == "[not a span] and {not attributes}"
    item = pandoc.clean("-   ::: {.date seconds=\"1\"}\n    4 March 2026")
    assert item.split() == ["-", "4", "March", "2026"]  # the <li>'s <div> out, its text joined
    assert pandoc.clean("-   <div>") == "-   "  # raw HTML passed through in an item
    assert pandoc.clean("    <html>\n    <head>") == "    <html>\n    <head>"  # a code block's text


def test_a_page_in_a_script_without_spaces_is_told_by_its_text_not_its_markup() -> None:
    """The first lines of pandoc's dump are fences and attributes: the script is told on the
    blocks' text, so a Burmese article's sentences are measured by their characters."""
    sentence = "\u1014\u102d\u102f\u1004\u103a\u1004\u1036\u1010\u1031\u102c\u103a" * 6 + "\u104b"
    fences = "\n".join(f"::: {{#slot-{n} .ad-slot data-x=\"{n}\"}}\n:::" for n in range(250))
    doc = segment(fences + "\n\n" + "\n\n".join([sentence] * 4) + "\n")
    assert doc.lang == "my"


# --- nothing lost ------------------------------------------------------------------------

BLOCKS = st.sampled_from([
    "::: {#a .b}", ":::", "::: wrapper", "# Heading {#h}", "## Related {.related}",
    "-   [Home](/){.nav}", "-   [News\n    desk](/news){.nav}",
    "The council met on [Tuesday]{.date} and voted to close the\nquay for repairs.",
    "![](data:image/gif;base64,R0lGOD==){.lazy\nwidth=\"1\"}", "```{=html}\n<div>\n```", "```\ncode\n```",
    "By [Jo Bell]{.author}", "A line\\\nbroken by hand.", "[![x](y){.a}]{.b}",
    "+----+----+\n| a  | b  |\n+----+----+", "    indented text",
])


@SETTINGS
@given(st.lists(BLOCKS, min_size=3, max_size=25), st.lists(st.booleans(), min_size=25, max_size=25))
def test_pandoc_shaped_input_loses_no_line(blocks: list[str], blank: list[bool]) -> None:
    check_roles(joined("::: {#x .y}\n:::\n::: z\n", blocks, blank))


def joined(head: str, blocks: list[str], blank: list[bool]) -> str:
    """``head``, then the blocks, each followed by a blank line or not."""
    return head + "".join(block + ("\n\n" if gap else "\n") for block, gap in zip(blocks, blank))


def test_the_divs_classes_are_the_markup_hints_an_html_page_gives() -> None:
    """A fence's id and classes say what an HTML page's would: a comment thread or a list of
    related stories in a <div> named for it is labelled so, as on the HTML route; a fence of
    colons alone closes the innermost <div>."""
    assert pandoc.fence_attributes('::: {#comments .comment-list role="complementary"}') == {
        "id": "comments", "role": "complementary", "class": "comment-list"}
    assert pandoc.fence_attributes("::: related-posts") == {"class": "related-posts"}
    assert pandoc.fence_attributes(":::") is None
    related = ("::: {.related-posts}\n"
               + "\n\n".join(f"-   [Storm {n} closes the ferry]({n}){{.teaser}}" for n in range(3))
               + "\n:::\n")
    text = DUMP.replace("::: {.related-box}\n## Related {#related}\n:::\n", related)
    doc = segment(text)
    newsclean.default_chain().run(doc)
    teasers = [u for u in doc.units if u.text.startswith("Storm ")]
    assert len(teasers) == 3 and all(u.labels.get("hinted") == "related" for u in teasers)
    body = [u for u in doc.units if u.text.startswith("The harbour board voted")]
    assert "hinted" not in body[0].labels  # the article's own <div>: no furniture hint


# --- GitHub's and CommonMark's Markdown (pandoc -t gfm, -t commonmark) -------------------

GFM = """\
<div id="top" class="site-header" role="banner">

<div class="nav-wrapper">

-   <a href="https://harbour.example/" class="nav-link">Home</a>
-   <a href="https://harbour.example/news" class="nav-link">News</a>
-   [Sport](https://harbour.example/sport)

</div>

</div>

<div class="article-header">

# Harbour board votes to close the north quay

By <a href="https://harbour.example/okafor" class="byline__link"
rel="author"><span itemprop="name">Sam Okafor</span></a>
<span class="dateline-time">March 4, 2026</span>

</div>

<div class="article-body" itemprop="articleBody">

<img src="https://harbour.example/divers.jpg" class="lazy" width="640"
alt="Divers at the north quay" />

The harbour board voted on Tuesday to close the north quay for six
months while divers replace the timber piles that a winter of storms
left split and leaning, the board’s chair said after the meeting.

-   <div>

    [Storm closes the ferry](https://harbour.example/ferry)

    </div>

Fishing boats will tie up at the [south
quay](https://harbour.example/south-quay), which the board says has room
for all of the eleven boats that land at Kestle each morning. “It is the
only way to keep the harbour open,” she said.

    <b>code</b> the page showed as code

</div>

<div class="related-box">

## Related

###\x20

</div>
"""


def test_github_markdown_is_told_by_its_div_blocks_and_not_taken_for_a_page() -> None:
    from newsclean.html_decode import looks_like_html

    assert pandoc.detect(GFM) and not looks_like_html(GFM)
    fragment = "\n\n".join(f'<div class="card">\n<p>Story {n}</p>\n\n</div>' for n in range(4))
    assert looks_like_html(fragment)  # a page's fragment: no Markdown between its tags
    assert not pandoc.detect("One </div> line.\n\n</div>\n\nand </div>\n")


def test_the_article_comes_out_of_github_markdown() -> None:
    article = newsclean.clean(GFM)
    assert_the_harbour_article(article)
    assert "<a" not in article.body and "<div" not in article.body and "Home" not in article.body
    doc = segment(GFM)
    tags = [u for u in doc.units if u.raw.lstrip().startswith(("<div", "</div"))]
    assert len(tags) == 11 and all(u.reason == pandoc.FENCE_NOTE for u in tags)  # the item's close too


def test_a_div_tag_closes_only_a_div_tag_and_an_items_div_is_one() -> None:
    """A list item's <div> opens on the item's line and closes on a line of its own: it is
    one more <div>, so the article's own <div> is still open under it."""
    doc = segment(GFM)
    hints = doc.meta["fence_hints"]
    body = [u for u in doc.units if u.text.startswith(("The harbour board", "Fishing boats"))]
    assert len(body) == 2 and hints[body[0].index] == hints[body[1].index]
    assert pandoc.fence_attributes('<div id="c" class="comment-list"\nrole="complementary">') == {
        "id": "c", "class": "comment-list", "role": "complementary"}
    assert pandoc.fence_attributes("</div>") is None
    assert pandoc.item_div('-   <div class="teaser">') == {"class": "teaser"}
    assert pandoc.item_div("-   [Storm](x)") is None


def test_code_is_set_in_past_its_list_item_and_keeps_its_tags() -> None:
    doc = segment(GFM)
    code = [u for u in doc.units if "the page showed as code" in u.text]
    assert code[0].text == "<b>code</b> the page showed as code"
    item = [u for u in doc.units if "Storm closes the ferry" in u.text]
    assert item and item[0].text == "Storm closes the ferry"
    found = pandoc.blocks(["-   item", "", "    <b>text</b> of the item", "", "        <b>code</b>", "",
                           "Text at the margin.", "", "    <b>code</b> past the margin"])
    assert [(first, code) for first, _, _, code in found] == [(0, False), (2, False), (4, True), (6, False),
                                                              (8, True)]


def test_an_empty_heading_holds_no_text() -> None:
    doc = segment(GFM)
    empty = [u for u in doc.units if u.raw.strip() == "###"]
    assert len(empty) == 1 and empty[0].text == "" and empty[0].role is Role.REMOVED


GFM_BLOCKS = st.sampled_from([
    '<div id="a" class="b">', "</div>", '<div class="wrapped"\nstyle="x">', "-   <div>", "    </div>",
    "# Heading", "### ", "-   <a href=\"/\" class=\"nav\">Home</a>", "-",
    "The council met on <span class=\"date\">Tuesday</span> and voted to close the\nquay for repairs.",
    "    <b>code</b>", "<div>text after a tag</div>", "<div class=\"open\"", "By [Jo Bell](/jo)",
])


@SETTINGS
@given(st.lists(GFM_BLOCKS, min_size=3, max_size=25), st.lists(st.booleans(), min_size=25, max_size=25))
def test_github_markdown_shaped_input_loses_no_line(blocks: list[str], blank: list[bool]) -> None:
    check_roles(joined("<div>\n\n</div>\n\n<div>\n\n</div>\n\n</div>\n\n", blocks, blank))


# --- strict Markdown (pandoc -t markdown_strict): no <div>s, spans and links as raw tags --

def _strict_link(n: int) -> str:
    return (f'<a href="https://harbour.example/news/{n}"\nclass="nav-link" data-track="menu-{n}">Section\n'
            f'{n}</a>')


STRICT = ('<span class="skip"><a href="#main"\nclass="skip-link visually-hidden">Skip to content</a></span>'
          + "\n\n"
          + "\n".join(f"-   {_strict_link(n)}" for n in range(20)) + "\n\n"
          + "# Harbour board votes to close the north quay\n\n"
          + 'By <span class="byline"><a href="https://harbour.example/okafor"\nrel="author">Sam Okafor</a>'
          + "</span>\n\n"
          + "The harbour board voted on Tuesday to close the north quay for six months while\n"
          + "divers replace the timber piles that a winter of storms left split and leaning, the\n"
          + "board’s chair said after the meeting.\n\n"
          + 'Fishing boats will tie up at the <a href="https://harbour.example/south"\nclass="inline-link">south\n'
          + "quay</a>, which the board says has room for all of the eleven boats that land at\n"
          + "Kestle each morning. “It is the only way to keep the harbour open,” she said.\n")


def test_strict_markdown_is_told_by_tags_wrapped_inside_their_attributes() -> None:
    from newsclean.html_decode import looks_like_html

    assert pandoc.detect(STRICT) and not looks_like_html(STRICT)
    article = newsclean.clean(STRICT)
    assert_the_harbour_article(article)
    assert "south quay, which the board" in article.body and "<a" not in article.body
    few = STRICT.replace('\nclass="nav-link"', " ")  # a dozen tags unwrapped: few attribute lines
    assert pandoc._attribute_lines(STRICT) and not pandoc._attribute_lines(few)
