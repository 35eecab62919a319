"""dateline: `MOSCOW (AP) —` at the start of the article, parsed into location, source, date."""

from __future__ import annotations

import re
from functools import cache

from ..chain import rule
from ..document import Document, Role, Unit
from . import data
from .patterns import MONTHS, cjk_authors

_BODY, _REMOVED = Role.BODY, Role.REMOVED
"""Looked up once: an Enum member read off its class costs a metaclass lookup per line."""
_DASH = r"(?P<dash>—|–|--|-|‒|―)"
_SPACE = r"[ \t\u00a0\u202f]"


@cache
def _compiled(version: int) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                     re.Pattern[str], frozenset[str]]:
    credits = data.load("credits")
    agencies = data.alternation(credits["agencies"])
    wires = data.alternation(credits["release_wires"])
    s = _SPACE
    caps_word = r"[A-Z][A-Z.'’&]*(?:-[A-Z.'’&]+)*"
    place_caps = rf"{caps_word}(?:(?:{s}+|/){caps_word}){{0,4}}"  # "LONDON/PARIS" too
    word = r"[A-Z][\w.'’]*(?:-[\w.'’]+)*"
    place = rf"{word}(?:(?:{s}+|/)(?:{word}|de|del|la|al|el)){{0,4}}"
    region = rf"(?:,{s}*{word}(?:{s}+{word}){{0,3}}){{0,2}}"
    month_day = rf"(?i:{MONTHS}){s}*\d{{1,2}}(?:,{s}*\d{{4}})?"
    day_month = rf"\d{{1,2}}{s}+(?i:{MONTHS})(?:{s}+\d{{4}})?"
    def dated(*forms: str) -> str:  # "SOCHI, May 4. /TASS/."
        return rf"(?:,?{s}*(?P<date>{'|'.join(forms)})\.?)"

    date = dated(month_day, day_month)
    # before an agency's credit, a day and a month in any language: "MADRID, 5 dic (EFE).-",
    # "SÃO PAULO, 5 de dezembro (Reuters) -", "Brüssel, 3. Dezember (dpa) -" (the credit,
    # not the month's name, tells it is a date)
    any_day_month = rf"\d{{1,2}}\.?{s}+(?:de{s}+)?[^\W\d_]{{3,12}}\.?(?:{s}+(?:de{s}+)?\d{{4}})?"
    credited_date = dated(month_day, day_month, any_day_month)
    call_sign = r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?"  # local stations: (KTRK), (WABC-TV)
    # "(AP)", "(Reuters/Ipsos)", "(BBC Sport)": an agency, and a partner or a desk
    agency = rf"(?:{agencies})(?:{s}*(?:/|via|and){s}*[\w. ]{{1,30}}|{s}+[A-Z][a-z]+)?"
    source = rf"(?:\((?P<source>{agency})\)|/(?P<wire>{wires}|{agencies})/\.?)"
    with_source = re.compile(
        rf"^(?P<loc>{place}{region})?{credited_date}?(?:{s}*--)?{s}*{source}\.?{s}*{_DASH}?{s}*(?=\S)"
    )
    caps_only = re.compile(
        rf"^(?P<loc>{place_caps}{region}){date}?{s}*"
        rf"(?:\((?P<source>{call_sign})\){s}*)?{_DASH}(?:{s}+(?=\S)|{s}*$|(?<=[—–])(?=[A-Z“\"]))"
    )  # "CAIRO—Egypt said": a dash, not a hyphen, may touch the text (a converter's join)
    # "NEW YORK, NY / ACCESSWIRE / November 18, 2019 / "
    slashed = re.compile(
        rf"^(?P<loc>{place}{region}){s}*/{s}*(?P<source>{agencies}|{wires}){s}*/{s}*"
        rf"(?P<date>{month_day}){s}*/{s}*(?=\S)"
    )
    # Forms read only where the gazetteer knows the place (places.confirmed): a colon
    # ("LAGOS:"), a place in mixed case ("Ames, Iowa —", "Tulsa –"), any credit in
    # parentheses ("OAKLAND (KTVU) -"), a place alone on its line ("ZUG, SWITZERLAND").
    credit = r"\((?P<source>[A-Z][\w.&/' -]{0,30})\)"
    checked = re.compile(
        rf"^(?P<loc>{place}{region}){date}?{s}*(?:{credit}{s}*)?"
        rf"(?:{_DASH}{s}+|(?<=[A-Z]):{s}+|$)(?=[A-Z“\"‘'\d]|$)"  # a sentence starts after it
    )
    outlets = "|".join(re.escape(w) for w in credits["outlet_words"])
    # "Kaieteur News –" (an outlet as the dateline), "KVELLER via JTA —" (a partner via a wire)
    source_only = re.compile(
        rf"^(?P<source>(?:The{s}+)?{word}(?:{s}+{word}){{0,3}}{s}+(?:{outlets})"
        rf"|[A-Z][\w'’-]+{s}+via{s}+(?:{agencies})"
        rf"|[A-Z][\w-]+\.(?i:com|net|org|news|info|co\.uk|com\.au|co|io|tv)){s}*{_DASH}{s}+(?=\S)"
    )  # ... and an outlet's web address ("Example.Net -")
    exclusions = frozenset(x.casefold() for x in credits["dateline_exclusions"])
    return with_source, caps_only, source_only, slashed, checked, exclusions


_CJK_SENT = re.compile(
    r"^(?P<source>[\u4e00-\u9fff]{1,8}?[社网網报報台站](?![社网網报報台站]))(?P<loc>[\u4e00-\u9fff]{2,6}?)?"
    r"(?P<date>\d{1,2}月\d{1,2}日)?[电電讯訊](?P<credit>[（(][^）)\n]{2,40}[）)])?"
)
"""A Chinese paper's dateline: an outlet (its last character says what it is: an agency's
社, a site's 网, a paper's 报, a station's 台: "晚报网" is a paper's site), the place, the
day, "电" (wired) or "讯" (reported), and the reporters in brackets
("新华社北京3月4日电（记者 张三）", "本报讯")."""
_CJK_REPORTED = re.compile(
    r"^[〔【［\[]\s*(?:記者|记者)\s*(?P<credit>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*)"
    r"\s*[／/]\s*(?P<loc>[\u4e00-\u9fff]{2,6}?)\s*(?:報導|报道|報道)\s*[〕】］\]]"
)
"""A Taiwanese paper's: the reporter and the place in brackets ("〔記者王小明／台北報導〕")."""


def cjk_parse(text: str) -> tuple[dict[str, str | None], list[str]] | None:
    """A Chinese dateline at the start of ``text`` and the reporters it credits, or None."""
    if (m := _CJK_SENT.match(text)) is not None:
        if not (m.group("loc") or m.group("date") or m.group("credit") or text[m.end("source")] in "讯訊"):
            return None  # an outlet's name and "电" alone open words too ("台电": a utility)
        credit = m.group("credit")
        names = cjk_authors(credit) if credit else []
    elif (m := _CJK_REPORTED.match(text)) is not None:
        names = re.split(r"[、，,]", m.group("credit"))
    else:
        return None
    return ({"raw": m.group(0), "location": m.group("loc"), "source": m.groupdict().get("source"),
             "date": m.groupdict().get("date")}, names)


def parse(text: str, alone: bool = False) -> dict[str, str | None] | None:
    """The dateline at the start of ``text`` as {raw, location, source, date}, or None.
    ``alone``: ``text`` is a line of its own above the lead, so a known place in capitals
    with no dash after it ("ZUG, SWITZERLAND") is one too."""
    if text[:1] > "\u2fff" and (cjk := cjk_parse(text)) is not None:
        return cjk[0]
    with_source, caps_only, source_only, slashed, checked, exclusions = _compiled(data.version())
    if s := slashed.match(text):
        return {"raw": text[: s.end(0)].rstrip(), "location": s.group("loc").strip(" ,"),
                "source": s.group("source"), "date": s.group("date")}
    m = with_source.match(text)
    if m and not (m.group("dash") or m.group("wire") or text[m.end(0) - 1 : m.end(0)] == " "
                  or (m.group("source") and text[m.end(0) : m.end(0) + 1].isupper())):
        m = None  # "(AP)Officials said": a converter dropped the space, not the dash
    if m is None and (o := source_only.match(text)) and o.group("source").casefold() not in exclusions:
        return {"raw": text[: o.end(0)].rstrip(), "location": None, "source": o.group("source"),
                "date": None}
    if m is None:
        m = caps_only.match(text)
        if m is None or _no_place(m.group("loc").strip(), exclusions):
            m = _checked(checked, text, exclusions, alone)
            if m is None:
                return None

    location = (m.group("loc") or "").strip(" ,") or None
    if location and location.casefold() in exclusions:
        return None
    source = m.group("source") or (m.groupdict().get("wire"))
    raw = text[: m.end(0)].rstrip()
    return {"raw": raw, "location": location, "source": source, "date": m.group("date")}


def _no_place(location: str, exclusions: frozenset[str]) -> bool:
    """An excluded label ("EDITOR'S NOTE", "WATCH") or two letters at most: no dateline's place."""
    return location.casefold() in exclusions or len(location) < 3


def _checked(pattern: re.Pattern[str], text: str, exclusions: frozenset[str],
             alone: bool) -> re.Match[str] | None:
    """The gazetteer-checked forms: the place must be one the gazetteer knows ("Tulsa –",
    "LAGOS:"; not "DEAR ABBY:", "Also:") and no excluded label; alone on its line, only a
    short line in capitals ("ZUG, SWITZERLAND")."""
    if not text[:1].isupper() or not (alone or _CHECKED_MARKS.search(text, 0, _CHECKED_REACH)):
        return None  # most paragraphs: no dash, colon or bracket where a dateline would end
    m = pattern.match(text)
    if m is None:
        return None
    location = m.group("loc").strip(" ,")
    if m.end(0) == len(text) and not (alone and location.isupper() and len(text) <= _ALONE_MAX):
        return None
    if _no_place(location, exclusions):
        return None
    from .places import confirmed

    return m if confirmed(location) else None


_CHECKED_MARKS = re.compile(r"[—–‒―:(-]")
_CHECKED_REACH = 90
"""Characters within which a checked dateline ends: a place, its region, a date, a credit."""
_ALONE_MAX = 60
"""Longest line read as a dateline alone on its line: a place, its region and a date."""


@rule("dateline", "Parse the dateline opening the article: 'MOSCOW (AP) —' -> location, source.",
      needs=("main-run",))
def dateline(doc: Document) -> None:
    """Looks at the first body paragraph of prose, or the second after a summary paragraph
    (past the standfirst and the short lines above the lead; a dateline alone on its line
    counts too): an all-caps place
    ("LONDON —", "KYIV, Ukraine (AP) —"), or any place with a known agency in parentheses
    ("Avignon (AFP) -", "(Bloomberg) --"), or a press-release wire ("/PRNewswire/ --"),
    with an optional date, then a dash; where the gazetteer knows the place (rules/places.py)
    also a colon ("LAGOS:"), a place in mixed case ("Ames, Iowa —"), any credit in
    parentheses, or a place alone on the line above the lead (read even where that line was
    taken for furniture). Agencies and exclusions are data (rules/data/credits.toml). The
    text stays where it was; the parse goes to ``meta``."""
    tried = 0
    above: Unit | None = None  # the line above, if it was taken for furniture
    for unit in doc.units:
        if unit.role in (None, _BODY) and unit.kind != "heading" and "dek" not in unit.labels:
            if parsed := parse(unit.text):
                doc.meta["dateline"] = parsed
                if not doc.meta.get("authors") and (cjk := cjk_parse(unit.text)) is not None:
                    doc.meta["authors"] = cjk[1]  # no author line: the reporters it credits
                return
            if unit.labels.get("class") in _PROSE:  # a counter, a credit or a label is no try
                if tried == 0 and above is not None and (parsed := parse(above.text, alone=True)) \
                        and parsed["raw"] == above.text.strip():
                    doc.meta["dateline"] = parsed  # "ZUG, SWITZERLAND" alone above the lead
                    return
                tried += 1
                if tried == _TRIES:  # the first paragraph, or the one after a summary paragraph
                    return
            above = None
        elif tried == 0 and unit.words:
            above = unit if unit.role is _REMOVED else None


_PROSE = frozenset({"good", "near"})
_TRIES = 2
"""Paragraphs of prose in which the dateline is looked for: the lead, or the paragraph after a
summary; the short lines before them (a gallery's "1 of 4", a caption, a label) are read but
use up no try."""
