"""newsclean.chain and newsclean.plugins: order, positions, selection, needs, rule files."""
# Page dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import newsclean
from newsclean import plugins
from newsclean.article import assemble
from newsclean.chain import Chain, NeededRule, Rule, UnknownRule, rule
from newsclean.document import Document, Role
from newsclean.segment import segment

DEFAULT_ORDER = ["markers", "main-run", "title", "byline", "caption", "boilerplate", "dateline",
                 "published", "quotes"]

DUMP = """\
Home
World
Sport

Pineapple farmers count the cost of a wet winter

By Lena Marsh, Staff Writer

Growers across the valley said on Monday that weeks of heavy rain had rotted a third of this year's crop, and that the pineapple harvest would be the smallest in a decade.

"We have never lost this much fruit," said Teo Alvarez, who farms twelve hectares near the river. "The fields were under water for a fortnight."

The regional farmers' association said it would ask the government for emergency loans, and that many smaller growers would not survive another season like this one.

Buyers said prices in the city markets had already risen by a quarter, and that shops were now importing fruit from abroad to make up for the shortfall.

Privacy policy
Terms of use
"""

RULE_FILE = '''\
import newsclean


@newsclean.rule("no-pineapple", "Remove lines that mention pineapples.")
def no_pineapple(doc):
    """Every undecided line containing the word 'pineapple' goes."""
    for unit in doc.units:
        if "pineapple" in unit.text.lower():
            doc.remove(unit, "no-pineapple", "mentions a pineapple")
'''


def noop(rule_id: str, *, default: bool = True, needs: tuple[str, ...] = ()) -> Rule:
    def apply(doc: Document) -> None:
        doc.meta.setdefault("ran", []).append(rule_id)

    return Rule(rule_id, f"{rule_id} rule", apply, default, needs)


@pytest.fixture
def chain() -> Chain:
    return newsclean.default_chain(plugins=False)


# --- order and positions -----------------------------------------------------------------


def test_default_chain_order(chain: Chain) -> None:
    assert chain.ids() == DEFAULT_ORDER
    assert [r.id for r in chain.active()] == DEFAULT_ORDER
    assert len(chain) == len(DEFAULT_ORDER)
    assert all(chain.is_enabled(i) for i in DEFAULT_ORDER)


def test_default_chain_with_plugins_starts_with_builtins() -> None:
    assert newsclean.default_chain().ids()[:2] == ["markers", "main-run"]
    assert set(DEFAULT_ORDER) <= set(newsclean.default_chain().ids())


def test_builtin_rules_describe_themselves(chain: Chain) -> None:
    for r in chain:
        assert r.description and r.doc
        assert r.origin == "newsclean"
        assert all(need in DEFAULT_ORDER for need in r.needs)
    assert chain.get("boilerplate").needs == ("markers", "main-run")


def test_add_appends(chain: Chain) -> None:
    chain.add(noop("extra"))
    assert chain.ids() == [*DEFAULT_ORDER, "extra"]


def test_add_before_and_after(chain: Chain) -> None:
    chain.add(noop("early"), before="title")
    chain.add(noop("late"), after="boilerplate")
    assert chain.ids() == ["markers", "main-run", "early", "title", "byline", "caption",
                           "boilerplate", "late", "dateline", "published", "quotes"]
    chain.add(noop("first"), before="markers")
    chain.add(noop("last"), after="quotes")
    assert chain.ids()[0] == "first" and chain.ids()[-1] == "last"


def test_add_before_and_after_together_is_an_error(chain: Chain) -> None:
    with pytest.raises(ValueError, match="not both"):
        chain.add(noop("x"), before="title", after="byline")


def test_add_with_same_id_replaces(chain: Chain) -> None:
    replacement = noop("title")
    chain.add(replacement)
    assert chain.ids().count("title") == 1
    assert chain.get("title") is replacement
    assert chain.ids() == [i for i in DEFAULT_ORDER if i != "title"] + ["title"]


def test_replace_in_place_with_position(chain: Chain) -> None:
    replacement = noop("title")
    chain.add(replacement, after="main-run")
    assert chain.ids() == DEFAULT_ORDER
    assert chain.get("title") is replacement


def test_add_next_to_unknown_id(chain: Chain) -> None:
    with pytest.raises(UnknownRule) as info:
        chain.add(noop("x"), before="headline")
    assert info.value.unknown == ["headline"]
    assert info.value.valid == DEFAULT_ORDER
    for rule_id in DEFAULT_ORDER:
        assert rule_id in str(info.value)


def test_get_unknown_lists_valid_ids(chain: Chain) -> None:
    with pytest.raises(UnknownRule) as info:
        chain.get("bylines")
    message = str(info.value)
    assert "bylines" in message and "valid ids: " + ", ".join(DEFAULT_ORDER) in message
    assert "\n" not in message


def test_unknown_rule_is_a_value_error() -> None:
    assert issubclass(UnknownRule, ValueError)


def test_default_off_rule(chain: Chain) -> None:
    chain.add(noop("optional", default=False))
    assert not chain.is_enabled("optional")
    assert "optional" not in [r.id for r in chain.active()]
    assert chain.select(enable=["optional"]).is_enabled("optional")


# --- select ------------------------------------------------------------------------------


def test_select_only_pulls_in_needs(chain: Chain) -> None:
    chosen = chain.select(only=["title"])
    assert [r.id for r in chosen.active()] == ["markers", "main-run", "title"]
    chosen = chain.select(only=["boilerplate", "dateline"])
    assert [r.id for r in chosen.active()] == ["markers", "main-run", "boilerplate", "dateline"]


def test_select_only_markers_runs_nothing_else(chain: Chain) -> None:
    assert [r.id for r in chain.select(only=["markers"]).active()] == ["markers"]


def test_select_needs_are_transitive(chain: Chain) -> None:
    chain.add(noop("a", needs=("b",)))
    chain.add(noop("b", default=False, needs=("c",)))
    chain.add(noop("c", default=False))
    assert [r.id for r in chain.select(only=["a"]).active()] == ["a", "b", "c"]


def test_select_disable(chain: Chain) -> None:
    chosen = chain.select(disable=["byline", "dateline"])
    assert [r.id for r in chosen.active()] == ["markers", "main-run", "title", "caption",
                                               "boilerplate", "published", "quotes"]


def test_select_does_not_change_the_original(chain: Chain) -> None:
    chain.select(only=["title"])
    chain.select(disable=["dateline"])
    assert [r.id for r in chain.active()] == DEFAULT_ORDER
    copy = chain.copy()
    copy.add(noop("extra"))
    assert "extra" not in chain.ids()


@pytest.mark.parametrize(
    "kwargs",
    [{"only": ["titel"]}, {"enable": ["cookie"]}, {"disable": ["boilerplates"]},
     {"only": ["title", "nope"], "disable": ["also-nope"]}],
)
def test_select_unknown_ids(chain: Chain, kwargs: dict[str, list[str]]) -> None:
    with pytest.raises(UnknownRule) as info:
        chain.select(**kwargs)
    assert info.value.valid == DEFAULT_ORDER
    assert "valid ids: markers, main-run, title" in str(info.value)
    wrong = {i for ids in kwargs.values() for i in ids if i not in DEFAULT_ORDER}
    assert info.value.unknown == sorted(wrong)


DEPENDENTS = ["title", "byline", "caption", "boilerplate", "dateline", "published", "quotes"]


@pytest.mark.parametrize(
    ("kwargs", "needed", "needed_by"),
    [({"disable": ["markers"]}, ["markers"], ["main-run", *DEPENDENTS]),
     ({"disable": ["main-run"]}, ["main-run"], DEPENDENTS),
     ({"disable": ["main-run", "markers"]}, ["markers", "main-run"], DEPENDENTS),
     ({"disable": ["quotes", "main-run"]}, ["main-run"], DEPENDENTS[:-1]),
     ({"only": ["title"], "disable": ["main-run"]}, ["main-run"], ["title"]),
     ({"only": ["title"], "disable": ["markers"]}, ["markers"], ["main-run", "title"])],
)
def test_disabling_a_needed_rule_names_every_rule_that_needs_it(
        chain: Chain, kwargs, needed: list[str], needed_by: list[str]) -> None:
    """Every enabled rule that needs a disabled one, directly or in turn, in chain order:
    the whole list to disable at once, and the same message every run."""
    with pytest.raises(NeededRule) as info:
        chain.select(**kwargs)
    assert (info.value.needed, info.value.needed_by) == (needed, needed_by)
    message = str(info.value)
    assert message.startswith(f"cannot disable {', '.join(map(repr, needed))}: ")
    assert ", ".join(map(repr, needed_by)) in message
    assert isinstance(info.value, ValueError) and not isinstance(info.value, UnknownRule)


def test_needed_rule_is_found_through_a_rule_file_rule(chain: Chain) -> None:
    chain.add(noop("late", needs=("extra",)))
    chain.add(noop("extra", needs=("caption",)), before="boilerplate")
    with pytest.raises(NeededRule) as info:
        chain.select(disable=["caption"])
    assert info.value.needed_by == ["extra", "late"]


def test_disabling_a_rule_and_everything_that_needs_it(chain: Chain) -> None:
    chosen = chain.select(disable=["main-run", "title", "byline", "caption", "boilerplate",
                                   "dateline", "published", "quotes"])
    assert [r.id for r in chosen.active()] == ["markers"]


def test_run_calls_active_rules_in_order() -> None:
    c = Chain([noop("one"), noop("two", default=False), noop("three")])
    doc = c.run(Document([]))
    assert doc.meta["ran"] == ["one", "three"]
    doc = c.select(enable=["two"]).run(Document([]))
    assert doc.meta["ran"] == ["one", "two", "three"]


def test_rule_decorator() -> None:
    @rule("shout", "Upper-case nothing.", default=False, needs=("markers",))
    def shout(doc: Document) -> None:
        """A docstring that becomes the rule's doc."""

    assert isinstance(shout, Rule)
    assert (shout.id, shout.description, shout.default, shout.needs) == (
        "shout", "Upper-case nothing.", False, ("markers",))
    assert shout.doc == "A docstring that becomes the rule's doc."
    assert newsclean.rule is rule


# --- rule files and registration -----------------------------------------------------------


def write_rule_file(tmp_path: Path, text: str = RULE_FILE, name: str = "myrules.py") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rule_file_rule_runs_and_owns_its_removals(tmp_path: Path) -> None:
    path = write_rule_file(tmp_path)
    loaded = plugins.load_rule_file(path)
    assert [r.id for r in loaded] == ["no-pineapple"]
    chain = newsclean.default_chain()
    assert chain.ids() == ["markers", "main-run", "title", "byline", "caption", "boilerplate",
                           "no-pineapple", "dateline", "published", "quotes"]
    custom = chain.get("no-pineapple")
    assert custom.origin == str(path)
    assert custom.doc.startswith("Every undecided line")

    article = newsclean.clean(DUMP, rules=chain)
    assert all("pineapple" not in p.lower() for p in article.paragraphs)
    assert len(article.paragraphs) == 3
    mine = [r for r in article.removed if r.rule == "no-pineapple"]
    assert len(mine) == 1
    assert "pineapple harvest" in mine[0].text
    assert mine[0].reason == "mentions a pineapple"
    # the headline mentions pineapples too, but the title rule decided it first
    assert article.title == "Pineapple farmers count the cost of a wet winter"


def test_rule_file_rule_can_be_disabled(tmp_path: Path) -> None:
    plugins.load_rule_file(write_rule_file(tmp_path))
    chain = newsclean.default_chain().select(disable=["no-pineapple"])
    article = newsclean.clean(DUMP, rules=chain)
    assert not [r for r in article.removed if r.rule == "no-pineapple"]
    assert len(article.paragraphs) == 4


def test_rule_file_registering_its_own_position(tmp_path: Path) -> None:
    text = textwrap.dedent('''\
        import newsclean

        @newsclean.rule("tag-all", "Label every line.")
        def tag_all(doc):
            for unit in doc.units:
                unit.labels["seen"] = "yes"

        newsclean.register(tag_all, before="markers")
        ''')
    loaded = plugins.load_rule_file(write_rule_file(tmp_path, text))
    assert [r.id for r in loaded] == ["tag-all"]
    assert newsclean.default_chain().ids()[0] == "tag-all"


def test_registered_rules_reach_every_new_default_chain() -> None:
    newsclean.register(noop("watcher"), after="title")
    for _ in range(2):
        ids = newsclean.default_chain().ids()
        assert ids.index("watcher") == ids.index("title") + 1


def test_rule_file_with_syntax_error(tmp_path: Path) -> None:
    path = write_rule_file(tmp_path, "import newsclean\n\ndef broken(:\n    pass\n", "bad.py")
    with pytest.raises(ValueError) as info:
        plugins.load_rule_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message and "SyntaxError" in message
    assert plugins._registered == []


def test_rule_file_raising_at_import(tmp_path: Path) -> None:
    path = write_rule_file(tmp_path, "raise RuntimeError('boom')\n", "boom.py")
    with pytest.raises(ValueError, match="RuntimeError: boom"):
        plugins.load_rule_file(path)


def test_rule_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such rule file"):
        plugins.load_rule_file(tmp_path / "absent.py")


def test_rule_file_without_rules(tmp_path: Path) -> None:
    path = write_rule_file(tmp_path, "X = 1\n", "empty_rules.py")
    with pytest.raises(ValueError, match="defines no rule"):
        plugins.load_rule_file(path)


# --- clean(rules=...) --------------------------------------------------------------------


def test_clean_with_rule_ids_runs_those_and_their_needs() -> None:
    article = newsclean.clean(DUMP, rules=["title"])
    assert article.title == "Pineapple farmers count the cost of a wet winter"
    assert article.byline is None
    assert article.removed == []
    assert article.paragraphs[:3] == ["Home", "World", "Sport"]  # no boilerplate rule ran
    assert "Privacy policy" in article.paragraphs


def test_clean_with_all_defaults() -> None:
    article = newsclean.clean(DUMP)
    assert article.title == "Pineapple farmers count the cost of a wet winter"
    assert article.byline == "By Lena Marsh, Staff Writer"
    assert len(article.paragraphs) == 4
    removed = "\n".join(r.text for r in article.removed)
    for line in ("Home", "World", "Sport", "Privacy policy", "Terms of use"):
        assert line in removed


def test_clean_with_no_rules_keeps_everything() -> None:
    article = newsclean.clean(DUMP, rules=Chain())
    assert article.title is None and article.removed == []
    assert len(article.paragraphs) == len([line for line in DUMP.splitlines() if line])


def test_clean_with_unknown_rule_id() -> None:
    with pytest.raises(UnknownRule):
        newsclean.clean(DUMP, rules=["title", "headline"])


def test_chain_run_then_assemble_gives_every_unit_one_role() -> None:
    doc = segment(DUMP)
    newsclean.default_chain().run(doc)
    article = assemble(doc, "dump.txt")
    assert article.source == "dump.txt"
    assert all(isinstance(u.role, Role) for u in doc.units)
    assert [u.role for u in doc.units].count(Role.TITLE) == 1
    removed = [u for u in doc.units if u.role is Role.REMOVED]
    assert all(u.rule and u.reason for u in removed)


def test_rule_file_importing_a_builtin_rule_leaves_the_chain_alone(tmp_path: Path) -> None:
    text = "from newsclean.rules.span import main_run, span  # helpers for my rule\n" + RULE_FILE
    loaded = plugins.load_rule_file(write_rule_file(tmp_path, text))
    assert [r.id for r in loaded] == ["no-pineapple"]
    assert newsclean.default_chain().ids() == ["markers", "main-run", "title", "byline",
                                               "caption", "boilerplate", "no-pineapple",
                                               "dateline", "published", "quotes"]


def test_input_and_rule_errors_survive_pickling() -> None:
    """A process pool sends a failed input's error back pickled."""
    import pickle

    from newsclean.chain import RuleError
    from newsclean.read import InputError

    error = pickle.loads(pickle.dumps(InputError("page.txt", "empty file")))
    assert (str(error), error.source, error.reason) == ("page.txt: empty file", "page.txt", "empty file")
    failed = pickle.loads(pickle.dumps(RuleError("no-ferry", ValueError("boom"))))
    assert failed.rule_id == "no-ferry" and str(failed) == "rule 'no-ferry' failed: ValueError: boom"
