#!/usr/bin/env python3
"""Search at scale: cold build, warm reload, search vs ripgrep, peak memory, side by side.

    python benchmarks/bench_search.py [DIR ...] [--runs 9] [--queries w1 w2 ...] [--make]

Default DIRs: /tmp/prbench10k and /tmp/prbench100k; `--make` builds missing ones first with
    python ../shared/bench/make_corpus.py --out /tmp/prbench10k --count 10000
Needs `rg` (Debian package ripgrep) on PATH. Run by hand, not in CI: a 100,000-release
cold build parses every file (minutes on two cores with the extractors).

Every pressroom run is a whole process (`pressroom -c DIR search WORD`, output piped), with
its own empty cache dir, so the numbers are what a user sees:
  cold build   the first search: walk, parse on all cores, index, answer; releases/s, and
               the CPU of all its processes per release (on a shared machine the wall clock
               mostly measures the neighbours; CPU / wall says how many cores it kept busy).
               A search builds a `text` cache: the structure parse, no extractors (cache.py)
  warm reload  the next command, once the cache exists (one run, as a user would)
  search       median over queries x runs, interleaved with `rg -l -i WORD DIR`
  peak RSS     largest resident size of a warm search (the process and its walker children)
  full level   the first `pressroom people` after the searches: the extractors (quotes, people,
               organizations, acronyms) run over the cached releases, which every command
               reading those needs (nothing is parsed again; cache.py, `_upgrade`)
`--cache DIR` keeps the caches, to rerun the comparison without a rebuild.
Byte-compiled files are allowed to be written (PYTHONDONTWRITEBYTECODE is dropped), as in
an installed package.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).with_name("pressroom")
MAKE = ROOT.parent / "shared" / "bench" / "make_corpus.py"
QUERIES = ["senator", "health", "coalition", "technology", "fraud"]
RSS_WRAPPER = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


PIPE_OUTPUT = False  # --pipe: read each command's output through a pipe, as a terminal or `| head` would


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from start to exit. Output goes to /dev/null, or with --pipe is read through a
    pipe (then a command that prints much, as `rg -l` listing thousands of files does, pays
    for writing it)."""
    t0 = time.perf_counter()
    out = subprocess.PIPE if PIPE_OUTPUT else subprocess.DEVNULL
    p = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0, p.returncode


def children_cpu() -> float:
    """CPU seconds of every finished child so far: pressroom reaps its workers, so their time
    rolls up into it, and so into this process once pressroom exits."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def pressroom(corpus: Path, *args: str) -> list[str]:
    cmd = [str(BIN)] if BIN.exists() else [sys.executable, "-m", "pressroom"]
    return cmd + ["-c", str(corpus), *args]


def bench_one(corpus: Path, queries: list[str], runs: int, keep: Path | None) -> dict[str, object]:
    cache = str(keep) if keep else tempfile.mkdtemp(prefix="prbench-cache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PRESSROOM_CACHE_DIR"] = cache
    out: dict[str, object] = {"corpus": str(corpus)}
    try:
        cpu0 = children_cpu()
        cold, code = timed(pressroom(corpus, "search", queries[0]), env)  # a build, unless --cache has it
        cold_cpu = children_cpu() - cpu0
        if code not in (0, 1):
            raise SystemExit(f"pressroom failed on {corpus} (exit {code})")
        info = json.loads(subprocess.run(pressroom(corpus, "cache", "info", "--json"), env=env,
                                         capture_output=True, text=True).stdout)
        # the cache dir may hold other corpora's caches too (--cache shared by both runs)
        (entry,) = [c for c in info["corpora"] if c["roots"] == [str(corpus.resolve())]]
        out.update(files=entry["files"], releases=entry["releases"], cache_mb=entry["bytes"] / 1e6,
                   cold_s=cold, cold_rate=entry["releases"] / cold,
                   cold_cpu_ms=1000 * cold_cpu / max(1, entry["releases"]), cold_cores=cold_cpu / cold)
        out["warm_s"], _ = timed(pressroom(corpus, "search", queries[1 % len(queries)]), env)
        ours: list[float] = []
        rg: list[float] = []
        for _ in range(runs):
            for q in queries:
                ours.append(timed(pressroom(corpus, "search", q), env)[0])
                rg.append(timed(["rg", "-l", "-i", q, str(corpus)], env)[0])
        out["search_ms"] = statistics.median(ours) * 1000
        out["rg_ms"] = statistics.median(rg) * 1000
        rss = subprocess.run([sys.executable, "-c", RSS_WRAPPER, *pressroom(corpus, "search", queries[0])],
                             env=env, capture_output=True, text=True).stdout.strip()
        out["rss_mb"] = int(rss) / 1024 if rss.isdigit() else float("nan")
        cpu0 = children_cpu()
        out["full_s"], _ = timed(pressroom(corpus, "people", "--limit", "1"), env)
        out["full_cpu_ms"] = 1000 * (children_cpu() - cpu0) / max(1, entry["releases"])
        info = json.loads(subprocess.run(pressroom(corpus, "cache", "info", "--json"), env=env,
                                         capture_output=True, text=True).stdout)
        (entry,) = [c for c in info["corpora"] if c["roots"] == [str(corpus.resolve())]]
        out["full_mb"] = entry["bytes"] / 1e6
    finally:
        if not keep:
            shutil.rmtree(cache, ignore_errors=True)
    return out


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    rg = subprocess.run(["rg", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return (f"{os.cpu_count()} cpus ({cpu}), {platform.system()} {platform.release()}, python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, {rg}; load average {load}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=[Path("/tmp/prbench10k"), Path("/tmp/prbench100k")])
    ap.add_argument("--runs", type=int, default=9, help="runs of each query (default 9)")
    ap.add_argument("--queries", nargs="+", default=QUERIES)
    ap.add_argument("--make", action="store_true", help="build missing /tmp/prbenchNk corpora first")
    ap.add_argument("--pipe", action="store_true", help="read every command's output through a pipe "
                    "instead of sending it to /dev/null")
    ap.add_argument("--cache", type=Path, help="keep the cache in this folder and reuse it: rerun the search "
                    "comparison without rebuilding (then the 'cold build' row times a warm search)")
    args = ap.parse_args()
    global PIPE_OUTPUT
    PIPE_OUTPUT = args.pipe
    if shutil.which("rg") is None:
        raise SystemExit("rg not found: apt-get install ripgrep")
    for d in args.dirs:
        if not d.is_dir():
            n = "".join(ch for ch in d.name if ch.isdigit())
            if not (args.make and n):
                raise SystemExit(f"{d} missing: python {MAKE} --out {d} --count N (or --make)")
            count = int(n) * (1000 if d.name.endswith("k") else 1)
            subprocess.run([sys.executable, str(MAKE), "--out", str(d), "--count", str(count)], check=True)
    print(f"machine: {machine()}")
    print(f"queries: {', '.join(args.queries)} ({args.runs} runs each); output "
          f"{'read through a pipe' if args.pipe else 'to /dev/null'}\n", flush=True)
    results = []
    for d in args.dirs:
        print(f"... {d}", file=sys.stderr, flush=True)
        results.append(bench_one(d, args.queries, args.runs, args.cache))
    rows = [
        ("releases (files)", lambda r: f"{r['releases']:,} ({r['files']:,})"),
        ("cold build (first search): parse + index, all cores", lambda r: f"{r['cold_s']:.1f} s ({r['cold_rate']:,.0f} releases/s)"),
        ("cold build CPU (all processes) per release; cores kept busy",
         lambda r: f"{r['cold_cpu_ms']:.2f} ms; {r['cold_cores']:.2f} of the cores"),
        ("cache size (text level)", lambda r: f"{r['cache_mb']:,.0f} MB"),
        ("warm reload (first search after the build)", lambda r: f"{r['warm_s'] * 1000:,.0f} ms"),
        ("`pressroom search WORD`, median", lambda r: f"{r['search_ms']:.0f} ms"),
        ("`rg -l -i WORD`, median", lambda r: f"{r['rg_ms']:.0f} ms"),
        ("peak RSS of a warm search", lambda r: f"{r['rss_mb']:.0f} MB"),
        ("to the full level (first `people`): extractors over the cache", lambda r: f"{r['full_s']:.1f} s "
         f"({r['releases'] / r['full_s']:,.0f} releases/s; CPU {r['full_cpu_ms']:.2f} ms a release)"),
        ("cache size (full level)", lambda r: f"{r['full_mb']:,.0f} MB"),
    ]
    names = [Path(str(r["corpus"])).name for r in results]
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for label, fmt in rows:
        print(f"| {label} | " + " | ".join(fmt(r) for r in results) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
