"""Datelines: the place, issuer tag and date that open a release's first paragraph.

Shapes seen in real releases (all in ../shared/corpus):

    Erbil, Kurdistan Region, Iraq (GOV.KRD) – A military delegation ...
    WASHINGTON, D.C. - / Washington, D.C. -- Today ...
    LOS ANGELES, CA, March 09, 2024 /24-7PressRelease/ -- ...
    WASHINGTON (Aug. 1, 2006) – ...
    Brussels, 29 March 2021 – ...
    New York, NY (Newsworthy.ai) Thursday Mar 14, 2024 @ 11:00 AM Eastern — ...
    LOS ANGELES, CA — March 03, 2026 — (NOTICIAS NEWSWIRE) — ...
    RANCHO CARDOVA, CA - (NewMediaWire) - August 29, 2024 - ...
    MONTREAL, QC / PR Karma / September 4, 2024 13:45
    HA LONG, VIETNAM - Media OutReach Newswire - 4 August 2026 - ...
    (NewsUSA) - Agentic artificial intelligence ...

Rather than one regex per wire, the parser reads a place, then a run of dateline
elements (dates, parenthesised or slashed tags, weekday and time, short wire names
between dashes), and stops at the first thing that is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE_RE, WEEKDAY, match_to_iso

# Month and weekday names and their abbreviations, whole words only: "Aug.", "August", "Sept",
# "Thurs." are not places, but "Augusta", "Montgomery", "Decatur", "Sunnyvale", "Marietta",
# "Juneau" and "Novato" are (a bare "Mon"/"Aug" prefix took all of them for dates)
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
_DAY_WORD = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?(?![a-z])\.?"
# One word of a place name: "Erbil", "D.C.", "N.Y.", "Sask.", "O'FALLON", "Winston-Salem", "St.",
# two cities of a joint release: "BERLIN/PARIS"; a double hyphen is a separator, never inside a
# word ("WASHINGTON--U.S. Sen. James M. Inhofe")
_PLACE_WORD = rf"(?!(?:{_MONTH_WORD}|{_DAY_WORD}|Today|Yesterday|The|This|A|An|Sen|Senator|Rep|U\.S\.\s+Senator)\b)(?:[A-Z](?:[\w'’.&]|-(?!-))*(?:/[A-Z](?:[\w'’.&]|-(?!-))*)*|[A-Z]\.(?:[A-Z]\.)+)"
# (and "and" between the places of a joint release: "WILMINGTON, Del. and SEOUL, Korea, March 20, 2026 –")
_PLACE_LINK = r"(?:de|la|del|di|da|do|of|upon|on|am|im|sur|en|el|los|las|and)"
# "Erbil, Kurdistan Region, Iraq" / "LOS ANGELES, CA" / "WASHINGTON"
PLACE_RE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:(?:,\s*|\s+)(?:{_PLACE_LINK}\s+)?{_PLACE_WORD}){{0,7}})"
)
# Separators between dateline elements: " - ", "--", " – ", " — ", ", ", " | ", ": " after a date
# ("NEW DELHI, May 14, 2025: The Ministry")
_DASH = re.compile(r"\s*(?:-{1,3}|–|—|\||:(?=\s)|(?<=\s)â(?=\s))\s*")
_COMMA = re.compile(r"\s*,\s*")
# "(GOV.KRD)", "(Newsworthy.ai)", "(Aug. 1, 2006)", "(NOTICIAS NEWSWIRE)"
_PAREN = re.compile(r"\(\s*([^()\n]{2,60}?)\s*\)")
# "/24-7PressRelease/", "/ PR Karma /", "/ https://www.accutemp.pro/ /"
_SLASH = re.compile(r"/\s*((?:https?://\S+?)|[^/\n]{2,50}?)\s*/")
# A day without a year, which dates nothing but belongs to the dateline: "LONDON, May 14 (Reuters) -",
# "California, 12th December – As one of ..." (Evertise)
_MONTH_DAY = re.compile(
    rf"(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})(?=\s*(?:\(|-{{1,3}}\s|–|—))"
)
# "Thursday ", "Monday, "
_WEEKDAY_RE = re.compile(rf"{WEEKDAY},?\s+", re.I)
# "@ 11:00 AM Eastern", "13:45", "at 9:00 a.m. ET"
_TIME = re.compile(r"(?:@|at)?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z][a-z]+/[A-Za-z_]+|Eastern|Pacific|Central|Mountain|[ECMP][SD]?T|GMT|UTC|ET|PT|CET|EST|EDT|PST|PDT|HKT|SGT))?")
# A wire name between dashes: "Media OutReach Newswire", "PRISM MediaWire"
_WIRE = re.compile(r"([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})(?=\s*(?:\(|-{1,3}\s|–|—))")
# A wire's name says so: "Media OutReach Newswire", "PRISM MediaWire", "PR Karma"
_WIRE_WORD = re.compile(r"(?i)wire|news|press|media|pr\b|release")
# What follows a place in a dateline: "Erbil, ...", "WASHINGTON (Aug. 1, 2006)", "MONTREAL, QC / PR Karma"
_AFTER_PLACE = re.compile(r"\s*(?:,|\(|/|-|–|—|\||â\s)")
# A dash after the place: "WASHINGTON - ", "Washington, D.C. -- ", and the lone "â" a dash became in
# Senate pages whose UTF-8 was read as Latin-1 and lost its other bytes ("WASHINGTON, DC â The")
_DASH_AFTER_PLACE = re.compile(r"\s*(?:-{1,3}|–|—|â(?=\s))")
# Letters of a headline's continuation: "SURPASSED EXPECTATIONS - RX PLAN SAVING SENIORS ..."
_CAPS_RUN = re.compile(r"[A-Z][A-Z'’.,&$0-9-]*(?:\s+[A-Z0-9][A-Z'’.,&$0-9-]*){2}")
# Party tags and other parentheses that are not issuers: "(D-Del.)", "(R-KS)"
_PARTY = re.compile(r"^[DRI]\s*[-–,]\s*\w")
# Stock tickers in parentheses: "(NASDAQ:TNXP)", "(CSE: LOAN)", "(Nasdaq: AMPG, AMPGR)"
_TICKER = re.compile(r"^[A-Za-z .]{2,20}:\s*[A-Z0-9.]{1,6}\b")
# A place in parentheses opening the release, ending with a state or "D.C.": "(Washington D.C.) --",
# "(WASHINGTON, D.C.)-", "(Helena, MT) -", "(Springfield, Ill.) -" (not issuer tags: "(NewsUSA) -")
_PAREN_PLACE = re.compile(r"^[A-Z][\w.'’ -]*?(?:,\s*|\s+)(?:D\.C\.|[A-Z]{2}|[A-Z][a-z]{1,4}\.)$")
# Honorifics: a "place" starting with them is a person ("Sen. Tom Carper (D-Del.)")
# ("Sens. Carl Levin, D- Mich., and Debbie Stabenow, D- Mich., announced")
_PERSONISH = re.compile(r"^(?:Sens?|Reps?|Dr|Mr|Mrs|Ms|Gov|Gen|Col|Lt|Prof|President|Senators?|Representatives?)\b\.?")


@dataclass(slots=True)
class Dateline:
    place: str | None
    source: str | None
    date: str | None
    end: int  # where the body text starts in the block
    day: bool = False  # a day without a year was read ("California, 12th December –")


def _date_at(text: str, pos: int) -> tuple[str | None, int] | None:
    m = DATE_RE.match(text, pos)
    if not m:
        return None
    return match_to_iso(m), m.end()


def _elements(text: str, pos: int, out: Dateline, *, saw_sep: bool) -> int | None:
    """Consume dateline elements from `pos`; return the body start or None if not a dateline."""
    n = len(text)
    consumed = False
    for _ in range(12):
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos >= n:
            break
        m = _DASH.match(text, pos)
        if m and m.end() > pos and (text[pos] != "-" or text[m.end() - 1].isspace() or text[pos:pos + 2] == "--"):
            pos, saw_sep = m.end(), True
            continue
        m = _COMMA.match(text, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        w = _WEEKDAY_RE.match(text, pos)
        d = _date_at(text, w.end() if w else pos)
        if d:
            out.date = out.date or d[0]
            pos, consumed = d[1], True
            t = _TIME.match(text, pos)
            if t and t.end() > pos and t.group().strip():
                pos = t.end()
            continue
        md = None if out.date else _MONTH_DAY.match(text, pos)
        if md:
            pos, consumed, out.day = md.end(), True, True
            continue
        m = _PAREN.match(text, pos)
        if m:
            inner = m.group(1)
            dd = DATE_RE.search(inner)
            if dd:
                out.date = out.date or match_to_iso(dd)
            elif _PARTY.match(inner) or _TICKER.search(inner):
                return None
            else:
                # an issuer tag is followed by a dash or a date, never by prose:
                # "(GOV.KRD) – A military..." but not "Acme (the Company) announced"
                after = text[m.end():].lstrip()
                if not (after[:1] in ("-", "–", "—", "/", "(", "|", "") or DATE_RE.match(after) or _WEEKDAY_RE.match(after)):
                    return None
                out.source = out.source or inner.strip()
            pos, consumed = m.end(), True
            continue
        m = _SLASH.match(text, pos)
        if m:
            inner = m.group(1).strip()
            if "://" not in inner and not inner.startswith("www."):
                out.source = out.source or inner
            pos, consumed = m.end(), True
            continue
        if consumed and text[pos] == "/" and (pos + 1 == n or text[pos + 1].isspace()):
            pos += 1  # the closing slash of "/ https://site.example/ /"
            continue
        t = _TIME.match(text, pos)
        if consumed and t and t.group().strip() and t.end() > pos:
            pos = t.end()
            continue
        if saw_sep and (consumed or out.place):
            w2 = _WIRE.match(text, pos)
            if w2 and not out.source and _WIRE_WORD.search(w2.group(1)):
                out.source = w2.group(1).strip()
                pos, consumed = w2.end(), True
                continue
        break
    if not (consumed or saw_sep):
        return None
    return pos


# A scrape that lost the dash: "WASHINGTON Former Woonsocket, R.I., Police Officer ..."
# (also before an initial, "WASHINGTON R. Allen Stanford, the former ...", or a dash glued to the
# next word, "WASHINGTON -The Justice Department ...")
_BARE_CAPS_PLACE = re.compile(
    r"(?P<place>[A-Z]{4,}(?:\s[A-Z]{2,})?(?:,\s(?:D\.C\.|[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)?))?)"
    r"(?:\s+-\s*|\s+)(?=[A-Z][a-z]|[AI]\s|[A-Z]\.\s)"
)
# The place glued to the first word when the scrape dropped the dash and its spaces:
# "WASHINGTONThree men were sentenced ..." (the capital that opens the word is not the place's)
_GLUED_CAPS_PLACE = re.compile(r"(?P<place>[A-Z]{5,})(?=[A-Z][a-z]{2,}\s)")
# A paragraph's end: a short centred subtitle ("COPS Office Releases 40 Recommendations ...") has none
_PROSE_END = re.compile(r"[.!?:][\"”’')]*\s*$")


# A US place and state with a lost or glued separator, trusted only right after a date line:
# "WASHINGTON, DC U.S. Senator ...", "WASHINGTON, DC-U.S. Senator ...", "WASHINGTON, DCToday, ...",
# "Washington, DC The House ...", "WASHINGTON, D.C. Senator James M. Inhofe ..."
_LOOSE_PLACE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’]*(?:\s[A-Z][A-Za-z.'’]*){0,2},\s?(?:D\.\s?C\.|DC|[A-Z]{2}(?![A-Za-z])|[A-Z][a-z]{1,4}\.))"
    r"(?:\s*(?:-{1,3}|–|—|â)\s*|\s+(?=[A-Z\"“])|(?=[A-Z][a-z]))"
)


def parse_loose_place(block: str) -> Dateline | None:
    """The place opening the first paragraph after a date line, when the scrape lost the dash
    (Senate pages: "June 12, 2007" / "WASHINGTON, DC U.S. Senator James Inhofe (R-Okla.) ...")."""
    if _PERSONISH.match(block):
        return None
    m = _LOOSE_PLACE.match(block)
    if m:
        return Dateline(place=m.group("place"), source=None, date=None, end=m.end())
    # or a line that is only a place, under the date: "March 22, 2024" / "Ottawa, Ontario" (Canada's PMO)
    m = PLACE_RE.fullmatch(block.strip())
    if m and len(block) <= 60 and ("," in block or block.isupper()):
        return Dateline(place=m.group("place"), source=None, date=None, end=len(block))
    return None


def parse_bare_caps_dateline(block: str) -> Dateline | None:
    """Only for page scrapes (DOJ) whose dashes were stripped: an all-caps place, then prose."""
    if len(block) < 200 and not _PROSE_END.search(block, max(0, len(block) - 8)):
        return None
    m = _BARE_CAPS_PLACE.match(block) or _GLUED_CAPS_PLACE.match(block)
    if not m:
        return None
    return Dateline(place=m.group("place"), source=None, date=None, end=m.end())


def parse_dateline(block: str) -> Dateline | None:
    """Parse a dateline at the start of `block`, or None when the block opens with prose."""
    text = block.lstrip()
    off = len(block) - len(text)
    out = Dateline(place=None, source=None, date=None, end=0)
    if text.startswith("("):
        # "(NewsUSA) - Agentic ..." : an issuer tag with no place
        m = _PAREN.match(text)
        if not m or _PARTY.match(m.group(1)):
            return None
        end = _elements(text, 0, out, saw_sep=False)
        if end is None or not (out.source or out.date):
            return None
        if out.source and _PAREN_PLACE.match(out.source):
            out.place, out.source = out.source, None
        out.end = off + end
        return out if _DASH.match(text, m.end()) or out.date else None
    m = PLACE_RE.match(text)
    if not m or _PERSONISH.match(text):
        return None
    place = m.group("place").rstrip(",")
    pos = m.end()
    if place.endswith("-"):
        # a place word may hold hyphens ("Winston-Salem") but never ends with one: the dashes
        # are the separator, as in "PERTH, Australia--(BUSINESS WIRE)--Jan. 20, 2025--"
        place = place.rstrip("-")
        pos = m.start("place") + len(place)
    if len(place) > 60:
        return None
    out.place = place
    rest = text[pos:pos + 3]
    if not rest or not _AFTER_PLACE.match(rest):
        return None
    end = _elements(text, pos, out, saw_sep=False)
    if end is None:
        return None
    # A bare "Place, ..." with nothing else is a sentence, not a dateline.
    if not (out.date or out.source or out.day) and not _DASH_AFTER_PLACE.match(text, pos):
        return None
    # With only a dash after it, the "place" must look like one: "WASHINGTON -" or
    # "Washington, D.C. --", not a company opening its own sentence ("DappRadar DAO - ...").
    if not (out.date or out.source or out.day) and not (place.upper() == place or "," in place):
        return None
    if not out.place.replace(".", "").replace(",", "").strip():
        return None
    if not (out.date or out.source or out.day) and place.upper() == place and _CAPS_RUN.match(text, end):
        # an all-caps headline cut by a dash, not a place: "SENATE REACHES COMPROMISE ON PATRIOT
        # ACT - AUTHORIZING SIX MONTH EXTENSION" (a dateline's body is not in capitals)
        return None
    out.end = off + end
    return out
