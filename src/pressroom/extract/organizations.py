"""Organizations named in a release, grouped by body, and the release's acronyms.

Recognition (orgnames.py) is rule-based and driven by one fast regex scan for trigger words:

- head words ending a capitalised name: `Federal Trade Commission`, `Department of Justice`,
  `U.S. Attorney's Office for the Northern District of Oklahoma`, `Crow Creek Tribal School`;
- legal-form suffixes: `Bartlesville Health Care Center Inc.`, `CSX Transportation, Inc.`;
- the chambers (`Congress`, the `Senate`, the `House`) and a curated list of bodies known by a
  short name (`ISIS`, `Daesh`, `FBI`, `Amtrak`), see ../data/org_aliases.tsv;
- the organization after a speaker's role: `Chief Operating Officer of ARC Clean Technology`,
  `executive vice president, Skanska USA Civil`;
- appositives: `Skanska, a leading global construction and development firm`;
- acronym long forms that name a body (`Major League Baseball (MLB)`), tickers
  (`Lucid Group, Inc. (NASDAQ: LCID)`), organizations that speak in quotes, and names listed
  between recognised organizations (`CSXT, Amtrak, VRE, District Department of Transportation`).

Names of one body are then grouped: acronym and long form, a parenthesised alias (`("ARC")`,
`(formerly d.b.a. Comstor)`), `Justice Department` and `Department of Justice`, `Peshmerga
Forces` inside `Peshmerga Security Forces`, an appositive (`..., the 83-member International
Coalition`), a lone head word (`the Coalition`) for the one organization with that head, the
curated alias lines. The fullest name leads; a unit named through its parent's possessive
(`HUD's Office of Inspector General`) is named by itself when the parent is an organization,
with the possessive form as an alias.

Places, products, events and programmes are not organizations: a head word followed by another
capitalised word is a modifier (`Court Rulings`, `Bank Act`), long forms ending in `Act`,
`Program`, `Line` are things, `held at the ... Center` is a venue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from ..model import Acronym, Organization, Person, Quote
from . import orglexicon as L
from .acronyms import LOST_POSSESSIVE_ENDS, Definition, ParenName, build_acronyms, scan_indexed
from .lexicon import first_names
from .orgnames import (
    A_BEFORE_RE,
    GENERIC_CAPITAL,
    GENERIC_OWNERS,
    LEADING_US_RE,
    LONG_LEGAL_SUFFIXES,
    PERSON_ROLES,
    STATE_CODE_TRIGGERS,
    Mention,
    _fold,
    _is_cap,
    _named_before,
    _person_like,
    _scan,
    _table,
    _texts,
    lost_possessive,
)

# ---------------------------------------------------------------------------------------------
# patterns

# What is stripped from the edges of a name: punctuation, a closing apostrophe and a trademark
# mark ("United Franchise Group™"); one set, since the names it strips are compared as keys
NAME_EDGE = " ,;:'\u2019\u00ae\u2122\u2120"

# Between a name and its renaming appositive: ", the 83-member " (modifiers in lower case or
# digits only; ", the FBI and" is a list, not a renaming).
RENAMING_RE = re.compile(r",\s+the\s+(?:[\w\-]*[a-z0-9][\w\-]*\s+){1,3}")

# "the " right before a lone head: "The Navy christened ...", "Secretary of the Navy" (not
# orgnames.THE_BEFORE_RE, which also takes "U.S." and "and" before a chamber).
LONE_THE_RE = re.compile(r"(?:^|\s)[tT]he\s$")

# The gap between two organizations that holds more list items: ", Amtrak, VRE, " / ", and ".
LIST_GAP_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?P<items>.*?),?\s+(?:and\s+|&\s+)?(?:the\s+)?")
# The same gap in a list that semicolons separate (DOJ's investigating agencies): "the U.S.
# Marshals Service; the Texas Rangers; the Texas Department of Public Safety".
SEMICOLON_GAP_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?;\s+(?P<items>[^,]*?);?\s+(?:and\s+|&\s+)?(?:the\s+)?")
LIST_ITEM_RE = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w&'\u2019.\-]*(?:\s+[A-Z][\w&'\u2019.\-]*){0,3})(?:\s*\([^()]{1,20}\))?")

# Verbs that show an acronym's long form is a body: "NB Power submitted a License ...".
ORG_VERB_RE = re.compile(
    r"(?:'s|\u2019s)?\s+(?:has\s+|have\s+|also\s+)?(?:announced|said|says|submitted|signed|filed|awarded|hired|"
    r"appointed|acquired|partnered|stated|reported|testified|urged|welcomed|employs|operates|issued|"
    r"released|launched|approved|selected|agreed|joined|invested|opened)\b"
)

HEAD_KEYS = frozenset(h.lower() for h in L.HEADS)

# The two chambers' joint committee written in lower case, which no capitalised-head rule reads:
# "approved by a House-Senate conference committee" (Dorgan), "will serve on the Senate-House
# conference committee for the reconciliation bill" (Domenici). The chamber pair makes it the one
# body; a bare "the conference committee" stays unread (it only refers back).
JOINT_CONFERENCE_RE = re.compile(r"(?<![\w\-])(?:House|Senate)[\-\u2013](?:Senate|House) conference committee\b")

# More words than any name has ("U.S. Department of Health and Human Services Office of Inspector
# General" is 11): a longer run is names listed with their commas lost.
MAX_NAME_WORDS = 16

fold_name = _fold  # the grouping key, for the corpus glossary

# Cues that name a body only by position (after a role, before "announced", in a list):
# a single word found this way must look like a name.
WEAK_CUES = frozenset(("role", "announce", "about", "list", "exec"))
# A word shaped like a name, not a dictionary word: "VivoPower", "FintechInterviews.com", "3M", "HHS".
NAME_SHAPE_RE = re.compile(r".*(?:[a-z][A-Z]|[0-9]|\.[a-z]|[A-Z]{2}|&).*")


def _distinctive(word: str, texts: list[tuple[int, str]]) -> bool:
    """One word from a weak cue is a name when it is shaped like one ("VivoPower", "HHS") or
    stands alone, capitalised, in the middle of sentences at least twice ("Skanska", "Amtrak")."""
    if NAME_SHAPE_RE.fullmatch(word):
        return True
    n = 0
    for _, t in texts:
        i = t.find(word)
        while i >= 0:
            j = i + len(word)
            before = t[max(0, i - 2):i]
            if (j >= len(t) or not t[j].isalnum()) and (i == 0 or not t[i - 1].isalnum()) \
                    and before not in (". ", "") and not _is_cap(t[j + 1:j + 2] or "a"):
                n += 1
                if n >= 2:
                    return True
            i = t.find(word, j)
    return False


class _LowerSaid:
    """Does a name also stand in lower case in the release, as a common noun ("hedge funds")?
    The release's lower-case words are read once; a phrase is looked for only when all of its
    words are there, and at most MAX_LOOKS times a release (each look reads the release)."""

    MAX_LOOKS = 16

    def __init__(self, texts: list[tuple[int, str]]) -> None:
        self.texts = texts
        self.words: set[str] | None = None
        self.looks = 0

    def __call__(self, name: str) -> bool:
        low = name.lower()
        if low == name:
            return False
        if self.words is None:
            self.words = {w for _, t in self.texts for w in t.split() if w.islower()}
        if not all(w in self.words for w in low.split()) or self.looks >= self.MAX_LOOKS:
            return False
        self.looks += 1
        return any(low in t for _, t in self.texts)


# A person's name as written: "Raj Patel", "Mary J. Smith" (2-3 words, each a capitalised word or an initial).
PERSON_SHAPE_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")


def _name_shaped(words: str) -> bool:
    """Shaped like a person's name and holding no word of a body's name ("Royal Bank" has a head)."""
    return bool(PERSON_SHAPE_RE.fullmatch(words)) and not any(
        w in L.HEADS or w.rstrip("s") in L.HEADS or w in L.LEFT_STOPS for w in words.split())


def _surname_in_texts(name: str, texts: list[tuple[int, str]]) -> bool:
    """A one-word speaker the release also names after a given name is a person's surname:
    "said Larson" where the text has "Will Larson" ("Candy Marx", "Olly Johnston")."""
    if " " in name or not name[1:].islower():
        return False
    fn = first_names()
    for _, t in texts:
        i = t.find(" " + name)
        looks = 0
        while i > 0 and looks < 8:  # (a few looks a paragraph: linear in the text)
            looks += 1
            j = t.rfind(" ", 0, i) + 1
            given = t[j:i]
            if given in PERSON_TITLES_BEFORE:
                return True  # "Sen. Rockefeller", "Mr. Nozette"
            for _ in range(2):  # over a middle initial or a nickname: "John D. (Jay) Rockefeller IV"
                if not (len(given) == 2 and given[1] == "." or given[:1] in "(\"\u201c" and given[-1:] in ")\"\u201d"):
                    break
                k = t.rfind(" ", 0, j - 1) + 1
                if k <= 0 or k >= j:
                    break
                given, j = t[k:j - 1], k
            if given[:1].isupper() and given.lower() in fn and given not in L.LEFT_STOPS:
                return True
            i = t.find(" " + name, i + 1)
    return False


# Titles that only a person's name follows ("Sen. Rockefeller", "Rep. Pomeroy", "Dr. Kaplan").
PERSON_TITLES_BEFORE = frozenset("Sen. Senator Rep. Representative Congressman Congresswoman Mr. Mrs. Ms. Dr. Gov. Governor".split())


def _without(texts: list[tuple[int, str]], phrase: str) -> list[tuple[int, str]]:
    """The texts with `phrase` blanked out: is a word a name outside "Board of Regents"?"""
    return [(p, t.replace(phrase, " ")) for p, t in texts]


# ---------------------------------------------------------------------------------------------
# grouping


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _long_is_org(d: Definition, texts: dict[int, str], acts: dict[str, bool] | None = None) -> bool:
    """An acronym's long form names a body: a head word in it and not a thing at its end
    ("Major League Baseball", "Alcoholics Anonymous", not "Memorandum of Understanding"),
    a firm's "A & B" ("Ernst & Young"), or the short form acting ("NB Power submitted ...")."""
    words = d.long.replace(",", " ").split()
    if not words or not words[0][:1].isupper():
        return False
    text = texts.get(d.paragraph, "")
    if A_BEFORE_RE.search(text, max(0, d.start - 4), d.start):
        return False  # "a Decentralized Autonomous Organization (DAO)": a kind of body, not one
    if words[-1] in L.NON_ORG_LAST:
        return False
    if L.is_kind_of_body(d.long):
        return False  # "Contract Development and Manufacturing Organization (CDMO)": a kind of body
    if words[-1] == "Unit" and L.is_thing_unit(d.long):
        return False  # "Graphics Processing Unit (GPU)", "Profit Participation Per Unit (PPU)": a thing
    if words[-1] == "Fund" and L.is_account_fund(d.long):
        return False  # "Disaster Relief Fund (DRF)": an account
    if "Capital" in words and words.index("Capital") > 0 and words[words.index("Capital") - 1] in GENERIC_CAPITAL:
        return False  # "Human Capital Management (HCM)": a field, not a firm
    content = [w for w in words if w.lower() not in ("of", "and", "&", "for", "the", "on", "de", "in")]
    if not all(_is_cap(w) for w in content):
        return False
    if any(w in L.ORG_WORDS or w.rstrip("s") in L.HEADS or w.rpartition("-")[0].isupper() and w.rpartition("-")[2] in L.HEADS
           for w in words):  # ("HHS-Office of Inspector General")
        return True
    if "-" in words[0] and words[0].partition("-")[0] in _table.group_of:
        return True  # a known body's unit: "IRS-Criminal Investigation (IRS-CI)"
    if "&" in words and len(words) <= 5 and "&" not in d.short:
        return True  # "Ernst & Young (EY)"; not "Excess & Surplus (E&S)" or "Research & Development (R&D)"
    line = _table.group_of.get(d.short)
    if line is not None and line in (_table.group_of.get(d.long), _table.group_of.get(LEADING_US_RE.sub("", d.long))):
        return True  # "Amtrak", "Daesh": the curated list knows the body
    if acts is not None and d.short in acts:
        return acts[d.short]  # (a short form defined again: the text was read for it once)
    found = False
    for t in texts.values():
        i = t.find(d.short)
        while i >= 0 and not found:
            found = ORG_VERB_RE.match(t, i + len(d.short)) is not None
            i = t.find(d.short, i + 1)
        if found:
            break
    if acts is not None:
        acts[d.short] = found
    return found


def extract_organizations(
    paragraphs: list[str],
    title: str | None = None,
    quotes: list[Quote] | None = None,
    boilerplate: list[str] | None = None,
    persons: list[Person] | None = None,
) -> tuple[list[Organization], list[Acronym]]:
    """Organizations (fullest name first, with aliases, acronym, ticker, mentions) and acronyms.

    `quotes` are the release's quotes: their organization speakers are organizations and their
    person speakers are never taken for one. `boilerplate` lends its "About ..." blocks, which
    describe the issuer (a wire's own "About" is left out). A name the release gives a person's
    title (`persons` with a title, a titled quote speaker) is no organization, whatever its given
    name: 'Sen. Kit Bond', 'Senator Orrin G. Hatch', 'Prof. Jia-Hong Dong' (the given-name list
    does not know Kit, Orrin or Jia-Hong, so the organization rules took them for names of bodies).
    """
    quotes = quotes or []
    texts = _texts(paragraphs, title, boilerplate)
    by_para = dict(texts)
    people = {q.speaker for q in quotes if q.speaker and q.speaker_type == "person"}
    parens = _scan_parens(texts)
    whole = "\n".join(t for _, t in texts)  # (cue words tested once; _assemble counts mentions in it)
    mentions, uses = _scan(texts, people, whole)
    if "e conference committee" in whole:  # (one substring test a release: see JOINT_CONFERENCE_RE)
        mentions.extend(_joint_conference(texts))
    if title and title.isupper() and texts and texts[0][0] != -1:
        mentions.extend(_shouting_title(title, whole))  # (_texts left a shouting headline out)
    # person-shaped names an About heading and a body's cue both vouch for (see orgnames._scan)
    vouched = {m.name for m in mentions if m.kind == "vouched"}
    acronyms = build_acronyms(parens.definitions, [t for p, t in texts if p >= 0], title, uses=uses)
    _add_definitions(mentions, parens.definitions, by_para)
    _add_paren_names(mentions, parens.names, by_para)
    for q in quotes:
        if q.speaker and q.speaker_type == "organization" and q.speaker[:1].isupper() and len(q.speaker.split()) <= 8 \
                and _fold(q.speaker) not in L.COUNTRIES:
            speaker = q.speaker.strip()
            if speaker.startswith("Departments of "):
                continue  # "the Departments of Justice and Health and Human Services (HHS) announced": each is found
            who, of, body = speaker.partition(" of ")
            if of and body[:1].isupper() and _fold(body) not in L.PLACES \
                    and (_person_like(who, people) or _name_shaped(who)):  # (not "Vietnam Veterans of America")
                speaker = body  # "Raj Patel of Grizzly Media Co": the person's organization
            if (speaker.split()[-1] not in L.HEADS or len(speaker.split()) > 1) \
                    and not _surname_in_texts(speaker, texts):
                mentions.append(Mention(speaker, q.paragraph, -1, -1, "speaker"))
    # a release's own definition beats the curated meaning: "Special Exposure Cohort (SEC)"
    redefined = {d.short for d in parens.definitions if _table.group_of.get(d.short) is not None
                 and _table.group_of.get(d.short) != _table.group_of.get(d.long)
                 and _table.group_of.get(LEADING_US_RE.sub("", d.long)) != _table.group_of.get(d.short)}
    kept = []
    names_seen: set[str] | None = None  # (built on the first gerund before a name)
    # the words that open a longer name (each name's first word, first two words ...), built on
    # the first "X CEO <person>" name: one set lookup a name (an any() over the names was
    # quadratic, 9.5 s on 4,000 distinct "X Y CEO <person>" beside 4,000 "X Y Labs")
    longer_leads: set[str] | None = None
    said_lower = _LowerSaid(texts)
    seen_words: dict[str, bool] = {}

    body_lower: list[str] = []

    def body_text() -> str:
        """The release's text without its headline, joined once (built on first use)."""
        if not body_lower:
            body_lower.append("\n".join(t for p, t in texts if p >= 0))
            body_lower.append(body_lower[0].lower())
        return body_lower[0]

    def headline_lowered(name: str) -> bool:
        """Does the text write a headline's title-case name only in lower case ("A federal court
        in Kansas", "its emphasis on after-sales service", "plans to establish Mullen Credit
        Corporation")? Then the headline's capitals are title case, no name."""
        if any(name in t for p, t in texts if p >= 0):
            return False
        body_text()
        i = body_lower[1].find(name.lower())
        return i >= 0 and body_lower[0][i].islower()

    def distinctive(word: str) -> bool:
        """_distinctive once per word a release (5,000 "Acme Launches" read the text once)."""
        got = seen_words.get(word)
        if got is None:
            got = seen_words[word] = _distinctive(word, texts)
        return got

    # short forms defined for an event's or a thing's name name it too: "(WETEX)" of the exhibition
    event_shorts = {d.short for d in parens.definitions if L.is_event_or_thing(d.long)}
    owners_alone = _AloneWords(whole)  # (_lost_owner_lead: the release's words, read on its first question)
    for m in mentions:
        if not m.name or m.kind == "known" and m.name in redefined:
            continue
        if m.name.count(" ") >= MAX_NAME_WORDS:
            continue  # a run of names with the commas lost ("... Association Florida Tomato Exchange Georgia ...")
        cut = _lead_cut(m.name)
        if cut is None:
            continue  # "Overview": a heading, no name
        if not cut and m.name[:1].isupper() and "ing " in m.name[:16]:
            g = GERUND_LEAD_RE.match(m.name)
            if g is not None:
                if names_seen is None:
                    names_seen = {x.name for x in mentions}
                rest = m.name[g.end():]
                if rest in names_seen and rest not in L.HEADS and rest not in GENERIC_OWNERS:
                    cut = g.end()  # "Resurfacing Standing Rock Sioux Tribe" where the text names the tribe
        if cut:
            m.name = m.name[cut:]
            if m.start >= 0:
                m.start += cut
        if m.name[:1].isupper() and _lost_owner_lead(m.name, owners_alone):
            k = m.name.index(" ") + 1
            m.name = m.name[k:]  # "Massachusettss National Security Unit" -> "National Security Unit"
            if m.start >= 0:
                m.start += k
        if "?" in m.name:
            # a question heading glued to the next sentence: "Why Choose Avrek Law Firm, San
            # Diego?Avrek Law Firm is experienced in ..." (the name after the mark is the body's)
            q = m.name.rfind("?") + 1
            if not m.name[q:q + 1].isupper():
                continue
            m.name = m.name[q:]
            if m.start >= 0:
                m.start += q
        if "www." in m.name or "http" in m.name:
            # a web address glued to the name: "E-Cite Motorswww.ecitemotors.com (OTC PINK:VAPR)",
            # "About China Airlines https://www.china-airlines.com:"
            url = min(i for i in (m.name.find("www."), m.name.find("http")) if i >= 0)
            m.name = m.name[:url].rstrip(" ,;:-")
            if not m.name:
                continue
            m.end = m.start + len(m.name) if m.start >= 0 else m.end
        if 0 <= m.start < GLUED_HEADING_SPAN and " " in m.name and not m.name.istitle():
            # (a heading opens its paragraph; title case has no glued word)
            g = GLUED_HEADING_RE.search(m.name)
            if g is not None and _glued_heading(m.name, g.start() + 4, whole):
                # a heading glued to the next sentence by a lost blank: "Final ThoughtsSkyren DAO is
                # ...", "Chief Executive OfficerAztec Minerals Corp." (the name is the part after)
                cut = g.start() + 4
                m.name = m.name[cut:]
                m.start += cut
        if m.owner and m.full and m.full.endswith(m.name):  # (a ticker's `full` is its symbol)
            fcut = _lead_cut(m.full)
            if fcut is None or fcut >= len(m.full) - len(m.name):
                m.full = m.owner = None  # "Life– Milton's Brewery ... Entrepreneur– ATC Shooting Sports LLC"
            elif fcut:
                m.full = m.full[fcut:]
        if m.kind == "owner" and m.head and m.name.endswith(m.head + "s") and said_lower(m.name):
            continue  # "Hedge Funds' Strategic Positioning" where the text says "hedge funds": a common noun
        if m.kind == "head" and m.head in L.GENERIC_COMPANY_HEADS:
            if "Best " in m.name:
                continue  # an award's title: "earning the distinguished title of Best Law Firm", "a Forbes World's Best Management Consulting Firm"
            if said_lower(m.name):
                continue  # "Decentralized Networks" where the text says "decentralized networks"
            if m.para == -1 and not any(m.name in t for p, t in texts if p >= 0):
                # a headline's title-case phrase the release never names again: "... ADIO® in Live
                # Entertainment", "Drive Revenue Growth for Retail Brands", "Migrate Mining Sites To
                # Cutting-Edge Wireless Networks" (a company stays: "Golden Triangle Ventures Inc." is
                # named again as "Golden Triangle Ventures")
                continue
        if m.para == -1 and m.kind == "head" and " " in m.name:  # a headline's many-word name
            if m.name not in body_text() and any(
                    o.para >= 0 and o.kind == "head" and o.name != m.name and o.name in m.name for o in mentions):
                # a headline's title case ran a body's name into the words around it: "Aryan
                # Brotherhood of Texas Gang Leader Sentenced ..." where the text names "the Aryan
                # Brotherhood of Texas (ABT)"
                continue
            if headline_lowered(m.name):
                continue  # a headline's "Federal Court", "After-Sales Service" where the text says "a federal court"
            if m.head not in L.GOVERNMENT_HEADS and m.name not in body_text() \
                    and _common_tail(m.name, body_text, body_lower):
                # a headline's description, the body's common noun: "Owner of Florida Mortgage Company
                # Sentenced ..." where the text says "a mortgage company", "Settles ... Claim Against
                # Utah Staffing Agency" ("a staffing agency"), "Pleads Guilty to Stealing ... from Labor Union"
                continue
        if m.para == -1 and " for " in m.name and m.kind in ("head", "suffix") and m.name not in body_text():
            # a headline's name over "for" that the release never writes out: title case ran it
            # into a phrase ("Exclusive Blockchain Fund for Accredited Investors", "U.S. Food and
            # Drug Administration for Biologics License Applications", "Land for Flagship Utah
            # Data Center", "Order for Standard Parking Corp."); a body named in it is named in
            # the text too, and found there ("Centers for Disease Control" written out is kept)
            continue
        if m.kind in WEAK_CUES and " " not in m.name and not distinctive(m.name):
            continue  # "County Commissioner Candidate Launches ...": a common word, not a name
        if m.kind == "exec":
            if longer_leads is None:
                longer_leads = {x.name[:i] for x in mentions if x.kind != "exec"
                                for i, c in enumerate(x.name) if c == " "}
            if m.name in longer_leads:
                continue  # "DPL CEO David Lau" beside "DPL Financial Partners": a short name the longer one holds
        if L.is_kind_of_body(m.name):
            continue  # "a Decentralized Autonomous Organization (DAO) model": a kind of body, not one
        if m.name.endswith("Unit") and L.is_thing_unit(m.name):
            continue  # "the Neonatal Intensive Care Unit", "Graphics Processing Unit (GPU)": a ward, a chip
        if m.name.endswith("Fund") and L.is_account_fund(m.name):
            continue  # "the Highway Trust Fund", "the Disaster Relief Fund": an account, no body
        if L.is_event_or_thing(m.name) or m.name in event_shorts:
            continue  # "SHOT Show", "International Polar Year (IPY)", "BeeFeather Platform": no body
        if _maybe_not_a_body(m.name) and NOT_A_BODY_RE.fullmatch(m.name):
            # "Executive Board of Korber AG": the company is the body
            board = BOARD_OF_RE.match(m.name)
            if not board:
                continue
            body = board.group("body")
            if body in BOARD_ORGANS:
                continue  # "Board of Directors": an organ, no body
            if CASE_CAPTION_RE.search(by_para.get(m.para, ""), max(0, m.start - 5), max(0, m.start)):
                continue  # "Brown v. Board of Education": a case, not the board
            if " " in body or _distinctive(body, _without(texts, m.name)):
                m.start += board.start("body")
                m.name = body
            # else a common word names what the board oversees, so the board is the body:
            # "the city's Board of Estimates", "Board of Elections"
        kept.append(m)
    mentions = kept
    _extend_cut_names(mentions, by_para)
    _add_list_items(mentions, by_para)
    mentions.extend(_international_names(texts, whole))
    cues = _cue_ends(whole)  # (one scan of the release for the cue words; items read per paragraph)
    if cues:
        mentions.extend(_cue_lists(cues, texts, people))
    orgs = _assemble(mentions, texts, whole)
    titled = {p.name for p in persons or () if p.title} | {
        q.speaker for q in quotes if q.speaker and q.speaker_title and q.speaker_type == "person"}
    # an untitled person the release names, shaped as a person's name: "Rocky Romanella",
    # "Inna Kuznetzova", "Khalid AlKhudairi" (an appositive or a headline cue took them for bodies)
    titled.update(p.name for p in persons or () if not p.title and _plain_person_name(p.name))
    titled -= vouched  # ("Dillon Gage, a global leader in ..." with "About Dillon Gage")
    if titled:
        orgs = [o for o in orgs if o.name not in titled or o.acronym or o.ticker]
        # a person after a headline's role words: "Award Winning Author Bobbie Bennett Announces ..."
        # (a body named after a person ends with its head: "William J. Shaw Center")
        ends = tuple({" " + n for n in titled if " " in n})  # (one tuple, not one per organization)
        orgs = [o for o in orgs if o.acronym or o.ticker or not o.name.endswith(ends)
                or any(w in L.HEADS or w in L.COMPANY_SUFFIXES for w in o.name.split())]
    return orgs, acronyms


# A shouting (all-caps) headline is not read with the text (its capitals tell no name from a
# word), but the chambers and the curated short names stand in it as plainly as in title case:
# "SEN. CORNYN APPLAUDS CHOICE OF NOMINEE TO LEAD USDA", "SEN. DAYTON, COLLEAGUES CALL ON
# PRESIDENT, HOUSE MEMBERS TO KEEP ...", "IDEA REAUTHORIZATION PASSES SENATE".
SHOUT_TOKEN_RE = re.compile(r"[A-Z0-9][A-Z0-9.&\-]*")
SHOUT_CHAMBERS = {"SENATE": "Senate", "HOUSE": "House", "CONGRESS": "Congress"}
SHOUT_MAX_TOKENS = 40
# Words after a chamber that cannot go on its name: "URGES SENATE TO PASS", "APPEALS TO WHITE
# HOUSE FOR SWIFT SUPPORT", "HOUSE AND SENATE".
SHOUT_FREE_AFTER = frozenset("TO FOR AND ON IN WITH AT BY FROM OVER THIS THAT".split())
_SHOUT_ACRONYMS = frozenset(
    t for t in _table.triggers if " " not in t and t.replace(".", "").replace("-", "").isalpha() and t.isupper())


def _joint_conference(texts: list[tuple[int, str]]) -> list[Mention]:
    """The lower-case joint conference committees of the texts (see JOINT_CONFERENCE_RE)."""
    return [Mention(m.group(), para, m.start(), m.end(), "chamber")
            for para, text in texts if "e conference committee" in text
            for m in JOINT_CONFERENCE_RE.finditer(text)]


def _shouting_title(title: str, body: str) -> list[Mention]:
    """The chambers and curated acronyms a shouting headline names (see SHOUT_TOKEN_RE).

    A chamber counts at the headline's end or before a free word (SHOUT_FREE_AFTER) or a verb
    or plural ("SENATE PASSES", "CONGRESS APPROVES", "HOUSE MEMBERS") that the body does not write
    as the next word of a name ("SENATE APPROPRIATIONS COMMITTEE" with "Senate Appropriations" in
    the body); "WHITE HOUSE" is the White House. An acronym counts unless the body writes the
    word in small letters ("... NOMINEE WHO WILL PROTECT PRIVACY", "ICE STORM"), runs it into a
    longer name ("UN SECURITY COUNCIL" with "UN Security Council"), or it is a state after its
    town ("ROANOKE, VA") or an abbreviation ("SEC. RICE").
    """
    # (a headline is a few words: each token read may scan the body once, so at most 40 are read)
    toks = [(m.start(), m.end(), m.group()) for m, _ in zip(SHOUT_TOKEN_RE.finditer(title), range(SHOUT_MAX_TOKENS))]
    out: list[Mention] = []
    body_lower: str | None = None
    for i, (s, e, raw) in enumerate(toks):
        word = raw if raw in _SHOUT_ACRONYMS else raw.rstrip(".")
        chamber = SHOUT_CHAMBERS.get(word)
        if chamber is None and word not in _SHOUT_ACRONYMS:
            continue
        nxt = toks[i + 1][2] if i + 1 < len(toks) and title[e:toks[i + 1][0]] == " " else None
        if chamber is not None:
            if raw != word:
                continue  # ("HOUSE." ends a sentence: no headline does)
            prev = toks[i - 1][2] if i and title[toks[i - 1][1]:s] == " " else None
            if word == "HOUSE" and prev == "WHITE":
                chamber = "White House"
            if nxt is not None and nxt not in SHOUT_FREE_AFTER and (
                    not nxt.endswith("S") or f"{chamber} {nxt.title()}" in body):
                continue  # "SENATE FINANCE COMMITTEE", "WHITE HOUSE PATRIOT ACT DEAL": a longer name
            out.append(Mention(chamber, -1, -1, -1, "chamber"))
            continue
        if raw != word and raw.endswith("."):
            continue  # "SEC. RICE": an abbreviation
        if word in STATE_CODE_TRIGGERS and title[max(0, s - 2):s] == ", ":
            continue  # "ROANOKE, VA"
        if nxt is not None and nxt not in SHOUT_FREE_AFTER:
            line = _table.group_of.get(word)
            after = " " + nxt.title()
            if any(n + after in body for n in _table.names[line]):
                continue  # "UN SECURITY COUNCIL" with "U.N. Security Council": a longer name the body writes
        if body_lower is None:
            body_lower = body.lower()
        if body_lower.count(word.lower()) != body.count(word) and any(  # (the regex only when a small form may be there)
                not w.group().isupper() for w in re.finditer(r"\b%s\b" % re.escape(word), body, re.IGNORECASE)):
            continue  # "WHO", "ICE", "DOE": a word the body writes in small letters
        out.append(Mention(word, -1, -1, -1, "known"))
    return out


# A word glued to a capitalised one by a lost blank, inside a many-word name: "ThoughtsSkyren DAO".
GLUED_HEADING_RE = re.compile(r"[a-z]{4}[A-Z][\w'\u2019&.\-]* ")
GLUED_HEADING_SPAN = 100  # (a glued heading's name starts this near its paragraph's start)
STANDS_ALONE_LOOKS = 50  # (places _stands_alone reads: "xAbc Def " x 5,000 stays linear)


def _stands_alone(phrase: str, whole: str) -> bool:
    """Does `phrase` stand in `whole` after a blank, a mark or the start (not inside a word)?
    (str.find, at most STANDS_ALONE_LOOKS places: a regex built per phrase cost 14 ms a corpus.)"""
    i = whole.find(phrase)
    looks = 0
    while i >= 0 and looks < STANDS_ALONE_LOOKS:
        if i == 0 or not whole[i - 1].isalnum():
            return True
        i = whole.find(phrase, i + 1)
        looks += 1
    return False


def _glued_heading(name: str, cut: int, whole: str) -> bool:
    """Is name[cut:] a name glued to the word before it ("CollectionSkyren DAO")? It stands
    elsewhere in the release after a blank or a mark, and the two parts never stand apart
    there ("Serious Fun Children's Network" written so is one name: "SeriousFun ...")."""
    rest = name[cut:]
    if not _stands_alone(rest, whole):
        return False
    left = name[:cut].rsplit(None, 1)[-1]
    return left + " " + rest not in whole


def _plain_person_name(name: str) -> bool:
    """Two or three capitalised words, a given name and a surname at the ends, none a word of a
    body's name ("Bill Center", "Y Communicate" are no persons)."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0][1:].islower() and words[-1][1:2].islower() and all(
        w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
        and w not in L.HEADS and w not in L.COMPANY_SUFFIXES and w not in L.LEFT_STOPS for w in words)


def _common_tail(name: str, body_text, body_lower: list[str]) -> bool:
    """Are the last two words of a headline's name written in lower case in the text ("shipping
    company", "marketing agency", "joint venture")? Then the name is a place or a kind before a
    common noun phrase, no body's name. (A government body stays: "Corpus Christi, Texas, Police
    Department" where the text says "the police department"; see the caller.)"""
    words = name.split()
    if any(w in ("of", "for", "on", "the") for w in words):
        return False  # a complement names a body: "Citizens Commission on Human Rights of Florida"
    tail = " " + " ".join(words[-2:]).lower()
    body_text()  # (builds body_lower)
    i = body_lower[1].find(tail)
    while i >= 0:
        if body_lower[0][i + 1].islower():
            return True
        i = body_lower[1].find(tail, i + 1)
    return False


def _extend_cut_names(mentions: list[Mention], texts: dict[int, str]) -> None:
    """A head mention cut short where the text goes on with a longer name the release names
    elsewhere is that longer name: "Institute for Intelligent" (the complement rule stops before
    "Networked Systems", a thing's last word) where a role reads "Director, Institute for
    Intelligent Networked Systems". The text must read the longer name at the same place.
    (Longer names are found by bisecting a sorted list: linear-logarithmic in the mentions.)"""
    names = sorted({m.name for m in mentions if " " in m.name})
    if len(names) < 2:
        return
    for m in mentions:
        if m.kind != "head" or m.start < 0:
            continue
        prefix = m.name + " "
        k = bisect_left(names, prefix)
        text = texts.get(m.para, "")
        best = m.name
        while k < len(names) and names[k].startswith(prefix):
            c = names[k]
            if len(c) > len(best) and text.startswith(c, m.start):
                best = c
            k += 1
        if best != m.name:
            if m.full and m.full.endswith(m.name):  # "Northeastern University's Institute for ..."
                m.full += best[len(m.name):]
            m.name = best
            m.end = m.start + len(best)


def _scan_parens(texts: list[tuple[int, str]]):
    return scan_indexed(texts)


def _add_definitions(mentions: list[Mention], defs: list[Definition], texts: dict[int, str]) -> None:
    """Acronym definitions that name a body: the long form and the short form, linked."""
    acts: dict[str, bool] = {}  # short form -> it acts ("NB Power submitted"), read once per short form
    for k, d in enumerate(defs):
        if not _long_is_org(d, texts, acts):
            # the short form may still name a body already found ("the VA" in Akaka's release);
            # a long form in small letters names a thing, never a body of the same words ("its
            # focus on platinum group metals (PGMs)" beside the issuer "Platinum Group Metals Ltd.")
            if not d.long.islower():
                mentions.append(Mention(d.long, d.paragraph, d.start, d.start + len(d.long), "long-weak", link=k))
            mentions.append(Mention(d.short, d.paragraph, d.end, d.end, "short-weak", link=k))
            continue
        mentions.append(Mention(d.long, d.paragraph, d.start, d.start + len(d.long), "long", link=k))
        mentions.append(Mention(d.short, d.paragraph, d.end, d.end, "acronym", link=k))


def _add_paren_names(mentions: list[Mention], names: list[ParenName], texts: dict[int, str]) -> None:
    """Aliases and tickers in parentheses belong to the name just before them.
    (The mention ending at a place is looked up in an index, not by reading every mention.)"""
    ending: dict[tuple[int, int], Mention] = {}

    def index(m: Mention) -> None:
        if m.kind not in ("lone", "short-weak"):
            ending.setdefault((m.para, m.end), m)

    if names:
        for m in mentions:
            index(m)
    aliases: list[tuple[Mention, Mention]] = []  # (alias, its owner)
    for n in names:
        text = texts.get(n.paragraph, "")
        end = n.at
        # skip earlier parentheses: "Enphase Energy, Inc. (NASDAQ: ENPH) (“Enphase” or the “Company”)"
        # (a few: "(A) (A) (A) ..." x 5000 must not walk back over all of them for each)
        skipped = 0
        while True:
            e = end
            while e > 0 and text[e - 1] in " ,":
                e -= 1
            if e > 0 and text[e - 1] == ")" and skipped < 3:
                skipped += 1
                op = text.rfind("(", max(0, e - 80), e)
                if op < 0:
                    break
                end = op
                continue
            end = e
            break
        owner = ending.get((n.paragraph, end))
        if owner is None and n.kind == "ticker":
            owner = _named_before(text, n.paragraph, end, "listed", set())  # "Blackstone (NYSE: BX)"
            if owner is None:
                continue
            mentions.append(owner)
            index(owner)
        if owner is None:
            continue
        if n.kind == "ticker":
            added = Mention(owner.name, n.paragraph, owner.start, owner.end, "ticker", full=n.value)
        else:
            val = n.value
            if val.lower() in ("company", "the company", "corporation", "firm", "partnership", "fund"):
                continue  # a defined term, not a name anybody uses for the body
            added = Mention(val, n.paragraph, n.at, n.at, "alias", owner=owner.name)
            aliases.append((added, owner))
        mentions.append(added)
        index(added)
    if len(aliases) > 1:
        seats = _seats_in_parens(aliases, texts)
        if seats:
            mentions[:] = [m for m in mentions if id(m) not in seats]


def _seats_in_parens(aliases: list[tuple[Mention, Mention]], texts: dict[int, str]) -> set[int]:
    """Parenthesised names that say where a body is, not what else it is called: the same one
    after two bodies ("Family Life Center (Detroit): ... Heroes' Circle Program (Detroit):"), or
    one each in a list of bodies ("Mittal Steel USA (Weirton), Warwood Tool Company (Wheeling),
    and TSF L.L.C. (Berkeley Springs)"). Returns the ids of those alias mentions."""
    owners_of: dict[str, set[str]] = {}
    for added, owner in aliases:
        owners_of.setdefault(added.name, set()).add(owner.name)
    seats = {id(a) for a, _ in aliases if len(owners_of[a.name]) > 1}
    for (a, oa), (b, ob) in zip(aliases, aliases[1:]):
        if a.para != b.para or oa.name == ob.name or ob.start < a.start \
                or not (_place_shaped(a.name, oa.name) and _place_shaped(b.name, ob.name)):
            continue
        text = texts.get(a.para, "")
        close = text.find(")", a.start, ob.start)
        if close >= 0 and LIST_SEP_RE.fullmatch(text, close + 1, ob.start):
            seats.update((id(a), id(b)))
    return seats


def _place_shaped(alias: str, owner: str) -> bool:
    """Title-case words that share none of the owner's ("Wheeling" of "Warwood Tool Company";
    not "PSP Investments" of "Public Sector Pension Investment Board", nor "BCI")."""
    words = alias.split()
    if len(words) > 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    own = set(_fold(owner).split())
    return not any(_fold(w) in own or _fold(w).rstrip("s") in own for w in words)


# Between one listed body's parenthesis and the next body: ", ", ", and the ".
LIST_SEP_RE = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")


def _add_list_items(mentions: list[Mention], texts: dict[int, str]) -> None:
    """Names listed between two organizations are organizations: "CSXT, Amtrak, VRE, District
    Department of Transportation (DDOT)"."""
    strong = [m for m in mentions if m.start >= 0 and m.kind not in ("lone", "long-weak", "short-weak", "alias")]
    by_para: dict[int, list[Mention]] = {}
    for m in strong:
        by_para.setdefault(m.para, []).append(m)
    found: list[Mention] = []
    for para, ms in by_para.items():
        if len(ms) < 2:
            continue
        text = texts.get(para, "")
        ms.sort(key=lambda m: m.start)
        for a, b in zip(ms, ms[1:]):
            # a unit named through its owner starts at the owner: the gap before "the FDAs Office
            # of the General Counsel" ends before "FDAs", which is no list item
            b_start = b.start - (len(b.full) - len(b.name)) if b.full and b.owner and b.full.endswith(b.name) else b.start
            if b_start <= a.end or b_start - a.end > 120:
                continue
            gap = LIST_GAP_RE.fullmatch(text, a.end, b_start)
            sep = ","
            if not gap and text.find(";", a.end, b_start) >= 0:
                gap = SEMICOLON_GAP_RE.fullmatch(text, a.end, b_start)
                sep = ";"
            if not gap:
                continue
            offset = gap.start("items")
            items = gap.group("items")
            pos = 0
            batch: list[Mention] = []
            for part in items.split(sep):
                raw = part
                part_stripped = part.strip()
                if not part_stripped:
                    pos += len(raw) + 1
                    continue
                if "-based" in part_stripped or "-headquartered" in part_stripped:
                    batch = []  # "Arlington, Va.-based Washington Harbour Partners": descriptors, places
                    break
                it = LIST_ITEM_RE.fullmatch(part_stripped)
                name = it.group("name") if it else ""
                first = name.split()[0] if name else ""
                if not it or first in L.LEFT_STOPS or first in L.TITLES_AFTER_HEAD or first in PERSON_ROLES \
                        or _person_like(name, set()) or _fold(name) in L.PLACES:
                    # a person ("Attorney General Loretta E. Lynch") or a place ("Kokomo, Ind.")
                    # in the list: it is not a list of bodies
                    batch = []
                    break
                s = offset + pos + raw.find(name)
                batch.append(Mention(name, para, s, s + len(name), "list"))
                pos += len(raw) + 1
            if batch and _city_of_next(batch[-1], b, text, b_start):
                city = batch.pop()  # "Yarmouth, Massachusetts Division of Natural Resources": its seat
                b.name = f"{city.name}, {b.name}"
                b.start = city.start
            found.extend(batch)
    mentions.extend(found)


# A list of bodies that its kind announces: "brands like Virgin Atlantic, L'Oréal, and Procter &
# Gamble", "clients such as EtherFi, Pendle, Morpho and Ethena", "manufacturers, including
# Audio-Technica, Wisycom, and Shure". The kind is a plural noun of bodies (not "platforms",
# whose items are products, nor "partners", which may be countries or people).
# (Found from a plural's "s" before the cue's words, then CUE_KIND_RE on the 16 characters
# before: a regex led by an alternation of nouns run over every paragraph cost 10 % of the extractor.)
CUE_PLURAL_RE = re.compile(r"s,?(?P<cue> (?:such as|like|including) )")
CUE_KIND_RE = re.compile(
    r"\b(?:brands|companies|firms|retailers|banks|clients|customers|sponsors|manufacturers|insurers|"
    r"carriers|airlines|exchanges|lenders|automakers|startups|start-ups|publishers|broadcasters),?$")
# One item: capitalised words (a small "of"/"&" between capitals: "Procter & Gamble", "Bank
# of America"), then ", ", ", and ", " and ", " & " or the list's end.
CUE_ITEM_RE = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.&\-]*(?:\s(?:(?:of|&|de)\s)?[A-Z0-9][\w'\u2019.&\-]*){0,4})"
    r"(?P<sep>,\s(?:and\s|&\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?)?")
# Small words that may follow a list's last item (anything else in lower case makes the items
# modifiers: "institutions like Sandia and Los Alamos national laboratories").
CUE_LIST_AFTER = frozenset(
    "to that which who are is were was have has had or in for from with as on at by once will can "
    "among all also each alike".split())
CUE_LIST_MAX_ITEMS = 12


def _cue_ends(text: str) -> list[int]:
    """Where the items start after each "<kind of bodies> such as / like / including" in `text`."""
    ends = []
    for m in CUE_PLURAL_RE.finditer(text):
        i = m.start("cue")
        if CUE_KIND_RE.search(text, max(0, i - 16), i):
            e = m.end()
            ends.append(e + 4 if text.startswith("the ", e) else e)
    return ends


def _cue_lists(cues: list[int], texts: list[tuple[int, str]], people: set[str]) -> list[Mention]:
    """The items of the cue lists at `cues`, offsets in the texts joined by newlines, read in
    the body paragraph each falls in (not the headline)."""
    out: list[Mention] = []
    starts = []
    at = 0
    for _, t in texts:
        starts.append(at)
        at += len(t) + 1
    for pos in sorted(cues):
        k = bisect_right(starts, pos) - 1
        para, text = texts[k]
        if para >= 0:
            out.extend(_cue_list_items(text, para, pos - starts[k], people))
    return out


def _cue_list_items(text: str, para: int, pos: int, people: set[str]) -> list[Mention]:
    """The items of the list announced at text[pos] (where its first item starts): two or more,
    each a name that is no person, place or role; a list with one such item is left whole."""
    items: list[tuple[int, str]] = []
    closed = False  # the last item came after "and"/"&"
    while len(items) < CUE_LIST_MAX_ITEMS:
        it = CUE_ITEM_RE.match(text, pos)
        if it is None:
            return []
        name = it.group("name")
        stop = name.find(". ")
        if stop >= 0:  # a sentence ends in the run: "Procter & Gamble. With The Iconic ..."
            name, sep, pos = name[:stop], None, it.start() + stop + 1
        else:
            sep, pos = it.group("sep"), it.end()
        items.append((it.start(), name.rstrip(".")))
        if closed:
            if sep is not None and "and" not in sep and text[pos:pos + 1].isupper():
                return []  # the list goes on: the "and" was a name's ("Wipf and Stock, Routledge, ...")
            break  # (the item after "and" ends the list: "..., and Proton Energy Systems, and the University ...")
        if sep is None:
            break
        if " and " in sep or " & " in sep or sep.startswith((" and", " &")):
            closed = True
    if not closed or len(items) < 2:
        return []
    if sep is None:
        after = text[pos:pos + 1]
        if after.isalnum():
            return []  # the run ended inside a word
        nxt = text[pos + 1:pos + 20].split(" ", 1)[0] if after == " " else ""
        if nxt[:1].islower() and nxt.rstrip(",.;:") not in CUE_LIST_AFTER:
            return []
    kept = []
    for s, name in items:
        first = name.split()[0]
        key = _fold(name)
        if first in L.LEFT_STOPS or first in PERSON_ROLES or first in L.TITLES_AFTER_HEAD \
                or key in L.PLACES or key in L.COUNTRIES or key in L.US_STATES or _person_like(name, people):
            return []  # a place or a person: not a list of bodies
        kept.append(Mention(name, para, s, s + len(name), "cue-list"))
    return kept


# "International" ends many bodies' names but is no head word (as the first word of a name or of
# a complement it is a modifier: "International Rescue Committee", "Office of International
# Affairs"): a run of capitalised words before " International" that no capital follows is a body:
# "Rotary International's work", "Handicap International studied ...", "sale to EVO Payments
# International.", "Zonge International, in locating veins". Not an airport ("Denver
# International, Toronto Pearson": a place before it), a journal ("in the journal Ceramics
# International") or a role ("Group Co-CEO International at swissnet Group").
INTERNATIONAL = " International"
# The one to three capitalised words before " International": "Rotary", "EVO Payments", "Procter & Gamble"
INTL_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\"\u201c/]))(?:[A-Z][\w&'\u2019\-]*\s(?:&\s)?){0,2}[A-Z][\w&'\u2019\-]*$")
# A word before the run that makes it no body: "the journal Ceramics International"; after "at"/"in"
# the run is read as a place ("landed at Orlando International")
INTL_NOT_BEFORE = frozenset(("journal", "Journal", "at", "in"))


def _international_names(texts: list[tuple[int, str]], whole: str) -> list[Mention]:
    """Bodies named "<Capitalised words> International" (see INTERNATIONAL)."""
    out: list[Mention] = []
    if INTERNATIONAL not in whole:
        return out
    looks: dict[str, bool] = {}
    for para, text in texts:
        i = text.find(INTERNATIONAL)
        while i >= 0:
            e = i + len(INTERNATIONAL)
            after = text[e:e + 2]
            if not after[:1].isalnum() and not (after[:1] == " " and after[1:2].isupper()):
                m = INTL_BEFORE_RE.search(text, max(0, i - 60), i)
                if m is not None:
                    words = m.group().split()
                    while words and (words[0] in L.LEFT_STOPS or words[0] in ("Contact", "About")):
                        words.pop(0)
                    before = text[max(0, m.start() - 9):m.start()].split()[-1:]
                    if words and not (before and before[0] in INTL_NOT_BEFORE) and not _glued_run(words, whole, looks) \
                            and not any(w in L.AFFILIATION_ROLES or "CEO" in w or w in L.HEADS for w in words) \
                            and words[0].lower() not in L.US_STATES and _fold(words[0]) not in L.PLACES \
                            and words[0].lower() not in US_AIRPORT_TOWNS:
                        s = e - len(INTERNATIONAL) - len(" ".join(words))
                        out.append(Mention(text[s:e], para, s, e, "head", head="International"))
            i = text.find(INTERNATIONAL, e)
    return out


GLUED_MAX_LOOKS = 16  # (each look reads the release: "AbcDef International. " x 5,000 stays linear)


def _glued_run(words: list[str], whole: str, looks: dict[str, bool]) -> bool:
    """Does a word of the run hold two words glued by a lost blank, a heading and the next
    sentence ("Customized SolutionsBasile International", "About ioTech InternationalioTech
    International is ...")? Then the run from the second part on stands elsewhere in the release.
    Read only for a word with a capital inside it; `looks` memoises the candidates read, at most
    GLUED_MAX_LOOKS a release."""
    for k, w in enumerate(words):
        if not any(c.isupper() for c in w[1:]):
            continue
        rest = " ".join(words[k + 1:] + ["International"])
        for j in range(2, len(w) - 1):
            if w[j - 1].islower() and (w[j].isupper() or w[j].islower() and any(c.isupper() for c in w[j + 1:j + 3])):
                # (the second part opens with a capital or a brand's small letters: "Basile", "ioTech")
                cand = w[j:] + " " + rest
                got = looks.get(cand)
                if got is None:
                    if len(looks) >= GLUED_MAX_LOOKS:
                        return False
                    got = looks[cand] = _stands_alone(cand, whole)
                if got:
                    return True
    return False


# Towns whose "<Town> International" is an airport ("Denver International", "DFW International").
US_AIRPORT_TOWNS = frozenset(
    "denver dfw dallas houston atlanta chicago miami orlando tampa phoenix seattle portland boston newark "
    "detroit memphis nashville louisville indianapolis pittsburgh philadelphia baltimore dulles charlotte "
    "raleigh-durham austin albuquerque tucson sacramento oakland ontario honolulu anchorage salt vegas "
    "minneapolis-st kansas omaha birmingham jacksonville norfolk richmond bangor".split())


def _city_of_next(item: Mention, b: Mention, text: str, b_start: int) -> bool:
    """Is the list item right before a state's local body that body's city? DOJ lists write
    "..., Yarmouth, Massachusetts Division of Natural Resources, North Myrtle Beach, South
    Carolina Police Department and ..." ("Alvin, Texas, Police Department" with a comma after the
    state is read by orgnames._city_state_start): the city is no body of its own."""
    if b.head not in L.GOVERNMENT_HEADS or b.full or text[item.end:b_start] != ", " or b_start != b.start:
        return False
    words = b.name.split()
    if len(words) < 3 or not (_fold(words[0]) in L.US_STATES or _fold(" ".join(words[:2])) in L.US_STATES):
        return False
    return all(w[:1].isupper() and w.isalpha() and w not in L.HEADS for w in item.name.split())


LINKED_KINDS = frozenset(("long", "long-weak", "alias", "ticker"))
STRONG_KINDS = frozenset(("head", "suffix", "chamber", "known", "role", "appositive", "long", "acronym", "speaker",
                          "list", "ticker", "owner", "announce", "about", "listed", "vouched", "cue-list", "exec"))

# Names that are an organ or an award, not a body: "Board of Directors", "Partner Agency of the Year",
# a German company's "Management Board" (Vorstand) beside its "Supervisory Board".
NOT_A_BODY_RE = re.compile(
    r"(?:(?:Executive |Advisory |Supervisory |Management )?Board(?: of (?:Directors|Trustees|Governors|Advisors|Advisers))?"
    r"(?: of .*)?|.* of the Year|.*\bAwards?|.*\bPrize)"
)
# A place descriptor glued before a name: "Switzerland-based Solana Foundation",
# "Los Angeles–based Mark Weaver & Associates" (the name starts after it).
DESCRIPTOR_RE = re.compile(r"[-\u2013\u2014](?:based|headquartered)\s+")
# List residue before a name: "Community Entrepreneur– ATC Shooting Sports LLC" (a word with a
# dash glued to it closes the item before), "ZURICH–(BUSINESS WIRE)–Amrize" (a dateline).
LIST_DASH_RE = re.compile(r"\w[\u2013\u2014]\s+|\)[\u2013\u2014]")
# A section heading run into the name after it: "Company Summary Image Protect, Inc. (OTC:IMTL)
# is ...", "Background:GigaCloud Technology Inc.", "Media Contact: ..."; alone it names nothing.
SECTION_HEADING_RE = re.compile(
    r"(?:Company|Corporate|Business) (?:Summary|Overview|Background|Profile)(?:\s*:\s*|\s+|$)"
    r"|(?:Summary|Overview|Background|Profile)(?:\s*:\s*|$)"
    r"|(?:(?:Media|Press|Investor) )?Contacts?(?:\s*:\s*|$)|(?:Media|Press|Investor) Contacts?\s+"
)


# A verb's -ing form before a name it governs: "Resurfacing Standing Rock Sioux Tribe ...",
# "Choosing Supreme Cleaning Inc.", "Expanding Centcore Data Center" (only when the text names
# what follows by itself, and not a head alone: "Housing and Civil Enforcement Section", "Working
# Families Party", "Booking Holdings", "Banking Committee" stay).
GERUND_LEAD_RE = re.compile(r"[A-Z][a-z]{2,}ing ")
# An adverb and a participle opening a description: "Federally Funded Research", "Publicly Traded
# Company", "Newly Launched EcoFlare Power Division" (the name, if any, is after them).
ADVERB_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]{2,}ly [A-Z][a-z]{2,}ed ")


# A word standing alone in the release, not inside a word nor after an apostrophe: "Massachusetts"
# in "the District of Massachusetts" (not "Smith" in "O'Smith", nor "Ortiz" in "Ortizs").
ALONE_WORD_RE = re.compile(r"(?<![\w'\u2019])\w+")
WORD_RE = re.compile(r"\w+")  # a word of letters and digits only: "Massachusetts" (not "Saint-Croix")
OWNER_MAX_SEARCHES = 16  # (owners holding a mark searched a release: each search reads the release)


class _AloneWords:
    """Does the release write a word alone (ALONE_WORD_RE)? The release's words are read once,
    on the first question: a search per distinct word asked was quadratic (14 s on a release of
    5,000 distinct lost owners). A word holding a mark ("Saint-Croix") is searched, memoised, at
    most OWNER_MAX_SEARCHES a release."""

    def __init__(self, whole: str) -> None:
        self.whole = whole
        self.words: set[str] | None = None
        self.searched: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if WORD_RE.fullmatch(word):
            if self.words is None:
                self.words = set(ALONE_WORD_RE.findall(self.whole))
            return word in self.words
        got = self.searched.get(word)
        if got is None:
            if len(self.searched) >= OWNER_MAX_SEARCHES:
                return False
            got = self.searched[word] = re.search(
                r"(?<![\w'\u2019])" + re.escape(word) + r"(?!\w)", self.whole) is not None
        return got


def _lost_owner_lead(name: str, alone: _AloneWords) -> bool:
    """Does the name open with an owner whose possessive lost its apostrophe (DOJ pages)? An
    acronym's ("HUDs Office of Inspector General", "FBIs San Francisco Office") or a name ending
    in s, x or z that the release writes alone ("Massachusettss National Security Unit", "U.S.
    Attorney Ortizs ..."): the body is the rest. A plural that opens a name stays ("Veterans
    Health Administration", "Builders Hardware Manufacturers Association": no double s)."""
    first, sp, rest = name.partition(" ")
    if not sp or len(first) < 3 or first[-1] != "s" or " " not in rest or not rest[:1].isupper():
        return False
    base = first[:-1]  # (two letters at least: `first` has three)
    if base.isupper() and base.isalpha():
        return True
    return base.endswith(("s", "x", "z")) and base[:1].isupper() and base in alone


# "Senior" before a court's name is a judge's rank, not part of the court's name.
SENIOR_COURT = ("Senior U.S. ", "Senior United States ", "Senior District ", "Senior Federal ", "Senior Circuit ")


@lru_cache(maxsize=16384)
def _lead_cut(name: str) -> int | None:
    """Where the name proper starts in `name` (0: all of it), or None when nothing is left.

    Why: the leftward walk from a head or suffix reads every capitalised word, so a descriptor,
    the previous item of a dash list or a section heading before the name comes along.
    (Kept per name: the same names recur in a release and across releases.)"""
    cut = 0
    if name[:1] >= "\U0001d400":
        # a heading in mathematical bold run into the name: "𝐀𝐛𝐨𝐮𝐭 𝐒𝐭𝐨𝐧𝐞𝐠𝐚𝐭𝐞Stonegate Capital Partners"
        while cut < len(name) and (name[cut] >= "\U0001d400" or name[cut] == " "):
            cut += 1
        if cut >= len(name):
            return None
    if "based" in name or "headquartered" in name:
        for m in DESCRIPTOR_RE.finditer(name):
            cut = m.end()
    if "\u2013" in name or "\u2014" in name:
        for m in LIST_DASH_RE.finditer(name, cut):
            cut = m.end()
    h = SECTION_HEADING_RE.match(name, cut)
    if h:
        cut = h.end()
    if "ly " in name[cut:cut + 16]:
        a = ADVERB_PARTICIPLE_RE.match(name, cut)
        if a:
            cut = a.end()
            if " " not in name[cut:].strip():
                return None  # "Federally Funded Research": a description, no name
    if "." in name or "!" in name or "?" in name:
        cut = _glued_sentence_cut(name, cut)
    cut = _doubled_word_cut(name, cut)
    if name.startswith(("General U.S. ", "General United States "), cut):
        cut += 8  # the end of a title, "Comptroller General U.S. Government Accountability Office"
    if name.startswith(SENIOR_COURT, cut):
        cut += 7  # a judge's rank: "Senior U.S. District Court Judge Roslyn O. Silver" (DOJ)
    if cut and not _is_cap(name[cut:cut + 1] or "a"):
        return None
    return cut


# Two sentences run together by a lost space, the second opening with an About heading or
# "The": "Vice President of Ecosystems at Udemy.About IntellumIntellum is ...",
# "Assistant Attorney General Cronan.The Criminal Division ..." (the name is after it).
GLUED_OPENER_RE = re.compile(r"[a-z]{2}[.!?](?:About|The)\s+(?=[A-Z])")
# A sentence end glued to the next capital: "Pudgy Penguins.Pudgy Penguins", "Truth.Fi".
GLUED_STOP_RE = re.compile(r"[a-z][.!?](?=[A-Z])")


def _glued_sentence_cut(name: str, cut: int) -> int:
    """Where the name starts after a sentence glued before it: after an opener ("Udemy.About
    Intellum", "Cronan.The Criminal Division"), or after a heading that the sentence repeats
    ("About Pudgy Penguins" + "Pudgy Penguins is ..." reads "Pudgy Penguins.Pudgy Penguins",
    "Supreme Cleaning Inc.Supreme Cleaning Inc."). A brand written with a dot stays whole:
    "Truth.Fi", "BitcoinCitadel.Club" (what follows the dot is no repeat)."""
    for g in GLUED_OPENER_RE.finditer(name, cut):
        cut = g.end()
    first = name[cut:].split(" ", 1)[0]
    for g in GLUED_STOP_RE.finditer(name, cut):
        rest = g.end()
        if rest - cut > len(first) and name.startswith(first, rest) and " " in name[cut:rest]:
            return rest  # the heading's first word again: the sentence opens with the name
    return cut


def _doubled_word_cut(name: str, cut: int) -> int:
    """An About heading glued to a first sentence that opens with the same one word reads
    "DogoshiDogoshi is ...", "StonegateStonegate Capital Partners is ...": the name starts at
    the second copy. (Halves of 4+ letters: "BamBam" or "PawPaw" may be names.)"""
    sp = name.find(" ", cut)
    end = len(name) if sp < 0 else sp
    n = end - cut
    if n >= 8 and n % 2 == 0 and name[cut].isupper():
        half = cut + n // 2
        if name.startswith(name[cut:half], half):
            return half
    return cut


def _maybe_not_a_body(name: str) -> bool:
    """Cheap test before NOT_A_BODY_RE (its ".*" alternatives read a name up to three times):
    every name it matches holds one of these words."""
    return "Board" in name or "Year" in name or "Award" in name or "Prize" in name


BOARD_OF_RE = re.compile(
    r"(?:Executive |Advisory |Supervisory |Management )?Board"
    r"(?: of (?:Directors|Trustees|Governors|Advisors|Advisers) of| of (?:Directors|Trustees|Governors|Advisors|Advisers|Regents) (?:for|at)| of)"
    r" (?:the )?(?P<body>[A-Z].*)"
)  # "Board of Directors of SKAN Group AG", "Board of Regents for the University System of Maryland"


# A case caption's "v." before a name: "Brown v. Board of Education".
CASE_CAPTION_RE = re.compile(r"\bvs?\.\s+$")

BOARD_ORGANS = frozenset(("Directors", "Trustees", "Governors", "Advisors", "Advisers"))


def _assemble(mentions: list[Mention], texts: list[tuple[int, str]], whole: str) -> list[Organization]:
    """Group the mentions into organizations (union-find over the grouping rules)."""
    n = len(mentions)
    g = _Groups(n)
    text_of = dict(texts)
    owners_of: dict[str, set[str]] = {}
    for m in mentions:
        if m.full and m.owner and m.owner.strip() not in GENERIC_OWNERS:
            owners_of.setdefault(m.name, set()).add(_fold(m.owner))
    # a unit's bare name shared by two owners ("GSA's" and "Department of Energy's Office of
    # Inspector General") is keyed by its full name so the two stay apart
    keys: list[str] = []
    first_by_key: dict[str, int] = {}
    first_by_line: dict[int, int] = {}
    first_by_link: dict[int, int] = {}
    by_para: dict[int, list[int]] = {}
    linked: list[int] = []  # long forms, aliases and tickers, joined to their names below
    group_of = _table.group_of
    for i, m in enumerate(mentions):
        if m.kind in LINKED_KINDS:
            linked.append(i)
        k = _fold(m.full) if m.full and len(owners_of.get(m.name, ())) > 1 else _fold(m.name)
        keys.append(k)
        if k:
            j = first_by_key.setdefault(k, i)
            if j != i:
                g.union(j, i)
        # the alias file
        line = group_of.get(m.name)
        if line is None and m.name.startswith(("the ", "The ")):
            line = group_of.get(m.name[4:])
        if line is not None:
            j = first_by_line.setdefault(line, i)
            if j != i:
                g.union(j, i)
        # acronym <-> long form
        if m.link >= 0:
            j = first_by_link.setdefault(m.link, i)
            if j != i:
                g.union(j, i)
        elif m.start >= 0 and m.kind != "lone" and m.kind != "alias":
            by_para.setdefault(m.para, []).append(i)
    para_starts: dict[int, tuple[list[int], int]] = {}  # starts of a paragraph's names, sorted; longest name
    for i in linked:
        m = mentions[i]
        kind = m.kind
        if kind == "long" or kind == "long-weak":
            # any name overlapping the long form is the same body (a name that overlaps starts
            # at most the longest name's length before it: a window of a sorted list)
            para_ix = by_para.get(m.para)
            if not para_ix:
                continue
            got = para_starts.get(m.para)
            if got is None:
                para_ix.sort(key=lambda j: mentions[j].start)
                got = para_starts[m.para] = ([mentions[j].start for j in para_ix],
                                             max(mentions[j].end - mentions[j].start for j in para_ix))
            starts, span = got
            text = text_of.get(m.para, "")
            for t in range(bisect_left(starts, m.start - span), bisect_left(starts, m.end)):
                j = para_ix[t]
                o = mentions[j]
                if m.start < o.end:
                    if o.kind in ("known", "owner") and o.end < m.end \
                            and text[o.end:o.end + 1] in ("-", "'", "\u2019", "s"):
                        # the parent's name: "HHS" of "HHS-Office of Inspector General (HHS-OIG)", "U.S.
                        # Postal Service" of "U.S. Postal Services Office of Inspector General (USPS OIG)"
                        continue
                    g.union(i, j)
        elif kind == "alias":
            # aliases and tickers to their owner
            if m.owner:
                owner_ix = first_by_key.get(_fold(m.owner))
                if owner_ix is not None:
                    g.union(owner_ix, i)
        else:  # ticker
            owner_ix = first_by_key.get(keys[i])
            if owner_ix is not None:
                g.union(owner_ix, i)
    # an appositive that renames a body: "Combined Joint Task Force - Operation Inherent
    # Resolve, the 83-member International Coalition"
    for para, ix in by_para.items():
        if len(ix) < 2:
            continue
        text = text_of.get(para, "")
        ordered = sorted(ix, key=lambda i: mentions[i].start)
        for a, b in zip(ordered, ordered[1:]):
            ma, mb = mentions[a], mentions[b]
            if 0 < mb.start - ma.end < 40 and RENAMING_RE.fullmatch(text, ma.end, mb.start) \
                    and ma.kind in STRONG_KINDS and mb.kind == "head" and not mb.owner:
                # (a unit named through its owner renames nothing: ", the FDAs Office of ...")
                g.union(a, b)
    # "Peshmerga Forces" inside "Peshmerga Security Forces", "Players Association" ending
    # "MLB Players Association": joined when exactly one longer name fits
    strong_keys: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind in STRONG_KINDS and keys[i] and keys[i] not in strong_keys:
            strong_keys[keys[i]] = i
    # (both tests need the same last word: names are compared within a last word's bucket, not
    # every pair of a release's names)
    by_last: dict[str, list[tuple[list[str], frozenset[str], int]]] = {}
    split: list[tuple[list[str], int]] = []
    for k, i in strong_keys.items():
        words = k.split()
        split.append((words, i))
        by_last.setdefault(words[-1], []).append((words, frozenset(words), i))
    for ka, a in split:
        la = len(ka)
        if la == 2 and ka[1] in LONG_LEGAL_KEYS and ka[0] in by_last:
            # "Credit Corporation" of "Mullen Credit Corporation" (keyed "mullen credit": the
            # spelled-out legal form leaves a key of two words or more)
            ka, la = ka[:1], 1
            bucket = by_last[ka[0]]
        elif la < 2 or ka[0] in HEAD_KEYS:
            continue  # "department of justice" is a full name, not the tail of "california department of justice"
        else:
            bucket = by_last[ka[-1]]
        if len(bucket) < 2 and la > 1:
            continue
        fits = set()
        set_a = None
        own_a = owners_of.get(mentions[a].name)
        for kb, set_b, b in bucket:
            if len(kb) <= la:
                continue
            if own_a and owners_of.get(mentions[b].name, own_a).isdisjoint(own_a):
                continue  # units of two owners: "the Justice Department's Criminal Division", "the FBI's Criminal Investigative Division"
            if kb[-la:] == ka:
                fits.add(g.find(b))
            elif ka[0] == kb[0]:
                if set_a is None:
                    set_a = frozenset(ka)
                if set_a <= set_b:
                    fits.add(g.find(b))
        if len(fits) == 1:
            g.union(a, fits.pop())
    _join_first_word_names(mentions, keys, strong_keys, g)
    # groups, with the weak kinds only joining groups that have a strong name
    groups: dict[int, list[int]] = {}
    strong_roots: set[int] = set()
    for i, m in enumerate(mentions):
        r = g.find(i)
        groups.setdefault(r, []).append(i)
        if m.kind in STRONG_KINDS:
            strong_roots.add(r)
    strong_groups = {r: ix for r, ix in groups.items() if r in strong_roots}
    # lone heads ("the Coalition") join the one group whose names end with that head
    for r, ix in groups.items():
        if r in strong_roots or not all(mentions[i].kind == "lone" for i in ix):
            continue
        head = mentions[ix[0]].head
        cands = [r2 for r2, ix2 in strong_groups.items() if any(mentions[j].head == head and mentions[j].kind in ("head",) for j in ix2)]
        if len(cands) == 1:
            strong_groups[cands[0]] = strong_groups[cands[0]] + ix
        elif not cands and head in L.SERVICE_HEADS and any(
                LONE_THE_RE.search(text_of.get(mentions[i].para, ""), max(0, mentions[i].start - 5), mentions[i].start)
                for i in ix):
            strong_groups[r] = ix  # "the Navy" with no "U.S. Navy" to join: the service itself
    # units named through a parent: name by itself when the parent is a body and the name is unique
    # (a generic owner, "the Departments Civil Division" after "the Justice Departments Civil
    # Division", is the same parent again, no second one: as owners_of above)
    inner_names: dict[str, set[str]] = {}
    for ix in strong_groups.values():
        for i in ix:
            m = mentions[i]
            if m.full and m.owner and m.owner.strip() not in GENERIC_OWNERS:
                inner_names.setdefault(m.name, set()).add(_fold(m.owner))
    all_keys = set(first_by_key)
    body = _Body(whole)
    orgs: list[tuple[tuple[int, int], Organization]] = []
    for ix in strong_groups.values():
        orgs.append(_organization([mentions[i] for i in ix], inner_names, all_keys, body))
    orgs.sort(key=lambda t: t[0])
    return [o for _, o in orgs if o.name]


# Words after a short name that make the longer name a unit or another body, not the same
# company: "Ethereum Foundation" (of "Ethereum"), "FBI Boston Field Division", "Chartjoy and
# Trinity School of Medicine"; a common-noun company head too unless a legal form follows
# ("Mattel Studios" of "Mattel", "Hewlett Packard Labs"; but "GeoVax Labs, Inc." of "GeoVax").
UNIT_TAIL_WORDS = L.GOVERNMENT_HEADS | L.INSTITUTION_HEADS | frozenset(("DAO", "and", "&"))
# The keys of orgnames.LONG_LEGAL_SUFFIXES ("corporation"), which _fold drops from longer names.
LONG_LEGAL_KEYS = frozenset(w.strip().lower() for w in LONG_LEGAL_SUFFIXES)
# The legal form spelled out: "SolarBank Corporation" is "SolarBank Corp." and "SolarBank".
LEGAL_FORM_WORDS = L.COMPANY_SUFFIXES | frozenset(("Corporation", "Company", "Incorporated", "Limited"))


def _join_first_word_names(mentions: list[Mention], keys: list[str], strong_keys: dict[str, int], g: _Groups) -> None:
    """A one-word name that opens the release's one longer name is its short name: "Mullen" and
    "Mullen Automotive Inc.", "Fathom" and "Fathom Nickel Inc.", "Akari" and "Akari Therapeutics".
    Not an acronym ("FBI" and "FBI Houston Division" are two bodies) nor a chamber ("House"),
    not when the longer name is a unit or a pair (UNIT_TAIL_WORDS), nor when two longer names
    open with the word ("Rivalz DePIN", "Rivalz Network"). A short name written with its legal
    form ("Moog Inc", "Mattel, Inc.") is the parent company itself: it joins only the same name
    with its legal form spelled out ("SolarBank Corp." and "SolarBank Corporation")."""
    singles: list[tuple[str, int]] = []
    by_first: dict[str, list[int]] = {}
    for k, i in strong_keys.items():
        sp = k.find(" ")
        if sp < 0:
            singles.append((k, i))
        else:
            by_first.setdefault(k[:sp], []).append(i)
    if not singles or not by_first:
        return
    suffixed: set[str] | None = None
    for k, a in singles:
        cands = by_first.get(k)
        if not cands or len(k) < 3 or k in HEAD_KEYS:
            continue
        name = mentions[a].name
        if name.isupper() or mentions[a].owner or name in L.CHAMBERS:
            continue
        roots = {g.find(b) for b in cands}
        if len(roots) != 1:
            continue
        if suffixed is None:  # keys written with a legal form somewhere ("Moog Inc")
            suffixed = {keys[i] for i, m in enumerate(mentions) if " " in m.name.strip() and " " not in keys[i]}
        legal_only = k in suffixed
        if all(_plain_longer_name(mentions[b], legal_only) for b in cands):
            g.union(a, roots.pop())


def _plain_longer_name(m: Mention, legal_only: bool) -> bool:
    """The longer name is the same company's (see _join_first_word_names)."""
    words = m.name.split()
    if m.owner or not 2 <= len(words) <= 6:
        return False
    tail = [w.rstrip(",") for w in words[1:]]
    if legal_only:
        return all(w in LEGAL_FORM_WORDS for w in tail)
    if any(w in UNIT_TAIL_WORDS for w in tail):
        return False
    return not any(w in L.GENERIC_COMPANY_HEADS for w in tail) or tail[-1] in LEGAL_FORM_WORDS


def _owner_is_body(owner: str, all_keys: set[str]) -> bool:
    o = owner.strip()
    if o in GENERIC_OWNERS:
        return True
    words = o.split()
    return any(w in L.HEADS for w in words) or _fold(o) in all_keys or o in _table.group_of


def _organization(ms: list[Mention], inner_names: dict[str, set[str]], all_keys: set[str], body: _Body) -> tuple[tuple[int, int], Organization]:
    """One group of mentions as an Organization: the fullest eligible name leads.

    A unit's possessive form ("HUD's Office of Inspector General") is only an alias when the
    unit is named by itself; it leads when the owner is not a body ("North Dakota's Supreme
    Court") or when two units of different owners share the bare name.
    """
    if len(ms) == 1 and not (ms[0].full and ms[0].owner) and ms[0].kind != "ticker":
        # most groups are one mention of one name (no fullness contest, no aliases)
        m = ms[0]
        nm = m.name.strip(NAME_EDGE)  # (and a trademark mark: "United Franchise Group™")
        is_acronym = m.kind in ("acronym", "short-weak") or m.kind == "known" and m.name.isupper()
        return (m.para, max(m.start, 0)), Organization(
            name=nm, acronym=m.name if is_acronym else None, aliases=[],
            mentions=max(1, _count_mentions([nm], body)), ticker=None)
    names: list[tuple[tuple[int, int], str, bool]] = []  # (position, name, may lead)
    lost: set[str] = set()  # possessive forms whose apostrophe got lost
    acronym = None
    ticker = None
    for m in ms:
        pos = (m.para, max(m.start, 0))
        if m.kind == "ticker":
            ticker = ticker or m.full
            continue
        if m.kind in ("acronym", "short-weak") or m.kind == "known" and m.name.isupper():
            acronym = acronym or m.name
        if m.full and m.owner:
            owner = m.owner.strip()
            if m.full.startswith(owner + "s "):
                lost.add(m.full.strip(NAME_EDGE))  # "U.S. Secret Services Washington Field Office"
            if owner in GENERIC_OWNERS:
                names.append((pos, m.name, True))
                names.append((pos, m.full, False))
            elif not _owner_is_body(owner, all_keys) or len(inner_names.get(m.name, ())) > 1:
                names.append((pos, m.full, True))
                if len(inner_names.get(m.name, ())) <= 1:
                    names.append((pos, m.name, False))  # (a bare name two owners share is neither's)
            else:
                names.append((pos, m.name, True))
                names.append((pos, m.full, False))
            continue
        names.append((pos, m.name, m.kind != "lone"))
    if not names:
        return (0, 0), Organization(name="")
    names.sort(key=lambda t: t[0])
    first_pos = names[0][0]
    ordered: list[str] = []
    eligible: set[str] = set()
    seen: set[str] = set()
    for _, nm, ok in names:
        nm = nm.strip(NAME_EDGE)
        k = nm.replace("\u2019", "'")
        if ok:
            eligible.add(nm)
        if k not in seen:
            seen.add(k)
            ordered.append(nm)
    pool = [x for x in ordered if x in eligible] or ordered
    if len(pool) > 1 and any(x.endswith(LOST_POSSESSIVE_ENDS) for x in pool):
        # a head whose possessive lost its apostrophe at the name's end, beside the name written
        # right: "U.S. Department of Health and Human Services Office of Inspector Generals" with
        # the definition's "... Office of Inspector General (HHS-OIG)"
        keys = {_fold(x) for x in pool}
        pool = [x for x in pool if not (x.endswith(LOST_POSSESSIVE_ENDS) and _fold(x[:-1]) in keys)] or pool
    canon = max(pool, key=lambda x: _fullness(x, acronym, x in lost))
    aliases = [x for x in ordered if x != canon]
    mentions = _count_mentions(ordered, body)
    return first_pos, Organization(name=canon, acronym=acronym, aliases=aliases, mentions=max(1, mentions), ticker=ticker)


def _fullness(name: str, acronym: str | None, lost: bool = False) -> tuple[int, int, int, int, int]:
    """Prefer a spelled-out name to an acronym, a name without a possessive ("HUD's Office of
    Inspector General", or one whose apostrophe got lost: "Justice Departments Civil Division"),
    more words, then a legal form ("Goliath Resources Limited" over the headline's "Investee
    Goliath Resources"), then more characters."""
    is_short = name == acronym or (name.isupper() and len(name) <= 6 and " " not in name)
    possessive = lost or "'s " in name or "\u2019s " in name or lost_possessive(name)
    words = name.split()
    legal = len(words) > 1 and words[-1] in LEGAL_FORM_WORDS
    return (0 if is_short else 1, 0 if possessive else 1, len(words), 1 if legal else 0, len(name))


# An innermost parenthesis and its content: "(FEMA)" -> "FEMA".
PAREN_CONTENT_RE = re.compile(r"\(([^()]*)\)")


class _Body:
    """A release's text to count names in, with its parenthesised names counted once per
    release (not one more scan of the text per name)."""

    __slots__ = ("text", "_parens")

    def __init__(self, text: str) -> None:
        self.text = text
        self._parens: Counter[str] | None = None

    def in_parens(self, name: str) -> int:
        """Occurrences of "(name)": for a name without parentheses, exactly the innermost
        parentheses that hold it."""
        if "(" in name or ")" in name:
            return self.text.count("(" + name + ")")
        if self._parens is None:
            self._parens = Counter(PAREN_CONTENT_RE.findall(self.text)) if "(" in self.text else Counter()
        return self._parens.get(name, 0)


def _count_mentions(names: list[str], body: _Body) -> int:
    """Occurrences of any of the names, the longer name counted where names overlap."""
    text = body.text
    if len(names) == 1 and len(names[0]) >= 6:
        nm = names[0]  # (most organizations have one name)
        c = text.count(nm)
        return c - body.in_parens(nm) if c else 0
    uniq = set(names)
    plain = True  # no name inside another and none short enough to sit inside a word: plain counts
    for nm in uniq:
        if len(nm) < 6:
            plain = False
            break
    if plain:
        for nm in uniq:
            for o in uniq:
                if o != nm and nm in o:
                    plain = False
                    break
            if not plain:
                break
    total = 0
    if plain:
        for nm in uniq:
            c = text.count(nm)
            if c:
                total += c - body.in_parens(nm)
        return total
    longest_first = sorted(uniq, key=len, reverse=True)
    # counted spans never overlap (longer names first), so the one starting last before a
    # position is the only one that can cover it: a sorted list and bisect, not a scan
    starts: list[int] = []
    ends: list[int] = []
    for nm in longest_first:
        if len(nm) < 2:
            continue
        i = text.find(nm)
        while i >= 0:
            j = i + len(nm)
            ok = (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum())
            if ok and i > 0 and text[i - 1] == "(" and text[j:j + 1] == ")":
                ok = False  # "Federal Emergency Management Agency (FEMA)": one mention, not two
            if ok:
                k = bisect_right(starts, i)
                if not (k and ends[k - 1] > i):
                    starts.insert(k, i)
                    ends.insert(k, j)
                    total += 1
            i = text.find(nm, j)
    return total
