"""The rule registry and the ordered chain that runs rules over a Document.

Modelled on markdown-it-py's Ruler: named rules in an explicit order, inserted before/after
another by id, enabled and disabled by id; an unknown id is an error, never ignored. Like
spaCy's pipeline, a rule names the rules whose labels it needs, and those always run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from importlib import import_module

from .budget import WorkLimitExceeded, charge, stage, stage_cost
from .document import Document

RuleFunc = Callable[[Document], None]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    description: str
    apply: RuleFunc
    default: bool = True
    needs: tuple[str, ...] = ()
    origin: str = "newsclean"
    """Where the rule comes from: newsclean, a plugin's entry point, or a rule file."""
    doc: str = ""
    """What the rule does, in a few sentences (``newsclean rules ID``)."""

    def __reduce__(self):
        """Pickle by reference to the module attribute the decorator made (for process pools)."""
        module, name = self.apply.__module__, self.apply.__name__
        if getattr(import_module(module), name, None) is self:
            return (_rule_from, (module, name))
        return (Rule, (self.id, self.description, self.apply, self.default, self.needs,
                       self.origin, self.doc))


def _rule_from(module: str, name: str) -> Rule:
    return getattr(import_module(module), name)


class RuleError(Exception):
    """A rule raised on one input: which rule, and what it raised."""

    def __init__(self, rule_id: str, error: BaseException) -> None:
        self.rule_id = rule_id
        self.error = error
        super().__init__(f"rule {rule_id!r} failed: {type(error).__name__}: {error}")

    def __reduce__(self):
        """Pickled by its fields, as ``InputError`` is (a process pool sends it back)."""
        return (type(self), (self.rule_id, self.error))


class UnknownRule(ValueError):
    def __init__(self, unknown: Iterable[str], valid: Iterable[str]) -> None:
        self.unknown = sorted(unknown)
        self.valid = list(valid)
        super().__init__(
            f"unknown rule id(s): {', '.join(self.unknown)}; valid ids: {', '.join(self.valid)}"
        )


class NeededRule(ValueError):
    """Disabling rules that enabled rules need: ``needed`` the disabled ones, ``needed_by``
    every enabled rule that needs them (directly or in turn), both in chain order."""

    def __init__(self, needed: Iterable[str], needed_by: Iterable[str]) -> None:
        self.needed = list(needed)
        self.needed_by = list(needed_by)
        them = "it" if len(self.needed) == 1 else "them"
        verb = "needs" if len(self.needed_by) == 1 else "need"
        super().__init__(
            f"cannot disable {_quoted(self.needed)}: {_quoted(self.needed_by)} {verb} {them}; "
            f"disable {'it' if len(self.needed_by) == 1 else 'them'} too, or keep {_quoted(self.needed)}"
        )


def _quoted(ids: list[str]) -> str:
    return ", ".join(repr(i) for i in ids)


class Chain:
    """An ordered list of rules, each enabled or not."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: list[Rule] = []
        self._enabled: set[str] = set()
        for rule in rules:
            self.add(rule)

    def __iter__(self):
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def ids(self) -> list[str]:
        return [r.id for r in self._rules]

    def get(self, rule_id: str) -> Rule:
        for rule in self._rules:
            if rule.id == rule_id:
                return rule
        raise UnknownRule([rule_id], self.ids())

    def is_enabled(self, rule_id: str) -> bool:
        return rule_id in self._enabled

    def add(self, rule: Rule, *, before: str | None = None, after: str | None = None) -> Chain:
        """Append ``rule``, or insert it next to another; a rule with the same id is replaced."""
        if before and after:
            raise ValueError("give before or after, not both")
        self._rules = [r for r in self._rules if r.id != rule.id]
        anchor = before or after
        if anchor is None:
            self._rules.append(rule)
        else:
            position = self.ids().index(self.get(anchor).id) + (1 if after else 0)
            self._rules.insert(position, rule)
        if rule.default:
            self._enabled.add(rule.id)
        else:
            self._enabled.discard(rule.id)
        return self

    def select(
        self,
        only: Iterable[str] | None = None,
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
    ) -> Chain:
        """A copy with rules switched on and off; ``only`` keeps just those (and what they need)."""
        only = list(only) if only is not None else None
        enable, disable = list(enable), list(disable)
        known = set(self.ids())
        unknown = {i for i in [*(only or []), *enable, *disable] if i not in known}
        if unknown:
            raise UnknownRule(unknown, self.ids())
        chosen = Chain()
        chosen._rules = list(self._rules)
        chosen._enabled = set(only) if only is not None else set(self._enabled)
        chosen._enabled |= set(enable)
        chosen._enabled -= set(disable)
        chosen._add_needs(blocked=set(disable))
        return chosen

    def _add_needs(self, blocked: set[str]) -> None:
        """Switch on what enabled rules need; a rule that needs an explicitly disabled one
        (directly or through another) is an error naming all of them, in chain order: the
        caller learns the whole list to disable at once, not one rule per attempt."""
        by_id = {r.id: r for r in self._rules}
        stack = list(self._enabled)
        while stack:
            current = by_id[stack.pop()]
            for need in current.needs:
                if need in by_id and need not in self._enabled and need not in blocked:
                    self._enabled.add(need)
                    stack.append(need)
        stuck = self._needing(blocked)
        if stuck:
            needed = [r.id for r in self._rules if r.id in blocked
                      and any(r.id in by_id[s].needs for s in stuck)]
            raise NeededRule(needed, stuck)

    def _needing(self, missing: set[str]) -> list[str]:
        """The enabled rules that need one of ``missing``, directly or in turn, in chain order."""
        bad = set(missing)
        changed = True
        while changed:
            changed = False
            for r in self._rules:
                if r.id in self._enabled and r.id not in bad and bad.intersection(r.needs):
                    bad.add(r.id)
                    changed = True
        return [r.id for r in self._rules if r.id in bad and r.id not in missing]

    def active(self) -> list[Rule]:
        """Enabled rules in order."""
        return [r for r in self._rules if r.id in self._enabled]

    def run(self, doc: Document) -> Document:
        """Apply the active rules in order. A rule that raises is named in a ``RuleError``
        (one line: the rule's id and the error), so a caller can report it and go on. Each
        rule is charged the document's characters to the work budget (``budget``), if one is
        open; running out of it is raised as it is, not as the rule's error."""
        size = stage_cost(sum(u.length for u in doc.units), len(doc.units))
        for rule in self.active():
            stage(f"rule {rule.id!r}")
            charge(size)
            try:
                rule.apply(doc)
            except WorkLimitExceeded:
                raise
            except Exception as exc:
                raise RuleError(rule.id, exc) from exc
        return doc

    def copy(self) -> Chain:
        return self.select()


def rule(
    rule_id: str,
    description: str,
    *,
    default: bool = True,
    needs: tuple[str, ...] = (),
) -> Callable[[RuleFunc], Rule]:
    """Decorator that turns a function over a Document into a Rule (its docstring is the doc)."""

    def wrap(func: RuleFunc) -> Rule:
        return Rule(rule_id, description, func, default, needs, doc=(func.__doc__ or "").strip())

    return wrap


def with_origin(r: Rule, origin: str) -> Rule:
    return replace(r, origin=origin)
