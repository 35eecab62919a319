"""Rules downstream are written against a small vocabulary of hint words, and turning each site's
attribute soup ("story-body", "relatedPosts", "d-none d-md-block") into that vocabulary is a job
of its own: it grows with new sites' naming habits, keeps its own memoised caches, and is the one
place to look when a hint is missing or wrong, so it is kept out of the block walk that uses it.
"""

from __future__ import annotations

import re

__all__ = ["HINTS", "HINT_KEYS", "NO_HINTS", "hints_of"]


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
NO_HINTS: frozenset[str] = frozenset()


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
    found = {_STEM_OF[stem] for stem in _STEM_RE.findall(word.replace("commentar", ""))}
    # ("commentary", "commentator": opinion writing, not reader comments)
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


_TERM_CLASSES = ("tag-", "category-", "post_tag-", "format-", "status-")
"""WordPress's post_class() names the post's own terms ("tag-comments", "category-video"):
its taxonomy, no box of the page (a story tagged "comments" is no comment)."""


def _class_hints(value: str) -> frozenset[str]:
    """Hint words in a class/id value: words split at - _ spaces digits and case changes."""
    if "hentry" in value or "type-post" in value:  # (a post's classes: its terms are no hints)
        value = " ".join(name for name in value.split() if not name.startswith(_TERM_CLASSES))
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
    return frozenset(found) if found else NO_HINTS


def _role_hints(value: str) -> frozenset[str]:
    found = {_ROLE_HINTS[r] for r in value.lower().split() if r in _ROLE_HINTS}
    return frozenset(found) if found else NO_HINTS


def _itemprop_hints(value: str) -> frozenset[str]:
    found = set()
    for prop in value.split():
        hint = _TOKEN_HINTS.get(prop.lower())
        if hint is None:
            hint = {"comment": "comment", "image": None}.get(prop.lower())
        if hint is not None:
            found.add(hint)
    return frozenset(found) if found else NO_HINTS


def _rel_hints(value: str) -> frozenset[str]:
    found = {_REL_HINTS[r] for r in value.lower().split() if r in _REL_HINTS}
    return frozenset(found) if found else NO_HINTS


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
HINT_KEYS = frozenset(_HINT_ATTRS)
_DIGITS = re.compile(r"\d+")
_hint_caches: dict[object, dict[str, frozenset[str]]] = {func: {} for func in _HINT_ATTRS.values()}


def hints_of(attrs: dict[str, str | None]) -> frozenset[str]:
    """The hint words of one element's attributes (memoised: class names repeat a lot)."""
    hints = NO_HINTS
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
