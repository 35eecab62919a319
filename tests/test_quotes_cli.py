"""`newsclean quotes` over many files, in each format, in-process and as a subprocess."""
# The pages below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cli_runner
from typer.testing import CliRunner

from newsclean import quotes_out
from newsclean.cli import app

ENV = {"TERMINAL_WIDTH": "160", "_TYPER_FORCE_DISABLE_TERMINAL": "1", "NO_COLOR": "1",
       "COLUMNS": "160"}

COUNCIL = """\
Harbour council backs new ferry terminal

By Jane Doe, Staff Writer

The council met on Tuesday evening in the old town hall, where more than a hundred residents filled the public gallery for a debate that lasted four hours.

“We have waited long enough for this terminal,” Mayor Ana Ruiz said after the vote.

“It will cost far too much,” said councillor Piet Baas, who voted against the plan.
"""
BAKERY = """\
Bakery wins national bread award for its sourdough

The Mill Street Bakery, a family business that opened in 1987, won the national award for the best sourdough loaf on Thursday, beating more than 300 entries.

“My grandmother brought the starter from Krakow,\tand we feed it every day,” owner Tomasz Nowak said.
"""
QUIET = """\
Council closes north quay for repairs

The harbour board voted on Tuesday to close the north quay for six months while divers replace the timber piles that a winter of storms left split and leaning.
"""


@pytest.fixture
def runner() -> CliRunner:
    return cli_runner(ENV)


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("council.txt", COUNCIL), ("bakery.txt", BAKERY), ("quiet.txt", QUIET)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def invoke(runner: CliRunner, *args: str | Path, input: bytes | None = None):
    result = runner.invoke(app, ["quotes", *map(str, args)], input=input, catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def run_cli(*args: str | Path, input: bytes | None = None):
    result = subprocess.run([sys.executable, "-m", "newsclean", "quotes", *map(str, args)],
                            input=input, capture_output=True, env={**os.environ, **ENV}, timeout=60)
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in stdout + stderr
    return result.returncode, stdout, stderr


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --- formats -----------------------------------------------------------------------------


def test_json_for_one_file_is_the_record(runner: CliRunner, pages: list[Path]) -> None:
    result = invoke(runner, "-f", "json", pages[0])
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data["source"] == str(pages[0])
    assert data["title"] == "Harbour council backs new ferry terminal"
    assert [(q["speaker"], q["verb"]) for q in data["quotes"]] == [("Ana Ruiz", "said"),
                                                                   ("Piet Baas", "said")]
    assert data["quotes"][0]["text"].startswith("We have waited long enough")


def test_json_for_many_files_is_one_list_in_input_order(runner: CliRunner,
                                                       pages: list[Path]) -> None:
    result = invoke(runner, "-f", "JSON", *pages)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [r["source"] for r in data] == [str(p) for p in pages]
    assert [len(r["quotes"]) for r in data] == [2, 1, 0]
    assert data[1]["quotes"][0]["speaker"] == "Tomasz Nowak"


def test_jsonl_is_one_line_per_quotation_with_its_source(runner: CliRunner,
                                                        pages: list[Path]) -> None:
    records = json.loads(invoke(runner, "-f", "json", *pages).stdout)
    result = invoke(runner, "-f", "jsonl", *pages)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [{"source": r["source"], **q} for r in records for q in r["quotes"]]
    assert rows == expected and len(rows) == 3


def test_tsv_has_a_header_and_one_escaped_row_per_quotation(runner: CliRunner,
                                                           pages: list[Path]) -> None:
    result = invoke(runner, "-f", "Tsv", *pages)
    assert result.exit_code == 0
    out = result.stdout.split("\n")
    assert out[0] == "source\tspeaker\tverb\tquote" and out[-1] == ""
    rows = [line.split("\t") for line in out[1:-1]]
    assert all(len(row) == 4 for row in rows) and len(rows) == 3
    assert rows[0][:3] == [str(pages[0]), "Ana Ruiz", "said"]
    assert rows[2][:3] == [str(pages[1]), "Tomasz Nowak", "said"]
    assert "Krakow,\\tand we feed it" in rows[2][3]  # the tab inside the quotation, escaped


def test_tsv_fields_escape_tabs_line_ends_and_backslashes() -> None:
    record = {"source": "a\\b.txt", "title": None, "quotes": [
        {"speaker": None, "verb": None, "text": "one\ttwo\nthree\r\\four"}]}
    assert quotes_out.tsv_rows(record) == "a\\\\b.txt\t\t\tone\\ttwo\\nthree\\r\\\\four\n"
    assert quotes_out.tsv_rows({"source": "x", "error": "no such file"}) == ""


def test_table_for_many_files_names_each(runner: CliRunner, pages: list[Path]) -> None:
    result = invoke(runner, *pages)
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    for text in ("Harbour council backs new ferry terminal", "Ana Ruiz", "Piet Baas",
                 "Bakery wins national bread award", "Tomasz Nowak",
                 "Council closes north quay for repairs", *map(str, pages)):
        assert text in out, text


def test_one_file_table_is_as_before(runner: CliRunner, pages: list[Path]) -> None:
    out = invoke(runner, pages[0]).stdout
    assert "Harbour council backs new ferry terminal" in out and "Ana Ruiz" in out
    assert str(pages[0]) not in out  # one file: no caption naming it


def test_stdin(runner: CliRunner) -> None:
    result = invoke(runner, "-f", "json", "-", input=COUNCIL.encode())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"] == "<stdin>" and len(data["quotes"]) == 2


# --- errors ------------------------------------------------------------------------------


def test_missing_file_among_good_ones(runner: CliRunner, pages: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = invoke(runner, "-f", "jsonl", pages[0], missing, pages[1])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in rows] == [str(pages[0])] * 2 + [str(missing), str(pages[1])]
    assert rows[2] == {"source": str(missing), "error": "no such file"}
    errors = lines(result.stderr)
    assert errors == [f"newsclean: error: {missing}: no such file",
                      "newsclean: 1 of 3 input(s) failed"]
    table = invoke(runner, pages[0], missing)
    assert table.exit_code == 1 and "Ana Ruiz" in table.stdout
    assert f"{missing}: no such file" in table.stderr


def test_missing_file_in_json_is_an_error_record(runner: CliRunner, pages: list[Path],
                                                 tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = invoke(runner, "-f", "json", missing, pages[0])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data[0] == {"source": str(missing), "error": "no such file"}
    assert len(data[1]["quotes"]) == 2
    alone = invoke(runner, "-f", "json", missing)
    assert alone.exit_code == 1 and alone.stdout == ""


def test_a_folder_is_a_usage_error_naming_it(runner: CliRunner, pages: list[Path],
                                             tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    result = invoke(runner, pages[0], folder)
    assert result.exit_code == 2 and result.stdout == ""  # nothing read before the error
    [line] = lines(result.stderr)
    assert line.startswith(f"newsclean: error: {folder}: is a folder, not a file")
    assert f"{folder}/*.txt" in line


def test_stdin_twice_and_no_path_are_usage_errors(runner: CliRunner) -> None:
    assert invoke(runner, "-", "-", input=COUNCIL.encode()).exit_code == 2
    assert invoke(runner).exit_code == 2


# --- subprocess --------------------------------------------------------------------------


def test_subprocess_each_format(pages: list[Path], tmp_path: Path) -> None:
    code, out, err = run_cli("-f", "json", *pages)
    assert (code, err) == (0, "")
    records = json.loads(out)
    code, out, _ = run_cli("--format", "jsonl", *pages)
    assert code == 0 and [json.loads(line) for line in out.splitlines()] == [
        {"source": r["source"], **q} for r in records for q in r["quotes"]]
    code, out, _ = run_cli("-f", "tsv", *pages)
    assert code == 0 and len(out.splitlines()) == 1 + 3
    code, out, _ = run_cli(*pages)
    assert code == 0 and "Tomasz Nowak" in out and "\x1b" not in out
    code, out, err = run_cli(pages[0], tmp_path / "missing.txt")
    assert code == 1 and "Ana Ruiz" in out and "missing.txt: no such file" in err
    code, out, err = run_cli(tmp_path)
    assert (code, out) == (2, "") and f"{tmp_path}: is a folder" in err
    code, out, _ = run_cli("-f", "tsv", "-", input=BAKERY.encode())
    assert code == 0 and out.splitlines()[1].startswith("<stdin>\tTomasz Nowak\tsaid\t")


def test_table_shows_brackets_as_written(runner: CliRunner, tmp_path: Path) -> None:
    """Words in brackets ("[sic]", a folder named "x[red]") are text, not Rich markup."""
    folder = tmp_path / "x[red]"
    folder.mkdir()
    path = folder / "sic.txt"
    path.write_text(COUNCIL.replace("waited long enough", "waited [sic] long [bold]enough[/bold]"),
                    encoding="utf-8")
    out = invoke(runner, path, path).stdout
    assert "waited [sic] long [bold]enough[/bold]" in out
    assert f"{path}:" in out
