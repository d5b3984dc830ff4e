"""People and quotes across a corpus: one entry per person, whoever wrote the release.

Each release names its people its own way (`Olympia J. Snowe` here, `Olympia Snowe` there,
`Chuck Grassley` and `Charles E. Grassley`, `President Bush`). `merge_people` folds the
per-release entries into one per person: the same full name after folding accents, case and
titles; then, within one surname, a variant without middle initials or with a nickname
(`Bill`/`William`) when it fits exactly one fuller name; then RapidFuzz for spelling slips
(`Diane`/`Dianne`). A lone surname joins the one full name with that surname, if there is
only one.

`find_quotes` lists the quotes of a corpus with the filters of `pressroom quotes`;
`match_speaker` is its fuzzy speaker lookup (`marotto`, `Wayne Marroto` -> Wayne Marotto),
which says which name it matched and how well.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .model import Release

# Titles a person may carry in a speaker name or a query: `Col. Wayne Marotto`, `Sen. Dorgan`
_TITLE = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|prof|professor|sen|senator|rep|representative|gov|governor|gen|general|col|colonel|lt|maj|"
    r"capt|sgt|adm|brig|cmdr|president|secretary|minister|mayor|judge|hon|rev|sir|dame|u\.?s\.?)\.?\s+)+",
    re.I,
)
# A parenthesis in a name: `Charles (Chuck) Grassley`
_PAREN = re.compile(r"\([^)]*\)")
_SUFFIX = re.compile(r"\s+(?:jr|sr|ii|iii|iv|md|phd|esq)\.?$", re.I)
_PUNCT = re.compile(r"[^\w\s'-]+")
_SPACES = re.compile(r"\s+")

# Nicknames a release may use for a given name (`Chuck Grassley` = `Charles E. Grassley`)
NICKNAMES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael", "dick": "richard", "rick": "richard",
    "rich": "richard", "ted": "edward", "ed": "edward", "tom": "thomas", "tommy": "thomas", "joe": "joseph",
    "dan": "daniel", "danny": "daniel", "dave": "david", "steve": "steven", "tony": "anthony", "ken": "kenneth",
    "ron": "ronald", "don": "donald", "chris": "christopher", "matt": "matthew", "jeff": "jeffrey", "greg": "gregory",
    "sam": "samuel", "ben": "benjamin", "andy": "andrew", "russ": "russell", "norm": "norman", "chuck": "charles",
    "charlie": "charles", "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john", "jon": "jonathan",
    "nick": "nicholas", "pete": "peter", "larry": "lawrence", "fred": "frederick", "frank": "francis",
    "jerry": "gerald", "kit": "christopher", "kathy": "katherine", "kate": "katherine", "liz": "elizabeth", "beth": "elizabeth",
    "betsy": "elizabeth", "sue": "susan", "patty": "patricia", "pat": "patrick", "debbie": "deborah",
    "barb": "barbara", "jenny": "jennifer", "jen": "jennifer", "meg": "margaret", "peggy": "margaret",
}


@lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Lower case, no accents, no punctuation but apostrophes and hyphens, single spaces.

    Memoised (as is `name_key`): a corpus names the same few thousand people hundreds of
    thousands of times, and the merge folds every mention."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).replace("’", "'")
    return _SPACES.sub(" ", _PUNCT.sub(" ", t.lower())).strip()


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A person's name folded for comparison: no title, no suffix, no parenthesis."""
    n = _PAREN.sub(" ", name or "")
    n = _SUFFIX.sub("", _TITLE.sub("", n.strip()))
    return fold(n)


def _parts(key: str) -> list[str]:
    """Name words without single-letter initials: `olympia j snowe` -> [olympia, snowe]."""
    return [w for w in key.split() if len(w) > 1]


@dataclass(slots=True)
class PersonEntry:
    """One person across the corpus."""

    name: str
    title: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    releases: list[str] = field(default_factory=list)  # release ids, in corpus order
    quotes: int = 0
    mentions: int = 0

    def record(self) -> dict:
        return {
            "name": self.name, "title": self.title, "role": self.role, "aliases": list(self.aliases),
            "releases": len(self.releases), "quotes": self.quotes, "mentions": self.mentions,
            "release_ids": list(self.releases),
        }


@dataclass(slots=True)
class _Group:
    names: Counter = field(default_factory=Counter)
    titles: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    releases: list[str] = field(default_factory=list)
    quotes: int = 0
    mentions: int = 0

    def absorb(self, other: "_Group") -> None:
        self.names.update(other.names)
        self.titles.update(other.titles)
        self.roles.update(other.roles)
        have = set(self.aliases)  # sets: a merged person can have thousands of releases
        self.aliases += [a for a in other.aliases if a not in have]
        have = set(self.releases)
        self.releases += [r for r in other.releases if r not in have]
        self.quotes += other.quotes
        self.mentions += other.mentions


def _best(c: Counter) -> str | None:
    if not c:
        return None
    # most frequent, then the longest (the fullest form), then alphabetical for a stable pick
    return sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


class PeopleIndex:
    """Every person of a corpus, merged, with a map from each release's speaker names to them."""

    def __init__(self, releases: Iterable[Release]) -> None:
        groups: dict[str, _Group] = {}
        for rel in releases:
            quoted: dict[str, int] = {}
            for q in rel.quotes:
                if q.speaker and q.speaker_type == "person":
                    qk = name_key(q.speaker)
                    quoted[qk] = quoted.get(qk, 0) + 1
            for p in rel.people:
                k = name_key(p.name)
                if not k:
                    continue
                g = groups.get(k)
                if g is None:  # (not setdefault: that builds a _Group, three Counters, per mention)
                    g = groups[k] = _Group()
                g.names[p.name] += 1
                if p.title:
                    g.titles[p.title] += 1
                if p.role:
                    g.roles[p.role] += 1
                for a in p.aliases:
                    if a not in g.aliases:
                        g.aliases.append(a)
                if not g.releases or g.releases[-1] != rel.id:  # releases come one at a time
                    g.releases.append(rel.id)
                g.quotes += quoted.pop(k, 0)
                g.mentions += p.mentions
            for k, n in quoted.items():  # a speaker the people list missed
                g = groups.get(k)
                if g is None:
                    g = groups[k] = _Group()
                g.names[next(q.speaker for q in rel.quotes if q.speaker and name_key(q.speaker) == k)] += 1
                g.quotes += n
                if not g.releases or g.releases[-1] != rel.id:
                    g.releases.append(rel.id)
        self._key_to_canon: dict[str, str] = {}
        self.people: list[PersonEntry] = []
        merged = _merge(groups)
        for canon_key, (g, keys) in merged.items():
            name = _best(g.names) or canon_key
            entry = PersonEntry(
                name=name, title=_best(g.titles), role=_best(g.roles),
                aliases=[a for a in dict.fromkeys(list(g.names) + g.aliases) if a != name],
                releases=g.releases, quotes=g.quotes, mentions=g.mentions,
            )
            self.people.append(entry)
            for k in keys:
                self._key_to_canon[k] = name
        self.people.sort(key=lambda e: fold(e.name))

    def canonical(self, name: str | None) -> str | None:
        """The merged name for a name as one release gave it."""
        if not name:
            return name
        return self._key_to_canon.get(name_key(name), name)

    def by_name(self) -> dict[str, PersonEntry]:
        return {e.name: e for e in self.people}


def _merge(groups: dict[str, _Group]) -> dict[str, tuple[_Group, list[str]]]:
    """Fold name keys that stand for one person. Returns canonical key -> (group, keys)."""
    parent = {k: k for k in groups}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # keep the key with more words (the fuller name) as the root
            if (len(rb.split()), rb) > (len(ra.split()), ra):
                ra, rb = rb, ra
            parent[rb] = ra

    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        parts = _parts(k)
        if parts:
            by_surname[parts[-1]].append(k)
    for surname, keys in by_surname.items():
        full = [k for k in keys if len(_parts(k)) >= 2]
        # given name, with nicknames resolved: `chuck` -> `charles`
        given: dict[str, set[str]] = defaultdict(set)
        for k in full:
            g = _parts(k)[0]
            given[NICKNAMES.get(g, g)].add(k)
        # same given name and surname, differing only in middle names or initials: one person when
        # no two of them have different middle parts (`John A. Smith` vs `John B. Smith`)
        for g, ks in given.items():
            middles = {tuple(k.split()[1:-1]) for k in ks}
            middles.discard(())
            if len(middles) <= 1:
                ks = sorted(ks)
                for other in ks[1:]:
                    union(ks[0], other)
        # spelling slips in the given name: `diane feinstein` / `dianne feinstein`
        firsts = sorted(given)
        for i, a in enumerate(firsts):
            for b in firsts[i + 1:]:
                if a[:1] == b[:1] and fuzz.ratio(a, b) >= 85:
                    union(sorted(given[a])[0], sorted(given[b])[0])
        # a lone surname joins the only full name with that surname
        roots = {find(k) for k in full}
        if len(roots) == 1 and surname in groups:
            union(next(iter(roots)), surname)
    members: dict[str, list[str]] = {}
    for k in groups:
        members.setdefault(find(k), []).append(k)
    out: dict[str, tuple[_Group, list[str]]] = {}
    for r, keys in members.items():
        if len(keys) == 1:  # most people are named one way: their group stands as it is
            out[r] = (groups[keys[0]], keys)
            continue
        g = _Group()
        for k in keys:
            g.absorb(groups[k])
        out[r] = (g, keys)
    return out


# -- speaker lookup --------------------------------------------------------------------------

@dataclass(slots=True)
class SpeakerMatch:
    name: str  # the canonical name matched
    via: str  # the name or alias that matched the query
    score: float


def match_speaker(query: str, people: Iterable[PersonEntry], extra: Iterable[str] = (), *,
                  threshold: float = 85.0) -> list[SpeakerMatch]:
    """People (and organization speakers in `extra`) whose name fits `query`, best first.

    A one-word query is compared with surnames and given names (`marotto`); a longer one
    with whole names and aliases (`Wayne Marroto`). Only the best scores are kept: an exact
    hit hides near misses.
    """
    q = name_key(query)
    if not q:
        return []
    one_word = len(q.split()) == 1
    found: dict[str, SpeakerMatch] = {}

    def consider(canon: str, cand: str) -> None:
        c = name_key(cand)
        if not c:
            return
        if one_word:
            score = max((fuzz.ratio(q, w) for w in c.split() if len(w) > 1), default=0.0)
            if score < 100 and len(q) < 4:
                score = 0.0
        else:
            score = max(fuzz.ratio(q, c), fuzz.token_sort_ratio(q, c),
                        fuzz.ratio(q, " ".join(_parts(c))) if len(_parts(c)) >= 2 else 0.0)
        if score >= threshold and (canon not in found or score > found[canon].score):
            found[canon] = SpeakerMatch(canon, cand, round(score, 1))

    for e in people:
        consider(e.name, e.name)
        for a in e.aliases:
            consider(e.name, a)
    for name in extra:
        consider(name, name)
    if not found:
        return []
    top = max(m.score for m in found.values())
    keep = [m for m in found.values() if m.score >= (100.0 if top >= 100.0 else top - 5.0)]
    return sorted(keep, key=lambda m: (-m.score, m.name))


# -- quote listing -----------------------------------------------------------------------------

@dataclass(slots=True)
class QuoteRow:
    """A quote with where it comes from, under the merged speaker name."""

    speaker: str | None
    text: str
    kind: str
    speaker_title: str | None
    speaker_role: str | None
    speaker_type: str
    release: str
    date: str | None
    path: str
    paragraph: int

    def record(self) -> dict:
        return {
            "speaker": self.speaker, "speaker_title": self.speaker_title, "speaker_role": self.speaker_role,
            "speaker_type": self.speaker_type, "kind": self.kind, "text": self.text, "release": self.release,
            "date": self.date, "path": self.path, "paragraph": self.paragraph,
        }


def quote_rows(releases: Iterable[Release], index: PeopleIndex) -> list[QuoteRow]:
    """Every quote of the releases, speakers under their merged names."""
    by_name = index.by_name()
    out = []
    for rel in releases:
        for q in rel.quotes:
            if q.speaker_type == "person":
                name = index.canonical(q.speaker)
                e = by_name.get(name or "")
                title = q.speaker_title or (e.title if e else None)
                role = q.speaker_role or (e.role if e else None)
            else:
                name, title, role = q.speaker, None, None
            out.append(QuoteRow(name, q.text, q.kind, title, role, q.speaker_type, rel.id, rel.date, rel.path,
                                q.paragraph))
    return out


def filter_quotes(rows: Iterable[QuoteRow], *, speakers: set[str] | None = None, org: str | None = None,
                  kind: str | None = None, since: str | None = None, until: str | None = None,
                  release_ids: set[str] | None = None) -> list[QuoteRow]:
    """Quotes passing every given filter. `since`/`until` are inclusive ISO bounds; an undated
    release is outside any date range. `org` matches an organization speaker or the speaker's
    role (`CEO of NASBP`), case and accents folded."""
    org_f = fold(org) if org else None
    out = []
    for r in rows:
        if speakers is not None and r.speaker not in speakers:
            continue
        if kind and r.kind != kind:
            continue
        if release_ids is not None and r.release not in release_ids:
            continue
        if since or until:
            if not r.date or since and r.date < since or until and r.date > until:
                continue
        if org_f:
            hay = fold(r.speaker) if r.speaker_type == "organization" else fold(r.speaker_role)
            if not hay or (org_f not in hay and fuzz.partial_ratio(org_f, hay) < 90):
                continue
        out.append(r)
    return out
