"""Words that make a capitalised phrase an organization, and the curated alias file.

Kept apart from the recogniser so that the lists can be read (and argued about) on their own.
Every list is of words as written in releases; the recogniser matches them case-sensitively,
so "the Department" is a head word and "department store" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Head words: the last word of an organization's name ("Federal Trade Commission",
# "Department of Justice", "Crow Creek Tribal School", "Financial Fraud Enforcement Task Force").
GOVERNMENT_HEADS = frozenset(
    "Department Ministry Agency Bureau Commission Committee Subcommittee Council Office Administration "
    "Authority Service Division Branch Board Court Tribunal Secretariat Parliament Assembly Legislature "
    "Cabinet Police Guard Army Navy Corps Command Force Forces Brigade Battalion Regiment Squadron Fleet "
    "Directorate Inspectorate Embassy Consulate Caucus Government Section Unit".split()
)
# Words before "Unit" that make it a thing, no body: a hospital ward ("Neonatal Intensive Care
# Unit"), a chip ("Graphics Processing Unit (GPU)"), a vehicle ("Mobile CPR Unit"), a measure
# ("Profit Participation Per Unit (PPU)"), a dwelling or an oil or brine field ("Housing Unit",
# "Reynolds Brine Unit"). Other units are bodies: "Narcotics Unit", "Fair Lending Unit",
# "Human Trafficking Prosecution Unit" (DOJ prosecution and police units).
THING_UNIT_WORDS = frozenset(
    "Care Processing Power Mobile Per Housing Dwelling Storage Keeping Terminal Rental Residential Brine "
    "Drilling Production Generating Measurement Logic".split()
)
# Heads that alone name one body, a country's armed service, as "Congress" names the chamber:
# "The Navy christened the future USNS Harvey Milk", "joined the Army after high school". Other
# lone heads ("the Department", "the Coalition") only refer back to a named body.
SERVICE_HEADS = frozenset(("Navy", "Army"))
INSTITUTION_HEADS = frozenset(
    "University College School Academy Institute Institution Center Centre Hospital Clinic Laboratory "
    "Laboratories Foundation Association Society Federation Union League Alliance Coalition Organization "
    "Organisation Network Consortium Club Party Church Diocese Band Tribe Nation Fund Trust Endowment "
    "Cooperative Chamber Observatory Library Museum Anonymous Brotherhood".split()
)
COMPANY_HEADS = frozenset(
    "Company Corporation Group Bank Holdings Industries Technologies Systems Partners Associates "
    "Enterprises Pharmaceuticals Therapeutics Airlines Airways Railroad Railway Venture JV Bancorp "
    "Bancshares Laboratories Capital Ventures Labs Networks Motors Brands Entertainment Studios Biosciences "
    "Pharma Firm DAO Lines".split()
)
# "Lines" heads a carrier's name only after its kind of carriage: "Delta Air Lines", "Korean Air
# Lines", "Arpin Van Lines", "Greyhound Bus Lines" ("party lines", "Front Lines" are none).
CARRIER_LINES_BEFORE = frozenset(("Air", "Van", "Bus", "Cruise", "Steamship", "Shipping"))
# Company heads that are also common nouns ("venture capital", "decentralized networks"): a name
# with one of them that the release also writes in lower case is no name.
GENERIC_COMPANY_HEADS = frozenset(("Capital", "Ventures", "Labs", "Networks", "Motors", "Brands", "Entertainment",
                                   "Studios", "Firm"))
# Heads that are plural by nature; other heads in the plural are common nouns ("Federal Agencies").
PLURAL_HEADS = frozenset(
    "Forces Holdings Industries Technologies Systems Partners Associates Enterprises Pharmaceuticals "
    "Therapeutics Airlines Airways Laboratories Anonymous Bancshares Ventures Labs Networks Motors Brands Studios "
    "Biosciences Lines".split()
)
# Words that stand in for a head only after "of": "Bureau of Alcohol, Tobacco ..." is found by
# "Bureau"; these words end names only in the phrases below.
HEADS = GOVERNMENT_HEADS | INSTITUTION_HEADS | COMPANY_HEADS

# Legal-form suffixes: "Bartlesville Health Care Center Inc.", "CSX Transportation, Inc.".
COMPANY_SUFFIXES = frozenset(
    "Inc Inc. Incorporated Corp Corp. Co. LLC L.L.C. LLP L.L.P. LP L.P. Ltd Ltd. Limited PLC plc "
    "GmbH AG S.A. SA N.V. NV B.V. BV SE Pty S.p.A. SpA AB ASA Oy S.A.S. SAS S.L. Sdn Bhd "
    "PLLC P.L.L.C. P.C. P.A.".split()  # (US professional firms: "Kuehn Law, PLLC", "Canoles, P.C.", "Burns Family Law P.A.")
)

# Names made of a head word alone are references ("the Department", "the Coalition"), never
# new organizations; a few single words are organizations in their own right.
CHAMBERS = frozenset(("Congress", "Senate", "House"))

# Words after a head that show the head ends the name: "Senate Indian Affairs Committee
# Chairman John McCain", "Commerce Committee Ranking Member".
TITLES_AFTER_HEAD = frozenset(
    "Chairman Chair Chairwoman Chairperson President Director Secretary Administrator Commissioner "
    "Member Members Spokesman Spokeswoman Spokesperson Chief Head Leader Ranking Vice Deputy Executive "
    "Inspector Counsel Staff Official Officials General Manager Minister Ambassador Commander "
    "Superintendent Dean Provost Chancellor Trustee Trustees Founder CEO CFO COO Assistant Acting Associate "
    "Senior Special Agent Attorney Judge Justice Senator Representative Sen. Rep. Mr. Ms. Mrs. Dr. Gov.".split()
)

# Capitalised words that cannot open an organization's name: sentence openers, determiners,
# prepositions and personal titles ("The Federal Trade Commission", "Today the Department ...",
# "Senator Akaka", "Chairwoman Edith Ramirez of the Federal Trade Commission").
LEFT_STOPS = frozenset(
    "The A An This That These Those Its It Our Their His Her My Your We I He She They You Today Yesterday Tomorrow "
    "During In On At For With By From And But Or As When While After Before Under Through Both Each "
    "Every All Other Some Many Most Several Former Current Then Now Also If Since Until According "
    "Including Among Between Via Meanwhile However Additionally Furthermore Moreover Last Next "
    "Sen. Senator Senators Rep. Reps. Representative Congressman Congresswoman Mr. Mrs. Ms. Dr. Gov. "
    "Governor Mayor Chairman Chairwoman Secretary Commissioner Director President Said Says Mr Mrs Ms Dr "
    "Prof. Professor Judge Attorney-General Lt. Gen. Col. Maj. Capt. Sgt. Adm. Brig. Cmdr. Hon. "
    "Honorable Sir Dame Lord Sheikh Acting Interim Chief Dear About "
    "Please Visit Read See Learn Follow Click Join Why How What Who Where Which There Here Such "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Q1 Q2 Q3 Q4".split()
)

# Connectors inside a name: "Department of Housing and Urban Development", "Surety & Fidelity
# Association", "Cities for Financial Empowerment Fund", "Committee on Veterans' Affairs".
CONNECTORS = frozenset(("of", "and", "&", "for", "on", "the", "de", "du", "des", "la", "del", "y", "in"))

# Role words that introduce the speaker's organization: "Chief Operating Officer of ARC Clean
# Technology", "Region President at Intact Insurance", "executive vice president, Skanska USA Civil".
AFFILIATION_ROLES = frozenset(
    "CEO CFO COO CTO CMO CIO Officer President Director Chairman Chair Chairwoman Chairperson Founder "
    "Co-Founder Cofounder Partner Manager Principal Owner Executive Leader Spokesperson Spokesman "
    "Spokeswoman Counsel".split()
)
# (Academic and functional roles are left out: "Professor of Economics", "Head of Sales" name a
# field, not a body. Lower-case roles are matched by organizations.LOWER_ROLE_RE.)

# Nouns that, after "X, a leading ...", make X an organization: "Skanska, a leading global
# construction and development firm", "Nucleon, a dynamic developer of energy infrastructure".
KIND_NOUNS = (
    "company|companies|firm|corporation|provider|developer|manufacturer|maker|producer|operator|"
    "organization|organisation|nonprofit|non-profit|charity|agency|association|institution|"
    "university|bank|lender|insurer|retailer|distributor|supplier|publisher|broadcaster|startup|"
    "start-up|consultancy|utility|carrier|airline|brand|platform|fund|foundation|network|group|"
    "leader in|pioneer in|specialist in|subsidiary|affiliate|division|unit|exchange"
)

# Last words of an acronym's long form that is a thing, not a body: "Memorandum of
# Understanding (MOU)", "Advanced Reactor Demonstration Program (ARDP)", "Kurdish Coordination Line".
NON_ORG_LAST = frozenset(
    "Act Acts Program Programme Programs Plan Plans Project Projects Initiative Initiatives Agreement "
    "Agreements Memorandum Understanding Line Lines Grant Grants Standard Standards Rule Rules Law Laws "
    "Bill Bills Treaty Strategy Report Study Survey Index System Systems Area Areas Zone Zones Map Maps "
    "Event Summit Week Day Month Year Award Awards Prize Scholarship Certificate License Licence Test Rate "
    "Reactor Vessel Vehicle Vehicles Method Model Framework Protocol Platform Process Score Ratio Number "
    "Code Card Account Accounts Credit Credits Tax Fee Fees Loan Loans Price Prices Fellowship Campaign "
    "Challenge Competition Tournament Championship Games Festival Expo Exhibition Forum Meeting "
    "Session Hearing Resolution Amendment Order Directive Regulation Regulations Policy Guidelines "
    "Framework Reserve Reserves Estate Market Markets Exchange".split()
)

# Orgs that speak in quotes and long forms that name a body: any word of the name is one of these.
ORG_WORDS = HEADS | frozenset(("League", "Anonymous", "Congress", "Senate", "Team"))  # ("... Enforcement Action Team (HEAT)")

# Lower-case words after a name that make it a modifier, not a mention of a body:
# "the Financial Empowerment Center model".
MODIFIED_NOUNS = frozenset("model models approach framework method methodology concept format style".split())


# Countries speak in releases ("The United States alleged that ...") but are places, not
# organizations; folded as organizations._fold folds names.
COUNTRIES = frozenset(
    x.strip().lower()
    for x in (
        "united states,united states of america,america,usa,us,u s,canada,mexico,united kingdom,uk,britain,"
        "great britain,england,scotland,wales,ireland,france,germany,italy,spain,portugal,netherlands,belgium,"
        "switzerland,austria,sweden,norway,denmark,finland,iceland,poland,ukraine,russia,belarus,turkey,"
        "greece,israel,palestine,iran,iraq,syria,jordan,lebanon,egypt,saudi arabia,yemen,qatar,kuwait,"
        "bahrain,oman,united arab emirates,uae,afghanistan,pakistan,india,bangladesh,sri lanka,nepal,china,"
        "taiwan,hong kong,japan,south korea,north korea,korea,vietnam,thailand,malaysia,singapore,indonesia,"
        "philippines,australia,new zealand,brazil,argentina,chile,peru,colombia,venezuela,cuba,haiti,"
        "nigeria,kenya,ethiopia,south africa,sudan,south sudan,somalia,libya,tunisia,algeria,morocco,"
        "ghana,uganda,rwanda,congo,kurdistan,kurdistan region,georgia,armenia,azerbaijan,kazakhstan,"
        "the united states,the netherlands,the philippines,czech republic,hungary,romania,bulgaria,serbia,"
        "croatia,bosnia,kosovo,albania"
    ).split(",")
)


# US states as written in releases (names, postal codes, AP abbreviations), folded: with
# COUNTRIES, the places that a list of bodies never holds ("Kokomo, Ind., Police Department").
# The fifty states as written (also nonpersons' "a Beverly Hills, California man" test).
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
US_STATES = frozenset(name.lower() for name in US_STATE_NAMES) | frozenset(
    x.strip().lower().replace(".", " ").strip()
    for x in (
        "district of columbia,puerto rico,guam,"
        "al,ak,az,ar,ca,co,ct,de,fl,ga,hi,id,il,in,ia,ks,ky,la,me,md,ma,mi,mn,ms,mo,mt,ne,nv,nh,nj,nm,"
        "ny,nc,nd,oh,ok,or,pa,ri,sc,sd,tn,tx,ut,vt,va,wa,wv,wi,wy,dc,pr,"
        "ala,ariz,ark,calif,colo,conn,del,fla,ga,ill,ind,kan,ky,la,md,mass,mich,minn,miss,mo,mont,neb,"
        "nev,n h,n j,n m,n y,n c,n d,okla,ore,pa,r i,s c,s d,tenn,tex,vt,va,wash,w va,wis,wyo,d c"
    ).split(",")
)
PLACES = COUNTRIES | US_STATES


def trie_pattern(words: list[str]) -> str:
    """One regex alternative for many words, factored by prefix.

    Python's regex engine scans fast for a pattern whose first character is a class it can
    test (it skips ahead with it); a flat `A|B|C...` of 150 words is ~5x slower than this
    trie over the same words.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@dataclass(slots=True)
class AliasTable:
    """The curated alias file, loaded once."""

    group_of: dict[str, int]  # every name -> its line
    names: list[list[str]]  # names of each line, fullest first
    triggers: frozenset[str]  # names that make an organization on sight ("ISIS", "Amtrak")


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    text = resources.files("pressroom").joinpath("data/org_aliases.tsv").read_text(encoding="utf-8")
    group_of: dict[str, int] = {}
    names: list[list[str]] = []
    triggers: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = []
        for cell in line.split("\t"):
            cell = cell.strip()
            if not cell:
                continue
            if cell.startswith("*"):
                cell = cell[1:]
                triggers.add(cell)
            row.append(cell)
        gid = len(names)
        names.append(row)
        for n in row:
            group_of.setdefault(n, gid)
    return AliasTable(group_of, names, frozenset(triggers))


# Kinds of body written in title case, which name no one body: "operates under a Decentralized
# Autonomous Organization (DAO) model", "a Contract Development and Manufacturing Organization
# (CDMO)", "Real Estate Investment Trusts (REITs)", "Historically Black Colleges and Universities",
# "federal funding for Emergency Medical Services (EMS)" (a service; only the bare phrase: a name
# with a place before it is not this kind).
# Compared in lower case; KIND_ENDS is the cheap test before the lookup.
KINDS_OF_BODY = frozenset(
    k + s
    for base in (
        "decentralized autonomous organization", "contract development and manufacturing organization",
        "contract research organization", "contract manufacturing organization", "real estate investment trust",
        "language service provider", "managed service provider", "group purchasing organization",
        "health maintenance organization", "accountable care organization", "non-governmental organization",
        "nongovernmental organization", "community development financial institution",
        "federally qualified health center", "emergency medical service",
        # a designation or a kind of contractor: "a designated Foreign Terrorist Organization (FTO)",
        # "retain an Independent Review Organization", "a Certified Professional Employer Organization"
        "foreign terrorist organization", "independent review organization", "professional employer organization",
        "certified professional employer organization",
    )
    for k, s in ((base, ""), (base, "s"))
) | frozenset(("limited liability company", "limited liability companies", "special purpose acquisition company",
               "special purpose acquisition companies", "business development company",
               "historically black colleges and universities"))
KIND_ENDS = ("ization", "izations", "rust", "rusts", "ider", "iders", "ution", "utions", "enter", "enters",
             "ompany", "ompanies", "rsities", "ervice", "ervices")


def is_thing_unit(name: str) -> bool:
    """ "Neonatal Intensive Care Unit", "Graphics Processing Unit", "Mobile Dental Unit": a ward,
    a chip, a vehicle (THING_UNIT_WORDS), not a body like "Narcotics Unit"."""
    words = name.split()
    return len(words) > 1 and words[-1] == "Unit" and (words[-2] in THING_UNIT_WORDS or "Mobile" in words)


# Words before "Fund" that make it an account or a programme's money, no body: "Highway Trust
# Fund", "Medicare Trust Fund", "Oil Spill Liability Trust Fund" (Senate), "Deposit Insurance Fund"
# (DOJ), "Disaster Relief Fund", "Economic Support Fund", "Land and Water Conservation Fund",
# "Historic Preservation Fund", "Victims Compensation Fund", "Universal Service Fund", "Revolving
# Loan Fund". Funds that are bodies keep other words: "International Monetary Fund", "World
# Wildlife Fund", "Environmental Defense Fund", "Family Violence Prevention Fund", and a lone
# "The Conservation Fund" (two words: only "Trust Fund" is an account alone).
ACCOUNT_FUND_WORDS = frozenset(
    "Trust Relief Reserve Loan Revolving Conservation Preservation Compensation Support Service Insurance "
    "Emergency Act Liability Replacement Superfund".split()
)


def is_account_fund(name: str) -> bool:
    """ "Highway Trust Fund", "Disaster Relief Fund": an account (ACCOUNT_FUND_WORDS), no body."""
    words = name.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    return len(words) > 1 and words[-1] == "Fund" and words[-2] in ACCOUNT_FUND_WORDS and (
        len(words) > 2 or words[-2] == "Trust")


# Last words of an event's, a product's, a law's or a programme's name, which a body's name does
# not end with: "SHOT Show", "Palo Alto AI X Web3 Summit", "Water, Energy, Technology, and
# Environment Exhibition (WETEX)", "SHARE Series", "International Polar Year (IPY)", "America's Best
# Spirits Competition", "BeeFeather Platform", "New Markets Tax Credit Program", "Congressional
# Review Act". An office named by what it runs keeps them ("Office of Justice Programs", "Bureau
# of Competition", "Office of the Special Inspector General for the Troubled Asset Relief Program").
EVENT_THING_LAST = frozenset(
    "Show Summit Exhibition Expo Series Year Platform Act Program Programme Competition Festival "
    "Tournament Championship Awards".split()
)
EVENT_THING_ENDS = tuple(" " + w for w in sorted(EVENT_THING_LAST))  # (one C-level endswith a mention)


def is_event_or_thing(name: str) -> bool:
    """ "SHOT Show", "BeeFeather Platform", "Congressional Review Act": an event, a product, a law
    or a programme (EVENT_THING_LAST), no body; an office named by what it runs has an "of"/"for"
    complement and stays ("Bureau of Competition", "... Inspector General for the Troubled Asset
    Relief Program")."""
    return name.endswith(EVENT_THING_ENDS) and " of " not in name and " for " not in name


def is_kind_of_body(name: str) -> bool:
    """"Decentralized Autonomous Organization", "Real Estate Investment Trusts": a kind, no one body."""
    return name.endswith(KIND_ENDS) and name.lower() in KINDS_OF_BODY
