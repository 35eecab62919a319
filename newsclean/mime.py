"""Pages saved in MIME form: a browser's "save as a single file" (MHTML, ``.mht``/``.mhtml``:
Chrome, Edge, Internet Explorer) and an e-mail (``.eml``: a newsletter's article). The page
is one part among its pictures, style sheets and frames; only that part is read.

The archive is cut into parts by its boundary with ``bytes.find``, never parsed whole: its
pictures (base64) make a saved page 5 to 50 times larger than its HTML, so the input limit
applies to the page part, and a file over the limit is read through ``mmap``.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import Message

_HEAD = 16 * 1024
"""How far the top header block may reach: a saved page's is a few hundred bytes, an
e-mail's (its ``Received:`` lines) a few kilobytes."""

_DEPTH = 8
"""Nested multiparts looked into (an e-mail's mixed > alternative > related is three)."""

_FIRST_HEADER = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MIME_VERSION = re.compile(rb"(?im)^mime-version:")


def _header_block(data: bytes, reach: int) -> tuple[Message, int] | None:
    """The headers that open ``data`` and where the body starts, or None when it does not
    open with a header block (every line a header or its continuation, up to a blank line)."""
    end = _HEADER_END.search(data, 0, reach)
    if end is None:
        return None
    block = data[: end.start()]
    for line in block.splitlines():
        if not (line[:1] in (b" ", b"\t") or _FIRST_HEADER.match(line)):
            return None
    from email.parser import BytesHeaderParser  # only for a text that opens like a message

    return BytesHeaderParser().parsebytes(block + b"\n\n"), end.end()


def is_archive(data: bytes) -> bool:
    """Whether the bytes are a MIME message: a header block with ``MIME-Version`` and a
    ``Content-Type``. A dump never opens so (its first line would have to be a header): for
    nearly every input the first regex answers."""
    if not _FIRST_HEADER.match(data, 0, 80) or not _MIME_VERSION.search(data, 0, _HEAD):
        return False
    head = _header_block(data, _HEAD)
    return head is not None and head[0]["content-type"] is not None


def _parts(data: bytes, boundary: bytes, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each part of a multipart body between ``start`` and ``stop``,
    its delimiter lines left out."""
    delimiter = b"--" + boundary
    at = data.find(delimiter, start, stop)
    while at >= 0:
        line_end = data.find(b"\n", at, stop)
        if line_end < 0 or data[at + len(delimiter): at + len(delimiter) + 2] == b"--":
            return  # the close delimiter
        nxt = data.find(b"\n" + delimiter, line_end, stop)
        end = stop if nxt < 0 else nxt
        yield line_end + 1, end - (data[end - 1: end] == b"\r")
        at = -1 if nxt < 0 else nxt + 1


def _candidates(data: bytes, start: int, end: int, depth: int) -> Iterator[tuple[Message, int, int]]:
    """Every leaf part (headers, body start, body end) in document order."""
    head = _header_block(data[start: min(end, start + _HEAD)], _HEAD)
    if head is None:
        return
    message, body = head
    if message.get_content_maintype() == "multipart":
        boundary = message.get_boundary()
        if boundary is None or depth >= _DEPTH:
            return
        for part_start, part_end in _parts(data, boundary.encode("latin-1", "replace"), start + body, end):
            yield from _candidates(data, part_start, part_end, depth + 1)
        return
    yield message, start + body, end


def _payload(message: Message, body: bytes) -> bytes:
    encoding = (message["content-transfer-encoding"] or "").strip().lower()
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    if encoding == "base64":
        return binascii.a2b_base64(body)
    return body


def _too_large(size: int, limit: int) -> str:
    mib = 2**20
    return f"its page part is too large ({size / mib:.1f} MiB; the limit is {limit / mib:.1f} MiB)"


class NoPage(ValueError):
    """The archive holds no HTML or text part."""


def page(data: bytes, limit: int) -> tuple[bytes, str | None, bool]:
    """The page part of an archive, decoded from its transfer encoding: its bytes, the
    charset its part declares, and whether it is HTML.

    The page is the HTML part at the archive's ``Snapshot-Content-Location`` (a saved page's
    own address; its frames are other HTML parts), else the first HTML part (an e-mail's
    HTML alternative over its plain one), else the first plain-text part. ``ValueError``
    says why there is none, or that it is over ``limit`` bytes.
    """
    top = _header_block(data, _HEAD)
    if top is None:
        raise NoPage("not a MIME message")
    snapshot = (top[0]["snapshot-content-location"] or "").strip()
    html = plain = None
    for message, start, end in _candidates(data, 0, len(data), 0):
        kind = message.get_content_type()
        if kind == "text/html":
            if snapshot and (message["content-location"] or "").strip() == snapshot:
                html = (message, start, end)
                break
            html = html or (message, start, end)
        elif kind == "text/plain" and plain is None:
            plain = (message, start, end)
    chosen = html or plain
    if chosen is None:
        raise NoPage("a MIME archive (MHTML or e-mail) with no HTML or text part")
    message, start, end = chosen
    if end - start > 3 * limit:  # quoted-printable at most triples it
        raise NoPage(_too_large(end - start, limit))
    try:
        body = _payload(message, bytes(data[start:end]))
    except (binascii.Error, ValueError) as exc:
        raise NoPage(f"its page part is not valid {message['content-transfer-encoding']}: {exc}") from None
    if len(body) > limit:
        raise NoPage(_too_large(len(body), limit))
    return body, message.get_content_charset(), chosen is html
