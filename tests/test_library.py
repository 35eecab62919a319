"""The library as other programs use it: in process pools and distributed engines."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import newsclean

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))


def test_article_and_chain_pickle() -> None:
    article = newsclean.clean_file(SAMPLES[0])
    assert pickle.loads(pickle.dumps(article)) == article
    chain = newsclean.default_chain().select(disable=["caption"])
    again = pickle.loads(pickle.dumps(chain))
    assert again.ids() == chain.ids()
    assert [r.id for r in again.active()] == [r.id for r in chain.active()]


def _title(text: str) -> str | None:
    return newsclean.clean(text).title


def test_clean_in_a_process_pool_matches_in_process() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES[:2]]
    with ProcessPoolExecutor(max_workers=2) as pool:
        titles = list(pool.map(_title, texts))
    assert titles == [newsclean.clean(t).title for t in texts]
    assert all(titles)


def test_to_dict_is_plain_data() -> None:
    data = newsclean.clean_file(SAMPLES[0]).to_dict()
    assert pickle.loads(pickle.dumps(data)) == data
    assert isinstance(data["removed"][0], dict)


DUMP = (
    "Home\nNews\nSport\n\nTide gauges return to the old harbour wall\n\nBy Orla Quinn\n\n"
    + "The harbour board put three new tide gauges on the old wall on Monday, a year after the "
      "winter storms carried the last ones away, and said readings would be online by spring.\n\n"
    + "“We have missed a whole season of data,” said harbour master Tomas Reyes, who asked for "
      "the gauges after the storms. “Now the fishermen can check the tide before they sail.”\n\n"
    + "Privacy policy\nTerms of use\n"
)
PAGE = (
    "<!doctype html>\n<html><head><title>Tide gauges return | Harbour News</title></head>\n"
    "<body><nav><a href='/'>Home</a>\n<a href='/news'>News</a></nav>\n<article>\n"
    "<h1>Tide gauges return to the old harbour wall</h1>\n"
    "<p>The harbour board put three new tide gauges on the old wall on Monday, a year after\n"
    "the winter storms carried the last ones away.</p>\n"
    "<p>“We have missed a whole season of data,” said harbour master Tomas Reyes.</p>\n"
    "</article><footer>Privacy policy</footer></body></html>\n"
)


def test_clean_reads_crlf_and_cr_as_the_command_does(tmp_path: Path) -> None:
    """``clean(text)`` and ``newsclean clean FILE`` give the same JSON for LF, CRLF and CR,
    for a dump and for a page (one subprocess reads all six files)."""
    paths, expected = [], []
    for kind, text in (("dump.txt", DUMP), ("page.html", PAGE)):
        for label, newline in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
            variant = text.replace("\n", newline)
            path = tmp_path / f"{label}-{kind}"
            path.write_bytes(variant.encode("utf-8"))
            article = newsclean.clean(variant, source=str(path)).to_dict()
            assert article == newsclean.clean(text, source=str(path)).to_dict()
            assert article["title"] and len(article["paragraphs"]) >= 2
            assert not any("\r" in p for p in article["paragraphs"])
            paths.append(str(path))
            expected.append(article)
    command = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-f", "jsonl", *paths],
                             capture_output=True, timeout=60, env={**os.environ, "NO_COLOR": "1"})
    assert command.returncode == 0, command.stderr
    assert [json.loads(line) for line in command.stdout.splitlines()] == expected
