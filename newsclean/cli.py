"""The `newsclean` command: a thin Typer layer over the library. stdout carries only results."""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from contextlib import closing, contextmanager, nullcontext
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .cli_options import (
    CLEAN_FORMATS,
    QUOTES_FORMATS,
    Command,
    complete_rule_ids,
    format_completer,
    pick_format,
    print_version,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import TextIO

    from rich.console import Console

    from .article import Article
    from .batch import Settings
    from .chain import Chain


class ExitStatus(IntEnum):
    """Documented exit codes (README): scripts can rely on them."""

    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130


FORMATS = tuple(dict.fromkeys(CLEAN_FORMATS.values()))

app = typer.Typer(
    name="newsclean",
    help="Turn raw news-page text dumps and saved HTML pages into the article alone "
         "(Markdown, JSON or text).",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

_console: list[Console] = []


@app.callback()
def _app_options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=print_version,
        help="Print newsclean's version and exit.")] = False,
) -> None:
    """newsclean's own options, given before the command (Typer adds the completion ones)."""


def err() -> Console:
    """The stderr console (FORCE_COLOR honoured; plain when not a terminal or under NO_COLOR)."""
    if not _console:
        from .console import console

        _console.append(console(stderr=True, soft_wrap=True))
    return _console[0]


def _error(message: str) -> None:
    from rich.markup import escape

    err().print(f"[bold red]newsclean: error:[/] {escape(message)}")


def _usage(message: str) -> typer.Exit:
    _error(message)
    return typer.Exit(ExitStatus.USAGE)


def _split_ids(values: list[str] | None) -> list[str]:
    return [i.strip() for v in values or [] for i in v.split(",") if i.strip()]


def _settings(only: list[str] | None, enable: list[str] | None, disable: list[str] | None,
              rule_files: list[Path] | None, data_files: list[str] | None) -> Settings:
    from .batch import Settings

    return Settings(rule_files=tuple(str(p) for p in rule_files or []), data=tuple(data_files or []),
                    only=tuple(_split_ids(only)) if only else None,
                    enable=tuple(_split_ids(enable)), disable=tuple(_split_ids(disable)))


def _build_chain(only: list[str] | None, enable: list[str] | None, disable: list[str] | None,
                 rule_files: list[Path] | None, data_files: list[str] | None) -> Chain:
    try:
        return _settings(only, enable, disable, rule_files, data_files).build()
    except ValueError as exc:  # UnknownRule too
        raise _usage(str(exc)) from None


def _inputs(paths: list[str], accept: Callable[[Path], bool] | None = None,
            kinds: str = "*.txt or *.html") -> list[str | Path]:
    """Expand folders to their dumps and pages (*.txt, *.html, *.htm, also gzipped;
    recursively), or to what ``accept`` takes; '-' is stdin."""
    from .read import InputError, is_input_path

    accept = accept or is_input_path
    found: list[str | Path] = []
    for raw in paths or ["-"]:
        if raw == "-":
            found.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if accept(p) and p.is_file())
            if not files:
                found.append(InputError(raw, f"folder has no {kinds} file to clean"))  # type: ignore[arg-type]
            found.extend(files)
        else:
            found.append(path)
    return found


def _clean_one(item: str | Path, chain: Chain, strip_dateline: bool = False) -> Article:
    from .api import clean, clean_file
    from .read import InputError, decode_input, read_stdin

    if isinstance(item, InputError):
        raise item
    if item == "-":
        text, html = decode_input(read_stdin(sys.stdin.buffer), "<stdin>")
        return clean(text, rules=chain, source="<stdin>", strip_dateline=strip_dateline, html=html)
    return clean_file(Path(item), rules=chain, strip_dateline=strip_dateline)


def _explain(article: Article) -> None:
    from rich.markup import escape

    console = err()
    console.print(f"[bold]{escape(article.source or '<stdin>')}[/]: removed {len(article.removed)} block(s)")
    for note in article.notes:
        console.print(f"  [green]{escape(note)}[/]")
    for block in article.removed:
        text = " ⏎ ".join(line.strip() for line in block.text.splitlines() if line.strip())
        if len(text) > 100:
            text = text[:97] + "..."
        console.print(f"  [cyan]{block.rule}[/] [yellow]{escape(block.reason)}[/]: {escape(text)}")


def _write_atomic(target: Path, content: str, protected: set[Path]) -> None:
    """Write through a temporary file renamed over ``target``: a reader never sees half a
    file (``_atomic_file``)."""
    with _atomic_file(target, protected) as handle:
        handle.write(content)


@contextmanager
def _atomic_file(target: Path, protected: set[Path]) -> Iterator[TextIO]:
    """A text handle on a temporary file renamed over ``target`` when the block ends without
    an error (removed otherwise), so results stream to disk and a reader never sees half a
    file. The file gets the mode a plain write would give it (the old file's, else what the
    umask allows), not the temporary file's 0600."""
    resolved = target.resolve()
    if resolved in protected:
        raise OSError(f"refusing to write over an input ({target})")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _pipe_errors() -> Iterator[None]:
    """While a batch runs, a reader that goes away (``| head -1``) is an exception, not the
    instant death ``main`` asks for: the worker processes are ended first (leaving the
    ``closing`` block), then the command dies of SIGPIPE as before (the shell sees 141)."""
    import signal

    if not hasattr(signal, "SIGPIPE") or signal.getsignal(signal.SIGPIPE) is not signal.SIG_DFL:
        yield  # a library or test caller that keeps Python's own handling
        return
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    try:
        yield
    except BrokenPipeError:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
        raise
    finally:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def _output_paths(items: list, output: Path, folder: bool, ext: str) -> dict[int, Path]:
    """Where each input's result goes: ``output`` itself for one input (unless it is a
    ``folder``), else inside it, mirroring the inputs' paths below their common folder so that
    a/page.txt and b/page.txt cannot overwrite each other. Inputs whose results would share a
    name in one folder (page.txt and page.html side by side) keep their whole name
    (page.txt.md, page.html.md); every other name stays as it was."""
    files = [Path(i).resolve() for i in items if isinstance(i, Path)]
    common = Path(os.path.commonpath([str(f.parent) for f in files])) if files else Path.cwd()
    targets: dict[int, Path] = {}
    for n, item in enumerate(items):
        if not folder:
            targets[n] = output
        elif item == "-":
            targets[n] = output / f"stdin{ext}"
        elif isinstance(item, Path):
            relative = item.resolve().relative_to(common)
            targets[n] = output / relative.parent / (_stem(relative) + ext)
    shared = Counter(targets.values())
    for n, item in enumerate(items):
        if isinstance(item, Path) and folder and shared[targets[n]] > 1:
            relative = item.resolve().relative_to(common)
            targets[n] = output / relative.parent / (relative.name + ext)
    return targets


_FILE_SUFFIXES = (".md", ".markdown", ".json", ".jsonl", ".txt", ".text")
"""An --output name ending so names a file: many inputs cannot go there."""


def _stem(path: Path) -> str:
    """The name without its input extension: page.txt, page.html and page.html.gz give page."""
    name = path.name
    base = name[:-3] if name.lower().endswith(".gz") else name
    stem, dot, suffix = base.rpartition(".")
    return stem if dot and stem and len(suffix) <= 5 else base


@app.command(cls=Command)
def clean(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH",
        help="Text dumps or saved HTML pages (.html, .htm, gzipped too; .mhtml, .mht, .webarchive; "
             "an e-mail, .eml, when named), or folders of them "
             "(recursively); JSON Lines (.jsonl) and WARC (.warc, .wet) files record by record; "
             "none or '-' reads stdin.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
        autocompletion=format_completer(CLEAN_FORMATS),
        help="md, json, jsonl (one object per line, with source) or text; also markdown, "
             "txt, in any case.")] = "md",
    output_name: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
        help="A file for one input, a folder for many or when it ends in '/' (same stem, "
             "right extension).")] = None,
    only: Annotated[list[str] | None, typer.Option(metavar="ID,...",
        autocompletion=complete_rule_ids,
        help="Run only these rule ids (comma-separated; what they need runs too).")] = None,
    enable: Annotated[list[str] | None, typer.Option(metavar="ID,...",
        autocompletion=complete_rule_ids, help="Also run these rule ids (e.g. ones off by default).")] = None,
    disable: Annotated[list[str] | None, typer.Option(metavar="ID,...",
        autocompletion=complete_rule_ids,
        help="Do not run these rule ids (those that need them must be named too).")] = None,
    rules_file: Annotated[list[Path] | None, typer.Option("--rules-file", metavar="FILE.py",
        help="A Python file defining extra rules with @newsclean.rule (repeatable).")] = None,
    data_file: Annotated[list[str] | None, typer.Option("--data", metavar="NAME=FILE.toml",
        help="Extra rule data: markers=, credits= or quotes=FILE.toml (repeatable).")] = None,
    explain: Annotated[bool, typer.Option("--explain",
        help="Print every removed block with its rule and reason to stderr.")] = False,
    strip_dateline: Annotated[bool, typer.Option("--strip-dateline",
        help="Drop the dateline (MOSCOW (AP) —) from the body; JSON still gives it parsed.")] = False,
    links: Annotated[bool, typer.Option("--links/--no-links",
        help="Markdown from HTML pages: keep links inside paragraphs, or only their text.")] = True,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N",
        help="Worker processes (default: one per core for several inputs; one input or stdin "
             "is cleaned in this process). Output stays in input order.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
        help="No progress bar and no summary line on a terminal (errors still show).")] = False,
    input_format: Annotated[str, typer.Option("--input-format", metavar="FORMAT",
        help="auto (by extension: .jsonl/.ndjson -> jsonl, .warc/.wet -> warc, also .gz; "
             "else files), files, jsonl or warc.")] = "auto",
    text_field: Annotated[str, typer.Option("--text-field", metavar="KEY",
        help="JSON Lines: the key holding a page's text dump.")] = "text",
    html_field: Annotated[str, typer.Option("--html-field", metavar="KEY",
        help="JSON Lines: the key holding a page's HTML (used when both are there).")] = "html",
    id_field: Annotated[str, typer.Option("--id-field", metavar="KEY",
        help="JSON Lines: the key holding the record's id (output file names).")] = "id",
    url_field: Annotated[str, typer.Option("--url-field", metavar="KEY",
        help="JSON Lines: the key holding the record's URL.")] = "url",
) -> None:
    """Clean news dumps and saved pages: print or write the article alone."""
    from .records import INPUT_FORMATS

    try:
        fmt = pick_format(fmt, CLEAN_FORMATS)
    except ValueError as exc:
        raise _usage(str(exc)) from None
    if input_format not in INPUT_FORMATS:
        raise _usage(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    if jobs is not None and jobs < 1:
        raise _usage(f"--jobs must be at least 1, not {jobs}")
    from .records import Fields, accepts, has_records, items, record_target

    settings = _settings(only, enable, disable, rules_file, data_file)
    chain = _build_chain(only, enable, disable, rules_file, data_file)
    kinds = {"jsonl": "*.jsonl or *.ndjson", "warc": "*.warc or *.wet"}.get(input_format, "*.txt or *.html")
    inputs = _inputs(paths or [], accepts(input_format), kinds)
    records = has_records(inputs, input_format)
    many = len(inputs) > 1 or records
    count = "records" if records else f"{len(inputs)} inputs"
    if many and output_name is None and fmt != "jsonl":
        raise _usage(f"{count} to stdout need --format jsonl (or --output FOLDER)")
    if sum(1 for i in inputs if i == "-") > 1:
        raise _usage("stdin ('-') can be read only once")
    from .batch import Options, WorkerDied, cores, run
    from .progress import Tracker, on_terminal
    from .render import EXTENSIONS, json_line

    protected = {Path(i).resolve() for i in inputs if isinstance(i, Path)}
    output = Path(output_name) if output_name is not None else None
    single_jsonl = output is not None and many and fmt == "jsonl" and output.suffix == ".jsonl"
    folder = output is not None and not single_jsonl and (
        many or output.is_dir() or output_name.endswith(("/", os.sep)))
    if folder and output.exists() and not output.is_dir():
        raise _usage(f"{output}: --output must be a folder for {count}")
    if folder and many and not output.exists() and output.suffix.lower() in _FILE_SUFFIXES \
            and not output_name.endswith(("/", os.sep)):
        raise _usage(f"{output}: {count} cannot go to one {output.suffix} file: name a "
                     f"folder (ending in '/'), or use --format jsonl with a .jsonl file")
    ext = EXTENSIONS[fmt]
    targets = _output_paths(inputs, output, folder, ext) if output is not None else {}
    used: set[Path] = set()
    skipped: Counter[str] = Counter()
    work = items(inputs, input_format, Fields(text_field, html_field, id_field, url_field), skipped)
    terminal = on_terminal(err(), quiet)
    bar = terminal and not (output is None and sys.stdout.isatty())  # results would tear the bar
    tracker = Tracker(err(), bar, total=None if records else len(inputs))
    options = Options(fmt, links, strip_dateline, explain)
    try:
        sink = _atomic_file(output, protected) if single_jsonl and output is not None else nullcontext()
        outcomes = closing(run(work, chain, settings, options, jobs or cores()))
        with _pipe_errors(), sink as jsonl_file, tracker, outcomes as results:
            write = jsonl_file.write if jsonl_file is not None else sys.stdout.write
            for item, outcome in results:
                if outcome.error is not None:
                    tracker.advance(failed=True)
                    _error(f"{outcome.source}: {outcome.error}")
                    if fmt == "jsonl" and (output is None or single_jsonl):
                        write(json_line({"source": outcome.source, "error": outcome.error}))
                    continue
                if explain and outcome.article is not None:
                    _explain(outcome.article)
                text = outcome.output or ""
                if output is None or single_jsonl:
                    write(text)
                    if output is None:
                        sys.stdout.flush()
                    tracker.advance(failed=False)
                    continue
                target = targets[item.index]
                if item.name is not None:
                    target = record_target(target, ext, item.name, used)
                try:
                    _write_atomic(target, text, protected)
                except OSError as exc:
                    _error(f"{outcome.source}: cannot write output: {exc.strerror or exc}")
                    tracker.advance(failed=True)
                    continue
                tracker.advance(failed=False)
    except WorkerDied as exc:
        _error(str(exc))
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    except OSError as exc:  # the one .jsonl file (or stdout) could not be written
        _error(f"{output or '<stdout>'}: cannot write output: {exc.strerror or exc}")
        raise typer.Exit(ExitStatus.SOME_FAILED) from None
    if terminal and tracker.done > 1:
        err().print(tracker.summary(skipped["warc"]), highlight=False)
    if tracker.failed:
        err().print(f"newsclean: {tracker.failed} of {tracker.done} input(s) failed")
        raise typer.Exit(ExitStatus.SOME_FAILED)


@app.command(cls=Command)
def rules(
    rule_id: Annotated[str | None, typer.Argument(metavar="ID", autocompletion=complete_rule_ids,
        help="Show what one rule does.")] = None,
    rules_file: Annotated[list[Path] | None, typer.Option("--rules-file", metavar="FILE.py",
        help="Also list the rules of this Python file.")] = None,
) -> None:
    """List the rules in chain order: id, what it does, on by default or not."""
    from rich.table import Table
    from rich.text import Text

    from .console import console

    chain = _build_chain(None, None, None, rules_file, None)
    out = console(soft_wrap=rule_id is not None)
    if rule_id:
        try:
            r = chain.get(rule_id)
        except ValueError as exc:
            raise _usage(str(exc)) from None
        # a rule's own words are text, not Rich markup: "[sic]" or "[bold]" in them stay
        out.print(f"{r.id}: {r.description}", markup=False)
        needs = ", ".join(r.needs) or "-"
        out.print(f"on by default: {'yes' if r.default else 'no'}; needs: {needs}; from: {r.origin}",
                  markup=False)
        if r.doc:
            out.print()
            out.print(" ".join(r.doc.split()), markup=False)
        return
    table = Table(title="newsclean rules, in chain order")
    table.add_column("#", justify="right")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("what it does")
    table.add_column("default")
    table.add_column("needs")
    for n, r in enumerate(chain, 1):
        table.add_row(str(n), Text(r.id), Text(r.description), "on" if r.default else "off",
                      Text(", ".join(r.needs)))
    out.print(table)


@app.command(cls=Command)
def quotes(
    paths: Annotated[list[str], typer.Argument(metavar="PATH",
        help="Dump files or saved pages (not folders), or '-' for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
        autocompletion=format_completer(QUOTES_FORMATS),
        help="table (for people), json, jsonl (one quotation per line, with source) or tsv "
             "(source, speaker, verb, quote); any case.")] = "table",
) -> None:
    """Show the direct quotations of articles: speaker, verb and words."""
    try:
        fmt = pick_format(fmt, QUOTES_FORMATS)
    except ValueError as exc:
        raise _usage(str(exc)) from None
    folders = [p for p in paths if p != "-" and Path(p).is_dir()]
    if folders:
        raise _usage(f"{', '.join(folders)}: {'is a folder' if len(folders) == 1 else 'are folders'}"
                     f", not a file (quotes reads files: try {folders[0]}/*.txt)")
    if paths.count("-") > 1:
        raise _usage("stdin ('-') can be read only once")
    from . import quotes_out
    from .chain import RuleError
    from .console import console
    from .read import InputError

    chain = _build_chain(None, None, None, None, None)
    many = len(paths) > 1
    out = console(soft_wrap=False) if fmt == "table" else None
    records: list[dict] = []
    failed = 0
    if fmt == "tsv":
        sys.stdout.write(quotes_out.tsv_header())
    for raw in paths:
        try:
            article = _clean_one("-" if raw == "-" else Path(raw), chain)
        except (InputError, RuleError) as exc:
            failed += 1
            source, reason = (exc.source, exc.reason) if isinstance(exc, InputError) else (raw, str(exc))
            _error(f"{source}: {reason}")
            rec = {"source": source, "error": reason}
        else:
            rec = quotes_out.record(article.source or "<stdin>", article)
        if fmt == "json":
            records.append(rec)
        elif fmt == "jsonl":
            sys.stdout.write(quotes_out.json_lines(rec))
        elif fmt == "tsv":
            sys.stdout.write(quotes_out.tsv_rows(rec))
        elif out is not None and "error" not in rec:
            if many:  # which file each table comes from, as grep names files
                out.print(f"{rec['source']}:", soft_wrap=True, markup=False)
            out.print(quotes_out.table(rec))
        sys.stdout.flush()
    if fmt == "json" and (many or not failed):
        sys.stdout.write(quotes_out.json_document(records, many))
    if failed:
        err().print(f"newsclean: {failed} of {len(paths)} input(s) failed")
        raise typer.Exit(ExitStatus.SOME_FAILED)


def main() -> None:
    import signal

    if hasattr(signal, "SIGPIPE"):  # `newsclean ... | head -1`: stop when the reader does, quietly,
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # as cat and grep do (status 141 in the shell)
    try:
        app(prog_name="newsclean")  # also under `python -m`: one name in usage lines, and one
        # variable, _NEWSCLEAN_COMPLETE, for shell completion
    except KeyboardInterrupt:
        sys.stderr.write("newsclean: interrupted\n")
        raise SystemExit(ExitStatus.INTERRUPTED) from None


if __name__ == "__main__":
    main()
