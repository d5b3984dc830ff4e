"""The `pressroom` entry point: `search` runs without loading Typer; all else goes to the app.

Why a second way in: ripgrep answers `rg -l -i word` over 10,000 files in about 40 ms, and
importing Typer and building the app alone takes 45 ms. So for `pressroom [globals] search
...` this module parses the arguments itself (the same split as the Typer command, see
`split_args`) and, before importing much else, forks a child to walk the corpus and stat
its files (two children sharing the work for a large corpus) while this process opens the
index and runs the query; the hits are printed only once no file is found changed. Anything unusual (`--help`, a bad option
value, a missing query) is handed to the Typer app, which prints the proper help or error.

Only `os` and `sys` are imported at the top, on purpose.
"""

from __future__ import annotations

import os
import sys

# global options accepted before `search` on the fast path
_GLOBAL_VALUE = ("-c", "--corpus")
_GLOBAL_FLAGS = {"--no-cache": "no_cache", "-q": "quiet", "--quiet": "quiet", "--debug": "debug"}

# search option -> (parameter name, takes a value)
OPTIONS: dict[str, tuple[str, bool]] = {
    "--limit": ("limit", True), "-n": ("limit", True),
    "--sort": ("sort", True),
    "--since": ("since", True), "--until": ("until", True),
    "--format": ("fmt", True), "-f": ("fmt", True),
    "--corpus": ("corpus", True), "-c": ("corpus", True),
    "--json": ("json", False),
}
HELP = ("-h", "--help")
DEFAULT_LIMIT = 10


def split_args(args: list[str]) -> tuple[list[str], list[str]]:
    """(option tokens, query words). Unknown `--long` options stay options (Click reports them);
    any other token that starts with `-` is a word: `-vaccine` means "without vaccine"."""
    opts: list[str] = []
    words: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            words.extend(args[i + 1:])
            break
        name = a.split("=", 1)[0] if a.startswith("--") else a
        spec = OPTIONS.get(name)
        if spec is not None:
            opts.append(a)
            if spec[1] and "=" not in a and i + 1 < len(args):
                opts.append(args[i + 1])
                i += 1
        elif a in HELP or (a.startswith("--") and len(a) > 2):
            opts.append(a)
        elif a.startswith("-n") and a[2:].isdigit():  # -n5
            opts += ["-n", a[2:]]
        else:
            words.append(a)
        i += 1
    return opts, words


class Plan:
    """A `search` invocation the fast path can run: global and search options, parsed."""

    __slots__ = ("words", "limit", "sort", "since", "until", "fmt", "json", "corpus", "no_cache", "quiet", "debug")

    def __init__(self) -> None:
        self.words: list[str] = []
        self.limit = DEFAULT_LIMIT
        self.sort = "rank"
        self.since: str | None = None
        self.until: str | None = None
        self.fmt: str | None = None
        self.json = False
        self.corpus: list[str] = []
        self.no_cache = False
        self.quiet = False
        self.debug = False


def plan(argv: list[str]) -> Plan | None:
    """Parse `[globals] search [args]`; None for anything the Typer app should handle."""
    p = Plan()
    global_corpus: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        name, eq, inline = a.partition("=")
        if name in _GLOBAL_VALUE and (eq and name.startswith("--") or not eq):
            if eq:
                global_corpus.append(inline)
            elif i + 1 < len(argv):
                global_corpus.append(argv[i + 1])
                i += 1
            else:
                return None
        elif a in _GLOBAL_FLAGS:
            setattr(p, _GLOBAL_FLAGS[a], True)
        else:
            break
        i += 1
    if i >= len(argv) or argv[i] != "search":
        return None
    opts, words = split_args(argv[i + 1:])
    p.words = words
    j = 0
    while j < len(opts):
        a = opts[j]
        name, eq, inline = a.partition("=") if a.startswith("--") else (a, "", "")
        spec = OPTIONS.get(name)
        if spec is None:
            return None  # --help, -h, an unknown option: Typer prints help or the error
        key, takes = spec
        j += 1
        if not takes:
            if eq:
                return None
            p.json = True
            continue
        if eq:
            value = inline
        elif j < len(opts):
            value = opts[j]
            j += 1
        else:
            return None
        if key == "limit":
            if not value.isdigit():
                return None
            p.limit = int(value)
        elif key == "corpus":
            p.corpus.append(value)
        else:
            setattr(p, key, value)
    if not words:
        return None  # Typer says the query is missing
    p.corpus = p.corpus or global_corpus
    return p


class Prefetch:
    """The corpus walk, running in one forked child, or two that stat half the files each,
    while this process opens the index and runs the query. `result()` is (digest, warnings),
    the digest `files.scan` stores, or None if a child failed."""

    __slots__ = ("kids", "done", "value")

    def __init__(self, kids: list[tuple[int, int]]) -> None:
        self.kids = kids  # (pid, read end of its pipe)
        self.done = False
        self.value: tuple[str, list[str]] | None = None

    def abandon(self) -> None:
        """Stop and reap the children (an error came before their answer was needed)."""
        if self.done:
            return
        import signal

        for pid, _ in self.kids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:  # pragma: no cover
                pass
        self.result()

    def result(self) -> tuple[str, list[str]] | None:
        if not self.done:
            self.done = True
            answers = [_read_child(pid, fd) for pid, fd in self.kids]
            if len(answers) == 1:
                self.value = answers[0]
            elif all(a is not None for a in answers):
                from ..files import join_digests

                (d0, warnings), (d1, _) = answers  # type: ignore[misc]
                self.value = (join_digests(d0, d1), warnings)
        return self.value


def _read_child(pid: int, fd: int) -> tuple[str, list[str]] | None:
    import marshal

    chunks = []
    try:
        while True:
            b = os.read(fd, 1 << 16)
            if not b:
                break
            chunks.append(b)
    finally:
        os.close(fd)
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:  # pragma: no cover
            status = 1
    if status != 0 or not chunks:
        return None
    try:
        digest, warnings = marshal.loads(b"".join(chunks))
    except (ValueError, EOFError, TypeError):  # pragma: no cover
        return None
    return digest, warnings


# Above this size of index (~20,000 releases) the walk outlasts the query, and two children
# sharing the stat calls win (100,000 files: 205 ms instead of 265); below it a second child
# only competes with this process for the two cores.
SPLIT_ABOVE_BYTES = 150_000_000


def start_prefetch(paths: list[str]) -> Prefetch | None:
    """Fork the children that walk the corpus (see SPLIT_ABOVE_BYTES); None when there is
    no cache to check yet (the build that follows walks the corpus anyway)."""
    if not hasattr(os, "fork"):
        return None  # pragma: no cover - Windows
    import marshal

    from ..cache import db_path
    from ..files import quick_digest, resolve_roots  # imported before forking: the children have them

    try:
        size = os.stat(db_path(resolve_roots(paths)[1])).st_size
    except OSError:
        return None  # no cache yet (or a missing path: reported by the search itself)
    kids: list[tuple[int, int]] = []
    for part in ((0, 1) if size > SPLIT_ABOVE_BYTES else (None,)):
        r, w = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # pragma: no cover
            os.close(r)
            os.close(w)
            Prefetch(kids).abandon()
            return None
        if pid == 0:  # a child: walk, write (digest, warnings), leave without cleanup handlers
            code = 1
            try:
                os.close(r)
                for _, other in kids:
                    os.close(other)
                data = marshal.dumps(quick_digest(paths, part))
                view = memoryview(data)
                while view:
                    n = os.write(w, view)
                    view = view[n:]
                code = 0
            except BaseException:
                pass
            finally:
                os._exit(code)
        os.close(w)
        kids.append((pid, r))
    return Prefetch(kids)


def main() -> None:
    p = plan(sys.argv[1:])
    if p is None:
        from .app import main as app_main

        app_main()
        return
    code = run(p)
    # Skip the interpreter's teardown (module cleanup, GC of the index connection): the
    # output is flushed and nothing is left to write. 3-5 ms of a 40 ms search.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        _quiet_pipe()
    except (OSError, ValueError):
        pass
    os._exit(code)


def run(p: Plan) -> int:
    """Run a planned search with the app's error conventions (one line, exit 2; 130 on ^C)."""
    debug = p.debug or bool(os.environ.get("PRESSROOM_DEBUG"))
    prefetch = None
    try:
        if not p.no_cache:
            from ..files import default_corpus_paths

            prefetch = start_prefetch(list(p.corpus) or default_corpus_paths())
        from .searching import run_search

        code = run_search(
            p.words, corpus=p.corpus or None, limit=p.limit, sort=p.sort, since=p.since, until=p.until,
            fmt=p.fmt, json_=p.json, no_cache=p.no_cache, quiet=p.quiet, prefetch=prefetch,
        )
        prefetch = None
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        sys.stderr.write("pressroom: interrupted\n")
        return 130
    except BrokenPipeError:
        _quiet_pipe()
        return 0
    except Exception as exc:
        from ..errors import PressroomError

        if isinstance(exc, PressroomError):
            sys.stderr.write(f"pressroom: error: {exc}\n")
            return 2
        if isinstance(exc, OSError) and getattr(exc, "errno", None) == 32:  # EPIPE
            _quiet_pipe()
            return 0
        if debug:
            raise
        sys.stderr.write(
            f"pressroom: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)\n"
        )
        return 2
    finally:
        if prefetch is not None:
            prefetch.abandon()


def _quiet_pipe() -> None:
    """The reader went away (`| head`): point stdout at /dev/null so the exit flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
