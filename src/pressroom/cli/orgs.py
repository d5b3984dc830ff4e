"""`orgs` and `acronyms`: which organizations the corpus names, what its acronyms stand for.

The work is in `pressroom.glossary` (merging organizations across releases, resolving
acronyms and their conflicts); this module reads options, filters and prints through `output`.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .common import CorpusOpt, FormatOpt, JsonOpt, ReleaseOpt

ORG_KEYS = ("name", "acronym", "aliases", "mentions", "releases", "ticker", "release_ids")
ACRONYM_KEYS = ("short", "long", "long_forms", "curated", "conflict", "defined", "defined_in", "undefined_in", "releases",
                "count")
MATCH_CUTOFF = 80  # RapidFuzz WRatio for --match ("justice dept" finds "Justice Department")


def orgs_cmd(
    corpus: CorpusOpt = None,
    match: Annotated[Optional[str], typer.Option(
        "--match", "-m", help="Only organizations whose name or alias matches this, fuzzily ('peshmerga', 'Dept of Justice').")] = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", min=1, help="Only organizations mentioned at least this often.")] = 1,
    release: ReleaseOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many.")] = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Organizations named in the releases: name, acronym, mentions, releases (exit 1 if none).

    One organization across releases is one entry (`Department of Justice` = `Justice
    Department` = `DOJ`); the most mentioned first, or the best --match first.
    Examples: pressroom orgs --min-mentions 5 | pressroom orgs --match "justice dept" --json
    """
    from .. import corpus_results
    from ..glossary import build_organizations
    from .common import STATE, corpus_paths, load, load_release, warn
    from .output import Column, emit_records, resolve_format

    fmt_ = resolve_format(json_, fmt)
    if release and not STATE.no_cache:  # one release's own names: no corpus load, any cache level
        found = build_organizations([load_release(corpus, release)])
    elif release or STATE.no_cache:
        c = load(corpus, text=False)
        found = build_organizations([c.get(release)] if release else list(c))
    else:  # the whole corpus: kept in the cache once computed
        found = corpus_results.organizations(corpus_paths(corpus), warn=warn)
    entries = [e for e in found if e.mentions >= min_mentions]
    if match is not None:
        entries = match_orgs(match, entries)
    if limit:
        entries = entries[:limit]
    records = [e.record() for e in entries]
    cols = [
        Column("name", "Organization", style="bold", ratio=1),
        Column("acronym", "Acronym", style="cyan", no_wrap=True),
        Column("mentions", "Mentions", justify="right", no_wrap=True),
        Column("releases", "Releases", justify="right", no_wrap=True),
    ]
    emit_records(records, fmt_, cols, csv_keys=list(ORG_KEYS))
    if not records:
        raise typer.Exit(1)


def match_orgs(query: str, entries: list) -> list:
    """Entries whose name, acronym or an alias matches `query`: a case-insensitive substring
    first, else a fuzzy score of at least MATCH_CUTOFF; best first."""
    from rapidfuzz import fuzz, utils

    q = utils.default_process(query)
    if not q:
        return []
    scored = []
    for e in entries:
        best = 0.0
        for n in [e.name, *(e.aliases or []), *([e.acronym] if e.acronym else [])]:
            p = utils.default_process(n)
            if not p:
                continue
            if q == p:
                score = 101.0
            elif q in p.split() or f" {q} " in f" {p} ":
                score = 100.0
            elif len(q) <= 3 or len(p.split()) > len(q.split()) + 2:
                # a short query or a much longer name: whole-string similarity only, so that
                # "justice dept" does not find every unit "of the Justice Department"
                score = fuzz.ratio(q, p)
            else:
                score = fuzz.WRatio(q, p)
            best = max(best, score)
        if best >= MATCH_CUTOFF:
            scored.append((best, e))
    scored.sort(key=lambda t: (-t[0], -t[1].mentions))
    return [e for _, e in scored]


def acronyms_cmd(
    short: Annotated[Optional[str], typer.Argument(help="Only this short form (exact; case-insensitive if no exact match).")] = None,
    corpus: CorpusOpt = None,
    undefined: Annotated[bool, typer.Option("--undefined", "-u", help="Only acronyms some release uses without defining them.")] = False,
    release: ReleaseOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many.")] = None,
    json_: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Acronyms and what they stand for: long form(s), where defined, count (exit 1 if none).

    An acronym a release uses without defining it gets the long form other releases give
    it; when releases disagree, every long form is listed with how many releases use it.
    Examples: pressroom acronyms ISF | pressroom acronyms --undefined | pressroom acronyms -r 958a --json
    """
    from .. import corpus_results
    from ..glossary import build_acronyms
    from .common import STATE, corpus_paths, load, warn
    from .output import Column, emit_records, resolve_format

    fmt_ = resolve_format(json_, fmt)
    if release or STATE.no_cache:
        c = load(corpus, text=False)
        table = build_acronyms(c)
    else:  # the whole corpus: kept in the cache once computed
        table = corpus_results.acronyms(corpus_paths(corpus), warn=warn)
    entries = list(table.values())
    if release:
        rel = c.get(release)
        own = {a.short: a for a in rel.acronyms}
        entries = [_for_release(table[s], own[s], rel.id) for s in own if s in table]
    if short is not None:
        exact = [e for e in entries if e.short == short]
        entries = exact or [e for e in entries if e.short.casefold() == short.casefold()]
    if undefined:
        entries = [e for e in entries if e.undefined_in]
    entries.sort(key=lambda e: (-e.count, e.short))
    if limit:
        entries = entries[:limit]
    records = [e.record() for e in entries]
    if fmt_ in ("table", "tsv"):  # the JSON and CSV records stay the documented shape
        for r in records:
            r["long_text"] = _render_longs(r["long_forms"], r["curated"])
    cols = [
        Column("short", "Acronym", style="bold cyan", no_wrap=True),
        Column("long_text", "Long form(s)", ratio=1),
        Column("defined_in", "Defined in", render=_render_where, max_width=24),
        Column("count", "Count", justify="right", no_wrap=True),
    ]
    emit_records(records, fmt_, cols, csv_keys=list(ACRONYM_KEYS))
    if not records:
        raise typer.Exit(1)


def _for_release(entry, acronym, rid: str):
    """The corpus entry seen from one release: its own long form when it defines one."""
    from ..glossary import AcronymEntry

    if acronym.defined and acronym.long:
        longs = [(acronym.long, 1)] + [(lf, n) for lf, n in entry.longs if lf != acronym.long]
        return AcronymEntry(entry.short, longs[:1], [rid], [], acronym.count)
    return AcronymEntry(entry.short, list(entry.longs), list(entry.defined_in), [rid], acronym.count)


def _render_longs(forms: list[dict], curated: str | None = None) -> str:
    """ "Community Investment Department (2); Criminal Investigation Division (1)" for a conflict."""
    if not forms:
        return f"{curated} (curated)" if curated else "(undefined)"
    if len(forms) == 1:
        return forms[0]["long"]
    return "; ".join(f"{f['long']} ({f['releases']})" for f in forms)


def _render_where(ids: list[str]) -> str:
    if not ids:
        return "-"
    more = f" +{len(ids) - 2}" if len(ids) > 2 else ""
    return ", ".join(ids[:2]) + more


def register(app: typer.Typer) -> None:
    app.command("orgs")(orgs_cmd)
    app.command("acronyms")(acronyms_cmd)
