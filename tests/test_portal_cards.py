"""A news portal's cards under the article (headline, source and posting time run into one
line), the page's source printed as text (a ``<noscript>``'s tracking pixels), a code block's
line numbers and copy button: none is the article's text, nor may it outweigh the article."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.code import code_like
from newsclean.rules import line_weights, shapes
from newsclean.segment import segment

ARTICLE = [
    "Harbour officials said on Thursday that the north quay would close for six weeks from "
    "April so that engineers can replace the timber piles that hold up the old fish market.",
    "The work, which the port authority put at 2.4 million pounds, follows a survey last "
    "winter that found rot in more than a third of the piles under the market's east wing.",
    "Fishing boats will use the south quay while the repairs go on, and the Saturday market "
    "will move to the car park behind the lifeboat station, the authority said.",
    "\"We would rather close it for six weeks now than lose it altogether,\" said Moira "
    "Penhallow, who chairs the harbour board. \"The piles have done a hundred years.\"",
]

CARDS = [
    "Council backs plan to double the number of bus routes into town Kestle Echo 3/9(Thu) 18:01",
    "Ferry operator warns of delays as crews walk out over pay for a second week Coast Today 3/9(Thu) 15:47",
    "Why the price of cod has barely moved in ten years, and what it tells us Market Weekly 3/9(Thu) 17:20",
    "Lifeboat crew rescues two walkers cut off by the tide near Porthcurno Kestle Echo 3/8(Wed) 7:01",
]

DUMP = "\n\n".join([
    "Kestle Echo",
    "North quay to close for six weeks as old piles are replaced",
    "Kestle Echo 3/9(Thu) 18:45",
    *ARTICLE,
    "More business news",
    "\n".join(CARDS),
    "Most read",
    "\n".join(f"{n} {card}" for n, card in enumerate(CARDS, 1)),
    "© 2026 Kestle Echo",
])


def test_lines_of_words_closing_with_a_clock_time_are_cards() -> None:
    doc = segment("\n".join(CARDS))
    lines = [u.index for u in doc.units]
    assert shapes.clock_closed(doc.units, lines) == lines


def test_a_sentence_a_timetable_entry_or_a_time_alone_is_no_card() -> None:
    lines = [
        "The last ferry leaves at 18:45.",  # a sentence closes with its stop
        "Dep. 18:05",  # a timetable's entry: too few words for a headline
        "18:05",
        "The meeting opens at 9:30 and closes before noon",  # no time at its close
    ]
    doc = segment("\n\n".join(lines))
    assert shapes.clock_closed(doc.units, [u.index for u in doc.units]) == []


def test_portal_cards_under_the_article_are_not_its_text() -> None:
    result = newsclean.clean(DUMP)
    assert result.paragraphs == ARTICLE
    removed = "\n".join(r.text for r in result.removed)
    for card in CARDS:
        assert card in removed


PIXEL = ('<div style="position:absolute;"><img width=1 height=1 alt="" '
         'src="http://b5.example.net/b?P=oI9TLjE4Mi66RLpAorxEdAVuMTE4LgAAAAA2TzUA&T=16mar804m%2fX%3d1489053188'
         '%2fE%3d2078709551%2fR%3dxx_hdln_te%2fK%3d5%2fV%3d2.1%2fW%3dH%2fY%3dxx%2fF%3d2204578554%2fH%3dbWgtbG9'
         'naW4tc3JjPSJ5biIgcG9wc2VhcmNoLXNlcnZpY2UtY29kZT0ibndzIiBhZGN2ZXI9Ni44LjE-%2fQ%3d-1%2fS%3d1%2fJ%3d58C12"></div>')


def test_a_line_of_tags_is_code_however_few_marks_its_addresses_hold() -> None:
    assert code_like(PIXEL)
    assert code_like(PIXEL[:300])  # its tag cut off at the sample's end


def test_a_paragraph_with_a_tag_left_in_it_is_still_prose() -> None:
    line = ('<span style="font-size:13px;">Nintendo/Apple</span> Nintendo and Apple shocked the world '
            'earlier this year by announcing the gaming company\'s first game for phones, one you play with '
            'one hand.')
    assert not code_like(line)


def test_the_pages_source_run_into_a_promotion_is_no_paragraph() -> None:
    """lynx runs a ``<noscript>``'s markup into the promotion printed after it: in a page of
    Japanese, the promotion's few characters made the whole line read as prose."""
    japanese = "港湾局は9日、北岸壁を4月から6週間閉鎖し、古い魚市場を支える木製の杭を交換すると発表した。"
    promotion = f"{PIXEL} 今ならお得な特典付き！春のキャンペーン実施中です。"
    doc = segment("\n\n".join([japanese] * 3 + [promotion]))
    assert line_weights.classify(doc.units[-1]) == line_weights.SHORT


JA_ARTICLE = [
    "港湾局は9日、北岸壁を4月から6週間閉鎖し、古い魚市場を支える木製の杭を交換すると発表した。",
    "工事費は約2億4000万円で、昨冬の調査で市場東棟の杭の3分の1以上に腐食が見つかったことを受けたもの。",
    "工事期間中、漁船は南岸壁を利用し、土曜日の朝市は救命艇基地の裏にある駐車場に移る。",
    "港湾委員会の委員長は「失うよりも、今6週間閉じる方がいい。杭は100年もったのだから」と話した。",
]
JA_CARDS = [
    "バス路線を倍増する計画を市議会が承認、来年春から運行を始める見通し ケストル新聞 3/9(木) 18:01",
    "賃上げ求め乗組員が2週連続のスト、フェリーの運航に遅れも コースト・トゥデイ 3/9(木) 15:47",
    "タラの価格が10年間ほとんど動かない理由とは 漁業関係者に聞いた マーケット週報 3/9(木) 17:20",
    "潮に取り残された2人の散策者を救命艇が救助、けが人なし ケストル新聞 3/8(水) 7:01",
    "港の灯台、改修を終えて一般公開を再開 見学は予約制に ケストル新聞 3/8(水) 6:30",
]


def test_a_portals_cards_in_japanese_weigh_nothing_however_long_their_headlines() -> None:
    # as html2text prints a portal's page: the cards are a list's items
    cards = "\n".join(f"  * {card}" for card in JA_CARDS)
    ranked = "\n".join(f"  {n}. {card}" for n, card in enumerate(JA_CARDS, 1))
    head = ["# 北岸壁、6週間閉鎖へ 老朽化した杭を交換", "ケストル新聞 3/9(木) 18:45配信"]
    dump = "\n\n".join([*head, *JA_ARTICLE, "## 注目のビジネスニュース", cards,
                        "## アクセスランキング", ranked])
    result = newsclean.clean(dump)
    assert result.paragraphs == JA_ARTICLE
    removed = "\n".join(r.text for r in result.removed)
    for card in JA_CARDS:
        assert card in removed


@pytest.mark.parametrize("line", ["1 2 3 4 5 6 7 8 9 10 11 12", "1 2 3"])
def test_a_line_counting_one_two_three_is_line_numbers(line: str) -> None:
    assert shapes.numbered_line(line)


@pytest.mark.parametrize("line", ["1 2", "1 3 5 7", "2 3 4 5", "1 2 3 go", "10 20 30"])
def test_other_numbers_are_not_line_numbers(line: str) -> None:
    assert not shapes.numbered_line(line)


def test_a_code_blocks_line_numbers_and_copy_button_are_not_the_post() -> None:
    """A tech blog's code block: its copy button, then its line numbers printed as one line
    (their own column), then the code."""
    code = ["func dispatch(ctx context.Context, jobs <-chan Job) {", "    for job := range jobs {",
            "        go deliver(ctx, job)", "    }", "}"]
    dump = "\n\n".join([
        "The goroutine leak that only happened on deploy days",
        "Every other Tuesday our fleet paged us about memory roughly forty minutes after a deploy, and "
        "every time a restart made the problem go away until the next one.",
        "Copy", "1 2 3 4 5", "\n".join(code),
        "The dispatcher started one goroutine for every delivery and never waited for any of them, "
        "so a slow endpoint could hold thousands of them open at once.",
        "That was the whole leak: a timeout that never fired, on a channel nobody read.",
    ])
    result = newsclean.clean(dump)
    removed = {r.text: r.reason for r in result.removed}
    assert "Copy" in removed and "1 2 3 4 5" in removed
    assert "line numbers" in removed["1 2 3 4 5"]
    assert result.paragraphs[-1].startswith("That was the whole leak")
