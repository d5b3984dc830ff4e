#!/usr/bin/env python3
"""Startup cost: `pressroom --version` / `--help` / `list` against bare `python -c pass`.

    python benchmarks/bench_startup.py [--runs 15]

Runs each command as a whole process, alternating with the baseline so machine drift
hits both, and prints medians and the difference in milliseconds. Target: --version and
--help within 150 ms of bare Python start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("pressroom")


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    exe = str(BIN) if BIN.exists() else None
    base_cmd = [sys.executable, "-c", "pass"]
    cmds = {
        "--version": [exe, "--version"] if exe else [sys.executable, "-m", "pressroom", "--version"],
        "--help": [exe, "--help"] if exe else [sys.executable, "-m", "pressroom", "--help"],
        "list (seeds)": [exe, "--no-cache", "list"] if exe else [sys.executable, "-m", "pressroom", "--no-cache", "list"],
    }
    env_note = f"python {sys.version.split()[0]}, {os.cpu_count()} cpus"
    print(f"startup, median of {args.runs} runs each ({env_note})")
    for label, cmd in cmds.items():
        base, ours = [], []
        timed(cmd)
        for _ in range(args.runs):
            base.append(timed(base_cmd))
            ours.append(timed(cmd))
        b, o = statistics.median(base), statistics.median(ours)
        print(f"  pressroom {label:14} {o * 1000:7.1f} ms   python -c pass {b * 1000:6.1f} ms   difference {1000 * (o - b):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
