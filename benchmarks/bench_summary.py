#!/usr/bin/env python3
"""Corpus summary speed over a cached corpus (target: 100,000 releases in under 2 s).

    python benchmarks/bench_summary.py DIR [--repeat N]

Builds (or refreshes) DIR's cache first, untimed, then times:
  - `summarize_index`: the corpus summary from the cache, as the command computes it,
  - `summarize_rows`: the same from the light rows counted in Python (the library path),
  - `command`: `pressroom summary --json` end to end in a fresh process (start-up, the
    freshness check of every file, the summary, JSON out), best of N.
For the 100,000-release figure, build a corpus first:
    python ../shared/bench/make_corpus.py --out /tmp/prbench100k --count 100000
Use a scratch cache dir (PRESSROOM_CACHE_DIR) so the user's cache is left alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pressroom.cache import open_index  # noqa: E402
from pressroom.corpus_summary import rows_from_index, summarize_index, summarize_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    db, _ = open_index([str(args.dir)], lambda m: None)
    n = db.execute("SELECT count(*) FROM releases WHERE dup = 0").fetchone()[0]
    print(f"cache ready: {n:,} releases ({time.perf_counter() - t0:.1f} s to open/build, not timed)")

    for label, fn in (("summarize_index (SQL)", lambda: summarize_index(db)),
                      ("summarize_rows (Python)", lambda: summarize_rows(rows_from_index(db)))):
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            s = fn()
            times.append(time.perf_counter() - t)
        print(f"{label}: best {min(times):.3f} s, median {statistics.median(times):.3f} s "
              f"({s['releases']:,} releases, {s['speakers']:,} speakers, {s['organizations']:,} organizations)")
    db.close()

    cmd = [sys.executable, "-m", "pressroom", "-c", str(args.dir), "summary", "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - t)
    print(f"command: best {min(times):.3f} s, median {statistics.median(times):.3f} s  ({' '.join(cmd[1:])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
