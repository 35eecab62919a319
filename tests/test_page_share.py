"""A page's function-word share measured against its own paragraphs: Finnish writes with
endings much of what English says with "of", "in" and "the", so its list covers less of the
text, and a lead full of names and compounds read as a menu. The dump is invented."""

from __future__ import annotations

import newsclean
from newsclean import segment as segment_module
from newsclean.rules import line_weights
from newsclean.segment import segment

LEAD = (
    "Tampereen kaupunginvaltuusto hyväksyi maanantaina Hervannan–Lentävänniemen raitiotien jatko-osan "
    "rakentamissuunnitelman. Hankkeen kustannusarvio nousi Pirkanmaan ELY-keskuksen lausunnon jälkeen 48 "
    "miljoonaan euroon. Nousu yllätti useat kaupunginvaltuutetut. Raitiotieallianssin asiantuntijoiden "
    "mukaan kustannusnousu johtuu teräsrakenteiden hinnannoususta."
)
BODY = [
    (
        'Valtuuston kokouksessa kaupunginhallituksen puheenjohtaja Anna Mäkinen muistutti, että '
        'raitiotien ensimmäinen osa valmistui aikataulussa ja alitti budjettinsa. Hänen mukaansa jatko-'
        'osan kustannusten nousu on linjassa koko rakennusalan kustannuskehityksen kanssa.'
    ),
    (
        'Hankkeen rahoituksesta valtio maksaa kolmanneksen. Loppuosa katetaan kaupungin lainanotolla sekä'
        ' maankäyttösopimuksilla, joita kaupunki on solminut radanvarren rakennuttajien kanssa. '
        'Valtuuston keskustelussa useat valtuutetut kritisoivat kustannusarvion nousua.'
    ),
    (
        'Valtuutettujen mukaan raitiotie on ollut kaupungille menestys, ja matkustajamäärät ovat '
        'kasvaneet nopeammin kuin ennustettiin. Jatko-osan pitäisi olla valmis jo kaksi vuotta aiemmin '
        'kuin alun perin arvioitiin, koska työt voidaan tehdä samaan aikaan kuin kadun muut korjaukset.'
    ),
    (
        'Kaikki eivät kuitenkaan ole tyytyväisiä. Osa asukkaista on sitä mieltä, että rahat olisi pitänyt'
        ' käyttää bussiliikenteen parantamiseen, eikä heidän mielestään uusi rata palvele niitä, jotka '
        'asuvat kauempana keskustasta.'
    ),
    (
        'Kaupunki aikoo järjestää asukkaille avoimen tilaisuuden jo ennen kuin työt alkavat. Suunnitelmaa'
        ' voidaan vielä tarkentaa keväällä, jos asukkaiden palautteessa nousee esiin uusia huolia, joita '
        'ei ole vielä otettu huomioon.'
    ),
]
DUMP = "\n\n".join([
    "Etusivu Uutiset Urheilu Kulttuuri Mielipide",
    "Tampereen ratikan jatko-osa hyväksyttiin äänin 52–15",
    "Liisa Korhonen",
    LEAD,
    *BODY,
    "Lue myös: Ratikka kuljetti ennätysmäärän matkustajia",
    "Jaa Facebook X WhatsApp",
]) + "\n"


def test_a_finnish_lead_full_of_names_is_kept() -> None:
    paragraphs = newsclean.clean(DUMP).paragraphs
    assert paragraphs[0] == LEAD
    assert paragraphs[1:] == BODY


def test_shares_are_scaled_by_how_far_the_pages_paragraphs_fall_short() -> None:
    doc = segment(DUMP)
    assert doc.lang == "fi"
    lead = next(u for u in doc.units if u.text == LEAD)
    assert line_weights.classify(lead) != line_weights.BAD
    scaled = [u.stop for u in doc.units]
    try:  # the same page measured without the calibration: the lead reads as a menu
        segment_module._calibrate, calibrate = (lambda units: None), segment_module._calibrate
        raw = segment(DUMP)
    finally:
        segment_module._calibrate = calibrate
    raw_lead = next(u for u in raw.units if u.text == LEAD)
    assert line_weights.classify(raw_lead) == line_weights.BAD
    ratios = {round(s / u.stop, 6) for s, u in zip(scaled, raw.units) if u.stop}
    assert len(ratios) == 1 and ratios.pop() > 1  # one factor for every line, zeros kept zero
    assert all(s == 0 for s, u in zip(scaled, raw.units) if not u.stop)


ENGLISH = "\n\n".join([
    "Harbour ferry timetable changes from Monday",
    "The harbour ferry will run every twenty minutes from Monday, the council said on Friday, after a "
    "summer in which queues at the terminal stretched back along the quay for most of the afternoon.",
    "Councillors said that the extra sailings would be paid for out of the parking budget, and that the "
    "timetable would be looked at again in the autumn once the figures for the summer were in.",
    "Some of the people who use the ferry every day said they had asked for the change for years, and "
    "that it would make it easier for them to get to work on time in the morning.",
]) + "\n"


def test_a_page_whose_paragraphs_hold_the_usual_share_is_left_as_it_is() -> None:
    doc = segment(ENGLISH)
    shares = [u.stop for u in doc.units]
    segment_module._calibrate(doc.units)
    assert [u.stop for u in doc.units] == shares
    assert min(s for s in shares if s) > 0
