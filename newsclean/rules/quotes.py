"""quotes: every direct quotation in the body, with its speaker and speech verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..budget import charge
from ..chain import rule
from ..document import Document, Role
from . import data
from .speakers import People, attribution, known_names, may_hold_verb, nearest_name, resolve, vocabulary

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


_BODY = Role.BODY
"""Looked up once: an Enum member read off its class costs a metaclass lookup per line."""
_MARKS = re.compile(r"[“”\"„«»‘’']")
_OPENERS = re.compile(r"[“\"„«‘'](?<![^\s(\[{—–\-/:][\"'])(?=\S)|[“„«] \S")
"""A mark that opens a quotation, as ``_is_open`` reads it: followed by a non-space, and a
straight mark also preceded by a space or an opening bracket, dash, slash or colon (or
nothing). A paragraph without one holds no quotation: most have only closing marks and
apostrophes inside words ("it's"), and this one scan spares them the mark-by-mark parse."""
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+(?=[A-Z“\"‘])")
_LAST_SENTENCE_END = re.compile(r"(?s:.*)" + _SENTENCE_END.pattern)
"""Matched from the window's start, the greedy ``.*`` leaves the last sentence end: it is
found by stepping back from the end, not by listing every sentence end before it."""


def _ap_marks(text: str) -> str:
    """AP's doubled single marks (‘‘We will,’’ he said) read as the double marks they stand
    for, in a copy of the same length (“ and a space), so positions stay the paragraph's."""
    if "‘‘" not in text and "’’" not in text:
        return text
    return text.replace("‘‘", " “").replace("’’", "” ")


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“„«":  # these only open: a space may follow (“ We will,” / « Nous »)
        return not after.isspace() or (after == " " and text[i + 2 : i + 3].strip() != "")
    if ch == "‘":
        return not after.isspace()
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _parts(text: str, para: int) -> list[Part]:
    """Quoted parts of one paragraph: double marks, and single marks used as quotes, as
    ``_parts_plain`` finds them, in time and memory linear in the paragraph. Only the
    positions of quotation marks are visited, not every character, each a bounded number of
    times: a single mark's closer is the next single mark that is no apostrophe, which is
    found once and kept (``_parts_plain`` looked for it again from each opening mark, so
    "'a 'a 'a ..." took quadratic time), and the marks are read one at a time, not listed
    (a list of them cost 100 bytes per mark: 800 MB for 8 MB of '"')."""
    parts: list[Part] = []
    # Most paragraphs hold no mark that opens a quotation. Looking for each mark with ``in``
    # (a fast scan in C; a curly mark in a pure-ASCII string is ruled out at once) costs a
    # fraction of the regex scan, which then runs only where some mark stands.
    if not _may_quote(text):
        return parts
    n, pos, steps = len(text), 0, 0
    closer = _SingleCloser(text)
    search, opener = _MARKS.search, _OPENERS.search
    try:
        while (m := opener(text, pos)) is not None:  # the marks between cannot open one
            steps += 1
            at = m.start()
            ch = text[at]
            pos = at + 1
            if not _is_open(text, at):
                continue
            if ch in "‘'":
                end = closer.after(pos)
                if end is not None:
                    parts.append(Part(para, pos, end, True))
                    pos = end + 1
                continue
            closers, end, scan = _CLOSE_FOR[ch], None, pos
            while (m2 := search(text, scan)) is not None:
                steps += 1
                p2 = m2.start()
                c2 = text[p2]
                if c2 in closers and not (c2 in "'’" and p2 + 1 < n and text[p2 + 1].isalpha()):
                    end = p2
                    break
                if c2 in _OPEN_DOUBLE and c2 not in closers and _is_open(text, p2):
                    break  # a new quote opens before this one closed: leave it open
                scan = p2 + 1
            if end is None:
                parts.append(Part(para, pos, n, False))
                break
            parts.append(Part(para, pos, end, True))
            pos = end + 1
    finally:
        charge(steps + closer.steps)
    return parts


def _may_quote(text: str) -> bool:
    return ("'" in text or '"' in text or "“" in text or "‘" in text or "„" in text
            or "«" in text) and _OPENERS.search(text) is not None


_SINGLE_MARKS = re.compile(r"['’]")


class _SingleCloser:
    """Where a quotation opened by a single mark closes: the first "'" or "’" after it that
    no letter follows (else it is an apostrophe: "it's"). Asked for positions that only
    grow, each answer is found once: the one found last still holds for a later position
    up to it, and none found means none after."""

    __slots__ = ("found", "steps", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: int | None = -1  # -1: nothing looked for yet; None: there is none
        self.steps = 0

    def after(self, pos: int) -> int | None:
        found = self.found
        if found is None or (found >= pos):
            return found
        text, n = self.text, len(self.text)
        while (m := _SINGLE_MARKS.search(text, pos)) is not None:
            self.steps += 1
            at = m.start()
            if not (at + 1 < n and text[at + 1].isalpha()):
                self.found = at
                return at
            pos = at + 1
        self.found = None
        return None


def _parts_plain(text: str, para: int) -> list[Part]:
    """``_parts`` as first written, every mark listed and each single opening mark's closer
    looked for anew: the reference it is tested against (quadratic on "'a 'a 'a ...")."""
    parts: list[Part] = []
    if not _may_quote(text):
        return parts
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


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding a quotation that starts at ``start`` begins, looked for
    within _CONTEXT characters before it."""
    lo = max(0, start - _CONTEXT)
    m = _LAST_SENTENCE_END.match(text, lo, start)
    return lo if m is None else m.end()


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding a quotation that ends at ``end`` ends, looked for within
    _CONTEXT characters after it. Only quotations without an attribution read their whole
    sentence, so this is found apart from the start."""
    hi = min(len(text), end + _CONTEXT)
    m = _SENTENCE_END.search(text, end, hi)
    return hi if m is None else m.start() + 1


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
    words = vocabulary(data.version())
    texts = [_ap_marks(u.text) for u in doc.units if (u.role is None or u.role is _BODY) and u.text]
    groups = _group(texts, words)
    if not groups:
        doc.meta["quotes"] = []
        return
    # The article's people, read on first use: on many pages no quotation needs a speaker resolved.
    people = cache(lambda: People(known_names(texts, words), texts, words))
    found: list[dict] = []
    last_speaker: str | None = None
    for group in groups:
        first, last = group[0], group[-1]
        text_first, text_last = texts[first.para], texts[last.para]
        after_start = last.end + (1 if last.closed else 0)
        after = text_last[after_start : after_start + _CONTEXT]
        left = _sentence_start(text_first, first.start)
        lead = text_first[left : first.start - 1]
        who, verb = None, None
        for a, b in zip(group, group[1:]):  # "“A,” said Jim Rich, a former editor. “B.”"
            if a.para == b.para and who is None:
                who, verb = attribution("", texts[a.para][a.end + 1 : b.start - 1], words)
        if who is None:  # a subject before the quotation stands in its sentence
            who, verb = attribution(lead, after, words)
        quoted = _JOIN.join(texts[p.para][p.start : p.end].strip() for p in group)  # “ We”: We
        partial = all(_fragment(texts[p.para], p) for p in group)
        if partial and _titled(quoted):
            continue  # the film “Star Voyage: Origins”: a title in the reporter's sentence, not speech
        previous = found[-1] if found else None
        follows = previous is not None and first.para - previous["paragraph"] <= 1
        # the mark opens the paragraph, or follows the quotation before with nothing between
        opens_paragraph = first.start == 1 or (
            follows and previous["paragraph"] == first.para
            and not text_first[previous["end"] + 1 : first.start - 1].strip())
        # A whole paragraph quoted after its speaker was introduced ("X, who lives nearby,
        # was among the first." / "“I have lived here...")
        introduced = opens_paragraph and not partial and len(quoted.split()) >= 6
        if who is None:
            if not (follows and opens_paragraph) and not introduced:
                # The text before it and its whole sentence are read only for this test.
                before = text_first[max(0, first.start - 1 - _CONTEXT) : first.start - 1]
                sentence = text_first[left : _sentence_end(text_first, first.end)]
                if not _speechlike(quoted, before, sentence, partial, words):
                    continue
            m = words["before"].search(lead) if may_hold_verb(lead, words) else None
            if m:
                who, verb = m.group("who"), m.group("verb")
        if who is None and follows:  # goes on from the quotation before it
            speaker = previous["speaker"]
        elif who is None and introduced:
            speaker = nearest_name(texts, first.para, first.start, people(), words)
        elif who is not None:
            speaker = resolve(who, texts, first.para, first.start, people, words, last_speaker)
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
    if not between or len(between.split()) > 30 or _new_sentence(between, words):
        return False  # "..., said X, an analyst. He said the margin was": the reporter speaks
    m = words["between"].match(between)
    return m is not None and _only_tail(m.group("rest"), words["verb_words"] or frozenset())


def _new_sentence(text: str, words: dict) -> bool:
    """A full stop that ends a sentence, not a title's ("Gov. Inslee said")."""
    for m in _NEW_SENTENCE.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1]
        if word.lower() not in words["titles"]:
            return True
    return False


_CLAUSE = frozenset(("that", "if", "but", "because", "when", "while", "whether", "though",
                     "although", "instead", "since", "so", "and", "or"))
"""Words that open the reporter's own clause right after an attribution ("he said that",
"said X, but instead"): what follows is no longer who said it."""
_SECOND_VERB_REACH = 3
"""Words a second verb of the attribution may take ("adding", "telling reporters"); more
("adding if temperatures keep rising") are the reporter's paraphrase between two quotations."""


def _only_tail(rest: str, verbs: frozenset[str]) -> bool:
    """The words after the attribution hold no clause of the reporter's: none opens right
    after it, and no second speech verb ("adding", "warning") goes on to paraphrase. An
    aside about the speaker (", a former editor of the Daily News", ", who advised Bill and
    Hillary Clinton", ", as he stood on the platform handing out coffee") is part of it."""
    tokens = [t.strip(".:;—–-").lower() for t in rest.replace(",", " ").split()]
    if tokens and tokens[0] in _CLAUSE:
        return False
    for k, word in enumerate(tokens):
        following = tokens[k + 1 :]
        if word.endswith("ing") and word in verbs and (
                len(following) > _SECOND_VERB_REACH or (following and following[0] in _CLAUSE)):
            return False
    return True


def _fragment(text: str, part: Part) -> bool:
    """Words built into the reporter's sentence, not a sentence of the speaker's."""
    quoted = text[part.start : part.end].rstrip()
    if quoted[-1:] in ".!?…" or (quoted[-1:] == "," and quoted[:1].isupper() and len(quoted.split()) > 3):
        return False
    before = text[: part.start - 1].rstrip()
    return bool(before) and not before.endswith((":", ",")) and before[-1:].isalnum()


def _title_words(tokens: list[str]) -> bool:
    """Words that read as a title or a name: up to six, each capitalised (or no word)."""
    return 0 < len(tokens) <= 6 and all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)


def _titled(quoted: str) -> bool:
    """A title or a name with no closing punctuation ("Star Voyage: Origins", "Parasite")."""
    stripped = quoted.strip()
    return stripped[-1:] not in ",.!?…" and _title_words(stripped.split())


def _speechlike(quoted: str, before: str, sentence: str, partial: bool, words: dict) -> bool:
    """Without an attribution next to it: speech only if its sentence reports speech and it
    is no title, name or scare quote. The tests are checked cheapest and likeliest to fail
    first: most quotations here are titles, names and phrases in sentences without a verb."""
    stripped = quoted.strip(" ,.")
    if not stripped:
        return False
    tokens = stripped.split()
    if _title_words(tokens):
        return False  # “Parasite”, “The Irishman”: a title or a name
    if len(tokens) < 2 and quoted.rstrip()[-1:] not in ",.!?":
        return False
    if not may_hold_verb(sentence, words):
        return False
    cue = before.rstrip()[-40:]  # a match starts within scare_reach of the end: look there only
    if words["scare"].search(cue, max(0, len(cue) - words["scare_reach"])):
        return False
    return words["any_verb"].search(sentence) is not None


_NEW_SENTENCE = re.compile(r"(?<=[a-z]{2})[.!?]\s+\S")
