"""Person names in running text: who is named, with which title and role.

A release names people in a handful of shapes: a title or position before the name
(`Col. Wayne Marotto`, `CIFD General Manager Abigail R. Marquez`, `Iowa Lt. Gov. Patty
Judge`), an appositive after it (`Robert Braun, Chief Operating Officer of ARC Clean
Technology`), a party tag (`Mark Kelly (D-AZ)`), or nothing but a given name and a surname
(`Louis Green, of New Jersey`). One regex finds every capitalised run; the run is then cut
into the words before the name (title, position, organization) and the name itself, and
kept when something vouches for it: a title or position just before it, a known given name,
a middle initial, a party tag or an appositive role. Runs with an organization or place word
in the name part (`Virginia Passenger Rail Authority`) are not people.

The scan is one `finditer` per paragraph plus set lookups, so it stays linear and cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .orglexicon import US_STATE_NAMES
from .lexicon import (
    HONORIFICS,
    LEADING_NON_NAMES,
    NON_PERSON_WORDS,
    PLACE_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SURNAME_PLACES,
    TITLE_WORDS,
    first_names,
    key,
)

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_AL = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# One word of a capitalised run: `Col.`, `U.S.`, `F.`, `O'Brien`, `Harris-Dawson`, `McCallum`, `Jr.`.
# A period is taken only after at most four letters (titles, initials); `Bass.` at a sentence
# end is cut off again by `tokens()`. The class comes first so that the regex engine can skip
# ahead to the next capital letter fast. The quantifiers are possessive (`*+`): giving letters
# back can never let a separator (a space) match, so backtracking only wastes time.
_TOKEN = rf"[{_UP}](?:[{_AL}'’-]{{0,3}}+\.(?:[{_UP}]\.)*+|[{_AL}'’-]*+)"
# Lower-case particles inside a name: `Ludwig van Beethoven`, `Omar al-Bashir`; up to two
# in a row: `Ursula von der Leyen`, `Juan de la Cruz`, `Nancy de los Santos`. A particle is
# lower case and a name word capitalised, so the two never compete for the same letters.
# The particles de da del della der den van von bin ibn al el la le los las du di dos das ter
# ten y are written as a tree on their first letters (`d(?:e(?:l(?:la)?|r|n)?|...)`), so that
# a lower-case word after a blank is ruled out in a test or two, not 23 (the blank after the
# particle makes the same words match either way: only a whole word can be followed by it).
_PARTICLE = r"(?:d(?:e(?:l(?:la)?|r|n)?|a|u|i|os|as)|v[ao]n|bin|ibn|[ae]l|l(?:[ae]|os|as)|te[rn]|y)"
_SEP = rf"(?<!['’]s)[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+){{0,2}}"
# A capitalised run: `Acting Assistant Attorney General Renata Hesse`, `Brig. Gen. Osman Mohammed Mustafa`;
# a possessive ends it: `President Bush's Fiscal Year 2008 Budget` gives `President Bush's`.
_FIRST_TOKEN = rf"[{_UP}](?<![{_AL}0-9@./].)(?:[{_AL}'’-]{{0,3}}+\.(?:[{_UP}]\.)*+|[{_AL}'’-]*+)"
# The repeat is possessive (`*+`): nothing follows it, so giving words back could never make
# a match, and the engine need not keep a backtrack point for every word.
CAP_RUN = re.compile(rf"{_FIRST_TOKEN}(?:{_SEP}{_TOKEN})*+")
# The same, two words or more: what a paragraph scan looks at (`Louis Green`, `Mayor Bass`)
MULTI_RUN = re.compile(rf"{_FIRST_TOKEN}(?:{_SEP}{_TOKEN})++")
# Surname particles, lower case or capitalised (`Carlos Del Toro`, `Chris Van Hollen`,
# `Andrew C. von Eschenbach`, `Oscar De La Hoya`, `Jill St. John`): inside a name they are
# part of the surname, never a title (`Del.` with its period is the Delegate's title), and a
# short mention that opens with them (`Del Toro added`, `Dr. von Eschenbach`) is the surname.
NAME_PARTICLES = frozenset("""
de da del della der den van von vander vanden bin ibn di dos das du la le los las ter ten st
""".split())
# Words whose period is no sentence end: titles and suffixes (initials are checked apart)
ABBREVIATIONS = frozenset("""
Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Lt Col Gen Brig Maj Capt Sgt Adm Cmdr Cdr Hon Rev Fr St Jr Sr Amb Atty Supt Cpl
Pvt Insp Det Gens Messrs Mmes Mt Ft Pres Sec Cong Del Asst Dep
""".split())


# A name glued to the position (or the weekday) after it by a wire: `ScottDirector`, `WuHead`
GLUED_ROLE = re.compile(r"([A-Z][a-z]+)(?:Director|Head|Manager|President|Founder|Officer|Chief|Partner|CEO|Executive|Editor|"
                        r"Lead|Coordinator|Specialist|Email|Phone|Tel|Contact|Media|Senior|Vice|VP|Communications|"
                        # a date run into the name by a flattened header: `Joe BidenMonday, June 4`
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today)$")


def tokens(run: str, start: int) -> list[list[tuple[str, int]]]:
    """A capitalised run as words with offsets, cut where a period ends a sentence
    (`Karen Bass. The City` -> `Karen Bass` and `The City`)."""
    out: list[list[tuple[str, int]]] = []
    cur: list[tuple[str, int]] = []
    pos = 0
    for w in run.split():
        i = run.find(w, pos)
        pos = i + len(w)
        # (GLUED_ROLE's endings open with a capital: a word with none after its first letter,
        # most words, is spared the regex, which tries its 30 endings at every letter)
        g = None if w[1:].islower() else GLUED_ROLE.match(w)
        if g:  # `Brenton ScottDirector`: the name ends inside the word
            cur.append((g.group(1), start + i))
            out.append(cur)
            cur = []
            continue
        if w.endswith(".") and "." not in w[:-1] and len(w) > 2 and w[:-1] not in ABBREVIATIONS:
            cur.append((w[:-1], start + i))  # `Bass.`: the sentence ends here
            out.append(cur)
            cur = []
            continue
        cur.append((w, start + i))
    if cur:
        out.append(cur)
    return out


# A party-and-state tag after a legislator: `Mark Kelly (D-AZ)`, `Sen. Tim Johnson (D-SD)`, `(R-Kan.)`
PARTY_TAG = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\s*[-–,.]\s*[A-Z][A-Za-z.]{1,12}\)")
# What after a name vouches for a person though no given name we know opens it: an age
# (`Sontez Wells, 23, of Detroit`, `Edia Antoine, 27, Ernest A. Millien III, 49`) or a degree
# (`Algernon Hall, M.B.A., Jubilee ...`, `Robert Ferro, Ph.D., an employee`)
AGE_OR_DEGREE = re.compile(
    r",[ \t]*(?:\d{1,2}(?=[ \t]*[,;]|[ \t]+(?:of|and|from|who|is|was|were|all|both|years?)\b)"
    r"|(?:M\.D\.|Ph\.D\.|M\.B\.A\.|M\.Ed\.|Ed\.D\.|J\.D\.|D\.O\.|R\.N\.|D\.D\.S\.|Psy\.D\.|Pharm\.D\.|DrPH|MBA|PhD|MPH|"
    r"DDS|DNP|CPA|CFA|CFP|Esq\.)(?![A-Za-z]))")
# A noun that only a person's name modifies: `a 34-year-old Babe Ruth record`, `the John
# Doe murder`, `the Wayne Allard nomination`
PERSONAL_NOUN_AFTER = re.compile(r"[ \t]+(?:record|legacy|presidency|administration|nomination|testimony|murder|killing|"
                                 r"funeral|trial)\b")
# A nickname list before a name (`Aelix Santiago aka Goon, Big O, and Big Offit, 29,`): the
# age there is the defendant's, and the nicknames are no people
ALIAS_BEFORE = re.compile(r"\b(?:aka|a/k/a|a\.k\.a\.|known as)\b[^;:.]*$", re.I)
# An honour or a fund named after a person, in lower case after the name (capitalised, the
# word joins the run and fails `name_ok`): `the Attorney Generals Mary C. Lawton award`
NAMED_FOR = re.compile(r"[ \t]+(?:award|prize|medal|scholarship|fellowship|lecture)s?\b")
# A generational suffix set off by a comma: `Virgil M. Harry, Jr., the former president`
# (not a position's `Sr` / `Jr`: `Kunal Desai, Sr Manager, Facilities Engineering, Google`)
COMMA_SUFFIX = re.compile(r",\s*(?:Jr|Sr)(?:\.|(?![ \t]+[A-Z][a-z]))|,\s*(?:II|III|IV)\b")
# A US state after a comma, then punctuation or a lower-case word: the titled word before it
# is a town (`at Sergeant Bluff, Iowa, and`), not a person
# A hometown after a name, with its state: `Ashvin Desai, of San Jose, California, was sentenced`,
# `Alexey Barysheff of Brooklyn, New York, a naturalized citizen` (DOJ); `Calif.`, `Fla.` too
HOMETOWN_AFTER = re.compile(
    rf",?[ \t]+of[ \t]+[{_UP}][{_AL}.'’-]*+(?:[ \t]+[{_UP}][{_AL}.'’-]*+){{0,2}},[ \t]+"
    rf"(?:{'|'.join(US_STATE_NAMES)}|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.[ ]?Va|Wis|Wyo|D\.C)\b"
    # (not a body's full name: `Mammoth Site of Hot Springs, South Dakota, Inc.`)
    r"(?!\.?,?[ \t]+(?:Inc|LLC|Ltd|Corp|Co)\b)")
TOWN_STATE_AFTER = re.compile(rf",[ \t]+(?:{'|'.join(US_STATE_NAMES)})(?=[,.;:)]|[ \t]+[a-z]|$)")
# Titles whose holder a release may follow with the state they serve (`Senator Harkin, Iowa,`)
_LEGISLATORS = frozenset({"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
                          "del", "delegate"})
# An appositive after a name: `, Chief Operating Officer of ARC Clean Technology.`,
# `, the Coalition’s military spokesperson.`, `, executive vice president, Skanska USA Civil.`
APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?!who\b|which\b|and\b|but\b|said\b|says\b|added\b|told\b|of\b|from\b|in\b|on\b|at\b|with\b|"
    r"along[ ]with\b|together[ ]with\b|as[ ]well[ ]as\b)"  # (`Sen. Voinovich, along with 24 other members of Congress`)
    r"((?:[^,.;:!?()\"“”\n]|\.(?=[A-Za-z,]|[ ][a-z])"
    r"|(?:(?<=\b[A-Z])|(?<=Inc)|(?<=Co)|(?<=Corp)|(?<=Jr)|(?<=Sr)|(?<=Ltd))\.(?![A-Za-z,]|[ ][a-z])){2,160})"
)
PLURAL_TITLES = {
    "senators": "Senator", "sens": "Sen.", "representatives": "Representative", "reps": "Rep.",
    "congressmen": "Congressman", "congresswomen": "Congresswoman", "councilmembers": "Councilmember",
    "gens": "Gen.", "messrs": "Mr.", "mmes": "Mrs.",
}
# Title words that name an office rather than an honorific: part of the role
POSITION_TITLES = frozenset({"justice", "judge", "mayor", "dean", "supervisor", "councilmember", "councilmembers"})
# `Attorney General`, `Inspector General`, `Surgeon General`: `General` is a position here
GENERAL_ROLES = frozenset({"attorney", "inspector", "surgeon", "solicitor", "secretary", "consul", "director",
                           "postmaster", "adjutant", "auditor", "governor", "advocate", "accountant"})
# Words right before a lone surname that make it a person: `President Bush`, `Mayor Bass`
PERSON_PREFIX = (TITLE_WORDS - {"major", "general", "private", "brother", "sister", "father", "his", "her", "lady", "lord"}) | frozenset("""
president secretary director chairman chairwoman chairperson chair commissioner administrator minister ceo cfo coo cto
founder spokesperson spokesman spokeswoman manager attorney inspector superintendent sheriff chancellor treasurer
leader ambassador governor mayor judge justice coach professor owner partner dean clerk speaker whip councilmember
councilmembers chief-of-staff officer
vice-president vice-chair vice-chairman vice-chairwoman vice-chancellor vice-premier vice-minister under-secretary
secretary-general director-general attorney-general governor-general commander-in-chief lieutenant-governor
""".split())
# Positions that are also surnames, so they may end a name: `Iowa Lt. Gov. Patty Judge`
SURNAME_ROLES = frozenset("""judge marshal marshall bishop dean king knight abbott chamberlain steward clerk porter page major
provost warden chancellor sheriff ward fellows chambers prince ensign deacon elder head""".split())


def titled(prefix: list[str]) -> bool:
    """Does the word before a name make it a person? `Mayor Bass`, `Attorney General Sessions`,
    but not `Artificial General Intelligence`."""
    if not prefix:
        return False
    f = flags(prefix[-1])
    if f & F_PERSON_PREFIX:
        return True
    return key(prefix[-1]) == "general" and len(prefix) > 1 and key(prefix[-2]) in GENERAL_ROLES | {"gen", "brig", "maj", "lt"}
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "esq"})  # "Ph.D." keys as "ph.d"


@dataclass(slots=True)
class Mention:
    """A person named in a paragraph: `start`/`end` cover the name only, without title."""

    start: int
    end: int
    name: str
    title: str | None = None
    role: str | None = None
    strong: bool = True  # something besides capitals says it is a person
    plural: bool = False  # came from a plural title: `Councilmembers Adrin Nazarian, ...`

    @property
    def words(self) -> list[str]:
        return self.name.split()


def _is_initial(tok: str) -> bool:
    """`F.`, `H.M.`: one to three dotted capitals."""
    n = len(tok)
    return 2 <= n <= 6 and n % 2 == 0 and all(tok[i].isupper() and tok[i + 1] == "." for i in range(0, n, 2))


def _is_acronym(tok: str) -> bool:
    """`CIFD`, `U.S.`, `IMUA`: not a name word (unless the whole text is in capitals)."""
    t = tok.replace(".", "")
    return len(t) >= 2 and t.isupper()


def _is_plural_acronym(tok: str) -> bool:
    """`SMEs`, `KOLs`: no name word either (`Hong Kong SMEs` was a person of 8 mentions), but a
    group, so no body's name (the speaker tests read only `_is_acronym` as one)."""
    t = tok.replace(".", "")
    return len(t) >= 3 and t[-1] == "s" and t[:-1].isupper()


# A hyphenated modifier: `Dakota-native`, `Prize-winning`, `Texas-based` (but a name: `Li-chun`)
_LOWER_HYPHEN = re.compile(r"-(?:[a-z]+(?:ed|ing)|native|born|bred|area|wide|era|style|class|level|made|like|only|run|"
                           r"centric|specific|free|friendly|owned|led|based|backed|funded|certified|listed|grown)\b")

# What a word can be, as bits, worked out once per distinct word (the same few thousand
# capitalised words come back in every release, so the scan mostly does dict lookups).
F_TITLE, F_ROLE, F_NONPERSON, F_PLACE, F_LEADING = 1, 2, 4, 8, 16
F_GIVEN, F_INITIAL, F_SUFFIX, F_ACRONYM, F_POSSESSIVE = 32, 64, 128, 256, 512
F_HYPHEN, F_LOWER, F_HONORIFIC, F_PERSON_PREFIX, F_SURNAME_PLACE = 1024, 2048, 4096, 8192, 16384
F_TITLED_GIVEN = 32768
F_PARTICLE = 65536
F_PREFIX = F_TITLE | F_ROLE | F_NONPERSON | F_PLACE | F_ACRONYM | F_POSSESSIVE | F_HYPHEN
_FLAGS: dict[str, int] = {}


def flags(tok: str) -> int:
    """The F_* bits of a word."""
    f = _FLAGS.get(tok)
    if f is not None:
        return f
    k = key(tok)
    f = 0
    if k in TITLE_WORDS:
        f |= F_TITLE
    if k in ROLE_WORDS:
        f |= F_ROLE
    if k in NON_PERSON_WORDS or k in _MORE_NON_PERSON:
        f |= F_NONPERSON
    if k in PLACE_WORDS:
        f |= F_PLACE
    if k in LEADING_NON_NAMES or k in _CASE_PARTIES or k in _PARTICLE_WORDS or k.endswith("-"):
        f |= F_LEADING  # (`Name- Archie Mayer`: a label cut by a hyphen opens no name)
    if k in first_names():
        f |= F_GIVEN
    if _is_initial(tok) and not k in ROLE_WORDS and tok not in _PLACE_ABBREVIATIONS:  # `U.S.` is no initial
        f |= F_INITIAL
    if tok in _PLACE_ABBREVIATIONS:
        f |= F_PLACE  # `Washington, D.C. William Gifford of Sugar Land`
    if len(tok) == 1 and tok.isupper():  # `Sam A Spiers`: an initial without its period
        f = (f | F_INITIAL) & ~F_LEADING if tok not in ("A", "I") else f | F_INITIAL
    if k in SUFFIXES:
        f |= F_SUFFIX
    if (_is_acronym(tok) or _is_plural_acronym(tok)) and not f & F_INITIAL:
        f |= F_ACRONYM
    if tok.endswith(("'s", "’s")):
        f |= F_POSSESSIVE
    if "-" in tok and _LOWER_HYPHEN.search(tok):
        f |= F_HYPHEN
    if tok.islower():
        f |= F_LOWER
    if k in HONORIFICS:
        f |= F_HONORIFIC
    if k in PERSON_PREFIX:
        f |= F_PERSON_PREFIX
    if k in _RANK_ABBREVIATIONS or k in _STYLES:
        f |= F_TITLE | F_PERSON_PREFIX  # `TSgt Menard`, `SFC Jones`, `His Majesty Ogiame Atuwatse III`
    if k in _MORE_POSITIONS:
        f |= F_ROLE | F_PERSON_PREFIX  # `Agriculture Undersecretary Mark Rey`, `Lead Instructor Jim DeMaggio`
    if k in SURNAME_PLACES:
        f |= F_SURNAME_PLACE
    if k in _TITLED_GIVEN:
        f |= F_TITLED_GIVEN
    if k in NAME_PARTICLES and (not tok.endswith(".") or k == "st"):
        # `Del Toro`: a surname particle, not `Del.` (Delegate); `St.` keeps its street sense
        # for runs like `Main St. Bridge`, and is let through only inside a name (`name_ok`)
        f = (f | F_PARTICLE) & ~(F_TITLE | F_PERSON_PREFIX) if k != "st" else f | F_PARTICLE
    if "-" in k and not f & F_ROLE and (_role_compound(k) or k == "sergeant-at-arms"):
        f |= F_ROLE | F_PERSON_PREFIX  # `Vice-Chair`, `Commander-in-Chief`, `Lieutenant-Governor`
    if len(_FLAGS) < 200_000:
        _FLAGS[tok] = f
    return f


# What a case or an indictment calls a person before the name: `Co-conspirator Michael Gluk`,
# `Co-conspirators David Applegate and John Raffle` (DOJ); dropped like a sentence opener
_CASE_PARTIES = frozenset("""
co-conspirator co-conspirators conspirator conspirators coconspirator coconspirators accomplice accomplices
codefendant codefendants relator relators whistleblower whistleblowers
""".split())
# Words of places, works, documents and bands that no person's name holds: `Ming Copper-Gold Mine`,
# `Elise Wolff Elementary`, `President Barack Obamas Memorandum` (DOJ), `Robert C. Byrd Courthouse`,
# `Mineral, Lyon and Esmeralda Counties`, `Senate Russell Room 328`, `the Jerry Leeman Duo`,
# `its 360° Partner Success Model`; a firm's trade or function (`its Al Shola Gas brand`, `Irving
# Oil`, `JP Morgan Asset Management`, `Morgan Stanley Research`, `Newton Insights`), a place's kind
# (`Russell National Wildlife Refuge`, `Hannah Spring Sculpture Garden`), a heading (`Session Details`,
# `CEO Commentary`, `Meta Description`, `Newsletter:`), an event or document after a position (`County
# Commissioner Meeting`, `Chief Justice Directive 06-03`, `Senate Appropriations Subcommittee`), a function
# after one (`CEO and VP Exploration Ian Fraser`), a firm's `Bros.` (`Warner Bros. Pictures` was a person
# of 11 mentions; no surname, unlike `Brothers`: `Jody Brothers, the Epson Tour's Chief Business ...`),
# a beauty brand (`Huda Kattan’s Huda Beauty`)
_MORE_NON_PERSON = frozenset("""
mine mines elementary parkway expressway freeway tunnel courthouse monument terminal medal medals scholarship
scholarships fellowship fellowships lecture memorandum productions enterprises nomination nominations confirmation article articles chapter
clause statement statements remarks relations inquiries enquiries excerpt excerpts transcript transcripts
counties cities townships parishes provinces districts room rooms auditorium ballroom transit incident
duo trio quartet quintet band ensemble orchestra choir model models
subcommittee subcommittees meeting meetings directive directives infrastructure commentary description newsletter
newsletters figure figures quote quotes universe resilience exploration property municipal chain recovery fix site
place national individuals connect advice grand
oil gas trucks aerospace nonwovens apparel galleries insights automation management operations research acquisition
hiring revenues details scorecard survey chamber garden gardens trails wildlife bros beauty
""".split())
# Endings of abstract nouns, which no surname or given name we know has: a position before
# such a word alone names a thing (`Founder Visibility`, `Daschle Center for ... Representative
# Democracy`, `CEO Commentary`); a known given name keeps its sense (`Felicity`, `Charity`).
# Not `-ness`: `Scott Caithness`, `Paul Romness`
_ABSTRACT_ENDINGS = ("tion", "sion", "ship", "ity", "ience", "acy")
# Adverbs and prepositions a title-case headline capitalises: `Senators Rev Up Pressure on China`
_PARTICLE_WORDS = frozenset("up down out off into onto upon against toward towards like unlike about around".split())
# What makes `leader` a job (`a group leader in Densos Utsunomiya Branch Office`)
_TEAM_WORDS = frozenset({"group", "team", "project", "squad", "unit", "section", "program", "youth", "community"})
# Dotted place abbreviations, which look like initials: `D.C.`, `U.K.`
_PLACE_ABBREVIATIONS = frozenset({"D.C.", "U.K.", "U.N.", "E.U.", "N.Y.", "L.A.", "P.R."})
# Positions the lexicon lacks, written before a name
_MORE_POSITIONS = frozenset("""
undersecretary subsecretary undersheriff ombudsman alderwoman selectman selectwoman freeholder legislator instructor
lecturer curator headmaster
""".split())
# Styles of address after `His`/`Her` and church ranks: `His Majesty Ogiame Atuwatse III`,
# `His Eminence Archbishop Demetrios`
_STYLES = frozenset({"majesty", "majesties", "highness", "holiness", "eminence", "archbishop", "patriarch", "cardinal"})
# Enlisted and officer ranks as the services abbreviate them: `TSgt Menard`, `SMSgt Steck`
_RANK_ABBREVIATIONS = frozenset("""
tsgt ssgt msgt smsgt cmsgt sra a1c amn sfc spc pfc lcpl cwo ltc ltg lcdr mcpo scpo cpo po1 po2 po3 ens
""".split())
# Ship prefixes: `USNS Harvey Milk`, `USS John F. Kennedy` name a ship, not a person
_SHIP_PREFIXES = frozenset({"usns", "uss", "hms", "hmcs", "hmas", "uscgc", "rv", "mv", "ss"})
# Occupations a release capitalises before a name, besides the positions of ROLE_NOUNS:
# `Firefighter Pablo Cerda`, `Drummer Dennis Stelling`, `Inmate ...`, `Sommelier ...`
_OCCUPATIONS = frozenset("""
firefighter drummer guitarist bassist singer songwriter rapper musician composer pianist violinist painter sculptor
photographer filmmaker actor actress comedian novelist poet blogger podcaster influencer chef paralegal paramedic
soldier sailor airman trooper interviewer inmate prisoner librarian golfer quarterback homeowner survivor sommelier
publicist diver pilot
""".split())
# Occupations that make an appositive after an article a person's (`Carlito Chiu, an award-winning
# sommelier`, `Victoria Brito, a Brazilian model, ...`): `model` and `dancer` only there, for
# before a name `Model` is a thing's word (`its 360° Partner Success Model`)
_APPOSITIVE_OCCUPATIONS = _OCCUPATIONS | frozenset({"model", "supermodel", "dancer", "choreographer", "stylist", "citizen",
                                                     "employee", "businessman", "businesswoman"})
# Lower-case occupations that vouch for the capitalised name right after them, whatever its
# given name (`Indianapolis Colts quarterback Peyton Manning`, `radio host` aside: `host` is
# also a verb, `will host Tasting Chinese Terroir Wines`): `bestselling author Holly Roberts`,
# `Georgetown economist Jens Ludwig`, `executive chairman Kirill Klip`
_OCCUPATIONS_BEFORE = _OCCUPATIONS | frozenset("""
columnist author journalist reporter quarterback anchor novelist economist historian sociologist philanthropist
activist artist writer coach commentator correspondent legend star designer architect inventor analyst attorney
lawyer chairman founder co-founder cofounder
co-conspirator coconspirator co-defendant codefendant
""".split())
# The last three letters of those occupations (`ack` for `quarterback`): a slice and a set test
# rule out nearly every run (1 in 60 passes over the corpus) before `_occupation_before` splits
# off the word; the occupations are all of three letters or more, so no occupation is missed
_OCCUPATION_ENDS = frozenset(w[-3:] for w in _OCCUPATIONS_BEFORE)
assert min(map(len, _OCCUPATIONS_BEFORE)) >= 3
# Business functions and government portfolios that follow a position without `of` (`Vice
# President Engineering`, `Director Sales`, `Justice Environment`) and are no one's surname
_DEPARTMENTS = frozenset("""
engineering operations sales strategy development research innovation manufacturing procurement compliance
partnerships underwriting marketing finance technology communications product products design legal programs
investments services sustainability environment commerce agriculture defense education labor transportation treasury
interior homeland
""".split())
# The small words of a compound position: `Commander-in-Chief`, `Secretary-of-State`
_COMPOUND_GLUE = frozenset({"in", "of", "at", "the"})
# What may end a hyphenated position after a position word: `Secretary-nominee`, `Ambassador-designate`
_COMPOUND_TAILS = frozenset({"nominee", "designate", "elect", "select"})


def _role_compound(k: str) -> bool:
    """Is a hyphenated word made only of position words (`vice-president`, `commander-in-chief`,
    `lieutenant-governor`)? A hyphenated surname (`harris-dawson`) is not."""
    parts = k.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if parts[-1] in _COMPOUND_TAILS and len(parts) == 2:
        return parts[0] in ROLE_WORDS or parts[0] in TITLE_WORDS  # `Secretary-nominee`, `Ambassador-designate`
    return all(p in ROLE_WORDS or p in TITLE_WORDS or p in _COMPOUND_GLUE for p in parts) and not (
        parts[0] in _COMPOUND_GLUE or parts[-1] in _COMPOUND_GLUE)


def is_particle(tok: str) -> bool:
    """A surname particle (`Del`, `van`, `St.`)?"""
    return bool(flags(tok) & F_PARTICLE)


def split_run(tokens: list[str], fls: list[int] | None = None) -> int:
    """Index where the name starts in a capitalised run: after the last title, position,
    organization or place word that is followed by a name word.

    `Iowa Lt. Gov. Patty Judge` -> 3 (the name is `Patty Judge`: `Judge` ends the run),
    `MLB Players Association Donald Fehr` -> 3.
    """
    b = 0
    n = len(tokens)
    for j in range(n - 1):
        f = fls[j] if fls is not None else flags(tokens[j])
        if f & F_PREFIX:
            if f & F_PARTICLE and j > b:
                prev = fls[j - 1] if fls is not None else flags(tokens[j - 1])
                if prev & (F_GIVEN | F_INITIAL):
                    continue  # `Jill St. John`: the particle goes on the name

            # a given name that is also a title (`Dean Smith`) opens the name
            if j == b and f & F_GIVEN and not f & (F_HONORIFIC | F_ACRONYM) and j + 2 >= n:
                continue
            # ... or is a middle name after a given name (`NOPD Officer Matthew Dean Moore`)
            if j > b and f & F_GIVEN and not f & (F_HONORIFIC | F_ACRONYM) and (
                    fls[j - 1] if fls is not None else flags(tokens[j - 1])) & F_GIVEN and not (
                    fls[j - 1] if fls is not None else flags(tokens[j - 1])) & F_PREFIX:
                continue
            # a common word between a given name and the last word is a middle name (`Sandra Day O'Connor`)
            if j == b + 1 and j == n - 2 and key(tokens[j]) in _COMMON_MIDDLE_NAMES and (
                    fls[b] if fls is not None else flags(tokens[b])) & F_GIVEN and not (
                    fls[b] if fls is not None else flags(tokens[b])) & F_PREFIX and not (
                    fls[j + 1] if fls is not None else flags(tokens[j + 1])) & (
                    F_PREFIX | F_LEADING | F_GIVEN | F_SURNAME_PLACE | F_SUFFIX | F_INITIAL):
                continue
            # ... as does one that is also a common word, after a title (`Director Bill A. Miller`)
            if f & F_TITLED_GIVEN and not f & F_PLACE and j > 0 and (
                    fls[j - 1] if fls is not None else flags(tokens[j - 1])) & (F_TITLE | F_PERSON_PREFIX):
                continue
            b = j + 1
    return b


def after_of(tokens: list[str], b: int) -> int:
    """For a run that goes on an `of` phrase (`Secretary of Defense Donald Rumsfeld`): the name
    starts at the first given name after words that are none."""
    n = len(tokens)
    if n - b < 3 or flags(tokens[b]) & (F_GIVEN | F_INITIAL):
        return b
    nxt = b + 1
    while nxt < n - 1 and not flags(tokens[nxt]) & F_GIVEN:
        nxt += 1
    return nxt if nxt < n - 1 else b


_TITLES: dict[tuple[str, ...], tuple[str | None, str | None, bool]] = {}


def _titles(prefix: list[str]) -> tuple[str | None, str | None, bool]:
    """(title, role, plural) from the words before a name.

    `Brig. Gen.` is a title; `Acting Assistant Attorney General` a role; `Iowa Senator`
    gives title `Senator` and role `Iowa Senator`. Memoised: the same few hundred prefixes
    (`Sen.`, `President`, `U.S. Attorney`) come back in every release.
    """
    if not prefix:
        return None, None, False
    k = tuple(prefix)
    hit = _TITLES.get(k)
    if hit is None:
        hit = _titles_uncached(prefix)
        if len(_TITLES) < 50_000:
            _TITLES[k] = hit
    return hit


# Words that make `Representative` an office rather than a legislator's title
_POSITION_MODIFIERS = frozenset({"high", "trade", "special", "permanent", "resident", "alternate"})


def _titles_uncached(prefix: list[str]) -> tuple[str | None, str | None, bool]:
    i = len(prefix)
    while i > 0 and (key(prefix[i - 1]) in TITLE_WORDS or key(prefix[i - 1]) in _RANK_ABBREVIATIONS
                     or key(prefix[i - 1]) in _STYLES) and key(
            prefix[i - 1]) not in POSITION_TITLES:
        if key(prefix[i - 1]) == "general" and i > 1 and key(prefix[i - 2]) in GENERAL_ROLES:
            break  # `Attorney General` is a position
        i -= 1
    if i < len(prefix) and i > 0 and key(prefix[i - 1]) in _POSITION_MODIFIERS and key(prefix[i]) == "representative":
        i = len(prefix)  # `High Representative Josep Borrell`, `U.S. Trade Representative`: a position
    if 0 < i < len(prefix) and key(prefix[i]) == "lady" and key(prefix[i - 1]) == "first":
        i += 1  # `First Lady Michelle Obama`: a position, no title `Lady` (`First Lady Dr. Ida Odinga`: `Dr.`)
    plural = False
    title_words = prefix[i:]
    if title_words:
        k = key(title_words[-1])
        if k in PLURAL_TITLES:
            plural = True
            title_words = title_words[:-1] + [PLURAL_TITLES[k]]
    # "U.S. Senator" is the title as written
    if title_words and i > 0 and prefix[i - 1] in ("U.S.", "US") and i == 1:
        i -= 1
        title_words = [prefix[0]] + title_words
    title = " ".join(title_words) or None
    role_words = [w for w in prefix if key(w) in ROLE_WORDS or key(w) in TITLE_WORDS or flags(w) & F_ROLE]
    role = None
    if role_words and (i > 0 or not title):
        start = 0
        while start < len(prefix) and key(prefix[start]) in LEADING_NON_NAMES and not _new_place(prefix, start) and not (
                _under_position(prefix, start)):
            start += 1
        role = " ".join(prefix[start:]) or None
        if title and 0 < i < len(prefix) and (any(key(w) in ROLE_NOUNS for w in prefix[start:i])
                                              or all(key(w) in HONORIFICS and key(w) != "professor"
                                                     for w in prefix[i:])):
            # (an honorific is never part of a position: `Global Leadership Mr. Chan Kwok-Ki`)
            # `CEO Dr. Alan Baratz`, `Ranking Member Sen. Feingold`: a position, then the
            # person's title, which is no part of it (but `Iowa Lt. Gov.` is the role as written)
            role = " ".join(prefix[start:i]) or None
        if role and title and role == title:
            role = None
    if plural and role:
        role = None
    return title, role, plural


def _under_position(toks: list[str], i: int) -> bool:
    """Is `toks[i]` the `Under` of a position (`Under Secretary Keenum`, `USDA Under Secretary
    for Farm and Foreign Agricultural Services`) rather than a sentence opener (`Under the law`)?"""
    return key(toks[i]) == "under" and i + 1 < len(toks) and key(toks[i + 1]) in _UNDER_POSITIONS


# What `Under` opens as part of a position
_UNDER_POSITIONS = frozenset({"secretary", "secretaries", "sheriff"})


def _new_place(toks: list[str], i: int) -> bool:
    """Is `toks[i]` the `New` of a place (`New York Attorney General Andrew Cuomo`, `New Mexico
    Governor Bill Richardson`) rather than a sentence opener (`New data shows`)?"""
    return toks[i] == "New" and i + 1 < len(toks) and bool(flags(toks[i + 1]) & F_PLACE)


def name_ok(words: list[str], *, all_caps: bool = False, titled: bool = False, fls: list[int] | None = None) -> bool:
    """Could these words be a person's name (no organization, place, position or acronym word)?

    After a title a given name may also be a common word: `Iowa Agriculture Secretary Bill Northey`.
    """
    fl = [f for f in (fls if fls is not None else map(flags, words)) if not f & (F_INITIAL | F_SUFFIX | F_LOWER)]
    n = len(fl)
    if not n or n > 4:
        return False
    if len(words) == 1 and key(words[0]) in _DEPARTMENTS:
        return False  # `Vice President Engineering`, `Department of Justice Environment`: a portfolio, no surname
    for i, f in enumerate(fl):
        if f & F_PARTICLE and 0 < i < n - 1:
            continue  # `Carlos Del Toro`, `Jill St. John`
        if f & (F_NONPERSON | F_PLACE | F_LEADING):
            if i == 1 and n == 3 == len(words) and key(words[1]) in _COMMON_MIDDLE_NAMES and fl[0] & F_GIVEN and not (
                    fl[0] & F_PREFIX) and not (
                    fl[2] & (F_PREFIX | F_LEADING | F_GIVEN | F_SURNAME_PLACE)):
                continue  # a middle name that is also a common word: `Sandra Day O'Connor`
            if f & F_PLACE and not f & (F_NONPERSON | F_LEADING) and i == n - 1 and i > 0 and fl[0] & F_GIVEN:
                continue  # a place as surname: `Nicole England`, `Denzel Washington`
            if i == n - 1 and i > 0 and fl[0] & F_GIVEN and (key(words[-1]) in _NATIONALITY_SURNAMES or f & F_SURNAME_PLACE and n == 2):
                continue  # `Trial Attorney Susan French`, `said Robert Banks, President & CEO`
            if not (i == 0 and n > 1 and f & F_TITLED_GIVEN and (titled or not f & F_PLACE)):
                # (`Bill Pecoriello, CEO of Consumer Edge`: a given name that is also a common
                # word may open a name; only something else, here the position, vouches for it)
                return False
        if f & (F_TITLE | F_ROLE) and not (f & F_GIVEN or i == n - 1 and i > 0 and key(words[-1]) in SURNAME_ROLES):
            return False
        if f & F_ACRONYM and not all_caps or f & F_HYPHEN:
            return False
    # place words that are also surnames (`Mike Hall`): only last, after a given name
    # (`Ha Long Forest Park`, `Carnegie Hall` are places)
    # (after a title an unknown given name vouches too: `Officer Ignatius Hills`, DOJ)
    if any(f & F_SURNAME_PLACE for f in fl[:-1]) or fl[-1] & F_SURNAME_PLACE and not (
            fl[0] & F_GIVEN or titled and n == 2 and not fl[0]):
        return False
    last = key(words[-1])
    if n >= 2 and not titled and last.endswith("s") and len(last) > 4 and (
            last[:-1] in ROLE_NOUNS or last[:-1] in _OCCUPATIONS or last.endswith("es") and last[:-2] in ROLE_NOUNS):
        return False  # people of a kind, no one's surname: `Christian Athletes`, `Christian Leaders`
    if n >= 3 and fl[-1] & F_SURNAME_PLACE and not titled and not all(f & F_GIVEN for f in fl[1:-1]):
        return False  # a place named for someone, or so: `Ha Long Bay`, `Clyde Ice Field` (not `Mary Ellen Hall`)
    return True


# Nationalities that are also surnames, after a given name: `Susan French`, `Tom English`
_NATIONALITY_SURNAMES = frozenset({"french", "english", "german", "welsh", "irish", "scott", "england"})
# Given names that are also organization or place words: `Bill Northey`, `Mark Kelly` is fine anyway
_TITLED_GIVEN = frozenset({"bill", "may", "june", "august", "georgia", "virginia", "carolina", "dakota", "jordan",
                           "chase", "grant", "will", "art", "hope", "faith", "joy", "king", "china", "paris", "sydney"})


def _strip_possessive(tok: str) -> str:
    return tok[:-2] if tok.endswith(("'s", "’s")) else tok


# What may stand between two people of a list: `Kelly (D-AZ) and Kevin`, `Nazarian, Katy`
_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,12}\)|,\s*[DRI]-[A-Z][A-Za-z.]{1,12})?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
# A party tag set off by commas: `Sens. Carl Levin, D-Mich., and Debbie Stabenow, D-Mich.,`
COMMA_PARTY = re.compile(r",\s*[DRI]-[A-Z][A-Za-z.]{1,12}(?=,)")


# The first word of an appositive: `, the notable ...`, `, CEO of ...`
_APPOS_LEAD = re.compile(r", ([A-Za-z][\w-]*)")


def _appositive_ahead(paragraph: str, end: int) -> bool:
    """Could what follows `end` be an appositive naming a position (`, the ... designer`,
    `, President of ...`)? A cheap look before the full appositive rule."""
    m = _APPOS_LEAD.match(paragraph, end)
    if not m:
        return False
    w = m.group(1)
    return (w in ("the", "a", "an") or bool(flags(w) & F_ROLE) or key(w) in ROLE_NOUNS
            or _LOST_POSSESSIVE.fullmatch(w) is not None or paragraph.startswith(("'s ", "’s "), m.end())
            # a field before the position: `, Publishing Director of ...` (`_vouches` decides)
            or w[0].isupper() and any(key(x) in ROLE_NOUNS for x in paragraph[m.end():m.end() + 40].split()[:2]))


@lru_cache(maxsize=1)
def signal_words() -> frozenset[str]:
    """Words as written that make a capitalised run worth a look: a given name (`John`,
    `JOHN`), a title or position before a name (`Sen.`, `Senator`, `Mayor`), an initial
    (`F.`). A set, so that the test for a run is one C-level `isdisjoint`."""
    out: set[str] = set()
    for w in first_names() | PERSON_PREFIX | set(PLURAL_TITLES) | _MORE_POSITIONS | _STYLES:
        for form in (w.capitalize(), w.upper(), w.title()):
            out.add(form)
            out.add(form + ".")
    out.update(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    # two initials as the given name: `Special Agent in Charge C.J. Porter` (DOJ), `J.D. Smith`
    out.update(f"{c}.{d}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for d in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    out.update(("Commander-in-Chief", "Secretary-of-State"))
    out.add("Charge")  # `Special Agent in Charge Keoni Kahale`: the position before `in` vouches (`_mention`)
    out.update(("TSgt", "SSgt", "MSgt", "SMSgt", "CMSgt", "SrA", "A1C", "SFC", "SPC", "Spc.", "PFC", "LCpl", "CWO",
                "LTC", "LTG", "LCDR", "MCPO", "SCPO", "CPO", "PO1", "PO2", "PO3", "Ens."))
    out.update(("U.S.", "CEO", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Gen.", "Brig.",
                "Maj.", "Capt.", "Sgt.", "Adm.", "Hon.", "Rev.", "Prof.", "Sens.", "Reps.", "Gens.", "Messrs."))
    return frozenset(out)


def scan(paragraph: str) -> list[Mention]:
    """Every person mention in one paragraph, strong or weak, in reading order."""
    out: list[Mention] = []
    fn = first_names()
    signal = signal_words()
    all_caps = paragraph.isupper()
    last_person: Mention | None = None
    last_end = -1
    skipped: re.Match[str] | None = None  # the last run the signal test passed over
    skipped_end = -9  # (its end: an int compare per run, not a method call)
    chain: list[re.Match[str]] = []  # passed-over runs before it, a comma between each
    subjects: dict[str, int] | None = None  # `_sentence_subjects`, worked out when a run first asks
    probes = 0  # the `str.find`s made before it
    startswith = paragraph.startswith
    listed_to = -1  # where a comma list of people after a person set off by a comma ends so far
    for m in MULTI_RUN.finditer(paragraph):
        run = m.group()
        words = run.split()
        ms, me = m.span()
        # most runs name no one (`Annual Meeting`, `Los Angeles`): without a given name, a title,
        # an initial, a party tag or a list going on, there is nothing to look at
        if signal.isdisjoint(words) and not all_caps:
            e = me
            n = len(words)
            if not (last_person is not None and (last_person.plural or last_person.role and n <= 3 and _plural_position(
                        last_person.role) and key(words[-1]) not in _UNIT_HEADS) and 0 <= ms - last_end <= 16
                    # (`_occupation_before`'s pre-test inline: most runs follow no word that ends like an occupation)
                    or n <= 3 and paragraph[ms - 4:ms - 1] in _OCCUPATION_ENDS and _occupation_before(paragraph, ms)
                    # the last of a comma list of people: `Paul Phuong, Cuc T. Thai, Tom Liu and Luan Luu.`
                    # (`_promote_list_members` reads it)
                    or last_person is not None and n <= 3 and 0 <= ms - last_end <= 6
                    and paragraph.startswith(" and ", last_end) and paragraph.startswith(", ", last_person.start - 2)
                    and (run.endswith(".") or startswith((".", ",", ";"), e))
                    # a comma list of people going on after a person set off by a comma: `three senior
                    # engineering officers, Bo Gao, Xiaobing Chen and Xin Zhong, employed by`
                    or listed_to >= 0 and 2 <= n <= 3 and 0 < ms - listed_to <= 6
                    and _LIST_GAP.fullmatch(paragraph, listed_to, ms) is not None
                    # (the memo's look-up first: most runs' last word opens no sentence as a subject; before
                    # the memo is made, a `str.find` of the word further on, which fails for 4 paragraphs
                    # in 5, spares the regex pass; after `_SUBJECT_PROBES` of them the memo is made, so a
                    # paragraph of thousands of runs is still read in one pass)
                    or n <= 3 and (subjects is not None or ((probes := probes + 1) > _SUBJECT_PROBES or paragraph.find(
                        words[-1], e) >= 0) and (subjects := _sentence_subjects(paragraph)) is not None) and subjects.get(
                        words[-1], -1) >= e and _subject_again(words, e, subjects)
                    # what follows the run, told by its first character (a comma after 1 run in 6, a blank
                    # after 2 in 3, neither after the rest, which skip all the tests below)
                    or (nxt := paragraph[e:e + 1]) == "," and (
                        n <= 3 and _person_noun_before(paragraph, ms, e)
                        or startswith(", ", e) and n <= 3 and (_appositive_ahead(paragraph, e)
                                                               or AGE_OR_DEGREE.match(paragraph, e))
                        or n <= 3 and startswith(", of ", e) and HOMETOWN_AFTER.match(paragraph, e))
                    or nxt == " " and (
                        startswith(" (", e) and PARTY_TAG.match(paragraph, e)
                        or n <= 3 and startswith(" of ", e) and HOMETOWN_AFTER.match(paragraph, e)
                        # (one test for the rarer tails: ` pleaded guilty`, ` al-Zarqawi`, ` and Alexey Krutilin,`)
                        or startswith(_RARE_TAILS, e) and _rare_tail_vouches(paragraph, ms, e, words)
                        or startswith(", ", ms - 2) and startswith(" and ", e) and n <= 3
                        and _person_noun_before(paragraph, ms, e))):
                # (looked at again if a person follows it after `and`: `_joined_before`; the runs of a
                # comma list before it are kept too: `Anders Boman, Arild Iversen, and Kai Kraass`)
                if skipped_end + 2 == ms and startswith(", ", skipped_end):
                    chain.append(skipped)
                elif chain:
                    chain.clear()
                skipped, skipped_end = m, e
                listed_to = -1
                continue
        # (`plain`: one segment of the run's own words, which `_mention` need not take apart again)
        plain = not ("." in run or _CAMEL.search(run))
        segs = [_offsets(words, run, ms)] if plain else tokens(run, ms)
        if "The" in words[1:] and not all_caps:
            segs = _split_at_article(segs)
            plain = False
        for seg in segs:
            if len(seg) < 2:
                continue
            men = _mention(paragraph, seg, fn, all_caps, words if plain else None)
            if men is None:
                continue
            if men.end == me and startswith((" al-", " el-"), men.end):
                tail = _ARTICLE_SURNAME.match(paragraph, men.end)
                if tail is not None and 1 <= len(men.words) <= 3 and all(_PLAIN_NAME_WORD.fullmatch(w) for w in men.words):
                    # `Abu Musab al-Zarqawi`, `Prime Minister Nuri al-Maliki`, `Ali Saleh Kahlah al-Marri`: a
                    # surname with its article in lower case, which the capitalised run stops before
                    men.end, men.name, men.strong = tail.end(), f"{men.name} {tail.group(1)}", True
            if (not men.strong and men.start == ms and 2 <= len(men.words) <= 3
                    and (_occupation_before(paragraph, ms) or _person_noun_before(paragraph, ms, men.end)
                         or men.end == me and _subject_again(men.words, men.end, subjects if subjects is not None else (
                             subjects := _sentence_subjects(paragraph)))
                         or men.end == me and startswith(_DEFENDANT_TAILS, men.end)
                         and _DEFENDANT_VERB.match(paragraph, men.end) is not None and _plain_subject(paragraph, men.start, men.words))
                    and all(_PLAIN_NAME_WORD.fullmatch(w) for w in men.words)):
                men.strong = True  # `Indianapolis Colts quarterback Peyton Manning`, `bomber, Dzhokhar Tsarnaev,`
            if men.strong and len(men.words) >= 2 and last_person is not None and last_person.plural:
                # a list of people: `Councilmembers Adrin Nazarian, Katy Yaroslavsky, and Hugo Soto-Martinez`
                if 0 <= men.start - last_end <= 16 and _LIST_GAP.fullmatch(paragraph, last_end, men.start) and not men.title:
                    men.title, men.plural = last_person.title, True
            elif (not men.strong and last_person is not None and last_person.plural and 0 <= men.start - last_end <= 16
                  and _LIST_GAP.fullmatch(paragraph, last_end, men.start)):
                men.strong, men.title, men.plural = True, last_person.title, True
            elif (not men.role and not men.title and last_person is not None and last_person.role
                  and _plural_position(last_person.role) and 0 <= men.start - last_end <= 16
                  and _LIST_GAP.fullmatch(paragraph, last_end, men.start)
                  and (men.strong or 2 <= len(men.words) <= 3 and all(_PLAIN_NAME_WORD.fullmatch(w) for w in men.words)
                       and key(men.words[-1]) not in _UNIT_HEADS)):
                # `Trial Attorneys James B. Nelson and Adam C. Cullman`: both; `Assistant U.S. Attorneys
                # Hayden Brockett and Dall Kammer`: the plural position vouches for the second too
                men.role, men.strong = last_person.role, True
            if paragraph[men.start - 4:men.start] in _ALIAS_ENDS and (alias := _alias_of(paragraph, men, out[-1] if out else None, last_person,
                                                              skipped, fn, all_caps)):
                # `Wen Jun Cheng, aka Tony Cheng`, `Cheng Yuan Lin, aka C.Y. Lin`: the second name is the
                # first one's alias, no second person (the first is read if the scan passed it over or
                # left it weak)
                if alias is not last_person:
                    if not out or alias is not out[-1]:
                        out.append(alias)
                    alias.strong = True
                    last_person, last_end, skipped, skipped_end = alias, alias.end, None, -9
                continue
            out.append(men)
            if listed_to >= 0 and men.start >= listed_to:
                # (a member of the list, `_promote_list_members` vouches for it; or the list is over)
                listed_to = men.end if men.end == me and 0 < men.start - listed_to <= 6 and _LIST_GAP.fullmatch(
                    paragraph, listed_to, men.start) else -1
            if men.strong and not men.plural and startswith(", ", men.end) and paragraph[men.start - 2:men.start] == ", " \
                    and _list_anchor(men):
                listed_to = men.end
            if men.strong:
                if skipped is not None:
                    gap = men.start - skipped_end
                    listed: list[Mention] = []
                    if not men.plural and len(men.words) >= 2 and (gap == 2 and (chain or startswith(", ", skipped_end))
                                                                   or gap == 6 and startswith(", and ", skipped_end)):
                        runs = [*chain, skipped]
                        # (the list may open with a person the scan vouched for: `Anders Boman, Arild
                        # Iversen, and Kai Kraass have been charged`, once `Anders` is a given name we
                        # know; or hold one such person: `Arkadiy Lvovskiy, Dmitri Elitchev, ...`)
                        opened = last_person is not None and last_person.end + 2 == runs[0].start() and startswith(
                            ", ", last_person.end) and not last_person.plural and (
                            last_person.start == 0 or paragraph[last_person.start - 2:last_person.start] == ". ")
                        # (`_list_before` reads none unless the list opens its sentence or `opened`)
                        listed = _list_before(paragraph, runs, fn, all_caps, opened=opened)
                        out[len(out) - 1:len(out) - 1] = listed
                    if not (listed or chain) and not men.plural and len(men.words) >= 2 and gap in (2, 5):
                        before = _joined_before(paragraph, skipped, fn, all_caps)
                        if before is not None:
                            out.insert(len(out) - 1, before)
                    skipped, skipped_end = None, -9
                    chain.clear()
                if not men.plural and not men.role and startswith(",", men.end):  # APPOSITIVE opens with a comma
                    men.role = appositive_role(paragraph, men.end)
                last_person, last_end = men, men.end
                pt = PARTY_TAG.match(paragraph, men.end) or COMMA_PARTY.match(paragraph, men.end)
                if pt:  # skip `(D-AZ)` when looking for the next member of a list
                    last_end = pt.end()
        if last_person is not None and last_person.plural and last_end > me - 1:
            out.extend(_list_members(paragraph, last_person))
    if '"' in paragraph or "“" in paragraph or "(" in paragraph:
        nick = _nicknamed(paragraph)
        if nick:
            # the given name alone, cut off by the quotation mark, is this person: one merge pass
            # over both lists (each in reading order)
            kept: list[Mention] = []
            k = 0
            for o in out:
                while k < len(nick) and nick[k].end <= o.start:
                    k += 1
                n = nick[k] if k < len(nick) else None
                if n is not None and n.start <= o.start < n.end:
                    n.title, n.role, n.plural = n.title or o.title, n.role or o.role, o.plural
                else:
                    kept.append(o)
            out = kept + nick
            out.sort(key=lambda x: x.start)
    if len(out) > 1:
        _promote_list_members(paragraph, out)
    if out and (" and " in paragraph or " & " in paragraph):
        shared = _shared_surnames(paragraph, out)
        if shared:
            out.extend(shared)
            out.sort(key=lambda x: x.start)
    if paragraph.startswith(("Mr. ", "Ms. ", "Mrs. ")) and (floor := _FLOOR_SPEAKER.match(paragraph)):
        # `Mr. BIDEN. Mr. President, yesterday the Senate passed ...`: the Congressional Record's
        # speaker label names the senator (by surname, in capitals, which no other rule reads)
        if not any(o.start <= floor.start(1) < o.end for o in out):
            surname = "-".join(p[:1] + p[1:].lower() for p in floor.group(1).split("-"))
            out.append(Mention(floor.start(1), floor.end(1), surname, floor.group()[:floor.group().index(" ")], None, True))
            out.sort(key=lambda x: x.start)
    if "-" in paragraph and "l-" in paragraph and (" al-" in paragraph or " el-" in paragraph):
        # (the hyphen, a single character, is found fastest; 40 % of paragraphs have one, few `l-`)
        # `Moqtada al-Sadr`, `Mustafa al-Imam`: one given name (or two) and the surname with its article,
        # too short a run for the scan
        for a in _ARTICLE_NAMED.finditer(paragraph):
            start, words = a.start(), a.group(1).split()
            while words and any(flags(w) & (F_PREFIX | F_LEADING | F_TITLE) for w in words):
                start += len(words.pop(0)) + 1  # (`Prime Minister Nuri al-Maliki`: the position is no name)
            if words and not any(o.start <= start < o.end for o in out):
                out.append(Mention(start, a.end(), paragraph[start:a.end()], None, None, True))
                out.sort(key=lambda x: x.start)
    if "x" in paragraph and "ex rel" in paragraph:  # (the `x` first: a memchr; 2 paragraphs in 3 have none)
        rel = _relators(paragraph)
        if rel:
            out.extend(rel)
            out.sort(key=lambda x: x.start)
    return out


def _joined_before(paragraph: str, run: re.Match[str], fn: frozenset[str], all_caps: bool, *,
                   listed: bool = False) -> Mention | None:
    """The person a capitalised run names when `and` joins it to a person the scan vouched for
    (`defensive ends Marques Murrell and Jason Hunter`, `charges Joo Ahn Kang and Chung Sik Kwak`):
    the run, passed over for want of a known word, is read after all, and kept when it reads as
    a plain name of two or three words after a word that may lead a list (`_list_lead_ok`)."""
    words = run.group().split()
    if listed:
        if not 2 <= len(words) <= 3:
            return None
    elif paragraph.startswith(" and ", run.end()):
        if not 2 <= len(words) <= 3 or not _list_lead_ok(paragraph, run.start()):
            return None
    elif paragraph.startswith(", ", run.end()):
        # a comma list of people going on before it: `co-conspirators Omar, Abdirahman Daud,
        # Mohamed Farah and Adnan Farah` (DOJ)
        if not 2 <= len(words) <= 3 or not _LIST_ITEM_BEFORE.search(paragraph, max(0, run.start() - 60), run.start()):
            return None
    else:
        return None
    men = _mention(paragraph, _offsets(words, run.group(), run.start()), fn, all_caps)
    if men is None or men.end != run.end() or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in men.words):
        return None
    men.strong = True
    return men


# An Arabic surname with its article in lower case after a name (`Nuri al-Maliki`, `Abu Musab
# al-Zarqawi`); not a group's or a place's name (`al-Qaeda`, `al-Anbar`, `Sharm el-Sheikh`)
_ARTICLE_SURNAME = re.compile(r" ((?:al|el)-(?!Qa[ei]da|Qaida|Shabaab|Anbar|Sheikh|Aqsa|Nusra|Jazeera|Arabiya)[A-Z][a-z]{2,}"
                              r"(?:-[A-Z][a-z]+)?)(?![\w-])")


# A given name or two before such a surname: `Moqtada al-Sadr`, `Abu Musab al-Zarqawi` (not after
# `bin`: `King Abdullah bin Abd al-Aziz` is one name)
_ARTICLE_NAMED = re.compile(r"(?<![\w.’'-])(?<!\bbin )(?<!\bibn )((?:[A-Z][a-z]+ ){1,3})" + _ARTICLE_SURNAME.pattern[1:])


# How the text before an alias ends (`aka `, `a/k/a `, `also known as `): a slice test per mention is
# cheaper than looking for the three in every paragraph
_ALIAS_ENDS = frozenset({"aka ", "k/a ", " as "})
# What sets an alias after a name: `Wen Jun Cheng, aka Tony Cheng`, `Adrianna Frazier aka Adrianna Miles`
_ALIAS_GAP = re.compile(r",?[ \t]+(?:aka|a/k/a|also[ \t]+known[ \t]+as)[ \t]+")


def _alias_of(paragraph: str, men: Mention, prev: Mention | None, last: Mention | None,
              skipped: re.Match[str] | None, fn: frozenset[str], all_caps: bool) -> Mention | None:
    """The person whose alias `men` is (`Wen Jun Cheng, aka Tony Cheng`): the last person, or a
    plain name the scan left weak or passed over, right before `aka`; None when `men` is no alias."""
    if prev is not None and not prev.strong and 2 <= len(prev.words) <= 3 and all(
            _PLAIN_NAME_WORD.fullmatch(w) for w in prev.words) and 0 < men.start - prev.end <= 20 and _ALIAS_GAP.fullmatch(
            paragraph, prev.end, men.start):
        return prev
    if last is not None and 0 < men.start - last.end <= 20 and _ALIAS_GAP.fullmatch(paragraph, last.end, men.start):
        return last
    if skipped is not None and 0 < men.start - skipped.end() <= 20 and _ALIAS_GAP.fullmatch(
            paragraph, skipped.end(), men.start):
        return _joined_before(paragraph, skipped, fn, all_caps, listed=True)
    return None


def _list_anchor(men: Mention) -> bool:
    """May a person set off by commas vouch for the plain names listed after it? A title or a
    position, or a known given name and (in a name of three words) a given name or an initial
    in the middle: `officers, Bo Gao, Xiaobing Chen and Xin Zhong`, not `subsidiaries, including
    ..., Dillon Gage Refining, Bullion Production and ...`."""
    w = men.words
    if men.title or men.role:
        return True
    return 2 <= len(w) <= 3 and bool(flags(w[0]) & F_GIVEN) and (len(w) == 2 or bool(flags(w[1]) & (F_GIVEN | F_INITIAL)))


def _list_before(paragraph: str, runs: list[re.Match[str]], fn: frozenset[str], all_caps: bool, *,
                 opened: bool = False) -> list[Mention]:
    """The people of a comma list that ends with a person the scan vouched for, read from runs
    it passed over (`Anders Boman, Arild Iversen, and Kai Kraass have been charged`, DOJ: given
    names it does not know): all of them when the list opens a sentence and each reads as a
    plain name, else none (not `new seasonal flavors like Coconut Macadamia, Peanut Butter, and
    Maple Donut`). `opened`: a person the scan vouched for opens the sentence and the list."""
    head = runs[0].start()
    if not (opened or paragraph[max(0, head - 2):head] == ". " or not paragraph[:head].strip()):
        return []
    out = []
    for run in runs:
        men = _joined_before(paragraph, run, fn, all_caps, listed=True)
        if men is None:
            return []
        out.append(men)
    return out


# The item before a name in a comma list of people, opened by a lower-case word: `co-conspirators
# Omar, ` (one to three plain name words)
# (not after a preposition: `offices in Miami, Boca Raton, ...` lists places)
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w,.’'-])(?!(?:on|of|for|in|at|to|from|with|by|about|into|near|the|a|an|and|or)[ \t])"
                               r"[a-z][\w-]*[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+,[ \t]+$")
# Words before a capitalised pair that make it a thing's name, not a list's person: `on Social
# Security and Alan Greenspan`, `Organized Crime and Gang Section`, `the Creflo Dollar and ...`
_NO_LIST_LEAD = frozenset("on of for in at to from with by about into the a an and or".split())


def _list_lead_ok(paragraph: str, start: int) -> bool:
    """May the capitalised run at `start` be a person of a two-name list: the word before it is
    a lower-case word other than a preposition, an article or a conjunction (`defensive ends
    Marques Murrell and ...`, `charges Joo Ahn Kang and ...`), or nothing."""
    before = paragraph[max(0, start - 20):start].split()
    if not before:
        return start == 0 or not paragraph[:start].strip()
    w = before[-1]
    return w.isalpha() and w.islower() and w not in _NO_LIST_LEAD


# A person noun, then a comma, right before a name set off by commas: `alleged Boston Marathon
# bomber, Dzhokhar Tsarnaev, for making ...` (DOJ), `Mississippi corrections officer, Lawardrick
# Marsher, pleaded guilty`, `The founder, Sayuri Nakamara, officially welcomes`
_PERSON_NOUN_COMMA = re.compile(r"\b(?:bomber|defendant|co-defendant|codefendant|friend|brother|sister|wife|husband|son|"
                                r"daughter|father|mother|victim|suspect|fugitive|inmate|nephew|niece|cousin|boyfriend|"
                                r"girlfriend|founder|co-founder|officer|agent|co-conspirator|coconspirator|informant|witness"
                                # (plurals before a pair: `two Russian nationals, Dmitrii Aleksandrovich Karpenko and
                                # Alexey Krutilin, were arrested`)
                                r"|national|citizen|nationals|citizens|residents|defendants|co-defendants|codefendants"
                                r"|executives|officers|employees|suspects|fugitives|inmates|co-conspirators|brothers|sisters),[ ]$")
# What a firm's name goes on with: `the legacy owner, Pacific Proving, LLC`
_FIRM_FORM_AFTER = re.compile(r",?[ ](?:LLC|L\.L\.C|Inc|Ltd|LLP|Corp|Co\.|PLC)\b")


def _person_noun_before(paragraph: str, start: int, end: int) -> bool:
    """Is the run at `start`..`end` a name set off by commas after a person noun (`bomber,
    Dzhokhar Tsarnaev,`)? A character test first: few runs follow a comma and end at one."""
    return (start > 2 and paragraph.startswith(", ", start - 2) and paragraph.startswith((",", " and "), end)
            and _PERSON_NOUN_COMMA.search(paragraph, max(0, start - 20), start) is not None
            and not _FIRM_FORM_AFTER.match(paragraph, end))


# A verb of what a defendant does or has done to him, after his surname alone opening a
# sentence: `Someya participated in the conspiracy`, `Tanioka was sentenced`, `Welch faces a
# maximum penalty`, `Someya is charged with` (DOJ names a defendant in full once, then by
# surname); not `is`, `has`, `will` alone, a firm's way too (`Activate is quickly becoming`)
_SUBJECT_VERB = (r" (?:was|pleaded|participated|faces|faced|admitted|agreed|conspired|allegedly|directed|"
                 r"served|told|is (?:charged|accused|alleged|scheduled))\b")


# What a court does to a defendant named in full, right after the name: `Wasseem Shamoun pleaded
# guilty`, `Sirtaj Mathauda was indicted`, `Irek Ilgiz Hamidullin made his first appearance`,
# `Azamat Tazhayakov was found guilty` (DOJ names a defendant so, untitled, once)
_DEFENDANT_VERB = re.compile(r" (?:pleaded guilty|was (?:sentenced|indicted|convicted|found guilty|arrested|charged)"
                             r"|made (?:his|her) (?:initial |first )?(?:court )?appearance)\b")


# How `_DEFENDANT_VERB` begins, and what may follow a passed-over run that `_rare_tail_vouches` reads
_DEFENDANT_TAILS = (" pleaded", " was ", " made ")
_RARE_TAILS = (*_DEFENDANT_TAILS, " al-", " el-")


def _rare_tail_vouches(paragraph: str, start: int, end: int, words: list[str]) -> bool:
    """Does what follows a passed-over run make it a person: a court's verb (`Wasseem Shamoun
    pleaded guilty`) or a surname's article (`Abu Musab al-Zarqawi`)?"""
    if paragraph[end + 3] == "-":  # ` al-`, ` el-`
        return len(words) <= 4 and _ARTICLE_SURNAME.match(paragraph, end) is not None
    return _DEFENDANT_VERB.match(paragraph, end) is not None and 2 <= len(words) <= 3 and _plain_subject(paragraph, start, words)


def _plain_subject(paragraph: str, start: int, words: list[str]) -> bool:
    """Is a run a plain name opening its sentence (or after a date: `In July 2014, Azamat
    Tazhayakov was found guilty`)? Each word spelled like a name word, none a thing's."""
    if not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words) or key(words[0]) in LEADING_NON_NAMES or key(
            words[0]) in _OCCUPATIONS_BEFORE or any(flags(w) & (F_PREFIX | F_TITLE) for w in words):
        return False  # (`Inmate Oliver pleaded guilty`: the inmate named before, by surname)
    before = paragraph[max(0, start - 3):start]
    return start == 0 or before.endswith((". ", ", ")) or not paragraph[:start].strip()


# The same verb after a word that opens a sentence: `. Someya participated`, `; Chavez pleaded`
_SUBJECT_AFTER_STOP = re.compile(r"[.;] (\S+)" + _SUBJECT_VERB)


# How many runs of a paragraph `scan` probes with a `str.find` before it works out the paragraph's
# `_sentence_subjects` (a bound, so that the probes stay linear in the paragraph)
_SUBJECT_PROBES = 16


def _sentence_subjects(paragraph: str) -> dict[str, int]:
    """Each word that opens a sentence of the paragraph as such a subject, with where it last does.

    One regex pass a paragraph, made only when a run first asks: a `str.find` of the surname per
    run scanned the paragraph's rest again for every name in it.
    """
    return {m.group(1): m.start(1) for m in _SUBJECT_AFTER_STOP.finditer(paragraph)}


def _subject_again(words: list[str], end: int, subjects: dict[str, int]) -> bool:
    """Does a plain name of two or three words, whatever its given name, have its surname stand
    alone as a sentence's subject further on in the paragraph (`charges Sakae Someya with
    conspiring ... Someya participated in the conspiracy`)? That is how a release names a
    person it has just named in full. `subjects` is the paragraph's `_sentence_subjects`
    (the scan works it out once, when a run first asks)."""
    sur = words[-1]
    return (subjects.get(sur, -1) >= end and len(words) >= 2 and len(sur) >= 3 and sur not in words[:-1]
            and key(words[0]) not in LEADING_NON_NAMES and all(_PLAIN_NAME_WORD.fullmatch(w) for w in words))


def _occupation_before(paragraph: str, start: int) -> bool:
    """Is the word before `start` a lower-case occupation (`quarterback Peyton Manning`)? A
    slice test first: most runs follow no word that ends like one (`_OCCUPATION_ENDS`)."""
    if start < 4 or paragraph[start - 1] != " " or paragraph[start - 4:start - 1] not in _OCCUPATION_ENDS:
        return False  # (an occupation has three letters or more, and ends in one of `_OCCUPATION_ENDS`)
    i = paragraph.rfind(" ", max(0, start - 20), start - 1)
    return paragraph[i + 1:start - 1] in _OCCUPATIONS_BEFORE


# A name word spelled like one: `Farah`, `McKay`, `O'Neill`, `Hoover-Najera`, `T.`, `J.P.` (not `CMSgt`)
_PLAIN_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)?")


def _promote_list_members(paragraph: str, men: list[Mention]) -> None:
    """A name nothing vouched for, listed next to people (`The defendant individuals are Loan
    Tuyet Thai, Lan My Lam, Paul Phuong, Cuc T. Thai, Tom Liu and Luan Luu`; `co-conspirators
    Omar, Abdirahman Daud, Mohamed Farah and Adnan Farah`), is one of them. One pass each way
    over the paragraph's mentions, so a list of any length is linear."""
    def link(a: Mention, b: Mention) -> bool:
        return 0 <= b.start - a.end <= 16 and _LIST_GAP.fullmatch(paragraph, a.end, b.start) is not None

    for order in (range(1, len(men)), range(len(men) - 2, -1, -1)):
        for i in order:
            m = men[i]
            if m.strong or not 2 <= len(m.words) <= 4 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in m.words):
                continue
            nb = men[i - 1] if order.step == 1 else men[i + 1]
            if nb.strong and not nb.plural and (link(nb, m) if order.step == 1 else link(m, nb)):
                m.strong = True


# A nickname in quotation marks between a given name and the surname: `Howard "Buck" McKeon`,
# `Lawrence “Larry” Kellner`, `Hsueh-Lung "Brian" Lee`; an initial may open the name (`I. Lewis
# "Scooter" Libby`), a second given name follow the first (`Manuel Alejandro “Chino” Vidal`,
# `Chang Suk "C.S." Chung`), and the nickname be initials (`Chih-Chun "C.C." Liu`)
_NICKNAME = rf"[{_UP}][a-z]+|(?:[{_UP}]\.){{1,3}}"  # `Buck`, `C.S.`
NICKNAMED = re.compile(rf"(?<![\w'’-])((?:[{_UP}]\.[ \t]+)?[{_UP}][a-z]+(?:-[{_UP}][a-z]+)?(?:[ \t]+[{_UP}][a-z]+)?)[ \t]+"
                       rf"[\"“]({_NICKNAME})[\"”][ \t]+([{_UP}][{_AL}'’-]+)")
# The nickname alone, found from its opening quotation mark (` "Buck" M`): a rare character, so
# the engine skips to it fast, where NICKNAMED tries every word boundary of the paragraph.
# Every NICKNAMED match holds one, so a paragraph without it is spared NICKNAMED (6,064
# paragraphs of the corpus have a quotation mark, 26 this).
_NICKNAME_AHEAD = re.compile(rf"[\"“](?<=[ \t].)(?:{_NICKNAME})[\"”][ \t]+[{_UP}]")


def _nickname_fits(given: list[str], nick: str) -> bool:
    """Does a nickname vouch for the unknown given names before it? Their initials (`Chih-Chun
    "C.C."`, `Chang Suk "C.S."`) or their first letters (`Guilherme “Gui”`, `Calixto “Cali”`)."""
    if nick.endswith("."):
        return nick.replace(".", "") == "".join(p[0] for w in given for p in w.split("-"))
    return len(nick) >= 3 and given[-1].startswith(nick[:3]) and given[-1] != nick


# A nickname in parentheses after the given name (and an initial): `Senator John D. (Jay)
# Rockefeller IV`, `Margaret (Peggy) Brown`, `Jiongsheng (Jim) Zhao`; a suffix may close it
PAREN_NICKNAMED = re.compile(rf"\b([{_UP}][a-z]+)((?:[ \t]+[{_UP}]\.)?)[ \t]+\(([{_UP}][a-z]+)\)[ \t]+([{_UP}][{_AL}'’-]+)"
                             r"((?:,?[ \t]+(?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b))?)")
# Its parenthesis, a rare character, found first (every PAREN_NICKNAMED match holds one)
_PAREN_NICK_AHEAD = re.compile(rf"\((?<=[ \t]\()[{_UP}][a-z]+\)[ \t]+[{_UP}]")


def _nicknamed(paragraph: str) -> list[Mention]:
    """People named with a nickname in quotation marks or parentheses, which cuts the
    capitalised run in two (`Howard "Buck" McKeon`, `John D. (Jay) Rockefeller IV`). The name
    is kept as written; the given name or the nickname must be one we know."""
    out: list[Mention] = []
    if ('"' in paragraph or "“" in paragraph) and _NICKNAME_AHEAD.search(paragraph) is not None:
        for m in NICKNAMED.finditer(paragraph):
            surname, nick, start = m.group(3), m.group(2), m.start()
            end = m.end()
            if surname.endswith(("'s", "’s")):
                surname, end = surname[:-2], end - 2
            given = m.group(1).split()
            if flags(given[0]) & F_INITIAL:
                given = given[1:]
            if len(given) == 2 and not (flags(given[0]) & F_GIVEN or nick.endswith(".") and _nickname_fits(given, nick)):
                # (`Lawyer Guilherme “Gui” Vasconcelos`, `When Clifford “Buzz” Grambo`: a word before the name)
                start, given = m.start(1) + m.group(1).rindex(given[1]), given[1:]
            if any(flags(w) & (F_LEADING | F_PREFIX) for w in given):
                continue  # (`Original "Strawberry" Red`, `Bill Including "Amnesty" Will`)
            # (the nickname may be the name we know: `Tadros “Teddy” Abdelmalek`; or spell the given
            # names: `Chang Suk "C.S." Chung`)
            if (flags(given[0]) & F_GIVEN or flags(nick) & F_GIVEN and name_ok([nick]) or _nickname_fits(given, nick)) and name_ok(
                    [*given, surname]):
                out.append(Mention(start, end, paragraph[start:end], None, None, True))
    if "(" in paragraph and _PAREN_NICK_AHEAD.search(paragraph) is not None:
        for m in PAREN_NICKNAMED.finditer(paragraph):
            given, surname, end = m.group(1), m.group(4), m.end()
            if surname.endswith(("'s", "’s")) and not m.group(5):
                surname, end = surname[:-2], end - 2
            if (flags(given) & F_GIVEN or flags(m.group(3)) & F_GIVEN) and name_ok([given, surname]) and name_ok(
                    [m.group(3)]):
                role = appositive_role(paragraph, end) if paragraph.startswith(",", end) else None
                out.append(Mention(m.start(), end, " ".join(paragraph[m.start():end].replace(",", " ").split()),
                                   None, role, True))
        if len(out) > 1:
            out.sort(key=lambda x: x.start)
    return out


# The Congressional Record's speaker label opening a floor statement's paragraph: `Mr. BIDEN. Mr. President,`,
# `Mr. REID. Madam President,` (the senator's surname in capitals, a period, the chair addressed)
_FLOOR_SPEAKER = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms)\.[ \t]+([A-Z]{2,}(?:-[A-Z]{2,})?)\.[ \t]+(?=(?:Mr|Madam)\.?[ \t]+President\b)")


# A given name that shares the surname of the name after it: `Dear Randy and Paula White`,
# `HSR Zero Waste’s founders, Stan and Della Kaminski` (matched on the text just before the name)
SHARED_SURNAME = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$")
# The word before such a given name: a capitalised one may end another name (`Idaho Senators
# Larry Craig and Mike Crapo`, `Fannie Mae and Freddie Mac`)
_WORD_BEFORE = re.compile(r"([\w.’'-]+)[ \t,]*$")


def _shared_surnames(paragraph: str, men: list[Mention]) -> list[Mention]:
    """`Randy White` for `Randy and Paula White`: a couple or siblings named with one surname.
    The second name must be a person the scan vouched for; the first a known given name that
    ends no other name. Each mention looks only at the few characters before it."""
    starts = {m.start for m in men}
    out = []
    for nxt in men:
        if not nxt.strong or len(nxt.words) != 2:
            continue
        lo = max(0, nxt.start - 40)
        if not paragraph[lo:nxt.start].rstrip(" \t\n").endswith(("and", "&")):
            continue  # (no `and`/`&` right before the name: SHARED_SURNAME, tried at all 40 offsets, cannot match)
        m = SHARED_SURNAME.search(paragraph, lo, nxt.start)
        if m is None:
            continue
        given = m.group(1)
        if not flags(given) & F_GIVEN or m.start(1) in starts:
            continue
        before = _WORD_BEFORE.search(paragraph, max(0, m.start() - 40), m.start())
        if before and before.group(1)[:1].isupper() and not flags(before.group(1)) & F_LEADING:
            continue
        out.append(Mention(m.start(1), m.end(1), f"{given} {nxt.words[-1]}", nxt.title, None, True, nxt.plural))
    return out


# The relators of a qui tam caption, between `ex rel.` and `v.`: `United States ex rel. Rille.
# v. Cisco Systems`, `U.S. ex rel. McKeen and Combs v. Par Pharmaceutical`, `ex rel. Mason et al.`
RELATOR_CAPTION = re.compile(r"\bex[ \t]+rel\.?[ \t]+([^()\n]{1,80}?)\.?[ \t]*(?=\bv\.|\bvs\.|\bet[ \t]+al\b|[,;(])")
# One relator: a capitalised name of one to four words (`DeSalle Bui`, `Frascella`)
_RELATOR = re.compile(rf"[{_UP}][{_AL}'’-]+(?:[ \t]+(?:[{_UP}]\.|[{_UP}][{_AL}'’-]+)){{0,3}}")
_RELATOR_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|&|&amp;)[ \t]+|[ \t]*,[ \t]*")


def _relators(paragraph: str) -> list[Mention]:
    """The people who brought a qui tam suit, named in its caption: they are named nowhere
    else in many DOJ releases, and only by surname."""
    out: list[Mention] = []
    for m in RELATOR_CAPTION.finditer(paragraph):
        pos, end = m.start(1), m.end(1)
        while pos < end:
            r = _RELATOR.match(paragraph, pos, end)
            if not r:
                break
            words = r.group().split()
            if all(not flags(w) & (F_NONPERSON | F_PLACE | F_ACRONYM | F_TITLE | F_ROLE | F_LEADING) for w in words):
                out.append(Mention(r.start(), r.end(), r.group(), None, None, True))
            g = _RELATOR_GAP.match(paragraph, r.end(), end)
            if not g:
                break
            pos = g.end()
    return out


def _split_at_article(segs: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A capitalised `The` and a title inside a run start a new phrase: `The Honorable Robert C.
    Byrd The Honorable Thad Cochran` (an address block) holds two people."""
    out = []
    for seg in segs:
        cur: list[tuple[str, int]] = []
        for i, w in enumerate(seg):
            if w[0] == "The" and cur and i + 1 < len(seg) and flags(seg[i + 1][0]) & (F_TITLE | F_HONORIFIC):
                out.append(cur)  # (only before a title: `The Honorable`, `The Rev.`)
                cur = []
            cur.append(w)
        out.append(cur)
    return out


# A capital after three lower-case letters inside a word: `ScottDirector` (not `McDonald`, `DeWine`)
_CAMEL = re.compile(r"[a-z]{3}[A-Z]")


def _offsets(words: list[str], run: str, start: int) -> list[tuple[str, int]]:
    """The words of a run with their offsets in the paragraph (the run starts at `start`)."""
    if len(run) == sum(map(len, words)) + len(words) - 1:
        # one blank between words, the common case: the offsets add up without searching
        out = []
        for w in words:
            out.append((w, start))
            start += len(w) + 1
        return out
    out = []
    pos = 0
    for w in words:
        i = run.find(w, pos)
        out.append((w, start + i))
        pos = i + len(w)
    return out


# One more member of a titled list, a surname alone: `Senators Kelly and Cramer`
_LIST_SURNAME = re.compile(rf"(?:\s*\([^()]{{1,12}}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?![DRI]-)([{_UP}][{_AL}'’-]+)\b(?![ \t]+[{_UP}])")


# The last words of a unit that may follow a list of prosecutors: `Trial Attorneys Fred Medick and
# Fraud Section staff`
_UNIT_HEADS = frozenset({"section", "sections", "branch", "unit", "office", "staff", "team", "division"})


def _plural_position(role: str) -> bool:
    """Does a position name several people (`Assistant U.S. Attorneys`, `Trial Attorneys`)?"""
    last = key(role.rsplit(" ", 1)[-1])
    return len(last) > 3 and last.endswith("s") and (last[:-1] in ROLE_WORDS or last[:-1] in ROLE_NOUNS)


def _list_members(paragraph: str, head: Mention) -> list[Mention]:
    """Lone surnames that go on a list after a plural title (`Sens. Kelly and Cramer`)."""
    out: list[Mention] = []
    pos = head.end
    while len(out) < 20:
        m = _LIST_SURNAME.match(paragraph, pos)
        if not m or not name_ok([m.group(1)]):
            break
        out.append(Mention(m.start(1), m.end(1), m.group(1), head.title, None, True, True))
        pos = m.end()
    return out


# How a capitalised segment reads, worked out once per distinct segment and context (the
# same runs come back release after release: `President Bush`, `Senator Mikulski`, `U.S.
# Attorney`): (segment words, all caps, what precedes) -> _Shape or None (no person)
_SHAPES: dict[tuple[tuple[str, ...], bool, int], "_Shape | None"] = {}
# Only segments this short are kept: names and their titles are (`Acting Assistant Attorney
# General Renata Hesse`), and the memo stays small whatever the input
_SHAPE_WORDS = 8


@dataclass(slots=True, frozen=True)
class _Shape:
    """What `_mention` reads from a segment's words alone; offsets come from the segment."""

    skip: int  # leading words dropped (`Today`) plus the prefix (title, position)
    n: int  # name words
    possessive: bool  # the last word ended in `'s`
    words: tuple[str, ...]  # the name words, possessive removed
    prefix: bool
    is_titled: bool
    core: int  # name words that are no initial or suffix
    given_first: bool  # the first core word is a known given name
    inner_initial: bool  # an initial between the first and last word: `Daniel K. Akaka`
    initial_before_last: bool  # an initial after the first word, the last included
    title: str | None
    role: str | None
    plural: bool


# Words of things that are also middle names, between a given name and a surname: `Sandra Day
# O'Connor`, `Mary June Smith` (not `Anderson Creek Cabins`, `Shannon County Line`)
_COMMON_MIDDLE_NAMES = frozenset({"day", "may", "june", "april"})
# Generational numerals as a paragraph in capitals reads in title case
_TITLE_CASE_NUMERALS = frozenset({"Ii", "Iii", "Iv"})
# A word before a name that makes it a place or a church: `Monastery of San Juan de la Peña`
_SAINT_WORDS = frozenset({"san", "santa", "santo", "são", "sao", "saint", "st", "ste", "sainte", "notre"})
# A word before a name that makes it a base, a town or a mountain: `Fort Leonard Wood`, `Mount Rainier`
_NAMED_PLACE_WORDS = frozenset({"fort", "ft", "mount", "mt"})


# Where a run stands, for `_shape` (`ctx`): after nothing special (0), after `for `/`at ` (1),
# after `of ` (2), or `Charge` after ` in ` opening it (3: `Special Agent in Charge Keoni Kahale`)
_CTX_FOR_AT, _CTX_OF, _CTX_IN_CHARGE = 1, 2, 3
# The titles that vouch for a name after `of` (`_shape`)
_OF_TITLES = frozenset({"president", "senator", "sen", "congressman", "congresswoman", "rep", "representative",
                        "governor", "gov", "mr", "mrs", "ms", "dr"})


def _shape(toks: list[str], s: int, ctx: int, all_caps: bool) -> _Shape | None:
    """The word-only part of `_mention`: `toks` are the segment's words, `s` the leading
    words to drop, `ctx` 0 or where the run stands (`_CTX_FOR_AT`, `_CTX_OF`, `_CTX_IN_CHARGE`)."""
    get = _FLAGS.get
    fl = []
    for w in toks[s:]:
        f = get(w)
        fl.append(flags(w) if f is None else f)
    toks = toks[s:]
    b = split_run(toks, fl)
    if ctx == _CTX_IN_CHARGE:
        b = max(b, 1)  # (`Charge` is the prefix, wherever `split_run` cut)
    elif ctx:
        b = after_of(toks, b)
    occupation = None
    if (len(toks) - b >= 4 and fl[b + 2] & (F_GIVEN | F_INITIAL) and not fl[b] & (F_GIVEN | F_INITIAL | F_PARTICLE)
            and not fl[b + 1] & (F_GIVEN | F_INITIAL | F_PARTICLE)
            and (key(toks[b + 1]) in ROLE_NOUNS or key(toks[b + 1]) in _OCCUPATIONS)):
        b += 1  # `FBI Forensic Interviewer Stephanie Knapp`: a modifier before the occupation
    elif len(toks) - b >= 5 and not fl[b + 1] & (F_GIVEN | F_INITIAL):
        # further on, past a place or a body (`Hong Kong Actor Timmy Hung’s brand`): an occupation
        # word then a known given name (the name words are the last two or three)
        for k in range(max(b + 2, len(toks) - 4), len(toks) - 2):
            if key(toks[k]) in _OCCUPATIONS and fl[k + 1] & F_GIVEN and not fl[k] & (F_GIVEN | F_ROLE | F_TITLE):
                b = k
                break
    if len(toks) - b >= 3 and fl[b + 1] & (F_GIVEN | F_INITIAL) and not fl[b] & (F_GIVEN | F_INITIAL | F_PARTICLE):
        k0 = key(toks[b])
        if k0.endswith("s") and (k0[:-1] in ROLE_NOUNS or k0[:-1] in _OCCUPATIONS or k0[:-1] in ROLE_WORDS
                                 or k0[:-1] in TITLE_WORDS):
            k0 = k0[:-1]  # `Hosts Jim Rocco and ...`, `Special Agents Tracey Harris, ...`: a plural position
        if k0 in ROLE_NOUNS or k0 in _OCCUPATIONS or (k0 in ROLE_WORDS or k0 in TITLE_WORDS) and k0 != key(toks[b]):
            # `Firefighter Pablo Cerda`, `Sirius XM Radio Host Jeff Ratcliffe`
            lead = b
            while lead > 0 and not fl[lead - 1] & F_LEADING:
                lead -= 1
            occupation = " ".join(toks[lead:b + 1])  # (`Meet Our Lead Psychologist` -> `Lead Psychologist`)
            b += 1
        elif b == 0 and k0.endswith("ing") and toks[0][1:].islower():
            b = 1  # `Paraphrasing Nathan Hale, he said`, `Featuring Jane Doe`
        elif b == 0 and k0.endswith("s") and not k0.endswith("ss") and len(k0) > 3 and toks[0][1:].islower():
            b = 1  # `the Idaho Commission on the Arts Dan Harpole said`: a body's plural last word
    prefix, words = toks[:b], toks[b:]
    if not words:
        return None
    wfl = fl[b:]
    for i in range(2, len(words) - 1):
        if wfl[i] & F_SUFFIX and words[i].endswith(".") and sum(
                1 for f in wfl[:i] if not f & (F_INITIAL | F_SUFFIX)) >= 2:
            # `Special Agent in Charge Raymond R. Parmer Jr. Morris was also ordered` (DOJ): a
            # dotted suffix ends the name, its period the sentence
            words, wfl = words[:i + 1], wfl[:i + 1]
            break
    possessive = words[-1].endswith(("'s", "’s"))
    if possessive:
        words[-1] = words[-1][:-2]
        wfl[-1] = flags(words[-1])
    elif words[-1].endswith(("s'", "s’")) and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]  # `Bill Myers' nomination`: the apostrophe alone
        wfl[-1] = flags(words[-1])
    if words[-1] in _TITLE_CASE_NUMERALS:
        words[-1] = words[-1].upper()  # `JOHN D. ROCKEFELLER IV` read in title case: `Rockefeller Iv`
    # `House of Representatives Transportation`: a title word inside an organization's name
    if prefix and key(prefix[-1]) in _SHIP_PREFIXES:
        return None  # `USNS Harvey Milk`: a ship
    if prefix and (key(prefix[-1]) in _SAINT_WORDS or len(prefix) > 1 and key(prefix[-2]) == "notre"):
        return None  # `San Juan de la Peña`, `St. Paul RiverCentre`: a place named for a saint
    if prefix and key(prefix[-1]) in _NAMED_PLACE_WORDS:
        return None  # `Fort Leonard Wood`, `the Fort Wayne Komets`: a place named for someone
    # (after `of` only a legislator's, a president's or an honorific title alone before the name
    # vouches for it: `the impact of President Bush's budget`, `the leadership of Congressman
    # Chocola`, `the commitment of Senator Gregg`; not `Secretary of State Condoleezza Rice` read
    # as `State` + a name, nor a rank that names things: `Bureau of Justice Assistance`, `Sergeant Bluff`)
    is_titled = bool(prefix) and (titled(prefix) or occupation is not None or ctx == _CTX_IN_CHARGE) and (
        ctx != _CTX_OF or len(prefix) == 1 and s == 0 and key(prefix[0]) in _OF_TITLES)
    if not words[-1] or not name_ok(words, all_caps=all_caps, titled=is_titled, fls=wfl) and not (
            # a surname that is also a rank after a legislator's title or an honorific: `Senator
            # Reid and Senator Ensign` (Senate Bennett), `Mr. Page` (not `Deputy Sheriff`, `Vice Chancellor`)
            len(words) == 1 and prefix and key(words[0]) in SURNAME_ROLES
            and (key(prefix[-1]) in _LEGISLATORS or key(prefix[-1]) in HONORIFICS)):
        return None
    core_fl = [f for f in wfl if not f & (F_INITIAL | F_SUFFIX)]
    if len(words) == 1 and len(words[0]) >= 7 and not wfl[0] & F_GIVEN and words[0].lower().endswith(_ABSTRACT_ENDINGS):
        return None  # `Founder Visibility`, `Representative Democracy`: a position and a thing
    # two initials alone before a surname are the given name (`Special Agent in Charge C.J.
    # Porter`, DOJ): a core word, but no known given name: a position must vouch for the person,
    # for a firm is often so named (`J.C. Penney`, `W.R. Grace`, `H.C. Wainwright`)
    if len(words) == 2 and len(words[0]) == 4 and wfl[0] & F_INITIAL and not wfl[1] & F_INITIAL:
        core_fl.insert(0, 0)
    if len(core_fl) < 2 and not is_titled:
        return None
    if len(words) == 1 and len(prefix) >= 2 and fl[b - 1] & F_HONORIFIC and not fl[b - 2] and prefix[-2][:1].isupper():
        return None  # `Keurig Dr Pepper`: an honorific inside a brand's name
    if len(words) == 1 and words[0].endswith("s") and (key(words[0])[:-1] in TITLE_WORDS or key(words[0])[:-1] in ROLE_WORDS):
        return None  # `the Attorney Generals award` (DOJ, apostrophe lost): a position, no name
    if len(core_fl) == 4 and core_fl[0] & F_GIVEN and core_fl[2] & F_GIVEN and not core_fl[1] & F_GIVEN:
        # two people with the comma lost: `Max Baucus Charles Grassley` (not two given names
        # and two middle names: `Matthew David Howard Smith, 24, of Raleigh`)
        return None
    for i in range(len(prefix) - 2, 0, -1):
        if fl[i] & F_GIVEN and not fl[i] & F_PREFIX and fl[i - 1] & (F_TITLE | F_ROLE | F_PERSON_PREFIX):
            # `Agriculture Commissioner Tyler Harper Agriculture Commissioner Tyler Harper`: a titled
            # name inside the words before the name ends another mention; the position starts after it
            j = i + 1
            while j < len(prefix) and fl[j] & F_INITIAL:
                j += 1
            if j < len(prefix) and not fl[j] & F_PREFIX:
                prefix = prefix[j + 1:]
            break
    title, role, plural = _titles(prefix) if occupation is None else (None, occupation, False)
    return _Shape(s + b, len(words), possessive, tuple(words), bool(prefix), is_titled, len(core_fl),
                  bool(core_fl and core_fl[0] & F_GIVEN), any(f & F_INITIAL for f in wfl[1:-1]),
                  any(f & F_INITIAL for f in wfl[1:]), title, role, plural)


# What before a run makes it the end of a position (`Vice President of Social Responsibility
# Anna Isaacson`, `Secretary of the Interior Ken Salazar`): the name starts at a given name
_AFTER_OF = ("of ", "of the ")
_AFTER_OF_FOR_AT = ("of ", "for ", "at ", "of the ", "for the ")
_AFTER_FOR = ("for ", "for the ")


def _mention(paragraph: str, seg: list[tuple[str, int]], fn: frozenset[str], all_caps: bool,
             toks: list[str] | None = None) -> Mention | None:
    """A person mention from one capitalised segment, or None. `toks`, when given, are the
    segment's words (the scan has them already; read only)."""
    if toks is None:
        toks = [w for w, _ in seg]
    # drop sentence openers: `Today U.S. Senator Daniel K. Akaka`
    s = 0
    while s < len(toks) - 1 and flags(toks[s]) & F_LEADING and not _new_place(toks, s) and not (
            key(toks[s + 1]) in _STYLES and key(toks[s]) in ("his", "her")) and not _under_position(toks, s):
        # (`His Majesty ...` keeps `His`, `Under Secretary Keenum` its `Under`)
        s += 1
    at = seg[s][1]
    ctx = 0
    if paragraph.endswith(_AFTER_OF_FOR_AT, 0, at):
        ctx = _CTX_OF if paragraph.endswith(_AFTER_OF, 0, at) else _CTX_FOR_AT
    elif toks[s] == "Charge" and len(toks) - s >= 3 and paragraph.endswith(" in ", 0, at):
        # `Special Agent in Charge Keoni Kahale` (DOJ): `Charge` closes a position, whatever the given name
        ctx = _CTX_IN_CHARGE
    if len(toks) <= _SHAPE_WORDS:
        k = (tuple(toks), all_caps, ctx)
        if k in _SHAPES:
            sh = _SHAPES[k]
        else:
            sh = _shape(toks, s, ctx, all_caps)
            if len(_SHAPES) < 100_000:
                _SHAPES[k] = sh
    else:  # a run of hundreds of capitalised words (bad input) is read, not kept
        sh = _shape(toks, s, ctx, all_caps)
    if sh is None:
        return None
    last = seg[sh.skip + sh.n - 1]
    end = last[1] + len(last[0]) - (2 if sh.possessive else 0)
    start = seg[sh.skip][1]
    words = list(sh.words)
    # the words between the first and the last (a suffix added below becomes the last)
    inner_initial = sh.inner_initial
    if paragraph.startswith(",", end):
        sfx = COMMA_SUFFIX.match(paragraph, end)
        if sfx and sh.core >= 2:
            words.append(sfx.group().lstrip(", ").strip())
            inner_initial = sh.initial_before_last
            end = sfx.end()
    if NAMED_FOR.match(paragraph, end):
        return None  # `the Attorney Generals Mary C. Lawton award`: an award named for someone
    if sh.n == 1 and sh.prefix and paragraph.startswith(", ", end) and not (
            sh.title and key(sh.title.rsplit(" ", 1)[-1]) in _LEGISLATORS) and TOWN_STATE_AFTER.match(paragraph, end):
        return None  # `two each at Sergeant Bluff, Iowa, and Verdigris, Okla.`: a town named like a rank
    title, role, plural = sh.title, sh.role, sh.plural
    of_role = False
    if ctx == _CTX_FOR_AT and sh.skip > s and not title and paragraph.endswith(_AFTER_FOR, 0, at):
        # `Assistant Attorney General for National Security John Demers`: the position opens
        # before the `for` (it names the role; unlike `of` it vouches for nobody)
        role = of_position(paragraph, at, [w for w, _ in seg[s:sh.skip]]) or role
    if ctx == _CTX_OF and sh.skip > s:
        # `Secretary of the Navy Carlos Del Toro`: the position opens before the `of`
        inner = [w for w, _ in seg[s:sh.skip]]
        full = of_position(paragraph, at, inner)
        if full:
            role = full
            # `Secretary of State Condoleezza Rice`: a portfolio between `of` and the name vouches
            # for her (not `Chief of the U.S. Border Patrol`, `the Justice Departments Counterterrorism Section`)
            of_role = all(w[:1].isupper() and not flags(w) & (F_ACRONYM | F_POSSESSIVE) and not w.endswith("s")
                          for w in inner) and key(words[0]) not in _SAINT_WORDS
    if sh.skip > s and toks[s] == "Charge" and paragraph.endswith(" in ", 0, at):
        # `Special Agent in Charge Robin Shoemaker`: the position opens before the `in`
        role = _in_charge_role(paragraph, at, toks[s:sh.skip]) or role
    if role and sh.skip > s and paragraph.endswith(" and ", 0, at) and role.startswith(toks[s]) and not (
            flags(toks[s]) & (F_ROLE | F_TITLE | F_PLACE) or key(toks[s]) in _FRESH_STARTS) and any(
            flags(w) & F_NONPERSON for w in toks[s:sh.skip]):
        # `Senate Small Business and Entrepreneurship Committee Ranking Member Olympia J. Snowe`:
        # the body's name, and the position, open before the `and`
        role = _and_position(paragraph, at, role) or role
    strong = sh.is_titled or of_role and sh.core >= 2
    # (`Secretary of State Condoleezza Rice`: the position before the `of` vouches for her)
    if not strong:
        strong = sh.given_first or inner_initial or PARTY_TAG.match(paragraph, end) is not None or (
            sh.core >= 2 and paragraph.startswith(",", end) and AGE_OR_DEGREE.match(paragraph, end) is not None
            and not ALIAS_BEFORE.search(paragraph, max(0, start - 60), start)) or (
            sh.core == 2 and not sh.prefix and not ctx and PERSONAL_NOUN_AFTER.match(paragraph, end) is not None) or (
            2 <= sh.core <= 3 and not sh.prefix and not ctx and paragraph.startswith((" of ", ", of "), end)
            and HOMETOWN_AFTER.match(paragraph, end) is not None) or (
            role is not None and sh.n == 2 and len(words[0]) == 4 and _is_initial(words[0]))
        # (`Special Agent in Charge C.J. Porter`, `Trial Attorneys J.P. Cooney`: a position vouches
        # for two initials and a surname, which alone may be a firm's name: `J.C. Penney`)
    if not strong and sh.core >= 2 and paragraph.startswith(", ", end) and not sh.prefix and not ctx:
        # (not after `of`/`for`/`at`: `the Chairman of the Federal Reserve, the Chairman of the FDIC`)
        # `Pol Theis, the notable eclectic interior designer`: an appositive position vouches for it
        role = appositive_role(paragraph, end)
        strong = role is not None and _vouches(role) and not ALIAS_BEFORE.search(paragraph, max(0, start - 60), start)
        # (not an alias: `Monajem Hakimijoo aka Manny Hakimi, a U.S. citizen`)
        if not strong:
            role = None
    return Mention(start, end, " ".join(words), title, role, strong, plural)


# Words that open a new position after `and` rather than go on a body's name: `Byrd and
# Republican Senator ...`, `Lugar and Senate Foreign Relations ...`, `Schwab and Canadian Trade Minister`
_FRESH_STARTS = frozenset("""senate house united u.s us republican republicans democratic democrat democrats independent
american african asian european canadian mexican chinese indian british french german""".split())
# Nouns that close a body's name: a position after `and` starts afresh (`Regional Office and District Director`)
_BODY_HEADS = frozenset("""office offices division department committee subcommittee agency bureau administration service
council commission board court section unit branch""".split())


def _and_position(paragraph: str, at: int, role: str) -> str | None:
    """The capitalised words before `and` that open a body's name inside a position (at most
    five, none a given name: `John Smith and Senate Majority Leader Harry Reid` is two people)."""
    before = paragraph[max(0, at - 80):at].split()[:-1]  # without the `and`
    head: list[str] = []
    for w in reversed(before):
        if len(head) == 5 or not w[:1].isupper() or w[-1:] in ",;:!?\"”" or key(w) in LEADING_NON_NAMES:
            break
        if flags(w) & (F_GIVEN | F_INITIAL | F_ROLE | F_TITLE | F_PERSON_PREFIX) or w.endswith(".") and key(w) not in ("u.s",):
            return None  # (`Senators Byrd and ...`, `FTN President and ...`: a person or a position)
        if not head and key(w) in _BODY_HEADS:
            return None  # `... Criminal Division and United States Attorney`: two positions
        head.append(w)
    if not head:
        return None
    head.reverse()
    return " ".join(head + ["and", role])


def _in_charge_role(paragraph: str, at: int, inner: list[str]) -> str | None:
    """`Special Agent in Charge`, `Assistant Director in Charge` for a run opening with `Charge`
    after `in`: the capitalised words before the `in` (at most four) open the position."""
    before = paragraph[max(0, at - 80):at].split()[:-1]  # without the `in`
    head: list[str] = []
    for w in reversed(before):
        if len(head) == 4 or not w[:1].isupper() or w[-1:] in ",;:!?\"”" or key(w) in LEADING_NON_NAMES:
            break
        head.append(w)
    if not head or key(head[0]) not in ROLE_WORDS and key(head[0]) not in TITLE_WORDS:
        return None
    head.reverse()
    return " ".join(head + ["in"] + inner)


def of_position(paragraph: str, at: int, inner: list[str]) -> str | None:
    """The position of a name in a run that follows `of`/`of the`, as written: `Secretary of the
    Navy` for `Navy` in `said Secretary of the Navy Carlos Del Toro`, `Vice President of Social
    Responsibility`; None when the capitalised words before the `of` hold no position word
    (`the University of Chicago Professor ...` is read by the run itself). Looks at most six
    words back, so it stays cheap whatever the paragraph."""
    before = paragraph[max(0, at - 120):at].split()
    if not before:
        return None
    the = before[-1] == "the" and len(before) > 1
    if the:
        before = before[:-1]
    if before[-1] not in ("of", "for"):
        return None
    # `for` too: `Assistant Attorney General for National Security John Demers`
    glue = [before[-1], "the"] if the else [before[-1]]
    head: list[str] = []
    for w in reversed(before[:-1]):
        if w == "in" and head and head[-1] == "Charge":  # `head` is read backwards here
            head.append(w)  # `Special Agent in Charge of the FBI's Detroit Field Office`
            continue
        if len(head) == 6 or not w[:1].isupper() or w[-1:] in ",;:!?\"”" or key(w) in LEADING_NON_NAMES and not (
                key(w) == "under" and head and key(head[-1]) in _UNDER_POSITIONS):  # (`Under Secretary of ...`)
            break
        if w.endswith(".") and "." not in w[:-1] and w[:-1] not in ABBREVIATIONS:
            break  # `... in Washington. Secretary of ...`: the sentence before
        head.append(w)
    head.reverse()
    # the word before `of` names the position (`Secretary`, `Chairman`), not a person
    # (`Special Agent in Charge Christopher Combs of the FBI's San Antonio Field Office`)
    if not head or not (key(head[-1]) in ROLE_WORDS or key(head[-1]) in TITLE_WORDS):
        return None
    while inner and (flags(inner[-1]) & F_INITIAL or key(inner[-1]) in HONORIFICS or key(inner[-1]) in TITLE_WORDS
                     and len(inner) > 1):
        inner = inner[:-1]  # `Chief of Staff D. Kyle Sampson`: the initial is the name's; `... of Staff Gen.`: his title
    return " ".join(head + glue + inner)


# An acronym's possessive whose apostrophe the source lost: `FSGs`, `FBIs`
_LOST_POSSESSIVE = re.compile(r"[A-Z]{2,6}s")


def _vouches(role: str) -> bool:
    """Does an appositive name a position clearly enough to make the name before it a person?
    `the notable eclectic interior designer`, `CEO of Nucleon` yes; `IMUA President and CEO
    Kevin O'Brien said` (the next sentence's subject) no."""
    words = role.split()
    first = key(words[0])
    if first in ("the", "a", "an"):
        if (all(w[:1].isupper() or w in _NAME_GLUE for w in words[1:]) and flags(words[-1]) & F_NONPERSON
                and not any(w in ("of", "at", "for") for w in words)):
            return False  # `the National Volunteer Fire Council`: an organization of a list, no position
        # (`a leader in ...`, `the global leader in ...` describes firms far more often than people:
        # `Power Hero, a leader in advanced charging technologies`)
        # an occupation as well: `Carlito Chiu, an award-winning sommelier` (newmediawire)
        return any((key(w) in ROLE_NOUNS or key(w) in _APPOSITIVE_OCCUPATIONS) and (key(w) != "leader" or key(words[i]) in _TEAM_WORDS)
                   for i, w in enumerate(words[1:7]))
    if first in ROLE_NOUNS or first in ROLE_WORDS and first not in ("former", "senior", "junior", "u.s"):
        return not any(flags(w) & F_GIVEN for w in words[1:])
    if len(words) > 2 and words[0][:1].isupper():
        # a field before the position: `Mengdi Turbutt Cai, Publishing Director of Paths
        # International Ltd.`, `Marketing Manager at ...`, `Global Sales Director, ...`
        for i in (1, 2):
            if i < len(words) - 1 and key(words[i]) in ROLE_NOUNS and words[i][:1].isupper():
                return all(w[:1].isupper() and not flags(w) & (F_GIVEN | F_NONPERSON) for w in words[:i]) and (
                    words[i + 1] in ("of", "at", "for") or words[i + 1].startswith("&"))
            if not words[i][:1].isupper():
                break
    if len(words) > 1 and (flags(words[0]) & F_POSSESSIVE or _LOST_POSSESSIVE.fullmatch(words[0])):
        # `Amiel Schaff, FSGs former chief financial officer` (DOJ, apostrophe lost), `Acme's CEO`
        return key(words[-1]) in ROLE_NOUNS or key(words[-1]) in ROLE_WORDS  # the head noun: `... officer`
    return False


# A role is a noun phrase: pronouns, finite verbs, a party tag or a new sentence say the
# appositive was something else (`, D-N.M. Also attending were ...`, `, Congressman Nathan Deal and I are ...`)
# (a period after a lone capital, as in `U.S. Attorney for ...`, ends no sentence)
_NOT_A_ROLE = re.compile(r"\b(?:I|we|you|he|she|they|is|are|was|were|will|would|has|have|had|can|could|said|says|"
                         r"pleaded|pled)\b|"  # (`Beulah Renaee Richardson, pleaded guilty before Judge Brady`)
                         r"^[DRI]-|(?<!\b[A-Z])\.[ ]+[A-Z][a-z]|[a-z]{2}\.[A-Z][a-z]|"
                         # the writer's relation or a clause: `, my fellow subcommittee members`, `, addressing the Secretary`
                         r"^my\b|^[a-z]+ing[ ](?:the|a|an)\b|"
                         # a past tense and its object: `, Mark E. Keenum, sent a letter thanking ...`
                         r"^(?:[a-z]+ed|sent|led|won|made|took|gave|held|met|brought|paid|built|sold|spent|became)[ ]"
                         r"(?:the|a|an|his|her|their|its)\b")
# Reporting verbs that are also plural nouns, which may end a role: `president for Regence in both states`
_VERB_NOUNS = frozenset({"states", "notes", "remarks", "comments", "reports", "says"})
# Small words inside an organization's name: `the International Association of Fire Chiefs`
_NAME_GLUE = frozenset({"of", "and", "for", "the", "&", "on", "in"})


# The organization after a lower-case role: `, Skanska USA Civil.` in `executive vice president, Skanska USA Civil.`
ROLE_ORG_TAIL = re.compile(r",[ \t]+([A-Z][^,.;:!?\"“”]{1,80}?)(?=[ \t]*(?:[,.;:!?\"“”]|$))")


# A word shaped like a name: `Miller`, `Montaño`, `O'Brien` (not `President/CEO`, `U.S.`)
_NAME_WORD = re.compile(rf"[{_UP}][{_AL}'’-]+")


def _person_inside(words: list[str]) -> bool:
    """Does an appositive name the next person of a list rather than a position? `Congressman
    Miller` in `Senator Kennedy, Congressman Miller, and ...`; `Acting U.S. Attorney Abe Martinez
    and ...`, `... Detroit Field Office Edward J. Hanko`: a capitalised word, then a titled
    surname or a given name and a surname. `CEO of Morgan Stanley` (after `of`) is a position."""
    if 2 <= len(words) <= 3 and flags(words[0]) & (F_TITLE | F_PERSON_PREFIX) and words[0][:1].isupper() and all(
            _NAME_WORD.fullmatch(w) and not flags(w) & (F_TITLE | F_ROLE | F_NONPERSON | F_PLACE) and key(w) not in ROLE_NOUNS
            for w in words[1:]):
        return True
    if len(words) > 3 and words[2] in ("and", "&") and flags(words[0]) & (F_TITLE | F_PERSON_PREFIX) and words[0][:1].isupper() and (
            _NAME_WORD.fullmatch(words[1]) and not flags(words[1]) & (F_TITLE | F_ROLE | F_NONPERSON | F_PLACE | F_ACRONYM)
            and key(words[1]) not in ROLE_NOUNS):
        return True  # `Senator Sarbanes, Congresswoman Norton, Congressman Waxman and the other cosponsors`
    for i in range(1, len(words) - 1):
        w = words[i]
        if not flags(w) & F_GIVEN or flags(w) & (F_TITLE | F_ROLE | F_NONPERSON | F_PLACE) or not words[i - 1][:1].isupper():
            continue
        nxt = words[i + 1]
        if flags(nxt) & F_INITIAL or _NAME_WORD.fullmatch(nxt) and not flags(nxt) & (F_NONPERSON | F_PLACE | F_ROLE | F_TITLE):
            j = i + 2 if not flags(nxt) & F_INITIAL else i + 3
            if j < len(words) and words[j] in ("and", "·", "&"):
                return True  # `Acting U.S. Attorney Abe Martinez and Special Agent ...`
            if j >= len(words) and (flags(nxt) & F_INITIAL or flags(words[i - 1]) & (F_NONPERSON | F_ACRONYM)
                                    or flags(words[i - 1]) & (F_TITLE | F_PERSON_PREFIX)
                                    and not any(w.islower() for w in words[:i - 1])):
                # `... Detroit Field Office Edward J. Hanko`, `U.S. Senator Robert Taft` (not
                # `spokesman for Senator Tim Johnson`, `Manager at Santa Cruz Works`)
                return True
    return False


def appositive_role(paragraph: str, end: int) -> str | None:
    """The role set off after a name, when it names a position: `, President and CEO of
    Nucleon Energy` or `, executive vice president, Skanska USA Civil`; else None
    (`, of New Jersey` is a place, `, 24,` an age)."""
    m = APPOSITIVE.match(paragraph, end)
    if not m:
        return None
    role = m.group(1).strip()
    words = role.split()
    if not words or len(words) > 22:
        return None
    lowered = [key(w) for w in words]
    has_role = any(w in ROLE_NOUNS or w in ROLE_WORDS and w not in ("former", "senior", "junior", "u.s") for w in lowered) or (
        lowered[0] in ("a", "an", "the") and any(w in _APPOSITIVE_OCCUPATIONS for w in lowered[1:7]))
    # (an occupation after an article: `Carlito Chiu, an award-winning sommelier`; not a list of
    # people with theirs, `Charles Yang, pianist Peter Dugan, ...`: `_person_inside`, which reads
    # each word's flags and shape, runs after the set look-ups, as 2 appositives in 5 hold no role word)
    if not has_role or _person_inside(words) or _NOT_A_ROLE.search(role):
        return None
    # `executive vice president, Skanska USA Civil`: a capitalised organization after a lower-case role
    nxt = m.end()
    if role[0].islower() and paragraph.startswith(",", nxt):
        more = ROLE_ORG_TAIL.match(paragraph, nxt)
        if more and not more.group(1).split()[0].lower() in ("who", "said"):
            role = f"{role}, {more.group(1).strip()}"
    last = role.rsplit(" ", 1)
    if len(last) == 2 and last[1] in REPORTING_VERBS and last[1] not in _VERB_NOUNS:
        # `, a biologist from the National Oceanic ..., Office of Law Enforcement said, The removal`
        # (DOJ), `, Chief Experience Officer at Taktiful and author of the book's forward adds`: the
        # verb that reports the quote after the role is no part of it
        role = last[0].rstrip(",")
    return role
