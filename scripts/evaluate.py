#!/usr/bin/env python3
"""Score newsclean on the corpus folder: every input kind, both corpora, one table.

    python3 scripts/evaluate.py ../shared/corpus                 # the table, then fields
    python3 scripts/evaluate.py CORPUS --per-page full/lynx       # one cell's pages, worst first
    python3 scripts/evaluate.py CORPUS --trafilatura              # add trafilatura on the pages
    python3 scripts/evaluate.py CORPUS --other-converters         # html2text-78, lynx -nolist, ...

The corpus folder has the development corpus's layout (pages/, dumps/, snippets.json,
score.py, labels.json, examples/) and ``full/`` (pages/, dumps/, truth.json, score.py).
Rows are input kinds: the saved HTML pages and each dump style. The development corpus has
no lynx or w3m dumps and ``full/`` no w3m dumps: they are made from the pages with Debian's
``lynx -dump -width=80`` and ``w3m -dump -cols 80`` when those are installed (cached under
``--cache``), so every converter is scored on both corpora.

Columns: ``dev`` is the snippet score of the development corpus (score.py; English pages by
default, ``--lang``); ``full`` is full/score.py's whole-body F1, then its two fixed halves
(ids sorted, alternating: A = 1st, 3rd, ...; B = 2nd, 4th, ...): tune on A, the gap to B
measures overfitting; then title and byline accuracy. After the table: datelines and quotes
against labels.json, and the worked examples.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsclean  # noqa: E402

STYLES = ("pages", "html-text", "html2text", "lynx", "w3m")
MADE = {  # dump styles the evaluation makes itself from the pages, by an installed program
    "lynx": ["lynx", "-dump", "-width=80", "-display_charset=utf-8", "-stdin"],
    "w3m": ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8"],
}
CONVERTERS = ("html2text-wrapped", "inscriptis", "bs4", "markdownify", "lynx-nolist", "links",
              "elinks", "pandoc-plain", "pandoc-markdown", "pandoc-gfm", "html2text-c", "lynx-120",
              "w3m-120", "mhtml", "pandoc-strict", "w3m-numbers", "lynx-nonumbers", "lynx-inline",
              "links-120", "elinks-120", "html2text-refs", "bs4-glued", "lxml-text", "turndown",
              "jina")
PROGRAMS = {  # converters that are programs (Debian packages lynx, links, elinks, pandoc),
    # skipped when missing; each reads a file, not stdin, unless it says -stdin
    "lynx-nolist": ["lynx", "-dump", "-nolist", "-width=80", "-display_charset=utf-8", "-stdin"],
    "links": ["links", "-dump", "-codepage", "utf-8"],
    "elinks": ["elinks", "-dump", "-dump-charset", "utf-8", "-no-home"],
    "pandoc-plain": ["pandoc", "-f", "html", "-t", "plain"],
    "pandoc-markdown": ["pandoc", "-f", "html", "-t", "markdown"],
    "pandoc-gfm": ["pandoc", "-f", "html", "-t", "gfm"],  # GitHub's Markdown: <div>s as raw HTML
    # html2text 1.3, the C program (Debian's package html2text), not the Python html2text,
    # whose command of the same name a pip install may put first on the PATH
    "html2text-c": ["/usr/bin/html2text", "-utf8"],
    # a wide screen, asked for (-width, -cols) to get fewer broken lines
    "lynx-120": ["lynx", "-dump", "-width=120", "-display_charset=utf-8", "-stdin"],
    "w3m-120": ["w3m", "-dump", "-T", "text/html", "-cols", "120", "-O", "UTF-8"],
    "links-120": ["links", "-dump", "-width", "120", "-codepage", "utf-8"],
    "elinks-120": ["elinks", "-dump", "-dump-width", "120", "-dump-charset", "utf-8", "-no-home"],
    # options a user may set: w3m's link numbers (also a line of ~/.w3m/config), lynx's
    # list without numbers or addresses in the text, pandoc's strict Markdown
    "w3m-numbers": ["w3m", "-dump", "-T", "text/html", "-O", "UTF-8", "-o", "display_link_number=1"],
    "lynx-nonumbers": ["lynx", "-dump", "-nonumbers", "-width=80", "-display_charset=utf-8", "-stdin"],
    "lynx-inline": ["lynx", "-dump", "-list_inline", "-width=80", "-display_charset=utf-8", "-stdin"],
    "pandoc-strict": ["pandoc", "-f", "html", "-t", "markdown_strict"],
}


# --------------------------------------------------------------------------- inputs


def _name(path: Path) -> str:
    """A page's id: its file name without extensions (as both scorers read it)."""
    return path.name.removesuffix(".gz").removesuffix(".html").removesuffix(".txt")


def _page_html(path: Path) -> str:
    """A saved page as text, decoded as newsclean decodes it (declared charset, fallbacks)."""
    from newsclean.read import read_path

    return read_path(path)


def _make(tool: str, page: Path, out: Path) -> None:
    html = _page_html(page)
    done = subprocess.run(MADE[tool], input=html.encode("utf-8"), capture_output=True, timeout=120)
    out.write_bytes(done.stdout)


def inputs(root: Path, style: str, cache: Path) -> list[Path] | None:
    """The files of one input kind of one corpus (``root``), or None when it cannot be had."""
    if style == "pages":
        return sorted((root / "pages").glob("*.html.gz"))
    folder = root / "dumps" / style
    if folder.is_dir() and any(folder.glob("*.txt")):
        return sorted(folder.glob("*.txt"))
    if style not in MADE or shutil.which(MADE[style][0]) is None:
        return None
    made = cache / f"{root.resolve().name}-{style}"
    made.mkdir(parents=True, exist_ok=True)
    pages = sorted((root / "pages").glob("*.html.gz"))
    missing = [p for p in pages if not (made / f"{_name(p)}.txt").exists()]
    if missing:
        print(f"making {len(missing)} {style} dumps in {made}", file=sys.stderr)
        with ProcessPoolExecutor() as pool:
            list(pool.map(_make, [style] * len(missing), missing,
                          [made / f"{_name(p)}.txt" for p in missing]))
    return [made / f"{_name(p)}.txt" for p in pages]


# --------------------------------------------------------------------------- cleaning


def _clean_one(path: Path) -> dict:
    try:
        article = newsclean.clean_file(path).to_dict()
    except newsclean.InputError as exc:
        return {"source": str(path), "error": str(exc)}
    article["source"] = str(path)
    article["text"] = newsclean.Article(title=article["title"], standfirst=article.get("standfirst"),
                                       paragraphs=article["paragraphs"]).to_text()
    return article


def clean_all(paths: list[Path], jobs: int) -> list[dict]:
    if jobs <= 1:
        return [_clean_one(p) for p in paths]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_clean_one, paths, chunksize=8))


# --------------------------------------------------------------------------- scoring


def _last(output: str) -> str:
    return output.strip().splitlines()[-1]


def _run(cmd: list[str]) -> str:
    return subprocess.run([sys.executable, *cmd], capture_output=True, text=True, check=True).stdout


def dev_score(corpus: Path, articles: list[dict], lang: str, per_page: bool = False) -> str:
    """score.py's output (text output: title and body) for the development corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        for a in articles:
            Path(tmp, f"{_name(Path(a['source']))}.txt").write_text(a.get("text", ""), encoding="utf-8")
        cmd = [str(corpus / "score.py"), tmp] + (["--lang", lang] if lang != "all" else [])
        return _run(cmd + (["--per-page"] if per_page else []))


def halves(truth: dict) -> dict[str, dict]:
    ids = sorted(truth)
    return {"A": {i: truth[i] for i in ids[0::2]}, "B": {i: truth[i] for i in ids[1::2]}}


def full_scores(full: Path, articles: list[dict], per_page: bool = False) -> dict[str, str]:
    """full/score.py's outputs: all pages, half A, half B."""
    truth = json.loads((full / "truth.json").read_text(encoding="utf-8"))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp, "out.jsonl")
        pred.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        for part, subset in {"all": truth, **halves(truth)}.items():
            path = Path(tmp, f"truth-{part}.json")
            path.write_text(json.dumps(subset, ensure_ascii=False), encoding="utf-8")
            cmd = [str(full / "score.py"), str(pred), "--truth", str(path)]
            results[part] = _run(cmd + (["--per-page"] if per_page and part == "all" else []))
    return results


def _fields(line: str) -> dict[str, str]:
    words = line.split()
    return dict(zip(words[0::2], words[1::2]))


# --------------------------------------------------------------------------- the table


def table(corpus: Path, lang: str, cache: Path, jobs: int, trafilatura: bool) -> list[str]:
    full = corpus / "full"
    rows = ["| input | dev snippets | full F1 | half A | half B | P | R | title | byline |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for style in STYLES:
        cells = [style if style != "pages" else "HTML pages"]
        dev_paths = inputs(corpus, style, cache)
        cells.append(_fields(_last(dev_score(corpus, clean_all(dev_paths, jobs), lang)))["score"]
                     if dev_paths else "-")
        full_paths = inputs(full, style, cache) if full.is_dir() else None
        if full_paths:
            s = {k: _fields(_last(v)) for k, v in full_scores(full, clean_all(full_paths, jobs)).items()}
            cells += [s["all"]["F1"], s["A"]["F1"], s["B"]["F1"], s["all"]["P"], s["all"]["R"],
                      s["all"]["title"], s["all"]["byline"]]
        else:
            cells += ["-"] * 7
        rows.append("| " + " | ".join(cells) + " |")
        print(rows[-1], file=sys.stderr)
    if trafilatura:
        rows.append(trafilatura_row(corpus, lang))
    return rows


def _trafilatura_one(path: Path) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(gzip.decompress(path.read_bytes()), with_metadata=True)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    body = doc.get("text") or ""
    return {"source": str(path), "title": doc.get("title"), "byline": doc.get("author"), "body": body,
            "text": "\n\n".join(x for x in (doc.get("title"), body) if x)}


def trafilatura_row(corpus: Path, lang: str) -> str:
    try:
        import trafilatura
    except ImportError:
        return "| trafilatura (not installed) | | | | | | | | |"
    with ProcessPoolExecutor() as pool:
        dev = list(pool.map(_trafilatura_one, sorted((corpus / "pages").glob("*.html.gz"))))
        full = list(pool.map(_trafilatura_one, sorted((corpus / "full" / "pages").glob("*.html.gz"))))
    d = _fields(_last(dev_score(corpus, dev, lang)))
    s = {k: _fields(_last(v)) for k, v in full_scores(corpus / "full", full).items()}
    return (f"| HTML pages, trafilatura {trafilatura.__version__} | {d['score']} | {s['all']['F1']} | "
            f"{s['A']['F1']} | {s['B']['F1']} | {s['all']['P']} | {s['all']['R']} | {s['all']['title']} | "
            f"{s['all']['byline']} |")


# --------------------------------------------------------------------------- other converters


def _mhtml(html: str) -> str:
    """The page as a browser's "save as a single file" writes it (Chrome's MHTML: CRLF lines,
    quoted-printable HTML that declares UTF-8 first in its head, a frame and a picture as
    parts after it); not a converter but the way many pages are saved."""
    import base64
    import quopri
    import re

    boundary = "----MultipartBoundary--evaluate0000000000000000000000----"
    head = re.search(r"<head[^>]*>", html, re.I)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    html = html[: head.end()] + meta + html[head.end():] if head else meta + html
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    frame = '<html><head></head><body><div class="ad">Advertisement</div></body></html>'
    picture = base64.encodebytes(bytes(range(256)) * 8).decode("ascii").replace("\n", "\r\n")
    parts = [("text/html", "https://example.com/article", body, "quoted-printable"),
             ("text/html", "cid:frame-0@mhtml.blink", frame, "quoted-printable"),
             ("image/png", "https://example.com/photo.png", picture, "base64")]
    out = ["From: <Saved by Blink>", "Snapshot-Content-Location: https://example.com/article",
           "Subject: a saved page", "MIME-Version: 1.0",
           f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"', ""]
    for kind, location, text, encoding in parts:
        out += ["", f"--{boundary}", f"Content-Type: {kind}", f"Content-Transfer-Encoding: {encoding}",
                f"Content-Location: {location}", "", text]
    out += [f"--{boundary}--", ""]
    return "\r\n".join(out)


def _turndown(html: str) -> str:
    """turndown's Markdown of the page (``scripts/turndown.js``: Node.js and node-turndown)."""
    if shutil.which("node") is None:
        raise ImportError("node is not installed")
    done = subprocess.run(["node", str(Path(__file__).with_name("turndown.js"))], input=html.encode("utf-8"),
                          capture_output=True, timeout=120)
    if done.returncode:
        raise ImportError("turndown is not installed (apt-get install node-turndown)")
    return done.stdout.decode("utf-8", "replace")


def _jina(html: str) -> str:
    """The page as Jina Reader's text answer gives it: a header (the page's <title>, its
    address, its published time when the page states it) over turndown's Markdown of the
    page (turndown writes the <title> as the first line: that line is left out). Made here,
    as the MHTML row is; the service itself is not called (no network)."""
    import html as entities
    import re

    title = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    name = " ".join(entities.unescape(title.group(1)).split()) if title else ""
    url = re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", html, re.I)
    when = re.search(r"article:published_time[\"'][^>]*content=[\"']([^\"']+)", html, re.I)
    markdown = _turndown(html).lstrip()
    first, _, rest = markdown.partition("\n")
    if name and " ".join(first.split()).startswith(name[:40]):
        markdown = rest.lstrip("\n")
    head = [f"Title: {name}", f"URL Source: {url.group(1) if url else 'https://example.com/article'}"]
    if when:
        head.append(f"Published Time: {when.group(1)}")
    return "\n\n".join(head) + "\n\nMarkdown Content:\n" + markdown


def _convert(converter: str, html: str) -> str:
    if converter == "mhtml":
        return _mhtml(html)
    if converter == "turndown":
        return _turndown(html)
    if converter == "jina":
        return _jina(html)
    if converter in PROGRAMS:
        command = PROGRAMS[converter]
        if shutil.which(command[0]) is None:
            raise ImportError(f"{command[0]} is not installed")
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as page:
            page.write(html)
            page.flush()
            stdin = html.encode("utf-8") if "-stdin" in command else None
            done = subprocess.run(command + ([] if stdin else [page.name]), input=stdin,
                                  capture_output=True, timeout=120)
        return done.stdout.decode("utf-8", "replace")
    if converter == "html2text-refs":  # html2text --reference-links --body-width=0
        import html2text

        h = html2text.HTML2Text()
        h.body_width, h.inline_links = 0, False
        return h.handle(html)
    if converter == "html2text-wrapped":  # its default: Markdown hard-wrapped at 78 columns
        import html2text

        h = html2text.HTML2Text()
        h.ignore_links = h.ignore_images = True
        return h.handle(html)
    if converter == "inscriptis":
        import inscriptis

        return inscriptis.get_text(html)
    if converter == "lxml-text":  # text_content(): the page's scripts and styles included
        import lxml.html

        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser).text_content()
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    if converter == "bs4":  # get_text("\n"): sentences split at every inline element
        return soup.get_text("\n")
    if converter == "bs4-glued":  # get_text(): nothing between elements, as textContent
        return soup.get_text()
    import markdownify

    return markdownify.markdownify(str(soup))


def _converted(converter: str, pages: list[Path], folder: str) -> list[Path]:
    paths = []
    for page in pages:
        out = Path(folder, f"{_name(page)}.txt")
        out.write_text(_convert(converter, _page_html(page)), encoding="utf-8")
        paths.append(out)
    return paths


def other_converters(corpus: Path, lang: str, jobs: int) -> list[str]:
    """Scores of dumps the corpora have none of, made from their pages by other converters:
    the development corpus's snippet score and full/'s F1, title and byline, each beside the
    dump's own score unchanged."""
    lines = []
    full = corpus / "full"
    for converter in CONVERTERS:
        with tempfile.TemporaryDirectory() as dev, tempfile.TemporaryDirectory() as whole:
            try:
                dev_paths = _converted(converter, sorted((corpus / "pages").glob("*.html.gz")), dev)
                full_paths = _converted(converter, sorted((full / "pages").glob("*.html.gz")), whole)
            except ImportError as exc:
                lines.append(f"{converter:18} skipped: {exc}")
                continue
            ours = _fields(_last(dev_score(corpus, clean_all(dev_paths, jobs), lang)))["score"]
            unchanged = _fields(_last(_run([str(corpus / "score.py"), dev]
                                           + (["--lang", lang] if lang != "all" else []))))["score"]
            scored = _fields(_last(full_scores(full, clean_all(full_paths, jobs))["all"]))
            raw = _fields(_last(_run([str(full / "score.py"), whole])))["F1"]
            lines.append(f"{converter:18} dev {ours} (unchanged: {unchanged})   full F1 {scored['F1']} "
                         f"title {scored['title']} byline {scored['byline']} (unchanged: {raw})")
    return lines


# --------------------------------------------------------------------------- fields


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_datelines(corpus: Path) -> tuple[float, float, float, list[str]]:
    """Precision, recall and F1 of datelines against labels.json (exact raw text), html-text."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    misses: list[str] = []
    for name, label in labels.items():
        expected = (label.get("dateline") or {}).get("raw")
        found = (newsclean.clean_file(corpus / "dumps" / "html-text" / f"{name}.txt").dateline or {})
        got = found.get("raw")
        if got == expected:
            tp += expected is not None
            continue
        fp += got is not None
        fn += expected is not None
        misses.append(f"{name}: expected {expected!r}, got {got!r}")
    return (*_f1(tp, fp, fn), misses)


def _words(text: str) -> set[str]:
    import re
    import unicodedata

    return set(re.sub(r"\W+", " ", unicodedata.normalize("NFC", text).casefold()).split())


def score_quotes(corpus: Path, threshold: float = 0.6) -> dict[str, float]:
    """Quotes against labels.json (html-text dumps): a found quotation matches a labelled one
    when their word sets overlap (Jaccard >= threshold; 1.0 = the same words), each used once.
    Speaker accuracy is over matched pairs, compared case-insensitively."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    tp = fp = fn = same_speaker = 0
    for name, label in labels.items():
        found = newsclean.clean_file(corpus / "dumps" / "html-text" / f"{name}.txt").quotes
        used: set[int] = set()
        for expected in label.get("quotes", []):
            want = _words(expected["text"])
            best, best_score = None, 0.0
            for i, quote in enumerate(found):
                if i not in used:
                    got = _words(quote["text"])
                    score = len(want & got) / max(1, len(want | got))
                    if score > best_score:
                        best, best_score = i, score
            if best is not None and best_score >= threshold:
                used.add(best)
                tp += 1
                speaker = (found[best]["speaker"] or "").casefold()
                same_speaker += speaker == (expected["speaker"] or "").casefold()
            else:
                fn += 1
        fp += len(found) - len(used)
    precision, recall, f1 = _f1(tp, fp, fn)
    return {"f1": f1, "precision": precision, "recall": recall,
            "speaker": same_speaker / tp if tp else 0.0, "matched": tp}


def score_published(corpus: Path) -> str:
    """published_iso from the html-text and html2text dumps against the date in the same
    page's own metadata (its HTML route's ``published``): no labels needed, and the
    metadata is what a page says of itself. A day's difference is counted apart (a time
    written in one zone and stamped in another)."""
    out = []
    for name, root in (("dev", corpus), ("full", corpus / "full")):
        truth = {}
        for page in sorted((root / "pages").glob("*.html*")):
            article = newsclean.clean_file(page)
            if article.published and article.published_iso:
                truth[page.name.split(".html")[0]] = article.published_iso[:10]
        for style in ("html-text", "html2text"):
            same = near = other = none = 0
            for stem, day in truth.items():
                got = newsclean.clean_file(root / "dumps" / style / f"{stem}.txt").published_iso
                if got is None:
                    none += 1
                elif got[:10] == day:
                    same += 1
                elif abs((date.fromisoformat(got[:10]) - date.fromisoformat(day)).days) == 1:
                    near += 1
                else:
                    other += 1
            out.append(f"{name} {style}: {same} same day, {near} a day apart, {other} other, {none} none "
                       f"(of {len(truth)} pages with a metadata date)")
    return "published  dumps against the page's metadata: " + "; ".join(out)


def check_examples(corpus: Path) -> tuple[int, int, list[str]]:
    ok, total, problems = 0, 0, []
    for path in sorted((corpus / "examples").glob("*.txt")):
        total += 1
        article = newsclean.clean_file(path)
        expected_md = path.with_suffix(".expected.md").read_text(encoding="utf-8")
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        got = article.to_dict()
        fields = [k for k in ("title", "byline", "captions", "body") if got[k] != expected[k]]
        md_ok = article.to_markdown().rstrip("\n") == expected_md.rstrip("\n")
        if fields or not md_ok:
            problems.append(f"{path.stem}: differs in {', '.join(fields + ([] if md_ok else ['markdown']))}")
        else:
            ok += 1
    return ok, total, problems


def fields_report(corpus: Path) -> list[str]:
    lines = []
    precision, recall, f1, misses = score_datelines(corpus)
    lines.append(f"datelines  F1 {f1:.3f} precision {precision:.3f} recall {recall:.3f} (labels.json)")
    lines += [f"  {line}" for line in misses]
    for threshold, label in ((0.6, "overlap"), (1.0, "exact words")):
        q = score_quotes(corpus, threshold)
        lines.append(f"quotes     F1 {q['f1']:.3f} precision {q['precision']:.3f} recall {q['recall']:.3f} "
                     f"speaker accuracy {q['speaker']:.3f} on {q['matched']} matched ({label})")
    lines.append(score_published(corpus))
    ok, total, problems = check_examples(corpus)
    lines.append(f"examples   {ok}/{total} equal to the expected output")
    lines += [f"  {line}" for line in problems]
    return lines


# --------------------------------------------------------------------------- main


def per_page(corpus: Path, cell: str, lang: str, cache: Path, jobs: int) -> str:
    """``dev/STYLE`` or ``full/STYLE``: the scorer's per-page lines, worst first."""
    which, _, style = cell.partition("/")
    root = corpus / "full" if which == "full" else corpus
    paths = inputs(root, style, cache)
    if not paths:
        return f"no {style} inputs for {which}"
    articles = clean_all(paths, jobs)
    out = full_scores(root, articles, per_page=True)["all"] if which == "full" else \
        dev_score(corpus, articles, lang, per_page=True)
    lines = out.strip().splitlines()
    pages = sorted(line for line in lines if line[:1].isdigit())
    return "\n".join(pages + [line for line in lines if not line[:1].isdigit()])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--lang", default="en", help="the dev corpus's score.py --lang value, or 'all'")
    parser.add_argument("--per-page", metavar="CELL",
                        help="dev/STYLE or full/STYLE (STYLE: " + ", ".join(STYLES) + ")")
    parser.add_argument("--trafilatura", action="store_true", help="add trafilatura on the HTML pages")
    parser.add_argument("--other-converters", action="store_true",
                        help="also score dumps made with " + ", ".join(CONVERTERS)
                        + " (pip install html2text inscriptis beautifulsoup4 markdownify lxml;"
                        " apt-get install lynx links elinks pandoc html2text node-turndown)")
    parser.add_argument("--no-fields", action="store_true", help="skip datelines, quotes and examples")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsclean-eval"
    parser.add_argument("--cache", type=Path, default=cache, help="where made lynx/w3m dumps are kept")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.per_page:
        print(per_page(args.corpus, args.per_page, args.lang, args.cache, args.jobs))
        return 0
    rows = table(args.corpus, args.lang, args.cache, args.jobs, args.trafilatura)
    print("\n".join(rows))
    if args.other_converters:
        print("\n".join(other_converters(args.corpus, args.lang, args.jobs)))
    if not args.no_fields:
        print("\n".join(fields_report(args.corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
