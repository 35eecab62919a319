#!/usr/bin/env python3
"""Benchmark newsclean: cleaning throughput, end-to-end throughput, CLI start-up, peak memory.

    python3 scripts/benchmark.py                          # the repo's samples/ folder
    python3 scripts/benchmark.py ../shared/corpus/dumps/html-text ../shared/corpus/dumps/html2text
    python3 scripts/benchmark.py FOLDER --repeat 5 --profile
    python3 scripts/benchmark.py ../shared/corpus/pages --trafilatura  # HTML pages, side by side
    python3 scripts/benchmark.py FOLDER --instructions     # CPU instructions of one pass (valgrind)
    python3 scripts/benchmark.py FOLDER ... --jobs 1 2     # the whole command, one worker or two
    python3 scripts/benchmark.py FEED.jsonl --jobs 1 2     # ... also over record files (JSONL, WARC)

What it measures, all in one process:

- cleaning: every dump (*.txt) and saved page (*.html, *.htm, gzipped too) under each FOLDER
  (recursively) is read and decoded once up
  front with ``newsclean.read.read_path``, so the timing covers ``newsclean.clean(text)``
  only. After one warm-up pass (which also pays for the lazy imports and building the
  default rule chain), all documents are cleaned ``--repeat`` times (default 3); the best
  pass is reported per folder and in total, as documents, MB of text (decoded text encoded
  as UTF-8, 1 MB = 10**6 bytes), wall time, docs/s and MB/s;
- end-to-end: ``read_path`` + ``clean`` over every file (warm OS cache, warm process), best
  of ``--repeat`` passes like the cleaning figure;
- CLI start-up: ``python -m newsclean --help`` run 5 times in subprocesses, median and best;
- peak memory: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of this benchmark process.

``--trafilatura`` also times ``trafilatura.extract`` (if installed) on the same HTML pages,
from their bytes as read from disk (gzip unpacked), best of ``--repeat`` passes after a
warm-up, against newsclean's end-to-end time on those pages (reading and decoding included).

``--instructions`` counts the CPU instructions of one cleaning pass instead, under valgrind's
callgrind (two runs of this script: a warm-up only, and a warm-up and one pass): a figure
that, unlike wall time on a shared or virtual machine, does not move from run to run, so a
change's cost can be told to the percent.

``--jobs N ...`` times the whole command instead, once per N: ``newsclean clean FOLDER ...
-f jsonl -q --jobs N`` (the arguments may be record files too) in a subprocess (start-up,
reading, the pool's workers, writing the JSON Lines to a file), best of ``--repeat`` runs:
records out per second, the CPU time of all its processes (which, unlike wall time, other
load on the machine hardly moves), and the peak memory of the whole run, children included:
the sum of the resident sets of the command and its workers, sampled every 10 ms from /proc
(Linux), and the largest single process (its ``ru_maxrss`` from ``wait4``, which covers the
workers the command waited for).

``--profile`` also runs cProfile over one cleaning pass and prints the top 25 functions by
cumulative time. Unreadable files (``InputError``) are skipped with a note on stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import newsclean  # noqa: E402
from newsclean.read import InputError, is_html_path, is_input_path, read_path  # noqa: E402

STARTUP_RUNS = 5
PROFILE_TOP = 25
MB = 1_000_000


@dataclass
class Folder:
    """The documents of one FOLDER argument, read once, and the best cleaning time seen."""

    label: str
    paths: list[Path] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    html: list[bool] = field(default_factory=list)
    nbytes: int = 0
    best: float = float("inf")


def load(label: str, folder: Path) -> Folder:
    """Read and decode every dump and page under ``folder`` (sorted, recursive) once."""
    result = Folder(label)
    for path in sorted(folder.rglob("*")):
        if not is_input_path(path) or not path.is_file():
            continue
        try:
            text = read_path(path)
        except InputError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        result.paths.append(path)
        result.texts.append(text)
        result.html.append(is_html_path(path))
        result.nbytes += len(text.encode("utf-8"))
    return result


def clean_all(folder: Folder) -> float:
    """Clean every text once; return the wall time in seconds."""
    clean = newsclean.clean
    start = time.perf_counter()
    for text, html in zip(folder.texts, folder.html):
        clean(text, html=html)
    return time.perf_counter() - start


def timed_passes(folders: list[Folder], repeat: int) -> float:
    """One warm-up pass, then ``repeat`` timed passes; best per folder kept, best total returned."""
    for folder in folders:
        clean_all(folder)
    best_total = float("inf")
    for _ in range(repeat):
        gc.collect()
        total = 0.0
        for folder in folders:
            elapsed = clean_all(folder)
            folder.best = min(folder.best, elapsed)
            total += elapsed
        best_total = min(best_total, total)
    return best_total


def end_to_end(folders: list[Folder], repeat: int) -> float:
    """``read_path`` + ``clean`` over every file, ``repeat`` times; return the best wall time."""
    clean_file = newsclean.clean_file
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for folder in folders:
            for path in folder.paths:
                clean_file(path)
        best = min(best, time.perf_counter() - start)
    return best


def html_pages(folders: list[Folder]) -> list[Path]:
    return [p for f in folders for p, html in zip(f.paths, f.html) if html]


def side_by_side(pages: list[Path], repeat: int) -> tuple[float, float, str] | str:
    """(newsclean's best end-to-end time, trafilatura's best time, its version) on the same
    pages, or why trafilatura was not timed."""
    import gzip

    try:
        import trafilatura
    except ImportError as exc:
        return f"trafilatura not timed: {exc} (pip install trafilatura)"
    raw = [gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes() for p in pages]
    for data in raw[:5]:  # warm-up: its lazy imports and caches
        trafilatura.extract(data)
    theirs = ours = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for data in raw:
            trafilatura.extract(data)
        theirs = min(theirs, time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        for path in pages:
            newsclean.clean_file(path)
        ours = min(ours, time.perf_counter() - start)
    return ours, theirs, getattr(trafilatura, "__version__", "?")


def profile(folders: list[Folder]) -> None:
    """cProfile one cleaning pass; print the top functions by cumulative time to stdout."""
    profiler = cProfile.Profile()
    profiler.enable()
    for folder in folders:
        clean_all(folder)
    profiler.disable()
    print(f"profile: one pass, top {PROFILE_TOP} by cumulative time")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(PROFILE_TOP)


def startup_times(runs: int = STARTUP_RUNS) -> list[float]:
    """Wall times of ``python -m newsclean --help`` in fresh subprocesses."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "newsclean", "--help"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def peak_memory_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB


def seconds(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"


def figures(label: str, docs: int, nbytes: int, elapsed: float) -> str:
    line = f"{label}: {docs} docs, {nbytes / MB:.2f} MB, {seconds(elapsed)} s"
    if docs and elapsed > 0:
        line += f" -> {docs / elapsed:.0f} docs/s, {nbytes / MB / elapsed:.1f} MB/s"
    return line


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants now (Linux /proc; 0 when gone)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, AttributeError, ValueError):
            continue  # ended between two reads, or a kernel thread
    return total


def whole_run(folders: list[Path], jobs: int) -> tuple[float, int, float, float, float]:
    """One ``newsclean clean FOLDERS -f jsonl -q --jobs N`` run: wall time, records written,
    peak of the process tree's summed resident memory (MB), the largest single process's
    peak (MB) and the CPU seconds of all the processes (both from ``wait4``, which covers
    the workers the command waited for)."""
    import tempfile

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "newsclean", "clean", *map(str, folders), "-f", "jsonl", "-q",
           "--jobs", str(jobs)]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        peak = 0
        while True:  # wait4, not poll: it also gives the finished command's own rusage
            pid, _, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        process.returncode = 0
        out.seek(0)
        records = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
    largest = usage.ru_maxrss  # the largest of the command and the workers it waited for
    largest_mb = largest / MB if sys.platform == "darwin" else largest * 1024 / MB
    return elapsed, records, peak / MB, largest_mb, usage.ru_utime + usage.ru_stime


def compare_jobs(folders: list[Path], jobs: list[int], repeat: int) -> None:
    """Print, per N, the best of ``repeat`` whole runs with ``--jobs N``."""
    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}, the whole command "
          f"(-f jsonl -q), best of {repeat}, on {', '.join(map(str, folders))}")
    for n in jobs:
        runs = [whole_run(folders, n) for _ in range(repeat)]
        elapsed, records, peak, largest, cpu = min(runs)
        print(f"--jobs {n}: {records} records in {seconds(elapsed)} s -> {records / elapsed:.0f} records/s, "
              f"{cpu:.2f} CPU s; peak memory {max(r[2] for r in runs):.0f} MB (all processes, summed), "
              f"largest process {largest:.0f} MB")


_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(argv: list[str]) -> str:
    """CPU instructions of one cleaning pass, counted by valgrind's callgrind: the same
    process run with a warm-up pass only and with one more pass; the difference is the pass.
    Wall time on a shared or virtual machine varies by 10-30% from run to run; instruction
    counts by well under 1% (hash seeds fixed), so a change's cost can be told."""
    if shutil.which("valgrind") is None:
        return "instructions not counted: valgrind is not installed (apt-get install valgrind)"
    counts = []
    for passes in (0, 1):
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
             __file__, *argv, "--passes-only", str(passes)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        found = _COLLECTED.search(done.stderr)
        if found is None:
            return f"instructions not counted: valgrind said {done.stderr.strip()[-200:]!r}"
        counts.append(int(found.group(1)))
    return f"instructions per cleaning pass (callgrind): {(counts[1] - counts[0]) / 1e9:.3f} G"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, metavar="FOLDER",
                        help="folders searched recursively for dumps and pages (default: samples/)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="timed passes after one warm-up; the best is reported (default 3)")
    parser.add_argument("--trafilatura", action="store_true",
                        help="also time trafilatura.extract on the HTML pages, side by side")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile one pass and print the top 25 functions by cumulative time")
    parser.add_argument("--instructions", action="store_true",
                        help="count the CPU instructions of one cleaning pass under valgrind "
                             "(deterministic, unlike wall time) instead of timing")
    parser.add_argument("--jobs", type=int, nargs="+", metavar="N",
                        help="time the whole command with --jobs N (each N given) instead: "
                             "records/s and peak memory of all its processes")
    parser.add_argument("--passes-only", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.instructions:
        print(instructions([str(f) for f in args.folders]))
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.jobs:
        compare_jobs(args.folders or [REPO / "samples"], args.jobs, args.repeat)
        return 0

    targets = [(str(f), f) for f in args.folders] or [("samples", REPO / "samples")]
    folders: list[Folder] = []
    seen: set[Path] = set()
    for label, path in targets:
        if not path.is_dir():
            parser.error(f"{path}: not a folder")
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        folders.append(load(label, path))
    docs = sum(len(f.texts) for f in folders)
    nbytes = sum(f.nbytes for f in folders)
    if not docs:
        parser.error("no readable dumps or pages found")

    if args.passes_only is not None:  # --instructions' subprocess: a warm-up, then the passes
        for _ in range(1 + args.passes_only):
            for folder in folders:
                clean_all(folder)
        return 0
    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}, "
          f"best of {args.repeat} after 1 warm-up pass")
    best_total = timed_passes(folders, args.repeat)
    e2e = end_to_end(folders, args.repeat)
    peak = peak_memory_mb()  # before cProfile, whose bookkeeping would inflate it
    if args.profile:
        profile(folders)
    for folder in folders:
        print(figures(folder.label, len(folder.texts), folder.nbytes, folder.best))
    print(figures("end-to-end (read_path + clean)", docs, nbytes, e2e))
    print(f"peak memory (ru_maxrss): {peak:.1f} MB")
    print(figures("total", docs, nbytes, best_total))
    if args.trafilatura:
        pages = html_pages(folders)
        result = side_by_side(pages, args.repeat) if pages else "trafilatura not timed: no HTML pages"
        if isinstance(result, str):
            print(result)
        else:
            ours, theirs, version = result
            print(f"HTML pages, end to end: newsclean {len(pages) / ours:.0f} pages/s, "
                  f"trafilatura {version} {len(pages) / theirs:.0f} pages/s "
                  f"({theirs / ours:.1f}x), {len(pages)} pages, best of {args.repeat}")
    startup = startup_times()
    print(f"startup (--help): median {statistics.median(startup):.2f} s, "
          f"best {min(startup):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
