"""Author lines as pages in scripts without capitals, or in their own conventions, print them:
a label alone over the name ("Автор" / "Олена Ковальчук", "ผู้เขียน" / name), "Текст:", the
reporter's field before the editor's ("रिपोर्ट: ... | एडिटेड बाय: ..."), a Japanese paper's
reporter signed in brackets under the text ("（加藤真由美）"), and each author in a meta tag of
their own. The dumps and pages are invented."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.patterns import is_byline
from newsclean.rules.signatures import bracketed_name
from newsclean.rules.title import _doubled_name, _labelled_name

UKRAINIAN = [
    "У Вінниці старе трамвайне депо перетворять на музей міського транспорту",
    "Автор", "Олена Ковальчук", "12 березня 2026, 09:15",
    "Вінницька міська рада ухвалила рішення про створення музею міського транспорту в будівлі старого "
    "трамвайного депо, яке стоїть порожнім уже понад десять років.",
    "Депо, збудоване у 1913 році, майже сто років обслуговувало перші трамваї міста, а тепер у ньому "
    "покажуть відреставровані вагони, квитки та форму кондукторів різних років.",
    "Перших відвідувачів музей має прийняти наступної весни, повідомили в департаменті культури.",
]

THAI = [
    "เชียงใหม่นำร่องรถแดงไฟฟ้า 30 คัน วิ่งรอบคูเมือง เริ่มเดือนหน้า",
    "ผู้เขียน", "ปิยะนุช คำแสน", "15 พ.ค. 2569 เวลา 10:24 น.",
    "เทศบาลนครเชียงใหม่ร่วมกับสหกรณ์รถแดงเปิดตัวโครงการรถแดงไฟฟ้าจำนวนสามสิบคัน ซึ่งจะวิ่งให้บริการรอบคูเมือง"
    "ตั้งแต่ต้นเดือนหน้าเป็นต้นไป โดยผู้โดยสารจะจ่ายค่าโดยสารเท่าเดิม",
    "ผู้บริหารเทศบาลกล่าวว่าโครงการนี้จะช่วยลดฝุ่นควันและเสียงดังในเขตเมืองเก่า และหากได้ผลดีจะขยายไปยังเส้นทางอื่น"
    "ภายในปีหน้า พร้อมติดตั้งสถานีชาร์จเพิ่มอีกสิบแห่ง",
]


@pytest.mark.parametrize(("lines", "name"), [(UKRAINIAN, "Олена Ковальчук"), (THAI, "ปิยะนุช คำแสน")])
def test_a_label_alone_over_the_name_is_the_author_line(lines: list[str], name: str) -> None:
    result = newsclean.clean("\n\n".join(lines) + "\n")
    assert result.authors == [name]
    assert name not in result.paragraphs


@pytest.mark.parametrize("line", ["Текст: Анна Морозова", "रिपोर्ट: अंकित मिश्रा | एडिटेड बाय: प्रिया शर्मा",
                                  "ผู้เขียน ปิยะนุช คำแสน"])
def test_author_lines_of_other_conventions(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Текст закона приняли в среду", "Автор", "Photo: Jane Doe"])
def test_a_sentence_or_a_label_alone_is_no_author_line(line: str) -> None:
    assert not is_byline(line)


@pytest.mark.parametrize(("line", "name"), [("（加藤真由美）", "加藤真由美"), ("(Jane Doe)", "Jane Doe"),
                                            ("（共同）", None), ("（写真）", None), ("(see below)", None)])
def test_a_name_in_brackets_alone_signs_the_text_an_agency_does_not(line: str, name: str | None) -> None:
    assert bracketed_name(line) == name


def test_a_japanese_papers_reporter_signed_in_brackets_under_the_text() -> None:
    text = "\n\n".join([
        "金沢で自動運転バスの実証運行始まる 駅と兼六園を結ぶ",
        "金沢市で1日、自動運転バスの実証運行が始まった。金沢駅と兼六園を結ぶ約4キロの区間を、運転手が乗らない"
        "レベル4の車両が1日8往復する。市によると、北陸で初めての取り組みになる。",
        "利用者からは期待と不安の声が上がる。市内に住む70代の女性は「車を手放しても出かけられるようになれば"
        "ありがたい」と話した。一方で、観光客の多い時間帯の安全を心配する声もある。",
        "（加藤真由美）",
        "この記事をシェアする",
    ]) + "\n"
    result = newsclean.clean(text)
    assert result.authors == ["加藤真由美"]
    assert "（加藤真由美）" not in result.paragraphs


def test_each_authors_meta_tag_names_one_author() -> None:
    page = ("<html><head><title>Sauna to open on the market shore</title>"
            '<meta property="article:author" content="Aino Virtanen">'
            '<meta property="article:author" content="Mikko Laine"></head><body><article>'
            "<h1>Sauna to open on the market shore</h1><p>Teksti: Aino Virtanen, Mikko Laine</p>"
            + "<p>The city board agreed on Monday to lease the plot at the tip of the market shore to "
              "the sauna society for twenty-five years, and the sauna should open in December.</p>" * 3
            + "</article></body></html>")
    assert newsclean.clean(page, html=True).authors == ["Aino Virtanen", "Mikko Laine"]


@pytest.mark.parametrize("line", [
    "Szerző: Kovács Eszter 2024. április 9. 07:45Frissítve: 2024. április 9. 10:12 23 hozzászólás",
    "Autor: Petr Novák 9. 4. 2024 7:45 Aktualizováno 9. 4. 2024 10:12",
    "Von Anna Berger 9. April 2024, 7.45 Uhr Aktualisiert 9. April 2024, 10.12 Uhr",
])
def test_a_dates_dots_do_not_make_an_author_line_sentences(line: str) -> None:
    assert is_byline(line)


def test_three_sentences_are_still_no_author_line() -> None:
    assert not is_byline("Von Anfang an war es klar. Die Stadt zahlt. Der Kreis zahlt. Die Bürger zahlen.")


@pytest.mark.parametrize("line", ["By May Lee", "By Jan Novak", "Autor: Jan Novák", "Door Jan de Vries",
                                  "By June Okafor and Dana Park"])
def test_a_first_name_that_is_a_months_is_a_name(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["By March 3, the city", "By May, the council had voted",
                                  "By Sept. 30 the city", "By Monday Evening"])
def test_a_month_or_a_weekday_after_by_is_still_a_date(line: str) -> None:
    assert not is_byline(line)




TURKISH = [
    "Ankara'da yeni metro hattı için ilk kazma vuruldu",
    "Büyükşehir Belediyesi'nin Dikimevi-Natoyolu metro hattında çalışmalar başladı. Hatta 11 istasyon "
    "bulunacak.",
    "Ayşe Demirci",
    "14.05.2024 - 10:42",
    "Ankara Büyükşehir Belediyesi'nin Dikimevi-Natoyolu metro hattında ilk kazı çalışması dün düzenlenen "
    "törenle başladı. Törene belediye başkanı, milletvekilleri ve mahalle sakinleri katıldı.",
    "Yaklaşık 9,2 kilometre uzunluğundaki hattın 2027 yılı sonunda hizmete girmesi planlanıyor. Hattın "
    "günlük 250 bin yolcu taşıması bekleniyor.",
    "Belediye yetkilileri, kazı çalışmaları süresince bölgedeki trafiğin alternatif güzergâhlara "
    "yönlendirileceğini açıkladı. Sürücülerin uyarı levhalarına dikkat etmesi istendi.",
    "Mahalle sakinleri ise metronun semtlerine büyük bir değer katacağını düşünüyor. Esnaf da yeni hattın "
    "bölgeye daha fazla müşteri getireceğini umuyor.",
]


def test_on_a_page_read_by_its_sentence_marks_a_name_over_its_date_is_the_author() -> None:
    # Turkish writes its function words as endings: the page is read by its sentence marks,
    # and a short line without one, as a name is, is no line of function words
    article = newsclean.clean("\n\n".join(TURKISH) + "\n")
    assert article.byline == "Ayşe Demirci"
    assert article.standfirst == TURKISH[1]
    assert article.paragraphs[0] == TURKISH[4]


@pytest.mark.parametrize("line", ["Escrito por: Lucía Prieto Álvarez", "Scritto da Marco Bellini",
                                  "Na Amina Salim Jumanne, Juni 11, 2024 - 9:15 asubuhi",
                                  "Ditulis oleh Rina Wulandari",
                                  "Geschrieben von Anna Berger", "Écrit par Camille Hervé"])
def test_written_by_in_the_pages_language_opens_an_author_line(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Na hii ni habari njema kwa wavuvi wa pwani.", "Na Ukrainie trwa wojna",
                                  "Escrito por un vecino del barrio, el libro se agotó en dos semanas."])
def test_the_same_words_opening_a_sentence_open_no_author_line(line: str) -> None:
    assert not is_byline(line)


def test_a_blogs_author_over_a_date_of_this_year_over_the_headline() -> None:
    # a blog platform prints its author's name, then the date without its year ("Feb 12")
    dump = "\n\n".join([
        "All Posts\nProduct updates\nCustomer stories\nEngineering", "Jamie Lindqvist", "Feb 12\n4 min read",
        "Introducing Route Replay: play back any delivery run, stop by stop",
        "Every dispatcher we talk to has a version of the same story: a customer calls to say a pallet never "
        "arrived, the driver insists they were there, and the only evidence is a scribbled signature.",
        "Today we are launching Route Replay, a new view that lets you play back any completed delivery run, "
        "stop by stop, on a map. It is available now on every plan at no extra cost.",
        "Open any completed route and press Replay to see the vehicle's path drawn on the map, each stop "
        "marked with the time the driver arrived and the time they left.",
    ]) + "\n"
    article = newsclean.clean(dump)
    assert article.byline == "Jamie Lindqvist"
    assert article.title == "Introducing Route Replay: play back any delivery run, stop by stop"


@pytest.mark.parametrize(("text", "headline"), [
    ("Editör: Zeynep Kaya", False), ("Redaktor: Jan Novák", False), ("Mehmet Yıldız Mehmet Yıldız", False),
    # a profile's or an interview's headline is a label and a name too
    ("Leader spotlight: Erin Spiceland", True), ("Interview: Asia Atrous", True)])
def test_a_roles_credit_or_a_name_printed_twice_is_no_headline(text: str, headline: bool) -> None:
    assert (not (_labelled_name(text) or _doubled_name(text))) is headline
