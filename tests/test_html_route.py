"""Saved HTML pages through the whole tool: reading, the rules' use of the markup, output."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsclean
from newsclean.cli import app
from newsclean.read import InputError, read_path
from newsclean.segment_html import segment_html

BODY = [
    "The county board voted 4-1 on Tuesday to close the Alder Street bridge for eight months "
    "while crews replace its corroded steel deck, a project the engineers say cannot wait.",
    "Commuters will be sent over the Ferry Road crossing, which adds about twelve minutes to a "
    "morning drive, according to a traffic study the board released last week.",
    "“We looked at every way to keep one lane open, and none of them was safe,” said county "
    "engineer Priya Raman, who presented the plan to the board.",
    "Local shop owners on Alder Street said they were worried about the loss of passing trade "
    "during the busy summer months, when tourists usually cross the bridge.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alder Street bridge to close for repairs | Valley Courier</title>
<meta property="og:title" content="Alder Street bridge to close for repairs">
<meta property="article:published_time" content="2026-04-07T09:30:00-05:00">
<link rel="canonical" href="https://valleycourier.example/news/alder-bridge">
<script>window.dataLayer = [{{"page": "article"}}];</script>
<style>.ad {{ display: block }}</style>
</head>
<body>
<header class="site-header">
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Alder Street bridge to close for repairs</h1>
  <div class="article-byline">By Tomas Lindqvist</div>
  <div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>
  <figure><img src="bridge.jpg" alt="The bridge">
    <figcaption>The Alder Street bridge at dusk. (Photo: Mara Ellis / Valley Courier)</figcaption>
  </figure>
  <div class="article-body">
    <p>{BODY[0]}</p>
    <p>{BODY[1].replace("traffic study", '<a href="/docs/study.pdf">traffic study</a>')}</p>
    <h2>What drivers need to know</h2>
    <p>{BODY[2]}</p>
    <ul><li>Closure starts on May 1.</li><li>Buses will run every ten minutes.</li></ul>
    <div class="ad-slot">Advertisement</div>
    <p>{BODY[3].replace("worried", "<em>worried</em>")}</p>
  </div>
</article>
<aside class="related-stories"><h3>Related stories</h3>
  <ul><li><a href="/a">Ferry Road repaving set for autumn</a></li>
  <li><a href="/b">County budget adds money for bridges</a></li>
  <li><a href="/c">Photos: the week in pictures</a></li></ul></aside>
</main>
<div hidden>Secret hidden tracking text that nobody sees</div>
<footer class="site-footer"><p>© 2026 Valley Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


@pytest.fixture(scope="module")
def article() -> newsclean.Article:
    return newsclean.clean(PAGE)


def test_html_is_sniffed_and_the_article_found(article: newsclean.Article) -> None:
    assert article.title == "Alder Street bridge to close for repairs"
    assert article.byline == "By Tomas Lindqvist"
    assert article.captions == ["The Alder Street bridge at dusk. (Photo: Mara Ellis / Valley Courier)"]
    for paragraph in BODY:
        assert paragraph in article.paragraphs
    assert "What drivers need to know" in article.paragraphs
    assert "Closure starts on May 1." in article.paragraphs


def test_furniture_is_removed_with_rule_ids(article: newsclean.Article) -> None:
    kept = "\n".join(article.paragraphs)
    removed = "\n".join(r.text for r in article.removed)
    for furniture in ("Home", "Facebook", "Advertisement", "Ferry Road repaving set for autumn",
                      "© 2026 Valley Courier", "Privacy"):
        assert furniture not in kept
        assert furniture in removed
    assert all(r.rule for r in article.removed)


def test_scripts_styles_and_hidden_text_never_appear(article: newsclean.Article) -> None:
    everything = json.dumps(article.to_dict(), ensure_ascii=False)
    assert "dataLayer" not in everything
    assert "display: block" not in everything
    assert "Secret hidden tracking" not in everything


def test_json_gains_published_and_url(article: newsclean.Article) -> None:
    data = article.to_dict()
    assert data["published"] == "2026-04-07T09:30:00-05:00"
    assert data["url"] == "https://valleycourier.example/news/alder-bridge"
    assert list(data)[:5] == ["source", "title", "byline", "published", "url"]


def test_text_dumps_have_no_published_or_url_keys() -> None:
    data = newsclean.clean("A headline for the test\n\n" + "\n\n".join(BODY)).to_dict()
    assert "published" not in data and "url" not in data


def test_markdown_keeps_structure_links_and_emphasis(article: newsclean.Article) -> None:
    md = article.to_markdown()
    assert md.startswith("# Alder Street bridge to close for repairs\n\nBy Tomas Lindqvist\n\n")
    assert "\n## What drivers need to know\n" in md
    assert "- Closure starts on May 1.\n- Buses will run every ten minutes." in md
    assert "[traffic study](/docs/study.pdf)" in md
    assert "*worried*" in md


def test_markdown_without_links_keeps_the_link_text(article: newsclean.Article) -> None:
    md = article.to_markdown(links=False)
    assert "](" not in md
    assert "according to a traffic study the board" in md


def test_every_block_is_in_the_article_or_removed(article: newsclean.Article) -> None:
    from newsclean.html_blocks import parse_html

    kept = {article.title, article.standfirst, article.byline, *article.captions, *article.paragraphs}
    removed = "\n".join(r.text for r in article.removed)
    for block in parse_html(PAGE).blocks:
        if block.text:
            assert block.text in kept or block.text in removed, block.text


def test_blockquote_and_table_render_as_markdown() -> None:
    rows = "".join(f"<tr><td>{c}</td><td>{n} mm</td></tr>" for c, n in (("Lubbock", 12), ("Amarillo", 9)))
    page = (f"<html><body><article><h1>Rain totals for the week in West Texas</h1>"
            f"<p>{BODY[0]}</p><blockquote><p>{BODY[2]}</p></blockquote>"
            f"<table><tr><th>County</th><th>Rain</th></tr>{rows}</table><p>{BODY[1]}</p>"
            f"</article></body></html>")
    md = newsclean.clean(page).to_markdown()
    assert f"> {BODY[2]}" in md
    assert "| County | Rain |\n| --- | --- |\n| Lubbock | 12 mm |\n| Amarillo | 9 mm |" in md


@pytest.mark.parametrize("page", [
    "<html><body><p>Unclosed <b>bold <i>and italic<div>stray</p></p></span>" + BODY[0],
    "<!DOCTYPE html><html><body>" + "<div>" * 20000 + BODY[0] + "</div>" * 20000 + "</body></html>",
    "<!doctype html><html><head><title>Nothing here</title></head><body></body></html>",
    "<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>",
])
def test_malformed_deep_and_empty_pages_give_a_result(page: str) -> None:
    result = newsclean.clean(page, html=True)
    assert isinstance(result.to_markdown(), str)
    assert "<div>" not in result.body


def test_read_path_honours_the_declared_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>T</title></head><body>'
            "<p>“Café prices rose,” said José Núñez — again.</p></body></html>")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    assert "“Café prices rose,” said José Núñez — again." in read_path(path)


def test_gzipped_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert newsclean.clean_file(path).title == "Alder Street bridge to close for repairs"


def test_a_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsclean.read as read

    monkeypatch.setattr(read, "MAX_BYTES", 10_000)
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<html><body>" + b"a" * 100_000))
    with pytest.raises(InputError, match="too large once decompressed"):
        read_path(path)


def test_broken_gzip_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b" + b"not really gzip")
    with pytest.raises(InputError, match="not valid gzip"):
        read_path(path)


def _pages_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dump.txt").write_text("A headline for the dump\n\n" + "\n\n".join(BODY), encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "zipped.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    return folder


def test_cli_folder_takes_dumps_and_pages(tmp_path: Path) -> None:
    folder = _pages_folder(tmp_path)
    result = CliRunner().invoke(app, ["clean", str(folder), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["dump.txt", "page.html", "zipped.html.gz"]
    assert records[1]["url"] == "https://valleycourier.example/news/alder-bridge"


def test_cli_output_names_drop_the_input_extension(tmp_path: Path) -> None:
    folder = _pages_folder(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["clean", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["dump.md", "page.md", "zipped.md"]


def test_cli_same_stem_inputs_do_not_overwrite_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text("A headline for the dump\n\n" + "\n\n".join(BODY), encoding="utf-8")
    (folder / "story.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["clean", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["story.html.md", "story.txt.md"]


def test_cli_no_links(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    with_links = CliRunner().invoke(app, ["clean", str(path)]).stdout
    without = CliRunner().invoke(app, ["clean", str(path), "--no-links"]).stdout
    assert "[traffic study](/docs/study.pdf)" in with_links
    assert "](" not in without and "traffic study" in without


def test_cli_reads_an_html_page_from_stdin() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-f", "json"],
                          input=PAGE.encode("utf-8"), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["title"] == "Alder Street bridge to close for repairs"
    assert data["published"] == "2026-04-07T09:30:00-05:00"


def test_cli_binary_html_is_a_one_line_error_and_others_go_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x01\x02PNG\x00" * 200)
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(bad), str(good), "-f", "jsonl"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert any("bad.html" in line and "binary" in line for line in proc.stderr.splitlines())
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records[1]["title"] == "Alder Street bridge to close for repairs"


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def test_a_long_comment_thread_does_not_outweigh_the_article() -> None:
    article = "".join(f"<p>{p}</p>" for p in BODY)
    comment = ("<div class='comment'><span class='comment-author'>reader{n}</span><p>I have "
               "driven over that bridge every day for years and I think the board is right to "
               "close it now, even though the detour will cost all of us a lot of time.</p></div>")
    thread = "".join(comment.format(n=n) for n in range(12))
    page = _page(f"<article><h1>Alder Street bridge to close</h1>{article}"
                 f"<section class='comments-area'><h2>Comments</h2>{thread}</section></article>")
    result = newsclean.clean(page)
    assert result.paragraphs[: len(BODY)] == BODY
    assert not any("every day for years" in p for p in result.paragraphs)


def test_a_live_blogs_entry_stamps_linked_to_the_entry_are_no_text() -> None:
    # each entry opens with its permalink: "3h ago 1:20 p.m. EST", mostly link text
    entries = "".join(
        f"<article class='entry'><header><a href='?p=e{n}#e{n}'><span>{n}h ago</span> "
        f"<time datetime='2026-03-05T1{n}:20:00-05:00'>{n}:20 p.m. EST</time></a></header>"
        f"<p>{p}</p></article>" for n, p in enumerate(BODY, 1))
    page = _page(f"<main><h1>Alder Street bridge: live updates</h1>{entries}</main>")
    result = newsclean.clean(page)
    assert result.paragraphs == BODY
    assert any(r.text == "2h ago 2:20 p.m. EST" and "date line" in r.reason for r in result.removed)


def test_the_articles_element_stops_growing_at_a_comment_threads_heading() -> None:
    # an obituary page: the guest book's condolences sit inside the article's own element
    notes = ["I have driven over that bridge every day since 1990 and will miss the old deck. "
             "My sympathies to the engineers who have to tell us all about the detour.",
             "We will never forget the summer fair on the bridge. Thinking of you all at the "
             "county board, and of the shop owners on Alder Street this year."]
    book = "".join(f"<div class='entry'><p>{n}</p><p>Jane Roe · Linden · March 2</p></div>" for n in notes)
    page = _page("<article><h1>Alder Street bridge to close</h1>" + "".join(f"<p>{p}</p>" for p in BODY)
                 + f"<section class='book'><h2>Guest Book</h2>{book}</section></article>")
    result = newsclean.clean(page)
    assert result.paragraphs == BODY


def test_a_letter_quoted_under_its_writers_name_is_no_comment_thread() -> None:
    # "Priya wrote:" over a quoted letter, inside the post: a line, not a thread's heading
    quoted = BODY[2:]
    page = _page("<article><h1>Alder Street bridge to close</h1>" + "".join(f"<p>{p}</p>" for p in BODY[:2])
                 + "<p>Priya wrote:</p>" + "".join(f"<blockquote><p>{p}</p></blockquote>" for p in quoted)
                 + "</article>")
    assert all(p in newsclean.clean(page).paragraphs for p in BODY[:2] + quoted)


def test_commentary_is_not_reader_comments() -> None:
    page = _page("<div class='commentary-body'><h1>Why the bridge must close now</h1>"
                 + "".join(f"<p>{p}</p>" for p in BODY) + "</div>")
    assert newsclean.clean(page).paragraphs == BODY


def test_a_generated_id_is_no_ad_hint() -> None:
    page = _page("<h1>Alder Street bridge to close</h1>"
                 + "".join(f"<div id='outline-container-org7109ad'><p>{p}</p></div>" for p in BODY))
    assert newsclean.clean(page).paragraphs == BODY


def test_plain_list_items_and_table_rows_in_the_article_are_content() -> None:
    items = ["$186,000 to keep the branch libraries open", "$410,000 for two paramedics",
             "$3.4 million for sewer work on Water Street"]
    rows = "".join(f"<tr><td>Lubbock {n}</td><td>0.4{n}</td><td>-1.7{n}</td></tr>" for n in range(3))
    page = _page("<article><h1>Council passes the budget</h1>"
                 f"<p>{BODY[0]}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
                 f"<p>{BODY[1]}</p><table><caption>Rain since November</caption>{rows}</table>"
                 f"<p>{BODY[3]}</p></article>")
    result = newsclean.clean(page)
    for item in items:
        assert item in result.paragraphs
    assert "Rain since November" in result.paragraphs
    assert "| Lubbock 2 | 0.42 | -1.72 |" in result.to_markdown()


def test_a_gallery_article_keeps_its_slide_captions_as_text() -> None:
    slides = "".join(f"<figure><img src='{n}.jpg'><figcaption>Slide {n}: {BODY[n % 4][:150]}</figcaption>"
                     "</figure>" for n in range(6))
    page = _page(f"<article><h1>Ten costumes for this year</h1><p>{BODY[0]}</p>{slides}</article>")
    result = newsclean.clean(page)
    assert not result.captions
    assert sum(p.startswith("Slide ") for p in result.paragraphs) == 6


def test_br_wrapped_paragraphs_are_rejoined() -> None:
    import textwrap

    wrapped = "".join("<p>" + "<br>\n".join(textwrap.wrap(p, 60)) + "</p>" for p in BODY)
    page = _page(f"<div class='post'><h1>Alder Street bridge to close</h1>{wrapped}</div>")
    assert newsclean.clean(page).paragraphs == BODY


def test_a_dump_that_quotes_markup_stays_a_dump() -> None:
    dump = ("How to centre a div in 2026\n\nBy Jane Doe\n\n"
            "Wrap the element: <div class=\"outer\"><div class=\"inner\"><p>Hello</p></div></div> "
            "and give <div> a flex layout, then put the <span> and <a href=\"#\">link</a> inside.\n\n"
            + "\n\n".join(BODY))
    result = newsclean.clean(dump)
    assert result.title == "How to centre a div in 2026"
    assert BODY[0] in result.paragraphs


def test_html_markers_label_furniture_but_not_a_page_wide_hint() -> None:
    from newsclean.rules.evidence import html_markers

    prose = "".join(f"<p>{p}</p>" for p in BODY)
    page = _page(f"<div class='layout has-sidebar'><h1>Alder Street bridge to close</h1>{prose}"
                 "<div class='share-tools'><a href='#'>Facebook</a></div>"
                 "<nav><a href='/'>Home</a></nav><aside><p>Weather: 21 degrees</p></aside></div>")
    doc = segment_html(page)
    labels = {u.text: label for u, label in ((u, html_markers(doc).get(u.index)) for u in doc.units)}
    assert labels["Facebook"] == "share"
    assert labels["Home"] == "navigation"
    assert labels["Weather: 21 degrees"] == "widget"
    assert all(labels[p] is None for p in BODY)  # "sidebar" is on the whole layout: ignored


def test_html_markers_do_nothing_for_text_dumps() -> None:
    from newsclean.rules.evidence import html_markers
    from newsclean.segment import segment

    assert html_markers(segment("Home\nNews\n\n" + "\n\n".join(BODY))) == {}


def test_dateline_on_a_page_is_bold_or_stripped() -> None:
    first = "LUBBOCK, Texas (AP) — " + BODY[0]
    page = _page(f"<article><h1>Bridge to close for repairs</h1><p>{first}</p>"
                 + "".join(f"<p>{p}</p>" for p in BODY[1:]) + "</article>")
    article = newsclean.clean(page)
    assert article.dateline["raw"] == "LUBBOCK, Texas (AP) —"
    assert f"**LUBBOCK, Texas (AP) —** {BODY[0]}" in article.to_markdown()
    stripped = newsclean.clean(page, strip_dateline=True)
    assert stripped.paragraphs[0] == BODY[0]
    assert f"\n\n{BODY[0]}\n\n" in stripped.to_markdown()


def test_a_comments_body_marked_as_a_text_body_is_still_a_comment() -> None:
    """A comment's text in an element named like an article's body ("field-comment-body")."""
    article = "".join(f"<p>{p}</p>" for p in BODY)
    comment = ("<div class='comment'><h3 class='name'>Anonymous</h3><div class='field-comment-body'>"
               "<p>The real danger is that nobody on the board has driven over that bridge in years, "
               "and the detour they propose will cost every family on the east side an hour a day.</p>"
               "</div></div>")
    page = _page(f"<div class='article-body'><h1>Alder Street bridge to close</h1>{article}"
                 f"<h2>Comments</h2>{comment * 6}</div>")
    result = newsclean.clean(page)
    assert result.paragraphs[: len(BODY)] == BODY
    assert not any("The real danger" in p for p in result.paragraphs)


def test_a_comment_threads_counted_heading_ends_the_articles_element() -> None:
    """One wrapper (an ASP.NET page's <form>) holds the article and its comments; the thread's
    heading is a <div> with a count, its comments dated to the minute with two-digit years."""
    article = "".join(f"<p>{p}</p>" for p in BODY)
    comments = "".join(
        f"<div class='talkback'><div class='tb-head'>{n}. Finally, reader{n} (11.06.26 18:{40 + n})</div>"
        "<div class='tb-text'>The bridge has been in a terrible state for years and the railings are "
        "rusted through. Better one summer of detours than someone getting hurt on the way to school."
        "</div></div>"
        for n in range(1, 11))
    page = _page(f"<form id='aspnetForm'><h1>Alder Street bridge to close</h1>"
                 f"<div class='text'>{article}</div><div class='tb-count'>Comments (10)</div>"
                 f"{comments}</form>")
    result = newsclean.clean(page)
    assert result.paragraphs == BODY


def test_a_date_with_a_two_digit_year_and_a_clock_stamps_a_line() -> None:
    from newsclean.rules.patterns import STAMPED, clock_dated

    for line in ("3. Finally some repairs, reader3 (11.06.26 18:43)", "18:43 3/9/26"):
        assert clock_dated(line) and STAMPED.search(line), line
    assert not clock_dated("Lap times fell from 1.12.5 to 59.8 at 14:00")  # no date: a time and figures


def _column_page(after_article: str) -> str:
    article = "".join(f"<p>{p}</p>" for p in BODY)
    card = ("<div class='author-card'><h3><a href='/author/jane-roe'>Jane Roe</a></h3>"
            "<p>Jane Roe teaches urban planning at the Pellby college and has advised residents' "
            "committees on the east side of the city for more than ten years.</p></div>")
    return _page(f"<main><article><h1>Alder Street bridge to close</h1><p class='byline'>By Jane Roe</p>"
                 f"<div class='body'>{article}</div>{card}</article>{after_article}</main>")


def test_the_articles_element_bounds_the_container_and_its_author_card_ends_the_text() -> None:
    # <main> holds the <article> and, after it, a view of related stories whose summaries
    # read as prose: the article's element is where its text ends; in it, the author's card
    # (the byline's name again, a bio) ends the text too
    teasers = "".join(
        f"<div class='views-row'><a href='/local/{n}'>Bridge works: what the detour means for route {n}</a>"
        f"<p>The county will run a shuttle bus every twenty minutes while the route {n} bridge is closed.</p>"
        f"<span>0{n}/06/2026</span></div>" for n in range(1, 3))
    view = f"<div class='view'><h2>Elsewhere in Pellby</h2>{teasers}</div>"  # (a heading no list knows)
    result = newsclean.clean(_column_page(view))
    assert result.paragraphs == BODY
    article = "".join(f"<p>{p}</p>" for p in BODY)
    cardless = _page(f"<main><article><h1>Alder Street bridge to close</h1><div class='body'>{article}</div>"
                     f"</article>{view}</main>")
    assert "shuttle bus" not in newsclean.clean(cardless).body


def test_a_code_blocks_timestamps_are_no_date_line() -> None:
    output = ("period              | status | entries\n2026-03-01 10:00:00 | 400    | 24\n"
              "2026-03-01 11:00:00 | 400    | 12")
    page = _page("<article><h1>Alder Street bridge to close</h1>" + "".join(f"<p>{p}</p>" for p in BODY[:2])
                 + f"<pre>{output}</pre>" + "".join(f"<p>{p}</p>" for p in BODY[2:]) + "</article>")
    body = newsclean.clean(page).body
    assert "2026-03-01 10:00:00" in body


def test_acceptable_in_prose_is_no_cookie_consent() -> None:
    from newsclean.rules.phrases import category

    assert category("Using the query we found that the value 12 is outside the range of acceptable "
                    "values, and identified it as an anomaly.") is None
    assert category("By continuing to use this site you agree to our use of cookies.") == "cookie-banner"


_SECTIONS = [
    ("Pulse Pro: design and comfort", "The buds sit flush in the ear and stayed put through a run, "
     "though the stems are a little long for smaller ears and the case scratches easily."),
    ("Pulse Pro: battery life", "The maker rates them at eight hours with noise cancelling on; in my "
     "testing they lasted seven hours and forty minutes at a moderate volume."),
    ("Pulse Pro: call quality", "Callers said I sounded clear indoors, but wind on a bridge made my "
     "voice thin, and the buds have no way to mute from the stem."),
    ("Should you buy the Pulse Pro?", "If sound is your priority and you want strong noise cancelling "
     "without paying flagship prices, these are the easiest recommendation I can make."),
]


def _review(linked: bool) -> str:
    def head(text: str) -> str:
        return f"<h3><a href='/story/{len(text)}'>{text}</a></h3>" if linked else f"<h2>{text}</h2>"

    sections = "".join(f"{head(h)}<p>{p}</p>" for h, p in _SECTIONS)
    return (f"<html><head><title>Pulse Pro review</title></head><body><article>"
            f"<h1>Pulse Pro review: brilliant sound, one frustrating flaw</h1>"
            f"{''.join(f'<p>{p}</p>' for p in BODY)}"
            f"<div class='deals'><h4>Where to buy</h4><p><a href='/deal'>View Deal</a></p></div>"
            f"{sections}<p class='tags'><a href='/t/earbuds'>Earbuds</a></p></article></body></html>")


def test_a_reviews_one_paragraph_sections_are_its_text_not_teasers() -> None:
    # a subhead over one short paragraph, again and again, with furniture around, is a list
    # of teasers only where the headlines link to other stories: on a page, the review's own
    # subheads are no links
    from newsclean.rules import shapes, span

    def found(linked: bool, hear_links: bool) -> list[str]:
        units = segment_html(_review(linked)).units
        prose = [span.classify(u) in (span.GOOD, span.NEAR) for u in units]
        teasers = shapes.teasers(units, prose, lambda u: True, lambda u: False, [False] * len(units),
                                 linked=span.link_dense if hear_links else None)
        return [units[i].text for i in sorted(teasers)]

    paragraphs = [p for _, p in _SECTIONS]
    assert found(linked=False, hear_links=False) == paragraphs  # the shape alone
    assert found(linked=False, hear_links=True) == []
    assert found(linked=True, hear_links=True) == paragraphs


_BRIEF = [
    "The Riverside branch of the Elm Falls library will close on March 10 for about six weeks "
    "while contractors replace its leaking roof, library officials said on Monday.",
    "Water has come through the ceiling of the children's room since a heavy snowmelt in late "
    "January, and staff have moved about 1,200 picture books to the main library.",
    "The council's finance committee approved the $186,000 repair, which will be paid from the "
    "library's capital reserve rather than the city's general budget.",
]
_FOOTER_PROSE = [
    "The Elm Falls Courier has covered the town and the county since 1911, when a printer opened "
    "a four-page weekly in a storefront on Main Street. Today the Courier publishes online every "
    "day and in print on Thursdays, with a newsroom of twelve reporters, editors and photographers "
    "who live in the communities they cover and answer to readers first.",
    "All content on this website, including articles, photographs, graphics and video, is the "
    "property of the Elm Falls Courier or its content providers and is protected by copyright law. "
    "You may not copy, reproduce, distribute, publish, display, modify or otherwise use any of it "
    "without our written permission, except for your own personal and non-commercial use, and you "
    "may not remove any notice of copyright or other rights from it.",
]


def test_a_short_articles_page_whose_footer_holds_more_prose_keeps_the_footer_out() -> None:
    # the <footer> holds more of the page's prose than the article does: still the footer
    html = ("<html><head><title>Library branch to close for roof repair</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav></header><main><article>"
            "<h1>Library branch to close for roof repair</h1>"
            + "".join(f"<p>{p}</p>" for p in _BRIEF) + "</article></main><footer>"
            + "".join(f"<h3>About us</h3><p>{p}</p>" for p in _FOOTER_PROSE) + "</footer></body></html>")
    article = newsclean.clean(html, html=True)
    assert article.paragraphs == _BRIEF


def test_a_sign_up_boxs_pitch_inside_the_article_goes_with_its_box() -> None:
    pitch = ("Get the biggest stories from Elm Falls and across the county delivered straight to "
             "you every morning, free.")
    box = ("<div class='newsletter-signup'><p>Sign up to our newsletter</p>"
           f"<p>{pitch}</p><p><a href='/signup'>Sign up</a></p></div>")
    html = ("<html><head><title>Library branch to close for roof repair</title></head><body><main>"
            "<article><div class='article-body'><h1>Library branch to close for roof repair</h1>"
            f"<p>{_BRIEF[0]}</p><p>{_BRIEF[1]}</p>{box}<p>{_BRIEF[2]}</p></div></article></main>"
            "</body></html>")
    article = newsclean.clean(html, html=True)
    assert article.paragraphs == _BRIEF


def test_a_modal_dialogs_text_after_the_article_is_no_article_text() -> None:
    # A dialog hidden until a button opens it ("modal fade"): its sentences sit in the
    # article's column, after its last paragraph, and are no part of it.
    dialog = ["Your account is not approved yet.",
              "To become an approved author, you must have published two articles with us first.",
              "The articles must be complete, original and ready to be published on the site.",
              "You think you are ready? If so, request to become an approved author today."]
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    modal = ('<div id="become-author" class="col-12 modal fade"><div class="modal-dialog">'
             '<div class="modal-content"><h4 class="modal-title">Become an approved author!</h4>'
             f'<div class="modal-body">{"<br><br>".join(dialog)}</div></div></div></div>')
    page = (f"<html><head><title>Alder Street bridge to close</title></head><body><main><div class='post'>"
            f"<h1>Alder Street bridge to close</h1>{paragraphs}{modal}</div></main></body></html>")
    article = newsclean.clean(page, html=True)
    assert article.paragraphs == BODY
    removed = "\n".join(r.text for r in article.removed if r.rule == "boilerplate")
    assert all(line in removed for line in dialog)


def test_a_page_laid_out_in_one_table_gives_its_article_column_alone() -> None:
    # An old page set in one table: a ticker of news in sentences over the headline, a menu
    # column, the article's column, a column of boxes. The table scores highest (the ticker
    # and the boxes' lines are prose); the article's column holds no prose over the headline.
    ticker = ("BREAKING: Route 9 closed between Mill Road and the county line for bridge repair • "
              "The school board meets Thursday at 6 p.m. in the library • Winter parking rules are "
              "in force until April 1 • The recycling center is open Saturday from 8 a.m. to noon")
    menu = "".join(f"<tr><td><font size=2>&raquo; <a href='/{w}'>{w}</a></font></td></tr>"
                   for w in ("Home", "News", "Sports", "Obituaries", "Opinion", "Classifieds",
                             "Calendar", "Archives", "Subscribe", "Contact Us"))
    boxes = ("<font size=2><b>COMMUNITY CALENDAR</b><br>Mar. 5 – Lions pancake breakfast at the "
             "Legion hall, 7 to 11 a.m., all proceeds to the food shelf<br>Mar. 7 – Snowshoe hike "
             "at the state park, meet at the ranger station at 10 a.m.<br><br><b>POLL</b><br>Should "
             "the townships share one fire department?</font>")
    text = "<br><br>".join(BODY)
    page = (f"<html><head><title>Alder Street bridge to close - The Record</title></head><body>"
            f"<table width=980><tr><td colspan=3><font color=white>{ticker}</font></td></tr>"
            f"<tr><td width=170 valign=top><table>{menu}</table></td>"
            f"<td width=560 valign=top><font size=5><b>Alder Street bridge to close</b></font><br>"
            f"<font size=2><b>Written by Jane Holm</b></font><br><br><font size=2>{text}</font></td>"
            f"<td width=250 valign=top>{boxes}</td></tr></table></body></html>")
    article = newsclean.clean(page, html=True)
    assert article.title == "Alder Street bridge to close"
    assert article.paragraphs == BODY
    assert article.to_dict()["authors"] == ["Jane Holm"]


DEK = ("The county engineer says the corroded deck cannot wait another winter, and the "
       "detour will add twelve minutes to the morning drive")


@pytest.mark.parametrize("tag", ["h2", "p"])
def test_a_subheading_that_repeats_the_pages_description_is_the_standfirst(tag: str) -> None:
    # the page's own summary (og:description) set as a subheading under the headline is its
    # standfirst; a lead paragraph that the description repeats stays the article's
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    # (a picture and a name alone between the subheading and the text: no "By" line says
    # the subheading is over the author's)
    top = (f"<h2>{DEK}.</h2><figure><img src='deck.jpg'><figcaption>The bridge deck on Monday. "
           "SAM OKAFOR</figcaption></figure><div>Jane Holm</div><div>Kestle - 3 Mar 2026 - 05:40</div>"
           if tag == "h2" else f"<div>By Jane Holm</div><p>{DEK}.</p>")
    page = (f'<html><head><title>Alder Street bridge to close</title><meta property="og:description" '
            f'content="{DEK}."></head><body><main><div class="story"><h1>Alder Street bridge to close</h1>'
            f"{top}<div>{paragraphs}</div></div></main></body></html>")
    article = newsclean.clean(page, html=True)
    if tag == "h2":
        assert article.standfirst == DEK + "." and article.paragraphs == BODY
    else:
        assert article.paragraphs[0] == DEK + "."


def test_a_photo_essays_long_captions_are_its_text() -> None:
    # the pictures' captions tell the story (two sentences each, some past _SHORT); the figures
    # hold most of the text, so they are the article, their credits not
    people = (("Dale Henriksen", "drills the first hole"), ("Chidi Okafor", "builds his house"),
              ("Ruth Ames", "sells coffee from a sled"), ("Tom Price", "fries walleye"),
              ("Ana Ruiz", "plows the main road"), ("Sam Lee", "checks the ice depth"))
    more = (", and the village of fish houses on it grew to more than four hundred, with plowed roads"
            " and a volunteer rescue squad")
    captions = [f"{who} {what} on the lake this winter. The ice held for eight weeks, longer than in "
                f"any year since 2014{more if k % 2 else ''}." for k, (who, what) in enumerate(people)]
    assert any(len(c) < 200 for c in captions) and any(len(c) > 200 for c in captions)
    figures = "".join(f"<figure><img src='p{k}.jpg'><figcaption><p>{c}</p><span>Photo: Jo Marsh</span>"
                      f"</figcaption></figure>" for k, c in enumerate(captions))
    page = (f"<html><head><title>A village on the ice</title></head><body><main><article>"
            f"<h1>A village on the ice</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>{figures}</article></main>"
            f"</body></html>")
    article = newsclean.clean(page, html=True)
    assert article.paragraphs == [BODY[0], BODY[1], *captions]


def test_a_page_wrapped_in_one_form_keeps_its_article() -> None:
    """ASP.NET WebForms set every page in one <form>: a tag around nearly all the page's prose
    is the page's wrapper, not a form's furniture, even where the headline is no <h1>."""
    paragraphs = "".join(
        f"<p>{sentence} The harbour board said the work would go on through the winter, and that "
        "boats would tie up at the south quay until the repairs were finished.</p>"
        for sentence in ("Divers began replacing the timber piles of the north quay on Monday.",
                         "The storms of January left many of the piles split and leaning.",
                         "Fishing crews said the move would cost them an hour each morning.",
                         "The council expects the quay to reopen in time for the summer season."))
    page = (
        '<html><head><title>North quay repairs begin | Kestle Echo</title></head><body>'
        '<form name="aspnetForm" method="post" action="./NewsDetail.aspx?id=1" id="aspnetForm">'
        '<table class="mainTable"><tr><td class="menuTd"><a href="/">Home</a> <a href="/news">News</a>'
        ' <a href="/sport">Sport</a></td></tr><tr><td>'
        '<div class="title"><span id="ctl00_lblTitle">North quay repairs begin</span></div>'
        f'<div class="body" id="ctl00_divBody">{paragraphs}</div>'
        '</td></tr><tr><td class="footerTd">All rights reserved.</td></tr></table></form></body></html>')
    article = newsclean.clean(page)
    assert article.title == "North quay repairs begin"
    assert len(article.paragraphs) == 4
    assert article.body.startswith("Divers began replacing the timber piles")
