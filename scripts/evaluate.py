#!/usr/bin/env python3
"""Score newsclean on a corpus folder (the development corpus's layout: dumps/, examples/, score.py).

    python3 scripts/evaluate.py ../shared/corpus            # both dump styles, English pages
    python3 scripts/evaluate.py CORPUS --lang all --per-page
    python3 scripts/evaluate.py CORPUS --pages              # the saved HTML pages, side by side

Prints, per dump style, the score.py summary line for newsclean's text output, and the
examples check: Markdown equal to the expected .md, JSON title/byline/captions/body equal.
``--pages`` scores newsclean on the corpus's HTML pages (pages/*.html.gz) instead, next to
trafilatura's extraction of the same pages (when ``import trafilatura`` works) and to
newsclean's text route on the same pages' dumps.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsclean  # noqa: E402


def _clean_into(paths: list[Path], out: Path) -> None:
    """newsclean's text output of each dump or page as ``out/<page name>.txt``, as score.py reads it."""
    for path in paths:
        text = newsclean.clean_file(path).to_text()
        (out / f"{_page_name(path)}.txt").write_text(text, encoding="utf-8")


def _dumps(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def _score(corpus: Path, target: str, lang: str, extra: list[str] = []) -> str:  # noqa: B006
    """score.py's whole output for a folder of outputs."""
    cmd = [sys.executable, str(corpus / "score.py"), target, *extra]
    if lang != "all":
        cmd += ["--lang", lang]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_dumps(corpus: Path, style: str, lang: str, extra: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        _clean_into(_dumps(corpus / "dumps" / style), Path(tmp))
        return _score(corpus, tmp, lang, extra)


CONVERTERS = ("html2text-wrapped", "inscriptis", "bs4", "markdownify")


def make_dumps(corpus: Path, converter: str, lang: str, out: Path) -> int:
    """Dumps of the corpus pages by a converter the corpus has none of (its package needed)."""
    import gzip

    snippets = json.loads((corpus / "snippets.json").read_text(encoding="utf-8"))
    made = 0
    for name, entry in snippets.items():
        if lang != "all" and entry["lang"] != lang:
            continue
        raw = gzip.decompress((corpus / "pages" / f"{name}.html.gz").read_bytes())
        html = raw.decode(entry.get("charset", "utf-8"), errors="replace")
        (out / f"{name}.txt").write_text(_convert(converter, html), encoding="utf-8")
        made += 1
    return made


def _convert(converter: str, html: str) -> str:
    if converter == "html2text-wrapped":  # its default: Markdown hard-wrapped at 78 columns
        import html2text

        h = html2text.HTML2Text()
        h.ignore_links = h.ignore_images = True
        return h.handle(html)
    if converter == "inscriptis":
        import inscriptis

        return inscriptis.get_text(html)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    if converter == "bs4":  # get_text("\n"): sentences split at every inline element
        return soup.get_text("\n")
    import markdownify

    return markdownify.markdownify(str(soup))


def _pages(corpus: Path) -> list[Path]:
    return sorted((corpus / "pages").glob("*.html.gz"))


def _page_name(path: Path) -> str:
    """The corpus's name of a page: its dump's or its saved page's file name, extension off."""
    return path.name.removesuffix(".html.gz").removesuffix(".txt")


def score_pages(corpus: Path, lang: str, extra: list[str]) -> dict[str, str]:
    """score.py's output for newsclean on the HTML pages and, if installed, trafilatura."""
    import gzip

    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        _clean_into(_pages(corpus), Path(tmp))
        results["newsclean (HTML)"] = _score(corpus, tmp, lang, extra)
    try:
        import trafilatura
    except ImportError as exc:
        results["trafilatura"] = f"skipped: {exc} (pip install trafilatura)"
        return results
    with tempfile.TemporaryDirectory() as tmp:
        for path in _pages(corpus):
            text = trafilatura.extract(gzip.decompress(path.read_bytes())) or ""
            (Path(tmp) / f"{_page_name(path)}.txt").write_text(text, encoding="utf-8")
        version = getattr(trafilatura, "__version__", "?")
        results[f"trafilatura {version}"] = _score(corpus, tmp, lang, extra)
    return results


def score_folder(corpus: Path, folder: Path, lang: str) -> tuple[str, str]:
    """(newsclean's score line, the unchanged dumps' score line) for a folder of dumps."""
    with tempfile.TemporaryDirectory() as tmp:
        _clean_into(_dumps(folder), Path(tmp))
        ours, unchanged = (_score(corpus, target, lang) for target in (tmp, str(folder)))
        return ours.strip().splitlines()[-1], unchanged.strip().splitlines()[-1]


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--lang", default="en", help="score.py --lang value, or 'all'")
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument("--other-converters", action="store_true",
                        help="also dump the corpus pages with " + ", ".join(CONVERTERS)
                        + " (pip install html2text inscriptis beautifulsoup4 markdownify) and score those")
    parser.add_argument("--pages", action="store_true",
                        help="score the HTML pages (newsclean's HTML route, trafilatura, the text route)")
    args = parser.parse_args()
    extra = ["--per-page"] if args.per_page else []
    if args.pages:
        for label, out in score_pages(args.corpus, args.lang, extra).items():
            if args.per_page:
                print(out)
            print(f"{label:22} {out.strip().splitlines()[-1]}")
        for style in ("html-text", "html2text"):
            out = score_dumps(args.corpus, style, args.lang, [])
            print(f"{'text route, ' + style:22} {out.strip().splitlines()[-1]}")
        return 0
    for style in ("html-text", "html2text"):
        out = score_dumps(args.corpus, style, args.lang, extra)
        if args.per_page:
            print(out)
        print(f"{style:10} {out.strip().splitlines()[-1]}")
    if args.other_converters:
        for converter in CONVERTERS:
            with tempfile.TemporaryDirectory() as tmp:
                try:
                    make_dumps(args.corpus, converter, args.lang, Path(tmp))
                except ImportError as exc:
                    print(f"{converter:18} skipped: {exc}")
                    continue
                ours, unchanged = score_folder(args.corpus, Path(tmp), args.lang)
                print(f"{converter:18} {ours}   (unchanged: {unchanged.split(' with')[0]})")
    precision, recall, f1, misses = score_datelines(args.corpus)
    print(f"datelines  F1 {f1:.3f} precision {precision:.3f} recall {recall:.3f} (labels.json)")
    for line in misses:
        print(f"  {line}")
    for threshold, label in ((0.6, "overlap"), (1.0, "exact words")):
        q = score_quotes(args.corpus, threshold)
        print(f"quotes     F1 {q['f1']:.3f} precision {q['precision']:.3f} recall {q['recall']:.3f} "
              f"speaker accuracy {q['speaker']:.3f} on {q['matched']} matched ({label})")
    ok, total, problems = check_examples(args.corpus)
    print(f"examples   {ok}/{total} equal to the expected output")
    for line in problems:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
