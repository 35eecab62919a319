"""quotes: every direct quotation in the body, with its speaker and speech verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chain import rule
from ..document import Document, Role
from . import data

_OPEN_DOUBLE = "“\"„«"
_CLOSE_FOR = {"“": "”\"", '"': "\"”", "„": "“”\"", "«": "»", "‘": "’'", "'": "'’"}
_JOIN = " … "
_CONTEXT = 400
"""Characters around a quotation read for its attribution and sentence: attributions are
close to the quotation, and a bound keeps very long paragraphs linear."""


@dataclass(slots=True)
class Part:
    """The words between one pair of marks (or a mark and the paragraph's end)."""

    para: int
    start: int
    end: int
    closed: bool


@cache
def _words(version: int) -> dict[str, re.Pattern[str] | frozenset[str]]:
    table = data.load("quotes")
    verbs = "|".join(re.escape(v) for v in sorted(table["verbs"], key=len, reverse=True))
    inverted = "|".join(re.escape(v) for v in sorted(table["inverted_verbs"], key=len, reverse=True))
    name = r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|da|van|von|der|del|la|le|bin|al|y|[A-Z][\w'’.-]*))*)"
    # ("U.S. State Department" is a name too: capitals with full stops)
    pronoun = r"(?:he|she|they|it|we|i|He|She|They|It|We|I)"
    unnamed = r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]omeone|[Ss]omebody)\b[^,.;:“”\"]{0,80}"
    adverbs = (r"(?:\s+(?:\w+ly|herself|himself|themselves|itself|also|then|later|once|again"
               r"|has|had|have|was|would|will))*")
    subject = (rf"(?:(?:[Tt]he\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}\s+)?"
               rf"(?P<who>{name}|{pronoun}|[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
    unnamed_subject = rf"(?P<who>{unnamed})"
    return {
        # "..." Name said / he said / the company said in a statement
        "after_who_verb": re.compile(  # also "the company’s chief executive, Dana Whitfield, said"
            rf"^[\s,.!?;:—–-]*(?:[^,“”\".!?]{{1,60}},\s+)?{subject},?{adverbs}\s+(?P<verb>{verbs})\b"),
        # "..." another person said / a dispatcher on the scanner said: kept as written
        "after_unnamed": re.compile(rf"^[\s,.!?;:—–-]*{unnamed_subject}\s+(?P<verb>{verbs})\b"),
        "after_verb_unnamed": re.compile(rf"^[\s,.!?;:—–-]*(?P<verb>{inverted})\s+{unnamed_subject}"),
        # "..." said Name, a former editor / according to Name
        "after_verb_who": re.compile(  # also "said meteorologist Grant Holloway"
            rf"^[\s,.!?;:—–-]*(?P<verb>{inverted})\s+(?!(?:an?|another|one|someone|somebody)\b)"
            rf"(?:[a-z][\w-]*\s+){{0,4}}(?P<who>{name}|{pronoun})"),
        # Name said: "..." / Name said in a statement that "..." / Name: "..."
        "before": re.compile(rf"(?P<who>{name}|{pronoun}|[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                             rf"(?:,[^,“”\"]{{1,120}},)?{adverbs}\s+(?P<verb>{verbs})\b"
                             rf"(?:[^.!?“”\"]|(?<=[A-Z])\.){{0,120}}$"),  # "U.S." is no full stop
        # between two parts of one quotation: nothing but who said it
        "between": re.compile(rf"^\W*(?:(?:(?:[a-z][\w-]*\s+){{0,4}}{name}|{pronoun}"
                              rf"|[Tt]he\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}})"
                              rf"{adverbs}\s+(?:{verbs})\b"
                              rf"|(?:{inverted})\s+(?:[a-z][\w-]*\s+){{0,4}}(?:{name}|{pronoun}))[^“”\"]*$"),
        "before_colon": re.compile(rf"(?:^|[.!?]\s+)(?P<who>{name})\s*:\s*$"),
        "any_verb": re.compile(rf"\b(?:{verbs})\b"),
        "titles": frozenset(t.rstrip(".").lower() for t in table["titles"]),
        "suffixes": frozenset(t.rstrip(".") for t in table["suffixes"]),
        "openers": frozenset(table["openers"]),
        "places": frozenset(table["places"]),
        "orgs": frozenset(w.lower() for w in table["organisation_words"]),
        "outlets": frozenset(w.lower() for w in data.load("credits")["outlet_words"]),
        "scare": re.compile("(?:" + "|".join(re.escape(c) for c in table["scare_cues"]) + r")\W{0,3}$", re.I),
        "pronouns": frozenset(table["pronouns"]),
    }


_MARKS = re.compile(r"[“”\"„«»‘’']")
_QUOTED_SPAN = re.compile(r"[“\"][^”\"]*[”\"]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+(?=[A-Z“\"‘])")


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“„«‘":
        return not after.isspace()
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _parts(text: str, para: int) -> list[Part]:
    """Quoted parts of one paragraph: double marks, and single marks used as quotes.
    Only the positions of quotation marks are visited, not every character."""
    parts: list[Part] = []
    marks = [(m.start(), m.group(0)) for m in _MARKS.finditer(text)]
    n, i = len(text), 0
    while i < len(marks):
        pos, ch = marks[i]
        single = ch in "‘'"
        if not ((ch in _OPEN_DOUBLE or single) and _is_open(text, pos)):
            i += 1
            continue
        closers, end, j = _CLOSE_FOR[ch], None, i + 1
        while j < len(marks):
            p2, c2 = marks[j]
            if c2 in closers and not (c2 in "'’" and p2 + 1 < n and text[p2 + 1].isalpha()):
                end = p2
                break
            if not single and c2 in _OPEN_DOUBLE and c2 not in closers and _is_open(text, p2):
                break  # a new quote opens before this one closed: leave it open
            j += 1
        if end is None:
            if not single:
                parts.append(Part(para, pos + 1, n, False))
                break
            i += 1  # an apostrophe, not a quote
            continue
        parts.append(Part(para, pos + 1, end, True))
        i = j + 1
    return parts


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quotation, looked for within _CONTEXT characters of it."""
    lo = max(0, start - _CONTEXT)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    hi = min(len(text), end + _CONTEXT)
    right = next((m.start() + 1 for m in _SENTENCE_END.finditer(text, end, hi)), hi)
    return left, right


def _clean_name(who: str, words: dict) -> str:
    who = _SENTENCE_BREAK.split(who)[-1].strip(" ,.")  # "Bronx Times. She": a new sentence
    tokens = who.split()
    while len(tokens) > 1 and (tokens[0].lower() == "the" or tokens[0] in words["openers"]):
        tokens = tokens[1:]
    if tokens and tokens[0].lower() in words["pronouns"]:
        return tokens[0]  # "She de Blasio...": the sentence's subject is the pronoun
    while len(tokens) > 1 and tokens[-1].rstrip(".,") in words["suffixes"]:
        tokens = tokens[:-1]
    if tokens and tokens[-1].lower().rstrip(".") in words["orgs"]:
        return " ".join(tokens)  # an organisation: "U.S. State Department"
    titles = words["titles"]
    last_title = max((k for k, t in enumerate(tokens) if t.rstrip(".").lower() in titles), default=-1)
    return " ".join(tokens[last_title + 1 :])  # "" when it was all titles ("PAHO Director")


@rule("quotes", "Find direct quotations and who said them ('“We will,” he said').",
      needs=("main-run",))
def quotes(doc: Document) -> None:
    """Finds every quotation in the body: straight and curly marks, single marks used as
    quotes, quotations running over paragraphs (an unclosed mark continued by a paragraph
    that opens with one) and quotations split by their attribution ("“A,” he said, “B.”"
    is one). A quotation is speech when an attribution stands next to it ("X said",
    "said X", "X told reporters", "according to X", "X: “...”", "he said") or its
    sentence reports speech; titles, names and scare quotes ("the so-called “plan”") are
    not. Speakers are given in the fullest form the article uses, without titles;
    pronouns go to the nearest named speaker before. Verbs and titles are data
    (rules/data/quotes.toml). Results go to ``doc.meta["quotes"]``."""
    words = _words(data.version())
    body = [u for u in doc.units if u.role in (None, Role.BODY) and u.text]
    texts = [u.text for u in body]
    groups = _group(texts, words)
    if not groups:
        doc.meta["quotes"] = []
        return
    names = _known_names(texts, words)
    found: list[dict] = []
    last_speaker: str | None = None
    for group in groups:
        first, last = group[0], group[-1]
        text_first, text_last = texts[first.para], texts[last.para]
        after_start = last.end + (1 if last.closed else 0)
        after = text_last[after_start : after_start + _CONTEXT]
        before = text_first[max(0, first.start - 1 - _CONTEXT) : first.start - 1]
        who, verb = None, None
        for a, b in zip(group, group[1:]):  # "“A,” said Jim Rich, a former editor. “B.”"
            if a.para == b.para and who is None:
                who, verb = _attribution("", texts[a.para][a.end + 1 : b.start - 1], words)
        if who is None:
            who, verb = _attribution(before, after, words)
        quoted = _JOIN.join(texts[p.para][p.start : p.end] for p in group)
        left, right = _sentence_bounds(text_first, first.start, first.end)
        sentence = text_first[left:right]
        partial = all(_fragment(texts[p.para], p) for p in group)
        previous = found[-1] if found else None
        follows = previous is not None and first.para - previous["paragraph"] <= 1
        opens_paragraph = first.start == 1 and not before.strip()
        # A whole paragraph quoted after its speaker was introduced ("X, who lives nearby,
        # was among the first." / "“I have lived here...")
        introduced = opens_paragraph and not partial and len(quoted.split()) >= 6
        if who is None:
            if not (follows and opens_paragraph) and not introduced and \
                    not _speechlike(quoted, before, sentence, partial, words):
                continue
            m = words["before"].search(text_first[left : first.start - 1])
            if m:
                who, verb = m.group("who"), m.group("verb")
        if who is None and follows:  # goes on from the quotation before it
            speaker = previous["speaker"]
        elif who is None and introduced:
            speaker = _nearest_name(texts, first.para, first.start, names, words)
        elif who is not None and who.startswith("~"):
            speaker = who[1:]
        elif who is not None and (who.lower() in words["pronouns"] or who[:1].islower()
                                or who.split()[0] in ("The", "the") and who.split()[-1][:1].islower()):
            # "he", "the former mayor": the nearest person named before the quotation
            nearest = _nearest_name(texts, first.para, first.start, names, words)
            speaker = nearest or last_speaker or _clean_name(who, words)
        elif who is not None:
            cleaned = _clean_name(who, words)
            if not cleaned or cleaned.lower() in words["pronouns"]:  # "PAHO Director", "... She"
                speaker = _nearest_name(texts, first.para, first.start, names, words)
            else:
                speaker = _fullest(cleaned, names)
        else:
            speaker = None
        if speaker and who and who.lower() not in words["pronouns"] and who[:1].isupper():  # named
            last_speaker = speaker
        found.append({
            "text": quoted, "speaker": speaker, "verb": verb,
            "paragraph": first.para, "start": first.start,
            "end": last.end if last.para == first.para else first.end,
            "partial": partial,
        })
    doc.meta["quotes"] = found


def _group(texts: list[str], words: dict) -> list[list[Part]]:
    """Parts joined into quotations: across paragraphs, and across an attribution."""
    groups: list[list[Part]] = []
    open_group: list[Part] | None = None
    for para, text in enumerate(texts):
        parts = _parts(text, para)
        if open_group is not None:
            if parts and parts[0].start == 1:  # the paragraph opens with a mark: it goes on
                open_group.append(parts.pop(0))
                if not open_group[-1].closed:
                    continue
            open_group = None
        for part in parts:
            previous = groups[-1][-1] if groups else None
            if previous is not None and previous.para == para and previous.closed and \
                    _only_attribution(text[previous.end + 1 : part.start - 1], words):
                groups[-1].append(part)
            else:
                groups.append([part])
            if not part.closed:
                open_group = groups[-1]
    return groups


def _only_attribution(between: str, words: dict) -> bool:
    """'," he said, "' or '," said Jim Rich, a former editor. "': nothing but who said it."""
    between = between.strip()
    if not between or len(between.split()) > 30 or _NEW_SENTENCE.search(between):
        return False  # "..., said X, an analyst. He said the margin was": the reporter speaks
    return bool(words["between"].match(between))


def _attribution(before: str, after: str, words: dict) -> tuple[str | None, str | None]:
    head = after[:200]
    for key in ("after_verb_who", "after_who_verb"):
        if (m := words[key].match(head)) and not _NOT_SUBJECT.match(m.group("who")):
            return m.group("who"), m.group("verb")
    for key in ("after_verb_unnamed", "after_unnamed"):
        if (m := words[key].match(head)) is not None:
            return "~" + m.group("who").strip(), m.group("verb")  # "~": a description, as written
    tail = before[-200:]
    if (m := words["before"].search(tail)) is not None and not _NOT_SUBJECT.match(m.group("who")):
        return m.group("who"), m.group("verb")
    if (m := words["before_colon"].search(tail)) is not None:
        return m.group("who"), None
    return None, None


_NOT_SUBJECT = re.compile(r"^(?:The|A|An|In|On|At|But|And|So|If|When|As|This|That|It's)$")


def _fragment(text: str, part: Part) -> bool:
    """Words built into the reporter's sentence, not a sentence of the speaker's."""
    quoted = text[part.start : part.end].rstrip()
    if quoted[-1:] in ".!?…" or (quoted[-1:] == "," and quoted[:1].isupper() and len(quoted.split()) > 3):
        return False
    before = text[: part.start - 1].rstrip()
    return bool(before) and not before.endswith((":", ",")) and before[-1:].isalnum()


def _speechlike(quoted: str, before: str, sentence: str, partial: bool, words: dict) -> bool:
    """Without an attribution next to it: speech only if its sentence reports speech and it
    is no title, name or scare quote."""
    stripped = quoted.strip(" ,.")
    if not stripped or words["scare"].search(before.rstrip()[-40:]):
        return False
    tokens = stripped.split()
    if all(t[:1].isupper() or not t[:1].isalpha() for t in tokens) and len(tokens) <= 6:
        return False  # “Parasite”, “The Irishman”: a title or a name
    if not words["any_verb"].search(sentence):
        return False
    return len(tokens) >= 2 or quoted.rstrip()[-1:] in ",.!?"


_NEW_SENTENCE = re.compile(r"(?<=[a-z]{2})[.!?]\s+\S")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}\.)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_RUN = re.compile(
    r"\b(?:(?:[A-Z]\.){2,}|[A-Z][a-z][\w'’-]*)(?:\s+(?:(?:[A-Z]\.)+|[A-Z][a-z][\w'’-]*)){1,6}(?<!\.)")


def _runs(text: str, words: dict) -> list[str]:
    """Capitalised runs of the text as names: titles dropped, and the first word dropped
    where the run goes on an "of"/"for" phrase ("District of Massachusetts Joshua Levy")."""
    found = []
    for m in _NAME_RUN.finditer(text):
        name = _clean_name(m.group(0), words)
        if text[max(0, m.start() - 4) : m.start()].endswith(("of ", "for ", "in ")) and name.count(" ") >= 2:
            name = name.split(" ", 1)[1]
        found.append(name)
    return found


def _split_sentences(run: str) -> list[str]:
    """A capitalised run cut where a sentence ends inside it ("Zabaleta. The")."""
    if ". " not in run:
        return [run.rstrip(".") if run.endswith(".") and len(run.rsplit(" ", 1)[-1]) > 3 else run]
    parts: list[str] = []
    current: list[str] = []
    for token in run.split(" "):
        if token.endswith(".") and len(token) > 3 and "." not in token[:-1]:
            current.append(token[:-1])
            parts.append(" ".join(current))
            current = []
        else:
            current.append(token)
    if current:
        parts.append(" ".join(current))
    return parts


def _capitalised_runs(text: str) -> list[str]:
    """Runs of capitalised words, cut where a sentence ends ("Zabaleta. The")."""
    return [part for m in _CAPITALISED.finditer(text) for part in _split_sentences(m.group(0))]


def _known_names(texts: list[str], words: dict) -> list[str]:
    """People named in the article: two or more capitalised words whose last word is also
    used alone (as reporters refer to people: "Patel said", "Judge Ford", "Phoenix’s"), in
    their fullest form. One pass over the capitalised runs of the text."""
    runs: list[str] = []
    alone: set[str] = set()
    titles = words["titles"]
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            run = m.group(0)
            if " " not in run:
                alone.add(_POSSESSIVE.sub("", run.rstrip(".")))
                continue
            after_of = text[max(0, m.start() - 4) : m.start()].endswith(("of ", "for ", "in "))
            for k, segment in enumerate(_split_sentences(run)):
                tokens = segment.split(" ")
                while len(tokens) > 1 and tokens[0].rstrip(".").lower() in titles:
                    tokens = tokens[1:]
                if len(tokens) == 1:
                    alone.add(_POSSESSIVE.sub("", tokens[0]))
                    continue
                name = _clean_name(" ".join(tokens), words)
                if k == 0 and after_of and name.count(" ") >= 2:
                    name = name.split(" ", 1)[1]  # "District of Massachusetts Joshua Levy"
                if " " in name:
                    runs.append(name)
    return list(dict.fromkeys(name for name in runs if name.split()[-1] in alone))


def _nearest_name(texts: list[str], para: int, start: int, names: list[str],
                  words: dict) -> str | None:
    """The last person named before ``start`` in this paragraph or the three before it
    (a known person by full name or surname, else a name-like run)."""
    forms = set(names) | {n.split()[-1] for n in names}
    for p in range(para, max(para - 4, -1), -1):
        text = texts[p][max(0, start - 1 - 3 * _CONTEXT):start - 1] if p == para else texts[p][-3 * _CONTEXT:]
        text = _QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)
        known = _capitalised_runs(text)
        hits = [_POSSESSIVE.sub("", run.split()[-1]) for run in known]
        hits = [h for h in hits if h in forms]
        if hits:
            return _fullest(hits[-1], names)
        people = [r for r in _runs(text, words) if r and _person_like(r, names, words)]
        if people:
            return _fullest(people[-1], names)
    return None


def _person_like(name: str, names: list[str], words: dict) -> bool:
    """A known person, or two or three capitalised words naming no organisation or place."""
    if _fullest(name, names) in names:
        return True
    tokens = name.split()
    if any(t.rstrip(".") in words["places"] for t in tokens):
        return False
    return 2 <= len(tokens) <= 3 and tokens[-1].lower() not in words["orgs"] | words["outlets"]


def _fullest(speaker: str, names: list[str]) -> str:
    """'Patel' -> 'Raj Patel' when the article named him so."""
    if " " in speaker:
        longer = [n for n in names if n.endswith(" " + speaker) or n.startswith(speaker + " ")]
        return max(longer, key=len) if longer else speaker
    matches = [n for n in names if n.split()[-1] == speaker or n.split()[0] == speaker]
    return max(matches, key=len) if matches else speaker
