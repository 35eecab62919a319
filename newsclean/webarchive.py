"""Pages saved by Safari (``.webarchive``, its default "save as"): a property list whose main
resource holds the page's bytes, its MIME type and its text encoding, beside its pictures,
style sheets and frames (``WebSubresources``, ``WebSubframeArchives``), which are not read.
Read with the standard library's ``plistlib`` (binary and XML property lists).
"""

from __future__ import annotations

MAGIC = b"bplist00"
"""A binary property list's first bytes; Safari writes binary ones."""
_XML_START = b"<?xml"
_XML_SIGN = b"WebMainResource"


def is_archive(data: bytes) -> bool:
    """Whether the bytes are a web archive: a binary property list, or an XML one naming
    its main resource near its start."""
    if data.startswith(MAGIC):
        return True
    return data.startswith(_XML_START) and b"<plist" in data[:512] and _XML_SIGN in data[:4096]


class NoPage(ValueError):
    """The archive holds no page: not a web archive, or no main resource with bytes."""


def page(data: bytes) -> tuple[bytes, str | None, bool]:
    """The main resource's bytes, its text encoding (an IANA name) and whether it is HTML
    (its MIME type; a saved text file is text). ``NoPage`` says why there is none."""
    import plistlib

    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # plistlib raises InvalidFileException, ValueError, KeyError...
        raise NoPage(f"not a readable web archive ({type(exc).__name__})") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    body = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(body, bytes):
        raise NoPage("a property list with no web page (no WebMainResource data)")
    kind = main.get("WebResourceMIMEType")
    charset = main.get("WebResourceTextEncodingName")
    html = not isinstance(kind, str) or kind.split(";")[0].strip().lower() in (
        "text/html", "application/xhtml+xml")
    return body, charset if isinstance(charset, str) and charset else None, html
