"""Rich consoles for the command line, honouring NO_COLOR fully."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def plain() -> bool:
    """NO_COLOR set and not empty (https://no-color.org): Rich drops the colours then but
    keeps bold, italics and underlines, which are ANSI escapes all the same."""
    return os.environ.get("NO_COLOR", "") != ""


def console(*, stderr: bool = False, **options: Any) -> Console:
    """A console that writes no escape sequence at all under NO_COLOR, even on a terminal
    or with FORCE_COLOR; otherwise Rich's own choice (styled on a terminal, plain in a pipe)."""
    from rich.console import Console

    if plain():
        options["color_system"] = None
    return Console(stderr=stderr, highlight=False, **options)
