"""What a whole corpus holds: how many releases, from when, from whom, who speaks, which bodies.

Why not releases: a corpus summary over 100,000 cached releases must take well under two
seconds, and rebuilding 100,000 `Release` objects takes longer than that. So each release
is reduced once, when it is parsed, to a *light row* (`light_row`):

    (date, source, records)     records: one text line per fact, fields split by \\x1f
        S␟Wayne Marotto␟person␟3                         a speaker, its type, its quotes
        O␟Joint Coalition Coordination Center␟JCCC       an organization, its acronym or ""
        A␟JCCC␟Joint Coalition Coordination Center␟2     an acronym, its long form or "", its uses

Every record is unique within its release, so counting identical lines over the corpus
counts releases, and that count is one C-level `Counter` over all lines; Python then only
looks at the *distinct* lines (thousands, not millions). The cache keeps the rows in a
small table of their own (index.py, `light`), and `summarize_index` does the date and issuer
filtering, the months and the issuers in SQL and fetches every record line in one string.
A corpus in memory goes through `summarize_rows`, which gives the same result.

Counting rules: issuers, organizations and acronyms count *releases* (a body named forty
times in one release is one release); speakers count *quotes*. Names are grouped case-
insensitively and shown in their most common spelling; an organization that appears only
under its acronym joins the full name that acronym stands for elsewhere in the corpus.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .model import Release

TOP = 10
SEP = "\x1f"  # between the fields of a record (never in release text: decode drops control characters)
LightRow = tuple  # (date, source, records)


def _clean(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ").replace(SEP, " ")


def light_row(rel: Release) -> LightRow:
    """The few facts of a release that the corpus summary counts.

    The cache stores these rows (index.py); change their shape and bump
    index.SCHEMA_VERSION, or old caches will hand out rows of the old shape.
    """
    lines: list[str] = []
    quotes: Counter[tuple[str, str]] = Counter()
    for q in rel.quotes:
        if q.speaker:
            quotes[(_clean(q.speaker), q.speaker_type)] += 1
    for (name, kind), n in quotes.items():
        lines.append(f"S{SEP}{name}{SEP}{kind}{SEP}{n}")
    seen: set[str] = set()
    for o in rel.organizations:
        name = _clean(o.name or "").strip()
        if name and name not in seen:
            seen.add(name)
            lines.append(f"O{SEP}{name}{SEP}{_clean(o.acronym or '')}")
    seen = set()
    for a in rel.acronyms:
        short = _clean(a.short or "").strip()
        if short and short not in seen:
            seen.add(short)
            lines.append(f"A{SEP}{short}{SEP}{_clean(a.long or '')}{SEP}{a.count or 1}")
    return (rel.date, rel.source, "\n".join(lines))


def _valid_month(date: str | None) -> str | None:
    """`YYYY-MM` of an ISO date, or None (the same test as `_SQL_DATED`)."""
    if not date or len(date) < 7 or date[4] != "-":
        return None
    month = date[:7]
    if not (month[:4].isdigit() and month[5:7].isdigit() and "01" <= month[5:7] <= "12"):
        return None
    return month


def month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM): a chart shows the empty ones too."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


# Words in front of an organization's name that do not make another body:
# `the U.S. Department of Justice`, `The Coalition`, `United States Senate`
_ORG_LEAD = re.compile(r"^(?:the\s+)?(?:u\.\s?s\.\s+|united\s+states\s+)?")
# `Justice Department` is `Department of Justice`
_ORG_INVERTED = re.compile(r"^(\w+)\s+(department|ministry)$")


def org_key(name: str) -> str:
    """The key that groups one organization's spellings across releases."""
    key = _ORG_LEAD.sub("", name.casefold().replace("’", "'").strip())
    m = _ORG_INVERTED.match(key)
    return f"{m.group(2)} of {m.group(1)}" if m else key


class _Names:
    """Counts grouped by a key (case-insensitive by default), each shown in its most common spelling."""

    __slots__ = ("count", "spelling", "key")

    def __init__(self, key: Any = str.casefold) -> None:
        self.count: Counter[str] = Counter()
        self.spelling: dict[str, Counter[str]] = {}
        self.key = key

    def add(self, name: str, n: int) -> str:
        key = self.key(name)
        self.count[key] += n
        sp = self.spelling.get(key)
        if sp is None:
            sp = self.spelling[key] = Counter()
        sp[name] += n
        return key

    def show(self, key: str) -> str:
        return _most(self.spelling.get(key)) or key


def _most(counter: Counter[str] | None) -> str | None:
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _assemble(
    n: int, months: Counter[str], first: str | None, last: str | None, sources: Counter[str],
    lines: Counter[str], top: int, filters: dict[str, Any],
) -> dict[str, Any]:
    """The summary from the counted parts; only distinct record lines are looked at."""
    issuers = _Names()
    for src, c in sources.items():
        issuers.add(src, c)
    speakers, speaker_releases, kinds = _Names(), Counter(), {}
    orgs, org_acronym = _Names(org_key), {}
    acronyms, acronym_uses, acronym_long = _Names(), Counter(), {}
    quotes = 0
    for line, c in lines.items():
        parts = line.split(SEP)
        tag = parts[0]
        if tag == "S" and len(parts) == 4:
            per = int(parts[3]) if parts[3].isdigit() else 1
            key = speakers.add(parts[1], per * c)
            speaker_releases[key] += c
            kinds.setdefault(key, parts[2])
            quotes += per * c
        elif tag == "O" and len(parts) == 3:
            key = orgs.add(parts[1], c)
            if parts[2]:
                org_acronym.setdefault(key, Counter())[parts[2]] += c
        elif tag == "A" and len(parts) == 4:
            key = acronyms.add(parts[1], c)
            acronym_uses[key] += (int(parts[3]) if parts[3].isdigit() else 1) * c
            if parts[2]:
                acronym_long.setdefault(key, Counter())[parts[2]] += c

    # an organization known only by its acronym in some releases (`FDA`, or `FDA` with the
    # acronym `FDA`) joins the full name that acronym stands for elsewhere
    full_of: dict[str, str] = {}
    for key, acrs in sorted(org_acronym.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        for acr in acrs:
            if org_key(acr) != key:
                full_of.setdefault(org_key(acr), key)
    org_counts: Counter[str] = Counter()
    for key, count in orgs.count.items():
        org_counts[full_of.get(key, key)] += count

    def top_of(counter: Counter[str]) -> list[tuple[str, int]]:
        return heapq.nsmallest(top, counter.items(), key=lambda kv: (-kv[1], kv[0]))

    dated = sum(months.values())
    return {
        "releases": n,
        "dated": dated,
        "undated": n - dated,
        "first_date": first,
        "last_date": last,
        "per_month": [{"month": m, "releases": c} for m, c in sorted(months.items())],
        "issuers": len(issuers.count),
        "unattributed": n - sum(sources.values()),
        "top_issuers": [{"source": issuers.show(k), "releases": c} for k, c in top_of(issuers.count)],
        "speakers": len(speakers.count),
        "quotes": quotes,
        "top_speakers": [
            {"name": speakers.show(k), "type": kinds.get(k, "person"), "quotes": c, "releases": speaker_releases[k]}
            for k, c in top_of(speakers.count)
        ],
        "organizations": len(org_counts),
        "top_organizations": [
            {"name": orgs.show(k), "acronym": _most(org_acronym.get(k)), "releases": c} for k, c in top_of(org_counts)
        ],
        "acronyms": len(acronyms.count),
        "top_acronyms": [
            {"acronym": acronyms.show(k), "long": _most(acronym_long.get(k)), "releases": c, "uses": acronym_uses[k]}
            for k, c in top_of(acronyms.count)
        ],
        "filters": filters,
    }


def summarize_rows(
    rows: Iterable[LightRow],
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    top: int = TOP,
) -> dict[str, Any]:
    """The corpus summary of light rows, narrowed to a date range and an issuer.

    `since`/`until` are inclusive bounds compared with the ISO date as strings (the CLI
    turns `2021` into `2021-01-01` / `2021-12-31`, see cli.common.date_bound); an undated
    release is outside any date range. `source` keeps releases whose issuer contains it
    (any case).
    """
    src = source.casefold() if source else None
    n = 0
    first: str | None = None
    last: str | None = None
    months: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    for date, rsrc, records in rows:
        if since is not None or until is not None:
            if not date or (since is not None and date < since) or (until is not None and date > until):
                continue
        if src is not None and not (rsrc and src in rsrc.casefold()):
            continue
        n += 1
        month = _valid_month(date)
        if month:
            months[month] += 1
            if first is None or date < first:
                first = date
            if last is None or date > last:
                last = date
        if rsrc:
            sources[rsrc] += 1
        if records:
            lines.update(records.split("\n"))
    lines.pop("", None)
    return _assemble(n, months, first, last, sources, lines, top, {"since": since, "until": until, "source": source})


def summarize_corpus(releases: Iterable[Release], **kw: Any) -> dict[str, Any]:
    """`summarize_rows` over releases in memory."""
    return summarize_rows((light_row(r) for r in releases), **kw)


# ---------------------------------------------------------------- from the cache

# ISO dates whose month is real, as `_valid_month` decides: `2021-02-17`
_SQL_DATED = ("date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(date, 6, 2) BETWEEN '01' AND '12'")


def rows_from_index(db: Any) -> Iterable[LightRow]:
    """The light rows a cache database holds (index.py's `light` table), duplicates left out."""
    return db.execute("SELECT date, source, lines FROM light WHERE dup = 0 ORDER BY rid")


def summarize_index(
    db: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    top: int = TOP,
) -> dict[str, Any]:
    """`summarize_rows(rows_from_index(db), ...)`, with the per-release work done by SQLite.

    Filters, months, date range and issuers are SQL aggregates; every record line of the
    selected releases comes back as one string, split and counted in C. This is what keeps
    100,000 releases well under a second.
    """
    where = ["dup = 0"]
    args: list[Any] = []
    if since is not None:
        where.append("date >= ?")
        args.append(since)
    if until is not None:
        where.append("date <= ?")
        args.append(until)
    if source:
        db.create_function("pr_casefold", 1, lambda s: s.casefold() if s else "", deterministic=True)
        where.append("instr(pr_casefold(source), ?) > 0")
        args.append(source.casefold())
    cond = " AND ".join(where)
    n = db.execute(f"SELECT count(*) FROM light WHERE {cond}", args).fetchone()[0]
    months: Counter[str] = Counter(dict(db.execute(
        f"SELECT substr(date, 1, 7), count(*) FROM light WHERE {cond} AND {_SQL_DATED} GROUP BY 1", args)))
    first, last = db.execute(f"SELECT min(date), max(date) FROM light WHERE {cond} AND {_SQL_DATED}", args).fetchone()
    sources: Counter[str] = Counter(dict(db.execute(
        f"SELECT source, count(*) FROM light WHERE {cond} AND source IS NOT NULL AND source <> '' GROUP BY source", args)))
    text = db.execute(f"SELECT group_concat(lines, char(10)) FROM light WHERE {cond} AND lines <> ''", args).fetchone()[0]
    lines: Counter[str] = Counter(text.split("\n")) if text else Counter()
    lines.pop("", None)
    return _assemble(n, months, first, last, sources, lines, top, {"since": since, "until": until, "source": source})
