"""A French page saved with the browser's "Save page as", then dumped by lynx: its frames are
files named for the headline (an address with spaces, wrapped at them), its superscripts
carets ("XIX^e siècle"), its paywall and comment box in French. The dump is invented."""

from __future__ import annotations

import textwrap

import pytest

import newsclean
from newsclean.rules.phrases import category

ARTICLE = [
    "Les bouquinistes des quais de Saône s'inquiètent du nouveau plan de circulation présenté la "
    "semaine dernière par la Métropole, qui supprime l'aire de livraison où ils garent leurs camionnettes.",
    "Présents sur les quais depuis le XIXe siècle, les bouquinistes lyonnais étaient encore une trentaine "
    "dans les années 1980. Ils ne sont plus que onze aujourd'hui, et plusieurs songent à arrêter.",
    "Contactée, la vice-présidente chargée des déplacements assure que « rien n'est figé » et promet une "
    "concertation avec les commerçants du quai avant l'été.",
]

def _wrapped(paragraph: str) -> list[str]:
    """A paragraph as lynx -width=80 prints it: indented three columns, wrapped near 74."""
    return ["   " + line for line in textwrap.wrap(paragraph, 71)]


DUMP = "\n".join([
    "   [1]Rhône Matin",
    "",
    "À Lyon, les bouquinistes des quais de Saône inquiets face au nouveau plan de circulation",
    "",
    "   Par Claire Vautrin - Le 05/03/2026 à 06:00",
    "",
    *_wrapped(ARTICLE[0]),
    "",
    "   IFRAME: [2]./%C3%80 Lyon, les bouquinistes des quais de Sa%C3%B4ne",
    "   inquiets face au nouveau plan de circulation_files/container(1).html",
    "",
    *_wrapped(ARTICLE[1].replace("XIXe", "XIX^e")),
    "",
    *_wrapped(ARTICLE[2]),
    "",
    *_wrapped("Cet article est réservé aux abonnés. Pour lire la suite, abonnez-vous dès 1€ le "
              "premier mois."),
    "",
    "   [3]Je m'abonne",
    "",
    "Réactions (12)",
    "",
    "   Gones69 il y a 2 heures",
    *_wrapped("J'achète mes polars chez Bernard depuis quinze ans. Une aire de livraison, ce n'est "
              "pas la mer à boire."),
    "",
    "   (BUTTON) Voir les 10 autres réactions",
    "",
    "References",
    "",
    "   1. https://www.rhonematin.example/",
    "   2. file:///tmp/page_files/container(1).html",
    "   3. https://www.rhonematin.example/abonnement",
])


@pytest.mark.parametrize(("line", "found"), [
    ("Réactions (12)", "comments"), ("Voir les 10 autres réactions", "comments"), ("Je m'abonne", "cta"),
    ("Cet article est réservé aux abonnés. Pour lire la suite, abonnez-vous dès 1€.", "cta"),
    ("Les réactions des commerçants ont été vives", None),
])
def test_a_french_pages_paywall_and_comment_box(line: str, found: str | None) -> None:
    assert category(line) == found


def test_the_saved_pages_frames_and_superscripts_leave_the_article_as_written() -> None:
    result = newsclean.clean(DUMP + "\n")
    assert any("lynx" in note for note in result.notes)
    assert result.paragraphs == ARTICLE
