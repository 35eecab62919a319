"""newsclean.read: bytes to text, and one-line errors for everything that is not a text dump."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import read
from newsclean.read import InputError, decode, read_path

ENGLISH = (
    "Harbour strike ends after nine days | The Merrow Courier\n"
    "\n"
    "The union’s leader, René Dubois, said the deal was “the best we could get” and that "
    "members would vote on it on Friday.\n"
    "\n"
    "Dock workers had walked out over pay and the café at the ferry terminal closed for the "
    "week, its owner said.\n"
)

GERMAN = (
    "Der Bürgermeister sagte am Dienstag, die Straße am Hafen werde im März für den Verkehr "
    "gesperrt. Anwohner äußerten sich verärgert über die lange Bauzeit.\n"
    "\n"
    "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, während derer "
    "eine Fähre über den Fluss eingesetzt wird.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_one_line_naming(exc: InputError, name: str) -> None:
    message = str(exc)
    assert "\n" not in message
    assert name in message
    assert exc.source.endswith(name)


# --- encodings ---------------------------------------------------------------------------


def test_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", ENGLISH.encode("utf-8"))
    assert read_path(path) == ENGLISH


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", codecs.BOM_UTF8 + ENGLISH.encode("utf-8"))
    text = read_path(path)
    assert text == ENGLISH
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    data = bom + ENGLISH.encode(codec)  # plain "utf-16" writes its own BOM
    assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text = read_path(write(tmp_path, "page.txt", data))
    assert text == ENGLISH
    assert not text.startswith("\ufeff")


def test_cp1252_curly_quotes_and_accents(tmp_path: Path) -> None:
    data = ENGLISH.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test is only meaningful if UTF-8 fails
    text = read_path(write(tmp_path, "page.txt", data))
    assert text == ENGLISH
    for expected in ("René", "café", "union’s", "“the best we could get”"):
        assert expected in text
    assert "Ã" not in text and "â€" not in text  # no UTF-8-as-cp1252 mojibake


# charset_normalizer often ranks cp1250 (or cp775) above cp1252 for short Western-European
# text; read._detect settles Latin code pages by function words and mojibake symbols.
@pytest.mark.parametrize(
    "sentence",
    [
        "She said “no” and left. Café owners agree.\n",
        "The café’s new menu – “à la carte” only – drew a crowd, said the chef, José Núñez.\n",
        "The union’s leader, René Lefèvre, said: “We won’t back down.” Talks resume on Monday, "
        "and the port’s café will stay shut until then.\n" * 3,
    ],
    ids=["short-quote", "a-la-carte", "lefevre"],
)
def test_cp1252_western_european_letters(tmp_path: Path, sentence: str) -> None:
    text = read_path(write(tmp_path, "page.txt", sentence.encode("cp1252")))
    assert text == sentence


def test_latin1_german(tmp_path: Path) -> None:
    data = GERMAN.encode("latin-1")
    text = read_path(write(tmp_path, "seite.txt", data))
    assert text == GERMAN
    assert "Bürgermeister" in text and "Straße" in text and "äußerten" in text


def test_latin1_french(tmp_path: Path) -> None:
    french = ("Le père de la mariée a dit : « Ça suffit », puis il est parti à la gare.\n\n"
              "Le maire a déclaré que la fête aurait lieu près du phare, malgré la grève.\n")
    assert read_path(write(tmp_path, "page.txt", french.encode("latin-1"))) == french


def test_decode_without_file_uses_stdin_as_source() -> None:
    assert decode(ENGLISH.encode("utf-8")) == ENGLISH
    with pytest.raises(InputError) as info:
        decode(b"   \n")
    assert info.value.source == "<stdin>"


# --- newlines ----------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_newlines_are_normalised(tmp_path: Path, newline: str) -> None:
    data = ENGLISH.replace("\n", newline).encode("utf-8")
    text = read_path(write(tmp_path, "page.txt", data))
    assert text == ENGLISH
    assert "\r" not in text


def test_mixed_newlines_are_normalised(tmp_path: Path) -> None:
    text = read_path(write(tmp_path, "page.txt", b"Home\r\nNews\rSport\nWeather\r\n"))
    assert text == "Home\nNews\nSport\nWeather\n"


def test_crlf_in_utf16(tmp_path: Path) -> None:
    text = read_path(write(tmp_path, "page.txt", ENGLISH.replace("\n", "\r\n").encode("utf-16")))
    assert text == ENGLISH


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\n\n\n", b" \t \r\n \r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n",
     "\n \n".encode("utf-16")],
    ids=["zero-bytes", "spaces", "newlines", "mixed-blank", "bom-only", "bom-blank", "utf16-blank"],
)
def test_empty_or_whitespace_only(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "blank.txt", data)
    with pytest.raises(InputError) as info:
        read_path(path)
    assert "empty" in info.value.reason
    assert_one_line_naming(info.value, "blank.txt")


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"GIF89a\x00\x01\x02\x00hello")
    with pytest.raises(InputError) as info:
        read_path(path)
    assert "binary" in info.value.reason
    assert_one_line_naming(info.value, "image.txt")


def test_nul_after_text_start_is_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.txt", ENGLISH.encode("utf-8") + b"\x00" * 4)
    with pytest.raises(InputError, match="binary"):
        read_path(path)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_random_bytes_are_refused(tmp_path: Path, seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    path = write(tmp_path, f"noise{seed}.bin", data)
    with pytest.raises(InputError) as info:
        read_path(path)
    assert_one_line_naming(info.value, f"noise{seed}.bin")


def test_random_bytes_without_nul_are_binary(tmp_path: Path) -> None:
    rng = random.Random(42)
    data = bytes(rng.randrange(1, 256) for _ in range(4096))
    assert b"\x00" not in data
    with pytest.raises(InputError, match="binary"):
        read_path(write(tmp_path, "noise.dat", data))


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "gone.txt"
    with pytest.raises(InputError) as info:
        read_path(path)
    assert "no such file" in info.value.reason
    assert_one_line_naming(info.value, "gone.txt")


def test_folder_passed_as_file(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    with pytest.raises(InputError) as info:
        read_path(folder)
    assert "folder" in info.value.reason
    assert_one_line_naming(info.value, "dumps")


def test_oversize_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    path = write(tmp_path, "huge.txt", ("word " * 100).encode("utf-8"))
    with pytest.raises(InputError) as info:
        read_path(path)
    assert "too large" in info.value.reason
    assert_one_line_naming(info.value, "huge.txt")


def test_oversize_bytes_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    with pytest.raises(InputError, match="too large"):
        decode(b"a" * 11)
    assert decode(b"a" * 10) == "a" * 10


def test_input_error_is_one_line_with_source_and_reason() -> None:
    exc = InputError("dir/page.txt", "binary file, not text")
    assert str(exc) == "dir/page.txt: binary file, not text"
    assert (exc.source, exc.reason) == ("dir/page.txt", "binary file, not text")


@given(st.binary(max_size=9000))
@settings(max_examples=200, deadline=None)
def test_binary_check_counts_control_bytes_of_the_head(data: bytes) -> None:
    """The byte-table count agrees with the rule it implements: NUL, or more control bytes
    (other than tab, newlines, form feed, escape) than 1% of the first 8 KiB (at least 9)."""
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    expected = b"\x00" in head or controls > max(8, len(head) // 100)
    assert read.looks_binary(data) == expected


def test_utf8_cut_mid_character_stays_utf8() -> None:
    """lynx cuts a line of wide characters by bytes: one broken character must not turn a
    UTF-8 dump into another code page's mojibake."""
    line = "港口管理局周四表示新防波堤将于明年夏天完工，比最初承诺的时间晚了两年。"
    data = ("\n".join([line] * 20) + "\n").encode() + line.encode()[:7] + b"\n" + line.encode()
    text = decode(data)
    assert text.count(line) == 21 and text.count("\ufffd") == 1


def test_latin_text_is_not_taken_for_broken_utf8() -> None:
    assert decode(GERMAN.encode("cp1252")) == GERMAN


# --- a file mixing UTF-8 and a single-byte code page -------------------------------------


def test_utf8_file_with_a_latin1_line_is_decoded_line_by_line(tmp_path: Path) -> None:
    data = "Café\n".encode() + "Zoë said\n".encode("latin-1")
    assert decode(data) == "Café\nZoë said\n"
    assert read_path(write(tmp_path, "mixed.txt", data)) == "Café\nZoë said\n"


def test_cp1252_lines_in_a_utf8_dump_keep_their_quotes_and_accents() -> None:
    pasted = "“We were told nothing,” said Zoë Lefèvre, whose café faces the quay.\n"
    data = ENGLISH.encode() + pasted.encode("cp1252") + GERMAN.encode()
    text = decode(data)
    assert text == ENGLISH + pasted + GERMAN
    assert "Ã" not in text and "\ufffd" not in text


def test_a_cut_utf8_character_in_a_mixed_file_stays_one_replacement() -> None:
    """Lines of UTF-8 with a character cut short stay UTF-8 (one U+FFFD), the Latin-1 line
    is read as Latin-1."""
    line = "Le maire a déclaré que la digue serait achevée l’été prochain, deux ans plus tard."
    cut = line.encode()[: line.encode().index(b"achev") + 6]  # "... déclaré ... achev" + half 'é'
    data = (line + "\n").encode() * 3 + cut + b"\n" + "Zoë a refusé.\n".encode("latin-1")
    text = decode(data)
    assert text.count(line) == 3 and text.count("\ufffd") == 1
    assert text.endswith("\nZoë a refusé.\n")


def test_a_cp1252_file_with_a_line_that_happens_to_be_utf8_stays_cp1252() -> None:
    """'É' followed by '”' is also a valid UTF-8 sequence; a file mostly in cp1252 is cp1252."""
    text = "“OLÉ”\nZoë said the café would open, “as before”.\nThe crowd cheered.\n"
    assert decode(text.encode("cp1252")) == text


def test_mixed_file_runs_the_detector_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded: one detection for all of the file's single-byte lines, not one per line; a
    pure single-byte file spends nothing on its lines."""
    calls: list[int] = []
    detect = read._detect

    def counting(data: bytes, source: str, single_byte: bool = False) -> str:
        calls.append(len(data))
        return detect(data, source, single_byte)

    broken: list[str] = []
    judge = read._broken_utf8
    monkeypatch.setattr(read, "_detect", counting)
    monkeypatch.setattr(read, "_broken_utf8", lambda line: broken.append(line) or judge(line))
    lines = ["Café “ouvert” à midi.", "Zoë a dit non."]
    data = b"".join((lines[0] + "\n").encode() + (lines[1] + "\n").encode("latin-1")
                    for _ in range(500))
    assert decode(data) == "".join(line + "\n" for line in lines) * 500
    assert len(calls) == 1 and len(broken) == 500
    calls.clear()
    broken.clear()
    assert decode(GERMAN.encode("cp1252") * 50) == GERMAN * 50
    assert broken == [] and len(calls) == 1


_UTF8_LINES = ["Harbour “news” from the café.", "Der Bürgermeister sagte am Dienstag nein.",
               "港口管理局周四表示新防波堤将于明年夏天完工。", "Ελληνικά νέα από το λιμάνι."]
_LATIN_LINES = ["Zoë said no.", "The café was closed, René said.", "Über die Straße, sagte er.",
                "“It’s done,” she said – at last."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3)), min_size=1, max_size=12))
def test_mixed_lines_decode_to_what_was_written(choice: list[tuple[bool, int]]) -> None:
    """Any mix with at least as many UTF-8 lines beyond ASCII as cp1252 ones reads back
    exactly; with no cp1252 line it is plain UTF-8."""
    lines = [(_UTF8_LINES if utf8 else _LATIN_LINES)[n] for utf8, n in choice]
    utf8_count = sum(1 for utf8, _ in choice if utf8)
    if utf8_count < len(choice) - utf8_count:
        return
    data = b"".join((line + "\n").encode("utf-8" if utf8 else "cp1252")
                    for line, (utf8, _) in zip(lines, choice))
    assert decode(data) == "".join(line + "\n" for line in lines)
