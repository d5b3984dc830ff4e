#!/usr/bin/env python3
"""What organizations + acronyms add to parse time, and how fast the corpus glossary builds.

    python benchmarks/bench_extract_orgs.py [DIR ...] [--repeat N] [--glossary DIR]

Default DIR: ../shared/corpus. Files are read and structured once (decode, read, dateline,
boilerplate: `parse_bytes_all(..., extract=False)`), then timed twice over the same releases:
structure-only parsing, and `extract_organizations` alone. The issue's budget is "adds at most
30 % to parse time", i.e. extraction time / structure-only parse time <= 0.30.

`--glossary DIR` (e.g. a 10,000-release corpus built with
`python ../shared/bench/make_corpus.py --out /tmp/prbench10k --count 10000`) also parses DIR
fully and times `build_glossary` over it: the budget is under 2 s after parsing.

Times are CPU seconds of this process (`time.process_time`): on a shared machine wall-clock
time mostly measures the neighbours.
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


def load_blobs(dirs: list[Path]) -> list[tuple[str, bytes]]:
    files = list(iter_files(dirs, lambda m: None))
    return [(str(f), f.read_bytes()) for f in files]


def parse_all(blobs: list[tuple[str, bytes]], extract: bool) -> tuple[float, list]:
    t0 = time.process_time()
    out = []
    for path, data in blobs:
        try:
            out.extend(parse_bytes_all(data, path, extract=extract))
        except ReadError:
            pass
    return time.process_time() - t0, out


def time_extraction(releases: list) -> float:
    from pressroom.extract.organizations import extract_organizations

    t0 = time.process_time()
    for r in releases:
        extract_organizations(r.paragraphs, r.title, r.quotes, r.boilerplate)
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpus"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--glossary", type=Path, help="also time the corpus glossary over this directory")
    args = ap.parse_args()

    blobs = load_blobs(args.dirs)
    print(f"{len(blobs)} files, {sum(len(b) for _, b in blobs) / 1e6:.1f} MB, python {sys.version.split()[0]}")
    parse_times, extract_times = [], []
    releases: list = []
    for _ in range(args.repeat):
        dt, releases = parse_all(blobs, extract=False)
        parse_times.append(dt)
        extract_times.append(time_extraction(releases))
    p, e = statistics.median(parse_times), statistics.median(extract_times)
    n = len(releases)
    print(f"structure-only parse   {n} releases  median {p:.2f} s CPU  ({n / p:,.0f} releases/s)")
    print(f"organizations+acronyms {n} releases  median {e:.2f} s CPU  ({n / e:,.0f} releases/s)")
    print(f"structure + orgs/acronyms              {p + e:.2f} s CPU  ({n / (p + e):,.0f} releases/s)")
    print(f"extraction adds {e / p * 100:.0f}% to structure-only parse time (budget 30%)")

    if args.glossary:
        from pressroom.glossary import build_glossary

        gblobs = load_blobs([args.glossary])
        dt, grels = parse_all(gblobs, extract=True)
        print(f"glossary corpus: {len(grels)} releases parsed in {dt:.1f} s")
        times = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            g = build_glossary(grels)
            times.append(time.process_time() - t0)
        print(
            f"glossary over {len(grels)} releases: median {statistics.median(times):.2f} s CPU "
            f"({len(g.organizations)} organizations, {len(g.acronyms)} acronyms; budget 2 s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
