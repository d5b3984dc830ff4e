#!/usr/bin/env python3
"""What quote and people extraction adds to parsing: releases/s with and without it.

    python benchmarks/bench_extract_quotes.py [DIR ...] [--repeat N]

Default DIR: ../shared/corpus. Every file is parsed with `pressroom.parse.parse_file`:

- structure only (decode, read, dateline, boilerplate), then the same followed by
  `extract_quotes`: the strict measure, quotes and people against the bare parse;
- with `--full`, the whole pipeline (`parse_file` with every extractor) with quote
  extraction stubbed out, then as it is: quotes and people against the full parse.

Single process; the issue's budget is at most +50 % over parse time. Also prints how many
quotes and people were found, so a speed-up that loses output shows.
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
from pressroom.extract.quotes import extract_quotes  # noqa: E402
from pressroom.parse import parse_file  # noqa: E402


def run(files: list[Path], quotes: bool) -> tuple[float, int, int, int]:
    """(seconds, releases, quotes, people) for one pass over the files, structure only."""
    t0 = time.perf_counter()
    n = nq = npeople = 0
    for f in files:
        try:
            rel = parse_file(f, extract=False)
        except ReadError:
            continue
        n += 1
        if quotes:
            q, p = extract_quotes(rel.paragraphs, rel.title, rel.boilerplate)
            nq += len(q)
            npeople += len(p)
    return time.perf_counter() - t0, n, nq, npeople


def run_full(files: list[Path], quotes: bool) -> tuple[float, int, int, int]:
    """The same through the whole pipeline; without quotes, `extract_quotes` returns nothing."""
    import pressroom.extract.quotes as quotes_module

    real = quotes_module.extract_quotes
    if not quotes:
        quotes_module.extract_quotes = lambda *a, **k: ([], [])  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        n = nq = npeople = 0
        for f in files:
            try:
                rel = parse_file(f, extract=True)
            except ReadError:
                continue
            n += 1
            nq += len(rel.quotes)
            npeople += len(rel.people)
        return time.perf_counter() - t0, n, nq, npeople
    finally:
        quotes_module.extract_quotes = real


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpus"])
    ap.add_argument("--repeat", type=int, default=3, help="passes per mode; the median is reported")
    ap.add_argument("--full", action="store_true", help="also time the whole pipeline with and without quotes")
    args = ap.parse_args()
    files = list(iter_files(args.dirs, lambda m: None))
    for f in files:  # warm the OS file cache so the first mode is not penalised
        f.read_bytes()
    print(f"{len(files)} files, python {sys.version.split()[0]}")
    results = {}
    modes = [("parse only", run, False), ("parse + quotes/people", run, True)]
    if args.full:
        modes += [("full, no quotes", run_full, False), ("full", run_full, True)]
    for label, fn, quotes in modes:
        times, counts = [], (0, 0, 0)
        for _ in range(args.repeat):
            dt, n, nq, npeople = fn(files, quotes)
            times.append(dt)
            counts = (n, nq, npeople)
        med = statistics.median(times)
        results[label] = med
        extra = f", {counts[1]:,} quotes, {counts[2]:,} people" if quotes else ""
        print(f"{label:24} {counts[0]} releases  median {med:.2f} s  {counts[0] / med:,.0f} releases/s{extra}")
    base, full = results["parse only"], results["parse + quotes/people"]
    print(f"quotes/people add {100 * (full - base) / base:+.0f}% to structure-only parse time (budget: +50%)")
    if args.full:
        base, full = results["full, no quotes"], results["full"]
        print(f"quotes/people add {100 * (full - base) / base:+.0f}% to the full parse (every extractor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
