"""A Chinese paper's page as a dump: its headline over a subtitle that opens with "——" (the
subtitle goes on from the headline; it is no headline of its own), and a list whose items end
with a full-width semicolon ("；"), each item a block of its own. The dump is invented."""
# Dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import newsclean
from newsclean.rules import line_weights

ITEMS = [
    "一是为每户加装独立卫生间和厨房，彻底告别“手提马桶”的日子；",
    "二是对全部电线、燃气管道进行入户改造，并在巷道内铺设雨污分流管网；",
    "三是对六十八栋房屋的木楼梯、木地板进行加固，并为有需要的老年住户安装扶手；",
    "四是在巷口腾退出的两栋房屋中，建设社区食堂和居民议事厅。",
]

DUMP = "\n\n".join([
    "百年里分焕新颜 首批四十二户居民回迁_江城晚报网",  # the page's <title>, as html-text prints it first
    "首页 本地新闻 国内 国际 财经 教育 健康 体育 文化",
    "百年里分焕新颜 首批四十二户居民回迁\n——老房子“留形留魂”，新生活“见人见物”\n"
    "2026-05-14 09:32 来源：江城晚报 作者：记者 陈晓雯",
    "本报讯 5月13日上午，江岸区胜利街附近的德润里巷口挂起了红灯笼。七十二岁的王德明老人提着一袋行李，"
    "站在自家门口看了很久，这是他离开三年后第一次回到这里。",
    "德润里是汉口现存较为完整的石库门式里分之一，共有房屋六十八栋。改造前，这里的居民大多使用公共厕所，"
    "电线私拉乱接的情况也十分普遍。",
    "在保留外观的同时，改造对房屋内部进行了系统升级。据介绍，此次主要完成了四个方面的工作：",
    *ITEMS,
    "江岸区相关负责人表示，下一步将总结德润里的经验，在辖区内另外三处里分推广。",
    "责任编辑：李娜",
    "关于我们 联系我们 广告服务 版权声明",
])


def test_a_subtitle_opening_with_a_dash_leaves_the_headline_over_it() -> None:
    assert newsclean.clean(DUMP).title == "百年里分焕新颜 首批四十二户居民回迁"


def test_list_items_closing_with_a_full_width_semicolon_are_the_articles() -> None:
    paragraphs = newsclean.clean(DUMP).paragraphs
    assert [p for p in paragraphs if p in ITEMS] == ITEMS


def test_a_line_closing_with_a_full_width_semicolon_or_colon_reads_as_a_clause() -> None:
    doc = newsclean.segment.segment("\n\n".join(ITEMS[:2] + ["此次主要完成了四个方面的工作："]))
    assert all(line_weights.contentish(unit) for unit in doc.units)


# A Japanese story as lynx prints it: lines broken at 74 characters wherever a character falls
# (in the middle of "1990" too), short lines of menus and headings between, a paragraph that
# ends short of the width over an ad's label.
_JA_PARAGRAPHS = [
    "今冬は昨年12月以降、射水市や滑川市、入善町などですでに7匹が確認された。魚津水族館によると、1シーズンでこれほど多く見つかるのは記録が残る1990年代以降で初めてという。",
    "富山湾では、冬になると表層の水温が下がり、深層の冷たい海水との差が小さくなる。このため、弱った個体が浅い場所まで上がってきやすいとみられている。",
    "同館の学芸員は「今年は日本海側の広い範囲で見つかっており、異例の多さだ。海水温の変化やえさとなる生き物の分布が影響している可能性がある」と話す。",
]


def _lynx_ja() -> list[str]:
    width = 71  # characters after lynx's three-space margin
    lines = ["   [1]北日本新報", "", "     * [2]ニュース", "     * [3]スポーツ", "     * [4]地域", "",
             "富山湾でダイオウイカ相次ぎ漂着", "",
             "   今冬すでに7匹が見つかり、専門家は「異例の多さ」と指摘している。水族館", "   が調査へ", "",
             "   2026年2月6日 5:00 更新　記者・中村健太（報道部）富山湾の話題をお届け", "   します", "",
             "   【関連】ホタルイカ、今季の初水揚げ　滑川漁港で大きな群れ", "   【関連】富山湾の水温、平年より低く推移", ""]
    for k, paragraph in enumerate(_JA_PARAGRAPHS):
        lines += ["   " + paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        if k == 0:
            lines += ["   5日午前には、射水市の海岸で体長約4メートルの個体が見つかった。", "   広告"]
        lines.append("")
    return [*lines, "References", "", "   1. https://example.jp/", "   2. https://example.jp/news",
            "   3. https://example.jp/sports", "   4. https://example.jp/area", ""]


def test_a_lynx_dump_of_japanese_is_read_at_the_width_its_full_lines_share() -> None:
    # short lines (menus, a heading) whose next line's first "word" is all of it explain any
    # width as well as the full lines do: the width most lines end at wins the tie
    from newsclean.segment import WIDEST_SCREEN, wrap_width

    lines = _lynx_ja()
    assert wrap_width(lines, WIDEST_SCREEN) == 74
    paragraphs = newsclean.clean("\n".join(lines)).paragraphs
    for paragraph in _JA_PARAGRAPHS:
        assert paragraph in paragraphs  # (joined without a space, "1" / "990年代" too)
    assert not any(p.endswith("広告") for p in paragraphs)  # a line short of the width ends its paragraph


# A Chinese portal's story: its credit line names the author with the page's "举报" (report it)
# link after the name, and its lead opens with the paper's dateline crediting the reporters.
_LEAD = ("江城晚报网武汉5月13日讯（记者 陈晓雯 通讯员 高远）13日上午，江岸区德润里巷口挂起了红灯笼。"
         "七十二岁的王德明老人提着一袋行李，站在自家门口看了很久。这是他离开三年后第一次回到这里。")
_PORTAL = "\n\n".join([
    "首页 本地新闻 国内 国际 财经 教育 健康 体育 文化",
    "百年里分焕新颜 首批四十二户居民回迁",
    "2026-05-14 09:32:10 来源: 江城晚报网 作者：陈晓雯 举报",
    _LEAD,
    "德润里是汉口现存较为完整的石库门式里分之一，共有房屋六十八栋。改造前，这里的居民大多使用公共厕所，"
    "电线私拉乱接的情况也十分普遍。",
    "江岸区相关负责人表示，下一步将总结德润里的经验，在辖区内另外三处里分推广。",
    "关于我们 联系我们 广告服务 版权声明",
])


def test_a_lead_crediting_its_reporters_stays_the_lead() -> None:
    article = newsclean.clean(_PORTAL)
    assert article.paragraphs[0] == _LEAD
    assert article.byline == "2026-05-14 09:32:10 来源: 江城晚报网 作者：陈晓雯 举报"
    assert article.authors == ["陈晓雯"]  # "举报" is the page's link, no name


def test_a_chinese_dateline_names_outlet_place_day_and_reporters() -> None:
    from newsclean.rules.dateline import cjk_parse, parse

    assert parse(_LEAD) == {"raw": "江城晚报网武汉5月13日讯（记者 陈晓雯 通讯员 高远）",
                            "location": "武汉", "source": "江城晚报网", "date": "5月13日"}
    assert cjk_parse(_LEAD)[1] == ["陈晓雯", "高远"]
    assert parse("新华社北京3月4日电 国务院总理今天主持召开常务会议。")["source"] == "新华社"
    assert parse("本报讯（记者 王晓峰）昨天下午，市政府召开新闻发布会。")["source"] == "本报"
    taiwan = parse("〔記者林雅婷、王大明／台北報導〕台北市政府今天宣布，四月起試辦夜間公車。")
    assert taiwan == {"raw": "〔記者林雅婷、王大明／台北報導〕", "location": "台北", "source": None, "date": None}
    # words that open like an outlet ("台电": the power company; "电视台": a station) are none
    assert parse("台电公司今天表示，夏季用电高峰将提前到来。") is None
    assert parse("电视台报道说，事故没有造成人员伤亡。") is None
    assert parse("记者从市交通运输局获悉，试点当天正式启动。") is None


def test_reporters_in_the_dateline_are_the_authors_when_no_line_credits_them() -> None:
    dump = "\n\n".join([
        "首页 新闻 台中 政治 社會 生活 體育",
        "台中夜貓公車4月試辦 12條路線延駛至凌晨",
        "〔記者陳冠宇／台中報導〕不少在科學園區、醫院及餐飲業輪班的上班族，常因深夜找不到公車只能騎機車返家。"
        "台中市交通局昨日宣布，將於4月1日起試辦12條夜貓公車路線。",
        "交通局表示，試辦期間將依搭乘人數調整班距，若成效良好，明年起將正式納入常態路網。",
        "關於我們 聯絡我們 隱私權政策",
    ])
    article = newsclean.clean(dump)
    assert article.dateline["location"] == "台中"
    assert article.authors == ["陳冠宇"]
    assert article.paragraphs[0].startswith("〔記者陳冠宇／台中報導〕")


def test_a_credit_after_a_full_width_bar_names_every_writer() -> None:
    from newsclean.rules.authors import names

    assert names("文｜林昭、陈思远 编辑｜黄越 2026年03月04日 07:30 阅读约 9 分钟") == ["林昭", "陈思远"]
