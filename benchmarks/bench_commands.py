#!/usr/bin/env python3
"""The corpus-wide commands over a cached corpus: first run and warm runs, end to end.

    python benchmarks/bench_commands.py DIR [--repeat N] [--speaker NAME]

Builds (or refreshes) DIR's cache first, untimed. Then, for each of `list`, `people`,
`quotes --speaker`, `orgs`, `acronyms` (all `--json`, in fresh processes, stdout to
/dev/null):
  - first: the first run once the releases are cached, which loads every release and merges
    people / organizations / acronyms, then keeps the result in the cache (its kept results
    are dropped before it, so every run of the script measures the same thing);
  - warm: the median of N runs after that, which read the kept result;
  - the peak RSS of each (the largest of its runs).
For the 100,000-release figures, build a corpus first:
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


def in_child(env: dict[str, str], code: str) -> str:
    """Run `code` (with open_index imported) in a child process; its stdout.

    Never in this process: Linux keeps a child's peak RSS across exec, so a child forked
    from a parent that had loaded the corpus would report the parent's size as its own.
    """
    pre = "from pressroom.cache import open_index\n"
    return subprocess.run([sys.executable, "-c", pre + code], env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds, peak RSS in KB) of one process; RSS read from wait4 for this child alone."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    p.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4: Popen must not wait again
    return dt, usage.ru_maxrss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--speaker", default="grassley", help="the --speaker query of `quotes`")
    args = ap.parse_args()

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t0 = time.perf_counter()
    n = int(in_child(env, f"""
db, _ = open_index([{str(args.dir)!r}], lambda m: None)
print(db.execute("SELECT count(*) FROM releases WHERE dup = 0").fetchone()[0])"""))
    print(f"cache ready: {n:,} releases ({time.perf_counter() - t0:.1f} s to open/build, not timed)")

    base = [sys.executable, "-m", "pressroom", "-q", "-c", str(args.dir)]
    commands = [
        ("list", ["list", "--json"]),
        ("people", ["people", "--json"]),
        ("quotes --speaker", ["quotes", "--speaker", args.speaker, "--json"]),
        ("orgs", ["orgs", "--json"]),
        ("acronyms", ["acronyms", "--json"]),
    ]
    print(f"{'command':18} {'first':>8} {'warm':>8} {'peak RSS first / warm':>24}")
    for label, cmd in commands:
        in_child(env, f"""
db, _ = open_index([{str(args.dir)!r}], lambda m: None)
db.execute("DELETE FROM derived")  # the first run computes again""")
        first, rss_first = timed(base + cmd, env)
        runs = [timed(base + cmd, env) for _ in range(args.repeat)]
        warm = statistics.median(t for t, _ in runs)
        rss_warm = max(r for _, r in runs)
        print(f"{label:18} {first:7.2f}s {warm:7.2f}s {rss_first / 1024:11.0f} / {rss_warm / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
