"""Linear time, bounded memory and the per-document work budget (issue 11): the quote scan
is linear in operations on inputs that made it quadratic, 8 MB of '"' is cleaned in a small
multiple of its size, and an input that costs more than its budget fails alone, with one
line, on every machine alike, while the batch goes on."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsclean
from newsclean import budget
from newsclean.budget import WorkLimitExceeded
from newsclean.cli import app
from newsclean.read import InputError
from newsclean.rules import quotes

ARTICLE = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n\n"
           "“We had no choice,” said Ann Perrow, who chairs the board. “The piles would not "
           "last another winter.”\n")

# A rule file whose rule does a great deal of work on one input (as a quadratic scan would)
# and charges it to the budget, as a rule's expensive loops may.
RULE_FILE = '''
from newsclean import budget, rule

@rule("heavy", "Charges a great deal of work on a dump that mentions divers.")
def heavy(doc):
    if any("divers" in unit.text for unit in doc.units):
        for _ in range(1000):
            budget.charge(budget.WORK_FLOOR)
'''


def _spent_in_parts(text: str) -> int:
    with budget.budget(len(text), limit=10**15) as spent:
        quotes._parts(text, 0)
    return spent.spent


@pytest.mark.parametrize("unit", ["'a ", "‘a ", '"', "“a ", "\"a' b' ", "x's 'y "])
def test_the_quote_scan_is_linear_in_operations(unit: str) -> None:
    """At n and 4n the scan visits about four times the marks (it was quadratic on "'a 'a")."""
    small, large = (_spent_in_parts(unit * n) for n in (2_000, 8_000))
    assert small > 0
    assert large <= 4.2 * small


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab “”\"„«»‘’'(—:\n", max_size=80))
def test_the_linear_quote_scan_finds_what_the_plain_one_finds(text: str) -> None:
    assert quotes._parts(text, 3) == quotes._parts_plain(text, 3)


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))  # seconds of CPU: far above a linear pass


def test_single_marks_that_never_close_are_cleaned_in_linear_time(tmp_path: Path) -> None:
    """200,000 characters of "'a " took four minutes (each mark looked for its closer anew)."""
    path = tmp_path / "marks.txt"
    path.write_text("'a " * 70_000, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-f", "json", str(path)],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_cpu)
    assert done.returncode == 0, done.stderr
    assert '"body"' in done.stdout


def _limit_memory() -> None:
    limit = 400 << 20  # bytes of address space: it took 890 MB, it takes about 120 MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_eight_megabytes_of_quotation_marks_are_cleaned_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_bytes(b'"' * 8_000_000)
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-f", "json", str(path)],
                          capture_output=True, timeout=120, preexec_fn=_limit_memory)
    assert done.returncode == 0, done.stderr[-500:]
    assert b"MemoryError" not in done.stderr
    assert done.stdout.count(b'\\"') >= 8_000_000  # the marks are the body, nothing lost


def test_the_budget_grows_with_the_input_and_is_the_same_everywhere() -> None:
    assert budget.limit_for(0) == budget.WORK_FLOOR
    assert budget.limit_for(1000) == budget.WORK_FLOOR + 1000 * budget.WORK_PER_CHAR
    with budget.budget(10) as spent:
        budget.charge(5)
        budget.charge(7)
    assert spent.spent == 12
    budget.charge(10**18)  # outside a document: nothing to spend, nothing raised


def test_samples_cost_a_small_share_of_their_budget() -> None:
    """Real pages stay far from the limit (the corpora's pages cost at most 53 units a character)."""
    for path in sorted(Path(__file__).parents[1].joinpath("samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        with budget.budget(len(text), limit=10**15) as spent:
            newsclean.api._segment(text, None, 8)
        assert spent.spent < budget.limit_for(len(text)) / 10
        article = newsclean.clean(text)  # and the whole pass fits
        assert article.paragraphs


def test_tens_of_thousands_of_one_letter_lines_fail_before_they_are_built() -> None:
    """180 KB of "a\\n", under the line limit: every rule would go over 90,000 lines; it fails
    in segment, before its Document takes 60 MB."""
    with pytest.raises(WorkLimitExceeded, match=r"<text>: too much work in segment") as caught:
        newsclean.clean("a\n" * 90_000)
    assert isinstance(caught.value, InputError)
    assert caught.value.spent > caught.value.limit == budget.limit_for(180_000)


def test_the_library_raises_work_limit_exceeded_naming_the_source_and_rule() -> None:
    namespace: dict = {}
    exec(RULE_FILE, namespace)  # the rule file's rule, on a chain of this test's own
    chain = newsclean.default_chain().add(namespace["heavy"])
    with pytest.raises(WorkLimitExceeded, match=r"^story\.txt: too much work in rule 'heavy'"):
        newsclean.clean(ARTICLE, rules=chain, source="story.txt")
    assert newsclean.clean(ARTICLE.replace("divers", "crews"), rules=chain).paragraphs
    assert newsclean.WorkLimitExceeded is WorkLimitExceeded


def _write_batch(tmp_path: Path) -> None:
    (tmp_path / "heavy.py").write_text(RULE_FILE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("divers", "crews"), encoding="utf-8")


def test_an_input_over_budget_gets_its_error_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    _write_batch(tmp_path)
    command = [sys.executable, "-m", "newsclean", "clean", "a.txt", "b.txt", "-f", "jsonl",
               "--rules-file", "heavy.py"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "a.txt: too much work in rule 'heavy'" in done.stderr
    assert "1 of 2 input(s) failed" in done.stderr
    records = done.stdout.splitlines()
    assert len(records) == 2 and '"error": "too much work' in records[0] and "crews" in records[1]


def test_the_cli_reports_work_over_budget_like_any_bad_input(tmp_path: Path, monkeypatch) -> None:
    _write_batch(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["clean", "a.txt", "b.txt", "-f", "jsonl", "--rules-file", "heavy.py"])
    assert result.exit_code == 1
    assert "a.txt: too much work in rule 'heavy'" in result.stderr
    assert result.stdout.count("\n") == 2 and "crews" in result.stdout


def test_a_dump_of_too_many_short_lines_is_refused_before_it_is_built() -> None:
    """Three-letter lines pass the work budget, but 300,000 of them would take 200 MB."""
    with pytest.raises(WorkLimitExceeded, match=r"^page\.txt: too many lines \(300,000; the limit"):
        newsclean.clean("ab\n" * 300_000, source="page.txt")
    with pytest.raises(WorkLimitExceeded, match=r"too many lines \(300,001; the limit"):
        newsclean.clean("ab\n" * 300_000 + "cd", source="page.txt")
    with budget.budget(10):
        budget.check_lines(budget.MAX_LINES)  # up to the limit: fine
        with pytest.raises(WorkLimitExceeded, match="too many lines"):
            budget.check_lines(budget.MAX_LINES + 1)


def test_a_file_of_as_many_lines_as_the_limit_is_read(monkeypatch) -> None:
    """Lines are counted as wc counts them: the newline that ends a file opens no line."""
    monkeypatch.setattr(budget, "MAX_LINES", 40)
    line = "The harbour board voted to close the north quay for repairs.\n"
    assert "north quay" in newsclean.clean(line * 40, source="page.txt").body
    with pytest.raises(WorkLimitExceeded, match=r"too many lines \(41; the limit is 40"):
        newsclean.clean(line * 41, source="page.txt")


def test_a_page_of_too_many_elements_is_refused_before_it_is_parsed() -> None:
    """A table of a million cells is 12 MB, but its parsed tree would take 460 MB."""
    row = "<tr>" + "<td>7</td>" * 500 + "</tr>\n"
    page = f"<html><body><h1>Standings</h1><table>{row * 401}</table></body></html>"
    with pytest.raises(WorkLimitExceeded, match=r"^page\.html: too many elements \(200,905; the limit"):
        newsclean.clean(page, source="page.html", html=True)
    smaller = f"<html><body><h1>Standings</h1><p>The table, in full.</p><table>{row * 300}</table></body>"
    assert "The table, in full." in newsclean.clean(smaller, html=True).body
    # a page of many "<" that open no tag is not refused for them
    assert "1<2" in newsclean.clean("<p>" + "1<2, " * 210_000 + "</p>", html=True).body


def test_the_error_survives_a_trip_to_another_process() -> None:
    import pickle

    error = WorkLimitExceeded("page.txt", 10, 5, "rule 'quotes'")
    again = pickle.loads(pickle.dumps(error))
    assert (again.source, again.reason, again.stage) == (error.source, error.reason, error.stage)
