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
# two cities of a joint release: "BERLIN/PARIS". No digits (a bill: "S.1700 - the Advancing Justice
# Through DNA Technology Act"), never a month in any case ("LOS ANGELES, MAY 26, 2026"), and a
# hyphen only between letters: a double hyphen is a separator, never inside a word ("WASHINGTON--U.S.
# Sen. James M. Inhofe"), and so is a dash glued to the place ("Washington,D.C.- SchoolHouse Connection")
_PLACE_WORD = rf"(?!(?:(?i:{_MONTH_WORD}|{_DAY_WORD})|Today|Yesterday|The|This|A|An|By|In|On|At|For|From|About|Sen|Senator|Rep|U\.S\.\s+Senator)\b)(?:[A-Z](?:[^\W\d]|['’.&]|-(?=[^\W\d]))*(?:/[A-Z](?:[^\W\d]|['’.&]|-(?=[^\W\d]))*)*|[A-Z]\.(?:[A-Z]\.)+)"
# (and "and" or "&" between the places of a joint release: "WILMINGTON, Del. and SEOUL, Korea, March 20,
# 2026 –", "MILFORD & BRIGHTON, MI, July 31, 2024 /24-7PressRelease/")
_PLACE_LINK = r"(?:de|la|del|di|da|do|of|upon|on|am|im|sur|en|el|los|las|and|&)"
# A second place after a slash, then a dash or a comma: " / BUENOS AIRES, ARGENTINA — " (not "/ PR Karma /")
_SLASHED_PLACE = re.compile(rf"\s?/\s(?P<place>{_PLACE_WORD}(?:(?:,\s*|\s+){_PLACE_WORD}){{0,4}})(?=\s*(?:—|–|-{{1,3}}\s|,))")
# A region in parentheses after the place, then a comma: "San Juan de la Peña (Huesca), July 15, 2024"
# More places after a colon each, up to a comma and a month and day: ": DETROIT, MI: STATE of
# MICHIGAN: USA" in "FLINT, MI: DETROIT, MI: STATE of MICHIGAN: USA, October 16, 2025 /24-7PressRelease/"
_COLON_PLACES = re.compile(
    rf"(?::\s{_PLACE_WORD}(?:(?:,\s*|\s+)(?:{_PLACE_LINK}\s+){{0,2}}{_PLACE_WORD}){{0,4}}){{1,4}}"
    rf"(?=,\s*(?i:{_MONTH_WORD})\s*\d)"
)
_REGION = re.compile(r"\s*\([A-Z][\w .'’-]{1,30}\)(?=\s*,)")
# "Erbil, Kurdistan Region, Iraq" / "LOS ANGELES, CA" / "WASHINGTON" / "San Juan de la Peña"
PLACE_RE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:(?:,\s*|\s+)(?:{_PLACE_LINK}\s+){{0,2}}{_PLACE_WORD}){{0,7}})"
)
# Separators between dateline elements: " - ", "--", " – ", " — ", ", ", " | ", ": " after a date
# ("NEW DELHI, May 14, 2025: The Ministry")
_DASH = re.compile(r"\s*(?:-{1,3}|–|—|\||:(?=\s)|(?<=\s)â(?=\s))\s*")
_COMMA = re.compile(r"\s*,\s*")
# "(GOV.KRD)", "(Newsworthy.ai)", "(Aug. 1, 2006)", "(NOTICIAS NEWSWIRE)"
_PAREN = re.compile(r"\(\s*([^()\n]{2,60}?)\s*\)")
# "/24-7PressRelease/", "/ PR Karma /", "/ https://www.accutemp.pro/ /",
# "/ Sunfinity Power & Roofing | MA & RI Solar & Roofing Company /"
# (a slash inside the name is no end: "/ Roto-Rooter Plumbing Yuma - 24/7 /")
_SLASH = re.compile(r"/\s*((?:https?://\S+?)|[^\n]{2,80}?)\s*/(?=\s|$)")
# A day without a year, which dates nothing but belongs to the dateline: "LONDON, May 14 (Reuters) -",
# "California, 12th December – As one of ..." (Evertise)
_MONTH_DAY = re.compile(
    rf"(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})(?=\s*(?:\(|-{{1,3}}\s|–|—))"
)
# "Thursday ", "Monday, "
_WEEKDAY_RE = re.compile(rf"{WEEKDAY},?\s+", re.I)
# "@ 11:00 AM Eastern", "@ 7:00 AM US/Eastern", "13:45", "at 9:00 a.m. ET"
_TIME = re.compile(r"(?:@|at)?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z][A-Za-z]+/[A-Za-z_]+|Eastern|Pacific|Central|Mountain|[ECMP][SD]?T|GMT|UTC|ET|PT|CET|EST|EDT|PST|PDT|HKT|SGT))?")
# A wire name between dashes: "Media OutReach Newswire", "PRISM MediaWire"
_WIRE = re.compile(r"([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})(?=\s*(?:\(|-{1,3}\s|–|—))")
# A news agency's short tag: "IANS", "PTI", "Reuters", "AFP"
_AGENCY_TAG = re.compile(r"^[A-Z][A-Za-z]{1,11}$")
# A wire's name says so: "Media OutReach Newswire", "PRISM MediaWire", "PR Karma"
_WIRE_WORD = re.compile(r"(?i)wire|news|press|media|pr\b|release")
# What follows a place in a dateline: "Erbil, ...", "WASHINGTON (Aug. 1, 2006)", "MONTREAL, QC / PR Karma"
_AFTER_PLACE = re.compile(r"\s*(?:,|\(|/|-|–|—|\||â\s)")
# A dash after the place: "WASHINGTON - ", "Washington, D.C. -- ", and the lone "â" a dash became in
# Senate pages whose UTF-8 was read as Latin-1 and lost its other bytes ("WASHINGTON, DC â The")
_DASH_AFTER_PLACE = re.compile(r"\s*(?:-{1,3}|–|—|â(?=\s))")
# Letters of a headline's continuation: "SURPASSED EXPECTATIONS - RX PLAN SAVING SENIORS ..."
# A month name alone to the block's end: "JUNE" in "THE ROBERTS REPORT - JUNE" (no dateline's lede)
_BARE_MONTH_REST = re.compile(rf"(?i:{_MONTH_WORD})\s*$")
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
                # a wire's name before the date: "--(Newsfile Corp. - March 12, 2024) -"
                name = inner[: dd.start()].strip(" -–—,")
                if name and _WIRE_WORD.search(name) and len(name) <= 40:
                    out.source = out.source or name
            elif _PARTY.match(inner) or _TICKER.search(inner):
                return None
            else:
                # an issuer tag is followed by a dash or a date, never by prose:
                # "(GOV.KRD) – A military..." but not "Acme (the Company) announced"; right after the
                # day, an agency's tag may be: "MUMBAI, March 12 (IANS) Acme Ltd ..."
                after = text[m.end():].lstrip()
                if not (after[:1] in ("-", "–", "—", "/", "(", "|", "") or DATE_RE.match(after) or _WEEKDAY_RE.match(after)
                        or (out.day or out.date) and _AGENCY_TAG.match(inner)):
                    return None
                out.source = out.source or inner.strip()
            pos, consumed = m.end(), True
            continue
        if text[pos] == "/" and _date_at(text, pos + 1 + len(text[pos + 1:pos + 4]) - len(text[pos + 1:pos + 4].lstrip())):
            pos, saw_sep = pos + 1, True  # a slash before the date: "Singapore / May 7, 2024 –The ..."
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
# A paragraph's end: a short title-cased centred subtitle ("COPS Office Releases 40 Recommendations ...") has none
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


# Short words a headline leaves in lower case: "... Recommendations to Implement Best Practices at ..."
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to under with vs. v.".split())


def _title_cased(block: str) -> bool:
    """Every word but the small ones capitalised: a heading, not a sentence."""
    return not any(w[:1].islower() and w not in _SMALL_WORDS for w in block.split())


def parse_bare_caps_dateline(block: str) -> Dateline | None:
    """Only for page scrapes (DOJ) whose dashes were stripped: an all-caps place, then prose."""
    if len(block) < 200 and not _PROSE_END.search(block, max(0, len(block) - 8)) and _title_cased(block):
        return None
    m = _BARE_CAPS_PLACE.match(block) or _GLUED_CAPS_PLACE.match(block)
    if not m:
        return None
    return Dateline(place=m.group("place"), source=None, date=None, end=m.end())


# Dashes and blanks before the body: " -- ", "– "
_LEAD_DASHES = re.compile(r"^[\s\-–—]+")
# Only letters, apostrophes, spaces and hyphens after a capital: "Indianapolis", "SPRINGFIELD"
_NAME_WORDS = re.compile(r"[A-Z][A-Za-z'’ -]+")


def _placeish_paren(inner: str) -> bool:
    """A parenthesised opener that names a place, not a wire: "Washington, D.C.", "Helena, MT",
    "SPRINGFIELD", "Indianapolis" (but "NewsUSA", "GOV.KRD", "AP" are tags)."""
    if _WIRE_WORD.search(inner) or len(inner) > 40:
        return False
    if _PAREN_PLACE.match(inner):
        return True
    if not _NAME_WORDS.fullmatch(inner):
        return False
    return inner.isupper() and len(inner) >= 5 or all(w[1:].islower() for w in inner.split())


def opens_with_date(block: str) -> bool:
    """Whether the block starts with a full date, maybe after a weekday: "Friday, March 4, 2005 - ..." """
    text = block.lstrip()
    if not text[:1].isdigit() and text[:1] not in "JFMASONDTWjfmasondtw":
        return False  # (a date or a weekday opens with a digit or one of these letters)
    w = _WEEKDAY_RE.match(text)
    return DATE_RE.match(text, w.end() if w else 0) is not None


def _date_first(text: str, off: int, out: Dateline) -> Dateline | None:
    """A dateline that opens with its date: "January 2, 2024 – The T3 Financial Crime Unit ...",
    "April 29, 2025 -- Boston, MA -- Tevard Biosciences ...", "March 5, 2024 /PRNewswire/ -- ...".
    A separator or a tag must follow the date ("May 3, 2007 the Senate voted" is prose)."""
    end = _elements(text, 0, out, saw_sep=False)
    if end is None or not out.date or end >= len(text):
        return None
    head = text[:end].rstrip()
    if not (head.endswith(("-", "–", "—", "/", ")", "|", ":")) or out.source):
        return None
    # (never a second date-first dateline: no recursion on "May 3, 2007 - May 4, 2007 - ...")
    after = parse_dateline(text[end:end + 200]) if out.place is None and not opens_with_date(text[end:end + 60]) else None
    if after is not None and after.place and not after.date:
        out.place, out.source = after.place, out.source or after.source
        end += after.end
    out.end = off + end
    return out


def parse_dateline(block: str) -> Dateline | None:
    """Parse a dateline at the start of `block`, or None when the block opens with prose."""
    text = block.lstrip()
    off = len(block) - len(text)
    # (the result is built only once a dateline may follow: 9 blocks in 10 fail before `_elements`)
    if text.startswith("("):
        out = Dateline(place=None, source=None, date=None, end=0)
        # "(NewsUSA) - Agentic ..." : an issuer tag with no place
        m = _PAREN.match(text)
        if not m or _PARTY.match(m.group(1)):
            return None
        inner = m.group(1).strip()
        if _placeish_paren(inner):
            # a place in parentheses, with or without a dash after it: "(Washington, D.C.) As part
            # of ...", "(SPRINGFIELD) U.S. Senators ...", "(Indianapolis) – U.S. Senator ..."
            out.place = inner
            end = _elements(text, m.end(), out, saw_sep=False) or m.end()
            body = _LEAD_DASHES.sub("", text[end:end + 4])
            if not body[:1].isupper() and not body[:1] in "\"“":
                return None
            out.end = off + end
            return out
        end = _elements(text, 0, out, saw_sep=False)
        if end is None or not (out.source or out.date):
            return None
        if out.source and _PAREN_PLACE.match(out.source):
            out.place, out.source = out.source, None
        out.end = off + end
        return out if _DASH.match(text, m.end()) or out.date else None
    if opens_with_date(text):
        return _date_first(text, off, Dateline(place=None, source=None, date=None, end=0))
    m = PLACE_RE.match(text)
    if not m or _PERSONISH.match(text):
        return None
    place = m.group("place").rstrip(",")
    pos = m.end()
    region = _REGION.match(text, pos)
    if region:
        place, pos = text[m.start("place"):region.end()], region.end()
    elif text.startswith(" / ", pos) or text.startswith("/ ", pos):
        # the places of a joint release parted by a slash, when a dash or a comma follows the second:
        # "PALM BEACH, FL / BUENOS AIRES, ARGENTINA — February 5, 2026 —" (not a wire's "/ PR Karma /")
        second = _SLASHED_PLACE.match(text, pos)
        if second:
            place, pos = text[m.start("place"):second.end("place")], second.end("place")
    elif text.startswith(": ", pos):
        # the places of one release parted by colons, when a comma and a date follow the last:
        # "FLINT, MI: DETROIT, MI: STATE of MICHIGAN: USA, October 16, 2025 /24-7PressRelease/ --"
        # (not "WASHINGTON: The Senate ...": no date after it)
        more = _COLON_PLACES.match(text, pos)
        if more:
            place, pos = text[m.start("place"):more.end()], more.end()
    if place.endswith("-"):
        # a place word may hold hyphens ("Winston-Salem") but never ends with one: the dashes
        # are the separator, as in "PERTH, Australia--(BUSINESS WIRE)--Jan. 20, 2025--"
        place = place.rstrip("-")
        pos = m.start("place") + len(place)
    if len(place) > 60:
        return None
    rest = text[pos:pos + 3]
    if not rest or not (
        _AFTER_PLACE.match(rest)
        or rest[:1] == " " and ("," in place or place.isupper() and len(place) > 3) and _date_at(text, pos + 1)
    ):
        # (or, after a place that looks like one, a date after a space: "ALBERTA, CANADA November 19,
        # 2024 /24-7PressRelease/ --"; not a sentence's "On June 7, 2017, ...")
        return None
    out = Dateline(place=place, source=None, date=None, end=0)
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
    if not (out.date or out.source or out.day) and _BARE_MONTH_REST.match(text, end):
        # a newsletter's headline with only its issue's month after the dash, not a place and
        # its lede: "THE ROBERTS REPORT - JUNE" (Senate, Roberts)
        return None
    out.end = off + end
    return out
