"""`search` and `cache info|clear`: the Typer side. The work is in searching.py and cache.py."""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand

from .common import CorpusOpt, FormatOpt, JsonOpt, SinceOpt, UntilOpt


class SearchCommand(TyperCommand):
    """Moves every query word after `--` before Click parses, so `-vaccine` is a word to
    exclude, not an unknown option (the fast entry point splits arguments the same way)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from .fast import split_args

        opts, words = split_args(list(args))
        return super().parse_args(ctx, opts + ["--"] + words)


def search_cmd(
    query: Annotated[list[str], typer.Argument(
        help='Words (all must match), "exact phrases", a OR b, -excluded, prefix*, '
             "title:/speaker:/org:/source:/location: fields.", show_default=False, metavar="QUERY...")],
    corpus: CorpusOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="Print at most this many hits (0: all).")] = 10,
    sort: Annotated[str, typer.Option("--sort", help="rank (best match first) or date (newest first).")] = "rank",
    since: SinceOpt = None,
    until: UntilOpt = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Search the releases: ranked hits with a highlighted snippet (exit 1 if none match).

    Examples: pressroom search peshmerga erbil | pressroom search '"prime minister"' -covid
    | pressroom search isis OR daesh --since 2017 | pressroom search speaker:marotto

    Plain words search headline, text, issuer and place. speaker: and org: search the names
    the extractors found; on a corpus only searched so far, the first such query runs them.
    """
    from .common import STATE, corpus_paths
    from .searching import run_search

    code = run_search(
        query, corpus=[str(p) for p in corpus_paths(corpus) or []] or None, limit=limit, sort=sort,
        since=since, until=until, fmt=fmt, json_=json_, no_cache=STATE.no_cache, quiet=STATE.quiet,
    )
    if code:
        raise typer.Exit(code)


cache_app = typer.Typer(help="The on-disk cache of parsed releases and their search index.", no_args_is_help=True)


@cache_app.command("info")
def cache_info_cmd(json_: JsonOpt = False, fmt: FormatOpt = None) -> None:
    """Where the cache is and what it holds, one line per corpus."""
    from ..cache import cache_dir, list_caches
    from .output import Column, emit_records, info, resolve_format

    fmt_ = resolve_format(json_, fmt)
    recs = list_caches()
    if fmt_ == "json":
        from .output import write_json

        write_json({"dir": cache_dir(), "corpora": recs})
        return
    for r in recs:
        r["roots"] = "; ".join(r["roots"])
        r["mb"] = round(r["bytes"] / 1e6, 1)
        r["kept"] = ", ".join(r["kept"])
    cols = [
        Column("roots", "Corpus", ratio=1),
        Column("files", "Files", justify="right"),
        Column("releases", "Releases", justify="right"),
        Column("skipped", "Skipped", justify="right"),
        Column("mb", "MB", justify="right"),
        Column("level", "Level"),
        Column("updated", "Updated", no_wrap=True),
        Column("kept", "Kept results"),
    ]
    info(f"cache: {cache_dir()}")
    emit_records(recs, fmt_, cols, csv_keys=["name", "roots", "files", "releases", "skipped", "bytes",
                                             "parser_version", "level", "updated", "kept", "path", "ok"])


@cache_app.command("clear")
def cache_clear_cmd(
    corpus: Annotated[Optional[list[str]], typer.Option(
        "--corpus", "-c", help="Only this corpus's cache (repeat the paths it was built from). Default: all.",
        show_default=False)] = None,
) -> None:
    """Delete the cache (everything, or one corpus's); it is rebuilt when next needed."""
    from ..cache import cache_dir, clear
    from .output import info

    removed = clear(corpus or None)
    info(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} from {cache_dir()}")


def register(app: typer.Typer) -> None:
    app.command(
        "search", cls=SearchCommand,
        context_settings={"ignore_unknown_options": True},
    )(search_cmd)
    app.add_typer(cache_app, name="cache")
