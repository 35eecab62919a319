"""What every command shares: format names, help without type tags, --version, completion.

Kept apart from cli.py's commands, and light: `newsclean --help` imports it."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperCommand

CLEAN_FORMATS = {"md": "md", "markdown": "md", "json": "json", "jsonl": "jsonl", "text": "text",
                 "txt": "text"}
"""Names ``clean --format`` takes, in any case, and the format each means."""
QUOTES_FORMATS = {"table": "table", "json": "json", "jsonl": "jsonl", "tsv": "tsv"}


def pick_format(value: str, names: dict[str, str]) -> str:
    """The canonical name of ``value`` (``-f JSON``, ``-f markdown``); ValueError names them all."""
    canonical = names.get(value.strip().lower())
    if canonical is None:
        raise ValueError(f"--format must be one of {describe_formats(names)}, not {value!r}")
    return canonical


def describe_formats(names: dict[str, str]) -> str:
    """``md, json, jsonl, text (also: markdown, txt; any case)``."""
    canonical = list(dict.fromkeys(names.values()))
    aliases = [name for name, meaning in names.items() if name != meaning]
    also = f"also: {', '.join(aliases)}; " if aliases else ""
    return f"{', '.join(canonical)} ({also}any case)"


def format_completer(names: dict[str, str]):
    """Shell completion of ``--format``: the canonical names that start with what was typed."""

    def complete(incomplete: str) -> list[str]:
        typed = incomplete.lower()
        return [name for name in dict.fromkeys(names.values()) if name.startswith(typed)]

    return complete


def complete_rule_ids(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of ``--only``, ``--enable``, ``--disable``: rule ids (the default
    chain's, plugins' too) after the last comma, leaving out those already listed."""
    from .plugins import default_chain

    head, comma, last = incomplete.rpartition(",")
    listed = set(head.split(",")) if comma else set()
    prefix = head + comma
    return [(prefix + r.id, _short(r.description)) for r in default_chain()
            if r.id.startswith(last) and r.id not in listed]


def _short(description: str, limit: int = 60) -> str:
    """A description that fits one line: Typer renders zsh's and fish's completion help
    with Rich, which wraps long text onto a new line, and a new line ends the entry."""
    return description if len(description) <= limit else description[: limit - 3].rstrip() + "..."


def version() -> str:
    """The installed distribution's version (what pip and bug reports see)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("newsclean")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from . import __version__

        return __version__


def print_version(value: bool) -> None:
    """``--version``: eager, so it answers before any command or argument is looked at."""
    if value:
        typer.echo(f"newsclean {version()}")
        raise typer.Exit()


class Command(TyperCommand):
    """Help lists each argument by its metavar alone (``PATH...``): Typer puts a type tag such
    as ``<list[str]>`` after it, which tells a user nothing. Options already show their
    metavar (``--format FORMAT``) when they have one."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None or param.param_type_name not in sections:
                continue
            if param.param_type_name == "argument" and param.metavar:
                record = (param.metavar + ("..." if param.nargs != 1 else ""), record[1])
            sections[param.param_type_name].append(record)
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if sections[kind]:
                with formatter.section(title):
                    formatter.write_dl(sections[kind])
