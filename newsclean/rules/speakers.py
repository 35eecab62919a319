"""Who said it: attributions next to a quotation, and the names of the article's people.

The quote rule finds quotations; this module reads the words around them ("X said",
"said X, a ...", "according to X", "X: “...”", "he said") and puts a name in the fullest
form the article uses, without titles. Its word lists are data (rules/data/quotes.toml).
"""

from __future__ import annotations

import re
from functools import cache

from . import data

_WORD_RUN = re.compile(r"\w+")


def _verb_words(verbs: list[str]) -> frozenset[str] | None:
    """The first word of every speech verb ("said" of "said in a statement"), or None when
    some verb does not open with a word (then no verb can be ruled out this way)."""
    leads = [_WORD_RUN.match(verb) for verb in verbs]
    return None if None in leads else frozenset(m.group(0) for m in leads if m)


@cache
def vocabulary(version: int) -> dict[str, re.Pattern[str] | frozenset[str] | int | None]:
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
        # "..." Ruth Abernathy, a nurse who lives nearby, told council (tried first: the
        # pattern above would read "Name, " as a description and the aside as the subject)
        "after_who_aside_verb": re.compile(
            rf"^[\s,.!?;:—–-]*(?P<who>{name}),\s+(?:an?|the|who|whose|one)\b[^,“”\".!?]{{1,80}},"
            rf"{adverbs}\s+(?P<verb>{verbs})\b"),
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
        # a scare-quote match is a cue, up to three marks and the end (or a final newline)
        "scare_reach": max((len(c) for c in table["scare_cues"]), default=0) + 4,
        "verb_words": _verb_words(table["verbs"]),
        "pronouns": frozenset(table["pronouns"]),
    }


_LOOKBACK = 1200
"""Characters before a quotation searched for the person a pronoun stands for."""
_QUOTED_SPAN = re.compile(r"[“\"][^”\"]*[”\"]")


def clean_name(who: str, words: dict) -> str:
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


def may_hold_verb(text: str, words: dict) -> bool:
    """Whether a speech verb can stand in ``text``: a match of any pattern built on the verbs
    holds a verb's first word as a whole word. Listing the text's words and checking them
    against a set is much cheaper than trying the verb alternation at every position."""
    verb_words = words["verb_words"]
    return verb_words is None or not verb_words.isdisjoint(_WORD_RUN.findall(text))


def attribution(before: str, after: str, words: dict) -> tuple[str | None, str | None]:
    head = after[:200]
    for key in ("after_verb_who", "after_who_aside_verb", "after_who_verb"):
        if (m := words[key].match(head)) and not _NOT_SUBJECT.match(m.group("who")):
            return m.group("who"), m.group("verb")
    for key in ("after_verb_unnamed", "after_unnamed"):
        if (m := words[key].match(head)) is not None:
            return "~" + m.group("who").strip(), m.group("verb")  # "~": a description, as written
    tail = before[-200:]
    if may_hold_verb(tail, words) and (m := words["before"].search(tail)) is not None \
            and not _NOT_SUBJECT.match(m.group("who")):
        return m.group("who"), m.group("verb")
    if (m := words["before_colon"].search(tail)) is not None:
        return m.group("who"), None
    return None, None


_NOT_SUBJECT = re.compile(r"^(?:The|A|An|In|On|At|But|And|So|If|When|As|This|That|It's)$")


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}\.)\s+")


_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _drop_possessive(word: str) -> str:
    """"Phoenix’s" -> "Phoenix"; the regex runs only on the few words ending like a possessive."""
    return _POSSESSIVE.sub("", word) if word.endswith(_POSSESSIVE_ENDS) else word


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")




_NAME_RUN = re.compile(
    r"\b(?:(?:[A-Z]\.){2,}|[A-Z][a-z][\w'’-]*)(?:\s+(?:(?:[A-Z]\.)+|[A-Z][a-z][\w'’-]*)){1,6}(?<!\.)")


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
    return [part for m in _CAPITALISED.finditer(text) for part in _split_sentences(m.group(0))]


def known_names(texts: list[str], words: dict) -> list[str]:
    """People named in the article: two or more capitalised words whose last word is also
    used alone (as reporters refer to people: "Patel said", "Judge Ford", "Phoenix’s"), in
    their fullest form. One pass over the capitalised runs of the text; only the runs whose
    last word turned up alone are then cleaned."""
    runs: list[tuple[str, bool]] = []  # (run, follows "of"/"for"/"in")
    alone: set[str] = set()
    titles = words["titles"]
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            run = m.group(0)
            if " " not in run:  # most runs: one word, and most end in none of ".'’s"
                alone.add(run if run[-1] not in ".'’s" else _drop_possessive(run.rstrip(".")))
                continue
            after_of = text[max(0, m.start() - 4) : m.start()].endswith(("of ", "for ", "in "))
            for k, segment in enumerate(_split_sentences(run)):
                tokens = segment.split(" ")
                while len(tokens) > 1 and tokens[0].rstrip(".").lower() in titles:
                    tokens = tokens[1:]
                if len(tokens) == 1:
                    alone.add(_drop_possessive(tokens[0]))
                else:
                    runs.append((" ".join(tokens), k == 0 and after_of))
    names: dict[str, None] = {}
    for run, after_of in runs:
        last = run.rsplit(" ", 1)[-1].rstrip(".,")
        if last not in alone and last not in words["suffixes"]:
            continue  # its last word never stands alone: not referred to as a person
        name = clean_name(run, words)
        if after_of and name.count(" ") >= 2:
            name = name.split(" ", 1)[1]  # "District of Massachusetts Joshua Levy"
        if " " in name and name.split()[-1] in alone:
            names[name] = None
    return list(names)


def nearest_name(texts: list[str], para: int, start: int, names: list[str],
                  words: dict) -> str | None:
    """The last person named before ``start`` in this paragraph or the three before it
    (a known person by full name or surname, else a name-like run)."""
    forms = set(names) | {n.split()[-1] for n in names}
    for p in range(para, max(para - 4, -1), -1):
        text = texts[p][max(0, start - _LOOKBACK) : start - 1] if p == para else texts[p][-_LOOKBACK:]
        text = _QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)
        known = _capitalised_runs(text)
        hits = [_drop_possessive(run.split()[-1]) for run in known]
        hits = [h for h in hits if h in forms]
        if hits:
            return fullest(hits[-1], names)
        people = [r for r in _runs(text, words) if r and _person_like(r, names, words)]
        if people:
            return fullest(people[-1], names)
    return None


def _person_like(name: str, names: list[str], words: dict) -> bool:
    """A known person, or two or three capitalised words naming no organisation or place."""
    if fullest(name, names) in names:
        return True
    tokens = name.split()
    if any(t.rstrip(".") in words["places"] for t in tokens):
        return False
    return 2 <= len(tokens) <= 3 and tokens[-1].lower() not in words["orgs"] | words["outlets"]


def fullest(speaker: str, names: list[str]) -> str:
    """'Patel' -> 'Raj Patel' when the article named him so."""
    if " " in speaker:
        longer = [n for n in names if n.endswith(" " + speaker) or n.startswith(speaker + " ")]
        return max(longer, key=len) if longer else speaker
    matches = [n for n in names if n.split()[-1] == speaker or n.split()[0] == speaker]
    return max(matches, key=len) if matches else speaker


def resolve(who: str, texts: list[str], para: int, start: int, names: list[str], words: dict,
            last_speaker: str | None) -> str | None:
    """The speaker an attribution's subject stands for: a description as written ("~another
    person"), the nearest person named before for a pronoun or a definite description ("he",
    "the former mayor") or a bare title ("PAHO Director"), else the name in its fullest form."""
    if who.startswith("~"):
        return who[1:]
    tokens = who.split()
    if who.lower() in words["pronouns"] or who[:1].islower() or \
            (tokens[0] in ("The", "the") and tokens[-1][:1].islower()):
        nearest = nearest_name(texts, para, start, names, words)
        return nearest or last_speaker or clean_name(who, words)
    cleaned = clean_name(who, words)
    if not cleaned or cleaned.lower() in words["pronouns"]:
        return nearest_name(texts, para, start, names, words)
    return fullest(cleaned, names)
