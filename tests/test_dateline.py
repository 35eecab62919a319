"""Dateline formats of wires, press-release services and broadcasters, and what is not one."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.dateline import parse

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "raw", "location", "source", "date"),
    [
        ("SAN FRANCISCO--(BUSINESS WIRE)--Veltrix Inc. today announced results.",
         "SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", "BUSINESS WIRE", None),
        ("TORONTO, Nov. 18, 2019 (GLOBE NEWSWIRE) -- Harbour Mining Corp. announced a deal.",
         "TORONTO, Nov. 18, 2019 (GLOBE NEWSWIRE) --", "TORONTO", "GLOBE NEWSWIRE", "Nov. 18, 2019"),
        ("NEW YORK, NY / ACCESSWIRE / November 18, 2019 / Brightline Labs said on Monday.",
         "NEW YORK, NY / ACCESSWIRE / November 18, 2019 /", "NEW YORK, NY", "ACCESSWIRE",
         "November 18, 2019"),
        ("Nov. 18 (UPI) -- A federal court ruled on Monday that the law stands.",
         "Nov. 18 (UPI) --", None, "UPI", "Nov. 18"),
        ("London (CNN) — The prime minister faced questions on Wednesday.",
         "London (CNN) —", "London", "CNN", None),
        ("PARIS (AFP) - France will raise the minimum wage, the government said.",
         "PARIS (AFP) -", "PARIS", "AFP", None),
        (f"Kyiv{NBSP}(AP){NBSP}— Russian drones struck the city overnight.",
         f"Kyiv{NBSP}(AP){NBSP}—", "Kyiv", "AP", None),
        ("HOUSTON, Texas (KTRK) -- A salon chain changed its rules this week.",
         "HOUSTON, Texas (KTRK) --", "HOUSTON, Texas", "KTRK", None),
        ("WINSTON-SALEM, N.C. (AP) — A fire destroyed a warehouse.",
         "WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM, N.C.", "AP", None),
        ("SYDNEY – Australia’s central bank held rates on Tuesday.", "SYDNEY –", "SYDNEY", None, None),
        ("Valley Courier – Police are investigating a break-in at the depot.",
         "Valley Courier –", None, "Valley Courier", None),
        ("KVELLER via JTA — The state has sworn in its first rabbi as chaplain.",
         "KVELLER via JTA —", None, "KVELLER via JTA", None),
        ("WASHINGTON —", "WASHINGTON —", "WASHINGTON", None, None),
    ],
)
def test_wire_and_release_formats(text: str, raw: str, location: str | None, source: str | None,
                                  date: str | None) -> None:
    assert parse(text) == {"raw": raw, "location": location, "source": source, "date": date}


@pytest.mark.parametrize(
    "text",
    [
        "NASA (NASA) - the agency named in its own brackets is no dateline.",
        "The United Nations (UN) — an organisation of 193 states — met on Monday.",
        "October 20: ACCIDENT – A car hit a fence on Main Street.",
        "Apple (AAPL) shares rose 3% on Monday.",
        "Paris is lovely in spring, the mayor said.",
        "HEART OF EMPIRE — a section name, not a place.",
        "In 2024 Reuters reported that the plant would close, and it did.",
        "MADRID, 5 dic.- El Gobierno aprobó un plan.",  # no credit: the word is not read as a month
    ],
)
def test_not_datelines(text: str) -> None:
    assert parse(text) is None


PAGE = """Storm closes ports along the coast

By Jane Doe, Associated Press

{first}

Officials said the storm was the strongest to hit the region in a decade, and warned that
more rain was expected on Wednesday.

Schools in 30 districts were closed, and ferries were cancelled until further notice.
"""


def test_dateline_alone_on_its_line_opens_the_article() -> None:
    text = PAGE.replace("{first}", "WASHINGTON —\n\nThe storm closed every port between the two "
                        "cities on Tuesday, the coast guard said, and left ships waiting offshore.")
    article = newsclean.clean(text)
    assert article.dateline is not None and article.dateline["raw"] == "WASHINGTON —"
    assert article.paragraphs[0] == "WASHINGTON —"


def test_strip_dateline_keeps_the_parse() -> None:
    text = PAGE.replace("{first}", "MOBILE, Ala. (AP) — The storm closed every port between the "
                        "two cities on Tuesday, the coast guard said, and left ships offshore.")
    kept = newsclean.clean(text)
    stripped = newsclean.clean(text, strip_dateline=True)
    assert kept.paragraphs[0].startswith("MOBILE, Ala. (AP) — The storm")
    assert stripped.paragraphs[0].startswith("The storm closed every port")
    assert stripped.dateline == kept.dateline
    assert stripped.to_markdown().count("**") == 0
    assert "**MOBILE, Ala. (AP) —** The storm" in kept.to_markdown()


def test_cli_strip_dateline(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsclean.cli import app

    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace("{first}", "LONDON — The storm closed every port on Tuesday, the "
                                 "coast guard said, and left ships waiting offshore for days."),
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(page), "--strip-dateline", "-f", "text"])
    assert result.exit_code == 0
    assert "LONDON" not in result.stdout and "The storm closed every port" in result.stdout


def test_short_lines_above_the_lead_use_up_no_try() -> None:
    # Story highlights, in the article's element, between the headline and the lead.
    lead = ("KESTLE, Cornwall (AP) — A section of the harbour wall at Kestle gave way during an "
            "overnight storm, flooding the quay and sinking two moored fishing boats, the coastguard said.")
    rest = ("Nobody was hurt, but the harbour master said the damage would take months to repair and "
            "that boats would have to land their catch elsewhere until then.")
    page = ("<!DOCTYPE html><html><head><title>Harbour wall gives way in overnight storm</title></head>"
            "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<h1>Harbour wall gives way in overnight storm</h1>"
            "<ul><li>NEW: Two boats sank at their moorings</li><li>Coastguard says nobody was hurt</li>"
            "<li>Repairs could take months</li></ul>"
            f"<p>{lead}</p><p>{rest}</p><p>{rest}</p></article></body></html>")
    article = newsclean.clean(page)
    # they use up no try; the lead that opens with its dateline opens the article, and the
    # highlights over it are its summary, taken out with the rule that took them
    assert "Coastguard says nobody was hurt" not in article.body
    assert any("Coastguard says nobody was hurt" in r.text and r.rule for r in article.removed)
    assert article.dateline is not None
    assert article.dateline["raw"] == "KESTLE, Cornwall (AP) —"
    assert article.dateline["source"] == "AP"


def test_the_third_paragraph_of_prose_is_not_read_for_a_dateline() -> None:
    lead = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
            "replace the timber piles that a winter of storms left split and leaning.")
    second = ("Fishing boats will tie up at the south quay, which the board says has room for all of "
              "the eleven boats that land at Kestle each morning.")
    third = ("LONDON (Reuters) — A report from the capital said the fund for coastal repairs would be "
             "increased next year, with the money shared among forty harbours.")
    article = newsclean.clean("\n\n".join(["North quay to close", lead, second, third]) + "\n")
    assert article.dateline is None


@pytest.mark.parametrize(("text", "raw", "location", "source"), [
    ("CAIRO—Egypt said on Monday that the talks would resume.", "CAIRO—", "CAIRO", None),
    ("WASHINGTON (AP)Officials said on Monday.", "WASHINGTON (AP)", "WASHINGTON", "AP"),
    ("London (CNN)It was the interview that some had feared.", "London (CNN)", "London", "CNN"),
    ("LONDON/PARIS (Reuters) - Talks resumed.", "LONDON/PARIS (Reuters) -", "LONDON/PARIS", "Reuters"),
    ("LONDON (BBC Sport) - The club said on Monday.", "LONDON (BBC Sport) -", "LONDON", "BBC Sport"),
])
def test_converter_joins_and_more_credits(text: str, raw: str, location: str, source: str | None) -> None:
    parsed = parse(text)
    assert parsed is not None
    assert (parsed["raw"], parsed["location"], parsed["source"]) == (raw, location, source)


@pytest.mark.parametrize("text", [
    "AT&T—the company said on Monday that it would cut prices.",
    "COVID-19—the virus that causes it—spread quickly.",
    "NEW-YORK-based firms said on Monday that they would hire.",
    "Apple (AAPL)Shares rose on Monday after the report.",
    "He said (AP)That was all.",
])
def test_joins_that_are_no_datelines(text: str) -> None:
    assert parse(text) is None


# --- issue 10: formats confirmed by the gazetteer, and their look-alikes -------------------


@pytest.mark.parametrize(
    ("text", "raw", "location", "source", "date"),
    [
        ("LAGOS: Nigeria's central bank raised its main rate on Tuesday.", "LAGOS:", "LAGOS", None, None),
        ("Ames, Iowa — The university will close two dormitories next year.",
         "Ames, Iowa —", "Ames, Iowa", None, None),
        ("Austin, TX – The city council voted to widen the bridge.", "Austin, TX –", "Austin, TX",
         None, None),
        ("Tulsa – Police closed the street after a water main broke.", "Tulsa –", "Tulsa", None, None),
        ("OAKLAND (KTVU) - Firefighters put out a blaze at a warehouse.", "OAKLAND (KTVU) -", "OAKLAND",
         "KTVU", None),
        ("Sacramento (Valley Desk) – Lawmakers passed the budget.", "Sacramento (Valley Desk) –",
         "Sacramento", "Valley Desk", None),
        ("LONDON/PARIS (Reuters) - European shares fell on Monday.", "LONDON/PARIS (Reuters) -",
         "LONDON/PARIS", "Reuters", None),
        ("SOCHI, May 4. /TASS/. The talks will go on next week, an official said.",
         "SOCHI, May 4. /TASS/.", "SOCHI", "TASS", "May 4"),
        ("Harbourline.Net - The ferry company said it would cut two routes.", "Harbourline.Net -", None,
         "Harbourline.Net", None),
        ("(BBC Sport) Arsenal won the derby on Sunday.", "(BBC Sport)", None, "BBC Sport", None),
        ("(AP)Officials said the road would reopen.", "(AP)", None, "AP", None),
        ("CAIRO—Egypt said on Monday it would reopen the crossing.", "CAIRO—", "CAIRO", None, None),
        # a day and a month in the page's language before an agency's credit, and ".-" after it
        ("MADRID, 5 dic (EFE).- El Gobierno aprobó un plan de vivienda.", "MADRID, 5 dic (EFE).-",
         "MADRID", "EFE", "5 dic"),
        ("SÃO PAULO, 5 de dezembro (Reuters) - O governo anunciou um plano.",
         "SÃO PAULO, 5 de dezembro (Reuters) -", "SÃO PAULO", "Reuters", "5 de dezembro"),
        ("Brüssel, 3. Dezember (dpa) - Die EU-Kommission legte am Dienstag ihren Plan vor.",
         "Brüssel, 3. Dezember (dpa) -", "Brüssel", "dpa", "3. Dezember"),
    ],
)
def test_formats_confirmed_by_place(text: str, raw: str, location: str | None, source: str | None,
                                    date: str | None) -> None:
    assert parse(text) == {"raw": raw, "location": location, "source": source, "date": date}


@pytest.mark.parametrize(
    "text",
    [
        "DEAR ABBY: My husband never helps with the dishes.",
        "Also: the council will meet again on Friday.",
        "WATCH: The moment the bridge came down.",
        "UPDATE: The road has reopened.",
        "Opinion – The council has lost its way.",
        "Breaking News – A fire broke out downtown.",
        "Lagos: the bank said rates would rise.",
        "Weather – Rain is expected all week.",
        "Harbourline Ferries (HLF) - Shares rose.",
        "Reading – the book club meets on Monday.",
        "MEMBERS ONLY",
        "Council approves the budget",
        "Ames, Iowa is a college town of 66,000 people.",
    ],
)
def test_look_alikes_the_gazetteer_does_not_confirm(text: str) -> None:
    assert parse(text) is None


def test_a_place_alone_on_its_line_above_the_lead() -> None:
    assert parse("ZUG, SWITZERLAND", alone=True)["location"] == "ZUG, SWITZERLAND"
    assert parse("ZUG, SWITZERLAND") is None  # inside a paragraph run, a line alone is no dateline
    assert parse("MEMBERS ONLY", alone=True) is None
    text = ("Harbour Mining opens a new office\n\nZUG, SWITZERLAND\n\nHarbour Mining said on Monday it "
            "would move its headquarters to the canton next year, bringing some 200 jobs to the town "
            "and ending a two-year search for a new base.\n\nThe company's chief executive said the move "
            "would save it money and bring it closer to its main customers in Europe and Asia.\n")
    assert newsclean.clean(text).dateline["location"] == "ZUG, SWITZERLAND"


def test_a_press_release_lead_stays_in_the_body() -> None:
    text = ("Acme Inc. Announces Record Third Quarter Results\n\n"
            "BOSTON--(BUSINESS WIRE)--Acme Inc. (NASDAQ: ACME) today announced financial results for "
            "its third quarter ended September 30, 2026.\n\n"
            "Revenue for the quarter was $412 million, up 18 percent from a year earlier, driven by strong "
            "demand for the company's harbour monitoring systems in Europe and Asia.\n\n"
            "Net income rose to $61 million, or $1.12 per diluted share, compared with $44 million, or "
            "$0.81 per share, in the third quarter of last year.\n")
    article = newsclean.clean(text)
    assert article.paragraphs[0].startswith("BOSTON--(BUSINESS WIRE)--Acme Inc.")
    assert article.dateline["source"] == "BUSINESS WIRE"
