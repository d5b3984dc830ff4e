"""Who is speaking: from the words around a quote to a person or an organization.

Attribution comes in a few shapes, all read from the text right before or right after the
quote marks, within one sentence:

- trailing, verb first: `"...," said Col. Wayne Marotto, the Coalition’s military spokesperson.`
- trailing, subject first: `"...," Dorgan said.`, `"...," he said.`, `"...," the senator said.`
- leading: `Green said, "..."`, `Senator Akaka told VA Secretary Nicholson, "..."`,
  `IMUA Chairperson Tony Falcone, Region President at Intact Insurance, commented, "..."`

The subject phrase is then resolved: a pronoun to the most recently named person, a role
noun (`the senator`) to the latest person holding that role, a short name to the full name
given earlier, an organization phrase (`the Justice Department`) to its name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import (
    ROLE_NOUNS,
    GROUP_PRONOUNS,
    NON_PERSON_WORDS,
    ORG_REFERENCES,
    PERSON_PRONOUNS,
    PLACE_WORDS,
    REPORTING_VERBS,
    ROLE_WORDS,
    ROLE_REFERENCES,
    key,
    sex_of,
)
from .names import (
    _AFTER_OF,
    ABBREVIATIONS,
    after_of,
    CAP_RUN,
    titled,
    flags,
    F_GIVEN,
    F_INITIAL,
    F_LEADING,
    F_PREFIX,
    F_TITLE,
    _is_acronym,
    _is_initial,
    _PLAIN_NAME_WORD,
    _strip_possessive,
    _titles,
    appositive_role,
    name_ok,
    split_run,
    SUFFIXES,
)
from .people_registry import Entry, Registry



# Titles that tell a person's sex, which outweighs the given name's census sex: `Mr. Chan Kwok-Ki`
# (surname first; `Chan` is a female given name in the census list) is `he`
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "mister"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady"})


def _sex_of_entry(e: Entry) -> str:
    """'m', 'f' or 'u' for a registry person: a gendered title first, else the given name."""
    if e.title:
        t = e.title.lower()
        if t in _MALE_TITLES:
            return "m"
        if t in _FEMALE_TITLES:
            return "f"
    return sex_of(e.given)


def _trie(words: list[str]) -> str:
    """An alternation factored by common prefixes (`s(?:a(?:id|ys)|tated)`), which the regex
    engine walks far faster than a flat list of 150 words."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# A reporting verb as a whole word after a space: ` said`, ` commented`, ` pointed out`. The
# leading space lets the engine jump from space to space instead of trying every offset.
_VERB_TRIE = _trie(sorted(REPORTING_VERBS))
VERB = re.compile(rf" (?:{_VERB_TRIE})\b(?:[ \t]+out\b)?")
# Adverbs and time words that may sit around the verb: `also said`, `said Wednesday`
_ADV = r"(?:also|then|later|further|again|simply|recently|previously|earlier|today|yesterday|once|has|had|have|would|will)"
# A trailing attribution, verb first: `, said Col. Wayne Marotto, the Coalition’s military spokesperson.`
TRAIL_VERB_FIRST = re.compile(
    rf"^[\s,.!?…;:–—-]*(?:{_ADV}[ \t]+)?(?P<verb>(?i:{_VERB_TRIE}))\b[ \t,]+(?P<who>[^\n]{{1,220}})", re.S
)
# An inverted attribution before a quote: `Said Sanders, "We are the only major nation ..."`
# `Says Jodie Medeiros, executive director of Walk San Francisco, "We grieve ..."`
LEAD_INVERTED = re.compile(r"(?:^|[.!?]\s+|\s)(?:Said|Says|Added|Adds|Continued|Concluded|Noted)[ \t]+"
                           r"(?P<who>[^,:\"“”]{2,100}(?:,[ \t]+[^,:\"“”]{2,120})?)[,:][ \t]*$")
# A label with a colon before a quote: `Peter Rosten, MAPS president: "Our young filmmakers ..."`
LEAD_LABEL = re.compile(r"(?P<who>[A-Z][^:.!?\"“”]{1,120}):[ \t]*$")
# A trailing attribution, subject first: `, Dorgan said at the hearing.`, `, the Justice Department announced today.`
TRAIL_SUBJ_FIRST = re.compile(
    rf"^[\s,.!?…;:–—-]*(?P<who>[^.!?;:\"“”\n]{{1,100}}?|[^!?;:\"“”\n]{{1,60}}?)[ \t]+(?:{_ADV}[ \t]+)?(?P<verb>{_VERB_TRIE})\b"
)
# What may follow the verb of a trailing attribution: the sentence end, a comma, a time or a
# place of saying (`Dorgan said at the hearing.`, `Lugar said then.`), not an object (`FitVille
# continues to innovate`)
AFTER_TRAIL_VERB = re.compile(
    r"[ \t]*(?:[,.;:!?\"”—–-]|$|(?:today|yesterday|tonight|then|on|at|in|during|recently|last|this|earlier|later|also|again|"
    r"as|while|when|after|before|about|of|via|through|with|upon|in|from|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|to[ \t]+(?:reporters|me|us|him|her|them|the|a|an|members|attendees|participants|guests|students|"
    r"the[ \t]+audience|lawmakers|the[ \t]+crowd))\b)")
# `, according to Marotto.`
TRAIL_ACCORDING = re.compile(r"^[\s,.!?…;:–—-]*according to[ \t]+(?P<who>[^\n]{1,160})", re.I)
# The end of the text before a quote: a reporting verb, an optional object, a comma or colon:
# `Senator Akaka told VA Secretary Nicholson, `, `Brownback continued, `, `Green said, `
LEAD_TAIL = re.compile(r"^(?:[ \t]+out)?(?P<obj>[ \t]+[^,:;.!?\"“”]{1,80}?)?[ \t]*[,:]?[ \t]*(?P<that>that[ \t]*)?$")
# `In a statement, ` or `In announcing its Annual Meeting, `: an opening phrase before the subject
LEAD_PHRASE = re.compile(r"^(?:In|On|At|During|After|Before|Following|Speaking|Asked|Commenting|Responding|Writing|"
                         r"Addressing|Reflecting|Looking|Later|Earlier|Meanwhile|Today|Yesterday|Also|And|But|Prior|Due|"
                         r"Under|Through|With|As|For|Since|Despite|Because|When|While|Although|Upon|Last|This|"
                         r"Separately|Additionally|Moreover|Furthermore|However|Similarly|Likewise|Finally|Then|Now|Specifically|Notably|"
                         r"Tonight|Earlier|Recently|Previously|Ahead|Together|"
                         # `Further, CMS stated that ...` (Senate Grassley), `Indeed, ...`, `Instead, ...`
                         r"Further|Indeed|Instead|Again|Still|Thus|Therefore|Consequently|Importantly)\b[^,]{0,100},[ \t]+")
# Words that make an `according to` source a document, which is never a speaker
DOCUMENT_WORDS = frozenset("""
documents document records record report reports study studies complaint complaints indictment indictments filing filings
data survey surveys statistics affidavit affidavits papers plea agreement information website figures estimates
estimate analysis research lawsuit settlement release releases press court charges charging evidence testimony
article articles paper poll polls census reporting sources source letter letters statement statements
guidelines guidance regulations statute review reviews examination audit audits
amendment amendments resolution resolutions legislation provision provisions clause clauses
""".split())

# A time word run into the subject, no opening phrase: `Today Sen. John W. Warner, R-Va., the Chairman
# of the Senate Armed Services Committee, issued ...` (LEAD_PHRASE would cut up to the first comma)
_TIME_BEFORE_NAME = re.compile(r"(?:Today|Yesterday|Tonight|Also|Now|Then|Earlier|Later|Recently|Previously)[ \t]+[A-Z]")

# A group of lawmakers speaking together: `the Senators in a joint statement`, `the members of the Maine
# delegation`, `the delegation`, `the Delegation Members`, `both senators`
# (not `the Alaska Congressional Delegation`, a body's name, nor `The delegation also urged ...`)
_GROUP_REFERENCE = re.compile(r"(?i:the|both)[ \t]+(?:(?:two|three|four|five|bipartisan)[ \t]+)?"
                              r"(?i:senators|delegation|lawmakers|members|congressmen|cosponsors|co-sponsors)"
                              r"(?:[ \t]+(?:in|during|of|from)\b.*)?$")
# Two initials without periods, a surname, maybe a degree, before a comma: `JR Gonzales, Vice
# Chairman of TAMACC`, `DP Suresh, M.D., incoming volunteer co-chair`
_BARE_INITIALS = re.compile(r"(?P<initials>[A-Z]{2})[ \t]+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                            r"(?:,[ \t]+(?:M\.D\.|Ph\.D\.|MD|PhD|Jr\.|Sr\.))?(?=,)")

# A party's member named by the state he sits for, the head of a role noun phrase: `The West
# Virginia Democrat noted`, `the Iowa Republican said` (lower case: the form `key` gives)
_PARTY_MEMBERS = frozenset({"democrat", "republican"})

# A lawmaker's title or position: `Sen.`, `U.S. Senator`, `Congressman`, `Rep.`
_LEGISLATOR = re.compile(r"\b(?:Sen|Senator|Sens|Rep|Representative|Congressman|Congresswoman|Delegate)\b", re.I)

# The government as a party: `The government`, `the U.S. government`, `the federal government`
# A day closing a subject phrase (`The Pentagon on Tuesday`, `the ministry on Friday`)
_TRAILING_DAY = re.compile(r"[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
# Someone unnamed who speaks for a body: `said a spokesperson for GDMining`, `a spokesperson for Me
# First Living stated`, `said a representative of the Shincheonji Uganda Church`, `said a TUOFA
# spokesperson`, `said a company spokesperson`. Who speaks cannot be told, so the quote is left out
# (as tests/test_quotes.py has it for Shincheonji), not given to the body, which a firm-looking name
# made it for some (`Me First Living`, `Ductless Plus`). The article is required, so `Representative
# Smith` (a lawmaker) never matches.
_SPOKESPERSON = re.compile(
    r"(?:a|an|the|one)[ \t]+(?:(?P<co>company|firm|company['’]s|firm['’]s)[ \t]+|(?:[A-Z$][\w.&'’$-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4})[ \t]+)?"
    r"(?:spokes(?:person|man|woman|people)|representative)(?:[ \t]+(?:for|of|from)[ \t]+(?P<of>[^\n]{1,120}))?")
_GOVERNMENT = re.compile(r"(?i:the)[ \t]+(?:(?:U\.S\.|United[ \t]+States|federal)[ \t]+)?government(?:[ \t]+(?:also|further|has|had))?$")
# A federal case: the government there is the United States
_FEDERAL_CASE = re.compile(r"\b(?:Justice Department|Department of Justice|U\.S\. Attorney|United States Attorney)")

# A given name, maybe a middle name or initial, and a surname, then a comma: `Bill Center, President of ...`
_GIVEN_WORD_ROLE = re.compile(r"(?P<name>(?P<given>[A-Z][a-z]+)(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.))?[ \t]+"
                              r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=,[ \t])")

# A given name (and an initial) right before a word: `John ` in `John Ensign` (read by hand in
# `_given_start`; kept as the statement of what that function finds)
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+$")


def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """A given name (and an initial) before the surname: `Jaquita Lovelace`, `John Q. Public`."""
    return re.compile(r"\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+" + re.escape(surname) + r"\b")


def _given_start(text: str, i: int, lo: int = 0) -> int:
    """Where a match of `_GIVEN_BEFORE` ending at `i` starts (at `lo` or later), -1 without one:
    read backwards, blanks, an optional `[A-Z].` and blanks, then `[A-Z][a-z]+` (`John Q. Public`
    -> the offset of `John`). The pattern allows one start only, so this is the start a regex
    search of `text[lo:i]` finds, without trying every offset; a hand-written look behind,
    linear in the characters read. The word edge before the given name is the caller's test."""
    k = i
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k == i:
        return -1  # no blank before the word
    if k >= lo + 2 and text[k - 1] == "." and "A" <= text[k - 2] <= "Z":
        e = k - 2  # an initial: blanks before it, then the given name
        k = e
        while k > lo and text[k - 1] in " \t":
            k -= 1
        if k == e:
            return -1
    t = k
    while t > lo and "a" <= text[t - 1] <= "z":
        t -= 1
    if t == k or t == lo or not "A" <= text[t - 1] <= "Z":
        return -1
    return t - 1


def _given_end(text: str, i: int) -> int:
    """The end of the given name (and initial) before the word at `i`: the blanks before it."""
    k = i
    while text[k - 1] in " \t":
        k -= 1
    return k


# A capitalised word right after a possessive run: `Men's Clinic`, `Children's Hospital`
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")
# Days and months, which a subject phrase may hold alone (`..., announced Thursday.`): no one's name
_CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                            "May June July August September October November December Today Yesterday Tonight".split())
# Adverbs that may close a subject phrase before its verb (`He further stated`, `The company also
# noted`, `The USDA publicly stated`, `she often says`): no part of the subject (an auxiliary stays: `Users have
# expressed that` is no one's name)
_TRAILING_ADVERBS = frozenset("also further then later again previously earlier recently once additionally "
                              "subsequently repeatedly publicly often always frequently usually sometimes "
                              "occasionally proudly simply candidly jokingly happily firmly".split())
# Words of address opening a subject phrase: a letter's `You also said that ...`, `Your Administration
# has said`, `We also noted`: nobody the release names
_ADDRESS_WORDS = frozenset({"you", "your", "we", "our", "i", "my", "us"})
# Words after which a pronoun opens a new clause: `..., and he`, `so that she`
_CLAUSE_OPENERS = frozenset("that and but then so because when while as after before where since although".split())


# A lone capitalised word set off by a comma before `who`/`whose`: `Gupta, who has a BS in ...`
_LONE_WHO = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?,[ \t]+(?:who|whose)[ \t]")


def _name_head(text: str, m: re.Match[str]) -> bool:
    """Is the run `m` a plain name of two or three words heading a subject phrase, set off from
    a lower-case appositive by a comma (`Everline Singleton, mother of ...`, `Thanh Cao, a
    resident of ...`)? A character test first: most subjects are no such run."""
    if m.start() != 0 or not text.startswith(", ", m.end()) or not text[m.end() + 2:m.end() + 3].islower():
        return False
    words = m.group().split()
    return 2 <= len(words) <= 3 and all(_PLAIN_NAME_WORD.fullmatch(w) for w in words) and not any(
        flags(w) & (F_PREFIX | F_LEADING | F_TITLE) for w in words)


@dataclass(slots=True)
class Speaker:
    """A resolved speaker: a person (with their registry entry) or an organization."""

    name: str
    kind: str = "person"  # or "organization"
    entry: Entry | None = None


def _unnamed_spokesperson(m: re.Match[str]) -> bool:
    """Is a `_SPOKESPERSON` match someone unnamed who speaks for a body (`a spokesperson for
    GDMining`, `a TUOFA spokesperson`, `a company representative`, `the spokesperson for The
    Dressie Law Firm`)? Not when the phrase names a person, whom the other rules read (`a
    spokesman for Senator Tim Johnson`, `a spokesperson for the project Mr. Lightspeed`, `a
    spokesperson for Acme, Jane Roe`), nor `the spokesperson` or `the Coalition's spokesperson`
    alone, a role named before (`Col. Wayne Marotto, the Coalition's military spokesperson`)."""
    of = m.group("of")
    if m.group().lower().startswith("the ") and of is None and m.group("co") is None:
        return False
    if of is None:
        return True
    # a capitalised word that is a given name or a title (`Senator`, `Mr.`) names a person
    return not any(flags(w) & (F_GIVEN | F_TITLE) for w in of.split() if w[:1].isupper())


class Resolver:
    """Turns subject phrases into speakers, remembering the people and bodies met so far."""

    def __init__(self, registry: Registry, *, title_words: set[str] | None = None, text: str = "",
                 title: str = "", nonpersons: Callable[[str], bool] | None = None) -> None:
        self.registry = registry
        self.nonpersons = nonpersons  # names the release shows to be a place or a firm
        self._rejected: tuple[int, str, str] | None = None  # (where, name, why) in the phrase being resolved
        self.text = text  # the whole release, to find a full name behind a lone surname
        self.orgs: list[tuple[tuple[int, int], str]] = []  # organizations that spoke, with where
        # the capitalised words of the headline, worked out from `title` only when a lone
        # capitalised subject asks (few releases have one)
        self._title_words = title_words
        self._title = title
        # `_given_before` and `_full_name` read the whole text for a word: kept per word, so that
        # a release naming the same word thousands of times stays linear
        self._given_memo: dict[str, str | None] = {}
        self._lede: str | None = None  # the company heading the first sentence, worked out when asked
        self._lede_org: str | None = None  # the body heading the first sentence, worked out when asked
        self._headed: list[tuple[int, str]] | None = None  # (paragraph, company) of paragraphs a listed company heads
        self._full_memo: dict[str, str | None] = {}
        # lone words `according to` cited as a body (`According to GreenC, ...`): the same word as a
        # subject later (`GreenC emphasizes that ...`) is that body too
        self._source_bodies: set[str] = set()

    @property
    def title_words(self) -> set[str]:
        if self._title_words is None:
            self._title_words = {key(w) for w in self._title.split() if w[:1].isupper()}
        return self._title_words

    # -- persons --------------------------------------------------------------------------
    def _person_from_run(self, text: str, m: re.Match[str], at: tuple[int, int], *, allow_new_single: bool,
                         weak_ok: bool = True, source: bool = False) -> Speaker | None:
        """A person from one capitalised run of a subject phrase, or None. A name not met before
        needs something that vouches for it (a given name, an initial, a title, a role) unless
        `weak_ok`: a verb of saying right after it (`said Jaquita Lovelace`) is enough. `source`:
        the phrase is what `according to` cites (a lone new word is then a body, not a person)."""
        tokens = m.group().split()
        if tokens[-1].endswith(("'s", "’s")) and _CAP_AFTER.match(text, m.end()):
            return None  # `The Lifestyle Men's Clinic emphasizes that`: the run owns the name after it
        if tokens[-1].endswith(".") and len(tokens[-1]) > 2 and tokens[-1][:-1] not in ABBREVIATIONS:
            tokens[-1] = tokens[-1][:-1]  # `said Bond.`: the sentence ends, the name does not hold the period
        while len(tokens) > 1 and key(tokens[0]) in ("the", "a", "an", "and", "but", "in", "on", "as", "today", "also"):
            tokens = tokens[1:]
        b = split_run(tokens)
        if text.endswith(_AFTER_OF, 0, m.start()) or text.endswith(_AFTER_FOR, 0, m.start()):
            b = after_of(tokens, b)  # `Secretary of the Interior Ken Salazar said`
        prefix, words = tokens[:b], tokens[b:]
        cut = next((k for k in range(2, len(words)) if key(words[k]) in ROLE_WORDS), None)
        if cut is not None and not any(key(w) in ROLE_WORDS for w in words[:cut]) and (
                flags(words[0]) & F_GIVEN or _is_initial(words[0])) and not name_ok(words) and not _name_after_of(text, m.end()):
            words = words[:cut]  # `said Steve Pasierb President and CEO of ...`: the position after the name, no comma
        if len(tokens) == 1 and (not words or not name_ok(words)):
            # a lone word that reads as a title or a place (`Ensign said.`, `says Wood.`) is
            # the surname of someone the release named in full (`John Ensign`, `Mike Wood`)
            return self._known_surname(_strip_possessive(tokens[0]), at)
        if len(words) == 1 and prefix and not name_ok(words):
            # the same after a position: `said Acting Assistant Attorney General Wood.` (Jeffrey H. Wood)
            return self._known_surname(_strip_possessive(words[0]), at)
        if not words:
            return None
        words[-1] = _strip_possessive(words[-1])
        if words[-1].endswith(("s'", "s’")) and len(words[-1]) > 3:
            words[-1] = words[-1][:-1]  # `Senator Stevens' remarks`: a possessive with the apostrophe alone
        is_titled = titled(prefix)
        if not words[-1] or not name_ok(words, titled=is_titled):
            return None
        core = [w for w in words if not _is_initial(w) and key(w) not in SUFFIXES]
        title, role, _ = _titles(prefix)
        end = m.end() - (2 if m.group().endswith(("'s", "’s")) else 0)
        if not role and text.startswith(",", end):  # an appositive opens with a comma
            role = appositive_role(text, end)
        name = " ".join(words)
        if not (title or role) and self.nonpersons is not None and self.nonpersons(name):
            # `Morgan Stanley`, `Hong Kong`: the release shows a firm or a place
            if self._rejected is None:
                why = getattr(self.nonpersons, "why", None)
                self._rejected = (m.start(), name, why(name) if why else "")
            return None
        if len(core) >= 2:
            # (a person found here is handed to `add`, which would look the name up again: with two
            # words or more `find` reads no title, so the answer is the one `add` would get)
            known = None
            if (not weak_ok or source) and (known := self.registry.find(words, at)) is None and not (
                    is_titled or role or flags(core[0]) & F_GIVEN or any(flags(w) & F_INITIAL for w in words)):
                if source and weak_ok:
                    # what `according to` cites with nothing to say it is a person is a body, named by
                    # the whole run: `According to Standard Chartered, ...`, `According to USDA Rural
                    # Development, the new vehicle will ...` (not the person `Rural Development`)
                    return Speaker(" ".join(tokens), "organization")
                return None
            added = self.registry.add(name, title=title, role=role, at=at, known=known)
            return Speaker(added.name, "person", added)
        e = self.registry.find(words, at, title)
        if e is not None:
            self.registry.add(name, title=title, role=role, at=at, known=e)
            return Speaker(e.name, "person", e)
        if len(core) == 1 and len(words) >= 2 and words[-1] == core[0] and len(core[0]) >= 2 and all(
                _is_initial(w) for w in words[:-1]):
            # initials and a surname (`said J.D. Keller, Regional Senior Vice President`): the
            # initials vouch for a name as a given name would
            e = self.registry.add(name, title=title, role=role, at=at)
            return Speaker(e.name, "person", e)
        # a lone capitalised word heading the subject, with an appositive position after it
        # (`said Arun, CEO.`, `added Gavin, Investment Partner of SNZ Capital`): the position
        # vouches for a person known by one name
        by_role = (bool(role) and not prefix and m.start() == 0 and len(words) == 1 and len(words[0]) >= 3
                   and words[0].isalpha())
        if not is_titled and _group_noun(words[0]):
            return None  # `Prosecutors argued that`, `Teachers told him`: a group, no one's name
        if is_titled or (allow_new_single or by_role) and len(words[0]) >= 3 and not words[0].isupper() and not flags(
                words[0]) & F_LEADING:
            full = self._full_name(words[0])
            if not is_titled and self._looks_like_org(words[0]) and (full is None or full not in self._title):
                # a word the headline names is a body (`Skanska said`), unless the headline and
                # the text write it after a given name (`Yossi Barishev on Redefining Leadership
                # ...` / `When Yossi Barishev joined ...` / `Barishev argues that`): a surname
                if end < m.end() and len(tokens) == 1:
                    return Speaker(m.group(), "organization")  # `Moody’s indicated that`: a firm's name keeps its `’s`
                return Speaker(words[0], "organization")
            if source and not is_titled and not role and full is None:
                # `According to Redfin, 2,058,065 homes were listed ...`, `..., according to Deloitte.`,
                # `According to Statista, smart lighting is ...`: a lone word cited as a source that no
                # full name in the release backs is a body (a firm, a pollster, a data house); a person
                # cited so is named in full first (`according to Smith` finds `John Smith` above)
                self._source_bodies.add(key(words[0]))
                return Speaker(words[0], "organization")
            if not title and not full and key(words[0]) in self.title_words:
                title = self._headline_title(words[0]) or None  # `SEN. LUGAR ...` / `said Lugar.`: Sen. Lugar
            e = self.registry.add(full or name, title=title, role=role, at=at)
            if full:
                e.add_alias(f"{title} {name}" if title else name)
            return Speaker(e.name, "person", e)
        return None

    def _known_surname(self, word: str, at: tuple[int, int]) -> Speaker | None:
        """The person a lone surname stands for when the run itself does not look like a name:
        someone registered with it, else a full name the text gives for it."""
        if len(word) < 3 or not word[:1].isupper() or word.isupper():
            return None
        e = self.registry.find([word], at)
        if e is None:
            full = self._given_before(word)
            if full is None:
                return None
            e = self.registry.add(full, title=None, role=None, at=at)
            e.add_alias(word)
        return Speaker(e.name, "person", e)

    def _given_before(self, word: str) -> str | None:
        """`_find_given_before`, once per word and release."""
        if word not in self._given_memo:
            self._given_memo[word] = self._find_given_before(word)
        return self._given_memo[word]

    def _find_given_before(self, word: str) -> str | None:
        """`John Ensign` for `Ensign`: the word somewhere in the text right after a known given
        name (not `Army Ensign`). Found with `str.find` and a look at the few characters before
        each hit (`_given_start`, as `_GIVEN_BEFORE` searched over the 40 before it would), not a
        regex run over the whole text."""
        text = self.text
        i = text.find(word)
        while i > 0:
            j = i + len(word)
            if j == len(text) or not text[j].isalnum():
                # `_GIVEN_BEFORE` in the 40 characters before, whose `$` also matches before a
                # newline right before the word (`John \nEnsign`)
                at = i - 1 if text[i - 1] == "\n" else i
                p = _given_start(text, at, max(0, i - 40))
                if p >= 0 and (p == 0 or not text[p - 1].isalnum()):
                    given = text[p:_given_end(text, at)]
                    if flags(given.split()[0]) & F_GIVEN:
                        return f"{given} {word}"
            i = text.find(word, j)
        return None

    def _full_name(self, surname: str) -> str | None:
        """`_find_full_name`, once per surname and release."""
        if surname not in self._full_memo:
            self._full_memo[surname] = self._find_full_name(surname)
        return self._full_memo[surname]

    def _find_full_name(self, surname: str) -> str | None:
        """`Jaquita Lovelace` for `Lovelace`, when the release gave the full name somewhere the
        scan did not trust (no given name it knows): the short mention vouches for it now.

        A plain capitalised surname is found with `str.find`, and the given name (and initial)
        before each hit is read by hand: a regex compiled for every surname and run over the
        whole text cost more than the rest of the rule. The hits are taken as `finditer` over
        `_full_name_pattern` would give them (leftmost, never overlapping); any other surname
        still goes through that regex."""
        if not self.text or len(surname) < 3:
            return None
        if not (surname.isalpha() and surname[0].isupper()):
            for m in _full_name_pattern(surname).finditer(self.text):
                given = m.group(1).split()[0]
                if not flags(given) & (F_PREFIX | F_LEADING) and name_ok([given, surname]):
                    return f"{m.group(1)} {surname}"
            return None
        text = self.text
        n = len(text)
        last_end = 0  # where the last match ended: the next one may not start before it
        i = text.find(surname)
        while i >= 0:
            j = i + len(surname)
            if j == n or not (text[j].isalnum() or text[j] == "_"):  # `\b` after the surname
                p = _given_start(text, i)
                if p >= last_end and (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_")):  # `\b`
                    full = text[p:_given_end(text, i)]
                    given = full.split()[0]
                    if not flags(given) & (F_PREFIX | F_LEADING) and name_ok([given, surname]):
                        return f"{full} {surname}"
                    last_end = j
            i = text.find(surname, j)
        return None

    def _looks_like_org(self, word: str) -> bool:
        """A lone capitalised subject (`Skanska said`) is a body when the headline names it, unless
        the headline gives it a person's title or a verb of saying (`SENS. COLEMAN, DAYTON HONOR
        ...`, `SEN. LUGAR COMMUNITY CENTER PARTNERS ...`, `..., Bennett Says`: the senator)."""
        if _is_acronym(word):
            return True  # (not `SMEs`, `KOLs`: a plural acronym names a group, no body)
        if self._source_bodies and key(word) in self._source_bodies:
            return True  # `According to GreenC, ...` before: a body
        return key(word) in self.title_words and self._headline_title(word) is None

    def _headline_title(self, word: str) -> str | None:
        """The title the headline gives `word` (`Sen.` for `SENS. COLEMAN, DAYTON HONOR ...`), ""
        when a verb of saying follows it there (`..., Bennett Says`), None when neither."""
        k = key(word)
        for m in _TITLED_IN_HEADLINE.finditer(self._title):
            if key(m.group("w") or m.group("w2")) == k:
                t = m.group("t")
                if not t:
                    return ""
                t = t.lower()
                return "Senator" if t.startswith("senator") else "Sen." if t.startswith("sen") else t[:1].upper() + t[1:].rstrip("s.") + "."
        return None

    # -- the public entry ----------------------------------------------------------------
    def resolve(self, who: str, at: tuple[int, int], *, para_floor: int = -1, strict: bool = False,
                source: bool = False) -> Speaker | None:
        """The speaker a subject phrase stands for, or None when it cannot be told. `strict`
        (a label before a colon, no verb) takes only names something vouches for; `source`: the
        phrase is what `according to` cites."""
        sp = self._resolve(who, at, para_floor=para_floor, strict=strict, source=source)
        if sp is not None and sp.entry is None and sp.name in _CALENDAR_WORDS:
            return None  # `..., announced Thursday.`, `Friday, after the president announced that ...`
        return sp

    def _resolve(self, who: str, at: tuple[int, int], *, para_floor: int = -1, strict: bool = False,
                 source: bool = False) -> Speaker | None:
        who = " ".join(who.split()).strip(" ,;:–—-\u00a0")  # whitespace runs as one space
        if not who or len(who) > 800:
            return None
        low = who.lower()
        words = low.split()
        if len(words) > 1 and words[-1] in _TRAILING_ADVERBS:
            # an adverb between the subject and its verb: `He further stated that`, `The company
            # also noted that`
            while len(words) > 1 and words[-1] in _TRAILING_ADVERBS:
                words.pop()
            who = " ".join(who.split()[:len(words)])
            low = " ".join(words)
        if words[0] in _ADDRESS_WORDS and len(words) <= 3:
            return None  # `You also said that`, `Your Administration has said` (not `I find the words of X`)
        # pronouns: `he said`, `Today he`, `In 2005, she`
        last = words[-1]
        if last in PERSON_PRONOUNS and (len(words) <= 6 or words[-2].rstrip(",") != words[-2] or words[-2] in _CLAUSE_OPENERS):
            # the most recent person whose given name does not say otherwise
            wrong = "m" if last == "she" else "f"
            fitting = [e for e in self.registry.people if _sex_of_entry(e) != wrong]
            e = self.registry.most_recent(at, among=fitting, para_floor=para_floor) if fitting else None
            return Speaker(e.name, "person", e) if e else None
        if last in GROUP_PRONOUNS and len(words) <= 4:
            org = self._recent_org(at)
            return Speaker(org, "organization") if org else None
        if ", the " in low and words[0] not in ("the", "our", "this"):
            m0 = LEAD_PHRASE.match(who)
            if m0 is not None and who[m0.end():m0.end() + 4] == "the ":
                # an opening phrase before a role noun: `In addition, the company noted that ...`,
                # `In May, the company announced that ...`
                who = who[m0.end():]
                low = who.lower()
                words = low.split()
        if "spokes" in low or "representative" in low:
            m = _SPOKESPERSON.fullmatch(who.lstrip("\"“” "))  # (`” a spokesperson for ...`: a closing mark before it)
            if m is not None and _unnamed_spokesperson(m):
                return None  # `said a spokesperson for GDMining`: who speaks cannot be told, the quote is left out
        # role nouns: `the senator`, `the Iowa Republican senator`, `the company`
        head_words = words if len(words) <= 5 else low.split(",", 1)[0].split()  # `the President, who praised ...`
        if _GOVERNMENT.match(who) and _FEDERAL_CASE.search(self.text):
            # `The government alleges that ...` in a federal case: the United States, the party
            # that speaks for it (`The United States alleged that ...`)
            return Speaker("United States", "organization")
        if words[0] in ("the", "our", "this") and len(head_words) <= 5:
            head = key(head_words[-1])
            if head in ROLE_REFERENCES:  # `the senator`, `the Prime Minister`, `the Senate Majority Leader`
                if head == "president" and len(head_words) >= 3 and head_words[-2] == "vice":
                    head = "vice president"  # `the Vice President said that ...` is not the President
                return self._role_reference(head, at)
            if head in _PARTY_MEMBERS and len(head_words) >= 3:
                # `The West Virginia Democrat noted`, `the Iowa Republican said`: a lawmaker named by
                # state and party (the state keeps out `the Democrat`, a party's member at large)
                return self._role_reference("senator", at)
            if head in ORG_REFERENCES and ((who if head_words is words else who.split(",", 1)[0]).split()[-1].islower()
                                           or head == "company" and len(head_words) == 2):
                # `the company`, not `the Justice Department`; `The Company`, the issuer's defined name
                org = self._recent_org(at, head)
                if head in _ISSUER_NOUNS:
                    headed = self._headed_company(at)
                    if headed is not None:
                        org = headed  # `Ginkgo Bioworks (NYSE:DNA) is building ...` began the company's section
                if org is None and head in _ISSUER_NOUNS:
                    org = self._lede_company()  # no body spoke yet: the company the lede heads with
                return Speaker(org, "organization") if org else None
        if words[0] in ("the", "both") and _GROUP_REFERENCE.match(who):
            # `the Senators said in a joint statement`, `the delegation said`: a joint statement
            # is the first-named member's
            return self._first_legislator()
        m0 = LEAD_PHRASE.match(who) if not _TIME_BEFORE_NAME.match(who) else None
        text = who[m0.end():] if m0 else who
        if m0 is not None and who.startswith("As "):
            inner = who[3:m0.end()].rstrip(", \t").split()
            if 2 <= len(inner) <= 4 and all(w[:1].isupper() for w in inner) and flags(inner[0]) & F_GIVEN:
                # `As Patricia Santos, CEO and founder of Volition Beauty, explains, "..."`: the
                # person `As` introduces is the subject, not an opening phrase
                text = who[3:]
        if ";" in text:
            # semicolons part a byline's name from its position and institution (`Zaheer Baber;
            # Professor of Sociology; University of Toronto, said`): the name is the subject
            text = text.split(";", 1)[0].rstrip()
        # names: the first capitalised run that is surely a person; then a body; then, when the
        # verb vouches for it, a run that only looks like a name
        if "(" in text:
            listed = _listed_company(text)
            if listed is not None and text.startswith(listed) and _ticker_ends_subject(text):
                # `McEwen (NYSE: MUX) (TSX: MUX) announced it will host ...`: the ticker makes the
                # name the company's, though its chair Rob McEwen is named too
                self.orgs.append((at, listed))
                return Speaker(listed, "organization")
        # (a lone word and a `who` clause is one person's subject too: `," said Gupta, who has a BS in
        # Computer and Systems Engineering ...`, a wire naming its founder by surname alone)
        single_subject = len(text.split()) == 1 or _LONE_WHO.match(text) is not None
        self._rejected = None
        for n, m in enumerate(CAP_RUN.finditer(text)):
            sp = self._person_from_run(text, m, at, allow_new_single=single_subject, weak_ok=False, source=source)
            if sp is not None:
                return sp
            if n == 0 and _name_head(text, m):
                # `said Everline Singleton, mother of 10-year old Isaac Singleton, who ...`
                # (Senate Talent): the name heading the phrase is the subject though no given
                # name we know vouches for it; the runs of its appositive are other people
                break
        rejected: tuple[int, str, str] | None = self._rejected
        self._rejected = None
        if text[2:3] == " " and text[:2].isupper() and not strict:  # cheap pre-test: `JR Gonzales, `
            sp = self._bare_initials(text, at)
            if sp is not None:
                return sp
        if not strict and ", " in text:
            sp = self._given_and_word(text, at)
            if sp is not None:
                return sp
        org = org_name(text)
        if org is not None and not strict:
            run = CAP_RUN.match(text)
            if run is not None and org.startswith(run.group()) and text.startswith(" of ", run.end()) \
                    and 2 <= len(run.group().split()) <= 3 and len(
                        [w for w in text[run.end() + 4:].split() if w[:1].isupper()]) >= 2:
                # `said Raj Patel of Grizzly Media Co`: a name and the body it works for; the
                # person speaks when the name is one, and the body's name is more than a place
                # (`Vietnam Veterans of America` is a body)
                sp = self._person_from_run(text, run, at, allow_new_single=False)
                if sp is not None:
                    return sp
        if org is None and not strict:
            for n, m in enumerate(CAP_RUN.finditer(text)):
                if rejected is not None and (n or m.start() >= rejected[0]):
                    # a name the release shows to be a firm or a place ends the search: the
                    # runs after it (`Accu-Temp Heating & Air Conditioning`) or beside it in a
                    # list (`Bank of America, Credit Suisse, ..., J.P. Morgan`) only look like
                    # names; the phrase's head before it still may be one (`Amish Deshmukh,
                    # M.D., ... at the University of Michigan in Ann Arbor`)
                    break
                sp = self._person_from_run(text, m, at, allow_new_single=single_subject, source=source)
                if sp is not None:
                    return sp
        if org is None and rejected is not None and rejected[2] == "firm":
            org = _firm_name(text, rejected[0], rejected[1])  # `a representative from Accu-Temp Heating & Air Conditioning`
        if org and " " not in org and _group_noun(org):
            return None  # `Supporters urged Wingard to "..."`: a group, no body's name
        if org:
            tm = _TRAILING_DAY.search(org)
            if tm is not None and tm.start() > 0:
                org = org[:tm.start()]  # `The Pentagon on Tuesday reported that`: the day is no part of the name
            self.orgs.append((at, org))
            return Speaker(org, "organization")
        return None

    def _bare_initials(self, text: str, at: tuple[int, int]) -> Speaker | None:
        """Two initials written without periods before a surname, then a position set off by a
        comma (`said JR Gonzales, Vice Chairman of TAMACC`, `said DP Suresh, M.D., incoming
        volunteer co-chair of ...`). Two capitals alone read as an acronym (`GE Healthcare`,
        `NC State`), so only the position after the name vouches for a person."""
        m = _BARE_INITIALS.match(text)
        if m is None or flags(m.group("surname")) & (F_PREFIX | F_LEADING):
            return None
        role = appositive_role(text, m.end())
        if not role:
            return None
        e = self.registry.add(f"{m.group('initials')} {m.group('surname')}", title=None, role=role, at=at)
        return Speaker(e.name, "person", e)

    def _given_and_word(self, text: str, at: tuple[int, int]) -> Speaker | None:
        """A given name we know, maybe a middle name, and a surname that is also a common word or a
        month, then a position set off by a comma: `said Bill Center, President of the Washington
        Council on International Trade`, `said Mike May, senior director of the UKG Connect
        Technology Partner Program`, `said Stephen Brent May, Co-Founder of One Foot Over` (read as
        bodies: `Center`, a date: `May`). The position vouches for a person."""
        m = _GIVEN_WORD_ROLE.match(text)
        if m is None or not flags(m.group("given")) & F_GIVEN:
            return None
        role = appositive_role(text, m.end())
        if not role:
            return None
        e = self.registry.add(m.group("name"), title=None, role=role, at=at)
        return Speaker(e.name, "person", e)

    def _role_reference(self, head: str, at: tuple[int, int]) -> Speaker | None:
        fitting = [e for e in self.registry.people
                   if head in (e.title or "").lower() or head in (e.role or "").lower()
                   or head in ("senator", "lawmaker") and (e.title or "").lower().startswith(("sen", "u.s. sen"))]
        e = self.registry.most_recent(at, among=fitting) if fitting else None
        if e is None and fitting:
            e = fitting[-1]
        return Speaker(e.name, "person", e) if e else None

    def _first_legislator(self) -> Speaker | None:
        """The lawmaker named first in the release (`Senators Snowe and Collins` -> Snowe)."""
        fitting = [e for e in self.registry.people
                   if _LEGISLATOR.search(f"{e.title or ''} {e.role or ''}")]
        if not fitting:
            return None
        e = min(fitting, key=lambda e: e.first)
        return Speaker(e.name, "person", e)

    def _lede_company(self) -> str | None:
        """The company heading the release's first sentence before its verb: `ABVC BioPharma, Inc.
        (NASDAQ: ABVC), a clinical-stage biopharmaceutical company ..., today announced its financial
        results` -> `ABVC BioPharma, Inc`. Only a name with a stock ticker or a company head counts."""
        if self._lede is None:
            self._lede = ""
            first = self.text[:self.text.find("\n")] if "\n" in self.text else self.text
            v = VERB.search(first, 0, 600)
            if v is not None:
                subject = first[:v.start()]
                name = _listed_company(subject)
                if name is None:
                    m = CAP_RUN.match(subject)
                    head = m.group().rstrip(",. ") if m is not None else ""
                    if len(head.split()) >= 2 and key(head.split()[-1]) in _COMPANY_HEADS and key(
                            head.split()[0]) not in ("the", "a", "an", "this", "our", "its"):  # not `The Company`
                        name = head
                if name is None and "\nAbout " in self.text:
                    name = _about_company(self.text)
                self._lede = name or ""
            if not self._lede:
                self._lede = self._headline_subject(first) or ""
        return self._lede or None

    def _headline_subject(self, first: str) -> str | None:
        """The name both the headline and the first sentence open with (`Spotify, Record Labels
        Partner to Develop AI Music Tools` / `Spotify has revealed plans to work with ...`), the
        company the release is about; not a person's (`Warren Werbitt Unveils His First Book`)."""
        m = CAP_RUN.match(first)
        if m is None:
            return None
        head = m.group().rstrip(",. ")
        if first.startswith((".com", ".ai", ".io"), len(head)):
            head = first[:first.find(" ", len(head))] if " " in first[len(head):] else first  # `BigLoads.com`
        words = head.split()
        if not 1 <= len(words) <= 4 or key(words[0]) in _NOT_A_SUBJECT_HEAD or flags(words[0]) & (F_GIVEN | F_PREFIX) \
                or not self._title.startswith(head) or self._title[len(head):len(head) + 1].isalnum():
            return None
        return head

    def _recent_org(self, at: tuple[int, int], head: str | None = None) -> str | None:
        """The body last named before `at`; for a role noun (`the department`), the last body whose
        name holds that noun, when one does (`The department announced today that BOP will ...`
        after `the Justice Department` and the Bureau of Prisons (`BOP`) is the Department)."""
        before = [name for where, name in self.orgs if where <= at]
        if head is not None:
            for name in reversed(before):
                if head in name.lower().split():
                    return name
            lede = self._lede_body()
            if lede is not None and len(lede.split()) >= 2 and head in lede.lower().split():
                return lede  # `Today, the Department of Justice announced ...` heads the release
        return before[-1] if before else None

    def _headed_company(self, at: tuple[int, int]) -> str | None:
        """The listed company heading the latest paragraph before `at` that heads with one, when
        no body spoke since that paragraph began: a round-up of stocks gives each its section
        (`Ginkgo Bioworks (NYSE:DNA) is building ...` ... `In addition, the company noted that ...`
        is Ginkgo's, though Fate Therapeutics spoke in the section before)."""
        if self._headed is None:
            self._headed = []
            if "(" in self.text:
                for pi, par in enumerate(self.text.split("\n")):
                    i = par.find("(", 0, 100)
                    if i > 0 and _TICKER.match(par, i) and (j := par.find(")", i)) > 0:
                        name = _listed_company(par[:j + 1])
                        rest = par[len(name):i].replace(",", " ").replace(".", " ").split() if name is not None and par.startswith(name) else None
                        if rest is not None and all(key(w) in _COMPANY_HEADS for w in rest):
                            # the name heads the paragraph, up to its ticker (`Unusual Machines, Inc.
                            # (NYSE:UMAC)`), not `Denis Phares, CEO of Dragonfly Energy (NASDAQ: DFLI)`
                            self._headed.append((pi, name))
        if not self._headed:
            return None
        k = bisect_right(self._headed, (at[0], "\uffff"))
        if k == 0:
            return None
        pi, name = self._headed[k - 1]
        if any(where[0] >= pi for where, _ in self.orgs if where <= at):
            return None  # a body spoke since: it is `the company`'s antecedent, as before
        return name

    def _lede_body(self) -> str | None:
        """The body heading the release's first sentence before its verb (`Today, the Department of
        Justice announced a series of reforms ...` -> `Department of Justice`), or None."""
        if self._lede_org is None:
            self._lede_org = ""
            first = self.text[:self.text.find("\n")] if "\n" in self.text else self.text
            v = VERB.search(first, 0, 400)
            if v is not None:
                subject = first[:v.start()]
                m0 = LEAD_PHRASE.match(subject)
                self._lede_org = org_name(subject[m0.end():] if m0 else subject) or ""
        return self._lede_org or None


# A word the headline gives a person's title before it or a verb of saying after it: `SENS. COLEMAN,
# DAYTON HONOR ...`, `SEN. LUGAR COMMUNITY CENTER ...`, `..., Bennett Says`
_TITLED_IN_HEADLINE = re.compile(r"(?i)\b(?P<t>sens?\.|senators?|reps?\.|gov\.)[ \t]+(?P<w>[A-Za-z'’-]+)"
                                 r"|\b(?P<w2>[A-Za-z'’-]+)[ \t]+(?:says|said|urges|applauds|announces|praises|calls)\b")


# Capitalised words that head a sentence but name no company: `The`, `Today`, `In`
_NOT_A_SUBJECT_HEAD = frozenset("the a an this our its today in on at for as with by from after during new".split())


# A paragraph that is only the heading of the issuer's About block: `About Accentro Real Estate AG`
_ABOUT_LINE = re.compile(r"^About[ \t]+(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+(?:[A-Z0-9][\w.&'’-]*|of|and|&|de|for)){0,6})[ \t]*$", re.M)
# About headings that name no company: `About Us`, `About the Author`
_ABOUT_NOBODY = frozenset("us the this our me".split())


def _about_company(text: str) -> str | None:
    """The company an About block is headed with (`About Accentro Real Estate AG`), the issuer a
    lede's `The company announces that ...` stands for when its first sentence names no company."""
    m = _ABOUT_LINE.search(text)
    if m is None or key(m.group("name").split()[0]) in _ABOUT_NOBODY:
        return None
    return m.group("name").rstrip(".")


# `Assistant Attorney General for National Security John P. Carlin announced`
_AFTER_FOR = ("for ", "for the ")

# The partners that end a firm's name after a run that looked like a person's:
# `Accu-Temp Heating & Air Conditioning`, `Kessler Topaz Meltzer & Check`
_FIRM_PARTNERS = re.compile(r"(?:[ \t]+&[ \t]+[A-Z][\w'’.-]*+(?:[ \t]+[A-Z][\w'’.-]*+){0,4})?")


# A person named after the position a run ends with: `J. Reid Parker Director| of Athletics Josh Brooks`
_OF_THEN_NAME = re.compile(r"[ \t]+of[ \t]+(?P<run>(?:[A-Z][\w.'’-]*[ \t]*){2,6})")


def _name_after_of(text: str, end: int) -> bool:
    """Does a named person follow the `of` phrase after a run (the run is a position's name)?"""
    m = _OF_THEN_NAME.match(text, end)
    if m is None:
        return False
    words = m.group("run").split()
    return any(flags(w) & F_GIVEN for w in words[:-1])


def _group_noun(word: str) -> bool:
    """A capitalised plural of a position or trade opening a sentence: `Prosecutors`, `Officials`,
    `Researchers`, `Teachers` (not a surname like `Roberts`)."""
    k = key(word)
    return len(k) > 4 and k.endswith("s") and (k[:-1] in ROLE_NOUNS or k[:-1] in ROLE_REFERENCES
                                               or k[:-1] in _GROUP_MEMBERS)


# People a plural names as a group, beyond ROLE_NOUNS and ROLE_REFERENCES (`Critics`, `Voters`)
_GROUP_MEMBERS = frozenset(("authoritie", "critic", "parent", "supporter", "user", "customer", "client", "observer",
                            "voter", "participant"))


def _firm_name(text: str, start: int, name: str) -> str | None:
    """The whole name of the firm whose first words, `name`, were taken for a person's."""
    i = text.find(name, start)
    if i < 0:
        return None
    j = i + len(name)
    m = _FIRM_PARTNERS.match(text, j)
    return text[i:m.end() if m else j].rstrip(".,")


# A stock ticker in parentheses after a company's name: `(NASDAQ: SNGX)`, `(NYSE AMERICAN: STRW)`,
# `(OTCQB: LFLRF)`, `(TSX-V: LG)`, `(CSE: LFLR)`, `(NasdaqGM:IXHL)`
_TICKER = re.compile(r"\((?:NASDAQ|Nasdaq|NYSE|OTC|OTCQB|OTCQX|OTCMKTS|TSX|TSXV|TSX-V|CSE|ASX|LSE|AMEX|AIM|CBOE|NEO|FSE)"
                     r"[A-Za-z -]{0,12}:[ \t]*[A-Z]")
# An organization phrase: `the Justice Department`, `Office of Management and Budget (OMB)`,
# `The United States`
_ORG_CONNECT = frozenset({"of", "for", "and", "the", "on", "&", "de", "in"})
# `the company` with no body met before it: the issuer the lede names
_ISSUER_NOUNS = frozenset({"company", "firm", "corporation"})
# The last word of a company's name heading a lede without a ticker: `Acme Corp.`, `Gaucho Holdings`
_COMPANY_HEADS = frozenset("inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa holdings group company "
                           "technologies therapeutics pharmaceuticals biopharma labs".split())
# Word pairs around an `and` inside one body's name, which no joint subject splits: `Health and Human
# Services`, `Immigration and Customs Enforcement`, `Environment and Natural Resources Division`
_NAME_PAIRS = frozenset(tuple(p.split("+")) for p in """
health+human immigration+customs missing+exploited environment+natural housing+urban fish+wildlife food+drug
alcohol+tobacco firearms+explosives health+environment energy+commerce science+technology arts+sciences
research+development homeland+governmental commerce+science agriculture+rural labor+industry
parks+recreation transportation+infrastructure veterans+military ways+means customs+border
control+prevention securities+exchange medicare+medicaid
""".split())


def org_name(text: str) -> str | None:
    """The name of the body a subject phrase names, or None when it names none."""
    return _org_name(text) or _listed_company(text)


def _listed_company(text: str) -> str | None:
    """`Strawberry Fields REIT (NYSE AMERICAN: STRW) announced ...`: a name with a stock ticker
    after it is a company's, whatever its words."""
    t = text.strip()
    i = t.find("(")
    if i <= 0 or not _TICKER.match(t, i):
        return None
    j = t.find(")", i)
    rest = t[j + 1:].lstrip() if j > 0 else ""
    if rest[:1].isupper():
        return None  # `Luminar (NASDAQ: LAZR) CEO Austin Russell commented`: the company only qualifies a person
    words = t[:i].split(", ", 1)[0].split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if 1 <= len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _ORG_CONNECT for w in words):
        return " ".join(words).rstrip(".,")
    return None


def _ticker_ends_subject(text: str) -> bool:
    """Do the ticker groups end the subject, or an appositive set off by a comma follow them
    (`McEwen (NYSE: MUX) (TSX: MUX)`, `Acme (NASDAQ: ACME), a provider of ...,`)? Not when
    more words run on without a comma, as in a sentence whose end was lost (`LogicMark (NASDAQ:
    LGMK) a provider of ... June 30, 2024 .Chia-Lin Simmons, Chief Executive Officer of
    LogicMark, commented`)."""
    j = text.find(")")
    while j >= 0 and text[j + 1:].lstrip().startswith("("):
        j = text.find(")", j + 1)
    if j < 0:
        return False
    rest = text[j + 1:].strip()
    return not rest or rest.startswith(",") or len(rest.split()) <= 2


# Words after a body's name that are no part of it: `BIA had`, `the Department today announced`
_TRAILING_AUX = frozenset({"had", "has", "have", "was", "is", "also", "jointly", "today", "recently",
                           "Had", "Has", "Have", "Was", "Is", "Also", "Jointly", "Recently"})


def _org_name(text: str) -> str | None:
    t = text.strip()
    if "(" in t:
        t = t[: t.index("(")].strip()
    t = t.split(", ", 1)[0]
    words = t.split()
    while words and words[0].lower() in ("the", "a", "an", "both", "prior", "also", "but", "and", "so", "yet"):
        words = words[1:]  # `But The New York Times says that`: the conjunction is no part of the name
    # drop trailing auxiliaries: `BIA had`, `Ministry has`
    while words and (words[-1] in _TRAILING_AUX or words[-1] == "Today" and not (
            # (`USA Today reported on Monday that`: a newspaper's name)
            len(words) > 1 and words[-2].isupper())):
        words = words[:-1]
    if not words or len(words) > 24 or not words[0][:1].isupper() or key(words[0]) in ROLE_WORDS and not (
            key(words[0]) == "u.s" and len(words) > 1 and key(words[1]) not in ROLE_WORDS):
        return None  # `The Chief of Police explained`: a position, no body (`U.S. Attorney`, not `U.S. Department`)
    if words[0] == "Departments" and len(words) >= 4 and words[1] == "of" and "and" in words[3:]:
        # `the Departments of Justice and Health and Human Services (HHS) announced`, `the Departments of
        # Justice and Labor announced`: a joint announcement is the first-named department's
        cut = next((i for i in range(3, len(words)) if words[i] == "and" and (
            i + 1 == len(words) or (key(words[i - 1]), key(words[i + 1])) not in _NAME_PAIRS)), len(words))
        return "Department of " + " ".join(words[2:cut]).rstrip(".,")  # (not inside `Health and Human Services`)
    # a joint subject: `A, B and C` -> `A`; `the Justice Department and the Internal Revenue Service` -> the first
    # (split before the length test: `the U.S. Department of Justice and the U.S. Environmental Protection Agency`)
    for i, w in enumerate(words):
        if w == "and" and i + 1 < len(words) and any(key(x) in NON_PERSON_WORDS for x in words[:i]):
            rest = words[i + 1:]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            if rest and rest[0][:1].isupper() and (words[i + 1].lower() == "the" or key(rest[0]) not in NON_PERSON_WORDS
                                                   and (key(words[i - 1]), key(rest[0])) not in _NAME_PAIRS):
                # `the FBI and IRS`, `the Department of Justice and Internal Revenue Service`; not one
                # body's name (`Department of Health and Human Services`, `Immigration and Customs
                # Enforcement`, `National Center for Missing and Exploited Children`)
                words = words[:i]
                break
    if len(words) > 10 or not all(w[:1].isupper() or w.lower() in _ORG_CONNECT for w in words):
        return None
    ks = [key(w) for w in words]
    if ks[-1] in DOCUMENT_WORDS and not any(k in NON_PERSON_WORDS for k in ks):
        return None  # `the Annual Report`; but `World Council on City Data` is a body
    if any(k in NON_PERSON_WORDS for k in ks) or all(_is_acronym(w) for w in words[:-1 if ks[-1] == "today" else None]) or (
            # one body's name joined by `and`: `Immigration and Customs Enforcement (ICE) announced that`
            "and" in ks and any(ks[i] == "and" and (ks[i - 1], ks[i + 1]) in _NAME_PAIRS for i in range(1, len(ks) - 1))) or (
            len(words) >= 2 and all(k in PLACE_WORDS or k in ("united", "states", "kingdom") for k in ks)):
        return " ".join(words).rstrip(".,")
    return None
