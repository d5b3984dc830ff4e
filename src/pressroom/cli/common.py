"""Options every command shares, and the one way commands load a corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus


class State:
    """Global options given before the command (`pressroom -c DIR list`)."""

    corpus: list[Path] | None = None
    no_cache: bool = False
    debug: bool = False
    quiet: bool = False


STATE = State()

CorpusOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--corpus", "-c",
        help="Release file or directory (repeatable). Default: $PRESSROOM_CORPUS, else the bundled seeds.",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (same as --format json).")]
FormatOpt = Annotated[
    Optional[str],
    typer.Option("--format", "-f", help="table (Rich on a terminal, TSV in a pipe), json, jsonl, csv or tsv.",
                 show_default=False),
]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Only releases on or after this date (2021, 2021-02, 2021-02-17).")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Only releases on or before this date (2021, 2021-02, 2021-02-17).")]
ReleaseOpt = Annotated[Optional[str], typer.Option("--release", "-r", help="Only this release (id, id prefix or file name).")]


def corpus_paths(local: list[Path] | None) -> list[Path] | None:
    return list(local or []) or STATE.corpus or None


def warn(message: str) -> None:
    if not STATE.quiet:
        sys.stderr.write(f"pressroom: warning: {message}\n")


def load(local: list[Path] | None = None, *, text: bool = True, summaries: bool = False) -> "Corpus":
    """The corpus for a command: the --corpus paths, else $PRESSROOM_CORPUS, else the seeds.

    Read through the on-disk cache (only new or changed files are parsed) unless --no-cache.
    `text=False`: the command reads only extracted fields, so the cache skips the bodies.
    """
    import gc

    from ..corpus import load_corpus

    # Loading 100,000 releases makes millions of objects, none in a reference cycle, that live
    # until the process exits: the cycle collector would rescan the growing heap again and
    # again (people at 100k: load 5.2 s -> 1.9 s). Collect nothing while loading, then freeze
    # what was loaded out of the collector's sight. (Worker processes turn it back on.)
    gc.disable()
    try:
        return load_corpus(corpus_paths(local), warn=warn, cache=not STATE.no_cache, text=text,
                           summaries=summaries)
    finally:
        gc.freeze()
        gc.enable()


def date_bound(value: str | None, *, end: bool) -> str | None:
    """'2021' / '2021-02' / '2021-02-17' to an inclusive ISO bound for string comparison."""
    from .searching import date_bound as bound  # shared with the Typer-free search path

    return bound(value, end=end)


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Inclusive range test on ISO strings; an undated release is outside any range."""
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


class _Stub:
    """Just enough of a release for `Corpus.find` (id and path): matching a reference against
    100,000 cached releases must not rebuild all of them."""

    __slots__ = ("rid", "id", "path")

    def __init__(self, rid: int, id_: str, path: str) -> None:
        self.rid, self.id, self.path = rid, id_, path


def load_release(corpus: Any, ref: str) -> Any:
    """The one release `ref` names, read from the cache alone: `Corpus.get`'s matching and
    messages, without loading the corpus (15 s -> about 1 s at 100,000 releases). For the
    commands about one release: `show`, `summary ID`. A `text` cache (cache.py) holds no
    extracted facts: the one release is run through the extractors here (milliseconds), so
    looking at a release never costs a corpus-wide extraction."""
    from ..cache import FULL, TEXT, open_index
    from ..index import unpack_release

    db, scan = open_index(corpus_paths(corpus), warn, no_cache=STATE.no_cache, level=TEXT)
    try:
        level = db.execute("SELECT value FROM meta WHERE key = 'level'").fetchone()
        exact = db.execute(
            "SELECT r.rid, r.id, f.root, f.rel FROM releases r JOIN files f ON f.fid = r.fid"
            " WHERE r.id = ? AND r.dup = 0", (ref.strip(),),
        ).fetchall()
        if len(exact) == 1:  # the usual case, a full id: one indexed lookup
            rid, id_, root, rel = exact[0]
            hit = _Stub(rid, id_, scan.display(root, rel))
        else:
            hit = _find(db, scan, ref)
        row = db.execute(
            "SELECT r.id, r.title, r.date, r.source, r.location, r.extra, f.body"
            " FROM releases r LEFT JOIN fts f ON f.rowid = r.rid WHERE r.rid = ?", (hit.rid,)
        ).fetchone()
    finally:
        db.close()
    rel = unpack_release(hit.path, *row)
    if level is not None and level[0] != FULL:
        from ..extract import enrich

        enrich(rel, summary=False)
    return rel


def _find(db: Any, scan: Any, ref: str) -> _Stub:
    """`Corpus.get` over stubs of every cached release: id prefixes, file names, paths."""
    from ..corpus import Corpus
    from ..errors import PressroomError

    rows = db.execute(
        "SELECT r.rid, r.id, f.root, f.rel, r.n FROM releases r JOIN files f ON f.fid = r.fid WHERE r.dup = 0"
    ).fetchall()
    rows.sort(key=lambda r: (scan.position(r[2], r[3]), r[4]))  # the corpus's own order
    stubs = [_Stub(rid, id_, scan.display(root, rel)) for rid, id_, root, rel, _ in rows]
    if not stubs:
        raise PressroomError(f"no usable releases found in {', '.join(str(p) for p in scan.given)}")
    return Corpus(releases=stubs).get(ref)  # type: ignore[arg-type,return-value]


class ListedRelease:
    """A release's listing fields only: what `list` prints, read from the cache's columns
    without decoding any release (100,000 releases list in about a second, not 12)."""

    __slots__ = ("id", "date", "source", "location", "title", "path")

    def __init__(self, id_: str, date: str | None, source: str | None, location: str | None,
                 title: str | None, path: str) -> None:
        self.id, self.date, self.source, self.location, self.title, self.path = id_, date, source, location, title, path


def load_listing(corpus: Any) -> list[Any]:
    """Every release, in corpus order, with its listing fields (`Release`s under --no-cache)."""
    if STATE.no_cache:
        return list(load(corpus))
    from ..cache import TEXT, open_index
    from ..errors import PressroomError

    db, scan = open_index(corpus_paths(corpus), warn, level=TEXT)
    try:
        rows = db.execute(
            "SELECT r.id, r.date, r.source, r.location, r.title, f.root, f.rel, r.n"
            " FROM releases r JOIN files f ON f.fid = r.fid WHERE r.dup = 0"
        ).fetchall()
    finally:
        db.close()
    if not rows:
        raise PressroomError(f"no usable releases found in {', '.join(str(p) for p in scan.given)}")
    rows.sort(key=lambda r: (scan.position(r[5], r[6]), r[7]))  # the corpus's own order
    return [ListedRelease(id_, date, source, loc, title, scan.display(root, rel))
            for id_, date, source, loc, title, root, rel, _ in rows]
