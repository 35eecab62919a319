#!/usr/bin/env python3
"""Each named threshold of the article finder, a step either side: is it on a knife edge?

    python3 scripts/thresholds.py ../shared/corpus              # every threshold below
    python3 scripts/thresholds.py ../shared/corpus LEAD_BONUS   # one

For each threshold, the module constant is set to the lower value, the value in the code and
the higher value in turn, and the corpus is cleaned again; printed per setting: the snippet
score of the development corpus (English pages) and full/'s F1 over all pages, for the HTML
pages and each dump style, then full/'s title and byline accuracy from each of them. A
threshold on a knife edge shows a large change a step away.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import evaluate  # noqa: E402

# (module, constant, lower, higher): the step either side is the threshold's own scale
THRESHOLDS = [
    ("newsclean.rules.span", "LEAD_BONUS", 3.0, 10.0),
    ("newsclean.rules.line_weights", "_SHORT_CONTENT", -0.04, 0.02),
    ("newsclean.code", "_CODE_SHARE", 0.04, 0.09),
    ("newsclean.rules.shapes", "_TEASER_PROSE", 200, 450),
    ("newsclean.rules.shapes", "_TEASER_RUN", 2, 4),
    ("newsclean.rules.shapes", "_TEASER_GAP", 2, 6),
    ("newsclean.rules.shapes", "_STAMPED_RUN", 2, 4),
    ("newsclean.rules.shapes", "_STAMP_REACH", 10, 40),
    ("newsclean.rules.shapes", "_PAGES", 2, 5),
    ("newsclean.rules.shapes", "_PAGE_STEP", 1, 3),
    ("newsclean.rules.shapes", "_GALLERY_RUN", 2, 4),
    ("newsclean.rules.shapes", "_UNDER_IMAGE", 150, 300),
    ("newsclean.rules.shape_weights", "_INSET_MAX", 4, 12),
    ("newsclean.rules.candidates", "TINY", 150, 600),
    ("newsclean.rules.candidates", "_MARGIN", 0.05, 0.3),
    ("newsclean.rules.elements", "_SIBLING_SHARE", 0.1, 0.4),
    ("newsclean.rules.anchors", "BYLINE_REACH", 4, 16),
    ("newsclean.rules.anchors", "_AFTER", 15, 60),
    ("newsclean.rules.anchors", "_DATELINE_MIN", 80, 200),
    ("newsclean.rules.anchors", "_ABOUT_PROSE", 1, 3),
    ("newsclean.rules.anchors", "_FIRST_PROSE", 2, 5),
    ("newsclean.scripts", "CJK_WIDTH", 2, 4),
    ("newsclean.scripts", "_DENSE_SHARE", 0.15, 0.4),
    ("newsclean.scripts", "_PUNCT_WEIGHT", 2, 5),
    ("newsclean.rules.caption", "_PAGE_WIDE", 0.25, 0.6),
    ("newsclean.stopwords", "_COVERAGE", 7, 14),
    ("newsclean.rules.anchors", "SAME_WORDS", 0.7, 0.9),
    ("newsclean.rules.byline", "_NAME_REACH", 2, 6),
    ("newsclean.rules.byline", "_FRAMED_ABOVE", 12, 30),
    ("newsclean.rules.about", "ABOUT", 1, 3),
    ("newsclean.rules.about", "STEM", 3, 5),
    ("newsclean.rules.span", "_LIST_REACH", 2, 5),
    ("newsclean.rules.span", "_LIST_MIN", 2, 5),
    ("newsclean.rules.byline", "_SIGNED_REACH", 2, 4),
    ("newsclean.rules.title", "_SENTENCE_HEAD", 6, 15),
    ("newsclean.rules.anchors", "_POST_HEADER", 1, 3),
    ("newsclean.rules.anchors", "_DATE_LINE", 40, 90),
    ("newsclean.rules.span", "_LIST_ITEM", 0.02, 0.1),
    ("newsclean.rules.anchors", "_BYLINE_OVER", 4, 6),
    ("newsclean.rules.anchors", "_OWN_PROSE", 1, 3),
    ("newsclean.rules.anchors", "HEADLINE_LENGTH", 120, 200),
    ("newsclean.rules.title", "_BUTTONS", 6, 10),
    ("newsclean.rules.title", "_BUTTON_WORDS", 3, 5),
    ("newsclean.rules.patterns", "_STAMP_WORDS", 2, 4),
    ("newsclean.columns", "TABLE_LINES", 3, 6),
    ("newsclean.columns", "_ALIGNED", 0.5, 0.8),
    ("newsclean.columns", "_LEFT_WORDS", 1, 3),
    ("newsclean.rules.anchors", "DEK_LENGTH", 80, 120),
    ("newsclean.rules.shapes", "_COUNTED_SLIDES", 2, 4),
    ("newsclean.rules.end_matter", "_BOX_AFTER", 1, 3),
    ("newsclean.rules.end_matter", "_FEED_SIGNS", 2, 4),
    ("newsclean.rules.boilerplate", "_ROW_FIGURES", 3, 5),
    ("newsclean.rules.end_matter", "_HEADER_REACH", 2, 4),
    ("newsclean.segment", "_PARAGRAPHS", 2, 5),
    ("newsclean.rules.patterns", "_OWN_BIO_MAX", 900, 1800),
    ("newsclean.rules.markers", "_GLUED_STAMPS", 2, 4),
    ("newsclean.rules.markers", "_GLUED_FEED_MIN", 60, 150),
    ("newsclean.rules.shapes", "ABOUT_MAX", 40, 80),
    ("newsclean.rules.shapes", "_COUNTED_LINE", 45, 80),
    ("newsclean.rules.byline", "_MORE_AUTHORS", 2, 6),
    ("newsclean.rules.byline", "_ECHO_EXTRA", 8, 25),
    ("newsclean.rules.shapes", "_CREDIT_WORDS", 4, 9),
    ("newsclean.rules.anchors", "_UNDER_BYLINE", 6, 15),
    ("newsclean.rules.boilerplate", "_BOX_LINES", 4, 9),
    ("newsclean.rules.boilerplate", "_LABELLED", 2, 3),  # (two is the fewest that repeat)
    ("newsclean.rules.boilerplate", "_LINKED_MAX", 120, 220),
    ("newsclean.rules.boilerplate", "_SAID_SHARE", 0.8, 1.0),
    ("newsclean.rules.end_matter", "_PULLED_MIN", 30, 60),
    ("newsclean.rules.line_weights", "_SENTENCES_STOP", 0.06, 0.1),
    ("newsclean.rules.tables", "_TABLE_ROWS", 2, 4),
    ("newsclean.rules.tables", "_TABLE_HEAD", 1, 3),
    ("newsclean.rules.tables", "_ROW_MAX", 80, 160),
    ("newsclean.rules.end_matter", "_NAMED_REACH", 2, 4),
    ("newsclean.rules.end_matter", "_PULLED_REACH", 10, 40),
    ("newsclean.rules.tables", "_FIELD_MAX", 250, 600),
    ("newsclean.rules.end_matter", "_THREAD_HEADERS", 1, 3),
    ("newsclean.rules.anchors", "_FRAME_REACH", 2, 4),
    ("newsclean.rules.anchors", "_THREAD_REACH", 20, 80),
    ("newsclean.columns", "LAYOUT_LINES", 5, 12),
    ("newsclean.columns", "_LAYOUT_GAPS", 1, 3),
    ("newsclean.rules.end_matter", "_THREAD_LEAD", 1, 5),
    ("newsclean.rules.shapes", "_ENTRY_HEADING", 80, 160),
    ("newsclean.rules.anchors", "_DEKS", 1, 3),
    ("newsclean.rules.shape_weights", "_LIVE_TIME", 0.01, 0.2),
    ("newsclean.rules.boilerplate", "_PLAIN_WORDS", 8, 12),
    ("newsclean.rules.byline", "_OVER_RUN", 5, 12),
    ("newsclean.rules.byline", "_ENTRY_GAP", 5, 12),
    ("newsclean.rules.anchors", "_HEADLINE_WORDS", 4, 7),
    ("newsclean.rules.anchors", "_CAPPED_WORD", 3, 5),
    ("newsclean.rules.line_weights", "_INTRO_SENTENCE", 6, 12),
    ("newsclean.rules.next_story", "_TOLD", 3, 8),
    ("newsclean.rules.boilerplate", "_TEASER_HEADLINE", 120, 200),
    ("newsclean.rules.caption", "_CREDIT_ALONE", 40, 80),
    ("newsclean.rules.shapes", "_TRANSCRIPT_RUN", 2, 4),
    ("newsclean.rules.shapes", "_TRANSCRIPT_START", 5, 30),
    ("newsclean.rules.shapes", "_TICKER_RUN", 2, 4),
    ("newsclean.rules.shapes", "_CLOCKED_WORDS", 2, 4),
    ("newsclean.code", "_MARKUP_SHARE", 0.4, 0.6),
    ("newsclean.rules.shapes", "_TRANSCRIPT_STEP", 30, 120),
    ("newsclean.rules.markers", "_JOINED_MAX", 40, 80),
    ("newsclean.rules.signatures", "_SIGNED_NAME", 2, 4),
    ("newsclean.rules.byline", "_BIO_REACH", 2, 4),
    ("newsclean.rules.byline", "_NAME_LINE", 40, 80),
    ("newsclean.rules.boilerplate", "_SECTION_ITEMS", 1, 3),
    ("newsclean.segment", "PAGE_SHARE", 0.25, 0.35),
    ("newsclean.rules.patterns", "_DATE_LINE_WORDS", 4, 6),
    ("newsclean.rules.caption", "_ALT_WORDS", 8, 16),
    ("newsclean.rules.boilerplate", "_LISTED_DATES", 1, 3),
    ("newsclean.rules.markers", "_LABEL_WORDS", 3, 5),
    ("newsclean.rules.markers", "_NOTE_REACH", 6, 10),
    ("newsclean.rules.span", "_MENU_GAP", 3, 5),
    ("newsclean.rules.span", "_OVER_LEAD", 1, 3),
    ("newsclean.rules.span", "_LEAD_WORDS", 6, 12),
    ("newsclean.rules.byline", "_AGENCY_LINE", 30, 60),
    ("newsclean.rules.end_matter", "_BOX_TIMES", 1, 3),
    ("newsclean.rules.end_matter", "_BIO_LONGEST", 400, 900),
    ("newsclean.rules.authors", "_PLACED", 3, 5),
    ("newsclean.rules.end_matter", "_MARKED_HEADERS", 2, 4),
    ("newsclean.rules.end_matter", "_MARKED_REACH", 8, 16),
    ("newsclean.rules.end_matter", "_TRAILER_AFTER", 1, 3),
    ("newsclean.rules.title", "_DESCRIBED", 4, 8),
    ("newsclean.rules.boilerplate", "_BETWEEN", 1, 3),
    ("newsclean.rules.about", "UNLISTED", 4, 6),
    ("newsclean.rules.title", "_AUTHOR_LINE_WORDS", 4, 6),
    ("newsclean.rules.patterns", "_HAN_KANA_WORD", 1, 3),
    ("newsclean.rules.shapes", "_SCORES", 2, 4),
    ("newsclean.rules.span", "_SLIDE_LINES", 2, 4),
    ("newsclean.rules.evidence", "_PAGE_ALL", 0.85, 0.95),
    ("newsclean.rules.shapes", "_SIGNED_CLOCK", 40, 60),
    ("newsclean.rules.tables", "_HEADER_FIGURES", 3, 5),
    ("newsclean.rules.anchors", "_FURNITURE_OVER", 20, 40),
    ("newsclean.rules.span", "_OVER_GALLERY", 6, 10),
    ("newsclean.rules.shapes", "_ALT_WORDS", 8, 16),
    ("newsclean.rules.boilerplate", "_ITEM_WORDS", 2, 4),
    ("newsclean.rules.shapes", "_TWIN_REACH", 1, 3),
    ("newsclean.rules.shapes", "_TWIN_BETWEEN", 2, 6),
    ("newsclean.rules.contents", "_CONTENTS_RUN", 2, 4),
    ("newsclean.rules.contents", "_ENTRY_MAX", 80, 160),
    ("newsclean.rules.contents", "_COPIES", 2, 4),
    ("newsclean.rules.contents", "_LABEL_MAX", 20, 40),
    ("newsclean.rules.contents", "_SECTION_TEXT", 60, 120),
    ("newsclean.rules.markers", "_AD_LABEL", 20, 40),
    ("newsclean.rules.markers", "_AD_COPY", 200, 400),
    ("newsclean.rules.markers", "_BOX_HEADING", 4, 8),
    ("newsclean.rules.span", "_LIST_ITEMS", 1, 3),
    ("newsclean.rules.line_weights", "_ITEM_MAX", 90, 160),
    ("newsclean.rules.line_weights", "_MARKED_ITEM_WORDS", 2, 4),
    ("newsclean.rules.anchors", "_OPENER_REACH", 0, 2),
    ("newsclean.rules.tables", "_HEAD_COLUMNS", 7, 11),
    ("newsclean.rules.tables", "_HEAD_LETTERS", 3, 5),
    ("newsclean.rules.tables", "_UNIT_LETTERS", 2, 4),
    ("newsclean.rules.markers", "_AD_LINES", 2, 4),
    ("newsclean.rules.markers", "_BOX_LINE", 120, 200),
    ("newsclean.rules.end_matter", "_BIO_HEADED", 1000, 2000),
    ("newsclean.rules.boilerplate", "_CARD_LINES", 2, 4),
    ("newsclean.rules.boilerplate", "_CARD_LINE", 150, 250),
    ("newsclean.rules.line_weights", "LINK_ROW_SHARE", 0.3, 0.5),
    ("newsclean.rules.line_weights", "_LINK_ROW_LINKS", 2, 4),
    ("newsclean.rules.span", "_PHRASES_MIN", 4, 6),
    ("newsclean.rules.span", "_PHRASE_WORDS", 3, 5),
    ("newsclean.rules.anchors", "LONGER_WORDS", 1, 3),
    ("newsclean.rules.anchors", "_DATED_REACH", 1, 3),
    ("newsclean.rules.anchors", "ROW_WORDS", 2, 4),
    ("newsclean.rules.end_matter", "FOOTER_RUN", 3, 5),
    ("newsclean.rules.shapes", "_SPEECH_RUN", 2, 4),
    ("newsclean.rules.shapes", "_SPEECH_LENGTH", 40, 60),
]
STYLES = ("pages", "html-text", "html2text", "lynx", "w3m")


def scores(corpus: Path, cache: Path, jobs: int) -> list[str]:
    """dev snippet score and full F1 per input kind, as printed cells."""
    cells: list[str] = []
    fields: list[str] = []
    for style in STYLES:
        dev = evaluate.inputs(corpus, style, cache)
        full = evaluate.inputs(corpus / "full", style, cache)
        d = evaluate._fields(evaluate._last(evaluate.dev_score(corpus, evaluate.clean_all(dev, jobs), "en")))
        outputs = evaluate.full_scores(corpus / "full", evaluate.clean_all(full, jobs))
        f = evaluate._fields(evaluate._last(outputs["all"]))
        cells.append(f"{d['score']}/{f['F1']}")
        fields.append(f"{f['title']}/{f['byline']}")
    return cells + fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("names", nargs="*", help="constants to try (default: all)")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsclean-eval"
    parser.add_argument("--cache", type=Path, default=cache, help="where made lynx/w3m dumps are kept")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    print("| threshold | value | " + " | ".join(f"{s} dev/full" for s in STYLES)
          + " | " + " | ".join(f"{s} title/byline" for s in STYLES) + " |")
    print("| --- | --- |" + " --- |" * (2 * len(STYLES)))
    for module_name, name, lower, higher in THRESHOLDS:
        if args.names and name not in args.names:
            continue
        module = importlib.import_module(module_name)
        value = getattr(module, name)
        for setting in (lower, value, higher):
            setattr(module, name, setting)
            mark = " (code)" if setting == value else ""
            cells = scores(args.corpus, args.cache, args.jobs)
            print(f"| `{name}` | {setting}{mark} | " + " | ".join(cells) + " |", flush=True)
        setattr(module, name, value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
