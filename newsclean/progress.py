"""Progress of a batch on stderr: a Rich bar (done, rate, time left, failures) while it runs
and one summary line at the end, only for a person at a terminal: never on a pipe or a file,
where stderr carries errors alone."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console


def on_terminal(console: Console, quiet: bool) -> bool:
    """Whether progress and a summary are for someone: stderr really is a terminal
    (``FORCE_COLOR`` makes Rich call a pipe one, and a bar must never land in a log) and no
    ``--quiet``."""
    return not quiet and sys.stderr.isatty() and console.is_terminal


class Tracker:
    """Counts a batch's outcomes; draws the bar and prints the summary when ``enabled``."""

    def __init__(self, console: Console, enabled: bool, total: int | None) -> None:
        self.console, self.enabled, self.total = console, enabled, total
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> Tracker:
        if self.enabled:
            self._bar = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(),
                                 _RateColumn(), TimeRemainingColumn(),
                                 TextColumn("{task.fields[failed]} failed"),
                                 console=self.console, transient=True,
                                 redirect_stdout=False, redirect_stderr=False)
            self._task = self._bar.add_task("cleaning", total=self.total, failed=0)
            self._bar.start()
        return self

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed)  # type: ignore[arg-type]

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def summary(self, skipped: int = 0) -> str:
        """``N cleaned, M failed in X s`` (and the rate, and WARC records that were no page)."""
        elapsed = time.monotonic() - self.started
        line = f"newsclean: {self.done - self.failed} cleaned, {self.failed} failed in {elapsed:.1f} s"
        if elapsed > 0 and self.done:
            line += f" ({self.done / elapsed:.1f}/s)"
        if skipped:
            line += f"; {skipped} WARC record(s) skipped (not an HTML response or a conversion)"
        return line


class _RateColumn(ProgressColumn):
    """Inputs per second, over the last 30 s (Rich's estimate)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "-/s", style="progress.data.speed")
