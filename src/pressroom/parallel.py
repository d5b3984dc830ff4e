"""Run a per-file function over many files on every core, results in input order.

Cold builds parse thousands of files; parsing is pure Python, so threads would share one
core. Worker processes (forked where the platform allows, so they start in milliseconds
and inherit the imported parser) each take chunks of paths and send back compact results.
Order is kept so that "first file wins" rules (duplicate releases) match a serial load.

Ctrl-C: workers ignore SIGINT and the parent terminates them, so an interrupted build
prints one line, not a traceback per worker. A progress bar goes to stderr only when
stderr is a terminal and the work is still running after half a second.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

SERIAL_BELOW = 48  # forking workers costs more than parsing this many files here
PROGRESS_AFTER = 0.5  # seconds of work before a progress bar appears


def cpu_count() -> int:
    """Cores this process may use (honours taskset/cgroup affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def _ignore_sigint() -> None:
    """Worker set-up: Ctrl-C is the parent's to handle, and the cycle collector runs (a parent
    that is loading a corpus forks with it turned off: cli.common.load)."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.enable()


def _run_chunk(args: tuple[Callable[[Any], Any], list[Any]]) -> list[Any]:
    func, items = args
    return [func(x) for x in items]


def pmap(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    label: str = "parsing",
    progress: bool | None = None,
) -> Iterator[R]:
    """Yield func(item) for each item, in order, computed on up to `jobs` processes.

    `func` must be a module-level function (workers find it by name). Small inputs run in
    this process: no fork, no pickling.
    """
    n = len(items)
    jobs = cpu_count() if jobs is None else max(1, jobs)
    bar = Progress(n, label, enabled=progress)
    try:
        if jobs == 1 or n < SERIAL_BELOW:
            for x in items:
                yield func(x)
                bar.advance(1)
            return
        import multiprocessing as mp

        method = "fork" if "fork" in mp.get_all_start_methods() else None
        ctx = mp.get_context(method)
        # ~4 chunks per worker at least, at most 64 files a chunk: results stream back steadily
        size = max(1, min(64, n // (jobs * 4) or 1))
        chunks = [(func, list(items[i:i + size])) for i in range(0, n, size)]
        pool = ctx.Pool(jobs, initializer=_ignore_sigint)
        try:
            for res in pool.imap(_run_chunk, chunks):
                yield from res
                bar.advance(len(res))
            pool.close()
        except BaseException:
            pool.terminate()
            raise
        finally:
            pool.join()
    finally:
        bar.stop()


class Progress:
    """A Rich bar on stderr, shown only on a terminal and only once the work proves slow."""

    def __init__(self, total: int, label: str, enabled: bool | None) -> None:
        if enabled is None:
            try:
                enabled = sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = bool(enabled) and total > 0
        self.total = total
        self.label = label
        self.done = 0
        self.t0 = time.monotonic()
        self.bar: Any = None
        self.task: Any = None

    def advance(self, k: int) -> None:
        self.done += k
        if not self.enabled:
            return
        if self.bar is None:
            if time.monotonic() - self.t0 < PROGRESS_AFTER or self.done >= self.total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(file=sys.stderr), transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=self.total, completed=self.done)
            return
        self.bar.update(self.task, completed=self.done)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
