"""Boilerplate: what a release carries that is not its own news.

Contacts, end marks, "About <Company>" sections, forward-looking-statement disclaimers and
wire footers are kept (as `Release.boilerplate`) but out of the body, so extractors and
summaries only see the release's own paragraphs.
"""

from __future__ import annotations

import re

# End marks: "###", "# # #", "-30-", "- 30 -", "–30–", "ENDS"
END_MARK = re.compile(r"^\s*(?:#\s?#\s?#+|-\s?30\s?-|–\s?30\s?–|ENDS?\b\.?\s*$)")
# An end mark closing a paragraph: "...find a way to succeed. ### Return"
INLINE_END = re.compile(r"\s(?:#\s?#\s?#+|-30-)(?:\s|$)")
# "FOR IMMEDIATE RELEASE", "For Immediate Release: June 28, 2007"
IMMEDIATE = re.compile(r"^\s*(?:FOR\s+IMMEDIATE\s+RELEASE|FOR\s+RELEASE|EMBARGOED)\b", re.I)
# "About Envestnet", "ABOUT NUCLEON ENERGY INC.", "About the Coalition:", "About IMUA –"
ABOUT = re.compile(r"^\s*(?:About|ABOUT)\s+(?:the\s+|The\s+)?[A-Z0-9][^\n.!?]{0,90}?(?:\s*[:–—-]\s|\s*$|\s*:$)")
# "Contact:", "Media Contact:", "Press Contacts", "Investor Relations:", "Media Inquiries:"
CONTACT = re.compile(
    r"^\s*(?:(?:Media|Press|Investor|Company|Public|PR)\s+)?(?:Contacts?|Contacto|Inquiries|Relations|Enquiries)(?:\b|(?=[A-Z]))\s*[:\-–]?",
    re.I,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# "(202) 224-2441", "+1 555 123 4567", "202-224-2441"
PHONE = re.compile(r"(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
# An international number in groups: "+32 2 295 86 15", "+44 20 7946 0958", "+852 2123 4567"
INTL_PHONE = re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}")
# The tail every PHONE match ends with: "224-2441", "123 4567". A pattern that opens with a
# digit class is scanned fast, and finds the rare blocks worth the full PHONE search.
PHONE_TAIL = re.compile(r"\d{3}[\s.-]\d{4}")
# "Forward-Looking Statements", "Safe Harbor Statement", "Disclaimer:"
DISCLAIMER = re.compile(
    r"^\s*(?:Forward[- ]Looking\s+(?:Statements?|Information)|Safe\s+Harbou?r|Cautionary\s+(?:Note|Statement)|"
    r"(?:Legal\s+)?Disclaimer|Disclosures?:|Notes?\s+(?:to|for)\s+editors?\b|This (?:press )?release (?:contains|includes|may contain) forward-looking|"
    r"Please see full terms of use and disclaimers|Corporate Communications\s*$|"
    # a closing list of links to documents or other releases (justice.gov, the AHA via NewMediaWire)
    r"(?:Related Materials|Additional Resources)\s*:?\s*$)",
    re.I,
)
# Wire and web furniture: "The post X appeared first on citybiz.", "To view the full announcement, ... click here.",
# syndication lines ("View source version on newsdirect.com: ...", "View the original release on
# www.newmediawire.com", "This article has been amplified by NewsRamp ...", "This content was originally
# published on Benzinga.", "This post contains sponsored content.", "NOTE TO INVESTORS: The latest news
# ...", "Hashtag: #HKUST The issuer is solely responsible for the content of this announcement.",
# "Read More>>", "Click image above to view full announcement.")
WIRE_LINE = re.compile(
    r"^\s*(?:The post .{1,300} appeared first on|To view the (?:full|original) (?:press )?(?:announcement|release)|"
    r"View (?:the )?original (?:content|release)|View source version on|This (?:article|release) has been amplified by|"
    r"This (?:content|article) was originally (?:contributed to and )?published|This post (?:contains sponsored|was authored by)|"
    r"This news story relied on content|NOTE TO INVESTORS:|Hashtag:\s*#|The issuer is solely responsible for the content|"
    r"Read More\s*(?:>>|»|→)\s*$|Click (?:the )?image above to view|\(If you cannot click the link above|"
    r"SOURCE:?\s|Source:\s|Photo(?:s)?:\s|Image(?:s)?:\s|Related Links?\b|"
    # picture credits ("Featured photo by Shubham Dhage on Unsplash.", "Featured image from Shutterstock.",
    # "Photos courtesy of Shutterstock"), a paid placement's label ("Disseminated on behalf of SolarBank
    # Corporation"), a wire's signature ("Distributed by: Reportable, Inc."), a scraped office
    # page's navigation and election notice ("Browse by:", "Current record", "Pursuant to , newsletters,
    # petitions ... cannot be initiated by this office for the 60 days ...", "| | | | |")
    r"Featured (?:photo|image)\b|Photos? courtesy of\b|Disseminated on behalf of\b|Distributed by:|Browse by:?\s*$|Current record\s*$|"
    r"Pursuant to\s*,\s*newsletters|\|[\s|]*$|"
    r"Press Release Number|Topic\(s\)|Component\(s\)|Updated \w+ \d|Follow us on|Stay connected|"
    r"Return to (?:top|Press)|Print\s*$|Share\s*$|Click here to|Read more\s*$|Learn more\s*$)",
    re.I,
)
# An "About" heading run into its text: "About Fucare Since its debut in 2019, ..." (late in a release)
ABOUT_LOOSE = re.compile(r"^\s*(?:About|ABOUT)\s+(?:the\s+)?[A-Z0-9]")
# A wire's own About heading, which closes the body even after a one-paragraph story (IBN's brands:
# "About NetworkNewsWire", "About AINewsWire", "About InvestorWire")
WIRE_ABOUT = re.compile(r"\s*About\s+\S*(?:Wire|NewsWire|Newswire)\s*:?\s*$")
# "For more information, visit ..." / "For further information about FCS ..."
MORE_INFO = re.compile(r"^\s*For (?:more|further|additional) information\b", re.I)
# A heading glued to its text by the wire: "About EnvestnetEnvestnet is helping to lead ..."
ABOUT_GLUED = re.compile(r"^\s*About\s+([A-Z][\w&.,'’ -]{1,60}?)\1")
HASHTAGS = re.compile(r"^\s*(?:#\w+[\s,]*)+$")
# A justice.gov release number alone: "10-1023", "18-455"
RELEASE_NO = re.compile(r"^\s*\d{2}-\d{2,4}\s*$")

# Every test above that is anchored at a block's start, as one alternation (each with its own
# case flag): a block that none of them can match (most body paragraphs) is told so by one
# regex call instead of up to ten. ABOUT_GLUED is left out because its back-reference would
# not survive in the joined pattern, and every block it matches, ABOUT_LOOSE matches too.
_ANCHORED = (END_MARK, IMMEDIATE, ABOUT, CONTACT, DISCLAIMER, WIRE_LINE, ABOUT_LOOSE, MORE_INFO, HASHTAGS, RELEASE_NO)
ANY_ANCHORED = re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in _ANCHORED))


def _contactish(block: str, contact: bool | None = None) -> bool:
    """A contact heading, or a short line with an e-mail address or a phone number.

    `contact` passes on a CONTACT test the caller already made. The unanchored EMAIL and
    PHONE searches are the costly part, so they run last, behind exact pre-tests.
    """
    if contact is None:
        contact = CONTACT.match(block) is not None
    return contact or (
        len(block) < 160 and (
            ("@" in block and EMAIL.search(block) is not None)
            or (PHONE_TAIL.search(block) is not None and PHONE.search(block) is not None)
            or ("+" in block and INTL_PHONE.search(block) is not None)
        )
    )


# A heading alone on its line that closes the news even after a one-paragraph release: "Notes to
# editors" (GOV.UK), "Related Materials:" (justice.gov's document links). Not "About <Name>": the organization extractor reads only an About heading and
# the block after it from the boilerplate, and gold counts the acronyms and organizations of the
# rest of an About section (dev: "ARDP" in 24-7PressRelease's "About ARC Clean Technology").
# (used with .match() behind DISCLAIMER, so it is no anchored pre-test of its own)
_CLOSING_HEADING = re.compile(r"\s*(?:Notes?\s+(?:to|for)\s+editors?|Related\s+Materials|Additional\s+Resources)\s*:?\s*$", re.I)


def _closing_heading(block: str) -> bool:
    """A closing heading on its own line: it ends the news even after a one-paragraph release."""
    return _CLOSING_HEADING.match(block) is not None


def _may_end_inline(block: str) -> bool:
    """Exact pre-test for `INLINE_END`, which needs a "#" or "-30-": spares a scan per block.
    (The "0" first: a one-character test is ~10x faster than a search for "-30-".)"""
    return "#" in block or "0" in block and "-30-" in block


def split_boilerplate(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Return (body, boilerplate), each in reading order.

    Each test is ordered cheapest first (position and count checks before regexes, and
    substring pre-tests before unanchored searches): this runs on every block of every
    release, and most blocks are prose that no test claims.
    """
    body: list[str] = []
    boiler: list[str] = []
    n = len(blocks)
    late_from, half, closing_from = max(2, n // 3), n // 2, max(2, (2 * n) // 3)
    i = 0
    while i < n:
        b = blocks[i]
        late = i >= late_from
        anchored = ANY_ANCHORED.match(b) is not None  # False: only the unanchored tests apply
        if anchored and END_MARK.match(b):
            boiler.extend(blocks[i:])
            break
        m = INLINE_END.search(b) if _may_end_inline(b) else None
        if m and (body or b[: m.start()].strip()):
            head = b[: m.start()].strip()
            if head:
                body.append(head)
            boiler.append(b[m.start():].strip())
            boiler.extend(blocks[i + 1:])
            break
        if (
            anchored
            and body
            and (late or len(body) >= 2 or i + 1 < n and _closing_heading(b) or WIRE_ABOUT.match(b))
            and (ABOUT.match(b) or ABOUT_GLUED.match(b) or DISCLAIMER.match(b))
        ):
            boiler.extend(blocks[i:])
            break
        if anchored and len(body) >= 2 and i >= half and ABOUT_LOOSE.match(b):
            boiler.extend(blocks[i:])
            break
        if anchored and i >= closing_from and MORE_INFO.match(b):
            boiler.append(b)
            i += 1
            continue
        contact = anchored and CONTACT.match(b) is not None
        if contact and late and len(body) >= 2:
            boiler.extend(blocks[i:])
            break
        if anchored and (IMMEDIATE.match(b) or WIRE_LINE.match(b) or HASHTAGS.match(b) or RELEASE_NO.match(b)):
            boiler.append(b)
            i += 1
            continue
        if (contact or not body or late) and _contactish(b, contact):
            boiler.append(b)
            i += 1
            # the lines of a contact block: names, titles, phones, e-mails
            while i < n and len(blocks[i]) < 100 and not blocks[i].rstrip().endswith((".", '"', "”")) and (
                _contactish(blocks[i]) or len(blocks[i].split()) <= 6
            ):
                boiler.append(blocks[i])
                i += 1
            continue
        body.append(b)
        i += 1
    return body, boiler
