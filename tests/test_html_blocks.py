"""HTML pages to blocks with evidence: order, kinds, Markdown, hints, metadata, decoding, robustness."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsclean.html_blocks import Block, Evidence, Page, decode_html, looks_like_html, parse_html

ARTICLE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour bridge to close for repairs | The Coastal Herald</title>
<meta property="og:title" content="Harbour bridge to close for six weeks">
<meta property="og:site_name" content="The Coastal Herald">
<meta property="og:url" content="https://herald.example/news/bridge?utm_source=share">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta property="article:author" content="https://www.facebook.com/coastalherald">
<meta name="description" content="The bridge will shut from April.">
<link rel="canonical" href="https://herald.example/news/bridge">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour bridge to close",
 "datePublished": "2024-03-05T08:00:00Z", "dateModified": "2024-03-05T10:30:00Z",
 "author": {"@type": "Person", "name": "Mara Lind", "url": "https://herald.example/staff/mara"}}
</script>
<style>body { font-family: serif }</style>
<script>window.dataLayer = [];</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="logo"><a href="/">The Coastal Herald</a></div>
  <nav class="main-nav">
    <ul class="menu">
      <li><a href="/news">News</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
  <button class="menu-toggle" aria-hidden="true">Menu</button>
</header>
<div class="ad-slot adContainer"><span>Advertisement</span></div>
<main id="main">
<article class="story">
  <h1 class="headline">Harbour bridge to close for <em>six weeks</em></h1>
  <p class="byline">By <a href="/staff/mara" rel="author">Mara Lind</a>, Transport Reporter
    <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></p>
  <figure class="lead-image">
    <img src="/img/bridge.jpg" alt="The harbour bridge at dusk">
    <figcaption>The bridge carries 30,000 vehicles a day.
      <span class="credit">Photo: Jon Ek</span></figcaption>
  </figure>
  <div class="article-body" itemprop="articleBody">
    <p>The <strong>harbour bridge</strong> will close for six weeks from 2 April while engineers
       replace its <a href="https://council.example/bridge">expansion joints</a>, the council said.</p>
    <p>Drivers are advised to use the ring road.<br>Buses will be diverted.</p>
    <blockquote><p>“We know this is disruptive,” said councillor Ada Brun.</p></blockquote>
    <h2>What changes</h2>
    <ul>
      <li>Ferry services will run every 20 minutes</li>
      <li>Cyclists can use the footbridge
        <ul><li>Dismount at the ramp</li></ul>
      </li>
    </ul>
    <table>
      <thead><tr><th>Week</th><th>Lane closures</th></tr></thead>
      <tbody><tr><td>1–2</td><td>Northbound</td></tr><tr><td>3–6</td><td>Both</td></tr></tbody>
    </table>
    <p class="note" hidden>Hidden paragraph</p>
    <div style="display: none">Secret promo</div>
    <p>Work is expected to finish by mid-May.</p>
  </div>
  <div class="share-bar social-share">
    <a href="https://facebook.com/sharer?u=x">Facebook</a>
    <a href="https://twitter.com/intent/tweet?url=x">Twitter</a>
    <button type="button">Copy link</button>
  </div>
</article>
<aside class="sidebar__related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/ferry">Ferry fares to rise</a></li>
    <li><a href="/news/roads">Road works across the county</a></li>
  </ul>
</aside>
<form class="newsletter-signup" action="/subscribe">
  <label for="email">Get the morning briefing</label>
  <input id="email" type="email" placeholder="you@example.com">
  <button type="submit">Sign up</button>
</form>
</main>
<footer class="site-footer">
  <p>© 2024 The Coastal Herald</p>
  <noscript>Please enable JavaScript.</noscript>
</footer>
<script>document.write("injected")</script>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page() -> Page:
    return parse_html(ARTICLE)


def by_text(page: Page, text: str) -> Block:
    matches = [b for b in page.blocks if b.text == text]
    assert len(matches) == 1, (text, [b.text for b in page.blocks])
    return matches[0]


def texts(html: str) -> list[str]:
    return [b.text for b in parse_html(html).blocks]


# --------------------------------------------------------------------------- the article page


def test_blocks_in_reading_order(page: Page) -> None:
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("text", "Skip to content"),
        ("text", "The Coastal Herald"),
        ("item", "News"),
        ("item", "Sport"),
        ("item", "Opinion"),
        ("text", "Advertisement"),
        ("heading", "Harbour bridge to close for six weeks"),
        ("text", "By Mara Lind, Transport Reporter 5 March 2024"),
        ("caption", "The bridge carries 30,000 vehicles a day. Photo: Jon Ek"),
        (
            "text",
            "The harbour bridge will close for six weeks from 2 April while engineers replace its "
            "expansion joints, the council said.",
        ),
        ("text", "Drivers are advised to use the ring road."),
        ("text", "Buses will be diverted."),
        ("quote", "“We know this is disruptive,” said councillor Ada Brun."),
        ("heading", "What changes"),
        ("item", "Ferry services will run every 20 minutes"),
        ("item", "Cyclists can use the footbridge"),
        ("item", "Dismount at the ramp"),
        ("row", "Week Lane closures"),
        ("row", "1–2 Northbound"),
        ("row", "3–6 Both"),
        ("text", "Work is expected to finish by mid-May."),
        ("text", "Facebook Twitter Copy link"),
        ("heading", "Related"),
        ("item", "Ferry fares to rise"),
        ("item", "Road works across the county"),
        ("text", "Get the morning briefing Sign up"),
        ("text", "© 2024 The Coastal Herald"),
    ]


def test_skipped_and_hidden_content_is_absent(page: Page) -> None:
    everything = " ".join(b.text + " " + b.markdown for b in page.blocks)
    for gone in (
        "dataLayer", "font-family", "injected", "Hidden paragraph", "Secret promo", "Menu",
        "enable JavaScript", "The harbour bridge at dusk", "you@example.com",
        "Harbour bridge to close for repairs",
    ):
        assert gone not in everything


def test_headings_and_list_levels(page: Page) -> None:
    assert by_text(page, "Harbour bridge to close for six weeks").level == 1
    assert by_text(page, "What changes").level == 2
    assert by_text(page, "Ferry services will run every 20 minutes").level == 1
    assert by_text(page, "Dismount at the ramp").level == 2
    assert by_text(page, "Work is expected to finish by mid-May.").level == 0


def test_markdown_keeps_emphasis_and_links(page: Page) -> None:
    assert by_text(page, "Harbour bridge to close for six weeks").markdown == (
        "Harbour bridge to close for *six weeks*"
    )
    body = page.blocks[9]
    assert body.markdown == (
        "The **harbour bridge** will close for six weeks from 2 April while engineers replace its "
        "[expansion joints](https://council.example/bridge), the council said."
    )
    assert by_text(page, "Ferry fares to rise").markdown == "[Ferry fares to rise](/news/ferry)"
    assert by_text(page, "By Mara Lind, Transport Reporter 5 March 2024").markdown == (
        "By [Mara Lind](/staff/mara), Transport Reporter 5 March 2024"
    )


def test_table_rows(page: Page) -> None:
    head, first, second = (b for b in page.blocks if b.kind == "row")
    assert head.cells == ["Week", "Lane closures"] and head.header
    assert first.cells == ["1–2", "Northbound"] and not first.header
    assert second.markdown == "| 3–6 | Both |"
    assert "table" in first.evidence.ancestors and first.evidence.tag == "tr"


def test_evidence_ancestors_hints_links(page: Page) -> None:
    news = by_text(page, "News").evidence
    assert {"header", "nav", "ul"} <= news.ancestors
    assert {"nav", "menu"} <= news.hints
    assert news.link_density == 1.0 and news.links == 1 and news.tag == "li"

    assert by_text(page, "Advertisement").evidence.hints == {"ad"}
    assert by_text(page, "Skip to content").evidence.hints == {"skip"}

    byline = by_text(page, "By Mara Lind, Transport Reporter 5 March 2024").evidence
    assert "byline" in byline.hints
    assert byline.time == "2024-03-05T08:00:00Z"
    assert 0 < byline.link_density < 0.5 and byline.links == 1

    para = page.blocks[9].evidence
    assert para.ancestors == {"article", "main"}
    assert para.hints == {"article-body"}
    assert para.links == 1 and 0 < para.link_density < 0.3

    caption = by_text(page, "The bridge carries 30,000 vehicles a day. Photo: Jon Ek").evidence
    assert caption.tag == "figcaption" and "figure" in caption.ancestors

    quote = by_text(page, "“We know this is disruptive,” said councillor Ada Brun.").evidence
    assert "blockquote" in quote.ancestors and quote.tag == "p"

    share = by_text(page, "Facebook Twitter Copy link").evidence
    assert {"share", "social"} <= share.hints and share.links == 2

    related = by_text(page, "Road works across the county").evidence
    assert {"related", "sidebar"} <= related.hints and "aside" in related.ancestors

    form = by_text(page, "Get the morning briefing Sign up").evidence
    assert "form" in form.ancestors and "newsletter" in form.hints

    footer = by_text(page, "© 2024 The Coastal Herald").evidence
    assert "footer" in footer.ancestors and "footer" in footer.hints


def test_no_false_ad_hits() -> None:
    html = "".join(
        f'<div class="{cls}">Line {i}</div>'
        for i, cls in enumerate(
            ["header", "shadow-box", "download-link", "loading", "badge", "lead-image", "read-more-head",
             "sc-AdBcD", "gqKppR", "admin-bar", "address"]
        )
    )
    for block in parse_html(html).blocks:
        assert "ad" not in block.evidence.hints, block


@pytest.mark.parametrize(
    ("attrs", "hint"),
    [
        ('class="ad-slot"', "ad"),
        ('class="adContainer"', "ad"),
        ('id="ad300x250"', "ad"),
        ('class="sidebar__related"', "related"),
        ('class="sidebar__related"', "sidebar"),
        ('role="navigation"', "nav"),
        ('itemprop="articleBody"', "article-body"),
        ('itemprop="author"', "author"),
        ('itemprop="datePublished"', "date"),
        ('class="entry-content"', "article-body"),
        ('class="mostRead"', "popular"),
        ('class="newsletterSignup"', "newsletter"),
        ('class="cookie-banner"', "cookie"),
        ('class="breadcrumbs"', "breadcrumb"),
        ('class="comments-area"', "comment"),
        ('class="photo-credit"', "credit"),
        ('class="tag-list"', "tags"),
        ('class="paywall"', "paywall"),
    ],
)
def test_hint_vocabulary(attrs: str, hint: str) -> None:
    (block,) = parse_html(f"<div {attrs}><p>Some text</p></div>").blocks
    assert hint in block.evidence.hints


def test_inline_hints_count_only_when_they_cover_the_block() -> None:
    whole, part = parse_html(
        '<p><span class="byline">By Ann Lee</span></p><p>Story by <span class="author">Ann Lee</span></p>'
    ).blocks
    assert "byline" in whole.evidence.hints
    assert "author" not in part.evidence.hints


def test_groups(page: Page) -> None:
    group = {b.text: b.group for b in page.blocks}
    assert group["News"] == group["Sport"] == group["Opinion"]
    assert group["Drivers are advised to use the ring road."] == group["Buses will be diverted."]
    assert group["Week Lane closures"] == group["1–2 Northbound"] == group["3–6 Both"]
    assert group["Ferry fares to rise"] == group["Road works across the county"]
    assert group["Related"] != group["Ferry fares to rise"]
    assert group["Buses will be diverted."] != group["Work is expected to finish by mid-May."]
    numbers = [b.group for b in page.blocks]
    assert numbers == sorted(numbers)


def test_meta(page: Page) -> None:
    assert page.meta == {
        "title": "Harbour bridge to close for six weeks",
        "site_name": "The Coastal Herald",
        "published": "2024-03-05T08:00:00Z",
        "modified": "2024-03-05T10:30:00Z",
        "author": "Mara Lind",  # article:author is a URL, so JSON-LD's name
        "url": "https://herald.example/news/bridge",
        "ld_headline": "Harbour bridge to close",  # JSON-LD's headline, beside og:title
        "description": "The bridge will shut from April.",
        "lang": "en-GB",
    }


# --------------------------------------------------------------------------- metadata fallbacks


def test_meta_fallbacks() -> None:
    meta = parse_html(
        """<html><head><title> Plain  title </title>
        <meta name="twitter:title" content="Twitter title">
        <meta name="author" content="Ruth Ode">
        <meta property="og:url" content="https://x.example/a">
        <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"},
          {"@type": "NewsArticle", "datePublished": "2023-01-01"}]}</script>
        </head><body><p>x</p></body></html>"""
    ).meta
    assert meta == {
        "title": "Twitter title",
        "published": "2023-01-01",
        "author": "Ruth Ode",
        "url": "https://x.example/a",
    }
    meta = parse_html(
        """<head><title>Only <b>title</b></title>
        <script type="application/ld+json">{broken json</script>
        <script type="application/ld+json">[{"@type": "Article",
          "author": [{"name": "https://x.example/me"}, {"name": "Al Ray"}, "Bo Chen"]}]</script></head>
        <body><main><time datetime="2022-05-06">May 6</time><p>text</p></main></body>"""
    ).meta
    assert meta["title"] == "Only <b>title</b>"
    assert meta["author"] == "Al Ray, Bo Chen"
    assert meta["published"] == "2022-05-06"
    assert parse_html("<p>just a fragment</p>").meta == {}


def test_itemprop_date() -> None:
    html = '<article><span itemprop="datePublished" content="2021-02-03">Feb</span>x</article>'
    meta = parse_html(html).meta
    assert meta == {"published": "2021-02-03"}


# --------------------------------------------------------------------------- block rules


def test_inline_spacing_follows_the_html() -> None:
    (glued, spaced) = parse_html("<p><b>Foo</b>bar</p><p><b>Foo </b> bar</p>").blocks
    assert glued.text == "Foobar" and glued.markdown == "**Foo**bar"
    assert spaced.text == "Foo bar" and spaced.markdown == "**Foo** bar"
    (block,) = parse_html("<p>  a\n\t b   <i> c </i>  d\u00a0e </p>").blocks
    assert block.text == "a b c d e"
    assert block.markdown == "a b *c* d e"


def test_anonymous_blocks_and_br() -> None:
    html = "<div>Intro <span>text</span><p>Para</p>tail<br>after break<br><br></div>"
    blocks = parse_html(html).blocks
    assert [b.text for b in blocks] == ["Intro text", "Para", "tail", "after break"]
    assert blocks[0].evidence.tag == "div" and blocks[1].evidence.tag == "p"
    assert blocks[2].group == blocks[3].group


def test_markdown_escaping_is_minimal() -> None:
    (block,) = parse_html("<p>Use *stars*, 2 * 3, snake_case, _under_ and [1](x)</p>").blocks
    assert block.text == "Use *stars*, 2 * 3, snake_case, _under_ and [1](x)"
    assert block.markdown == r"Use \*stars\*, 2 * 3, snake_case, \_under\_ and [1\](x)"
    blocks = parse_html("<p># Not a heading</p><p>1. Not a list</p><p>#tag</p>").blocks
    assert [b.markdown for b in blocks] == [
        r"\# Not a heading",
        r"1\. Not a list",
        "#tag",
    ]
    (code,) = parse_html("<p>Run <code>a*b_c</code> now</p>").blocks
    assert code.markdown == "Run `a*b_c` now"


def test_link_targets() -> None:
    (block,) = parse_html(
        '<p><a href="page.html">rel</a> <a href="javascript:void(0)">js</a> <a href="mailto:a@b.c">mail</a> '
        '<a href="https://x.example/a b">space</a> <a name="anchor">plain</a> <a href="#">top</a></p>'
    ).blocks
    assert block.text == "rel js mail space plain top"
    assert block.markdown == "[rel](page.html) js mail [space](<https://x.example/a b>) plain top"
    assert block.evidence.links == 5


def test_empty_links_and_emphasis_leave_no_markers() -> None:
    (block,) = parse_html('<p><a href="/x"><img src="i.png" alt="icon"></a><b> </b>Text<i></i></p>').blocks
    assert block.markdown == "Text" and block.evidence.links == 1 and block.evidence.link_density == 0


def test_links_spanning_blocks() -> None:
    blocks = parse_html('<a href="/story"><div><h3>Title</h3><p>Summary</p></div></a>').blocks
    assert [(b.kind, b.markdown) for b in blocks] == [
        ("heading", "[Title](/story)"),
        ("text", "[Summary](/story)"),
    ]
    assert all(b.evidence.links == 1 and b.evidence.link_density == 1.0 for b in blocks)


def test_skipped_elements() -> None:
    html = (
        "<p>a<script>x()</script>b<style>.c{}</style>c<template><p>t</p></template>d"
        "<svg><text>svg</text></svg><math><mi>m</mi></math><iframe>if</iframe>"
        "<select><option>opt</option></select><textarea>ta</textarea><object>ob</object>"
        "<canvas>cv</canvas><span hidden>h</span><span aria-hidden='true'>ah</span>"
        "<span style='visibility: hidden'>vh</span><span style='DISPLAY:NONE'>dn</span>e</p>"
    )
    assert texts(html) == ["abcd e"]


def test_kinds() -> None:
    blocks = parse_html(
        "<pre>line one\n\n    indented  <b>x</b></pre><hr>"
        "<figure><figcaption>Cap <em>here</em></figcaption></figure>"
        "<table><caption>Table cap</caption><tr><td>x</td></tr></table>"
        "<blockquote>Quoted <p>para</p></blockquote><dl><dt>Term</dt><dd>Def</dd></dl>"
        "<ol><li><p>Para item</p></li></ol><my-card>Custom one</my-card><my-card>Custom two</my-card>"
    ).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("pre", "line one"),
        ("pre", "indented x"),
        ("rule", ""),
        ("caption", "Cap here"),
        ("caption", "Table cap"),
        ("row", "x"),
        ("quote", "Quoted"),
        ("quote", "para"),
        ("text", "Term"),
        ("text", "Def"),
        ("item", "Para item"),
        ("text", "Custom one"),
        ("text", "Custom two"),
    ]
    assert [b.markdown for b in blocks[:2]] == ["line one", "    indented  x"]
    assert blocks[0].group == blocks[1].group
    assert blocks[3].markdown == "Cap *here*"


def test_blocks_inside_list_items() -> None:
    loose = parse_html("<ol><li><p>Loose one</p></li><li><p>Loose two</p></li></ol>").blocks
    assert [(b.kind, b.level, b.evidence.tag) for b in loose] == [("item", 1, "p"), ("item", 1, "p")]
    # an old theme's post wrapped in a list item: its paragraphs are text, its own lists items
    post = parse_html(
        "<ul><li><h2>Post</h2><p>Para 1</p><p>Para 2</p><ul><li>Real item</li></ul></li></ul>"
    ).blocks
    assert [(b.kind, b.level) for b in post] == [("heading", 2), ("text", 0), ("text", 0), ("item", 2)]
    assert all("ul" in b.evidence.ancestors for b in post)


def test_layout_tables_give_paragraph_blocks() -> None:
    blocks = parse_html(
        "<table><tr><td><h2>Head</h2><p>One.</p><p>Two.</p></td><td>Side</td></tr></table>"
        '<table><tr><td colspan="2">Wide</td></tr><tr><td>a</td><td>b</td></tr></table>'
    ).blocks
    assert [(b.kind, b.text, b.evidence.tag) for b in blocks] == [
        ("heading", "Head", "h2"),
        ("text", "One.", "p"),
        ("text", "Two.", "p"),
        ("text", "Side", "td"),
        ("row", "Wide", "tr"),
        ("row", "a b", "tr"),
    ]
    assert all("table" in b.evidence.ancestors for b in blocks)
    assert blocks[-1].cells is None  # a spanning cell: not a simple table


def test_long_noscript_is_read_short_is_not() -> None:
    story = "A long story paragraph that a reader without JavaScript sees. " * 10
    html = f"<body><noscript><p>{story}</p></noscript><noscript>Enable JavaScript</noscript></body>"
    blocks = parse_html(html).blocks
    assert len(blocks) == 1
    assert blocks[0].text == story.strip() and "noscript" in blocks[0].evidence.hints


def test_ruby_annotations_are_left_out() -> None:
    assert texts("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字</p>") == ["漢字"]


def test_controls_separate_words() -> None:
    assert texts("<form><label>Email</label><input><button>Go</button>now</form>") == ["Email Go now"]


# --------------------------------------------------------------------------- sniffing and decoding


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\ufeff  <!doctype HTML>\n<title>x</title>",
        "<!-- saved from url=(0042)https://x.example/ -->\n<html lang=en>",
        "<html>",
        "<div class='a'><p>One</p><a href='/x'>two</a><span>3</span></div>",
        '<meta charset="utf-8"><script>var a</script><div>x</div><p>y</p>',
        "<\x00h\x00t\x00m\x00l\x00>\x00",  # UTF-16 bytes seen through latin-1
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Dam repairs delayed again | The Courier\n\nSkip to main content\n\nNews\nSports\n",
        "# Title\n\nSome **bold** text, and a <b> tag mentioned once.\n\n- item\n",
        "If a < b and b > c then a < c.\n" * 20,
        "Use <br> for a break.<br>Again<br>and<br>again",
        "Markdown with an inline <span>span</span> and a <div> mention.",
        # lynx prints a <noscript> block's markup as text above the page's text
        '   <link href="/icons.css" rel="stylesheet">\n\n   <p style="top: -999em"><img\n'
        '   src="/s?name=story.page" /></p>\n<div><span>x</span></div>\n\n'
        + "".join(f"   [{n}]Section {n}\n" for n in range(1, 13))
        + "\n   The council met on Tuesday to agree the budget for the new harbour wall.\n",
    ],
)
def test_does_not_look_like_html(text: str) -> None:
    assert not looks_like_html(text)


def _page(charset_tag: str, body: str) -> str:
    return f"<html><head>{charset_tag}</head><body><p>{body}</p></body></html>"


def test_decode_declared_windows_1252() -> None:
    data = _page('<meta charset="windows-1252">', "café – “quoted” naïve").encode("cp1252")
    assert "café – “quoted” naïve" in decode_html(data)


def test_decode_iso_8859_1_means_cp1252() -> None:
    data = _page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "x").encode()
    data = data.replace(b"<p>x", b"<p>\x93smart\x94 \xe9t\xe9")
    assert "“smart” été" in decode_html(data)


def test_decode_shift_jis() -> None:
    data = _page("<meta charset='Shift_JIS'>", "日本語のニュース").encode("cp932")
    assert "日本語のニュース" in decode_html(data)


def test_decode_boms_and_default() -> None:
    text = _page("", "Grüße")
    assert decode_html(b"\xef\xbb\xbf" + text.encode()) == text
    assert decode_html(b"\xff\xfe" + text.encode("utf-16-le")) == text
    assert decode_html(text.encode()) == text  # no declaration: UTF-8


def test_decode_mislabelled_and_unknown() -> None:
    text = _page('<meta charset="iso-8859-1">', "Grüße – ok")
    assert decode_html(text.encode()) == text  # valid non-ASCII UTF-8 wins over a Latin label
    text = _page('<meta charset="x-no-such-charset">', "Grüße")
    assert decode_html(text.encode()) == text
    text = _page('<meta charset="base64">', "plain")
    assert decode_html(text.encode()) == text
    undeclared = _page("", "café naïve déjà vu, à la carte").encode("cp1252")
    assert "caf" in decode_html(undeclared)


@given(st.binary(max_size=3000))
@settings(max_examples=150, deadline=None)
def test_decode_never_raises(data: bytes) -> None:
    assert isinstance(decode_html(data), str)


# --------------------------------------------------------------------------- robustness


def test_deeply_nested_divs() -> None:
    html = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    assert texts(html) == ["deep text"]
    assert texts("<div>" * 100_000 + "unclosed") == ["unclosed"]
    assert texts("<ul><li>" * 20_000 + "items") == ["items"]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<p>unclosed <b>bold <i>italic <a href='/x'>link",
        "</p></div>stray closers</span></li><p>then text",
        "<table><td>cell<tr>row<p>para</table>after",
        "<<<>>><p <p>>x</p",
        "\x00\x01\x02<p>\x00nul\x00</p>",
        "<html><html><body><body><head>x",
    ],
)
def test_malformed_html_gives_blocks_not_errors(html: str) -> None:
    page = parse_html(html)
    assert isinstance(page, Page)
    for block in page.blocks:
        assert block.text or block.kind == "rule"


def test_malformed_examples_read_sensibly() -> None:
    assert texts("<p>unclosed <b>bold <i>italic</i></b><p>second") == ["unclosed bold italic", "second"]
    assert texts("</p>stray<p>then text") == ["stray", "then text"]


def test_binary_garbage() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(50_000))
    page = parse_html(decode_html(data))
    assert all(b.text for b in page.blocks)


def test_evidence_is_immutable() -> None:
    (block,) = parse_html("<p>x</p>").blocks
    assert isinstance(block.evidence, Evidence)
    with pytest.raises(AttributeError):
        block.evidence.tag = "div"  # type: ignore[misc]


# --------------------------------------------------------------------------- properties

_SKIP = (
    "script, style, template, svg, math, iframe, object, canvas, head, input, select, option, optgroup, "
    "textarea, datalist, video, audio, embed, map, noembed, noframes, frameset, title, rp, rt, "
    "[hidden], [aria-hidden]"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def visible_text(html: str) -> str:
    """The page's visible text with all whitespace removed, computed independently of the walk."""
    tree = LexborHTMLParser(html)
    for node in tree.css("noscript"):
        if len(node.text()) < 500:
            node.decompose()
    for node in tree.css(_SKIP):
        if node.tag == "head" or "aria-hidden" not in node.attributes or (
            (node.attributes["aria-hidden"] or "").lower() == "true"
        ):
            node.decompose()
    for node in tree.css("[style]"):
        if _HIDDEN_STYLE.search(node.attributes.get("style") or ""):
            node.decompose()
    root = tree.root
    return re.sub(r"\s+", "", root.text() if root is not None else "")


_FRAGMENTS = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<a href='/x'>", "<a href='javascript:x'>",
        "</a>", "<br>", "<hr>", "<li>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "<th>", "</table>",
        "<td colspan=2>", "<pre>", "</pre>", "<h2>", "</h2>", "<blockquote>", "<span hidden>", "</span>",
        "<span aria-hidden='true'>", "<div style='display:none'>", "<script>", "</script>", "<style>",
        "</style>", "<!--", "-->", "<noscript>", "</noscript>", "<code>", "</code>", "<figcaption>",
        "<button>", "</button>", "<input>", "<select><option>", "</select>", "<time datetime='2020'>",
        "<my-el>", "<ruby>", "<rt>", "&amp;", "&lt;b&gt;", " ", "\n", "*", "_", "[", "]", "#", "1.", "`", "|",
    ]
)
_HTMLISH = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


@given(_HTMLISH)
@settings(max_examples=300, deadline=None)
def test_blocks_come_from_the_visible_text(html: str) -> None:
    page = parse_html(html)
    visible = visible_text(html)
    for block in page.blocks:
        if block.kind == "rule":
            assert block.text == ""
            continue
        assert block.text and block.text == " ".join(block.text.split())
        assert re.sub(r"\s+", "", block.text) in visible, (block.text, visible)
        assert block.markdown
        assert 0.0 <= block.evidence.link_density <= 1.0


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_parse_html_never_raises_on_any_text(text: str) -> None:
    page = parse_html(text)
    assert all(b.text or b.kind == "rule" for b in page.blocks)
    assert looks_like_html(text) in (True, False)


def test_a_custom_element_in_a_sentence_runs_with_its_words() -> None:
    # a live price or a citation widget inside a paragraph is inline, as browsers set an
    # element they do not know; a custom element wrapping blocks is a block of its own
    page = parse_html(
        "<html><body><article><p>Shares of Veltrix (<a href='/q/VLTX'>VLTX <fin-streamer>+6.4%"
        "</fin-streamer></a>) rose after the results, and chipmakers followed "
        "(<cite-ref>1</cite-ref>).</p>"
        "<story-card><h2>Harlow Motors recalls SUVs</h2><p>The carmaker recalled 212,000 "
        "sport-utility vehicles.</p></story-card></article></body></html>")
    texts = [b.text for b in page.blocks]
    assert "Shares of Veltrix (VLTX +6.4%) rose after the results, and chipmakers followed (1)." in texts
    assert "Harlow Motors recalls SUVs" in texts
    assert "The carmaker recalled 212,000 sport-utility vehicles." in texts


def test_a_wordpress_posts_own_terms_are_no_hints() -> None:
    """post_class() lists the post's tags and categories as classes ("tag-comments",
    "category-video"): the post's taxonomy, not a tags box, a thread or a video player."""
    post = ('class="post-1636 post type-post status-publish format-standard hentry category-video '
            'tag-comments tag-corrections"')
    (block,) = parse_html(f"<article {post}><h2>What we got wrong</h2></article>").blocks
    assert not {"tags", "comment", "video"} & block.evidence.hints
    (box,) = parse_html('<div class="tag-list"><a href="/t/x">Floods</a></div>').blocks
    assert "tags" in box.evidence.hints  # a tags box is still one
