"""How summaries look: Rich layouts for a terminal, plain lines for a pipe.

The commands (cli/summary.py) hand over the records built by release_summary.py and
corpus_summary.py; nothing here computes anything about releases. Terminal views cap every
list (`ROWS`) and say how many more there are, so no view becomes a wall of text; the plain
views print everything, one item a line, tab-separated where a line has several fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

ROWS = 10  # items per list on a terminal
QUOTE_CHARS = 280  # a key quote longer than this is shortened on a terminal (never in JSON or pipes)
CHART_ROWS = 24  # bars in the releases-over-time chart
SPARKS = "▁▂▃▄▅▆▇█"


# ---------------------------------------------------------------- pure helpers (tested)

def chart_buckets(per_month: Sequence[dict[str, Any]], max_rows: int = CHART_ROWS) -> tuple[str, list[tuple[str, int]]]:
    """(unit, [(label, releases)]) for a bar chart: months when they fit, else years, else decades.

    `per_month` lists the months with releases, in order. Months are shown contiguous
    (empty months as empty bars); when years are needed, a long
    span made by one stray date (1941 in a 2020s corpus) would be a column of empty bars,
    so only years and decades with releases are listed.
    """
    from ..corpus_summary import month_range

    if not per_month:
        return "month", []
    counts = {m["month"]: m["releases"] for m in per_month}
    span = month_range(per_month[0]["month"], per_month[-1]["month"])
    if len(span) <= max_rows:
        return "month", [(m, counts.get(m, 0)) for m in span]
    years: dict[str, int] = {}
    for m in span:
        years[m[:4]] = years.get(m[:4], 0) + counts.get(m, 0)
    spans = list(years.items())
    if len(spans) > max_rows or sum(1 for _, c in spans if c == 0) * 3 > len(spans):
        spans = [(y, c) for y, c in spans if c]  # mostly gaps: list the years that have releases
    if len(spans) <= max_rows:
        return "year", spans
    decades: dict[str, int] = {}
    for y, c in years.items():
        if c:
            key = y[:3] + "0s"
            decades[key] = decades.get(key, 0) + c
    return "decade", list(decades.items())


def sparkline(values: Sequence[int], width: int) -> str:
    """Values squeezed into `width` characters (summing neighbours), scaled to ▁..█."""
    if not values or width <= 0:
        return ""
    if len(values) > width:
        step = len(values) / width
        buckets = [sum(values[int(i * step):int((i + 1) * step)]) for i in range(width)]
    else:
        buckets = list(values)
    top = max(buckets)
    if top <= 0:
        return SPARKS[0] * len(buckets)
    return "".join(" " if v == 0 else SPARKS[min(len(SPARKS) - 1, (v * len(SPARKS) - 1) // top)] for v in buckets)


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """Cut at a word boundary before `limit` and mark the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def quote_text(text: str) -> str:
    """A quote for display: one line, without the comma that led into `said X`."""
    return " ".join(text.split()).rstrip(" ,;:")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _n(value: int) -> str:
    return f"{value:,}"


def _person_label(p: dict[str, Any]) -> str:
    return " ".join(x for x in (p.get("title"), p.get("name")) if x)


# ---------------------------------------------------------------- one release

def plain_release(rec: dict[str, Any], out: TextIO) -> None:
    """One fact a line: `key: value`, then sections of tab-separated items (grep/cut)."""
    out.write((rec.get("title") or "(no headline)") + "\n")
    for key in ("id", "date", "location", "source", "path"):
        if rec.get(key):
            out.write(f"{key}: {rec[key]}\n")
    out.write(f"summary: {rec.get('summary') or ''}\n")
    if rec["people"]:
        out.write("people:\n")
        for p in rec["people"]:
            out.write(f"  {p['name']}\t{p.get('title') or ''}\t{p.get('role') or ''}\t{_count(p['quotes'], 'quote')}\n")
    quotes = [k for k in rec["key_quotes"] if k.get("text")]
    if quotes:
        out.write("key quotes:\n")
        for k in quotes:
            out.write(f"  {k['speaker']}\t{k['kind']}\t{quote_text(k['text'])}\n")
    if rec["organizations"]:
        out.write("organizations:\n")
        for o in rec["organizations"]:
            out.write(f"  {o['name']}\t{o.get('acronym') or ''}\n")
    if rec["acronyms"]:
        out.write("acronyms:\n")
        for a in rec["acronyms"]:
            out.write(f"  {a['short']}\t{a['long']}\n")


def _more(shown: int, total: int, what: str):
    from rich.text import Text

    return Text(f"… and {total - shown} more {what}", style="dim") if total > shown else None


def rich_release(rec: dict[str, Any], width: int):
    """Panel: headline; where/when/who; summary; people; key quotes; organizations; acronyms."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    for label, key in (("Date", "date"), ("Place", "location"), ("Issuer", "source"), ("ID", "id")):
        if rec.get(key):
            meta.add_row(label, Text(str(rec[key])))
    parts.append(meta)
    parts += [Text(""), Text("Summary", style="bold underline"), Text(rec.get("summary") or "(no prose to summarize)")]

    people = rec["people"]
    if people:
        roles = any(p.get("role") for p in people[:ROWS])
        t = Table(title=None, header_style="bold", show_edge=False, pad_edge=False, expand=False)
        t.add_column("Person", style="cyan", no_wrap=False, ratio=2)
        if roles:
            t.add_column("Role", ratio=3, overflow="fold")
        t.add_column("Quotes", justify="right", no_wrap=True)
        for p in people[:ROWS]:
            cells = [Text(_person_label(p))] + ([Text(p.get("role") or "")] if roles else []) + [str(p["quotes"])]
            t.add_row(*cells)
        parts += [Text(""), Text("People", style="bold underline"), t]
        more = _more(min(len(people), ROWS), len(people), "people")
        if more:
            parts.append(more)

    quotes = [k for k in rec["key_quotes"] if k.get("text")]
    if quotes:
        parts += [Text(""), Text("Key quotes", style="bold underline")]
        for k in quotes[:ROWS]:
            line = Text()
            line.append(k["speaker"], style="cyan")
            line.append(": ")
            body = shorten(quote_text(k["text"]))
            line.append(f"“{body}”" if k["kind"] == "direct" else body, style="italic" if k["kind"] == "direct" else "")
            parts.append(line)
        more = _more(min(len(quotes), ROWS), len(quotes), "speakers")
        if more:
            parts.append(more)

    orgs = rec["organizations"]
    if orgs:
        t = Table.grid(padding=(0, 2))
        t.add_column(style="green", ratio=1)
        t.add_column(style="bold", no_wrap=True)
        for o in orgs[:ROWS]:
            t.add_row(Text(o["name"]), Text(o.get("acronym") or ""))
        parts += [Text(""), Text("Organizations", style="bold underline"), t]
        more = _more(min(len(orgs), ROWS), len(orgs), "organizations")
        if more:
            parts.append(more)

    acrs = rec["acronyms"]
    if acrs:
        t = Table.grid(padding=(0, 2))
        t.add_column(style="bold", no_wrap=True)
        t.add_column(ratio=1)
        for a in acrs[:ROWS]:
            t.add_row(Text(a["short"]), Text(a["long"]))
        parts += [Text(""), Text("Acronyms", style="bold underline"), t]
        more = _more(min(len(acrs), ROWS), len(acrs), "acronyms")
        if more:
            parts.append(more)

    title = Text(rec.get("title") or "(no headline)", style="bold")
    return Panel(Group(*parts), title=title, title_align="left", width=min(width, 110))


# ---------------------------------------------------------------- the corpus

def _scope(s: dict[str, Any]) -> str:
    f = s.get("filters") or {}
    bits = []
    if f.get("since"):
        bits.append(f"since {f['since']}")
    if f.get("until"):
        bits.append(f"until {f['until']}")
    if f.get("source"):
        bits.append(f"issuer ~ {f['source']!r}")
    return ", ".join(bits)


def plain_corpus(s: dict[str, Any], out: TextIO) -> None:
    """`key: value` facts, then each list as indented tab-separated lines."""
    out.write(f"releases: {s['releases']}\n")
    scope = _scope(s)
    if scope:
        out.write(f"filters: {scope}\n")
    out.write(f"dated: {s['dated']}\n")
    out.write(f"undated: {s['undated']}\n")
    out.write(f"first date: {s['first_date'] or ''}\n")
    out.write(f"last date: {s['last_date'] or ''}\n")
    out.write(f"issuers: {s['issuers']}\n")
    out.write(f"without issuer: {s['unattributed']}\n")
    out.write(f"speakers: {s['speakers']}\n")
    out.write(f"quotes: {s['quotes']}\n")
    out.write(f"organizations: {s['organizations']}\n")
    out.write(f"acronyms: {s['acronyms']}\n")
    if s["per_month"]:
        out.write("releases per month:\n")
        for m in s["per_month"]:
            out.write(f"  {m['month']}\t{m['releases']}\n")
    sections = (
        ("top issuers", "top_issuers", lambda r: f"{r['source']}\t{r['releases']}"),
        ("top speakers", "top_speakers", lambda r: f"{r['name']}\t{_count(r['quotes'], 'quote')}\t{_count(r['releases'], 'release')}"),
        ("top organizations", "top_organizations", lambda r: f"{r['name']}\t{r['acronym'] or ''}\t{_count(r['releases'], 'release')}"),
        ("top acronyms", "top_acronyms", lambda r: f"{r['acronym']}\t{r['long'] or ''}\t{_count(r['releases'], 'release')}"),
    )
    for title, key, fmt in sections:
        if s[key]:
            out.write(f"{title}:\n")
            for r in s[key]:
                out.write(f"  {fmt(r)}\n")


def _bars(buckets: list[tuple[str, int]], width: int):
    from rich.table import Table
    from rich.text import Text

    top = max((c for _, c in buckets), default=0)
    label_w = max((len(lab) for lab, _ in buckets), default=4)
    count_w = len(_n(top))
    room = max(8, min(60, width - label_w - count_w - 8))
    t = Table.grid(padding=(0, 1))
    t.add_column(no_wrap=True)
    t.add_column(no_wrap=True)
    t.add_column(justify="right", no_wrap=True)
    for label, count in buckets:
        n = 0 if top == 0 else max(1 if count else 0, round(count * room / top))
        t.add_row(Text(label), Text("█" * n, style="magenta"), Text(_n(count)))
    return t


def _top_table(title: str, rows: list[dict[str, Any]], cols: list[tuple[str, str, str]]):
    from rich.table import Table
    from rich.text import Text

    t = Table(title=title, title_style="bold", title_justify="left", header_style="bold dim",
              show_edge=False, pad_edge=False, expand=True)
    for header, _, justify in cols:
        t.add_column(header, justify=justify, overflow="ellipsis" if justify == "left" else "fold",
                     no_wrap=justify != "left", ratio=1 if justify == "left" else None)
    for r in rows[:ROWS]:
        t.add_row(*[Text("" if r.get(k) is None else (_n(r[k]) if isinstance(r[k], int) else str(r[k])))
                    for _, k, _ in cols])
    return t


def rich_corpus(s: dict[str, Any], width: int):
    """Header facts, a bar chart of releases over time (plus a monthly sparkline), top lists."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    if s["first_date"]:
        dates = f"{s['first_date']} → {s['last_date']}  ({_n(s['dated'])} dated"
        dates += f", {_n(s['undated'])} undated)" if s["undated"] else ")"
    else:
        dates = "no dated releases"
    head.add_row("Dates", Text(dates))
    issuers = f"{_n(s['issuers'])}"
    if s["unattributed"]:
        issuers += f"  ({_n(s['unattributed'])} releases without an issuer tag)"
    head.add_row("Issuers", Text(issuers))
    head.add_row("Speakers", Text(f"{_n(s['speakers'])}  ({_n(s['quotes'])} quotes)"))
    head.add_row("Organizations", Text(_n(s["organizations"])))
    head.add_row("Acronyms", Text(_n(s["acronyms"])))
    scope = _scope(s)
    if scope:
        head.add_row("Filters", Text(scope))
    title = Text(f"Corpus: {_n(s['releases'])} release{'s' if s['releases'] != 1 else ''}", style="bold")
    parts: list[Any] = [Panel(head, title=title, title_align="left", width=min(width, 100))]

    unit, buckets = chart_buckets(s["per_month"])
    if buckets:
        parts += [Text(""), Text(f"Releases per {unit}", style="bold"), _bars(buckets, min(width, 100))]
        if unit != "month":
            from ..corpus_summary import month_range

            counts = {m["month"]: m["releases"] for m in s["per_month"]}
            months = [counts.get(m, 0) for m in month_range(s["per_month"][0]["month"], s["per_month"][-1]["month"])]
            span = f"  {s['per_month'][0]['month']} … {s['per_month'][-1]['month']}"
            spark = sparkline(months, max(10, min(width, 100) - len("Monthly ") - len(span) - 1))
            line = Text("Monthly ", style="bold")
            line.append(spark, style="magenta")
            line.append(span, style="dim")
            parts.append(line)

    tables = []
    if s["top_issuers"]:
        tables.append(_top_table("Top issuers", s["top_issuers"], [("Issuer", "source", "left"), ("Releases", "releases", "right")]))
    if s["top_speakers"]:
        tables.append(_top_table("Top speakers", s["top_speakers"],
                                 [("Speaker", "name", "left"), ("Quotes", "quotes", "right"), ("Releases", "releases", "right")]))
    if s["top_organizations"]:
        tables.append(_top_table("Top organizations", s["top_organizations"],
                                 [("Organization", "name", "left"), ("Acr.", "acronym", "right"), ("Releases", "releases", "right")]))
    if s["top_acronyms"]:
        tables.append(_top_table("Top acronyms", s["top_acronyms"],
                                 [("Acronym", "acronym", "right"), ("Stands for", "long", "left"), ("Releases", "releases", "right")]))
    if tables:
        parts.append(Text(""))
        if width >= 100:
            grid = Table.grid(padding=(1, 4), expand=True)
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            for i in range(0, len(tables), 2):
                grid.add_row(*tables[i:i + 2], *([] if i + 1 < len(tables) else [Text("")]))
            parts.append(grid)
        else:
            for t in tables:
                parts += [t, Text("")]
    return Group(*parts)


def stats_rows(s: dict[str, Any]) -> list[dict[str, Any]]:
    """The corpus in numbers, one metric a row (`pressroom stats`)."""
    busiest = max(s["per_month"], key=lambda m: (m["releases"], m["month"]), default=None)
    top_issuer = s["top_issuers"][0]["source"] if s["top_issuers"] else None
    rows = [
        ("releases", s["releases"]),
        ("dated", s["dated"]),
        ("undated", s["undated"]),
        ("first_date", s["first_date"]),
        ("last_date", s["last_date"]),
        ("months", len(s["per_month"])),
        ("busiest_month", busiest["month"] if busiest else None),
        ("issuers", s["issuers"]),
        ("top_issuer", top_issuer),
        ("without_issuer", s["unattributed"]),
        ("speakers", s["speakers"]),
        ("quotes", s["quotes"]),
        ("organizations", s["organizations"]),
        ("acronyms", s["acronyms"]),
    ]
    return [{"metric": k, "value": v} for k, v in rows]
