"""Extractors: text in, records out. They never read files and never print.

`enrich` runs them in a fixed order on a structured release: quotes first (they name the
people and the organizations that speak), organizations and acronyms next (they use the
speakers), the summary last (it may weigh sentences by who speaks in them).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Release

# No real paragraph is this long; a 20 MB one-line file is junk, and extractors that are
# linear but not free (sentence graphs) need not read all of it.
MAX_PARAGRAPH = 50_000


def _capped(paragraphs: list[str]) -> list[str]:
    if any(len(p) > MAX_PARAGRAPH for p in paragraphs):
        return [p[:MAX_PARAGRAPH] for p in paragraphs]
    return paragraphs


def enrich(release: Release, *, summary: bool = True) -> Release:
    """Fill quotes, people, organizations, acronyms and (unless `summary` is False) the summary.

    The cache builds without the summary (`summary` stays None): it costs as much as the
    other extractors together and only `summary ID` and `export` read it, which compute it
    on demand (`summary_of`).
    """
    from .quotes import extract_quotes
    from .organizations import extract_organizations
    from .knownorgs import add_known_orgs

    paragraphs = _capped(release.paragraphs)
    release.quotes, release.people = extract_quotes(paragraphs, release.title, release.boilerplate,
                                                                release.location)
    release.organizations, release.acronyms = extract_organizations(
        paragraphs, release.title, release.quotes, release.boilerplate, persons=release.people
    )
    # well-known organizations named bare, with no cue the rules read ("partners such as
    # Microsoft, Meta, OpenAI and IBM"): a curated gazetteer, see knownorgs.py
    release.organizations = add_known_orgs(
        release.organizations, paragraphs, release.title, release.people, release.acronyms,
        release.boilerplate,
    )
    release.summary = summary_of(release) if summary else None
    return release


def summary_of(release: Release) -> str:
    """The extractive summary of an enriched release (paragraphs capped as in `enrich`)."""
    from .summary import summarize

    paragraphs = _capped(release.paragraphs)
    view = release if paragraphs is release.paragraphs else replace(release, paragraphs=paragraphs)
    return summarize(view)


def fill_summaries(releases: "list[Release]", progress: bool | None = None) -> None:
    """Compute, on all cores, the summaries the cache left out (`summary is None`).

    An export of 100,000 cached releases would otherwise summarise them one after the other
    (about 1 ms each). Workers get only what the summariser reads: headline, subtitle,
    paragraphs, quotes and people.
    """
    from ..parallel import pmap

    todo = [r for r in releases if r.summary is None]
    if not todo:
        return
    items = [Release(path=r.path, id=r.id, title=r.title, subtitle=r.subtitle, paragraphs=r.paragraphs,
                     quotes=r.quotes, people=r.people) for r in todo]
    for rel, text in zip(todo, pmap(summary_of, items, label="summarizing", progress=progress)):
        rel.summary = text
