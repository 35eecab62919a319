"""published_iso: the publication time in ISO 8601, from a page's metadata or a dump's date line."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.published import from_metadata, from_text

LEAD = ("The harbour council voted on Tuesday to build a new ferry terminal at the end of the old "
        "pier, ending a debate that has run for more than ten years and split the town in two.")
MORE = ("The terminal will cost $14 million and open in the spring of 2027, two years later than "
        "planned, after the council agreed to pay for a wider harbour wall on the eastern side.")


@pytest.mark.parametrize(("value", "iso"), [
    ("2018-10-06T08:57:00+02:00", "2018-10-06T08:57+02:00"),
    ("2023-11-06T13:00:15.055Z", "2023-11-06T13:00:15+00:00"),
    ("2023-11-17", "2023-11-17"),
    ("20180619T055000+0900", "2018-06-19T05:50+09:00"),
    ("2015-07-10 09:53:00 -0400", "2015-07-10T09:53-04:00"),
    ("Wed, 28 Dec 2016 10:00:00 GMT", "2016-12-28T10:00"),
    ("05/29/2007 09:49:00", "2007-05-29T09:49"),
    ("12:55 AM", None),  # a time and no date
    ("soon", None),
])
def test_metadata_values(value: str, iso: str | None) -> None:
    assert from_metadata(value) == iso


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.", "en",
     "2023-11-08T16:56"),
    ("By Dana Lee December 28, 2016", "en", "2016-12-28"),
    ("Jane Doe - Aug 10, 2016 11:15 am UTC", "en", "2016-08-10T11:15"),
    ("December 15, 2016 3:33 PM ET", "en", "2016-12-15T15:33"),
    ("Updated 10:41 AM EST, Tue January 7, 2020", "en", "2020-01-07"),
    ("Saturday 22 June 2024, 07:00 BST", "en", "2024-06-22T07:00"),
    ("Sept. 5, 2019", "en", "2019-09-05"),
    ("11/23/2019", "en", "2019-11-23"),
    ("Le 17/02/2020", "fr", "2020-02-17"),
    ("postado em 04/05/2022 05:49", "pt", "2022-05-04T05:49"),
    ("04.05.2022, 05:45:00", "en", "2022-05-04T05:45"),  # dots: day first in every language
    ("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "es", "2022-05-04T07:46"),
    ("Dodano: 30 kwietnia 2021, 11:55", "pl", "2021-04-30T11:55"),
    ("Le 24 novembre 2017 à 18h42", "fr", "2017-11-24T18:42"),
    ("19. März 2020, 10:15 Uhr", "de", "2020-03-19T10:15"),
    ("1 de dezembro de 2017 3:00 PM", "pt", "2017-12-01T15:00"),
    ("Mai 2020", "de", None),  # no day: no date
    ("更新时间 2012年12月10日 10:41", "en", "2012-12-10T10:41"),
    ("2018年6月20日（水）", "en", "2018-06-20"),
    ("2019년 8월 20일 09:31", "en", "2019-08-20T09:31"),
    ("2018/6/19 5:50", "en", "2018-06-19T05:50"),
    ("February 30, 2020", "en", None),
    ("Subscribe for $1 a week", "en", None),
    # day, month and year each closed by a dot and a space, as Czech and Slovak print them
    ("Autor: Jana Malá | 14. 3. 2024, 16:45 | přečteno 812×", "cs", "2024-03-14T16:45"),
    ("Uverejnené: 15. 3. 2024 | 09:12 | Autor: Eva Hrubá", "cs", "2024-03-15T09:12"),
    # Hungarian writes the year first, in the page's language's month names
    ("2024. március 14. 18:32 Frissítve: 2024. március 14. 20:05", "hu", "2024-03-14T18:32"),
    ("Objavljeno 19. ožujka 2024. u 10:15", "hr", "2024-03-19T10:15"),
    ("Ni Rosa Dizon | Hulyo 15, 2024 - 3:20 PM", "tl", "2024-07-15T15:20"),
    # Lithuanian's year-first date with its year and day words
    ("2024 m. kovo 14 d. 10:15", "lt", "2024-03-14T10:15"),
])
def test_date_lines(text: str, lang: str, iso: str | None) -> None:
    assert from_text(text, lang) == iso


@pytest.mark.parametrize(("text", "iso"), [
    # a language no function-word list tells: the month is read in every language of its script
    ("Από Ελένη Σταύρου 14 Μαρτίου 2024, 11:20 Χρόνος ανάγνωσης: 3 λεπτά", "2024-03-14T11:20"),
    ("Автор: Ірина Бондар · 14 березня 2024, 12:30 · 👁 5 214", "2024-03-14T12:30"),
    ("Ni Rosa Dizon | Hulyo 15, 2024 - 3:20 PM", "2024-07-15T15:20"),
    ("Publicerad 28 mars 2024 kl. 22.17", "2024-03-28"),
    ("Atnaujinta 2024 m. kovo 14 d. 13:40", "2024-03-14T13:40"),
    # Thai counts years from the Buddha: 2567 is 2024
    ("โดย สมศรี ใจดี 14 มี.ค. 2567 15:42 น.", "2024-03-14T15:42"),
    # "listopad" is November in Czech and October in Croatian: no month without the language
    ("Objavljeno 3. listopad 2024", None),
    ("Top 10 Tips 2024", None),
    ("Chapter 12 Comments 2024", None),
])
def test_month_names_of_an_unknown_language(text: str, iso: str | None) -> None:
    assert from_text(text, "") == iso


def test_english_pages_read_english_months_only() -> None:
    # a page told as English reads no other language's month ("Hulyo" is Tagalog's July)
    assert from_text("Hulyo 15, 2024", "en") is None


def test_greek_dump_with_no_function_word_list() -> None:
    lead = ("Ύστερα από σχεδόν τρεις δεκαετίες σιωπής, ο παλιός κινηματογράφος της πόλης ετοιμάζεται "
            "να ανοίξει ξανά τις πόρτες του, μετά από μια ανακαίνιση που κράτησε τρία χρόνια.")
    more = ("Ο δήμος απέκτησε το ακίνητο το 2019 από τους κληρονόμους της οικογένειας, και οι εργασίες "
            "ξεκίνησαν έναν χρόνο αργότερα, με χρήματα από ευρωπαϊκά προγράμματα και δωρεές.")
    text = (f"Αρχική\nΠολιτισμός\n\nΞανανοίγει ο ιστορικός κινηματογράφος της πόλης\n\n"
            f"Από Ελένη Σταύρου 14 Μαρτίου 2024, 11:20\n\n{lead}\n\n{more}\n")
    assert newsclean.clean(text).published_iso == "2024-03-14T11:20"


def test_dump_date_line_under_the_headline() -> None:
    text = (f"Harbour council backs new ferry terminal\n\nBy Jane Doe\n\nPublished March 4, 2025 at "
            f"6:12 p.m. | Updated March 5, 2025 at 9:40 a.m.\n\n{LEAD}\n\n{MORE}\n")
    article = newsclean.clean(text)
    assert article.published_iso == "2025-03-04T18:12"
    assert article.to_dict()["published_iso"] == "2025-03-04T18:12"


def test_a_date_line_read_as_a_numbered_list_item() -> None:
    # a Markdown dump reads "14. Januar 2020" as item 14; the date line as written has its day
    text = ("* Politik\n* Wirtschaft\n\n# Stadtrat beschließt neues Fährterminal\n\n"
            "14. Januar 2020, 9:21 Uhr 12 Kommentare\n\n"
            "Der Stadtrat hat am Dienstag beschlossen, am Ende der alten Mole ein neues "
            "Fährterminal zu bauen, und damit einen Streit beendet, der seit zehn Jahren die "
            "Stadt spaltet.\n\nDas Terminal soll 14 Millionen Euro kosten und im Frühjahr 2027 "
            "eröffnet werden, zwei Jahre später als geplant, weil der Hafen eine breitere "
            "Mauer braucht.\n")
    article = newsclean.clean(text)
    assert article.published_iso == "2020-01-14T09:21"


def test_dump_date_over_the_headline() -> None:
    text = (f"Thursday, November 9, 2023 4:41AM\n\nHarbour council backs new ferry terminal\n\n"
            f"{LEAD}\n\n{MORE}\n")
    assert newsclean.clean(text).published_iso == "2023-11-09T04:41"


def test_a_date_in_the_story_is_not_the_publication_date() -> None:
    story = ("On May 4, 2019, the old ferry sank at its mooring during a storm, and the town has been "
             "without a crossing ever since, the council's report says in its opening pages.")
    text = f"Harbour council backs new ferry terminal\n\n{LEAD}\n\n{MORE}\n\n{LEAD}\n\n{MORE}\n\n{story}\n"
    assert newsclean.clean(text).published_iso is None


def test_html_metadata_comes_first() -> None:
    page = ("<html><head><title>Harbour council backs new ferry terminal</title>"
            '<meta property="article:published_time" content="2026-03-04T21:47:00-04:00"></head>'
            "<body><article><h1>Harbour council backs new ferry terminal</h1>"
            "<p>Published March 5, 2026</p>"
            f"<p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    article = newsclean.clean(page)
    assert article.published == "2026-03-04T21:47:00-04:00"  # as written: unchanged
    assert article.published_iso == "2026-03-04T21:47-04:00"


def test_html_without_metadata_reads_the_date_line() -> None:
    page = ("<html><head><title>Harbour council backs new ferry terminal</title></head>"
            "<body><article><h1>Harbour council backs new ferry terminal</h1>"
            "<p class='date'>March 5, 2026</p>"
            f"<p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    article = newsclean.clean(page)
    assert article.published_iso == "2026-03-05"
    assert "published" not in article.to_dict()  # the as-written key stays HTML metadata only
