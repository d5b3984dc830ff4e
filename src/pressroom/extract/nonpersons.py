"""Capitalised runs that look like a person's name but that the release itself shows to be
a place or a firm: `Hong Kong` (`HONG KONG SAR` is the dateline, `his arrest in Hong
Kong`), `Kessler Topaz Meltzer` (`Kessler Topaz Meltzer & Check, LLP`), `Perfect Moment`
(`Perfect Moment Ltd.`), `Morgan Stanley` (`Valor Equity Partners, Galaxy Interactive,
Morgan Stanley, Hashed`).

A given name opening a run (`Hong`, `Morgan`, `Perfect`?) is what made these look like
people; the release's other uses of the same words are the evidence that they are not.
The tests are plain substring searches over the release text, run once per distinct
candidate (a release names a handful), so they cost nothing next to the scan.

Only untitled candidates are judged: `Mayor Karen Bass` is a person whatever else the
release does with `Bass`.
"""

from __future__ import annotations

import re

from .lexicon import NON_PERSON_WORDS, ROLE_NOUNS, key
from .names import F_GIVEN, F_INITIAL, F_ROLE, F_SUFFIX, F_TITLE, flags
from .orglexicon import US_STATE_NAMES

# What follows a firm's name: `Kessler Topaz Meltzer & Check, LLP`, `Perfect Moment Ltd.`,
# `Goldman Sachs & Co. LLC`, `Accu-Temp Heating, Inc.`, `Valor Equity Group`; `Group` only
# without a comma (`Huynh Thanh Phong, Group Chief Executive Officer` is a person's role)
_FIRM_AFTER = re.compile(r"(?:,?[ \t]+(?:&[ \t]+(?P<partner>[A-Z][\w'’-]*+)|Inc\b|Inc\.|LLC\b|L\.L\.C\.|LLP\b|Ltd\b|Ltd\.|Limited\b|Corp\b|Corp\.|"
                         r"Corporation\b|Co\.|PLC\b|plc\b|GmbH\b|S\.A\.|N\.V\.|Pty\b)|[ \t]+(?:Group|Holdings)\b)")
# A locative preposition right before a place name: `following his arrest in Hong Kong, ...`,
# `based in Los Angeles.`, `In Ann Arbor, the ...`
_LOCATIVE = re.compile(r"(?:^|[\s(])(?:[Ii]n|near)[ \t]+$")
# The second of two places after a locative preposition, closing the clause: `with offices in
# London and Hong Kong.` (not `Based in San Diego, Brett Dickinson and Ross Clark lead`, `In April,
# Wayne and Lucretia Weiner`; the words before `and` must hold no given name: `met in Austin and`)
_LOCATIVE_PAIR = re.compile(r"(?:^|[\s(])(?:[Ii]n|near)[ \t]+(?P<place>[A-Z][\w.'’-]*+(?:[ \t]+[A-Z][\w.'’-]*+){0,2})[ \t]+(?:and|or)[ \t]+$")
# A US state after a comma, then punctuation or a lower-case word: the name before it is a
# town (`A Beverly Hills, California man`, `Sterling Heights, Michigan, and`), not a person
# with an affiliation (`Tom Smith, Georgia Power`)
_STATES = "|".join(US_STATE_NAMES)
_STATE_AFTER = re.compile(rf",[ \t]+(?:{_STATES})(?=[,.;:)]|[ \t]+[a-z])")
# An appositive that calls the name a body or a thing: `Ductless Plus, a leading HVAC solutions
# provider in the Denver area`, `Mango Animate, a pioneering software company`
_ORG_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:(?!(?:for|of|at|in|with|to|and|by|from)\b)[\w’'-]+[ \t]+){0,5}?(?:company|companies|firm|provider|platform|brand|manufacturer|maker|"
    r"developer|supplier|retailer|distributor|agency|organization|organisation|nonprofit|non-profit|startup|start-up|"
    r"charity|publication|magazine|newsletter|podcast|website|app|exchange|protocol|token|marketplace|network|"
    r"franchise|chain|restaurant|clinic|practice|studio|label|school|foundation|fund|project|initiative|coalition|"
    r"subsidiary|division|unit|producer|operator|consultancy|institution|troupe|ensemble|orchestra|choir|"
    # (`Ke Kai O Kahiki, a dance group known for powerful, masculine hula`)
    r"group|band)s?"
    # (the appositive ends there: `..., the project aims to` is the next clause's subject)
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:in|of|for|that|which|based|with|specializing|specialising|dedicated|focused|known|"
    r"headquartered|providing|offering|serving|located|owned|founded|committed|devoted|whose|on|from|at)\b)")
# A short form in parentheses ending with the name's last initial: `Immigration and Customs
# Enforcement (ICE)`; people get none (a party tag `(D-NY)`, a state `(ND)` or a position `(CEO)`
# is no short form)
_SHORT_FORM = re.compile(r"[ \t]*\(([A-Z]{3,6})\)")
_ROLE_SHORT_FORMS = frozenset({"CEO", "CFO", "COO", "CTO", "CMO", "CIO", "CSO", "CPO", "CRO", "EVP", "SVP", "VP", "MD",
                               "PHD", "RET", "ESQ", "CPA", "RN"})
# What a person's name modifies when it speaks of the person: `the Valerie Plame affair`,
# `a 34-year-old Babe Ruth record`, `the Bush administration` (not `the Sierra Nevada mountains`)
_LOWER_NEXT = re.compile(r"[ \t]+(?:affair|record|scandal|case|era|administration|presidency|campaign|legacy|trial|"
                         r"family|statement|letter|speech|nomination|testimony|murder|killing|death|funeral|"
                         r"investigation|indictment|conviction|leak|story|years)\b")
# A body's capitalised head after a possessive: `Lifestyle Men's Clinic` (the name is the body's,
# not its owner's, when every use reads so)
_BODY_AFTER_POSSESSIVE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,2}(?:Clinic|Center|Centre|Program|Programme|Foundation|"
                                    r"Institute|Academy|Restaurant|Cafe|Shop|Store|Studio|Spa|Salon|Hospital|Brand|"
                                    r"Collection|Group|Team)\b")
# A stock exchange ticker after a name: `Red Cat (NASDAQ:RCAT)`, `Lifordi (OTC: LFDI)`
_TICKER_AFTER = re.compile(r"[ \t]\((?:NYSE American|NYSE|NASDAQ|Nasdaq|OTCQB|OTCQX|OTC|TSXV|TSX-V|TSX|CSE|ASX|AMEX|LSE|"
                           r"CBOE|Cboe)\b")
# A position of a body right before the name: `said the director of drug discovery at Creative
# Biolabs`, `owner of Capri Facials`, `CEO and founder of Volition Beauty` (a person is never the
# `of`/`at` of such a position)
_POSITION_OF_BEFORE = re.compile(r"\b(?:(?:CEO|COO|CFO|CTO|[Oo]wner|[Cc]o-owner|[Ff]ounder|[Cc]o-founder|[Pp]resident|"
                                 r"[Dd]irector|[Mm]anager|[Pp]artner|[Ee]mployees?|[Ss]taff|[Tt]eam)"
                                 # (`the director of drug discovery at Creative Biolabs`)
                                 r"(?:[ \t]+(?:of|for|[a-z-]+)){0,3}?[ \t]+(?:of|at)"
                                 r"|[Ss]pokes(?:person|man|woman)[ \t]+for)[ \t]+$")
# A capitalised word right after a name (past a short form in parentheses): the name is a piece
# of a longer one (`Provider Equity (R-HoPE) Act`)
_CAPITAL_AFTER = re.compile(r"(?:[ \t]+\([^()\s]{1,12}\))?[ \t]+([A-Z][\w.’'-]*)")
# A place noun after a name: `Al Anbar province`, `Ninewa governorate`
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:province|governorate|prefecture|county|district|region)\b")
# The edge after a place name: the name ends there (not `in Hong Kong's`, `in Ann Arbor Township`)
_AFTER_PLACE = re.compile(r"(?![ \t]*[A-Z]|['’]s\b|\w)")
# One item of a comma list: `Galaxy Interactive`, `Bank of America`, `and Moody’s Analytics`
_WORDS = r"[A-Z][\w.'’&-]*+(?:[ \t]+(?:(?:of|&|the|de|and)[ \t]+)?[A-Z][\w.'’&-]*+){0,4}"
_ITEM = re.compile(rf"[ \t]*(?:(?:and|&)[ \t]+)?({_WORDS})[ \t]*")
# The last item of the text before a list, after other words: `Backed by Valor Equity Partners`
_TRAILING_ITEM = re.compile(rf"(?<![\w.'’&-])({_WORDS})[ \t]*$")
# What stands between a list item and the name: `, ` or `, and `
_GAP = re.compile(r"[ \t]*(?:and[ \t]+)?")
# A list of bodies announced by their kind, up to the name: `acclaimed brands including Le Palais, Mipon,
# Moon Moon, Yoshi Bakery, Yang Ming Spring, and Little Tree Food` (boostify), `institutions like
# BlackRock, Franklin Templeton, and Fidelity` (blockchainwire); only kinds that are never people
# (not `investors`, `partners`, `clients`: `investors such as Bill Ackman, Jay Z, Tom Brady`)
_BODY_LIST_CUE = re.compile(r"\b(?:institutions|brands|companies|firms|banks|retailers|organi[sz]ations|businesses|"
                            r"studios|corporations|labels|chains|restaurants|outlets|publications|manufacturers|"
                            r"automakers|airlines|exchanges|universities)[ \t]+(?:like|including|such[ \t]+as)[ \t]+"
                            rf"(?P<items>(?:{_WORDS}[ \t]*,[ \t]*(?:and[ \t]+)?){{0,12}}+)$")


def _is_org_item(item: str) -> bool:
    """`Valor Equity Partners`, `Deutsche Bank Securities`, `HKUST`: a body, not a person."""
    words = item.split()
    if not words:
        return False
    if any(key(w) in NON_PERSON_WORDS for w in words):
        return True
    return len(words) == 1 and len(words[0]) >= 3 and words[0].isupper()


# A party tag or a credential as a list item: `Johnny Isakson, R-Ga., a member`, `Cindy Hsu, M.D., Ph.D.`
_PERSON_ITEM = re.compile(r"[DRI]-[A-Z]|(?:[A-Z][a-z]?\.){1,3}$")


def _people_item(item: str) -> bool:
    """Does a list item say the list is one of people: a title or a position (`Council
    President Marqueece Harris-Dawson`, `Editor-in-Chief`), a party tag, a credential?"""
    if _PERSON_ITEM.match(item):
        return True
    for w in item.split():
        if flags(w) & (F_TITLE | F_ROLE) or any(key(p) in ROLE_NOUNS for p in w.split("-")):
            return True
    return False


# Firms named after people that releases name bare, with nothing around them to show a firm
# ("The offering was led by Morgan Stanley and Goldman Sachs", "said Merrill Lynch analyst Tom
# Brown"): a given name opens each, so the scan reads a person. Only names whose use as a person
# in a press release is rare next to the firm's.
PERSON_SHAPED_FIRMS = frozenset((
    "Morgan Stanley", "Goldman Sachs", "Wells Fargo", "Merrill Lynch", "Lockheed Martin",
    "Fannie Mae", "Freddie Mac", "Sallie Mae", "Ginnie Mae", "Charles Schwab", "John Deere",
    "Dow Jones", "Edward Jones", "Raymond James", "Lehman Brothers", "Salomon Brothers",
    "Bear Stearns", "Smith Barney", "Dean Witter", "Paine Webber", "Booz Allen", "Booz Allen Hamilton",
    "Ernst Young", "Marriott International", "Hewlett Packard", "Procter Gamble", "Keurig Dr Pepper",
))


class NonPersons:
    """Judges the candidate names of one release; memoised per name."""

    def __init__(self, text: str, location: str | None = None) -> None:
        self.text = text
        self.location = " ".join(key(w) for w in (location or "").split())
        self._memo: dict[str, str] = {}

    def __call__(self, name: str) -> bool:
        """Is `name` (untitled, as the scan or a speaker phrase gives it) no person?"""
        return bool(self.why(name))

    def why(self, name: str) -> str:
        """What the release shows `name` to be: `place`, `firm` (`X & Y, LLP`), `list` (an item
        of a list of firms), `thing` (always after `the`), or "" when nothing says it is no person. A speaker phrase whose
        name is a firm was said by that firm; a place or a list item speaks for nobody."""
        hit = self._memo.get(name)
        if hit is None:
            hit = self._memo[name] = self._judge(name)
        return hit

    def _judge(self, name: str) -> str:
        if name in PERSON_SHAPED_FIRMS:
            return "firm"
        words = name.split()
        if len(words) < 2 or len(self._memo) > 5_000:
            return ""
        return "place" if self.in_dateline(words) else self._around(name)

    def in_dateline(self, words: list[str]) -> bool:
        """`Hong Kong` when the dateline reads `HONG KONG SAR`: the name's words open the
        dateline place (`Los Angeles` in `LOS ANGELES, CA`)."""
        if not self.location:
            return False
        k = " ".join(key(w) for w in words)
        loc = self.location
        return loc == k or loc.startswith((k + " ", k + ","))

    def _around(self, name: str) -> str:
        """Every use of the name in the release, looked at for a firm suffix, a locative
        preposition or a list of bodies around it."""
        text = self.text
        i = text.find(name)
        seen = uses = after_the = embedded = 0
        given = bool(flags(name.split()[0]) & F_GIVEN)
        while i >= 0 and seen < 50:
            seen += 1
            j = i + len(name)
            if i and (text[i - 1].isalnum() or j < len(text) and text[j].isalnum()):
                i = text.find(name, j)
                continue  # part of a longer word
            uses += 1
            if text.endswith(("the ", "The "), 0, i) and not (given and _LOWER_NEXT.match(text, j)):
                after_the += 1  # (`the Valerie Plame affair` speaks of her: a person used as a modifier)
            elif text.startswith(("'s ", "’s "), j) and _BODY_AFTER_POSSESSIVE.match(text, j + 3):
                after_the += 1  # `at Lifestyle Men's Clinic`, `Volition Beauty’s Accelerator Program`: a body's name
            elif not given and self._embedded(text, j):
                after_the += 1  # `Dallas Based Newmark Capital Markets`, `Provider Equity (R-HoPE) Act`
                embedded += 1
            # `Red Cat (NASDAQ:RCAT)`, `owner of Capri Facials`, `CEO and founder of Volition Beauty`
            if text.startswith(" (", j) and _TICKER_AFTER.match(text, j) or not given and _POSITION_OF_BEFORE.search(
                    text, max(0, i - 40), i) and _AFTER_PLACE.match(text, j):
                return "firm"  # (not a name a given name opens: `Founder of Keith L. Jones, CPA` is his firm and him)
            if _PLACE_NOUN_AFTER.match(text, j):
                return "place"  # `Al Anbar province is where ...`
            # `Kessler Topaz Meltzer & Check, LLP`, `Perfect Moment Ltd.`
            f = _FIRM_AFTER.match(text, j)
            if f and not (f.group("partner") and flags(f.group("partner")) & (F_GIVEN | F_TITLE | F_INITIAL)):
                return "firm"  # (`Jane Doe & John Smith` is two people)
            if text.startswith(",", j) and _STATE_AFTER.match(text, j):
                return "place"  # `A Beverly Hills, California man`
            if text.startswith(",", j) and _ORG_APPOSITIVE.match(text, j):
                return "firm"  # `Ductless Plus, a leading HVAC solutions provider`
            if text.startswith(" (", j):
                sf = _SHORT_FORM.match(text, j)
                if sf and sf.group(1) not in _ROLE_SHORT_FORMS and sf.group(1)[-1] == name.split()[-1][:1]:
                    return "firm"  # `Customs Enforcement (ICE)`
            # `his arrest in Hong Kong,`
            if _LOCATIVE.search(text, max(0, i - 6), i) and _AFTER_PLACE.match(text, j):
                return "place"
            if text.endswith(("and ", "or "), 0, i) and text[j:j + 1] in (".", ",", ";", ")") and (
                    pair := _LOCATIVE_PAIR.search(text, max(0, i - 40), i)) and not any(
                    flags(w) & F_GIVEN for w in pair.group("place").split()):
                return "place"  # `offices in London and Hong Kong.`
            if not text.endswith(("'s ", "’s ", "said ", "by "), 0, i) and self._org_list_at(text, i, j):
                # (`7RIDGE’s Shawn Ng, Kishore Bhatia, EVM Capital`: a firm's person; `said Rishabh Sanghvi,`)
                return "list"
            i = text.find(name, j)
        words = name.split()
        if uses and after_the == uses and not (len(words) >= 3 and not given and any(
                flags(w) & F_GIVEN for w in words[1:-1])):
            # (`the Idaho Commission on the Arts Dan Harpole said`: a body's name runs into a person's)
            # `the Baseball Reference site`, `the Robert Graham Collectors Facebook page`; a piece
            # of a longer name is a body's (`Based Newmark Capital Markets said`: the body speaks)
            return "firm" if embedded else "thing"
        return ""

    @staticmethod
    def _embedded(text: str, j: int) -> bool:
        """Does the use ending at `j` go on as a longer capitalised name (`Based Newmark Capital
        Markets`, `Provider Equity (R-HoPE) Act`)? A suffix or an initial after it is no such name
        (`Salvage Warwick Jr.`). (The words before a name prove nothing: `Trial Attorneys Matthew C.
        Thuesen and F. Turner Buford`, `Antitrust Division Sharis A. Pozen`.)"""
        after = _CAPITAL_AFTER.match(text, j)
        return after is not None and not flags(after.group(1)) & (F_INITIAL | F_SUFFIX)

    @staticmethod
    def _org_list_at(text: str, i: int, j: int) -> bool:
        """`Valor Equity Partners, Galaxy Interactive, Morgan Stanley, Hashed, AngelList, and
        other leading institutions`: an item of a comma list of three or more short
        capitalised items, at least one of which names a body (a list of people with their
        firms reads `Jane Doe, CEO of Acme,`, which is no list of bare names)."""
        line_start = text.rfind("\n", 0, i) + 1
        before = text[max(line_start, i - 300):i]
        if not text.startswith(",", j) and not before.rstrip(" \t").endswith((",", "and")):
            # no comma after the name and no `, ` or `, and ` before it (most uses): no list
            # either way, so the reads below would find no item (`_GAP` allows blanks and `and`)
            return False
        if (" like " in before or "including " in before or "such as " in before) and (
                cue := _BODY_LIST_CUE.search(before)) is not None:
            # (the name is an item of a list its kind announces: every item up to it is a plain name)
            return not any(_people_item(it) for it in cue.group("items").split(","))
        line_end = text.find("\n", j)
        if line_end < 0:
            line_end = len(text)
        items: list[str] = []
        left = before.rsplit(",", 1)
        if len(left) == 2 and _GAP.fullmatch(left[1]):
            for p in reversed(left[0].split(",")):
                m = _ITEM.fullmatch(p)
                if m:
                    items.append(m.group(1))
                    continue
                m = _TRAILING_ITEM.search(p, max(0, len(p) - 80))
                if m:
                    items.append(m.group(1))
                break
        head = not items
        closed = False  # the list ends with an `and`/`&` item: an enumeration
        if text.startswith(",", j):
            for p in text[j:min(line_end, j + 300)].split(",")[1:]:
                m = _ITEM.match(p)
                if not m:
                    break
                items.append(m.group(1))
                closed = closed or m.start(1) > len(p) - len(p.lstrip(" \t")) or " and " in m.group(1)
                if m.end() < len(p):  # the list ends inside this piece: `and Cantor are acting`
                    break
        if head and not closed:
            # a name opening the run with no `and` closing it is a person with their
            # affiliations: `Rob Joiner, Governmental Affairs, City of Sparks;`, `Admissions -
            # Dawna Clarke, UVA Darden Lifetime Achievement, MBA - Jeffrey Brown`
            return False
        if len(items) < 2 or any(_people_item(it) for it in items):
            return False  # `Mayor Karen Bass, Council President Marqueece Harris-Dawson, and ...`: people
        # bodies named as such (`Deutsche Bank Securities`), bare names that are no person
        # (`Cantor`, `Credit Suisse`) and names that look like a person's (`J.P. Morgan`): a
        # list of firms has the first two, a list of people (`Bill Ackman, Jay Z, Tom Brady,
        # ..., Google Ventures`) or of defendants (`Roger Harris, Hediger Enterprises Inc.,
        # Carroll Management Group`) lacks the bare names or has more people than them
        orgs = bare = people = 0
        for it in items:
            if _is_org_item(it):
                orgs += 1
            elif flags(it.split()[0]) & (F_GIVEN | F_INITIAL) or len(it) <= 3:
                people += 1  # `PE`, `M.D.` after a name are credentials: a list of people
            else:
                bare += 1
        if orgs == 0 and bare >= 4 and 2 * people <= bare and 2 * sum(1 for it in items if " " not in it) >= len(items):
            # a list of bare names, most of one word, is one of places or brands (`Surrey, Langley,
            # West Vancouver, ..., Abbotsford, Maple Ridge, Chilliwack, and Mission`), not of people
            return True
        return orgs >= 1 and bare >= 1 and 2 * people <= bare
