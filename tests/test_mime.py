"""Pages saved as one MIME file: MHTML (a browser's "save as a single file") and e-mail."""

from __future__ import annotations

import base64
import quopri
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsclean
from newsclean import read
from newsclean.cli import app
from newsclean.mime import is_archive
from newsclean.read import InputError, decode_input, read_input

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGE = SAMPLES / "harborlight-gazette-council.html"
BOUNDARY = "----MultipartBoundary--T3stB0undary0000000000000000----"
LOCATION = "https://harborlight.example/news/council-vote"


def _qp(html: bytes) -> str:
    return quopri.encodestring(html).decode("ascii").replace("\n", "\r\n")


def _mhtml(parts: list[tuple[str, str, str, str]], snapshot: str = LOCATION) -> bytes:
    """A saved page as Chrome writes it: headers, then parts (type, location, encoding, body)."""
    lines = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {snapshot}",
             "Subject: =?utf-8?Q?Council_vote?=", "Date: Tue, 1 Dec 2026 10:00:00 -0000",
             "MIME-Version: 1.0", "Content-Type: multipart/related;",
             '\ttype="text/html";', f'\tboundary="{BOUNDARY}"', ""]
    for kind, location, encoding, body in parts:
        lines += ["", f"--{BOUNDARY}", f"Content-Type: {kind}", f"Content-ID: <{location[-8:]}@mhtml.blink>",
                  f"Content-Transfer-Encoding: {encoding}", f"Content-Location: {location}", "", body]
    lines += [f"--{BOUNDARY}--", ""]
    return "\r\n".join(lines).encode("ascii")


def _picture() -> tuple[str, str, str, str]:
    data = base64.encodebytes(bytes(range(256)) * 400).decode("ascii").replace("\n", "\r\n")
    return ("image/jpeg", "https://harborlight.example/photo.jpg", "base64", data)


FRAME = ("text/html", "cid:frame-1@mhtml.blink", "quoted-printable",
         _qp(b"<html><body><p>Win a sailing boat today in our prize draw, a very long advert that reads like "
             b"prose and goes on and on about the boat.</p></body></html>"))


def _saved_page() -> bytes:
    html = PAGE.read_bytes()
    return _mhtml([("text/html", LOCATION, "quoted-printable", _qp(html)), FRAME, _picture()])


def _same_article(a: newsclean.Article, b: newsclean.Article) -> None:
    left, right = a.to_dict(), b.to_dict()
    left.pop("source")
    right.pop("source")
    assert left == right


def test_a_saved_page_gives_the_article_of_its_html(tmp_path: Path) -> None:
    saved = tmp_path / "council.mhtml"
    saved.write_bytes(_saved_page())
    article = newsclean.clean_file(saved)
    _same_article(article, newsclean.clean_file(PAGE))
    assert article.title and "Win a sailing boat" not in article.to_text()


def test_the_snapshot_location_names_the_page_even_after_a_frame() -> None:
    html = PAGE.read_bytes()
    data = _mhtml([FRAME, ("text/html", LOCATION, "quoted-printable", _qp(html))])
    text, is_html = decode_input(data, "x.mhtml")
    assert is_html is True
    assert "Win a sailing boat" not in text and text == html.decode("utf-8").replace("\r\n", "\n")


def test_without_a_snapshot_location_the_first_html_part_is_the_page() -> None:
    html = PAGE.read_bytes()
    data = _mhtml([("text/html", LOCATION, "base64", base64.encodebytes(html).decode("ascii")), FRAME],
                  snapshot="")
    text, is_html = decode_input(data, "x.mht")
    assert is_html and text.startswith(html.decode("utf-8")[:40])


def test_a_page_part_is_html_even_when_it_does_not_open_like_a_page() -> None:
    html = b"<style>p { color: red }</style>\n" + b"<p>" + b"The council voted. " * 30 + b"</p>"
    data = _mhtml([("text/html", LOCATION, "quoted-printable", _qp(html))])
    text, is_html = decode_input(data, "x.mhtml")
    assert is_html is True
    article = newsclean.clean(text, html=is_html)
    assert "color: red" not in article.to_text() and "The council voted." in article.body


def test_an_email_gives_its_html_alternative_and_its_charset() -> None:
    plain = "Caf\u00e9 owners met the council.".encode("latin-1")
    html = "<html><body><h1>Caf\u00e9 owners</h1><p>Caf\u00e9 owners met.</p></body></html>"
    mail = b"\r\n".join([
        b"Return-Path: <news@harborlight.example>", b"From: Harbourlight <news@harborlight.example>",
        b"Subject: Today", b"MIME-Version: 1.0",
        b'Content-Type: multipart/mixed; boundary="outer"', b"",
        b"--outer", b'Content-Type: multipart/alternative; boundary="inner"', b"",
        b"--inner", b"Content-Type: text/plain; charset=iso-8859-1", b"", plain,
        b"--inner", b"Content-Type: text/html; charset=iso-8859-1",
        b"Content-Transfer-Encoding: quoted-printable",
        b"", quopri.encodestring(html.encode("latin-1")),
        b"--inner--", b"--outer--", b""])
    text, is_html = decode_input(mail, "today.eml")
    assert is_html is True and "Caf\u00e9 owners met." in text


def test_a_plain_email_is_read_as_a_dump_in_its_declared_charset() -> None:
    body = "Caf\u00e9 owners met the council on Tuesday.\n".encode("latin-1")
    mail = (b"From: a@b.example\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n\n" + body)
    text, is_html = decode_input(mail, "note.eml")
    assert is_html is False and text == "Caf\u00e9 owners met the council on Tuesday.\n"


def test_an_archive_with_no_text_part_is_a_one_line_error(tmp_path: Path) -> None:
    saved = tmp_path / "pictures.mhtml"
    saved.write_bytes(_mhtml([_picture()]))
    with pytest.raises(InputError) as caught:
        newsclean.clean_file(saved)
    assert caught.value.source == str(saved) and "no HTML or text part" in caught.value.reason


def test_a_broken_base64_page_part_is_a_one_line_error() -> None:
    data = _mhtml([("text/html", LOCATION, "base64", "PGh0bWw+=x=x=x")])
    with pytest.raises(InputError) as caught:
        decode_input(data, "x.mhtml")
    assert "not valid base64" in caught.value.reason and "\n" not in caught.value.reason


def test_an_archive_over_the_limit_is_read_for_its_page_part(tmp_path: Path, monkeypatch) -> None:
    """Pictures make a saved page many times larger than its HTML: the limit is the page's."""
    saved = tmp_path / "big.mhtml"
    saved.write_bytes(_saved_page())
    monkeypatch.setattr(read, "MAX_BYTES", PAGE.stat().st_size * 6 // 5)
    assert saved.stat().st_size > read.MAX_BYTES
    text, is_html = read_input(saved)
    assert is_html and "<html" in text.lower()
    monkeypatch.setattr(read, "MAX_BYTES", PAGE.stat().st_size // 2)
    with pytest.raises(InputError, match="page part is too large"):
        read_input(saved)
    dump = tmp_path / "big.txt"
    dump.write_text("The council met. " * 2000)
    with pytest.raises(InputError, match="too large"):
        read_input(dump)


@pytest.mark.parametrize("head", [
    "Subject: the council vote\n\nThe council voted on Tuesday.",  # a header-like first line
    "MIME-Version: is a header, this dump says\nthen goes on\n\nwith prose.",  # no Content-Type
    "Updated: 10:04 a.m.\nMIME-Version: 1.0\nContent-Type: text/plain\n"
    "The text goes on. It is no header.\n\nMore.",
])
def test_a_dump_that_opens_with_header_lines_is_no_archive(head: str) -> None:
    assert not is_archive(head.encode())
    assert decode_input(head.encode(), "x.txt") == (head, None)


def test_the_cli_reads_archives_from_files_folders_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "council.mhtml").write_bytes(_saved_page())
    (tmp_path / "council.mht").write_bytes(_saved_page())
    result = CliRunner().invoke(app, ["clean", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"title"') == 2
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-", "-f", "text"],
                          input=_saved_page(), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == newsclean.clean_file(PAGE).to_text()
