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

    `flat` is [root, rel, size, mtime_ns, ...] for every file, in that order; `quick` is the
    digest of the walk that `quick_digest` computes, which the cache compares on every run.
    """

    __slots__ = ("given", "real", "flat", "quick", "warnings", "_pos")

    def __init__(self) -> None:
        self.given: list[str] = []
        self.real: list[str] = []
        self.flat: list = []
        self.quick = ""
        self.warnings: list[str] = []
        self._pos: dict | None = None

    def __len__(self) -> int:
        return len(self.flat) // 4

    def files(self) -> list[tuple[int, str, int, int]]:
        f = self.flat
        return [(f[i], f[i + 1], f[i + 2], f[i + 3]) for i in range(0, len(f), 4)]

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
    try:
        from _blake2 import blake2b  # what hashlib.blake2b is, without loading OpenSSL (2 ms)
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    # marshal version 2: no back-references, so equal lists give equal bytes in any process
    return blake2b(marshal.dumps(flat, 2), digest_size=20).hexdigest()


def corpus_key(real_roots: list[str]) -> str:
    """The database name for a corpus: readable, and unique per list of resolved roots."""
    import zlib

    joined = "\0".join(real_roots).encode("utf-8", "surrogateescape")
    tail = os.path.basename(real_roots[0].rstrip(os.sep)) if real_roots else "corpus"
    slug = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in tail)[:40] or "root"
    more = f"+{len(real_roots) - 1}" if len(real_roots) > 1 else ""
    return f"{slug}{more}-{zlib.crc32(joined):08x}{zlib.adler32(joined):08x}"


def display_path(given: str, rel: str) -> str:
    """`str(Path(given) / rel)`, what `iter_files` yields, so cached and fresh paths agree.

    Spelled out with string operations on POSIX: importing pathlib costs a search 3 ms.
    """
    if os.sep != "/":  # pragma: no cover - Windows
        from pathlib import PurePath

        return str(PurePath(given) / rel) if rel else str(PurePath(given))
    base = _BASES.get(given)
    if base is None:
        base = _BASES[given] = _pure_posix(given)
    if not rel:
        return base
    # `rel` is made of names a folder listing gave: never empty, `.` or `..`, so joining
    # to the normalised root needs no second normalisation (100,000 paths in a full load)
    if base == ".":
        return rel
    return base + rel if base.endswith("/") else base + "/" + rel


_BASES: dict[str, str] = {}


def _pure_posix(p: str) -> str:
    """What str(PurePosixPath(p)) gives: '.' parts and repeated or trailing slashes dropped
    (a leading '//' is kept, as POSIX allows it a meaning of its own)."""
    if not p:
        return "."
    lead = "//" if p.startswith("//") and not p.startswith("///") else "/" if p.startswith("/") else ""
    body = "/".join(x for x in p.split("/") if x and x != ".")
    return lead + body if (lead or body) else "."


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


def quick_digest(paths: "Iterable[str | os.PathLike[str]]", part: int | None = None) -> tuple[str, list[str]]:
    """The freshness digest of the corpus under `paths`, as fast as Python can stat.

    The same walk as `scan` without sorting files or collecting them: files in the order
    the file system lists them. That order is stable while a folder is unchanged; if it
    ever moves, the digest differs, the caller diffs file by file, finds nothing changed
    and stores the new digest.

    The stat calls are most of the cost, so the work splits in two: `part=0` stats every
    other file of each folder, `part=1` the rest, in two processes at once; `join_digests`
    of their two answers equals the `part=None` digest (what `scan` stores).
    """
    given, real = resolve_roots(paths)
    warnings: list[str] = []
    flats = _walk(given, real, warnings.append, None, part)
    if part is None:
        return join_digests(digest(flats[0]), digest(flats[1])), warnings
    return digest(flats[part]), warnings


def join_digests(d0: str, d1: str) -> str:
    return digest([d0, d1])


def scan(paths: "Iterable[str | os.PathLike[str]]", warn: "Warn | None" = None) -> Scan:
    """Walk the paths like `corpus.iter_files` (same filters, order and de-duplication),
    stat'ing each file; `quick` is the freshness digest `quick_digest` would give."""
    s = Scan()

    def _warn(msg: str) -> None:
        s.warnings.append(msg)
        if warn is not None:
            warn(msg)

    s.given, s.real = resolve_roots(paths)
    dirs: dict[tuple[int, str], tuple[list, list]] = {}
    flats = _walk(s.given, s.real, _warn, dirs)
    s.quick = join_digests(digest(flats[0]), digest(flats[1]))
    flat = s.flat
    links = len(s.given) > 1
    linked: set[tuple[int, str]] = set()
    reals: dict[tuple[int, str], str] = {}
    for root in range(len(s.given)):
        if (root, None) in dirs:  # a file given as a root
            flat += dirs[(root, None)][0]
            continue
        if (root, "") not in dirs:  # an unreadable folder (warned about)
            continue
        stack = [(root, "")]
        while stack:
            key = stack.pop()
            files, subdirs = dirs[key]
            prefix = key[1]
            files.sort()
            for name, size, mtime, is_link in files:
                flat += (root, prefix + name, size, mtime)
                if is_link:
                    links = True
                    linked.add((root, prefix + name))
            for name, dreal, is_link in reversed(subdirs):
                sub = (root, prefix + name + "/")
                links = links or is_link
                reals[sub] = dreal
                if sub in dirs:
                    stack.append(sub)
        reals[(root, "")] = s.real[root]
    if links:
        _dedupe(s, reals, linked)
    return s


def _walk(given: list[str], real: list[str], warn: "Warn | None",
          collect: "dict[tuple[int | None, str | None], tuple[list, list]] | None",
          part: int | None = None) -> tuple[list, list]:
    """The one walk behind `scan` and `quick_digest`: returns the two digest lists (files at
    even and odd places of each folder listing; with `part` set, only that one is filled and
    only its files are stat'ed) and fills `collect` with
    {(root, folder rel): ([(name, size, mtime, is_link)], [(subfolder, real, is_link)])}.

    Rules of `corpus.iter_files`: hidden files and folders and SKIP_NAMES are left out, only
    RELEASE_SUFFIXES count, symlinked folders are followed once (a loop is warned about).
    """
    flats: tuple[list, list] = ([], [])
    suffixes, skip = RELEASE_SUFFIXES, SKIP_NAMES
    for root, (g, r) in enumerate(zip(given, real)):
        if not os.path.isdir(g):
            try:
                st = os.stat(g)
                entry = (root, "", st.st_size, st.st_mtime_ns)
            except OSError:
                entry = (root, "", -1, -1)
            flats[0].extend(entry)
            if collect is not None:
                collect[(root, None)] = (list(entry), [])
            continue
        visited: set[str] = set()
        stack: list[tuple[str, str, str]] = [(g, "", r)]  # (folder path, rel prefix, real path)
        while stack:
            dpath, prefix, dreal = stack.pop()
            if dreal in visited:
                if warn is not None:
                    warn(f"skipped {dpath}: symlink loop")
                continue
            visited.add(dreal)
            flats[0].extend((root, prefix))
            flats[1].extend((root, prefix))
            k = 0  # which half the next release file belongs to
            files: list = []
            subdirs: list = []
            try:
                it = os.scandir(dpath)
            except OSError as exc:
                if warn is not None:
                    warn(f"skipped {exc.filename or dpath}: {exc.strerror or exc}")
                continue
            with it:
                for e in it:
                    name = e.name
                    if name[0] == ".":
                        continue
                    try:
                        is_dir = e.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        if e.is_symlink():
                            subdirs.append((name, os.path.realpath(e.path), True))
                        else:
                            subdirs.append((name, dreal + os.sep + name, False))
                        continue
                    if name in skip:
                        continue
                    dot = name.rfind(".")
                    if (name[dot:].lower() if dot > 0 else "") not in suffixes:
                        continue
                    k ^= 1
                    if part is not None and part == k:  # (k was flipped: the other half's file)
                        continue
                    try:
                        st = e.stat()
                        size, mtime = st.st_size, st.st_mtime_ns
                    except OSError:  # a broken symlink: parsing will say why it is skipped
                        size = mtime = -1
                    flats[k ^ 1].extend((name, size, mtime))
                    if collect is not None:
                        files.append((name, size, mtime, e.is_symlink()))
            # folders in sorted order, depth first, as os.walk does for iter_files: which of two
            # paths to one folder counts (and which is "a symlink loop") must not depend on
            # the order the file system lists them in
            subdirs.sort()
            for name, sub_real, _ in reversed(subdirs):
                stack.append((dpath + os.sep + name, prefix + name + "/", sub_real))
            if collect is not None:
                collect[(root, prefix)] = (files, subdirs)
    return flats
def _dedupe(s: Scan, reals: dict[tuple[int, str], str], linked: set[tuple[int, str]]) -> None:
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
            real = reals.get((root, head + "/" if head else ""), "") + os.sep + name
        if real in seen:
            continue
        seen.add(real)
        out += f[i:i + 4]
    s.flat = out
