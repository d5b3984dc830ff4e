"""`summary [ID]` and `stats`: the gist of one release, or of the whole corpus.

`summary ID` is a release's overview (release_summary.py); `summary` alone is the corpus
overview (corpus_summary.py), read as light rows straight from the cache so it stays fast
at 100,000 releases. `stats` is the terse form users reach for in scripts: the corpus in
numbers, one metric a row, no charts and no lists. Exit 1 when the filters leave nothing,
2 on a bad release id.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer

from .common import CorpusOpt, FormatOpt, JsonOpt, SinceOpt, UntilOpt, load_release

SourceOpt = Annotated[Optional[str], typer.Option("--source", help="Only releases whose issuer tag contains this (case-insensitive).")]
TopOpt = Annotated[int, typer.Option("--top", min=1, max=1000, help="How many entries in each top list.")]


def corpus_overview(corpus: Any, since: str | None, until: str | None, source: str | None, top: int) -> dict[str, Any]:
    """The corpus summary, computed from the cache's light rows (never rebuilding releases)."""
    from ..cache import open_index
    from ..corpus_summary import summarize_index
    from .common import STATE, corpus_paths, date_bound, warn

    lo, hi = date_bound(since, end=False), date_bound(until, end=True)
    db, _ = open_index(corpus_paths(corpus), warn, no_cache=STATE.no_cache)
    try:
        result = summarize_index(db, since=lo, until=hi, source=source, top=top)
    finally:
        db.close()
    result["filters"] = {"since": since, "until": until, "source": source}
    return result


def summary_cmd(
    release: Annotated[Optional[str], typer.Argument(help="Release id, id prefix or file name; omit for the whole corpus.",
                                                     show_default=False)] = None,
    corpus: CorpusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    top: TopOpt = 10,
    json_: JsonOpt = False,
) -> None:
    """Summarize one release (summary, people, key quotes, organizations, acronyms) or the corpus.

    Examples: pressroom summary 000_06ca55f076f6df16 | pressroom summary --since 2021 --source gov.krd
    | pressroom summary --json
    """
    from ..errors import PressroomError
    from .output import OutputEnv, console, info, write_json
    from . import summary_view as view

    if release is not None:
        if since or until or source:
            raise PressroomError("--since, --until and --source narrow the corpus summary; give them without a release id")
        from ..release_summary import release_overview

        rec = release_overview(load_release(corpus, release))
        if json_:
            write_json(rec)
            return
        env = OutputEnv.detect()
        if not env.is_tty:
            view.plain_release(rec, sys.stdout)
            return
        con = console(env)
        con.print(view.rich_release(rec, con.width))
        return

    s = corpus_overview(corpus, since, until, source, top)
    if json_:
        write_json(s)
    else:
        env = OutputEnv.detect()
        if s["releases"] == 0:
            why = "no release matches the filters" if (since or until or source) else "the corpus holds no releases"
            info(f"pressroom: nothing to summarize: {why}")
        elif not env.is_tty:
            view.plain_corpus(s, sys.stdout)
        else:
            con = console(env)
            con.print(view.rich_corpus(s, con.width))
    if s["releases"] == 0:
        raise typer.Exit(1)


def stats_cmd(
    corpus: CorpusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """The corpus in numbers: releases, date range, issuers, speakers, quotes, organizations.

    The terse companion of `summary` (no charts, no lists), made for scripts:
    `pressroom stats -f tsv | cut -f2`, `pressroom stats --json | jq .releases`.
    """
    from .output import Column, emit_records, resolve_format, write_json
    from .summary_view import stats_rows

    fmt_ = resolve_format(json_, fmt)
    s = corpus_overview(corpus, since, until, source, 1)
    rows = stats_rows(s)
    if fmt_ == "json":
        write_json({r["metric"]: r["value"] for r in rows})
    elif fmt_ == "jsonl":
        from .output import write_jsonl

        write_jsonl(rows)
    else:
        cols = [Column("metric", "Metric", style="bold", no_wrap=True), Column("value", "Value", justify="right")]
        emit_records(rows, fmt_, cols, csv_keys=["metric", "value"])
    if s["releases"] == 0:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("summary")(summary_cmd)
    app.command("stats")(stats_cmd)
