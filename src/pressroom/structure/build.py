"""Document (blocks) to release fields: headline, dateline, date, body, boilerplate."""

from __future__ import annotations

import re
from itertools import repeat
from dataclasses import dataclass, field

from ..readers import Document
from .boilerplate import CONTACT, IMMEDIATE, split_boilerplate
from .dateline import opens_with_date, parse_bare_caps_dateline, parse_dateline, parse_loose_place
from .dates import DATE_LINE_RE, DATE_RE, find_date, match_to_iso, may_hold_date, parse_date
from .headline import clean_headline, looks_like_headline

# "--News Direct--", "(NewsUSA)" alone: a wire tag on a line of its own
_WIRE_TAG_LINE = re.compile(r"^\s*(?:--\s*[\w .]{2,30}?\s*--|\([\w .-]{2,30}\))\s*$")
# How many opening blocks may stand before the dateline: a highlights box of a few bullets
_DATELINE_REACH = 10
# Leading separators left after a dateline was cut: "– ", "-- "
_LEAD_SEP = re.compile(r"^[\s\-–—:|,.]+")
# A label line above the headline, never the headline: "NEWS RELEASE", "MEDIA ADVISORY",
# "Press Statement", "RELEASE 25-041", "Release No. 0142.21", "Phone: 202-555-0100", "E-mail: x@y.gov"
_LABEL_LINE = re.compile(
    r"^\s*(?:(?:NEWS|PRESS|MEDIA)\s+(?:RELEASE|ADVISORY|STATEMENT|ALERT|STORY)|NEWS|PRESS\s+RELEASE|MEDIA\s+ADVISORY"
    # GOV.UK's content types above the headline: "News story", "Speech", "Written statement to Parliament"
    r"|SPEECH|STATEMENT|GOVERNMENT\s+RESPONSE|(?:ORAL|WRITTEN)\s+STATEMENT\s+TO\s+PARLIAMENT)\s*$"
    # the issuer before the label: "European Commission - Press release", "Council of the EU | Press release"
    r"|^\s*[A-Z][^.!?:]{1,60}?\s(?:-|–|—|\|)\s*(?:Press|News|Media)\s+(?:release|statement|advisory)\s*$"
    r"|^\s*RELEASE\s*(?:NO\.?|NUMBER|#)?\s*:?\s*[\w.-]*\d[\w.-]*\s*$"
    r"|^\s*(?:Phone|Tel|Telephone|Fax|Mobile|Cell|E-?mail|Web)\s*:",
    re.I,
)
# "Release Date: September 9, 2025", "Posted: 2024-01-02", GOV.UK's "Published 12 March 2024"
_DATE_LABEL = re.compile(r"^\s*(?:(?:Release\s+Date|Date|Posted|Dated)\s*:|(?:Published|Issued|Released)(?:\s+on)?\s*:?)\s*(.{6,40})$", re.I)
# "FOR IMMEDIATE RELEASE" and its separator, when a paragraph follows on the same line
# (repeated labels all at once: the paragraph is re-read once, never label by label)
_RUN_ON_RELEASE_LABEL = re.compile(r"(?:\s*(?:FOR\s+IMMEDIATE\s+RELEASE|FOR\s+RELEASE)\s*(?:[:\-–—]+\s*|\s+(?=[A-Z]{2})))+", re.I)
# A date label that names publication ("Date: May 13, 2024" under the headline may be an event's)
_PUBLISHED = re.compile(r"^\s*(?:Published|Issued|Released|Posted|Release\s+Date)\b", re.I)
# The day a page was scraped, not the release's date: "Today: July 24, 2008" (Senate, Bill Nelson)
_PAGE_DATE = re.compile(r"^\s*Today\s*:\s*\S.{4,40}$")
# Site chrome of scraped office pages above the release: "United States Senator James Inhofe :
# Press Room", "Press Room - Press Releases", "Filter by:", "Bill Nelson, U.S. Senator from Florida:"
_CHROME = re.compile(
    r"^(?:[^:]{0,80}\s:\s*)?(?:Press\s+Room|News\s*room|Media\s+(?:Center|Room))(?:\s*[-–|:]\s*(?:Press|News|Media)\s+Releases?)?\s*$"
    r"|^Filter\s+by\s*:?\s*$"
    r"|^[^.:]{3,60},\s+U\.S\.\s+Senator\s+from\s+[A-Z][\w ]{2,20}:\s*$",
    re.I,
)


# Words that make a date in the lede an event's, not the release's own: a future or a deadline
# ("will host a conference call on Thursday, May 8, 2025", "is scheduled to close on or about
# Oct. 8, 2025", "designate May 16, 2008 as ..."), a period ("the quarter ended March 31, 2025",
# "as of", "effective"), a letter or notes "dated ..."; anywhere earlier in the date's sentence.
_EVENT_CLAUSE = re.compile(
    r"(?i)\b(?:will|expected|scheduled|set\s+(?:for|to)|designat\w*|anniversary|payable|record|deadline|due|maturity|"
    r"expir\w*|period|taking\s+effect|tak(?:e|ing)\s+place|debut\w*|letter|effective|dated|upcoming|register\w*|"
    r"to\s+(?:host|hold|attend))\b[^;]*$"
)
# ... or right before it: "through June 30, 2024", "by December 31, 2007", "the year ended December 31, 2023"
_EVENT_PREP = re.compile(
    r"(?i)\b(?:by|until|till|through|before|after|since|to|from|ended|ending|as\s+of|week\s+of|starting|beginning|commencing)\s+"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s+)?$"
)
# A sentence boundary, to keep only the date's own sentence before it: "... Foundation. The"
# (not after an initial: "H.C. Wainwright", "M.D.")
_SENTENCE_START = re.compile(r".*[a-z0-9)\"”’][.!?]\s+(?=[A-Z])", re.S)
# What follows a date that names a past event or opens a period: "September 11, 2001 attacks",
# "from 1 July 2023 until 30 June 2024"
_EVENT_AFTER = re.compile(r"(?i)[\s,]*(?:attacks?|terrorist|(?:until|through|to|[-–—])\s*\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|(?:until|through|to)\s+[A-Z][a-z]+\.?\s+\d{1,2})\b")


def _own_lede_date(lede: str) -> str | None:
    """The first full date of the lede, unless its words make it an event's date rather than
    the release's: "on February 17, 2021, visited" dates a release, "will go into effect August 9,
    2007", "the terrorist attacks of September 11, 2001" and "December 7, 1941" do not."""
    hit = find_date(lede[:600])
    if not hit:
        return None
    iso, start, end = hit
    before = lede[max(0, start - 250):start]
    m = _SENTENCE_START.match(before)
    if m:
        before = before[m.end():]
    if _EVENT_CLAUSE.search(before) or _EVENT_PREP.search(before) or _EVENT_AFTER.match(lede, end):
        return None
    if iso < "1995":  # long before digital releases: a historical date ("December 7, 1941")
        return None
    return iso


@dataclass(slots=True)
class Structured:
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    location: str | None = None
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


def _is_header_line(b: str) -> bool:
    return bool(IMMEDIATE.match(b) or DATE_LINE_RE.match(b) or _DATE_LABEL.match(b) and parse_date(b)
                or _LABEL_LINE.match(b) or CONTACT.match(b) and len(b) < 200)


def _past_letterhead(out: Structured, rest: list[str], pre: list[str], header_date: str | None) -> tuple[list[str], str | None]:
    """A letterhead above the label lines: `City of Springfield / Office of the Mayor /
    MEDIA ADVISORY / Date: Monday, March 3, 2025 / Mayor Announces New Parks Initiative /
    SPRINGFIELD, Ill. – ...`. The first line was taken for the headline; when the dateline
    paragraph comes 3 to 7 short lines later, the headline is the last headline-like line
    before it, and when label or date lines stand above that line, what is above is letterhead."""
    # (the first dateline at 3..7 with no long block above it: a long block ends the look, so the
    # lede among the first three spares the datelines' parse, as in most releases)
    if any(len(b) >= 150 for b in rest[:3]):
        return rest, header_date
    k = None
    for j in range(3, min(8, len(rest))):
        if parse_dateline(rest[j]) is not None:
            k = j
            break
        if len(rest[j]) >= 150:
            return rest, header_date
    if k is None:
        return rest, header_date
    j = next((j for j in range(k - 1, -1, -1) if not _is_header_line(rest[j]) and looks_like_headline(rest[j])), None)
    # the label or date line must stand between the letterhead and the headline (a date line
    # after a subtitle is no sign: "BAUCUS COMMENTS ON BUSH SPEECH / Senator Calls For ... / January 23, 2007")
    if j is None or not any(_is_header_line(b) for b in rest[:j]):
        return rest, header_date
    pre.append(out.title or "")
    for b in rest[:j]:
        pre.append(b)
        if DATE_LINE_RE.match(b) or _DATE_LABEL.match(b):
            header_date = header_date or parse_date(b)
    out.title = clean_headline(rest[j])
    return rest[j + 1:], header_date


# A section heading glued to its paragraph by the copy-paste that lost the line break:
# "Wrapping It UpThese projects illustrate ...", "... Donating to CharityThis holiday season, ..."
# (the paragraph opens with a word that starts sentences; "LinkedIn post" is a name)
# (found as the opener glued to a lower-case letter, searched once over the first 212 characters:
# a lazy heading pattern tried at every length cost ~11 us a block)
_GLUED_OPENER_WORDS = (
    "The", "This", "These", "That", "A", "An", "In", "At", "On", "For", "With", "As", "By", "Today", "Our", "We",
    "It", "When", "While", "After", "From", "Over", "Since", "During", "Following", "According", "Last",
    "Yesterday", "Earlier",
    # more words that open a section's first sentence in feature-style wire copy ("Innovative Referral
    # Bonus SystemOne of the standout features ...", "Growth Across MarketsBut its second shredder ...",
    # "How to Know if You're Actually Ready Most investors overestimate ...")
    "One", "But", "Beyond", "Backed", "Whether", "Although", "However", "Additionally", "Moreover", "Unlike",
    "Each", "Every", "Many", "Most", "Some", "Such", "Its", "Their", "Looking", "Designed", "Built",
)
_GLUED_OPENER = re.compile(r"(?<!Linked)(?:" + "|".join(_GLUED_OPENER_WORDS) + r")\s")
_HEAD_STOP = re.compile(r"[.!?\n]")
# Short words a heading leaves in lower case: "A Pathway to Success", "Consider The Effect Of ..."
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to under with vs. v. via".split())
# ... or kept apart by a space only, when the opener starts a sentence (a lower-case word after it):
# "Experience as Core Product The shift toward wellness ...", "A City Engineered for Connectivity and
# Daily Convenience At the core of the master plan ..." (KeyCrew, Media OutReach). Matched from the
# block's start over heading words only (capitalised, a number, a small word or "&": no sentence
# punctuation), so prose fails at its first lower-case word, a few words in.
_HEAD_WORD = r"(?:\(?[A-Z0-9][^\s.!?:;,\"“”]*|&|" + "|".join(sorted(w for w in _SMALL_WORDS if "." not in w)) + r")"
# What ends a word of prose, never a heading's ("Smith," "Sen." "U.S."; a heading may end "(SIT)")
_HEAD_WORD_STOPS = frozenset(".,:;!?\"”")
_SPACED_HEAD = re.compile(
    _HEAD_WORD + r"(?: " + _HEAD_WORD + r"){2,30}?(?= (?:" + "|".join(_GLUED_OPENER_WORDS) + r") [a-z])"
)


# Where an opener may be glued: one of the openers' capitals right after a lower-case letter
# ("Wrapping It UpThese" -> the "T"). The pattern opens with a class of capitals, so the engine
# skips to capitals in C; "[a-z][A-Z]" stopped at nearly every letter (2.3x slower a block).
_OPENER_JOIN = re.compile("[" + "".join(sorted({w[0] for w in _GLUED_OPENER_WORDS})) + "](?<=[a-z].)")
# Any capital right after a lower-case letter, for a heading glued to a paragraph that opens with
# the heading's or the headline's subject ("Cboe’s Global ExpansionCboe's international ...")
_ANY_JOIN = re.compile(r"[A-Z](?<=[a-z].)")
# The word at such a join, whole: "Cboe" of "Cboe's", "Nutrition" of "Nutrition tracking"
_JOINED_WORD = re.compile(r"[A-Z][a-z]{2,}(?=[\s'’])")
# What a heading never holds: a sentence's punctuation or a quotation mark
_NOT_HEADING = re.compile(r"[.!?:;,\"“”]")
# What ends a word of prose, never a heading's: "Smith," "Sen." "U.S."
_WORD_STOPS = frozenset(".,:;!?\"”)")
# A possessive or plural ending, dropped to compare a heading's words: "Cboe’s" -> "cboe"
_WORD_END = re.compile(r"(?:['’]s|['’])$")


def _word_keys(text: str) -> frozenset[str]:
    return frozenset(_WORD_END.sub("", w).lower() for w in text.split())


# How an About section's text opens: "Founded in 2004, ...", "Established by Frank Piscitelli,
# ...", "Serving Temecula Valley, ...", "Headquartered in ..."
_ABOUT_OPENER = re.compile(
    r"(?:Founded|Established|Headquartered|Based|Since|Launched|Serving|Incorporated|Created|Formed|"
    + "|".join(_GLUED_OPENER_WORDS) + r")\b"
)


def _glued_about(block: str) -> str | None:
    """An issuer's About heading glued to its text, which opens with the name again or with an
    About text's first word: "About VinhomesVinhomes is Vietnam's largest ...", "About
    StonegateStonegate Capital Partners is ...", "About BitgetEstablished in 2018, ...".
    A one-word name makes a two-word heading, which the title-cased test refuses, and the text's
    second word is lower-case; the repeated name vouches for the heading instead. (The first join
    only: "About NetCom Learning" joins "Net" and "Com", and "Com ..." does not repeat the name.)"""
    j = _ANY_JOIN.search(block, 7, 100)
    if j is None:
        return None
    k = j.start()
    if _NOT_HEADING.search(block, 0, k):
        return None
    # the text opens with the name's first word ("About io Tech InternationalioTech International
    # is ..." joins at "Tech", which is no fresh start of "io Tech International"), or with the
    # words an About text starts with ("About Simon Quick AdvisorsFounded in 2004, ...")
    first = block[6:k].split(None, 1)[0]
    if len(first) > 2 and block.startswith(first, k) or _ABOUT_OPENER.match(block, k):
        return block[:k]
    return None


def _glued_head(block: str, title: str | None = None) -> str | None:
    """The heading run into the block's first sentence ("Wrapping It Up" of "Wrapping It UpThese
    projects ..."), or None. `title` (the headline) lets a paragraph that opens with
    the heading's or the headline's subject count as glued too ("Why Nutrition Tracking
    MattersNutrition tracking is ...", "Strong Financial PotentialFurrever Token offers ...")."""
    if not block[:1].isupper():
        return None
    # a heading's second and third words are capitalised too (most paragraphs fail here, cheaply)
    words = block[:80].split(None, 4)
    if len(words) > 1 and words[1][:1].islower() and words[1] not in _SMALL_WORDS:
        return None
    if words[0] == "About" and (head := _glued_about(block)) is not None:
        return head  # ("About VinhomesVinhomes is ...": its third word is lower-case)
    if len(words) > 2 and words[2][:1].islower() and words[2] not in _SMALL_WORDS:
        return None
    # the first opener glued to a lower-case letter at 9..210 (its capital at 10..211)
    j = _OPENER_JOIN.search(block, 10, 212)
    while j is not None:
        k = j.start()
        if _GLUED_OPENER.match(block, k):
            if _HEAD_STOP.search(block, 0, k - 1):
                return None  # the heading ends before the first sentence end
            head = block[:k]
            return head if _title_cased(head) else None
        j = _OPENER_JOIN.search(block, k + 1, 212)
    # or the first opener after a space that starts a sentence, when all before it is a heading
    # (no punctuation, title-cased, not ending in a small word: "... Emerges as Differentiation")
    # and a sentence follows (a heading alone reads so too: "How Targeted Detox Protocols Help the
    # Body Reset From the Inside Out", "Domestic Production Aligned With cGMP Quality Control Standards")
    # (exact pre-tests first, on the words split above: a heading of three words or more, then an
    # opener and a lower-case word, so a fourth word that is a heading's; none of the first four
    # ends with a sentence's punctuation. They leave ~1 block in 6 of those that got here.)
    j = None
    if len(words) == 5 and len(block) >= 80 and (words[3][:1].isupper() or words[3] in _SMALL_WORDS or words[3] == "&") and not (
        words[0][-1] in _HEAD_WORD_STOPS or words[1][-1] in _HEAD_WORD_STOPS or words[2][-1] in _HEAD_WORD_STOPS
        or words[3][-1] in _HEAD_WORD_STOPS
    ):
        j = _SPACED_HEAD.match(block, 0, 212)
    if j is not None and len(block) - j.end() >= 60 and _HEAD_STOP.search(block, j.end()) is not None:
        head = j.group()
        if head.rsplit(None, 1)[-1].lower() not in _SMALL_WORDS:
            return head
    # or the first join of all, within 100, gluing a heading to its own or the headline's subject:
    # only in releases whose markup gives the headline (wire copy pasted from web pages; plain-text
    # Senate files glue headings to openers only), and a heading's first three words hold no
    # punctuation ("John Smith, CEO", "Sen. Thune", "U.S. Senator" open prose)
    if not title or len(words) < 4 or words[0][-1] in _WORD_STOPS or words[1][-1] in _WORD_STOPS or words[2][-1] in _WORD_STOPS:
        return None
    j = _ANY_JOIN.search(block, 10, 100)
    if j is None:
        return None
    k = j.start()
    w = _JOINED_WORD.match(block, k)
    if w is None or _NOT_HEADING.search(block, 0, k):
        return None  # (cheap tests first: most joins are names in prose, "McAdams", "LinkedIn")
    head = block[:k]
    word = w.group().lower()
    if word in _SMALL_WORDS or word not in _word_keys(head) and word not in _word_keys(title):
        return None
    return head if _title_cased(head) else None


def _title_cased(text: str) -> bool:
    """A heading's words: nearly all capitalised but the small ones ("A Pathway to Success")."""
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS)
    return len(words) >= 3 and caps >= 0.85 * len(words)


def _split_glued_heads(blocks: list[str], title: str | None = None) -> list[str]:
    """Each block whose title-cased heading runs into its first sentence, as two blocks."""
    out: list[str] = []
    for b in blocks:
        head = _glued_head(b, title)
        if head:
            out.extend((head, b[len(head):].lstrip()))  # (a space-parted heading leaves one)
        else:
            out.append(b)
    return out


def _run_in_header(block: str) -> tuple[str, str, str] | None:
    """A headline, date and dateline run into one line, as some Senate pages were saved:
    "Casey Votes for Safe Prescription Drug Reimportation May 3, 2007 WASHINGTON, DC-U.S. Senator
    Bob Casey ..." gives (headline, ISO date, "WASHINGTON, DC-U.S. Senator ..."). Only the first
    full date is looked at, and only when a place follows it."""
    if not may_hold_date(block[:400]):
        return None
    m = DATE_RE.search(block, 0, 400)
    if m is None or m.start() < 12:
        return None
    head, tail = block[: m.start()].strip(), block[m.end():].lstrip(" ,")
    iso = match_to_iso(m)
    if not iso or len(head.split()) < 3 or not looks_like_headline(head):
        return None
    dl = parse_dateline(tail) or parse_loose_place(tail)
    if dl is None or not dl.place:
        return None
    return head, iso, tail


def structure(doc: Document) -> Structured:
    out = Structured(title=doc.title, subtitle=doc.subtitle, location=doc.location, source=doc.source)
    # Whitespace runs to one space (str.split() splits on exactly the characters regex \s
    # matches, ~6x faster than a \s+ substitution), unless the reader did it already.
    blocks = doc.blocks if doc.spaces_normalized else [" ".join(b.split()) for b in doc.blocks]
    blocks = [b for b in blocks if b]
    if any(map(_glued_head, blocks, repeat(doc.title))):
        blocks = _split_glued_heads(blocks, doc.title)
    header_date: str | None = None
    pre: list[str] = []
    # whether the last header line was a date line: the place after one may have lost its dash
    after_date = False
    tag_line: str | None = None
    if out.title is None and blocks:
        run_in = _run_in_header(blocks[0])
        if run_in is not None:
            out.title, header_date, first = run_in
            blocks = [first] + blocks[1:]
            after_date = True

    # Header lines before the body: FOR IMMEDIATE RELEASE, date lines, contacts, headline.
    i = 0
    while i < len(blocks) and i < 10:
        b = blocks[i]
        dated = False
        if IMMEDIATE.match(b):
            label = _RUN_ON_RELEASE_LABEL.match(b)
            if label and len(b) - label.end() > 60:
                # the label run into the first paragraph: "FOR IMMEDIATE RELEASE: NEW YORK, March
                # 12, 2024 – Acme Inc. today ..." keeps its paragraph, only the label is boilerplate
                pre.append(b[: label.end()].strip())
                blocks = blocks[:i] + [b[label.end():]] + blocks[i + 1:]
                continue
            header_date = header_date or parse_date(b)
            pre.append(b)
        elif DATE_LINE_RE.match(b) or (_DATE_LABEL.match(b) and parse_date(b)):
            header_date = header_date or parse_date(b)
            pre.append(b)
            dated = True
        elif CONTACT.match(b) and len(b) < 200 or _LABEL_LINE.match(b) and len(b) < 120:
            pre.append(b)
        elif _WIRE_TAG_LINE.match(b):
            # a wire's dateline reduced to its tag: "--News Direct--" is the issuer tag (gold README),
            # unless a dateline below names one ("NEW YORK, NY / NewsDirect / April 22nd, 2024 /")
            tag_line = tag_line or b.strip(" -–—()") or None
            pre.append(b)
        elif _PAGE_DATE.match(b) or _CHROME.match(b):
            pre.append(b)
        elif out.title is not None and doc.title is None and b.casefold() == out.title.casefold():
            pre.append(b)  # the headline again under a "Media Release: <headline>" line
        elif out.title is None and i == len(pre) and i + 1 < len(blocks) and looks_like_headline(b):
            out.title = clean_headline(b)
        else:
            break
        after_date = dated
        i += 1
    rest = blocks[i:]
    if header_date is None:
        # a labelled date a few lines down, under a summary: GOV.UK's "New funding to help schools ..."
        # / "Schools across England will receive ..." / "From: Department for Education" / "Published 12 March 2024"
        for k, b in enumerate(rest[:6]):
            if len(b) < 60 and _PUBLISHED.match(b) and _DATE_LABEL.match(b) and parse_date(b):
                header_date = parse_date(b)
                pre.append(b)
                rest = rest[:k] + rest[k + 1:]
                break
    if out.title is not None and doc.title is None:
        rest, header_date = _past_letterhead(out, rest, pre, header_date)
    if out.title is not None:
        # a headline repeated as the first block (HTML pages, copy-paste)
        while rest and rest[0].casefold() == out.title.casefold():
            rest = rest[1:]

    # Dateline in one of the first blocks; a short block before it is a subtitle.
    for k in range(min(_DATELINE_REACH, len(rest))):
        if k >= 3 and len(rest[k - 1]) > 600:
            break  # past the opening: a long paragraph came first
        if k >= 3 and not may_hold_date(rest[k][:160]):
            continue  # (below the third block only a dated dateline counts: spare the parse)
        dl = parse_dateline(rest[k])
        if dl is None and k == 0 and doc.format == "html":
            dl = parse_bare_caps_dateline(rest[k])
        if dl is None and k == 0 and (after_date or not pre and out.title is None):
            # after a date line, or opening a release that has no header at all ("ST. LOUIS, MO
            # Senator Kit Bond today testified ..."): a place that lost its dash
            dl = parse_loose_place(rest[k])
            if dl is not None and not after_date and not (dl.place or "").split(",")[0].isupper():
                dl = None
        if dl is None or k >= 3 and not (dl.date and (dl.place or dl.source)) or k and opens_with_date(rest[k]):
            # (a date opens a release's first block only: below, "Friday, March 4, 2005 - New York
            # City and Philadelphia" heads a schedule) further down, only a dateline with a date: one under a highlights
            # box ("Research Highlights:" / bullets / "Embargoed until ..." / "(NewMediaWire) -
            # January 30, 2025 - DALLAS — ..."), not a place opening some paragraph
            continue
        remainder = _LEAD_SEP.sub("", rest[k][dl.end:]).strip()
        if dl.place is None and remainder:
            # the place after the tag and date: "(NewMediaWire) - July 24, 2025 - DALLAS — Research ..."
            dl_place = parse_dateline(remainder)
            if dl_place is not None and dl_place.place and not dl_place.source:
                dl.place, dl.date = dl_place.place, dl.date or dl_place.date
                remainder = _LEAD_SEP.sub("", remainder[dl_place.end:]).strip()
        out.location = out.location or dl.place
        out.source = out.source or dl.source
        before = rest[:k]
        # a date line between the subtitle and the dateline dates the release, it is no subtitle:
        # "... / Senator Calls For Collaborative Approach ... / January 23, 2007 / (Washington D.C.) --"
        while before and DATE_LINE_RE.match(before[-1]) and parse_date(before[-1]):
            header_date = header_date or parse_date(before[-1])
            pre.append(before.pop())
        if before and k < 3 and out.subtitle is None and all(len(x) < 300 for x in before):
            out.subtitle = " ".join(before)
            before = []
        after = rest[k + 1:]
        if not remainder and after:
            # a wire's dateline line, then the issuer's own: "SAN DIEGO, CA / PR Karma / date" + "San Diego, CA – ..."
            dl2 = parse_dateline(after[0])
            if dl2 is not None:
                out.source = out.source or dl2.source
                dl.date = dl.date or dl2.date
                rem2 = _LEAD_SEP.sub("", after[0][dl2.end:]).strip()
                after = ([rem2] if rem2 else []) + after[1:]
            elif out.title is None and k == 0 and len(after) > 1 and looks_like_headline(after[0]):
                # a dateline line above the headline: "Brussels, 12 March 2024" / "Commission
                # welcomes political agreement on the AI Act" / "The Commission welcomes ..."
                out.title = clean_headline(after[0])
                after = after[1:]
        rest = before + ([remainder] if remainder else []) + after
        if dl.date:
            out.date = dl.date
        break
    if not out.date:
        out.date = doc.date or header_date
    out.source = out.source or tag_line
    body, boiler = split_boilerplate(rest)
    if not out.date and body:
        # the first full date of the lede: "... on February 17, 2021, visited ..."
        out.date = _own_lede_date(body[0])
    out.paragraphs = body
    out.boilerplate = pre + boiler + doc.attachments if doc.attachments else pre + boiler
    if out.title and "  " in out.title:
        out.title = " ".join(out.title.split())  # "... Compilation Album  Announcement by ..." (Reportable)
    return out
