"""Corpus-wide results kept in the cache: people merged, quotes by merged speaker,
organizations and acronyms across releases.

Each of these needs every release loaded and merged (`people` over 100,000 releases: about
4 s), yet changes only when the releases do. The first command computes it as before and
the cache keeps it (`cache.cached_result`); the next ones read one stored value. A result is
keyed by the size and mtime of the modules that compute it, so an upgrade or an edit of the
merging code never serves an old answer; the cache drops every kept result whenever it
writes releases.

Only whole-corpus results are kept: a command about one release (`--release`) reads that
release's own fields, and filters (`--speaker`, `--match`, dates) run on the kept rows.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from .corpus import Corpus
    from .glossary import AcronymEntry, OrgEntry
    from .people import PersonEntry, QuoteRow

    Warn = Callable[[str], None]
    Paths = Iterable[str | os.PathLike[str]] | None

T = TypeVar("T")

# the modules whose code shapes each result (besides the releases themselves)
_SOURCES = ("corpus_results.py", "people.py", "glossary.py", "model.py")


def _code_key() -> str:
    """Size and mtime of the modules that compute the results, and of the data files (the
    curated alias file feeds the organization and acronym merges): part of every result's name."""
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "data")
    try:
        data_names = sorted(os.listdir(data))
    except OSError:
        data_names = []
    parts = _stats(here, _SOURCES) + _stats(data, data_names)
    return f"{zlib.crc32(';'.join(parts).encode()):08x}"


def _stats(folder: str, names: "Iterable[str]") -> list[str]:
    out = []
    for name in names:
        try:
            st = os.stat(os.path.join(folder, name))
        except OSError:
            continue
        out.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return out


def _pack(items: "Iterable[Any]", cls: type) -> list[tuple]:
    """Dataclass instances as tuples of their fields (marshal-able: the fields are plain data)."""
    names = [f.name for f in fields(cls)]
    return [tuple(getattr(x, n) for n in names) for x in items]


def _unpack(rows: list[tuple], cls: type[T]) -> list[T]:
    return [cls(*row) for row in rows]


def _kept(paths: "Paths", what: str, compute: "Callable[[Corpus], Any]", warn: "Warn", no_cache: bool,
          want_paths: bool = False) -> tuple[Any, dict[str, str] | None]:
    """One kept result; a miss loads the corpus with the cycle collector off, as cli.common.load
    does (100,000 releases make millions of objects and no cycles)."""
    import gc

    from .cache import cached_result

    gc.disable()
    try:
        return cached_result(paths, f"{what}:{_code_key()}", compute, warn=warn, no_cache=no_cache,
                             want_paths=want_paths)
    finally:
        gc.freeze()
        gc.enable()


def people(paths: "Paths", *, warn: "Warn", no_cache: bool = False) -> list["PersonEntry"]:
    """Every person of the corpus, merged (`PeopleIndex(corpus).people`)."""
    from .people import PeopleIndex, PersonEntry

    value, _ = _kept(paths, "people", lambda c: _pack(PeopleIndex(c).people, PersonEntry), warn, no_cache)
    return _unpack(value, PersonEntry)


def quote_book(paths: "Paths", *, warn: "Warn", no_cache: bool = False) -> tuple[list["PersonEntry"], list["QuoteRow"]]:
    """The people who are quoted (for `--speaker` matching) and every quote under its merged
    speaker name, in corpus order (`quote_rows`)."""
    from .people import PeopleIndex, PersonEntry, QuoteRow, quote_rows

    def compute(c: "Corpus") -> tuple[list[tuple], list[tuple]]:
        index = PeopleIndex(c)
        rows = quote_rows(c, index)
        quoted = {r.speaker for r in rows if r.speaker}
        for r in rows:
            r.path = ""  # filled in from the cache on reading: see cached_result
        return _pack([e for e in index.people if e.name in quoted], PersonEntry), _pack(rows, QuoteRow)

    (people_, rows_), by_id = _kept(paths, "quotes", compute, warn, no_cache, want_paths=True)
    rows = _unpack(rows_, QuoteRow)
    assert by_id is not None
    for r in rows:
        r.path = by_id.get(r.release, "")
    return _unpack(people_, PersonEntry), rows


def organizations(paths: "Paths", *, warn: "Warn", no_cache: bool = False) -> list["OrgEntry"]:
    """Every organization of the corpus, merged (`glossary.build_organizations`)."""
    from .glossary import OrgEntry, build_organizations

    value, _ = _kept(paths, "orgs", lambda c: _pack(build_organizations(c), OrgEntry), warn, no_cache)
    return _unpack(value, OrgEntry)


def acronyms(paths: "Paths", *, warn: "Warn", no_cache: bool = False) -> dict[str, "AcronymEntry"]:
    """Every acronym of the corpus with its long forms (`glossary.build_acronyms`)."""
    from .glossary import AcronymEntry, build_acronyms

    value, _ = _kept(paths, "acronyms", lambda c: _pack(build_acronyms(c).values(), AcronymEntry), warn, no_cache)
    return {e.short: e for e in _unpack(value, AcronymEntry)}
