"""Inputs beyond files: JSON Lines records and WARC / WET records, read lazily as work items;
their URL in ``url``, ``source`` naming the file and the record, output names made safe."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import records
from newsclean.records import Fields, items, record_target, safe_name

ARTICLE = ("Kestle harbour to close north quay for repairs\n\n"
           "The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n\n"
           "Fishing boats will tie up at the south quay, which the board says has room for all of "
           "the eleven boats that land at Kestle each morning.\n\n"
           "The work is paid for by a grant from the county, the board said, and should be finished "
           "before the summer regatta brings visitors back to the village.\n")
TITLE = "Kestle harbour to close north quay for repairs"

PAGE = ("<!DOCTYPE html><html><head><title>Bakery wins the county prize</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Bakery wins the county prize</h1>"
        "<p>The Mill Street bakery won the county prize for its sourdough on Thursday, beating "
        "more than three hundred loaves from every corner of the county in a blind tasting.</p>"
        "<p>Its owner said the starter had been fed every day for thirty years, and that the caf\u00e9 "
        "would give away a slice to anyone who came in on Saturday morning.</p>"
        "</article><footer>Privacy policy</footer></body></html>")


def cli(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", *args], cwd=cwd, input=input,
                          capture_output=True, timeout=120)
    stdout, stderr = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    return subprocess.CompletedProcess(done.args, done.returncode, stdout, stderr)


def feed(tmp_path: Path, name: str = "feed.jsonl") -> Path:
    lines = [
        json.dumps({"id": "a-1", "text": ARTICLE, "url": "https://kestle.example/quay"}),
        "",  # a blank line is no record
        "{not json",
        json.dumps({"id": "../../escape", "html": PAGE}),
        json.dumps({"id": "a-1", "text": ARTICLE.replace("north", "west")}),
        json.dumps({"id": 7, "body": "no text field"}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / name
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


# --- JSON Lines -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz", "feed.ndjson"])
def test_jsonl_records_to_stdout(tmp_path: Path, name: str) -> None:
    feed(tmp_path, name)
    done = cli(name, "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 1
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in rows] == [f"{name}:{n}" for n in (1, 3, 4, 5, 6, 7)]
    first, bad, page, again, nofield, notobject = rows
    assert first["title"] == TITLE and first["url"] == "https://kestle.example/quay"
    assert list(first)[:4] == ["source", "title", "byline", "url"]  # where the contract puts it
    assert "not a JSON record" in bad["error"]
    assert page["title"] == "Bakery wins the county prize" and "url" not in page
    assert "café" in page["body"] and "Privacy policy" not in page["body"]
    assert "west quay" in again["body"]
    assert nofield["error"] == "no 'text' or 'html' field holding a string"
    assert notobject["error"] == "not a JSON object but list"
    errors = done.stderr.splitlines()
    assert errors[0].startswith(f"newsclean: error: {name}:3: not a JSON record")
    assert errors[-1] == "newsclean: 3 of 6 input(s) failed"


def test_jsonl_records_to_a_folder_are_named_by_id_safely(tmp_path: Path) -> None:
    feed(tmp_path)
    done = cli("feed.jsonl", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    out = tmp_path / "out"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["feed/a-1-2.md", "feed/a-1.md", "feed/escape.md"]
    assert not list(tmp_path.glob("escape*")) and not list(tmp_path.parent.glob("escape*"))
    assert "west quay" in (tmp_path / "out" / "feed" / "a-1-2.md").read_text(encoding="utf-8")


def test_jsonl_field_options_and_stdin(tmp_path: Path) -> None:
    line = json.dumps({"key": "story-9", "dump": ARTICLE, "link": "https://kestle.example/9"})
    done = cli("--input-format", "jsonl", "--text-field", "dump", "--id-field", "key",
               "--url-field", "link", "-f", "jsonl", cwd=tmp_path, input=(line + "\n").encode())
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert (row["source"], row["title"], row["url"]) == ("<stdin>:1", TITLE, "https://kestle.example/9")


def test_gzipped_jsonl_on_stdin_in_process(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsclean.cli import app

    data = gzip.compress((json.dumps({"id": 1, "text": ARTICLE}) + "\n").encode())
    result = CliRunner().invoke(app, ["clean", "--input-format", "jsonl", "-f", "jsonl"], input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "<stdin>:1"
    assert json.loads(result.stdout)["title"] == TITLE


def test_html_field_is_preferred_to_text(tmp_path: Path) -> None:
    path = tmp_path / "both.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "html": PAGE}) + "\n", encoding="utf-8")
    done = cli(str(path), "-f", "jsonl", cwd=tmp_path)
    assert json.loads(done.stdout)["title"] == "Bakery wins the county prize"


def test_records_to_stdout_need_jsonl(tmp_path: Path) -> None:
    feed(tmp_path)
    done = cli("feed.jsonl", cwd=tmp_path)
    assert done.returncode == 2 and "records to stdout need --format jsonl" in done.stderr


def test_a_folder_with_input_format_jsonl_takes_the_record_files(tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    feed(folder, "a.jsonl")
    (folder / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    done = cli("feeds", "--input-format", "jsonl", "-f", "jsonl", cwd=tmp_path)
    sources = {json.loads(line)["source"].split(":")[0] for line in done.stdout.splitlines()}
    assert sources == {"feeds/a.jsonl"}
    plain = cli("feeds", "-f", "jsonl", cwd=tmp_path)  # auto: a folder gives its dumps only
    assert [json.loads(line)["source"] for line in plain.stdout.splitlines()] == ["feeds/notes.txt"]


def test_a_line_over_the_limit_is_refused_unread(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(records, "MAX_LINE", 1000)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "word " * 5000}) + "\n" + json.dumps({"text": ARTICLE}) + "\n",
                    encoding="utf-8")
    found = list(items([path], "auto"))
    assert [i.source for i in found] == [f"{path}:1", f"{path}:2"]
    assert found[0].error is not None and "too large" in found[0].error
    assert found[1].text == ARTICLE


def test_truncated_gzip_jsonl_is_one_error_after_the_records_before_it(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(("\n".join(json.dumps({"text": ARTICLE}) for _ in range(50)) + "\n").encode())
    path.write_bytes(data[: len(data) // 2])
    found = list(items([path], "auto"))
    assert found and all(i.error is None for i in found[:-1])
    assert found[-1].error == "truncated gzip data"


def test_records_are_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": n, "text": ARTICLE}) + "\n" for n in range(1000)),
                    encoding="utf-8")
    stream = items([path], "auto")
    first = next(stream)
    assert first.name == "0" and first.source == f"{path}:1"
    stream.close()  # the file is closed with the generator


@given(st.text(max_size=300))
def test_safe_names_never_leave_the_folder(value: str) -> None:
    name = safe_name(value)
    if name is None:
        return
    assert "/" not in name and "\\" not in name and not name.startswith(".") and len(name) <= 100
    folder = Path("/out/feed.md")
    target = record_target(folder, ".md", name, set())
    assert target.parent == Path("/out/feed") and target.name == f"{name}.md"


# --- WARC -----------------------------------------------------------------------------------


def warc_bytes() -> bytes:
    from fastwarc.warc import WarcRecord, WarcRecordType

    def record(kind, uri: str, content: bytes, http: bool = False, rid: str = "") -> WarcRecord:
        r = WarcRecord()
        r.init_headers(record_type=kind, record_urn=rid.encode() or None)
        if uri:
            r.headers["WARC-Target-URI"] = uri
        if http:
            r.headers["Content-Type"] = "application/http; msgtype=response"
        r.set_bytes_content(content)
        return r

    page = PAGE.encode("cp1252")  # no <meta charset>: the HTTP header says
    out = io.BytesIO()
    for r in [
        record(WarcRecordType.warcinfo, "", b"software: a test\r\n"),
        record(WarcRecordType.request, "https://bakery.example/prize", b"GET /prize HTTP/1.1\r\n\r\n"),
        record(WarcRecordType.response, "https://bakery.example/prize",
               b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n" + page,
               http=True, rid="uuid:00000000-0000-0000-0000-000000000001"),
        record(WarcRecordType.response, "https://bakery.example/gone",
               b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>", http=True),
        record(WarcRecordType.response, "https://bakery.example/logo.png",
               b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n", http=True),
        record(WarcRecordType.conversion, "https://kestle.example/quay", ARTICLE.encode("utf-8"),
               rid="uuid:00000000-0000-0000-0000-000000000002"),
    ]:
        r.write(out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl.wet.gz"])
def test_warc_pages_and_wet_conversions(tmp_path: Path, name: str) -> None:
    data = warc_bytes()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    done = cli(name, "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page, dump = [json.loads(line) for line in done.stdout.splitlines()]
    assert page["source"] == f"{name}#urn:uuid:00000000-0000-0000-0000-000000000001"
    assert page["url"] == "https://bakery.example/prize"
    assert page["title"] == "Bakery wins the county prize"
    assert "the café would give away" in page["body"]  # cp1252, as the HTTP header said
    assert dump["source"] == f"{name}#urn:uuid:00000000-0000-0000-0000-000000000002"
    assert (dump["title"], dump["url"]) == (TITLE, "https://kestle.example/quay")
    assert done.stderr == ""  # skipped records are no error (and no summary on a pipe)


def test_warc_skips_what_is_not_a_page_and_counts_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes())
    skipped: Counter[str] = Counter()
    found = list(items([path], "auto", Fields(), skipped))
    assert [i.html for i in found] == [True, False]
    assert found[0].charset == "windows-1252" and found[0].name == "00000000-0000-0000-0000-000000000001"
    assert skipped["warc"] == 4  # warcinfo, request, the 404 and the image


def test_an_http_charset_comes_before_the_pages_own() -> None:
    from newsclean.read import decode

    page = b"<html><head><meta charset=iso-8859-1></head><body><p>Privet \xe9</p></body></html>"
    assert "Privet \u0439" in decode(page, "x", html=True, charset="windows-1251")  # й, not é
    assert "Privet \u00e9" in decode(page, "x", html=True)


def test_warc_records_to_a_folder(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc").write_bytes(warc_bytes())
    done = cli("crawl.warc", "-o", "out/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "crawl").iterdir()) == [
        "00000000-0000-0000-0000-000000000001.md", "00000000-0000-0000-0000-000000000002.md"]


def test_a_gzip_encoded_response_and_a_broken_one(tmp_path: Path) -> None:
    from fastwarc.warc import WarcRecord, WarcRecordType

    out = io.BytesIO()
    for body in (gzip.compress(PAGE.encode()), b"\x1f\x8b\x08\x00 cut short"):
        r = WarcRecord()
        r.init_headers(record_type=WarcRecordType.response)
        r.headers["Content-Type"] = "application/http; msgtype=response"
        r.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                            + body)
        r.write(out)
    (tmp_path / "enc.warc").write_bytes(out.getvalue())
    done = cli("enc.warc", "-f", "jsonl", cwd=tmp_path)
    good, bad = [json.loads(line) for line in done.stdout.splitlines()]
    assert good["title"] == "Bakery wins the county prize"
    assert bad["source"].startswith("enc.warc#urn:uuid:") and "gzip" in bad["error"]
    assert done.returncode == 1


def test_not_a_warc_file_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "junk.warc").write_bytes(b"this is no web archive\n")
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "crawl.warc").write_bytes(warc_bytes())
    done = cli("junk.warc", "empty.warc", "crawl.warc", "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 1
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows[0]["source"] == "junk.warc" and "not valid WARC data" in rows[0]["error"]
    assert rows[1] == {"source": "empty.warc", "error": "no WARC record in it (not a WARC file?)"}
    assert [r["title"] for r in rows[2:]] == ["Bakery wins the county prize", TITLE]
    assert done.stderr.splitlines()[-1] == "newsclean: 2 of 4 input(s) failed"


def test_input_format_by_extension() -> None:
    assert records.kind_of("a.JSONL.gz", "auto") == "jsonl"
    assert records.kind_of("a.ndjson", "auto") == "jsonl"
    assert records.kind_of("a.warc.gz", "auto") == "warc"
    assert records.kind_of("a.wet", "auto") == "warc"
    assert records.kind_of("a.txt", "auto") == "files"
    assert records.kind_of("-", "auto") == "files"
    assert records.kind_of("a.txt", "jsonl") == "jsonl"


def test_unknown_input_format_is_a_usage_error(tmp_path: Path) -> None:
    done = cli("--input-format", "csv", cwd=tmp_path)
    assert done.returncode == 2 and "--input-format must be one of auto, files, jsonl, warc" in done.stderr


def test_records_stream_into_one_jsonl_file(tmp_path: Path) -> None:
    feed(tmp_path)
    done = cli("feed.jsonl", "-f", "jsonl", "-o", "all.jsonl", "-j", "2", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == [f"feed.jsonl:{n}" for n in (1, 3, 4, 5, 6, 7)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
