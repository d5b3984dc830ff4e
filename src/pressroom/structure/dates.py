"""Dates as releases write them, to ISO `YYYY-MM-DD`.

Only full dates count (day, month and year): "12th December" alone says too little.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# "February 17, 2021", "Feb. 17, 2021", "Mar 14, 2024", "March 27th 2019", "AUGUST 1, 2006"
_MDY = rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b"
# "29 March 2021", "4 August 2026", "12th December, 2024"
_DMY = rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b"
# "2021-02-17", "2021/02/17"
_ISO = r"\b(?P<y3>(?:19|20)\d\d)[-/](?P<m3>\d{1,2})[-/](?P<d3>\d{1,2})(?!\d)"
# "02/17/2021", "2/17/21" (US order, as US issuers write)
_US = r"\b(?P<m4>\d{1,2})/(?P<d4>\d{1,2})/(?P<y4>(?:19|20)?\d\d)\b"
DATE_RE = re.compile(rf"(?:{_MDY}|{_DMY}|{_ISO}|{_US})", re.I)
# A block that is only a date, maybe with a weekday: "Tuesday, June 6, 2006"
DATE_LINE_RE = re.compile(rf"^\s*(?:{WEEKDAY},?\s+)?(?:{_MDY}|{_DMY}|{_ISO}|{_US})\s*$", re.I)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def match_to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("m1"):
        return _iso(int(g["y1"]), _month(g["m1"]), int(g["d1"]))
    if g.get("m2"):
        return _iso(int(g["y2"]), _month(g["m2"]), int(g["d2"]))
    if g.get("y3"):
        return _iso(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g.get("y4"):
        y = int(g["y4"])
        y = y + 2000 if y < 100 else y
        return _iso(y, int(g["m4"]), int(g["d4"]))
    return None


def _month(name: str) -> int:
    key = name.casefold().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def may_hold_date(text: str) -> bool:
    """Exact pre-test for `DATE_RE`: every full date holds a 19xx/20xx year or, in US order,
    slashes ("2/17/21"). Most ledes hold neither, and DATE_RE, which has no literal to skip
    to, costs ~45 us on a 600-character lede against well under 1 us for these tests."""
    # (each year's digit alone first: one-character tests are ~10x faster than two-character ones)
    return "/" in text or "1" in text and "19" in text or "2" in text and "20" in text


# What every DATE_RE match holds: a year after whitespace ("March 5, 2024", "5 March 2024"), a
# year before a dash or slash ("2024-03-05") or a digit, a slash and a digit ("3/5/24"). The
# pattern opens with a digit class, so the engine skips to digits in C.
_DATE_ANCHOR = re.compile(r"\d(?:/\d|\d\d\d(?<=(?:19|20)\d\d)(?:(?<=\s\d\d\d\d)|[-/]))")
# The longest run a date may have before its anchor, when whitespace runs are single spaces:
# "September. 30th, " (17 characters; the US and ISO forms have 1 and 0)
_BEFORE_ANCHOR = 20
# Whitespace other than a single space: there, "\s+" inside a date may run longer
_UNEVEN_SPACE = re.compile(r"[^\S ]")


def _scan_start(text: str) -> int | None:
    """Where DATE_RE's scan of `text` may start without passing a date (most texts are prose
    up to their first year: DATE_RE, which has no literal to skip to, tries every position),
    or None when `text` holds no date at all. Exact: no date starts before its anchor minus
    `_BEFORE_ANCHOR` characters when spaces are single."""
    if not may_hold_date(text):
        return None
    a = _DATE_ANCHOR.search(text)
    if a is None:
        return None
    if "  " in text or _UNEVEN_SPACE.search(text):
        return 0
    return max(0, a.start() - _BEFORE_ANCHOR)


def parse_date(text: str) -> str | None:
    """The first full date in `text`, as ISO, or None."""
    start = _scan_start(text)
    if start is None:
        return None
    for m in DATE_RE.finditer(text, start):
        iso = match_to_iso(m)
        if iso:
            return iso
    return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """First full date with its span, for callers that cut the date out."""
    start = _scan_start(text)
    if start is None:
        return None
    for m in DATE_RE.finditer(text, start):
        iso = match_to_iso(m)
        if iso:
            return iso, m.start(), m.end()
    return None
