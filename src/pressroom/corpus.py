"""A corpus: many release files found under paths, parsed, bad ones skipped with a warning.

One bad file never stops a corpus from loading; a corpus with nothing usable is an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PressroomError, ReadError
from .model import Release

RELEASE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".text", ""}
SKIP_NAMES = {"MANIFEST.tsv", "README.md", "LICENSE", "LICENSE.txt", ".DS_Store"}

Warn = Callable[[str], None]


def default_corpus_paths() -> list[Path]:
    """$PRESSROOM_CORPUS (os.pathsep list), else the seeds bundled with the package."""
    env = os.environ.get("PRESSROOM_CORPUS", "").strip()
    if env:
        return [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    return [seeds_dir()]


def seeds_dir() -> Path:
    here = Path(__file__).resolve().parent
    bundled = here / "data" / "seeds"
    if bundled.is_dir():
        return bundled
    return here.parent.parent / "seeds"  # running from a source checkout


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
) -> Corpus:
    """Parse every release file under `paths` (default: $PRESSROOM_CORPUS or the seeds)."""
    from .parse import parse_file_all

    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    path_list = list(paths) if paths else default_corpus_paths()
    releases: list[Release] = []
    ids: set[str] = set()
    for fp in iter_files(path_list, _warn):
        try:
            rels = parse_file_all(fp, extract=extract)
        except ReadError as exc:
            _warn(f"skipped {fp}: {exc}")
            continue
        except RecursionError:
            _warn(f"skipped {fp}: too deeply nested")
            continue
        for rel in rels:
            if rel.id in ids:
                _warn(f"skipped {fp}: same content as an earlier file")
                continue
            ids.add(rel.id)
            releases.append(rel)
    if not releases:
        where = ", ".join(str(p) for p in path_list)
        raise PressroomError(f"no usable releases found in {where}")
    return Corpus(releases=releases, warnings=warnings)
