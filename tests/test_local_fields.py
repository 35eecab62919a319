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


@pytest.mark.parametrize("line", ["প্রকাশ: ১৪ মার্চ ২০২৪, ১১: ৩০ আপডেট: ১৪ মার্চ ২০২৪, ১৩: ০৫",
                                  "Τρίτη 19 Μαρτίου 2024"])
def test_a_date_line_of_a_language_no_list_told_names_a_month_of_its_script(line: str) -> None:
    # (no function-word list told the language: every language of the script names the month)
    assert is_dateish(line, "")
    assert not is_dateish(line)


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


def test_a_date_lines_label_ends_the_last_name_of_several() -> None:
    from newsclean.rules.authors import names

    line = "Par Hélène Marchal et Paul Girard Publié le 12/05/2025 à 08h10, mis à jour le 12/05/2025 à 11h02"
    assert names(line) == ["Hélène Marchal", "Paul Girard"]


ROLED = "\n\n".join([
    "Refinery to cut 300 jobs as it switches to biofuels - The Gulf Coast Ledger",
    "Business\nEnergy\nMarkets",
    "Business / Energy",
    "Refinery to cut 300 jobs as it switches to biofuels",
    "The company says most of the losses will come through early retirement over two years",
    "{line}\nListen to this article Share Save for later Gift this article",
    "The Harrow Point refinery seen from the ship channel. The plant opened in 1962. Ana Ruiz",
    "PORT ELLIS — The Harrow Point refinery will cut about 300 of its 1,100 jobs as it converts one of its "
    "two processing units to make fuel from used cooking oil and farm waste, its owner said Tuesday.",
    "The conversion, which the company valued at $640 million, is due to start in the spring and take "
    "about eighteen months, during which the unit will be shut.",
    "Union officials said they had been told that most of the cuts would come through early retirement "
    "and that the company had promised to retrain workers for the new unit where it could.",
]) + "\n"


def test_a_name_and_its_role_then_the_date_with_no_by_is_the_author_line() -> None:
    text = ROLED.format(line="Dana Whitlock Energy Reporter Published June 2, 2025 7:10 a.m. ET")
    result = newsclean.clean(text)
    assert result.authors == ["Dana Whitlock"]
    assert result.paragraphs[0].startswith("PORT ELLIS")
    check_roles(text)


def test_a_line_of_words_and_a_date_with_no_role_names_no_author() -> None:
    text = ROLED.format(line="Council approves refinery permit June 2, 2025")
    assert not newsclean.clean(text).authors


SIGNED = "\n\n".join([
    "Tin tức", "Bến Tre chở nước ngọt cho 20.000 hộ dân",
    "Tỉnh Bến Tre bắt đầu chở nước ngọt bằng xe bồn đến các xã ven biển, nơi nhiều giếng khoan đã "
    "nhiễm mặn sau hai tháng không mưa.",
    "Theo Sở Nông nghiệp, khoảng 20.000 hộ dân ở ba huyện ven biển đang thiếu nước sinh hoạt, và "
    "tỉnh đã chi gần 5 tỷ đồng để thuê xe bồn và lắp thêm bồn chứa tại các điểm công cộng.",
    "Cơ quan khí tượng dự báo đỉnh mặn tiếp theo sẽ xuất hiện vào cuối tháng, người dân được khuyến "
    "cáo trữ nước ngọt và hạn chế tưới cây vào buổi trưa.",
    "{line}",
    "Tin liên quan", "Miền Tây trữ nước ngọt chống hạn",
]) + "\n"


def test_the_writers_names_parted_by_a_dash_under_the_text_sign_it() -> None:
    # no author line under the headline: the names right under the article's last paragraph
    result = newsclean.clean(SIGNED.format(line="Trần Minh - Lê Hạnh"))
    assert result.authors == ["Trần Minh", "Lê Hạnh"]
    check_roles(SIGNED.format(line="Trần Minh - Lê Hạnh"))


@pytest.mark.parametrize("line", ["Bến Tre - Tiền Giang", "Nông nghiệp - Môi trường"])
def test_places_or_sections_parted_by_a_dash_sign_nothing(line: str) -> None:
    assert not newsclean.clean(SIGNED.format(line=line)).authors


PAGE = "\n".join([
    '<!doctype html><html lang="es"><head><title>Cortada la CV-60 por la crecida | Diario Levante</title>',
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": '
    '"Ana Ruiz"}, {"@type": "Person", "name": "Pablo Gómez"}]}</script></head><body>',
    '<nav><a href="/">Inicio</a> <a href="/local">Local</a></nav>',
    '<main><div class="detalle"><h1>Cortada la CV-60 por la crecida del Serpis en Gandia</h1>',
    '<h2 class="subtitulo">La Aemet mantiene el aviso rojo en el litoral sur de Valencia hasta la noche y '
    'Emergencias pide evitar todos los desplazamientos no imprescindibles</h2>',
    '<div class="firma"><span class="autor"><a href="/autor/ana">Ana Ruiz</a></span>',
    '<span class="autor"><a href="/autor/pablo">Pablo Gómez</a></span><span class="lugar">Gandia</span>',
    '<span class="fecha">Actualizado: <time>18/09/2025 - 14:35h</time></span></div>',
    '<p>La carretera CV-60 permanece cortada desde primera hora de la mañana a la altura de Palma de '
    'Gandia por la crecida del río Serpis, que se ha desbordado en varios puntos tras las lluvias.</p>',
    '<p>Según Emergencias, más de 400 viviendas han sido desalojadas de forma preventiva en Oliva y en '
    'las pedanías cercanas al cauce, y los vecinos han sido realojados en el polideportivo.</p>',
    '<p>La Aemet mantiene el aviso rojo en el litoral sur de Valencia hasta la noche y pide evitar todos '
    'los desplazamientos que no sean imprescindibles.</p>',
    '</div></main><footer>© Diario Levante</footer></body></html>'])


def test_the_line_opening_with_the_names_the_metadata_gives_is_the_author_line() -> None:
    # the names, the place and the date printed with nothing between them, no "By"
    result = newsclean.clean(PAGE, html=True)
    assert result.authors == ["Ana Ruiz", "Pablo Gómez"]
    assert not any("Actualizado" in p for p in result.paragraphs)
    assert any(p.startswith("La carretera CV-60") for p in result.paragraphs)


def test_a_town_after_the_names_is_no_author() -> None:
    from newsclean.document import Document
    from newsclean.rules.byline import _authors

    doc = Document(units=[])
    _authors(doc, "Von Lena Hoff und Paul Sander, Dresden")
    assert doc.meta["authors"] == ["Lena Hoff", "Paul Sander"]
    _authors(doc, "By Cindy, Charleston, SC")
    assert doc.meta["authors"] == ["Cindy"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Harriet Coombes Political correspondent", True),  # a name, its beat, its role
    ("Senior Business Editor", False),  # a role alone
    ("BuzzFeed News Reporter", False),  # an outlet's role, no one's name
])
def test_a_name_then_its_beat_and_role_is_an_author_line(line: str, expected: bool) -> None:
    assert is_byline(line) is expected


def test_a_second_author_line_opening_with_and_adds_its_name() -> None:
    # the Guardian's way: each author on a line with a role, the second opening with "and"
    story = [
        "The government has seen off the largest rebellion of the parliament so far after 38 of its "
        "own MPs voted against the planning bill at its third reading on Wednesday night.",
        "An amendment that would have kept the nature protections in the bill was defeated by 61 "
        "votes, a margin far smaller than the government's majority would suggest.",
        "Ministers offered a review of the new levy after three years, which the rebels called a "
        "review held after the diggers have been and gone.",
    ]
    dump = "\n\n".join(["Politics", "Ministers see off revolt on planning bill as 38 MPs defy whip",
                        "Housing secretary forced to offer late concessions on nature protections",
                        "Harriet Lowe Political correspondent\nand Tom Ashdown Deputy political editor",
                        "Wed 19 Mar 2025 23.41 GMT", *story]) + "\n"
    result = newsclean.clean(dump)
    assert result.authors == ["Harriet Lowe", "Tom Ashdown"]
    check_roles(dump)


DUTCH = "\n\n".join([
    "Nieuws\nEconomie\nBakkerij in Zwolle opent tweede winkel in de binnenstad",
    "Lotte van Dam", "12 nov 2025 • 3 min leestijd",
    "De bakkerij aan de Diezerstraat opent volgende maand een tweede winkel, op de plek waar tot vorig "
    "jaar een schoenenzaak zat. Er komen acht nieuwe banen bij.",
    "Volgens de eigenaar is de vraag naar brood en gebak sinds de verbouwing van de markt sterk gegroeid. "
    "Op zaterdag staat er nu al een rij tot buiten de deur.",
    "De gemeente heeft de vergunning voor de verbouwing vorige week verleend, zegt een woordvoerder van "
    "de wethouder van economische zaken.",
]) + "\n"


def test_a_name_whose_particle_is_a_function_word_is_the_author_over_its_date() -> None:
    # "van" is a Dutch function word and a name's particle: the name alone over the date
    article = newsclean.clean(DUTCH)
    assert article.authors == ["Lotte van Dam"]


@pytest.mark.parametrize(("line", "dated"), [
    # a timeline's entry: the date, then what happened, in characters written without spaces
    ("2021年12月18日         内之浦宇宙空間観測所から打ち上げ", False),
    ("2025年5月14日 光学航法カメラで小惑星を初めて点像として撮影", False),
    # a date stamp, and one with its labels
    ("2025年6月2日 更新", True), ("2024年03月05日 09:12 来源：人民网", True),
    ("发布时间：2024年3月5日 来源：新华社", True),
])
def test_han_and_kana_after_a_date_count_by_their_characters(line: str, dated: bool) -> None:
    assert is_dateish(line) is dated
