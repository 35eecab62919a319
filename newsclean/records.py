"""Command-line inputs as work items: files and stdin as they are, JSON Lines and WARC files
record by record. Every reader is a generator reading a bounded piece at a time, so a 10 GB
file never sits in memory; a bad record is an error item in its place and the rest goes on.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .batch import Item
from .read import MAX_BYTES, InputError, is_input_path, read_stdin

INPUT_FORMATS = ("auto", "files", "jsonl", "warc")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".wet")
"""Each also gzipped (``.jsonl.gz``, ``.warc.gz``)."""

MAX_LINE = 4 * MAX_BYTES
"""A JSON line longer than this is refused unread: JSON escapes (``\\u00e9``, ``\\n``) make a
page's line up to a few times its text, and the text is bounded by MAX_BYTES."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Fields:
    """The JSON Lines keys: the page's text, or its HTML (preferred when both are there), the
    record's id (for output names) and its URL."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"


def _unzipped_name(path: Path) -> str:
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def kind_of(path: str | Path, input_format: str) -> str:
    """How one input is read: ``files`` (a dump or page), ``jsonl`` or ``warc``; ``auto``
    goes by the name (stdin is a dump or page)."""
    if input_format != "auto":
        return input_format
    if path == "-":
        return "files"
    name = _unzipped_name(Path(path))
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "files"


def accepts(input_format: str) -> Callable[[Path], bool]:
    """What a folder argument expands to: dumps and pages, or with ``jsonl`` / ``warc`` the
    record files (a folder's stray ``out.jsonl`` is never taken for input by ``auto``)."""
    if input_format == "jsonl":
        return lambda p: _unzipped_name(p).endswith(JSONL_SUFFIXES)
    if input_format == "warc":
        return lambda p: _unzipped_name(p).endswith(WARC_SUFFIXES)
    return is_input_path


def has_records(inputs: list, input_format: str) -> bool:
    return any(isinstance(i, (str, Path)) and kind_of(i, input_format) != "files" for i in inputs)


def items(inputs: list, input_format: str = "auto", fields: Fields | None = None,
          skipped: Counter[str] | None = None) -> Iterator[Item]:
    """The work items of the command-line inputs, in order (``Path``, ``"-"`` for stdin, or
    an ``InputError`` found while expanding folders). ``skipped`` counts WARC records that
    are not pages (requests, metadata, other content types)."""
    fields = fields or Fields()
    skipped = skipped if skipped is not None else Counter()
    for index, given in enumerate(inputs):
        if isinstance(given, InputError):
            yield Item(given.source, error=given.reason, index=index)
            continue
        kind = kind_of(given, input_format)
        if kind == "jsonl":
            yield from jsonl_items(given, fields, index)
        elif kind == "warc":
            yield from warc_items(given, index, skipped)
        elif given == "-":
            try:
                yield Item("<stdin>", data=read_stdin(sys.stdin.buffer), index=index)
            except InputError as exc:
                yield Item(exc.source, error=exc.reason, index=index)
        else:
            yield Item(str(given), path=str(given), index=index)


def _open(given: str | Path) -> tuple[str, BinaryIO]:
    """The input's name and a buffered binary stream of it (stdin for ``-``); InputError."""
    if given == "-":
        return "<stdin>", sys.stdin.buffer
    source = str(given)
    try:
        return source, open(given, "rb")  # noqa: SIM115 - closed by the reader that reads it
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None


# --- JSON Lines -----------------------------------------------------------------------------


def jsonl_items(given: str | Path, fields: Fields, index: int = 0) -> Iterator[Item]:
    """One item per non-blank line, ``source`` ``FILE:LINE``; gzip (by its magic bytes) is
    unpacked as it is read."""
    import gzip
    import zlib

    try:
        source, raw = _open(given)
    except InputError as exc:
        yield Item(exc.source, error=exc.reason, index=index)
        return
    if not hasattr(raw, "peek"):  # a stdin that is no buffered file (a test runner's)
        import io

        raw = io.BufferedReader(raw)  # type: ignore[arg-type]
    stream: BinaryIO = raw
    if raw.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
        stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
    number = 0
    try:
        while True:
            try:
                line = stream.readline(MAX_LINE + 1)
            except (EOFError, OSError, zlib.error) as exc:
                reason = "truncated gzip data" if isinstance(exc, EOFError) else f"cannot read: {exc}"
                yield Item(f"{source}:{number + 1}", error=reason, index=index)
                return
            if not line:
                return
            number += 1
            where = f"{source}:{number}"
            if len(line) > MAX_LINE and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest, a bounded piece at a time
                    line = stream.readline(MAX_LINE)
                yield Item(where, error=f"record too large (over {MAX_LINE / 2**20:.0f} MiB)",
                           index=index)
                continue
            if line.strip():
                yield _record(line, where, fields, index, number)
    finally:
        if given != "-":
            stream.close()
            raw.close()


def _record(line: bytes, source: str, fields: Fields, index: int, number: int) -> Item:
    import json

    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, or bytes that are no Unicode
        reason = f"{exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else str(exc)
        return Item(source, error=f"not a JSON record: {reason}", index=index)
    if not isinstance(record, dict):
        return Item(source, error=f"not a JSON object but {type(record).__name__}", index=index)
    ident = record.get(fields.id)
    ident = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None
    url = record.get(fields.url)
    url = url if isinstance(url, str) and url else None
    name = (safe_name(ident) if ident else None) or str(number)
    html, text = record.get(fields.html), record.get(fields.text)
    if isinstance(html, str) and html.strip():
        return Item(source, text=html, html=True, url=url, index=index, name=name)
    if isinstance(text, str):
        return Item(source, text=text, url=url, index=index, name=name)
    return Item(source, error=f"no {fields.text!r} or {fields.html!r} field holding a string",
                index=index)


# --- WARC -----------------------------------------------------------------------------------


def warc_items(given: str | Path, index: int = 0, skipped: Counter[str] | None = None) -> Iterator[Item]:
    """HTML ``response`` records (2xx) as pages, WET ``conversion`` records as text dumps,
    ``source`` ``FILE#RECORD-ID`` and the WARC-Target-URI as ``url``; other records are
    counted in ``skipped``. Gzipped (per record or whole) is read as it comes."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    skipped = skipped if skipped is not None else Counter()
    try:
        source, stream = _open(given)
    except InputError as exc:
        yield Item(exc.source, error=exc.reason, index=index)
        return
    seen = 0
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="transfer"):
            seen += 1
            kind = record.record_type
            if kind == WarcRecordType.response:
                status = record.http_headers.status_code if record.http_headers is not None else None
                if record.http_content_type not in _HTML_TYPES or not status or not 200 <= status < 300:
                    skipped["warc"] += 1
                    continue
                html, charset = True, record.http_charset
            elif kind == WarcRecordType.conversion:
                html, charset = False, None
            else:
                skipped["warc"] += 1
                continue
            yield _warc_item(record, source, index, html, charset)
    except OSError as exc:
        where = f"after {seen} record(s)" if seen else "no WARC record"
        yield Item(source, error=f"not valid WARC data ({where}: {exc})", index=index)
        return
    finally:
        if given != "-":
            stream.close()
    if not seen:
        yield Item(source, error="no WARC record in it (not a WARC file?)", index=index)


def _warc_item(record, source: str, index: int, html: bool, charset: str | None) -> Item:
    record_id = (record.record_id or "").strip("<>")
    where = f"{source}#{record_id}" if record_id else f"{source}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI") or None
    name = safe_name(record_id.removeprefix("urn:uuid:")) if record_id else None
    try:
        data = record.reader.read(MAX_BYTES + 1)
    except OSError as exc:  # a broken Content-Encoding: this record only
        return Item(where, error=f"cannot read the record's content: {exc}", index=index)
    if len(data) > MAX_BYTES:
        return Item(where, error=f"too large (over the limit of {MAX_BYTES / 2**20:.0f} MiB)",
                    index=index)
    return Item(where, data=data, html=html, charset=charset, url=url, index=index,
                name=name or str(record.stream_pos))


# --- output names ---------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(value: str) -> str | None:
    """A record id as a file name: only letters, digits, ``.``, ``-`` and ``_`` (anything else
    becomes ``_``, so no ``/`` or ``..`` can lead out of the output folder), no leading dot,
    at most 100 characters; None when nothing is left."""
    name = _UNSAFE.sub("_", value)[:100].strip("._")
    return name or None


def record_target(file_target: Path, ext: str, name: str, used: set[Path]) -> Path:
    """Where a record's result goes: in a folder named like the record file's own output
    (``out/feed.md`` -> ``out/feed/NAME.md``); a name used already in this run gets ``-2``,
    ``-3``, ..."""
    stem = file_target.name[: -len(ext)] if file_target.name.endswith(ext) else file_target.name
    folder = file_target.with_name(stem)
    target = folder / f"{name}{ext}"
    n = 1
    while target in used:
        n += 1
        target = folder / f"{name}-{n}{ext}"
    used.add(target)
    return target
