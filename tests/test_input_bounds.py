"""Inputs that are endless, cut short or in several pieces: standard input read to the limit
and no further, gzip read as zcat reads it (every member, an error when it is cut short), and
gzipped dumps found in folders."""

from __future__ import annotations

import gzip
import io
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.read import MAX_BYTES, InputError, decode, read_path, read_stdin

ARTICLE = ("The harbour board voted on Tuesday to close the north quay for six months while divers "
           "replace the timber piles that a winter of storms left split and leaning.\n")
MORE = ("Fishing boats will tie up at the south quay, which the board says has room for all of "
        "the eleven boats that land at Kestle each morning.\n")


class _Counting(io.BytesIO):
    """A stream that records how much was asked of it."""

    asked: list[int]

    def read(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        self.asked = [*getattr(self, "asked", []), -1 if size is None else size]
        return super().read(size)


def test_stdin_is_read_to_the_limit_and_one_byte_more() -> None:
    stream = _Counting(b"x" * (MAX_BYTES + 100))
    with pytest.raises(InputError, match="too large"):
        read_stdin(stream)
    assert stream.asked == [MAX_BYTES + 1]
    assert read_stdin(io.BytesIO(ARTICLE.encode())) == ARTICLE.encode()


def _limit_memory() -> None:
    limit = 1 << 30  # 1 GiB of address space: far above the limit, far below an endless read
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_an_endless_stdin_gets_the_one_line_error_in_bounded_memory() -> None:
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-"], stdin=zero,
                              capture_output=True, timeout=120, preexec_fn=_limit_memory)
    assert done.returncode == 1
    assert b"<stdin>: too large" in done.stderr
    assert b"Traceback" not in done.stderr and b"MemoryError" not in done.stderr


def test_every_member_of_a_gzip_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()) + gzip.compress(MORE.encode()))
    assert read_path(path) == ARTICLE + MORE


def test_a_gzip_file_cut_short_is_an_error_not_a_shorter_article(tmp_path: Path) -> None:
    whole = gzip.compress((ARTICLE * 40).encode())
    with pytest.raises(InputError, match="truncated gzip"):
        decode(whole[: len(whole) // 2], "cut.txt.gz")
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(whole[: len(whole) // 2])
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "cut.txt.gz: truncated gzip data" in done.stderr
    assert done.stdout == ""


def test_zero_padding_after_the_last_member_is_not_a_member() -> None:
    assert decode(gzip.compress(ARTICLE.encode()) + b"\x00" * 512) == ARTICLE


def test_a_folder_holds_gzipped_dumps_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress((ARTICLE + MORE).encode()))
    (tmp_path / "b.txt").write_text(ARTICLE + MORE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(tmp_path), "-f", "jsonl"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    sources = sorted(Path(line.split('"source": "')[1].split('"')[0]).name
                     for line in done.stdout.splitlines())
    assert sources == ["a.txt.gz", "b.txt"]
    gzipped, plain = newsclean.clean_file(tmp_path / "a.txt.gz"), newsclean.clean_file(tmp_path / "b.txt")
    assert gzipped.paragraphs == plain.paragraphs


def test_a_closed_pipe_stops_the_command_quietly(tmp_path: Path) -> None:
    for n in range(60):
        (tmp_path / f"story-{n:02}.txt").write_text(ARTICLE * 3 + MORE * 3, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "newsclean", "clean", str(tmp_path), "-f", "jsonl"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(200)  # the reader takes a line or two, then goes away (| head -1)
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert process.returncode == -13  # killed by SIGPIPE, as cat or grep would be
    assert stderr == b""


# --- output files ---------------------------------------------------------------------------


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsclean", "clean", *args], capture_output=True,
                          text=True, timeout=60, cwd=cwd)


def _dumps(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLE * 3 + MORE * 3, encoding="utf-8")


def test_output_files_get_the_mode_the_umask_allows(tmp_path: Path) -> None:
    _dumps(tmp_path / "in", "story.txt")
    command = f"umask 022 && {sys.executable} -m newsclean clean in/story.txt -o out.md"
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.md").stat().st_mode & 0o777 == 0o644


def test_an_output_name_ending_in_a_slash_is_a_folder_even_for_one_input(tmp_path: Path) -> None:
    _dumps(tmp_path / "in", "story.txt")
    done = _run("in/story.txt", "-o", "out/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "story.md").is_file()


def test_many_inputs_into_one_markdown_file_is_a_usage_error(tmp_path: Path) -> None:
    _dumps(tmp_path / "in", "a.txt", "b.txt")
    done = _run("in/a.txt", "in/b.txt", "-o", "combined.md", cwd=tmp_path)
    assert done.returncode == 2
    assert "combined.md" in done.stderr
    assert not (tmp_path / "combined.md").exists()
    assert _run("in/a.txt", "in/b.txt", "-f", "jsonl", "-o", "all.jsonl", cwd=tmp_path).returncode == 0
    assert len((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_a_name_clash_renames_only_the_clashing_outputs(tmp_path: Path) -> None:
    _dumps(tmp_path / "in" / "x", "page.txt", "page.html")
    _dumps(tmp_path / "in" / "y", "other.txt")
    (tmp_path / "in" / "x" / "page.html").write_text(
        f"<!DOCTYPE html><html><body><p>{ARTICLE}</p><p>{MORE}</p></body></html>", encoding="utf-8")
    done = _run("in", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.md"))
    assert written == ["x/page.html.md", "x/page.txt.md", "y/other.md"]


# --- inputs that once took time out of proportion to their size ---------------------------


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))  # seconds of CPU: far above a linear pass


def test_a_tag_with_200000_attributes_is_parsed_in_linear_time(tmp_path: Path) -> None:
    # The parser checks a tag's attributes for duplicates pairwise: 200,000 of them did not
    # finish in two minutes. A tag is read up to its first 256 attributes.
    flood = " ".join(f'data-a{i}="x"' for i in range(200_000))
    page = tmp_path / "flood.html"
    page.write_text(f'<!DOCTYPE html><html><body><div class="story" {flood}><p>{ARTICLE}</p>'
                    f"<p>{MORE}</p></div></body></html>", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(page), "-f", "text"],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_cpu)
    assert done.returncode == 0, done.stderr[-500:]
    assert "north quay" in done.stdout


def test_a_long_attribute_value_is_kept_whole() -> None:
    from newsclean.html_blocks import _fewer_attributes

    src = "data:image/png;base64," + "A" * 50_000
    page = f'<p>x</p><img alt="A crane at the quay" src="{src}" class="photo">'
    assert _fewer_attributes(page) == page  # one long value, three attributes: untouched


def test_a_long_lynx_listing_is_read_in_linear_time(tmp_path: Path) -> None:
    # A lynx <pre> listing whose lines sit at the body's column between lines left of it: each
    # such line once looked ahead to the next left line again (40,000 lines: minutes).
    links = "".join(f"   {i}. https://example.org/{i}\n" for i in range(1, 40))
    refs = "\nReferences\n\n   Visible links:\n" + links
    listing = "SELECT\n" + "   harbour_berth_fee_column,\n" * 40_000 + "FROM\n"
    dump = tmp_path / "listing.txt"
    dump.write_text(("   " + ARTICLE + "\n\n") * 3 + listing + refs, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "clean", str(dump), "-f", "json"],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_cpu)
    assert done.returncode == 0, done.stderr[-500:]
    assert "harbour_berth_fee_column" in done.stdout


def test_a_document_of_prose_holds_each_word_once() -> None:
    """A line's words are read once per page and shared: 16 MB of prose made 3.3 million word
    strings (60 bytes each, 13 times the input) before they were; now the document, words and
    all, stays within a few times the input."""
    import random
    import tracemalloc

    from newsclean.segment import segment

    words = (ARTICLE + MORE).lower().replace(",", "").replace(".", "").split()
    pick = random.Random(7).choice
    lines = [" ".join(pick(words) for _ in range(40)) + "." for _ in range(5_000)]
    text = "\n\n".join(lines)
    tracemalloc.start()
    try:
        doc = segment(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(len(u.tokens) for u in doc.units) == 40 * 5_000
    assert held < 8 * len(text), f"{held / len(text):.1f} bytes a character"
