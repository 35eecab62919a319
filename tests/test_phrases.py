"""The phrase matcher behind `markers`: its trigger words are a speed-up and must never change
which category a line gets."""

from __future__ import annotations

import re

import pytest

from newsclean.rules import data
from newsclean.rules.phrases import _COUNT, _TRIM, category, triggers


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcookies?\b", ("cookie", "cookies")),
        ("(share|follow)( this| us)\\b", ("share", "follow")),
        ("(story|article) continues", ("story continues", "article continues")),
        ("report a (typo|error)", ("report a",)),
        ("((facebook|twitter)[\\s,]*){2,}$", ("facebook", "twitter")),
        ("advertis(ing|ement)", ()),  # no whole word to look for
        ("colou?r", ()),
        ("a|b(c|d)", ()),  # one branch without a word: no trigger for the pattern
        (r"\d+ comments", ()),
        ("x[a|b]y", ()),  # the | inside a class is no alternation
    ],
)
def test_triggers(pattern: str, expected: tuple[str, ...]) -> None:
    assert triggers(pattern) == expected


def _reference(text: str) -> str | None:
    """Every pattern on every line, in file order: what the matcher must agree with."""
    table = data.load("markers")
    key = _COUNT.sub("", text.lower().strip(_TRIM)).strip(_TRIM)
    for name, spec in table.items():
        if key in {p.lower().strip(_TRIM) for p in spec.get("exact", [])}:
            return name
    for anchored in (True, False):
        for name, spec in table.items():
            for pattern in spec.get("patterns", []):
                if pattern.startswith("^") != anchored or len(text) > spec.get("max_len", 200):
                    continue
                regex = re.compile(pattern[1:] if anchored else pattern, re.IGNORECASE)
                if (regex.match(text) if anchored else regex.search(text)):
                    return name
    return None


LINES = [
    "Share this article", "Facebook Twitter Email Print", "E-mail", "Advertisement",
    "Story continues below advertisement", "We use cookies to improve your experience on our site.",
    "Sign up for our daily newsletter and get the top stories in your inbox",
    "Receive our monthly newsletter", "12 comments", "Comments (4)", "Leave a Reply",
    "3 hours ago", "an hour ago", "Thu, Oct 16, 2025, 10:52 AM", "© 2025 The Courier",
    "(Updates with share move in second paragraph.)", "DJIA 42,118.35 +0.4%", "72°",
    "Home » News » Local", "Filed under: Politics, Courts", "Print Recipe",
    "You must be logged in to leave a comment.", "Related articles", "Most Read",
    "The council voted 5-2 on Tuesday to approve the plan, officials said.",
    "Chile is the world's biggest copper producer.", "PC Gamer Newsletter",
    "Jane says:", "All rights reserved. This material may not be published or broadcast.",
    "Tickets cost $12 and are on sale now, the organisers said in a statement.",
]


@pytest.mark.parametrize("line", LINES)
def test_matcher_agrees_with_trying_every_pattern(line: str) -> None:
    assert category(line) == _reference(line)


def test_prose_is_not_boilerplate() -> None:
    assert category("The council voted 5-2 on Tuesday to approve the plan, officials said.") is None
    assert category("Share") == "share"


@pytest.mark.parametrize("line", ["Jump to content", "Jump to navigation", "Jump to search",
                                  "Skip to main content", "Jump to Video"])
def test_skip_links_are_navigation(line: str) -> None:
    assert category(line) == "navigation"


def test_a_headline_opening_with_jump_is_no_skip_link() -> None:
    assert category("Jump to conclusions: why the harbour board changed its mind on the north quay") is None


def test_every_builtin_pattern_is_behind_a_trigger_word() -> None:
    """A pattern without a trigger word runs on every line of every page: keep it that way
    only for patterns led by digits or symbols (one shared alternation)."""
    from newsclean.rules.phrases import _compiled

    matcher = _compiled(data.version())
    assert matcher.inner_rest == []
    assert all(not p.regex.pattern[:1].isalpha() for p in matcher.lead_rest)


@pytest.mark.parametrize("line", [
    "Facebook'ta Paylaş X'te Paylaş WhatsApp A+ A- Google News'te Takip Et",
    "Udostępnij: Facebook · Twitter · LinkedIn",
    "Condividi su Facebook Condividi su WhatsApp",
])
def test_two_social_networks_in_a_short_line_are_share_buttons_in_any_language(line: str) -> None:
    assert category(line) == "share"


@pytest.mark.parametrize("line", [
    "Facebook Is Tracking Me Even Though I'm Not on Facebook",
    "He wrote on Facebook and on WhatsApp that the council had lied to the town.",
    "WhatsApp down: WhatsApp users report outage across Europe",  # one network, named twice
])
def test_a_headline_or_a_sentence_naming_networks_is_no_share_bar(line: str) -> None:
    assert category(line) != "share"


@pytest.mark.parametrize("line", ["Imprimer", "Imprimir", "Drucken", "Guardar", "Speichern"])
def test_print_and_save_buttons_in_other_languages_are_share_furniture(line: str) -> None:
    assert category(line) == "share"


@pytest.mark.parametrize(("line", "share"), [
    ("Printer-friendly version | E-mail this story | Comments (10)", True),
    ("Print | Email to a friend", True),
    ("Save article | Share | 12 comments", True),
    ("Email newsletters | Podcasts | Local events", False),  # one tool among a menu's entries
    ("Council to print ballots early | Polls open Thursday", False),
])
def test_a_line_of_tools_each_named_between_bars_is_a_share_bar(line: str, share: bool) -> None:
    from newsclean.rules.markers import markers
    from newsclean.segment import segment

    doc = segment(line + "\n")
    markers.apply(doc)
    assert (doc.units[0].labels.get("marker") == "share") is share


@pytest.mark.parametrize(("line", "note"), [
    ("Lindqvist, M. & Park, J. (2019). Growth of deep-water corals. J. Deep-Sea Biol. 42, 88–101. ↩", True),
    ("Harbour Board annual report 2024, p. 12 ↩\ufe0e", True),
    ("The arrow ↩ on the keyboard returns the carriage.", False),
])
def test_a_footnote_with_its_way_back_to_the_text_is_furniture(line: str, note: bool) -> None:
    # a page's footnotes end with "↩", the link back to where the text cites them
    from newsclean.rules.markers import markers
    from newsclean.segment import segment

    doc = segment(line + "\n")
    markers.apply(doc)
    assert (doc.units[0].labels.get("marker") == "footer") is note


@pytest.mark.parametrize("line", [
    "Join 40,000+ fans in the Harbour Sport community server for live match threads.",
    "Join over 12k members on our Discord for patch notes and match threads",
    "Join the server",
    "Join the community",
])
def test_a_community_servers_pitch_and_button_are_calls_to_action(line: str) -> None:
    assert category(line) == "cta"


@pytest.mark.parametrize("line", [
    "Join 40,000 fans who marched through the city on Saturday, the organisers asked.",
    "Joining the server team in 2019, she rebuilt the club's website within a month.",
])
def test_a_sentence_about_joining_is_no_community_pitch(line: str) -> None:
    assert category(line) != "cta"


@pytest.mark.parametrize(("line", "expected"), [
    ("Politik » Landtag", "navigation"),
    ("علمی و فناوری » پژوهش", "navigation"),
    # a closing guillemet after an opening one is a quotation's, not a breadcrumb's separator
    ("Die Kunsthalle zeigt «Ikonen» ab Samstag", None),
    ("نتایج در نشریه «مهندسی آب ایران» منتشر شده است.", None),
])
def test_a_quotations_closing_guillemet_is_no_breadcrumb(line: str, expected: str | None) -> None:
    assert category(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("保存javascript:void(0)", "navigation"),  # a script link's address printed as its text
    ("有料会員の方のみご利用になれます。保存した記事はスマホでもご覧いただけます。", "cta"),
    ("［有料会員限定］この記事は会員限定です。", "cta"),
])
def test_script_links_and_japanese_members_only_notes(line: str, expected: str) -> None:
    assert category(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    ("Новости партнёров", "related"),
    ("Другие новости рубрики", "related"),
    ("Самое читаемое", "related"),
    ("Реклама. ООО «Ромашка». ИНН 7700000000. erid: 2SDnjeXyZ1b", "advertisement"),
    ("О редакции · Реклама · Контакты · Политика конфиденциальности", "footer"),
    ("Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "cookie-banner"),
    ("廣告", "advertisement"),
    ("延伸閱讀", "related"),
    ("每週五寄送一週最值得讀的深度報導，免費訂閱。", "newsletter"),
])
def test_russian_and_traditional_chinese_furniture(line: str, expected: str) -> None:
    assert category(line) == expected


@pytest.mark.parametrize("line", [
    "Компания поделится планами с инвесторами в сентябре, сообщил директор.",
    "Реклама на телевидении подорожала за год на 20%, подсчитали аналитики.",
])
def test_russian_sentences_about_sharing_and_advertising_are_text(line: str) -> None:
    assert category(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Up next: The last full-time blacksmith in Door County 6:03", "related"),
    ("A continuación Entrevista: el mánager habla tras la derrota 4:06", "related"),
    ("CC Audio description Autoplay: on Share", "widget"),
    ("Closed captions Autoplay: off", "widget"),
    ("Next, the council turns to the budget, which is up next month.", None),
])
def test_a_video_players_next_clip_and_controls_are_furniture(line: str, expected: str | None) -> None:
    assert category(line) == expected


@pytest.mark.parametrize("line", ["Word lid", "Al lid? Log in", "Already a member? Sign in",
                                  "Schon Mitglied? Anmelden", "Bli medlem"])
def test_a_membership_appeals_buttons_are_calls_to_action(line: str) -> None:
    assert category(line) == "cta"


@pytest.mark.parametrize("line", [
    "A continuación, el alcalde explicó que las obras terminarán en mayo.",
    "A seguir, o ministro respondeu às perguntas dos jornalistas.",
    "Поделиться с читателями своими планами компания не захотела.",
])
def test_sentences_opening_with_next_or_share_words_are_text(line: str) -> None:
    assert category(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("★★★★★ 4,7 (126 Bewertungen)", "widget"),  # a rating's stars, score and votes
    ("★★★★☆ 4.2/5 (38 ratings)", "widget"),
    ("Rezept drucken Merken", "widget"),  # a recipe card's buttons
    ("Print Recipe Pin Recipe Rate", "widget"),
    ("E-Mail-Adresse Jetzt anmelden", "newsletter"),  # a sign-up form's field and button
    ("Der Genuss-Newsletter", "newsletter"),  # a newsletter's name as the box's heading
])
def test_rating_stars_recipe_buttons_and_sign_up_forms_are_furniture(line: str, expected: str) -> None:
    assert category(line) == expected


@pytest.mark.parametrize("line", [
    "Five stars: ★★★★★ for the service, the staff said in the review quoted by the council.",
    "Print the form, sign it and send it to the council by Friday.",
    "Der Newsletter-Versand der Stadt wurde nach Beschwerden über die Kosten eingestellt.",
])
def test_sentences_naming_stars_printing_or_newsletters_are_no_widget(line: str) -> None:
    assert category(line) is None
