"""Where the article's page ends: the site footer's links in a row, in English or in the
page's language (the fine print under them is no article, however long), a comment thread's
heading in the page's language, and a pull quote's attribution under a subheading, which names
a speaker and starts no next story."""

# Dumps below keep their real, long lines: E501 does not apply to them.
# ruff: noqa: E501

from __future__ import annotations

import newsclean

BRIEF = [
    "LONDON — Copper climbed to its highest level in eleven months on Tuesday after a landslide halted"
    " production at a large open-pit mine in northern Chile, tightening a market already short of metal.",
    "Three-month copper on the London Metal Exchange rose as much as 2.4% to $10,180 a tonne in early"
    " trading before paring gains. The mine's operator said it could not yet say when work would resume.",
    "\"Every tonne lost in Chile matters when exchange stocks are this thin,\" said Ilse van Rooyen, a metals"
    " strategist at a commodities consultancy in Rotterdam.",
]
FINE_PRINT = [
    "Risk warning: contracts for difference are complex instruments and come with a high risk of losing"
    " money rapidly due to leverage. You should consider whether you understand how they work and whether"
    " you can afford to take the high risk of losing your money before you open an account with us.",
    "Disclaimer: the information on this page is provided for general information only and does not take"
    " into account your personal circumstances or objectives. Nothing on it is a recommendation to buy or"
    " sell any instrument, and past performance is not a reliable indicator of future results.",
    "Harbourline Markets Limited is a company registered in England and Wales under number 07123456, with"
    " its registered office at 1 Quay Street, London. It is authorised and regulated by the Financial"
    " Conduct Authority, and client money is held in segregated accounts at approved banks.",
    "The information on this site is not directed at residents of any country where its distribution"
    " would be contrary to local law or regulation, and is not intended for use by any person there.",
]
FOOTER_LINKS = ["Careers", "Investor relations", "Contact us", "Legal", "Terms and agreements", "Privacy",
                "Cookies", "Complaints"]


def _brief_page(links: list[str]) -> str:
    lines = ["Copper at 11-month high | Harbourline Markets", "", "Markets News Analysis Pricing",
             "Log in Open account", "", "Market brief", "",
             "Copper hits 11-month high after Chilean mine landslide", "", "By Ravi Chandrasekar",
             "3 March 2026 · 08:05 GMT", "", *(p + "\n" for p in BRIEF),
             "Share: X LinkedIn Facebook Email Copy link", "", "More from News & analysis",
             "Gold slips as dollar firms ahead of US jobs data 2 hours ago", "", *links, "",
             *(p + "\n" for p in FINE_PRINT), "© 2008–2026 Harbourline Markets Limited. All rights reserved."]
    return "\n".join(lines) + "\n"


def test_fine_print_under_the_footers_links_is_no_article() -> None:
    art = newsclean.clean(_brief_page(FOOTER_LINKS))
    assert art.paragraphs == BRIEF
    removed = "\n".join(r.text for r in art.removed)
    assert all(p in removed for p in FINE_PRINT)


REPORT = [
    "SAN JOSE, Calif. — Corvane Systems said on Wednesday that its fiscal second-quarter revenue rose"
    " 23 percent from a year earlier, as chipmakers resumed orders for the tools that build memory chips.",
    "The company, which sells machines to chipmakers in Taiwan, South Korea and the United States, said"
    " orders in the quarter were the highest in its history, led by customers building memory lines.",
]
LATER = [
    "Gross margin improved to 48.6 percent, the highest in three years, which the finance chief attributed"
    " to a richer mix of advanced tools and lower freight costs over the quarter.",
    "Not every part of the report was rosy. Revenue from the services business grew only 3 percent, and a"
    " new plant in Penang would open about six months later than planned because of permitting delays.",
    "Shares of Corvane had risen 18 percent this year before Wednesday's report, outpacing the wider"
    " index of chip stocks, and rose a further 6 percent in late trading after the results.",
]


def test_a_pull_quotes_attribution_starts_no_next_story() -> None:
    # lynx: the headline and the subheadings at column 0, the text and the pull quote indented
    lines = ["Corvane Systems shares jump as AI chip-tool orders beat forecasts", "",
             "   By Priya Raman and Tomas Whitfield", "", *("   " + p + "\n" for p in REPORT),
             "Guidance raised", "",
             "     “We are more confident in the second half than we were ninety days ago.”",
             "     Elena Marchetti, chief executive, Corvane Systems", "",
             *("   " + p + "\n" for p in LATER), "   © 2026 The Meridian Ledger"]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert art.title == "Corvane Systems shares jump as AI chip-tool orders beat forecasts"
    assert art.paragraphs[: len(REPORT)] == REPORT
    assert all(p in art.paragraphs for p in LATER)


MORE = [
    "Memory customers accounted for 41 percent of system sales in the quarter, up from 29 percent a year"
    " ago, as manufacturers expanded lines for the stacked chips that sit beside processors in servers.",
    "Orders from China, which had been a large share of sales as local firms stockpiled equipment ahead"
    " of export restrictions, fell to 22 percent of revenue from 34 percent a year earlier.",
    "Executives said the backlog now stretched into the first half of next year, and that two new"
    " customers in Japan had placed their first large orders for the etching tools in January.",
    "The company also named a new head of its services arm, a former rival executive, who will start in"
    " April and report to the chief operating officer at the headquarters in San Jose.",
]


def test_a_pull_quotes_attribution_in_markdown_ends_no_article() -> None:
    # html2text: the quotation and its attribution a block quote under a subheading, read by
    # the next-story test as a headline over an author line with prose under it
    lines = ["# Corvane Systems shares jump as AI chip-tool orders beat forecasts", "",
             "By Priya Raman and Tomas Whitfield", "", *(p + "\n" for p in REPORT + MORE),
             "### Guidance raised", "",
             "> “We are more confident in the second half than we were ninety days ago.”", ">",
             "> Elena Marchetti, chief executive, Corvane Systems", "",
             *(p + "\n" for p in LATER), "© 2026 The Meridian Ledger"]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert all(p in art.paragraphs for p in LATER)


def test_an_author_line_under_a_dek_that_ends_on_a_quotation_is_the_byline() -> None:
    # the dek closes a quoted sentence; the line under it opens with "By" and holds a date:
    # the article's author line, no pull quote's attribution
    lines = ["# Corvane Systems shares jump as AI chip-tool orders beat forecasts", "",
             "Executives said customers who paused spending are back and ordering for \"what they need.\"",
             "", "By Priya Raman and Tomas Whitfield Published March 4, 2026 at 5:12 pm", "",
             "Share Facebook X Email Copy link 12 Comments", "",
             *(p + "\n" for p in REPORT + MORE + LATER), "#### Priya Raman", "",
             "Priya Raman covers the chip industry from San Jose. Reach her at praman@example.com.", "",
             "#### Tomas Whitfield", "", "Tomas Whitfield is a markets reporter based in New York.", "",
             "© 2026 The Meridian Ledger"]
    art = newsclean.clean("\n".join(lines) + "\n")
    assert art.paragraphs == REPORT + MORE + LATER


# A Portuguese regional paper's page as html-text prints it: the <title> holds the headline
# cut short, the page prints it whole; under the short story, the tags, a "most read" list, the
# site's own box (its name, its founding, its address on an avenue), its footer's links in
# Portuguese and a long legal notice: the footer's links end the page.
_PT_STORY = [
    "QUELIMANE — A Administração Regional de Águas da Zambézia anunciou ontem que vai abrir as comportas da"
    " barragem de Mugeba durante três dias, para baixar o nível da albufeira antes das chuvas previstas.",
    "Segundo a instituição, o caudal do rio Licungo poderá subir até dois metros nas zonas baixas de Mocuba e"
    " Namacurra, onde vivem cerca de 4 mil famílias junto às margens.",
    "“Pedimos às famílias que saiam das zonas de risco e levem consigo os documentos e os animais”, disse o"
    " porta-voz da instituição, Armando Tembe.",
]
_PT_LEGAL = [
    "O Jornal da Zambézia rege-se pela Lei de Imprensa e pelo seu estatuto editorial, publicado nesta página,"
    " e responde perante os seus leitores pela exactidão de tudo o que publica em papel e em linha,"
    " corrigindo os erros logo que deles tenha conhecimento e assinalando sempre a correcção no fim do texto corrigido.",
    "Aviso legal: todos os conteúdos deste sítio, incluindo textos, fotografias, gráficos e vídeos, são"
    " propriedade da editora ou dos seus parceiros e não podem ser reproduzidos, distribuídos ou"
    " transmitidos, no todo ou em parte, sem autorização prévia e por escrito, salvo nos casos previstos na lei em vigor.",
    "As informações sobre o tempo e a protecção civil aqui publicadas têm carácter informativo e não"
    " dispensam a consulta dos avisos oficiais das autoridades competentes, que prevalecem em caso de divergência, nem"
    " as orientações dadas no terreno pelas equipas de socorro e pelos serviços distritais de emergência.",
]
_PT_PAGE = "\n\n".join([
    "Barragem de Mugeba abre comportas - Jornal da Zambézia",
    "Início\nSociedade\nEconomia\nDesporto\nOpinião",
    "Segunda, 02 Março 2026 10:15",
    "Barragem de Mugeba abre comportas por três dias",
    "Escrito por Lurdes Mucavele",
    *_PT_STORY,
    "Etiquetado como\nMugeba\nLicungo\nCheias",
    "Mais lidas",
    "Preço do peixe sobe no mercado central de Quelimane\n\nOs vendedores dizem que a subida se deve ao mau"
    " tempo, que impediu a saída dos barcos durante a última semana.",
    "Escolas de Mocuba recebem carteiras novas\n\nA direcção distrital de educação entregou 600 carteiras a"
    " nove escolas primárias, que até agora tinham alunos sentados no chão.",
    "Jornal da Zambézia",
    "Fundado em 2001 em Quelimane, o Jornal da Zambézia é um semanário independente que cobre a província e o"
    " centro do país, com correspondentes em todos os distritos.",
    "Av. Julius Nyerere, n.º 220, Quelimane. Tel.: +258 24 21 0000",
    "Quem somos\nFicha técnica\nEstatuto editorial\nAssinaturas\nPolítica de privacidade\nContactos",
    *_PT_LEGAL,
    "© 2026 Editora Zambeziana, Lda. Todos os direitos reservados.",
])


def test_a_portuguese_footers_links_end_the_page_over_its_legal_notice() -> None:
    article = newsclean.clean(_PT_PAGE)
    assert article.title == "Barragem de Mugeba abre comportas por três dias"
    assert article.paragraphs == _PT_STORY
    assert article.authors == ["Lurdes Mucavele"]


def test_an_avenues_abbreviation_opens_no_author_line() -> None:
    from newsclean.rules.patterns import is_byline

    assert not is_byline("Av. Julius Nyerere, n.º 220, Quelimane. Tel.: +258 24 21 0000")
    assert is_byline("Av Lars Nilsson")  # Swedish "av" (by), no stop after it


def test_a_headline_the_title_cuts_short_anchors_the_run_whatever_the_titles_length() -> None:
    # the <title> is one head with its site name and one without: the line longer than the
    # shorter head by a kicker's length holds it cut short, though the longer head is as long
    doc = newsclean.segment.segment(_PT_PAGE)
    for rule in newsclean.default_chain().active():
        rule.apply(doc)
        if rule.id == "main-run":
            break
    anchors = doc.meta["anchors"]
    assert doc.units[anchors.headline].text == "Barragem de Mugeba abre comportas por três dias"
    assert anchors.how == "page title"


# A Bulgarian agency brief over its readers' comments: the thread's heading counts them in
# the language's own word ("Коментари (11)"), and the comment rules under it are longer
# prose than the brief.
_BG_BRIEF = [
    "Вилнюс, 3 март /БТА/. Общинският съвет на литовската столица реши от 1 април всички ученици да "
    "пътуват безплатно с градския транспорт, съобщи кметството.",
    "Досега учениците ползваха 80-процентно намаление на цената на месечната карта. Мярката ще струва "
    "на общината около 4 милиона евро годишно.",
    "„Искаме децата да свикнат да пътуват с автобус и тролейбус“, каза заместник-кметът на града.",
]
_BG_RULES = (
    "Уважаеми читатели, коментарите са изцяло отговорност на техните автори и не отразяват позицията на "
    "редакцията. Редакцията си запазва правото да изтрива коментари, които съдържат обиди, заплахи, "
    "реклама или език на омразата, както и такива, които нямат отношение към темата на публикацията. "
    "Публикуването на коментар означава, че сте съгласни с правилата за ползване на сайта и с "
    "политиката за поверителност, които можете да прочетете в долната част на всяка страница.")


def test_a_thread_heading_counting_comments_in_bulgarian_ends_the_page() -> None:
    dump = "\n\n".join([
        "Начало\nБългария\nСвят\nИкономика\nСпорт",
        "Европа",
        "Вилнюс въвежда безплатен градски транспорт за всички ученици от 1 април",
        "3 март 2026, 18:47 Източник: БТА Прочетена 1 254 пъти",
        *_BG_BRIEF,
        "Коментари (11)",
        _BG_RULES,
        "Петко_Варна\n\nТака трябва и при нас, но няма кой да го плати.",
        "Мария\n\nВ Рига също обмислят подобна мярка от есента.",
    ])
    assert newsclean.clean(dump).paragraphs == _BG_BRIEF
