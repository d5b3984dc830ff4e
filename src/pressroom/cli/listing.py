"""`list`, `show` and `export`: the releases themselves."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .common import CorpusOpt, FormatOpt, JsonOpt, SinceOpt, UntilOpt

LIST_KEYS = ("id", "date", "source", "location", "title", "path")
EXPORT_CSV_KEYS = (
    "id", "path", "title", "date", "location", "source", "format", "paragraphs",
    "quotes", "people", "organizations", "acronyms", "summary",
)


def list_record(rel) -> dict:
    return {k: getattr(rel, k) for k in LIST_KEYS}


def list_cmd(
    corpus: CorpusOpt = None,
    sort: Annotated[str, typer.Option("--sort", help="path, date, title or source.")] = "path",
    reverse: Annotated[bool, typer.Option("--reverse", help="Reverse the order (newest first with --sort date).")] = False,
    source: Annotated[Optional[str], typer.Option("--source", help="Only releases whose issuer tag contains this (case-insensitive).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many.")] = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """List releases: id, date, source and title."""
    from ..errors import PressroomError
    from .common import date_bound, in_range, load_listing
    from .output import Column, emit_records, resolve_format

    fmt_ = resolve_format(json_, fmt)
    if sort not in ("path", "date", "title", "source"):
        raise PressroomError(f"unknown sort {sort!r}: choose path, date, title or source")
    lo, hi = date_bound(since, end=False), date_bound(until, end=True)
    rels = [r for r in load_listing(corpus) if in_range(r.date, lo, hi)]
    if source:
        rels = [r for r in rels if r.source and source.casefold() in r.source.casefold()]
    if sort == "date":
        # undated releases last either way
        dated = sorted((r for r in rels if r.date), key=lambda r: (r.date, r.path), reverse=reverse)
        rels = dated + [r for r in rels if not r.date]
    elif sort != "path" or reverse:
        rels = sorted(rels, key=lambda r: ((getattr(r, sort) or "").casefold(), r.path), reverse=reverse)
    if limit:
        rels = rels[:limit]
    records = [list_record(r) for r in rels]
    cols = [
        Column("id", "ID", style="cyan", no_wrap=True),
        Column("date", "Date", no_wrap=True),
        Column("source", "Source", max_width=22),
        Column("title", "Title", ratio=1),
    ]
    emit_records(records, fmt_, cols, title=None, csv_keys=list(LIST_KEYS))
    if not records:
        raise typer.Exit(1)


def show_cmd(
    release: Annotated[str, typer.Argument(help="Release id, id prefix, or file name.")],
    corpus: CorpusOpt = None,
    boilerplate: Annotated[bool, typer.Option("--boilerplate", help="Also print the boilerplate (contacts, About sections).")] = False,
    json_: JsonOpt = False,
) -> None:
    """Show one release: metadata, then its paragraphs."""
    from .common import load_release
    from .output import OutputEnv, console, write_json

    rel = load_release(corpus, release)
    if json_:
        write_json(rel.to_record(boilerplate=True))
        return
    env = OutputEnv.detect()
    meta = [("id", rel.id), ("date", rel.date), ("location", rel.location), ("source", rel.source), ("path", rel.path)]
    if not env.is_tty:
        import sys

        out = sys.stdout
        out.write((rel.title or "(no headline)") + "\n")
        if rel.subtitle:
            out.write(rel.subtitle + "\n")
        for k, v in meta:
            if v:
                out.write(f"{k}: {v}\n")
        for p in rel.paragraphs:
            out.write("\n" + p + "\n")
        if boilerplate and rel.boilerplate:
            out.write("\n--- boilerplate ---\n" + "\n".join(rel.boilerplate) + "\n")
        return
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for k, v in meta:
        if v:
            grid.add_row(k, Text(str(v)))
    parts: list = []
    if rel.subtitle:
        parts.append(Text(rel.subtitle, style="italic"))
    parts += [grid, Text("")]
    for p in rel.paragraphs:
        parts += [Text(p), Text("")]
    if boilerplate and rel.boilerplate:
        parts += [Text("Boilerplate", style="bold dim")] + [Text(b, style="dim") for b in rel.boilerplate]
    console(env).print(Panel(Group(*parts), title=Text(rel.title or "(no headline)", style="bold"), title_align="left"))


def export_cmd(
    corpus: CorpusOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (default), json or csv.")] = "jsonl",
    boilerplate: Annotated[bool, typer.Option("--boilerplate", help="Include each release's boilerplate.")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Include each release's raw text.")] = False,
) -> None:
    """Export every release with everything extracted (the documented record schema)."""
    from ..errors import PressroomError
    from .common import load
    from .output import write_csv, write_json, write_jsonl

    if fmt not in ("json", "jsonl", "csv"):
        raise PressroomError(f"unknown export format {fmt!r}: choose json, jsonl or csv")
    c = load(corpus, summaries=True)
    records = (r.to_record(raw=raw, boilerplate=boilerplate) for r in c)
    if fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "json":
        write_json(list(records))
    else:
        keys = list(EXPORT_CSV_KEYS) + (["boilerplate"] if boilerplate else []) + (["raw"] if raw else [])
        write_csv(list(records), keys)


def register(app: typer.Typer) -> None:
    app.command("list")(list_cmd)
    app.command("show")(show_cmd)
    app.command("export")(export_cmd)
