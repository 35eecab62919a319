"""Pages Safari saved (``.webarchive``): the main resource of a property list."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsclean
from newsclean import read
from newsclean.cli import app
from newsclean.read import InputError, decode_input, read_input

PAGE = Path(__file__).resolve().parent.parent / "samples" / "harborlight-gazette-council.html"
PICTURE = {"WebResourceData": bytes(range(256)) * 200, "WebResourceMIMEType": "image/jpeg",
           "WebResourceURL": "https://harborlight.example/photo.jpg"}
FRAME = {"WebMainResource": {"WebResourceData": b"<html><body><p>Win a sailing boat today in our "
                                                b"prize draw, the advert says at length.</p></body></html>",
                             "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": "UTF-8",
                             "WebResourceURL": "https://ads.example/frame", "WebResourceFrameName": "ad"}}


def _archive(data: bytes, kind: str = "text/html", encoding: str | None = "UTF-8",
             fmt: plistlib.PlistFormat = plistlib.FMT_BINARY) -> bytes:
    main = {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceFrameName": "",
            "WebResourceURL": "https://harborlight.example/news/council-vote"}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [PICTURE],
                           "WebSubframeArchives": [FRAME]}, fmt=fmt)


def _same_article(a: newsclean.Article, b: newsclean.Article) -> None:
    left, right = a.to_dict(), b.to_dict()
    left.pop("source")
    right.pop("source")
    assert left == right


@pytest.mark.parametrize("fmt", [plistlib.FMT_BINARY, plistlib.FMT_XML])
def test_a_saved_page_gives_the_article_of_its_html(tmp_path: Path, fmt: plistlib.PlistFormat) -> None:
    saved = tmp_path / "council.webarchive"
    saved.write_bytes(_archive(PAGE.read_bytes(), fmt=fmt))
    article = newsclean.clean_file(saved)
    _same_article(article, newsclean.clean_file(PAGE))
    assert "Win a sailing boat" not in article.to_text()


def test_the_encoding_safari_names_decodes_the_page() -> None:
    html = "<html><body><h1>Caf\u00e9 owners win</h1><p>The caf\u00e9 stays open.</p></body></html>"
    text, is_html = decode_input(_archive(html.encode("cp1252"), encoding="windows-1252"), "x")
    assert is_html is True and "caf\u00e9 stays open" in text


def test_a_saved_text_file_is_read_as_a_dump() -> None:
    body = b"The council met on Tuesday and voted to keep the library open.\n"
    text, is_html = decode_input(_archive(body, kind="text/plain"), "notes.webarchive")
    assert is_html is False and text == body.decode()


def test_a_broken_archive_or_one_with_no_page_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a readable web archive"):
        decode_input(b"bplist00" + b"\x00" * 40, "broken.webarchive")
    no_page = plistlib.dumps({"WebSubresources": [PICTURE]}, fmt=plistlib.FMT_BINARY)
    with pytest.raises(InputError, match="no web page") as caught:
        decode_input(no_page, "pictures.webarchive")
    assert "\n" not in caught.value.reason


def test_a_property_list_that_is_no_web_archive_stays_what_it_was() -> None:
    """An XML property list is an XML file, not a page: it is read as it always was."""
    other = plistlib.dumps({"CFBundleName": "Harbour"}, fmt=plistlib.FMT_XML)
    text, is_html = decode_input(other, "Info.plist")
    assert is_html is None and "CFBundleName" in text


def test_an_archive_over_the_limit_is_read_for_its_page(tmp_path: Path, monkeypatch) -> None:
    saved = tmp_path / "big.webarchive"
    saved.write_bytes(_archive(PAGE.read_bytes()))
    monkeypatch.setattr(read, "MAX_BYTES", PAGE.stat().st_size + 1024)
    assert saved.stat().st_size > read.MAX_BYTES
    text, is_html = read_input(saved)
    assert is_html and "<html" in text.lower()
    monkeypatch.setattr(read, "MAX_BYTES", saved.stat().st_size // (read._ARCHIVE_FACTOR + 1))
    with pytest.raises(InputError, match="too large"):
        read_input(saved)


def test_a_folder_gives_its_web_archives(tmp_path: Path) -> None:
    (tmp_path / "council.webarchive").write_bytes(_archive(PAGE.read_bytes()))
    (tmp_path / "Info.plist").write_bytes(b"not an input")
    result = CliRunner().invoke(app, ["clean", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"title"') == 1 and "council.webarchive" in result.stdout
