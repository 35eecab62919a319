"""Progress on stderr: a bar and a summary line for a person at a terminal, nothing of it on
a pipe, nothing with --quiet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from newsclean.progress import Tracker, on_terminal

ARTICLE = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n\n"
           "Fishing boats will tie up at the south quay, which the board says has room for all of "
           "the eleven boats that land at Kestle each morning.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for n in range(5):
        (tmp_path / f"story-{n}.txt").write_text(ARTICLE.replace("north", f"north-{n}"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_nothing_but_errors_on_a_pipe_even_with_force_color(folder: Path) -> None:
    env = {**os.environ, "FORCE_COLOR": "1", "NO_COLOR": ""}
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(folder), "-f", "jsonl", "-j", "2"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and "empty.txt" in lines[0] and "1 of 6 input(s) failed" in lines[1]
    assert "cleaning" not in done.stderr and "cleaned" not in done.stderr


def _on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal; what it showed there."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", *args],
                               stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL,
                               env={**os.environ, "COLUMNS": "120", "NO_COLOR": "1"})
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: the command is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=120), shown.decode("utf-8", "replace")


def test_a_terminal_gets_the_bar_and_a_summary(folder: Path) -> None:
    code, shown = _on_a_terminal([str(folder), "-o", str(folder / "out"), "-j", "2"])
    assert code == 1
    assert "cleaning" in shown and "/6" in shown and "failed" in shown  # the bar: done of total, failures
    assert "newsclean: 5 cleaned, 1 failed in " in shown  # the summary line
    assert "newsclean: 1 of 6 input(s) failed" in shown


def test_quiet_silences_bar_and_summary_but_not_errors(folder: Path) -> None:
    code, shown = _on_a_terminal([str(folder), "-o", str(folder / "out"), "-q"])
    assert code == 1
    assert "cleaning" not in shown and "cleaned" not in shown
    assert "empty.txt" in shown and "1 of 6 input(s) failed" in shown


def test_tracker_counts_and_sums_up() -> None:
    console = Console(file=open(os.devnull, "w"), force_terminal=True)  # noqa: SIM115
    with Tracker(console, enabled=True, total=3) as tracker:
        tracker.advance(failed=False)
        tracker.advance(failed=True)
        tracker.advance(failed=False)
    assert (tracker.done, tracker.failed) == (3, 1)
    line = tracker.summary(skipped=2)
    assert line.startswith("newsclean: 2 cleaned, 1 failed in ")
    assert "2 WARC record(s) skipped" in line
    console.file.close()


def test_not_on_a_terminal_when_quiet_or_redirected() -> None:
    assert not on_terminal(Console(force_terminal=True), quiet=True)
    if not sys.stderr.isatty():  # pytest captures stderr: a pipe or a file
        assert not on_terminal(Console(force_terminal=True), quiet=False)
