"""Who said it: attributions next to a quotation, and the names of the article's people.

The quote rule finds quotations; this module reads the words around them ("X said",
"said X, a ...", "according to X", "X: “...”", "he said") and puts a name in the fullest
form the article uses, without titles. Its word lists are data (rules/data/quotes.toml).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from functools import cache

from . import data

_WORD_RUN = re.compile(r"\w+")


def _verb_words(verbs: list[str]) -> frozenset[str] | None:
    """The first word of every speech verb ("said" of "said in a statement"), or None when
    some verb does not open with a word (then no verb can be ruled out this way)."""
    leads = [_WORD_RUN.match(verb) for verb in verbs]
    return None if None in leads else frozenset(m.group(0) for m in leads if m)


def _word_runs(verb_words: frozenset[str] | None) -> re.Pattern[str]:
    """What ``may_hold_verb`` lists in a text: with every verb's first word in lower-case
    ASCII letters, only the runs of such letters at least as long as the shortest (a word
    that is a verb is such a run; "a", "of" and "He" are skipped unlisted), else every word."""
    if not verb_words or not all(re.fullmatch("[a-z]+", w) for w in verb_words):
        return _WORD_RUN
    return re.compile(f"[a-z]{{{min(map(len, verb_words))},}}")


_WHOLE = "+" if sys.version_info >= (3, 11) else ""
"""Possessive quantifiers where ``re`` has them (3.11+): the same matches, found faster."""


def _inflect(entry: str) -> list[str]:
    """The forms of a speech verb that follow a speaker, made from its plain form ("warn" ->
    warns, warned, warning; "say:said" gives its past; "point out" keeps "out"). The plain
    form itself is no verb here: "state", "post", "note" and "call" are nouns far more often
    ("New York state officials"); the few used after plural speakers ("say") are listed."""
    head, _, rest = entry.partition(" ")
    lemma, *irregular = head.split(":")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    past = irregular[0] if irregular else past
    ing = irregular[1] if len(irregular) > 1 else ing
    tail = f" {rest}" if rest else ""
    return [form + tail for form in dict.fromkeys((third, past, ing))]


def speech_verbs(table: dict) -> list[str]:
    """The data's verbs: every form of ``speech_verbs`` and the fixed ``verbs``."""
    forms = [form for entry in table.get("speech_verbs", []) for form in _inflect(entry)]
    return list(dict.fromkeys(forms + list(table["verbs"])))


@cache
def vocabulary(version: int) -> dict[str, re.Pattern[str] | frozenset[str] | int | None]:
    table = data.load("quotes")
    all_verbs = speech_verbs(table)
    verbs = data.alternation(all_verbs)
    inverted = data.alternation(table["inverted_verbs"])
    # Runs of word characters, and the aside before a comma, are taken whole (_WHOLE):
    # what follows each (a space, a comma, a colon, or the end) can never be one of the
    # characters given back by backtracking, so matches are the same, found without
    # trying every shorter run first.
    capitalised = rf"[A-Z][\w'’.-]*{_WHOLE}"
    name = rf"(?:{capitalised}(?:\s+(?:de|da|van|von|der|del|la|le|bin|al|y|{capitalised}))*)"
    # ("U.S. State Department" is a name too: capitals with full stops)
    pronoun = r"(?:he|she|they|it|we|i|He|She|They|It|We|I)"
    unnamed = r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]omeone|[Ss]omebody)\b[^,.;:“”\"]{0,80}"
    adverbs = (r"(?:\s+(?:\w+ly|herself|himself|themselves|itself|also|then|later|once|again"
               r"|has|had|have|was|would|will))*")
    # lower-case words before the subject ("former mayor Jane Doe said"), as few as do: "he
    # said at the time, boasting" is "he said"
    # ("Navy spokesman Tom Reyes said": capitalised words may open those lower-case words)
    # A description is "the" or a possessive and one or two words, the second no verb: "the
    # sheriff warned, telling residents" is "the sheriff"; "his coach remembered".
    description = (rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z][\w-]*{_WHOLE}"
                   rf"(?:\s+(?!(?:{verbs})\b)[a-z][\w-]*{_WHOLE})?")
    # a role's words, opening with no preposition: "for their study, describing" and "As Dana
    # Lee at The Courier explains" have no subject there
    lower_words = (rf"(?!(?:at|by|for|from|in|into|of|on|to|with|as|than|that)\b)"
                   rf"[a-z][\w-]*{_WHOLE}(?:\s+[a-z][\w-]*{_WHOLE}){{0,3}}\s+")
    role = rf"(?:{capitalised}\s+){{1,3}}{lower_words}(?=[A-Z][a-z])"
    subject = (rf"(?:(?:[Tt]he\s+)?(?:{role}|{lower_words}))??"
               rf"(?P<who>{name}|{pronoun}|{description})")  # a name, not "he", after "This time"
    unnamed_subject = rf"(?P<who>{unnamed})"
    aside = r"(?:,[^,“”\".!?]{1,80},)?"
    lower_before = rf"(?:[a-z][\w-]*{_WHOLE}\s+){{0,4}}"
    verb_words = _verb_words(all_verbs)
    # (?<!\bto) before a verb: an infinitive ("the chair to urge") has no subject there
    return {
        # "..." Name said / he said / the company said in a statement; also "the company’s
        # chief executive, Dana Whitfield, said", the aside tried only when the subject
        # alone does not do ("..." Woodard said, though he stressed: Woodard)
        "after_who_verb": re.compile(
            rf"^[\s,.!?;:—–-]*(?:[^,“”\".!?]{{1,60}}{_WHOLE},\s+)??{subject},?{adverbs}(?<!\bto)\s+(?P<verb>{verbs})\b"),
        # "..." Ruth Abernathy, a nurse who lives nearby, told council; "..." Ana Ruiz,
        # director of games at Acme, tells; "..." Simon Shen, CEO of Acme, told (tried first: the
        # pattern above would read "Name, " as a description and the aside as the subject)
        "after_who_aside_verb": re.compile(
            rf"^[\s,.!?;:—–-]*(?P<who>{name}),\s+(?:an?|the|who|whose|one|[a-z][\w-]*|[A-Z]+\s+of)\b[^,“”\".!?]{{1,80}}{_WHOLE},"
            rf"{adverbs}(?<!\bto)\s+(?P<verb>{verbs})\b"),
        # "..." another person said / a dispatcher on the scanner said: kept as written
        "after_unnamed": re.compile(rf"^[\s,.!?;:—–-]*{unnamed_subject}(?<!\bto)\s+(?P<verb>{verbs})\b"),
        "after_verb_unnamed": re.compile(rf"^[\s,.!?;:—–-]*(?P<verb>{inverted})\s+{unnamed_subject}"),
        # "..." said Name, a former editor / according to Name
        "after_verb_who": re.compile(  # also "said meteorologist Grant Holloway"
            rf"^[\s,.!?;:—–-]*(?P<verb>{inverted})\s+(?!(?:an?|another|one|someone|somebody)\b)"
            rf"(?:[a-z][\w-]*{_WHOLE}\s+){{0,4}}(?P<who>{name}|{pronoun})"),
        # Name said: "..." / Name said in a statement that "..." / Name: "..."
        "before": re.compile(rf"(?P<who>{name}|{pronoun}"  # "Warren of Massachusetts said": Warren
                             rf"|[Tt]he\s+[a-z][\w-]*{_WHOLE}(?:\s+[a-z][\w-]*{_WHOLE})?)"
                             rf"(?:\s+(?:of|from)\s+{capitalised}(?:\s+{capitalised})*)?"
                             rf"(?:,[^,“”\"]{{1,120}}{_WHOLE},)?{adverbs}(?<!\bto)\s+(?P<verb>{verbs})\b"
                             rf"(?:[^.!?“”\"]|(?<=[A-Z])\.){{0,120}}$"),  # "U.S." is no full stop
        # between two parts of one quotation: nothing but who said it
        # (a name may carry an aside: "Ana Ruiz, director of games at Acme, tells the Echo.")
        "between": re.compile(rf"^\W*(?:(?:(?:{role}|{lower_before}){name}{aside}|{pronoun}"
                              rf"|[Tt]he\s+[a-z][\w'’-]*{_WHOLE}(?:\s+[a-z][\w'’-]*{_WHOLE}){{0,2}})"
                              rf"{adverbs}\s+(?:{verbs})\b"
                              rf"|(?:{inverted})\s+(?:[a-z][\w-]*{_WHOLE}\s+){{0,4}}(?:{name}|{pronoun}))(?P<rest>[^“”\"]*)$"),
        "before_colon": re.compile(rf"(?:^|[.!?]\s+)(?P<who>{name})\s*:\s*$"),
        "any_verb": re.compile(rf"\b(?:{verbs})\b"),
        "titles": frozenset(t.rstrip(".").lower() for t in table["titles"]),
        "suffixes": frozenset(t.rstrip(".") for t in table["suffixes"]),
        "openers": frozenset(table["openers"]),
        "places": frozenset(table["places"]),
        "orgs": frozenset(w.lower() for w in table["organisation_words"]),
        "outlets": frozenset(w.lower() for w in data.load("credits")["outlet_words"]),
        "scare": re.compile("(?:" + "|".join(re.escape(c) for c in table["scare_cues"]) + r")\W{0,3}$", re.I),
        # a scare-quote match is a cue, up to three marks and the end (or a final newline)
        "scare_reach": max((len(c) for c in table["scare_cues"]), default=0) + 4,
        "verb_words": verb_words,
        "verb_word_runs": _word_runs(verb_words),
        "pronouns": frozenset(table["pronouns"]),
    }


_LOOKBACK = 1200
"""Characters before a quotation searched for the person a pronoun stands for."""
_QUOTED_SPAN = re.compile(r"[“\"][^”\"]*[”\"]")


def clean_name(who: str, words: dict, surnames: set[str] | frozenset[str] = frozenset()) -> str:
    """The name without titles, openers ("The") and suffixes; ``surnames``: words the article
    uses alone as names, kept even where they are titles too."""
    if "." in who:  # "Bronx Times. She": a new sentence
        who = _SENTENCE_BREAK.split(who)[-1]
    who = who.strip(" ,.")
    tokens = who.split()
    titles = words["titles"]
    while len(tokens) > 1 and (tokens[0].lower() == "the" or tokens[0] in words["openers"]):
        tokens = tokens[1:]
    if tokens and tokens[0].lower() in words["pronouns"]:
        return tokens[0]  # "She de Blasio...": the sentence's subject is the pronoun
    while len(tokens) > 1 and tokens[-1].rstrip(".,") in words["suffixes"]:
        tokens = tokens[:-1]
    if tokens and tokens[-1].lower().rstrip(".") in words["orgs"]:
        return " ".join(tokens)  # an organisation: "U.S. State Department"
    # A title last is a surname where the article uses that word alone ("Gayle King" and
    # "King said"; a title alone is written in lower case: "the president said") after a
    # word that is no title or acronym ("Prime Minister", "PAHO Director").
    surname = tokens[-1] in surnames and len(tokens) >= 2 and not tokens[-2].isupper() \
        and tokens[-2].rstrip(".").lower() not in titles
    looked = tokens[:-1] if surname else tokens
    last_title = max((k for k, t in enumerate(looked) if t.rstrip(".").lower() in titles), default=-1)
    return " ".join(tokens[last_title + 1 :])  # "" when it was all titles ("PAHO Director")


def may_hold_verb(text: str, words: dict) -> bool:
    """Whether a speech verb can stand in ``text``: a match of any pattern built on the verbs
    holds a verb's first word as a whole word. Listing the text's words and checking them
    against a set is much cheaper than trying the verb alternation at every position. (A
    run listed may be part of a longer word: "said" of "Xsaid". That only lets a pattern be
    tried that then finds no verb.)"""
    verb_words = words["verb_words"]
    return verb_words is None or not verb_words.isdisjoint(words["verb_word_runs"].findall(text))


def attribution(before: str, after: str, words: dict) -> tuple[str | None, str | None]:
    head = after[:200]
    # A verb first ("said X", "said someone in the public who called") is read before a
    # subject: its subject cannot be a later clause's ("the public who called").
    for key in ("after_verb_who", "after_verb_unnamed", "after_who_aside_verb", "after_who_verb",
                "after_unnamed"):
        if (m := words[key].match(head)) is None:
            continue
        if key.endswith("unnamed"):
            return "~" + m.group("who").strip(), m.group("verb")  # "~": a description, as written
        if not _NOT_SUBJECT.match(m.group("who")):
            return m.group("who"), m.group("verb")
    tail = before[-200:]
    if '"' in tail or "“" in tail:  # a title quoted in the attribution: Scott told “CBS This Morning”
        tail = _QUOTED_SPAN.sub(_blank, tail)
    if may_hold_verb(tail, words) and (m := words["before"].search(tail)) is not None \
            and not _NOT_SUBJECT.match(m.group("who")):
        return m.group("who"), m.group("verb")
    if tail.rstrip().endswith(":") and (m := words["before_colon"].search(tail)) is not None:
        return m.group("who"), None
    return None, None


_NOT_SUBJECT = re.compile(r"^(?:The|A|An|In|On|At|But|And|So|If|When|As|This|That|It's)$")


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}\.)\s+")


_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _drop_possessive(word: str) -> str:
    """"Phoenix’s" -> "Phoenix"; the regex runs only on the few words ending like a possessive."""
    return _POSSESSIVE.sub("", word) if word.endswith(_POSSESSIVE_ENDS) else word


_CAPITALISED = re.compile(rf"[A-Z][\w'’.-]*{_WHOLE}(?: [A-Z][\w'’.-]*{_WHOLE})*{_WHOLE}")




_NAME_WORD = r"(?:[A-Z]\.)+|[A-Z][a-z][\w'’-]*"
"""A word of a name: initials, or a capital and a lower-case letter."""
_NAME_RUN = re.compile(
    rf"\b(?:(?:[A-Z]\.){{2,}}|[A-Z][a-z][\w'’-]*)(?:\s+(?:{_NAME_WORD})){{1,6}}(?<!\.)")


def _runs(text: str, words: dict) -> list[str]:
    """Capitalised runs of the text as names: titles dropped, and the first word dropped
    where the run goes on an "of"/"for" phrase ("District of Massachusetts Joshua Levy")."""
    found = []
    for m in _NAME_RUN.finditer(text):
        name = clean_name(m.group(0), words)
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
    parts: list[str] = []
    for run in _CAPITALISED.findall(text):
        if "." in run:
            parts.extend(_split_sentences(run))
        else:  # most runs: nothing to cut
            parts.append(run)
    return parts


_OF_FOR_IN = ("of ", "for ", "in ")


def known_names(texts: list[str], words: dict) -> list[str]:
    """People named in the article: two or more capitalised words whose last word is also
    used alone (as reporters refer to people: "Patel said", "Judge Ford", "Phoenix’s"), in
    their fullest form. One pass over the capitalised runs of the text; only the runs whose
    last word turned up alone are then cleaned, each distinct run once."""
    # One scan of the paragraphs joined: no run spans a line break or reads across one, and
    # findall makes no match objects (three runs in four are one word and need no position).
    joined = "\n".join(texts)
    runs: dict[tuple[str, bool], None] = {}  # (run, follows "of"/"for"/"in"), first seen first
    alone: set[str] = set()
    titles = words["titles"]
    at = 0
    for run in _CAPITALISED.findall(joined):
        if " " not in run:  # most runs: one word, and most end in none of ".'’s"
            alone.add(run if run[-1] not in ".'’s" else _drop_possessive(run.rstrip(".")))
            continue
        # Where this run starts: the first occurrence from the end of the last run with a
        # space. None can start earlier: a match would start there, or a one-word run
        # around it would have gone on over the space.
        start = joined.find(run, at)
        at = start + len(run)
        after_of = joined.endswith(_OF_FOR_IN, 0, start)
        for k, segment in enumerate(_split_sentences(run) if "." in run else (run,)):
            head, space, rest = segment.partition(" ")
            while space and head.rstrip(".").lower() in titles:
                segment = rest
                head, space, rest = segment.partition(" ")
            if not space:
                alone.add(_drop_possessive(segment))
            else:
                runs[segment, k == 0 and after_of] = None
    names: dict[str, None] = {}
    suffixes = words["suffixes"]
    for run, after_of in runs:
        last = run[run.rfind(" ") + 1 :].rstrip(".,")
        if last not in alone and last not in suffixes:
            continue  # its last word never stands alone: not referred to as a person
        name = clean_name(run, words, alone)
        if after_of and name.count(" ") >= 2:
            name = name.split(" ", 1)[1]  # "District of Massachusetts Joshua Levy"
        if " " in name and name.split()[-1] in alone:
            names[name] = None
    return list(names)


class People:
    """The article's people (``known_names``), indexed once per document: resolving a
    speaker then looks a word up instead of splitting every name again."""

    __slots__ = ("names", "known", "forms", "by_word", "texts", "words", "_runs")

    def __init__(self, names: list[str], texts: Sequence[str] = (), words: dict | None = None) -> None:
        self.names = names
        self.texts, self.words = texts, words
        self._runs: list[str] | None = None
        self.known = frozenset(names)
        by_word: dict[str, list[str]] = {}  # first or last word -> its names, in article order
        for name in names:
            tokens = name.split()
            for word in {tokens[0], tokens[-1]}:
                by_word.setdefault(word, []).append(name)
        self.by_word = by_word
        self.forms = self.known | {name.split()[-1] for name in names}  # as the text names them

    def introduced(self, word: str) -> str | None:
        """The longest person-like name holding ``word`` before its last word ("Walter" of
        "Walter A. Clyburn Reed", "Etienne" of "Camille Etienne Gbedey"): people called by
        a first name or one of two surnames, whose full name ``known_names`` cannot confirm
        (their last word never stands alone). Indexed from the text on first use."""
        if self.words is None:
            return None
        if self._runs is None:  # the text's runs of several capitalised words, once
            self._runs = [run for run in _capitalised_runs("\n".join(self.texts)) if " " in run]
        return _introduction(word, self._runs, self.words)


_NAME_TOKEN = re.compile(_NAME_WORD)


def _introduction(word: str, runs: list[str], words: dict) -> str | None:
    """The longest person-like name of two to four words holding ``word`` before its last
    word, the first of equals: each run (``_capitalised_runs``) holding the word is read from
    its first word shaped as a name's ("I’m Haoyu Zhang-Demir") and cleaned as names are
    (``clean_name``: openers, titles, suffixes). Only the runs holding the word are cleaned."""
    best: str | None = None
    for run in runs:
        if word not in run:
            continue
        tokens = run.split()
        while tokens and not _NAME_TOKEN.fullmatch(tokens[0]):
            tokens = tokens[1:]
        tokens = clean_name(" ".join(tokens), words).split() if len(tokens) > 1 else []
        if not 2 <= len(tokens) <= 4 or word not in tokens[:-1] \
                or not all(map(_NAME_TOKEN.fullmatch, tokens)):
            continue
        if _names_a_thing(tokens, words):
            continue
        name = " ".join(tokens)
        if best is None or len(name) > len(best):
            best = name
    return best


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def nearest_name(texts: list[str], para: int, start: int, people: People,
                 words: dict) -> str | None:
    """The last person named before ``start`` in this paragraph or the three before it
    (a known person by full name or surname, else a name-like run). Runs are read from the
    end, so the search stops at the last one that names a person."""
    forms = people.forms
    for p in range(para, max(para - 4, -1), -1):
        text = texts[p][max(0, start - _LOOKBACK) : start - 1] if p == para else texts[p][-_LOOKBACK:]
        if '"' in text or "“" in text:  # a quoted span opens with one of these
            text = _QUOTED_SPAN.sub(_blank, text)
        for run in reversed(_capitalised_runs(text)):
            last = _drop_possessive(run[run.rfind(" ") + 1 :])
            if last in forms:
                return fullest(last, people)
        for run in reversed(_runs(text, words)):
            if run and _person_like(run, people, words):
                return fullest(run, people)
    return None


def _names_a_thing(tokens: list[str], words: dict) -> bool:
    """A name's words that name an organisation or an outlet (by its last word: "Harbour
    Board", "Kestle Echo") or a place (by any word of the quote data's place words)."""
    last = tokens[-1].lower()
    return last in words["orgs"] or last in words["outlets"] \
        or any(t.rstrip(".") in words["places"] for t in tokens)


def _person_like(name: str, people: People, words: dict) -> bool:
    """A known person, or two or three capitalised words naming no organisation or place."""
    if fullest(name, people) in people.known:
        return True
    tokens = name.split()
    if not 2 <= len(tokens) <= 3 or _names_a_thing(tokens, words):
        return False
    from .places import known

    return not known(name)  # "Santa Barbara", "Sierra Leone": a place the gazetteer knows


def fullest(speaker: str, people: People) -> str:
    """'Patel' -> 'Raj Patel' when the article named him so (the longest such name, the
    first of equals)."""
    if " " in speaker:
        tail, head = " " + speaker, speaker + " "
        longer = [n for n in people.names if n.endswith(tail) or n.startswith(head)]
        return max(longer, key=len) if longer else speaker
    matches = people.by_word.get(speaker)  # the names it opens or ends
    return max(matches, key=len) if matches else people.introduced(speaker) or speaker


def _titled_name(title: str, texts: list[str], para: int, start: int, words: dict) -> str | None:
    """The person last named with ``title`` before ``start`` ("Sheriff Mark Ruiz" for "the
    sheriff"): the role ties the description to one name, where the nearest name may be
    anyone's."""
    words_after = rf"((?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}})"
    pattern = re.compile(rf"\b{re.escape(title.capitalize())}\s+{words_after}")
    for p in range(para, -1, -1):
        text = texts[p][:start] if p == para else texts[p]
        if title.capitalize() not in text:
            continue
        found = [clean_name(m.group(1), words) for m in pattern.finditer(text)]
        if found := [name for name in found if " " in name]:
            return found[-1]
    return None


_POSSESSIVES = frozenset(("his", "her", "their", "its", "His", "Her", "Their", "Its"))


def resolve(who: str, texts: list[str], para: int, start: int, people: Callable[[], People],
            words: dict, last_speaker: str | None) -> str | None:
    """The speaker an attribution's subject stands for: a description as written ("~another
    person", "the affidavit", "the man"), the nearest person named before for a pronoun or a
    definite description headed by a title ("he", "the former mayor") or a bare title ("PAHO
    Director"), else the name in its fullest form.
    ``people`` is called only when a name is looked for: reading them costs a pass over the
    article, which a description does not need."""
    if who.startswith("~"):
        return who[1:]
    tokens = who.split()
    if tokens[0] in _POSSESSIVES and len(tokens) > 1:
        return who  # "his coach", "her lawyer": someone beside the person named, as written
    description = tokens[0] in ("The", "the") and tokens[-1][:1].islower() \
        and tokens[-1] not in words["pronouns"]  # "the candidate he calls": he
    if description and tokens[-1].rstrip(".").lower() not in words["titles"]:
        return who  # "the affidavit", "the company", "the man": no title names a person
    if description and (titled := _titled_name(tokens[-1].rstrip("."), texts, para, start, words)):
        return fullest(titled, people())  # "the sheriff": the last "Sheriff Mark Ruiz" named
    if who.lower() in words["pronouns"] or who[:1].islower() or description:
        nearest = nearest_name(texts, para, start, people(), words)
        return nearest or last_speaker or clean_name(who, words) or who  # "The mayor": as written
    cleaned = clean_name(who, words)
    if not cleaned and " " not in who and who in people().forms:
        return fullest(who, people())  # a surname that is also a title: "King said"
    if not cleaned or cleaned.lower() in words["pronouns"]:
        return nearest_name(texts, para, start, people(), words)
    return fullest(cleaned, people())
