"""`clean --jobs`: the ordered, bounded process pool and the hand-over of rules and data to
its workers. The same results, byte for byte, with one job or two."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import batch
from newsclean.batch import Item, Options, Settings

ARTICLE = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n\n"
           "Fishing boats will tie up at the south quay, which the board says has room for all of "
           "the eleven boats that land at Kestle each morning.\n\n"
           "Harbour webcam\n\n"
           "The work is paid for by a grant from the county, the board said, and should be finished "
           "before the summer regatta brings visitors back to the village.\n")

RULE_FILE = '''
import os
import time

from newsclean import rule

@rule("fussy", "Fails on a dump that says FAILME; drops lines about boats.")
def fussy(doc):
    if any("FAILME" in unit.text for unit in doc.units):
        raise ValueError("not allowed")
    if any("DIE" in unit.text for unit in doc.units):
        os._exit(3)
    if any("SLOW" in unit.text for unit in doc.units):
        time.sleep(120)
    for unit in doc.units:
        if "boats" in unit.text:
            doc.remove(unit, "fussy", "mentions boats")
'''

MARKERS = '[harbour]\nexact = ["harbour webcam"]\n'


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr
    return done


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Seven dumps, one of which the rule file's rule fails on, plus the rule and data files."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(7):
        text = ARTICLE.replace("north quay", f"quay number {n}")
        if n == 3:
            text = text.replace("Tuesday", "Tuesday FAILME")
        (folder / f"story-{n}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "rules.py").write_text(RULE_FILE, encoding="utf-8")
    (tmp_path / "markers.toml").write_text(MARKERS, encoding="utf-8")
    return tmp_path


EXTRAS = ("--rules-file", "rules.py", "--data", "markers=markers.toml")


def test_jsonl_to_stdout_is_byte_identical_with_one_job_or_two(inputs: Path) -> None:
    one = cli("in", "in/missing.txt", "-f", "jsonl", "-j", "1", *EXTRAS, cwd=inputs)
    two = cli("in", "in/missing.txt", "-f", "jsonl", "-j", "2", *EXTRAS, cwd=inputs)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stderr == two.stderr
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"in/story-{n}.txt" for n in range(7)] + ["in/missing.txt"]
    failed = [r for r in records if "error" in r]
    assert [r["source"] for r in failed] == ["in/story-3.txt", "in/missing.txt"]
    assert "rule 'fussy' failed: ValueError: not allowed" in failed[0]["error"]
    cleaned = [r for r in records if "error" not in r]
    for record in cleaned:  # the rule file and the data file reached the workers
        assert any(r["rule"] == "fussy" and "boats" in r["text"] for r in record["removed"])
        assert any(r["text"] == "Harbour webcam" and r["reason"].startswith("harbour")
                   for r in record["removed"])
    assert two.stderr.splitlines()[-1] == "newsclean: 2 of 8 input(s) failed"


def test_markdown_to_a_folder_is_byte_identical_with_one_job_or_two(inputs: Path) -> None:
    one = cli("in", "-o", "out1", "-j", "1", *EXTRAS, cwd=inputs)
    two = cli("in", "-o", "out2", "-j", "2", *EXTRAS, cwd=inputs)
    assert one.returncode == two.returncode == 1
    assert one.stderr == two.stderr
    first = {p.name: p.read_bytes() for p in (inputs / "out1").iterdir()}
    second = {p.name: p.read_bytes() for p in (inputs / "out2").iterdir()}
    assert first == second
    assert sorted(second) == [f"story-{n}.md" for n in range(7) if n != 3]


def test_a_worker_that_dies_gives_one_line_not_a_traceback(inputs: Path) -> None:
    (inputs / "in" / "story-5.txt").write_text(ARTICLE + "\nDIE\n", encoding="utf-8")
    done = cli("in", "-f", "jsonl", "-j", "2", "--rules-file", "rules.py", cwd=inputs)
    assert done.returncode == 1
    assert "a worker process died" in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2  # the failing rule's input, and this


def test_ctrl_c_ends_the_workers_and_exits_130_quietly(inputs: Path) -> None:
    """The rule file sleeps on inputs that say SLOW, so the batch is still running when the
    interrupt comes, whatever the machine's speed: no timing in the test."""
    folder = inputs / "in"
    for n in range(1, 7):
        (folder / f"story-{n}.txt").write_text(ARTICLE + "\nSLOW\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", "in", "-f", "jsonl", "-j", "2",
         "--rules-file", "rules.py"], cwd=inputs, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)  # its own process group: the interrupt a terminal would send
    assert process.stdout is not None
    first = process.stdout.readline()  # story-0 is cleaned; the others sleep in the workers
    assert json.loads(first)["source"] == "in/story-0.txt"
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr


# --- the parts, in process ------------------------------------------------------------------


def test_settings_pickle_and_rebuild_the_same_chain(inputs: Path) -> None:
    settings = Settings(rule_files=(str(inputs / "rules.py"),), disable=("caption",))
    again = pickle.loads(pickle.dumps(settings))
    assert again == settings
    chain = again.build()
    assert "fussy" in chain.ids() and chain.is_enabled("fussy") and not chain.is_enabled("caption")


def test_one_item_is_cleaned_here_without_a_pool(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started for one item")

    monkeypatch.setattr(batch, "_parallel", no_pool)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    chain = Settings().build()
    results = list(batch.run([Item(str(path), path=str(path))], chain, Settings(), Options(), jobs=2))
    assert len(results) == 1 and results[0][1].error is None
    assert results[0][1].output and "north quay" in results[0][1].output


def test_the_pool_reads_a_bounded_number_of_items_ahead(tmp_path: Path) -> None:
    """A lazy stream of 60 items: when the first result comes back, at most IN_FLIGHT per
    worker (and the one being taken) have been read from it, and every result is in order."""
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    pulled = []

    def stream():
        for n in range(60):
            pulled.append(n)
            yield Item(f"item-{n}", text=ARTICLE.replace("north", f"north-{n}"))

    chain = Settings().build()
    results = batch.run(stream(), chain, Settings(), Options(fmt="text"), jobs=2)
    item, outcome = next(results)
    assert item.source == "item-0" and "north-0 quay" in (outcome.output or "")
    assert len(pulled) <= batch.IN_FLIGHT * 2 + 1
    rest = list(results)
    assert [i.source for i, _ in rest] == [f"item-{n}" for n in range(1, 60)]
    assert all(f"north-{n} quay" in (o.output or "") for n, (_, o) in enumerate(rest, 1))


def test_an_error_item_is_reported_in_its_place(tmp_path: Path) -> None:
    chain = Settings().build()
    stream = [Item("a", text=ARTICLE), Item("b", error="not a JSON record"), Item("c", text="  \n")]
    outcomes = [o for _, o in batch.run(stream, chain, Settings(), Options(fmt="jsonl"), jobs=1)]
    assert [(o.source, o.error) for o in outcomes] == [
        ("a", None), ("b", "not a JSON record"), ("c", "empty: nothing to clean")]


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = cli("a.txt", "-j", "0", cwd=tmp_path)
    assert done.returncode == 2 and "--jobs must be at least 1" in done.stderr


def test_explain_is_the_same_with_one_job_or_two(inputs: Path) -> None:
    one = cli("in", "-f", "jsonl", "-j", "1", "--explain", cwd=inputs)
    two = cli("in", "-f", "jsonl", "-j", "2", "--explain", cwd=inputs)
    assert one.returncode == two.returncode == 0
    assert (one.stdout, one.stderr) == (two.stdout, two.stderr)
    assert two.stderr.count("removed") == 7  # one header per input, in input order
    headers = [line.split(":")[0] for line in two.stderr.splitlines() if not line.startswith(" ")]
    assert headers == [f"in/story-{n}.txt" for n in range(7)]
