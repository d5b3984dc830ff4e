"""Organizations and acronyms (issue 5). Placeholder until the extractor lands: returns nothing."""

from __future__ import annotations

from ..model import Acronym, Organization, Quote


def extract_organizations(
    paragraphs: list[str], title: str | None = None, quotes: list[Quote] | None = None
) -> tuple[list[Organization], list[Acronym]]:
    return [], []
