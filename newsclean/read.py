"""Bytes to text: the only place that knows about files, encodings and bad input."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from . import mime, webarchive

MAX_BYTES = 16 * 1024 * 1024
"""Larger inputs are refused: no news page's text comes near it (the corpus's largest dump is
0.1 MiB), and a runaway file must not hang a batch or fill memory."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _too_large(size: int) -> str:
    return f"too large ({size / 2**20:.1f} MiB; the limit is {MAX_BYTES / 2**20:.0f} MiB)"


class InputError(Exception):
    """An input that cannot be cleaned; the message is one line for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):
        """Pickled by its fields (a process pool sends it back): Exception's default calls
        the class with the message alone."""
        return (type(self), (self.source, self.reason))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # a C loop, not one in Python per byte
    return controls > max(8, len(head) // 100)


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))
"""The bytes ``looks_binary`` does not count: deleting them leaves the control characters."""


HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
"""Saved pages; each may also be gzipped (``page.html.gz``)."""
ARCHIVE_SUFFIXES = (".mhtml", ".mht", ".webarchive")
"""Pages saved as one file: MIME (``mime.py``; an ``.eml`` is read when named, not found in
a folder) and Safari's (``webarchive.py``)."""
TEXT_SUFFIXES = (".txt",)


def _unzipped_name(path: Path) -> str:
    """The file name in lower case, without a ``.gz``: what it holds once unpacked."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_html_path(path: Path) -> bool:
    """Whether the file name says HTML (``.html``, ``.htm``, ... optionally ``.gz``)."""
    return _unzipped_name(path).endswith(HTML_SUFFIXES)


def is_input_path(path: Path) -> bool:
    """Files a folder argument expands to: text dumps and saved pages, gzipped too."""
    return _unzipped_name(path).endswith((*TEXT_SUFFIXES, *HTML_SUFFIXES, *ARCHIVE_SUFFIXES))


def read_stdin(stream: BinaryIO) -> bytes:
    """Standard input, read up to the limit and one byte more: an endless or huge stream
    (``< /dev/zero``) gets the one-line error at once, not after filling memory."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("<stdin>", f"too large (more than the limit of {MAX_BYTES / 2**20:.0f} MiB)")
    return data


def _gunzip(data: bytes, source: str) -> bytes:
    """Decompress every member (``cat a.gz b.gz`` is one valid file), refusing more than
    MAX_BYTES of output (a gzip bomb must not fill memory) and a stream cut short (as
    ``zcat`` does: the text would silently end mid-article)."""
    import zlib

    out = bytearray()
    rest = data
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, MAX_BYTES + 1 - len(out))
        except zlib.error as exc:
            raise InputError(source, f"not valid gzip data ({exc})") from None
        if len(out) > MAX_BYTES or inflater.unconsumed_tail:
            raise InputError(source, f"too large once decompressed (the limit is {MAX_BYTES / 2**20:.0f} MiB)"
                             )
        if not inflater.eof:
            raise InputError(source, "truncated gzip data (the file ends before the compressed stream does)")
        rest = inflater.unused_data
        if not rest.strip(b"\x00"):  # the end, or the zero padding some tape tools add
            return bytes(out)


_ARCHIVE_FACTOR = 8
"""A Safari web archive is read whole (a property list has no parts to skip to) up to this
many times the input limit: its pictures make it that much larger than its page."""


def _mime_page(data: bytes, source: str) -> tuple[bytes, str | None, bool]:
    try:
        return mime.page(data, MAX_BYTES)
    except mime.NoPage as exc:
        raise InputError(source, str(exc)) from None


def _webarchive_page(data: bytes, source: str) -> tuple[bytes, str | None, bool]:
    try:
        body, charset, html = webarchive.page(data)
    except webarchive.NoPage as exc:
        raise InputError(source, str(exc)) from None
    if len(body) > MAX_BYTES:
        raise InputError(source, f"its page is too large ({len(body) / 2**20:.1f} MiB; "
                                 f"the limit is {MAX_BYTES / 2**20:.1f} MiB)")
    return body, charset, html


def _saved_page(data: bytes, source: str) -> tuple[bytes, str | None, bool] | None:
    """The page inside a page saved as one file: MHTML or an e-mail (``mime.py``), a Safari
    web archive (``webarchive.py``). Its bytes, the charset its container declares, whether
    it is HTML; None when ``data`` is none of them. Cheap for everything else: a first line
    that is no header, first bytes that open no property list."""
    if mime.is_archive(data):
        return _mime_page(data, source)
    if webarchive.is_archive(data):
        return _webarchive_page(data, source)
    return None


def _large_saved_page(path: Path, source: str) -> tuple[str, bool] | None:
    """The page of a page saved as one file over the input limit (its pictures are most of
    it): MHTML read through ``mmap``, so that only its page part is in memory; a web archive
    read whole up to ``_ARCHIVE_FACTOR`` times the limit. None for any other file."""
    import mmap

    with path.open("rb") as file:
        head = file.read(16384)
        if mime.is_archive(head):
            with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                data, charset, html = _mime_page(mapped, source)  # type: ignore[arg-type]
        elif webarchive.is_archive(head) and path.stat().st_size <= _ARCHIVE_FACTOR * MAX_BYTES:
            data, charset, html = _webarchive_page(head + file.read(), source)
        else:
            return None
    return _decoded(data, source, html, charset), html


def sniff_html(data: bytes) -> bool:
    """Whether raw bytes hold an HTML page (looked at before decoding, to honour its charset)."""
    from .html_decode import looks_like_html

    return looks_like_html(data[:4096].decode("latin-1"))


def decode(data: bytes, source: str = "<stdin>", html: bool | None = None,
           charset: str | None = None) -> str:
    """Decode an input: gzip is unpacked; an HTML page (``html``, or sniffed when None) is
    decoded by its declared charset (``charset``, from an HTTP header, first); a dump by BOM,
    then strict UTF-8, then charset detection (cp1252, Latin-1, ...)."""
    return decode_input(data, source, html, charset)[0]


def decode_input(data: bytes, source: str = "<stdin>", html: bool | None = None,
                 charset: str | None = None) -> tuple[str, bool | None]:
    """``decode``, and whether the text is HTML: ``html`` as given, except that a page saved
    as one file (MHTML, an e-mail, a web archive) says so by its page's type."""
    if len(data) > MAX_BYTES:
        raise InputError(source, _too_large(len(data)))
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source)
    saved = _saved_page(data, source)
    if saved is not None:
        data, part_charset, html = saved
        charset = charset or part_charset
    return _decoded(data, source, html, charset), html


def _decoded(data: bytes, source: str, html: bool | None, charset: str | None) -> str:
    if html or (html is None and sniff_html(data)):
        if looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise InputError(source, "binary file, not text")
        from .html_decode import decode_html

        return _finish(decode_html(data, charset), source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(encoding), source)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {encoding}: {exc.reason}") from None
    if looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _labelled(data, charset) or _mixed(data, source) or _nearly_utf8(data) or _detect(data, source)
    return _finish(text, source)


def _labelled(data: bytes, charset: str | None) -> str | None:
    """A dump that is not UTF-8 read by the charset its container declares (a MIME part's,
    a WARC record's), when the label is known and fits; UTF-8 goes first because a label
    is often wrong and no real text in another charset is valid UTF-8 by chance."""
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


_ESCAPED = re.compile("[\udc80-\udcff]")
"""A byte that is not UTF-8, as ``surrogateescape`` keeps it."""
_UTF8_HIGH = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")
"""A character beyond ASCII that was decoded as UTF-8."""
_HIGH = re.compile("[^\x00-\x7f]")


def _mixed(data: bytes, source: str) -> str | None:
    """A dump that is mostly UTF-8 with some lines in a single-byte code page (two sources
    pasted together, a Latin-1 signature in a UTF-8 page): those lines decoded as the
    detector reads them (cp1252, usually), the others as UTF-8, instead of one codec for all
    and mojibake in the rest. None when the file is not that: no such line, or fewer lines
    of valid UTF-8 beyond ASCII than of the other code page (a cp1252 file in which a line
    happens to be valid UTF-8, "OLÉ”", stays cp1252). Linear: C scans between the lines
    beyond ASCII, a few steps of Python for each of them."""
    text = data.decode("utf-8", errors="surrogateescape")  # a C pass; \n is never escaped
    if not _UTF8_HIGH.search(text):  # a single-byte file: no time spent on its lines
        return None
    good = 0
    bad: list[tuple[int, int]] = []  # the spans of lines with a byte that is not UTF-8
    found = _HIGH.search(text)
    while found:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        if _ESCAPED.search(text, found.start(), end):
            bad.append((start, end))
        else:
            good += 1
        found = _HIGH.search(text, end)
    raws = [text[a:b].encode("utf-8", errors="surrogateescape") for a, b in bad]
    lines = [raw.decode("utf-8", errors="replace") for raw in raws]
    single = [n for n, line in enumerate(lines) if not _broken_utf8(line)]
    if not single or good + len(bad) - len(single) < len(single):
        return None
    decoded = _detect(b"\n".join(raws[n] for n in single), source, single_byte=True).split("\n")
    if len(decoded) != len(single):  # a code page that does not keep lines apart
        return None
    for n, line in zip(single, decoded):
        lines[n] = line
    parts: list[str] = []
    done = 0
    for (a, b), line in zip(bad, lines):
        parts += [text[done:a], line]
        done = b
    parts.append(text[done:])
    return "".join(parts)


def _broken_utf8(line: str) -> bool:
    """A line of UTF-8 cut mid-character (lynx cuts wide characters by bytes), not of
    another code page: more characters beyond ASCII decoded than sequences replaced."""
    replaced = line.count("\ufffd")
    beyond_ascii = len(line) - len(line.encode("ascii", errors="ignore"))
    return beyond_ascii - replaced > replaced


_BROKEN_UTF8 = 0.01
"""Undecodable sequences per byte above 127 up to which a text is UTF-8 cut mid-character
(lynx cuts lines of wide characters by bytes) rather than another encoding, in which
nearly every byte above 127 fails."""


def _nearly_utf8(data: bytes) -> str | None:
    """The text as UTF-8, its few broken characters replaced, when that is what it is."""
    text = data.decode("utf-8", errors="replace")
    high = len(data.translate(None, bytes(range(128))))  # the bytes above 127
    return text if text.count("\ufffd") <= high * _BROKEN_UTF8 else None


_LATIN_CANDIDATES = ("cp1252", "cp1250", "iso8859_15")
_WORD = re.compile(r"\w+")
_ODD = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf\u00d7\u00f7\u02c6-\u02dd\u0192]|[\u0080-\u009f]")


def _detect(data: bytes, source: str, single_byte: bool = False) -> str:
    """Pick the single-byte code page: charset_normalizer for the script, then, among Latin
    code pages (which all decode any byte), the one whose text has the most function words.
    Short Western text is often guessed as cp1250 or cp775; cp1252 wins ties.
    ``single_byte``: the lines of a mixed file, too short for the detector to rule out
    UTF-16 and the like."""
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 input pays for it
    from charset_normalizer.utils import is_multi_byte_encoding

    matches = from_bytes(data)
    best = matches.best()
    if single_byte and best is not None and is_multi_byte_encoding(best.encoding):
        best = next((m for m in matches if not is_multi_byte_encoding(m.encoding)), None)
    if best is not None:
        text = str(best)
        letters = [ch for ch in text[:20000] if ch.isalpha()]
        if letters and sum(1 for ch in letters if ord(ch) >= 0x250) > len(letters) / 2:
            return text  # Cyrillic, Greek, Arabic, CJK...: trust the detector
    from .stopwords import stopword_hits

    scored = []
    for rank, encoding in enumerate(_LATIN_CANDIDATES):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:50000]
        words = _WORD.findall(sample.lower())
        odd = len(_ODD.findall(sample))  # "Za¿ó³æ": symbols glued to letters mean mojibake
        scored.append((stopword_hits(words) - 2 * odd, -rank, text))
    if not scored:
        if best is None:
            raise InputError(source, "cannot tell the text encoding (not UTF-8, not a known charset)")
        return str(best)
    return max(scored)[2]


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR (old Mac files) become LF: the one rule for files, stdin and the
    library's ``clean(text)``, so each gives the same article for the same page."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _finish(text: str, source: str) -> str:
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(source, "empty: nothing to clean")
    return text


def checked_text(text: str, source: str) -> str:
    """Text that arrives decoded (a JSON Lines field) under the same bounds and newline
    normalising as a file's."""
    if len(text) > MAX_BYTES:
        raise InputError(source, _too_large(len(text)))
    return _finish(text, source)


def read_path(path: Path) -> str:
    """The decoded text of a file (a dump or a page); ``InputError`` says why not."""
    return read_input(path)[0]


def read_input(path: Path) -> tuple[str, bool | None]:
    """``read_path``, and whether the text is HTML: True when the name says so (``.html``,
    ``.htm``, ...) or an MHTML archive's page part is, None to sniff."""
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            page = _large_saved_page(path, source)
            if page is None:
                raise InputError(source, _too_large(size))
            return page
        data = path.read_bytes()
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    return decode_input(data, source, html=True if is_html_path(path) else None)
