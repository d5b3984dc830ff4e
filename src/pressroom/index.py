"""The full-text index: SQLite FTS5 tables holding every release, ranked with BM25.

One schema serves both homes of the index: an in-memory database for `--no-cache` runs and
the on-disk cache (cache.py), which adds freshness bookkeeping around the same tables.

    files     one row per release file: where it is, its size and mtime (the cache key)
    releases  one row per release: id, title, date, source, location and a pickled `extra`
              (quotes, people, organizations, acronyms, summary, boilerplate ...); the body
              paragraphs live once, in the FTS table
    fts       FTS5 over title, body, source, location; rowid = releases.rid
    names     FTS5 over speaker, org: the names the extractors found (a `text` cache,
              built without them, leaves it empty: cache.py); rowid = releases.rid
    skipped   files that gave no release, with the warning to repeat

A search reads only these tables and fetches only its hits: it never rebuilds `Release`
objects, which is what keeps a search of 100,000 releases small and fast.
"""

from __future__ import annotations

from .errors import PressroomError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: search start-up time
if TYPE_CHECKING:  # pragma: no cover
    import sqlite3
    from types import ModuleType
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

    from .model import Release
    from .query import Query

SCHEMA_VERSION = "7"  # 4: the `light` table (corpus_summary's per-release rows); 5: extra as marshal;
# 6: the `derived` table (corpus_results); 7: speaker and org in their own table, `names`
COLUMNS = ("title", "body", "source", "location")
# BM25 weight per column, in COLUMNS order: a word in the headline counts ten times a word
# in the body.
WEIGHTS = (10.0, 1.0, 2.0, 2.0)
NAME_WEIGHTS = (4.0, 3.0)  # speaker, org: ranks a search made of names fields alone
SNIPPET_TOKENS = 28
MARK_START, MARK_END = "\x02", "\x03"  # bracket matched words in snippets; never in release text

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS files(fid INTEGER PRIMARY KEY, root INTEGER NOT NULL, rel TEXT NOT NULL,"
    " size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, UNIQUE(root, rel))",
    "CREATE TABLE IF NOT EXISTS skipped(fid INTEGER PRIMARY KEY, message TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS releases(rid INTEGER PRIMARY KEY, fid INTEGER NOT NULL, n INTEGER NOT NULL,"
    " id TEXT NOT NULL, title TEXT, date TEXT, source TEXT, location TEXT, dup INTEGER NOT NULL DEFAULT 0,"
    " extra BLOB)",  # index.encode_extra
    "CREATE INDEX IF NOT EXISTS releases_fid ON releases(fid)",
    # what `pressroom summary` counts, one small row per release (corpus_summary.light_row), kept
    # apart from the large `extra` blobs so that reading all of them touches a few MB, not the cache
    "CREATE TABLE IF NOT EXISTS light(rid INTEGER PRIMARY KEY, dup INTEGER NOT NULL, date TEXT, source TEXT,"
    " lines TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS releases_id ON releases(id)",
    # corpus-wide results (people merged, organizations, acronyms) kept until the releases
    # change: cache._write_meta empties it in the transaction that changes them
    "CREATE TABLE IF NOT EXISTS derived(name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(" + ", ".join(COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS names USING fts5(speaker, org, tokenize = 'unicode61 remove_diacritics 2')",
)

# A release as stored: (n, id, title, date, source, location, body, fts title, speaker, org, extra, light)
Row = tuple


def sqlite() -> "ModuleType":
    """The sqlite3 module for the search fast path: its C core, `_sqlite3`, when present.

    `sqlite3` is that core plus datetime adapters; importing the core alone spares every
    search the datetime import (1-2 ms). Same classes, same exceptions
    (`_sqlite3.DatabaseError is sqlite3.DatabaseError`).
    """
    try:
        import _sqlite3 as mod
    except ImportError:  # pragma: no cover - another Python implementation
        import sqlite3 as mod
    return mod


def create_schema(db: "sqlite3.Connection") -> None:
    for stmt in SCHEMA:
        db.execute(stmt)


def release_row(rel: "Release", n: int) -> Row:
    """What the index keeps of a release; built in the worker process that parsed it.

    The body is stored once (in FTS, paragraphs joined by blank lines); `extra` holds the
    rest of the release (`encode_extra`), so a cached corpus rebuilds the exact `Release`
    without parsing. The raw file text is not kept: it is the file itself (cache.CachedRelease).
    """
    body = "\n\n".join(rel.paragraphs)
    split_ok = body.split("\n\n") == rel.paragraphs if rel.paragraphs else True
    speakers: list[str] = []
    for q in rel.quotes:
        if q.speaker and q.speaker not in speakers:
            speakers.append(q.speaker)
    for p in rel.people:
        for name in (p.name, *p.aliases):
            if name and name not in speakers:
                speakers.append(name)
    orgs: list[str] = []
    for o in rel.organizations:
        for name in (o.name, o.acronym, *o.aliases, o.ticker):
            if name and name not in orgs:
                orgs.append(name)
    for a in rel.acronyms:
        for name in (a.short, a.long):
            if name and name not in orgs:
                orgs.append(name)
    from .corpus_summary import light_row

    title = rel.title or ""
    if rel.subtitle:
        title = f"{title}\n{rel.subtitle}" if title else rel.subtitle
    return (
        n, rel.id, rel.title, rel.date, rel.source, rel.location,
        body, title, "\n".join(speakers), "\n".join(orgs),
        encode_extra(rel, split_ok),
        light_row(rel)[2],  # the corpus summary's records (the `light` table)
    )


def encode_extra(rel: "Release", split_ok: bool = True) -> bytes:
    """Everything of a release besides its columns and body, as marshal'd plain tuples.

    Why not pickle: unpickling runs each slots dataclass's Python `__setstate__`, 70 us a
    release; marshal plus the constructors takes 16 us, which is most of what loading
    100,000 cached releases costs. The field order is the model's; model.py is part of the
    cache key (cache.parser_key), so a changed model never meets an old encoding. A value
    marshal cannot hold falls back to pickle (prefix P).
    """
    import marshal

    try:
        return b"M" + marshal.dumps((
            rel.subtitle, rel.format, tuple(rel.boilerplate), _values(rel.quotes), _values(rel.people),
            _values(rel.organizations), _values(rel.acronyms), rel.summary,
            None if split_ok else tuple(rel.paragraphs),
        ), 4)
    except ValueError:
        import pickle

        return b"P" + pickle.dumps((
            rel.subtitle, rel.format, rel.boilerplate, rel.quotes, rel.people, rel.organizations,
            rel.acronyms, rel.summary, None if split_ok else rel.paragraphs,
        ), protocol=pickle.HIGHEST_PROTOCOL)


def _values(objs: list) -> tuple:
    """Each object's field values in order, lists as tuples. The values come from one
    attrgetter per class (a C call) rather than a getattr per field: half this function's
    time, which runs for every quote, person and organization of every release indexed."""
    out = []
    cls = get = None
    for o in objs:
        if type(o) is not cls:
            cls = type(o)
            get = _getter(cls)
        out.append(tuple([tuple(v) if isinstance(v, list) else v for v in get(o)]))
    return tuple(out)


_GETTERS: dict[type, "Callable[[object], tuple]"] = {}


def _getter(cls: type) -> "Callable[[object], tuple]":
    """attrgetter of all of `cls`'s fields, always returning a tuple (even for one field)."""
    got = _GETTERS.get(cls)
    if got is None:
        from operator import attrgetter

        names = _fields(cls)[0]
        if len(names) == 1:
            one = attrgetter(names[0])
            got = lambda o: (one(o),)  # noqa: E731
        else:
            got = attrgetter(*names)
        _GETTERS[cls] = got
    return got


_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[int]]] = {}


def _fields(cls: type) -> tuple[tuple[str, ...], frozenset[int]]:
    """A model class's field names in order, and which of them hold lists (`aliases`)."""
    got = _FIELDS.get(cls)
    if got is None:
        import dataclasses

        fs = dataclasses.fields(cls)
        got = _FIELDS[cls] = (tuple(f.name for f in fs),
                              frozenset(i for i, f in enumerate(fs) if f.default_factory is list))
    return got


def _objects(cls: type, rows: tuple) -> list:
    lists = _fields(cls)[1]
    if not lists:
        return [cls(*r) for r in rows]
    if len(lists) == 1:  # Person, Organization: `aliases` (slices beat a per-field loop 2x)
        (i,) = lists
        j = i + 1
        return [cls(*r[:i], list(r[i]), *r[j:]) for r in rows]
    return [cls(*[list(v) if i in lists else v for i, v in enumerate(r)]) for r in rows]


def decode_extra(blob: bytes) -> tuple:
    """(subtitle, format, boilerplate, quotes, people, organizations, acronyms, summary,
    paragraphs or None): the inverse of `encode_extra`."""
    if blob[:1] == b"P":
        import pickle

        return pickle.loads(blob[1:])
    import marshal

    from .model import Acronym, Organization, Person, Quote

    subtitle, fmt, boilerplate, quotes, people, orgs, acronyms, summary, paragraphs = marshal.loads(blob[1:])
    return (subtitle, fmt, list(boilerplate), _objects(Quote, quotes), _objects(Person, people),
            _objects(Organization, orgs), _objects(Acronym, acronyms), summary,
            None if paragraphs is None else list(paragraphs))


def insert_file(
    db: "sqlite3.Connection", fid: int, rows: "Sequence[Row]", seen_ids: set[str] | None = None,
) -> list[str]:
    """Store one file's releases; return the ids that duplicate an earlier release.

    A duplicate is kept (marked `dup`) but left out of the FTS table, so that it takes the
    first one's place if that file is removed. `seen_ids` speeds up cold builds (no lookups).
    """
    dups: list[str] = []
    for row in rows:
        n, rid_s, title, date, source, location, body, fts_title, speaker, org, extra, light = row
        if seen_ids is not None:
            dup = rid_s in seen_ids
            seen_ids.add(rid_s)
        else:
            dup = db.execute("SELECT 1 FROM releases WHERE id = ? AND dup = 0 LIMIT 1", (rid_s,)).fetchone() is not None
        cur = db.execute(
            "INSERT INTO releases(fid, n, id, title, date, source, location, dup, extra) VALUES (?,?,?,?,?,?,?,?,?)",
            (fid, n, rid_s, title, date, source, location, 1 if dup else 0, _pack(extra, body if dup else None)),
        )
        db.execute("INSERT INTO light(rid, dup, date, source, lines) VALUES (?,?,?,?,?)",
                   (cur.lastrowid, 1 if dup else 0, date, source, light))
        if dup:
            dups.append(rid_s)
            continue
        _index(db, cur.lastrowid, fts_title, body, speaker, org, source, location)
    return dups


def store_extracted(db: "sqlite3.Connection", rid: int, dup: bool, row: "Row") -> None:
    """Write a full-level `row` (release_row) over release `rid` of a `text` cache: its
    `extra`, its summary records and (unless a duplicate, which is in no FTS table) its names.
    The text columns are the same at both levels and stay as they are."""
    body, speaker, org, extra, light = row[6], row[8], row[9], row[10], row[11]
    db.execute("UPDATE releases SET extra = ? WHERE rid = ?", (_pack(extra, body if dup else None), rid))
    db.execute("UPDATE light SET lines = ? WHERE rid = ?", (light, rid))
    if not dup:
        _index_names(db, rid, speaker, org)


def _index(db: "sqlite3.Connection", rid: int, title: str, body: str, speaker: str, org: str,
           source: str | None, location: str | None) -> None:
    db.execute("INSERT INTO fts(rowid, title, body, source, location) VALUES (?,?,?,?,?)",
               (rid, title, body, source or "", location or ""))
    _index_names(db, rid, speaker, org)


def _index_names(db: "sqlite3.Connection", rid: int, speaker: str, org: str) -> None:
    if speaker or org:  # none in a `text` cache; a release naming nobody needs no row
        db.execute("INSERT INTO names(rowid, speaker, org) VALUES (?,?,?)", (rid, speaker, org))


def _pack(extra: bytes, body: str | None) -> bytes:
    """A duplicate is not in FTS, so its body rides along in `extra` (prefixed, to tell apart)."""
    if body is None:
        return extra
    import marshal

    return b"D" + marshal.dumps((extra, body), 4)


def delete_files(db: "sqlite3.Connection", fids: Iterable[int]) -> None:
    """Remove files and their releases; promote a duplicate that was waiting behind one."""
    for fid in fids:
        rows = db.execute("SELECT rid, id, dup FROM releases WHERE fid = ?", (fid,)).fetchall()
        for rid, rid_s, dup in rows:
            db.execute("DELETE FROM releases WHERE rid = ?", (rid,))
            db.execute("DELETE FROM light WHERE rid = ?", (rid,))
            if dup:
                continue
            db.execute("DELETE FROM fts WHERE rowid = ?", (rid,))
            db.execute("DELETE FROM names WHERE rowid = ?", (rid,))
            waiting = db.execute(
                "SELECT rid, title, source, location, extra FROM releases WHERE id = ? AND dup = 1 ORDER BY rid LIMIT 1",
                (rid_s,),
            ).fetchone()
            if waiting:
                _promote(db, *waiting)
        db.execute("DELETE FROM skipped WHERE fid = ?", (fid,))
        db.execute("DELETE FROM files WHERE fid = ?", (fid,))


def _promote(db: "sqlite3.Connection", rid: int, title: str | None, source: str | None,
             location: str | None, packed: bytes) -> None:
    import marshal

    extra, body = marshal.loads(packed[1:])
    info = decode_extra(extra)
    subtitle = info[0]
    fts_title = title or ""
    if subtitle:
        fts_title = f"{fts_title}\n{subtitle}" if fts_title else subtitle
    speaker, org = _people_orgs(info)
    db.execute("UPDATE releases SET dup = 0, extra = ? WHERE rid = ?", (extra, rid))
    db.execute("UPDATE light SET dup = 0 WHERE rid = ?", (rid,))
    _index(db, rid, fts_title, body, speaker, org, source, location)


def _people_orgs(info: tuple) -> tuple[str, str]:
    from .model import Release

    rel = Release(path="", id="", quotes=info[3], people=info[4], organizations=info[5], acronyms=info[6])
    row = release_row(rel, 0)
    return row[8], row[9]


# ---------------------------------------------------------------- reading releases back

def unpack_release(path: str, rid_s: str, title: str | None, date: str | None, source: str | None,
                   location: str | None, extra: bytes, body: str | None, cls: type | None = None) -> "Release":
    """Rebuild a `Release` from its stored row (the inverse of `release_row`)."""
    from .model import Release

    if extra[:1] == b"D":
        import marshal

        extra, body = marshal.loads(extra[1:])
    subtitle, fmt, boilerplate, quotes, people, orgs, acronyms, summary, paragraphs = decode_extra(extra)
    if paragraphs is None:
        paragraphs = body.split("\n\n") if body else []
    return (cls or Release)(
        path=path, id=rid_s, title=title, date=date, location=location, source=source,
        paragraphs=paragraphs, boilerplate=boilerplate, subtitle=subtitle, format=fmt, raw="",
        quotes=quotes, people=people, organizations=orgs, acronyms=acronyms, summary=summary,
    )


def iter_stored(db: "sqlite3.Connection") -> Iterable[tuple]:
    """(fid, n, id, title, date, source, location, extra, body) of every release, duplicates too."""
    return db.execute(
        "SELECT r.fid, r.n, r.id, r.title, r.date, r.source, r.location, r.extra, f.body, r.dup"
        " FROM releases r LEFT JOIN fts f ON f.rowid = r.rid"
    )


# ---------------------------------------------------------------- searching

class Hit:
    """One search result, before paths are made absolute by the caller."""

    __slots__ = ("rid", "id", "root", "rel", "title", "date", "source", "location", "score", "snippet")

    def __init__(self, **kw: Any) -> None:
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


def _where(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    clauses, args = [], []
    if since:
        clauses.append("r.date >= ?")
        args.append(since)
    if until:
        clauses.append("r.date <= ?")
        args.append(until)
    return ("".join(" AND " + c for c in clauses), args)


def _matching(plan: "Any", since: str | None, until: str | None, sort: str) -> tuple[str, str, list[Any]]:
    """(select-from-where SQL yielding `rid, s` (BM25, lower is better), ORDER BY, params)
    for a query plan (query.Query.plan) and date range.

    The text table drives when the query has words for it (BM25 over the text, so a plain
    search ranks the same whether or not `names` is filled); else `names`, for a search of
    speaker:/org: fields alone; else (only groups mixing both) the releases themselves. The
    other conditions are rowid sets from either table.
    """
    args: list[Any] = []
    if plan.text:
        src, rid = "fts", "fts.rowid"
        score = "bm25(fts, " + ", ".join(map(str, WEIGHTS)) + ")"
        where = ["fts MATCH ?"]
        args.append(plan.text)
        must = plan.must
    else:
        lead = next((i for i, (_, t) in enumerate(plan.must) if not t), None)
        if lead is not None:
            src, rid = "names", "names.rowid"
            score = "bm25(names, " + ", ".join(map(str, NAME_WEIGHTS)) + ")"
            where = ["names MATCH ?"]
            args.append(plan.must[lead][0])
            must = plan.must[:lead] + plan.must[lead + 1:]
        else:
            src, rid, score, where, must = "releases r", "r.rid", "0", ["r.dup = 0"], plan.must
    for names_expr, text_expr in must:
        alts = [f"{rid} IN (SELECT rowid FROM names WHERE names MATCH ?)"]
        args.append(names_expr)
        if text_expr:
            alts.append(f"{rid} IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            args.append(text_expr)
        where.append("(" + " OR ".join(alts) + ")")
    for table, expr in plan.must_not:
        where.append(f"{rid} NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
        args.append(expr)
    cond, dargs = _where(since, until)
    # the join to `releases` (dates) costs as much as the ranking itself: only when needed
    join = f" JOIN releases r ON r.rid = {rid}" if (cond or sort != "rank") and src != "releases r" else ""
    order = f"s, {rid}" if sort == "rank" else f"r.date IS NULL, r.date DESC, s, {rid}"
    sql = f"SELECT {rid}, {score} AS s FROM {src}{join} WHERE {' AND '.join(where)}{cond}"
    return sql, order, args + dargs


def search(
    db: "sqlite3.Connection",
    query: "Query",
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 10,
    sort: str = "rank",
) -> list[Hit]:
    """Ranked hits for a parsed query: BM25 over all matches, then details for the top ones only.

    Two steps because SQLite would otherwise build a snippet for every matching release
    before sorting; here snippets are made for the `limit` rows that are printed.
    """
    plan = query.plan()
    sql, order, params = _matching(plan, since, until, sort)
    lim = " LIMIT ?" if limit else ""
    try:
        top = db.execute(f"{sql} ORDER BY {order}{lim}", params + ([limit] if limit else [])).fetchall()
    except sqlite().OperationalError as exc:
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise PressroomError(f"could not run the query {query.text!r}: {exc}") from None
        raise
    # details and snippets for the printed rows only, one indexed lookup each (0.1 ms): an
    # `IN (...)` list is not pushed into FTS5 and would scan every match instead
    detail = _DETAIL.format(f"snippet(fts, 1, char(2), char(3), '…', {SNIPPET_TOKENS})", "fts MATCH ? AND ")
    # a names-only search ("speaker:marotto") highlights its words where the body has them
    expr = plan.text or plan.highlight
    hits: list[Hit] = []
    for rid, score in top:
        row = db.execute(detail, (expr, rid)).fetchone() if expr else None
        if row is None and not plan.text:
            row = _lead_row(db, rid)
        if row is None:  # pragma: no cover - gone between two statements (a concurrent update)
            continue
        rid_s, title, date, source, location, root, rel, snip = row
        hits.append(Hit(rid=rid, id=rid_s, root=root, rel=rel, title=title, date=date, source=source,
                        location=location, score=round(-score, 4), snippet=snip))
    return hits


# a hit's details: {} is its snippet column, {} an optional MATCH condition before the rowid
_DETAIL = ("SELECT r.id, r.title, r.date, r.source, r.location, f.root, f.rel, {}"
           " FROM fts JOIN releases r ON r.rid = fts.rowid JOIN files f ON f.fid = r.fid WHERE {}fts.rowid = ?")


def _lead_row(db: "sqlite3.Connection", rid: int) -> tuple | None:
    """A hit's details with the body's opening words as its snippet (nothing to highlight)."""
    row = db.execute(_DETAIL.format("substr(fts.body, 1, 400)", ""), (rid,)).fetchone()
    if row is None:
        return None
    words = (row[7] or "").split()
    lead = " ".join(words[:SNIPPET_TOKENS]) + ("…" if len(words) > SNIPPET_TOKENS else "")
    return (*row[:7], lead)


def count(db: "sqlite3.Connection", query: "Query", *, since: str | None = None, until: str | None = None) -> int:
    """How many releases match in all (the caption of a terminal listing)."""
    sql, _, params = _matching(query.plan(), since, until, "rank")
    return db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def _vocab(db: "sqlite3.Connection") -> None:
    """A temp fts5vocab table: reading the vocabulary never writes to the cache file."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, fts, row)")


def vocabulary_lookups(db: "sqlite3.Connection") -> tuple[Callable[[str], bool], Callable[[str], list[tuple[str, int]]]]:
    """`known(term)` and `candidates(term)` for query.correct, backed by the index vocabulary.

    Candidates share the term's first letter: a typo there is rare, and reading one letter's
    slice of the vocabulary keeps a correction at 100,000 releases in tens of milliseconds.
    """
    _vocab(db)

    def known(term: str) -> bool:
        return db.execute("SELECT 1 FROM temp.vocab WHERE term = ?", (term,)).fetchone() is not None

    def candidates(term: str) -> list[tuple[str, int]]:
        if not term:
            return []
        lo = term[0]
        hi = chr(ord(lo) + 1)
        return db.execute(
            "SELECT term, doc FROM temp.vocab WHERE term >= ? AND term < ?", (lo, hi)
        ).fetchall()

    return known, candidates


def highlight_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Split a marked snippet into plain text and the (start, end) of each matched word."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = None
    for ch in snippet or "":
        if ch == MARK_START:
            start = pos
        elif ch == MARK_END:
            if start is not None:
                spans.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans
