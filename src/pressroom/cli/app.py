"""The Typer app. Imports stay light here: each command imports what it needs when run."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from .. import __version__
from .common import STATE


class PressroomGroup(TyperGroup):
    """Turns user errors into one stderr line and an exit code, in the app and in CliRunner."""

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        """Click's usage errors (unknown option, missing argument, bad value) as one line,
        like every other error, instead of Click's usage block: `pressroom: error: No such
        option: --lmit (Possible options: --limit) (see 'pressroom list -h')`."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            from typer._click import exceptions as click_exc  # Typer >= 0.26 vendors Click
        except ImportError:  # pragma: no cover - a Typer that depends on Click
            from click import exceptions as click_exc  # type: ignore[no-redef]

        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except getattr(click_exc, "NoArgsIsHelpError", ()) as exc:  # bare `pressroom`: the help
            sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
            sys.exit(exc.exit_code)
        except click_exc.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "pressroom"
            sys.stderr.write(f"pressroom: error: {exc.format_message()} (see '{where} -h')\n")
            sys.exit(exc.exit_code)
        except click_exc.ClickException as exc:
            sys.stderr.write(f"pressroom: error: {exc.format_message()}\n")
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write("pressroom: aborted\n")
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        from ..errors import PressroomError

        try:
            return super().invoke(ctx)
        except PressroomError as exc:
            sys.stderr.write(f"pressroom: error: {exc}\n")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            sys.stderr.write("pressroom: interrupted\n")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            _quiet_pipe()
            raise typer.Exit(0) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                _quiet_pipe()
                raise typer.Exit(0) from None
            if STATE.debug or os.environ.get("PRESSROOM_DEBUG"):
                raise
            sys.stderr.write(f"pressroom: error: {exc}\n")
            raise typer.Exit(2) from None
        except (typer.Exit, typer.Abort, typer.TyperException, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line unless debugging
            if STATE.debug or os.environ.get("PRESSROOM_DEBUG"):
                raise
            sys.stderr.write(
                f"pressroom: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)\n"
            )
            raise typer.Exit(2) from None


def _quiet_pipe() -> None:
    """The reader went away (`| head`): point stdout at /dev/null so the exit flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


app = typer.Typer(
    cls=PressroomGroup,
    name="pressroom",
    help="Query collections of press releases: search, who said what, organizations, acronyms, summaries.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"pressroom {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def root(
    corpus: Annotated[
        Optional[list[Path]],
        typer.Option("--corpus", "-c", help="Release file or directory (repeatable). Default: $PRESSROOM_CORPUS, else the bundled seeds.",
                     show_default=False),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse everything afresh; neither read nor write the cache.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings about skipped files.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks (for bug reports).")] = False,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Query collections of press releases: search, who said what, organizations, acronyms, summaries.

    With no --corpus every command runs on the bundled sample releases.
    Exit codes: 0 found, 1 nothing found, 2 bad usage or input.
    """
    STATE.corpus = list(corpus) if corpus else None
    STATE.no_cache = no_cache
    STATE.quiet = quiet
    STATE.debug = debug


from . import listing, search  # noqa: E402  (command modules register themselves on `app`)

listing.register(app)
search.register(app)

from . import quotes as quotes_cli  # noqa: E402  (issue 4: quotes, people)

quotes_cli.register(app)

from . import summary as summary_commands  # noqa: E402

summary_commands.register(app)

from . import orgs as orgs_cli  # noqa: E402  (issue 5: orgs, acronyms)

orgs_cli.register(app)


def main() -> None:
    if "--debug" in sys.argv[1:]:
        STATE.debug = True
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("pressroom: interrupted\n")
        sys.exit(130)
