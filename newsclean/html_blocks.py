"""A saved HTML page as a flat list of text blocks in reading order, with evidence, plus metadata.

Rules downstream decide which blocks are the article, so the blocks are fine-grained (one
paragraph, heading, list item, caption, table row or menu line each) and carry what the HTML
says about them: their tag, the structural elements around them (``nav``, ``aside``...), hint
words from class/id/role/itemprop ("related", "share"...), link density and a ``<time>``.

Nothing on the page is fetched or executed. The tree walk is iterative (no Python recursion on
element depth) and linear in the page's size; pathologically deep nesting is flattened before
parsing, because the HTML parser itself is quadratic in nesting depth.

Skipped: script, style, template, svg, math, iframe, object, canvas, head, form controls, ruby
annotations (rt/rp) and anything hidden (``hidden``, ``aria-hidden="true"``, inline
``display:none``/``visibility:hidden``). A ``<noscript>`` is skipped unless it holds 500+ characters:
then it is what a reader without JavaScript sees (Blogger puts whole posts there), and its blocks
carry the hint "noscript". Preformatted text gives one block per line (in one group, like lines
split by ``<br>``); the Markdown of such a line is the raw line, indentation kept, to be fenced.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser

__all__ = ["Block", "Evidence", "Page", "decode_html", "looks_like_html", "parse_html"]


# --------------------------------------------------------------------------- data model


@dataclass(slots=True, frozen=True)
class Evidence:
    """What the HTML says about a block, for rules to weigh (never the text itself)."""

    tag: str  # the block's own element ("p", "h2", "li", "figcaption", "tr", "div"...)
    link_density: float  # characters inside links / characters of the block, 0..1
    links: int  # <a href> elements with text in the block (or opened in it)
    ancestors: frozenset[str]  # structural elements around it, itself included (see _STRUCTURAL)
    hints: frozenset[str]  # class/id/role/itemprop words of it and its ancestors (see HINTS)
    time: str | None  # datetime of a <time> inside it


@dataclass(slots=True)
class Block:
    """One visible line of the page: a paragraph, heading, list item, caption, row..."""

    text: str  # whitespace collapsed to single spaces, stripped; "" for a rule
    markdown: str  # inline Markdown only: no "#", "- " or ">" prefix (kind and level say that);
    # for kind "pre" the raw line with its indentation (fence a group's pre lines as code)
    kind: str  # text, heading, item, quote, row, caption, pre, rule
    level: int  # heading level; list depth for items; 0 otherwise
    group: int  # consecutive blocks of one container share it, like a text dump's paragraph
    evidence: Evidence
    cells: list[str] | None = None  # a simple table row's cells, as Markdown
    header: bool = False  # a row of <th> cells or inside <thead>
    path: tuple[int, ...] = ()  # ids of the block elements it sits in, outermost first: blocks
    # of one article share a prefix, which is how rules find the article's container


@dataclass(slots=True)
class Page:
    """The blocks in reading order and the page's own metadata (only keys it provides)."""

    blocks: list[Block]
    meta: dict[str, str]


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
    ``<body>`` (possibly after a comment), or has two of those document tags, or several common
    tags; a dump or Markdown that merely mentions a tag or two is not HTML.
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
    common = _HTML_COMMON_TAG.findall(head)
    return len(common) >= 4 and len({name.lower() for name in common}) >= 2


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


def decode_html(data: bytes) -> str:
    """Decode a saved page's bytes: BOM, then the declared charset, then sniffing. Never raises.

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
    codec = _declared_codec(data)
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


# --------------------------------------------------------------------------- hints

HINTS = frozenset(
    {
        "ad", "promo", "related", "share", "social", "newsletter", "subscribe", "comment", "sidebar",
        "footer", "header", "nav", "menu", "breadcrumb", "cookie", "byline", "author", "caption",
        "credit", "date", "headline", "article-body", "tags", "recommended", "popular", "video",
        "gallery", "widget", "login", "paywall", "search", "modal", "skip", "hidden", "noscript",
    }
)
"""The vocabulary of ``Evidence.hints``."""

_TOKEN_HINTS = {
    **dict.fromkeys(
        (
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
            "advertorial", "adslot", "adunit", "adunits", "adsense", "adcontainer", "adbox", "adwrapper",
            "adwrap", "adzone", "adspace", "adholder", "adbanner", "adlabel", "adtech", "adsbygoogle",
            "adsbox", "dfp", "mpu",
            "leaderboard", "skyscraper", "billboard", "googletag", "doubleclick",
        ),
        "ad",
    ),
    **dict.fromkeys(
        ("promo", "promos", "promotion", "promoted", "sponsor", "sponsored", "sponsors", "partner",
         "partners", "affiliate", "cta"),
        "promo",
    ),
    **dict.fromkeys(("related", "relatedposts", "relatedarticles", "seealso", "upnext"), "related"),
    **dict.fromkeys(
        ("share", "shares", "sharing", "sharebar", "sharetools", "addthis", "sharethis", "sharer"), "share"
    ),
    **dict.fromkeys(
        ("social", "socials", "follow", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
         "telegram", "reddit", "instagram", "youtube"),
        "social",
    ),
    **dict.fromkeys(("newsletter", "newsletters", "optin", "mailchimp", "mailinglist"), "newsletter"),
    **dict.fromkeys(("subscribe", "subscription", "subscriptions", "subscriber", "signup"), "subscribe"),
    **dict.fromkeys(
        ("comment", "comments", "disqus", "discussion", "respond", "replies", "reply"), "comment"
    ),
    **dict.fromkeys(("sidebar", "sidebars", "rail", "aside", "complementary"), "sidebar"),
    **dict.fromkeys(("footer", "colophon", "contentinfo"), "footer"),
    **dict.fromkeys(("header", "masthead", "banner"), "header"),
    **dict.fromkeys(("nav", "navigation", "navbar", "navmenu", "topnav"), "nav"),
    **dict.fromkeys(("menu", "menus", "submenu", "megamenu", "dropdown", "hamburger", "menubar", "menuitem"),
                    "menu"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs", "crumbs", "crumb"), "breadcrumb"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr", "cmp", "onetrust"), "cookie"),
    **dict.fromkeys(("byline", "bylines"), "byline"),
    **dict.fromkeys(("author", "authors", "writer", "contributor", "reporter", "creator", "bio"), "author"),
    **dict.fromkeys(("caption", "captions", "figcaption"), "caption"),
    **dict.fromkeys(("credit", "credits"), "credit"),
    **dict.fromkeys(
        ("date", "dates", "dateline", "timestamp", "pubdate", "published", "publishdate", "datetime",
         "datepublished", "datemodified", "datecreated", "uploaddate"),
        "date",
    ),
    **dict.fromkeys(("headline", "headlines", "alternativeheadline"), "headline"),
    **dict.fromkeys(
        ("articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "articletext",
         "storytext", "storycontent", "postbody", "entrybody"),
        "article-body",
    ),
    **dict.fromkeys(("tags", "tag", "keywords", "topics", "tagged", "taglist"), "tags"),
    **dict.fromkeys(
        ("recommended", "recommendations", "recommendation", "recommend", "taboola", "outbrain", "suggested"),
        "recommended",
    ),
    **dict.fromkeys(("popular", "trending", "mostread", "mostpopular", "mostviewed"), "popular"),
    **dict.fromkeys(("video", "videos", "player", "jwplayer", "videoplayer"), "video"),
    **dict.fromkeys(("gallery", "galleries", "slideshow", "carousel", "slider", "lightbox"), "gallery"),
    **dict.fromkeys(("widget", "widgets"), "widget"),
    **dict.fromkeys(("login", "signin", "logon", "account"), "login"),
    **dict.fromkeys(("paywall", "premium", "piano", "metered"), "paywall"),
    **dict.fromkeys(("search", "searchbox", "searchform"), "search"),
    **dict.fromkeys(("modal", "popup", "overlay", "dialog", "alertdialog"), "modal"),
    **dict.fromkeys(("skip", "skiplink", "skiplinks"), "skip"),
}

_PAIR_HINTS = {
    **dict.fromkeys(
        (("article", "body"), ("story", "body"), ("entry", "content"), ("post", "content"),
         ("article", "content"), ("post", "body"), ("article", "text"), ("story", "content"),
         ("story", "text"), ("entry", "body"), ("news", "body"), ("body", "text")),
        "article-body",
    ),
    **dict.fromkeys(
        (("article", "title"), ("entry", "title"), ("post", "title"), ("story", "title"),
         ("article", "headline"), ("page", "headline")),
        "headline",
    ),
    **dict.fromkeys(
        (("most", "read"), ("most", "popular"), ("most", "viewed"), ("top", "stories")), "popular"
    ),
    **dict.fromkeys(
        (("more", "stories"), ("see", "also"), ("also", "read"), ("up", "next"), ("read", "more"),
         ("more", "news"), ("you", "may"), ("read", "next")),
        "related",
    ),
    **dict.fromkeys((("sign", "in"), ("log", "in")), "login"),
    **dict.fromkeys((("sign", "up"),), "subscribe"),
    **dict.fromkeys((("by", "line"),), "byline"),
    **dict.fromkeys((("side", "bar"),), "sidebar"),
    **dict.fromkeys((("pub", "date"), ("publish", "date"), ("post", "date"), ("entry", "date")), "date"),
    **dict.fromkeys((("skip", "link"), ("skip", "to")), "skip"),
    **dict.fromkeys((("sr", "only"), ("visually", "hidden"), ("screen", "reader")), "hidden"),
    **dict.fromkeys((("for", "you"),), "recommended"),
}

# Glued lowercase class names ("relatedposts", "newslettersignup"): long, unambiguous stems only.
_STEM_HINTS = (
    ("related", "related"), ("newsletter", "newsletter"), ("subscri", "subscribe"), ("comment", "comment"),
    ("sidebar", "sidebar"), ("footer", "footer"), ("breadcrumb", "breadcrumb"), ("cookie", "cookie"),
    ("byline", "byline"), ("caption", "caption"), ("headline", "headline"), ("recommend", "recommended"),
    ("gallery", "gallery"), ("slideshow", "gallery"), ("carousel", "gallery"), ("widget", "widget"),
    ("paywall", "paywall"), ("social", "social"), ("advert", "ad"), ("sponsor", "promo"), ("promo", "promo"),
    ("popular", "popular"), ("trending", "popular"), ("navbar", "nav"), ("navigation", "nav"),
    ("menu", "menu"), ("login", "login"), ("signin", "login"), ("masthead", "header"),
)

_ROLE_HINTS = {
    "navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "sidebar",
    "search": "search", "dialog": "modal", "alertdialog": "modal", "menu": "menu", "menubar": "menu",
    "menuitem": "menu", "doc-credit": "credit", "doc-footnote": "footer",
}
_REL_HINTS = {"author": "author", "tag": "tags", "sponsored": "promo", "category": "tags"}

_PART_RE = re.compile(r"[A-Za-z0-9]+")
_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_NO_HINTS: frozenset[str] = frozenset()


_STEM_RE = re.compile("|".join(stem for stem, _ in _STEM_HINTS))
_STEM_OF = dict(_STEM_HINTS)
_TOKEN_KEYS = frozenset(_TOKEN_HINTS)
_PAIR_FIRST = frozenset(first for first, _ in _PAIR_HINTS)
_HIDDEN_CLASSES = frozenset(
    ("hidden", "hide", "invisible", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden",
     "visuallyhidden", "screen-reader-text", "screen-reader-only", "element-invisible", "offscreen",
     "off-screen", "a11y-hidden", "is-invisible", "u-visually-hidden")
)
_SHOWN_AT = re.compile(r"d-(?:sm|md|lg|xl|xxl)-(?!none)")  # Bootstrap: "d-none d-md-block" shows up
_LOWER_WORD_RE = re.compile(r"[a-z]+|[0-9]+")
_long_cache: dict[str, frozenset[str] | None] = {}


def _long_word_hints(word: str) -> frozenset[str] | None:
    """Hints inside a long glued word ("relatedposts", "socialshare"), memoised."""
    found = {_STEM_OF[stem] for stem in _STEM_RE.findall(word)}
    if (word.startswith("share") and not word.startswith("sharehold")) or word.endswith(("share", "sharing")):
        found.add("share")
    hints = frozenset(found) if found else None
    if len(_long_cache) > 100_000:
        _long_cache.clear()
    _long_cache[word] = hints
    return hints


_ALNUM_PART = re.compile(r"[a-z0-9]+")
_LEADING_LETTERS = re.compile(r"[a-z]+")


def _hashless(value: str) -> list[str]:
    """Words of a lower-case class/id with digits: "sidebar2" and "ad300x250" give "sidebar"
    and "ad", but letters after the digits ("orgd7109ad") are part of a generated hash."""
    words: list[str] = []
    for part in _ALNUM_PART.findall(value):
        if part.isalpha():
            words.append(part)
        elif m := _LEADING_LETTERS.match(part):
            words.append(m.group(0))
    return words


def _class_hints(value: str) -> frozenset[str]:
    """Hint words in a class/id value: words split at - _ spaces digits and case changes."""
    if value.islower():  # most class names: no camelCase to split
        words = _LOWER_WORD_RE.findall(value)
        if any(ch.isdigit() for ch in value):
            words = _hashless(value)
    else:
        words = []
        for part in _PART_RE.findall(value):
            if part.islower() or part.isupper():
                words.extend(_LOWER_WORD_RE.findall(part.lower()))
                continue
            camel = _WORD_RE.findall(part)
            if any(len(w) < 3 and not w.isdigit() and w not in ("Ad", "AD") for w in camel[1:]):
                words.append(part.lower())  # "AdBcD", "gqKppR": a generated hash, not camelCase words
            else:
                words.extend(map(str.lower, camel))
    found = {_TOKEN_HINTS[word] for word in _TOKEN_KEYS.intersection(words)}
    if "hid" in value or "hide" in value or "off" in value or "none" in value or "invisible" in value:
        # visually hidden as a whole class name ("hidden", "d-none"), not "hidden-print"/"hide-xs"
        names = value.lower().split()
        if not _HIDDEN_CLASSES.isdisjoint(names) and not any(_SHOWN_AT.match(n) for n in names):
            found.add("hidden")
    if not _PAIR_FIRST.isdisjoint(words):  # "story-body", "most-read", "sign-in"
        found.update(map(_PAIR_HINTS.get, zip(words, words[1:])))
        found.discard(None)
    for word in words:
        if len(word) >= 6 and word not in _TOKEN_HINTS:
            hints = _long_cache[word] if word in _long_cache else _long_word_hints(word)
            if hints:
                found |= hints
    return frozenset(found) if found else _NO_HINTS


def _role_hints(value: str) -> frozenset[str]:
    found = {_ROLE_HINTS[r] for r in value.lower().split() if r in _ROLE_HINTS}
    return frozenset(found) if found else _NO_HINTS


def _itemprop_hints(value: str) -> frozenset[str]:
    found = set()
    for prop in value.split():
        hint = _TOKEN_HINTS.get(prop.lower())
        if hint is None:
            hint = {"comment": "comment", "image": None}.get(prop.lower())
        if hint is not None:
            found.add(hint)
    return frozenset(found) if found else _NO_HINTS


def _rel_hints(value: str) -> frozenset[str]:
    found = {_REL_HINTS[r] for r in value.lower().split() if r in _REL_HINTS}
    return frozenset(found) if found else _NO_HINTS


_HINT_ATTRS = {
    "class": _class_hints,
    "id": _class_hints,
    "data-component": _class_hints,
    "data-module": _class_hints,
    "data-testid": _class_hints,
    "role": _role_hints,
    "itemprop": _itemprop_hints,
    "rel": _rel_hints,
}
_HINT_KEYS = frozenset(_HINT_ATTRS)
_DIGITS = re.compile(r"\d+")
_hint_caches: dict[object, dict[str, frozenset[str]]] = {func: {} for func in _HINT_ATTRS.values()}


def _hints_of(attrs: dict[str, str | None]) -> frozenset[str]:
    """The hint words of one element's attributes (memoised: class names repeat a lot)."""
    hints = _NO_HINTS
    for name, value in attrs.items():
        if name not in _HINT_ATTRS or not value:
            continue
        func = _HINT_ATTRS[name]
        cache = _hint_caches[func]
        found = cache.get(value)
        if found is None:
            if len(cache) > 50_000:
                cache.clear()
            if func is _class_hints:  # "post-1234", "menu-item-56": numbers carry no hint
                norm = _DIGITS.sub("0", value)
                found = cache.get(norm)
                if found is None:
                    found = cache[norm] = func(norm)
                cache[value] = found
            else:
                found = cache[value] = func(value)
        if found:
            hints = found if not hints else hints | found
    return hints


# --------------------------------------------------------------------------- markdown escaping

_ESC_TEXT = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|`|(?<!\s)\*|\*(?!\s)|(?<![^\W_])_|_(?![^\W_])|\](?=[(\[:])|<(?=[A-Za-z/!?])"
    r"|&(?=#?\w+;)"
)
_ESC_LINK = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|`|(?<!\s)\*|\*(?!\s)|(?<![^\W_])_|_(?![^\W_])|[\[\]]|<(?=[A-Za-z/!?])|&(?=#?\w+;)"
)
_MAYBE_ESC = re.compile(r"[\\`*_\]\[<&]")
_ATX = re.compile(r"#{1,6}(?:\s|$)")
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def _escape_line_start(md: str) -> str:
    """Escape what would make a line a heading, quote, list item or rule in Markdown."""
    first = md[0]
    if first == ">" or (first == "#" and _ATX.match(md)):
        return "\\" + md
    if first in "-+=~":
        if len(md) == 1 or md[1] in " \t-=~" or md.strip(first + " ") == "":
            return "\\" + md
        return md
    if first.isdigit():
        match = _ORDERED.match(md)
        if match:
            return match.group(1) + "\\" + md[match.end(1) :]
    return md


def _href_md(href: str) -> str | None:
    """The Markdown link target for an http(s) or relative href; None for other schemes."""
    href = href.strip()
    if "\n" in href or "\t" in href or "\r" in href:
        href = href.replace("\n", "").replace("\t", "").replace("\r", "")
    if not href or href == "#":
        return None
    colon = href.find(":")
    if colon > 0:
        scheme = href[:colon].lower()
        if scheme not in ("http", "https") and "/" not in scheme and "?" not in scheme and "#" not in scheme:
            return None
    if " " in href or "<" in href or ">" in href or (
        ("(" in href or ")" in href) and href.count("(") != href.count(")")
    ):
        return "<" + href.replace("<", "%3C").replace(">", "%3E") + ">"
    return href


# --------------------------------------------------------------------------- block rendering

# token kinds (markers are tuples; text tokens are plain str)
_OPEN, _CLOSE, _CELL = 1, 2, 3
_M_STRONG, _M_EM, _M_CODE, _M_LINK = 1, 2, 3, 4


def _render(toks: list, start: int, end: int) -> tuple[str, str, int, int, int, int]:
    """Tokens -> (text, markdown, link chars, chars, links, index of last text token).

    Whitespace collapses to single spaces (none is added where the HTML has none); Markdown
    markers hug the words they wrap, and a marker around no words is dropped.
    """
    if start == 0 and tuple not in set(map(type, toks)):  # plain text, the common case
        text = " ".join("".join(toks).split())
        last = end - 1
        while last >= 0 and toks[last].isspace():
            last -= 1
        markdown = _ESC_TEXT.sub(r"\\\g<0>", text) if _MAYBE_ESC.search(text) else text
        return text, markdown, 0, len(text), 0, last
    if start == 0 and (end == 3 or end == 4):  # a lone link: menus, lists of headlines
        first, inner, close = toks[0], toks[1], toks[2]
        if (
            first.__class__ is tuple
            and first[0] == _OPEN
            and first[1] == _M_LINK
            and inner.__class__ is str
            and close.__class__ is tuple
            and close[0] == _CLOSE
            and (end == 3 or (toks[3].__class__ is str and toks[3].isspace()))
        ):
            words = " ".join(inner.split())
            if words:
                markdown = _ESC_LINK.sub(r"\\\g<0>", words) if _MAYBE_ESC.search(words) else words
                if first[2] is not None:
                    markdown = "[" + markdown + "](" + first[2] + ")"
                return words, markdown, len(words), len(words), 1, 1
    tparts: list[str] = []
    mparts: list[str] = []
    space = False
    started = False
    pending: list[list] = []  # opened markers not yet written (written before the next word)
    ostack: list[list] = []  # [kind, link target, written, index in mparts, original]
    counts = [0, 0, 0, 0, 0]  # open markers by kind
    link_chars = total = links = 0
    last = -1
    for i in range(start, end):
        tok = toks[i]
        if tok.__class__ is str:
            words = " ".join(tok.split())
            if not words:
                if started and tok:
                    space = True
                continue
            last = i
            if started and (space or tok[0].isspace()):
                tparts.append(" ")
                mparts.append(" ")
            space = tok[-1].isspace()
            if pending:
                for entry in pending:
                    entry[2] = True
                    entry[3] = len(mparts)
                    kind = entry[0]
                    if kind == _M_LINK:
                        mparts.append("[" if entry[1] is not None else "")
                    else:
                        mparts.append("**" if kind == _M_STRONG else "*" if kind == _M_EM else "")
                pending.clear()
            tparts.append(words)
            if counts[_M_CODE] or not _MAYBE_ESC.search(words):
                mparts.append(words)
            elif counts[_M_LINK]:
                mparts.append(_ESC_LINK.sub(r"\\\g<0>", words))
            else:
                mparts.append(_ESC_TEXT.sub(r"\\\g<0>", words))
            n = len(words)
            total += n
            if counts[_M_LINK]:
                link_chars += n
            started = True
            continue
        op = tok[0]
        if op == _OPEN:
            kind = tok[1]
            if kind == _M_LINK:
                if tok[3]:
                    links += 1
                entry = [kind, tok[2] if not counts[_M_CODE] else None, False, -1, tok[3]]
            elif counts[_M_CODE] or (kind != _M_CODE and counts[kind]):
                entry = [0, None, False, -1, True]  # nested duplicate or inside code: no marker
            else:
                entry = [kind, None, False, -1, True]
            counts[entry[0]] += 1
            ostack.append(entry)
            if entry[0]:
                pending.append(entry)
        elif op == _CLOSE and ostack:
            entry = ostack.pop()
            kind = entry[0]
            counts[kind] -= 1
            if kind:
                if entry[2]:
                    _close(entry, mparts)
                    if kind == _M_LINK and not entry[4]:
                        links += 1  # a link continued from the previous block counts where it has words
                elif pending and pending[-1] is entry:
                    pending.pop()  # around no words: dropped
    while ostack:
        entry = ostack.pop()
        if entry[0] and entry[2]:
            _close(entry, mparts)
            if entry[0] == _M_LINK and not entry[4]:
                links += 1
    return "".join(tparts), "".join(mparts), link_chars, total, links, last


def _close(entry: list, mparts: list[str]) -> None:
    """Write the closing marker of a written entry."""
    kind = entry[0]
    if kind == _M_LINK:
        if entry[1] is not None:
            mparts.append("](" + entry[1] + ")")
    elif kind == _M_STRONG:
        mparts.append("**")
    elif kind == _M_EM:
        mparts.append("*")
    else:  # code span: fence longer than any backtick run inside
        index = entry[3]
        content = "".join(mparts[index + 1 :])
        del mparts[index + 1 :]
        longest = max((len(run) for run in re.findall("`+", content)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if content.startswith("`") or content.endswith("`") else ""
        mparts[index] = fence + pad + content + pad + fence


# --------------------------------------------------------------------------- tag tables

_SKIP, _BLOCK, _INLINE, _BR, _HR, _CUSTOM = 0, 1, 2, 3, 4, 5

_SKIP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "head",
    "input", "select", "option", "optgroup", "textarea", "datalist", "video", "audio", "embed", "map",
    "noembed", "noframes", "frameset", "frame", "title", "meta", "link", "base", "param", "source",
    "track", "img", "picture", "area", "col", "colgroup", "rp", "rt", "-comment", "-doctype", "keygen",
    "portal",
)
_BLOCK_TAGS = (
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp", "plaintext",
    "search", "marquee",
)
_CAT = {
    **dict.fromkeys(_BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(_SKIP_TAGS, _SKIP),
    "br": _BR,
    "hr": _HR,
}
_NOSCRIPT_MIN = 500
_NOSCRIPT = frozenset(("noscript",))
_REPLACED = frozenset(
    ("input", "select", "textarea", "img", "picture", "video", "audio", "iframe", "object", "embed", "canvas",
     "svg", "math", "portal")
)
_STRUCTURAL = frozenset(
    ("nav", "header", "footer", "aside", "form", "figure", "blockquote", "table", "ul", "ol", "article",
     "main", "button", "label", "select", "dialog")
)
_INLINE_MARK = {"b": _M_STRONG, "strong": _M_STRONG, "em": _M_EM, "i": _M_EM, "code": _M_CODE,
                "kbd": _M_CODE, "samp": _M_CODE, "tt": _M_CODE}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Blocks owned by these are paragraphs of their own (a text dump puts a blank line around them).
_PARAGRAPHS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "figcaption", "caption", "address",
     "listing", "xmp", "plaintext", "summary", "legend", "hr")
)
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_PRE_TAGS = frozenset(("pre", "listing", "xmp", "plaintext"))
# A table is laid out as rows only when its cells hold inline content, not page sections.
_COMPLEX_TABLE = (
    "table, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, pre, article, section, nav, aside, header, "
    "footer, figure, main, p ~ p, br ~ br, div ~ div ~ div"
)
_BIG_ITEM = "p ~ p, h1, h2, h3, h4, h5, h6, article, section, table, pre, blockquote, form, header, footer"
_SPANNING = '[colspan]:not([colspan="1"]), [rowspan]:not([rowspan="1"])'

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _table_mode(table) -> tuple[bool, bool]:
    """(rows: lay the table out as rows, simple: no spanning cells) for a table element.

    Only the table's row groups are searched (a node's CSS search includes the node itself), and
    each search stops at its first match, so nested tables keep the total linear.
    """
    rows = True
    simple = True
    for child in table.iter():
        if child.tag in ("caption", "colgroup"):
            continue
        if child.css_first(_COMPLEX_TABLE) is not None:
            rows = False
            break
    if rows:
        for child in table.iter():
            if child.tag not in ("caption", "colgroup") and child.css_first(_SPANNING) is not None:
                simple = False
                break
    return rows, simple


# --------------------------------------------------------------------------- the walk


def _walk(root) -> list[Block]:  # noqa: C901 - one loop on purpose: it is the hot path
    """Blocks of the tree under ``root`` in document order, with an explicit stack."""
    blocks: list[Block] = []
    toks: list = []
    has_text = False
    covers: list[list] = []  # inline elements with hints/ancestry that may cover the whole block
    istack: list[list] = []  # open inline records: [reopen token or None, cover adds or None, cover]
    time_val: str | None = None
    group = 0
    last_key = -1
    next_id = 1
    evidence_cache: dict[tuple, Evidence] = {}

    # inherited state (saved/restored around block and inline elements)
    anc: frozenset[str] = _NO_HINTS
    hints: frozenset[str] = _NO_HINTS
    container = 0
    path: tuple[int, ...] = ()
    list_depth = 0
    in_li = False
    in_quote = False
    in_caption = False
    hlevel = 0
    pre = 0
    rowmode = False  # inside a table laid out as rows
    simple = True
    in_thead = False
    in_cell = False
    in_row = False
    table_key = 0
    li_info: list | None = None  # [top-level <li> node, whether it is a small item]
    # the owner of the block being filled: (tag, kind, level, ancestors, hints, group key)
    owner: tuple = ("body", "text", 0, _NO_HINTS, _NO_HINTS, 0, ())

    def flush() -> None:
        nonlocal toks, has_text, covers, time_val, group, last_key
        if not has_text:
            time_val = None
            if toks:
                toks = []
                covers = []
                _reopen()
            return
        tag, kind, level, o_anc, o_hints, key, o_path = owner
        cells = None
        header = False
        lines = None
        if kind == "row":
            text, markdown, link_chars, total, links, cells, header = _render_row(toks, simple, in_thead)
            last = len(toks)
        else:
            text, markdown, link_chars, total, links, last = _render(toks, 0, len(toks))
            if kind == "pre":  # one block per line, like <br>; Markdown keeps the indentation
                lines = _pre_lines(toks)
                if not lines:
                    text = ""
            elif markdown:
                first = markdown[0]
                if first in "#>-+=~" or first.isdigit():
                    markdown = _escape_line_start(markdown)
        if text:
            for cover in covers:
                if cover[1] is None or cover[1] > last:
                    o_anc = o_anc | cover[2]
                    o_hints = o_hints | cover[3]
            density = round(link_chars / total, 4) if total else 0.0
            ekey = (tag, density, links, o_anc, o_hints, time_val)
            evidence = evidence_cache.get(ekey)
            if evidence is None:
                evidence = evidence_cache[ekey] = Evidence(tag, density, links, o_anc, o_hints, time_val)
            if key != last_key:
                group += 1
                last_key = key
            if lines is None:
                blocks.append(Block(text, markdown, kind, level, group, evidence, cells, header, o_path))
            else:
                for line in lines:
                    blocks.append(Block(" ".join(line.split()), line, kind, level, group, evidence,
                                        path=o_path))
        toks = []
        covers = []
        has_text = False
        time_val = None
        _reopen()

    def _reopen() -> None:
        # inline elements still open continue into the next block
        for record in istack:
            if record[0] is not None:
                toks.append(record[0])
            if record[1] is not None:
                cover = [len(toks), None, record[1][0], record[1][1]]
                covers.append(cover)
                record[2] = cover

    stack: list[tuple] = [(iter((root,)), None, None)]
    while stack:
        top = stack[-1]
        for node in top[0]:
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text:
                    if has_text:
                        toks.append(text)
                    elif not text.isspace():
                        toks.append(text)
                        has_text = True
                    elif toks or pre:  # leading whitespace of a block only matters in <pre>
                        toks.append(text)
                continue
            cat = _CAT.get(tag)
            if cat is None:
                if tag is None:
                    continue
                cat = _CUSTOM if "-" in tag else _INLINE
            if cat == _SKIP:
                # A long <noscript> is what a reader without JavaScript gets (Blogger puts the
                # whole post there); short ones are "enable JavaScript" notes and pixels.
                if tag != "noscript" or len(node.text()) < _NOSCRIPT_MIN:
                    if tag in _REPLACED:  # a control or embed stands between the words around it
                        toks.append(" ")
                    continue
                cat = _BLOCK
            attrs = node.attributes
            if attrs and (
                "hidden" in attrs
                or (attrs.get("aria-hidden") or "").lower() == "true"
                or ("style" in attrs and attrs["style"] and _HIDDEN_STYLE.search(attrs["style"]))
            ):
                continue
            if cat == _BR:
                if in_cell:
                    toks.append(" ")
                elif pre:
                    toks.append("\n")
                else:
                    if toks:
                        flush()
                continue
            if cat == _HR:
                if in_cell:
                    toks.append(" ")
                    continue
                if toks:
                    flush()
                if blocks and blocks[-1].kind != "rule":
                    group += 1
                    last_key = -1
                    rule = Evidence("hr", 0.0, 0, anc, hints, None)
                    blocks.append(Block("", "---", "rule", 0, group, rule, path=path))
                continue
            own_hints = _hints_of(attrs) if attrs and not _HINT_KEYS.isdisjoint(attrs) else _NO_HINTS
            if cat == _INLINE:
                mark = _INLINE_MARK.get(tag)
                open_tok = None
                if mark is not None:
                    open_tok = (_OPEN, mark, None, True)
                elif tag == "a":
                    href = attrs.get("href") if attrs else None
                    if href is not None:
                        open_tok = (_OPEN, _M_LINK, _href_md(href), True)
                elif tag == "time" and time_val is None and attrs:
                    time_val = (attrs.get("datetime") or "").strip() or None
                add_anc = tag in _STRUCTURAL
                if add_anc and tag == "button":
                    toks.append(" ")  # a button is a box of its own between the words around it
                if open_tok is None and not own_hints and not add_anc:
                    stack.append((node.iter(include_text=True), None, None))
                    break
                if open_tok is not None:
                    toks.append(open_tok)
                cover_adds = None
                saved = None
                if own_hints or add_anc:
                    saved = (anc, hints)
                    new_anc = anc | {tag} if add_anc else anc
                    new_hints = hints | own_hints if own_hints else hints
                    cover_adds = (new_anc - anc, new_hints - hints)
                    anc, hints = new_anc, new_hints
                record = [
                    (_OPEN, open_tok[1], open_tok[2], False) if open_tok is not None else None,
                    cover_adds,
                    None,
                ]
                if cover_adds is not None and (cover_adds[0] or cover_adds[1]) and not has_text:
                    cover = [len(toks), None, cover_adds[0], cover_adds[1]]
                    covers.append(cover)
                    record[2] = cover
                istack.append(record)
                stack.append((node.iter(include_text=True), 1, (saved, open_tok)))
                break
            # block-level element (or a custom element, treated as one)
            if in_cell:  # inside a row's cell: page structure is just a space between words
                toks.append(" ")
                stack.append((node.iter(include_text=True), 3, None))
                break
            if in_row and (tag == "td" or tag == "th"):  # a cell of a row: the row goes on
                in_cell = True
                toks.append((_CELL, tag == "th"))
                stack.append((node.iter(include_text=True), 4, None))
                break
            if toks:
                flush()
            saved = (owner, anc, hints, container, path, list_depth, in_li, in_quote, in_caption, hlevel,
                     pre, rowmode, simple, in_thead, in_row, table_key, li_info)
            if tag in _STRUCTURAL:
                anc = anc | {tag}
            if own_hints:
                hints = hints | own_hints
            if tag == "noscript":
                hints = hints | _NOSCRIPT
            node_id = next_id
            next_id += 1
            path = (*path, node_id)
            key = node_id if tag in _PARAGRAPHS else container
            if tag in _LISTS:
                list_depth += 1
                in_li = False
            elif tag == "li":
                in_li = True
                if list_depth <= 1 or li_info is None:
                    li_info = [node, None]  # is this list item a small one? decided when needed
            elif tag == "blockquote":
                in_quote = True
            elif tag == "figcaption" or tag == "caption":
                in_caption = True
            elif tag in _HEADINGS:
                hlevel = _HEADINGS[tag]
            elif tag in _PRE_TAGS:
                pre += 1
            elif tag == "table":
                rowmode, simple = _table_mode(node)
                in_thead = in_row = False
                in_li = False
                table_key = node_id
            elif rowmode:
                if tag == "thead":
                    in_thead = True
                elif tag == "tr":
                    in_row = True
                    key = table_key  # the rows of a table share its group
            if in_row:
                kind, level = "row", 0
            elif pre:
                kind, level = "pre", 0
            elif in_caption:
                kind, level = "caption", 0
            elif hlevel:
                kind, level = "heading", hlevel
            elif in_quote:
                kind, level = "quote", 0
            elif in_li:
                if tag != "li" and li_info[1] is None:
                    # Blocks inside a list item are items too ("<li><p>One</p>"), unless the item
                    # holds a whole post (old themes wrap articles in <li>): then they are text.
                    li_info[1] = li_info[0].css_first(_BIG_ITEM) is None
                kind, level = ("item", max(list_depth, 1)) if tag == "li" or li_info[1] else ("text", 0)
            else:
                kind, level = "text", 0
            owner = (tag, kind, level, anc, hints, key, path)
            container = node_id
            stack.append((node.iter(include_text=True), 2, saved))
            break
        else:
            _, action, saved = stack.pop()
            if action is None:
                continue
            if action == 1:  # inline element ends
                state, open_tok = saved
                if open_tok is not None:
                    toks.append((_CLOSE, open_tok[1]))
                elif "button" in anc and (state is None or "button" not in state[0]):
                    toks.append(" ")
                record = istack.pop()
                if record[2] is not None:
                    record[2][1] = len(toks)
                if state is not None:
                    anc, hints = state
            elif action == 2:  # block element ends
                if toks:
                    flush()
                (owner, anc, hints, container, path, list_depth, in_li, in_quote, in_caption, hlevel,
                 pre, rowmode, simple, in_thead, in_row, table_key, li_info) = saved
            elif action == 3:  # block element inside a row's cell
                toks.append(" ")
            else:  # a row's cell ends
                in_cell = False
    flush()
    return blocks


def _pre_lines(toks: list) -> list[str]:
    """The non-blank lines of preformatted text, indentation kept (for the Markdown)."""
    raw = "".join(t for t in toks if t.__class__ is str).replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip() for line in raw.split("\n") if line.strip()]


def _render_row(toks: list, simple: bool, in_thead: bool):
    """A table row: each cell rendered alone; text joins non-empty cells with a space."""
    bounds = [i for i, t in enumerate(toks) if t.__class__ is tuple and t[0] == _CELL]
    if not bounds:
        text, markdown, link_chars, total, links, _ = _render(toks, 0, len(toks))
        return text, markdown, link_chars, total, links, None, False
    texts: list[str] = []
    cells: list[str] = []
    link_chars = total = links = 0
    all_th = True
    for n, start in enumerate(bounds):
        end = bounds[n + 1] if n + 1 < len(bounds) else len(toks)
        all_th = all_th and toks[start][1]
        text, markdown, lc, tc, lk, _ = _render(toks, start + 1, end)
        if markdown:
            first = markdown[0]
            if first in "#>-+=~" or first.isdigit():
                markdown = _escape_line_start(markdown)
        texts.append(text)
        cells.append(markdown.replace("|", "\\|"))
        link_chars += lc
        total += tc
        links += lk
    text = " ".join(t for t in texts if t)
    if simple:
        markdown = "| " + " | ".join(cells) + " |"
        return text, markdown, link_chars, total, links, cells, in_thead or all_th
    markdown = " ".join(c for c in cells if c)
    return text, markdown, link_chars, total, links, None, in_thead or all_th


# --------------------------------------------------------------------------- deep nesting guard

_MAX_DEPTH = 512  # what browsers' tree builders allow too
# An unclosed comment or script runs to the end (as in HTML), so no start is scanned twice.
_SKIPPED_RAW = r"<!--(?:.*?-->|.*)|<(?:script|style)\b(?:.*?</(?:script|style)\s*>|.*)"
_TAG_SCAN = re.compile(_SKIPPED_RAW + r"|<(/?[A-Za-z][A-Za-z0-9-]*)", re.DOTALL | re.IGNORECASE)
_FLAT = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
     "wbr", "keygen", "frame", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
     "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "caption", "html", "head", "body", "image",
     # SVG shapes, usually self-closed ("<path ... />")
     "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "use", "stop")
)


class _Weights(dict):
    """Tag token -> depth change (+1 open, -1 close, 0 void or self-closing by the parser)."""

    def __missing__(self, token: str) -> int:
        name = token.lstrip("/").lower()
        value = 0 if not token or name in _FLAT else (-1 if token[0] == "/" else 1)
        self[token] = value
        return value


def _max_depth(text: str) -> int:
    """An estimate of the deepest element nesting, in C-speed passes (no per-tag Python code)."""
    steps = map(_Weights().__getitem__, _TAG_SCAN.findall(text))
    return max(accumulate(steps, lambda a, b: a + b if a + b > 0 else 0), default=0)


def _flatten(text: str, limit: int = _MAX_DEPTH) -> str:
    """Drop start/end tags nested deeper than ``limit`` (their text stays), in one linear pass."""
    stack: list[str] = []
    counts: dict[str, int] = {}
    dropped: dict[str, int] = {}

    def replace(match: re.Match) -> str:
        token = match.group(1)
        if not token:
            return match.group(0)
        name = token.lstrip("/").lower()
        if name in _FLAT or name in ("script", "style", "textarea", "title", "xmp", "plaintext", "noscript"):
            return match.group(0)
        if token[0] == "/":
            if dropped.get(name):
                dropped[name] -= 1
                return " "
            if counts.get(name):
                while stack:
                    top = stack.pop()
                    counts[top] -= 1
                    if top == name:
                        break
            return match.group(0)
        if len(stack) >= limit:
            dropped[name] = dropped.get(name, 0) + 1
            return " "
        stack.append(name)
        counts[name] = counts.get(name, 0) + 1
        return match.group(0)

    return _TAG_SCAN_FULL.sub(replace, text)


_TAG_SCAN_FULL = re.compile(_SKIPPED_RAW + r"|<(/?[A-Za-z][A-Za-z0-9-]*)[^<>]*>?", re.DOTALL | re.IGNORECASE)


# --------------------------------------------------------------------------- metadata

_ARTICLE_TYPES = ("article", "posting", "report", "review")
_LD_WRAPPER = re.compile(r"^\s*(?:<!--|(?://|/\*)\s*<!\[CDATA\[(?:\s*\*/)?)|(?://|/\*)?\s*\]\]>(?:\s*\*/)?\s*$|-->\s*$")


def _clean(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _is_url(value: str) -> bool:
    low = value.lower()
    return low.startswith(("http://", "https://", "//", "www.")) or "facebook.com/" in low


def _jsonld_objects(tree) -> list[dict]:
    """Every JSON object in the page's JSON-LD, article-typed ones first."""
    found: list[dict] = []
    for script in tree.css('script[type*="ld+json"]'):
        raw = script.text(deep=True)
        if not raw or len(raw) > 2_000_000:
            continue
        raw = _LD_WRAPPER.sub("", raw).strip().rstrip(";")  # <!-- -->, CDATA wrappers
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        todo = [data]
        while todo and len(found) < 500:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    todo.extend(reversed(graph))
                main = item.get("mainEntity")
                if isinstance(main, dict | list):
                    todo.append(main)

    def rank(obj: dict) -> int:
        kind = obj.get("@type")
        kinds = " ".join(k for k in kind if isinstance(k, str)) if isinstance(kind, list) else str(kind)
        return 0 if any(t in kinds.lower() for t in _ARTICLE_TYPES) else 1

    return sorted(found, key=rank)


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list), never URLs."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str):
            name = _clean(name)
            if name and not _is_url(name) and name not in out:
                out.append(name)
    return out


def _meta(tree) -> dict[str, str]:
    """Page metadata from meta tags, canonical link, JSON-LD, ``<title>``, ``<html lang>``."""
    metas: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = _clean(attrs.get("content"))
        if key and content:
            metas.setdefault(key.strip().lower(), []).append(content)

    def first(*keys: str, urls: bool = True) -> str:
        for key in keys:
            for value in metas.get(key, ()):
                if urls or not _is_url(value):
                    return value
        return ""

    out: dict[str, str] = {}
    title = first("og:title", "twitter:title")
    if not title:
        head = tree.head
        node = head.css_first("title") if head is not None else None
        if node is None:
            node = tree.css_first("title")
        if node is not None:
            title = _clean(node.text())
    if title:
        out["title"] = title
    site = first("og:site_name")
    if site:
        out["site_name"] = site

    ld: list[dict] | None = None

    def from_ld(key: str) -> str:
        nonlocal ld
        if ld is None:
            ld = _jsonld_objects(tree)
        for obj in ld:
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                return _clean(value)
        return ""

    def itemprop(prop: str) -> str:
        node = tree.css_first(f'[itemprop="{prop}"]')
        if node is None:
            return ""
        attrs = node.attributes
        return _clean(attrs.get("content") or attrs.get("datetime") or node.text())

    published = first("article:published_time") or itemprop("datePublished") or from_ld("datePublished")
    if not published:
        node = tree.css_first("article time[datetime], main time[datetime]")
        if node is not None:
            published = _clean(node.attributes.get("datetime"))
    if not published:
        published = first("og:published_time", "pubdate", "publishdate", "publish-date", "date",
                          "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date")
    if published:
        out["published"] = published
    modified = (first("article:modified_time", "og:updated_time") or itemprop("dateModified")
                or from_ld("dateModified"))
    if modified:
        out["modified"] = modified
    author = first("author", "article:author", urls=False)
    if not author:
        if ld is None:
            ld = _jsonld_objects(tree)
        for obj in ld:
            if "author" in obj:
                names = _names(obj["author"])
                if names:
                    author = ", ".join(names)
                    break
    if author:
        out["author"] = author
    url = ""
    node = tree.css_first('link[rel~="canonical"]')
    if node is not None:
        url = _clean(node.attributes.get("href"))
    url = url or first("og:url")
    if url:
        out["url"] = url
    description = first("og:description", "description", "twitter:description")
    if description:
        out["description"] = description
    root = tree.root
    if root is not None and root.tag == "html":
        lang = _clean(root.attributes.get("lang") or root.attributes.get("xml:lang"))
        if lang:
            out["lang"] = lang
    return out


# --------------------------------------------------------------------------- entry point


def parse_html(text: str) -> Page:
    """Parse a page into blocks and metadata. Never raises on any text input."""
    if not text or not text.strip():
        return Page([], {})
    if text.count("<") > 4000 and _max_depth(text) > _MAX_DEPTH:
        text = _flatten(text)
    try:
        tree = LexborHTMLParser(text)
    except UnicodeEncodeError:  # lone surrogates cannot go to the parser's UTF-8
        tree = LexborHTMLParser(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    root = tree.root
    if root is None:
        return Page([], {})
    return Page(_walk(root), _meta(tree))
