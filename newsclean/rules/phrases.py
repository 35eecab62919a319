"""Boilerplate phrase lists (rules/data/markers.toml) compiled into a fast line classifier."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate
from operator import attrgetter

from ..words import WORD, words
from . import data
from .needs import _sre_parse, needed_chars, needed_literal, needs_digit, rare_needs

_TRIM = " \t:.!|·•-–—>»›()[]*#_\"'“”▶►▸▷◆◇■□▪●○◦"
_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?$")


_COUNT_RUN = " \t()[]0123456789"


def _uncounted(key: str) -> str:
    """``key`` without the count at its end ("comments (4)"), as ``_COUNT.sub`` gives it,
    reading only the end: a count is spaces, digits and brackets, so it starts within the
    run of those that ends the key (searching the whole key for a pattern anchored at its
    end tries every position). If another space or digit than those of ``_COUNT_RUN`` comes
    just before that run, the whole key is read."""
    cut = len(key.rstrip(_COUNT_RUN))
    if cut and (key[cut - 1].isspace() or key[cut - 1].isdecimal()):  # what \s and \d match
        cut = 0
    return key[:cut] + _COUNT.sub("", key[cut:])


_TOKEN = WORD
_SAMPLED = 320
_LITERAL = re.compile(r"(?:[^\W\d_]|©)(?:[^\W\d_]|[' &:©-])*")


def _structure(pattern: str):
    """(index, character, depth) of the characters outside escapes and character classes,
    depth counted before the character: what the two splitters below need."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def _top_group(pattern: str) -> tuple[list[str], str] | None:
    """Alternatives of the group that opens ``pattern``, and what follows it."""
    parts, start = [], 1
    for i, ch, depth in _structure(pattern):
        if ch == ")" and depth == 1:
            return [*parts, pattern[start:i]], pattern[i + 1 :]
        if ch == "|" and depth == 1:
            parts.append(pattern[start:i])
            start = i + 1
    return None


def triggers(pattern: str) -> tuple[str, ...]:
    """Literal phrases, one of which starts every match of ``pattern`` (lower case), or ()
    when there is none. A cheap pre-check: a pattern is tried only on lines holding its
    trigger, instead of every pattern on every line. Its first word is a whole word of the
    line only if the pattern says so (``\\b``, ``^``): "uses? cookies" matches "Thissiteuses
    cookies"."""
    if pattern.startswith("\\b"):
        pattern = pattern[2:]
    parts = _top_level(pattern)
    if len(parts) > 1:  # "a|b" at the top: every part needs a trigger
        found_parts = [triggers(part) for part in parts]
        return () if not all(found_parts) else tuple(t for ts in found_parts for t in ts)
    if pattern.startswith("(") and not pattern.startswith("(?"):
        group = _top_group(pattern)
        if group is not None and (repeat := _REPEAT.match(group[1])):  # "(...){2,}": required
            group = (group[0], group[1][repeat.end() :])
        if group is None or _optional(group[1]) or _continues_word(group[1]):
            return ()
        found: list[str] = []
        for alternative in group[0]:
            words = triggers(alternative + group[1])
            if not words:
                return ()
            found.extend(words)
        return tuple(found)
    m = _LITERAL.match(pattern)
    if not m:
        return ()
    phrase, rest = m.group(0), pattern[m.end() :]
    if rest[:1] in ("?", "*", "{"):  # "cookies?": the last letter is optional
        shorter = phrase[:-1]
        if " " in shorter:
            return (shorter.strip(),)
        return () if _continues_word(rest[1:]) else (shorter, phrase)
    if " " not in phrase and _continues_word(rest):
        return ()  # "advertis(ing|ement)": no whole word to look for
    return (phrase.strip(),)


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that stand outside any group or character class."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _optional(rest: str) -> bool:
    """Whether the group just closed may match nothing (``?``, ``*``, ``{0,...}``)."""
    return rest[:1] in ("?", "*") or rest.startswith(("{0,", "{0}"))


_REPEAT = re.compile(r"^(?:\+|\{[1-9]\d*(?:,\d*)?\})\??")


def _continues_word(rest: str) -> bool:
    """Whether what follows a literal in a pattern can add letters to its last word."""
    if not rest or rest[0] in " $|)" or rest.startswith(("\\b", "\\s", "\\W", "\\.", "[\\s", "\\d")):
        return False
    if rest[0] == "(" and (group := _top_group(rest)):  # "( this| us)": a space comes first
        return not all(alt.startswith((" ", "\\s", "\\b")) for alt in group[0])
    return True


@dataclass(frozen=True, slots=True)
class _Pattern:
    order: int
    category: str
    limit: int
    regex: re.Pattern[str]
    trigger: str
    """A phrase every match starts with ("" when there is none); for a ``loose`` pattern, a
    run of characters every match holds somewhere."""
    lead: str | None = None
    """The trigger's first word, when the pattern is filed under another of its words."""
    literal: str = ""
    """Another run of characters every match holds (``needed_literal``), "" when the
    trigger holds it: " under" of "\\b(contents?|...) (is|are) (licensed|available) under\\b".
    Most lines holding the trigger ("content", "works") then skip the search on an "in"
    test."""


@dataclass(slots=True)
class _Matcher:
    """The phrase lists compiled for speed: patterns are tried only on lines holding their
    trigger (at the start of the line for ``^`` patterns), found by a word of it where every
    match holds that word whole, not on every line. ``category_plain`` tries every pattern
    everywhere: the reference this is tested against."""

    exact: dict[str, str] = field(default_factory=dict)
    lead: dict[str, list[_Pattern]] = field(default_factory=dict)
    """``^`` patterns by trigger; once compiled, by every trigger the patterns whose trigger
    it starts with, in order: the patterns a line opening with that trigger (and no longer
    one) may match. Found by the line's start, not its first word:
    "^((share|facebook|twitter)[\\s,]*){2,}$" matches "FacebookTwitterEmail", whose first
    word is none of those."""
    lead_scan: re.Pattern[str] | None = None
    """The ``lead`` triggers as a trie-shaped regex, matched at a line's start: the longest
    trigger it opens with, in one call (the longer alternatives are tried first)."""
    lead_rest: list[_Pattern] = field(default_factory=list)
    """Patterns led by digits, brackets, symbols: tried on every line, in one alternation."""
    rest_gate: re.Pattern[str] | None = None
    """The rare characters ``lead_rest`` patterns need (``rare_needs``) and the ASCII digits
    (if one needs a digit), as one character class: an ASCII line without any of them can
    match ``rest_plain`` only (a line with other characters may hold other digits, which
    ``\\d`` matches: it takes the general path)."""
    rest_plain: re.Pattern[str] | None = None
    """The ``lead_rest`` patterns that need neither a rare character nor a digit
    (``needs_digit``), as one alternation."""
    rest_literals: tuple[str, ...] | None = None
    """A literal of each ``rest_plain`` pattern (``needed_literal``), or None if one has
    none: a line holding none of them in its lower case cannot match ``rest_plain``. Most
    lines: one "in" test instead of "\\S[^.!?]{0,40} newsletters?$", which reads 40
    characters."""
    rest_marks: list[list[frozenset[str]]] = field(default_factory=list)
    """For each ``lead_rest`` pattern, the sets of marks it needs one of (``needed_chars``,
    but spaces): a line lacking one of them cannot match it."""
    rest_scan: re.Pattern[str] | None = None
    """Every mark of ``rest_marks``, as one character class: which of them a line holds."""
    rest_chosen: tuple[dict[frozenset[str], re.Pattern[str] | None], ...] = field(
        default_factory=lambda: ({}, {}))
    """For the lines not left to ``rest_plain``: by whether they may hold one of
    ``rest_literals`` (False, True), then by the marks they hold, the alternation of the
    ``lead_rest`` patterns they can match, in order (so the first match is the one of all
    the patterns). Most lines then skip the slow ones: "[^»›]{0,80}[»›]...", "\\S.{0,40}
    (says|said|wrote):$", "[A-Z&0-9 .^]{2,14}\\s+[\\d,]+\\.\\d+\\s+[+−-]...". Compiled on
    first use: a few dozen in practice."""
    inner: dict[str, list[_Pattern]] = field(default_factory=dict)
    """Patterns that are not ``^``, by a word of their trigger that every match holds as a
    whole word: an inner word of three or more (spaces stand on both sides of it), or the
    first word of a pattern that opens with ``\\b``."""
    loose: list[_Pattern] = field(default_factory=list)
    """Patterns whose trigger may be glued to the words around it ("uses? cookies" matches
    "Thissiteuses cookies"): tried on lines holding their trigger, or a longer literal every
    match holds (" cookies"), anywhere."""
    inner_rest: list[_Pattern] = field(default_factory=list)
    inner_words: frozenset[str] = frozenset()
    longest: int = 0
    rest_longest: int = 0

    def add(self, pattern: _Pattern, anchored: bool, bounded: bool) -> None:
        """File a pattern under its trigger (``bounded``: the pattern opens with ``\\b``, so
        its trigger's first word is a whole word of any line it matches)."""
        first = _TOKEN.match(pattern.trigger)
        if not pattern.trigger or first is None:  # "©": no word to look for
            (self.lead_rest if anchored else self.inner_rest).append(pattern)
        elif anchored:
            self.lead.setdefault(pattern.trigger, []).append(pattern)
        else:
            word = _filing_word(pattern.trigger)
            if word is None and not bounded:
                literal = _folded_literal(pattern.regex.pattern)
                if len(literal) > len(pattern.trigger):  # "uses? cookies": " cookies", rarer than "use"
                    pattern = replace(pattern, trigger=literal)
                word = _filing_word(pattern.trigger)  # "report a ": "a" stands between spaces
                if word is None:
                    self.loose.append(pattern)
                    return
            if word is None:
                word = first.group(0)
            elif bounded and word != first.group(0):
                pattern = replace(pattern, lead=first.group(0))
            self.inner.setdefault(word, []).append(pattern)

    def categories(self, texts: list[str], words: list[list[str] | None]) -> list[str | None]:
        """The category of each line (``words``: its lower-case words, or None)."""
        one = self.category
        lows = [text.lower() for text in texts]  # line by line: most lines take ASCII's fast path
        hits = self._loose_hits(lows)
        seen: dict[str, str | None] = {}  # menus and share bars repeat within a page
        found: list[str | None] = []
        for n, (text, w) in enumerate(zip(texts, words)):
            if text not in seen:
                loose = None if hits is None else hits.get(n, _NO_PATTERNS)
                seen[text] = one(text, w, loose, lows[n]) if text else None
            found.append(seen[text])
        return found

    def _loose_hits(self, lows: list[str]) -> dict[int, list[_Pattern]] | None:
        """The ``loose`` patterns whose needle each line (``lows``: in lower case) holds, by
        line number, found by one scan in C of the whole page for each needle (a dozen ``in``
        tests on every line cost as much as the rest of the matcher). None when a line holds
        what IGNORECASE reads as another letter than its lower case ("ſ", "ı", "İ", which
        lowers to "i" and a combining dot): then each line is read alone."""
        if not self.loose:
            return {}
        page = "".join(lows)  # a needle across two lines only adds a candidate to try
        if not page.isascii() and ("ſ" in page or "ı" in page or "\u0307" in page):
            return None
        ends = list(accumulate(map(len, lows)))
        hits: dict[int, list[_Pattern]] = {}
        for p in self.loose:
            needle = p.trigger
            at = page.find(needle)
            while at >= 0:
                n = bisect_right(ends, at)
                hits.setdefault(n, []).append(p)
                at = page.find(needle, ends[n])  # the next line: one entry a line
        return hits

    def category(self, text: str, words: list[str] | None,
                 loose: list[_Pattern] | None = None, low: str | None = None) -> str | None:
        """The category of one line (``words``: its lower-case words, or None; ``loose``: the
        ``loose`` patterns whose needle it holds, if known; ``low``: the line in lower case)."""
        if low is None:
            low = text.lower()
        key = low.strip(_TRIM)
        if key and (key[-1].isdigit() or key[-1] in ")]"):
            key = _uncounted(key).strip(_TRIM)
        exact = self.exact.get(key)
        if exact is not None:
            return exact
        length = len(text)
        if length > self.longest:
            return None  # longer than any pattern's max_len
        # Triggers are looked for in the line as IGNORECASE reads it: "ſ" is an "s" there
        # ("\u212a" lowers to "k" already; three scans in C instead of a translation).
        fold = low
        if not text.isascii() and ("ſ" in low or "ı" in low or "İ" in text):
            fold = text.translate(_FOLDS).lower()
            words = _words(fold)
        elif words is None:
            words = _words(low)
        elif length > _SAMPLED:
            words = _whole_line_words(text, words)
        opening = self.lead_scan.match(fold) if self.lead_scan is not None else None
        found = self.lead[opening.group()] if opening is not None else _NO_PATTERNS
        if length <= self.rest_longest and (m := self._rest_match(text, low)):
            found = [*found, self.lead_rest[int(m.lastgroup[1:])]]
        for p in sorted(found, key=_ORDER) if len(found) > 1 else found:
            if length <= p.limit and p.regex.match(text):
                return p.category
        if "'" in fold or "’" in fold:  # "l'opinion": \b stands inside the word segment reads
            words = _apart(words)
        if self.inner_words.isdisjoint(words):  # most lines: cheaper than an empty intersection
            found = []
        else:
            found = [p for word in self.inner_words.intersection(words) for p in self.inner[word]
                     if p.trigger in fold and p.literal in low and (p.lead is None or p.lead in words)]
        if loose is None or fold is not low:
            loose = [p for p in self.loose if p.trigger in fold]
        if loose:
            found += loose
        if self.inner_rest:
            found += self.inner_rest
        for p in sorted(found, key=_ORDER) if len(found) > 1 else found:
            if length <= p.limit and p.regex.search(text):
                return p.category
        return None

    def _rest_match(self, text: str, low: str) -> re.Match[str] | None:
        """The first ``lead_rest`` pattern matching ``text`` (``low``: in lower case), as
        their alternation in order would find it, trying only those the line can match."""
        held = True  # whether the line may hold one of ``rest_literals``
        if self.rest_literals is not None:
            for literal in self.rest_literals:
                if literal in low:
                    break
            else:
                held = False
        if text.isascii() and not (self.rest_gate is not None and self.rest_gate.search(text)):
            return self.rest_plain.match(text) if held and self.rest_plain else None
        found = self.rest_scan.findall(text) if self.rest_scan is not None else None
        marks = frozenset(found) if found else _NONE
        chosen = self.rest_chosen[held]
        if marks in chosen:
            regex = chosen[marks]
        else:
            regex = self._rest_alternation(marks, held)
            if len(chosen) < _CHOSEN_MAX:
                chosen[marks] = regex
        return regex.match(text) if regex else None

    def _rest_alternation(self, marks: frozenset[str], held: bool) -> re.Pattern[str] | None:
        """The ``lead_rest`` patterns a line holding these ``marks`` (and one of
        ``rest_literals``, if ``held``) can match, as one alternation."""
        plain = self.rest_plain.groupindex if self.rest_plain and not held else {}
        return _alternation([(i, p) for i, p in enumerate(self.lead_rest)
                             if all(not needs.isdisjoint(marks) for needs in self.rest_marks[i])
                             and f"r{i}" not in plain])


_ORDER = attrgetter("order")
_FOLDS = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "İ": "i"})
"""The characters IGNORECASE matches to an ASCII letter other than their lower case
(``needs.FOLDS_BEYOND_ASCII``): "İ" lowers to two characters, "ſ" stays "ſ"."""
_NONE: frozenset[str] = frozenset()
_NO_PATTERNS: list[_Pattern] = []
_CHOSEN_MAX = 256
"""Alternations kept per matcher: the corpus needs about 30; a long-running process fed
odd text must not keep one for every combination of marks (``re`` caches the rest)."""


def _trie(words: list[str]) -> str:
    """``words`` as one regex shaped like a trie (an alternation of their first characters,
    each followed by the rest): the regex engine then reads each character once, where an
    alternation of the words tries them one by one. Longer words come before the ends of
    shorter ones, so a match is the longest word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        run = ""  # a chain of single letters is written out, not recursed into (a long phrase)
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            run += re.escape(ch)
        alternatives = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node and alternatives:
            alternatives.append("")
        if len(alternatives) == 1:
            return run + alternatives[0]
        return run + ("(?:" + "|".join(alternatives) + ")" if alternatives else "")

    return emit(tree)


def _apart(words: list[str]) -> list[str]:
    """``words`` and the pieces of those holding an apostrophe, ``\\b`` standing on both
    sides of one (segment's words keep "l'opinion" whole)."""
    pieces = [piece for word in words if "'" in word for piece in word.split("'") if piece]
    return [*words, *pieces] if pieces else words


def _folded_literal(pattern: str) -> str:
    """The longest run of ASCII literal characters at the top level of ``pattern`` that
    every match holds, in lower case: a line matching it holds the run in its lower case
    once ``_FOLDS`` is applied (unlike ``needs.needed_literal``, which must leave out the
    letters IGNORECASE matches to "ſ", "K", "ı")."""
    best, run = "", ""
    for op, arg in [*_sre_parse.parse(pattern), (None, None)]:
        if op is _sre_parse.LITERAL and arg < 128:
            run += chr(arg)
            continue
        best, run = max(best, run, key=len), ""
    return best.lower()


def _fewest_needles(loose: list[_Pattern]) -> list[_Pattern]:
    """One entry per pattern and needle, and none for a needle that holds another of the same
    pattern's: a line holding "contains" holds "contain"."""
    kept: list[_Pattern] = []
    seen: set[tuple[int, str]] = set()
    for p in loose:
        siblings = {q.trigger for q in loose if q.order == p.order} - {p.trigger}
        if (p.order, p.trigger) in seen or any(other in p.trigger for other in siblings):
            continue
        seen.add((p.order, p.trigger))
        kept.append(p)
    return kept


def _filing_word(trigger: str) -> str | None:
    """The longest inner word of a trigger of three or more words ("opinions" of "the
    opinions expressed"), or None. A line holding the trigger holds an inner word as a
    whole word (spaces on both sides), and it is rarer than "the" or "to": most lines
    then skip the pattern on a set test."""
    inner = [word for word in trigger.split(" ")[1:-1] if _TOKEN.fullmatch(word)]
    return max(inner, key=len) if inner else None


def _words(text: str) -> list[str]:
    """Lower-case words, as segment reads them (``text`` already in lower case)."""
    return words(text.replace("’", "'"))


def _whole_line_words(text: str, first: list[str]) -> list[str]:
    """The words of a line longer than _SAMPLED characters, given ``first``, those of its
    first _SAMPLED characters (segment's). No word spans a space, so the words before the
    last space within the cut are kept and only the rest of the line is read (if ``first``
    does not end with the words between that space and the cut, it is not segment's: then
    every word is read again)."""
    cut = text.rfind(" ", 0, _SAMPLED)
    if cut < 0:
        return _words(text.lower())
    overlap = _words(text[cut:_SAMPLED].lower())  # the words after the space, maybe cut short
    kept = len(first) - len(overlap)
    if kept < 0 or first[kept:] != overlap:
        return _words(text.lower())
    return first[:kept] + _words(text[cut:].lower())


def _alternation(patterns: list[tuple[int, _Pattern]]) -> re.Pattern[str] | None:
    """Patterns as one alternation whose group ``r<i>`` says which one matched."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?P<r{i}>{p.regex.pattern})" for i, p in patterns), re.IGNORECASE)


def _one_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A character class of ``chars``."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


@cache
def _compiled(version: int) -> _Matcher:
    matcher = _Matcher()
    order = 0
    for category, spec in data.load("markers").items():
        for phrase in spec.get("exact", []):
            matcher.exact.setdefault(phrase.lower().strip(_TRIM), category)
        limit = int(spec.get("max_len", 200))
        for pattern in spec.get("patterns", []):
            anchored = pattern.startswith("^")
            body = pattern[1:] if anchored else pattern
            regex = re.compile(body, re.IGNORECASE)
            literal = needed_literal(body) or ""
            for trigger in triggers(body.lower()) or ("",):
                extra = "" if literal.strip() in trigger else literal  # else about the same test
                matcher.add(_Pattern(order, category, limit, regex, trigger, literal=extra), anchored,
                            body.startswith("\\b"))
            order += 1
    matcher.inner_words = frozenset(matcher.inner)
    if matcher.lead:
        matcher.lead_scan = re.compile(_trie(sorted(matcher.lead)))
        lead = [p for ps in matcher.lead.values() for p in ps]
        matcher.lead = {trigger: sorted((p for p in lead if trigger.startswith(p.trigger)), key=_ORDER)
                        for trigger in matcher.lead}
    matcher.loose = _fewest_needles(matcher.loose)
    every = [*matcher.lead_rest, *matcher.inner_rest, *(p for ps in matcher.lead.values() for p in ps),
             *(p for ps in matcher.inner.values() for p in ps), *matcher.loose]
    matcher.longest = max((p.limit for p in every), default=0)
    matcher.rest_longest = max((p.limit for p in matcher.lead_rest), default=0)
    numbered = list(enumerate(matcher.lead_rest))
    rare = [rare_needs(p.regex.pattern) for p in matcher.lead_rest]
    digits = [needs_digit(p.regex.pattern) for p in matcher.lead_rest]
    gate = frozenset().union(*(chars for chars in rare if chars))
    if any(digits):
        gate |= frozenset("0123456789")
    if gate:
        matcher.rest_gate = _one_of(gate)
    plain = [(i, p) for i, p in numbered if not rare[i] and not digits[i]]
    matcher.rest_plain = _alternation(plain)
    literals = [needed_literal(p.regex.pattern) for _, p in plain]
    if plain and all(literals):
        matcher.rest_literals = tuple(dict.fromkeys(literals))
    matcher.rest_marks = [[chars for chars in needed_chars(p.regex.pattern)
                           if not any(ch.isspace() for ch in chars)] for p in matcher.lead_rest]
    marks = frozenset().union(*(chars for needs in matcher.rest_marks for chars in needs))
    if marks:
        matcher.rest_scan = _one_of(marks)
    return matcher


@cache
def _plain_patterns(version: int) -> tuple[list[tuple[str, int, re.Pattern[str]]], ...]:
    """Every phrase pattern compiled as written: (category, max_len, regex), ``^`` patterns
    first (without their ``^``, to be matched), then the others (to be searched), in file order."""
    anchored, inner = [], []
    for name, spec in data.load("markers").items():
        limit = int(spec.get("max_len", 200))
        for pattern in spec.get("patterns", []):
            if pattern.startswith("^"):
                anchored.append((name, limit, re.compile(pattern[1:], re.IGNORECASE)))
            else:
                inner.append((name, limit, re.compile(pattern, re.IGNORECASE)))
    return anchored, inner


def category_plain(text: str) -> str | None:
    """``category`` without any of its speed-ups: the exact phrases, then every ``^`` pattern
    matched at the line's start, then every other pattern searched at every position, each in
    file order, on lines up to its max_len. The reference ``category`` is tested against."""
    if not text:
        return None
    key = _COUNT.sub("", text.lower().strip(_TRIM)).strip(_TRIM)
    for name, spec in data.load("markers").items():
        if key in {phrase.lower().strip(_TRIM) for phrase in spec.get("exact", [])}:
            return name
    anchored, inner = _plain_patterns(data.version())
    for name, limit, regex in anchored:
        if len(text) <= limit and regex.match(text):
            return name
    for name, limit, regex in inner:
        if len(text) <= limit and regex.search(text):
            return name
    return None


def category(text: str, words: list[str] | None = None) -> str | None:
    """The boilerplate category of one line of text, or None. ``words``: the line's
    lower-case words if the caller has them (segment computes them for its first 320
    characters; the rest of a longer line is read here)."""
    return _compiled(data.version()).category(text, words) if text else None


def exact_categories() -> Callable[[str], str | None]:
    """A look-up of the category of a line that is one of the lists' exact phrases ("Sign
    in", "Log out"), or None: a dictionary's, no pattern tried."""
    exact = _compiled(data.version()).exact.get
    return lambda text: exact(text.lower().strip(_TRIM))


def opener_of(category: str) -> Callable[[str], bool]:
    """A test of whether one of a category's exact phrases opens with a word (a look-up in
    a set, made once for a page's lines)."""
    firsts = _ends(data.version(), category)[0]
    return lambda word: word.lower().strip(_TRIM) in firsts


@cache
def _ends(version: int, category: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of a category's exact phrases."""
    keys = [key.split() for key, found in _compiled(version).exact.items() if found == category and key]
    return frozenset(k[0] for k in keys), frozenset(k[-1] for k in keys)


def known_run(words: list[str], accept: Callable[[str | None], bool], longest: int,
              category: str | None = None) -> bool:
    """Whether ``words`` split end to end into exact phrases of the lists (of ``longest``
    words at most), each of a category ``accept`` takes: buttons or menu entries run into one
    line ("Log out Sign in", "Partager Copier le lien"). ``category``: the one category all
    must be of, when it is one; a line whose first or last word opens or closes none of its
    phrases (most lines) is passed over at once."""
    if category is not None:
        firsts, lasts = _ends(data.version(), category)
        if words[0].lower().strip(_TRIM) not in firsts or words[-1].lower().strip(_TRIM) not in lasts:
            return False
    known = exact_categories()
    ends = {0}  # where a run of known phrases from the line's start may end
    for end in range(1, len(words) + 1):
        starts = [start for start in range(max(0, end - longest), end) if start in ends]
        if not starts and end - max(ends) > longest:
            return False  # no known phrase goes on from the last one
        if any(accept(known(" ".join(words[start:end]))) for start in starts):
            ends.add(end)
    return len(words) in ends


def categories(texts: list[str], words: list[list[str] | None]) -> list[str | None]:
    """``category`` of each line of a document."""
    return _compiled(data.version()).categories(texts, words)
