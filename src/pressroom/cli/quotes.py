"""`quotes` and `people`: who said what across the corpus, and who is named in it.

The work is in `pressroom.people` (merging people, matching speakers, filtering quotes);
this module only reads options and prints through `output`.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .common import CorpusOpt, FormatOpt, JsonOpt, ReleaseOpt, SinceOpt, UntilOpt

QUOTE_KEYS = ("speaker", "speaker_title", "speaker_role", "speaker_type", "kind", "text", "release", "date", "path",
              "paragraph")
PEOPLE_KEYS = ("name", "title", "role", "releases", "quotes", "mentions", "aliases")
KINDS = ("direct", "indirect")
PEOPLE_SORTS = ("quotes", "name", "releases")


def quotes_cmd(
    corpus: CorpusOpt = None,
    speaker: Annotated[Optional[str], typer.Option(
        "--speaker", "-s", help="Only this speaker; fuzzy ('marotto', 'Wayne Marroto'). Says which name it matched.")] = None,
    org: Annotated[Optional[str], typer.Option(
        "--org", help="Only quotes by this organization or by people whose role names it.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="direct or indirect.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    release: ReleaseOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many quotes.")] = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Who said what: quotes grouped by speaker, with release date and id (exit 1 if none).

    Examples: pressroom quotes --speaker marotto | pressroom quotes --kind indirect --since 2021
    | pressroom quotes --org "Justice Department" --json
    """
    from ..corpus_results import quote_book
    from ..errors import PressroomError
    from ..people import PeopleIndex, filter_quotes, match_speaker, quote_rows
    from .common import STATE, corpus_paths, date_bound, load, warn
    from .output import info, resolve_format

    fmt_ = resolve_format(json_, fmt)
    if kind is not None and kind.lower() not in KINDS:
        raise PressroomError(f"unknown kind {kind!r}: choose direct or indirect")
    lo, hi = date_bound(since, end=False), date_bound(until, end=True)
    if release or STATE.no_cache:
        c = load(corpus, text=False)
        releases = [c.get(release)] if release else list(c)
        index = PeopleIndex(c)  # people are merged over the whole corpus, whatever the filters
        rows = quote_rows(releases, index)
        people = index.people
    else:  # the whole corpus: kept in the cache once computed
        people, rows = quote_book(corpus_paths(corpus), warn=warn)
    speakers = None
    if speaker is not None:
        orgs = {r.speaker for r in rows if r.speaker_type == "organization" and r.speaker}
        quoted = {r.speaker for r in rows if r.speaker}
        people = [e for e in people if e.name in quoted]
        matches = match_speaker(speaker, people, orgs)
        if not matches:
            info(f"pressroom: no speaker matches {speaker!r}")
            raise typer.Exit(1)
        for mt in matches:
            via = f" (as {mt.via!r})" if mt.via != mt.name else ""
            info(f"matched speaker: {mt.name}{via}, score {mt.score:g}")
        speakers = {mt.name for mt in matches}
    rows = filter_quotes(rows, speakers=speakers, org=org, kind=kind.lower() if kind else None, since=lo, until=hi)
    # grouped by speaker: the most quoted first, then in corpus order within a speaker
    count: dict[str, int] = {}
    for r in rows:
        count[r.speaker or ""] = count.get(r.speaker or "", 0) + 1
    rows.sort(key=lambda r: (-count[r.speaker or ""], (r.speaker or "").casefold(), r.date or "9999", r.release,
                             r.paragraph))
    if limit:
        rows = rows[:limit]
    records = [r.record() for r in rows]
    _emit_quotes(records, fmt_)
    if not records:
        raise typer.Exit(1)


def _emit_quotes(records: list[dict], fmt: str) -> None:
    from .output import Column, OutputEnv, console, emit_records

    env = OutputEnv.detect()
    if fmt != "table" or not env.is_tty:
        cols = [
            Column("speaker", "Speaker"), Column("date", "Date"), Column("release", "Release"),
            Column("kind", "Kind"), Column("text", "Quote"),
        ]
        emit_records(records, fmt, cols, env=env, csv_keys=list(QUOTE_KEYS))
        return
    from rich.padding import Padding
    from rich.text import Text

    con = console(env)
    current = object()
    for rec in records:
        if rec["speaker"] != current:
            current = rec["speaker"]
            head = Text(rec["speaker"] or "(unknown)", style="bold cyan")
            extra = ", ".join(x for x in (rec["speaker_title"], rec["speaker_role"]) if x)
            if rec["speaker_type"] == "organization":
                extra = "organization"
            if extra:
                head.append(f"  {extra}", style="dim")
            con.print(Text(""))
            con.print(head)
        line = Text()
        line.append(rec["date"] or "undated", style="green")
        line.append(f"  {rec['release']}", style="magenta")
        if rec["kind"] == "indirect":
            line.append("  (reported)", style="dim")
        con.print(Padding(line, (0, 0, 0, 2), expand=False))
        quote = f"“{rec['text']}”" if rec["kind"] == "direct" else rec["text"]
        con.print(Padding(Text(quote), (0, 0, 0, 4), expand=False))


def people_cmd(
    corpus: CorpusOpt = None,
    sort: Annotated[str, typer.Option("--sort", help="quotes (most quoted first), name or releases.")] = "quotes",
    release: ReleaseOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many people.")] = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """People named in the releases: title, role, number of releases and quotes (exit 1 if none).

    The same person across releases is one entry (`Olympia J. Snowe` = `Olympia Snowe`).
    """
    from .. import corpus_results
    from ..errors import PressroomError
    from ..people import PeopleIndex, fold
    from .common import STATE, corpus_paths, load, warn
    from .output import Column, emit_records, resolve_format

    fmt_ = resolve_format(json_, fmt)
    if sort not in PEOPLE_SORTS:
        raise PressroomError(f"unknown sort {sort!r}: choose quotes, name or releases")
    if release or STATE.no_cache:
        c = load(corpus, text=False)
        people = PeopleIndex(c).people
        if release:
            rid = c.get(release).id
            people = [p for p in people if rid in p.releases]
    else:  # the whole corpus: kept in the cache once computed
        people = corpus_results.people(corpus_paths(corpus), warn=warn)
    if sort == "quotes":
        people.sort(key=lambda p: (-p.quotes, -len(p.releases), fold(p.name)))
    elif sort == "releases":
        people.sort(key=lambda p: (-len(p.releases), -p.quotes, fold(p.name)))
    else:
        people.sort(key=lambda p: (fold(p.name.split()[-1]) if p.name else "", fold(p.name)))
    if limit:
        people = people[:limit]
    records = [p.record() for p in people]
    if fmt_ in ("table", "tsv", "csv"):
        for r in records:
            r.pop("release_ids", None)
    cols = [
        Column("name", "Name", style="bold", no_wrap=True),
        Column("title", "Title", max_width=16),
        Column("role", "Role", ratio=1),
        Column("releases", "Releases", justify="right"),
        Column("quotes", "Quotes", justify="right"),
    ]
    emit_records(records, fmt_, cols, csv_keys=list(PEOPLE_KEYS))
    if not records:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes_cmd)
    app.command("people")(people_cmd)
