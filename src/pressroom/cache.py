"""The on-disk cache: each corpus's parsed releases and their FTS index in one SQLite file.

Why: parsing 100,000 releases takes most of a minute; opening an index takes milliseconds.
So every command goes through here, and only files that changed are parsed again.

Keys. A corpus (its list of resolved root paths) gets one database in the user cache dir
(`platformdirs`, or $PRESSROOM_CACHE_DIR). Inside, each file is keyed by its root and
relative path (resolved roots, so `./x` and `/abs/x` share a cache), size and mtime; the
whole database is keyed by the schema version, PARSER_VERSION and the size and mtime of the
parsing code itself, so an edited extractor re-parses instead of serving stale results.

Freshness costs one walk of the corpus with a stat per file (what `rg` pays to open them):
a digest (BLAKE2) of the (root, path, size, mtime) list of the walk is compared with the
one stored at the last build (files.py). Equal: use the index as it is. Different: diff against the
`files` table and re-parse only the added and changed files, in one transaction.

Two levels. Searching text needs the structure parse alone (headline, date, issuer, place,
paragraphs: ~0.3 ms a release); the extractors (quotes, people, organizations, acronyms) cost
four times that again. So a cache is built at the level its first command needs: `text` for
`search`, `list`, `show` and `summary ID` (which extract their one release on the spot), and
`full` for the commands that read extracted facts across the corpus. A command that needs
`full` from a `text` cache runs the extractors over the stored releases in place (one
transaction; no file is read or parsed again: `_upgrade`); a `full` cache serves every
command. The level is a meta key and part of freshness (`_check`).

Atomicity. A cold build writes `NAME.tmp-PID` and renames it over `NAME.sqlite` when
complete; an incremental update is one SQLite transaction. Writers take an exclusive lock
file first, so a second process waits (and then finds the work done) instead of building
the same thing twice; readers never wait for a build. A crash or Ctrl-C leaves either the
old database or the new one. A database SQLite calls corrupt, or one from another schema,
is reported with a warning and rebuilt.
"""

from __future__ import annotations

import os
import sys
import zlib

from .errors import PressroomError
from .files import Scan, default_corpus_paths, scan

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:  # pragma: no cover
    import sqlite3
    from collections.abc import Callable, Iterable
    from typing import Any

    from .corpus import Corpus
    from .model import Release

    Warn = Callable[[str], None]

ENV_DIR = "PRESSROOM_CACHE_DIR"
SUFFIX = ".sqlite"
REBUILD_FRACTION = 0.5  # re-parse more than this share of the files: build afresh instead
BUSY_MS = 30_000  # how long a reader waits for a writer's commit
TEXT, FULL = "text", "full"  # cache levels: structure only / structure and extractors
# message fragments of sqlite3.DatabaseError that mean "this file is not a usable cache"
_CORRUPT = ("malformed", "not a database", "corrupt", "no such table", "no such column",
            "file is encrypted", "disk image", "unsupported file format", "no such module")


# ---------------------------------------------------------------- where

def cache_dir() -> str:
    """$PRESSROOM_CACHE_DIR, else the platform's user cache dir for pressroom.

    On Linux the XDG rule is applied inline (same answer as platformdirs, checked by a test)
    because importing platformdirs costs 10 ms on every search.
    """
    env = os.environ.get(ENV_DIR, "").strip()
    if env:
        return os.path.abspath(os.path.expanduser(env))
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return os.path.join(xdg or os.path.expanduser("~/.cache"), "pressroom")
    import platformdirs  # pragma: no cover - other platforms

    return platformdirs.user_cache_dir("pressroom", appauthor=False)  # pragma: no cover


def parser_key(pkg: str | None = None) -> str:
    """Identifies the parsing code: the size and mtime of every module that shapes a Release.

    PARSER_VERSION is in parse.py, so bumping it changes this key too; so does any edit to
    the readers, structure or extractors, or their data files. (Checked on every run: ~0.2 ms.)
    """
    parts = _parser_files(pkg or _package_dir())
    return f"{zlib.crc32(';'.join(parts).encode()):08x}-{len(parts)}"


def _package_dir() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def _parser_files(pkg: str) -> list[str]:
    parts = []
    for sub in ("", "readers", "structure", "extract", "data"):
        d = os.path.join(pkg, sub)
        try:
            names = sorted(os.listdir(d))
        except OSError:
            continue
        for name in names:
            if sub == "" and name not in ("decode.py", "parse.py", "model.py"):
                continue
            if not (name.endswith(".py") or sub == "data"):
                continue
            try:
                st = os.stat(os.path.join(d, name))
            except OSError:
                continue
            if st.st_mode & 0o170000 != 0o100000:  # data/seeds/ and other folders
                continue
            parts.append(f"{sub}/{name}:{st.st_size}:{st.st_mtime_ns}")
    return parts


# ---------------------------------------------------------------- parsing into rows

INTERNAL = "internal error: "


def parse_for_index(path: str) -> tuple[bool, object]:
    """Worker: one file to (True, [row, ...]) or (False, warning). Runs in a child process.

    Rows are built here so the parent only writes them: it never unpickles a Release.
    """
    return _rows(path, True)


def parse_for_text_index(path: str) -> tuple[bool, object]:
    """`parse_for_index` without the extractors: the rows of a `text` cache."""
    return _rows(path, False)


def _rows(path: str, extract: bool) -> tuple[bool, object]:
    from .errors import ReadError
    from .index import release_row
    from .parse import parse_file_all

    try:
        rels = parse_file_all(path, extract=extract, summary=False)
    except ReadError as exc:
        return False, str(exc)
    except RecursionError:
        return False, "too deeply nested"
    except Exception as exc:  # a parser bug must not cost the other 99,999 files
        return False, f"{INTERNAL}{type(exc).__name__}: {exc}"
    return True, [release_row(r, n) for n, r in enumerate(rels)]


MAX_BUG_WARNINGS = 5  # a parser bug hits many files: show a few, then count


def _fill(db: "sqlite3.Connection", scan_: Scan, todo: list[tuple[int, int, str]], warn: "Warn",
          seen_ids: set[str] | None, progress: bool | None, level: str = FULL) -> bool:
    """Parse `todo` [(fid, root, rel)] on all cores and store each file's rows as they arrive.

    Returns False when a file hit a parser bug: such files are not cached as skipped (their
    size is stored as -2, so the next run parses them again, after the bug is fixed).
    """
    from .index import insert_file
    from .parallel import pmap

    paths = [scan_.display(root, rel) for _, root, rel in todo]
    bugs = 0
    work = parse_for_index if level == FULL else parse_for_text_index
    label = "indexing and extracting" if level == FULL else "indexing"
    for (fid, _, _), path, (ok, result) in zip(todo, paths, pmap(work, paths, label=label, progress=progress)):
        if not ok:
            if str(result).startswith(INTERNAL):
                bugs += 1
                db.execute("UPDATE files SET size = -2 WHERE fid = ?", (fid,))
                if bugs <= MAX_BUG_WARNINGS:
                    warn(f"skipped {path}: {result}")
                continue
            db.execute("INSERT INTO skipped(fid, message) VALUES (?, ?)", (fid, result))
            warn(f"skipped {path}: {result}")
            continue
        for _ in insert_file(db, fid, result, seen_ids):  # type: ignore[arg-type]
            warn(f"skipped {path}: same content as an earlier file")
    if bugs > MAX_BUG_WARNINGS:
        warn(f"... and {bugs - MAX_BUG_WARNINGS} more files skipped after a parser error (rerun after the fix)")
    return bugs == 0


def _write_meta(db: "sqlite3.Connection", scan_: Scan, complete: bool = True, level: str = FULL) -> None:
    from .index import SCHEMA_VERSION
    from .parse import PARSER_VERSION

    import time

    meta = {
        "schema": SCHEMA_VERSION,
        "parser_version": PARSER_VERSION,
        "parser": parser_key(),
        "roots": "\n".join(scan_.real),
        "stats": scan_.quick if complete else "retry",  # "retry": never fresh, re-parse failures
        "updated": time.time(),
        "level": level,
    }
    db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", meta.items())
    db.execute("DELETE FROM derived")  # computed from the releases this transaction changed


def build_into(db: "sqlite3.Connection", scan_: Scan, warn: "Warn", progress: bool | None = None,
               level: str = FULL) -> None:
    """A complete index of `scan_` at `level` in an empty database (a cache file or `:memory:`)."""
    from .index import create_schema

    create_schema(db)
    db.execute("CREATE INDEX IF NOT EXISTS releases_dup ON releases(dup) WHERE dup = 1")
    files = scan_.files()
    db.executemany(
        "INSERT INTO files(fid, root, rel, size, mtime_ns) VALUES (?,?,?,?,?)",
        [(i + 1, *f) for i, f in enumerate(files)],
    )
    todo = [(i + 1, f[0], f[1]) for i, f in enumerate(files)]
    complete = _fill(db, scan_, todo, warn, set(), progress, level)
    _write_meta(db, scan_, complete, level)


# ---------------------------------------------------------------- the store

class CacheUnavailable(Exception):
    """The cache dir cannot be written: run in memory instead (with a warning)."""


class Store:
    """The cache database of one corpus: open it fresh, or bring it up to date, or build it."""

    def __init__(self, scan_: Scan, warn: "Warn", level: str = FULL) -> None:
        self.scan = scan_
        self.warn = warn
        self.level = level
        self.path = db_path(scan_.real)
        self.dir = os.path.dirname(self.path)

    # -- reading

    def _connect(self) -> "sqlite3.Connection":
        import sqlite3

        return sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)

    def _check(self, db: "sqlite3.Connection") -> str:
        """'fresh', 'stale' (files changed), 'upgrade' (files unchanged, but a `text` cache
        asked for the extractors' facts) or 'invalid' (other schema, parser or corpus)."""
        meta = _meta(db)
        if not _valid(meta, self.scan.real, TEXT) or "stats" not in meta:
            return "invalid"
        if meta["stats"] != self.scan.quick:
            return "stale"
        return "upgrade" if self._below(meta) else "fresh"

    def _below(self, meta: dict) -> bool:
        return self.level == FULL and meta.get("level") != FULL

    def open(self, progress: bool | None = None) -> "sqlite3.Connection":
        """A connection to an up-to-date index of the corpus (building or updating it first)."""
        import sqlite3

        if os.path.exists(self.path):
            try:
                db = self._connect()
                state = self._check(db)
                if state == "fresh":
                    self._repeat_warnings(db)
                    return db
                db.close()
            except sqlite3.DatabaseError as exc:
                if not is_corrupt(exc):
                    raise
                self.warn(f"the cache {self.path} is unreadable ({exc}); rebuilding it")
        return self._refresh(progress)

    def _repeat_warnings(self, db: "sqlite3.Connection") -> None:
        repeat_warnings(db, self.scan.given, self.warn)

    # -- writing

    def _refresh(self, progress: bool | None) -> "sqlite3.Connection":
        import sqlite3

        try:
            os.makedirs(self.dir, exist_ok=True)
            lock = _Lock(self.path + ".lock")
        except OSError as exc:
            raise CacheUnavailable(f"cannot write the cache in {self.dir}: {exc.strerror or exc}") from None
        with lock:
            # another process may have done the work while we waited for the lock
            state = "missing"
            if os.path.exists(self.path):
                try:
                    db = self._connect()
                    state = self._check(db)
                    if state == "stale" and self._update(db, progress):
                        state = "upgrade" if self._below(_meta(db)) else "fresh"
                    if state == "upgrade" and self._upgrade(db, progress):
                        state = "fresh"
                    if state == "fresh":
                        self._repeat_warnings(db)
                        return db
                    db.close()
                except sqlite3.DatabaseError as exc:
                    if not is_corrupt(exc):
                        raise
                    if state != "missing":  # broke during the update: say so once
                        self.warn(f"the cache {self.path} is unreadable ({exc}); rebuilding it")
            self._build(progress)
        return self._connect()

    def _build(self, progress: bool | None) -> None:
        """Build the whole index in a temp file, then rename it into place (atomic)."""
        import sqlite3

        _remove_stale_temps(self.path)
        tmp = f"{self.path}.tmp-{os.getpid()}"
        try:
            db = sqlite3.connect(tmp, isolation_level=None)
        except sqlite3.Error as exc:
            raise CacheUnavailable(f"cannot write the cache in {self.dir}: {exc}") from None
        try:
            db.execute("PRAGMA journal_mode = OFF")  # a crash just leaves a temp file to delete
            db.execute("PRAGMA synchronous = OFF")
            db.execute("PRAGMA cache_size = -131072")  # 128 MB: FTS merges stay in memory
            db.execute("BEGIN")
            build_into(db, self.scan, self.warn, progress, self.level)
            db.execute("COMMIT")
            db.execute("PRAGMA journal_mode = DELETE")
            db.close()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            # we hold the writer lock: a journal left beside the old file is from a crash and
            # must not be "rolled back" into the new one
            for leftover in (self.path + "-journal", self.path + "-wal", self.path + "-shm"):
                _unlink(leftover)
            os.replace(tmp, self.path)
        except sqlite3.OperationalError as exc:
            _close_quietly(db)
            _unlink(tmp)
            msg = str(exc).lower()
            if "full" in msg or "readonly" in msg or "unable to open" in msg or "i/o" in msg:
                raise CacheUnavailable(f"cannot write the cache in {self.dir}: {exc}") from None
            raise
        except BaseException:
            _close_quietly(db)
            _unlink(tmp)
            raise

    def _update(self, db: "sqlite3.Connection", progress: bool | None) -> bool:
        """Re-parse only added and changed files, drop removed ones: one transaction.

        Returns False when so much changed that a fresh build is the better deal.
        """
        from .index import delete_files

        stored = {(root, rel): (fid, size, mtime) for fid, root, rel, size, mtime in
                  db.execute("SELECT fid, root, rel, size, mtime_ns FROM files")}
        files = self.scan.files()
        current = {(f[0], f[1]) for f in files}
        gone = [v[0] for k, v in stored.items() if k not in current]
        changed: list[int] = []
        added: list[tuple[int, str, int, int]] = []
        for f in files:
            old = stored.get((f[0], f[1]))
            if old is None:
                added.append(f)
            elif (old[1], old[2]) != (f[2], f[3]):
                changed.append(old[0])
                added.append(f)
        if not stored or len(gone) + len(changed) > REBUILD_FRACTION * len(stored):
            return False
        level = _meta(db).get("level", FULL)  # new files join at the cache's own level

        def work() -> bool:
            delete_files(db, gone + changed)
            todo = []
            for root, rel, size, mtime in added:
                cur = db.execute("INSERT INTO files(root, rel, size, mtime_ns) VALUES (?,?,?,?)", (root, rel, size, mtime))
                todo.append((cur.lastrowid, root, rel))
            complete = _fill(db, self.scan, todo, self.warn, None, progress, level)
            _write_meta(db, self.scan, complete, level)
            return True

        return _transaction(db, work)

    def _upgrade(self, db: "sqlite3.Connection", progress: bool | None) -> bool:
        """A `text` cache made `full` in place: the extractors run over the stored releases
        (no file is read or parsed again), one transaction. False when an extractor failed on
        a release: the caller then builds afresh, which reports the failing file as usual."""
        def work() -> bool:
            if not _extract_stored(db, progress):
                return False
            _write_meta(db, self.scan, True, FULL)
            return True

        return _transaction(db, work)


def _transaction(db: "sqlite3.Connection", work: "Callable[[], bool]") -> bool:
    """`work()` as one write transaction on a cache in place (rollback journal on): committed
    when it returns True, rolled back when it returns False or raises (Ctrl-C included)."""
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("BEGIN IMMEDIATE")
    try:
        ok = work()
        db.execute("COMMIT" if ok else "ROLLBACK")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return ok


UPGRADE_BATCH = 4000  # releases read, extracted on all cores and written back at a time


def extract_stored(item: tuple) -> tuple[bool, object]:
    """Worker: a stored release (n, id, title, date, source, location, extra, body) to the
    row a full build gives it, by running the extractors over it; (False, message) if one
    fails."""
    from .extract import enrich
    from .index import release_row, unpack_release

    n, rid_s, title, date, source, location, extra, body = item
    try:
        rel = unpack_release("", rid_s, title, date, source, location, extra, body)
        enrich(rel, summary=False)
        return True, release_row(rel, n)
    except RecursionError:
        return False, "too deeply nested"
    except Exception as exc:  # reported by the fresh build the caller falls back to
        return False, f"{INTERNAL}{type(exc).__name__}: {exc}"


def _extract_stored(db: "sqlite3.Connection", progress: bool | None) -> bool:
    """Fill every stored release's extracted facts: `extra`, its `light` row and its `names`.

    Batches keep memory flat (each holds its releases' text): the rows are read, extracted
    on all cores, written, and the next batch read, so no cursor is open while writing.
    """
    # the extractors imported once here, inherited by the workers forked for each batch
    from .extract import knownorgs, organizations, quotes  # noqa: F401
    from .index import store_extracted
    from .parallel import Progress, pmap

    rids = [r for (r,) in db.execute("SELECT rid FROM releases ORDER BY rid")]
    bar = Progress(len(rids), "extracting quotes, people and organizations", enabled=progress)
    try:
        for i in range(0, len(rids), UPGRADE_BATCH):
            rows = db.execute(
                "SELECT r.rid, r.dup, r.n, r.id, r.title, r.date, r.source, r.location, r.extra, f.body"
                " FROM releases r LEFT JOIN fts f ON f.rowid = r.rid WHERE r.rid BETWEEN ? AND ? ORDER BY r.rid",
                (rids[i], rids[min(i + UPGRADE_BATCH, len(rids)) - 1]),
            ).fetchall()
            for row, (ok, result) in zip(rows, pmap(extract_stored, [r[2:] for r in rows], progress=False)):
                if not ok:
                    return False
                store_extracted(db, row[0], bool(row[1]), result)  # type: ignore[arg-type]
                bar.advance(1)
    finally:
        bar.stop()
    return True


def _close_quietly(db: "sqlite3.Connection") -> None:
    try:
        db.close()
    except Exception:  # pragma: no cover
        pass


def repeat_warnings(db: "sqlite3.Connection", given: list[str], warn: "Warn") -> None:
    """A cached run warns about the same skipped files as a parsing run would, in the same order
    (the build's, file by file: unreadable files and duplicates interleaved, as they were met)."""
    from .files import display_path

    for root, rel, msg in db.execute(
        "SELECT root, rel, message FROM ("
        " SELECT f.root, f.rel, s.message, f.fid, 0 AS rid FROM skipped s JOIN files f ON f.fid = s.fid"
        " UNION ALL"
        " SELECT f.root, f.rel, NULL, f.fid, r.rid FROM releases r JOIN files f ON f.fid = r.fid WHERE r.dup = 1"
        ") ORDER BY fid, rid"
    ):
        warn(f"skipped {display_path(given[root], rel)}: {msg or 'same content as an earlier file'}")


def db_path(real_roots: list[str]) -> str:
    from .files import corpus_key

    return os.path.join(cache_dir(), corpus_key(real_roots) + SUFFIX)


def _meta(db: "sqlite3.Connection") -> dict:
    return dict(db.execute("SELECT key, value FROM meta WHERE key IN ('schema','parser','roots','level','stats')").fetchall())


def _valid(meta: dict, real_roots: list[str], level: str) -> bool:
    """Does a cache with these meta values serve this corpus at `level`?"""
    from .index import SCHEMA_VERSION

    return (meta.get("schema") == SCHEMA_VERSION and meta.get("parser") == parser_key()
            and meta.get("roots") == "\n".join(real_roots)
            and (level == TEXT or meta.get("level") == FULL))


def open_if_valid(real_roots: list[str], level: str = FULL) -> "sqlite3.Connection | None":
    """The corpus's cache database if it exists and matches this schema, parser and corpus
    at `level`; whether its files are unchanged is for the caller to check (the search fast
    path)."""
    from .index import sqlite

    sqlite3 = sqlite()  # the C core only: this runs on every search (see index.sqlite)
    path = db_path(real_roots)
    if not os.path.exists(path):
        return None
    db = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    try:
        if _valid(_meta(db), real_roots, level):
            return db
    except sqlite3.DatabaseError:
        pass
    db.close()
    return None


def remove_cache(scan_: Scan) -> None:
    """Delete a corpus's database (it is broken); the next open builds it again."""
    path = db_path(scan_.real)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with _Lock(path + ".lock"):
            for p in (path, path + "-journal", path + "-wal", path + "-shm"):
                _unlink(p)
    except OSError:
        pass


def is_corrupt(exc: Exception) -> bool:
    msg = str(exc).lower()
    return any(m in msg for m in _CORRUPT)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:  # pragma: no cover - a Windows file still open
        pass


def _remove_stale_temps(path: str) -> None:
    """Temp files of builds that died (their process is gone)."""
    d, base = os.path.split(path)
    try:
        names = os.listdir(d)
    except OSError:
        return
    for name in names:
        if not name.startswith(base + ".tmp-"):
            continue
        try:
            pid = int(name.rsplit("-", 1)[1])
        except ValueError:
            continue
        if pid != os.getpid() and _alive(pid):
            continue
        _unlink(os.path.join(d, name))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class _Lock:
    """An exclusive advisory lock on a file beside the database, held while writing it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fh = open(path, "a+b")

    def __enter__(self) -> "_Lock":
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock, SQLite still guards each write
            return self
        try:
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            sys.stderr.write("pressroom: waiting for another pressroom process to finish the cache...\n")
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()  # closing releases the lock


# ---------------------------------------------------------------- the public entry points

def open_index(
    paths: "Iterable[str | os.PathLike[str]] | None",
    warn: "Warn",
    *,
    no_cache: bool = False,
    progress: bool | None = None,
    level: str = FULL,
) -> tuple["sqlite3.Connection", Scan]:
    """An up-to-date index of the corpus: from the cache, or built in memory (`no_cache`).

    `level=TEXT` is for callers that read no extracted facts (search without speaker:/org:,
    the listing, one release extracted on the spot): a corpus seen for the first time is
    then indexed without the extractors, about four times faster.
    """
    path_list = list(paths) if paths else default_corpus_paths()
    s = scan(path_list, warn)
    if not no_cache:
        try:
            return Store(s, warn, level).open(progress), s
        except CacheUnavailable as exc:
            warn(f"{exc}; working without a cache")
    import sqlite3

    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("BEGIN")
    build_into(db, s, warn, progress, level)
    db.execute("COMMIT")
    return db, s


def load_cached(paths: "Iterable[str | os.PathLike[str]] | None" = None, *, warn: "Warn | None" = None,
                progress: bool | None = None, text: bool = True, summaries: bool = False) -> "Corpus":
    """`corpus.load_corpus` through the cache: the same releases, warnings and order.

    `summaries=True` also gives each release its summary. The cache's rows leave summaries out
    (a search or a names command never reads one, and summarising costs ~1 ms a release); the
    first run that wants them (an export) computes them on all cores and keeps them in the
    `summaries` table, so the next export reads them instead (10,000 releases: ~5 s of work
    once, then a read) and, after a change, summarises only the new releases.
    """
    from .corpus import Corpus

    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    import pickle
    import sqlite3

    path_list = list(paths) if paths else default_corpus_paths()
    cls = cached_release_class()
    for attempt in (1, 2):
        db, s = open_index(path_list, _warn, progress=progress)
        try:
            out = _read_releases(db, s, cls, text)
            if summaries:
                _summarize(db, [r for _, _, r in out], progress)
            break
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError) as exc:
            if attempt == 2 or isinstance(exc, sqlite3.DatabaseError) and not is_corrupt(exc):
                raise
            _warn(f"the cache for this corpus is unreadable ({exc}); rebuilding it")
            remove_cache(s)
        finally:
            db.close()
    return _corpus(out, path_list, warnings)


def _summary_key(rel: "Release") -> str:
    """A summary is the same for the same bytes read the same way: the release id (a hash of
    the file's bytes) and its format (the same bytes renamed from .txt to .md read otherwise).
    New summarising code rebuilds the whole cache (`parser_key`), so the code is no part of it."""
    return f"{rel.id}:{rel.format}"


def _summarize(db: "sqlite3.Connection", releases: "list[Release]", progress: bool | None) -> None:
    """Summaries from the `summaries` table where it has them; the rest computed, then kept.

    Kept by content, not by the releases' stamp as the corpus-wide results are: one changed
    file among 100,000 must not cost a minute of summarising again. Rows of releases no longer
    in the corpus are dropped by the next run that reads them. Keeping is best-effort: a busy,
    read-only or full cache only means the next export summarises again.
    """
    import sqlite3

    from .extract import fill_summaries

    try:
        kept = dict(db.execute("SELECT key, text FROM summaries"))
    except sqlite3.OperationalError:  # (a cache built before the table existed)
        kept = {}
    keys = [_summary_key(rel) for rel in releases]
    for rel, key in zip(releases, keys):
        rel.summary = kept.get(key)
    todo = [(rel, key) for rel, key in zip(releases, keys) if rel.summary is None]
    stale = kept.keys() - set(keys)
    if not todo and not stale:
        return
    if todo:
        fill_summaries([rel for rel, _ in todo], progress=progress)

    def write() -> None:
        db.execute("CREATE TABLE IF NOT EXISTS summaries(key TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID")
        db.executemany("DELETE FROM summaries WHERE key = ?", ((k,) for k in stale))
        db.executemany("INSERT OR REPLACE INTO summaries(key, text) VALUES (?, ?)",
                       ((key, rel.summary) for rel, key in todo if rel.summary is not None))

    _shortcut_write(db, write)


def _corpus(out: list[tuple[int, int, "Release"]], path_list: list, warnings: list[str]) -> "Corpus":
    """The releases read from a cache in the corpus's own order, or the no-releases error."""
    from .corpus import Corpus

    out.sort(key=lambda x: (x[0], x[1]))
    releases = [r for _, _, r in out]
    if not releases:
        where = ", ".join(str(p) for p in path_list)
        raise PressroomError(f"no usable releases found in {where}")
    return Corpus(releases=releases, warnings=warnings)


STORE_WAIT_MS = 200  # a result is only worth keeping if no writer holds the cache right now


def cached_result(
    paths: "Iterable[str | os.PathLike[str]] | None",
    name: str,
    compute: "Callable[[Corpus], Any]",
    *,
    warn: "Warn",
    no_cache: bool = False,
    want_paths: bool = False,
) -> tuple[Any, dict[str, str] | None]:
    """`compute(corpus)` over the corpus's releases (read without their text), kept in the
    cache until the releases change; with `want_paths`, also each release id's path as this
    run displays it (a kept result holds ids only: one cache serves `-c corpus` and
    `-c ./corpus/`).

    Why: merging people or organizations needs every release loaded, seconds at 100,000
    releases, and the answer changes only when the releases do. `_write_meta` empties the
    `derived` table in every transaction that changes releases, and a result is stored only
    if no such transaction committed while it was computed (the `updated` stamp), so a kept
    result is never older than the releases. `name` must change with the code that computes
    the result (corpus_results keys it by its modules' size and mtime). The value must be
    marshal-able (lists, tuples, dicts, str, int, None).
    """
    import marshal
    import sqlite3

    path_list = list(paths) if paths else default_corpus_paths()
    cls = cached_release_class()
    for attempt in (1, 2):
        db, s = open_index(path_list, warn, no_cache=no_cache)
        try:
            stamp = db.execute("SELECT value FROM meta WHERE key = 'updated'").fetchone()
            row = db.execute("SELECT value FROM derived WHERE name = ?", (name,)).fetchone()
            value: Any = None
            if row is not None:
                try:
                    value = marshal.loads(row[0])
                except (ValueError, EOFError, TypeError):  # a damaged value: compute it again
                    row = None
            if row is None:
                value = compute(_corpus(_read_releases(db, s, cls, text=False), path_list, []))
                _store_result(db, name, stamp, marshal.dumps(value))
            return value, _paths_by_id(db, s) if want_paths else None
        except sqlite3.DatabaseError as exc:
            if attempt == 2 or not is_corrupt(exc):
                raise
            warn(f"the cache for this corpus is unreadable ({exc}); rebuilding it")
            remove_cache(s)
        finally:
            db.close()
    raise AssertionError("unreachable")  # pragma: no cover


def _store_result(db: "sqlite3.Connection", name: str, stamp: object, blob: bytes) -> None:
    """Keep a computed result unless the releases changed meanwhile."""

    def write() -> None:
        if db.execute("SELECT value FROM meta WHERE key = 'updated'").fetchone() == stamp:
            db.execute("INSERT OR REPLACE INTO derived(name, value) VALUES (?, ?)", (name, blob))

    _shortcut_write(db, write)


def _shortcut_write(db: "sqlite3.Connection", write: "Callable[[], None]") -> None:
    """`write()` in one transaction, or nothing: never wait for or fail on a busy, read-only
    or full cache, since what it keeps (a kept result, summaries) is only a shortcut."""
    import sqlite3

    try:
        db.execute(f"PRAGMA busy_timeout = {STORE_WAIT_MS}")
        db.execute("BEGIN IMMEDIATE")
        try:
            write()
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError:
        pass


def _paths_by_id(db: "sqlite3.Connection", s: Scan) -> dict[str, str]:
    return {rid: s.display(root, rel) for rid, root, rel in db.execute(
        "SELECT r.id, f.root, f.rel FROM releases r JOIN files f ON f.fid = r.fid WHERE r.dup = 0")}


def _read_releases(db: "sqlite3.Connection", s: Scan, cls: type, text: bool = True) -> list[tuple[int, int, "Release"]]:
    """Every stored release (duplicates left out) with its place in the walk order; without
    `text`, the body is not read (paragraphs stay empty)."""
    from .index import unpack_release

    files = {fid: (root, rel) for fid, root, rel in db.execute("SELECT fid, root, rel FROM files")}
    counts = dict(db.execute("SELECT fid, count(*) FROM releases GROUP BY fid").fetchall())
    out: list[tuple[int, int, "Release"]] = []
    sql = ("SELECT r.fid, r.n, r.id, r.title, r.date, r.source, r.location, r.extra, f.body"
           " FROM releases r LEFT JOIN fts f ON f.rowid = r.rid WHERE r.dup = 0" if text else
           "SELECT fid, n, id, title, date, source, location, extra, NULL FROM releases WHERE dup = 0")
    for fid, n, rid_s, title, date, source, location, extra, body in db.execute(sql):
        root, rel = files[fid]
        path = s.display(root, rel)
        rel_obj = unpack_release(path, rid_s, title, date, source, location, extra, body, cls=cls)
        rel_obj._raw_from = path if counts.get(fid) == 1 else None
        out.append((s.position(root, rel), n, rel_obj))
    return out


_CACHED_RELEASE: list[type] = []


def cached_release_class() -> type:
    if not _CACHED_RELEASE:
        _CACHED_RELEASE.append(_make_cached_release())
    return _CACHED_RELEASE[0]


def _make_cached_release() -> type:
    """`Release` whose `raw` (the file's text, used only by `export --raw`) is read on demand.

    The cache does not store raw text (it is the file, and would double the cache); a
    release loaded from the cache reads and decodes its file the first time `raw` is asked.
    """
    from .model import Release

    slot = Release.raw  # the slot descriptor of the dataclass field

    class CachedRelease(Release):
        __slots__ = ("_raw_from",)

        @property
        def raw(self) -> str:  # type: ignore[override]
            value = slot.__get__(self)
            src = getattr(self, "_raw_from", None)
            if value == "" and src:
                from .decode import decode_bytes
                from .parse import read_file_bytes

                try:
                    value = decode_bytes(read_file_bytes(src))
                except PressroomError:
                    value = ""
                slot.__set__(self, value)
                self._raw_from = None
            return value

        @raw.setter
        def raw(self, value: str) -> None:
            slot.__set__(self, value)

    CachedRelease.__qualname__ = CachedRelease.__name__ = "CachedRelease"
    return CachedRelease


def __getattr__(name: str) -> type:
    if name == "CachedRelease":  # `from pressroom.cache import CachedRelease` for isinstance checks
        return cached_release_class()
    raise AttributeError(name)


# ---------------------------------------------------------------- cache info / clear

def list_caches() -> list[dict]:
    """One record per corpus database in the cache dir (for `pressroom cache info`)."""
    import sqlite3

    d = cache_dir()
    out: list[dict] = []
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return out
    for name in names:
        if not name.endswith(SUFFIX):
            continue
        path = os.path.join(d, name)
        rec: dict = {"name": name[: -len(SUFFIX)], "path": path, "bytes": os.path.getsize(path),
                     "roots": [], "files": None, "releases": None, "skipped": None,
                     "parser_version": None, "level": None, "updated": None, "kept": [], "ok": True}
        try:
            from urllib.parse import quote

            db = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=BUSY_MS / 1000)
            try:
                meta = dict(db.execute("SELECT key, value FROM meta WHERE key != 'stats'").fetchall())
                rec["roots"] = (meta.get("roots") or "").split("\n")
                rec["parser_version"] = meta.get("parser_version")
                rec["level"] = meta.get("level", FULL)
                rec["updated"] = _iso(meta.get("updated"))
                rec["files"] = db.execute("SELECT count(*) FROM files").fetchone()[0]
                rec["releases"] = db.execute("SELECT count(*) FROM releases WHERE dup = 0").fetchone()[0]
                rec["skipped"] = db.execute("SELECT count(*) FROM skipped").fetchone()[0]
                try:  # the corpus-wide results kept (corpus_results); older caches have no table
                    rec["kept"] = sorted({n.split(":")[0] for n, in db.execute("SELECT name FROM derived")})
                    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'summaries'").fetchone() and \
                            db.execute("SELECT 1 FROM summaries LIMIT 1").fetchone():
                        rec["kept"] = sorted(rec["kept"] + ["summaries"])
                except sqlite3.OperationalError:
                    pass
            finally:
                db.close()
        except sqlite3.DatabaseError:
            rec["ok"] = False
        out.append(rec)
    return out


def _iso(ts: object) -> str | None:
    if not isinstance(ts, (int, float)):
        return None
    import datetime

    return datetime.datetime.fromtimestamp(ts).isoformat(timespec="seconds")


def clear(paths: "Iterable[str | os.PathLike[str]] | None" = None) -> list[str]:
    """Delete the cache of the given corpus, or every corpus cache; return the files removed."""
    d = cache_dir()
    try:
        names = os.listdir(d)
    except OSError:
        return []
    only = None
    if paths:
        from .files import corpus_key, resolve_roots

        only = corpus_key(resolve_roots(list(paths))[1]) + SUFFIX
    removed: list[str] = []
    for name in sorted(names):
        base = name.split(SUFFIX, 1)[0] + SUFFIX if SUFFIX in name else None
        if base is None or (only and base != only):
            continue
        path = os.path.join(d, name)
        if name.endswith(".lock"):
            continue
        _unlink(path)
        removed.append(path)
    return removed
