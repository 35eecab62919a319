"""On an HTML page, the element that holds the article, weighed the way Readability weighs
containers: the run grows to it, and it is a candidate of its own."""

from __future__ import annotations

from ..document import Unit
from .end_matter import wall
from .line_weights import GOOD, NEAR, SHORT, sentence


def element_scores(units: list[Unit], classes: list[str], nodes: set[int] | None = None,
                    plain: bool = False) -> tuple[dict[int, float], dict[int, int], dict[int, int]]:
    """Per element of the page (or of ``nodes``): the Readability-style score of what it
    holds (its prose counts for it, text inside links and marked furniture against it), and
    its first and last unit. With ``plain``, short lines that are no link count as prose
    does, as Readability counts every paragraph: an article written in short lines (a blog
    of one phrase a line, a poem) holds many, a page's header one long description."""
    score: dict[int, float] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for unit, cls in zip(units, classes):
        if unit.html is None:
            continue
        linked = unit.size * unit.html.evidence.link_density
        if "marker" in unit.labels or "shape" in unit.labels:
            value = -float(unit.size)
        elif cls in (GOOD, NEAR) or (plain and cls == SHORT and unit.kind in ("text", "item")):
            value = unit.size - linked
        else:
            value = -linked
        path = unit.html.path
        for level, node in enumerate(path):
            if nodes is None or node in nodes:
                share = 1.0
                if plain:  # Readability's decay: the parent gets it all, the grandparent half, ...
                    up = len(path) - 1 - level
                    share = 1.0 if up <= 1 else 0.5 if up == 2 else 1 / (3 * (up - 1))
                score[node] = score.get(node, 0.0) + value * share
                first.setdefault(node, unit.index)
                last[node] = unit.index
    return score, first, last


def content_of(units: list[Unit], classes: list[str], first: int, last: int,
               plain: bool = False) -> list[int]:
    """Indices of an element's content: prose, list items, table rows, plain sentences. What
    lies past its last paragraph or list (an author box, a "read more" label, a disclaimer
    line) is not article, whatever element holds it. With ``plain``, short text lines too."""
    return [u.index for u in units[first : last + 1]
            if (classes[u.index] in (GOOD, NEAR) or u.kind in ("item", "row") or sentence(u)
                or (u.html is not None and u.html.kind == "pre")
                or (plain and classes[u.index] == SHORT and u.kind == "text"))
            and "marker" not in u.labels and "shape" not in u.labels]


_SIBLING_SHARE = 0.2
"""Share of the best element's score a sibling element needs to join it (Readability's own
value): an article split in several boxes (page one and two of a document, the halves around
an advertisement) is joined, a sidebar of links is not."""


def with_siblings(units: list[Unit], best: int, depth: int, score: dict[int, float],
                   first: dict[int, int], last: dict[int, int]) -> tuple[int, int]:
    """The unit range of element ``best`` (at ``depth`` in its units' paths) and of its
    siblings that score at least a share of it."""
    lo, hi = first[best], last[best]
    if depth == 0:
        return lo, hi
    parent = units[lo].html.path[depth - 1]
    siblings = {u.html.path[depth] for u in units
                if u.html is not None and len(u.html.path) > depth and u.html.path[depth - 1] == parent}
    bar = max(score[best] * _SIBLING_SHARE, 0.0)
    for node in siblings:
        if score[node] > bar:
            lo, hi = min(lo, first[node]), max(hi, last[node])
    return lo, hi


def best_element(units: list[Unit], classes: list[str]) -> tuple[int, int] | None:
    """The content of the page's best-scoring element (the deepest of equals) and of its
    siblings of a like score: the article as the markup holds it, a candidate when the run
    looks wrong. Short lines count here (``plain``): the run looks wrong most often where the
    article's lines are too short to be prose by length."""
    score, first, last = element_scores(units, classes, plain=True)
    if not score:
        return None
    depth = {n: units[first[n]].html.path.index(n) for n in score}
    best = max(score, key=lambda n: (score[n], depth[n]))
    lo, hi = with_siblings(units, best, depth[best], score, first, last)
    content = content_of(units, classes, lo, hi, plain=True)
    return (content[0], content[-1]) if content else None


def container(units: list[Unit], start: int, end: int, classes: list[str],
               headline: int | None = None) -> tuple[int, int]:
    """On an HTML page, the run grows to the element that holds the article, chosen among
    the elements around the run's first paragraph the way Readability weighs containers:
    the prose inside counts for it, text inside links and marked furniture against it, so
    the article's element beats both the paragraph's own box and the page's wrapper (whose
    menus, teasers and footers cost more than its extra prose brings); its siblings of a
    like score join it. Its short paragraphs, subheads, steps and lists then count as
    article too; furniture inside it is still removed by `boilerplate`. An element with
    prose over the article's ``headline`` holds more than the article (a page laid out in
    one table: its ticker, its columns): the one inside it does."""
    lead = next((u for u, c in zip(units[start : end + 1], classes[start : end + 1])
                 if c in (GOOD, NEAR) and u.html is not None), None)
    if lead is None:
        return start, end
    score, first, last = element_scores(units, classes)
    path = lead.html.path
    top = 0
    if headline is not None and headline < lead.index:
        while top + 1 < len(path) and any(
                classes[i] in (GOOD, NEAR) for i in range(first[path[top]], headline)):
            top += 1
    depth = top
    for level, node in enumerate(path[top:], top):  # outermost first: a deeper element wins a tie
        if score[node] >= score[path[depth]]:
            depth = level
    lo, hi = with_siblings(units, path[depth], depth, score, first, last)
    bounds = _article_element(units, path, first, last)
    if bounds is not None:  # (the page says where its article ends: teasers after it are not it)
        lo, hi = max(lo, bounds[0]), min(hi, bounds[1])
    # The element may hold the article's end matter too: its growth stops at an author bio,
    # past which its prose is another text (teasers, the author's other stories).
    lo = max([lo, *(i + 1 for i in range(lo, start) if wall(units[i]))])
    hi = min([hi, *(i - 1 for i in range(end + 1, hi + 1) if wall(units[i]))])
    content = content_of(units, classes, lo, hi)
    if not content:
        return start, end
    return min(start, content[0]), max(end, content[-1])


def _article_element(units: list[Unit], path: tuple[int, ...], first: dict[int, int],
                     last: dict[int, int]) -> tuple[int, int] | None:
    """The lines of the <article> element around the lead (``path``: the lead's elements): its
    outermost element whose every line is inside an <article>. None when the lead is in none,
    or the whole page is one (a page wrapped in <article> says nothing of where its text ends)."""
    found = None
    for node in path:
        lo, hi = first.get(node), last.get(node)
        if lo is None or hi is None:
            continue
        if all(u.html is None or "article" in u.html.evidence.ancestors for u in units[lo : hi + 1]):
            found = (lo, hi)
            break  # (outermost first: the first such element is the article's)
    if found is None or (found[0] == 0 and found[1] == len(units) - 1):
        return None
    return found
