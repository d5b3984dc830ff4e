"""Markdown releases (newswire archives): front matter, `# Title`, inline markup.

The Newsworthy archive appends a footer after a `---` rule (source links, Reddit post,
QR-code image) that is not part of the release: it is cut here because it is markup
structure (a rule followed only by links), not prose.
"""

from __future__ import annotations

import html
import re

from . import Document
from .text import split_blocks

# Front matter: YAML "---\ntitle: X\ndate: 2024-01-02\n---\n" (closed by "---" or "..."), or
# TOML "+++\ntitle = \"X\"\ndate = 2024-01-02\n+++\n" (Hugo)
_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:\1|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# One top-level key: "date: 2024-03-12T09:30:00+01:00", "publishDate = 2024-03-12"
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
# The keys CMSs and static-site generators give a headline, a publication date and a place
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "publishdate", "publish_date", "pubdate", "pub_date", "published_at",
              "publishedat", "date_published", "datepublished", "release_date", "releasedate", "created", "created_at")
_PLACE_KEYS = ("location", "dateline", "place", "city")
_SOURCE_KEYS = ("source", "wire")
# ATX heading: "# Coalition Forces meet ..." / "## Subtitle". The first "#" comes first and a
# lookbehind after it checks that it opens its line: a pattern that starts with a literal lets
# the engine skip from "#" to "#" instead of trying every position (same matches as ^#{1,6}).
# (no "^" before it: a leading anchor made the engine try every position again, 2.4x slower
# a body; the lookbehind alone says the "#" opens a line)
_HEADING = re.compile(r"(#(?<![^\n]#)#{0,5})[ \t]+(.+?)[ \t#]*$", re.M)
# Setext heading underline: "Title\n=====" (only === counts: --- is a rule)
_SETEXT = re.compile(r"\A\s*([^\n]+)\n=+[ \t]*\n")
# Horizontal rule line: "---", "***", "___"
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)
# The same after its line's newline: the literal "\n" lets the engine jump from line to line
_NL_RULE = re.compile(r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)
# Two or more line breaks with only blanks between: "\n\n\n", "\n  \n\t\n"
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
# Image: "![Blockchain Registration](https://cdn.newsramp.app/x.webp)"
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# Link: "[Media OutReach Newswire](https://www.media-outreach.com)" -> text
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
# Autolink / reference leftovers: "<https://example.com>"
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
# Emphasis: "**bold**", "__bold__", "*em*", "_em_" (inner text kept)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# (The opening "*" comes first and its left neighbour is checked by a lookbehind after it:
# a pattern that starts with a literal lets the regex engine skip straight to each "*".)
_EM = re.compile(r"\*(?<![\w*]\*)(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# Inline HTML tags sprinkled in wire copy: "<br>", "<span style=...>"
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
# Footer line of the archive: "[Original/Source Press Release](...)", "Pickup - [...]"
# (Leading blanks of its own line only: a \s* that spanned blank lines would find the same
# lines, but retry the whole run of blanks from each of its line starts, quadratic in the run.)
_FOOTER_LINE = re.compile(
    r"^[^\S\n]*(?:\[(?:Original/Source Press Release|Newsramp\.com TLDR|Reddit Post)\]|Pickup\s*-|!\[Blockchain Registration\])",
    re.M,
)
# Script/style blocks pasted into wire copy: "<script>...</script>"
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# Ad-server JavaScript left as a text line: "if (!window.AdButler){(function(){var s = ..."
_CODE_LINE = re.compile(r"^[^\n]*(?:function\s*\(|document\.\w+|window\.\w+)[^\n]*[{};][^\n]*$", re.M)
# A code fence line, left by editors that wrap the copy in one: "```html", "```"
_FENCE = re.compile(r"^[ \t]*```[\w-]*[ \t]*$", re.M)
# Leading bullet / quote markers: "* Lenzing Group at ...", "> quoted"
_BULLET = re.compile(r"^\s*(?:[*+-]|>)\s+", re.M)
# A bullet on a line after the first, for a pre-test that jumps from newline to newline
# (only the blanks of the bullet's own line: the first \s* of a _BULLET match may span blank
# lines, but the newline that ends them is followed by such a line too)
_NL_BULLET = re.compile(r"\n[^\S\n]*(?:[*+-]|>)\s")


def _strip_inline(text: str) -> str:
    """Inline markup out, its text kept. Each substitution runs behind an exact one-character
    pre-test (every match of `_IMAGE` holds "!" and "]", of `_LINK` "]", of `_AUTOLINK` and
    `_TAG` "<"): a regex scan that finds nothing costs ~4 us on a 5,000-character wire body, a
    one-character `in` test ~0.3 us (CPython's search for a needle of 2-4 characters is no
    faster than the scan: ~2 ns a character, so those are tried only behind one character)."""
    if "]" in text:
        if "!" in text:
            text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text and "__" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EM.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = text.replace("\\", "") if "\\" in text else text
    return html.unescape(text)


# Words of which every `_CODE_LINE` match holds one
_CODE_WORDS = ("function", "document.", "window.")


def _drop_code_lines(text: str) -> str:
    """Empty the lines `_CODE_LINE` matches (its matches are whole lines). Tried only on the
    lines that hold a keyword, found by substring search: the pattern's leading [^\\n]*
    backtracks through every line, and one wire body in six says "function" in its prose
    (splitting all its lines to look at them cost ~40 us a body). Every match also holds a
    "{", "}" or ";": three one-character tests (~0.3 us each) spare the word searches (~4 us each)
    in the 7 bodies in 10 that hold none."""
    if not ("{" in text or "}" in text or ";" in text):
        return text
    starts: set[int] = set()
    for word in _CODE_WORDS:
        i = text.find(word)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            starts.add(start)
            end = text.find("\n", i)
            if end < 0:
                break
            i = text.find(word, end)
    if not starts:
        return text
    out: list[str] = []
    last = 0
    for start in sorted(starts):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if _CODE_LINE.match(text[start:end]):
            out.append(text[last:start])
            last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _may_have_rule(text: str) -> bool:
    """Exact pre-test for `_RULE`: skips the line-by-line scan when no rule can exist. (One
    character each: "---" in a body cost ~8 us, more than the scan it spared; see `_strip_inline`.)"""
    return "-" in text or "*" in text or "_" in text


def _rule_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every `_RULE` line, found via `_NL_RULE` after the first line. Rules
    never hold a newline, so the newline each `_NL_RULE` match opens with belongs to no rule."""
    if not _may_have_rule(text):
        return []
    first = _RULE.match(text)
    spans = [first.span()] if first else []
    spans.extend((m.start() + 1, m.end()) for m in _NL_RULE.finditer(text))
    return spans


# Every line where a `_FOOTER_LINE` match may start (a zero-width look, so none hides another)
_FOOTER_START = re.compile(f"(?={_FOOTER_LINE.pattern})", re.M)


def _cut_footer(text: str) -> str:
    """Drop everything after the last rule when what follows is only archive links: cut at the
    last rule that some footer line follows. The last footer line is found once, from the
    first rule on (a search per rule scanned to the text's end each time: 5,000 rules took
    9 s)."""
    spans = _rule_spans(text)
    if not spans:
        return text
    start, end = spans[-1]
    if _FOOTER_LINE.search(text, end):  # (the archive's files: the footer follows the last rule)
        return text[:start]
    last = -1  # no footer line starts after the last rule: the last one before it, if any
    for m in _FOOTER_START.finditer(text, spans[0][1]):
        last = m.start()
    for start, end in reversed(spans[:-1]):
        if end <= last:
            return text[:start]
    return text


def _strip_bullets(text: str) -> str:
    """Drop leading bullet and quote markers. A match at the start or `_NL_BULLET` is an exact
    pre-test (a bullet after the first line follows a newline), far cheaper than `_BULLET`'s
    attempt at every position.

    Runs of blank lines are first collapsed to one (blocks split the same): `_BULLET`'s
    leading \\s* spans lines and would retry a run from each of its line starts (40,000
    blank lines took 6 s). Not done earlier in the reader: a whitespace-only line can still
    become a setext title's line there.
    """
    if _BULLET.match(text) or _NL_BULLET.search(text):
        return _BULLET.sub("", _BLANK_LINES.sub("\n\n", text))
    return text


# A YAML block scalar's indicator: "title: >-" / "title: |" (the value is on the indented lines below)
_BLOCK_SCALAR = re.compile(r"^[>|][+-]?$")


def _front_keys(block: str) -> dict[str, str]:
    """Top-level keys of front matter, values unquoted; a folded or literal block scalar
    ("title: >-" then indented lines) is joined into one line."""
    meta: dict[str, str] = {}
    lines = block.split("\n")
    for n, line in enumerate(lines):
        m = _FRONT_KEY.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if _BLOCK_SCALAR.match(value):
            parts = []
            for follow in lines[n + 1:]:
                if follow[:1] not in (" ", "\t") and follow.strip():
                    break
                parts.append(follow.strip())
            value = " ".join(p for p in parts if p)
        meta.setdefault(key, value.strip("\"'").strip())
    return meta


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _front_dateline(meta: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(ISO date, place, issuer tag) from front matter. Dates are written every way
    ("2024-03-12T09:30:00+01:00", "March 12, 2024", "'12/03/2024'"): the Document holds ISO or
    nothing. A "dateline" value may be a whole dateline ("COLUMBUS, Ohio, March 12, 2024 /PRNewswire/")."""
    from ..structure.dateline import parse_dateline
    from ..structure.dates import parse_date

    raw_date = _first(meta, _DATE_KEYS)
    date = parse_date(raw_date) if raw_date else None
    place, source = _first(meta, _PLACE_KEYS), _first(meta, _SOURCE_KEYS)
    if place:
        dl = parse_dateline(place)
        if dl is not None and dl.place and (dl.date or dl.source):
            place, date, source = dl.place, date or dl.date, source or dl.source
    return date, place, source


def read_markdown(text: str) -> Document:
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        meta = _front_keys(m.group(2))
        text = text[m.end():]
    text = _cut_footer(text)
    if "<" in text:
        text = _SCRIPT.sub("", text)
    text = _drop_code_lines(text)
    if "`" in text and "```" in text:  # (one character first: see `_strip_inline`)
        text = _FENCE.sub("", text)
    title = _first(meta, _TITLE_KEYS)
    subtitle = meta.get("subtitle") or None
    if not title:
        h = _HEADING.search(text)
        if h and not text[: h.start()].strip():
            title = _strip_inline(h.group(2)).strip()
            text = text[h.end():]
        else:
            s = _SETEXT.match(text)
            if s:
                title = _strip_inline(s.group(1)).strip()
                text = text[s.end():]
    # Remaining headings become plain blocks (sub-heads, "About X").
    if "#" in text:
        text = _HEADING.sub(lambda mm: mm.group(2), text)
    text = _strip_bullets(text)
    text = _strip_inline(text)
    date, place, source = _front_dateline(meta)
    return Document(
        format="markdown",
        blocks=split_blocks(text),
        spaces_normalized=True,
        title=title,
        subtitle=subtitle,
        date=date,
        location=place,
        source=source,
        meta=meta,
    )
