"""Texts under a short article that outweigh it: a syndication note and a comment policy
(whose text a story is, whose views the comments are not), and a comment thread whose
heading is the one comment count set as a heading, its comments' "Like (2)" under it."""

# Chinese and Japanese lines count their characters twice in a line's width: E501 does not apply.
# ruff: noqa: E501

from __future__ import annotations

import newsclean
from newsclean.rules.end_matter import thread_heading
from newsclean.segment import segment

WIRE = [
    "OSLO, Norway (NWS) — Norway's fisheries minister, Kari Dahl, resigned on Thursday, two days "
    "after prosecutors said they were looking into the award of a licence for a new fish farm.",
    "Dahl, who has not been named as a suspect, said in a statement that she was stepping down to "
    "protect the work of the government and denied any wrongdoing.",
    "The prime minister accepted the resignation and will take over the portfolio for now, his "
    "office said. Opposition parties called for a hearing in parliament.",
]
SYNDICATED = ("This article was provided by Nordic Wire Service (NWS) and is published on Newsgrid "
              "under a content syndication agreement. Newsgrid has not edited the text beyond "
              "formatting. All rights in the original content remain with Nordic Wire Service, and any "
              "reproduction without its prior written consent is prohibited.")
POLICY = ("Comments are the responsibility of the people who post them and do not reflect the views "
          "of Newsgrid or its partners. We review comments that readers report and may remove any that "
          "breach our guidelines, including comments that are abusive, defamatory or off-topic.")


def test_a_syndication_note_and_a_comment_policy_under_a_brief_are_not_its_text() -> None:
    dump = "\n".join(["Norwegian fisheries minister resigns | Newsgrid", "Home", "World", "Business",
                      "Norwegian fisheries minister resigns amid licence probe", "Thu, March 5, 2026",
                      *WIRE, "Related coverage", "Prosecutors search ministry over fish farm licence",
                      "Investigators took documents about the licence.", "NWS · 2 days ago",
                      SYNDICATED, POLICY, "Comments", "12 comments Newest Oldest"]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == WIRE


FEED_NOTE = ("Disclaimer: (This story has not been edited by Newsgrid staff and is auto-generated from a "
             "syndicated feed.) Newsgrid does not take responsibility for the accuracy, completeness or "
             "timeliness of the information contained in syndicated content. The views and opinions "
             "expressed in syndicated stories are those of the agency and do not necessarily reflect the "
             "views of Newsgrid or its editors. Readers are advised to verify facts independently before "
             "acting on any information published here, and to contact the agency directly with questions "
             "about the accuracy of a story. Newsgrid reserves the right to remove syndicated content at "
             "any time without notice, and it accepts no liability for any loss arising from its use. "
             "Complaints about syndicated content should be sent to the agency named in the dateline.")


def test_a_syndicated_feeds_note_under_a_brief_is_not_its_text() -> None:
    # a long note, as Indian portals print it under agency copy: the note, not the story
    assert len(FEED_NOTE) > 800
    dump = "\n".join(["Norwegian fisheries minister resigns | Newsgrid", "Home", "World", "Business",
                      "Norwegian fisheries minister resigns amid licence probe", "Thu, March 5, 2026",
                      *WIRE, FEED_NOTE, "Follow us on Google News"]) + "\n"
    assert newsclean.clean(dump).paragraphs == WIRE


SNOW = ("DULUTH — Lake-effect snow is expected along the North Shore late Wednesday night and through "
        "Thursday evening, with four to eight inches possible in the hills above Two Harbors.")
COMMENTS = ["### Comments (3)", "",
            "**Welcome to the discussion.** Keep it clean. Please avoid obscene, vulgar, lewd or "
            "racist language, and do not threaten anyone: threats of harm will not be tolerated, "
            "and accounts that post them will be closed without notice.", "",
            "Reply | Report | Like (6) Marge in Beaver Bay posted at 6:40 pm on Wed, Jan 14, 2026.",
            "Ha, same here.", "", "Reply | Report | Like (2) Duluth", ""]


OBITUARIES = ["### Obituaries", "",
              "**Arlene M. Halvorsen, 91** Arlene Marie Halvorsen, 91, of Duluth, died peacefully on "
              "Sunday at St. Mary's surrounded by her family. She was born in Virginia, Minn., and "
              "worked for 32 years as a bookkeeper at a Superior Street hardware store, where she was "
              "known for her handwriting and her patience with new clerks.", "",
              "**Dennis Koskela, 68** Dennis Koskela, 68, of Two Harbors, passed away on January 10. "
              "Denny fished Lake Superior for most of his life and built boats in the winter; he is "
              "survived by his wife of 44 years, three children and seven grandchildren.", "",
              "### Letters to the Editor", "",
              "**Plow the sidewalks, not just the streets.** Every winter I watch people in wheelchairs "
              "and parents with strollers walking in the road on Fourth Street because nobody has "
              "cleared the sidewalk. The city can find money for a new sign at the hillside entrance, "
              "so it can find the money to clear the walks that children use to get to school.", "",
              "**Thank you to the Lester Park volunteers.** I want to thank the group that groomed the "
              "ski trails every morning this month before sunrise, in the cold, without pay and "
              "without complaint; the trails have never been better and the whole city benefits.", ""]


def test_the_comment_count_set_as_a_heading_opens_the_thread_over_its_comments_likes() -> None:
    # the comments' own "Like (2)" counts too: the count set as a heading, first, opens the
    # thread, and the page's obituaries under it are not the article however long they run
    dump = "\n".join(["## Lake-effect snow to bring up to 8 inches to North Shore", "", SNOW, "",
                      *COMMENTS, *OBITUARIES]) + "\n"
    article = newsclean.clean(dump)
    assert article.paragraphs == [SNOW]


def test_two_comment_counts_with_no_heading_among_them_open_no_thread() -> None:
    # a list of teasers counts each one's comments: no thread opens there
    dump = "\n".join([SNOW, "", "Snow day closes schools", "Comments (12)", "",
                      "Ferry cancelled in high winds", "Comments (4)", ""]) + "\n"
    units = segment(dump).units
    assert thread_heading(units) == len(units)


JA_STORY = [
    "長野県白馬村で3日、強い冬型の気圧配置の影響で雪が降り続き、村内の観測点で積雪が2メートル13センチに達した。"
    "今季の最多を更新し、平年の約1.4倍となっている。",
    "村によると、雪の重みによる倒木で村道の一部が午前中から通行止めとなり、集落の一部で一時停電も発生した。"
    "けが人の情報は入っていない。",
    "長野地方気象台は、4日にかけて北部の山沿いを中心に大雪となるおそれがあるとして、なだれや屋根からの落雪に"
    "注意するよう呼びかけている。村内のスキー場は通常通り営業している。",
]
JA_COMMENTS = [
    "記事にある積雪は、家屋への負担が一気に増す水準です。雪は降った直後よりも、気温が上がって水分を含んだときに重くなるため、"
    "屋根の雪下ろしは晴れた日ほど注意が必要です。作業は必ず二人以上で行ってください。",
    "毎年のことですが、高齢の方が多い集落では雪下ろしの担い手が足りません。村や近くの学校が協力して、"
    "ボランティアを募る仕組みがもっと広がればいいと思います。",
    "スキー場が通常営業しているのは助かりますが、道路の状況は刻々と変わるので、出かける前に必ず村の情報を確かめたいです。",
]


def test_a_count_of_comments_written_after_the_word_opens_the_thread() -> None:
    # "コメント1203件", "评论 58条": the count after the word, with its counter
    dump = "\n\n".join(["白馬村で積雪2メートル超　今季最多", "記者：小松由紀", *JA_STORY, "コメント1203件",
                        *JA_COMMENTS]) + "\n"
    doc = segment(dump)
    for rule in newsclean.default_chain().active():  # the rules up to the markers' (the language first)
        rule.apply(doc)
        if rule.id == "markers":
            break
    assert doc.units[thread_heading(doc.units)].text == "コメント1203件"
    assert newsclean.clean(dump).paragraphs == JA_STORY


ZH_STORY = [
    "本报杭州3月4日讯 3日上午，滨江区一处居民小区的楼顶平台上，一架白色无人机缓缓降落，机腹下的保温箱里装着两份刚出锅的馄饨。"
    "从附近商圈的起飞点到小区接驳点，全程约2.3公里，用时不到7分钟。",
    "记者从市交通运输局获悉，由交通、城管、公安等部门联合推动的低空即时配送试点当天正式启动，首批在滨江区12个住宅小区设置接驳点，"
    "居民在外卖平台下单时可选择无人机配送。",
    "据了解，此次试点为期6个月。如果运行平稳，明年有望扩大到更多城区，并尝试把医疗物资纳入配送范围。",
]
ZH_AFTER = [
    "特别声明：本文为合作媒体授权转载，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如有侵权行为，请联系我们，"
    "我们会及时删除。本网所刊载的文章仅供参考，读者据此操作，风险自担。",
    "猜你喜欢",
    "成都发布低空物流三年行动计划，2027年建成一百个起降点，计划提出将在城市新区优先布局起降设施，并鼓励社区参与选址。",
    "外卖平台上线“慢一点也没关系”选项，新功能上线首周，约一成用户主动选择延长送达时间，骑手的压力是否因此减轻仍有争议。",
]


def test_the_editors_credit_closes_a_chinese_article() -> None:
    # "责任编辑：" closes the story as "Editing by" closes a wire story's: the disclaimer and
    # the teasers' summaries under it are the page's, however much prose they hold
    dump = "\n\n".join(["杭州试点无人机送外卖进小区", "记者 周雨晴", *ZH_STORY, "责任编辑：王磊", *ZH_AFTER]) + "\n"
    assert newsclean.clean(dump).paragraphs == ZH_STORY
