#!/usr/bin/env python3
"""Parse throughput, single process: releases per second over a corpus.

    python benchmarks/bench_parse.py [DIR ...] [--no-extract] [--repeat N]

Default DIR: ../shared/corpus. For the 10,000-release figure, build a corpus first:
    python ../shared/bench/make_corpus.py --out /tmp/prbench10k --count 10000
    python benchmarks/bench_parse.py /tmp/prbench10k

Prints releases/s for structure only (decode, read, dateline, boilerplate) and with the
extractors (quotes, people, organizations, acronyms, summary), so each stage's cost shows.
Files are read into memory first so disk speed does not count. Besides wall-clock rates it
prints CPU time per file (time.process_time), which other processes on a shared machine
disturb far less: compare that figure between runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pressroom.corpus import iter_files  # noqa: E402
from pressroom.errors import ReadError  # noqa: E402
from pressroom.parse import parse_bytes_all  # noqa: E402


def run(blobs: list[tuple[str, bytes]], extract: bool) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, releases) of one pass over `blobs`."""
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for path, data in blobs:
        try:
            n += len(parse_bytes_all(data, path, extract=extract))
        except ReadError:
            pass
    return time.perf_counter() - t0, time.process_time() - c0, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpus"])
    ap.add_argument("--no-extract", action="store_true", help="only time structure parsing")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = list(iter_files(args.dirs, lambda m: None))
    blobs = [(str(f), f.read_bytes()) for f in files]
    mb = sum(len(b) for _, b in blobs) / 1e6
    print(f"{len(blobs)} files, {mb:.1f} MB, python {sys.version.split()[0]}")
    modes = [("structure only", False)] + ([] if args.no_extract else [("with extraction", True)])
    base = None
    for label, extract in modes:
        times, cpus = [], []
        for _ in range(args.repeat):
            dt, cpu, n = run(blobs, extract)
            times.append(dt)
            cpus.append(cpu)
        med = statistics.median(times)
        rate = n / med
        cpu_ms = min(cpus) / len(blobs) * 1000
        extra = f"  (+{(med / base - 1) * 100:.0f}% over structure only)" if base else ""
        base = base or med
        print(f"{label:16} {n} releases  median {med:.2f} s  {rate:,.0f} releases/s  "
              f"CPU {cpu_ms:.3f} ms/file (best of {args.repeat}){extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
