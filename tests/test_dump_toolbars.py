"""What a text browser prints between a headline and its text: a photo's caption between the
headline and its dek, a share bar of a dozen buttons and a toolbar's "Comments" button over
the author line, a gallery (counter, buttons, a caption printed twice) over a lead that
opens with a dateline. None of them may hide the headline, the author or the lead."""

from __future__ import annotations

import textwrap

import newsclean
from newsclean.segment import segment

MENU = ["Skip to main content", "", "  • News", "  • Sport", "  • Weather", "  • Opinion", ""]

LOCKS = [
    "The old lock keepers' cottages along the Harrow canal will be restored as holiday lets, "
    "after the waterways trust won a grant of £2.4 million on Tuesday to repair them.",
    "The seven cottages have stood empty since the last keepers retired in the 1990s, and two of "
    "them lost their roofs in the storms of last winter, the trust said in a statement.",
    "“We have been waiting for this money for a decade,” said Nora Pell, who chairs the trust. "
    "“The cottages are what people remember about the canal, more than the locks themselves.”",
    "Work will start in the spring with the two cottages that lost their roofs, and the first "
    "guests are expected to stay there by the summer of next year, the trust said.",
]


def _dump(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _paras(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        out += [textwrap.fill(p, 79), ""]
    return out


def test_a_photos_caption_between_the_headline_and_its_dek() -> None:
    # w3m prints the lead picture's caption under the headline, then the dek, then the author
    # line: the dek is the line right over the author line, the headline over the caption
    dump = _dump(MENU + [
        "Waterways", "",
        "Lock keepers' cottages to become holiday lets after trust wins grant", "",
        "The lock at Marsh Aldby. Photograph: Tom Harker for the Courier", "",
        "The seven empty cottages along the Harrow canal will be repaired with heritage money in a",
        "plan the trust says will pay for itself", "",
        "by Ellen Marsh", "",
        *_paras(LOCKS)])
    article = newsclean.clean(dump)
    assert article.title == "Lock keepers' cottages to become holiday lets after trust wins grant"
    assert article.authors == ["Ellen Marsh"]
    assert article.body.startswith("The old lock keepers' cottages")


def test_a_share_bar_and_a_comments_button_between_the_headline_and_the_author_line() -> None:
    # a dozen share buttons, one a line, and a toolbar ("Print Article", "Comments") right
    # over the author line: the headline is beyond the reach of five lines over it, and the
    # "Comments" button heads no comment thread that would take the author line as its entry
    shares = [f"Share on {s}" for s in ("Facebook", "Twitter", "LinkedIn", "Pinterest", "WhatsApp",
                                        "Reddit", "Tumblr", "Telegram")] + ["Share via Email"] * 2
    shares[4:4] = ["More Options", "Share via Email"]
    dump = _dump(MENU + [
        "Canals",
        "Lock keepers' cottages to become holiday lets after trust wins grant",
        *shares, "Resize Text", "Print Article", "Comments",
        "By Ellen Marsh March 18 at 3:57 PM Follow @ellenmarsh", "",
        *_paras(LOCKS)])
    article = newsclean.clean(dump)
    assert article.title == "Lock keepers' cottages to become holiday lets after trust wins grant"
    assert article.authors == ["Ellen Marsh"]
    # (found as the anchors of the run, not only by the title's and the byline's own look)
    assert "main-run: the run under the headline won (headline found by heading with a byline)" \
        in article.notes


def test_a_gallery_between_the_author_line_and_a_lead_with_a_dateline() -> None:
    # the lead opens with its dateline six lines under the run's first line: a gallery's
    # counter, its buttons and its caption printed twice stand over it, no paragraph of prose
    summary = ["Volunteers clear reeds from the Harrow canal's top lock, beside the first",
               "cottages due for repair."]
    caption = "Boats moored at the top lock of the Harrow canal, where the first cottages stand."
    dump = _dump(MENU + [
        "Lock keepers' cottages to become holiday lets after trust wins grant", "",
        "By Ellen Marsh", "",
        "1 of 12", "Full Screen", "Autoplay", "Close", "Skip Ad", "×",
        "Seven cottages, one canal", "",
        "View Photos", *summary, "Caption", *summary,
        "March 18, 2026 " + caption + " Tom Harker/AFP/Getty Images", "Buy Photo",
        "Wait 1 second to continue.", "",
        *_paras(["HARROW, England — " + LOCKS[0], *LOCKS[1:]])])
    article = newsclean.clean(dump)
    assert article.body.startswith("HARROW, England — The old lock keepers'")
    assert caption not in article.body
    assert "Buy Photo" not in article.body


def test_two_paragraphs_over_a_dated_one_stay_the_articles() -> None:
    # a roundup's second brief opens with its dateline: the prose over it is the article's
    dump = _dump(MENU + [
        "Canal news in brief", "", "By Ellen Marsh", "",
        *_paras([LOCKS[0], LOCKS[1], "HARROW, England — " + LOCKS[3]])])
    article = newsclean.clean(dump)
    assert article.body.startswith("The old lock keepers'")


RULE = "━" * 79


def test_a_rule_right_under_a_line_is_no_part_of_it() -> None:
    # w3m prints an <hr> as a screen-wide line of "━" right under the line over it: no
    # wrapping broke it off, so it joins nothing, and the headline over it stands alone
    dump = _dump(MENU + [
        "Login Join", RULE, "Waterways", "",
        "Lock keepers' cottages to become holiday lets after trust wins a heritage grant", "",
        "Last Updated: March 18, 2026", RULE, "", "",
        *_paras(LOCKS)])
    units = [u.text for u in segment(dump).units]
    assert "Login Join" in units and "Last Updated: March 18, 2026" in units
    assert not any("━" in text for text in units)
    article = newsclean.clean(dump)
    assert article.title == "Lock keepers' cottages to become holiday lets after trust wins a heritage grant"


def test_a_question_under_a_shorter_line_is_the_headline_not_its_dek() -> None:
    # a sponsor's line over the headline: a question under a line is no dek of it (a dek
    # answers), so the shorter line over it is not taken for the headline
    sponsor = "Thank you for supporting the Harrow Courier"
    dump = _dump(MENU + [
        "Register", "take the tour", RULE, sponsor, "",
        "Will the lock keepers' cottages pay for their own repair as holiday lets?", "",
        "Published Thursday 18 March 2026", "By Ellen Marsh",
        *_paras(LOCKS[:2]), sponsor, "", *_paras(LOCKS[2:])])
    article = newsclean.clean(dump)
    assert article.title == "Will the lock keepers' cottages pay for their own repair as holiday lets?"
    assert article.authors == ["Ellen Marsh"]
