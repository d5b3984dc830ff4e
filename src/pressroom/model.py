"""The records every stage passes along.

Plain dataclasses so that the library works without the CLI, pickles cheaply to worker
processes and the cache, and turns into the documented JSON export shape in one place
(`Release.to_record`). Field names follow ../shared/gold/README.md so that the scorer
reads `pressroom export` output directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect"]


@dataclass(slots=True)
class Quote:
    """One statement attributed to someone.

    `speaker` is the canonical full name (person, without title) or an organization's
    name; `paragraph` indexes `Release.paragraphs` so a reader can find the context.
    """

    text: str
    speaker: str | None
    kind: QuoteKind = "direct"
    speaker_title: str | None = None
    speaker_role: str | None = None
    paragraph: int = 0
    speaker_type: Literal["person", "organization"] = "person"


@dataclass(slots=True)
class Person:
    """A named person: the full name as first given, without honorific."""

    name: str
    title: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass(slots=True)
class Organization:
    """A named organization; `aliases` holds the other names of the same body."""

    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    ticker: str | None = None


@dataclass(slots=True)
class Acronym:
    """An acronym used in a release; `long` is None when the release never defines it."""

    short: str
    long: str | None
    defined: bool = True
    count: int = 1


@dataclass(slots=True)
class Release:
    """One press release after reading, structuring and extraction."""

    path: str
    id: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    location: str | None = None
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    subtitle: str | None = None
    format: str = "text"
    raw: str = ""
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    # None until asked for: the cache's cold build skips the summariser (the costliest
    # extractor, and needed only by `summary ID` and `export`); see `summary_text`
    summary: str | None = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_record(self, *, raw: bool = False, boilerplate: bool = False) -> dict[str, Any]:
        """The stable export schema (see README "JSON schema")."""
        rec: dict[str, Any] = {
            "path": self.path,
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "location": self.location,
            "source": self.source,
            "format": self.format,
            "paragraphs": list(self.paragraphs),
            "quotes": [asdict(q) for q in self.quotes],
            "people": [asdict(p) for p in self.people],
            "organizations": [asdict(o) for o in self.organizations],
            # definitions only: an acronym used but never defined has no long form to export
            # (the CLI's `acronyms --undefined` lists those, resolved across the corpus)
            "acronyms": [asdict(a) for a in self.acronyms if a.defined],
            "undefined_acronyms": [{"short": a.short, "count": a.count} for a in self.acronyms if not a.defined],
            "summary": summary_text(self),
        }
        if boilerplate:
            rec["boilerplate"] = list(self.boilerplate)
        if raw:
            rec["raw"] = self.raw
        return rec


def summary_text(rel: Release) -> str:
    """The release's summary, computed now (and kept) when the cache left it out."""
    if rel.summary is None:
        from .extract import summary_of

        rel.summary = summary_of(rel)
    return rel.summary
