"""Shared recognisers for bylines, captions and date lines, compiled from rules/data/credits.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from . import data
from .needs import fewest, needed_pieces

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
MONTHS = _MONTHS
_DATE_OPENS = r"(?=[adfjmnos\d])"
"""What every _DATE match opens with: a month's first letter or a digit. Tried first at each
word boundary, so the other letters fail on one test instead of on each month's name."""
_DATE = re.compile(
    rf"(?i)(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_DATE_OPENS}(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\b"
)
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
                   r"|\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분]|\b\d{1,2} ?h ?\d{2}\b")
"""A clock time: "17:42", "5.42 pm", "5 pm", "17時42分", French "17h42" or "17 h 42"."""
_DECIMAL = re.compile(r"\d{1,2}\.\d{2}\s*")
"""A _TIME match that may be a number with a decimal point as well ("0.17", "3.12")."""
_H_TIME = re.compile(r"(?i)\d{1,2} ?h ?\d{2}")
"""A _TIME match that may be a length as well ("1h28", a film's): a time only with a date."""
_HOURS = re.compile(r"(?i)\d\.\d{2}\s*(?:uhr|h|hs|hrs|horas?)\b")
"""A time written with a point and its hours' word: "10.30 Uhr", "10.30 h"."""
_DATE_HINT = re.compile(r"\d(?:\d{3}|[./]\d)")
"""What every _DATE match holds: a four-digit year, or "1/2" or "1.2". It opens with a
digit, so the regex engine skips to digits instead of trying each position as _DATE does."""
_TIME_HINT = re.compile(r"(?i)\d(?:[:.]\d|\s*[ap]|\s*[時时시]| ?h ?\d)")
"""What every _TIME match holds: "1:2", "1.2", "1 pm", "10時" or "1h2" (most lines with a
date have no time)."""
_WEEKDAY = re.compile(rf"(?i)^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
                      rf"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?:,\s|\s+(?=\d|{_MONTHS}\b))")
"""A weekday opening a date line ("Friday, 3 March", "Mon 12/03", "Friday March 3"); not
one that names something ("Friday Facts #282", "Sunday Times Magazine"), nor a word that
opens like one ("Montbrand 45 24 13 6 5", a team's row in a table)."""
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"\d{4}")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _at_start(pattern: str) -> bool:
    return pattern.startswith(("^", "(?i)^"))


ROLE_WORDS = frozenset({"staff", "writer", "writers", "reporter", "reporters", "correspondent",
                        "correspondents", "editor", "editors", "columnist", "contributor",
                        "contributors", "senior", "chief", "special", "producer", "photographer",
                        "analyst", "intern", "freelance", "associate", "deputy", "managing",
                        "political", "business", "sports", "science", "health",
                        "technology", "tech", "investigative", "national", "international",
                        "digital", "news", "desk", "team", "bureau", "affairs", "critic",
                        "contributing", "guest", "author", "host"})
"""Words of a role that may follow a name without a comma ("Jane Doe Staff Writer")."""


def _role_words(text: str) -> bool:
    """Whether words before a role hold a role's own ("Senior Business" Editor, "Deputy
    Fire" Chief): a name holds none."""
    return any(w.lower() in ROLE_WORDS for w in text.split())


_GOES_ON = frozenset({"special to", "for the", "chief"})
"""Roles a byline writes only before more words or after a mark."""


COLONS = ":：՝៖፦"
"""A colon after a byline's opener, as its script writes it ("Autor:", "Հեղինակ՝", "ዘጋቢ፦")."""
_COLON = f"[{COLONS}]"
CREDIT_AND = r"(?:[^\W\d_]+\s+(?:and|&)\s+)?"
"""Another credit and "and" before an author line's opener ("Photographs and text by")."""
_UNCASED_WORD = rf"[^\s\d.,;{COLONS}!?()\[\]{{}}\"'“”«»|/\\<>@#*+=_-]+"
"""A word with no digit or mark in it (its letters are checked for case apart)."""


@cache
def capitals() -> str:
    """A character class's ranges of every capital letter of the Basic Multilingual Plane, from
    Unicode's data (``str.isupper``): a name opens with one in any cased script ("Åberg",
    "Łukasz", "Ødegaard", "Παπαδόπουλος", "Иванов"), which ``[A-Z]`` misses."""
    ranges: list[str] = []
    start = previous = -2
    for code in range(0x10000):
        if chr(code).isupper() and not 0xD800 <= code <= 0xDFFF:
            if code != previous + 1:
                if start >= 0:
                    ranges.append(_range(start, previous))
                start = code
            previous = code
    ranges.append(_range(start, previous))
    return "".join(ranges)


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


@cache
def _compiled(version: int) -> dict[str, re.Pattern[str]]:
    credits = data.load("credits")
    agency_alt = data.alternation(credits["agencies"])
    prefixes = data.alternation(credits["byline_prefixes"])
    roles = "|".join(re.escape(r) for r in credits["byline_roles"])
    # a role alone after the name, no mark between ("Ingrid Solberg Journalist"): one that
    # names a job, not "for the" or "chief", which go on or stand in titles ("Fire Chief")
    solo_roles = "|".join(re.escape(r) for r in credits["byline_roles"] if r not in _GOES_ON)
    up = capitals()
    name = rf"[{up}][\w'’.-]+(?:\s+(?:[{up}][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al-?\w*))*"
    # A person, as bios name them: two to four capitalised words ("Jane Doe", "Ana de Souza").
    verbs = r"(?:is|was|has been|has|writes|covers|lives)\b"
    strong = "|".join(re.escape(r) for r in credits["bio_roles"])
    weak = "|".join(re.escape(r) for r in credits["bio_roles_weak"])
    person = (rf"(?!The\b)[{up}][\w'’.-]+(?:\s+(?:de|da|van|von|der|del|la|le|bin))?"
              rf"(?:\s+[{up}][\w'’.-]+){{1,3}}")
    return {
        "agency": re.compile(rf"(?:{agency_alt})"),
        # (an opener a full stop closes is an abbreviation: "Av. Eduardo Mondlane", an avenue)
        "byline": re.compile(
            rf"(?P<prefix>(?i:^{CREDIT_AND}(?:{prefixes})\b(?!\.)\s*{_COLON}?\s*))(?=\W*[^\W\d_])"
            rf"|^{name}(?!-\w)\s*(?:,|\||—|–|-)\s*(?:{_BEAT})?(?i:(?:{roles})\b|(?:{agency_alt})$)"
            rf"|^(?P<named>{person}?)\s+(?i:{solo_roles})$"
            rf"|^(?:{agency_alt})\s*(?:staff\s*)?[,|·]?\s*(?i:{_MONTHS})\s+\d"
            rf"|^(?!(?:Follow|Share|Like|Join|Email|Contact|Subscribe|Tweet)\b){person}\s*[,|·]?\s*@\w{{2,}}\s*$"
        ),
        # an opener, then one to four words of a script without capitals to the line's end
        # ("எழுதியவர், கார்த்திகேயன் சுப்ரமணியன்": written by, then the name)
        "byline_caseless": re.compile(
            rf"(?i:^(?:{prefixes}))\s*(?:{_COLON}|[,،])?\s*(?P<name>{_UNCASED_WORD}(?:\s{_UNCASED_WORD}){{0,3}})\s*$"),
        "posted_by": re.compile(r"(?i)^(?:posted|published|written)\s+by\s+(?=[\w@])"),
        "agency_dated": re.compile(rf"^(?:{agency_alt})\s*[,|·]?\s*(?=\d)"),
        "byline_bio": re.compile(rf"(?i:{prefixes})\s+(?P<person>{person}),\s+(?:a|an|the)\s"),
        "bio": re.compile(
            # (a name, not "The ... Roundtable was held ... correspondent banking")
            rf"^(?:about the author\s*:?\s*)?(?:(?!(?:The|A|An|This|That)\b){name}\s+{verbs}"
            rf"(?=.{{0,250}}\b(?i:{strong})\b)"
            rf"|{person}\s+{verbs}(?=.{{0,250}}\b(?i:{weak})\b))"
        ),
        "trailer": re.compile("|".join(data.scoped(p) for p in credits["trailer_patterns"])),
        # Captions' patterns hold at a line's start (^) or at its end ($): the first kind is
        # matched, the second searched in the line's last 260 characters only (_caption_ends).
        "caption_start": re.compile("|".join(
            data.scoped(p) for p in credits["caption_patterns"] if _at_start(p))),
    }


_Needs = tuple[tuple[str, ...], ...]
"""Sets of strings, a line holding one string of each (``needed_pieces``)."""


@dataclass(frozen=True, slots=True)
class _Captions:
    """The caption data, compiled: read by every line of the article, so in one lookup."""

    words: frozenset[str]
    """The caption triggers that are words: a line's words are checked against them."""
    triggers: tuple[str, ...]
    """The caption triggers that hold no shorter trigger ("photo" covers "photographer"):
    a line holds some trigger exactly when it holds one of these."""
    start: re.Pattern[str]
    """The patterns that hold at a line's start, as one alternation."""
    ends: tuple[tuple[_Needs, re.Pattern[str]], ...]
    """The patterns that hold at a line's end, each with what it needs (``needed_pieces``:
    "(" and one of "photo", "image"... for "(AP Photo/...)", "/" for "REUTERS/Name",
    "credit: " for "Credit: Name"), the smallest sets first. Searched one by one, each only
    in lines holding all it needs: as one alternation they were all tried at every position
    of the line, as most of them open with ``\b``, though most lines lack what most need."""
    rarest: tuple[str, ...] | None
    """One string of each end pattern's rarest set (None if one needs nothing): a line
    holding none of them matches none of those patterns (most lines)."""


@cache
def _captions(version: int) -> _Captions:
    credits = data.load("credits")
    triggers = set(credits["caption_triggers"])
    ends = [p for p in credits["caption_patterns"] if not _at_start(p)] or [""]
    checks = []
    rarest: list[frozenset[str]] | None = []
    for pattern in ends:
        sets = [fewest(strings) for strings in needed_pieces(pattern)
                if not any(s.isspace() for s in strings)]
        needs = sorted({tuple(sorted(strings)) for strings in sets},
                       key=lambda strings: (len(strings), -min(map(len, strings)), strings))
        checks.append((tuple(needs), re.compile(data.scoped(pattern))))
        if rarest is not None:
            rarest = [*rarest, max(sets, key=_rarity)] if sets else None
    return _Captions(
        words=frozenset(w.strip() for w in triggers if w.strip().isalpha()),
        triggers=tuple(sorted(t for t in triggers if not any(o != t and o in t for o in triggers))),
        start=patterns()["caption_start"],
        ends=tuple(checks),
        rarest=tuple(sorted(fewest(frozenset().union(*rarest)))) if rarest is not None else None,
    )


def _rarity(strings: frozenset[str]) -> tuple[int, int]:
    """How seldom prose holds one of ``strings``, roughly: by the weakest of them (a mark
    counts as two letters, a space as none), then by their number."""
    return min(sum(2 if not ch.isalnum() else 1 for ch in s if not ch.isspace()) for s in strings), \
        -len(strings)


def _caption_ends_possible(found: _Captions, tail: str) -> list[re.Pattern[str]]:
    """The caption patterns that hold at a line's end whose needs ``tail`` holds: only
    these can match in it."""
    low = tail.lower()
    if found.rarest is not None:
        for piece in found.rarest:
            if piece in low:
                break
        else:
            return []
    possible = []
    for needs, pattern in found.ends:
        for strings in needs:
            for piece in strings:
                if piece in low:
                    break
            else:
                break  # lacks all of one set: cannot match
        else:
            possible.append(pattern)
    return possible


def _triggered(found: _Captions, text: str) -> bool:
    """Whether a caption trigger opens or closes ``text`` (credits.toml's pre-check)."""
    low = text.lower()
    # Credits open or close a caption: look for trigger words only at its two ends.
    ends = low if len(low) <= 260 else f"{low[:60]}\n{low[-200:]}"
    return any(trigger in ends for trigger in found.triggers)


def patterns() -> dict[str, re.Pattern[str]]:
    return _compiled(data.version())


_NAME_END = re.compile(r",|\||\s[-–—·•*]\s|\s(?:for|in|at|on)\s|\(|:|;|\s\S*@\w|\s\d")
"""Where the names after "By" end: a role, a place, an outlet or the author's handle
("By Jane Doe @janedoe February 1, 2016", "Av Jane Doe jane.doe@example.se")."""
AND_WORDS = ("and", "und", "et", "y", "e", "i", "и", "og", "och", "ja", "és", "și", "a", "та", "і",
             "en", "dan")
""""And" between two names, in the languages bylines are read in ("Af A og B", "Von A und B")."""
_CONNECTORS = frozenset({"with", "&", "de", "da", "van", "von", "der", "del", "la", "le", "bin", "al",
                         "of", "the", *AND_WORDS})
_NOT_NAMES = re.compile(rf"(?i)^(?:(?:(?:{_MONTHS})(?=\.?\s*(?:\d|,|$))"
                        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"the (?:time|end|way)|then|now|far|contrast|comparison"
                        r"|submitted|posted|published|updated|created|modified|written|last)\b|\d)")
"""Words after "By" that open no name: a date ("By March 3", but "By May Lee" and "Van Jan
de Vries" name people), a weekday, a phrase ("By the time", "By then"), a date line's label."""


def date_labels() -> frozenset[str]:
    """The one-word labels of a date line in the markers' data ("published", "pubblicato",
    "aktualisiert"): where an author line's names end when its date follows on the same line
    ("di Marco Bellini Pubblicato il 3 marzo 2026")."""
    return _date_labels(data.version())


def role_words() -> frozenset[str]:
    """The one-word roles of the credits' data, lower case ("reporter", "editör")."""
    return _role_words_of(data.version())


@cache
def _role_words_of(version: int) -> frozenset[str]:
    """The one-word roles of the credits' data, lower case ("reporter", "correspondent")."""
    return frozenset(r for r in data.load("credits")["byline_roles"] if " " not in r and r.islower())


@cache
def _date_labels(version: int) -> frozenset[str]:
    return frozenset(w for w in data.load("markers")["metadata"]["exact"] if " " not in w)


def _names(rest: str) -> bool:
    """Whether the words after "By" are names: capitalised words and particles only."""
    rest = rest.strip(" *_")
    part = _NAME_END.split(rest, maxsplit=1)[0].strip()
    words = part.replace("*", "").replace("_", " ").split()
    # (the names end at a date line's label or a role's word run on after them: "By Hana
    # Parata, reporter" printed "By Hana Parata reporter · Tasman Post")
    labels, roles = date_labels(), _role_words_of(data.version())
    words = next((words[:k] for k, w in enumerate(words) if k >= 2 and (w.lower() in labels or w in roles)),
                 words)  # (after a name of two words or more)
    if "and" in words[2:] and words[-1][:1].islower():
        words = words[: len(words) - words[::-1].index("and") - 1]  # a beat of two, "Weather and
        # climate reporter": the role's first word after the name, the "and" the beat's
    if not 1 <= len(words) <= 8 or _NOT_NAMES.match(part):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS or not w[0].isalpha() for w in words)


_SENTENCE_DOT = re.compile(r"\D\. ")
"""A full stop that may end a sentence: not one after a number (Hungarian, German, Czech or
Finnish dates and ordinals write one there)."""


_GLUED_WORD = re.compile(r"(?<=[a-z]{3})[A-Z][a-z]+")
"""A capitalised word run on after a lower-case word, two elements printed with nothing
between (a name's last word and its role's first: "LindqvistReporter")."""


def _unglued_roles(text: str) -> str:
    """``text`` with a space before each role's word run on after a name ("Elin
    LindqvistReporter" reads "Elin Lindqvist Reporter"); other joins are left as printed."""
    roles = _role_words_of(data.version())
    return _GLUED_WORD.sub(lambda m: (" " if (w := m.group().lower()) in roles or w in ROLE_WORDS else "")
                           + m.group(), text)


_BYLINES_KEPT = 1024
"""Lines whose ``is_byline`` answer is kept, the latest asked: one document's worth (of the
corpora's dumps, the one that asks of the most lines asks of 507), not a batch's: the
benchmark's passes over the same 364 dumps (7,787 lines) find none of the pass before."""
_BIO_BYLINE_MAX = 400
"""Characters of a byline that goes on to describe its author ("By Jane Doe, a deputy editor
who has covered ... for a decade."): two or three sentences."""


def is_byline(text: str) -> bool:
    """A short line that names the author: "By Jane Doe, AP", "Reuters Nov 18, 2019 11:03 PM";
    or a longer one whose name goes on with a description ("By Jane Doe, a deputy editor ...").
    Asked of one line by several rules (the anchors, the title, the byline): read once
    (``is_byline_plain`` reads it; the data's version is part of the key)."""
    return _byline_read(text, data.version())


@lru_cache(maxsize=_BYLINES_KEPT)
def _byline_read(text: str, version: int) -> bool:
    return is_byline_plain(text)


_MAIL_AFTER = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
"""An e-mail address closing an author line, the author's: the line reads without it."""
_BEAT = r"(?:(?:[A-Z][a-z]+(?: &)?\s+){1,2}|(?!(?:also|then|that|this|when|whose|with|from)\b)[a-z]{4,}\s+)"
"""A beat's capitalised words before a role ("Jane Doe, Retail Correspondent", "Sam Roe,
Health & Science Reporter"), or one word in lower case, as some papers print it ("Owen
Treharne, transport correspondent"; not a clause's word: "the", "who", "also")."""
_CJK_ROLE = r"(?:(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者)\s+)?"
"""A reporter's role before a name in a Chinese credit ("作者：记者 王晓峰", "通讯员 周航")."""
_JA_ROLES = "編集委員|論説委員|解説委員|特派員|専門記者"
"""A Japanese paper's staff titles before a writer's name ("編集委員　中沢克二": senior staff
writer, editorial writer, commentator, correspondent, specialist reporter)."""
_CJK_NAME = (r"(?P<name>[\u3400-\u9fff]{2,4})"
             r"(?!(?!攝影|摄影|編輯|编辑)[\u3400-\u9fff]|\s*[:：]|\s*[摄攝](?!影))")
"""Two to four characters of a name, then no more of them but a next credit's label run on
("林雅婷攝影／陳冠宇" as w3m glues spans), and no photographer's "摄" after it."""
_CJK_CREDIT = re.compile(rf"(?:作者|记者|記者|撰文|{_JA_ROLES}|(?<![\u3400-\u9fff])文(?=\s*[／/｜|]))"
                         rf"(?:\s*[:：／/｜|]\s*|\s+){_CJK_ROLE}{_CJK_NAME}")
_CJK_MORE = re.compile(rf"(?:\s*[、,，]\s*|\s+){_CJK_ROLE}{_CJK_NAME}")
"""Each further name of a Chinese credit, set apart by a space or a list comma, its role
before it or not ("记者 林晓岚 通讯员 周航", "作者：王晓峰 沈佳")."""
_CJK_NOT_NAMES = ("报道", "報導", "摄影", "攝影", "编辑", "編輯", "整理", "发自", "發自", "综合",
                  "綜合", "字号", "字號", "来源", "來源", "责任", "責任", "通讯", "通訊",
                  "举报", "舉報", "分享", "收藏", "关注", "關注", "打印", "纠错", "糾錯", "阅读", "閱讀")
"""Words after a credit's names that are none: "报道" (reports), "发自北京" (from Beijing),
the page's next field ("字号", "来源", "责任编辑") or link ("举报": report it, "分享": share,
"收藏": save, "关注": follow, "打印": print, "纠错": correct it, "阅读约 9 分钟": a read)."""
_ARABIC_CREDIT = re.compile(r"(?:^|\s)(?:كتب|بقلم)\s*:?\s+"
                            r"(?P<name>[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,3})")
_HEBREW_CREDIT = re.compile(r"^מאת\s*:?\s+(?P<name>[\u05d0-\u05ea׳״'\"-]+(?:\s[\u05d0-\u05ea׳״'\"-]+){0,3})")
_THAI_CREDIT = re.compile(r"^โดย\s*:?\s*(?P<name>[\u0e01-\u0e4e]{2,20}(?:\s[\u0e01-\u0e4e]{2,20}){0,2})"
                          r"(?=\s*(?:$|[\d|,·•(]))")
_KOREAN_CREDIT = re.compile(r"^(?P<name>[\uac00-\ud7a3]{2,4})\s?(?:선임|수석|인턴|객원)?(?:기자|특파원)"
                            r"(?:\s+[\w.+-]+@[\w.-]+)?\s*$")
_ARABIC_WEEKDAY = re.compile(r"\s(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)$")


def caseless_author(text: str) -> str | None:
    """The author a line credits in a script without capitals, where no capital can tell a
    name: Chinese's and Japanese's "作者：" (author) or "记者" (reporter), a colon or a space,
    then two to four characters (not a photographer's "摄"); Arabic's "كتب:" (wrote) or
    "بقلم" (by the pen of) then up to four words (a weekday after them cut off); a line
    opening with Hebrew's "מאת" (by) then up to four words (to a comma: a role follows), or
    with Thai's "โดย" (by) then up to three words of a name's length, to the line's end or a
    date's digits (Thai writes a sentence without spaces: "โดย" opening one is "by means
    of"); a line that is a Korean name (two to four syllables) and its role after it, "기자"
    (reporter) or "특파원" (correspondent), with an e-mail address or not; or any byline
    opener of the data, then one to four words with no capital, in a script that sets no
    name apart by one (not Latin, Greek, Cyrillic or Armenian), to the line's end
    ("எழுதியவர், ..."). None otherwise, and for every ASCII line."""
    if text.isascii():
        return None
    m = _CJK_CREDIT.search(text)
    if m is not None and m.group("name").startswith(_CJK_NOT_NAMES):
        m = None  # "作者：责任编辑：..." (no author, then the editor in charge's label)
    m = m or (_ARABIC_CREDIT.search(text) or _HEBREW_CREDIT.match(text)
              or _THAI_CREDIT.match(text) or _KOREAN_CREDIT.match(text))
    if m is not None:
        return _ARABIC_WEEKDAY.sub("", m.group("name"))
    m = patterns()["byline_caseless"].match(text)
    if m is not None and not any(c.isupper() for c in m.group("name")) \
            and _CASED_SCRIPT.search(m.group("name")) is None:
        return m.group("name")  # (a name in a script with capitals is read the cased way)
    return None


def cjk_authors(text: str) -> list[str]:
    """Every name a Chinese or Japanese credit gives, in order ("作者：记者 王晓峰 沈佳",
    "记者 林晓岚 通讯员 周航"); none when the line holds no credit."""
    m = _CJK_CREDIT.search(text)
    if m is None or m.group("name").startswith(_CJK_NOT_NAMES):
        return []
    found = [m.group("name")]
    while (m := _CJK_MORE.match(text, m.end())) is not None \
            and not m.group("name").startswith(_CJK_NOT_NAMES):
        found.append(m.group("name"))
    return found


_CJK_SENTENCES = re.compile(r"[。！？][^。！？]+[。！？]")
"""Two sentences ended the Chinese or Japanese way: prose, though it credits a reporter
("……讯（记者 周雨晴）3日上午……。……。")."""
_CASED_SCRIPT = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{Armenian}]")
"""Letters of a script whose names open with a capital (Georgian has capitals, unused)."""


def byline_field(text: str) -> str | None:
    """The field of a line of metadata fields ("Published: ... | Autor: Name | Read: 2 417x")
    that an author line's opener opens; else None. (The first field too: "रिपोर्ट: Name |
    एडिटेड बाय: Name", the reporter, then the editor, in a script without capitals.)"""
    fields = text.split(" | ")
    prefix = patterns()["byline"]
    for field in fields:
        m = prefix.match(field)
        if m is not None and m.group("prefix") is not None \
                and (_names(field[m.end("prefix") :]) or caseless_author(field) is not None):
            return field
    return None


PICTURE = r"\[[^\]]{1,80}\]"
"""An image a text browser printed in brackets (its alt text or file name): "[jdoe]"."""
_PICTURE_FIRST = re.compile(rf"{PICTURE}\s*(?=\S)")


NAME_TWICE = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3}) "
                         r"(?P<line>[^\W\d_]{2,12}:? (?P=name)\b.*)")
"""A name, then a word (an opener) and the same name: a text browser's line holding the
author's picture's alt text before the author line."""


_PHOTOS_BY = re.compile(r"\s+(?:Photographs|Photograph|Photos|Photo|Pictures|Photography|Images"
                        r"|Illustrations?)\s+(?:by|von|par|por|di|door|av|af)\s+[A-Z]")
"""The photographer's credit run on after the author's ("Words by Jane Doe Photographs by Sam
Roe ..."): the author line ends there."""


def photos_cut(text: str) -> str:
    """``text`` up to a photographer's credit run on after the author's."""
    if " by " not in text and " von " not in text and " par " not in text and " por " not in text:
        return text  # (a C scan spares most lines the pattern)
    m = _PHOTOS_BY.search(text)
    return text[: m.start()] if m is not None and m.start() else text


def is_byline_plain(text: str) -> bool:
    """``is_byline`` read afresh."""
    text = photos_cut(text)
    if len(text) <= 160 and _GLUED_WORD.search(text) is not None:
        text = _unglued_roles(text)  # "Elin LindqvistReporter": a name and its role, nothing between
    if text[:1] == "[" and (picture := _PICTURE_FIRST.match(text)) is not None:
        text = text[picture.end() :]  # "[jdoe-96]By Jane Doe": the author's picture first (w3m)
    elif len(text) <= 160 and text.count(" ") >= 3 and (twice := NAME_TWICE.match(text)) is not None:
        text = twice.group("line")  # "Ana Ruiz Por Ana Ruiz": the picture's alt text first
    if "@" in text and (mail := _MAIL_AFTER.search(text)) is not None and mail.start():
        text = text[: mail.start()]  # "Mette Kjær Sørensen Journalist mks@avis.dk": the address
    if len(text) <= 160 and caseless_author(text) is not None:
        return _CJK_SENTENCES.search(text) is None  # a lead crediting its reporters, no credit line
    if len(text) <= _BIO_BYLINE_MAX and (bio := patterns()["byline_bio"].match(text)) is not None:
        return _NOT_NAMES.match(bio.group("person")) is None
    if not 4 <= len(text) <= 160 or (text.count(". ") > 2 and len(_SENTENCE_DOT.findall(text)) > 2):
        return False  # (sentences; a date's dots are none: "2024. április 9. 07:45", "9. 4. 2024")
    if " | " in text and (field := byline_field(text)) is not None:
        return is_byline_plain(field)  # "Published: 15. 3. 2024 | Autor: Peter Novák | Read: 2 417x"
    m = patterns()["byline"].search(text)
    if m is not None and m.group("prefix") is not None \
            and not next((c for c in text[m.end("prefix") :] if c.isalpha()), "").isupper():
        m = None  # names open with a capital, in any script ("Автор: Олена ...", "Από Μαρία ...")
    if not m:
        # an agency and when, the date written the page's way ("AFP 30 avril 2015 à 07:19
        # (Mis à jour : ...)"): the part before an update note is a date line; a post's
        # line naming its authors by their handles, then its date ("Posted by kovarex,
        # TOGos on 2019-02-15"): "posted by" opens no sentence, and the date says when
        if _DIGIT.search(text) is None:
            return False  # (both say when: a cheap scan spares most lines the patterns)
        agency = patterns()["agency_dated"].match(text)
        if agency is not None:
            return is_dateish(text[agency.end() :].split("(")[0])
        if text[:1] in "PpWw" and patterns()["posted_by"].match(text) is not None:
            return has_date(text)
        return dated_by(text) is not None
    if m.group("named") is not None:  # "Senior Business Editor" is a role alone, "BuzzFeed News
        # Reporter" an outlet's; "Harriet Coombes Political correspondent" a name, its beat, its role
        named = m.group("named").split()
        return not _role_words(" ".join(named[:-1] if len(named) >= 3 else named))
    if m.group("prefix") is not None and not _names(text[m.end("prefix") :]):
        return False  # "By Tuesday evening, more than ..." opens a sentence, not a byline
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 1 and len(words) <= 22


_DATED_BY = re.compile(r"(?i)\s[|·•–—-]?\s*by\s+(?=[^\w\s]*[A-Z])")
"""Where a date line's author follows it: "October 19, 2019 by Jane Doe", "2/26/2015 7:11
AM PST | BY JANE DOE"."""
_YEAR = r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\d.:])\d{1,2}[./]\d{1,2}[./]\d\d(?![\d.:]))"
"""A year, or a date in numbers with a year of two digits ("11.06.24", "3/9/26")."""
_CLOCK = r"(?<!\d)\d{1,2}:\d\d(?!\d)"
STAMPED = re.compile(rf"{_YEAR}.*{_CLOCK}|{_CLOCK}.*{_YEAR}")
"""A year and a clock time in one line: a time stamp in whatever language writes its month
("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00"): no headline; under a comment's author,
its header ("jirka_bk 14. 3. 2024 17:02 odpovědět")."""
_A_YEAR, _A_CLOCK = re.compile(_YEAR), re.compile(_CLOCK)


def clock_dated(text: str) -> bool:
    """``STAMPED.search(text)``, sooner: a clock needs a colon, and a year and a clock cannot
    overlap (a year holds no colon), so each is looked for once, not from every position.
    A property test holds the two to the same answers."""
    return ":" in text and _A_CLOCK.search(text) is not None and _A_YEAR.search(text) is not None
_GLUED_YEAR = re.compile(r"(?<=(?:19|20)\d\d)(?=[A-Z])")
"""A year glued to the next date's month."""


def unglued(text: str) -> str:
    """``text`` with a space after a year glued to the next date ("March 10, 2026March 11,
    2026": a page's published and updated stamps, one of them hidden by its style sheet)."""
    return _GLUED_YEAR.sub(" ", text)
_STAMP_WORDS = 3
"""Words besides the date, the time and a weekday in the part before "by": "Posted on ...
at", a time zone. (A teaser's date, headline and author line holds its headline's words.)"""


def dated_by(text: str) -> int | None:
    """A post's date line then its author: "Tuesday 15 October 2019 by Jane Doe", "Posted
    on September 21, 2020 by Adi Tzlil". The part before "by" holds a date and at most
    ``_STAMP_WORDS`` other words, none capitalised but its first, a weekday or a time zone
    (a title's words are: "Only Me by Pamela Nov 7, 2017"), and names follow "by". Where
    the names start, or None."""
    m = _DATED_BY.search(text)
    if m is None:
        return None
    stamp = unglued(text[: m.start()].strip(" |·•–—-,"))
    if not has_date(stamp):
        return None
    rest = [w for w in _WORD.findall(_TIME.sub(" ", _DATE.sub(" ", stamp))) if not _WEEKDAY.match(w + " 1")]
    if len(rest) > _STAMP_WORDS or any(w[0].isupper() and n and not (w.isupper() and len(w) <= 4)
                                       for n, w in enumerate(rest)):
        return None
    return m.end() if _names(text[m.end() :]) else None


def is_caption(text: str, words: list[str] | None = None) -> bool:
    """A photo caption or credit line (patterns in credits.toml, after a cheap word check).
    ``words``: the line's lower-case words, when the caller has them."""
    if len(text) > 500:
        return False
    found = _captions(data.version())
    if words is not None and len(text) <= 320 and "/" not in text and "©" not in text:
        if found.words.isdisjoint(words):
            return False
        return found.start.match(text) is not None or any(
            regex.search(text[-260:]) for regex in _caption_ends_possible(found, text[-260:]))
    # The triggers are many strings to look for: looked for only once a pattern may match
    # (most long lines hold none of what the patterns need).
    if found.start.match(text) is not None:
        return _triggered(found, text)
    tail = text[-260:]
    possible = _caption_ends_possible(found, tail)
    return bool(possible) and _triggered(found, text) and any(regex.search(tail) for regex in possible)


def is_dateish(text: str, lang: str = "en") -> bool:
    """A line that is mostly a date or time (publication stamps, not prose). Months are named
    in English, or in ``lang``, the page's language ("4 februari 2024", "12 de marzo de 2025")."""
    if len(text) > 90 or not _DIGIT.search(text):
        return False
    # Each slow scan only where its hint is: most lines hold a date or a time, not both.
    stripped, dates = _DATE.subn(" ", text) if _DATE_HINT.search(text) else (text, 0)
    if stripped == text and lang != "en" and _YEAR_DIGITS.search(text):
        from .published import local_dates  # (published reads this module's month names)

        for pattern in local_dates(lang):
            stripped, found = pattern.subn(" ", stripped)
            dates += found
        if not lang:  # a language no function-word list told: its script's month names
            from .published import strip_script_dates

            stripped, found = strip_script_dates(stripped)
            dates += found
    dated = stripped != text or bool(_WEEKDAY.match(text))
    timed = False
    if _TIME_HINT.search(stripped):
        times = _TIME.findall(stripped)
        # "10.30" alone may be a version or an amount ("0.17 in sight"): a time with a date,
        # or written with a colon or am/pm
        if dated or any(not _DECIMAL.fullmatch(t) and not _H_TIME.fullmatch(t) for t in times) \
                or _HOURS.search(stripped):  # ("1h28" alone may be a film's length)
            stripped = _TIME.sub(" ", stripped)
            dated = dated or bool(times)
            timed = bool(times)
    if not dated:
        return False
    rest = _WORD.findall(stripped)
    words = len(rest)
    if text[:1].isdigit() and not stripped.isascii() and _HAN_KANA.search(stripped):
        # Chinese and Japanese write no spaces: after a date that opens the line, a run of
        # their characters is several words ("2021年12月18日 内之浦宇宙空間観測所から打ち上げ",
        # a timeline's entry, is no date stamp and its label; a caption's date closing it is)
        words += sum(max(1, len(run) // _HAN_KANA_WORD) - 1 for run in _HAN_KANA.findall(stripped))
    return words <= (2 * _DATE_LINE_WORDS if dates >= 2 and timed else _DATE_LINE_WORDS)


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_HAN_KANA_WORD = 2
"""Characters of Chinese or Japanese that say about as much as a word of a spaced script."""
_DATE_LINE_WORDS = 5
"""Words a date stamp's line may hold besides its date and time ("Published on ... at"); a
line of two stamps, dated and timed, twice as many ("Publié le ... à 17h42, mis à jour le ...
à 09h10"); a reference's two dates with no time are its ("... 1 May 1998. Retrieved ...")."""


def has_date(text: str) -> bool:
    return _DATE_HINT.search(text) is not None and _DATE.search(text) is not None


def is_trailer(text: str) -> bool:
    """A closing credit line of the article: "Reporting by ...", "... contributed to this report"."""
    return len(text) <= 400 and bool(patterns()["trailer"].search(text))


_BIO_MAX = 600
"""Characters of an author bio at most: a few sentences."""


def is_bio(text: str) -> bool:
    """An author bio: "Jane Doe is a staff writer covering ...", short, at the article's edge."""
    return 30 <= len(text) <= _BIO_MAX and bool(patterns()["bio"].search(text))


_OWN_BIO = re.compile(r"\s+(?:(?:is|was) (?:a|an|the)|writes|covers|lives|works"
                      r"|has (?:been|written|covered|worked|reported))\b")
"""What follows the author's name where a bio tells who they are ("is a", "covers"; not
"has" alone: a byline misread names a country, "North Korea has intensified ...")."""


def is_bio_of(text: str, names: tuple[str, ...]) -> bool:
    """A bio of one of ``names`` (the byline's authors, full names): it opens with the name,
    then "is a", "covers", ... (``_OWN_BIO``), whatever their trade ("Ruth Lowe is a retired
    nurse and ...": no role word needed)."""
    return 30 <= len(text) <= _OWN_BIO_MAX and any(
        text.startswith(n) and _OWN_BIO.match(text, len(n)) is not None for n in names)


_OWN_BIO_MAX = 2 * _BIO_MAX
"""A bio that opens with the byline's own author's name carries its own evidence, and a
columnist's runs longer (career, awards, family): twice an unnamed bio's length."""


_FIELDS = re.compile(r"[^\W\d_][^:|·\n]{0,20}: ?\S[^|·\n]*(?: [|·] [^\W\d_][^:|·\n]{0,20}: ?\S[^|·\n]*)+")


def fields(text: str) -> bool:
    """Labelled fields on one line, set apart by bars or dots ("When: 7 p.m. | Where: Grange
    Hall | Cost: Free"): a listing's particulars (an event's, a product's), its own text."""
    return ":" in text and ("|" in text or "·" in text) and _FIELDS.fullmatch(text) is not None
