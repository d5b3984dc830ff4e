"""Extractors: text in, records out. They never read files and never print.

`enrich` runs them in a fixed order on a structured release: quotes first (they name the
people and the organizations that speak), organizations and acronyms next (they use the
speakers), the summary last (it may weigh sentences by who speaks in them).
"""

from __future__ import annotations

from ..model import Release


def enrich(release: Release) -> Release:
    from .quotes import extract_quotes
    from .organizations import extract_organizations
    from .summary import summarize

    release.quotes, release.people = extract_quotes(release.paragraphs, release.title, release.boilerplate)
    release.organizations, release.acronyms = extract_organizations(
        release.paragraphs, release.title, release.quotes, release.boilerplate
    )
    release.summary = summarize(release)
    return release
