"""What a whole corpus holds: how many releases, from when, from whom, who speaks, which bodies.

Why rows and not releases: a corpus summary over 100,000 cached releases must take well
under two seconds, and rebuilding 100,000 `Release` objects (quotes, people, boilerplate)
alone takes longer. So the summary is computed from *light rows*: one small list per
release (`light_row`) holding just what is counted. The cache stores each row as JSON
(`encode_row`, index.py) and `rows_from_index` feeds them straight to `summarize_rows`; a
corpus in memory uses `summarize_corpus`, which makes the rows on the fly.

A light row is `[date, source, speakers, orgs, acronyms]` with flat lists, because a flat
list parses and counts two to three times faster than nested dicts at this scale:

    ["2021-02-17", "GOV.KRD",
     ["Wayne Marotto", "person", 3, ...],                      # speaker, type, quotes
     ["Joint Coalition Coordination Center", "JCCC", ...],     # organization, acronym or null
     ["JCCC", "Joint Coalition Coordination Center", 2, ...]]  # acronym, long form or null, uses

Counting rules: issuers, organizations and acronyms count *releases* (a body named forty
times in one release is one release); speakers count *quotes*. Names are grouped case-
insensitively and shown in their most common spelling; an organization that appears only
under its acronym joins the full name that acronym stands for elsewhere in the corpus.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from .model import Release

TOP = 10
Row = Sequence[Any]  # [date, source, speakers, orgs, acronyms], see the module docstring
DATE, SOURCE, SPEAKERS, ORGS, ACRONYMS = range(5)


def light_row(rel: Release) -> list[Any]:
    """The few fields of a release that the corpus summary counts.

    The cache stores this row (index.py); change its shape and bump index.SCHEMA_VERSION,
    or old caches will hand out rows of the old shape.
    """
    quotes: Counter[tuple[str, str]] = Counter()
    for q in rel.quotes:
        if q.speaker:
            quotes[(q.speaker, q.speaker_type)] += 1
    speakers: list[Any] = []
    for (name, kind), n in quotes.items():
        speakers += (name, kind, n)
    orgs: list[Any] = []
    for o in rel.organizations:
        if o.name:
            orgs += (o.name, o.acronym)
    acronyms: list[Any] = []
    for a in rel.acronyms:
        if a.short:
            acronyms += (a.short, a.long, a.count)
    return [rel.date, rel.source, speakers, orgs, acronyms]


def encode_row(row: Row) -> str:
    """Compact JSON for a cache column."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def decode_row(text: str | bytes) -> list[Any]:
    return json.loads(text)


class _Names:
    """Counts keyed case-insensitively, showing each key in its most common spelling.

    Built once from counts of the raw strings: folding case per distinct name instead of
    per occurrence is what keeps 100,000 releases' worth of names quick.
    """

    __slots__ = ("count", "spelling")

    def __init__(self, raw: Counter[str] | dict[str, int]) -> None:
        self.count: Counter[str] = Counter()
        self.spelling: dict[str, dict[str, int]] = {}
        for name, n in raw.items():
            key = name.casefold()
            self.count[key] += n
            self.spelling.setdefault(key, {})[name] = n

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
    sources: list[str] = []
    speaker_quotes: dict[str, int] = {}
    speaker_releases: list[str] = []
    speaker_kind: dict[str, str] = {}
    org_names: list[str] = []
    org_acronyms: list[tuple[str, Any]] = []
    acr_names: list[str] = []
    acr_uses: dict[str, int] = {}
    acr_pairs: list[tuple[str, Any]] = []

    for row in rows:
        date, rsrc, speakers, orgs, acronyms = row
        if since is not None or until is not None:
            if not date or (since is not None and date < since) or (until is not None and date > until):
                continue
        if src is not None and not (rsrc and src in rsrc.casefold()):
            continue
        n += 1
        if date:
            month = _valid_month(date)
            if month:
                dated += 1
                months[month] += 1
                if first is None or date < first:
                    first = date
                if last is None or date > last:
                    last = date
        if rsrc:
            sources.append(rsrc)
        if speakers:
            names = speakers[0::3]
            for name, kind, count in zip(names, speakers[1::3], speakers[2::3]):
                speaker_quotes[name] = speaker_quotes.get(name, 0) + count
                speaker_kind.setdefault(name, kind)
            speaker_releases.extend(set(names))
        if orgs:
            names = orgs[0::2]
            org_names.extend(set(names))
            org_acronyms.extend(zip(names, orgs[1::2]))
        if acronyms:
            shorts = acronyms[0::3]
            acr_names.extend(set(shorts))
            acr_pairs.extend(zip(shorts, acronyms[1::3]))
            for short, count in zip(shorts, acronyms[2::3]):
                acr_uses[short] = acr_uses.get(short, 0) + (count or 1)

    issuers = _Names(Counter(sources))
    speakers_ = _Names(speaker_quotes)
    speaker_rel: Counter[str] = Counter()
    for name, c in Counter(speaker_releases).items():
        speaker_rel[name.casefold()] += c
    orgs_ = _Names(Counter(org_names))
    org_acronym: dict[str, Counter[str]] = {}
    for (name, acr), c in Counter(org_acronyms).items():
        if acr:
            org_acronym.setdefault(name.casefold(), Counter())[acr] += c
    acronyms_ = _Names(Counter(acr_names))
    acronym_uses: Counter[str] = Counter()
    for short, c in acr_uses.items():
        acronym_uses[short.casefold()] += c
    acronym_long: dict[str, Counter[str]] = {}
    for (short, long), c in Counter(acr_pairs).items():
        if long:
            acronym_long.setdefault(short.casefold(), Counter())[long] += c
    kind_of = {name.casefold(): kind for name, kind in speaker_kind.items()}

    # an organization known only by its acronym in some releases joins its full name
    full_of: dict[str, str] = {}
    for key, acrs in org_acronym.items():
        for acr in acrs:
            full_of.setdefault(acr.casefold(), key)
    org_counts: Counter[str] = Counter()
    for key, count in orgs_.count.items():
        target = full_of.get(key, key) if key not in org_acronym else key
        org_counts[target] += count

    def top_of(counter: Counter[str]) -> list[tuple[str, int]]:
        return heapq.nsmallest(top, counter.items(), key=lambda kv: (-kv[1], kv[0]))

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
        "unattributed": n - len(sources),
        "top_issuers": [{"source": issuers.show(k), "releases": c} for k, c in top_of(issuers.count)],
        "speakers": len(speakers_.count),
        "quotes": sum(speaker_quotes.values()),
        "top_speakers": [
            {"name": speakers_.show(k), "type": kind_of.get(k, "person"), "quotes": c, "releases": speaker_rel[k]}
            for k, c in top_of(speakers_.count)
        ],
        "organizations": len(org_counts),
        "top_organizations": [
            {"name": orgs_.show(k), "acronym": most(org_acronym.get(k)), "releases": c} for k, c in top_of(org_counts)
        ],
        "acronyms": len(acronyms_.count),
        "top_acronyms": [
            {"acronym": acronyms_.show(k), "long": most(acronym_long.get(k)), "releases": c, "uses": acronym_uses[k]}
            for k, c in top_of(acronyms_.count)
        ],
        "filters": {"since": since, "until": until, "source": source},
    }


def summarize_corpus(releases: Iterable[Release], **kw: Any) -> dict[str, Any]:
    """`summarize_rows` over releases in memory."""
    return summarize_rows((light_row(r) for r in releases), **kw)


def rows_from_index(db: Any) -> Iterable[list[Any]]:
    """Light rows of every release in a cache database (index.py stores one per release as
    JSON in `releases.light`), duplicates left out: no `Release` is rebuilt, nothing unpickled."""
    for (text,) in db.execute("SELECT light FROM releases WHERE dup = 0"):
        if text:
            yield json.loads(text)
