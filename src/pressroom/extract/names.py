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

from .lexicon import (
    HONORIFICS,
    LEADING_NON_NAMES,
    NON_PERSON_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SURNAME_PLACES,
    TITLE_WORDS,
    first_names,
    key,
)

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_AL = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# One word of a capitalised run: `Col.`, `U.S.`, `F.`, `O'Brien`, `Harris-Dawson`, `McCallum`, `Jr.`
_TOKEN = (
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sens?|Reps?|Gov|Lt|Col|Gen|Brig|Maj|Capt|Sgt|Adm|Cmdr|Cdr|Hon|Rev|Fr|St|Jr|Sr|Amb|Atty|"
    rf"Supt|Cpl|Pvt|Insp|Det|Gens|Messrs|Mmes)\.|(?:[{_UP}]\.){{1,4}}|[{_UP}][{_AL}]*(?:['’-][{_AL}]+)*)"
)
# Lower-case particles inside a name: `Ludwig van Beethoven`, `Omar al-Bashir`
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|di|dos|das|ter|ten|y)"
# A capitalised run: `Acting Assistant Attorney General Renata Hesse`, `Brig. Gen. Osman Mohammed Mustafa`
# A possessive ends a run: `President Bush's Fiscal Year 2008 Budget` gives `President Bush's`.
CAP_RUN = re.compile(rf"(?<![{_AL}0-9@./])(?:{_TOKEN})(?:(?<!['’]s)[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?(?:{_TOKEN}))*")
# A party-and-state tag after a legislator: `Mark Kelly (D-AZ)`, `Sen. Tim Johnson (D-SD)`, `(R-Kan.)`
PARTY_TAG = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\s*[-–,.]\s*[A-Z][A-Za-z.]{1,12}\)")
# A generational suffix set off by a comma: `Virgil M. Harry, Jr., the former president`
COMMA_SUFFIX = re.compile(r",\s*(?:Jr|Sr)\.?|,\s*(?:II|III|IV)\b")
# An appositive after a name: `, Chief Operating Officer of ARC Clean Technology.`,
# `, the Coalition’s military spokesperson.`, `, executive vice president, Skanska USA Civil.`
APPOSITIVE = re.compile(
    r",[ \t\u00a0]+(?!who\b|which\b|and\b|but\b|said\b|says\b|added\b|told\b|of\b|from\b|in\b|on\b|at\b|with\b)"
    r"((?:[^,.;:!?()\"“”\n]|\.(?=[A-Za-z,]|[ ][a-z])"
    r"|(?:(?<=\b[A-Z])|(?<=Inc)|(?<=Co)|(?<=Corp)|(?<=Jr)|(?<=Sr)|(?<=Ltd))\.(?![A-Za-z,]|[ ][a-z])){2,160})"
)
# An `of ...` tail that belongs to a role given before the name:
# `Acting Assistant Attorney General Renata Hesse of the Justice Departments Antitrust Division`
OF_TAIL = re.compile(r"[ \t]+(of|at|for)[ \t]+((?:the[ \t]+)?[A-Z][^,.;:!?\"“”]{1,100}?)(?=[ \t]*(?:[,.;:!?\"“”]|$|\b(?:said|says|and|who|to)\b))")

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
founder spokesperson spokesman spokeswoman manager attorney general inspector superintendent sheriff chancellor treasurer
leader ambassador governor mayor judge justice coach professor owner partner dean clerk speaker whip councilmember
councilmembers chief-of-staff officer agent
""".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})


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
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def _is_acronym(tok: str) -> bool:
    """`CIFD`, `U.S.`, `IMUA`: not a name word (unless the whole text is in capitals)."""
    t = tok.replace(".", "")
    return len(t) >= 2 and t.isupper()


def _prefix_word(tok: str) -> bool:
    """A word that can stand before a name but is no part of it: a title, a position, an
    organization or place word, an acronym, a possessive or a hyphenated modifier
    (`North Dakota-native Roger Maris`, `Pulitzer Prize-winning`)."""
    k = key(tok)
    return (k in TITLE_WORDS or k in ROLE_WORDS or k in NON_PERSON_WORDS or k in PLACE_WORDS or _is_acronym(tok)
            or tok.endswith(("'s", "’s")) or _LOWER_HYPHEN.search(tok) is not None)


# A hyphenated modifier: `Dakota-native`, `Prize-winning`, `Texas-based`
_LOWER_HYPHEN = re.compile(r"-[a-z]")


def split_run(tokens: list[str]) -> int:
    """Index where the name starts in a capitalised run: after the last title, position,
    organization or place word that is followed by a name word.

    `Iowa Lt. Gov. Patty Judge` -> 3 (the name is `Patty Judge`: `Judge` ends the run),
    `MLB Players Association Donald Fehr` -> 3.
    """
    b = 0
    fn = first_names()
    n = len(tokens)
    for j in range(n - 1):
        tok = tokens[j]
        if _prefix_word(tok):
            k = key(tok)
            # a given name that is also a title (`Dean Smith`) opens the name
            if j == b and k in fn and k not in HONORIFICS and j + 2 >= n and not _is_acronym(tok):
                continue
            b = j + 1
    return b


def _titles(prefix: list[str]) -> tuple[str | None, str | None, bool]:
    """(title, role, plural) from the words before a name.

    `Brig. Gen.` is a title; `Acting Assistant Attorney General` a role; `Iowa Senator`
    gives title `Senator` and role `Iowa Senator`.
    """
    if not prefix:
        return None, None, False
    i = len(prefix)
    while i > 0 and key(prefix[i - 1]) in TITLE_WORDS and key(prefix[i - 1]) not in POSITION_TITLES:
        if key(prefix[i - 1]) == "general" and i > 1 and key(prefix[i - 2]) in GENERAL_ROLES:
            break  # `Attorney General` is a position
        i -= 1
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
    role_words = [w for w in prefix if key(w) in ROLE_WORDS or key(w) in TITLE_WORDS]
    role = None
    if role_words and (i > 0 or not title):
        start = 0
        while start < len(prefix) and key(prefix[start]) in LEADING_NON_NAMES:
            start += 1
        role = " ".join(prefix[start:]) or None
        if role and title and role == title:
            role = None
    if plural and role:
        role = None
    return title, role, plural


def name_ok(words: list[str], *, all_caps: bool = False, titled: bool = False) -> bool:
    """Could these words be a person's name (no organization, place, position or acronym word)?

    After a title a given name may also be a common word: `Iowa Agriculture Secretary Bill Northey`.
    """
    core = [w for w in words if not _is_initial(w) and key(w) not in SUFFIXES and not w.islower()]
    if not core or len(core) > 4:
        return False
    fn = first_names()
    for i, w in enumerate(core):
        k = key(w)
        if k in NON_PERSON_WORDS or k in PLACE_WORDS or k in LEADING_NON_NAMES:
            if not (titled and i == 0 and len(core) > 1 and k in _TITLED_GIVEN):
                return False
        if (k in TITLE_WORDS or k in ROLE_WORDS) and not (k in fn or i == len(core) - 1 and i > 0):
            return False
        if not all_caps and _is_acronym(w):
            return False
        if any(c.isdigit() for c in w) or _LOWER_HYPHEN.search(w):
            return False
    if key(core[0]) not in fn and any(key(w) in SURNAME_PLACES for w in core):
        return False
    return True


# Given names that are also organization or place words: `Bill Northey`, `Mark Kelly` is fine anyway
_TITLED_GIVEN = frozenset({"bill", "may", "june", "august", "georgia", "virginia", "carolina", "dakota", "jordan",
                           "chase", "grant", "will", "art", "hope", "faith", "joy", "king", "china", "paris", "sydney"})


def _strip_possessive(tok: str) -> str:
    return tok[:-2] if tok.endswith(("'s", "’s")) else tok


# What may stand between two people of a list: `Kelly (D-AZ) and Kevin`, `Nazarian, Katy`
_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")


def scan(paragraph: str) -> list[Mention]:
    """Every person mention in one paragraph, strong or weak, in reading order."""
    out: list[Mention] = []
    fn = first_names()
    all_caps = paragraph.isupper()
    last_person: Mention | None = None
    last_end = -1
    for m in CAP_RUN.finditer(paragraph):
        run = m.group()
        in_list = (last_person is not None and last_person.plural and 0 <= m.start() - last_end <= 16
                   and _LIST_GAP.fullmatch(paragraph, last_end, m.start()) is not None)
        if " " not in run and "\u00a0" not in run and "\t" not in run and not in_list:
            continue  # a lone capitalised word is a person only as a member of a titled list
        tokens = run.split()
        offs = []
        pos = m.start()
        for t in tokens:
            pos = paragraph.find(t, pos)
            offs.append(pos)
            pos += len(t)
        # drop sentence openers: `Today U.S. Senator Daniel K. Akaka`
        s = 0
        while s < len(tokens) - 1 and key(tokens[s]) in LEADING_NON_NAMES:
            s += 1
        if s:
            tokens, offs = tokens[s:], offs[s:]
        b = split_run(tokens)
        prefix, words = tokens[:b], tokens[b:]
        if not words:
            continue
        last = words[-1]
        end = offs[b + len(words) - 1] + len(last)
        if last.endswith(("'s", "’s")):
            words[-1] = _strip_possessive(last)
            end -= 2
        # `House of Representatives Transportation`: a title word inside an organization's name
        titled = bool(prefix) and key(prefix[-1]) in PERSON_PREFIX and not paragraph.endswith("of ", 0, m.start())
        if not words[-1] or not name_ok(words, all_caps=all_caps, titled=titled):
            continue
        core = [w for w in words if not _is_initial(w) and key(w) not in SUFFIXES]
        if len(core) < 2 and not (titled or in_list):
            continue
        start = offs[b]
        sfx = COMMA_SUFFIX.match(paragraph, end)
        if sfx and len(core) >= 2:
            words = words + [sfx.group().lstrip(", ").strip()]
            end = sfx.end()
        title, role, plural = _titles(prefix)
        strong = titled or in_list
        if not strong and len(core) >= 2:
            strong = (key(core[0]) in fn or any(_is_initial(w) for w in words[1:-1])
                      or PARTY_TAG.match(paragraph, end) is not None)
        if in_list and not titled:
            title, plural = last_person.title, True  # type: ignore[union-attr]
        men = Mention(start, end, " ".join(words), title, role, strong, plural)
        out.append(men)
        if strong:
            if not plural and not men.role:
                men.role = appositive_role(paragraph, end)
            last_person, last_end = men, end
            pt = PARTY_TAG.match(paragraph, end)
            if pt:  # skip `(D-AZ)` when looking for the next member of a list
                last_end = pt.end()
    return out


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
    has_role = any(w in ROLE_NOUNS or w in ROLE_WORDS and w not in ("former", "senior", "junior", "u.s") for w in lowered)
    if not has_role:
        return None
    # `executive vice president, Skanska USA Civil`: a capitalised organization after a lower-case role
    nxt = m.end()
    if role[0].islower() and paragraph.startswith(",", nxt):
        more = re.match(r",[ \t]+([A-Z][^,.;:!?\"“”]{1,80}?)(?=[ \t]*(?:[,.;:!?\"“”]|$))", paragraph[nxt:])
        if more and not more.group(1).split()[0].lower() in ("who", "said"):
            role = f"{role}, {more.group(1).strip()}"
    return role


def pre_role_tail(paragraph: str, end: int) -> str | None:
    """`of the Federal Trade Commission` after a name whose position came before it."""
    m = OF_TAIL.match(paragraph, end)
    if not m:
        return None
    return f"{m.group(1)} {m.group(2).strip()}"
