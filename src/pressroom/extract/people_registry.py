"""The people of one release: one entry per person however often and however named.

A release gives a full name once (`Col. Wayne Marotto`) and then short forms (`Col.
Marotto`, `Marotto`, `Mr. O'Brien`, `Mayor Bass`). The registry keeps people in the order
they are first named, finds the person a short form stands for (the most recently named
person with that surname or given name), and records where each was mentioned outside
quotes so that `he said` can be resolved to the most recent person.
"""

from __future__ import annotations

import re
import unicodedata

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .lexicon import first_names, key, sex_of
from .names import F_INITIAL, F_PARTICLE, F_SUFFIX, flags


@dataclass(slots=True)
class Entry:
    """A person as the release names them. `name` is the full name as first given."""

    name: str
    title: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    first: tuple[int, int] = (0, 0)  # (paragraph, offset) of the first mention
    core: list[str] = field(default_factory=list)  # the name without initials and suffixes
    surname: str = ""  # lookup forms of the last and first core words
    given: str = ""
    norm: str = ""
    nick: str = ""  # the lookup form of a nickname the full name gave in quotation marks

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        """Take `name` as the full name: its core words and lookup forms come from `_cores`.
        A nickname in quotation marks is no part of it (`Chieng-Hon "Frank" Lin` is Chieng-Hon
        Lin, as the scorer's name matching wants, which drops `(Jay)` likewise); it is kept in
        `nick` for a later `Frank Lin`, and the name with it as an alias."""
        if '"' in name or "“" in name:
            m = _QUOTED_NICK.search(name)
            if m is not None:
                self.nick, self.name = _fold(key(m.group(1))), name[:m.start()] + name[m.end():]
                self.add_alias(name)
                name = self.name
        self.name = name
        core, self.surname, self.given, self.norm = _cores(name)
        self.core = list(core)

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


# A nickname in quotation marks inside a name, with the blank before it: `Lawrence “Larry” Kellner`
_QUOTED_NICK = re.compile(r"[ \t]+[\"“]([^\"“”\s]{1,12})[\"”](?=[ \t])")

# name -> (core words, surname, given name, norm): the same names come back in every release
# (`President Bush`, `Senator Mikulski`), and working them out word by word was most of the
# cost of a new entry
_CORES: dict[str, tuple[tuple[str, ...], str, str, str]] = {}


def _fold(k: str) -> str:
    """A lookup form without accents, so that one release's `Christian Schlögel` and its
    headline's `Christian Schlogel` are one person (`Patrick Schär`/`Patrick Schar`); ASCII
    forms, nearly all of them, are returned as they are."""
    if k.isascii():
        return k
    return "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))


def _cores(name: str) -> tuple[tuple[str, ...], str, str, str]:
    """`Carlos Del Toro` -> (('Carlos', 'Toro'), 'toro', 'carlos', 'carlos toro'): the name
    without initials, suffixes and inner particles, its surname, its given name (none for a
    single word) and its lookup form (memoised)."""
    c = _CORES.get(name)
    if c is None:
        core = [w for w in name.split() if not flags(w) & (F_INITIAL | F_SUFFIX)]
        if len(core) > 2:  # `Carlos Del Toro`: the surname is `Toro`, the given name `Carlos`
            core = [core[0], *(w for w in core[1:-1] if not flags(w) & F_PARTICLE), core[-1]]
        c = (tuple(core), _fold(key(core[-1])) if core else "", _fold(key(core[0])) if len(core) > 1 else "",
             _fold(" ".join(key(w) for w in core)))
        if len(_CORES) < 100_000:
            _CORES[name] = c
    return c


_NORMS: dict[str, str] = {}


def _norm(name: str) -> str:
    """`Olympia J. Snowe` -> `olympia snowe`: lower case, no initials, no suffixes (memoised)."""
    n = _NORMS.get(name)
    if n is None:
        n = _fold(" ".join(key(w) for w in name.split() if not flags(w) & (F_INITIAL | F_SUFFIX)))
        if len(_NORMS) < 100_000:
            _NORMS[name] = n
    return n


_NICKNAMES: dict[str, str] = {}
# Given names spelt several ways that one nickname shortens, as one release may write them for
# one person (`Seattle Police Chief Kathy OToole` ... `Chief Kathleen OToole`): within a
# release, never across releases (the index of `people` keeps them apart)
_SPELLINGS = {"kathleen": "katherine", "kathryn": "katherine", "catherine": "katherine", "katharine": "katherine",
              "stephen": "steven"}


def _formal(given: str) -> str:
    """The formal given name behind a nickname: `bill` -> `william` (the table of `people`)."""
    if not _NICKNAMES:
        from ..people import NICKNAMES  # (imported on first use: `people` sits above the extractors)

        _NICKNAMES.update(NICKNAMES)
        _NICKNAMES.update(_SPELLINGS)
    return _NICKNAMES.get(given, given)


def _possessive_of(parts: list[str], by_surname: dict[str, list[Entry]]) -> bool:
    """Do these lookup words read as a known surname's possessive without its apostrophe, then
    words no name has (`inhofes floor`, `caseys mandatory price reporting`)?"""
    head = parts[0]
    return (len(parts) >= 2 and len(head) > 4 and head.endswith("s") and not head.endswith("ss")
            and bool(by_surname.get(head[:-1])) and _no_names(parts[1:]))


def _nicknames(norm: str, given: str) -> bool:
    """Does a full name's lookup form give `given` as its nickname, in parentheses or quotation
    marks (`john (jay) rockefeller`, `howard "buck" mckeon`)?"""
    return f"({given})" in norm or f'"{given}"' in norm or f"“{given}”" in norm


def _slip(a: str, b: str) -> bool:
    """Are two lower-case given names one spelling of one name with one letter slipped
    (`kimberly`/`kimberley`, `nicolas`/`nikolas`)? Long names only, the same first letter, not
    of different sexes (`louis`/`louise` are two people)."""
    if a == b or len(a) < 5 or len(b) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    sa, sb = sex_of(a), sex_of(b)
    if sa != sb and "u" not in (sa, sb):
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _surname_slip(known: str, word: str) -> bool:
    """Is the lookup form `word` the known surname with one letter slipped (`lutrell` for
    `luttrell`, `dickenson` for `dickinson`)? The same first letter, lengths within one, and
    a Levenshtein distance of one (a length test first: most pairs differ by more)."""
    return (known != word and abs(len(known) - len(word)) <= 1 and len(known) >= 5 and known[:1] == word[:1]
            and Levenshtein.distance(known, word, score_cutoff=1) <= 1)


def _no_names(parts: list[str]) -> bool:
    """Are these lower-case words no given name (`clothing collectors`, `making`), so that they
    cannot be the rest of a name (`Sue Ellen` + `allen` can)?"""
    fn = first_names()
    return bool(parts) and not any(p in fn or len(p) <= 2 for p in parts)


# Titles of one chamber or one sex: a surname after one of them is no person titled for the other
_SENATE_TITLES = frozenset({"sen", "sens", "senator", "senators"})
_HOUSE_TITLES = frozenset({"rep", "reps", "representative", "congressman", "congresswoman"})
_MALE_TITLES = frozenset({"mr", "sir", "mister"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam"})


def _title_fits(e: Entry, title: str) -> bool:
    """May a surname written after `title` stand for `e`? Not a senator's title for someone a
    representative's names (`Rep. John Salazar`), nor `Mr.` for a woman (`Cynthia Hatter`, by
    her title or her given name's census sex) or `Mrs.`/`Ms.` for a man."""
    t = key(title.split()[-1])
    mine = key(e.title.split()[-1]) if e.title else ""
    if t in _SENATE_TITLES:
        return mine not in _HOUSE_TITLES
    if t in _HOUSE_TITLES:
        return mine not in _SENATE_TITLES
    if t in _MALE_TITLES or t in _FEMALE_TITLES:
        sex = "m" if mine in _MALE_TITLES else "f" if mine in _FEMALE_TITLES else sex_of(e.given)
        return sex != ("f" if t in _MALE_TITLES else "m")
    return True


class Registry:
    """People of a release plus a timeline of where they were mentioned (outside quotes)."""

    def __init__(self) -> None:
        self.people: list[Entry] = []
        self._by_norm: dict[str, Entry] = {}
        self.weak: dict[str, str] = {}  # surname -> a full name nothing vouched for yet
        self._by_surname: dict[str, list[Entry]] = {}
        self._by_head2: dict[str, list[Entry]] = {}  # first two name words -> people with more
        self._index: dict[int, int] = {}
        self._events: list[tuple[int, int, int]] = []  # (paragraph, offset, person index), kept sorted
        self.before_recency: Callable[[], None] | None = None  # fills the timeline on first use

    # -- finding ------------------------------------------------------------------------
    def find(self, words: list[str], at: tuple[int, int] | None = None, title: str | None = None) -> Entry | None:
        """The known person these name words stand for, or None.

        A full name matches the same full name, or the same given name and surname with or
        without middle names and initials (`Gerald VandeWalle` = `Gerald W. VandeWalle`); a
        single word matches a surname (or, failing that, a given name) of someone already
        named, the most recently mentioned first; among people sharing that surname, one the
        `title` written before it fits (`_title_fits`).
        """
        if len(words) >= 2 and flags(words[0]) & F_PARTICLE:
            # `Del Toro added`, `Dr. von Eschenbach`, `Senator Van Hollen`: a surname with its
            # particle stands for the person with that surname, when there is one
            rest = words
            while len(rest) > 1 and flags(rest[0]) & F_PARTICLE:
                rest = rest[1:]
            if len(rest) == 1:
                # (only someone whose name holds the particle too: `Della Kaminski` is not `Stan Kaminski`)
                said = " ".join(words).lower()
                cands = [e for e in self._by_surname.get(_fold(key(rest[0])), ()) if said in e.name.lower()]
                if cands:
                    if len(cands) == 1 or at is None:
                        return cands[-1]
                    return self.most_recent(at, among=cands) or cands[-1]
        if len(words) == 1:
            word = _fold(key(words[0]))
            cands = self._by_surname.get(word, [])
            if not cands and word.isalpha():
                # `Maliki` after `Nuri al-Maliki`: the surname without its article
                cands = self._by_surname.get("al-" + word) or self._by_surname.get("el-" + word, [])
            if not cands:
                cands = self._by_given(word)
            if not cands and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
                # `Dr. Ferros allegations`, `Mr. Hudsons share`: a possessive whose apostrophe
                # the source lost (DOJ pages) stands for the person with that surname
                cands = self._by_surname.get(word[:-1], [])
            if not cands and len(word) >= 6:
                # `Mayor Lutrell` after `Mayor Mark Luttrell`, `Beachamp` after `Keith A. Beauchamp`,
                # `Williamss` (a possessive with its apostrophe lost) after `Eric Williams`: one
                # letter slipped in a long surname, of exactly one person named in full
                slips = [e for e in self.people if len(e.core) >= 2 and _surname_slip(e.surname, word)]
                if len(slips) == 1:
                    return slips[0]
            if not cands and "-" in word and len(word) > 5:
                # `Rodrguez-Vlez` after `Rosa Emilia Rodrguez Vlez`: a double surname written both ways
                parts = [w for w in words[0].split("-") if w]
                return self.find(parts, at) if len(parts) == 2 else None
            if not cands:
                return None
            if title is not None and len(cands) > 1:
                # `said Senator Salazar` after `Sen. Ken Salazar` and `Rep. John Salazar`, `Mr.
                # Hatter` (the son) after `Steven and Cynthia Hatter`: not the latest of them all
                fit = [e for e in cands if _title_fits(e, title)]
                if fit:
                    cands = fit
            if len(cands) == 1 or at is None:
                return cands[-1]
            return self.most_recent(at, among=cands) or cands[-1]
        n = _norm(" ".join(words))
        if not n:
            return None
        hit = self._by_norm.get(n)
        if hit is not None:
            return hit
        if n.endswith("s") and len(n.rsplit(" ", 1)[-1]) > 3:
            # `Hector Hernandezs mortgage company`, `Robert Morriss crimes` (DOJ, apostrophe lost; the
            # shorter name must be known, so `Robert Ross` stays whole)
            hit = self._by_norm.get(n[:-1])
            if hit is not None:
                return hit
        parts = n.split()
        if len(parts) >= 2:
            same = self._by_surname.get(parts[-1], ())
            for e in same:
                if len(e.core) >= 2 and (e.given == parts[0] or e.given.endswith("-" + parts[0])):
                    return e  # (`Lin Simmons` after `Chia-Lin Simmons`)
            formal = _formal(parts[0])
            for e in same:  # `Bill Myers` after `William G. Myers III`
                if len(e.core) >= 2 and _formal(e.given) == formal:
                    return e
            for e in same:
                # `Jay Rockefeller` after `John D. (Jay) Rockefeller IV`, `Buck McKeon` after `Howard
                # "Buck" McKeon`: the nickname the full name gives; `Kimberley Richmond` after
                # `Kimberly Richmond`: a slip of one letter in a long given name of the same sex
                if e.nick == parts[0] or len(e.core) >= 3 and _nicknames(e.norm, parts[0]) or len(parts) >= 3 and e.given and _nicknames(
                        n, e.given) or _slip(e.given, parts[0]):
                    return e  # (and `Tadros “Teddy” Abdelmalek` after `Teddy Abdelmalek`)
            if not same and len(parts[-1]) >= 5:
                # `Brett Dickenson` after `Brett Dickinson`, `Donny Mowers` after `Donny Eugene
                # Mower`: the given name, and one letter slipped in the surname
                slips = [e for e in self._by_given_exact(parts[0]) if _surname_slip(e.surname, parts[-1])]
                if len(slips) == 1:
                    return slips[0]
            # `Quillian Yates` after `Sally Quillian Yates`: the last names of a fuller name
            tail = " " + n
            for e in same:
                if len(e.core) > len(parts) and e.norm.endswith(tail):
                    return e
            # named by surname only so far (`Secretary Rumsfeld`), now in full
            singles = [e for e in same if len(e.core) == 1]
            if singles:
                return singles[-1]
            # `Sue Ellen` after `Sue Ellen Allen`: two given names, the fuller name's first two words
            if len(parts) == 2 and parts[1] in first_names():
                # (a fuller name run on by words no name has is renamed by `_shorter_of` instead)
                longer = [e for e in self._by_head2.get(n, ()) if not _no_names(e.norm.split()[2:])]
                if longer:
                    return longer[-1]
            # `Arts Dan Harpole` after `Dan Harpole`: a word no name has, then a known name
            if len(parts) >= 3 and _no_names(parts[:1]):
                hit = self._by_norm.get(" ".join(parts[1:]))
                if hit is not None and len(hit.core) >= 2:
                    return hit
            # `Senator Inhofes Floor statement` after `Senator Inhofe` (DOJ and Senate pages that
            # lost their apostrophes): a known surname's possessive, then words no name has
            if _possessive_of(parts, self._by_surname):
                return self._by_surname[parts[0][:-1]][-1]
            # `El Hindi` after `Marwan Othman El-Hindi`: a double surname written both ways
            joined = self._by_surname.get(parts[-2] + "-" + parts[-1])
            if joined and len(joined) == 1 and len(parts) == 2:
                return joined[0]
            # `Robert Graham Clothing Collectors` after `Robert Graham`: a known name, then
            # words that are no one's name (a headline's or a brand's)
            for k in range(len(parts) - 1, 1, -1):
                hit = self._by_norm.get(" ".join(parts[:k]))
                if hit is not None and len(hit.core) >= 2 and _no_names(parts[k:]):
                    return hit
            return None
        word = parts[0]
        cands = [e for e in self.people if e.surname == word]
        if not cands:
            cands = self._by_given(word)
        if not cands:
            return None
        if len(cands) == 1 or at is None:
            return cands[-1]
        return self.most_recent(at, among=cands) or cands[-1]

    def _by_given_exact(self, word: str) -> list[Entry]:
        """People named in full with exactly this given name."""
        return [e for e in self.people if len(e.core) > 1 and e.given == word]

    def _by_given(self, word: str) -> list[Entry]:
        """People named in full with this given name, or its formal form (`Patty` says for
        `Patricia Blake`)."""
        cands = [e for e in self.people if len(e.core) > 1 and e.given == word]
        if not cands:
            formal = _formal(word)
            cands = [e for e in self.people if len(e.core) > 1 and _formal(e.given) == formal]
        return cands

    # -- adding -------------------------------------------------------------------------
    def add(self, name: str, *, title: str | None, role: str | None, at: tuple[int, int],
            known: Entry | None = None) -> Entry:
        """Register a mention; returns the (new or existing) person. `known`: what the caller's
        `find(name.split(), at, title)` just returned, when it found someone (the look-up is not
        made twice: a speaker phrase finds its person, then registers the mention)."""
        words = name.split()
        e = known if known is not None else self.find(words, at, title)
        if e is None and len(words) == 1 and key(words[0]) in self.weak:
            # `Lovelace said` after `Detroit resident Jaquita Lovelace`: the full name was there,
            # it only lacked a given name we know; the short mention vouches for it
            full = self.weak[key(words[0])]
            e = self.add(full, title=None, role=role, at=at)
            e.add_alias(f"{title} {name}" if title else name)
            if title and not e.title:
                e.title = title
            return e
        # (the name's lookup form and its words, worked out once for every test below: `_norm` is
        # memoised, but each call is still a function call and a dict look-up)
        n = _norm(name)
        short = n.split()
        if e is None and len(short) == 2:
            e = self._shorter_of(name)
        if e is None:
            e = Entry(name=name, title=title, role=role, first=at)
            self.people.append(e)
            self._index[id(e)] = len(self.people) - 1
            self._by_norm[n] = e
            self._by_surname.setdefault(e.surname, []).append(e)
            head = e.norm.split()
            if len(head) >= 3:
                self._by_head2.setdefault(" ".join(head[:2]), []).append(e)
            return e
        e.mentions += 1
        if len(short) >= 2 and len(e.core) > len(short) and e.norm.endswith(" " + n) and _no_names(
                e.norm.split()[:-len(short)]):
            # `Beverly Bradley` after `Sensei Beverly Bradley`: a word no name has opened the first mention
            e.add_alias(e.name)
            self._by_norm[n] = e
            e.rename(name)
        if len(e.core) == 1 and len(short) > 1:
            # first named by surname only (`President Bush`), now in full
            e.add_alias(e.name)
            old_surname = e.surname
            e.rename(name)
            self._by_norm[n] = e
            if e.surname != old_surname:
                self._by_surname[old_surname].remove(e)
                self._by_surname.setdefault(e.surname, []).append(e)
        # `Dr. Ferros` (a possessive without its apostrophe) is no new way to name him
        last = _fold(key(words[-1]))
        lost_apostrophe = last != e.surname and last[:-1] == e.surname and (len(words) == 1 or n[:-1] == e.norm) or (
            len(words) > 1 and _fold(key(words[0]))[:-1] == e.surname and _possessive_of(short, self._by_surname))
        if lost_apostrophe or n.startswith(e.norm + " ") or n.endswith(" " + e.norm):
            pass  # (nor is `Robert Graham Clothing Collectors` for `Robert Graham`)
        elif name != e.name:
            e.add_alias(f"{title} {name}" if title and len(words) == 1 else name)
        if title and not e.title:
            e.title = title
        elif title and len(words) == 1 and not lost_apostrophe:
            e.add_alias(f"{title} {name}")
        if role and not e.role:
            e.role = role
        return e

    def _shorter_of(self, name: str) -> Entry | None:
        """`Robert Graham` after `Robert Graham Clothing Collectors` (a headline ran on past the
        name): the person first registered with the extra words, now renamed to the name."""
        n = _norm(name)
        for e in self._by_head2.get(n, ()):
            extra = e.norm.split()[2:]
            if _no_names(extra):
                old = e.norm
                e.rename(name)
                if self._by_norm.get(old) is e:
                    del self._by_norm[old]
                self._by_norm[n] = e
                for lst in self._by_surname.values():
                    if e in lst:
                        lst.remove(e)
                self._by_surname.setdefault(e.surname, []).append(e)
                self._by_head2[n].remove(e)
                return e
        return None

    # -- timeline -----------------------------------------------------------------------
    def mention(self, entry: Entry, at: tuple[int, int]) -> None:
        """Note that `entry` was named at `at` (outside quotes)."""
        # (inserted in place, not appended and sorted before the next query: the surname
        # mentions come after the full names' and a query may follow each one, `find` among
        # several people of one surname; re-sorting then was quadratic, 2.5 s for 5,000
        # `"...," said Everline Singleton, mother of Isaac Singleton.`)
        insort(self._events, (at[0], at[1], self._index[id(entry)]))

    def most_recent(self, at: tuple[int, int], among: list[Entry] | None = None, *,
                    para_floor: int = -1) -> Entry | None:
        """The person mentioned last before `at` (optionally only among `among`)."""
        if self.before_recency is not None:
            fill, self.before_recency = self.before_recency, None
            fill()
        i = bisect_left(self._events, (at[0], at[1], -1))
        allowed = None if among is None else {id(e) for e in among}
        while i > 0:
            i -= 1
            p, _, idx = self._events[i]
            if p < para_floor:
                return None
            e = self.people[idx]
            if allowed is None or id(e) in allowed:
                return e
        return None

    def has_surname(self, word: str) -> bool:
        """Is `word` (`Burns`) the surname, as written, of someone named so far?"""
        return bool(self._by_surname.get(_fold(key(word))))

    def surnames(self) -> list[str]:
        """Every known surname (or single name) as written: `Marotto`, `O'Brien`."""
        return sorted({e.core[-1] for e in self.people if e.core and len(e.core[-1]) > 1})
