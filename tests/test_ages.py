"""Relative ages in the page's language (`newsclean.rules.ages`), from CLDR through babel."""
# The dump below keeps its real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules import ages


@pytest.mark.parametrize(
    ("lang", "text"),
    [("cs", "před 2 hodinami"), ("cs", "před 1 hodinou"), ("de", "vor 3 Stunden"),
     ("de", "vor 5 Min."), ("fr", "il y a 2 h"), ("fr", "il y a 3 jours"), ("es", "hace 3 días"),
     ("pl", "22 godziny temu"), ("ja", "3時間前"), ("ja", "3 時間前"), ("zh", "5小时前"),
     ("pt", "há 2 horas"), ("ar", "قبل 5 ساعات"), ("ar", "قبل 100 ساعة")],
)
def test_a_relative_age_in_the_pages_language(lang: str, text: str) -> None:
    assert ages.is_age(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("cs", "Aktualizováno před 21 minutami, kdy se tým vrátil"), ("de", "Vor dem Spiel"),
     ("fr", "Il y a deux ans, le port a fermé."), ("cs", "West Ham hrozí gigantům"),
     ("de", "vor 3 Stunden"[::-1])],
)
def test_other_lines_are_no_age(lang: str, text: str) -> None:
    assert not ages.is_age(text, lang)


def test_english_and_unknown_languages_have_no_pattern_here() -> None:
    # English ages are read by the line patterns (shapes, patterns); a code babel lacks: none
    assert ages.pattern("en") is None
    assert ages.pattern("xx-nonsense") is None


def test_an_age_under_the_headline_is_no_headline_and_the_name_above_it_is_the_author() -> None:
    dump = """\
Přístav v Kestle znovu uzavřen, rybáři se zlobí - Kestle.cz

Domácí
Zahraničí
Sport

Přístav v Kestle opět uzavřen kvůli bouři

Jana Nováková
před 2 hodinami
Přístavní rada v úterý oznámila, že severní molo zůstane zavřené nejméně šest měsíců, protože zimní bouře poškodily jeho základy a pojišťovna odmítla kotviště dále krýt.
Rybáři, kteří molo používají, uvedli, že se jich nikdo neptal, a že staré molo je pro větší lodě při odlivu příliš mělké, což je bude stát dva dny práce týdně.
Mluvčí rady řekla, že úřad uspořádal dvě veřejná setkání a další uspořádá na jaře, až dodavatel pošle nový harmonogram zbývajících prací.
"""
    # the page's title (printed first) says it in other words than the headline shown: the
    # same story (they share its words), so the headline as printed is the title
    article = newsclean.clean(dump)
    assert article.title == "Přístav v Kestle opět uzavřen kvůli bouři"
    assert article.authors == ["Jana Nováková"]  # without the age read as one: no author
    assert "před 2 hodinami" not in article.body
