"""Quotes and people (issue 4). Placeholder until the extractor lands: returns nothing."""

from __future__ import annotations

from ..model import Person, Quote


def extract_quotes(paragraphs: list[str], title: str | None = None) -> tuple[list[Quote], list[Person]]:
    return [], []
