"""Reading a saved page's bytes is a job apart from parsing it: the reader decides whether some
bytes are HTML and decodes them before any tree exists, and the charset rules (BOMs, WHATWG label
meanings, mislabelled UTF-8, sniffing) change for reasons that have nothing to do with how blocks
are walked, so they live here and not beside the walk.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html", "looks_like_html"]


# --------------------------------------------------------------------------- sniffing

_HTML_START = re.compile(
    r"^[\s\ufeff\x00ÿþï»¿]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_DOC_TAG = re.compile(r"<(?:html|head|body)\b[^<>]*>|</(?:html|head|body)\s*>", re.IGNORECASE)
_HTML_COMMON_TAG = re.compile(
    r"</?(div|span|p|a|meta|script|link|li|ul|table|td|tr|br|img|h[1-6]|section|article|nav|style)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML page or fragment rather than a text dump or Markdown.

    Only the first ~2 KB are looked at. A page starts with a doctype or ``<html>``/``<head>``/
    ``<body>`` (possibly after a comment), or has two of those document tags, or opens with a
    tag and has several common ones; a dump or Markdown that mentions markup is not HTML.
    """
    head = text[:2048]
    if "<" not in head:
        return False
    if "\x00" in head:  # UTF-16 bytes seen through a single-byte decoding
        head = head.replace("\x00", "")
    if _HTML_START.match(head):
        return True
    if len(_HTML_DOC_TAG.findall(head)) >= 2:
        return True
    if not head.lstrip().startswith("<"):
        return False  # a dump whose text quotes some markup (an article about HTML) is a dump
    common = _HTML_COMMON_TAG.findall(head)
    if len(common) < 4 or len({name.lower() for name in common}) < 2:
        return False
    # Markdown as pandoc writes a page in it when Markdown has no syntax for its <div>s and
    # spans (-t gfm, -t markdown_strict): raw tags, the text between them Markdown (a page's
    # fragment writes headings and links as tags)
    from .pandoc import markdown_with_raw_html

    return not _mostly_plain(text[:_PLAIN_WINDOW]) and not markdown_with_raw_html(text)


_PLAIN_WINDOW = 8192
"""Characters read to tell a fragment from a dump that merely opens with markup."""


def _mostly_plain(window: str) -> bool:
    """Whether most non-blank lines hold no markup: a text dump that opens with a few tags a
    converter printed as text (lynx prints a <noscript> block's markup), not a fragment,
    whose lines are tags or text between them."""
    lines = [line for line in window.splitlines() if line.strip()]
    plain = sum(1 for line in lines if "<" not in line and ">" not in line)
    return plain >= 10 and plain > 2 * (len(lines) - plain)


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"<meta\b[^<>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^<>]*?encoding\s*=\s*[\"']([A-Za-z0-9_:.+-]+)", re.IGNORECASE)

# WHATWG Encoding Standard labels whose Python codec differs from the label's plain meaning.
_LABELS = {
    **dict.fromkeys(
        (
            "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100",
            "latin1", "latin-1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp819", "ibm819",
            "csisolatin1", "x-cp1252", "windows-1252", "cp1252", "x-user-defined",
        ),
        "cp1252",
    ),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "iso88599", "latin5", "l5", "iso_8859-9"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "iso8859-11", "tis-620", "windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(
        ("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932"),
        "cp932",
    ),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "windows-949"), "cp949"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"), "big5hkscs"),
    **dict.fromkeys(("iso-8859-8-i", "csiso88598i", "logical"), "iso8859-8"),
    # A page that could declare UTF-16 in ASCII is not UTF-16 (no BOM was found): WHATWG says UTF-8.
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe"), "utf-8"),
    **dict.fromkeys(("x-mac-roman", "macintosh", "mac", "csmacintosh"), "mac_roman"),
    **dict.fromkeys(("x-mac-cyrillic", "x-mac-ukrainian"), "mac_cyrillic"),
}
# Python codecs that are no web charset: UTF-7 can smuggle markup, the others are escapes or errors.
_REFUSED_CODECS = {"utf-7", "undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"}


def _codec_for(label: bytes) -> str | None:
    """The Python codec for a declared charset label, or None when unknown or not a text codec."""
    name = label.decode("ascii", "ignore").strip().lower()
    if not name:
        return None
    name = _LABELS.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None  # base64, rot13, zlib...: not a way to read text
    return info.name


def _declared_codec(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return _codec_for(match.group(1)) if match else None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _utf8(data: bytes) -> str | None:
    """Strict UTF-8, tolerating only a sequence cut off at the very end (a truncated save)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8", "replace") + "\ufffd"
        return None


def _single_byte(codec: str) -> bool:
    return codec.startswith(("cp12", "iso8859", "koi8", "mac-", "cp8", "cp4", "ascii"))


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a saved page's bytes: BOM, then the declared charset, then sniffing. Never raises.

    ``charset``: the one an HTTP header gave (a WARC response's); as in browsers it comes
    after a BOM and before the page's own ``<meta charset>``.

    Labels follow WHATWG (iso-8859-1/ascii mean cp1252, Shift_JIS means cp932...). A page declared
    in a single-byte charset whose bytes are valid, non-ASCII UTF-8 is read as UTF-8: that is
    what its author's editor saved (mislabelled pages are common), and no real cp1252 text
    looks like UTF-8 by chance. An unknown label or a failed decode falls back to UTF-8 if valid,
    then charset_normalizer's best guess, then cp1252 with replacement characters.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le", "replace")
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be", "replace")
    codec = (_codec_for(charset.encode("ascii", "ignore")) if charset else None) or _declared_codec(data)
    if codec is not None and codec != "utf-8":
        if _single_byte(codec) and not data.isascii():
            text = _utf8(data)
            if text is not None:
                return text
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):
            if codec == "cp1252":  # WHATWG maps cp1252's five holes to C1 controls: never fails
                return data.decode("latin-1").translate(_CP1252_TABLE)
    text = _utf8(data)
    if text is not None:
        return text
    if codec == "utf-8" or codec is None:
        # Mostly valid UTF-8 with a few stray bytes (a pasted cp1252 quote): still UTF-8.
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        if len(_NON_ASCII.findall(text)) - bad >= 4 * bad:
            return text
    else:
        # The declared charset with a stray byte or two is still the page's charset.
        try:
            text = data.decode(codec, "replace")
        except (UnicodeError, LookupError):
            text = ""
        if text and text.count("\ufffd") <= len(text) // 1000:
            return text
    try:
        from charset_normalizer import from_bytes  # lazy: only non-UTF-8 pages pay for it

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except Exception:  # noqa: BLE001 - a detector failure must not lose the page
        pass
    return data.decode("cp1252", "replace")


# latin-1 code points 0x80-0x9f -> what cp1252 means by those bytes (holes stay C1 controls)
_CP1252_TABLE = {
    i: ord(bytes([i]).decode("cp1252")) for i in range(0x80, 0xA0) if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
