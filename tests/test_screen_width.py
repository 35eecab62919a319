"""A text browser wraps lines by the columns they take on screen, not by their characters:
a wide (CJK) character takes two, a combining mark (a Hindi vowel sign) none. A line of Hindi
holds a third more characters than columns, so its wrapping is told on screen columns."""

from __future__ import annotations

import unicodedata

import newsclean
from newsclean import columns

HINDI = [
    "वाराणसी नगर निगम ने गंगा में चलने वाली पचास नावों को सौर ऊर्जा से चलाने की योजना को मंजूरी दे दी "
    "है। पहले चरण में दशाश्वमेध, अस्सी और राजघाट की नावों में सोलर पैनल और बैटरी लगाई जाएंगी, जिससे "
    "डीजल इंजनों का शोर और धुआं कम होगा।",
    "नगर आयुक्त ने बताया कि योजना पर करीब चार करोड़ रुपये खर्च होंगे और इसका आधा हिस्सा केंद्र सरकार "
    "की स्वच्छ गंगा योजना से मिलेगा। बाकी पैसा नगर निगम अपने बजट से देगा और नाविकों से कोई शुल्क नहीं "
    "लिया जाएगा।",
    "घाटों पर इस समय करीब बारह सौ मोटर नावें चलती हैं। विशेषज्ञों का कहना है कि इनसे निकलने वाला धुआं "
    "सुबह के समय नदी के ऊपर साफ दिखाई देता है और इंजन का शोर नदी के जीवों के लिए भी खतरा है।",
]


def _columns(text: str) -> int:
    """Screen columns as a terminal counts them (written apart from the package's own count)."""
    return sum(0 if unicodedata.category(c).startswith("M") else 2 if unicodedata.east_asian_width(c) in "WF"
               else 1 for c in text)


def _wrapped(paragraph: str, width: int = 79) -> list[str]:
    """Greedy wrapping at ``width`` screen columns, as w3m -cols 80 prints a paragraph."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and _columns(line) + 1 + _columns(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def test_the_wrapped_lines_are_longer_in_characters_than_the_screen() -> None:
    lines = [line for p in HINDI for line in _wrapped(p)]
    assert max(len(line) for line in lines) > 95  # a wrap column no character count finds
    assert max(len(columns.as_on_screen(line)) for line in lines) <= 79


def test_a_hindi_dump_wrapped_on_screen_columns_is_joined_into_its_paragraphs() -> None:
    dump = "\n\n".join(["भारत दर्पण लाइव", "होम › उत्तर प्रदेश › वाराणसी", "वाराणसी के घाटों पर चलेंगी सोलर नावें",
                        *("\n".join(_wrapped(p)) for p in HINDI), "© 2026 भारत दर्पण मीडिया"]) + "\n"
    assert newsclean.clean(dump).paragraphs == HINDI


def test_a_w3m_dump_in_hindi_is_joined_on_screen_columns_too() -> None:
    """The same in a dump that shows w3m's own signs (its bullets, its rule): the layout's
    reader tells its wrapping from the lines as they are (a guard: it did so before)."""
    menu = "\n".join(f"  • {entry}" for entry in ("होम", "देश", "उत्तर प्रदेश", "बिहार", "विदेश", "बिजनेस"))
    dump = "\n\n".join(["भारत दर्पण लाइव", menu, "━" * 78, "वाराणसी के घाटों पर चलेंगी सोलर नावें",
                        *("\n".join(_wrapped(p)) for p in HINDI), "━" * 78, "© 2026 भारत दर्पण मीडिया"]) + "\n"
    result = newsclean.clean(dump)
    assert any("w3m" in note for note in result.notes)
    assert result.paragraphs == HINDI
