"""A live blog's entries under French times ("21 h 40"), and a row of share buttons printed
as one line in any language the lists know ("Partager Copier le lien")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.rules import shapes
from newsclean.rules.markers import _buttons, share_bar
from newsclean.rules.phrases import opener_of

ENTRIES = [
    ("21 h 40", "Fin de ce direct",
     "Ce direct est désormais terminé. Merci de l’avoir suivi avec nous. Retrouvez demain matin le bilan "
     "complet de la tempête et des dégâts commune par commune sur notre site."),
    ("20 h 05", "Le pont rouvert aux voitures",
     "Fermé depuis le début de l’après-midi en raison des rafales, le pont a rouvert à la circulation "
     "dans les deux sens, a indiqué la direction des routes, qui demande toutefois de limiter sa vitesse."),
    ("18 h 50", "Un automobiliste blessé par la chute d’un arbre",
     "Un homme d’une cinquantaine d’années a été légèrement blessé lorsqu’un platane s’est abattu sur sa "
     "voiture, avenue de la Gare. Il a été conduit à l’hôpital par les pompiers, qui sont intervenus vite."),
    ("16 h 10", "Le trafic ferroviaire toujours perturbé",
     "La circulation des trains entre Nantes et la côte restera interrompue jusqu’à la fin de la journée, "
     "des arbres étant tombés sur les voies à deux endroits. Des cars de substitution ont été mis en place."),
    ("10 h 05", "Bienvenue dans ce direct",
     "Bonjour à toutes et à tous, et bienvenue dans ce direct consacré au passage de la tempête sur le "
     "département. Les premières fortes rafales sont attendues en fin de matinée sur le littoral."),
]


def _live_blog(buttons: str) -> str:
    lines = ["Tempête : rafales à 130 km/h, des milliers de foyers privés d’électricité",
             "Par Claire Dubois", "Publié le 12/03/2026 à 10h05, mis à jour à 21h52"]
    for time, heading, text in ENTRIES:
        lines += [time, heading, text, buttons]
    lines += ["Les plus lus", "Le marché de Noël ouvre samedi", "Un nouveau boulanger au port",
              "© 2026 Le Courrier de l’Estuaire. Tous droits réservés."]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("time", ["21 h 40", "9 h 05", "21h40", "21:40"])
def test_a_french_time_alone_is_a_feeds_stamp(time: str) -> None:
    assert shapes._CLOCK_ALONE.fullmatch(time)
    assert shapes._STAMP.match(time)


def test_a_live_blogs_entries_under_french_times_are_the_article() -> None:
    result = newsclean.clean(_live_blog("Partager"))
    for time, heading, text in ENTRIES:
        assert time in result.paragraphs
        assert text in result.paragraphs
        assert heading in result.paragraphs


@pytest.mark.parametrize("line", ["Partager Copier le lien", "Share Copy link", "Facebook · X · WhatsApp",
                                  "Teilen Drucken", "Condividi Stampa", "Print Print this page"])
def test_share_buttons_run_into_one_line_are_a_share_bar(line: str) -> None:
    assert _buttons(line)


@pytest.mark.parametrize("line", ["The share price", "Share", "... print x", "World News", "Print the form"])
def test_a_line_that_is_not_all_buttons_is_no_share_bar(line: str) -> None:
    assert not _buttons(line)


def test_each_entrys_buttons_go_and_its_text_stays() -> None:
    result = newsclean.clean(_live_blog("Partager Copier le lien"))
    assert "Partager Copier le lien" not in result.paragraphs
    assert all(text in result.paragraphs for _, _, text in ENTRIES)


SHARE_WORDS = ["share", "Partager", "copier le lien", "X", "Facebook", "e-mail", "Print", "drucken", "Teilen",
               "harbour", "quay", "the", "...", "1", "·", "|", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SHARE_WORDS), min_size=1, max_size=8),
       st.lists(st.sampled_from([" ", " · ", " | ", "/", ", ", "  "]), min_size=8, max_size=8))
def test_the_first_word_looked_up_first_finds_the_same_share_bars(words: list[str], glue: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, glue)).strip()
    assert share_bar(text, opener_of("share")) == _buttons(text)
