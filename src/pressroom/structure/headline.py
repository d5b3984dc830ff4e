"""Headlines of plain-text releases, which no markup marks.

Senate files open with an all-caps headline; others open straight with the dateline, a
date line or the first sentence. A release with no headline gets no title: the first
body sentence is not a headline (gold convention).
"""

from __future__ import annotations

import re

from .dateline import parse_dateline
from .dates import DATE_LINE_RE

# Prose endings: "...on Tuesday." / "...the bill:" (headlines end bare, or with ? or !)
_PROSE_END = re.compile(r"[.:;,]\s*[\"”’']?\s*$")
_OPENS_QUOTE = re.compile(r"^\s*[\"“‘']")
# "Press Release:", "Media Release:" prefixes some offices put before the headline
_PREFIX = re.compile(r"^\s*(?:Press|Media|News)\s+Release\s*:\s*", re.I)


def looks_like_headline(block: str) -> bool:
    words = block.split()
    if not words or len(words) > 40 or len(block) > 300:
        return False
    if _OPENS_QUOTE.match(block) or DATE_LINE_RE.match(block):
        return False
    if parse_dateline(block) is not None:
        return False
    letters = list(filter(str.isalpha, block))  # (filter/map: the loops run in C)
    if letters and sum(map(str.isupper, letters)) > 0.8 * len(letters):
        return True  # "SEN. DORGAN CITES ROGER MARIS HOMERUN RECORD ..."
    if _PROSE_END.search(block):
        return False
    return True


def clean_headline(block: str) -> str:
    return _PREFIX.sub("", block).strip()
