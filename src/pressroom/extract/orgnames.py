"""Where organizations are named in a release: the mentions, before any grouping.

One regex pass finds trigger words (head words such as `Commission`, legal suffixes such as
`Inc.`, the chambers, curated short names such as `ISIS`, capitalised roles such as `CEO`) and,
in the same pass, the acronyms in use. Around each trigger a name is read token by token:
leftwards over capitalised words and the connectors a name can hold (`Surety & Fidelity
Association`, `Community Investment for Families Department`), rightwards over an `of/for/on`
complement (`Department of Housing and Urban Development`). Cheap substring tests gate the
rarer cues: appositives (`Skanska, a leading ... firm`), `X is a ... company`, announcements
(`Silver Range Resources Announces ...`), `About X` headings, lower-case roles.

Each function here returns `Mention`s; organizations.py turns them into organizations.
"""


from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import orglexicon as L
from .lexicon import first_names
from .acronyms import CAPS_RUN_RE, NOT_BEFORE_ACRONYM, Intervals as _Intervals

# ---------------------------------------------------------------------------------------------
# patterns

_table = L.alias_table()
_KEYWORDS = sorted(
    w for w in L.HEADS | L.COMPANY_SUFFIXES | L.CHAMBERS | _table.triggers | L.AFFILIATION_ROLES | {"Exchange"}
    if w[:1].isupper()
)  # ("Exchange" for a market's name, see EXCHANGE_BEFORE_RE: found in the same scan)
# The end of a trigger word: a plural or possessive, then no more letters ("Departments",
# "FBI's"); and the end of an acronym in use (as acronyms.ACRONYM_USE_RE: "HUD-insured", "P3").
_KW_TAIL = r"'s|\u2019s|s'|s\u2019|s"
_KW_END = r"(?![A-Za-z0-9\u00c0-\u024f])"
_ACR_REST = r"[A-Z&]*[A-Z][0-9]{0,3}s?(?![\w&]|\.[A-Za-z])"


def _keyword_pattern(words: list[str]) -> str:
    """Every trigger word and, in the same pass, every acronym in use, as one alternative per
    capital letter: "C(?:(?P<kC>ommission|...)(?P<sC>'s|s)?(?!letter)|<acronym rest>)".

    Each alternative starts with its letter, so the engine skips to capitals with a C-level
    character test (a pattern that opens with a look-ahead or a group is tried at every
    position: 1.4x slower over the corpus). The keyword group of a letter holds the rest of
    the word (a trie, see orglexicon.trie_pattern) and its suffix group the plural or
    possessive; neither takes part in an acronym hit.
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        rests = by_first.get(c)
        if rests is None:
            alts.append(c + _ACR_REST)
            continue
        body = L.trie_pattern([r for r in rests if r])
        if "" in rests and body:
            body = f"(?:{body})?"  # the letter alone is a keyword too
        alts.append(f"{c}(?:(?P<k{c}>{body})(?P<s{c}>{_KW_TAIL})?{_KW_END}|{_ACR_REST})")
    return "|".join(alts)


# Every trigger word, "Commission", "Inc.", "Senate", "Daesh", "CEO", "Departments" (a
# possessive without its apostrophe, as in "the Justice Departments Antitrust Division"), and
# every acronym in use ("ISIS", "HUD-insured") in one scan. A hit's `lastgroup` tells them
# apart: "kC" a keyword, "sC" a keyword with a suffix, None an acronym.
KEYWORD_RE = re.compile(_keyword_pattern(_KEYWORDS))


# Keywords that are acronyms themselves ("FBI", "IRS"): a hit on one is also an acronym use.
ACRONYM_KEYWORDS = frozenset(w for w in _KEYWORDS if w.isupper() and len(w) > 1 and w.isalpha())
HEAD_OR_SUFFIX = L.HEADS | L.COMPANY_SUFFIXES


# Centers that are places: "the Mandalay Bay Convention Center", "the Ronan Event Center".
VENUE_CENTER_RE = re.compile(
    r"(?:Convention|Conference|Event|Events|Exhibition|Expo|Civic|Performing Arts|Arts|Visitor|Visitors|"
    r"Shopping|Trade|Sports|Aquatic|Aquatics|Fitness|Recreation|Community|Senior|Student|Medical Office) (?:Center|Centre)$"
)

# Verbs after a company's name: "Silver Range Resources Announces Encouraging Results",
# "PyroDelta Energy Inc. today announced", "The Dairy Alliance is pleased to announce".
ANNOUNCE_CUES = (
    " today announced", " announced today", " Announces ", " announces ", " is pleased to announce",
    " is proud to announce", " is excited to announce", " has announced", " today launched", " Launches ",
    " today unveiled", " Unveils ", " today reported", " Reports ",
)
# Headline verbs that name the headline's subject only when the name opens the headline and the
# body names it again: "DefiQuant Unleashes Advanced Bots ...", "Mid Cities Psychiatry Introduces
# TMS Therapy ...", "ISSGLOBAL Expands Services ..." (not "Woofie's of Concord-Manchester Expands
# ...", whose walk stops inside the name, nor "Veteran Duo Introduces ...", which the body never
# repeats: a description, not a name).
TITLE_SUBJECT_CUES = (" Introduces ", " Unleashes ", " Debuts ", " Expands ", " Secures ", " Joins ", " Appoints ",
                      " Names ", " Receives ", " Wins ", " Celebrates ", " Opens ", " Completes ", " Signs ",
                      " Raises ", " Acquires ", " Welcomes ", " Achieves ", " Partners with ", " Partners With ",
                      # (more verbs, same two conditions: "Silverpush Releases 2024 Holiday Advertising
                      # Playbook", "PainReform Advances Pain Relief Solution", "Impact Networking Strengthens
                      # Leadership Team", "UGI Continues to Provide ..."; not a passive or a verb whose
                      # subject is often a product or a place: "XVesuvius Named Men's Health 'Best Acne
                      # Product'", "RAW Rolling Papers Surpasses ...", "District Court Enters ...",
                      # "Fort Worth Design District Showcases ...")
                      " Releases ", " Advances ", " Offers ", " Responds ", " Continues ", " Strengthens ",
                      " Addresses ", " Emphasizes ", " Revolutionizes ", " Hosts ", " Honors ", " Adds ",
                      " Reaches ", " Earns ", " Donates ", " Hires ", " Teams ", " Transforms ", " Empowers ",
                      " Provides ", " Delivers ", " Brings ", " Highlights ")
TITLE_SUBJECT_RE = re.compile(r"(?<= )(?:%s)(?= )" % "|".join(re.escape(c[1:-1]) for c in TITLE_SUBJECT_CUES))
# Last words that make a headline's subject a thing ("New Markets Tax Credit Receives ..."); an
# exchange is a body ("Gityer Exchange Signs MOU ...", see KIND_NOUNS).
TITLE_THING_LAST = L.NON_ORG_LAST - {"Exchange"}
# A wire's tag before the headline's subject: "InvestorNewsBreaks – ", "GreenEnergyBreaks — ".
TITLE_TAG_RE = re.compile(r"[A-Za-z]*Breaks\s+[\u2013\u2014-]\s+")
# What the cues of each family contain: a paragraph without "nnounc" needs no "announce" cue.
CUE_FAMILIES = ("nnounc", "aunch", "nveil", "eport")
ANNOUNCE_CUE_FAMILY = tuple((cue, next(f for f in CUE_FAMILIES if f in cue)) for cue in ANNOUNCE_CUES)

# A whitespace-delimited token.
TOKEN_RE = re.compile(r"\S+")

# After a role word: ", Skanska USA Civil." / " of ARC Clean Technology." / " at Intact Insurance,".
AFFILIATION_RE = re.compile(
    r"(?:,\s+|\s+(?:of|at|with|for)\s+)(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'\u2019.\-]*(?:(?:\s+(?:of|and|for|the|&)\s+|\s*&\s*|\s+)[A-Z0-9][\w&'\u2019.\-]*){0,7})"
    r"(?=\s*(?:[,;:!?)\"\u201d\u2019]|\.(?![a-z0-9]))|\s*$|\s+(?:and|in|where|who|which|since|from|to)\s)"
)  # (a dot before a small letter is in the name: "President of Debt.com With categories ..."; before
# a capital it ends a sentence that lost its space: "CFO of MEDICLIN.The interim report")

# Adverbs between a name and its headline verb: "Linklogis Officially Launches AI Agent".
# (Title case only: "Professional stylist Querita Lewis proudly announces" names a person, and
# "Today"/"Now" end names: "HRO Today", "USA Today".)
CUE_ADVERBS = frozenset("Officially Formally Successfully Proudly Jointly Also Recently Finally Publicly".split())
# Words that, alone before a head, make a common noun phrase, not a name: "Strategic Alliance",
# "Joint Venture" ("KD Global USA Announce Strategic Alliance", "... Announce Joint Venture").
GENERIC_MODIFIERS = frozenset("Strategic Joint New Exclusive Official Major Key Landmark Global Multi-Year".split())
GENERIC_HEADS = frozenset(("Alliance", "Venture", "Office", "Partnership", "Partners"))  # (not "Joint Commission")
# Kinds of capital, not firms: "Venture Capital", "Growth Capital", "Human Capital Management".
GENERIC_CAPITAL = frozenset(
    "Venture Growth Human Additional Working Equity Private Sustainable Risk Seed Social Intellectual "
    "Political Natural Startup Patient Debt Investment Investor Institutional Strategic".split()
)

# A role's field before "at" and the organization: " of Business Development" in "Senior Vice
# President of Business Development at HH Red Stone" (AFFILIATION_RE then reads " at HH Red Stone").
ROLE_FIELD_AT_RE = re.compile(r" of (?:the )?[A-Z][\w&'\u2019\-]*(?: (?:&|and|[A-Z][\w&'\u2019\-]*)){0,4}(?= at [A-Z])")

# "X, a leading infrastructure company" / "Nucleon, a dynamic developer of energy ...".
# (The words before the noun may not be a preposition's: in "LP-300, a compound optimized
# through Lantern's platform" the noun phrase's head, "compound", has already gone by.)
_NP_WORD = r"(?:(?!(?:of|through|for|with|by|in|from|to|that|which|who|on|at)\s)[\w&'\u2019\-]+\s+)"
APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+" + _NP_WORD + r"{0,7}?(?:" + L.KIND_NOUNS + r")\b")
# "SFAA is a nonprofit, nonpartisan trade association" / "ARC ... Inc. is a clean energy company".
# (Both start with a literal so that the engine can skip ahead to it.)
IS_A_RE = re.compile(r" is (?:a|an|the) " + _NP_WORD.replace("\\-]", ",\\-]") + r"{0,7}?(?:" + L.KIND_NOUNS + r")\b")
# "Sunfinity Power has established itself as a leading solar installation company", "Akari has
# redefined itself as an oncology company", "IR Auto Solutions positions itself as a one-stop
# shop ...", "Spring Hope Family Dentistry prides itself on ...": a name that takes "itself" is no
# person (the noun must still be a kind of body or of business: "a trusted name", "the leading
# orthodontist"; not "XLY presents itself as a diversified and pragmatic choice").
# (Read from the literal " itself ": the verb before it, then what follows it.)
ITSELF_VERB_RE = re.compile(
    r"(?: has| have| had)?(?: firmly| quickly| successfully| also| now| further| truly| consistently| greatly)? "
    r"(?P<verb>established|positioned|cemented|solidified|proven|redefined|distinguished|"
    r"establishes|positions|presents|bills|identifies|brands|prides)$"
)
ITSELF_TAIL_RE = re.compile(
    r" itself (?:(?P<on>on )|as (?:a|an|the) " + _NP_WORD + r"{0,7}?(?:" + L.KIND_NOUNS
    + r"|leader|name|partner|authority|practice|destination|player|advocate|orthodontist|dentist|clinic)"
    r"\b(?!['\u2019]))"
)


def _itself_starts(text: str) -> list[int]:
    """Where each "<verb> itself as a <kind of body>" / "prides itself on" starts (see above)."""
    out = []
    i = text.find(" itself ")
    while i >= 0:
        tail = ITSELF_TAIL_RE.match(text, i)
        if tail is not None:
            verb = ITSELF_VERB_RE.search(text, max(0, i - 60), i)
            if verb is not None and (verb.group("verb") == "prides") == (tail.group("on") is not None):
                out.append(verb.start())
        i = text.find(" itself ", i + 8)
    return out


# "Survale, the leading provider of ...", "Wakefern, the nation's largest retailer-owned
# cooperative", "Leafwire, the largest business network in ...", "Algorhythm, the parent company
# of ...": a renaming with "the" needs a word that singles the body out (", the company said"
# and "Additionally, the company" have none).
THE_APPOSITIVE_RE = re.compile(
    r", the (?:[\w'\u2019\-]+ ){0,2}?(?:leading|largest|biggest|premier|oldest|top|fastest-growing|"
    r"nation['\u2019]s|world['\u2019]s|country['\u2019]s|industry['\u2019]s|parent) "
    + _NP_WORD + r"{0,5}?(?:" + L.KIND_NOUNS + r")\b(?!['\u2019])"
)
# Each pattern with a string it cannot match without (a str.find is far cheaper than letting
# the regex engine walk every comma).
APPOSITIVE_CUES = ((APPOSITIVE_RE, ", a"), (IS_A_RE, " is "), (THE_APPOSITIVE_RE, ", the "))

# A lower-case role after a name, then the organization: "Michael Viggiano, executive vice
# president, Skanska USA Civil." (capitalised roles are keywords of KEYWORD_RE).
LOWER_ROLE_RE = re.compile(
    r", (?:[a-z\-]+ ){0,3}(?:president|director|officer|founder|co-founder|partner|manager|owner|"
    r"principal|chairman|chair|head|executive|spokesperson|spokesman|spokeswoman|leader)(?=(?:, | of | at )(?:the )?[A-Z])"
)

# A founder in lower case, then the organization: "model and founder of Kora Organics",
# "Hospital and co-founder of Corrie Health" (capitalised "Founder" is a keyword of KEYWORD_RE).
FOUNDER_OF_RE = re.compile(r"\b(?:co-?)?founder(?= (?:of|at) (?:the )?[A-Z])")
# What LOWER_ROLE_RE reads before a role: ", chief executive and co-"
AFTER_COMMA_ROLE_RE = re.compile(r", (?:[a-z\-]+ ){0,3}(?:co-?)?$")

# Before a Center that is a venue: "held at the FFA Enrichment Center", "took place at the".
VENUE_BEFORE_RE = re.compile(
    r"\b(?:held|hosted|took place|takes place|located|gathered|convened|met|meeting|ceremony|event|conference|"
    r"summit|rally|workshop|reception|event|inside)\s+(?:at|in)\s+(?:the\s+)?$"
)

# After a name, tokens that stay part of a company's name: "Westcon Group North America",
# "Skanska USA Civil" (found by role), "Lucid Group, Inc.".
COMPANY_TAIL = frozenset("USA U.S. US America North South International Worldwide Global Americas Canada Europe".split())

# "Operation Inherent Resolve" after a task force: "Combined Joint Task Force - Operation Inherent Resolve".
OPERATION_RE = re.compile(r"\s+[-\u2013\u2014]\s+Operation(?:\s+[A-Z][\w'\u2019\-]*){1,4}")


# A name that is only a function inside a company: "Vice President of Marketing, ...".
FUNCTION_AREAS = frozenset(
    "Marketing Sales Communications Operations Finance Engineering Research Development Product Products "
    "Technology Strategy Business Human Resources Media Relations Public Affairs Policy Government Corporate "
    "Investor Legal Compliance Programs Education Advocacy Digital Innovation Growth Partnerships Global "
    "Content Design Data Security Risk Talent People Culture Customer Success Services Support Brand "
    "Communication Strategic Commercial Regional National International Accounts Account Client Clients "
    "Community Outreach Information Technologies Administration Administrative Executive Office "
    "Medical Clinical Scientific Regulatory Quality Manufacturing Supply Chain Procurement "
    "Advisory Consulting Platform Planning Partnerships Alliances Channel Enterprise Solutions "
    "and & of the".split()
)

# Heads too generic to stand for an owner ("the City's Community Investment for Families
# Department", "the Department's Civil Division"): the unit is named by itself.
GENERIC_OWNERS = frozenset(
    "City County State Nation Government Commonwealth Administration Department Agency Company "
    "Coalition Committee Board Bureau Office Ministry Court University College Association Group "
    "Firm Organization Council District Region Province Country Town Village Republic Kingdom".split()
)

# Plural heads that, before a capitalised name, are possessives whose apostrophe got lost:
# "the Justice Departments Antitrust Division", "the Federal Trade Commissions Bureau of
# Competition" (never "General Services Administration": Services is not one of them).
POSSESSIVE_PLURALS = frozenset(
    "Departments Commissions Divisions Agencies Bureaus Offices Ministries Committees Councils "
    "Administrations Authorities Boards Courts Universities Coalitions Companies Corporations "
    "Commands Sections".split()  # ("Army Criminal Investigation Commands Major Procurement Fraud Unit")
)
# An acronym with a plain "s" before a capitalised name is a possessive whose apostrophe got
# lost, as above: "the FBIs Washington Field Office", "NASAs Office of General Counsel",
# "DOLs Veterans Employment and Training Service" (DOJ pages; never a plural inside a name).
ACRONYM_POSSESSIVE_RE = re.compile(r"[A-Z]{2,5}s")
# A department's own word with the apostrophe lost, before a capitalised unit: "the Department
# of Justices Environmental Crimes Section", "Department of Labors Occupational Safety ...".
DEPT_POSSESSIVES = frozenset(
    w + "s" for w in "Justice Labor Transportation Agriculture Commerce Energy Defense Education Treasury Interior Security".split()
)


def lost_possessive(name: str) -> bool:
    """Does the name hold a possessive whose apostrophe got lost, before another capitalised
    word: "Justice Departments Tax Division", "Department of Justices Antitrust Division",
    "FBIs Washington Field Office"? Such a form is the unit's alias, never its lead name, as
    "HUD's Office of Inspector General" is (DOJ pages)."""
    if "s " not in name:
        return False
    words = name.split()
    for w, nxt in zip(words, words[1:]):
        if w[-1:] == "s" and nxt[:1].isupper() and (
                w in POSSESSIVE_PLURALS or w in DEPT_POSSESSIVES or ACRONYM_POSSESSIVE_RE.fullmatch(w)):
            return True
    return False


# Curated short names that are also a state's postal code ("VA"), and the town written before
# one: "in Charlottesville, VA for the continuation", "Lynchburg, VA $285,000", "Wilkes-Barre, VA".
STATE_CODE_TRIGGERS = frozenset(w for w in _table.triggers if w.isupper() and w.lower() in L.US_STATES)
CITY_BEFORE_RE = re.compile(r"(?:[A-Z][a-z]+[ \-])*([A-Z][a-z]+), $")


# A company's subsidiary or affiliate named right after the word: "its subsidiary, Southern
# Resources and Commodities", "through wholly owned subsidiary Legal 1031 Exchange Services",
# "Through its affiliate, Friend Property Management", "its subsidiary ZenaDrone was"; or right
# before it, after "its/our": "through its Al Shola Gas and BrightHy subsidiaries", "our
# Mainframe Studios subsidiary". (Not "a subsidiary of X": the parent is found by its own cue;
# not a brand, a product. Not "division": the word costs a scan of every DOJ page for two
# names in the corpus, "its medical division, Adia Med".)
_SUB_NAME = r"[A-Z][\w&'\u2019.\-]*(?:(?: (?:of|and|for|in|&) | )[A-Z0-9][\w&'\u2019.\-]*){0,5}"
# (both matched at a cue word found by str.find: "its" is too common to scan for)
SUBSIDIARY_CUES = ("subsidiar", "affiliate")
SUBSIDIARY_AFTER_RE = re.compile(
    r"(?:subsidiary|subsidiaries|affiliates?)(?P<comma>,?) (?:the )?(?P<org>" + _SUB_NAME + r")")
SUBSIDIARY_BEFORE_RE = re.compile(
    r"\b(?:its|their|our) (?P<a>[A-Z][\w&'\u2019.\-]*(?: [A-Z0-9][\w&'\u2019.\-]*){0,3})"
    r"(?: (?:and|&) (?P<b>[A-Z][\w&'\u2019.\-]*(?: [A-Z0-9][\w&'\u2019.\-]*){0,3}))? $")


def _subsidiaries(text: str, para: int, people: set[str]) -> list[Mention]:
    """Subsidiaries and affiliates named next to the word (see SUBSIDIARY_AFTER_RE)."""
    out = []
    # (start, end, set off by a comma: then an appositive, which a comma or a stop must close:
    # not "its Portuguese subsidiary, Fusion Fuel acquired ...")
    spans = []
    for cue in SUBSIDIARY_CUES:
        i = text.find(cue)
        while i >= 0:
            if i == 0 or not text[i - 1].isalpha():
                m = SUBSIDIARY_AFTER_RE.match(text, i)
                if m is not None:
                    spans.append((m.start("org"), m.end("org"), bool(m.group("comma"))))
                if i > 4:
                    b = SUBSIDIARY_BEFORE_RE.search(text, max(0, i - 100), i)
                    if b is not None:
                        spans.append((b.start("a"), b.end("a"), False))
                        if b.group("b"):
                            spans.append((b.start("b"), b.end("b"), False))
            i = text.find(cue, i + len(cue))
    for s, e, comma in spans:
        toks = text[s:e].split()
        for k, tok in enumerate(toks):
            if _ends_clause(tok) and k + 1 < len(toks) or tok.endswith(("'s", "\u2019s")):
                toks = toks[:k + 1]  # a sentence's end: "Riize. Watch", "Global Wellness Products. The"
                break
        name = " ".join(toks)
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]  # "Maybacks Global’s"
        name = name.rstrip(".,;:")
        while name.endswith((" and", " of", " for", " in", " &")):
            name = name.rsplit(" ", 1)[0]
        toks = name.split()
        if not toks or toks[0] in L.LEFT_STOPS or toks[-1] in ("Inc", "Corp", "Co") or name in GENERIC_OWNERS:
            continue
        if comma and text[s + len(name):s + len(name) + 1] not in (",", ".", ";", ":", ")", "") \
                and not text.startswith(" (", s + len(name)):
            continue  # ("Our affiliate, Stonegate Capital Markets (member FINRA) provides ...")
        if len(toks) == 1 and (name.isupper() and len(name) <= 3 or name.endswith(NATIONALITY_ENDS)
                               or not any(c.isalpha() for c in name[1:]) or BRAND_TERM_RE.fullmatch(name)):
            continue  # "its US subsidiaries", "its Portuguese subsidiary", "its B2C affiliate"
        if _fold(name) in L.PLACES or name in people:
            continue  # (a given name heads some: "its Al Shola Gas and BrightHy subsidiaries")
        out.append(Mention(name, para, s, s + len(name), "appositive"))
    return out


# One word for a kind of market, not a name: "its B2C affiliate", "its Nigerian affiliate".
NATIONALITY_ENDS = ("ian", "ese", "ish", "can", "ean")
BRAND_TERM_RE = re.compile(r"[A-Z0-9]{1,3}2[A-Z]|U\.S\.|U\.K\.|E\.U\.")


# A market for securities or commodities, after its place or owner: "the Frankfurt Stock Exchange",
# "TSX Venture Exchange", "SIX Swiss Exchange", "London Metal Exchange", "Canadian Securities
# Exchange". ("Exchange" is no head: "Therapeutic Plasma Exchange", "Share Exchange"; nor before
# a capitalised word: "Securities Exchange Act of 1934".)
EXCHANGE_BEFORE_RE = re.compile(r"(?:Stock|Securities|Mercantile|Metal|Futures|Options|Venture|Swiss|Commodity|Commodities) $")
EXCHANGE_AFTER_RE = re.compile(r"[ \-][A-Z]|['\u2019]s [A-Z]")


def _exchange(text: str, para: int, hs: int, he: int) -> Mention | None:
    """The market whose name ends with "Exchange" at text[hs:he] (see EXCHANGE_BEFORE_RE)."""
    q = EXCHANGE_BEFORE_RE.search(text, max(0, hs - 12), hs)
    if q is None or EXCHANGE_AFTER_RE.match(text, he):
        return None
    start = _left_walk(text, q.start())[0]
    if start >= q.start():
        return None  # "the Stock Exchange": a place or owner must name it
    return Mention(text[start:he], para, start, he, "head", head="Exchange")


# Two sentences run together by a lost space: "Assistant Attorney General Cronan.The Criminal Division".
# An About heading glued to its first sentence whose name opens with a small letter: the heading
# "About ioTech International" + "ioTech International is ..." reads "InternationalioTech".
HEAD_GLUED_RE = re.compile(r"(?:International|Group|Inc\.|Company|Corporation|Foundation|Association|Technologies|Labs)"
                           r"([a-z]{1,3}[A-Z][\w'\u2019\-]*)$")
GLUED_RE = re.compile(r"[a-z]{2}[.!?]([A-Z][\w'\u2019\-]*)$")
# A digital object identifier after its label: "DOI: 10.1038/s41378-025-00870-1", "DOI 10.1007/...".
# (The curated "DOI", the Department of the Interior, is then no body.)
DOI_NUMBER_RE = re.compile(r":? 10\.\d{4,9}/")
# Words that open the next sentence when glued after a full stop ("Department of Justice.We
# will take action"), unlike the second half of a dotted brand ("Truth.Fi").
GLUED_OPENERS = frozenset("The This These We Our It Its He She They In As For On At A An Today".split())

# Person roles that a name never runs over leftwards: "Assistant Attorney General for Civil Rights".
PERSON_ROLES = frozenset("General Attorney Attorneys Secretary Director Officer Counsel Minister Administrator".split())

AND_PAIR_RE = re.compile(r"(\S+) and (\S+)")  # "Health and Human" in "Department of Health and Human Services"

# Word pairs around "and" inside known names ("Department of Health and Human Services"),
# taken from the curated alias file: there "and" joins two parts of one name.
AND_PAIRS = frozenset(
    (a, b)
    for names in _table.names
    for n in names
    for a, b in AND_PAIR_RE.findall(n)
)

# Words a person's name may follow: "Attorney General Loretta E. Lynch", "Senator Thad Cochran".
PERSON_TITLES = L.TITLES_AFTER_HEAD | L.LEFT_STOPS | PERSON_ROLES

# Plural heads that name one body when a complement follows: "Centers for Disease Control".
PLURAL_WITH_COMPLEMENT = frozenset(("Centers", "Institutes"))

# The US executive departments by their "of" complement, for a plural head that names several:
# "the Departments of Justice and Labor", "the Justice and Interior Departments" (no one body is
# named "Departments of ..."; each item is its own department). Longest first: "Health and Human
# Services" before a bare item.
US_DEPARTMENT_ITEMS = (
    "Health and Human Services|Housing and Urban Development|Homeland Security|Veterans Affairs|Justice|"
    "Labor|State|Treasury|Defense|Commerce|Education|Energy|Agriculture|Transportation|Interior"
)
# "s of Justice, Labor, and the Interior" right after "Department" (matched at the plural's "s")
DEPARTMENTS_OF_RE = re.compile(
    rf" of (?P<items>(?:(?:the )?(?:{US_DEPARTMENT_ITEMS})(?:, and |, | and )){{1,5}}(?:the )?(?:{US_DEPARTMENT_ITEMS}))\b"
    r"(?![ \-][A-Z])"  # not "Departments of Justice and Labor Statistics ..."
)
# "Justice and Interior " / "Agriculture, Commerce, State and Treasury " just before "Departments"
DEPARTMENTS_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<items>(?:(?:{US_DEPARTMENT_ITEMS})(?:, and |, | and )){{1,5}}(?:{US_DEPARTMENT_ITEMS})) $"
)
DEPARTMENT_ITEM_RE = re.compile(rf"(?:the )?({US_DEPARTMENT_ITEMS})")
THE_DEPARTMENTS = frozenset(("Interior", "Treasury"))  # "Department of the Interior"


def _plural_departments(text: str, para: int, hs: int, he: int) -> list[Mention]:
    """Each department of a plural "Departments of Justice and Labor" / "Justice and Interior
    Departments" (hs-he: "Departments"), as "Department of Justice", "Department of Labor"."""
    m = DEPARTMENTS_OF_RE.match(text, he) if text.startswith(" of ", he) else None
    if m is None:
        # (two items at least: "the Justice Departments Antitrust Division" is one's possessive;
        # a headline's capital after it is its verb, "Justice and Interior Departments Launch ...")
        m = DEPARTMENTS_BEFORE_RE.search(text, max(0, hs - 90), hs)
        if m is None:
            return []
    out = []
    for it in DEPARTMENT_ITEM_RE.finditer(text, m.start("items"), m.end("items")):
        item = it.group(1)
        name = "Department of " + ("the " + item if item in THE_DEPARTMENTS else item)
        out.append(Mention(name, para, it.start(1), it.end(1), "head", head="Department"))
    return out

# Capitalised verbs of a title-case headline, where a name's left edge is: "HBOT Revolution
# Formalizes 60-Office Plastic Surgery Network", "Justice Department Settles Lawsuit Against ...".
_TITLE_VERBS = (
    r"(?:Announce|Launche|Formalize|Settle|Initiate|Join|Expand|Unveil|Introduce|Release|Report|Complete|"
    r"Receive|Name|Appoint|Acquire|Partner|Win|Award|Sign|Open|Celebrate|Host|Honor|Mark|Reach|Secure|"
    r"Raise|Close|Agree|Plead|File|Sue|Charge|Sentence|Welcome|Select|Debut|Deliver|Bring|Help|Offer|"
    r"Provide|Present|Share|Support|Urge|Call|Seek|Ask|Tell|Say|Praise|Applaud|Commend|Establishe|Create|"
    r"Add|Hire|Tap|Invest|Begin|Achieve|Surpasse|Integrate|Harnesse|Team|Collaborate|Promote|Update|"
    r"Eye|Target|Strengthen|Accelerate|Boost|Enhance|Extend|Enable|Revolutionize|Redefine|Transform|Forge|"
    r"Relocate|Finalize|Undertake|Highlight|Engage|Passe|Approve|Hail|Testifie|Visit|Pledge|Vote)s|"
    r"Announce|Unveil|Collaborate|Launch|Join|Sign|Team"
)
TITLE_VERB_RE = re.compile(
    _TITLE_VERBS + r"|Amidst|Against|Into|Over|Amid|Across|Toward|Towards|Upon|Within|Without|Versus|Vs\.?"
)
# A headline's capitalised verb inside a head's "of/for" complement ends the name: "Department of
# Justice Announces Significant Tool in ...", "University of Notre Dame Launches Second Course",
# "Associates of Bandido Outlaw Motorcycle Gang Charged in ..." (TITLE_VERB_RE's verbs and the
# past participles of DOJ headlines; not its prepositions: "Office on Violence Against Women").
HEADLINE_COMPLEMENT_STOP_RE = re.compile(
    _TITLE_VERBS + r"|"
    r"Indicted|Charged|Sentenced|Convicted|Arrested|Extradited|Acquitted|Ordered|Fined|"
    # a person of the body, the headline's subject: "Department of Veterans Affairs Employee Indicted"
    r"Employee|Official|Contractor|Inmate"
)

# Person titles a name never runs over leftwards (contact lines: "John Smith Public Relations
# Manager Innovative Marketing Co.").
LEFT_TITLE_STOPS = frozenset("Manager Officer Spokesman Spokesperson Spokeswoman Founder Chair Chairperson CEO CFO COO CTO "
                             "Vice Adviser Advisor Coordinator Specialist Consultant Analyst Treasurer Administrator Director Comptroller "
                             # a headline's participle before the body: "Walker Elected Federal Fiscal Sustainability Foundation Chairman"
                             "Elected Reelected Re-elected Named Appointed "
                             # an imperative or a gerund opening the sentence: "Enter Ucore Rare Metals Inc.",
                             # "Discover the REAL West Virginia Foundation", "Top Bitcoin Miners Highlighting Bit Digital Inc."
                             "Enter Discover Explore Highlighting Featuring "
                             # a heading's "Why Choose Avrek Law Firm, San Diego?"
                             "Choose "
                             # a headline's common noun before a name: "Authentic Holdings Subsidiary Maybacks Launches"
                             "Subsidiary "
                             # title-case "To": "TASSTA Americas Collaborate To Migrate ... Wireless Networks"
                             "To".split())

# Titles after a many-word trigger that leave it the body: "Senate Democratic Conference
# Secretary Debbie Stabenow" (any other capitalised word makes a longer name: "United Nations
# Framework Convention").
TRIGGER_TITLE_WORDS = LEFT_TITLE_STOPS | PERSON_TITLES

# "White House" names the President's office as an actor ("send a message to the White House"),
# but a place in a letter's address block ("The White House" alone on its line, or before the
# street number: "The White House 1600 Pennsylvania Avenue NW"), before its grounds ("to place
# on the White House lawn") and after a preposition of place ("Moore was assigned to the White
# House", "discussing Iraq policy at the White House").
WHITE_HOUSE_TRIGGER = "White House"
WHITE_HOUSE_GROUNDS_RE = re.compile(r"\s+(?:lawn|grounds|gates?|fence)\b")  # after: " lawn"
ADDRESS_AFTER_RE = re.compile(r"[ \t]*(?:\n|$|,?\s*\d)")  # after: the line's end, " 1600 Pennsylvania"
WHITE_HOUSE_VENUE_RE = re.compile(  # before: "at the ", "assigned to the "
    r"(?:\b(?:at|in|inside|outside|near)|\b(?:assigned|detailed|posted|stationed) to) the $")


def _white_house_place(text: str, hs: int, he: int) -> bool:
    """Is the "White House" at text[hs:he] the building (see WHITE_HOUSE_TRIGGER)?"""
    if WHITE_HOUSE_GROUNDS_RE.match(text, he) or WHITE_HOUSE_VENUE_RE.search(text, max(0, hs - 20), hs):
        return True
    line = text.rfind("\n", 0, hs) + 1
    return text[line:hs] in ("", "The ") and ADDRESS_AFTER_RE.match(text, he) is not None


# The state and component before "National Guard" belong to its name: "the Maine Army National
# Guard", "Montana Air National Guard", "the Minnesota National Guard" (the trigger alone kept
# only "National Guard", and "Army" as a second body). Read on the 30 characters before the
# trigger; the state must be one of the fifty (or D.C./Puerto Rico/Guam), a component alone
# ("the Army National Guard", "Air National Guard") is taken too.
GUARD_TRIGGER = "National Guard"
GUARD_LEFT_RE = re.compile(
    r"(?:\b(?P<state>(?:New|North|South|West|Rhode|District\s+of)\s+[A-Z][a-z]+|(?!Army\s|Air\s)[A-Z][a-z]+)\s+)?"
    r"(?:\b(?P<part>Army|Air)\s+)?$")

MAX_NAME_TOKENS = 14  # "U.S. Department of Health and Human Services Office of Inspector General" is 11

APOSTROPHES = ("'s", "\u2019s", "s'", "s\u2019")
PUNCT_END = ",;:.!?\"\u201d\u2019)]"


# ---------------------------------------------------------------------------------------------
# mentions


@dataclass(slots=True)
class Mention:
    """One name of an organization at one place in the text (paragraph -1: the title)."""

    name: str
    para: int
    start: int
    end: int
    kind: str  # head, suffix, chamber, known, role, appositive, acronym, long, alias, list, speaker
    full: str | None = None  # "HUD's Office of Inspector General" for name "Office of Inspector General"
    owner: str | None = None  # "HUD"
    head: str | None = None  # "Forces", "Coalition"
    link: int = -1  # the acronym definition this long or short form comes from


# Grouping keys (see _fold): "The ...", ", Inc.", "U.S. ...", "Justice Department".
LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")  # "The California Endowment"
LEGAL_SUFFIX_RE = re.compile(r",?\s+(?:Inc|Corp|Co|LLC|LLP|Ltd|L\.P|LP|PLC|plc|GmbH|AG|S\.A|N\.V|Pvt)\.?$")  # "CSX Transportation, Inc."
# The last characters of the suffixes LEGAL_SUFFIX_RE removes ("Inc", "Corp", "L.P", "GmbH"),
# a final "." and a final newline (before which "$" also matches).
LEGAL_LAST_CHARS = frozenset("cpoCPdHGAV.\n")
# Legal forms written out, after a name of two words at least: "SEGG Media Corporation" is "SEGG
# Media", "Central Parking Corporation" is "Central Parking Corp.", "Texxon Holding Limited" is
# "Texxon Holding" (a str.endswith, not the regex: names ending in "n" are many).
LONG_LEGAL_SUFFIXES = (" Corporation", " Limited", " Company")
LEADING_US_RE = re.compile(r"^(?:U\.S\.|US|United States)\s+")  # "U.S. Department of Agriculture"
INVERTED_HEAD_RE = re.compile(r"([a-z.\-]+(?: [a-z.\-]+)?) (department|ministry)")  # "justice department"
DEPT_OF_THE_RE = re.compile(r"\bdepartment of the\b")  # "department of the treasury"
NON_KEY_RE = re.compile(r"[^a-z0-9&]+")  # "hud s office" of "HUD's Office"
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")  # "U.S.", "D.C."
HEADING_PAREN_RE = re.compile(r"\s*\([^()]{1,40}\)\s*:?\s*$")  # "(KYNC)" ending an About heading
WIRE_ABOUT_RE = re.compile(r"About\s+\S*(?:Wire|wire|Newswire|PressRelease|Newsworthy|citybiz)\b")  # "About InvestorWire"
CAP_WORD_BEFORE_RE = re.compile(r"[A-Z][a-z]+\s+$")  # "White House": a capital before
THE_BEFORE_RE = re.compile(r"(?:\bthe|\bThe|U\.S\.|\band)\s+$")  # "the Senate", "U.S. Senate", "House and Senate"
SENATE_AND_RE = re.compile(r"Senate\s+and\s+$")  # "Senate and House"
# Words after a bare "House" that make it the chamber: its officers and members ("House Speaker
# Dennis Hastert", "House Republicans"), and what the chamber does or has ("call for House
# negotiators to include ...", "a previously passed House version", "the companion House bill")
HOUSE_CHAMBER_NEXT = frozenset("""
Speaker Republicans Democrats Republican Democratic Majority Minority
negotiators conferees members leaders leadership version versions bill bills floor passed approved
""".split())
# A state's house named near it ("Representative & House Speaker, Rhode Island House of
# Representatives"): its Speaker is no officer of the U.S. House (not "the" or "U.S." before it)
STATE_HOUSE_RE = re.compile(r"(?<!U\.S\.)(?<!the) House of Representatives")
STATE_HOUSE_WINDOW = 200  # characters either side of the "House" read for it (not the whole paragraph: linear)


@lru_cache(maxsize=32768)
def _fold(name: str) -> str:
    """A grouping key: case, "the", possessives, legal suffixes and "U.S." do not tell bodies apart;
    "Justice Department" and "Department of Justice" are one."""
    # (each pattern only where a cheap test says it can apply: a few thousand names are
    # new in every thousand releases)
    s = name.replace("\u2019", "'").strip(" ,.;:\"'()")
    if s.startswith(("the", "The")):
        s = LEADING_THE_RE.sub("", s)
    if s[-1:] in LEGAL_LAST_CHARS:
        s = LEGAL_SUFFIX_RE.sub("", s)
        if s[-1:] in LEGAL_LAST_CHARS:
            s = LEGAL_SUFFIX_RE.sub("", s)  # a double form: "Daiwa House Industry Co., Ltd."
    if s.endswith(LONG_LEGAL_SUFFIXES) and s.count(" ") >= 2:
        s = s[:s.rindex(" ")].rstrip(",")
    if s.startswith("U"):
        s = LEADING_US_RE.sub("", s)
    s = s.lower()
    if s.endswith(("department", "ministry")):
        m = INVERTED_HEAD_RE.fullmatch(s)
        if m:
            s = f"{m.group(2)} of {m.group(1)}"
    if "department of the" in s:
        s = DEPT_OF_THE_RE.sub("department of", s)
    return NON_KEY_RE.sub(" ", s).strip()


# A brand that opens with small letters: "ioTech International", "zkMe Network", "iCoreConnect
# Inc.", "bioLytical Laboratories". (Not units or molecules: "kWh", "mAh", "mRNA" have too few
# small letters after the capital; and not a word glued to an acronym: "the Instant Tax Service
# brandITS Financial LLC", so "hyperCORE" stays out too.)
BRAND_LOWER_RE = re.compile(r"(?P<pre>[a-z]{1,6})(?P<rest>[A-Z][a-z]{2,}[\w\-]*)")
# Small words that a lost space glues to the next word in DOJ pages ("theCriminal Divisions",
# "withJerome County", "forEPAs Office"), and "e" of a generic e-word ("eLearning Center").
GLUED_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as is was that e".split())


def _is_cap(tok: str) -> bool:
    c = tok[:1]
    if c.isupper():
        return True
    if c.isdigit():
        return any(ch.isupper() for ch in tok)
    return c.islower() and len(tok) > 3 and not tok.islower() and _brand_lower(tok)


@lru_cache(maxsize=4096)
def _brand_lower(tok: str) -> bool:
    """Is this word, opening with small letters, a brand (see BRAND_LOWER_RE), not two words
    run together ("eventsThe", "theCriminal")?"""
    m = BRAND_LOWER_RE.fullmatch(tok.rstrip(".,;:'’s") or tok)
    if m is None:
        m = BRAND_LOWER_RE.fullmatch(tok)
    return m is not None and m.group("pre") not in GLUED_SMALL_WORDS and m.group("rest") not in GLUED_OPENERS


@lru_cache(maxsize=16384)
def _bare(tok: str) -> str:
    """A token without surrounding punctuation (keeps "U.S." and "Inc.")."""
    t = tok.strip("\"'\u201c\u201d\u2018\u2019()[],;:!?")
    if t.endswith(".") and not (t in L.COMPANY_SUFFIXES or INITIALS_RE.fullmatch(t)):
        t = t[:-1]
    return t


# Abbreviations whose full stop ends no clause inside a name: "Inc.", "St. Louis", and a place's
# "Ste."/"Mt."/"Ft." ("Sault Ste. Marie Tribe of Chippewa Indians", "Ft. Worth Police Department",
# "Mt. Sinai Hospital").
ABBREVIATIONS_IN_NAMES = frozenset(("Inc", "Corp", "Co", "Ltd", "St", "Jr", "Ste", "Mt", "Ft", "Pvt"))  # ("Punyam Academy Pvt. Ltd.")


@lru_cache(maxsize=16384)
def _ends_clause(tok: str) -> bool:
    """Token carries punctuation that ends a name: "Erbil,", "said.", "(JCCC)", "“Hello"."""
    if tok[-1] in ",;:!?\"\u201d)]" or tok[0] in "(\"\u201c":
        return True
    if tok[-1] == "." or tok[-1] == "\u2019" and tok[-2:-1] != "s":
        t = tok.rstrip(".")
        return not (tok in L.COMPANY_SUFFIXES or INITIALS_RE.fullmatch(tok) or t in ABBREVIATIONS_IN_NAMES)
    return False


def _possessive(tok: str) -> str | None:
    """The owner in a possessive token ("HUD's" -> "HUD"; "Departments" before a capital -> "Department")."""
    for a in APOSTROPHES:
        if tok.endswith(a) and len(tok) > len(a):
            return tok[: -len(a)] if a in ("'s", "\u2019s") else tok[:-1]
    return None


class _Tokens:
    """Whitespace-delimited tokens read lazily from `pos`, backwards or forwards.

    A name is a handful of tokens: the window (200 characters) is split in C (`str.split`
    splits on the same whitespace as `\\S+`) and a token's offset is only looked up
    (`rindex`/`index`, also C) when the walk reaches it. Per token that is one call instead
    of a regex match object, a slice and a reversal. Backwards, the first 64 characters are
    split first and the full window only when a walk gets that far (a name rarely does).
    """

    __slots__ = ("text", "back", "pos", "span", "lo", "edge", "toks", "items", "whole")

    def __init__(self, text: str, pos: int, *, back: bool, span: int = 200) -> None:
        self.text = text
        self.back = back
        self.pos = pos
        self.span = span
        self.items: list[tuple[int, str]] = []
        self.edge = pos  # backwards: start of the last token placed; forwards: its end
        self.whole = True  # the whole window is split
        if back:
            self._split_back(min(span, SHORT_SPAN))
        else:
            self.lo = pos
            self.toks = text[pos:pos + span].split()

    def _split_back(self, span: int) -> None:
        """Tokens of the `span` characters before `pos`, last first. A shorter window's tokens
        are the last tokens of a longer one: both start just after a space."""
        text, pos = self.text, self.pos
        lo = max(0, pos - span)
        if lo > 0:  # the first token may be cut by the window: never read it
            sp, nl = text.find(" ", lo, pos), text.find("\n", lo, pos)
            cut = nl if sp < 0 else sp if nl < 0 else min(sp, nl)
            lo = pos if cut < 0 else cut + 1
        self.lo = lo
        self.whole = lo == 0 or span >= self.span
        toks = text[lo:pos].split()
        toks.reverse()
        self.toks = toks

    def __getitem__(self, k: int) -> tuple[int, str] | None:
        items = self.items
        if k < len(items):
            return items[k]
        toks = self.toks
        if k >= len(toks):
            if self.whole:
                return None
            self._split_back(self.span)  # the walk got past the short window
            toks = self.toks
            if k >= len(toks):
                return None
        text, e = self.text, self.edge
        for j in range(len(items), k + 1):
            tok = toks[j]
            if self.back:
                e = text.rindex(tok, self.lo, e)
                items.append((e, tok))
            else:
                s = text.index(tok, e)
                items.append((s, tok))
                e = s + len(tok)
        self.edge = e
        return items[k]


SHORT_SPAN = 64  # characters split first in a backward read (see _Tokens)

# Company heads that are common plurals: a name ending in one takes no "and", "&" or "for" on its
# left, which joins two firms or a business line to its firm ("Classiq and Hewlett Packard Labs",
# "Eli Lilly & Palo Alto Networks", "Operations & Supply Chain for Cornerstone Building Brands").
NO_LINK_HEADS = L.GENERIC_COMPANY_HEADS | {"Pharma", "Biosciences"}
NO_LINK_BEFORE = frozenset(("and", "&", "for"))


# Words of a clause in capitals that no name holds: a disclaimer "... AND NOT BY OR ON BEHALF OF
# CALLAN LLC" is no name ending in "LLC".
CAPS_CLAUSE_WORDS = frozenset("OF ON AND TO FOR NOT BY OR IS ARE WAS WERE BE WILL SHALL MAY MUST ANY ALL SUCH THIS THAT".split())


# Plural nouns whose possessive is a word of a body's name, not its owner: "Pittsburgh
# Children's Museum", "Boston Children's Hospital", "National Women's Law Center" (a town or a
# word before them is no owning body, as "HUD" is in "HUD's Office of ...").
NAME_POSSESSIVES = frozenset("Children Women People Veterans Farmers Workers Citizens Teachers Nurses".split())

# A date that names a body, a word of its name: "the 9/11 Commission", "the 9-11 Commission's
# recommendations" (Senate releases: 19 named it so, none found).
DATE_NAME_RE = re.compile(r"\d{1,2}[/\-]\d{1,2}")

# How a token reads in a leftward walk (see _left_class).
_BREAK, _NAME, _LINK = 0, 1, 2
LINK_WORDS = frozenset(("&", "and", "for", "of", "de", "du", "des", "la", "del", "y"))


@lru_cache(maxsize=65536)
def _left_class(tok: str) -> tuple[bool, bool, int, str, str | None, bool]:
    """Everything a leftward walk asks of one token, computed once per distinct token (the
    same few thousand words recur in every release): (ends a clause, ends one only by a
    trailing comma, class, bare form, possessive owner, legal suffix).

    Class _NAME: a capitalised word that may be part of a name ("Trade", "HUD's",
    "Departments" before a capital); _LINK: a connector ("of", "and", "&"); _BREAK: anything
    else, including words that open or precede a name ("The", "Director", "Announces").
    """
    ends = _ends_clause(tok) or HEAD_GLUED_RE.search(tok) is not None
    # (a lone "," ends the clause: "Acme , Inc." is not "Acme, Inc.")
    comma_ok = len(tok) > 1 and tok.endswith(",") and not _ends_clause(tok[:-1])
    bare = _bare(tok)
    own = None
    cls = _BREAK
    if bare and (_is_cap(bare) or bare[0].isdigit() and DATE_NAME_RE.fullmatch(bare)):
        if not (bare in L.LEFT_STOPS or bare in LEFT_TITLE_STOPS or bare in CAPS_CLAUSE_WORDS
                or TITLE_VERB_RE.fullmatch(bare) and not (bare in L.HEADS and tok == bare)):
            # (a head before another name word is no headline verb: "Titan Partners Group")
            cls = _NAME
            own = _possessive(bare)
            if own in NAME_POSSESSIVES:
                own = None  # a word of the name, no owner: "Pittsburgh Children's Museum"
            elif own is None and (bare in POSSESSIVE_PLURALS or bare in DEPT_POSSESSIVES
                                or ACRONYM_POSSESSIVE_RE.fullmatch(bare) and tok == bare):
                own = bare[:-1]  # "Justice Departments Antitrust Division", "FBIs Washington Field Office"
    elif bare in LINK_WORDS:
        cls = _LINK
    return ends, comma_ok, cls, bare, own, bare in L.COMPANY_SUFFIXES


def _left_walk(text: str, pos: int, *, allow_comma: bool = False, head: str = "") -> tuple[int, int | None, str | None]:
    """Where the capitalised name ending at `pos` starts.

    Returns (start, inner_start, owner): with a possessive inside ("HUD's Office of ...",
    "Justice Departments Antitrust Division"), `inner_start` is where the unit's own name starts
    and `owner` the owner's name. Connectors are crossed only between capitals: "of" only after
    a head ("Department of Justice Antitrust Division"), "for" not after a title ("Attorney
    General for Civil Rights"), "and" see _crosses_and. A comma is crossed only before a legal
    suffix ("CSX Transportation, Inc.").
    """
    # The common walk (capitalised words, then a stop) reads the 64 characters before `pos`
    # split in one call; a connector ("of", "and") or a longer name hands over to the
    # general walk over _Tokens, which starts again from `pos`.
    lo = pos - SHORT_SPAN
    whole = lo <= 0
    if whole:
        lo = 0
    else:  # the first token may be cut by the window: never read it (as _Tokens)
        sp, nl = text.find(" ", lo, pos), text.find("\n", lo, pos)
        cut = nl if sp < 0 else sp if nl < 0 else min(sp, nl)
        lo = pos if cut < 0 else cut + 1
    words = text[lo:pos].split()
    n = len(words)
    start = e = pos
    inner: int | None = None
    owner_end: int | None = None
    after_suffix = allow_comma
    k = 0
    while k < MAX_NAME_TOKENS:
        if k >= n:
            if whole:
                break
            return _left_walk_tokens(text, pos, allow_comma, head)
        tok = words[n - 1 - k]
        s = e = text.rindex(tok, lo, e)
        ends, comma_ok, cls, bare, own, suffix = _left_class(tok)
        if ends and not (after_suffix and comma_ok):
            start = _glued_start(tok, s, k, start)
            break
        if cls == _NAME:
            if own is not None and inner is None:
                inner = start
                owner_end = s + len(own)
            start = s
            after_suffix = suffix
            k += 1
            continue
        if cls == _LINK:
            if bare in NO_LINK_BEFORE and head in NO_LINK_HEADS:
                break  # "Classiq and Hewlett Packard Labs", "Mortgage and Real Estate for Red Ventures"
            if bare == "and" or k + 1 >= n:
                return _left_walk_tokens(text, pos, allow_comma, head)
            # (as in _left_walk_tokens)
            prev = words[n - 2 - k]
            before = words[n - 3 - k] if k + 2 < n else None if whole else ""
            if _link_stops(bare, prev, _bare(prev), before=before):
                break
            k += 1
            after_suffix = False
            continue
        break
    return _walk_end(text, start, inner, owner_end)


# Words before a saint's name: "St. Joseph's Hospital", "Saint Mary's College", "Mount St. Mary's
# University" are named after the saint, whose possessive is no owning body.
SAINT_WORDS = frozenset(("St.", "St", "Saint", "Ste."))


def _saint_named(owner: str) -> bool:
    """The possessive's owner is a saint ("St. Joseph" of "St. Joseph's Hospital")."""
    words = owner.split()
    return len(words) >= 2 and words[-2] in SAINT_WORDS


def _walk_end(text: str, start: int, inner: int | None, owner_end: int | None) -> tuple[int, int | None, str | None]:
    """What a leftward walk returns: its start, and the inner name's start and the owner before
    it when a possessive inside the name is an owning body (no saint's: see _saint_named)."""
    if inner is None or owner_end is None or inner <= start:
        return start, inner, None
    owner = text[start:owner_end]
    if _saint_named(owner):
        return start, None, None
    return start, inner, owner


def _left_walk_tokens(text: str, pos: int, allow_comma: bool, head: str = "") -> tuple[int, int | None, str | None]:
    """_left_walk over a 200-character window, across connectors (see _left_walk)."""
    toks = _Tokens(text, pos, back=True)
    start = pos
    inner: int | None = None
    owner_end: int | None = None
    k = 0
    after_suffix = allow_comma
    while k < MAX_NAME_TOKENS:
        cur = toks[k]
        if cur is None:
            break
        s, tok = cur
        ends, comma_ok, cls, bare, own, suffix = _left_class(tok)
        if ends and not (after_suffix and comma_ok):
            start = _glued_start(tok, s, k, start)
            break
        if cls == _NAME:
            if own is not None and inner is None:
                inner = start
                owner_end = s + len(own)
            start = s
            after_suffix = suffix
            k += 1
            continue
        if cls == _LINK:
            if bare in NO_LINK_BEFORE and head in NO_LINK_HEADS:
                break  # (as in _left_walk)
            prev_t = toks[k + 1]
            if prev_t is None:
                break
            prev = prev_t[1]
            pbare = _bare(prev)
            bt = toks[k + 2]
            if _link_stops(bare, prev, pbare, check_for=False, before=bt[1] if bt is not None else ""):
                break
            if bare == "and":
                crosses = _crosses_and(toks, k, text, start, pos)
                if not crosses:
                    break
                if crosses == "one":
                    start = toks[k + 1][0]
                    break
            if bare == "for" and _for_stops(pbare):
                break
            k += 1
            after_suffix = False
            continue
        break
    return _walk_end(text, start, inner, owner_end)


def _glued_start(tok: str, s: int, k: int, start: int) -> int:
    """Where a name starts when the token that ends the walk hides its first word behind a
    lost space: `Cronan.The Criminal Division` starts at `The`."""
    glued = GLUED_RE.search(tok)
    if glued and k > 0 or glued and _is_cap(glued.group(1)):
        return s + glued.start(1)
    glued = HEAD_GLUED_RE.search(tok)
    if glued:
        return s + glued.start(1)
    return start


def _for_stops(pbare: str) -> bool:
    """`Office for Civil Rights` is found from its own head, rightwards: a walk from `Rights`
    stops at `for` after a head, a title or a person's role, or a role's field ("SVP Investor
    Relations and Public Relations for Tractor Supply Company", "VP Marketing for Perkins
    American Food Co.")."""
    return pbare in L.HEADS or pbare in L.TITLES_AFTER_HEAD or pbare in PERSON_ROLES or pbare in ROLE_FIELDS_BEFORE_FOR


# A role's field before "for" and the employer (see _for_stops).
ROLE_FIELDS_BEFORE_FOR = frozenset("Marketing Sales Relations Affairs Communications Operations Development".split())


def _link_stops(bare: str, prev: str, pbare: str, check_for: bool = True, before: str | None = "") -> bool:
    """Does the leftward walk stop at the connector `bare` (of/for/&), given the word before it
    (`prev`) and the one before that (`before`: None at the start of the text, "" unknown)?
    Both walkers share this rule; `and` has its own test (`_crosses_and`)."""
    if not pbare or _ends_clause(prev) or not _is_cap(pbare) or pbare in L.LEFT_STOPS:
        return True
    if bare == "of" and pbare not in L.HEADS and pbare != "House":
        return not _of_opens(pbare, before)
    if bare == "for" and before and before[:1].isupper() and _bare(before).lower() in first_names():
        return True  # a person before "for": "Assistant Administrator Cynthia Giles for EPAs Office of ..."
    return check_for and bare == "for" and _for_stops(pbare)


def _of_opens(pbare: str, before: str | None) -> bool:
    """A place's own word before "of" opens the name of a body of that place: "the City of
    Bozeman Fire Department", "State of Alaska Housing Finance Corporation", "the Gulf of Maine
    Research Institute". (Any other word is too often a common noun: "the Release of BlockDAG
    Network", "in Charge of ICEs Office", "the U.S. District of Idaho".)"""
    if pbare not in PLACE_OF_WORDS or before == "":
        return False
    if before is None:
        return True
    bb = _bare(before)
    return bool(bb) and (bb.islower() and bb not in LINK_WORDS or bb == "The")


# The words that name a place with "of" (see _of_opens).
PLACE_OF_WORDS = frozenset(("City", "State", "Town", "Township", "County", "Village", "Borough", "Gulf",
                            "Commonwealth"))


# A word shaped like a brand, not a common word of a name: "CiTech", "HR.com", "MGG", "3M".
BRAND_SHAPE_RE = re.compile(r"[a-z][A-Z]|[0-9]|\.[a-z]|[A-Z]{2}")


def _crosses_and(toks: _Tokens, k: int, text: str, start: int, pos: int) -> bool | str:
    """May the name ending at `pos` go on left over the "and" at token k?

    True for "Economic and Workforce Development Department", "Food and Drug Administration";
    False when the word before "and" completes a name of its own ("Department of Justice and
    Federal Trade Commission", "Cisco Systems and Westcon Group", "Roberts and Senate Judiciary
    Committee"), unless the pair is part of a known name ("Health and Human Services");
    "one" when only that word belongs to this name: "Department of Justice Environment and
    Natural Resources Division".
    """
    left = _bare(toks[k + 1][1])
    right_words = text[start:pos].split()
    if not right_words or len(right_words) > 3 or "and" in right_words or right_words[0] in L.CHAMBERS \
            or right_words[0] in L.LEFT_STOPS:
        return False  # one "and" per name: "Senator Snowe and Small Business and Entrepreneurship Committee"
    if (left, right_words[0]) in AND_PAIRS:
        return True
    if left in L.HEADS or left in L.COMPANY_SUFFIXES or left.isupper() or _possessive(left):
        return False
    if BRAND_SHAPE_RE.search(left) or BRAND_SHAPE_RE.search(right_words[0]) or left.lower() in L.PLACES:
        # a brand-shaped word or a place on either side is a name of its own: "CiTech and Siemens
        # Government Technologies", "Akin and MGG Investment Group", "Kenya and Cherokee School"
        return False
    t2 = toks[k + 2]
    b2 = _bare(t2[1]) if t2 is not None else ""
    if not b2 or _ends_clause(t2[1]) or not _is_cap(b2) and b2 not in ("of", "the", "for", "&"):
        return True  # the word before "and" starts the run: "the Economic and ..."
    if _initial(b2) and not left.isupper() and left not in L.HEADS:
        t3 = toks[k + 3]  # over a middle initial: "Chief Justice Michael L. Bender and State Court ..."
        if t3 is not None and _bare(t3[1]).lower() in first_names():
            return False
    if b2.lower() in first_names() and not left.isupper() and left not in L.HEADS:
        return False  # a person before "and": "AUSA Jason Varnado and Fraud Section Trial Attorney ..."
    head_left = False
    for j in range(k + 2, k + 9):
        t = toks[j]
        if t is None:
            break
        b = _bare(t[1])
        if not b or _ends_clause(t[1]) and j > k + 2:
            break
        if b in DEPT_POSSESSIVES or ACRONYM_POSSESSIVE_RE.fullmatch(b):
            break  # an owner: "the Department of Labors Veterans Employment and Training Service"
        if b in L.HEADS:
            head_left = True
            break
        if not _is_cap(b) and b not in ("of", "the", "for", "&"):
            break
    if not head_left:
        return True
    if b in SUB_UNIT_HEADS and b2 in ("of", "the"):
        return "one"  # a unit's parent: "Fair Lending Unit of the Housing and Civil Enforcement Section"
    return False if b2 in ("of", "the", "for", "&") else "one"


# People whose possessive is a word of a complement, not its owner: "Office of Research on
# Women's Health", "Center for Women's Global Leadership", "Association for Children's Mental Health".
PEOPLE_OWNERS = frozenset("Women Children Men People Girls Boys Kids Mothers Families Farmers Workers Seniors".split())

# Capitalised words after "on" that are no field of the body ("Committee on Aging"): a social
# network or a date.
ON_NOT_FIELD = frozenset(
    "Facebook LinkedIn Twitter Instagram YouTube TikTok X Threads Bluesky Telegram Discord Reddit "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April May June July August "
    "September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

# Capitalised words after "for" that are no field of the body: a project's phase, a fiscal year.
FOR_NOT_FIELD = frozenset(("Phase", "Fiscal", "FY"))

# What a complement starts with: " of Housing", " for the Eastern District", " on Veterans'".
COMPLEMENT_START_RE = re.compile(r"\s*(?:of|for|on)\s")


def _right_complement(text: str, pos: int) -> int:
    """End of an "of/for/on ..." complement starting at `pos`: "of Housing and Urban Development",
    "for the Eastern District of Arkansas", "on Veterans' Affairs", "of Alcohol, Tobacco,
    Firearms and Explosives". Returns `pos` when there is none.

    Stops before another organization ("Civil Division of the Department of Justice") and
    before "and" + another name with a head ("Department of Justice and Federal Trade Commission").
    """
    if not COMPLEMENT_START_RE.match(text, pos):
        return pos  # (most heads have none: one anchored match instead of reading tokens)
    toks = _Tokens(text, pos, back=False)
    t0, t1 = toks[0], toks[1]
    if t0 is None or t1 is None or t0[1] not in ("of", "for", "on"):
        return pos
    i = 1
    if t1[1] == "the" and toks[2] is not None:
        i = 2
    first = _bare(toks[i][1])
    if not first or not _is_cap(first) or first in L.LEFT_STOPS:
        return pos
    if first in L.GOVERNMENT_HEADS or first in L.INSTITUTION_HEADS or first in L.COMPANY_HEADS:
        return pos  # "Civil Division of the Department of Justice": two bodies
    if first in ON_NOT_FIELD and t0[1] == "on":
        return pos  # "Follow Sam's Club on LinkedIn", "the Brookings Institution on Feb. 5": where or when
    if first in FOR_NOT_FIELD and t0[1] == "for":
        return pos  # "$90,000 to the Blair County Airport Authority for Phase I", "... for Fiscal Year 2009": what or when
    end = pos
    word_ends: list[int] = []
    # a committee's "on" complement lists fields: "Committee on Rules and Administration"
    fields = t0[1] == "on" and text.endswith(FIELD_LIST_HEADS, 0, pos)
    listed = False  # a comma list of fields was passed
    while i <= MAX_NAME_TOKENS + 2:  # (a name is a handful of words: "of Aa of Bb of Cc ..." x 5000 stays cheap)
        cur = toks[i]
        if cur is None:
            break
        s, tok = cur
        bare = _bare(tok)
        if not bare or tok[0] in "(\"\u201c[":
            break
        if _is_cap(bare):
            if word_ends and _person_follows(text, s, bare):
                break  # "Idaho Commission on the Arts Dan Harpole"
            if word_ends and bare in COMPLEMENT_TITLE_STOPS and _is_cap(_bare(toks[i - 1][1])):
                break  # "Department of Homeland Security Secretary", "Commission on the Arts Chairman"
            if word_ends and bare[:2] == "FY" and (len(bare) == 2 or bare[2:].isdigit()):
                break  # a fiscal year: "the Department of Defense FY 07 Appropriations bill", "FY2008"
            if "." in tok:
                glued = GLUED_RE.search(tok)
                if glued and glued.group(1) in GLUED_OPENERS:
                    end = s + glued.start(1) - 1
                    break  # "... of the Department of Justice.The case was ...": a lost space
            own = _possessive(bare)
            if own in PEOPLE_OWNERS and not _ends_clause(tok) and toks[i - 1][1] in ("of", "on", "for", "and", "the"):
                # (after a connector only: "National Federation of Press Women's Professional
                # Communication contest" is the federation's contest)
                nxt_t = toks[i + 1]
                if nxt_t is not None and _is_cap(_bare(nxt_t[1])) and _bare(nxt_t[1]) not in L.HEADS:
                    own = None  # "Office of Research on Women's Health", "Association of Children's Hospitals"
            if own is None and bare in DEPT_POSSESSIVES and toks[i - 1][1] in ("of", "the") \
                    and tok.rstrip(PUNCT_END) == bare:
                own = bare[:-1]  # "Department of Justices Antitrust Division" / "... Justices environmental efforts"
            elif own is None and bare in POSSESSIVE_PLURALS and tok == bare and word_ends:
                nxt_t = toks[i + 1]
                if nxt_t is not None and nxt_t[1][:1].isupper() and _is_cap(_bare(nxt_t[1])):
                    # (not a short name: "Securities Commissions (IOSCO)") a lost apostrophe inside the complement ends it at the owner, as "Justices"
                    # does: "Department of Justice Antitrust Divisions San Francisco Field Office"
                    # (gave "Department of Justice Antitrust Divisions San")
                    own = bare[:-1]
            end = s + len(own) if own else s + len(tok.rstrip(PUNCT_END)) if not tok.endswith("Inc.") else s + len(tok)
            word_ends.append(end)
            if own:
                break
            if _ends_clause(tok):
                if tok.endswith(",") and (_comma_list_ahead(toks, i + 1, len(word_ends) == 1)
                                          or fields and _field_list_ahead(toks, i + 1, True)):
                    listed = True  # ("Committee on Commerce, Science, and Transportation")
                    i += 1
                    continue
                break
            i += 1
            continue
        if bare == "with" and word_ends and _bare(toks[i - 1][1]) in WITH_GROUPS:
            nxt_t = toks[i + 1]
            if nxt_t is None or not _is_cap(_bare(nxt_t[1])):
                break
            i += 1  # "Committee for People with Disabilities"
            continue
        if bare in ("of", "and", "&", "for", "the", "on", "de", "du", "des", "la", "y"):
            nxt_t = toks[i + 1]
            if nxt_t is None:
                break
            nxt = _bare(nxt_t[1])
            prev_t = toks[i - 1]
            if bare == "the" and (prev_t is None or prev_t[1] not in ("of", "for", "on")):
                break
            if nxt == "the" and bare in ("of", "for", "on") and toks[i + 2] is not None:
                nxt = _bare(toks[i + 2][1])
            elif nxt == "the" and bare == "and":
                tail = AND_THE_TO_SHORT_RE.match(text, toks[i][0])
                if tail and not any(w in L.HEADS for w in tail.group().split()):
                    # "... Ecological Transition and the Demographic Challenge (MITECO)" (not
                    # "Department of Justice and the Federal Trade Commission (FTC)": two bodies)
                    return tail.end()
                break
            if not nxt or not _is_cap(nxt) or nxt in L.LEFT_STOPS:
                break
            if bare in ("and", "&") and (nxt in L.TITLES_AFTER_HEAD or nxt in PERSON_ROLES or nxt in COMPLEMENT_TITLE_STOPS
                                         or len(nxt) > 1 and nxt.isupper() and nxt.isalpha()):
                # ("between the Department of Justice and HHS to focus": a second body)
                break  # "Center for American Progress and Senior Adviser for ..."
            if bare in ("and", "&") and _head_ahead(toks, i + 1) and (_bare(toks[i - 1][1]), nxt) not in AND_PAIRS \
                    and not (fields and bare == "and" and _field_list_ahead(toks, i, listed)):
                if len(word_ends) >= 2 and _is_cap(_bare(toks[i - 2][1])):
                    end = word_ends[-2]  # "Department of Justice | Environment and Natural Resources Division"
                break
            i += 1
            continue
        break
    if len(word_ends) > 1:
        last = _bare(text[:end].rsplit(None, 1)[-1])
        if last in BILL_WORDS:
            return word_ends[-2]  # "Department of Defense | Authorization bill"
        if last in BILL_NOUNS and len(word_ends) > 2 and _bare(text[:word_ends[-2]].rsplit(None, 1)[-1]) in BILL_WORDS:
            return word_ends[-3]  # "Department of Homeland Security | Appropriations Bill" (was "of Homeland")
        if last in COMPLEMENT_THING_LAST and not (last == "Programs" and text.endswith(("Office", "Office "), 0, pos)) \
                and not SECOND_COMPLEMENT_RE.search(text, word_ends[0], end):
            # (not after an inspector general's "for": see SECOND_COMPLEMENT_RE)
            cut = text.find(" for ", word_ends[0], end)
            if cut >= 0:
                return cut  # "Department of Veterans Affairs | for Fiscal Year 2005" (was "of Veterans")
            return word_ends[0]  # "Department of Agriculture | Rural Development Program"
    return end


# An inspector general's remit inside a complement: "Office of the Special Inspector General for
# the Troubled Asset Relief Program" (SIGTARP): the programme is what the office oversees.
SECOND_COMPLEMENT_RE = re.compile(r" General for ")

# The people a body serves, named with "with" inside its name: "Kansas City Mayors Committee
# for People with Disabilities", "Council for Persons with Disabilities".
WITH_GROUPS = frozenset(("People", "Persons", "Individuals", "Children", "Adults", "Citizens"))


# A person's title after a complement's last word ends the name: "Department of Homeland
# Security Secretary Michael Chertoff", "Department of Labor Assistant Secretary", "Senate Task
# Force on Manufacturing Member", "... for the Eastern District of Pennsylvania and Trial Attorney".
# (After "the" or "of" the title is the name's own word: "Office of the Administrator".)
COMPLEMENT_TITLE_STOPS = frozenset(
    "Secretary Chairman Chairwoman Chairperson President Member Members Ranking Trial Assistant Deputy "
    "Acting Spokesman Spokeswoman Spokesperson Commissioner Director Administrator Superintendent Supervisory".split()
)

# Last words of a complement that make it a thing, not the body's name: "Department of
# Agriculture Rural Development Program", "... Cord Blood Stem Cell Report"; a policy is the
# field of a body's name ("Subcommittee on Economic Policy", "Office of National Drug Control Policy").
COMPLEMENT_THING_LAST = L.NON_ORG_LAST - {"Policy"}
# A bill's kind after a body's name: "the Department of Defense Authorization bill", "the Department
# of Homeland Security Appropriations Bill", "the Senate Subcommittee on Labor, ... and Education
# Appropriations bill" (Senate releases); the body ends before it ("Committee on Appropriations",
# one word, is the body's own field).
BILL_WORDS = frozenset(("Authorization", "Reauthorization", "Appropriations"))
BILL_NOUNS = frozenset(("Bill", "Bills", "Act"))  # (capitalised after the kind: "Appropriations Bill")
# (An office that runs programs is named by them: "Office of Justice Programs", "Office for
# Reintegration Programs"; only the plural after "Office", the test in _right_complement.)

# "and the" + capitalised words up to a parenthesised short form: the name goes on to the
# parenthesis that abbreviates it, "Spanish Ministry for the Ecological Transition and the
# Demographic Challenge (MITECO)" (without the short form, "and the" ends the name).
AND_THE_TO_SHORT_RE = re.compile(
    r"and the [A-Z][\w'\u2019\-]*(?: (?:[A-Z][\w'\u2019\-]*|of|for|and|the)){0,5}(?= \([A-Z][A-Za-z]{1,9}\))")


def _comma_list_ahead(toks: _Tokens, i: int, long_last: bool = False) -> bool:
    """After "Alcohol,": one capitalised word per item up to "and" + one more ("Tobacco,
    Firearms and Explosives"). Longer items make a list of bodies, not one name ("the
    Department of Homeland Security, Immigration and Customs Enforcement"). `long_last`: the
    first item was one word, so the last may have two or three ("Committee on Banking, Housing
    and Urban Affairs")."""
    for k in range(i, i + 8):
        cur = toks[k]
        if cur is None:
            return False
        tok = cur[1]
        bare = _bare(tok)
        if not bare or not _is_cap(bare) or bare in L.LEFT_STOPS or bare in L.HEADS or bare.isupper():
            return False  # "the Department of Justice, HUD, and HUD OIG": a list of bodies
        if tok.endswith(","):
            continue
        if _ends_clause(tok):
            return False
        conj, last, after = toks[k + 1], toks[k + 2], toks[k + 3]
        if conj is None or conj[1] != "and" or last is None or not _is_cap(_bare(last[1])):
            return False
        if after is None or _ends_clause(last[1]) or after[1][0] in "(\"\u201c" or not _is_cap(_bare(after[1])):
            return True  # ("Labor and Pensions (HELP)": the parenthesis ends the name)
        if not long_last:
            return False
        for n in range(k + 3, k + 5):  # "Urban Affairs", "Urban Affairs Committee"
            cur = toks[n]
            if cur is None or cur[1][0] in "(\"\u201c" or not _is_cap(_bare(cur[1])) or _bare(cur[1]) in L.HEADS:
                return False
            nxt = toks[n + 1]
            if _ends_clause(cur[1]) or nxt is None or nxt[1][0] in "(\"\u201c" or not _is_cap(_bare(nxt[1])):
                return True
        return False
    return False


# Heads that name a body by themselves, so "and Navy" after a committee's field is a second
# body, not its last field ("Committee on Rules and Administration" is one name).
# (nor is a committee: "Committee on Banking, Housing and Urban Affairs Subcommittee on Housing" is two)
FIELD_BODIES = L.CHAMBERS | frozenset(("Army", "Navy", "Government", "Cabinet", "Parliament", "Legislature", "Police",
                                       "Committee", "Subcommittee"))
FIELD_LIST_HEADS = ("Committee ", "Subcommittee ", "Committee", "Subcommittee")  # before pos (a space or not)
FIELD_PERSON_WORDS = L.TITLES_AFTER_HEAD | COMPLEMENT_TITLE_STOPS  # "Committee on Finance, and Sen. Baucus"


def _field_word(bare: str) -> bool:
    """A word of a committee's field: capitalised, no opener, title, person's name or acronym."""
    return (_is_cap(bare) and bare not in L.LEFT_STOPS and bare not in FIELD_PERSON_WORDS
            and not (len(bare) > 1 and bare.isupper()) and bare.lower() not in first_names())


def _field_list_ahead(toks: _Tokens, k: int, listed: bool) -> bool:
    """From token k after a committee's "on Oceans," or "on Rules": does the rest of its list
    of fields follow, closed by an item after "and" that ends the name? Items are one to three
    capitalised words joined by ", ", " and " or ", and ": "Commerce, Science, and Transportation",
    "Oceans, Fisheries and Coast Guard", "Interior, Environment, and Related Agencies" (Senate
    committees). A head may only be the last item's last word, and after a lone "and" (no comma
    before, `listed` False) only as a one-word item: "Rules and Administration", not "Armed
    Services and Defense Department officials". At most 4 items of 3 words: a bounded look."""
    anded = False
    for _item in range(4):
        cur = toks[k]
        if cur is not None and cur[1] == "and":
            anded = True
            k += 1
        words = 0
        while True:
            cur = toks[k]
            if cur is None:
                return False
            tok = cur[1]
            bare = _bare(tok)
            if not bare or tok[0] in "(\"\u201c" or not _field_word(bare) or tok in L.LEFT_STOPS:
                return False
            words += 1
            k += 1
            nxt = toks[k]
            if _ends_clause(tok) or nxt is None or nxt[1][0] in "(\"\u201c" \
                    or nxt[1] != "and" and not _is_cap(_bare(nxt[1])):
                if not anded:
                    if tok.endswith(",") and words <= 3 and bare not in L.HEADS:
                        break  # "Science,": the next item follows
                    return False
                if bare in L.HEADS and (bare in FIELD_BODIES or not listed and words > 1):
                    return False
                return words <= 3  # "and Transportation" ends the name
            if nxt[1] == "and":
                if anded or bare in L.HEADS:
                    return False
                break
            if words >= 3 or bare in L.HEADS:
                return False
    return False


def _head_ahead(toks: _Tokens, i: int) -> bool:
    """A head word in the capitalised run from token i: "and Federal Trade Commission"."""
    for k in range(i, i + 10):
        cur = toks[k]
        if cur is None:
            return False
        bare = _bare(cur[1])
        if not bare or not _is_cap(bare):
            return False
        if bare in L.HEADS or bare in L.COMPANY_SUFFIXES:
            if not _ends_clause(cur[1]):
                nxt = toks[k + 1]
                if nxt is not None and nxt[1][:1].isupper() and _bare(nxt[1]) not in L.HEADS \
                        and _bare(nxt[1]) not in L.COMPANY_SUFFIXES and bare in L.GOVERNMENT_HEADS:
                    continue  # a head as a modifier: "and Government Affairs", "and Court Services"
            return True
        if _ends_clause(cur[1]):
            return False
    return False


# A common legal suffix after a head and a comma: ", Inc." in "Valor Equity Partners, Inc. (the
# "Company")"; only unambiguous forms ("AG", "Co" and "SE" after a comma may start other words).
COMMA_SUFFIX_RE = re.compile(r", (?:Inc\.|Inc\b|Corp\.|LLC\b|LLP\b|Ltd\.|L\.P\.|L\.L\.C\.|PLC\b|plc\b|GmbH\b)")
NEXT_TOKEN_RE = re.compile(r"[ \t]*(\S+)")  # the token after a head: " Antitrust", " model."


def _next_token(text: str, pos: int) -> tuple[int, str] | None:
    m = NEXT_TOKEN_RE.match(text, pos)
    return (m.start(1), m.group(1)) if m else None


# The body's people after its name, which end it as a title does: "two former Des Moines Police
# Department Officers", "Border Patrol Agents", "Michigan Healthcare Management Company Employees"
# (not after "Police" alone: "Two New Orleans Police Officers" reads no body's name; not a singular
# "Officer", which ends job titles: "Chief Credit Administration Officer"; not in a headline, whose
# title case makes a description look like a name: "Michigan Healthcare Management Company
# Employees Indicted ..." for "a healthcare management services company").
PERSONNEL_AFTER_HEAD = frozenset(
    "Officers Agents Detective Detectives Deputies Trooper Troopers Investigator Investigators "
    "Employee Employees Sergeant Sergeants Personnel".split()
)


def _head_mention(text: str, para: int, hs: int, he: int, kw: str, suf: str) -> Mention | None:
    """The organization whose name ends with the head word at text[hs:he], or None."""
    is_suffix = kw in L.COMPANY_SUFFIXES and kw not in L.HEADS
    if para < 0 and kw == "Partners" and not suf and text.startswith((" With ", " with "), he):
        return None  # a headline verb: "Insurance Canopy Partners With Marketspread to ..."
    possessive = suf in APOSTROPHES
    head_end = he - len(suf) if possessive else he
    if possessive and suf[0] == "s" and kw + "s" not in L.PLURAL_HEADS and kw not in L.PLURAL_HEADS:
        head_end += 1  # a plural name's possessive: "United Nations'", "Palo Alto Networks'" (not "Nation")
    if suf == "s" and kw + "s" in PLURAL_WITH_COMPLEMENT and _right_complement(text, he + 1) > he + 1:
        suf = ""  # "Centers for Medicare & Medicaid Services", "National Institutes of Health"
    elif suf == "s" and kw + "s" not in L.PLURAL_HEADS and kw not in L.PLURAL_HEADS:
        nxt = _next_token(text, he)
        if kw + "s" not in POSSESSIVE_PLURALS or nxt is None or text[he:nxt[0]].strip() or not _is_cap(nxt[1]):
            return None  # "Federal Agencies", "Drug Courts": common nouns; "General Services Administration"
        possessive = True  # "the Federal Trade Commissions Bureau of Competition"
        head_end = he - 1
    end = head_end
    if not possessive:
        # right side: suffixes, a company's tail, "of ..." complements, "- Operation ..."
        if not is_suffix:
            end = _right_complement(text, he + 1) \
                if text[he:he + 1] == " " and COMPLEMENT_START_RE.match(text, he + 1) else he
            if end == he + 1:
                end = he
            elif para < 0:
                end = _headline_verb_cut(text, he, end)
            elif kw in SUB_UNIT_HEADS and any(_bare(w) in L.HEADS or _bare(w) in POSSESSIVE_PLURALS
                                               for w in _sub_unit_parent(text, he, end).split()):
                # "Counterterrorism Section of the ... National Security Division", "Fair Lending
                # Unit of the Housing and Civil Enforcement Section" (the complement stopped
                # before "and" + the parent's next words): two bodies
                end = he
        steps = 0  # a name ends within a few words of its head: ", Inc." * 5000 stays linear
        while True:
            nxt = _next_token(text, end)
            if nxt is None:
                break
            gap = text[end:nxt[0]]
            tok = nxt[1]
            steps += 1
            if steps > 6:
                break
            if gap in (" ", ", ") and _bare(tok) in L.COMPANY_SUFFIXES:
                if tok.rstrip(",;:") in L.COMPANY_SUFFIXES:
                    end = nxt[0] + len(tok.rstrip(",;:"))
                    continue
                if tok[-1] == "." and tok[:-1] in L.COMPANY_SUFFIXES:
                    # the sentence's full stop after a dotless suffix: "led by Foundry Capital
                    # Partners LLC." (the name ends before the stop)
                    end = nxt[0] + len(tok) - 1
                    continue
            if gap == "" and tok == ",":
                # "Foundry Capital Partners, Inc.": the comma the token scan reads as a token
                sfx = COMMA_SUFFIX_RE.match(text, nxt[0])
                if sfx:
                    end = sfx.end()
                    continue
            tail = _bare(tok)
            # a school district is the body: "the Pittsburgh School District to launch", "Mariposa
            # Unified School District" ("District" alone is no head: a court's seat)
            if gap == " " and (kw == "School" and tail == "District" or (kw in L.COMPANY_HEADS or is_suffix)
                               and tail in COMPANY_TAIL and not _ends_clause(tok[:-1] or tok)):
                end = nxt[0] + len(tail)
                if tok != tail:
                    nxt = _next_token(text, end)
                    break
                continue
            break
        # (`nxt` is the token after `end` now)
        op = OPERATION_RE.match(text, end) if kw in ("Force", "Forces", "Command") else None
        if op:
            end = op.end()
            nxt = _next_token(text, end)
        if nxt is not None and text[end:nxt[0]] == " " and not is_suffix and end == head_end:
            bare = _bare(nxt[1])
            if bare and nxt[1][0] not in "(\"\u201c[" and _is_cap(bare) and bare not in L.TITLES_AFTER_HEAD \
                    and bare not in ("Inc", "Inc.") and not _person_follows(text, nxt[0], bare) \
                    and not (bare in PERSONNEL_AFTER_HEAD and kw != "Police" and para >= 0):
                own = _possessive(bare)
                if own is None and bare not in L.LEFT_STOPS:
                    return None  # a modifier: "Court Rulings", "Bank Act", "Department Antitrust Division"
            if nxt[1].rstrip(".,;") in L.MODIFIED_NOUNS:
                return None  # "the Financial Empowerment Center model"
            if nxt[1] in ("and", "&") and AND_THING_RE.match(text, end):
                return None  # "Family Entertainment and Copyright Act": a law's name
            if kw in SUB_UNIT_HEADS and nxt[1][:1].isdigit():
                return None  # "Treasury Regulation Section 301.7701-4(d)", "Passing Section 327": a clause of a law
    start, inner, owner = _left_walk(text, hs, allow_comma=is_suffix, head=kw)
    if owner is not None and inner == hs and kw in HOLDER_OFFICE_HEADS and _office_holder(owner):
        inner = owner = None  # "the Kern County Sheriff's Office", "the U.S. Attorney's Office": one body
    if inner is None:
        split = _known_owner_split(text, start, hs)
        if split is not None:
            inner, owner = split  # "the U.S. Secret Services Washington Field Office"
    if kw in L.GOVERNMENT_HEADS and start >= 6 and text[start - 2:start] == ", ":
        start = _city_state_start(text, start)  # "the Crystal Springs, Miss., Police Department"
    if kw in COMMA_LIST_HEADS and not suf and start >= 2 and (text[start - 2:start] == ", " and " and " in text[start:hs]
                                                            or text[start - 6:start] == ", and "):
        start = _comma_items_start(text, start)  # "Senate Health, Education, Labor and Pensions Committee"
    if start == hs and is_suffix:
        return None  # a legal suffix names nobody alone, nor with a tail: "ASA International Stroke Conference"
    if start == hs and end == head_end:
        # a lone head word: "the Department", "the Coalition" (a reference, resolved later)
        return Mention(text[hs:head_end], para, hs, head_end, "lone", head=kw)
    name_start = inner if inner is not None else start
    name = text[name_start:end].strip(" ,")
    mods = text[name_start:hs].split()
    if kw in GENERIC_HEADS and mods and end == head_end and all(w in GENERIC_MODIFIERS for w in mods):
        return None  # "Strategic Alliance", "Joint Venture": what a headline announces, not who
    if kw == "Ventures" and mods and mods[-1] == "Joint":
        return None  # "Mortgage and Title Joint Ventures": a kind of business
    if kw == "Capital" and mods and mods[-1] in GENERIC_CAPITAL:
        return None  # "Venture Capital", "Seed Round Amidst Tense Times for Venture Capital"
    if kw in KIND_OF_COMPANY and A_BEFORE_RE.search(text, max(0, name_start - 4), name_start) \
            and _fold(text[name_start:hs]) in L.PLACES:
        return None  # "KYN Capital Group, Inc., a Nevada Corporation": where it is incorporated
    full = text[start:end].strip(" ,") if inner is not None else None
    if kw in ("Center", "Centre") and (VENUE_BEFORE_RE.search(text, max(0, start - 30), start)
                                       or VENUE_CENTER_RE.search(text, max(0, head_end - 40), head_end)):
        return None  # "held at the FFA Enrichment Center", "Mandalay Bay Convention Center": venues
    if name_start == hs and end == head_end and not is_suffix:
        # only the head remains after the owner ("IMUA's Board"): the owner is the body
        return None
    if possessive:
        kind = "owner"
    else:
        kind = "suffix" if is_suffix else "head"
    return Mention(_dedupe_heading(name), para, name_start, end, kind, full=full, owner=owner, head=kw)


# An office named after its holder: "Kern County Sheriff's Office", "the U.S. Attorney's Office",
# "Greene County Prosecutor's Office", "DeKalb County Public Defender's Office", "Cochise County
# Sheriff’s Department" are bodies, their possessive no owning body (the bare head was dropped).
HOLDER_OFFICE_HEADS = frozenset(("Office", "Department"))
OFFICE_HOLDERS = frozenset(
    "Sheriff Attorney Prosecutor Defender Governor Mayor Marshal Clerk Treasurer Comptroller Controller "
    "Auditor Coroner Assessor Recorder Solicitor".split()
)


def _office_holder(owner: str) -> bool:
    """The possessive's owner is an office's holder ("Kern County Sheriff", "U.S. Attorney",
    "Attorney General"), not a body or a person's name."""
    words = owner.split()
    return words[-1] in OFFICE_HOLDERS or words[-1] == "General" and len(words) > 1 and words[-2] == "Attorney"


def _known_owner_split(text: str, start: int, hs: int) -> tuple[int, str] | None:
    """(unit start, owner) when the name before a head holds a curated body's name with a plain
    "s" for its lost apostrophe, before the unit's capitalised name: "U.S. Secret Services
    Washington Field Office", "U.S. Postal Services Office of Inspector General", "U.S.
    Department of States Diplomatic Security Service" (DOJ pages). The curated name must be
    the whole of what stands before the "s": "Health and Human Services Office of Inspector
    General" is no one's possessive."""
    i = text.find("s ", start, hs)
    while i >= 0:
        if text[i + 2:i + 3].isupper():
            owner = text[start:i]
            if owner in _table.group_of or LEADING_THE_RE.sub("", owner) in _table.group_of:
                return i + 2, owner
        i = text.find("s ", i + 2, hs)
    return None


def _headline_verb_cut(text: str, he: int, end: int) -> int:
    """The end of a headline's complement text[he:end] before its first capitalised verb (see
    HEADLINE_COMPLEMENT_STOP_RE): a title-case headline capitalises the verb after the name."""
    pos = he
    for k, tok in enumerate(text[he:end].split()):
        pos = text.index(tok, pos)
        if k >= 2 and HEADLINE_COMPLEMENT_STOP_RE.fullmatch(_bare(tok)):  # (never "of"/"for" + its first word)
            return len(text[:pos].rstrip(" ,"))
        pos += len(tok)
    return end


# "and" + a few capitalised words ending in a law's or programme's word after a head: the head
# is a word of that thing's name ("Family Entertainment and Copyright Act of 2005").
AND_THING_RE = re.compile(r" (?:and|&) (?:[A-Z][\w'\u2019\-]* ){0,3}(?:Act|Acts|Program|Programme|Initiative)\b")

# The capitalised run after a unit's complement, which may still be the parent's name: " and
# Civil Enforcement Section" after "Fair Lending Unit of the Housing".
PARENT_RUN_RE = re.compile(r"(?: (?:and|&|of|for|the)| [A-Z][\w'\u2019.\-]*){1,8}")


def _sub_unit_parent(text: str, he: int, end: int) -> str:
    """The words of a unit's "of ..." complement text[he:end] and of the capitalised run right
    after it (the parent's name may go on past where the complement stopped)."""
    run = PARENT_RUN_RE.match(text, end)
    return text[he:run.end()] if run else text[he:end]


# Heads of a unit inside a body: an "of ..." complement with a head of its own names the parent,
# "Employment Litigation Section of the Civil Rights Division".
SUB_UNIT_HEADS = frozenset(("Section", "Branch", "Unit"))

# Heads that, after "a <place>", say where a company is incorporated, not what it is called.
KIND_OF_COMPANY = frozenset(("Corporation", "Company", "LLC", "Limited", "Corp.", "Corp"))
# An article just before a name makes it a kind: "a Nevada Corporation" (where a company is
# incorporated), "a Decentralized Autonomous Organization" (organizations._long_is_org).
A_BEFORE_RE = re.compile(r"(?:^|\s)[aA]n?\s$")


# A city and its state before a local body's name: "Crystal Springs, Miss., " / "Ada County,
# Idaho, " / "Former Huntsville, Alabama, " (the body is "Crystal Springs, Miss., Police Department").
CITY_STATE_BEFORE_RE = re.compile(
    r"(?P<city>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2}), (?P<state>[A-Z][A-Za-z]*\.?(?: [A-Z][a-z]+\.?)?|[A-Z]\.[A-Z]\.), $"
)


# Heads whose names list fields with commas: "Health, Education, Labor and Pensions Committee",
# "Commerce, Science, and Transportation Committee" (singular: "the Foreign Relations, Banking,
# Intelligence and Rules Committees" is a list of committees).
COMMA_LIST_HEADS = frozenset(("Committee", "Subcommittee"))


def _comma_items_start(text: str, start: int) -> int:
    """Where a committee's name starts when "Word, Word, " items stand before the walk's start
    (at most four, then up to two capitalised words such as "Senate", "U.S. Senate")."""
    lo = max(0, start - 120)
    toks = text[lo:start].split()
    k = len(toks)
    oxford = k > 0 and toks[k - 1] == "and"
    if oxford:
        k -= 1
    items = 0
    while k > 0 and items < 4:
        t = toks[k - 1]
        w = t[:-1]
        if not t.endswith(",") or not w.isalpha() or not w[:1].isupper() or w in L.LEFT_STOPS \
                or w.lower() in L.PLACES:
            break
        items += 1
        k -= 1
    if not items or oxford and items < 2:
        return start  # ("Senators John Warner, Carl Levin, and Foreign Relations Committee ...": people)
    lead = 0
    while k > 0 and lead < 2:
        t = toks[k - 1]
        if not _is_cap(t) or _ends_clause(t) or _bare(t) in L.LEFT_STOPS or _bare(t) in L.TITLES_AFTER_HEAD \
                or t.lower() in first_names():
            break
        lead += 1
        k -= 1
    # the offset of token k: count back over the tokens kept
    pos = start
    for t in reversed(toks[k:]):
        pos = text.rindex(t, lo, pos)
    return pos


def _city_state_start(text: str, start: int) -> int:
    """Where a local body's name starts when "City, State, " stands before the walk's start."""
    if text.startswith(("U.S.", "United States", "Federal"), start):
        return start  # a federal body's seat, not a local body: "Sacramento, Calif., U.S. District Court"
    m = CITY_STATE_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None or m.group("state") == "D.C." or _fold(m.group("state")) not in L.US_STATES:
        return start  # ("FBIs Washington, D.C., Field Office": the office's seat)
    city = m.group("city").split()
    k = len(city)
    while k > 0 and _city_word(city[k - 1]):
        k -= 1  # the city is the plain words at the end: "Former Huntsville", "the FBIs Springfield"
    if k == len(city) or _fold(" ".join(city[k:])) in L.PLACES:
        return start  # "Texas, Iowa, ...": a list of states
    return m.start("city") + len(" ".join(city[:k])) + (1 if k else 0)


def _city_word(word: str) -> bool:
    """A word that may be part of a city's or county's name (not "Former", "FBIs", "General")."""
    _e, _c, cls, bare, own, _s = _left_class(word)
    return cls == _NAME and own is None and not bare.isupper() and bare not in PERSON_ROLES \
        and bare not in L.TITLES_AFTER_HEAD and bare not in L.GOVERNMENT_HEADS


def _person_follows(text: str, pos: int, first: str) -> bool:
    """A person's name starts at `pos` ("Antitrust Division Christine Varney"): a given name
    followed by another capitalised word."""
    if first.lower() not in first_names():
        return False
    nxt = _next_token(text, pos + len(first))
    return nxt is not None and _is_cap(_bare(nxt[1]))


@lru_cache(maxsize=16384)
def _dedupe_heading(name: str) -> str:
    """ "ARC Clean Technology ARC Clean Technology Inc." (an About heading run into its first
    sentence) -> "ARC Clean Technology Inc."; glued without a space, "Tevard BiosciencesTevard
    Biosciences" -> "Tevard Biosciences"."""
    toks = name.split()
    if len(toks) >= 2 and len(toks[0]) >= 3:
        for t in toks[1:4]:
            k = t.find(toks[0], 2)
            if k > 0 and t.endswith(toks[0], k) and t[k - 1].islower():
                return name[name.index(t) + k:]  # the heading glued to the sentence's first word
    if len(toks) < 2 or toks[0] not in toks[1:]:
        return name  # (a repeat must start with the first word again)
    for k in range(1, len(toks) // 2 + 1):
        if toks[:k] == toks[k:2 * k]:
            return " ".join(toks[k:])
    # "Verdigris Technologies Verdigris" ("About Verdigris Technologies" + "Verdigris is ..."):
    # the sentence starts with the heading's first words, the heading is the name
    # (only a run of capitalised words that does not start with a head: "Subcommittee on Homeland
    # Security" and "Company Wealth Advisors Trust Company" are no heading and sentence)
    k = toks.index(toks[0], 1)
    if k > len(toks) - k and toks[k:] == toks[:len(toks) - k] and toks[0] not in L.HEADS \
            and toks[0] not in L.COMPANY_SUFFIXES and all(t[:1].isupper() for t in toks):
        return " ".join(toks[:k])
    return name


# ---------------------------------------------------------------------------------------------
# the scan


def _texts(paragraphs: list[str], title: str | None, boilerplate: list[str] | None) -> list[tuple[int, str]]:
    """Title (-1), body paragraphs, then the issuer's "About ..." blocks (not a wire's own)."""
    out: list[tuple[int, str]] = []
    if title and not title.isupper():
        out.append((-1, title))
    out.extend(enumerate(paragraphs))
    if boilerplate:
        out.extend(about_blocks(boilerplate, len(paragraphs)))
    return out


def about_blocks(boilerplate: list[str], n: int = 0) -> list[tuple[int, str]]:
    """The issuer's "About ..." blocks of `boilerplate` (never a wire's own footer), each with
    its index counted from `n`. Shared by the organization scan and the known-organization
    pass (knownorgs), so both read exactly the same About section."""
    out: list[tuple[int, str]] = []
    take = 0  # blocks of the About section still to read
    for k, block in enumerate(boilerplate):
        head = block[:80]
        if head.startswith("About ") and not WIRE_ABOUT_RE.match(head):
            if len(block) < 80 and _wire_own_section(block[6:].strip(" :"), boilerplate, k + 1):
                take = 0
                continue
            out.append((n + k, block))
            take = ABOUT_SECTION_BLOCKS if len(block.split()) <= 8 else 0
        elif take:
            if take < ABOUT_SECTION_BLOCKS and (ABOUT_SECTION_END_RE.match(head) or len(block.split()) <= 8
                                                or "Contact" in head or "behalf of" in head.lower()):
                take = 0  # the next section: "Forward-Looking Statements", "Media Contact:"
                continue
            out.append((n + k, block))
            take -= 1
    return out


def _wire_own_section(name: str, blocks: list[str], k: int) -> bool:
    """Is the About section of `name` that starts at blocks[k] a wire's own footer? A wire's
    brand describes itself as a communications platform, is "powered by" its network or points
    to its own disclaimers: "GreenCarStocks ("GCS") is a specialized communications platform
    ...", "GreenCarStocks is powered by IBN", "Please see full terms of use and disclaimers on
    the TinyGems website", a sign-off line "CannabisNewsWire is powered by IBN" (ibn's 70 brands:
    Rocks & Stocks, CNW420, BillionDollarClub ...). An
    issuer's section that runs on into the wire's disclaimer names another site ("... on the
    InvestorBrandNetwork website" after "About D-Wave Quantum Inc.")."""
    if not name:
        return False
    for block in blocks[k:k + 8]:
        if block.startswith("About "):
            break
        if "communications platform" in block and block.startswith(name):
            return True
        if name + " is powered by" in block or "disclaimers on the " + name in block:
            return True
        if " is powered by " in block and len(block) < 60:
            return True  # the wire's sign-off line: "CannabisNewsWire is powered by IBN" (after "About CNW420")
    return False


# An About section's prose blocks after its heading (gold counts their acronyms: "the Biomedical
# Advanced Research and Development Authority (BARDA)" in a second block); at most this many.
ABOUT_SECTION_BLOCKS = 4
# What starts the section after it: a disclaimer, a contact, a wire's own text.
ABOUT_SECTION_END_RE = re.compile(
    r"(?:Forward[- ]Looking|FORWARD[- ]LOOKING|Safe Harbor|SAFE HARBOR|Cautionary|CAUTIONARY|Certain statements|"
    r"This (?:press )?release|This news release|Statements in this|Media|MEDIA|Contact|CONTACT|Investor|INVESTOR|"
    r"For more|To view|To receive|To learn|Please|Follow|Visit|Join|Subscribe|NOTE TO|Source:|SOURCE|###|"
    r"Disclaimer|DISCLAIMER|[A-Z]{2,}[ ,]+[A-Z]{2,}[ ,]+[A-Z]{2,}|"  # (a disclaimer in capitals: "AND NOT BY OR ON BEHALF OF")
    r"The post )")  # a wire's footer repeating the headline: "The post ... appeared first on citybiz."


def _scan(texts: list[tuple[int, str]], quotes_people: set[str], whole: str) -> tuple[list[Mention], Counter[str]]:
    """Mentions found from trigger words, and the acronyms used (counted in the same pass).
    `whole`: the texts joined by newlines ("\\n".join, exactly), for cue words tested once a
    release instead of once a paragraph.

    KEYWORD_RE and LOWER_ROLE_RE run once over `whole`, not once per text: neither can match a
    newline nor look past one (literal spaces, letters, no `\\s`), so their hits in `whole`
    are exactly each text's hits, shifted by the text's offset (one scan a release instead of
    ~11: this function's CPU over the corpus 0.806 -> 0.770 s).
    """
    mentions: list[Mention] = []
    used: list[str] = []  # acronyms in use, counted at the end
    held: list[Mention] = []  # person-shaped names after a body's cue (see the About test at the end)
    held_about: list[Mention] = []  # person-shaped About headings
    founders = "ounder " in whole  # (one look a release, not one a text)
    hits = KEYWORD_RE.finditer(whole)
    hit = next(hits, None)
    roles = LOWER_ROLE_RE.finditer(whole)
    role = next(roles, None)
    # The appositive patterns read `\s`, which would cross a newline: they scan the texts joined
    # by NUL instead, which none of their parts matches and which their end tests (`\b`,
    # "(?!['\u2019])") read as they read a text's end, so again the hits are each text's own
    # (a scan a release, not a cue test and a scan a text: 0.770 -> 0.753 s for this function).
    joined = "\x00".join(t for _, t in texts)
    appositives = [(rx.finditer(joined), cue) for rx, cue in APPOSITIVE_CUES]
    next_appositive = [next(found, None) for found, _ in appositives]
    stop = -1  # where the text before ends in `whole` (its newline)
    for para, text in texts:
        base = stop + 1  # where this text starts in `whole`
        stop = base + len(text)
        spans: list[tuple[int, int]] = []
        caps_runs: _Intervals | None = None
        rest = []
        acr: list[tuple[int, str]] = []
        while hit is not None and hit.start() < stop:
            m, hit = hit, next(hits, None)
            hs, he = m.span()
            hs -= base
            he -= base
            prev = text[hs - 1] if hs else " "
            group = m.lastgroup
            if group is None:  # an acronym
                if not (prev.isalnum() or prev in NOT_BEFORE_ACRONYM):
                    acr.append((hs, m.group()))
                continue
            if group[0] == "s":  # a keyword and its suffix
                ke = m.start(group) - base
                kw, suf = text[hs:ke], text[ke:he]
            else:
                kw, suf = m.group(), ""
            if suf == "s" and kw in ACRONYM_KEYWORDS and text[he:he + 1] == " " and text[he + 1:he + 2].isupper():
                suf = "'s"  # a possessive whose apostrophe got lost: "the FBIs Washington Field Office", "HHSs Centers for ..."
            if kw in ACRONYM_KEYWORDS and not (prev.isalnum() or prev in NOT_BEFORE_ACRONYM):
                # a keyword that is an acronym ("FBI's", "IRS") is a use too
                if not (text[he:he + 1] in ("&", "_") or text[he:he + 1] == "." and text[he + 1:he + 2].isalpha()):
                    acr.append((hs, kw + "s" if suf == "s" else kw))
            if prev.isalnum() or prev in "-_&@/.":
                continue
            if kw in HEAD_OR_SUFFIX:
                if kw == "Lines" and text[max(0, hs - 10):hs - 1].rpartition(" ")[2] not in L.CARRIER_LINES_BEFORE:
                    continue  # "Lines" only after "Air", "Van", "Cruise" ...: "Delta Air Lines"
                if suf and kw not in L.HEADS and not (suf in APOSTROPHES and kw[-1] == "."):
                    # "Incs": a legal suffix takes no plural, nor a possessive but after its period
                    # ("Ford Motor Co.'s announcement", "Boeing Corp.'s", "FireFly Metals Ltd.'s")
                    continue
                if text[he:he + 1] == "-" and kw not in L.HEADS and text[he + 1:he + 2].isalpha():
                    continue  # a legal suffix as a compound's first half: "5,000 USDT Limited-Time Offer"
                    # (a head keeps its body: "Joint Commission-accredited", "IRS-CI", "Department-Gang Division")
                if suf == "s" and kw == "Department":
                    deps = _plural_departments(text, para, hs, he)
                    if deps:
                        mentions.extend(deps)
                        continue
                men = _head_mention(text, para, hs, he, kw, suf)
                if men is not None:
                    mentions.append(men)
                    if men.owner and men.full and men.full.startswith(men.owner + "s ") and men.owner in _table.group_of:
                        # the curated owner is named too: "U.S. Secret Services Washington Field Office"
                        at = men.end - len(men.full)
                        mentions.append(Mention(men.owner, para, at, at + len(men.owner), "owner"))
                    if men.kind != "lone":
                        spans.append((men.start, men.end))
                continue
            rest.append((hs, he, kw, suf))
        if acr:
            if len(acr) >= 3:
                caps_runs = _Intervals((r.start(), r.end()) for r in CAPS_RUN_RE.finditer(text))
                if caps_runs:
                    acr = [(p, a) for p, a in acr if not caps_runs.covers(p)]
            used.extend([a for _, a in acr])
        covered = _Intervals(spans) if rest and spans else None
        for hs, he, kw, suf in rest:
            if covered is not None and covered.covers(hs):
                continue
            if kw in L.CHAMBERS:
                men = _chamber(text, para, hs, he - len(suf), kw, suf)
                if men:
                    mentions.append(men)
                continue
            # a many-word trigger before a capitalised word
            cap_after = kw in _table.triggers and " " in kw and text[he:he + 1] == " " and text[he + 1:he + 2].isupper()
            if kw in _table.triggers and (not suf or suf in APOSTROPHES or suf == "s" and cap_after):
                # (a many-word name's lost apostrophe before its unit: "U.S. Immigration and Customs
                # Enforcements Homeland Security Investigations")
                if not suf and cap_after and _bare(_next_token(text, he)[1]) not in TRIGGER_TITLE_WORDS:
                    # a longer name opens with it: "the United Nations Framework Convention on ...",
                    # "United Nations Civilian Medical Award" (not a title: "Senate Democratic
                    # Conference Secretary Debbie Stabenow")
                    continue
                if kw.isupper():
                    if caps_runs is None:
                        caps_runs = _Intervals((r.start(), r.end()) for r in CAPS_RUN_RE.finditer(text))
                    if caps_runs.covers(hs):
                        continue
                    if text.startswith(" 10.", he) or text.startswith(": 10.", he):
                        if DOI_NUMBER_RE.match(text, he):
                            continue  # "published (DOI: 10.1016/j.hbpd.2024.12.005)": an identifier's label
                    if kw == "WHO" and text.startswith(":", he):
                        continue  # a media advisory's "WHO: Senator Norm Coleman ...", not the health body
                    if hs > 4 and text[hs - 2:hs] == ", " and kw in STATE_CODE_TRIGGERS:
                        city = CITY_BEFORE_RE.search(text, max(0, hs - 40), hs)
                        if city and city.group(1) not in L.HEADS:
                            continue  # a state after its town: "Action Agency in Charlottesville, VA for ...", not Veterans Affairs
                if kw == WHITE_HOUSE_TRIGGER and _white_house_place(text, hs, he):
                    continue
                if kw == GUARD_TRIGGER and not suf and hs > 3:
                    g = GUARD_LEFT_RE.search(text, max(0, hs - 30), hs)
                    if g is not None and g.start() < hs:
                        gs = g.start() if g.group("state") and g.group("state").lower() in L.US_STATES \
                            else g.start("part")
                        if gs >= 0:
                            mentions.append(Mention(text[gs:he], para, gs, he, "head"))
                            continue
                mentions.append(Mention(kw, para, hs, hs + len(kw), "known"))
                continue
            if kw == "Exchange":
                if not suf and hs > 6:
                    men = _exchange(text, para, hs, he)
                    if men is not None:
                        mentions.append(men)
                continue
            if kw in L.AFFILIATION_ROLES and not suf:
                a = AFFILIATION_RE.match(text, he)
                if a is None:
                    # "Senior Vice President of Business Development at HH Red Stone": the field,
                    # then the organization after "at"
                    f = ROLE_FIELD_AT_RE.match(text, he)
                    if f:
                        a = AFFILIATION_RE.match(text, f.end())
                if a:
                    men = _affiliation(text, para, a.start("org"), a.end("org"), quotes_people, held)
                    if men:
                        mentions.append(men)
                elif kw in ROLE_BEFORE_PERSON and hs > 2 and text[hs - 1] == " " and _given_name_at(text, he):
                    # the organization before an executive's title and name: "Cloud DX CEO Robert
                    # Kaul joined Steve Darling from Proactive", "Delta CEO Gerald Grinstein"
                    men = _named_before(text, para, hs, "exec", quotes_people)
                    if men and men.name not in L.HEADS:
                        mentions.append(men)
        while role is not None and role.start() < stop:
            r, role = role, next(roles, None)
            a = AFFILIATION_RE.match(text, r.end() - base)
            if a:
                men = _affiliation(text, para, a.start("org"), a.end("org"), quotes_people, held)
                if men:
                    mentions.append(men)
        if founders and "ounder " in text:
            # a founder named in mid-sentence, which LOWER_ROLE_RE (after a comma) does not read:
            # "... at Johns Hopkins Hospital and co-founder of Corrie Health."
            for f in FOUNDER_OF_RE.finditer(text):
                if AFTER_COMMA_ROLE_RE.search(text, max(0, f.start() - 40), f.start()):
                    continue  # (", co-founder of X": LOWER_ROLE_RE's)
                a = AFFILIATION_RE.match(text, f.end())
                if a:
                    men = _affiliation(text, para, a.start("org"), a.end("org"), quotes_people, held)
                    if men:
                        mentions.append(men)
        # (one look for what each family of cues contains, then only that family's cues)
        present = [f for f in CUE_FAMILIES if f in text]  # (each family tested once a paragraph)
        if present:
            for cue, family in ANNOUNCE_CUE_FAMILY:
                if family not in present:
                    continue
                i = text.find(cue)
                while i >= 0:
                    men = _named_before(text, para, i, "announce", quotes_people)
                    if men:
                        mentions.append(men)
                    i = text.find(cue, i + len(cue))
        if para < 0:
            # (one scan of the headline for all the verbs, each verb's first place, in the verbs'
            # order: 46 str.find a headline cost 20 ms over the corpus)
            firsts: dict[str, int] = {}
            for v in TITLE_SUBJECT_RE.finditer(text):
                firsts.setdefault(v.group(), v.start() - 1)  # (the blank before, as the cue reads)
            for cue in TITLE_SUBJECT_CUES if firsts else ():
                i = firsts.get(cue[1:-1], -1)
                if i > 0:
                    men = _title_subject(text, para, i, texts, quotes_people)
                    if men:
                        mentions.append(men)
        if para >= 0 and text.startswith("About ") and len(text) < 90 and not WIRE_ABOUT_RE.match(text):
            # an "About Silver Range Resources" heading names the issuer (without the short form
            # or ticker in parentheses: "About KYN Capital Group, Inc. (KYNC)")
            heading = _dedupe_heading(LEADING_THE_RE.sub("", HEADING_PAREN_RE.sub("", text[6:]).strip(" :")))
            # two bodies' joint section: "About HR.com and the HR Research Institute"
            for name in heading.split(" and the ") if " and the " in heading else (heading,):
                at = text.rfind(name)
                if at < 0:
                    at = len(text) - len(name)
                first = name.split()[0] if name.split() else ""
                # "About the Applications:" names nothing: the name's first word must recur elsewhere;
                # "About the Author:", "About the Study", "About the Initiative": one common noun after
                # "the" is what the section is about, no name
                # (a two-character first word only when it is capitals or has a digit: "About GB News",
                # "About D1 Training", "About CB Insights", "About LM Restaurants")
                recurs = (len(first) > 2 or len(first) == 2 and first.isupper()) \
                    and not (" " not in name and text[6:10] in ("the ", "The ")) \
                    and any(first in t for p2, t in texts if p2 != para)
                if recurs and name[:1].isupper() and len(name.split()) <= 8:
                    men = Mention(name, para, at, at + len(name), "about")
                    if not _person_like(name, quotes_people):
                        mentions.append(men)
                    else:
                        held_about.append(men)
        for k, (found, cue) in enumerate(appositives):
            a = next_appositive[k]
            if a is None or a.start() >= stop:
                continue  # (no hit in this text: its cue is not even looked for)
            read = cue in text  # (the cue gates the text, as it always has: ",\ta leading company" has no ", a")
            while a is not None and a.start() < stop:
                if read:
                    men = _named_before(text, para, a.start() - base, "appositive", quotes_people, held)
                    if men:
                        mentions.append(men)
                a = next(found, None)
            next_appositive[k] = a
        if any(c in text for c in SUBSIDIARY_CUES):
            mentions.extend(_subsidiaries(text, para, quotes_people))
        if " itself " in text:
            for at in _itself_starts(text):
                men = _named_before(text, para, at, "appositive", quotes_people)
                if men:
                    mentions.append(men)
    if held_about and held:
        # A name shaped like a person's ("Newton Insights", "Simon Quick Advisors", "Dillon Gage")
        # that heads an About section AND stands where only a body can (after an executive's
        # role, before "is a ... firm"): two cues together make it the issuer; either alone
        # stays a person ("About Ron Sturgeon", "Bryan Fields, Co-Founder of ...")
        cued = {m.name for m in held}
        for m in held_about:
            if m.name in cued:
                m.kind = "vouched"  # (organizations keeps it from the people list too)
                mentions.append(m)
                mentions.extend(c for c in held if c.name == m.name)
    if any(m.name in UNION_NAMES for m in mentions):
        by_para = dict(texts)
        mentions = [m for m in mentions if m.name not in UNION_NAMES or not _union_as_place(by_para[m.para], m.start, m.end)]
    return mentions, Counter(used)


# A union of countries is a body and a place at once; used as a place it names no organization.
UNION_NAMES = frozenset(("EU", "E.U.", "European Union"))
# "in the EU", "registered in European Union", "within the European Union"
IN_PLACE_BEFORE_RE = re.compile(r"\b(?:in|within|across|throughout)\s+(?:the\s+)?$")
# the word listed with it: "Canada, the European Union, and the U.S.", "US, UK, and EU data"
LISTED_BEFORE_RE = re.compile(r"([\w.]+),?\s+(?:and\s+|&\s+)?(?:the\s+)?$|([\w.]+)/$")
LISTED_AFTER_RE = re.compile(r"(?:,?\s+(?:and\s+|&\s+)?(?:the\s+)?|/)(?:United\s+)?([\w.]+)")
# "EU data", "EU MDR Class IIb", "the EU AI Act", "EU regulatory expectations": a modifier
MODIFIER_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z][A-Za-z]*\b(?!['\u2019])|(?:data|standards?|regulatory|regulations?|rules|"
                               r"markets?|law|laws|member|citizens|compliance)\b)")
PLACE_ABBREVIATIONS = frozenset(("U.S.", "US", "USA", "UK", "U.K.", "NA", "APAC", "EMEA", "LATAM", "Asia",
                                 "States", "Kingdom", "Europe"))


def _union_as_place(text: str, s: int, e: int) -> bool:
    """Is the EU at text[s:e] a place: after "in", listed with a country ("Japan and the EU",
    "EU/NA/APAC"), or modifying a noun ("EU data", "the EU AI Act")? As a body it acts: "urging
    the European Union to add Hezbollah", "the European Union (EU) began the process"."""
    before = text[max(0, s - 30):s]
    if IN_PLACE_BEFORE_RE.search(before):
        return True
    for m in (LISTED_BEFORE_RE.search(before), LISTED_AFTER_RE.match(text, e, e + 40)):
        if m:
            w = m.group(m.lastindex).rstrip(",") if m.lastindex else ""
            if w in PLACE_ABBREVIATIONS or w.rstrip(".").lower() in L.COUNTRIES:
                return True
    return bool(MODIFIER_AFTER_RE.match(text, e))


def _chamber(text: str, para: int, hs: int, he: int, kw: str, suf: str) -> Mention | None:
    """ "Congress"; "the Senate" when not the start of a longer name; "the House" (not "White
    House"; "House of Representatives" is found from Representatives' side)."""
    nxt = _next_token(text, he + len(suf))
    nbare = _bare(nxt[1]) if nxt else ""
    follows_cap = nxt is not None and text[he + len(suf):nxt[0]] == " " and _is_cap(nbare) and nbare not in L.LEFT_STOPS
    before = text[max(0, hs - 20):hs]
    if kw == "Congress":
        if follows_cap and not suf:
            return None  # "Congress Avenue"
        return Mention("Congress", para, hs, he, "chamber")
    if kw == "Senate":
        if follows_cap and not suf:
            return None  # "Senate Indian Affairs Committee", "Senate Bill 5"
        if CAP_WORD_BEFORE_RE.search(before) and not THE_BEFORE_RE.search(before):
            return None
        return Mention("Senate", para, hs, he, "chamber")
    # House
    if text.startswith(" of Representatives", he):
        start, _inner, _owner = _left_walk(text, hs)
        return Mention(text[start:he + 19], para, start, he + 19, "head", head="House")
    if suf and suf not in APOSTROPHES:
        return None
    if nbare in HOUSE_CHAMBER_NEXT and not suf and text[he:he + 1] == " " and not CAP_WORD_BEFORE_RE.search(before) \
            and not STATE_HOUSE_RE.search(text, max(0, hs - STATE_HOUSE_WINDOW), he + STATE_HOUSE_WINDOW):
        return Mention("House", para, hs, he, "chamber")  # "House Speaker Dennis Hastert", "House negotiators"
    if follows_cap and nbare != "and":
        return None
    if THE_BEFORE_RE.search(before) or SENATE_AND_RE.search(before) or text.startswith(" and Senate", he):
        if CAP_WORD_BEFORE_RE.search(before) and not THE_BEFORE_RE.search(before):
            return None  # "White House", "Government House"
        return Mention("House", para, hs, he, "chamber")
    return None


def _affiliation(text: str, para: int, s: int, e: int, people: set[str],
                 held: list[Mention] | None = None) -> Mention | None:
    """The organization after a role word, unless it is a function ("Marketing") or a person
    (a person-shaped name goes to `held`: an About heading may vouch for it, see _scan)."""
    name = text[s:e].rstrip(".,")
    toks = name.split()
    if ". " in name:
        # AFFILIATION_RE's words may hold a dot ("Debt.com", "Inc."); one that ends a sentence
        # ends the name: "the Deputy Director of the CIA. Mr. Kappes brings ..." gave "CIA. Mr"
        # (not a title's or a name's abbreviation: "Office of Dr. Christopher Beney", "Pvt. Ltd.")
        for i in range(len(toks) - 1):
            if toks[i][-1] == "." and toks[i] not in L.LEFT_STOPS and _ends_clause(toks[i]):
                toks = toks[:i] + [toks[i][:-1]]  # ("Director of the Year. Ethan ...": an award, see AWARD_PERIODS)
                break
    for i in range(1, len(toks) - 1):
        if toks[i] == "and" and (toks[i + 1] in L.AFFILIATION_ROLES or toks[i + 1] in L.TITLES_AFTER_HEAD
                                 or toks[i + 1] == "Managing"):
            toks = toks[:i]  # "Co-Founder of ATH and Managing Partner of Alpha Sigma Capital": a second role
            break
    # cut after the last head: "MLB Players Association Donald Fehr" (not before the head's own
    # complement: "the International Association of Forensic Nurses", "Bureau of Indian Affairs
    # Office of Justice Services")
    for i in range(len(toks) - 1, -1, -1):
        if _bare(toks[i]) in L.HEADS or _bare(toks[i]) in L.COMPANY_SUFFIXES:
            if i + 2 < len(toks) and toks[i + 1] in ("of", "for", "on") and toks[i].rstrip(",") == toks[i]:
                break
            toks = toks[: i + 1]
            break
    for i in range(1, len(toks) - 1):
        if toks[i] == "for" and toks[i + 1][:1].isdigit():
            toks = toks[:i]  # a term: "Chair of GSCPA Board of Directors for 2024-25 Year"
            break
    if "for" in toks[1:-1] and toks[-1] != "Capital" and (
            _bare(toks[-1]) in NO_LINK_HEADS
            or all(_bare(t) in FUNCTION_AREAS or t in ("&", "and") for t in toks[:toks.index("for")])
            and any(_bare(t) in L.HEADS for t in toks[toks.index("for") + 1:])):
        # (not "Ceres Accelerator for Sustainable Capital": capital as a kind, a goal)
        i = toks.index("for")
        if not any(_bare(t) in L.HEADS for t in toks[:i]):
            # a business line for its firm: "President of Mortgage and Real Estate for Red Ventures",
            # a function for its body: "Director of Public Affairs for Seattle's Church of Scientology"
            # (not "Cities for Financial Empowerment Fund", a name)
            s = text.find(toks[i + 1], s + len(" ".join(toks[: i + 1])))
            toks = toks[i + 1:]
    if len(toks) > 2 and toks[1] == "of" and (toks[0] in L.AFFILIATION_ROLES or toks[0] in L.TITLES_AFTER_HEAD):
        return None  # a second role: "Managing Director, Head of Global Credit Structured Products of Bank of America"
    name = " ".join(toks).rstrip(".,")
    if not name or all(_bare(t) in FUNCTION_AREAS for t in toks) or toks[0] in L.LEFT_STOPS:
        return None
    if para < 0 and TITLE_VERB_RE.fullmatch(toks[0]):
        return None  # a headline's next clause: "Issues RSUs to New Director, Reports Montauban Construction Progress"
    head = any(_bare(t) in L.HEADS or _bare(t) in L.COMPANY_SUFFIXES for t in toks)
    after = text[s + len(name):s + len(name) + 2]
    before = text[max(0, s - 8):s]
    if not head and (before.endswith("of ") or before.endswith("of the ")) \
            and not (after[:1] in ".;:!?)\"\u201d" or not after.strip()) \
            and not (after[:1] == "," and toks[-1] not in TITLE_THING_LAST
                     and EXECUTIVE_OF_RE.search(text, max(0, s - 40), s)):
        # "Vice President of Advisory Sales, Consulting and ...", "Director of Automation and
        # Operational Intelligence at Keasy": functions; "CEO of StageStrike." ends the sentence;
        # an executive heads a body, never a function: "Eric Voorhees, CEO of ShapeShift, also ..."
        # (not an event's: "President and CEO of the Book Festival, noted")
        return None
    if len(toks) == 1 and (toks[0] in L.HEADS or toks[0] in GENERIC_OWNERS or toks[0] in AWARD_PERIODS):
        return None  # ("named \"CEO of the Year\"": an award, no employer)
    if _person_like(name, people) and (name in people or " " not in name
                                       or not EXECUTIVE_OF_RE.search(text, max(0, s - 40), s)):
        # (what an executive heads is a body even when a given name opens it: "co-founder of
        # Corrie Health", "CEO of Star Sleep", unless the release quotes a person of that name)
        if held is not None:
            held.append(Mention(name, para, s, s + len(name), "role"))
        return None
    return Mention(name, para, s, s + len(name), "role")


# A role that heads a whole body, never a function or a field (unlike "President of Sales",
# "Director of Product"), right before "of": "CEO of ShapeShift", "President and CEO of Banesco
# USA", "Chief Executive Officer of DFWLAND", "Co-Founder of Newton Insights".
EXECUTIVE_OF_RE = re.compile(
    r"(?:\b(?:CEO|CFO|COO|CTO|CMO|CIO|Founder|Co-Founder|Co-founder|Cofounder|founder|co-founder|cofounder)"
    r"|Chief [A-Z][a-z]+ Officer) of (?:the )?$")


# What a role "of the ..." is the best of in an award's name: "CEO of the Year".
AWARD_PERIODS = frozenset(("Year", "Month", "Week", "Decade", "Quarter", "Season", "Century"))


def _initial(tok: str) -> bool:
    """A middle initial: "A.", "G."."""
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def _person_like(name: str, people: set[str]) -> bool:
    """A speaker of the release, a speaker's surname, or two or three capitalised words that
    start with a given name ("John Smith", not "Morgan Stanley Bank": a head word vouches)."""
    fn = first_names()
    # (a speaker counts as a person only when the name starts with a given name: the quote
    # extractor may take "Firefly Aerospace" for one)
    if any(p.split()[0].lower() in fn and (name == p or name == p.split()[-1]) for p in people if p and " " in p):
        return True
    if " and " in name and not any(w in L.HEADS or w in L.COMPANY_SUFFIXES or w[-1:] == "s" and w[:-1] in L.HEADS
                                   for w in name.split()):
        # "Senators Thad Cochran and Trent Lott announced": people, or a list of them (a head's
        # plural names a body: "Kingz Protection and Security Services (KPSS Security), a ... firm")
        return True
    if _fold(name) in L.PLACES:
        return True  # "President of Taiwan", "District of Indiana announced": places, not persons either
    toks = name.split()
    if len(toks) < 2 or any(_bare(t) in L.HEADS or _bare(t) in L.COMPANY_SUFFIXES for t in toks):
        return False
    if len(toks) <= 4 and toks[0].lower() in fn and all(t[:1].isupper() and (not t.isupper() or _initial(t)) for t in toks) \
            and not _initial(toks[-1]) and (len(toks) <= 3 or _initial(toks[1])):
        return True  # "John Smith", "Barbara A. Mikulski" (a middle initial), "John D. E. Smith"
    # a title, then a given name and more: "Attorney General Loretta E. Lynch"
    return any(t.lower() in fn and toks[i + 1][:1].isupper() for i, t in enumerate(toks[1:-1], 1)) \
        and toks[0] in PERSON_TITLES


# A name made of a phrase with a small word, whose last word alone the walk reaches: "Off the
# Streets, an organization that helps the homeless", "Defy the Odds, an organization", "Smash My
# Trash, a waste management company", "Shelter to Soldier, a nonprofit", "Meet The People is an
# international group" (at a clause start: after punctuation, a dash or a small word). Not "in":
# "Products in Greenville", "al Qaeda in Iraq" are a place after something else.
PHRASE_NAME_RE = re.compile(
    r"(?:^|[,:;(\u2013\u2014\"\u201c]\s*|[a-z]\s+)(?P<w>[A-Z][a-z]+)\s+(?:the|The|My|Your|Our|to)\s+$")


def _phrase_name_start(text: str, start: int) -> int:
    """Where a one-word name found from an appositive starts when it ends a phrase (see
    PHRASE_NAME_RE); `start` when it does not. Not after a title, role or opener ("CEO of
    RobobAI", "According to CONSAD")."""
    m = PHRASE_NAME_RE.search(text, max(0, start - 30), start)
    if m is None:
        return start
    w = m.group("w")
    if w in PERSON_TITLES or w in L.AFFILIATION_ROLES or w.lower() in first_names():
        return start
    return m.start("w")


# Titles that, between a capitalised name and a person's name, make the name the person's
# organization: "Newsmax CEO Christopher Ruddy", "Good For Me Founder Frode Hundseth".
ROLE_BEFORE_PERSON = frozenset(("CEO", "Founder", "Co-Founder", "CFO", "COO", "CTO"))


def _given_name_at(text: str, pos: int) -> bool:
    """Does a known given name follow at text[pos] (after one blank, or a "Dr. ")?"""
    if text[pos:pos + 1] != " ":
        return False
    pos += 1
    if text.startswith("Dr. ", pos):
        pos += 4
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[pos:end]
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.lower() in first_names() \
        and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


def _title_subject(text: str, para: int, pos: int, texts: list[tuple[int, str]], people: set[str]) -> Mention | None:
    """The headline's subject before a TITLE_SUBJECT_CUES verb at `pos`: it must open the
    headline (after a wire's tag) and recur in the body as written."""
    tag = TITLE_TAG_RE.match(text)
    opening = tag.end() if tag else 0
    if text.startswith("The ", opening):
        opening += 4  # "The Original Pancake House DFW Celebrates Re-Grand Opening ..."
    men = _named_before(text, para, pos, "announce", people)
    if men is None or men.start != opening or men.end != pos or men.name.rsplit(None, 1)[-1] in TITLE_THING_LAST:
        return None  # ("New Markets Tax Credit Receives Permanent Extension": a programme)
    body = [t for p, t in texts if p >= 0]
    if not any(men.name in t for t in body):
        return None
    if " " not in men.name:
        titled = re.compile(r"\b(?:Sen|Senator|Rep|Representative|Mr|Mrs|Ms|Dr|Gov|Governor)\.? " + re.escape(men.name) + r"\b")
        if any(titled.search(t) for t in body):
            return None  # a person: "Biden Receives Guardian Award" ... "to honor Senator Biden"
    return men


def _named_before(text: str, para: int, pos: int, kind: str, people: set[str],
                  held: list[Mention] | None = None) -> Mention | None:
    """The capitalised name that ends at `pos` ("Skanska" in "Skanska, a leading ... firm"); a
    person-shaped one goes to `held` (an About heading may vouch for it, see _scan)."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    sp = text.rfind(" ", max(0, end - 14), end)
    if sp > 0 and text[sp + 1:end] in CUE_ADVERBS:
        end = sp  # "Linklogis Officially Launches AI Agent": the adverb is no part of the name
        while end > 0 and text[end - 1] == " ":
            end -= 1
    if end > 0 and text[end - 1] == ")":
        # "SFAA (Surety ...) is a": skip one parenthesis
        op = text.rfind("(", max(0, end - 120), end)
        if op < 0:
            return None
        end = op
        while end > 0 and text[end - 1] == " ":
            end -= 1
    start, inner, owner = _left_walk(text, end)
    if start >= end:
        return None
    if kind == "appositive" and start > 3 and text[start - 1] == " " and " " not in text[start:end]:
        start = _phrase_name_start(text, start)
    name = _dedupe_heading(text[start:end].strip(" ,"))
    toks = name.split()
    if not toks or len(toks) > 7 or not _is_cap(toks[0]):
        return None
    if _person_like(name, people):
        if held is not None:
            held.append(Mention(name, para, start, end, kind))
        return None
    if len(toks) == 1 and (toks[0] in L.HEADS or toks[0] in GENERIC_OWNERS or toks[0] in L.TITLES_AFTER_HEAD):
        return None
    if inner is not None and owner and _bare(owner) not in GENERIC_OWNERS:
        return None  # "HUD's Office ... is a": a unit, found from its head
    return Mention(name, para, start, end, kind)
