"""A Chinese paper's page as a dump: its headline over a subtitle that opens with "——" (the
subtitle goes on from the headline; it is no headline of its own), and a list whose items end
with a full-width semicolon ("；"), each item a block of its own. The dump is invented."""

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
