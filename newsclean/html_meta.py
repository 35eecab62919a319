"""A page's metadata comes from other parts of it than its text (meta tags, JSON-LD, ``<title>``,
``<html lang>``) and has its own fallbacks and quirks (CDATA-wrapped JSON, author URLs posing as
names); none of it touches the block walk, so it is kept apart where it can change on its own.
"""

from __future__ import annotations

import json
import re

__all__ = ["page_meta"]


# --------------------------------------------------------------------------- metadata

_ARTICLE_TYPES = ("article", "posting", "report", "review")
_LD_WRAPPER = re.compile(r"^\s*(?:<!--|(?:(?://|/\*)\s*)?<!\[CDATA\[(?:\s*\*/)?)|(?://|/\*)?\s*\]\]>(?:\s*\*/)?\s*$|-->\s*$")
"""What wraps a JSON-LD script's JSON: an HTML comment, a CDATA section (bare, or behind "//" or
"/*" for old browsers)."""


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


_PAYWALL_SELECTORS = 8
"""Selectors of a page's paywalled parts read at most (a page declares one or two)."""


def paywalled_parts(tree) -> list[str]:
    """The CSS selectors of the parts a page declares paywalled in its JSON-LD (schema.org's
    ``hasPart`` with ``isAccessibleForFree`` false and a ``cssSelector``, as publishers mark
    subscriber content for search engines): the publisher's word that the part, however
    hidden on screen, is the article's own text."""
    selectors: list[str] = []
    for obj in _jsonld_objects(tree):
        for part in _listed(obj.get("hasPart")):
            if not isinstance(part, dict):
                continue
            free = part.get("isAccessibleForFree")
            selector = part.get("cssSelector")
            if str(free).strip().lower() in ("false", "0") and isinstance(selector, str) \
                    and 0 < len(selector) <= 200:
                selectors.append(selector)
    return selectors[:_PAYWALL_SELECTORS]


def _live_updates(ld: list[dict]) -> str:
    """A live blog's text as its metadata lists it (schema.org's ``LiveBlogPosting``: every
    update's headline and body), or "": the page's article is all of its updates, which its
    own ``articleBody`` (one update's, or none) does not say."""
    for obj in ld:
        updates = obj.get("liveBlogUpdate")
        if isinstance(updates, dict):
            updates = [updates]
        if isinstance(updates, list):
            parts = [_clean(value) for update in updates[:500] if isinstance(update, dict)
                     for value in (update.get("headline"), update.get("articleBody"))
                     if isinstance(value, str)]
            return "\n\n".join(part for part in parts if part)
    return ""


def _listed(value: object) -> list[object]:
    """A JSON-LD value as a list: one author or several."""
    return value if isinstance(value, list) else [value]


def _organisation(item: object) -> bool:
    """A JSON-LD author that is an organisation ("@type": "Organization",
    "NewsMediaOrganization"): a newswire or the publisher credited, no person."""
    return isinstance(item, dict) and "organization" in str(item.get("@type", "")).lower()


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list), never URLs."""
    out: list[str] = []
    for item in _listed(value)[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str):
            name = _clean(name)
            if name and not _is_url(name) and name not in out:
                out.append(name)
    return out


_MICRODATA_AUTHOR = ", ".join(f'[itemtype*="{kind}"] [itemprop~="author"]' for kind in ("Article", "Posting"))
"""An author in an article's schema.org microdata (``itemtype`` Article, NewsArticle,
BlogPosting, ...): the article's own, not a comment's or a teaser's."""


def _microdata_author(tree) -> str:
    """The article's author as its microdata names it: the author item's ``name``, else its
    ``content``, else its text when that is a name's length."""
    node = tree.css_first(_MICRODATA_AUTHOR)
    if node is None:
        return ""
    named = node.css_first('[itemprop~="name"]')
    source = named if named is not None else node
    value = _clean(source.attributes.get("content") or source.text())
    return value if value and len(value) <= 60 and not _is_url(value) else ""


def page_meta(tree) -> dict[str, str]:
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

    def every(*keys: str) -> str:
        """The values of the first key that has any, not addresses, joined: a page gives each
        of several authors a meta tag of their own."""
        for key in keys:
            values = list(dict.fromkeys(v for v in metas.get(key, ()) if not _is_url(v)))
            if values:
                return ", ".join(values)
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
    author = every("author", "article:author")
    if not author:
        if ld is None:
            ld = _jsonld_objects(tree)
        for obj in ld:
            if "author" in obj:
                names = _names(obj["author"])
                if names:
                    author = ", ".join(names)
                    if all(_organisation(item) for item in _listed(obj["author"])):
                        out["author_organisation"] = True  # a person's byline line, if any, says more
                    break
    if author:
        out["author"] = author
    microdata = _microdata_author(tree)
    if microdata:
        out["microdata_author"] = microdata
    url = ""
    node = tree.css_first('link[rel~="canonical"]')
    if node is not None:
        url = _clean(node.attributes.get("href"))
    url = url or first("og:url")
    if url:
        out["url"] = url
    if ld is None:
        ld = _jsonld_objects(tree)
    # a second opinion on which visible text is the article: a live blog's is its updates
    headline = from_ld("headline")  # the article's own name for itself, beside og:title's
    if headline:
        out["ld_headline"] = headline
    body = _live_updates(ld) or from_ld("articleBody")
    if len(body) >= 200:
        out["body"] = body
    description = first("og:description", "description", "twitter:description")
    if description:
        out["description"] = description
    root = tree.root
    if root is not None and root.tag == "html":
        lang = _clean(root.attributes.get("lang") or root.attributes.get("xml:lang"))
        if lang:
            out["lang"] = lang
    return out
