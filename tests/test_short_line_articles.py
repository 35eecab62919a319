"""Articles written a phrase to a line: no line is prose by length, the page's one long line
is a header's description. The second opinion counts short lines as Readability counts
paragraphs, and a plain line of ten words or more on a page is no link list's entry."""

from __future__ import annotations

import newsclean
from newsclean.document import Unit
from newsclean.rules import boilerplate, candidates

BLOG_DESCRIPTION = ("這裡是阿明與小雲的旅行筆記 喜歡山林，喜歡海岸，也喜歡在路上遇見的每一個人。 "
                    "記錄我們走過的步道、住過的民宿與吃過的小店，也分享攝影心得與露營裝備的使用經驗。 "
                    "文章與照片皆為原創 轉載請先來信告知 謝謝大家的支持與鼓勵")
POST_TITLE = "宜蘭太平山_翠峰湖步道初冬記行"
POST_LINES = [
    "清晨五點從台北出發 沿著北宜公路一路往南 天色還是一片灰藍",
    "過了坪林之後霧氣漸漸散開 遠方的山稜線慢慢露出了輪廓",
    "抵達太平山入口時已經八點多 售票口前排了長長的車隊",
    "這次是第三次來到翠峰湖 每一次的天氣和心情都不太一樣",
    "步道入口旁的解說牌寫著全長約四公里 來回大約需要兩個小時",
    "一踏進林子裡 空氣立刻變得濕潤清涼 腳下是厚厚的落葉與苔蘚",
    "高大的檜木一棵接著一棵 樹幹上長滿了蕨類和地衣",
    "走了大約二十分鐘 眼前出現一座小木橋 溪水在石縫間潺潺流過",
    "小雲停下來拍了好幾張照片 說這裡的光線像是電影裡的場景",
    "沿途遇到幾位從台中來的登山客 大家互相打招呼交換路況",
    "其中一位阿伯說昨天下了一整夜的雨 今天的湖水應該特別滿",
    "果然走到觀景台時 整片湖面映著天空的顏色 安靜得不可思議",
    "湖邊的枯木在水中站了不知道多少年 成了最好的攝影主題",
    "我們在平台上坐下來 泡了一壺熱茶 配著早上買的飯糰",
    "風吹過來的時候有一點冷 但是陽光照在身上又覺得很溫暖",
    "回程時換走另一條環湖步道 路面比較窄也比較泥濘",
    "好幾段需要手腳並用 小心翼翼地踩在樹根上往前走",
    "快到出口時 林間突然出現一群藍腹鷴 在路邊慢慢地覓食",
    "大家都屏住呼吸 深怕一點聲音就把牠們嚇跑了",
    "下山後到鳩之澤泡溫泉 順便煮了幾顆溫泉蛋當點心",
    "晚上住在山下的民宿 老闆娘準備了一桌家常菜招待我們",
    "聊起這座山的故事 才知道以前這裡是重要的伐木林場",
    "如今森林慢慢恢復了原來的樣子 也讓更多人有機會親近山林",
    "下次想在春天再來一趟 看看杜鵑花開滿山頭的景色",
]
MENU = ["首頁", "旅遊", "美食", "露營", "攝影", "關於我們"]
COMMENTS = ["留言列表 (3)", "小美 於 2024/11/30 21:05", "照片好美，好想去走走！",
            "阿明 於 2024/12/01 08:12", "謝謝小美，冬天去要記得多帶一件外套喔"]


def _page() -> str:
    menu = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    lines = "".join(f"<p>{line}</p>" for line in POST_LINES)
    comments = "".join(f"<div class=\"comment\">{c}</div>" for c in COMMENTS)
    return (f"<html><head><meta charset='utf-8'><title>{POST_TITLE} @ 阿明的旅行筆記</title></head><body>"
            f"<nav><ul>{menu}</ul></nav>"
            f"<header><div class='blog-title'>阿明的旅行筆記</div><h2>{BLOG_DESCRIPTION}</h2></header>"
            f"<div class='main'><div class='post'><div class='post-date'>Dec 02 Mon 2024 21:40</div>"
            f"<h1>{POST_TITLE}</h1><div class='post-body'>{lines}</div></div>"
            f"<div id='comments'>{comments}</div></div>"
            "<footer><p>© 2024 阿明的旅行筆記</p></footer></body></html>")


def test_a_blog_written_a_phrase_to_a_line_keeps_every_line_and_not_its_header() -> None:
    article = newsclean.clean(_page(), html=True)
    assert article.paragraphs == POST_LINES
    assert not any("旅行筆記 喜歡山林" in p for p in article.paragraphs)
    removed = "\n".join(r.text for r in article.removed)
    assert "喜歡山林" in removed and "照片好美" in removed


def test_a_heading_is_no_prose_however_long() -> None:
    heading = Unit(0, BLOG_DESCRIPTION, BLOG_DESCRIPTION, 0, 0, 0, kind="heading")
    paragraph = Unit(1, BLOG_DESCRIPTION, BLOG_DESCRIPTION, 1, 1, 1)
    units = [heading, paragraph]
    assert candidates.prose(units, ["good", "good"], (0, 0)) == 0
    assert candidates.prose(units, ["good", "good"], (0, 1)) == paragraph.size


def _html_line(text: str, words: int, link_density: float = 0.0, kind: str = "text") -> Unit:
    from newsclean.html_blocks import Block

    unit = Unit(0, text, text, 0, 0, 0, kind=kind, words=words)
    unit.html = Block.__new__(Block)
    unit.html.evidence = type("Evidence", (), {"link_density": link_density})()
    return unit


def test_a_plain_line_of_ten_words_on_a_page_is_no_link_lists_entry() -> None:
    sentence = _html_line("He walked the ridge at dawn and counted the herons below", 11)
    label = _html_line("Release date:", 2)
    link = _html_line("He walked the ridge at dawn and counted the herons below", 11, link_density=1.0)
    assert not boilerplate._linked(sentence)
    assert boilerplate._linked(label)  # a label, a source's name: may be a box's entry
    assert boilerplate._linked(link)
    card = _html_line("Storm closes the coast road for a third day as crews clear debris", 13, kind="heading")
    assert boilerplate._linked(card)  # a card's headline, its link an empty <a> laid over the card
    dumped = Unit(0, sentence.text, sentence.text, 0, 0, 0, words=11)
    assert boilerplate._linked(dumped)  # a text dump cannot tell


LONG_REPLY = ("小美晚安：謝謝妳的留言，我們不是專業的攝影師，只是很喜歡在山裡走走拍拍而已。"
              "這次剛好遇到下過雨的隔天，湖面特別平靜，倒影也特別清楚，所以才能拍到這樣的畫面。"
              "如果冬天要去的話，記得帶好保暖衣物和雨具，山上的天氣變化很快，早晚溫差也很大，"
              "祝妳旅途愉快！")


def _dump(comments: list[str]) -> str:
    """The page as a plain dump (html-text's): one block to a line, no markup."""
    return "\n".join([f"{POST_TITLE} @ 阿明的旅行筆記", *MENU, "阿明的旅行筆記", BLOG_DESCRIPTION,
                      "Dec 02 Mon 2024 21:40", POST_TITLE, *POST_LINES, *comments,
                      "© 2024 阿明的旅行筆記"]) + "\n"


def test_a_dumped_blog_written_a_phrase_to_a_line_is_kept_over_a_long_reply_under_it() -> None:
    # no line under the headline is prose by length; the one long paragraph is a reader's
    # reply under the thread's heading: the phrases under the headline are the article
    article = newsclean.clean(_dump([*COMMENTS, LONG_REPLY]))
    assert article.paragraphs == POST_LINES
    removed = "\n".join(r.text for r in article.removed)
    assert "照片好美" in removed and "小美晚安" in removed and "喜歡山林" in removed


def test_a_few_phrases_under_a_headline_are_no_article_written_a_phrase_to_a_line() -> None:
    # four lines are a box's, not an article: the prose elsewhere stays the run
    dump = _dump([]).replace("\n".join(POST_LINES[4:]) + "\n", "")
    article = newsclean.clean(dump)
    assert "旅行筆記 喜歡山林" in article.body
