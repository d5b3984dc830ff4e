"""Extractive summary (issue 7). Placeholder until the summarizer lands: returns nothing."""

from __future__ import annotations

from ..model import Release


def summarize(release: Release) -> str:
    return ""
