"""What a whole corpus holds: how many releases, from when, from whom, who speaks, which bodies.

Why rows and not releases: a corpus summary over 100,000 cached releases must take well
under two seconds, and rebuilding 100,000 `Release` objects (quotes, people, boilerplate)
alone takes longer. So the summary is computed from *light rows*: one small dict per
release (`light_row`) holding just what is counted. A cache can store the row as JSON
(`encode_row`) beside each release and feed them straight to `summarize_rows`; a corpus in
memory uses `summarize_corpus`, which makes the rows on the fly.

A light row:

    {"id": "06ca55f0...", "date": "2021-02-17", "source": "GOV.KRD",
     "speakers": [["Wayne Marotto", "person", 3], ...],        # quotes per speaker
     "orgs": [["Joint Coalition Coordination Center", "JCCC"], ...],
     "acronyms": [["JCCC", "Joint Coalition Coordination Center", 2], ...]}   # uses

Counting rules: issuers, organizations and acronyms count *releases* (a body named forty
times in one release is one release); speakers count *quotes*. Names are grouped case-
insensitively and shown in their most common spelling; an organization that appears only
under its acronym joins the full name that acronym stands for elsewhere in the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Release

TOP = 10
Row = Mapping[str, Any]


def light_row(rel: Release) -> dict[str, Any]:
    """The few fields of a release that the corpus summary counts.

    The cache stores this row (index.py); change its shape and bump index.SCHEMA_VERSION,
    or old caches will hand out rows of the old shape.
    """
    quotes: Counter[tuple[str, str]] = Counter()
    for q in rel.quotes:
        if q.speaker:
            quotes[(q.speaker, q.speaker_type)] += 1
    return {
        "id": rel.id,
        "date": rel.date,
        "source": rel.source,
        "speakers": [[name, kind, n] for (name, kind), n in quotes.items()],
        "orgs": [[o.name, o.acronym] for o in rel.organizations if o.name],
        "acronyms": [[a.short, a.long, a.count] for a in rel.acronyms if a.short],
    }


def encode_row(row: Row) -> str:
    """Compact JSON for a cache column."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def decode_row(text: str | bytes) -> dict[str, Any]:
    return json.loads(text)


class _Names:
    """Counts keyed case-insensitively, remembering the most common spelling of each key."""

    __slots__ = ("count", "spelling")

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.spelling: dict[str, Counter[str]] = {}

    def add(self, name: str, n: int = 1) -> str:
        key = name.casefold()
        self.count[key] += n
        sp = self.spelling.get(key)
        if sp is None:
            sp = self.spelling[key] = Counter()
        sp[name] += 1
        return key

    def show(self, key: str) -> str:
        sp = self.spelling.get(key)
        if not sp:
            return key
        return min(sp.items(), key=lambda kv: (-kv[1], kv[0]))[0]


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


def _valid_month(date: str | None) -> str | None:
    if not date or len(date) < 7 or date[4] != "-":
        return None
    month = date[:7]
    if not (month[:4].isdigit() and month[5:7].isdigit() and 1 <= int(month[5:7]) <= 12):
        return None
    return month


def summarize_rows(
    rows: Iterable[Row],
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    top: int = TOP,
) -> dict[str, Any]:
    """The corpus summary of light rows, narrowed to a date range and an issuer.

    `since`/`until` are inclusive ISO bounds compared as strings ("2021-02" works as a
    prefix bound when the caller extends it, see cli.common.date_bound); an undated release
    is outside any date range. `source` keeps releases whose issuer contains it (any case).
    """
    src = source.casefold() if source else None
    n = dated = 0
    first: str | None = None
    last: str | None = None
    months: Counter[str] = Counter()
    issuers = _Names()
    unattributed = 0
    speakers = _Names()
    speaker_kind: dict[str, str] = {}
    speaker_releases: Counter[str] = Counter()
    quotes_total = 0
    orgs = _Names()
    org_acronym: dict[str, Counter[str]] = {}
    acronyms = _Names()
    acronym_uses: Counter[str] = Counter()
    acronym_long: dict[str, Counter[str]] = {}

    for row in rows:
        date = row.get("date")
        if since is not None or until is not None:
            if not date or (since is not None and date < since) or (until is not None and date > until):
                continue
        rsrc = row.get("source")
        if src is not None and not (rsrc and src in rsrc.casefold()):
            continue
        n += 1
        month = _valid_month(date)
        if month:
            dated += 1
            months[month] += 1
            if first is None or date < first:  # type: ignore[operator]
                first = date
            if last is None or date > last:  # type: ignore[operator]
                last = date
        if rsrc:
            issuers.add(rsrc)
        else:
            unattributed += 1
        for name, kind, count in row.get("speakers") or ():
            key = speakers.add(name, count)
            speaker_kind.setdefault(key, kind)
            speaker_releases[key] += 1
            quotes_total += count
        seen: set[str] = set()
        for name, acronym in row.get("orgs") or ():
            key = name.casefold()
            if key in seen:
                continue
            seen.add(key)
            orgs.add(name)
            if acronym:
                org_acronym.setdefault(key, Counter())[acronym] += 1
        seen = set()
        for short, long, count in row.get("acronyms") or ():
            key = short.casefold()
            if key in seen:
                continue
            seen.add(key)
            acronyms.add(short)
            acronym_uses[key] += count or 1
            if long:
                acronym_long.setdefault(key, Counter())[long] += 1

    # an organization known only by its acronym in some releases joins its full name
    full_of: dict[str, str] = {}
    for key, acrs in org_acronym.items():
        for acr in acrs:
            full_of.setdefault(acr.casefold(), key)
    org_counts: Counter[str] = Counter()
    for key, count in orgs.count.items():
        target = full_of.get(key, key) if key not in org_acronym else key
        org_counts[target] += count

    def top_of(counter: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]

    def most(counter: Counter[str] | None) -> str | None:
        if not counter:
            return None
        return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    return {
        "releases": n,
        "dated": dated,
        "undated": n - dated,
        "first_date": first,
        "last_date": last,
        "per_month": [{"month": m, "releases": c} for m, c in sorted(months.items())],
        "issuers": len(issuers.count),
        "unattributed": unattributed,
        "top_issuers": [{"source": issuers.show(k), "releases": c} for k, c in top_of(issuers.count)],
        "speakers": len(speakers.count),
        "quotes": quotes_total,
        "top_speakers": [
            {"name": speakers.show(k), "type": speaker_kind.get(k, "person"), "quotes": c, "releases": speaker_releases[k]}
            for k, c in top_of(speakers.count)
        ],
        "organizations": len(org_counts),
        "top_organizations": [
            {"name": orgs.show(k), "acronym": most(org_acronym.get(k)), "releases": c} for k, c in top_of(org_counts)
        ],
        "acronyms": len(acronyms.count),
        "top_acronyms": [
            {"acronym": acronyms.show(k), "long": most(acronym_long.get(k)), "releases": c, "uses": acronym_uses[k]}
            for k, c in top_of(acronyms.count)
        ],
        "filters": {"since": since, "until": until, "source": source},
    }


def summarize_corpus(releases: Iterable[Release], **kw: Any) -> dict[str, Any]:
    """`summarize_rows` over releases in memory."""
    return summarize_rows((light_row(r) for r in releases), **kw)


def rows_from_index(db: Any) -> Iterable[dict[str, Any]]:
    """Light rows of every release in a cache database (index.py stores one per release as
    JSON in `releases.light`), duplicates left out: no `Release` is rebuilt, nothing unpickled."""
    for (text,) in db.execute("SELECT light FROM releases WHERE dup = 0"):
        if text:
            yield json.loads(text)
