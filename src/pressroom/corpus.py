"""A corpus: many release files found under paths, parsed, bad ones skipped with a warning.

One bad file never stops a corpus from loading; a corpus with nothing usable is an error.
Large corpora are parsed on every core (parallel.py); `load_corpus(..., cache=True)` (what
the CLI uses) reads through the on-disk cache (cache.py) instead of parsing at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import files as _files
from .errors import PressroomError, ReadError
from .files import RELEASE_SUFFIXES, SKIP_NAMES  # noqa: F401  (one definition, shared with the cache's walk)
from .model import Release

Warn = Callable[[str], None]


def default_corpus_paths() -> list[Path]:
    """$PRESSROOM_CORPUS (os.pathsep list), else the seeds bundled with the package."""
    return [Path(p) for p in _files.default_corpus_paths()]


def seeds_dir() -> Path:
    return Path(_files.seeds_dir())


def iter_files(paths: Iterable[str | os.PathLike[str]], warn: Warn) -> Iterator[Path]:
    """Files under `paths` in a stable order; symlink loops and unreadable dirs are warned about."""
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.exists():
            raise PressroomError(f"no such file or directory: {raw}")
        if p.is_file():
            key = str(p.resolve())
            if key not in seen:
                seen.add(key)
                yield p
            continue
        visited_dirs: set[str] = set()

        def onerror(exc: OSError) -> None:
            warn(f"skipped {exc.filename}: {exc.strerror or exc}")

        for root, dirs, files in os.walk(p, onerror=onerror, followlinks=True):
            real = os.path.realpath(root)
            if real in visited_dirs:
                warn(f"skipped {root}: symlink loop")
                dirs[:] = []
                continue
            visited_dirs.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name in SKIP_NAMES:
                    continue
                if os.path.splitext(name)[1].lower() not in RELEASE_SUFFIXES:
                    continue
                fp = Path(root) / name
                try:
                    key = os.path.realpath(fp)
                except OSError:
                    key = str(fp)
                if key in seen:
                    continue
                seen.add(key)
                yield fp


@dataclass
class Corpus:
    """Releases in load order, with lookup by id prefix or file name."""

    releases: list[Release]
    warnings: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Release]:
        return iter(self.releases)

    def __len__(self) -> int:
        return len(self.releases)

    def find(self, ref: str) -> list[Release]:
        """Releases matching an id, an id prefix, a path suffix or a file name (stem)."""
        ref = ref.strip()
        exact = [r for r in self.releases if r.id == ref]
        if exact:
            return exact
        by_prefix = [r for r in self.releases if len(ref) >= 3 and r.id.startswith(ref)]
        if by_prefix:
            return by_prefix
        norm = ref.replace("\\", "/")
        by_path = [r for r in self.releases if r.path.replace("\\", "/").endswith("/" + norm) or r.path == norm]
        if by_path:
            return by_path
        by_name = [r for r in self.releases if Path(r.path).name == ref or Path(r.path).stem == ref]
        if by_name or len(ref) < 3:
            return by_name
        return [r for r in self.releases if Path(r.path).name.startswith(ref)]

    def get(self, ref: str) -> Release:
        hits = self.find(ref)
        if not hits:
            raise PressroomError(f"no release matches {ref!r} (try `pressroom list`)")
        if len(hits) > 1:
            ids = ", ".join(r.id for r in hits[:5])
            raise PressroomError(f"{ref!r} is ambiguous: {len(hits)} releases match ({ids}...)")
        return hits[0]


def load_corpus(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    *,
    warn: Warn | None = None,
    extract: bool = True,
    cache: bool = False,
    jobs: int | None = None,
    text: bool = True,
    summaries: bool = False,
) -> Corpus:
    """Parse every release file under `paths` (default: $PRESSROOM_CORPUS or the seeds).

    `cache=True` goes through the on-disk cache: unchanged files are not parsed again (the
    CLI does this unless --no-cache). `jobs` caps the worker processes (default: all cores).
    `text=False` (with the cache) leaves each release's paragraphs empty: reading the body
    text of 100,000 releases is most of a cached load, and the commands over extracted
    fields (quotes, people, orgs, acronyms) never read it. A cached release has no summary
    unless `summaries=True` (computed once over the corpus, then kept in the cache); a parsed
    one always has it.
    """
    if cache and extract:
        from .cache import load_cached

        return load_cached(paths, warn=warn, text=text, summaries=summaries)
    from .parallel import pmap

    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    path_list = list(paths) if paths else default_corpus_paths()
    releases: list[Release] = []
    ids: set[str] = set()
    file_list = list(iter_files(path_list, _warn))
    worker = _parse_extract if extract else _parse_structure
    for fp, (ok, result) in zip(file_list, pmap(worker, [str(f) for f in file_list], jobs=jobs)):
        if not ok:
            _warn(f"skipped {fp}: {result}")
            continue
        for rel in result:
            if rel.id in ids:
                _warn(f"skipped {fp}: same content as an earlier file")
                continue
            ids.add(rel.id)
            releases.append(rel)
    if not releases:
        where = ", ".join(str(p) for p in path_list)
        raise PressroomError(f"no usable releases found in {where}")
    return Corpus(releases=releases, warnings=warnings)


def _parse(path: str, extract: bool) -> tuple[bool, list[Release] | str]:
    """One file to (True, releases) or (False, why it was skipped); runs in a worker."""
    from .parse import parse_file_all

    try:
        return True, parse_file_all(path, extract=extract)
    except ReadError as exc:
        return False, str(exc)
    except RecursionError:
        return False, "too deeply nested"


def _parse_extract(path: str) -> tuple[bool, list[Release] | str]:
    return _parse(path, True)


def _parse_structure(path: str) -> tuple[bool, list[Release] | str]:
    return _parse(path, False)
