"""A user's data files and rule files: checked with a one-line error naming the file, the key
and what was expected; a rule that raises on one input fails that input, not the batch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.chain import RuleError
from newsclean.rules import data

ARTICLE = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n\n"
           "Fishing boats will tie up at the south quay, which the board says has room for all of "
           "the eleven boats that land at Kestle each morning.\n")


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("markers", '[harbour]\npatterns = ["(unclosed"]\n',
     "[harbour] patterns: pattern 1 ('(unclosed') is not a regular expression"),
    ("markers", "[harbour]\npatterns = 3\n", "[harbour] patterns: expected a list of strings"),
    ("markers", '[harbour]\nphrases = ["x"]\n', "[harbour] phrases: unknown field"),
    ("markers", '[harbour]\nmax_len = "long"\n', "[harbour] max_len: expected a whole number"),
    ("markers", 'harbour = ["x"]\n', "harbour: expected a table"),
    ("credits", 'agencys = ["Kestle Press"]\n', "agencys: unknown key"),
    ("credits", "agencies = [1, 2]\n", "agencies: expected a list of strings"),
    ("credits", 'trailer_patterns = ["[unclosed"]\n', "trailer_patterns: pattern 1"),
    ("quotes", 'verbs = "said"\n', "verbs: expected a list of strings"),
])
def test_a_data_file_the_rules_cannot_read_is_refused_with_why(tmp_path: Path, name: str, text: str,
                                                              expected: str) -> None:
    path = tmp_path / f"{name}-extra.toml"
    path.write_text(text, encoding="utf-8")
    before = data.version()
    with pytest.raises(ValueError, match=r"^" + str(path).replace("\\", "\\\\")) as caught:
        data.add_file(name, path)
    assert expected in str(caught.value)
    assert data.version() == before  # nothing was added
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-", "--data", f"{name}={path}"],
                          input=ARTICLE, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and expected in " ".join(done.stderr.split())


def test_a_good_data_file_is_taken() -> None:
    assert data.check("markers", {"harbour": {"exact": ["harbour webcam"], "patterns": ["^tide times\\b"],
                                              "max_len": 40}}) == ""
    assert data.check("credits", {"agencies": ["Kestle Press"]}) == ""


RULE_FILE = '''
from newsclean import rule

@rule("fussy", "Fails on a dump that mentions divers.")
def fussy(doc):
    if any("divers" in unit.text for unit in doc.units):
        raise ValueError("divers are not allowed")
'''


def test_a_rule_that_raises_fails_its_input_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text(RULE_FILE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("divers", "crews"), encoding="utf-8")
    command = [sys.executable, "-m", "newsclean", "clean", "a.txt", "b.txt", "-f", "jsonl",
               "--rules-file", "rules.py"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "a.txt: rule 'fussy' failed: ValueError: divers are not allowed" in done.stderr
    records = done.stdout.splitlines()
    assert len(records) == 2 and '"error"' in records[0] and "crews" in records[1]


def test_the_library_names_the_rule_that_raised() -> None:
    chain = newsclean.default_chain()
    from newsclean.chain import rule

    @rule("fussy", "Always fails.")
    def fussy(doc) -> None:
        raise KeyError("x")

    chain.add(fussy)
    with pytest.raises(RuleError, match="rule 'fussy' failed: KeyError"):
        newsclean.clean(ARTICLE, rules=chain)
