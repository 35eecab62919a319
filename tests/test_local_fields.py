"""Date lines and author lines as pages in other languages print them: a date line names its
month in the page's language ("4 februari 2024"), an author line may run its name into its
role with nothing between ("Karin ÅbergReporter"). The dumps are invented."""

from __future__ import annotations

import pytest
from conftest import check_roles

import newsclean
from newsclean.rules.patterns import is_byline, is_dateish

SWEDISH = "\n\n".join([
    "Nyheter\nVästerbotten\nKommunen stänger badhuset i Storvik hela sommaren",
    "Karin ÅbergReporter\nPublicerad 4 februari 2024 07.15Uppdaterad 4 februari 2024 09.40",
    "Badhuset i Storvik stänger från den första juni för en renovering som enligt kommunen beräknas ta tre "
    "månader. Under tiden hänvisas simklubben och skolorna till hallen i grannkommunen.",
    "Beslutet togs på tisdagens möte i fritidsnämnden, där en majoritet röstade för att göra hela arbetet "
    "på en gång i stället för att dela upp det på två somrar.",
    "– Det blir jobbigt för många familjer, men ventilationen och bassängens tätskikt måste bytas nu, "
    "säger nämndens ordförande Per Holm.",
    "Renoveringen kostar enligt kommunens beräkning omkring 38 miljoner kronor, och pengarna finns redan "
    "avsatta i årets investeringsbudget.",
]) + "\n"


@pytest.mark.parametrize(("line", "lang"), [
    ("Publicerad 4 februari 2024 07.15Uppdaterad 4 februari 2024 09.40", "sv"),
    ("Opublikowano: 12 marca 2024", "pl"),
    ("Pubblicato il 19 febbraio 2020 Ultima modifica 19 febbraio 2020 12:02", "it"),
    ("3 de mayo de 2022", "es"),
    ("19 février 2020", "fr"),
])
def test_a_date_line_names_its_month_in_the_pages_language(line: str, lang: str) -> None:
    assert is_dateish(line, lang)
    assert not is_dateish(line)  # (read as English, no month is named)


@pytest.mark.parametrize(("line", "lang"), [
    ("Die Brücke wird am 4. März 2024 gesperrt, sagt die Stadt nach langer Debatte", "de"),
    ("Kommunen fattade beslutet den 4 februari 2024 efter en lång debatt i fullmäktige", "sv"),
    ("Strona główna 2024", "pl"),
])
def test_a_sentence_holding_a_date_is_no_date_line(line: str, lang: str) -> None:
    assert not is_dateish(line, lang)


@pytest.mark.parametrize("line", ["Karin ÅbergReporter", "By Jane DoeStaff Writer",
                                  "Marta NowakDziennikarka"])
def test_a_name_run_into_its_role_is_an_author_line(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Karin Åberg", "McDonald Reporter", "iPhoneReporter app launched today",
                                  "Storvik BadhusReportage"])
def test_other_joins_make_no_author_line(line: str) -> None:
    assert not is_byline(line)


def test_a_swedish_articles_author_and_date_lines_are_no_text() -> None:
    result = newsclean.clean(SWEDISH)
    assert result.title == "Kommunen stänger badhuset i Storvik hela sommaren"
    assert result.authors == ["Karin Åberg"]
    assert result.paragraphs[0].startswith("Badhuset i Storvik stänger")
    assert not any("Publicerad" in p or "Reporter" in p for p in result.paragraphs)
    assert result.published_iso == "2024-02-04T07:15"
    check_roles(SWEDISH)


@pytest.mark.parametrize("line", ["Łukasz Nowak, Reporter", "Ødegaard Lund Journalist",
                                  "Άννα Παππά, Reporter"])
def test_a_name_opening_with_a_capital_of_any_script_is_a_name(line: str) -> None:
    assert is_byline(line)
