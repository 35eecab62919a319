"""The authors' names in a byline: what a program downstream wants from "By Dana Lee and Sam
Okafor, Staff Writers | Updated March 3, 2024 4:10 pm", that is ["Dana Lee", "Sam Okafor"].

A byline as written carries more than names: an opener in the page's language ("By", "Par",
"Von", "Автор:"), roles ("Staff Writer", "Correspondent"), dates and times, a handle, a
"Follow" button. The names are what is left once those are cut away, split at "and", "&",
commas and their equivalents. Openers, roles and agencies are data (`credits.toml`), so a
user can add their language's.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Unit
from . import data
from .patterns import (
    _MONTHS,
    AND_WORDS,
    COLONS,
    CREDIT_AND,
    NAME_TWICE,
    PICTURE,
    ROLE_WORDS,
    byline_field,
    caseless_author,
    cjk_authors,
    date_labels,
    dated_by,
    is_dateish,
    photos_cut,
)

_SPLIT = re.compile(r"\s*(?:,|;|&|、|，|\b(?:" + "|".join((*AND_WORDS, "ou", "or")) + r")\b)\s*")
"""Where one name ends and the next begins: a comma, or "and" in the byline's language."""
_CUT = re.compile(
    rf"(?i)\s*(?:\||•|·|—|–|\s-\s|\s/\s|\s\*\s|\s[^\W\d_]{{3,}}:(?=\s|$)|\((?!(?-i:[A-Z][\w.'’]{{0,15}}\)\s+(?:[A-Z]|and\s|&)))|\bfollow\b|\bupdated\b|\bpublished\b|\bposted\b|\s\S+@[\w-]+\.\w|@|https?://"
    rf"|\b{_MONTHS}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|\b\d{{1,2}}[/.:]\d{{1,2}}|\b(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}\.?\s+[^\W\d_]{{3,12}}\.?,?\s+(?:19|20)\d\d\b"
    rf"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d+\s+(?:min|hour|day)s?\s+ago"
    rf"|\s(?:on|at)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)|\d|{_MONTHS}))"
)
"""Where the names end: a separator, a parenthesis (not a nickname's, "Richard (R.J.) Eskow", nor
an agency's before more names, "Jane Doe (AP) and Sam Roe"; a role's, "(reporting)", ends them),
a date or time (in any language: a day, a word and a year, "7. März 2024"), a handle,
"Follow", a field's label ("Aktualisiert: 18.06.2024", "Updated:" in
any language: no name's word ends with a colon)."""
_LINKING = re.compile(r"\s+[a-zà-ÿ]{1,3}$")
"""A short lower-case word left before the cut ("Posted by Jane Doe at 5:11 AM", "on March
10"): no name ends with one (particles stand before a surname)."""
_POST_NOMINALS = frozenset({"ma", "ms", "msc", "phd", "md", "rn", "jr", "sr", "ii", "iii", "iv", "dds",
                            "mph", "mba", "ba", "bsc", "do", "np", "pa-c", "lcsw", "cpa", "esq"})
"""Letters after a name that belong to it ("Brenda Goodman, MA", "Sam Ruiz Jr.")."""
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "la", "le", "bin", "al", "di",
                        "du", "dos", "das", "ter", "ten", "zu", "st.", "mc"})


@cache
def _vocabulary(version: int) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    credits = data.load("credits")
    openers = sorted(credits["byline_prefixes"], key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in openers)
    # (an opener only alone on its line, in lower case: "De Niro" is a name)
    lone = "|".join(re.escape(p) for p in credits.get("lone_prefixes", ()))
    lone = rf"|^\s*(?-i:{lone})\s+" if lone else ""
    opener = re.compile(rf"(?i)^\s*{CREDIT_AND}(?:{alternatives})\b\s*:?\s*|^\s*[А-Яа-я]+:\s*{lone}")
    roles = frozenset(word for role in credits["byline_roles"] for word in role.lower().split())
    agencies = frozenset(a.lower() for a in credits["agencies"])
    # (a date line's label ends the names as a role does: "Marco Bellini Pubblicato il ...")
    return opener, roles | ROLE_WORDS | date_labels(), agencies


_TOPICS = frozenset({"municipal", "city", "county", "state", "education", "courts", "crime",
                     "environment", "environmental", "travel", "food", "arts", "culture",
                     "entertainment", "music", "film", "fashion", "features", "metro", "local",
                     "politics", "economics", "economy", "markets", "energy", "climate",
                     "transport", "transportation", "religion", "weather", "opinion", "world",
                     "foreign", "diplomatic", "legal", "medical", "consumer", "finance", "rural",
                     "urban", "regional", "agriculture", "housing", "labor", "labour", "immigration",
                     "football", "soccer", "white", "house", "washington", "europe", "asia",
                     "business", "health", "science", "technology", "tech", "sports", "sport",
                     "trends", "retail", "property", "data", "investigations", "investigative",
                     "lifestyle", "breaking", "digital", "security", "defence", "defense",
                     "national", "political", "parliamentary", "media", "general"})
"""Words of a beat, which open a role only when a role word follows ("Courts Reporter")."""
_NOT_NAMES = frozenset({"photo", "photos", "video", "videos", "image", "images", "getty", "courtesy",
                        "file", "staff", "admin", "administrator", "editorial", "anonymous", "guest",
                        "unknown", "our", "submitted", "posted", "published", "updated"})
"""Words that name no one: alone ("Photo"), after one word ("View Photos", "Getty Images":
no name either), or after a name, where the name ends ("Jane Doe Image": her picture)."""


def _person(chunk: str, roles: frozenset[str], agencies: frozenset[str], first: bool = True) -> str | None:
    """The name in one chunk of a byline, or None when the chunk is a role, an agency or words."""
    words = chunk.strip(" .:,*_").split()
    lows = [w.lower().strip(".,") for w in words]
    led = next((i for i, low in enumerate(lows) if low not in roles), len(lows))
    if led > 0 and len(words) - led >= 2 and all(w[:1].isupper() for w in words[led:]) \
            and roles.isdisjoint(lows[led:]) and _TOPICS.isdisjoint(lows[led:]):
        words, lows = words[led:], lows[led:]  # "Chief Meteorologist Dana Whitlock": the role before the name
    if lows and (lows[0] in roles or lows[0] in _TOPICS):
        return None  # "Tech Insider", "Sports Desk": a section or a publication, no one's name
    labels = date_labels()
    dated = next((i for i, low in enumerate(lows) if low in labels), len(lows))
    if not first and not roles.isdisjoint(lows[:dated]):
        return None  # after a comma, a role with its beat: "Jane Doe, Europe correspondent" (a
        # date line's label ends the name: "... et Thomas Lagarde Publié le ...")
    kept: list[str] = []
    for i, (word, low) in enumerate(zip(words, lows)):
        if kept and (low in roles or (low in _TOPICS and not roles.isdisjoint(lows[i + 1 :]))):
            break  # "Jane Doe Staff Writer", "Jane Doe Municipal Affairs Reporter": the role starts
        if kept and low in _NOT_NAMES:
            if len(kept) < 2:
                return None  # "View Photos", "Watch Video", "Getty Images": no one's name
            break  # "Jane Doe Image": the author's picture, after the name
        bare = word.strip('"“”()')  # a nickname's words: Amanda "Tania Mae" Tan, Richard (R.J.) Eskow
        if kept and word.startswith("(") and bare.lower() in agencies:
            break  # "Jane Doe (AP)": the agency, not a nickname
        if low in _PARTICLES or low in _POST_NOMINALS or (
                _NAME_WORD.match(bare) and not bare[0].islower() and (kept or bare == word)):
            kept.append(word)
            continue
        if not kept and not word[:1].isalpha():  # a glyph, a quote mark
            continue
        if len(kept) >= 2 and word.isdigit() and words[i + 1 : i + 2] and words[i + 1].isalpha():
            break  # "Jane Doe 5 Comments": a count of something after the name (not a date)
        return None  # a lower-case word or a number: a phrase, not a name
    kept = kept[: _before_place(kept)]
    if not kept or not 1 <= len(kept) <= 5:
        return None
    name = " ".join(kept)
    low = name.lower()
    if low in agencies or low in _NOT_NAMES or all(w.lower().strip(".,") in roles for w in kept):
        return None
    return name


_PLACED = 4
"""Words of a name from which its last ones may be the author's town, printed after the
name on the same line ("Marta Vidal Ferrer Lloret de Mar"): two for the name, two for a
town of two words or more."""


def _before_place(words: list[str]) -> int:
    """How many of a name's ``words`` are the name: all but a town the gazetteer knows at
    its end, of two words or more, or of one where the words are too many for one name (a
    surname of one word is often a town's: "Mary Ann Jackson")."""
    if len(words) < _PLACED:
        return len(words)
    from .places import known  # (the gazetteer loads only for a name this long)

    for start in range(2, len(words) - 1 if len(words) <= 5 else len(words)):
        rest = words[start:]
        if rest[0][:1].isupper() and rest[0].lower() not in _PARTICLES and known(" ".join(rest)):
            return start
    return len(words)


def names(byline: str) -> list[str]:
    """The people a byline names, in order, without openers, roles, dates or agencies."""
    opener, roles, agencies = _vocabulary(data.version())
    text = photos_cut(" ".join(byline.split()))
    if " | " in text and (field := byline_field(text)) is not None:
        text = field  # the author's field of a line of metadata fields ("Written By: ... | Edited By: ...")
    if (caseless := caseless_author(text)) is not None:
        return cjk_authors(text) or [caseless]
    if (start := dated_by(text)) is not None:
        text = text[start:]  # "October 19, 2019 by Jane Doe": the names after the date line
    if text[:1] == "[" or text[:1].islower():
        text = _PLACEHOLDER.sub("", text)  # the author's picture, as a text browser prints it
    elif (twice := NAME_TWICE.match(text)) is not None:
        text = twice.group("line")  # its alt text, the name printed before the author line
    text = opener.sub("", text, count=1)
    first, space, rest = text.partition(" ")
    # a name run into the next element, read apart after the name's first word (buttons
    # glued before a name, "ProfileFollowUnfollow Jane Doe", are left as printed)
    return _names_in(first + space + _GLUED.sub(" ", rest), roles, agencies)


def _names_in(text: str, roles: frozenset[str], agencies: frozenset[str]) -> list[str]:
    """``names`` once the opener is off: cut where the names end, then name by name."""
    text = _WITH.sub(", ", text)  # "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    text = IN_PLACE.sub("", text)  # "Jane Doe in London": where she filed from
    cut = _CUT.search(text)
    if cut is not None:
        text = _LINKING.sub("", text[: cut.start()])
    found: list[str] = []
    chunks = [chunk for chunk in _SPLIT.split(text) if chunk]
    for k, chunk in enumerate(chunks):
        if k + 1 < len(chunks) and _beat_role(chunks[k + 1], roles):
            chunk = _beat_cut(chunk)  # "Jane Doe Weather" and "climate reporter": a beat of two
        if found and chunk.lower().strip(" .") in _POST_NOMINALS:
            found[-1] = f"{found[-1]}, {chunk.strip()}"  # "Brenda Goodman, MA"
            continue
        name = _person(chunk, roles, agencies, first=not found)
        if name is not None:
            name = once(name)
        if name is not None and name not in found:
            found.append(name)
    return found


def _beat_role(chunk: str, roles: frozenset[str]) -> bool:
    """A role whose beat's first word the "and" before it left with the name: lower-case words
    that end with a role's word ("climate reporter")."""
    words = chunk.split()
    return bool(words) and words[-1].lower() in roles and all(w[:1].islower() for w in words)


def _beat_cut(chunk: str) -> str:
    """A name without the beat's words that follow it ("Jane Doe Weather")."""
    words = chunk.split()
    while len(words) > 2 and words[-1].lower() in _TOPICS:
        words.pop()
    return " ".join(words)


def once(name: str) -> str:
    """A name printed twice in a row, as a text browser prints an author's link and the alt
    text of their picture ("Jane Doe Jane Doe"), once."""
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


_AND = re.compile(r"^(?:and|&)\s+")
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
"""A name run into what follows it, the page's inline elements printed with nothing between
("By Jane DoeStaff Writer", "Por Ana RuizSevilla"): three lower-case letters before a capital;
names with capitals inside have fewer there ("McDonald", "MacArthur", "DeShawn", "LaToya")."""
_WITH_OPEN = re.compile(r"\s*\((?:with|avec|mit|con|com|z)\s+(?=[A-Z])")
_WITH = re.compile(_WITH_OPEN.pattern + r"|(?<=[a-z])\)\s*$")
"""Co-authors in brackets after the first: "(with Jane Doe)", "(avec Damien Leloup et Morgane Tual)"."""


def from_metadata(author: str) -> list[str]:
    """Names from a page's metadata author value (``html_meta`` joins JSON-LD names with ", ")."""
    _, roles, agencies = _vocabulary(data.version())
    found: list[str] = []
    with_others = _WITH_OPEN.search(author) is not None  # "A (with B and C)": as a byline lists them
    for chunk in (_SPLIT.split(_WITH.sub(", ", author)) if with_others else author.split(", ")):
        chunk = _AND.sub("", chunk.strip())
        if chunk and chunk.lower() not in agencies and chunk not in found and len(chunk) <= 60 \
                and not chunk[0].islower() and "@" not in chunk \
                and not _phrase(chunk):  # a handle ("devindra") is no name, nor a credit's words
            # Chinese names set apart by spaces ("王晓峰 沈佳"), a name having none inside it
            found.extend(n for n in (chunk.split() if _HAN_NAMES.fullmatch(chunk) else [chunk])
                         if n not in found)
    return found


def _phrase(chunk: str) -> bool:
    """An opener, then words in lower case that no name has ("From staff reports", "By staff
    and wire reports"): a credit line in the author field, no one's name (a name's particles
    are lower case; an outlet's name may have some: "Contributors to Wikimedia projects")."""
    first, _, rest = chunk.partition(" ")
    return lone_opener(first) and sum(w.isalpha() and w.islower() and w not in _PARTICLES
                                      for w in rest.split()) >= 2


_HAN_NAMES = re.compile(r"[\u3400-\u9fff]{2,4}(?: [\u3400-\u9fff]{2,4})+")
"""Chinese names, two to four characters each, with a space between them."""


def is_role(text: str) -> bool:
    """A line that is only an author's role ("Games Editor", "Staff Writer"): two to four
    capitalised words that end with a role's word, and no name of two words before it."""
    words = text.split()
    if not 2 <= len(words) <= _ROLE_LINE or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    _, roles, _ = _vocabulary(data.version())
    return words[-1].lower() in roles and all(len(name.split()) < 2 for name in names(text))


_ROLE_LINE = 4
"""Most words of a line that is only a role ("Senior Business Affairs Correspondent")."""


def name_alone(unit: Unit) -> bool:
    """A line that is only a person's name, or a name and when ("Alex Perry 1 day ago",
    "Jane Doe · Oct 18, 2019"): two to four capitalised words, no function word, not a role
    or a section's name."""
    text = unit.text.strip()
    if text[:1] == "[" or text[:1].islower():
        text = _PLACEHOLDER.sub("", text)
    if not 5 <= len(text) <= 60 or unit.kind in ("heading", "row"):
        return False
    found = names(text)
    if len(found) != 1 or not text.startswith(found[0]) or not 2 <= len(found[0].split()) <= 4:
        return False
    if not found[0][:1].isupper():
        return False  # a script without capitals: no capital tells a name from any two words
    rest = text[len(found[0]) :].strip(" ·•|,-–—")
    if rest == found[0] or rest.lower() in _NOT_NAMES:
        rest = ""  # printed twice (a link's text and its picture's alt text), or "Image"
    if not rest:  # (a name's particles are function words too: "Lotte van Dam")
        return unit.stop <= sum(w in _PARTICLES for w in text.split())
    return (is_dateish(rest) or _AGE.fullmatch(rest) is not None or _role_after(rest)
            or _placed(found[0], rest) or IN_PLACE.fullmatch(" " + rest) is not None)


def only_names(text: str) -> list[str]:
    """The names of a line that holds names and nothing else but "and", "&" and commas, each
    name with where its author filed from or not ("Jack Thornton and Chloe Mills", "... and
    Chloe Mills in Hong Kong"); none for any other line."""
    text = IN_PLACE.sub(" ", text)
    found = names(text)
    rest = text
    for name in found:
        rest = rest.replace(name, " ", 1)
    if all(word.lower() in AND_WORDS or word == "&" for word in rest.replace(",", " ").split()):
        return found
    return []


_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
IN_PLACE = re.compile(rf"\s+in\s+{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS}(?=\s*$))?(?=\s*(?:,|\band\b|&|$))")
"""Where a correspondent files from, after the name, as some papers print the author line
("Jane Doe in New York", "Jane Doe in Kyiv, Ukraine", "Jane Doe and Sam Roe in Hong Kong"):
"in" and one to three capitalised words (and a country after a comma at the line's end),
closing the line or a name's part of it."""


def _placed(name: str, rest: str) -> bool:
    """What follows a name is the town ``_before_place`` cut from it."""
    words = name.split()
    return rest[:1].isupper() and _before_place(words + rest.split()) == len(words)


def _role_after(rest: str) -> bool:
    """What follows a name is its role, with its outlet or not ("Dziennikarz Horyzontu",
    "Staff Writer"): a role's word among its first two words, ``_ROLE_LINE`` words at most."""
    words = rest.split()
    if not 1 <= len(words) <= _ROLE_LINE or not all(w.isalpha() for w in words):
        return False
    # capitalised words; or two roles joined by "and", the second in lower case as a
    # language writes it ("Journalist og meteorolog")
    if not all(w[:1].isupper() or (k >= 2 and words[k - 1].lower() in AND_WORDS)
               or w.lower() in AND_WORDS for k, w in enumerate(words)) or not words[0][:1].isupper():
        return False
    return any(w.lower() in _role_heads(data.version()) for w in words[:2])


@cache
def _role_heads(version: int) -> frozenset[str]:
    """The words that name a trade, not a beat: "Writer", "Dziennikarz" (not "Sports")."""
    return frozenset(r.lower() for r in data.load("credits")["byline_roles"] if " " not in r)


FILE_NAME = r"[a-z0-9]+(?:[-_][a-z0-9]+)+"
"""A file name's words joined by hyphens or underscores, as an image's alt text may be
("jdoe-headshot", "fy25-report-blog-image")."""
_PLACEHOLDER = re.compile(rf"^(?:{PICTURE}\s*|{FILE_NAME}\s+(?=[A-Z]))")
"""An image a text browser printed before the name: its alt text or file name in brackets
("[6eef5bc5-c8a0-...] Jane Doe • 8h", "[author-photo.jpg] Jane Doe"), or a file name's
words joined by hyphens without them ("jdoe-headshot Jane Doe")."""
_AGE = re.compile(r"(?i)\d{1,3}\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|d(?:ays?)?|w(?:eeks?)?)\s+ago"
                  r"|\d{1,3}[mhdw]")  # "3 hours ago", "8h"


def lone_opener(text: str) -> bool:
    """An opener alone on its line ("por", "By:", "ዘጋቢ፦"), the name on the next (a
    converter's line break; "Γράφει η", "Written by"). The openers are the byline prefixes in
    credits.toml."""
    return text.strip().rstrip(COLONS).lower() in _openers(data.version())


@cache
def _openers(version: int) -> frozenset[str]:
    credits = data.load("credits")
    return frozenset(p.lower() for p in (*credits["byline_prefixes"], *credits.get("lone_prefixes", ())))


def opener_over_name(units: list[Unit], unit: Unit) -> Unit | None:
    """The name under an opener alone on its line ("Autor" / "Ivana Kovačević": a page's
    label and its link, set in two boxes), when ``unit`` is such an opener."""
    if unit.length > NAME_LINE or not lone_opener(unit.text):
        return None
    nxt = next((u for u in units[unit.index + 1 :] if u.words), None)  # (a link's line says nothing)
    # (a label over a whole author line, "Author" / "By Jane Doe": the line reads alone)
    if nxt is None or nxt.role is not None or nxt.length > NAME_LINE \
            or lone_opener(nxt.text.split(" ", 1)[0]) or not names(f"{unit.text} {nxt.text}"):
        return None
    return nxt


NAME_LINE = 60
"""Longest line read as the name under its opener."""
