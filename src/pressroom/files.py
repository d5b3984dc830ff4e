"""Which files are releases, and a fast walk that stats them all (the cache's freshness check).

Kept to `os` and `marshal` imports: `pressroom search` runs this walk in a forked child at
process start, before anything else is imported, so it must not pull in the parser.
`corpus.iter_files` applies the same rules lazily; `scan` here reproduces its filters, its
order (sorted, files of a folder before its subfolders) and its de-duplication exactly.
"""

from __future__ import annotations

import marshal
import os

from .errors import PressroomError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    Warn = Callable[[str], None]

RELEASE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".text", ""}
SKIP_NAMES = {"MANIFEST.tsv", "README.md", "LICENSE", "LICENSE.txt", ".DS_Store"}


def default_corpus_paths() -> list[str]:
    """$PRESSROOM_CORPUS (os.pathsep list), else the seeds bundled with the package."""
    env = os.environ.get("PRESSROOM_CORPUS", "").strip()
    if env:
        return [os.path.expanduser(p) for p in env.split(os.pathsep) if p.strip()]
    return [seeds_dir()]


def seeds_dir() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    bundled = os.path.join(here, "data", "seeds")
    if os.path.isdir(bundled):
        return bundled
    return os.path.join(os.path.dirname(os.path.dirname(here)), "seeds")  # a source checkout


class Scan:
    """The release files under the user's paths, in the order `corpus.iter_files` yields them.

    `flat` is [root, rel, size, mtime_ns, ...] for every file: compared as a whole, it tells
    whether anything was added, removed, renamed or modified since the index was built.
    """

    __slots__ = ("given", "real", "is_file", "flat", "warnings", "_pos")

    def __init__(self) -> None:
        self.given: list[str] = []
        self.real: list[str] = []
        self.is_file: list[bool] = []
        self.flat: list = []
        self.warnings: list[str] = []
        self._pos: dict | None = None

    def __len__(self) -> int:
        return len(self.flat) // 4

    def files(self) -> list[tuple[int, str, int, int]]:
        f = self.flat
        return [(f[i], f[i + 1], f[i + 2], f[i + 3]) for i in range(0, len(f), 4)]

    def digest(self) -> str:
        return digest(self.flat)

    def display(self, root: int, rel: str) -> str:
        """The path as `load_corpus` reports it: the root as given, joined with the file."""
        return display_path(self.given[root], rel)

    def position(self, root: int, rel: str) -> int:
        if self._pos is None:
            f = self.flat
            self._pos = {(f[i], f[i + 1]): i // 4 for i in range(0, len(f), 4)}
        return self._pos.get((root, rel), 1 << 40)

    def key(self) -> str:
        return corpus_key(self.real)


def digest(flat: list) -> str:
    """A short, collision-proof summary of a walk (stored at build, compared on every run)."""
    import hashlib

    return hashlib.blake2b(marshal.dumps(flat), digest_size=20).hexdigest()


def corpus_key(real_roots: list[str]) -> str:
    """The database name for a corpus: readable, and unique per list of resolved roots."""
    import zlib

    joined = "\0".join(real_roots).encode("utf-8", "surrogateescape")
    tail = os.path.basename(real_roots[0].rstrip(os.sep)) if real_roots else "corpus"
    slug = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in tail)[:40] or "root"
    more = f"+{len(real_roots) - 1}" if len(real_roots) > 1 else ""
    return f"{slug}{more}-{zlib.crc32(joined):08x}{zlib.adler32(joined):08x}"


_PATH_CACHE: dict[str, object] = {}


def display_path(given: str, rel: str) -> str:
    """`str(Path(given) / rel)`, what `iter_files` yields, so cached and fresh paths agree."""
    from pathlib import PurePath

    base = _PATH_CACHE.get(given)
    if base is None:
        base = _PATH_CACHE[given] = PurePath(given)
    return str(base / rel) if rel else str(base)  # type: ignore[operator]


def resolve_roots(paths: "Iterable[str | os.PathLike[str]]") -> tuple[list[str], list[str]]:
    """(given, real) root lists; raises PressroomError for a path that does not exist."""
    given: list[str] = []
    real: list[str] = []
    for raw in paths:
        g = os.path.expanduser(os.fspath(raw))
        if not os.path.exists(g):
            raise PressroomError(f"no such file or directory: {raw}")
        given.append(g)
        real.append(os.path.realpath(g))
    return given, real


def scan(paths: "Iterable[str | os.PathLike[str]]", warn: "Warn | None" = None) -> Scan:
    """Walk the paths like `corpus.iter_files`, stat'ing each release file.

    About 2 microseconds a file, most of it the stat system call itself; symlinks are
    resolved only where there are symlinks, not for every file.
    """
    s = Scan()

    def _warn(msg: str) -> None:
        s.warnings.append(msg)
        if warn is not None:
            warn(msg)

    s.given, s.real = resolve_roots(paths)
    flat = s.flat
    suffixes, skip = RELEASE_SUFFIXES, SKIP_NAMES
    links = False  # a symlink anywhere (or several roots) means files may repeat: de-dup after
    reals: dict[str, str] = {}  # "root/dir rel" -> real dir path, for that de-dup
    linked_files: set[tuple[int, str]] = set()
    for root, (given, real) in enumerate(zip(s.given, s.real)):
        if not os.path.isdir(given):
            s.is_file.append(True)
            try:
                st = os.stat(given)
                flat += (root, "", st.st_size, st.st_mtime_ns)
            except OSError:
                flat += (root, "", -1, -1)
            continue
        s.is_file.append(False)
        visited: set[str] = set()
        stack: list[tuple[str, str, str]] = [(given, "", real)]  # (dir path, rel prefix, real path)
        while stack:
            dpath, prefix, dreal = stack.pop()
            if dreal in visited:
                _warn(f"skipped {dpath}: symlink loop")
                continue
            visited.add(dreal)
            reals[f"{root}/{prefix}"] = dreal
            try:
                with os.scandir(dpath) as it:
                    entries = sorted(it, key=_entry_name)
            except OSError as exc:
                _warn(f"skipped {exc.filename or dpath}: {exc.strerror or exc}")
                continue
            subdirs = []
            for e in entries:
                name = e.name
                try:
                    is_dir = e.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if name[0] != ".":
                        subdirs.append(e)
                    continue
                if name[0] == "." or name in skip:
                    continue
                dot = name.rfind(".")
                if (name[dot:].lower() if dot > 0 else "") not in suffixes:
                    continue
                try:
                    st = e.stat()
                    flat += (root, prefix + name, st.st_size, st.st_mtime_ns)
                except OSError:  # a broken symlink: parsing will say why it is skipped
                    flat += (root, prefix + name, -1, -1)
                if e.is_symlink():
                    links = True
                    linked_files.add((root, prefix + name))
            for e in reversed(subdirs):
                if e.is_symlink():
                    links = True
                    sub_real = os.path.realpath(e.path)
                else:
                    sub_real = dreal + os.sep + e.name
                stack.append((e.path, prefix + e.name + "/", sub_real))
    if links or len(s.given) > 1:
        _dedupe(s, reals, linked_files)
    return s


def _entry_name(e: os.DirEntry) -> str:
    return e.name


def _dedupe(s: Scan, reals: dict[str, str], linked: set[tuple[int, str]]) -> None:
    """Drop files already reached by another path (a symlink, an overlapping root)."""
    seen: set[str] = set()
    out: list = []
    f = s.flat
    for i in range(0, len(f), 4):
        root, rel = f[i], f[i + 1]
        if not rel:
            real = s.real[root]
        elif (root, rel) in linked:
            real = os.path.realpath(os.path.join(s.given[root], rel))
        else:
            head, _, name = rel.rpartition("/")
            real = reals.get(f"{root}/{head + '/' if head else ''}", "") + os.sep + name
        if real in seen:
            continue
        seen.add(real)
        out += f[i:i + 4]
    s.flat = out
