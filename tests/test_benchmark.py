"""scripts/benchmark.py --jobs: the whole command timed with one worker or two, its records
counted and the memory of all its processes measured."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_jobs_comparison_counts_records_and_memory() -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "benchmark.py"), str(REPO / "samples"),
                           "--jobs", "1", "2", "--repeat", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    samples = len([p for p in (REPO / "samples").iterdir() if p.suffix in (".txt", ".html")])
    rows = re.findall(r"^--jobs (\d): (\d+) records in .* -> \d+ records/s, [\d.]+ CPU s; "
                      r"peak memory (\d+) MB .*largest process (\d+) MB$", done.stdout, flags=re.M)
    assert [(jobs, int(records)) for jobs, records, _, _ in rows] == [("1", samples), ("2", samples)]
    one, two = (int(peak) for _, _, peak, _ in rows)
    assert one > 0 and two > one  # two workers and the command hold more than the command alone
    assert all(int(largest) > 0 for _, _, _, largest in rows)
