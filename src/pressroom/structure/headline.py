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


# ASCII bytes that are no letter, and the lower-case letters: deleted to count letters and capitals
_NOT_LETTER_BYTES = bytes(b for b in range(128) if not chr(b).isalpha())
_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))


def _letter_counts(block: str) -> tuple[int, int]:
    """(letters, capitals among them) of `block`, as str.isalpha/str.isupper count them. An
    ASCII block (most) is counted by deleting bytes, in C (~0.3 us); a list of one-character
    strings per letter cost ~5 us a 300-character block."""
    if block.isascii():
        letters = block.encode("ascii").translate(None, _NOT_LETTER_BYTES)
        return len(letters), len(letters.translate(None, _LOWER_BYTES))
    letters = list(filter(str.isalpha, block))  # (filter/map: the loops run in C)
    return len(letters), sum(map(str.isupper, letters))


def looks_like_headline(block: str) -> bool:
    words = block.split()
    if not words or len(words) > 40 or len(block) > 300:
        return False
    if DATE_LINE_RE.match(block) or parse_dateline(block) is not None:
        return False
    n_letters, n_upper = _letter_counts(block)
    if n_letters >= 12 and n_upper > 0.8 * n_letters:
        # "SEN. DORGAN CITES ROGER MARIS HOMERUN RECORD ...", also when it opens with a quoted
        # name: "'DRU'S LAW' PASSAGE APPEARS PROMISING, SEN. DORGAN SAYS AT FARGO FIELD HEARING"
        return True
    if _OPENS_QUOTE.match(block) and not _WRAPPING_QUOTES.match(block):
        return False
    if _PROSE_END.search(block):
        return False
    return True


# Curly quotes around a whole headline that a Latin-1 misreading left as a lone "â" (their other
# bytes lost): "âProposed Rule Change Would Allow Experienced Pilots to Keep Flyingâ?" (Senate pages)
_MOJIBAKE_QUOTES = re.compile(r"^â(?=[A-Z])(?P<inner>.+?)â\??$")
# ... and the same headline once decode put its marks back: "“Proposed Rule Change Would Allow
# Experienced Pilots to Keep Flying”" (a headline that only opens with a quoted title keeps it:
# "“Annapolis Rock (1948)” – A. Aubrey Bodine")
_WRAPPING_QUOTES = re.compile(r"^“(?=[A-Z])(?P<inner>[^“”]+)”$")


def clean_headline(block: str) -> str:
    text = _PREFIX.sub("", block).strip()
    m = _MOJIBAKE_QUOTES.match(text) or _WRAPPING_QUOTES.match(text) if text[:1] in "â“" else None
    return m.group("inner") if m else text
