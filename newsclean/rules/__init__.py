"""The built-in rules, in chain order; each module holds one rule and reads in one screen."""

from __future__ import annotations

from ..chain import Rule
from . import boilerplate, byline, caption, dateline, markers, published, quotes, span, title

BUILTIN: tuple[Rule, ...] = (
    markers.markers,
    span.main_run,
    title.title,
    byline.byline,
    caption.caption,
    boilerplate.boilerplate,
    dateline.dateline,
    published.published,
    quotes.quotes,
)
