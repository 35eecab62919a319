"""The `newsclean` command, in-process (Typer's CliRunner) and as a real subprocess."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cli_runner
from typer.testing import CliRunner

from newsclean.cli import app

ENV = {"TERMINAL_WIDTH": "100", "_TYPER_FORCE_DISABLE_TERMINAL": "1", "NO_COLOR": "1",
       "COLUMNS": "100"}
RULE_IDS = ["markers", "main-run", "title", "byline", "caption", "boilerplate", "dateline",
            "published", "quotes"]
JSON_KEYS = ["source", "title", "byline", "dateline", "captions", "body", "paragraphs", "quotes",
             "removed", "standfirst", "authors", "published_iso"]

PAGE = """\
Home
News
Sport
Weather

Ferry service to Inishcorr resumes after storm repairs

By Niamh Delaney, Staff Writer

The ferry to Inishcorr sailed again on Saturday for the first time in three weeks, after engineers finished repairs to the pier that was damaged when a storm hit the island at the start of the month.

About 200 islanders rely on the service for food, post and trips to the mainland hospital, and many of them had been cut off since the pier’s landing stage was torn from its supports.

“It’s a relief to everyone here,” said Renée Fahy, who runs the island’s only café. “We were down to tinned milk by the end of last week.”

The county council said the repairs had cost about 400,000 euros and that a longer-term plan to rebuild the pier would be put to councillors in the spring.

Advertisement

Harbour staff said the ferry would keep to its winter timetable, with two crossings a day, until the end of March, weather permitting.

Related stories

Storm leaves island without power

Council approves new lifeboat station

Privacy policy

Terms of use
"""
TITLE = "Ferry service to Inishcorr resumes after storm repairs"
PARAGRAPHS = [block for block in PAGE.split("\n\n") if len(block) > 100]

SECOND = """\
Menu
Search

Bakery wins national bread award for its sourdough

The Mill Street Bakery, a family business that opened in 1987, won the national award for the best sourdough loaf on Thursday, beating more than 300 entries from across the country.

Owner Tomasz Nowak said the secret was a starter that his grandmother had brought with her from Krakow, and that he had fed it every day for more than thirty years.

The judges said the loaf had a deep, crisp crust and an open crumb, and praised the bakery for using flour milled less than twenty miles away.

Contact us
About us
"""

RULE_FILE = '''\
import newsclean


@newsclean.rule("no-ferry", "Remove lines that mention the ferry.")
def no_ferry(doc):
    """Drops every undecided line that mentions the ferry."""
    for unit in doc.units:
        if "ferry" in unit.text.lower():
            doc.remove(unit, "no-ferry", "mentions the ferry")
'''


# --- helpers -----------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return cli_runner(ENV)


def invoke(runner: CliRunner, *args: str, input: str | bytes | None = None):
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    return result


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None):
    env = {**os.environ, **ENV}
    result = subprocess.run([sys.executable, "-m", "newsclean", *args], input=input,
                            capture_output=True, cwd=cwd, env=env, timeout=60)
    stdout = result.stdout.decode("utf-8")
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stdout and "Traceback" not in stderr
    return result.returncode, stdout, stderr


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def second(tmp_path: Path) -> Path:
    path = tmp_path / "bakery.txt"
    path.write_text(SECOND, encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


# --- one file, formats -------------------------------------------------------------------


def test_clean_file_prints_markdown_to_stdout_only(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", str(page))
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith(f"# {TITLE}\n\nBy Niamh Delaney, Staff Writer\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in out
    for gone in ("Home\n", "Weather", "Advertisement", "Related stories", "Privacy policy"):
        assert gone not in out
    assert out.endswith("\n")


def test_clean_subprocess_markdown(page: Path) -> None:
    code, out, err = run_cli("clean", str(page))
    assert (code, err) == (0, "")
    assert out.startswith(f"# {TITLE}\n")
    assert "“It’s a relief to everyone here,” said Renée Fahy" in out


def test_json_format(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "-f", "json", str(page))
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert list(data) == JSON_KEYS
    assert data["source"] == str(page)
    assert data["title"] == TITLE
    assert data["byline"] == "By Niamh Delaney, Staff Writer"
    assert data["paragraphs"] == PARAGRAPHS
    assert data["body"] == "\n\n".join(PARAGRAPHS)
    assert isinstance(data["captions"], list) and isinstance(data["quotes"], list)
    assert data["removed"]
    for item in data["removed"]:
        assert set(item) == {"text", "rule", "reason"}
        assert all(isinstance(v, str) and v for v in item.values())
    removed = "\n".join(item["text"] for item in data["removed"])
    assert "Home" in removed and "Terms of use" in removed


def test_json_keeps_unicode_unescaped(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "--format", "json", str(page))
    assert "Renée" in result.stdout and "\\u" not in result.stdout


def test_text_format(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "-f", "text", str(page))
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def test_unknown_format_is_a_usage_error(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "-f", "html", str(page))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "md, json, jsonl, text" in result.stderr


# --- stdin -------------------------------------------------------------------------------


def test_stdin_without_path(runner: CliRunner) -> None:
    result = invoke(runner, "clean", input=PAGE.encode("utf-8"))
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith(f"# {TITLE}\n")


def test_stdin_with_dash_and_json_source(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "-f", "json", "-", input=PAGE.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_stdin_twice_is_refused(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "-f", "jsonl", "-", "-", input=PAGE)
    assert result.exit_code == 2
    assert "stdin" in result.stderr


def test_stdin_subprocess(page: Path) -> None:
    code, out, err = run_cli("clean", input=PAGE.encode("utf-8"))
    assert (code, err) == (0, "")
    assert out.startswith(f"# {TITLE}\n")
    code, dash_out, err = run_cli("clean", "-", input=PAGE.encode("utf-8"))
    assert (code, err, dash_out) == (0, "", out)


def test_empty_stdin(runner: CliRunner) -> None:
    result = invoke(runner, "clean", input=b"  \n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "<stdin>: empty" in result.stderr


# --- many inputs -------------------------------------------------------------------------


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "dumps"
    (folder / "2024" / "may").mkdir(parents=True)
    (folder / "ferry.txt").write_text(PAGE, encoding="utf-8")
    (folder / "2024" / "may" / "bakery.txt").write_text(SECOND, encoding="utf-8")
    (folder / "2024" / "notes.md").write_text("# not a dump\n", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def test_folder_to_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = invoke(runner, "clean", "-f", "jsonl", str(folder))
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert all(list(r) == JSON_KEYS for r in records)
    sources = sorted(Path(r["source"]).name for r in records)
    assert sources == ["bakery.txt", "ferry.txt"]
    titles = {r["title"] for r in records}
    assert titles == {TITLE, "Bakery wins national bread award for its sourdough"}


def test_folder_to_jsonl_subprocess(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    code, out, err = run_cli("clean", "-f", "jsonl", str(folder))
    assert (code, err) == (0, "")
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == [
        "bakery.txt", "ferry.txt"]  # sorted paths: 2024/may/bakery.txt first


def test_many_inputs_to_stdout_need_jsonl(runner: CliRunner, page: Path, second: Path) -> None:
    result = invoke(runner, "clean", str(page), str(second))
    assert result.exit_code == 2
    assert result.stdout == ""
    message = error_lines(result.stderr)
    assert len(message) == 1
    assert "2 inputs" in message[0] and "jsonl" in message[0] and "--output" in message[0]


def test_folder_to_stdout_needs_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "clean", "-f", "json", str(make_folder(tmp_path)))
    assert result.exit_code == 2
    assert "jsonl" in result.stderr


# --- output files ------------------------------------------------------------------------


def test_output_file_for_one_input(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "ferry.md"
    result = invoke(runner, "clean", str(page), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
    assert target.read_text(encoding="utf-8").startswith(f"# {TITLE}\n")
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temp files


def test_output_file_matches_stdout(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    target = tmp_path / "ferry.json"
    invoke(runner, "clean", "-f", "json", str(page), "-o", str(target))
    stdout = invoke(runner, "clean", "-f", "json", str(page)).stdout
    assert target.read_text(encoding="utf-8") == stdout


@pytest.mark.parametrize(("fmt", "ext"), [("md", ".md"), ("json", ".json"), ("text", ".txt"),
                                          ("jsonl", ".jsonl")])
def test_output_folder_for_many_inputs(runner: CliRunner, page: Path, second: Path,
                                       tmp_path: Path, fmt: str, ext: str) -> None:
    out = tmp_path / f"out-{fmt}"
    result = invoke(runner, "clean", "-f", fmt, str(page), str(second), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == sorted([f"bakery{ext}", f"ferry{ext}"])
    ferry = (out / f"ferry{ext}").read_text(encoding="utf-8")
    assert TITLE in ferry
    if fmt in ("json", "jsonl"):
        assert json.loads(ferry)["source"] == str(page)


def test_output_folder_keeps_the_folder_layout(runner: CliRunner, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    out = tmp_path / "clean"
    result = invoke(runner, "clean", str(folder), "-o", str(out))
    assert result.exit_code == 0
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [os.path.join("2024", "may", "bakery.md"), "ferry.md"]


def test_many_inputs_to_one_jsonl_file(runner: CliRunner, page: Path, second: Path,
                                       tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    result = invoke(runner, "clean", "-f", "jsonl", str(page), str(second), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(page), str(second)]


def test_output_over_an_existing_file_for_many_inputs(runner: CliRunner, page: Path,
                                                      second: Path, tmp_path: Path) -> None:
    existing = tmp_path / "notes.md"
    existing.write_text("keep me\n", encoding="utf-8")
    result = invoke(runner, "clean", str(page), str(second), "-o", str(existing))
    assert result.exit_code == 2
    assert "folder" in result.stderr
    assert existing.read_text(encoding="utf-8") == "keep me\n"


def test_output_equal_to_input_is_refused(runner: CliRunner, page: Path) -> None:
    before = page.read_bytes()
    result = invoke(runner, "clean", str(page), "-o", str(page))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert str(page) in result.stderr and "input" in result.stderr
    assert page.read_bytes() == before


def test_output_folder_that_would_overwrite_inputs_is_refused(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    before = (folder / "ferry.txt").read_bytes()
    result = invoke(runner, "clean", "-f", "text", str(folder), "-o", str(folder))
    assert result.exit_code == 1
    assert (folder / "ferry.txt").read_bytes() == before
    assert "refusing to write over an input" in result.stderr


def test_output_folder_with_two_inputs_of_the_same_name(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "page.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(runner, "clean", str(tmp_path / "a" / "page.txt"),
                    str(tmp_path / "b" / "page.txt"), "-o", str(out))
    written = " ".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    both_kept = TITLE in written and "sourdough" in written
    assert both_kept or result.exit_code != 0


# --- bad inputs among good ones ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [("missing.txt", None, "no such file"),
     ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
     ("empty.txt", b"", "empty"),
     ("blank.txt", b" \n\t\n", "empty")],
)
def test_bad_input_among_good_ones(runner: CliRunner, page: Path, second: Path, tmp_path: Path,
                                   name: str, content: bytes | None, reason: str) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = invoke(runner, "clean", "-f", "jsonl", str(page), str(bad), str(second))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    good = [r for r in records if "error" not in r]
    assert [r["source"] for r in good] == [str(page), str(second)]
    assert [r["title"] for r in good][0] == TITLE
    errors = [r for r in records if "error" in r]
    assert errors == [{"source": str(bad), "error": errors[0]["error"]}]
    lines = error_lines(result.stderr)
    assert len(lines) == 2
    assert str(bad) in lines[0] and reason in lines[0]
    assert lines[0].startswith("newsclean: error:")
    assert lines[1] == "newsclean: 1 of 3 input(s) failed"


def test_bad_inputs_with_output_folder(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = invoke(runner, "clean", str(page), str(tmp_path / "empty.txt"),
                    str(tmp_path / "nope.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert [p.name for p in out.iterdir()] == ["ferry.md"]
    lines = error_lines(result.stderr)
    assert len(lines) == 3
    assert "empty.txt" in lines[0] and "nope.txt" in lines[1]
    assert lines[2] == "newsclean: 2 of 3 input(s) failed"


def test_missing_file_subprocess(page: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    code, out, err = run_cli("clean", "-f", "jsonl", str(page), str(missing))
    assert code == 1
    assert json.loads(out.splitlines()[0])["title"] == TITLE
    lines = error_lines(err)
    assert len(lines) == 2 and str(missing) in lines[0] and "failed" in lines[1]


def test_single_missing_file_prints_nothing_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "clean", str(tmp_path / "gone.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "gone.txt: no such file" in result.stderr


def test_folder_without_txt_files(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.md").write_text("# heading\n", encoding="utf-8")
    result = invoke(runner, "clean", str(folder))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = error_lines(result.stderr)
    assert str(folder) in lines[0] and "no *.txt" in lines[0]


# --- rule selection ----------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--only", "--disable", "--enable"])
def test_unknown_rule_id(runner: CliRunner, page: Path, option: str) -> None:
    result = invoke(runner, "clean", option, "boilerplat", str(page))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = error_lines(result.stderr)
    assert len(lines) == 1
    assert "boilerplat" in lines[0]
    assert "valid ids: " + ", ".join(RULE_IDS) in lines[0]


def test_disable_needed_rule_is_a_usage_error(runner: CliRunner, page: Path) -> None:
    """Like --only, which adds what a rule needs but never drops what was asked, --disable
    never switches off more than it names: a rule others need is a usage error naming all
    of them (transitively, in chain order), the same every run."""
    messages = set()
    for _ in range(2):
        result = invoke(runner, "clean", "--disable", "main-run", str(page))
        assert result.exit_code == 2 and result.stdout == ""
        [line] = error_lines(result.stderr)
        messages.add(line)
    [line] = messages
    assert "cannot disable 'main-run': " + ", ".join(repr(i) for i in RULE_IDS[2:]) + " need it" in line
    code, _, err = run_cli("clean", "--disable", "markers", str(page))
    assert code == 2 and ", ".join(repr(i) for i in RULE_IDS[1:]) + " need it" in err


def test_disable_boilerplate_keeps_the_menu(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "-f", "json", "--disable", "boilerplate", str(page))
    assert result.exit_code == 0
    paragraphs = json.loads(result.stdout)["paragraphs"]
    for line in ("Home", "News", "Sport", "Weather", "Advertisement", "Privacy policy"):
        assert line in paragraphs
    assert json.loads(result.stdout)["title"] == TITLE


def test_only_title_with_comma_list(runner: CliRunner, page: Path) -> None:
    result = invoke(runner, "clean", "-f", "json", "--only", "title,byline", str(page))
    data = json.loads(result.stdout)
    assert data["title"] == TITLE
    assert data["byline"] == "By Niamh Delaney, Staff Writer"
    assert "Home" in data["paragraphs"]
    assert data["removed"] == []


def test_explain_goes_to_stderr_and_leaves_stdout_alone(runner: CliRunner, page: Path) -> None:
    plain = invoke(runner, "clean", str(page))
    explained = invoke(runner, "clean", "--explain", str(page))
    assert explained.exit_code == 0
    assert explained.stdout == plain.stdout
    err = explained.stderr
    removed = json.loads(invoke(runner, "clean", "-f", "json", str(page)).stdout)["removed"]
    assert f"{page}: removed {len(removed)} block(s)" in err
    for block in removed:
        assert f"  {block['rule']} {block['reason']}: " in err
    assert "advertisement" in err and "Advertisement" in err
    assert "Home" in err and "Privacy policy" in err


def test_explain_subprocess(page: Path) -> None:
    code, out, err = run_cli("clean", "--explain", str(page))
    _, plain, _ = run_cli("clean", str(page))
    assert code == 0 and out == plain
    assert "boilerplate" in err and "Home" in err


# --- rules and rule files ----------------------------------------------------------------


def test_rules_lists_every_rule(runner: CliRunner) -> None:
    result = invoke(runner, "rules")
    assert result.exit_code == 0
    rows = re.findall(r"^\W*(\d+)\W+([a-z][\w-]*)", result.stdout, flags=re.M)
    assert rows == [(str(n), rule_id) for n, rule_id in enumerate(RULE_IDS, 1)]  # chain order


def test_rules_describes_one_rule(runner: CliRunner) -> None:
    result = invoke(runner, "rules", "boilerplate")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("boilerplate: ")
    assert "on by default: yes" in out
    assert "needs: markers, main-run" in out
    assert "from: newsclean" in out
    assert len(out.splitlines()) >= 3  # description, facts, doc


def test_rules_unknown_id(runner: CliRunner) -> None:
    result = invoke(runner, "rules", "cookies")
    assert result.exit_code == 2
    assert "valid ids: " + ", ".join(RULE_IDS) in result.stderr


def test_rules_file_in_clean(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    rule_file = tmp_path / "ferry_rules.py"
    rule_file.write_text(RULE_FILE, encoding="utf-8")
    result = invoke(runner, "clean", "-f", "json", "--rules-file", str(rule_file), str(page))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert not any("ferry" in p.lower() for p in data["paragraphs"])
    mine = [r for r in data["removed"] if r["rule"] == "no-ferry"]
    assert mine and all(r["reason"] == "mentions the ferry" for r in mine)
    assert data["title"] == TITLE  # decided by the title rule before no-ferry ran


def test_rules_file_listed_and_described(runner: CliRunner, tmp_path: Path) -> None:
    rule_file = tmp_path / "ferry_rules.py"
    rule_file.write_text(RULE_FILE, encoding="utf-8")
    listed = invoke(runner, "rules", "--rules-file", str(rule_file))
    assert listed.exit_code == 0
    rows = re.findall(r"^\W*\d+\W+([a-z][\w-]*)", listed.stdout, flags=re.M)
    assert rows == [*RULE_IDS[:6], "no-ferry", "dateline", "published", "quotes"]
    described = invoke(runner, "rules", "no-ferry", "--rules-file", str(rule_file))
    assert described.exit_code == 0
    assert "no-ferry: Remove lines that mention the ferry." in described.stdout
    assert str(rule_file) in described.stdout


def test_rules_file_subprocess_with_explain(page: Path, tmp_path: Path) -> None:
    rule_file = tmp_path / "ferry_rules.py"
    rule_file.write_text(RULE_FILE, encoding="utf-8")
    code, out, err = run_cli("clean", "--explain", "--rules-file", str(rule_file), str(page))
    assert code == 0
    assert "no-ferry mentions the ferry" in err
    assert "The ferry to Inishcorr sailed" not in out


def test_broken_rules_file(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    rule_file = tmp_path / "broken.py"
    rule_file.write_text("def oops(:\n", encoding="utf-8")
    result = invoke(runner, "clean", "--rules-file", str(rule_file), str(page))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and str(rule_file) in lines[0] and "SyntaxError" in lines[0]


def test_rules_file_can_be_disabled(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    rule_file = tmp_path / "ferry_rules.py"
    rule_file.write_text(RULE_FILE, encoding="utf-8")
    result = invoke(runner, "clean", "-f", "json", "--rules-file", str(rule_file),
                    "--disable", "no-ferry", str(page))
    data = json.loads(result.stdout)
    assert data["paragraphs"] == PARAGRAPHS


# --- help, encodings ---------------------------------------------------------------------


def test_help_subprocess() -> None:
    code, out, err = run_cli("--help")
    assert code == 0 and err == ""
    assert "clean" in out and "rules" in out
    code, out, err = run_cli("clean", "--help")
    assert code == 0
    for option in ("--format", "--output", "--only", "--disable", "--enable", "--explain",
                   "--rules-file"):
        assert option in out


def test_cp1252_input_decodes(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    result = invoke(runner, "clean", str(path))
    assert result.exit_code == 0 and result.stderr == ""
    assert "“It’s a relief to everyone here,” said Renée Fahy" in result.stdout
    assert "the island’s only café" in result.stdout
    assert "Ã" not in result.stdout and "\ufffd" not in result.stdout


def test_cp1252_input_decodes_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    code, out, err = run_cli("clean", "-f", "text", str(path))
    assert (code, err) == (0, "")
    assert "Renée" in out and "pier’s" in out and "café" in out


def test_utf16_and_crlf_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-16"))
    result = invoke(runner, "clean", "-f", "text", str(path))
    assert result.exit_code == 0
    assert "\r" not in result.stdout
    assert result.stdout.startswith(TITLE + "\n\n")


def test_a_rules_own_words_are_text_not_markup(runner: CliRunner, tmp_path: Path) -> None:
    rule_file = tmp_path / "bracket_rules.py"
    rule_file.write_text(
        "import newsclean\n\n"
        "@newsclean.rule('no-sic', 'Drop lines marked [sic] or [bold] by the desk.', default=False)\n"
        "def no_sic(doc):\n"
        "    '''Removes [sic] lines.'''\n", encoding="utf-8")
    listed = invoke(runner, "rules", "--rules-file", str(rule_file))
    assert "[sic]" in listed.stdout and "[bold]" in listed.stdout
    shown = invoke(runner, "rules", "no-sic", "--rules-file", str(rule_file))
    assert "[sic] or [bold]" in shown.stdout and "Removes [sic] lines." in shown.stdout
