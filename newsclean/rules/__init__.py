"""The built-in rules, in chain order; each module holds one rule and reads in one screen."""

from __future__ import annotations

from ..chain import Rule
from .boilerplate import boilerplate
from .byline import byline
from .caption import caption
from .dateline import dateline
from .markers import markers
from .span import main_run
from .title import title

BUILTIN: tuple[Rule, ...] = (markers, main_run, title, byline, caption, boilerplate, dateline)
