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


def enrich(release: Release) -> Release:
    from .quotes import extract_quotes
    from .organizations import extract_organizations
    from .summary import summarize

    paragraphs = release.paragraphs
    if any(len(p) > MAX_PARAGRAPH for p in paragraphs):
        paragraphs = [p[:MAX_PARAGRAPH] for p in paragraphs]
    release.quotes, release.people = extract_quotes(paragraphs, release.title, release.boilerplate)
    release.organizations, release.acronyms = extract_organizations(
        paragraphs, release.title, release.quotes, release.boilerplate
    )
    view = release if paragraphs is release.paragraphs else replace(release, paragraphs=paragraphs)
    release.summary = summarize(view)
    return release
