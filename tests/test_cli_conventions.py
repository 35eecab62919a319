"""What a user expects of any command on day one: --version, -h, shell completion, format
names in any case, readable help, NO_COLOR. In-process (CliRunner) and as a subprocess."""
# The page below keeps its real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import cli_runner
from typer.testing import CliRunner

import newsclean
from newsclean import console
from newsclean.cli import app

ENV = {"TERMINAL_WIDTH": "100", "_TYPER_FORCE_DISABLE_TERMINAL": "1", "NO_COLOR": "1",
       "COLUMNS": "100"}
COMMANDS = [[], ["clean"], ["rules"], ["quotes"]]
PAGE = """\
Home
News

Harbour council backs new ferry terminal

By Jane Doe, Staff Writer

The council met on Tuesday evening in the old town hall, where more than a hundred residents filled the public gallery for a debate that lasted four hours.

“We have waited long enough for this terminal,” Mayor Ana Ruiz said after the vote, which passed by nine votes to two.

Privacy policy
"""


@pytest.fixture
def runner() -> CliRunner:
    return cli_runner(ENV)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "council.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def run_cli(*args: str, env: dict[str, str] | None = None, input: bytes | None = None):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True,
                            env={**base, **(ENV if env is None else env)}, input=input, timeout=60)
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in stdout + stderr
    return result.returncode, stdout, stderr


# --- --version, -h ---------------------------------------------------------------------


def test_version_comes_from_the_installed_package(runner: CliRunner) -> None:
    expected = f"newsclean {version('newsclean')}\n"
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, expected)
    assert version("newsclean") == newsclean.__version__  # the two places cannot drift apart
    assert run_cli("--version") == (0, expected, "")


def test_version_is_eager(runner: CliRunner, tmp_path: Path) -> None:
    """--version answers before anything else is looked at, as git's and pip's do."""
    result = runner.invoke(app, ["--version", "clean", str(tmp_path / "missing.txt")])
    assert result.exit_code == 0 and result.stdout.startswith("newsclean ")


@pytest.mark.parametrize("command", COMMANDS, ids=["app", "clean", "rules", "quotes"])
def test_h_is_help_everywhere(runner: CliRunner, command: list[str]) -> None:
    short = runner.invoke(app, [*command, "-h"])
    long = runner.invoke(app, [*command, "--help"])
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout and "Usage: " in short.stdout
    assert "-h, --help" in short.stdout


def test_help_and_version_import_nothing_heavy() -> None:
    """Counted, not timed: `--help` and `--version` load neither Rich nor the rules, the
    detector or the HTML parser (shell completion runs `newsclean` on every Tab, too)."""
    for args in (["--help"], ["--version"], ["clean", "--help"]):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsclean", *args],
                              capture_output=True, timeout=60, env={**os.environ, **ENV})
        assert done.returncode == 0
        modules = {line.split("|")[-1].strip() for line in done.stderr.decode().splitlines()
                   if line.startswith("import time:")}
        assert "newsclean.cli" in modules
        heavy = {m for m in modules if m.split(".")[0] in ("rich", "charset_normalizer", "selectolax")
                 or m.startswith(("newsclean.rules", "newsclean.segment", "newsclean.plugins"))}
        assert heavy == set(), args


# --- shell completion --------------------------------------------------------------------


def complete(words: str) -> list[str]:
    """What bash would offer after ``words`` (the cursor on the last word)."""
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    env = {**ENV, "_NEWSCLEAN_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(cword)}
    code, out, err = run_cli(env=env)
    assert code == 0, err
    return out.split()


def test_completion_offers_commands_options_formats_and_rule_ids() -> None:
    assert complete("newsclean ") == ["clean", "rules", "quotes"]
    assert complete("newsclean q") == ["quotes"]
    assert {"--format", "--output", "--only", "--disable"} <= set(complete("newsclean clean --"))
    assert complete("newsclean clean -f j") == ["json", "jsonl"]
    assert complete("newsclean quotes --format t") == ["table", "tsv"]
    assert complete("newsclean clean --disable title,b") == ["title,byline", "title,boilerplate"]
    assert complete("newsclean rules m") == ["markers", "main-run"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_names_newsclean_also_under_python_m(shell: str) -> None:
    """The script `--show-completion` prints (and `--install-completion` installs) calls
    `newsclean` with _NEWSCLEAN_COMPLETE, however newsclean itself was started."""
    code, out, _ = run_cli("--show-completion", shell,
                           env={**ENV, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert code == 0
    assert f"_NEWSCLEAN_COMPLETE=complete_{shell}" in out and "newsclean" in out


# --- formats -----------------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "canonical"), [
    ("markdown", "md"), ("MD", "md"), ("Markdown", "md"), ("txt", "text"), ("TXT", "text"),
    ("Text", "text"), ("JSON", "json"), ("JsonL", "jsonl")])
def test_format_names_in_any_case(runner: CliRunner, page: Path, alias: str,
                                  canonical: str) -> None:
    expected = runner.invoke(app, ["clean", "-f", canonical, str(page)])
    result = runner.invoke(app, ["clean", "--format", alias, str(page)])
    assert result.exit_code == expected.exit_code == 0
    assert result.stdout == expected.stdout and result.stdout


def test_format_alias_writes_the_canonical_extension(runner: CliRunner, page: Path,
                                                     tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", "-f", "Markdown", "-o", f"{tmp_path / 'out'}/", str(page)])
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["council.md"]


def test_unknown_format_lists_every_name(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(app, ["clean", "-f", "html", str(page)])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--format must be one of md, json, jsonl, text (also: markdown, txt; any case), " \
           "not 'html'" in result.stderr
    code, out, err = run_cli("quotes", "-f", "csv", str(page))
    assert (code, out) == (2, "")
    assert "--format must be one of table, json, jsonl, tsv (any case), not 'csv'" in err


# --- help --------------------------------------------------------------------------------

_TYPE_TAG = re.compile(r"<(?:list\[|str>|path>|int>|bool>|[a-z][\w\[\]|, ]*>)")


@pytest.mark.parametrize("command", COMMANDS, ids=["app", "clean", "rules", "quotes"])
def test_help_names_values_without_type_tags(command: list[str]) -> None:
    code, out, err = run_cli(*command, "--help")
    assert code == 0 and err == ""
    assert not _TYPE_TAG.search(out), _TYPE_TAG.search(out)
    for tag in ("<list[", "<str>", "<path>"):
        assert tag not in out


def test_help_shows_what_each_option_takes(runner: CliRunner) -> None:
    clean = runner.invoke(app, ["clean", "--help"]).stdout
    for shown in ("  PATH...  ", "-f, --format FORMAT", "-o, --output PATH",
                  "--only ID,...", "--enable ID,...", "--disable ID,...", "--rules-file FILE.py",
                  "--data NAME=FILE.toml"):
        assert shown in clean, shown
    rules = runner.invoke(app, ["rules", "--help"]).stdout
    assert "  ID  " in rules and "--rules-file FILE.py" in rules
    quotes = runner.invoke(app, ["quotes", "--help"]).stdout
    assert "  PATH...  " in quotes and "-f, --format FORMAT" in quotes
    top = runner.invoke(app, ["--help"]).stdout
    for shown in ("--version", "--install-completion", "--show-completion", "-h, --help"):
        assert shown in top


# --- NO_COLOR ----------------------------------------------------------------------------


def test_no_color_means_no_escape_at_all_even_on_a_terminal(page: Path, tmp_path: Path) -> None:
    """Rich drops colours under NO_COLOR but keeps bold; newsclean writes plain text. FORCE_COLOR
    makes Rich treat the pipe as a terminal, so the control run shows what would leak."""
    missing = str(tmp_path / "missing.txt")
    runs = [("clean", missing), ("rules",), ("quotes", str(page)), ("quotes", missing),
            ("clean", "--disable", "main-run", str(page))]
    forced = {"COLUMNS": "100", "FORCE_COLOR": "1"}
    for args in runs:
        _, out, err = run_cli(*args, env={**forced, "NO_COLOR": "1"})
        assert out + err and "\x1b" not in out + err, args
    _, out, err = run_cli("rules", env=forced)
    assert "\x1b[" in out  # without NO_COLOR, the same terminal gets styles
    _, out, err = run_cli("clean", missing, env=forced)
    assert "\x1b[" in err


def test_no_color_console_is_plain_on_a_forced_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, styled in (("1", False), ("", True)):
        monkeypatch.setenv("NO_COLOR", value)
        buffer = io.StringIO()
        console.console(file=buffer, force_terminal=True).print("[bold red]error:[/] [i]x[/]")
        assert ("\x1b[" in buffer.getvalue()) is styled
        assert "error: x" in re.sub(r"\x1b\[[0-9;]*m", "", buffer.getvalue())


def test_no_color_error_console_in_process(runner: CliRunner, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = runner.invoke(app, ["clean", str(tmp_path / "missing.txt")],
                           env={**ENV, "FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr and "\x1b" not in result.stderr


def test_json_output_is_unchanged_by_no_color(page: Path) -> None:
    plain = run_cli("clean", "-f", "json", str(page))
    forced = run_cli("clean", "-f", "json", str(page), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert plain[0] == forced[0] == 0
    assert json.loads(plain[1]) == json.loads(forced[1])
