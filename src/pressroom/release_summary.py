"""The overview of one release as data: what `pressroom summary ID` prints and `--json` gives.

Kept out of the CLI so the library has the same view (and tests can snapshot it) without
Typer or Rich: the headline and where/when/who issued it, the extractive summary, the
people with how often each is quoted, each speaker's key quote, the organizations with
their acronyms, and the acronyms the release defines.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .model import Release


def release_overview(rel: Release) -> dict[str, Any]:
    """A JSON-ready dict; lists keep the release's order (first mention first)."""
    from .extract.summary import key_quotes
    from .model import summary_text

    counts: Counter[str] = Counter(q.speaker for q in rel.quotes if q.speaker)
    people = [
        {"name": p.name, "title": p.title, "role": p.role, "quotes": counts.get(p.name, 0)}
        for p in rel.people
    ]
    keys = key_quotes(rel)
    key_list = [
        {
            "speaker": speaker,
            "type": q.speaker_type,
            "quotes": counts.get(speaker, 0),
            "kind": q.kind,
            "text": q.text,
            "paragraph": q.paragraph,
        }
        for speaker, q in keys.items()
    ]
    return {
        "id": rel.id,
        "path": rel.path,
        "title": rel.title,
        "date": rel.date,
        "location": rel.location,
        "source": rel.source,
        "summary": summary_text(rel),
        "people": people,
        "key_quotes": key_list,
        "organizations": [{"name": o.name, "acronym": o.acronym, "aliases": list(o.aliases)} for o in rel.organizations],
        "acronyms": [{"short": a.short, "long": a.long} for a in rel.acronyms if a.defined and a.long],
        "counts": {
            "paragraphs": len(rel.paragraphs),
            "quotes": len(rel.quotes),
            "people": len(rel.people),
            "organizations": len(rel.organizations),
            "acronyms": len(rel.acronyms),
        },
    }
