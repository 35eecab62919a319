"""Cleaning many inputs: work items, the hand-over to worker processes, and an ordered,
bounded parallel map.

A batch is a lazy stream of small picklable ``Item``s (a path, or a record's text or bytes
with its source and URL), so a 10 GB JSON Lines or WARC file never sits in memory: at most
``IN_FLIGHT`` items per worker are read ahead, and results come back in input order as soon
as the one at the head is ready. One item, or ``jobs=1``, runs in this process: no pool
start-up cost. Workers are spawned (a fresh interpreter on every platform, never a fork of a
process with a progress thread), so they rebuild the rule chain from ``Settings``.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from .article import Article
    from .chain import Chain

IN_FLIGHT = 4
"""Items read ahead per worker: enough to keep every worker busy while the head waits, few
enough that memory stays bounded (an item holds one page at most)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One input to clean, small enough to send to a worker: a file to read there, or a
    record's ``text`` (decoded) or ``data`` (bytes, decoded there), or an ``error`` found
    while reading (reported in its place, in order)."""

    source: str
    path: str | None = None
    data: bytes | None = None
    text: str | None = None
    html: bool | None = None
    """Whether it is an HTML page; None sniffs."""
    charset: str | None = None
    """An HTTP header's charset for ``data`` (WARC responses)."""
    url: str | None = None
    """The record's URL: the article's ``url`` when the page does not give its own."""
    index: int = 0
    """Which command-line input it came from (for output paths)."""
    name: str | None = None
    """A record's output file name (safe: no separators), None for a file."""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """How to rebuild the parent's rule chain in a worker: the ``--rules-file`` paths, the
    ``--data`` specs and the ids switched on and off. Plain strings, so it pickles; a cleaner
    object that pickles whole (rules, order, data) is to replace it."""

    rule_files: tuple[str, ...] = ()
    data: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()

    def build(self) -> Chain:
        """Load the data and rule files (once per process) and select the rules; raises
        ``ValueError`` (``UnknownRule`` among them) with a one-line message."""
        from .plugins import default_chain, load_rule_file
        from .rules import data

        for spec in self.data:
            name, _, file = spec.partition("=")
            if not file or name not in ("markers", "credits", "quotes"):
                raise ValueError(f"--data takes markers=, credits= or quotes=FILE, not {spec!r}")
            data.add_file(name, Path(file))
        for path in self.rule_files:
            load_rule_file(Path(path))
        return default_chain().select(only=self.only, enable=self.enable, disable=self.disable)


@dataclass(frozen=True, slots=True)
class Options:
    """How each article is rendered (in the worker, so only text comes back)."""

    fmt: str = "md"
    links: bool = True
    strip_dateline: bool = False
    explain: bool = False


@dataclass(slots=True)
class Outcome:
    """An item's result: the rendered ``output``, or an ``error`` (one line), and the article
    itself only for ``--explain``."""

    source: str
    output: str | None = None
    error: str | None = None
    article: Article | None = None


class WorkerDied(Exception):
    """A worker process ended without a result (killed, out of memory)."""


def render(article: Article, fmt: str, links: bool = True) -> str:
    from .render import RENDERERS, json_line

    if fmt == "jsonl":
        return json_line(article.to_dict())
    if fmt == "md":
        return article.to_markdown(links=links)
    return RENDERERS[fmt](article)


def clean_item(item: Item, chain: Chain, strip_dateline: bool = False) -> Article:
    """The article of one item; raises ``InputError`` or ``RuleError``."""
    from .api import clean, clean_file
    from .read import checked_text, decode_input

    if item.path is not None:
        article = clean_file(Path(item.path), rules=chain, strip_dateline=strip_dateline)
    else:
        html = item.html
        if item.text is not None:
            text = checked_text(item.text, item.source)
        else:
            text, html = decode_input(item.data or b"", item.source, html=item.html, charset=item.charset)
        article = clean(text, rules=chain, source=item.source, strip_dateline=strip_dateline,
                        html=html)
    if item.url and not article.url:
        article.url = item.url
    return article


def process(item: Item, chain: Chain, options: Options) -> Outcome:
    """Clean and render one item; bad input and a failing rule give an error, not an exception."""
    from .chain import RuleError
    from .read import InputError

    if item.error is not None:
        return Outcome(item.source, error=item.error)
    try:
        article = clean_item(item, chain, options.strip_dateline)
    except InputError as exc:
        return Outcome(exc.source, error=exc.reason)
    except RuleError as exc:
        return Outcome(item.source, error=str(exc))
    return Outcome(item.source, render(article, options.fmt, options.links),
                   article=article if options.explain else None)


def cores() -> int:
    """The CPUs this process may run on (a container's or taskset's limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def run(items: Iterable[Item], chain: Chain, settings: Settings, options: Options,
        jobs: int) -> Iterator[tuple[Item, Outcome]]:
    """Each item with its outcome, in input order. ``jobs`` > 1 and more than one item: in
    worker processes, at most ``IN_FLIGHT * jobs`` items read ahead; else here."""
    stream = iter(items)
    head = list(itertools.islice(stream, 2))
    if jobs <= 1 or len(head) < 2:
        for item in itertools.chain(head, stream):
            yield item, process(item, chain, options)
        return
    yield from _parallel(itertools.chain(head, stream), settings, options, jobs)


# --- the worker side ------------------------------------------------------------------------

_worker: dict[str, object] = {}


def _start_worker(settings: Settings, options: Options) -> None:
    """Build the chain once per worker. Ctrl-C is the parent's to handle: a worker ignores it
    (no traceback per worker), and the parent ends the workers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker["options"] = options
    try:
        _worker["chain"] = settings.build()
    except ValueError as exc:  # the parent built it; a rule file changed since, say
        _worker["error"] = str(exc)


def _work(item: Item) -> Outcome:
    if "error" in _worker:
        return Outcome(item.source, error=str(_worker["error"]))
    return process(item, _worker["chain"], _worker["options"])  # type: ignore[arg-type]


# --- the parent side ------------------------------------------------------------------------


def _parallel(items: Iterator[Item], settings: Settings, options: Options,
              jobs: int) -> Iterator[tuple[Item, Outcome]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(settings, options))
    pending: deque[tuple[Item, Future[Outcome] | Outcome]] = deque()
    limit = IN_FLIGHT * jobs
    try:
        for item in items:
            if item.error is not None:  # nothing to clean: no trip to a worker
                pending.append((item, Outcome(item.source, error=item.error)))
            else:
                pending.append((item, pool.submit(_work, item)))
            while pending and (len(pending) >= limit or _ready(pending[0][1])):
                yield _take(pending)
        while pending:
            yield _take(pending)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _ready(result: Future[Outcome] | Outcome) -> bool:
    return isinstance(result, Outcome) or result.done()


def _take(pending: deque[tuple[Item, Future[Outcome] | Outcome]]) -> tuple[Item, Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    item, result = pending.popleft()
    if isinstance(result, Outcome):
        return item, result
    try:
        return item, result.result()
    except BrokenProcessPool:
        raise WorkerDied(f"a worker process died while cleaning {item.source} "
                         f"(killed, or out of memory?)") from None


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (Ctrl-C, a closed pipe, an error): terminate the processes rather
    than wait for the items they are on, and drop what is queued."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
