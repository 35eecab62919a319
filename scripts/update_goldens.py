#!/usr/bin/env python3
"""Rewrite the expected outputs of samples/ from the current code, after a deliberate change.

    python3 scripts/update_goldens.py        # then read `git diff samples/` before committing

For each samples/NAME.txt and samples/NAME.html: NAME.expected.md (the Markdown) and
NAME.expected.json (the JSON, with "source" as the path relative to the repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402


def main() -> int:
    samples = ROOT / "samples"
    for path in sorted([*samples.glob("*.txt"), *samples.glob("*.html")]):
        article = newsclean.clean_file(path)
        article.source = path.relative_to(ROOT).as_posix()
        stem = path.with_suffix("")
        Path(f"{stem}.expected.md").write_text(article.to_markdown(), encoding="utf-8")
        data = json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
        Path(f"{stem}.expected.json").write_text(data, encoding="utf-8")
        print(f"{path.name}: {len(article.paragraphs)} paragraphs, {len(article.removed)} removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
