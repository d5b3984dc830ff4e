"""Readers turn decoded text of one format into `Document`s; structure comes later.

A reader knows markup (Markdown syntax, HTML tags, JSON keys), never press-release
conventions: datelines, contacts and "About" sections are `structure`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Document:
    """One release's text as its format presents it."""

    format: str  # "text" | "markdown" | "html" | "json"
    blocks: list[str]  # paragraph-like text blocks in reading order
    title: str | None = None  # a headline the markup marks as such (# Title, <h1>, "title" key)
    subtitle: str | None = None
    date: str | None = None  # ISO date from metadata (front matter, <meta>, JSON key)
    location: str | None = None
    source: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    # Blocks the markup marks as no part of the text: a page's attached documents, each a download
    # link alone in its paragraph (justice.gov's "<p><span class="file"><img class="file-icon" ...>
    # <a type="application/pdf" ...>Wheaton Settlement Agreement</a></span></p>"). Kept as boilerplate.
    attachments: list[str] = field(default_factory=list)
    # True when every block is already stripped with single spaces only (" ".join(b.split())),
    # as this package's readers make them: `structure` then skips its own whitespace pass.
    spaces_normalized: bool = False


def sniff_format(text: str, suffix: str) -> str:
    """Choose a reader by content first, extension second: CMS exports lie about both."""
    head = text.lstrip()[:2000]
    if head.startswith(("{", "[")) and suffix in (".json", ".jsonl", ".ndjson", ""):
        return "json"
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "json"
    # (every HTML test needs a "<": one-character `in` tests cost ~0.1 us, the four substring
    # searches over the head ~12 us, and lower-casing a head with curly quotes ~10 us, on each
    # of the nine files in ten that hold no tag)
    if "<" in head:
        low = head.lower()
        if low.startswith(("<!doctype html", "<html")) or (
            "<html" in low or ("<body" in low) or low.count("<p>") >= 2 or "<div" in low[:500]
        ):
            return "html"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown") or head.startswith(("# ", "---\n", "+++\n")):
        return "markdown"
    return "text"


def read_document(text: str, suffix: str) -> list[Document]:
    fmt = sniff_format(text, suffix.lower())
    if fmt == "json":
        from .jsonfmt import read_json

        return read_json(text)
    if fmt == "html":
        from .html import read_html

        return [read_html(text)]
    if fmt == "markdown":
        from .markdown import read_markdown

        return [read_markdown(text)]
    from .text import read_text

    return [read_text(text)]
