"""What `pressroom search` does, without Typer, so the fast entry point (fast.py) can run it.

`pressroom search` is the command people type most and the one benchmarked against `rg`,
so its path avoids Typer (~45 ms to import and build the app), Rich and the output helper
unless the output needs them: piped output is written here as tab-separated lines (the same
cells `output.write_plain` would print), JSON/CSV and the terminal view use cli/output.py.

Arguments are split in fast.py (`split_args`), one way for both entry points.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:  # pragma: no cover
    import sqlite3
    from collections.abc import Callable

    from ..index import Hit
    from ..query import Query
    from .fast import Prefetch

SORTS = ("rank", "date")
DEFAULT_LIMIT = 10
CSV_KEYS = ("id", "path", "score", "title", "date", "source", "location", "snippet")


# ---------------------------------------------------------------- running a search

class Request:
    """One search, parsed and checked: what to find, where, in which order, how many."""

    __slots__ = ("query", "since", "until", "limit", "sort", "paths", "warn")

    def __init__(self, query: "Query", since: str | None, until: str | None, limit: int | None, sort: str,
                 paths: list[str], warn: "Callable[[str], None]") -> None:
        self.query = query
        self.since = since
        self.until = until
        self.limit = limit
        self.sort = sort
        self.paths = paths
        self.warn = warn

    @property
    def level(self) -> str:
        """The cache level this search reads (cache.py): the text alone, unless it asks for
        `speaker:` or `org:`, which only the extractors fill."""
        from ..cache import FULL, TEXT

        return FULL if self.query.needs_names else TEXT


class Found:
    """Hits and what to say about them; `total()` counts all matches (terminal caption only)."""

    __slots__ = ("hits", "notes", "total", "display")

    def __init__(self, hits: list["Hit"], notes: list[str], total: "Callable[[], int]",
                 display: "Callable[[int, str], str]") -> None:
        self.hits = hits
        self.notes = notes
        self.total = total
        self.display = display


def run_search(
    words: list[str],
    *,
    corpus: list[str] | None = None,
    limit: int | None = DEFAULT_LIMIT,
    sort: str = "rank",
    since: str | None = None,
    until: str | None = None,
    fmt: str | None = None,
    json_: bool = False,
    no_cache: bool = False,
    quiet: bool = False,
    prefetch: "Prefetch | None" = None,
) -> int:
    """Search the corpus and print the hits; returns the exit code (0 found, 1 nothing)."""
    from ..errors import PressroomError
    from ..files import default_corpus_paths
    from ..query import parse_query

    fmt_ = _resolve_format(json_, fmt)
    if sort not in SORTS:
        raise PressroomError(f"unknown sort {sort!r}: choose rank or date")
    lo, hi = date_bound(since, end=False), date_bound(until, end=True)
    query = parse_query(" ".join(words))
    query.to_fts()  # a query with nothing to find is an error before any work

    def warn(msg: str) -> None:
        if not quiet:
            sys.stderr.write(f"pressroom: warning: {msg}\n")

    req = Request(query, lo, hi, limit or None, sort, list(corpus or []) or default_corpus_paths(), warn)
    found = None
    if prefetch is not None and not no_cache:
        found = _search_prefetched(req, prefetch)
    if found is None:
        found = _search(req, no_cache)
    for note in found.notes:
        sys.stderr.write(f"pressroom: {note}\n")
    records = [_record(h, found.display) for h in found.hits]
    _emit(records, found.hits, fmt_, found.total)
    return 0 if records else 1


def _search_prefetched(req: Request, prefetch: "Prefetch") -> Found | None:
    """The warm path: query the cache while the children check that it is current.

    None (and the caller takes the normal path) when there is no valid cache, a file
    changed, or SQLite calls the cache broken (the normal path reports and repairs that).
    """
    from ..cache import open_if_valid, repeat_warnings
    from ..errors import PressroomError
    from ..files import display_path, resolve_roots
    from ..index import sqlite

    sqlite3 = sqlite()

    given, real = resolve_roots(req.paths)
    db = None
    try:
        db = open_if_valid(real, req.level)
        if db is None:
            return None
        failure: PressroomError | None = None
        try:
            hits, notes, used = _find(db, req)
        except PressroomError as exc:  # raised only once the cache is known to be current
            failure = exc
        stored = db.execute("SELECT value FROM meta WHERE key = 'stats'").fetchone()
        status = prefetch.result()
        if status is None or stored is None or status[0] != stored[0]:
            db.close()
            return None
        for w in status[1]:
            req.warn(w)
        repeat_warnings(db, given, req.warn)
        if failure is not None:
            raise failure
        return Found(hits, notes, _counter(db, used, req), lambda root, rel: display_path(given[root], rel))
    except sqlite3.DatabaseError:
        if db is not None:
            db.close()
        return None
    finally:
        prefetch.abandon()  # reap the children if their answer was not needed


def _search(req: Request, no_cache: bool) -> Found:
    """The normal path: bring the cache up to date (or build in memory), then query."""
    import sqlite3

    from ..cache import is_corrupt, open_index, remove_cache

    for attempt in (1, 2):  # a plain search on a new corpus indexes it without the extractors
        db, s = open_index(req.paths, req.warn, no_cache=no_cache, level=req.level)
        try:
            hits, notes, used = _find(db, req)
        except sqlite3.DatabaseError as exc:
            db.close()
            if attempt == 2 or no_cache or not is_corrupt(exc):
                raise
            req.warn(f"the cache for this corpus is unreadable ({exc}); rebuilding it")
            remove_cache(s)
            continue
        return Found(hits, notes, _counter(db, used, req), s.display)
    raise AssertionError("unreachable")  # pragma: no cover


def _find(db: "sqlite3.Connection", req: Request) -> tuple[list["Hit"], list[str], "Query"]:
    """Correct words the index has never seen, then rank; returns the query actually run."""
    from ..errors import PressroomError
    from ..index import search, vocabulary_lookups
    from ..query import correct

    if db.execute("SELECT 1 FROM releases WHERE dup = 0 LIMIT 1").fetchone() is None:
        # the same error `list` and every other command give for such a corpus
        raise PressroomError(f"no usable releases found in {', '.join(str(p) for p in req.paths)}")
    known, candidates = vocabulary_lookups(db)
    used, notes = correct(req.query, known, candidates)
    hits = search(db, used, since=req.since, until=req.until, limit=req.limit, sort=req.sort)
    return hits, notes, used


def _counter(db: "sqlite3.Connection", query: "Query", req: Request) -> "Callable[[], int]":
    def total() -> int:
        from ..index import count

        return count(db, query, since=req.since, until=req.until)

    return total


def _record(h: "Hit", display: "Callable[[int, str], str]") -> dict:
    from ..index import highlight_spans

    text, _ = highlight_spans(h.snippet or "")
    return {
        "id": h.id, "path": display(h.root, h.rel), "score": h.score, "title": h.title,
        "date": h.date, "source": h.source, "location": h.location, "snippet": " ".join(text.split()),
    }


# ---------------------------------------------------------------- output

def _resolve_format(json_: bool, fmt: str | None) -> str:
    from ..errors import PressroomError

    if json_:
        return "json"
    f = (fmt or "table").lower()
    if f not in ("table", "json", "jsonl", "csv", "tsv"):
        raise PressroomError(f"unknown format {f!r}: choose one of table, json, jsonl, csv, tsv")
    return f


def _stdout_is_tty() -> bool:
    try:
        tty = sys.stdout.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty or bool(os.environ.get("PRESSROOM_FORCE_TTY"))


def _cell(value: object) -> str:
    """Like output.flat for the scalar cells search prints: one line, no tabs."""
    if value is None:
        return ""
    text = str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return text


def _emit(records: list[dict], hits: list["Hit"], fmt: str, total_fn: "Callable[[], int]") -> None:
    if fmt == "table" and _stdout_is_tty():
        _print_terminal(records, hits, total_fn)
        return
    if fmt in ("table", "tsv"):
        out = sys.stdout
        for r in records:
            out.write("\t".join(_cell(r[k]) for k in ("id", "date", "source", "title", "snippet")) + "\n")
        return
    from .output import write_csv, write_json, write_jsonl

    if fmt == "json":
        write_json(records)
    elif fmt == "jsonl":
        write_jsonl(records)
    else:
        write_csv(records, list(CSV_KEYS))


def _print_terminal(records: list[dict], hits: list["Hit"], total_fn: "Callable[[], int]") -> None:
    """Rich: title, a dim line of id/date/source/path, the snippet with matches highlighted."""
    from rich.text import Text

    from ..index import highlight_spans
    from .output import console

    con = console()
    for n, (r, h) in enumerate(zip(records, hits), 1):
        head = Text(f"{n:>2}  ", style="dim")
        head.append(r["title"] or "(no headline)", style="bold")
        con.print(head)
        meta = "  ·  ".join(str(x) for x in (r["id"], r["date"] or "undated", r["source"], r["path"]) if x)
        con.print(Text("    " + meta, style="dim"))
        text, spans = highlight_spans(h.snippet or "")
        snippet = Text("    ")
        pos = 0
        for a, b in spans:
            snippet.append(_squash(text[pos:a]))
            snippet.append(text[a:b], style="bold yellow")
            pos = b
        snippet.append(_squash(text[pos:]))
        con.print(snippet)
        con.print()
    if records:
        total = total_fn()
        shown = len(records)
        more = f"{shown} of {total:,} matching releases" if total > shown else f"{total:,} matching release{'s' if total != 1 else ''}"
        con.print(Text(more + ("  (--limit for more)" if total > shown else ""), style="dim"))
    else:
        con.print(Text("no release matches", style="dim"))


def _squash(s: str) -> str:
    """Snippet text on one line, keeping a single space where whitespace ran."""
    if not s:
        return s
    lead = " " if s[0].isspace() else ""
    tail = " " if s[-1].isspace() else ""
    core = " ".join(s.split())
    return (lead + core + tail) if core else " "


def date_bound(value: str | None, *, end: bool) -> str | None:
    """'2021' / '2021-02' / '2021-02-17' to an inclusive ISO bound for string comparison.

    Lives here rather than in common.py (which delegates to it) because common.py loads Typer.
    """
    from ..errors import PressroomError

    if value is None:
        return None
    # `2021`, `2021-02`, `2021-02-17` (split by hand: `re` would cost the search 6 ms to load)
    parts = value.strip().split("-")
    widths = [(4, 4), (1, 2), (1, 2)]
    if len(parts) > 3 or not all(p.isascii() and p.isdigit() and lo <= len(p) <= hi
                                 for p, (lo, hi) in zip(parts, widths)):
        raise PressroomError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = (parts + [None, None])[:3]
    if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
        raise PressroomError(f"bad date {value!r}: month or day out of range")
    if d:
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    if mo:
        return f"{y}-{int(mo):02d}-{'31' if end else '00'}"
    return f"{y}-{'12-31' if end else '00-00'}"
