"""The library as other programs use it: in process pools and distributed engines."""

from __future__ import annotations

import pickle
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
